"""The command line: parse arguments, call the library, render, map errors to exit codes.

This package is the only place that imports typer, and it owns the console.
"""

from __future__ import annotations

import typer

from .. import __version__
from . import state

app = typer.Typer(
    name="streamtool",
    help="Read the health of relationships in a conversation stream.\n\n"
    "Reads Twitter, Mastodon, WordPress, Disqus, Reddit, CSV and plain-text exports, tags seven "
    "small-town behaviours in every message and reports on who talks with whom, and how well.\n\n"
    "Example: streamtool analyze tweets.js --me deb",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # a crash must never print message text
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"streamtool {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    debug: bool = typer.Option(
        False, "--debug", help="Show tracebacks instead of one-line errors."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars or skip summaries."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    state.debug = debug
    state.quiet = quiet


# Each command module adds its commands to `app` when imported.
from . import analyze_commands, model_commands, read_commands, tag_commands  # noqa: E402,F401


def main() -> None:
    app()

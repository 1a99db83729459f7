"""`streamtool analyze`: the relationship-health report."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from ..errors import UsageError
from ..model import Message
from ..readers import ReadLog
from ..relations.identities import parse_aliases, unify
from ..report import (
    OUTPUTS,
    build_document,
    build_report,
    render_csv,
    render_html,
    render_json,
    render_markdown,
    window,
    write_graph,
)
from . import app
from .common import (
    ENCODING,
    FORMAT,
    INPUTS,
    STRICT,
    UNAPPROVED,
    handle_errors,
    read_inputs,
    report_skips,
)
from .progress import Tracker, tracking

ME = typer.Option(
    None, "--me", help="Your handle: the host whose replies are measured (default: inferred)."
)
SINCE = typer.Option(
    None, "--since", help="Only messages from this day or time on (YYYY-MM-DD or ISO 8601, UTC)."
)
UNTIL = typer.Option(
    None, "--until", help="Only messages up to this day (included) or time (YYYY-MM-DD, ISO 8601)."
)
OUTPUT = typer.Option(
    "rich",
    "--output",
    "-o",
    help="rich (tables and colour on a terminal, plain when piped), "
    "json, markdown, html (one self-contained file) or csv (the tagged messages).",
)
GRAPH = typer.Option(
    None,
    "--graph",
    metavar="FILE",
    help="Also write the relationship graph for Gephi to FILE.gexf or FILE.graphml.",
)
ALIAS = typer.Option(
    None,
    "--alias",
    metavar="HANDLE=OTHER,...",
    help="Treat OTHER names as the same person as HANDLE (repeatable), e.g. "
    '--alias "deb=Deb Hollis,deb@town.social".',
)
OUT = typer.Option(
    None, "--out", metavar="FILE", help="Write the report to FILE instead of standard output."
)


@app.command()
@handle_errors
def analyze(
    inputs: list[str] = INPUTS,
    me: str | None = ME,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    output: str = OUTPUT,
    graph: Path | None = GRAPH,
    alias: list[str] | None = ALIAS,
    out: Path | None = OUT,
    format: str | None = FORMAT,
    strict: bool = STRICT,
    encoding: str | None = ENCODING,
    include_unapproved: bool = UNAPPROVED,
) -> None:
    """Read exports, tag every message and report on the health of its relationships.

    Example: streamtool analyze tweets.js --me hollisgeneral --output html --out report.html
    """
    if output not in OUTPUTS:
        raise UsageError(f"--output {output!r} is not one of {', '.join(OUTPUTS)}")
    if graph is not None and graph.suffix.lower() not in (".gexf", ".graphml"):
        raise UsageError(f"--graph {graph}: name a .gexf or .graphml file")
    period = window(since, until)
    aliases = parse_aliases(alias or [])
    log = ReadLog()
    try:
        with tracking() as progress:
            stream = read_inputs(
                inputs,
                format=format,
                strict=strict,
                encoding=encoding,
                include_unapproved=include_unapproved,
                log=log,
            )
            messages, excluded = period.split(progress.track(stream, "Reading"))
            messages = unify(messages, aliases)
            messages = _tagged(messages, progress)
    finally:
        report_skips(log)
    report = build_report(messages, log, host=me, window=period, excluded_by_date=excluded)
    if graph is not None:
        write_graph(report.health, graph)
    if output == "rich":
        _print_rich(report, out)
        return
    renderers = {
        "json": lambda: render_json(report),
        "markdown": lambda: render_markdown(build_document(report)),
        "html": lambda: render_html(build_document(report), report.health.score.value),
        "csv": lambda: render_csv(messages),
    }
    _write(renderers[output](), out)


def _tagged(messages: list[Message], progress: Tracker) -> list[Message]:
    """Tag the messages that are not tagged yet (a stream from `streamtool tag` already is).

    The Tagger loads only when something needs tagging; a missing model raises ModelError.
    """
    todo = [m for m in messages if m.tags is None]
    if todo:
        from ..tagging import Tagger  # spaCy loads here, not at `streamtool --help`

        tagger = Tagger.load()
        for _ in progress.track(tagger.tag(todo), "Tagging", total=len(todo)):
            pass
    return messages


def _print_rich(report, out: Path | None) -> None:  # type: ignore[no-untyped-def]
    """Tables and colour on a terminal; the same layout as plain text when piped or to --out."""
    from ..report.terminal import render_rich

    renderable = render_rich(build_document(report))
    console = Console(highlight=False) if out is None else Console(width=100, no_color=True)
    if out is None and console.is_terminal:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    # rich pads every line to the full width; text for files and pipes need not carry that.
    _write("\n".join(line.rstrip() for line in captured.get().splitlines()) + "\n", out)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise UsageError(f"--out {out}: cannot write it ({exc.strerror})") from None

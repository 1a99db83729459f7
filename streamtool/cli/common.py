"""What every command shares: input options, reading with progress, error translation."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import typer
from rich.console import Console

from ..errors import ExitCode, StreamtoolError
from ..model import Message
from ..readers import ReadLog, ReadOptions, read_messages
from . import state

F = TypeVar("F", bound=Callable[..., Any])

#: Messages, skip summaries, progress: everything that is not the command's data.
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

# Shared option declarations, so every command spells them the same way.
INPUTS = typer.Argument(
    ..., metavar="FILE...", help="Export files, folders or archives; '-' reads standard input."
)
FORMAT = typer.Option(
    None, "--format", "-f", help="Read every input as this format (see `streamtool formats`)."
)
STRICT = typer.Option(False, "--strict", help="Stop at the first malformed record (exit 2).")
ENCODING = typer.Option(
    None, "--encoding", help="Text encoding of inputs without a BOM (default UTF-8)."
)
UNAPPROVED = typer.Option(
    False, "--include-unapproved", help="Keep blog comments still awaiting moderation."
)


def handle_errors(command: F) -> F:
    """Turn StreamtoolError into one line on stderr and its exit code; --debug re-raises."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except StreamtoolError as exc:
            if state.debug:
                raise
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", ExitCode.INTERRUPTED)
        except BrokenPipeError:
            # The reader of our stdout went away (`| head`): not an error of ours.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(ExitCode.OK) from None
        except Exception as exc:
            if state.debug:
                raise
            fail(
                f"internal error: {type(exc).__name__}: {exc} "
                "(a bug in streamtool; rerun with --debug and report the traceback)",
                ExitCode.INTERNAL,
            )

    return wrapper  # type: ignore[return-value]


def fail(message: str, code: ExitCode) -> None:
    if state.debug:
        traceback.print_exc()
    stderr.print(f"streamtool: error: {message}", markup=False)
    raise typer.Exit(int(code))


def read_inputs(
    inputs: list[str],
    *,
    format: str | None = None,
    strict: bool = False,
    encoding: str | None = None,
    include_unapproved: bool = False,
    log: ReadLog,
) -> Iterator[Message]:
    """Stream messages from the command's inputs, recording skips in `log`."""
    options = ReadOptions(strict=strict, include_unapproved=include_unapproved, encoding=encoding)
    return read_messages(inputs, format=format, options=options, log=log)


def report_skips(log: ReadLog) -> None:
    """Summarise on stderr what the read passed over, so nothing is dropped silently."""
    if state.quiet:
        return
    for warning in log.warnings:
        stderr.print(f"streamtool: {warning}", markup=False)
    skipped = log.skipped
    if skipped:
        total = sum(skipped.values())
        parts = ", ".join(f"{n} {reason}" for reason, n in skipped.most_common())
        noun = "record" if total == 1 else "records"
        stderr.print(f"streamtool: skipped {total} {noun}: {parts}", markup=False)
    for example in log.examples:
        stderr.print(f"  {example}", markup=False)

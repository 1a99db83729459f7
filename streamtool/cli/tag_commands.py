"""`streamtool tag`: messages out as JSONL, one per line."""

from __future__ import annotations

import sys

import orjson
import typer

from ..readers import ReadLog
from . import app
from .common import ENCODING, FORMAT, INPUTS, STRICT, UNAPPROVED, handle_errors, read_inputs, report_skips


@app.command()
@handle_errors
def tag(
    inputs: list[str] = INPUTS,
    output: str = typer.Option("jsonl", "--output", "-o", help="Output format: jsonl."),
    format: str | None = FORMAT,
    strict: bool = STRICT,
    encoding: str | None = ENCODING,
    include_unapproved: bool = UNAPPROVED,
) -> None:
    """Read exports and write one JSON object per message to stdout.

    Example: streamtool tag tweets.js > tagged.jsonl
    """
    log = ReadLog()
    out = sys.stdout.buffer
    messages = read_inputs(inputs, format=format, strict=strict, encoding=encoding,
                           include_unapproved=include_unapproved, log=log)
    try:
        for message in messages:
            out.write(orjson.dumps(message.to_dict(), option=orjson.OPT_APPEND_NEWLINE))
    finally:
        out.flush()
        report_skips(log)

"""`streamtool tag` (messages out as JSONL or CSV, with behaviours) and `streamtool explain`."""

from __future__ import annotations

import csv
import os
import re
import sys
from typing import Any

import orjson
import typer

from ..errors import UsageError
from ..model import BEHAVIOURS, Tags
from ..readers import ReadLog
from ..report.csv_messages import csv_rows
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
from .progress import tracking

OUTPUTS = ("jsonl", "csv")


def load_tagger() -> Any:
    """The Tagger, imported only by the commands that need spaCy and TextBlob."""
    from ..tagging import Tagger

    return Tagger.load()


@app.command()
@handle_errors
def tag(
    inputs: list[str] = INPUTS,
    output: str = typer.Option("jsonl", "--output", "-o", help="Output format: jsonl or csv."),
    format: str | None = FORMAT,
    strict: bool = STRICT,
    encoding: str | None = ENCODING,
    include_unapproved: bool = UNAPPROVED,
) -> None:
    """Read exports, tag the seven behaviours and tone, write one record per message to stdout.

    Example: streamtool tag tweets.js > tagged.jsonl
    """
    if output not in OUTPUTS:
        raise UsageError(f"unknown --output {output!r}; choose one of {', '.join(OUTPUTS)}")
    tagger = load_tagger()
    log = ReadLog()
    messages = read_inputs(inputs, format=format, strict=strict, encoding=encoding,
                           include_unapproved=include_unapproved, log=log)
    try:
        with tracking() as progress:
            tagged = progress.track(tagger.tag(messages), "Tagging")
            if output == "csv":
                # The same columns as `analyze --output csv`: one CSV of tagged messages.
                csv.writer(sys.stdout).writerows(csv_rows(tagged))
            else:
                out = sys.stdout.buffer
                for message in tagged:
                    out.write(orjson.dumps(message.to_dict(), option=orjson.OPT_APPEND_NEWLINE))
    finally:
        sys.stdout.flush()
        report_skips(log)


_OFFSETS = re.compile(r"\[(\d+):(\d+)\]$")


@app.command()
@handle_errors
def explain(
    text: str = typer.Argument(..., help="The text to explain, or '-' to read standard input."),
    output: str = typer.Option("text", "--output", "-o", help="Output format: text or json."),
) -> None:
    """Show the behaviours one text shows, each label's score and the evidence behind it.

    Example: streamtool explain "Thanks Mike! See you at the diner Saturday"
    """
    if output not in ("text", "json"):
        raise UsageError(f"unknown --output {output!r}; choose one of text, json")
    if text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise UsageError("nothing to explain: the text is empty")
    tagger = load_tagger()
    tags = tagger.explain(text)
    if output == "json":
        record = {"text": text, "behaviours": tags.behaviours, "scores": tags.scores,
                  "thresholds": tagger.thresholds, "evidence": tags.evidence,
                  "polarity": tags.polarity, "subjectivity": tags.subjectivity, "model": tags.model}
        sys.stdout.buffer.write(orjson.dumps(record, option=orjson.OPT_INDENT_2) + b"\n")
        return
    _render_explanation(text, tags, tagger.thresholds)


def _render_explanation(text: str, tags: Tags, thresholds: dict[str, float]) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, no_color="NO_COLOR" in os.environ or None, soft_wrap=True)
    shown = Text(text)
    for reasons in tags.evidence.values():
        for reason in reasons:
            if m := _OFFSETS.search(reason):
                shown.stylize("bold reverse", int(m[1]), int(m[2]))
    console.print(shown)
    console.print(f"behaviours: {', '.join(tags.behaviours) or '(none)'}", markup=False)
    for label in BEHAVIOURS:
        mark = "*" if label in tags.behaviours else " "
        reasons = "; ".join(tags.evidence.get(label, [])) or "-"
        console.print(
            f"{mark} {label:<15} {tags.scores.get(label, 0.0):.2f} (threshold "
            f"{thresholds.get(label, 0.5):.2f})  {reasons}", markup=False,
        )
    console.print(f"tone: polarity {tags.polarity:+.2f}, subjectivity {tags.subjectivity:.2f}",
                  markup=False)
    console.print(f"model: {tags.model}", markup=False)

"""The report's data: foundation figures, the stream's health, examples and recommendations.

Plain dataclasses built from the messages, the ReadLog and `relations.analyse`; every renderer
(json, markdown, rich, html) draws from one `Report`, so they never disagree on a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from .. import __version__
from ..model import BEHAVIOURS, Message
from ..readers.base import ReadLog
from ..relations.records import Recommendation, StreamHealth
from .foundation import Foundation, build_foundation
from .summary import summary_text
from .window import Window

#: Bumped on any change to the JSON report's structure (docs/report-schema.md).
SCHEMA_VERSION = "1.0"
#: Example messages shown per behaviour.
EXAMPLES_PER_BEHAVIOUR = 2
#: Longest example text shown, in characters (the rest is cut with an ellipsis).
EXAMPLE_CHARS = 280


@dataclass(slots=True)
class Example:
    """A message that shows a behaviour, with the evidence the tagger gave for it."""

    behaviour: str
    message_id: str
    author: str | None
    text: str
    score: float | None
    evidence: list[str]
    file: str | None
    record: int | None


@dataclass(slots=True)
class Report:
    """Everything one `streamtool analyze` run found, ready to render."""

    foundation: Foundation
    health: StreamHealth
    recommendations: list[Recommendation]
    examples: dict[str, list[Example]]  #: behaviour -> examples (every behaviour is a key)
    summary: str
    window: Window = field(default_factory=Window)
    tagged: int = 0  #: messages that carry tags
    models: list[str] = field(default_factory=list)  #: tagger model versions seen
    generator: str = f"streamtool {__version__}"
    schema_version: str = SCHEMA_VERSION


def build_report(
    messages: Sequence[Message],
    log: ReadLog,
    *,
    host: str | None = None,
    window: Window | None = None,
    excluded_by_date: int = 0,
    now: datetime | None = None,
) -> Report:
    """Analyse the (already windowed, ideally tagged) messages and gather the report.

    `host` is the --me handle (None lets relations infer the owner); `now` is the moment decay
    and trends are measured from (None: relations' default).
    """
    from ..relations import analyse, recommendations  # the relations package root

    health = analyse(messages, host=host, now=now)
    foundation = build_foundation(messages, log, excluded_by_date=excluded_by_date)
    tagged = [m for m in messages if m.tags is not None]
    return Report(
        foundation=foundation,
        health=health,
        recommendations=list(recommendations(health)),
        examples=pick_examples(tagged),
        summary=summary_text(foundation, health),
        window=window or Window(),
        tagged=len(tagged),
        models=sorted({m.tags.model for m in tagged if m.tags and m.tags.model}),
    )


def pick_examples(
    messages: Sequence[Message], per: int = EXAMPLES_PER_BEHAVIOUR
) -> dict[str, list[Example]]:
    """For each behaviour, its highest-scoring messages, one per author while authors last.

    Ties go to the earlier message in the stream, so the same stream always gives the same
    examples.
    """
    chosen: dict[str, list[Example]] = {}
    for behaviour in BEHAVIOURS:
        showing = [m for m in messages if m.tags and behaviour in m.tags.behaviours]
        ranked = sorted(
            enumerate(showing), key=lambda im: (-(im[1].tags.scores.get(behaviour) or 0.0), im[0])
        )
        picks: list[Message] = []
        for _, message in ranked:  # first pass: distinct authors
            if len(picks) < per and message.author not in {p.author for p in picks}:
                picks.append(message)
        for _, message in ranked:  # then fill up with whoever is left
            if len(picks) < per and all(message is not p for p in picks):
                picks.append(message)
        chosen[behaviour] = [_example(behaviour, m) for m in picks]
    return chosen


def _example(behaviour: str, message: Message) -> Example:
    tags = message.tags
    text = (
        message.text
        if len(message.text) <= EXAMPLE_CHARS
        else message.text[: EXAMPLE_CHARS - 1] + "…"
    )
    return Example(
        behaviour=behaviour,
        message_id=message.id,
        author=message.author,
        text=text,
        score=tags.scores.get(behaviour) if tags else None,
        evidence=list(tags.evidence.get(behaviour, [])) if tags else [],
        file=message.source.file if message.source else None,
        record=message.source.record if message.source else None,
    )

"""A small hand-built stream whose report figures are known: used by report and CLI tests.

Deb (hollisgeneral) posts twice. Mike replies to her first post and she answers him (a
reciprocal pair); Jenna asks a question nobody answers; Mike mentions Bill (okaforfarm) in a
post of his own, which Bill reposts. Tags are set by hand, so no model is needed.
"""

from __future__ import annotations

from datetime import UTC, datetime

import orjson

from streamtool.model import Message, Provenance, Tags
from streamtool.readers.base import FileContext, ReadLog, ReadOptions

FILE = "town.jsonl"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=UTC)


def tags(**scores: float) -> Tags:
    """Tags with these behaviours (score over 0.5 counts), each with one evidence string."""
    return Tags(
        behaviours=[b for b, s in scores.items() if s >= 0.5],
        scores=dict(scores),
        evidence={b: [f"{b} evidence"] for b, s in scores.items() if s >= 0.5},
        polarity=0.25,
        subjectivity=0.5,
        model="test-model",
    )


def messages() -> list[Message]:
    """Six messages over two days, 4-5 May 2026, all tagged."""

    def msg(n: int, **fields) -> Message:
        return Message(platform="forum", source=Provenance(FILE, "jsonl", n), **fields)

    return [
        msg(
            1,
            id="p1",
            kind="post",
            thread="p1",
            author="hollisgeneral",
            author_name="Deb Hollis",
            created_at=at(4, 9),
            text="Fresh peaches in today from the Okafors!",
            tags=tags(),
        ),
        msg(
            2,
            id="r1",
            kind="reply",
            thread="p1",
            reply_to="p1",
            reply_to_author="hollisgeneral",
            author="mikesdiner",
            created_at=at(4, 9, 30),
            text="Deb, save me a crate! Thanks for the heads up.",
            tags=tags(connecting=0.9, reciprocity=0.8),
        ),
        msg(
            3,
            id="r2",
            kind="reply",
            thread="p1",
            reply_to="r1",
            reply_to_author="mikesdiner",
            author="hollisgeneral",
            created_at=at(4, 10),
            text="Will do, Mike. See you at lunch <Friday> & bring the kids.",
            tags=tags(connecting=0.7, extending=0.95),
        ),
        msg(
            4,
            id="r3",
            kind="reply",
            thread="p1",
            reply_to="p1",
            reply_to_author="hollisgeneral",
            author="jenna_t",
            created_at=at(4, 11),
            text="Are they local?",
            tags=tags(connecting=0.2),
        ),
        msg(
            5,
            id="p2",
            kind="post",
            thread="p2",
            author="mikesdiner",
            created_at=at(5, 8),
            mentions=["okaforfarm"],
            text="Peach pie special today, fruit from @okaforfarm.",
            tags=tags(coopetition=0.85),
        ),
        msg(
            6,
            id="s1",
            kind="repost",
            thread="s1",
            author="okaforfarm",
            created_at=at(5, 9),
            text="RT @mikesdiner: Peach pie special today, fruit from @okaforfarm.",
            mentions=["mikesdiner", "okaforfarm"],
            tags=tags(coopetition=0.6),
        ),
    ]


def read_log() -> ReadLog:
    """The log a reader would leave for town.jsonl: six messages, two records skipped."""
    log = ReadLog()
    ctx = FileContext(FILE, "jsonl", ReadOptions(), log)
    ctx.report.messages = 6
    ctx.skip("duplicate message")
    ctx.malformed(7, "bad JSON: unexpected end")
    return log


def jsonl() -> str:
    """The stream as streamtool JSONL (tags included, so `analyze` does not tag again)."""
    lines = []
    for m in messages():
        record = m.to_dict()
        record.pop("source")
        lines.append(orjson.dumps(record).decode())
    return "\n".join(lines) + "\n"

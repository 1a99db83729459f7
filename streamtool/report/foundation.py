"""The foundation figures: what was read, from where, and what was passed over.

These are counts over the messages and the ReadLog alone (no graph, no tags), so the report
can say what it stands on before it says anything about relationships.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Message
from ..readers.base import ReadLog

#: How many rows the "top authors" and "reply pairs" tables keep.
TOP_N = 10


@dataclass(slots=True)
class FileRead:
    """One input file: the reader that understood it and what it gave."""

    name: str
    reader: str
    messages: int
    skipped: dict[str, int]


@dataclass(slots=True)
class AuthorCount:
    author: str
    messages: int


@dataclass(slots=True)
class ReplyPair:
    """`author` replied to `to` this many times."""

    author: str
    to: str
    replies: int


@dataclass(slots=True)
class Foundation:
    """Counts every report shows first: the stream's size, shape, span and provenance."""

    messages: int
    authors: int
    threads: int
    posts: int
    replies: int
    reposts: int
    first: datetime | None  #: earliest created_at (UTC), None when nothing is dated
    last: datetime | None
    undated: int  #: messages without a created_at
    formats: dict[str, int]  #: reader name -> files read with it
    files: list[FileRead]
    skipped: dict[str, int]  #: reason -> records, most common first
    malformed_examples: list[str]  #: the first few "file:line: why"
    warnings: list[str]  #: whole files passed over, and why
    top_authors: list[AuthorCount]
    reply_pairs: list[ReplyPair]
    excluded_by_date: int = 0  #: messages outside --since/--until (or undated when filtering)
    platforms: dict[str, int] = field(default_factory=dict)  #: platform -> messages

    @property
    def span_days(self) -> float:
        """Days between the first and last dated message (0 for a single moment)."""
        if self.first is None or self.last is None:
            return 0.0
        return (self.last - self.first).total_seconds() / 86400

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


def build_foundation(
    messages: Sequence[Message], log: ReadLog, *, excluded_by_date: int = 0
) -> Foundation:
    """Count the messages' kinds, authors, threads, span and reply pairs, and copy the log."""
    kinds = Counter(m.kind for m in messages)
    authors = Counter(m.author for m in messages if m.author)
    pairs = Counter(
        (m.author, m.reply_to_author)
        for m in messages
        if m.kind == "reply" and m.author and m.reply_to_author
    )
    dates = [m.created_at for m in messages if m.created_at is not None]
    return Foundation(
        messages=len(messages),
        authors=len(authors),
        threads=len({m.thread or m.id for m in messages}),
        posts=kinds["post"],
        replies=kinds["reply"],
        reposts=kinds["repost"],
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
        undated=len(messages) - len(dates),
        formats=dict(log.formats.most_common()),
        files=[
            FileRead(f.name, f.reader, f.messages, dict(f.skipped.most_common())) for f in log.files
        ],
        skipped=dict(log.skipped.most_common()),
        malformed_examples=list(log.examples),
        warnings=list(log.warnings),
        top_authors=[AuthorCount(a, n) for a, n in _ranked(authors)],
        reply_pairs=[ReplyPair(a, b, n) for (a, b), n in _ranked(pairs)],
        excluded_by_date=excluded_by_date,
        platforms=dict(Counter(m.platform for m in messages).most_common()),
    )


def _ranked(counts: Counter) -> list:
    """The TOP_N most common, ties broken by key so the report is the same on every run."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]

"""The tagged messages as CSV: one row per message, one score column per behaviour.

For spreadsheets: lists are joined with spaces (handles, URLs and hashtags hold none), the
evidence as "label: reason | reason; label: ..." so one cell reads on its own.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from ..model import BEHAVIOURS, Message

COLUMNS: tuple[str, ...] = (
    "id",
    "platform",
    "thread",
    "kind",
    "author",
    "author_name",
    "created_at",
    "reply_to",
    "reply_to_author",
    "mentions",
    "urls",
    "hashtags",
    "title",
    "text",
    "behaviours",
    *(f"score_{b}" for b in BEHAVIOURS),
    "evidence",
    "polarity",
    "subjectivity",
    "model",
    "file",
    "record",
)


def csv_rows(messages: Iterable[Message]) -> Iterator[list[str]]:
    """The header, then one row of strings per message (tag columns empty when untagged)."""
    yield list(COLUMNS)
    for m in messages:
        t = m.tags
        row = [
            m.id,
            m.platform,
            m.thread or "",
            m.kind,
            m.author or "",
            m.author_name or "",
            m.created_at.isoformat() if m.created_at else "",
            m.reply_to or "",
            m.reply_to_author or "",
            " ".join(m.mentions),
            " ".join(m.urls),
            " ".join(m.hashtags),
            m.title or "",
            m.text,
            " ".join(t.behaviours) if t else "",
            *(_score(t.scores.get(b)) if t else "" for b in BEHAVIOURS),
            "; ".join(f"{b}: {' | '.join(r)}" for b, r in t.evidence.items() if r) if t else "",
            _score(t.polarity) if t else "",
            _score(t.subjectivity) if t else "",
            (t.model or "") if t else "",
            m.source.file if m.source else "",
            str(m.source.record) if m.source else "",
        ]
        yield row


def render_csv(messages: Iterable[Message]) -> str:
    """The whole CSV as text (RFC 4180 quoting, \\r\\n line ends)."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(csv_rows(messages))
    return buffer.getvalue()


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"

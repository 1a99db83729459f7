"""streamtool's own JSONL: one message per line with the model's field names.

It is what `streamtool tag --output jsonl` writes, so streams pipe from command to command.
Only `text` is required; `id` defaults to the line number; mentions, URLs and hashtags are
found in the text when a record does not list them. Tag fields written by `tag`
(behaviours, scores, ...) are read back so a tagged stream need not be tagged again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from ..model import KINDS, Message, Provenance, Tags
from . import register
from .base import FileContext, Reader
from .normalize import find_hashtags, find_mentions, find_urls, parse_time
from .sources import MAX_LINE_BYTES, Source, iter_lines

_LIST_FIELDS = {"mentions": find_mentions, "urls": find_urls, "hashtags": find_hashtags}
_STR_FIELDS = (
    "platform",
    "thread",
    "author",
    "author_name",
    "reply_to",
    "reply_to_author",
    "title",
)


@register
class JsonlReader(Reader):
    name = "jsonl"
    description = "streamtool JSONL (what `streamtool tag --output jsonl` writes)"
    platform = "unknown"
    priority = 90  # Only by --format or a first line that looks like ours (see sniff).

    def sniff(self, source: Source) -> bool:
        first = source.head_text().lstrip().split("\n", 1)[0]
        if not first.startswith("{"):
            return False
        try:
            record = orjson.loads(first)
        except orjson.JSONDecodeError:
            return False
        # Ours: a flat record with text and our field names, and none of Twitter's.
        return (
            isinstance(record, dict)
            and isinstance(record.get("text"), str)
            and ("kind" in record or "platform" in record)
            and "data" not in record
            and "user" not in record
        )

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        with source.open_text() as stream:
            for number, line in iter_lines(stream):
                if line is None:
                    ctx.malformed(number, f"line too long: over {MAX_LINE_BYTES:,} characters")
                    continue
                if not line.strip():
                    continue
                try:
                    record = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    ctx.malformed(number, f"bad JSON: {exc}")
                    continue
                try:
                    yield to_message(record, number, ctx.at(number))
                except ValueError as exc:
                    ctx.malformed(number, f"bad record: {exc}")


def to_message(record: Any, number: int, where: Provenance) -> Message:
    """A Message from one streamtool JSONL record; ValueError says what is wrong with it."""
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("no 'text' string")
    kind = record.get("kind") or ("reply" if record.get("reply_to") else "post")
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    message = Message(
        id=str(record.get("id") or number),
        text=text,
        kind=kind,
        created_at=parse_time(record.get("created_at")),
        source=where,
    )
    for name in _STR_FIELDS:
        value = record.get(name)
        if value is not None:
            setattr(message, name, str(value))
    for name, find in _LIST_FIELDS.items():
        value = record[name] if name in record else find(text)  # absent: derive from the text
        if not isinstance(value, list):
            raise ValueError(f"'{name}' is not a list")
        setattr(message, name, [str(v) for v in value])
    if message.thread is None:
        message.thread = message.id if kind == "post" else message.reply_to
    if "behaviours" in record:
        message.tags = Tags(
            behaviours=list(record.get("behaviours") or []),
            scores=dict(record.get("scores") or {}),
            evidence=dict(record.get("evidence") or {}),
            polarity=float(record.get("polarity") or 0.0),
            subjectivity=float(record.get("subjectivity") or 0.0),
            model=record.get("model"),
        )
    return message

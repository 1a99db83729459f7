"""Twitter API v1.1 (and twarc1) tweets: JSON lines, or one JSON array (`public_timeline.json`).

A captured v1.1 stream interleaves tweets with control lines (`{"delete": ...}`,
`{"limit": ...}`, `{"scrub_geo": ...}`); those are counted as skipped, by kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..model import Message
from . import register
from .base import FileContext, Reader
from .jsonstream import BadItem, iter_json_array
from .sources import Source
from .twitter_common import (
    PLATFORM,
    STREAM_CONTROL,
    Threads,
    first_json_line,
    json_lines,
    v1_message,
)

# For heads whose first record is longer than the sniffed 64 KiB, or an array's first item.
_V1_HINTS = (re.compile(r'"user"\s*:\s*\{'), re.compile(r'"screen_name"\s*:'),
             re.compile(r'"(?:full_)?text"\s*:'), re.compile(r'"created_at"\s*:\s*"\w{3} \w{3} '))


@register
class TwitterV1Reader(Reader):
    name = "twitter_v1"
    description = "Twitter API v1.1 / twarc1: JSON lines or arrays; stream control lines skipped"
    platform = PLATFORM
    priority = 30

    def sniff(self, source: Source) -> bool:
        head = source.head_text().lstrip()
        if head.startswith("["):
            return all(hint.search(head, 0, 20_000) for hint in _V1_HINTS)
        if not head.startswith("{"):
            return False
        record = first_json_line(head)
        if isinstance(record, dict):
            return _looks_v1(record) or _looks_control(record)
        return "author_id" not in head[:20_000] and all(hint.search(head) for hint in _V1_HINTS)

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        threads = Threads()
        for record_number, locator, value in _records(source, ctx):
            message = _message(value, record_number, locator, ctx)
            if message is not None:
                yield threads.assign(message)


def _records(source: Source, ctx: FileContext) -> Iterator[tuple[int, int, Any]]:
    """(record number, line, value) from an array's items or from JSON lines."""
    if source.head_text().lstrip().startswith("["):
        with source.open_text() as f:
            try:
                for item in iter_json_array(f):
                    if isinstance(item, BadItem):
                        ctx.malformed(item.line, item.reason)
                    else:
                        yield item.index, item.line, item.value
            except ValueError as exc:
                raise InputError(f"{source.name}: {exc}") from exc
    else:
        for number, value in json_lines(source, ctx):
            yield number, number, value


def _is_tweet(record: dict) -> bool:
    return ("text" in record or "full_text" in record) and (
        "id_str" in record or "id" in record
    )


def _looks_v1(record: dict) -> bool:
    """A tweet with v1's own fields, not just any record with an id and a text."""
    return _is_tweet(record) and (
        isinstance(record.get("user"), dict)
        or "id_str" in record
        or "in_reply_to_status_id" in record
    )


def _looks_control(record: dict) -> bool:
    kind = _control_kind(record)
    return kind is not None and isinstance(record[kind], dict) and len(record) <= 2


def _control_kind(record: dict) -> str | None:
    return next((key for key in record if key in STREAM_CONTROL), None)


def _message(value: Any, record: int, line: int, ctx: FileContext) -> Message | None:
    if not isinstance(value, dict):
        ctx.malformed(line, f"not a tweet: a JSON {type(value).__name__}")
        return None
    if not _is_tweet(value):
        kind = _control_kind(value)
        if kind is not None:
            ctx.skip(f"stream control: {kind}")
        else:
            keys = ", ".join(list(value)[:5]) or "none"
            ctx.malformed(line, f"not a tweet: no text or id (keys: {keys})")
        return None
    try:
        return v1_message(value, ctx.at(record))
    except ValueError as exc:
        ctx.malformed(line, f"bad tweet: {exc}")
        return None

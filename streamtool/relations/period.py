"""The `--since/--until` filter: keep the messages written within a period."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta

from ..errors import UsageError
from ..model import Message


def _bound(value: date | datetime | None, end: bool) -> datetime | None:
    """A date means the whole day (UTC): since its start, until its end. Naive means UTC."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value + timedelta(days=1) if end else value, time(), UTC)
        return value - timedelta(microseconds=1) if end else value
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def within(
    messages: Iterable[Message],
    since: date | datetime | None = None,
    until: date | datetime | None = None,
) -> Iterator[Message]:
    """The messages written from `since` to `until`, both inclusive.

    A `date` bound covers that whole UTC day. With no bounds every message passes; with a bound,
    messages without a `created_at` are left out (they cannot be placed in the period).
    Raises UsageError when `since` is after `until`.
    """
    start, stop = _bound(since, end=False), _bound(until, end=True)
    if start and stop and start > stop:
        raise UsageError(f"--since {since} is after --until {until}: nothing can match")
    for message in messages:
        if start is None and stop is None:
            yield message
            continue
        at = message.created_at
        if at is None or (start and at < start) or (stop and at > stop):
            continue
        yield message

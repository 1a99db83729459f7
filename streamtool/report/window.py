"""The report's period: --since and --until parsed from text, applied by relations.within."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from ..errors import UsageError
from ..model import Message
from ..relations.period import within


@dataclass(frozen=True, slots=True)
class Window:
    """The period the report covers; a `date` bound covers that whole UTC day, None is open."""

    since: date | datetime | None = None
    until: date | datetime | None = None

    def split(self, messages: Iterable[Message]) -> tuple[list[Message], int]:
        """The messages inside the period (see relations.within), and how many were left out."""
        everything = list(messages)
        kept = list(within(everything, self.since, self.until))
        return kept, len(everything) - len(kept)


def parse_bound(value: str | None, option: str) -> date | datetime | None:
    """YYYY-MM-DD as a date, an ISO 8601 time as aware UTC; UsageError naming the option else."""
    if value is None:
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{option}: {value!r} is not a date; use YYYY-MM-DD or an ISO 8601 time "
            "such as 2026-05-04T09:00Z"
        ) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def window(since: str | None, until: str | None) -> Window:
    """The Window for the command-line values of --since and --until."""
    return Window(parse_bound(since, "--since"), parse_bound(until, "--until"))

"""Dates as people and spreadsheets write them ("May 4, 2026 at 9:12 am", "05/04/2026 14:05").

`normalize.parse_time` covers the machine formats exports use; CSV files saved from a spreadsheet
and blog comments pasted as text carry human ones. Times without a zone are taken as UTC, like
`parse_time` does, because nothing in such a file says otherwise.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from .normalize import parse_time

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_TIME = r"(?:\s*(?:at|,|-|@)?\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?))?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
#: "May 4, 2026", "4 May 2026", with an optional weekday in front and time after.
_WORDY = re.compile(
    rf"^{_WEEKDAY}(?:(?P<mon1>{_MONTHS})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTHS})\.?,?)\s+(?P<year>\d{{4}}){_TIME}$",
    re.IGNORECASE,
)
#: "05/04/2026 09:12" (month first, as US spreadsheets write it) and "2026/05/04 9:12 pm".
_SLASHED = re.compile(
    r"^(?:(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})|(?P<y2>\d{4})/(?P<m2>\d{1,2})/(?P<d2>\d{1,2}))"
    + _TIME + "$",
    re.IGNORECASE,
)
_MONTH_NUMBER = {name[:3]: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def parse_human_time(value: str | None) -> datetime | None:
    """An aware UTC datetime from a machine or human date; None if empty; ValueError otherwise."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return parse_time(text)
    except ValueError:
        pass
    found = match_human_date(text)
    if found is None:
        raise ValueError(f"unrecognised date {value!r}")
    return found


def match_human_date(text: str) -> datetime | None:
    """The date when `text` is exactly a human-written date (and time), else None."""
    text = text.strip()
    if m := _WORDY.match(text):
        month = _MONTH_NUMBER[(m["mon1"] or m["mon2"])[:3].lower()]
        day = int(m["day1"] or m["day2"])
        return _build(int(m["year"]), month, day, m["time"])
    if m := _SLASHED.match(text):
        if m["y"]:
            return _build(int(m["y"]), int(m["m"]), int(m["d"]), m["time"])
        return _build(int(m["y2"]), int(m["m2"]), int(m["d2"]), m["time"])
    return None


def _build(year: int, month: int, day: int, clock: str | None) -> datetime | None:
    hour = minute = second = 0
    if clock:
        digits = re.match(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", clock)
        assert digits is not None  # guaranteed by _TIME
        hour, minute, second = int(digits[1]), int(digits[2]), int(digits[3] or 0)
        meridiem = clock.lower().replace(".", "")
        if meridiem.endswith("pm") and hour < 12:
            hour += 12
        elif meridiem.endswith("am") and hour == 12:
            hour = 0
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:  # 31 April, 25 o'clock: not a date after all
        return None

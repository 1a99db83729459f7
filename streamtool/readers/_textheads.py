"""Recognising the lines people paste around comments: bylines, dates, "Name says:", noise.

Used by the plain-text reader. Every pattern here came from what blog themes and forums print
above or below a comment when it is copied as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ._humandates import match_human_date

#: One to four capitalised words ("Mike Alvarez", "Marilyn O'Kafor-Smith", "J. R. Hollis").
_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
_HANDLE = r"@[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]+)?"
_WHO = rf"(?:{_HANDLE}|{_NAME})"

_INLINE = re.compile(rf"^(?P<who>{_WHO})\s*:\s+(?P<rest>\S.*)$")
_SAYS = re.compile(
    rf"^(?P<who>{_WHO})(?:\s+on\s+(?P<date1>.+?))?\s+(?:says|said|wrote|writes|replied|commented)"
    r"(?:\s+(?:on|at)\s+(?P<date2>.+?))?\s*:?\s*$"
)
_POSTED = re.compile(
    rf"^(?:posted|written|published)(?:\s+by\s+(?P<who>{_WHO}))?(?:\s+(?:on|at)\s+(?P<date>.+?))?"
    rf"\.?\s*$|^by\s+(?P<who2>{_WHO})(?:\s*[,·|–—-]\s*(?P<date2>.+?))?\s*$",
    re.IGNORECASE,
)
_NAME_DATE = re.compile(rf"^(?P<who>{_WHO})\s*(?:[,·|–—-]|\bon\b)\s*(?P<date>.+?)\s*$")
_SIGNATURE = re.compile(rf"^(?:--|—|–|~)\s*(?P<who>{_WHO})\s*$")
_NOISE = re.compile(
    r"^(?:reply|reply\s*↓|↳\s*reply|like|share|share this:?|report|permalink|loading\.{3}|edit"
    r"|log in to reply|leave a (?:reply|comment)|comments?|\d+\s+(?:comments?|responses?|replies)"
    r"(?:\s+to\s+.*)?|(?:\d+|one|two|three)\s+thoughts?\s+on\s+.*)$",
    re.IGNORECASE,
)
#: Labels that look like "Name:" but start ordinary text ("Note: parking is limited").
_NOT_NAMES = {
    "note", "update", "edit", "ps", "p.s", "p.s.", "re", "subject", "title", "tags", "tag",
    "category", "categories", "warning", "source", "photo", "reminder", "hours", "address",
    "q", "a", "tip", "tl;dr", "fun fact", "when", "where", "what", "why", "how", "who", "price",
    "menu", "today", "tomorrow", "tonight", "specials", "special", "fyi", "also", "bonus", "http",
    "https", "me", "update 2",
}


@dataclass
class Header:
    """What a header line says about the message it introduces."""

    author: str | None = None
    created_at: datetime | None = None
    rest: str = ""  #: message text on the same line ("Mike: see you there" -> "see you there")
    byline: bool = False  #: a "Posted by" line: it belongs to the post, not to a comment


def _who(value: str | None) -> str | None:
    if not value:
        return None
    who = value.strip().lstrip("@") if value.startswith("@") else value.strip()
    return None if who.lower() in _NOT_NAMES else who


def _date(value: str | None) -> datetime | None:
    return match_human_date(value) if value else None


def separator(line: str) -> Header | None:
    """A line that stands above a message and stands alone: a date, "Name says:", a byline."""
    text = line.strip()
    if not text or len(text) > 120:
        return None
    if (when := match_human_date(text)) is not None:
        return Header(created_at=when)
    if m := _POSTED.match(text):
        who, when = m["who"] or m["who2"], _date(m["date"] or m["date2"])
        if who or when:
            return Header(author=_who(who), created_at=when, byline=True)
    if (m := _SAYS.match(text)) and _who(m["who"]):
        return Header(author=_who(m["who"]), created_at=_date(m["date1"] or m["date2"]))
    if (m := _NAME_DATE.match(text)) and (when := _date(m["date"])) and _who(m["who"]):
        return Header(author=_who(m["who"]), created_at=when)
    return None


def inline_author(line: str) -> Header | None:
    """A leading "Name:" or "@handle:" that sets the author of the text after it."""
    m = _INLINE.match(line.strip())
    if m is None or (who := _who(m["who"])) is None:
        return None
    return Header(author=who, rest=m["rest"])


def signature(line: str) -> str | None:
    """The name in a sign-off line ("-- Deb", "~ Anthony"), else None."""
    m = _SIGNATURE.match(line.strip())
    return _who(m["who"]) if m else None


def is_noise(line: str) -> bool:
    """Buttons and counters a theme prints around comments ("Reply", "5 Comments")."""
    return bool(_NOISE.match(line.strip()))


def looks_like_name(line: str) -> bool:
    """A line that is only a person's name or handle (the line above a comment's date)."""
    text = line.strip()
    return bool(re.fullmatch(_WHO, text)) and _who(text) is not None and len(text) <= 40


def looks_like_title(line: str) -> bool:
    """A short line without closing punctuation: a post's title."""
    text = line.strip()
    return 0 < len(text) <= 100 and text[-1] not in ".!?:,;" and inline_author(text) is None

"""Shared clean-up for readers: HTML to plain text, entities, timestamps.

Every reader funnels text and dates through here so `Message.text` and `Message.created_at`
mean the same thing whatever the platform.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "blockquote",
    "pre",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
_SKIP_TAGS = {"script", "style"}
_TAG_HINT = re.compile(r"<[a-zA-Z/!]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

# Handles: Twitter's @name (letters, digits, _) and the fediverse's @name@host.
MENTION = re.compile(r"(?<![\w@/.])@([A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?)")
HASHTAG = re.compile(r"(?<![\w&/#])#(\w*[^\W\d_]\w*)")
URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]}]")


class _TextExtractor(HTMLParser):
    """Collects visible text; block elements become line breaks; link text that is only a
    shortened URL is replaced by the link's href so the URL is kept whole."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._href: str | None = None
        self._link_start = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag == "p" else "\n")
        elif tag == "a":
            self._href = dict(attrs).get("href")
            self._link_start = len(self.parts)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self.parts.append("\n\n" if tag == "p" else "\n")
        elif tag == "a" and self._href:
            shown = "".join(self.parts[self._link_start :]).strip()
            if _looks_like_link_text(shown, self._href):
                del self.parts[self._link_start :]
                self.parts.append(self._href)
            self._href = None

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _looks_like_link_text(shown: str, href: str) -> bool:
    """Shown text like "example.com/some/pa…" stands for the href itself."""
    if not href.startswith(("http://", "https://")) or not shown:
        return False
    bare = shown.rstrip("…").rstrip(".")
    plain_href = re.sub(r"^https?://(www\.)?", "", href)
    return bare.startswith(("http://", "https://", "www.")) or plain_href.startswith(
        re.sub(r"^(www\.)", "", bare)
    )


def html_to_text(value: str) -> str:
    """Visible text of an HTML fragment, entities unescaped and whitespace tidied."""
    if not _TAG_HINT.search(value):
        return tidy(html.unescape(value))
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    return tidy("".join(parser.parts))


def tidy(value: str) -> str:
    """Collapse runs of spaces, keep paragraph breaks as one blank line, trim the ends."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in value.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def plain(value: str | None) -> str:
    """Text that may hold HTML entities but no markup (tweets: "&amp;" -> "&")."""
    return tidy(html.unescape(value or ""))


# The `in` tests skip the regex for the many messages without the marker character.
def find_mentions(text: str) -> list[str]:
    return _unique(m.group(1) for m in MENTION.finditer(text)) if "@" in text else []


def find_hashtags(text: str) -> list[str]:
    return _unique(m.group(1) for m in HASHTAG.finditer(text)) if "#" in text else []


def find_urls(text: str) -> list[str]:
    return _unique(m.group(0) for m in URL.finditer(text)) if "http" in text else []


def _unique(items) -> list[str]:  # type: ignore[no-untyped-def]
    return list(dict.fromkeys(items))


_TWITTER_TIME = "%a %b %d %H:%M:%S %z %Y"  # "Wed Oct 10 20:19:24 +0000 2018"


def parse_time(value: str | int | float | None) -> datetime | None:
    """A timezone-aware UTC datetime from the timestamp shapes exports use, or None if empty.

    Understands ISO 8601 (with Z, offsets, or none: taken as UTC), Twitter's v1 format, RFC 2822,
    WordPress's "2009-04-02 10:30:00", and Unix epochs in seconds or milliseconds (Slack's
    "1700000000.000100" too). Raises ValueError for anything else, for the reader to report.
    """
    if value is None or value == "":
        return None
    if isinstance(value, int | float) or _looks_numeric(value):
        seconds = float(value)
        if seconds > 1e11:  # milliseconds
            seconds /= 1000
        return datetime.fromtimestamp(seconds, UTC)
    text = value.strip()
    for parse in (_iso, _twitter, _rfc2822):
        try:
            parsed = parse(text)
        except (ValueError, TypeError, IndexError):
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    raise ValueError(f"unrecognised date {value!r}")


def _looks_numeric(value: str) -> bool:
    return bool(re.fullmatch(r"\d{9,13}(\.\d+)?", value.strip()))


def _iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00").replace(" +", "+"))


def _twitter(text: str) -> datetime:
    return datetime.strptime(text, _TWITTER_TIME)


def _rfc2822(text: str) -> datetime:
    parsed = parsedate_to_datetime(text)
    if parsed is None:
        raise ValueError(text)
    return parsed

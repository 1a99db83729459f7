"""The pieces of a Twitter archive around its tweets: layout, owner identity, note tweets.

Modern archives (2019 on) keep `data/tweets.js` (or `tweet.js`, `tweets-part1.js`, ...),
`data/account.js`, `data/manifest.js` and `data/note-tweet.js`; legacy archives (to 2018,
"Grailbird") keep one file per month under `data/js/tweets/` and the owner in
`data/js/user_details.js`. Not a reader itself (no `@register`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson

from .jsonstream import JS_PREFIX, Item, iter_json_array
from .normalize import find_hashtags, find_mentions, parse_time
from .sources import Bundle, Source
from .twitter_common import tweet_text

#: tweets.js, tweet.js, tweets-part1.js, tweet-part2.js: the parts that hold the owner's tweets.
TWEETS_FILE = re.compile(r"tweets?(?:-part(\d+))?\.js")
LEGACY_MONTH = re.compile(r"\d{4}_\d{2}\.js")
_MAX_SIDE_FILE = 16 * 1024 * 1024  # account.js, manifest.js, user_details.js are small


@dataclass(frozen=True)
class Owner:
    """Whose archive it is: every tweet in it is theirs."""

    handle: str | None
    name: str | None = None


@dataclass(frozen=True)
class Layout:
    """Where an archive's files are inside a bundle."""

    data: str  #: prefix of the data folder ("data/", "wrapper/data/" or "" when given directly)
    tweet_files: list[str]  #: members holding tweets, in reading order
    legacy: bool = False


def find_layout(bundle: Bundle) -> Layout | None:
    """The archive layout at the bundle's top level or inside one wrapping folder, or None."""
    members = bundle.members()
    roots = [""]
    tops = {m.split("/", 1)[0] for m in members}
    if len(tops) == 1 and all("/" in m for m in members):
        roots.append(f"{tops.pop()}/")  # a zip of the archive folder itself
    names = set(members)
    for root in roots:
        for data in (f"{root}data/", root):
            layout = _layout_at(data, members, names, given_directly=data == root)
            if layout is not None:
                return layout
    return None


def _layout_at(
    data: str, members: list[str], names: set[str], given_directly: bool
) -> Layout | None:
    direct = [m[len(data):] for m in members if m.startswith(data) and "/" not in m[len(data):]]
    parts = sorted((n for n in direct if TWEETS_FILE.fullmatch(n)), key=_part_number)
    has_identity = f"{data}manifest.js" in names or f"{data}account.js" in names
    # A folder holding a tweets.js is only claimed with the archive's identity files beside it,
    # so a folder of streams that happens to hold a tweets.js is still read file by file.
    if parts and (has_identity or not given_directly):
        return Layout(data, [data + p for p in parts])
    if not given_directly and f"{data}manifest.js" in names:
        return Layout(data, [])  # an archive without tweets: claimed, and empty
    months = sorted(
        m for m in members
        if m.startswith(f"{data}js/tweets/") and LEGACY_MONTH.fullmatch(m[len(data) + 10:])
    )
    if months:
        return Layout(data, months, legacy=True)
    return None


def _part_number(name: str) -> int:
    match = TWEETS_FILE.fullmatch(name)
    return int(match.group(1)) if match and match.group(1) else 0


def load_js_value(source: Source) -> Any:
    """The JSON value assigned in a small JS file (`window.__THAR_CONFIG = {...}`).

    Raises ValueError when it is too large or not JSON after the assignment.
    """
    with source.open_text() as f:
        text = f.read(_MAX_SIDE_FILE + 1)
    if len(text) > _MAX_SIDE_FILE:
        raise ValueError("too large for an identity file")
    text = text.lstrip("\ufeff")
    match = JS_PREFIX.match(text)
    if match and not text.lstrip().startswith(("{", "[")):
        text = text[match.end():]
    try:
        return orjson.loads(text.strip().rstrip(";"))
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"not JSON after the JS prefix ({exc})") from exc


def owner_from(
    account: Source | None, manifest: Source | None, user_details: Source | None = None
) -> tuple[Owner | None, list[str]]:
    """The owner from account.js, else manifest.js `userInfo`, else legacy user_details.js,
    with a warning for each of those files that could not be read."""
    warnings: list[str] = []
    for source, pick in ((account, _from_account), (manifest, _from_manifest),
                         (user_details, _from_user_details)):
        if source is None:
            continue
        try:
            owner = pick(source)
        except (ValueError, UnicodeDecodeError, OSError) as exc:
            warnings.append(f"{source.name}: owner not read ({exc})")
            continue
        if owner is not None and owner.handle:
            return owner, warnings
    return None, warnings


def _from_account(source: Source) -> Owner | None:
    with source.open_text() as f:
        for item in iter_json_array(f):
            if isinstance(item, Item) and isinstance(item.value, dict):
                account = item.value.get("account", item.value)
                if isinstance(account, dict):
                    return Owner(account.get("username"), account.get("accountDisplayName"))
    return None


def _from_manifest(source: Source) -> Owner | None:
    info = _get(load_js_value(source), "userInfo")
    return Owner(info.get("userName"), info.get("displayName")) if info else None


def _from_user_details(source: Source) -> Owner | None:
    details = load_js_value(source)
    if not isinstance(details, dict):
        return None
    return Owner(details.get("screen_name"), details.get("full_name"))


def _get(value: Any, key: str) -> dict:
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, dict) else {}


# --- note tweets: the full text of tweets longer than 280 characters -------------------------

_TCO = re.compile(r"https?://t\.co/\w+")
_SPACE = re.compile(r"\s+")
_TRUNCATED_TAIL = re.compile(r"(?:\s*https?://t\.co/\w+)*\s*$")


@dataclass
class Note:
    """One long tweet from note-tweet.js, ready to replace a truncated tweet's text."""

    key: str  #: comparable text: unescaped, t.co links removed, whitespace collapsed
    text: str
    urls: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    created: datetime | None = None


def _comparable(raw: str) -> str:
    return _SPACE.sub(" ", _TCO.sub("", html.unescape(raw))).strip()


class NoteIndex:
    """Finds the note tweet that holds a truncated tweet's full text.

    The archive links them by nothing but content: a note's `noteTweetId` is not the tweet's
    id, so a tweet matches a note created in the same few seconds whose text starts with the
    tweet's visible text; a visibly truncated tweet ("…") may also match on text alone.
    """

    def __init__(self, notes: list[Note]) -> None:
        self.notes = notes
        self._by_second: dict[int, list[Note]] = {}
        for note in notes:
            if note.created is not None:
                self._by_second.setdefault(int(note.created.timestamp()), []).append(note)

    def __len__(self) -> int:
        return len(self.notes)

    def match(self, raw_text: str, created: datetime | None) -> Note | None:
        visible = _TRUNCATED_TAIL.sub("", html.unescape(raw_text))
        truncated = visible.rstrip().endswith(("…", "..."))
        prefix = _comparable(visible.rstrip().rstrip("…").rstrip("."))
        if created is not None:
            second = int(created.timestamp())
            near = [n for s in range(second - 2, second + 3) for n in self._by_second.get(s, [])]
            found = [n for n in near if n.key.startswith(prefix)]
            if len(found) == 1 or (found and prefix):
                return found[0]
        if truncated and len(prefix) >= 30:
            found = [n for n in self.notes if n.key.startswith(prefix)]
            if len(found) == 1:
                return found[0]
        return None


def read_notes(source: Source) -> tuple[NoteIndex, int]:
    """The notes of a note-tweet.js, and how many of its items were not readable notes."""
    notes: list[Note] = []
    bad = 0
    with source.open_text() as f:
        for item in iter_json_array(f):
            note = _note(item.value) if isinstance(item, Item) else None
            if note is None:
                bad += 1
            else:
                notes.append(note)
    return NoteIndex(notes), bad


def _note(value: Any) -> Note | None:
    note = value.get("noteTweet", value) if isinstance(value, dict) else None
    core = _get(note, "core")
    raw = core.get("text")
    if not isinstance(raw, str):
        return None
    links = [u for u in core.get("urls") or [] if isinstance(u, dict)]
    pairs = [(u.get("shortUrl"), u.get("expandedUrl")) for u in links]
    text = tweet_text(raw, pairs)
    try:
        created = parse_time(note.get("createdAt"))  # type: ignore[union-attr]
    except ValueError:
        created = None
    mentions = [m.get("screenName") for m in core.get("mentions") or [] if isinstance(m, dict)]
    return Note(
        key=_comparable(raw),
        text=text,
        urls=[u["expandedUrl"] for u in links if isinstance(u.get("expandedUrl"), str)],
        mentions=[m for m in mentions if isinstance(m, str)] or find_mentions(text),
        hashtags=find_hashtags(text),
        created=created,
    )


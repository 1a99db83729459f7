"""Twitter/X account archives: `tweets.js` and its parts, the whole archive folder or `.zip`,
and legacy (to 2018) Grailbird archives with one `data/js/tweets/YYYY_MM.js` per month.

Every tweet in an archive is the owner's, so the author comes from `account.js` (or the
manifest's `userInfo`); a tweet longer than 280 characters is cut short in `tweets.js` and
whole in `note-tweet.js`. Archives list the newest tweets first, so threads are resolved in
a first pass that only learns who replied to whom.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import InputError
from ..model import Message, Provenance
from . import register
from .base import FileContext, Reader
from .jsonstream import BadItem, Item, iter_json_array
from .sources import Bundle, Source
from .twitter_archive_parts import (
    TWEETS_FILE,
    NoteIndex,
    Owner,
    find_layout,
    owner_from,
    read_notes,
)
from .twitter_common import PLATFORM, Threads, as_id, v1_message

_HEAD = re.compile(
    r"\s*(?:window\.)?(?:YTD\.tweets?\.part\d+|Grailbird\.data\.tweets_\d{4}_\d{2})\s*="
)
_LEGACY_HEAD = re.compile(r"\s*Grailbird\.")

#: How a malformed item is located for the user: by line, or by member path and line.
Locate = Callable[[Source, int], int | str]


@register
class TwitterArchiveReader(Reader):
    name = "twitter_archive"
    description = "Twitter/X archive: tweets.js (or the archive folder or .zip), legacy Grailbird"
    platform = PLATFORM
    priority = 20

    def sniff(self, source: Source) -> bool:
        head = source.head_text()
        if _HEAD.match(head):
            return True
        # A tweets.js saved as a bare array (the prefix removed, as some guides advise).
        return (
            TWEETS_FILE.fullmatch(source.filename) is not None
            and head.lstrip().startswith("[")
            and '"full_text"' in head
        )

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        """One tweets file; owner and note tweets are looked for beside it."""
        owner, notes = None, NoteIndex([])
        if not _LEGACY_HEAD.match(source.head_text()):  # legacy tweets carry their `user`
            owner = _owner(ctx, source.sibling("account.js"), source.sibling("manifest.js"))
            notes = _notes(ctx, source.sibling("note-tweet.js"))
        yield from _read_parts(ctx, [source], owner, notes, lambda _source, line: line)

    def sniff_bundle(self, bundle: Bundle) -> bool:
        return find_layout(bundle) is not None

    def read_bundle(self, bundle: Bundle, ctx: FileContext) -> Iterator[Message]:
        """Every tweets part of the archive, in order, as the owner's messages."""
        layout = find_layout(bundle)
        if layout is None:
            return
        sources = [s for s in (bundle.source(m) for m in layout.tweet_files) if s is not None]
        data = layout.data
        if layout.legacy:
            owner = _owner(ctx, None, None, bundle.source(f"{data}js/user_details.js"))
            notes = NoteIndex([])
        else:
            account = bundle.source(f"{data}account.js")
            owner = _owner(ctx, account, bundle.source(f"{data}manifest.js"))
            notes = _notes(ctx, bundle.source(f"{data}note-tweet.js"))
        if not sources:
            ctx.log.warnings.append(f"{bundle.name}: a Twitter archive without tweets")
        yield from _read_parts(ctx, sources, owner, notes, lambda s, line: f"{s.member}:{line}")


def _owner(ctx: FileContext, account: Source | None, manifest: Source | None,
           user_details: Source | None = None) -> Owner | None:
    owner, warnings = owner_from(account, manifest, user_details)
    ctx.log.warnings.extend(warnings)
    if owner is None and user_details is None:
        ctx.log.warnings.append(
            f"{ctx.name}: archive owner unknown (no readable account.js or manifest.js beside "
            "the tweets), so tweets have no author"
        )
    return owner


def _notes(ctx: FileContext, source: Source | None) -> NoteIndex:
    if source is None:
        return NoteIndex([])
    try:
        notes, bad = read_notes(source)
    except (ValueError, UnicodeDecodeError) as exc:
        ctx.log.warnings.append(f"{source.name}: note tweets not read ({exc})")
        return NoteIndex([])
    if bad:
        ctx.skip("malformed: note tweet", bad)
    return notes


def _items(source: Source) -> Iterator[Item | BadItem]:
    with source.open_text() as f:
        try:
            yield from iter_json_array(f)
        except ValueError as exc:
            raise InputError(f"{source.name}: {exc}") from exc


def _tweet(value: Any) -> dict | None:
    """The tweet in an archive item: `{"tweet": {...}}` since 2019, bare before."""
    if isinstance(value, dict):
        inner = value.get("tweet")
        return inner if isinstance(inner, dict) else value
    return None


def _read_parts(ctx: FileContext, sources: list[Source], owner: Owner | None,
                notes: NoteIndex, locate: Locate) -> Iterator[Message]:
    threads = Threads()
    for source in sources:  # first pass: who replies to whom, so threads can be followed up
        for item in _items(source):
            tweet = _tweet(item.value) if isinstance(item, Item) else None
            if tweet is not None:
                tid = as_id(tweet.get("id_str")) or as_id(tweet.get("id"))
                reply_to = as_id(tweet.get("in_reply_to_status_id_str")) or as_id(
                    tweet.get("in_reply_to_status_id"))
                if tid and not str(tweet.get("full_text", "")).startswith("RT @"):
                    threads.learn(tid, reply_to)
    for source in sources:
        for item in _items(source):
            message = _message(ctx, source, item, owner, notes, locate)
            if message is not None:
                yield threads.assign(message)


def _message(ctx: FileContext, source: Source, item: Item | BadItem, owner: Owner | None,
             notes: NoteIndex, locate: Locate) -> Message | None:
    if isinstance(item, BadItem):
        ctx.malformed(locate(source, item.line), item.reason)
        return None
    tweet = _tweet(item.value)
    if tweet is None:
        ctx.malformed(locate(source, item.line), f"bad tweet: not an object (item {item.index})")
        return None
    where = Provenance(source.name, ctx.reader, item.index)
    try:
        message = v1_message(tweet, where, author=owner.handle if owner else None,
                             author_name=owner.name if owner else None)
    except ValueError as exc:
        ctx.malformed(locate(source, item.line), f"bad tweet: {exc} (item {item.index})")
        return None
    if notes.notes:
        raw = tweet.get("full_text") or tweet.get("text") or ""
        note = notes.match(raw, message.created_at)
        if note is not None:
            message.text = note.text
            # The cut tweet links to its own full text ("/i/web/status/<id>"): not a real link.
            own = [u for u in message.urls if "/i/web/status/" not in u]
            message.urls = list(dict.fromkeys(note.urls + own))
            message.mentions = list(dict.fromkeys(message.mentions + note.mentions))
            message.hashtags = list(dict.fromkeys(message.hashtags + note.hashtags))
    return message

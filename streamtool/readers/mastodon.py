"""Mastodon archives: `outbox.json` (ActivityStreams), alone or in the archive folder / .tar.gz.

`Create` of a Note is a post or a reply; `Announce` is a boost (a repost, its object often a bare
URI). The owner's handle is `user@host` from `actor.json`. Mastodon 4.3 wrote `orderedItems`
twice (an empty list, then the real one); like any JSON parser, the last one wins. The outbox is
walked item by item (see `jsonstream`), so memory does not grow with the archive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import orjson

from ..errors import InputError
from ..model import Message
from . import register
from .base import FileContext, Reader
from .jsonstream import JsonShapeError, array_items, count_arrays
from .normalize import find_urls, html_to_text, parse_time
from .sources import Bundle, Source

_NOTE_TYPES = {"Note", "Question", "Article", "Page"}
_PROFILE_PATH = re.compile(r"^/(?:@|users/|u/|accounts/)([A-Za-z0-9_.-]+)")


@dataclass(frozen=True)
class Owner:
    """Whose archive it is, from actor.json."""

    handle: str | None = None  #: user@host
    name: str | None = None


@register
class MastodonReader(Reader):
    name = "mastodon"
    description = "Mastodon archive: outbox.json, or the archive folder / .tar.gz (actor.json)"
    platform = "mastodon"
    priority = 30

    def sniff(self, source: Source) -> bool:
        if source.filename.lower() == "outbox.json":
            return True
        head = source.head_text()[:8192]
        return ('"orderedItems"' in head and "OrderedCollection" in head
                and "activitystreams" in head)

    def sniff_bundle(self, bundle: Bundle) -> bool:
        return _archive_root(bundle) is not None

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        actor = source.sibling("actor.json")
        owner = read_owner(actor) if actor is not None else Owner()
        yield from read_outbox(source, owner, ctx)

    def read_bundle(self, bundle: Bundle, ctx: FileContext) -> Iterator[Message]:
        root = _archive_root(bundle)
        assert root is not None  # sniff_bundle said so
        outbox = bundle.source(_join(root, "outbox.json"))
        actor = bundle.source(_join(root, "actor.json"))
        assert outbox is not None
        owner = read_owner(actor) if actor is not None else Owner()
        yield from read_outbox(outbox, owner, ctx)


def _join(root: str, name: str) -> str:
    return f"{root}/{name}" if root else name


def _archive_root(bundle: Bundle) -> str | None:
    """'' or the one wrapping folder that holds outbox.json beside actor.json, else None."""
    for outbox in bundle.find("outbox.json"):
        root = str(PurePosixPath(outbox).parent).removeprefix(".")
        # A wrapping folder only when it is all the bundle holds: a folder of streams that
        # contains an archive (sample_streams/) is expanded, not claimed whole.
        if (
            root.count("/") == 0
            and bundle.source(_join(root, "actor.json")) is not None
            and (not root or all(m.startswith(root + "/") for m in bundle.members()))
        ):
            return root
    return None


def read_owner(actor: Source) -> Owner:
    """The archive owner's handle and name; an unreadable actor.json is a clear error."""
    try:
        with actor.open() as f:
            data = orjson.loads(f.read())
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{actor.name}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{actor.name}: not a Mastodon actor (expected a JSON object)")
    user = data.get("preferredUsername")
    host = urlsplit(str(data.get("id") or "")).hostname
    handle = f"{user}@{host}" if user and host else None
    name = data.get("name")
    return Owner(handle, name if isinstance(name, str) and name.strip() else None)


def read_outbox(source: Source, owner: Owner, ctx: FileContext) -> Iterator[Message]:
    """Every activity of the outbox's last `orderedItems` list, as Messages in file order."""
    with source.open_text() as stream:
        try:
            lists = count_arrays(stream, "orderedItems")
        except JsonShapeError:
            lists = -1  # broken further on: the second pass reports where
    if lists == 0:
        ctx.malformed(1, "no orderedItems list: not a Mastodon outbox")
        return
    threads: dict[str, str] = {}
    with source.open_text() as stream:
        items = array_items(stream, "orderedItems", max(lists, 1))
        number = 0
        while True:
            try:
                item = next(items)
            except StopIteration:
                return
            except JsonShapeError as exc:
                ctx.malformed(f"item {number + 1}", f"bad JSON: {exc}; the rest is unreadable")
                return
            number += 1
            message = _activity(item, owner, ctx, number)
            if message is not None:
                message.source = ctx.at(number)
                _thread(message, threads)
                yield message


def _activity(item: Any, owner: Owner, ctx: FileContext, number: int) -> Message | None:
    """One activity as a Message; None (skipped or malformed, and counted) otherwise."""
    if not isinstance(item, dict):
        ctx.malformed(f"item {number}", "bad activity: not a JSON object")
        return None
    kind = item.get("type")
    obj = item.get("object")
    try:
        if kind == "Create" and isinstance(obj, dict) and obj.get("type") in _NOTE_TYPES:
            return _note(obj, owner, item)
        if kind in _NOTE_TYPES:  # some servers list bare objects rather than activities
            return _note(item, owner, item)
        if kind == "Announce":
            return _boost(item, owner)
    except (ValueError, TypeError) as exc:
        ctx.malformed(f"item {number}", f"bad activity: {exc}")
        return None
    ctx.skip(f"{kind or 'untyped'} activity" if kind != "Create" else "Create of a non-note")
    return None


def _note(note: dict[str, Any], owner: Owner, activity: dict[str, Any]) -> Message:
    note_id = _require_str(note, "id")
    text = html_to_text(str(note.get("content") or ""))
    # A content warning ("summary") heads the note as a subject line does, so it is the
    # note's title: kept out of the text, where it would hide the @handles a reply opens with.
    warning = note.get("summary")
    title = (html_to_text(warning) if isinstance(warning, str) else "") or None
    author_url = str(note.get("attributedTo") or activity.get("actor") or "")
    mentions, hashtags, mention_urls = _tags(note.get("tag"))
    reply_to = _uri(note.get("inReplyTo"))
    context = note.get("conversation") or note.get("context")
    return Message(
        id=note_id,
        text=text,
        platform="mastodon",
        kind="reply" if reply_to else "post",
        thread=context if isinstance(context, str) and context else None,
        author=owner.handle or handle_from_url(author_url),
        author_name=owner.name,
        created_at=parse_time(note.get("published") or activity.get("published")),
        reply_to=reply_to,
        reply_to_author=_parent_author(reply_to, mention_urls, owner, author_url),
        mentions=mentions,
        urls=find_urls(text),
        hashtags=hashtags,
        title=title,
    )


def _boost(activity: dict[str, Any], owner: Owner) -> Message:
    """A boost: what it amplifies is kept where a reply keeps its parent."""
    target = activity.get("object")
    target_id = _uri(target)
    if not target_id:
        raise ValueError("Announce without an object")
    text = html_to_text(str(target.get("content") or "")) if isinstance(target, dict) else ""
    return Message(
        id=_require_str(activity, "id"),
        text=text,
        platform="mastodon",
        kind="repost",
        author=owner.handle or handle_from_url(str(activity.get("actor") or "")),
        author_name=owner.name,
        created_at=parse_time(activity.get("published")),
        reply_to=target_id,
        reply_to_author=handle_from_url(target_id),
        urls=find_urls(text),
    )


def _require_str(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"no {key!r}")
    return value


def _uri(value: Any) -> str | None:
    """An object reference: a bare URI, or an embedded object with an id."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


def handle_from_url(url: str) -> str | None:
    """'user@host' from a profile or status URL (/@user/..., /users/user/...), else None."""
    parts = urlsplit(url)
    match = _PROFILE_PATH.match(parts.path)
    if not parts.hostname or not match:
        return None
    return f"{match.group(1)}@{parts.hostname}"


def _tags(tags: Any) -> tuple[list[str], list[str], dict[str, str]]:
    """Mentions as user@host, hashtags without '#', and each mention's profile URL -> handle."""
    mentions: list[str] = []
    hashtags: list[str] = []
    urls: dict[str, str] = {}
    for tag in tags if isinstance(tags, list) else [tags] if isinstance(tags, dict) else []:
        if not isinstance(tag, dict) or not isinstance(tag.get("name"), str):
            continue
        name, href = tag["name"].strip(), str(tag.get("href") or "")
        if tag.get("type") == "Mention":
            handle = name.lstrip("@")
            host = urlsplit(href).hostname
            if "@" not in handle and host:  # local accounts are sometimes named without a host
                handle = f"{handle}@{host}"
            if handle and handle not in mentions:
                mentions.append(handle)
            if href:
                urls[href] = handle
        elif tag.get("type") == "Hashtag":
            tag_name = name.lstrip("#")
            if tag_name and tag_name not in hashtags:
                hashtags.append(tag_name)
    return mentions, hashtags, urls


def _parent_author(parent: str | None, mention_urls: dict[str, str], owner: Owner,
                   author_url: str) -> str | None:
    """Whom a reply answers: the tagged mention whose profile the parent's URL lives under,
    else the user named in the parent's URL (a self-reply gives the owner), else None."""
    if not parent:
        return None
    for href, handle in mention_urls.items():
        if parent.startswith(href.rstrip("/") + "/"):
            return handle
    if author_url and parent.startswith(author_url.rstrip("/") + "/"):
        return owner.handle or handle_from_url(author_url)
    if by_url := handle_from_url(parent):
        return by_url
    # Servers with opaque status URLs (/notes/9mq..., /objects/uuid): the one person tagged
    # from the parent's server is who is answered.
    host = urlsplit(parent).hostname
    same_host = {h for href, h in mention_urls.items() if urlsplit(href).hostname == host}
    return same_host.pop() if len(same_host) == 1 else None


def _thread(message: Message, threads: dict[str, str]) -> None:
    """Without a conversation id, a reply joins its parent's thread or starts at the parent."""
    if message.thread is None:
        if message.kind == "reply":
            parent = message.reply_to or message.id
            message.thread = threads.get(parent, parent)
        else:
            message.thread = message.id
    threads[message.id] = message.thread

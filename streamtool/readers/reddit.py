"""Reddit JSON: a thread page (`[Listing(post), Listing(comments)]`, what `<thread url>.json`
returns), a single Listing of posts or comments, or a `morechildren` response (`{"json": ...}`).

Ids are Reddit's fullnames (`t3_...` for the post, `t1_...` for comments), so `parent_id`
is `reply_to` as it stands, and `thread` is the post's fullname (`link_id`). The post is a `post`
whose text is its selftext, or its title when it has none (a link post says what it says in its
title); comments are `reply`s with the thread title in `title`. Text is markdown made readable:
links become "text (url)", emphasis marks and backslash escapes go, `&amp;` and `&gt;` are
unescaped. `u/name` is a mention.

Not messages, counted: comments whose text is gone (`[deleted]`, `[removed]`; replies to them
still name them), and `more` stubs, counted as the number of comments they stand for that are not
in the file (a "continue this thread" stub has no count and is counted once as such). An author
`[deleted]` (account gone, text kept) becomes author None. Nested replies are walked with a stack,
not recursion, so any depth reads. The record number of a message is its position among the
file's things in document order. The whole JSON document is loaded at once: the format is one
JSON value, and Reddit caps a thread page at a few MB.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import orjson

from ..errors import InputError
from ..model import Message
from . import register
from .base import FileContext, Reader
from .normalize import find_urls, parse_time, plain
from .sources import Source

_SNIFF = re.compile(r'"kind":\s*"(?:Listing|t1|t3)"')
_GONE = {"[deleted]", "[removed]"}
_MORE = "comments not in the file ('more' stubs)"
_CONTINUE = "'continue this thread' stubs (deeper comments not in the file)"
_MENTION = re.compile(r"(?<![\w/])/?u/([A-Za-z0-9_-]{3,20})\b")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(\s*(https?://[^)\s]+)\s*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|~~|\*)(?=\S)(.+?)(?<=\S)\1")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~^|])")
_SET_ASIDE = 0xF0000  # a private-use plane: never in real text
_SET_ASIDE_CHARS = re.compile("[\U000F0000-\U000F007F]")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.M)


@register
class RedditReader(Reader):
    name = "reddit"
    description = "Reddit thread JSON (<thread url>.json), listings, morechildren responses"
    platform = "reddit"
    priority = 30

    def sniff(self, source: Source) -> bool:
        head = source.head_text().lstrip()
        return head[:1] in ("[", "{") and bool(_SNIFF.search(head[:4096]))

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        with source.open() as stream:
            data = stream.read()
        try:
            document = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{ctx.name}: not valid JSON, truncated? ({exc})") from None
        walk = _Walk(ctx)
        for listing in _listings(document, ctx.name):
            yield from walk.things(listing)


def _listings(document: Any, name: str) -> list[list[Any]]:
    """The lists of things in each shape of Reddit JSON this reader knows."""
    if isinstance(document, dict) and isinstance(document.get("json"), dict):
        things = (document["json"].get("data") or {}).get("things")
        if isinstance(things, list):
            return [things]
    parts = document if isinstance(document, list) else [document]
    found = [
        p["data"]["children"] for p in parts
        if isinstance(p, dict) and p.get("kind") == "Listing"
        and isinstance(p.get("data"), dict) and isinstance(p["data"].get("children"), list)
    ]
    if not found:
        raise InputError(f"{name}: JSON, but not a Reddit thread, listing or morechildren reply")
    return found


class _Walk:
    """Depth-first, document-order traversal of things, remembering authors and titles."""

    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self.number = 0
        self.authors: dict[str, str | None] = {}  # fullname -> handle, for reply_to_author
        self.titles: dict[str, str] = {}  # post fullname -> title

    def things(self, children: list[Any]) -> Iterator[Message]:
        stack = list(reversed(children))
        while stack:
            thing = stack.pop()
            self.number += 1
            if not isinstance(thing, dict) or not isinstance(thing.get("data"), dict):
                self.ctx.malformed(f"thing {self.number}", "bad thing: not a {kind, data} object")
                continue
            kind, data = thing.get("kind"), thing["data"]
            if kind == "more":
                self.more(data)
                continue
            replies = data.get("replies")
            if isinstance(replies, dict):  # "" when there are none
                stack.extend(reversed((replies.get("data") or {}).get("children") or []))
            if kind in ("t1", "t3"):
                message = self.message(kind, data)
                if message is not None:
                    yield message
            else:
                self.ctx.skip(f"reddit {kind} thing")

    def more(self, data: dict[str, Any]) -> None:
        count = data.get("count") or len(data.get("children") or [])
        if count:
            self.ctx.skip(_MORE, int(count))
        else:
            self.ctx.skip(_CONTINUE)

    def message(self, kind: str, data: dict[str, Any]) -> Message | None:
        name = data.get("name") or (f"{kind}_{data['id']}" if data.get("id") else None)
        if not isinstance(name, str):
            self.ctx.malformed(f"thing {self.number}", f"bad {kind}: no id")
            return None
        author = data.get("author")
        handle = None if author in (None, "[deleted]") else str(author)
        self.authors[name] = handle
        body = data.get("body") if kind == "t1" else data.get("selftext")
        if kind == "t1" and (body is None or body.strip() in _GONE):
            self.ctx.skip("deleted comment")
            return None
        try:
            created = parse_time(data.get("created_utc"))
        except ValueError as exc:
            self.ctx.malformed(f"thing {self.number}", f"bad date: {exc}")
            return None
        if kind == "t3":
            return self.post(name, handle, created, data)
        text = markdown_to_text(body or "")
        thread = data.get("link_id")
        parent = data.get("parent_id")
        return Message(
            id=name, text=text, platform="reddit", kind="reply", thread=thread,
            author=handle, author_name=handle, created_at=created,
            reply_to=parent, reply_to_author=self.authors.get(parent) if parent else None,
            mentions=find_reddit_mentions(text), urls=find_urls(text),
            title=self.titles.get(thread or ""), source=self.ctx.at(self.number),
        )

    def post(
        self, name: str, handle: str | None, created: datetime | None, data: dict[str, Any]
    ) -> Message:
        title = plain(data.get("title")) or None
        if title:
            self.titles[name] = title
        selftext = data.get("selftext") or ""
        text = markdown_to_text(selftext) if selftext.strip() not in _GONE else ""
        urls = find_urls(text)
        link = data.get("url")
        if not data.get("is_self") and isinstance(link, str) and link not in urls:
            urls.append(link)
        return Message(
            id=name, text=text or title or "", platform="reddit", kind="post", thread=name,
            author=handle, author_name=handle, created_at=created,
            mentions=find_reddit_mentions(text), urls=urls, title=title,
            source=self.ctx.at(self.number),
        )


def markdown_to_text(value: str) -> str:
    """Reddit markdown as readable plain text: links "text (url)", no emphasis marks or escapes."""
    # Escaped characters are set aside first so "\\*" is never read as emphasis.
    value = _MD_ESCAPE.sub(lambda m: chr(_SET_ASIDE + ord(m.group(1))), value)
    value = _MD_LINK.sub(lambda m: m.group(2) if m.group(1) == m.group(2) else
                         f"{m.group(1)} ({m.group(2)})", value)
    value = _MD_HEADING.sub("", value)
    value = _MD_EMPHASIS.sub(r"\2", value)
    value = _SET_ASIDE_CHARS.sub(lambda m: chr(ord(m.group()) - _SET_ASIDE), value)
    return plain(value)


def find_reddit_mentions(text: str) -> list[str]:
    """Users named as u/name or /u/name, in order, once each."""
    return list(dict.fromkeys(m.group(1) for m in _MENTION.finditer(text)))

"""DiscordChatExporter JSON: one channel (or thread) per file, `guild`, `channel`, `messages`.

Chat has no posts and comments, so a message that answers no one starts its own thread and a
reply (`reference.messageId`) joins its parent's. System events (member joins, pins, thread
creation notices) are not messages: they are counted as skipped. Messages are decoded one at
a time, so a channel's export of any size reads in constant memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Message
from . import register
from .base import FileContext, Reader
from .jsonstream import JsonShapeError, array_items
from .normalize import find_hashtags, find_urls, parse_time, tidy
from .sources import Source

_CHAT_TYPES = {"Default", "Reply"}


@register
class DiscordReader(Reader):
    name = "discord"
    description = "DiscordChatExporter JSON (one channel or thread per file)"
    platform = "discord"
    priority = 30

    def sniff(self, source: Source) -> bool:
        head = source.head_text()[:8192].lstrip()
        return head.startswith("{") and '"guild"' in head and '"channel"' in head \
            and '"messages"' in head

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        seen: dict[str, tuple[str, str | None]] = {}  # id -> (thread, author)
        with source.open_text() as stream:
            items = array_items(stream, "messages")
            number = 0
            while True:
                try:
                    item = next(items)
                except StopIteration:
                    return
                except JsonShapeError as exc:
                    ctx.malformed(f"message {number + 1}",
                                  f"bad JSON: {exc}; the rest is unreadable")
                    return
                number += 1
                message = _message(item, ctx, number)
                if message is None:
                    continue
                parent = seen.get(message.reply_to or "")
                message.thread = (parent[0] if parent else message.reply_to) or message.id
                message.reply_to_author = parent[1] if parent else None
                message.source = ctx.at(number)
                seen[message.id] = (message.thread, message.author)
                yield message


def _message(item: Any, ctx: FileContext, number: int) -> Message | None:
    """One exported message as a Message; None (skipped or malformed, and counted) otherwise."""
    where = f"message {number}"
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        ctx.malformed(where, "bad message: not an object with an id")
        return None
    kind = item.get("type", "Default")
    if kind not in _CHAT_TYPES:
        ctx.skip(f"{kind} event")
        return None
    author = item.get("author") if isinstance(item.get("author"), dict) else {}
    try:
        created_at = parse_time(item.get("timestamp"))
    except ValueError as exc:
        ctx.malformed(where, f"bad date: {exc}")
        return None
    text = tidy(str(item.get("content") or ""))
    reference = item.get("reference") if isinstance(item.get("reference"), dict) else {}
    reply_to = reference.get("messageId")
    mentions = [str(m.get("name")) for m in item.get("mentions") or []
                if isinstance(m, dict) and m.get("name")]
    return Message(
        id=item["id"],
        text=text,
        platform="discord",
        kind="reply" if reply_to else "post",
        author=author.get("name"),
        author_name=author.get("nickname") or author.get("name"),
        created_at=created_at,
        reply_to=str(reply_to) if reply_to else None,
        mentions=mentions,
        urls=find_urls(text),
        hashtags=find_hashtags(text),
    )

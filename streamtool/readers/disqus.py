"""Disqus XML exports: the comments of a site, grouped by thread (one thread per article).

Modelling choices, made so Disqus reads like the other blog formats in a report:

- A `<thread>` is the article the comments sit under. It is not a message (the export holds no
  article text), but it gives every comment its `thread` id (`thread-<dsq:id>`) and `title`, and
  its author becomes the `reply_to_author` of the comments that answer the article.
- Every `<post>` is a `reply`: with a `<parent>` it answers that post (`post-<dsq:id>`), without
  one it answers the article (`reply_to` = the thread id). So "who answers whom" counts a
  top-level comment as a conversation with the article's author, as WordPress comments are.
  A post whose thread is missing from the file (an orphan) keeps its thread id, title unknown.
- Authors: the Disqus `<username>` when there is one (stable), else the `<name>` the site shows;
  `author_name` is always the name.
- Spam (`isSpam` true) and deleted (`isDeleted` true) posts are skipped and counted; replies to
  them still name them in `reply_to`.
- A post without `dsq:id` gets `post@<n>`, n its position among the file's posts: stable for the
  file, and never clashing with a real id.
- A post whose date is present but unreadable is malformed (skipped, counted, fatal under
  --strict): a guessed or missing time would silently bend response times and time spans, and the
  user is told which record it was. An absent date is allowed (created_at None).
- Junk before `<?xml` and records that are not well-formed XML are handled by `xmlsafe`: the
  broken record is malformed, the others read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Message
from . import register
from .base import FileContext, Reader
from .normalize import find_hashtags, find_mentions, find_urls, html_to_text, parse_time
from .sources import Source
from .xmlsafe import Node, parsed_records

_RECORDS = frozenset({"thread", "post"})
_DSQ_ID = "dsq:id"


@dataclass(frozen=True, slots=True)
class _Thread:
    title: str | None
    author: str | None


@register
class DisqusReader(Reader):
    name = "disqus"
    description = "Disqus XML export (threads and comments)"
    platform = "disqus"
    priority = 20

    def sniff(self, source: Source) -> bool:
        head = source.head_text()
        return "<disqus" in head and "disqus.com" in head

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        threads: dict[str, _Thread] = {}
        authors: dict[str, str | None] = {}  # post dsq:id -> handle, for reply_to_author
        position = 0
        for record, node in parsed_records(source, ctx, _RECORDS):
            if record.tag == "post":
                position += 1  # malformed posts count too, so later positional ids stay put
            if node is None:
                continue
            if record.tag == "thread":
                if node.attrs.get(_DSQ_ID):
                    threads[node.attrs[_DSQ_ID]] = _Thread(
                        node.get("title") or None, _author(node)[0]
                    )
                continue
            message = _post(node, position, threads, authors, ctx)
            if message is not None:
                yield message


def _author(node: Node) -> tuple[str | None, str | None]:
    """(handle, display name) from a post's or thread's <author>."""
    author = node.find("author")
    if author is None:
        return None, None
    name = author.get("name") or None
    return author.get("username") or name, name


def _flag(node: Node, tag: str) -> bool:
    return node.get(tag).lower() in ("true", "1")


def _post(
    node: Node, position: int, threads: dict[str, _Thread], authors: dict[str, str | None],
    ctx: FileContext,
) -> Message | None:
    """The message of one <post>, or None when it is skipped (spam, deleted, malformed)."""
    dsq_id = node.attrs.get(_DSQ_ID)
    handle, name = _author(node)
    if dsq_id:
        authors[dsq_id] = handle
    if _flag(node, "isSpam"):
        ctx.skip("spam comment")
        return None
    if _flag(node, "isDeleted"):
        ctx.skip("deleted comment")
        return None
    try:
        created = parse_time(node.get("createdAt"))
    except ValueError as exc:
        ctx.malformed(node.line, f"bad date: {exc}")
        return None
    thread_ref = node.find("thread")
    thread_id = thread_ref.attrs.get(_DSQ_ID) if thread_ref is not None else None
    thread = threads.get(thread_id or "")
    parent_ref = node.find("parent")
    parent_id = parent_ref.attrs.get(_DSQ_ID) if parent_ref is not None else None
    text = html_to_text(node.get("message"))
    message = Message(
        id=f"post-{dsq_id}" if dsq_id else f"post@{position}",
        text=text,
        platform="disqus",
        kind="reply",
        author=handle,
        author_name=name,
        created_at=created,
        mentions=find_mentions(text),
        urls=find_urls(text),
        hashtags=find_hashtags(text),
        title=thread.title if thread else None,
        source=ctx.at(node.line),
    )
    message.thread = f"thread-{thread_id}" if thread_id else None
    if parent_id:
        message.reply_to = f"post-{parent_id}"
        message.reply_to_author = authors.get(parent_id)
    elif message.thread:
        message.reply_to = message.thread
        message.reply_to_author = thread.author if thread else None
    else:  # no thread at all: the comment stands alone and starts its own
        message.kind = "post"
        message.thread = message.id
    return message

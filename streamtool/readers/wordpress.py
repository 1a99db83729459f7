"""WordPress WXR exports (1.0-1.2, self-hosted and WordPress.com): posts and their comments.

A published post or page is a `post` message by its author (`dc:creator`; display name from the
channel's `wp:author` entries), id `post-<wp:post_id>`. Each comment is a `reply` with id
`comment-<wp:comment_id>`, threaded under the post (`thread` = the post's id) and answering its
`wp:comment_parent` (0 means the post itself). A comment's author is the name the blog shows;
a comment written by one of the blog's users (`wp:comment_user_id` = `wp:author_id`, or, in
WordPress.com exports that carry no author ids, a logged-in commenter whose name is an author's
login or display name) is by that author's handle, so the owner's replies join up with the posts.

Not messages, counted as skipped by reason: pingbacks and trackbacks (checked first: they are
never conversation), spam and trashed comments, unapproved comments (kept with
--include-unapproved), items that are not published posts or pages (attachments, menu items,
drafts), and comments on those items. Dates come from the `_gmt` fields, falling back to the
blog's local time (taken as UTC) when WordPress wrote 0000-00-00. The provenance record of a
message is the line of its `<item>` or `<wp:comment>` element.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from ..model import Message, Provenance
from . import register
from .base import FileContext, Reader
from .normalize import find_hashtags, find_mentions, find_urls, html_to_text, parse_time
from .sources import Source
from .xmlsafe import Node, Record, parsed_records

_LINK_ID = re.compile(r"[?&]p=(\d+)")
_RECORDS = frozenset({"item", "wp:author"})
_ZERO_DATE = "0000-00-00 00:00:00"
_PUBLISHED_TYPES = {"post", "page"}
#: wp:comment_approved values other than "1", and the skip reason for each.
_NOT_APPROVED = {"0": "unapproved comment", "spam": "spam comment", "trash": "trashed comment",
                 "post-trashed": "trashed comment"}


@dataclass(frozen=True, slots=True)
class _Author:
    login: str
    name: str | None


@dataclass(frozen=True, slots=True)
class _Post:
    id: str
    author: str | None
    title: str | None


@register
class WordPressReader(Reader):
    name = "wordpress"
    description = "WordPress WXR export (posts and comments, WordPress.com too)"
    platform = "wordpress"
    priority = 20

    def sniff(self, source: Source) -> bool:
        head = source.head_text()
        return "<rss" in head and ("wordpress.org/export/" in head or "<wp:wxr_version" in head)

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        blog = _Blog(ctx)
        for record, node in parsed_records(source, ctx, _RECORDS):
            if node is None:
                continue
            if record.tag == "wp:author":
                blog.add_author(node)
            else:
                yield from blog.item(node, record)


class _Blog:
    """What one pass over a WXR file knows: the blog's authors, and how to read an item."""

    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self.by_login: dict[str, _Author] = {}
        self.by_id: dict[str, _Author] = {}
        self.by_name: dict[str, _Author] = {}

    def add_author(self, node: Node) -> None:
        login = node.get("wp:author_login")
        if not login:
            return
        author = _Author(login, node.get("wp:author_display_name") or None)
        self.by_login[login] = author
        self.by_name.setdefault(login.casefold(), author)
        if author.name:
            self.by_name.setdefault(author.name.casefold(), author)
        if node.get("wp:author_id"):
            self.by_id[node.get("wp:author_id")] = author

    def item(self, node: Node, record: Record) -> Iterator[Message]:
        """The post (if published) and its comments."""
        comments = node.findall("wp:comment")
        kind = node.get("wp:post_type") or "post"
        status = node.get("wp:status") or "publish"
        if kind not in _PUBLISHED_TYPES or status != "publish":
            reason = f"{kind} item" if kind not in _PUBLISHED_TYPES else f"{status} {kind}"
            self.ctx.skip(reason)
            if comments:
                self.ctx.skip(f"comment on a {reason}", len(comments))
            return
        post, message = self.post(node, record.line)
        if message is not None:
            yield message
        authors = {c.get("wp:comment_id"): self.comment_author(c)[0] for c in comments}
        for comment in comments:
            message = self.comment(comment, post, authors)
            if message is not None:
                yield message

    def post(self, node: Node, line: int) -> tuple[_Post, Message | None]:
        """The post's identity (for its comments to thread under) and its message.

        A post with a bad date is malformed but its comments still thread under its id.
        """
        login = node.get("dc:creator") or None
        author = self.by_login.get(login) if login else None
        title = node.get("title") or None
        info = _Post(_post_id(node, line), login, title)
        try:
            created = _date(node, "wp:post_date_gmt", "wp:post_date")
        except ValueError as exc:
            self.ctx.malformed(line, f"bad date: {exc}")
            return info, None
        text = html_to_text(node.get("content:encoded"))
        message = _message(info.id, text, created, self.ctx.at(line))
        message.kind = "post"
        message.thread = info.id
        message.author = login
        message.author_name = author.name if author else login
        message.title = title
        return info, message

    def comment_author(self, node: Node) -> tuple[str | None, str | None]:
        """(handle, display name) of a comment's writer."""
        name = node.get("wp:comment_author") or None
        user_id = node.get("wp:comment_user_id")
        if user_id and user_id != "0":
            author = self.by_id.get(user_id) or (
                self.by_name.get(name.casefold()) if name and not self.by_id else None
            )
            if author is not None:
                return author.login, author.name or author.login
        return name, name

    def comment(self, node: Node, post: _Post, authors: dict[str, str | None]) -> Message | None:
        if (reason := self.not_a_message(node)) is not None:
            self.ctx.skip(reason)
            return None
        comment_id = node.get("wp:comment_id")
        if not comment_id:
            self.ctx.malformed(node.line, "bad comment: no wp:comment_id")
            return None
        try:
            created = _date(node, "wp:comment_date_gmt", "wp:comment_date")
        except ValueError as exc:
            self.ctx.malformed(node.line, f"bad date: {exc}")
            return None
        parent = node.get("wp:comment_parent")
        message = _message(f"comment-{comment_id}", html_to_text(node.get("wp:comment_content")),
                           created, self.ctx.at(node.line))
        message.kind = "reply"
        message.thread = post.id
        message.title = post.title
        message.author, message.author_name = self.comment_author(node)
        if parent and parent != "0":
            message.reply_to = f"comment-{parent}"
            message.reply_to_author = authors.get(parent)
        else:
            message.reply_to = post.id
            message.reply_to_author = post.author
        return message

    def not_a_message(self, node: Node) -> str | None:
        """Why a comment is not a message (pingback, spam, ...), or None when it is one."""
        kind = node.get("wp:comment_type")
        if kind in ("pingback", "trackback"):
            return kind
        approved = node.get("wp:comment_approved") or "1"
        if approved == "0" and self.ctx.options.include_unapproved:
            return None
        if approved != "1":
            return _NOT_APPROVED.get(approved, f"{approved} comment")
        return None


def _post_id(node: Node, line: int) -> str:
    """`post-<wp:post_id>`; hand-made exports may lack it: then the `?p=N` of the link, else
    `post@<line>` (stable for the file)."""
    if post_id := node.get("wp:post_id"):
        return f"post-{post_id}"
    if found := _LINK_ID.search(node.get("link")):
        return f"post-{found.group(1)}"
    return f"post@{line}"


def _date(node: Node, gmt: str, local: str) -> datetime | None:
    """The element's UTC time from its _gmt field, else its local one; None when neither."""
    value = node.get(gmt)
    if not value or value == _ZERO_DATE:
        value = node.get(local)
    if value == _ZERO_DATE:
        return None
    return parse_time(value)


def _message(message_id: str, text: str, created: datetime | None, where: Provenance) -> Message:
    return Message(
        id=message_id,
        text=text,
        platform="wordpress",
        created_at=created,
        mentions=find_mentions(text),
        urls=find_urls(text),
        hashtags=find_hashtags(text),
        source=where,
    )

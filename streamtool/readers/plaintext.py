"""Plain-text threads: a blog post with its comments, pasted as text (`.txt` / `.text`).

One message per paragraph (paragraphs are separated by blank lines; a file without blank lines
has one message per line). A leading `Name:` or `@handle:` sets the author. The first message is
the post and every other one replies to it: one thread per file, ids `<stem>:<n>`.

What a blogger pastes is understood too: a title line, "Posted by Deb on May 4, 2026", and
comments introduced by a name and a date line ("May 4, 2026 at 9:12 am") or "Mike says:". When
a file has such header lines, they (not blank lines) separate the messages, so a comment may run
to several paragraphs; theme noise ("Reply", "5 Comments") is dropped and "-- Name" signatures
name the author.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from ..model import Message
from . import register
from ._textheads import (
    Header,
    inline_author,
    is_noise,
    looks_like_name,
    looks_like_title,
    separator,
    signature,
)
from .base import FileContext, Reader
from .normalize import find_hashtags, find_mentions, find_urls, tidy
from .sources import STDIN_NAME, Source, iter_lines


@dataclass
class _Draft:
    """A message being gathered, line by line."""

    line: int  #: where it starts, for provenance
    author: str | None = None
    created_at: datetime | None = None
    lines: list[str] = field(default_factory=list)
    title: str | None = None

    @property
    def has_text(self) -> bool:
        return any(line.strip() for line in self.lines)


@register
class PlainTextReader(Reader):
    name = "text"
    description = "plain-text thread (.txt): a post and its comments, one per paragraph"
    platform = "text"
    priority = 95  # by file extension only, and after everything that looks at content

    def sniff(self, source: Source) -> bool:
        return source.filename.lower().endswith((".txt", ".text"))

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        has_blank, separators = _survey(source, ctx)
        stem = "stdin" if source.name == STDIN_NAME else PurePosixPath(source.filename).stem
        thread = _Thread(stem, ctx, titles=has_blank)
        with source.open_text() as stream:
            lines = ((n, line.rstrip("\r\n")) for n, line in iter_lines(stream) if line is not None)
            if separators >= 2:
                drafts = _by_headers(lines)
            else:
                drafts = _by_paragraphs(lines, split_lines=not has_blank)
            for draft in drafts:
                if (message := thread.add(draft)) is not None:
                    yield message
            if (message := thread.finish()) is not None:
                yield message


def _survey(source: Source, ctx: FileContext) -> tuple[bool, int]:
    """(any blank line?, how many header lines) — which way the file separates messages.
    Overlong lines are counted as malformed here, once."""
    has_blank, separators = False, 0
    with source.open_text() as stream:
        for number, line in iter_lines(stream):
            if line is None:
                ctx.malformed(number, "line too long")
            elif not line.strip():
                has_blank = True
            elif separator(line) is not None:
                separators += 1
    return has_blank, separators


def _by_paragraphs(lines: Iterator[tuple[int, str]], split_lines: bool) -> Iterator[_Draft]:
    """One draft per paragraph (or per line); a first line "Name:" / header sets the author."""
    draft: _Draft | None = None
    for number, line in lines:
        if not line.strip() or (split_lines and draft is not None):
            if draft is not None:
                yield draft
            draft = None
            if not line.strip():
                continue
        if draft is None:
            draft = _Draft(number)
            head = separator(line) if not split_lines else None
            head = head or inline_author(line)
            if head is not None:
                _apply(draft, head)
                continue
        draft.lines.append(line)
    if draft is not None:
        yield draft


def _by_headers(lines: Iterator[tuple[int, str]]) -> Iterator[_Draft]:
    """Drafts separated by header lines; a lone name line just above a date is its author."""
    draft = _Draft(1)
    for number, line in lines:
        head = separator(line)
        if head is None:
            if not draft.has_text and draft.title is None and line.strip():
                draft.line = number
            draft.lines.append(line)
            continue
        author = None
        if head.author is None and _last_is_name(draft.lines):
            author = draft.lines.pop().strip()
        if _only_title(draft, head):
            draft.title = draft.lines.pop(-1 if draft.lines[-1].strip() else -2).strip()
            draft.lines.clear()
        elif draft.has_text:
            yield draft
            draft = _Draft(number)
        _apply(draft, head, author)
    yield draft


def _last_is_name(lines: list[str]) -> bool:
    """The last line is a name standing alone in its paragraph."""
    if not lines or not looks_like_name(lines[-1]):
        return False
    return len(lines) == 1 or not lines[-2].strip()


def _only_title(draft: _Draft, head: Header) -> bool:
    """A byline under a lone title line: the title and byline belong to one post."""
    texts = [line for line in draft.lines if line.strip()]
    return head.byline and len(texts) == 1 and looks_like_title(texts[0]) and not draft.author


def _apply(draft: _Draft, head: Header, author: str | None = None) -> None:
    draft.author = draft.author or head.author or author
    draft.created_at = draft.created_at or head.created_at
    if head.rest:
        draft.lines.append(head.rest)


class _Thread:
    """Turns drafts into Messages: the first is the post, the rest reply to it.

    Before the post, a lone title line or a byline is held back and given to the post.
    """

    def __init__(self, stem: str, ctx: FileContext, titles: bool) -> None:
        self.titles = titles  #: one-line-per-message files (a list of tweets) have no title
        self.stem = stem
        self.ctx = ctx
        self.count = 0
        self.post: Message | None = None
        self.held: _Draft | None = None  #: a title or byline waiting for the post's body

    def add(self, draft: _Draft) -> Message | None:
        lines = [line for line in draft.lines if not is_noise(line)]
        while lines and not lines[-1].strip():
            lines.pop()
        if lines and (name := signature(lines[-1])):
            lines.pop()
            draft.author = draft.author or name
        if self.post is None:
            draft = self._before_post(draft, lines)
            if draft is None:
                return None
            if draft.title is None and self.titles and _title_first(lines):
                draft.title = lines.pop(0).strip()
        text = tidy("\n".join(lines))
        if not text:
            if draft.author or draft.created_at:
                self.ctx.skip("header without text")
            return None
        return self._message(draft, text)

    def _before_post(self, draft: _Draft, lines: list[str]) -> _Draft | None:
        """Hold a title-only or byline-only draft; merge what was held into the next one."""
        texts = [line for line in lines if line.strip()]
        alone = (self.titles and len(texts) == 1 and looks_like_title(texts[0])
                 and not draft.author)
        if self.held is None and (not texts or alone) and (draft.author or draft.created_at
                                                            or alone):
            if alone:
                draft.title, draft.lines = texts[0].strip(), []
                lines.clear()
            self.held = draft
            return None
        if self.held is not None:
            held, self.held = self.held, None
            draft.title = draft.title or held.title
            draft.author = draft.author or held.author
            draft.created_at = draft.created_at or held.created_at
            draft.line = min(draft.line, held.line)
        return draft

    def finish(self) -> Message | None:
        """A held title with nothing after it was the whole post after all."""
        held, self.held = self.held, None
        if held is None or not held.title:
            return None
        return self._message(held, held.title, title=None)

    def _message(self, draft: _Draft, text: str, title: str | None = "draft") -> Message:
        self.count += 1
        message = Message(
            id=f"{self.stem}:{self.count}",
            text=text,
            platform="text",
            thread=f"{self.stem}:1",
            author=draft.author,
            created_at=draft.created_at,
            title=draft.title if title == "draft" else title,
            mentions=find_mentions(text),
            urls=find_urls(text),
            hashtags=find_hashtags(text),
            source=self.ctx.at(draft.line),
        )
        if self.post is None:
            self.post = message
        else:
            message.kind = "reply"
            message.reply_to = self.post.id
            message.reply_to_author = self.post.author
            message.title = self.post.title
        return message


def _title_first(lines: list[str]) -> bool:
    """The post opens with a title line set apart by a blank line from the body below it."""
    return len(lines) >= 3 and looks_like_title(lines[0]) and not lines[1].strip()

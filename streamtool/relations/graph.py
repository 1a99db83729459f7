"""From messages to interactions: who addressed whom, in which message, and when.

One pass over the stream resolves every message's targets: the parent's author for a reply
(`reply_to_author`, else the parent looked up in the stream), the reposted author for a repost
(the `RT @x:` prefix first), and the people mentioned. Each (message, target) pair is one `Act`
of exactly one kind, so a reply that also @-mentions the person it answers counts once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Message
from .records import Edge, EdgeKind

#: A manual or old-style retweet: the reposted author leads the text.
_RT = re.compile(r"^\s*RT @([A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]+)?):?", re.IGNORECASE)


def key_of(handle: str | None) -> str | None:
    """The case-insensitive key of a handle ("@Deb" and "deb" are one person)."""
    if handle is None:
        return None
    key = handle.strip().lstrip("@").lower()
    return key or None


@dataclass(slots=True)
class Act:
    """One direct interaction: message `index` by `source` addresses `target`."""

    index: int
    source: str
    target: str
    kind: EdgeKind
    at: datetime | None


@dataclass
class Stream:
    """The messages kept for analysis and everything resolved about them."""

    messages: list[Message] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  #: author key per message
    threads: list[str | None] = field(default_factory=list)  #: (platform-qualified) thread key
    parents: list[int | None] = field(default_factory=list)  #: index of the parent, if in stream
    acts: list[Act] = field(default_factory=list)
    display: dict[str, str] = field(default_factory=dict)  #: key -> first spelling seen
    names: dict[str, str] = field(default_factory=dict)  #: key -> display name
    skipped: Counter[str] = field(default_factory=Counter)
    unresolved_replies: int = 0  #: replies whose parent's author is unknown
    unresolved_reposts: int = 0  #: reposts whose original author is unknown

    _keys: dict[str, str] = field(default_factory=dict)  #: raw handle -> key, a cache

    def see(self, handle: str) -> str:
        """The key of a handle, remembering its first spelling for display."""
        key = self._keys.get(handle)
        if key is None:
            key = self._keys[handle] = key_of(handle) or ""
            self.display.setdefault(key, handle.strip().lstrip("@"))
        return key


def build(messages: Sequence[Message], bots: Collection[str]) -> Stream:
    """Keep the messages that have a (non-bot) author and resolve their interactions."""
    bot_keys = {k for k in map(key_of, bots) if k}
    stream = Stream()
    index: dict[tuple[str, str], int] = {}
    for message in messages:
        author = stream.see(message.author) if message.author else ""
        if not author:
            stream.skipped["no author"] += 1
            continue
        if author in bot_keys:
            stream.skipped["bot"] += 1
            continue
        if message.author_name and author not in stream.names:
            stream.names[author] = message.author_name
        index[(message.platform, message.id)] = len(stream.messages)
        stream.messages.append(message)
        stream.authors.append(author)
        thread = message.thread or (message.id if message.kind == "post" else None)
        stream.threads.append(f"{message.platform}\x1f{thread}" if thread else None)
    for i, message in enumerate(stream.messages):
        parent = index.get((message.platform, message.reply_to)) if message.reply_to else None
        stream.parents.append(parent)
        _resolve(stream, i, message, parent, bot_keys)
    return stream


def _resolve(
    stream: Stream, i: int, message: Message, parent: int | None, bots: set[str]
) -> None:
    """Add the Acts of message i: its reply or repost target first, then its mentions."""
    author = stream.authors[i]
    targets: dict[str, EdgeKind] = {}
    rt = _RT.match(message.text or "")
    if message.kind == "repost" or rt:
        handle = rt.group(1) if rt else _parent_author(stream, message, parent)
        if handle:
            targets[stream.see(handle)] = "repost"
        else:
            stream.unresolved_reposts += 1
    elif message.kind == "reply" or message.reply_to:
        handle = _parent_author(stream, message, parent)
        if handle:
            targets[stream.see(handle)] = "reply"
        else:
            stream.unresolved_replies += 1
    if not targets or "reply" in targets.values():
        # A repost's other mentions are the original author's words, not the reposter's.
        for handle in message.mentions:
            key = stream.see(handle)
            targets.setdefault(key, "mention")
    at = message.created_at
    for target, kind in targets.items():
        if target and target != author and target not in bots:
            stream.acts.append(Act(i, author, target, kind, at))


def _parent_author(stream: Stream, message: Message, parent: int | None) -> str | None:
    if message.reply_to_author:
        return message.reply_to_author
    if parent is not None:
        return stream.display[stream.authors[parent]]
    return None


def edges(stream: Stream) -> list[Edge]:
    """The directed graph: one Edge per (source, target, kind), most used first."""
    found: dict[tuple[str, str, str], Edge] = {}
    for act in stream.acts:
        key = (act.source, act.target, act.kind)
        edge = found.get(key)
        if edge is None:
            edge = found[key] = Edge(*key)
        edge.count += 1
        if act.at is not None:
            edge.first = act.at if edge.first is None else min(edge.first, act.at)
            edge.last = act.at if edge.last is None else max(edge.last, act.at)
        for label in behaviours_of(stream.messages[act.index]):
            edge.behaviours[label] = edge.behaviours.get(label, 0) + 1
    return sorted(found.values(), key=lambda e: (-e.count, e.source, e.target, e.kind))


def behaviours_of(message: Message) -> list[str]:
    """The behaviours the tagger found in a message (none when it is untagged)."""
    return message.tags.behaviours if message.tags is not None else []

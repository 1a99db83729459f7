"""What the Twitter readers share: v1-style tweet dicts to Messages, t.co expansion, threads.

API v1.1 tweets, the archive's `tweets.js` tweets and the legacy Grailbird tweets are one
shape (`id_str`, `full_text`/`text`, `entities`, `in_reply_to_*`, `retweeted_status`), so
one function turns any of them into a Message. Not a reader itself (no `@register`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from ..model import Message, Provenance
from .base import FileContext
from .normalize import find_hashtags, find_mentions, find_urls, parse_time, tidy
from .sources import Source

PLATFORM = "twitter"

#: Top-level keys of the non-tweet lines a v1.1 stream interleaves with tweets.
STREAM_CONTROL = frozenset({
    "delete", "limit", "scrub_geo", "status_withheld", "user_withheld", "warning",
    "disconnect", "friends", "friends_str", "event", "for_user", "control", "direct_message",
})


#: A line longer than this is reported as malformed rather than held in memory.
MAX_LINE_CHARS = 64 * 1024 * 1024


def json_lines(source: Source, ctx: FileContext) -> Iterator[tuple[int, Any]]:
    """(line number, decoded value) for each non-blank line of a JSON-lines file.

    Lines that are not JSON, or too long to hold, are reported to ctx.malformed and skipped.
    """
    with source.open_text() as stream:
        number = 0
        while line := stream.readline(MAX_LINE_CHARS + 1):
            number += 1
            if len(line) > MAX_LINE_CHARS and not line.endswith("\n"):
                while (rest := stream.readline(MAX_LINE_CHARS)) and not rest.endswith("\n"):
                    pass  # let the rest of the huge line go by
                ctx.malformed(number, f"line too long: over {MAX_LINE_CHARS:,} characters")
                continue
            if number == 1:
                line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            try:
                yield number, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                ctx.malformed(number, f"bad JSON: {exc}")


def first_json_line(head: str) -> Any:
    """The first line of a sniffed head decoded as JSON, or None when it is cut or not JSON."""
    first = head.lstrip().split("\n", 1)[0]
    try:
        return orjson.loads(first)
    except orjson.JSONDecodeError:
        return None


_MONTHS = {m: n for n, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_V1_TIME = re.compile(r"\w{3} (\w{3}) (\d\d) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d) (\d{4})")


def twitter_time(value: Any) -> datetime | None:
    """parse_time, with a fast path for v1's "Wed Oct 10 20:19:24 +0000 2018" (strptime is a
    third of a v1 reader's time)."""
    match = _V1_TIME.fullmatch(value) if isinstance(value, str) else None
    if match is None or match.group(1) not in _MONTHS:
        return parse_time(value)
    mon, day, hh, mm, ss, sign, oh, om, year = match.groups()
    offset = timedelta(hours=int(oh), minutes=int(om)) * (1 if sign == "+" else -1)
    try:
        local = datetime(int(year), _MONTHS[mon], int(day), int(hh), int(mm), int(ss), tzinfo=UTC)
    except ValueError:
        return parse_time(value)  # e.g. "Feb 30": let parse_time word the error
    return local - offset


def as_id(value: Any) -> str | None:
    """A tweet or user id as a string (v1 gives numbers, archives strings), or None."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | str):
        return str(value)
    return None


def expand_tco(text: str, pairs: Iterable[tuple[Any, Any]]) -> str:
    """Replace each shortened t.co link in `text` by its expanded URL."""
    for short, expanded in pairs:
        if isinstance(short, str) and short and isinstance(expanded, str) and expanded:
            text = text.replace(short, expanded)
    return text


# Only text holding one of these needs tidy(); most tweets are one line of single spaces.
_UNTIDY = re.compile(r"[\t\n\r\f\v\u00a0\u200b]|  ")


def tweet_text(raw: str, link_pairs: Iterable[tuple[Any, Any]]) -> str:
    """Plain text of a tweet: entities unescaped ("&amp;"), t.co links expanded, tidied."""
    text = expand_tco(html.unescape(raw) if "&" in raw else raw, link_pairs)
    return tidy(text) if _UNTIDY.search(text) else text.strip()


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _v1_body(tweet: dict) -> tuple[str, dict, list]:
    """(raw text, entities, media) of a v1 tweet, preferring the untruncated extended_tweet."""
    ext = _dict(tweet.get("extended_tweet"))
    raw = ext.get("full_text") or tweet.get("full_text") or tweet.get("text")
    if not isinstance(raw, str):
        raise ValueError("no text")
    entities = _dict(ext.get("entities")) if ext else _dict(tweet.get("entities"))
    extended = _dict(ext.get("extended_entities") or tweet.get("extended_entities"))
    media = _list(extended.get("media") or entities.get("media"))
    return raw, entities, media


def _links(entities: dict, media: list) -> tuple[list[tuple[Any, Any]], list[str] | None]:
    """(t.co -> expanded pairs for the text, expanded URLs for Message.urls: not media).

    The URL list is None when the tweet has no URL entities at all (found in the text then).
    """
    urls = [u for u in _list(entities.get("urls")) if isinstance(u, dict)]
    pairs = [(u.get("url"), u.get("expanded_url")) for u in urls]
    pairs += [(m.get("url"), m.get("expanded_url")) for m in media if isinstance(m, dict)]
    if "urls" not in entities:
        return pairs, None
    return pairs, _unique(u.get("expanded_url") for u in urls)


def v1_message(
    tweet: dict, where: Provenance, *, author: str | None = None, author_name: str | None = None
) -> Message:
    """A Message from a v1-style tweet; `author` overrides `user` (an archive's owner).

    Raises ValueError naming what is missing or wrong (no id, no text, bad date).
    """
    tid = as_id(tweet.get("id_str")) or as_id(tweet.get("id"))
    if tid is None:
        raise ValueError("no id")
    raw, entities, media = _v1_body(tweet)
    pairs, urls = _links(entities, media)
    text = tweet_text(raw, pairs)
    retweeted = _dict(tweet.get("retweeted_status"))
    rt_author = _dict(retweeted.get("user")).get("screen_name")
    if retweeted and isinstance(rt_author, str):
        # v1 cuts "RT @x: ..." at 140 characters: rebuild it from the original, whose
        # entities then stand for the retweet's (plus the retweeted author's handle).
        rt_raw, rt_entities, rt_media = _v1_body(retweeted)
        rt_pairs, urls = _links(rt_entities, rt_media)
        text = f"RT @{rt_author}: {tweet_text(rt_raw, rt_pairs)}"
        mentions = [{"screen_name": rt_author}, *_list(rt_entities.get("user_mentions"))]
        entities = {**rt_entities, "user_mentions": mentions}
    user = _dict(tweet.get("user"))
    reply_to = as_id(tweet.get("in_reply_to_status_id_str")) or as_id(
        tweet.get("in_reply_to_status_id")
    )
    is_repost = bool(retweeted) or raw.startswith("RT @")
    message = Message(
        id=tid,
        text=text,
        platform=PLATFORM,
        kind="repost" if is_repost else "reply" if reply_to else "post",
        author=author or _str(user.get("screen_name")),
        author_name=author_name or _str(user.get("name")),
        created_at=twitter_time(tweet.get("created_at")),
        reply_to=reply_to,
        reply_to_author=_str(tweet.get("in_reply_to_screen_name")) if reply_to else None,
        mentions=_entity_values(entities, "user_mentions", "screen_name", find_mentions, text),
        urls=find_urls(text) if urls is None else urls,
        hashtags=_entity_values(entities, "hashtags", "text", find_hashtags, text),
        source=where,
    )
    return message


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _entity_values(entities: dict, kind: str, key: str,
                   fallback: Callable[[str], list[str]], text: str) -> list[str]:
    """The entity list's values; found in the text when the tweet has no such entities."""
    if kind not in entities:
        return fallback(text)
    return _unique(e.get(key) for e in _list(entities.get(kind)) if isinstance(e, dict))


def _unique(values: Iterable[Any]) -> list[str]:
    return list(dict.fromkeys(v for v in values if isinstance(v, str) and v))


class Threads:
    """Assigns `Message.thread`: a post or repost is its own thread; a reply joins the thread
    of its parent when the parent was seen in the same file, else its parent's id.

    Readers of unordered files (archives, newest first) call `learn` for every tweet in a first
    pass; streams call `assign` in order and the parent, if present, came earlier. At most
    `limit` replies are remembered (oldest forgotten first), so memory stays bounded.
    """

    def __init__(self, limit: int = 500_000) -> None:
        self._up: dict[str, str] = {}  # reply id -> its parent, or (once resolved) its thread
        self._limit = limit

    def learn(self, message_id: str, reply_to: str | None) -> None:
        if reply_to and reply_to != message_id:
            if len(self._up) >= self._limit:
                del self._up[next(iter(self._up))]
            self._up[message_id] = reply_to

    def assign(self, message: Message) -> Message:
        """Set message.thread (unless the format gave one) and return the message."""
        if message.thread:
            return message
        if message.kind != "reply" or not message.reply_to:
            message.thread = message.id
            return message
        self.learn(message.id, message.reply_to)
        message.thread = self._root(message.id)
        return message

    def _root(self, message_id: str) -> str:
        path = [message_id]
        node = self._up[message_id]
        while node in self._up and len(path) < 10_000:  # cycles in bad data end here
            path.append(node)
            node = self._up[node]
        for seen in path:  # path compression: the next lookup is one step
            self._up[seen] = node
        return node

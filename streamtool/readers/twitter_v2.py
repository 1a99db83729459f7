"""Twitter API v2 as twarc2 writes it: JSON lines holding response pages or single tweets.

A page is `{"data": [...], "includes": {"users": [...], "tweets": [...]}, "meta": ...}` (a
filtered stream gives one tweet as `data`); `twarc2 flatten` writes one tweet per line with
its `author` (and referenced tweets) embedded. Handles come from `includes.users` or the
embedded objects; `conversation_id` is the thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..model import Message, Provenance
from . import register
from .base import FileContext, Reader
from .normalize import find_hashtags, find_mentions, find_urls, parse_time
from .sources import Source
from .twitter_common import PLATFORM, Threads, as_id, first_json_line, json_lines, tweet_text

_V2_HINT = re.compile(
    r'"(?:author_id|edit_history_tweet_ids|conversation_id)"\s*:|api\.twitter\.com/2/'
)
_RT_PREFIX = re.compile(r"RT @(\w+):")


@register
class TwitterV2Reader(Reader):
    name = "twitter_v2"
    description = "Twitter API v2 / twarc2 JSONL: response pages or flattened tweets"
    platform = PLATFORM
    priority = 30

    def sniff(self, source: Source) -> bool:
        head = source.head_text().lstrip()
        if not head.startswith("{"):
            return False
        record = first_json_line(head)
        if isinstance(record, dict):
            return _is_page(record) or _is_flat_tweet(record) or _is_error_page(record)
        # A page is often longer than the sniffed head: judge by its opening and its keys.
        return bool(re.match(r'\{\s*"(?:data|errors|includes|meta)"\s*:', head)) and bool(
            _V2_HINT.search(head)
        )

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        threads = Threads()
        for number, record in json_lines(source, ctx):
            for message in _line_messages(record, number, ctx):
                yield threads.assign(message)


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _is_tweet(value: Any) -> bool:
    return isinstance(value, dict) and "id" in value and ("text" in value or "note_tweet" in value)


def _is_page(record: dict) -> bool:
    data = record.get("data")
    tweets = data if isinstance(data, list) else [data]
    return "data" in record and all(_is_tweet(t) for t in tweets[:1])


def _is_flat_tweet(record: dict) -> bool:
    return _is_tweet(record) and ("author_id" in record or "edit_history_tweet_ids" in record)


def _is_error_page(record: dict) -> bool:
    return "data" not in record and isinstance(record.get("errors"), list) and (
        "api.twitter.com/2/" in str(record["errors"][:1]) or "includes" in record
    )


class _Lookup:
    """Users and tweets a line carries beside its tweets (page includes or flat embeds)."""

    def __init__(self, record: dict) -> None:
        includes = _dict(record.get("includes"))
        self.users = {u.get("id"): u for u in _list(includes.get("users")) if isinstance(u, dict)}
        self.tweets = {t.get("id"): t for t in _list(includes.get("tweets")) if isinstance(t, dict)}

    def learn_flat(self, tweet: dict) -> None:
        """twarc2 flatten embeds `author`, `in_reply_to_user` and full referenced tweets."""
        for key in ("author", "in_reply_to_user"):
            user = _dict(tweet.get(key))
            if user.get("id"):
                self.users.setdefault(user["id"], user)
        for ref in _list(tweet.get("referenced_tweets")):
            if isinstance(ref, dict) and "text" in ref:
                self.tweets.setdefault(ref.get("id"), ref)
                self.learn_flat(ref)

    def handle(self, user_id: Any) -> str | None:
        name = _dict(self.users.get(user_id)).get("username")
        return name if isinstance(name, str) else None


def _line_messages(record: Any, number: int, ctx: FileContext) -> Iterator[Message]:
    if not isinstance(record, dict):
        ctx.malformed(number, f"not a v2 tweet or page: a JSON {type(record).__name__}")
        return
    lookup = _Lookup(record)
    if "data" in record:
        data = record["data"]
        tweets = data if isinstance(data, list) else [data]
    elif _is_tweet(record):
        tweets = [record]
    elif "errors" in record:
        ctx.skip("API errors page")
        return
    elif "meta" in record:
        ctx.skip("page without tweets")
        return
    else:
        ctx.malformed(number, "not a v2 tweet or page: no 'data', 'id' or 'errors'")
        return
    for tweet in tweets:  # a page's own tweets may be what its retweets and replies refer to
        if isinstance(tweet, dict):
            lookup.tweets.setdefault(tweet.get("id"), tweet)
    for tweet in tweets:
        if not isinstance(tweet, dict):
            ctx.malformed(number, "bad tweet: not an object")
            continue
        lookup.learn_flat(tweet)
        try:
            yield _message(tweet, lookup, ctx.at(number))
        except ValueError as exc:
            ctx.malformed(number, f"bad tweet: {exc} (id {tweet.get('id', '?')})")


def _body(tweet: dict) -> tuple[str, dict]:
    """(raw text, entities), preferring a long tweet's untruncated `note_tweet`."""
    note = _dict(tweet.get("note_tweet"))
    raw = note.get("text") or tweet.get("text")
    if not isinstance(raw, str):
        raise ValueError("no text")
    return raw, _dict(note.get("entities")) if note else _dict(tweet.get("entities"))


def _message(tweet: dict, lookup: _Lookup, where: Provenance) -> Message:
    """A Message from one v2 tweet; ValueError says what is missing or wrong."""
    tid = as_id(tweet.get("id"))
    if tid is None:
        raise ValueError("no id")
    raw, entities = _body(tweet)
    links = [u for u in _list(entities.get("urls")) if isinstance(u, dict)]
    text = tweet_text(raw, [(u.get("url"), u.get("expanded_url")) for u in links])
    refs = {r.get("type"): as_id(r.get("id")) for r in _list(tweet.get("referenced_tweets"))
            if isinstance(r, dict)}
    kind = "repost" if "retweeted" in refs else "reply" if refs.get("replied_to") else "post"
    if kind == "repost":
        original = lookup.tweets.get(refs["retweeted"])
        text, entities, links = _retweet(text, entities, links, original, lookup)
    author_id = tweet.get("author_id") or _dict(tweet.get("author")).get("id")
    user = _dict(lookup.users.get(author_id))
    reply_to = refs.get("replied_to") if kind == "reply" else None
    parent = _dict(lookup.tweets.get(reply_to))
    return Message(
        id=tid,
        text=text,
        platform=PLATFORM,
        thread=as_id(tweet.get("conversation_id")),
        kind=kind,
        author=user.get("username") or None,
        author_name=user.get("name") or None,
        created_at=parse_time(tweet.get("created_at")),
        reply_to=reply_to,
        reply_to_author=(lookup.handle(tweet.get("in_reply_to_user_id"))
                         or lookup.handle(parent.get("author_id"))) if reply_to else None,
        mentions=_values(entities, "mentions", "username", find_mentions, text),
        urls=_urls(links) if "urls" in entities else find_urls(text),
        hashtags=_values(entities, "hashtags", "tag", find_hashtags, text),
        source=where,
    )


def _retweet(text: str, entities: dict, links: list[dict], original: dict | None,
             lookup: _Lookup) -> tuple[str, dict, list[dict]]:
    """v2 cuts a retweet's text at 140 characters: rebuild "RT @x: ..." from the original,
    whose entities then stand for the retweet's (plus the retweeted author's handle)."""
    if not original:
        return text, entities, links
    try:
        raw, original_entities = _body(original)
    except ValueError:
        return text, entities, links
    handle = lookup.handle(original.get("author_id"))
    if handle is None:
        match = _RT_PREFIX.match(text)
        handle = match.group(1) if match else None
    if handle is None:
        return text, entities, links
    original_links = [u for u in _list(original_entities.get("urls")) if isinstance(u, dict)]
    full = tweet_text(raw, [(u.get("url"), u.get("expanded_url")) for u in original_links])
    mentions = [{"username": handle}] + _list(original_entities.get("mentions"))
    return f"RT @{handle}: {full}", {**original_entities, "mentions": mentions}, original_links


def _values(entities: dict, kind: str, key: str, fallback: Callable[[str], list[str]],
            text: str) -> list[str]:
    """The entity list's values; found in the text when the tweet has no such entities."""
    if kind not in entities:
        return fallback(text)
    values = [e.get(key) for e in _list(entities.get(kind)) if isinstance(e, dict)]
    return list(dict.fromkeys(v for v in values if isinstance(v, str) and v))


def _urls(links: list[dict]) -> list[str]:
    """Expanded link URLs; attached photos and videos (`media_key`) are not links."""
    return list(dict.fromkeys(
        u["expanded_url"] for u in links
        if isinstance(u.get("expanded_url"), str) and "media_key" not in u
    ))

"""Which CSV column holds what: the names twarc-csv and common exports give their columns.

Kept apart from the reader because the list is data that grows as users bring new exports.
Names are compared after lower-casing and turning spaces and dashes into underscores, so
"Created At", "created-at" and "created_at" are one name.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, fields

#: Field -> column names, most specific first. twarc-csv's dotted names come before generic ones.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "full_text", "body", "message", "content", "comment", "comment_content",
             "tweet", "tweet_text", "post", "msg"),
    "id": ("id", "id_str", "message_id", "post_id", "tweet_id", "comment_id", "msg_id", "row_id",
           "response_id", "entry_id", "record_id", "uuid"),
    "author": ("author.username", "username", "screen_name", "user_screen_name", "handle",
               "author", "user", "user_name", "author_username", "from", "sender", "name"),
    "author_name": ("author.name", "author_name", "display_name", "real_name", "full_name",
                    "user_display_name", "name"),
    "created_at": ("created_at", "date", "timestamp", "time", "datetime", "date_time",
                   "posted_at", "published", "created", "sent_at"),
    "reply_to": ("referenced_tweets.replied_to.id", "reply_to", "in_reply_to", "parent",
                 "parent_id", "in_reply_to_id", "reply_to_id", "in_reply_to_status_id",
                 "to_tweetid", "comment_parent"),
    "reply_to_author": ("in_reply_to_username", "in_reply_to_user.username", "reply_to_author",
                        "in_reply_to_screen_name", "reply_to_user", "parent_author",
                        "to_username"),
    "thread": ("conversation_id", "thread", "thread_id", "conversation", "thread_ts"),
    "title": ("title", "subject", "thread_title"),
    "reposted": ("referenced_tweets.retweeted.id", "retweeted_id", "retweeted_status_id"),
    "reposted_author": ("retweeted_username", "retweeted_user.username"),
    "referenced": ("referenced_tweets",),
    "mentions": ("entities.mentions",),
    "hashtags": ("entities.hashtags",),
    "urls": ("entities.urls",),
}

#: Columns only twarc-csv writes: any one of them marks the file as tweets.
_TWARC_MARKS = {"author.username", "referenced_tweets.replied_to.id",
                "referenced_tweets.retweeted.id", "public_metrics.like_count", "author.id"}


@dataclass
class Columns:
    """Index of the column for each field, or None when the table has no such column."""

    text: int | None = None
    id: int | None = None
    author: int | None = None
    author_name: int | None = None
    created_at: int | None = None
    reply_to: int | None = None
    reply_to_author: int | None = None
    thread: int | None = None
    title: int | None = None
    reposted: int | None = None
    reposted_author: int | None = None
    referenced: int | None = None
    mentions: int | None = None
    hashtags: int | None = None
    urls: int | None = None

    @property
    def known(self) -> int:
        """How many fields were found: the measure of a good delimiter guess."""
        return sum(getattr(self, f.name) is not None for f in fields(self))


def normalise(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().strip('"').lstrip("\ufeff").strip().lower())


def header_names(line: str, delimiter: str) -> list[str]:
    """The normalised column names of a header line."""
    try:
        row = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []
    return [normalise(name) for name in row]


def find_columns(names: list[str]) -> Columns:
    """Map fields to columns by name; a column serves one field (author wins `name` first)."""
    position = {}
    for index, name in enumerate(names):
        position.setdefault(name, index)
    columns = Columns()
    used: set[int] = set()
    for field_name, aliases in ALIASES.items():
        for alias in aliases:
            index = position.get(alias)
            if index is not None and index not in used:
                setattr(columns, field_name, index)
                used.add(index)
                break
    return columns


def twarc_layout(names: list[str]) -> bool:
    """True for a table written by twarc-csv (tweets, not some other table)."""
    return bool(_TWARC_MARKS.intersection(names))

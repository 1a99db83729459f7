"""The one vocabulary every layer speaks: a `Message`, wherever it came from.

Readers turn each export format into `Message`s at the edge; tagging, relations and reports
see only these fields, never the platform's own JSON or XML.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Literal

Kind = Literal["post", "reply", "repost"]
KINDS: tuple[Kind, ...] = ("post", "reply", "repost")

#: The seven small-town behaviours, in the order reports show them.
BEHAVIOURS: tuple[str, ...] = (
    "connecting",
    "extending",
    "networking",
    "reciprocity",
    "coopetition",
    "contexts",
    "shared_history",
)


@dataclass(slots=True, frozen=True)
class Provenance:
    """Where a message was read from, so any finding can be traced back to the export."""

    file: str  #: path as given (or "<stdin>", or "archive.zip!data/tweets.js")
    reader: str  #: registry name of the reader that produced it
    record: int  #: 1-based record number in that file (line number for line-based formats)


@dataclass(slots=True)
class Tags:
    """What the behaviour tagger found in one message."""

    behaviours: list[str] = field(default_factory=list)  #: labels over their threshold
    scores: dict[str, float] = field(default_factory=dict)  #: label -> 0..1
    evidence: dict[str, list[str]] = field(default_factory=dict)  #: label -> reasons
    polarity: float = 0.0  #: TextBlob polarity, -1..1
    subjectivity: float = 0.0  #: TextBlob subjectivity, 0..1
    model: str | None = None  #: version of the model that produced these tags


@dataclass(slots=True)
class Message:
    """One message in a conversation stream: a tweet, toot, blog post, comment or reply."""

    id: str  #: unique within the stream
    text: str  #: plain text: HTML stripped, entities unescaped, whitespace tidied, URLs kept
    platform: str = "unknown"  #: twitter, mastodon, wordpress, disqus, reddit, text, ...
    thread: str | None = None  #: conversation id shared by a post and all its replies
    kind: Kind = "post"  #: post starts a thread; reply answers; repost amplifies
    author: str | None = None  #: stable handle (no leading @)
    author_name: str | None = None  #: display name
    created_at: datetime | None = None  #: timezone-aware UTC
    reply_to: str | None = None  #: id of the parent, even when the parent is not in the stream
    reply_to_author: str | None = None  #: handle of the parent's author, when known
    mentions: list[str] = field(default_factory=list)  #: handles mentioned (no @)
    urls: list[str] = field(default_factory=list)  #: expanded URLs
    hashtags: list[str] = field(default_factory=list)  #: without the #
    #: a blog post's title, a toot's content warning, or the thread title a comment sits under
    title: str | None = None
    source: Provenance | None = None
    tags: Tags | None = None  #: filled in by the tagger

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the model's field names (dates as ISO 8601)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "created_at":
                value = value.isoformat() if value else None
            elif f.name == "source":
                value = (
                    {"file": value.file, "reader": value.reader, "record": value.record}
                    if value
                    else None
                )
            elif f.name == "tags":
                continue  # flattened below so tagged JSONL reads as one flat record
            out[f.name] = value
        if self.tags is not None:
            t = self.tags
            out.update(
                behaviours=t.behaviours,
                scores=t.scores,
                evidence=t.evidence,
                polarity=t.polarity,
                subjectivity=t.subjectivity,
                model=t.model,
            )
        return out

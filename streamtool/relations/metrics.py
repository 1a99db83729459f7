"""The health metrics: responsiveness, reciprocity, breadth, depth and warmth.

Each function takes what `analyse` has built and returns one record from records.py.
Formulas, ranges and reasons are in docs/health.md; keep the two in step.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from datetime import datetime

from ..model import BEHAVIOURS
from .graph import Stream, behaviours_of
from .records import Breadth, Depth, Host, Person, Reciprocity, Relationship, Responsiveness, Warmth


def infer_host(stream: Stream, given: str | None) -> Host | None:
    """The host: `given`, else the author of most posts if they wrote over half of them.

    A stream with no posts but a single author (an export of replies only) has that author
    as host. A stream of many people's posts (a search, a hashtag) has no host.
    """
    if given:
        key = given.strip().lstrip("@").lower()
        return Host(key, stream.display.get(key, given.strip().lstrip("@")), False, "given")
    posts = Counter(
        a for a, m in zip(stream.authors, stream.messages, strict=True) if m.kind == "post"
    )
    if posts:
        (top, count), *rest = posts.most_common(2)
        total = posts.total()
        if 2 * count > total:
            return Host(top, stream.display[top], True, f"wrote {count} of {total} posts")
        return None
    authors = set(stream.authors)
    if len(authors) == 1:
        only = authors.pop()
        return Host(only, stream.display[only], True, "the only author")
    return None


def first_responses(stream: Stream) -> list[float | None]:
    """Per message: seconds to its first reply by someone else, None if unanswered.

    A reply with no time still marks its parent answered (as NaN: answered, time unknown).
    """
    result: list[float | None] = [None] * len(stream.messages)
    for i, parent in enumerate(stream.parents):
        if parent is None or stream.authors[i] == stream.authors[parent]:
            continue
        asked, answered = stream.messages[parent].created_at, stream.messages[i].created_at
        seconds = (answered - asked).total_seconds() if asked and answered else math.nan
        current = result[parent]
        known = not math.isnan(seconds)
        if current is None or math.isnan(current) or (known and seconds < current):
            result[parent] = seconds
    return result


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `share` of values at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def responsiveness(
    stream: Stream, host: Host | None, responses: list[float | None]
) -> Responsiveness:
    """Answered share and time to first response over messages by others (not host, not reposts)."""
    result = Responsiveness()
    times: list[float] = []
    for i, message in enumerate(stream.messages):
        if message.kind == "repost" or (host and stream.authors[i] == host.key):
            continue
        result.messages += 1
        seconds = responses[i]
        if seconds is not None:
            result.answered += 1
            if not math.isnan(seconds):
                times.append(max(0.0, seconds))  # clock skew between platforms: never negative
    if times:
        result.median_first_response = float(statistics.median(times))
        result.p90_first_response = percentile(times, 0.9)
    result.host_reply_rate = host.reply_rate if host else None
    return result


def never_answered(stream: Stream, host: Host | None, responses: list[float | None]) -> list[str]:
    """Keys of people (not the host) none of whose messages got a reply, most messages first."""
    wrote: Counter[str] = Counter()
    answered: set[str] = set()
    for i, message in enumerate(stream.messages):
        author = stream.authors[i]
        if message.kind == "repost" or (host and author == host.key):
            continue
        wrote[author] += 1
        if responses[i] is not None:
            answered.add(author)
    busiest = sorted(wrote.items(), key=lambda kv: (-kv[1], kv[0]))
    return [k for k, _ in busiest if k not in answered]


def host_metrics(stream: Stream, host: Host) -> None:
    """Fill in how the host treats commenters.

    A comment is a message by someone else that replies to or mentions the host, or replies
    in a thread the host started (reposts are not comments). It is answered when the host
    replied to it; a commenter is answered when the host replied to any of their messages.
    """
    host.messages = sum(1 for a in stream.authors if a == host.key)
    roots = {
        t: a for a, t, m in zip(stream.authors, stream.threads, stream.messages, strict=True)
        if t and m.kind == "post"
    }
    host_replies = _host_replies(stream, host.key)
    answered_comments = host_replies.keys()
    answered_people = {a.target for a in stream.acts if a.kind == "reply" and a.source == host.key}
    addressed = {a.index for a in stream.acts if a.kind != "repost" and a.target == host.key}
    commenters: Counter[str] = Counter()
    times: list[float] = []
    for i, message in enumerate(stream.messages):
        author = stream.authors[i]
        if author == host.key or message.kind == "repost":
            continue
        in_host_thread = message.kind == "reply" and roots.get(stream.threads[i]) == host.key
        if i in addressed or in_host_thread:
            commenters[author] += 1
            host.comments += 1
            if i in answered_comments:
                host.comments_answered += 1
                asked, answered = message.created_at, host_replies[i]
                if asked and answered:
                    times.append(max(0.0, (answered - asked).total_seconds()))
    host.median_response = float(statistics.median(times)) if times else None
    host.commenters = len(commenters)
    host.commenters_answered = sum(1 for k in commenters if k in answered_people)
    busiest = sorted(commenters.items(), key=lambda kv: (-kv[1], kv[0]))
    host.unanswered = [k for k, _ in busiest if k not in answered_people]


def _host_replies(stream: Stream, host: str) -> dict[int, datetime | None]:
    """Index of each message the host replied to -> time of the host's first reply to it."""
    first: dict[int, datetime | None] = {}
    for i, parent in enumerate(stream.parents):
        if parent is None or stream.authors[i] != host:
            continue
        at, seen = stream.messages[i].created_at, first.get(parent)
        if parent not in first or (at is not None and (seen is None or at < seen)):
            first[parent] = at
    return first


def reciprocity(rels: list[Relationship], people: dict[str, Person]) -> Reciprocity:
    """NodeXL's reciprocated vertex-pair ratio and edge ratio, and mean |give - take| balance."""
    result = Reciprocity()
    for rel in rels:
        if not rel.both_wrote:
            result.unobserved_pairs += 1
            continue
        result.pairs += 1
        result.reciprocated_pairs += rel.reciprocated
        result.directed_edges += (rel.a_to_b > 0) + (rel.b_to_a > 0)
        result.reciprocated_edges += 2 * rel.reciprocated
    balances = [abs(b) for p in people.values() if p.messages and (b := p.balance) is not None]
    result.mean_abs_balance = sum(balances) / len(balances) if balances else None
    return result


def breadth(
    stream: Stream, rels: list[Relationship], people: dict[str, Person], sampled: bool
) -> Breadth:
    """How many take part, how connected they are, and how evenly the talking is shared."""
    writes = sorted(Counter(stream.authors).values(), reverse=True)
    n = len(people)
    result = Breadth(
        participants=len(writes), people=n, ties=len(rels), betweenness_sampled=sampled
    )
    if n >= 2:
        result.density = len(rels) / (n * (n - 1) / 2)
    if writes:
        result.top_writers = max(1, math.ceil(0.1 * len(writes)))
        result.concentration = sum(writes[: result.top_writers]) / sum(writes)
    result.connectors = sum(1 for p in people.values() if p.betweenness > 0)
    return result


def depth(rels: list[Relationship], warmth: Warmth) -> Depth:
    """How much relationships go beyond one exchange."""
    return Depth(
        relationships=len(rels),
        repeat=sum(1 for r in rels if r.messages >= 2),
        multi_thread=sum(1 for r in rels if r.threads >= 2),
        multi_platform=sum(1 for r in rels if len(r.platforms) >= 2),
        shared_history_rate=warmth.profile.get("shared_history"),
        contexts_rate=warmth.profile.get("contexts"),
    )


def warmth(stream: Stream) -> Warmth:
    """Behaviour profile and mean tone over the messages the tagger has seen."""
    result = Warmth()
    counts: Counter[str] = Counter()
    showing = 0
    tone = 0.0
    for message in stream.messages:
        if message.tags is None:
            result.untagged += 1
            continue
        result.tagged += 1
        labels = set(behaviours_of(message))
        counts.update(labels)
        showing += bool(labels)
        tone += message.tags.polarity
    if result.tagged:
        result.profile = {b: counts[b] / result.tagged for b in BEHAVIOURS}
        result.any_behaviour = showing / result.tagged
        result.mean_tone = tone / result.tagged
    return result

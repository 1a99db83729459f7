"""Relationships: pairs of people, how strong their tie is, and whether it warms or cools.

Tie strength follows the Orbit community model: each direct interaction is worth 10, each
thread both people wrote in is worth 1, and every contribution decays by 0.9 for each whole
idle month (30 days) between it and `now`. See docs/health.md for the trend rule.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import combinations

from .graph import Stream, behaviours_of
from .records import Introduction, Relationship

DIRECT_WEIGHT = 10.0
THREAD_WEIGHT = 1.0
DECAY_PER_MONTH = 0.9
MONTH = timedelta(days=30)
#: Trend compares the last window with the one before it: 30 days, or half the span if shorter.
TREND_WINDOW = timedelta(days=30)
#: An introduction names few people; a message naming more is a broadcast, not an introduction.
MAX_NAMED_FOR_INTRODUCTION = 5


def decay(at: datetime | None, now: datetime | None) -> float:
    """0.9 ** whole idle months from `at` to `now`; 1.0 when either is unknown or at >= now."""
    if at is None or now is None or at >= now:
        return 1.0
    return DECAY_PER_MONTH ** ((now - at) // MONTH)


def trend_window(first: datetime | None, now: datetime | None) -> timedelta | None:
    """The trend window for a stream: 30 days, or half the stream's span when under 60 days."""
    if first is None or now is None or now <= first:
        return None
    return min(TREND_WINDOW, (now - first) / 2)


def relationships(
    stream: Stream, thread_times: dict[str, dict[str, datetime | None]], now: datetime | None
) -> list[Relationship]:
    """One Relationship per pair with direct interaction, strongest first.

    `thread_times` maps each person to the threads they wrote in and when they first did.
    """
    pairs, met, times = _tally(stream, now)
    start = min((m.created_at for m in stream.messages if m.created_at), default=None)
    window = trend_window(start, now)
    writers = set(stream.authors)
    for pair, rel in pairs.items():
        rel.both_wrote = rel.a in writers and rel.b in writers
        rel.platforms.sort()
        shared = _shared_threads(thread_times.get(rel.a, {}), thread_times.get(rel.b, {}))
        for started in shared.values():
            rel.strength += THREAD_WEIGHT * decay(started, now)
        rel.threads = len(met[pair] | shared.keys())
        if times[pair]:
            rel.first, rel.last = min(times[pair]), max(times[pair])
        _set_trend(rel, times[pair], now, window)
        rel.strength = round(rel.strength, 6)
    return sorted(pairs.values(), key=lambda r: (-r.strength, -r.messages, r.a, r.b))


def _tally(stream: Stream, now: datetime | None) -> tuple[
    dict[tuple[str, str], Relationship], dict[tuple[str, str], set[str]],
    dict[tuple[str, str], list[datetime]],
]:
    """Relationships with their direct interactions counted (the hot loop: kept lean), plus
    the threads each pair interacted in and the times of their interactions."""
    pairs: dict[tuple[str, str], Relationship] = {}
    met: dict[tuple[str, str], set[str]] = {}
    times: dict[tuple[str, str], list[datetime]] = {}
    weight = [DIRECT_WEIGHT * decay(m.created_at, now) for m in stream.messages]
    messages, threads = stream.messages, stream.threads
    for act in stream.acts:
        source, target, index = act.source, act.target, act.index
        pair = (source, target) if source < target else (target, source)
        rel = pairs.get(pair)
        if rel is None:
            rel = pairs[pair] = Relationship(*pair)
            met[pair], times[pair] = set(), []
        if source == pair[0]:
            rel.a_to_b += 1
        else:
            rel.b_to_a += 1
        message = messages[index]
        if message.tags is not None:
            for label in message.tags.behaviours:
                rel.behaviours[label] = rel.behaviours.get(label, 0) + 1
        if message.platform not in rel.platforms:
            rel.platforms.append(message.platform)
        if threads[index]:
            met[pair].add(threads[index])
        rel.strength += weight[index]
        if act.at is not None:
            times[pair].append(act.at)
    return pairs, met, times


def _shared_threads(
    mine: dict[str, datetime | None], theirs: dict[str, datetime | None]
) -> dict[str, datetime | None]:
    """Threads both wrote in, each with the moment the second of them arrived."""
    if len(theirs) < len(mine):
        mine, theirs = theirs, mine
    shared: dict[str, datetime | None] = {}
    for thread, at in mine.items():
        if thread in theirs:
            other = theirs[thread]
            shared[thread] = None if at is None or other is None else max(at, other)
    return shared


def _set_trend(
    rel: Relationship, times: list[datetime], now: datetime | None, window: timedelta | None
) -> None:
    """warming: 2+ recent interactions and more than twice the window before; cooling: 2+
    earlier and more than twice the recent ones, or 2+ interactions in all and none recent
    (gone quiet); else steady."""
    if now is None or window is None:
        return
    rel.recent = sum(1 for t in times if now - window < t)
    rel.earlier = sum(1 for t in times if now - 2 * window < t <= now - window)
    if rel.recent >= 2 and rel.recent > 2 * rel.earlier:
        rel.trend = "warming"
    elif rel.earlier >= 2 and rel.earlier > 2 * rel.recent:
        rel.trend = "cooling"
    elif len(times) >= 2 and not rel.recent:
        rel.trend = "cooling"  # gone quiet


def introductions(stream: Stream, rels: list[Relationship]) -> list[Introduction]:
    """Messages that named two people who had never interacted directly before.

    It counts when they interacted afterwards (followed up), or when the tagger marked the
    message as networking. Only the first introduction of each pair is kept.
    """
    first_contact = {(r.a, r.b): r.first for r in rels}
    named: dict[int, list[str]] = {}
    for act in stream.acts:
        if act.kind != "repost" and act.at is not None:
            named.setdefault(act.index, []).append(act.target)
    found: dict[tuple[str, str], Introduction] = {}
    for index in sorted(named, key=lambda i: (stream.messages[i].created_at, i)):
        message, targets = stream.messages[index], named[index]
        if not 2 <= len(targets) <= MAX_NAMED_FOR_INTRODUCTION:
            continue
        at = message.created_at
        networking = "networking" in behaviours_of(message)
        for pair in combinations(sorted(targets), 2):
            if pair in found:
                continue
            if pair in first_contact:
                first = first_contact[pair]
                if first is None or at is None or first <= at:
                    continue  # they already knew each other (or we cannot tell)
            followed = pair in first_contact
            if followed or networking:
                found[pair] = Introduction(stream.authors[index], *pair, message.id, at, followed)
    return list(found.values())

"""Relationships and health metrics: who talks with whom, how well, and what to do about it.

    from streamtool.relations import analyse, recommendations, within
    health = analyse(messages, host="hollisgeneral")
    health.score.value, [(c.name, c.value, c.weight) for c in health.score.components]
    for advice in recommendations(health): ...

A library: no printing, no CLI. Formulas are documented in docs/health.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from datetime import UTC, datetime

from ..model import Message
from . import metrics
from .advice import recommendations
from .betweenness import betweenness
from .graph import build, edges
from .people import people as build_people
from .people import thread_times
from .period import within
from .records import (
    EDGE_KINDS,
    Breadth,
    Component,
    Depth,
    Edge,
    Host,
    Introduction,
    Person,
    Reciprocity,
    Recommendation,
    Relationship,
    Responsiveness,
    Score,
    StreamHealth,
    Warmth,
)
from .score import WEIGHTS, components, score
from .ties import introductions, relationships

__all__ = [
    "EDGE_KINDS",
    "WEIGHTS",
    "Breadth",
    "Component",
    "Depth",
    "Edge",
    "Host",
    "Introduction",
    "Person",
    "Reciprocity",
    "Recommendation",
    "Relationship",
    "Responsiveness",
    "Score",
    "StreamHealth",
    "Warmth",
    "analyse",
    "recommendations",
    "within",
]


def analyse(
    messages: Sequence[Message],
    *,
    host: str | None = None,
    now: datetime | None = None,
    bots: Collection[str] = (),
) -> StreamHealth:
    """Build the interaction graph of `messages` and measure its health.

    `host` names the stream's owner (else inferred, see metrics.infer_host); `now` is the
    moment tie strength decays to and trends are judged at (default: the latest message);
    `bots` are handles whose messages are left out and whose replies never count as answers.
    Messages without an author are left out and counted in `skipped`.
    """
    stream = build(messages, bots)
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=UTC)  # naive means UTC, as everywhere in streamtool
    dated = [m.created_at for m in stream.messages if m.created_at is not None]
    first, last = (min(dated), max(dated)) if dated else (None, None)
    now = now or last
    threads = thread_times(stream)
    rels = relationships(stream, threads, now)
    intros = introductions(stream, rels)
    everyone = build_people(stream, rels, intros, threads)
    central, sampled = betweenness((r.a, r.b) for r in rels)
    for key, value in central.items():
        everyone[key].betweenness = value
    the_host = metrics.infer_host(stream, host)
    if the_host is not None:
        metrics.host_metrics(stream, the_host)
        if the_host.key in everyone:
            everyone[the_host.key].is_host = True
    responses = metrics.first_responses(stream)
    resp = metrics.responsiveness(stream, the_host, responses)
    recip = metrics.reciprocity(rels, everyone)
    brd = metrics.breadth(stream, rels, everyone, sampled)
    warm = metrics.warmth(stream)
    dep = metrics.depth(rels, warm)
    parts = components(resp, the_host, recip, dep, brd, warm)
    return StreamHealth(
        messages=len(stream.messages),
        skipped=dict(stream.skipped),
        first=first,
        last=last,
        now=now,
        threads=len({t for t in stream.threads if t}),
        platforms=dict(Counter(m.platform for m in stream.messages)),
        host=the_host,
        people=everyone,
        relationships=rels,
        edges=edges(stream),
        introductions=intros,
        responsiveness=resp,
        reciprocity=recip,
        breadth=brd,
        depth=dep,
        warmth=warm,
        score=score(parts),
        never_answered_people=metrics.never_answered(stream, the_host, responses),
        unresolved={"reply": stream.unresolved_replies, "repost": stream.unresolved_reposts},
    )

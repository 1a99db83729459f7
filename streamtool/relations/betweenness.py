"""Betweenness centrality of the undirected tie graph (Brandes 2001, unweighted).

Written here rather than taken from networkx: it is ~40 lines, keeps the install small, and
lets us sample sources on large graphs. Values are normalised as networkx does for undirected
graphs (divided by (n-1)(n-2)/2), so 1.0 means every shortest path between others passes through.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable

#: Above this many people, betweenness is estimated from this many sampled sources (Brandes &
#: Pich 2007): exact Brandes is O(people x ties), too slow for a 100k-message stream.
SAMPLE_ABOVE = 1500
SAMPLE_SOURCES = 400


def betweenness(
    pairs: Iterable[tuple[str, str]], *, sample_above: int = SAMPLE_ABOVE, k: int = SAMPLE_SOURCES
) -> tuple[dict[str, float], bool]:
    """Normalised betweenness of every node, and whether sources were sampled.

    Sampling is deterministic (seeded), and the estimate is scaled by n/k so it stays on the
    same scale as the exact value.
    """
    adjacency: dict[str, list[str]] = {}
    for a, b in pairs:
        adjacency.setdefault(a, []).append(b)
        adjacency.setdefault(b, []).append(a)
    nodes = sorted(adjacency)
    n = len(nodes)
    score = dict.fromkeys(nodes, 0.0)
    if n < 3:
        return score, False
    sampled = n > sample_above
    sources = random.Random(0).sample(nodes, k) if sampled else nodes
    for s in sources:
        _accumulate(s, adjacency, score)
    # Each undirected path is counted from both ends; normalise by the pairs of other nodes.
    scale = (n / len(sources)) / ((n - 1) * (n - 2))
    return {v: c * scale for v, c in score.items()}, sampled


def _accumulate(s: str, adjacency: dict[str, list[str]], score: dict[str, float]) -> None:
    """One Brandes step: shortest paths from s, then dependencies back along them."""
    order: list[str] = []
    preds: dict[str, list[str]] = {s: []}
    sigma: dict[str, int] = {s: 1}
    dist: dict[str, int] = {s: 0}
    queue = deque([s])
    while queue:
        v = queue.popleft()
        order.append(v)
        for w in adjacency[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                sigma[w] = 0
                preds[w] = []
                queue.append(w)
            if dist[w] == dist[v] + 1:
                sigma[w] += sigma[v]
                preds[w].append(v)
    delta = dict.fromkeys(order, 0.0)
    for w in reversed(order):
        for v in preds[w]:
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
        if w != s:
            score[w] += delta[w]

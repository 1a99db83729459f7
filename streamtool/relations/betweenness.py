"""Betweenness centrality of the undirected tie graph (Brandes 2001, unweighted).

Written here rather than taken from networkx: it is ~40 lines, keeps the install small, and
lets us sample sources on large graphs. Values are normalised as networkx does for undirected
graphs (divided by (n-1)(n-2)/2), so 1.0 means every shortest path between others passes through.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable

#: Exact Brandes costs (sources x (people + 2 ties)) steps; above this budget the sources are
#: sampled (Brandes & Pich 2007) so a 100k-message stream stays within a few seconds.
WORK_BUDGET = 3_000_000
MIN_SOURCES = 50


def betweenness(
    pairs: Iterable[tuple[str, str]], *, budget: int = WORK_BUDGET
) -> tuple[dict[str, float], bool]:
    """Normalised betweenness of every node, and whether sources were sampled.

    Sampling is deterministic (seeded), and the estimate is scaled by n/k so it stays on the
    same scale as the exact value.
    """
    ids: dict[str, int] = {}
    adjacency: list[list[int]] = []
    for pair in pairs:
        a, b = (ids.setdefault(x, len(ids)) for x in pair)
        while len(adjacency) < len(ids):
            adjacency.append([])
        adjacency[a].append(b)
        adjacency[b].append(a)
    n = len(ids)
    names = sorted(ids, key=ids.__getitem__)
    if n < 3:
        return dict.fromkeys(names, 0.0), False
    cost = n + sum(map(len, adjacency))
    k = n if n * cost <= budget else min(n, max(MIN_SOURCES, budget // cost))
    by_name = sorted(range(n), key=names.__getitem__)  # the sample must not depend on input order
    sources = by_name if k == n else random.Random(0).sample(by_name, k)
    score = [0.0] * n
    for s in sources:
        _accumulate(s, adjacency, score)
    # Each undirected path is counted from both ends; normalise by the pairs of other nodes.
    scale = (n / k) / ((n - 1) * (n - 2))
    return {names[v]: score[v] * scale for v in range(n)}, k < n


def _accumulate(s: int, adjacency: list[list[int]], score: list[float]) -> None:
    """One Brandes step: shortest paths from s, then dependencies back along them."""
    n = len(adjacency)
    dist = [-1] * n
    sigma = [0] * n
    preds: list[list[int]] = [[] for _ in range(n)]
    dist[s], sigma[s] = 0, 1
    order: list[int] = []
    queue = deque([s])
    while queue:
        v = queue.popleft()
        order.append(v)
        dv, sv = dist[v] + 1, sigma[v]
        for w in adjacency[v]:
            if dist[w] < 0:
                dist[w] = dv
                queue.append(w)
            if dist[w] == dv:
                sigma[w] += sv
                preds[w].append(v)
    delta = [0.0] * n
    for w in reversed(order):
        coefficient = (1 + delta[w]) / sigma[w]
        for v in preds[w]:
            delta[v] += sigma[v] * coefficient
        if w != s:
            score[w] += delta[w]

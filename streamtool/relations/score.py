"""The 0-100 health score: named components, each 0..1, with stated weights.

A component that cannot be measured on a stream (no host, no tags) is shown as undefined and
its weight is shared out among the others, so the score is the weighted mean of what is known.
"""

from __future__ import annotations

import math

from .records import Breadth, Component, Depth, Host, Reciprocity, Responsiveness, Score, Warmth

#: name -> weight; they sum to 1. Changing one changes every score: say so in docs/health.md.
WEIGHTS: dict[str, float] = {
    "responsiveness": 0.20,
    "host_replies": 0.10,
    "reciprocity": 0.20,
    "depth": 0.20,
    "breadth": 0.15,
    "warmth": 0.15,
}


def _pct(value: float) -> str:
    return f"{value:.0%}"


def components(
    resp: Responsiveness,
    host: Host | None,
    recip: Reciprocity,
    dep: Depth,
    brd: Breadth,
    warm: Warmth,
) -> list[Component]:
    """Every component with its value and a one-line account of where the value came from."""
    found: list[Component] = []

    def add(name: str, value: float | None, explanation: str) -> None:
        found.append(Component(name, value, WEIGHTS[name], explanation))

    share = resp.answered_share
    add("responsiveness", share,
        f"{resp.answered} of {resp.messages} messages by others got a reply")
    if host is not None and host.commenters:
        add("host_replies", host.reply_rate,
            f"{host.handle} replied to {host.commenters_answered} of {host.commenters} commenters")
    else:
        add("host_replies", None, "no host, or nobody commented to the host")
    unseen = f" ({recip.unobserved_pairs} with someone who never wrote here left out)"
    add("reciprocity", recip.pair_ratio,
        f"{recip.reciprocated_pairs} of {recip.pairs} relationships go both ways"
        + (unseen if recip.unobserved_pairs else ""))
    add("depth", dep.repeat_share,
        f"{dep.repeat} of {dep.relationships} relationships have 2+ interactions")
    if brd.concentration is not None and brd.participants >= 2:
        spread = min(1.0, max(0.0, (1 - brd.concentration) / 0.9))
        add("breadth", spread,
            f"top {brd.top_writers} of {brd.participants} writers wrote {_pct(brd.concentration)} "
            "of messages")
    else:
        add("breadth", None, f"{brd.participants} writer(s): nothing to spread")
    if warm.any_behaviour is not None:
        add("warmth", warm.any_behaviour,
            f"{_pct(warm.any_behaviour)} of {warm.tagged} tagged messages show a behaviour")
    else:
        add("warmth", None, f"no tagged messages ({warm.untagged} untagged): run `streamtool tag`")
    return found


def score(parts: list[Component]) -> Score:
    """100 x the weighted mean of the defined components, rounded half up; None if none defined."""
    used = sum(c.weight for c in parts if c.value is not None)
    if used == 0:
        return Score(None, parts)
    mean = sum(c.value * c.weight for c in parts if c.value is not None) / used
    return Score(math.floor(100 * mean + 0.5), parts)

"""Recommendations: 3-5 concrete things to do, each following from figures in the health.

Rules are tried in order of how much they matter; each fires only when its numbers say so and
names the figures and people behind it. Thresholds are stated beside each rule.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from ..model import BEHAVIOURS
from .records import Recommendation, StreamHealth
from .ties import trend_window

MAX_RECOMMENDATIONS = 5
MIN_RECOMMENDATIONS = 3
NAMES_SHOWN = 5
SLOW_RESPONSE = 24 * 3600  #: a median first response slower than a day is worth acting on
LOW_ANSWERED = 0.5  #: fewer than half of the messages by others answered
HIGH_CONCENTRATION = 0.5  #: the top 10% write more than half of everything
RARE_BEHAVIOUR = 0.05  #: a behaviour in fewer than 5% of tagged messages
MIN_BETWEENNESS = 0.05  #: a bridge on at least 5% of the shortest paths between others


def _names(health: StreamHealth, keys: list[str]) -> tuple[str, list[str]]:
    """("a, b, c and 4 more", [a, b, c, ...all]) in display form."""
    handles = [health.handle(k) for k in keys]
    shown = ", ".join(handles[:NAMES_SHOWN])
    more = len(handles) - NAMES_SHOWN
    return (f"{shown} and {more} more" if more > 0 else shown), handles


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def _duration(seconds: float) -> str:
    hours = seconds / 3600
    return f"{hours / 24:.1f} days" if hours >= 48 else f"{hours:.1f} hours"


def _unanswered_commenters(h: StreamHealth) -> Recommendation | None:
    host = h.host
    if host is None or not host.unanswered:
        return None
    text, people = _names(h, host.unanswered)
    n = len(host.unanswered)
    return Recommendation(
        "unanswered-commenters",
        f"{n} of {host.commenters} commenters never got a reply from {host.handle}: {text}. "
        "A short personal answer to each turns a visitor into a regular.",
        {"commenters": host.commenters, "unanswered": n, "reply_rate": host.reply_rate or 0.0},
        people,
    )


def _unanswered_messages(h: StreamHealth) -> Recommendation | None:
    r = h.responsiveness
    share = r.answered_share
    if share is None or share >= LOW_ANSWERED or r.messages < 4:
        return None
    text, people = _names(h, h.never_answered_people)
    who = f" Nobody has ever answered {text}." if people else ""
    return Recommendation(
        "unanswered-messages",
        f"Only {r.answered} of {r.messages} messages by others got any reply ({share:.0%}).{who}",
        {"messages": r.messages, "answered": r.answered, "answered_share": share},
        people,
    )


def _slow_responses(h: StreamHealth) -> Recommendation | None:
    r = h.responsiveness
    if r.median_first_response is None or r.median_first_response <= SLOW_RESPONSE:
        return None
    return Recommendation(
        "slow-responses",
        f"Half of first replies take longer than {_duration(r.median_first_response)} "
        f"(1 in 10 longer than {_duration(r.p90_first_response or 0)}): answer within a day.",
        {"median_seconds": r.median_first_response, "p90_seconds": r.p90_first_response or 0.0},
    )


def _one_way(h: StreamHealth) -> Recommendation | None:
    host = h.host
    one_way = [r for r in h.one_way(len(h.relationships)) if r.messages >= 2]
    if host is not None:  # the ones that matter most: people who keep writing to the host
        one_way = [r for r in one_way if host.key in (r.a, r.b) and
                   (r.b_to_a if r.a == host.key else r.a_to_b) > 0] or one_way
    if not one_way:
        return None
    top = one_way[0]
    writer, silent = (top.a, top.b) if top.a_to_b else (top.b, top.a)
    keys = sorted({k for r in one_way for k in (r.a, r.b)} - ({host.key} if host else set()))
    text, people = _names(h, keys)
    return Recommendation(
        "one-way",
        f"{_plural(len(one_way), 'repeated relationship goes', 'repeated relationships go')} "
        f"one way only; {h.handle(writer)} wrote to "
        f"{h.handle(silent)} {top.messages} times with no word back. Involved: {text}.",
        {"one_way": len(one_way), "top_messages": top.messages},
        people,
    )


def _window_days(h: StreamHealth) -> str:
    window = trend_window(h.first, h.now)
    return f"{window.total_seconds() / 86400:.1f}" if window else "?"


def _cooling(h: StreamHealth) -> Recommendation | None:
    cooling = h.cooling(len(h.relationships))
    if not cooling:
        return None
    pairs = [
        f"{h.handle(r.a)} & {h.handle(r.b)} ("
        + (f"{r.earlier} then {r.recent}" if r.earlier else f"quiet since {r.last:%Y-%m-%d}")
        + ")"
        for r in cooling
    ]
    shown = "; ".join(pairs[:NAMES_SHOWN])
    if len(pairs) > NAMES_SHOWN:
        shown += f" and {len(pairs) - NAMES_SHOWN} more"
    keys = sorted({k for r in cooling for k in (r.a, r.b)})
    return Recommendation(
        "cooling",
        f"{_plural(len(cooling), 'relationship is', 'relationships are')} cooling "
        f"(interactions in the window before, then the last; windows of {_window_days(h)} "
        f"days): {shown}. "
        "Check in before they go quiet.",
        {"cooling": len(cooling)},
        [h.handle(k) for k in keys],
    )


def _concentration(h: StreamHealth) -> Recommendation | None:
    b = h.breadth
    if b.concentration is None or b.concentration <= HIGH_CONCENTRATION or b.participants < 10:
        return None
    return Recommendation(
        "concentration",
        f"The top {b.top_writers} of {b.participants} writers wrote {b.concentration:.0%} of all "
        "messages: ask the quieter ones a direct question to draw them in.",
        {"concentration": b.concentration, "participants": b.participants,
         "top_writers": b.top_writers},
    )


def _introduce(h: StreamHealth) -> Recommendation | None:
    """Two of the host's (or top connector's) strongest partners who both write here but have
    never talked to each other (in a one-sided export their silence is unknown, so no advice)."""
    centre = h.host.key if h.host else next((p.key for p in h.connectors(1)), None)
    if centre is None:
        return None
    ties = {(r.a, r.b) for r in h.relationships}
    close = [r for r in h.relationships if centre in (r.a, r.b) and r.both_wrote][:8]
    for first, second in combinations(close, 2):
        x, y = first.other(centre), second.other(centre)
        if (min(x, y), max(x, y)) not in ties:
            return Recommendation(
                "introduce",
                f"{h.handle(x)} and {h.handle(y)} both talk with {h.handle(centre)} (tie strength "
                f"{first.strength:.0f} and {second.strength:.0f}) but never with each other: "
                "introduce them.",
                {"strength_a": first.strength, "strength_b": second.strength,
                 "introductions": len(h.introductions)},
                [h.handle(x), h.handle(y)],
            )
    return None


def _one_sided(h: StreamHealth) -> Recommendation | None:
    """An owner's archive shows only the owner: say what it cannot measure and how to fix it."""
    b = h.breadth
    if b.participants != 1 or b.people < 2:
        return None
    owner = h.host.handle if h.host else next(p.handle for p in h.people.values() if p.messages)
    return Recommendation(
        "one-sided-export",
        f"This stream holds only {owner}'s own messages: {b.people - 1} people are addressed but "
        "none of their answers are here, so responsiveness and reciprocity cannot be measured. "
        f"Add their side (e.g. a twarc search for @{owner} or the replies on the platform).",
        {"participants": b.participants, "people": b.people},
        [owner],
    )


def _rare_behaviour(h: StreamHealth) -> Recommendation | None:
    """Behaviours in under 5% of tagged messages, in the codebook's order."""
    if not h.warmth.tagged:
        return None
    rare = {b: h.warmth.profile[b] for b in BEHAVIOURS if h.warmth.profile[b] < RARE_BEHAVIOUR}
    if not rare:
        return None
    shown = ", ".join(f"{b.replace('_', ' ')} {rate:.0%}" for b, rate in rare.items())
    return Recommendation(
        "rare-behaviour",
        f"Rare here, in under {RARE_BEHAVIOUR:.0%} of {h.warmth.tagged} tagged messages: {shown}. "
        "Pick one to practise (docs/behaviours.md shows what each looks like).",
        {**{f"{b}_rate": rate for b, rate in rare.items()}, "tagged": h.warmth.tagged},
    )


def _connectors(h: StreamHealth) -> Recommendation | None:
    """People other than the host who bridge otherwise separate people (betweenness >= 0.05)."""
    host = h.host.key if h.host else None
    top = [p for p in h.connectors(4) if p.key != host and p.betweenness >= MIN_BETWEENNESS][:3]
    if not top:
        return None
    text, people = _names(h, [p.key for p in top])
    return Recommendation(
        "connectors",
        f"{text} {'links' if len(top) == 1 else 'link'} people who would otherwise not be "
        f"connected (betweenness {top[0].betweenness:.2f} for {top[0].handle}): thank "
        f"{'them' if len(top) > 1 else 'that bridge'} and ask for introductions.",
        {"connectors": h.breadth.connectors, "top_betweenness": top[0].betweenness},
        people,
    )


RULES: tuple[Callable[[StreamHealth], Recommendation | None], ...] = (
    _one_sided,
    _unanswered_commenters,
    _unanswered_messages,
    _one_way,
    _slow_responses,
    _cooling,
    _concentration,
    _introduce,
    _rare_behaviour,
    _connectors,
)


def _keep_strongest(h: StreamHealth) -> Recommendation | None:
    """The fallback when few rules fire: the strongest ties, to keep them strong."""
    top = h.strongest(3)
    if not top:
        return None
    pairs = "; ".join(
        f"{h.handle(r.a)} & {h.handle(r.b)} (strength {r.strength:.0f}"
        + (f", last contact {r.last:%Y-%m-%d})" if r.last else ")")
        for r in top
    )
    return Recommendation(
        "keep-strongest",
        f"The strongest ties here: {pairs}. Strength fades by a tenth each quiet month: keep "
        "them warm with a personal note.",
        {f"strength_{i + 1}": r.strength for i, r in enumerate(top)},
        sorted({h.handle(k) for r in top for k in (r.a, r.b)}),
    )


def recommendations(health: StreamHealth) -> list[Recommendation]:
    """Three to five recommendations, most important first. When fewer than three rules fire,
    the strongest ties are added; a stream with no relationship at all may get fewer."""
    found = [r for rule in RULES if (r := rule(health)) is not None]
    if len(found) < MIN_RECOMMENDATIONS and (extra := _keep_strongest(health)) is not None:
        found.append(extra)
    return found[:MAX_RECOMMENDATIONS]

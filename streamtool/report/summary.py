"""The report's opening paragraph, and the small formatters every renderer shares."""

from __future__ import annotations

from ..relations.records import StreamHealth
from .foundation import Foundation


def summary_text(foundation: Foundation, health: StreamHealth) -> str:
    """One plain-English paragraph: who wrote how much over how long, and how it went."""
    f, h = foundation, health
    if not f.messages:
        skipped = (
            f" ({plural(f.skipped_total, 'record')} skipped, see below)" if f.skipped_total else ""
        )
        return f"There are no messages to report on{skipped}."
    people = h.breadth.participants
    first = (
        f"{plural(people, 'person', 'people')} wrote {plural(f.messages, 'message')}"
        f" in {plural(f.threads, 'thread')}"
    )
    if f.first is not None and f.last is not None:
        first += f" over {duration(f.span_days * 86400)}"
    sentences = [first]
    if h.host is not None and h.host.commenters:
        who = "you" if not h.host.inferred else f"{h.host.handle} (the host)"
        sentences.append(
            f"{who} answered {h.host.commenters_answered} of "
            f"{plural(h.host.commenters, 'commenter')}"
        )
    r = h.responsiveness
    if r.messages:
        text = f"{r.answered} of {plural(r.messages, 'message')} by others got a reply"
        if r.median_first_response is not None:
            text += f", the first after {duration(r.median_first_response)} (median)"
        sentences.append(text)
    if h.reciprocity.pairs:
        sentences.append(
            f"{h.reciprocity.reciprocated_pairs} of {plural(h.reciprocity.pairs, 'relationship')}"
            " go both ways"
        )
    if h.warmth.profile and h.warmth.tagged:
        label, share = max(h.warmth.profile.items(), key=lambda kv: (kv[1], kv[0]))
        if share > 0:
            sentences.append(
                f"the most common behaviour is {behaviour_name(label)} ({percent(share)})"
            )
    paragraph = "; ".join(sentences) + "."
    if h.score.value is not None:
        paragraph += f" Health score: {h.score.value} out of 100."
    return paragraph[0].upper() + paragraph[1:]


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def percent(share: float | None) -> str:
    """A 0..1 share as a whole percentage; '–' when undefined."""
    return "–" if share is None else f"{share * 100:.0f}%"


def number(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}"


def duration(seconds: float | None) -> str:
    """Seconds in the largest unit that keeps the number readable: '40 minutes', '3 weeks'."""
    if seconds is None:
        return "–"
    # Months and weeks only from two of them up, so "10 days" is not rounded to "1 week".
    for size, unit, least in (
        (2592000, "month", 2),
        (604800, "week", 2),
        (86400, "day", 2),
        (3600, "hour", 1),
        (60, "minute", 1),
    ):
        if seconds >= least * size:
            value = seconds / size
            shown = (
                f"{value:.0f}"
                if value >= 10 or size >= 604800
                else f"{value:.1f}".rstrip("0").rstrip(".")
            )
            return f"{shown} {unit}{'' if shown == '1' else 's'}"
    return f"{seconds:.0f} seconds" if seconds >= 1 else "under a second"


def behaviour_name(label: str) -> str:
    """A behaviour or component label as words ('shared_history' -> 'shared history')."""
    return label.replace("_", " ")

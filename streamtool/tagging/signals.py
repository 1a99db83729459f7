"""Message-structure signals a pattern file can name (`"signal": ...`), with their evidence.

Each returns the evidence string when the signal fires, or None. `minimum` is the pattern's
`min` (a count threshold where the signal counts something).
"""

from __future__ import annotations

from collections.abc import Callable

from .facts import MessageFacts


def _reply(facts: MessageFacts, minimum: int) -> str | None:
    if facts.reply_to_author:
        return f"replies to @{facts.reply_to_author}"
    if facts.addressees:
        return f"addresses @{facts.addressees[0]}"
    return "is a reply" if facts.is_reply else None


def _third_parties(facts: MessageFacts, minimum: int) -> str | None:
    if not facts.mentions:  # the common case, without building third_parties
        return None
    people = facts.third_parties
    if len(people) >= max(minimum, 1):
        return f"mentions {len(people)} {'person' if len(people) == 1 else 'people'}"
    return None


def _repost_of_peer(facts: MessageFacts, minimum: int) -> str | None:
    """A repost of someone else; with `min` N, only one carrying at least N links (a peer's
    article, tool or event passed on, rather than a joke or a remark)."""
    if facts.repost_of and facts.repost_of != facts.author and facts.urls >= minimum:
        what = "a link from " if minimum else ""
        return f"reposts {what}@{facts.repost_of}"
    return None


def _link_naming_other(facts: MessageFacts, minimum: int) -> str | None:
    if not (facts.urls and facts.mentions):
        return None
    people = facts.named
    if people and facts.repost_of is None:
        return f"shares a link naming @{people[0]}"
    return None


SIGNALS: dict[str, Callable[[MessageFacts, int], str | None]] = {
    "reply": _reply,
    "third_parties": _third_parties,
    "repost_of_peer": _repost_of_peer,
    "link_naming_other": _link_naming_other,
}


def signal_evidence(name: str, minimum: int, facts: MessageFacts) -> str | None:
    """The evidence of signal `name` on these facts, or None when it does not fire."""
    return SIGNALS[name](facts, minimum)

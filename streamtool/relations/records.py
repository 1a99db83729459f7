"""What `analyse` returns: the interaction graph, people, relationships and health metrics.

Plain dataclasses, so the report can render them and serialise them to JSON without knowing how
they were computed. Every number that can be undefined (a rate with nothing to divide by, a
response time with no responses) is `None` rather than a misleading zero. Durations are seconds.
Handles are compared case-insensitively: dictionaries are keyed by the lower-case handle ("key"),
and each record keeps a display form (`handle`), the spelling seen first in the stream.
See docs/health.md for every formula.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

EdgeKind = Literal["reply", "mention", "repost"]
EDGE_KINDS: tuple[EdgeKind, ...] = ("reply", "mention", "repost")
Trend = Literal["warming", "steady", "cooling"]


@dataclass(slots=True)
class Edge:
    """All interactions of one kind from one person to another (directed)."""

    source: str  #: key (lower-case handle) of the person who wrote
    target: str  #: key of the person replied to, mentioned or reposted
    kind: EdgeKind
    count: int = 0  #: messages carrying this interaction
    first: datetime | None = None
    last: datetime | None = None
    behaviours: dict[str, int] = field(default_factory=dict)  #: behaviour -> messages showing it


@dataclass(slots=True)
class Person:
    """One participant: someone who wrote, or was replied to, mentioned or reposted."""

    key: str  #: lower-case handle, the key in StreamHealth.people
    handle: str  #: display form
    name: str | None = None  #: display name, when a reader knew it
    messages: int = 0  #: messages written (reposts included)
    threads: int = 0  #: distinct threads written in
    replies_given: int = 0  #: replies to other people's messages (self-replies excluded)
    replies_received: int = 0  #: replies by other people to this person's messages
    sent: int = 0  #: messages addressing someone else (reply, mention or repost), "give"
    received: int = 0  #: messages by others addressing this person, "take"
    partners: int = 0  #: distinct people interacted with, either direction
    reciprocated_partners: int = 0  #: partners with interaction both ways
    behaviours_given: dict[str, int] = field(default_factory=dict)  #: behaviour -> own messages
    introduced: list[tuple[str, str]] = field(default_factory=list)  #: (key, key) pairs introduced
    betweenness: float = 0.0  #: normalised betweenness centrality in the tie graph, 0..1
    first_seen: datetime | None = None  #: first own message
    last_seen: datetime | None = None  #: last own message
    returning: bool = False  #: wrote in 2+ threads or on 2+ days (else one-time, or silent)
    is_host: bool = False

    @property
    def balance(self) -> float | None:
        """(sent - received) / (sent + received): -1 only takes, 0 even, +1 only gives."""
        total = self.sent + self.received
        return None if total == 0 else (self.sent - self.received) / total


@dataclass(slots=True)
class Relationship:
    """One unordered pair of people who interacted directly at least once (a < b by key)."""

    a: str
    b: str
    a_to_b: int = 0  #: messages by a addressing b (reply, mention or repost)
    b_to_a: int = 0
    behaviours: dict[str, int] = field(default_factory=dict)  #: over both directions
    threads: int = 0  #: distinct threads both wrote in, or interacted in
    platforms: list[str] = field(default_factory=list)  #: contexts they interacted in, sorted
    first: datetime | None = None  #: first direct contact
    last: datetime | None = None  #: last direct contact
    strength: float = 0.0  #: decayed tie strength (direct 10, shared thread 1, x0.9 per month)
    trend: Trend = "steady"
    recent: int = 0  #: direct interactions in the recent trend window
    earlier: int = 0  #: direct interactions in the window before it
    #: Both wrote in this stream, so silence in one direction is real. False in a one-sided
    #: export (a Twitter or Mastodon archive holds only its owner's messages).
    both_wrote: bool = False

    @property
    def messages(self) -> int:
        return self.a_to_b + self.b_to_a

    @property
    def reciprocated(self) -> bool:
        return self.a_to_b > 0 and self.b_to_a > 0

    def other(self, key: str) -> str:
        """The partner of `key` in this pair."""
        return self.b if key == self.a else self.a


@dataclass(slots=True)
class Introduction:
    """`introducer` named `a` and `b` together before they had ever interacted directly."""

    introducer: str
    a: str
    b: str
    message_id: str
    at: datetime | None
    followed_up: bool  #: a and b interacted directly afterwards


@dataclass(slots=True)
class Host:
    """The stream's owner and how they treat the people who write to them."""

    key: str
    handle: str
    inferred: bool  #: False when given by the caller (--me)
    reason: str  #: how it was chosen, in words, e.g. "wrote 12 of 12 posts"
    messages: int = 0
    commenters: int = 0  #: others who replied to or mentioned the host, or replied in its threads
    commenters_answered: int = 0  #: ... to whom the host replied at least once
    comments: int = 0  #: their messages to the host or replies in the host's threads
    comments_answered: int = 0  #: ... that got a reply from the host
    median_response: float | None = None  #: seconds from a comment to the host's first reply
    unanswered: list[str] = field(default_factory=list)  #: keys of commenters never answered

    @property
    def reply_rate(self) -> float | None:
        """Share of commenters the host replied to at least once."""
        return None if not self.commenters else self.commenters_answered / self.commenters


@dataclass(slots=True)
class Responsiveness:
    """How reliably and how fast people get an answer (CHAOSS "time to first response")."""

    messages: int = 0  #: messages by others (not the host, not bots, not reposts)
    answered: int = 0  #: ... that got a reply from someone other than their author
    median_first_response: float | None = None  #: seconds
    p90_first_response: float | None = None  #: seconds, nearest-rank 90th percentile
    host_reply_rate: float | None = None

    @property
    def answered_share(self) -> float | None:
        return None if not self.messages else self.answered / self.messages


@dataclass(slots=True)
class Reciprocity:
    """NodeXL's reciprocity measures over the directed person-to-person graph.

    Only pairs where both people wrote in the stream count: when one of them never wrote, the
    export cannot show whether they answered (`unobserved_pairs` says how many were left out).
    """

    pairs: int = 0  #: relationships where both people wrote in the stream
    unobserved_pairs: int = 0  #: relationships with someone who never wrote here
    reciprocated_pairs: int = 0
    directed_edges: int = 0  #: distinct ordered (from, to) pairs, all kinds together
    reciprocated_edges: int = 0  #: ... whose reverse also exists
    mean_abs_balance: float | None = None  #: mean |balance| of writers who sent or received

    @property
    def pair_ratio(self) -> float | None:
        return None if not self.pairs else self.reciprocated_pairs / self.pairs

    @property
    def edge_ratio(self) -> float | None:
        return None if not self.directed_edges else self.reciprocated_edges / self.directed_edges


@dataclass(slots=True)
class Breadth:
    participants: int = 0  #: people who wrote at least one message
    people: int = 0  #: participants plus people only replied to, mentioned or reposted
    ties: int = 0  #: relationships (unordered pairs with direct interaction)
    density: float | None = None  #: ties / (people * (people - 1) / 2)
    concentration: float | None = None  #: share of messages written by the top 10% of writers
    top_writers: int = 0  #: how many writers make up that top 10% (ceil, at least 1)
    connectors: int = 0  #: people with betweenness > 0
    betweenness_sampled: bool = False  #: True when betweenness was estimated from sampled sources


@dataclass(slots=True)
class Depth:
    relationships: int = 0
    repeat: int = 0  #: relationships with 2+ direct interactions
    multi_thread: int = 0  #: relationships met in 2+ threads
    multi_platform: int = 0  #: relationships interacting on 2+ platforms
    shared_history_rate: float | None = None  #: share of tagged messages showing it
    contexts_rate: float | None = None

    @property
    def repeat_share(self) -> float | None:
        return None if not self.relationships else self.repeat / self.relationships


@dataclass(slots=True)
class Warmth:
    tagged: int = 0  #: messages with tags (the denominator of every rate here)
    untagged: int = 0  #: messages the tagger has not seen: not counted in any rate
    profile: dict[str, float] = field(default_factory=dict)  #: behaviour -> share of tagged
    any_behaviour: float | None = None  #: share of tagged messages showing at least one
    mean_tone: float | None = None  #: mean TextBlob polarity of tagged messages, -1..1


@dataclass(slots=True)
class Component:
    """One named part of the health score: its value 0..1 (None if undefined) and its weight."""

    name: str
    value: float | None
    weight: float
    explanation: str  #: what the value is, in words, e.g. "18 of 24 messages got a reply"

    @property
    def points(self) -> float | None:
        """Contribution to the 0-100 score after weights are renormalised (see Score)."""
        return None if self.value is None else self.value * self.weight


@dataclass(slots=True)
class Score:
    """The 0-100 health score: the weighted mean of the defined components, times 100."""

    value: int | None  #: None when no component is defined
    components: list[Component] = field(default_factory=list)

    @property
    def weight_used(self) -> float:
        return sum(c.weight for c in self.components if c.value is not None)


@dataclass(slots=True)
class Recommendation:
    """One concrete suggestion, with the figures that triggered it and the people concerned."""

    key: str  #: stable rule name, e.g. "unanswered-commenters"
    text: str
    figures: dict[str, float | int] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)  #: display handles


@dataclass(slots=True)
class StreamHealth:
    """Everything `analyse` found in one stream."""

    messages: int  #: messages analysed
    skipped: dict[str, int]  #: reason -> messages left out ("no author", "bot")
    first: datetime | None  #: earliest message time
    last: datetime | None  #: latest message time
    now: datetime | None  #: the moment decay and trends are measured from
    threads: int
    platforms: dict[str, int]  #: platform -> messages
    host: Host | None
    people: dict[str, Person]  #: key -> Person
    relationships: list[Relationship]  #: strongest first
    edges: list[Edge]
    introductions: list[Introduction]
    responsiveness: Responsiveness
    reciprocity: Reciprocity
    breadth: Breadth
    depth: Depth
    warmth: Warmth
    score: Score
    never_answered_people: list[str] = field(default_factory=list)  #: keys, most messages first
    #: Interactions whose target is unknown: {"reply": n, "repost": n} (parent not in the
    #: stream and no reply_to_author; a boost of a bare URI)
    unresolved: dict[str, int] = field(default_factory=dict)

    def handle(self, key: str) -> str:
        """Display form of a key (the key itself for someone unknown)."""
        person = self.people.get(key.lower())
        return person.handle if person else key

    def person(self, handle: str) -> Person | None:
        return self.people.get(handle.lower().lstrip("@"))

    def relationship(self, x: str, y: str) -> Relationship | None:
        a, b = sorted((x.lower().lstrip("@"), y.lower().lstrip("@")))
        return next((r for r in self.relationships if r.a == a and r.b == b), None)

    def strongest(self, n: int = 10) -> list[Relationship]:
        return self.relationships[:n]

    def one_way(self, n: int = 10) -> list[Relationship]:
        """Relationships with interaction in one direction only although both people wrote in
        the stream (so the silence is real), most messages first."""
        rels = [r for r in self.relationships if r.both_wrote and not r.reciprocated]
        return sorted(rels, key=lambda r: (-r.messages, -r.strength, r.a, r.b))[:n]

    def cooling(self, n: int = 10) -> list[Relationship]:
        """Cooling relationships, strongest first."""
        return [r for r in self.relationships if r.trend == "cooling"][:n]

    def connectors(self, n: int = 10) -> list[Person]:
        """People with betweenness above zero, highest first."""
        people = [p for p in self.people.values() if p.betweenness > 0]
        return sorted(people, key=lambda p: (-p.betweenness, p.key))[:n]

    def never_answered(self, n: int | None = None) -> list[Person]:
        """People who wrote to others but never got a reply from anyone, most messages first."""
        keys = self.never_answered_people if n is None else self.never_answered_people[:n]
        return [self.people[k] for k in keys]

"""People: what each participant wrote, gave and received, and who they brought together."""

from __future__ import annotations

from datetime import date, datetime

from .graph import Stream, behaviours_of
from .records import Introduction, Person, Relationship


def thread_times(stream: Stream) -> dict[str, dict[str, datetime | None]]:
    """For each author: the threads they wrote in, and their first message time in each."""
    found: dict[str, dict[str, datetime | None]] = {}
    rows = zip(stream.authors, stream.threads, stream.messages, strict=True)
    for author, thread, message in rows:
        if thread is None:
            continue
        mine = found.setdefault(author, {})
        at = message.created_at
        if thread not in mine or at is not None and (mine[thread] is None or at < mine[thread]):
            mine[thread] = at
    return found


def people(
    stream: Stream,
    rels: list[Relationship],
    intros: list[Introduction],
    threads: dict[str, dict[str, datetime | None]],
) -> dict[str, Person]:
    """Every author and every person addressed, keyed by lower-case handle."""
    found: dict[str, Person] = {}

    def get(key: str) -> Person:
        person = found.get(key)
        if person is None:
            person = found[key] = Person(key, stream.display.get(key, key), stream.names.get(key))
        return person

    days: dict[str, set[date]] = {}
    for author, message in zip(stream.authors, stream.messages, strict=True):
        person = get(author)
        person.messages += 1
        for label in behaviours_of(message):
            person.behaviours_given[label] = person.behaviours_given.get(label, 0) + 1
        at = message.created_at
        if at is not None:
            days.setdefault(author, set()).add(at.date())
            person.first_seen = at if person.first_seen is None else min(person.first_seen, at)
            person.last_seen = at if person.last_seen is None else max(person.last_seen, at)
    for act in stream.acts:
        source, target = get(act.source), get(act.target)
        source.sent += 1
        target.received += 1
        if act.kind == "reply":
            source.replies_given += 1
            target.replies_received += 1
    for rel in rels:
        for key in (rel.a, rel.b):
            person = get(key)
            person.partners += 1
            person.reciprocated_partners += rel.reciprocated
    for intro in intros:
        get(intro.introducer).introduced.append((intro.a, intro.b))
    for key, person in found.items():
        person.threads = len(threads.get(key, ()))
        person.returning = person.threads >= 2 or len(days.get(key, ())) >= 2
    return found

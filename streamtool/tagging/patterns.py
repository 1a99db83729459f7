"""The rule layer's patterns: data files in models/patterns/<label>.jsonl, one per behaviour.

Each line is one pattern with an `id`, a `weight` (0..1: how sure a match alone makes us), a
`comment` saying why it is there, and exactly one of `phrases` (matched case-insensitively
by a PhraseMatcher, nearly free), `tokens` (one spaCy Matcher pattern; kept few and without
`*`, `+` or REGEX because those are 100x slower) or `signal` (a message-structure fact from
signals.py, with an optional count `min`). `"where": "start"` restricts a pattern to the
opening words of a message (after any leading @handles), where greetings live; `"when":
"addressed"` to messages that answer or address someone (a reply, or a text opening with
@handles), where second-person words are talk *to* a person; `"when": "addressee"` to messages
answering a known person (the parent's author, or @handles the text opens with), where naming
somebody else points that person to them; `"when": "linking"` to messages
carrying a link, where praise ("neat little tool") recommends what is linked. `"distinct":
true` lets each different phrase of a pattern count on its own (two settings make "contexts"
surer than one); otherwise a pattern counts once. `"vetoes": [ids]` drops matches of those
patterns that overlap this one's match ("no thanks to the county" is not thanks); a veto
pattern adds no score itself. `"then": "name"` requires a capitalised word right after the
phrase ("Thanks Mike") and extends the evidence over it; `"except": [words]` lists
capitalised words that are not names ("Thanks Everyone", "However, ...").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import orjson

from ..errors import ModelError
from ..model import BEHAVIOURS
from .signals import SIGNALS

#: "start" patterns must begin within this many tokens of the first word after @handles.
START_WINDOW = 2
_WHERE = ("anywhere", "start")
_WHEN = ("always", "addressed", "addressee", "linking")


@dataclass(slots=True, frozen=True)
class Pattern:
    id: str
    label: str
    weight: float
    comment: str
    phrases: tuple[str, ...] = ()
    tokens: tuple[dict, ...] = ()
    signal: str = ""
    minimum: int = 0
    where: str = "anywhere"
    when: str = "always"
    distinct: bool = False
    vetoes: tuple[str, ...] = ()
    then: str = ""
    not_names: frozenset[str] = frozenset()


def load_patterns(directory: Path) -> list[Pattern]:
    """Every pattern of every behaviour; a broken file raises ModelError naming file:line."""
    if not directory.is_dir():
        raise ModelError(f"{directory}: pattern folder missing; run `make models` in a checkout")
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for label in BEHAVIOURS:
        path = directory / f"{label}.jsonl"
        if not path.is_file():
            raise ModelError(f"{path}: pattern file missing; run `make models`")
        for number, line in enumerate(path.read_bytes().splitlines(), 1):
            if line.strip():
                pattern = _parse(line, label, f"{path}:{number}")
                if pattern.id in seen:
                    raise ModelError(f"{path}:{number}: duplicate pattern id {pattern.id!r}")
                seen.add(pattern.id)
                patterns.append(pattern)
    if unknown := {v for p in patterns for v in p.vetoes} - seen:
        raise ModelError(f"{directory}: vetoes name unknown pattern ids {sorted(unknown)}")
    return patterns


def _parse(line: bytes, label: str, where: str) -> Pattern:
    try:
        record = orjson.loads(line)
        pattern = Pattern(
            id=str(record["id"]),
            label=label,
            weight=float(record["weight"]),
            comment=str(record["comment"]),
            phrases=tuple(str(p) for p in record.get("phrases", ())),
            tokens=tuple(record.get("tokens", ())),
            signal=str(record.get("signal", "")),
            minimum=int(record.get("min", 0)),
            where=record.get("where", "anywhere"),
            when=record.get("when", "always"),
            distinct=bool(record.get("distinct", False)),
            vetoes=tuple(record.get("vetoes", ())),
            then=str(record.get("then", "")),
            not_names=frozenset(w.lower() for w in record.get("except", ())),
        )
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{where}: bad pattern ({type(exc).__name__}: {exc})") from None
    if not 0.0 < pattern.weight <= 1.0 or pattern.where not in _WHERE or pattern.when not in _WHEN:
        raise ModelError(
            f"{where}: weight must be in (0, 1], where one of {_WHERE}, when one of {_WHEN}"
        )
    if sum(map(bool, (pattern.phrases, pattern.tokens, pattern.signal))) != 1:
        raise ModelError(f"{where}: a pattern has exactly one of phrases, tokens or signal")
    if pattern.then not in ("", "name"):
        raise ModelError(f"{where}: \"then\" can only be \"name\"")
    if pattern.signal and pattern.signal not in SIGNALS:
        raise ModelError(f"{where}: unknown signal {pattern.signal!r}; known: {', '.join(SIGNALS)}")
    return pattern


def patterns_digest(directory: Path) -> str:
    """A hash of the pattern files' bytes, part of the model version."""
    digest = hashlib.sha256()
    for label in BEHAVIOURS:
        path = directory / f"{label}.jsonl"
        digest.update(label.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()

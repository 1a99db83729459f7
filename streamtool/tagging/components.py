"""The tagger's spaCy components, registered by name so any pipeline can add them.

    nlp = spacy.blank("en")
    for name in ("streamtool_rules", "streamtool_tone", "streamtool_combine"):
        nlp.add_pipe(name)
    doc = nlp("Thanks Mike! See you at the diner Saturday")
    doc._.behaviours, doc._.behaviour_scores, doc._.evidence, doc._.polarity

The learned `textcat_multilabel` (when the pipeline has one) sits between rules and combine
and leaves its probabilities in `doc.cats`.
"""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Token

from ..model import BEHAVIOURS
from ..paths import models_dir
from .combine import REPOST_LABELS, Thresholds, combine, load_thresholds
from .facts import MessageFacts, facts_from_words
from .names import is_ordinary_word
from .patterns import START_WINDOW, Pattern, load_patterns
from .rows import column, ext_key
from .signals import signal_evidence
from .tone import tone_of_doc

#: Token-pattern keys that test the word's text itself, not an attribute spaCy computes.
_TEXT = frozenset({"ORTH", "TEXT", "OP"})
_EXTENSIONS = (
    "message_facts",  # MessageFacts from the reader, or (after the rules) from the words
    "rule_scores",  # label -> 0..1 from the rule layer
    "evidence",  # label -> ["thanks [0:6]", "mentions 3 people", ...]
    "behaviour_scores",  # label -> combined 0..1
    "behaviours",  # labels at or over their threshold, in BEHAVIOURS order
    "polarity",
    "subjectivity",
)
for _name in _EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
# Read and written through doc.user_data, not doc._ (see rows.py): same values, less overhead.
_FACTS, _RULES, _EVIDENCE, _SCORES, _LABELS, _POLARITY, _SUBJECTIVITY = map(ext_key, _EXTENSIONS)


def _models_path(value: str | None, *parts: str) -> Path:
    return Path(value) if value else models_dir().joinpath(*parts)


@Language.factory("streamtool_rules", default_config={"patterns_dir": None})
def make_rules(nlp: Language, name: str, patterns_dir: str | None) -> RuleLayer:
    return RuleLayer(nlp, load_patterns(_models_path(patterns_dir, "patterns")))


@Language.factory("streamtool_tone", default_config={})
def make_tone(nlp: Language, name: str) -> ToneLayer:
    return ToneLayer()


@Language.factory("streamtool_combine", default_config={"thresholds_path": None})
def make_combine(nlp: Language, name: str, thresholds_path: str | None) -> CombineLayer:
    return CombineLayer(load_thresholds(_models_path(thresholds_path, "thresholds.json")))


class RuleLayer:
    """Phrases, a few token patterns and message-structure signals -> rule score + evidence.

    A label's rule score is the noisy-OR of the weights of its matching patterns,
    1 - prod(1 - w): one strong cue or several weak ones both count. A pattern counts once
    however often it matches, unless it is marked `distinct` (then once per phrase).
    """

    def __init__(self, nlp: Language, patterns: list[Pattern]) -> None:
        self.patterns = {p.id: p for p in patterns}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        self.signals = [p for p in patterns if p.signal]
        for p in patterns:
            if p.phrases:
                self.phrases.add(p.id, list(nlp.tokenizer.pipe(_both_apostrophes(p.phrases))))
            elif p.tokens:
                self.matcher.add(p.id, [list(p.tokens)])
        # The Matcher walks every token; skip it unless the doc holds some token pattern's
        # literal words (e.g. the "," of a vocative), a pre-filter much cheaper than the walk.
        # Looked up lower-cased in the LOWER column the other layers need anyway: a doc with
        # the ORTH has its lower case too, so no match is lost.
        strings = nlp.vocab.strings
        self._literals = [
            frozenset(strings.add(t["ORTH"].lower()) for t in p.tokens
                      if isinstance(t.get("ORTH"), str))
            for p in patterns
            if p.tokens
        ]
        #: The word attributes the token patterns test ("IS_TITLE", ...): the pipeline must
        #: have spaCy compute them (see tagger.py).
        self.token_attrs = frozenset(
            key for p in patterns for token in p.tokens for key in token if key not in _TEXT)
        self._by_key = {strings[p.id]: p for p in patterns if not p.signal}
        # Patterns kept wherever they match (in any situation _applies allows): no position,
        # name or veto rule to check.
        self._plain = frozenset(
            key for key, p in self._by_key.items()
            if p.where != "start" and not p.then and not p.not_names and not p.vetoes
        )
        # Which patterns can count depends on a few yes/no facts of the message: worked out
        # once per kind of message, not once per match (a tweet has a dozen matches).
        self._by_situation: dict[Situation, tuple[frozenset[int], list[Pattern]]] = {}

    def _applicable(self, facts: MessageFacts) -> tuple[frozenset[int], list[Pattern]]:
        """The matcher keys and the signal patterns that can count in this message."""
        situation = _situation(facts)
        found = self._by_situation.get(situation)
        if found is None:
            found = self._by_situation[situation] = (
                frozenset(k for k, p in self._by_key.items() if _applies(p, situation)),
                [p for p in self.signals if _applies(p, situation)],
            )
        return found

    def __call__(self, doc: Doc) -> Doc:
        best: dict[tuple[str, str], float] = {}
        evidence: dict[str, list[str]] = {}
        data = doc.user_data
        facts = data.get(_FACTS)
        if facts is None:
            facts = data[_FACTS] = facts_from_words(_words(doc))
        applicable, signals = self._applicable(facts)
        matches = self._matches(doc, applicable)
        if matches:
            # Offsets and words from the few matched tokens: doc.text, Spans or whole-doc
            # arrays cost several times more on a tweet.
            spans: dict[str, list[tuple[int, int, str]]] = {}
            for pattern, begin, end in matches:
                token = doc[begin]
                first, words = token.idx, token.text
                if end - begin > 1:  # most matches are one word
                    words = token.text_with_ws + "".join(
                        [doc[i].text_with_ws for i in range(begin + 1, end - 1)]
                    ) + doc[end - 1].text
                key = words.lower() if pattern.distinct else ""
                best[(pattern.id, key)] = pattern.weight
                spans.setdefault(pattern.label, []).append((first, first + len(words), words))
            for label, found in spans.items():
                evidence[label] = [f"{w} [{a}:{b}]" for a, b, w in _outermost(found)]
        for pattern in signals:
            if (found := signal_evidence(pattern.signal, pattern.minimum, facts)) is not None:
                self._found(best, evidence, pattern, "", found)
        data[_RULES] = _noisy_or(best, self.patterns)
        data[_EVIDENCE] = evidence
        return doc

    def _matches(self, doc: Doc, applicable: frozenset[int]) -> list[tuple[Pattern, int, int]]:
        """(pattern, start, end) in text order, of the `applicable` patterns, after position
        and veto rules."""
        matches = self.phrases(doc)
        if self._literals:
            present = set(column(doc, LOWER))
            if any(needed <= present for needed in self._literals):
                matches += self.matcher(doc)
        kept: list[tuple[Pattern, int, int]] = []
        start = -1
        by_key, plain = self._by_key, self._plain
        for key, begin, end in sorted(matches, key=_by_position):
            if key not in applicable:
                continue
            pattern = by_key[key]
            if key in plain:
                kept.append((pattern, begin, end))
                continue
            if pattern.where == "start":
                start = _first_word(doc) if start < 0 else start
                if not start <= begin < start + START_WINDOW:
                    continue
            if pattern.then == "name":
                if end >= len(doc) or not _is_name(doc[end], pattern):
                    continue
                end += 1
            elif pattern.not_names and not all(
                _is_name(t, pattern) for t in doc[begin:end] if t.is_title
            ):
                continue
            kept.append((pattern, begin, end))
        if not any(p.vetoes for p, _, _ in kept):
            return kept
        vetoes = [(set(p.vetoes), b, e) for p, b, e in kept if p.vetoes]
        return [
            (p, b, e) for p, b, e in kept
            if not p.vetoes and not any(p.id in ids and b < ve and vb < e for ids, vb, ve in vetoes)
        ]

    @staticmethod
    def _found(best: dict[tuple[str, str], float], evidence: dict[str, list[str]],
               p: Pattern, key: str, why: str) -> None:
        best[(p.id, key)] = p.weight
        reasons = evidence.setdefault(p.label, [])
        if why not in reasons:
            reasons.append(why)


def _both_apostrophes(phrases: tuple[str, ...]) -> list[str]:
    """The phrases as written ("you're welcome") and with the typographic apostrophe phones
    and Macs type ("you’re welcome"): the tokenizer splits both alike, but their words differ."""
    return [*phrases, *(p.replace("'", "’") for p in phrases if "'" in p)]


#: (a repost, answers or addresses someone, has a known addressee, carries a link)
Situation = tuple[bool, bool, bool, bool]


def _situation(facts: MessageFacts) -> Situation:
    """The facts of a message that decide which patterns can count in it (`_applies`)."""
    addressee = bool(facts.addressees)
    return bool(facts.repost_of), facts.is_reply or addressee, addressee, facts.urls > 0


def _applies(pattern: Pattern, situation: Situation) -> bool:
    """Whether a message's situation lets the pattern count: a repost carries only
    REPOST_LABELS; `when` asks for a reply or addressee ("addressed"), a known addressee
    ("addressee") or a link ("linking")."""
    repost, addressed, addressee, linking = situation
    if repost and pattern.label not in REPOST_LABELS:
        return False
    if pattern.when == "addressed":
        return addressed
    if pattern.when == "addressee":
        return addressee
    return pattern.when != "linking" or linking


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans not inside another one, in text order: "how's your mom" rather than also
    "how's", "how's your", "your" and "your mom" (each still counted in the score)."""
    if len(spans) == 1:
        return spans
    kept: list[tuple[int, int, str]] = []
    reach = -1  # the furthest end of a kept span; sorted by start, inside means ending before it
    for a, b, w in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if b > reach:
            kept.append((a, b, w))
            reach = b
    return kept


def _is_name(token: Token, pattern: Pattern) -> bool:
    """A capitalised word that is neither listed by the pattern as a non-name ("Everyone")
    nor an ordinary English word ("Look", "Hell", names.py)."""
    return (
        token.is_title and token.is_alpha and token.lower_ not in pattern.not_names
        and not is_ordinary_word(token.text)
    )


_by_position = itemgetter(1, 2)


def _words(doc: Doc) -> list[str]:
    strings = doc.vocab.strings
    return [strings[orth] for orth in column(doc, ORTH)]


def _first_word(doc: Doc) -> int:
    """Index of the first token after leading @handles, "RT" and punctuation."""
    for token in doc:
        if not (token.text.startswith("@") or token.is_punct or token.text == "RT"):
            return token.i
    return len(doc)


def _noisy_or(best: dict[tuple[str, str], float], patterns: dict[str, Pattern]) -> dict[str, float]:
    scores = dict.fromkeys(BEHAVIOURS, 0.0)
    if not best:
        return scores
    missing: dict[str, float] = {}
    for (pattern_id, _), weight in best.items():
        label = patterns[pattern_id].label
        missing[label] = missing.get(label, 1.0) * (1.0 - weight)
    for label, m in missing.items():  # labels without a match stay 0.0 (= round(1.0 - 1.0))
        scores[label] = round(1.0 - m, 6)
    return scores


class ToneLayer:
    """TextBlob polarity and subjectivity from the Doc's own tokens (see tone.py)."""

    def __call__(self, doc: Doc) -> Doc:
        data = doc.user_data
        data[_POLARITY], data[_SUBJECTIVITY] = tone_of_doc(doc)
        return doc


class CombineLayer:
    """One score per label from rules and model (combine.py), then per-label thresholds."""

    def __init__(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds

    def __call__(self, doc: Doc) -> Doc:
        data = doc.user_data
        rules = data.get(_RULES) or {}
        cats = doc.cats
        scores = {
            label: combine(rules.get(label, 0.0), cats.get(label)) for label in BEHAVIOURS
        }
        facts = data.get(_FACTS)
        if facts is not None and facts.repost_of:
            scores = {b: s if b in REPOST_LABELS else 0.0 for b, s in scores.items()}
        data[_SCORES] = scores
        cutoff = self.thresholds.get
        data[_LABELS] = [b for b, score in scores.items() if score >= cutoff(b, 0.5)]
        return doc

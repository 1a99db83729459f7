"""The tagger's spaCy components, registered by name so any pipeline can add them.

    nlp = spacy.blank("en")
    nlp.add_pipe("streamtool_rules"); nlp.add_pipe("streamtool_tone"); nlp.add_pipe("streamtool_combine")
    doc = nlp("Thanks Mike! See you at the diner Saturday")
    doc._.behaviours, doc._.behaviour_scores, doc._.evidence, doc._.polarity

The learned `textcat_multilabel` (when the pipeline has one) sits between rules and combine
and leaves its probabilities in `doc.cats`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..model import BEHAVIOURS
from ..paths import models_dir
from .combine import Thresholds, combine, load_thresholds
from .facts import facts_from_words
from .patterns import START_WINDOW, Pattern, load_patterns
from .signals import signal_evidence
from .tone import tone

_EXTENSIONS = (
    "message_facts",  # MessageFacts from the reader, or None for plain text
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
                self.phrases.add(p.id, list(nlp.tokenizer.pipe(p.phrases)))
            elif p.tokens:
                self.matcher.add(p.id, [list(p.tokens)])
        self._strings = nlp.vocab.strings

    def __call__(self, doc: Doc) -> Doc:
        best: dict[tuple[str, str], float] = {}
        evidence: dict[str, list[str]] = {}
        facts = doc._.message_facts or facts_from_words([t.text for t in doc])
        for pattern, span in self._matches(doc, facts.is_reply or bool(facts.addressees)):
            key = span.text.lower() if pattern.distinct else ""
            self._found(best, evidence, pattern, key,
                        f"{span.text} [{span.start_char}:{span.end_char}]")
        for pattern in self.signals:
            if pattern.when == "addressed" and not (facts.is_reply or facts.addressees):
                continue
            if (found := signal_evidence(pattern.signal, pattern.minimum, facts)) is not None:
                self._found(best, evidence, pattern, "", found)
        doc._.rule_scores = _noisy_or(best, self.patterns)
        doc._.evidence = evidence
        return doc

    def _matches(self, doc: Doc, addressed: bool) -> list[tuple[Pattern, Span]]:
        """Pattern matches in text order, after position, addressee and veto conditions."""
        start = _first_word(doc)
        matches = self.phrases(doc)
        if len(self.matcher):
            matches += self.matcher(doc)
        kept: list[tuple[Pattern, Span]] = []
        for key, begin, end in sorted(matches, key=lambda m: (m[1], m[2])):
            pattern = self.patterns[self._strings[key]]
            if pattern.where == "start" and not start <= begin < start + START_WINDOW:
                continue
            if pattern.when == "addressed" and not addressed:
                continue
            kept.append((pattern, doc[begin:end]))
        vetoes = [(set(p.vetoes), s) for p, s in kept if p.vetoes]
        return [
            (p, s) for p, s in kept
            if not p.vetoes and not any(p.id in ids and _overlap(s, v) for ids, v in vetoes)
        ]

    @staticmethod
    def _found(best: dict[tuple[str, str], float], evidence: dict[str, list[str]],
               p: Pattern, key: str, why: str) -> None:
        best[(p.id, key)] = p.weight
        reasons = evidence.setdefault(p.label, [])
        if why not in reasons:
            reasons.append(why)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _first_word(doc: Doc) -> int:
    """Index of the first token after leading @handles, "RT" and punctuation."""
    for token in doc:
        if not (token.text.startswith("@") or token.is_punct or token.text == "RT"):
            return token.i
    return len(doc)


def _noisy_or(best: dict[tuple[str, str], float], patterns: dict[str, Pattern]) -> dict[str, float]:
    missing = dict.fromkeys(BEHAVIOURS, 1.0)
    for (pattern_id, _), weight in best.items():
        missing[patterns[pattern_id].label] *= 1.0 - weight
    return {label: round(1.0 - m, 6) for label, m in missing.items()}


class ToneLayer:
    """TextBlob polarity and subjectivity from the Doc's own tokens (see tone.py)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.polarity, doc._.subjectivity = tone([t.lower_ for t in doc])
        return doc


class CombineLayer:
    """One score per label from rules and model (combine.py), then per-label thresholds."""

    def __init__(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds

    def __call__(self, doc: Doc) -> Doc:
        rules = doc._.rule_scores or {}
        cats = doc.cats
        scores = {
            label: combine(rules.get(label, 0.0), cats.get(label)) for label in BEHAVIOURS
        }
        doc._.behaviour_scores = scores
        doc._.behaviours = [l for l in BEHAVIOURS if scores[l] >= self.thresholds.get(l, 0.5)]
        return doc

"""Tone: TextBlob's polarity and subjectivity, computed from tokens spaCy already made.

`TextBlob(text).sentiment` re-tokenises every text with a regex tokenizer and walks a lazy
dictionary (~3,500 msg/s, the slowest step of the pipeline). This module applies the same
lexicon (`textblob.en.sentiment`, loaded once into a plain dict) with the same algorithm as
pattern's `Sentiment.assessments` for untagged words: modifiers ("really good"), negation
("not good" = -0.5 x good), "!" boosting the previous word, "(!)" irony and emoticons.
spaCy splits English much as TextBlob's tokenizer does ("ca n't", ":)", "!" apart), so the
figures equal TextBlob's on ordinary text; tests/tagging/test_tone.py checks a set of texts
and names the known tokenisation differences. One TextBlob quirk is kept on purpose: its
tokenizer splits "don't" as "do n ' t", so "n't" never negates; spaCy's "n't" token is
read the same way, so that polarity means exactly what TextBlob users expect.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from functools import cache
from typing import Any

from .rows import column

#: word -> (polarity, subjectivity, intensity, is_modifier)
Lexicon = dict[Hashable, tuple[float, float, float, bool]]


@cache
def _tables() -> tuple[Lexicon, frozenset[str], dict[str, float]]:
    """TextBlob's lexicon, negations and emoticons, loaded once (~0.6 s)."""
    from textblob._text import EMOTICONS, PUNCTUATION
    from textblob.en import sentiment

    sentiment.load()
    lexicon: Lexicon = {}
    for word, senses in dict.items(sentiment):
        p, s, i = senses[None]
        lexicon[word] = (p, s, i, any(m in senses for m in sentiment.modifiers))
    emoticons: dict[str, float] = {}
    for (_, polarity), faces in EMOTICONS.items():
        for face in map(str.lower, faces):
            # TextBlob only looks up short non-alphabetic tokens that are not punctuation.
            if not face.isalpha() and len(face) <= 5 and face not in PUNCTUATION:
                emoticons.setdefault(face, polarity)
    return lexicon, frozenset(sentiment.negations), emoticons


_SPECIAL = ("!", "(!)", "n't", "t")  # boost, irony, spaCy's "n't" and what TextBlob sees of it


def _with_notable(lexicon: Lexicon, negations: frozenset, emoticons: dict,
                  special: tuple) -> tuple:
    """_score's tables, its special words, then every word it does anything with: the
    others it passes over while no modifier or negation is pending (most words)."""
    notable = frozenset(lexicon).union(negations, emoticons, special)
    return (lexicon, negations, emoticons, *special, notable)


@cache
def _plain() -> tuple:
    """_score's tables for words as strings."""
    return _with_notable(*_tables(), _SPECIAL)


@cache
def _hashed() -> tuple[int, tuple]:
    """spaCy's LOWER attribute and _score's tables keyed by spaCy's string hashes, to score
    `column(doc, LOWER)` (one cached call per doc instead of imports and lookups)."""
    from spacy.attrs import LOWER
    from spacy.strings import get_string_id as key

    lexicon, negations, emoticons = _tables()
    return LOWER, _with_notable(
        {key(w): v for w, v in lexicon.items()},
        frozenset(map(key, negations)),
        {key(w): v for w, v in emoticons.items()},
        tuple(map(key, _SPECIAL)),
    )


def tone(words: list[str]) -> tuple[float, float]:
    """(polarity -1..1, subjectivity 0..1) of lower-cased words, as TextBlob scores them."""
    return _score(words, str, *_plain())


def tone_of_doc(doc: Any) -> tuple[float, float]:
    """tone() of a spaCy Doc's lower-cased tokens, without making Token objects."""
    lower, tables = _hashed()
    return _score(column(doc, lower), doc.vocab.strings.__getitem__, *tables)


def _clamp(x: float) -> float:
    return -1.0 if x < -1.0 else 1.0 if x > 1.0 else x


def _score(
    words: Sequence[Hashable], text: Callable[[Any], str],
    lexicon: Lexicon, negations: frozenset, emoticons: dict,
    bang: Hashable, irony: Hashable, nt: Hashable, t: Hashable, notable: frozenset,
) -> tuple[float, float]:
    """pattern's Sentiment.assessments and averaging for untagged words, over any word keys
    (strings, or spaCy hashes with `text` turning a key back into its string)."""
    found: list[list[float]] = []  # [polarity, subjectivity, intensity, sign]
    modifier: Any = None  # preceding known adverb ("really" good)
    negation: Any = None  # preceding negation ("not" good)
    for w in words:
        if w not in notable and modifier is None and negation is None:
            continue  # every branch below would leave the state as it is
        if w == nt:
            w = t  # TextBlob sees "n ' t": three short unknown words, none a negation
        entry = lexicon.get(w)
        if entry is not None:
            p, s, i, is_modifier = entry
            if modifier is None:
                found.append([p, s, i, 1.0])
            else:
                last = found[-1]
                last[0], last[1], last[2] = _clamp(p * last[2]), _clamp(s * last[2]), i
            if negation is not None:
                found[-1][2] = 1.0 / found[-1][2]
                found[-1][3] = -1.0
            modifier = w if is_modifier else None
            negation = w if w in negations else None
            continue
        if w in negations:
            negation = w
        elif negation is not None and len(text(w).strip("'")) > 1:
            negation = None  # negation carries across small words only ("not a good")
        if negation is not None and modifier is not None and text(modifier).endswith("ly"):
            found[-1][3] = -1.0  # "really not good"
            negation = None
        elif modifier is not None and len(text(w)) > 2:
            modifier = None
        if w == bang and found:
            found[-1][0] = _clamp(found[-1][0] * 1.25)
        elif w == irony:
            found.append([0.0, 1.0, 1.0, 1.0])
        elif w in emoticons:
            found.append([emoticons[w], 1.0, 1.0, 1.0])
    if not found:
        return 0.0, 0.0
    polarity = sum(f[0] * -0.5 if f[3] < 0 else f[0] for f in found) / len(found)
    return polarity, sum(f[1] for f in found) / len(found)

"""The learned layer: a bag-of-words `textcat_multilabel` over normalised words.

spaCy's BOW text classifier hashes each token's exact text (ORTH) and sums a weight per
n-gram occurrence. Two things in that fail on real streams, so our architecture
(`streamtool.TextCatBOW.v2`: spaCy's TextCatBOW.v3 with another feature extractor) changes
them. First, a sum grows with the text: a 1,500-character comment piles up evidence for every
label and gets extreme scores whatever it says, so each n-gram's value is 1 + log(count),
scaled to unit length per text (the sublinear, L2-normalised bag of words of classic text
classification). Second, handles, URLs and case vary endlessly between streams while meaning
the same thing, so the model reads normalised words: lower case, the @handles a reply opens
with as "@to" (the audience), a retweeted handle as "@rt", every other @handle as "@user"
(someone named), every URL as "<url>", every number as "<num>", and a typographic apostrophe
as the straight one ("you’re" as "you're"). What the model learned from "@mikesdiner thanks!"
then applies to "@anyone Thanks!". The words come from `doc.to_array`, so no second Doc is
made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.lang.en.lex_attrs import like_num
from spacy.lang.lex_attrs import is_punct, like_url
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, with_cpu

from .rows import column

HANDLE, ADDRESSEE, REPOSTED, URL, NUMBER = "@user", "@to", "@rt", "<url>", "<num>"
_IDS = {w: get_string_id(w) for w in (HANDLE, ADDRESSEE, REPOSTED, URL, NUMBER, "rt")}
#: lower-case word hash -> what kind of word it is (filled as words are first seen, bounded)
_KINDS: dict[int, int] = {}
_KINDS_MAX = 1_000_000
_WORD, _HANDLE, _URL, _NUM, _PUNCT, _CURLY = range(6)
#: a word with a typographic apostrophe ("’re") -> the hash of its straight spelling ("'re")
_STRAIGHT: dict[int, int] = {}


def _kind(doc: Doc, lower: int) -> int:
    kind = _KINDS.get(lower)
    if kind is None:
        if len(_KINDS) > _KINDS_MAX:
            _KINDS.clear()
            _STRAIGHT.clear()
        # spaCy's own tests on the lower-case string, as its Lexeme would give them, without
        # making a Lexeme (one per new word, with every attribute worked out) to ask
        text = doc.vocab.strings[lower]
        if "’" in text:
            _STRAIGHT[lower] = get_string_id(text.replace("’", "'"))
        kind = _KINDS[lower] = (
            _HANDLE if len(text) > 1 and text[0] == "@"
            else _URL if like_url(text)
            else _NUM if like_num(text)
            else _PUNCT if is_punct(text)
            else _CURLY if lower in _STRAIGHT
            else _WORD
        )
    return kind


def model_keys(doc: Doc) -> list[int]:
    """The hashes of the words the classifier sees for `doc`, one per token."""
    lowers = column(doc, LOWER)
    retweet = len(lowers) > 1 and lowers[0] == _IDS["rt"]
    keys = []
    kinds = _KINDS  # cleared in place when full, so this name stays valid
    opening = True  # still inside the run of @handles (and punctuation) a reply opens with
    for i, lower in enumerate(lowers):
        kind = kinds.get(lower)
        if kind is None:
            kind = _kind(doc, lower)
        if kind == _WORD:  # most tokens: skip the chain of comparisons below
            opening = False
            keys.append(lower)
            continue
        opening = opening and kind in (_HANDLE, _PUNCT)
        if kind == _HANDLE:
            keys.append(_IDS[REPOSTED if retweet and i == 1 else ADDRESSEE if opening else HANDLE])
        elif kind == _URL:
            keys.append(_IDS[URL])
        elif kind == _NUM:
            keys.append(_IDS[NUMBER])
        elif kind == _CURLY:
            keys.append(_STRAIGHT[lower])
        else:
            keys.append(lower)
    return keys


def _ngrams_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Any, Any]:
    """spaCy's extract_ngrams, over model_keys instead of ORTH: per doc, its distinct
    1..n-gram hashes in ascending order, each valued 1 + log(count), the doc's values
    scaled to unit length.

    One sort for the whole batch instead of a numpy.unique per doc (the per-call overhead
    dominated on tweets); keys and lengths equal spaCy's, array for array.
    """
    per_doc = [model_keys(doc) for doc in docs]
    sizes = numpy.fromiter(map(len, per_doc), dtype="int64", count=len(per_doc))
    unigrams = numpy.fromiter(
        (key for keys in per_doc for key in keys), dtype="uint64", count=int(sizes.sum())
    )
    doc_of = numpy.repeat(numpy.arange(len(docs), dtype="int64"), sizes)
    starts = numpy.cumsum(sizes) - sizes
    grams, owners = [unigrams], [doc_of]
    for n in range(2, model.attrs["n"] + 1):
        if len(unigrams) < n:
            break
        # n-grams of the joined batch, minus those straddling two docs (a hash reads only
        # its own window, so the rest equal the per-doc n-grams)
        joined = model.ops.ngrams(n, numpy.ascontiguousarray(unigrams))
        owner = doc_of[: len(joined)]
        inside = numpy.arange(len(joined)) - starts[owner] <= sizes[owner] - n
        grams.append(numpy.asarray(joined)[inside])
        owners.append(owner[inside])
    keys, owner = numpy.concatenate(grams), numpy.concatenate(owners)
    order = numpy.lexsort((keys, owner))
    keys, owner = keys[order], owner[order]
    first = numpy.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])
    at = numpy.flatnonzero(first)
    values = 1.0 + numpy.log(numpy.diff(numpy.append(at, len(keys))))
    owner = owner[at]
    lengths = numpy.bincount(owner, minlength=len(docs))
    values /= numpy.sqrt(numpy.bincount(owner, weights=values * values, minlength=len(docs)))[owner]
    ops = model.ops
    out = (ops.asarray(keys[at]), ops.asarray(values, dtype="f"),
           ops.asarray(lengths, dtype="int32"))
    return out, lambda d_out: []


@registry.architectures("streamtool.TextCatBOW.v2")
def build_bow(
    exclusive_classes: bool, ngram_size: int, no_output_layer: bool,
    length: int = 262144, nO: int | None = None,
) -> Model:
    """spacy.TextCatBOW.v3 (same weights, same resizing) reading normalised model_keys."""
    from spacy.ml.models.textcat import NEG_VALUE, resize_and_set_ref
    from thinc.api import resizable
    from thinc.layers.resizable import resize_linear_weighted

    length = 2 ** (length - 1).bit_length()
    sparse = SparseLinear_v2(nO=nO, length=length)
    fill = {"b": NEG_VALUE if not no_output_layer else 0, "W": 0}
    layer = resizable(sparse, resize_layer=partial(resize_linear_weighted, fill_defaults=fill))
    extract = Model("streamtool_ngrams", _ngrams_forward, attrs={"n": ngram_size})
    model = with_cpu(chain(extract, layer), layer.ops)
    if not no_output_layer:
        model = chain(model, with_cpu(Logistic(), layer.ops))
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=layer)
    return model


@Language.factory("streamtool_model", default_config={"model_dir": ""})
def make_model(nlp: Language, name: str, model_dir: str) -> LearnedLayer:
    import spacy

    trained = spacy.load(Path(model_dir))
    return LearnedLayer(trained.get_pipe("textcat"))


class LearnedLayer:
    """Runs the trained textcat and leaves its probabilities in doc.cats."""

    def __init__(self, textcat: Any) -> None:
        self.textcat = textcat
        self.labels = tuple(textcat.labels)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 512) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._score(batch)
                batch = []
        yield from self._score(batch)

    def _score(self, docs: list[Doc]) -> list[Doc]:
        # The BOW model fails on an empty Doc inside a batch; an empty text has no cues anyway.
        filled = [d for d in docs if len(d)]
        if filled:
            scores = self.textcat.predict(filled)
            self.textcat.set_annotations(filled, scores)
        for doc in docs:
            if not len(doc):
                doc.cats = dict.fromkeys(self.labels, 0.0)
        return docs

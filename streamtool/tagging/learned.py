"""The learned layer: a bag-of-words `textcat_multilabel` read through normalised tokens.

spaCy's BOW text classifier hashes each token's exact text (ORTH). Handles, URLs and case
vary endlessly between streams while meaning the same thing, so the classifier sees a
normalised copy of each Doc: lower case, the @handles a reply opens with as "@to" (the
audience), a retweeted handle as "@rt", every other @handle as "@user" (someone named),
every URL as "<url>", every number as "<num>". Training (train.py) uses the same normalisation, so what the model
learned from "@mikesdiner thanks!" applies to "@anyone Thanks!".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

HANDLE, ADDRESSEE, REPOSTED, URL, NUMBER = "@user", "@to", "@rt", "<url>", "<num>"


def normalised(doc: Doc) -> Doc:
    """A copy of `doc` with the words the classifier should see (same tokens, same spacing)."""
    words = []
    opening = True  # still inside the run of @handles (and punctuation) a reply opens with
    for token in doc:
        text = token.text
        is_handle = len(text) > 1 and text[0] == "@"
        opening = opening and (is_handle or token.is_punct)
        if is_handle:
            reposted = token.i == 1 and doc[0].text == "RT"
            words.append(REPOSTED if reposted else ADDRESSEE if opening else HANDLE)
        elif token.like_url:
            words.append(URL)
        elif token.like_num:
            words.append(NUMBER)
        else:
            words.append(token.lower_)
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


@Language.factory("streamtool_model", default_config={"model_dir": ""})
def make_model(nlp: Language, name: str, model_dir: str) -> LearnedLayer:
    import spacy

    trained = spacy.load(Path(model_dir))
    return LearnedLayer(trained.get_pipe("textcat"), nlp.vocab)


class LearnedLayer:
    """Runs the trained textcat on normalised Docs and leaves its probabilities in doc.cats."""

    def __init__(self, textcat: Any, vocab: Any) -> None:
        self.textcat = textcat
        self.vocab = vocab
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
            copies = [normalised(d) for d in filled]
            for doc, copy in zip(filled, self.textcat.pipe(copies, batch_size=len(copies))):
                doc.cats = dict(copy.cats)
        for doc in docs:
            if not len(doc):
                doc.cats = dict.fromkeys(self.labels, 0.0)
        return docs

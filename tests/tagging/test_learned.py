"""The learned layer's view of a text: the normalised words the classifier reads."""

from __future__ import annotations

from spacy.strings import get_string_id

from streamtool.tagging.learned import model_keys


def _keys(nlp, text):
    return model_keys(nlp.make_doc(text))


def test_handles_links_and_numbers_read_as_their_kind(tagger):
    keys = _keys(tagger.nlp, "@Deb see @mike_b at https://example.com 7")
    words = ["@to", "see", "@user", "at", "<url>", "<num>"]
    assert keys == [get_string_id(w) for w in words]


def test_a_typographic_apostrophe_reads_as_a_straight_one(tagger):
    curly = "@deb you\u2019re welcome, let\u2019s meet"
    assert _keys(tagger.nlp, curly) == _keys(tagger.nlp, curly.replace("\u2019", "'"))
    assert tagger.explain(curly).scores == tagger.explain(curly.replace("\u2019", "'")).scores

"""Token attributes as plain lists, computed once per Doc and shared by the components.

`doc.to_array` costs about as much as a component's own work on a tweet, so the rule layer,
the learned layer and tone share one list per attribute instead of asking spaCy again.
(One call per attribute: a many-column array turned into lists is slower than several.)
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "streamtool_columns"


def column(doc: Doc, attr: int) -> list[int]:
    """The values of one spaCy attribute (spacy.attrs.ORTH, LOWER, IDX, ...) per token."""
    cache = doc.user_data.get(_KEY)
    if cache is None or cache.get("n") != len(doc):
        cache = doc.user_data[_KEY] = {"n": len(doc)}
    values = cache.get(attr)
    if values is None:
        values = cache[attr] = doc.to_array(attr).tolist() if len(doc) else []
    return values

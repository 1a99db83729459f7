"""Per-Doc data shared by the components: token attributes as plain lists, and extensions.

`doc.to_array` costs about as much as a component's own work on a tweet, so the rule layer,
the learned layer and tone share one list per attribute instead of asking spaCy again.
(One call per attribute: a many-column array turned into lists is slower than several.)

`doc._.name` builds a fresh Underscore object on every access (~12 per doc in the pipeline,
a tenth of the tagger's time); the components read and write the same values directly in
`doc.user_data` under the key spaCy's Underscore uses, so `doc._.name` still sees them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def ext_key(name: str) -> tuple[str, str, None, None]:
    """The `doc.user_data` key of Doc extension `name` (what `doc._.name` reads and sets)."""
    return ("._.", name, None, None)


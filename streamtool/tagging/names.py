"""Is a capitalised word a person's name, or an ordinary word at the start of a sentence?

"Deb, ..." and "Thanks Mike" address a person; "Look, ...", "Hell, ...", "Me, too" and
"Interesting, ..." do not. TextBlob ships Brill's part-of-speech lexicon (94,000 words, each
with its most frequent tag, from the Brown corpus and the Penn Treebank); a word it knows as
anything but a proper noun is an ordinary word. Words it does not know at all (most first
names, nicknames, handles) count as names.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PROPER = frozenset({"NNP", "NNPS"})


@cache
def _lexicon() -> dict[str, str]:
    """Word (as written in the lexicon) -> its usual part-of-speech tag; loaded once."""
    import textblob.en

    path = Path(textblob.en.__file__).with_name("en-lexicon.txt")
    tags = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 2 and not line.startswith(";"):
                tags[parts[0]] = parts[1]
    return tags


def is_ordinary_word(word: str) -> bool:
    """True when `word` ("Look", "Hell", "Interesting") is a common English word rather than
    a name: the lexicon tags it, or failing that its lower case, as something other than a
    proper noun. "Mike", "Deb" and words the lexicon does not know are not ordinary."""
    tags = _lexicon()
    tag = tags.get(word) or tags.get(word.lower())
    return tag is not None and tag not in _PROPER

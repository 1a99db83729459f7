"""The behaviour tagger: seven small-town behaviours per message, with evidence and tone.

    from streamtool.tagging import Tagger
    tagger = Tagger.load()                 # once per process; ModelError if models/ is missing
    for message in tagger.tag(messages):   # streams, batched through spaCy's nlp.pipe
        message.tags.behaviours, message.tags.scores, message.tags.evidence
    tagger.explain("Thanks Mike! See you Saturday").evidence

spaCy and TextBlob load when a Tagger does, not when this package is imported.
"""

from __future__ import annotations

from .tagger import Tagger

__all__ = ["Tagger"]

"""The Tagger: loads the pipeline once, tags streams of Messages in batches, explains texts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from ..errors import ModelError
from ..model import BEHAVIOURS, Message, Tags
from ..paths import models_dir as default_models_dir
from .facts import facts_from_message, facts_from_words
from .rows import ext_key
from .version import model_version

MANIFEST = "manifest.json"
TEXTCAT_DIR = "textcat"
#: Distinct strings the tokenizer remembers (spaCy's default 10,000 is far too few for tweets:
#: handles, URLs and hashtags evict each other; see ../shared/docs/performance-notes.md).
TOKENIZER_CACHE = 250_000
_ADVICE = "run `make models` (or `streamtool train`) to rebuild it"
#: The word attributes the components read beside the pattern files' token patterns: lower
#: case (phrases, model, tone), title case, letters and punctuation (names, the first word).
#: The model tells URLs and numbers by spaCy's own tests on the word (learned.py).
WORD_ATTRS = frozenset({"LOWER", "IS_ALPHA", "IS_TITLE", "IS_PUNCT"})
# doc._ values read and set through doc.user_data (see rows.py)
_FACTS, _LABELS, _SCORES, _EVIDENCE, _POLARITY, _SUBJECTIVITY = map(ext_key, (
    "message_facts", "behaviours", "behaviour_scores", "evidence", "polarity", "subjectivity"))


class Tagger:
    """Tags messages with the seven behaviours, their scores, evidence and tone.

    `nlp` is the spaCy pipeline doing it. Its words carry only the attributes the tagger reads
    (WORD_ATTRS and the token patterns'): a stop-word flag or a word shape reads as empty.
    """

    def __init__(self, nlp: Any, version: str, models_dir: Path) -> None:
        self.nlp = nlp
        self.version = version
        self.models_dir = models_dir

    @classmethod
    def load(cls, models_dir: Path | None = None) -> Tagger:
        """The tagger built from `models_dir` (default: paths.models_dir()).

        Raises ModelError, with advice, when the manifest, patterns, thresholds or trained
        model are missing or broken. Never touches the network.
        """
        directory = Path(models_dir) if models_dir is not None else default_models_dir()
        manifest = read_manifest(directory)
        try:
            nlp = _pipeline(directory, manifest)
        except ModelError:
            raise
        except (OSError, ValueError, KeyError, TypeError) as exc:
            broken = f"{directory}: the tagger model is broken ({exc}); {_ADVICE}"
            raise ModelError(broken) from None
        return cls(nlp, model_version(directory, manifest), directory)

    @property
    def has_model(self) -> bool:
        """True when the learned layer (textcat) is part of the pipeline."""
        return "streamtool_model" in self.nlp.pipe_names

    @property
    def thresholds(self) -> dict[str, float]:
        """Each label's threshold on its combined score (models/thresholds.json)."""
        return dict(self.nlp.get_pipe("streamtool_combine").thresholds)

    def tag(self, messages: Iterable[Message], batch_size: int = 512) -> Iterator[Message]:
        """Set `message.tags` on each message and yield it, in order, batch by batch.

        Messages already tagged by this same model version (a tagged JSONL stream read back)
        keep their tags and are not tagged again.
        """
        it = iter(messages)
        while True:
            batch: list[Message] = []
            try:
                for message in it:
                    batch.append(message)
                    if len(batch) >= batch_size:
                        break
            except Exception:
                # The input failed mid-batch (a bad record under --strict): what was read
                # before it is still tagged and handed on, then the error goes up.
                self._tag_batch(batch, batch_size)
                yield from batch
                raise
            if not batch:
                return
            self._tag_batch(batch, batch_size)
            yield from batch

    def _tag_batch(self, batch: list[Message], batch_size: int) -> None:
        todo = [m for m in batch if m.tags is None or m.tags.model != self.version]
        docs = []
        for message in todo:
            doc = self.nlp.make_doc(message.text or "")
            doc.user_data[_FACTS] = facts_from_message(message)
            docs.append(doc)
        for message, doc in zip(todo, self.nlp.pipe(docs, batch_size=batch_size), strict=True):
            message.tags = self._tags(doc)

    def tag_texts(
        self, texts: Iterable[str], batch_size: int = 512, replies: Iterable[bool] | None = None
    ) -> Iterator[Tags]:
        """Tags of plain texts: the facts come from the words alone, and when `replies` is
        given (one flag per text) a flagged text also counts as a reply."""
        if replies is None:
            docs: Iterable[Any] = texts
        else:
            docs = (self._reply_doc(t, r) for t, r in zip(texts, replies, strict=True))
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield self._tags(doc)

    def _reply_doc(self, text: str, reply: bool) -> Any:
        doc = self.nlp.make_doc(text)
        if reply:
            words = [t.text for t in doc]
            doc.user_data[_FACTS] = dataclasses.replace(facts_from_words(words), is_reply=True)
        return doc

    def explain(self, text: str) -> Tags:
        """The tags of one plain text, with every label's score and evidence."""
        return self._tags(self.nlp(text))

    def _tags(self, doc: Any) -> Tags:
        data = doc.user_data
        return Tags(
            behaviours=list(data[_LABELS]),
            scores=data[_SCORES],
            evidence=data[_EVIDENCE],
            polarity=round(data[_POLARITY], 4),
            subjectivity=round(data[_SUBJECTIVITY], 4),
            model=self.version,
        )


def _keep_lexeme_attrs(vocab: Any, names: Iterable[str]) -> None:
    """Have spaCy work out only these attributes (spacy.attrs names) for a word it meets
    for the first time. It knows some twenty (shape, prefix, suffix, stop word, ...) and
    computes them all in Python for every new word; in a real export most words are new,
    and the ones nothing here reads cost a fifth of the tagging time."""
    from spacy.attrs import IDS

    wanted = {IDS[name] for name in names}
    for attr in [a for a in vocab.lex_attr_getters if a not in wanted]:
        del vocab.lex_attr_getters[attr]


def read_manifest(directory: Path) -> dict[str, Any]:
    """models/manifest.json: what `streamtool train` produced and from which data."""
    path = directory / MANIFEST
    try:
        manifest = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise ModelError(f"{path}: no tagger model here; {_ADVICE}") from None
    except (OSError, orjson.JSONDecodeError) as exc:
        raise ModelError(f"{path}: unreadable model manifest ({exc}); {_ADVICE}") from None
    if not isinstance(manifest, dict) or "training_digest" not in manifest:
        raise ModelError(f"{path}: not a streamtool model manifest; {_ADVICE}")
    return manifest


def _pipeline(directory: Path, manifest: dict[str, Any]) -> Any:
    import spacy

    from . import components, learned  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    rules = nlp.add_pipe("streamtool_rules", config={"patterns_dir": str(directory / "patterns")})
    _keep_lexeme_attrs(nlp.vocab, WORD_ATTRS | rules.token_attrs)
    if manifest.get("textcat"):
        textcat = directory / TEXTCAT_DIR
        if not (textcat / "config.cfg").is_file():
            raise ModelError(f"{textcat}: trained model missing; {_ADVICE}")
        learned = nlp.add_pipe("streamtool_model", config={"model_dir": str(textcat)})
        if set(learned.labels) != set(BEHAVIOURS):
            raise ModelError(f"{textcat}: model labels are not the seven behaviours; {_ADVICE}")
    nlp.add_pipe("streamtool_tone")
    thresholds = str(directory / "thresholds.json")
    nlp.add_pipe("streamtool_combine", config={"thresholds_path": thresholds})
    return nlp

"""`streamtool train`: the learned layer, trained from models/training/*.jsonl, reproducibly.

Steps: read every training file (sorted by name, duplicates of a text dropped); split the
texts into FOLDS folds, whole files to a fold (the same split on every run, see
assign_folds); for each fold, train a `textcat_multilabel` (bag-of-words, learned.py) on the
other folds with a fixed seed and order and score the held-out fold with rules and model
combined (combine.py), replies tagged as replies; tune each label's threshold for F1 on
those held-out scores; finally train the shipped model on all texts. The folds run in a
scratch directory; models/textcat/, thresholds.json and manifest.json are replaced only at
the end. The model version hashes the training data, patterns, thresholds and tagging code.

The trained models (five fold models and the final one) depend on the corpus, the code that
trains them and makes their features, and the libraries, not on the patterns or the rules, so
they are kept under models/.trained/ (not shipped) and reused by the next run that has the
same of those: after an edit to the patterns or the rules, retuning the thresholds takes
seconds instead of several minutes.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from ..model import BEHAVIOURS
from ..paths import models_dir as default_models_dir
from . import learned  # noqa: F401  (registers streamtool.TextCatBOW.v2)
from .evaluate import GoldFileError, f1_score, read_labelled
from .tagger import MANIFEST, TEXTCAT_DIR

FOLDS = 5
SEED = 0
EPOCHS = 12
BATCH_SIZE = 16
#: Adam's step size and weight decay. Decay keeps any one n-gram from carrying a label on
#: its own: the corpus is written by a few people whose pet phrases a model would otherwise
#: learn by heart (measured on real messages the team labelled: see models/training/README.md).
LEARN_RATE = 0.01
WEIGHT_DECAY = 0.1
#: Hash buckets of the bag-of-words model: 2**18 x 7 labels of float32 is ~7 MB on disk.
BOW_LENGTH = 2**18
#: Where trained models are kept between runs, inside the models directory (see above).
TRAINED_DIR = ".trained"
#: The modules a trained model depends on: this one, and the model's words and features.
TRAINED_BY = ("train.py", "learned.py", "rows.py")
THRESHOLD_GRID = [round(0.05 * i, 2) for i in range(2, 19)]  # 0.10 .. 0.90

TEXTCAT_CONFIG = {
    "threshold": 0.5,
    "model": {
        "@architectures": "streamtool.TextCatBOW.v2",
        "exclusive_classes": False,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": BOW_LENGTH,
    },
}


class TrainingText(NamedTuple):
    text: str
    labels: set[str]
    reply: bool  #: the message answers someone (tagged as a reply, as evaluate does)
    file: str  #: the training file it came from (folds keep a file together)


@dataclass
class TrainResult:
    examples: int  #: distinct texts; the final model is trained on all of them
    heldout: int  #: texts scored out of fold to tune the thresholds
    thresholds: dict[str, float]
    heldout_f1: dict[str, float]  #: per label, out of fold, at its tuned threshold
    version: str


def load_corpus(directory: Path) -> tuple[list[TrainingText], str]:
    """Every labelled text of every *.jsonl in directory, first copy of each text kept, and a
    digest of the files' names and bytes."""
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise GoldFileError(f"{directory}: no training files (*.jsonl) to learn from")
    digest = hashlib.sha256()
    seen: set[str] = set()
    corpus = []
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        for record in read_labelled(path):
            key = " ".join(record.text.split()).lower()
            if key and key not in seen:
                seen.add(key)
                corpus.append(
                    TrainingText(record.text, record.labels, record.responding, path.name))
    return corpus, digest.hexdigest()


def fold_of(text: str) -> int:
    """The text's cross-validation fold, by a hash of its words: the same on every run."""
    key = " ".join(text.split()).lower().encode()
    return int.from_bytes(hashlib.sha256(key).digest()[:4], "big") % FOLDS


def assign_folds(corpus: list[TrainingText]) -> list[int]:
    """Each text's fold. Whole files go to one fold, largest first to the smallest fold:
    one writer's texts share wording a model learns by heart, so scoring a file with a model
    that saw none of it is the honest stand-in for messages from elsewhere, and tunes the
    thresholds for them. A corpus of fewer files than folds is split by text (fold_of)."""
    sizes = Counter(t.file for t in corpus)
    if len(sizes) < FOLDS:
        return [fold_of(t.text) for t in corpus]
    load = [0] * FOLDS
    fold_of_file = {}
    for name, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        fold = load.index(min(load))
        fold_of_file[name] = fold
        load[fold] += size
    return [fold_of_file[t.file] for t in corpus]


def train(
    models_dir: Path | None = None,
    training_dir: Path | None = None,
    epochs: int = EPOCHS,
    progress: Callable[[str], None] | None = None,
) -> TrainResult:
    """Train, tune and save the model into models_dir (default: paths.models_dir()).

    The fold models are scored in a scratch directory and kept in models_dir/.trained/, never
    in models_dir/textcat: until the final model is written, anything tagging from models_dir
    meanwhile (a cron report) still gets the old model whole."""
    from .tagger import Tagger

    directory = Path(models_dir) if models_dir is not None else default_models_dir()
    corpus, digest = load_corpus(training_dir or directory / "training")
    gold = [t.labels for t in corpus]
    trained = _trained_dir(directory, _training_key(digest, epochs))
    with tempfile.TemporaryDirectory(prefix="streamtool-train-") as scratch:
        scores = _heldout_scores(corpus, directory, Path(scratch), digest, trained, epochs,
                                 progress)
    scored = [i for i, s in enumerate(scores) if s]
    thresholds, f1s = tune_thresholds([scores[i] for i in scored], [gold[i] for i in scored])
    final = _textcat(corpus, epochs, trained / "final", _prefixed(progress, "final: "))
    _install(final, directory / TEXTCAT_DIR)
    _write_json(directory / "thresholds.json", _thresholds_record(thresholds, f1s, len(scored)))
    _write_json(directory / MANIFEST, _manifest(digest, len(corpus)))
    version = Tagger.load(directory).version
    return TrainResult(len(corpus), len(scored), thresholds, f1s, version)


def _training_key(digest: str, epochs: int) -> str:
    """What a trained model depends on: the corpus, the code that trains it and makes its
    features (TRAINED_BY), the epochs and the spaCy and thinc versions."""
    import spacy
    import thinc

    from .version import code_digest

    parts = (digest, code_digest(*TRAINED_BY), str(epochs), spacy.__version__, thinc.__version__)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def _trained_dir(directory: Path, key: str) -> Path:
    """models/.trained/<key>, with the models kept for any other key removed."""
    root = directory / TRAINED_DIR
    if root.is_dir():
        for old in root.iterdir():
            if old.name != key:
                shutil.rmtree(old, ignore_errors=True)
    (root / key).mkdir(parents=True, exist_ok=True)
    return root / key


def _textcat(corpus: list[TrainingText], epochs: int, path: Path,
             progress: Callable[[str], None] | None) -> Path:
    """`path`, holding the textcat trained on corpus: kept from an earlier run with the
    same training key, or trained now."""
    if (path / "config.cfg").is_file():
        if progress:
            progress("reused, trained before on the same data and code")
    else:
        _swap_in(path, fit_textcat(corpus, epochs, progress).to_disk)
    return path


def _heldout_scores(
    corpus: list[TrainingText], directory: Path, scratch: Path, digest: str, trained: Path,
    epochs: int, progress: Callable[[str], None] | None,
) -> list[dict[str, float]]:
    """Each text's scores from the full tagger (rules + a model trained without its fold),
    every threshold at 0.5; {} for a text no fold scored. The fold models are kept in
    `trained`; the tagger runs in `scratch`, beside a copy of directory's patterns."""
    from .tagger import Tagger

    shutil.copytree(directory / "patterns", scratch / "patterns")
    _write_json(scratch / "thresholds.json", _thresholds_record({}, {}, 0))
    _write_json(scratch / MANIFEST, _manifest(digest, len(corpus)))
    folds = assign_folds(corpus)
    scores: list[dict[str, float]] = [{} for _ in corpus]
    for fold in range(FOLDS):
        inside = [t for t, f in zip(corpus, folds, strict=True) if f != fold]
        out = [i for i, f in enumerate(folds) if f == fold]
        if not inside or not out:
            continue
        say = _prefixed(progress, f"fold {fold + 1}/{FOLDS}: ")
        _install(_textcat(inside, epochs, trained / f"fold-{fold + 1}", say),
                 scratch / TEXTCAT_DIR)
        tagger = Tagger.load(scratch)
        texts = (corpus[i].text for i in out)
        replies = (corpus[i].reply for i in out)
        for i, tags in zip(out, tagger.tag_texts(texts, replies=replies), strict=True):
            scores[i] = tags.scores
    return scores


def _prefixed(
    progress: Callable[[str], None] | None, prefix: str
) -> Callable[[str], None] | None:
    return (lambda line: progress(prefix + line)) if progress else None


def fit_textcat(
    corpus: list[TrainingText], epochs: int, progress: Callable[[str], None] | None = None
) -> Any:
    """A blank English pipeline with a trained textcat_multilabel; same data -> same weights."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam

    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", name="textcat", config=TEXTCAT_CONFIG)
    for label in BEHAVIOURS:
        textcat.add_label(label)
    examples = [
        Example.from_dict(nlp.make_doc(text), {"cats": {b: float(b in labels) for b in BEHAVIOURS}})
        for text, labels, _, _ in corpus
        if text.strip()
    ]
    nlp.initialize(lambda: examples)
    optimizer = Adam(LEARN_RATE, L2=WEIGHT_DECAY, L2_is_weight_decay=True, grad_clip=1.0,
                     use_averages=True)
    order = random.Random(SEED)
    for epoch in range(1, epochs + 1):
        order.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=BATCH_SIZE):
            nlp.update(batch, sgd=optimizer, losses=losses)
        if progress:
            progress(f"epoch {epoch}/{epochs}: loss {losses.get('textcat', 0.0):.3f}")
    return nlp


def tune_thresholds(
    scores: list[dict[str, float]], gold: list[set[str]]
) -> tuple[dict[str, float], dict[str, float]]:
    """Per label, the grid threshold with the best F1 on these messages (ties: the one
    nearest 0.5). A label with no positive example keeps 0.5."""
    thresholds: dict[str, float] = {}
    f1s: dict[str, float] = {}
    for label in BEHAVIOURS:
        support = sum(label in g for g in gold)
        best = (-1.0, 0.0, 0.5)
        for cut in THRESHOLD_GRID if support else []:
            hits = [s[label] >= cut for s in scores]
            tp = sum(h and label in g for h, g in zip(hits, gold, strict=True))
            f1 = f1_score(tp, sum(hits), support)[2]
            best = max(best, (round(f1, 6), -abs(cut - 0.5), cut))
        thresholds[label] = best[2]
        f1s[label] = round(max(best[0], 0.0), 4)
    return thresholds, f1s


def _install(source: Path, target: Path) -> None:
    """A copy of the model directory `source` at `target`, swapped in whole."""
    _swap_in(target, lambda fresh: shutil.copytree(source, fresh))


def _swap_in(target: Path, write: Callable[[Path], Any]) -> None:
    """`write` the directory beside `target`, then swap it in: a failed run leaves the old
    one whole."""
    fresh, old = (target.with_name(target.name + suffix) for suffix in (".new", ".old"))
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    write(fresh)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _manifest(digest: str, examples: int) -> dict[str, Any]:
    return {
        "format": 1,
        "textcat": TEXTCAT_DIR,
        "training_digest": digest,
        "examples": examples,
        "folds": FOLDS,
        "seed": SEED,
        "note": "built by `streamtool train` (make models) from models/training/*.jsonl",
    }


def _thresholds_record(thresholds: dict[str, float], f1s: dict[str, float], n: int) -> dict:
    return {
        "note": (
            f"per-label thresholds tuned by `streamtool train` for F1 on held-out scores: each "
            f"of the {n} texts of models/training scored by rules plus a model trained without "
            f"its fold ({FOLDS} folds of whole files); never tuned on the gold dev set"
        ),
        "thresholds": {label: thresholds.get(label, 0.5) for label in BEHAVIOURS},
        "heldout_f1": f1s,
    }


def _write_json(path: Path, record: dict[str, Any]) -> None:
    """Write beside the file and rename over it: a reader sees the old or the new, whole."""
    fresh = path.with_name(path.name + ".new")
    fresh.write_bytes(orjson.dumps(record, option=orjson.OPT_INDENT_2) + b"\n")
    fresh.replace(path)

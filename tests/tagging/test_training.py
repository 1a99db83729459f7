"""Training: deterministic split, reproducible model, thresholds tuned on the held-out part."""

from __future__ import annotations

import shutil

import orjson
import pytest

from streamtool.model import BEHAVIOURS
from streamtool.tagging import Tagger
from streamtool.tagging.train import (
    FOLDS,
    TrainingText,
    assign_folds,
    fold_of,
    load_corpus,
    train,
    tune_thresholds,
)
from tests.tagging.conftest import MODELS

TINY = [
    ("Thanks so much Deb, you're a star", ["reciprocity", "connecting"]),
    ("Thank you for the eggs Bill", ["reciprocity"]),
    ("thanks for holding my order", ["reciprocity"]),
    ("Let's grab coffee Saturday", ["extending"]),
    ("See you at the market Friday!", ["extending"]),
    ("Email me and we'll set it up", ["extending"]),
    ("You should meet Sue at the chamber", ["networking"]),
    ("Ask Marilyn, she knows bees", ["networking"]),
    ("Road work on Main all day", []),
    ("Store closed Monday", []),
    ("Council meeting moved to Thursday", []),
    ("New rye loaf in the case", []),
    ("Remember when the store flooded?", ["shared_history"]),
    ("Go check out the new bakery", ["coopetition"]),
    ("Saw you at church and on here", ["contexts"]),
    ("Hi Mike! How's the family?", ["connecting"]),
] * 2  # the copies are dropped as duplicates: training sees each text once


def _models(tmp_path, rows):
    target = tmp_path / "models"
    target.mkdir(parents=True)
    shutil.copytree(MODELS / "patterns", target / "patterns")
    (target / "training").mkdir()
    lines = [orjson.dumps({"text": t, "labels": labels}).decode() for t, labels in rows]
    (target / "training" / "tiny.jsonl").write_text("\n".join(lines) + "\n")
    return target


def test_folds_are_by_text_not_by_chance():
    assert fold_of("Thanks Deb") == fold_of("  thanks   deb ")
    sizes = [sum(fold_of(f"message {i}") == k for i in range(2000)) for k in range(FOLDS)]
    assert all(350 < size < 450 for size in sizes)  # about 2000 / 5 each


def test_folds_keep_each_file_whole_and_balance_the_sizes():
    sizes = {"a.jsonl": 50, "b.jsonl": 40, "c.jsonl": 30, "d.jsonl": 20, "e.jsonl": 10,
             "f.jsonl": 10}
    corpus = [TrainingText(f"{name} {i}", set(), False, name)
              for name, size in sizes.items() for i in range(size)]
    folds = assign_folds(corpus)
    by_file = {t.file: {f for u, f in zip(corpus, folds, strict=True) if u.file == t.file}
               for t in corpus}
    assert all(len(f) == 1 for f in by_file.values())
    # largest first into the emptiest fold: a, b, c, d, e each alone, then f joins e's fold
    assert [len([f for f in folds if f == k]) for k in range(FOLDS)] == [50, 40, 30, 20, 20]


def test_a_corpus_of_few_files_is_split_by_text():
    corpus = [TrainingText(f"message {i}", set(), False, "one.jsonl") for i in range(50)]
    assert assign_folds(corpus) == [fold_of(t.text) for t in corpus]


def test_corpus_drops_duplicates(tmp_path):
    corpus, digest = load_corpus(_models(tmp_path, TINY) / "training")
    assert len(corpus) == 16 and len(digest) == 64
    assert corpus[0] == TrainingText("Thanks so much Deb, you're a star",
                                     {"reciprocity", "connecting"}, False, "tiny.jsonl")


def test_training_twice_gives_the_same_model(tmp_path):
    first = _models(tmp_path / "a", TINY)
    second = _models(tmp_path / "b", TINY)
    r1 = train(first, epochs=3)
    r2 = train(second, epochs=3)
    assert r1.version == r2.version and r1.thresholds == r2.thresholds
    assert r1.examples == 16 and r1.heldout == 16  # every text scored out of its fold
    model = "textcat/textcat/model"
    assert (first / model).read_bytes() == (second / model).read_bytes()
    probe = ["Thanks Bill, see you Friday", "Road closed"]
    t1, t2 = Tagger.load(first), Tagger.load(second)
    assert [t.scores for t in t1.tag_texts(probe)] == [t.scores for t in t2.tag_texts(probe)]


def test_other_data_gives_another_version(tmp_path):
    a = train(_models(tmp_path / "a", TINY), epochs=1)
    b = train(_models(tmp_path / "b", TINY[:-1] + [("Hi Sue!", ["connecting"])]), epochs=1)
    assert a.version != b.version


def test_thresholds_maximise_f1_on_the_given_messages():
    scores = [dict.fromkeys(BEHAVIOURS, 0.0) for _ in range(4)]
    for s, v in zip(scores, [0.9, 0.62, 0.41, 0.2], strict=True):
        s["reciprocity"] = v
    gold = [{"reciprocity"}, {"reciprocity"}, set(), set()]
    thresholds, f1s = tune_thresholds(scores, gold)
    # any cut in (0.41, 0.62] separates perfectly; of those the grid's nearest to 0.5 is 0.5
    assert thresholds["reciprocity"] == 0.5 and f1s["reciprocity"] == 1.0
    assert thresholds["networking"] == 0.5 and f1s["networking"] == 0.0  # no support


def test_no_training_files_is_a_clear_error(tmp_path):
    from streamtool.tagging.evaluate import GoldFileError

    with pytest.raises(GoldFileError, match="no training files"):
        load_corpus(tmp_path)


def test_the_second_annotation_record_matches_the_corpus():
    """models/training/second-pass/disputed.jsonl lists every text the two annotators
    labelled differently; the corpus holds its `final` labels: the adjudicated ones, except
    networking and shared_history, where the writers' labels stand (README)."""
    import hashlib

    corpus = {}
    for path in sorted((MODELS / "training").glob("*.jsonl")):
        for line in path.read_bytes().splitlines():
            record = orjson.loads(line)
            key = hashlib.sha256(" ".join(record["text"].split()).lower().encode()).hexdigest()
            corpus.setdefault((path.name, key[:10]), sorted(record["labels"]))
    rows = [orjson.loads(line) for line in
            (MODELS / "training" / "second-pass" / "disputed.jsonl").read_bytes().splitlines()]
    assert len(rows) == 1129
    writers_own = {"networking", "shared_history"}
    for row in rows:
        assert corpus[(row["file"], row["key"])] == row["final"], row
        assert row["first"] != row["second"]
        first, second, adjudicated = map(set, (row["first"], row["second"], row["adjudicated"]))
        assert first & second <= adjudicated <= first | second, row
        assert set(row["final"]) == (adjudicated - writers_own) | (first & writers_own), row


def test_the_old_model_serves_until_the_new_one_is_written(tmp_path):
    target = _models(tmp_path, TINY)
    before = train(target, epochs=1)
    shipped = {name: (target / name).read_bytes()
               for name in ("manifest.json", "thresholds.json", "textcat/textcat/model")}
    more = orjson.dumps({"text": "Hi Sue!", "labels": ["connecting"]})
    (target / "training" / "more.jsonl").write_bytes(more + b"\n")
    seen = []

    def progress(line: str) -> None:  # called while the folds train
        if not line.startswith("final"):
            seen.append(all((target / name).read_bytes() == data for name, data in shipped.items()))
            seen.append(Tagger.load(target).version == before.version)

    after = train(target, epochs=1, progress=progress)
    assert seen and all(seen)
    assert Tagger.load(target).version == after.version != before.version
    assert sorted(p.name for p in target.iterdir()) == [
        ".trained", "manifest.json", "patterns", "textcat", "thresholds.json", "training"]
    assert len(list((target / ".trained").iterdir())) == 1  # the models for the old data went


def test_a_pattern_edit_retunes_with_the_models_already_trained(tmp_path, monkeypatch):
    """The fold and final models depend on the corpus and the code, not on the patterns:
    a second run reuses them (no training at all) and tunes the thresholds anew."""
    from streamtool.tagging import train as train_module

    target = _models(tmp_path, TINY)
    first = train(target, epochs=1)
    model = (target / "textcat/textcat/model").read_bytes()
    fits = []
    real_fit = train_module.fit_textcat
    monkeypatch.setattr(train_module, "fit_textcat",
                        lambda *args, **kwargs: fits.append(1) or real_fit(*args, **kwargs))
    again = train(target, epochs=1)
    assert fits == [] and again.thresholds == first.thresholds
    assert again.version == first.version
    with (target / "patterns" / "extending.jsonl").open("a") as f:
        f.write('{"id": "ext/test", "weight": 0.9, "comment": "t", "phrases": ["road work"]}\n')
    edited = train(target, epochs=1)
    assert fits == [] and edited.version != first.version
    assert (target / "textcat/textcat/model").read_bytes() == model
    assert train(target, epochs=2).examples == 16 and len(fits) == FOLDS + 1  # other settings


def test_the_models_are_kept_across_edits_to_the_rules(monkeypatch):
    """The key the trained models are kept under reads the trainer and the model's features,
    not the rule layer, facts or evaluate: an edit there retunes without retraining."""
    from streamtool.tagging import train as train_module
    from streamtool.tagging import version

    assert version.code_digest("learned.py") != version.code_digest()
    read = []
    monkeypatch.setattr(version, "code_digest", lambda *modules: read.append(modules) or "code")
    train_module._training_key("corpus", 1)
    assert read == [("train.py", "learned.py", "rows.py")]

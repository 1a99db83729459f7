"""The Tagger as other layers use it: loading the shipped model, streaming, versions, errors."""

from __future__ import annotations

import re
import shutil

import pytest

from streamtool.errors import ExitCode, ModelError
from streamtool.model import BEHAVIOURS, Message, Tags
from streamtool.tagging import Tagger
from tests.tagging.conftest import MODELS


def test_shipped_model_loads_fresh_with_every_layer():
    tagger = Tagger.load()  # default models dir, as an installed streamtool finds it
    assert tagger.has_model
    assert tagger.nlp.pipe_names == [
        "streamtool_rules", "streamtool_model", "streamtool_tone", "streamtool_combine"
    ]
    assert re.fullmatch(r"behaviours-0\.1\.0\+[0-9a-f]{12}", tagger.version)
    assert set(tagger.thresholds) == set(BEHAVIOURS)


def test_spacy_extensions_work_from_python(tagger):
    doc = tagger.nlp("Thanks Mike! See you at the diner Saturday")
    assert "reciprocity" in doc._.behaviours
    assert set(doc._.behaviour_scores) == set(BEHAVIOURS)
    assert doc._.evidence["reciprocity"] == ["Thanks [0:6]"]
    # TextBlob(text).sentiment gives the same: "!" lifts "thanks" (0.2) to 0.25
    assert (doc._.polarity, doc._.subjectivity) == pytest.approx((0.25, 0.2))


def test_tag_streams_in_order_across_batches_and_sets_tags(tagger):
    texts = ["Thanks Deb!", "", "Road work on Main", "Congrats Anthony!", "   "] * 3
    messages = (Message(id=str(i), text=t) for i, t in enumerate(texts))
    tagged = list(tagger.tag(messages, batch_size=4))
    assert [m.id for m in tagged] == [str(i) for i in range(15)]
    assert all(isinstance(m.tags, Tags) and m.tags.model == tagger.version for m in tagged)
    assert "reciprocity" in tagged[0].tags.behaviours
    assert tagged[1].tags.behaviours == [] and tagged[1].tags.polarity == 0.0
    assert "connecting" in tagged[3].tags.behaviours


def test_tag_is_lazy(tagger):
    def endless():
        i = 0
        while True:
            i += 1
            yield Message(id=str(i), text="hi")

    stream = tagger.tag(endless(), batch_size=2)
    assert next(stream).id == "1"


def test_messages_tagged_by_this_model_are_not_retagged(tagger):
    kept = Tags(behaviours=["contexts"], model=tagger.version)
    stale = Tags(behaviours=["contexts"], model="behaviours-0.0.1+000000000000")
    a = Message(id="a", text="Thanks Deb!", tags=kept)
    b = Message(id="b", text="Thanks Deb!", tags=stale)
    out = list(tagger.tag([a, b]))
    assert out[0].tags is kept
    assert "reciprocity" in out[1].tags.behaviours


def test_explain_matches_tag(tagger):
    text = "@hollisgeneral thank you Deb, see you Saturday!"
    [message] = tagger.tag([Message(id="1", text=text)])
    explained = tagger.explain(text)
    assert explained.behaviours == message.tags.behaviours
    assert explained.evidence == message.tags.evidence


def test_missing_model_is_a_model_error_with_advice(tmp_path):
    with pytest.raises(ModelError) as info:
        Tagger.load(tmp_path)
    assert str(info.value) == (
        f"{tmp_path / 'manifest.json'}: no tagger model here; "
        "run `make models` (or `streamtool train`) to rebuild it"
    )
    assert info.value.exit_code == ExitCode.MODEL


def test_broken_model_files_are_model_errors(tmp_path):
    target = tmp_path / "models"
    shutil.copytree(MODELS, target, ignore=shutil.ignore_patterns("training"))
    (target / "textcat" / "textcat" / "model").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="the tagger model is broken"):
        Tagger.load(target)
    shutil.rmtree(target / "textcat")
    with pytest.raises(ModelError, match="trained model missing"):
        Tagger.load(target)
    (target / "manifest.json").write_text("{")
    with pytest.raises(ModelError, match="unreadable model manifest"):
        Tagger.load(target)


def test_version_changes_with_patterns(tmp_path):
    target = tmp_path / "models"
    shutil.copytree(MODELS, target, ignore=shutil.ignore_patterns("training", "textcat"))
    (target / "manifest.json").write_text('{"training_digest": "none", "textcat": null}')
    before = Tagger.load(target)
    assert not before.has_model
    with (target / "patterns" / "contexts.jsonl").open("a") as f:
        f.write('{"id": "ctx/test", "weight": 0.5, "comment": "t", "phrases": ["quilting bee"]}\n')
    after = Tagger.load(target)
    assert after.version != before.version
    assert after.explain("the quilting bee").evidence == {"contexts": ["quilting bee [4:16]"]}


def test_a_token_pattern_on_any_word_attribute_still_matches(tmp_path):
    """The pipeline has spaCy compute only the word attributes something reads: those the
    code uses, and those the pattern files' token patterns name (here LIKE_EMAIL)."""
    target = tmp_path / "models"
    shutil.copytree(MODELS, target, ignore=shutil.ignore_patterns("training", "textcat"))
    (target / "manifest.json").write_text('{"training_digest": "none", "textcat": null}')
    with (target / "patterns" / "extending.jsonl").open("a") as f:
        f.write('{"id": "ext/test", "weight": 0.9, "comment": "t", '
                '"tokens": [{"LOWER": "write"}, {"LOWER": "to"}, {"LIKE_EMAIL": true}]}\n')
    tagger = Tagger.load(target)
    assert tagger.explain("write to deb@millbrook.town").evidence == {
        "extending": ["write to deb@millbrook.town [0:27]"]}
    assert tagger.explain("write to deb").evidence == {}
    assert not tagger.nlp.vocab["whereupon"].is_stop  # a stop word, but nothing reads that


def test_version_changes_with_the_tagging_code(monkeypatch):
    """A stream tagged before a change to the rules' logic is tagged afresh, not kept."""
    from streamtool.tagging import version

    manifest = {"training_digest": "same"}
    before = version.model_version(MODELS, manifest)
    monkeypatch.setattr(version, "code_digest", lambda: "edited")
    assert version.model_version(MODELS, manifest) != before


CODE = '''"""Module doc."""
import re  # a comment


def cue(text):
    """What it finds.

    More about it."""
    return re.search("#[a-z]+", text)  # the hashtag
'''


def test_the_version_reads_code_not_comments_docstrings_or_blank_lines():
    from streamtool.tagging.version import code_text

    assert code_text(CODE) == 'import re\ndef cue(text):\n    return re.search("#[a-z]+", text)'
    reworded = CODE.replace("What it finds.", "Finds one.").replace("# the hashtag", "")
    assert code_text(reworded.replace("\n\n\n", "\n")) == code_text(CODE)
    assert code_text(CODE.replace("#[a-z]+", "#[a-z0-9]+")) != code_text(CODE)
    moved = CODE.replace("    return", "return")  # out of the function: other code
    assert code_text(moved) != code_text(CODE)


def test_messages_read_before_a_failing_record_are_still_tagged(tagger):
    def failing():
        yield Message(id="1", text="Thanks Deb!")
        yield Message(id="2", text="Road work")
        raise ModelError("stand-in for a bad record under --strict")

    got = []
    with pytest.raises(ModelError, match="stand-in"):
        for message in tagger.tag(failing(), batch_size=10):
            got.append(message)
    assert [m.id for m in got] == ["1", "2"]
    assert "reciprocity" in got[0].tags.behaviours

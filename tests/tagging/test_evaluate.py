"""Evaluation figures on small labelled files, computed by hand."""

from __future__ import annotations

import pytest

from streamtool.tagging.evaluate import NONE, GoldFileError, macro_interval, read_labelled, score


def test_scores_by_hand():
    gold = [{"reciprocity", "connecting"}, {"reciprocity"}, set(), {"extending"}, {"connecting"}]
    pred = [{"reciprocity"}, {"reciprocity", "networking"}, {"connecting"}, set(), {"connecting"}]
    result = score(gold, pred)
    by = {s.label: s for s in result.labels}
    # reciprocity: tp 2, predicted 2, support 2 -> P 1, R 1, F1 1
    assert (by["reciprocity"].precision, by["reciprocity"].recall, by["reciprocity"].f1) == (
        1,
        1,
        1,
    )
    # connecting: tp 1 (msg 5), predicted 2 (msgs 3, 5), support 2 (msgs 1, 5)
    #   P = 1/2, R = 1/2, F1 = 0.5
    assert (by["connecting"].precision, by["connecting"].recall, by["connecting"].f1) == (
        0.5,
        0.5,
        0.5,
    )
    # extending: tp 0, predicted 0, support 1 -> all 0; networking: predicted 1, support 0 -> 0
    assert by["extending"].f1 == 0 and by["networking"].f1 == 0 and by["networking"].support == 0
    # macro over labels with support (reciprocity, connecting, extending): (1 + 0.5 + 0) / 3
    assert result.macro_labels == ["connecting", "extending", "reciprocity"]
    assert result.macro_f1 == pytest.approx(0.5)
    # micro: tp 3, predicted 5, support 5 -> P 0.6, R 0.6, F1 0.6
    assert result.micro_f1 == 0.6
    assert (result.messages, result.unlabelled) == (5, 1)
    # msg 1 misses connecting, 2 adds networking, 3 adds connecting, 4 misses extending;
    # ties are ordered by (predicted, gold) and "(none)" sorts first
    assert result.confusions == [
        (NONE, "connecting", 1),
        (NONE, "extending", 1),
        ("connecting", NONE, 1),
        ("networking", NONE, 1),
    ]


def test_wrong_label_instead_of_right_one_is_a_pair():
    result = score([{"networking"}, {"networking"}], [{"coopetition"}, {"coopetition"}])
    assert result.confusions == [("coopetition", "networking", 2)]


def test_gold_file_errors_name_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"id": "a", "text": "hi", "labels": []}\n\n{"text": "x", "labels": ["warmth"]}\n'
    )
    with pytest.raises(GoldFileError) as info:
        list(read_labelled(path))
    assert str(info.value).startswith(f'{path}:3: "labels" must be a list of connecting, ')
    path.write_text('{"text": "x", "labels": []}\n{"labels": []}\n')
    with pytest.raises(GoldFileError, match=r"gold.jsonl:2: a labelled record needs a \"text\""):
        list(read_labelled(path))
    path.write_text("{nope\n")
    with pytest.raises(GoldFileError, match=r"gold.jsonl:1: bad JSON"):
        list(read_labelled(path))


def test_records_flagged_or_answering_a_parent_are_tagged_as_replies(tmp_path):
    from streamtool.tagging.evaluate import evaluate

    class Recorder:
        def tag_texts(self, texts, replies):
            self.seen = list(zip(texts, replies, strict=True))
            return [type("T", (), {"behaviours": []})() for _ in self.seen]

    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"text": "a", "labels": [], "context": "Comment on blog post titled: Small towns"}\n'
        '{"text": "b", "labels": [], "context": ""}\n'
        '{"text": "c", "labels": [], "reply_to": "9"}\n'
        '{"text": "d", "labels": [], "reply": false, "context": "replying to @deb"}\n'
        '{"text": "e", "labels": [], "reply": true}\n'
        '{"text": "f", "labels": [], "context": "Tweet replying to @deb"}\n'
        '{"text": "g", "labels": [], "context": "Single tweet"}\n'
        '{"text": "h", "labels": [], "context": "Mastodon post"}\n'
        '{"text": "i", "labels": [], "context": "post title: Pie day | parent message by Deb"}\n'
        '{"text": "j", "labels": [], "author": "Deb", "context": "Tweet replying to @deb"}\n'
        '{"text": "k", "labels": [], "author": "deb", "reply_to_author": "@Deb"}\n'
    )
    recorder = Recorder()
    result = evaluate(recorder, path)
    assert [reply for _, reply in recorder.seen] == [
        True, False, True, False, True, True, False, False, True, False, False]
    assert result.replies == 5


def test_a_reply_flag_must_be_true_or_false(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "a", "labels": [], "reply": "yes"}\n')
    with pytest.raises(GoldFileError, match=r"gold.jsonl:1: \"reply\" must be true or false"):
        list(read_labelled(path))


def test_reply_flag_reaches_the_rule_layer(tagger):
    [plain, reply] = tagger.tag_texts(["you know it", "you know it"], replies=[False, True])
    assert "connecting" not in plain.evidence
    assert reply.evidence["connecting"] == ["you [0:3]", "is a reply"]


def test_breaks_figures_down_by_a_field(tmp_path):
    from streamtool.tagging.evaluate import evaluate

    class Thanker:  # says reciprocity for every text containing "thanks"
        def tag_texts(self, texts, replies):
            return [type("T", (), {"behaviours": ["reciprocity"] * ("thanks" in t)})()
                    for t in texts]

    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"text": "thanks", "labels": ["reciprocity"], "source": "blog"}\n'
        '{"text": "thanks", "labels": [], "source": "blog"}\n'
        '{"text": "ta", "labels": ["reciprocity"], "source": "tweets", "reply": true}\n'
        '{"text": "no source", "labels": []}\n'
    )
    result = evaluate(Thanker(), path, by="source")
    assert list(result.groups) == ["(none)", "blog", "tweets"]
    blog, tweets = result.groups["blog"], result.groups["tweets"]
    assert (blog.messages, blog.macro_f1, blog.confusions) == (2, 0.6667, [
        ("reciprocity", "(none)", 1)])
    assert (tweets.messages, tweets.replies, tweets.macro_f1) == (1, 1, 0.0)
    assert result.groups["(none)"].macro_labels == []
    assert result.macro_f1 == 0.5  # 1 hit, 2 predicted, 2 gold: overall unchanged by grouping
    assert "groups" not in result.groups["blog"].to_dict()
    assert set(result.to_dict()["groups"]) == {"(none)", "blog", "tweets"}
    assert evaluate(Thanker(), path).groups == {}


def test_macro_interval_is_a_seeded_bootstrap_around_the_figure():
    perfect = [{"connecting"}, {"reciprocity"}, set()] * 5
    assert macro_interval(perfect, perfect) == (1.0, 1.0)  # every resample scores 1
    # connecting: 8 of 10 found and 2 false alarms; reciprocity: 1 of 2 found
    gold = [{"connecting"}] * 10 + [{"reciprocity"}] * 2 + [set()] * 8
    pred = [{"connecting"}] * 8 + [set()] * 2 + [{"reciprocity"}, set()] + [{"connecting"}] * 2 \
        + [set()] * 6
    macro = score(gold, pred).macro_f1  # (0.8 + 0.6667) / 2
    low, high = macro_interval(gold, pred)
    assert low < macro < high and high - low > 0.2  # 20 messages pin little down
    assert macro_interval(gold, pred) == (low, high)  # seeded
    assert macro_interval(gold, pred, seed=1) != (low, high)

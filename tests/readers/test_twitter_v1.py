"""The twitter_v1 reader: API v1.1 / twarc1 JSON lines and arrays, stream control lines."""

from __future__ import annotations

import json

import pytest

from streamtool.cli import app
from streamtool.errors import BadRecordError
from streamtool.readers import twitter_common
from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all

STREAM = SAMPLES / "twitter-v1-stream.jsonl"


def v1(tid: int, text: str, user: str = "gus_peterson", **extra) -> dict:
    return {"id": tid, "id_str": str(tid), "text": text, "created_at":
            "Sat May 09 12:10:00 +0000 2026", "user": {"screen_name": user, "name": user.title()},
            **extra}


def write_lines(tmp_path, *records, name="stream.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def test_sample_stream_counts_and_control_lines():
    messages, log = read_all(STREAM)
    assert len(messages) == 12
    assert kinds(messages) == {"post": 7, "reply": 4, "repost": 1}
    assert log.skipped == {"stream control: delete": 1, "stream control: limit": 1}
    assert log.formats == {"twitter_v1": 1}
    # Record numbers are line numbers: lines 3 and 9 are the control lines.
    assert [m.source.record for m in messages] == [1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14]


def test_sample_reply_chain_follows_to_the_first_post_of_the_thread():
    messages, _ = read_all(STREAM)
    ruth = [m for m in messages if m.author in ("roadtripruth", "suepark_cc")]
    question, answer, thanks = ruth
    assert (answer.reply_to, answer.thread) == (question.id, question.id)
    assert (thanks.reply_to, thanks.thread, thanks.reply_to_author) == (
        answer.id, question.id, "suepark_cc")


def test_extended_tweet_full_text_and_retweeted_status_are_preferred():
    messages, _ = read_all(STREAM)
    bread = next(m for m in messages if m.author == "anthonybakes")
    assert "…" not in bread.text
    assert bread.text.endswith("for the introduction! #millbrook https://riseandshine.example/market")
    assert bread.urls == ["https://riseandshine.example/market"]
    rt = next(m for m in messages if m.kind == "repost")
    assert rt.text == f"RT @anthonybakes: {bread.text}"
    assert (rt.author, rt.mentions, rt.hashtags) == (
        "hollisgeneral", ["anthonybakes", "okaforfarm"], ["millbrook"])


def test_tweets_without_id_str_use_the_numeric_id_and_text_is_unescaped(tmp_path):
    path = write_lines(tmp_path, {"id": 6000554383, "text": "Pie &amp; coffee &lt;3",
                                  "in_reply_to_status_id": 6000444309,
                                  "in_reply_to_screen_name": "mikesdiner",
                                  "created_at": "Tue Nov 24 05:49:45 +0000 2009",
                                  "user": {"screen_name": "deb"}})
    messages, _ = read_all(path)
    assert [(m.id, m.text, m.kind, m.reply_to, m.thread, m.reply_to_author) for m in messages] == [
        ("6000554383", "Pie & coffee <3", "reply", "6000444309", "6000444309", "mikesdiner")]


def test_unknown_objects_and_bad_lines_are_malformed_with_file_and_line(tmp_path):
    path = write_lines(tmp_path, v1(1, "first"), "{not json", '"a string"',
                       {"friends_of": [1, 2]}, {"warning": {"code": "FALLING_BEHIND"}},
                       v1(2, "when?", created_at="someday"), "", v1(3, "last"))
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["1", "3"]
    assert log.skipped == {"malformed: bad JSON": 1, "malformed: not a tweet": 2,
                           "malformed: bad tweet": 1, "stream control: warning": 1}
    assert log.examples[0].startswith(f"{path}:2: bad JSON: ")
    assert log.examples[1:] == [f"{path}:3: not a tweet: a JSON str",
                                f"{path}:4: not a tweet: no text or id (keys: friends_of)",
                                f"{path}:6: bad tweet: unrecognised date 'someday'"]


def test_strict_exits_2_with_file_and_line(tmp_path, runner):
    path = write_lines(tmp_path, v1(1, "first"), {"delete": {"status": {"id": 5}}}, "{not json")
    result = runner.invoke(app, ["tag", "--strict", str(path)])
    assert result.exit_code == 2
    assert f"{path}:3: bad JSON" in result.stderr
    assert "drop --strict" in result.stderr
    with pytest.raises(BadRecordError):
        read_all(path, strict=True)


def test_a_json_array_of_tweets_is_read_item_by_item(tmp_path):
    path = tmp_path / "public_timeline.json"
    path.write_text(json.dumps([v1(1, "one"), v1(2, "two", in_reply_to_status_id=1), 7]))
    messages, log = read_all(path)
    assert [(m.id, m.thread, m.source.record) for m in messages] == [("1", "1", 1), ("2", "1", 2)]
    assert log.skipped == {"malformed: not a tweet": 1}
    assert log.examples == [f"{path}:1: not a tweet: a JSON int"]


def test_an_over_long_line_is_skipped_without_holding_it(tmp_path, monkeypatch):
    monkeypatch.setattr(twitter_common, "MAX_LINE_CHARS", 200)
    path = write_lines(tmp_path, v1(1, "short"), v1(2, "x" * 1000), v1(3, "after"))
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["1", "3"]
    assert log.examples == [f"{path}:2: line too long: over 200 characters"]


def test_streamtool_jsonl_is_not_mistaken_for_v1(tmp_path):
    path = write_lines(tmp_path, {"id": "1", "text": "hi", "kind": "post", "platform": "twitter"})
    _, log = read_all(path)
    assert log.formats == {"jsonl": 1}


def test_stdin_through_the_cli(runner):
    result = runner.invoke(app, ["tag", "-"], input=STREAM.read_bytes())
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 12
    assert "skipped 2 records: 1 stream control: delete, 1 stream control: limit" in result.stderr


@pytest.mark.real
def test_real_2009_public_timeline_array(real):
    # Counted with python's json.load: a 20-item array, 9 with a non-null
    # in_reply_to_status_id, no retweets, no id_str anywhere.
    messages, log = read_all(real / "twitter-v11-twitter4j-2009" / "public_timeline.json")
    assert len(messages) == 20
    assert kinds(messages) == {"post": 11, "reply": 9}
    assert log.skipped == {} and log.formats == {"twitter_v1": 1}
    assert all(m.author and m.id.isdigit() for m in messages)


@pytest.mark.real
def test_real_2009_stream_capture_with_control_lines(real):
    # Counted by hand (6 lines): 3 tweets, then one each of delete, limit and scrub_geo.
    messages, log = read_all(real / "twitter-v11-twitter4j-2009" / "streamingapi-testcase.jsonl")
    assert len(messages) == 3
    assert log.skipped == {"stream control: delete": 1, "stream control: limit": 1,
                           "stream control: scrub_geo": 1}

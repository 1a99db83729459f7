"""The twitter_v2 reader: twarc2 / API v2 response pages and flattened tweets."""

from __future__ import annotations

import gzip
import json

import pytest

from streamtool.cli import app
from streamtool.errors import BadRecordError
from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all

SAMPLE = SAMPLES / "twarc2-millbrook.jsonl"
USERS = [{"id": "11", "username": "suepark_cc", "name": "Sue Park"},
         {"id": "22", "username": "mikesdiner", "name": "Mike's Diner"}]


def page(*tweets, users=USERS, **extra) -> dict:
    meta = {"result_count": len(tweets)}
    return {"data": list(tweets), "includes": {"users": users}, "meta": meta, **extra}


def v2(tid: str, text: str, author: str = "11", **extra) -> dict:
    return {"id": tid, "text": text, "author_id": author, "conversation_id": tid,
            "created_at": "2026-05-08T10:00:00.000Z", "edit_history_tweet_ids": [tid], **extra}


def write_lines(tmp_path, *records):
    path = tmp_path / "search.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def test_sample_pages_read_with_handles_from_includes():
    messages, log = read_all(SAMPLE)
    assert len(messages) == 20
    assert kinds(messages) == {"post": 11, "reply": 8, "repost": 1}
    assert log.formats == {"twitter_v2": 1} and log.skipped == {}
    assert [m.source.record for m in messages] == [1] * 10 + [2] * 10
    assert len({m.author for m in messages}) == 12
    assert all(m.author and m.author_name for m in messages)


def test_sample_threads_come_from_conversation_id():
    messages, _ = read_all(SAMPLE)
    mixer = [m for m in messages if m.thread == messages[-1].id]
    assert [(m.author, m.kind) for m in mixer] == [
        ("marilynokafor", "reply"), ("suepark_cc", "reply"), ("anthonybakes", "reply"),
        ("suepark_cc", "post")]
    marilyn = mixer[0]
    assert (marilyn.reply_to, marilyn.reply_to_author) == (mixer[1].id, "suepark_cc")
    # A reply whose parent is outside the search still has its thread and parent's author.
    jenny = next(m for m in messages if m.author == "jennywalsh_mb")
    assert (jenny.thread, jenny.reply_to, jenny.reply_to_author) == (
        "2052010000000000000", "2052010000000000000", "hollisgeneral")


def test_sample_retweet_gets_the_original_full_text_and_entities():
    messages, _ = read_all(SAMPLE)
    rt = next(m for m in messages if m.kind == "repost")
    original = next(m for m in messages if m.text.startswith("First week at Rise & Shine"))
    assert rt.text == f"RT @anthonybakes: {original.text}"
    assert (rt.author, rt.thread) == ("hollisgeneral", rt.id)
    assert rt.mentions == ["anthonybakes", "hollisgeneral", "mikesdiner"]
    assert rt.hashtags == ["millbrook"]


def test_sample_links_are_expanded_and_quotes_stay_posts():
    messages, _ = read_all(SAMPLE)
    gazette = next(m for m in messages if m.author == "millbrookgazette")
    assert gazette.urls == ["https://millbrookgazette.example/2026/05/08/mixer-photos"]
    assert "t.co" not in gazette.text
    ruth = next(m for m in messages if m.text.startswith("Stopped in Millbrook"))
    assert ruth.kind == "post" and ruth.hashtags == ["millbrook", "roadtrip"]


def test_flattened_lines_carry_their_author_and_reply_user(tmp_path):
    reply = v2("2", "@suepark_cc yes &amp; thanks", author="22", conversation_id="1",
               referenced_tweets=[{"type": "replied_to", "id": "1"}], in_reply_to_user_id="11",
               in_reply_to_user=USERS[0], __twarc={"version": "2.14.0"})
    reply["author"] = USERS[1]  # twarc2 flatten embeds the author object
    path = write_lines(tmp_path, reply)
    messages, log = read_all(path)
    assert [(m.id, m.text, m.kind, m.author, m.thread, m.reply_to, m.reply_to_author)
            for m in messages] == [("2", "@suepark_cc yes & thanks", "reply", "mikesdiner", "1",
                                    "1", "suepark_cc")]
    assert log.formats == {"twitter_v2": 1}


def test_a_streaming_line_has_one_tweet_as_data_and_note_tweet_text_wins(tmp_path):
    long = "A long one. " * 40
    path = write_lines(tmp_path, {"data": v2("9", "A long one. A lo…", note_tweet={"text": long}),
                                  "includes": {"users": USERS}, "matching_rules": [{"id": "1"}]})
    messages, _ = read_all(path)
    assert [(m.id, m.text, m.author) for m in messages] == [("9", long.strip(), "suepark_cc")]


def test_error_pages_and_empty_pages_are_skipped_and_counted(tmp_path):
    error = {"title": "Not Found Error", "type": "https://api.twitter.com/2/problems/resource-not-found"}
    path = write_lines(tmp_path, page(v2("1", "hello #millbrook")), {"errors": [error]},
                       {"meta": {"result_count": 0}}, page(v2("2", "bye"), errors=[error]))
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["1", "2"]
    assert log.skipped == {"API errors page": 1, "page without tweets": 1}


def test_bad_lines_and_tweets_are_malformed_with_file_and_line(tmp_path):
    path = write_lines(tmp_path, page(v2("1", "ok")), '{"data": [{"id": "2", "te',
                       page(v2("3", "when", created_at="later"), {"id": "4"}, "x"),
                       [1, 2], {"hello": "world"})
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["1"]
    assert log.skipped == {"malformed: bad JSON": 1, "malformed: bad tweet": 3,
                           "malformed: not a v2 tweet or page": 2}
    assert log.examples[0].startswith(f"{path}:2: bad JSON: ")
    assert log.examples[1:] == [f"{path}:3: bad tweet: unrecognised date 'later' (id 3)",
                                f"{path}:3: bad tweet: no text (id 4)",
                                f"{path}:3: bad tweet: not an object",
                                f"{path}:4: not a v2 tweet or page: a JSON list"]


def test_strict_exits_2_naming_file_and_line(tmp_path, runner):
    path = write_lines(tmp_path, page(v2("1", "ok")), "not json at all")
    result = runner.invoke(app, ["tag", "--strict", str(path)])
    assert result.exit_code == 2
    assert f"{path}:2: bad JSON" in result.stderr
    with pytest.raises(BadRecordError):
        read_all(path, strict=True)


def test_gzipped_pages_on_stdin(runner):
    result = runner.invoke(app, ["tag", "-"], input=gzip.compress(SAMPLE.read_bytes()))
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 20


# Counted independently with python's json module, line by line: a tweet is each item of
# `data` (a list in pages, an object in streaming lines) or a flattened line with `id` and
# `text`; repost = a `retweeted` reference, reply = a `replied_to` reference.
REAL_COUNTS = {
    "brexit.jsonl": (100, {"post": 23, "repost": 67, "reply": 10}),
    "entities_test.jsonl": (474, {"post": 76, "repost": 314, "reply": 84}),
    "flat.jsonl": (100, {"post": 22, "repost": 47, "reply": 31}),
    "kpop.jsonl": (100, {"post": 22, "repost": 78}),
    "withheld.jsonl": (215, {"post": 70, "repost": 83, "reply": 62}),
    "two_tweets.jsonl": (1, {"repost": 1}),
    "quoted_edit.jsonl": (1, {"reply": 1}),
    "edited.jsonl": (1, {"post": 1}),
}


@pytest.mark.real
@pytest.mark.parametrize("name", sorted(REAL_COUNTS))
def test_real_twarc2_files_read_exactly(real, name):
    total, by_kind = REAL_COUNTS[name]
    messages, log = read_all(real / "twarc2-csv-testdata" / name)
    assert len(messages) == total
    assert kinds(messages) == by_kind
    assert log.formats == {"twitter_v2": 1} and log.skipped == {}


@pytest.mark.real
def test_real_withheld_pages_lack_six_authors_in_includes(real):
    # Six tweets of withheld.jsonl have an author_id that the page's includes.users lacks.
    messages, _ = read_all(real / "twarc2-csv-testdata" / "withheld.jsonl")
    assert sum(m.author is None for m in messages) == 6


@pytest.mark.real
def test_real_stream_with_a_non_json_line(real):
    # 8 lines: 7 streaming tweets (4 posts, 3 replies) and line 8, cut off mid-object.
    path = real / "twarc2-csv-testdata" / "streaming_output_with_error.jsonl"
    messages, log = read_all(path)
    assert kinds(messages) == {"post": 4, "reply": 3}
    assert log.skipped == {"malformed: bad JSON": 1}
    assert log.examples[0].startswith(f"{path}:8: bad JSON: ")
    with pytest.raises(BadRecordError, match=r"streaming_output_with_error\.jsonl:8: bad JSON"):
        read_all(path, strict=True)

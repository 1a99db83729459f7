"""readers/jsonstream.py: the streaming JSON-array readers the Twitter, Slack, Mastodon and
Discord readers stand on."""

from __future__ import annotations

import io
import json

import pytest

from streamtool.readers.jsonstream import (
    CHUNK,
    BadItem,
    Item,
    JsonShapeError,
    array_items,
    count_arrays,
    iter_json_array,
)
from tests.conftest import SAMPLES

ARCHIVE_TWEETS = SAMPLES / "twitter-archive" / "data" / "tweets.js"


def items(text: str, **kw) -> list[Item | BadItem]:
    return list(iter_json_array(io.StringIO(text), **kw))


def summary(text: str, **kw) -> list[tuple]:
    return [
        (i.index, i.line, i.value) if isinstance(i, Item) else ("bad", i.index, i.line, i.reason)
        for i in items(text, **kw)
    ]


@pytest.mark.parametrize("chunk", [1, 7, 64, 4096, 256 * 1024])
def test_any_chunk_size_gives_the_whole_archive_as_json_loads_does(chunk):
    text = ARCHIVE_TWEETS.read_text(encoding="utf-8")
    expected = json.loads(text[text.index("["):])
    got = items(text, chunk=chunk)
    assert all(isinstance(i, Item) for i in got)
    assert [i.value for i in got] == expected
    assert [i.index for i in got] == list(range(1, len(expected) + 1))
    # Each item's line is where its "{" stands in the file.
    lines = text.split("\n")
    assert all(lines[i.line - 1].strip() == "{" for i in got)


@pytest.mark.parametrize(
    "prefix",
    ["window.YTD.tweets.part0 = ", "window.YTD.tweet.part2=", "Grailbird.data.tweets_2013_01 =\n ",
     "var tweet_index = ", "\ufeff", ""],
)
def test_js_assignment_prefixes_and_a_bom_are_skipped(prefix):
    assert summary(prefix + '[{"a": 1}, 2]', chunk=3) == [(1, 1 + prefix.count("\n"), {"a": 1}),
                                                          (2, 1 + prefix.count("\n"), 2)]


def test_a_bad_item_is_located_by_line_and_reading_goes_on():
    text = '[\n {"a": 1},\n {"b": },\n {"c": "x, ] {"},\n [1, {"d": "]"}]\n]'
    for chunk in (1, 5, 1000):
        assert summary(text, chunk=chunk) == [
            (1, 2, {"a": 1}),
            ("bad", 2, 3, "bad JSON: Expecting value at line 3 (item 2)"),
            (3, 4, {"c": "x, ] {"}),
            (4, 5, [1, {"d": "]"}]),
        ]


def test_a_file_cut_inside_an_item_ends_with_one_truncation_report():
    text = '[\n {"a": 1},\n {"b": "half a str'
    assert summary(text, chunk=4) == [
        (1, 2, {"a": 1}),
        ("bad", 2, 3, "truncated: the file ends inside this item (Unterminated string "
                      "starting at) (item 2)"),
    ]


def test_a_file_cut_between_items_says_the_array_is_not_closed():
    assert summary('[{"a": 1},\n') == [(1, 1, {"a": 1}),
                                       ("bad", 2, 2, "truncated: the array has no closing ']'")]


def test_an_empty_array_has_no_items_and_text_after_it_is_ignored():
    assert summary("window.YTD.tweets.part0 = [ ];\n") == []


def test_an_item_over_the_size_limit_is_reported_without_buffering_the_rest():
    big = '"' + "x" * 5000 + '"'
    got = summary(f'[{big}, {{"after": true}}]', chunk=16, max_item=1000)
    assert got == [("bad", 1, 1, "item too large: over 1,000 characters (item 1)"),
                   (2, 1, {"after": True})]


@pytest.mark.parametrize("text", ['{"a": 1}', "window.x = {}", "", "hello"])
def test_a_stream_without_an_array_is_a_value_error(text):
    with pytest.raises(ValueError, match=r"not a JSON array"):
        items(text)


@pytest.mark.parametrize("chunk", [1, 2, 3, 50])
def test_skipping_a_bad_item_follows_escaped_quotes_across_chunks(chunk):
    text = '[{"b": } "q\\\\\\"],", 3]'  # the junk holds a string with \\ and \" and "],"
    assert summary(text, chunk=chunk) == [
        ("bad", 1, 1, "bad JSON: Expecting value at line 1 (item 1)"), (2, 1, 3)]


# ---- array_items / count_arrays: an array under a key of a top-level object ----------------

OUTBOX = SAMPLES / "mastodon-archive" / "outbox.json"
DISCORD = SAMPLES / "discord-market-channel.json"


def members(text: str, key: str, occurrence: int = 1, **kw) -> list:
    return list(array_items(io.StringIO(text), key, occurrence, **kw))


@pytest.mark.parametrize("chunk", [1, 7, 64, 4096, CHUNK])
@pytest.mark.parametrize(
    ("path", "key", "arrays"), [(OUTBOX, "orderedItems", 2), (DISCORD, "messages", 1)]
)
def test_any_chunk_size_gives_the_keyed_array_as_json_loads_does(path, key, arrays, chunk):
    text = path.read_text(encoding="utf-8")
    expected = json.loads(text)[key]  # the last of repeated keys, as the outbox sample has
    assert len(expected) > 5
    assert count_arrays(io.StringIO(text), key, chunk=chunk) == arrays
    assert members(text, key, arrays, chunk=chunk) == expected


def test_repeated_keys_are_counted_and_chosen_by_occurrence_only_at_top_level():
    text = ('{"k": [1], "x": {"k": [9]}, "k": "not a list", "k": [2, [3]],\n "k": [], "z": 0}')
    assert count_arrays(io.StringIO(text), "k") == 3
    assert [members(text, "k", n, chunk=2) for n in (1, 2, 3, 4)] == [[1], [2, [3]], [], []]
    assert members(text, "missing") == []
    assert members('{}', "k") == [] and count_arrays(io.StringIO(" { } "), "k") == 0


@pytest.mark.parametrize("chunk", [1, 5, CHUNK])
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[{"k": []}]', "expected '{' at character 0, found '['"),
        ('{"k": [1, 2}', "expected ']' at character 11, found '}'"),
        ('{"k": [1, 2', "expected ']' at character 11, found end of file"),
        ('{"k": [1, tru, 3]}', "bad JSON at character 10: Expecting value"),
        ('{"a": {"b": "cut', "bad JSON at character 12: Unterminated string starting at"),
        ('{"a": 1 "k": []}', "expected '}' at character 8, found '\"'"),
        ('{"a": 1, 7: []}', "expected a member name at character 10"),
        ('{"a": 1, []: 2}', "expected a member name at character 11"),
    ],
)
def test_the_wrong_shape_is_a_json_shape_error_at_the_exact_character(text, message, chunk):
    with pytest.raises(JsonShapeError) as caught:
        members(text, "k", chunk=chunk)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)  # readers catch it as a ValueError

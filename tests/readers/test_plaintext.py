"""Plain-text thread reader: paragraphs, lines, authors, and what bloggers paste."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streamtool.errors import UnknownFormatError
from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all


def write(tmp_path, text: str, name: str = "thread.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name, count", [
    # `grep -c . <file>`: every line holds one tweet and none is blank.
    ("train_text.txt", 3257), ("val_text.txt", 374), ("test_text.txt", 1421),
])
def test_real_one_tweet_per_line(real, name, count):
    messages, log = read_all(real / "tweeteval-emotion" / name)
    assert len(messages) == count
    assert kinds(messages) == {"post": 1, "reply": count - 1}
    assert log.skipped == {}
    stem = name.removesuffix(".txt")
    assert (messages[0].id, messages[-1].id) == (f"{stem}:1", f"{stem}:{count}")
    assert messages[-1].source.record == count
    assert {m.thread for m in messages} == {f"{stem}:1"}


def test_paragraphs_with_name_and_handle_authors(tmp_path):
    path = write(tmp_path, "Deb: Jam is back in stock,\nall six flavours.\n\n"
                           "@mikesdiner: Saving a jar of the rhubarb for the diner?\n\n\n"
                           "Note: the store closes early Friday.\n")
    messages, log = read_all(path)
    assert [(m.id, m.author, m.kind, m.text) for m in messages] == [
        ("thread:1", "Deb", "post", "Jam is back in stock,\nall six flavours."),
        ("thread:2", "mikesdiner", "reply", "Saving a jar of the rhubarb for the diner?"),
        ("thread:3", None, "reply", "Note: the store closes early Friday."),
    ]
    assert messages[1].reply_to == "thread:1" and messages[1].reply_to_author == "Deb"
    assert [m.source.record for m in messages] == [1, 4, 7]
    assert log.formats == {"text": 1}


def test_without_blank_lines_each_line_is_a_message(tmp_path):
    path = write(tmp_path, "Sue: Mixer moved to Thursday\nMike: Back room is ready\nsee you all\n")
    messages, _ = read_all(path)
    assert [(m.author, m.text) for m in messages] == [
        ("Sue", "Mixer moved to Thursday"), ("Mike", "Back room is ready"), (None, "see you all")]


def test_pasted_blog_post_with_dated_comments():
    messages, log = read_all(SAMPLES / "bakery-opening-thread.txt")
    assert len(messages) == 7
    post = messages[0]
    assert post.title == "Rise & Shine Bakery opens its doors on Main Street"
    assert (post.author, post.created_at) == ("Deb Hollis", datetime(2026, 5, 4, 7, 45, tzinfo=UTC))
    assert post.text.count("\n\n") == 2  # three paragraphs, one post
    assert "6 Comments" not in post.text
    assert [m.author for m in messages[1:]] == [
        "Mike Alvarez", "Marilyn Okafor", "Anthony Reyes", "Sue Park", "Pete Lindqvist",
        "Rosa Delgado"]
    marilyn = messages[2]
    assert not marilyn.text.endswith(("Reply", "Marilyn"))  # button and signature dropped
    assert messages[3].text.count("\n\n") == 1  # a two-paragraph comment stays one message
    assert messages[6].created_at == datetime(2026, 5, 5, 12, 20, tzinfo=UTC)
    assert log.skipped == {}


def test_says_headers_and_signatures(tmp_path):
    path = write(tmp_path, "Farm stand opens Saturday.\n\nBill Okafor says:\nWe'll have eggs too.\n"
                           "\nRosa said on May 6, 2026 at 1:05 pm:\nCan't wait!\n~ Rosa D\n")
    messages, _ = read_all(path)
    assert [(m.author, m.text) for m in messages] == [
        (None, "Farm stand opens Saturday."), ("Bill Okafor", "We'll have eggs too."),
        ("Rosa", "Can't wait!")]
    assert messages[2].created_at == datetime(2026, 5, 6, 13, 5, tzinfo=UTC)


def test_only_by_extension(tmp_path):
    path = write(tmp_path, "Deb: hello there\n", name="notes.md")
    with pytest.raises(UnknownFormatError):
        read_all(path)
    messages, _ = read_all(path, format="text")
    assert [m.id for m in messages] == ["notes:1"]

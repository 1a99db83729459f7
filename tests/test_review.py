"""The team's labelled sample of real messages (models/review/) still resolves against the
exports it labels: a reader change that renumbers messages would silently empty `make review`."""

from __future__ import annotations

import orjson

from bench.review import LABELS, labelled_records
from streamtool.model import BEHAVIOURS


def test_every_labelled_message_is_found_in_its_export(real):
    records = labelled_records(real=real)
    assert len(records) == 2536
    assert all(r["text"].strip() for r in records)
    # a self-reply carries its author's thread on: flagged a reply when drawn, read as a post
    assert sum(r["reply"] for r in records) == 769
    assert sum("connecting" in r["labels"] for r in records) == 474
    assert sum(not r["labels"] for r in records) == 1543
    assert {r["source"] for r in records} == {
        "wxr-chrisjrob-blog", "twitter-archive-andreruffert", "mastodon-archive-dealingwith",
        "reddit-thread-graw/thread.json", "reddit-thread-graw/more.json",
        "tweeteval-emotion/train_text.txt", "tweeteval-emotion/test_text.txt"}


def test_the_labels_file_holds_labels_and_ids_only():
    for line in LABELS.read_bytes().splitlines():
        row = orjson.loads(line)
        assert set(row) == {"export", "id", "reply", "labels"}
        assert set(row["labels"]) <= set(BEHAVIOURS)

"""analyse() over every sample stream and the real exports: runs, stays consistent, and gives
the figures checked by hand (independently counted from the messages) where noted."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from streamtool.relations import WEIGHTS, StreamHealth, analyse, recommendations
from tests.conftest import SAMPLES
from tests.helpers import read_all

SAMPLE_PATHS = sorted(p for p in SAMPLES.iterdir() if not p.name.startswith((".", "README")))


def check_consistent(health: StreamHealth, read: int) -> None:
    """Invariants any stream must satisfy, whatever its format."""
    assert health.messages + sum(health.skipped.values()) == read
    assert health.breadth.participants == sum(1 for p in health.people.values() if p.messages)
    assert health.breadth.ties == len(health.relationships)
    assert sum(p.messages for p in health.people.values()) == health.messages
    for rel in health.relationships:
        assert rel.a < rel.b and rel.messages >= 1 and rel.strength >= 0
        assert rel.trend in ("warming", "steady", "cooling")
    assert sum(e.count for e in health.edges) == sum(p.sent for p in health.people.values())
    for value in (health.reciprocity.pair_ratio, health.responsiveness.answered_share,
                  health.breadth.density, health.breadth.concentration):
        assert value is None or 0 <= value <= 1
    assert [c.name for c in health.score.components] == list(WEIGHTS)
    assert math.isclose(sum(WEIGHTS.values()), 1.0)
    assert health.score.value is None or 0 <= health.score.value <= 100
    for person in health.people.values():
        assert 0 <= person.betweenness <= 1 + 1e-9
    recs = recommendations(health)
    assert len(recs) <= 5
    assert all(r.text and r.key for r in recs)


@pytest.mark.parametrize("sample", SAMPLE_PATHS, ids=lambda p: p.name)
def test_every_sample_stream_analyses_consistently(sample: Path) -> None:
    messages, _ = read_all(sample)
    health = analyse(messages)
    check_consistent(health, len(messages))
    assert health.breadth.participants >= 1
    assert health.relationships, "every sample has people talking to each other"


def test_sample_blog_host_answers_most_commenters() -> None:
    sample = SAMPLES / "wordpress-counter-notes.xml"
    if not sample.exists():
        pytest.skip("sample not written yet")
    health = analyse(read_all(sample)[0])
    assert health.host.handle == "hollisgeneral"
    assert health.host.commenters_answered > health.host.commenters / 2


@pytest.mark.real
def test_real_twitter_archive_is_one_sided(real: Path) -> None:
    messages, _ = read_all(real / "twitter-archive-andreruffert")
    health = analyse(messages)
    check_consistent(health, len(messages))
    assert (health.messages, health.breadth.participants) == (1986, 1)
    assert (health.host.handle, health.host.reason) == ("andreruffert", "wrote 858 of 858 posts")
    # every "RT @x:" is a repost edge (643 retweets), never a mention
    assert sum(e.count for e in health.edges if e.kind == "repost") == 643
    # 469 distinct people replied to, mentioned or retweeted (counted independently)
    assert len(health.relationships) == 469
    # only the owner's side is in the export: reciprocity is unknown, not zero
    assert health.reciprocity.pairs == 0 and health.reciprocity.unobserved_pairs == 469
    assert health.reciprocity.pair_ratio is None
    assert health.one_way() == []
    assert health.responsiveness.messages == 0
    assert recommendations(health)[0].key == "one-sided-export"


@pytest.mark.real
def test_real_wordpress_blog_host_metrics(real: Path) -> None:
    messages, _ = read_all(real / "wxr-chrisjrob-blog" / "wordpress.redacted.xml")
    health = analyse(messages)
    check_consistent(health, len(messages))
    host = health.host
    assert (host.handle, host.reason, host.messages) == ("chrisjrob", "wrote 96 of 96 posts", 144)
    # counted independently from the 125 comments: 62 commenters wrote 77 comments (the owner's
    # own replies aside); the owner answered 39 of those comments, reaching 36 commenters
    assert (host.commenters, host.commenters_answered) == (62, 36)
    assert (host.comments, host.comments_answered) == (77, 39)
    # 40 of the 77 comments were answered by someone else: median 8,959 s, p90 77,238 s
    r = health.responsiveness
    assert (r.messages, r.answered) == (77, 40)
    assert (r.median_first_response, r.p90_first_response) == (8959.0, 77238.0)
    assert recommendations(health)[0].key == "unanswered-commenters"


@pytest.mark.real
def test_real_reddit_thread_skips_deleted_authors(real: Path) -> None:
    messages, _ = read_all(real / "reddit-thread-graw" / "thread.json")
    health = analyse(messages)
    check_consistent(health, len(messages))
    assert health.skipped == {"no author": sum(1 for m in messages if m.author is None)}
    assert health.host.reason == "wrote 1 of 1 posts"
    assert health.threads == 1
    assert health.reciprocity.reciprocated_pairs > 0


@pytest.mark.real
@pytest.mark.parametrize("name", [
    "mastodon-archive-dealingwith",
    "twarc2-csv-testdata/flat.jsonl",
    "twarc2-csv-testdata/brexit.jsonl",
    "wxr-theme-unit-test/themeunittestdata.wordpress.xml",
    "isso-import-fixtures/disqus.xml",
    "remark42-import-fixtures/disqus.xml",
    "twitter-v11-twitter4j-2009/streamingapi-testcase.jsonl",
])
def test_real_exports_analyse_consistently(real: Path, name: str) -> None:
    messages, _ = read_all(real / name)
    check_consistent(analyse(messages), len(messages))

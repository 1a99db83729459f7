"""Health metrics, the score and recommendations on hand-built streams, worked out on paper."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from streamtool.errors import UsageError
from streamtool.model import BEHAVIOURS
from streamtool.relations import WEIGHTS, analyse, recommendations, within
from tests.relations.streams import StreamBuilder, at


def host_who_never_replies() -> StreamBuilder:
    s = StreamBuilder("wordpress")
    p1 = s.post("deb", at(0), "Rhubarb is in")
    p2 = s.post("deb", at(days=1), "Saturday hours")
    s.reply("mike", p1, at(2))
    sue = s.reply("sue", p1, at(3))
    s.reply("anthony", p2, at(days=1, hours=1))
    s.reply("sue", sue, at(5))  # sue adds to her own comment
    return s


def test_host_who_never_replies():
    health = analyse(host_who_never_replies().messages)
    host = health.host
    assert (host.key, host.inferred, host.reason) == ("deb", True, "wrote 2 of 2 posts")
    assert (host.messages, host.commenters, host.commenters_answered) == (2, 3, 0)
    assert (host.comments, host.comments_answered) == (4, 0)
    assert host.reply_rate == 0.0
    assert host.unanswered == ["sue", "anthony", "mike"]
    assert health.people["deb"].is_host
    r = health.responsiveness
    assert (r.messages, r.answered, r.median_first_response, r.host_reply_rate) == (4, 0, None, 0.0)
    assert [p.key for p in health.never_answered()] == ["sue", "anthony", "mike"]


def test_score_of_a_host_who_never_replies_shows_every_component():
    score = analyse(host_who_never_replies().messages).score
    values = {c.name: c.value for c in score.components}
    # 4 writers: deb 2, sue 2, mike 1, anthony 1; top 10% = 1 writer with 2 of 6 messages
    assert values == {
        "responsiveness": 0.0,
        "host_replies": 0.0,
        "reciprocity": 0.0,
        "depth": 0.0,
        "breadth": pytest.approx((1 - 2 / 6) / 0.9),
        "warmth": None,
    }
    assert [c.weight for c in score.components] == list(WEIGHTS.values())
    assert score.weight_used == pytest.approx(0.85)
    # only breadth scores: 0.15 x 0.7407 / 0.85 = 0.1307
    assert score.value == 13
    warmth = score.components[-1]
    assert warmth.explanation == "no tagged messages (6 untagged): run `streamtool tag`"


def test_recommendations_for_a_host_who_never_replies_name_figures_and_people():
    recs = recommendations(analyse(host_who_never_replies().messages))
    first = recs[0]
    assert first.key == "unanswered-commenters"
    assert first.text.startswith(
        "3 of 3 commenters never got a reply from deb: sue, anthony, mike.")
    assert first.figures == {"commenters": 3, "unanswered": 3, "reply_rate": 0.0}
    assert first.people == ["sue", "anthony", "mike"]
    assert recs[1].key == "unanswered-messages"
    assert recs[1].figures["answered"] == 0
    assert 1 <= len(recs) <= 5


def test_host_given_explicitly_wins_over_inference():
    health = analyse(host_who_never_replies().messages, host="@Sue")
    assert (health.host.key, health.host.inferred, health.host.reason) == ("sue", False, "given")
    assert health.host.handle == "sue"


def test_no_host_when_nobody_wrote_most_posts():
    s = StreamBuilder()
    s.post("deb", at(0))
    s.post("mike", at(1))
    health = analyse(s.messages)
    assert health.host is None
    assert health.responsiveness.messages == 2


def test_time_to_first_response_excludes_self_replies_and_bots():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    q1 = s.reply("mike", post, at(1))
    s.reply("welcomebot", q1, at(1.01), "Thanks for your comment!")
    s.reply("mike", q1, at(1.5), "also...")  # self-reply: no answer
    s.reply("deb", q1, at(3))  # 2 hours
    q2 = s.reply("sue", post, at(2))
    s.reply("WelcomeBot", q2, at(2.01))
    s.reply("deb", q2, at(12))  # 10 hours
    q3 = s.reply("anthony", post, at(4))
    s.reply("welcomebot", q3, at(4.01))  # only a bot answered: unanswered
    health = analyse(s.messages, bots=["WELCOMEBOT"])
    assert health.skipped == {"bot": 3}
    assert "welcomebot" not in health.people
    r = health.responsiveness
    # others' messages: mike x2, sue, anthony; answered: mike's first and sue's
    assert (r.messages, r.answered, r.answered_share) == (4, 2, 0.5)
    assert r.median_first_response == 6 * 3600
    assert r.p90_first_response == 10 * 3600
    assert health.host.commenters == 3 and health.host.commenters_answered == 2
    assert health.host.median_response == 6 * 3600  # deb answered after 2 h and 10 h
    assert health.never_answered_people == ["anthony"]


def test_p90_is_nearest_rank():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    for i in range(1, 11):  # ten questions answered after 1..10 hours
        q = s.reply(f"p{i}", post, at(i * 100))
        s.reply("deb", q, at(i * 100 + i))
    r = analyse(s.messages).responsiveness
    assert r.median_first_response == 5.5 * 3600
    assert r.p90_first_response == 9 * 3600


def test_concentration_and_density():
    s = StreamBuilder()
    for i in range(10):
        s.post("deb", at(i), f"@p{i}" if i < 3 else "news", mentions=[f"p{i}"] if i < 3 else [])
    for i in range(19):
        s.post(f"p{i}", at(20 + i))
    health = analyse(s.messages)
    b = health.breadth
    assert (b.participants, b.people, b.ties, b.top_writers) == (20, 20, 3, 2)
    assert b.concentration == pytest.approx(11 / 29)  # deb 10 + one of the 1s
    assert b.density == pytest.approx(3 / (20 * 19 / 2))


def test_warmth_counts_untagged_separately_and_profiles_tagged_only():
    s = StreamBuilder()
    s.post("deb", at(0), behaviours=["connecting", "reciprocity"], tone=0.5)
    s.post("mike", at(1), behaviours=["shared_history"], tone=-0.1)
    s.post("sue", at(2), behaviours=[], tone=0.2)
    s.post("bill", at(3))  # untagged
    health = analyse(s.messages)
    w = health.warmth
    assert (w.tagged, w.untagged) == (3, 1)
    assert list(w.profile) == list(BEHAVIOURS)
    assert w.profile["connecting"] == pytest.approx(1 / 3)
    assert w.profile["networking"] == 0.0
    assert w.any_behaviour == pytest.approx(2 / 3)
    assert w.mean_tone == pytest.approx(0.2)
    assert health.depth.shared_history_rate == pytest.approx(1 / 3)
    assert health.depth.contexts_rate == 0.0
    assert health.person("deb").behaviours_given == {"connecting": 1, "reciprocity": 1}


def test_edges_carry_the_behaviours_of_their_messages():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    s.reply("mike", post, at(1), behaviours=["reciprocity", "connecting"])
    s.reply("mike", post, at(2), behaviours=["reciprocity"])
    health = analyse(s.messages)
    (edge,) = health.edges
    assert (edge.count, edge.first, edge.last) == (2, at(1), at(2))
    assert edge.behaviours == {"reciprocity": 2, "connecting": 1}
    assert health.relationship("deb", "mike").behaviours == {"reciprocity": 2, "connecting": 1}


def test_score_of_a_healthy_reciprocal_pair():
    s = StreamBuilder()
    post = s.post("deb", at(0), behaviours=["connecting"])
    r1 = s.reply("mike", post, at(1), behaviours=["reciprocity"])
    r2 = s.reply("deb", r1, at(2), behaviours=[])
    s.reply("mike", r2, at(4), behaviours=["extending"])
    score = analyse(s.messages).score
    values = {c.name: c.value for c in score.components}
    # deb 2, mike 2 messages: top writer holds half -> breadth (1 - 0.5) / 0.9
    assert values == {
        "responsiveness": 0.5,  # mike's two replies, the first answered
        "host_replies": 1.0,
        "reciprocity": 1.0,
        "depth": 1.0,
        "breadth": pytest.approx(5 / 9),
        "warmth": 0.75,
    }
    expected = 0.2 * 0.5 + 0.1 + 0.2 + 0.2 + 0.15 * 5 / 9 + 0.15 * 0.75
    assert score.value == round(100 * expected)  # 79.6 -> 80
    assert score.value == 80


def test_empty_stream_has_no_score_and_no_recommendations():
    health = analyse([])
    assert health.score.value is None
    assert (health.messages, health.first, health.now) == (0, None, None)
    assert recommendations(health) == []


def test_recommendations_on_a_busier_stream_are_three_to_five_and_concrete():
    s = StreamBuilder()
    post = s.post("deb", at(0), "Rhubarb!")
    for name in ("mike", "sue", "bill", "marilyn", "anthony"):
        s.reply(name, post, at(1))
    s.reply("deb", "2", at(30), parent_author="mike")
    s.reply("deb", "3", at(30), parent_author="sue")
    s.post("deb", at(31), "Closed Monday")
    s.post("bill", at(31), "@deb again?", mentions=["deb"])
    recs = recommendations(analyse(s.messages))
    assert 3 <= len(recs) <= 5
    keys = [r.key for r in recs]
    assert keys[:3] == ["unanswered-commenters", "unanswered-messages", "one-way"]
    assert recs[0].people == ["bill", "anthony", "marilyn"]
    assert recs[2].text.startswith(
        "1 repeated relationship goes one way only; bill wrote to deb 2 times")
    assert "introduce" in keys
    assert all(r.figures for r in recs if r.key != "introduce")


def test_within_keeps_inclusive_days_and_drops_undated_when_bounded():
    s = StreamBuilder()
    s.post("deb", at(days=0))  # 4 May
    s.post("deb", at(days=2, hours=14.9))  # 6 May 23:54
    s.post("deb", at(days=3))  # 7 May
    s.post("deb", None)
    kept = list(within(s.messages, date(2026, 5, 5), date(2026, 5, 6)))
    assert [m.id for m in kept] == ["2"]
    assert len(list(within(s.messages))) == 4
    naive = list(within(s.messages, since=datetime(2026, 5, 7, 9)))
    assert [m.id for m in naive] == ["3"]
    with pytest.raises(UsageError, match="--since 2026-05-08 is after --until 2026-05-07"):
        list(within(s.messages, date(2026, 5, 8), date(2026, 5, 7)))

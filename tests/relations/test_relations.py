"""The graph, people and relationships of hand-built streams, every value worked out on paper."""

from __future__ import annotations

import pytest

from streamtool.relations import analyse
from tests.relations.streams import StreamBuilder, at


def test_handles_compare_case_insensitively_and_keep_the_first_spelling():
    s = StreamBuilder()
    post = s.post("HollisGeneral", at(0), "Fresh rhubarb in")
    s.reply("MikesDiner", post, at(1), mentions=["hollisgeneral"])
    s.reply("hollisgeneral", "2", at(2), parent_author="@mikesdiner")
    health = analyse(s.messages)
    assert sorted(health.people) == ["hollisgeneral", "mikesdiner"]
    assert health.handle("HOLLISGENERAL") == "HollisGeneral"
    assert health.person("@mikesdiner").handle == "MikesDiner"
    rel = health.relationship("hollisgeneral", "MIKESDINER")
    assert (rel.a, rel.b, rel.a_to_b, rel.b_to_a, rel.reciprocated) == (
        "hollisgeneral", "mikesdiner", 1, 1, True)


def test_reply_edges_go_to_the_parent_author_found_in_the_stream_or_given():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    s.reply("mike", post, at(1))  # parent looked up in the stream
    s.reply("sue", "999", at(2), parent_author="anthonybakes")  # parent absent, author known
    s.reply("bill", "998", at(3))  # parent absent, author unknown: no edge
    health = analyse(s.messages)
    assert [(e.source, e.target, e.kind, e.count) for e in health.edges] == [
        ("mike", "deb", "reply", 1),
        ("sue", "anthonybakes", "reply", 1),
    ]
    assert health.unresolved == {"reply": 1, "repost": 0}
    assert health.person("anthonybakes").messages == 0
    assert health.person("anthonybakes").replies_received == 1
    assert health.breadth.participants == 4
    assert health.breadth.people == 5


def test_a_reply_that_also_mentions_its_addressee_is_one_interaction():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    s.reply("mike", post, at(1), "@deb @sue_cc lunch?", mentions=["deb", "sue_cc"])
    health = analyse(s.messages)
    assert [(e.source, e.target, e.kind) for e in health.edges] == [
        ("mike", "deb", "reply"), ("mike", "sue_cc", "mention")]
    assert health.relationship("mike", "deb").messages == 1


def test_retweet_prefix_is_a_repost_edge_and_its_quoted_mentions_are_not_mine():
    s = StreamBuilder()
    s.repost("deb", "mikesdiner", at(0), "RT @MikesDiner: pie day with @okaforfarm berries")
    s.messages[-1].mentions = ["MikesDiner", "okaforfarm"]
    s.post("sue", at(1), "RT @deb: see you Saturday")  # an old-style manual retweet
    health = analyse(s.messages)
    assert [(e.source, e.target, e.kind) for e in health.edges] == [
        ("deb", "mikesdiner", "repost"), ("sue", "deb", "repost")]
    assert health.handle("mikesdiner") == "MikesDiner"


def test_self_replies_are_not_interactions_and_do_not_answer():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    s.reply("deb", post, at(1), "1/2 continued")
    health = analyse(s.messages)
    assert health.edges == []
    assert health.relationships == []
    assert health.responsiveness.answered == 0
    assert health.person("deb").replies_given == 0


def test_messages_without_author_are_skipped_and_counted():
    s = StreamBuilder()
    post = s.post(None, at(0))
    s.reply("mike", post, at(1))
    health = analyse(s.messages)
    assert health.skipped == {"no author": 1}
    assert health.messages == 1
    assert health.edges == []


def test_perfectly_reciprocal_pair():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    r1 = s.reply("mike", post, at(1))
    r2 = s.reply("deb", r1, at(2))
    r3 = s.reply("mike", r2, at(4))
    s.reply("deb", r3, at(7))
    health = analyse(s.messages)
    rel = health.relationship("deb", "mike")
    assert (rel.a_to_b, rel.b_to_a, rel.threads) == (2, 2, 1)
    assert rel.strength == 41.0  # 4 direct x 10 + 1 shared thread, all within a month
    assert health.reciprocity.pair_ratio == 1.0
    assert health.reciprocity.edge_ratio == 1.0
    assert health.person("deb").balance == 0.0
    assert health.reciprocity.mean_abs_balance == 0.0
    deb = health.person("deb")
    assert (deb.partners, deb.reciprocated_partners) == (1, 1)
    assert (deb.replies_given, deb.replies_received) == (2, 2)


def test_one_way_relationships_and_nodexl_ratios():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    s.reply("mike", post, at(1))
    s.reply("deb", "2", at(2), parent_author="mike")
    s.reply("sue", post, at(3))
    s.reply("sue", post, at(4))
    s.post("anthony", at(5), "hello @deb", mentions=["deb"])
    health = analyse(s.messages)
    # pairs: deb-mike (both ways), deb-sue (one way), anthony-deb (one way)
    assert health.reciprocity.pairs == 3
    assert health.reciprocity.reciprocated_pairs == 1
    assert health.reciprocity.pair_ratio == pytest.approx(1 / 3)
    assert health.reciprocity.directed_edges == 4
    assert health.reciprocity.edge_ratio == 0.5
    assert [(r.a, r.b, r.messages) for r in health.one_way()] == [
        ("deb", "sue", 2), ("anthony", "deb", 1)]
    # deb: sent 1, received 4 -> (1 - 4) / 5
    assert health.person("deb").balance == pytest.approx(-0.6)


def test_introducer_connects_two_strangers():
    s = StreamBuilder()
    s.post("deb", at(0), "@mikesdiner meet @anthonybakes, our new baker",
           mentions=["mikesdiner", "anthonybakes"], behaviours=["networking"])
    s.post("mikesdiner", at(5), "@anthonybakes welcome! coffee?", mentions=["anthonybakes"])
    s.post("sue", at(6), "@deb @okaforfarm market list", mentions=["deb", "okaforfarm"])
    health = analyse(s.messages)
    intros = [(i.introducer, i.a, i.b, i.message_id, i.followed_up) for i in health.introductions]
    assert intros == [("deb", "anthonybakes", "mikesdiner", "1", True)]
    assert health.person("deb").introduced == [("anthonybakes", "mikesdiner")]
    assert health.person("sue").introduced == []  # not tagged, and they never talked after


def test_naming_people_who_already_know_each_other_is_no_introduction():
    s = StreamBuilder()
    s.post("mike", at(0), "@anthony hi", mentions=["anthony"])
    s.post("deb", at(1), "@mike @anthony see you both", mentions=["mike", "anthony"],
           behaviours=["networking"])
    s.post("anthony", at(2), "@mike thanks", mentions=["mike"])
    assert analyse(s.messages).introductions == []


def test_tagged_introduction_without_follow_up_is_kept_as_not_followed_up():
    s = StreamBuilder()
    s.post("sue_cc", at(0), "Join us @deb and @bill", mentions=["deb", "bill"],
           behaviours=["networking"])
    intro = analyse(s.messages).introductions
    assert [(i.a, i.b, i.followed_up) for i in intro] == [("bill", "deb", False)]


def test_betweenness_of_a_path():
    s = StreamBuilder()
    for a, b in [("a", "b"), ("b", "c"), ("c", "d")]:
        s.post(a, at(0), f"@{b}", mentions=[b])
    health = analyse(s.messages)
    assert health.person("a").betweenness == 0.0
    assert health.person("b").betweenness == pytest.approx(2 / 3)
    assert health.person("c").betweenness == pytest.approx(2 / 3)
    assert [p.key for p in health.connectors()] == ["b", "c"]
    assert health.breadth.connectors == 2
    assert health.breadth.betweenness_sampled is False


def test_strength_decays_by_a_tenth_per_idle_month():
    s = StreamBuilder()
    s.post("deb", at(0), "@bill", mentions=["bill"])
    for days, expected in [(29, 10.0), (30, 9.0), (95, 7.29), (365, 10 * 0.9**12)]:
        health = analyse(s.messages, now=at(days=days))
        assert health.relationships[0].strength == pytest.approx(expected)
    naive = analyse(s.messages, now=at(days=30).replace(tzinfo=None))  # naive means UTC
    assert naive.relationships[0].strength == pytest.approx(9.0)


def test_shared_threads_add_one_each_and_decay_from_when_both_were_there():
    s = StreamBuilder()
    p1 = s.post("deb", at(0))
    s.reply("mike", p1, at(days=1))
    p2 = s.post("sue", at(days=40))
    s.reply("deb", p2, at(days=41))
    s.reply("mike", p2, at(days=42))  # deb and mike meet again here, no direct contact
    health = analyse(s.messages, now=at(days=70))
    rel = health.relationship("deb", "mike")
    # direct: mike->deb on day 1 (69 days idle: 2 months); threads: day 1 (2 months), day 42 (0)
    assert rel.strength == pytest.approx(10 * 0.81 + 0.81 + 1)
    assert rel.threads == 2
    assert health.depth.multi_thread == 1


def test_trend_compares_the_last_window_with_the_one_before():
    s = StreamBuilder()
    # span 120 days -> 30-day windows: recent (day 90, 120], earlier (day 60, 90]
    s.post("zed", at(0), "start")
    for day in (61, 65, 70, 80):
        s.post("x", at(days=day), "@y", mentions=["y"])
    s.post("y", at(days=100), "@x", mentions=["x"])  # 4 earlier, 1 recent: cooling
    for day in (95, 100, 110):
        s.post("x", at(days=day), "@z", mentions=["z"])  # 0 earlier, 3 recent: warming
    s.post("y", at(days=70), "@z", mentions=["z"])
    s.post("z", at(days=120), "@y", mentions=["y"])  # 1 and 1: steady
    health = analyse(s.messages)
    got = {(r.a, r.b): (r.earlier, r.recent, r.trend) for r in health.relationships}
    assert got == {
        ("x", "y"): (4, 1, "cooling"),
        ("x", "z"): (0, 3, "warming"),
        ("y", "z"): (1, 1, "steady"),
    }
    assert [(r.a, r.b) for r in health.cooling()] == [("x", "y")]


def test_trend_window_is_half_the_span_of_a_short_stream():
    s = StreamBuilder()
    # one week: windows of 3.5 days, recent (day 3.5, 7], earlier (day 0, 3.5]: day 0 falls
    # outside both, day 1 in the earlier one; two interactions, none recent: gone quiet
    s.post("deb", at(0), "@mike", mentions=["mike"])
    s.post("mike", at(days=1), "@deb", mentions=["deb"])
    s.post("sue", at(days=7), "closing time")
    rel = analyse(s.messages).relationship("deb", "mike")
    assert (rel.earlier, rel.recent, rel.trend) == (1, 0, "cooling")


def test_people_first_last_seen_and_returning():
    s = StreamBuilder()
    p = s.post("deb", at(0))
    s.reply("mike", p, at(1))
    s.post("deb", at(days=2))
    health = analyse(s.messages)
    deb, mike = health.person("deb"), health.person("mike")
    assert (deb.messages, deb.threads, deb.returning) == (2, 2, True)
    assert (mike.messages, mike.threads, mike.returning) == (1, 1, False)
    assert (deb.first_seen, deb.last_seen) == (at(0), at(days=2))


def test_relationship_across_platforms_counts_as_multi_platform():
    s = StreamBuilder()
    s.post("deb", at(0), "@mike", mentions=["mike"], platform="twitter")
    s.post("mike", at(1), "@deb", mentions=["deb"], platform="mastodon")
    health = analyse(s.messages)
    assert health.relationship("deb", "mike").platforms == ["mastodon", "twitter"]
    assert health.depth.multi_platform == 1
    assert health.platforms == {"twitter": 1, "mastodon": 1}

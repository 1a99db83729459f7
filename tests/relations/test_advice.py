"""Each recommendation rule fires on the figures that should trigger it, and only then."""

from __future__ import annotations

from streamtool.relations import analyse, recommendations
from tests.relations.streams import StreamBuilder, at


def keys(s: StreamBuilder, **kwargs) -> list[str]:
    return [r.key for r in recommendations(analyse(s.messages, **kwargs))]


def only(s: StreamBuilder, key: str, **kwargs):
    """The recommendation named `key` (StopIteration, failing the test, if it did not fire)."""
    return next(r for r in recommendations(analyse(s.messages, **kwargs)) if r.key == key)


def test_one_sided_export_says_what_cannot_be_measured():
    s = StreamBuilder()
    s.post("hollisgeneral", at(0), "@mikesdiner @suepark_cc see you",
           mentions=["mikesdiner", "suepark_cc"])
    s.post("hollisgeneral", at(1), "RT @anthonybakes: bread!")
    (first, *_) = recommendations(analyse(s.messages))
    assert first.key == "one-sided-export"
    assert first.text == (
        "This stream holds only hollisgeneral's own messages: 3 people are addressed but none of "
        "their answers are here, so responsiveness and reciprocity cannot be measured. Add their "
        "side (e.g. a twarc search for @hollisgeneral or the replies on the platform)."
    )
    assert first.figures == {"participants": 1, "people": 4}
    # no advice that would need the other side (one-way, introductions); the strongest ties
    # are added so there is more than one thing to do
    assert keys(s) == ["one-sided-export", "keep-strongest"]
    keep = only(s, "keep-strongest")
    assert keep.text == (
        "The strongest ties here: anthonybakes & hollisgeneral (strength 10, last contact "
        "2026-05-04); hollisgeneral & mikesdiner (strength 10, last contact 2026-05-04); "
        "hollisgeneral & suepark_cc (strength 10, last contact 2026-05-04). Strength fades by "
        "a tenth each quiet month: keep them warm with a personal note."
    )
    assert keep.figures == {"strength_1": 10.0, "strength_2": 10.0, "strength_3": 10.0}


def test_cooling_names_pairs_with_their_counts_or_last_contact():
    s = StreamBuilder()
    s.post("zed", at(0), "start")
    for day in (61, 65, 70):
        s.post("x", at(days=day), "@y", mentions=["y"])
    s.post("x", at(days=1), "@w", mentions=["w"])
    s.post("w", at(days=2), "@x", mentions=["x"])
    s.post("y", at(days=120), "closing")
    rec = only(s, "cooling")
    assert rec.text == (
        "2 relationships are cooling (interactions in the window before, then the last; windows "
        "of 30.0 days): x & y (3 then 0); w & x (quiet since 2026-05-06). "
        "Check in before they go quiet."
    )
    assert rec.figures == {"cooling": 2}
    assert rec.people == ["w", "x", "y"]


def test_slow_responses_fire_over_a_day_and_not_under():
    def stream(hours: float) -> StreamBuilder:
        s = StreamBuilder()
        post = s.post("deb", at(0))
        q = s.reply("mike", post, at(1))
        s.reply("deb", q, at(1 + hours))
        return s

    assert "slow-responses" not in keys(stream(24))
    rec = only(stream(50), "slow-responses")
    assert rec.text.startswith("Half of first replies take longer than 2.1 days")
    assert rec.figures == {"median_seconds": 50 * 3600.0, "p90_seconds": 50 * 3600.0}


def test_concentration_needs_ten_writers_and_a_top_tenth_over_half():
    s = StreamBuilder()
    for i in range(12):
        s.post("deb", at(i))
    for i in range(9):
        s.post(f"p{i}", at(20 + i))
    rec = only(s, "concentration")
    assert rec.text.startswith("The top 1 of 10 writers wrote 57% of all messages")
    s.messages = s.messages[6:]  # deb 6 of 15: 40%
    assert "concentration" not in keys(s)


def test_connectors_advice_skips_the_host_and_tiny_bridges():
    s = StreamBuilder()
    s.post("deb", at(0), "@mike", mentions=["mike"])
    s.post("deb", at(1), "@sue", mentions=["sue"])
    s.post("mike", at(2), "@anthony", mentions=["anthony"])
    health = analyse(s.messages, host="deb")
    assert [p.key for p in health.connectors()] == ["deb", "mike"]
    rec = next(r for r in recommendations(health) if r.key == "connectors")
    assert rec.people == ["mike"]
    assert rec.text.startswith("mike links people who would otherwise not be connected")


def test_rarest_behaviour_under_five_percent_is_named():
    s = StreamBuilder()
    for i in range(25):
        s.post(f"p{i}", at(i), behaviours=["connecting"] if i % 2 else ["reciprocity"])
    rec = only(s, "rare-behaviour")
    assert rec.text.startswith(
        "Rare here, in under 5% of 25 tagged messages: extending 0%, networking 0%, "
        "coopetition 0%, contexts 0%, shared history 0%.")
    assert rec.figures == {"extending_rate": 0.0, "networking_rate": 0.0, "coopetition_rate": 0.0,
                           "contexts_rate": 0.0, "shared_history_rate": 0.0, "tagged": 25}


def test_never_more_than_five():
    s = StreamBuilder()
    post = s.post("deb", at(0))
    for i in range(12):
        s.reply(f"p{i}", post, at(1 + i), behaviours=[])
    s.reply("deb", "2", at(80), parent_author="p0")
    s.post("p1", at(81), "@deb hello?", mentions=["deb"])
    s.post("p1", at(82), "@deb hello again?", mentions=["deb"])
    recs = recommendations(analyse(s.messages))
    assert len(recs) == 5

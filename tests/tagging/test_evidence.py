"""Evidence: the matched words with their character offsets into the message text."""

from __future__ import annotations

import re

from streamtool.model import Message

OFFSETS = re.compile(r"^(.*) \[(\d+):(\d+)\]$")


def test_offsets_point_at_the_matched_words(tagger):
    text = "Hi Deb! Thanks for the eggs, see you Saturday"
    tags = tagger.explain(text)
    assert "Thanks [8:14]" in tags.evidence["reciprocity"]
    assert "see you Saturday [29:45]" in tags.evidence["extending"]
    for reasons in tags.evidence.values():
        for reason in reasons:
            if m := OFFSETS.match(reason):
                assert text[int(m[2]):int(m[3])] == m[1]


def test_offsets_survive_emoji_and_accents(tagger):
    text = "🎉🎉 Café opening! Congrats Anthony"
    tags = tagger.explain(text)
    assert tags.evidence["connecting"][0] == "Congrats Anthony [17:33]"
    assert text[17:33] == "Congrats Anthony"


def test_evidence_keeps_the_outermost_of_nested_matches(tagger):
    # "how's", "how's your", "your" and "your mom" all match; only the spans that are not inside
    # another are shown (each still adds to the score).
    tags = tagger.explain("Jenny, how's your mom doing?")
    spans = [r for r in tags.evidence["connecting"] if OFFSETS.match(r)]
    assert "how's [7:12]" not in spans and "your [13:17]" not in spans
    for a in spans:
        for b in spans:
            ma, mb = OFFSETS.match(a), OFFSETS.match(b)
            inside = int(mb[2]) <= int(ma[2]) and int(ma[3]) <= int(mb[3])
            assert a == b or not inside


def test_structural_evidence_names_the_fact(tagger):
    message = Message(
        id="1", text="@jen_whitaker meet @suepark_cc and @anthonybakes, they know everyone",
        kind="reply", author="hollisgeneral", reply_to="0", reply_to_author="jen_whitaker",
        mentions=["jen_whitaker", "suepark_cc", "anthonybakes"],
    )
    [tagged] = tagger.tag([message])
    assert "mentions 2 people" in tagged.tags.evidence["networking"]
    assert "replies to @jen_whitaker" in tagged.tags.evidence["connecting"]


def test_a_thread_carried_on_by_its_author_is_not_talk_to_a_person(tagger):
    """Second-person words in the author's own thread speak to every reader, not to
    someone answered: a self-reply gets none of the reply cues."""
    words = "If you're wondering how the fair went, you should have seen the pie table"
    post = Message(id="1", text="The fair, a thread", author="hollisgeneral")
    carried_on = Message(id="2", text=words, kind="reply", author="hollisgeneral",
                         reply_to="1", reply_to_author="hollisgeneral")
    answer = Message(id="3", text=words, kind="reply", author="deb_okafor",
                     reply_to="1", reply_to_author="hollisgeneral")
    _, own, other = tagger.tag([post, carried_on, answer])
    assert own.tags.evidence.get("connecting") is None
    assert other.tags.evidence["connecting"] == [
        "you're [3:9]", "you [39:42]", "replies to @hollisgeneral"]

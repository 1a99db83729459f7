"""The rule layer, behaviour by behaviour, on a rules-only pipeline (no learned model).

Positive examples must reach the behaviour with evidence; negative ones, written to look
close (same words in another sense, or the "not by itself" cases of the codebook), must not
produce evidence for it strong enough to tag on rules alone (score < 0.5).
"""

from __future__ import annotations

import pytest

from streamtool.model import BEHAVIOURS
from streamtool.tagging.facts import MessageFacts

POSITIVE = {
    "connecting": [
        "Hi Deb! How was the trip to see your sister?",
        "@mikesdiner congrats on 20 years, Mike!",
        "@okaforfarm so sorry to hear about the hail. Thinking of you both",
        "Marilyn, you made my day with those peonies",
    ],
    "extending": [
        "Let's grab coffee at the diner next week",
        "@anthonybakes see you at the market Saturday!",
        "Email me and I'll help you set up the register",
        "Looking forward to meeting you at the chamber breakfast",
        "@rowan do you have an hour next week to go over the seed order?",
        "@okaforfarm kewl, see u next week at the market",  # text-speak
        "@deb u'll also be at the fair?",
        "@mike schade! Dann halt das nächste Mal",  # German: next time, then
    ],
    "networking": [
        "@jen_whitaker you should meet @suepark_cc, she runs the chamber",
        "#FF @hollisgeneral @mikesdiner @anthonybakes",
        "New in town? Join your local chamber of commerce",
        "Tell them I sent you, they'll sort you out",
    ],
    "reciprocity": [
        "Thanks for the eggs, Bill",
        "@hollisgeneral you're welcome, happy to help",
        "Shout out to Sue for the permit help",
        "Great post, you rock",
        "@mikesdiner ur welcome!",
        "Brilliant guide, the printer works again",  # praise of what the blogger gave
        "That fixed the cron job. Cheers.",
        "Obrigado, Deb!",
    ],
    "coopetition": [
        "Out of bread? Go check out the new bakery on Main",
        "Shop local this weekend: the diner, the bakery and the farm stand",
        "We don't carry bulk seed, but the Okafors do. We sent them three customers today",
        "If you eat at the diner, leave a huge tip, business is slow",
    ],
    "contexts": [
        "Funny how I know half of you online and the other half in real life",
        "Saw you at the ball field after church!",
        "Between the farmers market and Twitter I never stop talking",
    ],
    "shared_history": [
        "Remember when the store flooded and the whole town came with mops?",
        "We go way back, since high school",
        "People do business with people they like and trust",
        "I grew up two streets from here",
    ],
}

NEGATIVE = {
    "connecting": [
        "Road crew patching Main St all morning",
        "The council meeting moved to Thursday",
        "Hillside is a lovely street name",  # a capitalised word that addresses nobody
        "Hey Lazyweb, which till printer survives a flood?",  # greets the crowd, no one person
    ],
    "extending": [
        "Store closed Monday for inventory",
        "Asked a question about the zoning map",
        "Coffee prices went up again",  # coffee, but no plan to meet
        "@deb see the docs for the next release",
    ],
    "networking": [
        "I recommend ripgrep for log searching",  # a tool, not a person (codebook)
        "Talk is cheap",
        "@deb @mike @sue nobody answered my question",  # the audience, not an introduction
    ],
    "reciprocity": [
        "Hi Deb!",  # a greeting alone
        "The pie contest is Saturday",
        "No thanks to the county for the potholes",
        "Some under-appreciated bluegrass for your Sunday",
    ],
    "coopetition": [
        "Our new spring hours are on the website",  # own business
        "State budget passes https://news.example/budget",  # neutral news link
        "I fixed the printer myself",
    ],
    "contexts": [
        "Posted the new hours",
        "I read it on my blog reader",
        "The phone bill is due",
    ],
    "shared_history": [
        "Rust compile times are slow",
        "New rye loaf today",
        "The county road fund is short",
    ],
}


def cases(table):
    return [(label, text) for label, texts in table.items() for text in texts]


@pytest.mark.parametrize(("label", "text"), cases(POSITIVE))
def test_rules_find_each_behaviour(rules_nlp, label, text):
    doc = rules_nlp(text)
    assert doc._.rule_scores[label] >= 0.5, (text, doc._.evidence)
    assert doc._.evidence[label]


@pytest.mark.parametrize(("label", "text"), cases(NEGATIVE))
def test_rules_alone_do_not_tag_near_misses(rules_nlp, label, text):
    doc = rules_nlp(text)
    assert doc._.rule_scores[label] < 0.5, (text, doc._.evidence)


def test_every_behaviour_has_positive_and_negative_examples():
    assert set(POSITIVE) == set(NEGATIVE) == set(BEHAVIOURS)


def test_greetings_count_only_at_the_start(rules_nlp):
    assert "connecting" in rules_nlp("@deb hello there!")._.evidence
    assert "connecting" not in rules_nlp("The word hello has five letters")._.evidence


def test_several_weak_cues_add_up_by_noisy_or(rules_nlp):
    # "you" (0.2, addressed) and the reply itself (0.3): 1 - 0.8 * 0.7 = 0.44
    doc = rules_nlp("@deb you know it")
    assert doc._.rule_scores["connecting"] == pytest.approx(0.44)
    assert doc._.evidence["connecting"] == ["you [5:8]", "addresses @deb"]


def test_structural_facts_from_the_reader_are_used(rules_nlp):
    doc = rules_nlp.make_doc("Pie special all day")
    doc._.message_facts = MessageFacts(author="hollisgeneral", repost_of="mikesdiner")
    doc = rules_nlp(doc)
    assert doc._.evidence["coopetition"] == ["reposts @mikesdiner"]
    doc = rules_nlp.make_doc("Come meet these two")
    doc._.message_facts = MessageFacts(mentions=("suepark_cc", "anthonybakes", "jen"),
                                       addressees=("jen",), is_reply=True, reply_to_author="jen")
    assert rules_nlp(doc)._.evidence["networking"] == ["mentions 2 people"]


def test_a_post_tagging_people_names_them_and_a_reply_naming_them_introduces(rules_nlp):
    tagged = "Team Pie Chart at the hackathon: @deb @mike @sue_bakes https://example.com/p.jpg"
    assert "networking" not in rules_nlp(tagged)._.evidence
    assert rules_nlp("@jen you should see what @deb and @mike built")._.evidence[
        "networking"] == ["mentions 2 people"]


def test_a_typographic_apostrophe_matches_like_a_straight_one(rules_nlp):
    """Phones and Macs type "you’re"; the patterns are written "you're"."""
    assert rules_nlp("@deb you\u2019re welcome!")._.evidence["reciprocity"] == [
        "you\u2019re welcome [5:19]"]


@pytest.mark.parametrize("text", ["Look, this is not how permits work", "Hell, I paid twice",
                                  "Me, three", "Interesting, I never knew"])
def test_an_ordinary_word_before_a_comma_addresses_nobody(rules_nlp, text):
    assert "connecting" not in rules_nlp(text)._.evidence


def test_a_name_before_a_comma_addresses_that_person(rules_nlp):
    assert rules_nlp("Marilyn, the peonies are gorgeous")._.evidence["connecting"] == [
        "Marilyn, [0:8]"]


def test_a_repost_only_passes_a_peer_on(rules_nlp):
    doc = rules_nlp("RT @kahlil: Thanks all! Let's meet at the conf https://example.com/slides")
    assert doc._.evidence == {"coopetition": ["reposts @kahlil", "reposts a link from @kahlil"]}
    assert doc._.rule_scores["coopetition"] == pytest.approx(1 - 0.85 * 0.55)


def test_a_reposted_remark_without_a_link_is_a_weak_cue(rules_nlp):
    assert rules_nlp("RT @horsejs: alert('hi')")._.rule_scores["coopetition"] == 0.15


def test_praise_recommends_only_next_to_a_link(rules_nlp):
    linked = rules_nlp("A neat little tool for media queries - https://example.com/mq")
    assert linked._.evidence["coopetition"] == ["neat [2:6]"]
    assert "coopetition" not in rules_nlp("A neat little tool for media queries")._.evidence


def test_a_personal_answer_to_someone_is_connecting_and_can_share_a_past(rules_nlp):
    doc = rules_nlp("@rowan I lost my dad last spring. Same boat, I cried at the bank too")
    # one personal-answer cue (0.3, counted once) and the reply (0.3): 1 - 0.7 * 0.7
    assert doc._.rule_scores["connecting"] == pytest.approx(0.51)
    assert "addresses @rowan" in doc._.evidence["connecting"]
    assert doc._.evidence["shared_history"] == ["I lost my [7:16]", "Same boat [34:43]"]
    alone = rules_nlp("I lost my keys at the bank")  # not addressed to anyone
    assert "shared_history" not in alone._.evidence


def test_pointing_someone_to_help_is_networking(rules_nlp):
    doc = rules_nlp("Call your local clinic, most do free screenings")
    assert doc._.evidence["networking"] == ["Call your local [0:15]",
                                          "your local clinic [5:22]"]


def test_naming_someone_points_to_them_only_when_someone_is_answered(rules_nlp):
    def networking(facts: MessageFacts) -> list[str]:
        doc = rules_nlp.make_doc("Great chat with @suepark_cc today")
        doc._.message_facts = facts
        return rules_nlp(doc)._.evidence.get("networking", [])

    # a reply to Jen that names Sue points Jen to her
    assert networking(MessageFacts(mentions=("suepark_cc",), addressees=("jen",),
                                   is_reply=True)) == ["mentions 1 person"]
    # flagged as a reply but answering nobody known: a post that only mentions Sue
    assert networking(MessageFacts(mentions=("suepark_cc",), is_reply=True)) == []

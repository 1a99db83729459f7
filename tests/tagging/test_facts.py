"""Message-structure facts: who is addressed, who is named, what is reposted."""

from __future__ import annotations

import pytest

from streamtool.model import Message
from streamtool.tagging.facts import facts_from_message, facts_from_words


def _reply(text: str, author: str, to: str | None, mentions: tuple[str, ...] = ()) -> Message:
    """A reply to message "1" by `to` (None: its author unknown), as a reader makes it."""
    return Message(id="2", text=text, kind="reply", author=author, reply_to="1",
                   reply_to_author=to, mentions=list(mentions))


def test_reply_audience_is_not_counted_as_people_introduced():
    message = _reply("@deb @mike you should both meet @suepark_cc", "Jen", "deb",
                     ("deb", "mike", "suepark_cc"))
    facts = facts_from_message(message)
    assert facts.author == "jen"
    assert facts.addressees == ("deb", "mike")
    assert facts.third_parties == ("suepark_cc",)


def test_self_reply_carries_a_thread_on_and_answers_nobody():
    facts = facts_from_message(_reply("(2/2) and more", "deb", "deb"))
    assert not facts.is_reply and facts.reply_to_author is None and facts.addressees == ()


def test_self_reply_opening_with_handles_still_addresses_them():
    facts = facts_from_message(_reply("@mike and the pie was still warm", "Deb", "deb", ("mike",)))
    assert not facts.is_reply and facts.addressees == ("mike",)


def test_repost_names_the_reposted_author_and_no_third_parties():
    message = Message(
        id="3",
        text="RT @mikesdiner: pie with @okaforfarm berries",
        kind="repost",
        author="hollisgeneral",
        mentions=["mikesdiner", "okaforfarm"],
    )
    facts = facts_from_message(message)
    assert facts.repost_of == "mikesdiner"
    assert facts.third_parties == ()


def test_plain_words_give_handles_urls_and_retweets():
    facts = facts_from_words(
        ["@Deb,", "@mike:", "look", "https://x.example/a", "and", "ask", "@sue"]
    )
    assert facts.addressees == ("deb", "mike")
    assert facts.third_parties == ("sue",)
    assert not facts.is_reply and facts.urls == 1  # opening with handles addresses, no more
    assert facts_from_words(["RT", "@mike", "hi"]).repost_of == "mike"


def test_people_credited_for_work_are_named_but_not_introduced():
    words = "Great post by @deb via @Town_Paper: (h/t @mike) https://x.example ask @sue"
    facts = facts_from_words(words.split())
    assert facts.credited == ("deb", "town_paper", "mike")
    assert facts.named == ("deb", "town_paper", "mike", "sue")
    assert facts.third_parties == ("sue",)


def test_mastodon_handles_match_their_full_accounts():
    message = _reply("@deb loved this post by @mike, you should meet @sue", "jen@town.social",
                     None, ("deb@town.social", "mike@diner.social", "sue@farm.social"))
    facts = facts_from_message(message)
    assert facts.named == ("mike@diner.social", "sue@farm.social")
    assert facts.third_parties == ("sue@farm.social",)


def test_a_tweets_own_photo_is_not_a_link_to_share():
    words = ["Feeling", "agile", "https://twitter.com/deb/status/35/photo/1"]
    assert facts_from_words(words).urls == 0
    pie = ["Pie!", "https://millbrook.example/pie", "pic.twitter.com/x1"]
    assert facts_from_words(pie).urls == 1
    message = Message(id="5", text="look", urls=["https://twitter.com/deb/status/35/video/1",
                                                 "https://twitter.com/mike/status/36"])
    assert facts_from_message(message).urls == 1  # a quoted tweet is someone's words


@pytest.mark.parametrize(("text", "audience"), [
    # handles set apart after the last sentence copy the conversation in
    ("@deb see you Friday! @mike", ("deb", "mike")),
    ("@deb sure thing 👌 @mike", ("deb", "mike")),
    ("@deb I'll ask around @mike @sue", ("deb", "mike", "sue")),
    # one handle right after a word belongs to the sentence; a cc draws people in on purpose
    ("@deb you should meet @mike", ("deb",)),
    ("@deb the pies are in cc @mike", ("deb",)),
    # not a reply: a post that ends on handles names them
    ("Great night with @mike @sue", ()),
])
def test_a_reply_closing_on_handles_addresses_them(text, audience):
    facts = facts_from_words(text.split())
    assert facts.addressees == audience
    assert set(facts.third_parties) == set(facts.mentions) - set(audience)


def test_a_reply_from_a_reader_closing_on_handles_addresses_them():
    message = _reply("Count me in! @mike @sue", "jen", "deb", ("mike", "sue"))
    assert facts_from_message(message).addressees == ("deb", "mike", "sue")
    post = Message(id="3", text="Count me in! @mike @sue", author="jen", mentions=["mike", "sue"])
    assert facts_from_message(post).addressees == ()

"""Message-structure facts the rule layer reads beside the words (reply, mentions, reposts).

A reader already knows who a message answers, who it mentions and what it links; the tagger
gets those facts on each Doc as `doc._.message_facts`. Plain text (explain, evaluate) has no
Message, so the facts are then derived from the tokens alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Message

_TRAILING = ".,:;!?)"


@dataclass(slots=True, frozen=True)
class MessageFacts:
    """What the structure of a message says, independent of its words."""

    author: str | None = None
    is_reply: bool = False
    reply_to_author: str | None = None  #: None when unknown or a self-reply
    mentions: tuple[str, ...] = ()  #: distinct handles, lower case, author excluded
    addressees: tuple[str, ...] = ()  #: the parent's author and the @handles opening the text
    credited: tuple[str, ...] = ()  #: handles credited for work or thanked ("by @x", "via @x")
    urls: int = 0  #: links, not counting a post's own photos and videos
    repost_of: str | None = None  #: author of the reposted message, when not the poster

    @property
    def named(self) -> tuple[str, ...]:
        """People named in the body, not addressed. A Twitter reply opens with the handles
        of everyone in the conversation: the audience, not people talked about; the handles
        inside a repost were written by someone else."""
        if self.repost_of:
            return ()
        addressed = {_local(a) for a in self.addressees}
        return tuple(m for m in self.mentions if _local(m) not in addressed)

    @property
    def third_parties(self) -> tuple[str, ...]:
        """The named people a message can introduce or refer to: not the ones it credits
        ("great post by @x" promotes x's work to the reader, it brings nobody together)."""
        credited = {_local(c) for c in self.credited}
        return tuple(m for m in self.named if _local(m) not in credited)


def _is_own_media(url: str) -> bool:
    """A tweet's attached photo or video (".../status/N/photo/1", "pic.twitter.com/..."):
    part of the post itself, not a link to someone's work."""
    return "pic.twitter.com/" in url or (
        "twitter.com/" in url and ("/photo/" in url or "/video/" in url))


def _local(handle: str) -> str:
    """The name part of a handle: a Mastodon reader lists "deb@town.social" where the text
    says "@deb"."""
    return handle.partition("@")[0]


def _handle(value: str | None) -> str | None:
    return value.lstrip("@").lower() if value else None


def is_self_reply(author: str | None, answered: str | None) -> bool:
    """Whether a reply answers its own author: it carries a thread on and answers nobody, so
    it reads as a post (talk to someone in it still shows, by the @handles it opens with)."""
    answered = _handle(answered)
    return answered is not None and answered == _handle(author)


def facts_from_message(message: Message) -> MessageFacts:
    """The facts of a Message as a reader produced it."""
    author = _handle(message.author)
    threading = is_self_reply(author, message.reply_to_author)
    parent = None if threading else _handle(message.reply_to_author)
    mentions = tuple(dict.fromkeys(h for m in message.mentions if (h := _handle(m)) != author))
    words = message.text.split() if mentions or message.text.startswith("@") else []
    replying = (message.kind == "reply" or message.reply_to is not None) and not threading
    addressees = tuple(dict.fromkeys(filter(None, (parent, *_audience(words, replying)))))
    credited = _credited(words) if mentions else ()
    repost_of = None
    if message.kind == "repost":
        # Retweets carry "RT @x:" and the reposted author is the first mention.
        repost_of = parent or (mentions[0] if mentions else None)
    return MessageFacts(
        author=author,
        is_reply=replying,
        reply_to_author=parent,
        mentions=mentions,
        addressees=addressees,
        credited=credited,
        urls=sum(not _is_own_media(u) for u in message.urls),
        repost_of=repost_of,
    )


def facts_from_words(words: list[str]) -> MessageFacts:
    """Facts recoverable from the text alone: @handles, URLs and a leading "RT @x"."""
    mentions = tuple(dict.fromkeys(
        h for w in words if w[:1] == "@" and (h := _word_handle(w))))  # most words are not
    urls = sum(1 for w in words
               if w.startswith(("http://", "https://", "www.")) and not _is_own_media(w))
    repost_of = None
    if len(words) > 1 and words[0] == "RT" and words[1].startswith("@"):
        repost_of = words[1][1:].lower()
    # A message that opens by addressing someone reads as a reply to them.
    return MessageFacts(
        mentions=mentions,
        addressees=_audience(words, False),
        credited=_credited(words) if mentions else (),
        urls=urls,
        repost_of=repost_of,
    )


def _audience(words: list[str], replying: bool) -> tuple[str, ...]:
    """The @handles a message addresses: those it opens with and, in a reply (or a text that
    opens with handles), those it closes with apart from its last sentence."""
    leading = _leading_handles(words)
    if not (leading or replying):
        return leading
    return tuple(dict.fromkeys((*leading, *_trailing_handles(words))))


def _trailing_handles(words: list[str]) -> tuple[str, ...]:
    """The @handles a text closes with, set apart from its last sentence ("... see you
    there! @deb @mike"): like the opening ones, they copy in the people of the conversation
    rather than introduce anyone. A single handle right after a word ("you should meet
    @deb") is part of the sentence, and a "cc" draws its handles in on purpose."""
    handles: list[str] = []
    end = len(words)
    while end and (handle := _word_handle(words[end - 1])):
        handles.append(handle)
        end -= 1
    if not handles or end == 0:  # no closing handles, or nothing but handles (the opening)
        return ()
    before = words[end - 1]
    if before.lower().strip(":") in ("cc", "/cc") or (len(handles) == 1 and before[-1].isalnum()):
        return ()
    return tuple(dict.fromkeys(reversed(handles)))


def _leading_handles(words: list[str]) -> tuple[str, ...]:
    """The @handles a text opens with ("@deb @mike thanks!" -> deb, mike), lower case."""
    handles = []
    for word in words:
        if (handle := _word_handle(word)) is None:
            break
        handles.append(handle)
    return tuple(dict.fromkeys(handles))


def _word_handle(word: str) -> str | None:
    """The handle a word is ("@Deb," -> "deb"), or None for any other word."""
    handle = word.rstrip(_TRAILING)
    return handle[1:].lower() if len(handle) > 1 and handle[0] == "@" else None


#: Words that credit the handle after them for work or help rather than introduce it.
_CREDIT_WORDS = frozenset(
    {"by", "via", "from", "h/t", "ht", "hat-tip", "thx", "thanks", "props", "credit", "kudos"})


def _credited(words: list[str]) -> tuple[str, ...]:
    """Handles right after a credit word: "by @x", "via @x", "h/t @x", "thanks @x"."""
    found = (
        handle for before, word in zip(words, words[1:], strict=False)
        if before.lower().strip("(:") in _CREDIT_WORDS and (handle := _word_handle(word))
    )
    return tuple(dict.fromkeys(found))

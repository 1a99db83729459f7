"""Slack's side files and message markup, for the Slack export reader (`slack.py`).

A Slack export names people by user id (`U024BE7LH`) everywhere: in `user`, in `parent_user_id`
and inside the text as `<@U024BE7LH>`. `Directory` turns ids into the handles of `users.json`
and channel ids into names, and `render` turns Slack's "mrkdwn" text into plain text with
`@handle`, `#channel` and whole URLs, collecting mentions and links on the way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .jsonstream import Item, iter_json_array
from .normalize import find_hashtags, find_urls, tidy
from .sources import Source

# Slack escapes only &, < and >, so a literal '<' never appears in text: every <...> is markup.
_TOKEN = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")


@dataclass(frozen=True, slots=True)
class Person:
    handle: str  #: users.json `name`, Slack's stable username
    name: str | None  #: what people see: real name, else display name


@dataclass
class Directory:
    """Who and where ids stand for, read from users.json and the channel lists."""

    people: dict[str, Person] = field(default_factory=dict)  #: user id -> person
    channels: dict[str, str] = field(default_factory=dict)  #: channel id -> name

    def handle(self, user_id: str | None) -> str | None:
        if not user_id:
            return None
        person = self.people.get(user_id)
        return person.handle if person else None


@dataclass
class Rendered:
    """A message's text as plain text, with the people and links it names."""

    text: str
    mentions: list[str]
    urls: list[str]
    hashtags: list[str]


def read_array(source: Source) -> Iterator[Any]:
    """The decodable items of a JSON array file (a side file: broken items are passed over).

    Raises ValueError when the file holds no array at all.
    """
    with source.open_text() as stream:
        for item in iter_json_array(stream):
            if isinstance(item, Item):
                yield item.value


def read_people(source: Source, people: dict[str, Person]) -> None:
    """Add every user of users.json to `people`, keeping only id, handle and name."""
    for user in read_array(source):
        if not isinstance(user, dict) or not isinstance(user.get("id"), str):
            continue
        handle = _text(user.get("name")) or user["id"]
        profile = user.get("profile") if isinstance(user.get("profile"), dict) else {}
        name = (_text(user.get("real_name")) or _text(profile.get("display_name"))
                or _text(profile.get("real_name")))
        people[user["id"]] = Person(handle, name)


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def render(raw: str, directory: Directory) -> Rendered:
    """Plain text from Slack markup: `<@U1>` -> `@handle`, `<#C1|general>` -> `#general`,
    `<https://x|label>` -> `label (https://x)`, `<!here>` -> `@here`; entities unescaped.

    Mentions are the people tagged with `<@...>`; URLs are the links' targets plus any bare URL;
    hashtags are words typed with '#' (a channel link is not one).
    """
    mentions: list[str] = []
    urls: list[str] = []
    pieces: list[str] = []
    done = 0
    for match in _TOKEN.finditer(raw):
        pieces.append(html.unescape(raw[done:match.start()]))
        target, label = html.unescape(match.group(1)), match.group(2)
        pieces.append(_token(target, html.unescape(label) if label else None, directory,
                             mentions, urls))
        done = match.end()
    pieces.append(html.unescape(raw[done:]))
    # Each piece is unescaped once: unescaping the joined text again would turn a URL's
    # "&copy=2" into "©=2".
    typed = tidy(html.unescape(_TOKEN.sub(" ", raw)))  # what was typed, without the markup
    urls.extend(find_urls(typed))
    return Rendered(tidy("".join(pieces)), _unique(mentions), _unique(urls), find_hashtags(typed))


def _token(target: str, label: str | None, directory: Directory, mentions: list[str],
           urls: list[str]) -> str:
    """One <...> as people saw it; the person or link it names is added to the lists."""
    if target.startswith("@"):
        handle = directory.handle(target[1:]) or (label or "").lstrip("@") or target[1:]
        mentions.append(handle)
        return f"@{handle}"
    if target.startswith("#"):
        return f"#{label or directory.channels.get(target[1:]) or target[1:]}"
    if target.startswith("!"):
        return _special(target[1:], label)
    return _link(target, label, urls)


def _special(command: str, label: str | None) -> str:
    """`<!here>`, `<!channel>`, `<!subteam^S1|@bakers>`, `<!date^...|May 9>` as people saw them."""
    if label:
        return label
    keyword = command.split("^", 1)[0]
    return f"@{keyword}" if keyword in {"here", "channel", "everyone"} else keyword


def _link(target: str, label: str | None, urls: list[str]) -> str:
    """A link as its URL, after its label when the label says something the URL does not."""
    if target.startswith("mailto:"):
        return label or target.removeprefix("mailto:")
    if target.startswith(("http://", "https://")):
        urls.append(target)
    if not label:
        return target
    if _SCHEME.sub("", target).rstrip("/") == _SCHEME.sub("", label).rstrip("/"):
        return target  # Slack's own link of a typed address: "<http://x.com|x.com>"
    return f"{label} ({target})"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))

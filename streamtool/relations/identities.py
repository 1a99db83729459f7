"""One person, several handles: merge them before relationships are measured.

The same person often appears under several names in one analysis: a Twitter handle, a
Mastodon `user@instance`, the display name a blog shows beside a comment. Nothing in the data
proves they are one person, so merging is the user's call (`analyze --alias`), never a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..errors import UsageError
from ..model import Message


def parse_aliases(specs: Iterable[str]) -> dict[str, str]:
    """{other name (lower case): canonical handle} from specs like "deb=Deb Hollis,deb@x.social".

    Raises UsageError for a spec without "=" or with an empty side, naming the spec.
    """
    aliases: dict[str, str] = {}
    for spec in specs:
        canonical, sep, others = spec.partition("=")
        canonical = canonical.strip().lstrip("@")
        names = [n.strip().lstrip("@") for n in others.split(",") if n.strip()]
        if not sep or not canonical or not names:
            raise UsageError(
                f"--alias {spec!r}: write HANDLE=OTHER[,OTHER...], "
                'e.g. --alias "deb=Deb Hollis,deb@town.social"'
            )
        for name in names:
            aliases[name.lower()] = canonical
    return aliases


def unify(messages: Iterable[Message], aliases: Mapping[str, str]) -> list[Message]:
    """The messages with every aliased author, parent author and mention renamed (in place)."""
    if not aliases:
        return list(messages)

    def canonical(handle: str | None) -> str | None:
        return aliases.get(handle.lower(), handle) if handle else handle

    out = []
    for message in messages:
        message.author = canonical(message.author)
        message.reply_to_author = canonical(message.reply_to_author)
        message.mentions = list(dict.fromkeys(canonical(m) or m for m in message.mentions))
        out.append(message)
    return out

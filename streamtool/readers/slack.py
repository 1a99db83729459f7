"""Slack workspace exports (Slack's own and slackdump's): a folder or .zip of side files and
one folder per conversation of `YYYY-MM-DD.json` day files, each a JSON array of messages.

    channels.json  groups.json  dms.json  mpims.json   the conversations (all but one optional)
    users.json                                         user id -> handle and name
    general/2026-05-04.json ...                        the messages, one file per day

A message's id is `<channel>:<ts>`: `ts` is unique only within a conversation. A message whose
`thread_ts` is not its own `ts` replies to the thread's first message. Events that are not
conversation (joins, topic changes, deleted-message tombstones) are counted as skipped.
Day files are read one item at a time, so memory holds one message plus the directories.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from ..model import Message, Provenance
from . import register
from ._slacktext import Directory, Person, read_array, read_people, render
from .base import FileContext, Reader
from .jsonstream import BadItem, iter_json_array
from .normalize import parse_time
from .sources import Bundle

#: The conversation lists of an export; a DM's folder is named by its id, the rest by name.
_LISTS = ("channels.json", "groups.json", "mpims.json", "dms.json")
_DAY_FILE = re.compile(r"\d{4}-\d{2}-\d{2}\.json")
#: Subtypes that are someone talking; every other subtype is an event, skipped and counted.
_SPOKEN = {"", "bot_message", "me_message", "file_share", "file_comment", "file_mention",
           "thread_broadcast", "reply_broadcast"}


@dataclass(frozen=True)
class Conversation:
    folder: str  #: the folder of day files, and the prefix of message ids
    title: str  #: "#general", or "@deb, @mike" for direct messages


@register
class SlackReader(Reader):
    name = "slack"
    description = "Slack workspace export: its folder or .zip (channels.json, users.json, days)"
    platform = "slack"
    priority = 30

    def sniff_bundle(self, bundle: Bundle) -> bool:
        return _export_root(bundle) is not None

    def read_bundle(self, bundle: Bundle, ctx: FileContext) -> Iterator[Message]:
        root = _export_root(bundle)
        assert root is not None  # sniff_bundle said so
        export = _Export(bundle, _directory(bundle, root, ctx), ctx)
        conversations = _conversations(bundle, root, export.directory, ctx)
        days = _day_files(bundle, root)
        for conversation in conversations:
            for member in days.pop(conversation.folder, []):
                yield from export.read_day(member, conversation)
        for folder, members in days.items():  # folders no list names (slackdump writes some)
            for member in members:
                yield from export.read_day(member, Conversation(folder, f"#{folder}"))


def _export_root(bundle: Bundle) -> str | None:
    """'' or the one folder wrapping the whole bundle, when it holds users.json beside a
    conversation list; None otherwise (a folder of other streams is not an export)."""
    members = bundle.members()
    tops = {m.split("/", 1)[0] if "/" in m else "" for m in members}
    candidates = [""] + ([tops.pop()] if len(tops) == 1 else [])
    for root in candidates:
        names = {m.removeprefix(f"{root}/") if root else m for m in members}
        if "users.json" in names and any(name in names for name in _LISTS):
            return root
    return None


def _join(root: str, name: str) -> str:
    return f"{root}/{name}" if root else name


def _directory(bundle: Bundle, root: str, ctx: FileContext) -> Directory:
    directory = Directory()
    users = bundle.source(_join(root, "users.json"))
    if users is not None:
        try:
            read_people(users, directory.people)
        except (ValueError, UnicodeDecodeError) as exc:
            ctx.log.warnings.append(f"{users.name}: users not read ({exc}); authors are user ids")
    return directory


def _conversations(bundle: Bundle, root: str, directory: Directory,
                   ctx: FileContext) -> list[Conversation]:
    """Every listed conversation in list order; channel ids are learnt for `<#C1>` links."""
    out: list[Conversation] = []
    for list_name in _LISTS:
        source = bundle.source(_join(root, list_name))
        if source is None:
            continue
        try:
            entries = [e for e in read_array(source) if isinstance(e, dict)]
        except (ValueError, UnicodeDecodeError) as exc:
            ctx.log.warnings.append(f"{source.name}: conversations not read ({exc})")
            continue
        for entry in entries:
            cid, name = entry.get("id"), entry.get("name")
            if isinstance(cid, str) and isinstance(name, str):
                directory.channels[cid] = name
            folder = cid if list_name == "dms.json" else name
            if isinstance(folder, str) and folder:
                out.append(Conversation(folder, _title(list_name, folder, entry, directory)))
    return out


def _title(list_name: str, folder: str, entry: dict[str, Any], directory: Directory) -> str:
    """'#name' for channels; the people in it for direct and group messages."""
    members = entry.get("members")
    if list_name in ("dms.json", "mpims.json") and isinstance(members, list) and members:
        return ", ".join(f"@{directory.handle(str(m)) or m}" for m in members)
    return f"#{folder}"


def _day_files(bundle: Bundle, root: str) -> dict[str, list[str]]:
    """Conversation folder -> its day files in date order."""
    days: dict[str, list[str]] = {}
    for member in bundle.members():
        path = PurePosixPath(member.removeprefix(f"{root}/") if root else member)
        if len(path.parts) == 2 and _DAY_FILE.fullmatch(path.name):
            days.setdefault(path.parts[0], []).append(member)
    for members in days.values():
        members.sort()
    return days


class _Export:
    """Reading one export: its directory, and who started each thread seen so far."""

    def __init__(self, bundle: Bundle, directory: Directory, ctx: FileContext) -> None:
        self.bundle = bundle
        self.directory = directory
        self.ctx = ctx
        #: thread parent id -> its author, for replies that do not name `parent_user_id`
        self.parents: dict[str, str | None] = {}

    def read_day(self, member: str, conversation: Conversation) -> Iterator[Message]:
        """The messages of one day file; a broken item or file is malformed, named by path."""
        source = self.bundle.source(member)
        assert source is not None  # listed by the bundle itself
        with source.open_text() as stream:
            try:
                for item in iter_json_array(stream):
                    if isinstance(item, BadItem):
                        self.ctx.malformed(f"{member}:{item.line}", item.reason)
                        continue
                    where = Provenance(source.name, self.ctx.reader, item.index)
                    message = self.message(item.value, conversation, where,
                                           f"{member}:{item.line}")
                    if message is not None:
                        yield message
            except ValueError as exc:  # not an array at all, or not UTF-8
                self.ctx.malformed(f"{member}:1", f"bad day file: {exc}")

    def message(self, record: Any, conversation: Conversation, where: Provenance,
                locator: str) -> Message | None:
        """One Slack message as a Message; None (skipped or malformed, and counted) otherwise."""
        ctx = self.ctx
        if not isinstance(record, dict):
            ctx.malformed(locator, "bad message: not a JSON object")
            return None
        subtype = record.get("subtype") or ""
        if subtype not in _SPOKEN:
            ctx.skip(f"{subtype} event")
            if record.get("ts") and record.get("thread_ts") == record.get("ts"):  # deleted parent
                self.parents[f"{conversation.folder}:{record.get('ts')}"] = \
                    self.directory.handle(record.get("user"))
            return None
        ts = record.get("ts")
        try:
            created_at = parse_time(ts if isinstance(ts, str) else None)
        except ValueError as exc:
            ctx.malformed(locator, f"bad date: {exc}")
            return None
        if created_at is None:
            ctx.malformed(locator, "bad message: no 'ts'")
            return None
        message = _message(record, conversation, self.directory, created_at)
        message.source = where
        if message.kind == "reply":
            if message.reply_to_author is None:
                message.reply_to_author = self.parents.get(message.reply_to or "")
        elif record.get("thread_ts") == ts:
            self.parents[message.id] = message.author
        return message


def _message(record: dict[str, Any], conversation: Conversation, directory: Directory,
             created_at: datetime) -> Message:
    """The Message of a spoken record whose `ts` has been checked."""
    ts = record["ts"]
    author, author_name = _author(record, directory)
    rendered = render(_raw_text(record), directory)
    own_id = f"{conversation.folder}:{ts}"
    thread_ts = record.get("thread_ts")
    is_reply = isinstance(thread_ts, str) and thread_ts not in ("", ts)
    parent = f"{conversation.folder}:{thread_ts}" if is_reply else None
    return Message(
        id=own_id,
        text=rendered.text,
        platform="slack",
        thread=parent or own_id,
        kind="reply" if is_reply else "post",
        author=author,
        author_name=author_name,
        created_at=created_at,
        reply_to=parent,
        reply_to_author=directory.handle(record.get("parent_user_id")) if is_reply else None,
        mentions=rendered.mentions,
        urls=rendered.urls,
        hashtags=rendered.hashtags,
        title=conversation.title,
    )


def _author(record: dict[str, Any], directory: Directory) -> tuple[str | None, str | None]:
    """(handle, name) of who wrote it. A bot's handle is its users.json name when it has one,
    so that `<@bot>` mentions and its messages meet; else the bot's own name."""
    user = record.get("user") if isinstance(record.get("user"), str) else None
    person = directory.people.get(user or "")
    if person is None and isinstance(record.get("user_profile"), dict):
        profile = record["user_profile"]  # newer exports inline it: enough without users.json
        if isinstance(profile.get("name"), str) and profile["name"]:
            person = Person(profile["name"], profile.get("real_name") or None)
    if record.get("bot_id") or record.get("subtype") == "bot_message":
        bot = record.get("bot_profile") if isinstance(record.get("bot_profile"), dict) else {}
        bot_name = record.get("username") or bot.get("name")
        bot_name = bot_name if isinstance(bot_name, str) and bot_name.strip() else None
        if person is not None:
            return person.handle, bot_name or person.name
        return bot_name or user or record.get("bot_id"), bot_name
    if person is not None:
        return person.handle, person.name
    return user, None


def _raw_text(record: dict[str, Any]) -> str:
    """The message's mrkdwn text; a bot's message with no text is read from its attachments."""
    text = record.get("text")
    if isinstance(text, str) and text.strip():
        return text
    parts = []
    for attachment in record.get("attachments") or []:
        if isinstance(attachment, dict):
            for key in ("pretext", "text"):
                value = attachment.get(key)
                if isinstance(value, str) and value.strip():
                    parts.append(value)
            if not parts and isinstance(attachment.get("fallback"), str):
                parts.append(attachment["fallback"])
    return "\n\n".join(parts)

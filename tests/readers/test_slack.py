"""Slack export reader: real slackdump export, the Millbrook sample as folder and zip, markup,
authors and bots, direct messages, broken day files and --strict."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from streamtool.cli import app
from streamtool.errors import BadRecordError
from streamtool.readers._slacktext import Directory, Person, render
from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all

SAMPLE = SAMPLES / "slack-millbrook-shops"


def test_real_slackdump_export(real):
    # Counted independently with jq over the 4 day files (`jq -s 'add | group_by(.subtype)'`):
    # 16 records = 14 without subtype + 1 channel_join + 1 tombstone (a deleted thread parent).
    # Of the 14, 4 have thread_ts != ts (replies); 3 records have thread_ts == ts (the tombstone
    # is one of them, so its reply keeps a parent that is not in the stream); 1 has a bot_id.
    root = real / "slack-export-slackdump-fixture"
    messages, log = read_all(root)
    assert len(messages) == 14
    assert kinds(messages) == {"post": 10, "reply": 4}
    assert log.skipped == {"channel_join event": 1, "tombstone event": 1}
    assert log.formats == {"slack": 1} and log.examples == [] and log.warnings == []
    assert Counter(m.thread for m in messages if m.kind == "reply").most_common() == [
        (messages[1].id, 2), (messages[4].id, 1), (messages[6].reply_to, 1)]
    assert len({m.id for m in messages}) == 14
    assert {m.title for m in messages} == {"#B75B4C7"}
    # Authors are users.json handles; the bot's is its bot user's, named as the bot calls itself.
    users = {u["id"]: u["name"] for u in json.loads((root / "users.json").read_text())}
    day = json.loads((root / "B75B4C7" / "2025-01-18.json").read_text())[0]
    bot = next(m for m in messages if m.source.file.endswith("2025-01-18.json"))
    assert (bot.author, bot.author_name) == (users[day["user"]], day["bot_profile"]["name"])
    orphan = messages[6]  # answers the deleted parent, whose author the reply still names
    tombstone = json.loads((root / "B75B4C7" / "2025-01-11.json").read_text())[5]
    assert orphan.reply_to == f"B75B4C7:{tombstone['ts']}"
    assert orphan.reply_to_author == users[tombstone["user"]]


def test_sample_threads_across_day_files_and_names_parent_authors():
    messages, log = read_all(SAMPLE)
    assert len(messages) == 18
    assert log.skipped == {"channel_join event": 1, "channel_topic event": 1}
    replies = [(m.id, m.thread, m.reply_to_author) for m in messages if m.kind == "reply"]
    assert replies == [
        ("general:1777897205.998100", "general:1777896700.125300", "suepark_cc"),
        ("general:1777898851.402000", "general:1777896700.125300", "suepark_cc"),
        # a thread_broadcast without parent_user_id: the parent's author is remembered
        ("general:1777899733.770400", "general:1777896700.125300", "suepark_cc"),
        ("market-day:1778024098.003300", "market-day:1778023214.502600", "suepark_cc"),
        # answered the next day, from the next day file
        ("market-day:1778069426.717000", "market-day:1778023214.502600", "suepark_cc"),
    ]
    assert Counter(m.title for m in messages) == {"#general": 10, "#market-day": 8}
    assert messages[-1].source.file == str(SAMPLE / "market-day" / "2026-05-10.json")
    assert messages[-1].source.record == 2  # the topic change before it is record 1


def test_sample_markup_becomes_plain_text():
    by_id = {m.id: m for m in read_all(SAMPLE)[0]}
    welcome = by_id["general:1777896700.125300"]
    assert welcome.text.startswith("Welcome @anthonybakes! Anthony just opened Rise & Shine Bakery")
    assert welcome.mentions == ["anthonybakes", "mikesdiner"]
    form = by_id["general:1778098522.347800"]
    url = "https://valleyfoodhub.example/growers?county=harlow&season=summer"
    assert f"grower sign-up form ({url}). @suepark_cc said" in form.text
    assert form.urls == [url]
    assert by_id["market-day:1778023214.502600"].text.startswith("@here Table map")
    details = by_id["market-day:1778286339.090200"]
    assert details.text.endswith("Details in #general.") and details.hashtags == []
    assert by_id["general:1778151950.230900"].text.startswith("Thursday specials board")


def zip_of(folder: Path, path: Path, wrap: str = "") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for file in sorted(folder.rglob("*.json")):
            zf.write(file, f"{wrap}{file.relative_to(folder).as_posix()}")
    return path


@pytest.mark.parametrize("wrap", ["", "millbrook-shops Slack export May 4 2026/"])
def test_zip_reads_like_the_folder(tmp_path, wrap):
    archive = zip_of(SAMPLE, tmp_path / "export.zip", wrap)
    zipped, log = read_all(archive)
    folder, _ = read_all(SAMPLE)
    assert [(m.id, m.text, m.reply_to_author) for m in zipped] == \
        [(m.id, m.text, m.reply_to_author) for m in folder]
    assert log.formats == {"slack": 1}
    assert zipped[0].source.file == f"{archive}!{wrap}general/2026-05-04.json"


def test_folder_holding_an_export_and_other_streams_is_not_claimed_whole(tmp_path):
    shutil.copytree(SAMPLE, tmp_path / "shops")
    (tmp_path / "notes.jsonl").write_text('{"text": "hello", "platform": "text"}\n')
    messages, log = read_all(tmp_path)
    assert log.formats == {"slack": 1, "jsonl": 1}
    assert len(messages) == 19


def broken_copy(tmp_path: Path) -> Path:
    export = tmp_path / "shops"
    shutil.copytree(SAMPLE, export)
    (export / "general" / "2026-05-05.json").write_text("<html>504 Gateway Time-out</html>\n")
    day = export / "market-day" / "2026-05-09.json"
    day.write_text(day.read_text()[:-40])  # cut inside the last message
    return export


def test_broken_day_files_are_counted_and_named(tmp_path):
    export = broken_copy(tmp_path)
    messages, log = read_all(export)
    assert len(messages) == 18 - 2 - 1  # the 2 messages of 5 May, the cut one of 9 May
    assert log.skipped == {"channel_join event": 1, "channel_topic event": 1,
                           "malformed: bad day file": 1, "malformed: truncated": 1}
    assert log.examples[0] == (
        f"{export}:general/2026-05-05.json:1: bad day file: not a JSON array "
        "(expected '[' after the optional JS prefix)")
    assert log.examples[1].startswith(f"{export}:market-day/2026-05-09.json:")
    assert "truncated: the file ends inside this item" in log.examples[1]


def test_strict_stops_at_the_broken_day_file_with_exit_2(tmp_path, runner):
    export = broken_copy(tmp_path)
    with pytest.raises(BadRecordError, match="general/2026-05-05.json:1: bad day file"):
        read_all(export, strict=True)
    result = runner.invoke(app, ["tag", "--strict", str(export)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"streamtool: error: {export}:general/2026-05-05.json:1: bad day file: not a JSON array "
        "(expected '[' after the optional JS prefix) (drop --strict to skip such records)")


def write_export(root: Path, days: dict[str, list[dict]], users: list[dict] | None = None,
                 dms: list[dict] | None = None) -> Path:
    root.mkdir()
    (root / "users.json").write_text(json.dumps(users or []))
    channels = [{"id": f"C{i}", "name": name} for i, name in enumerate(days) if name[0] != "D"]
    (root / "channels.json").write_text(json.dumps(channels))
    if dms is not None:
        (root / "dms.json").write_text(json.dumps(dms))
    for folder, records in days.items():
        (root / folder).mkdir()
        (root / folder / "2026-05-06.json").write_text(json.dumps(records))
    return root


def test_authors_from_users_inline_profiles_and_bots(tmp_path):
    users = [{"id": "U1", "name": "hollisgeneral", "real_name": "Deb Hollis",
              "profile": {"display_name": "Deb"}},
             {"id": "U2", "name": "mikesdiner", "profile": {"display_name": "Mike"}}]
    records = [
        {"type": "message", "user": "U1", "text": "one", "ts": "1778100000.000100"},
        {"type": "message", "user": "U2", "text": "two", "ts": "1778100001.000100"},
        {"type": "message", "user": "U9", "text": "three", "ts": "1778100002.000100",
         "user_profile": {"name": "tomw", "real_name": "Tom Whitaker"}},
        {"type": "message", "user": "U8", "text": "four", "ts": "1778100003.000100"},
        {"type": "message", "subtype": "bot_message", "bot_id": "B1", "username": "Weather",
         "text": "Rain by noon", "ts": "1778100004.000100"},
        {"type": "message", "subtype": "bot_message", "bot_id": "B2", "text": "",
         "attachments": [{"fallback": "Deploy finished"}], "ts": "1778100005.000100"},
    ]
    messages, _ = read_all(write_export(tmp_path / "x", {"general": records}, users))
    assert [(m.author, m.author_name, m.text) for m in messages] == [
        ("hollisgeneral", "Deb Hollis", "one"), ("mikesdiner", "Mike", "two"),
        ("tomw", "Tom Whitaker", "three"), ("U8", None, "four"),
        ("Weather", "Weather", "Rain by noon"), ("B2", None, "Deploy finished")]


def test_direct_messages_are_titled_by_their_people(tmp_path):
    users = [{"id": "U1", "name": "hollisgeneral"}, {"id": "U2", "name": "anthonybakes"}]
    dm = [{"type": "message", "user": "U2", "text": "Rolls at 6?", "ts": "1778100000.000100"}]
    root = write_export(tmp_path / "x", {"D07AB": dm}, users,
                        dms=[{"id": "D07AB", "members": ["U1", "U2"]}])
    (message,), _ = read_all(root)
    assert (message.id, message.title) == ("D07AB:1778100000.000100",
                                           "@hollisgeneral, @anthonybakes")


def test_bad_records_are_malformed_events_are_skipped(tmp_path):
    records = [
        {"type": "message", "user": "U1", "text": "kept", "ts": "1778100000.000100"},
        {"type": "message", "user": "U1", "text": "no ts"},
        {"type": "message", "user": "U1", "text": "bad ts", "ts": "yesterday"},
        "a string",
        {"type": "message", "subtype": "channel_purpose", "user": "U1", "text": "x",
         "ts": "1778100001.000100"},
        {"type": "message", "subtype": "pinned_item", "user": "U1", "text": "x",
         "ts": "1778100002.000100"},
    ]
    messages, log = read_all(write_export(tmp_path / "x", {"general": records}))
    assert [m.text for m in messages] == ["kept"]
    assert log.skipped == {"malformed: bad message": 2, "malformed: bad date": 1,
                           "channel_purpose event": 1, "pinned_item event": 1}
    assert log.examples[0] == f"{tmp_path / 'x'}:general/2026-05-06.json:1: bad message: no 'ts'"


DIRECTORY = Directory(people={"U1": Person("hollisgeneral", "Deb Hollis")},
                      channels={"C1": "market-day"})


@pytest.mark.parametrize(("raw", "text", "mentions", "urls", "hashtags"), [
    ("hi <@U1>", "hi @hollisgeneral", ["hollisgeneral"], [], []),
    ("hi <@U7|walt>", "hi @walt", ["walt"], [], []),
    ("hi <@U7>", "hi @U7", ["U7"], [], []),
    ("<!channel> and <!subteam^S1|@vendors>", "@channel and @vendors", [], [], []),
    ("see <#C1> or <#C2|general> #marketday", "see #market-day or #general #marketday", [],
     [], ["marketday"]),
    ("<http://hollis.example|hollis.example>", "http://hollis.example",
     [], ["http://hollis.example"], []),
    ("<https://a.example/?x=1&amp;copy=2|the form>", "the form (https://a.example/?x=1&copy=2)",
     [], ["https://a.example/?x=1&copy=2"], []),
    ("mail <mailto:deb@hollis.example|deb@hollis.example>", "mail deb@hollis.example", [], [], []),
    ("1 &lt; 2 &amp;&amp; bare https://b.example/x", "1 < 2 && bare https://b.example/x",
     [], ["https://b.example/x"], []),
])
def test_render(raw, text, mentions, urls, hashtags):
    rendered = render(raw, DIRECTORY)
    assert (rendered.text, rendered.mentions, rendered.urls, rendered.hashtags) == \
        (text, mentions, urls, hashtags)

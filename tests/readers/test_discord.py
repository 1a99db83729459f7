"""DiscordChatExporter reader: replies by reference, system events skipped, real export."""

from __future__ import annotations

from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all


def test_real_guild_export(real):
    # Counted by hand with json.load over the 4 files: 51 entries = 47 chat messages
    # (Default/Reply) + 3 GuildMemberJoin + 1 ThreadCreated; the two chill_talk files export
    # the same channel, so 5 of the 47 repeat: 42 messages, 5 of them with reference.messageId.
    messages, log = read_all(real / "discord-dce-example-guild")
    assert len(messages) == 42
    assert kinds(messages) == {"post": 37, "reply": 5}
    assert log.skipped == {"duplicate message": 5, "GuildMemberJoin event": 3,
                           "ThreadCreated event": 1}
    assert log.formats == {"discord": 4}


def test_sample_threads_replies_and_names_parent_authors():
    messages, log = read_all(SAMPLES / "discord-market-channel.json")
    assert [(m.id, m.thread, m.reply_to_author) for m in messages if m.kind == "reply"] == [
        ("7003", "7002", "suepark_cc"), ("7004", "7002", "anthonybakes"),
        ("7006", "7005", "mikesdiner")]
    assert messages[0].mentions == ["anthonybakes"]
    assert messages[0].author_name == "Sue Park"
    assert log.skipped == {"GuildMemberJoin event": 1}


def test_truncated_export_keeps_earlier_messages(tmp_path):
    text = (SAMPLES / "discord-market-channel.json").read_text(encoding="utf-8")
    path = tmp_path / "cut.json"
    path.write_text(text[: text.index('"id": "7006"')], encoding="utf-8")
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["7002", "7003", "7004", "7005"]
    assert log.examples[0].startswith(f"{path}:message 6: bad JSON")

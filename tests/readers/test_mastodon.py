"""Mastodon archive reader: outbox.json alone, the folder, the .tar.gz, and broken outboxes."""

from __future__ import annotations

import json
import tarfile

from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all

ARCHIVE = SAMPLES / "mastodon-archive"


def test_real_archive_counts(real):
    # Counted by hand with json.load (which keeps the last orderedItems): 1,586 activities,
    # 1,260 Create(Note) of which 422 have inReplyTo (229 of them to the owner's own statuses)
    # and 18 a non-empty summary (content warning),
    # and 326 Announce whose object is a bare URI string. Matches the folder's README.
    folder = real / "mastodon-archive-dealingwith"
    messages, log = read_all(folder)
    assert len(messages) == 1586
    assert kinds(messages) == {"post": 838, "reply": 422, "repost": 326}
    assert log.skipped == {} and log.formats == {"mastodon": 1}
    assert {m.author for m in messages} == {"dealingwith@indieweb.social"}
    replies = [m for m in messages if m.kind == "reply"]
    assert sum(m.reply_to_author == "dealingwith@indieweb.social" for m in replies) == 229
    assert all(m.reply_to_author for m in replies)  # even for /notes/<id> parents (Firefish)
    assert sum(m.title is not None for m in messages) == 18  # notes with a content warning
    alone, _ = read_all(folder / "outbox.json")  # actor.json found beside it
    assert [m.to_dict() | {"source": None} for m in alone] == [
        m.to_dict() | {"source": None} for m in messages]


def test_tar_gz_with_a_wrapping_folder_reads_like_the_folder(tmp_path):
    path = tmp_path / "archive-20260511.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name in ("actor.json", "outbox.json"):
            tar.add(ARCHIVE / name, arcname=f"archive-20260511/{name}")
    from_tar, log = read_all(path)
    from_folder, _ = read_all(ARCHIVE)
    assert len(from_tar) == 19
    assert log.formats == {"mastodon": 1}
    assert [m.id for m in from_tar] == [m.id for m in from_folder]
    assert from_tar[0].source.file == str(path)


def test_sample_archive_boosts_mentions_and_hidden_url_parts():
    messages, _ = read_all(ARCHIVE)
    assert kinds(messages) == {"post": 9, "reply": 6, "repost": 4}
    boost = next(m for m in messages if m.kind == "repost")
    assert boost.reply_to_author == "anthonybakes@millbrook.social" and boost.text == ""
    walking_map = messages[6]
    # Mastodon hides "https://" and the URL's tail in <span class="invisible">; all of it is kept.
    assert "https://millbrook.example/chamber/walking-map-2026" in walking_map.text
    assert walking_map.mentions == ["suepark_cc@millbrook.social"]
    direct = messages[12]  # addressed only to the two people it mentions: still a message
    assert direct.mentions == ["okaforfarm@millbrook.social", "marilynokafor@millbrook.social"]


def outbox(tmp_path, *lists: list, tail: str = "}") -> str:
    body = ",".join(f'"orderedItems": {json.dumps(items)}' for items in lists)
    path = tmp_path / "outbox.json"
    path.write_text('{"type": "OrderedCollection", ' + body + tail, encoding="utf-8")
    return path


def note(number: int, reply_to: str | None = None) -> dict:
    url = f"https://town.example/users/deb/statuses/{number}"
    return {"id": f"{url}/activity", "type": "Create", "actor": "https://town.example/users/deb",
            "published": "2026-05-04T09:00:00Z",
            "object": {"id": url, "type": "Note", "content": f"<p>note {number}</p>",
                       "inReplyTo": reply_to, "attributedTo": "https://town.example/users/deb"}}


def test_repeated_ordered_items_last_wins_and_threads_follow_replies(tmp_path):
    first = note(1)
    path = outbox(tmp_path, [note(99)], [first, note(2, first["object"]["id"])])
    messages, _ = read_all(path)
    assert [m.text for m in messages] == ["note 1", "note 2"]
    assert messages[0].author == "deb@town.example"  # no actor.json: from attributedTo
    assert messages[1].thread == messages[0].id
    assert messages[1].reply_to_author == "deb@town.example"


def test_truncated_outbox_keeps_what_came_before_and_names_the_item(tmp_path):
    items = json.dumps([note(1), note(2)])
    path = tmp_path / "outbox.json"
    path.write_text('{"orderedItems": ' + items[: items.index("note 2") - 40], encoding="utf-8")
    messages, log = read_all(path)
    assert [m.text for m in messages] == ["note 1"]
    assert log.skipped == {"malformed: bad JSON": 1}
    assert log.examples[0].startswith(f"{path}:item 2: bad JSON")


def test_other_activities_are_counted_not_read(tmp_path):
    like = {"id": "x", "type": "Like", "object": "https://elsewhere.example/1"}
    path = outbox(tmp_path, [note(1), like, 7])
    messages, log = read_all(path)
    assert len(messages) == 1
    assert log.skipped == {"Like activity": 1, "malformed: bad activity": 1}


def test_a_content_warning_is_the_title_and_leaves_the_reply_opening_with_its_handle(tmp_path):
    warned, plain, blank = note(1), note(2), note(3)
    warned["object"] |= {"summary": "mental health &amp; <b>sleep</b>",
                         "content": "<p>@mo I had two cups and fell asleep anyway</p>"}
    blank["object"]["summary"] = " "
    messages, _ = read_all(outbox(tmp_path, [warned, plain, blank]))
    assert [(m.title, m.text) for m in messages] == [
        ("mental health & sleep", "@mo I had two cups and fell asleep anyway"),
        (None, "note 2"), (None, "note 3")]

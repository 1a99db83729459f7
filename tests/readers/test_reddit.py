"""Reddit JSON: the r/millbrook sample, the graw thread and morechildren fixtures, deep threads."""

from __future__ import annotations

import json

import pytest

from streamtool.cli import app
from streamtool.errors import InputError
from streamtool.readers.reddit import markdown_to_text
from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all

SAMPLE = SAMPLES / "reddit-millbrook.json"
MORE = "comments not in the file ('more' stubs)"


def thing(
    cid: str, parent: str, replies: list | None = None, body: str = "hi", author: str = "walt_b"
) -> dict:
    listing = {"kind": "Listing", "data": {"children": replies}} if replies else ""
    return {
        "kind": "t1",
        "data": {
            "name": f"t1_{cid}",
            "id": cid,
            "parent_id": parent,
            "link_id": "t3_p",
            "author": author,
            "body": body,
            "created_utc": 1778150000.0,
            "replies": listing,
        },
    }


def thread_file(tmp_path, comments: list) -> str:
    post = {
        "kind": "t3",
        "data": {
            "name": "t3_p",
            "title": "Bakery?",
            "selftext": "",
            "author": "millbrook_mom",
            "is_self": True,
            "created_utc": 1778149800.0,
        },
    }
    doc = [
        {"kind": "Listing", "data": {"children": [post]}},
        {"kind": "Listing", "data": {"children": comments}},
    ]
    path = tmp_path / "thread.json"
    path.write_text(json.dumps(doc))  # stdlib: orjson will not write JSON nested this deep
    return path


def test_sample_thread_nesting_more_and_deleted_author():
    messages, log = read_all(SAMPLE)
    assert log.formats == {"reddit": 1}
    assert kinds(messages) == {"post": 1, "reply": 14}
    assert log.skipped == {MORE: 4}
    post = messages[0]
    assert (post.id, post.thread, post.author, post.title) == (
        "t3_1m4bk7r",
        "t3_1m4bk7r",
        "millbrook_mom",
        "New bakery on Main Street?",
    )
    assert post.text.startswith("Has anyone been to Rise & Shine yet?")
    assert post.text.endswith(
        "Gazette article (https://millbrookgazette.example/2026/05/06/rise-and-shine-opens/) "
        "for anyone who missed it."
    )
    by_id = {m.id: m for m in messages}
    third = by_id["t1_n0a1c03"]  # depth 2: a reply to a reply to a comment
    assert (third.reply_to, third.reply_to_author, third.thread, third.title) == (
        "t1_n0a1c02",
        "millbrook_mom",
        "t3_1m4bk7r",
        "New bakery on Main Street?",
    )
    gone = by_id["t1_n0a1c08"]
    assert (gone.author, gone.text) == (None, "Do you do gluten free? My kid can't have wheat.")
    assert (by_id["t1_n0a1c09"].reply_to, by_id["t1_n0a1c09"].reply_to_author) == (
        "t1_n0a1c08",
        None,
    )
    assert by_id["t1_n0a1c14"].mentions == ["anthonybakes"]
    assert by_id["t1_n0a1c06"].text.endswith("Friday at 10 & everyone is invited.")
    assert by_id["t1_n0a1c15"].text.startswith(
        "> Anthony's rolls are going on our breakfast menu\n\n"
    )
    assert [m.source.record for m in messages][:3] == [1, 2, 3]


def test_markdown_made_readable():
    assert markdown_to_text(
        "**Open** at *6:30* &amp; [menu](https://x.example/m) \\*not\\* ~~closed~~"
    ) == ("Open at 6:30 & menu (https://x.example/m) *not* closed")
    assert (
        markdown_to_text("## Hours\n\n[https://x.example](https://x.example)")
        == "Hours\n\nhttps://x.example"
    )


def test_deleted_and_removed_comments_are_skipped_but_their_replies_kept(tmp_path):
    child = thing("c2", "t1_c1", body="still here")
    path = thread_file(
        tmp_path,
        [
            thing("c1", "t3_p", [child], body="[removed]", author="[deleted]"),
            thing("c3", "t3_p", body="[deleted]"),
        ],
    )
    messages, log = read_all(path)
    assert [(m.id, m.reply_to) for m in messages] == [("t3_p", None), ("t1_c2", "t1_c1")]
    assert messages[0].text == "Bakery?"  # no selftext: the title says it
    assert log.skipped == {"deleted comment": 2}


def test_continue_this_thread_stub_is_counted_on_its_own(tmp_path):
    stub = {
        "kind": "more",
        "data": {"count": 0, "name": "t1__", "id": "_", "parent_id": "t1_c1", "children": []},
    }
    path = thread_file(tmp_path, [thing("c1", "t3_p", [stub])])
    _, log = read_all(path)
    assert log.skipped == {"'continue this thread' stubs (deeper comments not in the file)": 1}


def test_a_deep_chain_reads_in_order_without_recursion(tmp_path):
    depth = 150  # orjson itself refuses JSON nested deeper than 1024 levels (5 per comment)
    node = thing(f"c{depth}", f"t1_c{depth - 1}")
    for n in range(depth - 1, 0, -1):
        node = thing(f"c{n}", "t3_p" if n == 1 else f"t1_c{n - 1}", [node])
    messages, log = read_all(thread_file(tmp_path, [node]))
    assert len(messages) == depth + 1
    assert [m.id for m in messages[-2:]] == [f"t1_c{depth - 1}", f"t1_c{depth}"]
    assert all(m.reply_to == p.id for p, m in zip(messages, messages[1:], strict=False))


def test_truncated_or_foreign_json_is_one_clear_error(tmp_path, runner):
    cut = tmp_path / "cut.json"
    cut.write_bytes(SAMPLE.read_bytes()[:3000])
    with pytest.raises(InputError, match=r"cut.json: not valid JSON, truncated\?"):
        read_all(cut, format="reddit")
    result = runner.invoke(app, ["tag", "--format", "reddit", str(cut)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"streamtool: error: {cut}: not valid JSON, truncated?")
    other = tmp_path / "other.json"
    other.write_text('[{"kind": "Listing", "data": {}}]')
    with pytest.raises(InputError, match="not a Reddit thread, listing or morechildren reply"):
        read_all(other, format="reddit")


# Counts verified independently with regexes over the raw JSON: '"kind": "t1"' (199 / 50),
# '"kind": "more"' (125 / 11), the sum of '"count": N' (1660 / 1021), bodies "[deleted]" or
# "[removed]" (5 / 0), authors "[deleted]" (22 / 0), "continue this thread" stubs '"id": "_"' (3);
# in more.json, t1 things whose parent_id is the t3 (38, with json.load).


@pytest.mark.real
def test_real_graw_thread(real):
    messages, log = read_all(real / "reddit-thread-graw" / "thread.json")
    assert kinds(messages) == {"post": 1, "reply": 194}  # 199 comments, 5 with their text gone
    assert log.skipped == {
        MORE: 1660,
        "deleted comment": 5,
        "'continue this thread' stubs (deeper comments not in the file)": 3,
    }
    assert sum(1 for m in messages if m.author is None) == 17  # 22 [deleted] authors, 5 skipped
    assert len({m.id for m in messages}) == 195
    assert all(m.thread == "t3_1cebxh" for m in messages)
    assert not any("&gt;" in m.text or "&amp;" in m.text for m in messages)


@pytest.mark.real
def test_real_graw_morechildren(real):
    messages, log = read_all(real / "reddit-thread-graw" / "more.json")
    assert kinds(messages) == {"reply": 50}
    assert log.skipped == {MORE: 1021}
    assert {m.thread for m in messages} == {"t3_hbo4a7"}
    assert sum(1 for m in messages if m.reply_to == "t3_hbo4a7") == 38

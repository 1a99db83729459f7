"""Disqus XML: the Millbrook Gazette sample, the isso and remark42 fixtures, broken records."""

from __future__ import annotations

import pytest

from streamtool.cli import app
from streamtool.errors import BadRecordError
from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all

SAMPLE = SAMPLES / "disqus-gazette.xml"
HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" '
    'xmlns:dsq="http://disqus.com/disqus-internals">\n'
)
THREAD = (
    '<thread dsq:id="1"><title>Market day</title><author><name>Gazette</name></author></thread>\n'
)


def post(
    pid: str | None, when: str = "2026-05-09T10:00:00Z", thread: str | None = "1", extra: str = ""
) -> str:
    ident = f' dsq:id="{pid}"' if pid else ""
    ref = f'<thread dsq:id="{thread}"/>' if thread else ""
    return (
        f"<post{ident}><message><![CDATA[<p>See you at the market</p>]]></message>"
        f"<createdAt>{when}</createdAt><author><name>Walt Brenner</name></author>"
        f"{ref}{extra}</post>\n"
    )


def write(tmp_path, body: str):
    path = tmp_path / "comments.xml"
    path.write_text(HEAD + body + "</disqus>\n", encoding="utf-8")
    return path


def test_sample_comments_answer_the_article_or_their_parent():
    messages, log = read_all(SAMPLE)
    assert log.formats == {"disqus": 1}
    assert kinds(messages) == {"reply": 11}
    assert log.skipped == {"spam comment": 1, "deleted comment": 1}
    by_id = {m.id: m for m in messages}
    top = by_id["post-8101"]
    assert (top.thread, top.reply_to, top.reply_to_author) == (
        "thread-7001",
        "thread-7001",
        "millbrookgazette",
    )
    assert (top.author, top.author_name) == ("anthonybakes", "Anthony Reyes")
    assert top.title == "Rise & Shine Bakery opens on Main Street"
    assert top.created_at.isoformat() == "2026-05-06T14:02:11+00:00"
    deb = by_id["post-8103"]
    assert (deb.reply_to, deb.reply_to_author) == ("post-8101", "anthonybakes")
    guest = by_id["post-8106"]  # no Disqus account: the name is the handle
    assert (guest.author, guest.author_name) == ("Ron Tesch", "Ron Tesch")
    # A reply to a deleted comment still names it, and its author, known from the file.
    orphan = by_id["post-8204"]
    assert (orphan.reply_to, orphan.reply_to_author) == ("post-8202", "Gary Holt")
    assert (
        orphan.text
        == "> the school lot is closer to the highway\n\nCloser for people from out of town, maybe."
    )
    assert {m.thread for m in messages} == {"thread-7001", "thread-7002"}


def test_post_without_id_gets_a_positional_id_and_bad_date_is_malformed(tmp_path):
    path = write(tmp_path, THREAD + post("10") + post(None) + post("12", when="2026-x05-09"))
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["post-10", "post@2"]
    assert log.skipped == {"malformed: bad date": 1}
    assert log.examples == [f"{path}:6: bad date: unrecognised date '2026-x05-09'"]
    with pytest.raises(BadRecordError, match=r"comments.xml:6: bad date"):
        read_all(path, strict=True)


def test_missing_date_is_allowed_and_missing_thread_starts_its_own(tmp_path):
    path = write(tmp_path, post("20", when="", thread=None) + post("21", thread="99"))
    messages, log = read_all(path)
    alone, orphan = messages
    assert (alone.kind, alone.thread, alone.reply_to, alone.created_at) == (
        "post",
        "post-20",
        None,
        None,
    )
    assert (orphan.kind, orphan.thread, orphan.reply_to, orphan.title) == (
        "reply",
        "thread-99",
        "thread-99",
        None,
    )
    assert log.skipped == {}


def test_spam_and_deleted_flags(tmp_path):
    path = write(
        tmp_path,
        THREAD
        + post("1", extra="<isSpam>true</isSpam>")
        + post("2", extra="<isDeleted>true</isDeleted>")
        + post("3", extra="<isSpam>false</isSpam>"),
    )
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["post-3"]
    assert log.skipped == {"spam comment": 1, "deleted comment": 1}


# Counts verified by reading each fixture by eye (they are short) and cross-checked with
# `grep -c '<post'` and the isSpam/isDeleted lines.


@pytest.mark.real
def test_real_isso_fixture(real):
    messages, log = read_all(real / "isso-import-fixtures" / "disqus.xml")
    # 6 posts: 4, 5 (reply to 4), 6 (orphan: thread 1337 missing), 8 (thread 7 with empty
    # <id/> and <title/>), 9 deleted, 11 (reply to the deleted 9).
    assert [m.id for m in messages] == ["post-4", "post-5", "post-6", "post-8", "post-11"]
    assert kinds(messages) == {"reply": 5}
    assert log.skipped == {"deleted comment": 1}
    by_id = {m.id: m for m in messages}
    assert (by_id["post-5"].reply_to, by_id["post-5"].reply_to_author) == ("post-4", "peter")
    assert (by_id["post-6"].thread, by_id["post-6"].title) == ("thread-1337", None)
    assert (by_id["post-8"].thread, by_id["post-8"].title, by_id["post-8"].author) == (
        "thread-7",
        None,
        "EmptyUsername",
    )
    assert by_id["post-11"].reply_to == "post-9"


@pytest.mark.real
def test_real_remark42_broken_fixture(real):
    path = real / "remark42-import-fixtures" / "disqus.xml"
    messages, log = read_all(path)
    # 6 posts after a stray "`" before <?xml: 3 fine, 1 without dsq:id (4th post), 1 spam, and
    # 1 (line 135) with an unquoted attribute, a bad date and isSpam=123: not XML, so malformed.
    assert [m.id for m in messages] == [
        "post-299619020",
        "post-299744309",
        "post-299986072",
        "post@4",
    ]
    assert log.skipped == {"spam comment": 1, "malformed: bad XML": 1}
    assert log.examples == [
        f"{path}:135: bad XML: not well-formed (invalid token) at line 147, "
        "in the <post> that starts here"
    ]


@pytest.mark.real
def test_real_remark42_strict_exits_2_naming_file_and_record(real, runner):
    path = real / "remark42-import-fixtures" / "disqus.xml"
    result = runner.invoke(app, ["tag", "--strict", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"streamtool: error: {path}:135: bad XML: not well-formed (invalid token) at line 147, "
        "in the <post> that starts here (drop --strict to skip such records)"
    )

"""WordPress WXR: the Millbrook store blog sample, real exports, WordPress.com quirks."""

from __future__ import annotations

from collections import Counter

import pytest

from streamtool.cli import app
from streamtool.errors import BadRecordError
from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all

SAMPLE = SAMPLES / "wordpress-counter-notes.xml"


def wxr(items: str, channel_head: str = "", declare: bool = True) -> str:
    """A minimal WXR document around `items` (declare=False leaves out every xmlns)."""
    ns = (
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"'
        if declare
        else ""
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
        f"<title>Test</title>\n<wp:wxr_version>1.2</wp:wxr_version>\n{channel_head}{items}"
        "</channel>\n</rss>\n"
    )


def item(
    post_id: int, body: str = "Hello town", comments: str = "", date: str = "2026-05-04 12:00:00"
) -> str:
    return (
        f"<item><title>Post {post_id}</title><dc:creator>hollisgeneral</dc:creator>"
        f"<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>"
        f"<wp:post_id>{post_id}</wp:post_id><wp:post_date_gmt>{date}</wp:post_date_gmt>"
        f"<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>{comments}</item>\n"
    )


def comment(
    cid: int,
    author: str,
    parent: int = 0,
    approved: str = "1",
    ctype: str = "",
    user: int = 0,
    gmt: str = "2026-05-04 13:00:00",
    local: str = "2026-05-04 09:00:00",
) -> str:
    return (
        f"<wp:comment><wp:comment_id>{cid}</wp:comment_id>"
        f"<wp:comment_author><![CDATA[{author}]]></wp:comment_author>"
        f"<wp:comment_date>{local}</wp:comment_date><wp:comment_date_gmt>{gmt}</wp:comment_date_gmt>"
        f"<wp:comment_content><![CDATA[Comment {cid}]]></wp:comment_content>"
        f"<wp:comment_approved>{approved}</wp:comment_approved><wp:comment_type>{ctype}</wp:comment_type>"
        f"<wp:comment_parent>{parent}</wp:comment_parent><wp:comment_user_id>{user}</wp:comment_user_id>"
        "</wp:comment>"
    )


def write(tmp_path, text: str, name: str = "blog.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the sample: Deb's "Notes from the Counter" -------------------------------------------------


def test_sample_posts_comments_and_skips():
    assert b"\r\n" in SAMPLE.read_bytes()  # written with CRLF line endings, as WordPress.com does
    messages, log = read_all(SAMPLE)
    assert kinds(messages) == {"post": 3, "reply": 21}
    assert log.formats == {"wordpress": 1}
    assert log.skipped == {
        "pingback": 1,
        "spam comment": 1,
        "unapproved comment": 1,
        "attachment item": 1,
    }
    posts = [m for m in messages if m.kind == "post"]
    assert [(p.id, p.author, p.author_name) for p in posts] == [
        ("post-101", "hollisgeneral", "Deb Hollis"),
        ("post-104", "hollisgeneral", "Deb Hollis"),
        ("post-108", "hollisgeneral", "Deb Hollis"),
    ]
    assert posts[1].title == "Welcome to Main Street, Rise & Shine Bakery"
    assert posts[1].text.startswith(
        "Main Street has a new neighbour. Anthony Reyes opened Rise & Shine"
    )
    assert posts[0].urls == ["https://okaforfarm.example/notes"]


def test_sample_threads_replies_under_posts_and_parents():
    messages, _ = read_all(SAMPLE)
    by_id = {m.id: m for m in messages}
    first = by_id["comment-201"]
    assert (first.thread, first.reply_to, first.reply_to_author) == (
        "post-101",
        "post-101",
        "hollisgeneral",
    )
    assert first.title == "Spring seedlings are in, and so is Okafor Farm's asparagus"
    # Deb answers as the blog's user (comment_user_id = her author id): her handle, not her name.
    deb = by_id["comment-202"]
    assert (deb.author, deb.author_name, deb.reply_to, deb.reply_to_author) == (
        "hollisgeneral",
        "Deb Hollis",
        "comment-201",
        "Marilyn Okafor",
    )
    third_level = by_id["comment-205"]
    assert (third_level.reply_to, third_level.reply_to_author) == ("comment-204", "hollisgeneral")
    assert sum(1 for m in messages if m.author == "hollisgeneral" and m.kind == "reply") == 7
    assert str(by_id["comment-201"].created_at) == "2026-05-04 13:12:00+00:00"  # from _gmt


def test_gmt_of_zeros_falls_back_to_the_local_date():
    messages, _ = read_all(SAMPLE)
    walt = next(m for m in messages if m.id == "comment-225")
    assert walt.created_at.isoformat() == "2026-05-09T13:30:00+00:00"


def test_include_unapproved_keeps_the_comment_awaiting_moderation():
    messages, log = read_all(SAMPLE, include_unapproved=True)
    assert kinds(messages) == {"post": 3, "reply": 22}
    waiting = next(m for m in messages if m.id == "comment-217")
    assert (waiting.author, waiting.reply_to) == ("Tom Becker", "post-104")
    assert "unapproved comment" not in log.skipped
    assert log.skipped["spam comment"] == 1  # spam stays out


def test_cli_include_unapproved(runner):
    plain = runner.invoke(app, ["tag", str(SAMPLE)])
    kept = runner.invoke(app, ["tag", "--include-unapproved", str(SAMPLE)])
    assert (plain.exit_code, kept.exit_code) == (0, 0)
    assert (len(plain.stdout.splitlines()), len(kept.stdout.splitlines())) == (24, 25)
    assert "1 unapproved comment" in plain.stderr
    assert "unapproved" not in kept.stderr


# --- quirks --------------------------------------------------------------------------------------


def test_wordpress_com_undeclared_prefixes_and_control_characters_still_read(tmp_path):
    # No xmlns at all (wp:, dc:, content:, atom: undeclared), a vertical tab and a NUL-free
    # form feed in the text: strict XML parsers reject this file.
    text = wxr(
        item(1, "Open\x0b late\x0c today") + item(2),
        '<atom:link href="x" rel="self"/>\n',
        declare=False,
    )
    messages, log = read_all(write(tmp_path, text))
    assert [(m.id, m.text) for m in messages] == [
        ("post-1", "Open late today"),
        ("post-2", "Hello town"),
    ]
    assert log.examples == []


def test_comment_kinds_skipped_by_reason(tmp_path):
    comments = (
        comment(1, "Ann")
        + comment(2, "pinger", ctype="pingback")
        + comment(3, "tb", ctype="trackback")
        + comment(4, "Bot", approved="spam")
        + comment(5, "Gone", approved="trash")
        + comment(6, "New", approved="0")
    )
    messages, log = read_all(write(tmp_path, wxr(item(1, comments=comments))))
    assert [m.id for m in messages] == ["post-1", "comment-1"]
    assert log.skipped == {
        "pingback": 1,
        "trackback": 1,
        "spam comment": 1,
        "trashed comment": 1,
        "unapproved comment": 1,
    }


def test_reply_to_a_comment_missing_from_the_file_keeps_the_parent_id(tmp_path):
    path = write(tmp_path, wxr(item(1, comments=comment(7, "Ann", parent=99))))
    messages, _ = read_all(path)
    assert (messages[1].reply_to, messages[1].reply_to_author) == ("comment-99", None)


def test_broken_item_is_skipped_and_the_rest_read(tmp_path):
    broken = "<item><title>Bad <b>unclosed</title><wp:post_id>2</wp:post_id></item>\n"
    path = write(tmp_path, wxr(item(1) + broken + item(3)))
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["post-1", "post-3"]
    assert log.skipped == {"malformed: bad XML": 1}
    assert log.examples == [
        f"{path}:7: bad XML: mismatched tag at line 7, in the <item> that starts here"
    ]
    with pytest.raises(BadRecordError, match=r"blog.xml:7: bad XML: mismatched tag"):
        read_all(path, strict=True)


def test_bad_date_is_malformed_but_comments_still_thread_under_the_post(tmp_path):
    path = write(tmp_path, wxr(item(1, comments=comment(5, "Ann"), date="last tuesday")))
    messages, log = read_all(path)
    assert [(m.id, m.thread) for m in messages] == [("comment-5", "post-1")]
    assert log.skipped == {"malformed: bad date": 1}


# --- real exports (verified by hand) -------------------------------------------------------------
# Counts checked independently of the reader, with a regex pass over each raw file (Python `re`,
# no XML parser): re.findall(r"<item>(.*?)</item>", text, re.S) split by wp:post_type/wp:status;
# inside the published ones, r"<wp:comment>(.*?)</wp:comment>" split by wp:comment_type,
# wp:comment_approved and wp:comment_parent != 0, values read with any CDATA wrapper stripped.
# The chrisjrob figures agree with its README (136 comments, 11 pingbacks, 54 threaded).


@pytest.mark.real
def test_real_chrisjrob_blog_crlf(real):
    path = real / "wxr-chrisjrob-blog" / "wordpress.redacted.xml"
    messages, log = read_all(path)
    # 130 items: 96 published posts, 32 attachments, 1 draft, 1 trashed; 136 comments, all
    # approved, 11 of them pingbacks; 54 of the 125 real comments answer another comment.
    assert kinds(messages) == {"post": 96, "reply": 125}
    assert sum(1 for m in messages if (m.reply_to or "").startswith("comment-")) == 54
    assert log.skipped == {"attachment item": 32, "pingback": 11, "trash post": 1, "draft post": 1}
    assert log.examples == []
    # The owner's 48 comments (WordPress.com user, no author ids in the file) join his handle.
    assert Counter(m.author for m in messages if m.kind == "reply")["chrisjrob"] == 48
    assert all(m.created_at is not None for m in messages)


@pytest.mark.real
def test_real_theme_unit_test_wordpress_com(real):
    path = real / "wxr-theme-unit-test" / "themeunittestdata.wordpress.xml"
    messages, log = read_all(path)
    # 186 items: 77 published posts/pages, 37 attachments, 70 menu items, 1 draft, 1 scheduled;
    # 33 comments: 26 approved (9 threaded), 3 awaiting moderation, 2 pingbacks, 2 trackbacks.
    assert kinds(messages) == {"post": 77, "reply": 26}
    assert sum(1 for m in messages if (m.reply_to or "").startswith("comment-")) == 9
    assert log.skipped == {
        "attachment item": 37,
        "nav_menu_item item": 70,
        "future post": 1,
        "draft post": 1,
        "unapproved comment": 3,
        "pingback": 2,
        "trackback": 2,
    }
    kept, _ = read_all(path, include_unapproved=True)
    assert kinds(kept) == {"post": 77, "reply": 29}


@pytest.mark.real
def test_real_isso_wxr_1_0_fixture(real):
    messages, log = read_all(real / "isso-import-fixtures" / "wordpress.xml")
    # 3 items (two without wp:post_id: ids from ?p=N); 8 comments, comment 11 twice.
    assert [m.id for m in messages if m.kind == "post"] == ["post-18", "post-4", "post-6"]
    assert kinds(messages) == {"post": 3, "reply": 7}
    assert log.skipped == {"duplicate message": 1}
    nested = next(m for m in messages if m.id == "comment-8")
    assert (nested.reply_to, nested.reply_to_author) == ("comment-7", "Tester")


def test_encoding_named_in_the_xml_declaration_is_honoured(tmp_path):
    text = wxr(item(1, "Crème brûlée at the bakery")).replace(
        'encoding="UTF-8"', 'encoding="ISO-8859-1"'
    )
    path = tmp_path / "latin1.xml"
    path.write_bytes(text.encode("latin-1"))
    messages, _ = read_all(path)
    assert messages[0].text == "Crème brûlée at the bakery"

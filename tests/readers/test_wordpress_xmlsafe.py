"""The shared XML layer (readers/xmlsafe.py) against hostile and broken files."""

from __future__ import annotations

import tracemalloc

import pytest

from streamtool.cli import app
from streamtool.errors import InputError
from streamtool.readers import ReadLog, ReadOptions, all_readers, get_reader, read_messages, xmlsafe
from streamtool.readers.base import FileContext
from streamtool.readers.sources import file_source
from tests.conftest import SAMPLES
from tests.readers.test_wordpress import item, wxr

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
<item><title>&lol9;</title><wp:post_id>1</wp:post_id><content:encoded>&lol9;</content:encoded></item>
</channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE disqus [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
<post dsq:id="1"><message>&xxe;</message><thread dsq:id="2"/></post>
</disqus>
"""


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [("bomb.xml", BILLION_LAUGHS, 2), ("xxe.xml", EXTERNAL_ENTITY, 2)],
)
def test_entity_declarations_refuse_the_file_with_one_line(tmp_path, runner, name, text, line):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    all_readers()  # import every reader module before measuring
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            list(read_messages([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(caught.value) == (
        f"{path}:{line}: refused: the DOCTYPE declares XML entities "
        "(an entity bomb or external entity); exports never need them"
    )
    assert peak < 5_000_000  # nothing was expanded
    result = runner.invoke(app, ["tag", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"streamtool: error: {caught.value}"]


def test_entity_reference_inside_a_record_is_a_malformed_record(tmp_path):
    path = tmp_path / "blog.xml"
    path.write_text(
        wxr(item(1, "&nbsp;caf&eacute;").replace("<![CDATA[<p>", "").replace("</p>]]>", "")),
        encoding="utf-8",
    )
    log = ReadLog()
    assert list(read_messages([str(path)], log=log)) == []
    assert log.skipped == {"malformed: bad XML": 1}
    assert "undefined entity" in log.examples[0]


def test_truncated_file_yields_what_came_before_then_one_clear_error(tmp_path, runner):
    sample = (SAMPLES / "wordpress-counter-notes.xml").read_bytes()
    cut = sample.index(b"Main Street has a new neighbour")  # inside the second post
    path = tmp_path / "cut.xml"
    path.write_bytes(sample[:cut])
    got = []
    with pytest.raises(InputError) as caught:
        for message in read_messages([str(path)]):
            got.append(message.id)
    assert got[0] == "post-101" and len(got) == 8  # the first post and its 7 comments
    line = sample[: sample.index(b"<item>\r\n\t\t<title><![CDATA[Welcome")].count(b"\n") + 1
    assert str(caught.value) == (
        f"{path}:{line}: <item> opened here never ends: the file is truncated or not "
        "well-formed XML"
    )
    result = runner.invoke(app, ["tag", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == f"streamtool: error: {caught.value}"


def test_file_cut_between_records_is_truncated_too(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text(wxr(item(1)).replace("</channel>\n</rss>\n", ""), encoding="utf-8")
    with pytest.raises(InputError, match=r"cut.xml:\d+: the file ends inside an element"):
        list(read_messages([str(path)]))


def test_an_endless_record_is_refused_not_buffered(tmp_path, monkeypatch):
    monkeypatch.setattr(xmlsafe, "MAX_RECORD_CHARS", 1 << 20)
    monkeypatch.setattr(xmlsafe, "CHUNK_CHARS", 1 << 16)
    path = tmp_path / "endless.xml"
    path.write_text(
        wxr("<item><title>x</title><content:encoded>" + "y" * (3 << 20)), encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"endless.xml:6: <item> opened here is larger than 1 MiB"):
        list(read_messages([str(path)]))


def _peak_reading(path) -> tuple[int, int]:
    """(messages, peak traced bytes) of the wordpress reader alone on `path` (no registry)."""
    reader = get_reader("wordpress")
    ctx = FileContext(str(path), "wordpress", ReadOptions(), ReadLog())
    tracemalloc.start()
    try:
        count = sum(1 for _ in reader.read(file_source(path), ctx))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_the_file_grows(tmp_path, monkeypatch):
    monkeypatch.setattr(xmlsafe, "CHUNK_CHARS", 1 << 16)
    body = "Fresh bread today at the store, come early. " * 40
    small, large = tmp_path / "small.xml", tmp_path / "large.xml"
    small.write_text(wxr("".join(item(n, body) for n in range(1, 201))), encoding="utf-8")
    large.write_text(wxr("".join(item(n, body) for n in range(1, 1601))), encoding="utf-8")
    assert large.stat().st_size > 2_800_000
    (n_small, peak_small), (n_large, peak_large) = _peak_reading(small), _peak_reading(large)
    assert (n_small, n_large) == (200, 1600)
    # Eight times the file (2.9 MB), about the same peak (measured 0.8 and 1.0 MB; the swing is
    # where chunk ends fall): a few chunks and one record are held at a time, never the file.
    assert peak_large < 1.5 * peak_small
    assert peak_large < 1_500_000


def test_record_lines_count_crlf_and_cdata_correctly():
    import io

    text = (
        "junk<?xml version='1.0'?>\r\n<root>\r\n<!-- <post> -->\r\n"
        "<post a='1'><![CDATA[</post>]]>\r\n</post>\r\n<post/></root>"
    )
    records = list(xmlsafe.iter_records(io.StringIO(text), "f.xml", frozenset({"post"})))
    assert [(r.line, r.text) for r in records] == [
        (4, "<post a='1'><![CDATA[</post>]]>\r\n</post>"),
        (6, "<post/>"),
    ]
    node = xmlsafe.parse_record(records[0])
    assert (node.tag, node.attrs, node.text.strip(), node.line) == (
        "post",
        {"a": "1"},
        "</post>",
        4,
    )

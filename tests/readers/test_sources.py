"""Opening inputs: stdin, .gz, BOMs, encodings, folders, and every kind of bad file."""

from __future__ import annotations

import codecs
import gzip

import pytest

from streamtool.errors import InputError, UnknownFormatError, UsageError
from streamtool.readers import sources
from streamtool.readers.sources import iter_lines
from tests.helpers import read_all

LINE = '{"id": "m1", "text": "Morning, Deb! Coffee is on.", "kind": "post", "platform": "text"}\n'


def test_gzip_is_read_transparently(tmp_path):
    path = tmp_path / "stream.jsonl.gz"
    path.write_bytes(gzip.compress(LINE.encode()))
    messages, _ = read_all(path)
    assert [m.text for m in messages] == ["Morning, Deb! Coffee is on."]


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_any_bom_names_the_encoding(tmp_path, codec):
    data = LINE.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "stream.jsonl"
    path.write_bytes(data)
    messages, _ = read_all(path)
    assert [m.id for m in messages] == ["m1"]


def test_wrong_encoding_is_one_clear_error_and_encoding_option_fixes_it(tmp_path):
    path = tmp_path / "stream.jsonl"
    path.write_bytes('{"text": "Caf\u00e9 at Mike\'s", "kind": "post"}\n'.encode("cp1252"))
    with pytest.raises(InputError, match=r"stream.jsonl: not utf-8 text .*pass --encoding"):
        read_all(path)
    messages, _ = read_all(path, format="jsonl", encoding="cp1252")
    assert messages[0].text == "Café at Mike's"


def test_unknown_format_names_the_file_and_the_formats_tried(tmp_path):
    path = tmp_path / "notes.dat"
    path.write_text("just some words\nwith no structure\n")
    with pytest.raises(
        UnknownFormatError, match=r"notes.dat: not a format streamtool knows \(tried .*jsonl"
    ):
        read_all(path)


def test_unknown_format_name_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="unknown format 'myspace'; known formats: "):
        read_all(tmp_path, format="myspace")


def test_missing_binary_and_empty_files(tmp_path):
    with pytest.raises(InputError, match="nope.json: no such file or folder"):
        read_all(tmp_path / "nope.json")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    with pytest.raises(InputError, match="photo.jpg: binary data, not a text export"):
        read_all(binary)
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    messages, log = read_all(empty)
    assert messages == [] and log.warnings == [f"{empty}: empty file, nothing to read"]


def test_truncated_gzip_is_one_clear_error(tmp_path):
    path = tmp_path / "stream.jsonl.gz"
    path.write_bytes(gzip.compress((LINE * 5000).encode())[:400])
    with pytest.raises(InputError, match=r"stream.jsonl.gz: truncated or unreadable"):
        read_all(path)


def test_folder_reads_known_files_and_reports_the_rest(tmp_path):
    (tmp_path / "a.jsonl").write_text(LINE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text(LINE.replace("m1", "m2"))
    (tmp_path / "notes.dat").write_text("no structure here\n")
    (tmp_path / ".hidden.jsonl").write_text(LINE.replace("m1", "m3"))
    messages, log = read_all(tmp_path)
    assert [m.id for m in messages] == ["m1", "m2"]
    assert log.warnings == [f"{tmp_path / 'notes.dat'}: skipped, not a known format"]


def test_the_same_message_in_two_files_is_read_once(tmp_path):
    (tmp_path / "a.jsonl").write_text(LINE)
    (tmp_path / "b.jsonl").write_text(LINE)
    messages, log = read_all(tmp_path / "a.jsonl", tmp_path / "b.jsonl")
    assert len(messages) == 1 and log.skipped == {"duplicate message": 1}


def test_huge_line_is_skipped_without_loading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_LINE_BYTES", 1000)
    from streamtool.readers import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(jsonl, "iter_lines", lambda s: iter_lines(s, limit=1000))
    path = tmp_path / "stream.jsonl"
    path.write_text(LINE + '{"text": "' + "x" * 5000 + '"}\n' + LINE.replace("m1", "m2"))
    messages, log = read_all(path, format="jsonl")
    assert [m.id for m in messages] == ["m1", "m2"]
    assert log.examples == [f"{path}:2: line too long: over 1,000 characters"]


def test_iter_lines_numbers_lines_and_drops_overlong_ones():
    import io

    stream = io.BytesIO(b"one\n" + b"y" * 25 + b"\nthree")
    assert list(iter_lines(stream, limit=10)) == [(1, b"one\n"), (2, None), (3, b"three")]


def test_readme_and_licence_files_in_a_folder_are_passed_over_quietly(tmp_path):
    (tmp_path / "a.jsonl").write_text(LINE)
    for name in ("README.md", "LICENSE", "licence.txt", "README.txt"):
        (tmp_path / name).write_text("Not a conversation.\n\nJust paperwork.\n")
    messages, log = read_all(tmp_path)
    assert [m.id for m in messages] == ["m1"]
    assert log.warnings == []

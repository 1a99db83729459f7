from __future__ import annotations

import orjson
import pytest

from streamtool.cli import app
from streamtool.errors import BadRecordError
from tests.helpers import read_all


def write_lines(tmp_path, *lines: str):
    path = tmp_path / "stream.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_only_text_is_required_and_id_defaults_to_line_number(tmp_path):
    path = write_lines(
        tmp_path, '{"text": "Hi Deb!"}', "", '{"text": "Thanks Mike", "reply_to": "1"}'
    )
    messages, log = read_all(path, format="jsonl")
    assert [(m.id, m.kind, m.thread) for m in messages] == [("1", "post", "1"), ("3", "reply", "1")]
    assert messages[1].source.record == 3
    assert log.skipped == {}


def test_bad_lines_are_skipped_counted_and_located(tmp_path):
    path = write_lines(
        tmp_path, '{"text": "ok"}', "{not json", '{"id": 5}', '{"text": "x", "kind": "tweet"}'
    )
    messages, log = read_all(path, format="jsonl")
    assert len(messages) == 1
    assert log.skipped == {"malformed: bad JSON": 1, "malformed: bad record": 2}
    assert log.examples[0].startswith(f"{path}:2: bad JSON")
    assert log.examples[1] == f"{path}:3: bad record: no 'text' string"


def test_strict_stops_at_first_malformed_record(tmp_path):
    path = write_lines(tmp_path, '{"text": "ok"}', "{not json")
    with pytest.raises(BadRecordError, match=r"stream.jsonl:2: bad JSON"):
        read_all(path, format="jsonl", strict=True)


def test_tag_output_reads_back_as_the_same_messages(tmp_path, runner):
    path = write_lines(
        tmp_path,
        '{"id": "a", "text": "Hi @deb", "author": "mike", "created_at": "2026-05-04T09:00:00Z",'
        ' "platform": "twitter", "kind": "post", "mentions": ["deb"]}',
    )
    first = runner.invoke(app, ["tag", str(path)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["tag", "--format", "jsonl", "-"], input=first.stdout)
    assert again.exit_code == 0
    a, b = orjson.loads(first.stdout), orjson.loads(again.stdout)
    a.pop("source"), b.pop("source")
    assert a == b
    assert a["created_at"] == "2026-05-04T09:00:00+00:00"

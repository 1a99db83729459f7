"""The pattern files in models/patterns: valid, documented, and broken ones reported well."""

from __future__ import annotations

import pytest

from streamtool.errors import ModelError
from streamtool.model import BEHAVIOURS
from streamtool.tagging.patterns import load_patterns
from tests.tagging.conftest import MODELS


def test_every_behaviour_has_patterns_each_with_id_and_comment():
    patterns = load_patterns(MODELS / "patterns")
    assert {p.label for p in patterns} == set(BEHAVIOURS)
    assert all(p.comment.strip() and p.id.strip() for p in patterns)
    # Token patterns are the slow kind: keep them few and free of quantifiers and REGEX.
    token_patterns = [p for p in patterns if p.tokens]
    assert len(token_patterns) <= 5
    for p in token_patterns:
        assert all("OP" not in t and "REGEX" not in str(t) for t in p.tokens), p.id


def _copy(tmp_path):
    folder = tmp_path / "patterns"
    folder.mkdir()
    for label in BEHAVIOURS:
        (folder / f"{label}.jsonl").write_bytes(
            (MODELS / "patterns" / f"{label}.jsonl").read_bytes()
        )
    return folder


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "bad pattern (JSONDecodeError"),
        ('{"id": "x", "weight": 0.5, "phrases": ["a"]}', "bad pattern (KeyError: 'comment')"),
        ('{"id": "x", "weight": 2, "comment": "c", "phrases": ["a"]}', "weight must be in (0, 1]"),
        ('{"id": "x", "weight": 0.5, "comment": "c"}', "exactly one of phrases, tokens or signal"),
        ('{"id": "x", "weight": 0.5, "comment": "c", "signal": "telepathy"}', "unknown signal"),
        ('{"id": "conn/greeting", "weight": 0.5, "comment": "c", "phrases": ["a"]}', "duplicate"),
    ],
)
def test_broken_pattern_lines_name_file_and_line(tmp_path, line, message):
    folder = _copy(tmp_path)
    path = folder / "contexts.jsonl"
    count = len(path.read_text().splitlines())
    path.write_text(path.read_text() + line + "\n")
    with pytest.raises(ModelError) as info:
        load_patterns(folder)
    assert str(info.value).startswith(f"{path}:{count + 1}: ")
    assert message in str(info.value)


def test_missing_pattern_file(tmp_path):
    folder = _copy(tmp_path)
    (folder / "networking.jsonl").unlink()
    with pytest.raises(ModelError, match="networking.jsonl: pattern file missing"):
        load_patterns(folder)

"""Golden tests: every stream in sample_streams/ reads into exactly the messages on file.

Found by glob, so adding a sample adds a test. After a deliberate change, regenerate with
`UPDATE_GOLDEN=1 pytest tests/golden` and review the diff of tests/golden/*.golden.jsonl by hand.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from tests.conftest import SAMPLES
from tests.helpers import read_all

GOLDEN = Path(__file__).parent
SAMPLE_PATHS = sorted(p for p in SAMPLES.iterdir() if not p.name.startswith((".", "README")))


def reader_fields(message) -> dict:
    """What a reader decides (no tags): the golden record of one message."""
    record = message.to_dict()
    record["source"] = {**record["source"], "file": Path(record["source"]["file"]).name}
    return record


@pytest.mark.parametrize("sample", SAMPLE_PATHS, ids=lambda p: p.name)
def test_sample_reads_exactly_as_on_file(sample: Path) -> None:
    messages, log = read_all(sample)
    got = [reader_fields(m) for m in messages]
    golden = GOLDEN / f"{sample.name}.golden.jsonl"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(b"".join(orjson.dumps(r, option=orjson.OPT_APPEND_NEWLINE) for r in got))
    assert golden.exists(), (
        f"no golden file for {sample.name}: run UPDATE_GOLDEN=1 pytest tests/golden"
    )
    expected = [orjson.loads(line) for line in golden.read_bytes().splitlines()]
    assert got == expected
    assert log.examples == [], "samples are written to be clean"


def test_every_golden_file_has_its_sample() -> None:
    names = {p.name for p in SAMPLE_PATHS}
    orphans = [
        g.name
        for g in GOLDEN.glob("*.golden.jsonl")
        if g.name.removesuffix(".golden.jsonl") not in names
    ]
    assert orphans == []

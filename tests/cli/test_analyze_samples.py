"""`streamtool analyze` end to end with the shipped tagger model: every sample stream, and
the real exports in ../shared/real (skipped when absent)."""

from __future__ import annotations

import orjson
import pytest

from streamtool.cli import app
from streamtool.paths import models_dir
from tests.conftest import SAMPLES
from tests.helpers import read_all

SAMPLE_PATHS = sorted(p for p in SAMPLES.iterdir() if not p.name.startswith((".", "README")))
#: The real exports issue 2 names (Slack and Discord readers are optional there).
REAL_EXPORTS = [
    "twitter-archive-andreruffert",
    "twarc2-csv-testdata",
    "twitter-v11-twitter4j-2009",
    "wxr-chrisjrob-blog",
    "wxr-theme-unit-test",
    "isso-import-fixtures",
    "remark42-import-fixtures",
    "mastodon-archive-dealingwith",
    "reddit-thread-graw",
]

pytestmark = pytest.mark.skipif(
    not (models_dir() / "manifest.json").is_file(), reason="no tagger model in models/ yet"
)


def analyze_json(runner, path) -> dict:
    result = runner.invoke(app, ["-q", "analyze", str(path), "--output", "json"])
    assert result.exit_code == 0, result.output
    return orjson.loads(result.stdout)


@pytest.mark.parametrize("sample", SAMPLE_PATHS, ids=lambda p: p.name)
def test_every_sample_gets_a_tagged_report(runner, sample):
    messages, _ = read_all(sample)
    data = analyze_json(runner, sample)
    assert data["stream"]["messages"] == data["stream"]["tagged"] == len(messages)
    assert data["score"]["value"] is not None
    assert len(data["recommendations"]) <= 5


@pytest.mark.real
@pytest.mark.parametrize("name", REAL_EXPORTS)
def test_every_real_export_gets_a_report(runner, real, name):
    messages, _ = read_all(real / name)
    data = analyze_json(runner, real / name)
    assert data["stream"]["messages"] == data["stream"]["tagged"] == len(messages) > 0
    assert data["summary"]


def test_the_sample_folder_reads_every_sample_once(runner):
    data = analyze_json(runner, SAMPLES)
    read = {f["name"].removeprefix(f"{SAMPLES}/") for f in data["stream"]["files"]}
    assert read == {p.name for p in SAMPLE_PATHS}
    assert data["stream"]["warnings"] == []  # the README beside the samples is passed over
    assert data["stream"]["messages"] == sum(len(read_all(p)[0]) for p in SAMPLE_PATHS)

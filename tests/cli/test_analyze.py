"""`streamtool analyze` in process: outputs, files written, and exit codes for bad arguments.

The town stream is fed as tagged JSONL, so these tests need no trained model.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import orjson
import pytest

from streamtool.cli import app
from streamtool.errors import ExitCode
from tests.report.town import jsonl


@pytest.fixture
def town(tmp_path):
    path = tmp_path / "town.jsonl"
    path.write_text(jsonl(), encoding="utf-8")
    return path


def run(runner, *args):
    return runner.invoke(app, ["analyze", *map(str, args)])


def test_json_report_on_stdout(runner, town):
    result = run(runner, town, "--me", "hollisgeneral", "--output", "json")
    assert result.exit_code == 0, result.output
    data = orjson.loads(result.stdout)
    assert data["schema_version"] == "1.0"
    assert data["stream"]["messages"] == 6
    assert data["stream"]["files"] == [
        {"name": str(town), "reader": "jsonl", "messages": 6, "skipped": {}}
    ]
    assert data["host"]["key"] == "hollisgeneral" and data["host"]["inferred"] is False
    assert data["stream"]["models"] == ["test-model"]  # tags were read back, not redone


def test_default_output_piped_is_plain_text_with_every_section(runner, town):
    result = run(runner, town, "--me", "hollisgeneral")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "\x1b[" not in text
    for title in (
        "Summary",
        "Health score",
        "Behaviour profile",
        "Strongest relationships",
        "One-way relationships",
        "Connectors",
        "People never answered",
        "Cooling relationships",
        "Examples of each behaviour",
        "Recommendations",
        "Top authors and reply pairs",
    ):
        assert title in text
    assert "you answered 1 of 2 commenters" in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert max(map(len, text.splitlines())) <= 100  # COLUMNS=100 in tests


def test_markdown_from_stdin(runner):
    result = runner.invoke(
        app, ["analyze", "-", "--format", "jsonl", "--output", "markdown"], input=jsonl()
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Relationship health report\n")
    assert "## People never answered" in result.stdout


def test_since_until_narrow_the_report_and_say_so(runner, town):
    result = run(runner, town, "--since", "2026-05-05", "--until", "2026-05-05", "-o", "json")
    assert result.exit_code == 0, result.output
    data = orjson.loads(result.stdout)
    assert data["period"] == {"since": "2026-05-05", "until": "2026-05-05"}
    assert (data["stream"]["messages"], data["stream"]["excluded_by_date"]) == (2, 4)


def test_html_and_graph_to_files(runner, town, tmp_path):
    page, graph = tmp_path / "report.html", tmp_path / "town.gexf"
    result = run(runner, town, "-o", "html", "--out", page, "--graph", graph)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and not re.search(r"https?://", html)
    nodes = ET.parse(graph).getroot().iter("{http://gexf.net/1.3}node")
    assert sorted(n.get("id") for n in nodes) == [
        "hollisgeneral",
        "jenna_t",
        "mikesdiner",
        "okaforfarm",
    ]


def test_csv_of_tagged_messages(runner, town):
    result = run(runner, town, "-o", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == ["p1", "r1", "r2", "r3", "p2", "s1"]
    assert rows[1]["behaviours"] == "connecting reciprocity"


def test_rich_to_out_file_is_plain(runner, town, tmp_path):
    target = tmp_path / "report.txt"
    result = run(runner, town, "--out", target)
    assert result.exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "Health score" in text and "\x1b[" not in text


def test_bad_since_date_is_exit_two_with_one_line(runner, town):
    result = run(runner, town, "--since", "last tuesday")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "streamtool: error: --since: 'last tuesday' is not a date; use YYYY-MM-DD or an ISO 8601 "
        "time such as 2026-05-04T09:00Z"
    )


def test_unknown_output_is_exit_two(runner, town):
    result = run(runner, town, "--output", "pdf")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.strip() == (
        "streamtool: error: --output 'pdf' is not one of rich, json, markdown, html, csv"
    )


def test_unknown_graph_suffix_is_exit_two_before_reading(runner, tmp_path):
    result = run(runner, tmp_path / "never-read.jsonl", "--graph", tmp_path / "g.png")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "name a .gexf or .graphml file" in result.stderr


def test_unknown_format_input_is_exit_two_naming_the_file(runner, tmp_path):
    path = tmp_path / "notes.xyz"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    result = run(runner, path)
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.strip().startswith(f"streamtool: error: {path}: ")
    assert "Traceback" not in result.stderr


def test_unknown_format_name_is_exit_two(runner, town):
    result = run(runner, town, "--format", "myspace")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "unknown format 'myspace'" in result.stderr


def test_skips_are_summarised_on_stderr(runner, tmp_path):
    path = tmp_path / "town.jsonl"
    path.write_text(jsonl() + "{broken\n", encoding="utf-8")
    result = run(runner, path, "-o", "json")
    assert result.exit_code == 0
    assert "streamtool: skipped 1 record: 1 malformed: bad JSON\n" in result.stderr
    assert f"{path}:7: bad JSON" in result.stderr
    assert orjson.loads(result.stdout)["stream"]["skipped"] == {"malformed: bad JSON": 1}


def test_help_has_an_example(runner):
    result = runner.invoke(app, ["analyze", "--help"])
    assert result.exit_code == 0
    assert "Example: streamtool analyze" in result.stdout
    for option in (
        "--me",
        "--since",
        "--until",
        "--output",
        "--graph",
        "--out",
        "--format",
        "--strict",
        "--encoding",
        "--include-unapproved",
    ):
        assert option in result.stdout

"""Markdown, terminal, HTML and CSV renderings of the town stream's report."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from pathlib import Path

import pytest
from rich.console import Console

from streamtool.model import BEHAVIOURS
from streamtool.report import (
    CSV_COLUMNS,
    build_document,
    build_report,
    render_csv,
    render_html,
    render_markdown,
)
from streamtool.report.terminal import render_rich
from tests.report.town import messages, read_log

TITLES = [
    "Summary",
    "Health score",
    "Health metrics",
    "Behaviour profile",
    "Strongest relationships",
    "One-way relationships",
    "Connectors",
    "People never answered",
    "Cooling relationships",
    "Examples of each behaviour",
    "Recommendations",
    "The stream",
    "What was skipped",
    "Top authors and reply pairs",
]
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def report():
    return build_report(messages(), read_log(), host="hollisgeneral")


def test_markdown_has_every_section_in_order(report):
    text = render_markdown(build_document(report))
    assert re.findall(r"^## (.+)$", text, re.M) == TITLES
    assert text.startswith("# Relationship health report\n")
    assert "you answered 1 of 2 commenters" in text
    assert "| hollisgeneral ↔ mikesdiner |" in text
    assert "| jenna_t | 1 | 1 | 2026-05-04 |" in text  # never answered
    # user text cannot inject markup
    assert "See you at lunch \\<Friday\\> & bring the kids." in text


def test_markdown_bars_show_each_behaviour_with_share_and_count(report):
    text = render_markdown(build_document(report))
    assert "connecting      ███████░░░░░░░░░░░░░  33% (2)" in text
    assert "networking      ░░░░░░░░░░░░░░░░░░░░  0% (0)" in text
    assert "### Shared history\n\nNo message shows it." in text


def test_terminal_output_is_plain_without_colour_and_fits_the_width(report):
    console = Console(width=80, no_color=True, force_terminal=False, highlight=False)
    with console.capture() as captured:
        console.print(render_rich(build_document(report)))
    text = captured.get()
    assert "\x1b[" not in text
    for title in TITLES:
        assert title in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_terminal_output_has_colour_on_a_colour_terminal(report):
    console = Console(width=100, force_terminal=True, color_system="standard")
    with console.capture() as captured:
        console.print(render_rich(build_document(report)))
    assert "\x1b[" in captured.get()


def test_html_is_one_self_contained_escaped_page(report):
    page = render_html(build_document(report), report.health.score.value)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"https?://", page), "must open without network access"
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert "See you at lunch &lt;Friday&gt; &amp; bring the kids." in page
    assert page.count("<section id=") == len(TITLES)
    assert page.count('<svg class="bars"') == 2  # score components and behaviour profile
    assert f'<text x="55" y="66" text-anchor="middle">{report.health.score.value}</text>' in page


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent")
def test_html_renders_in_headless_chromium(report, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(
        render_html(build_document(report), report.health.score.value), encoding="utf-8"
    )
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert "<h1>Relationship health report</h1>" in dom
    assert dom.count("<section id=") == len(TITLES)
    assert "you answered 1 of 2 commenters" in dom


def test_csv_has_one_row_per_message_with_a_score_column_per_behaviour():
    rows = list(csv.reader(io.StringIO(render_csv(messages()))))
    assert rows[0] == list(CSV_COLUMNS)
    assert [f"score_{b}" for b in BEHAVIOURS] == [c for c in rows[0] if c.startswith("score_")]
    assert len(rows) == 7
    r2 = dict(zip(rows[0], rows[3], strict=True))
    assert (r2["id"], r2["kind"], r2["author"], r2["reply_to"], r2["reply_to_author"]) == (
        "r2",
        "reply",
        "hollisgeneral",
        "r1",
        "mikesdiner",
    )
    assert r2["behaviours"] == "connecting extending"
    assert (r2["score_extending"], r2["score_networking"]) == ("0.9500", "")
    assert r2["evidence"] == "connecting: connecting evidence; extending: extending evidence"
    assert (r2["file"], r2["record"], r2["created_at"]) == (
        "town.jsonl",
        "3",
        "2026-05-04T10:00:00+00:00",
    )
    s1 = dict(zip(rows[0], rows[6], strict=True))
    assert s1["mentions"] == "mikesdiner okaforfarm"


def test_csv_leaves_tag_columns_empty_for_untagged_messages():
    plain = messages()[:1]
    plain[0].tags = None
    header, row = list(csv.reader(io.StringIO(render_csv(plain))))
    record = dict(zip(header, row, strict=True))
    assert record["behaviours"] == record["score_connecting"] == record["model"] == ""
    assert record["text"] == "Fresh peaches in today from the Okafors!"

"""The JSON report: exact structure and figures on the hand-built town stream."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import orjson

from streamtool.model import Message
from streamtool.report import (
    SCHEMA_VERSION,
    Window,
    build_report,
    pick_examples,
    render_json,
    report_dict,
)
from tests.report.town import FILE, messages, read_log, tags

TOP_LEVEL = [
    "schema_version",
    "generator",
    "period",
    "summary",
    "stream",
    "analysis",
    "host",
    "score",
    "metrics",
    "sections",
    "people",
    "relationships",
    "edges",
    "introductions",
    "examples",
    "recommendations",
]


def town_report(**kwargs):
    return report_dict(build_report(messages(), read_log(), host="hollisgeneral", **kwargs))


def test_top_level_keys_in_schema_order_and_version():
    data = town_report()
    assert list(data) == TOP_LEVEL
    assert data["schema_version"] == SCHEMA_VERSION == "1.0"
    assert data["generator"].startswith("streamtool ")
    assert data["period"] == {"since": None, "until": None}


def test_stream_figures_are_exact():
    assert town_report()["stream"] == {
        "messages": 6,
        "authors": 4,
        "threads": 3,
        "posts": 2,
        "replies": 3,
        "reposts": 1,
        "first": "2026-05-04T09:00:00+00:00",
        "last": "2026-05-05T09:00:00+00:00",
        "undated": 0,
        "formats": {"jsonl": 1},
        "files": [
            {
                "name": FILE,
                "reader": "jsonl",
                "messages": 6,
                "skipped": {"duplicate message": 1, "malformed: bad JSON": 1},
            }
        ],
        "skipped": {"duplicate message": 1, "malformed: bad JSON": 1},
        "malformed_examples": [f"{FILE}:7: bad JSON: unexpected end"],
        "warnings": [],
        "top_authors": [
            {"author": "hollisgeneral", "messages": 2},
            {"author": "mikesdiner", "messages": 2},
            {"author": "jenna_t", "messages": 1},
            {"author": "okaforfarm", "messages": 1},
        ],
        "reply_pairs": [
            {"author": "hollisgeneral", "to": "mikesdiner", "replies": 1},
            {"author": "jenna_t", "to": "hollisgeneral", "replies": 1},
            {"author": "mikesdiner", "to": "hollisgeneral", "replies": 1},
        ],
        "excluded_by_date": 0,
        "platforms": {"forum": 6},
        "span_days": 1.0,
        "skipped_total": 2,
        "tagged": 6,
        "models": ["test-model"],
    }


def test_host_given_with_me_and_who_went_unanswered():
    data = town_report()
    host = data["host"]
    assert (host["key"], host["inferred"], host["commenters"], host["commenters_answered"]) == (
        "hollisgeneral",
        False,
        2,
        1,
    )
    assert host["unanswered"] == ["jenna_t"]
    assert host["reply_rate"] == 0.5
    assert data["sections"]["never_answered"] == ["jenna_t"]
    assert [p["key"] for p in data["people"] if p["is_host"]] == ["hollisgeneral"]


def test_every_record_carries_its_fields_and_derived_numbers():
    data = town_report()
    assert set(data["metrics"]) == {"responsiveness", "reciprocity", "breadth", "depth", "warmth"}
    assert {"answered_share", "median_first_response", "p90_first_response"} <= set(
        data["metrics"]["responsiveness"]
    )
    assert {"pair_ratio", "edge_ratio"} <= set(data["metrics"]["reciprocity"])
    assert data["metrics"]["reciprocity"]["pairs"] == 3
    assert data["metrics"]["reciprocity"]["reciprocated_pairs"] == 2
    assert {"messages", "reciprocated", "strength", "trend"} <= set(data["relationships"][0])
    assert {"balance", "betweenness", "introduced"} <= set(data["people"][0])
    assert [c["name"] for c in data["score"]["components"]] == [
        c.name
        for c in build_report(messages(), read_log(), host="hollisgeneral").health.score.components
    ]
    assert set(data["score"]["components"][0]) == {
        "name",
        "value",
        "weight",
        "explanation",
        "points",
    }
    assert data["metrics"]["warmth"]["profile"]["connecting"] == round(2 / 6, 6)


def test_examples_are_the_highest_scoring_messages_per_behaviour():
    examples = town_report()["examples"]
    picked = {b: [e["message_id"] for e in es] for b, es in examples.items()}
    assert picked == {
        "connecting": ["r1", "r2"],
        "extending": ["r2"],
        "networking": [],
        "reciprocity": ["r1"],
        "coopetition": ["p2", "s1"],
        "contexts": [],
        "shared_history": [],
    }
    assert examples["extending"][0] == {
        "behaviour": "extending",
        "message_id": "r2",
        "author": "hollisgeneral",
        "text": "Will do, Mike. See you at lunch <Friday> & bring the kids.",
        "score": 0.95,
        "evidence": ["extending evidence"],
        "file": FILE,
        "record": 3,
    }


def test_examples_prefer_distinct_authors_then_fill_up():
    def m(i: str, author: str, score: float) -> Message:
        return Message(id=i, text=i, author=author, tags=tags(connecting=score))

    chosen = pick_examples([m("a", "deb", 0.9), m("b", "deb", 0.8), m("c", "mike", 0.6)])
    assert [e.message_id for e in chosen["connecting"]] == ["a", "c"]
    chosen = pick_examples([m("a", "deb", 0.9), m("b", "deb", 0.8)])
    assert [e.message_id for e in chosen["connecting"]] == ["a", "b"]


def test_period_is_recorded_and_rendered_as_valid_json():
    report = build_report(
        messages(), read_log(), window=Window(date(2026, 5, 4), None), excluded_by_date=2
    )
    data = orjson.loads(render_json(report))
    assert data["period"] == {"since": "2026-05-04", "until": None}
    assert data["stream"]["excluded_by_date"] == 2


def test_summary_speaks_to_the_host_given_with_me():
    summary = town_report()["summary"]
    assert summary.startswith("4 people wrote 6 messages in 3 threads over 24 hours; ")
    assert "you answered 1 of 2 commenters" in summary
    assert "2 of 3 relationships go both ways" in summary


def test_schema_doc_names_every_field_of_this_version():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "report-schema.md").read_text(
        encoding="utf-8"
    )
    assert f"schema version {SCHEMA_VERSION}" in doc
    data = town_report()
    documented = set(re.findall(r"`([a-z_0-9]+)`", doc))
    fields = set(data) | set(data["stream"]) | set(data["host"]) | set(data["score"])
    for name in ("responsiveness", "reciprocity", "breadth", "depth", "warmth"):
        fields |= set(data["metrics"][name])
    fields |= set(data["people"][0]) | set(data["relationships"][0]) | set(data["edges"][0])
    fields |= set(data["examples"]["extending"][0]) | set(data["sections"]) | set(data["analysis"])
    assert fields - documented == set()


def test_an_empty_stream_still_gives_a_whole_report():
    log = read_log()
    report = build_report([], log)
    data = report_dict(report)
    assert data["summary"] == "There are no messages to report on (2 records skipped, see below)."
    assert data["score"]["value"] is None
    assert data["stream"]["first"] is None and data["stream"]["span_days"] == 0.0
    assert all(examples == [] for examples in data["examples"].values())

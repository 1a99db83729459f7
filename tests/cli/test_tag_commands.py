"""`streamtool tag`, `explain`, `evaluate` and `train` as a user runs them."""

from __future__ import annotations

import csv
import io

import orjson

from streamtool.cli import app
from streamtool.errors import ExitCode
from streamtool.model import BEHAVIOURS
from streamtool.report.csv_messages import COLUMNS

STREAM = (
    '{"id": "1", "text": "Hi Deb! Thanks for the eggs", "kind": "reply", "author": "mikesdiner", '
    '"reply_to": "0", "reply_to_author": "hollisgeneral"}\n'
    '{"id": "2", "text": "Road work on Main all day", "kind": "post", '
    '"author": "townofmillbrook"}\n'
)
TAG_FIELDS = ["behaviours", "scores", "evidence", "polarity", "subjectivity", "model"]


def _stream(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(STREAM)
    return path


def test_tag_jsonl_adds_behaviour_fields(runner, tmp_path):
    result = runner.invoke(app, ["tag", str(_stream(tmp_path))])
    assert result.exit_code == 0, result.stderr
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["1", "2"]
    first = records[0]
    assert list(first)[-6:] == TAG_FIELDS
    assert {"connecting", "reciprocity"} <= set(first["behaviours"])
    assert first["evidence"]["reciprocity"] == ["Thanks [8:14]"]
    assert "replies to @hollisgeneral" in first["evidence"]["connecting"]
    assert list(first["scores"]) == list(BEHAVIOURS)
    assert first["model"].startswith("behaviours-0.1.0+")
    assert records[1]["behaviours"] == [] and records[1]["evidence"] == {}


def test_tagged_output_reads_back_without_retagging(runner, tmp_path):
    once = runner.invoke(app, ["tag", str(_stream(tmp_path))]).stdout
    again = tmp_path / "tagged.jsonl"
    again.write_text(once)
    twice = runner.invoke(app, ["tag", "-f", "jsonl", str(again)]).stdout

    def strip(text: str) -> list[dict]:
        return [
            {k: v for k, v in orjson.loads(row).items() if k != "source"}
            for row in text.splitlines()
        ]

    assert strip(twice) == strip(once)


def test_tag_csv(runner, tmp_path):
    result = runner.invoke(app, ["tag", "--output", "csv", str(_stream(tmp_path))])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2
    assert rows[0]["id"] == "1" and rows[0]["text"] == "Hi Deb! Thanks for the eggs"
    assert "reciprocity" in rows[0]["behaviours"].split()
    assert float(rows[0]["score_reciprocity"]) >= 0.5
    assert "reciprocity: Thanks [8:14]" in rows[0]["evidence"]
    # One CSV of tagged messages for the whole tool: the same columns as `analyze -o csv`.
    assert list(rows[0]) == list(COLUMNS)
    assert rows[1]["behaviours"] == ""


def test_tag_unknown_output_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["tag", "-o", "xml", str(_stream(tmp_path))])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert (
        result.stderr.strip()
        == "streamtool: error: unknown --output 'xml'; choose one of jsonl, csv"
    )


def test_missing_model_exits_three_with_advice(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("STREAMTOOL_MODELS", str(tmp_path / "nowhere"))
    result = runner.invoke(app, ["tag", str(_stream(tmp_path))])
    assert result.exit_code == ExitCode.MODEL == 3
    assert result.stdout == ""
    assert result.stderr.strip() == (
        f"streamtool: error: {tmp_path / 'nowhere' / 'manifest.json'}: no tagger model here; "
        "run `make models` (or `streamtool train`) to rebuild it"
    )


def test_explain_plain(runner):
    result = runner.invoke(app, ["explain", "Thanks Mary! See you at lunch on Friday"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Thanks Mary! See you at lunch on Friday"  # no colour codes: NO_COLOR
    assert lines[1].startswith("behaviours: ") and "reciprocity" in lines[1]
    rec = next(x for x in lines if x[2:].startswith("reciprocity"))
    assert rec.startswith("* reciprocity") and rec.endswith("Thanks [0:6]")
    assert len([x for x in lines if x[2:].split(" ")[0] in BEHAVIOURS]) == 7
    assert lines[-2].startswith("tone: polarity ")
    assert lines[-1].startswith("model: behaviours-")


def test_explain_stdin_json(runner):
    result = runner.invoke(app, ["explain", "-", "--output", "json"], input="Congrats Anthony!\n")
    assert result.exit_code == 0, result.stderr
    record = orjson.loads(result.stdout)
    assert record["text"] == "Congrats Anthony!\n"
    assert "connecting" in record["behaviours"]
    assert "Congrats Anthony [0:16]" in record["evidence"]["connecting"]
    assert set(record["thresholds"]) == set(BEHAVIOURS)


def test_explain_empty_text(runner):
    result = runner.invoke(app, ["explain", "  "])
    assert result.exit_code == 2
    assert result.stderr.strip() == "streamtool: error: nothing to explain: the text is empty"


def test_evaluate_text_and_json(runner, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "a", "text": "Thank you so much, Deb!", "labels": ["reciprocity", "connecting"]}\n'
        '{"id": "b", "text": "Road closed on Main", "labels": [], "source": "x"}\n'
    )
    result = runner.invoke(app, ["evaluate", str(gold), "--output", "json"])
    assert result.exit_code == 0, result.stderr
    record = orjson.loads(result.stdout)
    assert (record["messages"], record["unlabelled"], record["replies"]) == (2, 1, 0)
    assert record["labels"]["reciprocity"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "support": 1,
        "predicted": 1,
        "true_positives": 1,
    }
    assert record["macro_labels"] == ["connecting", "reciprocity"]
    low, high = record["macro_f1_interval"]
    assert 0 <= low <= record["macro_f1"] <= high <= 1
    text = runner.invoke(app, ["evaluate", str(gold)]).stdout.splitlines()
    assert text[0].startswith(
        "2 messages (1 with no label, 0 tagged as replies), model behaviours-")
    assert text[1].split() == ["label", "precision", "recall", "F1", "support", "predicted"]
    assert text[2 + BEHAVIOURS.index("reciprocity")].split() == [
        "reciprocity",
        "1.000",
        "1.000",
        "1.000",
        "1",
        "1",
    ]
    assert any(x.startswith("macro F1 ") and "over 2 labels with support" in x for x in text)
    interval = f"  95% interval {low:.3f}-{high:.3f} over 1,000 bootstrap resamples of the messages"
    assert interval in text


def test_evaluate_by_field_adds_a_table(runner, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"text": "Thank you so much, Deb!", "labels": ["reciprocity"], "source": "blog"}\n'
        '{"text": "Road closed on Main", "labels": [], "source": "town-feed"}\n'
    )
    text = runner.invoke(app, ["evaluate", str(gold), "--by", "source"]).stdout.splitlines()
    table = text[text.index("F1 by source:") + 1:]
    assert [row.split() for row in table] == [
        ["source", "msgs", "macro", "conn", "ext", "net", "recip", "coop", "ctx", "hist"],
        ["blog", "1", "1.000", "-", "-", "-", "1.000", "-", "-", "-"],
        ["town-feed", "1", "-", "-", "-", "-", "-", "-", "-", "-"],
    ]
    record = orjson.loads(runner.invoke(app, ["evaluate", str(gold), "--by", "source",
                                              "-o", "json"]).stdout)
    assert record["groups"]["blog"]["labels"]["reciprocity"]["f1"] == 1.0


def test_evaluate_bad_gold_file(runner, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "hi", "labels": "connecting"}\n')
    result = runner.invoke(app, ["evaluate", str(gold)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f'streamtool: error: {gold}:1: "labels" must be a list of')
    result = runner.invoke(app, ["evaluate", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_evaluate_reads_stdin(runner):
    lines = ('{"text": "Thank you so much, Deb!", "labels": ["reciprocity", "connecting"]}\n'
             '{"text": "Road closed on Main", "labels": [], "reply": true}\n')
    result = runner.invoke(app, ["evaluate", "-", "--output", "json"], input=lines)
    assert result.exit_code == 0, result.stderr
    record = orjson.loads(result.stdout)
    assert (record["file"], record["messages"], record["replies"]) == ("<stdin>", 2, 1)
    empty = runner.invoke(app, ["evaluate", "-"], input="")
    assert empty.exit_code == 2
    assert empty.stderr.strip() == "streamtool: error: <stdin>: no labelled messages in it"

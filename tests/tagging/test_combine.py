"""How rule and model scores combine, and per-label thresholds."""

from __future__ import annotations

import pytest

from streamtool.errors import ModelError
from streamtool.model import BEHAVIOURS
from streamtool.tagging.combine import DEFAULT_THRESHOLD, combine, load_thresholds


@pytest.mark.parametrize(
    ("rule", "model", "expected"),
    [
        (0.0, 0.0, 0.0),
        (0.8, None, 0.8),  # no learned layer: the rule score as it is
        (0.0, 0.7, 0.7),  # either layer alone carries the label
        (0.6, 0.0, 0.6),
        (0.5, 0.5, 0.75),  # 1 - 0.5 * 0.5
        (0.8, 0.9, 0.98),  # 1 - 0.2 * 0.1
        (1.0, 0.3, 1.0),
    ],
)
def test_noisy_or(rule, model, expected):
    assert combine(rule, model) == pytest.approx(expected)


def test_thresholds_missing_labels_default(tmp_path):
    path = tmp_path / "thresholds.json"
    path.write_text('{"thresholds": {"connecting": 0.7}}')
    thresholds = load_thresholds(path)
    assert list(thresholds) == list(BEHAVIOURS)
    assert thresholds["connecting"] == 0.7
    assert thresholds["networking"] == DEFAULT_THRESHOLD


def test_missing_or_broken_thresholds_are_model_errors(tmp_path):
    with pytest.raises(ModelError, match="run `make models`"):
        load_thresholds(tmp_path / "nope.json")
    broken = tmp_path / "thresholds.json"
    broken.write_text('{"thresholds": {"connecting": "high"}}')
    with pytest.raises(ModelError, match="broken thresholds"):
        load_thresholds(broken)


def test_labels_are_those_at_or_over_their_threshold(tagger):
    tags = tagger.explain("Thanks so much, Mary! See you at lunch on Friday")
    thresholds = tagger.thresholds
    assert tags.behaviours == [b for b in BEHAVIOURS if tags.scores[b] >= thresholds[b]]
    assert {"reciprocity", "extending"} <= set(tags.behaviours)

"""How the rule layer and the learned model become one score per label, and thresholds.

    score = 1 - (1 - rule) * (1 - model)        (noisy-OR; score = rule when no model)

Either layer alone can carry a label (a strong phrase, or a confident model), and the two
agreeing push the score up. Each label then has its own threshold, tuned for F1 on the
held-out split of the training corpus by `streamtool train` (models/thresholds.json).
"""

from __future__ import annotations

from pathlib import Path

import orjson

from ..errors import ModelError
from ..model import BEHAVIOURS

Thresholds = dict[str, float]
DEFAULT_THRESHOLD = 0.5
#: The labels a repost can carry. A repost speaks in someone else's words: the reposter
#: neither thanks, greets nor invites anyone by it (the codebook labels what a message
#: does); what they do is pass a peer's message on.
REPOST_LABELS = frozenset({"coopetition"})


def combine(rule: float, model: float | None) -> float:
    """The label's score in 0..1 from its rule score and model probability (None: no model)."""
    if model is None:
        return round(rule, 4)
    return round(1.0 - (1.0 - rule) * (1.0 - model), 4)


def load_thresholds(path: Path) -> Thresholds:
    """Per-label thresholds from thresholds.json; missing labels get DEFAULT_THRESHOLD."""
    try:
        record = orjson.loads(path.read_bytes())
        values = {label: float(record["thresholds"][label]) for label in record["thresholds"]}
    except FileNotFoundError:
        raise ModelError(f"{path}: thresholds missing; run `make models`") from None
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{path}: broken thresholds ({exc}); run `make models`") from None
    return {label: values.get(label, DEFAULT_THRESHOLD) for label in BEHAVIOURS}

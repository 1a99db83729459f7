"""Measuring the tagger against a labelled file: per-label precision, recall, F1, confusions.

A gold file is JSONL, one message a line: {"id", "text", "labels": [...]} plus any other
fields (source, platform, ...), which are ignored, except those that tell whether the message
answers someone (see `responding`): such a record is tagged as a reply, as a reader would
mark the message.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy
import orjson

from ..errors import InputError
from ..model import BEHAVIOURS
from .facts import is_self_reply

NONE = "(none)"  #: the "label" on the other side of a plain miss or a plain false alarm
CONFUSIONS_SHOWN = 10
#: Bootstrap resamples behind the macro-F1 interval (seeded: the same file gives the same one)
RESAMPLES = 1000


class GoldFileError(InputError):
    """A labelled file that cannot be used for evaluation or training."""


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  #: messages whose gold labels include this label
    predicted: int  #: messages the tagger gave this label
    true_positives: int


@dataclass
class Evaluation:
    """Every figure `streamtool evaluate` shows, as plain data."""

    messages: int
    unlabelled: int  #: gold messages with no label at all
    labels: list[LabelScore]
    micro_f1: float
    macro_f1: float  #: mean F1 over labels with support > 0
    macro_labels: list[str]
    confusions: list[tuple[str, str, int]] = field(default_factory=list)  #: predicted, gold, n
    replies: int = 0  #: messages tagged as replies (a reply flag, a parent or a context line)
    groups: dict[str, Evaluation] = field(default_factory=dict)  #: by a field's value (--by)
    #: 95% bootstrap interval of macro_f1 over resamples of the messages (see macro_interval)
    macro_interval: tuple[float, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        groups = {name: g.to_dict() for name, g in self.groups.items()}
        return {
            "messages": self.messages,
            "unlabelled": self.unlabelled,
            "replies": self.replies,
            "labels": {s.label: _label_dict(s) for s in self.labels},
            "micro_f1": self.micro_f1,
            "macro_f1": self.macro_f1,
            "macro_labels": self.macro_labels,
            **({"macro_f1_interval": list(self.macro_interval)} if self.macro_interval else {}),
            "confusions": [{"predicted": p, "gold": g, "count": n} for p, g, n in self.confusions],
            **({"groups": groups} if groups else {}),
        }


def _label_dict(s: LabelScore) -> dict[str, Any]:
    return {
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "support": s.support,
        "predicted": s.predicted,
        "true_positives": s.true_positives,
    }


def f1_score(tp: int, predicted: int, support: int) -> tuple[float, float, float]:
    """(precision, recall, F1); each is 0.0 where its denominator is 0."""
    precision = tp / predicted if predicted else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(gold: Sequence[set[str]], predicted: Sequence[set[str]]) -> Evaluation:
    """Compare label sets message by message (the two sequences align)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must have one label set per message")
    labels = []
    tp_all = pred_all = support_all = 0
    for label in BEHAVIOURS:
        support = sum(label in g for g in gold)
        pred = sum(label in p for p in predicted)
        tp = sum(label in g and label in p for g, p in zip(gold, predicted, strict=True))
        p, r, f = f1_score(tp, pred, support)
        labels.append(LabelScore(label, round(p, 4), round(r, 4), round(f, 4), support, pred, tp))
        tp_all, pred_all, support_all = tp_all + tp, pred_all + pred, support_all + support
    present = [s for s in labels if s.support]
    macro = sum(s.f1 for s in present) / len(present) if present else 0.0
    return Evaluation(
        messages=len(gold),
        unlabelled=sum(not g for g in gold),
        labels=labels,
        micro_f1=round(f1_score(tp_all, pred_all, support_all)[2], 4),
        macro_f1=round(macro, 4),
        macro_labels=[s.label for s in present],
        confusions=confusions(gold, predicted),
    )


def macro_interval(gold: Sequence[set[str]], predicted: Sequence[set[str]],
                   resamples: int = RESAMPLES, seed: int = 0) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of macro-F1 over `resamples` bootstrap resamples of
    the messages (drawn with replacement, as many as there are): how far the figure could
    move on another sample of the same kind, which on a few hundred messages with rare labels
    is far (one networking message more or less can shift macro-F1 by several points)."""
    labels = list(BEHAVIOURS)
    wanted = numpy.array([[label in g for label in labels] for g in gold], dtype=float)
    given = numpy.array([[label in p for label in labels] for p in predicted], dtype=float)
    hits = wanted * given
    rng = numpy.random.default_rng(seed)
    macros = []
    for _ in range(resamples):
        weights = numpy.bincount(rng.integers(0, len(gold), len(gold)), minlength=len(gold))
        support, pred, tp = weights @ wanted, weights @ given, weights @ hits
        present = support > 0
        f1 = 2 * tp[present] / (support[present] + pred[present])
        macros.append(f1.mean() if present.any() else 0.0)
    low, high = numpy.percentile(macros, [2.5, 97.5])
    return round(float(low), 4), round(float(high), 4)


def confusions(
    gold: Sequence[set[str]], predicted: Sequence[set[str]]
) -> list[tuple[str, str, int]]:
    """Most frequent (predicted, gold) disagreements: a wrong label given where another was
    missed pairs them; a plain false alarm pairs with NONE, a plain miss has NONE predicted."""
    counts: Counter[tuple[str, str]] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        extra, missed = sorted(p - g), sorted(g - p)
        if extra and missed:
            counts.update((x, m) for x in extra for m in missed)
        else:
            counts.update((x, NONE) for x in extra)
            counts.update((NONE, m) for m in missed)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(p, g, n) for (p, g), n in ranked[:CONFUSIONS_SHOWN]]


class Labelled(NamedTuple):
    id: str
    text: str
    labels: set[str]
    responding: bool  #: the message answers someone (see `responding`)
    group: str = ""  #: the value of the field evaluation is broken down by, if any


#: A context line saying what the message answers or sits under, as the codebook has it
#: ("post title, parent message, addressee"): "Tweet replying to @deb", "Comment on blog post
#: titled ...", "parent message: ...". One that only names the message's own kind ("Single
#: tweet", "Mastodon post") says it answers nobody.
_ANSWERING = re.compile(
    r"\b(?:repl(?:y|ies|ying)|comment(?:s|ed|ing)?|answer(?:s|ed|ing)?|in response|parent|"
    r"addressee|post title)\b", re.IGNORECASE)
_REPLYING_TO = re.compile(r"\brepl(?:y|ies|ying) to @([\w.]+)", re.IGNORECASE)


def responding(record: dict[str, Any]) -> bool:
    """Whether a labelled record answers someone: its "reply" flag says so; without one, it
    names a parent (reply_to, reply_to_author) or its context line says what it answers. A
    reply to the record's own author carries a thread on and answers nobody, as the tagger
    reads a reader's self-reply."""
    if (reply := record.get("reply")) is not None:
        return bool(reply)
    context = record.get("context")
    answering = isinstance(context, str) and _ANSWERING.search(context)
    if not (answering or record.get("reply_to") or record.get("reply_to_author")):
        return False
    answered = record.get("reply_to_author")
    if not answered and isinstance(context, str) and (found := _REPLYING_TO.search(context)):
        answered = found[1]
    author = record.get("author")
    return not (isinstance(answered, str) and isinstance(author, str)
                and is_self_reply(author, answered))


def read_labelled(path: Path, data: bytes | None = None, by: str | None = None
                  ) -> Iterator[Labelled]:
    """One Labelled per line of `path` (or of `data` read from it already, e.g. stdin),
    grouped by the value of field `by` if given; a broken line raises GoldFileError
    naming file:line."""
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise GoldFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise GoldFileError(f"{where}: bad JSON ({exc})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise GoldFileError(f"{where}: a labelled record needs a \"text\" string")
        labels = record.get("labels")
        if not isinstance(labels, list) or any(label not in BEHAVIOURS for label in labels):
            raise GoldFileError(
                f"{where}: \"labels\" must be a list of {', '.join(BEHAVIOURS)}; got {labels!r}"
            )
        reply = record.get("reply")
        if reply is not None and not isinstance(reply, bool):
            raise GoldFileError(f"{where}: \"reply\" must be true or false; got {reply!r}")
        group = _group_name(record.get(by)) if by else ""
        yield Labelled(str(record.get("id", number)), record["text"], set(labels),
                       responding(record), group)


def _group_name(value: Any) -> str:
    if value is None or value == "":
        return NONE
    return value if isinstance(value, str) else orjson.dumps(value).decode()


def evaluate(tagger: Any, path: Path, progress: Any = None, data: bytes | None = None,
             by: str | None = None) -> Evaluation:
    """Tag every text of a labelled file (or its `data`) and score the tagger's labels
    against the gold ones, overall and, with `by`, per value of that field. A record that
    answers someone (`responding`) is tagged as a reply, as a reader would mark it; a text
    that opens with @handles addresses them either way."""
    records = list(read_labelled(path, data, by))
    if not records:
        raise GoldFileError(f"{path}: no labelled messages in it")
    predicted = []
    texts = (r.text for r in records)
    for tags in tagger.tag_texts(texts, replies=(r.responding for r in records)):
        predicted.append(set(tags.behaviours))
        if progress:
            progress()
    result = _scored(records, predicted)
    result.macro_interval = macro_interval([r.labels for r in records], predicted)
    for name in sorted({r.group for r in records}) if by else ():
        members = [i for i, r in enumerate(records) if r.group == name]
        result.groups[name] = _scored([records[i] for i in members],
                                      [predicted[i] for i in members])
    return result


def _scored(records: Sequence[Labelled], predicted: Sequence[set[str]]) -> Evaluation:
    result = score([r.labels for r in records], predicted)
    result.replies = sum(r.responding for r in records)
    return result


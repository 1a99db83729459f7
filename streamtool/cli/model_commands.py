"""`streamtool train` and `streamtool evaluate`: build the tagger's model and measure it."""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import typer

from ..errors import UsageError
from ..model import BEHAVIOURS
from . import app, state
from .common import handle_errors, stderr
from .progress import tracking
from .tag_commands import load_tagger


@app.command()
@handle_errors
def train(
    epochs: int = typer.Option(12, "--epochs", min=1, help="Passes over the training data."),
) -> None:
    """Rebuild the tagger's model in models/ from models/training/*.jsonl (seeded, reproducible).

    Takes several minutes; tagging meanwhile keeps using the old model, which is replaced
    only when the new one is ready. The trained models are kept in models/.trained/, so
    after an edit to the patterns or the rules a rerun only retunes the thresholds (seconds).

    Example: streamtool train
    """
    from ..tagging.train import train as run_training

    def say(line: str) -> None:
        if not state.quiet:
            stderr.print(f"streamtool: {line}", markup=False)

    result = run_training(epochs=epochs, progress=say)
    typer.echo(f"trained on {result.examples} distinct messages from models/training; "
               f"thresholds tuned on {result.heldout} held-out scores")
    typer.echo(f"{'label':<15} threshold  held-out F1")
    for label, cut in result.thresholds.items():
        typer.echo(f"{label:<15} {cut:>9.2f}  {result.heldout_f1[label]:>11.3f}")
    typer.echo(f"model version: {result.version}")


GOLD = typer.Argument(..., help='Labelled JSONL: {"id", "text", "labels": [...]}; - for stdin')


@app.command()
@handle_errors
def evaluate(
    gold: Path = GOLD,
    output: str = typer.Option("text", "--output", "-o", help="Output format: text or json."),
    by: str = typer.Option(None, "--by", metavar="FIELD",
                           help="Also break the figures down by this field's value, e.g. source."),
) -> None:
    """Measure the tagger on a labelled file: precision, recall, F1 per label, confusions.

    Example: streamtool evaluate ../shared/gold/dev.jsonl

    Example: streamtool evaluate --by source ../shared/gold/dev.jsonl

    Example: python -m bench.review | streamtool evaluate -
    """
    from ..tagging.evaluate import RESAMPLES
    from ..tagging.evaluate import evaluate as run_evaluation

    if output not in ("text", "json"):
        raise UsageError(f"unknown --output {output!r}; choose one of text, json")
    data = None
    if str(gold) == "-":
        data, gold = sys.stdin.buffer.read(), Path("<stdin>")
    tagger = load_tagger()
    with tracking() as progress:
        result = run_evaluation(tagger, gold, progress=progress.counter("Evaluating"), data=data,
                                by=by)
    if output == "json":
        record = {"model": tagger.version, "file": str(gold), **result.to_dict()}
        sys.stdout.buffer.write(orjson.dumps(record, option=orjson.OPT_INDENT_2) + b"\n")
        return
    echo = typer.echo
    echo(f"{result.messages} messages ({result.unlabelled} with no label, {result.replies} tagged "
         f"as replies), model {tagger.version}")
    echo(f"{'label':<15} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8} {'predicted':>9}")
    for s in result.labels:
        echo(f"{s.label:<15} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} "
             f"{s.support:>8} {s.predicted:>9}")
    echo(f"micro F1 {result.micro_f1:.3f}")
    echo(f"macro F1 {result.macro_f1:.3f} over {len(result.macro_labels)} labels with support "
         f"({', '.join(result.macro_labels)})")
    if result.macro_interval:
        low, high = result.macro_interval
        echo(f"  95% interval {low:.3f}-{high:.3f} over {RESAMPLES:,} bootstrap resamples of the "
             "messages")
    if result.confusions:
        echo("most frequent confusions (predicted -> gold):")
        for predicted, wanted, count in result.confusions:
            echo(f"  {count:>4}  {predicted} -> {wanted}")
    if result.groups:
        _echo_groups(by, result.groups)


#: Column heads for the per-group table, short enough for an 80-column terminal.
_SHORT = {"connecting": "conn", "extending": "ext", "networking": "net", "reciprocity": "recip",
          "coopetition": "coop", "contexts": "ctx", "shared_history": "hist"}


def _echo_groups(by: str, groups: dict) -> None:
    """F1 per label and group; "-" where a group has no gold support for the label."""
    width = max(len(by), *(len(name) for name in groups)) + 1
    heads = "".join(f"{_SHORT[label]:>7}" for label in BEHAVIOURS)
    typer.echo(f"F1 by {by}:")
    typer.echo(f"  {by:<{width}}{'msgs':>5}{'macro':>7}{heads}")
    for name, group in groups.items():
        cells = "".join(f"{s.f1:>7.3f}" if s.support else f"{'-':>7}" for s in group.labels)
        macro = f"{group.macro_f1:>7.3f}" if group.macro_labels else f"{'-':>7}"
        typer.echo(f"  {name:<{width}}{group.messages:>5}{macro}{cells}")

"""`make review`: the team's own labelled sample of real messages, as a gold-format file.

models/review/real-sample.jsonl holds labels and message ids only: the texts belong to the
authors of the exports in ../shared/real/ and stay there. This joins the two (reading each
export with streamtool's own readers) and writes {"id", "text", "labels", "reply", "source"}
lines to stdout, for `streamtool evaluate -` (`--by source` breaks it down by export). It
measures quality, not speed, so `make bench` leaves it out. Exit 2 with one line when
../shared/real is missing or an id is no longer found.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import orjson

from streamtool.readers import read_messages

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "models" / "review" / "real-sample.jsonl"
REAL = ROOT.parent / "shared" / "real"


def labelled_records(labels: Path = LABELS, real: Path = REAL) -> list[dict]:
    """One gold-format record per labelled message, in the labels file's order."""
    rows = [orjson.loads(line) for line in labels.read_bytes().splitlines() if line.strip()]
    wanted: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        wanted[row["export"]].add(row["id"])
    texts: dict[tuple[str, str], str] = {}
    for export, ids in wanted.items():
        for message in read_messages([str(real / export)]):
            if message.id in ids:
                texts[(export, message.id)] = message.text
    missing = [r for r in rows if (r["export"], r["id"]) not in texts]
    if missing:
        first = missing[0]
        raise LookupError(f"{len(missing)} labelled messages not found in {real}, "
                          f"first {first['export']} id {first['id']}")
    return [
        {"id": f"{r['export']}#{r['id']}", "text": texts[(r["export"], r["id"])],
         "labels": r["labels"], "reply": r["reply"], "source": r["export"]}
        for r in rows
    ]


def main() -> int:
    if not REAL.is_dir():
        print(f"review: {REAL} is missing (the real exports live beside the checkout)",
              file=sys.stderr)
        return 2
    try:
        records = labelled_records()
    except LookupError as exc:
        print(f"review: {exc}", file=sys.stderr)
        return 2
    sys.stdout.buffer.write(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return 0


if __name__ == "__main__":
    sys.exit(main())

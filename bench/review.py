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

from streamtool.model import Message
from streamtool.readers import read_messages
from streamtool.tagging.facts import facts_from_message

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "models" / "review" / "real-sample.jsonl"
REAL = ROOT.parent / "shared" / "real"


def labelled_records(labels: Path = LABELS, real: Path = REAL) -> list[dict]:
    """One gold-format record per labelled message, in the labels file's order."""
    rows = [orjson.loads(line) for line in labels.read_bytes().splitlines() if line.strip()]
    wanted: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        wanted[row["export"]].add(row["id"])
    found: dict[tuple[str, str], Message] = {}
    for export, ids in wanted.items():
        for message in read_messages([str(real / export)]):
            if message.id in ids:
                found[(export, message.id)] = message
    missing = [r for r in rows if (r["export"], r["id"]) not in found]
    if missing:
        first = missing[0]
        raise LookupError(f"{len(missing)} labelled messages not found in {real}, "
                          f"first {first['export']} id {first['id']}")
    return [_record(r, found[(r["export"], r["id"])]) for r in rows]


def _record(row: dict, message: Message) -> dict:
    """The gold-format line. `reply` is the labels file's flag (the message answers a parent
    or a post; a tweet-per-line file's lines do not), less what the tagger reads as no
    reply: a self-reply carrying a thread on answers nobody."""
    return {"id": f"{row['export']}#{row['id']}", "text": message.text, "labels": row["labels"],
            "reply": row["reply"] and facts_from_message(message).is_reply,
            "source": row["export"]}


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

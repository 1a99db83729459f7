"""Tagging throughput: the full tagger (rules, learned model, tone) against raw JSON parsing.

Target (issue 3): at least 5,000 messages/s single process on tweet-length text, tone
included. Figures are printed, never asserted. BENCH_SCALE scales the stream size.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

from bench.synthetic import v1_tweets

N = int(50_000 * float(os.environ.get("BENCH_SCALE", "1")))
TARGET = 5_000
REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"
#: Tweet-length exports among the real ones: a Twitter archive and tweets one per line.
REAL_TWEETS = ("twitter-archive-andreruffert", "tweeteval-emotion/train_text.txt",
               "tweeteval-emotion/test_text.txt")


def _rate(label: str, n: int, seconds: float, note: str = "") -> float:
    rate = n / seconds if seconds else float("inf")
    print(f"{label:<44} {rate:>10,.0f} msg/s  ({n:,} in {seconds:.2f} s){note}")
    return rate


def main() -> None:
    from streamtool.model import Message
    from streamtool.readers import ReadLog, read_messages
    from streamtool.tagging import Tagger

    tweets = v1_tweets(N)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tweets.jsonl"
        lines = (orjson.dumps(t, option=orjson.OPT_APPEND_NEWLINE) for t in tweets)
        path.write_bytes(b"".join(lines))
        start = time.perf_counter()
        with path.open("rb") as f:
            parsed = sum(1 for line in f if orjson.loads(line))
        _rate("raw JSON parsing (orjson, per line)", parsed, time.perf_counter() - start)

        start = time.perf_counter()
        tagger = Tagger.load()
        # the first text loads the tone lexicon and the list of ordinary words names are told from
        tagger.explain("Thanks Mike, that loads the tables the tagger reads on first use")
        loaded = time.perf_counter() - start
        print(f"{'load tagger (spaCy, model, lexicons)':<44} {loaded:>10.2f} s")

        def messages():
            return (Message(id=str(t["id"]), text=t["full_text"], author=t["user"]["screen_name"])
                    for t in tweets)

        passes = ("tagging, first pass (cold tokenizer cache)", "tagging, second pass (warm cache)")
        for label in passes:
            start = time.perf_counter()
            count = sum(1 for _ in tagger.tag(messages()))
            rate = _rate(label, count, time.perf_counter() - start)
        verdict = "meets" if rate >= TARGET else "BELOW"
        print(f"{'':<44} {verdict} the {TARGET:,} msg/s target")

        start = time.perf_counter()
        log = ReadLog()
        count = sum(1 for _ in tagger.tag(read_messages([str(path)], log=log)))
        _rate("read (twitter v1 reader) + tag, end to end", count, time.perf_counter() - start)

    _real_tweets(tagger)


def _real_tweets(tagger: Any) -> None:
    """The same tagger on real tweets, when ../shared/real is beside the checkout: the
    synthetic stream packs a dozen behaviour words into every tweet, real ones a few, so
    this is the figure a user's export sees (their texts are new to the tokenizer cache)."""
    from streamtool.readers import read_messages

    exports = [REAL / name for name in REAL_TWEETS if (REAL / name).exists()]
    if not exports:
        print(f"{'real tweets':<44} skipped ({REAL} not found)")
        return
    messages = list(read_messages([str(e) for e in exports]))
    start = time.perf_counter()
    count = sum(1 for _ in tagger.tag(messages))
    _rate("tagging real tweets, first pass", count, time.perf_counter() - start,
          f"  [{', '.join(REAL_TWEETS)}]")


if __name__ == "__main__":
    main()

"""Reading throughput and memory: raw JSON parsing vs streamtool's readers on the same stream.

Memory is the peak RSS of a fresh process reading a small and a 4x larger stream: when readers
stream, the two peaks are close (memory does not grow with file size).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

from bench.synthetic import v1_tweets

N = int(200_000 * float(os.environ.get("BENCH_SCALE", "1")))


def _write(path: Path, records: list[dict]) -> None:
    with open(path, "wb") as f:
        for record in records:
            f.write(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))


def _rate(label: str, n: int, seconds: float) -> None:
    print(f"{label:<44} {n / seconds:>10,.0f} msg/s  ({n:,} in {seconds:.2f} s)")


def _time_read(path: Path, fmt: str | None) -> tuple[int, float]:
    from streamtool.readers import read_messages

    start = time.perf_counter()
    n = sum(1 for _ in read_messages([str(path)], format=fmt))
    return n, time.perf_counter() - start


# VmHWM is this process's own peak; ru_maxrss can carry the parent's peak across fork+exec.
_PEAK = """
import sys
from streamtool.readers import read_messages
n = sum(1 for _ in read_messages([sys.argv[1]]))
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(n, int(peak.split()[1]) // 1024)
"""


def _peak_mb(path: Path) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), int(out[1])


def main() -> None:
    records = v1_tweets(N)
    with tempfile.TemporaryDirectory() as tmp:
        v1 = Path(tmp) / "stream-v1.jsonl"
        _write(v1, records)
        ours = Path(tmp) / "stream.jsonl"
        _write(
            ours,
            [
                {
                    "id": r["id_str"],
                    "text": r["full_text"],
                    "kind": "post",
                    "author": r["user"]["screen_name"],
                    "created_at": "2026-05-04T09:00:00Z",
                    "platform": "twitter",
                }
                for r in records
            ],
        )
        print(f"stream: {N:,} synthetic API v1.1 tweets, {v1.stat().st_size / N:,.0f} bytes each")
        start = time.perf_counter()
        with open(v1, "rb") as f:
            for line in f:
                orjson.loads(line)
        _rate("raw orjson.loads per line (the ceiling)", N, time.perf_counter() - start)
        _rate("streamtool jsonl reader", *_time_read(ours, "jsonl"))
        try:
            _rate("streamtool twitter_v1 reader (sniffed)", *_time_read(v1, None))
        except Exception as exc:  # noqa: BLE001 - a reader not written yet must not stop the bench
            print(f"twitter_v1 reader: {exc}")
            return
        small = Path(tmp) / "small.jsonl"
        _write(small, records[: N // 4])
        for path in (small, v1):
            n, mb = _peak_mb(path)
            print(f"peak RSS reading {n:>9,} tweets: {mb:>5} MB")

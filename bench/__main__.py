"""`make bench`: speed and memory figures, printed (never asserted in tests).

Runs every bench module's `main()` in turn. Sizes can be scaled with BENCH_SCALE (default 1.0).
"""

from __future__ import annotations

import importlib
import platform
import sys

MODULES = ("bench.reading", "bench.tagging", "bench.relations")


def main() -> None:
    print(
        f"# streamtool benchmarks: Python {platform.python_version()} on {platform.machine()}, "
        f"{_cpu()}"
    )
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"\n## {name}: not written yet")
            continue
        print(f"\n## {name.removeprefix('bench.')}")
        module.main()
        sys.stdout.flush()


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            models = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
        return f"{len(models)} x {models[0]}" if models else platform.processor()
    except OSError:
        return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()

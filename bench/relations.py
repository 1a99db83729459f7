"""relations.analyse speed: a synthetic stream of threads, replies, mentions and reposts.

Messages are built in memory (reading is measured in bench.reading), so this times only the
graph, the metrics and betweenness (sampled above its work budget, see docs/health.md).
"""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, datetime, timedelta

from streamtool.model import BEHAVIOURS, Message, Tags

N = int(100_000 * float(os.environ.get("BENCH_SCALE", "1")))


def stream(n: int, people: int, seed: int = 1) -> list[Message]:
    """n messages among `people` handles: 40% posts, 50% replies to recent messages (some
    mentioning a third person), 10% reposts; a few loud writers, many quiet ones; all tagged."""
    rng = random.Random(seed)
    handles = [f"user{i}" for i in range(people)]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    out: list[Message] = []
    for i in range(n):
        loud = rng.random() < 0.5
        rank = min(people - 1, int(rng.paretovariate(1.2)) - 1)
        author = handles[rank] if loud else rng.choice(handles)
        at = start + timedelta(minutes=5 * i)
        roll = rng.random()
        if out and roll < 0.5:
            parent = out[rng.randrange(max(0, len(out) - 500), len(out))]
            mentions = [rng.choice(handles)] if rng.random() < 0.3 else []
            message = Message(str(i), "reply", kind="reply", author=author, created_at=at,
                              reply_to=parent.id, thread=parent.thread, mentions=mentions)
        elif out and roll < 0.6:
            original = out[rng.randrange(len(out))].author or "x"
            message = Message(str(i), f"RT @{original}: news", kind="repost", author=author,
                              created_at=at, thread=str(i), mentions=[original])
        else:
            message = Message(str(i), "post", author=author, created_at=at, thread=str(i))
        message.tags = Tags(behaviours=rng.sample(BEHAVIOURS, rng.choice((0, 0, 1, 2))),
                            polarity=rng.uniform(-0.5, 0.8))
        out.append(message)
    return out


def main() -> None:
    from streamtool.relations import analyse, recommendations

    for people in (1_000, 5_000):
        messages = stream(N, people)
        start, cpu = time.perf_counter(), time.process_time()
        health = analyse(messages)
        advice = recommendations(health)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        # CPU time too: on a shared machine the wall clock also counts other people's work
        print(f"analyse + recommendations, {N:,} messages, {people:,} people: {seconds:.2f} s "
              f"wall, {cpu:.2f} s CPU ({N / seconds:,.0f} msg/s; "
              f"{len(health.relationships):,} relationships, "
              f"betweenness {'sampled' if health.breadth.betweenness_sampled else 'exact'}, "
              f"{len(advice)} recommendations)")

"""Synthetic tweet-like streams for benchmarks: seeded, varied, 10-40 words with entities.

Benchmarks only: this text is generated, not written, and never used for training or tests.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

WORDS = (  # noqa: SIM905 - a paragraph of words reads better than a 90-line list
    "thanks great see you at the market friday lunch coffee deb mike store diner town "
    "community new post about local business help neighbour soon remember when we school "
    "years ago meet introduce bakery farm strawberries season open today tomorrow weekend "
    "game field tonight congrats love this link read blog comment reply question answer "
    "linux laptop server fix bug release update version works fine broken why how what "
    "really agree disagree politics news weather rain sun morning evening family kids dog "
    "cat friend team work project code review "
).split()
HANDLES = [f"user{i}" for i in range(500)] + ["hollisgeneral", "mikesdiner", "anthonybakes"]
EMOJI = ("🙂", "🎉", "☕", "🍓", "⚾", "❤️")


def tweet_texts(n: int, seed: int = 7) -> list[str]:
    """n tweet-length texts with mentions, URLs, hashtags and emoji, from a Zipf-like vocabulary."""
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    texts = []
    for i in range(n):
        words = rng.choices(WORDS, weights, k=rng.randint(10, 40))
        if rng.random() < 0.6:
            words.insert(0, "@" + rng.choice(HANDLES))
        if rng.random() < 0.3:
            words.append(f"https://example.com/{i % 997}/{rng.randint(1, 10**6)}")
        if rng.random() < 0.3:
            words.append("#" + rng.choice(WORDS))
        if rng.random() < 0.2:
            words.append(rng.choice(EMOJI))
        texts.append(" ".join(words))
    return texts


def v1_tweets(n: int, seed: int = 7) -> list[dict]:
    """API v1.1-shaped tweets (what twarc1 writes, one per line) around the synthetic texts."""
    rng = random.Random(seed)
    start = datetime(2026, 5, 4, tzinfo=UTC)
    out = []
    for i, text in enumerate(tweet_texts(n, seed)):
        handle = rng.choice(HANDLES)
        reply = rng.random() < 0.4 and i > 0
        out.append(
            {
                "id": 10**15 + i,
                "id_str": str(10**15 + i),
                "created_at": (start + timedelta(seconds=37 * i)).strftime(
                    "%a %b %d %H:%M:%S +0000 %Y"
                ),
                "full_text": text,
                "user": {
                    "id_str": str(hash(handle) % 10**9),
                    "screen_name": handle,
                    "name": handle.title(),
                },
                "in_reply_to_status_id_str": str(10**15 + rng.randrange(i)) if reply else None,
                "in_reply_to_screen_name": rng.choice(HANDLES) if reply else None,
                "entities": {"user_mentions": [], "urls": [], "hashtags": []},
                "lang": "en",
            }
        )
    return out

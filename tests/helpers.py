"""Small helpers shared by tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from streamtool.model import Message
from streamtool.readers import ReadLog, ReadOptions, read_messages


def read_all(*inputs: str, format: str | None = None, **options) -> tuple[list[Message], ReadLog]:
    """Every message of the inputs, and the log of what was skipped."""
    log = ReadLog()
    messages = list(
        read_messages(
            [str(i) for i in inputs], format=format, options=ReadOptions(**options), log=log
        )
    )
    return messages, log


def kinds(messages: Iterable[Message]) -> Counter[str]:
    return Counter(m.kind for m in messages)

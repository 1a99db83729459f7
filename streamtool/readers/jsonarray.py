"""Stream the items of a top-level JSON array without loading the whole array.

Twitter archives (`window.YTD.tweets.part0 = [...]`, `Grailbird.data.tweets_2013_01 = [...]`)
and API v1 dumps (`public_timeline.json`) are one big array; this yields its items one at a
time from a text stream, keeping in memory only the item being decoded plus one chunk.

    for item in iter_json_array(stream):
        if isinstance(item, BadItem):
            ctx.malformed(item.line, item.reason)
        else:
            use(item.value)

A malformed item is reported as a `BadItem` (with the line it starts on) and skipped; reading
goes on with the next item. A file cut short ends with a `BadItem` saying it was truncated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

CHUNK = 256 * 1024
#: An item larger than this is reported as malformed rather than buffered further.
MAX_ITEM_CHARS = 64 * 1024 * 1024

# `window.YTD.tweets.part0 =`, `Grailbird.data.tweets_2013_01 =`, `var x =`: a JS assignment.
JS_PREFIX = re.compile(r"\s*(?:var\s+)?[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*=\s*")
_SPACE = re.compile(r"[ \t\r\n]*")
_UNCLOSED = "truncated: the array has no closing ']'"
_DECODER = json.JSONDecoder()


@dataclass(frozen=True, slots=True)
class Item:
    """One decoded array item: its 1-based position, the line it starts on, its value."""

    index: int
    line: int
    value: Any


@dataclass(frozen=True, slots=True)
class BadItem:
    """An item that could not be decoded, or the end of a truncated array."""

    index: int
    line: int
    reason: str


class _Buffer:
    """A sliding window over a text stream that knows the line number of its start."""

    def __init__(self, stream: TextIO, chunk: int) -> None:
        self.stream = stream
        self.chunk = chunk
        self.text = ""
        self.pos = 0  # the next unread character in `text`
        self.line = 1  # line number of text[0]
        self.eof = False
        self._mark = (0, 1)  # (position, its line): counting resumes here, not from text[0]

    def more(self, at_least: int | None = None) -> bool:
        """Read another chunk (or at least `at_least` chars); False at end of stream."""
        if self.eof:
            return False
        if self.pos > self.chunk:  # drop what is consumed, keeping the line count right
            self.line = self.line_at(self.pos)
            self.text = self.text[self.pos:]
            self.pos = 0
            self._mark = (0, self.line)
        data = self.stream.read(max(self.chunk, at_least or 0))
        if not data:
            self.eof = True
            return False
        self.text += data
        return True

    def skip_space(self) -> bool:
        """Advance past whitespace; False when the stream ends first."""
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text):
                return True
            if not self.more():
                return False

    def line_at(self, pos: int) -> int:
        """The line number of text[pos]; positions asked for mostly move forward."""
        mark, line = self._mark
        if pos < mark:
            mark, line = 0, self.line
        line += self.text.count("\n", mark, pos)
        self._mark = (pos, line)
        return line


def iter_json_array(
    stream: TextIO, *, chunk: int = CHUNK, max_item: int = MAX_ITEM_CHARS
) -> Iterator[Item | BadItem]:
    """Yield each item of the JSON array in `stream`, after an optional JS assignment prefix.

    Raises ValueError when the stream does not hold an array at all (the caller names the file).
    """
    buf = _Buffer(stream, chunk)
    buf.more()
    if buf.text.startswith("\ufeff"):
        buf.pos = 1
    _skip_prefix(buf)
    if not buf.skip_space() or buf.text[buf.pos] != "[":
        raise ValueError("not a JSON array (expected '[' after the optional JS prefix)")
    buf.pos += 1
    index = 0
    while True:
        if not buf.skip_space():
            yield BadItem(index + 1, buf.line_at(buf.pos), _UNCLOSED)
            return
        if buf.text[buf.pos] == "]":
            return
        index += 1
        start_line = buf.line_at(buf.pos)
        value, reason = _decode_item(buf, max_item)
        if reason is None:
            yield Item(index, start_line, value)
        else:
            yield BadItem(index, start_line, f"{reason} (item {index})")
            if not _skip_bad_item(buf):
                return
        if not _after_item(buf):
            yield BadItem(index + 1, buf.line_at(buf.pos), _UNCLOSED)
            return
        if buf.text[buf.pos] == "]":
            return
        buf.pos += 1  # the comma


def _skip_prefix(buf: _Buffer) -> None:
    while len(buf.text) - buf.pos < 4096 and buf.more():
        pass  # a prefix is short, but the first chunk may be shorter still
    head = buf.text[buf.pos:buf.pos + 4096]
    match = JS_PREFIX.match(head)
    if match and not head.lstrip().startswith("["):
        buf.pos += match.end()


def _decode_item(buf: _Buffer, max_item: int) -> tuple[Any, str | None]:
    """Decode the item at buf.pos, reading more as needed; (value, None) or (None, reason)."""
    while True:
        try:
            value, end = _DECODER.raw_decode(buf.text, buf.pos)
        except json.JSONDecodeError as exc:
            size = len(buf.text) - buf.pos
            if not buf.eof and size < max_item and _near_end(exc, buf.text, 32):
                buf.more(at_least=size)  # doubling keeps re-parsing linear
                continue
            if size >= max_item:
                return None, f"item too large: over {max_item:,} characters"
            if _near_end(exc, buf.text, 1):
                return None, f"truncated: the file ends inside this item ({exc.msg})"
            return None, f"bad JSON: {exc.msg} at line {buf.line + exc.lineno - 1}"
        if end >= len(buf.text) and buf.more():
            continue  # a bare number or word may go on in the next chunk
        buf.pos = end
        return value, None


def _near_end(exc: json.JSONDecodeError, text: str, margin: int) -> bool:
    """Whether the decode error may only mean the item goes on past the end of `text`.

    A literal, number or escape cut at a chunk boundary fails a few characters before the
    end ("fa|lse"); a cut string fails at its opening quote.
    """
    return exc.pos >= len(text) - margin or exc.msg.startswith("Unterminated string")


def _after_item(buf: _Buffer) -> bool:
    """Move to the ',' or ']' after an item; False at end of stream. Junk is not a delimiter."""
    if not buf.skip_space():
        return False
    if buf.text[buf.pos] not in ",]":
        return _skip_bad_item(buf)
    return True


_STRUCTURE = re.compile(r'["\[\]{},]')
_STRING_BODY = re.compile(r'(?:[^"\\]|\\.)*', re.DOTALL)


def _skip_bad_item(buf: _Buffer) -> bool:
    """Skip to the ',' or ']' that ends a malformed item at depth 0; False at end of stream.

    Strings are followed across chunks, and text already passed is let go as reading goes
    on, so a huge broken item costs no memory.
    """
    depth, in_string = 0, False
    while True:
        text, pos = buf.text, buf.pos
        while pos < len(text):
            if in_string:
                pos = _STRING_BODY.match(text, pos).end()  # type: ignore[union-attr]
                if pos >= len(text) or text[pos] != '"':
                    break  # the string (or an escape) goes on in the next chunk
                pos, in_string = pos + 1, False
                continue
            token = _STRUCTURE.search(text, pos)
            if token is None:
                pos = len(text)
                break
            t, pos = token.group(), token.end()
            if t == '"':
                in_string = True
            elif t in "[{":
                depth += 1
            elif depth == 0 and t in ",]":
                buf.pos = token.start()
                return True
            elif t in "]}":
                depth -= 1
        buf.pos = pos
        if not buf.more():
            return False

"""Stream the items of a big JSON array one at a time, without loading the whole document.

Two shapes are read, both with one sliding-window cursor and the C decoder's `raw_decode`:

* a top-level array after an optional JS prefix (Twitter archives' `window.YTD.tweets.part0 =
  [...]`, API v1 dumps, Slack channel days): `iter_json_array` yields `Item`s, reports a
  malformed item as a `BadItem` (with the line it starts on) and goes on with the next;
* an array under a key of a top-level object (Mastodon's `orderedItems`, Discord's `messages`):
  `array_items` yields the bare values and raises `JsonShapeError` at the first bad one.

Memory holds the item being decoded plus about one chunk; an item over the size limit is
refused rather than buffered.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

CHUNK = 256 * 1024  # characters read at a time (more while one item outgrows the window)
#: An item larger than this is not a real export's: refuse it rather than swallow RAM.
MAX_ITEM_CHARS = 64 * 1024 * 1024
# A decode error this near the window's end may only mean a value cut in two ("fa|lse").
_CUT_OFF_MARGIN = 64

# `window.YTD.tweets.part0 =`, `Grailbird.data.tweets_2013_01 =`, `var x =`: a JS assignment.
JS_PREFIX = re.compile(r"\s*(?:var\s+)?[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*=\s*")
_SPACE = re.compile(r"[ \t\r\n]*")
_UNCLOSED = "truncated: the array has no closing ']'"
_DECODER = json.JSONDecoder()


class JsonShapeError(ValueError):
    """The text is not JSON of the expected shape; the message says where it went wrong."""


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


class _TooLarge(Exception):
    """The value at the cursor is still unfinished after the size limit."""


class _Cursor:
    """A sliding window over a text stream that knows the offset and line of its start."""

    def __init__(self, stream: TextIO, chunk: int) -> None:
        self.stream = stream
        self.chunk = chunk
        self.text = ""
        self.pos = 0  # the next unread character in `text`
        self.consumed = 0  # characters dropped before text[0]
        self.line = 1  # line number of text[0]
        self.eof = False
        self._mark = (0, 1)  # (position, its line): line counting resumes here

    @property
    def offset(self) -> int:
        """The character offset of the cursor in the whole stream."""
        return self.consumed + self.pos

    def more(self, at_least: int = 0) -> bool:
        """Read another chunk (or at least `at_least` chars); False at end of stream."""
        if self.eof:
            return False
        data = self.stream.read(max(self.chunk, at_least))
        if not data:  # text is left as it was: a pending decode error's positions hold
            self.eof = True
            return False
        if self.pos > self.chunk:  # drop what is consumed, keeping offset and line right
            self.line = self.line_at(self.pos)
            self.consumed += self.pos
            self.text = self.text[self.pos:]
            self.pos = 0
            self._mark = (0, self.line)
        self.text += data
        return True

    def peek(self) -> str:
        """Move past whitespace and return the next character, not consumed ('' at the end)."""
        while True:
            if self.pos < len(self.text) and self.text[self.pos] not in " \t\r\n":
                return self.text[self.pos]  # the usual case, without a regex call
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def take(self, char: str) -> None:
        """Consume `char` as the next non-blank character, or raise JsonShapeError."""
        found = self.peek()
        if found != char:
            shown = repr(found) if found else "end of file"
            raise JsonShapeError(f"expected {char!r} at character {self.offset}, found {shown}")
        self.pos += 1

    def line_at(self, pos: int) -> int:
        """The line number of text[pos]; positions asked for mostly move forward."""
        mark, line = self._mark
        if pos < mark:
            mark, line = 0, self.line
        line += self.text.count("\n", mark, pos)
        self._mark = (pos, line)
        return line

    def decode(self, max_chars: int) -> Any:
        """Decode the value at the cursor and move past it, reading on while it is cut off.

        Raises _TooLarge once `max_chars` are buffered without a complete value, and the
        decoder's JSONDecodeError (positions within `text`) when the value is bad or the
        stream ends inside it.
        """
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                size = len(self.text) - self.pos
                if size >= max_chars:
                    raise _TooLarge from None
                if _cut_off(exc, self.text, _CUT_OFF_MARGIN) and self.more(at_least=size):
                    continue  # reading as much again keeps re-parsing linear
                raise
            if end >= len(self.text) and self.more():
                continue  # a bare number or word may go on in the next chunk
            self.pos = end
            return value


def _cut_off(exc: json.JSONDecodeError, text: str, margin: int) -> bool:
    """Whether the decode error may only mean the value goes on past the end of `text`.

    A literal, number or escape cut at the window's end fails a few characters before it;
    a cut string fails at its opening quote.
    """
    return exc.pos >= len(text) - margin or exc.msg.startswith("Unterminated string")


# ---- a top-level array, with recovery from bad items -------------------------------------


def iter_json_array(
    stream: TextIO, *, chunk: int = CHUNK, max_item: int = MAX_ITEM_CHARS
) -> Iterator[Item | BadItem]:
    """Yield each item of the JSON array in `stream`, after an optional JS assignment prefix.

    Raises JsonShapeError (a ValueError) when the stream does not hold an array at all; the
    caller names the file.
    """
    cur = _Cursor(stream, chunk)
    cur.more()
    if cur.text.startswith("\ufeff"):
        cur.pos = 1
    _skip_prefix(cur)
    if cur.peek() != "[":
        raise JsonShapeError("not a JSON array (expected '[' after the optional JS prefix)")
    cur.pos += 1
    index = 0
    while char := cur.peek():
        if char == "]":
            return
        index += 1
        start_line = cur.line_at(cur.pos)
        value, reason = _decode_item(cur, max_item)
        if reason is None:
            yield Item(index, start_line, value)
        else:
            yield BadItem(index, start_line, f"{reason} (item {index})")
            if not _skip_bad_item(cur):
                return
        if not _after_item(cur):
            break
        if cur.text[cur.pos] == ",":
            cur.pos += 1  # a ']' is left for the loop to see
    yield BadItem(index + 1, cur.line_at(cur.pos), _UNCLOSED)


def _skip_prefix(cur: _Cursor) -> None:
    while len(cur.text) - cur.pos < 4096 and cur.more():
        pass  # a prefix is short, but the first chunk may be shorter still
    head = cur.text[cur.pos:cur.pos + 4096]
    match = JS_PREFIX.match(head)
    if match and not head.lstrip().startswith("["):
        cur.pos += match.end()


def _decode_item(cur: _Cursor, max_item: int) -> tuple[Any, str | None]:
    """Decode the item at the cursor: (value, None), or (None, why it is malformed)."""
    try:
        return cur.decode(max_item), None
    except _TooLarge:
        return None, f"item too large: over {max_item:,} characters"
    except json.JSONDecodeError as exc:
        if _cut_off(exc, cur.text, 1):  # decode() read on, so the stream ended inside it
            return None, f"truncated: the file ends inside this item ({exc.msg})"
        return None, f"bad JSON: {exc.msg} at line {cur.line + exc.lineno - 1}"


def _after_item(cur: _Cursor) -> bool:
    """Move to the ',' or ']' after an item; False at end of stream. Junk is not a delimiter."""
    char = cur.peek()
    if not char:
        return False
    return char in ",]" or _skip_bad_item(cur)


_STRUCTURE = re.compile(r'["\[\]{},]')
_STRING_BODY = re.compile(r'(?:[^"\\]|\\.)*', re.DOTALL)


def _skip_bad_item(cur: _Cursor) -> bool:
    """Skip to the ',' or ']' that ends a malformed item at depth 0; False at end of stream.

    Strings are followed across chunks, and text already passed is let go as reading goes
    on, so a huge broken item costs no memory.
    """
    depth, in_string = 0, False
    while True:
        text, pos = cur.text, cur.pos
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
                cur.pos = token.start()
                return True
            elif t in "]}":
                depth -= 1
        cur.pos = pos
        if not cur.more():
            return False


# ---- an array under a key of a top-level object, strict ----------------------------------


def array_items(stream: TextIO, key: str, occurrence: int = 1, *,
                chunk: int = CHUNK) -> Iterator[Any]:
    """The items of the `occurrence`-th top-level `key` array of the object in `stream`.

    Raises JsonShapeError, saying at which character, when the text is not such an object.
    """
    seen = 0
    for name, cur in _members(stream, chunk):
        if name == key and cur.peek() == "[" and seen + 1 == occurrence:
            yield from _items(cur)
            return
        seen += _drop_member(cur, name == key)


def count_arrays(stream: TextIO, key: str, *, chunk: int = CHUNK) -> int:
    """How many top-level `key` members hold an array (JSON parsers keep the last of them)."""
    return sum(_drop_member(cur, name == key) for name, cur in _members(stream, chunk))


def _drop_member(cur: _Cursor, is_key: bool) -> bool:
    """Consume a member's value; True when it is an array under the key (walked, not kept)."""
    if is_key and cur.peek() == "[":
        for _ in _items(cur):
            pass
        return True
    _value(cur)
    return False


def _members(stream: TextIO, chunk: int) -> Iterator[tuple[str, _Cursor]]:
    """Each top-level member name, with the cursor before its value (the caller consumes it)."""
    cur = _Cursor(stream, chunk)
    cur.take("{")
    more = cur.peek() != "}"
    while more:
        name = _value(cur)
        if not isinstance(name, str):
            raise JsonShapeError(f"expected a member name at character {cur.offset}")
        cur.take(":")
        yield name, cur
        more = cur.peek() == ","
        cur.pos += more
    cur.take("}")


def _items(cur: _Cursor) -> Iterator[Any]:
    """The values of the array at the cursor, which ends up just past its ']'."""
    cur.take("[")
    if cur.peek() != "]":
        yield _value(cur)
        while cur.peek() == ",":
            cur.pos += 1
            yield _value(cur)
    cur.take("]")


def _value(cur: _Cursor) -> Any:
    """The next JSON value; a bad or oversized one is a JsonShapeError saying where."""
    cur.peek()
    try:
        return cur.decode(MAX_ITEM_CHARS)
    except _TooLarge:  # the cursor is still at the value's start
        raise JsonShapeError(f"a value at character {cur.offset} is over "
                             f"{MAX_ITEM_CHARS >> 20} MiB") from None
    except json.JSONDecodeError as exc:
        raise JsonShapeError(f"bad JSON at character {cur.consumed + exc.pos}: "
                             f"{exc.msg}") from None

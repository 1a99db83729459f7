"""Streaming the items of one array inside a top-level JSON object, one item in memory at a time.

Archives such as a Mastodon `outbox.json` are one object whose list of activities can run to
hundreds of megabytes. `json.loads` would hold all of it; this walks the object member by member
and decodes the chosen array's items one by one with the C decoder's `raw_decode`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

CHUNK = 1 << 20  # characters read at a time
MAX_VALUE = 64 << 20  # one item bigger than this is not a real archive's: stop, don't swallow RAM
_CUT_OFF_MARGIN = 64  # a decode error this near the window's end may be a value cut in two


class JsonShapeError(ValueError):
    """The text is not JSON of the expected shape; the message says where it went wrong."""


class _Cursor:
    """A window onto a text stream that grows only as far as the value being decoded."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._buf = ""
        self._pos = 0
        self._consumed = 0  # characters dropped from the front of the buffer
        self._eof = False
        self._decoder = json.JSONDecoder()

    @property
    def offset(self) -> int:
        return self._consumed + self._pos

    def _fill(self) -> bool:
        if self._eof:
            return False
        chunk = self._stream.read(CHUNK)
        if not chunk:
            self._eof = True
            return False
        self._consumed += self._pos
        self._buf = self._buf[self._pos:] + chunk
        self._pos = 0
        return True

    def peek(self) -> str:
        """The next non-blank character ('' at the end), not consumed."""
        while True:
            while self._pos < len(self._buf) and self._buf[self._pos] in " \t\r\n":
                self._pos += 1
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def take(self, char: str) -> None:
        found = self.peek()
        if found != char:
            shown = repr(found) if found else "end of file"
            raise JsonShapeError(f"expected {char!r} at character {self.offset}, found {shown}")
        self._pos += 1

    def value(self) -> Any:
        """Decode the next JSON value, reading more text while it is cut off by the window."""
        self.peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                cut_off = (exc.pos >= len(self._buf) - _CUT_OFF_MARGIN
                           or exc.msg.startswith("Unterminated string"))
                if len(self._buf) - self._pos > MAX_VALUE:
                    raise JsonShapeError(f"a value at character {self.offset} is over "
                                         f"{MAX_VALUE >> 20} MiB") from None
                if not cut_off or not self._fill():
                    raise JsonShapeError(f"bad JSON at character {self._consumed + exc.pos}: "
                                         f"{exc.msg}") from None
                continue
            # A number that ends at the window's edge may go on in the next chunk.
            if end == len(self._buf) and self._fill():
                continue
            self._pos = end
            return value


def array_items(stream: TextIO, key: str, occurrence: int = 1) -> Iterator[Any]:
    """The items of the `occurrence`-th top-level `key` array of the object in `stream`."""
    seen = 0
    for name, cursor in _members(stream):
        if name != key or cursor.peek() != "[":
            cursor.value()  # some other member: decoded and dropped
            continue
        seen += 1
        if seen == occurrence:
            yield from _items(cursor)
            return
        for _ in _items(cursor):
            pass


def count_arrays(stream: TextIO, key: str) -> int:
    """How many top-level `key` members hold an array (JSON parsers keep the last of them)."""
    seen = 0
    for name, cursor in _members(stream):
        if name == key and cursor.peek() == "[":
            seen += 1
            for _ in _items(cursor):
                pass
        else:
            cursor.value()
    return seen


def _members(stream: TextIO) -> Iterator[tuple[str, _Cursor]]:
    """Each top-level member name, with the cursor before its value (the caller consumes it)."""
    cursor = _Cursor(stream)
    cursor.take("{")
    if cursor.peek() == "}":
        return
    while True:
        name = cursor.value()
        if not isinstance(name, str):
            raise JsonShapeError(f"expected a member name at character {cursor.offset}")
        cursor.take(":")
        yield name, cursor
        if cursor.peek() == ",":
            cursor.take(",")
            continue
        cursor.take("}")
        return


def _items(cursor: _Cursor) -> Iterator[Any]:
    cursor.take("[")
    if cursor.peek() == "]":
        cursor.take("]")
        return
    while True:
        yield cursor.value()
        if cursor.peek() == ",":
            cursor.take(",")
            continue
        cursor.take("]")
        return

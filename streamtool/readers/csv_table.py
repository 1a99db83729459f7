"""CSV and TSV tables of messages: twarc-csv's tweet columns, and generic exports.

A generic table needs a header row naming a text column (text, body, message, content, ...);
ids, authors, dates, parents and threads are found under their common names. twarc-csv files
(`twarc2 csv`) are recognised by their dotted column names and read as Twitter data. The
delimiter (`,` `;` or tab) is sniffed from the header. Line numbers in messages and errors are
the file's lines, which run ahead of row numbers when a quoted field spans lines.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from ..model import Message
from . import register
from ._csvcolumns import Columns, find_columns, header_names, twarc_layout
from ._humandates import parse_human_time
from .base import FileContext, Reader
from .normalize import find_hashtags, find_mentions, find_urls, plain
from .sources import Source, iter_lines

_DELIMITERS = (",", ";", "\t")


@register
class CsvReader(Reader):
    name = "csv"
    description = "CSV/TSV tables: twarc-csv tweets, or any export with a text column"
    platform = "csv"
    priority = 70  # after the JSON and XML formats, whose heads never parse as a CSV header

    def sniff(self, source: Source) -> bool:
        header = _first_line(source.head_text())
        if header is None or header.lstrip().startswith(("{", "[", "<")):
            return False
        delimiter = sniff_delimiter(header)
        names = header_names(header, delimiter)
        return len(names) >= 2 and find_columns(names).text is not None

    def read(self, source: Source, ctx: FileContext) -> Iterator[Message]:
        with source.open_text() as stream:
            lines = _Lines(stream)
            header_line = next(iter(lines), None)
            if header_line is None:
                return
            delimiter = sniff_delimiter(header_line)
            names = header_names(header_line, delimiter)
            columns = find_columns(names)
            if columns.text is None:
                ctx.malformed(1, f"no text column: header has {', '.join(names) or 'no names'}")
                return
            twarc = twarc_layout(names)
            rows = csv.reader(lines, delimiter=delimiter)
            seen: dict[str, tuple[str, str | None]] = {}
            yield from self._rows(rows, lines, len(names), columns, twarc, seen, ctx)

    def _rows(self, rows, lines: _Lines, width: int, columns: Columns, twarc: bool,  # type: ignore[no-untyped-def]
              seen: dict[str, tuple[str, str | None]], ctx: FileContext) -> Iterator[Message]:
        record = 0
        while True:
            start = lines.number + 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                ctx.malformed(start, f"bad CSV: {exc}")
                continue
            if lines.overlong:
                lines.overlong = False
                ctx.malformed(start, "line too long")
                continue
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # blank line
            record += 1
            if len(row) != width:
                ctx.malformed(start, f"ragged row: {len(row)} fields, header has {width}")
                continue
            try:
                message = to_message(row, columns, twarc, record)
            except ValueError as exc:
                ctx.malformed(start, str(exc))
                continue
            message.source = ctx.at(start)
            _link(message, seen)
            yield message


class _Lines:
    """The stream's lines for csv.reader, with the number of the last line handed out.

    A line over the size limit is dropped (memory stays bounded) and flagged for the reader.
    """

    def __init__(self, stream: io.TextIOBase) -> None:
        self._lines = iter_lines(stream)
        self.number = 0
        self.overlong = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        self.number, line = next(self._lines)
        if line is None:
            self.overlong = True
            return "\n"
        return line


def _first_line(head: str) -> str | None:
    for line in head.splitlines():
        if line.strip():
            return line
    return None


def sniff_delimiter(header: str) -> str:
    """The delimiter that splits the header into the most recognisable column names."""
    def score(delimiter: str) -> tuple[int, int]:
        names = header_names(header, delimiter)
        return (find_columns(names).known, len(names))
    return max(_DELIMITERS, key=score)


def to_message(row: list[str], columns: Columns, twarc: bool, record: int) -> Message:
    """One row as a Message; ValueError ("missing text", "bad date: ...") for a broken row."""
    def get(index: int | None) -> str:
        return row[index].strip() if index is not None else ""

    text = get(columns.text)
    if twarc:
        text = _twarc_text(text)
    if not text:
        raise ValueError("missing text")
    try:
        created_at = parse_human_time(get(columns.created_at))
    except ValueError:
        raise ValueError(f"bad date: {get(columns.created_at)!r}") from None
    message = Message(
        id=get(columns.id) or str(record),
        text=plain(text),
        platform="twitter" if twarc else "csv",
        created_at=created_at,
        author=get(columns.author).lstrip("@") or None,
        author_name=get(columns.author_name) or None,
        reply_to=get(columns.reply_to) or None,
        reply_to_author=get(columns.reply_to_author).lstrip("@") or None,
        thread=get(columns.thread) or None,
        title=get(columns.title) or None,
    )
    reposted = get(columns.reposted)
    if not reposted and not message.reply_to:
        references = _references(get(columns.referenced))
        message.reply_to = references.get("replied_to")
        reposted = references.get("retweeted", "")
    if reposted:
        # A retweet: what it amplifies is kept where a reply keeps its parent.
        message.kind = "repost"
        message.reply_to = reposted
        message.reply_to_author = get(columns.reposted_author).lstrip("@") or None
    elif message.reply_to:
        message.kind = "reply"
    message.mentions = _entities(get(columns.mentions), "username") or find_mentions(message.text)
    message.hashtags = _entities(get(columns.hashtags), "tag") or find_hashtags(message.text)
    message.urls = _entities(get(columns.urls), "expanded_url") or find_urls(message.text)
    return message


def _twarc_text(text: str) -> str:
    """twarc-csv writes newlines as a literal backslash-n, or (older, --json-encode-text) the
    whole text as a JSON string; both become plain text again."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        try:
            decoded = json.loads(text)
        except ValueError:
            decoded = None
        if isinstance(decoded, str):
            return decoded
    return text.replace("\\n", "\n")


def _entities(cell: str, key: str) -> list[str]:
    """twarc-csv's entity columns: a JSON list of "#tag"/"@name"/URL strings, or of objects."""
    if not cell.startswith("["):
        return []
    try:
        items = json.loads(cell)
    except ValueError:
        return []
    out: list[str] = []
    for item in items if isinstance(items, list) else []:
        value = item.get(key) or item.get("url") if isinstance(item, dict) else item
        if isinstance(value, str) and value:
            value = value.lstrip("#@") if key != "expanded_url" else value
            if value not in out:
                out.append(value)
    return out


def _references(cell: str) -> dict[str, str]:
    """Early twarc-csv's one `referenced_tweets` column: [{"type": "replied_to", "id": ...}]."""
    if not cell.startswith("["):
        return {}
    try:
        items = json.loads(cell)
    except ValueError:
        return {}
    return {
        str(item["type"]): str(item["id"])
        for item in items if isinstance(items, list)
        if isinstance(item, dict) and "type" in item and "id" in item
    }


def _link(message: Message, seen: dict[str, tuple[str, str | None]]) -> None:
    """Fill what a table leaves to its parent row: a reply joins the parent's thread (or starts
    at the parent, when no thread column says otherwise) and learns the parent's author."""
    parent = seen.get(message.reply_to or "") if message.kind == "reply" else None
    if message.thread is None:
        if message.kind != "reply":  # a repost is not part of the conversation it amplifies
            message.thread = message.id
        else:
            message.thread = parent[0] if parent else message.reply_to
    if parent and message.reply_to_author is None:
        message.reply_to_author = parent[1]
    seen[message.id] = (message.thread, message.author)

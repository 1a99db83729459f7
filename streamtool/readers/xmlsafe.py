"""Reading untrusted XML exports safely, one record at a time (shared by WordPress and Disqus).

Blog exports are a flat list of records under one root (`<item>`s in WXR, `<post>`s in Disqus),
and real ones are often not well-formed XML: WordPress.com writes namespace prefixes it never
declares, old exports carry stray control characters, junk bytes precede `<?xml`, a record has an
unquoted attribute. One expat parser over the whole file would stop at the first such flaw and
lose everything after it. So `iter_records` scans the text lexically (comments, CDATA, tags) and
cuts it into top-level records; `parse_record` parses each on its own. A broken record is then
one malformed record (skipped and counted by the reader, fatal under --strict), the rest still
read, and memory holds one record at a time whatever the file's size.

Safety: a DOCTYPE that declares entities (billion laughs, external entities such as
`file:///etc/passwd`) refuses the whole file before any record is parsed, and records are parsed
with an expat parser that refuses any DOCTYPE or entity declaration; no DTD is ever fetched.
Elements are parsed without namespace processing, so `wp:comment` is simply the tag "wp:comment"
whatever namespace URI (WXR 1.0, 1.1, 1.2) or none the file declares.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TextIO
from xml.parsers import expat

from ..errors import InputError
from .base import FileContext
from .sources import Source, bom_encoding

CHUNK_CHARS = 1 << 20
#: Larger records are refused: a runaway (unclosed) element must not eat all memory.
MAX_RECORD_CHARS = 64 << 20
MAX_DOCTYPE_CHARS = 1 << 20
# Characters XML 1.0 forbids everywhere; real exports contain them (pasted from Word, old DBs).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NAME = re.compile(r"[A-Za-z_][\w:.-]*")
_TAG_END = re.compile(r"""(?:[^>"']|"[^"]*"|'[^']*')*>""")
_DECLARED = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_SPECIALS = (("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"))


@dataclass(slots=True)
class Node:
    """One parsed element: tag as written (prefix included), attributes, text, children, line."""

    tag: str
    attrs: dict[str, str]
    line: int  #: line in the file where the element starts
    children: list[Node] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All character data directly inside the element (CDATA included)."""
        return "".join(self.parts)

    def find(self, tag: str) -> Node | None:
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]

    def get(self, tag: str) -> str:
        """Stripped text of the first child named `tag`, or "" when there is none."""
        child = self.find(tag)
        return child.text.strip() if child is not None else ""


@dataclass(frozen=True, slots=True)
class Record:
    """The raw text of one top-level record and where it starts."""

    tag: str
    line: int
    text: str


def parse_record(record: Record) -> Node:
    """The record's element tree; ValueError("bad XML: ...") locates a flaw by file line."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    stack: list[Node] = []
    done: list[Node] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        node = Node(tag, attrs, record.line + parser.CurrentLineNumber - 1)
        (stack[-1].children if stack else done).append(node)
        stack.append(node)

    def refuse(*_: object) -> None:
        raise ValueError("bad XML: DOCTYPE or entity declaration inside a record (refused)")

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda _tag: stack.pop()
    parser.CharacterDataHandler = lambda data: stack[-1].parts.append(data) if stack else None
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(record.text, True)
    except expat.ExpatError as exc:
        where = record.line + (exc.lineno or 1) - 1
        raise ValueError(f"bad XML: {expat.errors.messages[exc.code]} at line {where}") from None
    return done[0]


def open_xml(source: Source) -> TextIO:
    """The file as text: in the encoding --encoding or a BOM names, else the one its XML
    declaration names (old exports say ISO-8859-1 or windows-1252), else UTF-8."""
    encoding = source.encoding or bom_encoding(source.head) or _declared_encoding(source.head)
    return io.TextIOWrapper(source.open(), encoding=encoding or "utf-8", newline="")


def _declared_encoding(head: bytes) -> str | None:
    found = _DECLARED.search(head[:1024])
    if not found:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:  # a name Python does not know: read as UTF-8, decoding errors will say so
        return None


def parsed_records(
    source: Source, ctx: FileContext, tags: frozenset[str]
) -> Iterator[tuple[Record, Node | None]]:
    """Each record of `tags` in the file with its parsed tree, streaming; a record that is not
    well-formed comes with None after it is counted as malformed (fatal under --strict)."""
    with open_xml(source) as stream:
        for record in iter_records(stream, ctx.name, tags):
            try:
                yield record, parse_record(record)
            except ValueError as exc:
                ctx.malformed(record.line, f"{exc}, in the <{record.tag}> that starts here")
                yield record, None


def iter_records(stream: TextIO, name: str, tags: frozenset[str]) -> Iterator[Record]:
    """Cut an XML document into its records named in `tags`, streaming.

    Raises InputError (naming `name` and a line) for what no record-level repair can fix: entity
    declarations, a truncated file, a record over MAX_RECORD_CHARS, no root element at all.
    Records read before such a point have already been yielded.
    """
    scanner = _Scanner(stream, name)
    yield from scanner.records(tags)


class _Scanner:
    """A text buffer over the stream with line counting; consumed text is dropped as it goes."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self.stream = stream
        self.name = name
        self.buf = ""
        self.eof = False
        self.line = 1  # line number at self.counted
        self.counted = 0

    def more(self) -> bool:
        """Append the next chunk (control characters dropped); False at end of file."""
        if self.eof:
            return False
        chunk = self.stream.read(CHUNK_CHARS)
        if not chunk:
            self.eof = True
            return False
        self.buf += _ILLEGAL.sub("", chunk)
        return True

    def line_at(self, pos: int) -> int:
        self.line += self.buf.count("\n", self.counted, pos)
        self.counted = pos
        return self.line

    def drop(self, pos: int) -> None:
        """Forget text before `pos` (already scanned): keeps memory to one record."""
        self.line_at(pos)
        self.buf = self.buf[pos:]
        self.counted = 0

    def search(
        self, pattern: re.Pattern[str], start: int, limit: int, what: str, at: int | None = None
    ) -> re.Match[str]:
        """The next match at or after `start`, reading more as needed; fails at EOF or limit,
        naming the line of `at` (where the unfinished thing began; default `start`)."""
        at = start if at is None else at
        scan_from = start
        while True:
            found = pattern.search(self.buf, scan_from)
            if found:
                return found
            scan_from = max(start, len(self.buf) - 64)  # a match may straddle the chunk end
            if len(self.buf) - at > limit:
                raise InputError(
                    f"{self.name}:{self.line_at(at)}: {what} is larger than "
                    f"{limit >> 20} MiB; is the file broken?"
                )
            if not self.more():
                raise InputError(
                    f"{self.name}:{self.line_at(at)}: {what} never ends: "
                    "the file is truncated or not well-formed XML"
                )

    def records(self, tags: frozenset[str]) -> Iterator[Record]:
        depth = 0
        root = False
        pos = 0
        while True:
            lt = self.buf.find("<", pos)
            if lt < 0:
                self.drop(len(self.buf))
                pos = 0
                if self.more():
                    continue
                break
            if lt > CHUNK_CHARS:
                self.drop(lt)
                lt = 0
            while len(self.buf) - lt < 10 and self.more():
                pass
            pos = self.skip_special(lt)
            if pos is not None:
                continue
            end = self.search(_TAG_END, lt, MAX_DOCTYPE_CHARS, "a tag").end()
            tag_text = self.buf[lt:end]
            if tag_text.startswith("</"):
                depth -= 1
            elif (m := _NAME.match(tag_text, 1)) is None:
                pos = lt + 1  # a bare "<" in text: not XML, but not ours to judge
                continue
            elif m.group() in tags and root:
                record = self.record(m.group(), lt, end, tag_text.endswith("/>"))
                yield record
                end = lt + len(record.text)
            elif not tag_text.endswith("/>"):
                depth += 1
                root = True
            pos = end
        if not root:
            raise InputError(f"{self.name}: no XML element found; not an XML export")
        if depth > 0:
            raise InputError(
                f"{self.name}:{self.line}: the file ends inside an element: it is truncated"
            )

    def skip_special(self, lt: int) -> int | None:
        """Past a comment, CDATA, processing instruction or DOCTYPE at `lt`; None if a tag."""
        for opener, closer in _SPECIALS:
            if self.buf.startswith(opener, lt):
                found = self.search(re.compile(re.escape(closer)), lt + len(opener),
                                    MAX_RECORD_CHARS, f"'{opener}'")
                return found.end()
        if self.buf.startswith("<!", lt):
            end = self.search(re.compile(r"\[.*?\]\s*>|>", re.S), lt, MAX_DOCTYPE_CHARS,
                              "the DOCTYPE").end()
            if "<!ENTITY" in self.buf[lt:end].upper():
                raise InputError(
                    f"{self.name}:{self.line_at(lt)}: refused: the DOCTYPE declares XML entities "
                    "(an entity bomb or external entity); exports never need them"
                )
            return end
        return None

    def record(self, tag: str, lt: int, start_end: int, empty: bool) -> Record:
        """The record starting at `lt` whose start tag ends at `start_end`."""
        line = self.line_at(lt)
        if not empty:
            closer = re.compile(r"<!\[CDATA\[|<!--|</" + re.escape(tag) + r"\s*>")
            pos = start_end
            while True:
                found = self.search(closer, pos, MAX_RECORD_CHARS, f"<{tag}> opened here", lt)
                pos = found.end()
                if found.group().startswith("<!"):
                    inner = "]]>" if found.group() == "<![CDATA[" else "-->"
                    pos = self.search(re.compile(re.escape(inner)), pos, MAX_RECORD_CHARS,
                                      f"<{tag}> opened here", lt).end()
                    continue
                start_end = pos
                break
        return Record(tag, line, self.buf[lt:start_end])

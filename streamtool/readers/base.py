"""What a reader is, and the bookkeeping every reader shares (options, skips, provenance)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from ..errors import BadRecordError
from ..model import Provenance
from .sources import Bundle, Source

#: How many malformed records are quoted (file:line: reason) before the rest are only counted.
EXAMPLES_KEPT = 5


@dataclass(frozen=True)
class ReadOptions:
    strict: bool = False  #: stop at the first malformed record instead of skipping it
    include_unapproved: bool = False  #: keep blog comments awaiting moderation
    encoding: str | None = None  #: force a text encoding (default: BOM, else UTF-8)


@dataclass
class FileReport:
    """What happened to one input file: the reader used, messages produced, what was skipped."""

    name: str
    reader: str
    messages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass
class ReadLog:
    """Everything a read skipped or noticed, for the report and the stderr summary."""

    files: list[FileReport] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)  #: first malformed records, "file:line: why"
    warnings: list[str] = field(default_factory=list)  #: whole files passed over, and why

    @property
    def skipped(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for f in self.files:
            total.update(f.skipped)
        return total

    @property
    def messages(self) -> int:
        return sum(f.messages for f in self.files)

    @property
    def formats(self) -> Counter[str]:
        return Counter(f.reader for f in self.files)


class FileContext:
    """Handed to a reader for one file: makes provenance, counts skips, enforces --strict."""

    def __init__(self, name: str, reader: str, options: ReadOptions, log: ReadLog) -> None:
        self.name = name
        self.reader = reader
        self.options = options
        self.log = log
        self.report = FileReport(name, reader)
        log.files.append(self.report)

    def at(self, record: int) -> Provenance:
        """Provenance for the record-th record (1-based; the line number in line formats)."""
        return Provenance(self.name, self.reader, record)

    def skip(self, reason: str, count: int = 1) -> None:
        """A record that is deliberately not a message (spam, pingback, stream control line)."""
        self.report.skipped[reason] += count

    def malformed(self, record: int | str, reason: str) -> None:
        """A record that cannot be read. Skipped and counted; fatal under --strict.

        `record` is a line number, or any locator that helps the user find it ("post 12").
        """
        where = f"{self.name}:{record}"
        if self.options.strict:
            raise BadRecordError(where, reason)
        self.report.skipped[f"malformed: {_kind_of(reason)}"] += 1
        if len(self.log.examples) < EXAMPLES_KEPT:
            self.log.examples.append(f"{where}: {reason}")


def _kind_of(reason: str) -> str:
    """Group malformed-record reasons for counting: the text before the first colon."""
    return reason.split(":", 1)[0].strip()


class Reader:
    """One export format. Subclasses set the class attributes and implement sniff and read.

    A reader that understands whole folders or archives (a Twitter or Mastodon archive, a Slack
    export) also implements `sniff_bundle` and `read_bundle`.
    """

    name: ClassVar[str]  #: the --format value
    description: ClassVar[str]  #: one line for `streamtool formats`
    platform: ClassVar[str]  #: Message.platform of what it produces
    #: Sniffing order: lower goes first. Specific formats low, catch-alls (plain text) high.
    priority: ClassVar[int] = 50

    def sniff(self, source: Source) -> bool:
        """Cheap test of `source.filename` and `source.head_text()`: is this file mine?"""
        return False

    def read(self, source: Source, ctx: FileContext) -> Iterator:
        """Stream the file's Messages, calling ctx.skip / ctx.malformed for what is not one."""
        raise NotImplementedError

    def sniff_bundle(self, bundle: Bundle) -> bool:
        return False

    def read_bundle(self, bundle: Bundle, ctx: FileContext) -> Iterator:
        raise NotImplementedError

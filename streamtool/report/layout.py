"""The report as a document: titled sections of paragraphs, tables, bars and lists.

Renderers for people (rich, markdown, html) draw these blocks; none of them decides what the
report says or in which order, so every output shows the same sections with the same numbers.
The json renderer does not use this: it writes the report data itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Heading:
    """A sub-heading inside a section."""

    text: str


@dataclass(slots=True)
class Paragraph:
    text: str


@dataclass(slots=True)
class Table:
    columns: list[str]
    rows: list[list[str]]
    numeric: set[int] = field(default_factory=set)  #: column indexes to right-align
    empty: str = "None."  #: said instead of an empty table


@dataclass(slots=True)
class Bar:
    label: str
    value: float  #: 0..1, the bar's filled share
    shown: str  #: the value as the reader should see it ("42%", "12.5")


@dataclass(slots=True)
class Bars:
    bars: list[Bar]


@dataclass(slots=True)
class Bullets:
    items: list[str]
    empty: str = "None."


@dataclass(slots=True)
class Quote:
    """An example message: who wrote it, its text, and why it was tagged."""

    author: str
    text: str
    evidence: str
    where: str  #: provenance, "file:record"


Block = Heading | Paragraph | Table | Bars | Bullets | Quote


@dataclass(slots=True)
class Section:
    key: str  #: stable id (html anchors, tests)
    title: str
    blocks: list[Block]


@dataclass(slots=True)
class Document:
    title: str
    subtitle: str
    sections: list[Section]

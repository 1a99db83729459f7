"""The report as GitHub-flavoured Markdown: headings, pipe tables, text bars."""

from __future__ import annotations

import re

from .layout import Bars, Block, Bullets, Document, Heading, Paragraph, Quote, Table

#: Width of a text bar in characters.
BAR_WIDTH = 20


def render_markdown(doc: Document) -> str:
    """The whole document as Markdown, ending in one newline."""
    parts = [f"# {doc.title}", f"_{_escape(doc.subtitle)}_"]
    for section in doc.sections:
        parts.append(f"## {section.title}")
        parts.extend(_block(block) for block in section.blocks)
    return "\n\n".join(parts) + "\n"


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"### {_escape(block.text)}"
    if isinstance(block, Paragraph):
        return _escape(block.text)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Bars):
        return _bars(block)
    if isinstance(block, Bullets):
        if not block.items:
            return block.empty
        return "\n".join(f"- {_escape(item)}" for item in block.items)
    if isinstance(block, Quote):
        body = "\n".join(f"> {_escape(line)}" for line in block.text.splitlines() or [""])
        byline = f"**{_escape(block.author)}** · {_escape(block.evidence)} · `{block.where}`"
        return f"{body}\n>\n> — {byline}"
    raise TypeError(f"no markdown for {type(block).__name__}")


def _table(table: Table) -> str:
    if not table.rows:
        return table.empty
    align = ["---:" if i in table.numeric else "---" for i in range(len(table.columns))]
    lines = [_row(table.columns), "|" + "|".join(align) + "|"]
    lines.extend(_row(row) for row in table.rows)
    return "\n".join(lines)


def _row(cells: list[str]) -> str:
    return (
        "| " + " | ".join(_escape(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"
    )


def _bars(bars: Bars) -> str:
    width = max((len(b.label) for b in bars.bars), default=0)
    lines = []
    for bar in bars.bars:
        filled = round(max(0.0, min(1.0, bar.value)) * BAR_WIDTH)
        lines.append(
            f"{bar.label:<{width}}  {'█' * filled}{'░' * (BAR_WIDTH - filled)}  {bar.shown}"
        )
    return "```\n" + "\n".join(lines) + "\n```"


def _escape(text: str) -> str:
    """Keep user text from turning into markup (emphasis, links, raw HTML).

    An underscore inside a word (suepark_cc) is left alone: GFM never reads it as emphasis.
    """
    return _MARKUP.sub(r"\\\g<0>", text)


_MARKUP = re.compile(r"[\\*`\[\]<>]|(?<!\w)_|_(?!\w)")

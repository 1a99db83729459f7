"""The report for a terminal: rich tables, bars and colour.

Builds rich renderables only; the caller's Console decides width, colour (NO_COLOR, not a
terminal) and where the text goes, so piping gives plain text of the same layout.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text

from .layout import Bars, Block, Bullets, Document, Heading, Paragraph, Quote, Table

#: Bars use at most this many cells, fewer on a narrow terminal (rich shrinks the column).
BAR_WIDTH = 30


def render_rich(doc: Document) -> RenderableType:
    """One renderable for the whole document, to pass to Console.print."""
    parts: list[RenderableType] = [
        Text(doc.title, style="bold"),
        Text(doc.subtitle, style="dim"),
    ]
    for section in doc.sections:
        parts.append(Text())
        parts.append(Rule(Text(section.title, style="bold cyan"), align="left", style="cyan"))
        for block in section.blocks:
            parts.append(Padding(_block(block), (0, 0, 0, 1), expand=False))
    return Group(*parts)


def _block(block: Block) -> RenderableType:
    if isinstance(block, Heading):
        return Text(block.text, style="bold")
    if isinstance(block, Paragraph):
        return Text(block.text)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Bars):
        return _bars(block)
    if isinstance(block, Bullets):
        if not block.items:
            return Text(block.empty, style="dim")
        return Group(*(Text.assemble(("• ", "cyan"), item) for item in block.items))
    if isinstance(block, Quote):
        return Group(
            Text(f"“{block.text}”", style="italic"),
            Text.assemble(
                ("  — ", "dim"),
                (block.author, "bold"),
                (f"  {block.evidence}", "green"),
                (f"  {block.where}", "dim"),
            ),
        )
    raise TypeError(f"no terminal rendering for {type(block).__name__}")


def _table(table: Table) -> RenderableType:
    if not table.rows:
        return Text(table.empty, style="dim")
    out = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for i, column in enumerate(table.columns):
        out.add_column(column, justify="right" if i in table.numeric else "left")
    for row in table.rows:
        out.add_row(*row)
    return out


def _bars(bars: Bars) -> RenderableType:
    grid = RichTable.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, max_width=BAR_WIDTH)
    grid.add_column(justify="right", no_wrap=True)
    for bar in bars.bars:
        filled = round(max(0.0, min(1.0, bar.value)) * BAR_WIDTH)
        drawn = Text.assemble(("█" * filled, "green"), ("░" * (BAR_WIDTH - filled), "dim"))
        grid.add_row(bar.label, drawn, bar.shown)
    return grid

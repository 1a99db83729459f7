"""`streamtool formats`: what the readers understand."""

from __future__ import annotations

import typer

from ..readers import all_readers
from . import app
from .common import handle_errors


@app.command()
@handle_errors
def formats() -> None:
    """List the export formats streamtool reads, in the order it sniffs them.

    Example: streamtool formats
    """
    readers = all_readers()
    width = max(len(r.name) for r in readers)
    for reader in readers:
        typer.echo(f"{reader.name:<{width}}  {reader.description}")

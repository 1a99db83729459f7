"""Progress on stderr for long work: bars on a terminal, nothing when piped or with --quiet."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from . import state
from .common import stderr

T = TypeVar("T")


class Tracker:
    """Counts work through one rich display; every method is a no-op when the display is off."""

    def __init__(self, display: Progress | None) -> None:
        self.display = display

    def track(self, items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
        """The items, unchanged, advancing a bar named `label` as each one passes."""
        if self.display is None:
            yield from items
            return
        task = self.display.add_task(label, total=total)
        for item in items:
            yield item
            self.display.advance(task)
        # A count of unknown length is complete once its items are: show the bar full.
        self.display.update(task, total=self.display.tasks[task].completed)

    def counter(self, label: str, total: int | None = None) -> Callable[[], None]:
        """A function to call once per unit of work, for code that takes a callback."""
        if self.display is None:
            return lambda: None
        display, task = self.display, self.display.add_task(label, total=total)
        return lambda: display.advance(task)


@contextmanager
def tracking() -> Iterator[Tracker]:
    """A Tracker whose bars show only when stderr is a terminal and --quiet was not given."""
    if state.quiet or not stderr.is_terminal:
        yield Tracker(None)
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=stderr, transient=True) as display:
        yield Tracker(display)

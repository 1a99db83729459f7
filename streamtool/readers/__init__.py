"""The registry of export-format readers: sniff each input, pick a reader, stream Messages.

Adding a format is adding one module to this package that defines a `Reader` subclass
decorated with `@register`; modules are discovered at first use.

    from streamtool.readers import read_messages, ReadLog
    log = ReadLog()
    for message in read_messages(["tweets.js"], log=log):
        ...
"""

from __future__ import annotations

import importlib
import pkgutil
import zlib
from collections.abc import Iterable, Iterator

from ..errors import InputError, UnknownFormatError, UsageError
from ..model import Message
from .base import FileContext, Reader, ReadLog, ReadOptions
from .sources import Bundle, Source, expand, open_input

__all__ = [
    "ReadLog",
    "ReadOptions",
    "Reader",
    "all_readers",
    "detect",
    "get_reader",
    "read_messages",
    "register",
]

_REGISTRY: dict[str, Reader] = {}
_DISCOVERED = False


def register(cls: type[Reader]) -> type[Reader]:
    """Class decorator: make a reader available to sniffing and to --format."""
    _REGISTRY[cls.name] = cls()
    return cls


def _discover() -> None:
    # A flag, not "is the registry empty": importing one reader module first (a test, a
    # library user) registers it, and the others must still be found.
    global _DISCOVERED
    if _DISCOVERED:
        return
    _DISCOVERED = True
    # Every public module is imported; only those with an @register class add a reader, so
    # support modules (sources, xmlsafe, jsonstream, ...) need no list of exceptions here.
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


def all_readers() -> list[Reader]:
    """Every reader, in sniffing order."""
    _discover()
    return sorted(_REGISTRY.values(), key=lambda r: (r.priority, r.name))


def get_reader(name: str) -> Reader:
    _discover()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(r.name for r in all_readers())
        raise UsageError(f"unknown format {name!r}; known formats: {known}") from None


def detect(source: Source) -> Reader | None:
    """The first reader whose sniff accepts the file, or None."""
    return next((r for r in all_readers() if r.sniff(source)), None)


def read_messages(
    inputs: Iterable[str],
    *,
    format: str | None = None,
    options: ReadOptions | None = None,
    log: ReadLog | None = None,
) -> Iterator[Message]:
    """Stream the Messages of every input (paths, folders, archives, or "-" for stdin).

    Messages whose (platform, id) was already seen in this stream are skipped and counted, so
    overlapping exports can be read together. Skips and warnings are recorded in `log`.
    """
    forced = get_reader(format) if format else None
    run = _Run(forced, options or ReadOptions(), log if log is not None else ReadLog())
    for arg in inputs:
        item = open_input(arg, run.options.encoding)
        try:
            yield from run.item(item, named=True)
        finally:
            item.close()


class _Run:
    """The state of one read_messages call: chosen reader, options, log, ids seen."""

    def __init__(self, forced: Reader | None, options: ReadOptions, log: ReadLog) -> None:
        self.forced = forced
        self.options = options
        self.log = log
        self.seen: set[int] = set()

    def item(self, item: Source | Bundle, named: bool) -> Iterator[Message]:
        if isinstance(item, Bundle):
            yield from self.bundle(item)
        else:
            yield from self.source(item, named)

    def bundle(self, bundle: Bundle) -> Iterator[Message]:
        candidates = [self.forced] if self.forced else all_readers()
        reader = next((r for r in candidates if r.sniff_bundle(bundle)), None)
        if reader is not None:
            ctx = FileContext(bundle.name, reader.name, self.options, self.log)
            yield from self.counted(reader.read_bundle(bundle, ctx), ctx, bundle.name)
            return
        for child in expand(bundle):
            try:
                yield from self.item(child, named=False)
            finally:
                child.close()

    def source(self, source: Source, named: bool) -> Iterator[Message]:
        if not source.head:
            self.log.warnings.append(f"{source.name}: empty file, nothing to read")
            return
        if source.looks_binary():
            if named and not self.forced:
                raise InputError(f"{source.name}: binary data, not a text export")
            self.log.warnings.append(f"{source.name}: skipped, binary data")
            return
        reader = self.forced or detect(source)
        if reader is None:
            if named:
                tried = ", ".join(r.name for r in all_readers())
                raise UnknownFormatError(
                    f"{source.name}: not a format streamtool knows (tried {tried}); "
                    "name one with --format"
                )
            self.log.warnings.append(f"{source.name}: skipped, not a known format")
            return
        ctx = FileContext(source.name, reader.name, self.options, self.log)
        yield from self.counted(reader.read(source, ctx), ctx, source.name)

    def counted(
        self, messages: Iterator[Message], ctx: FileContext, name: str
    ) -> Iterator[Message]:
        """Pass messages through, dropping repeats and turning decode failures into one line."""
        try:
            for message in messages:
                # A hash, not the strings: the set is the one thing here that grows with the stream.
                key = hash((message.platform, message.id))
                if key in self.seen:
                    ctx.skip("duplicate message")
                    continue
                self.seen.add(key)
                ctx.report.messages += 1
                yield message
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not {exc.encoding} text ({exc.reason} at byte {exc.start}); "
                "pass --encoding, e.g. --encoding cp1252"
            ) from exc
        except (EOFError, zlib.error, OSError) as exc:
            raise InputError(f"{name}: truncated or unreadable ({exc})") from exc

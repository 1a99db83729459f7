"""Opening inputs: files, stdin, .gz, folders, .zip and .tar.gz archives, any BOM.

A `Source` is one file-like input that a reader parses. A `Bundle` is a folder-like input (a
directory or an archive): a bundle reader may claim it whole (a Twitter or Mastodon archive),
otherwise it is expanded into its member files, each sniffed on its own.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, AnyStr, BinaryIO, TextIO

from ..errors import InputError

HEAD_BYTES = 64 * 1024
#: A line longer than this is not a message but damage (or an attack): it is skipped, not loaded.
MAX_LINE_BYTES = 16 * 1024 * 1024
STDIN_NAME = "<stdin>"
_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"
# Longest first: UTF-32 LE starts with the UTF-16 LE BOM.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(head: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of `head`, if any."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


@dataclass
class Source:
    """One input file. `open()` may be called more than once; each call starts at the beginning."""

    name: str  #: how the user knows it: a path, "<stdin>", or "archive.zip!path/in/archive"
    opener: Callable[[], BinaryIO]
    bundle: Bundle | None = None  #: the folder or archive it was found in
    member: str | None = None  #: its path inside the bundle
    encoding: str | None = None  #: forced by --encoding; otherwise BOM or UTF-8
    closer: Callable[[], None] | None = None  #: releases what the opener reads from (stdin's spool)
    _head: bytes | None = field(default=None, repr=False)

    @property
    def filename(self) -> str:
        """The bare file name, for sniffing by name (e.g. tweets.js, outbox.json)."""
        return PurePosixPath(self.member or self.name.replace("\\", "/")).name

    def open(self) -> BinaryIO:
        """The decompressed bytes of the file."""
        raw = self.opener()
        magic = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        if not magic and raw.seekable():
            magic = raw.read(2)
            raw.seek(0)
        if magic == _GZIP_MAGIC:
            return _GzipOwning(raw)  # type: ignore[return-value]
        return raw

    @property
    def head(self) -> bytes:
        """The first 64 KiB (decompressed), read once and kept for sniffing."""
        if self._head is None:
            with self.open() as f:
                try:
                    self._head = f.read(HEAD_BYTES)
                except (OSError, EOFError) as exc:  # truncated or corrupt .gz
                    raise InputError(f"{self.name}: truncated or unreadable ({exc})") from exc
        return self._head

    @property
    def text_encoding(self) -> str:
        return self.encoding or bom_encoding(self.head) or "utf-8"

    def head_text(self) -> str:
        """The head decoded for sniffing (undecodable bytes replaced, BOM removed)."""
        return self.head.decode(self.text_encoding, errors="replace").lstrip("\ufeff")

    def looks_binary(self) -> bool:
        """NUL bytes in a file without a UTF-16/32 BOM mean it is not text at all."""
        return b"\x00" in self.head[:8192] and bom_encoding(self.head) is None

    def open_text(self) -> TextIO:
        """The file as text: BOM honoured, else --encoding, else strict UTF-8, newlines kept."""
        return io.TextIOWrapper(self.open(), encoding=self.text_encoding, newline="")

    def close(self) -> None:
        if self.closer is not None:
            self.closer()

    def sibling(self, name: str) -> Source | None:
        """Another file beside this one (same folder or archive), e.g. account.js."""
        if self.bundle is not None:
            parent = PurePosixPath(self.member or "").parent
            return self.bundle.source(str(parent / name) if str(parent) != "." else name)
        if self.name == STDIN_NAME:
            return None
        path = Path(self.name).with_name(name)
        return file_source(path, self.encoding) if path.is_file() else None


class _GzipOwning(gzip.GzipFile):
    """A gzip stream that also closes the file it decompresses."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


class Bundle:
    """A folder-like input whose member files are addressed by relative POSIX paths."""

    name: str

    def members(self) -> list[str]:
        raise NotImplementedError

    def opener(self, member: str) -> Callable[[], BinaryIO]:
        raise NotImplementedError

    def source(self, member: str) -> Source | None:
        """The member as a Source, or None when it is not there."""
        if member not in self._member_set:
            return None
        return Source(
            name=f"{self.name}{self.separator}{member}",
            opener=self.opener(member),
            bundle=self,
            member=member,
            encoding=self.encoding,
        )

    def find(self, *names: str) -> list[str]:
        """Members whose file name is one of `names` (anywhere in the tree), sorted."""
        wanted = set(names)
        return sorted(m for m in self.members() if PurePosixPath(m).name in wanted)

    separator = "!"
    encoding: str | None = None

    def close(self) -> None:
        """Release the archive file, if any."""

    @property
    def _member_set(self) -> set[str]:
        cached = self.__dict__.get("_members_cache")
        if cached is None:
            cached = self.__dict__["_members_cache"] = set(self.members())
        return cached


class DirBundle(Bundle):
    separator = "/"

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        self.name = str(path).rstrip("/")
        self.encoding = encoding

    def members(self) -> list[str]:
        out = []
        for root, dirs, files in os.walk(self.path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            rel = Path(root).relative_to(self.path)
            out.extend((rel / f).as_posix() for f in sorted(files) if not f.startswith("."))
        return out

    def opener(self, member: str) -> Callable[[], BinaryIO]:
        path = self.path / member
        return lambda: open(path, "rb")  # noqa: SIM115 - the caller closes it


class ZipBundle(Bundle):
    def __init__(
        self, path: Path | str, fileobj: BinaryIO | None = None, encoding: str | None = None
    ) -> None:
        self.name = str(path)
        self.encoding = encoding
        try:
            self._zip = zipfile.ZipFile(fileobj or path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError(f"{path}: not a readable zip archive ({exc})") from exc

    def close(self) -> None:
        self._zip.close()

    def members(self) -> list[str]:
        return sorted(i.filename for i in self._zip.infolist() if not i.is_dir())

    def opener(self, member: str) -> Callable[[], BinaryIO]:
        def open_member() -> BinaryIO:
            try:
                return io.BufferedReader(self._zip.open(member))  # type: ignore[arg-type]
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise InputError(f"{self.name}!{member}: truncated or corrupt ({exc})") from exc

        return open_member


class TarBundle(Bundle):
    def __init__(self, path: Path | str, encoding: str | None = None) -> None:
        self.name = str(path)
        self.encoding = encoding
        try:
            self._tar = tarfile.open(path, "r:*")  # noqa: SIM115 - closed by close()
            self._infos = {
                i.name.removeprefix("./"): i for i in self._tar.getmembers() if i.isfile()
            }
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise InputError(f"{path}: not a readable tar archive, or truncated ({exc})") from exc

    def close(self) -> None:
        self._tar.close()

    def members(self) -> list[str]:
        return sorted(self._infos)

    def opener(self, member: str) -> Callable[[], BinaryIO]:
        def open_member() -> BinaryIO:
            f = self._tar.extractfile(self._infos[member])
            assert f is not None  # regular files only, see __init__
            return io.BufferedReader(f)  # type: ignore[arg-type]

        return open_member


def iter_lines(
    stream: IO[AnyStr], limit: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, AnyStr | None]]:
    """(line number, line) for each line of a text or binary stream; None for a line longer than
    `limit`, whose rest is read through in chunks and dropped so memory stays bounded."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        newline = b"\n" if isinstance(line, bytes) else "\n"
        if len(line) <= limit or line.endswith(newline):  # type: ignore[arg-type]
            yield number, line
            continue
        while line and not line.endswith(newline):  # type: ignore[arg-type]
            line = stream.readline(limit)
        yield number, None


def file_source(path: Path, encoding: str | None = None) -> Source:
    return Source(name=str(path), opener=lambda: open(path, "rb"), encoding=encoding)


def stdin_source(encoding: str | None = None, stream: BinaryIO | None = None) -> Source:
    """Standard input, spooled so that it can be sniffed and then read (RAM up to 16 MiB)."""
    spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115
    src = stream if stream is not None else sys.stdin.buffer
    while chunk := src.read(1024 * 1024):
        spool.write(chunk)

    def reopen() -> BinaryIO:
        return io.BufferedReader(_SpoolView(spool))  # type: ignore[arg-type]

    return Source(name=STDIN_NAME, opener=reopen, encoding=encoding, closer=spool.close)


class _SpoolView(io.RawIOBase):
    """A fresh view of stdin's spool: closing it (as readers do) leaves the spool open."""

    def __init__(self, spool: BinaryIO) -> None:
        self._spool = spool
        self._pos = 0

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        self._spool.seek(self._pos)
        n = self._spool.readinto(buffer)  # type: ignore[attr-defined]
        self._pos += n
        return n

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, pos: int, whence: int = 0) -> int:
        if whence == io.SEEK_END:
            pos += self._spool.seek(0, io.SEEK_END)
        elif whence == io.SEEK_CUR:
            pos += self._pos
        self._pos = pos
        return pos

    def tell(self) -> int:
        return self._pos


def is_archive(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".zip", ".tar", ".tar.gz", ".tgz"))


def open_input(arg: str, encoding: str | None = None) -> Source | Bundle:
    """Turn one command-line argument into a Source or a Bundle, or fail with a clear error."""
    if arg == "-":
        return stdin_source(encoding)
    path = Path(arg)
    if path.is_dir():
        return DirBundle(path, encoding)
    if not path.exists():
        raise InputError(f"{arg}: no such file or folder")
    if not path.is_file():
        raise InputError(f"{arg}: not a regular file")
    if not os.access(path, os.R_OK):
        raise InputError(f"{arg}: permission denied")
    name = path.name.lower()
    if name.endswith(".zip"):
        return ZipBundle(path, encoding=encoding)
    if name.endswith((".tar", ".tar.gz", ".tgz")):
        return TarBundle(path, encoding)
    with open(path, "rb") as f:
        if f.read(4) == _ZIP_MAGIC:
            return ZipBundle(path, encoding=encoding)
    return file_source(path, encoding)


#: Files that sit beside exports in a folder but are never conversation: passed over quietly.
_PAPERWORK = re.compile(r"(readme|licen[cs]e|copying|changelog|notice)(\.[a-z]+)?$", re.IGNORECASE)


def expand(bundle: Bundle) -> Iterator[Source | Bundle]:
    """The parts of a bundle that no bundle reader claimed.

    A folder yields its files, and its sub-folders and archives as bundles of their own (so a
    Mastodon archive inside a folder of streams is still read as one archive); an archive yields
    its member files.
    """
    if not isinstance(bundle, DirBundle):
        for member in bundle.members():
            source = bundle.source(member)
            if source is not None:
                yield source
        return
    for child in sorted(bundle.path.iterdir()):
        if child.name.startswith(".") or _PAPERWORK.match(child.name):
            continue
        if child.is_dir() or is_archive(child):
            yield open_input(str(child), bundle.encoding)
        elif child.is_file():
            yield file_source(child, bundle.encoding)

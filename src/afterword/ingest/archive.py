"""Zip containers (.docx and any other zip input): refuse decompression bombs before a parser sees a byte.

An archive is checked when it is opened (member count, total declared size, each member's compression ratio), and
every member is then read through a stream that counts what it really unpacks, so a zip directory that lies about
its sizes cannot get past the limits either.
"""

from __future__ import annotations

import io
import time
import zipfile
import zlib
from typing import BinaryIO

from afterword.errors import InputError

MAX_MEMBERS = 5_000  # a .docx holds a few dozen parts; thousands are a hostile or broken file
MAX_UNPACKED = 256 * 1024 * 1024  # all members together, as declared and as really read
MAX_RATIO = 100  # a member that expands more than this ...
RATIO_FLOOR = 1024 * 1024  # ... and to more than 1 MB is a bomb (small XML parts may compress very well)
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                RuntimeError, ValueError, KeyError)


def reason(error: BaseException) -> str:
    """What went wrong, on one short line (library messages may span lines or quote whole documents)."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _damaged(name: str, error: BaseException) -> InputError:
    return InputError(f"{name} is not a readable .docx file ({reason(error)}); open it in Word and save it "
                      "again, or export it as PDF")


class OutOfTime(InputError):
    """Reading a member took longer than the reader allowed."""


class Archive:
    """A zip archive, already checked for bombs; ``open`` streams one member with its size enforced."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _READ_ERRORS as error:
            raise _damaged(name, error) from None
        if len(infos) > MAX_MEMBERS:
            raise InputError(f"{name} holds {len(infos):,} files, more than a document ever needs "
                             f"({MAX_MEMBERS:,}); open it in Word and save it again, or export it as PDF")
        declared = sum(info.file_size for info in infos)
        if declared > MAX_UNPACKED:
            raise InputError(f"{name} unpacks to {declared / 1_048_576:,.0f} MB, over the "
                             f"{MAX_UNPACKED // 1_048_576} MB limit; save a smaller copy (fewer or smaller "
                             "images) or export it as PDF")
        for info in infos:
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise InputError(f"{name} looks like a zip bomb ({info.filename} expands "
                                 f"{info.file_size // max(info.compress_size, 1):,} times); it is not read — "
                                 "save the document again from your editor, or export it as PDF")
        self._infos = {info.filename: info for info in infos}
        self._left = MAX_UNPACKED  # what all members may still unpack to, counted as they are read

    def __contains__(self, member: str) -> bool:
        return member in self._infos

    def size(self, member: str) -> int:
        """The size ``member`` declares (reading never gets past it)."""
        return self._infos[member].file_size

    def open(self, member: str, *, deadline: float | None = None) -> MemberStream:
        """A stream of one member that refuses to unpack more than its declared size or the archive's budget, or
        (with ``deadline``, a ``time.monotonic()`` value) to go on past that time."""
        try:
            info = self._infos[member]
            stream = self._zip.open(info)
        except _READ_ERRORS as error:
            raise _damaged(self.name, error) from None
        return MemberStream(self, stream, info.file_size, deadline)

    def read(self, member: str) -> bytes:
        """One member's bytes, read through ``open``."""
        with self.open(member) as stream:
            return stream.read()

    def _spend(self, size: int) -> None:
        self._left -= size
        if self._left < 0:
            raise InputError(f"{self.name} unpacks to more than {MAX_UNPACKED // 1_048_576} MB; save a smaller "
                             "copy or export it as PDF")


class MemberStream(io.RawIOBase):
    """A member stream that counts the bytes it unpacks against the member's declared size and the archive's budget,
    and keeps to a deadline and to the window its reader allows (see ``allow``)."""

    def __init__(self, archive: Archive, stream: BinaryIO, declared: int, deadline: float | None = None) -> None:
        super().__init__()
        self._archive, self._stream, self._left, self._deadline = archive, stream, declared, deadline
        self._unpacked = 0
        self._window: tuple[int, int] | None = None  # (size allowed, unpacked count it ends at)

    def allow(self, size: int) -> None:
        """Refuse to unpack more than ``size`` further bytes until the next call: a reader calls this each time it
        finishes a piece (a paragraph, a table), so markup that never finishes one cannot pile up in memory."""
        self._window = (size, self._unpacked + size)

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(65_536), b""))
        try:
            data = self._stream.read(size)
        except _READ_ERRORS as error:
            raise _damaged(self._archive.name, error) from None
        self._left -= len(data)
        if self._left < 0:
            raise InputError(f"{self._archive.name} unpacks to more than its zip directory says (a damaged or "
                             "hostile file); open it in Word and save it again, or export it as PDF")
        self._archive._spend(len(data))
        self._unpacked += len(data)
        name = self._archive.name
        if self._window is not None and self._unpacked > self._window[1]:
            raise InputError(f"{name} has over {self._window[0] // 1_048_576} MB of markup in one stretch, with no "
                             "paragraph or table ending in it (a damaged or hostile file); open it in Word and save "
                             "it again, or export it as PDF")
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise OutOfTime(f"{name} takes too long to read; open it in Word and save it again, or export it as "
                            "PDF")
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


def open_archive(data: bytes, name: str) -> Archive:
    """Open zip ``data`` (the file called ``name``), refusing bombs; an InputError names the problem and the fix."""
    return Archive(data, name)

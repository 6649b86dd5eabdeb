"""Atomic file writes: a reader never sees a half-written file, and a failed write leaves the old one intact."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from afterword.errors import AfterwordError


def _is_special(path: Path) -> bool:
    """True for an existing path that must be written in place: a device, FIFO or socket (/dev/null, /dev/stdout)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) or str(path).startswith("/dev/") or os.path.realpath(path).startswith("/proc/")


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file next to its real target and an atomic rename.

    A symlink is written through (its target is replaced, the link kept); a device or FIFO is written directly.
    """
    path = Path(path)
    if path.is_dir():
        raise AfterwordError(f"{path} is a folder; give a file name to write to")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if _is_special(path):
            with open(path, "wb") as handle:
                handle.write(payload)
            return
        target = Path(os.path.realpath(path))
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _new_file_mode()
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, mode)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise AfterwordError(f"cannot write {path} ({error.strerror}); check the folder exists and is "
                             "writable") from None

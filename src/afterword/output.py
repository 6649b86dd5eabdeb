"""Safe file writes: a reader never sees a half-written file, a failed write leaves the old one intact, and nothing
is written where the user would not expect it (a read-only file, a dangling symlink, a folder that isn't there)."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from afterword.errors import AfterwordError

MAX_FRESH_NAMES = 999


class OutputExistsError(AfterwordError):
    """The file to create is already there, and this write never replaces one."""


def names_folder(raw: str) -> bool:
    """True when an output path given by the user means "into this folder": it ends in a slash or is a folder."""
    return raw.endswith(("/", os.sep)) or Path(raw).is_dir()


def output_path(raw: str, default_name: str) -> Path:
    """The file an -o/--output value names: itself, or ``default_name`` inside it when it names a folder."""
    if not names_folder(raw):
        return Path(raw)
    folder = Path(raw)
    if not folder.is_dir():
        raise AfterwordError(f"folder {raw} does not exist; create it first or give another path")
    return folder / default_name


def _is_special(path: Path) -> bool:
    """True for an existing path that must be written in place: a device, FIFO or socket (/dev/null, /dev/stdout)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if stat.S_ISDIR(mode):
        return False
    return not stat.S_ISREG(mode) or str(path).startswith("/dev/") or os.path.realpath(path).startswith("/proc/")


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _read_only(path: Path) -> bool:
    """No write permission bit at all (what chmod a-w leaves; root bypasses it, so os.access alone is not enough),
    or not writable by this user."""
    return not stat.S_IMODE(path.stat().st_mode) & 0o222 or not os.access(path, os.W_OK)


def _writable_target(path: Path) -> Path:
    """The regular file a write to ``path`` lands on (a symlink's target); a one-line AfterwordError naming the fix
    when it must not be written."""
    if path.is_dir():
        raise AfterwordError(f"{path} is a folder; give a file name to write to")
    if path.is_symlink() and not os.path.exists(path):
        raise AfterwordError(f"{path} is a symbolic link to {os.readlink(path)}, which does not exist; remove the "
                             "link or give another path")
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        folder = path.parent if target == path.absolute() else target.parent
        raise AfterwordError(f"folder {folder} does not exist; create it first or give another path")
    if target.exists() and _read_only(target):
        raise AfterwordError(f"{path} is read-only; make it writable (chmod u+w) or give another path")
    return target


def _cannot_write(path: Path, error: OSError) -> AfterwordError:
    return AfterwordError(f"cannot write {path} ({error.strerror}); check the folder is writable")


def ensure_writable(path: Path) -> None:
    """Check before the work that ``path`` may be written (write_atomic checks again when it writes)."""
    path = Path(path)
    try:
        if not _is_special(path):
            _writable_target(path)
    except OSError as error:
        raise _cannot_write(path, error) from None


def _write_in_place(path: Path, payload: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(payload)


def _install(target: Path, payload: bytes, mode: int, *, replace: bool) -> None:
    """Write ``payload`` to a temporary file next to ``target``, then rename it over ``target`` (``replace``) or
    hard-link it to ``target``, which fails if ``target`` exists: a new file appears whole or not at all."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        if replace:
            os.replace(temp, target)
            return
        try:
            os.link(temp, target)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: create exclusively (never replaces, not atomic)
            with open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), "wb") as handle:
                handle.write(payload)
    finally:
        Path(temp).unlink(missing_ok=True)


def _payload(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file next to its real target and an atomic rename.

    A symlink to a file is written through (its target is replaced, the link kept); a device or FIFO is written
    directly. A folder, a dangling symlink, a read-only file or a missing folder is refused with a one-line
    AfterwordError; folders are never created.
    """
    path = Path(path)
    payload = _payload(data)
    try:
        if _is_special(path):
            _write_in_place(path, payload)
            return
        target = _writable_target(path)
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _new_file_mode()
        _install(target, payload, mode, replace=True)
    except OSError as error:
        raise _cannot_write(path, error) from None


def write_new(path: Path, data: str | bytes) -> None:
    """Like write_atomic, but never replaces anything: OutputExistsError when ``path`` exists (even as a dangling
    symlink). A device or FIFO is still written in place."""
    path = Path(path)
    payload = _payload(data)
    try:
        if _is_special(path):
            _write_in_place(path, payload)
            return
        if os.path.lexists(path):
            raise OutputExistsError(f"{path} already exists; give another path")
        target = _writable_target(path)
        _install(target, payload, _new_file_mode(), replace=False)
    except FileExistsError:
        raise OutputExistsError(f"{path} already exists; give another path") from None
    except OSError as error:
        raise _cannot_write(path, error) from None


def fresh_names(path: Path) -> Iterator[Path]:
    """``path``, then the same name with -2, -3 ... before the suffix (closing-card-2.pdf)."""
    yield path
    for number in range(2, MAX_FRESH_NAMES + 1):
        yield path.with_name(f"{path.stem}-{number}{path.suffix}")


def write_fresh(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` or, if that is taken, the first free name of fresh_names(path); never replaces a
    file. Returns the path written."""
    for candidate in fresh_names(Path(path)):
        try:
            write_new(candidate, data)
            return candidate
        except OutputExistsError:
            continue
    raise AfterwordError(f"{path} and {MAX_FRESH_NAMES - 1} numbered variants already exist; give another path")


def make_fresh_folder(path: Path) -> Path:
    """Create the folder ``path`` or, if that name is taken (by anything, even a dangling symlink), the first free
    name of fresh_names(path) (after-the-interview-2): never writes into a folder that was there. Its parent must
    exist. Returns the folder created."""
    path = Path(path)
    if not path.absolute().parent.is_dir():
        raise AfterwordError(f"folder {path.parent} does not exist; create it first or give another path")
    for candidate in fresh_names(path):
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:
            continue
        except OSError as error:
            raise _cannot_write(candidate, error) from None
    raise AfterwordError(f"{path} and {MAX_FRESH_NAMES - 1} numbered variants already exist; give another path")

"""write_atomic: through symlinks to their target, in place on devices and FIFOs, with the usual file mode."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from afterword.output import write_atomic


def test_writes_through_a_symlink_to_its_target(tmp_path: Path) -> None:
    real_dir, link_dir = tmp_path / "real", tmp_path / "links"
    real_dir.mkdir()
    link_dir.mkdir()
    target = real_dir / "card.md"
    target.write_text("old\n", encoding="utf-8")
    link = link_dir / "card.md"
    link.symlink_to(target)
    write_atomic(link, "new\n")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in real_dir.iterdir()) == ["card.md"]  # no temporary file left behind
    assert sorted(p.name for p in link_dir.iterdir()) == ["card.md"]


def test_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.md"
    link.symlink_to(tmp_path / "target.md")
    write_atomic(link, "hello\n")
    assert link.is_symlink()
    assert (tmp_path / "target.md").read_text(encoding="utf-8") == "hello\n"


def test_dev_null_stays_a_character_device() -> None:
    write_atomic(Path("/dev/null"), "discarded\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(fifo, "through the pipe\n")
    reader.join(timeout=5)
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_replacing_keeps_the_existing_mode(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text(encoding="utf-8") == "new\n"


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_file_mode_follows_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "new.md", "hello\n")
        assert os.umask(umask) == umask  # the umask is restored after reading it
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == mode

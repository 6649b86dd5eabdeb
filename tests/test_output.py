"""Writing files: through symlinks to a file, in place on devices and FIFOs, with the usual file mode; never over a
read-only file, through a dangling symlink or into a folder that is not there; new files never replace one."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from afterword.errors import AfterwordError
from afterword.output import OutputExistsError, output_path, write_atomic, write_fresh, write_new


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


def test_dangling_symlink_is_refused_and_not_followed(tmp_path: Path) -> None:
    link = tmp_path / "out.md"
    link.symlink_to(tmp_path / "target.md")
    with pytest.raises(AfterwordError, match=r"out\.md is a symbolic link to .*target\.md, which does not exist"):
        write_atomic(link, "hello\n")
    assert link.is_symlink() and not (tmp_path / "target.md").exists()


def test_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "card.md"
    path.write_text("keep\n", encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(AfterwordError, match=r"card\.md is read-only; make it writable \(chmod u\+w\)"):
        write_atomic(path, "new\n")
    assert path.read_text(encoding="utf-8") == "keep\n"
    assert [p.name for p in tmp_path.iterdir()] == ["card.md"]


def test_missing_folder_is_named_not_created(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "card.md"
    with pytest.raises(AfterwordError, match=r"folder .*no/such does not exist; create it first"):
        write_atomic(path, "x\n")
    assert not (tmp_path / "no").exists()


def test_a_folder_is_not_a_file_name(tmp_path: Path) -> None:
    with pytest.raises(AfterwordError, match="is a folder; give a file name"):
        write_atomic(tmp_path, "x\n")


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


def test_write_new_never_replaces(tmp_path: Path) -> None:
    path = tmp_path / "card.pdf"
    write_new(path, b"first")
    with pytest.raises(OutputExistsError, match=r"card\.pdf already exists; give another path"):
        write_new(path, b"second")
    dangling = tmp_path / "link.pdf"
    dangling.symlink_to(tmp_path / "elsewhere.pdf")
    with pytest.raises(OutputExistsError):
        write_new(dangling, b"x")
    assert path.read_bytes() == b"first" and not (tmp_path / "elsewhere.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.pdf", "link.pdf"]


def test_write_new_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_new(tmp_path / "new.pdf", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o600


def test_write_fresh_takes_the_next_free_name(tmp_path: Path) -> None:
    path = tmp_path / "closing-card.pdf"
    path.write_bytes(b"mine")
    (tmp_path / "closing-card-2.pdf").write_bytes(b"mine too")
    assert write_fresh(path, b"demo") == tmp_path / "closing-card-3.pdf"
    assert write_fresh(path, b"again") == tmp_path / "closing-card-4.pdf"
    assert path.read_bytes() == b"mine" and (tmp_path / "closing-card-2.pdf").read_bytes() == b"mine too"
    assert (tmp_path / "closing-card-3.pdf").read_bytes() == b"demo"


def test_output_path_into_a_folder(tmp_path: Path) -> None:
    assert output_path(str(tmp_path), "match.md") == tmp_path / "match.md"
    assert output_path(f"{tmp_path}/", "match.md") == tmp_path / "match.md"
    assert output_path(str(tmp_path / "report.md"), "match.md") == tmp_path / "report.md"
    with pytest.raises(AfterwordError, match=r"folder .*missing/ does not exist; create it first"):
        output_path(f"{tmp_path}/missing/", "match.md")
    assert not (tmp_path / "missing").exists()


def test_make_fresh_folder_never_takes_a_name_in_use(tmp_path: Path) -> None:
    from afterword.output import make_fresh_folder

    (tmp_path / "letters").mkdir()
    (tmp_path / "letters" / "mine.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "letters-2").write_text("a file", encoding="utf-8")
    (tmp_path / "letters-3").symlink_to(tmp_path / "nowhere")
    assert make_fresh_folder(tmp_path / "letters") == tmp_path / "letters-4"
    assert make_fresh_folder(tmp_path / "new") == tmp_path / "new"
    assert [p.name for p in (tmp_path / "letters").iterdir()] == ["mine.txt"] and not (tmp_path / "nowhere").exists()
    with pytest.raises(AfterwordError, match=r"folder .*missing does not exist"):
        make_fresh_folder(tmp_path / "missing" / "letters")

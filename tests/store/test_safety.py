"""Safety of the store under real failures, through real processes: `kill -9` in the middle of a 10,000-application
import, two processes adding at once, a read-only database or file system, a full disk. Each leaves a consistent
database and, at the command line, one line of error with exit 1 and no traceback."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine, make_url

from afterword.errors import StoreError
from afterword.services.portability import export_json, import_file
from afterword.settings import load_settings
from afterword.store import engine
from afterword.store.session import open_store
from afterword.store.tables import Application, StageEvent
from tests.store.portability_data import fill, many_applications

ROOT = Path(__file__).resolve().parents[2]


def _counts(url: str) -> tuple[int, int]:
    with open_store(load_settings(database_url=url)) as store, store.transaction() as session:
        return (session.scalar(select(func.count()).select_from(Application)) or 0,
                session.scalar(select(func.count()).select_from(StageEvent)) or 0)


def _afterword(*args: str, url: str, **options: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "afterword", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "AFTERWORD_DATABASE_URL": url}, **options)  # type: ignore[call-overload]


def _run(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    process = _afterword(*args, url=url)
    stdout, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def _writing(url: str, process: subprocess.Popen[str]) -> bool:
    """True once the import has written part of its transaction (and not yet committed it)."""
    path = make_url(url).database or ""
    if url.startswith("sqlite"):
        wal = Path(f"{path}-wal")
        return wal.exists() and wal.stat().st_size > 2_000_000
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return bool(connection.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = :name AND pid <> pg_backend_pid() AND "
                "backend_xid IS NOT NULL"), {"name": path}).scalar())
    finally:
        engine.dispose()


def test_kill_9_during_a_10000_application_import_leaves_none_or_all(store_url: str, tmp_path: Path) -> None:
    export = tmp_path / "big.json"
    export.write_text(json.dumps(many_applications(10_000)), encoding="utf-8")
    assert _counts(store_url) == (0, 0)  # the database exists and is migrated: the import's writes are its own
    process = _afterword("import", str(export), url=store_url)
    deadline = time.monotonic() + 60
    while not _writing(store_url, process) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    if not store_url.startswith("sqlite"):
        time.sleep(0.3)  # the server has the first rows; kill it while it writes the rest
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the import ended before it could be killed"

    if store_url.startswith("sqlite"):
        with open_store(load_settings(database_url=store_url)) as store, store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert _counts(store_url) in ((0, 0), (10_000, 50_000))
    finished = _run("import", str(export), url=store_url)
    assert finished.returncode == 0, finished.stderr
    assert _counts(store_url) == (10_000, 50_000)


ADDER = """
import sys, time
from afterword.settings import load_settings
from afterword.store import engine
from afterword.store.session import open_store
from afterword.store import applications
name, count, start = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
with open_store(load_settings()) as store:
    while time.time() < start:
        time.sleep(0.005)
    for number in range(count):
        with store.transaction() as session:
            applications.add(session, company=f"Acme {number % 3}", role=f"{name} {number}")
"""


def test_two_processes_adding_at_once_lose_nothing(store_url: str) -> None:
    """Both start on a database not made yet, wait for the same instant, then add to the same three companies."""
    start = time.time() + 3
    adders = [subprocess.Popen([sys.executable, "-c", ADDER, name, "60", str(start)], cwd=ROOT,
                               stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "AFTERWORD_DATABASE_URL": store_url}) for name in ("A", "B")]
    errors = [adder.communicate(timeout=120)[1] for adder in adders]
    assert [adder.returncode for adder in adders] == [0, 0], errors
    assert _counts(store_url) == (120, 120)
    with open_store(load_settings(database_url=store_url)) as store, store.transaction() as session:
        assert session.scalar(text("SELECT count(*) FROM company")) == 3


def _one_line_error(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"error: {expected}"), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def _export_of(count: int, tmp_path: Path) -> str:
    path = tmp_path / f"export-{count}.json"
    path.write_text(json.dumps(many_applications(count)), encoding="utf-8")
    return str(path)


def test_a_read_only_database_file_is_one_line_and_untouched(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'afterword.db'}"
    assert _counts(url) == (0, 0)
    (tmp_path / "afterword.db").chmod(0o444)
    result = _run("import", _export_of(3, tmp_path), url=url)
    _one_line_error(result, f"the database {url} is read-only; make it writable (chmod u+w)")
    assert _counts(url) == (0, 0)


@pytest.mark.postgresql
def test_a_read_only_postgresql_database_is_one_line(postgres_database: str, tmp_path: Path) -> None:
    assert _counts(postgres_database) == (0, 0)
    admin = create_engine(postgres_database, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        name = make_url(postgres_database).database
        connection.exec_driver_sql(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    admin.dispose()
    result = _run("import", _export_of(3, tmp_path), url=postgres_database)
    _one_line_error(result, "the database postgresql+psycopg://")
    assert "is read-only (a standby or a read-only transaction)" in result.stderr


@contextmanager
def _mounted(folder: Path, *options: str) -> Iterator[Path]:
    """A file system of its own at ``folder`` (root only; skip where mounting is not allowed)."""
    folder.mkdir()
    made = subprocess.run(["mount", *options, str(folder)], capture_output=True, text=True, check=False) \
        if os.geteuid() == 0 else None
    if made is None or made.returncode != 0:
        pytest.skip(f"cannot mount a file system here ({made.stderr.strip() if made else 'not root'})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_read_only_file_system_is_one_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert _counts(f"sqlite:///{home / 'afterword.db'}") == (0, 0)
    with _mounted(tmp_path / "read-only", "--bind", "-o", "ro", str(home)) as folder:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        url = f"sqlite:///{folder / 'afterword.db'}"
        _one_line_error(_run("import", _export_of(3, tmp_path), url=url), f"cannot open the database {url}")
        _one_line_error(_run("export", "-o", str(folder / "e.json"), url=f"sqlite:///{tmp_path}/other.db"),
                        f"cannot write {folder / 'e.json'} (Read-only file system)")
    assert _counts(f"sqlite:///{home / 'afterword.db'}") == (0, 0)


def test_a_full_disk_is_one_line_and_nothing_is_half_written(tmp_path: Path) -> None:
    with _mounted(tmp_path / "small-disk", "-t", "tmpfs", "-o", "size=1m", "tmpfs") as folder:
        url = f"sqlite:///{folder / 'afterword.db'}"
        assert _counts(url) == (0, 0)
        _one_line_error(_run("import", _export_of(2_000, tmp_path), url=url),
                        f"the disk holding the database {url} is full; free some space and try again")
        assert _counts(url) == (0, 0)
        with open_store(load_settings(database_url=url)) as store, store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        (folder / "filler").write_bytes(b"\0" * (1024 * 1024 - (folder / "afterword.db").stat().st_size))
        result = _run("export", "-o", str(folder / "e.json"), url=f"sqlite:///{tmp_path / 'other.db'}")
        _one_line_error(result, f"cannot write {folder / 'e.json'} (No space left on device)")
        assert sorted(path.name for path in folder.iterdir()) == ["afterword.db", "filler"]  # no temporary file


def test_a_full_database_rolls_the_whole_import_back(tmp_path: Path) -> None:
    """Without a small disk to mount: SQLite's max_page_count makes the database 'full' the same way."""
    settings = load_settings(home=tmp_path)
    assert _counts(f"sqlite:///{tmp_path / 'afterword.db'}") == (0, 0)

    def small_disk(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA max_page_count=200")  # type: ignore[attr-defined]

    event.listen(Engine, "connect", small_disk)
    try:
        with pytest.raises(StoreError, match="is full; free some space and try again"):
            import_file(_export_of(2_000, tmp_path), settings)
    finally:
        event.remove(Engine, "connect", small_disk)
    assert _counts(f"sqlite:///{tmp_path / 'afterword.db'}") == (0, 0)


def test_an_export_reads_while_another_command_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Writers take SQLite's write lock at their start; work that only reads never waits for it."""
    monkeypatch.setattr(engine, "LOCK_WAIT_SECONDS", 0)  # a writer gives up at once instead of after 5 s
    settings = load_settings(home=tmp_path)
    with open_store(settings) as store:
        fill(store)
    writer = sqlite3.connect(tmp_path / "afterword.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        assert len(json.loads(export_json(settings))["applications"]) == 2
        assert time.monotonic() - started < 2  # no wait for the writer
        with pytest.raises(StoreError, match="stayed locked by another program"), \
                open_store(settings) as store, store.transaction() as session:
            session.execute(text("SELECT 1"))
    finally:
        writer.execute("ROLLBACK")
        writer.close()

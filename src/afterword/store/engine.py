"""The SQLAlchemy engine for the configured database: a SQLite file in the home folder, or PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError

from afterword.errors import StoreError
from afterword.settings import Settings
from afterword.store.constants import DATABASE_FILE, LOCK_WAIT_SECONDS, POSTGRES_CONNECT_TIMEOUT_SECONDS
from afterword.store.failures import masked_url

READING_OPTION = "afterword_reading"  # an execution option: this transaction only reads


def database_url(settings: Settings) -> str:
    """The URL of the database: AFTERWORD_DATABASE_URL, or the SQLite file afterword.db in the home folder."""
    if settings.database_url:
        return settings.database_url
    return URL.create("sqlite", database=str(settings.home / DATABASE_FILE)).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for PostgreSQL and for an in-memory SQLite database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def read_only_file(path: Path) -> bool:
    """True for an existing file without any write bit, or not writable by this user (root ignores the bits, but a
    file the user made read-only is still never written)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_IMODE(mode) & 0o222 or not os.access(path, os.W_OK)


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Put the database in WAL mode (it stays so: the next connections only read that it is). Switching needs the
    database to itself, and SQLite answers "locked" at once, without the busy timeout, when another connection
    holds it meanwhile (two commands opening a database neither has made yet): so it is tried again until the
    busy timeout has passed, and the last "locked" goes to the caller (a one-line StoreError)."""
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _sqlite_pragmas(*, read_only: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event emits BEGIN, so DDL is transactional
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={LOCK_WAIT_SECONDS * 1000}")
        if not read_only:
            _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return on_connect


def _sqlite_engine(url: str, path: Path | None, *, create_folder: bool) -> Engine:
    read_only = path is not None and read_only_file(path)
    options: dict[str, Any] = {}
    if path is not None and create_folder and not path.parent.is_dir():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the folder {path.parent} for the database ({error.strerror}); set "
                             "AFTERWORD_HOME to a writable folder or point AFTERWORD_DATABASE_URL elsewhere") from None
    if read_only:  # opened read-only, so a write fails as "readonly" even for root
        uri = f"file:{quote(str(path))}?mode=ro"
        options["creator"] = lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _sqlite_pragmas(read_only=read_only))
    # BEGIN IMMEDIATE takes the write lock at the start, waiting up to the busy timeout for another writer. A plain
    # (deferred) BEGIN would read first and fail at once, without waiting, when it then wants to write while
    # another command writes: two `afterword add` at the same time would lose one. Work that only reads
    # (Store.reading) begins deferred, so it never waits for a writer.
    def begin(connection: Connection) -> None:
        reading = read_only or connection.get_execution_options().get(READING_OPTION, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    event.listen(engine, "begin", begin)
    return engine


def make_engine(settings: Settings, *, create_folder: bool = True) -> Engine:
    """An engine for the configured database. SQLite: the folder is made (unless ``create_folder`` is False), and
    every connection has WAL, foreign keys and a busy timeout. PostgreSQL: psycopg 3, Unix sockets included."""
    url = database_url(settings)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"AFTERWORD_DATABASE_URL {masked_url(url)} is not a database URL; give sqlite:///PATH or "
                         "postgresql://USER@HOST/DATABASE") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, sqlite_path(url), create_folder=create_folder)
    return create_engine(url, connect_args={"connect_timeout": POSTGRES_CONNECT_TIMEOUT_SECONDS},
                         pool_pre_ping=True)

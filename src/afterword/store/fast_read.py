"""The read path of `board`, `today`, `list` and `show`: plain SQL through sqlite3, or for PostgreSQL through libpq
(store/libpq.py; psycopg when no libpq loads), without importing SQLAlchemy, so a cold command costs little more
than its queries.

It only ever reads a database that is already at this code's revision. ``open_reader()`` returns None whenever
the normal path must take over: no database yet, an older or newer revision (the normal path migrates, or gives
the one-line error), a settings value pydantic-settings must judge, a URL only SQLAlchemy should parse, or any
driver error (the normal path reports it as a one-line StoreError). A query failing later raises ``Unavailable``,
and the service reads again on the normal path; these commands only read, so trying twice changes nothing.

Values come back as the ORM would give them: UUIDs, aware UTC datetimes (SQLite keeps them as text without an
offset), dates. fast_queries.py holds the SQL, which is the SQL SQLAlchemy sends for the same reads, so both
paths see rows in the same order.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from afterword.settings_fast import database_target
from afterword.store.constants import HEAD_REVISION, LOCK_WAIT_SECONDS, POSTGRES_CONNECT_TIMEOUT_SECONDS, VERSION_TABLE

_PG_CASTS = {"u": "::UUID", "t": "::TIMESTAMP WITH TIME ZONE", "s": "::VARCHAR", "d": "::DATE", "i": "::INTEGER"}


class Unavailable(Exception):
    """The fast path cannot answer this read: use the normal (SQLAlchemy) path."""


def _sqlite_time(value: datetime) -> str:
    """An instant as SQLAlchemy stores it in SQLite: UTC, no offset, microseconds."""
    value = value.astimezone(UTC)
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}:"
            f"{value.second:02d}.{value.microsecond:06d}")


class FastReader:
    """One connection in one read transaction. SQL is written with typed placeholders (?u UUID, ?t instant, ?s
    text, ?d date, ?i integer), rendered for the dialect."""

    def __init__(self, connection: Any, dialect: str) -> None:  # noqa: ANN401 - a DB-API connection
        self.connection = connection
        self.dialect = dialect
        self.sqlite = dialect == "sqlite"  # else PostgreSQL: "libpq" (store/libpq.py) or "psycopg"
        self._rendered: dict[str, str] = {}

    def render(self, sql: str) -> str:
        rendered = self._rendered.get(sql)
        if rendered is None:
            if self.sqlite:
                rendered = re.sub(r"\?[utsdi]", "?", sql)
            elif self.dialect == "libpq":
                numbers = iter(range(1, 1 + sql.count("?")))
                rendered = re.sub(r"\?([utsdi])", lambda mark: f"${next(numbers)}{_PG_CASTS[mark[1]]}", sql)
            else:  # psycopg: %s, and a literal % doubled
                rendered = re.sub(r"\?([utsdi])", lambda mark: f"%s{_PG_CASTS[mark[1]]}", sql.replace("%", "%%"))
            self._rendered[sql] = rendered
        return rendered

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            if self.dialect == "libpq":
                return self.connection.rows(self.render(sql), params)
            cursor = self.connection.cursor()
            cursor.execute(self.render(sql), tuple(params))
            return cursor.fetchall()
        except Exception as error:  # noqa: BLE001 - any driver error: the normal path reads and reports
            raise Unavailable(str(error)) from error

    # values in, as SQLAlchemy binds them
    def uuid_param(self, value: uuid.UUID) -> Any:  # noqa: ANN401
        return value.hex if self.sqlite else value

    def time_param(self, value: datetime) -> Any:  # noqa: ANN401
        return _sqlite_time(value) if self.sqlite else value

    def date_param(self, value: date) -> Any:  # noqa: ANN401
        return value.isoformat() if self.sqlite else value

    # values out, as the ORM gives them
    def uuid(self, value: Any) -> uuid.UUID:  # noqa: ANN401
        return uuid.UUID(value) if isinstance(value, str) else value

    def time(self, value: Any) -> datetime | None:  # noqa: ANN401
        if value is None:
            return None
        if isinstance(value, str):  # as SQLAlchemy wrote it: UTC without an offset
            return datetime.fromisoformat(value + "+00:00") if len(value) > 10 else \
                datetime.fromisoformat(value).replace(tzinfo=UTC)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def date(self, value: Any) -> date | None:  # noqa: ANN401
        return date.fromisoformat(value) if isinstance(value, str) else value

    def close(self) -> None:
        try:
            self.connection.rollback()
            self.connection.close()
        except Exception:  # noqa: BLE001, S110 - nothing was written; a connection that broke is gone anyway
            pass

    def __enter__(self) -> FastReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _sqlite_connection(path: str) -> Any:  # noqa: ANN401
    import sqlite3
    from urllib.parse import quote

    writable = os.access(path, os.W_OK) and bool(os.stat(path).st_mode & 0o222)  # as engine.read_only_file
    connection = sqlite3.connect(f"file:{quote(path)}?mode={'rw' if writable else 'ro'}", uri=True,
                                 isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout={LOCK_WAIT_SECONDS * 1000}")  # as the engine's connections
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("BEGIN")  # deferred, as Store.reading(): one view of the database, no write lock
    return connection


def _postgres_arguments(url: str) -> dict[str, Any] | None:
    """psycopg's keyword arguments for a plain postgresql+psycopg:// URL (what SQLAlchemy's dialect passes);
    None for anything SQLAlchemy's URL parser should read (escapes, several hosts, IPv6, repeated options)."""
    from urllib.parse import parse_qsl

    rest = url.removeprefix("postgresql+psycopg://")
    rest, _, query = rest.partition("?")
    if any(char in rest for char in "%[],#") or "#" in query:
        return None
    authority, _, database = rest.partition("/")
    arguments: dict[str, Any] = {}
    if "@" in authority:
        user, _, authority = authority.rpartition("@")
        user, colon, password = user.partition(":")
        if "@" in user or (not user and colon):
            return None
        if user:
            arguments["user"] = user
        if password:  # SQLAlchemy passes only the parts that are not empty
            arguments["password"] = password
    host, colon, port = authority.partition(":")
    if host:
        arguments["host"] = host
    if colon:
        if not port.isdigit():
            return None
        arguments["port"] = int(port)
    if database:
        arguments["dbname"] = database
    options = parse_qsl(query)  # as SQLAlchemy reads it: blank values dropped
    if len({key for key, _ in options}) != len(options):
        return None
    arguments.update(options)
    arguments["connect_timeout"] = POSTGRES_CONNECT_TIMEOUT_SECONDS
    return arguments


def _postgres_reader(url: str) -> FastReader:
    """A reader on libpq itself when it can be loaded (no psycopg import), else on psycopg."""
    arguments = _postgres_arguments(url)
    if arguments is None:
        raise Unavailable("a URL for SQLAlchemy to read")
    from afterword.store import libpq

    library = libpq.load()
    if library is not None:
        return FastReader(libpq.Connection(library, arguments), "libpq")
    import psycopg

    return FastReader(psycopg.connect(**arguments), "psycopg")


def open_reader() -> FastReader | None:
    """A reader on the configured database when it is at this code's revision; None: use open_store()."""
    target = database_target()
    if target is None:
        return None
    dialect, where = target
    try:
        if dialect == "sqlite":
            if not os.path.isfile(where):
                return None
            reader = FastReader(_sqlite_connection(where), "sqlite")
        else:
            reader = _postgres_reader(where)
    except Exception:  # noqa: BLE001 - cannot connect: the normal path says why in one line
        return None
    try:
        revisions = reader.rows(f"SELECT version_num FROM {VERSION_TABLE}")
    except Unavailable:
        revisions = []
    if revisions != [(HEAD_REVISION,)]:
        reader.close()
        return None
    return reader

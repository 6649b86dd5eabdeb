"""The fast read path on an open store: a FastReader on a connection of the store's own pool, for the web app,
which keeps one store open for the life of the server and reads its pages many times a second.

open_reader() (fast_read.py) opens a new connection for each command; here the connection is borrowed from the
engine's pool and given back, so a page pays neither the connection nor a cold page cache, and it reads exactly the
database the store was opened on (whatever settings made it). SQLite: one deferred transaction, so every query of
a page sees one view of the database and never waits for a writer. PostgreSQL (psycopg): the store's isolation,
as the normal path. Any other driver raises Unavailable, and the caller reads by the ORM.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from afterword.store.fast_read import FastReader, Unavailable

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

SQLITE_MMAP_BYTES = 256 * 1024 * 1024  # pages read through the OS cache without a copy (a limit, not an allocation)


def _dialect(engine: Engine) -> str:
    name, driver = engine.dialect.name, engine.dialect.driver
    if name == "sqlite" and driver == "pysqlite":
        return "sqlite"
    if name == "postgresql" and driver == "psycopg":
        return "psycopg"
    raise Unavailable(f"no fast read path for {name}+{driver}")


@contextmanager
def pooled_reader(engine: Engine) -> Iterator[FastReader]:
    """A FastReader on one of ``engine``'s pooled connections, in a read transaction that is rolled back at the
    end (nothing is ever written through it) before the connection goes back to the pool."""
    dialect = _dialect(engine)
    try:
        connection = engine.raw_connection()
    except Exception as error:  # noqa: BLE001 - cannot connect: the normal path reports it in one line
        raise Unavailable(str(error)) from error
    try:
        try:
            if dialect == "sqlite":
                cursor = connection.cursor()
                if not connection.info.get("afterword_mmap"):
                    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
                    connection.info["afterword_mmap"] = True
                cursor.execute("BEGIN")  # deferred, as Store.reading(): no write lock, one view of the database
                cursor.close()
        except Exception as error:  # noqa: BLE001 - a driver error: the normal path reads and reports
            raise Unavailable(str(error)) from error
        yield FastReader(connection, dialect)
    finally:
        try:
            connection.rollback()
        except Exception:  # noqa: BLE001 - a connection that broke is not given back to the pool
            connection.invalidate()
        connection.close()

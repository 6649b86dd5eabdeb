"""A copy of the whole SQLite database made with SQLite's online backup API: consistent while other commands run,
written to a temporary file and then linked into place, so the backup appears whole or not at all and never
replaces a file. A PostgreSQL database is backed up with pg_dump; this says how."""

from __future__ import annotations

import os
import shlex
import sqlite3
import tempfile
from pathlib import Path

from afterword.errors import StoreError
from afterword.store.engine import sqlite_path
from afterword.store.failures import masked_url
from afterword.store.session import Store


def pg_dump_advice(url: str, target: Path) -> str:
    """The one-line advice for a PostgreSQL database: the pg_dump command that backs it up to ``target``."""
    libpq_url = masked_url(url).replace("postgresql+psycopg://", "postgresql://", 1)
    command = f"pg_dump --format=custom --file={shlex.quote(str(target))} {shlex.quote(libpq_url)}"
    hint = " (put the password back in place of ***)" if ":***@" in libpq_url else ""
    return (f"the database is PostgreSQL, which Afterword does not copy itself; back it up with: {command}"
            f"{hint}")


def _check_target(target: Path) -> None:
    if os.path.lexists(target):
        raise StoreError(f"{target} already exists; give a new file name (a backup never replaces a file)")
    if not target.parent.is_dir():
        raise StoreError(f"folder {target.parent} does not exist; create it first or give another path")


def backup_sqlite(store: Store, target: Path) -> int:
    """Copy the store's SQLite database to the new file ``target``; the number of applications it holds."""
    target = Path(target)
    if sqlite_path(store.url) is None:
        raise StoreError(pg_dump_advice(store.url, target))
    _check_target(target)
    try:
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as error:
        raise StoreError(f"cannot write the backup {target} ({error.strerror}); check the folder is writable") \
            from None
    try:
        destination = sqlite3.connect(temp)
        try:
            with store.engine.connect() as connection:
                source = connection.connection.driver_connection
                assert isinstance(source, sqlite3.Connection)
                source.backup(destination)
            count = destination.execute("SELECT count(*) FROM application").fetchone()[0]
        finally:
            destination.close()
        os.link(temp, target)
    except FileExistsError:
        raise StoreError(f"{target} already exists; give a new file name (a backup never replaces a file)") \
            from None
    except (sqlite3.Error, OSError) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise StoreError(f"cannot write the backup {target} ({reason}); check the folder is writable and has "
                         "free space") from None
    finally:
        Path(temp).unlink(missing_ok=True)
    return int(count)

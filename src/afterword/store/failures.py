"""Database failures as one-line StoreErrors that name the fix: unreachable, read-only, full, locked, broken."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import unquote

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from afterword.errors import StoreError
from afterword.store.constants import LOCK_WAIT_SECONDS

ELSEWHERE = "or point AFTERWORD_DATABASE_URL at another database"

# (text in SQLite's message, what to say about the database named by {where}) in the order they are checked.
_SQLITE_PROBLEMS = (
    ("readonly", "the database {where} is read-only; make it writable (chmod u+w) " + ELSEWHERE),
    ("database or disk is full", "the disk holding the database {where} is full; free some space and try again"),
    ("disk i/o error", "the disk failed while using the database {where} (disk I/O error); check the disk and its "
                       "free space, then try again"),
    ("database is locked", f"the database {{where}} stayed locked by another program for over {LOCK_WAIT_SECONDS} "
                           "s; close other Afterword commands and try again"),
    ("unable to open database file", "cannot open the database {where}; check that its folder exists and is "
                                     "writable, set AFTERWORD_HOME, " + ELSEWHERE),
    ("file is not a database", "{where} is not a SQLite database; move it away " + ELSEWHERE),
    ("database disk image is malformed", "the database {where} is damaged; restore it from a backup " + ELSEWHERE),
)

# PostgreSQL SQLSTATE codes (or their class, the first two characters) and what to say.
_POSTGRES_PROBLEMS = {
    "53100": "the disk of the database server of {where} is full; free some space on the server and try again",
    "25006": "the database {where} is read-only (a standby or a read-only transaction); point "
             "AFTERWORD_DATABASE_URL at the primary server",
    "55P03": "the database {where} stayed locked by another program; close other Afterword commands and try again",
    "3D000": "the database {where} does not exist; create it (createdb) " + ELSEWHERE,
    "28": "the database server refused the login for {where} ({reason}); fix the user or password in "
          "AFTERWORD_DATABASE_URL",
    "08": "cannot connect to the database {where} ({reason}); start the server or fix AFTERWORD_DATABASE_URL",
}


def masked_url(url: str) -> str:
    """``url`` with its password hidden (***), for messages and `db status`."""
    try:
        return unquote(make_url(url).render_as_string(hide_password=True))  # ?host=/run/postgresql, not %2F
    except ArgumentError:
        return "(an unreadable URL)"


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def store_error(error: DBAPIError, url: str) -> StoreError | None:
    """The StoreError for a driver's failure on the database at ``url``; None when it is not the user's to fix."""
    where = masked_url(url)
    original = error.orig if error.orig is not None else error
    reason = _first_line(original)
    if url.startswith("sqlite"):
        lowered = reason.lower()
        for needle, message in _SQLITE_PROBLEMS:
            if needle in lowered:
                return StoreError(message.format(where=where))
        return None
    code = getattr(original, "sqlstate", None) or ""
    for key in (code, code[:2]):
        if key in _POSTGRES_PROBLEMS:
            return StoreError(_POSTGRES_PROBLEMS[key].format(where=where, reason=reason))
    if isinstance(error.orig, Exception) and type(error.orig).__name__ == "OperationalError" and not code:
        # psycopg raises a bare OperationalError, without SQLSTATE, when it cannot reach the server at all
        return StoreError(_POSTGRES_PROBLEMS["08"].format(where=where, reason=reason.removeprefix(
            "connection failed: ")))
    return None


@contextmanager
def translated(url: str) -> Iterator[None]:
    """Turn a driver failure inside the block into a one-line StoreError (others are bugs and pass through)."""
    try:
        yield
    except DBAPIError as error:
        problem = store_error(error, url)
        if problem is None:
            raise
        raise problem from error

"""A small read-only PostgreSQL client on libpq itself (through ctypes), for the fast read path: importing psycopg
costs 0.16-0.26 s on the benchmark machine, more than the reads of `board` or `show` take. libpq is what psycopg
drives too, so the connection (conninfo keywords, Unix sockets, SSL, passfile, service files) is the same.

Only what FastReader needs: one connection, queries with $1-style text parameters, rows in text format turned into
Python values by column type (uuid, timestamptz, date, integers, booleans, text). The session is set to ISO dates in
UTC and UTF-8, so every value has one spelling; a value it cannot read raises PostgresError, and the read is done
again on the normal path. ``load()`` returns None when no libpq can be loaded (psycopg is then used).
"""

from __future__ import annotations

import ctypes
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

CONNECTION_OK = 0
PGRES_COMMAND_OK, PGRES_TUPLES_OK = 1, 2
_SESSION = "SET DateStyle TO ISO; SET TimeZone TO 'UTC'; SET client_encoding TO 'UTF8'; BEGIN READ ONLY"
_READERS: dict[int, Callable[[str], Any]] = {
    2950: uuid.UUID, 1184: datetime.fromisoformat, 1114: datetime.fromisoformat, 1082: date.fromisoformat,
    20: int, 21: int, 23: int, 16: lambda text: text == "t", 25: str, 1043: str, 1042: str, 19: str}


class PostgresError(Exception):
    """libpq reported an error, or returned a value this client does not read."""


def _library() -> ctypes.CDLL | None:
    candidates = ["libpq.so.5", "libpq.5.dylib"]
    for folder in sys.path:  # psycopg-binary's own copy
        libs = os.path.join(folder, "psycopg_binary.libs")
        if os.path.isdir(libs):
            candidates += sorted(os.path.join(libs, name) for name in os.listdir(libs) if name.startswith("libpq"))
    for candidate in candidates:
        try:
            return ctypes.CDLL(candidate)
        except OSError:
            continue
    return None


def _typed(library: ctypes.CDLL) -> ctypes.CDLL:
    pointer, text, number = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    signatures = {
        "PQconnectdbParams": ([ctypes.POINTER(text), ctypes.POINTER(text), number], pointer),
        "PQstatus": ([pointer], number), "PQerrorMessage": ([pointer], text), "PQfinish": ([pointer], None),
        "PQexec": ([pointer, text], pointer),
        "PQexecParams": ([pointer, text, number, pointer, ctypes.POINTER(text), pointer, pointer, number], pointer),
        "PQresultStatus": ([pointer], number), "PQresultErrorMessage": ([pointer], text),
        "PQntuples": ([pointer], number), "PQnfields": ([pointer], number),
        "PQftype": ([pointer, number], ctypes.c_uint),
        "PQgetvalue": ([pointer, number, number], text), "PQgetisnull": ([pointer, number, number], number),
        "PQclear": ([pointer], None),
    }
    for name, (arguments, result) in signatures.items():
        function = getattr(library, name)
        function.argtypes, function.restype = arguments, result
    return library


def load() -> ctypes.CDLL | None:
    """libpq with the signatures this client uses; None when there is none to load."""
    library = _library()
    return _typed(library) if library is not None else None


class Connection:
    """One read-only transaction on a libpq connection; the subset of a DB-API connection FastReader uses."""

    def __init__(self, library: ctypes.CDLL, arguments: dict[str, Any]) -> None:
        self.pq = library
        keys = [str(key).encode() for key in arguments] + [None]
        values = [str(value).encode() for value in arguments.values()] + [None]
        self.handle = library.PQconnectdbParams((ctypes.c_char_p * len(keys))(*keys),
                                                (ctypes.c_char_p * len(values))(*values), 0)
        if not self.handle or library.PQstatus(self.handle) != CONNECTION_OK:
            message = library.PQerrorMessage(self.handle) if self.handle else b"out of memory"
            self.close()
            raise PostgresError((message or b"").decode("utf-8", "replace").strip())
        library.PQclear(self._run(_SESSION, PGRES_COMMAND_OK))

    def _run(self, sql: str, expected: int, params: Sequence[Any] = ()) -> int:
        if params:
            values = (ctypes.c_char_p * len(params))(*(None if value is None else _text(value).encode()
                                                       for value in params))
            result = self.pq.PQexecParams(self.handle, sql.encode(), len(params), None, values, None, None, 0)
        else:
            result = self.pq.PQexec(self.handle, sql.encode())
        if not result or self.pq.PQresultStatus(result) != expected:
            message = self.pq.PQresultErrorMessage(result) if result else self.pq.PQerrorMessage(self.handle)
            if result:
                self.pq.PQclear(result)
            raise PostgresError((message or b"").decode("utf-8", "replace").strip())
        return result

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        result = self._run(sql, PGRES_TUPLES_OK, params)
        pq = self.pq
        try:
            columns = range(pq.PQnfields(result))
            readers = [_READERS.get(pq.PQftype(result, column)) for column in columns]
            if None in readers:
                raise PostgresError("a column of a type this client does not read")
            rows = []
            for row in range(pq.PQntuples(result)):
                values = []
                for column, read in zip(columns, readers, strict=True):
                    raw = pq.PQgetvalue(result, row, column)
                    if not raw and pq.PQgetisnull(result, row, column):
                        values.append(None)
                    else:
                        values.append(read(raw.decode()))
                rows.append(tuple(values))
            return rows
        finally:
            pq.PQclear(result)

    def rollback(self) -> None:
        if self.handle:
            self.pq.PQclear(self._run("ROLLBACK", PGRES_COMMAND_OK))

    def close(self) -> None:
        if self.handle:
            self.pq.PQfinish(self.handle)
            self.handle = None


def _text(value: Any) -> str:  # noqa: ANN401 - a parameter: uuid, datetime, date, int, str
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)

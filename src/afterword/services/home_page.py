"""What the web app's home page shows, today above the board, read as the web app reads it: by the fast read path
on a connection of the store's own pool, and again only when something the page depends on has changed.

The page depends on the database and on the time. ``HomeCache`` keeps the last reading with:

- the database's change mark when it was read: SQLite's ``PRAGMA data_version`` on a connection of its own (it
  changes whenever any other connection commits: this server's forms, an `afterword` command, another program),
  PostgreSQL's current snapshot (it changes whenever a transaction that wrote anything ends). The mark is read
  before the data, so a commit in between only makes the next page read again;
- the local day it was read on (days in stage, follow-ups, tasks, plan steps and letters due are by the day);
- the next moment an interview changes what the page says: when it starts (no longer coming; the last interview
  before now), when it comes within three days (a card to prepare) or within the week (listed).

A page is served from the last reading only when the mark, the day and that moment all still agree, and never for
longer than ``MAX_AGE``: nothing a form or a command has saved is ever shown stale. Without a mark (an in-memory
database, another driver) every page reads.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from afterword.services import pipeline
from afterword.services.clock import local_date, now_utc
from afterword.services.pipeline import CARD_DAYS_AHEAD, INTERVIEW_DAYS_AHEAD, ROWS_PER_STAGE, ROWS_TODAY, Board, Today

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from afterword.store.session import Store

MAX_AGE = timedelta(seconds=60)  # a reading is read again after this long even when nothing seems to have changed
_AHEAD = (timedelta(0), timedelta(days=CARD_DAYS_AHEAD), timedelta(days=INTERVIEW_DAYS_AHEAD))


@dataclass(frozen=True, slots=True)
class HomeView:
    """Today and the board at one moment, and until when (at the latest) they stay what a new reading would give
    (``until`` is the moment itself when that is not known)."""

    today: Today
    board: Board
    until: datetime


def home_view(store: Store, *, now: datetime | None = None, rows_per_stage: int = ROWS_PER_STAGE,
              rows: int = ROWS_TODAY) -> HomeView:
    """today() and board() at one moment, read in one transaction by the fast read path on a connection of
    ``store``'s own pool, or by today() and board() when the fast path cannot answer."""
    from afterword.store import fast_queries
    from afterword.store.fast_read import Unavailable
    from afterword.store.pool_read import pooled_reader

    moment = now or now_utc()
    region = (store.settings.country, store.settings.subdivision)
    try:
        with pooled_reader(store.engine) as reader:
            counts = fast_queries.stage_counts(reader)
            starts = fast_queries.first_starts(reader, [moment + ahead for ahead in _AHEAD])
            changes = [start - ahead for start, ahead in zip(starts, _AHEAD, strict=True) if start is not None]
            return HomeView(pipeline.fast_today(reader, moment, rows, lambda: region, counts),
                            pipeline.fast_board(reader, moment, rows_per_stage, counts),
                            min([moment + MAX_AGE, *changes]))
    except Unavailable:
        return HomeView(pipeline.today(store, now=moment, rows=rows),
                        pipeline.board(store, now=moment, rows_per_stage=rows_per_stage), moment)


def board_view(store: Store, *, now: datetime | None = None, rows_per_stage: int = ROWS_PER_STAGE) -> Board:
    """board() read as home_view() reads it (for the board alone, after a move)."""
    from afterword.store.fast_read import Unavailable
    from afterword.store.pool_read import pooled_reader

    moment = now or now_utc()
    try:
        with pooled_reader(store.engine) as reader:
            return pipeline.fast_board(reader, moment, rows_per_stage)
    except Unavailable:
        return pipeline.board(store, now=moment, rows_per_stage=rows_per_stage)


@dataclass(frozen=True, slots=True)
class _Reading:
    mark: Hashable
    day: date
    since: datetime
    view: HomeView


class HomeCache:
    """The last home_view() of one store, served again while nothing it depends on has changed (see above)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._mark = _change_mark(store)
        self._last: _Reading | None = None
        self._reading = threading.Lock()

    def read(self, now: datetime | None = None) -> HomeView:
        """home_view() at ``now`` (default: the time now), from the last reading when it still holds."""
        if self._mark is None:
            return home_view(self.store, now=now)
        moment, mark = now or now_utc(), self._mark()
        kept = self._kept(mark, moment)
        if kept is not None:
            return kept
        with self._reading:  # one reading at a time: a page that waited for it is answered from it
            if now is None:  # it is answered now, so it is compared with the database and the time now
                moment, mark = now_utc(), self._mark()
            kept = self._kept(mark, moment)
            if kept is not None:
                return kept
            view = home_view(self.store, now=moment)
            if mark is not None:
                self._last = _Reading(mark, local_date(moment), moment, view)
            return view

    def _kept(self, mark: Hashable | None, moment: datetime) -> HomeView | None:
        last = self._last
        if mark is None or last is None or last.mark != mark or not last.since <= moment < last.view.until:
            return None
        return last.view if local_date(moment) == last.day else None


_CACHES: weakref.WeakKeyDictionary[Store, HomeCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def cached_home_view(store: Store, *, now: datetime | None = None) -> HomeView:
    """home_view() for the web app's home page, through the store's HomeCache."""
    cache = _CACHES.get(store)
    if cache is None:
        with _CACHES_LOCK:
            cache = _CACHES.get(store)
            if cache is None:
                cache = _CACHES[store] = HomeCache(store)
    return cache.read(now)


def _change_mark(store: Store) -> Callable[[], Hashable | None] | None:
    """A function giving the database's change mark (None when it cannot tell), or None for a database without
    one. The mark is read on a connection of its own, outside any transaction, so it is always the latest."""
    engine = store.engine
    if engine.dialect.name == "sqlite":
        return _sqlite_mark(engine.url.database)
    if engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg":
        return _postgres_mark(engine)
    return None


def _sqlite_mark(path: str | None) -> Callable[[], Hashable | None] | None:
    import sqlite3
    from pathlib import Path
    from urllib.parse import quote

    if not path or path == ":memory:" or path.startswith("file:") or not Path(path).is_file():
        return None
    try:  # read-only, and only ever asked for data_version: it never holds a lock
        connection = sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True,
                                     isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return None
    lock = threading.Lock()

    def mark() -> Hashable | None:
        try:
            with lock:
                return connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None

    weakref.finalize(mark, connection.close)
    return mark


def _postgres_mark(engine: Engine) -> Callable[[], Hashable | None]:
    """The server's current snapshot (which transactions have ended), on a connection taken out of the engine's
    pool for good, in autocommit; opened again after a failure."""
    lock = threading.Lock()
    held: list[Any] = []

    def mark() -> Hashable | None:
        with lock:
            try:
                if not held:
                    connection = engine.raw_connection()
                    connection.detach()  # never goes back to the pool: it is this mark's own
                    connection.dbapi_connection.autocommit = True
                    held.append(connection)
                with held[0].cursor() as cursor:
                    cursor.execute("SELECT CAST(pg_current_snapshot() AS TEXT)")
                    return cursor.fetchone()[0]
            except Exception:  # noqa: BLE001 - no mark: the page is read, and the connection opened again
                for connection in held:
                    with contextlib.suppress(Exception):
                        connection.close()
                held.clear()
                return None

    return mark

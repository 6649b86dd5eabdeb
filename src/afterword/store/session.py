"""Open the store and work in transactions: everything inside one `with store.transaction()` is written together
or not at all, and database failures come out as one-line StoreErrors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from afterword.settings import Settings, load_settings
from afterword.store.engine import READING_OPTION, database_url, make_engine
from afterword.store.failures import translated
from afterword.store.migrate import ensure_current


class Store:
    """An open database: its engine and a factory of sessions. Close it when done (or use it as a context)."""

    def __init__(self, engine: Engine, url: str, settings: Settings | None = None) -> None:
        self.engine = engine
        self.url = url
        self.settings = settings if settings is not None else load_settings()  # the country, for business days
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is one transaction: committed when the block ends, rolled back when it raises."""
        with translated(self.url):
            with self._sessions() as session, session.begin():
                yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A transaction for work that only reads: one consistent view of the database that, on SQLite, never
        waits for a command that is writing (transaction() takes SQLite's write lock at its start)."""
        with translated(self.url):
            with self._sessions() as session, session.begin():
                session.connection(execution_options={READING_OPTION: True})
                yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_store(settings: Settings | None = None) -> Store:
    """The configured database, brought up to date on first use (created when empty)."""
    settings = settings if settings is not None else load_settings()
    store = Store(make_engine(settings), database_url(settings), settings)
    try:
        ensure_current(store.engine)
    except BaseException:
        store.close()
        raise
    return store

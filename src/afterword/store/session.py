"""Open the store and work in transactions: everything inside one `with store.transaction()` is written together
or not at all, and database failures come out as one-line StoreErrors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from afterword.settings import Settings, load_settings
from afterword.store.engine import database_url, make_engine
from afterword.store.failures import translated
from afterword.store.migrate import ensure_current


class Store:
    """An open database: its engine and a factory of sessions. Close it when done (or use it as a context)."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is one transaction: committed when the block ends, rolled back when it raises."""
        with translated(self.url):
            with self._sessions() as session, session.begin():
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
    store = Store(make_engine(settings), database_url(settings))
    try:
        ensure_current(store.engine)
    except BaseException:
        store.close()
        raise
    return store

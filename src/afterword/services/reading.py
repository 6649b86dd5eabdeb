"""The read-only commands' way into the store: the fast read path (plain SQL, no SQLAlchemy import) when the
database is there and current, else the normal path, which migrates, reports problems in one line, and reads."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from afterword.store.fast_read import FastReader
    from afterword.store.session import Store

T = TypeVar("T")


def read(fast: Callable[[FastReader], T], normal: Callable[[Store], T]) -> T:
    """``fast`` on a FastReader when the fast path can answer, else ``normal`` on the store open_store() opens."""
    from afterword.store.fast_read import Unavailable, open_reader

    reader = open_reader()
    if reader is not None:
        try:
            with reader:
                return fast(reader)
        except Unavailable:
            pass  # a driver error: the normal path reads again and reports it, if it persists, in one line
    from afterword.store.session import open_store

    with open_store() as store:
        return normal(store)

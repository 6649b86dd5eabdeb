"""Store fixtures: the settings, the open store and a session, on each database of ``store_url``
(tests/databases.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from afterword.settings import Settings, load_settings
from afterword.store.session import Store, open_store


@pytest.fixture
def settings(store_url: str, tmp_path: Path) -> Settings:
    return load_settings(home=tmp_path / "home", database_url=store_url)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    """The store, migrated to the head revision, closed after the test."""
    with open_store(settings) as opened:
        yield opened


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    """One transaction on the store, committed at the end of the test."""
    with store.transaction() as opened:
        yield opened

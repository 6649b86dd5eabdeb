"""Service fixtures: an open store on each database of ``store_url`` (SQLite and PostgreSQL), and documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from afterword.settings import load_settings
from afterword.store.session import Store, open_store

NO_NAMES_POSTING = """We need someone to keep our servers running.

- 3+ years with Linux
- Experience with Ansible
"""


@pytest.fixture
def store(store_url: str, tmp_path: Path) -> Iterator[Store]:
    with open_store(load_settings(home=tmp_path / "home", database_url=store_url)) as opened:
        yield opened


@pytest.fixture
def nameless_posting(tmp_path: Path) -> Path:
    path = tmp_path / "nameless.md"
    path.write_text(NO_NAMES_POSTING, encoding="utf-8")
    return path

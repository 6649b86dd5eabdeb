"""The database itself: where it is, which revision it is at, and bringing it up to date (`afterword db`).

The CLI imports this module only inside its commands: it brings in SQLAlchemy and pydantic-settings."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from afterword.settings import Settings, load_settings
from afterword.store.engine import database_url, make_engine, sqlite_path
from afterword.store.failures import masked_url
from afterword.store.migrate import HEAD_REVISION, KNOWN_REVISIONS, status, upgrade


@dataclass(frozen=True, slots=True)
class DatabaseStatus:
    """What `afterword db status` shows. ``current`` is None for a database not made yet (or empty)."""

    url: str  # password masked
    exists: bool
    current: str | None
    head: str
    upgrade_needed: bool
    newer_than_code: bool  # written by a newer Afterword: this one refuses to use it

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _status(url: str, *, exists: bool, current: str | None) -> DatabaseStatus:
    newer = current is not None and current not in KNOWN_REVISIONS
    return DatabaseStatus(url=masked_url(url), exists=exists, current=current, head=HEAD_REVISION,
                          upgrade_needed=current != HEAD_REVISION and not newer, newer_than_code=newer)


def database_status(settings: Settings | None = None) -> DatabaseStatus:
    """The configured database's revision against this code's head. Reads only: a SQLite file that is not there
    yet is reported as such, not created."""
    settings = settings if settings is not None else load_settings()
    url = database_url(settings)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return _status(url, exists=False, current=None)
    engine = make_engine(settings, create_folder=False)
    try:
        current, _head = status(engine)
    finally:
        engine.dispose()
    return _status(url, exists=True, current=current)


def upgrade_database(settings: Settings | None = None) -> DatabaseStatus:
    """Create the database or bring it to the head revision; its status afterwards."""
    settings = settings if settings is not None else load_settings()
    engine = make_engine(settings)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return database_status(settings)

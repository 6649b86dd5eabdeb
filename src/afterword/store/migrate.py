"""Migrations: Alembic, run from code. ensure_current() is the cheap check every store command makes first: it
reads the revision with a plain query and imports Alembic only when the database is empty or behind."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect
from sqlalchemy.engine import Engine

from afterword.errors import StoreError
from afterword.store.constants import HEAD_REVISION, KNOWN_REVISIONS, VERSION_TABLE
from afterword.store.engine import READING_OPTION
from afterword.store.failures import masked_url, translated

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code (no alembic.ini): the shipped migrations, on ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """The database's revision; None when it has none (an empty database)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()


def _refuse_unknown(revision: str | None, engine: Engine, tables: list[str]) -> None:
    where = masked_url(engine.url.render_as_string(hide_password=False))
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StoreError(f"this database ({where}) was written by a newer Afterword (revision {revision}); upgrade "
                         "Afterword (pip install -U afterword) or point AFTERWORD_DATABASE_URL at another database")
    if revision is None and tables:
        raise StoreError(f"the database {where} holds other tables ({', '.join(sorted(tables)[:3])} ...) and no "
                         "Afterword revision; point AFTERWORD_DATABASE_URL at an empty or Afterword database")


def _inspect(engine: Engine) -> tuple[str | None, list[str]]:
    with translated(engine.url.render_as_string(hide_password=False)), \
            engine.connect().execution_options(**{READING_OPTION: True}) as connection:  # no write lock to wait for
        revision = current_revision(connection)
        tables = [name for name in inspect(connection).get_table_names() if name != VERSION_TABLE] \
            if revision is None else []
    return revision, tables


def status(engine: Engine) -> tuple[str | None, str]:
    """(the database's revision or None, the head revision this code knows)."""
    revision, _ = _inspect(engine)
    return revision, HEAD_REVISION


def upgrade(engine: Engine) -> str:
    """Bring the database to the head revision in one transaction; returns the head revision."""
    revision, tables = _inspect(engine)
    _refuse_unknown(revision, engine, tables)
    if revision == HEAD_REVISION:
        return HEAD_REVISION
    from alembic import command

    with translated(engine.url.render_as_string(hide_password=False)), engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return HEAD_REVISION


def ensure_current(engine: Engine) -> None:
    """Upgrade an empty or older database; refuse one written by a newer Afterword. Costs one query when current."""
    revision, tables = _inspect(engine)
    if revision == HEAD_REVISION:
        return
    _refuse_unknown(revision, engine, tables)
    try:
        upgrade(engine)
    except Exception:
        if _inspect(engine)[0] != HEAD_REVISION:  # another command may have upgraded it at the same time
            raise

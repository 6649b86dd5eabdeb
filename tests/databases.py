"""Database fixtures for every test folder: ``store_url`` runs a test on SQLite (a temp file) and on PostgreSQL (a
fresh database of its own).

PostgreSQL comes from AFTERWORD_TEST_POSTGRES_URL (`eval "$(.ci/postgres start)"` starts one). When it is unset or
unreachable the PostgreSQL cases skip, except under CI=true, where they fail: CI must test both.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from afterword.settings import load_settings

POSTGRES_URL_ENV = "AFTERWORD_TEST_POSTGRES_URL"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL tests cannot run under CI=true: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    """The URL of a PostgreSQL server the tests may create databases on (skip or fail when there is none)."""
    url = os.environ.get(POSTGRES_URL_ENV, "").strip()
    if not url:
        _unavailable(f"{POSTGRES_URL_ENV} is not set (eval \"$(.ci/postgres start)\" starts a server)")
    url = load_settings(database_url=url).database_url or url  # postgresql:// → the psycopg driver
    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any failure means: no server to test on
        _unavailable(f"cannot reach {POSTGRES_URL_ENV} ({str(error).splitlines()[0]})")
    finally:
        engine.dispose()
    return url


@pytest.fixture
def postgres_database(postgres_server_url: str) -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    name = f"afterword_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database: a SQLite file in the test's temp folder, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store' / 'afterword.db'}"
    return request.getfixturevalue("postgres_database")

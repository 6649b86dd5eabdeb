"""The engine: where the SQLite file goes, its pragmas, PostgreSQL URLs, and connection failures in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from afterword.errors import StoreError
from afterword.settings import load_settings
from afterword.store.engine import database_url, make_engine, sqlite_path
from afterword.store.failures import masked_url
from afterword.store.session import open_store


def test_the_default_database_is_a_sqlite_file_in_home(tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path / "a" / "home")
    assert sqlite_path(database_url(settings)) == tmp_path / "a" / "home" / "afterword.db"
    with open_store(settings):
        pass
    assert (tmp_path / "a" / "home" / "afterword.db").is_file()  # the folders were made


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(load_settings(home=tmp_path))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    engine.dispose()


def test_a_sqlite_url_with_spaces_and_its_folder(tmp_path: Path) -> None:
    target = tmp_path / "my data" / "jobs.db"
    with open_store(load_settings(database_url=f"sqlite:///{target}")):
        pass
    assert target.is_file()


@pytest.mark.parametrize("given", [
    "postgresql://me@/afterword?host=/run/postgresql",
    "postgresql+psycopg://me@/afterword?host=/run/postgresql",
    "postgres://me@/afterword?host=/run/postgresql",
])
def test_postgresql_urls_use_psycopg_and_keep_the_socket_folder(given: str) -> None:
    engine = make_engine(load_settings(database_url=given))
    assert engine.url.drivername == "postgresql+psycopg"
    assert engine.url.query["host"] == "/run/postgresql"
    assert engine.url.database == "afterword"
    engine.dispose()


def test_the_password_is_masked() -> None:
    assert masked_url("postgresql+psycopg://me:s3cret@db:5432/aw") == "postgresql+psycopg://me:***@db:5432/aw"
    assert masked_url("postgresql+psycopg://me@/aw?host=/run/postgresql") == \
        "postgresql+psycopg://me@/aw?host=/run/postgresql"


def test_an_unreachable_postgresql_server_is_one_line_naming_the_fix() -> None:
    settings = load_settings(database_url="postgresql://me:s3cret@127.0.0.1:1/afterword")
    with pytest.raises(StoreError) as raised:
        open_store(settings)
    message = str(raised.value)
    assert message.startswith("cannot connect to the database postgresql+psycopg://me:***@127.0.0.1:1/afterword")
    assert "s3cret" not in message and "\n" not in message
    assert "start the server or fix AFTERWORD_DATABASE_URL" in message


def test_a_missing_socket_folder_is_one_line(tmp_path: Path) -> None:
    settings = load_settings(database_url=f"postgresql://me@/afterword?host={tmp_path / 'no-server'}")
    with pytest.raises(StoreError, match="cannot connect to the database .*no-server"):
        open_store(settings)


def test_a_home_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot create the folder .*file/home for the database"):
        open_store(load_settings(home=blocker / "home"))


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    (tmp_path / "afterword.db").write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(StoreError, match="is not a SQLite database; move it away"):
        open_store(load_settings(home=tmp_path))

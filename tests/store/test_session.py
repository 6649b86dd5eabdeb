"""Transactions: all or nothing; and a read-only, full, locked or failing database as one line with a fix."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from afterword.errors import StoreError
from afterword.settings import Settings, load_settings
from afterword.store import applications, engine, profiles
from afterword.store.failures import store_error
from afterword.store.session import Store, open_store
from afterword.store.tables import Application, Company, StageEvent


def _count(store: Store, table: type) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_work_in_a_transaction_is_committed(store: Store) -> None:
    with store.transaction() as session:
        applications.add(session, company="Acme", role="Engineer")
    with store.transaction() as session:
        assert [app.company.name for app in applications.list(session)] == ["Acme"]


def test_a_transaction_that_raises_leaves_nothing_written(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        application = applications.add(session, company="Acme", role="Engineer")
        applications.set_stage(session, application, "applied")
        raise RuntimeError("the flow failed half-way")
    assert (_count(store, Application), _count(store, Company), _count(store, StageEvent)) == (0, 0, 0)


def test_a_store_error_half_way_rolls_back_too(store: Store) -> None:
    with pytest.raises(StoreError, match="not a stage"), store.transaction() as session:
        application = applications.add(session, company="Acme", role="Engineer")
        applications.set_stage(session, application, "hired")
    assert _count(store, Application) == 0


def _read_only_database(tmp_path: Path) -> Settings:
    settings = load_settings(home=tmp_path)
    with open_store(settings) as store, store.transaction() as session:
        applications.add(session, company="Acme", role="Engineer")
    (tmp_path / "afterword.db").chmod(0o444)
    return settings


def test_a_read_only_database_can_be_read(tmp_path: Path) -> None:
    with open_store(_read_only_database(tmp_path)) as store, store.transaction() as session:
        assert [app.role for app in applications.list(session)] == ["Engineer"]


def test_writing_a_read_only_database_is_one_line_with_the_fix(tmp_path: Path) -> None:
    with open_store(_read_only_database(tmp_path)) as store:
        with pytest.raises(StoreError) as raised, store.transaction() as session:
            applications.add(session, company="Globex", role="Analyst")
    message = str(raised.value)
    assert message == (f"the database sqlite:///{tmp_path}/afterword.db is read-only; make it writable (chmod u+w) "
                       "or point AFTERWORD_DATABASE_URL at another database")


def test_a_database_locked_too_long_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "LOCK_WAIT_SECONDS", 0)  # give up at once instead of after 5 s
    settings = load_settings(home=tmp_path)
    with open_store(settings) as store:
        holder = sqlite3.connect(tmp_path / "afterword.db", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(StoreError, match="stayed locked by another program for over 5 s"), \
                    store.transaction() as session:
                applications.add(session, company="Acme", role="Engineer")
        finally:
            holder.execute("ROLLBACK")
            holder.close()


def test_a_full_disk_is_one_line(tmp_path: Path) -> None:
    with open_store(load_settings(home=tmp_path)) as store:
        store.engine.dispose()  # the next connection gets the limit below as well as the usual pragmas

        @event.listens_for(store.engine, "connect")
        def small_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute("PRAGMA max_page_count=40")  # SQLite then reports SQLITE_FULL

        with pytest.raises(StoreError, match="is full; free some space and try again"), \
                store.transaction() as session:
            profiles.add_resume_version(session, file_name="big.pdf", original=b"%PDF" * 200_000, text="")


@pytest.mark.parametrize(("driver_message", "expected"), [
    ("disk I/O error", "the disk failed while using the database sqlite:///x.db (disk I/O error)"),
    ("database or disk is full", "the disk holding the database sqlite:///x.db is full"),
    ("attempt to write a readonly database", "the database sqlite:///x.db is read-only"),
    ("database is locked", "the database sqlite:///x.db stayed locked"),
    ("unable to open database file", "cannot open the database sqlite:///x.db"),
])
def test_sqlite_failures_become_store_errors(driver_message: str, expected: str) -> None:
    failure = OperationalError("INSERT ...", {}, sqlite3.OperationalError(driver_message))
    problem = store_error(failure, "sqlite:///x.db")
    assert problem is not None and str(problem).startswith(expected)


def test_other_sqlite_failures_are_not_hidden() -> None:
    failure = OperationalError("SELECT ...", {}, sqlite3.OperationalError("no such column: x"))
    assert store_error(failure, "sqlite:///x.db") is None  # a bug: it must reach the user as one (exit 2)

"""The web app's home page reading (services/home_page.py): the same today and board as the CLI's services, on
SQLite and PostgreSQL, and a kept reading that is never served once the database or the time has moved on."""

from __future__ import annotations

import sqlite3
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from afterword.services import home_page, pipeline
from afterword.services.applications import change_stage
from afterword.services.clock import local_zone_name
from afterword.settings import load_settings
from afterword.store.session import Store, open_store
from afterword.store.tables import Application, Interview
from tests.services.test_fast_read import NOW, _fill

MOMENTS = (NOW, NOW - timedelta(days=3), NOW + timedelta(days=1, hours=2), NOW + timedelta(days=4, hours=7),
           NOW + timedelta(days=9))


@pytest.fixture
def filled(store: Store) -> list[str]:
    return _fill(store)


@pytest.fixture
def no_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pooled fast path must answer: the ORM path would fail the test."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the home page fell back to the ORM")

    monkeypatch.setattr(pipeline, "board", refuse)
    monkeypatch.setattr(pipeline, "today", refuse)


@pytest.mark.parametrize("rows", [10, 3, 100])
def test_the_home_page_reads_what_today_and_board_read(store: Store, filled: list[str], rows: int) -> None:
    for moment in MOMENTS:
        expected_today = pipeline.today(store, now=moment, rows=rows)
        expected_board = pipeline.board(store, now=moment, rows_per_stage=rows)
        view = home_page.home_view(store, now=moment, rows=rows, rows_per_stage=rows)
        assert view.today == expected_today
        assert view.board == expected_board
        assert home_page.board_view(store, now=moment, rows_per_stage=rows) == expected_board
        assert moment < view.until <= moment + home_page.MAX_AGE


@pytest.mark.usefixtures("no_fallback")
def test_the_home_page_reads_by_the_fast_path_on_the_store_s_own_pool(store: Store, filled: list[str]) -> None:
    view = home_page.home_view(store, now=NOW + timedelta(days=4, hours=7))
    assert view.board.total == 40
    assert view.today.interviews and view.today.tasks and view.today.plan_steps and view.today.letters


def test_until_is_the_next_moment_an_interview_changes_the_page(store: Store, filled: list[str]) -> None:
    with store.reading() as session:
        starts = list(session.scalars(select(Interview.starts_at)))
    view = home_page.home_view(store, now=NOW)
    changes = [start - ahead for start in starts for ahead in (timedelta(0), timedelta(days=3), timedelta(days=7))]
    assert view.until == min([NOW + home_page.MAX_AGE, *(change for change in changes if change >= NOW)])
    just_before = view.until - timedelta(microseconds=1)
    assert home_page.home_view(store, now=just_before).today == pipeline.today(store, now=just_before)


def test_a_kept_reading_is_served_while_nothing_changes(store: Store, filled: list[str]) -> None:
    cache = home_page.HomeCache(store)
    first = cache.read(NOW)
    assert cache.read(NOW + timedelta(seconds=1)) is first
    assert cache.read(first.until) is not first  # the time moved on
    later = cache.read(first.until)
    assert later.today == pipeline.today(store, now=first.until)


def test_a_change_saved_by_the_app_is_read_at_once(store: Store, filled: list[str]) -> None:
    cache = home_page.HomeCache(store)
    before = cache.read(NOW)
    moved = change_stage(store, filled[1], "withdrawn")
    after = cache.read(NOW + timedelta(seconds=1))
    assert after is not before
    assert after.board == pipeline.board(store, now=NOW + timedelta(seconds=1))
    assert moved.application.id in {row.application.id for group in after.board.groups for row in group.rows
                                    if group.stage == "withdrawn"}


def test_a_change_saved_by_another_program_is_read_at_once(tmp_path: Path) -> None:
    with open_store(load_settings(home=tmp_path / "home")) as store:
        _fill(store)
        cache = home_page.HomeCache(store)
        before = cache.read(NOW)
        other = sqlite3.connect(store.engine.url.database)  # as `afterword` in another process would
        with other:
            other.execute("UPDATE application SET role = 'Renamed' WHERE id = ?", (_first(store),))
        other.close()
        after = cache.read(NOW + timedelta(seconds=1))
        assert after is not before
        assert "Renamed" in {row.application.role for group in after.board.groups for row in group.rows}


def test_a_new_day_is_read_again(store: Store, filled: list[str]) -> None:
    cache = home_page.HomeCache(store)
    zone = ZoneInfo(local_zone_name())
    quiet = (NOW + timedelta(days=30)).astimezone(zone)  # no interview ahead: only the day and MAX_AGE end a reading
    assert cache.read(quiet).until == quiet + home_page.MAX_AGE
    midnight = datetime.combine(quiet.date() + timedelta(days=1), time(0), tzinfo=zone)
    before = cache.read(midnight - timedelta(seconds=10))
    after = cache.read(midnight + timedelta(seconds=10))
    assert after is not before
    assert after.today.day == before.today.day + timedelta(days=1)


def test_an_in_memory_database_is_read_for_every_page(tmp_path: Path) -> None:
    with open_store(load_settings(home=tmp_path / "home", database_url="sqlite://")) as store:
        cache = home_page.HomeCache(store)
        assert cache.read(NOW) is not cache.read(NOW)


def _first(store: Store) -> str:
    with store.reading() as session:
        return session.query(Application.id).order_by(Application.stage_changed_at).first()[0].hex

"""The fast read path (plain SQL through sqlite3 / psycopg) gives `board`, `today`, `list` and `show` exactly what
the SQLAlchemy path gives, on SQLite and PostgreSQL: the same values, the same JSON bytes."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from afterword.cli.pipeline_view import board_json, today_json
from afterword.errors import StoreError
from afterword.safe_text import json_text
from afterword.services import applications as application_service
from afterword.services import pipeline
from afterword.services.debriefs import debrief_target, save_debrief, save_draft
from afterword.services.listing import read_list_json
from afterword.store import applications, cards, fast_read, interviews, letters, libpq, tasks
from afterword.store.constants import STAGES
from afterword.store.session import Store
from afterword.store.tables import Application, Debrief, Interview, Letter

NOW = datetime(2026, 12, 1, 9, 30, 15, 123456, tzinfo=UTC)
HOSTILE = "Evil \x1b]52;c;ZXZpbA==\x07 Co \u202egnp.exe \x9b31m \x7f"


def _fill(store: Store) -> list[str]:
    """Applications at every stage, at two companies with one name prefix and a hostile one, with interviews in
    three zones, interviewers, cards, history notes, tasks and debriefs; returns ids (32 hex digits). No two rows
    tie in what the reads order by: the database returns tied rows in an order of its choosing, on either path."""
    ids = []
    with store.transaction() as session:
        for number in range(40):
            stage = STAGES[number % len(STAGES)]
            company = ("Acme Corp", "Acme Labs", HOSTILE, f"Company {number % 7}")[number % 4]
            moved = NOW - timedelta(days=number % 9, hours=number % 5, microseconds=number * 7)
            added = applications.add(session, company=company, role=f"Engineer {number:02}",
                                     posting_text=f"posting {number}\nline two", at=moved - timedelta(days=3),
                                     source_url=None if number % 3 else f"https://jobs.example/{number}",
                                     research_notes="notes" if number % 5 == 0 else None)
            applications.set_stage(session, added, stage, note=HOSTILE if number % 6 == 0 else "moved", at=moved)
            ids.append(added.id.hex)
            if number % 3 == 0:
                for round_number, zone in enumerate(("Europe/Paris", "America/New_York", "Asia/Kolkata"), 1):
                    start = NOW + timedelta(days=(number % 8) - 2, hours=round_number, minutes=number)
                    interviews.add(session, application=added, starts_at=start, time_zone=zone, kind="video",
                                   round=round_number, place_or_link="https://meet.example/x" if number % 2 else None,
                                   interviewers=[("Dana Reyes", "Manager"), ("Lee Chan", None), ("Ana", "Recruiter")])
            if number % 4 == 0:
                cards.save(session, added, "{}")
            if number % 5 == 0:
                due = (NOW + timedelta(days=number % 3 - 1)).date() if number % 2 else None
                tasks.add(session, title=f"Follow up {number} {HOSTILE}", due_on=due, application=added)
        tasks.add(session, title="Update the resume", due_on=date(2026, 11, 1))
    for number in range(0, 40, 3):  # debriefs: of the latest round (a plan), a draft, of round 1 (superseded)
        kind = (number // 3) % 3
        notes = {"went": "well", "decision": ("soon", "in two weeks", "by Friday")[kind],
                 "interviewers": [{"name": f"Pat {number} {HOSTILE}", "email": f"pat{number}@example.com"}]}
        if kind == 1:
            save_debrief(store, ids[number], notes, number=3)
        elif kind == 2:
            target = debrief_target(store, ids[number], 2)
            save_draft(store, target, notes, ["went"])
        else:
            save_debrief(store, ids[number], notes, number=1)
    _letters(store, ids)
    with store.transaction() as session:  # one plan cache gone stale: both paths compute that plan
        session.execute(Debrief.__table__.update().where(Debrief.__table__.c.id.in_(
            select(Debrief.id).join(Interview).where(Interview.application_id == uuid.UUID(ids[12]))))
            .values(plan='{"key": "stale", "steps": []}'))
    return ids


def _letters(store: Store, ids: list[str]) -> None:
    """Letters of the applications with interviews: thank-yous due around NOW (some sent), a check-in, one to
    the hiring team, one whose interview is gone (its interview_id NULL)."""
    with store.transaction() as session:
        for number in range(0, 40, 3):
            application = session.get(Application, uuid.UUID(ids[number]))
            interview = application.interviews[number % 3]
            for index, (kind, name) in enumerate((("thank-you", f"Pat {number} {HOSTILE}"), ("thank-you", None),
                                                  ("check-in", "Dana Reyes"))):
                row, _status = letters.keep(session, application_id=application.id, interview_id=interview.id,
                                            values={"kind": kind, "sequence": 1, "recipient_name": name,
                                                    "recipient_email": "pat@example.com" if name else None,
                                                    "subject": f"Thank you {HOSTILE}", "salutation": "Dear Pat,",
                                                    "sign_off": "Best regards,", "body": "Dear Pat,\n\nThanks.",
                                                    "sources": "[]", "warnings": json.dumps([HOSTILE]),
                                                    "send_by": (NOW + timedelta(days=number % 5 - 3 + index)).date(),
                                                    "send_by_phrase": "today, within a few hours"})
                if number % 2 and index == 0:
                    letters.mark_sent(session, row, at=NOW - timedelta(hours=number), message_id=f"<{number}@x>")
        session.execute(Letter.__table__.update().where(Letter.__table__.c.kind == "check-in",
                                                        Letter.__table__.c.application_id == uuid.UUID(ids[3]))
                        .values(interview_id=None))


@pytest.fixture
def filled(store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("AFTERWORD_DATABASE_URL", store_url)
    return _fill(store)


@pytest.fixture
def no_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path must answer: the normal path would fail the test."""
    def refuse() -> None:
        raise AssertionError("the fast path fell back to open_store()")

    monkeypatch.setattr("afterword.store.session.open_store", refuse)


def test_the_database_is_read_by_the_fast_path(filled: list[str], store_url: str) -> None:
    reader = fast_read.open_reader()
    assert reader is not None
    expected = "sqlite" if store_url.startswith("sqlite") else "libpq" if libpq.load() is not None else "psycopg"
    assert reader.dialect == expected
    reader.close()


@pytest.mark.usefixtures("no_fallback")
def test_without_libpq_psycopg_reads_the_same(store: Store, filled: list[str], store_url: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(libpq, "load", lambda: None)
    reader = fast_read.open_reader()
    assert reader is not None and reader.dialect == ("sqlite" if store_url.startswith("sqlite") else "psycopg")
    reader.close()
    assert pipeline.read_board(now=NOW) == pipeline.board(store, now=NOW)
    assert pipeline.read_today(now=NOW) == pipeline.today(store, now=NOW)
    assert application_service.read_list() == application_service.list_applications(store)
    for ref in filled[:6]:
        assert application_service.read_show(ref) == application_service.show_application(store, ref)


@pytest.mark.usefixtures("no_fallback")
@pytest.mark.parametrize("rows", [10, 3, 100])
def test_board_and_today_are_the_same_on_both_paths(store: Store, filled: list[str], rows: int) -> None:
    for moment in (NOW, NOW + timedelta(days=4, hours=7)):
        fast_board = pipeline.read_board(now=moment, rows_per_stage=rows)
        normal_board = pipeline.board(store, now=moment, rows_per_stage=rows)
        assert fast_board == normal_board
        assert json_text(board_json(fast_board)) == json_text(board_json(normal_board))
        fast_today = pipeline.read_today(now=moment, rows=rows)
        normal_today = pipeline.today(store, now=moment, rows=rows)
        assert fast_today == normal_today
        assert json_text(today_json(fast_today)) == json_text(today_json(normal_today))
    assert fast_today.interviews and fast_today.tasks and fast_today.plan_steps and fast_today.letters  # every part


@pytest.mark.usefixtures("no_fallback")
@pytest.mark.parametrize("stage", [None, "saved", "interviewing", "no-response"])
def test_list_is_the_same_on_both_paths(store: Store, filled: list[str], stage: str | None) -> None:
    fast = application_service.read_list(stage)
    normal = application_service.list_applications(store, stage)
    assert fast == normal and fast
    assert json_text([summary.as_json() for summary in fast]) == json_text([summary.as_json() for summary in normal])


def _list_json(store: Store, stage: str | None = None) -> str:
    """What `afterword list --format json` printed before read_list_json: the summaries' JSON dicts."""
    return json_text([summary.as_json() for summary in application_service.list_applications(store, stage)])


@pytest.mark.usefixtures("no_fallback")
@pytest.mark.parametrize("stage", [None, "saved", "interviewing", "no-response", "accepted"])
def test_the_list_json_text_is_the_same_on_both_paths(store: Store, filled: list[str], stage: str | None) -> None:
    with store.transaction() as session:  # a whole second, an accepted one with no URL (a stage of its own)
        added = applications.add(session, company="Whole Second", role="Engineer", at=datetime(2026, 11, 2, 8, 0,
                                  tzinfo=UTC))
        applications.set_stage(session, added, "accepted", at=datetime(2026, 11, 3, 9, 0, 1, tzinfo=UTC))
    text = read_list_json(stage)
    assert text == _list_json(store, stage) and text.startswith("[\n  {")
    assert "\\u009b" in read_list_json(None) and "+00:00" in text  # the hostile name is escaped, as json_text does


@pytest.mark.usefixtures("no_fallback")
def test_the_list_json_text_reads_separators_and_empty_lists_the_same(store: Store, store_url: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_DATABASE_URL", store_url)
    assert read_list_json() == _list_json(store) == "[]"
    with store.transaction() as session:  # PostgreSQL's one-text form separates values with \x1f and rows with \x1e
        for number, name in enumerate(("Unit \x1f Co", "Record \x1e Co", "Plain Co")):
            applications.add(session, company=name, role=f"Role {number} \x1f\x1e", source_url="\x1e",
                             at=NOW - timedelta(hours=number))
    assert read_list_json() == _list_json(store)
    assert read_list_json("offer") == _list_json(store, "offer") == "[]"
    monkeypatch.setattr(libpq, "load", lambda: None)  # psycopg reads it the same
    assert read_list_json() == _list_json(store)


@pytest.mark.usefixtures("no_fallback")
def test_show_is_the_same_on_both_paths(store: Store, filled: list[str]) -> None:
    full = None
    for ref in [*filled[::3], filled[1][:4], "company 6", " COMPANY  5 "]:
        fast = application_service.read_show(ref)
        assert fast == application_service.show_application(store, ref)
        assert json_text(fast.as_json()) == json_text(application_service.show_application(store, ref).as_json())
        full = str(fast.summary.id)
    assert any(len(application_service.read_show(ref).letters) == 3 for ref in filled[::3])
    assert application_service.read_show(full.upper()) == application_service.show_application(store, full)
    for ref in ("acme", "company", "evil", "nobody", "", "zz%_/"):  # the same one-line errors
        with pytest.raises(StoreError) as normal:
            application_service.show_application(store, ref)
        with pytest.raises(StoreError) as fast_error:
            application_service.read_show(ref)
        assert str(fast_error.value) == str(normal.value)

"""Applications: adding, finding from what a person types, stage history, and what the database itself enforces."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store import applications, cards, interviews, tasks
from afterword.store.ids import short_id
from afterword.store.session import Store
from afterword.store.tables import (
    Application,
    Card,
    Company,
    Contact,
    Interview,
    InterviewContact,
    StageEvent,
    Task,
)

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_add_keeps_the_posting_and_starts_the_history(session: Session) -> None:
    application = applications.add(session, company="  Acme   Corp ", role="Backend Engineer",
                                   posting_text="We need Go.", source_url="https://acme.example/jobs/1",
                                   research_notes="Series B in 2025", stage="applied", at=T0)
    assert application.company.name == "Acme Corp"
    assert (application.stage, application.stage_changed_at) == ("applied", T0)
    assert [(event.from_stage, event.to_stage, event.at) for event in application.stage_events] == \
        [(None, "applied", T0)]
    again = applications.add(session, company="ACME corp", role="Data Engineer")
    assert again.company.id == application.company.id  # one company, whatever the case


def test_bad_input_is_refused(session: Session) -> None:
    with pytest.raises(StoreError, match="'hired' is not a stage; give one of saved, applied"):
        applications.add(session, company="Acme", role="Engineer", stage="hired")
    with pytest.raises(StoreError, match="needs a role"):
        applications.add(session, company="Acme", role="  ")
    with pytest.raises(StoreError, match="company needs a name"):
        applications.add(session, company=" ", role="Engineer")


def test_find_by_uuid_short_id_and_its_start(session: Session) -> None:
    acme = applications.add(session, company="Acme", role="Engineer")
    applications.add(session, company="Globex", role="Analyst")
    for ref in (str(acme.id), acme.id.hex.upper(), short_id(acme.id), short_id(acme.id)[:5]):
        assert applications.find(session, ref) is acme
    assert len(short_id(acme.id)) == 8


def test_find_by_the_start_of_the_company_name(session: Session) -> None:
    acme = applications.add(session, company="Acme Robotics", role="Engineer")
    globex = applications.add(session, company="Globex", role="Analyst")
    assert applications.find(session, "acme") is acme
    assert applications.find(session, "ACME rob") is acme
    assert applications.find(session, "g") is globex


def test_an_ambiguous_reference_lists_the_candidates(session: Session) -> None:
    first = applications.add(session, company="Acme", role="Engineer")
    second = applications.add(session, company="Acorn Foods", role="Chef")
    with pytest.raises(StoreError) as raised:
        applications.find(session, "ac")
    message = str(raised.value)
    assert message.startswith("'ac' matches 2 applications: ")
    assert f"{short_id(first.id)} Acme — Engineer (saved)" in message
    assert f"{short_id(second.id)} Acorn Foods — Chef (saved)" in message
    assert "\n" not in message and message.endswith("give the short id of one")


def test_a_reference_that_matches_nothing(session: Session) -> None:
    applications.add(session, company="Acme", role="Engineer")
    with pytest.raises(StoreError, match="no application matches 'initech'"):
        applications.find(session, "initech")
    with pytest.raises(StoreError, match="no application matches"):
        applications.find(session, str(uuid.uuid4()))


def test_set_stage_records_the_history(session: Session) -> None:
    application = applications.add(session, company="Acme", role="Engineer", at=T0)
    applications.set_stage(session, application, "applied", at=T0 + timedelta(days=1))
    event = applications.set_stage(session, application, "Interviewing", note="phone screen went well",
                                   at=T0 + timedelta(days=5))
    assert event is not None and event.note == "phone screen went well"
    assert applications.set_stage(session, application, "interviewing") is None  # no move, no event
    assert [(e.from_stage, e.to_stage) for e in application.stage_events] == \
        [(None, "saved"), ("saved", "applied"), ("applied", "interviewing")]
    assert application.stage_changed_at == T0 + timedelta(days=5)
    stored = session.scalars(select(StageEvent).where(StageEvent.application_id == application.id)).all()
    assert len(stored) == 3


def test_list_by_stage_most_recently_moved_first(session: Session) -> None:
    older = applications.add(session, company="Acme", role="Engineer", stage="applied", at=T0)
    newer = applications.add(session, company="Globex", role="Analyst", stage="applied", at=T0 + timedelta(hours=1))
    applications.add(session, company="Initech", role="Tester", at=T0 + timedelta(hours=2))
    assert list(applications.list(session, stage="applied")) == [newer, older]
    assert len(applications.list(session)) == 3


def test_deleting_a_company_deletes_what_cannot_outlive_it(store: Store) -> None:
    with store.transaction() as session:
        application = applications.add(session, company="Acme", role="Engineer")
        applications.set_stage(session, application, "applied")
        interviews.add(session, application=application, starts_at=T0, time_zone="UTC", kind="video",
                       interviewers=[("Dana Reyes", "Engineering Manager")])
        cards.save(session, application, "{}")
        tasks.add(session, title="Send thanks", application=application)
        tasks.add(session, title="Update resume")
    with store.transaction() as session:  # in SQL, so the database's ON DELETE rules do the work
        session.execute(delete(Company))
    with store.transaction() as session:
        counts = {table.__name__: session.scalar(select(func.count()).select_from(table))
                  for table in (Application, StageEvent, Interview, InterviewContact, Card, Task, Contact)}
        assert counts == {"Application": 0, "StageEvent": 0, "Interview": 0, "InterviewContact": 0, "Card": 0,
                          "Task": 1, "Contact": 1}
        contact = session.scalars(select(Contact)).one()
        assert contact.company_id is None  # a person outlives the company record


def test_the_database_enforces_stages_companies_and_foreign_keys(store: Store) -> None:
    with pytest.raises(IntegrityError), store.transaction() as session:
        company = applications.add(session, company="Acme", role="Engineer").company
        session.execute(insert(Application).values(id=uuid.uuid4(), company_id=company.id, role="x",
                                                   posting_text="", stage="hired", stage_changed_at=T0,
                                                   created_at=T0, updated_at=T0))
    with pytest.raises(IntegrityError), store.transaction() as session:
        session.execute(insert(Application).values(id=uuid.uuid4(), company_id=uuid.uuid4(), role="x",
                                                   posting_text="", stage="saved", stage_changed_at=T0,
                                                   created_at=T0, updated_at=T0))
    with pytest.raises(IntegrityError), store.transaction() as session:
        for name in ("Acme", "Acme"):
            session.execute(insert(Company).values(id=uuid.uuid4(), name=name, name_key=name.lower(),
                                                   created_at=T0, updated_at=T0))

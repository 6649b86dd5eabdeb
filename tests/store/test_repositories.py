"""Profiles and resumes, interviews and interviewers, cards, tasks: each repository on both databases."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store import applications, cards, contacts, interviews, profiles, tasks
from afterword.store.session import Store

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def test_one_profile_set_field_by_field(session: Session) -> None:
    profile = profiles.get_or_create(session)
    assert profiles.get_or_create(session) is profile
    profiles.set(session, name="Sam Rivera", email="sam@example.com", ambitions="Lead a platform team")
    profiles.set(session, phone="+1 555 0100", email="")
    assert (profile.name, profile.email, profile.phone, profile.ambitions) == \
        ("Sam Rivera", None, "+1 555 0100", "Lead a platform team")


def test_resume_versions_keep_the_original_bytes_and_the_latest_is_current(store: Store) -> None:
    original = bytes(range(256)) * 40  # any bytes, kept exactly
    with store.transaction() as session:
        assert profiles.current_resume(session) is None
        profiles.add_resume_version(session, file_name="resume-2025.pdf", original=b"old", text="Old",
                                    added_at=T0)
        profiles.add_resume_version(session, file_name="resume.docx", original=original, text="Sam Rivera",
                                    added_at=T0 + timedelta(days=30))
    with store.transaction() as session:
        current = profiles.current_resume(session)
        assert current is not None and current.file_name == "resume.docx"
        assert current.original == original and current.added_at == T0 + timedelta(days=30)
        assert [version.file_name for version in profiles.get_or_create(session).resume_versions] == \
            ["resume-2025.pdf", "resume.docx"]


def test_interviews_keep_the_instant_and_the_zone(store: Store) -> None:
    starts = datetime(2026, 12, 3, 14, 0, tzinfo=BERLIN)
    with store.transaction() as session:
        application = applications.add(session, company="Acme", role="Engineer")
        interviews.add(session, application=application, starts_at=starts, time_zone="Europe/Berlin",
                       kind="onsite", place_or_link="Hauptstr. 1", interviewers=[("Dana Reyes", "EM")])
    with store.transaction() as session:
        interview = applications.find(session, "acme").interviews[0]
        assert interview.starts_at == starts and interview.starts_at.tzinfo == UTC
        assert interviews.local_start(interview).hour == 14
        assert interviews.upcoming(session, after=starts - timedelta(minutes=1)) == [interview]
        assert interviews.upcoming(session, after=starts + timedelta(minutes=1)) == []


def test_interview_rounds_and_interviewers_as_contacts(session: Session) -> None:
    application = applications.add(session, company="Acme", role="Engineer")
    first = interviews.add(session, application=application, starts_at=T0, time_zone="UTC", kind="phone",
                           interviewers=[("Dana Reyes", None)])
    second = interviews.add(session, application=application, starts_at=T0 + timedelta(days=7),
                            time_zone="America/New_York", kind="video", place_or_link="https://meet.example/x",
                            interviewers=[("dana  reyes", "Engineering Manager"), ("Lee Chen", "Staff Engineer"),
                                          ("Lee Chen", None)])
    assert (first.round, second.round) == (1, 2)
    assert [person.name for person in second.interviewers] == ["Dana Reyes", "Lee Chen"]
    dana = contacts.find(session, name="DANA REYES", company=application.company)
    assert dana is not None and dana is first.interviewers[0]
    assert (dana.title, dana.source) == ("Engineering Manager", "interview")  # the title filled in later


@pytest.mark.parametrize(("changes", "problem"), [
    ({"starts_at": datetime(2026, 12, 3, 14, 0)}, "needs its time zone"),
    ({"time_zone": "Mars/Olympus"}, "'Mars/Olympus' is not a time zone"),
    ({"kind": "lunch"}, "'lunch' is not a kind of interview; give one of onsite, video, phone"),
])
def test_bad_interviews_are_refused(session: Session, changes: dict[str, object], problem: str) -> None:
    application = applications.add(session, company="Acme", role="Engineer")
    arguments: dict[str, object] = {"starts_at": T0, "time_zone": "UTC", "kind": "video", **changes}
    with pytest.raises(StoreError, match=problem):
        interviews.add(session, application=application, **arguments)  # type: ignore[arg-type]


def test_card_versions_count_up_per_application(store: Store) -> None:
    with store.transaction() as session:
        acme = applications.add(session, company="Acme", role="Engineer")
        globex = applications.add(session, company="Globex", role="Analyst")
        resume = profiles.add_resume_version(session, file_name="r.md", original=b"# Sam", text="# Sam")
        first = cards.save(session, acme, json.dumps({"schema": "afterword.card/1", "n": 1}), resume_version=resume)
        second = cards.save(session, acme, json.dumps({"schema": "afterword.card/1", "n": 2}))
        other = cards.save(session, globex, "{}")
        assert (first.version, second.version, other.version) == (1, 2, 1)
    with store.transaction() as session:
        acme = applications.find(session, "acme")
        assert [card.version for card in cards.versions(session, acme)] == [1, 2]
        latest = cards.latest(session, acme)
        assert latest is not None and json.loads(latest.content)["n"] == 2 and latest.format == "json"
        assert cards.versions(session, acme)[0].resume_version is not None


def test_a_card_that_is_not_json_is_refused(session: Session) -> None:
    application = applications.add(session, company="Acme", role="Engineer")
    with pytest.raises(StoreError, match="not JSON"):
        cards.save(session, application, "# Closing Card")


def test_tasks_due_overdue_first_then_undated_and_done_ones_gone(session: Session) -> None:
    application = applications.add(session, company="Acme", role="Engineer")
    today = date(2026, 12, 1)
    tasks.add(session, title="Later", due_on=today + timedelta(days=3))
    due = tasks.add(session, title="Send thank-you note", due_on=today, kind="thank-you", application=application)
    overdue = tasks.add(session, title="Follow up", due_on=today - timedelta(days=2), kind="follow-up")
    someday = tasks.add(session, title="Tidy LinkedIn")
    finished = tasks.add(session, title="Already done", due_on=today)
    tasks.complete(session, finished, at=T0)
    assert list(tasks.list_due(session, today)) == [overdue, due, someday]
    assert due.application is application and finished.done_at == T0
    with pytest.raises(StoreError, match="needs a title"):
        tasks.add(session, title=" ")


def test_a_naive_datetime_is_never_stored(store: Store) -> None:
    with pytest.raises(StatementError, match="naive datetime"), store.transaction() as session:
        applications.add(session, company="Acme", role="Engineer", at=datetime(2026, 12, 1, 9, 0))

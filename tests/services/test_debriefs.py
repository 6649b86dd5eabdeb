"""services/debriefs.py and services/plans.py on SQLite and PostgreSQL: choosing the interview, the decision
phrase read into a date (or left empty, never guessed), interviewers as contacts, drafts, the plan and today."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from afterword.debrief.model import DebriefError
from afterword.errors import AfterwordError
from afterword.services import pipeline
from afterword.services.debriefs import debrief_target, finish_debrief, load_debrief, save_debrief, save_draft
from afterword.services.plans import calendar_export, plan_for
from afterword.store import applications, interviews
from afterword.store.session import Store
from afterword.store.tables import Contact, Debrief, Interview

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)


def _application(store: Store, company: str = "Acme", stage: str = "interviewing",
                 starts: tuple[datetime, ...] = (datetime(2026, 12, 1, 23, 30, tzinfo=PARIS),)) -> str:
    with store.transaction() as session:
        added = applications.add(session, company=company, role="Engineer")
        applications.set_stage(session, added, stage)
        for number, start in enumerate(starts, 1):
            interviews.add(session, application=added, starts_at=start, time_zone="Europe/Paris", kind="video",
                           round=number, interviewers=[("Dana Reyes", None)])
        return added.id.hex[:8]


def test_no_interview_is_a_clear_error(store: Store) -> None:
    ref = _application(store, starts=())
    with pytest.raises(DebriefError, match="has no interview yet; add it first with: afterword interview add"):
        save_debrief(store, ref, {"went": "well"})
    with pytest.raises(AfterwordError, match="has no interview yet, so no follow-up plan"):
        plan_for(store, ref)


def test_the_interview_is_the_latest_begun_or_the_one_asked_for(store: Store) -> None:
    ref = _application(store, starts=(datetime(2026, 12, 1, 10, tzinfo=PARIS), datetime(2026, 12, 8, 10, tzinfo=PARIS),
                                      datetime(2026, 12, 20, 10, tzinfo=PARIS)))
    assert debrief_target(store, ref, now=NOW).number == 2
    assert debrief_target(store, ref, 3, now=NOW).interview.round == 3
    with pytest.raises(DebriefError, match="has 3 interviews, so there is no interview 4; give --interview 1 to 3"):
        debrief_target(store, ref, 4)
    with pytest.raises(DebriefError, match="--interview 1 and the file's interview = 2 disagree"):
        save_debrief(store, ref, {"interview": 2}, number=1)
    saved = save_debrief(store, ref, {"interview": 1, "went": "mixed"})
    assert saved.target.number == 1 and saved.debrief.debrief == {"interview": 1, "went": "mixed"}


def test_the_decision_phrase_is_read_on_the_interviews_own_day(store: Store) -> None:
    ref = _application(store)  # 23:30 in Paris on 1 Dec is 22:30 UTC: the phrase was said on Tuesday 1 Dec
    saved = save_debrief(store, ref, {"decision": "by the end of next week"})
    assert saved.debrief.decision_date == date(2026, 12, 11) and saved.decision_read
    assert not saved.decision_needed


def test_an_unreadable_phrase_leaves_the_date_empty_and_says_so(store: Store) -> None:
    ref = _application(store)
    saved = save_debrief(store, ref, {"decision": "soon, hopefully"})
    assert saved.debrief.decision_date is None and saved.decision_needed and not saved.decision_read
    given = save_debrief(store, ref, {"decision": "soon, hopefully"}, decision_date="2026-12-18")
    assert given.debrief.decision_date == date(2026, 12, 18) and not given.decision_needed and given.replaced
    with pytest.raises(DebriefError, match="before the interview"):
        save_debrief(store, ref, {}, decision_date="2026-11-30")
    with pytest.raises(DebriefError, match="'18/12' is not a date: write it as YYYY-MM-DD"):
        save_debrief(store, ref, {}, decision_date="18/12")


def test_the_decision_date_follows_the_country_setting(store: Store) -> None:
    ref = _application(store, starts=(datetime(2026, 12, 21, 10, tzinfo=PARIS),))
    saved = save_debrief(store, ref, {"decision": "within 4 business days"})
    assert saved.debrief.decision_date == date(2026, 12, 28)  # US: Christmas Day is the only holiday
    store.settings = store.settings.model_copy(update={"country": "GB"})
    saved = save_debrief(store, ref, {"decision": "within 4 business days"})
    assert saved.debrief.decision_date == date(2026, 12, 29)  # GB: Christmas and Boxing Day (on the 28th)


def test_interviewers_become_contacts_of_the_interview_and_company(store: Store) -> None:
    ref = _application(store)
    saved = save_debrief(store, ref, {"interviewers": [
        {"name": "dana  reyes", "title": "Engineering Manager", "email": " Dana@Example.COM ",
         "phone": "(415) 555-0132"},
        {"name": "Lee Chan", "phone": "call the front desk"}]})
    assert saved.contacts == ("Dana Reyes", "Lee Chan")
    with store.transaction() as session:
        people = {contact.name: contact for contact in session.scalars(select(Contact))}
        assert set(people) == {"Dana Reyes", "Lee Chan"}  # the interviewer already kept is the same person
        dana, lee = people["Dana Reyes"], people["Lee Chan"]
        assert (dana.title, dana.email, dana.phone) == ("Engineering Manager", "Dana@example.com", "+14155550132")
        assert lee.phone == "call the front desk" and lee.source == "debrief" and lee.company.name == "Acme"
        interview = session.scalars(select(Interview)).one()
        assert {person.name for person in interview.interviewers} == {"Dana Reyes", "Lee Chan"}
    content = json.loads(saved.debrief.content)
    assert content["interviewers"][0]["email"] == "Dana@Example.COM"  # the notes are kept as written


def test_an_invalid_email_is_one_line_naming_it_and_nothing_is_kept(store: Store) -> None:
    ref = _application(store)
    with pytest.raises(DebriefError) as raised:
        save_debrief(store, ref, {"went": "well", "interviewers": [{"name": "Lee Chan", "email": "lee@@example"}]})
    message = str(raised.value)
    assert "\n" not in message and message.startswith('interviewer Lee Chan: "lee@@example" is not a valid email')
    with store.transaction() as session:
        assert session.scalars(select(Debrief)).all() == []
        assert "Lee Chan" not in {contact.name for contact in session.scalars(select(Contact))}


def test_a_draft_keeps_answers_and_progress_until_finished(store: Store) -> None:
    ref = _application(store)
    target = debrief_target(store, ref)
    save_draft(store, target, {"went": "well", "interviewers": [{"name": "Kim Ode"}]}, ["went", "confidence"])
    resumed = debrief_target(store, ref)
    assert resumed.draft is not None and resumed.finished is None
    assert resumed.progress == ("went", "confidence")
    assert json.loads(resumed.draft.content) == {"went": "well", "interviewers": [{"name": "Kim Ode"}]}
    with store.transaction() as session:  # a draft makes no contact yet
        assert "Kim Ode" not in {contact.name for contact in session.scalars(select(Contact))}
    with pytest.raises(AfterwordError, match="no finished debrief yet"):
        plan_for(store, ref)
    finished = finish_debrief(store, resumed, {"went": "well", "interviewers": [{"name": "Kim Ode"}]},
                              date(2026, 12, 15))
    assert not finished.debrief.draft and finished.contacts == ("Kim Ode",) and not finished.replaced
    assert load_debrief(store, ref).decision_date == date(2026, 12, 15)
    with store.transaction() as session:
        row = session.scalars(select(Debrief)).one()
        assert row.draft_progress is None and row.plan is not None and row.went == "well"


def test_the_plan_marks_the_current_step(store: Store) -> None:
    ref = _application(store)
    save_debrief(store, ref, {"decision": "in two weeks"})  # 15 Dec
    plan = plan_for(store, ref, now=NOW)  # Thursday 10 Dec
    assert plan.decision_on == date(2026, 12, 15) and not plan.decision_assumed
    assert [(step.kind, step.due_on, step.status) for step in plan.steps] == [
        ("thank-you", date(2026, 12, 1), "past"),
        ("keep-momentum", date(2026, 12, 8), "overdue"),
        ("check-in", date(2026, 12, 17), "coming"),
        ("second-check-in", date(2026, 12, 24), "coming"),
        ("move-on", date(2027, 1, 4), "coming")]
    assert plan_for(store, ref, now=datetime(2026, 12, 17, 12, tzinfo=UTC)).steps[2].status == "due today"


def test_today_lists_each_waiting_applications_current_step_on_both_paths(
        store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_DATABASE_URL", store_url)
    first = _application(store, "Acme")
    save_debrief(store, first, {"decision": "in two weeks"})
    second = _application(store, "Beta", starts=(datetime(2026, 12, 10, 9, tzinfo=PARIS),))
    save_debrief(store, second, {})
    closed = _application(store, "Gamma", stage="rejected")
    save_debrief(store, closed, {})
    later = _application(store, "Delta", starts=(datetime(2026, 12, 2, 9, tzinfo=PARIS),
                                                  datetime(2026, 12, 14, 9, tzinfo=PARIS)))
    save_debrief(store, later, {}, number=1)  # round 2 comes after: its debrief will make the plan
    normal = pipeline.today(store, now=NOW)
    assert [(step.application.company, step.kind, step.due_on) for step in normal.plan_steps] == [
        ("Acme", "keep-momentum", date(2026, 12, 8)), ("Beta", "thank-you", date(2026, 12, 10))]
    assert normal.plan_step_count == 2
    assert pipeline.read_today(now=NOW) == normal


def test_the_calendar_keeps_its_uids_and_raises_the_sequence_when_a_plan_changes(store: Store) -> None:
    with pytest.raises(AfterwordError, match="no follow-up plans yet"):
        calendar_export(store)
    ref = _application(store)
    save_debrief(store, ref, {"decision": "in two weeks"})
    first = calendar_export(store)
    assert calendar_export(store) == first  # nothing changed: the same bytes
    save_debrief(store, ref, {"decision": "in two weeks"}, decision_date="2026-12-22")
    with store.transaction() as session:  # the change came a while later (SEQUENCE counts seconds)
        row = session.scalars(select(Debrief)).one()
        row.updated_at += timedelta(seconds=90)
    second = calendar_export(store)

    def events(data: bytes) -> dict[str, int]:
        from icalendar import Calendar

        return {str(event["UID"]): int(event["SEQUENCE"]) for event in Calendar.from_ical(data).events}

    before, after = events(first), events(second)
    shared = set(before) & set(after)
    assert {uid for uid in before if "@afterword" in uid} and shared
    assert all(after[uid] > before[uid] for uid in shared)


def test_deleting_an_interview_deletes_its_debrief(store: Store) -> None:
    ref = _application(store)
    save_debrief(store, ref, {"went": "well"})
    with store.transaction() as session:
        session.delete(session.scalars(select(Interview)).one())
    with store.transaction() as session:
        assert session.scalars(select(Debrief)).all() == []


def test_a_debrief_after_midnight_utc_counts_from_its_local_day(store: Store) -> None:
    start = datetime(2026, 12, 3, 0, 30, tzinfo=PARIS)  # 2 Dec 23:30 UTC
    ref = _application(store, starts=(start,))
    saved = save_debrief(store, ref, {"decision": "tomorrow"})
    assert saved.target.interview_on == date(2026, 12, 3)
    assert saved.debrief.decision_date == date(2026, 12, 4)
    assert plan_for(store, ref, now=start.astimezone(UTC) + timedelta(hours=1)).steps[0].due_on == date(2026, 12, 3)

"""The plan as an iCalendar file: valid, timed in the application's zone, with reminders and stable UIDs."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from afterword.schedule import PlanContext, build_followup_plan, plan_to_icalendar

STAMP = dt.datetime(2026, 12, 2, 18, 0, tzinfo=dt.UTC)
PLAN = build_followup_plan(dt.date(2026, 12, 2), dt.date(2026, 12, 23), "GB")
CONTEXT = PlanContext("6f1c2d4e-0000-4000-8000-000000000001", "Acme Ltd", "Data Engineer", "Europe/London")


def _events(data: bytes) -> list:
    return Calendar.from_ical(data).events


def test_the_file_parses_back_as_a_valid_calendar() -> None:
    data = plan_to_icalendar(PLAN.steps, CONTEXT, stamp=STAMP)
    assert data.count(b"\n") == data.count(b"\r\n")  # CRLF line endings only
    calendar = Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert "Afterword" in str(calendar["PRODID"])
    events = calendar.events
    assert len(events) == len(PLAN.steps)
    assert [event.start.date() for event in events] == [step.due for step in PLAN.steps]
    assert all(event.stamp == STAMP for event in events)


def test_events_are_at_nine_in_the_applications_time_zone() -> None:
    data = plan_to_icalendar(PLAN.steps, PlanContext("a", "Acme", "Analyst", "America/New_York"), stamp=STAMP)
    assert b"DTSTART;TZID=America/New_York:20261202T090000" in data
    calendar = Calendar.from_ical(data)
    assert [tz.tz_name for tz in calendar.timezones] == ["America/New_York"]
    first = calendar.events[0]
    assert first.start.utcoffset() == dt.timedelta(hours=-5)
    assert first.end - first.start == dt.timedelta(minutes=30)


def test_every_event_has_a_display_reminder() -> None:
    for event in _events(plan_to_icalendar(PLAN.steps, CONTEXT, stamp=STAMP)):
        (alarm,) = event.walk("VALARM")
        assert alarm["ACTION"] == "DISPLAY"
        assert alarm.decoded("TRIGGER") == -dt.timedelta(minutes=15)


def test_summary_and_description_name_the_company_and_role() -> None:
    first = _events(plan_to_icalendar(PLAN.steps, CONTEXT, stamp=STAMP))[0]
    assert first["SUMMARY"] == "Send your thank-you note (Acme Ltd)"
    assert "Data Engineer at Acme Ltd" in first["DESCRIPTION"]


def test_uids_are_stable_across_exports_so_reimporting_updates() -> None:
    first = _events(plan_to_icalendar(PLAN.steps, CONTEXT, stamp=STAMP))
    moved = build_followup_plan(dt.date(2026, 12, 2), dt.date(2027, 1, 8), "GB")  # they moved the date
    again = _events(plan_to_icalendar(moved.steps, CONTEXT, sequence=1, stamp=STAMP + dt.timedelta(days=3)))
    uids = {str(event["UID"]): event for event in again}
    for event in first:
        assert str(event["UID"]) in uids
    check_in = next(e for e in again if "Check in on" in str(e["SUMMARY"]))
    assert check_in.start.date() != next(e for e in first if "Check in on" in str(e["SUMMARY"])).start.date()
    assert all(event.sequence == 1 for event in again)


def test_uids_are_unique_within_a_plan_and_differ_between_applications() -> None:
    mine = [str(e["UID"]) for e in _events(plan_to_icalendar(PLAN.steps, CONTEXT, stamp=STAMP))]
    other = PlanContext("6f1c2d4e-0000-4000-8000-000000000002", "Acme Ltd", "Data Engineer", "Europe/London")
    theirs = [str(e["UID"]) for e in _events(plan_to_icalendar(PLAN.steps, other, stamp=STAMP))]
    assert len(set(mine)) == len(mine)
    assert all(uid.endswith("@afterword") for uid in mine)
    assert not set(mine) & set(theirs)


def test_unknown_time_zone_is_a_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        plan_to_icalendar(PLAN.steps, PlanContext("a", "Acme", "Analyst", "Mars/Olympus"), stamp=STAMP)


def test_many_plans_in_one_file_keep_each_plans_uids_and_sequence() -> None:
    from afterword.schedule import CalendarPlan, plans_to_icalendar

    other = PlanContext("6f1c2d4e-0000-4000-8000-000000000002", "Globex", "Analyst", "America/New_York")
    later = build_followup_plan(dt.date(2026, 12, 9), None, "US")
    data = plans_to_icalendar([CalendarPlan(PLAN.steps, CONTEXT, sequence=3),
                               CalendarPlan(later.steps, other, sequence=7, stamp=STAMP)], stamp=STAMP)
    calendar = Calendar.from_ical(data)
    alone = {str(event["UID"]) for event in _events(plan_to_icalendar(PLAN.steps, CONTEXT, stamp=STAMP))}
    uids = [str(event["UID"]) for event in calendar.events]
    assert len(uids) == len(set(uids)) == len(PLAN.steps) + len(later.steps)
    assert alone <= set(uids)
    assert {int(event["SEQUENCE"]) for event in calendar.events} == {3, 7}
    assert sorted(tz.tz_name for tz in calendar.timezones) == ["America/New_York", "Europe/London"]
    assert data == plans_to_icalendar([CalendarPlan(PLAN.steps, CONTEXT, sequence=3),
                                       CalendarPlan(later.steps, other, sequence=7, stamp=STAMP)], stamp=STAMP)
    with pytest.raises(ValueError, match="sequence must be 0 or more"):
        plans_to_icalendar([CalendarPlan(PLAN.steps, CONTEXT, sequence=-1)])

"""The follow-up plan as an iCalendar file (RFC 5545) for any calendar app.

Each step is a 30-minute event at 09:00 in the application's time zone (with its VTIMEZONE), with a reminder
15 minutes before. Event UIDs come from the application id, the step kind and its ordinal among steps of that
kind, so exporting the same plan again updates the events already imported instead of adding copies; pass a
higher ``sequence`` when the plan changed so calendar apps take the new version. ``plans_to_icalendar`` puts the
plans of many applications in one file, each event with the UID and SEQUENCE it would have on its own.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from afterword.schedule.errors import ScheduleError, UnknownTimeZoneError
from afterword.schedule.followup_plan import PlanStep

PRODUCT_ID = "-//Afterword//Follow-up plan//EN"
ALL_PLANS_NAME = "Afterword: follow-up plans"
UID_NAMESPACE = uuid.UUID("098df3c0-0bcc-46ca-a8bb-ab18e90b9585")  # fixed forever: UIDs must not change
UID_DOMAIN = "afterword"
EVENT_START = dt.time(9, 0)
EVENT_LENGTH = dt.timedelta(minutes=30)
REMINDER_BEFORE = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class PlanContext:
    """Which application the plan is for, and the time zone its events are in (an IANA name)."""

    application_id: str
    company: str
    role: str
    time_zone: str


@dataclass(frozen=True)
class CalendarPlan:
    """One application's steps in a calendar of many: its context, SEQUENCE and DTSTAMP (now when None)."""

    steps: Sequence[PlanStep]
    context: PlanContext
    sequence: int = 0
    stamp: dt.datetime | None = None


def step_uid(application_id: str, kind: str, ordinal: int) -> str:
    """The stable UID of the ``ordinal``-th (from 1) step of ``kind`` in an application's plan."""
    return f"{uuid.uuid5(UID_NAMESPACE, f'{application_id}/{kind}/{ordinal}')}@{UID_DOMAIN}"


def plan_to_icalendar(steps: Sequence[PlanStep], context: PlanContext, *, sequence: int = 0,
                      stamp: dt.datetime | None = None) -> bytes:
    """The steps as iCalendar bytes (CRLF line endings). ``stamp`` is the DTSTAMP, now (UTC) when not given.

    Raises UnknownTimeZoneError (a ValueError) when the time zone name is unknown."""
    if sequence < 0:
        raise ScheduleError(f"The sequence must be 0 or more, not {sequence}.")
    zone = _zone(context.time_zone)
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar.new(
        prodid=PRODUCT_ID, method="PUBLISH", name=f"Afterword: {context.role} at {context.company}",
        uid=uuid.uuid5(UID_NAMESPACE, f"{context.application_id}/calendar"))
    ordinals: dict[str, int] = {}
    for step in steps:
        ordinals[step.kind] = ordinals.get(step.kind, 0) + 1
        calendar.add_component(_event(step, ordinals[step.kind], context, zone, sequence, stamp))
    if steps:
        first, last = min(step.due for step in steps), max(step.due for step in steps)
        calendar.add_missing_timezones(first_date=dt.date(first.year, 1, 1), last_date=dt.date(last.year + 1, 1, 1))
    return calendar.to_ical()


def plans_to_icalendar(plans: Sequence[CalendarPlan], *, stamp: dt.datetime | None = None) -> bytes:
    """The steps of several applications' plans in one iCalendar file (CRLF line endings). Each event has the UID
    and SEQUENCE it has in ``plan_to_icalendar``, so a file of all plans and a file of one update the same events.
    ``stamp`` is the DTSTAMP of plans that give none (now, UTC, when not given).

    Raises ScheduleError for a negative sequence and UnknownTimeZoneError for an unknown time zone."""
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar.new(prodid=PRODUCT_ID, method="PUBLISH", name=ALL_PLANS_NAME,
                            uid=uuid.uuid5(UID_NAMESPACE, "all-plans"))
    days: list[dt.date] = []
    for plan in plans:
        if plan.sequence < 0:
            raise ScheduleError(f"The sequence must be 0 or more, not {plan.sequence}.")
        zone = _zone(plan.context.time_zone)
        ordinals: dict[str, int] = {}
        for step in plan.steps:
            ordinals[step.kind] = ordinals.get(step.kind, 0) + 1
            calendar.add_component(_event(step, ordinals[step.kind], plan.context, zone, plan.sequence,
                                          plan.stamp or stamp))
            days.append(step.due)
    if days:
        calendar.add_missing_timezones(first_date=dt.date(min(days).year, 1, 1),
                                       last_date=dt.date(max(days).year + 1, 1, 1))
    return calendar.to_ical()


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownTimeZoneError(
            f"Unknown time zone {name!r}: use an IANA name such as America/New_York or Europe/London.") from None


def _event(step: PlanStep, ordinal: int, context: PlanContext, zone: ZoneInfo, sequence: int,
           stamp: dt.datetime) -> Event:
    start = dt.datetime.combine(step.due, EVENT_START, tzinfo=zone)
    summary = f"{step.title} ({context.company})"
    event = Event.new(
        uid=step_uid(context.application_id, step.kind, ordinal), start=start, end=start + EVENT_LENGTH,
        summary=summary, description=f"{step.description}\n\n{context.role} at {context.company}",
        stamp=stamp, sequence=sequence, categories=["Afterword", step.kind])
    event.add_component(Alarm.new_display(description=summary, trigger=-REMINDER_BEFORE))
    return event

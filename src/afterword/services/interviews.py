"""Interviews: a round of an application at a local time in a named zone, with the people met."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterword.errors import AfterwordError
from afterword.services.clock import local_zone_name
from afterword.services.views import ApplicationSummary, InterviewView, interview_of, summary_of
from afterword.store import applications, interviews
from afterword.store.session import Store
from afterword.store.tables import INTERVIEW_KINDS

TIME_EXAMPLE = '"2026-12-03 14:00"'


@dataclass(frozen=True, slots=True)
class AddedInterview:
    application: ApplicationSummary
    interview: InterviewView


def zone_named(name: str | None) -> str:
    """An IANA zone name as given (the local zone when None); a one-line error for anything else."""
    if name is None or not name.strip():
        return local_zone_name()
    try:
        ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise AfterwordError(f"'{name}' is not a time zone; give an IANA name such as Europe/Paris or "
                             "America/New_York") from None
    return name.strip()


def parse_start(at: str, zone: str) -> datetime:
    """``at`` ("2026-12-03 14:00", a T between them works too) on the clock of ``zone``; a time written with an
    offset (+01:00) keeps that instant."""
    try:
        parsed = datetime.fromisoformat(at.strip())
    except ValueError:
        raise AfterwordError(f"'{at}' is not a date and time; give it as {TIME_EXAMPLE} (year-month-day hour:minute)"
                             ) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=ZoneInfo(zone))
    return parsed.astimezone(ZoneInfo(zone))


def default_kind(place: str | None) -> str:
    """"video" when the place is a link, else "onsite"."""
    return "video" if place and place.strip().lower().startswith(("http://", "https://")) else "onsite"


def add_interview(store: Store, ref: str, *, at: str, time_zone: str | None = None, round: int | None = None,
                  kind: str | None = None, place: str | None = None,
                  interviewers: Sequence[str] = ()) -> AddedInterview:
    """A round of the application ``ref`` names, starting ``at`` (local time in ``time_zone``, default the local
    zone). ``interviewers`` are "Name, Title" strings; they are kept as contacts at the company."""
    from afterword.coach.interviewers import parse_interviewer

    zone = zone_named(time_zone)
    starts_at = parse_start(at, zone)
    chosen_kind = (kind or default_kind(place)).strip().lower()
    if chosen_kind not in INTERVIEW_KINDS:
        raise AfterwordError(f"'{kind}' is not a kind of interview; give one of {', '.join(INTERVIEW_KINDS)}")
    if round is not None and round < 1:
        raise AfterwordError(f"round {round} is not a round; give 1 or more")
    people = [parse_interviewer(value) for value in interviewers]
    with store.transaction() as session:
        application = applications.find(session, ref)
        added = interviews.add(session, application=application, starts_at=starts_at, time_zone=zone,
                               kind=chosen_kind, round=round, place_or_link=(place or "").strip() or None,
                               interviewers=[(person.name, person.title or None) for person in people])
        return AddedInterview(summary_of(application), interview_of(added))

"""Interviews: the rounds of an application, each at an instant in a named time zone, with its interviewers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store import contacts
from afterword.store.tables import INTERVIEW_KINDS, Application, Interview


def _zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise StoreError(f"'{name}' is not a time zone; give an IANA name such as Europe/Berlin or "
                         "America/New_York") from None
    return name


def add(session: Session, *, application: Application, starts_at: datetime, time_zone: str, kind: str,
        round: int | None = None, place_or_link: str | None = None, notes: str | None = None,
        interviewers: Iterable[tuple[str, str | None]] = ()) -> Interview:
    """A round of ``application`` (the next one unless ``round`` is given). ``starts_at`` must carry its offset;
    ``interviewers`` are (name, title) pairs, kept as contacts at the application's company."""
    if starts_at.tzinfo is None or starts_at.utcoffset() is None:
        raise StoreError("an interview time needs its time zone; give it with the zone, e.g. 2026-12-03 14:00 "
                         "Europe/Berlin")
    if kind not in INTERVIEW_KINDS:
        raise StoreError(f"'{kind}' is not a kind of interview; give one of {', '.join(INTERVIEW_KINDS)}")
    if round is None:
        latest = session.scalar(select(func.max(Interview.round)).where(Interview.application_id == application.id))
        round = (latest or 0) + 1
    interview = Interview(application=application, round=round, starts_at=starts_at, time_zone=_zone(time_zone),
                          kind=kind, place_or_link=place_or_link, notes=notes)
    session.add(interview)
    for name, title in interviewers:
        contact = contacts.get_or_create(session, name=name, title=title, company=application.company,
                                         source="interview")
        if contact not in interview.interviewers:
            interview.interviewers.append(contact)
    session.flush()
    return interview


def local_start(interview: Interview) -> datetime:
    """When the interview starts, on the clock of its own time zone."""
    return interview.starts_at.astimezone(ZoneInfo(interview.time_zone))


def upcoming(session: Session, after: datetime) -> Sequence[Interview]:
    """Interviews starting at ``after`` or later, soonest first."""
    return session.scalars(select(Interview).where(Interview.starts_at >= after).order_by(Interview.starts_at)).all()

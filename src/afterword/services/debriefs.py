"""Debriefs: what the candidate noted after an interview, kept with it. Saved from a file in one go, or answer by
answer as a draft that a later run resumes; the decision phrase read into a date (never guessed); the interviewers
kept as contacts at the company, linked to the interview.

The CLI imports this module only inside its commands: it brings in SQLAlchemy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from afterword.debrief.model import Debrief, DebriefError, from_mapping, to_mapping
from afterword.services.clock import now_utc
from afterword.services.debrief_answers import day_answer, spoken_day
from afterword.services.debrief_views import DebriefView
from afterword.services.plan_steps import build_plan, cache_text, region_problem
from afterword.services.views import ApplicationSummary, InterviewView, interview_of, summary_of
from afterword.settings import Settings
from afterword.store import applications, debriefs
from afterword.store.ids import short_id
from afterword.store.session import Store
from afterword.store.tables import Application, Interview
from afterword.store.tables import Debrief as DebriefRow


@dataclass(frozen=True, slots=True)
class DebriefTarget:
    """The interview a debrief is for, and what is kept for it already (a draft to resume, or a finished one)."""

    application: ApplicationSummary
    interview: InterviewView
    number: int  # 1 = the application's first interview
    interview_on: date  # its day on its own clock: the day the decision phrase was said
    existing: DebriefView | None
    progress: tuple[str, ...]  # the questions a draft has been through

    @property
    def draft(self) -> DebriefView | None:
        return self.existing if self.existing is not None and self.existing.draft else None

    @property
    def finished(self) -> DebriefView | None:
        return self.existing if self.existing is not None and not self.existing.draft else None


@dataclass(frozen=True, slots=True)
class SavedDebrief:
    """A finished debrief as kept. ``decision_needed``: the phrase could not be read as a date, so the date must
    be asked for (it is left empty, never guessed); ``decision_read``: the date was read from the phrase."""

    target: DebriefTarget
    debrief: DebriefView
    decision_read: bool
    decision_needed: bool
    contacts: tuple[str, ...]
    replaced: bool


def _view(interview: Interview, number: int, row: DebriefRow) -> DebriefView:
    return DebriefView(interview_id=interview.id, number=number, round=interview.round,
                       interview_starts_at=interview_of(interview).starts_at, draft=row.draft, content=row.content,
                       decision_date=row.decision_date, created_at=row.created_at, updated_at=row.updated_at)


def _choose(application: Application, number: int | None, now: datetime) -> tuple[Interview, int]:
    """Interview ``number`` of ``application`` (1 = the first); by default the latest that has begun (the first
    when none has)."""
    ordered = debriefs.numbered(application.interviews)
    ref = short_id(application.id)
    if not ordered:
        raise DebriefError(f"{ref} {application.company.name} — {application.role} has no interview yet; add it "
                           f"first with: afterword interview add {ref} --at \"YYYY-MM-DD HH:MM\"")
    if number is None:
        begun = [index for index, interview in enumerate(ordered) if interview.starts_at <= now]
        index = begun[-1] if begun else 0
        return ordered[index], index + 1
    if not 1 <= number <= len(ordered):
        count = "1 interview" if len(ordered) == 1 else f"{len(ordered)} interviews"
        raise DebriefError(f"{ref} has {count}, so there is no interview {number}; give --interview 1"
                           + (f" to {len(ordered)}" if len(ordered) > 1 else ""))
    return ordered[number - 1], number


def _target(application: Application, interview: Interview, number: int) -> DebriefTarget:
    row = interview.debrief
    progress = tuple(json.loads(row.draft_progress)) if row is not None and row.draft and row.draft_progress else ()
    view = interview_of(interview)
    return DebriefTarget(application=summary_of(application), interview=view, number=number,
                         interview_on=view.starts_at.date(),
                         existing=_view(interview, number, row) if row is not None else None, progress=progress)


def debrief_target(store: Store, ref: str, number: int | None = None, *, now: datetime | None = None
                   ) -> DebriefTarget:
    """The interview of the application ``ref`` that a debrief is for: ``number`` (1 = the first), or the latest
    that has begun; a one-line error when the application has no interview."""
    with store.transaction() as session:
        application = applications.find(session, ref)
        interview, chosen = _choose(application, number, now or now_utc())
        return _target(application, interview, chosen)


def load_debrief(store: Store, ref: str, number: int | None = None) -> DebriefView:
    """The debrief kept for the application's interview ``number`` (default: the latest that has begun)."""
    target = debrief_target(store, ref, number)
    if target.existing is None:
        raise DebriefError(f"interview {target.number} of {target.application.short_id} has no debrief yet; write "
                           f"one with: afterword debrief {target.application.short_id}")
    return target.existing


def read_decision(settings: Settings, phrase: str, spoken_on: date) -> date | None:
    """The date the decision phrase names, said on ``spoken_on`` in the settings' country and subdivision; None
    when it names none that can be read (then ask: it is never guessed)."""
    from afterword.schedule import decision_date
    from afterword.schedule.errors import UnknownRegionError

    if not phrase.strip():
        return None
    try:
        return decision_date(phrase, spoken_on, settings.country, settings.subdivision)
    except UnknownRegionError as error:
        raise region_problem(error) from None


def check_decision_date(value: date | str | None, interview_on: date) -> date | None:
    """A decision date given by the person (a date, or text as YYYY-MM-DD): not before the interview."""
    day = day_answer(value) if isinstance(value, str) else value
    if day is not None and day < interview_on:
        raise DebriefError(f"the decision date {day.isoformat()} is before the interview ({spoken_day(interview_on)});"
                           " give that day or a later one")
    return day


def check_email(name: str, email: str) -> str:
    """An interviewer's email, checked and in its standard form; a one-line error naming the interviewer."""
    from afterword.contacts import EmailAddressError, normalise_email

    try:
        return normalise_email(email)
    except EmailAddressError as error:
        raise DebriefError(f"interviewer {name}: {error}") from None


def _phone(phone: str, region: str) -> str:
    """A phone number in E.164 when it is a valid number (read in ``region`` without a +), else as typed."""
    from afterword.contacts import PhoneNumberError, normalise_phone

    try:
        return normalise_phone(phone, region)
    except PhoneNumberError:
        return phone


def _content(debrief: Debrief) -> str:
    mapping = to_mapping(debrief)
    mapping.pop("interview", None)  # its number is where it is kept, and changes when an earlier one is added
    return json.dumps(mapping, ensure_ascii=False)


def _write(session: Session, store: Store, interview: Interview, debrief: Debrief, *, decision_date: date | None,
           draft: bool, progress: Sequence[str] = ()) -> tuple[DebriefRow, tuple[str, ...]]:
    """Keep ``debrief`` for ``interview``; a finished one also keeps its plan and makes its interviewers
    contacts. Returns the row and the contacts' names."""
    settings = store.settings
    region = (settings.country, settings.subdivision)
    plan = None
    names: list[str] = []
    if not draft:
        interview_on = interview_of(interview).starts_at.date()
        plan = cache_text(build_plan(interview_on, decision_date, region), region)
        for person in debrief.interviewers:
            email = check_email(person.name, person.email) if person.email else None
            phone = _phone(person.phone, settings.effective_phone_region) if person.phone else None
            contact = debriefs.link_interviewer(session, interview, name=person.name, title=person.title or None,
                                                email=email, phone=phone)
            names.append(contact.name)
    values: dict[str, Any] = {
        "went": debrief.went, "confidence": debrief.confidence, "decision": debrief.decision or None,
        "decision_date": decision_date, "next_step": debrief.next_step or None, "draft": draft,
        "draft_progress": json.dumps(list(progress)) if draft else None, "plan": plan}
    row = debriefs.save(session, interview=interview, content=_content(debrief), values=values)
    return row, tuple(names)


def _interview(session: Session, target: DebriefTarget) -> Interview:
    interview = session.get(Interview, target.interview.id)
    if interview is None:
        raise DebriefError(f"interview {target.number} of {target.application.short_id} is gone (deleted by another"
                           " command); run afterword debrief again")
    return interview


def save_draft(store: Store, target: DebriefTarget, answers: Mapping[str, Any], progress: Sequence[str],
               decision_date: date | None = None) -> None:
    """Keep the answers so far as the interview's draft debrief, with the questions done (``progress``)."""
    debrief = from_mapping(answers)
    with store.transaction() as session:
        _write(session, store, _interview(session, target), debrief, decision_date=decision_date, draft=True,
               progress=progress)


def finish_debrief(store: Store, target: DebriefTarget, answers: Mapping[str, Any],
                   decision_date: date | None) -> SavedDebrief:
    """Keep the answers as the interview's finished debrief, with the decision date the person confirmed (or
    typed, or left empty)."""
    debrief = from_mapping(answers)
    day = check_decision_date(decision_date, target.interview_on)
    with store.transaction() as session:
        interview = _interview(session, target)
        replaced = interview.debrief is not None and not interview.debrief.draft
        row, names = _write(session, store, interview, debrief, decision_date=day, draft=False)
        return SavedDebrief(target=target, debrief=_view(interview, target.number, row), decision_read=False,
                            decision_needed=bool(debrief.decision) and day is None, contacts=names,
                            replaced=replaced)


def set_decision_date(store: Store, target: DebriefTarget, decision_date: str) -> SavedDebrief:
    """Give the finished debrief of ``target`` the decision date ``decision_date`` (YYYY-MM-DD), keeping the rest:
    for the day the date becomes known."""
    finished = target.finished
    if finished is None:
        raise DebriefError(f"interview {target.number} of {target.application.short_id} has no finished debrief to "
                           f"date; write one with: afterword debrief {target.application.short_id}")
    return finish_debrief(store, target, json.loads(finished.content), check_decision_date(decision_date,
                                                                                             target.interview_on))


def save_debrief(store: Store, ref: str, data: Mapping[str, Any], *, number: int | None = None,
                 decision_date: str | None = None, now: datetime | None = None) -> SavedDebrief:
    """Keep the debrief ``data`` (its documented keys, from a file) for the application's interview ``number``
    (or the file's ``interview``; default the latest that has begun), replacing what is kept. The decision date is
    ``decision_date`` (YYYY-MM-DD) when given, else the decision phrase read as a date, else empty."""
    debrief = from_mapping(data)
    if number is not None and debrief.interview is not None and number != debrief.interview:
        raise DebriefError(f"--interview {number} and the file's interview = {debrief.interview} disagree; give one "
                           "of them")
    target = debrief_target(store, ref, number if number is not None else debrief.interview, now=now)
    day = check_decision_date(decision_date, target.interview_on)
    read = False
    if day is None and debrief.decision:
        day = read_decision(store.settings, debrief.decision, target.interview_on)
        read = day is not None
    with store.transaction() as session:
        interview = _interview(session, target)
        replaced = interview.debrief is not None and not interview.debrief.draft
        row, names = _write(session, store, interview, debrief, decision_date=day, draft=False)
        return SavedDebrief(target=target, debrief=_view(interview, target.number, row), decision_read=read,
                            decision_needed=bool(debrief.decision) and day is None, contacts=names,
                            replaced=replaced)


def save_debrief_file(store: Store, ref: str, source: str, *, number: int | None = None,
                      decision_date: str | None = None) -> SavedDebrief:
    """`afterword debrief APP --file F`: read the TOML or JSON file ``source`` and keep it (see save_debrief)."""
    from afterword.services.debrief_file import read_debrief_file

    return save_debrief(store, ref, read_debrief_file(source), number=number, decision_date=decision_date)

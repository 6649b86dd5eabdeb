"""What the services hand back: plain frozen values built inside the transaction, so the CLI (and the web app)
never touch a database row. Times are aware datetimes; ``as_json`` gives the JSON shapes (36-character ids)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from afterword.store.ids import short_id

if TYPE_CHECKING:  # the ORM is imported only by the functions that read rows: the fast read path never needs it
    from sqlalchemy.orm import Session

    from afterword.services.debrief_views import DebriefView
    from afterword.services.letter_views import LetterView
    from afterword.store.tables import Application, Interview, StageEvent


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class ApplicationSummary:
    """One line of `afterword list`: who, what, where it stands and since when."""

    id: uuid.UUID
    company: str
    role: str
    stage: str
    stage_changed_at: datetime
    created_at: datetime
    source_url: str | None

    @property
    def short_id(self) -> str:
        return short_id(self.id)

    @property
    def title(self) -> str:
        return f"{self.company} — {self.role}"

    def as_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "short_id": self.short_id, "company": self.company, "role": self.role,
                "stage": self.stage, "stage_changed_at": _time(self.stage_changed_at),
                "created_at": _time(self.created_at), "source_url": self.source_url}


@dataclass(frozen=True, slots=True)
class AddedApplication(ApplicationSummary):
    """A new application, and the ones already kept for the same role at the same company (a second add of one
    posting, perhaps)."""

    same_role: tuple[ApplicationSummary, ...] = ()


@dataclass(frozen=True, slots=True)
class StageChange:
    from_stage: str | None
    to_stage: str
    at: datetime
    note: str | None

    def as_json(self) -> dict[str, Any]:
        return {"from": self.from_stage, "to": self.to_stage, "at": _time(self.at), "note": self.note}


@dataclass(frozen=True, slots=True)
class InterviewerView:
    name: str
    title: str | None


@dataclass(frozen=True, slots=True)
class InterviewView:
    """One round, its start on the clock of its own zone (``starts_at`` carries that zone)."""

    id: uuid.UUID
    round: int
    starts_at: datetime
    time_zone: str
    kind: str
    place: str | None
    interviewers: tuple[InterviewerView, ...]

    @property
    def short_id(self) -> str:
        return short_id(self.id)

    def as_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "round": self.round, "starts_at": _time(self.starts_at),
                "time_zone": self.time_zone, "kind": self.kind, "place": self.place,
                "interviewers": [{"name": person.name, "title": person.title} for person in self.interviewers]}


@dataclass(frozen=True, slots=True)
class CardVersion:
    version: int
    created_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {"version": self.version, "created_at": _time(self.created_at)}


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    """Everything `afterword show` shows: the summary, the posting and notes, the history, interviews, cards,
    debriefs and letters."""

    summary: ApplicationSummary
    posting_text: str
    research_notes: str | None
    history: tuple[StageChange, ...]
    interviews: tuple[InterviewView, ...]
    cards: tuple[CardVersion, ...]
    debriefs: tuple[DebriefView, ...] = ()
    letters: tuple[LetterView, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {**self.summary.as_json(), "posting_text": self.posting_text, "research_notes": self.research_notes,
                "history": [change.as_json() for change in self.history],
                "interviews": [interview.as_json() for interview in self.interviews],
                "cards": [card.as_json() for card in self.cards],
                "debriefs": [debrief.as_json() for debrief in self.debriefs],
                "letters": [letter.as_json() for letter in self.letters]}


def _summary_fields(application: Application) -> dict[str, Any]:
    return {"id": application.id, "company": application.company.name, "role": application.role,
            "stage": application.stage, "stage_changed_at": application.stage_changed_at,
            "created_at": application.created_at, "source_url": application.source_url}


def summary_of(application: Application) -> ApplicationSummary:
    return ApplicationSummary(**_summary_fields(application))


def added_of(application: Application, same_role: tuple[ApplicationSummary, ...]) -> AddedApplication:
    return AddedApplication(**_summary_fields(application), same_role=same_role)


def summaries(session: Session, *, stage: str | None = None, newest_first: bool = False,
              limit: int | None = None) -> list[ApplicationSummary]:
    """Applications (at ``stage``, or all; the first ``limit``) as summaries ordered by when they last moved, read
    as plain rows: ten thousand stay fast."""
    from sqlalchemy import select

    from afterword.store.tables import Application, Company

    order = (Application.stage_changed_at.desc(), Application.created_at.desc()) if newest_first else \
        (Application.stage_changed_at, Application.created_at)
    query = select(Application.id, Company.name, Application.role, Application.stage, Application.stage_changed_at,
                   Application.created_at, Application.source_url).join(Company).order_by(*order)
    if stage is not None:
        query = query.where(Application.stage == stage)
    if limit is not None:
        query = query.limit(limit)
    return [ApplicationSummary(*row) for row in session.execute(query)]


def change_of(event: StageEvent) -> StageChange:
    return StageChange(from_stage=event.from_stage, to_stage=event.to_stage, at=event.at, note=event.note)


def interview_view(row: tuple[Any, ...], interviewers: list[tuple[str, str | None]]) -> InterviewView:
    """An interview from (id, application_id, round, starts_at, time_zone, kind, place) and (name, title) pairs."""
    interview_id, _, round_number, starts_at, time_zone, kind, place = row
    return InterviewView(
        id=interview_id, round=round_number, starts_at=starts_at.astimezone(ZoneInfo(time_zone)),
        time_zone=time_zone, kind=kind, place=place,
        interviewers=tuple(InterviewerView(name, title) for name, title in interviewers))


def interview_of(interview: Interview) -> InterviewView:
    return interview_view((interview.id, interview.application_id, interview.round, interview.starts_at,
                           interview.time_zone, interview.kind, interview.place_or_link),
                          [(person.name, person.title) for person in interview.interviewers])


def detail_of(application: Application) -> ApplicationDetail:
    from afterword.services.debrief_views import debrief_views, interview_numbers
    from afterword.services.letter_views import letter_views, row_of

    interviews = tuple(interview_of(interview) for interview in application.interviews)
    stored = [(interview.id, debrief.draft, debrief.content, debrief.decision_date, debrief.created_at,
               debrief.updated_at) for interview in application.interviews if (debrief := interview.debrief)]
    return ApplicationDetail(
        summary=summary_of(application), posting_text=application.posting_text,
        research_notes=application.research_notes,
        history=tuple(change_of(event) for event in application.stage_events),
        interviews=interviews,
        cards=tuple(CardVersion(card.version, card.created_at) for card in application.cards),
        debriefs=debrief_views(interviews, stored),
        letters=letter_views([row_of(letter) for letter in application.letters], interview_numbers(interviews)))

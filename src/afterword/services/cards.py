"""Prepare a stored Closing Card: the profile's current resume, the application's posting and research notes (and
the people of its next interview) make the card, which is kept with the application as its next version."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from afterword.errors import AfterwordError
from afterword.services.clock import now_utc
from afterword.services.views import ApplicationSummary, summary_of
from afterword.store import applications, cards, profiles
from afterword.store.session import Store
from afterword.store.tables import Application, Interview, ResumeVersion

if TYPE_CHECKING:
    from afterword.coach.card import ClosingCard
    from afterword.coach.interviewers import Interviewer
    from afterword.models import Document

STORED_POSTING_NAME = "posting"
STORED_RESEARCH_NAME = "research notes"
NO_RESEARCH_WARNING = "No research notes given"


@dataclass(frozen=True, slots=True)
class PreparedCard:
    application: ApplicationSummary
    version: int
    card: ClosingCard


@dataclass(frozen=True, slots=True)
class _Inputs:
    """What the card is made from, read in one transaction."""

    application_id: uuid.UUID
    resume_version_id: uuid.UUID
    resume: Document
    posting: Document
    research: tuple[Document, ...]
    interviewers: tuple[tuple[str, str], ...]


def _interview_people(application: Application) -> tuple[tuple[str, str], ...]:
    """(name, title) of the people at the next interview, else at the latest one."""
    now = now_utc()
    rounds: list[Interview] = list(application.interviews)
    coming = [interview for interview in rounds if interview.starts_at >= now]
    chosen = coming[0] if coming else (rounds[-1] if rounds else None)
    return tuple((person.name, person.title or "") for person in chosen.interviewers) if chosen else ()


def _inputs(store: Store, ref: str) -> _Inputs:
    from afterword.ingest import document_from_text

    with store.transaction() as session:
        application = applications.find(session, ref)
        resume: ResumeVersion | None = profiles.current_resume(session)
        if resume is None:
            raise AfterwordError("your profile has no resume yet; set it with: afterword profile set RESUME")
        if not application.posting_text.strip():
            raise AfterwordError(f"{applications.describe(application)} has no posting text; add the application "
                                 "again from its posting with: afterword add POSTING")
        notes = application.research_notes or ""
        return _Inputs(
            application_id=application.id, resume_version_id=resume.id,
            resume=document_from_text(resume.text, resume.file_name),
            posting=document_from_text(application.posting_text, STORED_POSTING_NAME),
            research=(document_from_text(notes, STORED_RESEARCH_NAME),) if notes.strip() else (),
            interviewers=_interview_people(application))


def _people(stored: Sequence[tuple[str, str]], given: Sequence[str]) -> list[Interviewer]:
    """The stored interviewers and the ones given ("Name, Title"), each person once."""
    from afterword.coach.interviewers import parse_interviewer

    people = [parse_interviewer(value) for value in given]
    named = {person.name.casefold() for person in people}
    stored_people = [parse_interviewer(f"{name}, {title}" if title else name) for name, title in stored
                     if name.casefold() not in named]
    return stored_people + people


def prepare_card(store: Store, ref: str, *, research: Sequence[str] = (), interviewers: Sequence[str] = (),
                 why: str | None = None, research_encoding: str | None = None, why_encoding: str | None = None,
                 semantic: bool = False, today: date | None = None) -> PreparedCard:
    """Build the card of the application ``ref`` names and keep it (JSON) as its next version. ``research``,
    ``interviewers`` and ``why`` add to what is stored; unreadable research is skipped with a warning."""
    from afterword.ingest import read_document, read_optional_documents

    _people((), interviewers)  # a bad "Name, Title" fails before any work
    extra_research, warnings = read_optional_documents(list(research), encoding=research_encoding)
    why_document = read_document(why, encoding=why_encoding) if why else None
    return prepare_card_from_documents(store, ref, research=extra_research, interviewers=interviewers,
                                       why=why_document, warnings=warnings, research_given=bool(research),
                                       semantic=semantic, today=today)


def prepare_card_from_documents(store: Store, ref: str, *, research: Sequence[Document] = (),
                                interviewers: Sequence[str] = (), why: Document | None = None,
                                warnings: Sequence[str] = (), research_given: bool | None = None,
                                semantic: bool = False, today: date | None = None) -> PreparedCard:
    """prepare_card() on documents already read (the web form's pasted texts): ``research`` adds to the stored
    notes, ``warnings`` (from reading them) lead the card's; ``research_given`` (default: any research) drops the
    card's "no research notes" warning."""
    from afterword.coach.card import build_card
    from afterword.coach.render import card_to_dict
    from afterword.safe_text import json_text

    inputs = _inputs(store, ref)
    people = _people(inputs.interviewers, interviewers)
    scorer = None
    if semantic:
        from afterword.analysis.semantic import semantic_scorer

        scorer = semantic_scorer()
    card = build_card(inputs.resume, inputs.posting, research=[*inputs.research, *research], interviewers=people,
                      why=why, today=today, semantic=scorer)
    given = bool(research) if research_given is None else research_given
    kept = tuple(w for w in card.warnings if not (given and w.startswith(NO_RESEARCH_WARNING)))
    if warnings or kept != card.warnings:
        card = replace(card, warnings=tuple(warnings) + kept)
    with store.transaction() as session:
        application = session.get(Application, inputs.application_id)
        if application is None:
            raise AfterwordError("the application was deleted while its card was being made; add it again")
        saved = cards.save(session, application, json_text(card_to_dict(card)),
                           resume_version=session.get(ResumeVersion, inputs.resume_version_id))
        return PreparedCard(summary_of(application), saved.version, card)

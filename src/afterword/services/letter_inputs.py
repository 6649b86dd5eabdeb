"""What an application's letters are written from, read in one transaction: the profile (the sender and their
current resume), the posting and research notes, the chosen interview and its finished debrief, the latest saved
Closing Card, and the people at the company (a letter's recipient is kept as its contact)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from afterword.errors import AfterwordError
from afterword.services.views import ApplicationSummary, interview_of, summary_of
from afterword.store import applications, cards, debriefs, profiles
from afterword.store.ids import name_key, short_id
from afterword.store.session import Store
from afterword.store.tables import Application, Contact, Interview

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.debrief import Debrief
    from afterword.models import Document
    from afterword.writer import Profile

STORED_POSTING_NAME = "posting"  # as services.cards
STORED_RESEARCH_NAME = "research notes"


class LetterInputError(AfterwordError):
    """Something a letter needs is not kept yet; the message names the command that adds it."""


@dataclass(frozen=True, slots=True)
class SavedCard:
    version: int
    content: dict[str, Any]  # its JSON contract
    resume_version_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class LetterInputs:
    application: ApplicationSummary
    interview_id: uuid.UUID
    number: int  # the interview's number (1 = the first)
    interview_start: datetime  # on the interview's own clock
    resume_version_id: uuid.UUID
    resume: Document
    posting: Document
    research: tuple[Document, ...]
    debrief: Debrief
    decision_date: date | None
    card: SavedCard | None
    profile: Profile
    contacts: dict[str, tuple[uuid.UUID, str | None]]  # name key → (contact id, e-mail)


def _interview(application: Application, number: int | None) -> tuple[Interview, int]:
    """Interview ``number`` (it must have a finished debrief), or the latest with a finished debrief."""
    ref = short_id(application.id)
    ordered = debriefs.numbered(application.interviews)
    if not ordered:
        raise LetterInputError(f"{ref} has no interview yet, so no letter to write; add it with: afterword "
                               f"interview add {ref} --at \"YYYY-MM-DD HH:MM\", then after it: afterword debrief {ref}")
    if number is not None:
        if not 1 <= number <= len(ordered):
            count = "1 interview" if len(ordered) == 1 else f"{len(ordered)} interviews"
            raise LetterInputError(f"{ref} has {count}, so there is no interview {number}; give --interview 1"
                                   + (f" to {len(ordered)}" if len(ordered) > 1 else ""))
        chosen = ordered[number - 1]
        if chosen.debrief is None or chosen.debrief.draft:
            raise LetterInputError(f"interview {number} of {ref} has no finished debrief yet, and the letters are "
                                   f"written from it; write it with: afterword debrief {ref} --interview {number}")
        return chosen, number
    done = [(index, interview) for index, interview in enumerate(ordered, 1)
            if interview.debrief is not None and not interview.debrief.draft]
    if not done:
        raise LetterInputError(f"{ref} has no finished debrief yet, and the letters are written from it (whom you "
                               f"met, what you talked about); write it with: afterword debrief {ref}")
    number, interview = done[-1]
    return interview, number


def _contacts(session: Session, application: Application, interview: Interview
              ) -> dict[str, tuple[uuid.UUID, str | None]]:
    """The people a letter may go to: the interview's interviewers first, then everyone at the company."""
    from sqlalchemy import select

    found: dict[str, tuple[uuid.UUID, str | None]] = {}
    people = [*interview.interviewers,
              *session.scalars(select(Contact).where(Contact.company_id == application.company_id)
                               .order_by(Contact.created_at, Contact.id))]
    for person in people:
        found.setdefault(name_key(person.name), (person.id, person.email))
    return found


def read_inputs(store: Store, ref: str, number: int | None = None) -> LetterInputs:
    """Everything the letters of the application ``ref`` are written from, for its interview ``number`` (default:
    the latest with a finished debrief); a one-line LetterInputError naming the command when something is missing."""
    from afterword.debrief import from_mapping
    from afterword.ingest import document_from_text
    from afterword.writer import Profile

    with store.reading() as session:
        application = applications.find(session, ref)
        interview, chosen = _interview(application, number)
        resume = profiles.current_resume(session)
        if resume is None:
            raise LetterInputError("your profile has no resume yet, and the letters are written from it; set it "
                                   "with: afterword profile set RESUME")
        if not application.posting_text.strip():
            raise LetterInputError(f"{applications.describe(application)} has no posting text; add the application "
                                   "again from its posting with: afterword add POSTING")
        profile = profiles.get(session)
        assert profile is not None  # a resume belongs to the profile
        saved = cards.latest(session, application)
        debrief = interview.debrief
        assert debrief is not None
        notes = application.research_notes or ""
        return LetterInputs(
            application=summary_of(application), interview_id=interview.id, number=chosen,
            interview_start=interview_of(interview).starts_at, resume_version_id=resume.id,
            resume=document_from_text(resume.text, resume.file_name),
            posting=document_from_text(application.posting_text, STORED_POSTING_NAME),
            research=(document_from_text(notes, STORED_RESEARCH_NAME),) if notes.strip() else (),
            debrief=from_mapping(json.loads(debrief.content)), decision_date=debrief.decision_date,
            card=SavedCard(saved.version, json.loads(saved.content), saved.resume_version_id)
            if saved is not None and saved.format == "json" else None,
            profile=Profile(profile.name or "", profile.email or "", profile.phone or "",
                               tuple(line.strip() for line in (profile.postal_address or "").splitlines()
                                     if line.strip())),
            contacts=_contacts(session, application, interview))

"""The letters of an application as the web app shows them: the kept letters (which of them the person edited),
what (if anything) they cannot be written without yet, and writing them (services/letters.py, the same as
`afterword letters`) to be kept only: the web app offers each letter as a download instead of writing files next to
the server. Writing them again never replaces a letter the person edited or sent."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from afterword.services.clock import local_date, now_utc
from afterword.services.letter_views import LetterView
from afterword.services.letters import WrittenLetters, list_letters, write_application_letters
from afterword.services.views import ApplicationSummary
from afterword.store import applications, debriefs, profiles
from afterword.store.constants import LETTER_KINDS
from afterword.store.session import Store

# What each kind of letter is, in the words the letters page uses (the kinds of `afterword letters --kind`).
KIND_NOTES = {
    "thank-you": "one to each person you met, to send today",
    "check-in": "the first and second check-in, for when the decision is late",
    "hesitation": "a reply when they hesitate or ask for more",
    "rejection": "a gracious reply to a no, that keeps the door open",
    "next-round": "notes for you to read before the next round (not sent)",
}


@dataclass(frozen=True, slots=True)
class LettersPage:
    """``missing`` names what the letters cannot be written without yet: "interview", "debrief" (a finished one),
    "resume" or "posting"; None when they can be written. ``debriefed`` are the numbers of the interviews with a
    finished debrief (the letters follow one of them; the latest by default). ``edited`` are the ids of the
    letters the person edited, which writing the letters again keeps as they are."""

    application: ApplicationSummary
    letters: tuple[LetterView, ...]
    today: date
    debriefed: tuple[int, ...]
    missing: str | None
    edited: frozenset[uuid.UUID]

    @property
    def kinds(self) -> tuple[tuple[str, str], ...]:
        return tuple((kind, KIND_NOTES[kind]) for kind in LETTER_KINDS)


def letters_page(store: Store, ref: str, *, now: datetime | None = None) -> LettersPage:
    """The letters page of the application ``ref`` names."""
    with store.reading() as session:
        application = applications.find(session, ref)
        ordered = debriefs.numbered(application.interviews)
        debriefed = tuple(number for number, interview in enumerate(ordered, 1)
                          if interview.debrief is not None and not interview.debrief.draft)
        has_resume = profiles.current_resume(session) is not None
        has_posting = bool(application.posting_text.strip())
        edited = frozenset(letter.id for letter in application.letters if letter.edited_at is not None)
    missing = ("interview" if not ordered else "debrief" if not debriefed else "resume" if not has_resume
               else "posting" if not has_posting else None)
    kept = list_letters(store, ref)
    return LettersPage(kept.application, kept.letters, local_date(now or now_utc()), debriefed, missing, edited)


def keep_letters(store: Store, ref: str, *, kind: str, interview: int | None = None,
                 now: datetime | None = None) -> WrittenLetters:
    """Write the ``kind`` letters of the application ``ref`` names after its interview ``interview`` (default: the
    latest with a finished debrief) and keep them, as `afterword letters` does, without files: each letter is
    downloaded from the store, as it is kept."""
    return write_application_letters(store, ref, kind=kind, interview=interview, now=now, files=False)

"""A kept letter opened to read (the letter page) and rendered as a file to download: .txt, .eml, .pdf or .docx,
by the writer's own renderers, from the letter as it is kept (with the person's edits, or as it was sent)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from afterword.errors import AfterwordError
from afterword.services.clock import local_date, now_utc
from afterword.services.letter_views import LetterView, letter_views, row_of
from afterword.services.views import ApplicationSummary, summary_of
from afterword.store import debriefs
from afterword.store import letters as stored_letters
from afterword.store.session import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.store.tables import Letter as LetterRow
    from afterword.writer import Letter

MEDIA_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "eml": "message/rfc822",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class LetterNotFound(AfterwordError):
    """No kept letter has that id."""


@dataclass(frozen=True, slots=True)
class OpenLetter:
    """A kept letter as its page shows it: the application, the letter's view (to whom, when, sent or not), the
    writer's Letter (its text), the day it is today, and when the person last edited it (None: never), an edit
    that writing the letters again keeps."""

    application: ApplicationSummary
    view: LetterView
    letter: Letter
    today: date
    edited_at: datetime | None = None

    @property
    def body_text(self) -> str:
        """The letter below its subject: greeting, paragraphs, sign-off and signature, as it is sent."""
        from afterword.writer.render_text import letter_to_text

        return letter_to_text(self.letter, subject=False)

    @property
    def paragraphs_text(self) -> str:
        """The paragraphs only, a blank line between them: what the edit form's body holds."""
        return "\n\n".join(self.letter.body)

    @property
    def status(self) -> str:
        return self.view.status(self.today)

    @property
    def edited_on(self) -> date | None:
        """The day (on this computer's clock) the person last edited it; None when they never did."""
        return self.edited_at.astimezone().date() if self.edited_at is not None else None


@dataclass(frozen=True, slots=True)
class LetterFile:
    name: str  # ASCII letters, digits, dashes and one dot: safe in a Content-Disposition header
    media_type: str
    content: bytes


def find_letter(session: Session, ref: str) -> LetterRow:
    """The kept letter ``ref`` (its short id or UUID) names; LetterNotFound when none does, the store's one-line
    error when the start of an id matches several."""
    if not stored_letters.candidates(session, ref):
        shown = ref.strip()[:40]
        raise LetterNotFound(f"letter {shown} not found: open your letters from the application they belong to")
    return stored_letters.find(session, ref)


def view_of(session: Session, row: LetterRow) -> LetterView:
    """The letter's view, numbered by its application's interviews."""
    application = stored_letters.application_of(session, row)
    numbers = {interview.id: number for number, interview in enumerate(debriefs.numbered(application.interviews), 1)}
    [view] = letter_views([row_of(row)], numbers)
    return view


def open_letter(store: Store, ref: str, *, now: datetime | None = None) -> OpenLetter:
    """The kept letter ``ref`` names, to read and edit."""
    from afterword.services.letter_rows import letter_of

    with store.reading() as session:
        row = find_letter(session, ref)
        return OpenLetter(summary_of(stored_letters.application_of(session, row)), view_of(session, row),
                          letter_of(row), local_date(now or now_utc()), row.edited_at)


def check_format(format: str) -> str:
    """txt, eml, pdf or docx; a one-line error for anything else."""
    wanted = format.strip().lower()
    if wanted not in MEDIA_TYPES:
        raise AfterwordError(f"'{format[:20]}' is not a letter format; download it as txt, eml, pdf or docx")
    return wanted


def letter_file(store: Store, ref: str, format: str) -> LetterFile:
    """The kept letter ``ref`` names as a ``format`` file (txt, eml, pdf or docx), named as `afterword letters`
    names its files."""
    from afterword.writer import file_name, render

    wanted = check_format(format)
    letter = open_letter(store, ref).letter
    return LetterFile(file_name(letter, wanted), MEDIA_TYPES[wanted], render(letter, wanted))

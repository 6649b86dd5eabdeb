"""`afterword letters APP`: the letters after an interview, written from the stored resume, posting, research notes,
the interview's debrief and the saved card (services/letter_card.py), kept in the database and written to files.

Writing them again replaces each unsent letter of the same interview, kind, recipient and sequence (no pile of
copies); a sent letter is never changed, nor is one the person edited (on the letter's page): their files are
written from them as they were sent or edited.

The CLI imports this module only inside its commands: it brings in SQLAlchemy and the writer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from afterword.services.clock import local_date, now_utc
from afterword.services.letter_inputs import LetterInputError, LetterInputs, read_inputs
from afterword.services.letter_rows import letter_of, row_values
from afterword.services.letter_views import LetterView, letter_views, row_of
from afterword.services.views import ApplicationSummary, summary_of
from afterword.store import applications, debriefs
from afterword.store import letters as stored_letters
from afterword.store.constants import LETTER_KINDS
from afterword.store.ids import name_key
from afterword.store.session import Store
from afterword.store.tables import Application

if TYPE_CHECKING:
    from afterword.writer import Letter

FORMATS = ("txt", "eml", "pdf", "docx")
DEFAULT_KIND = "thank-you"
KEPT_AS_THEY_ARE = ("sent", "edited")  # what store.letters.keep leaves as it was: the files are written from it


@dataclass(frozen=True, slots=True)
class WrittenLetter:
    view: LetterView
    status: str  # "added", "replaced", "unchanged", "sent" (kept as it was sent) or "edited" (kept as edited)
    files: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class WrittenLetters:
    application: ApplicationSummary
    interview: int
    kind: str
    letters: tuple[WrittenLetter, ...]
    notes: tuple[str, ...]  # about the inputs (a card made afresh ...)

    @property
    def edited(self) -> int:
        """How many of the letters the person had edited: kept as they edited them, not rewritten."""
        return sum(letter.status == "edited" for letter in self.letters)


@dataclass(frozen=True, slots=True)
class LetterList:
    application: ApplicationSummary
    letters: tuple[LetterView, ...]

    def as_json(self) -> dict[str, object]:
        return {"application": self.application.as_json(), "letters": [view.as_json() for view in self.letters]}


def check_formats(format: str) -> tuple[str, ...]:
    """txt, eml, pdf, docx, or all of them."""
    wanted = format.strip().lower()
    if wanted == "all":
        return FORMATS
    if wanted not in FORMATS:
        raise LetterInputError(f"'{format}' is not a letter format; give txt, eml, pdf, docx or all")
    return (wanted,)


def _folder(output: str | Path | None) -> Path:
    folder = Path(output) if output is not None else Path(".")
    if not folder.is_dir():
        raise LetterInputError(f"folder {folder} does not exist (--output names the folder the letters go to); "
                               "create it first or give another")
    return folder


def _with_contact(letter: Letter, inputs: LetterInputs) -> tuple[uuid.UUID | None, Letter]:
    """The contact the letter goes to (by name), and the letter with that contact's e-mail when the debrief gave
    none."""
    if letter.kind == "next-round" or not letter.recipient.name:
        return None, letter
    found = inputs.contacts.get(name_key(letter.recipient.name))
    if found is None:
        return None, letter
    contact_id, email = found
    if email and not letter.recipient.email.strip():
        letter = replace(letter, recipient=replace(letter.recipient, email=email))
    return contact_id, letter


def _write(inputs: LetterInputs, kind: str, now: datetime, settings_region: tuple[str, str | None]
           ) -> tuple[tuple[Letter, ...], tuple[str, ...]]:
    from afterword.services.letter_card import saved_card
    from afterword.writer import write_letters

    today = local_date(now)
    card, note = saved_card(inputs, today)
    country, subdivision = settings_region
    written = write_letters(kind, resume=inputs.resume, posting=inputs.posting, research=inputs.research,
                            debrief=inputs.debrief, card=card, profile=inputs.profile,
                            interview_date=inputs.interview_start, decision_date=inputs.decision_date, today=today,
                            country=country, subdivision=subdivision)
    return written, (note,) if note else ()


def _files(letters: list[Letter], formats: tuple[str, ...], folder: Path) -> list[tuple[Path, ...]]:
    """Each letter rendered in each format and written whole (temp file + rename), named by writer.file_name."""
    from afterword.output import write_atomic
    from afterword.writer import file_name, render

    taken: set[str] = set()
    out = []
    for letter in letters:
        paths = []
        for format in formats:
            name = file_name(letter, format)
            stem, suffix = name.rsplit(".", 1)
            number = 2
            while name in taken:  # two letters of one run never share a file
                name, number = f"{stem}-{number}.{suffix}", number + 1
            taken.add(name)
            path = folder / name
            write_atomic(path, render(letter, format))
            paths.append(path)
        out.append(tuple(paths))
    return out


def write_application_letters(store: Store, ref: str, *, kind: str = DEFAULT_KIND, interview: int | None = None,
                              format: str = "txt", output: str | Path | None = None,
                              now: datetime | None = None, files: bool = True) -> WrittenLetters:
    """Write the ``kind`` letters of the application ``ref`` names after its interview ``interview`` (default: the
    latest with a finished debrief), keep them, and write them to ``output`` (a folder; default the current one)
    in ``format`` (txt, eml, pdf, docx or all). With ``files=False`` they are only kept (the web app offers them
    as downloads instead), and the letters' ``files`` are empty."""
    if kind not in LETTER_KINDS:
        raise LetterInputError(f"'{kind}' is not a kind of letter; give one of {', '.join(LETTER_KINDS)}")
    formats = check_formats(format) if files else ()
    folder = _folder(output) if files else None
    now = now or now_utc()
    inputs = read_inputs(store, ref, interview)
    if "eml" in formats and not inputs.profile.email.strip():
        raise LetterInputError("an .eml is sent from your own e-mail address, and your profile has none; add it "
                               "with: afterword profile set --email YOU@EXAMPLE.ORG")
    written, notes = _write(inputs, kind, now, (store.settings.country, store.settings.subdivision))
    kept: list[tuple[LetterView, str, Letter]] = []
    numbers = {inputs.interview_id: inputs.number}
    with store.transaction() as session:
        if session.get(Application, inputs.application.id) is None:
            raise LetterInputError("the application was deleted while its letters were written; add it again")
        for letter in written:
            contact_id, letter = _with_contact(letter, inputs)
            row, status = stored_letters.keep(session, application_id=inputs.application.id,
                                              interview_id=inputs.interview_id,
                                              values=row_values(letter) | {"contact_id": contact_id})
            [view] = letter_views([row_of(row)], numbers)
            kept.append((view, status, letter_of(row) if status in KEPT_AS_THEY_ARE else letter))
    paths_of = _files([letter for _view, _status, letter in kept], formats, folder) if folder is not None else \
        [() for _ in kept]
    return WrittenLetters(application=inputs.application, interview=inputs.number, kind=kind,
                          letters=tuple(WrittenLetter(view, status, paths)
                                        for (view, status, _letter), paths in zip(kept, paths_of, strict=True)),
                          notes=notes)


def list_letters(store: Store, ref: str) -> LetterList:
    """The letters kept for the application ``ref`` names, the first to send first."""
    with store.reading() as session:
        application = applications.find(session, ref)
        numbers = {interview.id: number for number, interview in
                   enumerate(debriefs.numbered(application.interviews), 1)}
        rows = [row_of(letter) for letter in stored_letters.of_application(session, application.id)]
        return LetterList(summary_of(application), letter_views(rows, numbers))

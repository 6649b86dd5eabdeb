"""A kept letter edited by the person: kept exactly as they wrote it, and checked as the writer checks its own
sentences. Every sentence the person wrote or changed goes through the writer's checks (no template residue,
every number in digits from the resume, posting, research or debrief, the truth check against the resume); a
sentence that fails is kept all the same (it is the person's letter) with a warning that says why, and the tone
and plain-language checks run on the whole letter as they do for a written one. A sent letter is never changed.

Sentences left as the writer wrote them keep the lines of the documents that back them."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from afterword.errors import AfterwordError
from afterword.services.clock import local_date, now_utc
from afterword.services.letter_files import find_letter, view_of
from afterword.services.letter_views import LetterView
from afterword.store import debriefs
from afterword.store import letters as stored_letters
from afterword.store.ids import short_id
from afterword.store.session import Store

if TYPE_CHECKING:
    from afterword.coach.sources import Sentence
    from afterword.writer import Letter
    from afterword.writer.material import Material

MAX_SUBJECT = 200  # characters: a subject line, not a paragraph
MAX_LINE = 200  # the greeting and the sign-off
MAX_BODY = 20_000  # characters in the paragraphs: a letter, not a document
# The warnings an edit works out again (tone, plain language and length, and its own checks); the writer's other
# warnings (a sentence it left out, an answer to review) still hold after an edit and are kept.
RECOMPUTED = ("The tone ", "The letter is ", "Check this sentence", "Your changes")


class LetterEditError(AfterwordError):
    """An edit that cannot be kept as sent; the message says what to change."""


@dataclass(frozen=True, slots=True)
class EditedLetter:
    """The letter as kept after the edit, the warnings it now carries, and whether the changed sentences could be
    checked against the documents (``checked``; False when they are no longer all kept)."""

    view: LetterView
    warnings: tuple[str, ...]
    checked: bool


def _line(text: str, what: str, limit: int) -> str:
    line = " ".join(text.split())
    if len(line) > limit:
        raise LetterEditError(f"the {what} is {len(line):,} characters long: keep it under {limit}")
    return line


def paragraphs_of_text(body: str) -> list[str]:
    """The paragraphs of ``body``: text between blank lines, each on one line."""
    if len(body) > MAX_BODY:
        raise LetterEditError(f"the letter is {len(body):,} characters long: keep it under {MAX_BODY:,}")
    blocks, current = [], []
    for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(" ".join(current).split()))
            current = []
    if current:
        blocks.append(" ".join(" ".join(current).split()))
    return blocks


def _sentences_of(paragraph: str, originals: dict[str, Sentence]) -> list[Sentence]:
    """The sentences of an edited paragraph: those kept as they were (with their sources), and the person's new
    ones without sources."""
    from afterword.coach.sources import Sentence
    from afterword.coach.truth import sentences

    kept: list[Sentence] = []
    rest = paragraph
    known = sorted(originals, key=len, reverse=True)
    while rest:
        same = next((text for text in known if rest == text or rest.startswith(text + " ")), None)
        if same is not None:
            kept.append(originals[same])
            rest = rest[len(same):].strip()
            continue
        found = sentences(rest)
        head = found[0] if found and rest.startswith(found[0]) else rest
        kept.append(Sentence(head, ()))
        rest = rest[len(head):].strip()
    return kept


def _material(store: Store, app_ref: str, number: int, today: date) -> Material:
    """What the letter was written from, as the writer reads it: the documents, the debrief and the card."""
    from afterword.services.letter_card import saved_card
    from afterword.services.letter_inputs import read_inputs
    from afterword.writer.material import make_material

    inputs = read_inputs(store, app_ref, number)
    card, _note = saved_card(inputs, today)
    return make_material(resume=inputs.resume, posting=inputs.posting, research=inputs.research,
                         debrief=inputs.debrief, card=card, why=None, profile=inputs.profile, today=today)


def _problems(material: Material, texts: list[str]) -> list[str]:
    """The writer's checks on the person's sentences: a warning for each that fails. Words from the debrief, the
    role and the employer are named, not claimed, as in the writer's own sentences."""
    from afterword.writer.draft import Part, problem

    names = [person.name for person in material.people]
    quoted = (*(line.text for line in material.debrief_doc.lines), material.card.info.role,
              material.card.info.company, *(word for name in names for word in name.split()))
    warnings = []
    for text in texts:
        why = problem(Part(text, quoted=tuple(phrase for phrase in quoted if phrase)), material)
        if why is not None:
            warnings.append(f"Check this sentence before you send it ({why}): “{text}”")
    return warnings


def _checked(store: Store, letter_ref: str, app_ref: str, number: int | None, texts: list[str],
             today: date) -> tuple[list[str], bool]:
    from afterword.services.letter_inputs import LetterInputError

    if not texts:
        return [], True
    if number is None:
        return [f"Your changes to letter {letter_ref} could not be checked against your resume: the interview it "
                "follows was deleted."], False
    try:
        material = _material(store, app_ref, number, today)
    except LetterInputError as error:
        return [f"Your changes could not be checked against your resume ({error})."], False
    return _problems(material, texts), True


def _tone(letter: Letter) -> list[str]:
    from afterword.writer import plain_language_warnings, tone_warnings

    if letter.kind == "next-round":  # notes to read, as the writer leaves them unchecked
        return []
    body = " ".join(letter.body)
    return tone_warnings(body) + plain_language_warnings(body) if body.strip() else []


def edit_letter(store: Store, ref: str, *, subject: str, salutation: str, body: str, sign_off: str,
                now: datetime | None = None) -> EditedLetter:
    """Keep the person's edit of the letter ``ref`` names: its subject, greeting, paragraphs (``body``, a blank
    line between them) and sign-off. The signature stays the profile's. A sent letter cannot be edited."""
    from afterword.services.letter_rows import letter_of, sources_json
    from afterword.writer.render_text import letter_to_text

    today = local_date(now or now_utc())
    new_subject = _line(subject, "subject", MAX_SUBJECT)
    if not new_subject:
        raise LetterEditError("the letter needs a subject: write one line that says what it is about")
    new_salutation, new_sign_off = _line(salutation, "greeting", MAX_LINE), _line(sign_off, "sign-off", MAX_LINE)
    paragraphs = paragraphs_of_text(body)
    if not paragraphs:
        raise LetterEditError("the letter has no text: write at least one paragraph, or write the letters again")
    with store.reading() as session:
        row = find_letter(session, ref)
        letter_id, letter_ref = row.id, short_id(row.id)
        if row.sent_at is not None:
            raise LetterEditError(f"letter {letter_ref} was sent on {row.sent_at:%Y-%m-%d} and is kept as it was "
                                  "sent, so it cannot be edited")
        letter = letter_of(row)
        app_ref = short_id(row.application_id)
        application = stored_letters.application_of(session, row)
        numbers = {interview.id: number for number, interview in
                   enumerate(debriefs.numbered(application.interviews), 1)}
        number = numbers.get(row.interview_id) if row.interview_id is not None else None
    originals = {" ".join(sentence.text.split()): sentence for sentence in letter.sentences}
    kept = tuple(tuple(_sentences_of(paragraph, originals)) for paragraph in paragraphs)
    # the person's sentences (this edit's and an earlier one's) have no sources: each is checked every time
    texts = [sentence.text for paragraph in kept for sentence in paragraph if not sentence.sources]
    if new_subject != " ".join(letter.subject.split()):
        texts.append(new_subject)
    problems, checked = _checked(store, letter_ref, app_ref, number, texts, today)
    edited = replace(letter, subject=new_subject, salutation=new_salutation, paragraphs=kept, sign_off=new_sign_off)
    still = [warning for warning in letter.warnings if not warning.startswith(RECOMPUTED)]
    warnings = tuple(dict.fromkeys([*still, *problems, *_tone(edited)]))
    edited = replace(edited, warnings=warnings)
    values = {"subject": edited.subject, "salutation": edited.salutation, "sign_off": edited.sign_off,
              "body": letter_to_text(edited, subject=False), "sources": sources_json(edited),
              "warnings": json.dumps(list(warnings), ensure_ascii=False)}
    with store.transaction() as session:
        row = find_letter(session, str(letter_id))
        stored_letters.edit(session, row, values, at=now)
        return EditedLetter(view_of(session, row), warnings, checked)

"""Letters as values: who writes to whom, what each sentence says and which line of the user's documents backs it,
and when to send it. Renderers (txt, eml, pdf, docx) turn a Letter into bytes; nothing here touches a file."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from afterword.coach.sources import Sentence
from afterword.errors import AfterwordError

LetterKind = Literal["thank-you", "check-in", "hesitation", "rejection", "next-round"]
KINDS: tuple[LetterKind, ...] = ("thank-you", "check-in", "hesitation", "rejection", "next-round")
Format = Literal["txt", "eml", "pdf", "docx"]
FORMATS: tuple[Format, ...] = ("txt", "eml", "pdf", "docx")
_WORD = re.compile(r"\b[\w'’$%.-]+\b")  # counted as the pitch counts them: "£62,000" and "don't" are one word


class WriterError(AfterwordError):
    """A letter that cannot be written or rendered as asked; the message names the fix."""


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Profile:
    """The candidate as they sign a letter: name, and the contact details they choose to give (all optional but
    the name). ``address`` is the postal address, one line per item, for a printed letter."""

    name: str
    email: str = ""
    phone: str = ""
    address: tuple[str, ...] = ()

    @property
    def signature(self) -> tuple[str, ...]:
        """The lines under the sign-off: the name, then email and phone when given."""
        return tuple(line for line in (self.name, self.email, self.phone) if line)


@dataclass(frozen=True, slots=True)
class Recipient:
    """Whom a letter goes to; every field but the name may be empty (the name too for "the hiring team")."""

    name: str = ""
    title: str = ""
    email: str = ""
    organisation: str = ""
    address: tuple[str, ...] = ()

    @property
    def block(self) -> tuple[str, ...]:
        """The recipient's block on a printed letter: name, title, organisation, postal address."""
        return tuple(line for line in (self.name, self.title, self.organisation, *self.address) if line)


@dataclass(frozen=True, slots=True)
class SendBy:
    """When to send: ``due`` is the day (or moment) it should go by; ``phrase`` says it in words."""

    due: dt.date | dt.datetime
    phrase: str

    @property
    def day(self) -> dt.date:
        return self.due.date() if isinstance(self.due, dt.datetime) else self.due


Paragraph = tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Letter:
    """One letter. ``paragraphs`` hold sentences with the lines that back them (resume, posting, research or
    debrief); ``sequence`` numbers letters of one kind to one person (the first and second check-in)."""

    kind: LetterKind
    recipient: Recipient
    sender: Profile
    subject: str
    salutation: str
    paragraphs: tuple[Paragraph, ...]
    sign_off: str
    send_by: SendBy
    warnings: tuple[str, ...] = ()
    sequence: int = 1

    @property
    def body(self) -> tuple[str, ...]:
        """Each paragraph as one line of text."""
        return tuple(" ".join(s.text for s in paragraph) for paragraph in self.paragraphs)

    @property
    def words(self) -> int:
        """Words in the paragraphs (salutation, sign-off and signature not counted)."""
        return count_words(" ".join(self.body))

    @property
    def text(self) -> str:
        """What the letter says, subject first: what the checks and the tests read."""
        signature = self.sender.signature if self.sign_off else ()
        parts = [self.subject, self.salutation, *self.body, self.sign_off, *signature]
        return "\n\n".join(part for part in parts if part)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for paragraph in self.paragraphs for s in paragraph)

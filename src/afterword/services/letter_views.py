"""Letters as `afterword show`, `letters --list` and `send` give them: plain values built from stored rows on either
read path (no SQLAlchemy here), each with the number of the interview it follows."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from afterword.store.ids import short_id

# (id, interview id, kind, sequence, recipient name, recipient email, subject, send_by, send_by phrase, warnings
# JSON, sent_at, message_id, created_at, updated_at): a stored letter as both read paths give it
LetterRow = tuple[Any, ...]
HIRING_TEAM = "the hiring team"


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class LetterView:
    id: uuid.UUID
    interview: int | None  # the number of the interview it follows (1 = the first), None when that is gone
    kind: str
    sequence: int
    recipient_name: str | None
    recipient_email: str | None
    subject: str
    send_by: date
    send_by_phrase: str
    warnings: tuple[str, ...]
    sent_at: datetime | None
    message_id: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def short_id(self) -> str:
        return short_id(self.id)

    @property
    def recipient(self) -> str:
        """Whom it goes to: the name, or the hiring team; the next round's notes are for the candidate."""
        if self.kind == "next-round":
            return "you (notes to read)"
        return self.recipient_name or HIRING_TEAM

    @property
    def label(self) -> str:
        """"check-in 2": the kind, with its sequence after the first."""
        return f"{self.kind} {self.sequence}" if self.sequence > 1 else self.kind

    def status(self, today: date) -> str:
        """"sent Mon 5 Jan 2027", or when it is due: "send by ...", "due today", "overdue since ..."."""
        if self.sent_at is not None:
            local = self.sent_at.astimezone()
            return f"sent {local:%a} {local.day} {local:%b %Y}"
        day = f"{self.send_by:%a} {self.send_by.day} {self.send_by:%b %Y}"
        if self.kind == "next-round":
            return f"notes, written for {day}"
        if self.send_by < today:
            return f"overdue since {day}"
        return "due today" if self.send_by == today else f"send by {day}"

    def as_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "short_id": self.short_id, "interview": self.interview, "kind": self.kind,
                "sequence": self.sequence, "recipient_name": self.recipient_name,
                "recipient_email": self.recipient_email, "subject": self.subject,
                "send_by": self.send_by.isoformat(), "send_by_phrase": self.send_by_phrase,
                "warnings": list(self.warnings), "sent": self.sent_at is not None, "sent_at": _time(self.sent_at),
                "message_id": self.message_id, "created_at": _time(self.created_at),
                "updated_at": _time(self.updated_at)}


def letter_view(row: LetterRow, numbers: Mapping[uuid.UUID, int]) -> LetterView:
    (letter_id, interview_id, kind, sequence, name, email, subject, send_by, phrase, warnings, sent_at, message_id,
     created_at, updated_at) = row
    return LetterView(id=letter_id, interview=numbers.get(interview_id) if interview_id is not None else None,
                      kind=kind, sequence=sequence, recipient_name=name, recipient_email=email, subject=subject,
                      send_by=send_by, send_by_phrase=phrase, warnings=tuple(json.loads(warnings or "[]")),
                      sent_at=sent_at, message_id=message_id, created_at=created_at, updated_at=updated_at)


def letter_views(rows: Iterable[LetterRow], numbers: Mapping[uuid.UUID, int]) -> tuple[LetterView, ...]:
    """The letters of ``rows`` (already in the order to show), numbered by ``numbers`` (interview id → number)."""
    return tuple(letter_view(row, numbers) for row in rows)


def row_of(letter: Any) -> LetterRow:  # noqa: ANN401 - a store.tables.Letter, not imported here
    """A Letter row (the ORM's) as the tuple both read paths build views from."""
    return (letter.id, letter.interview_id, letter.kind, letter.sequence, letter.recipient_name,
            letter.recipient_email, letter.subject, letter.send_by, letter.send_by_phrase, letter.warnings,
            letter.sent_at, letter.message_id, letter.created_at, letter.updated_at)

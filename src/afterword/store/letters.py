"""Letters: kept per application, one row per letter. Writing a letter again replaces the unsent one for the same
interview, kind, recipient and sequence; a sent letter is never changed, nor is one the person edited."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store.ids import id_prefix, name_key, parse_uuid, short_id
from afterword.store.tables import Application, Letter
from afterword.store.types import utcnow

MAX_LISTED_CANDIDATES = 5
ORDER = (Letter.send_by, Letter.created_at, Letter.id)  # as fast_queries.letters_of


def of_application(session: Session, application_id: uuid.UUID) -> Sequence[Letter]:
    """The application's letters, the first to send first."""
    return session.scalars(select(Letter).where(Letter.application_id == application_id).order_by(*ORDER)).all()


def same_letter(session: Session, *, application_id: uuid.UUID, interview_id: uuid.UUID | None, kind: str,
                recipient_name: str | None, sequence: int) -> list[Letter]:
    """The letters already kept for this interview, kind, recipient (case and spacing ignored) and sequence: the
    sent ones first, then the edited ones, then the newest."""
    query = select(Letter).where(Letter.application_id == application_id, Letter.kind == kind,
                                 Letter.sequence == sequence)
    query = query.where(Letter.interview_id.is_(None) if interview_id is None else Letter.interview_id == interview_id)
    wanted = name_key(recipient_name or "")
    found = [letter for letter in session.scalars(query) if name_key(letter.recipient_name or "") == wanted]
    return sorted(found, key=lambda letter: (letter.sent_at is None, letter.edited_at is None,
                                             -letter.created_at.timestamp()))


def keep(session: Session, *, application_id: uuid.UUID, interview_id: uuid.UUID | None, values: Mapping[str, Any]
         ) -> tuple[Letter, str]:
    """Keep a letter (``values``: its columns but the application and interview): it replaces the unsent letter of
    the same interview, kind, recipient and sequence. When that letter was sent, or the person edited it
    (``edited_at``, set by ``edit``), nothing is written: the kept row is returned with "sent" or "edited", so
    nothing the person sent or saved is lost. Otherwise returns the row and "added", "replaced" or "unchanged"
    (the same letter was kept already)."""
    kept = same_letter(session, application_id=application_id, interview_id=interview_id, kind=values["kind"],
                       recipient_name=values.get("recipient_name"), sequence=values.get("sequence", 1))
    if kept and kept[0].sent_at is not None:
        return kept[0], "sent"
    if kept and kept[0].edited_at is not None:
        return kept[0], "edited"
    if not kept:
        letter = Letter(application_id=application_id, interview_id=interview_id, **values)
        session.add(letter)
        session.flush()
        return letter, "added"
    letter, *older = kept
    for duplicate in older:  # unsent copies from before (an import, say), none edited: one letter stays
        session.delete(duplicate)
    if all(getattr(letter, name) == value for name, value in values.items()):
        session.flush()
        return letter, "unchanged"
    for name, value in values.items():
        setattr(letter, name, value)
    session.flush()
    return letter, "replaced"


def find(session: Session, ref: str) -> Letter:
    """The letter ``ref`` names: its UUID or the start of its id (4+ hex digits, its short id). Nothing or more than
    one → a one-line StoreError."""
    text = ref.strip()
    full = parse_uuid(text)
    if full is not None and (found := session.get(Letter, full)) is not None:
        return found
    prefix = id_prefix(text)
    if prefix is None:
        raise StoreError(f"'{text[:40]}' is not a letter id; give the short id afterword letters APP --list shows")
    matches = session.scalars(select(Letter).where(Letter.id.between(uuid.UUID(prefix.ljust(32, "0")),
                                                                     uuid.UUID(prefix.ljust(32, "f"))))
                              .order_by(Letter.id)).all()
    if not matches:
        raise StoreError(f"no letter has the id {text}; see the ids with: afterword letters APP --list")
    if len(matches) > 1:
        listed = "; ".join(f"{short_id(letter.id)} {letter.kind} to {letter.recipient_name or 'the hiring team'}"
                           for letter in matches[:MAX_LISTED_CANDIDATES])
        raise StoreError(f"'{text}' matches {len(matches)} letters: {listed}; give more of its id")
    return matches[0]


def application_of(session: Session, letter: Letter) -> Application:
    application = session.get(Application, letter.application_id)
    assert application is not None  # a letter is deleted with its application
    return application


def mark_sent(session: Session, letter: Letter, *, at: datetime, message_id: str) -> None:
    letter.sent_at = at
    letter.message_id = message_id
    session.flush()


def candidates(session: Session, ref: str) -> Sequence[Letter]:
    """The letters ``ref`` may name: the one with that UUID, or those whose id starts with it (4+ hex digits);
    none for text that cannot be an id. ``find`` picks the one, or says which to choose."""
    text = ref.strip()
    full = parse_uuid(text)
    if full is not None and (found := session.get(Letter, full)) is not None:
        return [found]
    prefix = id_prefix(text)
    if prefix is None:
        return []
    return session.scalars(select(Letter).where(Letter.id.between(uuid.UUID(prefix.ljust(32, "0")),
                                                                  uuid.UUID(prefix.ljust(32, "f"))))
                           .order_by(Letter.id).limit(MAX_LISTED_CANDIDATES + 1)).all()


def edit(session: Session, letter: Letter, values: Mapping[str, Any], *, at: datetime | None = None) -> Letter:
    """Change the text of an unsent letter (``values``: its subject, salutation, sign_off, body, sources and
    warnings columns) and mark it edited (``edited_at``: ``at``, default now) so that writing the letters again
    keeps it; a sent letter is never changed (a one-line StoreError)."""
    if letter.sent_at is not None:
        raise StoreError(f"letter {short_id(letter.id)} was sent already and is kept as it was sent; it cannot be "
                         "changed")
    for name, value in values.items():
        setattr(letter, name, value)
    letter.edited_at = at or utcnow()
    session.flush()
    return letter

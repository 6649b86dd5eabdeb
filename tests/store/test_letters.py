"""store/letters.py on both databases: keep() replaces an unsent letter written again, but never a sent one nor
one the person edited (edit() marks it); nothing the person saved is lost."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store import applications
from afterword.store import letters as stored_letters
from afterword.store.tables import Letter

T0 = datetime(2027, 1, 5, 18, 0, tzinfo=UTC)


def _values(body: str) -> dict[str, object]:
    """A thank-you to Dana Reyes as the writer gives it (the columns keep() is given)."""
    return {"kind": "thank-you", "sequence": 1, "recipient_name": "Dana Reyes", "subject": "Thank you",
            "salutation": "Dear Dana,", "sign_off": "Best regards,", "body": body, "sources": "[]",
            "send_by": date(2027, 1, 5), "send_by_phrase": "today", "warnings": "[]"}


def _keep(session: Session, application_id: uuid.UUID, body: str) -> tuple[Letter, str]:
    return stored_letters.keep(session, application_id=application_id, interview_id=None, values=_values(body))


def _edit(session: Session, letter: Letter, body: str, *, at: datetime | None = None) -> None:
    stored_letters.edit(session, letter, {"subject": "Thank you, Dana", "body": body}, at=at)


def test_a_letter_written_again_replaces_the_unsent_one(session: Session) -> None:
    acme = applications.add(session, company="Acme", role="Engineer")
    first, status = _keep(session, acme.id, "Dear Dana,\n\nThe first draft.")
    assert status == "added" and first.edited_at is None
    assert _keep(session, acme.id, "Dear Dana,\n\nThe first draft.") == (first, "unchanged")
    again, status = _keep(session, acme.id, "Dear Dana,\n\nWritten again.")
    assert (again, status) == (first, "replaced") and again.body.endswith("Written again.")


def test_an_edited_letter_is_kept_as_edited(session: Session) -> None:
    acme = applications.add(session, company="Acme", role="Engineer")
    letter, _ = _keep(session, acme.id, "Dear Dana,\n\nThe writer's words.")
    before = datetime.now(UTC)
    _edit(session, letter, "Dear Dana,\n\nMy own words.")
    assert letter.edited_at is not None and before <= letter.edited_at <= datetime.now(UTC)
    assert letter.edited_at.tzinfo == UTC
    kept, status = _keep(session, acme.id, "Dear Dana,\n\nThe writer's words, written again.")
    assert (kept, status) == (letter, "edited")
    session.expire_all()  # as stored, not as held in memory
    stored = session.get(Letter, letter.id)
    assert (stored.subject, stored.body) == ("Thank you, Dana", "Dear Dana,\n\nMy own words.")
    assert stored.edited_at is not None and stored.edited_at.tzinfo == UTC
    assert session.scalar(select(func.count()).select_from(Letter)) == 1


def test_edit_keeps_the_time_it_is_given_and_refuses_a_sent_letter(session: Session) -> None:
    acme = applications.add(session, company="Acme", role="Engineer")
    letter, _ = _keep(session, acme.id, "Dear Dana,\n\nThe writer's words.")
    _edit(session, letter, "Dear Dana,\n\nMine.", at=T0)
    _edit(session, letter, "Dear Dana,\n\nMine again.", at=T0 + timedelta(hours=1))
    assert letter.edited_at == T0 + timedelta(hours=1)  # the last edit
    stored_letters.mark_sent(session, letter, at=T0 + timedelta(hours=2), message_id="<1@example.org>")
    with pytest.raises(StoreError, match="was sent already"):
        _edit(session, letter, "Too late.")
    assert _keep(session, acme.id, "Dear Dana,\n\nWritten again.") == (letter, "sent")


def test_an_edited_copy_is_never_deleted_as_a_duplicate(session: Session) -> None:
    """Two unsent copies of one letter (an import can leave them): writing it again keeps the edited one, and
    both stay; with no edit, one copy stays."""
    acme = applications.add(session, company="Acme", role="Engineer")
    edited, _ = _keep(session, acme.id, "Dear Dana,\n\nMine.")
    _edit(session, edited, "Dear Dana,\n\nMine, edited.", at=T0)
    newer = Letter(application_id=acme.id, interview_id=None, **_values("Dear Dana,\n\nA newer copy."))
    session.add(newer)
    session.flush()
    assert _keep(session, acme.id, "Dear Dana,\n\nWritten again.") == (edited, "edited")
    assert {letter.id for letter in stored_letters.of_application(session, acme.id)} == {edited.id, newer.id}
    assert edited.body == "Dear Dana,\n\nMine, edited." and newer.body.endswith("A newer copy.")
    other = applications.add(session, company="Globex", role="Engineer")
    for body in ("One copy.", "Another copy."):
        session.add(Letter(application_id=other.id, interview_id=None, **_values(body)))
    session.flush()
    kept, status = _keep(session, other.id, "Written again.")
    assert status == "replaced" and [letter.id for letter in stored_letters.of_application(session, other.id)] == [
        kept.id]

"""Closing Cards kept per application: each save is the next version (1, 2, 3 ...), none is ever replaced."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store.tables import Application, Card, ResumeVersion


def save(session: Session, application: Application, content_json: str,
         resume_version: ResumeVersion | None = None) -> Card:
    """Keep ``content_json`` (a card's JSON contract) as the application's next card version."""
    try:
        json.loads(content_json)
    except ValueError as error:
        raise StoreError(f"the card to keep is not JSON ({error}); save the card's --format json output") from None
    latest = session.scalar(select(func.max(Card.version)).where(Card.application_id == application.id))
    card = Card(application=application, version=(latest or 0) + 1, format="json", content=content_json,
                resume_version=resume_version)
    session.add(card)
    session.flush()
    return card


def latest(session: Session, application: Application) -> Card | None:
    return session.scalars(select(Card).where(Card.application_id == application.id)
                           .order_by(Card.version.desc()).limit(1)).first()


def versions(session: Session, application: Application) -> Sequence[Card]:
    """Every card of ``application``, oldest first."""
    return session.scalars(select(Card).where(Card.application_id == application.id).order_by(Card.version)).all()

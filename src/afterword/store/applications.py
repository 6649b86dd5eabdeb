"""Applications: add one, find one from what a person types, move it through the stages (with its history)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store import companies
from afterword.store.ids import id_prefix, name_key, parse_uuid, short_id
from afterword.store.tables import STAGES, Application, Company, StageEvent
from afterword.store.types import utcnow

MAX_LISTED_CANDIDATES = 5


def _checked_stage(stage: str) -> str:
    wanted = stage.strip().lower()
    if wanted not in STAGES:
        raise StoreError(f"'{stage}' is not a stage; give one of {', '.join(STAGES)}")
    return wanted


def add(session: Session, *, company: str, role: str, posting_text: str = "", source_url: str | None = None,
        research_notes: str | None = None, stage: str = "saved", at: datetime | None = None) -> Application:
    """A new application to ``role`` at ``company`` (added when new), its history starting at ``stage``."""
    stage = _checked_stage(stage)
    clean_role = " ".join(role.split())
    if not clean_role:
        raise StoreError("an application needs a role; give the job title")
    at = at or utcnow()
    application = Application(company=companies.get_or_create(session, company), role=clean_role,
                              posting_text=posting_text, source_url=source_url, research_notes=research_notes,
                              stage=stage, stage_changed_at=at)
    application.stage_events.append(StageEvent(from_stage=None, to_stage=stage, at=at))
    session.add(application)
    session.flush()
    return application


def at_company_with_role(session: Session, *, company: str, role: str) -> Sequence[Application]:
    """The applications to ``role`` at ``company`` (case and spacing ignored in both), oldest first."""
    wanted = name_key(role)
    candidates = session.scalars(select(Application).join(Company).where(Company.name_key == name_key(company))
                                 .order_by(Application.created_at))
    return [application for application in candidates if name_key(application.role) == wanted]


def describe(application: Application) -> str:
    """One line naming an application: short id, company, role and stage."""
    return f"{short_id(application.id)} {application.company.name} — {application.role} ({application.stage})"


def find(session: Session, ref: str) -> Application:
    """The application ``ref`` names: its UUID, the start of its id (4+ hex digits), or the start of its company's
    name (any case). Nothing or more than one → a one-line StoreError listing what matched."""
    text = ref.strip()
    full = parse_uuid(text)
    if full is not None and (found := session.get(Application, full)) is not None:
        return found
    prefix = id_prefix(text)
    key = name_key(text)
    wanted = []
    if prefix is not None:  # ids that start with the prefix lie between prefix+000... and prefix+fff...
        wanted.append(Application.id.between(uuid.UUID(prefix.ljust(32, "0")), uuid.UUID(prefix.ljust(32, "f"))))
    if key:
        wanted.append(Company.name_key.startswith(key, autoescape=True))
    if not wanted:
        raise StoreError("no application matches an empty reference; give the start of its company's name or its "
                         "short id")
    matches = session.scalars(select(Application).join(Company).where(or_(*wanted))
                              .order_by(Company.name_key, Application.role)).all()
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise StoreError(f"no application matches '{text}'; give the start of its company's name or its short id")
    listed = "; ".join(describe(application) for application in matches[:MAX_LISTED_CANDIDATES])
    more = f" and {len(matches) - MAX_LISTED_CANDIDATES} more" if len(matches) > MAX_LISTED_CANDIDATES else ""
    raise StoreError(f"'{text}' matches {len(matches)} applications: {listed}{more}; give the short id of one")


def set_stage(session: Session, application: Application, stage: str, note: str | None = None,
              at: datetime | None = None) -> StageEvent | None:
    """Move ``application`` to ``stage``, recording the move in its history; None when it is there already."""
    stage = _checked_stage(stage)
    if stage == application.stage:
        return None
    at = at or utcnow()
    event = StageEvent(from_stage=application.stage, to_stage=stage, at=at, note=note)
    application.stage_events.append(event)
    application.stage = stage
    application.stage_changed_at = at
    session.flush()
    return event


def list(session: Session, stage: str | None = None) -> Sequence[Application]:
    """Every application (or those at ``stage``), the most recently moved first."""
    query = select(Application).order_by(Application.stage_changed_at.desc(), Application.created_at.desc())
    if stage is not None:
        query = query.where(Application.stage == _checked_stage(stage))
    return session.scalars(query).all()

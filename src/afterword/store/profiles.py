"""The profile: the one job seeker this store belongs to, and the versions of their resume."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterword.store.tables import Profile, ResumeVersion
from afterword.store.types import utcnow

UNCHANGED = None


def get(session: Session) -> Profile | None:
    """The profile, or None before anything was set."""
    return session.scalars(select(Profile).order_by(Profile.created_at).limit(1)).first()


def get_or_create(session: Session) -> Profile:
    """The profile, made empty on first use."""
    profile = get(session)
    if profile is None:
        profile = Profile()
        session.add(profile)
        session.flush()
    return profile


def set(session: Session, *, name: str | None = UNCHANGED, email: str | None = UNCHANGED,
        phone: str | None = UNCHANGED, postal_address: str | None = UNCHANGED,
        ambitions: str | None = UNCHANGED) -> Profile:
    """Change the fields given (None leaves a field as it is; "" empties it)."""
    profile = get_or_create(session)
    for field, value in (("name", name), ("email", email), ("phone", phone), ("postal_address", postal_address),
                         ("ambitions", ambitions)):
        if value is not UNCHANGED:
            setattr(profile, field, value.strip() or None)
    session.flush()
    return profile


def add_resume_version(session: Session, *, file_name: str, original: bytes, text: str,
                       added_at: datetime | None = None) -> ResumeVersion:
    """Keep a resume as it was given (the file's bytes and its text); it becomes the current one."""
    version = ResumeVersion(profile=get_or_create(session), file_name=file_name, original=original, text=text,
                            added_at=added_at or utcnow())
    session.add(version)
    session.flush()
    return version


def current_resume(session: Session) -> ResumeVersion | None:
    """The latest resume version, or None before the first."""
    return session.scalars(select(ResumeVersion).order_by(ResumeVersion.added_at.desc(),
                                                          ResumeVersion.created_at.desc()).limit(1)).first()

"""The profile: who the job seeker is, and their resume (each one kept as given: the original file and its text)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from afterword.errors import AfterwordError
from afterword.store import profiles
from afterword.store.session import Store
from afterword.store.tables import Profile, ResumeVersion


@dataclass(frozen=True, slots=True)
class ResumeView:
    file_name: str
    added_at: datetime
    characters: int
    size_bytes: int

    def as_json(self) -> dict[str, Any]:
        return {"file_name": self.file_name, "added_at": self.added_at.isoformat(), "characters": self.characters,
                "size_bytes": self.size_bytes}


@dataclass(frozen=True, slots=True)
class ProfileView:
    """What `afterword profile show` shows; ``resume`` is the current version (None before the first)."""

    name: str | None
    email: str | None
    phone: str | None
    postal_address: str | None
    resume: ResumeView | None
    resume_versions: int
    warnings: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "phone": self.phone, "postal_address": self.postal_address,
                "resume": self.resume.as_json() if self.resume else None, "resume_versions": self.resume_versions}


def _resume_of(version: ResumeVersion) -> ResumeView:
    return ResumeView(file_name=version.file_name, added_at=version.added_at, characters=len(version.text),
                      size_bytes=len(version.original))


def _view(profile: Profile, current: ResumeVersion | None, warnings: tuple[str, ...] = ()) -> ProfileView:
    return ProfileView(name=profile.name, email=profile.email, phone=profile.phone,
                       postal_address=profile.postal_address, resume=_resume_of(current) if current else None,
                       resume_versions=len(profile.resume_versions), warnings=warnings)


def _email(email: str | None) -> str | None:
    """An e-mail address checked (offline) and in its standard form; "" (to empty it) and None as they are."""
    if not email or not email.strip():
        return email
    from afterword.contacts import EmailAddressError, normalise_email

    try:
        return normalise_email(email)
    except EmailAddressError as error:
        raise AfterwordError(f"--email: {error}") from None


def set_profile(store: Store, resume_source: str | None, *, name: str | None = None, email: str | None = None,
                phone: str | None = None, postal_address: str | None = None, encoding: str | None = None,
                stdin: BinaryIO | None = None) -> ProfileView:
    """Read the resume (a file, a URL or "-"), keep it as the current resume version, and set the fields given.
    Without a resume only the fields given change (at least one must be). ``postal_address`` holds one line per
    item of the address."""
    if resume_source is None and all(value is None for value in (name, email, phone, postal_address)):
        raise AfterwordError("nothing to change; give your RESUME, or --name, --email, --phone or --address")
    email = _email(email)
    document, original = None, b""
    if resume_source is not None:
        from afterword.ingest import read_document_and_bytes

        document, original = read_document_and_bytes(resume_source, encoding=encoding, stdin=stdin)
    with store.transaction() as session:
        profile = profiles.set(session, name=name, email=email, phone=phone, postal_address=postal_address)
        version = profiles.add_resume_version(session, file_name=document.source, original=original,
                                              text=document.text) if document is not None else \
            profiles.current_resume(session)
        session.refresh(profile, ["resume_versions"])
        return _view(profile, version, document.warnings if document is not None else ())


def show_profile(store: Store) -> ProfileView:
    """The profile as it is (empty before the first `profile set`); reads only."""
    with store.transaction() as session:
        profile = profiles.get(session)
        if profile is None:
            return ProfileView(name=None, email=None, phone=None, postal_address=None, resume=None, resume_versions=0)
        return _view(profile, profiles.current_resume(session))

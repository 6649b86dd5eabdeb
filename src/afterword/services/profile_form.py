"""The profile as the web form sets it: every field as the form shows it (an emptied field is cleared), and the
resume as an uploaded file, read from memory and kept (the file as it was, and its text) as the next version."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from afterword.errors import InputError
from afterword.services.uploads import RESUME_SUFFIXES, Upload, document_of_upload

if TYPE_CHECKING:
    from afterword.services.profile import ProfileView
    from afterword.store.session import Store

MAX_FIELD = 200


@dataclass(frozen=True, slots=True)
class ProfileForm:
    name: str = ""
    email: str = ""
    phone: str = ""
    postal_address: str = ""  # one line per line of the address
    resume: Upload | None = None


def _one_line(value: str, label: str) -> str:
    value = " ".join(value.split())
    if len(value) > MAX_FIELD:
        raise InputError(f"the {label} is longer than {MAX_FIELD} characters; shorten it")
    return value


def _email(value: str) -> str:
    """The address checked (offline) and in its standard form; "" stays "" (it clears the address)."""
    if not value.strip():
        return ""
    from afterword.contacts import EmailAddressError, normalise_email

    try:
        return normalise_email(value)
    except EmailAddressError as error:
        raise InputError(f"e-mail: {error}; check the address") from None


def save_profile_form(store: Store, form: ProfileForm, *, max_bytes: int) -> ProfileView:
    """Set the profile's fields as the form gives them and keep the uploaded resume (when one is) as the current
    version; the profile as it is now, with what reading the resume noticed as its warnings."""
    from afterword.services.profile import show_profile
    from afterword.store import profiles

    name, phone = _one_line(form.name, "name"), _one_line(form.phone, "phone number")
    email = _email(form.email)
    address = "\n".join(line.strip() for line in form.postal_address.splitlines() if line.strip())
    document = document_of_upload(form.resume, suffixes=RESUME_SUFFIXES, max_bytes=max_bytes, what="resume") \
        if form.resume is not None else None
    with store.transaction() as session:
        profiles.set(session, name=name, email=email, phone=phone, postal_address=address)
        if document is not None and form.resume is not None:
            profiles.add_resume_version(session, file_name=document.source, original=form.resume.data,
                                        text=document.text)
    view = show_profile(store)
    return replace(view, warnings=document.warnings if document is not None else ())


def resume_warnings(store: Store) -> tuple[str, ...]:
    """What reading the current resume's file noticed (a guessed encoding, a page without text ...), read again
    from the file kept; () before the first resume."""
    from afterword.ingest.reader import document_from_bytes
    from afterword.store import profiles

    with store.transaction() as session:
        current = profiles.current_resume(session)
        if current is None:
            return ()
        original, name = current.original, current.file_name
    try:
        return document_from_bytes(original, name).warnings
    except InputError as error:
        return (str(error),)

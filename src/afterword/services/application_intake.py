"""Adding an application from the web form: the posting pasted, given by its address, or uploaded, with optional
research notes pasted; the company and role as given, else as the posting names them (as `afterword add` does)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from afterword.errors import AfterwordError, InputError
from afterword.services.uploads import POSTING_SUFFIXES, Upload, document_of_text, document_of_upload

if TYPE_CHECKING:
    from afterword.models import Document
    from afterword.services.views import AddedApplication, ApplicationSummary
    from afterword.store.session import Store

PASTED_POSTING_NAME = "posting (pasted)"
MAX_URL_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class PostingForm:
    """What the "new application" form sent; empty strings and None mean "not given"."""

    text: str = ""
    url: str = ""
    upload: Upload | None = None
    company: str = ""
    role: str = ""
    research: str = ""


def web_url(address: str) -> str:
    """``address`` when it is an http(s) address with a host, else an InputError: nothing else is ever fetched
    (no file:, ftp: or bare path reaches the readers)."""
    address = address.strip()
    if len(address) > MAX_URL_LENGTH or any(ch.isspace() or not ch.isprintable() for ch in address):
        raise InputError("that address is not a web address; copy it from the browser's address bar")
    try:
        parts = urlsplit(address)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError("give the posting's web address starting with http:// or https:// (other kinds of "
                         "address are not read); or paste the posting's text, or upload its file")
    return address


def posting_of(form: PostingForm, *, max_bytes: int) -> tuple[Document, str | None]:
    """The posting document, and the address it was published at (None when not given): from the pasted text,
    the uploaded file, or else the address given (fetched). Exactly one of the text and the file may be given;
    an address given with either is kept as where the posting was published, not fetched."""
    url = web_url(form.url) if form.url.strip() else None
    given = [what for what, present in (("pasted text", form.text.strip()), ("file", form.upload)) if present]
    if len(given) > 1:
        raise InputError("give the posting one way: paste its text or upload its file, not both")
    if form.upload is not None:
        return document_of_upload(form.upload, suffixes=POSTING_SUFFIXES, max_bytes=max_bytes, what="posting"), url
    if form.text.strip():
        return document_of_text(form.text, PASTED_POSTING_NAME, what="posting"), url
    if url is None:
        raise InputError("give the posting: paste its text, give its web address, or upload its file")
    from afterword.ingest import read_document

    return read_document(url), url


def add_from_form(store: Store, form: PostingForm, *, max_bytes: int) -> AddedApplication:
    """A new application (stage "saved") from the form: the posting's text is kept, with the research notes
    pasted. The result names the applications already kept for the same role at the same company."""
    posting, url = posting_of(form, max_bytes=max_bytes)
    return add_posting(store, posting, company=form.company, role=form.role, url=url, research=form.research)


def add_posting(store: Store, posting: Document, *, company: str = "", role: str = "", url: str | None = None,
                research: str = "") -> AddedApplication:
    """A new application from a posting already read (the same steps as services.applications.add_application
    takes after reading its source)."""
    from afterword.services.applications import add_posting_document, company_and_role

    try:
        company, role = company_and_role(posting, company, role)
    except AfterwordError:
        raise InputError("the posting does not clearly name the company or the role; fill in the Company and Role "
                         "fields and send it again") from None
    notes = research.replace("\r\n", "\n").strip() or None
    return add_posting_document(store, posting, company=company, role=role, url=url, research_notes=notes)


def kept_already(store: Store, ref: str) -> tuple[ApplicationSummary, ...]:
    """The other applications kept for the same role at the same company as the one ``ref`` names (the note
    shown after adding a posting a second time)."""
    from afterword.services.views import summary_of
    from afterword.store import applications

    with store.transaction() as session:
        application = applications.find(session, ref)
        return tuple(summary_of(other) for other in applications.at_company_with_role(
            session, company=application.company.name, role=application.role) if other.id != application.id)


def edit_from_form(store: Store, ref: str, *, company: str, role: str, url: str) -> ApplicationSummary:
    """Set the company, role and posting address as the edit form shows them (an emptied address is removed; the
    company and the role cannot be emptied)."""
    from afterword.services.applications import edit_application

    company, role = " ".join(company.split()), " ".join(role.split())
    missing = [what for what, value in (("company", company), ("role", role)) if not value]
    if missing:
        raise InputError(f"an application needs its {' and its '.join(missing)}; fill in the field and save again")
    return edit_application(store, ref, company=company, role=role, url=web_url(url) if url.strip() else "")

"""Contacts: the people met along the way (interviewers, recruiters), one row per person at a company."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store.ids import name_key
from afterword.store.tables import Company, Contact


def find(session: Session, *, name: str, company: Company | None) -> Contact | None:
    """The contact called ``name`` (case and spacing ignored) at ``company`` (or at none)."""
    wanted = name_key(name)
    at_company = Contact.company_id.is_(None) if company is None else Contact.company_id == company.id
    candidates = session.scalars(select(Contact).where(at_company))
    return next((contact for contact in candidates if name_key(contact.name) == wanted), None)


def get_or_create(session: Session, *, name: str, company: Company | None = None, title: str | None = None,
                  email: str | None = None, phone: str | None = None, source: str | None = None) -> Contact:
    """The contact called ``name`` at ``company``, added when new; a given title, email or phone fills an empty
    one (what is known already is never overwritten)."""
    clean = " ".join(name.split())
    if not clean:
        raise StoreError("a contact needs a name; give the person's name")
    contact = find(session, name=clean, company=company)
    if contact is None:
        contact = Contact(name=clean, company=company, title=title, email=email, phone=phone, source=source)
        session.add(contact)
        session.flush()
        return contact
    contact.title = contact.title or title
    contact.email = contact.email or email
    contact.phone = contact.phone or phone
    return contact

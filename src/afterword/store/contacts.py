"""Contacts: the people met along the way (interviewers, recruiters), one row per person at a company."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from afterword.errors import StoreError
from afterword.store.ids import name_key
from afterword.store.tables import Application, Company, Contact, Interview, InterviewContact


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


FILLABLE = ("title", "email", "phone", "postal_address", "notes")


def keep(session: Session, *, name: str, company: Company | None, values: Mapping[str, str | None],
         source: str | None = None) -> tuple[Contact, bool, tuple[str, ...]]:
    """The contact called ``name`` at ``company``, added with ``values`` (columns of FILLABLE) when new; else each
    of its empty columns takes the given value (what is known already is never overwritten). Returns the contact,
    whether it was added, and the columns filled."""
    unknown = set(values) - set(FILLABLE)
    if unknown:
        raise StoreError(f"a contact has no column {sorted(unknown)[0]}; give one of {', '.join(FILLABLE)}")
    clean = " ".join(name.split())
    if not clean:
        raise StoreError("a contact needs a name; give the person's name")
    given = {column: value for column, value in values.items() if value}
    contact = find(session, name=clean, company=company)
    if contact is None:
        contact = Contact(name=clean, company=company, source=source, **given)
        session.add(contact)
        session.flush()
        return contact, True, ()
    filled = tuple(column for column, value in given.items() if not getattr(contact, column))
    for column in filled:
        setattr(contact, column, given[column])
    session.flush()
    return contact, False, filled


def listed(session: Session, *, company: Company | None = None,
           application: Application | None = None) -> list[Contact]:
    """Every contact, or those at ``company``, or those of ``application`` (at its company, or met at one of its
    interviews); by company name (contacts at none last), then name."""
    query = select(Contact).options(selectinload(Contact.company))
    if company is not None:
        query = query.where(Contact.company_id == company.id)
    elif application is not None:
        met = (select(InterviewContact.contact_id).join(Interview, Interview.id == InterviewContact.interview_id)
               .where(Interview.application_id == application.id))
        query = query.where(or_(Contact.company_id == application.company_id, Contact.id.in_(met)))
    found = session.scalars(query).all()
    return sorted(found, key=lambda contact: (contact.company is None, name_key(contact.company.name)
                                              if contact.company else "", name_key(contact.name), contact.id.hex))


def applications_met(session: Session, contact_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
    """For each of ``contact_ids`` met at an interview: the ids of those interviews' applications (oldest first)."""
    wanted = set(contact_ids)
    rows = session.execute(select(InterviewContact.contact_id, Interview.application_id)
                           .join(Interview, Interview.id == InterviewContact.interview_id)
                           .order_by(Interview.starts_at, Interview.id))
    met: dict[uuid.UUID, list[uuid.UUID]] = {}
    for contact_id, application_id in rows:
        if contact_id in wanted and application_id not in met.setdefault(contact_id, []):
            met[contact_id].append(application_id)
    return met


def link(session: Session, interview: Interview, contact: Contact) -> bool:
    """Make ``contact`` one of the people met at ``interview``; False when they were already."""
    if contact in interview.interviewers:
        return False
    interview.interviewers.append(contact)
    session.flush()
    return True

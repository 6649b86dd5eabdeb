"""Contacts: the people kept (interviewers, recruiters, referrals), listed and exported as vCards; how a card
(from a vCard or a business card) becomes a contact row. Importing a .vcf is services/contact_import.py, a business
card services/contact_scan.py.

The CLI imports this module only inside its commands: it brings in SQLAlchemy.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from afterword.contacts import ContactCard, Phone, PhoneNumberError, VCardVersion, display_phone, normalise_phone
from afterword.contacts.business_card_address import parse_address
from afterword.errors import AfterwordError, StoreError
from afterword.store import applications, companies, contacts
from afterword.store.ids import short_id
from afterword.store.session import Store
from afterword.store.tables import Application, Company, Contact

VCARD_VERSIONS: tuple[VCardVersion, ...] = ("4.0", "3.0")


@dataclass(frozen=True, slots=True)
class ContactView:
    """A contact as `afterword contacts list` shows it; ``phone`` as kept (E.164 when it is a valid number),
    ``phone_display`` for people; ``application_ids``: the applications whose interviews they were met at."""

    id: uuid.UUID
    name: str
    title: str | None
    company: str | None
    email: str | None
    phone: str | None
    phone_display: str | None
    postal_address: str | None
    notes: str | None
    source: str | None
    created_at: datetime
    updated_at: datetime
    application_ids: tuple[uuid.UUID, ...] = ()

    @property
    def short_id(self) -> str:
        return short_id(self.id)

    def as_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "short_id": self.short_id, "name": self.name, "title": self.title,
                "company": self.company, "email": self.email, "phone": self.phone,
                "postal_address": self.postal_address, "notes": self.notes, "source": self.source,
                "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat(),
                "application_ids": [str(application_id) for application_id in self.application_ids]}


def phone_as_kept(text: str, region: str) -> str:
    """A phone number in E.164 when it is a valid number (read in ``region`` without a +), else as written."""
    try:
        return normalise_phone(text, region)
    except PhoneNumberError:
        return " ".join(text.split())


def phone_for_people(text: str | None, region: str) -> str | None:
    """A kept phone number in international format ("+1 415-555-0100"); as kept when it is not a valid number."""
    if not text:
        return None
    try:
        return display_phone(text, region)
    except PhoneNumberError:
        return text


def view_of(contact: Contact, region: str, application_ids: tuple[uuid.UUID, ...] = ()) -> ContactView:
    return ContactView(id=contact.id, name=contact.name, title=contact.title,
                       company=contact.company.name if contact.company else None, email=contact.email,
                       phone=contact.phone, phone_display=phone_for_people(contact.phone, region),
                       postal_address=contact.postal_address, notes=contact.notes, source=contact.source,
                       created_at=contact.created_at, updated_at=contact.updated_at,
                       application_ids=application_ids)


@dataclass(frozen=True, slots=True)
class KeptContact:
    """What keeping one card did: ``added`` a new contact, or ``filled`` these empty fields of one kept already
    (nothing filled: the card had nothing new)."""

    contact: ContactView
    added: bool
    filled: tuple[str, ...]


def keep_card(session: Session, card: ContactCard, company: Company | None, *, source: str,
              region: str) -> tuple[Contact, bool, tuple[str, ...]]:
    """``card`` as the contact of its name at ``company``: added when new, else its empty fields filled from the
    card (never overwritten). The preferred phone is kept in E.164 when it is a valid number in ``region``."""
    columns = card.contact_columns(source=source)
    phone = columns["phone"]
    values = {"title": columns["title"], "email": columns["email"],
              "phone": phone_as_kept(phone, region) if phone else None,
              "postal_address": columns["postal_address"], "notes": columns["notes"]}
    return contacts.keep(session, name=columns["name"], company=company, values=values, source=source)


def company_named(session: Session, name: str | None) -> Company | None:
    """The company called ``name``, added when new (as `afterword add` does); None for no name."""
    return companies.get_or_create(session, name) if name and name.strip() else None


def _scope(session: Session, ref: str) -> tuple[Company | None, Application | None]:
    """What ``--company NAME|APP`` names: a company by its whole name (any case), else an application."""
    company = companies.find_by_name(session, ref)
    if company is not None:
        return company, None
    try:
        return None, applications.find(session, ref)
    except StoreError as error:
        if not str(error).startswith("no application matches"):
            raise  # several applications match: the message lists them with the short id to give
        raise AfterwordError(f"no company is called '{ref}' and no application matches it; give a company's whole "
                             "name or an application's short id (afterword list shows them)") from None


def _rows(session: Session, ref: str | None) -> list[Contact]:
    if ref is None or not ref.strip():
        return contacts.listed(session)
    company, application = _scope(session, ref.strip())
    return contacts.listed(session, company=company, application=application)


def list_contacts(store: Store, ref: str | None = None) -> list[ContactView]:
    """Every contact, or those of one company or application (``ref``: the company's name, or the application's
    short id or the start of its company's name), by company then name."""
    region = store.settings.effective_phone_region
    with store.reading() as session:
        rows = _rows(session, ref)
        met = contacts.applications_met(session, (row.id for row in rows))
        return [view_of(row, region, tuple(met.get(row.id, ()))) for row in rows]


def card_of(contact: Contact) -> ContactCard:
    """A kept contact as a vCard's contact: its company as the organisation, a two-word name split into given and
    family name, the address read back into its parts as far as its lines tell."""
    words = contact.name.split()
    given, family = (words[0], words[1]) if len(words) == 2 else (None, None)
    address = parse_address(contact.postal_address.splitlines()) if contact.postal_address else None
    return ContactCard(full_name=contact.name, given_name=given, family_name=family, title=contact.title,
                       organisation=contact.company.name if contact.company else None,
                       emails=(contact.email,) if contact.email else (),
                       phones=(Phone(contact.phone),) if contact.phone else (), address=address, note=contact.notes)


def check_version(version: str) -> VCardVersion:
    """``version`` as a vCard version Afterword writes; a one-line error naming them otherwise."""
    wanted = version.strip()
    for known in VCARD_VERSIONS:
        if wanted == known:
            return known
    raise AfterwordError(f"vCard version '{version}' is not one Afterword writes; give --vcard-version 4.0 or 3.0")


@dataclass(frozen=True, slots=True)
class VCardExport:
    text: str  # the .vcf, lines ending in CRLF
    count: int


def export_contacts(store: Store, ref: str | None = None, version: str = "4.0") -> VCardExport:
    """Every contact (or those of one company or application, as ``list_contacts``) as one vCard file."""
    from afterword.contacts import write_vcards

    wanted = check_version(version)
    with store.reading() as session:
        cards = [card_of(row) for row in _rows(session, ref)]
    return VCardExport(write_vcards(cards, wanted), len(cards))

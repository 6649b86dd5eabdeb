"""The contact as Afterword reads and writes it (vCards, business cards), independent of the database.

``ContactCard.contact_columns()`` gives the values of the store's ``contact`` table (name, title, email, phone,
postal_address, notes, source); the organisation is kept apart because the store links a company row instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict

from afterword.contacts.errors import ContactError

# How vCard TYPE values for a phone are kept: lower case, one word for a mobile, without the ones that say nothing
# ("voice" is every phone's default, "pref" is an order, which the order of ``ContactCard.phones`` keeps).
_KIND_SYNONYMS = {"mobile": "cell", "iphone": "cell", "cellular": "cell"}
_SILENT_KINDS = frozenset({"pref", "voice", "internet"})


def phone_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    """``kinds`` as ``Phone`` keeps them: lower case, "mobile" as "cell", no "pref"/"voice", no repeats."""
    kept: list[str] = []
    for kind in kinds:
        kind = _KIND_SYNONYMS.get(kind.strip().lower(), kind.strip().lower())
        if kind and kind not in _SILENT_KINDS and not kind.startswith("x-") and kind not in kept:
            kept.append(kind)
    return tuple(kept)


def _text(value: str | None) -> str | None:
    """A value stripped of surrounding space; an empty one is None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


@dataclass(frozen=True, slots=True)
class Phone:
    """A phone number as written (or E.164 once normalised) and its kinds: ("work",), ("cell",), ("work", "fax")."""

    number: str
    kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        number = self.number.strip()
        if not number:
            raise ContactError("A phone number is empty: type the number or leave the phone out")
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "kinds", phone_kinds(self.kinds))


@dataclass(frozen=True, slots=True)
class PostalAddress:
    """A postal address in the parts of a vCard ADR; ``street`` holds the street, house and suite or flat."""

    street: str | None = None
    city: str | None = None
    region: str | None = None
    postcode: str | None = None
    country: str | None = None
    po_box: str | None = None

    def __post_init__(self) -> None:
        for name in ("street", "city", "region", "postcode", "country", "po_box"):
            object.__setattr__(self, name, _text(getattr(self, name)))

    @property
    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postcode, self.country, self.po_box))

    def lines(self) -> tuple[str, ...]:
        """The address as it goes on an envelope: box, street, "City, Region Postcode", country."""
        place = self.city or ""
        if self.region:
            place = f"{place}, {self.region}" if place else self.region
        if self.postcode:
            place = f"{place} {self.postcode}" if place else self.postcode
        return tuple(line for line in (self.po_box, self.street, place, self.country) if line)

    def as_text(self) -> str:
        return "\n".join(self.lines())


class ContactColumns(TypedDict):
    """The values of the store's ``contact`` table for a card (its ``company`` comes from ``organisation``)."""

    name: str
    title: str | None
    email: str | None
    phone: str | None
    postal_address: str | None
    notes: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class ContactCard:
    """A person: an interviewer, a recruiter, a referral. Emails and phones are in order of preference."""

    full_name: str
    given_name: str | None = None
    family_name: str | None = None
    title: str | None = None
    organisation: str | None = None
    department: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    address: PostalAddress | None = None
    url: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        full_name = _text(self.full_name)
        if full_name is None:
            raise ContactError("A contact needs a name: type the person's full name")
        object.__setattr__(self, "full_name", full_name)
        for name in ("given_name", "family_name", "title", "organisation", "department", "url", "note"):
            object.__setattr__(self, name, _text(getattr(self, name)))
        object.__setattr__(self, "emails", tuple(self.emails))
        object.__setattr__(self, "phones", tuple(self.phones))
        if self.address is not None and self.address.is_empty:
            object.__setattr__(self, "address", None)

    @property
    def email(self) -> str | None:
        """The preferred email, if any."""
        return self.emails[0] if self.emails else None

    @property
    def phone(self) -> Phone | None:
        """The preferred phone, if any."""
        return self.phones[0] if self.phones else None

    def contact_columns(self, *, source: str | None = None) -> ContactColumns:
        """The store's ``contact`` row values: the preferred email and phone, the address as text, the note."""
        return ContactColumns(
            name=self.full_name, title=self.title, email=self.email,
            phone=self.phone.number if self.phone else None,
            postal_address=self.address.as_text() if self.address else None,
            notes=self.note, source=source)

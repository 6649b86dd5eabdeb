"""`afterword contacts scan`: a business card (a photo read with OCR, or its text) proposed field by field, each
with the line it came from, for the person to confirm or correct; then kept as a contact, and linked to an
application's interview when one is named.

The fields are plain text both ways: ``check_field`` reads what a person types (a phone in E.164, an email checked
without any network lookup), and ``save_business_card`` keeps the confirmed values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from afterword.contacts import CardProposal, ContactError, Proposed, normalise_email, normalise_phone
from afterword.services.clock import now_utc
from afterword.services.contacts import KeptContact, phone_for_people, view_of
from afterword.services.views import ApplicationSummary, InterviewView, interview_of, summary_of
from afterword.settings import Settings, load_settings
from afterword.store import applications, companies, contacts, debriefs
from afterword.store.session import Store
from afterword.store.tables import Application, Interview

SOURCE = "business card"
ADDRESS_LINE_BREAK = " / "  # an address is one line of text to confirm: its lines joined by this
FIELDS = (("name", "Name"), ("title", "Title"), ("organisation", "Company"), ("email", "Email"),
          ("phone", "Phone"), ("website", "Website"), ("address", "Address"))


@dataclass(frozen=True, slots=True)
class ScanField:
    """One field to confirm: its value as proposed (None: the card does not settle it), the card's text it was
    read from and that text's line numbers, and a note on where a value not read from the card comes from."""

    key: str
    label: str
    value: str | None
    source: str | None = None
    line_numbers: tuple[int, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ScannedCard:
    """What a business card proposes, field by field, and the rest of its text for the person to pick from."""

    fields: tuple[ScanField, ...]
    other_phones: tuple[str, ...]  # the numbers not proposed as the contact's phone, for people: "+1 ... (fax)"
    other_lines: tuple[str, ...]
    application: ApplicationSummary | None
    region: str  # phone numbers typed without + are read in this region

    def values(self) -> dict[str, str | None]:
        """The proposed values, as ``save_business_card`` takes them (what --yes keeps)."""
        return {field.key: field.value for field in self.fields}


@dataclass(frozen=True, slots=True)
class SavedBusinessCard:
    """The contact kept (added, or empty fields of one kept already filled), and the interview it was linked to:
    the application's latest that has begun, else its first; None when the application has none yet."""

    kept: KeptContact
    application: ApplicationSummary | None
    interview: InterviewView | None
    interview_number: int | None
    linked: bool  # False when the contact was linked to that interview already


def read_business_card(*, photo: str | None = None, text_source: str | None = None,
                       settings: Settings | None = None) -> CardProposal:
    """The contact a business card proposes, from a ``photo`` (the OCR extra) or ``text_source`` (a text file,
    a URL or "-"); phone numbers without a + are read in the settings' phone region."""
    from afterword.contacts import propose_contact, read_business_card_photo

    region = (settings if settings is not None else load_settings()).effective_phone_region
    if (photo is None) == (text_source is None):
        raise ContactError("give a photo of the business card, or its text with --text FILE (not both)")
    if photo is not None:
        return read_business_card_photo(photo, region=region)
    from afterword.ingest.reader import read_bytes
    from afterword.ingest.text import decode_text

    assert text_source is not None
    data, _kind, name = read_bytes(text_source)
    text = decode_text(data, name)
    if not text.strip():
        raise ContactError(f"{name} has no text; give the text of the business card")
    return propose_contact(text, region=region)


def _field(key: str, label: str, proposed: Proposed[str] | None, value: str | None = None,
           note: str | None = None) -> ScanField:
    if proposed is None:
        return ScanField(key, label, value, note=note if value else None)
    return ScanField(key, label, value if value is not None else proposed.value, proposed.source,
                     proposed.line_numbers, note)


def scan_fields(store: Store, proposal: CardProposal, app_ref: str | None = None) -> ScannedCard:
    """The proposal as fields to confirm. With ``app_ref`` the company proposed is the application's (the card's
    organisation, perhaps "Acme Corp, Inc." for "Acme", is shown as its source), so the contact joins it."""
    region = store.settings.effective_phone_region
    application = None
    if app_ref is not None:
        with store.reading() as session:
            application = summary_of(applications.find(session, app_ref))
    phones = list(proposal.phones)
    chosen = next((phone for phone in phones if "fax" not in phone.value.kinds), phones[0] if phones else None)
    others = tuple(f"{phone_for_people(p.value.number, region)}" + (f" ({', '.join(p.value.kinds)})"
                                                                     if p.value.kinds else "")
                   for p in phones if p is not chosen)
    address = proposal.address
    fields = {
        "name": _field("name", "Name", proposal.name),
        "title": _field("title", "Title", proposal.title),
        "organisation": _field("organisation", "Company", proposal.organisation,
                               application.company if application else None,
                               "the application's company" if application else None),
        "email": _field("email", "Email", proposal.email),
        "phone": ScanField("phone", "Phone", phone_for_people(chosen.value.number, region), chosen.source,
                           chosen.line_numbers) if chosen else ScanField("phone", "Phone", None),
        "website": _field("website", "Website", proposal.website, note="kept as the company's website when it has "
                                                                       "none"),
        "address": ScanField("address", "Address", ADDRESS_LINE_BREAK.join(address.value.lines()), address.source,
                             address.line_numbers) if address else ScanField("address", "Address", None),
    }
    return ScannedCard(fields=tuple(fields[key] for key, _label in FIELDS), other_phones=others,
                       other_lines=proposal.other_lines, application=application, region=region)


def check_field(key: str, text: str | None, region: str) -> str | None:
    """A field's value as typed, read as it is kept: None when empty (a name is needed), an email checked, a phone
    in E.164 (read in ``region`` without a +); a ContactError that says what to type otherwise."""
    value = " ".join((text or "").split())
    if key == "name" and not value:
        raise ContactError("a contact needs a name: type the person's full name")
    if not value:
        return None
    if key == "email":
        return normalise_email(value)
    if key == "phone":
        return normalise_phone(value, region)
    if key == "address":  # "/" with space around it between lines; "Flat 2/14" stays one line
        return ADDRESS_LINE_BREAK.join(part for part in re.split(r"\s+/\s+", value) if part.strip("/ ")) or None
    return value


def _interview(application: Application, now: datetime) -> tuple[Interview, int] | None:
    """The interview a card was handed over at: the latest that has begun, else the first (as debriefs choose)."""
    ordered = debriefs.numbered(application.interviews)
    if not ordered:
        return None
    begun = [index for index, interview in enumerate(ordered) if interview.starts_at <= now]
    index = begun[-1] if begun else 0
    return ordered[index], index + 1


def save_business_card(store: Store, values: Mapping[str, str | None], app_ref: str | None = None, *,
                       now: datetime | None = None) -> SavedBusinessCard:
    """Keep the confirmed ``values`` (the keys of FIELDS) as the contact of that name at the company named
    (added when new, as `afterword add` does): a new contact, or the empty fields of one kept already filled. A
    website fills the company's when it has none. With ``app_ref`` the contact is linked to the application's
    interview (see SavedBusinessCard)."""
    region = store.settings.effective_phone_region
    checked = {key: check_field(key, values.get(key), region) for key, _label in FIELDS}
    name = checked["name"]
    assert name is not None  # check_field refuses an empty name
    address = checked["address"]
    columns = {"title": checked["title"], "email": checked["email"], "phone": checked["phone"],
               "postal_address": "\n".join(address.split(ADDRESS_LINE_BREAK)) if address else None}
    with store.transaction() as session:
        organisation = checked["organisation"]
        company = companies.get_or_create(session, organisation, website=checked["website"]) if organisation \
            else None
        contact, added, filled = contacts.keep(session, name=name, company=company, values=columns, source=SOURCE)
        application = applications.find(session, app_ref) if app_ref is not None else None
        chosen = _interview(application, now or now_utc()) if application is not None else None
        linked = contacts.link(session, chosen[0], contact) if chosen is not None else False
        met = contacts.applications_met(session, [contact.id]).get(contact.id, [])
        return SavedBusinessCard(
            kept=KeptContact(view_of(contact, region, tuple(met)), added, filled),
            application=summary_of(application) if application is not None else None,
            interview=interview_of(chosen[0]) if chosen is not None else None,
            interview_number=chosen[1] if chosen is not None else None, linked=linked)

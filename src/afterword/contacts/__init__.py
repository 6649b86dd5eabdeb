"""Contacts: vCards in and out, business cards read from text or a photo, phone numbers and emails normalised.

A library of pure functions over plain values: no database, no terminal. The store keeps contacts in its own table;
``ContactCard.contact_columns()`` gives that row's values.
"""

from afterword.contacts.business_card_photo import read_business_card_photo
from afterword.contacts.business_card_text import CardProposal, Proposed, propose_contact
from afterword.contacts.card import ContactCard, ContactColumns, Phone, PostalAddress
from afterword.contacts.errors import (
    ContactError,
    EmailAddressError,
    OcrUnavailableError,
    PhoneNumberError,
    VCardError,
)
from afterword.contacts.normalise import display_phone, normalise_email, normalise_phone, parse_phone
from afterword.contacts.vcard_read import VCardImport, read_vcards
from afterword.contacts.vcard_write import VCardVersion, write_vcard, write_vcards

__all__ = [
    "CardProposal", "ContactCard", "ContactColumns", "ContactError", "EmailAddressError", "OcrUnavailableError",
    "Phone", "PhoneNumberError", "PostalAddress", "Proposed", "VCardError", "VCardImport", "VCardVersion",
    "display_phone", "normalise_email", "normalise_phone", "parse_phone", "propose_contact",
    "read_business_card_photo", "read_vcards", "write_vcard", "write_vcards",
]

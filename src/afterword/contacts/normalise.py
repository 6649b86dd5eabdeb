"""Phone numbers and email addresses as people type them, checked and put in one standard form. Never networked.

A phone number becomes E.164 ("+14155550100"); E.164 has no room for an extension, so one is kept after it the way
tel: URIs write it (RFC 3966): "+14155550100;ext=12". A number that is not a real number of any country raises a
``PhoneNumberError`` whose message tells the user what to type instead: Afterword asks people for these numbers, so
it must say why one is refused rather than quietly drop it.
"""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from afterword.contacts.errors import EmailAddressError, PhoneNumberError

_PARSE_PROBLEMS = {
    phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: "its country cannot be told",
    phonenumbers.NumberParseException.NOT_A_NUMBER: "it is not a phone number",
    phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: "it is too short",
    phonenumbers.NumberParseException.TOO_SHORT_NSN: "it is too short",
    phonenumbers.NumberParseException.TOO_LONG: "it is too long",
}


def parse_phone(text: str, region: str = "US") -> phonenumbers.PhoneNumber:
    """``text`` as a valid phone number; without a leading + or 00 it is read as a number of ``region`` (ISO 3166
    two-letter code: "US", "GB" ...). A ``PhoneNumberError`` says what is wrong and what to type."""
    shown = " ".join(text.split())
    fix = "type it with its country code, e.g. +1 415 555 0100 or +44 20 7946 0958"
    try:
        number = phonenumbers.parse(shown, region.upper())
    except phonenumbers.NumberParseException as error:
        problem = _PARSE_PROBLEMS.get(error.error_type, "it cannot be read")
        raise PhoneNumberError(f'"{shown}" is not a phone number Afterword can use ({problem}): {fix}') from error
    if not phonenumbers.is_valid_number(number):
        where = "" if shown.startswith(("+", "00")) else f" in {region.upper()}"
        raise PhoneNumberError(f'"{shown}" is not a valid phone number{where}: check the digits, or {fix}')
    return number


def e164(number: phonenumbers.PhoneNumber) -> str:
    """The number in E.164, with ";ext=N" after it when it has an extension."""
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{text};ext={number.extension}" if number.extension else text


def normalise_phone(text: str, region: str = "US") -> str:
    """``text`` in E.164 ("+442079460958", "+12127365000;ext=12"); a ``PhoneNumberError`` when it is not valid."""
    return e164(parse_phone(text, region))


def display_phone(text: str, region: str = "US") -> str:
    """``text`` (as typed or E.164) in international format for people: "+1 415-555-0100 ext. 12"."""
    return phonenumbers.format_number(parse_phone(text, region), phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(text: str) -> str:
    """``text`` as a checked email address (space and a "mailto:" around it removed, the domain in lower case, the
    part before the @ as written); an ``EmailAddressError`` naming what is wrong otherwise. No DNS lookup."""
    address = text.strip()
    if address.lower().startswith("mailto:"):
        address = address[len("mailto:"):].strip()
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as error:
        reason = str(error).rstrip(".")
        reason = reason[:1].lower() + reason[1:]
        raise EmailAddressError(f'"{address}" is not a valid email address ({reason}): check it for typos and '
                                "try again", address=address, reason=reason) from error

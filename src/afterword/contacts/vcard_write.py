"""Write a ``ContactCard`` as a vCard 4.0 (RFC 6350) or 3.0 (RFC 2426) that ``read_vcards`` reads back unchanged.

Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. Text values escape backslash,
comma, semicolon and line breaks; a URL is a URI and is written as is. In 4.0 a phone number in E.164 (what
``normalise_phone`` gives) is written as a tel: URI, as RFC 6350 recommends; any other number is written as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from afterword.contacts.card import ContactCard, Phone
from afterword.contacts.errors import ContactError

VCardVersion = Literal["4.0", "3.0"]

_FOLD_AT = 75  # octets, not counting the CRLF (RFC 6350 3.2)
_E164 = re.compile(r"\+[0-9]{2,15}(;ext=[0-9]+)?")
_PARAM_WORD = re.compile(r"[a-z0-9-]+")


def write_vcard(card: ContactCard, version: VCardVersion = "4.0") -> str:
    """One card: BEGIN:VCARD ... END:VCARD, every line ending in CRLF."""
    if version not in ("4.0", "3.0"):
        raise ContactError(f'vCard version "{version}" is not one Afterword writes: choose 4.0 or 3.0')
    lines = [f"VERSION:{version}", f"FN:{_escape(card.full_name)}",
             "N:" + _structured(card.family_name, card.given_name, None, None, None)]
    if card.organisation or card.department:
        lines.append("ORG:" + _structured(card.organisation, card.department))
    if card.title:
        lines.append(f"TITLE:{_escape(card.title)}")
    email_params = ";TYPE=INTERNET" if version == "3.0" else ""
    lines.extend(f"EMAIL{email_params}:{_escape(email)}" for email in card.emails)
    lines.extend(_phone(phone, version) for phone in card.phones)
    if address := card.address:
        lines.append("ADR:" + _structured(address.po_box, None, address.street, address.city, address.region,
                                          address.postcode, address.country))
    if card.url:
        lines.append(f"URL:{_one_line(card.url)}")
    if card.note:
        lines.append(f"NOTE:{_escape(card.note)}")
    return "".join(_fold(line) for line in ("BEGIN:VCARD", *lines, "END:VCARD"))


def write_vcards(cards: Iterable[ContactCard], version: VCardVersion = "4.0") -> str:
    """Several cards in one .vcf, one after another."""
    return "".join(write_vcard(card, version) for card in cards)


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _one_line(text: str) -> str:
    """A URI value: not escaped, but never able to start a line of its own."""
    return " ".join(text.split())


def _structured(*parts: str | None) -> str:
    return ";".join(_escape(part or "") for part in parts)


def _phone(phone: Phone, version: VCardVersion) -> str:
    kinds = [kind for kind in phone.kinds if _PARAM_WORD.fullmatch(kind)]
    if version == "3.0":
        types = f";TYPE={','.join(kind.upper() for kind in kinds)}" if kinds else ""
        return f"TEL{types}:{_one_line(phone.number)}"
    types = f";TYPE={','.join(kinds)}" if kinds else ""
    if _E164.fullmatch(phone.number):
        return f"TEL;VALUE=uri{types}:tel:{phone.number}"
    return f"TEL{types}:{_one_line(phone.number)}"


def _fold(line: str) -> str:
    """``line`` + CRLF, broken into 75-octet pieces (continuations start with a space) between characters."""
    pieces, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > _FOLD_AT:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces) + "\r\n"

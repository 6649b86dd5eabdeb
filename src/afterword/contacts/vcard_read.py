"""Read vCards (2.1, 3.0, 4.0; one or many in a file) into ``ContactCard`` values.

vobject does the lexing: unfolding long lines, vCard 2.1 quoted-printable values and their CHARSET, parameters with
or without names and quotes. The values are decoded here rather than by vobject's behaviours, which keep only the
part before an unescaped comma of a NOTE, TITLE or URL ("Met at PyCon, nice" would become "Met at PyCon").

A card without any name (neither FN nor N) stops the import with a ``VCardError``; an invalid email is left out of
its card and named in ``VCardImport.warnings``. Email addresses are normalised (``normalise_email``); phone numbers
are kept as written, since a file does not say which country a number without + belongs to.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from vobject.base import ContentLine, VObjectError, getLogicalLines, textLineToContentLine

from afterword.contacts.card import ContactCard, Phone, PostalAddress
from afterword.contacts.errors import EmailAddressError, VCardError
from afterword.contacts.normalise import normalise_email
from afterword.errors import InputError
from afterword.ingest.text import decode

_NOT_PREFERRED = 101  # beyond the 1-100 of a vCard 4.0 PREF parameter
_UNESCAPE = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


@dataclass(frozen=True, slots=True)
class VCardImport:
    """The contacts read from a vCard file, and what the user should know about what was left out."""

    cards: tuple[ContactCard, ...]
    warnings: tuple[str, ...] = ()


def read_vcards(data: bytes | str, *, source: str = "This file") -> VCardImport:
    """Every card in ``data`` (the bytes or text of a .vcf), in file order. ``source`` names it in messages."""
    warnings: list[str] = []
    if isinstance(data, bytes):
        try:
            decoded = decode(data, source)
        except InputError as error:
            raise _not_a_vcard(source) from error
        text = decoded.text
        warnings.extend(decoded.warnings)
    else:
        text = data
    blocks = list(_card_blocks(text.lstrip("\ufeff"), warnings))
    if not blocks:
        raise _not_a_vcard(source)
    cards = tuple(_card(lines, number, warnings) for number, lines in enumerate(blocks, 1))
    return VCardImport(cards, tuple(warnings))


def _not_a_vcard(source: str) -> VCardError:
    return VCardError(f"{source} is not a vCard: export the contact as .vcf from your phone or address book and "
                      "try again")


def _card_blocks(text: str, warnings: list[str]) -> Iterator[list[ContentLine]]:
    """The content lines of each top-level VCARD; lines of components nested in a card (a 2.1 AGENT) are skipped."""
    depth, in_card, lines, cards = 0, False, [], 0
    for raw, number in getLogicalLines(io.StringIO(text), allowQP=True):
        try:
            line = textLineToContentLine(raw, number)
        except (VObjectError, UnicodeError, LookupError):  # no "name:", a bad quoted-printable or CHARSET
            if in_card and depth == 1:
                warnings.append(f"Card {cards}: skipped line {number}, which could not be read as a vCard property")
            continue
        if line.name == "BEGIN":
            depth += 1
            if depth == 1 and line.value.strip().upper() == "VCARD":
                in_card, lines, cards = True, [], cards + 1
        elif line.name == "END" and depth > 0:
            depth -= 1
            if depth == 0 and in_card:
                in_card = False
                yield lines
        elif in_card and depth == 1:
            lines.append(line)
    if in_card:
        raise VCardError(f"Card {cards} is cut off (it has no END:VCARD): export the contacts again and retry")


def _unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_UNESCAPE.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)


def _split(value: str, separator: str) -> list[str]:
    """``value`` split at each ``separator`` that is not backslash-escaped; the parts keep their escapes."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _components(line: ContentLine, count: int, joiner: str) -> list[str]:
    """The ``count`` parts of a structured value (N, ADR), a part's comma-separated values joined by ``joiner``."""
    parts = _split(line.value, ";") + [""] * count
    return [joiner.join(v for v in (_unescape(x).strip() for x in _split(part, ",")) if v) for part in parts[:count]]


def _types(line: ContentLine) -> list[str]:
    """TYPE values, from TYPE=a,b, TYPE="a,b", repeated TYPE= and vCard 2.1's bare WORK;VOICE."""
    values = [*line.params.get("TYPE", []), *line.singletonparams]
    return [kind.strip().strip('"').lower() for value in values for kind in value.split(",") if kind.strip()]


def _rank(line: ContentLine) -> int:
    """Lower is more preferred: PREF=1 (4.0) or TYPE=pref (2.1, 3.0) before the rest; file order breaks ties."""
    for pref in line.params.get("PREF", []):
        if pref.strip().isdigit():
            return int(pref)
    return 1 if "pref" in _types(line) else _NOT_PREFERRED


def _by_preference(lines: list[ContentLine]) -> list[ContentLine]:
    return sorted(lines, key=_rank)


def _value(line: ContentLine) -> str:
    return _unescape(line.value).strip()


def _first(props: dict[str, list[ContentLine]], name: str) -> str | None:
    for line in _by_preference(props.get(name, [])):
        if value := _value(line):
            return value
    return None


def _address(props: dict[str, list[ContentLine]]) -> PostalAddress | None:
    for line in _by_preference(props.get("ADR", [])):
        box, extended, street, city, region, code, country = _components(line, 7, ", ")
        street_lines = (part.strip() for text in (street, extended) for part in text.splitlines())
        address = PostalAddress(street=", ".join(part for part in street_lines if part) or None, city=city,
                                region=region, postcode=code, country=country, po_box=box)
        if not address.is_empty:
            return address
    return None


def _card(lines: list[ContentLine], number: int, warnings: list[str]) -> ContactCard:
    props: dict[str, list[ContentLine]] = {}
    for line in lines:
        props.setdefault(line.name, []).append(line)
    family = given = ""
    full = _first(props, "FN")
    if props.get("N"):
        family, given, additional, prefix, suffix = _components(props["N"][0], 5, " ")
        full = full or " ".join(part for part in (prefix, given, additional, family, suffix) if part)
    if not full:
        raise VCardError(f"Card {number} has no name (no FN or N): give the contact a name in your address book, "
                         "export it again and retry")
    emails: list[str] = []
    for line in _by_preference(props.get("EMAIL", [])):
        if not (raw := _value(line)):
            continue
        try:
            email = normalise_email(raw)
        except EmailAddressError as error:
            warnings.append(f'{full} (card {number}): left out the email "{error.address}" ({error.reason}); '
                            "correct it in your address book if you need it")
            continue
        if email not in emails:
            emails.append(email)
    phones: list[Phone] = []
    for line in _by_preference(props.get("TEL", [])):
        raw = _value(line)
        raw = raw[4:].strip() if raw.lower().startswith("tel:") else raw
        if raw and raw not in (phone.number for phone in phones):
            phones.append(Phone(raw, tuple(_types(line))))
    organisation = department = None
    if props.get("ORG"):
        org, *units = (_unescape(part).strip() for part in _split(props["ORG"][0].value, ";"))
        organisation, department = org, ", ".join(unit for unit in units if unit)
    notes = [_value(line) for line in props.get("NOTE", [])]
    return ContactCard(
        full_name=full, given_name=given, family_name=family, title=_first(props, "TITLE"),
        organisation=organisation, department=department, emails=tuple(emails), phones=tuple(phones),
        address=_address(props), url=_first(props, "URL"), note="\n\n".join(note for note in notes if note))

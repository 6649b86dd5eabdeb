"""Which lines of a business card are its postal address, and that address in parts.

A line is part of an address when it is a PO box, a street ("500 Market St", "Suite 200", "12 Finsbury Square"), a
place with a postcode ("San Francisco, CA 94105", "London EC2A 4NE", "10115 Berlin"), or a country right after one
of those. The lines must follow one another on the card; the first such run that has a street or PO box and a place
with a postcode is the address. A card without one gets no address: it is not guessed from a lone street.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterword.contacts.card import PostalAddress

PO_BOX = re.compile(r"\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box)\s*#?\s*\d+", re.IGNORECASE)
_STREET_WORDS = (r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pl|Place|Sq|Square|Ct|Court|"
                 r"Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Row|Hill|Close|Crescent|Walk|Wharf|Yard|Mews|Gardens|Park|"
                 r"Plaza|Broadway|Circle|Quay")
_STREET = re.compile(rf"^\d+[A-Za-z]?(?:-\d+)?,?\s+.*\b(?:{_STREET_WORDS})\b|"  # 500 Market St
                     r"\b(?:Suite|Ste|Floor|Fl|Unit|Building|Bldg|Level)\.?\s*#?\s*\d+\w*\b|"  # Suite 200
                     r"^\d+(?:st|nd|rd|th)\s+Floor\b|"  # 3rd Floor
                     r"^\w+(?:stra(?:ss|ß)e|str\.|weg|platz)\s+\d+", re.IGNORECASE)  # Friedrichstraße 123
_US_PLACE = re.compile(r"^(?:(?P<city>[^\d,]+?)\s+)?(?P<region>[A-Z]{2})\.?\s+(?P<code>\d{5}(?:-\d{4})?)$")
_UK_PLACE = re.compile(r"^(?P<city>[^\d,]*?)\s*(?P<code>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$")
_EU_PLACE = re.compile(r"^(?:[A-Z]-)?(?P<code>\d{4,5})\s+(?P<city>[^\d,]+)$")
_PLACES = (_US_PLACE, _UK_PLACE, _EU_PLACE)
COUNTRIES = frozenset({
    "usa", "us", "united states", "united states of america", "uk", "united kingdom", "great britain", "england",
    "scotland", "wales", "northern ireland", "ireland", "canada", "germany", "deutschland", "france",
    "netherlands", "spain", "italy", "switzerland", "austria", "belgium", "sweden", "denmark", "norway",
    "australia", "new zealand", "india", "singapore"})


def is_country(text: str) -> bool:
    return text.replace(".", "").strip().lower() in COUNTRIES


def _has_place(text: str) -> bool:
    parts = [part.strip() for part in text.split(",")]
    if len(parts) > 1 and is_country(parts[-1]):
        parts.pop()
    return any(pattern.match(parts[-1]) for pattern in _PLACES)


def _kinds(text: str) -> set[str]:
    """What ``text`` holds of an address: "box", "street", "place" (with a postcode) or "country"."""
    kinds = {kind for kind, found in (("box", PO_BOX.search(text)), ("place", _has_place(text)),
                                      ("street", _STREET.search(text))) if found}
    return kinds or ({"country"} if is_country(text) else set())


def find_address(texts: Sequence[str]) -> tuple[list[int], PostalAddress] | None:
    """The indexes into ``texts`` (a card's lines in order) that make its address, and the address in parts."""
    run: list[int] = []
    kinds: set[str] = set()
    for index, text in enumerate([*texts, ""]):
        found = _kinds(text)
        if found and (run or found != {"country"}):
            run.append(index)
            kinds |= found
            continue
        if "place" in kinds and kinds & {"street", "box"}:
            return run, parse_address([texts[i] for i in run])
        run, kinds = [], set()
    return None


def parse_address(lines: Sequence[str]) -> PostalAddress:
    """Address lines in parts: PO box, street, city, region, postcode and country, as far as their form tells."""
    parts = [part.strip() for line in lines for part in line.split(",") if part.strip()]
    country = city = region = code = box = None
    if parts and is_country(parts[-1]):
        country = parts.pop()
    if parts and (us := _US_PLACE.match(parts[-1])):
        parts.pop()
        region, code = us["region"], us["code"]
        city = us["city"] or (parts.pop() if parts and not _kinds(parts[-1]) else None)
    elif parts and (uk := _UK_PLACE.match(parts[-1])):
        parts.pop()
        code = uk["code"]
        city = uk["city"] or (parts.pop() if parts and not _kinds(parts[-1]) else None)
    elif parts and (eu := _EU_PLACE.match(parts[-1])):
        parts.pop()
        code, city = eu["code"], eu["city"]
    street: list[str] = []
    for part in parts:
        if box is None and (match := PO_BOX.search(part)):
            box = match.group(0)
        else:
            street.append(part)
    return PostalAddress(street=", ".join(street) or None, city=city, region=region, postcode=code,
                         country=country, po_box=box)

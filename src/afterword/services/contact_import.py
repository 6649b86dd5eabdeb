"""`afterword contacts import FILE.vcf`: every card of a vCard file becomes a contact, in one transaction.

A card's ORG names its company (found whatever its case or spacing, added when new, as `afterword add` does);
``company`` puts every card at that company instead. A card whose name matches a contact kept at that company fills
that contact's empty fields and never overwrites one. Only what the contact table keeps is taken: the name, title,
preferred email and phone, address and note.
"""

from __future__ import annotations

from dataclasses import dataclass

from afterword.contacts import read_vcards
from afterword.services.contacts import company_named, keep_card
from afterword.store.session import Store

SOURCE = "vcard"


@dataclass(frozen=True, slots=True)
class VCardImportResult:
    """How many cards became new contacts, filled empty fields of kept ones, or had nothing new; what the reader
    left out (an invalid email ...), one line each."""

    source: str
    added: int
    updated: int
    unchanged: int
    warnings: tuple[str, ...]

    @property
    def cards(self) -> int:
        return self.added + self.updated + self.unchanged


def read_vcard_file(source: str) -> tuple[str, bytes]:
    """(name to show, bytes) of a .vcf path, URL or "-" (standard input)."""
    from afterword.ingest.reader import read_bytes

    data, _kind, name = read_bytes(source)
    return name, data


def import_vcards(store: Store, source: str, *, company: str | None = None) -> VCardImportResult:
    """Keep every card of the vCard file ``source`` as a contact (see the module's docstring)."""
    name, data = read_vcard_file(source)
    return import_vcard_data(store, data, name, company=company)


def import_vcard_data(store: Store, data: bytes, name: str, *, company: str | None = None) -> VCardImportResult:
    """Keep every card of the vCard bytes ``data`` (named ``name`` in messages) as a contact, in one transaction
    (an uploaded file in the web app)."""
    read = read_vcards(data, source=name)
    region = store.settings.effective_phone_region
    added = updated = unchanged = 0
    with store.transaction() as session:
        for card in read.cards:
            at = company_named(session, company if company and company.strip() else card.organisation)
            _contact, new, filled = keep_card(session, card, at, source=SOURCE, region=region)
            if new:
                added += 1
            elif filled:
                updated += 1
            else:
                unchanged += 1
    return VCardImportResult(source=name, added=added, updated=updated, unchanged=unchanged,
                             warnings=read.warnings)

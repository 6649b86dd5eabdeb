"""Contacts from what a web page sends: a .vcf upload's bytes, and a business card as a photo's bytes or as its
pasted text. The same flows as services/contact_import.py and services/contact_scan.py, which take a path, a URL
or "-" (the CLI's sources): here nothing the browser sent is ever used as a path.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from importlib.util import find_spec

from afterword.contacts import CardProposal, ContactError, OcrUnavailableError, propose_contact
from afterword.contacts.business_card_photo import OCR_EXTRA_MISSING
from afterword.services.contact_scan import FIELDS, ScanField, ScannedCard
from afterword.services.upload_checks import check_photo
from afterword.services.views import summary_of
from afterword.store import applications
from afterword.store.session import Store

OCR_INSTALL_HINT = OCR_EXTRA_MISSING
TEXT_LIMIT = 4000  # characters of a pasted card: a business card holds a few hundred


def ocr_installed() -> bool:
    """True when the OCR extra (pytesseract and Pillow) can be imported, as reading a photo needs; the tesseract
    program itself is found only when a photo is read (OcrUnavailableError then says how to install it)."""
    return find_spec("pytesseract") is not None and find_spec("PIL") is not None


class _NamedPhoto(io.BytesIO):
    """A photo's bytes that show as the upload's name in messages ("card.jpg is not a photo ...")."""

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(data)
        self.shown = name

    def __str__(self) -> str:
        return self.shown


def read_card(store: Store, *, photo: bytes | None = None, photo_name: str = "the photo",
              text: str | None = None) -> CardProposal:
    """The contact a business card proposes, from a photo's bytes (checked as JPEG, PNG or WebP; the OCR extra
    reads it) or from its pasted text; phone numbers without a + are read in the settings' phone region."""
    from afterword.contacts import read_business_card_photo

    region = store.settings.effective_phone_region
    pasted = (text or "").strip()
    if photo is not None and pasted:
        raise ContactError("give a photo of the business card or its text, not both")
    if photo is not None:
        check_photo(photo, photo_name)
        if not ocr_installed():
            raise OcrUnavailableError(OCR_INSTALL_HINT)
        return read_business_card_photo(_NamedPhoto(photo, photo_name), region=region)  # type: ignore[arg-type]
    if not pasted:
        raise ContactError("paste the text of the business card (or choose a photo of it) and try again")
    if len(pasted) > TEXT_LIMIT:
        raise ContactError(f"that is more text than a business card holds; paste at most {TEXT_LIMIT} characters")
    return propose_contact(pasted, region=region)


def typed_card(store: Store, values: Mapping[str, str | None], app_ref: str | None = None) -> ScannedCard:
    """The fields as a person typed them (to show the form again after a value could not be kept), with no line
    of the card behind them."""
    application = None
    if app_ref:
        with store.reading() as session:
            application = summary_of(applications.find(session, app_ref))
    typed = {key: (values.get(key) or "").strip() or None for key, _label in FIELDS}
    fields = tuple(ScanField(key, label, typed[key], note="as you typed it" if typed[key] else "left empty")
                   for key, label in FIELDS)
    return ScannedCard(fields=fields, other_phones=(), other_lines=(), application=application,
                       region=store.settings.effective_phone_region)

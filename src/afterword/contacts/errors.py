"""The contacts package's domain errors: each message is one line that names the problem and the fix."""

from __future__ import annotations

from afterword.errors import AfterwordError


class ContactError(AfterwordError):
    """A contact, or something meant to become one, could not be read or made."""


class VCardError(ContactError):
    """A file or text is not a vCard, or a card in it cannot become a contact."""


class PhoneNumberError(ContactError):
    """A phone number that cannot be read as a real number of some country."""


class EmailAddressError(ContactError):
    """An email address that is not valid; ``address`` is as given and ``reason`` says why, for warnings."""

    def __init__(self, message: str, *, address: str, reason: str) -> None:
        super().__init__(message)
        self.address = address
        self.reason = reason


class OcrUnavailableError(ContactError):
    """Reading a photo of a business card needs the optional OCR extra or the tesseract program."""

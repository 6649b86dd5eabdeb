"""Read a photo of a business card with OCR (the optional ``afterword[ocr]`` extra) and propose its contact.

pytesseract and Pillow are imported only when a photo is read, so Afterword starts and works without them.
"""

from __future__ import annotations

from pathlib import Path

from afterword.contacts.business_card_text import CardProposal, propose_contact
from afterword.contacts.errors import ContactError, OcrUnavailableError

OCR_EXTRA_MISSING = ("Reading card photos needs the OCR extra: pip install 'afterword[ocr]' and the tesseract-ocr "
                     "system package")


def read_business_card_photo(path: str | Path, *, region: str = "US") -> CardProposal:
    """The contact a photo of a business card (JPEG, PNG ...) proposes; see ``propose_contact``."""
    try:
        import pytesseract
        from PIL import Image, UnidentifiedImageError
    except ImportError as error:
        raise OcrUnavailableError(OCR_EXTRA_MISSING) from error
    try:
        with Image.open(path) as image:
            text = pytesseract.image_to_string(image)
    except pytesseract.TesseractNotFoundError as error:  # an OSError too: caught first
        raise OcrUnavailableError("Reading card photos needs the tesseract program: install the tesseract-ocr "
                                  "system package (apt install tesseract-ocr, brew install tesseract)") from error
    except pytesseract.TesseractError as error:
        raise ContactError(f"Tesseract could not read {path}: take the photo again as JPEG or PNG") from error
    except FileNotFoundError as error:
        raise ContactError(f"{path} does not exist: check the path and try again") from error
    except (UnidentifiedImageError, OSError) as error:
        raise ContactError(f"{path} is not a photo Afterword can read: save it as JPEG or PNG and try again") \
            from error
    if not text.strip():
        raise ContactError(f"No text was found in {path}: take the photo again, straight on and in good light")
    return propose_contact(text, region=region)

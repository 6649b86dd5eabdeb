"""PDF text: pypdf first, pdfminer.six when pypdf's text has lost the line layout."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from afterword.errors import InputError


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep pypdf's and pdfminer's warnings ("EOF marker not found" ...) off stderr: we report in one line."""
    loggers = [logging.getLogger(name) for name in ("pypdf", "pdfminer")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _layout_is_poor(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return True
    longest = max(len(line) for line in lines)
    spaces = text.count(" ") / max(len(text), 1)
    return longest > 400 or spaces < 0.05


def pdf_text(data: bytes, name: str) -> str:
    with _quiet():
        return _pdf_text(data, name)


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name} is password-protected; save an unlocked copy (print to PDF) and try again")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        if "encrypt" in str(error).lower() or "password" in str(error).lower():
            raise InputError(f"{name} is password-protected; save an unlocked copy and try again") from None
        raise InputError(f"{name} is not a readable PDF ({error}); re-export it as PDF or give a .docx or .txt") \
            from None
    text = "\n".join(pages)
    if text.strip() and _layout_is_poor(text):
        from pdfminer.high_level import extract_text

        try:
            text = extract_text(io.BytesIO(data)) or text
        except Exception:  # noqa: BLE001 - pdfminer raises many kinds; pypdf's text is still usable
            pass
    if not text.strip():
        raise InputError(f"{name} has no text layer (a scanned image?); run OCR on it or export the text "
                         "to a .txt file")
    return text

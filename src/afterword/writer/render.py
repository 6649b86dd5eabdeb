"""render(letter, format) → bytes, and writing a letter to a file whole (temp file + rename, output.write_atomic)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from afterword.writer.model import FORMATS, Letter, WriterError


def render(letter: Letter, format: str, *, page_size: str = "A4", now: dt.datetime | None = None) -> bytes:
    """The letter as txt, eml, pdf or docx bytes. ``page_size`` (A4 or Letter) is for the PDF, ``now`` the eml's
    Date header (default: the current time). PDF needs WeasyPrint and Pango, docx python-docx: each is imported
    only when asked for."""
    if format == "txt":
        from afterword.writer.render_text import render_text

        return render_text(letter)
    if format == "eml":
        from afterword.writer.render_eml import render_eml

        return render_eml(letter, now=now)
    if format == "pdf":
        from afterword.writer.render_pdf import render_pdf

        return render_pdf(letter, page_size=page_size)
    if format == "docx":
        from afterword.writer.render_docx import render_docx

        return render_docx(letter)
    raise WriterError(f"Unknown letter format {format!r}: use one of {', '.join(FORMATS)}.")


def file_name(letter: Letter, format: str) -> str:
    """"thank-you-amara-okonkwo-lindqvist.eml", "check-in-2-hiring-team.txt": a default file name in ASCII."""
    who = unicodedata.normalize("NFKD", letter.recipient.name or "hiring team").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", who.lower()).strip("-")[:60] or "letter"
    number = f"-{letter.sequence}" if letter.sequence > 1 else ""
    return f"{letter.kind}{number}-{slug}.{format}"


def write_letter(letter: Letter, path: str | Path, format: str | None = None, **options: object) -> Path:
    """Render the letter and write it to ``path`` whole: a temporary file renamed into place, so a reader never
    sees half a letter and a failed write leaves an older file intact. The format is ``format``, else the file's
    suffix."""
    from afterword.output import write_atomic

    path = Path(path)
    chosen = format or path.suffix.lstrip(".").lower()
    if chosen not in FORMATS:
        raise WriterError(f"Cannot tell the letter format from {path.name!r}: end the name in .txt, .eml, .pdf or "
                          ".docx, or give the format.")
    write_atomic(path, render(letter, chosen, **options))  # type: ignore[arg-type]
    return path

"""Documents a person hands the web app: an uploaded file (checked for size and type before it is read) or text
pasted into a form. Both are read from memory, never from a path the request names."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import PurePosixPath

from afterword.errors import InputError
from afterword.models import Document

POSTING_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
_TEXT_KINDS = frozenset({".txt", ".md", ".html", ".htm"})
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"\x89PNG",
                 b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0")
_UNSAFE_NAME = re.compile(r"[^\w .,()+-]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Upload:
    """A file as the browser sent it: its name (as the person's computer calls it) and its bytes."""

    file_name: str
    data: bytes


def clean_file_name(name: str, default: str = "document") -> str:
    """The last part of ``name`` with only plain characters, at most 100 of them: a name to show and keep, never
    a path."""
    base = re.split(r"[/\\]", name or "")[-1]
    base = _UNSAFE_NAME.sub("_", "".join(ch for ch in base if ch.isprintable())).strip(" ._")
    return base[-100:] if base else default


def _size(count: int) -> str:
    """"5 MB", "1.5 MB", "64 KB"."""
    return f"{count / 1_048_576:.3g} MB" if count >= 1_048_576 else f"{max(1, round(count / 1024))} KB"


def _allowed(suffixes: Collection[str]) -> str:
    return ", ".join(suffixes)


def check_upload(upload: Upload, *, suffixes: Collection[str], max_bytes: int, what: str) -> str:
    """The upload's clean file name, once its size and type are right; an InputError naming the fix when not.

    The type is checked twice: by the name's suffix, and by the first bytes (a PDF starts with %PDF, a .docx is a
    zip; a text file holds no NUL byte and no other format's signature)."""
    name = clean_file_name(upload.file_name, what)
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in suffixes:
        shown = f"'{suffix}' files" if suffix else "files without a type in their name"
        raise InputError(f"{shown} cannot be read as your {what}; upload a {_allowed(suffixes)} file")
    if len(upload.data) > max_bytes:
        raise InputError(f"{name} is over the {_size(max_bytes)} limit; upload a smaller file (a {what} is rarely "
                         "over 1 MB)")
    if not upload.data.strip():
        raise InputError(f"{name} is empty; upload the file that holds your {what}")
    head = upload.data[:8192].lstrip()
    looks_right = {".pdf": head.startswith(b"%PDF"), ".docx": head.startswith(b"PK\x03\x04")}.get(
        suffix, suffix in _TEXT_KINDS and b"\x00" not in head and not head.startswith(_BINARY_MAGIC))
    if not looks_right:
        raise InputError(f"{name} is not a real {suffix} file (its content is of another kind); save it again as "
                         f"{_allowed(suffixes)} and upload that")
    return name


def document_of_upload(upload: Upload, *, suffixes: Collection[str], max_bytes: int, what: str) -> Document:
    """The upload read as a document, after check_upload."""
    from afterword.ingest.reader import document_from_bytes

    name = check_upload(upload, suffixes=suffixes, max_bytes=max_bytes, what=what)
    return document_from_bytes(upload.data, name)


def document_of_text(text: str, name: str, *, what: str) -> Document:
    """Pasted text as a document named ``name``; an InputError when there is nothing in it."""
    from afterword.ingest import document_from_text
    from afterword.ingest.text import clean_text

    cleaned = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not cleaned.strip():
        raise InputError(f"the {what} you pasted is empty; paste its text")
    return document_from_text(cleaned, name)

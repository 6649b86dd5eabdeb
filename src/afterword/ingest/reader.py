"""One entry point for every source: a path, an http(s) URL or "-" for standard input."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from afterword.errors import InputError
from afterword.ingest.structure import build_document
from afterword.ingest.text import clean_text, decode
from afterword.models import Document

MAX_BYTES = 20 * 1024 * 1024
URL_TIMEOUT = 15.0  # seconds for the connection and for each read
URL_DEADLINE = 30.0  # seconds for the whole download, connect to last byte
_SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".markdown": "text", ".pdf": "pdf",
             ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html"}


def _sniff(data: bytes, suffix: str, content_type: str = "") -> str:
    """The format of some bytes, from their magic number first, then the content type or file suffix."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if "pdf" in content_type:
        return "pdf"
    if "html" in content_type or head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in (".doc", ".rtf", ".odt", ".pages"):
        raise InputError(f"{suffix} files are not supported; save the document as .docx, .pdf or .txt")
    return _SUFFIXES.get(suffix, "text")


def _to_text(data: bytes, kind: str, name: str, encoding: str | None) -> tuple[str, tuple[str, ...]]:
    """The text of ``data`` (free of lone surrogates and control junk) and what reading it noticed."""
    if not data.strip():
        raise InputError(f"{name} is empty; give a file with the document's text")
    if kind == "pdf":
        from afterword.ingest.pdf import pdf_text

        text, warnings = pdf_text(data, name)
    elif kind == "docx":
        from afterword.ingest.word import docx_text

        text, warnings = docx_text(data, name)
    else:
        decoded = decode(data, name, encoding)
        text, warnings = decoded.text, decoded.warnings
        if kind == "html":
            from afterword.ingest.html import html_text

            text = html_text(text, name)
    return clean_text(text), warnings


def _read(source: str, stdin: BinaryIO | None) -> tuple[bytes, str, str, str | None]:
    """(data, format, display name, declared charset) for a path, URL or "-"."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError("standard input is larger than 20 MB; give a smaller document")
        return data, _sniff(data, ".txt"), "standard input", None
    if source.lower().startswith(("http://", "https://")):
        from afterword.ingest.url import declared_charset, fetch

        data, content_type = fetch(source, timeout=URL_TIMEOUT, max_bytes=MAX_BYTES, deadline=URL_DEADLINE)
        suffix = Path(source.split("?", 1)[0]).suffix.lower()
        kind = _sniff(data, suffix or ".html", content_type)
        return data, kind, source, declared_charset(content_type, data)
    path = Path(source).expanduser()
    if not path.exists():
        raise InputError(f"{source} does not exist; check the path (or use - to read standard input)")
    if path.is_dir():
        raise InputError(f"{source} is a folder; give the path of a document inside it")
    size, data = path.stat().st_size, b""
    if size <= MAX_BYTES:  # devices and FIFOs report size 0: read one byte over the limit to find out
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            raise InputError(f"cannot read {source} ({error.strerror}); check its permissions") from None
    if size > MAX_BYTES or len(data) > MAX_BYTES:
        shown = f" {size / 1_048_576:.0f} MB," if size > MAX_BYTES else ""
        raise InputError(f"{source} is{shown} over the 20 MB limit; give a smaller document "
                         "(a resume or posting is rarely over 1 MB)")
    return data, _sniff(data, path.suffix.lower()), path.name, None


def read_bytes(source: str, *, stdin: BinaryIO | None = None) -> tuple[bytes, str, str]:
    """(data, format, display name) for a path, URL or "-"."""
    return _read(source, stdin)[:3]


def read_document(source: str, *, encoding: str | None = None, stdin: BinaryIO | None = None) -> Document:
    """Read a resume, posting or notes from a path, an http(s) URL or "-" (standard input).

    Text is decoded as ``afterword.ingest.text`` says (a BOM wins; valid UTF-8 stays UTF-8; else ``encoding``, or
    the charset a URL's server declares, or a detected encoding named in the Document's warnings).
    """
    return read_document_and_bytes(source, encoding=encoding, stdin=stdin)[0]


def read_document_and_bytes(source: str, *, encoding: str | None = None,
                            stdin: BinaryIO | None = None) -> tuple[Document, bytes]:
    """What read_document reads, and the bytes it was read from (the store keeps a resume's original file)."""
    data, kind, name, charset = _read(source, stdin)
    text, warnings = _to_text(data, kind, name, encoding or charset)
    if not text.strip():
        raise InputError(f"{name} has no text; give a file with the document's text")
    return build_document(text, name, warnings), data


def read_optional_documents(sources: list[str] | tuple[str, ...], *, encoding: str | None = None,
                            label: str = "research") -> tuple[list[Document], list[str]]:
    """Documents of optional help (research notes), skipping any that cannot be read with a warning
    "<label> skipped: <why>"."""
    documents, warnings = [], []
    for source in sources:
        try:
            documents.append(read_document(source, encoding=encoding))
        except InputError as error:
            warnings.append(f"{label} skipped: {error}")
    return documents, warnings


def document_from_text(text: str, name: str = "text") -> Document:
    """A Document from text already in memory (tests, the web form, pasted notes)."""
    return build_document(text, name)


def document_kind(data: bytes, name: str) -> str:
    """The format ("pdf", "docx", "html" or "text") of ``data`` named ``name``: by its magic number first, then
    by the name's suffix (as every other source is read)."""
    return _sniff(data, Path(name).suffix.lower())


def document_from_bytes(data: bytes, name: str, *, encoding: str | None = None) -> Document:
    """A Document from bytes already in memory (an upload in the web app), read by their format; ``name`` (the
    file's name) only names the document and gives its suffix: nothing is opened from disk or the network."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is over the 20 MB limit; give a smaller document")
    text, warnings = _to_text(data, document_kind(data, name), name, encoding)
    if not text.strip():
        raise InputError(f"{name} has no text; give a file with the document's text")
    return build_document(text, name, warnings)

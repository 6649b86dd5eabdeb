"""Uploaded files checked before anything reads them: within the size limit, and of the kind asked for by both
their name's suffix and their first bytes (a photo's magic number, a vCard's BEGIN:VCARD, a JSON object's "{").

Uploads are only ever bytes in memory: nothing here (or in the services that take them) writes one to a path, and
the name a browser sends is used only in messages, cleaned of controls and path parts.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from afterword.errors import AfterwordError
from afterword.safe_text import shorten, strip_controls

NAME_LIMIT = 80
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
VCARD_SUFFIXES = (".vcf", ".vcard")
JSON_SUFFIXES = (".json",)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class UploadError(AfterwordError):
    """An upload that is too large, empty, or not the kind of file the form asks for."""


def upload_name(filename: str | None, default: str = "the file") -> str:
    """The name to show for an upload: its last path part, without controls, at most NAME_LIMIT characters (a long
    name keeps its suffix)."""
    name = " ".join(strip_controls(re.split(r"[\\/]", filename or "")[-1]).split())
    if not name:
        return default
    stem, dot, suffix = name.rpartition(".")
    if len(name) <= NAME_LIMIT or not dot or len(suffix) > 10:
        return shorten(name, NAME_LIMIT)
    return f"{shorten(stem, NAME_LIMIT - len(suffix) - 1)}.{suffix}"  # the suffix says what kind of file it is


def _suffix(name: str) -> str:
    return "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _megabytes(limit: int) -> str:
    return f"{limit / 1048576:.0f} MB" if limit >= 1048576 else f"{max(1, limit // 1024)} KB"


def read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    """The upload's bytes, read at most ``limit`` + 1 of them: an UploadError when there are more, or none."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise UploadError(f"{name} is too large: files up to {_megabytes(limit)} are accepted; choose a smaller one")
    if not data:
        raise UploadError(f"{name} is empty; choose the file again")
    return data


def photo_kind(data: bytes) -> str | None:
    """"jpeg", "png" or "webp" from the magic number of ``data``; None for anything else."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def check_photo(data: bytes, name: str) -> str:
    """The kind of a business card's photo (see ``photo_kind``); an UploadError unless both its suffix and its
    bytes say JPEG, PNG or WebP."""
    kind = photo_kind(data)
    if _suffix(name) not in PHOTO_SUFFIXES or kind is None:
        raise UploadError(f"{name} is not a JPEG, PNG or WebP photo: take the photo again, or save it as .jpg or "
                          ".png, and choose that file")
    return kind


def _head_text(data: bytes) -> str:
    """The first characters of some text, whatever its Unicode encoding (UTF-8, or UTF-16 with a BOM)."""
    head = data[:256]
    for bom, codec in zip(_BOMS, ("utf-8", "utf-16-le", "utf-16-be"), strict=True):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def check_vcard(data: bytes, name: str) -> None:
    """An UploadError unless the upload is named .vcf (or .vcard) and starts with BEGIN:VCARD."""
    if _suffix(name) not in VCARD_SUFFIXES or not _head_text(data).lstrip().upper().startswith("BEGIN:VCARD"):
        raise UploadError(f"{name} is not a vCard: export the contacts as a .vcf file from your phone or address "
                          "book and choose that file")


def check_export_file(data: bytes, name: str) -> None:
    """An UploadError unless the upload is named .json and holds a JSON object (what Afterword's export writes)."""
    if _suffix(name) not in JSON_SUFFIXES or not _head_text(data).lstrip().startswith("{"):
        raise UploadError(f"{name} is not an Afterword export: choose the .json file that \"Download everything as "
                          "JSON\" (or afterword export) made; nothing was imported")

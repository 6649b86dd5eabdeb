"""Ids as people see them: the first 8 hex digits of a row's UUID, and names compared without case or spacing."""

from __future__ import annotations

import re
import uuid

SHORT_ID_LENGTH = 8
MIN_ID_PREFIX = 4  # shorter hex strings are read as names only ("ace" is a company, not an id)


def short_id(row_id: uuid.UUID) -> str:
    """The first 8 hex digits of ``row_id``: for display, and as a reference a person can type."""
    return row_id.hex[:SHORT_ID_LENGTH]


def parse_uuid(text: str) -> uuid.UUID | None:
    """A full UUID (with or without dashes, any case); None when ``text`` is not one."""
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        return None


def id_prefix(text: str) -> str | None:
    """``text`` as the start of an id (4 to 32 hex digits, dashes ignored), lower-cased; None when it cannot be."""
    digits = text.strip().replace("-", "").lower()
    if MIN_ID_PREFIX <= len(digits) <= 32 and re.fullmatch(r"[0-9a-f]+", digits):
        return digits
    return None


def name_key(name: str) -> str:
    """A name as compared: case-folded, runs of white space made one space ("ACME  Corp" is "acme corp")."""
    return " ".join(name.split()).casefold()

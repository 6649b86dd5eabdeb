"""A letter as plain text (.txt): subject line, salutation, paragraphs, sign-off and signature."""

from __future__ import annotations

from afterword.writer.model import Letter
from afterword.writer.templates import template, values


def letter_to_text(letter: Letter, *, subject: bool = True) -> str:
    """The letter as text; ``subject=False`` leaves the subject line out (an e-mail carries it in its header)."""
    data = values(letter)
    if not subject:
        data["subject"] = ""
    return template("letter-text.j2").render(**data).strip() + "\n"


def render_text(letter: Letter) -> bytes:
    return letter_to_text(letter).encode("utf-8")

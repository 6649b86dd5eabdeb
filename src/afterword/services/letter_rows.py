"""A letter as the store keeps it and back: the writer's Letter → the letter table's columns (its paragraphs'
sentences and sources as JSON), and a stored row → the same Letter, to render (.txt .eml .pdf .docx) and send."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from afterword.coach.sources import Sentence, Source

if TYPE_CHECKING:
    from afterword.store.tables import Letter as LetterRow
    from afterword.writer import Letter


def _sentence(sentence: Sentence) -> dict[str, Any]:
    return {"text": sentence.text, "sources": [{"document": source.document, "line": source.line,
                                                 "text": source.text} for source in sentence.sources]}


def sources_json(letter: Letter) -> str:
    """The paragraphs, each a list of sentences with the lines that back them."""
    return json.dumps([[_sentence(sentence) for sentence in paragraph] for paragraph in letter.paragraphs],
                      ensure_ascii=False)


def paragraphs_of(sources: str) -> tuple[tuple[Sentence, ...], ...]:
    return tuple(tuple(Sentence(sentence["text"], tuple(Source(source["document"], int(source["line"]),
                                                                source["text"]) for source in sentence["sources"]))
                       for sentence in paragraph) for paragraph in json.loads(sources))


def _text(value: str) -> str | None:
    return value.strip() or None


def row_values(letter: Letter) -> dict[str, Any]:
    """The letter table's columns for ``letter`` (all but the application, interview and contact)."""
    from afterword.writer.render_text import letter_to_text

    sender, to = letter.sender, letter.recipient
    return {
        "kind": letter.kind, "sequence": letter.sequence,
        "recipient_name": _text(to.name), "recipient_email": _text(to.email), "recipient_title": _text(to.title),
        "recipient_organisation": _text(to.organisation),
        "sender_name": _text(sender.name), "sender_email": _text(sender.email), "sender_phone": _text(sender.phone),
        "sender_address": "\n".join(sender.address) or None,
        "subject": letter.subject, "salutation": letter.salutation, "sign_off": letter.sign_off,
        "body": letter_to_text(letter, subject=False), "sources": sources_json(letter),
        "send_by": letter.send_by.day, "send_by_phrase": letter.send_by.phrase,
        "warnings": json.dumps(list(letter.warnings), ensure_ascii=False),
    }


def letter_of(row: LetterRow) -> Letter:
    """The stored letter as the writer's Letter: the same text, the same renderings."""
    from afterword.writer import Letter, Profile, Recipient, SendBy

    sender = Profile(row.sender_name or "", row.sender_email or "", row.sender_phone or "",
                     tuple((row.sender_address or "").splitlines()))
    to = Recipient(row.recipient_name or "", row.recipient_title or "", row.recipient_email or "",
                   row.recipient_organisation or "")
    send_by: date = row.send_by
    return Letter(row.kind, to, sender, row.subject, row.salutation, paragraphs_of(row.sources),  # type: ignore[arg-type]
                  row.sign_off, SendBy(send_by, row.send_by_phrase), tuple(json.loads(row.warnings)), row.sequence)

"""Prepare a stored Closing Card from what the web form gives as text: research notes pasted, the interviewers one
"Name, Title" a line, and the why-I-want-this-job sentences. The same card `afterword prepare APP` keeps, with
these texts in the place of its --research and --why files."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from afterword.errors import AfterwordError, InputError

if TYPE_CHECKING:
    from afterword.services.cards import PreparedCard
    from afterword.store.session import Store

PASTED_RESEARCH_NAME = "research notes (pasted)"
WHY_NAME = "why"
MAX_INTERVIEWERS = 12


def interviewer_lines(text: str) -> list[str]:
    """The "Name, Title" lines of ``text`` (blank lines skipped), each checked: an InputError names the line."""
    from afterword.coach.interviewers import parse_interviewer

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > MAX_INTERVIEWERS:
        raise InputError(f"{len(lines)} interviewers is more than a card can use; give at most {MAX_INTERVIEWERS}, "
                         "one \"Name, Title\" a line")
    for line in lines:
        try:
            parse_interviewer(line)
        except AfterwordError:
            raise InputError(f"“{line[:80]}” does not read as a person's “Name, Title”; write one person a line, "
                             "e.g. “Dana Reyes, Recruiter”") from None
    return lines


def prepare_card_from_text(store: Store, ref: str, *, research: str = "", interviewers: str = "", why: str = "",
                           today: date | None = None) -> PreparedCard:
    """Build the card of the application ``ref`` names from the profile's resume, its posting and stored research
    notes, plus the texts given, and keep it as its next version (as services.cards.prepare_card does)."""
    from afterword.services.cards import prepare_card_from_documents
    from afterword.services.uploads import document_of_text

    given = interviewer_lines(interviewers)
    extra = [document_of_text(research, PASTED_RESEARCH_NAME, what="research notes")] if research.strip() else []
    why_document = document_of_text(why, WHY_NAME, what="why-this-job text") if why.strip() else None
    try:
        return prepare_card_from_documents(store, ref, research=extra, interviewers=given, why=why_document,
                                           today=today)
    except AfterwordError as error:
        if "no resume" not in str(error):
            raise
        raise InputError("the card is made from your resume, which is not set yet; upload it on your profile "
                         "(/profile) first") from None

"""Letters after an interview: thank-yous (one per interviewer), check-ins, a reply to hesitation or to a rejection,
and notes for the next round. Every sentence is built from the user's own resume, posting, research and debrief,
cites the line that backs it and passes the card's truth check; every number comes from those documents.

A pure engine (no database, no terminal, no network):

    letters = write_letters("thank-you", resume=..., posting=..., debrief=..., profile=Profile("Ana Ruiz", ...),
                            interview_date=date(2026, 3, 2))
    render(letters[0], "eml")            # bytes: txt, eml, pdf or docx
    write_letter(letters[0], "thanks.eml")
"""

from afterword.writer.checks import plain_language_warnings, tone_warnings
from afterword.writer.letters import write_letters
from afterword.writer.model import (
    FORMATS,
    KINDS,
    Format,
    Letter,
    LetterKind,
    Profile,
    Recipient,
    SendBy,
    WriterError,
)
from afterword.writer.render import file_name, render, write_letter

__all__ = ["FORMATS", "KINDS", "Format", "Letter", "LetterKind", "Profile", "Recipient", "SendBy", "WriterError",
           "file_name", "plain_language_warnings", "render", "tone_warnings", "write_letter", "write_letters"]

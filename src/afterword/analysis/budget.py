"""How much of a document the engines read: enough for any real resume, posting or notes, and a bound on the work
a pasted web page or a crafted file can cause."""

from __future__ import annotations

from dataclasses import replace

from afterword.models import Document, Line

# A long posting is about 8,000 characters and a long resume 15,000; a crafted 1 MB line would otherwise cost
# every engine (skills, facts, units, the truth check) seconds.
MAX_POSTING_CHARS = 40_000
MAX_RESUME_CHARS = 40_000
MAX_NOTES_CHARS = 40_000


def within_budget(document: Document, limit: int, what: str) -> Document:
    """The document with its lines cut at ``limit`` characters in all (at a word bound), and a warning saying so;
    the document itself when it fits."""
    total = 0
    kept: list[Line] = []
    for line in document.lines:
        room = limit - total
        if len(line.text) <= room:
            kept.append(line)
            total += len(line.text)
            continue
        cut = line.text.rfind(" ", 0, room)
        if room > 0:  # at a word bound when there is one in reach, else mid-word (one 1 MB "word")
            kept.append(Line(line.number, line.text[:cut if cut > room // 2 else room], line.section))
        break
    else:
        return document
    warning = (f"The {what} is very long; only its first {limit:,} characters were read. Give the {what} "
               "alone (not a whole web page or several documents).")
    return replace(document, lines=tuple(kept), warnings=(*document.warnings, warning))

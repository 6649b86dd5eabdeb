"""The names of schools and universities on a line: "Higher School of Economics", "Research University",
"Faculty of Mechanics and Mathematics".

A skill or a keyword inside such a name says where someone studied, not what they can do: "National Research
University" is no research experience, "Copenhagen Business School" no business skill. Two columns of a CV run
together make this common ("Moscow National Research University of Higher School of Store Floor Manager"), so the
resume's evidence is read with these names left out.
"""

from __future__ import annotations

import re

# Up to three capitalised words, the institution word, then "of / for" and the capitalised words of its name
# ("of Economics", "of Mechanics and Mathematics"). The institution word in any case ("UNIVERSITY OF ..."); the
# words of the name must start with a capital, so a sentence ("worked with school leavers") ends the name.
_NAME_WORD = r"(?:[A-Z][a-z][\w'’&.-]*|[A-Z]{3,}\b)"  # "Economics", "ECONOMICS"; not "C" or "C++"
_INSTITUTION = re.compile(
    rf"(?:\b{_NAME_WORD}\s+){{0,3}}\b(?i:universit(?:y|ies|ät|é|à)|institute|college|school|academy|polytechnic|"
    rf"faculty)\b(?:\s+(?:of|for|OF|FOR)\s+{_NAME_WORD}(?:\s+(?:and|of|&|AND|OF)\s+{_NAME_WORD})*)?")
_MAY_NAME_ONE = re.compile(r"(?i:universit|institut|college|school|academy|polytechnic|faculty)")


def institution_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every school or university name on ``text``."""
    if not _MAY_NAME_ONE.search(text):
        return []
    return [found.span() for found in _INSTITUTION.finditer(text)]


def without_institutions(text: str) -> str:
    """``text`` with the names of schools and universities blanked out (same length, so positions still hold)."""
    spans = institution_spans(text)
    if not spans:
        return text
    out = list(text)
    for start, end in spans:
        out[start:end] = " " * (end - start)
    return "".join(out)


def only_in_institution(text: str, surface: str) -> bool:
    """True when every place ``text`` names ``surface`` (case ignored) is inside a school's name."""
    spans = institution_spans(text)
    if not spans or not surface:
        return False
    hits = [m.start() for m in re.finditer(re.escape(surface), text, re.IGNORECASE)]
    return bool(hits) and all(any(start <= hit and hit + len(surface) <= end for start, end in spans)
                              for hit in hits)

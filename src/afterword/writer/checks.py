"""Checks a letter must pass or warn about: numbers only from the sources, no template residue, a warm but not
gushing tone (vaderSentiment) and plain language (textstat's Flesch scores). The tone and plain-language checks
give warnings, never errors: the user decides."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Dates and times, which a letter may give (the day it is dated, the day a decision was expected): not numbers
# that need a source.
_DATE = re.compile(
    rf"\b(?:(?:{_WEEKDAYS}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b(?:,?\s+\d{{4}})?"
    rf"|\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\.?(?!\w)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Python's None and the marks people leave in templates (case kept: "if you have none" is English)
PLACEHOLDER = re.compile(r"[{}]|\bNone\b|\bTODO\b|\bTBD\b|\bXXX\b|\[(?i:name|company|role|title)\]")

TONE_FLOOR = 0.3  # vaderSentiment compound below this reads cool, curt or negative for a letter like these
MAX_EXCLAMATIONS = 1
_GUSHING = re.compile(r"\b(?:amazing|incredible|incredibly|awesome|fantastic|thrilled|ecstatic|absolutely|"
                      r"extremely|so so|beyond excited|dream (?:job|company|role)|perfect fit|best interview|"
                      r"blown away|over the moon|love love|truly honou?red|humbled|wonderful|phenomenal)\b",
                      re.IGNORECASE)
MAX_GUSHING = 1
READING_EASE_FLOOR = 50.0  # Flesch reading ease: below 50 reads as "fairly difficult"
GRADE_CEILING = 12.0  # Flesch-Kincaid grade


def _normal(token: str) -> str:
    """"1,200" and "1200" are one number; "3.50" and "3.5" too."""
    token = token.replace(",", "")
    if "." in token:
        token = token.rstrip("0").rstrip(".") or "0"
    return token.lstrip("0") or "0"


def without_dates(text: str) -> str:
    """``text`` with its dates and times blanked out (offsets kept)."""
    return _DATE.sub(lambda m: " " * len(m.group(0)), text)


def numbers_in(text: str, *, dates: bool = True) -> list[str]:
    """The numbers written in digits in ``text``, normalised; with ``dates`` (the default) dates and times are not
    counted as numbers."""
    if dates:
        text = without_dates(text)
    return [_normal(token) for token in _NUMBER.findall(text)]


def unsupported_numbers(text: str, known: frozenset[str]) -> list[str]:
    """The numbers in ``text`` (dates and times aside) that no source holds."""
    return [number for number in numbers_in(text) if number not in known]


def placeholder(text: str) -> str | None:
    """Template residue in ``text`` ("{name}", "None", "TODO"), or None when there is none."""
    found = PLACEHOLDER.search(text)
    return found.group(0) if found else None


@lru_cache(maxsize=1)
def _analyzer() -> Any:  # noqa: ANN401 - vaderSentiment has no type hints; imported when a tone is checked
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone_warnings(text: str, *, floor: float = TONE_FLOOR) -> list[str]:
    """Warnings when ``text`` reads cool or negative (vaderSentiment compound below ``floor``) or gushing (more
    than one exclamation mark, or more than one over-the-top word)."""
    warnings: list[str] = []
    compound = _analyzer().polarity_scores(text)["compound"]
    if compound < floor:
        warnings.append(f"The tone reads cool or negative (sentiment {compound:+.2f}, aim above {floor:+.2f}): "
                        "say what you appreciated and end on a warm note.")
    exclamations = text.count("!")
    gushing = sorted({m.group(0).lower() for m in _GUSHING.finditer(text)})
    if exclamations > MAX_EXCLAMATIONS or len(gushing) > MAX_GUSHING:
        said = ", ".join(f"“{word}”" for word in gushing) or f"{exclamations} exclamation marks"
        warnings.append(f"The tone is effusive ({said}): one plain, sincere thank-you reads better than "
                        "superlatives.")
    return warnings


def plain_language_warnings(text: str, *, ease_floor: float = READING_EASE_FLOOR,
                            grade_ceiling: float = GRADE_CEILING) -> list[str]:
    """Warnings when ``text`` is hard to read: Flesch reading ease below ``ease_floor`` or a Flesch-Kincaid grade
    above ``grade_ceiling``."""
    import textstat

    ease = textstat.flesch_reading_ease(text)
    grade = textstat.flesch_kincaid_grade(text)
    if ease >= ease_floor and grade <= grade_ceiling:
        return []
    return [f"The letter is hard to read (reading ease {ease:.0f}, aim for {ease_floor:.0f} or more; grade "
            f"{grade:.1f}, aim for {grade_ceiling:.0f} or less): use shorter sentences and plainer words."]

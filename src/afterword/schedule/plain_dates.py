"""Plain calendar dates inside a phrase ("March 3", "the 3rd of March", "3/14/2027", "2027-01-12"), read by
dateparser. Only the date itself is handed to dateparser, never the whole sentence, so that words around it
cannot be mistaken for a date. dateparser is imported on first use: it is slow to load.

Numeric dates are read month first for the US and its territories (3/4 is March 4) and day first elsewhere
(3/4 is 3 April in GB). A date without a year is the next one on or after the day it was said; a date with a year is
taken as written.
"""

from __future__ import annotations

import datetime as dt
import re

from afterword.schedule.phrase_rules import PhraseRule, SpokenContext
from afterword.schedule.phrase_text import MONTH_PATTERN

MONTH_FIRST_COUNTRIES = frozenset({"US", "AS", "GU", "MP", "PR", "UM", "VI"})

_ORDINAL = r"(?:st|nd|rd|th)?"
_PLAIN_DATE = re.compile(
    "|".join((
        r"(?<![\d/.-])(?P<iso>\d{4}-\d{1,2}-\d{1,2})(?![\d/.-])",
        r"(?<![\d/.-])(?P<numeric>\d{1,2}[/.]\d{1,2}(?P<numeric_year>[/.]\d{2,4})?)(?![\d/.-])"
        r"(?!\s*(?:bday|day|week|month|year)s?\b)",
        rf"\b(?P<day_month>\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?(?:{MONTH_PATTERN})\b(?:\s+(?P<dm_year>\d{{4}}))?)",
        rf"\b(?P<month_day>(?:{MONTH_PATTERN})\s+(?:the\s+)?\d{{1,2}}{_ORDINAL}\b(?:\s+(?P<md_year>\d{{4}}))?)",
    )))
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b|\bthe\s+")


def _parse(text: str, relative_base: dt.date, month_first: bool) -> dt.date | None:
    import dateparser  # slow to import; only phrases with a plain date need it

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(relative_base, dt.time()),
        "PREFER_DATES_FROM": "future",
        "DATE_ORDER": "MDY" if month_first else "DMY",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _read_plain_date(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    text = _ORDINAL_SUFFIX.sub("", match[0])
    has_year = bool(match["iso"] or match["numeric_year"] or match["dm_year"] or match["md_year"])
    if has_year:
        return _parse(text, context.spoken_on, context.month_first)
    # dateparser's "future" leaves out the base day itself; basing it on the day before keeps "today" in.
    return _parse(text, context.spoken_on - dt.timedelta(days=1), context.month_first)


PLAIN_DATE_RULES = (PhraseRule("plain date", _PLAIN_DATE, _read_plain_date),)

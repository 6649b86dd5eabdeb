"""The application deadline a posting states ("Application deadline: October 13th 2019", "Apply by 30 June 2025",
"Closing date: 12/05/2023"), so that a posting kept or pasted from long ago is noticed before the candidate
prepares for a job that may be gone.

Only a deadline with a year counts: "apply by 30 June" could be any year."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from afterword.analysis.experience import month_of
from afterword.models import Line

# the words that announce the deadline; the date follows within a few words
_CUE = re.compile(
    r"\b(?:(?:application|applications|submission|closing|final)\s+(?:deadline|date|due\s+date)"
    r"|deadline(?:\s+for\s+(?:applications?|submissions?))?"
    r"|closing\s+date(?:\s+for\s+applications)?"
    r"|apply\s+(?:by|before|until|no\s+later\s+than)"
    r"|applications?\s+(?:close[sd]?|must\s+be\s+(?:[a-z]+\s+){0,3}?(?:received|submitted|sent)\s+(?:by|before|no\s+later\s+than)"
    r"|(?:are\s+|will\s+be\s+)?(?:accepted|open|welcome)\s+(?:until|through|till))"
    r"|last\s+day\s+(?:to|for)\s+(?:apply|applications?)"
    r"|(?:submit|send)\s+(?:your\s+|the\s+|an?\s+)?(?:[a-z]+\s+){0,2}?applications?\s+(?:by|before|until|"
    r"no\s+later\s+than))\b",
    re.IGNORECASE)
# a job board's date of the advert: "Date posted: 2021-03-07", "Posted on 12 March 2021"
_POSTED = re.compile(r"\b(?:date\s+posted|posted(?:\s+on)?|published(?:\s+on)?|posting\s+date)\s*:?\s*",
                     re.IGNORECASE)
_CUE_WORDS = ("deadline", "closing", "apply", "applica", "submi", "last day", "send")  # one is in every cue
_WINDOW = 60  # characters after the cue in which the date must start
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATES = (
    re.compile(rf"\b(?P<month>[A-Za-z]{{3,9}})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+{_YEAR}\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}}){_ORDINAL}(?:\s+of)?[\s.-]+(?P<month>[A-Za-z]{{3,9}})\.?,?[\s.-]+{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})\b"),
    re.compile(rf"\b(?P<first>\d{{1,2}})[./](?P<second>\d{{1,2}})[./]{_YEAR}\b"),
    re.compile(rf"\b(?P<month>[A-Za-z]{{3,9}}),?\s+{_YEAR}\b"),
)


@dataclass(frozen=True, slots=True)
class Deadline:
    """The last day to apply, as late as the posting's words allow ("03/04/2020" is 3 April or 4 March: the
    later), with the line and the words that state it."""

    day: date
    line: int
    written: str


def _day(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _read(found: re.Match[str]) -> date | None:
    """The latest day the matched words can mean, or None when they are not a date."""
    groups = found.groupdict()
    year = int(groups["year"])
    if groups.get("first"):  # day and month in an order the posting does not say
        first, second = int(groups["first"]), int(groups["second"])
        readings = [d for d in (_day(year, second, first), _day(year, first, second)) if d is not None]
        return max(readings, default=None)
    month = groups["month"]
    number = int(month) if month.isdigit() else month_of(month)
    if number is None or not 1 <= number <= 12:
        return None
    if groups.get("day") is None:  # "March 2017": the month's last day
        return _day(year, number, calendar.monthrange(year, number)[1])
    return _day(year, number, int(groups["day"]))


def _dated(lines: Iterable[Line], cues: re.Pattern[str], window: int, words: tuple[str, ...]) -> Deadline | None:
    """The first date with a year that follows one of ``cues`` within ``window`` characters, or None. Only lines
    holding one of ``words`` (a part of every cue) are searched: most lines of a posting hold none."""
    for line in lines:
        lowered = line.text.lower()
        if not any(word in lowered for word in words):
            continue
        for cue in cues.finditer(line.text):
            after = line.text[cue.end():cue.end() + window + 30]
            found = [(m.start(), m) for pattern in _DATES for m in pattern.finditer(after) if m.start() <= window]
            for _, match in sorted(found, key=lambda item: item[0]):
                if (day := _read(match)) is not None:
                    return Deadline(day, line.number, match.group(0).strip(" ,."))
    return None


def application_deadline(lines: Iterable[Line]) -> Deadline | None:
    """The first deadline with a readable date the posting's lines state, or None. Lines, not units: a
    "Closing date :" label may be a unit of its own, apart from its date."""
    return _dated(lines, _CUE, _WINDOW, _CUE_WORDS)


def posted_on(lines: Iterable[Line]) -> Deadline | None:
    """The day a job board says the advert was posted ("Date posted: 2021-03-07"), or None."""
    return _dated(lines, _POSTED, 2, ("posted", "published", "posting date"))


_STALE_DAYS = 183  # interviews often come weeks after applications close; half a year after is another matter
_STALE_POSTED_DAYS = 365  # an advert may stay up for months, and a hiring process run long; a year is another matter


def _ago(days: int) -> str:
    years = days // 365
    return f"over {years} year{'s' if years > 1 else ''} ago" if years else "more than six months ago"


def stale_deadline_warning(deadline: Deadline | None, today: date, posted: Deadline | None = None) -> str | None:
    """A warning when the posting's deadline passed more than half a year before ``today``, or, when it gives
    none, when it was posted more than a year before; else None."""
    if deadline is not None:
        if (today - deadline.day).days <= _STALE_DAYS:
            return None
        return (f"The posting's application deadline was {deadline.written} (posting line {deadline.line}), "
                f"{_ago((today - deadline.day).days)}: check that the job is still open, or prepare from the current "
                "posting.")
    if posted is None or (today - posted.day).days <= _STALE_POSTED_DAYS:
        return None
    return (f"The posting says it was posted on {posted.written} (posting line {posted.line}), "
            f"{_ago((today - posted.day).days)}: check that the job is still open, or prepare from the current "
            "posting.")

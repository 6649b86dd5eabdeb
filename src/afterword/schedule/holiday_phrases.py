"""Decision phrases tied to holidays: "after the holidays", "in the new year", "before Christmas", "after
Thanksgiving", "after the bank holiday". The readings are listed in ``decision_phrases``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from afterword.schedule.business_days import HolidayCalendar, next_business_day, previous_business_day
from afterword.schedule.phrase_rules import PhraseRule, SpokenContext

_LOOK_AHEAD_DAYS = 400  # a holiday named in a phrase is looked for this far ahead
_YEAR_END_MONTHS = (11, 12)  # "the holidays" said in November or December are the Christmas and New Year ones

_AFTER_NEW_YEAR = re.compile(
    r"\b(?:(?:after|following|post)\s+(?:the\s+)?(?:new year'?s?|christmas break|christmas holidays|winter break"
    r"|year end|end of the year)|in the new year)\b")
_AFTER_THE_HOLIDAYS = re.compile(
    r"\b(?:after|following|post)\s+(?:the\s+)?(?:holidays|holiday season|holiday break|festive season"
    r"|festive period)\b")
_AFTER_A_PUBLIC_HOLIDAY = re.compile(r"\b(?:after|following)\s+the\s+(?:bank holiday|long weekend|holiday)\b")
_NAMED_HOLIDAY = re.compile(
    r"\b(?P<relation>before|by|until|ahead of|after|following)\s+(?:the\s+)?"
    r"(?P<name>christmas|xmas|new year'?s?(?: day)?|thanksgiving|easter|(?:[a-z'.]+\s+){1,3}day)\b")


def next_public_holiday(day: dt.date, calendar: HolidayCalendar, name: str | None = None) -> dt.date | None:
    """The first public holiday on or after ``day`` (whose name contains ``name``, ignoring case and
    apostrophes, when given); None when there is none within about a year."""
    wanted = _plain_name(name) if name else None
    for offset in range(_LOOK_AHEAD_DAYS):
        candidate = day + dt.timedelta(days=offset)
        names = calendar.get_list(candidate)
        if names and (wanted is None or any(wanted in _plain_name(found) for found in names)):
            return candidate
    return None


def _plain_name(name: str) -> str:
    return re.sub(r"[^a-z ]", "", name.lower())


def _after_new_year(spoken_on: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The first business day after the next 1 January."""
    return next_business_day(dt.date(spoken_on.year + 1, 1, 1), calendar)


def _read_after_new_year(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    return _after_new_year(context.spoken_on, context.calendar)


def _read_after_the_holidays(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    if context.spoken_on.month in _YEAR_END_MONTHS:
        return _after_new_year(context.spoken_on, context.calendar)
    return _read_after_a_public_holiday(match, context)


def _read_after_a_public_holiday(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    holiday = next_public_holiday(context.spoken_on, context.calendar)
    return next_business_day(holiday, context.calendar) if holiday else None


def _holiday_dates(name: str, spoken_on: dt.date, calendar: HolidayCalendar) -> Iterator[dt.date]:
    """This and the next occurrence of the named holiday, the first on or after ``spoken_on`` (for Christmas, New
    Year and Easter: this year's and next year's). Nothing when the country has no holiday of that name."""
    if name in ("christmas", "xmas"):
        yield from (dt.date(spoken_on.year + ahead, 12, 25) for ahead in (0, 1))
    elif name.startswith("new year"):
        yield from (dt.date(spoken_on.year + ahead, 1, 1) for ahead in (0, 1))
    elif name == "easter":
        yield from (_easter_sunday(spoken_on.year + ahead) for ahead in (0, 1))
    else:
        start = spoken_on
        for _ in range(2):
            holiday = next_public_holiday(start, calendar, name)
            if holiday is None:
                return
            yield holiday
            start = holiday + dt.timedelta(days=1)


def _easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_offset) // 451
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _read_named_holiday(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    """Before (or by) a holiday: the last business day before it. After it: the first business day after it,
    so "after Christmas" in GB also skips Boxing Day. The next such day still ahead is meant."""
    before = match["relation"] in ("before", "by", "until", "ahead of")
    step = previous_business_day if before else next_business_day
    for holiday in _holiday_dates(match["name"], context.spoken_on, context.calendar):
        day = step(holiday, context.calendar)
        if day >= context.spoken_on:
            return day
    return None


HOLIDAY_RULES = (
    PhraseRule("after new year", _AFTER_NEW_YEAR, _read_after_new_year),
    PhraseRule("after the holidays", _AFTER_THE_HOLIDAYS, _read_after_the_holidays),
    PhraseRule("after a public holiday", _AFTER_A_PUBLIC_HOLIDAY, _read_after_a_public_holiday),
    PhraseRule("named holiday", _NAMED_HOLIDAY, _read_named_holiday),
)

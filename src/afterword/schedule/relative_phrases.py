"""Decision phrases counted from the day they were said: offsets ("in 2-3 weeks", "within 10 business days"),
weeks ("end of next week"), months ("early next month", "by mid-January"), weekdays ("next Tuesday"), days of
the month ("the 15th") and "tomorrow". The readings are listed in ``decision_phrases``."""

from __future__ import annotations

import datetime as dt
import re

from afterword.schedule import periods
from afterword.schedule.business_days import add_business_days
from afterword.schedule.phrase_rules import PhraseRule, SpokenContext
from afterword.schedule.phrase_text import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN, WEEKDAYS

VAGUE_COUNTS = {"few": 3, "couple": 2}  # "a few days" = 3 business days, "a couple of weeks" = 2 weeks
_COUNT = r"\d+|few|couple"
_UNITS = r"bday|day|week|month|year|hour"
MAX_COUNT = 999  # "in 100000 days" names no decision date

_OFFSET = re.compile(
    rf"(?<![\d./-])(?:(?P<low>\d+)\s*(?:-|to|or|and)\s*)?(?P<n>{_COUNT})\s*(?P<unit>{_UNITS})s?\b"
    rf"(?:\s*(?:-|to|or)\s*(?P<high>{_COUNT})(?:\s*(?P<high_unit>{_UNITS})s?\b)?)?")
_ANCHORED_OFFSET = re.compile(
    rf"(?<![\d./-])(?P<n>{_COUNT})\s*(?P<unit>bday|day|week)s?\s+(?:from|after)\s+"
    rf"(?P<anchor>today|now|tomorrow|(?P<next>next\s+)?(?P<weekday>{WEEKDAY_PATTERN}))\b")
_WEEKDAY_OF_A_WEEK = re.compile(
    rf"\b(?:(?P<weekday>{WEEKDAY_PATTERN})\s+(?:of\s+)?(?P<which>this|next)\s+week"
    rf"|(?P<which_first>this|next)\s+week\s+(?:on\s+)?(?P<weekday_after>{WEEKDAY_PATTERN})"
    rf"|(?P<weekday_week>{WEEKDAY_PATTERN})\s+week)\b")
_WEEK_AFTER_NEXT = re.compile(r"\bweek after next\b")
_WEEK = re.compile(
    r"\b(?:(?P<mod>early|beginning of|start of|mid|middle of|end of|late|later|by|within|during)\s+)?"
    r"(?P<the>the\s+)?(?:(?P<which>(?:this\s+)?coming|next|this|following)\s+)?week\b")
_MIDWEEK = re.compile(r"\bmid\s?week\b")
_MONTH = re.compile(
    r"\b(?:(?P<mod>early|beginning of|start of|mid|middle of|end of|late|by|before|in|during|within)\s+)?"
    r"(?P<the>the\s+)?(?:(?P<which>(?:this\s+)?coming|next|this|following)\s+)?month\b")
_NAMED_MONTH = re.compile(
    r"\b(?P<mod>early|beginning of|start of|mid|middle of|end of|late|by|before|in|during)\s+(?:the\s+)?"
    rf"(?:month of\s+)?(?:next\s+)?(?P<month>{MONTH_PATTERN})(?:\s+(?P<year>\d{{4}}))?\b(?!\s*\d)")
_YEAR_OR_QUARTER_END = re.compile(r"\bend of (?:the |this )?(?P<what>year|quarter)\b")
_ORDINAL_DAY = re.compile(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)|(?:by|on|before|until)\s+the\s+(?P<plain>\d{1,2}))\b"
    r"(?![/.]\d|\s*(?:bday|day|week|month|year))")
_TOMORROW = re.compile(r"\b(?P<after>day after )?tomorrow\b")
_TODAY = re.compile(r"\b(?:today|tonight|end of (?:the )?day|eod|close of business|cob|end of business)\b")
_NEXT_WEEKDAY = re.compile(rf"\bnext\s+(?P<weekday>{WEEKDAY_PATTERN})\b")
_THIS_WEEKDAY = re.compile(rf"\bthis\s+(?:coming\s+)?(?P<weekday>{WEEKDAY_PATTERN})\b")
_WEEKDAY = re.compile(rf"\b(?P<weekday>{WEEKDAY_PATTERN})\b")


def _count(text: str) -> int:
    return VAGUE_COUNTS.get(text) or int(text)


def _after(start: dt.date, amount: str, unit: str, context: SpokenContext) -> dt.date | None:
    """``start`` moved on by ``amount`` ``unit``s; None for an absurd amount. Business days, and the vague "a few
    days", skip weekends and holidays; other units are calendar time (hours as whole days: 48 hours is 2 days)."""
    n = _count(amount)
    if n > MAX_COUNT:
        return None
    if unit == "hour":
        return start + dt.timedelta(days=-(-n // 24))
    if unit == "bday" or (unit == "day" and amount in VAGUE_COUNTS):
        return add_business_days(start, n, context.calendar)
    if unit == "day":
        return start + dt.timedelta(days=n)
    if unit == "week":
        return start + dt.timedelta(weeks=n)
    return periods.add_months(start, n * (12 if unit == "year" else 1))


def _read_offset(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    unit = match["unit"]
    ends = [_after(context.spoken_on, match["n"], unit, context)]
    if match["low"]:
        ends.append(_after(context.spoken_on, match["low"], unit, context))
    if match["high"]:
        ends.append(_after(context.spoken_on, match["high"], match["high_unit"] or unit, context))
    days = [day for day in ends if day is not None]
    return max(days) if len(days) == len(ends) else None  # a range gives its later end


def _next_weekday(day: dt.date, weekday: int) -> dt.date:
    """The first ``weekday`` strictly after ``day``: said on a Friday, "Friday" is a week later."""
    return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def _weekday_of_next_week(day: dt.date, weekday: int) -> dt.date:
    return periods.week_start(day) + dt.timedelta(weeks=1, days=weekday)


def _read_anchored_offset(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    spoken_on = context.spoken_on
    anchor = match["anchor"]
    if match["weekday"]:
        weekday = WEEKDAYS[match["weekday"]]
        start = (_weekday_of_next_week if match["next"] else _next_weekday)(spoken_on, weekday)
    else:
        start = spoken_on + dt.timedelta(days=1 if anchor == "tomorrow" else 0)
    return _after(start, match["n"], match["unit"], context)


def _read_weekday_of_a_week(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    """"Tuesday next week", "next week on Tuesday", "this week Friday"; "Monday week" is a week after Monday."""
    if match["weekday_week"]:
        return _next_weekday(context.spoken_on, WEEKDAYS[match["weekday_week"]]) + dt.timedelta(weeks=1)
    weekday = WEEKDAYS[match["weekday"] or match["weekday_after"]]
    if (match["which"] or match["which_first"]) == "next":
        return _weekday_of_next_week(context.spoken_on, weekday)
    day = periods.week_start(context.spoken_on) + dt.timedelta(days=weekday)
    return day if day >= context.spoken_on else None


def _read_week_after_next(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    return periods.end_of_week(periods.week_start(context.spoken_on) + dt.timedelta(weeks=2), context.calendar)


def _point_in_week(mod: str | None, monday: dt.date, context: SpokenContext) -> dt.date:
    if mod in ("early", "beginning of", "start of"):
        return periods.early_in_week(monday, context.calendar)
    if mod in ("mid", "middle of"):
        return periods.middle_of_week(monday, context.calendar)
    return periods.end_of_week(monday, context.calendar)


def _read_week(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    if not (match["mod"] or match["the"] or match["which"]):
        return None  # "per week" and the like name no particular week
    this_monday = periods.week_start(context.spoken_on)
    if match["which"] in (None, "this"):
        day = _point_in_week(match["mod"], this_monday, context)
        if day >= context.spoken_on:
            return day
    return _point_in_week(match["mod"], this_monday + dt.timedelta(weeks=1), context)


def _read_midweek(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    this_monday = periods.week_start(context.spoken_on)
    day = periods.middle_of_week(this_monday, context.calendar)
    return day if day >= context.spoken_on else periods.middle_of_week(this_monday + dt.timedelta(weeks=1),
                                                                          context.calendar)


def _point_in_month(mod: str | None, first: dt.date, context: SpokenContext) -> dt.date:
    if mod in ("early", "beginning of", "start of"):
        return periods.early_in_month(first, context.calendar)
    if mod in ("mid", "middle of"):
        return periods.middle_of_month(first, context.calendar)
    if mod in ("by", "before"):
        return periods.first_business_day_of_month(first, context.calendar)
    return periods.end_of_month(first, context.calendar)


def _read_month(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    if not (match["mod"] or match["the"] or match["which"]):
        return None
    this_month = context.spoken_on.replace(day=1)
    if match["which"] in (None, "this"):
        day = _point_in_month(match["mod"], this_month, context)
        if day >= context.spoken_on:
            return day
    return _point_in_month(match["mod"], periods.add_months(this_month, 1), context)


def _read_named_month(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    month = MONTHS[match["month"]]
    if match["year"]:
        return _point_in_month(match["mod"], dt.date(int(match["year"]), month, 1), context)
    for year in (context.spoken_on.year, context.spoken_on.year + 1):
        day = _point_in_month(match["mod"], dt.date(year, month, 1), context)
        if day >= context.spoken_on:
            return day
    return None  # pragma: no cover - next year's is always ahead


def _read_year_or_quarter_end(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    spoken_on = context.spoken_on
    if match["what"] == "year":
        day = periods.end_of_year(spoken_on.year, context.calendar)
        return day if day >= spoken_on else periods.end_of_year(spoken_on.year + 1, context.calendar)
    day = periods.end_of_quarter(spoken_on, context.calendar)
    return day if day >= spoken_on else periods.end_of_quarter(periods.add_months(spoken_on, 3), context.calendar)


def _read_ordinal_day(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    """The next date with that day of the month, today included; months without it (the 31st) are skipped."""
    wanted = int(match["day"] or match["plain"])
    if not 1 <= wanted <= 31:
        return None
    first = context.spoken_on.replace(day=1)
    for months_ahead in range(13):
        month = periods.add_months(first, months_ahead)
        try:
            day = month.replace(day=wanted)
        except ValueError:
            continue
        if day >= context.spoken_on:
            return day
    return None  # pragma: no cover


def _read_tomorrow(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    return context.spoken_on + dt.timedelta(days=2 if match["after"] else 1)


def _read_today(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    return context.spoken_on


def _read_next_weekday(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    return _weekday_of_next_week(context.spoken_on, WEEKDAYS[match["weekday"]])


def _read_this_weekday(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    day = periods.week_start(context.spoken_on) + dt.timedelta(days=WEEKDAYS[match["weekday"]])
    return day if day >= context.spoken_on else day + dt.timedelta(weeks=1)


def _read_weekday(match: re.Match[str], context: SpokenContext) -> dt.date | None:
    return _next_weekday(context.spoken_on, WEEKDAYS[match["weekday"]])


OFFSET_RULES = (
    PhraseRule("counted from a day", _ANCHORED_OFFSET, _read_anchored_offset),
    PhraseRule("offset", _OFFSET, _read_offset),
)
PERIOD_RULES = (
    PhraseRule("weekday of a week", _WEEKDAY_OF_A_WEEK, _read_weekday_of_a_week),
    PhraseRule("week after next", _WEEK_AFTER_NEXT, _read_week_after_next),
    PhraseRule("week", _WEEK, _read_week),
    PhraseRule("midweek", _MIDWEEK, _read_midweek),
    PhraseRule("month", _MONTH, _read_month),
    PhraseRule("named month", _NAMED_MONTH, _read_named_month),
    PhraseRule("end of year or quarter", _YEAR_OR_QUARTER_END, _read_year_or_quarter_end),
)
DAY_RULES = (
    PhraseRule("day of the month", _ORDINAL_DAY, _read_ordinal_day),
    PhraseRule("tomorrow", _TOMORROW, _read_tomorrow),
    PhraseRule("next weekday", _NEXT_WEEKDAY, _read_next_weekday),
    PhraseRule("this weekday", _THIS_WEEKDAY, _read_this_weekday),
    PhraseRule("weekday", _WEEKDAY, _read_weekday),
    PhraseRule("today", _TODAY, _read_today),  # last, so "end of day Friday" is Friday
)

"""Business days: weekdays that are not public holidays in a country (and optionally one of its subdivisions).

Counting rules, used everywhere in the schedule:

- ``next_business_day(day)`` is the first business day strictly after ``day``;
  ``previous_business_day(day)`` the last one strictly before it.
- ``add_business_days(day, n)`` steps over ``n`` business days, not counting ``day`` itself: Friday plus one is
  Monday (or Tuesday after a Monday holiday). A negative ``n`` counts backwards. ``n == 0`` keeps ``day`` when it
  is a business day and otherwise rolls forward to the next one.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

from afterword.schedule.errors import UnknownRegionError

# Every business-day search gives up after this many days; no real calendar has a gap this long.
_SEARCH_LIMIT = 60

HolidayCalendar = holidays.HolidayBase


@lru_cache(maxsize=32)
def holiday_calendar(country: str, subdivision: str | None = None) -> HolidayCalendar:
    """The public holidays of ``country`` (ISO 3166 alpha-2, e.g. "US", "GB") and ``subdivision`` (e.g. "CA",
    "SCT"). Years are filled in on demand as dates are looked up. Treat the result as read-only: it is shared.

    Raises UnknownRegionError (a ValueError) naming the code when either is unknown."""
    code = country.strip().upper()
    subdivision_code = subdivision.strip().upper() if subdivision else None
    supported = holidays.list_supported_countries()
    if code not in supported:
        raise UnknownRegionError(
            f"Unknown country code {country!r}: use an ISO 3166 two-letter code such as US, GB or DE.")
    if subdivision_code and subdivision_code not in supported[code]:
        known = ", ".join(supported[code]) or "none"
        raise UnknownRegionError(
            f"Unknown subdivision {subdivision!r} for country {code}: use one of {known}, or none.")
    return holidays.country_holidays(code, subdiv=subdivision_code)


def is_business_day(day: dt.date, calendar: HolidayCalendar) -> bool:
    """True on a Monday to Friday that is not a public holiday in ``calendar``."""
    return day.weekday() < 5 and day not in calendar


def next_business_day(day: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The first business day strictly after ``day``."""
    return _step(day, 1, calendar)


def previous_business_day(day: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The last business day strictly before ``day``."""
    return _step(day, -1, calendar)


def business_day_on_or_after(day: dt.date, calendar: HolidayCalendar) -> dt.date:
    """``day`` itself when it is a business day, otherwise the next one."""
    return day if is_business_day(day, calendar) else next_business_day(day, calendar)


def business_day_on_or_before(day: dt.date, calendar: HolidayCalendar) -> dt.date:
    """``day`` itself when it is a business day, otherwise the one before it."""
    return day if is_business_day(day, calendar) else previous_business_day(day, calendar)


def add_business_days(day: dt.date, n: int, calendar: HolidayCalendar) -> dt.date:
    """The day ``n`` business days after ``day`` (before it when ``n`` is negative), ``day`` itself not counted.
    With ``n == 0``: ``day`` if it is a business day, otherwise the next business day."""
    if n == 0:
        return business_day_on_or_after(day, calendar)
    direction = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day = _step(day, direction, calendar)
    return day


def _step(day: dt.date, direction: int, calendar: HolidayCalendar) -> dt.date:
    for offset in range(1, _SEARCH_LIMIT + 1):
        candidate = day + dt.timedelta(days=offset * direction)
        if is_business_day(candidate, calendar):
            return candidate
    raise ValueError(f"No business day within {_SEARCH_LIMIT} days of {day.isoformat()}.")  # pragma: no cover

"""Points inside weeks and months that decision phrases name: the end of a week, early or mid month and so on.

Weeks run Monday to Sunday. Every function takes the holiday calendar so that "the end of the week" is the last
business day of that week, not a Friday that happens to be a public holiday.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt

from afterword.schedule.business_days import (
    HolidayCalendar,
    add_business_days,
    business_day_on_or_after,
    business_day_on_or_before,
    previous_business_day,
)

EARLY_MONTH_BUSINESS_DAY = 5  # "early March": by the fifth business day, about the end of the first week
MID_MONTH_DAY = 15  # "mid-March": the 15th


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week that holds ``day``."""
    return day - dt.timedelta(days=day.weekday())


def end_of_week(monday: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The last business day of the week starting ``monday``: its Friday, or earlier when Friday is a holiday."""
    return previous_business_day(monday + dt.timedelta(days=5), calendar)


def early_in_week(monday: dt.date, calendar: HolidayCalendar) -> dt.date:
    """"Early next week": the second business day of that week (Tuesday, most weeks)."""
    return add_business_days(business_day_on_or_after(monday, calendar), 1, calendar)


def middle_of_week(monday: dt.date, calendar: HolidayCalendar) -> dt.date:
    """"Midweek": Wednesday, or the next business day when Wednesday is a holiday."""
    return business_day_on_or_after(monday + dt.timedelta(days=2), calendar)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later, clamped to the month's last day (31 January + 1 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = month_calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def first_business_day_of_month(first: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The first business day of the month holding ``first``."""
    return business_day_on_or_after(first.replace(day=1), calendar)


def early_in_month(first: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The fifth business day of the month holding ``first``."""
    return add_business_days(first_business_day_of_month(first, calendar), EARLY_MONTH_BUSINESS_DAY - 1, calendar)


def middle_of_month(first: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The 15th, or the next business day when the 15th is a weekend or holiday."""
    return business_day_on_or_after(first.replace(day=MID_MONTH_DAY), calendar)


def end_of_month(first: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The last business day of the month holding ``first``."""
    last = month_calendar.monthrange(first.year, first.month)[1]
    return business_day_on_or_before(first.replace(day=last), calendar)


def end_of_year(year: int, calendar: HolidayCalendar) -> dt.date:
    """The last business day of ``year``."""
    return business_day_on_or_before(dt.date(year, 12, 31), calendar)


def end_of_quarter(day: dt.date, calendar: HolidayCalendar) -> dt.date:
    """The last business day of the calendar quarter holding ``day``."""
    last_month = (day.month - 1) // 3 * 3 + 3
    return end_of_month(dt.date(day.year, last_month, 1), calendar)

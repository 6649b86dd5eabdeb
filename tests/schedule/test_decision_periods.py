"""Decision phrases naming a week, a month, a weekday or a day: "end of next week", "mid-January", "Friday"."""

from __future__ import annotations

import datetime as dt

import pytest

from afterword.schedule import decision_date

WEDNESDAY = dt.date(2026, 11, 18)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("by the end of next week", dt.date(2026, 11, 27)),
    ("next week", dt.date(2026, 11, 27)),
    ("sometime next week", dt.date(2026, 11, 27)),
    ("end of the week", dt.date(2026, 11, 20)),
    ("later this week", dt.date(2026, 11, 20)),
    ("early next week", dt.date(2026, 11, 24)),
    ("mid next week", dt.date(2026, 11, 25)),
    ("the week after next", dt.date(2026, 12, 4)),
])
def test_weeks(phrase: str, expected: dt.date) -> None:
    assert decision_date(phrase, WEDNESDAY) == expected


def test_end_of_the_week_said_at_the_weekend_is_next_weeks() -> None:
    assert decision_date("end of the week", dt.date(2026, 11, 21)) == dt.date(2026, 11, 27)


def test_end_of_week_is_thursday_when_friday_is_a_holiday() -> None:
    # Good Friday, 3 April 2026, is a bank holiday in GB but not a US federal holiday
    assert decision_date("end of next week", dt.date(2026, 3, 25), "GB") == dt.date(2026, 4, 2)
    assert decision_date("end of next week", dt.date(2026, 3, 25), "US") == dt.date(2026, 4, 3)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("early next month", dt.date(2026, 12, 7)),  # the fifth business day of December
    ("end of the month", dt.date(2026, 11, 30)),
    ("mid next month", dt.date(2026, 12, 15)),
    ("by mid-January", dt.date(2027, 1, 15)),
    ("by January", dt.date(2027, 1, 4)),  # 1 January is a holiday, then a weekend
    ("late December", dt.date(2026, 12, 31)),
    ("by the end of the year", dt.date(2026, 12, 31)),
])
def test_months(phrase: str, expected: dt.date) -> None:
    assert decision_date(phrase, WEDNESDAY) == expected


def test_early_next_month_said_in_december_counts_january_business_days() -> None:
    # 1 January 2027 is a Friday holiday: Mon 4, Tue 5, Wed 6, Thu 7, Fri 8
    assert decision_date("early next month", dt.date(2026, 12, 10)) == dt.date(2027, 1, 8)


def test_a_bare_weekday_is_the_next_one() -> None:
    assert decision_date("Friday", WEDNESDAY) == dt.date(2026, 11, 20)
    assert decision_date("We should hear by Friday", WEDNESDAY) == dt.date(2026, 11, 20)


def test_a_weekday_said_on_that_weekday_means_next_weeks() -> None:
    assert decision_date("Wednesday", WEDNESDAY) == dt.date(2026, 11, 25)
    assert decision_date("this Friday", dt.date(2026, 11, 20)) == dt.date(2026, 11, 20)


def test_next_tuesday_is_the_tuesday_of_next_week() -> None:
    assert decision_date("next Tuesday", WEDNESDAY) == dt.date(2026, 11, 24)
    assert decision_date("next Tuesday", dt.date(2026, 11, 16)) == dt.date(2026, 11, 24)  # not tomorrow


@pytest.mark.parametrize("phrase", ["Tuesday next week", "next week on Tuesday", "Tuesday of next week"])
def test_a_weekday_of_next_week(phrase: str) -> None:
    assert decision_date(phrase, WEDNESDAY) == dt.date(2026, 11, 24)  # not next week's Friday


def test_monday_week_is_a_week_after_the_coming_monday() -> None:
    assert decision_date("Monday week", WEDNESDAY) == dt.date(2026, 11, 30)


def test_end_of_day_friday_is_friday() -> None:
    assert decision_date("by end of day Friday", WEDNESDAY) == dt.date(2026, 11, 20)


def test_next_week_said_on_new_years_eve() -> None:
    assert decision_date("next week", dt.date(2026, 12, 31)) == dt.date(2027, 1, 8)


def test_days_of_the_month_lean_to_the_future() -> None:
    assert decision_date("the 15th", WEDNESDAY) == dt.date(2026, 12, 15)
    assert decision_date("by the 15th", dt.date(2026, 11, 15)) == dt.date(2026, 11, 15)
    assert decision_date("the 15th", dt.date(2026, 12, 20)) == dt.date(2027, 1, 15)
    assert decision_date("on the 31st", dt.date(2026, 11, 2)) == dt.date(2026, 12, 31)  # November has no 31st


def test_tomorrow_and_today() -> None:
    assert decision_date("tomorrow", WEDNESDAY) == dt.date(2026, 11, 19)
    assert decision_date("the day after tomorrow", WEDNESDAY) == dt.date(2026, 11, 20)
    assert decision_date("by end of day", WEDNESDAY) == WEDNESDAY


def test_a_datetime_counts_as_its_day() -> None:
    assert decision_date("tomorrow", dt.datetime(2026, 11, 18, 17, 30)) == dt.date(2026, 11, 19)

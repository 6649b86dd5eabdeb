"""Decision phrases that count from the day they were said: calendar time, business days, ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from afterword.schedule import decision_date

WEDNESDAY = dt.date(2026, 11, 18)  # the week before US Thanksgiving (Thursday 26 November 2026)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("in two weeks", dt.date(2026, 12, 2)),
    ("They said we'll get back to you in two weeks, hopefully.", dt.date(2026, 12, 2)),
    ("a couple of weeks", dt.date(2026, 12, 2)),
    ("in a fortnight", dt.date(2026, 12, 2)),
    ("in a month", dt.date(2026, 12, 18)),
    ("within 10 days", dt.date(2026, 11, 28)),  # calendar days: a Saturday is kept as said
    ("within 48 hours", dt.date(2026, 11, 20)),
])
def test_calendar_offsets_are_calendar_time(phrase: str, expected: dt.date) -> None:
    assert decision_date(phrase, WEDNESDAY) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("2-3 weeks", dt.date(2026, 12, 9)),
    ("two to three weeks", dt.date(2026, 12, 9)),
    ("1\u20132 weeks", dt.date(2026, 12, 2)),
    ("a week or two", dt.date(2026, 12, 2)),
    ("somewhere between 2 and 3 weeks", dt.date(2026, 12, 9)),
    ("two weeks to a month", dt.date(2026, 12, 18)),
    ("3 to 5 business days", dt.date(2026, 11, 25)),
])
def test_a_range_gives_its_later_end(phrase: str, expected: dt.date) -> None:
    assert decision_date(phrase, WEDNESDAY) == expected


def test_business_days_skip_thanksgiving() -> None:
    # Thu 19, Fri 20, Mon 23, Tue 24, Wed 25, (Thanksgiving), Fri 27, Mon 30, Tue 1, Wed 2, Thu 3
    assert decision_date("within 10 business days", WEDNESDAY) == dt.date(2026, 12, 3)
    assert decision_date("We should hear back in 5 working days", dt.date(2026, 11, 23)) == dt.date(2026, 12, 1)


def test_business_days_in_a_quiet_week_are_plain_weekdays() -> None:
    assert decision_date("in 5 working days", WEDNESDAY) == dt.date(2026, 11, 25)


def test_a_few_days_means_three_business_days() -> None:
    assert decision_date("in a few days", WEDNESDAY) == dt.date(2026, 11, 23)  # over the weekend to Monday
    assert decision_date("a couple of days", dt.date(2026, 11, 25)) == dt.date(2026, 11, 30)  # over Thanksgiving


def test_business_days_follow_the_subdivision() -> None:
    # Patriots' Day (Monday 20 April 2026) is a holiday in Massachusetts only
    thursday = dt.date(2026, 4, 16)
    assert decision_date("within 5 business days", thursday, "US", "MA") == dt.date(2026, 4, 24)
    assert decision_date("within 5 business days", thursday, "US") == dt.date(2026, 4, 23)


def test_counted_from_a_named_day() -> None:
    assert decision_date("a week from Monday", WEDNESDAY) == dt.date(2026, 11, 30)
    assert decision_date("10 business days from tomorrow", WEDNESDAY) == dt.date(2026, 12, 4)


def test_offsets_wrap_into_the_new_year() -> None:
    assert decision_date("in two weeks", dt.date(2026, 12, 22)) == dt.date(2027, 1, 5)

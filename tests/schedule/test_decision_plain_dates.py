"""Decision phrases holding a plain date, read by dateparser: next one on or after the day, US vs GB order."""

from __future__ import annotations

import datetime as dt

import pytest

from afterword.schedule import decision_date

WEDNESDAY = dt.date(2026, 11, 18)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("March 3", dt.date(2027, 3, 3)),
    ("by the 3rd of March", dt.date(2027, 3, 3)),
    ("we'll know by March 3rd, they said", dt.date(2027, 3, 3)),
    ("3/14/2027", dt.date(2027, 3, 14)),
    ("2027-01-12", dt.date(2027, 1, 12)),
    ("14 January", dt.date(2027, 1, 14)),
    ("January 14, 2027", dt.date(2027, 1, 14)),
    ("December 1", dt.date(2026, 12, 1)),
])
def test_plain_dates(phrase: str, expected: dt.date) -> None:
    assert decision_date(phrase, WEDNESDAY) == expected


def test_a_date_without_a_year_is_today_or_later() -> None:
    assert decision_date("November 18", WEDNESDAY) == WEDNESDAY
    assert decision_date("November 17", WEDNESDAY) == dt.date(2027, 11, 17)


def test_numeric_dates_follow_the_country() -> None:
    assert decision_date("3/4/2027", WEDNESDAY, "US") == dt.date(2027, 3, 4)
    assert decision_date("3/4/2027", WEDNESDAY, "GB") == dt.date(2027, 4, 3)


def test_a_date_with_a_year_is_taken_as_written() -> None:
    assert decision_date("2026-11-02", WEDNESDAY) == dt.date(2026, 11, 2)

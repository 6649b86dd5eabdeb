"""Business-day arithmetic over weekends and the public holidays of each country and subdivision."""

from __future__ import annotations

import datetime as dt

import pytest

from afterword.schedule import (
    UnknownRegionError,
    add_business_days,
    holiday_calendar,
    is_business_day,
    next_business_day,
    previous_business_day,
)

US = holiday_calendar("US")
GB = holiday_calendar("GB")


def test_weekends_and_holidays_are_not_business_days() -> None:
    assert not is_business_day(dt.date(2026, 11, 26), US)  # Thanksgiving
    assert is_business_day(dt.date(2026, 11, 27), US)
    assert not is_business_day(dt.date(2026, 11, 21), US)  # a Saturday
    assert not is_business_day(dt.date(2026, 12, 28), GB)  # Boxing Day, observed on the Monday
    assert is_business_day(dt.date(2026, 12, 28), US)


def test_christmas_2026_gb_and_us_differ() -> None:
    christmas_eve = dt.date(2026, 12, 24)  # a Thursday
    assert next_business_day(christmas_eve, US) == dt.date(2026, 12, 28)
    assert next_business_day(christmas_eve, GB) == dt.date(2026, 12, 29)
    assert previous_business_day(dt.date(2026, 12, 29), GB) == christmas_eve


def test_christmas_2027_observed_days_differ() -> None:
    # Christmas is a Saturday: the US rests on Friday the 24th, GB on Monday 27th and Tuesday 28th
    assert not is_business_day(dt.date(2027, 12, 24), US)
    assert next_business_day(dt.date(2027, 12, 23), US) == dt.date(2027, 12, 27)
    assert is_business_day(dt.date(2027, 12, 24), GB)
    assert next_business_day(dt.date(2027, 12, 24), GB) == dt.date(2027, 12, 29)


def test_adding_business_days() -> None:
    friday = dt.date(2026, 11, 20)
    assert add_business_days(friday, 1, US) == dt.date(2026, 11, 23)
    assert add_business_days(friday, 5, US) == dt.date(2026, 11, 30)  # Thanksgiving skipped
    assert add_business_days(dt.date(2026, 12, 29), -1, GB) == dt.date(2026, 12, 24)


def test_adding_zero_rolls_forward_only_from_a_day_off() -> None:
    assert add_business_days(dt.date(2026, 11, 18), 0, US) == dt.date(2026, 11, 18)
    assert add_business_days(dt.date(2026, 11, 21), 0, US) == dt.date(2026, 11, 23)
    assert add_business_days(dt.date(2026, 11, 26), 0, US) == dt.date(2026, 11, 27)


def test_a_subdivision_adds_its_own_holidays() -> None:
    second_of_january = dt.date(2026, 1, 2)
    assert is_business_day(second_of_january, holiday_calendar("GB", "ENG"))
    assert not is_business_day(second_of_january, holiday_calendar("GB", "SCT"))


def test_calendars_cover_any_year_asked_for() -> None:
    assert not is_business_day(dt.date(2031, 12, 25), US)


@pytest.mark.parametrize(("country", "subdivision", "named"), [("XX", None, "'XX'"), ("US", "ZZ", "'ZZ'")])
def test_unknown_codes_raise_a_value_error_naming_them(country: str, subdivision: str | None, named: str) -> None:
    with pytest.raises(UnknownRegionError, match=named) as raised:
        holiday_calendar(country, subdivision)
    assert isinstance(raised.value, ValueError)

"""Decision phrases tied to holidays: after the holidays, before Christmas, after Thanksgiving, by country."""

from __future__ import annotations

import datetime as dt

from afterword.schedule import decision_date


def test_after_the_holidays_in_december_is_after_new_year() -> None:
    assert decision_date("after the holidays", dt.date(2026, 12, 10)) == dt.date(2027, 1, 4)
    assert decision_date("probably in the new year", dt.date(2026, 11, 18)) == dt.date(2027, 1, 4)


def test_after_the_holidays_follows_the_scottish_second_of_january() -> None:
    spoken = dt.date(2025, 12, 10)  # 1 January 2026 is a Thursday, 2 January a Friday
    assert decision_date("after the holidays", spoken, "GB", "ENG") == dt.date(2026, 1, 2)
    assert decision_date("after the holidays", spoken, "GB", "SCT") == dt.date(2026, 1, 5)


def test_after_the_holidays_in_summer_is_after_the_next_public_holiday() -> None:
    assert decision_date("after the holidays", dt.date(2026, 6, 1)) == dt.date(2026, 6, 22)  # Juneteenth, Fri 19


def test_before_christmas_is_the_last_business_day_before_it() -> None:
    assert decision_date("before Christmas", dt.date(2026, 11, 18)) == dt.date(2026, 12, 24)
    # Christmas 2027 is a Saturday: the US observes it on Friday the 24th, GB on Monday the 27th
    assert decision_date("before Christmas", dt.date(2027, 12, 1), "US") == dt.date(2027, 12, 23)
    assert decision_date("before Christmas", dt.date(2027, 12, 1), "GB") == dt.date(2027, 12, 24)


def test_before_christmas_said_after_it_means_next_years() -> None:
    assert decision_date("before Christmas", dt.date(2026, 12, 28)) == dt.date(2027, 12, 23)


def test_after_christmas_skips_boxing_day_in_gb() -> None:
    assert decision_date("after Christmas", dt.date(2026, 12, 1), "GB") == dt.date(2026, 12, 29)
    assert decision_date("after Christmas", dt.date(2026, 12, 1), "US") == dt.date(2026, 12, 28)


def test_thanksgiving_is_found_in_the_us_calendar_only() -> None:
    wednesday = dt.date(2026, 11, 18)
    assert decision_date("after Thanksgiving", wednesday) == dt.date(2026, 11, 27)
    assert decision_date("before Thanksgiving", wednesday) == dt.date(2026, 11, 25)
    assert decision_date("after Thanksgiving", wednesday, "GB") is None


def test_a_subdivision_holiday_by_name() -> None:
    assert decision_date("after Patriots' Day", dt.date(2026, 4, 1), "US", "MA") == dt.date(2026, 4, 21)
    assert decision_date("after Patriots' Day", dt.date(2026, 4, 1), "US") is None

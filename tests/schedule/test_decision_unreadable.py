"""What decision_date refuses: phrases that name no date give None, unknown places raise a clear error."""

from __future__ import annotations

import datetime as dt

import pytest

from afterword.schedule import UnknownRegionError, decision_date

WEDNESDAY = dt.date(2026, 11, 18)


@pytest.mark.parametrize("phrase", [
    "soon", "we'll be in touch", "", "   ", "asap?", "We'll get back to you.", "xq blorp zzz 12",
    "we have 2 of us left to see", "next year", "shortly, hopefully", "2.5 weeks",
])
def test_no_date_means_none_never_a_guess(phrase: str) -> None:
    assert decision_date(phrase, WEDNESDAY) is None


def test_unknown_country_names_the_code() -> None:
    with pytest.raises(ValueError, match="'XX'"):
        decision_date("in two weeks", WEDNESDAY, "XX")


def test_unknown_subdivision_names_the_code_and_the_choices() -> None:
    with pytest.raises(UnknownRegionError, match=r"'ZZ'.*SCT"):
        decision_date("in two weeks", WEDNESDAY, "GB", "ZZ")


def test_country_codes_are_read_in_any_case() -> None:
    assert decision_date("after Christmas", dt.date(2026, 12, 1), "gb") == dt.date(2026, 12, 29)

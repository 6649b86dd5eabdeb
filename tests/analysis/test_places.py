"""Where the job is and where the candidate lives, as far as a country: the resume's header and the posting's
location, read with the GeoNames tables installed with the package."""

from __future__ import annotations

import pytest

from afterword.analysis.places import city_countries, home_country, posting_country


@pytest.mark.parametrize(("header", "country", "place"), [
    (["Mira Novak", "Residence: Haifa Languages: Hebrew, English"], "IL", "Haifa"),
    (["Russia, Kazan | mira@example.org"], "RU", "Russia, Kazan"),
    (["Mira Novak", "Tel Aviv Cell: 050 000 0000"], "IL", "Tel Aviv"),
    (["MIRA NOVAK", "Location: Porto, Portugal"], "PT", "Porto, Portugal"),
])
def test_the_header_says_where_the_candidate_lives(header: list[str], country: str, place: str) -> None:
    found = home_country(list(enumerate(header, start=1)))
    assert found is not None and found[0] == country and found[1] == place


@pytest.mark.parametrize("header", [
    ["Austin Brooks", "austin.brooks@example.org | 555 0100"],  # a given name that is also a city
    ["Jordan Ellis", "Citizenship: Germany"],  # a nationality is not a home
    ["Mira Novak", "Berlin, Germany | Paris, France"],  # two countries: no guess
    ["Mira Novak", "Senior Nurse"],
])
def test_no_place_is_guessed_from_a_name_a_citizenship_or_two_countries(header: list[str]) -> None:
    assert home_country(list(enumerate(header, start=1))) is None


def test_the_job_is_where_its_location_says_or_in_the_one_country_the_posting_names() -> None:
    assert posting_country("Aarhus", []) == ("DK", "Aarhus")
    assert posting_country("Munich, Germany", []) == ("DE", "Munich, Germany")
    assert posting_country("", ["The unit is part of a research network in Eastern Denmark."]) == ("DK", "Denmark")
    assert posting_country("", ["You will work with teams in Germany and the UK."]) is None
    assert posting_country("", ["You will build our order services."]) is None


def test_small_towns_named_like_words_are_no_city() -> None:
    assert city_countries(["Odense", "Senior Nurse", "Gdansk"]) == {"Odense": "DK", "Gdansk": "PL"}


def test_a_nationality_names_its_country_and_a_job_word_names_none() -> None:
    from afterword.analysis.places import nationality

    assert [nationality(w) for w in ("Austrian", "Australian", "Danish", "Israeli", "Norwegian")] == \
        ["AT", "AU", "DK", "IL", "NO"]
    assert [nationality(w) for w in ("Developer", "Manager", "Senior", "Teacher")] == [None] * 4

"""decision_date on arbitrary text: it never raises, and without a written year it never looks back."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.schedule import decision_date
from afterword.schedule.phrase_text import MONTHS, NUMBER_WORDS, WEEKDAYS

WORDS = [*MONTHS, *NUMBER_WORDS, *WEEKDAYS, "in", "by", "the", "end", "of", "next", "week", "weeks", "month",
         "early", "mid", "after", "before", "holidays", "christmas", "business", "days", "a", "few", "couple",
         "to", "or", "-", "1", "2", "15th", "3/4", "tomorrow", "we'll", "hopefully", "soon", "day", "from"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8), st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)))
def test_any_phrase_gives_none_or_a_day_not_before_it_was_said(words: list[str], spoken_on: dt.date) -> None:
    day = decision_date(" ".join(words), spoken_on, "GB")
    assert day is None or day >= spoken_on


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_at_all_never_raises(text: str) -> None:
    day = decision_date(text, dt.date(2026, 11, 18))
    assert day is None or isinstance(day, dt.date)

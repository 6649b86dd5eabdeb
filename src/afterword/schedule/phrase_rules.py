"""The shape of a decision-phrase rule: a pattern over the tidied phrase and a function that reads a match."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from afterword.schedule.business_days import HolidayCalendar


@dataclass(frozen=True)
class SpokenContext:
    """When and where the phrase was said: the day, the holiday calendar, and how to read 3/4 (month first in
    the US, day first elsewhere)."""

    spoken_on: dt.date
    calendar: HolidayCalendar
    month_first: bool


Reader = Callable[[re.Match[str], SpokenContext], dt.date | None]


@dataclass(frozen=True)
class PhraseRule:
    """One family of phrases. ``read`` returns None when a match turns out not to name a date."""

    name: str
    pattern: re.Pattern[str]
    read: Reader


def first_reading(text: str, rules: Sequence[PhraseRule], context: SpokenContext) -> dt.date | None:
    """The date from the first rule, in order, with a match that reads as a date; None when none does."""
    for rule in rules:
        for match in rule.pattern.finditer(text):
            day = rule.read(match, context)
            if day is not None:
                return day
    return None

"""Tidy what an interviewer said into a plain, predictable form that the decision-phrase rules can match.

"In two–three weeks, hopefully!" becomes "in 2-3 weeks hopefully": lower case, one kind of dash and apostrophe,
no punctuation except inside numbers and dates, number words as digits, "business/working days" as "bday",
"a couple of" as "couple", "a few" as "few" and "a"/"an" before a unit of time as "1".
"""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))

# Short forms of weekend days ("sat", "sun") are left out: they are too often ordinary words.
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sunday": 6,
}
WEEKDAY_PATTERN = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u02bc": "'"})
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")
_UNIT = r"(?:bday|day|week|month|year|fortnight)s?\b"
_REPLACEMENTS = (
    (re.compile(r"[^a-z0-9/\-.' ]+"), " "),  # punctuation other than what numbers and dates need
    (re.compile(r"(?<!\d)\.|\.(?!\d)"), " "),  # a full stop, but not the dot of 12.1.2027
    (re.compile(r"(?<=[a-z])-(?=[a-z])"), " "),  # mid-January, mid-week
    (re.compile(r"(?<=\d)\s*-\s*(?=\d)"), "-"),  # 2 - 3 weeks
    (re.compile(r"\b(?:business|working|work)\s+days?\b|\bworkdays?\b|\bbiz\s+days?\b"), "bday"),
    (re.compile(r"\bwks?\b"), "week"),
    (re.compile(r"\b(?:a\s+)?couple(?:\s+of)?\b"), "couple"),
    (re.compile(r"\ba\s+few\b"), "few"),
    (re.compile(r"\b(?:a|an)\s+(?=" + _UNIT + ")"), "1 "),
    (re.compile(r"\s+"), " "),
)
_FORTNIGHTS = re.compile(r"\b(\d+)\s+fortnights?\b")


def normalize_phrase(phrase: str) -> str:
    """The phrase in the tidy form described above; an empty string when nothing is left."""
    text = phrase.lower().translate(_DASHES)
    text = _NUMBER_WORD.sub(lambda match: str(NUMBER_WORDS[match[1]]), text)
    for pattern, replacement in _REPLACEMENTS:
        text = pattern.sub(replacement, text)
    text = _FORTNIGHTS.sub(lambda match: f"{2 * int(match[1])} weeks", text)
    return text.strip()

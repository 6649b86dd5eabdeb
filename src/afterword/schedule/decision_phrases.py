"""When will they decide? Turn what an interviewer said ("we should get back to you in two to three weeks")
into the date to expect an answer by, or None when the phrase names no date we can read. We never guess:
"soon" and "we'll be in touch" give None.

Words around the date ("they said", "hopefully", "we should hear by") are ignored. Everything leans to the
future: a weekday or date is the next one on or after the day it was said. Business days skip weekends and the
public holidays of the given country and subdivision. A range ("2-3 weeks", "a week or two") gives its later end.

How each family of phrase is read (weeks run Monday to Sunday; "end" always means the last business day):

- Calendar offsets: "in two weeks", "within 10 days", "in a month", "a couple of weeks" are that much calendar
  time after the day it was said, kept as is even on a weekend. "a couple" is 2, "a few" is 3; "48 hours" is 2
  days. Absurd counts (over 999) give None.
- Business offsets: "within 10 business days", "in 5 working days" count business days. Vague day counts ("in a
  few days", "a couple of days") also count business days: 3 and 2.
- From a day: "a week from Monday", "10 business days from tomorrow" count from that day.
- Weeks: "end of the week", "this week", "later this week" are the last business day of this week (of the next
  one when this week's is already past). "next week", "sometime next week", "by the end of next week" are the
  last business day of next week; "the week after next" of the week after. "early next week" is the second
  business day of the week; "mid next week" and "midweek" its Wednesday (next business day if a holiday).
- Months: "end of the month", "late March", "next month", "in January" are the last business day of that month;
  "early next month" is its 5th business day; "mid-January", "mid next month" the 15th (or the next business day);
  "by January", "by next month" the first business day of that month. "end of the year/quarter" likewise.
- Plain dates: "March 3", "the 3rd of March", "14 January", "3/14/2027", "2027-01-12" (read by dateparser; 3/4 is
  March 4 in the US, 3 April elsewhere). Without a year: the next one on or after the day it was said. "the 15th"
  is the next 15th, today included.
- Days: "tomorrow", "the day after tomorrow", "today"/"end of day". A weekday ("Friday", "by Friday") is the next
  one after today: said on a Friday, "Friday" is a week later. "this Friday" is this week's (today included).
  "next Tuesday" and "Tuesday next week" are the Tuesday of next week, even when said on a Monday; "Monday week"
  is a week after the coming Monday. "end of day Friday" is that Friday.
- Holidays: "after the holidays" said in November or December is the first business day after 1 January;
  said at other times, the first business day after the next public holiday. "in the new year" and "after New
  Year" are the first business day after 1 January. "before Christmas" / "by Thanksgiving" are the last business
  day before it; "after Christmas" the first business day after it (after Boxing Day too in GB). Other holidays
  are found by name in the country's calendar ("after Labor Day"); "easter" is Easter Sunday.

When a phrase holds more than one of these, the first family in the order above wins (holidays first, then
offsets, weeks, months, plain dates, days).
"""

from __future__ import annotations

import datetime as dt

from afterword.schedule.business_days import holiday_calendar
from afterword.schedule.holiday_phrases import HOLIDAY_RULES
from afterword.schedule.phrase_rules import SpokenContext, first_reading
from afterword.schedule.phrase_text import normalize_phrase
from afterword.schedule.plain_dates import MONTH_FIRST_COUNTRIES, PLAIN_DATE_RULES
from afterword.schedule.relative_phrases import DAY_RULES, OFFSET_RULES, PERIOD_RULES

RULES = (*HOLIDAY_RULES, *OFFSET_RULES, *PERIOD_RULES, *PLAIN_DATE_RULES, *DAY_RULES)


def decision_date(phrase: str, spoken_on: dt.date, country: str = "US",
                  subdivision: str | None = None) -> dt.date | None:
    """The date an interviewer's phrase names, said on ``spoken_on`` in ``country`` (ISO 3166, e.g. "US", "GB")
    and optionally ``subdivision`` (e.g. "CA", "SCT"); None when the phrase names no date we can read.

    Raises UnknownRegionError (a ValueError) naming the code when the country or subdivision is unknown."""
    calendar = holiday_calendar(country, subdivision)
    if isinstance(spoken_on, dt.datetime):
        spoken_on = spoken_on.date()
    text = normalize_phrase(phrase)
    if not text:
        return None
    context = SpokenContext(spoken_on, calendar, country.strip().upper() in MONTH_FIRST_COUNTRIES)
    return first_reading(text, RULES, context)

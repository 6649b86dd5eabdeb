"""When a resume was written, when it says so itself: "Updated: 20/06/2022" in its header, or the length a job
board prints beside an ongoing job ("October 2021 - Present (8 months)" was written in June 2022).

A resume's "present" is the day it was written, not the day it is read: counting an old resume's ongoing job up to
today would give the candidate years the resume does not show."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date

from afterword.analysis.experience import month_of, years_in
from afterword.models import Document, Job

YearMonth = tuple[int, int]

# "(8 months)", "(1 year 1 month)", "(2 yrs 3 mos)", "(3 years)"
_LENGTH = re.compile(r"\(\s*(?:(?P<years>\d{1,2})\s*(?:years?|yrs?))?\s*,?\s*(?:(?P<months>\d{1,2})\s*"
                     r"(?:months?|mos?))?\s*\)", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:last\s+)?(?:updated|revised)(?:\s+on)?\s*:?\s*(?P<date>[\w./ -]{4,20})", re.IGNORECASE)
_NUMERIC = re.compile(r"^(?:(?P<day>\d{1,2})[./-])?(?P<month>\d{1,2})[./-](?P<year>(?:19|20)\d\d)\b")
_ISO = re.compile(r"^(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})\b")
_NAMED = re.compile(r"^(?:\d{1,2}\s+)?(?P<month>[A-Za-z]{3,9})\.?,?\s+(?:\d{1,2},\s+)?(?P<year>(?:19|20)\d\d)\b")
_HEADER_LINES = 8  # an "Updated:" line is near the top


def _written(text: str) -> YearMonth | None:
    """(year, month) of a date written "20/06/2022", "06/2022", "2022-06" or "June 2022"; None otherwise."""
    text = text.strip()
    for pattern in (_ISO, _NUMERIC):
        if (found := pattern.match(text)) is not None and 1 <= int(found.group("month")) <= 12:
            return int(found.group("year")), int(found.group("month"))
    if (found := _NAMED.match(text)) is not None and (month := month_of(found.group("month"))) is not None:
        return int(found.group("year")), month
    return None


def resume_written(resume: Document, jobs: Sequence[Job]) -> tuple[YearMonth, int] | None:
    """((year, month), line) of when the resume says it was written: an "Updated:" date in its first lines, else
    an ongoing job's start plus the length printed beside it. None when it says neither."""
    for line in resume.lines[:_HEADER_LINES]:
        if (found := _UPDATED.search(line.text)) is not None and (written := _written(found.group("date"))):
            return written, line.number
    for job in jobs:
        if job.end is not None or not job.dates_line:
            continue
        found = _LENGTH.search(resume.line(job.dates_line).text)
        if found is None or not (found.group("years") or found.group("months")):
            continue
        months = job.start[0] * 12 + job.start[1] - 1 + int(found.group("years") or 0) * 12 \
            + int(found.group("months") or 0)
        return (months // 12, months % 12 + 1), job.dates_line
    return None


_STALE_MONTHS = 3  # a resume written this recently is counted to today
_SUMMARY_LINES = 12  # a summary's "2 years of web application development experience" is near the top
_STATED = re.compile(r"\b(?P<n>\d{1,2})\+?\s*(?:years?|yrs?)\b(?:\s+of)?(?:\s+[\w/-]+){0,5}?\s+experience\b",
                     re.IGNORECASE)
_BEYOND_STATED = 2  # years the dates may count past the resume's own statement before it is believed instead


def stated_by_summary(resume: Document, jobs: Sequence[Job], today: date) -> tuple[YearMonth, int, int] | None:
    """((year, month), line, years) when the resume's own summary states fewer years of experience than its dates
    count to today because a job is marked ongoing ("2 years of web application development experience" over jobs
    from September 2020 to "present"): the resume was written about then, and counts the years it states (a
    figure of the card's own, such as half a year more, would be a number the resume does not give).
    None when it states none, no job is ongoing, or the dates agree with it."""
    if not jobs or all(job.end is not None for job in jobs):
        return None
    stated = [(int(found.group("n")), line.number) for line in resume.lines[:_SUMMARY_LINES]
              if line.section in ("Header", "Summary") for found in _STATED.finditer(line.text)]
    if not stated:
        return None
    years, line = max(stated)
    first = min(job.start for job in ([job for job in jobs if not job.study] or jobs))  # work, not a course
    months = first[0] * 12 + first[1] - 1 + years * 12
    closed = max((job.end for job in jobs if job.end is not None), default=first)
    written = max((months // 12, months % 12 + 1), closed)
    if (today.year * 12 + today.month) - (written[0] * 12 + written[1]) < _BEYOND_STATED * 12:
        return None
    return written, line, years


def counted_to(resume: Document, jobs: Sequence[Job], today: date) -> tuple[date, str | None]:
    """The day an ongoing job's years are counted to, and a warning when that is not ``today``: the month the
    resume says it was written, when that is more than a few months ago, or about when its own summary's years
    of experience run out, when the dates count years past them."""
    found = resume_written(resume, jobs)
    if found is None:
        said = stated_by_summary(resume, jobs, today)
        if said is None:
            return today, None
        (year, month), line, years = said
        return date(year, month, calendar.monthrange(year, month)[1]), (
            f"Your resume says {years} years of experience (line {line}), but its dates, with a job marked "
            f"ongoing, would count {years_in(jobs, today):g} years to today: it was written years ago, so its years "
            "are counted as it says. If you have worked since, update it and run again.")
    (year, month), line = found
    if (today.year * 12 + today.month) - (year * 12 + month) <= _STALE_MONTHS:
        return today, None
    when = f"{calendar.month_name[month]} {year}"
    return date(year, month, calendar.monthrange(year, month)[1]), (
        f"Your resume dates itself to {when} (line {line}), so its years of experience are counted to then; if "
        "you have worked since, update it and run again.")

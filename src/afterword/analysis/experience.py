"""Years of experience from the resume's date ranges ("Mar 2021 – Present", "2018 - 2020", "06/2017 – 02/2021")."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from afterword.models import Document, Job

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\.?"
_POINT = rf"(?:(?P<{{p}}m>{_MONTH})\s+|(?P<{{p}}n>\d{{{{1,2}}}})\s*[/.-]\s*)?(?P<{{p}}y>(?:19|20)\d{{{{2}}}})"
_OPEN = r"(?P<open>present|current|now|today|ongoing|date)"
_RANGE = re.compile(
    _POINT.format(p="a") + r"\s*(?:-|–|—|to|until|till|through)\s*(?:" + _POINT.format(p="b") + "|" + _OPEN + ")",
    re.IGNORECASE,
)


def _month(match: re.Match[str], prefix: str, default: int) -> int:
    name = match.group(prefix + "m")
    if name:
        key = name.lower().rstrip(".")
        return _MONTHS.get(key) or _MONTHS[key[:3]]
    number = match.group(prefix + "n")
    if number and 1 <= int(number) <= 12:
        return int(number)
    return default


def without_range(text: str) -> str:
    """The line with its date range taken out: "2021 – Present | Senior Designer | Fernway" → "| Senior ..."."""
    return _RANGE.sub(" ", text)


@lru_cache(maxsize=8192)
def find_range(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """((year, month), (year, month) or None for "present") of the first date range in ``text``."""
    match = _RANGE.search(text)
    if not match:
        return None
    start = (int(match.group("ay")), _month(match, "a", 1))
    if match.group("open"):
        return start, None
    end = (int(match.group("by")), _month(match, "b", 12))
    if end < start:
        return None
    return start, end


def find_jobs(resume: Document) -> tuple[Job, ...]:
    """Positions on the resume: each line with a date range starts one; later lines belong to it."""
    lines = resume.in_section("Experience") or resume.lines
    jobs: list[Job] = []
    current: tuple[int, tuple[int, int], tuple[int, int] | None] | None = None
    body: list[int] = []
    for line in lines:
        found = find_range(line.text)
        if found:
            if current:
                jobs.append(Job(current[0], current[1], current[2], tuple(body)))
            current, body = (line.number, found[0], found[1]), [line.number]
            continue
        if current:
            body.append(line.number)
    if current:
        jobs.append(Job(current[0], current[1], current[2], tuple(body)))
    return tuple(jobs)


def _months(start: tuple[int, int], end: tuple[int, int] | None, today: date) -> tuple[int, int]:
    last = end if end is not None else (today.year, today.month)
    return start[0] * 12 + start[1] - 1, last[0] * 12 + last[1]


def years_in(jobs: tuple[Job, ...] | list[Job], today: date) -> float:
    """Total years across jobs, counting overlapping months once."""
    spans = sorted(_months(job.start, job.end, today) for job in jobs)
    total, reach = 0, None
    for first, last in spans:
        if reach is None or first >= reach:
            total += max(0, last - first)
            reach = last
        elif last > reach:
            total += last - reach
            reach = last
    return round(total / 12, 1)

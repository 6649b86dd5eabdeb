from __future__ import annotations

import time

import pytest

from afterword.analysis.achievements import achievement_lines, achievements_in, find_achievements, is_result
from afterword.ingest import document_from_text


@pytest.mark.parametrize(("text", "kind", "matched"), [
    ("Grew revenue to $1.2M in 2021", "money", "$1.2M"), ("Cut food cost by €300k a year", "money", "€300k"),
    ("Managed a budget of $2.5 million", "money", "$2.5 million"),
    ("Cut p99 latency by 40%", "percent", "40%"),
    ("Raised first-time fix rate 12.5 percent", "percent", "12.5 percent"),
    ("Ran payroll for 600 employees", "count", "600 employees"),
    ("Led a team of 12 nurses", "count", "team of 12 nurses"),
    ("Managed a team of 3-7 people", "count", "team of 3-7 people"),
    ("App reached 1+ million downloads", "count", "1+ million downloads"),
    ("Wired 30 homes a year", "count", "30 homes"), ("Served 200 covers a night", "count", "200 covers"),
    ("Ranked #1 sales manager (out of 6)", "ranking", "Ranked #1"), ("Top 5% of the region", "ranking", "Top 5%"),
    ("Took 2nd place out of 20 teams", "ranking", "2nd place"),
    ("Made the build 3x faster", "multiplier", "3x"), ("Errors fell by 30 times", "multiplier", "30 times"),
    ("Stored 4 TB of logs", "measure", "4 TB"), ("Delivered the audit 3 weeks early", "measure", "3 weeks early"),
    # Where the pitch's reading and this one used to differ: each is a result a career coach would count.
    ("Managed 12 stores across the region", "count", "12 stores"),  # a count of scope ("Managed" is no "aged")
    ("We manage 3 projects at a time", "count", "3 projects"),
    ("Trained 7 line cooks; two were promoted", "count", "7 line cooks"),  # any plural noun, not only a list
    ("Ran cycle counts for 12,000 SKUs in SAP", "count", "12,000 SKUs"),
    ("Processed 3 million survey responses a month", "count", "3 million survey responses"),
    ("First responder on more than 40 deteriorating-patient calls", "count", "40 deteriorating-patient calls"),
    ("600 employees payroll, processed every fortnight", "count", "600 employees"),
    ("Up to 1000 users in total", "count", "1000 users"),  # four digits without a comma
    ("Serving 2M requests a day", "count", "2M requests"), ("FerretDB (>5k stars on GitHub)", "count", "5k stars"),
    ("Led a team of 5", "count", "team of 5"), ("On-call lead for a team of 9, adding runbooks", "count", "team of 9"),
    ("Closed $2M in new business", "money", "$2M"), ("Cut costs 20%", "percent", "20%"),
    ("I doubled the team's output", "percent", "doubled"),
    ("Ranked #1 of 6 in the finance team's review", "ranking", "Ranked #1"),
    ("Ranked first in the region", "ranking", "Ranked first"),
    ("Top seller in the ski department for 3 winters", "ranking", "Top seller"),
    ("Cut p95 latency from 480 ms to 120 ms", "measure", "480 ms"), ("Cut bundle size by 300 KB", "measure", "300 KB"),
    ("Made the test suite 2.25x faster", "multiplier", "2.25x"),
    ("Generated 1.5 million in new revenue", "count", "1.5 million"),
    ("Deploy time fell from 40 minutes to 8", "change", "from 40 minutes to 8"),
    ("Set up CI, shrinking merge to production from 2 days to 45 minutes", "change", "from 2 days to 45 minutes"),
    ("Shortened the close from 9 to 5 business days", "change", "Shortened the close from 9 to 5 business days"),
    ("Alert review that reduced pages from 31 to 6 per week", "change", "reduced pages from 31 to 6"),
    ("Moved freight on reach trucks with no incidents in 2.5 years", "record", "no incidents"),
    ("Zero lost-time injuries across the night shift", "record", "Zero lost-time injuries"),
    ("Accident-free on every route", "record", "Accident-free"),
])
def test_quantified_results(text: str, kind: str, matched: str) -> None:
    found = [(k, text[a:b]) for k, a, b in achievements_in(text)]
    assert (kind, matched) in found, found
    assert is_result(text)


@pytest.mark.parametrize("text", [
    "Jan 2019 – Present", "2015 - 2019 Developer", "Call +1 (555) 201-9202", "221 Main St, Boston, MA 02115",
    "Angular 7, Python 3.11, C++ 17, ES6, HTML5", "Upgraded the Angular 7 web application", "Graduated 2012",
    "London SW1A 1AA", "Version 2.4.1 released", "Level 3 Electrical Installation",
    "Angular 7+, NodeJS microservices", "5 years of Java",
    # Where the two readings used to differ: a version, a year, a school year, a length of time, a size
    "Python 3", "Promoted in 2019", "Year 4 Class Teacher", "Topic now taught by all three Year 4 classes",
    "Development of SPA Angular 7 web-application for business client managers", "Spring Boot 3 services",
    "Follow up after 5 business days", "École 42 Paris (Moscow campus)", "5 years in sales",
    "Ski instructor for 3 winters", "Ran the line 3 times per week", "Taught children aged from 5 to 11",
    "Page size 612 x 792", "RFC 5322 asks",
    # a "no" that is no record: nothing was kept clean
    "No experience needed", "Responded to customer complaints", "Worked without any supervision",
    "Fixed errors in monthly reports",
])
def test_not_results(text: str) -> None:
    assert achievements_in(text) == [], text
    assert not is_result(text)


def test_resume_results_skip_contact_details() -> None:
    resume = document_from_text("Chef Marco Bianchi\nPhone: +39 333 123 4567\nmarco@example.com\n"
                                "Ran a kitchen of 9 cooks serving 300 covers a night\n"
                                "EXPERIENCE\nHead Chef, Lupa | 2021 – now\n- Cut food cost from 34% to 28%\n")
    found = find_achievements(resume)
    assert {a.line for a in found} == {4, 7}
    assert [(a.kind, a.matched) for a in found if a.line == 7] == [("percent", "34%"), ("percent", "28%")]
    assert achievement_lines(resume) == (4, 7)


@pytest.mark.parametrize("text", ["1" * 1_000_000, " " * 1_000_000])
def test_long_lines_are_quick(text: str) -> None:
    start = time.monotonic()
    achievements_in(text)
    is_result(text)
    assert time.monotonic() - start < 1

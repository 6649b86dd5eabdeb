from __future__ import annotations

import time

import pytest

from afterword.analysis.achievements import achievement_lines, achievements_in, find_achievements
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
])
def test_quantified_results(text: str, kind: str, matched: str) -> None:
    found = [(k, text[a:b]) for k, a, b in achievements_in(text)]
    assert (kind, matched) in found, found


@pytest.mark.parametrize("text", [
    "Jan 2019 – Present", "2015 - 2019", "Call +1 (555) 201-9202", "221 Main St, Boston, MA 02115",
    "Angular 7, Python 3.11, C++ 17, ES6, HTML5", "Upgraded the Angular 7 web application", "Graduated 2012",
    "London SW1A 1AA", "Version 2.4.1 released", "Level 3 Electrical Installation",
])
def test_not_results(text: str) -> None:
    assert achievements_in(text) == [], text


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
    assert time.monotonic() - start < 1

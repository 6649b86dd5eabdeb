"""Hostile input: no analyser hangs, crashes or breaks its own invariants on crafted text.

Every engine that reads a document (sections, posting units, facts, skills, jobs and years, requirements,
posting info, the match) is run on adversarial text of up to about 50 KB: long runs of spaces and odd Unicode
spaces, digits, single capital letters, skill names, money and date fragments, labels, heading words, bullets,
brackets and markup, controls and surrogates, very long words, and mixtures of them. The engines are called
directly, without the 40,000-character budget the CLI applies (``analysis/budget.py``), so each must be fast on
its own. Speed targets live in ``benchmarks/bench_hostile.py``; the bounds here are generous regression guards.

Every spot these tests found quadratic has a regression test of its own below (the last section).
Every analysis runs under ``bounded``: an alarm stops it at a few seconds, so a regression fails a test
instead of hanging the suite.
"""

from __future__ import annotations

import math
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.analysis.experience import find_jobs, years_in
from afterword.analysis.facts import TOPICS, find_facts
from afterword.analysis.matching import match_documents
from afterword.analysis.posting_info import posting_info
from afterword.analysis.posting_units import posting_units
from afterword.analysis.requirements import extract_requirements
from afterword.analysis.skills import SkillFinder, finder_for
from afterword.analysis.taxonomy import default_taxonomy
from afterword.analysis.units import MAX_UNIT_CHARS, MAX_UNITS
from afterword.ingest import document_from_text
from afterword.ingest.structure import build_document
from afterword.models import Document, MatchReport, UnitRole
from tests.conftest import POSTING_TEXT, RESUME_TEXT

TODAY = date(2026, 12, 1)
MAX_CHARS = 50_000  # the size of the adversarial texts: a little over the engines' 40,000-character budget
SECONDS = 3.0  # the regression guards' bound: generous, so a busy CI machine never makes them flaky
# What no line of a Document may hold: C0 and C1 controls (tab and newline included: lines are single-spaced),
# DEL, bidi embeddings, overrides and isolates, and lone surrogates.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
UNIT_ROLES = frozenset(get_args(UnitRole))
HEADING_ROLES = frozenset({"heading", "title"})  # a unit that is a whole heading line, not a span cut from a line

# --- adversarial text ------------------------------------------------------------------------------------------

ODD_SPACES = ["\u00a0", "\u1680", "\u2000", "\u2003", "\u2009", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f",
              "\u205f", "\u3000", "\ufeff", "\x85", "\x0b", "\x0c", "\t", "\r", "\r\n"]
PIECES = [
    " ", "  ", *ODD_SPACES,  # spaces
    "1", "12", "1,", "1.", "1, ", "1.5", "1,000,", "1.000.", "100%", "1x ", "#1 ",  # digits
    "C ", "C. ", "R ", "C\n", "R. ", "A ", "Go ",  # single capitals (and a skill that is a word)
    "C++ C# .NET ", "Python, Java, Go, ", "JavaScript/TypeScript/", "SQL; ", "R&D ", "Node.js ",  # skills
    "$1", "$1-", "$1,", "£1k ", "€1 - €2 ", "1-2 ", "$1 per hour ", "USD 1 ",  # money
    "2019 - ", "2019-", "01/2019 – now ", "Jan 2019 – Present ", "2019 2020 ", "03.2016 - ", "since ",  # dates
    "a: ", "Job type: ", "Pay: ", "Salary: ", "Location: ", ": ", "Company: ",  # colons and labels
    "Your Profile Requirements ", "Requirements ", "What you'll need: ", "About ", "EXPERIENCE ",  # headings
    "- ", "• ", "* ", "– ", "— ", "1. ", "-", "—", "|", "/", "; ", "e.g. ", "Inc. ",  # bullets and dashes
    ".", "...", "!", "?", "…", "\u2024",  # sentence marks (a run of them was quadratic in units._END)
    "[", "]", "(", ")", "[[(", "[link=x]", "[/link]", "[/]", "**", "__", "`", "#", "## ", "<b>", "![x](y)",
    "\x00", "\x07", "\x1b", "\x1b[2J", "\x1b]52;c;", "\x9b", "\u202e", "\u2066", "\ud800", "\udfff", "\x7f",
    "x", "Supercalifragilistic", "\u00e9", "\u0301", "\ufb01", "\uff21", "\U0001f600", "\n", "\n\n",
]
# Hypothesis prefers small numbers; the sizes that matter here are large, so they are offered outright.
_COUNTS = st.one_of(st.integers(1, 64), st.sampled_from([500, 2_000, 6_000, 12_000, 25_000, 50_000]))

def _run(piece: str, count: int) -> str:
    return (piece * count)[:MAX_CHARS]


_RUNS = st.builds(_run, st.sampled_from(PIECES), _COUNTS)
_WORD_RUNS = st.builds(_run, st.text(st.characters(categories=["Lu", "Ll", "Nd", "Po", "Zs"]), min_size=1,
                                     max_size=12), _COUNTS)
_PART = st.one_of(_RUNS, _RUNS, _WORD_RUNS, st.text(max_size=300), st.sampled_from(PIECES))
HOSTILE_TEXT = st.lists(_PART, min_size=1, max_size=6).map(lambda parts: "".join(parts)[:MAX_CHARS])
# The same families, each laid out as many lines (a PDF's text layer) or as one line (a pasted page).
LAID_OUT = st.builds(lambda piece, count, newline: _run(piece.strip() + "\n" if newline else piece, count),
                     st.sampled_from(PIECES), _COUNTS, st.booleans())
ANY_TEXT = st.one_of(HOSTILE_TEXT, LAID_OUT)

GUARD = 10.0  # seconds: an example still running then is stopped (hypothesis' deadline is checked only after)
PROPERTY = settings(deadline=1500, max_examples=30, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


class TooSlow(Exception):  # noqa: N818 - read as "the analysis was too slow"
    """An analysis still ran when its bound was up."""


@contextmanager
def bounded(seconds: float) -> Iterator[None]:
    """Raise TooSlow inside the block once ``seconds`` have passed, so a regression fails fast instead of hanging
    the suite (an alarm, where the platform has one and this is the main thread; elsewhere no bound)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum: int, frame: object) -> None:
        raise TooSlow(f"still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed(action: Callable[[], object], seconds: float = SECONDS) -> tuple[object, float]:
    """(what ``action`` returned, the seconds it took); TooSlow when it takes over ``seconds``."""
    start = time.perf_counter()
    with bounded(seconds):
        result = action()
    return result, time.perf_counter() - start


@pytest.fixture(scope="module")
def finder() -> SkillFinder:
    """One finder for the module (its automaton takes tens of milliseconds to build): hypothesis examples share
    it, so their deadline measures the analysis, not the set-up."""
    return finder_for(default_taxonomy())


@pytest.fixture(scope="module")
def pair() -> tuple[Document, Document]:
    """The test resume and posting: the other side of every match below."""
    return document_from_text(RESUME_TEXT, "resume.md"), document_from_text(POSTING_TEXT, "posting.md")


# --- invariants -------------------------------------------------------------------------------------------------


def check_document(doc: Document) -> None:
    numbers = [line.number for line in doc.lines]
    assert numbers == sorted(set(numbers)) and all(number >= 1 for number in numbers)
    for line in doc.lines:
        assert line.text == line.text.strip() and not UNSAFE.search(line.text), repr(line.text[:80])
    for section in doc.sections:
        assert section.first_line <= section.last_line and not UNSAFE.search(section.heading)
    assert all("\n" not in warning for warning in doc.warnings)


def check_units(doc: Document) -> None:
    units = posting_units(doc)
    assert len(units) <= MAX_UNITS
    for unit in units:
        line = doc.line(unit.line)
        assert unit.role in UNIT_ROLES and unit.text.strip()
        assert line.text[unit.start:unit.start + len(unit.text)] == unit.text  # an exact span of its line
        assert unit.role in HEADING_ROLES or len(unit.text) <= MAX_UNIT_CHARS


def check_facts(doc: Document) -> None:
    facts = find_facts(doc)
    assert len({fact.topic for fact in facts}) == len(facts)
    for fact in facts:
        assert fact.topic in TOPICS and fact.text in doc.line(fact.line).text


def check_skills(doc: Document, finder: SkillFinder) -> None:
    for line in doc.lines:
        for mention in finder.find(line.text, line.number):
            assert mention.surface and mention.surface in line.text
            assert mention.skill in finder.taxonomy.skills and mention.via in ("exact", "alias")


def check_jobs(doc: Document) -> None:
    numbers = {line.number for line in doc.lines}
    jobs = find_jobs(doc)
    for job in jobs:
        assert 1 <= job.start[1] <= 12 and (job.end is None or 1 <= job.end[1] <= 12)
        assert job.title_line in numbers and set(job.lines) <= numbers
    years = years_in(jobs, TODAY)
    assert math.isfinite(years) and 0 <= years <= 100


def check_requirements(doc: Document, finder: SkillFinder) -> None:
    requirements, warnings = extract_requirements(doc, finder)
    assert all("\n" not in warning for warning in warnings)
    for requirement in requirements:
        assert requirement.kind in ("must-have", "nice-to-have", "responsibility")
        assert requirement.text in doc.line(requirement.line).text and len(requirement.text) <= MAX_UNIT_CHARS
        assert requirement.years is None or (math.isfinite(requirement.years) and requirement.years >= 0)
        assert all(skill in finder.taxonomy.skills for skill in requirement.skills)


def check_info(doc: Document) -> None:
    info = posting_info(doc)
    for value in (info.role, info.company, info.location):
        assert isinstance(value, str) and not UNSAFE.search(value) and len(value) <= MAX_UNIT_CHARS


def check_report(report: MatchReport, resume: Document) -> None:
    numbers = {line.number for line in resume.lines}
    assert math.isfinite(report.resume_years) and report.resume_years >= 0
    for match in report.requirements:
        assert match.status in ("strong", "partial", "gap")
        assert len(match.requirement.text) <= MAX_UNIT_CHARS  # what a card quotes stays a few hundred characters
        assert all(evidence.line in numbers for evidence in match.evidence)
    assert all(len(unit.text) <= MAX_UNIT_CHARS or unit.role in HEADING_ROLES for unit in report.posting_units)


def analyse(text: str, finder: SkillFinder, pair: tuple[Document, Document]) -> None:
    """Every analyser on ``text`` (as a posting and as a resume), every invariant checked."""
    doc = document_from_text(text, "hostile.txt")
    check_document(doc)
    check_units(doc)
    check_facts(doc)
    check_skills(doc, finder)
    check_jobs(doc)
    check_requirements(doc, finder)
    check_info(doc)
    resume, posting = pair
    check_report(match_documents(resume, doc, today=TODAY), resume)
    check_report(match_documents(doc, posting, today=TODAY), doc)


# --- properties ---------------------------------------------------------------------------------------------------


@PROPERTY
@given(text=ANY_TEXT)
def test_build_document_is_clean_and_numbered(text: str) -> None:
    with bounded(GUARD):
        check_document(build_document(text, "hostile.txt"))


@PROPERTY
@given(text=ANY_TEXT)
def test_posting_units_are_exact_bounded_spans(text: str) -> None:
    with bounded(GUARD):
        check_units(document_from_text(text, "posting.txt"))


@PROPERTY
@given(text=ANY_TEXT)
def test_find_facts_quotes_the_line_it_read(text: str) -> None:
    with bounded(GUARD):
        check_facts(document_from_text(text, "posting.txt"))


@PROPERTY
@given(text=ANY_TEXT)
def test_skill_finder_names_what_is_written(text: str, finder: SkillFinder) -> None:
    with bounded(GUARD):
        check_skills(document_from_text(text, "posting.txt"), finder)


@PROPERTY
@given(text=ANY_TEXT)
def test_jobs_and_years_are_finite(text: str) -> None:
    with bounded(GUARD):
        check_jobs(document_from_text(text, "resume.txt"))


@PROPERTY
@given(text=ANY_TEXT)
def test_requirements_are_bounded_quotes(text: str, finder: SkillFinder) -> None:
    with bounded(GUARD):
        check_requirements(document_from_text(text, "posting.txt"), finder)


@PROPERTY
@given(text=ANY_TEXT)
def test_posting_info_is_short_clean_text(text: str) -> None:
    with bounded(GUARD):
        check_info(document_from_text(text, "posting.txt"))


@PROPERTY
@given(text=ANY_TEXT)
def test_match_documents_either_way_round(text: str, pair: tuple[Document, Document]) -> None:
    resume, posting = pair
    with bounded(GUARD):
        doc = document_from_text(text, "hostile.txt")
        check_report(match_documents(resume, doc, today=TODAY), resume)
        check_report(match_documents(doc, posting, today=TODAY), doc)


# --- regressions: one per finding of the probe, at the probe's sizes ------------------------------------------------

# (what the probe found, the text): each froze the CLI for 9-27 s before the engines were bounded
PROBE_FINDINGS = [
    ("5 KB heading line then odd Unicode spaces",
     "Your Profile Requirements " * 200 + "\n" + "\u2003\u00a0\u2009\u3000\u205f\u202f" * 2_000 + "\nPython"),
    ("5 KB of heading words joined by odd Unicode spaces",
     "\u2003".join(["Your", "Profile", "Requirements"] * 420) + "\u00a0" * 5_000),
    ("12 KB of digits", "1" * 12_000),
    ("12 KB of digits with commas", "1," * 6_000),
    ("12 KB of digits with points", "1." * 6_000),
    ("12 KB of numbers (pay-range and schedule patterns)", "12 " * 4_000),
    ("12 KB of money and hours", "$1-$1 per hour 9am-5pm 40 hours a week " * 300),
    ("10 KB of 'C '", "C " * 5_000),
    ("10 KB of 'C. '", "C. " * 3_333),
    ("10 KB of 'R '", "R " * 5_000),
    ("60 KB of 'C++ C# .NET '", "C++ C# .NET " * 5_000),
    ("60 KB of 'Python, Java, Go, '", "Python, Java, Go, " * 3_333),
    ("20 KB of dots before a letter (a lead-in that trails off)", "." * 20_000 + "y"),
]


@pytest.mark.parametrize(("finding", "text"), PROBE_FINDINGS, ids=[finding for finding, _ in PROBE_FINDINGS])
def test_probe_finding_is_analysed_in_bounded_time(finding: str, text: str, finder: SkillFinder,
                                                   pair: tuple[Document, Document]) -> None:
    _, seconds = timed(lambda: analyse(text, finder, pair))
    assert seconds < SECONDS, f"{finding}: {seconds:.1f} s"


@pytest.mark.parametrize("newline", [False, True], ids=["one line", "many lines"])
def test_the_skill_finder_reads_a_crafted_line_once(newline: bool, finder: SkillFinder) -> None:
    """The 10 KB "C " / "C. " and 60 KB "C++ C# .NET " texts, straight into the finder, with no memo to help."""
    for piece, count in (("C ", 5_000), ("C. ", 3_333), ("C++ C# .NET ", 5_000)):
        text = (piece.strip() + "\n" if newline else piece) * count
        finder.forget()
        mentions, seconds = timed(lambda text=text: [m for line in text.split("\n") for m in finder.find(line)])
        assert seconds < SECONDS, f"{piece!r}: {seconds:.1f} s"
        assert mentions  # the skills are found, not skipped


@pytest.mark.parametrize("text", ["1" * 12_000, "1," * 6_000, "1 " * 6_000, "$" + "1" * 12_000 + "-",
                                  "1" * 12_000 + " hours", "1-" * 6_000 + "1 hours a week"])
def test_facts_on_12_kb_of_digits(text: str) -> None:
    _, seconds = timed(lambda: find_facts(document_from_text(text, "posting.txt")))
    assert seconds < SECONDS


def test_a_multi_megabyte_line_is_read_in_bounded_time(pair: tuple[Document, Document]) -> None:
    """A 4.6 MB line (a PDF whose text layer is one line): structured and matched, never all of it analysed."""
    text = "Experience with Python and Go, C. and C++; $1-2 2019 - now Your Profile " * 64_000
    resume, _ = pair
    report, seconds = timed(lambda: match_documents(resume, document_from_text(text, "posting.txt"), today=TODAY),
                            3 * SECONDS)
    assert seconds < 3 * SECONDS  # normalising 4.6 MB of text is most of it
    assert isinstance(report, MatchReport) and any("very long" in warning for warning in report.warnings)
    check_report(report, resume)


# --- spots these properties found quadratic, each fixed: regression tests ----------------------------------------


@pytest.mark.parametrize("text", ["x " + "." * 39_990, "Contents " + "!" * 39_000 + "3", "Why" + "?" * 39_000],
                         ids=["40 KB of full stops", "40 KB of exclamation marks before a digit",
                              "40 KB of question marks"])
def test_a_run_of_sentence_marks_is_split_in_linear_time(text: str) -> None:
    """units._END once matched such a run from every mark in it and backtracked: 28 s for 40,000 marks."""
    _, seconds = timed(lambda: posting_units(document_from_text(text, "posting.txt")))
    assert seconds < SECONDS


@pytest.mark.parametrize("label", ["Job type: ", "Company: "])
def test_a_line_of_labels_is_split_in_linear_time(label: str) -> None:
    text = label * (150_000 // len(label))
    _, seconds = timed(lambda: posting_units(document_from_text(text, "posting.txt")))
    assert seconds < SECONDS


def test_a_paragraph_of_thousands_of_wishes_and_advantages_is_split_in_one_pass() -> None:
    from afterword.analysis.units import split_line

    wishes = "Experience with Python, ideally Django " * 3000
    advantages = "Speak English effortlessly Danish is an advantage " * 3000
    assert len(split_line(wishes)) > 2000  # no recursion per wish: each is an item of its own
    assert len(split_line(advantages)) > 2000

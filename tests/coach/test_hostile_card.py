"""Hostile input: the Closing Card and its renderers on crafted resumes and postings.

``build_card`` and the JSON, Markdown and HTML renderers run on the adversarial texts of
``tests/analysis/test_hostile_analysis.py`` (up to about 50 KB) as the posting and as the resume. They must not
raise, their JSON must be serialisable, nothing they quote from a posting may run to more than a few hundred
characters, and their output must hold no control characters. Time is bounded per example (hypothesis'
deadline) and by an alarm (``bounded``) that stops a run gone slow.

PDF output is left to one regression test: laying out a page takes a good part of a second.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.analysis.units import MAX_UNIT_CHARS
from afterword.coach.card import ClosingCard, build_card
from afterword.coach.html import card_to_html
from afterword.coach.render import card_to_dict, card_to_markdown
from afterword.ingest import document_from_text
from afterword.models import Document
from tests.analysis.test_hostile_analysis import (
    ANY_TEXT,
    GUARD,
    HEADING_ROLES,
    MAX_CHARS,
    PROBE_FINDINGS,
    SECONDS,
    bounded,
    timed,
)
from tests.conftest import POSTING_TEXT, RESUME_TEXT

TODAY = date(2026, 12, 1)
QUOTE_LIMIT = 1_000  # a concern or a question: a frame, a quote cut at 200 characters and a list of skills
# Controls that must not reach a rendered card (newlines and tabs are the renderers' own).
RENDERED_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

# a card for the largest examples takes about 1.2 s on an idle VM and twice that on a busy two-core run; a runaway
# (seconds to minutes) is still stopped by GUARD
CARD_PROPERTY = settings(deadline=4000, max_examples=25, database=None,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def resume() -> Document:
    return document_from_text(RESUME_TEXT, "resume.md")


@pytest.fixture(scope="module")
def posting() -> Document:
    return document_from_text(POSTING_TEXT, "posting.md")


def check_card(card: ClosingCard) -> None:
    """The card and its three renderings keep their invariants."""
    data = card_to_dict(card)
    assert json.loads(json.dumps(data, ensure_ascii=False, allow_nan=False)) == data  # JSON-serialisable, exactly
    for match in card.report.requirements:
        assert len(match.requirement.text) <= MAX_UNIT_CHARS
    for concern in (*data["concerns"], *data["more_concerns"]):
        assert len(concern["requirement"]) <= MAX_UNIT_CHARS and len(concern["concern"]) <= QUOTE_LIMIT
    assert all(len(question["text"]) <= QUOTE_LIMIT for question in data["questions"])
    assert all(len(fact["text"]) <= MAX_UNIT_CHARS for fact in data["answered_topics"])
    assert all(len(unit["text"]) <= MAX_UNIT_CHARS or unit["role"] in HEADING_ROLES for unit in data["posting_units"])
    assert len(data["role"]) <= MAX_UNIT_CHARS and len(data["company"]) <= MAX_UNIT_CHARS
    markdown = card_to_markdown(card)
    assert not RENDERED_UNSAFE.search(markdown)
    assert max(len(line) for line in markdown.split("\n")) <= 4 * QUOTE_LIMIT  # each quote is cut at 500
    html = card_to_html(card)
    assert not RENDERED_UNSAFE.search(html) and len(html) < 200_000  # each quote is cut at 300


def _card(resume: Document, posting: Document) -> ClosingCard:
    return build_card(resume, posting, today=TODAY)


# --- properties ---------------------------------------------------------------------------------------------------


@CARD_PROPERTY
@given(text=ANY_TEXT)
def test_a_card_for_a_hostile_posting(text: str, resume: Document) -> None:
    with bounded(GUARD):
        check_card(_card(resume, document_from_text(text, "posting.txt")))


@CARD_PROPERTY
@given(text=ANY_TEXT)
def test_a_card_for_a_hostile_resume(text: str, posting: Document) -> None:
    with bounded(GUARD):
        check_card(_card(document_from_text(text, "resume.txt"), posting))


@CARD_PROPERTY
@given(posting_text=ANY_TEXT, resume_text=ANY_TEXT)
def test_a_card_when_both_documents_are_hostile(posting_text: str, resume_text: str) -> None:
    with bounded(GUARD):
        check_card(_card(document_from_text(resume_text, "resume.txt"), document_from_text(posting_text, "p.txt")))


@settings(deadline=4000, max_examples=15, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(size=st.sampled_from([5_000, 20_000, MAX_CHARS]), layout=st.sampled_from(["one line", "lines", "paragraphs"]),
       pieces=st.lists(st.sampled_from(["Requirements:", "- 5+ years of Python", "Salary: $1-2", "C. C++ C#",
                                        "Your Profile", "2019 - now", "[link=x]**#**", "\u2003\u00a0"]),
                       min_size=1, max_size=4))
def test_a_card_for_a_long_posting_built_of_real_phrases(size: int, layout: str, pieces: list[str],
                                                         resume: Document) -> None:
    separator = {"one line": " ", "lines": "\n", "paragraphs": "\n\n"}[layout]
    text = (separator.join(pieces) + separator) * (size // (len(separator.join(pieces)) + 1) + 1)
    with bounded(GUARD):
        check_card(_card(resume, document_from_text(text[:size], "posting.txt")))


# --- regressions: the probe's findings, at the probe's sizes --------------------------------------------------------

FOUR_MB_LINE = ("4.6 MB line", "Experience with Python and Go, C. and C++; $1-2 2019 - now Your Profile " * 64_000)


@pytest.mark.parametrize(("finding", "text"), [*PROBE_FINDINGS, FOUR_MB_LINE],
                         ids=[finding for finding, _ in [*PROBE_FINDINGS, FOUR_MB_LINE]])
def test_a_card_for_a_probe_posting_in_bounded_time(finding: str, text: str, resume: Document) -> None:
    limit = 3 * SECONDS if len(text) > MAX_CHARS * 10 else SECONDS  # normalising megabytes takes a second
    _, seconds = timed(lambda: check_card(_card(resume, document_from_text(text, "posting.txt"))), limit)
    assert seconds < limit, f"{finding}: {seconds:.1f} s"


@pytest.mark.parametrize(("finding", "text"), PROBE_FINDINGS, ids=[finding for finding, _ in PROBE_FINDINGS])
def test_a_card_for_a_probe_resume_in_bounded_time(finding: str, text: str, posting: Document) -> None:
    _, seconds = timed(lambda: check_card(_card(document_from_text(text, "resume.txt"), posting)))
    assert seconds < SECONDS, f"{finding}: {seconds:.1f} s"


def test_short_resume_lines_that_read_as_one_wrapped_line(posting: Document) -> None:
    """Lines that end in "/" read as the wrapped rest of each other: 2,000 short lines of "JavaScript/TypeScript/"
    become one line of 40,000 characters (concerns once searched that whole line again for every mention in it)."""
    resume = document_from_text("JavaScript/TypeScript/\n" * 2_000, "resume.txt")
    assert max(len(line.text) for line in resume.lines) > 40_000
    _, seconds = timed(lambda: _card(resume, posting))
    assert seconds < SECONDS


def test_a_prepared_answer_quotes_a_few_hundred_characters_at_most(posting: Document) -> None:
    """A spoken answer once said a 38 KB resume line whole."""
    long_line = "- Built " + "reliable services and pipelines " * 1_200 + "in Python"
    text = RESUME_TEXT.replace("- Built RESTful services in Python and Django", long_line)
    data = card_to_dict(_card(document_from_text(text, "resume.md"), posting))
    answers = [concern["answer"] for concern in (*data["concerns"], *data["more_concerns"])]
    assert answers and max(len(answer) for answer in answers) <= QUOTE_LIMIT


def test_the_title_of_a_line_of_date_ranges_is_read_in_linear_time() -> None:
    from afterword.analysis.experience import find_jobs
    from afterword.coach.work_history import title_and_employer

    resume = document_from_text("2019–20 " * 12_500, "resume.txt")  # the engines take 200,000 characters
    job = find_jobs(resume)[-1]
    assert not job.title  # so the title is read from the line itself
    _, seconds = timed(lambda: title_and_employer(resume, job))
    assert seconds < SECONDS


def test_an_11_kb_requirement_gives_a_one_page_pdf_quickly(resume: Document) -> None:
    pytest.importorskip("weasyprint")
    from afterword.pdf import one_page_pdf, pdf_page_count

    long = "Experience with " + " ".join(["Kubernetes", "alpha", "Go", "beta"] * 700)  # about 11 KB on one line
    posting = document_from_text(POSTING_TEXT.replace("- Experience with Go\n", f"- {long}\n"), "posting.md")
    data, seconds = timed(lambda: one_page_pdf(lambda scale: card_to_html(_card(resume, posting), scale=scale)), 30)
    assert seconds < 10  # about a second here: html_text cuts every quote to 300 characters before layout
    assert isinstance(data, bytes) and pdf_page_count(data) == 1

"""A school's name says where someone studied: the words in it are no evidence of what they can do."""

from __future__ import annotations

from datetime import date

from afterword.analysis.institutions import without_institutions
from afterword.analysis.matching import match_documents
from afterword.ingest import document_from_text


def test_the_names_of_schools_are_blanked_and_the_rest_of_the_line_kept() -> None:
    assert without_institutions("Higher School of Economics").strip() == ""
    assert without_institutions("National Research University, Business-Informatics").strip(" ,") \
        == "Business-Informatics"
    kept = without_institutions("Moscow State University,Faculty of Mechanics and Mathematics C (3+ years) Python")
    assert "C (3+ years) Python" in kept and "Mathematics" not in kept
    assert without_institutions("Research and development of a payments API") \
        == "Research and development of a payments API"
    assert "ECONOMICS" not in without_institutions("MOSCOW STATE UNIVERSITY OF ECONOMICS, STATISTICS")


RESUME = """Dana Levi
Store Floor Manager

EXPERIENCE
Store Floor Manager, The Rodrup House | 2016 - 2017
Moscow National Research University of Higher School of Economics
Assisted customers on the floor
"""

POSTING = """PhD researcher
Requirements
- Experience in economics
- Candidates must be able to plan and carry out independent research including field work
"""


def test_a_school_s_name_in_the_work_lines_shows_neither_its_subject_nor_research() -> None:
    report = match_documents(document_from_text(RESUME, "resume.txt"), document_from_text(POSTING, "posting.txt"),
                             today=date(2026, 12, 1))
    by_text = {m.requirement.text: m for m in report.requirements}
    economics = by_text["Experience in economics"]
    assert economics.status == "gap" and not economics.evidence
    research = next(m for text, m in by_text.items() if "independent research" in text)
    assert not any(e.line == 6 for e in research.evidence)

"""What a requirement's degree and years ask, read so that the fit does not count what the resume lacks."""

from __future__ import annotations

from datetime import date

from afterword.analysis.matching import match_documents
from afterword.analysis.requirements import stated_years
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)


def status_of(resume: str, requirement: str) -> tuple[str, str]:
    report = match_documents(document_from_text(resume, "resume.md"),
                             document_from_text(f"Analyst at Brightline\n## Requirements\n- {requirement}\n", "p.md"),
                             today=TODAY)
    match = report.requirements[0]
    return match.status, match.note


def test_a_degree_at_the_level_asked_in_a_field_not_named_is_shown_only_in_part() -> None:
    nurse = "Maria Lopez\nEDUCATION\nBachelor of Science in Nursing, State University, 2013\n"
    status, note = status_of(nurse, "Bachelor's degree in Physics, Chemistry or a related field")
    assert status == "partial" and "another field" in note and "Nursing" in note
    # the field named, or no field asked, is the degree shown
    assert status_of(nurse, "Bachelor's degree in Nursing")[0] == "strong"
    assert status_of(nurse, "A bachelor's degree is required")[0] == "strong"
    assert status_of(nurse, "Bachelor of Science degree")[0] == "strong"


def test_years_written_as_or_more_are_the_years_asked() -> None:
    assert stated_years("3 or more years of warehouse experience, including at least 2 years leading a team") == 3
    assert stated_years("5 or more years of nursing") == 5


def test_a_window_of_time_or_an_age_is_no_years_of_experience() -> None:
    assert stated_years("Clean MVR: no more than 2 moving violations in the past 3 years") is None
    assert stated_years("Must be at least 23 years old") is None
    assert stated_years("At least 2 years of driving; no accidents in the last 3 years") == 2
    assert stated_years("Candidates will be appointed for a period of six years, with the prospect of tenure") is None

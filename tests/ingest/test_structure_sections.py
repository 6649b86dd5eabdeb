"""Section headings as real resumes write them: capitals, Word heading styles, table cells, no colon, trailing
decoration, two headings run together by a two-column layout, and no headings at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.ingest import document_from_text, read_document
from afterword.ingest.structure import section_name
from tests.conftest import make_docx


def sections_of(text: str) -> dict[str, str]:
    return {line.text: line.section for line in document_from_text(text).lines}


@pytest.mark.parametrize("heading", [
    "EDUCATION", "Education", "Professional Experience", "WORK EXPERIENCE:", "Work history", "Employment History",
    "EXPERIENCE ———", "—— Experience ——", "E X P E R I E N C E", "Experience |", "WORKING EXPERIENCE",
    "Relevant Work Experience", "Clinical Experience", "Web Dev Positions", "WORK EXPIRIENCE",
])
def test_a_heading_line_starts_its_section(heading: str) -> None:
    expected = "Education" if "duc" in heading.lower() else "Experience"
    found = sections_of(f"Dana Levi\n{heading}\nStaff Nurse, Mercy Hospital\n")
    assert found["Staff Nurse, Mercy Hospital"] == expected


@pytest.mark.parametrize("line", [
    "Training Coordinator", "EDUCATION COORDINATOR", "Education Manager", "Director of Education",
    "Community Nurse", "Sber Technologies", "Managed projects", "Strong PostgreSQL skills",
    "Excellent Communication Skills", "Senior Java Developer",
])
def test_a_job_title_or_an_item_is_not_a_heading(line: str) -> None:
    found = sections_of(f"WORK EXPERIENCE\nShift Lead, Bay Cafe\n{line}\nServed 200 covers a night\n")
    assert found["Served 200 covers a night"] == "Experience", line


def test_side_column_headings_and_two_headings_on_one_line() -> None:
    found = sections_of("Maya Cohen\nEXPERIENCE SKILLS\nSous Chef, Olive Tree\nKnife work\n"
                        "Other projects\nPop-up dinners\nEDUCATION SKILLS\nCulinary Institute, 2012\n")
    assert found["Sous Chef, Olive Tree"] == "Experience"
    assert found["Pop-up dinners"] == "Projects"
    assert found["Culinary Institute, 2012"] == "Education"


def test_summary_and_contact_headings() -> None:
    found = sections_of("Experience Summary\nTen years of site work\nContact\n+1 555 0100\n"
                        "Hard Skills:\nConduit bending\n")
    assert found["Ten years of site work"] == "Summary"
    assert found["+1 555 0100"] == "Header"
    assert found["Conduit bending"] == "Skills"


def test_no_headings_at_all() -> None:
    doc = document_from_text("Ruth Adler\nBookkeeper, Adler & Sons, 2015 - 2020\nReconciled 40 accounts\n")
    assert {line.section for line in doc.lines} == {"Header"}


def test_word_heading_styles_and_headings_in_tables(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(make_docx(
        [("Omar Haddad", "Title"), ("Experience", "Heading 1"), ("Electrician, Volt Works | 2016 – now", None),
         ("Wired 30 homes a year", "List Bullet")],
        table=[["EDUCATION"], ["City & Guilds Level 3 Electrical Installation, 2015"]]))
    doc = read_document(str(path))
    found = {line.text: line.section for line in doc.lines}
    assert found["Wired 30 homes a year"] == "Experience"
    assert found["City & Guilds Level 3 Electrical Installation, 2015"] == "Education"


def test_posting_headings_keep_working() -> None:
    assert section_name("What you'll do") == "Responsibilities"
    assert section_name("Nice to have") == "Nice to have"
    assert section_name("About Lumen") == "About the company"
    assert section_name("Training Coordinator", strict=True) is None
    assert section_name("Education Coordinator") is None
    assert section_name("Experience Summary") == "Summary"


def test_long_lines_are_read_quickly() -> None:
    import time

    start = time.monotonic()
    for text in ("1" * 1_000_000, " " * 1_000_000 + "x", "EXPERIENCE " * 100_000):
        document_from_text(text)
    assert time.monotonic() - start < 3


def test_contact_only_as_a_whole_heading() -> None:
    assert section_name("Contact details") == "Header"
    assert section_name("<CONTACT>") is None
    assert section_name("CONTACT INFO: SKILLS:") == "Skills"
    assert sections_of("About <Acme>\nWe build boats\n")["We build boats"] == "About the company"


@pytest.mark.parametrize("heading", ["PROFESSIONAL SUMMARY EDUCATION WORK EXPERIENCE", "CONTACT: SKILLS:",
                                     "EXPERIENCE LANGUAGES"])
def test_headings_side_by_side_warn_that_columns_were_run_together(heading: str) -> None:
    doc = document_from_text(f"Lena Park\n{heading}\nLine cook with 6 years Kosher cooking 2015 - 2021\n")
    assert len(doc.warnings) == 1
    assert "line 2" in doc.warnings[0] and "one-column" in doc.warnings[0]


@pytest.mark.parametrize("heading", ["WORK EXPERIENCE", "SKILLS AND EXPERIENCE", "EDUCATION AND TRAINING",
                                     "Experience Summary", "PROFESSIONAL EXPERIENCE", "TECHNICAL SKILLS",
                                     "SUMMARY OF QUALIFICATIONS"])
def test_one_heading_of_several_words_is_no_warning(heading: str) -> None:
    assert document_from_text(f"Lena Park\n{heading}\nLine cook, Bay Cafe, 2015 - 2021\n").warnings == ()

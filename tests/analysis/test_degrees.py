from __future__ import annotations

import time

import pytest

from afterword.analysis.degrees import (
    LEVELS,
    degrees_in,
    highest_degree,
    level_rank,
    meets,
    required_degree,
    resume_degrees,
    said_as,
)
from afterword.ingest import document_from_text


@pytest.mark.parametrize(("text", "level", "subject"), [
    ("PhD in Chemistry", "doctorate", "Chemistry"), ("Ph.D., Physics", "doctorate", "Physics"),
    ("DPhil", "doctorate", ""), ("MSc in Computer Science", "master's", "Computer Science"),
    ("M.Sc. Data Science", "master's", "Data Science"), ("MS in Statistics", "master's", "Statistics"),
    ("M.S. Biology", "master's", "Biology"), ("MA English Literature", "master's", "English Literature"),
    ("MBA (Finance)", "master's", "Finance"), ("MEng Civil Engineering", "master's", "Civil Engineering"),
    ("M.Tech Electronics", "master's", "Electronics"),
    ("Master of Science in Nursing, Oak University, 2014", "master's", "Nursing"),
    ("Computer Science Master Degree", "master's", "Computer Science"),
    ("BSc Nursing", "bachelor's", "Nursing"), ("B.Sc. in Physics", "bachelor's", "Physics"),
    ("BS Computer Science", "bachelor's", "Computer Science"), ("B.S. in Biology, 2015", "bachelor's", "Biology"),
    ("BA (Hons) Accounting", "bachelor's", "Accounting"), ("B.A. History", "bachelor's", "History"),
    ("B.E. Mechanical", "bachelor's", "Mechanical"), ("B.Eng Electrical", "bachelor's", "Electrical"),
    ("B.Tech Computer Science", "bachelor's", "Computer Science"), ("BBA", "bachelor's", ""),
    ("BCom Finance", "bachelor's", "Finance"), ("LLB Law", "bachelor's", "Law"),
    ("Bachelor of Engineering", "bachelor's", "Engineering"),
    ("Associate of Applied Science in Culinary Arts", "associate", "Culinary Arts"),
    ("Associate degree in Nursing", "associate", "Nursing"),
    ("A.A.S. Culinary Arts, 2019", "associate", "Culinary Arts"),
    ("Diploma in Hospitality Management", "diploma/certificate", "Hospitality Management"),
    ("Certificate in Food Hygiene", "diploma/certificate", "Food Hygiene"),
    ("High School Diploma, 2010", "high school", ""), ("GED", "high school", ""),
    ("A-levels: Maths, Physics, Chemistry", "high school", "Maths"),
    # two columns read as one line: the company beside the degree is no subject
    ("Master degree of Computer Halvard Systems Inc.", "master's", ""),
])
def test_resume_degree_forms(text: str, level: str, subject: str) -> None:
    found = degrees_in(text)
    assert [(lv, sub) for lv, sub, _, _ in found][:1] == [(level, subject)], text


@pytest.mark.parametrize("text", [
    "High degree of personal responsibility", "360 degree feedback", "Worked with a degree of autonomy",
    "221 Main St, Boston, MA 02115", "Cambridge, MA", "that pitch was BS", "Scrum Master for two teams",
    "Helped new hires master the tools", "MS Office, MS Excel, MS SQL", "Nikon #1 MS, promotions", "60 mph",
    "Fine-tuned an LLM", "Implemented MFA", "Li Meng, engineer", "Student (no diploma)",
])
def test_not_degrees(text: str) -> None:
    assert degrees_in(text) == [], text


def test_resume_degrees_carry_level_subject_and_line() -> None:
    resume = document_from_text("Dana Levi\nEDUCATION\nB.E. Mechanical, Technion, 2012\n"
                                "MSc in Computer Science, 2015\nLincoln High School, 2008\n")
    found = [(d.level, d.subject, d.line) for d in resume_degrees(resume)]
    assert found == [("bachelor's", "Mechanical", 3), ("master's", "Computer Science", 4), ("high school", "", 5)]
    assert highest_degree(resume) == "master's"


@pytest.mark.parametrize(("text", "asked"), [
    ("Bachelor's or Master's degree in Computer Science", "bachelor's"),
    ("BS/MS in Computer Science or related field", "bachelor's"), ("PhD in Physics required", "doctorate"),
    ("Master's preferred; Bachelor's required", "bachelor's"), ("MBA a plus", "master's"),
    ("Associate degree in Nursing (ADN) or BSN", "associate"), ("High school diploma or GED", "high school"),
    ("A degree in a related field", "degree"), ("Culinary degree", "degree"), ("University degree", "degree"),
    ("No degree required", None), ("360 degree reviews every quarter", None),
    ("A high degree of autonomy", None), ("5 years of Python", None), ("Scrum Master certification", None),
])
def test_posting_minimum_degree(text: str, asked: str | None) -> None:
    assert required_degree(text) == asked


def test_level_ordering() -> None:
    assert [level_rank(level) for level in LEVELS] == [0, 1, 2, 3, 4, 5]
    assert meets("master's", "bachelor's") and not meets("associate", "bachelor's")
    assert meets("bachelor's", "degree") and not meets("high school", "degree") and not meets(None, "degree")
    assert meets(None, None)


@pytest.mark.parametrize("text", ["1" * 1_000_000, " " * 1_000_000])
def test_long_lines_are_quick(text: str) -> None:
    start = time.monotonic()
    degrees_in(text)
    required_degree(text)
    assert time.monotonic() - start < 1


def test_a_doctorate_the_posting_offers_is_not_asked_of_the_candidate() -> None:
    assert required_degree("The Center for Protein Research is offering one PhD stipend in proteomics") is None
    assert required_degree("A fully funded 3-year PhD studentship in ecology") is None
    assert required_degree("Applicants must hold a PhD in ecology") == "doctorate"
    assert required_degree("The scholarships for the PhD degree are subject to academic approval") is None
    assert required_degree("It is a prerequisite that the candidate is enrolled as a PhD student") is None
    assert required_degree("A master degree in biology is required for the position") == "master's"


def test_a_specialist_degree_under_education_is_read_at_master_s_level_and_a_job_title_is_not() -> None:
    assert degrees_in("Specialist of Science in Applied Mathematics", education=True)[0][:2] == \
        ("master's", "Applied Mathematics")
    assert degrees_in("Specialist in Payroll and Benefits", education=False) == []


def test_a_tool_of_the_other_column_is_no_part_of_a_degree_s_subject() -> None:
    assert degrees_in("Master degree in Computer Science redux", education=True)[0][1] == "Computer Science"
    assert degrees_in("Master of Arts in English literature", education=True)[0][1] == "English literature"


def test_a_degree_the_entry_says_was_never_awarded_is_not_held() -> None:
    resume = document_from_text(
        "Education\n"
        "2015 - 2016 Student (no diploma), Riverside School of Social Sciences, MSc programme in Public History.\n"
        "2009 - 2012 BSc in Geography, Northfield University\n"
        "2013 Certificate in Project Management; PhD in Geography (not completed)\n")
    held = [(m.level, m.subject) for m in resume_degrees(resume)]
    assert held == [("bachelor's", "Geography"), ("diploma/certificate", "Project Management")]
    assert highest_degree(resume) == "bachelor's"


def test_a_specialist_degree_with_a_remark_keeps_its_subject_and_stops_at_the_sentence_end() -> None:
    named = degrees_in("2000 - 2005 Specialist (M.Sc. analogue) in Economics and Management. Ryazan State "
                       "University (Russia).", education=True)
    assert [(level, subject) for level, subject, _, _ in named] == [("master's", "Economics and Management")]
    assert said_as("master's", "Specialist (M.Sc. analogue)") == "Specialist degree"
    assert said_as("master's", "Specialist degree") == "Specialist degree"

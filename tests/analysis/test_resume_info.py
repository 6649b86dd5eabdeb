from __future__ import annotations

import json
from datetime import date

import pytest

from afterword.analysis.matching import match_documents
from afterword.analysis.resume_date import counted_to
from afterword.analysis.resume_info import resume_info, to_dict
from afterword.ingest import document_from_text

RESUME = """Priya Nair
Registered Nurse
WORK EXPERIENCE
Charge Nurse, St. Mary's Hospital | 03/2019 – present
- Led a team of 12 nurses
Staff Nurse
Riverside Clinic | 2015 - 2019
2014 Nursing Assistant, Hill Care Home
EDUCATION
BSc Nursing, Oak University, 2011 – 2014
"""


def test_resume_info_reads_jobs_degrees_and_years() -> None:
    info = resume_info(document_from_text(RESUME), today=date(2024, 6, 30))
    data = to_dict(info)
    assert set(data) == {"jobs", "degrees", "years"}
    assert data["jobs"] == [
        {"title": "Charge Nurse", "employer": "St. Mary's Hospital", "start": "2019-03", "end": "present", "line": 4,
         "study": False},
        {"title": "Staff Nurse", "employer": "Riverside Clinic", "start": "2015", "end": "2019", "line": 6,
         "study": False},
        {"title": "Nursing Assistant", "employer": "Hill Care Home", "start": "2014", "end": None, "line": 8,
         "study": False},
    ]
    assert data["degrees"] == [{"level": "bachelor's", "subject": "Nursing", "line": 10}]
    assert data["years"] == 10.0  # "2015 - 2019" counts from mid-2015 to mid-2019
    assert json.loads(json.dumps(data)) == data


def test_a_resume_with_nothing_dated() -> None:
    data = to_dict(resume_info(document_from_text("Sam\nSKILLS\nWelding\n"), today=date(2024, 1, 1)))
    assert data == {"jobs": [], "degrees": [], "years": 0.0}


@pytest.mark.parametrize("header, dates", [
    ("Updated: 20/06/2022", "Oct 2021 - Present"),
    ("", "October 2021 - Present (8 months)"),
])
def test_an_old_resume_counts_its_ongoing_job_to_the_day_it_was_written(header: str, dates: str) -> None:
    resume = document_from_text(f"Ilya Brant\n{header}\nEXPERIENCE\nFull-stack Developer, Ozmart\n{dates}\n- Built the "
                                "checkout\nFrontend Engineer, Bluewave\nAugust 2019 - October 2021\n- Built the shop\n",
                                "resume.txt")
    posting = document_from_text("Frontend Developer\n## Requirements\n- At least 5 years of experience\n", "p.md")
    report = match_documents(resume, posting, today=date(2026, 12, 3))
    assert 2.5 <= report.resume_years <= 3.1
    assert any("dates itself to June 2022" in w for w in report.warnings)
    assert report.requirements[0].status == "gap"
    fresh = match_documents(resume, posting, today=date(2022, 7, 15))
    assert not any("dates itself" in w for w in fresh.warnings)


def test_a_side_column_run_into_a_job_leaves_its_title_and_employer_readable() -> None:
    # a two-column CV flattened: the skills column's words sit between the job's lines and on its employer's line
    resume = document_from_text(
        "Rina Cohen\nBackend Developer\nExperience Skills\nGolang Developer\nGolang, Java, Python, Harbin Systems\n"
        "C++\nNov 2021 - Present\nBuilt the booking service in Go for 40 clinics\n")
    data = to_dict(resume_info(resume, today=date(2024, 6, 30)))
    assert data["jobs"][0] | {"line": 0} == {"title": "Golang Developer", "employer": "Harbin Systems",
                                              "start": "2021-11", "end": "present", "line": 0,
                                              "study": False}


def test_a_summary_s_own_years_outweigh_an_ongoing_job_counted_to_a_much_later_today() -> None:
    resume = document_from_text(
        "Ilan Sharif\nSUMMARY\n2 years of web application development experience.\nWORK EXPERIENCE\n"
        "Python Developer (Aug. 2021 to present)\nClaymore Games\nPython Developer (Sep. 2020 - Aug. 2021)\n"
        "Tallow Socks\n")
    today = date(2026, 12, 1)
    info = resume_info(resume, today=today)
    assert info.years == 2.1  # to September 2022, the two years it says (never a figure of its own), not 6.3
    _, warning = counted_to(resume, info.jobs, today)
    assert warning is not None and "says 2 years of experience (line 3)" in warning
    assert resume_info(resume, today=date(2023, 1, 1)).years == 2.4  # read when it was written: its own dates
    six = document_from_text(resume.text.replace("2 years of", "6 years of"))
    assert resume_info(six, today=today).years == 6.3  # the dates agree with what it says: counted to today

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from afterword.analysis.experience import find_dates, find_jobs, find_range, without_range, years_in
from afterword.analysis.resume_info import resume_info
from afterword.ingest import document_from_text, read_document
from tests.conftest import make_docx

TODAY = date(2024, 12, 31)


def test_date_range_forms() -> None:
    assert find_range("Engineer | Mar 2021 – Present") == ((2021, 3), None)
    assert find_range("2018 - 2020") == ((2018, 1), (2020, 12))
    assert find_range("06/2017 – 02/2021") == ((2017, 6), (2021, 2))
    assert find_range("September 2019 to now") == ((2019, 9), None)
    assert find_range("B.S. in Biology, 2015") is None
    assert find_range("2021 - 2019") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("01/2019 – present", ((2019, 1), None)),
    ("2015-Present", ((2015, 1), None)),
    ("Jan 2019 to Dec 2020", ((2019, 1), (2020, 12))),
    ("2018 - 2019", ((2018, 1), (2019, 12))),
    ("2018-19", ((2018, 1), (2019, 12))),
    ("since 2017", ((2017, 1), None)),
    ("2019–now", ((2019, 1), None)),
    ("03.2016 - 11.2018", ((2016, 3), (2018, 11))),
    ("2016/03 - 2018/11", ((2016, 3), (2018, 11))),
    ("Sep. 2015 – Aug. 2017", ((2015, 9), (2017, 8))),
    ("2017 – current", ((2017, 1), None)),
    ("2018 | 2019 | Line cook | Harbor Grill", ((2018, 1), (2019, 12))),
    ("March 2020 - Till date", ((2020, 3), None)),
    ("2014 to date", ((2014, 1), None)),
    ("Today: 2021 – Today", ((2021, 1), None)),
    ("01.03.2016 – 30.11.2018", ((2016, 3), (2018, 11))),
    ("Apr. 2021 Aug. 2021", ((2021, 4), (2021, 8))),  # the dash lost in a copy
    ("2004/ 2013", ((2004, 1), (2013, 12))),
    ("Team Lead 2013/---", ((2013, 1), None)),
    ("Mar 2017Aug 2018", ((2017, 3), (2018, 8))),
    ("Spring 2019 – Fall 2020", ((2019, 3), (2020, 9))),
])
def test_every_common_form(text: str, expected: tuple) -> None:
    assert find_range(text) == expected


@pytest.mark.parametrize("text", [
    "Call +1 (555) 201-9202", "Angular 2+, Python 3.11, C++ 17", "Born 16/03/1992", "Served 2019 customers",
    "Up to 1000 users", "ISO 9001 - 2015 audit lead",
])
def test_not_date_ranges(text: str) -> None:
    assert find_range(text) is None or text.startswith("ISO")  # ISO 9001:2015 style is ambiguous at worst


def test_without_range_keeps_the_rest() -> None:
    assert without_range("2021 – Present | Senior Designer | Fernway").strip() == "| Senior Designer | Fernway"


def test_years_count_overlaps_once() -> None:
    resume = document_from_text(
        "## Experience\nNurse, City Hospital | Jan 2015 – Dec 2019\n- Cared for patients\n"
        "Volunteer nurse | Jan 2018 – Dec 2018\nCharge Nurse, Bay Clinic | Jan 2020 – Present\n- Led a ward\n")
    jobs = find_jobs(resume)
    assert len(jobs) == 3
    assert jobs[0].lines == (2, 3)
    assert years_in(jobs, date(2024, 12, 31)) == 10.0


def names(jobs) -> list[tuple[str, str, str, str | None]]:  # noqa: ANN001
    return [(job.title, job.employer, job.start_text, job.end_text) for job in jobs]


def test_nurse_title_line_above_the_dates_and_education_dates_are_not_jobs() -> None:
    resume = document_from_text(
        "Hannah Brooks, RN\nPROFESSIONAL EXPERIENCE\nCharge Nurse\nSt. Mary's Hospital | 2019 - Present\n"
        "- Led a team of 12 nurses on a 30-bed ward\nStaff Nurse\nRiverside Clinic | 2015 - 2019\n"
        "- Triaged 40 patients a shift\nEDUCATION\nBachelor of Science in Nursing, Oak University, 2011 - 2015\n")
    jobs = find_jobs(resume)
    assert names(jobs) == [("Charge Nurse", "St. Mary's Hospital", "2019", "present"),
                           ("Staff Nurse", "Riverside Clinic", "2015", "2019")]
    assert jobs[0].title_line == 3 and jobs[0].dates_line == 4 and jobs[0].lines == (3, 4, 5)
    assert years_in(jobs, TODAY) == 9.5  # "2015 - 2019": mid-2015 to mid-2019


def test_developer_forms_on_the_job_line() -> None:
    resume = document_from_text(
        "# Lev Orlov\n## Work Experience\nBackend Developer at Quillstack, Haifa, Israel (01/2021 – present)\n"
        "- Cut p99 latency by 40%\nNorthwind Labs, Berlin — Software Engineer — 2018-19\n"
        "Junior Developer | Acme Corp | Sep. 2016 – Aug. 2018\n## Education\nMSc Computer Science, 2014 – 2016\n")
    jobs = find_jobs(resume)
    assert [(j.title, j.employer, j.place) for j in jobs] == [
        ("Backend Developer", "Quillstack", "Haifa, Israel"), ("Software Engineer", "Northwind Labs", "Berlin"),
        ("Junior Developer", "Acme Corp", "")]
    assert [(j.start_text, j.end_text) for j in jobs] == [("2021-01", "present"), ("2018", "2019"),
                                                          ("2016-09", "2018-08")]


def test_chef_dates_below_the_title_and_a_single_year_bounded_by_the_next_job() -> None:
    resume = document_from_text(
        "MARCO BIANCHI\nEXPERIENCE\nHead Chef, Lupa Trattoria\nMarch 2021 – Today\n- Ran a kitchen of 9\n"
        "2018 Sous Chef, Harbor Grill\n- Cut food cost from 34% to 28%\nLine Cook, Bay Diner\n2015 – 2017\n")
    jobs = find_jobs(resume)
    assert names(jobs) == [("Head Chef", "Lupa Trattoria", "2021-03", "present"),
                           ("Sous Chef", "Harbor Grill", "2018", None), ("Line Cook", "Bay Diner", "2015", "2017")]
    assert jobs[1].start == (2018, 1) and jobs[1].end == (2021, 2)  # up to the next job's start
    assert years_in(jobs, date(2024, 12, 31)) == 9.0  # "2015 – 2017": two years


def test_accountant_with_no_headings() -> None:
    resume = document_from_text(
        "Ruth Adler\nruth@example.com\nSenior Accountant, Adler & Sons, Leeds — 2017 – now\n"
        "Ran payroll for 600 employees\nAccounts Assistant, Mill Lane Ltd — 2014 – 2017\n"
        "BA (Hons) Accounting, University of Leeds, 2010 – 2014\n")
    jobs = find_jobs(resume)
    assert names(jobs) == [("Senior Accountant", "Adler & Sons", "2017", "present"),
                           ("Accounts Assistant", "Mill Lane Ltd", "2014", "2017")]


def test_electrician_table_of_jobs_with_a_dates_column(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(make_docx(
        [("Omar Haddad", "Title"), ("Employment", "Heading 1")],
        table=[["2019", "2024", "Electrician", "Volt Works"], ["2016", "2019", "Apprentice Electrician", "Spark & Co"],
               ["2012", "2016", "Trade school", "City College"]]))
    jobs = find_jobs(read_document(str(path)))
    assert names(jobs)[:2] == [("Electrician", "Volt Works", "2019", "2024"),
                               ("Apprentice Electrician", "Spark & Co", "2016", "2019")]


def test_teacher_two_column_table_cv(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(make_docx(
        [("Grace Okafor", "Title")],
        table=[["WORK EXPERIENCE", "Maths Teacher, Hillside Academy, 2020 – present"],
               ["", "Teaching Assistant, Brook Primary School, 2017 – 2020"],
               ["EDUCATION", "PGCE Secondary Mathematics, 2016 – 2017"]]))
    doc = read_document(str(path))
    jobs = find_jobs(doc)
    assert [(j.title, j.employer) for j in jobs] == [("Maths Teacher", "Hillside Academy"),
                                                     ("Teaching Assistant", "Brook Primary School")]
    assert years_in(jobs, TODAY) == 7.5  # "2017 - 2020": mid-year to mid-year


def test_no_experience_heading_reads_jobs_outside_education() -> None:
    resume = document_from_text(
        "Ana Lima\nProjects\nJoint Stock Bank\nSeptember 2019 Senior Analyst currently working\n"
        "Ledger Co\nAugust 2012 Systems Analyst\nSeptember 2019\nEducation\nState University, 2008 - 2012\n")
    jobs = find_jobs(resume)
    assert names(jobs) == [("Senior Analyst", "Joint Stock Bank", "2019-09", "present"),
                           ("Systems Analyst", "Ledger Co", "2012-08", "2019-09")]


def test_year_less_end_month_and_lost_dashes() -> None:
    resume = document_from_text("WORKING EXPERIENCE\nJun 2019Oct Front-end Developer\nSep 2018Jun Web Developer\n")
    jobs = find_jobs(resume)
    assert [(j.start, j.end, j.end_text) for j in jobs] == [((2019, 6), (2019, 10), None),
                                                            ((2018, 9), (2019, 6), None)]


def test_unsure_names_stay_empty() -> None:
    resume = document_from_text(
        "Experience\nI built things and worked with many teams and Jan 2019 – Dec 2020\n"
        "Description: payments platform (Jan 2021 – present)\n")
    assert [(j.title, j.employer) for j in find_jobs(resume)] == [("", ""), ("", "")]


def test_dates_never_leak_into_names() -> None:
    jobs = find_jobs(document_from_text("Experience\nQA Engineer 2012 - 2014 Tester, Kontur August 2015 - May 2016\n"))
    assert all(not any(ch.isdigit() for ch in job.employer + job.title) for job in jobs)


def test_ongoing_job_counts_to_today_and_future_ends_are_cut() -> None:
    jobs = find_jobs(document_from_text("Experience\nWelder, Dock Yard | 2022 - 2030\n"))
    assert years_in(jobs, date(2023, 12, 31)) == 1.5  # from mid-2022


@pytest.mark.parametrize("text", ["1" * 1_000_000, " " * 1_000_000 + "x"])
def test_a_megabyte_of_digits_or_spaces_is_read_in_well_under_a_second(text: str) -> None:
    document = document_from_text("Experience\n" + text + "\n")
    start = time.monotonic()
    find_dates(text + " ")
    find_jobs(document)
    assert time.monotonic() - start < 0.5


@pytest.mark.parametrize("unit", ["2019 ", "Jan ", "2018 - 2019 Nurse, Acme ", "(2019 – "])
def test_dense_lines_take_linear_time(unit: str) -> None:
    def seconds(count: int) -> float:
        text = unit * count
        start = time.monotonic()
        find_dates(text)
        find_jobs(document_from_text("Experience\n" + text + "\n"))
        return time.monotonic() - start

    small, large = seconds(2_000), seconds(16_000)
    assert large < 20 * max(small, 0.01), (small, large)  # 8 times the text, far less than 64 times the time


def test_names_from_the_lines_around_a_dates_only_line() -> None:
    resume = document_from_text(
        "Experience\nACCOUNTANT\nBrightLedger Ltd., London\n2017 - 2019\n- Closed the books monthly\n"
        "Embedded software engineer\n2015 2017\n- Wrote CAN bus drivers\n")
    jobs = find_jobs(resume)
    assert [(j.title, j.employer, j.place, j.title_line) for j in jobs] == [
        ("ACCOUNTANT", "BrightLedger Ltd.", "London", 2), ("Embedded software engineer", "", "", 6)]


def test_places_in_brackets_and_stray_marks() -> None:
    resume = document_from_text(
        "Experience\n: JAVA BACK-END developer at Kestrel LTD (Israel), 2019 - 2021\n"
        "Brightwave (Haifa, Israel) Backend Developer 2016 - 2019\n")
    assert [(j.title, j.employer, j.place) for j in find_jobs(resume)] == [
        ("JAVA BACK-END developer", "Kestrel LTD", "Israel"), ("Backend Developer", "Brightwave", "Haifa, Israel")]


def test_export_and_form_layouts() -> None:
    linked = document_from_text(
        "Experience\nNorthwind Traders\nWarehouse Supervisor\nMarch 2019 - Present (5 years 2 months)\n"
        "Ran a team of 14 pickers\nNorthwind Traders\nStocker\nJune 2016 - March 2019 (2 years 10 months)\n")
    assert [(j.title, j.employer, j.title_line, j.lines) for j in find_jobs(linked)] == [
        ("Warehouse Supervisor", "Northwind Traders", 2, (2, 3, 4, 5)), ("Stocker", "Northwind Traders", 6, (6, 7, 8))]
    europass = document_from_text(
        "Work experience\nDates 2015 – 2019\nOccupation or position held Staff Nurse\n"
        "Name and address of employer St James Hospital, Dublin\n")
    assert [(j.title, j.employer) for j in find_jobs(europass)] == [("Staff Nurse", "St James Hospital")]
    grouped = document_from_text(
        "PROFESSIONAL EXPERIENCE\nACME CORP, New York, NY\nSenior Accountant, 2018–Present\nWrote reports\n"
        "Staff Accountant, 2015–2018\n")
    assert [(j.title, j.employer, j.place) for j in find_jobs(grouped)] == [
        ("Senior Accountant", "ACME CORP", "New York, NY"), ("Staff Accountant", "", "")]


def test_a_job_titled_by_its_own_heading_takes_title_and_employer_from_it() -> None:
    from afterword.analysis.experience import find_jobs

    resume = document_from_text(
        "Linh Tran\n## Work Experience\n### Warehouse Shift Supervisor — Cascade Fulfillment\n"
        "Reno, NV · Oct 2019 – Present\n- Supervise a night shift of 24 associates\n"
        "### Forklift Operator — Sierra Parts Supply\nSparks, NV · 06/2015 – 12/2017\n- Moved freight\n",
        "resume.md")
    jobs = find_jobs(resume)
    assert [(job.title, job.employer) for job in jobs] == [("Warehouse Shift Supervisor", "Cascade Fulfillment"),
                                                           ("Forklift Operator", "Sierra Parts Supply")]
    assert jobs[0].place == "Reno, NV"


def test_a_labelled_title_under_the_dates_is_that_job_s_not_the_next_one_s() -> None:
    resume = document_from_text("Oren Baskin\nEMPLOYMENT HISTORY\n2022 - 2023 Northgate Coding School\n"
                                "Role: Python Developer student.\n2012 - 2022 Dalton Motors\nRole: Showroom manager.\n"
                                "Grew used-car sales by 30% in two years.\n", "resume.txt")
    titles = {job.employer: job.title for job in find_jobs(resume)}
    assert titles == {"Northgate Coding School": "Python Developer", "Dalton Motors": "Showroom manager"}


def test_a_course_listed_among_the_jobs_is_shown_but_not_counted_as_work() -> None:
    resume = document_from_text("""Employment History
2018 - Tel-Ran Educational Center
Role: Java Developer student.
Design and development of Java applications.
2018 Flexitech AVIA Israel
Role: Production manager.
2009 2016 Subaru Russia
Role: Car dealership director.
""", "resume.txt")
    info = resume_info(resume, today=date(2026, 12, 1))
    assert [job.employer for job in info.jobs][:1] == ["Tel-Ran Educational Center"]
    assert info.jobs[0].study and not any(job.study for job in info.jobs[1:])
    assert info.years == 8.0  # 2009-2016 and 2018, not eight more years of a course "to present"


def test_a_summer_internship_dated_by_its_year_counts_a_summer_not_the_year() -> None:
    resume = document_from_text("""Experience
2020 Internship, Service Engineer, Orbel Financial Software, Russia
Optimised Java code with Spring Boot
2019 Summer internship as Java Developer at Eltra, a network equipment maker
Developed software for a router system
""", "resume.txt")
    info = resume_info(resume, today=date(2026, 12, 1))
    assert info.years == 1.2  # 2020, and June to August 2019

from __future__ import annotations

from datetime import date

from afterword.analysis.experience import find_jobs, find_range, years_in
from afterword.ingest import document_from_text


def test_date_range_forms() -> None:
    assert find_range("Engineer | Mar 2021 – Present") == ((2021, 3), None)
    assert find_range("2018 - 2020") == ((2018, 1), (2020, 12))
    assert find_range("06/2017 – 02/2021") == ((2017, 6), (2021, 2))
    assert find_range("September 2019 to now") == ((2019, 9), None)
    assert find_range("B.S. in Biology, 2015") is None
    assert find_range("2021 - 2019") is None


def test_years_count_overlaps_once() -> None:
    resume = document_from_text(
        "## Experience\nNurse, City Hospital | Jan 2015 – Dec 2019\n- Cared for patients\n"
        "Volunteer nurse | Jan 2018 – Dec 2018\nCharge Nurse, Bay Clinic | Jan 2020 – Present\n- Led a ward\n")
    jobs = find_jobs(resume)
    assert len(jobs) == 3
    assert jobs[0].lines == (2, 3)
    assert years_in(jobs, date(2024, 12, 31)) == 10.0

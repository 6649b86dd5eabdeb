from __future__ import annotations

import json
from datetime import date

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
        {"title": "Charge Nurse", "employer": "St. Mary's Hospital", "start": "2019-03", "end": "present", "line": 4},
        {"title": "Staff Nurse", "employer": "Riverside Clinic", "start": "2015", "end": "2019", "line": 6},
        {"title": "Nursing Assistant", "employer": "Hill Care Home", "start": "2014", "end": None, "line": 8},
    ]
    assert data["degrees"] == [{"level": "bachelor's", "subject": "Nursing", "line": 10}]
    assert data["years"] == 10.5
    assert json.loads(json.dumps(data)) == data


def test_a_resume_with_nothing_dated() -> None:
    data = to_dict(resume_info(document_from_text("Sam\nSKILLS\nWelding\n"), today=date(2024, 1, 1)))
    assert data == {"jobs": [], "degrees": [], "years": 0.0}

"""A posting's application deadline: read in its common forms, given in the JSON, and a warning when a posting
is long past it (a job seeker who prepares from an old saved advert should check the job is still open)."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.analysis.matching import match_documents
from afterword.analysis.posting_deadline import application_deadline
from afterword.analysis.report import report_to_dict
from afterword.coach.card import build_card
from afterword.ingest import document_from_text

RESUME = document_from_text("Mira Olsen\nEXPERIENCE\nWarehouse Operative, Nordlager\n2018 - present\n- Picked and "
                            "packed 300 orders a day\nSKILLS\nForklift\n", "resume.txt")


@pytest.mark.parametrize("sentence, day", [
    ("Application deadline: October 13th 2019.", date(2019, 10, 13)),
    ("Closing date : 1st of May 2021", date(2021, 5, 1)),
    ("Please apply by 30 June 2025 through our site.", date(2025, 6, 30)),
    ("All applications must be made online and received by: 13/12/2018.", date(2018, 12, 13)),
    ("Applications close on Friday, 7 March 2025.", date(2025, 3, 7)),
    ("Deadline for applications: 2024-02-29", date(2024, 2, 29)),
    ("Deadline: March 2017", date(2017, 3, 31)),
    ("Applications are accepted until 03/04/2020.", date(2020, 4, 3)),  # 3 April or 4 March: the later
    ("Please submit your online application no later than 5 January 2020 (local time).", date(2020, 1, 5)),
])
def test_a_deadline_is_read_in_its_common_forms(sentence: str, day: date) -> None:
    posting = document_from_text(f"Warehouse Operative\nYou pick and pack orders.\n{sentence}\n", "p.txt")
    found = application_deadline(posting.lines)
    assert found is not None and found.day == day and found.line == 3


@pytest.mark.parametrize("sentence", [
    "Deadline January 10th, we invite for interviews as applications come in.",  # no year: any year
    "You deliver to tight deadlines in 2019 and beyond.",  # deadlines of the work, not of the application
    "Deadline for applications: as soon as possible.",
    "Deadline: 2023-02-30",  # no such day
])
def test_no_deadline_is_made_up(sentence: str) -> None:
    posting = document_from_text(f"Warehouse Operative\n{sentence}\n", "p.txt")
    assert application_deadline(posting.lines) is None


def _posting(deadline: str) -> str:
    return ("Warehouse Operative\nNordlager is hiring a warehouse operative. Requirements: forklift licence. "
            f"Application deadline: {deadline}. Send your CV to the hiring team.\n")


def test_a_posting_long_past_its_deadline_is_flagged_on_the_card_and_in_the_json() -> None:
    posting = document_from_text(_posting("11 June 2012"), "posting.txt")
    card = build_card(RESUME, posting, today=date(2026, 12, 4))
    stale = [w for w in card.warnings if "deadline" in w]
    assert stale == ["The posting's application deadline was 11 June 2012 (posting line 2), over 14 years ago: "
                     "check that the job is still open, or prepare from the current posting."]
    data = report_to_dict(match_documents(RESUME, posting, today=date(2026, 12, 4)))
    assert data["posting_info"]["deadline"] == "2012-06-11"


def test_an_interview_weeks_after_the_deadline_is_normal_and_not_flagged() -> None:
    posting = document_from_text(_posting("20 October 2026"), "posting.txt")
    report = match_documents(RESUME, posting, today=date(2026, 12, 4))
    assert not any("deadline" in w for w in report.warnings)
    assert report_to_dict(report)["posting_info"]["deadline"] == "2026-10-20"
    undated = match_documents(RESUME, document_from_text("Warehouse Operative\nForklift licence.\n", "p.txt"),
                              today=date(2026, 12, 4))
    assert report_to_dict(undated)["posting_info"]["deadline"] is None


def test_an_advert_posted_years_ago_with_no_deadline_is_flagged_by_its_date() -> None:
    text = "Frontend Developer\nAcme\nDate posted: 2021-03-07\nRequirements: React, TypeScript\n"
    report = match_documents(RESUME, document_from_text(text, "posting.txt"), today=date(2026, 12, 4))
    assert "The posting says it was posted on 2021-03-07 (posting line 3), over 5 years ago: check that the job is " \
           "still open, or prepare from the current posting." in report.warnings
    recent = match_documents(RESUME, document_from_text(text.replace("2021-03-07", "2026-10-01"), "posting.txt"),
                             today=date(2026, 12, 4))
    assert not any("posted on" in w for w in recent.warnings)

"""'Already answered' holds a fact only where a unit really states it: a place by its name or a location label, a
remote policy said of the work, a start date that is a time. A keyword in a sentence about something else (a
research topic, a product feature, a perk, the system the job works on) answers nothing."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.analysis.posting_units import posting_facts
from afterword.coach.card import build_card
from afterword.coach.render import answered_lines
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)
RESUME = document_from_text("EXPERIENCE\nData Analyst, Fenwick Ltd | 03/2019 - now\n"
                            "- Built weekly sales reports in SQL for 40 stores\n", "resume.txt")


def _answered(posting: str) -> dict[str, str]:
    """What the card's "Already answered" section shows: topic → the quoted text."""
    card = build_card(RESUME, document_from_text(posting, "posting.md"), today=TODAY)
    return {topic: text for topics, text in answered_lines(card) for topic in topics.split(", ")}


@pytest.mark.parametrize("posting", [
    # a research lab's list of topics
    "Postdoc in Robotics\nThe lab works on 1 Locomotion 2 Navigation 3 Soft-solid hybrid structures and 4 Sensing.\n"
    "## Requirements\n- A PhD in robotics\n",
    # a product feature in the company's story
    "Backend Developer at Medibook\nWe help patients book appointments and have remote medical consultations via "
    "video.\n## Requirements\n- 3 years of Python\n",
    # how candidates are interviewed, not how the job is worked
    "Data Engineer at Tallow\n## Requirements\n- SQL and Airflow\nAll interviewing and onboarding is remote.\n",
    # a duty done from afar for customers
    "IT Support Technician at Kestrel\n## Responsibilities\n- Provide remote support to customers\n"
    "## Requirements\n- Windows and networking\n",
])
def test_remote_or_hybrid_said_of_something_else_is_no_remote_policy(posting: str) -> None:
    assert "remote policy" not in _answered(posting)


@pytest.mark.parametrize(("posting", "stated"), [
    ("Staff Nurse at Elm Hospital\nThe role is hybrid, two days a week on the ward.\n## Requirements\n- RN licence\n",
     "The role is hybrid, two days a week on the ward."),
    ("Line Cook at Bistro Nine\nFull-time, in-person\n## Requirements\n- 2 years on the line\n",
     "Full-time, in-person"),
    ("Accountant at Pell & Co\n## Requirements\n- ACCA\nYou can work remotely two days a week.\n",
     "You can work remotely two days a week."),
])
def test_a_remote_policy_said_of_the_work_is_answered(posting: str, stated: str) -> None:
    assert _answered(posting)["remote policy"] == stated


@pytest.mark.parametrize("posting", [
    # a redacted place, then perks that mention an office location
    "Java Backend Engineer\nHeadquartered in <LOCATION>, we build banking software.\n## Requirements\n- Java\n"
    "## Benefits\n- E-bike fleet (depending on office location)\n- Employee events\n",
    "Warehouse Supervisor at Pinecrest\n## Requirements\n- Forklift licence\nThe job is based in <LOCATION> .\n",
    "Frontend Developer\n## Requirements\n- Vue\nThe position can be located in any of the locations .\n",
    "Research Assistant\n## Requirements\n- A master's degree\nWe offer a relocation service to international "
    "researchers.\n",
])
def test_a_sentence_that_names_no_place_is_no_location(posting: str) -> None:
    assert "location" not in _answered(posting)


def test_a_location_label_at_the_end_is_the_location_not_a_redacted_place_before_it() -> None:
    posting = ("Postdoc in Neural Control\n## Requirements\n- A PhD in robotics\n"
               "Our lab is based in <LOCATION> and collaborates widely.\n"
               "Campus: Odense Application deadline: 29/09/2027\n")
    assert _answered(posting)["location"] == "Odense"  # the label's value, without the deadline glued on


@pytest.mark.parametrize(("posting", "place"), [
    ("Electrician at Brightline\n## Requirements\n- 18th Edition\nThis job is based in Leeds.\n",
     "This job is based in Leeds."),
    ("Store Manager at Copper Kettle\n## Requirements\n- 3 years in retail\nYou will work in our Aurora store.\n",
     "You will work in our Aurora store."),
])
def test_a_named_place_is_the_location(posting: str, place: str) -> None:
    assert _answered(posting)["location"] == place


@pytest.mark.parametrize("posting", [
    # the system the job works on
    "Senior Fullstack Engineer\nIt manages all the processes in the warehouse starting from the inbound of the items.\n"
    "## Requirements\n- PHP and React\n",
    # the applicant is asked for their own date
    "Fitter at Norlake\n## Requirements\n- NVQ Level 3\nPlease state your possible starting date in your "
    "application.\n",
])
def test_starting_words_that_name_no_time_are_no_start_date(posting: str) -> None:
    assert "start date" not in _answered(posting)


@pytest.mark.parametrize(("posting", "stated"), [
    ("Teacher at Oakfield School\n## Requirements\n- QTS\nThe post starts in September 2027.\n",
     "The post starts in September 2027."),
    ("Engineering Manager\n## Requirements\n- 3 years leading engineers\nStart Date: as soon as possible\n",
     "… as soon as possible"),  # the value, its label dropped
])
def test_a_start_date_that_is_a_time_is_answered(posting: str, stated: str) -> None:
    assert _answered(posting)["start date"] == stated


def test_a_schedule_run_into_a_perk_list_is_quoted_alone() -> None:
    posting = document_from_text("Java Developer\n## Requirements\n- Java\nJob benefits: Flexible working hours Cool "
                                 "office in a modern area Home office days\n", "posting.md")
    schedule = next(fact for fact in posting_facts(posting) if fact.topic == "schedule")
    assert schedule.text == "Flexible working hours"


def test_a_labelled_schedule_keeps_its_whole_value() -> None:
    posting = document_from_text("Sous Chef\n## Requirements\n- 2 years on the line\n"
                                 "Schedule: Day shift Weekends as needed\n", "posting.md")
    schedule = next(fact for fact in posting_facts(posting) if fact.topic == "schedule")
    assert schedule.text == "Schedule: Day shift Weekends as needed"

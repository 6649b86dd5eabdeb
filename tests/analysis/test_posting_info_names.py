"""The job's name on the card: a title named as the post on offer ("a Postdoc position"), without the words that
describe the person wanted ("a highly competent Project Manager") or count the posts ("2-3 assistant professors")."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.analysis.posting_info import posting_info
from afterword.coach.card import build_card
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)
RESUME = document_from_text("EXPERIENCE\nSoftware Developer, Fenwick Ltd | 03/2019 - now\n"
                            "- Built booking services in Python for 2 million users\n", "resume.txt")


def _card(posting: str):  # noqa: ANN202
    return build_card(RESUME, document_from_text(posting, "posting.md"), today=TODAY)


@pytest.mark.parametrize(("posting", "role"), [
    ("The <ORGANIZATION> at <ORGANIZATION> is offering a Postdoc position starting from January 2028 for two "
     "years.\nThe candidate will develop neural control for walking robots.\n## Requirements\n- A PhD in robotics\n",
     "Postdoc"),
    ("Kestrel Care is recruiting now.\nWe have a full-time Staff Nurse position on our surgical ward.\n"
     "## Requirements\n- NMC registration\n", "Staff Nurse"),
    ("Our kitchen is growing.\nApply for the Sous Chef role at Bistro Nine today.\n## Requirements\n"
     "- 2 years as a chef de partie\n", "Sous Chef"),
    # a PhD post names no job word: "a PhD research project focused on ..." is a PhD
    ("The <ORGANIZATION> Centre on Water invites applications for a PhD research project focused on flood risk in "
     "coastal towns .\n## Requirements\n- A master's degree in hydrology\n", "PhD"),
])
def test_a_title_named_as_the_post_on_offer_names_the_job(posting: str, role: str) -> None:
    card = _card(posting)
    assert card.title.startswith(role)
    assert f"this {role} role" in card.pitches[0].text or f"the {role} role" in card.pitches[0].text


@pytest.mark.parametrize(("posting", "role"), [
    ("Customer and Counterparty IT are currently looking for a highly competent Project Manager who can take the "
     "role of a delivery stream driver.\n## Requirements\n- SAFe\n", "Project Manager"),
    ("We are looking for an experienced Site Electrician to join our crew.\n## Requirements\n- 18th Edition\n",
     "Site Electrician"),
    ("The department invites applications for 2-3 assistant professors in chemistry.\n## Requirements\n- A PhD\n",
     "assistant professor"),
    ("We want to hear from you.\nWe are looking for an enthusiastic experienced and driven Platform Support "
     "Engineer who can grow with us.\n## Requirements\n- Linux\n", "Platform Support Engineer"),
    ("We are looking for a statistician with a feel for clinical data to join our group.\n## Requirements\n- R\n",
     "statistician"),
    ("Our studio ships games for children.\nAs Producer this means keeping many plates spinning at once.\n"
     "## Requirements\n- Jira\n", "Producer"),
    ("<ORGANIZATION> Cloud Services - Site Reliability Engineering Manager ( SRE ) <ORGANIZATION> <ADDRESS> "
     "<ADDRESS> <LOCATION> - <LOCATION> Date posted: 2021-04-18 Likes: 0 Job description: Job type: Full-time As a "
     "Manager SRE in <ORGANIZATION> you'll be on a "
     "team who runs our services . Requirements Experience leading SRE teams",
     "Site Reliability Engineering Manager"),
])
def test_words_describing_the_person_are_not_part_of_the_title(posting: str, role: str) -> None:
    assert posting_info(document_from_text(posting, "posting.md")).role == role
    assert _card(posting).title.startswith(role)


@pytest.mark.parametrize("posting", [
    "We have an exciting position for you in a growing company.\n## Requirements\n- Python\n",
    "We are looking for a new colleague to work on dairy products.\n## Requirements\n- A food science degree\n",
    "You will play a key role in our team.\n## Requirements\n- Excel\n",
])
def test_no_title_is_guessed_where_the_posting_names_none(posting: str) -> None:
    assert posting_info(document_from_text(posting, "posting.md")).role == ""


def test_a_sentence_cut_in_two_still_names_its_role() -> None:
    long_line = ("Do you enjoy analysing complex data and turning the results into meaningful advice and would you "
                 "like to help us shape our global pricing structure while at the same time building professional "
                 "relationships across the whole group and all of its many markets and brands worldwide then the "
                 "role as Finance and Performance Analyst in our Price Coordination Team might be the right next "
                 "move for you .\n## Requirements\n- Excel\n")
    assert posting_info(document_from_text(long_line, "posting.md")).role == "Finance and Performance Analyst"


@pytest.mark.parametrize(("posting", "role"), [
    # a title line under a slogan and the company's blurb, before a sentence that calls the post something else
    ("Pioneer a brighter future\nAt Novasyn we work with our customers to make an impact.\n"
     "Team Leader Customer Service & Logistics Novasyn\n"
     "We are looking for an ambitious people manager to head up one of our customer service teams.\n",
     "Team Leader"),
    ("Pioneer a brighter future At Novasyn we work with our customers to make an impact . Team Leader Customer "
     "Service & Logistics <ORGANIZATION> We are looking for an ambitious people manager to head up a team .",
     "Team Leader Customer Service & Logistics"),  # up to the masked company: the job with its team
    # a title after a page's labels, then a dash and what the post is about, in one pasted paragraph
    ("Organization Name: Cement Division <LOCATION> Professional Area: Project Management Department Description: "
     "Department Manager - project management of big scale global engineering projects Brief Description If you "
     "have strong leadership skills you have the opportunity for a unique job now .", "Department Manager"),
    # a board's stack in brackets after the title, before the masked company
    ("DevOps Engineer ( CI CD Cloud Docker Jenkins ) <ORGANIZATION>\nDate posted: 2021-04-22\n", "DevOps Engineer"),
    # a label cut short of its job word gives way to the title that names it whole
    ("Senior DevOps Engineer at Teckro\nJOB TITLE: Senior DevOps\nREPORTS TO: Manager DevOps\n",
     "Senior DevOps Engineer"),
    ("We are looking for a highly motivated and result-driven PhD student to join the lab.\n", "PhD student"),
])
def test_the_job_s_name_is_its_title_not_a_description_of_the_person(posting: str, role: str) -> None:
    assert posting_info(document_from_text(posting, "posting.txt")).role == role


def test_a_title_between_masked_names_is_read_without_the_unit_before_its_dash() -> None:
    posting = "<ORGANIZATION> Cloud Services - Site Reliability Engineering Manager ( SRE ) <ORGANIZATION>\n"
    info = posting_info(document_from_text(posting, "posting.txt"))
    assert info.role == "Site Reliability Engineering Manager" and info.company == ""


def test_a_postdoctoral_position_names_a_postdoctoral_researcher() -> None:
    posting = "The postdoctoral position is established as part of the research project on property law .\n"
    assert posting_info(document_from_text(posting, "posting.txt")).role == "postdoctoral researcher"


def _info(text: str):  # noqa: ANN202
    return posting_info(document_from_text(text, "posting.txt"))


def test_a_lower_case_brand_under_the_title_that_the_posting_names_again_is_the_company() -> None:
    info = _info("Senior DevOps Engineer\nquillbyte\nDate posted: 2021-01-03\nJob description\n"
                 "As a rapidly growing company quillbyte want to hire talented engineers .\n"
                 "Requirements\n- 5+ years with Terraform\n")
    assert (info.role, info.company) == ("Senior DevOps Engineer", "quillbyte")


def test_an_acronym_after_the_title_named_nowhere_else_is_not_said_to_be_the_company() -> None:
    info = _info("Senior Fullstack Engineer ( m/f/d ) - OMS\nWe build the order platform of a fashion retailer .\n"
                 "Requirements\n- React and Node.js\n")
    assert info.role == "Senior Fullstack Engineer" and info.company == ""
    named = _info("Backend Engineer - KVIK\nKVIK is looking for a backend engineer to join its payments team .\n")
    assert named.company == "KVIK"


def test_a_level_alone_is_no_role_to_say() -> None:
    info = _info("Brief Description\nAs head of a Project Management department you will lead 40 engineers .\n"
                 "Requirements\n- 10 years in project management\n")
    assert info.role != "head"


def test_a_name_spoken_of_as_the_organisation_twice_is_the_employer_and_a_department_is_not() -> None:
    from afterword.analysis.posting_info import posting_info
    from afterword.ingest import document_from_text

    text = ("About Us\nWe save lives for a living.\nDescription\nThis is a chance to build a new area in Halvard.\n"
            "By 2027 the law comes into force, at which time Halvard must comply.\n"
            "You will work closely with Finance and with the Department of Proteomics.\n")
    assert posting_info(document_from_text(text, "p.txt")).company == "Halvard"
    once = text.replace("at which time Halvard must comply", "at which time we must comply")
    assert posting_info(document_from_text(once, "p.txt")).company == ""  # said once: unsure, left out
    field = ("About Us\nThe Department of Proteomics is well equipped.\nThe Department of Proteomics is headed by a "
             "professor.\nYou will work in Finance and report to Finance.\n")
    assert posting_info(document_from_text(field, "p.txt")).company == ""


def test_initials_a_sentence_splitter_cut_off_stay_with_the_company_s_name() -> None:
    from afterword.analysis.posting_info import posting_info
    from afterword.ingest import document_from_text

    flat = ("Java Developer\nYou will build payment pipelines. J.P. Morgan is a global leader in financial services "
            "with clients in 100 countries. You have 3 years of Java.\n")
    assert posting_info(document_from_text(flat, "p.txt")).company == "J.P. Morgan"
    split = "Java Developer\nYou will build payment pipelines J.P .\nMorgan is a global leader in financial services.\n"
    assert posting_info(document_from_text(split, "p.txt")).company == "J.P. Morgan"


def test_a_title_in_capitals_is_said_in_its_usual_case_with_its_acronyms() -> None:
    info = posting_info(document_from_text("SENIOR BPMN CAMUNDA JAVA DEVELOPER\nWe build workflow software.\n"))
    assert info.role == "Senior BPMN Camunda Java Developer"
    assert posting_info(document_from_text("CDL-A DRIVER\nRegional routes.\n")).role == "CDL-A Driver"


def test_an_employer_named_by_its_acronym_s_possessive_is_the_company_of_a_search_firm_s_posting() -> None:
    posting = ("Programme Director\nOn behalf of a leading conservation charity our executive search team is "
               "seeking a Programme Director .\nThe programme is part of many of GWFs highest priorities .\n"
               "You will build a network that extends GWFs current reach .\nYou adhere to GWFs values .\n"
               "Requirements\n- Ten years of programme management\n")
    assert posting_info(document_from_text(posting, "posting.txt")).company == "GWF"


def test_the_role_experience_comes_from_is_not_the_job_on_offer() -> None:
    posting = ("About Us\nWe make diagnostic equipment .\nRequirements\n- Project management experience - maybe from "
               "a business partner role and excellent change management skills\n")
    assert posting_info(document_from_text(posting, "posting.txt")).role != "business partner"


def test_the_employer_named_by_its_possessive_wins_over_the_rest_of_a_redacted_name() -> None:
    posting = ("<ORGANIZATION> Cloud Services - Site Reliability Engineering Manager ( SRE )\n"
               "As a Manager SRE you'll be on a team whose mission is to build and improve Kestrel's most critical "
               "internet services .\nWe hire engineers for positions on Kestrel’s primary cloud offering: Cloud "
               "Services .\nThe services Cloud Services runs are big .\n## Requirements\n- Linux\n")
    assert posting_info(document_from_text(posting, "posting.md")).company == "Kestrel"


def test_the_company_a_posting_asks_to_take_to_the_next_level_is_named() -> None:
    posting = ("Software Developer ( m/f/d ) <ORGANIZATION>\nOur technology turns the phone into a key .\n"
               "## Requirements\n- Angular\nHelp us take Keyvio to the next level!\n")
    assert posting_info(document_from_text(posting, "posting.md")).company == "Keyvio"
    ours = posting.replace("Help us take Keyvio to the next level!", "Help us take our product to the next level!")
    assert posting_info(document_from_text(ours, "posting.md")).company == ""


def test_the_field_a_title_names_after_a_dash_is_part_of_the_role_and_asked_first() -> None:
    posting = ("Software Engineer - Cloud Security\nHarrow Bank\n## Requirements\n- Proficiency in one or more modern "
               "programming languages\n- Understanding of architecture and design\n")
    card = _card(posting)
    assert card.info.role == "Software Engineer - Cloud Security"
    kinds = [c.kind for c in card.concerns]
    assert "career-change" not in kinds  # a software developer is a software engineer, whatever the field
    assert card.concerns[0].kind == "title" and "cloud security" in card.concerns[0].concern
    # a company or a place after the dash is not the role's
    skills = frozenset({"Python", "cloud security"})
    for other in ("Harrow Bank", "London", "Python Django"):
        assert posting_info(document_from_text(f"Software Engineer - {other}\nRequirements: Python\n", "p.txt"),
                            skills=skills).role == "Software Engineer"

"""Which concerns a card raises, and in what order: a must-have the posting states ("need to have", "required"),
a field of knowledge the resume lacks, a tool the title names and a skill offered as one of a choice come before
traits, and text about the company, its product or its perks is never a concern."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.coach.card import ClosingCard, build_card
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)

WEB_RESUME = """Mira Kahn
Web Developer

EXPERIENCE
Web Developer, Pixel Harbor | 03/2019 - now
- Built customer portals in PHP and MySQL for 40 clients
- Led a team of 2 developers on a booking site

EDUCATION
BSc Computer Science, 2018
"""

SHOP_RESUME = """Olek Brandt
Store Manager

EXPERIENCE
Store Manager, Lindqvist Shoes | 2016 - now
- Ran a shop of 12 staff and lifted sales 18% in two years
- Trained new staff on the till and stock system

SKILLS
JavaScript, HTML, CSS, clear communication
"""

GO_RESUME = """Dana Ilan
Backend Developer

EXPERIENCE
Backend Developer, Stackfield | 2020 - now
- Built payment services in Go and PostgreSQL for 1 million users
- Wrote the team's Docker build pipeline
"""


def card(resume: str, posting: str) -> ClosingCard:
    return build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)


def on_card(built: ClosingCard) -> list[str]:
    return [c.requirement for c in built.concerns]


def less_likely(built: ClosingCard) -> list[str]:
    return [c.requirement for c in built.more_concerns]


def test_a_field_of_knowledge_the_posting_says_you_need_is_a_concern_before_traits() -> None:
    posting = ("Application Specialist at Nordmilk\n## Your profile\n"
               "- You need to have a high theoretical understanding and a keen interest in the area of dairy "
               "chemistry and powder processing.\n"
               "- You are agile in a big organisation and able to reach common business objectives.\n"
               "- You have a professional attitude when working with customers.\n")
    built = card(WEB_RESUME, posting)
    dairy = "You need to have a high theoretical understanding and a keen interest in the area of dairy " \
            "chemistry and powder processing."
    shown = on_card(built)
    assert dairy in shown and dairy not in less_likely(built)
    gaps = [c for c in built.concerns if c.requirement != "Most recent job: Web Developer"]
    assert gaps[0].requirement == dairy  # before the traits
    raised = next(c for c in built.concerns if c.requirement == dairy)
    assert raised.concern.startswith("Your resume does not mention this")
    assert "not shown" in built.fit_line() and " 0 not shown" not in built.fit_line()


def test_a_stated_must_ranks_before_a_listed_field_of_the_same_kind() -> None:
    posting = ("Lab Technician at Veldt Labs\n## Requirements\n"
               "- Knowledge of soil sampling methods.\n"
               "- Documented experience with analysis of groundwater chemistry is required.\n")
    built = card(WEB_RESUME, posting)
    shown = [c.requirement for c in built.concerns if c.kind not in ("career-change",)]
    assert shown.index("Documented experience with analysis of groundwater chemistry is required.") < \
        shown.index("Knowledge of soil sampling methods.")


def test_a_trait_beside_a_choice_of_languages_does_not_meet_it() -> None:
    posting = ("Firmware Developer at Voltline\n## Requirements\n"
               "- You also have good knowledge in C / C++ and with communication protocols (e.g. Modbus).\n"
               "- You have a degree in engineering or a related field.\n")
    built = card(SHOP_RESUME, posting)
    languages = next(c for c in (*built.concerns, *built.more_concerns) if c.requirement.startswith("You also"))
    assert languages in built.concerns
    assert "C and C++" in languages.concern
    assert "communication" not in languages.concern.split(":")[0]  # the trait is shown by example, not denied


def test_a_field_the_title_names_and_the_duties_repeat_is_asked_first() -> None:
    posting = ("Senior BPMN Java Developer\n## Responsibilities\n"
               "- Automate workflows with engines that follow the BPMN 2.0 standard\n"
               "## Requirements\n- Java\n- You are a team player\n")
    built = card(GO_RESUME, posting)
    title = next(c for c in built.concerns if c.kind == "title")
    assert "business process modeling" in title.concern
    assert any("Java" in c.concern for c in built.concerns)
    assert built.concerns.index(title) <= 1


def test_what_the_company_builds_and_offers_after_a_job_board_label_is_never_a_concern() -> None:
    posting = ("Software Engineer\nTechnologies\ntypescript node.js\nJob description\n"
               "Nowadays code and artificial intelligence are at the center of everything.\n"
               "The first skill we are giving to our AI is the ability to generate unit tests in Python.\n"
               "The goal is to help developers produce great code faster.\n"
               "Your Job\n"
               "Together with colleagues you have the opportunity to determine the future of our frontend.\n"
               "You are free to dedicate 10% of your working time to any project.\n"
               "Your profile\n"
               "You have at least 2 years of experience with TypeScript\n")
    built = card(GO_RESUME, posting)
    every = on_card(built) + less_likely(built)
    assert not any(text.startswith(("Nowadays", "The first skill", "The goal", "Together with", "You are free"))
                   for text in every)
    assert any("TypeScript" in c.concern for c in built.concerns)


def test_a_hook_that_asks_only_for_eagerness_is_not_a_concern_but_the_real_asks_are() -> None:
    posting = ("Procurement Engineer at Windmark\n"
               "We continuously strive to strengthen our position and we are therefore looking for bright minds "
               "eager to join a dynamic international organization.\n"
               "## Requirements\n- 3+ years of procurement experience\n"
               "- Experience in handling technical specifications\n")
    built = card(WEB_RESUME, posting)
    every = on_card(built) + less_likely(built)
    assert not any(text.startswith("We continuously strive") for text in every)
    assert "Experience in handling technical specifications" in on_card(built)


def test_a_field_asked_beside_a_shown_language_is_still_a_concern() -> None:
    ask = ("Strong background on muscle models with adaptive neural control of walking robots and hardware "
           "implementation as well as good programming skills (e.g. C, C++, Python).")
    posting = f"Postdoc in Neurorobotics at Tallin Lab\n## Qualifications\n- {ask}\n- Fluent English\n"
    built = card("Ana Ruiz\nData Analyst\n\nEXPERIENCE\nData Analyst, Retailo | 2019 - now\n"
                 "- Built sales dashboards in Python and SQL for 30 stores\n", posting)
    raised = next(c for c in built.concerns if c.requirement == ask)
    assert raised.concern.startswith("Your resume does not mention this")
    assert "Python" not in raised.concern.split(":")[0]  # the language it shows is never denied


def test_an_example_asked_of_what_a_gap_above_says_the_resume_lacks_is_not_asked_again() -> None:
    posting = ("Project Manager at Corvid Bank\n## Requirements\n"
               "- You have a solid understanding of IT project management and SAFe\n"
               "- You have experience of IT project management and agile working methods\n")
    built = card(WEB_RESUME + "\nSKILLS\nAgile, Scrum, Jira\n", posting)
    texts = [c.concern for c in (*built.concerns, *built.more_concerns)]
    assert any(t.startswith("Your resume does not show project management") for t in texts)
    assert not any(t.startswith("Have an example of project management") for t in texts)


CLEARED_POSTING = """Java Developer (Secret Clearance) at Bayard Systems
Technologies
java python c++ javascript linux
Qualifications
- An active Secret Security Clearance
- Proficiency with languages such as Java C++ Python JavaScript or similar
- Experience with Java and Python in production
- Comfortable on Linux servers
"""


JAVA_RESUME = """Noor Haddad
Java Developer

EXPERIENCE
Java Developer, Quillon Labs | 2020 - now
- Built billing services in Java and Python for 30 hospitals

SKILLS
Java, Python, SQL
"""


def test_a_missing_clearance_comes_first_and_is_never_promised() -> None:
    built = card(JAVA_RESUME, CLEARED_POSTING)
    first = built.concerns[0]
    assert "clearance" in first.concern.lower()  # above the job board's tag line of skills asked again
    spoken = " ".join(sentence.text for sentence in first.answer).lower()
    assert "plan" not in spoken and "enrol" not in spoken and "obtain" not in spoken
    # an active clearance is no sponsorship to ask about: without one, the application likely ends there
    assert "already active" in first.tip and "whether they sponsor one" not in first.tip


def test_a_clearance_not_said_to_be_active_is_asked_about_with_a_question_back() -> None:
    posting = CLEARED_POSTING.replace("An active Secret Security Clearance", "Ability to obtain a security clearance")
    built = card(JAVA_RESUME, posting)
    raised = next(c for c in (*built.concerns, *built.more_concerns) if "clearance" in c.concern.lower())
    assert raised.answer[-1].text.endswith("?")
    assert "whether they sponsor one" in raised.tip


def test_a_degree_asked_with_years_the_resume_lacks_names_both() -> None:
    resume = """Ilya Brenner
C++ Developer

PROJECTS
- A path-finding library in C++ with 40 unit tests

SKILLS
C++, Python, CMake
"""
    posting = """Principal Architect at Corvane Health
Requirements
- A bachelor's degree in computer science and at least 10 years of software architecture experience
- Experience with Kubernetes
"""
    built = card(resume, posting)
    raised = next(c for c in (*built.concerns, *built.more_concerns) if "degree" in c.concern)
    assert "10+ years" in raised.concern
    assert "If you hold a degree" in raised.tip
    said = " ".join(sentence.text for sentence in raised.answer)
    # a resume with no job at all: never "fewer years", which would hint at some
    assert "fewer years" not in said and "I don't have the years of work the posting asks for yet" in said


def test_api_work_asked_in_other_words_is_met_by_the_apis_a_resume_built() -> None:
    posting = ("Backend Engineer at Corvane\nRequirements\n- Experience in designing and implementing API "
               "communication between systems\n- Experience with Kubernetes\n")
    built = card(GO_RESUME.replace("Wrote the team's Docker build pipeline", "Wrote REST and gRPC APIs for 12 "
                                                                           "internal services"), posting)
    assert not any("API communication" in c.requirement for c in (*built.concerns, *built.more_concerns))


def test_a_tool_of_no_known_language_is_no_bridge_to_another_framework() -> None:
    resume = GO_RESUME.replace("Wrote the team's Docker build pipeline", "Built a live chat on WebSockets")
    posting = "Frontend Lead at Corvane\nRequirements\n- Experience with Redux\n- Experience with Kubernetes\n"
    built = card(resume, posting)
    redux = next(c for c in (*built.concerns, *built.more_concerns) if "Redux" in c.requirement)
    assert "WebSockets" not in redux.answer_text


def test_an_education_the_card_cannot_read_is_never_denied() -> None:
    resume = """Ilya Brenner
C++ Developer
EDUCATION
Ecole 42 Paris (Moscow campus), 2020 - ongoing
HSE, School of History
"""
    posting = """Principal Architect at Corvane Health
Requirements
- A bachelor's degree in computer science and at least 10 years of software architecture experience
"""
    built = card(resume, posting)
    raised = next(c for c in (*built.concerns, *built.more_concerns) if "degree" in c.concern)
    assert "don't hold" not in raised.answer_text and "shows no degree" not in raised.tip
    assert "fewer years" in raised.answer_text


def test_a_posting_that_will_not_sponsor_work_authorization_is_a_hard_condition() -> None:
    posting = ("Software Engineer at Corvane\nRequirements\n- Experience with Kubernetes\n- At this time Corvane will "
               "not sponsor a new applicant for employment authorization for this position .\n")
    built = card(GO_RESUME, posting)
    assert "sponsor" in built.concerns[0].requirement and built.concerns[0].kind == "condition"


@pytest.mark.parametrize(("asked", "spoken", "unspoken"), [
    ("Experience with a cloud platform such as AWS, Azure or Google Cloud", "one of the cloud platforms you list",
     "the one of"),  # a plan for one of a choice reads as a sentence
    ("Experience in cybersecurity and incident response", "haven't worked in", "haven't used"),  # a field is
    # worked in, not used
])
def test_an_answer_to_a_gap_reads_as_a_sentence(asked: str, spoken: str, unspoken: str) -> None:
    built = card(GO_RESUME, f"Engineer at Corvane\nRequirements\n- {asked}\n- Experience with Kubernetes\n")
    raised = next(c for c in (*built.concerns, *built.more_concerns) if c.requirement == asked)
    said = f"{raised.answer_text} {raised.tip}"  # the answer, and the example plan the tip offers
    assert spoken in said and unspoken not in said


def test_years_asked_of_an_undated_resume_are_raised_and_what_a_company_values_is_no_must() -> None:
    resume = "Lior Ben\n.NET Developer\nSKILLS\nC#, Docker, SQL\nPROJECTS\n- Built a parking app in C# and Docker\n"
    posting = ("Senior .NET Engineer at Corvane\nWe greatly value curious people with knowledge in cybersecurity and "
               "open source - and we are looking for awesome people to work with .\nRequirements\n- 5+ years of "
               "experience in software development in C#\n- Experience with Kubernetes\n")
    built = card(resume, posting)
    assert "5 years" in built.concerns[0].concern and "dates none" in built.concerns[0].concern
    assert not any("greatly value" in c.requirement for c in built.concerns)


def test_a_tag_line_s_gap_ranks_below_the_gaps_the_sentences_ask() -> None:
    posting = ("Engineer at Corvane\nTechnologies\nkotlin rust elixir\nRequirements\n- Experience with Kubernetes\n"
               "- Experience with Terraform\n- Experience with Kafka\n")
    raised = on_card(card(GO_RESUME, posting)) + [c.requirement for c in card(GO_RESUME, posting).more_concerns]
    assert raised.index("kotlin rust elixir") > max(raised.index(f"Experience with {tool}")
                                                     for tool in ("Kubernetes", "Terraform", "Kafka"))


def test_three_tools_not_used_with_nothing_carried_over_are_one_answer_not_three_confessions() -> None:
    posting = ("Principal Cloud Architect at Corvane\nRequirements\n- Experience with AWS\n- Experience with Azure\n"
               "- Experience with Kafka\n- Experience with Snowflake\n- Experience with Elixir\n")
    built = card(GO_RESUME, posting)
    # (one with a bridge of its own keeps it: "What carries over is my work with Go")
    confessions = [c for c in built.concerns if c.answer_text.startswith("I'll be straight with you: I haven't")
                   and "What carries over" not in c.answer_text]
    assert len(confessions) == 1
    assert "one honest answer covers them all" in confessions[0].tip and "change of direction" not in \
        confessions[0].tip

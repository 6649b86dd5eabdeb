"""Questions a card asks are about this job, and none asks the same thing twice: one question per stretch of
time ("the next year"), and no "How does the team use X?" when the team is named for X."""

from __future__ import annotations

from datetime import date

from afterword.coach.card import build_card
from afterword.coach.questions import horizon, select_questions
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)


def test_horizons_read_from_the_question() -> None:
    assert horizon("What are the company's top priorities for the next year?") == "year"
    assert horizon("What are the most important things this role needs to accomplish in the first year?") == "year"
    assert horizon("What would success look like for this person after 90 days?") == "first months"
    assert horizon("Where do you see the company in three to five years?") == "years"
    assert horizon("What does a typical week look like for the person in this role?") is None


def test_no_two_questions_ask_about_the_same_stretch_of_time() -> None:
    for count in (5, 8):
        picked = select_questions(frozenset(), count=count)
        spans = [h for q in picked if (h := horizon(q.text))]
        assert len(spans) == len(set(spans)), [q.text for q in picked]


def _card(posting: str, resume: str):  # noqa: ANN202
    return build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.md"),
                      today=TODAY)


def test_a_card_for_a_job_of_any_trade_asks_about_the_next_year_once() -> None:
    postings = (
        "We are looking for a new colleague to develop dairy powders.\n## Requirements\n- A food science degree\n"
        "- Experience with emulsifiers\n",
        "Electrician at Brightline\n## Requirements\n- 18th Edition\n- 3 years of commercial wiring\n",
        "Registered Nurse at Elm Hospital\n## Requirements\n- NMC registration\n- Ward experience\n",
    )
    resume = "EXPERIENCE\nWeb Developer, Fenwick Ltd | 03/2019 - now\n- Built PHP shops for 30 clients\n"
    for posting in postings:
        texts = [q.text for q in _card(posting, resume).questions]
        assert sum(horizon(text) == "year" for text in texts) <= 1, texts


def test_no_question_asks_a_team_how_it_uses_what_it_is_named_for() -> None:
    posting = ("Research Engineer\nYou will join the Embodied AI and Neurorobotics Lab.\n## Requirements\n"
               "- A PhD in artificial intelligence or robotics\n- Publications on artificial intelligence for "
               "walking robots\n- Python and C++\n")
    resume = "EXPERIENCE\nAnalytics Lead, Fenwick Ltd | 03/2019 - now\n- Led 5 analysts building sales reports\n"
    texts = [q.text for q in _card(posting, resume).questions]
    assert not any("artificial intelligence" in text for text in texts), texts


def test_a_finance_job_without_audits_or_reporting_is_not_asked_about_their_deadlines() -> None:
    resume = "EXPERIENCE\nBackend Developer, Fenwick Ltd | 03/2019 - now\n- Built pricing services in Go\n"
    pricing = ("Finance and Performance Analyst at Velux\n## Requirements\n- A master's in finance or economics\n"
               "- Able to handle complex data sets in Excel\n## Responsibilities\n"
               "- Take part in the annual pricing process\n- Advise on prices with the finance team\n")
    texts = [q.text for q in _card(pricing, resume).questions]
    assert not any("audits" in text for text in texts), texts


def test_the_team_is_asked_about_the_tool_the_posting_names_not_what_that_tool_brings_with_it() -> None:
    posting = ("Software Engineer at Ponicode\n## Requirements\n- JavaScript expertise is essential\n"
               "- TypeScript on the back and front end\n- Strong JavaScript testing skills\n"
               "## Responsibilities\n- Build features in JavaScript and TypeScript\n")
    resume = ("EXPERIENCE\nPython Developer, Fenwick Ltd | 03/2019 - now\n- Built Django services for 30 clients\n"
              "- Wrote the admin pages in TypeScript\n")
    texts = [q.text for q in _card(posting, resume).questions]
    assert not any("use JavaScript" in text for text in texts), texts
    assert any("use TypeScript" in text for text in texts), texts
    # a tool the candidate has never used is not theirs to ask about ("... what would you like to change?")
    unused = [q.text for q in _card(posting, resume.replace("TypeScript", "Django")).questions]
    assert not any("use TypeScript" in text for text in unused), unused


def test_a_front_end_developer_is_not_asked_how_much_of_the_role_is_front_end_development() -> None:
    posting = ("Frontend-Developer\n## Requirements\n- Experience in front-end development with Vue\n"
               "- Front-end development with HTML and CSS\n## Responsibilities\n"
               "- Front-end development for our web apps\n")
    resume = "EXPERIENCE\nC++ Developer, Fenwick Ltd | 03/2019 - now\n- Built desktop tools in C++\n"
    texts = [q.text for q in _card(posting, resume).questions]
    assert not any("front-end development" in text for text in texts), texts


def test_a_security_team_s_incidents_and_a_stated_deploy_speed_are_not_asked_about_as_a_service_s() -> None:
    resume = "EXPERIENCE\nBackend Developer, Fenwick Ltd | 03/2019 - now\n- Built pricing services in Go\n"
    security = ("Security Engineer at Corvane\n## Requirements\n- Experience in incident response and threat "
                "hunting\n- Python scripting\n- Experience with continuous integration pipelines\n"
                "## About us\nOur developers deploy new code in a matter of minutes to millions of users.\n")
    texts = [q.text for q in _card(security, resume).questions]
    assert not any("breaks in production" in text or "paged out of hours" in text for text in texts), texts
    assert not any("into production here" in text for text in texts), texts

"""Question selection: never asks what is answered, tailors to research, varies by interviewer."""

from __future__ import annotations

from afterword.analysis.matching import match_documents
from afterword.analysis.posting_info import posting_info
from afterword.coach.interviewers import interviewer_type, parse_interviewer
from afterword.coach.posting_focus import FAMILIES, SENIORITIES, PostingFocus, posting_focus
from afterword.coach.questions import CardQuestion, load_bank, select_questions, skipped_questions
from afterword.ingest import document_from_text

RESEARCH = document_from_text(
    "- Harbor Ltd launched TideLine, a booking app for ferry operators, in March.\n"
    "- The company is migrating its billing system to a new provider this year.\n"
    "- Harbor Ltd raised a $12M Series A round led by Sea Ventures.\n"
    "- My cousin works there.\n", "notes.md")


def test_bank_is_large_and_tagged() -> None:
    bank = load_bank()
    assert len(bank.questions) >= 150
    assert len({q.topic for q in bank.questions}) >= 10
    assert all(q.suits for q in bank.questions)
    assert any("pay_range" in q.redundant_if for q in bank.questions)


def test_answered_topics_are_never_asked() -> None:
    bank = load_bank()
    answered = frozenset({"pay_range", "remote_policy", "team_size", "benefits", "interview_process"})
    recruiter = [parse_interviewer("Dana Reyes, Technical Recruiter")]
    picked = select_questions(answered, recruiter, count=8)
    by_text = {q.text: q for q in bank.questions}
    for question in picked:
        assert not set(by_text[question.text].redundant_if) & answered, question.text
    skipped = {q.text for q in skipped_questions(answered)}
    assert len(skipped) >= 5 and not skipped & {q.text for q in picked}


def test_between_five_and_eight_one_per_topic() -> None:
    for count in (1, 5, 7, 20):
        picked = select_questions(frozenset(), count=count)
        assert 5 <= len(picked) <= 8
        assert len({q.topic for q in picked}) == len(picked)


def test_research_tailoring_quotes_the_source() -> None:
    picked = select_questions(frozenset(), research=RESEARCH)
    tailored = [q for q in picked if q.tailored]
    assert len(tailored) >= 2
    for question in tailored:
        assert question.source.sentence in RESEARCH.text
        assert question.source.detail.strip("“”") in question.text
    assert any("TideLine" in q.text for q in tailored)
    assert not any("cousin" in (q.source.sentence if q.source else "") for q in picked)


def test_mix_varies_by_interviewer() -> None:
    executive = select_questions(frozenset(), [parse_interviewer("Ana Ruiz, Chief Executive Officer")], count=8)
    peer = select_questions(frozenset(), [parse_interviewer("Tom Li, Software Engineer")], count=8)
    assert {q.text for q in executive} != {q.text for q in peer}
    assert all("executive" in q.suits for q in executive)
    assert all("peer" in q.suits for q in peer)
    both = select_questions(frozenset(), [parse_interviewer("Ana Ruiz, CEO"), parse_interviewer("Tom Li, Engineer")])
    assert {q.ask for q in both} == {"Ana Ruiz", "Tom Li"}


def test_interviewer_types() -> None:
    assert interviewer_type("Senior Talent Partner") == "recruiter"
    assert interviewer_type("VP of Engineering") == "executive"
    assert interviewer_type("Engineering Manager") == "hiring_manager"
    assert interviewer_type("Registered Nurse") == "peer"
    assert interviewer_type("") == "hiring_manager"


def test_two_points_of_one_kind_still_give_two_questions() -> None:
    notes = document_from_text("- Harbor Ltd launched TideLine, a booking app, in March.\n"
                               "- Harbor Ltd launched PortPal, a crew scheduling tool, in June.\n", "notes.md")
    tailored = [q for q in select_questions(frozenset(), research=[notes]) if q.tailored]
    assert len(tailored) == 2
    assert len({q.text.replace("TideLine", "X").replace("PortPal", "X") for q in tailored}) == 2  # two templates


# ---------- questions that fit the posting ----------

NURSE = """# Registered Nurse, Riverside General Hospital

Riverside General Hospital is looking for a Registered Nurse to join our medical-surgical unit.

## What you'll do

- Deliver compassionate patient care to adults recovering from surgery.
- Give medication administration safely, following our patient safety checks.
- Take part in bedside handover and keep clinical documentation accurate in Epic.
- Promote patient safety by reporting incidents and near misses.

## Requirements

- Experience in medical-surgical nursing, with medication administration and IV therapy
- A commitment to patient safety
- Full-time, three 12-hour shifts a week including some nights
"""


def developer(title: str) -> str:
    return f"""# {title} at Copperline

Copperline builds billing software for independent gyms.

## Responsibilities

- Build and maintain Python services that run our billing and payments APIs.
- Deploy services to Kubernetes and keep them healthy in production.
- Improve our Kubernetes deployment tooling and CI/CD pipelines.

## Requirements

- Experience building backend services in Python
- Experience running workloads on Kubernetes
- Good SQL skills with PostgreSQL
- Salary £55,000 to £65,000, hybrid with two days a week in our Leeds office
"""


RESUME = document_from_text("## Experience\nAssistant, Town Library | 2019 - 2024\n- Helped visitors find books\n"
                            "- Ran the library's catalogue on Kubernetes\n", "resume.md")


def card_questions(posting_text: str, **kwargs: object) -> tuple[list[CardQuestion], frozenset[str], PostingFocus]:
    """The questions a card asks for this posting (no research unless given), the answered topics and focus."""
    posting = document_from_text(posting_text, "posting.md")
    report = match_documents(RESUME, posting)
    focus = posting_focus(report, posting_info(posting))
    answered = frozenset(fact.topic for fact in report.facts)
    return select_questions(answered, focus=focus, **kwargs), answered, focus  # type: ignore[arg-type]


def test_a_nurse_and_a_developer_get_different_questions() -> None:
    nurse, _, nurse_focus = card_questions(NURSE)
    dev, _, dev_focus = card_questions(developer("Backend Developer"))
    assert (nurse_focus.family, dev_focus.family) == ("healthcare", "software")
    nurse_texts, dev_texts = {q.text for q in nurse}, {q.text for q in dev}
    assert len(nurse_texts & dev_texts) <= 2
    assert "How many patients would I usually look after on a shift, and how does that change at night?" in nurse_texts
    assert any("handover" in text for text in nurse_texts)
    assert any("production" in text for text in dev_texts)
    for questions in (nurse, dev):
        assert 5 <= len(questions) <= 8 and len({q.topic for q in questions}) == len(questions)


def test_a_junior_and_a_senior_developer_get_different_questions() -> None:
    junior, _, junior_focus = card_questions(developer("Junior Backend Developer"))
    senior, _, senior_focus = card_questions(developer("Senior Backend Developer"))
    assert (junior_focus.family, junior_focus.seniority) == ("software", "entry")
    assert (senior_focus.family, senior_focus.seniority) == ("software", "senior")
    bank = {q.text: q for q in load_bank().questions}
    junior_levels = {level for q in junior if q.text in bank for level in bank[q.text].seniority}
    senior_levels = {level for q in senior if q.text in bank for level in bank[q.text].seniority}
    assert junior_levels == {"entry"} and senior_levels == {"senior"}
    assert "How are a new developer's first changes reviewed, and who helps when they get stuck?" in {
        q.text for q in junior}
    assert {q.text for q in junior} != {q.text for q in senior}


def test_the_stress_question_names_what_the_posting_repeats() -> None:
    dev, _, _ = card_questions(developer("Backend Developer"))
    stress = [q for q in dev if q.topic.startswith("focus: ")]
    assert [q.text for q in stress] == [
        "How does the team use Kubernetes today, and what would you like to change about it?"]
    nurse, _, _ = card_questions(NURSE)
    assert "What does patient safety look like day to day here, and where would you like it to be stronger?" in {
        q.text for q in nurse}
    practice = select_questions(frozenset(), focus=PostingFocus("healthcare", "mid", ("wound care",)))
    assert practice[0].text == "How much of this role is wound care, and what does doing it well look like here?"
    # when the skill is the job itself, asking how much of the role it is shows the posting unread
    job_itself = select_questions(frozenset(), focus=PostingFocus(
        "research", "mid", ("bioinformatics",), said="we are looking for a bioinformatician to join our team"))
    assert not any("How much of this role is bioinformatics" in q.text for q in job_itself)
    assert any("bioinformatics" in q.text for q in job_itself)
    titled = select_questions(frozenset(), focus=PostingFocus("software", "mid", ("cybersecurity",),
                                                              role="Cybersecurity Analyst"))
    assert not any("How much of this role" in q.text for q in titled)
    # any word of the skill in the title makes it the job: "mobile development" for a Mobile Engineer is neither a
    # share of the role nor an emphasis to ask about
    mobile = select_questions(frozenset(), focus=PostingFocus("software", "mid", ("mobile development",),
                                                              role="Mobile Engineer"))
    said = [q.text for q in mobile if "mobile development" in q.text]
    assert said == ["What makes mobile development hard to get right here, and how does the team handle it?"]
    executive = [parse_interviewer("Ana Ruiz, Director of Nursing")]
    assert select_questions(frozenset(), executive, focus=PostingFocus("healthcare", "senior", ("patient safety",),
                                                                       themes=frozenset({"patient safety"})))[0].text \
        == "How does leadership keep track of patient safety across the organization?"


def test_answered_topics_are_never_asked_whatever_the_focus() -> None:
    bank = load_bank()
    by_text = {q.text: q for q in bank.questions}
    answered = frozenset({"pay_range", "remote_policy", "team_size", "benefits", "interview_process", "schedule",
                          "location", "employment_type", "travel", "start_date"})
    families = [f for f in FAMILIES if f != "general"]
    for family in [*families, "general"]:
        for seniority in SENIORITIES:
            focus = PostingFocus(family, seniority, ("food safety",))
            for interviewers in ([], [parse_interviewer("Dana Reyes, Recruiter")]):
                picked = select_questions(answered, interviewers, focus=focus, count=8)
                assert 5 <= len(picked) <= 8
                for question in picked:
                    source = by_text.get(question.text)
                    if source is None:
                        continue  # the stress question
                    assert not set(source.redundant_if) & answered, question.text
                    assert source.fits(focus), (family, seniority, question.text)
    rota = "How are rotas planned, and how much notice do people get of their shifts?"
    assert rota not in {q.text for q in select_questions(answered, focus=PostingFocus("hospitality", "mid"))}
    skipped = skipped_questions(answered, focus=PostingFocus("hospitality", "mid"))
    assert rota in {q.text for q in skipped} and not any(q.families not in ((), ("hospitality",)) for q in skipped)


def test_the_postings_own_questions_are_spread_over_interviewers() -> None:
    interviewers = [parse_interviewer("Priya Natarajan, Engineering Manager"),
                    parse_interviewer("Tom Li, Software Engineer")]
    picked, _, _ = card_questions(developer("Backend Developer"), interviewers=interviewers)
    load = [q.ask for q in picked]
    assert set(load) == {"Priya Natarajan", "Tom Li"} and abs(load.count("Tom Li") - load.count("Priya Natarajan")) <= 1


def test_without_a_focus_no_family_or_level_question_is_asked() -> None:
    bank = {q.text: q for q in load_bank().questions}
    for interviewers in ([], [parse_interviewer("Ana Ruiz, CEO")], [parse_interviewer("Tom Li, Engineer")]):
        for question in select_questions(frozenset(), interviewers, count=8):
            assert not bank[question.text].families and not bank[question.text].seniority


def test_same_inputs_same_questions() -> None:
    notes = document_from_text("- Copperline is migrating its billing services to Kubernetes this year.\n"
                               "- Copperline raised a $20M Series B round led by Alder Capital.\n", "notes.md")
    first = card_questions(developer("Backend Developer"), research=[notes])[0]
    second = card_questions(developer("Backend Developer"), research=[notes])[0]
    assert first == second
    assert first[0].text == ("I saw that the company is working on the migration of the billing services to "
                             "Kubernetes — how far along is that effort, and how would this team be involved?")
    assert first[0].source is not None and first[0].source.relevance > 0


def test_what_the_stress_question_asks_about_is_not_asked_again() -> None:
    picked = select_questions(frozenset(), focus=PostingFocus("hospitality", "mid", ("food safety",),
                                                              themes=frozenset({"food safety"})), count=8)
    assert sum("food safety" in q.text for q in picked) == 1
    month_end = select_questions(frozenset(), focus=PostingFocus("finance", "mid", ("month-end close",)), count=8)
    assert sum("month-end" in q.text for q in month_end) == 1  # not again as "What does month-end look like ..."


def test_a_driver_and_a_warehouse_supervisor_get_their_own_questions() -> None:
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Lee Park\nEXPERIENCE\nDriver, Roadwell | 2018 - now\n- Drove 600 miles a week\n",
                                "resume.md")
    driver = build_card(resume, document_from_text("CDL-A Regional Driver at Roadwell\n## Requirements\n"
                                                   "- Class A CDL\n", "p.md"))
    warehouse = build_card(resume, document_from_text("Warehouse Shift Supervisor at Pinefield\n## Requirements\n"
                                                      "- Forklift certification\n", "p.md"))
    driver_text = " ".join(q.text for q in driver.questions)
    warehouse_text = " ".join(q.text for q in warehouse.questions)
    assert "picks per hour" not in driver_text and "route" not in warehouse_text
    assert "truck" in driver_text or "route" in driver_text


def test_a_school_is_not_called_a_company() -> None:
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Kim Hale\nEXPERIENCE\nClass Teacher, Elm Primary | 2017 - now\n", "resume.md")
    card = build_card(resume, document_from_text("Year 4 Class Teacher – Oakfield Primary School\n## Requirements\n"
                                                 "- Qualified Teacher Status\n", "p.md"))
    assert not any("company" in q.text for q in card.questions)


def test_on_call_and_month_end_are_asked_only_where_the_posting_speaks_of_them() -> None:
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Ari Vale\nEXPERIENCE\nDeveloper, Kite Apps | 2020 - now\n", "resume.md")
    front = build_card(resume, document_from_text("Frontend Developer at Kite\n## Requirements\n- Vue.js\n"
                                                  "- CSS and HTML\n", "p.md"))
    backend = build_card(resume, document_from_text("Backend Engineer at Kite\n## Requirements\n- Go\n"
                                                    "- You will join the on-call rotation for production\n", "p.md"))
    assert not any("on-call" in q.text for q in front.questions)
    assert any("on-call" in q.text or "production" in q.text for q in backend.questions)


def test_a_british_school_is_asked_in_british_words() -> None:
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Kim Hale\nEXPERIENCE\nClass Teacher, Elm Primary | 2017 - now\n", "resume.md")
    card = build_card(resume, document_from_text(
        "Year 4 Class Teacher – Oakfield Primary School\n## Requirements\n- Qualified Teacher Status\n"
        "- Secure behaviour management\n- Salary: MPS, £31,650\n", "p.md"))
    text = " ".join(q.text for q in card.questions)
    assert "behavior" not in text and "grading" not in text
    assert "behaviour" in text or "marking" in text


def test_a_question_the_posting_already_answers_in_so_many_words_is_left_out() -> None:
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Lee Park\nEXPERIENCE\nDriver, Roadwell | 2018 - now\n- Drove 600 miles a week\n",
                                "resume.md")
    asked = build_card(resume, document_from_text("CDL-A Regional Driver at Roadwell\n## Requirements\n"
                                                  "- Class A CDL\n", "p.md"))
    answered = build_card(resume, document_from_text("CDL-A Regional Driver – Home Every Weekend\n## Requirements"
                                                     "\n- Class A CDL\n", "p.md"))
    assert any("home time" in q.text for q in asked.questions)
    assert not any("home time" in q.text for q in answered.questions)


def test_a_card_asks_five_questions_and_no_pager_questions_for_firmware() -> None:
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Ari Vale\nEXPERIENCE\nDeveloper, Kite Apps | 2020 - now\n- Wrote C code for "
                                "ARM boards\n", "resume.md")
    card = build_card(resume, document_from_text(
        "Embedded Software Developer at Norrvolt\n## Requirements\n- C and C++ on ARM microcontrollers\n"
        "- Linux\n## Responsibilities\n- Develop firmware for controllers in series production\n", "p.md"))
    assert len(card.questions) == 5
    text = " ".join(q.text for q in card.questions)
    assert "on-call" not in text and "paged" not in text and "breaks in production" not in text


def test_the_tool_question_is_about_a_tool_the_candidate_has() -> None:
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Ari Vale\nEXPERIENCE\nDeveloper, Kite Apps | 2020 - now\n- Built the app in "
                                "React\n", "resume.md")
    posting = document_from_text(
        "Frontend Developer at Kite\n## Requirements\n- Svelte and React\n- Svelte stores\n- React hooks\n"
        "- Testing Svelte components\n", "p.md")
    text = " ".join(q.text for q in build_card(resume, posting).questions)
    assert "use React" in text and "use Svelte" not in text


PHD_POSTING = """PhD Stipend in Protein Signalling at the Vennick Institute
The position is offered for a period of three years within the project.
Requirements
- A master's degree in biochemistry or molecular biology
- Hands-on experience with biochemistry methods such as western blotting
- Experience with mass spectrometry and biochemistry assays
- Experience with cell culture
Responsibilities
- Run mass spectrometry screens on stressed cells
"""


def test_a_fixed_term_research_post_is_not_asked_about_its_funding_nor_about_its_own_field() -> None:
    questions, _, focus = card_questions(PHD_POSTING)
    assert focus.family == "research"
    texts = " ".join(q.text for q in questions).lower()
    assert "funding" not in texts
    assert "biochemistry" not in texts  # the field of the degree it asks is the job, no emphasis to ask about


def test_property_law_is_not_real_estate_law() -> None:
    from afterword.analysis.skills import SkillFinder
    from afterword.analysis.taxonomy import default_taxonomy

    found = {m.skill for m in SkillFinder(default_taxonomy()).find("Research in European property law of goods", 1)}
    assert "real estate law" not in found


def test_a_platform_is_not_a_tool_the_team_uses_and_a_company_lab_gets_no_grant_questions() -> None:
    mobile = developer("Backend Developer").replace(
        "- Good SQL skills", "- Curiosity about iOS and Android apps\n- First contact with iOS or Android\n- Good SQL "
                             "skills")
    questions, _, _ = card_questions(mobile)
    assert not any("use iOS" in q.text or "use Android" in q.text for q in questions)
    # the same research questions: in a university group, and not in a company's research department
    academic = {q.text for q in select_questions(frozenset(), focus=PostingFocus(
        "research", "mid", (), said="a postdoc position in our university research group"))}
    company = {q.text for q in select_questions(frozenset(), focus=PostingFocus(
        "research", "mid", (), said="join our drug discovery department; a phd in biology is required"))}
    university_only = {"What support is there for writing grant or fellowship applications?",
                       "How does the group decide on authorship and on who presents the work?",
                       "How secure is the group's funding over the next few years, and what does that mean for this "
                       "position?"}
    assert academic & university_only and not company & university_only


def test_an_office_career_question_is_not_asked_of_a_driving_job() -> None:
    driving = {q.text for q in select_questions(frozenset(), focus=PostingFocus("driving", "mid", ()))}
    office = {q.text for q in select_questions(frozenset(), focus=PostingFocus("software", "mid", ()))}
    ownership = "Where would you like the person in this role to take on more ownership over the next year?"
    assert ownership not in driving and ownership in office


def test_a_nurse_teacher_or_driver_is_not_asked_to_wonder_what_they_may_run_alone() -> None:
    trusted = "Which parts of the work would I be trusted to run on my own from early on?"
    for family in ("healthcare", "teaching", "driving"):
        asked = {q.text for q in select_questions(frozenset(), focus=PostingFocus(family, "mid", ()))}
        assert trusted not in asked, family
    from afterword.coach.questions import load_bank

    kept = next(q for q in load_bank().questions if q.text == trusted)
    assert kept.fits(PostingFocus("software", "mid", ())) and not kept.fits(PostingFocus("driving", "mid", ()))


def test_a_postdoc_tied_to_a_project_is_not_asked_about_freedom_to_pick_its_own_questions() -> None:
    from afterword.coach.questions import load_bank

    question = next(q for q in load_bank().questions if q.id == "res-own-questions")
    base = ("Postdoc in Neurorobotics at the University of Ostby\n## Requirements\n- A PhD in robotics\n"
            "- Articles in peer-reviewed journals\n")
    _, _, open_post = card_questions(base)
    _, _, project = card_questions(base + "The candidate will focus on developing neural control for our walking "
                                          "robot.\n")
    assert question.fits(open_post) and not question.fits(project)


def test_on_call_is_not_asked_about_where_the_posting_says_how_often() -> None:
    from afterword.coach.questions import load_bank

    question = next(q for q in load_bank().questions if q.id == "sw-on-call-load")
    base = "Backend Engineer at Kite\n## Requirements\n- Go\n- You will join the on-call rotation for production\n"
    _, _, open_ask = card_questions(base)
    _, _, said = card_questions(base + "- A couple weeks in a year you will be on call\n")
    assert question.fits(open_ask) and not question.fits(said)


def test_whom_the_role_supports_is_not_asked_when_the_posting_says_it() -> None:
    from afterword.coach.card import build_card

    resume = document_from_text("Ana Ruiz\nEXPERIENCE\nOffice Manager, Brisk Foods | 2015 - now\n- Ran the office "
                                "for 40 staff and kept the director's calendar\n", "resume.md")
    asked = "Who would I support most closely, and how do they like to work?"
    told = build_card(resume, document_from_text(
        "Executive Assistant at Fjordlab\nYour primary task will be to support the Director in daily operations.\n"
        "## Requirements\n- Experience as a personal assistant\n- MS Office\n", "p.md"))
    open_ = build_card(resume, document_from_text(
        "Executive Assistant at Fjordlab\n## Requirements\n- Experience as a personal assistant\n- MS Office\n",
        "p.md"))
    assert asked not in {q.text for q in told.questions}
    assert asked in {q.text for q in open_.questions}


def test_an_employer_that_describes_itself_as_a_university_s_centre_is_not_called_a_company() -> None:
    posting = ("The Centre for Climate Adaptation is part of the Technical University of Norland .\n"
               "The Centre invites applications for a PhD scholarship .\nQualifications\n"
               "- A master's degree in economics\n- Strong written English\n")
    questions, _, focus = card_questions(posting)
    assert focus.employer == "organisation"
    assert not any("the company" in q.text for q in questions)
    _, _, shop = card_questions(developer("Backend Developer"))
    assert shop.employer == "company"


def test_a_posting_that_stresses_nothing_gets_one_question_on_a_duty_in_its_own_words() -> None:
    posting = ("Project Manager\nAt our agency we handle communication solutions for a global toy brand .\n"
               "You will be the project team's internal turning point .\n"
               "This means you plan and lead projects through the development phase and you have full responsibility "
               "for the marketing assignment .\nYou have a good sense for commercial matters .\n")
    questions, _, focus = card_questions(posting)
    assert focus.duty == "plan and lead projects through the development phase"
    assert questions[0].text == ("The posting mentions “plan and lead projects through the development phase”: what "
                                 "does that look like here in a typical week?")
    dev, _, _ = card_questions(developer("Backend Developer"))
    assert not any("The posting mentions" in q.text for q in dev)  # it stresses Kubernetes: asked about instead


def test_a_desk_job_in_the_supply_chain_gets_no_questions_of_the_warehouse_floor() -> None:
    from afterword.coach.card import build_card
    from afterword.coach.posting_focus import title_family
    from afterword.ingest import document_from_text

    assert title_family("Supply Chain Consultant") is None and title_family("Logistics Analyst") is None
    assert title_family("Warehouse Operative") == "logistics"
    posting = ("Supply Chain Consultant at Corvel\n## Requirements\n- Very good SAP knowledge\n- Experience in "
               "supply chain planning and logistics\n- Warehouse and transport processes\n- Travel 25%\n")
    resume = "Ana Ruiz\nPlanner\nEXPERIENCE\nPlanner, Norvik | 2019 - present\n- Planned production for 3 plants\n"
    asked = " ".join(q.text for q in build_card(document_from_text(resume, "r.txt"),
                                                document_from_text(posting, "p.txt")).questions).lower()
    assert "on the floor" not in asked and "picks per hour" not in asked and "shift" not in asked

"""Concerns on postings and resumes as people really write them: only real requirements, never a denial of what
the resume shows, hard conditions always raised, at most five on the card."""

from __future__ import annotations

from datetime import date

from afterword.coach.card import build_card
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)

NODE_RESUME = """Tomas Varga
Backend Developer (Node.js)
tomas.varga@example.org

EXPERIENCE
Backend Developer, Quillstone Apps | 03/2020 - now
- Built a REST API in Node.js and Express serving 2 million requests a day
- Designed the API for our partner integrations and wrote its documentation
Software Engineer, Harrow Labs | 2016 - 2020
- Maintained a billing service in JavaScript and PostgreSQL

EDUCATION
BSc Computer Science, University of Leeds, 2016
"""

PARAGRAPH_POSTING = (
    "Backend Engineer (m/f/d) at Fernwood Systems. Nice to meet you! Fernwood Systems is a logistics software "
    "company with 80 people in Vienna. You will build and run our order services. You have 3+ years of back-end "
    "development with Node.js. You have solid software engineering practices and experience in API design. "
    "You speak fluent English and German. You must be eligible to work in the EU. We offer: delicious coffee and "
    "soft drinks, a learning budget and 30 days of holiday. Job type: Full-time. Fernwood Systems is an equal "
    "opportunity employer and welcomes applicants regardless of gender, religion or disability. Send your CV to "
    "jobs@fernwood.example."
)


def everything_said(card) -> str:  # noqa: ANN001
    """Every concern on the card and below it, with its prepared answer, as one text."""
    return " ".join(c.concern + " ".join(s.text for s in c.answer) for c in (*card.concerns, *card.more_concerns))


def card_for(resume: str, posting: str):  # noqa: ANN201
    return build_card(document_from_text(resume, "resume.md"), document_from_text(posting, "posting.txt"),
                      today=TODAY)


def all_concerns(card):  # noqa: ANN001, ANN201
    return card.concerns + card.more_concerns


def test_a_posting_pasted_as_one_paragraph_is_read_sentence_by_sentence() -> None:
    card = card_for(NODE_RESUME, PARAGRAPH_POSTING)
    asked = [m.requirement.text for m in card.report.requirements if m.requirement.kind == "must-have"]
    assert "You have 3+ years of back-end development with Node.js." in asked
    assert "You speak fluent English and German." in asked
    quoted = " ".join(c.requirement for c in all_concerns(card))
    for not_a_requirement in ("Nice to meet you", "coffee", "Full-time", "equal opportunity", "jobs@fernwood"):
        assert not_a_requirement not in quoted
    assert (card.info.role, card.info.company) == ("Backend Engineer", "Fernwood Systems")


def test_no_answer_denies_what_the_resume_shows() -> None:
    card = card_for(NODE_RESUME, PARAGRAPH_POSTING)
    for concern in all_concerns(card):
        spoken = concern.answer_text.lower()
        for shown in ("back-end", "backend", "software engineering", "api design", "english", "node.js"):
            assert f"haven't used {shown}" not in spoken, concern


def test_hard_conditions_the_resume_does_not_show_are_always_raised() -> None:
    card = card_for(NODE_RESUME, PARAGRAPH_POSTING)
    raised = {c.requirement: c for c in all_concerns(card)}
    assert raised["You speak fluent English and German."].kind in ("condition", "gap", "language")
    assert raised["You must be eligible to work in the EU."].kind == "condition"
    assert card.concerns[0].kind in ("condition", "language")  # hard conditions lead the card


def test_a_javascript_developer_is_told_the_java_role_asks_for_java() -> None:
    posting = "Java Developer at Brightmoor\n## Requirements\n- 4+ years of Java and Spring Boot\n"
    card = card_for(NODE_RESUME, posting)
    (concern,) = [c for c in all_concerns(card) if "Java and Spring" in c.requirement]
    assert concern.kind == "gap" and "haven't used Java" in concern.answer_text


def test_a_skill_named_only_in_passing_asks_for_an_example_instead_of_a_denial() -> None:
    resume = NODE_RESUME + "\nSKILLS\nDocker, Kubernetes (basic)\n"
    posting = "Platform Engineer at Brightmoor\n## Requirements\n- Experience running Kubernetes clusters\n"
    card = card_for(resume, posting)
    concerns = [c for c in all_concerns(card) if "Kubernetes" in c.requirement]
    assert all("haven't" not in c.answer_text for c in concerns)


def test_the_card_shows_at_most_five_concerns_and_keeps_the_rest() -> None:
    skills = ["Go", "Rust", "Scala", "Elixir", "Haskell", "Kotlin", "Swift", "Erlang"]
    posting = "Staff Engineer at Big Co\n## Requirements\n" + "\n".join(f"- 3+ years of {s}" for s in skills)
    card = card_for(NODE_RESUME, posting)
    assert len(card.concerns) == 5 and len(card.more_concerns) == 3


def test_research_notes_are_never_facts_about_the_job() -> None:
    from afterword.ingest import document_from_text as doc

    notes = doc("- The CFO cut travel spending by 30% across the company this year.\n"
                "- During COVID the whole company went remote for a year.\n", "notes.md")
    posting = "Payroll Officer at Wrenfield Council\n## Requirements\n- Experience running payroll\n"
    card = build_card(doc(NODE_RESUME, "resume.md"), doc(posting, "posting.md"), research=[notes], today=TODAY)
    answered = {fact.topic for fact in card.answered}
    assert "travel" not in answered and "remote_policy" not in answered


def test_a_gender_tag_splits_the_role_from_the_company() -> None:
    posting = "Node.js Backend Engineer (m/f/d) LinguaForge\n## Requirements\n- 3+ years of Node.js\n"
    card = card_for(NODE_RESUME, posting)
    assert (card.info.role, card.info.company) == ("Node.js Backend Engineer", "LinguaForge")
    assert "(m/f/d)" not in card.pitches[1].text


def test_a_condition_the_resume_shows_by_doing_it_is_not_raised() -> None:
    resume = ("EXPERIENCE\nShift Supervisor, Dunmore Freight | 2019 - now\n"
              "- Supervise a night shift of 20 pickers in Manhattan WMS\n")
    posting = ("Night Supervisor at Pinecrest\n## Requirements\n- Must be able to work nights, Sunday to Thursday\n"
               "- Hands-on experience with a warehouse management system (Manhattan, SAP EWM or similar)\n")
    card = card_for(resume, posting)
    assert all("work nights" not in c.requirement for c in all_concerns(card))
    assert all("warehouse management system" not in c.requirement for c in all_concerns(card))


def test_traits_fields_and_listed_skills_are_spoken_of_truthfully() -> None:
    resume = document_from_text(
        "Sam Idowu\nSKILLS\nC++, Git\nEXPERIENCE\nBarista, Bean Street Cafe | 2021 - now\n"
        "- Trained 4 new baristas on the morning rush\n", "resume.txt")
    posting = document_from_text(
        "Junior Buyer at Fenwick Foods\n## Requirements\n- Strong teamwork\n- Good problem solving\n"
        "- Experience in procurement\n- Experience with Rust\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    said = " ".join(f"{c.concern} {c.answer_text}" for c in (*card.concerns, *card.more_concerns))
    assert "doesn't show teamwork" not in said and "does not mention this" not in said
    assert sum(c.kind == "story" for c in card.concerns) <= 1  # one "have an example ready" on the card
    assert "haven't used procurement" not in said and "haven't worked in procurement" in said
    assert "my work with C++" not in said  # C++ is only in a list of skills
    must = card.fit_report.counts()
    raised = (*card.concerns, *card.more_concerns)
    # a trait is shown by an example, not by a resume: counted apart, out of the score ("2 to show by example")
    # a change of line of work counts as a must-have not shown, beside the gaps raised (one by one, or said in one
    # answer: "I haven't worked in procurement or used Rust yet")
    assert must["gap"] == sum(any(c.requirement == m.requirement.text or set(m.requirement.skills) <= set(c.skills)
                                  for c in raised if c.kind not in ("story", "career-change"))
                              for m in card.report.gaps) + sum(c.kind == "career-change" for c in raised)
    assert "I haven't worked in procurement or used Rust yet." in said  # each as it is done
    assert card.by_example == sum(c.kind == "story" for c in raised) >= 1
    assert f"{card.by_example} to show by example" in card.fit_line()


def test_a_result_answers_a_record_and_a_nearby_home_answers_a_commute() -> None:
    resume = document_from_text(
        "Dev Patel\nDenver, CO\nEXPERIENCE\nStore Manager, Fieldstone | 2019 - now\n"
        "- Ranked #1 of 6 district stores for sales growth in 2024\n", "resume.txt")
    posting = document_from_text(
        "Store Manager at Copper Kettle\n## Requirements\n- A proven record of meeting sales targets\n"
        "- Ability to commute/relocate: Aurora, CO 80014: Reliably commute (Required)\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    raised = " ".join(c.requirement for c in (*card.concerns, *card.more_concerns))
    assert "sales targets" not in raised and "commute" not in raised
    far = build_card(document_from_text(resume.text.replace("Denver, CO", "Leeds, UK"), "r.txt"), posting,
                     today=date(2026, 12, 1))
    assert any("commute" in c.requirement for c in far.concerns)


def test_owning_tools_is_a_condition_to_confirm_not_a_story() -> None:
    resume = document_from_text("Jo Reyes\nEXPERIENCE\nJourneyman Electrician | 2015 - now\n"
                                "- Ran conduit for 14 retail fit-outs\n", "resume.txt")
    posting = document_from_text("Commercial Electrician\n## Requirements\n- Own hand tools as listed on the IBEW "
                                 "tool list\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    tools = next(c for c in card.concerns if "tools" in c.requirement)
    assert tools.kind == "condition" and tools.tip.startswith("If this holds for you")


def test_the_fit_line_agrees_with_the_concerns() -> None:
    resume = document_from_text("Jo Reyes\nEXPERIENCE\nNight Nurse, Elm Hospital | 2015 - now\n"
                                "- Cared for 6 patients a night on a surgical ward\n", "resume.txt")
    posting = document_from_text("Staff Nurse at Oak Hospital\n## Requirements\n- Nursing experience on a "
                                 "surgical ward\n- Able to work night shifts\n- Able to pass a background check\n",
                                 "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    line = card.fit_line()
    raised_gaps = sum(c.kind != "condition" for c in (*card.concerns, *card.more_concerns)
                      if c.kind in ("gap", "passing", "years", "story"))
    assert f"{raised_gaps} not shown" in line or raised_gaps == 0
    assert "to confirm" in line and card.to_confirm >= 1
    assert not line.startswith("Fit 100/100") or " 0 not shown" in line


def test_a_required_language_gets_an_honest_answer_without_a_promise() -> None:
    resume = document_from_text("Mia Conti\nEXPERIENCE\nSous Chef, Vela | 2019 - now\n- Ran the pass for 140 covers\n"
                                "LANGUAGES\nEnglish, Italian (conversational)\n", "resume.txt")
    posting = document_from_text("Sous Chef at Harbor Kitchen\n## Requirements\n- Conversational Spanish is "
                                 "required\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    spanish = next(c for c in card.concerns if "Spanish" in c.requirement)
    assert "I don't speak Spanish yet" in spanish.answer_text and "I do speak Italian" in spanish.answer_text
    assert "first month" not in spanish.answer_text and "fluent" not in spanish.answer_text


def test_the_same_missing_skill_is_one_concern() -> None:
    resume = document_from_text("Ben Ode\nEXPERIENCE\nC++ Developer, Kite | 2020 - now\n- Built a parser in C++\n",
                                "resume.txt")
    posting = document_from_text("Frontend Developer\n## Requirements\n- JavaScript and HTML\n"
                                 "- Sense for writing maintainable JavaScript code\n- Experience with Vue.js\n",
                                 "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    js = [c for c in card.concerns if c.concern.startswith("Your resume does not show JavaScript:")]
    assert len(js) <= 1


def test_the_same_missing_degree_is_one_concern() -> None:
    resume = document_from_text("Ben Ode\nEXPERIENCE\nC++ Developer, Kite | 2020 - now\n- Built a parser in C++\n"
                                "EDUCATION\nBSc Computer Science, 2019\n", "resume.txt")
    posting = document_from_text("PhD Fellow in Proteomics\n## Requirements\n- A PhD in biology\n"
                                 "- Applicants must hold a PhD degree or equivalent\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    degree = [c for c in (*card.concerns, *card.more_concerns) if "doctorate" in c.concern]
    assert len(degree) <= 1


def test_fewer_years_of_work_than_asked_is_raised_first_and_enough_years_are_not() -> None:
    posting = document_from_text(
        "Senior Support Engineer at Tallis\n## Requirements\n- You gathered 6+ years of experience\n"
        "- Zendesk\n- Is calm under pressure\n", "posting.md")
    short = document_from_text("Mo Reyes\nEXPERIENCE\nSupport Engineer, Kettle Apps | 03/2023 - now\n"
                               "- Answered Zendesk tickets for 40 clients\n", "resume.txt")
    card = build_card(short, posting, today=date(2026, 12, 1))
    # after the step up to "Senior" itself, the years are the first thing raised
    assert [c.kind for c in card.concerns[:2]] == ["step-up", "years"]
    assert "6+ years" in card.concerns[1].requirement
    assert "3.8 years on the resume, 6 asked" in card.concerns[1].concern
    long = document_from_text(short.text.replace("03/2023", "01/2015"), "resume.txt")
    card = build_card(long, posting, today=date(2026, 12, 1))
    assert not any("6+ years" in c.requirement for c in (*card.concerns, *card.more_concerns))


def test_a_line_sharing_two_words_of_a_long_requirement_is_not_shown_as_evidence() -> None:
    resume = document_from_text(
        "Ola Berg\nEXPERIENCE\nBackend Developer, Fjord Pay | 2021 - now\n"
        "- Wrote the payment service in Go (programming language chosen by the team)\n", "resume.txt")
    posting = document_from_text(
        "Developer at Lyng\n## Requirements\n- Sees a programming language or framework as a tool to get a "
        "specific job done and picks the right one\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    said = " ".join(c.concern for c in (*card.concerns, *card.more_concerns))
    assert "only in passing" not in said


def test_a_tool_the_job_title_names_and_the_resume_lacks_is_raised_first() -> None:
    resume = document_from_text(
        "Vera Lind\nEXPERIENCE\nFrontend Developer, Kite Apps | 2019 - now\n- Built the checkout in Angular\n",
        "resume.txt")
    posting = document_from_text(
        "Senior Java Developer at Brightwell\n## Requirements\n- Fluency in one of Java, Angular or Node.js\n"
        "- You speak English\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    first = card.concerns[0]
    assert "Java" in first.concern and "title" in first.concern
    assert "haven't used Java" in first.answer_text
    held = build_card(document_from_text(resume.text + "- Wrote Java services for the back office\n", "r.txt"),
                      posting, today=date(2026, 12, 1))
    assert not any("title" in c.concern for c in (*held.concerns, *held.more_concerns))


def test_a_skill_shown_through_one_that_implies_it_is_never_denied() -> None:
    resume = document_from_text(
        "Noa Kim\nEXPERIENCE\nShop Assistant, Pearl & Co | 2019 - now\nPROJECTS\n"
        "- Built a booking site in JavaScript and published it on GitHub\n", "resume.txt")
    posting = document_from_text(
        "Developer at Tern\n## Requirements\n- Software engineering experience\n- Git\n- Kubernetes\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    said = " ".join(f"{c.concern} {c.answer_text}" for c in (*card.concerns, *card.more_concerns))
    assert "haven't worked in software engineering" not in said  # JavaScript is software work
    assert "show Git" not in said and "show Kubernetes" in said  # GitHub shows Git


def test_a_degree_asked_for_is_answered_with_the_degree_held_and_a_far_field_is_a_change() -> None:
    resume = document_from_text(
        "Ilan Shore\nBackend Developer\nEXPERIENCE\nBackend Developer, Nimbus Labs | 2021 - now\n"
        "- Built data pipelines in Go and SQL for the analytics team\nEDUCATION\n"
        "BSc in Applied Mathematics, Technion, 2020\n", "resume.txt")
    posting = document_from_text(
        "Finance and Performance Analyst at Corvel\n## Requirements\n"
        "- Hold a master's degree in Finance, Economics or similar\n- Able to handle complex data sets in SQL\n"
        "- Knowledge of pricing and margin analysis\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    assert card.concerns[0].kind == "career-change"  # SQL in part does not make a developer a finance analyst
    degree = next(c for c in card.concerns if "degree" in c.concern)
    assert "My own degree is a bachelor's in Applied Mathematics" in degree.answer_text


def test_a_soft_must_is_no_condition_a_tag_line_yields_to_a_sentence_and_glued_lines_are_not_quoted() -> None:
    resume = document_from_text(
        "Jo Marsh\nEXPERIENCE\nShop Assistant, Lark Books | 2020 - now\n"
        "- Ispentmytimeatworkhelpingcustomersfindbooksandsettingupdisplaysforthewindow every week\n",
        "resume.txt")
    posting = document_from_text(
        "Frontend Developer at Oakum\nTechnologies: javascript es6\n## Requirements\n"
        "- Solid JavaScript for building customer-facing displays every week\n"
        "- You must be able to set clear expectations\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    raised = (*card.concerns, *card.more_concerns)
    assert not any(c.kind == "condition" and "expectations" in c.requirement for c in raised)
    javascript = [c for c in raised if "show JavaScript" in c.concern]
    assert len(javascript) == 1 and "Solid JavaScript" in javascript[0].requirement
    assert not any("Ispentmytime" in f"{c.concern} {c.answer_text}" for c in raised)
    assert not any("Ispentmytime" in p.text for p in card.pitches)


def test_a_first_job_seeker_is_not_bridged_from_a_library_of_another_language() -> None:
    resume = document_from_text(
        "Ada Fenn\nSKILLS\nC++, Boost, React, Git\nABOUT\nSelf-taught; looking for my first job as a junior "
        "developer.\n", "resume.txt")
    posting = document_from_text("Frontend Developer at Wick\n## Requirements\n- Creating components with "
                                 "Vue.js\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    answer = next(c.answer_text for c in card.concerns if "Vue.js" in c.concern)
    assert "Boost" not in answer and "React" in answer  # a JavaScript framework carries over to another
    assert "in my work" not in answer  # no job yet to speak of


def test_skills_are_read_for_what_they_are_not_for_their_category_or_word() -> None:
    resume = document_from_text(
        "Tomas Ruud\nEXPERIENCE\nBackend Developer, Fjell Data | 2019 - now\n"
        "- Shipped services in Docker behind Nginx, built in TeamCity\n- Wrote Excel VBA macros for finance\n"
        "- Built the web shop front end in JavaScript\n", "resume.txt")
    posting = document_from_text(
        "Platform Engineer at Vale\n## Requirements\n- DevOps experience\n- Microsoft Office\n"
        "- Skilled at interpreting threat intelligence reports\n- You are agile in a big organisation\n"
        "- React\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    said = " ".join(f"{c.concern} {c.answer_text}" for c in (*card.concerns, *card.more_concerns))
    assert "speak interpreting" not in said  # interpreting is work, not a language
    assert "show DevOps" not in said and "haven't used DevOps" not in said  # Docker, Nginx, TeamCity
    assert "Microsoft Office" not in said  # Excel VBA
    assert "show Agile" not in said  # "agile" here means nimble
    react = next(c for c in (*card.concerns, *card.more_concerns) if "React" in c.concern)
    assert react.kind == "gap"  # JavaScript does not show React, not even in passing


def test_one_point_is_made_once_a_level_label_is_nothing_to_answer_and_a_future_duty_is_no_ask() -> None:
    resume = document_from_text("Kai Berg\nEXPERIENCE\nDeveloper, Nook Apps | 2020 - now\n- Built apps in "
                                "Python\n", "resume.txt")
    posting = document_from_text(
        "Frontend Developer at Wick\n## Requirements\n- Vue.js\n- Sound knowledge of npm and Vue.js\n"
        "- Mid-Level Senior Lead\n- After some years here you will train our new colleagues\n"
        "- You have the opportunity to shape the future of our frontend\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    raised = (*card.concerns, *card.more_concerns)
    assert sum("Vue.js" in c.concern for c in raised) == 1 or all(
        "npm" in c.concern for c in raised if "Vue.js" in c.concern)
    assert not any(c.requirement in ("Mid-Level Senior Lead", "After some years here you will train our new "
                                     "colleagues") for c in raised)
    assert not any("opportunity" in c.requirement for c in raised)


def test_a_record_asked_for_in_the_posting_s_own_words_is_a_gap_not_a_story() -> None:
    resume = document_from_text("Noa Levi\nEXPERIENCE\nWeb Developer, Intelos | 2019 - now\n- Built map "
                                "dashboards in Vue for 12 city councils\n", "resume.txt")
    posting = document_from_text(
        "Associate Professor at Nordby University\n## Requirements\n- The role requires an established publication "
        "record and experience with international research collaboration\n- Documented experience with analysis "
        "of eDNA at the molecular level is required\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    raised = {c.requirement: c for c in (*card.concerns, *card.more_concerns)}
    record = next(c for text, c in raised.items() if "publication record" in text)
    edna = next(c for text, c in raised.items() if "eDNA" in text)
    assert record.kind == edna.kind == "unnamed" and not record.answer  # no words put in the candidate's mouth
    assert "3 not shown" in card.fit_line()  # the two records and the change of line of work


def test_a_tag_line_adds_no_concern_when_a_sentence_asks_for_the_same_skills() -> None:
    resume = document_from_text("Ola Berg\nEXPERIENCE\nDeveloper, Fjord Pay | 2021 - now\n- Built the payment "
                                "service in Python\n", "resume.txt")
    posting = document_from_text("Backend Developer at Lyng\nTechnologies: typescript node.js\n## Requirements\n"
                                 "- Back-end work in TypeScript and Node.js\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    raised = [c.requirement for c in (*card.concerns, *card.more_concerns)]
    assert "Back-end work in TypeScript and Node.js" in raised
    assert not any("typescript node.js" in text for text in raised)


def test_one_shared_word_of_a_skill_is_no_evidence_in_passing() -> None:
    resume = document_from_text(
        "Ivan Kor\nEXPERIENCE\nSales Lead, Orbit Home | 2016 - now\n- Development and execution strategy of home "
        "appliances in 4 countries\n", "resume.txt")
    posting = document_from_text("Front End Developer at Wick\n## Requirements\n- Front-end development in React\n",
                                 "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    assert not any(c.kind == "passing" for c in (*card.concerns, *card.more_concerns))


def test_the_features_that_make_excel_advanced_show_advanced_excel() -> None:
    resume = document_from_text(
        "Ana Ruiz\nEXPERIENCE\nStaff Accountant, Pell Foods | 2019 - now\n- Built an Excel model with pivot tables "
        "and XLOOKUP that replaced a two-day manual report\nSKILLS\nExcel: pivot tables, XLOOKUP, Power Query\n",
        "resume.txt")
    posting = document_from_text("Staff Accountant\n## Requirements\n- Advanced Excel skills (pivot tables, "
                                 "VLOOKUP)\n- Month-end close\n", "p.md")
    card = build_card(resume, posting, today=TODAY)
    assert not any("advanced Excel" in concern.concern or "Advanced Excel" in concern.concern
                   for concern in card.concerns)
    assert "haven't used advanced Excel" not in " ".join(concern.answer_text for concern in card.concerns)


def test_a_team_managed_shows_technical_leadership_and_on_call_is_a_condition() -> None:
    resume = document_from_text(
        "Ilan Roth\nWORK EXPERIENCE\nPython Developer, Owlet Games | 2019 - now\n- Managed a team of 2 developers "
        "and built our payments API in Django\n", "resume.txt")
    posting = document_from_text("Software Engineer\n## Requirements\n- Experience with technical leadership in a "
                                 "team .\n- Python and Django\n- A couple of weeks a year you will be required to "
                                 "be on call .\n", "p.md")
    card = build_card(resume, posting, today=TODAY)
    said = " ".join(f"{c.concern} {c.answer_text}" for c in (*card.concerns, *card.more_concerns))
    assert "technical leadership" not in said or "in passing" in said
    on_call = next(c for c in card.concerns if "on call" in c.concern)
    assert on_call.kind == "condition" and "example" not in on_call.concern


def test_presenting_to_stakeholders_is_some_evidence_of_a_strong_communicator() -> None:
    from afterword.analysis.matching import match_documents

    resume = document_from_text("Mira Koval\nSKILLS\nPresentation of new features to customers and stakeholders.\n",
                                "resume.txt")
    posting = document_from_text("Cost Controller\n## Requirements\n- You are extrovert and a strong communicator .\n",
                                 "p.md")
    match = next(m for m in match_documents(resume, posting).requirements if "communicator" in m.requirement.text)
    assert match.requirement.skills == ("communication",) and match.status != "gap"


def test_a_licence_the_job_needs_is_asked_about_never_promised() -> None:
    resume = document_from_text("Rosa Vint\nEXPERIENCE\nWarehouse Supervisor, Cascade | 2019 - now\n- Supervise a "
                                "night shift of 24 associates\n", "resume.txt")
    posting = document_from_text("Regional Truck Driver\n## Requirements\n- Class A CDL\n", "p.md")
    concern = next(c for c in build_card(resume, posting, today=TODAY).concerns if "CDL" in c.concern)
    assert "isn't one of my credentials" in concern.answer_text
    assert "My plan is" not in concern.answer_text and "day one" in concern.answer_text
    # a licence asked to be held now ("Valid ...") is not asked about as something they might train for
    posting = document_from_text("Regional Truck Driver\n## Requirements\n- Valid Class A CDL\n", "p.md")
    concern = next(c for c in build_card(resume, posting, today=TODAY).concerns if "CDL" in c.concern)
    assert "isn't one of my credentials" in concern.answer_text
    assert "day one" not in concern.answer_text and "hold it now" in concern.tip


def test_a_job_in_another_state_asks_whether_the_candidate_would_move() -> None:
    resume = ("Linh Tran\nReno, NV · (775) 555-0190\nEXPERIENCE\nRegional Driver, Sierra Haul | 2018 - now\n"
              "- Drove 400,000 accident-free miles on regional routes\n")
    posting = "Regional Truck Driver\nNorthgate Freight | Kansas City, MO | Regional\n## Requirements\n- Class A CDL\n"
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    moving = [c for c in card.concerns if "would move" in c.concern]
    assert len(moving) == 1 and "Kansas City, MO" in moving[0].concern and "Reno, NV" in moving[0].concern
    assert moving[0].answer == ()  # whether to move is the candidate's to say
    asked = posting + "- Willing to relocate to Kansas City, MO\n"  # the posting asks it itself: asked once
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(asked, "p.md"), today=TODAY)
    assert not any("would move" in c.concern for c in card.concerns)
    for other in ("Sparks, NV", "Kansas City, MO\nThis is a fully remote role."):
        near = posting.replace("Kansas City, MO", other)
        card = build_card(document_from_text(resume, "resume.txt"), document_from_text(near, "p.md"), today=TODAY)
        assert not any("would move" in c.concern for c in card.concerns), other


def test_an_interest_asked_is_never_answered_with_i_havent() -> None:
    resume = document_from_text("Ilan Roth\nEXPERIENCE\nBackend Developer, Owlet Games | 2019 - now\n- Built our "
                                "payments API in Go and PostgreSQL\n", "resume.txt")
    posting = document_from_text("Backend Engineer\n## Requirements\n- Go and PostgreSQL\n- Excited about "
                                 "domain-driven design\n", "p.md")
    card = build_card(resume, posting, today=TODAY)
    ddd = next(c for c in (*card.concerns, *card.more_concerns) if "domain-driven design" in c.concern)
    assert "what draws you to" in ddd.concern and ddd.answer == ()
    assert "haven't" not in " ".join(c.answer_text for c in card.concerns)


def test_a_line_whose_words_ran_together_is_never_quoted_as_shown_in_passing() -> None:
    from afterword.coach.concerns import _other_work
    from afterword.models import Evidence, Requirement, RequirementMatch

    glued = "At the moment I am looking forajoborinternship,IenjoylearningJava,springframework,docker,git"
    resume = document_from_text(f"Oleg Marr\nABOUT\n{glued}\n", "resume.txt")
    number = next(line.number for line in resume.lines if line.text == glued)
    requirement = Requirement("Good communication skills", "must-have", 3, ("communication",))
    concern = _other_work(RequirementMatch(requirement, "partial", (Evidence(number, glued, "keyword"),)), resume)
    assert "forajob" not in concern.concern and "in passing" not in concern.concern


def test_a_job_in_another_country_asks_whether_the_candidate_would_move() -> None:
    resume = ("Avi Mizrahi\nResidence: Haifa Phone: 050 000 0000\nEXPERIENCE\nData Engineer, Carmel Labs | 2019 - now\n"
              "- Built the nightly pipeline in Python and Airflow for 40 hospitals\n")
    posting = ("Data Engineer\nLocation: Aarhus\n## Requirements\n- Python and Airflow\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    moving = [c for c in card.concerns if "would move" in c.concern]
    assert len(moving) == 1 and "Aarhus (Denmark)" in moving[0].concern and "Haifa, Israel" in moving[0].concern
    assert moving[0].answer == () and "permit" in moving[0].tip
    for other in ("Location: Tel Aviv", "Location: Aarhus\nThis is a fully remote role.", ""):
        near = posting.replace("Location: Aarhus", other)
        card = build_card(document_from_text(resume, "resume.txt"), document_from_text(near, "p.md"), today=TODAY)
        assert not any("would move" in c.concern for c in card.concerns), other


def test_fluency_in_programming_languages_is_no_condition_and_one_of_them_is_enough() -> None:
    posting = ("Backend Developer\n## Requirements\n- Fluency in at least one of these languages: Java, Kotlin, Go\n")
    card = card_for(NODE_RESUME.replace("Node.js and Express", "Java and Spring"), posting)
    assert not any("Kotlin" in c.concern or "Fluency" in c.concern for c in all_concerns(card))


def test_an_ambition_to_learn_a_stack_asks_what_draws_the_candidate_not_what_they_lack() -> None:
    posting = ("Backend Developer\n## Requirements\n- Node.js and PostgreSQL\n"
               "- The ambition to become an expert in Kubernetes, Terraform and Kafka\n")
    concern = next(c for c in all_concerns(card_for(NODE_RESUME, posting)) if "Kubernetes" in c.concern)
    assert concern.concern.startswith("They may ask what draws you to")
    assert "haven't" not in concern.answer_text


def test_a_doctorate_asked_is_firm_and_unfinished_studies_are_said_plainly() -> None:
    resume = ("Ilya Orlov\nEXPERIENCE\nPython Developer, Brightline | 2020 - now\n- Cut the API's response time from "
              "minutes to seconds\nEDUCATION\nSoftware Engineering, unfinished higher education\n")
    posting = "Postdoc in Robotics\n## Requirements\n- A PhD degree in robotics or a quantitative field\n"
    concern = next(c for c in all_concerns(card_for(resume, posting)) if "doctorate" in c.concern)
    assert "firm requirement" not in concern.answer_text
    assert "I don't hold that degree" in concern.answer_text
    assert "not finished (line 6)" in concern.tip


def test_a_doctorate_asked_beside_experience_in_words_is_asked_as_a_degree_and_attendance_is_a_condition() -> None:
    posting = ("Postdoc in Property Law\n## Requirements\n- The candidate must hold a PhD in law and must have "
               "experience within the area of property law.\n- Your physical attendance at the department is "
               "required.\n")
    concerns = all_concerns(card_for(NODE_RESUME, posting))
    degree = next(c for c in concerns if "PhD" in c.requirement)
    assert "doctorate" in degree.concern and "I don't hold that degree" in degree.answer_text
    attendance = next(c for c in concerns if "attendance" in c.requirement)
    assert attendance.kind == "condition" and "example" not in attendance.concern.lower()


def test_a_tool_or_another_of_its_kind_is_met_by_another_of_that_kind() -> None:
    posting = ("Backend Developer\n## Requirements\n- Java or strong experience with other server-side languages\n"
               "- Oracle or a similar database\n")
    concerns = all_concerns(card_for(NODE_RESUME, posting))  # JavaScript and PostgreSQL on the resume
    assert not any("Java or" in c.requirement or "Oracle" in c.requirement for c in concerns)
    other = all_concerns(card_for(NODE_RESUME, posting.replace("Java or strong", "Java and strong")))
    assert any("Java" in c.requirement for c in other)


def test_years_of_the_work_outrank_a_clean_record_to_confirm() -> None:
    resume = document_from_text("Rosa Vint\nEXPERIENCE\nWarehouse Supervisor, Cascade | 2015 - now\n- Supervise a "
                                "night shift of 24 associates\n", "resume.txt")
    posting = document_from_text("Regional Truck Driver\n## Requirements\n- Valid Class A CDL\n- Current DOT medical "
                                 "card\n- Clean MVR: no more than 2 moving violations in 3 years\n- At least 2 years "
                                 "of verifiable regional driving experience\n- Experience with food-grade loads\n"
                                 "- Able to pass a DOT drug screen\n", "p.md")
    card = build_card(resume, posting, today=TODAY)
    shown = [c.requirement for c in card.concerns]
    assert any("verifiable regional driving" in r for r in shown)
    assert not any("MVR" in r for r in shown) and any("MVR" in c.requirement for c in card.more_concerns)
    licence = next(c for c in card.concerns if "CDL" in c.requirement)
    assert "complete it" not in licence.answer_text and "train people" not in licence.answer_text
    assert "concrete example" not in licence.tip  # a licence is held, not shown by a story
    # a move to another state comes in above the routine checks, never above the years of the work
    moving = build_card(document_from_text("Rosa Vint\nReno, NV\nEXPERIENCE\nWarehouse Supervisor, Cascade | 2019 - "
                                           "now\n- Supervise a night shift of 24 associates\n", "resume.txt"),
                        document_from_text(posting.text.replace("Regional Truck Driver\n",
                                                                "Regional Truck Driver\nKansas City, MO\n"), "p.md"),
                        today=TODAY)
    shown = [c.concern for c in moving.concerns]
    assert any("would move" in c for c in shown) and any("verifiable regional driving" in c for c in shown)
    assert not any("MVR" in c for c in shown)


def test_an_office_tool_the_resume_does_not_list_is_never_denied() -> None:
    posting = "Backend Developer\n## Requirements\n- Node.js\n- Good command of Microsoft Office\n"
    concern = next(c for c in all_concerns(card_for(NODE_RESUME, posting)) if "Office" in c.requirement)
    assert "does not name Microsoft Office" in concern.concern
    assert concern.answer == () and "haven't" not in concern.answer_text


def test_a_country_named_only_in_the_company_blurb_is_not_where_the_job_is() -> None:
    resume = ("Avi Mizrahi\nResidence: Haifa Phone: 050 000 0000\nEXPERIENCE\nData Engineer, Carmel Labs | 2019 - now\n"
              "- Built the nightly pipeline in Python and Airflow for 40 hospitals\n")
    posting = ("Data Engineer\nWe are looking for a data engineer to build our pipelines.\n"
               "## Requirements\n- Python and Airflow\n## About us\n"
               "Our main campus is in the capital and we have campuses in two cities and one in Greenland.\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    assert not any("would move" in c.concern for c in (*card.concerns, *card.more_concerns))
    abroad = posting.replace("We are looking for", "In Greenland, we are looking for")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(abroad, "p.md"), today=TODAY)
    assert any("Greenland" in c.concern and "would move" in c.concern for c in card.concerns)


def test_a_job_for_citizens_of_one_country_is_raised_against_another_citizenship_on_the_resume() -> None:
    resume = ("Nadia Orlova\nCitizenship: Russia\nLocation: Tel Aviv\nEXPERIENCE\nFrontend Developer, Brightline | "
              "2021 - now\n- Built the booking pages in React and TypeScript\n")
    posting = ("Frontend Developer\nFull-time | Vienna | Home office option [ Please note that this position is only "
               "available for Austrian citizens. ]\n## Requirements\n- React and TypeScript\n")
    concern = next(c for c in all_concerns(card_for(resume, posting)) if "citizens" in c.requirement)
    assert concern.kind == "condition" and "line 2" in concern.concern and "Full-time" not in concern.concern
    assert concern.answer == ()
    for same in ("Citizenship: Austria", "Austrian citizen"):
        concerns = all_concerns(card_for(resume.replace("Citizenship: Russia", same), posting))
        assert not any("citizens" in c.requirement for c in concerns), same
    us = "Frontend Developer\n## Requirements\n- Must be a U.S. citizen\n- React and TypeScript\n"
    for held in ("Citizenship: United States", "US citizen"):
        concerns = all_concerns(card_for(resume.replace("Citizenship: Russia", held), us))
        assert not any("citizen" in c.requirement for c in concerns), held
    eu = us.replace("Must be a U.S. citizen", "EU citizens only")
    assert not any("citizens" in c.requirement
                   for c in all_concerns(card_for(resume.replace("Citizenship: Russia", "Citizenship: German"), eu)))
    assert any("citizens" in c.requirement for c in all_concerns(card_for(resume, eu)))


def test_a_skill_named_in_other_words_is_never_denied_beside_the_ones_that_are_missing() -> None:
    resume = ("Dana Lev\nSKILLS\nJavaScript, PHP, MongoDB, Vue, React, Node, Git\nEXPERIENCE\nWeb Developer, Pixel | "
              "2019 - now\n- Built the shop's catalogue in Vue and PHP\n")
    posting = "Full-stack Developer\n## Requirements\n- Docker, Node.js and TypeScript\n"
    concern = next(c for c in all_concerns(card_for(resume, posting)) if "Docker" in c.requirement)
    assert "Node" not in concern.answer_text and "does not show Docker and TypeScript:" in concern.concern
    only_node = all_concerns(card_for(resume, posting.replace("Docker, Node.js and TypeScript", "Node.js")))
    assert not any("haven't" in c.answer_text for c in only_node)


def test_years_of_a_kind_of_work_the_resume_does_not_show_are_said_as_such() -> None:
    posting = ("Programme Director\n## Requirements\n- 8+ years of work experience in entrepreneurship or "
               "sustainability\n")
    concern = next(c for c in all_concerns(card_for(NODE_RESUME, posting)) if "8+ years" in c.requirement)
    assert concern.concern.startswith("They ask for 8 years or more in this work, and your resume does not show it")
    assert "does not mention this" not in concern.concern and concern.answer == ()


def test_a_tool_named_only_as_an_example_of_what_is_asked_is_not_denied_on_its_own() -> None:
    posting = ("Warehouse Supervisor\n## Requirements\n- Hands-on experience with a warehouse management system "
               "(Manhattan, SAP EWM or similar)\n")
    concern = next(c for c in all_concerns(card_for(NODE_RESUME, posting)) if "warehouse" in c.requirement)
    said = concern.concern.split(":")[0] + " " + concern.answer_text
    assert "warehouse management" in said and "SAP EWM" not in said


def test_years_reached_only_by_counting_internships_are_raised_plainly() -> None:
    posting = document_from_text(
        "Software Engineer at Brindle\n## Requirements\n- At least 2 years of experience in software engineering\n"
        "- Java\n", "posting.md")
    interned = document_from_text(
        "Ana Petrov\nEXPERIENCE\n2021 - 2022 Internship, Java Developer, Corvid Systems\n- Wrote Java services\n"
        "2023 Summer internship as Java Developer at Lanthorn\n- Fixed Java bugs\n", "resume.txt")
    card = build_card(interned, posting, today=date(2026, 12, 1))
    raised = [c for c in (*card.concerns, *card.more_concerns) if "2 years" in c.requirement]
    assert len(raised) == 1 and raised[0].kind == "years"
    assert "internships or training" in raised[0].concern and raised[0].answer == ()  # nothing said for them
    worked = document_from_text(interned.text.replace("2021 - 2022 Internship, Java Developer",
                                                      "2019 - 2022 Java Developer"), "resume.txt")
    card = build_card(worked, posting, today=date(2026, 12, 1))
    assert not any("internships" in c.concern for c in (*card.concerns, *card.more_concerns))


def test_a_record_the_posting_says_is_required_is_raised_as_a_gap_not_a_story() -> None:
    posting = document_from_text(
        "Assistant Professor in Soil Science\n## Requirements\n- Candidates must be able to teach in English\n"
        "- Some years of post-graduate research and publication experience is required .\n"
        "- The ability to work in a multidisciplinary team is essential .\n", "posting.md")
    resume = document_from_text("Lea Brandt\nEXPERIENCE\nLab Technician, Ostfeld Farms | 2019 - now\n"
                                "- Ran soil tests for 300 farms a year\n", "resume.txt")
    card = build_card(resume, posting, today=TODAY)
    raised = {c.requirement: c for c in (*card.concerns, *card.more_concerns)}
    record = raised["Some years of post-graduate research and publication experience is required ."]
    assert record.kind == "unnamed" and record.answer == ()
    assert raised["The ability to work in a multidisciplinary team is essential ."].kind == "story"


def test_a_skill_shown_through_one_that_implies_it_is_never_denied_beside_one_shown_in_pieces() -> None:
    posting = document_from_text(
        "Project Manager at Brindle\n## Requirements\n- You have a solid understanding of IT project management "
        "and experience of agile working methods\n", "posting.md")
    resume = document_from_text(
        "Noa Adler\nEXPERIENCE\nSoftware Engineer, Corvid Systems | 2020 - now\n- Ran the Scrum ceremonies for a "
        "team of 6\n- Led the checkout project for 40 shops\n- Reported to senior management every week\n",
        "resume.txt")
    card = build_card(resume, posting, today=TODAY)
    said = everything_said(card)
    assert "Agile" not in said and "haven't" not in said
    assert any("project management" in c.requirement for c in (*card.concerns, *card.more_concerns))


def test_a_field_whose_parts_the_resume_names_is_not_denied() -> None:
    posting = document_from_text(
        "Frontend Engineer at Brindle\n## Requirements\n- Extensive front-end development experience with React "
        "and TypeScript\n", "posting.md")
    resume = document_from_text(
        "Ola Berg\nEXPERIENCE\nWeb Developer, Corvid Systems | 2020 - now\n- Built the shop's pages in React, "
        "HTML, CSS and JavaScript for 40 stores\n", "resume.txt")
    card = build_card(resume, posting, today=TODAY)
    said = everything_said(card)
    assert "front-end development" not in said.replace("“Extensive front-end development", "")
    assert "TypeScript" in said


def test_either_of_two_skills_paired_by_a_slash_is_the_ask_and_a_microcontroller_is_embedded_work() -> None:
    posting = document_from_text(
        "Systems Developer at Corvane\n## Requirements\n- At least 3 years of C / C++ development\n"
        "- Understanding of embedded systems\n", "posting.md")
    resume = document_from_text(
        "Avi Gold\nEXPERIENCE\nSoftware Developer, Corvid Systems | 2015 - now\n- Wrote the billing engine in C++ "
        "for 2 million accounts\nSKILLS\nProgramming the microcontrollers: Arduino\n", "resume.txt")
    card = build_card(resume, posting, today=TODAY)
    said = everything_said(card)
    assert "haven't" not in said
    assert "does not show C" not in said and "embedded systems:" not in said


def test_a_degree_answer_names_every_degree_held_at_that_level() -> None:
    posting = document_from_text(
        "PhD Student in Water Policy\n## Requirements\n- Candidates should have a Masters degree in a relevant "
        "social science discipline\n", "posting.md")
    resume = document_from_text(
        "Vera Lind\nEXPERIENCE\nSales Director, Brisk Foods | 2015 - now\n- Grew market share from 1% to 7%\n"
        "EDUCATION\nMBA (Sales & Marketing)\nIBDA, Moscow | 2013 - 2015\nPsychology/Masters Degree\n"
        "Moscow State University | 2005 - 2010\n", "resume.txt")
    card = build_card(resume, posting, today=TODAY)
    degree = next(c for c in (*card.concerns, *card.more_concerns) if "social science" in c.requirement)
    said = " ".join(s.text for s in degree.answer)
    assert "Psychology" in said and "Sales & Marketing" in said


def test_a_missing_language_is_answered_with_the_other_one_asked_or_a_close_one_never_an_unrelated_one() -> None:
    posting = document_from_text("Office Administrator at Fjordlab\n## Requirements\n- You are fluent in both "
                                 "Danish and English orally and in writing\n", "posting.md")
    resume = document_from_text("Olga Ivanova\nEXPERIENCE\nOffice Manager, Brisk Foods | 2015 - now\n- Ran the "
                                "office for 40 staff\nLANGUAGES\nRussian (native), English (C1)\n", "resume.txt")
    danish = next(c for c in build_card(resume, posting, today=TODAY).concerns if "Danish" in c.requirement)
    assert "I do speak English" in danish.answer_text and "Russian" not in danish.answer_text
    swedish = document_from_text(resume.text.replace("Russian (native)", "Swedish (native)"), "resume.txt")
    danish = next(c for c in build_card(swedish, posting, today=TODAY).concerns if "Danish" in c.requirement)
    assert "Swedish" in danish.answer_text


def test_an_ask_whose_subject_was_redacted_is_no_concern() -> None:
    posting = document_from_text("Data Developer\n## Requirements\n- Documented experience working as a "
                                 "<PROFESSION>\n- Experience with data modelling\n", "posting.md")
    resume = document_from_text("Avi Gold\nEXPERIENCE\nDeveloper, Corvid Systems | 2015 - now\n- Built the billing "
                                "engine for 2 million accounts\n", "resume.txt")
    card = build_card(resume, posting, today=TODAY)
    assert not any("PROFESSION" in c.requirement.upper() for c in (*card.concerns, *card.more_concerns))


def test_the_degree_tip_speaks_of_an_open_field_only_when_the_posting_leaves_one() -> None:
    resume = ("Ana Ruiz\nData Analyst\nEXPERIENCE\nData Analyst, Norvik Freight | 2019 - present\n"
              "Built weekly SQL reports for 40 depots\nEDUCATION\nBSc Business Informatics, 2018\n")
    tips = {}
    for field in ("a Master's degree in Computer Science", "a Master's degree in a relevant field"):
        posting = f"Senior Data Analyst at Corvel\nRequirements\n- {field}\n- Experience with SQL\n"
        built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"),
                           today=date(2026, 12, 1))
        tips[field] = next(c.tip for c in built.concerns if "master's" in c.concern)
    assert "or similar" not in tips["a Master's degree in Computer Science"]
    assert "leaves open" not in tips["a Master's degree in Computer Science"]
    # a bachelor's is below the level asked, whatever the field: the tip says so, not that the field is open
    assert "below the level the posting names" in tips["a Master's degree in a relevant field"]
    master = resume.replace("BSc Business Informatics", "MSc Business Informatics")
    posting = ("Senior Data Analyst at Corvel\nRequirements\n- a Master's degree in Finance or a related field\n"
               "- Experience with SQL\n")
    built = build_card(document_from_text(master, "resume.txt"), document_from_text(posting, "p.md"),
                       today=date(2026, 12, 1))
    assert "leaves open" in next(c.tip for c in (*built.concerns, *built.more_concerns) if "master's" in c.concern)


STUDENT = """Ilya Petrov
C/C++ Developer
EDUCATION
Moscow State University, Faculty of Mechanics and Mathematics | Sep 2019 - present
SKILLS
C (3+ years), C++ (2+ years), Python (3+ years)
"""


def test_a_tag_line_speaks_only_of_the_tags_no_sentence_asks_and_names_are_the_posting_s() -> None:
    posting = ("Java Developer\nRequirements\n- Minimum 3 years in Java EE technology\n"
               "- Technologies: HTML5 JavaScript CSS jQuery\n- java-ee html javascript jquery\n")
    built = build_card(document_from_text(STUDENT, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    concerns = {c.requirement: c for c in built.concerns}
    tags = concerns["java-ee html javascript jquery"]
    assert "does not show Java:" in tags.concern  # HTML, JavaScript and jQuery are raised with their sentence
    assert "Java EE" in concerns["Minimum 3 years in Java EE technology"].answer_text  # not "Jakarta EE"


def test_an_eagerness_the_posting_offers_to_teach_is_an_interest_not_a_gap() -> None:
    posting = ("Engineering Manager at Brightwell\nRequirements\n"
               "- Are eager to be hands-on with React & Ruby-on-Rails (we are happy to help you ramp up)\n"
               "- reactjs ruby-on-rails\n")
    built = build_card(document_from_text(STUDENT, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(f"{c.concern} {c.answer_text}" for c in built.concerns)
    assert "draws you to React and Ruby on Rails" in text
    assert "haven't" not in text and "Have an example ready" not in text


def test_a_degree_asked_of_a_student_is_on_the_card_with_a_tip_about_graduating() -> None:
    posting = ("Java Developer\nRequirements\n- Java SE 8+ and Java EE 7\n- HTML5 JavaScript CSS jQuery\n"
               "- Minimum 3 years in IT projects\n- Restful API development experience\n"
               "- Knowledge of pair programming and test-driven development\n- Technical Bachelor/ University degree\n")
    built = build_card(document_from_text(STUDENT, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    degree = next(c for c in built.concerns if "bachelor's degree" in c.concern)
    assert "still under way (line 4)" in degree.tip and "graduate" in degree.tip


def test_a_system_s_high_availability_is_no_condition_and_a_tag_line_is_not_prepared_on_the_card() -> None:
    resume = ("Oleg Sidorov\nDevOps Engineer\nEXPERIENCE\nDevOps Engineer, Claustrophobia | 2019 - present\n"
              "Ran Docker and Kubernetes clusters for 40 services\n")
    posting = ("DevOps Engineer\nTechnologies\ncloud amazon-web-services azure devops automation\nRequirements\n"
               "- Understanding of high-availability disaster-recovery monitoring and logging at scale\n"
               "- Some experience with infrastructure-as-code ( e.g . Ansible Puppet Terraform )\n")
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    for concern in built.concerns:
        assert "ask what flexibility there is" not in concern.tip
        assert concern.requirement != "cloud amazon-web-services azure devops automation"
    assert any(c.requirement == "cloud amazon-web-services azure devops automation" for c in built.more_concerns)


def test_work_lines_that_serve_customers_are_never_denied_as_customer_service() -> None:
    resume = ("Dana Levi\nStore Floor Manager\nEXPERIENCE\nStore Floor Manager, The Rodrup House | 2016 - 2023\n"
              "Assisted customers on the floor\nAttended to the specific requests of customers\n")
    posting = ("Pioneer a brighter future\nAt <ORGANIZATION> we work with our customers .\n"
               "Team Leader Customer Service & Logistics <ORGANIZATION>\nRequirements\n"
               "- Have experience from Sales or Customer Service areas\n- Excel\n")
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    for concern in (*built.concerns, *built.more_concerns):
        assert "customer service" not in concern.answer_text.lower()
        assert "does not show customer service" not in concern.concern.lower()


def test_a_doctorate_the_posting_makes_a_must_is_never_offered_as_tradable_for_experience() -> None:
    posting = ("Postdoc in Property Law\n## Requirements\n- The candidate must hold a PhD in law\n"
               "- Experience with property law\n")
    resume = "Dana Lee\nParalegal\nEXPERIENCE\nParalegal, Norwood Law, 2019 - present\n- Drafted 40 property leases\n"
    degree = next(c for c in all_concerns(card_for(resume, posting)) if "PhD" in c.requirement)
    said = f"{degree.tip} {degree.answer_text}"
    assert "and ask whether experience can stand in" not in said and "firm requirement" not in said
    assert "makes it a must" in degree.tip
    softer = posting.replace("Postdoc in Property Law", "Legal Analyst").replace("The candidate must hold a PhD",
                                                                                 "A PhD")
    asked = next(c for c in all_concerns(card_for(resume, softer)) if "PhD" in c.requirement)
    assert "makes it a must" not in asked.tip


def test_an_ask_whose_subject_the_resume_names_is_never_said_to_be_unmentioned() -> None:
    posting = ("Backend Engineer\n## Requirements\n- Experience in unit & functional testing\n"
               "- Experience in ledger reconciliation\n")
    resume = ("Lena Park\nAnalyst\nEXPERIENCE\nSenior Analyst, Orbel Bank, 2017 - present\n"
              "- Wrote requirements and ran manual testing of releases for three teams\n")
    concerns = {c.requirement: c.concern for c in all_concerns(card_for(resume, posting))}
    testing = concerns["Experience in unit & functional testing"]
    assert "does not mention" not in testing
    assert "mentions testing (line 5" in testing and "manual testing of releases" in testing
    assert "mentions" not in concerns["Experience in ledger reconciliation"]


def test_a_missing_language_is_bridged_by_one_of_its_paradigm_never_by_one_that_shares_its_letters() -> None:
    posting = "Backend Developer\n## Requirements\n- Java\n"
    resume = ("Omar Haddad\nDeveloper\nEXPERIENCE\nDeveloper, Lumen Apps, 2019 - present\n"
              "- Built a booking site in JavaScript and Node for 40 hotels\n")
    java = next(c for c in all_concerns(card_for(resume, posting)) if c.requirement == "Java")
    assert "JavaScript" not in java.answer_text
    csharp = next(c for c in all_concerns(card_for(resume.replace("JavaScript and Node", "C#"), posting))
                  if c.requirement == "Java")
    assert "What carries over is my work with C#." in csharp.answer_text


def test_a_tag_line_that_is_the_only_place_the_posting_names_its_stack_is_prepared_on_the_card() -> None:
    posting = ("Mobile Developer\nTechnologies\nazure android ionic-framework\nYOUR PERSONALITY\n"
               "You are smart self-motivated and love to work in an agile environment .\n")
    resume = "Ilya Brenner\nC++ Developer\nPROJECTS\n- A path-finding library in C++ with 40 unit tests\n"
    built = card_for(resume, posting)
    stack = next(c for c in built.concerns if c.requirement == "azure android ionic-framework")
    assert "Android" in stack.concern
    # beside a sentence that asks for a tool the resume lacks, the tags stay below the card's concerns
    asked = posting + "Requirements\n- Experience with Kotlin\n"
    assert all(c.requirement != "azure android ionic-framework" for c in card_for(resume, asked).concerns)


def test_a_degree_the_posting_prefers_and_the_resume_lacks_is_prepared_below_the_must_haves() -> None:
    posting = ("Business Process Engineer at Corvel\nMain tasks\n- Capacity planning of the repair crews\n"
               "We prefer a person with a master degree in supply chain and 5-8 years of experience from global "
               "production .\nThe candidate must be structured and well organized .\n")
    resume = ("Ana Ruiz\nJunior Developer\nEXPERIENCE\nJava Developer, Norvik | 2023 - present\n"
              "- Wrote the order service in Java\nEDUCATION\nBA Informatics and Economy, 2022\n")
    built = card_for(resume, posting)
    preferred = next(c for c in built.concerns if c.requirement.startswith("We prefer a person with a master degree"))
    assert "master's degree" in preferred.concern
    assert "below the level the posting names" in preferred.tip


def test_data_structures_are_never_denied_to_someone_who_writes_programs() -> None:
    posting = "Application Engineer\n## Requirements\n- Familiarity with data structures\n"
    resume = ("Omar Haddad\nDeveloper\nEXPERIENCE\nDeveloper, Lumen Apps, 2019 - present\n"
              "- Built a booking site in PHP for 40 hotels\n")
    concern = next(c for c in all_concerns(card_for(resume, posting)) if "data structures" in c.requirement)
    assert "haven't" not in concern.answer_text and "does not name data structures" in concern.concern
    clerk = resume.replace("Developer", "Clerk").replace("Built a booking site in PHP", "Booked rooms")
    denied = next(c for c in all_concerns(card_for(clerk, posting)) if "data structures" in c.requirement)
    assert "does not name" not in denied.concern  # no program written: the plain gap


def test_an_ask_whose_every_skill_the_resume_shows_is_never_said_to_be_unmentioned() -> None:
    posting = ("Application Engineer\n## Requirements\n- Familiarity with customer service and front-end frameworks "
               "as well as an understanding of how technical decisions impact the user of what you are building .\n"
               "- Java\n")
    resume = ("Omar Haddad\nFront-end Developer\nEXPERIENCE\nFront-end Developer, Lumen Apps, 2019 - present\n"
              "Tech scope and tools: React, Redux, TypeScript, JavaScript, NodeJs, Azure, MongoDB, Docker\n"
              "- Built the booking site's front end for 40 hotels\n- Answered the hotels' customers by phone\n")
    concern = next(c for c in all_concerns(card_for(resume, posting)) if "customer service" in c.requirement)
    assert "does not mention" not in concern.concern and "haven't" not in concern.answer_text
    assert "touches on this" in concern.concern


def test_back_end_work_is_never_denied_to_a_php_developer() -> None:
    posting = "Backend Engineer\n## Requirements\n- Work or project-related experience in backend development\n"
    resume = ("Pavel Orlov\nWeb Developer\nEXPERIENCE\nWeb Developer, Digital Dream, 2012 - 2019\n"
              "- PHP development. Work with databases, MySQL\n")
    said = " ".join(f"{c.concern} {c.answer_text}" for c in all_concerns(card_for(resume, posting)))
    assert "haven't worked in backend development" not in said
    assert "does not show backend development" not in said


def test_a_degree_or_practical_experience_is_met_by_years_of_work_however_long_the_field_named() -> None:
    posting = ("Backend Engineer\n## Requirements\n- Degree in Computer Science similar technical field of study or "
               "equivalent practical experience\n- Kotlin\n")
    resume = ("Pavel Orlov\nWeb Developer\nEXPERIENCE\nWeb Developer, Digital Dream, 2012 - 2019\n"
              "- PHP development. Work with databases, MySQL\n")
    assert not [c for c in all_concerns(card_for(resume, posting)) if "Degree in Computer Science" in c.requirement]


def test_a_job_s_open_dates_under_a_misread_education_heading_are_no_studies_under_way() -> None:
    posting = "Backend Engineer\n## Requirements\n- A master's degree in computer science\n"
    resume = ("Pavel Orlov\nEducation\nSecond degree, Ulyanovsk State Technical University\nSeptember 2009 June 2014\n"
              "Web-developer, Teamlead at Eapteka Ltd, Moscow\nJanuary 2019 Present\n"
              "Work on a highly loaded project with 300,000 visitors a day\n")
    degree = next(c for c in all_concerns(card_for(resume, posting)) if "master's" in c.concern)
    assert "studies still under way" not in degree.tip


def test_a_field_that_names_tools_the_resume_shows_is_not_unmentioned() -> None:
    posting = ("Java Performance Engineer\n## Requirements\n- Experience in the design and development of "
               "high-performance JavaScript Java / JEE networking as well as analysis and tuning thereof .\n")
    resume = ("Yuri Gal\nSenior Java Full Stack Developer\nEXPERIENCE\nJava Developer, Norvik, 2015 - present\n"
              "- Built order services in Java with Spring and Hibernate on Tomcat\n- Wrote the admin UI in "
              "JavaScript\n")
    said = " ".join(f"{c.concern} {c.answer_text}" for c in all_concerns(card_for(resume, posting)))
    assert "does not mention this" not in said and "does not show JEE" not in said and "haven't" not in said


def test_a_named_erp_system_the_resume_lacks_is_a_gap_never_a_story() -> None:
    posting = "Supply Chain Consultant\n## Requirements\n- Very good SAP knowledge\n"
    resume = "Ana Ruiz\nPlanner\nEXPERIENCE\nPlanner, Norvik | 2019 - present\n- Planned production for 3 plants\n"
    sap = next(c for c in all_concerns(card_for(resume, posting)) if "SAP" in c.requirement)
    assert sap.kind == "gap" and "does not show SAP" in sap.concern and "Have an example" not in sap.concern


def test_a_job_title_the_posting_asks_for_is_said_as_the_work_not_as_a_title_worked_in() -> None:
    posting = ("Project Manager at Corvel\n## Requirements\n- You are probably employed as a Project Coordinator or "
               "Project Manager with a commercial agency now\n")
    resume = "Ana Ruiz\nJava Developer\nEXPERIENCE\nJava Developer, Norvik | 2019 - present\n- Wrote order services\n"
    said = " ".join(f"{c.concern} {c.answer_text}" for c in all_concerns(card_for(resume, posting)))
    assert "worked in Project Coordinator" not in said and "worked with Project Coordinator" not in said


def test_a_product_whose_words_stand_apart_on_the_resume_is_still_not_shown() -> None:
    resume = document_from_text("EXPERIENCE\nGame Developer, Ironuts | 2015 - now\n- Published 3 games on Google "
                                "Play\n- Built cross-platform builds with cloud saves\n", "resume.txt")
    posting = document_from_text("Site Reliability Engineer at Acme\nRequirements:\n- Experience with Terraform, "
                                 "GCP and Kubernetes\n", "posting.txt")
    gap = build_card(resume, posting, today=TODAY).concerns[0]
    assert gap.concern.startswith("Your resume does not show Terraform, GCP and Kubernetes")
    assert "Terraform, GCP and Kubernetes" in gap.answer_text


def test_testing_is_not_denied_to_a_developer_of_years_but_the_tool_beside_it_is() -> None:
    resume = document_from_text("EXPERIENCE\nSoftware Developer, Harrow Labs | 2012 - now\n- Built billing "
                                "services in Java and Spring for 40 banks\n", "resume.txt")
    posting = document_from_text("Java Developer at Acme\nRequirements:\n- Java and Spring\n- Jenkins, unit "
                                 "testing and integration testing\n- Perform unit testing and code review\n",
                                 "posting.txt")
    card = build_card(resume, posting, today=TODAY)
    said = " ".join(c.answer_text for c in (*card.concerns, *card.more_concerns))
    assert "I haven't used Jenkins" in said
    assert "testing" not in said and "code review" not in said  # never "I haven't" of a developer's daily practice
    prompt = next(c for c in card.concerns if c.requirement.startswith("Perform"))
    assert prompt.concern.startswith("Your resume does not name unit testing and code review")
    assert prompt.answer == ()
    # someone new to programming may truly not have: the plain answer stays
    student = document_from_text("PROJECTS\n- A to-do app in Java\n", "resume.txt")
    said = " ".join(c.answer_text for c in build_card(student, posting, today=TODAY).concerns)
    assert "unit testing" in said


def test_a_check_the_employer_runs_is_confirmed_not_negotiated() -> None:
    resume = document_from_text("EXPERIENCE\nCDL-A Driver, Ridgeline Freight | 2015 - now\n- 1.1 million "
                                "accident-free miles\nLICENSES\nCDL-A, Clean MVR\n", "resume.txt")
    posting = document_from_text("CDL-A Driver at Harbor Lines\nRequirements:\n- Valid CDL-A\n- Able to pass a DOT "
                                 "drug screen and background check\n", "posting.txt")
    check = next(c for c in build_card(resume, posting, today=TODAY).concerns if "drug screen" in c.requirement)
    assert check.tip.startswith("A check they run before hiring, not something to negotiate")
    assert "flexibility" not in check.tip


def test_an_mba_is_said_by_its_name() -> None:
    resume = document_from_text("EXPERIENCE\nPricing Analyst, Ozon | 2019 - now\n- Priced 3,000 products a week\n"
                                "EDUCATION\nMBA (Sales & Marketing), Moscow School of Management, 2018\n",
                                "resume.txt")
    posting = document_from_text("Pricing Analyst at Harbor\nRequirements:\n- A master's degree in finance or "
                                 "economics\n- 3 years of pricing analysis\n", "posting.txt")
    card = build_card(resume, posting, today=TODAY)
    said = " ".join(s.text for p in card.pitches for s in p.sentences)
    assert "I hold an MBA in Sales & Marketing." in said and "master's degree in Sales" not in said


def test_a_missing_language_is_bridged_first_by_one_of_its_paradigm() -> None:
    resume = document_from_text("Ana Pell\nEXPERIENCE\nDeveloper, Acme | 2019 - now\n- Built numerical solvers in C "
                                "and C++\n- Wrote Python tools for data processing\nSKILLS\nC, C++, Python\n",
                                "resume.txt")
    posting = document_from_text("Backend Engineer at Harbor\nRequirements:\n- JavaScript\n", "posting.txt")
    gap = build_card(resume, posting, today=TODAY).concerns[0]
    assert "What carries over is my work with Python." in gap.answer_text  # a scripting language, not C


def test_a_tag_line_named_by_a_wish_the_resume_meets_is_no_concern_and_one_degree_concern_is_enough() -> None:
    resume = document_from_text("Ana Pell\nEDUCATION\nTel Aviv University, Applied Mathematics\nSep 2023 - present\n"
                                "SKILLS\nC, C++, Python (3+ years)\n", "resume.txt")
    posting = document_from_text(
        "Software Engineer at Harbor\nTechnologies node.js python javascript\nRequirements:\n- Bachelor's Degree\n"
        "Preferred:\n- Master's Degree\n- 3+ years of experience in at least one of: Node.js, JavaScript, "
        "TypeScript, Python\n", "posting.txt")
    card = build_card(resume, posting, today=TODAY)
    raised = [c.requirement for c in (*card.concerns, *card.more_concerns)]
    assert not any("node.js" in r for r in raised)  # the wish names them, and Python meets it
    assert "Bachelor's Degree" in raised and "Master's Degree" not in raised


def test_an_ask_of_another_kind_of_developer_is_not_raised() -> None:
    resume = document_from_text("Ana Pell\nFront-end Developer\nEXPERIENCE\nFront-end Developer, Acme | 2019 - now\n"
                                "- Built the shop in React and TypeScript\n", "resume.txt")
    posting = document_from_text(
        "Principal Developer at Harbor. You'll either specialise in frontend or backend development. If you're a "
        "backend developer you'll be expected to have substantial knowledge of: Java Spring NodeJS SQL and no SQL "
        "databases If you're a frontend developer you'll be expected to have substantial knowledge of: JavaScript "
        "Vue HTML and CSS\n", "posting.txt")
    raised = " ".join(c.concern for c in (*build_card(resume, posting, today=TODAY).concerns,))
    assert "Java" not in raised.replace("JavaScript", "") and "Spring" not in raised
    assert "Vue" in raised  # the frontend's own ask still is


def test_a_date_range_s_present_shows_no_presentation_skills() -> None:
    resume = document_from_text("Ana Pell\nExperience\nOZON.ru\nFull-stack Developer\nOctober 2021 - Present "
                                "(8 months)\nCreating the Cart / Checkout part of Ozon.ru Marketplace\n", "resume.txt")
    posting = document_from_text("Business Analyst at Harbor\nRequirements:\n- Very good SAP knowledge\n"
                                 "- Excellent written oral and presentation skills\n", "posting.txt")
    card = build_card(resume, posting, today=TODAY)
    said = " ".join(c.concern for c in (*card.concerns, *card.more_concerns))
    assert "Present (8 months)" not in said

"""A resume of another line of work: the card names the change and prepares an answer that claims nothing."""

from __future__ import annotations

from datetime import date

from afterword.coach.card import ClosingCard, build_card
from afterword.coach.render import card_to_dict
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)

SHOP_OWNER = """Ilya Marten
WORK HISTORY
Shop Owner, Marten Fresh Meats | 2017 - 2023
- Managed a team of 14 people across two counters
- Built supplier contracts with 9 farms
"""

MANAGER_POSTING = """Engineering Manager at Lumen Harbor
## Requirements
- 3+ years of people management experience with an engineering team
- Hands-on experience with React and Ruby on Rails
- Experience running agile delivery for a product team
"""


def _card(resume: str, posting: str) -> ClosingCard:
    return build_card(document_from_text(resume, "resume.md"), document_from_text(posting, "p.md"), today=TODAY)


def test_a_career_change_is_named_first_with_an_honest_answer() -> None:
    card = build_card(document_from_text(SHOP_OWNER, "resume.md"), document_from_text(MANAGER_POSTING, "p.md"),
                      today=TODAY)
    first = card.concerns[0]
    assert first.kind == "career-change"
    assert "Shop Owner" in first.concern and "Engineering Manager" in first.concern
    assert first.label == "Say" and "change of direction" in first.answer_text
    assert "I managed a team of 14 people" in first.answer_text  # what carries over, from the resume's own line
    assert len(card.concerns) <= 5
    assert card_to_dict(card)["concerns"][0]["answer_label"] == "Say"


def test_the_same_kind_of_job_is_no_career_change() -> None:
    posting = MANAGER_POSTING.replace("Engineering Manager", "Shop Manager")
    card = build_card(document_from_text(SHOP_OWNER, "resume.md"), document_from_text(posting, "p.md"), today=TODAY)
    assert not any(c.kind == "career-change" for c in card.concerns)


def test_a_resume_that_meets_most_must_haves_is_no_career_change() -> None:
    posting = ("Operations Lead at Fenwick Foods\n## Requirements\n- Managed a team of 10+ people\n"
               "- Supplier contracts\n")
    card = build_card(document_from_text(SHOP_OWNER, "resume.md"), document_from_text(posting, "p.md"), today=TODAY)
    assert not any(c.kind == "career-change" for c in card.concerns)


def test_hard_conditions_stay_on_the_card_beside_the_career_change() -> None:
    resume = ("Dana Pike\nEXPERIENCE\nWarehouse Shift Supervisor, Pinefield Depot | 2018 - now\n"
              "- Led a night shift of 12 pickers\n")
    posting = ("Delivery Driver at Roadwell\n## Requirements\n- Current DOT medical card\n- Valid CDL-A licence\n"
               "- Clean driving record\n- Experience with ELD logbooks\n- Experience with route planning software\n"
               "- Experience with reefer trailers\n- Forklift certification\n")
    card = _card(resume, posting)
    assert card.concerns[0].kind == "career-change"
    shown = " ".join(c.requirement for c in card.concerns)
    assert "DOT medical card" in shown and "CDL-A" in shown


def test_a_remote_interview_has_no_handshake_and_an_unbroken_since() -> None:
    resume = ("Ana Ruiz\nEXPERIENCE\nData Engineer, Kestrel Labs | Nov 2021 - now\n- Built pipelines for 40 "
              "clients\nData Intern, Orbis | May 2019 - Oct 2019\n- Cleaned survey data\n")
    posting = ("Data Engineer at Lumen Harbor\n## Requirements\n- Experience building data pipelines\n"
               "All interviewing is remote, over video.\n")
    card = _card(resume, posting)
    checklist = " ".join(card.checklist)
    assert "Shake hands" not in checklist and "business card" not in checklist
    said = " ".join(p.text for p in card.pitches)
    assert "since 2019" not in said  # an internship and a two-year gap do not make "since 2019"


def test_the_title_s_stack_is_not_the_company() -> None:
    posting = "Front End Developer - React Nodejs TypeScript\n## Requirements\n- 5 years of React\n"
    card = build_card(document_from_text(SHOP_OWNER, "resume.md"), document_from_text(posting, "p.md"), today=TODAY)
    assert card.info.company == "" and "TypeScript" not in card.title


def test_a_step_down_is_named_and_an_age_the_dates_meet_is_not_asked() -> None:
    resume = ("Ada Brook\nEXPERIENCE\nSenior Accountant, Fernway Freight | 2019 - now\n- Closed the books for 4 "
              "entities\nAccountant, Lyle & Co | 2012 - 2019\n- Ran payroll for 120 staff\n")
    posting = ("Staff Accountant at Oakline\n## Requirements\n- 3+ years of general ledger work\n"
               "- Must be at least 21 years old\n")
    card = _card(resume, posting)
    assert card.concerns[0].kind == "step-down" and "Senior Accountant" in card.concerns[0].concern
    assert card.concerns[0].answer == ()  # the reason is the candidate's to give
    assert not any("21 years old" in c.requirement for c in (*card.concerns, *card.more_concerns))


def test_a_headline_shows_the_line_of_work_when_no_job_has_a_title_and_a_degree_is_asked_as_a_degree() -> None:
    resume = ("Backend Developer\nTel Aviv\nNov 2021 - Present\nBuilt services in Go\nMay 2019 - Oct 2019\n"
              "EDUCATION\nBSc Applied Mathematics, 2019\n")
    posting = ("Pricing Analyst at Nordvik\n## Requirements\n- Hold a master's degree in Finance or Economics\n"
               "- Able to handle complex data sets\n- Experience with pricing analysis\n")
    card = _card(resume, posting)
    kinds = [c.kind for c in card.concerns]
    assert kinds[0] == "career-change" and "Backend Developer" in card.concerns[0].concern
    degree = next(c for c in card.concerns if "master" in c.requirement)
    assert degree.kind == "gap" and "degree" in degree.concern
    data = next(c for c in (*card.concerns, *card.more_concerns) if "data sets" in c.requirement)
    assert "does not show" not in data.concern  # a way of working is asked for by example


def test_a_senior_role_after_a_junior_title_is_a_step_up_to_prepare_for() -> None:
    from datetime import date

    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Ana Reis\nEXPERIENCE\nJunior Developer, Kite Apps | 2022 - now\n- Built the "
                                "checkout in Python for 40 stores\n", "resume.txt")
    posting = document_from_text("Senior Python Developer at Lyng\n## Requirements\n- Python\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    assert card.concerns[0].kind == "step-up" and "Junior Developer" in card.concerns[0].concern
    assert not card.concerns[0].answer  # the stories are the candidate's own
    same = build_card(resume, document_from_text("Python Developer at Lyng\n## Requirements\n- Python\n", "p.md"),
                      today=date(2026, 12, 1))
    assert not any(c.kind == "step-up" for c in same.concerns)


def test_a_posting_with_no_title_that_the_resume_shows_nothing_of_is_still_another_line_of_work() -> None:
    resume = """Pavel Orlov
EXPERIENCE
2018 - Code Academy
Role: Web Developer student.
Web-developer, Teamlead, Skyweb | 2012 - 2023
- Led a team of 4 developers building PHP and MySQL sites
"""
    posting = """Description
We are looking for a new colleague to develop solutions for powders and dairy products .
You need to have a high theoretical understanding of dairy chemistry .
You have excellent knowledge of emulsifiers and hydrocolloids .
You have worked with customers in the food industry for 5 years .
"""
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    first = card.concerns[0]
    assert first.kind == "career-change"
    assert "(Web-developer, resume line" in first.concern  # the latest job, not the course
    assert "why you want this role" in first.concern


def test_a_course_in_the_new_field_after_years_of_another_trade_is_still_a_change_of_direction() -> None:
    resume = ("Oren Baskin\nEMPLOYMENT HISTORY\n2022 - 2023 Northgate Coding School\nRole: Python Developer student.\n"
              "Built small web services with Flask and SQLite.\n2012 - 2022 Dalton Motors\nRole: Showroom manager.\n"
              "Grew used-car sales by 30% in two years.\n")
    posting = ("Python Developer at Quillmark\n## Requirements\n- 3+ years of commercial Python development\n"
               "- Experience with Django and PostgreSQL\n- Experience with AWS\n- Experience with Kubernetes\n")
    card = _card(resume, posting)
    first = card.concerns[0]
    assert first.kind == "career-change" and "Showroom manager" in first.concern


def test_a_graduate_whose_internships_are_the_posting_s_work_is_no_career_change() -> None:
    resume = ("Mina Sol\nEXPERIENCE\n2023 - 2024 Python Developer Intern, Quarry Labs\n"
              "Built small web services with Flask and SQLite.\n")
    posting = ("Python Developer at Quillmark\n## Requirements\n- 3+ years of commercial Python development\n"
               "- Experience with Django and PostgreSQL\n- Experience with AWS\n- Experience with Kubernetes\n")
    card = _card(resume, posting)
    assert not any(c.kind == "career-change" for c in card.concerns)


def test_a_developer_job_of_long_ago_does_not_make_a_team_manager_of_ten_years_a_developer_today() -> None:
    resume = ("Vera Lund\nEXPERIENCE\nSenior Team Manager, Northbank | 2019 - now\n- Led a team of 9 analysts\n"
              "Senior System Analyst, Corra Consulting | 2012 - 2019\n- Wrote requirements for billing systems\n"
              "SQL Developer, Promo Lab | 2006 - 2012\n- Wrote PL/SQL reports\n")
    posting = ("Front End Developer at Quillmark\n## Requirements\n- 5+ years of React and TypeScript\n"
               "- Experience with Node.js\n- Experience with AWS\n- Pixel-perfect CSS\n")
    card = _card(resume, posting)
    assert card.concerns[0].kind == "career-change" and "Senior Team Manager" in card.concerns[0].concern
    recent = resume.replace("2012 - 2019", "2016 - 2019").replace("2006 - 2012", "2012 - 2016")
    card = _card(recent, posting)
    assert not any(c.kind == "career-change" for c in card.concerns)  # a developer three years ago: not a change


def test_a_tech_lead_role_is_a_developer_s_line_of_work_and_a_step_up_for_an_intern() -> None:
    resume = ("Mina Sol\nEXPERIENCE\nJava Developer Intern, Quarry Labs | 2023 - 2024\n"
              "- Built REST services in Java and Spring Boot\n")
    posting = ("React/HTML5 Tech Lead at Quillmark\n## Requirements\n- ReactJS, HTML5 and CSS3\n"
               "- Experience with Scrum\n- JavaScript and TypeScript\n- UX architecture and design experience\n")
    card = _card(resume, posting)
    kinds = [c.kind for c in card.concerns]
    assert "career-change" not in kinds
    assert "step up" in card.concerns[0].concern


def test_a_graduate_s_internships_do_not_name_the_line_of_work_the_headline_does() -> None:
    resume = """Tomas Velde
Java Developer
EXPERIENCE
2022 Internship, Service Engineer, Brightline Payments
- Optimised Java code in Spring Boot services
2021 Summer internship as Java Developer at Korvex Networks
- Wrote software for a router system
"""
    posting = """Dairy Application Specialist at Hollin Foods
Requirements
- A degree in dairy science or food technology
- Experience running pilot trials for cheese and yoghurt customers
- Knowledge of HACCP and food safety
"""
    card = _card(resume, posting)
    change = next(c for c in card.concerns if c.kind == "career-change")
    assert "Java Developer" in change.concern and "Service Engineer" not in change.concern


def test_a_change_of_direction_is_pitched_as_what_the_candidate_would_bring() -> None:
    card = _card(SHOP_OWNER, MANAGER_POSTING)
    assert any(c.kind == "career-change" for c in card.concerns)
    for pitch in card.pitches:
        assert "what I'd bring to" in pitch.text and "why I fit" not in pitch.text and "good fit" not in pitch.text


def test_a_field_of_study_asked_puts_the_degree_held_in_the_pitch() -> None:
    resume = SHOP_OWNER + "EDUCATION\nBachelor's degree, mechanical engineering (2011 - 2015)\n"
    posting = ("Procurement Engineer at Vandrel Wind\nRequirements\n- You have a technical background within "
               "marine engineering combined with 3+ years of procurement experience\n- Experience handling "
               "technical specifications\n")
    card = _card(resume, posting)
    assert any("I hold a bachelor's degree in mechanical engineering" in p.text for p in card.pitches)


def test_english_and_manners_alone_do_not_make_a_tester_a_cost_controller() -> None:
    resume = ("Mira Koval\nQA Automation Engineer\nEXPERIENCE\nQA Automation Engineer, Tallow Systems | 2019 - now\n"
              "- Automated 600 web and API test scenarios in C#\nEDUCATION\nMaster's degree, 2018\n")
    posting = ("IT Cost Controller\nKey Responsibilities Ensuring timely monthly reporting of IT spend Provide input "
               "to an ERP project Who we are looking for You are extrovert and a strong communicator . You hold a "
               "Masters Degree in Management or Finance . You communicate fluently in English .\n")
    card = _card(resume, posting)
    kinds = [concern.kind for concern in card.concerns]
    assert "career-change" in kinds
    # a master's whose subject the resume does not name is not taken for the finance one asked
    degree = next(c for c in card.concerns if "Masters Degree in Management" in c.concern)
    assert "Name the degree you have" in degree.tip


def test_the_tools_a_career_changer_has_not_used_are_one_answer_not_four() -> None:
    resume = ("Rita Nolan\nEXPERIENCE\nAnalytics Team Lead, Brisk Retail | 2018 - now\n- Led a team of 18 analysts "
              "and built dashboards for the board in Power BI\n")
    posting = ("Frontend Developer at Pixelhaus\n## Requirements\n- Experience in front-end development\n"
               "- Strong JavaScript\n- npm, Webpack and Jest\n- Vue.js components\n- Web accessibility\n")
    card = _card(resume, posting)
    unused = [c for c in (*card.concerns, *card.more_concerns) if c.answer_text.startswith(
        "I'll be straight with you: I haven't")]
    assert len(unused) == 1
    assert {"JavaScript", "Webpack", "Vue.js"} <= set(unused[0].skills)
    assert unused[0].answer_text.count("I haven't") == 1


def test_a_change_of_direction_names_what_carries_over_from_the_pitch_when_nothing_matches() -> None:
    resume = ("Linh Tran\nEXPERIENCE\nWarehouse Shift Supervisor, Cascade Fulfillment | 2019 - now\n"
              "- Cut recordable incidents from 7 to 1 a year with daily safety huddles\n")
    posting = ("Regional Truck Driver at Northgate Freight\n## Requirements\n- Valid Class A CDL\n"
               "- 2 years of regional driving\n- Current DOT medical card\n")
    change = next(c for c in _card(resume, posting).concerns if c.kind == "career-change")
    assert "What carries over: I cut recordable incidents from 7 to 1" in change.answer_text
    assert any(s.refs for s in change.answer)  # the line it comes from is cited


def test_a_middle_level_title_is_a_step_up_to_a_senior_role_but_a_middle_school_is_not() -> None:
    from datetime import date

    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    posting = document_from_text("Senior Python Developer at Lyng\n## Requirements\n- Python\n", "posting.md")
    for title, step_up in (("Middle Python Developer", True), ("Python Developer (Middle School Apps)", False)):
        resume = document_from_text(f"Ana Reis\nEXPERIENCE\n{title}, Kite Apps | 2016 - now\n- Built the "
                                    "checkout in Python for 40 stores\n", "resume.txt")
        card = build_card(resume, posting, today=date(2026, 12, 1))
        assert any(c.kind == "step-up" for c in card.concerns) is step_up, title


def test_a_role_that_leads_people_asks_about_leading_when_the_resume_shows_none() -> None:
    from datetime import date

    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    posting = document_from_text("Engineering Manager at Lyng\n## Requirements\n- Python\n"
                                 "- Experience building and leading technical teams\n", "posting.md")
    resume = ("Ana Reis\nEXPERIENCE\nPython Developer, Kite Apps | 2016 - now\n- Built the checkout in Python for "
              "40 stores\n")
    card = build_card(document_from_text(resume, "resume.txt"), posting, today=date(2026, 12, 1))
    lead = next(c for c in (*card.concerns, *card.more_concerns) if "leading technical teams" in c.requirement)
    assert lead in card.concerns and "does not show you leading" in lead.concern and not lead.answer
    mentored = resume + "- Mentored 3 junior developers\n"
    card = build_card(document_from_text(mentored, "resume.txt"), posting, today=date(2026, 12, 1))
    assert not any("does not show you leading" in c.concern for c in (*card.concerns, *card.more_concerns))
    for concern in (*card.concerns, *card.more_concerns):
        assert "learn fast" not in concern.answer_text  # a trait no resume line backs


def test_a_degree_asked_with_years_of_relevant_work_names_both_on_a_change_of_direction() -> None:
    from datetime import date

    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    posting = document_from_text("Cost Controller at Lyng\n## Requirements\n- You hold a master's degree in Finance "
                                 "or equivalent and at least 2 years of relevant experience\n- Budgeting and "
                                 "forecasting\n- SAP FI/CO\n", "posting.md")
    resume = ("Ana Reis\nEXPERIENCE\nQA Engineer, Kite Apps | 2016 - now\n- Automated 400 regression tests in "
              "Selenium\nEDUCATION\nMSc Computer Science, 2015\n")
    card = build_card(document_from_text(resume, "resume.txt"), posting, today=date(2026, 12, 1))
    assert card.concerns[0].kind == "career-change"
    degree = next(c for c in (*card.concerns, *card.more_concerns) if "master" in c.requirement)
    assert "2+ years of relevant work" in degree.concern
    assert "fewer years of this kind of work" in degree.answer_text


def test_a_junior_headline_over_another_trade_s_latest_job_is_a_step_up_to_a_senior_role() -> None:
    from datetime import date

    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("Ilya Gorev\nJunior Java backend developer\nEXPERIENCE\nBusiness Owner, Gorev Meats "
                                "| 2018 - 2022\n- Ran a shop with a team of 20\nJava Developer, Kite Apps | 2016 - "
                                "2018\n- Built billing services in Java\n", "resume.txt")
    posting = document_from_text("Senior Java Engineer at Lyng\n## Requirements\n- Java\n- Spring\n", "posting.md")
    card = build_card(resume, posting, today=date(2026, 12, 1))
    first = card.concerns[0]
    assert first.kind == "step-up" and "how your resume describes you (Junior Java backend developer" in first.concern


def test_a_senior_role_after_internships_only_gets_a_tip_that_invites_no_senior_story() -> None:
    resume = ("Oren Katz\nJunior Java Developer\nEXPERIENCE\n2022 Internship, Service Engineer, Finora\n"
              "Java and Oracle development\n2021 Java Developer intern, Eltex\nRouter software in Java\n")
    posting = "Senior Backend Developer at Corvane\nRequirements\n- 5+ years with Java\n- PostgreSQL\n"
    card = _card(resume, posting)
    step = next(c for c in card.concerns if c.kind == "step-up")
    assert "internships and training" in step.tip and "two stories" not in step.tip


def test_a_field_the_title_names_is_not_raised_again_beside_the_change_of_direction() -> None:
    resume = ("Ilya Marten\nC++ Developer\nEXPERIENCE\nC++ Developer, Orbel Labs | 2019 - 2024\n"
              "- Wrote the trading engine's order book in C++\n")
    posting = ("As our new business development manager you will join our strategy team .\n"
               "You have a business degree and 2 years strategy consulting experience .\n"
               "Alternatively you could have experience with business development or corporate finance .\n"
               "An excellent command of PowerPoint is a must .\n")
    card = _card(resume, posting)
    assert card.concerns[0].kind == "career-change"
    assert not [c for c in card.concerns if c.kind == "title"]
    # a tool the title names is news beside the change, and stays
    tool = _card(resume, posting.replace("business development manager", "Kotlin developer"))
    assert any(c.kind == "title" and "Kotlin" in c.concern for c in tool.concerns)


def test_fields_not_worked_in_are_said_as_worked_in_not_worked_with() -> None:
    posting = ("Associate Professor in Ecology at Tessel University\n## Requirements\n- Experience with bioinformatics"
               "\n- Experience with statistics\n- Experience with teaching\n")
    card = _card(SHOP_OWNER, posting)
    said = " ".join(c.answer_text for c in (*card.concerns, *card.more_concerns))
    assert "worked with bioinformatics" not in said
    assert "I haven't worked in bioinformatics" in said


def test_a_senior_role_in_work_shown_only_by_a_course_is_a_step_up_from_training() -> None:
    resume = ("Oren Baskin\nPROJECTS\nOnline shop backend (Java, Spring, MySQL)\nEMPLOYMENT HISTORY\n"
              "2023 - present Northgate Coding School\nRole: Java Developer student.\n"
              "Built REST services with Spring Boot and MySQL.\n2023 Kessel Print\nRole: Production manager.\n"
              "2012 - 2022 Dalton Motors\nRole: Showroom manager.\nGrew used-car sales by 30% in two years.\n"
              "SKILLS\nJava, Spring, Hibernate, MySQL, MongoDB, Maven\n")
    posting = ("Senior Backend Developer at Quillmark\n## Requirements\n- Java and Spring\n- MySQL or MongoDB\n"
               "- Maven\n- Node.js\n")
    card = _card(resume, posting)
    step = next(c for c in card.concerns if c.kind == "step-up")
    assert step.concern == ("This Senior Backend Developer role is a senior one, and your resume shows this line of "
                            "work only in training (Java Developer, Northgate Coding School, resume line 5): expect "
                            "them to ask whether you are ready for that level.")
    assert "first paid role in this work" in step.tip
    # the same course before a developer job is a developer's training, not the only place the work is shown
    hired = resume.replace("2023 Kessel Print\nRole: Production manager.\n",
                           "2024 - present Kessel Print\nRole: Java Developer.\n")
    assert not any("only in training" in c.concern for c in _card(hired, posting).concerns)


def test_a_senior_headline_against_a_post_a_job_board_labels_junior_is_a_step_down() -> None:
    resume = ("SENIOR JAVA FULL STACK DEVELOPER\nTel Aviv\nEXPERIENCE\nTeam Lead, Mitotech | 2013 - present\n"
              "- Led a team of 6 building a Java and Spring platform\nSoftware Developer, IBS | 1998 - 2013\n"
              "- Built billing systems in Java\n")
    posting = ("Java Developer\nExperience level: Junior Mid-Level\n## Requirements\n- Java experience\n"
               "- Spring\n")
    card = _card(resume, posting)
    assert card.concerns[0].kind == "step-down"
    assert card.concerns[0].concern == (
        "Your resume describes you as Senior Java Full Stack Developer (resume line 1), more senior than this Java "
        "Developer role (posted as Junior Mid-Level): expect them to ask why you want it, and whether you would "
        "stay.")
    # a post open to seniors too asks nothing of the sort
    open_to_all = posting.replace("Junior Mid-Level", "Mid-Level Senior")
    assert not any(c.kind == "step-down" for c in _card(resume, open_to_all).concerns)


def test_a_word_every_trade_uses_does_not_make_two_jobs_the_same_work() -> None:
    from afterword.coach.work_history import same_work

    assert not same_work("Business Owner", "Business Development Manager")
    assert same_work("Business Development Executive", "Business Development Manager")
    assert same_work("Store Manager", "Store Lead")
    resume = ("Ilya Marten\nWORK HISTORY\nBusiness Owner, Marten Meats | 2018 - 2022\n- Built a meat shop from "
              "scratch and managed a team of 20\nC# Software Developer, Registry Center | 2016 - 2018\n"
              "- Built the document system used by 5 clerks\n")
    posting = ("Business Development Manager at Lumen Harbor\n## Requirements\n- A master's degree in business or "
               "finance\n- 2 years of strategy consulting\n- Excellent PowerPoint and Excel\n")
    assert _card(resume, posting).concerns[0].kind == "career-change"


def test_a_team_lead_applying_to_a_post_open_to_new_graduates_is_a_step_down() -> None:
    resume = ("Ilya Marten\nEXPERIENCE\nCompetitive Analytics Team Lead, OZON | 2022 - now\n- Leading a team of 18 "
              "analysts on pricing and promotions\nProduct Manager, Samsung | 2013 - 2022\n- Grew market share from "
              "0.5% to 7%\n")
    posting = ("Pricing Analyst at Lumen Harbor\n## Requirements\n- A master's degree in finance or economics\n"
               "- Experience with pricing analysis\nYou may have a few years of experience, but you can also be newly "
               "educated.\n")
    first = _card(resume, posting).concerns[0]
    assert first.kind == "step-down"
    assert "more senior than this Pricing Analyst role (open to new graduates)" in first.concern
    # an analyst's field, said by the lead's title, is no change of direction
    from afterword.coach.work_history import same_work
    assert same_work("Competitive Analytics Team Lead", "Pricing Analyst")

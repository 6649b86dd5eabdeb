"""What a listener hears in the pitch: whole clauses (never a line cut mid-sentence or a paragraph read out), points
chosen by what carries over to the posting, "that experience" only after work it can mean, and the years counted
from the earliest work the resume dates."""

from __future__ import annotations

from datetime import date

from afterword.coach.card import build_card
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)


def _pitches(resume: str, posting: str) -> dict[str, str]:
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.md"),
                       today=TODAY)
    return {p.style: p.text for p in built.pitches}


def test_that_experience_is_said_only_after_work_it_can_point_back_to() -> None:
    resume = ("Ana Ruiz\nBackend Developer\nEXPERIENCE\nNov 2021 - Present\nGo, PostgreSQL | Kafka\n"
              "EDUCATION\nBachelor's degree in Computer Science, Tula University\n")
    posting = ("Data Analyst at Fenwick\n## Requirements\n- A bachelor's degree in a quantitative field\n"
               "- Experience with Tableau dashboards\n")
    standard = _pitches(resume, posting)["standard"]
    assert "I hold a bachelor's degree" in standard
    assert "bring that experience" not in standard  # a title and a degree are nothing "that" can mean
    assert standard.endswith("I'd welcome the chance to take the next step.")

    worked = ("Ana Ruiz\nEXPERIENCE\nBackend Developer, Kiln Labs | 2021 - now\n"
              "- Built the payments API in Go for 40,000 shops\n")
    standard = _pitches(worked, "Go Developer at Fenwick\n## Requirements\n- Go\n")["standard"]
    assert "I built the payments API in Go for 40,000 shops. I'd be glad to bring that experience" in standard


def test_a_line_that_goes_on_after_a_heading_of_the_other_column_is_said_up_to_its_last_whole_clause() -> None:
    resume = ("Lena Brook\nEXPERIENCE\nAnalytics Team Lead, Orbis | 2020 - now\n"
              "Leading a team of 12 analysts, providing weekly insights for\nProfile\n"
              "regional sales managers and the finance director.\n")
    posting = ("Operations Manager at Fenwick\n## Requirements\n- Experience leading a team\n"
               "- You will manage a team of coordinators\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "leading a team of 12 analysts." in text
    assert "insights for" not in text  # never a sentence that stops on "for"


def test_an_action_read_from_a_second_column_stops_before_the_word_the_line_breaks_on() -> None:
    resume = ("Ivan Sokol\nSKILLS ACCOMPLISHMENTS\nLanguages: Python, SQL. Optimized the nightly billing jobs. "
              "Reduced\nFrameworks: Django, Celery. run time from hours to minutes.\n"
              "WORK EXPERIENCE\nPython Developer, Tallow Labs | 2021 - now\n")
    posting = "Billing Analyst at Kiln\n## Requirements\n- Excel\n- Invoicing\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "I optimized the nightly billing jobs." in text
    assert "Reduced." not in text and "billing jobs. Reduced" not in text


def test_a_paragraph_about_oneself_is_not_read_out_whole() -> None:
    resume = ("Gil Zal\nJunior C++ developer\nABOUT ME\nI'm self-taught. Everything I know I have learned on my own. "
              "I like to learn new things and try unusual solutions. I am looking for my first job as a junior "
              "programmer or intern.\n")
    pitches = _pitches(resume, "Frontend Developer at Kiln\n## Requirements\n- HTML and CSS\n- Vue.js\n")
    for text in pitches.values():
        assert "looking for my first job" not in text
        assert "bring that experience" not in text  # a summary of oneself is no work to point back to
    assert "I'm self-taught. Everything I know I have learned on my own." in pitches["standard"]


def test_a_result_buried_in_a_paragraph_is_quoted_as_its_own_clause() -> None:
    resume = ("Pavel Baran\nEXPERIENCE\nWeb Developer, Digital Dream LLC | 2012 - 2015\n"
              "Website development on the Bitrix platform. During my work in the company, 17 projects were "
              "completed for customers, sites of medium complexity and higher.\n")
    posting = ("Project Coordinator at Kiln\n## Requirements\n- Delivering projects for customers on time\n"
               "- Coordinating several projects at once\n")
    text = _pitches(resume, posting)["standard"]
    assert "17 projects were completed for customers." in text
    assert "medium complexity" not in text and "Bitrix platform" not in text


def test_points_that_carry_over_to_what_the_posting_stresses_are_said_over_other_duties() -> None:
    resume = ("Rui Costa\nEXPERIENCE\nLine Cook, Harbour Grill | 2018 - now\n"
              "- Prepared sauces and stocks for the line each morning before service\n"
              "- Mentored the new apprentices through their first season in the kitchen\n"
              "- Cleaned and restocked the walk-in fridge at closing time\n")
    posting = ("Warehouse Team Lead at Pinecrest\n## Requirements\n- Experience managing people\n"
               "- You will supervise the pickers and packers\n- Forklift licence\n")
    pitches = _pitches(resume, posting)
    assert "I mentored the new apprentices through their first season in the kitchen." in pitches["concise"]
    assert not any("sauces" in text or "walk-in fridge" in text for text in pitches.values())


def test_customers_in_another_trade_carry_over_to_a_posting_about_clients() -> None:
    resume = ("Mia Holt\nEXPERIENCE\nFrontend Developer, Kite Apps | 2019 - now\n"
              "- Refactored the build scripts and upgraded the test runner to the latest version\n"
              "- Ran the monthly demo for the biggest customers of the app and wrote up their feedback\n")
    posting = ("Account Manager at Brightwell\n## Requirements\n- Building relationships with clients\n"
               "- Looking after the clients of key accounts\n- CRM software\n")
    concise = _pitches(resume, posting)["concise"]
    assert "I ran the monthly demo for the biggest customers of the app" in concise
    assert "build scripts" not in concise


def test_working_since_counts_from_the_earliest_dated_work_even_without_a_title_beside_it() -> None:
    resume = ("Pavel Baran\nWeb Developer\nEDUCATION\nState Technical University, Ulyanovsk\nSeptember 2006 June 2011\n"
              "Css\nSeptember 2010 August 2012\nWas engaged in the development of the timetable system in PHP.\n"
              "Web-developer at Digital Dream LLC, Ulyanovsk\nAugust 2012 August 2016\n"
              "Built 17 websites for small businesses.\n"
              "Web-developer, Teamlead at Eapteka Ltd, Moscow\nSeptember 2016 Present\n"
              "Led a team of 5 developers on a shop with 300,000 visitors a day.\n")
    posting = "Procurement Engineer at Vestas\n## Requirements\n- Supplier negotiations\n- Technical specifications\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "working since 2010" in text
    assert "since 2012" not in text and "since 2006" not in text  # not the university's dates


def test_a_driver_s_whole_bullets_are_said_and_a_broken_one_is_cut_not_dropped_mid_word() -> None:
    resume = ("Joe Park\nEXPERIENCE\nRegional Truck Driver, Prairie Line | 2016 - now\n"
              "- Delivered to 8 grocery distribution centres a week, on time for 98% of drops, and\n"
              "SKILLS\n- Kept a clean record over 900,000 miles\n")
    posting = ("CDL-A Driver at Northgate\n## Requirements\n- Clean driving record\n- On-time delivery to customers\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "of drops, and." not in text and "drops, and" not in text
    assert "I delivered to 8 grocery distribution centres a week" in text


def test_an_action_written_as_a_gerund_is_quoted_for_the_same_kind_of_work() -> None:
    resume = ("David Orr\nEXPERIENCE\nFull-stack Developer, Ozon | October 2021 - Present\n"
              "Creating the cart and checkout part of the Ozon marketplace\nVue, TypeScript, Golang\n")
    posting = "Java Developer at Kiln\n## Requirements\n- Java\n- Camunda\n"
    text = _pitches(resume, posting)["standard"]
    assert "creating the cart and checkout part of the Ozon marketplace" in text


def test_a_list_of_actions_that_runs_on_to_the_next_line_is_said_up_to_its_last_whole_action() -> None:
    resume = ("Lea Stone\nFullstack Web Developer\nEXPERIENCE\nBritannica (Tel Aviv) Web Full Stack Developer\n"
              "Responsibilities: renewed the booking pages, renewed the REST API, migrated from the legacy solution\n"
              "(ASPX) to Angular and NodeJS microservices.\n")
    posting = "Angular Developer at Kiln\n## Requirements\n- Angular\n- REST APIs\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "I renewed the booking pages, renewed the REST API." in text
    assert "legacy solution." not in text


def test_with_no_action_on_the_resume_a_listed_skill_that_carries_over_is_quoted() -> None:
    resume = ("Olga Fein\nQA Automation Engineer\nEXPERIENCE\nQA Engineer, Arcadia | 2019 - now\n"
              "SKILLS\nManual testing: web, desktop, API.\nSupport and development of test frameworks.\n"
              "Presentation of new features to customers and stakeholders.\n")
    posting = ("Executive Assistant at Nordby\n## Requirements\n- Liaison with external stakeholders\n"
               "- Build relationships with stakeholders, staff and partners\n- MS Office\n")
    standard = _pitches(resume, posting)["standard"]
    assert "My experience includes presentation of new features to customers and stakeholders." in standard
    assert "test frameworks" not in standard  # work of another field, said by no line of the posting


def test_a_bullet_opening_with_trained_and_a_number_is_said_as_the_cook_s_own_action() -> None:
    resume = ("Ana Belo\nEXPERIENCE\nSous Chef, Copper Pot Bistro | 2020 - now\n"
              "- Trained 7 line cooks; two were promoted to lead cook\n"
              "- Wrote the seasonal prep lists and ordering guides\n")
    posting = ("Head Chef at Harbor Kitchen\n## Requirements\n- Leading and training a kitchen team\n"
               "- Managing cooks across two services\n")
    text = _pitches(resume, posting)["concise"]
    assert "I trained 7 line cooks; two were promoted to lead cook." in text
    assert "point to: Trained" not in text


def test_a_word_of_the_other_column_dropped_into_a_sentence_ends_what_is_said() -> None:
    resume = ("Dan Oren\nEXPERIENCE Skills\nBackend Developer, Sber | Nov 2021 - Present\n"
              "Developed the booking backend in Golang for a new clinic platform that PostgreSQL, lets patients "
              "book visits online\n")
    posting = "Go Developer at Kiln\n## Requirements\n- Golang\n- Microservices\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "I developed the booking backend in Golang for a new clinic platform." in text
    assert "PostgreSQL," not in text


def test_that_experience_never_points_back_to_an_interest() -> None:
    resume = ("Eli Shaw\nEXPERIENCE\nWeb Developer, Kite Apps | 2020 - now\n"
              "I have always been interested in web development and good design.\n")
    standard = _pitches(resume, "Frontend Developer at Kiln\n## Requirements\n- React\n")["standard"]
    assert "I have always been interested in web development and good design." in standard
    assert "bring that experience" not in standard


FRONTEND = """Nadia Orlova
EXPERIENCE
Full Stack Developer, Quillby | 2022 - now
- Built the order service in Node.js and MongoDB
Front-end Developer, Larkspur Media | 2019 - 2022
Major achievements: R ewriting the player from Angular into Vue, introducing live chat, improving old services: \
optimizing socket operations, request optimization
Web Developer, Tallis Studio | 2016 - 2019
- Built 40 client websites in PHP and cut page load times by 60%
"""


def test_a_point_from_an_earlier_job_says_where_it_was_done_and_a_duty_is_said_as_work_included() -> None:
    posting = "Frontend Engineer at Fenwick\n## Requirements\n- Vue and Angular\n- Optimizing web performance\n"
    text = " ".join(_pitches(FRONTEND, posting).values())
    # the drop cap joined back, the list after the colon left out; "Major achievements" said as done
    assert ("At Larkspur Media, I rewrote the player from Angular into Vue, introduced live chat and improved old "
            "services.") in text
    assert "At Tallis Studio, I built 40 client websites in PHP and cut page load times by 60%." in text
    assert "Major achievements" not in text and "R ewriting" not in text


def test_a_career_changer_s_course_in_the_posting_s_work_is_said_beside_the_other_trade() -> None:
    resume = ("Oren Baskin\nEMPLOYMENT HISTORY\n2022 - 2023 Northgate Coding School\nRole: Python Developer student.\n"
              "2012 - 2022 Dalton Motors\nRole: Showroom manager.\nGrew used-car sales by 30% in two years.\n")
    posting = ("Python Developer at Quillmark\n## Requirements\n- 3+ years of commercial Python development\n"
               "- Experience with Django and PostgreSQL\n")
    standard = _pitches(resume, posting)["standard"]
    assert "In 2022 I trained as a Python developer at Northgate Coding School." in standard
    assert "showroom manager" in standard.lower()  # the years of the other trade are still said


def test_a_title_the_truth_check_refuses_leaves_the_frame_of_this_role_not_a_pitch_without_an_opening() -> None:
    posting = "Sen. Frontend Engineer at Fenwick\n## Requirements\n- Vue and Angular\n- REST APIs\n"
    for text in _pitches(FRONTEND, posting).values():
        assert "Sen." not in text
        assert text.startswith(("Before we wrap up", "Thank you for")), text
        assert "why I fit this role" in text or "good fit for this role" in text


def test_the_year_work_began_cites_the_line_that_dates_it() -> None:
    resume = ("Dina Roth\nExperience\nHollow Market\nFull-stack Developer\nOctober 2021 - Present\n"
              "Built the checkout of the marketplace in Vue and Go\nFrontend Engineer\nAugust 2019 - October 2021\n"
              "Added features to a booking site in Angular\n")
    posting = "Procurement Engineer at Vestas\n## Requirements\n- Supplier negotiations\n- Technical specifications\n"
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.md"),
                       today=TODAY)
    since = next(s for p in built.pitches for s in p.sentences if "since 2019" in s.text)
    assert any("August 2019" in source.text for source in since.sources)


def test_work_listed_as_capabilities_under_skills_is_said_as_experience() -> None:
    resume = ("Lev Arkin\nQA Automation Engineer\nSKILLS\nManual testing: Web, Desktop, API.\n"
              "Performance and coverage analysis for existing load tests.\nJava, Python, SQL\n"
              "Presentation of new features to customers and stakeholders.\n")
    posting = ("Performance Engineer at Tessvik\n## What you need\n- Experience in performance testing and load "
               "tests of web applications\n- Experience with end-to-end performance monitoring\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "My experience includes performance and coverage analysis for existing load tests." in text
    assert "includes java" not in text.lower()


def test_a_long_run_of_results_is_said_as_its_first_two_and_a_connective_opening_is_not_read_out() -> None:
    resume = ("Oren Vale\nEXPERIENCE\nDealership Director, Ramot Motors | 2012 - 2018\nAchievements: significantly "
              "increasing sales of new and used vans, increasing the number of returning customers, winning large "
              "city tenders for the supply of delivery vans\nJava Developer, Tel-Ran (course) | 2019 - 2020\n"
              "In terms of the course I had experience in C# development and the WPF framework for a startup.\n")
    posting = "Sales Manager at Kestrel Vans\n## Requirements\n- A record of growing sales\n- Fleet customers\n"
    text = " ".join(_pitches(resume, posting).values())
    assert ("I significantly increased sales of new and used vans, increased the number of returning customers and "
            "won large city tenders for the supply of delivery vans.") in text
    assert "In terms of" not in text


def test_the_tools_a_posting_s_duties_name_are_said_when_the_resume_lists_them() -> None:
    resume = "Ada Brill\nC++ Developer\nSKILLS\nC++, HTML, CSS, Git\nABOUT ME\nI'm self-taught.\n"
    posting = ("Frontend Developer at Marlowe Desk\n## Your Job\n- Building the user experience with HTML and CSS\n"
               "## Your profile\n- Sound knowledge of Yarn and Rollup\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "My skills include HTML and CSS." in text


def test_a_safety_record_carries_over_to_a_job_that_stresses_safety() -> None:
    resume = document_from_text(
        "Rosa Vint\nEXPERIENCE\nWarehouse Shift Supervisor, Cascade Fulfillment | 2019 - now\n"
        "- Kept inventory accuracy at 99.7% in 2023 cycle counts\n"
        "- Cut recordable incidents from 7 to 1 a year with daily huddles\n", "resume.txt")
    posting = document_from_text(
        "Regional Truck Driver at Northgate Freight\n## What you will do\n- Keep accurate hours-of-service logs\n"
        "## Requirements\n- Valid Class A CDL\n- Current DOT medical card\n- Able to pass a DOT drug screen\n",
        "p.md")
    pitch = build_card(resume, posting, today=TODAY).pitches[0].text
    assert "incidents from 7 to 1" in pitch
    assert "99.7%" not in pitch or pitch.index("incidents from 7 to 1") < pitch.index("99.7%")


def test_an_educational_programme_listed_as_a_job_does_not_start_a_career() -> None:
    resume = document_from_text(
        "Ivan Petrov\nJava Developer\nEXPERIENCE\n2020 2021 MASA Tlalim, Java and Android programming, educational "
        "program, Israel\n- Built an Android app for a robotics startup\n2019 Summer internship as Java Developer at "
        "Eltex\n- Optimised Java code with Spring Boot\n", "resume.txt")
    posting = document_from_text("Java Developer at Brightmoor\n## Requirements\n- Java and Spring Boot\n")
    pitch = build_card(resume, posting, today=date(2026, 12, 1)).pitches[1].text
    assert "since 20" not in pitch


def test_a_thin_pitch_says_the_work_a_skills_list_names_in_the_posting_s_kind_of_work() -> None:
    resume = ("Lev Arkin\nQA Automation Engineer\nEXPERIENCE\nQA Engineer, Brisk Labs\nAugust 2019 - present\n"
              "SKILLS\nManual testing: Web, Desktop, API.\n"
              "Automation of web services and API scenarios (NUnit, Selenium, NSubstitute).\n"
              "Support and development of test frameworks.\nJava, Python, SQL\n")
    posting = ("Frontend Engineer at Tessvik\n## Requirements\n- Proven experience with React and TypeScript\n"
               "- A good eye for CSS layouts\n")
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.md"),
                       today=TODAY)
    concise = next(p for p in built.pitches if p.style == "concise")
    said = {s.text: [source.line for source in s.sources] for s in concise.sentences}
    # the Skills list under the job's dates is a list, not the job's duties: its capability lines are said as
    # experience, without the bracketed tools, in the resume's order, each citing its line
    assert said["My experience includes automation of web services and API scenarios."] == [8]
    assert said["My experience also includes support and development of test frameworks."] == [9]
    assert "includes java" not in concise.text.lower()


def test_a_result_is_said_with_the_work_it_is_a_result_of() -> None:
    resume = ("Vera Sokol\nBusiness Analyst\nSome of my projects:\nOnline loan applications for small firms (Norbank). "
              "70% of applications now arrive online.\nEXPERIENCE\nNorbank\nSeptember 2016 Senior Analyst currently "
              "working\nWrote requirements for the loans team.\n")
    posting = "Business Analyst at Corvane\n## Requirements\n- Requirements analysis\n"
    concise = _pitches(resume, posting)["concise"]
    assert "Online loan applications for small firms (Norbank); 70% of applications now arrive online." in concise

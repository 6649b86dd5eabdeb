"""Pitches from resumes as people write them: never empty, results in numbers spoken wherever they stand."""

from __future__ import annotations

from datetime import date

from afterword.coach.card import build_card
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)

PAYROLL_RESUME = """Mara Okafor
Payroll and Accounts Specialist

WORK EXPERIENCE
Payroll Specialist, Hollins Foods | 2018 - now
Payroll for 600 employees across 4 sites, processed every fortnight
Ranked #1 of 6 in the finance team's 2022 accuracy review
Accounts Assistant, Brookfield Joinery | 2014 - 2018
Kept the sales ledger for 120 trade customers
"""

POSTING = """Payroll Officer at Wrenfield Council
## Requirements
- Experience running payroll for a large workforce
- Knowledge of the sales ledger and reconciliations
"""


def card():  # noqa: ANN201
    return build_card(document_from_text(PAYROLL_RESUME, "resume.txt"), document_from_text(POSTING, "posting.md"),
                      today=TODAY)


def test_results_written_without_an_action_verb_are_spoken() -> None:
    pitches = {p.style: p for p in card().pitches}
    standard = pitches["standard"].text
    assert "Payroll for 600 employees across 4 sites" in standard
    assert all(any(s.sources for s in p.sentences) for p in pitches.values())  # every pitch cites the resume


def test_no_pitch_says_bring_that_with_nothing_before_it() -> None:
    resume = document_from_text("Sam Reed\nsam@example.org\n", "resume.txt")
    made = build_card(resume, document_from_text(POSTING, "posting.md"), today=TODAY)
    for pitch in made.pitches:
        assert "bring that" not in pitch.text
    assert any("pitch is short" in w for w in made.warnings)


def test_a_dated_resume_always_gives_a_sentence_backed_by_a_line() -> None:
    resume = document_from_text("EXPERIENCE\nWarehouse Operative, Northgate Depot | 2019 - present\n"
                                "Picking and packing\n", "resume.txt")
    posting = document_from_text("Forklift Driver at Acme\n## Requirements\n- Counterbalance licence\n")
    made = build_card(resume, posting, today=TODAY)
    assert all(any(s.sources for s in p.sentences) for p in made.pitches)
    assert "since 2019" in made.pitches[1].text


def test_a_labelled_line_of_the_latest_job_is_spoken_once_even_without_dates() -> None:
    resume = document_from_text(
        "Web Developer\n\nExperience\nNorthwind (Leeds) Front End Developer\n"
        "Responsibilities: rebuilt the booking pages in Vue and cut page load to 2 seconds. Kept the old API.\n"
        "Westmoor (York) Front End Developer\n"
        "Responsibilities: rebuilt the booking pages in Vue and cut page load to 2 seconds.\n", "resume.txt")
    posting = document_from_text("Account Manager at Brightwell\n## Requirements\n- 3 years in account management\n")
    pitch = build_card(resume, posting, today=TODAY).pitches[1].text
    assert "I rebuilt the booking pages in Vue and cut page load to 2 seconds." in pitch
    assert pitch.count("rebuilt the booking pages") == 1 and "Kept the old API" not in pitch


def test_a_shouted_title_is_spoken_in_its_usual_case_without_stray_punctuation() -> None:
    resume = document_from_text("EXPERIENCE\nJAVA BACK-END DEVELOPER, Elpisor Ltd | 03/2019 - now\n"
                                "- Built payment services in Java for 2 million users\n", "resume.txt")
    posting = document_from_text("Java Developer at Brightmoor\n## Requirements\n- Java and Spring\n")
    pitch = build_card(resume, posting, today=TODAY).pitches[1].text
    assert "most recently as Java Back-end Developer at Elpisor Ltd." in pitch
    assert " : " not in pitch and "(" not in pitch


CAREER_CHANGE_RESUME = """Ilya Marten
WORK HISTORY
Shop Owner, Marten Fresh Meats, Tampere
Oct 2017 - Mar 2023 Built the shop from nothing; Managed a team of 14 people.
Records Clerk, Northgate Registry
Jan 2009 - Oct 2017 Checked client paperwork for the securities register.
THE STORY OF MY APP
I wrote a desktop application for the registry in my own time.
The number of filing errors decreased by 20 times.
LANGUAGES
English, Finnish
"""

MANAGER_POSTING = """Engineering Manager
Requirements
- 3+ years of people management experience with a team
- Experience with Python services
"""


def test_a_career_changer_is_working_since_not_doing_this_work_and_says_the_result() -> None:
    built = build_card(document_from_text(CAREER_CHANGE_RESUME, "resume.txt"),
                       document_from_text(MANAGER_POSTING, "posting.md"), today=TODAY)
    for pitch in built.pitches:
        assert "doing this work" not in pitch.text  # a shop owner has not done an engineering manager's work
    standard = next(p for p in built.pitches if p.style == "standard").text
    assert "decreased by 20 times" in standard  # a result in words ("20 times") is a result
    assert "; Managed" not in standard and "Managed a team" not in standard  # said as one speaker's actions
    assert "One thing I'd point to, at Northgate Registry: the number of filing errors" in standard  # where


def test_the_same_kind_of_job_is_said_as_the_job_the_titles_name() -> None:
    built = build_card(document_from_text(PAYROLL_RESUME, "resume.txt"),
                       document_from_text(POSTING.replace("Payroll Officer", "Payroll Specialist"), "posting.md"),
                       today=TODAY)
    assert all("working as a payroll specialist since 2018, most recently at Hollins Foods" in p.text
               for p in built.pitches)
    assert not any("doing this work" in p.text for p in built.pitches)


def test_a_learning_course_listed_as_a_job_does_not_start_the_years() -> None:
    resume = ("Ivo Dane\nWORK EXPERIENCE\nPython Developer (Apr. 2021 to present)\nLantern Socks, Projects: Bots\n"
              "Python Developer (Education, Sep. 2019 Mar. 2021)\nCode Practicum, Projects: Social Network\n")
    built = build_card(document_from_text(resume, "resume.txt"),
                       document_from_text("Python Developer at Kiln\n## Requirements\n- Python\n", "p.md"),
                       today=TODAY)
    assert all("since 2021" in p.text and "since 2019" not in p.text for p in built.pitches)


DEVELOPER_RESUME = """Noa Levin
EXPERIENCE
Python Developer, Claymore Games | 2020 - now
In the studio I had experience building matchmaking services for 3 online games.
SKILLS
Python, SQL, communication, teamwork
"""


def test_a_developer_is_not_doing_a_procurement_engineer_s_work_and_lists_are_not_everyday_work() -> None:
    posting = "Procurement Engineer\nRequirements\n- Experience with SQL reporting\n- Good communication\n"
    built = build_card(document_from_text(DEVELOPER_RESUME, "resume.txt"), document_from_text(posting, "p.md"),
                       today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "doing this work" not in text
    assert "communication is part of my everyday work" not in text.lower()
    assert "In the studio I had experience building matchmaking services" in text  # the resume's own first person


def test_an_assistant_s_job_before_nursing_is_said_last_and_a_title_alone_takes_an_article() -> None:
    resume = document_from_text(
        "Rosa Lind\nEXPERIENCE\nRegistered Nurse | 2019 - now\n"
        "- Precepted 9 new-graduate nurses; all 9 were still on the unit a year later\n"
        "Nursing Assistant, Maple Grove | 2014 - 2016\n"
        "- Helped 12 residents a shift with bathing and meals while completing nursing school\n", "resume.txt")
    posting = document_from_text("Registered Nurse at Elm Hospital\n## Requirements\n- 2+ years of nursing "
                                 "experience\n- Nursing degree\n- Experience precepting new nurses\n", "p.md")
    built = build_card(resume, posting, today=TODAY)
    concise = next(p for p in built.pitches if p.style == "concise").text
    assert "Precepted" in concise or "precepted" in concise
    assert "bathing" not in concise
    assert "working as a registered nurse since 2019" in " ".join(p.text for p in built.pitches)


def test_a_bullet_wrapped_onto_the_next_line_is_said_whole() -> None:
    resume = document_from_text(
        "Kim Hale\nEXPERIENCE\nClass Teacher, Elm Primary | 2017 - now\n"
        "- Set up catch-up reading groups for 22 pupils; 18 reached the expected standard\n"
        "Led phonics across the school and raised the pass rate\nfrom 71% to 94% in two years\n", "resume.txt")
    posting = document_from_text("Class Teacher at Oak Primary\n## Requirements\n- Phonics teaching\n", "p.md")
    built = build_card(resume, posting, today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "raised the pass rate from 71% to 94% in two years" in text
    assert "point to: from 71%" not in text


def test_a_second_clause_is_said_with_its_subject_and_duties_fill_once() -> None:
    from afterword.coach.sources import first_person

    assert first_person("Rebuilt the onboarding plan; shortened it from 9 days to 5") == \
        "I rebuilt the onboarding plan, and shortened it from 9 days to 5."
    # a ranking after the semicolon may be the store's: never "and I ranked"
    assert first_person("Lead a team of 28 in a store; ranked #1 of 6 district stores for sales growth",
                        min_words=40) == \
        "I lead a team of 28 in a store — ranked #1 of 6 district stores for sales growth."
    resume = document_from_text(
        "Tom Reed\nEXPERIENCE\nSales Assistant, Fern Outfitters | 2016 - now\n- Assisted customers on the shop floor "
        "every day\n- Attended to the specific requests of customers\n- Suggested the best merchandise to buy for "
        "each customer\n", "resume.txt")
    posting = document_from_text("Embedded Developer\n## Requirements\n- C and C++ on ARM microcontrollers\n", "p.md")
    built = build_card(resume, posting, today=TODAY)
    for pitch in built.pitches:
        duties = sum(phrase in pitch.text for phrase in ("assisted customers", "attended to", "suggested the best"))
        assert duties <= 1


def test_no_heading_is_said_and_a_first_job_seeker_s_own_summary_is_the_pitch() -> None:
    from afterword.coach.sources import first_person

    assert first_person("Work experience") is None
    resume = document_from_text(
        "Dan Levi\nSUMMARY\nI taught myself C++ and Python and built a chess engine that beats club players.\n"
        "SKILLS\nC++, Python, Git, HTML, CSS\n", "resume.txt")
    posting = document_from_text("Frontend Developer\n## Requirements\n- HTML and CSS\n- Vue.js\n", "p.md")
    built = build_card(resume, posting, today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "I taught myself C++ and Python and built a chess engine" in text
    assert "everyday work" not in text  # skills named only in a list are "my skills include"


def test_an_achievement_read_into_a_skills_line_from_a_second_column_is_said() -> None:
    resume = ("Lev Orlov\nSKILLS ACCOMPLISHMENTS\nLanguages: Python, JS. Cut report build time from 9 minutes "
              "to 40 seconds.\nDatabases: PostgreSQL, Redis. Managed a team of 3 developers.\n"
              "WORK EXPERIENCE\nPython Developer, Tallow Labs | 2021 - now\n")
    built = build_card(document_from_text(resume, "resume.txt"),
                       document_from_text("Backend Developer at Kiln\n## Requirements\n- Go\n", "p.md"),
                       today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "I managed a team of 3 developers" in text or "I cut report build time" in text
    assert "Databases:" not in text and "Languages:" not in text


def test_a_headline_names_the_work_when_the_jobs_carry_no_clean_title_and_an_adverb_keeps_its_place() -> None:
    resume = ("Dan Oren\nBackend Developer\nEXPERIENCE\nNov 2021 - Present\nGo, gRPC, PostgreSQL | Kafka\n"
              "- Independently developed 3 commercial services from scratch\n")
    built = build_card(document_from_text(resume, "resume.txt"),
                       document_from_text("Go Developer at Kiln\n## Requirements\n- Go\n", "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "I'm a backend developer, working since 2021" in text
    assert "I independently developed 3 commercial services from scratch" in text


def test_a_skill_of_an_earlier_job_is_worked_with_not_everyday_work() -> None:
    resume = ("Mia Holt\nEXPERIENCE\nFrontend Developer, Kite Apps | 2022 - now\n- Built the checkout in Vue.js "
              "for 40 stores\nWeb Developer, Loom Studio | 2019 - 2022\n- Built admin panels in Angular\n")
    posting = "Angular Developer at Kiln\n## Requirements\n- Angular\n"
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "Angular is part of my everyday work" not in text


def test_a_resume_with_no_dated_job_says_its_headline_and_a_degree_asked_for_is_said() -> None:
    resume = ("Lea Stone\nFullstack Web Developer\nEXPERIENCE\nIntelos (Tel Aviv) Web Developer\n"
              "Technologies used: Vue, Node.js\nEDUCATION\nMaster's degree in Computer Science, Dnipro University\n")
    posting = ("Associate Professor at Nordby University\n## Requirements\n- A PhD or a master's degree in "
               "computer science\n- Teaching experience at university level\n")
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "I'm a fullstack web developer." in text
    assert "I hold a master's degree in Computer Science." in text


def test_only_what_the_current_job_names_is_everyday_work() -> None:
    resume = ("Ray Dunn\nEXPERIENCE\nElectrician, Volt & Co | 2019 - now\n- Wire homes to low-voltage wiring "
              "standards\nSKILLS\nNational Electrical Code, low-voltage wiring\n")
    posting = ("Electrician at Brightwire\n## Requirements\n- National Electrical Code\n- Low-voltage wiring\n")
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "National Electrical Code and low-voltage wiring are part of my everyday work" not in text


def test_a_headline_keeps_the_language_it_names() -> None:
    resume = "Gil Zal\nJunior C++ developer\nPROJECTS\nCommand line shell in C\n"
    built = build_card(document_from_text(resume, "resume.txt"),
                       document_from_text("Java Backend Engineer at Kiln\n## Requirements\n- Java\n", "p.md"),
                       today=TODAY)
    # its level kept ("a C++ developer" alone would claim more than the resume says), said as a person would
    # say it, not read out as a label
    assert any("I'm a C++ developer, early in my career." in p.text for p in built.pitches)
    assert not any("junior C++ developer" in p.text for p in built.pitches)


def test_a_title_naming_a_tool_by_its_other_name_keeps_its_capital() -> None:
    resume = document_from_text("EXPERIENCE\nGolang Developer, Harbin Systems | 03/2019 - now\n"
                                "- Built the booking service in Go for 40 clinics\n", "resume.txt")
    posting = document_from_text("Go Developer at Brightmoor\n## Requirements\n- Go and PostgreSQL\n")
    pitch = build_card(resume, posting, today=TODAY).pitches[1].text
    assert "Golang developer" in pitch and "golang" not in pitch


def test_a_skill_the_opening_already_names_is_not_said_again() -> None:
    resume = document_from_text("Dan Levi\nC++ Developer\nSKILLS:\nC++\nCMake\nABOUT ME:\n"
                                "I'm self-taught and I build 3D tools in my own time.\n", "resume.txt")
    posting = document_from_text("Senior C++ Developer at Brightmoor\n## Requirements\n- C++ and CMake\n")
    pitch = build_card(resume, posting, today=TODAY).pitches[1].text
    assert pitch.count("C++") == 2  # the role's name and "I'm a C++ developer", never a third time
    assert "My skills include CMake." in pitch


def test_a_clipped_group_count_gets_its_article_back_when_spoken() -> None:
    resume = document_from_text("EXPERIENCE\nAnalytics Team Lead, Ozlo | 2022 - now\n- Leading team of 18 analysts "
                                "for the pricing desk\nHead Analyst, Brisk Foods | 2016 - 2022\n- Managed team of 5 "
                                "analysts and cut report time from 3 days to 4 hours\n", "resume.txt")
    posting = document_from_text("Analytics Manager at Brightmoor\n## Requirements\n- Leading a team of analysts\n"
                                 "- Reporting\n")
    pitch = build_card(resume, posting, today=TODAY).pitches[1].text
    assert "team of 18" in pitch or "team of 5" in pitch
    assert "leading team of" not in pitch.lower() and "managed team of" not in pitch.lower()


def test_a_degree_two_columns_put_among_the_jobs_is_never_said_as_work() -> None:
    resume = """FRONTEND DEVELOPER
EXPERIENCE
Assistant Manager, Wal & Joe Jewelry | Feb 2018 - Present
I've graduated from Moscow National Research University
Economics (bachelor's degree) of faculty: Business-Informatics.
Assisted customers on the floor
"""
    posting = ("PhD fellow in climate economics\nQualifications\n- Experience in economics\n"
               "- Candidates should have a Masters degree in economics or development studies\n")
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "worked in economics" not in text.lower()
    assert "carries over: economics" not in " ".join(s.text for c in built.concerns for s in c.answer).lower()


def test_work_that_ended_years_ago_is_said_in_the_past_with_its_years() -> None:
    resume = """Boris Kagan
Employment History
2018 Flexitech AVIA Israel
Role: Production manager.
Ran two shifts of 30 operators building heating elements.
2009 2016 Subaru Russia
Role: Car dealership director.
"""
    posting = "Production Manager at Veltra\nRequirements\n- 3+ years managing a production floor\n"
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "I worked as a production manager at Flexitech AVIA in 2018." in text
    assert "since 2018" not in text


def test_a_junior_applying_for_a_senior_role_says_what_they_would_bring_not_why_they_fit() -> None:
    resume = """Oleg Sidorov
Python Developer
WORK EXPERIENCE
Python Developer, Claustrophobia | Aug 2023 - present
Built a CRM and a dashboard in Django and Django REST Framework
"""
    posting = ("Senior Python Engineer at Veltra\nRequirements\n- 5+ years of experience with Python\n"
               "- Solid understanding of REST APIs\n")
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    assert any(c.kind == "step-up" for c in built.concerns)
    assert all("why I fit" not in p.text and "good fit" not in p.text for p in built.pitches)
    assert "what I'd bring" in built.pitches[0].text
    # Django REST Framework is REST work: never "I haven't used REST"
    assert not [c for c in (*built.concerns, *built.more_concerns) if "REST" in c.requirement and "haven't" in
                c.answer_text]


UNDATED = """Fullstack Web Developer
Languages: Hebrew, English, Russian
Experience
present Intelos (Tel Aviv, Israel) Web FrontEnd Developer
Description: Development of a program for visualizing data on a geographic map.
Responsibilities: Development and support of the client side of the project based on Vue.
Britannica (Tel Aviv, Israel) Web Full Stack Developer
Responsibilities: renewed REST API, migrated from ASPX to Angular and NodeJS microservices.
Education
Degree: Computer Science Master Degree
"""


def test_a_resume_without_dates_names_its_current_job_and_is_asked_its_years() -> None:
    posting = ("Software Development Engineer\nQualifications\n"
               "- Many years of industry software engineering experience\n- Experience with Vue and REST APIs\n")
    built = build_card(document_from_text(UNDATED, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "I'm currently a web frontend developer at Intelos." in text
    years = next(c for c in built.concerns if c.kind == "years")
    assert "asks for many years, and your resume dates none of its jobs" in years.concern


def test_a_course_s_lines_are_not_said_as_work_and_a_student_s_years_are_said_as_a_student_s() -> None:
    resume = """Oren Katz
Junior Java Developer
Experience and participated projects:
2020 2021 MASA Tlalim, Java and Android programming, educational program, Israel
In terms of the educational program I had experience in C# development and WPF framework for a robotics startup.
2019 Java Developer, Eltex
Implementing database queries for a billing system
"""
    posting = "C# Developer at Veltra\nRequirements\n- Experience in C# development and WPF\n- SQL\n"
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "robotics startup" not in text
    student = ("Haifa, Israel\nC/C++ Developer, Python Developer\nStudent of Moscow State University, Faculty of "
               "Mathematics\nwith over than 3 years experience of mathematical modelling and numerical computations.\n"
               "EDUCATION\nMoscow State University | Sep 2019 - present\n")
    posting = "Senior .NET Engineer\nRequirements\n- 5+ years of experience in .NET\n- C#\n"
    built = build_card(document_from_text(student, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "As a student, I have over 3 years of experience in mathematical modelling" in text
    assert "why I fit" not in text and "good fit" not in text  # a low fit: what they would bring


def test_a_pitch_with_no_result_says_what_the_latest_job_s_own_lines_list_it_involved() -> None:
    resume = """Oren Katz
Java Developer, Backend
EXPERIENCE
2020 Internship, Service Engineer, Center for Financial Technologies
Java + Oracle Development
Optimizing Java code using Spring Boot
Implementing Database Queries
"""
    posting = "Engineering Manager at Doctolib\nRequirements\n- 3+ years of people management experience\n"
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert ("included Java and Oracle development, optimizing Java code using Spring Boot and implementing "
            "database queries.") in text


def test_a_point_from_an_earlier_internship_says_where_it_was_done() -> None:
    resume = """Oren Katz
Junior Java Developer, Backend
Experience and participated projects:
2020 Internship, Service Engineer, Center for Financial Technologies, software company, Russia
Java + Oracle Development
2019 Summer internship as Java Developer at Eltex, a network equipment maker, Russia
Developing software for a router system.
"""
    posting = "Frontend Engineer\nRequirements\n- Strong frontend architecture knowledge\n- Router firmware\n"
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    text = " ".join(p.text for p in built.pitches)
    assert "At Eltex, my work included developing software for a router system." in text
    assert "I was a service engineer at" not in text  # an internship is said as one, and once


def test_projects_listed_with_their_tools_are_spoken_as_points_for_the_posting_s_work() -> None:
    resume = document_from_text(
        "Oren Baskin\nPROJECTS\nonline shop (Java, JPA, Spring Security, MySQL) - backend\n"
        "SimpleForum application(Java, Spring Data, Hibernate)\nPhoto album (2019)\nEMPLOYMENT HISTORY\n"
        "2023 - present Northgate Coding School\nRole: Java Developer student.\n2012 - 2022 Dalton Motors\n"
        "Role: Showroom manager.\nAchievements: Increasing sales of used cars, winning fleet tenders.\n",
        "resume.txt")
    posting = document_from_text("Backend Developer at Quillmark\n## Requirements\n- Java\n- Node.js\n- AWS\n",
                                 "posting.txt")
    standard = next(p for p in build_card(resume, posting, today=TODAY).pitches if p.style == "standard")
    said = [s.text for s in standard.sentences]
    assert "One thing I'd point to: an online shop (the backend), built with Java, JPA, Spring Security and " \
           "MySQL." in said
    assert "Another: SimpleForum application, built with Java, Spring Data and Hibernate." in said
    assert not any("Photo album" in s for s in said)  # "(2019)" is no list of tools
    cited = {src.line for s in standard.sentences for src in s.sources}
    assert {3, 4} <= cited

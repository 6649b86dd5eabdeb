"""A pitch the candidate can say aloud without overclaiming: no line written about them in the third person, no
bare noun phrase read out as a point, no column heading inside a sentence, "everyday work" only of a current job
that is that kind of work, and years only of the posting's kind of work."""

from __future__ import annotations

from datetime import date

from afterword.coach.card import build_card
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)


def _pitches(resume: str, posting: str) -> dict[str, str]:
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.md"),
                       today=TODAY)
    return {p.style: p.text for p in built.pitches}


def test_a_line_written_about_him_is_said_from_the_clause_that_states_the_result() -> None:
    resume = ("Oleg Varga\nEXPERIENCE\nWeb Developer, Kite Studio | 2014 - 2019\n"
              "During his work in the company, 14 websites were launched for retail clients.\n")
    posting = ("Project Coordinator at Fenwick\n## Requirements\n- Launching websites for clients on time\n"
               "- Coordinating several projects at once\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "his work" not in text and " his " not in text
    assert "14 websites were launched for retail clients." in text


def test_a_line_about_her_that_cannot_be_cut_to_a_result_is_left_out() -> None:
    resume = ("Maria Lenz\nEXPERIENCE\nBookkeeper, Alder & Co | 2016 - now\n"
              "- Reconciled 40 supplier accounts every month in Sage\n"
              "She was praised by the director for her accuracy with 40 supplier accounts.\n")
    posting = "Accounts Assistant at Kiln\n## Requirements\n- Sage\n- Reconciling supplier accounts\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "I reconciled 40 supplier accounts every month in Sage." in text
    assert "She was praised" not in text and "her accuracy" not in text and "she was praised" not in text


def test_bare_noun_phrases_are_not_read_out_as_points() -> None:
    resume = ("Ivo Petrov\nEXPERIENCE\nTeam Lead, Mirage Soft | 2015 - now\n"
              "Website development, management of a development team (3 programmers, 2 designers).\n"
              "Up to 1000 users in total.\n"
              "- Cut the nightly import from 6 hours to 40 minutes by rewriting it in Go\n")
    posting = ("Operations Manager at Fenwick\n## Requirements\n- Managing a team\n- Website development\n"
               "- Improving processes\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "website development, management of" not in text.lower()
    assert "1000 users in total" not in text
    assert "I cut the nightly import from 6 hours to 40 minutes" in text


def test_a_short_noun_phrase_with_a_measured_result_may_still_be_quoted() -> None:
    resume = ("Ruth Ames\nEXPERIENCE\nStaff Nurse, Scioto Valley Hospital | 2019 - now\n"
              "- Care for 5 adult patients per shift on a 32-bed surgical unit\n"
              "Member of the rapid response team: first responder on more than 40 calls.\n")
    posting = ("Registered Nurse at Mercy\n## Requirements\n- Acute care experience\n"
               "- Rapid response or emergency experience\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "first responder on more than 40 calls" in text


def test_a_heading_of_the_other_column_is_not_said_inside_a_sentence() -> None:
    resume = ("Anya Sol\nData Engineer\nEXPERIENCE\nPipeline Engineer, Corvid Labs | 2020 - now\n"
              "- Worked closely with analysts, building data pipelines, delivering ML Education models to "
              "production, all using Python.\n")
    posting = "Data Engineer at Fenwick\n## Requirements\n- Python\n- Building data pipelines\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "ML Education models" not in text
    assert "delivering ML models to production" in text


def test_a_skill_is_everyday_work_only_of_a_current_job_of_that_kind() -> None:
    # a shop job now, JavaScript from a course and a summary: "used", never "everyday work"
    resume = ("Tal Mor\nFRONTEND DEVELOPER\nSUMMARY\nFamiliar with JavaScript, HTML and CSS from my own projects.\n"
              "EXPERIENCE\nSales Assistant, Corner Books | 2018 - now\n"
              "JavaScript (ES6), HTML, CSS, Node.js\n- Helped customers choose books\n"
              "Shop Assistant, Leaf & Co | 2016 - 2018\n- Served customers at the till\n"
              "EDUCATION\nComplete JavaScript Course, 2021\n")
    posting = ("Fullstack Engineer at Kiln\n## Requirements\n- Experience with JavaScript and React\n"
               "- Experience with PHP and MySQL\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "everyday work" not in text
    assert "I have worked with JavaScript." in text
    # the years, when said, name the work they were ("most recently as Sales Assistant"), never bare
    assert "since 2016." not in text and "working since 2016, most recently as Sales Assistant" in text


def test_a_technology_listed_under_a_job_is_used_not_everyday_work() -> None:
    resume = ("Kir Dane\nEXPERIENCE\nPython Developer, Claus Labs | 2021 - now\n"
              "Technologies: Python, Django, PostgreSQL, React, JS\n"
              "- Optimized critical services; response time fell from minutes to 3 seconds\n")
    posting = "Software Engineer at Kiln\n## Requirements\n- JavaScript\n- TypeScript\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "JavaScript is part of my everyday work" not in text
    assert "I have worked with JavaScript." in text


def test_a_skill_in_the_work_of_a_job_of_the_postings_kind_is_everyday_work() -> None:
    resume = ("Kir Dane\nEXPERIENCE\nBackend Developer, Claus Labs | 2021 - now\n"
              "- Built the billing service in Python for 30,000 customers\n")
    posting = "Software Engineer at Kiln\n## Requirements\n- Python\n- SQL\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "Python is part of my everyday work." in text


def test_years_are_not_said_of_other_work_under_a_headline_of_the_postings_kind() -> None:
    # the dated jobs are a shop's (the title line names a manager), the headline names a developer
    resume = ("Tal Mor\nFRONTEND DEVELOPER\nEXPERIENCE\n"
              "I've got experience building and working Assistant Manager on JavaScript projects. "
              "I'm familiar with Northwind Jewels | Feb 2018 - Present\n"
              "JavaScript (ES6), HTML, CSS, Node.js\n"
              "The Rodrup House | May 2016 - Aug 2017\nAssisted customers on the floor\n"
              "EDUCATION\nBachelor of Business Informatics, 2013\n")
    posting = ("Embedded Developer at Kiln\n## Requirements\n- A bachelor's degree\n- JavaScript\n- C and C++\n")
    pitches = _pitches(resume, posting)
    text = " ".join(pitches.values())
    assert "since 2016" not in text and "since 2018" not in text
    assert "I'm a frontend developer." in text  # the resume's own headline, in its usual case


def test_a_job_title_of_the_other_column_is_not_said_inside_the_candidates_own_sentence() -> None:
    resume = ("Tal Mor\nEXPERIENCE\nI've got experience building and working Assistant Manager on JavaScript "
              "projects. I'm familiar with Northwind Jewels | Feb 2018 - Present\n"
              "JavaScript (ES6), HTML, CSS, Node.js\n")
    posting = ("Fullstack Engineer at Kiln\n## Requirements\n- Experience with JavaScript and React\n"
               "- Experience with PHP and MySQL\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "I've got experience building and working on JavaScript projects." in text
    assert "working Assistant Manager on" not in text


def test_a_line_with_no_subject_is_said_with_i_and_one_about_him_is_left_out() -> None:
    resume = ("Ana Ruiz\nEXPERIENCE\nWeb Developer, Kiln Labs | 2019 - now\n"
              "Was engaged in the development of the booking system for 40 hotels.\n"
              "He increased conversion by 12% on the checkout.\n")
    posting = ("Web Developer at Fenwick\n## Requirements\n- Experience building booking systems\n"
               "- Improving checkout conversion\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "I was engaged in the development of the booking system for 40 hotels." in text
    assert ": Was engaged" not in text
    assert "He increased" not in text and "he increased" not in text


def test_a_line_labelled_major_achievements_is_said_without_its_label() -> None:
    resume = ("Lev Arkin\nEXPERIENCE\nBackend Developer, Tallow Systems | 2019 - now\n"
              "Major achievements: Rewrote the billing service in Go and cut invoice errors by 40%.\n")
    posting = "Go Developer at Fenwick\n## Requirements\n- Experience with Go\n- Billing systems\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "I rewrote the billing service in Go and cut invoice errors by 40%." in text
    assert "Major achievements" not in text and "major achievements" not in text


def test_a_long_bullet_keeps_the_result_after_its_semicolon_and_drops_a_middle_clause() -> None:
    resume = ("Ada Vance\nEXPERIENCE\nPlatform Engineer, Kestrel Freight | 2019 - now\n"
              "- Led the move of 14 Django and FastAPI services from hand-built VMs to Amazon EKS, using Terraform "
              "modules that three other teams now reuse; deploy time fell from 40 minutes to 8.\n")
    posting = "Platform Engineer at Fenwick\n## Requirements\n- Amazon EKS\n- Terraform\n"
    text = " ".join(_pitches(resume, posting).values())
    assert ("I led the move of 14 Django and FastAPI services from hand-built VMs to Amazon EKS; deploy time fell "
            "from 40 minutes to 8.") in text


def test_a_headline_of_two_languages_joined_by_a_slash_is_said_with_and() -> None:
    resume = "Lena Vos\nC/C++ Developer, Python Developer\nSKILLS\nC (3+ years), C++ (2+ years), Python (3+ years)\n"
    posting = ("Site Reliability Engineer at Fenwick\n## Requirements\n- Terraform and Kubernetes\n"
               "- Knowledge of at least one scripting language is a must\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "I'm a C and C++ developer." in text and "C C++" not in text


def test_a_verbless_result_is_said_with_with_and_a_labelled_point_with_one_colon() -> None:
    resume = ("Ada Bloom\nEXPERIENCE\nStaff Nurse, Ridley General | 2019 - now\n- Prepare care plans and discharge "
              "notes in Epic; no medication errors in 2024\n- Member of the rapid response team: first responder on "
              "more than 40 calls\n")
    posting = "Registered Nurse\n## Requirements\n- Epic\n- Rapid response experience\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "in Epic, with no medication errors in 2024" in text
    assert "; no medication" not in text
    assert "team: first" not in text


def test_a_team_lead_is_said_as_one_and_a_specialist_degree_by_its_own_name() -> None:
    resume = ("Boris Lind\nEXPERIENCE\nMitra Labs, Team Lead | 2013 - now\n- Built a Java web platform used by 1,000 "
              "people\nOrvel Soft, Team Lead Software Developer | 2004 - 2013\n- Built a client-server platform\n"
              "EDUCATION\nSpecialist of Science in Applied Mathematics, 1998\n")
    posting = "Software Engineer\n## Requirements\n- Java\n- A master's degree\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "as a team since" not in text
    assert "Specialist degree in Applied Mathematics" in text and "master's degree in Applied" not in text


def test_the_end_of_a_sentence_wrapped_onto_a_capitalised_line_is_said_with_it_never_alone() -> None:
    resume = ("Ellen Hart\nEXPERIENCE\nClass Teacher, Year 4 — St Aidan's Primary | 2020 - now\n"
              "Phonics lead for Key Stage 2: set up Read\nWrite Inc. catch-up groups for 22 pupils.\n"
              "Planned a cross-curricular Romans topic now taught by all three\nYear 4 classes in the trust.\n")
    posting = "Year 4 Class Teacher\n## Requirements\n- Phonics\n- Curriculum planning\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "point to: Write Inc." not in text and "point to: Year 4" not in text
    assert "taught by all three Year 4 classes in the trust" in text


def test_a_field_is_worked_in_and_a_tool_worked_with() -> None:
    resume = ("Maria Lenz\nEXPERIENCE\nSenior Team Manager, Alder Bank | 2019 - now\n- Ran planning for four teams\n"
              "System Analyst, Kiln Soft | 2012 - 2019\n- Led project management and requirements for a CRM in Jira\n")
    posting = "Project Manager\n## Requirements\n- Project management\n- Jira\n"
    text = " ".join(_pitches(resume, posting).values())
    assert "worked with project management" not in text
    assert "in project management" in text


def test_a_hyphen_between_words_is_said_as_a_pause() -> None:
    resume = ("Dan Levi\nEXPERIENCE\nBackend Developer, Kite Apps | 2019 - now\n- Run a highly loaded Python "
              "service - several hundred thousand visitors a day\n")
    pitch = _pitches(resume, "Backend Developer at Lyng\n## Requirements\n- Python\n")["concise"]
    assert "Python service — several hundred thousand visitors a day" in pitch
    assert " - " not in pitch


def test_a_present_tense_duty_of_a_job_that_ended_is_said_in_the_past() -> None:
    resume = ("Maria Lopez\nEXPERIENCE\nOwner, Lopez Catering | Mar 2016 - present\n"
              "- Run a catering business serving 200 guests a week\n"
              "Client Service Specialist, Northgate Registry | Apr 2008 - Feb 2016\n"
              "- Handle client files and paperwork for securities transfers\n")
    posting = ("Client Service Officer at Fenwick\n## Requirements\n- Experience with client files and paperwork\n"
               "- Knowledge of securities transfers\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "I handled client files and paperwork" in text and "I handle client" not in text
    assert "I run a catering business" in text or "catering" not in text  # the current job stays in the present


def test_the_past_of_a_spoken_duty() -> None:
    from afterword.coach.sources import in_past

    assert in_past("I lead a team of 5.") == "I led a team of 5."
    assert in_past("I verify invoices.") == "I verified invoices."
    assert in_past("I manage the store.") == "I managed the store."
    assert in_past("I built a tool.") == "I built a tool."  # already in the past


def test_a_resume_of_internships_only_says_the_latest_internship_in_its_line_of_work() -> None:
    resume = ("Lev Adler\nJava Developer, Backend\nEXPERIENCE\n"
              "2021 Internship, Java Developer, Quarry Systems, a software company for logistics firms\n"
              "Optimizing Java code using Spring Boot\n"
              "2019 Summer internship as Web Designer at Pixelrow\n"
              "EDUCATION\nBA in Informatics, 2020\n")
    posting = ("Technical Support Specialist at Dairyfields\n## Requirements\n- A degree in food science\n"
               "- Willing to travel 45 days a year\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "In 2021 I was a Java developer intern at Quarry Systems." in text
    assert "Web Designer" not in text and "web designer" not in text  # another line of work than the headline's


def test_a_resume_with_no_dated_job_says_the_years_its_summary_states_in_its_own_words() -> None:
    resume = ("Nina Orlov\nC/C++ Developer, Python Developer\n"
              "Student of the Faculty of Mathematics with over than 3 years experience of mathematical modelling, "
              "numerical computations and algorithms.\nSKILLS\nC, C++, Python\n")
    posting = ("Frontend Developer at Corvane\n## Requirements\n- Experience in frontend development\n"
               "- JavaScript and HTML\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "I have over 3 years of experience in mathematical modelling, numerical computations and algorithms." \
        in text


def test_a_bare_participle_after_and_is_said_in_the_simple_past() -> None:
    from afterword.coach.sources import first_person

    assert first_person("Worked on mobile games and done three RPG games as team lead.") == \
        "I worked on mobile games and did three RPG games as team lead."
    assert first_person("Reviewed the plans and written up the findings for 4 sites") == \
        "I reviewed the plans and wrote up the findings for 4 sites."


def test_a_labelled_task_list_is_said_as_the_work_it_included() -> None:
    resume = ("Olga Brin\nSoftware engineer\nEXPERIENCE\n2022 - Corvane Systems. D2 (Middle) Software Engineer. "
              "Clinic project.\nTasks performed: Features and UX implementation, Unit testing, Code review, Writing "
              "code specification.\n")
    posting = ("Senior Linux Developer at Kiln\n## Requirements\n- Experience with unit testing and code review\n"
               "- Writing specifications for drivers\n- 7+ years of C and C++\n")
    text = " ".join(_pitches(resume, posting).values())
    assert "My work included writing code specification." in text  # the skills sentence names the skills
    assert "as a software engineer since 2022" in text
    assert "D2" not in text and "Middle" not in text  # a grade code is no word to say


def test_a_job_of_the_posting_s_kind_is_said_before_another_trade_s_latest_job() -> None:
    resume = ("Ilya Gorev\nEXPERIENCE\nBusiness Owner, Gorev Meats | 2018 - 2022\n"
              "- Created from scratch a profitable butcher's shop and managed a team of 20 people\n"
              "Software Developer, Kite Apps | 2016 - 2018\n"
              "- Implemented a records project from scratch that reorganized the work of 3 offices\n")
    posting = "Senior Software Engineer at Lyng\n## Requirements\n- Unit testing\n- Code review\n"
    concise = _pitches(resume, posting)["concise"]
    assert concise.index("records project") < concise.index("butcher") if "butcher" in concise else \
        "records project" in concise

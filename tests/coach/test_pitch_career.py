"""The pitch says a whole career as the resume gives it: the years from a long career before a move abroad, the
latest real job rather than a course listed as one, and the results a resume labels as its achievements."""

from __future__ import annotations

from datetime import date

from afterword.coach.card import build_card
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)

MOVED_ABROAD = """Oleg Marin
Employment History
2018 - Tel-Ran Educational Center
Role: Java Developer student.
Design and development of Java applications with Spring.
2018 Flexitech AVIA Israel
Role: Production manager.
Company profile: Manufacturing of heating elements and PCBs.
2009 2016 Subaru Russia
Role: Car dealership director.
Achievements: Significantly increasing sales of new and used equipment, winning large government tenders for the \
supply of automotive equipment.
Education:
MA in Radiophysics and electronics
"""

POSTING = """Data Scientist at Norvia
## Requirements
- A technical background in physics or electronics
- Experience winning and managing large tenders
"""


def pitch_text() -> str:
    card = build_card(document_from_text(MOVED_ABROAD, "resume.txt"), document_from_text(POSTING, "posting.txt"),
                      today=TODAY)
    return " ".join(p.text for p in card.pitches)


def test_a_long_career_before_a_move_abroad_is_not_erased() -> None:
    said = pitch_text()
    # every job has ended: each is said with its own years, never "working since" as if to this day
    assert "before that, a car dealership director at Subaru Russia from 2009 to 2016" in said
    assert "since 2018" not in said and "since 2009" not in said


def test_a_course_listed_as_a_job_is_not_the_latest_job() -> None:
    said = pitch_text()
    assert "Java Developer at Tel-Ran" not in said
    assert "Most recently I was a production manager at Flexitech AVIA, in 2018" in said


def test_a_line_the_resume_labels_as_achievements_is_spoken() -> None:
    # said as done, in the first person: the resume's own words, the action in the past
    assert "I significantly increased sales of new and used equipment and won large government tenders" \
        in pitch_text()


def test_a_recent_title_is_not_joined_to_older_years() -> None:
    resume = """Lena Park
EXPERIENCE
Full-stack Developer, Brightcart | 2020 - now
- Rebuilt the checkout in Vue and Node.js
Frontend Developer, Pixelform | 2017 - 2020
- Cut page load time from 6 s to 2 s with lazy loading
Web Developer, Sitecraft | 2014 - 2017
- Built 30 client websites in JavaScript and PHP
"""
    posting = "Frontend Developer at Norvia\n## Requirements\n- JavaScript\n- Vue\n"
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    said = " ".join(p.text for p in card.pitches)
    assert "full-stack developer since 2014" not in said.lower()
    assert "as a developer since 2014, most recently as a full-stack developer at Brightcart" in said


def test_years_of_the_posting_s_work_that_ended_are_not_said_of_the_latest_title() -> None:
    resume = """Marta Ivers
EXPERIENCE
Senior Team Manager, Northbank | 2019 - now
- Run four teams of analysts: planning, reviews and mentoring
Senior System Analyst, Northbank | 2012 - 2019
- Wrote the requirements for the cash collection system
SQL Developer, Telcom | 2008 - 2012
- Built the billing reports in Oracle SQL and PL/SQL
"""
    posting = "Principal Developer\n## Requirements\n- SQL\n- Experience as a developer\n"
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    said = " ".join(p.text for p in card.pitches)
    assert "team manager since" not in said.lower()
    assert "most recently as Senior Team Manager at Northbank; before that, I worked as a" in said
    assert "SQL developer from 2008 to 2012" in said


def test_a_field_heading_a_skills_column_is_not_a_skill_said() -> None:
    resume = """Gil Zal
Junior C++ developer
SKILLS
Project Management
GitHub
Python
"""
    posting = "Project Manager at Norvia\n## Requirements\n- Project management\n- Python\n"
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    said = " ".join(p.text for p in card.pitches)
    assert "Project Management" not in said and "project management" not in said


def test_a_course_listed_as_the_latest_job_is_no_everyday_work() -> None:
    from datetime import date

    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = ("Oleg Frost\nEMPLOYMENT HISTORY\n2018 - Coda Academy\nRole: Java Developer student.\n"
              "Design and development of Java and JavaScript applications, server side and frontend.\n"
              "2009 - 2016 Northline Motors\nRole: Car dealership director.\n")
    posting = "Backend Engineer at Kite\n## Requirements\n- Java\n- JavaScript\n"
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"),
                      today=date(2026, 12, 1))
    assert not any("everyday work" in p.text for p in card.pitches)


def test_another_trade_s_duty_is_no_point_by_a_shared_theme_alone() -> None:
    resume = """Mira Tal
Frontend Developer
SUMMARY
I've got experience building and working on JavaScript projects.
EXPERIENCE
Jewel Box | Feb 2018 - Present
- Assisted customers on the floor
- Attended to the specific requests of customers
"""
    posting = ("DevOps Engineer\n## Responsibilities\n- Work with customers and partners directly\n- We are customer "
               "obsessed: you will support our customers\n## Requirements\n- Experience with Kubernetes\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    said = " ".join(p.text for p in card.pitches)
    assert "assisted customers" not in said.lower() and "JavaScript projects" in said


def test_the_earlier_job_said_beside_the_latest_is_the_one_of_the_posting_s_kind() -> None:
    resume = """Ivan Sorokin
Work history
Business Owner Butchery, Ekaterinburg, Russia
Oct 2018 - Mar 2022 Created from scratch a business for cutting and selling meat; managed a team of 20 people
C# Software Developer Professional Registry Center, Ekaterinburg, Russia
Jan 2016 - Oct 2018 Built the company's document system in C# and WPF
Stock Market Specialist Professional Registry Center, Ekaterinburg, Russia
Apr 2005 - Jan 2016 Work with clients, paperwork and securities transactions
"""
    posting = "Backend Developer at Norvia\n## Requirements\n- C#\n- SQL\n"
    built = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.md"), today=TODAY)
    said = " ".join(p.text for p in built.pitches)
    assert "before that, a C# software developer at Professional Registry Center from 2016 to 2018" in said
    assert "stock market specialist" not in said

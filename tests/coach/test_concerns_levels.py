"""Concerns an interview turns on: a language the resume rates below what the posting asks, the work the job's
title names, years asked of a resume with no dates; and no concern against what the resume does show (an MBA
for a master's, programming languages for "modern programming languages", "cloud-native" is no language)."""

from __future__ import annotations

from datetime import date

from afterword.analysis.language_levels import asked_rank, below_asked, stated_level
from afterword.coach.card import build_card
from afterword.ingest import document_from_text

TODAY = date(2026, 12, 1)


def concerns_of(resume: str, posting: str) -> tuple[list[str], list[str]]:
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    return [c.concern for c in card.concerns], [c.concern for c in card.more_concerns]


SERVICE_RESUME = """Ilya Marchenko
Service Engineer
EXPERIENCE
Service Engineer, Nordlift | 2019 - now
- Repaired and commissioned 120 elevators a year across 3 regions
LANGUAGES
English - Pre-Intermediate
Russian - native
"""


def test_a_language_the_resume_rates_below_the_ask_is_raised_in_its_own_words() -> None:
    posting = ("Project Manager at Loomworks\nWe expect that you:\n- Have project management experience\n"
               "- Are fluent in English both written and spoken\n")
    shown, _ = concerns_of(SERVICE_RESUME, posting)
    said = " ".join(shown)
    assert "rates your English as “Pre-Intermediate” (line" in said
    card = build_card(document_from_text(SERVICE_RESUME, "resume.txt"), document_from_text(posting, "p.txt"),
                      today=TODAY)
    english = next(c for c in card.concerns if c.kind == "language")
    assert "I rate my English as Pre-Intermediate today." in english.answer_text
    assert "fluent" not in english.answer_text.lower()  # no promise of fluency by a date
    # "both written and spoken" has said how much of the day is in it: it is not asked back
    assert "How much of the day" not in english.answer_text and "asks for more" in english.answer_text
    verbal = posting.replace("Are fluent in English both written and spoken", "Excellent verbal and written "
                                                                              "English skills")
    card = build_card(document_from_text(SERVICE_RESUME, "resume.txt"), document_from_text(verbal, "p.txt"),
                      today=TODAY)
    assert "How much of the day" not in next(c for c in card.concerns if c.kind == "language").answer_text


def test_a_level_at_or_near_the_ask_is_no_concern() -> None:
    good = SERVICE_RESUME.replace("English - Pre-Intermediate", "English (C1)")
    shown, rest = concerns_of(good, "Engineer at Loomworks\nRequirements:\n- Fluent English\n- 3 years in service\n")
    assert not any("English" in c for c in (*shown, *rest))
    resume = document_from_text("Ana\nLanguages: English: B2, German: A2\n")
    assert below_asked("Fluent English", resume, "English") is not None  # B2 is upper-intermediate, not fluent
    assert below_asked("Good English", resume, "English") is None
    assert below_asked("Fluent German", resume, "German") is not None
    ranged = document_from_text("Ana\nLanguages\nEnglish (B1-B2)\n")
    assert stated_level(ranged, "English").words == "B1-B2"  # a range, said as the resume writes it
    assert below_asked("Good English", ranged, "English") is None  # read at its upper end
    assert stated_level(document_from_text("Ana\nEnglish, Russian (native)\n"), "English") is None
    assert asked_rank("Basic German is a plus") is None


def test_the_work_the_jobs_title_names_is_a_gap_not_a_story() -> None:
    posting = ("Project Manager at Loomworks\nWe expect that you:\n- Have project management experience\n"
               "- Have experience with investment processes for startups\n"
               "- Have experience with business development for startups\n"
               "- Have experience with collaboration between startups and companies\n")
    shown, _ = concerns_of(SERVICE_RESUME, posting)
    assert any(c.startswith("Your resume does not show project management") for c in shown)


def test_years_asked_of_a_resume_with_no_dates_say_so() -> None:
    resume = "Lev Adler\nJunior C++ developer\nSKILLS\nC++, Qt, Docker\nPROJECTS\n- Wrote a web server in C++\n"
    posting = ("Front End Developer at Tripwell\nRequirements:\n"
               "- We are looking for a candidate that must have at least 5 years of experience\n")
    shown, _ = concerns_of(resume, posting)
    assert any("5 years or more, and your resume dates none of its jobs" in c for c in shown)


def test_what_the_resume_shows_is_not_denied() -> None:
    mba = """Olga Petrova
Competitive Analytics Team Lead
EXPERIENCE
Team Lead, Ozmart | 2016 - now
- Led a team of 18 analysts
EDUCATION
MBA (Sales & Marketing), Moscow Business School, 2012
"""
    shown, rest = concerns_of(mba, "Strategy Associate at Fjell\nRequirements:\n"
                                   "- You have a business or finance degree at masters level and 2 years strategy "
                                   "consulting experience\n")
    assert not any("degree the posting lists" in c for c in (*shown, *rest))
    php = ("Pavel Ivanov\nWeb Developer\nEXPERIENCE\nWeb Developer, Eapteka | 2012 - now\n"
           "- Built online stores in PHP, MySQL and jQuery\n")
    shown, rest = concerns_of(php, "Senior DevOps Engineer at Medlane\nRequirements:\n"
                                   "- Expertise with modern programming languages systems and architectures\n"
                                   "- Expertise building and deploying applications to the cloud (AWS) using "
                                   "cloud-native services\n")
    said = " ".join((*shown, *rest))
    assert "modern programming languages" not in said
    assert "The posting asks for this and your resume does not show it" not in said  # no "native" condition
    assert any("AWS" in c for c in shown)


def test_a_language_the_posting_says_is_not_needed_is_no_concern_and_two_languages_are_both_raised() -> None:
    resume = SERVICE_RESUME.replace("English - Pre-Intermediate", "English - elementary")
    shown, rest = concerns_of(resume, "Call Agent at Tessel\nRequirements:\n"
                                      "- You do not need to speak Danish for this job\n- Good English\n")
    said = " ".join((*shown, *rest))
    assert "Danish" not in said
    assert "rates your English as “elementary”" in said
    shown, _ = concerns_of(resume, "Administrator at Tessel\nRequirements:\n"
                                   "- You are fluent in both Danish and English orally and in writing\n")
    assert any("does not show Danish" in c for c in shown)
    assert any("rates your English" in c for c in shown)


def test_posting_text_about_others_is_no_concern() -> None:
    posting = ("Data Protection Lead at Tessel\nRequirements:\n- Fluent English\n"
               "- Most of them speak several foreign languages and have experience in multicultural teams .\n"
               "- Hays serves as recruitment partner on this position .\n")
    shown, rest = concerns_of(SERVICE_RESUME.replace("Pre-Intermediate", "C1"), posting)
    said = " ".join((*shown, *rest))
    assert "several foreign languages" not in said
    assert "recruit" not in said


def test_a_lead_level_stated_by_a_label_is_a_step_up_for_a_junior() -> None:
    resume = ("Gil Zal\nJunior C++ developer\nPROJECTS\n- Wrote a command line shell in C\n"
              "- Built a web server with Docker\n")
    posting = ("Java Backend Engineer at Kiln\nExperience level: Lead\nRequirements:\n- Experience with Java\n"
               "- Experience with Linux\nYou will get extra points for the following Knowledge of SAP functionalities "
               "Experience in DevOps Fluent English both written and spoken is a must\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    assert card.concerns[0].kind == "step-up"
    assert "lead level, the posting says" in card.concerns[0].concern
    said = " ".join(c.concern for c in (*card.concerns, *card.more_concerns))
    assert "SAP functionalities" not in said  # an extra point is no concern


def test_a_skill_whose_words_are_all_on_the_resume_is_not_denied() -> None:
    resume = ("Dana Roth\nLocation manager\nEXPERIENCE\nLocation manager, FilmCo | 2019 - now\n"
              "- Ran the project of moving 3 studios\n")
    shown, rest = concerns_of(resume, "Business Analyst at Fjell\nRequirements:\n"
                                      "- You have a proven track record in financial analysis and project "
                                      "management .\n")
    said = " ".join((*shown, *rest))
    assert "does not show financial analysis" in said
    assert "project management" not in said.split("they may ask about")[0]


def test_english_shown_is_no_hard_condition_and_a_phd_offered_is_no_degree_asked() -> None:
    resume = ("Ana Diaz\nNetwork Engineer\nEXPERIENCE\nNetwork Engineer, Acme | 2017 - now\n"
              "- Designed networks for 40 branches\nLANGUAGES\nEnglish - advanced\nSpanish - native\n")
    posting = ("PhD researcher at Tessel\nThe Institute invites applications for a PhD research project on climate "
               "adaptation .\nRequirements:\n- Strong oral and written English communication skills are essential .\n"
               "- Fluent German\n")
    shown, rest = concerns_of(resume, posting)
    said = " ".join((*shown, *rest))
    assert "English communication skills are essential" not in said.split("Have an example")[0]
    assert "doctorate" not in said
    assert "does not show German" in said


def test_a_job_site_s_professional_working_english_meets_excellent_english() -> None:
    linked = document_from_text("Ana\nLanguages\nEnglish (Professional Working)\nRussian (Native or Bilingual)\n")
    assert below_asked("You possess excellent communication and English skills both orally and in writing", linked,
                       "English") is None
    limited = document_from_text("Ana\nLanguages\nEnglish (Limited Working)\n")
    assert below_asked("Fluent English", limited, "English") is not None


def test_a_field_of_study_asked_without_a_level_is_answered_with_the_degree_held() -> None:
    resume = SERVICE_RESUME + "EDUCATION\nBA in Informatics and Economics, 2015\n"
    posting = ("Dairy Application Specialist at Hollin Foods\nRequirements:\n- The ideal candidate is a dairy "
               "engineer or has a similar educational background\n- You master the English language both orally "
               "and written and have excellent communication skills\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    raised = [c for c in (*card.concerns, *card.more_concerns)]
    education = next(c for c in raised if "educational background" in c.requirement)
    assert "education" in education.concern and "example" not in education.tip
    assert "Informatics and Economics" in education.answer_text
    # the English asked beside "communication skills" is one concern: its level, not also a line "in passing"
    assert sum("master the English language" in c.requirement for c in raised) == 1


def test_a_language_listed_without_a_level_is_raised_against_a_high_level_asked() -> None:
    resume = ("Lev Orlov\nEXPERIENCE\nC++ Developer, Kettle Labs | 2020 - now\n- Built a renderer in C++ and Qt\n"
              "LANGUAGES\nEnglish\nRussian\nGerman\n")
    concerns, _ = concerns_of(resume, "C++ Developer\n## Requirements\n- C++ and Qt\n- You speak German fluently "
                                      "( C1-level or higher )\n")
    assert any("lists German without a level" in concern for concern in concerns)
    # a level asked that nobody rates ("German is a plus") or a level the resume gives is not raised this way
    concerns, _ = concerns_of(resume.replace("German\n", "German (C1)\n"),
                              "C++ Developer\n## Requirements\n- C++ and Qt\n- Fluent German\n")
    assert not any("without a level" in concern for concern in concerns)


def test_a_perfect_command_asked_is_not_bargained_over() -> None:
    resume = ("Lev Orlov\nEXPERIENCE\nC++ Developer, Kettle Labs | 2020 - now\n- Built a renderer in C++\n"
              "LANGUAGES\nRussian (Native)\nEnglish (B1-B2)\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(
        "Programme Director\n## Requirements\n- Perfect command of the English language .\n", "p.md"), today=TODAY)
    english = next(c for c in card.concerns if "English" in c.concern)
    assert "I rate my English as B1-B2 today" in english.answer_text
    assert "How much of the day" not in english.answer_text


def test_a_skill_whose_words_are_on_different_lines_is_quoted_back_in_pieces() -> None:
    resume = """Oksana Levchuk
Web Developer, Teamlead
EXPERIENCE
Web Developer, Teamlead at Pixelmill, Kyiv | 2016 - now
- Website development, management of a development team of 4 people
Web Developer at Brightdesk, Lviv | 2012 - 2016
- Built shop websites for clients. During this time, 12 projects were delivered on schedule.
"""
    posting = ("Project Manager at Loomworks\nWe expect that you:\n- Have project management experience\n"
               "- Are fluent in English both written and spoken\n")
    shown, more = concerns_of(resume, posting)
    said = next(c for c in [*shown, *more] if "Have project management experience" in c)
    # neither denied nor left as "does not mention this": each line holding a word is quoted
    assert said.startswith("Your resume shows this only in pieces")
    assert "“…12 projects were delivered on schedule”" in said and "“…management of a development team" in said
    assert "does not mention this" not in said


def test_a_label_open_to_the_middle_level_is_no_step_up_and_a_tool_asked_beside_the_stack_is_a_gap() -> None:
    resume = ("Ilya Brant\nEXPERIENCE\nFrontend Developer, Ozmart | 2023 - now\n- Built the checkout in React and "
              "TypeScript\n- Wrote the order API in Node.js\n")
    posting = ("Front End Developer\nExperience level: Mid-Level Senior Lead\nRequirements:\n- Extensive front-end "
               "development experience in writing React.js Node.js TypeScript Well familiarized with AWS structure "
               "and environment\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    assert not any(c.kind == "step-up" for c in card.concerns)
    assert any("does not show AWS" in c.concern for c in card.concerns)
    senior = posting.replace("Mid-Level Senior Lead", "Senior Lead")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(senior, "posting.txt"),
                      today=TODAY)
    assert "senior level, the posting says" in card.concerns[0].concern


def test_a_language_described_as_understood_but_slowly_spoken_is_below_an_effortless_ask() -> None:
    resume = SERVICE_RESUME.replace("English - Pre-Intermediate", "English - full understanding, slow speaking")
    assert stated_level(document_from_text(resume, "resume.txt"), "English").words == \
        "full understanding, slow speaking"
    posting = ("Analyst at Loomworks\nRequirements\n- Have project management experience\n"
               "- Speak and write English effortlessly\n")
    shown, _ = concerns_of(resume, posting)
    assert any("rates your English as “full understanding, slow speaking”" in said for said in shown)


def test_a_senior_level_on_the_label_s_own_line_is_a_step_up_for_a_resume_with_no_dated_work() -> None:
    resume = ("Dan Aker\nC++ Developer, Python Developer\nSKILLS:\nC++\nPython\nCMake\nABOUT ME:\n"
              "I'm self-taught and I am looking for my first job as a junior programmer.\n")
    posting = ("Principal Developer - Kiln\nExperience level:\nSenior Lead Manager\nTechnologies\njava javascript\n"
               "What you'll bring\n- Java Spring and SQL databases\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=TODAY)
    first = card.concerns[0]
    assert first.kind == "step-up" and "no dated work yet" in first.concern and "first paid role" in first.tip
    said = " ".join(c.concern for c in (*card.concerns, *card.more_concerns))
    assert "Senior Lead Manager" not in said  # the level label's value is the step up, not a story to tell


def test_a_degree_the_posting_lets_experience_stand_in_for_is_no_concern_for_years_of_work() -> None:
    posting = ("Department Manager at Loomworks\nJob Requirements\n- Have project management experience\n"
               "- Your technical expertise could derive from an engineering degree or experience as long as it is "
               "backed by business understanding\n")
    shown, more = concerns_of(SERVICE_RESUME, posting)  # a service engineer since 2019: years of work
    assert not any("degree" in said for said in (*shown, *more))


def test_office_programs_on_the_resume_show_microsoft_office() -> None:
    resume = SERVICE_RESUME.replace("LANGUAGES", "TOOLS\nPowerPoint, Visio, MS Project\nLANGUAGES")
    posting = ("Analyst at Loomworks\nRequirements\n- Have project management experience\n"
               "- Strong Microsoft Office skills\n")
    shown, more = concerns_of(resume, posting)
    assert not any("Microsoft Office" in said for said in (*shown, *more))


def test_english_asked_of_an_english_resume_listing_only_another_native_language_is_asked_never_denied() -> None:
    resume = SERVICE_RESUME.replace("English - Pre-Intermediate\n", "")  # Russian native, no English listed
    posting = ("Process Engineer at Loomworks\nRequirements\n- Have project management experience\n"
               "English spoken and written mastered at high level .\n")
    shown, more = concerns_of(resume, posting)
    said = " ".join((*shown, *more))
    assert "lists your languages without English" in said
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "p.txt"), today=TODAY)
    assert not any("don't speak English" in c.answer_text for c in (*card.concerns, *card.more_concerns))
    native = resume.replace("Russian - native", "Spanish - conversational")  # no other native language named
    shown, more = concerns_of(native, posting)
    assert not any("English" in said for said in (*shown, *more))


def test_a_publication_record_is_raised_though_a_teamwork_line_meets_its_collaboration() -> None:
    resume = SERVICE_RESUME + "SKILLS\nTeamwork and collaboration across 3 regional teams\n"
    posting = ("Associate Professor at Loomworks\nRequirements\n- The role requires an established strong publication "
               "record, skills in attracting external funding and experience with international research "
               "collaboration\n- Experience with elevators\n")
    shown, more = concerns_of(resume, posting)
    assert any("publication record" in said for said in (*shown, *more))


def test_years_asked_of_a_resume_with_no_work_listed_at_all_are_not_asked_to_be_dated() -> None:
    resume = ("Nina Orlov\nC/C++ Developer\nEDUCATION\nMoscow State University, Sep 2019 - present\n"
              "SKILLS\nC (3+ years), Python (3+ years)\n")
    posting = ("Front End Developer at Tripwell\nRequirements:\n"
               "- We are looking for a candidate that must have at least 5 years of experience\n")
    shown, _ = concerns_of(resume, posting)
    assert any("your resume lists no work yet" in c for c in shown)
    assert not any("dates none of its jobs" in c for c in shown)


def test_a_language_alone_on_its_line_takes_its_level_from_the_next_and_a_shared_word_is_no_same_work() -> None:
    resume = ("FRONTEND WEB DEVELOPER\nWORK EXPERIENCE\nFrontend Web Developer, Sipl-Biz | 2021 - present\n"
              "Writing technical specifications for designers and back-end developers\n"
              "LANGUAGES\nEnglish\nB1 - Intermediate Elpisor LTD\nHebrew\nA2 - Elementary\n")
    level = stated_level(document_from_text(resume, "resume.txt"), "English")
    assert level is not None and level.words == "B1" and level.line == 7
    posting = ("Advanced Procurement Engineer\nRequirements\n- 3+ years of procurement experience\n"
               "- Experience in handling technical specifications\n"
               "- Excellent communication and English skills both orally and in writing\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=date(2026, 12, 1))
    kinds = [c.kind for c in card.concerns]
    assert "career-change" in kinds  # "technical specifications" shared with a developer's line is no procurement
    assert any("rates your English as “B1”" in c.concern for c in card.concerns)


def test_two_languages_in_one_sentence_are_one_concern_and_a_weak_one_is_never_offered_instead() -> None:
    resume = ("Pavel Orlov\nSoftware Developer\nEXPERIENCE\nSoftware Developer, Mitotech | 2013 - present\n"
              "Designed a platform that 10 information systems were built on\nLANGUAGES\nEnglish - elementary\n"
              "Russian - native\n")
    posting = ("Senior Firmware Engineer\nRequirements\n- Good knowledge of C / C++\n"
               "- Good knowledge of the German and English language is required\n")
    card = build_card(document_from_text(resume, "resume.txt"), document_from_text(posting, "posting.txt"),
                      today=date(2026, 12, 1))
    languages = [c for c in (*card.concerns, *card.more_concerns) if "German" in c.requirement]
    assert len(languages) == 1
    assert "does not show German, and rates your English as “elementary”" in languages[0].concern
    assert "I do speak English" not in languages[0].answer_text


def test_a_language_the_posting_gives_years_to_learn_is_not_asked_whether_there_is_room_to_learn_it() -> None:
    posting = ("Associate Professor at Tessel University\nRequirements:\n- A PhD in ecology\n"
               "- A non-Danish candidate is expected to be able to teach in Danish within a 3-5 year timeframe .\n")
    card = build_card(document_from_text(SERVICE_RESUME, "resume.txt"), document_from_text(posting, "p.txt"),
                      today=TODAY)
    danish = next(c for c in (*card.concerns, *card.more_concerns) if "Danish" in c.concern)
    assert "is there room to build it up" not in danish.answer_text
    assert "I see the posting gives time to learn it. What support is there for that?" in danish.answer_text


def test_a_language_asked_beside_one_only_preferred_is_still_asked() -> None:
    posting = ("Postdoc in Property Law\nRequirements:\n- A PhD in law\n- The successful candidate demonstrates a "
               "high level of English skills and is preferably proficient in German .\n")
    card = build_card(document_from_text(SERVICE_RESUME, "resume.txt"), document_from_text(posting, "p.txt"),
                      today=TODAY)
    english = next(c for c in card.concerns if c.kind == "language")
    assert "rates your English as “Pre-Intermediate”" in english.concern
    assert "German" not in english.concern


def test_a_posting_in_english_that_never_asks_for_it_still_meets_a_low_english_level() -> None:
    posting = ("Field Service Engineer at Loomworks\nRequirements:\n- 3 years of elevator service\n"
               "- A driving licence\nWe offer a company car and a friendly team.\n")
    shown, _ = concerns_of(SERVICE_RESUME, posting)
    english = [c for c in shown if "English" in c]
    assert english == ["Your resume rates your English as “Pre-Intermediate” (line 7), and this posting is written "
                       "in English: expect the interview to be in English, and them to ask how much of the work you "
                       "could do in it."]
    card = build_card(document_from_text(SERVICE_RESUME, "resume.txt"), document_from_text(posting, "p.txt"),
                      today=TODAY)
    said = next(c for c in card.concerns if c.kind == "language")
    assert said.answer_text.startswith("I'll be straight with you: I rate my English as Pre-Intermediate today.")
    # a level that gets by at work, or none given, raises nothing the posting did not ask
    for level in ("English - B2", "English - intermediate", "English"):
        shown, rest = concerns_of(SERVICE_RESUME.replace("English - Pre-Intermediate", level), posting)
        assert not any("English" in c for c in (*shown, *rest)), level


def test_english_asked_with_no_level_is_not_met_by_an_elementary_rating_on_an_english_resume() -> None:
    posting = "Service Engineer at Loomworks\nRequirements:\n- English\n- 3 years of elevator service\n"
    elementary = SERVICE_RESUME.replace("English - Pre-Intermediate", "English - elementary")
    shown, _ = concerns_of(elementary, posting)
    assert "Your resume rates your English as “elementary” (line 7), and the posting asks for it: “English”." in shown
    assert below_asked("English", document_from_text("Ana\nEnglish: A2\n"), "English", required=True) is not None
    # a language asked as a little, or not required, asks no level
    assert below_asked("Basic English", document_from_text("Ana\nEnglish: A2\n"), "English", required=True) is None
    assert below_asked("English", document_from_text("Ana\nEnglish: A2\n"), "English") is None
    shown, rest = concerns_of(SERVICE_RESUME.replace("English - Pre-Intermediate", "English - intermediate"),
                              posting)
    assert not any("English" in c for c in (*shown, *rest))

"""Postings read as units with roles, however they are laid out, and the JSON contract that exposes them."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.analysis.matching import match_documents
from afterword.analysis.posting_units import posting_units
from afterword.analysis.report import report_to_dict
from afterword.ingest import document_from_text

LISTED = """Line Cook — Bistro Nine
Location: Leeds, UK

About Bistro Nine
Bistro Nine is a 60-cover neighbourhood restaurant.

What you'll need:
- 2+ years on the line in a busy kitchen
- Level 2 Food Hygiene certificate
- Confident with knife skills and prep
- Experience with sous-vide is a plus

What we offer
- Free staff meals
- 28 days holiday

Job type: Full-time
Pay: £12.50/hour
Bistro Nine is an equal opportunity employer.
Send your CV to kitchen@bistronine.example
"""


def roles(text: str) -> dict[str, str]:
    return {unit.text: unit.role for unit in posting_units(document_from_text(text))}


def test_every_unit_has_the_role_a_reader_would_give_it() -> None:
    found = roles(LISTED)
    assert found["Line Cook — Bistro Nine"] == "title"
    assert found["2+ years on the line in a busy kitchen"] == "requirement"
    assert found["Level 2 Food Hygiene certificate"] == "requirement"
    assert found["Experience with sous-vide is a plus"] == "nice-to-have"
    assert found["Free staff meals"] == "benefit"
    assert found["Job type: Full-time"] == "employment-type"
    assert found["Pay: £12.50/hour"] == "pay"
    assert found["Bistro Nine is an equal opportunity employer."] == "legal"
    assert found["Send your CV to kitchen@bistronine.example"] in ("contact", "how-to-apply")
    assert found["What you'll need:"] == "heading"


def test_the_same_posting_as_one_paragraph_reads_the_same_requirements() -> None:
    paragraph = " ".join(line.lstrip("- ") for line in LISTED.splitlines() if line.strip())
    found = roles(paragraph)
    asked = {text for text, role in found.items() if role in ("requirement", "nice-to-have")}
    assert any("2+ years on the line" in text for text in asked)
    assert not any("staff meals" in text or "equal opportunity" in text or "@" in text for text in asked)


@pytest.mark.parametrize("text", [
    "Nice to meet you!", "Job type:", "Full-time", "Delicious coffee and soft drinks",
    "jobs@example.org", "We are an equal opportunity employer and value diversity, equity, and inclusion.",
])
def test_labels_perks_legal_text_and_contacts_are_never_requirements(text: str) -> None:
    assert roles("## Requirements\n- " + text + "\n").get(text, "heading") not in ("requirement", "nice-to-have")


def test_the_match_json_exposes_what_was_read() -> None:
    posting = document_from_text(LISTED, "posting.txt")
    report = match_documents(document_from_text("## Experience\n- Cooked 200 covers a night\n"), posting)
    data = report_to_dict(report)
    assert data["posting_info"] == {"company": "Bistro Nine", "role": "Line Cook", "location": "Leeds, UK",
                                  "deadline": None}
    lines = {line.number: line.text for line in posting.lines}
    for unit in data["posting_units"]:
        assert unit["text"] in lines[unit["line"]]  # each unit is an exact substring of its line
    assert {"line", "text", "role"} == set(data["posting_units"][0])


def test_a_huge_one_line_posting_is_read_in_bounded_units() -> None:
    posting = document_from_text("You have 3+ years of Python experience. " * 5000)
    units = posting_units(posting)
    assert units and all(len(unit.text) <= 400 for unit in units)


@pytest.mark.parametrize(("text", "role", "company"), [
    ("# Delivery Driver – Four Day Weeks\n\n**Ashdown Parcel Co-op** | Leeds\n\nAshdown Parcel Co-op is a "
     "worker-owned courier. Ashdown Parcel Co-op drivers work four days a week.\n", "Delivery Driver",
     "Ashdown Parcel Co-op"),
    ("Shift Lead at Tallow & Reed Bakery in Boulder, CO. Tallow & Reed Bakery is a family bakery with 3 shops. "
     "We're looking for a Shift Lead who loves early mornings.", "Shift Lead", "Tallow & Reed Bakery"),
    ("Night Porter (Weekends) Larkspur Hotel - York. Larkspur Hotel is a 40-room townhouse hotel.", "Night Porter",
     "Larkspur Hotel"),
    ("Our client, a national insurer, is seeking a Claims Handler. Redmarsh Recruitment is a recruitment agency "
     "working on their behalf.", "Claims Handler", ""),
    ("Python / Django developer\nWe use Linux and PostgreSQL.\n", "Python / Django developer", ""),
    ("Ref.: MD-021784\nAs IT Cost Controller we see you as a driving force in supporting the IT function.\n",
     "IT Cost Controller", ""),
])
def test_role_and_company_are_read_from_the_posting_or_left_empty(text: str, role: str, company: str) -> None:
    info = match_documents(document_from_text("Resume\n"), document_from_text(text)).posting_info
    assert (info.role, info.company) == (role, company)


def test_the_match_json_exposes_the_resume_as_read() -> None:
    resume = document_from_text(
        "EXPERIENCE\nSous Chef, Harbor Table | 01/2019 - now\n- Ran a line of 6 cooks\n"
        "Line Cook, Pier 9 Grill | 2015-2018\n\nEDUCATION\nB.E. Mechanical, Pune University, 2014\n", "cv.txt")
    posting = document_from_text("Head Chef at Marlow\n## Requirements\n- Bachelor's degree\n"
                                 "- High degree of personal responsibility\n")
    report = match_documents(resume, posting, today=date(2026, 12, 1))
    info = report_to_dict(report)["resume_info"]
    assert info["jobs"][0] == {"title": "Sous Chef", "employer": "Harbor Table", "start": "2019-01", "end": "present",
                               "line": 2, "study": False}
    assert info["jobs"][1]["start"] == "2015" and info["jobs"][1]["end"] == "2018"
    assert info["degrees"][0]["level"] == "bachelor's" and info["degrees"][0]["subject"].startswith("Mechanical")
    assert 11 <= info["years"] <= 12
    by_text = {m.requirement.text: m for m in report.requirements}
    assert by_text["Bachelor's degree"].status == "strong"  # B.E. is a bachelor's
    assert by_text["High degree of personal responsibility"].requirement.degree is None


def test_a_question_opening_a_posting_is_no_title() -> None:
    posting = document_from_text("Can you lead the projects safely into completion? We are looking for a Project "
                                 "Manager to run our campaigns.")
    assert match_documents(document_from_text("Resume\n"), posting).posting_info.role == "Project Manager"


# A job-board page pasted as one paragraph, of our own writing, in the shape real pastes take: the labels of the
# page, "Your ..." headings with no colon, list items run together with no punctuation, a lead-in for the
# nice-to-haves, a benefits label and a company description that talks about remote interviews.
PASTED_PAGE = (
    "Platform Team Lead Harbourline Leeds Date posted: 2026-10-02 Job type: Full-time Experience level: Senior "
    "Your mission You will lead a team of six engineers . Run the weekly planning with product "
    "Your skills You could be a great fit if you Have 4+ years of experience leading backend engineers "
    "Are comfortable reviewing Python and Go code You understand how to run services on Kubernetes "
    "Speak English and Dutch fluently Now it would be fantastic if you also Have worked in logistics software "
    "Job benefits: Twenty-eight days of holiday Free lunch on Fridays Learning budget of 1,500 euros "
    "Company description: We keep hiring through the winter . All interviews are held over video . "
    "About Harbourline Founded in 2009 Harbourline moves freight for 300 shippers ."
)


def test_a_pasted_page_reads_headings_items_and_lead_ins() -> None:
    found = roles(PASTED_PAGE)
    asked = {text: role for text, role in found.items() if role in ("requirement", "nice-to-have")}
    joined = " | ".join(asked)
    # each run-together item is a requirement of its own, not one 300-character run
    assert any(text.startswith("Have 4+ years of experience leading backend engineers") for text in asked)
    assert any(text.startswith("Speak English and Dutch") for text in asked)
    assert all(len(text) < 120 for text in asked), joined
    assert [role for text, role in asked.items() if text.startswith("Have worked in logistics")] == ["nice-to-have"]
    # duties, perks and the company's own news are never asked of the candidate
    assert "lead a team of six" not in joined and "holiday" not in joined and "Free lunch" not in joined
    assert "video" not in joined and "Founded" not in joined
    assert not any(role == "responsibility" for text, role in found.items() if "Kubernetes" in text)


def test_a_pasted_page_s_company_notes_are_not_the_job_s_facts() -> None:
    from afterword.analysis.posting_units import posting_facts

    topics = {fact.topic: fact.text for fact in posting_facts(document_from_text(PASTED_PAGE))}
    assert "remote_policy" not in topics  # "All interviews are held over video" says nothing of the job
    for text in topics.values():
        assert len(text) <= 160 and "Founded" not in text


def test_a_pasted_page_s_title_company_and_plural_role() -> None:
    from afterword.analysis.posting_info import posting_info

    info = posting_info(document_from_text(PASTED_PAGE))
    assert (info.role, info.company) == ("Platform Team Lead", "Harbourline")  # not "Harbourline Leeds Date posted"
    masked = ("Data Platform Manager <ORGANIZATION> <LOCATION> Date posted: 2026-01-02 Role: Backend Developer "
              "Frontend Developer Technologies python kafka Job description We are looking for our next Data "
              "Platform Managers to grow the team .")
    assert posting_info(document_from_text(masked)).role == "Data Platform Manager"
    plural = "We are looking for our next Support Engineers to join the night team in Leeds ."
    assert posting_info(document_from_text(plural)).role == "Support Engineer"


def test_a_state_after_a_city_is_no_company() -> None:
    from afterword.analysis.posting_info import posting_info

    info = posting_info(document_from_text("Store Manager at Copper Kettle Home Goods in Aurora, CO. We need you."))
    assert info.company != "CO"


def test_a_nice_to_have_run_into_the_item_before_it_and_an_expect_you_to_lead_in() -> None:
    text = ("Pricing Analyst at Nordvik. More specifically we expect you to: Be structured in your approach and able "
            "to handle complex data sets Speak and write English effortlessly Swedish is an advantage Your "
            "opportunities We offer a mentor and a yearly study week .")
    found = roles(text)
    assert found["Be structured in your approach and able to handle complex data sets"] == "requirement"
    assert found["Speak and write English effortlessly"] == "requirement"
    assert found["Swedish is an advantage"] == "nice-to-have"
    assert found["We offer a mentor and a yearly study week ."] == "benefit"


def test_headings_and_hooks_in_a_requirements_list_are_not_requirements() -> None:
    found = roles("Requirements\n- Job description\n- Your Job\n- Do you want to build great things with us?\n"
                  "- Python\n- Are you a self-starter with 3+ years of Go?\n")
    assert found["Job description"] not in ("requirement", "nice-to-have")
    assert found["Your Job"] not in ("requirement", "nice-to-have")
    assert found["Do you want to build great things with us?"] == "other"
    assert found["Python"] == "requirement"
    assert found["Are you a self-starter with 3+ years of Go?"] == "requirement"


def test_a_required_language_in_an_unheaded_paragraph_is_a_requirement() -> None:
    text = ("Sous Chef at Harbor Kitchen. We are hiring a Sous Chef to run the line. What we need: 3 years on a busy "
            "line. Conversational Spanish is required, as most of our kitchen team speaks Spanish first.")
    found = roles(text)
    spanish = next(role for unit, role in found.items() if unit.startswith("Conversational Spanish"))
    assert spanish == "requirement"


TWO_ADS = """Payroll Officer
Wrenfield Council
Date posted: 2026-10-02
Job type: Full-time
Requirements
- 3+ years running payroll
Data Engineer
Brightpaw Pets
Date posted: 2026-09-14
Job type: Full-time
Requirements
- Experience with Airflow
- Up to 2 days a week remote work
"""


def test_a_second_advert_pasted_after_the_first_is_not_read() -> None:
    from afterword.analysis.posting_units import second_ad
    from afterword.analysis.requirements import extract_requirements
    from afterword.analysis.skills import finder_for
    from afterword.analysis.taxonomy import default_taxonomy

    posting = document_from_text(TWO_ADS)
    found = roles(TWO_ADS)
    assert "Experience with Airflow" not in found and "3+ years running payroll" in found
    assert second_ad(posting).text == "Data Engineer"
    _, warnings = extract_requirements(posting, finder_for(default_taxonomy()))
    assert any("second job advert from line 7" in warning for warning in warnings)
    assert second_ad(document_from_text(LISTED)) is None


def test_a_second_advert_that_opens_with_who_it_seeks_is_not_read() -> None:
    from afterword.analysis.posting_units import second_ad

    first = ("Business Development Manager\nAs our new business development manager you will join the strategy "
             "team .\nYou have a business degree and 2 years of strategy consulting .\nExcel is a must .\n"
             "You will travel 30 days a year .\n")
    groomer = ("Fjellheim Ski Resort is looking for a snow producer/ snow groomer .\nPeriod October - April .\n"
               "Job description: Producing snow and grooming slopes .\nSkills: Experience from grooming alpine "
               "slopes .\nSalary: 156 NOK per hour .\n")
    found = roles(first + groomer)
    assert "Skills: Experience from grooming alpine slopes ." not in found
    assert second_ad(document_from_text(first + groomer)).text.startswith("Fjellheim Ski Resort is looking for")
    # the job the posting opened with, sought again at its end, is the same advert
    again = first + "Bergmann is looking for a business development manager .\nSalary: 60k .\nApply: by mail .\n"
    assert second_ad(document_from_text(again)) is None


def test_the_title_line_wins_over_a_board_s_role_category_and_invitations_name_the_post() -> None:
    from afterword.analysis.posting_info import posting_info

    board = "Senior Firmware Engineer - Embedded\nRole: Embedded Developer\nJob type: Full-time\n"
    assert posting_info(document_from_text(board)).role == "Senior Firmware Engineer"
    invite = ("The Faculty of Science invites applications for a position as Associate Professor inMarine Ecology "
              "starting October 1 2027 .")
    assert posting_info(document_from_text(invite)).role == "Associate Professor"


def test_recruiting_hooks_are_not_requirements() -> None:
    found = roles("Requirements\n- How about tackling complicated tasks while keeping a cool head?\n"
                  "- If you want to shape your future you need an employer that challenges you!\n"
                  "- If you want to join, you must have 3+ years of Java\n")
    assert found["How about tackling complicated tasks while keeping a cool head?"] == "other"
    assert found["If you want to shape your future you need an employer that challenges you!"] == "other"
    assert found["If you want to join, you must have 3+ years of Java"] == "requirement"


def test_a_flattened_list_of_what_the_candidate_is_splits_into_its_items_after_a_lead_in() -> None:
    # a "we are looking for someone who" list pasted as one paragraph, its bullets lost
    found = roles("Platform Developer at Quillby\nYou have 5+ years of experience We are looking for someone who: "
                  "Is curious and asks good questions about the product Listens to feedback and acts on it "
                  "Takes ownership of a problem until it is solved Enjoys explaining hard ideas simply "
                  "The way we work: We ship small changes every day and review each other's code\n")
    assert found["You have 5+ years of experience"] == "requirement"
    for item in ("Is curious and asks good questions about the product", "Listens to feedback and acts on it",
                 "Takes ownership of a problem until it is solved", "Enjoys explaining hard ideas simply"):
        assert found[item] == "requirement", item
    assert found["We ship small changes every day and review each other's code"] == "company-info"


def test_company_statements_perks_and_what_a_duty_verb_asks_for_are_told_apart() -> None:
    found = roles("Data Analyst at Harrowgate\nWhat you will do:\n- Build dashboards for the sales team\n"
                  "- Bring solid experience with SQL and Power BI\n- A curious mindset and an eye for detail\n"
                  "Over the next year we plan to double the analytics team.\n"
                  "Excellent internal and external training opportunities\n")
    assert found["Build dashboards for the sales team"] == "responsibility"
    assert found["Bring solid experience with SQL and Power BI"] == "requirement"
    assert found["A curious mindset and an eye for detail"] == "requirement"
    assert found["Over the next year we plan to double the analytics team."] == "company-info"
    assert found["Excellent internal and external training opportunities"] == "benefit"


def test_notes_to_agencies_company_lines_and_a_lead_in_with_dots_ask_nothing() -> None:
    found = roles("Front End Developer at Larkspur\nRequirements\n- 3+ years with React\n"
                  "- <ORGANIZATION> is geared towards communities and partners around the globe .\n"
                  "You should apply if...\n- You enjoy pixel-perfect interfaces\n"
                  "NO THIRD PARTY RECRUITMENT AGENCIES PLEASE\n")
    assert found["<ORGANIZATION> is geared towards communities and partners around the globe ."] == "company-info"
    assert found["You should apply if..."] == "heading"
    assert found["You enjoy pixel-perfect interfaces"] == "requirement"
    assert found["NO THIRD PARTY RECRUITMENT AGENCIES PLEASE"] == "how-to-apply"


def test_a_heading_with_no_colon_and_a_header_of_redacted_names_ask_nothing() -> None:
    found = roles("Project Manager at Birch\nRequirements\n- The qualifications you need\n"
                  "- Java Backend Engineer with Integration Expertise <ORGANIZATION> <ADDRESS> <ADDRESS> <LOCATION>\n"
                  "- A proven record of stakeholder management\n")
    assert found["The qualifications you need"] == "other"
    assert found["Java Backend Engineer with Integration Expertise <ORGANIZATION> <ADDRESS> <ADDRESS> "
                 "<LOCATION>"] == "other"
    assert found["A proven record of stakeholder management"] == "requirement"


def test_what_the_company_does_in_a_requirements_list_asks_nothing() -> None:
    found = roles("Software Engineer at Codera\nRequirements\n- The first skill we are giving to our AI is the "
                  "ability to write unit tests\n- Ability to write clean Python\n")
    assert found["The first skill we are giving to our AI is the ability to write unit tests"] == "company-info"
    assert found["Ability to write clean Python"] == "requirement"


def test_a_note_to_agencies_and_a_profit_share_are_no_requirements() -> None:
    found = roles("Backend Engineer at Ostra\nRequirements\n- Java 17\n- Note to Agencies: All unsolicited résumés "
                  "will be considered direct applicants\n- <ORGANIZATION> aims to share its success with all its "
                  "employees through share units\n")
    assert found["Note to Agencies: All unsolicited résumés will be considered direct applicants"] == "how-to-apply"
    assert found["<ORGANIZATION> aims to share its success with all its employees through share units"] != \
        "requirement"


def test_what_a_position_offers_and_what_a_company_does_are_not_asked_of_the_candidate() -> None:
    found = roles("Cost Controller\nThe position offers an international environment with a wide range of "
                  "reporting work.\nIn this environment you have every chance to develop your abilities further.\n"
                  "Requirements\n- <ORGANIZATION> designs and operates a global fleet of drilling rigs.\n"
                  "- With offices throughout the world Harsk is a truly global player in offshore drilling.\n"
                  "- You hold a master's degree in finance\n")
    assert found["The position offers an international environment with a wide range of reporting work."] == \
        "benefit"
    assert found["In this environment you have every chance to develop your abilities further."] == "benefit"
    assert found["<ORGANIZATION> designs and operates a global fleet of drilling rigs."] == "company-info"
    assert found["With offices throughout the world Harsk is a truly global player in offshore drilling."] == \
        "company-info"
    assert found["You hold a master's degree in finance"] == "requirement"


def test_the_citizens_a_company_serves_are_no_citizenship_asked() -> None:
    found = roles("Researcher at Halden\nThrough research Halden will create new health products for the benefit "
                  "of citizens and society.\nRequirements\n- U.S. citizens only\n")
    assert found["Through research Halden will create new health products for the benefit of citizens and "
                 "society."] != "requirement"
    assert found["U.S. citizens only"] == "requirement"


def test_an_adverb_after_you_still_asks() -> None:
    found = roles("Embedded Developer at Norvik Systems\nYou will design firmware for our sensors. You also have "
                  "good knowledge in C / C++ and Linux. You ideally have worked with Yocto. You also get a free gym "
                  "pass.")
    assert found["You also have good knowledge in C / C++ and Linux."] == "requirement"
    assert found["You ideally have worked with Yocto."] == "nice-to-have"
    assert found["You also get a free gym pass."] == "benefit"


def test_a_heading_run_onto_the_end_of_a_line_opens_the_lines_after_it() -> None:
    posting = document_from_text(
        "Platform Architect at Veldmark Health\nRequired Qualifications\n"
        "Experience with managing compliance standards ( HIPAA SOC2 GDPR ) Desired Experience\n"
        "Experience with OpenMRS or other health record software\n")
    units = {unit.text: unit for unit in posting_units(posting)}
    assert units["Experience with managing compliance standards ( HIPAA SOC2 GDPR )"].role == "requirement"
    assert units["Desired Experience"].role == "heading"
    assert units["Experience with OpenMRS or other health record software"].role == "nice-to-have"


def test_the_same_heading_inside_a_pasted_paragraph_splits_what_is_asked_from_what_is_wished() -> None:
    found = roles("Platform Architect at Veldmark Health. Required Qualifications Experience with managing "
                  "compliance standards ( HIPAA SOC2 GDPR ) Desired Experience Experience with OpenMRS or other "
                  "health record software")
    assert found["Experience with OpenMRS or other health record software"] == "nice-to-have"
    assert "Desired Experience" in found


def test_knowing_a_law_is_asked_of_the_candidate_a_notice_of_it_is_not() -> None:
    found = roles("Data Officer at Veldmark Health\nRequirements\n- Working knowledge of GDPR and data protection "
                  "law\nWe process your application data under the GDPR.\n")
    assert found["Working knowledge of GDPR and data protection law"] == "requirement"
    assert found["We process your application data under the GDPR."] == "legal"


def test_a_company_serving_wealthy_individuals_asks_nothing_of_the_candidate() -> None:
    found = roles("UI Lead at Harrow Capital\nRequirements\n- Harrow is a global leader in financial services "
                  "providing advice to corporations governments wealthy individuals and institutional investors .\n"
                  "- ReactJS HTML5 / CSS3\n")
    assert found["Harrow is a global leader in financial services providing advice to corporations governments "
                 "wealthy individuals and institutional investors ."] == "company-info"


def test_a_plus_after_a_must_in_one_sentence_is_an_item_of_its_own() -> None:
    found = roles("Business Developer at Harrow\nRequirements\n- An excellent command of PowerPoint Excel and English "
                  "is a must and FMCG experience is a plus .\n")
    assert found["An excellent command of PowerPoint Excel and English is a must"] == "requirement"
    assert found["FMCG experience is a plus ."] == "nice-to-have"


def test_what_to_send_with_the_application_is_how_to_apply_and_a_duty_is_not() -> None:
    found = roles("Assistant Professor at Vennick\nRequirements\n- A PhD in materials science\n- Please provide your "
                  "ResearcherID Google Scholar profile link and a list of publications .\nResponsibilities\n- Please "
                  "provide excellent service to every visiting student .\n")
    assert found["Please provide your ResearcherID Google Scholar profile link and a list of publications ."] == \
        "how-to-apply"
    assert found["Please provide excellent service to every visiting student ."] != "how-to-apply"


def test_a_field_s_future_a_task_of_the_job_and_an_invitation_to_interview_ask_nothing_of_the_candidate() -> None:
    found = roles("Research Developer\n"
                  "Precision agriculture is changing farming and will be essential to feeding the next generation.\n"
                  "Gain understanding of the code behind the existing sensor platform.\n"
                  "Documented experience with time-series databases.\n"
                  "Your physical attendance at the lab is required.\n"
                  "Shortlisted applicants may be invited to come to Ghent for an interview.\n")
    assert found["Precision agriculture is changing farming and will be essential to feeding the next generation."] \
        in ("company-info", "other")
    assert found["Gain understanding of the code behind the existing sensor platform."] == "responsibility"
    assert found["Documented experience with time-series databases."] == "requirement"
    assert found["Your physical attendance at the lab is required."] == "requirement"
    assert found["Shortlisted applicants may be invited to come to Ghent for an interview."] == "how-to-apply"


def test_the_company_s_voice_in_a_requirements_list_asks_nothing_but_a_clause_about_them_keeps_the_ask() -> None:
    found = roles("Developer\n## Requirements\n- 3 years of Java\n"
                  "- Kestrel's most important resource is our people.\n"
                  "- A degree in engineering or similar, as we build hardware\n"
                  "- Python and Go, which we use every day\n"
                  "- We are looking for someone who can work well on a team.\n")
    assert found["Kestrel's most important resource is our people."] in ("company-info", "other")
    assert found["A degree in engineering or similar, as we build hardware"] == "requirement"
    assert found["Python and Go, which we use every day"] == "requirement"
    assert found["We are looking for someone who can work well on a team."] == "requirement"


def test_travel_in_an_amount_is_asked_of_the_candidate_even_with_no_heading() -> None:
    found = roles("Process Engineer\nWe are a dairy company with plants in 30 countries.\n"
                  "45 days of international travel activity fits your working style.\n")
    assert found["45 days of international travel activity fits your working style."] == "requirement"


def test_a_few_words_between_the_requirements_and_a_paragraph_of_another_kind_are_a_heading() -> None:
    found = roles("Research Assistant at Fenwick Institute\nQualifications\n"
                  "Candidates should hold a master's degree in agricultural economics .\n"
                  "Own car\n"
                  "Good Excel\n"
                  "Project environment and research group\n"
                  "The successful candidate will join an international team of about 70 professionals .\n"
                  "Approval and Enrolment\n"
                  "The scholarships are subject to academic approval by the graduate school .\n"
                  "Applications must be submitted as one pdf file containing all materials .\n")
    assert found["Candidates should hold a master's degree in agricultural economics ."] == "requirement"
    assert found["Own car"] == "requirement"  # a short ask stays asked
    assert found["Good Excel"] == "requirement"
    assert found["Project environment and research group"] == "heading"
    assert found["Approval and Enrolment"] == "heading"
    assert found["Applications must be submitted as one pdf file containing all materials ."] == "how-to-apply"


def test_a_short_item_before_the_list_s_own_facts_or_a_lead_in_stays_an_item() -> None:
    found = roles("Performance Engineer at Kestrel\nNice to have\n- JMS performance and scalability\n"
                  "- Infrastructure sizing / capacity planning\n"
                  "We don't require knowledge of a specific tool, but experience with one in each of these "
                  "domains helps:\n"
                  "- End-to-end tracing: e.g. Dynatrace\n")
    assert found["Infrastructure sizing / capacity planning"] == "nice-to-have"


def test_what_the_job_gives_you_is_not_asked_of_you() -> None:
    found = roles("Compliance Lead at Corvane\nDescription\n"
                  "In this section you will have 50 colleagues and lead our data protection project .\n"
                  "You will have lots of opportunities to affect our process .\n"
                  "Requirements\n- You will have 5+ years of experience in compliance\n")
    assert found["In this section you will have 50 colleagues and lead our data protection project ."] \
        not in ("requirement", "nice-to-have")
    assert found["You will have lots of opportunities to affect our process ."] not in ("requirement", "nice-to-have")
    assert found["You will have 5+ years of experience in compliance"] == "requirement"


def test_a_lead_in_that_opens_its_items_on_the_same_line_gives_them_the_ask() -> None:
    found = roles("DevOps Engineer\nDeep experience with DevOps architecture and implementation\n"
                  "Understanding of containers with heavy experience in at least one or more of: Docker Kubernetes "
                  "Rancher\n")
    assert found["Understanding of containers with heavy experience in at least one or more of:"] == "heading"
    assert found["Docker Kubernetes Rancher"] == "requirement"


def test_a_line_that_stops_on_a_word_leading_into_the_items_below_is_their_lead_in() -> None:
    text = ("Site Reliability Engineer\nRequirements:\n- Degree in computer science\n"
            "- Hands-on experience with\n  - Terraform and Ansible\n  - Prometheus and Grafana\n"
            "- Good written English\n")
    found = roles(text)
    assert found["Hands-on experience with"] == "heading"
    assert found["Terraform and Ansible"] == "requirement"
    assert found["Good written English"] == "requirement"
    # a sentence that wraps onto the next line is joined when read, and stays one ask
    wrapped = roles("Site Reliability Engineer\nRequirements:\n- Hands-on experience with\nTerraform and Ansible\n")
    assert wrapped["Hands-on experience with Terraform and Ansible"] == "requirement"


def test_a_short_condition_above_a_sentence_is_an_ask_not_a_heading() -> None:
    posting = ("Home Care Assistant at Corvel\nRequirements\nOwn car\nYou will drive between the homes of the "
               "people you care for in the north of the county every day .\n")
    assert roles(posting)["Own car"] == "requirement"


def test_an_opportunity_the_employer_offers_asks_nothing_of_the_candidate() -> None:
    posting = ("Supply Chain Consultant\nRequirements\n- Very good SAP knowledge\n<ORGANIZATION> offers you an "
               "excellent opportunity to build and develop your qualifications .\n")
    assert roles(posting)["<ORGANIZATION> offers you an excellent opportunity to build and develop your "
                          "qualifications ."] not in ("requirement", "nice-to-have")


def test_a_heading_asked_as_a_question_inside_a_paragraph_is_no_part_of_the_requirement_before_it() -> None:
    posting = ("Supply Chain Consultant\nRequirements\nVery good SAP knowledge . Willingness to travel ( 25% ) What "
               "can <ORGANIZATION> offer? Professional development and a global network .\n")
    found = roles(posting)
    assert found["Willingness to travel ( 25% )"] == "requirement"
    assert found["What can <ORGANIZATION> offer?"] == "heading"

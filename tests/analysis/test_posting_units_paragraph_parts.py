"""A posting pasted as one paragraph keeps its parts: headings run into the text ("... project management
Qualifications A PhD degree ..."), the company's own part, the terms of employment and the application notes are
never read as something asked of the candidate."""

from __future__ import annotations

import pytest

from afterword.analysis.degrees import required_degree
from afterword.analysis.posting_units import posting_facts, posting_units
from afterword.analysis.unit_roles import unit_role
from afterword.analysis.units import split_line
from afterword.ingest import document_from_text


def roles(text: str) -> dict[str, str]:
    return {unit.text: unit.role for unit in posting_units(document_from_text(text))}


def pieces(text: str) -> list[str]:
    return [text[span.start:span.end] for span in split_line(text)]


POSTDOC = (
    "The Department of Signal Science invites applications for a postdoctoral researcher in wearable sensing. "
    "Responsibilities and tasks The researcher will analyse data from two field studies and write papers . "
    "Other content of the position: Limited teaching primarily in terms of MSc . Thesis and PhD supervision "
    "Administrative task in terms of project management Qualifications A PhD degree or equivalent . "
    "Strong communication skills enjoying working in a team Motivated by health applications "
    "Experience in working with industry Supervision experience of e.g . MSc . students . "
    "Salary and appointment terms The appointment will be based on the collective agreement . "
    "The position is a 2-year project employment . "
    "Application procedure Please submit your online application no later than 1 March . "
    "Technology for people The university develops technology for people ."
)


def test_a_plural_heading_run_into_the_text_opens_its_part() -> None:
    found = roles(POSTDOC)
    assert found["A PhD degree or equivalent ."] == "requirement"
    assert found["Qualifications"] == "heading"
    assert found["Responsibilities and tasks"] == "heading"
    assert "A PhD degree or equivalent ." not in " ".join(t for t in found if t.startswith("Other content"))


def test_a_degree_named_as_the_jobs_work_is_not_asked_of_the_candidate() -> None:
    assert required_degree("Limited teaching primarily in terms of MSc . Thesis and PhD supervision") is None
    assert required_degree("Supervision experience of e.g . MSc . students .") is None
    assert required_degree("A PhD degree or equivalent .") == "doctorate"
    assert required_degree("a business or finance degree at masters level") == "master's"
    duty = ("Other content of the position: Limited teaching primarily in terms of MSc . Thesis and PhD "
            "supervision Administrative task in terms of project management")
    assert unit_role(duty, "Responsibilities") == "responsibility"


def test_terms_of_employment_and_what_follows_the_application_notes_ask_nothing() -> None:
    found = roles(POSTDOC)
    assert found["Salary and appointment terms"] == "heading"
    tail = POSTDOC[POSTDOC.index("The appointment will"):]
    for unit, role in found.items():
        if unit in tail:
            assert role not in ("requirement", "nice-to-have"), unit


def test_list_items_run_together_are_cut_where_a_new_one_starts() -> None:
    assert pieces("Strong communication skills enjoying working in a team Motivated by health applications "
                  "Experience in working with industry Supervision experience of e.g . MSc . students .") == [
        "Strong communication skills enjoying working in a team", "Motivated by health applications",
        "Experience in working with industry", "Supervision experience of e.g . MSc . students ."]
    # a name made of capitalised words after a verb stays whole
    assert pieces("The successful candidate will have Qualified Teacher Status (QTS).") == [
        "The successful candidate will have Qualified Teacher Status (QTS)."]
    # "Benefits" starts a heading; "Benefits and Perks" is one heading
    assert pieces("Benefits and Perks We offer a gym") == ["Benefits and Perks", "We offer a gym"]


def test_who_we_are_run_into_the_text_is_the_companys_part() -> None:
    found = roles("Project Manager at Loomworks. We expect that you: Have project management experience . "
                  "Who we are We are 25 full time employees in three teams . "
                  "The projects range from rockets to snail farming and large international summits .")
    assert found["Have project management experience ."] == "requirement"
    assert found["Who we are"] == "heading"
    assert found["The projects range from rockets to snail farming and large international summits ."] \
        not in ("requirement", "nice-to-have")


def test_a_short_label_value_does_not_make_the_rest_perks() -> None:
    found = roles("Front End Developer\nCompensation: Equity Job type: Full-time Role: Frontend Developer "
                  "Technologies reactjs typescript Job description We are looking for a candidate that must have "
                  "at least 5 years of experience . Extensive front-end experience in React and TypeScript")
    assert found["We are looking for a candidate that must have at least 5 years of experience ."] == "requirement"
    assert found["Extensive front-end experience in React and TypeScript"] == "requirement"


def test_hooks_encouragements_and_the_role_in_the_third_person_ask_nothing() -> None:
    for text in ("If you are looking for a sense of purpose and want to make a real impact then we want to talk "
                 "to you at Medlane .",
                 "You’re highly encouraged to learn about new technologies and expand your knowledge .",
                 "Learn from the best through on-the-job coaching and guidance .",
                 "The Principal Cloud Architect possesses a broad understanding of the enterprise and industry "
                 "trends .",
                 "With a strong blend of leadership and technical skills the Principal Cloud Architect uses a "
                 "consultative approach to drive cloud adoption ."):
        for section in ("Other", "Responsibilities"):
            assert unit_role(text, section) not in ("requirement", "nice-to-have"), (text, section)
    assert unit_role("The Ideal Candidate has 5 years of Java experience", "Other") == "requirement"
    assert unit_role("Alternatively you could have experience with corporate finance .", "Requirements") \
        == "nice-to-have"


def test_a_vision_or_a_medical_company_is_no_perk() -> None:
    blurb = ("Engineer at Tessel. Tessel was founded in 1829 with a clear vision to develop and create value using "
             "science to benefit humanity . We build medical devices .")
    assert not [f for f in posting_facts(document_from_text(blurb)) if f.topic == "benefits"]
    perks = "Engineer at Tessel. We offer medical, dental and vision insurance ."
    assert [f.topic for f in posting_facts(document_from_text(perks))].count("benefits") == 1
    assert unit_role("Tessel was founded in 1829 with a clear vision to benefit humanity .", "Other") != "benefit"


def test_a_phrase_or_a_keyword_is_never_the_company() -> None:
    from afterword.analysis.matching import match_documents

    resume = document_from_text("Jo Lind\nEXPERIENCE\nDeveloper, Acme | 2019 - now\n")
    protection = ("About Us\nWe build diagnostic equipment .\nDescription\nRequirements\n"
                  "Knowledge of the Danish Data Protection is an advantage but not a prerequisite .\n")
    assert match_documents(resume, document_from_text(protection)).posting_info.company == ""
    assert pieces("Knowledge of the Danish Data Protection is an advantage but not a prerequisite .") == [
        "Knowledge of the Danish Data Protection is an advantage but not a prerequisite ."]
    jenkins = "Java Developer Digital Jenkins\nRequirements\n- Java and Jenkins\n"
    info = match_documents(resume, document_from_text(jenkins)).posting_info
    assert (info.role, info.company) == ("Java Developer", "")


def test_a_job_described_to_its_holder_is_a_duty() -> None:
    text = ("Join us as a BACKEND ENGINEER ( full-time m/f ) As our Backend Engineer you set the basis for the "
            "user experience in our app .")
    assert unit_role(text, "Other") == "responsibility"
    assert unit_role("As our Backend Engineer you need 3 years of Go.", "Other") == "requirement"
    assert unit_role("Looking for a job where you do not have to be able to speak Danish?", "Requirements") \
        == "other"


def test_extra_points_are_nice_to_have_and_a_must_among_them_is_still_a_must() -> None:
    found = roles("Java Engineer at Kiln\nRequirements: Experience with Container Platform You will get extra "
                  "points for the following Knowledge of SAP functionalities Experience in DevOps Fluent English "
                  "both written and spoken is a must while German and French are considered a plus\n")
    assert found["Knowledge of SAP functionalities"] == "nice-to-have"
    assert found["Experience in DevOps"] == "nice-to-have"
    assert found["Fluent English both written and spoken is a must while"] == "requirement"
    assert found["German and French are considered a plus"] == "nice-to-have"


def test_a_diversity_note_deadlines_and_criteria_headings_are_read_for_what_they_are() -> None:
    from afterword.analysis.facts import find_facts

    facts = find_facts(document_from_text("Analyst at Tessel\nWe encourage diversity through our recruitment "
                                          "process .\n"))
    assert not [f for f in facts if f.topic == "interview_process"]
    assert unit_role("Deadline 10 th November 2019 .", "Requirements") == "how-to-apply"
    found = roles("Analyst at Tessel\nEssential criteria\n- SQL\nDesirable criteria\n- Python\n")
    assert found["Essential criteria"] == "heading"
    assert found["Python"] == "nice-to-have"


def test_what_awaits_you_opens_the_perks() -> None:
    found = roles("Mobile Engineer at Tessel\nYOUR QUALIFICATIONS Good knowledge of Kotlin High degree of "
                  "self-organization WHAT AWAITS YOU Flexible working hours . Subsidised public transport ticket\n")
    assert found["WHAT AWAITS YOU"] == "heading"
    assert found["Subsidised public transport ticket"] == "benefit"


def test_a_job_heading_before_a_masked_name_is_still_a_heading() -> None:
    text = "Company type: VC Funded Technologies docker node.js Job description <ORGANIZATION> is looking for a dev"
    assert pieces(text) == ["Company type: VC Funded", "Technologies", "docker node.js", "Job description",
                            "<ORGANIZATION> is looking for a dev"]


def test_a_heading_before_an_item_and_work_at_customers_are_read_for_what_they_are() -> None:
    from afterword.analysis.facts import _states_remote

    assert pieces("bandwidth requirements etc . What you need Experience in the design of Java .") == [
        "bandwidth requirements etc .", "What you need", "Experience in the design of Java ."]
    assert pieces("What you need is a strong Java engineer.") == ["What you need is a strong Java engineer."]
    assert not _states_remote("Working closely with customers especially onsite work at customer premises")
    assert not _states_remote("You will work as part of our Agile hybrid DevOps teams")
    assert _states_remote("Location options: Remote Visa sponsor Paid relocation")


def test_the_team_the_mission_and_the_training_on_offer_ask_nothing() -> None:
    for text in ("Project environment and research Group The successful candidate will join an international "
                 "team of about 70 professionals .",
                 "We invest a lot in both professional and personal development and you will have an "
                 "individualised development plan .",
                 "No matter if you are attending conferences or advanced training courses – there are no limits .",
                 "At Novo Pharma your skills dedication and ambition help us change lives for the better ."):
        assert unit_role(text, "Requirements") not in ("requirement", "nice-to-have"), text
    assert unit_role("The successful candidate will hold a CDL-A licence", "Requirements") == "requirement"


def test_a_job_boards_tags_are_read_one_at_a_time() -> None:
    from afterword.analysis.requirements import extract_requirements
    from afterword.analysis.skills import finder_for
    from afterword.analysis.taxonomy import default_taxonomy

    posting = document_from_text("DevOps Engineer at Tessel\nRequirements\n"
                                 "- cloud amazon-web-services azure devops automation\n"
                                 "- Experience with Azure DevOps pipelines\n- machine learning python\n")
    skills = {r.text: r.skills for r in extract_requirements(posting, finder_for(default_taxonomy()))[0]}
    assert "Azure DevOps" not in skills["cloud amazon-web-services azure devops automation"]
    assert "DevOps" in skills["cloud amazon-web-services azure devops automation"]
    assert skills["Experience with Azure DevOps pipelines"] == ("Azure DevOps",)
    assert "machine learning" in skills["machine learning python"]


WALLET_LINES = """Backend Engineer at Pocketly
What you'll be working on...
Make our backend resilient and scalable to millions of users
Skills & experiences exciting to us...
Excellent coding skills with TypeScript on Node.js
Advantage: Experience with AWS
This and more is awaiting you…
An inspiring working atmosphere in a bright office space with a view of the river ( we support your \
relocation in case you don't live here yet ) Excellent equipment of your choice
Regular team lunches
"""


def test_lead_ins_that_trail_off_open_their_lists_and_a_perk_is_never_asked() -> None:
    for posting in (WALLET_LINES, " ".join(WALLET_LINES.split("\n"))):
        units = [unit for unit in posting_units(document_from_text(posting))]
        found = {unit.text.rstrip(" ."): unit.role for unit in units}
        assert found["Skills & experiences exciting to us..".rstrip(" .")] == "heading", found
        assert found["This and more is awaiting you"] == "heading"  # (an ellipsis is read as three dots)
        assert found["Excellent coding skills with TypeScript on Node.js"] == "requirement"
        assert found["Advantage: Experience with AWS"] == "nice-to-have"
        assert found["What you'll be working on"] == "heading"
        perk = next(unit for unit in units if unit.text.startswith("An inspiring"))
        assert perk.role == "benefit"


def test_a_sentence_that_trails_off_mid_list_is_not_cut() -> None:
    assert pieces("Knowledge of Python, Go, Rust...") == ["Knowledge of Python, Go, Rust..."]


def test_employment_conditions_are_terms_of_the_job_not_experience_asked() -> None:
    posting = ("PhD stipend in proteomics\nEmployment conditions:\n"
               "The position is offered for a period of three years.\n"
               "The starting salary will be a minimum of DKK 300,000 per year plus pension.\n"
               "Qualifications:\nCandidates are required to have a master's degree in biochemistry.\n")
    found = roles(posting)
    assert found["The position is offered for a period of three years."] != "requirement"
    assert found["The starting salary will be a minimum of DKK 300,000 per year plus pension."] != "requirement"
    assert found["Candidates are required to have a master's degree in biochemistry."] == "requirement"


def test_an_item_that_opens_with_excel_in_is_an_item_of_its_own_but_the_spreadsheet_is_not() -> None:
    assert pieces("In this position you need to: Have experience with people management and building teams "
                  "Speak with data to make decisions and set direction Excel in change management and "
                  "communication Be familiar with lean tools")[2:4] == [
        "Speak with data to make decisions and set direction", "Excel in change management and communication"]
    assert len(pieces("Good knowledge of office tools such as Microsoft Word Excel and PowerPoint for reporting "
                      "and planning of the weekly schedules")) == 1


def test_a_hook_a_rhetorical_close_and_the_end_of_a_statement_ask_nothing() -> None:
    assert unit_role("If you are hungry to influence millions of people this is the job for you .",
                     "Requirements") == "other"
    assert unit_role("Does it sound interesting?", "Requirements") == "other"
    assert unit_role("We hope you do too .", "Requirements") == "other"
    assert unit_role("If you have 5+ years of Python, this is the job for you.", "Requirements") == "requirement"


FRONTEND_PARAGRAPH = (
    "Frontend Developer at Marlowe Desk . We build help-desk software for 3,000 customers . Your Job Web "
    "development such as building the user experience with standard web technologies like HTML JavaScript and CSS "
    "Creating components with the Svelte framework Your profile Experience in frontend development Sense for "
    "writing easily maintainable JavaScript code Sound knowledge of Yarn and Rollup no shying away from tools such "
    "as Vitest Good communication skills in English")


def test_the_users_experience_in_a_list_of_duties_is_no_experience_asked() -> None:
    found = roles(FRONTEND_PARAGRAPH)
    duty = next(text for text in found if text.startswith("Web development such as"))
    assert found[duty] == "responsibility"
    assert found["Sound knowledge of Yarn and Rollup no shying away from tools such as Vitest"] == "requirement"


ARCHITECT_PARAGRAPH = (
    "Cloud Architect at Tessaly Health . Provide regular reporting on cloud migration progress Required "
    "Qualifications A bachelor's degree in computer science and at least 10 years of enterprise architecture "
    "experience Demonstrable experience in the elicitation of requirements Experience with cloud platforms ( AWS "
    "Azure ) Experience managing remote teams Preferred Skills Knowledge of FHIR")


@pytest.mark.parametrize(("paragraph", "wanted"), [
    (FRONTEND_PARAGRAPH, ("Your Job", "Sense for writing easily maintainable JavaScript code",
                          "Sound knowledge of Yarn and Rollup no shying away from tools such as Vitest")),
    (ARCHITECT_PARAGRAPH, ("Required Qualifications", "Demonstrable experience in the elicitation of requirements",
                           "Experience managing remote teams")),
])
def test_a_pasted_list_keeps_its_heading_whole_and_each_ask_apart(paragraph: str, wanted: tuple[str, ...]) -> None:
    found = pieces(paragraph)
    assert all(piece in found for piece in wanted), found
    if paragraph is ARCHITECT_PARAGRAPH:
        assert roles(paragraph)["Knowledge of FHIR"] == "nice-to-have"


BACKEND_PARAGRAPH = (
    "Senior Backend Developer at Tallow Pay . To grok the job you should feel comfortable with: Node.js Java or "
    "strong experience with other server-side languages . Memes - the struggle is real Earn street creds by also "
    "knowing these: React or other modern web frameworks Docker Linux basics of cryptography If you love to code "
    "you will enjoy working with us . You can influence the team’s ways of working . We support you in developing "
    "your skills further in a way that suits your way of learning . You’ll find the freedom to balance an exciting "
    "job with life outside of work .")


def test_lead_ins_that_ask_open_requirements_and_extras_and_what_is_offered_asks_nothing() -> None:
    found = roles(BACKEND_PARAGRAPH)
    assert found["Node.js Java or strong experience with other server-side languages ."] == "requirement"
    assert found["Earn street creds by also knowing these:"] == "heading"
    assert found["Memes - the struggle is real"] not in ("requirement", "nice-to-have")  # a remark, no ask
    extras = next(text for text in found if text.startswith("React or other modern web frameworks"))
    assert found[extras] == "nice-to-have" and "If you love" not in extras
    for offered in ("You can influence the team’s ways of working .",
                    "We support you in developing your skills further in a way that suits your way of learning .",
                    "You’ll find the freedom to balance an exciting job with life outside of work ."):
        assert found[offered] not in ("requirement", "nice-to-have"), offered


def test_the_role_introduced_the_firm_s_beliefs_and_a_career_pitch_ask_nothing() -> None:
    for text in ("We are looking for a curious and driven Data Platform Engineer who can make a real difference "
                 "to a product used in 40 countries .",
                 "As Finance Business Partner we see you as the bridge between the plants and the board .",
                 "By joining Norvik Group you should be ready for a career that can take you anywhere .",
                 "We believe that trusting people gives the best results and gives you everything you need ."):
        for section in ("Other", "Responsibilities"):
            assert unit_role(text, section) not in ("requirement", "nice-to-have"), (text, section)
    # the same opening asks once it names what the candidate must have
    assert unit_role("We are looking for a Data Platform Engineer with 3 years of Spark .", "Other") == "requirement"
    assert unit_role("We are looking for an experienced payroll accountant who knows Sage .", "Requirements") \
        == "requirement"
    assert unit_role("We are looking for a payroll accountant with Sage knowledge .", "Requirements") == "requirement"


def test_about_the_department_opens_the_employer_s_own_story() -> None:
    found = roles("Bioinformatician at Halden Pharma . We are looking for a bioinformatician with knowledge of "
                  "biology . About the department The Department of Data Mining combines strong computational "
                  "skills with biological insight . Requirements A PhD in bioinformatics")
    blurb = next(text for text in found if text.startswith("The Department of Data Mining"))
    assert found[blurb] == "company-info"
    assert found["A PhD in bioinformatics"] == "requirement"


def test_a_sentence_to_the_reader_run_on_after_a_requirement_is_a_unit_of_its_own() -> None:
    text = ("You have solid knowledge of embedded C and of field bus protocols . Good knowledge of the German and "
            "English language is required Make your mark in our exciting world of building automation at Voltaro .")
    found = pieces(text)
    assert "Good knowledge of the German and English language is required" in found
    assert any(piece.startswith("Make your mark") for piece in found)
    assert unit_role("Make your mark in our exciting world of building automation at Voltaro .", "Other") \
        not in ("requirement", "nice-to-have")


@pytest.mark.parametrize("posting", [
    "Platform Engineer\nResponsibilities\nYou will build our data pipelines .\nWhat makes this job great Plenty of "
    "hard problems left to solve .\nOpportunities to work with customers directly .\nQualifications\n"
    "Experience with Python .\n",
    "Platform Engineer . Responsibilities You will build our data pipelines . What makes this job great Plenty of "
    "hard problems left to solve . Opportunities to work with customers directly . Qualifications Experience with "
    "Python .",
])
def test_a_question_heading_run_into_the_text_opens_what_the_job_offers(posting: str) -> None:
    found = roles(posting)
    assert found["What makes this job great"] == "heading"
    perks = [text for text in found if text.startswith(("Plenty of", "Opportunities to work"))]
    assert len(perks) == 2 and all(found[text] == "benefit" for text in perks)
    assert roles("Platform Engineer\nWhat makes this job great is the team .\n")[
        "What makes this job great is the team ."] != "heading"


def test_a_job_board_s_technology_tags_run_into_the_paragraph_are_asked_for() -> None:
    found = roles("Backend Engineer at Kiln Date posted: 2021-01-07 Job type: Full-time Role: Backend Developer "
                  "Technologies java python c++ linux Job description We build billing software .")
    assert found["java python c++ linux"] == "requirement"
    assert found["Role: Backend Developer"] != "requirement"
    sentence = roles("Backend Engineer\nTechnologies we use include java and python .\n")
    assert "Technologies we use include java and python ." in sentence


def test_a_posting_that_opens_with_about_us_still_reads_its_description_duties_and_qualifications() -> None:
    found = roles("About Us We build scanners for hospitals . Description This is a great opportunity to develop a "
                  "new area . You will lead our data protection compliance project . Train employees and handle "
                  "requests regarding data protection . However we believe that the following formal "
                  "qualifications will improve your chances of success: Bachelors degree within a relevant field . "
                  "You speak and write English fluently . We process your personal data under the GDPR .")
    assert found["Description"] == "heading"
    assert found["You will lead our data protection compliance project ."] == "responsibility"
    assert found["Train employees and handle requests regarding data protection ."] == "responsibility"
    assert found["Bachelors degree within a relevant field ."] == "requirement"
    assert found["You speak and write English fluently ."] == "requirement"
    assert found["We process your personal data under the GDPR ."] == "legal"
    assert "Company Description" in " ".join(roles("Java Developer Company Description We build banks ."))


BOARD_QUALIFICATIONS = (
    "Responsibilities : Build the booking service Keep the test suite green Basic Qualifications: Bachelor’s Degree "
    "At least 3 years of experience in software engineering Preferred Qualifications: Master's Degree 2+ years of "
    "experience in at least one of the following: Kotlin, Swift or Dart 1+ years of experience with Terraform "
    "1+ years of experience in Scrum teams At this time Lumenfold will not sponsor a new applicant for employment "
    "authorization for this position ."
)


def test_a_qualifier_before_a_label_makes_a_heading_in_a_paragraph() -> None:
    found = pieces(BOARD_QUALIFICATIONS)
    assert "Basic Qualifications:" in found
    assert "Preferred Qualifications:" in found
    assert "Bachelor’s Degree" in found and "Master's Degree" in found  # no heading ends past its colon


def test_counts_of_years_run_together_are_items_of_their_own() -> None:
    found = roles(BOARD_QUALIFICATIONS)
    assert found["At least 3 years of experience in software engineering"] == "requirement"
    assert found["1+ years of experience with Terraform"] == "nice-to-have"  # still under "Preferred"
    assert found["Master's Degree"] == "nice-to-have"
    assert found["Kotlin, Swift or Dart"] == "nice-to-have"


def test_a_count_of_years_that_is_not_asked_stays_in_its_sentence() -> None:
    for sentence in ("Over the past 25 years the institute has grown into a leading centre for soil research .",
                     "The period of employment is 2 years with the possibility of an extension .",
                     "Ideally you have gathered already 6+ years of experience in retail ."):
        assert pieces(sentence) == [sentence]


def test_a_lead_in_under_preferred_keeps_its_items_preferred() -> None:
    posting = ("Data Engineer\nRequired:\nStrong SQL and dbt skills\nPreferred:\nA master's degree\n"
               "3+ years of experience in one of the following:\nAirflow\nDagster\n")
    found = roles(posting)
    assert found["Airflow"] == found["Dagster"] == "nice-to-have"
    assert found["Strong SQL and dbt skills"] == "requirement"


def test_a_duty_said_with_a_curly_apostrophe_is_a_duty() -> None:
    assert unit_role("You’ll work with our designers to build tools that help our staff grow their skills .",
                     "Summary") == "responsibility"
    assert unit_role("If you’re local we’ll meet at the office, otherwise it’ll be a video call .",
                     "Responsibilities") != "requirement"


def test_not_sponsoring_a_work_permit_is_a_requirement_under_preferred() -> None:
    sponsor = [role for text, role in roles(BOARD_QUALIFICATIONS).items() if "will not sponsor" in text]
    assert sponsor == ["requirement"]


def test_the_wish_after_an_ask_is_a_nice_to_have_of_its_own() -> None:
    posting = ("Qualifications\nCandidates should have a master's degree in a relevant social science discipline "
               "with proven skills in field surveys, and ideally with a focus on water policy in coastal regions .\n"
               "Experience in distributed caching at scale, preferably Hazelcast\n"
               "Experience with the public cloud ( ideally AWS )\n")
    found = roles(posting)
    first = "Candidates should have a master's degree in a relevant social science discipline with proven skills in " \
            "field surveys"
    assert found[first] == "requirement"
    assert found["ideally with a focus on water policy in coastal regions ."] == "nice-to-have"
    assert found["Experience in distributed caching at scale"] == "requirement"
    assert found["preferably Hazelcast"] == "nice-to-have"
    assert found["Experience with the public cloud ( ideally AWS )"] == "requirement"  # the wish names the best one


def test_the_degree_a_scholarship_leads_to_is_not_asked() -> None:
    for sentence in ("The scholarships for the PhD degree are subject to academic approval and the candidates will be "
                     "enrolled in one of the general degree programmes of the university .",
                     "For information about enrolment please see the university's PhD Guide ."):
        assert required_degree(sentence) is None
        assert unit_role(sentence, "Requirements") != "requirement"


def test_has_proven_challenging_asks_nothing() -> None:
    assert unit_role("Measuring the effect of flood barriers has proven challenging .", "Header") != "requirement"


def test_a_sentence_opening_after_a_run_on_list_is_a_unit_of_its_own() -> None:
    text = ("Possible topics include coastal hydrology flood modelling sediment transport For each of these posts it "
            "is crucial that candidates hold a deep understanding of field measurement .")
    found = pieces(text)
    assert "For each of these posts it is crucial that candidates hold a deep understanding of field measurement ." \
        in found


def test_a_part_of_the_organisation_said_to_have_something_is_about_them() -> None:
    assert unit_role("Marine Science at the Faculty of Earth The Coastal Engineering Section has strong research "
                     "expertise within sediment transport .", "Header") == "company-info"
    assert unit_role("Strong research expertise within sediment transport .", "Header") == "requirement"


def test_the_terms_of_a_post_with_their_heading_run_in_ask_nothing() -> None:
    assert unit_role("Approval and Enrolment The scholarships for the PhD degree are subject to academic approval "
                     "and the candidates will be enrolled in one of the general programmes .",
                     "Requirements") != "requirement"


def test_a_heading_of_what_is_asked_run_into_a_paragraph_opens_its_part() -> None:
    found = roles("Project Lead at Fernhill\nWe support teams across the group, which means that you can expect some "
                  "travel . The qualifications you need You have a solid understanding of IT project management . "
                  "Apply for the job We would like to receive your application soon .")
    assert found["The qualifications you need"] == "heading"
    assert found["You have a solid understanding of IT project management ."] == "requirement"
    assert found.get("Apply for the job") != "heading" or found.get(
        "We would like to receive your application soon .") != "responsibility"


def test_a_one_word_nice_to_have_heading_inside_a_paragraph_opens_its_part() -> None:
    text = ("Embedded Engineer Important for us: At least 7 years of C development in Linux . Solid written skills "
            "for expressing complex ideas Desired: Linux Kernel development . Experience debugging network "
            "protocols with a PCI analyzer .")
    units = posting_units(document_from_text(text, "posting.txt"))
    roles = {u.text.strip(" ."): u.role for u in units}
    assert roles["Solid written skills for expressing complex ideas"] == "requirement"
    assert roles["Desired:"] == "heading"
    assert roles["Linux Kernel development"] == "nice-to-have"
    assert roles["Experience debugging network protocols with a PCI analyzer"] == "nice-to-have"


def test_a_sentence_to_the_reader_that_opens_with_a_contraction_starts_a_unit() -> None:
    text = ("Principal Developer We are looking for people with very deep technical expertise You’ll have "
            "outstanding technical knowledge that allows you to guide a number of teams . Partner with product "
            "managers and other stakeholders You're up to date with the newest technologies and keen to use them")
    texts = [u.text.strip(" .") for u in posting_units(document_from_text(text, "posting.txt"))]
    assert "You’ll have outstanding technical knowledge that allows you to guide a number of teams" in texts
    assert "You're up to date with the newest technologies and keen to use them" in texts

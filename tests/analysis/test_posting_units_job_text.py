"""What a posting says of the company, its product and its perks is never read as something asked of the
candidate, wherever it stands: after a job board's one-value label, or in a paragraph pasted from a PDF."""

from __future__ import annotations

from afterword.analysis.posting_units import job_heading, posting_units
from afterword.ingest import document_from_text


def roles(text: str) -> dict[str, str]:
    return {unit.text: unit.role for unit in posting_units(document_from_text(text))}


def test_a_job_description_heading_ends_a_job_boards_label_value() -> None:
    found = roles("Software Engineer\nTechnologies\ntypescript node.js\nJob description\n"
                  "Nowadays code and artificial intelligence are at the center of everything.\n"
                  "The goal is to help developers produce great code faster.\n"
                  "Your Job\nStyling with Bulma\n"
                  "Together with colleagues you have the opportunity to determine the future of our frontend.\n"
                  "Responsibilities;\nDesign the test generator\n")
    assert found["typescript node.js"] == "requirement"
    for text in ("Nowadays code and artificial intelligence are at the center of everything.",
                 "The goal is to help developers produce great code faster.", "Styling with Bulma",
                 "Together with colleagues you have the opportunity to determine the future of our frontend."):
        assert found[text] not in ("requirement", "nice-to-have"), text
    assert found["Design the test generator"] == "responsibility"


def test_a_job_heading_opens_the_part_it_names() -> None:
    assert job_heading("Job description") == "Other"
    assert job_heading("Your Job") == "Responsibilities"
    assert job_heading("Responsibilities;") == "Responsibilities"
    assert job_heading("cv") is None
    assert job_heading("Python") is None
    assert job_heading("You have 3 years of Go") is None


def test_perks_and_descriptions_outside_any_list_ask_nothing() -> None:
    found = roles("Frontend Developer at Apex\n"
                  "At Apex we have an open culture where you’re free to be who you are.\n"
                  "It's an interesting ever changing field that merges human service with excellent software.\n"
                  "You have excellent English.\n")
    assert found["At Apex we have an open culture where you’re free to be who you are."] == "benefit"
    assert found["It's an interesting ever changing field that merges human service with excellent software."] \
        not in ("requirement", "nice-to-have")
    assert found["You have excellent English."] == "requirement"


def test_a_requirement_whose_words_ran_together_is_still_one() -> None:
    text = ("Associate Professor at Aarlund University. Documented experiencewith analysis of eDNA including "
            "bioinformatics and statistical analysis, isrequired .")
    found = roles(text)
    edna = next(role for unit, role in found.items() if unit.startswith("Documented"))
    assert edna == "requirement"


def test_lead_ins_inside_the_requirements_lead_into_the_items_and_ask_nothing_themselves() -> None:
    found = roles("Lead Engineer at Corvane\nYour key skills:\nYou will lead one of our squads.\n"
                  "If you're a backend engineer you'll be expected to have substantial knowledge of:\n"
                  "Kotlin Ktor and PostgreSQL\n"
                  "Alongside this all our Lead Engineers will have experience in:\n"
                  "improving continuous delivery pipelines\n"
                  "Benefits:\nA cycle to work scheme\n")
    assert found["If you're a backend engineer you'll be expected to have substantial knowledge of:"] == "heading"
    assert found["Alongside this all our Lead Engineers will have experience in:"] == "heading"
    assert found["Kotlin Ktor and PostgreSQL"] == "requirement"
    assert found["improving continuous delivery pipelines"] == "requirement"  # still in the requirements


def test_a_six_word_heading_opens_the_requirements_and_a_trailing_line_ends_them() -> None:
    found = roles("Frontend Engineer at Corvane\nWhat you will do\nShip new features in our web app\n"
                  "What you bring to the table\nDeep knowledge of TypeScript\n"
                  "A keen eye for detail and clean code\n"
                  "Joining the Corvane Team means...\n"
                  "being part of a team that celebrates every voice .\n"
                  "We are able to grow because of the agile and supportive culture we share with our people .\n")
    assert found["What you bring to the table"] == "heading"
    assert found["A keen eye for detail and clean code"] == "requirement"  # not a duty: the heading asks
    assert found["Joining the Corvane Team means..."] == "heading"
    for text in ("being part of a team that celebrates every voice .",
                 "We are able to grow because of the agile and supportive culture we share with our people ."):
        assert found[text] not in ("requirement", "nice-to-have"), text


def test_the_company_s_own_sentence_run_onto_the_last_item_is_company_information() -> None:
    found = roles("Backend Engineer\nRequirements Experience with Java and SQL Experience in messaging middleware "
                  "and database technologies Corvane Capital is a global leader in financial services providing "
                  "advice to investors .\n")
    assert found["Experience in messaging middleware and database technologies"] == "requirement"
    assert found["Corvane Capital is a global leader in financial services providing advice to investors ."] == \
        "company-info"


def test_an_advert_s_teaser_is_no_requirement_though_it_opens_with_if_you_have() -> None:
    teaser = ("If you have a strong mix of leadership skills and technical insight you have the opportunity for a "
              "unique and exciting job now .")
    found = roles(f"Department Manager at Corvane\nBrief Description\n{teaser}\nJob Requirements\n"
                  "Motivational leader with technical insight\n")
    assert found[teaser] not in ("requirement", "nice-to-have")
    assert found["Motivational leader with technical insight"] == "requirement"


def test_a_degree_after_relevant_is_one_requirement_with_it() -> None:
    found = roles("Finance Partner at Corvane\nQualifications\nYou have completed a relevant Master's degree in "
                  "Finance or Economics with excellent results and have preferably 3 years' experience in a similar "
                  "position .\n")
    assert found["You have completed a relevant Master's degree in Finance or Economics with excellent results"] \
        == "requirement"
    # what it only prefers, joined on, is a wish of its own
    assert found["preferably 3 years' experience in a similar position ."] == "nice-to-have"


def test_dot_net_written_apart_is_the_name_and_an_aside_is_not_cut_into_halves() -> None:
    posting = ("Senior . NET SW Engineer\nRequirements\n5+ years of experience in software development in object "
               "oriented languages ( Advantage: . Net/.Net core ) Solid understanding of OOP REST APIs\n"
               "At least 2 years of experience in C# development ( WPF knowledge is a plus )\n"
               "Experience in: .Net framework ( .Net Core mainly C# ) any other programming languages e.g . Java "
               "is a plus\n")
    units = posting_units(document_from_text(posting, "posting.txt"))
    found = {unit.text: unit.role for unit in units}
    assert found["Senior .NET SW Engineer"] == "title"
    assert found["5+ years of experience in software development in object oriented languages"] == "requirement"
    assert found["Advantage: .Net/.Net core"] == "nice-to-have"
    assert found["At least 2 years of experience in C# development ( WPF knowledge is a plus )"] == "requirement"
    assert found["any other programming languages e.g . Java is a plus"] == "nice-to-have"


def test_an_opportunity_the_job_offers_is_its_work_not_an_ask() -> None:
    found = roles("Linux Developer at Corvane\nRequirements\n- 5+ years of C\n"
                  "You will have an opportunity to work very closely with internal and external stakeholders .\n")
    assert found["You will have an opportunity to work very closely with internal and external stakeholders ."] \
        == "responsibility"


def test_the_help_a_mentor_gives_the_new_hire_is_a_benefit_not_an_ask() -> None:
    found = roles("Developer at Corvane\nRequirements\n- Great expertise in TypeScript\n"
                  "If the subject interests you but you lack mastery our Mentor can also help you improve your skills "
                  "in DevOps .\n")
    assert found["If the subject interests you but you lack mastery our Mentor can also help you improve your skills "
                 "in DevOps ."] == "benefit"

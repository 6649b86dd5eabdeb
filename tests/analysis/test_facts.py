from __future__ import annotations

import pytest

from afterword.analysis.facts import TOPICS, answered_topics, find_facts, stated_topics
from afterword.ingest import document_from_text
from tests.conftest import POSTING_TEXT


def test_posting_facts() -> None:
    facts = {f.topic: f for f in find_facts(document_from_text(POSTING_TEXT))}
    assert facts["pay_range"].text == "Salary: $140,000 - $170,000"
    assert facts["remote_policy"].text == "Fully remote within the US"
    assert facts["company_size"].text.startswith("We are a 120 people company")
    assert "benefits" in facts
    assert "visa_sponsorship" not in facts and "start_date" not in facts


def test_more_fact_phrasings() -> None:
    text = ("Part-time role, 20 hours a week.\nYou will join a team of five nurses.\nStart date: January 2027.\n"
            "Up to 25% travel.\nWe cannot offer visa sponsorship.\nHybrid, 3 days a week in the office.\n"
            "Our hiring process has two interviews and a take-home task.\nPay: £32k–£38k.\n")
    topics = answered_topics(document_from_text(text))
    assert topics >= {"employment_type", "team_size", "start_date", "travel", "visa_sponsorship",
                      "remote_policy", "interview_process", "pay_range"}


def test_no_false_facts() -> None:
    text = "We build accounting software.\nYou will write clean code and review pull requests.\n"
    assert find_facts(document_from_text(text)) == ()


@pytest.mark.parametrize("text", ["We build accounting software.", "You will review pull requests.",
                                  "Our team ships weekly.", "We are hiring.", "We shift left on security.",
                                  "Revenue grew from $10M to $30M in 2025.", "Our CEO is one of three founders.",
                                  "We manage 3 projects at a time.", "Shift start times may vary by site.",
                                  "The recruitment process is carried out on an ongoing basis .",
                                  "We take candidates into the hiring process continuously .",
                                  "Our programmes build social inclusion and equity in every city .",
                                  "Partners run offices in North and South to grow the programme .",
                                  "We build GOV.UK services such as getting married or applying for a visa ."])
def test_ordinary_sentences_state_no_facts(text: str) -> None:
    assert find_facts(document_from_text(text)) == ()


@pytest.mark.parametrize(("topic", "text"), [
    ("pay_range", "Pay: £12.50/hour"),
    ("pay_range", "Up to £35k DOE"),
    ("pay_range", "Compensation: $90k"),
    ("pay_range", "$45 - $55 per hour"),
    ("pay_range", "€60.000 per year"),
    ("pay_range", "OTE $120k"),
    ("start_date", "Start: ASAP"),
    ("start_date", "Start: January 5, 2027"),
    ("start_date", "Starting date: 1 March"),
    ("team_size", "Team: 8 engineers"),
    ("team_size", "You'll be one of 6 Account Executives"),
    ("team_size", "You would join a small team of three."),
    ("remote_policy", "Work from anywhere"),
    ("remote_policy", "We are fully distributed."),
    ("remote_policy", "We are remote-first."),
    ("visa_sponsorship", "You must be eligible to work in the UK."),
    ("visa_sponsorship", "You need the right to work in Canada."),
    ("visa_sponsorship", "We help with your visa and the move."),
    ("visa_sponsorship", "Visa support for you and your family"),
    ("visa_sponsorship", "A work visa is provided."),
    ("schedule", "Working hours: 9am–5pm ET, Monday to Friday, no weekends"),
    ("schedule", "12-hour night shifts"),
    ("schedule", "You will be on-call one week in six."),
    ("schedule", "This role works rotating shifts."),
    ("remote_policy", "Full-time, in-person"),
    ("start_date", "School year begins August 12; 185 working days"),
    ("start_date", "Starts August 18"),
    ("schedule", "40 hours/week"),
    ("schedule", "Four 10-hour days"),
    ("schedule", "Must be available evenings, weekends and holidays"),
    ("team_size", "You will supervise 12 electricians."),
    ("company_size", "We are a 120-person firm."),
    ("employment_type", "This is a contract role."),
    ("employment_type", "Contractor role, paid weekly"),
    ("employment_type", "12-month fixed-term contract"),
    ("employment_type", "Contract-to-hire"),
    ("employment_type", "6-month contract"),
    ("employment_type", "Hired on a contract basis"),
])
def test_stated_fact_is_found(topic: str, text: str) -> None:
    facts = {f.topic: f for f in find_facts(document_from_text(f"Role details\n\n{text}\n"))}
    assert topic in facts, text
    assert text.startswith(facts[topic].text) and facts[topic].line == 3  # the sentence or item that says it


def test_facts_found_whatever_the_section() -> None:
    text = "Compensation: $90k\nStart: ASAP\nHealth insurance and a pension\n"
    facts = {f.topic: f for f in find_facts(document_from_text(text))}
    assert facts["pay_range"].line == 1 and facts["start_date"].line == 2
    assert facts["benefits"].text == "Health insurance and a pension"  # not the heading-like pay line


def test_schedule_is_the_last_topic() -> None:
    assert TOPICS[-1] == "schedule" and TOPICS.index("interview_process") == len(TOPICS) - 2


def test_a_contractor_business_is_no_employment_type() -> None:
    text = "Pacific Crest Builders is a commercial contractor.\nWe work with contractors and suppliers.\n"
    assert "employment_type" not in answered_topics(document_from_text(text))


def test_availability_line_answers_schedule_not_benefits() -> None:
    facts = {f.topic: f for f in find_facts(document_from_text("Must be available evenings, weekends and holidays\n"
                                                                "Medical, dental and paid holidays\n"))}
    assert facts["schedule"].line == 1 and facts["benefits"].line == 2


def test_a_fact_quotes_its_sentence_not_the_whole_paragraph() -> None:
    paragraph = ("We build route-planning software for bakeries. The role is hybrid, two days a week in our Leeds "
                 "office. You have three years of Python. Salary: £45,000 - £52,000 per annum. We offer a pension.")
    facts = {f.topic: f.text for f in find_facts(document_from_text(paragraph))}
    assert facts["remote_policy"] == "The role is hybrid, two days a week in our Leeds office."
    assert facts["pay_range"] == "Salary: £45,000 - £52,000 per annum."


@pytest.mark.parametrize("text", ["Drive the annual salary review with HR", "Competitive salary and benefits",
                                  "Own compensation planning for the sales team"])
def test_the_word_salary_alone_is_not_a_pay_range(text: str) -> None:
    assert "pay_range" not in answered_topics(document_from_text(text))


def test_what_the_posting_states_as_a_fact_wins_and_perks_are_not_the_pay() -> None:
    from afterword.analysis.posting_units import posting_facts
    from afterword.ingest import document_from_text

    posting = document_from_text(
        "Night Nurse at Elmwood Hospital\n## Requirements\n- Able to stand for 12-hour shifts\n"
        "## Benefits\n- Night shift differential of $6 an hour\n- Free on-site parking\n"
        "Schedule: three 12-hour night shifts a week\nWork location: In person\n")
    facts = {fact.topic: fact.text for fact in posting_facts(posting)}
    assert "pay_range" not in facts  # a differential is not the pay: the candidate may still ask
    assert facts["schedule"] == "Schedule: three 12-hour night shifts a week"
    assert facts.get("remote_policy") == "Work location: In person"  # in person answers it; parking does not


def test_a_fact_in_a_long_sentence_is_quoted_around_its_words() -> None:
    from afterword.analysis.posting_units import posting_facts
    from afterword.ingest import document_from_text

    duty = ("As Warehouse Lead you will lead a team of 20 to 30 associates in receiving, putaway, picking and "
            "shipping, hit daily productivity and accuracy targets, run safety huddles and coach new starters.")
    facts = {fact.topic: fact.text for fact in posting_facts(document_from_text(f"Warehouse Lead\n{duty}\n"))}
    assert "team of 20 to 30 associates" in facts["team_size"] and len(facts["team_size"]) <= 120


def test_travel_is_a_fact_only_when_the_job_s_travel_is_stated() -> None:
    from afterword.analysis.facts import topics_in

    assert "travel" in topics_in("Up to 20% travel to client sites")
    assert "travel" in topics_in("You must be willing to travel within the region")
    assert "travel" not in topics_in("Corporate discount program on retail travel")
    assert "travel" not in topics_in("We make the world better by improving the travel experience for everyone")


def test_a_redacted_place_is_no_location() -> None:
    from afterword.analysis.facts import topics_in

    assert "location" not in topics_in("Engineering Manager <ORGANIZATION> <LOCATION> <LOCATION>")
    assert "location" in topics_in("Location: Leeds, UK")


def test_a_labelled_schedule_is_the_schedule_not_a_shift_length_asked_of_the_candidate() -> None:
    from afterword.analysis.posting_units import posting_facts

    posting = document_from_text(
        "Sous Chef at Harbor Kitchen\nWhat we need: Ability to stand for 10-hour shifts and lift 50 lbs.\n"
        "Schedule: Evenings, weekends and holidays\n", "posting.md")
    schedule = next(fact for fact in posting_facts(posting) if fact.topic == "schedule")
    assert schedule.text == "Schedule: Evenings, weekends and holidays"


def test_a_fact_is_quoted_without_the_next_label_or_the_item_before_it() -> None:
    facts = {f.topic: f.text for f in find_facts(document_from_text(
        "Salary: €45k - 65k Location options: Vienna or remote\nPerks: Equipment of your choice Flexible working "
        "hours Cool office\n"))}
    assert facts["pay_range"] == "Salary: €45k - 65k"
    assert facts["schedule"] == "Flexible working hours"


def test_a_long_sentence_is_quoted_by_the_clause_that_answers_and_the_hours_beat_the_shift_s_name() -> None:
    from afterword.analysis.posting_units import posting_facts

    facts = {f.topic: f.text for f in posting_facts(document_from_text(
        "Sous Chef at Alder Table\nYou will run the kitchen on the chef's days off, supervise a team of 8 line "
        "cooks, order produce and keep the pass calm.\nWe're hiring for our night shift.\nMust be able to work "
        "nights (10:00 PM – 6:30 AM), Sunday to Thursday.\n"))}
    assert facts["team_size"] == "supervise a team of 8 line cooks"
    assert "10:00 PM – 6:30 AM" in facts["schedule"]


def test_a_sign_on_bonus_listed_first_is_not_the_benefits() -> None:
    from afterword.analysis.posting_units import posting_facts

    posting = ("Regional Driver at Kestrel Freight\n## Pay & Benefits\n- $0.70 per mile\n- $2,000 sign-on bonus\n"
               "- Home every weekend\n- Medical, dental and vision insurance\n")
    facts = {f.topic: f.text for f in posting_facts(document_from_text(posting))}
    assert facts["benefits"] == "Medical, dental and vision insurance"


def test_a_team_size_is_quoted_with_the_whole_list_of_what_the_team_does() -> None:
    def team(text: str) -> list[str]:
        return [f.text for f in find_facts(document_from_text(text, "p.txt")) if f.topic == "team_size"]

    assert team("Shift Lead\nYou'll lead a team of 20 to 30 associates in receiving, putaway, picking and shipping, "
                "hit daily targets, run safety huddles and train new hires.\n") == [
        "You'll lead a team of 20 to 30 associates in receiving, putaway, picking and shipping"]
    # the duties after it are clauses of their own, not its list
    assert team("Sous Chef\nYou will cover the chef's days off, supervise a team of 10 line and prep cooks, order "
                "produce and manage stock.\n") == ["supervise a team of 10 line and prep cooks"]


def test_a_perk_on_the_premises_is_no_remote_policy() -> None:
    from afterword.analysis.posting_units import posting_facts

    posting = document_from_text("Linux Developer at Corvane\n## Requirements\n- C and Linux\n## Benefits\n"
                                 "- Onsite Medical & Dental\n- On-site gym\n- Paid relocation\n")
    assert "remote_policy" not in {fact.topic for fact in posting_facts(posting)}


def test_an_option_later_is_not_the_contract_and_a_fixed_term_is() -> None:
    from afterword.analysis.facts import stated_topics

    said = "The period of employment is 2 years ( with the possibility of an extension or part-time employment ."
    assert "employment_type" in stated_topics(said)
    from afterword.analysis.posting_units import posting_facts

    facts = {f.topic: f.text for f in posting_facts(document_from_text(f"Postdoc in Sensing\n## Terms\n{said}\n"))}
    assert facts["employment_type"] == "The period of employment is 2 years"
    assert "employment_type" not in stated_topics("We offer the option to work part-time after a year .")


def test_a_fact_a_little_past_the_length_limit_is_quoted_to_its_sentence_end() -> None:
    sentence = ("Corvane is an international logistics software company with 900 employees in 11 countries and "
                "4,000 customers worldwide .")
    facts = [f for f in find_facts(document_from_text(f"Engineer at Corvane\nAbout us\n{sentence}\n", "p.txt"))
             if f.topic == "company_size"]
    assert facts and facts[0].text.endswith("4,000 customers worldwide.")


def test_the_end_of_the_recruitment_process_describes_no_interview_process() -> None:
    text = "Once the recruitment process is completed a letter is sent to each applicant .\n"
    assert "interview_process" not in answered_topics(document_from_text(f"Engineer at Corvane\n{text}", "p.txt"))


def test_one_perk_of_a_run_on_list_is_quoted_alone() -> None:
    text = ("Research Engineer at Halvard Labs. What we offer Drinks and Fruits Team & Company Events Visa Support "
            "30 Vacation Days Apple equipment Development Opportunities")
    facts = {f.topic: f.text for f in find_facts(document_from_text(text))}
    assert facts["visa_sponsorship"] == "Visa Support"
    assert facts["benefits"] == "30 Vacation Days"


def test_a_long_sentence_is_quoted_to_the_phrase_that_states_the_contract() -> None:
    text = ("We are looking for two full-time developers to join the research unit of the Faculty of Computing at "
            "the university hospital in Aarhus to build clinical decision tools together with our data team")
    facts = {f.topic: f.text for f in find_facts(document_from_text(text))}
    assert facts["employment_type"] == "We are looking for two full-time developers"


def test_who_to_ask_about_the_recruitment_process_is_no_interview_process() -> None:
    text = "If you have any questions about the recruitment process please contact HR at jobs@example.org."
    assert "interview_process" not in answered_topics(document_from_text(text))


def test_a_long_sentence_under_terms_of_employment_is_no_perk() -> None:
    text = ("Postdoc in Biostatistics\nTerms of employment\nYou are encouraged to declare any periods of leave "
            "without research activity, for example maternity leave, since your research time is assessed\n"
            "Up to three publications can be included in the application.\n")
    assert "benefits" not in answered_topics(document_from_text(text))
    perks = "Driver\nWhat we offer\nHome every weekend\n"
    assert {f.topic: f.text for f in find_facts(document_from_text(perks))}["benefits"] == "Home every weekend"


def test_the_tail_of_a_long_sentence_under_what_we_offer_is_no_perk() -> None:
    long = ("Joining us you get the chance to take a deep dive into the pricing of every product line we sell in the "
            "region and to work with controllers, sales managers and planners in many markets while at the same time "
            "being exposed to our global organisation and its management teams and to the many people in it building "
            "professional relations .")
    text = f"Pricing Analyst\nYour opportunities\n{long}\n"
    assert "benefits" not in answered_topics(document_from_text(text))


def test_a_contract_stated_in_a_title_s_brackets_is_quoted_without_the_title() -> None:
    text = "Senior Backend Engineer - The Mobile Wallet 50 mio users ( full-time ) <ORGANIZATION>\n"
    facts = {f.topic: f.text for f in find_facts(document_from_text(text))}
    assert facts["employment_type"] == "full-time"


def test_the_colleagues_of_a_section_are_its_team_not_the_company() -> None:
    section = "In this section based in Copenhagen you will have 50 colleagues and lead our data protection project."
    assert "company_size" not in stated_topics(section) and "team_size" in stated_topics(section)
    assert "company_size" in stated_topics("We are 2,700 colleagues across 40 countries.")

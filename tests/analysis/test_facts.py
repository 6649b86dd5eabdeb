from __future__ import annotations

from afterword.analysis.facts import answered_topics, find_facts
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

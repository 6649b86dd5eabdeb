"""The truth check catches claims the resume does not support, including adversarial phrasings."""

from __future__ import annotations

import pytest

from afterword.coach.truth import TruthChecker
from afterword.ingest import document_from_text
from tests.conftest import RESUME_TEXT


@pytest.fixture(scope="module")
def checker() -> TruthChecker:
    return TruthChecker(document_from_text(RESUME_TEXT), context=["Example Co", "Backend Engineer"])


@pytest.mark.parametrize(
    "text",
    [
        "I ran production k8s clusters on Amazon EKS serving 2M requests a day.",
        "I tuned Postgres queries, cutting report time by 40%.",
        "At Northwind Data I built RESTful services in Python and Django.",
        "I'd love to join Example Co as a Backend Engineer.",
        "I haven't used Go in production yet, and my plan is to learn Go in my first month.",
        "Kubernetes and Terraform are part of my daily work.",
        "I hold a B.S. in Computer Science.",
        "Thank you for your time today.",
    ],
)
def test_supported_text_passes(checker: TruthChecker, text: str) -> None:
    assert checker.check(text).ok, checker.check(text).unsupported


@pytest.mark.parametrize(
    ("text", "kind", "claim"),
    [
        ("I have deep experience with Go.", "skill", "Go"),
        ("I built data pipelines in Kafka and Snowflake.", "skill", "Kafka"),
        ("I cut report time by 75%.", "number", "75%"),
        ("I managed a team of twelve engineers.", "number", "twelve"),
        ("Before that, I spent four years at Google.", "name", "Google"),
        ("I led the platform group at Stripe.", "name", "Stripe"),
        ("I worked as a Principal Architect at Northwind Data.", "title", "Principal Architect"),
        ("I hold a PhD in Computer Science.", "degree", "PhD"),
        ("My Kubernetes work saved $2M a year.", "number", "$2M"),
        ("Also fluent in Java, which I used daily.", "skill", "Java"),
    ],
)
def test_unsupported_claims_are_caught(checker: TruthChecker, text: str, kind: str, claim: str) -> None:
    report = checker.check(text)
    assert not report.ok
    assert any(c.kind == kind and c.text == claim for c in report.unsupported), report.unsupported


def test_negation_does_not_excuse_other_claims(checker: TruthChecker) -> None:
    report = checker.check("I haven't used Go, but I ran 40 clusters at Netflix.")
    kinds = {(c.kind, c.text) for c in report.unsupported}
    assert ("name", "Netflix") in kinds
    assert ("skill", "Go") not in kinds


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I'm always learning, and I ran Kafka clusters at scale for years.", "Kafka"),
        ("I never missed a deadline while shipping Kafka and Rust services.", "Kafka"),
        ("I plan to grow, and I shipped Rust services daily.", "Rust"),
    ],
)
def test_negation_covers_only_its_own_clause(checker: TruthChecker, text: str, claim: str) -> None:
    assert claim in {c.text for c in checker.check(text).unsupported}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I have worked as a Backend Engineer at Example Co before.", "Example Co"),
        ("I was employed by Example Co for two years.", "Example Co"),
    ],
)
def test_context_names_may_be_named_not_claimed(checker: TruthChecker, text: str, claim: str) -> None:
    assert claim in {c.text for c in checker.check(text).unsupported}
    assert checker.check("I'd love to bring this to Example Co as your next Backend Engineer.").ok


def test_role_words_are_not_skill_evidence() -> None:
    checker = TruthChecker(document_from_text("## Experience\nSold software to banks | 2019 - 2024\n"),
                           context=["Senior Python Developer", "Acme"])
    assert checker.check("I'm applying for the Senior Python Developer role at Acme.").ok
    assert {c.text for c in checker.check("I built Python services for years.").unsupported} == {"Python"}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I have 15 years of experience.", "15"),  # the resume says 15%, not 15 years
        ("I doubled the team's output.", "doubled"),
        ("I led thirty engineers.", "thirty"),
    ],
)
def test_numbers_must_match_in_kind(text: str, claim: str) -> None:
    checker = TruthChecker(document_from_text("## Experience\n- Cut costs by 15% in 2020\n"))
    assert claim in {c.text for c in checker.check(text).unsupported}
    assert checker.check("I cut costs by 15%.").ok


def test_a_negated_list_stays_negated(checker: TruthChecker) -> None:
    assert checker.check("I haven't used ACLS and PALS in my work yet.").ok
    assert checker.check("I have not used Go, Rust or Scala in production.").ok
    report = checker.check("At Mayo Clinic I learned a lot.")
    assert {c.text for c in report.unsupported} == {"Mayo Clinic"}


RETAIL = document_from_text(
    "## Experience\nAssistant Store Manager, Target | 2018 - 2024\n- Trained 12 new team members\n"
    "- Grew loyalty sign-ups 35%\n## Skills\nLearning: Salesforce, Workday\n## Education\nAP Calculus, 2012\n")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I never shipped a dashboard without testing it in Power BI first.", "Power BI"),
        ("I led a learning program that rolled out Tableau across the district.", "Tableau"),
        ("I built the staffing plan to roll out Kronos at the store.", "Kronos"),
        ("Amazon promoted me to team lead twice.", "Amazon"),
        ("Walmart's stores taught me a lot.", "Walmart's"),
        ("At Target I was promoted to Store Manager.", "Store Manager"),
        ("I grew store sales 12 percent.", "12%"),
        ("I increased conversion by forty percent.", "40%"),
        ("I grew holiday sales 2x.", "2x"),
        ("I also handled accounts payable for the store.", "accounts payable"),
        ("My work with Salesforce cut admin time.", "Salesforce"),
    ],
)
def test_second_review_claims_are_caught(text: str, claim: str) -> None:
    report = TruthChecker(RETAIL).check(text)
    assert claim in {c.text for c in report.unsupported}, report.unsupported


@pytest.mark.parametrize(
    "text",
    [
        "I grew loyalty sign-ups 35 percent.",
        "I'm ready to lead a team I believe in.",
        "I want to get better at Tableau.",
        "I trained 12 new team members.",
    ],
)
def test_second_review_truths_pass(text: str) -> None:
    assert TruthChecker(RETAIL).check(text).ok, TruthChecker(RETAIL).check(text).unsupported


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I worked at google on their search team.", "google"),
        ("I interned for acme labs in 2019.", "acme"),
    ],
)
def test_lowercase_employers_are_names_too(text: str, claim: str) -> None:
    assert claim in {c.text for c in TruthChecker(RETAIL).check(text).unsupported}
    assert TruthChecker(RETAIL).check("I worked at scale for years.").ok


def test_the_posting_names_may_be_named() -> None:
    from afterword.coach.truth import posting_names

    posting = document_from_text("Store Lead — Sunridge Outfitters\n## About us\nSunridge has 40 stores in Ohio.\n"
                                 "## Requirements\n- Experience with Salesforce\n")
    names = posting_names(posting)
    assert "Sunridge Outfitters" in names and "Sunridge" in names and "Salesforce" not in names
    checker = TruthChecker(RETAIL, context=names)
    assert checker.check("Sunridge's reputation for service is why I applied.").ok
    assert not checker.check("I worked at Sunridge Outfitters before.").ok
    assert not checker.check("I used Salesforce daily.").ok


def test_motivation_about_the_employer_is_not_a_claim() -> None:
    resume = document_from_text("## Experience\n- Built web forms in React for a city council\n")
    checker = TruthChecker(resume)
    why = "Your focus on accessibility is why I'm applying."
    assert checker.check(why, motivation=True).ok
    assert not checker.check("I led accessibility audits for every release.", motivation=True).ok
    assert not checker.check(why).ok  # outside --why the same words would be a claim


def test_a_posting_name_never_starts_with_a_lowercase_word() -> None:
    from afterword.coach.truth import TruthChecker, posting_names

    posting = document_from_text("Engineering Manager\nWith the Engineering Leadership team you set the roadmap.\n"
                                 "Our Engineering team ships weekly.")
    names = posting_names(posting)
    assert not any(name[:1].islower() for name in names)
    checker = TruthChecker(document_from_text("Jo Bell\nTeam lead at Arden Mills\n"),
                           context=["Engineering Manager", *names])
    assert checker.check("Here is why I fit the Engineering Manager role.").ok


def test_a_lowercase_word_is_never_a_claimed_posting_name() -> None:
    checker = TruthChecker(document_from_text("Jo Bell\nClass Teacher, Elm Primary\n"),
                           context=["Year 4 Class Teacher", "Oakfield Primary School", "Good"])
    assert checker.check("Let me sum up why I'm a good fit for the Year 4 Class Teacher role.").ok


def test_a_named_skill_backs_the_broader_skill_it_is_a_kind_of() -> None:
    checker = TruthChecker(document_from_text("Linh Tran\n- Re-slotted 1,800 SKUs in Manhattan WMS\n"),
                           context=["Manhattan"])
    assert checker.check("I re-slotted 1,800 SKUs in Manhattan WMS.").ok
    assert not checker.check("I have used SAP.").ok  # a skill the resume does not imply is still a claim


def test_a_tool_that_is_also_a_surname_may_be_denied_but_not_claimed() -> None:
    resume = document_from_text("EXPERIENCE\nSoftware Developer, Harrow Labs | 2012 - now\n- Built billing "
                                "services in Java\n", "resume.txt")
    for context in ([], ["Java Developer", "Acme", "Jenkins"]):
        checker = TruthChecker(resume, context=context)
        assert checker.check("I'll be straight with you: I haven't used Jenkins or Rust in my work yet.").ok
        assert not checker.check("I worked with Jenkins.").ok
    assert not TruthChecker(resume).check("At Jenkins, I built the billing services.").ok  # a name, claimed

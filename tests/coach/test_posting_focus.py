"""What a posting is about: its role family, its level, the skills and themes it keeps coming back to."""

from __future__ import annotations

import dataclasses
import importlib.util
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from afterword.analysis.matching import content_words, match_documents
from afterword.analysis.posting_info import PostingInfo, posting_info
from afterword.coach.posting_focus import FAMILIES, SENIORITIES, PostingFocus, posting_focus
from afterword.ingest import document_from_text
from afterword.models import MatchReport, Requirement, RequirementMatch

ROOT = Path(__file__).resolve().parents[2]
RESUME = document_from_text("Sam Carter\n\n## Experience\nAssistant, Town Library | 2019 - 2024\n"
                            "- Helped visitors find books\n", "resume.md")
NURSE = """# Registered Nurse, Medical-Surgical Unit, Riverside General Hospital

Riverside General Hospital is looking for a Registered Nurse to join our 32-bed medical-surgical unit.

## What you'll do

- Deliver compassionate patient care to adults recovering from surgery and acute illness.
- Carry out patient assessment at the start of every shift and escalate changes early.
- Give medication administration safely, following our patient safety checks.
- Take part in bedside handover and keep clinical documentation accurate in Epic.
- Promote patient safety by reporting incidents and near misses.

## Requirements

- Current RN licence and BLS certification
- At least one year of experience in medical-surgical nursing
- Experience with medication administration and IV therapy
- Confident with wound care and infection control
- A commitment to patient safety and teamwork
"""
DEVELOPER = """# Backend Developer at Copperline

Copperline builds billing software for independent gyms. We are hiring a Backend Developer for our payments team.

## Responsibilities

- Build and maintain Python services that run our billing and payments APIs.
- Deploy services to Kubernetes and keep them healthy in production.
- Improve our Kubernetes deployment tooling and CI/CD pipelines.
- Write well-tested code and review your teammates' pull requests.

## Requirements

- 3+ years of experience building backend services in Python
- Experience running workloads on Kubernetes
- Good SQL skills with PostgreSQL
"""


def focus_of(text: str) -> PostingFocus:
    posting = document_from_text(text, "posting.md")
    return posting_focus(match_documents(RESUME, posting), posting_info(posting))


def report(*units: tuple[str, str, tuple[str, ...]], years: float | None = None) -> MatchReport:
    """A match report with these (kind, text, skills) units, as the posting's requirements."""
    requirements = tuple(RequirementMatch(Requirement(text, kind, number, skills, years=years), "gap")
                         for number, (kind, text, skills) in enumerate(units, start=1))
    return MatchReport(requirements, (), (), (), 0.0)


def test_a_nurse_posting() -> None:
    focus = focus_of(NURSE)
    assert (focus.family, focus.seniority) == ("healthcare", "mid")
    assert focus.stressed[0] == "patient safety"  # three units, never as a skill
    assert "medication administration" in focus.stressed and focus.tools == frozenset()
    assert focus.themes == frozenset({"patient safety"})
    assert "Registered Nurse" not in focus.stressed  # a licence, however often named, is nothing to ask about


def test_a_developer_posting() -> None:
    focus = focus_of(DEVELOPER)
    assert (focus.family, focus.seniority) == ("software", "mid")
    assert focus.stressed[:2] == ("Kubernetes", "Python") and {"Kubernetes", "Python"} <= focus.tools
    assert {"kubernet", "bill", "payment"} <= focus.terms
    assert not content_words("Copperline team") & focus.terms  # the company's name and words every posting uses


@pytest.mark.parametrize(("role", "units", "family", "seniority"), [
    ("Graduate Data Analyst", [("must-have", "Experience with SQL and Tableau", ("SQL", "Tableau")),
                               ("responsibility", "Build dashboards in Power BI", ("Power BI",))], "data", "entry"),
    ("Head Chef", [("responsibility", "Run the kitchen and plan menus", ("kitchen management", "menu planning")),
                   ("must-have", "Level 2 food safety", ("food safety",))], "hospitality", "senior"),
    ("Apprentice Electrician", [("must-have", "An interest in electrical wiring", ("electrical wiring",))],
     "trades", "entry"),
    ("Year 5 Teacher", [("must-have", "Confident with lesson planning and classroom management",
                         ("lesson planning", "classroom management"))], "teaching", "mid"),
    ("Warehouse Operative", [("must-have", "Forklift licence and RF scanning", ("forklift operation",
                                                                             "RF scanning"))], "logistics", "mid"),
    ("CDL-A Regional Driver", [("must-have", "Forklift licence and RF scanning", ("forklift operation",
                                                                               "RF scanning"))], "driving", "mid"),
    ("Operations Manager", [("responsibility", "Own budget management and change management",
                             ("budget management", "change management"))], "management", "senior"),
    ("Staff Nurse", [("must-have", "Wound care and IV therapy", ("wound care", "IV therapy"))], "healthcare", "mid"),
    ("Charge Nurse", [("responsibility", "Lead patient care on the ward", ("patient care",))], "healthcare",
     "senior"),
    ("Account Manager", [("responsibility", "Grow key accounts and forecast sales",
                          ("key account management", "sales forecasting"))], "retail", "mid"),
    # a manager of business development, not of people: no "team you'd inherit" questions
    ("Business Development Manager", [("must-have", "Business or finance degree at master's level", ())],
     "general", "mid"),
    ("Postdoctoral Research Associate", [("must-have", "PCR and cell culture", ("PCR", "cell culture"))],
     "research", "mid"),
    ("Associate", [], "general", "mid"),
])
def test_family_and_level(role: str, units: list[tuple[str, str, tuple[str, ...]]], family: str,
                          seniority: str) -> None:
    focus = posting_focus(report(*units), PostingInfo(role, "Acme"))
    assert (focus.family, focus.seniority) == (family, seniority)


@pytest.mark.parametrize(("text", "years", "seniority"), [
    ("No previous experience needed, as full training is given", None, "entry"),
    ("You will line manage two developers", None, "senior"),
    ("Experience building web services", 6, "senior"),
    ("Experience building web services", 2, "mid"),
])
def test_the_level_from_the_postings_words_when_the_title_says_none(text: str, years: float | None,
                                                                    seniority: str) -> None:
    focus = posting_focus(report(("must-have", text, ()), years=years), PostingInfo("Software Developer", "Acme"))
    assert focus.seniority == seniority


def test_stressed_means_named_in_two_units_or_more_most_repeated_first() -> None:
    focus = posting_focus(report(
        ("responsibility", "Ship features in React", ("React",)),
        ("responsibility", "Keep our React and TypeScript code accessible", ("React", "TypeScript")),
        ("must-have", "Strong React and TypeScript, with an eye for accessibility", ("React", "TypeScript")),
        ("must-have", "Clear written communication and teamwork", ("written communication", "teamwork")),
        ("nice-to-have", "Some written communication with customers", ("written communication",)),
        ("nice-to-have", "Experience with GraphQL", ("GraphQL",)),
    ), PostingInfo("Frontend Developer", "Acme"))
    assert focus.stressed == ("React", "TypeScript", "accessibility")  # soft skills and one-offs left out
    assert focus.tools == frozenset({"React", "TypeScript"})


def test_a_pure_frozen_value() -> None:
    first, second = focus_of(DEVELOPER), focus_of(DEVELOPER)
    assert first == second
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.family = "data"  # type: ignore[misc]


def _checker():  # noqa: ANN202 - the bank's validator, a script
    spec = importlib.util.spec_from_file_location("check_questions", ROOT / "scripts" / "check_questions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bank_validator_knows_the_same_families_and_levels() -> None:
    checker = _checker()
    assert [*checker.FAMILIES, "general"] == list(FAMILIES) and checker.SENIORITIES == list(SENIORITIES)


def test_the_bank_validator_rejects_bad_families_levels_and_stress_templates() -> None:
    text = resources.files("afterword.data").joinpath("questions.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    data["question"][0]["families"] = ["astronaut"]
    data["question"][1]["seniority"] = []
    data["stress_template"][0]["text"] = "How does the team use {skill} today?"
    errors, _ = _checker().validate(data)
    assert any("'families' has unknown value 'astronaut'" in e for e in errors)
    assert any("'seniority' must not be empty" in e for e in errors)
    assert any("{focus} exactly once" in e for e in errors)


def test_the_role_itself_is_not_stressed_and_a_named_system_is_a_tool() -> None:
    focus = posting_focus(report(
        ("responsibility", "Deliver nursing care and chart in Epic", ("nursing", "Epic")),
        ("must-have", "Two years of nursing, with Epic", ("nursing", "Epic")),
        ("must-have", "Wound care and IV therapy", ("wound care", "IV therapy")),
        ("nice-to-have", "Wound care certification", ("wound care",)),
    ), PostingInfo("Registered Nurse", "Riverside"))
    assert focus.stressed == ("Epic", "wound care")  # "nursing" is the job itself, not something it stresses
    assert focus.tools == frozenset({"Epic"})  # "How does the team use Epic"; wound care is a practice


def test_an_age_is_not_years_of_experience() -> None:
    focus = posting_focus(report(("must-have", "Must be at least 23 years old", ()), years=23),
                          PostingInfo("Truck Driver", "Haulco"))
    assert focus.seniority == "mid"

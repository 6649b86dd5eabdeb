from __future__ import annotations

from afterword.analysis.requirements import extract_requirements, stated_degree, stated_years
from afterword.analysis.skills import finder_for
from afterword.analysis.taxonomy import default_taxonomy
from afterword.ingest import document_from_text
from tests.conftest import POSTING_TEXT


def extract(text: str):  # noqa: ANN201
    return extract_requirements(document_from_text(text), finder_for(default_taxonomy()))


def test_kinds_skills_years_and_degree() -> None:
    requirements, warnings = extract(POSTING_TEXT)
    assert warnings == ()
    by_text = {r.text: r for r in requirements}
    python = by_text["5+ years of experience with Python"]
    assert (python.kind, python.skills, python.years) == ("must-have", ("Python",), 5.0)
    assert by_text["Experience with Kubernetes in production"].skills == ("Kubernetes",)
    assert by_text["Bachelor's degree in Computer Science or related field"].degree == "bachelor's"
    assert by_text["Experience with Kafka"].kind == "nice-to-have"
    assert by_text["Java experience is a plus"].kind == "nice-to-have"
    assert by_text["Build and operate backend services"].kind == "responsibility"
    assert "Health insurance and 401(k)" not in by_text  # benefits are not requirements


def test_either_or_requirements() -> None:
    requirements, _ = extract("## Requirements\n- Backend services in Python or Go\n- Python and SQL\n")
    assert requirements[0].any_of and {"Python", "Go"} <= set(requirements[0].skills)
    assert not requirements[1].any_of


def test_preferred_inside_requirements_is_nice_to_have() -> None:
    requirements, _ = extract("## Requirements\n- Tableau experience preferred\n")
    assert requirements[0].kind == "nice-to-have"


def test_posting_without_headings_warns_and_guesses() -> None:
    requirements, warnings = extract("Great job at a bakery.\nYou need 2 years of experience in baking.\nApply now.")
    assert [r.text for r in requirements] == ["You need 2 years of experience in baking."]
    assert "no requirements heading" in warnings[0]


def test_posting_with_nothing_recognisable_warns() -> None:
    requirements, warnings = extract("Hello there.\nApply now.")
    assert requirements == ()
    assert any("No requirements were recognised" in w for w in warnings)


def test_years_and_degrees_in_words() -> None:
    assert stated_years("three years of teaching") == 3.0
    assert stated_years("3-5 years in retail") == 3.0
    assert stated_years("no experience needed") is None
    assert stated_degree("Master's in Nursing (MSN)") == "master's"
    assert stated_degree("BS in Accounting") == "bachelor's"
    assert stated_degree("a bias for action") is None


def test_responsibilities_only_posting_guesses_requirements_elsewhere() -> None:
    text = ("We are looking for an experienced accountant with SAP knowledge.\n"
            "## Responsibilities\n- Close the books each month\n## We offer\n- Experience with a great team\n")
    requirements, warnings = extract(text)
    kinds = {r.text: r.kind for r in requirements}
    assert kinds["We are looking for an experienced accountant with SAP knowledge."] == "must-have"
    assert kinds["Close the books each month"] == "responsibility"
    assert "Experience with a great team" not in kinds  # benefits are never requirements
    assert "no requirements heading" in warnings[0]


def test_the_items_after_a_some_or_all_lead_in_are_a_choice() -> None:
    found = extract("DevOps Engineer\nRequirements\nExperience with some or all of the following: MySQL Nginx "
                    "Hibernate Jenkins\n")
    listed = next(r for r in found[0] if "Nginx" in r.text)
    assert listed.any_of and {"MySQL", "Nginx", "Jenkins"} <= set(listed.skills)

"""The shipped taxonomy and the skill finder: aliases, relations, and the classic false matches."""

from __future__ import annotations

from collections import Counter

import pytest

from afterword.analysis.skills import finder_for
from afterword.analysis.taxonomy import default_taxonomy


def skills_in(text: str) -> list[str]:
    return [m.skill for m in finder_for(default_taxonomy()).find(text)]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Ran k8s clusters", "Kubernetes"),
        ("Tuned Postgres queries", "PostgreSQL"),
        ("Moved everything to Amazon Web Services", "AWS"),
        ("Designed RESTful services", "REST"),
        ("Shipped ML models to production", "machine learning"),
        ("Wrote services in Golang", "Go"),
        ("Kept the books under GAAP", "GAAP"),
        ("Certified in ACLS", "ACLS"),
        ("Technologies used: JavaScript, React, Node, MongoDB", "Node.js"),  # an everyday word among tools
        ("Worked as Full stack Developer at Samson", "full-stack development"),
        ("Leading team of 18 analysts for the category", "people management"),
        ("Proficient in Excel at the finance desk", "Excel"),
    ],
)
def test_aliases_name_the_canonical_skill(text: str, skill: str) -> None:
    assert skill in skills_in(text)


@pytest.mark.parametrize(
    ("text", "not_skill"),
    [
        ("Built JavaScript front ends", "Java"),
        ("Became the go-to person for releases", "Go"),
        ("Excellent written communication", "Excel"),
        ("Managed the R&D budget", "R"),
        ("Presented to C-level executives", "C"),
        ("Wrote C++ and C# services", "C"),
        ("We excel at customer care", "Excel"),
        ("Let's go to the next level", "Go"),
        ("Signed by John R. Smith", "R"),
        ("Considering full-time, part-time and remote work", "remote collaboration"),  # a wish, not a skill
        ("Each node of the cluster ran one job", "Node.js"),
        ("The Node team met on Fridays", "Node.js"),
        ("Excel in change management and communication", "Excel"),
        ("I'm self-taught: everything I know I learned on my own", "teaching"),
        ("Self-management and a calm head", "management"),
    ],
)
def test_traps_are_not_matched(text: str, not_skill: str) -> None:
    assert not_skill not in skills_in(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Backend services in Python and Go", "Go"),
        ("Statistics in R and SAS", "R"),
        ("Firmware written in C", "C"),
        ("Built monthly reports in Excel for the finance team", "Excel"),
        ("Java 17 and Spring Boot", "Java"),
        ("Wrote C++ and C# services", "C++"),
    ],
)
def test_the_real_skills_behind_the_traps_are_found(text: str, skill: str) -> None:
    assert skill in skills_in(text)


def test_longest_match_wins() -> None:
    found = skills_in("Ran Amazon EKS and Google Cloud Platform")
    assert "Amazon EKS" in found and "Google Cloud Platform" in found


def test_relations_give_weaker_evidence() -> None:
    taxonomy = default_taxonomy()
    assert "Amazon EKS" in taxonomy.implied_by("Kubernetes")
    assert "Amazon EKS" in taxonomy.implied_by("AWS")
    assert "Django" in taxonomy.implied_by("Python")


def test_taxonomy_is_broad() -> None:
    skills = default_taxonomy().skills
    assert len(skills) >= 1500
    categories = Counter(skill.category for skill in skills.values())
    for category in ("healthcare", "education", "sales", "finance", "trades", "design", "hospitality"):
        assert categories[category] >= 25, category
    assert "patient assessment" in skills or "patient care" in skills


def test_taxonomy_is_consistent() -> None:
    skills = default_taxonomy().skills
    owner: dict[str, str] = {}
    for skill in skills.values():
        for surface in skill.surfaces:
            key = surface.casefold()
            assert owner.setdefault(key, skill.name) == skill.name, f"{surface} names two skills"
        for target in skill.implies:
            assert target in skills, f"{skill.name} implies unknown {target}"


@pytest.mark.parametrize(
    ("text", "not_skill"),
    [
        ("Worked 12-hr shifts on a busy ward", "HR"),
        ("Measured 500 ml doses", "machine learning"),
        ("Raised a Series C round", "C"),
        ("Rich in vitamin C", "C"),
        ("Email me at maya@comcast.net", ".NET"),
        ("For the rest of the year", "REST"),
    ],
)
def test_more_everyday_words_are_not_skills(text: str, not_skill: str) -> None:
    assert not_skill not in skills_in(text)


@pytest.mark.parametrize(("text", "skills"), [
    ("Make it happen, whatever it takes.", []),
    ("Shipped parcels with UPS and DHL Express", []),
    ("Less than 1 year of experience is fine", []),
    ("Head Chef at Bistro Nine", []),
    ("Go above and beyond for every guest", []),
    ("Java Script and HTML", ["JavaScript", "HTML"]),
    ("Strong Go experience", ["Go"]),
    ("Built payment services in Go", ["Go"]),
    ("Chef, Puppet and Ansible", ["Chef", "Puppet", "Ansible"]),
    ("Skills: Go, Rust, Python", ["Go", "Rust", "Python"]),
])
def test_everyday_words_are_skills_only_in_a_technical_context(text: str, skills: list[str]) -> None:
    assert [m.skill for m in finder_for(default_taxonomy()).find(text)] == skills


@pytest.mark.parametrize("text", ["İİİİİİİİC++ and Python", "Straße 5: Java and C++ developer"])
def test_letters_whose_case_fold_is_longer_keep_the_skills_where_they_are_written(text: str) -> None:
    """"İ" and "ß" fold to two characters: the positions found in the folded text are still the text's own."""
    found = {(mention.skill, mention.surface) for mention in finder_for(default_taxonomy()).find(text, 1)}
    assert ("C++", "C++") in found
    assert all(surface in text for _skill, surface in found)
    assert ("Python" if "Python" in text else "Java", "Python" if "Python" in text else "Java") in found


def test_an_organisation_s_short_name_in_brackets_is_not_the_skill_its_letters_spell() -> None:
    finder = finder_for(default_taxonomy())
    assert [m.skill for m in finder.find("The Novo Center for Protein Research (CPR) is offering a stipend")] == []
    assert "CPR" in [m.skill for m in finder.find("Certified in Cardiopulmonary Resuscitation (CPR)")]
    assert [m.skill for m in finder.find("Cloud platforms (AWS, GCP)")] == ["AWS", "Google Cloud Platform"]


def test_an_everyday_word_that_starts_a_name_is_not_the_skill() -> None:
    finder = finder_for(default_taxonomy())
    assert [m.skill for m in finder.find("Staff Nurse, Elm Clinic | 2013 - 2016")] == []
    assert [m.skill for m in finder.find("Swift Haulage Ltd, Driver | 2019")] == []
    assert [m.skill for m in finder.find("Languages: Elm, Haskell, OCaml")] == ["Elm", "Haskell", "OCaml"]
    assert [m.skill for m in finder.find("Go Kubernetes Docker")] == ["Go", "Kubernetes", "Docker"]


def test_working_with_little_supervision_is_not_supervising() -> None:
    from afterword.analysis.skills import SkillFinder
    from afterword.analysis.taxonomy import default_taxonomy

    finder = SkillFinder(default_taxonomy())
    for text in ("Solve complex problems individually and in a team with minimal supervision",
                 "Worked without supervision on night shifts", "Works under supervision of a senior nurse"):
        assert "team supervision" not in {m.skill for m in finder.find(text)}
    assert "team supervision" in {m.skill for m in finder.find("Supervision of 12 line cooks")}


def test_a_tool_named_like_a_word_alone_on_its_line_is_the_tool() -> None:
    from afterword.analysis.skills import SkillFinder
    from afterword.analysis.taxonomy import default_taxonomy

    finder = SkillFinder(default_taxonomy())
    assert [m.skill for m in finder.find("Jenkins")] == ["Jenkins"]  # an item of "Essential criteria"
    assert [m.skill for m in finder.find("Ask Mr Jenkins at reception")] == []

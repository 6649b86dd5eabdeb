"""The match engine on a small resume and posting: evidence, strengths, gaps, years."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.analysis.matching import match_documents
from afterword.analysis.report import fit_score, report_to_dict, report_to_markdown
from afterword.ingest import document_from_text
from afterword.models import MatchReport
from tests.conftest import POSTING_TEXT, RESUME_TEXT

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def report() -> MatchReport:
    return match_documents(document_from_text(RESUME_TEXT, "resume.md"),
                           document_from_text(POSTING_TEXT, "posting.md"), today=TODAY)


def by_text(report: MatchReport) -> dict:
    return {m.requirement.text: m for m in report.requirements}


def test_alias_evidence_is_strong_and_cites_the_line(report: MatchReport) -> None:
    kubernetes = by_text(report)["Experience with Kubernetes in production"]
    assert kubernetes.status == "strong"
    assert kubernetes.evidence[0].line == 6
    assert kubernetes.evidence[0].text == "Ran production k8s clusters on Amazon EKS serving 2M requests a day"
    assert kubernetes.evidence[0].match == "alias"
    assert by_text(report)["Strong PostgreSQL skills"].status == "strong"


def test_traps_leave_real_gaps(report: MatchReport) -> None:
    matches = by_text(report)
    assert matches["Experience with Go"].status == "gap"  # "go-to person" is not Go
    assert matches["Java experience is a plus"].status == "gap"  # JavaScript is not Java
    assert matches["Experience with Kafka"].status == "gap"
    gaps = {m.requirement.text for m in report.gaps}
    assert {"Experience with Go", "Experience with Kafka"} <= gaps


def test_related_skill_is_partial(report: MatchReport) -> None:
    aws = by_text(report)["Familiarity with AWS"]
    assert aws.status == "partial"
    assert aws.evidence[0].match == "related" and aws.evidence[0].skill == "Amazon EKS"


def test_years_from_date_ranges(report: MatchReport) -> None:
    python = by_text(report)["5+ years of experience with Python"]
    assert python.status == "strong"
    assert "7.9 years" in python.note
    early = match_documents(document_from_text(RESUME_TEXT), document_from_text(POSTING_TEXT),
                            today=date(2021, 1, 31))
    assert by_text(early)["5+ years of experience with Python"].status == "partial"
    assert report.resume_years == pytest.approx(11.5, abs=0.1)


def test_degree(report: MatchReport) -> None:
    degree = by_text(report)["Bachelor's degree in Computer Science or related field"]
    assert degree.status == "strong"
    assert degree.evidence[0].text.startswith("B.S. in Computer Science")


def test_answered_topics_and_skills(report: MatchReport) -> None:
    topics = {f.topic for f in report.facts}
    assert {"pay_range", "remote_policy", "benefits", "company_size"} <= topics
    assert "Kubernetes" in report.resume_skills and "Go" not in report.resume_skills
    assert "Go" in report.posting_skills


def test_json_contract(report: MatchReport) -> None:
    data = report_to_dict(report, resume="resume.md", posting="posting.md")
    assert data["schema"] == "afterword.match/1"
    requirement = data["requirements"][0]
    assert set(requirement) >= {"text", "kind", "skills", "status", "evidence", "line"}
    assert all(set(e) >= {"line", "text"} for r in data["requirements"] for e in r["evidence"])
    assert {g["text"] for g in data["gaps"]} >= {"Experience with Go"}
    assert set(data["skills"]) == {"resume", "posting"}
    assert 0 < data["summary"]["score"] < 100 and data["summary"]["score"] == fit_score(report)


def test_markdown_names_every_requirement(report: MatchReport) -> None:
    markdown = report_to_markdown(report, resume="resume.md", posting="posting.md")
    for match in report.requirements:
        assert match.requirement.text in markdown
    assert "resume line 6" in markdown


def test_evidence_only_quotes_resume_lines(report: MatchReport) -> None:
    resume_lines = {line.number: line.text for line in document_from_text(RESUME_TEXT).lines}
    for match in report.requirements:
        for evidence in match.evidence:
            assert resume_lines[evidence.line] == evidence.text


def test_empty_resume_gives_all_gaps() -> None:
    report = match_documents(document_from_text("Jo Bloggs"), document_from_text(POSTING_TEXT), today=TODAY)
    assert all(m.status == "gap" for m in report.requirements if m.requirement.kind == "must-have")
    assert fit_score(report) == 0


def test_learning_is_not_experience() -> None:
    resume = document_from_text("## Experience\nDeveloper, Acme | 2020 - 2024\n- Built Python services\n"
                                "- Currently learning Go through an online course\n"
                                "## Skills\nKubernetes (coursework)\n")
    posting = document_from_text("## Requirements\n- Strong Go experience\n- Kubernetes in production\n")
    matches = {m.requirement.text: m for m in match_documents(resume, posting, today=TODAY).requirements}
    for text, skill in (("Strong Go experience", "Go"), ("Kubernetes in production", "Kubernetes")):
        assert matches[text].status == "partial"
        assert matches[text].evidence[0].match == "learning"
        assert f"named only as being learned: {skill}" in matches[text].note


def test_word_forms_match_by_stem() -> None:
    resume = document_from_text("## Experience\nAccount Executive, Acme | 2020 - 2024\n"
                                "- Managed a pipeline of 40 accounts\n- Planned and delivered weekly lessons\n")
    posting = document_from_text("## Requirements\n- Build and manage a healthy pipeline\n- Plan engaging lessons\n")
    matches = {m.requirement.text: m for m in match_documents(resume, posting, today=TODAY).requirements}
    assert matches["Build and manage a healthy pipeline"].evidence[0].line == 3
    assert matches["Plan engaging lessons"].evidence[0].line == 4


def test_a_very_long_line_is_read_once() -> None:
    resume = document_from_text("## Skills\n" + "Python, " * 5000 + "\n")
    posting = document_from_text("## Requirements\n- Python\n")
    report = match_documents(resume, posting, today=TODAY)
    assert report.requirements[0].status == "strong" and len(report.requirements[0].evidence) == 1


def test_education_alone_is_partial_evidence() -> None:
    resume = document_from_text("## Experience\nCare Assistant, Elm House | 2019 - 2024\n- Helped residents daily\n"
                                "## Education\nBSc Adult Nursing, University of Leeds, 2018\n")
    posting = document_from_text("## Requirements\n- Supervise nursing staff on a busy ward\n")
    match = match_documents(resume, posting, today=TODAY).requirements[0]
    assert match.status == "partial"
    assert match.evidence[0].text.startswith("BSc Adult Nursing")


def test_a_thin_resume_is_flagged() -> None:
    report = match_documents(document_from_text("Home | Jobs | Enable JavaScript"), document_from_text(POSTING_TEXT),
                             today=TODAY)
    assert any("very little text" in w for w in report.warnings)


def test_degree_level_is_checked_even_with_a_subject() -> None:
    posting = document_from_text("## Requirements\n- Bachelor's degree in Accounting\n")
    school = document_from_text("## Experience\nBookkeeper, Acme | 2015 - 2024\n- Kept accounting records\n"
                                "## Education\nHigh school diploma, 2014\n")
    match = match_documents(school, posting, today=TODAY).requirements[0]
    assert match.status == "partial" and "no bachelor's degree" in match.note
    graduate = document_from_text("## Experience\nBookkeeper, Acme | 2015 - 2024\n- Kept the books\n"
                                  "## Education\nB.S. in Accounting, Ohio State, 2014\n")
    assert match_documents(graduate, posting, today=TODAY).requirements[0].status == "strong"


def test_credentials_count_wherever_listed_and_undated_resumes_say_so() -> None:
    resume = document_from_text("## Experience\n- Taught algebra to 120 students a year\n"
                                "## Education\nRegistered Nurse licence, 2015\n")
    posting = document_from_text("## Requirements\n- Registered Nurse\n- 3+ years of algebra teaching\n")
    matches = match_documents(resume, posting, today=TODAY).requirements
    assert matches[0].status == "strong"
    assert "no dates" in matches[1].note


def test_generic_degree_and_skills_in_other_words() -> None:
    resume = document_from_text("## Experience\nSous Chef, Lupa | 2020 - 2025\n"
                                "- Cut food cost from 34% to 28% by re-costing the menu\n"
                                "- Negotiated supplier contracts\n## Education\nA.A.S. Culinary Arts, 2019\n")
    posting = document_from_text("## Requirements\n- Culinary degree\n- Food cost control\n- Strong negotiation\n")
    matches = {m.requirement.text: m for m in match_documents(resume, posting, today=TODAY).requirements}
    assert matches["Culinary degree"].status == "strong"
    for text, line in (("Food cost control", 3), ("Strong negotiation", 4)):
        assert matches[text].status == "partial" and matches[text].evidence[0].line == line
        assert "said in other words" in matches[text].note
    empty = match_documents(document_from_text("## Experience\n- Cooked\n"), posting, today=TODAY)
    assert empty.requirements[0].note == "no degree on the resume"


def test_or_similar_makes_the_generic_option_partial() -> None:
    resume = document_from_text("## Experience\nAccount Executive, Acme | 2016 - 2024\n- Closed 40 deals a year\n")
    posting = document_from_text("## Requirements\n- MEDDIC or a similar sales methodology\n- 5+ years in sales\n")
    matches = match_documents(resume, posting, today=TODAY).requirements
    assert matches[0].status == "partial"  # a sales job is not MEDDIC
    assert matches[1].status == "strong" and "8 years" in matches[1].note  # the title names the field


def test_years_count_the_jobs_whose_lines_show_the_skill_in_other_words() -> None:
    resume = document_from_text("Ilya Marten\nWORK HISTORY\nShop Owner, Marten Meats\nOct 2018 - Mar 2022 Managed a "
                                "team of 20 people and the shop's suppliers\n", "resume.md")
    posting = document_from_text("## Requirements\n- 3+ years of people management experience\n", "p.md")
    report = match_documents(resume, posting, today=date(2026, 12, 1))
    note = report.requirements[0].note
    assert "0 years" not in note and "3.5 years on the resume" in note


def test_a_slash_joins_only_the_skills_beside_it() -> None:
    resume = document_from_text("EXPERIENCE\nFrontend Developer, Lumo | 2019 - now\n- Built pages in Angular, HTML5 "
                                "and CSS3\n", "resume.txt")
    posting = document_from_text("UI Lead at Harrow\nRequirements\n- ReactJS HTML5 / CSS3 and related tooling\n"
                                 "- Java/Kotlin for services\n", "posting.txt")
    found = {m.requirement.text: m for m in match_documents(resume, posting).requirements}
    react = found["ReactJS HTML5 / CSS3 and related tooling"]
    assert react.status != "strong" and not react.requirement.any_of  # React is asked, not one of a choice
    assert found["Java/Kotlin for services"].requirement.any_of

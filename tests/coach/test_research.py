"""Research points: the kind of news each note line is, and a detail that reads well inside a question."""

from __future__ import annotations

from importlib import resources

import pytest

from afterword.analysis.matching import content_words
from afterword.coach.questions import load_bank, select_questions
from afterword.coach.research import ResearchPoint, research_points
from afterword.ingest import document_from_text


def _points(text: str) -> list[ResearchPoint]:
    return research_points(document_from_text(text, "notes.md"), load_bank().cues())


def test_detail_does_not_end_mid_phrase() -> None:
    points = _points("- Riverside Health is rolling out a new electronic patient record system across all 14 wards.\n")
    assert [p.detail for p in points if p.kind == "initiative"] == [
        "the rollout of a new electronic patient record system"]


def test_quotes_name_talks_and_posts_not_events() -> None:
    points = _points('- CEO Ana Ruiz wrote a post called "Shipping Small" about how the team works.\n'
                     '- Northwind won the "Best Workplace 2026" award at the Leeds Summit in May.\n')
    by_kind = {p.kind: p.detail for p in points}
    assert by_kind["leadership"] == "the “Shipping Small” post"
    assert not by_kind["event"].startswith("“")


def test_a_line_of_several_kinds_gives_a_kind_not_yet_used() -> None:
    text = "".join(f"- Northwind launched Beacon {n}, a scheduling app now used by Harbor Health.\n"
                   for n in range(1, 31))
    points = _points(text)
    assert {p.kind for p in points} == {"product", "customer"}
    assert any(p.kind == "customer" and p.detail == "Harbor Health" for p in points)


def test_thirty_launches_and_a_funding_round_give_two_kinds() -> None:
    text = "".join(f"- Northwind launched Beacon {n}, a scheduling app for clinics.\n" for n in range(1, 31))
    research = document_from_text(text + "- Northwind raised a $40M Series B round led by Alder Capital.\n",
                                  "notes.md")
    points = research_points(research, load_bank().cues())
    assert len({p.kind for p in points}) >= 2
    assert any(p.kind == "funding" and p.detail == "the $40M Series B round" for p in points)
    tailored = [q for q in select_questions(frozenset(), research=research) if q.tailored]
    assert len(tailored) >= 2 and len({q.source.kind for q in tailored if q.source}) == len(tailored)


def test_demo_research_points() -> None:
    text = resources.files("afterword.data").joinpath("demo/research.md").read_text(encoding="utf-8")
    points = _points(text)
    by_kind = {p.kind: p for p in reversed(points)}  # the first point of each kind, the one the card asks about
    assert by_kind["product"].detail == "the launch of RouteWise"
    assert "Python monolith" in by_kind["initiative"].detail
    assert by_kind["funding"].detail == "the $60M Series C round"
    assert not any("Fernhill" in p.sentence for p in by_kind.values())  # a note about the candidate
    assert [p.kind for p in points if p.detail.startswith("the plan")] == ["initiative"]


@pytest.mark.parametrize(("line", "kind", "detail"), [
    ("Bluebird hired a new Chief Data Officer, Priya Shah, in 2025.", "leadership", "the new Chief Data Officer"),
    ("- The district launched a new Data Science and Statistics pathway for juniors and seniors in fall 2025.",
     "product", "the Data Science and Statistics pathway"),
    ("- Meridian won a J.D. Power award for customer satisfaction among regional banks in 2025.", "event",
     "the J.D. Power award"),
    ("Bluebird announced a partnership with Instacart in February 2026 to offer same-day delivery.", "event",
     "the partnership with Instacart"),
    ("- Meridian announced in March 2026 that it is rebuilding its mobile app from scratch, with a launch planned"
     " for 2027.", "product", "the rebuild of the mobile app"),
])
def test_details_are_noun_phrases(line: str, kind: str, detail: str) -> None:
    assert {p.kind: p.detail for p in _points(line)}[kind] == detail


@pytest.mark.parametrize("line", [
    "- Sierra Oaks High was named a California Distinguished School in 2024.",
    "- CEO Dana Whitfield said on a podcast that repair services are the company's fastest-growing line.",
    "- Northwind announced in September 2026 that it would hire more staff.",
])
def test_no_verb_or_date_details(line: str) -> None:
    assert _points(line) == []  # "named a California ...", "said on a podcast that repair", "March": none is a detail


def test_a_plan_is_asked_about_only_as_an_initiative() -> None:
    text = ("Harbor Ridge Foods notes\n\n"
            "Harbor Ridge plans to build a third plant in Zanesville, expected to open in 2027.\n"
            "Lumen Harbor plans to expand to the EU in 2027, starting with an office in Rotterdam.\n")
    assert [(p.kind, p.detail) for p in _points(text)] == [
        ("initiative", "the plan to build a third plant in Zanesville"),
        ("initiative", "the plan to expand to the EU in 2027")]
    for question in select_questions(frozenset(), research=document_from_text(text, "notes.md")):
        if question.source and question.source.detail.startswith("the plan"):
            assert question.topic == "research: initiative"


def test_a_quoted_value_reads_as_a_focus() -> None:
    points = _points('- The nursing culture centres on "safe staffing on every shift", the chief nurse says.\n')
    assert any(p.detail == "the focus on “safe staffing on every shift”" for p in points)


@pytest.mark.parametrize(("line", "kind", "detail"), [
    ("- Northwind expanded to Germany last year and now has 300 staff.", "growth", "the expansion to Germany"),
    ("- Northwind opened an office in Lisbon in 2024.", "growth", "the new office in Lisbon"),
    ("- Northwind hired 50 engineers in 2025 to build its data platform.", "growth", "the hiring of 50 engineers"),
    ("- Northwind moved to a four-day week in January.", "culture", "the move to a four-day week"),
    ("- Northwind partnered with the NHS on a new triage tool.", "event", "the partnership with the NHS"),
    ("- Northwind acquired Bluegate Analytics in May 2025.", "event", "the acquisition of Bluegate Analytics"),
    ("- In 2025 Northwind announced a new hub in Ireland.", "event", "the new hub in Ireland"),
    ("- The trust is expanding into community care this year.", "initiative", "the expansion into community care"),
    ("- Northwind is migrating its data warehouse to Snowflake this year.", "initiative",
     "the migration of the data warehouse to Snowflake"),
    ("- The hospital is investing in robotic surgery across its sites.", "initiative",
     "the investment in robotic surgery"),
    ("- Northwind doubled its headcount over the past year.", "growth", "the doubling of the headcount"),
    ("- Northwind raised $5M from local investors in 2024.", "funding", "the $5M in new funding"),
    ("- Its clients include Tesco and Asda, among others.", "customer", "Tesco and Asda"),
    ("- The platform team gave a talk at a Leeds DevOps meetup about cutting cloud costs.", "event",
     "the talk at the Leeds DevOps meetup"),
    ("- The CTO spoke at a Leeds meetup about hiring 20 engineers in a year.", "event",
     "the hiring of 20 engineers"),  # what the talk was about is the news
    ("- The engineering team is moving its billing services from Heroku to Kubernetes on AWS.", "initiative",
     "the move of the billing services from Heroku to Kubernetes"),
    ("- Riverside won a national award for patient safety in 2024.", "event", "the national award for patient safety"),
])
def test_verb_phrases_become_noun_phrases(line: str, kind: str, detail: str) -> None:
    assert {p.kind: p.detail for p in _points(line)}[kind] == detail


@pytest.mark.parametrize("line", [
    "- Northwind announced Ireland as its next market.",          # a bare place
    "- The company serves 200 hospitals across the UK.",          # "the UK" after a count: no name to ask about
    "- Northwind launched in Germany last spring with a small team.",
    "- The company is growing fast and hiring.",                  # no rule turns "growing fast" into a noun phrase
    "- Revenue growth was strong across the whole year.",         # "growth": a single common word
    "- Staff say the culture is friendly and relaxed.",
    "- Northwind is scaling its platform to handle ten times more traffic.",  # "to handle" is no place or thing
])
def test_places_single_words_and_unruly_verbs_give_no_point(line: str) -> None:
    assert _points(line) == []


def test_the_failure_phrasings_now_read_as_sentences() -> None:
    notes = document_from_text("- Northwind expanded to Germany last year and now has 300 staff.\n"
                               "- In 2025 Northwind announced a new hub in Ireland.\n"
                               "- Northwind announced Ireland as its next market.\n", "notes.md")
    tailored = {q.text for q in select_questions(frozenset(), research=[notes]) if q.tailored}
    assert tailored == {"Given the expansion to Germany, what new challenges is the team facing or expecting?",
                        "What effect, if any, has the new hub in Ireland had on the team's priorities?"}


def test_notes_that_share_the_postings_words_come_first() -> None:
    notes = document_from_text("- Northwind launched Beacon, a rota app for care homes, in 2024.\n"
                               "- Northwind raised a $20M Series B round led by Alder Capital.\n"
                               "- Northwind is migrating its billing services to Kubernetes this year.\n", "notes.md")
    plain = research_points(notes, load_bank().cues())
    assert [p.kind for p in plain] == ["product", "initiative", "funding"]  # no posting: the better kinds first
    relevant = frozenset(content_words("Run our billing services on Kubernetes"))
    ranked = research_points(notes, load_bank().cues(), relevant=relevant)
    assert ranked[0].detail == "the migration of the billing services to Kubernetes" and ranked[0].relevance >= 3
    assert [p.relevance for p in ranked[1:]] == [0, 0]

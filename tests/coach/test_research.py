"""Research points: the kind of news each note line is, and a detail that reads well inside a question."""

from __future__ import annotations

from importlib import resources

from afterword.coach.questions import load_bank, select_questions
from afterword.coach.research import ResearchPoint, research_points
from afterword.ingest import document_from_text


def _points(text: str) -> list[ResearchPoint]:
    return research_points(document_from_text(text, "notes.md"), load_bank().cues())


def test_detail_does_not_end_mid_phrase() -> None:
    points = _points("- Riverside Health is rolling out a new electronic patient record system across all 14 wards.\n")
    assert [p.detail for p in points if p.kind == "initiative"] == [
        "rolling out a new electronic patient record system"]


def test_quotes_name_talks_and_posts_not_events() -> None:
    points = _points('- CEO Ana Ruiz wrote a post called "Shipping Small" about how the team works.\n'
                     '- Northwind won the "Best Workplace 2026" award at the Leeds Summit in May.\n')
    by_kind = {p.kind: p.detail for p in points}
    assert by_kind["leadership"] == "“Shipping Small”"
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
    by_kind = {p.kind: p for p in _points(text)}
    assert by_kind["product"].detail == "RouteWise"
    assert "Python monolith" in by_kind["initiative"].detail
    assert by_kind["funding"].detail == "the $60M Series C round"
    assert not any("Fernhill" in p.sentence for p in by_kind.values())  # a note about the candidate

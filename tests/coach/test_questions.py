"""Question selection: never asks what is answered, tailors to research, varies by interviewer."""

from __future__ import annotations

from afterword.coach.interviewers import interviewer_type, parse_interviewer
from afterword.coach.questions import load_bank, select_questions, skipped_questions
from afterword.ingest import document_from_text

RESEARCH = document_from_text(
    "- Harbor Ltd launched TideLine, a booking app for ferry operators, in March.\n"
    "- The company is migrating its billing system to a new provider this year.\n"
    "- Harbor Ltd raised a $12M Series A round led by Sea Ventures.\n"
    "- My cousin works there.\n", "notes.md")


def test_bank_is_large_and_tagged() -> None:
    bank = load_bank()
    assert len(bank.questions) >= 150
    assert len({q.topic for q in bank.questions}) >= 10
    assert all(q.suits for q in bank.questions)
    assert any("pay_range" in q.redundant_if for q in bank.questions)


def test_answered_topics_are_never_asked() -> None:
    bank = load_bank()
    answered = frozenset({"pay_range", "remote_policy", "team_size", "benefits", "interview_process"})
    recruiter = [parse_interviewer("Dana Reyes, Technical Recruiter")]
    picked = select_questions(answered, recruiter, count=8)
    by_text = {q.text: q for q in bank.questions}
    for question in picked:
        assert not set(by_text[question.text].redundant_if) & answered, question.text
    skipped = {q.text for q in skipped_questions(answered)}
    assert len(skipped) >= 5 and not skipped & {q.text for q in picked}


def test_between_five_and_eight_one_per_topic() -> None:
    for count in (1, 5, 7, 20):
        picked = select_questions(frozenset(), count=count)
        assert 5 <= len(picked) <= 8
        assert len({q.topic for q in picked}) == len(picked)


def test_research_tailoring_quotes_the_source() -> None:
    picked = select_questions(frozenset(), research=RESEARCH)
    tailored = [q for q in picked if q.tailored]
    assert len(tailored) >= 2
    for question in tailored:
        assert question.source.sentence in RESEARCH.text
        assert question.source.detail.strip("“”") in question.text
    assert any("TideLine" in q.text for q in tailored)
    assert not any("cousin" in (q.source.sentence if q.source else "") for q in picked)


def test_mix_varies_by_interviewer() -> None:
    executive = select_questions(frozenset(), [parse_interviewer("Ana Ruiz, Chief Executive Officer")], count=8)
    peer = select_questions(frozenset(), [parse_interviewer("Tom Li, Software Engineer")], count=8)
    assert {q.text for q in executive} != {q.text for q in peer}
    assert all("executive" in q.suits for q in executive)
    assert all("peer" in q.suits for q in peer)
    both = select_questions(frozenset(), [parse_interviewer("Ana Ruiz, CEO"), parse_interviewer("Tom Li, Engineer")])
    assert {q.ask for q in both} == {"Ana Ruiz", "Tom Li"}


def test_interviewer_types() -> None:
    assert interviewer_type("Senior Talent Partner") == "recruiter"
    assert interviewer_type("VP of Engineering") == "executive"
    assert interviewer_type("Engineering Manager") == "hiring_manager"
    assert interviewer_type("Registered Nurse") == "peer"
    assert interviewer_type("") == "hiring_manager"


def test_two_points_of_one_kind_still_give_two_questions() -> None:
    notes = document_from_text("- Harbor Ltd launched TideLine, a booking app, in March.\n"
                               "- Harbor Ltd launched PortPal, a crew scheduling tool, in June.\n", "notes.md")
    tailored = [q for q in select_questions(frozenset(), research=[notes]) if q.tailored]
    assert len(tailored) == 2
    assert len({q.text.replace("TideLine", "X").replace("PortPal", "X") for q in tailored}) == 2  # two templates

"""Truthfulness: every number comes from the user's documents, nothing is claimed the resume does not show, no
template residue leaks, and whatever the debrief holds cannot break a letter."""

from __future__ import annotations

import re

import pytest

from afterword.debrief import from_mapping
from afterword.writer import KINDS, WriterError
from afterword.writer.draft import Part, problem
from afterword.writer.material import make_material

from .conftest import ANALYST_DEBRIEF, INTERVIEW, Candidate

_DATE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} "
                   r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _DIGITS.findall(text)}


@pytest.mark.parametrize("kind", KINDS)
def test_every_number_in_every_letter_is_in_the_sources(candidate: Candidate, kind: str) -> None:
    known = _numbers(candidate.sources_text())
    for letter in candidate.write(kind):
        text = _DATE.sub("", "\n".join([letter.subject, letter.salutation, *letter.body]))
        for number in _numbers(text):
            assert number in known, f"{kind}: {number} is in no source: {text}"


def test_letters_do_use_numbers_from_the_resume_and_debrief(candidate: Candidate) -> None:
    said = " ".join(" ".join(letter.body) for letter in candidate.write("thank-you"))
    assert _DIGITS.search(said), "the evidence lines carry their results"


@pytest.mark.parametrize("kind", KINDS)
def test_no_placeholder_leaks(candidate: Candidate, kind: str) -> None:
    for letter in candidate.write(kind):
        for text in (letter.text, letter.send_by.phrase):
            for residue in ("{", "}", "None", "TODO", "[name]", "  "):
                assert residue not in text, (kind, residue, text)


@pytest.mark.parametrize("kind", KINDS)
def test_every_sentence_passes_the_truth_check(candidate: Candidate, kind: str) -> None:
    material = make_material(resume=candidate.resume, posting=candidate.posting, research=candidate.research,
                             debrief=candidate.debrief, card=None, why=candidate.why, profile=candidate.profile,
                             today=INTERVIEW)
    for letter in candidate.write(kind):
        for sentence in letter.sentences:
            if not any(s.document in ("debrief", "posting") for s in sentence.sources):
                motivation = any(s.document == "why" for s in sentence.sources)
                assert material.checker.check(sentence.text, motivation=motivation).ok, sentence.text


@pytest.mark.parametrize("text", [
    "I led a team of 12 engineers.",  # a number the resume lacks
    "I worked at Google for years.",  # an employer the resume lacks
    "I have used Tableau every day.",  # a skill the resume lacks
    "I hold a PhD in statistics.",  # a degree the resume lacks
    "Your {company} is great.",  # template residue
])
def test_a_made_up_claim_is_refused(analyst: Candidate, text: str) -> None:
    material = make_material(resume=analyst.resume, posting=analyst.posting, research=analyst.research,
                             debrief=analyst.debrief, card=None, why=analyst.why, profile=analyst.profile,
                             today=INTERVIEW)
    assert problem(Part(text), material) is not None
    assert problem(Part("I mentored 3 junior analysts through their first production releases."), material) is None


def test_a_why_sentence_that_claims_what_the_resume_lacks_is_left_out(analyst: Candidate) -> None:
    from afterword.ingest import document_from_text

    why = document_from_text("After 9 years of Tableau I know dashboards inside out.\n", "why.md")
    for letter in analyst.write("thank-you", why=why):
        assert "Tableau I know" not in letter.text
        assert not any(src.document == "why" for s in letter.sentences for src in s.sources)


def test_hostile_debrief_text_is_cleaned_not_obeyed(analyst: Candidate) -> None:
    debrief = from_mapping({
        "interviewers": [{"name": "Amara \x1b[31mOkonkwo\x1b[0m", "title": "Analytics Manager",
                          "topics": ["the {{ secret }} roadmap", "None of the above", "TODO list hygiene",
                                     "a topic " + "very " * 40 + "long"]}],
        "concerns": ["{company} pays {salary}"], "next_step": "\u202eevil\u202c next round",
    })
    for kind in KINDS:
        for letter in analyst.write(kind, debrief=debrief):
            text = letter.text
            assert "\x1b" not in text and "\u202e" not in text
            assert "{" not in text and "}" not in text
            assert "very very very" not in text  # a topic too long for a sentence is not put in one
            assert "None" not in text and "TODO" not in text
            if kind != "next-round":
                assert letter.salutation == "Dear Amara Okonkwo,"


def test_an_unknown_kind_is_one_line_naming_the_kinds(analyst: Candidate) -> None:
    with pytest.raises(WriterError, match="use one of thank-you, check-in, hesitation, rejection, next-round"):
        analyst.write("thanks")


def test_a_debrief_number_may_be_quoted(analyst: Candidate) -> None:
    hannah = analyst.write("thank-you")[2]
    assert "the 2 office days in Manchester" in " ".join(hannah.body)
    debrief = from_mapping({**ANALYST_DEBRIEF, "interviewers": [{"name": "Hannah Berg", "topics": [
        "the 2 office days in Manchester"]}]})
    (letter,) = analyst.write("thank-you", debrief=debrief)
    assert "2 office days" in letter.text

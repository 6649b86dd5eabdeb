"""Check-ins, the replies to hesitation and rejection, and the notes for the next round."""

from __future__ import annotations

import datetime as dt

import pytest

from afterword.debrief import from_mapping
from afterword.schedule import ScheduleError, build_followup_plan
from afterword.writer import Recipient
from afterword.writer.checks import tone_warnings
from afterword.writer.follow_ups import CHECK_IN_WORDS, HESITATION_WORDS, REJECTION_WORDS, SECOND_CHECK_IN_WORDS

from .conftest import ANALYST_DEBRIEF, INTERVIEW, Candidate


def test_check_ins_come_in_two_on_the_plans_days(analyst: Candidate) -> None:
    first, second = analyst.write("check-in")
    plan = build_followup_plan(INTERVIEW, dt.date(2026, 3, 16))  # "in two weeks" from Monday 2 March
    due = {step.kind: step.due for step in plan.steps}
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.send_by.due == due["check-in"] == dt.date(2026, 3, 18)
    assert second.send_by.due == due["second-check-in"]
    assert "after the decision date they gave (Monday 16 March)" in first.send_by.phrase
    assert "I understand you hoped to reach a decision by Monday 16 March" in " ".join(first.body)


def test_the_second_check_in_is_shorter_and_still_warm(candidate: Candidate) -> None:
    first, second = candidate.write("check-in")
    assert second.words < first.words
    assert CHECK_IN_WORDS[0] <= first.words <= CHECK_IN_WORDS[1]
    assert SECOND_CHECK_IN_WORDS[0] <= second.words <= SECOND_CHECK_IN_WORDS[1]
    assert not tone_warnings(" ".join(second.body))
    assert "interested" in " ".join(second.body)
    assert first.subject != second.subject


def test_a_check_in_reminds_them_of_one_cited_point(analyst: Candidate) -> None:
    first, _ = analyst.write("check-in")
    assert any(s.sources and s.sources[0].document == "resume" for s in first.sentences)


def test_without_a_decision_date_the_check_in_is_assumed_and_asks_for_one(analyst: Candidate) -> None:
    quiet = from_mapping({**ANALYST_DEBRIEF, "decision": "we'll be in touch"})
    first, second = analyst.write("check-in", debrief=quiet)
    assert "as they gave no decision date" in first.send_by.phrase
    assert "when you expect to reach a decision" in " ".join(first.body)
    assert "hoped to reach a decision by" not in first.text
    assert second.send_by.due > first.send_by.due


def test_a_given_decision_date_wins_over_the_phrase(analyst: Candidate) -> None:
    first, _ = analyst.write("check-in", decision_date=dt.date(2026, 3, 20))
    assert "Friday 20 March" in first.text


def test_a_decision_before_the_interview_is_a_one_line_error(analyst: Candidate) -> None:
    with pytest.raises(ScheduleError, match="before the interview"):
        analyst.write("check-in", decision_date=dt.date(2026, 2, 1))


def test_a_check_in_already_due_says_now(analyst: Candidate) -> None:
    first, _ = analyst.write("check-in", today=dt.date(2026, 3, 20))
    assert first.send_by.phrase.startswith("now: it was due on Wednesday 18 March")


def test_letters_after_the_thank_you_go_to_the_hiring_manager(analyst: Candidate) -> None:
    for kind in ("check-in", "hesitation", "rejection"):
        assert {letter.recipient.name for letter in analyst.write(kind)} == {"Amara Okonkwo-Lindqvist"}


def test_to_chooses_the_recipient(analyst: Candidate) -> None:
    (letter,) = analyst.write("rejection", to="hannah berg")
    assert letter.salutation == "Dear Hannah Berg,"
    assert "you, Amara Okonkwo-Lindqvist and Joël Marchetti" in letter.text
    posted = Recipient("Hannah Berg", "Talent Partner", "", "Brightwater Foods", ("1 Mill Street", "Manchester"))
    (letter,) = analyst.write("rejection", to=posted)
    assert letter.recipient.address == ("1 Mill Street", "Manchester")


def test_hesitation_restates_fit_answers_concerns_and_offers_references(analyst: Candidate) -> None:
    (letter,) = analyst.write("hesitation")
    body = " ".join(letter.body)
    assert HESITATION_WORDS[0] <= letter.words <= HESITATION_WORDS[1]
    assert sum(1 for s in letter.sentences for src in s.sources if src.document == "resume") >= 2
    assert "One question that came up was about Tableau experience." in body
    assert analyst.prepared_answer("Tableau") in body
    assert "references" in body
    assert letter.send_by.due == dt.date(2026, 3, 3)


def test_hesitation_without_concerns_invites_them_to_say(nurse: Candidate) -> None:
    debrief = from_mapping({**{k: v for k, v in nurse.debrief_data.items() if k != "concerns"}})
    (letter,) = nurse.write("hesitation", debrief=debrief)
    assert "If anything in my background is giving you pause" in letter.text


def test_rejection_thanks_asks_for_feedback_and_keeps_the_door_open(candidate: Candidate) -> None:
    (letter,) = candidate.write("rejection")
    body = " ".join(letter.body).lower()
    assert body.startswith("thank you for letting me know")
    assert "feedback" in body
    assert "keep me in mind for future roles" in body and "stay in touch" in body
    assert REJECTION_WORDS[0] <= letter.words <= REJECTION_WORDS[1]
    assert not letter.warnings, letter.warnings


def test_next_round_notes_hold_concerns_evidence_and_topics(analyst: Candidate) -> None:
    (note,) = analyst.write("next-round")
    text = note.text
    assert note.kind == "next-round" and note.recipient.name == analyst.profile.name
    assert note.salutation == "" and note.sign_off == ""
    assert "Next step: a technical case study with the data team." in text
    assert "Concern raised: Tableau experience." in text and analyst.prepared_answer("Tableau") in text
    assert "Go deeper on dbt testing conventions with Joël Marchetti." in text
    assert "Evidence to bring: “Introduced data tests and code review for every model" in text
    assert "Not raised yet, but worth preparing: “Clear communication with non-technical stakeholders”." in text
    assert "before the next round (a technical case study with the data team)" in note.send_by.phrase


def test_next_round_notes_pass_on_the_cards_tip_when_it_has_no_answer(nurse: Candidate) -> None:
    debrief = from_mapping({**nurse.debrief_data, "concerns": ["not enough quality improvement work"]})
    (note,) = nurse.write("next-round", debrief=debrief)
    assert "Concern raised: quality improvement work." in note.text
    # the card's tip for a must-have it cannot answer for the candidate ("experience with quality improvement")
    assert "Tip: if you have done this, say where, with one concrete example" in note.text
    assert not note.warnings


def test_every_kind_works_for_an_interview_in_the_future(analyst: Candidate) -> None:
    ahead = dt.datetime(2026, 4, 14, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    for kind in ("thank-you", "check-in", "hesitation", "rejection", "next-round"):
        letters = analyst.write(kind, interview_date=ahead, decision_date=None)
        assert letters and all(letter.paragraphs for letter in letters)
    first, _ = analyst.write("check-in", interview_date=ahead)
    assert first.send_by.due > dt.date(2026, 4, 14)

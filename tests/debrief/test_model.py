"""The debrief format: what a person or another tool writes is read, checked, and given back the same."""

from __future__ import annotations

import json

import pytest

from afterword.debrief import Debrief, DebriefError, from_mapping, to_mapping

FULL = {
    "interview": 1, "went": "well", "confidence": 4,
    "signals": ["ran over time", "talked about start date"],
    "closing_question": {"asked": "Is anything giving you pause about me?", "answer": "Only the on-call load."},
    "interviewers": [{"name": "Priya Natarajan", "title": "Engineering Manager", "email": "priya@lumen.example",
                      "phone": "+1 503 555 0100", "topics": ["the Kubernetes migration", "on-call"]},
                     {"name": "Renata Solberg"}],
    "concerns": ["no Go in production"], "decision": "in two weeks", "next_step": "a systems design round",
}


def test_a_full_debrief_round_trips_through_json() -> None:
    debrief = from_mapping(json.loads(json.dumps(FULL)))
    assert debrief.went == "well" and debrief.confidence == 4
    assert debrief.interviewer("priya  natarajan").topics == ("the Kubernetes migration", "on-call")
    assert to_mapping(debrief) == FULL
    assert from_mapping(to_mapping(debrief)) == debrief


def test_every_key_is_optional_and_unknown_keys_are_kept() -> None:
    assert from_mapping({}) == Debrief()
    kept = from_mapping({"went": " Mixed ", "mood_after": "tired"})
    assert kept.went == "mixed" and to_mapping(kept) == {"went": "mixed", "mood_after": "tired"}


def test_short_forms_a_person_would_type_are_read() -> None:
    debrief = from_mapping({"interviewers": ["Sam Ode"], "signals": "short answers", "confidence": "3",
                            "closing_question": "How do I compare with the others?"})
    assert debrief.interviewers[0].name == "Sam Ode" and debrief.signals == ("short answers",)
    assert debrief.confidence == 3 and debrief.closing_question.asked.startswith("How do I compare")


@pytest.mark.parametrize(("data", "says"), [
    ({"went": "great"}, "well, mixed or poorly"),
    ({"confidence": 7}, "from 1 to 5"),
    ({"confidence": True}, "whole number"),
    ({"interview": 0}, "from 1 to 999"),
    ({"interviewers": [{"title": "CTO"}]}, "needs one"),
    ({"interviewers": [{"name": "Al", "mobile": "1"}]}, "unknown key 'mobile'"),
    ({"signals": {"a": 1}}, "list of texts"),
    ({"decision": 14}, "must be text"),
    ({"notes": "x" * 3000}, "keep it under"),
    (["not", "a", "table"], "table of keys"),
])
def test_a_mistake_is_one_line_that_names_the_key_and_the_fix(data: object, says: str) -> None:
    with pytest.raises(DebriefError) as caught:
        from_mapping(data)  # type: ignore[arg-type]
    message = str(caught.value)
    assert says in message and "\n" not in message

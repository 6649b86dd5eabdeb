"""What a person types at the debrief's questions, and debrief files: read, or one line saying what to type."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from afterword.debrief.model import DebriefError
from afterword.services.debrief_answers import (
    QUESTIONS,
    confidence_answer,
    day_answer,
    list_answer,
    questions_left,
    signals_answer,
    spoken_day,
    went_answer,
)
from afterword.services.debrief_file import read_debrief_file


@pytest.mark.parametrize(("typed", "went"), [("w", "well"), (" Mixed ", "mixed"), ("P", "poorly"), ("", None)])
def test_went(typed: str, went: str | None) -> None:
    assert went_answer(typed) == went


def test_answers_that_cannot_be_read_say_what_to_type() -> None:
    with pytest.raises(DebriefError, match="'great' is not well, mixed or poorly: type w, m or p"):
        went_answer("great")
    with pytest.raises(DebriefError, match="'7' is not from 1 to 5"):
        confidence_answer("7")
    with pytest.raises(DebriefError, match="there is no signal 9: pick from 1 to 7"):
        signals_answer("1, 9")
    with pytest.raises(DebriefError, match="'15/12' is not a date: write it as YYYY-MM-DD"):
        day_answer("15/12")


def test_signals_by_number_and_in_words() -> None:
    assert signals_answer("1 3, they asked for references,, 1") == (
        "rapport", "talked about start date or pay", "they asked for references")
    assert signals_answer("") == ()
    assert confidence_answer("4/5") == 4 and confidence_answer("") is None
    assert list_answer(" platform ,  on-call , ") == ("platform", "on-call")
    assert day_answer("2026-12-15") == date(2026, 12, 15) and day_answer(" ") is None
    assert spoken_day(date(2026, 12, 15)) == "Tuesday 15 December 2026"


def test_a_draft_asks_only_what_is_left() -> None:
    assert questions_left([], {}) == list(QUESTIONS)
    left = questions_left(["went"], {"confidence": 3, "closing_question": {"asked": "Any concerns?"},
                                     "interviewers": [{"name": "Dana"}], "decision": "soon"})
    assert left == ["signals", "closing_question", "interviewers", "concerns", "decision", "next_step"]
    assert "closing_question" not in questions_left([], {"closing_question": {"asked": "a", "answer": "b"}})


def test_debrief_files_are_toml_or_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text('\ufeff{"went": "well"}', encoding="utf-8")
    assert read_debrief_file(str(notes)) == {"went": "well"}
    notes.write_text('went = "mixed"\n', encoding="utf-8")
    assert read_debrief_file(str(notes)) == {"went": "mixed"}
    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(DebriefError, match="must hold one JSON object"):
        read_debrief_file(str(listed))
    latin = tmp_path / "latin.toml"
    latin.write_bytes('notes = "caf\xe9"'.encode("latin-1"))
    with pytest.raises(DebriefError, match="is not UTF-8 text; save it as UTF-8"):
        read_debrief_file(str(latin))
    with pytest.raises(DebriefError, match="is a folder"):
        read_debrief_file(str(tmp_path))
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'confidence = 3\n')))
    assert read_debrief_file("-") == {"confidence": 3}

"""A stored Closing Card: made from the profile's resume and the stored posting, kept as versions 1, 2 ..."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterword.errors import AfterwordError
from afterword.services.applications import add_application, show_application
from afterword.services.cards import prepare_card
from afterword.services.interviews import add_interview
from afterword.services.profile import set_profile
from afterword.store import applications, cards
from afterword.store.session import Store


def test_prepare_saves_version_1_then_2(store: Store, resume_file: Path, posting_file: Path) -> None:
    set_profile(store, str(resume_file))
    added = add_application(store, str(posting_file))
    add_interview(store, added.short_id, at="2030-01-08 10:00", time_zone="Europe/Berlin",
                  interviewers=["Dana Reyes, Engineering Manager"])
    first = prepare_card(store, added.short_id)
    assert first.version == 1
    assert first.card.title == "Backend Engineer at Example Co"
    assert [person.name for person in first.card.interviewers] == ["Dana Reyes"]  # from the stored interview
    second = prepare_card(store, "example", interviewers=["Lee Chan, Recruiter"])
    assert second.version == 2
    assert [person.name for person in second.card.interviewers] == ["Dana Reyes", "Lee Chan"]
    assert [card.version for card in show_application(store, added.short_id).cards] == [1, 2]
    with store.transaction() as session:
        kept = cards.latest(session, applications.find(session, added.short_id))
        assert kept is not None and kept.resume_version is not None
        assert json.loads(kept.content)["company"] == "Example Co"


def test_prepare_needs_a_resume_in_the_profile(store: Store, posting_file: Path) -> None:
    add_application(store, str(posting_file))
    with pytest.raises(AfterwordError, match="no resume yet; set it with: afterword profile set RESUME"):
        prepare_card(store, "example")
    assert show_application(store, "example").cards == ()


def test_stored_research_notes_shape_the_questions(store: Store, resume_file: Path, posting_file: Path,
                                                    tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("- Example Co launched Tracktor, a fleet tracking app, in May.\n", encoding="utf-8")
    set_profile(store, str(resume_file))
    add_application(store, str(posting_file), research=[str(notes)])
    card = prepare_card(store, "example").card
    assert any(question.source is not None for question in card.questions)
    assert not any(warning.startswith("No research notes given") for warning in card.warnings)

"""Adding, finding, editing and moving applications through the service layer, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.errors import AfterwordError
from afterword.services.applications import (
    add_application,
    change_stage,
    edit_application,
    list_applications,
    show_application,
)
from afterword.store.session import Store


def test_add_reads_company_and_role_from_the_posting(store: Store, posting_file: Path) -> None:
    added = add_application(store, str(posting_file))
    assert (added.company, added.role, added.stage) == ("Example Co", "Backend Engineer", "saved")
    assert len(added.as_json()["id"]) == 36 and added.short_id == added.id.hex[:8]
    detail = show_application(store, added.short_id)
    assert "5+ years of experience with Python" in detail.posting_text
    assert [(change.from_stage, change.to_stage) for change in detail.history] == [(None, "saved")]


def test_given_company_and_role_win(store: Store, posting_file: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("Example Co raised a Series B in May.\n", encoding="utf-8")
    added = add_application(store, str(posting_file), company="Example Corporation", role="Platform Engineer",
                            url="https://example.com/jobs/7", research=[str(notes)])
    detail = show_application(store, "example corp")
    assert (detail.summary.company, detail.summary.role) == ("Example Corporation", "Platform Engineer")
    assert detail.summary.source_url == "https://example.com/jobs/7"
    assert detail.research_notes == "Example Co raised a Series B in May."
    assert detail.summary.id == added.id and added.same_role == ()
    again = add_application(store, str(posting_file), company="EXAMPLE  corporation", role="platform engineer")
    assert [summary.id for summary in again.same_role] == [added.id]


def test_a_posting_without_names_needs_the_options(store: Store, nameless_posting: Path) -> None:
    with pytest.raises(AfterwordError, match="does not clearly name the company or the role; give them with "
                                             "--company and --role"):
        add_application(store, str(nameless_posting))
    with pytest.raises(AfterwordError, match="name the company; give it with --company$"):
        add_application(store, str(nameless_posting), role="Site Reliability Engineer")
    assert list_applications(store) == []  # nothing half-added
    added = add_application(store, str(nameless_posting), company="Initech", role="Site Reliability Engineer")
    assert added.company == "Initech"


def test_find_by_short_id_company_start_and_ambiguity(store: Store, posting_file: Path) -> None:
    first = add_application(store, str(posting_file), company="Globex", role="Analyst")
    second = add_application(store, str(posting_file), company="Globe Telecom", role="Engineer")
    add_application(store, str(posting_file), company="Initech", role="Engineer")
    assert show_application(store, first.short_id).summary.id == first.id
    assert show_application(store, str(second.id)).summary.id == second.id
    assert show_application(store, "init").summary.company == "Initech"
    assert show_application(store, "GLOBEX").summary.id == first.id
    with pytest.raises(AfterwordError, match="'glob' matches 2 applications: .*Globe Telecom.*Globex.*short id"):
        show_application(store, "glob")
    with pytest.raises(AfterwordError, match="no application matches 'umbrella'"):
        show_application(store, "umbrella")
    add_application(store, str(posting_file), company="A_B 100% Ltd", role="Engineer")
    assert show_application(store, "a_b 100%").summary.company == "A_B 100% Ltd"
    with pytest.raises(AfterwordError, match="no application matches 'g_ob'"):  # _ and % are not wildcards
        show_application(store, "g_ob")


def test_stage_history_is_recorded_with_notes(store: Store, posting_file: Path) -> None:
    added = add_application(store, str(posting_file))
    moved = change_stage(store, added.short_id, "Applied", note="through the careers page")
    assert moved.change is not None and moved.application.stage == "applied"
    assert change_stage(store, added.short_id, "applied").change is None  # already there: no new history
    change_stage(store, added.short_id, "screening")
    history = show_application(store, added.short_id).history
    assert [(c.from_stage, c.to_stage, c.note) for c in history] == [
        (None, "saved", None), ("saved", "applied", "through the careers page"), ("applied", "screening", None)]
    assert [a.stage for a in list_applications(store, stage="screening")] == ["screening"]
    assert list_applications(store, stage="offer") == []
    with pytest.raises(AfterwordError, match="'hired' is not a stage; give one of saved, applied, screening, "
                                             "interviewing, offer, accepted, rejected, withdrawn, no-response"):
        change_stage(store, added.short_id, "hired")


def test_edit_changes_only_what_is_given(store: Store, posting_file: Path, tmp_path: Path) -> None:
    added = add_application(store, str(posting_file))
    notes = tmp_path / "notes.md"
    notes.write_text("They ship weekly.\n", encoding="utf-8")
    edited = edit_application(store, added.short_id, role="Senior Backend Engineer", research=[str(notes)])
    assert (edited.company, edited.role) == ("Example Co", "Senior Backend Engineer")
    assert show_application(store, added.short_id).research_notes == "They ship weekly."
    moved = edit_application(store, added.short_id, company="Example Holdings")
    assert moved.company == "Example Holdings"
    with pytest.raises(AfterwordError, match="nothing to change"):
        edit_application(store, added.short_id)

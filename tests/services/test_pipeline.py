"""`board` and `today` from the service layer: groups, counts, caps, next actions, what is due, the nudge."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from afterword.services.applications import add_application, change_stage
from afterword.services.clock import now_utc
from afterword.services.interviews import add_interview
from afterword.services.pipeline import board, today
from afterword.store import applications, tasks
from afterword.store.session import Store


def _add(store: Store, posting: Path, company: str, stage: str = "saved") -> str:
    added = add_application(store, str(posting), company=company, role="Engineer")
    if stage != "saved":
        change_stage(store, added.short_id, stage)
    return added.short_id


def _interview_in(store: Store, ref: str, delta: timedelta) -> None:
    start = (now_utc() + delta).replace(second=0, microsecond=0)
    add_interview(store, ref, at=start.strftime("%Y-%m-%d %H:%M"), time_zone="UTC")


def test_board_groups_in_pipeline_order_counts_and_caps(store: Store, posting_file: Path) -> None:
    for number in range(12):
        _add(store, posting_file, f"Saved Co {number:02}")
    _add(store, posting_file, "Offer Co", "offer")
    _add(store, posting_file, "Applied Co", "applied")
    result = board(store)
    assert [(group.stage, group.count, len(group.rows), group.more) for group in result.groups] == [
        ("saved", 12, 10, 2), ("applied", 1, 1, 0), ("offer", 1, 1, 0)]
    assert result.total == 14
    saved = result.groups[0].rows[0]
    assert (saved.application.company, saved.days_in_stage, saved.next_action) == ("Saved Co 00", 0, "apply")
    assert result.groups[1].rows[0].next_action.startswith("wait; follow up after 5 business days (")
    assert result.groups[2].rows[0].next_action == "decide on the offer"


def test_next_actions_follow_the_state(store: Store, posting_file: Path) -> None:
    waiting = _add(store, posting_file, "Waiting Co", "applied")
    later = now_utc() + timedelta(days=10)
    row = board(store, now=later).groups[0].rows[0]
    assert row.days_in_stage == 10
    assert row.next_action.startswith("follow up: no news since ")
    _interview_in(store, waiting, timedelta(days=2))
    action = board(store).groups[0].rows[0].next_action
    assert action.startswith("prepare the card: interview ") and action.endswith(" UTC")
    assert board(store).groups[0].rows[0].next_action == action


def test_today_nudges_only_when_every_active_application_waits(store: Store, posting_file: Path) -> None:
    assert today(store).nudge is None  # nothing active: nothing to say
    first = _add(store, posting_file, "Alpha", "applied")
    _add(store, posting_file, "Beta", "screening")
    assert today(store).nudge == "All 2 active applications are waiting on employers: line up more prospects"
    saved = _add(store, posting_file, "Gamma")
    assert today(store).nudge is None  # one still to apply to
    change_stage(store, saved, "rejected")
    assert today(store).nudge == "All 2 active applications are waiting on employers: line up more prospects"
    _interview_in(store, first, timedelta(days=5))
    assert today(store).nudge is None  # an interview to prepare for


def test_today_lists_interviews_cards_to_prepare_and_tasks(store: Store, posting_file: Path) -> None:
    soon = _add(store, posting_file, "Soon Co", "interviewing")
    later = _add(store, posting_file, "Later Co", "screening")
    far = _add(store, posting_file, "Far Co", "screening")
    _interview_in(store, soon, timedelta(days=1))
    _interview_in(store, later, timedelta(days=5))
    _interview_in(store, far, timedelta(days=9))
    with store.transaction() as session:
        tasks.add(session, title="Send the thank-you note", due_on=date.today() - timedelta(days=1),
                  application=applications.find(session, soon))
        tasks.add(session, title="Renew the certificate", due_on=date.today() + timedelta(days=30))
    result = today(store)
    assert result.interview_count == 2 and result.card_count == 1 and result.task_count == 1
    assert [item.application.company for item in result.interviews] == ["Soon Co", "Later Co"]
    assert [item.application.company for item in result.cards_to_prepare] == ["Soon Co"]
    assert [(task.title, task.application.company if task.application else None) for task in result.tasks] == [
        ("Send the thank-you note", "Soon Co")]
    assert result.active == 3 and result.nudge is None


def test_today_shows_the_first_rows_with_counts(store: Store, posting_file: Path) -> None:
    for number in range(4):
        _interview_in(store, _add(store, posting_file, f"Busy Co {number}", "interviewing"), timedelta(days=1))
    result = today(store, rows=3)
    assert (len(result.interviews), result.interview_count) == (3, 4)
    assert (len(result.cards_to_prepare), result.card_count) == (3, 4)

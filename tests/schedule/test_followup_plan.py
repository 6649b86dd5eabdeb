"""The follow-up plan: thank-you, weekly momentum while waiting, two check-ins and a prompt to move on."""

from __future__ import annotations

import datetime as dt

import pytest

from afterword.schedule import FollowUpPlan, build_followup_plan

INTERVIEW = dt.date(2026, 12, 2)  # a Wednesday
DECISION = dt.date(2026, 12, 23)  # the Wednesday before Christmas


def _due(plan: FollowUpPlan, kind: str) -> list[dt.date]:
    return [step.due for step in plan.steps if step.kind == kind]


def test_plan_in_gb_steps_over_christmas_boxing_day_and_new_year() -> None:
    plan = build_followup_plan(INTERVIEW, DECISION, "GB")
    assert [step.kind for step in plan.steps] == [
        "thank-you", "keep-momentum", "keep-momentum", "check-in", "second-check-in", "move-on"]
    assert _due(plan, "thank-you") == [INTERVIEW]
    assert _due(plan, "keep-momentum") == [dt.date(2026, 12, 9), dt.date(2026, 12, 16)]
    assert _due(plan, "check-in") == [dt.date(2026, 12, 29)]  # Thu 24, then Tue 29 after the bank holidays
    assert _due(plan, "second-check-in") == [dt.date(2027, 1, 6)]  # five business days, 1 January skipped
    assert _due(plan, "move-on") == [dt.date(2027, 1, 13)]
    assert not plan.decision_assumed


def test_the_same_decision_date_in_the_us_checks_in_a_day_earlier() -> None:
    plan = build_followup_plan(INTERVIEW, DECISION, "US")
    assert _due(plan, "check-in") == [dt.date(2026, 12, 28)]  # no Boxing Day in the US


def test_steps_come_in_date_order_with_plain_wording() -> None:
    plan = build_followup_plan(INTERVIEW, DECISION, "GB")
    dues = [step.due for step in plan.steps]
    assert dues == sorted(dues)
    assert len({step.title for step in plan.steps if step.kind == "keep-momentum"}) == 2  # advance one, add one
    check_in = next(step for step in plan.steps if step.kind == "check-in")
    assert "Wednesday 23 December" in check_in.description


def test_momentum_nudge_on_a_holiday_moves_to_the_next_business_day() -> None:
    plan = build_followup_plan(dt.date(2026, 11, 19), dt.date(2026, 12, 10), "US")
    assert _due(plan, "keep-momentum") == [dt.date(2026, 11, 27), dt.date(2026, 12, 3)]  # not Thanksgiving


def test_a_decision_the_same_day_leaves_no_time_for_momentum() -> None:
    plan = build_followup_plan(INTERVIEW, INTERVIEW, "US")
    assert _due(plan, "keep-momentum") == []
    assert _due(plan, "check-in") == [dt.date(2026, 12, 4)]


def test_without_a_decision_date_the_plan_assumes_one_and_says_so() -> None:
    plan = build_followup_plan(dt.date(2026, 11, 18), None, "US")
    assert plan.decision_assumed
    # ten business days after the interview, Thanksgiving skipped
    assert _due(plan, "check-in") == [dt.date(2026, 12, 3)]
    thank_you = plan.steps[0]
    assert thank_you.kind == "thank-you"
    assert "when do you expect to make a decision" in thank_you.description.lower()
    check_in = next(step for step in plan.steps if step.kind == "check-in")
    assert "no decision date" in check_in.description


def test_a_decision_before_the_interview_is_refused() -> None:
    with pytest.raises(ValueError, match="before the interview"):
        build_followup_plan(INTERVIEW, dt.date(2026, 11, 30), "US")

"""When each letter should go: the thank-you the day of the interview, check-ins on the follow-up plan's days
(schedule.build_followup_plan: two business days after the decision date, then a working week later), replies
within a business day, the next-round notes before that round."""

from __future__ import annotations

import datetime as dt

from afterword.schedule.business_days import add_business_days, holiday_calendar
from afterword.schedule.decision_phrases import decision_date as read_decision
from afterword.schedule.followup_plan import (
    CHECK_IN_AFTER_DECISION,
    DEFAULT_CHECK_IN_AFTER_INTERVIEW,
    SECOND_CHECK_IN_AFTER_FIRST,
    build_followup_plan,
)
from afterword.writer.model import SendBy

SAME_DAY = "within a few hours — no later than tomorrow morning"
FEW_HOURS = dt.timedelta(hours=4)


def spoken_day(day: dt.date) -> str:
    """"Friday 13 March"."""
    return f"{day:%A} {day.day} {day:%B}"


def day_of(moment: dt.date | dt.datetime) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def thank_you(interview: dt.date | dt.datetime, today: dt.date) -> SendBy:
    """The day of the interview, within a few hours of it; when it is past, as soon as possible."""
    day = day_of(interview)
    due: dt.date | dt.datetime = interview + FEW_HOURS if isinstance(interview, dt.datetime) else day
    if day > today:
        return SendBy(due, f"after the interview on {spoken_day(day)}: the same day, within a few hours — no later "
                           "than the next morning")
    if day == today:
        return SendBy(due, f"today, {SAME_DAY}")
    if day == today - dt.timedelta(days=1):
        return SendBy(due, "this morning: the interview was yesterday, and a thank-you sent now still lands well")
    return SendBy(due, f"today: the interview was on {spoken_day(day)}, so send it as soon as you can")


def decision_day(interview: dt.date | dt.datetime, decision: dt.date | None, phrase: str, country: str,
                 subdivision: str | None) -> dt.date | None:
    """The decision date given, else the one the debrief's phrase names ("in two weeks"), else None."""
    if decision is not None:
        return day_of(decision)
    return read_decision(phrase, day_of(interview), country, subdivision) if phrase else None


def check_ins(interview: dt.date | dt.datetime, decision: dt.date | None, today: dt.date, country: str,
              subdivision: str | None) -> tuple[SendBy, SendBy]:
    """The first and second check-in, on the follow-up plan's days."""
    plan = build_followup_plan(day_of(interview), decision, country, subdivision)
    first = next(step.due for step in plan.steps if step.kind == "check-in")
    second = next(step.due for step in plan.steps if step.kind == "second-check-in")
    if plan.decision_assumed:
        why = (f"{DEFAULT_CHECK_IN_AFTER_INTERVIEW} business days after the interview, as they gave no decision "
               "date")
    else:
        why = f"{CHECK_IN_AFTER_DECISION} business days after the decision date they gave ({spoken_day(decision)})"
    return (_on(first, why, today),
            _on(second, f"{SECOND_CHECK_IN_AFTER_FIRST} business days after the first check-in, if there is still "
                        "no news", today))


def _on(day: dt.date, why: str, today: dt.date) -> SendBy:
    if day < today:
        return SendBy(day, f"now: it was due on {spoken_day(day)} ({why})")
    return SendBy(day, f"on {spoken_day(day)}: {why}")


def reply(today: dt.date, country: str, subdivision: str | None, what: str) -> SendBy:
    """A reply to their message: today, and by the next business day at the latest."""
    due = add_business_days(today, 1, holiday_calendar(country, subdivision))
    return SendBy(due, f"today or by {spoken_day(due)}: {what}")


def before_next_round(today: dt.date, next_step: str) -> SendBy:
    step = f" ({next_step})" if next_step else ""
    return SendBy(today, f"read it before the next round{step}, and again the morning of it")

"""The follow-up plan after an interview: what to do, and when, until there is an answer or it is time to move on.

The steps, in order:

- thank-you: the day of the interview.
- keep-momentum: once a week while waiting (interview day + 7, + 14, ... on the next business day when that is a
  weekend or holiday), for as long as it falls before the decision date: advance another application, or add one.
- check-in: two business days after the decision date.
- second-check-in: five business days (a working week) after the first check-in.
- move-on: five business days after the second check-in: time to mark the application and look elsewhere.

Without a decision date nothing was promised, so the plan assumes one: the check-in falls ten business days after
the interview, the plan says the date is assumed, and the thank-you step suggests asking for the timeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from afterword.schedule.business_days import add_business_days, business_day_on_or_after, holiday_calendar
from afterword.schedule.errors import ScheduleError

StepKind = Literal["thank-you", "keep-momentum", "check-in", "second-check-in", "move-on"]

DEFAULT_CHECK_IN_AFTER_INTERVIEW = 10  # business days, when no decision date was given
CHECK_IN_AFTER_DECISION = 2  # business days
SECOND_CHECK_IN_AFTER_FIRST = 5  # business days
MOVE_ON_AFTER_SECOND_CHECK_IN = 5  # business days
MOMENTUM_EVERY = dt.timedelta(weeks=1)


@dataclass(frozen=True)
class PlanStep:
    """One thing to do on one day."""

    kind: StepKind
    due: dt.date
    title: str
    description: str


@dataclass(frozen=True)
class FollowUpPlan:
    """The steps in date order, and the decision date they were built around (assumed when none was given)."""

    interview_on: dt.date
    decision_on: dt.date
    decision_assumed: bool
    steps: tuple[PlanStep, ...]


def build_followup_plan(interview_on: dt.date, decision_on: dt.date | None, country: str = "US",
                        subdivision: str | None = None) -> FollowUpPlan:
    """The follow-up plan for an interview on ``interview_on`` with an answer expected by ``decision_on`` (None
    when they gave no date). Business days follow the public holidays of ``country`` and ``subdivision``.

    Raises ScheduleError (a ValueError) when the decision date is before the interview, and UnknownRegionError
    when the country or subdivision is unknown."""
    calendar = holiday_calendar(country, subdivision)
    assumed = decision_on is None
    if decision_on is None:
        decision_on = add_business_days(
            interview_on, DEFAULT_CHECK_IN_AFTER_INTERVIEW - CHECK_IN_AFTER_DECISION, calendar)
    elif decision_on < interview_on:
        raise ScheduleError(f"The decision date {decision_on.isoformat()} is before the interview on "
                            f"{interview_on.isoformat()}: check both dates.")

    check_in = add_business_days(decision_on, CHECK_IN_AFTER_DECISION, calendar)
    second_check_in = add_business_days(check_in, SECOND_CHECK_IN_AFTER_FIRST, calendar)
    move_on = add_business_days(second_check_in, MOVE_ON_AFTER_SECOND_CHECK_IN, calendar)

    steps = [_thank_you(interview_on, assumed)]
    week = 1
    while (due := business_day_on_or_after(interview_on + MOMENTUM_EVERY * week, calendar)) < decision_on:
        steps.append(_keep_momentum(due, week))
        week += 1
    steps += [_check_in(check_in, decision_on, assumed), _second_check_in(second_check_in), _move_on(move_on)]
    return FollowUpPlan(interview_on, decision_on, assumed, tuple(steps))


def _spoken_day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


def _thank_you(due: dt.date, assumed: bool) -> PlanStep:
    description = ("Thank the people you met while the conversation is fresh. Mention one thing you talked "
                   "about and why it makes you keen on the role. Keep it short.")
    if assumed:
        description += (" They didn't say when they'll decide, so ask in the same note: \"When do you expect to "
                        "make a decision?\"")
    return PlanStep("thank-you", due, "Send your thank-you note", description)


def _keep_momentum(due: dt.date, week: int) -> PlanStep:
    if week % 2:
        return PlanStep("keep-momentum", due, "Move another application forward",
                        "While you wait, push one other application a step further: send it, follow it up, or "
                        "reach out to someone there. Waiting is easier when this isn't your only door.")
    return PlanStep("keep-momentum", due, "Add a new application",
                    "Find one new role worth applying for and add it, so your search keeps moving whatever "
                    "this company decides.")


def _check_in(due: dt.date, decision_on: dt.date, assumed: bool) -> PlanStep:
    if assumed:
        description = (f"They gave no decision date, so this check-in is set {DEFAULT_CHECK_IN_AFTER_INTERVIEW} "
                       "business days after the interview. Send a short, friendly note asking how things are "
                       "going and when they expect to decide.")
    else:
        description = (f"They expected to decide by {_spoken_day(decision_on)}. Send a short, friendly note "
                       "asking whether there's any news, and say in one sentence that you're still keen.")
    return PlanStep("check-in", due, "Check in on your application", description)


def _second_check_in(due: dt.date) -> PlanStep:
    return PlanStep("second-check-in", due, "Check in once more",
                    "No reply yet? One more brief, polite note is fine. Two or three sentences, and no need to "
                    "apologise for asking.")


def _move_on(due: dt.date) -> PlanStep:
    return PlanStep("move-on", due, "Time to move on",
                    "Two check-ins without an answer usually means they've gone another way or stalled. Mark the "
                    "application as closed (you can reopen it if they write back) and put your energy where "
                    "it's returned.")

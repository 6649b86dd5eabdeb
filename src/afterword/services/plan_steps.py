"""The follow-up plan's steps as `today` and `plan` need them: computed from the interview's day and the decision
date with the schedule engine, or read from the cache a finished debrief keeps (store ``debrief.plan``).

The cache is only a shortcut: it holds the steps with the inputs they came from (interview day, decision date,
country, subdivision), and any other inputs compute the plan again. `today` reads it so that a cold command does
not load the holiday calendars (about 0.15 s). No SQLAlchemy or pydantic here: the fast read path uses this module.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from afterword.schedule.followup_plan import FollowUpPlan

Region = tuple[str, str | None]  # (country, subdivision)
STEP_ORDER = ("thank-you", "keep-momentum", "check-in", "second-check-in", "move-on")


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a plan: what kind, when, and its title."""

    kind: str
    due_on: date
    title: str


@dataclass(frozen=True, slots=True)
class PlanFact:
    """What an application's plan is computed from: its latest interview (debriefed) and the decision date."""

    application_id: uuid.UUID
    starts_at: datetime
    time_zone: str
    decision_date: date | None
    cached: str | None
    debrief_updated_at: datetime
    interview_updated_at: datetime
    debrief_id: uuid.UUID

    @property
    def interview_on(self) -> date:
        """The interview's day on its own clock: the day the decision phrase was said."""
        return self.starts_at.astimezone(ZoneInfo(self.time_zone)).date()


def plan_key(interview_on: date, decision_on: date | None, region: Region) -> str:
    """The inputs of a plan, as the cache names them."""
    country, subdivision = region
    return f"{interview_on.isoformat()}|{decision_on.isoformat() if decision_on else ''}|{country}|{subdivision or ''}"


def region_problem(error: Exception) -> Exception:
    """An unknown country or subdivision as one line naming the settings that fix it."""
    from afterword.errors import AfterwordError

    message = str(error).rstrip(".")
    return AfterwordError(f"{message[:1].lower()}{message[1:]}; fix AFTERWORD_COUNTRY or AFTERWORD_SUBDIVISION (or "
                          "'country' and 'subdivision' in the settings file)")


def build_plan(interview_on: date, decision_on: date | None, region: Region) -> FollowUpPlan:
    """The schedule engine's plan (loads the holiday calendars)."""
    from afterword.schedule import build_followup_plan
    from afterword.schedule.errors import UnknownRegionError

    try:
        return build_followup_plan(interview_on, decision_on, region[0], region[1])
    except UnknownRegionError as error:
        raise region_problem(error) from None


def cache_text(plan: FollowUpPlan, region: Region) -> str:
    """The plan's steps and inputs as the debrief's cache keeps them."""
    key = plan_key(plan.interview_on, None if plan.decision_assumed else plan.decision_on, region)
    return json.dumps({"key": key, "steps": [[step.kind, step.due.isoformat(), step.title] for step in plan.steps]},
                      ensure_ascii=False)


def cached_steps(text: str | None, key: str) -> list[Step] | None:
    """The steps cached in ``text`` when they were computed from the inputs ``key`` names; None otherwise."""
    if not text:
        return None
    try:
        cache = json.loads(text)
        if cache.get("key") != key:
            return None
        return [Step(kind, date.fromisoformat(due), title) for kind, due, title in cache["steps"]]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # a cache this version cannot read: compute


def steps_for(fact: PlanFact, region: Region) -> list[Step] | None:
    """The steps of ``fact``'s plan, from the cache when it fits; None when the dates cannot make a plan (a
    decision date before the interview, from an edited import)."""
    from afterword.schedule.errors import ScheduleError

    interview_on = fact.interview_on
    steps = cached_steps(fact.cached, plan_key(interview_on, fact.decision_date, region))
    if steps is not None:
        return steps
    try:
        plan = build_plan(interview_on, fact.decision_date, region)
    except ScheduleError:
        return None
    return [Step(step.kind, step.due, step.title) for step in plan.steps]


def current(steps: Sequence[Any], day: date, due: Callable[[Any], date]) -> list[Any]:
    """The steps to do now: those of the latest day on or before ``day`` that has steps (each step supersedes the
    ones before it, so only the latest is due or overdue)."""
    past = [due(step) for step in steps if due(step) <= day]
    if not past:
        return []
    latest = max(past)
    return [step for step in steps if due(step) == latest]


def status(due_on: date, is_current: bool, day: date) -> str:
    """"due today", "overdue", "past" (a step the later ones replace) or "coming"."""
    if is_current:
        return "due today" if due_on == day else "overdue"
    return "past" if due_on < day else "coming"


def due_steps(facts: Iterable[PlanFact], region: Region, day: date) -> list[tuple[uuid.UUID, Step]]:
    """(application id, step) of every plan step due on ``day`` or overdue, the oldest first."""
    found: dict[uuid.UUID, tuple[tuple[datetime, str], list[Step]]] = {}
    for fact in facts:
        steps = steps_for(fact, region)
        if steps is None:
            continue
        rank = (fact.starts_at, fact.debrief_id.hex)  # two debriefed interviews at one time: the later id wins
        if fact.application_id not in found or found[fact.application_id][0] < rank:
            found[fact.application_id] = (rank, current(steps, day, lambda step: step.due_on))
    due = [(application_id, step) for application_id, (_rank, steps) in found.items() for step in steps]
    return sorted(due, key=lambda item: (item[1].due_on, item[0].hex, STEP_ORDER.index(item[1].kind)
                                         if item[1].kind in STEP_ORDER else len(STEP_ORDER)))

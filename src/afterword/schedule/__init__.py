"""Schedule: decision-date phrases into dates, business days, the follow-up plan and its iCalendar file.

A pure library (no database, no terminal). Importing the package is cheap: each name below is loaded from its
module on first use, and dateparser only when a phrase holds a plain date.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from afterword.schedule.business_days import (
        add_business_days,
        holiday_calendar,
        is_business_day,
        next_business_day,
        previous_business_day,
    )
    from afterword.schedule.calendar_file import (
        CalendarPlan,
        PlanContext,
        plan_to_icalendar,
        plans_to_icalendar,
        step_uid,
    )
    from afterword.schedule.decision_phrases import decision_date
    from afterword.schedule.errors import ScheduleError, UnknownRegionError, UnknownTimeZoneError
    from afterword.schedule.followup_plan import FollowUpPlan, PlanStep, build_followup_plan

_HOMES = {
    "decision_date": "decision_phrases",
    "holiday_calendar": "business_days",
    "is_business_day": "business_days",
    "add_business_days": "business_days",
    "next_business_day": "business_days",
    "previous_business_day": "business_days",
    "build_followup_plan": "followup_plan",
    "FollowUpPlan": "followup_plan",
    "PlanStep": "followup_plan",
    "plan_to_icalendar": "calendar_file",
    "plans_to_icalendar": "calendar_file",
    "CalendarPlan": "calendar_file",
    "PlanContext": "calendar_file",
    "step_uid": "calendar_file",
    "ScheduleError": "errors",
    "UnknownRegionError": "errors",
    "UnknownTimeZoneError": "errors",
}
__all__ = [
    "CalendarPlan", "FollowUpPlan", "PlanContext", "PlanStep", "ScheduleError", "UnknownRegionError",
    "UnknownTimeZoneError", "add_business_days", "build_followup_plan", "decision_date", "holiday_calendar",
    "is_business_day", "next_business_day", "plan_to_icalendar", "plans_to_icalendar", "previous_business_day",
    "step_uid",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

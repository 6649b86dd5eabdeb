"""The follow-up plan page: the plan of services/plans.py when the application has a finished debrief, else what
is missing before there can be one (an interview, or its debrief), so the page can say what to do next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from afterword.services.plans import ApplicationPlan, plan_for
from afterword.services.views import ApplicationSummary, summary_of
from afterword.store import applications, debriefs
from afterword.store.session import Store


@dataclass(frozen=True, slots=True)
class PlanPage:
    """``plan`` is None until an interview has a finished debrief; ``interviews`` counts the application's
    interviews and ``draft`` is the number of an interview whose debrief is still a draft (None when none is)."""

    application: ApplicationSummary
    plan: ApplicationPlan | None
    interviews: int
    draft: int | None


def plan_page(store: Store, ref: str, *, now: datetime | None = None) -> PlanPage:
    """What the plan page of the application ``ref`` names shows."""
    with store.reading() as session:
        application = applications.find(session, ref)
        ordered = debriefs.numbered(application.interviews)
        finished = any(interview.debrief is not None and not interview.debrief.draft for interview in ordered)
        draft = next((number for number, interview in enumerate(ordered, 1)
                      if interview.debrief is not None and interview.debrief.draft), None)
        summary = summary_of(application)
    plan = plan_for(store, ref, now=now) if finished else None
    return PlanPage(summary, plan, len(ordered), draft)

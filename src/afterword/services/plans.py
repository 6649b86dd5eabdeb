"""Follow-up plans: what to do after an interview, and when (`afterword plan APP`), and every waiting
application's plan as one iCalendar file (`afterword calendar export`).

A plan is computed, not stored: from the application's latest debriefed interview (its day on its own clock), the
decision date of that debrief and the settings' country and subdivision (business days skip their holidays).

The CLI imports this module only inside its commands: it brings in SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from afterword.errors import AfterwordError
from afterword.services.clock import local_date, local_zone_name, now_utc
from afterword.services.pipeline import WAITING_STAGES
from afterword.services.plan_steps import PlanFact, build_plan, current, status
from afterword.services.views import ApplicationSummary, InterviewView, interview_of, summary_of
from afterword.store import applications, debriefs
from afterword.store.ids import short_id
from afterword.store.session import Store
from afterword.store.tables import Application

SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)  # SEQUENCE counts seconds from here (fits 32 bits until 2094)


@dataclass(frozen=True, slots=True)
class PlanStepView:
    kind: str
    due_on: date
    title: str
    description: str
    status: str  # "due today", "overdue", "past" (later steps replace it) or "coming"

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "due_on": self.due_on.isoformat(), "title": self.title,
                "description": self.description, "status": self.status}


@dataclass(frozen=True, slots=True)
class ApplicationPlan:
    """An application's follow-up plan on ``day``, from its interview ``number``'s debrief."""

    application: ApplicationSummary
    interview: InterviewView
    number: int
    decision: str  # the phrase as noted ("" when none)
    decision_date: date | None  # as kept with the debrief
    decision_on: date  # the date the plan counts from: decision_date, or assumed
    decision_assumed: bool
    steps: tuple[PlanStepView, ...]
    day: date
    later_interview: InterviewView | None  # an interview after the debriefed one: the plan waits on it
    waiting: bool  # the application waits on the employer (applied, screening, interviewing)

    def as_json(self) -> dict[str, Any]:
        return {"application": self.application.as_json(), "interview": self.number,
                "interview_id": str(self.interview.id), "round": self.interview.round,
                "interview_starts_at": self.interview.starts_at.isoformat(), "decision": self.decision or None,
                "decision_date": self.decision_date.isoformat() if self.decision_date else None,
                "decision_on": self.decision_on.isoformat(), "decision_assumed": self.decision_assumed,
                "day": self.day.isoformat(), "waiting": self.waiting,
                "later_interview": self.later_interview.as_json() if self.later_interview else None,
                "steps": [step.as_json() for step in self.steps]}


def _region(store: Store) -> tuple[str, str | None]:
    return store.settings.country, store.settings.subdivision


def _no_plan(application: Application) -> AfterwordError:
    ref = short_id(application.id)
    if not application.interviews:
        return AfterwordError(f"{ref} has no interview yet, so no follow-up plan; add one with: afterword interview "
                              f"add {ref} --at \"YYYY-MM-DD HH:MM\", then debrief it with: afterword debrief {ref}")
    return AfterwordError(f"{ref} has no finished debrief yet, so no follow-up plan; after the interview run: "
                          f"afterword debrief {ref}")


def plan_for(store: Store, ref: str, *, now: datetime | None = None) -> ApplicationPlan:
    """The follow-up plan of the application ``ref`` names, from its latest interview with a finished debrief,
    each step marked for today (due today, overdue, past or coming)."""
    day = local_date(now or now_utc())
    with store.transaction() as session:
        application = applications.find(session, ref)
        ordered = debriefs.numbered(application.interviews)
        done = [(number, interview) for number, interview in enumerate(ordered, 1)
                if interview.debrief is not None and not interview.debrief.draft]
        if not done:
            raise _no_plan(application)
        number, interview = done[-1]
        view = interview_of(interview)
        debrief = interview.debrief
        assert debrief is not None
        plan = build_plan(view.starts_at.date(), debrief.decision_date, _region(store))
        now_steps = set(current(plan.steps, day, lambda step: step.due))
        later = ordered[number:]
        return ApplicationPlan(
            application=summary_of(application), interview=view, number=number, decision=debrief.decision or "",
            decision_date=debrief.decision_date, decision_on=plan.decision_on,
            decision_assumed=plan.decision_assumed, day=day,
            steps=tuple(PlanStepView(step.kind, step.due, step.title, step.description,
                                     status(step.due, step in now_steps, day)) for step in plan.steps),
            later_interview=interview_of(later[0]) if later else None,
            waiting=application.stage in WAITING_STAGES)


def _sequence(fact: PlanFact) -> tuple[int, datetime]:
    """The SEQUENCE of an application's events and their DTSTAMP: from when its plan's inputs last changed (the
    debrief or the interview), so a plan that changed is a newer version and one that did not is the same bytes."""
    changed = max(fact.debrief_updated_at, fact.interview_updated_at)
    return max(0, int((changed - SEQUENCE_EPOCH).total_seconds())), changed


def calendar_export(store: Store) -> bytes:
    """Every plan of an application waiting on an employer, as one iCalendar file: events at 09:00 in this
    machine's time zone, UIDs from the application id and the step (the same in every export, so importing the
    file again updates the events), SEQUENCE growing when a plan changes."""
    from afterword.schedule import CalendarPlan, PlanContext, plans_to_icalendar

    zone = local_zone_name()
    with store.transaction() as session:
        facts = [PlanFact(*row) for row in debriefs.plan_facts(session, stages=WAITING_STAGES)]
        plans = []
        for fact in facts:
            application = session.get(Application, fact.application_id)
            assert application is not None
            plan = build_plan(fact.interview_on, fact.decision_date, _region(store))
            sequence, stamp = _sequence(fact)
            context = PlanContext(str(application.id), application.company.name, application.role, zone)
            plans.append((application.company.name.casefold(), application.role.casefold(), str(application.id),
                          CalendarPlan(plan.steps, context, sequence=sequence, stamp=stamp)))
    if not plans:
        raise AfterwordError("no follow-up plans yet: a plan comes from the debrief of an application waiting on an "
                             "employer (applied, screening, interviewing); write one with: afterword debrief APP")
    return plans_to_icalendar([plan for *_order, plan in sorted(plans, key=lambda item: item[:3])],
                              stamp=max(plan.stamp for *_order, plan in plans if plan.stamp))

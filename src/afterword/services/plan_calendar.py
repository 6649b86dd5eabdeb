"""Whether there is anything to put in a calendar yet: how many applications have a follow-up plan that
``plans.calendar_export`` would write (so a page can offer the .ics, or say how to get a plan first)."""

from __future__ import annotations

from afterword.services.pipeline import WAITING_STAGES
from afterword.store import debriefs
from afterword.store.session import Store


def plans_in_calendar(store: Store) -> int:
    """The number of applications waiting on an employer whose latest interview has a finished debrief."""
    with store.reading() as session:
        return len(debriefs.plan_facts(session, stages=WAITING_STAGES))

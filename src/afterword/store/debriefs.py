"""Debriefs: one per interview, kept as the debrief's JSON with a few of its values copied out; a draft until the
interactive questions are finished. Interviews are numbered per application from 1, oldest first."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from afterword.store import contacts
from afterword.store.tables import Application, Contact, Debrief, Interview


def numbered(interviews: Sequence[Interview]) -> list[Interview]:
    """An application's interviews in the order they are numbered (1 = the first): by start, then round."""
    return sorted(interviews, key=lambda interview: (interview.starts_at, interview.round, interview.id.hex))


def of_interview(session: Session, interview: Interview) -> Debrief | None:
    return session.scalar(select(Debrief).where(Debrief.interview_id == interview.id))


def save(session: Session, *, interview: Interview, content: str, values: dict[str, Any]) -> Debrief:
    """Keep ``content`` (the debrief's JSON) as the interview's debrief, replacing the one there; ``values`` are
    the other columns (went, confidence, decision, decision_date, next_step, draft, draft_progress, plan). A save
    that changes nothing leaves the row, and its updated_at, as they were."""
    debrief = of_interview(session, interview)
    if debrief is None:
        debrief = Debrief(interview=interview, content=content, **values)
        session.add(debrief)
    else:
        debrief.content = content
        for name, value in values.items():
            setattr(debrief, name, value)
    session.flush()
    return debrief


def link_interviewer(session: Session, interview: Interview, *, name: str, title: str | None, email: str | None,
                     phone: str | None) -> Contact:
    """The interviewer ``name`` as a contact at the interview's company (added when new, empty fields filled),
    linked to the interview."""
    contact = contacts.get_or_create(session, name=name, company=interview.application.company, title=title,
                                     email=email, phone=phone, source="debrief")
    if contact not in interview.interviewers:
        interview.interviewers.append(contact)
    session.flush()
    return contact


def plan_facts(session: Session, *, stages: Sequence[str]) -> list[tuple[Any, ...]]:
    """For each application at ``stages`` whose latest interview has a finished debrief: (application id, the
    interview's start, its time zone, the decision date, the cached plan, the debrief's and the interview's
    updated_at, the debrief's id). The SQL is fast_queries.plan_facts'."""
    later = aliased(Interview)
    newer = exists().where(and_(later.application_id == Interview.application_id,
                                later.starts_at > Interview.starts_at))
    query = (select(Interview.application_id, Interview.starts_at, Interview.time_zone, Debrief.decision_date,
                    Debrief.plan, Debrief.updated_at, Interview.updated_at, Debrief.id)
             .join(Debrief, Debrief.interview_id == Interview.id)
             .join(Application, Application.id == Interview.application_id)
             .where(Debrief.draft.is_(False), Application.stage.in_(stages), ~newer))
    return [tuple(row) for row in session.execute(query)]


def cache_plans(session: Session, plans: Mapping[uuid.UUID, str | None]) -> None:
    """Keep each debrief's cached plan text (debrief id → text) without counting it as a change of the debrief:
    its updated_at stays."""
    table = Debrief.__table__
    for debrief_id, plan in plans.items():
        session.execute(table.update().where(table.c.id == debrief_id)
                        .values(plan=plan, updated_at=table.c.updated_at))

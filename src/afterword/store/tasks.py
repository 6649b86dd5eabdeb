"""Tasks: things to do, perhaps by a date, perhaps for an application."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store.tables import Application, Task
from afterword.store.types import utcnow


def add(session: Session, *, title: str, due_on: date | None = None, kind: str = "todo",
        application: Application | None = None) -> Task:
    clean = " ".join(title.split())
    if not clean:
        raise StoreError("a task needs a title; say what to do")
    task = Task(title=clean, due_on=due_on, kind=kind, application=application)
    session.add(task)
    session.flush()
    return task


def list_due(session: Session, on: date) -> Sequence[Task]:
    """The open tasks due on ``on`` or before (overdue first), then those without a date."""
    query = (select(Task).where(Task.done_at.is_(None), (Task.due_on <= on) | Task.due_on.is_(None))
             .order_by(Task.due_on.is_(None), Task.due_on, Task.created_at))
    return session.scalars(query).all()


def complete(session: Session, task: Task, at: datetime | None = None) -> Task:
    task.done_at = at or utcnow()
    session.flush()
    return task

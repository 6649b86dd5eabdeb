"""The thank-you letters `afterword today` lists: written, not sent, due today or in the last few days (a thank-you
goes the day of the interview, the next morning at the latest: after that it has missed its moment, so it stops
being listed), of applications still active. The ORM path reads them here; the fast path reads the same rows, the
first few and how many, with store/fast_queries.due_letters_first over due_window()."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from afterword.services.views import ApplicationSummary
from afterword.store.ids import short_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


THANK_YOU_DAYS = 3  # listed from its day until this many days after it


@dataclass(frozen=True, slots=True)
class DueLetter:
    id: uuid.UUID
    application: ApplicationSummary
    recipient: str  # the name, or "" for the hiring team
    due_on: date

    @property
    def short_id(self) -> str:
        return short_id(self.id)


def due_window(day: date) -> tuple[date, date]:
    """The last and first send_by days of the thank-yous listed on ``day``."""
    return day, day - timedelta(days=THANK_YOU_DAYS)


def due_rows(session: Session, day: date, stages: Sequence[str]) -> list[tuple[Any, ...]]:
    """(letter id, application id, recipient name, send_by) of the thank-yous to send on ``day``."""
    from sqlalchemy import select

    from afterword.store.tables import Application, Letter

    last, first = due_window(day)
    query = (select(Letter.id, Letter.application_id, Letter.recipient_name, Letter.send_by)
             .join(Application, Application.id == Letter.application_id)
             .where(Letter.sent_at.is_(None), Letter.kind == "thank-you", Letter.send_by <= last,
                    Letter.send_by >= first, Application.stage.in_(stages))
             .order_by(Letter.send_by, Letter.created_at, Letter.id))
    return [tuple(row) for row in session.execute(query)]


def due_letters(rows: Sequence[tuple[Any, ...]], limit: int, summary: Callable[[uuid.UUID], ApplicationSummary]
                ) -> tuple[tuple[DueLetter, ...], int]:
    """The first ``limit`` letters of ``rows``, and how many there are."""
    return tuple(DueLetter(letter, summary(owner), name or "", due) for letter, owner, name, due in rows[:limit]), \
        len(rows)

"""The thank-you letters `afterword today` lists: written, not sent, due today or in the last few days (a thank-you
goes the day of the interview, the next morning at the latest: after that it has missed its moment, so it stops
being listed), of applications still active. One query, on either read path."""

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

    from afterword.store.fast_read import FastReader

THANK_YOU_DAYS = 3  # listed from its day until this many days after it
_SQL = ("SELECT letter.id, letter.application_id, letter.recipient_name, letter.send_by \nFROM letter JOIN application "
        "ON application.id = letter.application_id \nWHERE letter.sent_at IS NULL AND letter.kind = ?s AND "
        "letter.send_by <= ?d AND letter.send_by >= ?d AND application.stage IN ({stages}) "
        "ORDER BY letter.send_by, letter.created_at, letter.id")


@dataclass(frozen=True, slots=True)
class DueLetter:
    id: uuid.UUID
    application: ApplicationSummary
    recipient: str  # the name, or "" for the hiring team
    due_on: date

    @property
    def short_id(self) -> str:
        return short_id(self.id)


def _window(day: date) -> tuple[date, date]:
    return day, day - timedelta(days=THANK_YOU_DAYS)


def due_rows(session: Session, day: date, stages: Sequence[str]) -> list[tuple[Any, ...]]:
    """(letter id, application id, recipient name, send_by) of the thank-yous to send on ``day``."""
    from sqlalchemy import select

    from afterword.store.tables import Application, Letter

    last, first = _window(day)
    query = (select(Letter.id, Letter.application_id, Letter.recipient_name, Letter.send_by)
             .join(Application, Application.id == Letter.application_id)
             .where(Letter.sent_at.is_(None), Letter.kind == "thank-you", Letter.send_by <= last,
                    Letter.send_by >= first, Application.stage.in_(stages))
             .order_by(Letter.send_by, Letter.created_at, Letter.id))
    return [tuple(row) for row in session.execute(query)]


def fast_due_rows(reader: FastReader, day: date, stages: Sequence[str]) -> list[tuple[Any, ...]]:
    """due_rows() on the fast read path."""
    last, first = _window(day)
    rows = reader.rows(_SQL.format(stages=", ".join(["?s"] * len(stages))),
                       ["thank-you", reader.date_param(last), reader.date_param(first), *stages])
    return [(reader.uuid(letter), reader.uuid(owner), name, reader.date(due)) for letter, owner, name, due in rows]


def due_letters(rows: Sequence[tuple[Any, ...]], limit: int, summary: Callable[[uuid.UUID], ApplicationSummary]
                ) -> tuple[tuple[DueLetter, ...], int]:
    """The first ``limit`` letters of ``rows``, and how many there are."""
    return tuple(DueLetter(letter, summary(owner), name or "", due) for letter, owner, name, due in rows[:limit]), \
        len(rows)

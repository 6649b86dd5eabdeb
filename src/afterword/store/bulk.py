"""Whole tables in and out at once, for export and import: rows as plain dicts of column values, read with one
query per table and written in executemany batches, so 10,000 applications take seconds rather than minutes.

Writes are upserts by id: a row already there with the same values is left alone (no UPDATE, so an import of the
same file changes nothing), a row with other values is updated, a new id is inserted.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from afterword.store.tables import Base, Card, Company, Debrief, InterviewContact, Letter, Profile
from afterword.store.types import utcnow

IN_CLAUSE_SIZE = 2000  # ids per "WHERE id IN (...)": well under the bound-parameter limits of SQLite and psycopg
Row = dict[str, Any]
Equivalence = Callable[[Any, Any], bool]


@dataclass(frozen=True, slots=True)
class Upserted:
    """How many rows an upsert added, changed and found already as given."""

    added: int = 0
    changed: int = 0
    unchanged: int = 0


def read_table(session: Session, model: type[Base]) -> list[Row]:
    """Every row of ``model``'s table as a dict of column values (times as aware UTC datetimes, ids as UUIDs)."""
    table = model.__table__
    return [dict(row) for row in session.execute(select(table)).mappings()]


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), IN_CLAUSE_SIZE):
        yield values[start:start + IN_CLAUSE_SIZE]


def _rows_by_id(session: Session, model: type[Base], ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Row]:
    table = model.__table__
    found: dict[uuid.UUID, Row] = {}
    if session.execute(select(table.c.id).limit(1)).first() is None:
        return found  # an empty table (an import into a new home): no need to look for each id
    for chunk in _chunks(ids):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def _same(old: Row, new: Row, equivalent: Mapping[str, Equivalence]) -> bool:
    for column, value in new.items():
        same = equivalent.get(column)
        if not (same(old[column], value) if same is not None else old[column] == value):
            return False
    return True


def _stamped(row: Row, now: datetime) -> Row:
    created = row.get("created_at") or now
    return row | {"created_at": created, "updated_at": row.get("updated_at") or created}


def upsert(session: Session, model: type[Base], rows: Sequence[Row],
           equivalent: Mapping[str, Equivalence] | None = None) -> Upserted:
    """Insert the rows whose id is new, update those whose values differ, leave the rest. Every row holds the
    same columns, ``id`` among them, except created_at and updated_at: a new row without them is stamped now.
    ``equivalent`` compares a column's stored and given values its own way (a card's JSON text written with other
    spacing is the same card)."""
    if not rows:
        return Upserted()
    existing = _rows_by_id(session, model, [row["id"] for row in rows])
    now = utcnow()
    new = [_stamped(row, now) for row in rows if row["id"] not in existing]
    changed = [row for row in rows if row["id"] in existing and not _same(existing[row["id"]], row, equivalent or {})]
    if new:
        session.execute(insert(model.__table__), new)  # Core: one executemany, whatever values are None
    for columns in {tuple(row) for row in changed}:  # one executemany per set of columns given
        session.execute(update(model), [row for row in changed if tuple(row) == columns])
    return Upserted(added=len(new), changed=len(changed), unchanged=len(rows) - len(new) - len(changed))


def link_interviewers(session: Session, pairs: Sequence[tuple[uuid.UUID, uuid.UUID]]) -> int:
    """Make each (interview id, contact id) an interviewer of that interview unless it is already; how many new."""
    interview_ids = sorted({interview for interview, _contact in pairs})
    table = InterviewContact.__table__
    linked: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for chunk in _chunks(interview_ids):
        query = select(table.c.interview_id, table.c.contact_id).where(table.c.interview_id.in_(chunk))
        linked.update((row.interview_id, row.contact_id) for row in session.execute(query))
    now = utcnow()
    new = [{"id": uuid.uuid4(), "interview_id": interview, "contact_id": contact, "created_at": now,
            "updated_at": now} for interview, contact in dict.fromkeys(pairs) if (interview, contact) not in linked]
    if new:
        session.execute(insert(InterviewContact.__table__), new)
    return len(new)


def company_ids_by_name_key(session: Session) -> dict[str, uuid.UUID]:
    """Every company's name key (case-folded name) and id: a company is one row per name."""
    return {row.name_key: row.id for row in session.execute(select(Company.id, Company.name_key))}


def profile_id(session: Session) -> uuid.UUID | None:
    """The id of the database's profile (the first made), or None before there is one."""
    return session.scalar(select(Profile.id).order_by(Profile.created_at).limit(1))


def card_versions(session: Session, application_ids: Sequence[uuid.UUID]) -> dict[tuple[uuid.UUID, int], uuid.UUID]:
    """(application id, card version) → card id, for the cards of ``application_ids``."""
    found: dict[tuple[uuid.UUID, int], uuid.UUID] = {}
    for chunk in _chunks(application_ids):
        query = select(Card.id, Card.application_id, Card.version).where(Card.application_id.in_(chunk))
        found.update(((row.application_id, row.version), row.id) for row in session.execute(query))
    return found


def debrief_ids_by_interview(session: Session, interview_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """interview id → its debrief's id, for the interviews of ``interview_ids`` that have one."""
    found: dict[uuid.UUID, uuid.UUID] = {}
    for chunk in _chunks(interview_ids):
        query = select(Debrief.interview_id, Debrief.id).where(Debrief.interview_id.in_(chunk))
        found.update((row.interview_id, row.id) for row in session.execute(query))
    return found


def sent_letter_ids(session: Session, letter_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """The ids among ``letter_ids`` of letters the database holds as sent."""
    found: set[uuid.UUID] = set()
    for chunk in _chunks(letter_ids):
        query = select(Letter.id).where(Letter.id.in_(chunk), Letter.sent_at.is_not(None))
        found.update(session.scalars(query))
    return found

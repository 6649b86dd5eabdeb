"""Companies: one row per employer, whatever case or spacing its name is typed in."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from afterword.errors import StoreError
from afterword.store.ids import name_key
from afterword.store.tables import Company


def find_by_name(session: Session, name: str) -> Company | None:
    return session.scalars(select(Company).where(Company.name_key == name_key(name))).first()


def get_or_create(session: Session, name: str, *, website: str | None = None) -> Company:
    """The company called ``name`` (case and spacing ignored), added when new; a given website fills an empty one."""
    clean = " ".join(name.split())
    if not clean:
        raise StoreError("a company needs a name; give the employer's name")
    company = find_by_name(session, clean)
    if company is None:
        return _insert(session, clean, website)
    if website and not company.website:
        company.website = website
    return company


def _insert(session: Session, name: str, website: str | None) -> Company:
    """A new company, or the one another command added under the same name at the same moment (PostgreSQL lets
    both look, find nothing and insert; the second insert waits for the first, then breaks the unique name)."""
    try:
        with session.begin_nested():
            company = Company(name=name, name_key=name_key(name), website=website)
            session.add(company)
            session.flush()
        return company
    except IntegrityError:
        theirs = find_by_name(session, name)
        if theirs is None:
            raise
        return theirs

"""A database with one of everything, and export documents made up for import tests."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from afterword.store import applications, cards, companies, contacts, interviews, profiles, tasks
from afterword.store.session import Store


def fill(store: Store) -> None:
    """A profile with a binary resume, two applications at one company (history, an interview with two
    interviewers, a card, tasks), a company without applications, a contact at no company, a loose task."""
    with store.transaction() as session:
        profiles.set(session, name="Sam Rivera", email="sam@example.com", phone="+1 555 0100",
                     postal_address="1 Main St\nSpringfield", ambitions="Lead a platform team")
        resume = profiles.add_resume_version(session, file_name="resume.pdf", original=bytes(range(256)),
                                             text="Sam Rivera\nBackend Engineer")
        acme = applications.add(session, company="Acme", role="Backend Engineer", posting_text="We need Go.",
                                source_url="https://acme.example/jobs/1", research_notes="Series B")
        applications.set_stage(session, acme, "applied", note="through the website")
        applications.set_stage(session, acme, "interviewing")
        interviews.add(session, application=acme, starts_at=datetime(2027, 1, 5, 14, 0,
                                                                      tzinfo=ZoneInfo("Europe/Paris")),
                       time_zone="Europe/Paris", kind="video", place_or_link="https://meet.example/x",
                       interviewers=[("Dana Reyes", "Engineering Manager"), ("Lee Park", "Staff Engineer")])
        cards.save(session, acme, json.dumps({"questions": ["What would success look like?"], "score": 0.75},
                                             indent=2), resume_version=resume)
        tasks.add(session, title="Send the thank-you letter", due_on=date(2027, 1, 6), application=acme)
        applications.add(session, company="ACME", role="Data Engineer")
        companies.get_or_create(session, "Globex", website="https://globex.example")
        contacts.get_or_create(session, name="Robin Recruiter", email="robin@example.com")
        tasks.add(session, title="Update my LinkedIn headline")


def _id() -> str:
    return str(uuid.uuid4())


def application(number: int, *, company: str | None = None, events: int = 1) -> dict[str, Any]:
    """A valid application record of an export file, with ``events`` stage events."""
    at = "2026-11-02T09:00:00+00:00"
    history = [{"id": _id(), "from_stage": None if index == 0 else "saved", "to_stage": "saved" if index == 0
                else "applied", "at": at, "note": None} for index in range(events)]
    return {"id": _id(), "company": {"id": _id(), "name": company or f"Company {number}"},
            "role": f"Engineer {number}", "stage": "applied" if events > 1 else "saved", "stage_changed_at": at,
            "source_url": f"https://jobs.example/{number}", "stage_history": history}


def export_file(*records: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {"schema": "afterword-export/1", "exported_at": "2026-12-01T00:00:00+00:00", "profile": None,
            "applications": list(records), **top}


def many_applications(count: int, events: int = 5) -> dict[str, Any]:
    """An export file of ``count`` applications at ``count // 4`` companies, each with ``events`` stage events."""
    companies = [{"id": _id(), "name": f"Company {number}"} for number in range(max(1, count // 4))]
    records = []
    for number in range(count):
        record = application(number, events=events)
        record["company"] = companies[number % len(companies)]
        records.append(record)
    return export_file(*records)

"""The database's rows as the export document (schema afterword-export/1, docs/json-export.md): each application
self-contained, with its company, stage history, interviews (each with its debrief), contacts, cards, letters and
tasks nested inside it."""

from __future__ import annotations

import base64
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from afterword.services.export_schema import SCHEMA
from afterword.store import bulk
from afterword.store.tables import (
    Application,
    Card,
    Company,
    Contact,
    Debrief,
    Interview,
    InterviewContact,
    Letter,
    Profile,
    ResumeVersion,
    StageEvent,
    Task,
)

Row = dict[str, Any]
Document = dict[str, Any]


def _text(value: object) -> Any:
    """A value as JSON holds it: ids as 36-character UUID strings, times in ISO 8601 with their offset."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _fields(row: Row, names: Iterable[str]) -> Document:
    return {name: _text(row[name]) for name in ("id", *names)} | {"created_at": _text(row["created_at"]),
                                                                  "updated_at": _text(row["updated_at"])}


def _resume_version(row: Row) -> Document:
    return _fields(row, ("file_name", "added_at", "text")) | {
        "original_base64": base64.b64encode(row["original"]).decode("ascii")}


def _company(row: Row) -> Document:
    return _fields(row, ("name", "website", "notes"))


def _contact(row: Row) -> Document:
    return _fields(row, ("company_id", "name", "title", "email", "phone", "postal_address", "notes", "source"))


def _stage_event(row: Row) -> Document:
    return _fields(row, ("from_stage", "to_stage", "at", "note"))


def _debrief(row: Row | None) -> Document | None:
    if row is None:
        return None
    document = _fields(row, ("draft", "decision_date", "content"))
    document["content"] = json.loads(row["content"])  # the documented shape (docs/debrief-format.md)
    return document


def _interview(row: Row, interviewers: list[uuid.UUID], debrief: Row | None) -> Document:
    document = _fields(row, ("round", "starts_at", "time_zone", "kind", "place_or_link", "notes"))
    document["starts_at"] = row["starts_at"].astimezone(ZoneInfo(row["time_zone"])).isoformat()  # as on its clock
    document["interviewers"] = [str(contact) for contact in interviewers]
    document["debrief"] = _debrief(debrief)
    return document


def _card(row: Row) -> Document:
    document = _fields(row, ("version", "format", "content", "resume_version_id"))
    if row["format"] == "json":
        document["content"] = json.loads(row["content"])
    return document


LETTER_FIELDS = ("interview_id", "contact_id", "kind", "sequence", "recipient_name", "recipient_email",
                 "recipient_title", "recipient_organisation", "sender_name", "sender_email", "sender_phone",
                 "sender_address", "subject", "salutation", "sign_off", "body", "sources", "send_by",
                 "send_by_phrase", "warnings", "sent_at", "message_id", "edited_at")


def _letter(row: Row) -> Document:
    document = _fields(row, LETTER_FIELDS)
    document["sources"] = json.loads(row["sources"])  # the paragraphs' sentences and the lines that back them
    document["warnings"] = json.loads(row["warnings"])
    return document


def _task(row: Row) -> Document:
    return _fields(row, ("title", "kind", "due_on", "done_at"))


def _grouped(rows: list[Row], key: str) -> dict[Any, list[Row]]:
    groups: dict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return groups


def _sorted(rows: Iterable[Row], *keys: str) -> list[Row]:
    return sorted(rows, key=lambda row: (*((row[key] is None, "" if row[key] is None else row[key]) for key in keys),
                                         row["id"]))


class _Tables:
    """Every table read once, grouped by parent."""

    def __init__(self, session: Session) -> None:
        read = bulk.read_table
        self.profiles = _sorted(read(session, Profile), "created_at")
        self.resume_versions = _grouped(_sorted(read(session, ResumeVersion), "added_at"), "profile_id")
        self.companies = {row["id"]: row for row in read(session, Company)}
        self.applications = _sorted(read(session, Application), "created_at")
        self.stage_events = _grouped(_sorted(read(session, StageEvent), "at", "created_at"), "application_id")
        self.interviews = _grouped(_sorted(read(session, Interview), "starts_at", "round"), "application_id")
        self.contacts = {row["id"]: row for row in _sorted(read(session, Contact), "name")}
        self.contacts_of_company = _grouped(list(self.contacts.values()), "company_id")
        self.interviewers: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for link in read(session, InterviewContact):
            self.interviewers[link["interview_id"]].append(link["contact_id"])
        self.cards = _grouped(_sorted(read(session, Card), "version"), "application_id")
        self.debriefs = {row["interview_id"]: row for row in read(session, Debrief)}
        self.letters = _grouped(_sorted(read(session, Letter), "send_by", "created_at"), "application_id")
        self.tasks = _grouped(_sorted(read(session, Task), "due_on", "created_at"), "application_id")

    def contacts_of(self, application: Row) -> list[Row]:
        """The contacts at the application's company, its interviewers and its letters' recipients wherever they
        work."""
        wanted = {row["id"]: row for row in self.contacts_of_company.get(application["company_id"], [])}
        for interview in self.interviews.get(application["id"], []):
            wanted.update((contact, self.contacts[contact]) for contact in self.interviewers[interview["id"]])
        wanted.update((letter["contact_id"], self.contacts[letter["contact_id"]])
                      for letter in self.letters.get(application["id"], []) if letter["contact_id"] is not None)
        return _sorted(wanted.values(), "name")


def _profile(tables: _Tables) -> Document | None:
    if not tables.profiles:
        return None
    row = tables.profiles[0]
    document = _fields(row, ("name", "email", "phone", "postal_address", "ambitions"))
    document["resume_versions"] = [_resume_version(version) for version in tables.resume_versions.get(row["id"], [])]
    return document


def _application(tables: _Tables, row: Row, contacts: list[Row]) -> Document:
    document = {"id": str(row["id"]), "company": _company(tables.companies[row["company_id"]])}
    document |= {name: _text(row[name]) for name in ("role", "stage", "stage_changed_at", "source_url",
                                                      "posting_text", "research_notes", "next_action",
                                                      "created_at", "updated_at")}
    document["stage_history"] = [_stage_event(event) for event in tables.stage_events.get(row["id"], [])]
    document["interviews"] = [_interview(interview, sorted(tables.interviewers[interview["id"]], key=str),
                                         tables.debriefs.get(interview["id"]))
                              for interview in tables.interviews.get(row["id"], [])]
    document["contacts"] = [_contact(contact) for contact in contacts]
    document["cards"] = [_card(card) for card in tables.cards.get(row["id"], [])]
    document["letters"] = [_letter(letter) for letter in tables.letters.get(row["id"], [])]
    document["tasks"] = [_task(task) for task in tables.tasks.get(row["id"], [])]
    return document


def export_document(session: Session, now: datetime | None = None) -> Document:
    """Everything in the database as one afterword-export/1 document."""
    tables = _Tables(session)
    applications = []
    exported_contacts: set[uuid.UUID] = set()
    for row in tables.applications:
        contacts = tables.contacts_of(row)
        exported_contacts.update(contact["id"] for contact in contacts)
        applications.append(_application(tables, row, contacts))
    companies_in_use = {row["company_id"] for row in tables.applications}
    return {
        "schema": SCHEMA,
        "exported_at": (now or datetime.now(UTC)).isoformat(),
        "profile": _profile(tables),
        "applications": applications,
        "companies": [_company(row) for row in _sorted(tables.companies.values(), "name")
                      if row["id"] not in companies_in_use],
        "contacts": [_contact(row) for row in tables.contacts.values() if row["id"] not in exported_contacts],
        "tasks": [_task(row) for row in tables.tasks.get(None, [])],
    }

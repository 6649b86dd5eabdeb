"""An export file (already parsed by export_schema) checked as a whole and written into the database as upserts
by id, all inside the caller's transaction.

Checked before anything is written: an id used twice for different records, two companies of the same name, a
contact's company or an interviewer or a card's resume version that the file does not hold, two cards with one
version, two debriefs of one interview, a letter's interview or contact that its application does not hold.
Merged with what is there: a company already in the database under the same name is that company, the file's
profile becomes the database's one profile, and a letter the database holds as sent stays as it is. A finished
debrief's plan cache (services/plan_steps.py) is filled for the importing settings' country.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.orm import Session

from afterword.schedule.errors import ScheduleError
from afterword.services.export_schema import (
    ApplicationRecord,
    CompanyRecord,
    ContactRecord,
    DebriefRecord,
    ExportFile,
    ExportFileError,
    LetterRecord,
)
from afterword.store import bulk
from afterword.store.ids import name_key
from afterword.store.tables import (
    Application,
    Card,
    Company,
    Contact,
    Debrief,
    Interview,
    Letter,
    Profile,
    ResumeVersion,
    StageEvent,
    Task,
)
from afterword.store.types import utcnow

Row = dict[str, Any]


@dataclass
class ImportCounts:
    """What an import did, per kind of record: added, changed, or found as given."""

    by_kind: dict[str, bulk.Upserted] = field(default_factory=dict)

    @property
    def changed_anything(self) -> bool:
        return any(counts.added or counts.changed for counts in self.by_kind.values())


def _times(record: Any, now: datetime) -> Row:
    """The id and the times the file gives (bulk.upsert stamps a new row without them; a row already there keeps
    its own, so a file without times imports again without changing anything)."""
    given = {"created_at": record.created_at, "updated_at": record.updated_at or record.created_at}
    return {"id": record.id} | {name: value for name, value in given.items() if value is not None}


def _values(record: BaseModel, *names: str) -> Row:
    return {name: getattr(record, name) for name in names}


def _debrief_row(record: DebriefRecord, interview_id: uuid.UUID, now: datetime) -> Row:
    """A debrief's row: its content as JSON text, the values the store copies out of it, no draft progress (a
    resumed draft asks the questions it has no answer to)."""
    from afterword.debrief.model import from_mapping, to_mapping

    debrief = from_mapping(record.content)
    content = {key: value for key, value in to_mapping(debrief).items() if key != "interview"}
    return _times(record, now) | {
        "interview_id": interview_id, "content": json.dumps(content, ensure_ascii=False), "went": debrief.went,
        "confidence": debrief.confidence, "decision": debrief.decision or None, "decision_date": record.decision_date,
        "next_step": debrief.next_step or None, "draft": record.draft, "draft_progress": None}


def _letter_row(record: LetterRecord, application_id: uuid.UUID, now: datetime) -> Row:
    """A letter's row: its paragraphs and warnings as JSON text."""
    sources = [[sentence.model_dump() for sentence in paragraph] for paragraph in record.sources]
    return _times(record, now) | _values(
        record, "interview_id", "contact_id", "kind", "sequence", "recipient_name", "recipient_email",
        "recipient_title", "recipient_organisation", "sender_name", "sender_email", "sender_phone", "sender_address",
        "subject", "salutation", "sign_off", "body", "send_by", "send_by_phrase", "sent_at", "message_id",
        "edited_at") | {
        "application_id": application_id, "sources": json.dumps(sources, ensure_ascii=False),
        "warnings": json.dumps(record.warnings, ensure_ascii=False)}


class _Registry:
    """Each record by id with where it stands in the file: one id is one record, however often it appears."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, uuid.UUID], tuple[str, BaseModel]] = {}

    def add(self, kind: str, path: str, record: Any) -> bool:
        """Remember ``record``; False when the same record was met before (an error when it differs)."""
        key = (kind, record.id)
        if key in self.seen:
            first_path, first = self.seen[key]
            if first != record:
                raise ExportFileError(f"{path}: id {record.id} is also {first_path}, with other values; give each "
                                      f"{kind} its own id")
            return False
        self.seen[key] = (path, record)
        return True


class _Plan:
    """The rows to write, table by table, gathered and checked from the file."""

    def __init__(self, document: ExportFile, now: datetime) -> None:
        self.now = now
        self.registry = _Registry()
        self.rows: dict[type, list[Row]] = {model: [] for model in (
            Profile, ResumeVersion, Company, Application, StageEvent, Contact, Interview, Debrief, Card, Letter,
            Task)}
        self.interviewers: list[tuple[uuid.UUID, uuid.UUID]] = []
        self.company_names: dict[str, tuple[str, uuid.UUID]] = {}
        self.card_paths: dict[uuid.UUID, str] = {}
        self.debrief_paths: dict[uuid.UUID, str] = {}
        self.resume_versions: set[uuid.UUID] = set()
        self._profile(document)
        for index, record in enumerate(document.companies):
            self._company(f"companies[{index}]", record)
        for index, application in enumerate(document.applications):
            self._application(f"applications[{index}]", application)
        self._contacts("contacts", document.contacts)
        self._tasks("tasks", document.tasks, application_id=None)
        self._check_contact_companies()

    def _profile(self, document: ExportFile) -> None:
        profile = document.profile
        if profile is None:
            return
        self.rows[Profile].append(_times(profile, self.now) | _values(
            profile, "name", "email", "phone", "postal_address", "ambitions"))
        for index, version in enumerate(profile.resume_versions):
            if self.registry.add("resume version", f"profile.resume_versions[{index}]", version):
                self.resume_versions.add(version.id)
                self.rows[ResumeVersion].append(_times(version, self.now) | _values(
                    version, "file_name", "added_at", "text") | {
                    "profile_id": profile.id, "original": base64.b64decode(version.original_base64)})

    def _company(self, path: str, record: CompanyRecord) -> None:
        if not self.registry.add("company", path, record):
            return
        clean = " ".join(record.name.split())
        key = name_key(clean)
        if key in self.company_names:
            other_path, _other = self.company_names[key]
            raise ExportFileError(f'{path}: company "{clean}" is also {other_path}, under another id; keep one')
        self.company_names[key] = (path, record.id)
        self.rows[Company].append(_times(record, self.now) | _values(record, "website", "notes") | {
            "name": clean, "name_key": key})

    def _application(self, path: str, record: ApplicationRecord) -> None:
        if not self.registry.add("application", path, record):
            return
        self._company(f"{path}.company", record.company)
        self.rows[Application].append(_times(record, self.now) | _values(
            record, "stage", "stage_changed_at", "source_url", "posting_text", "research_notes", "next_action") | {
            "company_id": record.company.id, "role": " ".join(record.role.split())})
        for index, event in enumerate(record.stage_history):
            if self.registry.add("stage event", f"{path}.stage_history[{index}]", event):
                self.rows[StageEvent].append(_times(event, self.now) | _values(
                    event, "from_stage", "to_stage", "at", "note") | {"application_id": record.id})
        self._contacts(f"{path}.contacts", record.contacts)
        contact_ids = {contact.id for contact in record.contacts}
        for index, interview in enumerate(record.interviews):
            where = f"{path}.interviews[{index}]"
            if not self.registry.add("interview", where, interview):
                continue
            self.rows[Interview].append(_times(interview, self.now) | _values(
                interview, "round", "starts_at", "time_zone", "kind", "place_or_link", "notes") | {
                "application_id": record.id})
            if interview.debrief is not None and self.registry.add("debrief", f"{where}.debrief", interview.debrief):
                self.debrief_paths[interview.debrief.id] = f"{where}.debrief"
                self.rows[Debrief].append(_debrief_row(interview.debrief, interview.id, self.now))
            for number, contact in enumerate(interview.interviewers):
                if contact not in contact_ids:
                    raise ExportFileError(f"{where}.interviewers[{number}]: contact {contact} is not in "
                                          f"{path}.contacts; add the interviewer there")
                self.interviewers.append((interview.id, contact))
        self._cards(path, record)
        self._letters(path, record)
        self._tasks(f"{path}.tasks", record.tasks, application_id=record.id)

    def _cards(self, path: str, record: ApplicationRecord) -> None:
        versions: dict[int, str] = {}
        for index, card in enumerate(record.cards):
            where = f"{path}.cards[{index}]"
            if card.version in versions:
                raise ExportFileError(f"{where}: version {card.version} is also {versions[card.version]}; number "
                                      "an application's cards 1, 2, 3 ...")
            versions[card.version] = where
            if card.resume_version_id is not None and card.resume_version_id not in self.resume_versions:
                raise ExportFileError(f"{where}.resume_version_id: resume version {card.resume_version_id} is "
                                      "not in profile.resume_versions; add it there or remove the reference")
            if card.format == "json":
                content = json.dumps(card.content, ensure_ascii=False)
            elif isinstance(card.content, str):
                content = card.content
            else:
                raise ExportFileError(f'{where}.content: a card of format "{card.format}" holds text; give a '
                                      'string or "format": "json"')
            if self.registry.add("card", where, card):
                self.card_paths[card.id] = where
                self.rows[Card].append(_times(card, self.now) | _values(
                    card, "version", "format", "resume_version_id") | {
                    "application_id": record.id, "content": content})

    def _letters(self, path: str, record: ApplicationRecord) -> None:
        interviews = {interview.id for interview in record.interviews}
        contacts = {contact.id for contact in record.contacts}
        for index, letter in enumerate(record.letters):
            where = f"{path}.letters[{index}]"
            if letter.interview_id is not None and letter.interview_id not in interviews:
                raise ExportFileError(f"{where}.interview_id: interview {letter.interview_id} is not in "
                                      f"{path}.interviews; add it there or set interview_id to null")
            if letter.contact_id is not None and letter.contact_id not in contacts:
                raise ExportFileError(f"{where}.contact_id: contact {letter.contact_id} is not in {path}.contacts; "
                                      "add the person there or set contact_id to null")
            if self.registry.add("letter", where, letter):
                self.rows[Letter].append(_letter_row(letter, record.id, self.now))

    def _contacts(self, path: str, records: Iterable[ContactRecord]) -> None:
        for index, contact in enumerate(records):
            if self.registry.add("contact", f"{path}[{index}]", contact):
                self.rows[Contact].append(_times(contact, self.now) | _values(
                    contact, "company_id", "title", "email", "phone", "postal_address", "notes", "source") | {
                    "name": " ".join(contact.name.split())})

    def _tasks(self, path: str, records: Iterable[Any], *, application_id: uuid.UUID | None) -> None:
        for index, task in enumerate(records):
            if self.registry.add("task", f"{path}[{index}]", task):
                self.rows[Task].append(_times(task, self.now) | _values(task, "kind", "due_on", "done_at") | {
                    "title": " ".join(task.title.split()), "application_id": application_id})

    def _check_contact_companies(self) -> None:
        companies = {row["id"] for row in self.rows[Company]}
        for (kind, _id), (path, record) in self.registry.seen.items():
            if kind != "contact":
                continue
            company = record.company_id
            if company is not None and company not in companies:
                raise ExportFileError(f"{path}.company_id: company {company} is not in the file; add it to "
                                      "\"companies\" or set company_id to null")


def _merge_with_database(session: Session, plan: _Plan) -> None:
    """Point the file's companies and profile at the rows the database already has for them."""
    existing = bulk.company_ids_by_name_key(session)
    moved = {row["id"]: existing[row["name_key"]] for row in plan.rows[Company]
             if existing.get(row["name_key"], row["id"]) != row["id"]}
    if moved:  # the database's company stays as it is; what the file says of it is not written
        plan.rows[Company] = [row for row in plan.rows[Company] if row["id"] not in moved]
        for model in (Application, Contact):
            for row in plan.rows[model]:
                row["company_id"] = moved.get(row["company_id"], row["company_id"])
    profile = bulk.profile_id(session)
    if profile is not None and plan.rows[Profile] and plan.rows[Profile][0]["id"] != profile:
        plan.rows[Profile][0]["id"] = profile
        for row in plan.rows[ResumeVersion]:
            row["profile_id"] = profile


def _check_card_versions(session: Session, plan: _Plan) -> None:
    taken = bulk.card_versions(session, sorted({row["application_id"] for row in plan.rows[Card]}))
    for row in plan.rows[Card]:
        holder = taken.get((row["application_id"], row["version"]))
        if holder is not None and holder != row["id"]:
            raise ExportFileError(f"{plan.card_paths[row['id']]}: its application already has another card "
                                  f"version {row['version']} ({holder}) in this database; renumber the card")


def _same_json(stored: str, given: str) -> bool:
    try:
        return bool(json.loads(stored) == json.loads(given))
    except ValueError:
        return stored == given


KINDS = ((Profile, "profile"), (ResumeVersion, "resume versions"), (Company, "companies"),
         (Application, "applications"), (StageEvent, "stage events"), (Contact, "contacts"),
         (Interview, "interviews"), (Debrief, "debriefs"), (Card, "cards"), (Letter, "letters"), (Task, "tasks"))


def _check_debriefs(session: Session, plan: _Plan) -> None:
    """One debrief per interview: in the file, and against the debriefs the database has."""
    taken = bulk.debrief_ids_by_interview(session, sorted({row["interview_id"] for row in plan.rows[Debrief]}))
    seen: dict[uuid.UUID, uuid.UUID] = {}
    for row in plan.rows[Debrief]:
        holder = seen.setdefault(row["interview_id"], row["id"])
        stored = taken.get(row["interview_id"], row["id"])
        if holder != row["id"] or stored != row["id"]:
            other = stored if stored != row["id"] else holder
            raise ExportFileError(f"{plan.debrief_paths[row['id']]}: its interview already has another debrief "
                                  f"({other}); keep one")


def _keep_sent_letters(session: Session, plan: _Plan) -> int:
    """A letter the database holds as sent is never changed: the file's version of it is not written. Returns how
    many were left as they are."""
    sent = bulk.sent_letter_ids(session, [row["id"] for row in plan.rows[Letter]])
    plan.rows[Letter] = [row for row in plan.rows[Letter] if row["id"] not in sent]
    return len(sent)


def _cache_plans(session: Session, plan: _Plan, region: tuple[str, str | None]) -> None:
    """Fill the plan cache of the finished debriefs written (their updated_at stays)."""
    from afterword.services.plan_steps import build_plan, cache_text
    from afterword.store.debriefs import cache_plans

    interviews = {row["id"]: row for row in plan.rows[Interview]}
    plans: dict[uuid.UUID, str | None] = {}
    for row in plan.rows[Debrief]:
        interview = interviews[row["interview_id"]]
        if row["draft"]:
            plans[row["id"]] = None
            continue
        interview_on = interview["starts_at"].astimezone(ZoneInfo(interview["time_zone"])).date()
        try:
            plans[row["id"]] = cache_text(build_plan(interview_on, row["decision_date"], region), region)
        except ScheduleError:  # a decision date before the interview: no plan to cache (`plan` says why)
            plans[row["id"]] = None
    cache_plans(session, plans)


def write_export(session: Session, document: ExportFile, on_step: Callable[[str], object] | None = None,
                 region: tuple[str, str | None] = ("US", None)) -> ImportCounts:
    """Upsert everything ``document`` holds, parents first; ExportFileError (nothing written by this function
    yet) when the file contradicts itself or the database. ``on_step`` hears what is being written; ``region``
    (country, subdivision) is what the debriefs' plans are cached for."""
    plan = _Plan(document, utcnow())
    _merge_with_database(session, plan)
    _check_card_versions(session, plan)
    _check_debriefs(session, plan)
    kept_sent = _keep_sent_letters(session, plan)
    counts = ImportCounts()
    for model, kind in KINDS:
        if on_step is not None and plan.rows[model]:
            on_step(f"writing {len(plan.rows[model]):,} {kind}")
        equivalent = {"content": _same_json} if model in (Card, Debrief) else \
            {"sources": _same_json, "warnings": _same_json} if model is Letter else None
        counts.by_kind[kind] = bulk.upsert(session, model, plan.rows[model], equivalent)
        if model is Letter and kept_sent:
            upserted = counts.by_kind[kind]
            counts.by_kind[kind] = bulk.Upserted(upserted.added, upserted.changed, upserted.unchanged + kept_sent)
        if model is Interview:
            links = bulk.link_interviewers(session, plan.interviewers)
            counts.by_kind["interviewers"] = bulk.Upserted(added=links, unchanged=len(set(plan.interviewers)) - links)
    if plan.rows[Debrief]:
        _cache_plans(session, plan, region)
    return counts

"""The export file, schema afterword-export/1 (docs/json-export.md), as pydantic models: what `afterword import`
accepts. A file that does not fit is refused with one line naming the record (``applications[3].stage: "maybe"
is not a stage (saved, applied, ...)``), before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import date
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from afterword.errors import AfterwordError
from afterword.store.constants import LETTER_KINDS
from afterword.store.tables import INTERVIEW_KINDS, STAGES

SCHEMA = "afterword-export/1"


class ExportFileError(AfterwordError):
    """An export file that cannot be imported; the message names the record and what is wrong with it."""


def _uuid36(value: Any) -> Any:
    if isinstance(value, str) and (len(value) != 36 or value.count("-") != 4):
        raise ValueError(f'"{value[:40]}" is not a 36-character UUID (export ids look like '
                         '"0b5e0c7e-8d2f-4a7b-9c61-3f0e2a9d4b11")')
    return value


def _stage(value: str) -> str:
    if value not in STAGES:
        raise ValueError(f'"{value[:40]}" is not a stage ({", ".join(STAGES)})')
    return value


def _kind(value: str) -> str:
    if value not in INTERVIEW_KINDS:
        raise ValueError(f'"{value[:40]}" is not a kind of interview ({", ".join(INTERVIEW_KINDS)})')
    return value


def _letter_kind(value: str) -> str:
    if value not in LETTER_KINDS:
        raise ValueError(f'"{value[:40]}" is not a kind of letter ({", ".join(LETTER_KINDS)})')
    return value


def _time_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f'"{value[:40]}" is not an IANA time zone (such as Europe/Berlin)') from None
    return value


def _base64(value: str) -> str:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("is not base64 (the original file's bytes, base64-encoded)") from None
    return value


def _debrief_content(value: dict[str, Any]) -> dict[str, Any]:
    from afterword.debrief.model import DebriefError, from_mapping

    try:
        from_mapping(value)
    except DebriefError as error:
        raise ValueError(str(error).rstrip(".")) from None
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("is empty")
    return value


Id = Annotated[uuid.UUID, BeforeValidator(_uuid36)]
Stage = Annotated[str, AfterValidator(_stage)]
Text = Annotated[str, AfterValidator(_not_blank)]
Time = AwareDatetime


class _Record(BaseModel):
    """Every record: an id, and the times it was made and last changed (optional on import: now)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    created_at: Time | None = None
    updated_at: Time | None = None


class ResumeVersionRecord(_Record):
    file_name: str
    added_at: Time
    text: str
    original_base64: Annotated[str, AfterValidator(_base64)]


class ProfileRecord(_Record):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    postal_address: str | None = None
    ambitions: str | None = None
    resume_versions: list[ResumeVersionRecord] = Field(default_factory=list)


class CompanyRecord(_Record):
    name: Text
    website: str | None = None
    notes: str | None = None


class StageEventRecord(_Record):
    from_stage: Stage | None = None
    to_stage: Stage
    at: Time
    note: str | None = None


class ContactRecord(_Record):
    company_id: Id | None = None
    name: Text
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    postal_address: str | None = None
    notes: str | None = None
    source: str | None = None


class DebriefRecord(_Record):
    """An interview's debrief: ``content`` in the documented shape (docs/debrief-format.md)."""

    draft: bool = False
    decision_date: date | None = None
    content: Annotated[dict[str, Any], AfterValidator(_debrief_content)]


class InterviewRecord(_Record):
    round: int = Field(ge=1)
    starts_at: Time
    time_zone: Annotated[str, AfterValidator(_time_zone)]
    kind: Annotated[str, AfterValidator(_kind)]
    place_or_link: str | None = None
    notes: str | None = None
    interviewers: list[Id] = Field(default_factory=list)
    debrief: DebriefRecord | None = None  # added with debriefs: a file without it imports as before


class CardRecord(_Record):
    version: int = Field(ge=1)
    format: str = "json"
    content: Any
    resume_version_id: Id | None = None


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceLine(_Part):
    """A line of the user's own documents that backs a sentence."""

    document: str
    line: int
    text: str


class SentenceRecord(_Part):
    text: str
    sources: list[SourceLine] = Field(default_factory=list)


class LetterRecord(_Record):
    """A letter (`afterword letters`): ``sources`` holds its paragraphs, each a list of sentences with the lines
    that back them; ``interview_id`` and ``contact_id`` name records of the same application (or are null)."""

    interview_id: Id | None = None
    contact_id: Id | None = None
    kind: Annotated[str, AfterValidator(_letter_kind)]
    sequence: int = Field(default=1, ge=1)
    recipient_name: str | None = None
    recipient_email: str | None = None
    recipient_title: str | None = None
    recipient_organisation: str | None = None
    sender_name: str | None = None
    sender_email: str | None = None
    sender_phone: str | None = None
    sender_address: str | None = None
    subject: str
    salutation: str = ""
    sign_off: str = ""
    body: str
    sources: list[list[SentenceRecord]]
    send_by: date
    send_by_phrase: str
    warnings: list[str] = Field(default_factory=list)
    sent_at: Time | None = None
    message_id: str | None = None
    edited_at: Time | None = None  # when the person last edited it; absent from files of older Afterwords


class TaskRecord(_Record):
    title: Text
    kind: str = "todo"
    due_on: date | None = None
    done_at: Time | None = None


class ApplicationRecord(_Record):
    company: CompanyRecord
    role: Text
    stage: Stage
    stage_changed_at: Time
    source_url: str | None = None
    posting_text: str = ""
    research_notes: str | None = None
    next_action: str | None = None
    stage_history: list[StageEventRecord] = Field(default_factory=list)
    interviews: list[InterviewRecord] = Field(default_factory=list)
    contacts: list[ContactRecord] = Field(default_factory=list)
    cards: list[CardRecord] = Field(default_factory=list)
    letters: list[LetterRecord] = Field(default_factory=list)  # added with letters: a file without it imports
    tasks: list[TaskRecord] = Field(default_factory=list)


class ExportFile(BaseModel):
    """The whole file. ``companies``, ``contacts`` and ``tasks`` at the top hold only what no application holds."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_name: str = Field(alias="schema")
    exported_at: Time | None = None
    profile: ProfileRecord | None = None
    applications: list[ApplicationRecord] = Field(default_factory=list)
    companies: list[CompanyRecord] = Field(default_factory=list)
    contacts: list[ContactRecord] = Field(default_factory=list)
    tasks: list[TaskRecord] = Field(default_factory=list)


def record_path(location: tuple[int | str, ...]) -> str:
    """("applications", 3, "stage") → "applications[3].stage"."""
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "the file"


def _problem(error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return "is not a field of this record (misspelt, or from a newer Afterword)"
    if kind in ("model_type", "dict_type"):
        return "should be a JSON object ({...})"
    message = str(error["msg"]).removeprefix("Value error, ")
    return message if message[1:2].isupper() else message[:1].lower() + message[1:]  # "UUID ..." stays


def _check_schema(document: object) -> None:
    if not isinstance(document, dict) or "schema" not in document:
        raise ExportFileError(f'it is not an Afterword export (no "schema": "{SCHEMA}"); give a file made by '
                              "afterword export")
    if document["schema"] != SCHEMA:
        raise ExportFileError(f'schema "{str(document["schema"])[:60]}" is not {SCHEMA}; give a file made by '
                              "afterword export (a newer Afterword's file needs a newer Afterword)")


def parse_export(document: object) -> ExportFile:
    """``document`` (the parsed JSON) as an ExportFile; ExportFileError naming the first bad record."""
    _check_schema(document)
    try:
        return ExportFile.model_validate(document)
    except ValidationError as error:
        first = error.errors()[0]
        raise ExportFileError(f"{record_path(first['loc'])}: {_problem(first)}") from None

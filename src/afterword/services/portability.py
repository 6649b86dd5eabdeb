"""Everything in and out: `afterword export` (JSON, the afterword-export/1 contract of docs/json-export.md, or
CSV), `afterword import` (validated, all or nothing, idempotent) and `afterword backup` (SQLite's online backup).

The CLI imports this module only inside its commands: it brings in SQLAlchemy and pydantic.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from afterword.errors import AfterwordError, StoreError
from afterword.safe_text import json_text, strip_controls
from afterword.services.export_rows import export_document
from afterword.services.export_schema import ExportFileError, parse_export
from afterword.services.import_rows import ImportCounts, write_export
from afterword.settings import Settings, load_settings
from afterword.store.backup import backup_sqlite, pg_dump_advice
from afterword.store.engine import database_url, sqlite_path
from afterword.store.failures import masked_url
from afterword.store.session import open_store

CSV_COLUMNS = ("id", "company", "role", "stage", "stage_changed_at", "source_url", "next_interview",
               "next_interview_time_zone", "interviews", "cards", "open_tasks", "created_at")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_json(settings: Settings | None = None, now: datetime | None = None) -> str:
    """The whole database as the afterword-export/1 JSON document (indented, UTF-8 text)."""
    with open_store(settings) as store, store.reading() as session:
        document = export_document(session, now)
    return json_layout(document)


def _compact(value: object) -> str:
    return json_text(value, indent=None)  # no raw DEL, C1 control or bidi override reaches a terminal


def json_layout(document: dict[str, Any]) -> str:
    """``document`` with one top-level field, and one record of each top-level list, per line: easy to read and
    to compare, and written by json's C encoder (an indented dump is pure Python: 3 s for 10,000 applications)."""
    fields = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            records = ",\n".join(f"    {_compact(record)}" for record in value)
            fields.append(f"  {_compact(key)}: [\n{records}\n  ]")
        else:
            fields.append(f"  {_compact(key)}: {_compact(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: one starting with = + - @, a tab or a carriage return would be
    read as a formula, so it gets a leading apostrophe. Terminal control sequences are removed."""
    text = "" if value is None else strip_controls(str(value))
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _next_interview(application: dict[str, Any], now: datetime) -> dict[str, Any] | None:
    coming = [interview for interview in application["interviews"]
              if datetime.fromisoformat(interview["starts_at"]) >= now]
    return min(coming, key=lambda interview: datetime.fromisoformat(interview["starts_at"]), default=None)


def export_csv(settings: Settings | None = None, now: datetime | None = None) -> str:
    """One row per application (CSV_COLUMNS), cells safe from formula injection."""
    now = now or datetime.now(UTC)
    with open_store(settings) as store, store.reading() as session:
        document = export_document(session, now)
    return applications_csv(document, now)


def applications_csv(document: dict[str, Any], now: datetime) -> str:
    """The export ``document`` as CSV, one row per application (CSV_COLUMNS), cells safe from formula injection."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for application in document["applications"]:
        coming = _next_interview(application, now)
        row = (application["id"], application["company"]["name"], application["role"], application["stage"],
               application["stage_changed_at"], application["source_url"],
               coming["starts_at"] if coming else None, coming["time_zone"] if coming else None,
               len(application["interviews"]), len(application["cards"]),
               sum(task["done_at"] is None for task in application["tasks"]), application["created_at"])
        writer.writerow([safe_cell(value) for value in row])
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What `afterword import` did: the database it wrote and the counts per kind of record."""

    database: str  # URL, password masked
    counts: ImportCounts

    @property
    def changed_anything(self) -> bool:
        return self.counts.changed_anything

    def summary(self) -> str:
        """One line: per kind, how many were new and changed (kinds with neither left out)."""
        parts = []
        for kind, counts in self.counts.by_kind.items():
            if counts.added or counts.changed:
                changed = f", {counts.changed} changed" if counts.changed else ""
                parts.append(f"{kind}: {counts.added} new{changed}")
        return "; ".join(parts) or "nothing new (everything in the file is already in the database)"


def _read_source(source: str) -> Any:
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as error:
        raise AfterwordError(f"cannot read {source} ({error.strerror}); give the file afterword export wrote") \
            from None
    try:
        return json.loads(raw)
    except UnicodeDecodeError:
        raise ExportFileError("it is not UTF-8 JSON; give the file afterword export wrote") from None
    except json.JSONDecodeError as error:
        raise ExportFileError(f"it is not JSON (line {error.lineno} column {error.colno}: {error.msg}); give "
                              "the file afterword export wrote") from None


def import_file(source: str, settings: Settings | None = None,
                on_step: Callable[[str], object] | None = None) -> ImportResult:
    """Import the export file ``source`` ("-": standard input): checked whole first, then written in one
    transaction, so a bad record or a failure leaves the database as it was. ``on_step`` hears each step."""
    name = "standard input" if source == "-" else source
    step = on_step or (lambda _text: None)
    try:
        step(f"reading {name}")
        raw = _read_source(source)
        records = raw.get("applications") if isinstance(raw, dict) else None
        step(f"checking {len(records) if isinstance(records, list) else 0:,} applications")
        document = parse_export(raw)
        with open_store(settings) as store:
            with store.transaction() as session:
                counts = write_export(session, document, on_step,
                                      region=(store.settings.country, store.settings.subdivision))
            return ImportResult(database=masked_url(store.url), counts=counts)
    except ExportFileError as error:
        raise ExportFileError(f"cannot import {name}: {error}; nothing was imported") from None


@dataclass(frozen=True, slots=True)
class BackupResult:
    database: str  # URL, password masked
    path: Path
    applications: int


def backup(target: Path, settings: Settings | None = None) -> BackupResult:
    """Copy the SQLite database to the new file ``target`` (a StoreError with pg_dump advice for PostgreSQL)."""
    settings = settings if settings is not None else load_settings()
    url = database_url(settings)
    if sqlite_path(url) is None:
        raise StoreError(pg_dump_advice(url, Path(target)))
    with open_store(settings) as store:
        return BackupResult(database=masked_url(store.url), path=Path(target),
                            applications=backup_sqlite(store, Path(target)))


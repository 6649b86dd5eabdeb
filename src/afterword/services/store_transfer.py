"""Everything in and out of an open store, for the web app: the JSON export (afterword-export/1), the CSV of
applications, and importing an export's bytes (checked whole, then written in one transaction: all or nothing).

services/portability.py does the same for the CLI but opens its own store from settings and reads a path or
standard input; the web app already holds its store, and an upload is bytes that never become a path.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from afterword.services.export_rows import export_document
from afterword.services.export_schema import ExportFileError, parse_export
from afterword.services.import_rows import write_export
from afterword.services.portability import ImportResult, applications_csv, json_layout
from afterword.store.failures import masked_url
from afterword.store.session import Store


def export_json_text(store: Store, now: datetime | None = None) -> str:
    """The whole database as the afterword-export/1 JSON document (the same text `afterword export` writes)."""
    with store.reading() as session:
        document = export_document(session, now)
    return json_layout(document)


def export_csv_text(store: Store, now: datetime | None = None) -> str:
    """One row per application (portability.CSV_COLUMNS), cells safe from formula injection: as
    `afterword export --format csv`."""
    now = now or datetime.now(UTC)
    with store.reading() as session:
        document = export_document(session, now)
    return applications_csv(document, now)


def _parsed(data: bytes) -> object:
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        raise ExportFileError("it is not UTF-8 JSON; give the file Afterword's export made") from None
    except json.JSONDecodeError as error:
        raise ExportFileError(f"it is not JSON (line {error.lineno} column {error.colno}: {error.msg}); give the "
                              "file Afterword's export made") from None


def import_export_data(store: Store, data: bytes, name: str) -> ImportResult:
    """Import the export file's bytes ``data`` (``name`` names it in messages) into ``store``: checked whole
    first, then written in one transaction, so a bad record or a failure leaves the database as it was. Importing
    the same file again changes nothing."""
    try:
        document = parse_export(_parsed(data))
        with store.transaction() as session:
            counts = write_export(session, document, region=(store.settings.country, store.settings.subdivision))
        return ImportResult(database=masked_url(store.url), counts=counts)
    except ExportFileError as error:
        raise ExportFileError(f"cannot import {name}: {error}; nothing was imported") from None

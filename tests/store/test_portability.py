"""Export, import and backup on SQLite and PostgreSQL: the round trip, idempotent imports, one-line errors naming
the record, nothing written by a refused file, merging with what is there, safe CSV cells."""

from __future__ import annotations

import base64
import csv
import io
import json
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from afterword.errors import StoreError
from afterword.services.export_schema import ExportFileError
from afterword.services.portability import backup, export_csv, export_json, import_file, safe_cell
from afterword.settings import Settings, load_settings
from afterword.store import bulk
from afterword.store.session import Store, open_store
from afterword.store.tables import Application, Card, Company, Profile, StageEvent
from tests.store.portability_data import application, export_file, fill

TIMELESS = ("exported_at",)


def _document(settings: Settings) -> dict[str, Any]:
    document = json.loads(export_json(settings))
    for key in TIMELESS:
        document.pop(key)
    return document


def _write(path: Path, document: dict[str, Any]) -> str:
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def _count(store: Store, table: type) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


@pytest.mark.parametrize("direction", ["from this database", "into this database"])
def test_export_import_export_gives_the_same_data(store: Store, settings: Settings, tmp_path: Path,
                                                  direction: str) -> None:
    other = load_settings(home=tmp_path / "other-home")
    source, target = (settings, other) if direction == "from this database" else (other, settings)
    with open_store(source) as source_store:
        fill(source_store)
    exported = _document(source)
    result = import_file(_write(tmp_path / "export.json", exported | {"exported_at": "2026-12-01T00:00:00Z"}),
                         target)
    assert result.changed_anything
    assert _document(target) == exported


def test_the_export_is_self_contained_with_full_uuids(store: Store, settings: Settings) -> None:
    fill(store)
    document = _document(settings)
    assert document["schema"] == "afterword-export/1"
    acme, data = document["applications"]
    assert acme["company"]["name"] == "Acme" and data["company"] == acme["company"]  # "ACME" is the same company
    assert [event["to_stage"] for event in acme["stage_history"]] == ["saved", "applied", "interviewing"]
    interview = acme["interviews"][0]
    assert interview["starts_at"] == "2027-01-05T14:00:00+01:00" and interview["time_zone"] == "Europe/Paris"
    names = {contact["id"]: contact["name"] for contact in acme["contacts"]}
    assert sorted(names[contact] for contact in interview["interviewers"]) == ["Dana Reyes", "Lee Park"]
    assert acme["cards"][0]["content"] == {"questions": ["What would success look like?"], "score": 0.75}
    assert acme["cards"][0]["resume_version_id"] == document["profile"]["resume_versions"][0]["id"]
    resume = document["profile"]["resume_versions"][0]
    assert base64.b64decode(resume["original_base64"]) == bytes(range(256))
    assert [task["title"] for task in acme["tasks"]] == ["Send the thank-you letter"]
    assert [company["name"] for company in document["companies"]] == ["Globex"]
    assert [contact["name"] for contact in document["contacts"]] == ["Robin Recruiter"]
    assert [task["title"] for task in document["tasks"]] == ["Update my LinkedIn headline"]
    ids = []

    def collect(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for name, inner in value.items():
                collect(inner, name)
        elif isinstance(value, list):
            for inner in value:
                collect(inner, key)
        elif key == "id" or key.endswith("_id") or key == "interviewers":
            ids.append(value)

    collect({key: value for key, value in document.items() if key != "applications"} | {
        "applications": [{k: v for k, v in app.items() if k != "cards"} | {
            "cards": [{k: v for k, v in card.items() if k != "content"} for card in app["cards"]]}
            for app in document["applications"]]})
    assert len(ids) > 15 and all(value is None or len(value) == 36 for value in ids)


def test_importing_the_same_file_again_changes_nothing(store: Store, settings: Settings, tmp_path: Path) -> None:
    fill(store)
    path = tmp_path / "export.json"
    path.write_text(export_json(settings), encoding="utf-8")
    with store.transaction() as session:
        before = {model: bulk.read_table(session, model) for model in (Application, StageEvent, Card, Profile)}
    first = import_file(str(path), settings)
    second = import_file(str(path), settings)
    assert not first.changed_anything and not second.changed_anything
    assert second.summary() == "nothing new (everything in the file is already in the database)"
    with store.transaction() as session:
        assert {model: bulk.read_table(session, model) for model in before} == before  # updated_at untouched


def test_a_second_import_into_an_empty_home_adds_no_history(settings: Settings, tmp_path: Path) -> None:
    path = _write(tmp_path / "e.json", export_file(application(1, events=3), application(2)))
    assert import_file(path, settings).counts.by_kind["stage events"].added == 4
    again = import_file(path, settings)
    assert not again.changed_anything and again.counts.by_kind["stage events"].unchanged == 4


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["applications"][1].update(stage="maybe"),
     'applications[1].stage: "maybe" is not a stage (saved, applied, screening, interviewing, offer, accepted, '
     'rejected, withdrawn, no-response)'),
    (lambda d: d["applications"][1].update(id="1a2b3c4d"), 'applications[1].id: "1a2b3c4d" is not a 36-character'),
    (lambda d: d["applications"][0].pop("role"), "applications[0].role: is missing"),
    (lambda d: d["applications"][0]["stage_history"][0].update(at="2026-11-02 09:00"),
     "applications[0].stage_history[0].at: input should have timezone info"),
    (lambda d: d["applications"][1].update(colour="red"), "applications[1].colour: is not a field of this record"),
    (lambda d: d["applications"][1]["company"].update(name="company 1"),
     'applications[1].company: company "company 1" is also applications[0].company, under another id'),
    (lambda d: d["applications"][1].update(id=d["applications"][0]["id"]),
     "applications[1]: id "),
    (lambda d: d["applications"][1].update(interviews=[{
        "id": "00000000-0000-4000-8000-000000000001", "round": 1, "starts_at": "2027-01-05T14:00:00+01:00",
        "time_zone": "Europe/Paris", "kind": "video", "interviewers": ["00000000-0000-4000-8000-000000000002"]}]),
     "applications[1].interviews[0].interviewers[0]: contact 00000000-0000-4000-8000-000000000002 is not in "
     "applications[1].contacts"),
    (lambda d: d.update(schema="afterword-export/9"), 'schema "afterword-export/9" is not afterword-export/1'),
    (lambda d: d["applications"][0].update(company="Acme"), "applications[0].company: should be a JSON object"),
    (lambda d: d["applications"][1]["stage_history"][0].update(from_stage="nope"),
     'applications[1].stage_history[0].from_stage: "nope" is not a stage'),
])
def test_a_bad_record_is_named_and_nothing_is_imported(store: Store, settings: Settings, tmp_path: Path,
                                                       change: Any, message: str) -> None:
    document = export_file(application(1), application(2))
    change(document)
    path = _write(tmp_path / "bad.json", document)
    with pytest.raises(ExportFileError) as raised:
        import_file(path, settings)
    assert str(raised.value).startswith(f"cannot import {path}: {message}")
    assert "\n" not in str(raised.value) and str(raised.value).endswith("; nothing was imported")
    assert _count(store, Application) == 0 and _count(store, Company) == 0


def test_a_file_that_is_not_json_is_one_line(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"schema": "afterword-export/1",\n "applications": [}', encoding="utf-8")
    with pytest.raises(ExportFileError, match=r"is not JSON \(line 2 column 19: "):
        import_file(str(path), settings)


def test_a_company_already_there_under_its_name_is_that_company(store: Store, settings: Settings,
                                                                tmp_path: Path) -> None:
    fill(store)
    import_file(_write(tmp_path / "e.json", export_file(application(1, company="  acme "))), settings)
    with store.transaction() as session:
        assert session.scalars(select(Company.name).order_by(Company.name)).all() == ["Acme", "Globex"]
        assert session.scalar(select(func.count()).select_from(Application)) == 3


def test_the_files_profile_becomes_the_databases_profile(store: Store, settings: Settings, tmp_path: Path) -> None:
    fill(store)
    profile = {"id": "00000000-0000-4000-8000-00000000000a", "name": "Sam R.", "resume_versions": [{
        "id": "00000000-0000-4000-8000-00000000000b", "file_name": "cv.txt", "added_at": "2030-01-01T00:00:00Z",
        "text": "Sam", "original_base64": base64.b64encode(b"Sam").decode()}]}
    import_file(_write(tmp_path / "e.json", export_file(profile=profile)), settings)
    document = _document(settings)
    assert document["profile"]["name"] == "Sam R." and document["profile"]["id"] != profile["id"]
    assert [version["file_name"] for version in document["profile"]["resume_versions"]] == ["resume.pdf", "cv.txt"]


def test_a_card_version_taken_by_another_card_is_refused(store: Store, settings: Settings, tmp_path: Path) -> None:
    fill(store)
    document = json.loads(export_json(settings))
    document["applications"][0]["cards"][0]["id"] = "00000000-0000-4000-8000-00000000000c"
    with pytest.raises(ExportFileError, match=r"applications\[0\].cards\[0\]: its application already has another "
                                              r"card version 1"):
        import_file(_write(tmp_path / "e.json", document), settings)
    assert _count(store, Card) == 1


@pytest.mark.parametrize(("value", "safe"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1 555", "'+1 555"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("Acme", "Acme"), (None, ""), (3, "3"),
    ("\x1b[31mAcme\x1b[0m", "Acme"), ("\x1b]0;title\x07=1+1", "'=1+1"), ("\rx", "x"),
])
def test_csv_cells_never_start_a_formula(value: object, safe: str) -> None:
    assert safe_cell(value) == safe


def test_the_csv_has_one_safe_row_per_application(store: Store, settings: Settings) -> None:
    fill(store)
    with store.transaction() as session:
        session.scalars(select(Application).where(Application.role == "Data Engineer")).one().role = "=1+1"
    rows = list(csv.DictReader(io.StringIO(export_csv(settings, now=datetime(2026, 12, 1, tzinfo=UTC)))))
    assert [(row["company"], row["role"], row["stage"]) for row in rows] == [
        ("Acme", "Backend Engineer", "interviewing"), ("Acme", "'=1+1", "saved")]
    assert rows[0]["next_interview"] == "2027-01-05T14:00:00+01:00" and rows[0]["open_tasks"] == "1"
    assert len(rows[0]["id"]) == 36 and rows[1]["next_interview"] == ""


def test_a_backup_is_a_sqlite_copy_and_never_replaces_a_file(store: Store, settings: Settings,
                                                             tmp_path: Path) -> None:
    fill(store)
    target = tmp_path / "afterword-backup.db"
    if not store.url.startswith("sqlite"):
        with pytest.raises(StoreError, match=r"^the database is PostgreSQL, .*: pg_dump --format=custom "
                                             rf"--file={target} 'postgresql://"):
            backup(target, settings)
        return
    assert backup(target, settings).applications == 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # personal data: readable only by its owner
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM stage_event").fetchone() == (4,)
    with pytest.raises(StoreError, match="already exists; give a new file name"):
        backup(target, settings)
    assert not list(tmp_path.glob(".afterword-backup.db.*"))  # no temporary file left behind


def test_the_json_never_carries_raw_terminal_controls_and_reads_back_the_same(settings: Settings,
                                                                              tmp_path: Path) -> None:
    role = "Engineer \u202egnp.exe \x9b31m \x1b[2J"
    import_file(_write(tmp_path / "in.json", export_file(application(1) | {"role": role})), settings)
    text = export_json(settings)
    assert not any(character in text for character in ("\u202e", "\x9b", "\x1b"))
    assert "\\u202e" in text and "\\u009b" in text and "\\u001b" in text
    assert json.loads(text)["applications"][0]["role"] == role

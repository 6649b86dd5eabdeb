"""`afterword profile|add|list|show|edit|stage` in-process, on SQLite and PostgreSQL: what a user sees."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest


@pytest.fixture
def run(store_cli):  # noqa: ANN001, ANN201 - `afterword ...` on the test's database
    return store_cli


def one_line_error(result, *fragments: str) -> None:  # noqa: ANN001
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.stderr


def test_profile_set_and_show(run, resume_file: Path) -> None:  # noqa: ANN001
    shown = run("profile", "show")
    assert shown.exit_code == 0 and "resume:  none yet; add it with: afterword profile set RESUME" in shown.stdout
    result = run("profile", "set", str(resume_file), "--name", "Sam Rivera", "--email", "sam@example.com",
                 "--phone", "+1 555 0100", "--address", "1 Main St, Springfield")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "resume resume.md kept as version 1"
    data = json.loads(run("profile", "show", "--format", "json").stdout)
    assert (data["name"], data["email"], data["phone"], data["postal_address"]) == (
        "Sam Rivera", "sam@example.com", "+1 555 0100", "1 Main St, Springfield")
    assert data["resume"]["file_name"] == "resume.md" and data["resume_versions"] == 1
    assert "version 2" in run("profile", "set", str(resume_file)).stdout
    one_line_error(run("profile", "set", "missing.pdf"), "missing.pdf does not exist")


def test_add_reads_company_and_role_and_prints_the_short_id(run, posting_file: Path) -> None:  # noqa: ANN001
    result = run("add", str(posting_file))
    assert result.exit_code == 0, result.output
    short = result.stdout.strip()
    assert len(short) == 8 and "added Example Co — Backend Engineer (saved)" in result.stderr
    again = run("add", str(posting_file))
    assert f"note: this role at this company is kept already as {short} (saved)" in again.stderr
    as_json = json.loads(run("add", str(posting_file), "--format", "json").stdout)
    assert len(as_json["id"]) == 36 and as_json["short_id"] == as_json["id"][:8]
    assert (as_json["company"], as_json["role"]) == ("Example Co", "Backend Engineer")
    listed = json.loads(run("list", "--format", "json").stdout)
    assert sorted(item["short_id"] for item in listed) == sorted([short, again.stdout.strip(), as_json["short_id"]])
    assert all(len(item["id"]) == 36 for item in listed)


def test_add_without_a_readable_company_asks_for_it(run, tmp_path: Path) -> None:  # noqa: ANN001
    posting = tmp_path / "posting.txt"
    posting.write_text("We need someone to keep our servers running.\n\n- 3+ years with Linux\n", encoding="utf-8")
    one_line_error(run("add", str(posting)), "does not clearly name the company or the role",
                   "--company and --role")
    one_line_error(run("add", str(posting), "--role", "SRE"), "give it with --company")
    assert json.loads(run("list", "--format", "json").stdout) == []
    added = run("add", str(posting), "--company", "Initech", "--role", "SRE", "--url", "https://initech.example/j")
    assert added.exit_code == 0, added.output
    assert "Initech — SRE" in run("list").stdout


def test_find_by_short_id_company_start_and_ambiguity(run, posting_file: Path) -> None:  # noqa: ANN001
    globex = run("add", str(posting_file), "--company", "Globex", "--role", "Analyst").stdout.strip()
    run("add", str(posting_file), "--company", "Globe Telecom", "--role", "Engineer")
    assert "Globex — Analyst" in run("show", globex).stdout
    assert "Globe Telecom — Engineer" in run("show", "globe t").stdout
    one_line_error(run("show", "glob"), "'glob' matches 2 applications", "give the short id of one")
    one_line_error(run("show", "umbrella"), "no application matches 'umbrella'")


def test_stage_history_is_recorded_and_shown(run, posting_file: Path) -> None:  # noqa: ANN001
    short = run("add", str(posting_file)).stdout.strip()
    moved = run("stage", short, "applied", "--note", "through the careers page")
    assert moved.exit_code == 0 and moved.stdout.strip().endswith("saved → applied")
    assert "is at applied already" in run("stage", "example", "applied").stdout
    run("stage", "example", "no-response")
    shown = run("show", "example").stdout
    assert "saved → applied — through the careers page" in shown and "applied → no-response" in shown
    history = json.loads(run("show", short, "--format", "json").stdout)["history"]
    assert [(step["from"], step["to"], step["note"]) for step in history] == [
        (None, "saved", None), ("saved", "applied", "through the careers page"), ("applied", "no-response", None)]
    assert [item["stage"] for item in json.loads(run("list", "--stage", "no-response", "-f", "json").stdout)] == [
        "no-response"]
    one_line_error(run("stage", short, "hired"), "'hired' is not a stage; give one of saved, applied, screening, "
                   "interviewing, offer, accepted, rejected, withdrawn, no-response")
    one_line_error(run("list", "--stage", "hired"), "'hired' is not a stage")


def test_edit_and_csv_neutralises_formulas(run, posting_file: Path, tmp_path: Path) -> None:  # noqa: ANN001
    short = run("add", str(posting_file)).stdout.strip()
    notes = tmp_path / "notes.md"
    notes.write_text("They ship weekly.\n", encoding="utf-8")
    edited = run("edit", short, "--company", "=HYPERLINK(\"http://evil.example\")", "--role", "+Lead",
                 "--url", "https://example.com/jobs/1", "--research", str(notes))
    assert edited.exit_code == 0, edited.output
    detail = json.loads(run("show", short, "-f", "json").stdout)
    assert (detail["role"], detail["source_url"], detail["research_notes"]) == (
        "+Lead", "https://example.com/jobs/1", "They ship weekly.")
    rows = list(csv.DictReader(io.StringIO(run("list", "--format", "csv").stdout)))
    assert rows[0]["company"] == "'=HYPERLINK(\"http://evil.example\")" and rows[0]["role"] == "'+Lead"
    assert rows[0]["id"] == detail["id"]
    one_line_error(run("edit", short), "nothing to change")


def test_posting_and_resume_from_standard_input(run, posting_file: Path, resume_file: Path) -> None:  # noqa: ANN001
    added = run("add", "-", input=posting_file.read_text(encoding="utf-8"))
    assert added.exit_code == 0, added.output
    assert "added Example Co — Backend Engineer" in added.stderr
    kept = run("profile", "set", "-", "--name", "Sam Rivera", input=resume_file.read_text(encoding="utf-8"))
    assert kept.exit_code == 0, kept.output
    assert json.loads(run("profile", "show", "-f", "json").stdout)["resume"]["file_name"] == "standard input"


def test_a_real_process_asks_for_the_company_without_a_traceback(store_url: str, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    posting = tmp_path / "posting.txt"
    posting.write_text("We need someone to keep our servers running.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "afterword", "add", str(posting), "--role", "SRE"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "AFTERWORD_DATABASE_URL": store_url})
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == "error: the posting does not clearly name the company; give it with --company\n"

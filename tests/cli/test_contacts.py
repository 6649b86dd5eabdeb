"""`afterword contacts list|import|export|scan` in-process (Typer's CliRunner on the group's own Typer app, so the
tests need no registration in cli/app.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from afterword.cli.contacts import contacts_app
from tests.services.contact_samples import CARD_TEXT, PEOPLE

Run = Callable[..., Result]


@pytest.fixture
def contacts(store_url: str) -> Run:
    """`afterword contacts ...` on the test's database."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:  # noqa: A002 - CliRunner's name
        return runner.invoke(contacts_app, list(args), input=input,
                             env={"COLUMNS": "200", "AFTERWORD_DATABASE_URL": store_url})

    return invoke


@pytest.fixture
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.vcf"
    path.write_bytes(PEOPLE.encode("utf-8"))
    return path


@pytest.fixture
def card_text(tmp_path: Path) -> Path:
    path = tmp_path / "card.txt"
    path.write_text(CARD_TEXT, encoding="utf-8")
    return path


def _one_line_error(result: Result, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ") and message in result.stderr
    assert "Traceback" not in result.output


def _acme(store_cli: Run, posting: Path) -> str:
    short = store_cli("add", str(posting), "--company", "Acme", "--role", "Engineer").stdout.strip()
    added = store_cli("interview", "add", short, "--at", "2026-01-05 10:00", "--tz", "UTC", "--with", "Dana Reyes, EM")
    assert added.exit_code == 0, added.output
    return short


def test_import_prints_the_counts_and_the_readers_warnings(contacts: Run, people: Path) -> None:
    result = contacts("import", str(people))
    assert result.exit_code == 0, result.output
    assert result.stdout == "Imported people.vcf (3 cards): 3 added, 0 updated, 0 already kept with nothing new.\n"
    assert result.stderr.startswith('warning: José Ramírez (card 2): left out the email "jose@@example"')
    again = contacts("import", str(people), "--company", "Initech")
    assert "3 added" in again.stdout
    listed = contacts("list", "--company", "initech").stdout.splitlines()
    assert [line.split("  ", 1)[1].split(" · ")[0] for line in listed] == [
        "Amélie Lefèvre, Talent Acquisition Lead", "Dana Reyes, VP Engineering", "José Ramírez"]


def test_list_as_json_and_csv(contacts: Run, people: Path) -> None:
    assert contacts("list").stdout.startswith("no contacts; add them with: afterword contacts import")
    contacts("import", str(people))
    rows = json.loads(contacts("list", "--format", "json").stdout)
    assert [row["name"] for row in rows] == ["Dana Reyes", "José Ramírez", "Amélie Lefèvre"]  # ACME, Northwind, ...
    assert rows[0]["phone"] == "+14155550132" and len(rows[0]["id"]) == 36 and rows[0]["application_ids"] == []
    table = list(csv.DictReader(io.StringIO(contacts("list", "-f", "csv").stdout)))
    assert [row["company"] for row in table] == ["ACME", "Northwind", "Société Générale"]
    assert table[2]["postal_address"] == "29 Boulevard Haussmann\nParis 75009\nFrance"
    text = contacts("list").stdout.splitlines()
    assert text[0].endswith("Dana Reyes, VP Engineering · ACME · dana.reyes@acme.example · +1 415-555-0132")
    _one_line_error(contacts("list", "--company", "Globex"), "no company is called 'Globex'")


def test_export_to_stdout_and_a_file_then_import_adds_nothing(contacts: Run, people: Path, tmp_path: Path) -> None:
    contacts("import", str(people))
    shown = contacts("export")
    vcf = shown.stdout_bytes.decode("utf-8")  # Result.stdout would turn the CRLFs into LFs
    assert shown.exit_code == 0 and vcf.count("BEGIN:VCARD\r\n") == 3 and "VERSION:4.0\r\n" in vcf
    target = tmp_path / "out"
    target.mkdir()
    written = contacts("export", "--output", str(target), "--vcard-version", "3.0", "--company", "Northwind")
    assert written.exit_code == 0 and written.stdout == ""
    path = target / "afterword-contacts.vcf"
    assert written.stderr == f"exported 1 contact to {path} (vCard 3.0)\n"
    assert "VERSION:3.0\r\nFN:José Ramírez\r\n" in path.read_bytes().decode("utf-8")
    full = tmp_path / "all.vcf"
    assert contacts("export", "-o", str(full)).exit_code == 0
    again = contacts("import", str(full))
    assert again.stdout == "Imported all.vcf (3 cards): 0 added, 0 updated, 3 already kept with nothing new.\n"
    assert again.stderr == ""
    _one_line_error(contacts("export", "--vcard-version", "2.1"), "give --vcard-version 4.0 or 3.0")
    _one_line_error(contacts("export", "-o", str(tmp_path / "missing" / "x.vcf")), "does not exist")


def test_scan_text_with_yes_keeps_every_field_as_read(contacts: Run, store_cli: Run, card_text: Path,
                                                       posting_file: Path) -> None:
    short = _acme(store_cli, posting_file)
    result = contacts("scan", "--text", str(card_text), "--app", short, "--yes")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Jane Smith" in out and "from line 1" in out
    assert 'the application\'s company; the card says "Acme Corp, Inc." (line 3)' in out
    assert "Other numbers on the card: +1 415-555-0100 (fax)" in out
    assert "Added Jane Smith (" in out and ") at Acme." in out
    assert f"Linked to interview 1 (round 1, Mon 5 Jan 10:00 UTC) of {short} Acme — Engineer." in out
    [jane] = [row for row in json.loads(contacts("list", "--company", short, "-f", "json").stdout)
              if row["name"] == "Jane Smith"]
    assert (jane["email"], jane["phone"], jane["title"]) == ("jane.smith@acme.example", "+14155550134;ext=204",
                                                             "Senior Technical Recruiter")
    again = contacts("scan", "--text", str(card_text), "--app", short, "-y")
    assert "was kept already, and the card has nothing new" in again.stdout
    assert "Already linked to interview 1" in again.stdout
    piped = contacts("scan", "--text", "-", "--yes", input=CARD_TEXT.replace("Jane Smith", "Lee Chan")
                     .replace("jane.smith", "lee.chan"))
    assert piped.exit_code == 0 and "Added Lee Chan (" in piped.stdout and ") at Acme Corp, Inc." in piped.stdout


def test_scan_asks_each_field_and_takes_corrections(contacts: Run, card_text: Path) -> None:
    answers = ["",  # name: kept
               "Head of Talent",  # title: corrected
               "Acme",  # company: corrected
               "jane@",  # email: not valid, asked again ...
               "jane@acme.example",  # ... and corrected
               "-",  # phone: left out
               "",  # website: kept
               ""]  # address: kept
    result = contacts("scan", "--text", str(card_text), input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Check each field: Enter keeps it, type to correct it, - leaves it out." in result.stdout
    assert "Company: from line 3" in result.stdout and "Company [Acme Corp, Inc.]" in result.stdout
    assert '"jane@" is not a valid email address' in result.stdout
    assert "Added Jane Smith (" in result.stdout
    [row] = json.loads(contacts("list", "-f", "json").stdout)
    assert (row["title"], row["company"], row["email"], row["phone"]) == ("Head of Talent", "Acme",
                                                                          "jane@acme.example", None)
    stopped = contacts("scan", "--text", str(card_text), input="\n\n")  # the input ends: nothing is saved
    _one_line_error(stopped, "stopped; nothing was saved")
    assert len(json.loads(contacts("list", "-f", "json").stdout)) == 1


def test_scan_errors_are_one_line(contacts: Run, card_text: Path, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pytesseract", None)  # as without the OCR extra
    photo = tmp_path / "card.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    _one_line_error(contacts("scan", str(photo)), "error: Reading card photos needs the OCR extra: pip install "
                                                  "'afterword[ocr]' and the tesseract-ocr system package")
    _one_line_error(contacts("scan"), "give a photo of the business card, or its text with --text FILE")
    _one_line_error(contacts("scan", str(photo), "--text", str(card_text)), "(not both)")
    _one_line_error(contacts("scan", "--text", "-"), "add --yes, or give the text as a file")
    nameless = tmp_path / "nameless.txt"
    nameless.write_text("Acme Corp, Inc.\n+1 415 555 0134\n", encoding="utf-8")
    _one_line_error(contacts("scan", "--text", str(nameless), "--yes"), "no name was found on the business card")
    _one_line_error(contacts("scan", "--text", str(card_text), "--app", "nosuch", "--yes"),
                    "no application matches 'nosuch'")


def test_import_errors_are_one_line(contacts: Run, tmp_path: Path) -> None:
    _one_line_error(contacts("import", str(tmp_path / "nothing.vcf")), "does not exist")
    broken = tmp_path / "notes.vcf"
    broken.write_text("just some notes\n", encoding="utf-8")
    _one_line_error(contacts("import", str(broken)), "is not a vCard")

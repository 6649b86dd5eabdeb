"""`afterword export`, `import` and `backup` through the CLI: output to stdout or a file, exit codes, one-line
errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from afterword.cli.app import app
from afterword.settings import load_settings
from afterword.store.session import open_store
from tests.store.portability_data import application, export_file, fill

runner = CliRunner()


def run(*args: str, database_url: str):  # noqa: ANN201
    return runner.invoke(app, list(args), env={"COLUMNS": "200", "AFTERWORD_DATABASE_URL": database_url})


def _filled(database_url: str, tmp_path: Path) -> None:
    with open_store(load_settings(home=tmp_path, database_url=database_url)) as store:
        fill(store)


def test_export_writes_json_to_stdout_and_csv_to_a_file(store_url: str, tmp_path: Path) -> None:
    _filled(store_url, tmp_path)
    result = run("export", database_url=store_url)
    assert result.exit_code == 0, result.output
    assert [app["role"] for app in json.loads(result.stdout)["applications"]] == ["Backend Engineer",
                                                                                  "Data Engineer"]
    target = tmp_path / "apps.csv"
    result = run("export", "--format", "csv", "--output", str(target), database_url=store_url)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr.strip() == f"exported to {target}"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [row["stage"] for row in rows] == ["interviewing", "saved"]


def test_export_into_a_folder_uses_the_default_name(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    assert run("export", "-o", f"{tmp_path}/", database_url=url).exit_code == 0
    assert json.loads((tmp_path / "afterword-export.json").read_text())["applications"] == []


def test_export_to_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = run("export", "-o", str(tmp_path / "nowhere" / "e.json"), database_url=f"sqlite:///{tmp_path}/a.db")
    assert result.exit_code == 1
    assert result.stderr == f"error: folder {tmp_path / 'nowhere'} does not exist; create it first or give another " \
                            "path\n"


def test_import_twice_then_a_bad_file(store_url: str, tmp_path: Path) -> None:
    path = tmp_path / "e.json"
    path.write_text(json.dumps(export_file(application(1), application(2, events=2))), encoding="utf-8")
    first = run("import", str(path), database_url=store_url)
    assert first.exit_code == 0, first.output
    assert "applications: 2 new; stage events: 3 new" in first.stdout
    second = run("import", str(path), database_url=store_url)
    assert second.exit_code == 0, second.output
    assert second.stdout.endswith("nothing new (everything in the file is already in the database)\n")

    bad = export_file(application(3), application(4))
    bad["applications"][1]["stage"] = "maybe"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = run("import", str(path), database_url=store_url)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f'error: cannot import {path}: applications[1].stage: "maybe" is not a stage')
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert len(json.loads(run("export", database_url=store_url).stdout)["applications"]) == 2


def test_import_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "none.json"), database_url=f"sqlite:///{tmp_path}/a.db")
    assert result.exit_code == 1
    assert result.stderr == f"error: cannot read {tmp_path / 'none.json'} (No such file or directory); give the " \
                            "file afterword export wrote\n"


def test_import_reads_standard_input(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/a.db"
    result = runner.invoke(app, ["import", "-"], input=json.dumps(export_file(application(1))),
                           env={"AFTERWORD_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    assert "applications: 1 new" in result.stdout


def test_backup_then_refuse_to_replace_it(store_url: str, tmp_path: Path) -> None:
    _filled(store_url, tmp_path)
    target = tmp_path / "backup.db"
    result = run("backup", str(target), database_url=store_url)
    assert result.exit_code == 1 if store_url.startswith("postgresql") else result.exit_code == 0, result.output
    if store_url.startswith("postgresql"):
        assert result.stderr.startswith("error: the database is PostgreSQL, which Afterword does not copy itself; "
                                        f"back it up with: pg_dump --format=custom --file={target} 'postgresql://")
        assert result.stderr.count("\n") == 1 and not target.exists()
        return
    assert result.stdout.endswith(f"to {target} (2 applications)\n")
    again = run("backup", str(target), database_url=store_url)
    assert again.exit_code == 1
    assert again.stderr == f"error: {target} already exists; give a new file name (a backup never replaces a file)\n"

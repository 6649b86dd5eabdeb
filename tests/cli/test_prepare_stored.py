"""`afterword prepare APP`: the card of a stored application, kept as versions; the file form is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import app

runner = CliRunner()


@pytest.fixture
def run(store_cli):  # noqa: ANN001, ANN201 - `afterword ...` on the test's database
    return store_cli


def test_prepare_app_saves_version_1_then_2(run, resume_file: Path, posting_file: Path) -> None:  # noqa: ANN001
    assert run("profile", "set", str(resume_file)).exit_code == 0
    short = run("add", str(posting_file)).stdout.strip()
    run("interview", "add", short, "--at", "2030-01-08 10:00", "--tz", "Europe/Berlin",
        "--with", "Dana Reyes, Engineering Manager")
    first = run("prepare", short)
    assert first.exit_code == 0, first.output
    assert "Closing Card · Backend Engineer at Example Co" in first.stdout and "Questions to ask" in first.stdout
    assert f"card version 1 kept with {short} Example Co — Backend Engineer" in first.stderr
    second = run("prepare", "example", "--format", "json", "--interviewer", "Lee Chan, Recruiter")
    assert second.exit_code == 0, second.output
    card = json.loads(second.stdout)
    assert card["schema"] == "afterword.card/1" and card["company"] == "Example Co"
    assert [person["name"] for person in card["interviewers"]] == ["Dana Reyes", "Lee Chan"]
    assert "card version 2 kept" in second.stderr
    kept = json.loads(run("show", short, "--format", "json").stdout)["cards"]
    assert [version["version"] for version in kept] == [1, 2]


def test_prepare_app_without_a_resume_names_the_fix(run, posting_file: Path) -> None:  # noqa: ANN001
    run("add", str(posting_file))
    result = run("prepare", "example")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "set it with: afterword profile set RESUME" in result.stderr


def test_a_lone_resume_file_shows_both_forms(run, resume_file: Path) -> None:  # noqa: ANN001
    result = run("prepare", str(resume_file))
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "afterword prepare RESUME POSTING" in result.stderr and "afterword prepare APP" in result.stderr


def test_the_file_form_still_works_and_keeps_nothing(resume_file: Path, posting_file: Path,
                                                     isolated_data_dir: Path) -> None:
    result = runner.invoke(app, ["prepare", str(resume_file), str(posting_file), "--format", "json"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["company"] == "Example Co"
    assert not (isolated_data_dir / "afterword.db").exists()

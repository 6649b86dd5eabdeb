"""cli/fast.py: the plain forms of `board`, `today`, `list` and `show` run without Typer, SQLAlchemy or pydantic
and print the same bytes as the Typer app; anything else is left to the Typer app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from afterword.cli.fast import _parse, run

TYPER = "import sys; from afterword.cli.app import main; sys.argv[0] = 'afterword'; main()"
HOSTILE = "Evil \x1b]52;c;ZXZpbA==\x07 Co \u202egnp \x9b31m"


@pytest.mark.parametrize(("args", "parsed"), [
    (["board"], ("board", {}, [])),
    (["today", "--format", "json"], ("today", {"format": "json"}, [])),
    (["list", "--stage=applied", "-f", "csv"], ("list", {"stage": "applied", "format": "csv"}, [])),
    (["show", "-f", "json", "acme"], ("show", {"format": "json"}, ["acme"])),
    (["show", "-"], ("show", {}, ["-"])),
])
def test_plain_command_lines_are_parsed(args: list[str], parsed: tuple) -> None:  # type: ignore[type-arg]
    assert _parse(args) == parsed


@pytest.mark.parametrize("args", [
    [], ["--debug", "board"], ["board", "--help"], ["board", "-h"], ["board", "--format", "csv"],
    ["board", "--format", "JSON"], ["board", "-fjson"], ["board", "--format"], ["board", "extra"],
    ["show"], ["show", "a", "b"], ["show", "--", "-x"], ["list", "--stage", "-x"], ["board", "--stage", "saved"],
    ["list", "--format", "json", "--format", "text"], ["list", "--stag", "saved"], ["add", "posting.md"],
])
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert run(args) is None


def test_debug_goes_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_DEBUG", "1")
    assert run(["board"]) is None


def _afterword(args: list[str], env: dict[str, str], *, typer: bool = False) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-c", TYPER, *args] if typer else [sys.executable, "-m", "afterword", *args]
    return subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)


@pytest.fixture
def cli_env(store_url: str, store_cli, posting_file: Path, resume_file: Path) -> dict[str, str]:  # noqa: ANN001
    for company, stage in (("Acme", "applied"), (HOSTILE, "interviewing"), ("Beta", None)):
        short = store_cli("add", str(posting_file), "--company", company, "--role", "Engineer").stdout.strip()
        if stage:
            store_cli("stage", short, stage, "--note", HOSTILE)
    store_cli("interview", "add", "acme", "--at", "2030-01-02 10:00", "--tz", "Europe/Paris", "--with", "Dana, EM")
    waiting = store_cli("add", str(posting_file), "--company", "Delta", "--role", "Engineer").stdout.strip()
    store_cli("stage", waiting, "interviewing")
    past = (datetime.now(UTC) - timedelta(days=9)).strftime("%Y-%m-%d %H:%M")
    store_cli("interview", "add", waiting, "--at", past, "--tz", "Asia/Tokyo")
    notes = posting_file.with_name("debrief.json")
    notes.write_text(json.dumps({"went": "mixed", "decision": "in a week", "next_step": HOSTILE,
                                 "interviewers": [{"name": HOSTILE, "topics": ["scale"]}]}), encoding="utf-8")
    assert store_cli("debrief", waiting, "--file", str(notes)).exit_code == 0
    assert store_cli("profile", "set", str(resume_file)).exit_code == 0
    assert store_cli("letters", waiting, "-o", str(posting_file.parent)).exit_code == 0  # show lists it
    return {**os.environ, "AFTERWORD_DATABASE_URL": store_url, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}


def test_the_same_bytes_as_the_typer_app(cli_env: dict[str, str]) -> None:
    for args in (["board"], ["board", "-f", "json"], ["today"], ["today", "--format=json"], ["list"],
                 ["list", "--format", "json"], ["list", "-f", "csv", "--stage", "applied"], ["show", "acme"],
                 ["show", "acme", "-f", "json"], ["show", "evil"], ["show", "nobody"], ["list", "--stage", "nope"],
                 ["show", "delta"], ["show", "delta", "-f", "json"]):
        fast, typer = _afterword(args, cli_env), _afterword(args, cli_env, typer=True)
        assert (fast.returncode, fast.stdout, fast.stderr) == (typer.returncode, typer.stdout, typer.stderr), args
    assert b"Follow-up plans" in _afterword(["today"], cli_env).stdout
    assert b"\nletters:\n" in _afterword(["show", "delta"], cli_env).stdout


def test_the_fast_start_imports_no_typer_sqlalchemy_or_pydantic(cli_env: dict[str, str]) -> None:
    program = ("import sys\nfrom afterword.cli.fast import run\n"
               "for args in (['board'], ['today'], ['list', '-f', 'json'], ['show', 'acme']):\n"
               "    assert run(args) == 0\n"
               "print(sorted(m for m in ('typer', 'click', 'sqlalchemy', 'pydantic', 'pydantic_settings', 'alembic') "
               "if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=cli_env, timeout=120,
                          check=True)
    assert done.stderr.strip() == "[]"


def test_a_missing_or_newer_database_takes_the_normal_path(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'afterword.db'}"
    env = {**os.environ, "AFTERWORD_DATABASE_URL": url}
    first = _afterword(["list"], env)  # no database yet: the normal path creates it
    assert first.returncode == 0 and first.stdout.startswith(b"no applications")
    import sqlite3

    with sqlite3.connect(tmp_path / "new" / "afterword.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    newer, typer = _afterword(["board"], env), _afterword(["board"], env, typer=True)
    assert newer.returncode == 1 and b"written by a newer Afterword (revision 9999)" in newer.stderr
    assert newer.stderr == typer.stderr and newer.stderr.count(b"\n") == 1

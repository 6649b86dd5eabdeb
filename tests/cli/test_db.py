"""`afterword db status` and `afterword db upgrade`, on SQLite and PostgreSQL, and their one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from afterword.cli.app import app
from afterword.settings import load_settings
from afterword.store.engine import make_engine
from afterword.store.migrate import HEAD_REVISION

runner = CliRunner()


def run(*args: str, database_url: str):  # noqa: ANN201
    return runner.invoke(app, list(args), env={"COLUMNS": "200", "AFTERWORD_DATABASE_URL": database_url})


def afterword(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "afterword", *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **env})


def test_status_upgrade_status(store_url: str) -> None:
    before = run("db", "status", database_url=store_url)
    assert before.exit_code == 0, before.output
    assert f"revision: none (this Afterword: {HEAD_REVISION})" in before.stdout
    assert "upgrade needed: run 'afterword db upgrade'" in before.stdout
    if store_url.startswith("sqlite"):
        assert "(not created yet)" in before.stdout
        assert not Path(make_url(store_url).database or "").exists()  # status never creates the database

    upgraded = run("db", "upgrade", database_url=store_url)
    assert upgraded.exit_code == 0, upgraded.output
    assert upgraded.stdout.strip().endswith(f"is at revision {HEAD_REVISION} (up to date)")

    after = run("db", "status", "--format", "json", database_url=store_url)
    assert after.exit_code == 0, after.output
    data = json.loads(after.stdout)
    assert data == {"url": data["url"], "exists": True, "current": HEAD_REVISION, "head": HEAD_REVISION,
                    "upgrade_needed": False, "newer_than_code": False}
    assert run("db", "status", database_url=store_url).stdout.strip().endswith("up to date")


@pytest.mark.postgresql
def test_the_password_never_shows(postgres_database: str) -> None:
    with_password = make_url(postgres_database).set(password="s3cret").render_as_string(hide_password=False)
    result = run("db", "status", database_url=with_password)  # the test server trusts, so any password works
    assert result.exit_code == 0, result.output
    assert "s3cret" not in result.stdout and ":***@" in result.stdout


def test_a_database_from_a_newer_afterword(store_url: str) -> None:
    engine = make_engine(load_settings(database_url=store_url))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        connection.execute(text("INSERT INTO alembic_version VALUES ('0042')"))
    engine.dispose()
    status = run("db", "status", database_url=store_url)
    assert status.exit_code == 0
    assert f"revision: 0042 (this Afterword: {HEAD_REVISION})" in status.stdout
    assert "written by a newer Afterword" in status.stdout
    upgrade = run("db", "upgrade", database_url=store_url)
    assert upgrade.exit_code == 1
    assert upgrade.stderr.count("\n") == 1
    assert "newer Afterword (revision 0042); upgrade Afterword (pip install -U afterword)" in upgrade.stderr


def test_a_read_only_database_is_one_line_exit_1(tmp_path: Path) -> None:
    database = tmp_path / "afterword.db"
    database.write_bytes(b"")  # an empty SQLite database, not yet upgraded
    database.chmod(0o444)
    done = afterword("db", "upgrade", AFTERWORD_HOME=str(tmp_path))
    assert done.returncode == 1, done.stderr
    assert done.stderr == (f"error: the database sqlite:///{database} is read-only; make it writable (chmod u+w) "
                           "or point AFTERWORD_DATABASE_URL at another database\n")
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_an_unreachable_server_is_one_line_exit_1() -> None:
    done = afterword("db", "status", AFTERWORD_DATABASE_URL="postgresql://me:s3cret@127.0.0.1:1/afterword")
    assert done.returncode == 1
    assert done.stderr.startswith("error: cannot connect to the database "
                                  "postgresql+psycopg://me:***@127.0.0.1:1/afterword (")
    assert done.stderr.count("\n") == 1 and "s3cret" not in done.stderr


@pytest.mark.parametrize(("env", "problem"), [
    ({"AFTERWORD_DATABASE_URL": "mysql://u@h/db"}, "not 'mysql'"),
    ({"AFTERWORD_COUNTRY": "Narnia"}, "two-letter country code"),
])
def test_bad_settings_are_one_line_exit_1(env: dict[str, str], problem: str) -> None:
    done = afterword("db", "status", **env)
    assert done.returncode == 1
    assert done.stderr.startswith("error: invalid setting") and problem in done.stderr
    assert done.stderr.count("\n") == 1

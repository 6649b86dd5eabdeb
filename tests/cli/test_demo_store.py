"""`afterword demo` keeps track in a throw-away database and never touches the user's."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from afterword.cli.app import app

runner = CliRunner()


def test_demo_runs_the_stored_flow_without_touching_the_users_database(tmp_path: Path) -> None:
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    env = {"COLUMNS": "200", "AFTERWORD_HOME": str(home),
           "AFTERWORD_DATABASE_URL": f"sqlite:///{elsewhere / 'mine.db'}"}
    result = runner.invoke(app, ["demo", "--no-pdf"], env=env)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("Questions to ask") < out.index("Keeping track (a throw-away database: yours is not touched)")
    for said in ("$ afterword add posting.md --research research.md", "$ afterword board", "applied (1)",
                 "prepare the card: interview", "$ afterword today", "Interviews in the next 7 days",
                 "Cards to prepare"):
        assert said in out
    assert list(home.iterdir()) == [] and list(elsewhere.iterdir()) == []


def test_demo_json_keeps_stdout_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--format", "json", "--no-pdf"],
                           env={"COLUMNS": "200", "AFTERWORD_HOME": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["company"] == "Lumen Harbor"
    assert "$ afterword board" in result.stderr
    assert list(tmp_path.iterdir()) == []

"""`afterword demo` keeps track in a throw-away database and never touches the user's; after the interview it writes
the thank-you letters and the plans' .ics into a new folder, never into one that was there."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import app

runner = CliRunner()
LETTERS = {"thank-you-priya-natarajan.txt": "Priya Natarajan", "thank-you-renata-solberg.txt": "Renata Solberg"}


def _env(tmp_path: Path) -> dict[str, str]:
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir(exist_ok=True)
    elsewhere.mkdir(exist_ok=True)
    return {"COLUMNS": "200", "AFTERWORD_HOME": str(home),
            "AFTERWORD_DATABASE_URL": f"sqlite:///{elsewhere / 'mine.db'}"}


def _digest(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def test_demo_runs_the_stored_flow_without_touching_the_users_database(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    env = _env(tmp_path)
    mine = runner.invoke(app, ["profile", "set", "--name", "Sam Rivera"], env=env)  # the user's own database
    assert mine.exit_code == 0, mine.output
    before = _digest(tmp_path / "elsewhere")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = runner.invoke(app, ["demo", "--no-pdf"], env=env)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("Questions to ask") < out.index("Keeping track (a throw-away database: yours is not touched)")
    for said in ("$ afterword add posting.md --research research.md", "$ afterword board", "applied (1)",
                 "prepare the card: interview", "$ afterword today", "Interviews in the next 7 days",
                 "Cards to prepare"):
        assert said in out
    assert _digest(tmp_path / "elsewhere") == before and list((tmp_path / "home").iterdir()) == []
    listed = runner.invoke(app, ["list", "--format", "json"], env=env)
    assert listed.exit_code == 0 and json.loads(listed.stdout) == []
    assert [path.name for path in work.iterdir()] == ["after-the-interview"]


def test_demo_debriefs_plans_and_shows_the_first_letter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["demo", "--no-pdf"], env=_env(tmp_path))
    assert result.exit_code == 0, result.output
    out = result.stdout
    after = out[out.index("After the interview"):]
    ref = re.search(r"\$ afterword debrief (\w{8}) --file debrief\.toml", after)
    assert ref is not None
    read = re.search(r'Decision expected by (\w+day \d+ \w+ \d{4}) \(read from "by the end of next week"', after)
    assert read is not None
    weekday, day, month, year = read.group(1).split()
    assert f'Decision expected by {weekday[:3]} {day} {month[:3]} {year} ("by the end of next week").' in after
    for said in (f"$ afterword plan {ref.group(1)}", "Send your thank-you note", "due today", "Time to move on",
                 f"$ afterword letters {ref.group(1)} --output after-the-interview",
                 "file: after-the-interview/thank-you-priya-natarajan.txt",
                 "$ cat after-the-interview/thank-you-priya-natarajan.txt", "Dear Priya Natarajan,",
                 "$ afterword calendar export --output after-the-interview",
                 "exported the follow-up plans to after-the-interview/afterword-plans.ics"):
        assert said in after, said
    assert "wrote after-the-interview/" in result.stderr


def test_demo_writes_the_letters_and_the_calendar_into_a_new_folder_each_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from icalendar import Calendar

    monkeypatch.chdir(tmp_path)
    env = _env(tmp_path)
    first = runner.invoke(app, ["demo", "--no-pdf"], env=env)
    assert first.exit_code == 0, first.output
    folder = tmp_path / "after-the-interview"
    assert sorted(path.name for path in folder.iterdir()) == sorted([*LETTERS, "afterword-plans.ics"])
    for name, person in LETTERS.items():
        text = (folder / name).read_text(encoding="utf-8")
        assert f"Dear {person}," in text and "Maya Okafor" in text
    calendar = Calendar.from_ical((folder / "afterword-plans.ics").read_bytes())
    summaries = [str(event["SUMMARY"]).split(" (")[0] for event in calendar.walk("VEVENT")]
    # the plan's steps in order; a "keep momentum" step each week before the decision date, so how many of those
    # there are depends on the weekday the demo's interview falls on
    fixed = ["Send your thank-you note", "Check in on your application", "Check in once more", "Time to move on"]
    assert [summary for summary in summaries if summary in fixed] == fixed
    assert set(summaries) - set(fixed) <= {"Move another application forward", "Add a new application"}
    kept = _digest(folder)
    (tmp_path / "after-the-interview-2").write_text("mine", encoding="utf-8")  # a file by the next name
    second = runner.invoke(app, ["demo", "--no-pdf"], env=env)
    assert second.exit_code == 0, second.output
    assert "--output after-the-interview-3" in second.stdout
    assert _digest(folder) == kept and (tmp_path / "after-the-interview-2").read_text(encoding="utf-8") == "mine"
    assert sorted(path.name for path in (tmp_path / "after-the-interview-3").iterdir()) == sorted(kept)


def test_demo_with_no_files_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    env = _env(tmp_path)
    result = runner.invoke(app, ["demo", "--no-files"], env=env)
    assert result.exit_code == 0, result.output
    assert "Dear Priya Natarajan," in result.stdout and "not written: --no-files" in result.stdout
    assert "wrote" not in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["elsewhere", "home"]
    assert list((tmp_path / "elsewhere").iterdir()) == [] and list((tmp_path / "home").iterdir()) == []
    refused = runner.invoke(app, ["demo", "--format", "pdf", "--no-files"], env=env)
    assert refused.exit_code == 1 and "drop one of them" in refused.output


def test_demo_json_keeps_stdout_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--format", "json", "--no-files"],
                           env={"COLUMNS": "200", "AFTERWORD_HOME": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["company"] == "Lumen Harbor"
    assert "$ afterword board" in result.stderr and "$ afterword calendar export" in result.stderr
    assert list(tmp_path.iterdir()) == []

"""`afterword interview add`, `board` and `today` in-process, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest


@pytest.fixture
def run(store_cli):  # noqa: ANN001, ANN201 - `afterword ...` on the test's database
    return store_cli


def _add(run, posting: Path, company: str, stage: str | None = None) -> str:  # noqa: ANN001
    short = run("add", str(posting), "--company", company, "--role", "Engineer").stdout.strip()
    if stage:
        assert run("stage", short, stage).exit_code == 0
    return short


def _in_days(days: int) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).strftime("%Y-%m-%d %H:%M")


def test_interview_times_show_in_their_own_zone(run, posting_file: Path) -> None:  # noqa: ANN001
    short = _add(run, posting_file, "Example Co")
    paris = run("interview", "add", short, "--at", "2026-12-03 14:00", "--tz", "Europe/Paris", "--kind", "video",
                "--place", "https://meet.example/abc", "--with", "Dana Reyes, Engineering Manager",
                "--with", "Lee Chan, Recruiter")
    assert paris.exit_code == 0, paris.output
    assert paris.stdout.strip().endswith("round 1, Thu 3 Dec 14:00 Europe/Paris, video")
    york = run("interview", "add", "example", "--at", "2026-12-10 09:30", "--tz", "America/New_York",
               "--round", "3", "--kind", "phone", "--format", "json")
    assert json.loads(york.stdout)["starts_at"] == "2026-12-10T09:30:00-05:00"
    shown = run("show", short).stdout
    assert "round 1: Thu 3 Dec 14:00 Europe/Paris, video at https://meet.example/abc; with Dana Reyes, " \
           "Engineering Manager, Lee Chan, Recruiter" in shown
    assert "round 3: Thu 10 Dec 09:30 America/New_York, phone" in shown
    interviews = json.loads(run("show", short, "-f", "json").stdout)["interviews"]
    assert interviews[0]["starts_at"] == "2026-12-03T14:00:00+01:00"


def test_interview_errors_are_one_line(run, posting_file: Path) -> None:  # noqa: ANN001
    short = _add(run, posting_file, "Example Co")
    for args, message in ((["--at", "tomorrow"], "'tomorrow' is not a date and time"),
                          (["--at", "2026-12-03 14:00", "--tz", "Paris"], "'Paris' is not a time zone"),
                          (["--at", "2026-12-03 14:00", "--kind", "zoom"], "'zoom' is not a kind of interview")):
        result = run("interview", "add", short, *args)
        assert result.exit_code == 1 and result.stderr.count("\n") == 1 and message in result.stderr


def test_board_groups_counts_and_caps_long_groups(run, posting_file: Path) -> None:  # noqa: ANN001
    for number in range(12):
        _add(run, posting_file, f"Saved Co {number:02}")
    _add(run, posting_file, "Applied Co", "applied")
    result = run("board")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Pipeline · 13 applications" in out
    assert out.index("saved (12)") < out.index("applied (1)")
    assert "Saved Co 09" in out and "Saved Co 10" not in out
    assert "and 2 more: afterword list --stage saved" in out
    assert "apply" in out and "wait; follow up after 5 business days" in out
    data = json.loads(run("board", "--format", "json").stdout)
    assert [(group["stage"], group["count"], len(group["applications"]), group["more"])
            for group in data["stages"]] == [("saved", 12, 10, 2), ("applied", 1, 1, 0)]


def test_today_nudges_only_when_every_active_application_waits(run, posting_file: Path) -> None:  # noqa: ANN001
    nudge = "All 2 active applications are waiting on employers: line up more prospects"
    first = _add(run, posting_file, "Alpha", "applied")
    _add(run, posting_file, "Beta", "interviewing")
    assert nudge in run("today").stdout
    saved = _add(run, posting_file, "Gamma")
    assert "waiting on employers" not in run("today").stdout
    run("stage", saved, "withdrawn")
    assert nudge in run("today").stdout
    run("interview", "add", first, "--at", _in_days(2), "--tz", "UTC")
    today = run("today").stdout
    assert "waiting on employers" not in today
    assert "Interviews in the next 7 days" in today and "no card yet" in today
    assert f"afterword prepare {first}" in today  # within 3 days and no card: a card to prepare
    data = json.loads(run("today", "--format", "json").stdout)
    assert data["nudge"] is None and data["active"] == 2
    assert [item["application"]["short_id"] for item in data["cards_to_prepare"]] == [first]

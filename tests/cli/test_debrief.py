"""`afterword debrief`, `plan`, `today` and `calendar export` in-process (Typer's CliRunner), on SQLite and
PostgreSQL: the file round trip, the interactive questions (skipping, Ctrl-C and resuming, the decision date read
back for confirmation), interviewers kept as contacts, and debriefs through export and import."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import Result

from afterword.services.debrief_answers import spoken_day

DEBRIEF = {
    "interview": 1, "went": "well", "confidence": 4, "signals": ["rapport", "introduced to the team"],
    "closing_question": {"asked": "Is there anything that would stop you moving me forward?",
                         "answer": "Not at all, we liked the platform story"},
    "interviewers": [{"name": "Dana Reyes", "title": "Engineering Manager", "email": "dana@example.com",
                      "phone": "+1 415 555 0132", "topics": ["platform", "on-call"]},
                     {"name": "Lee Chan", "title": "Staff Engineer"}],
    "concerns": ["no Kubernetes in production"], "decision": "in two weeks", "next_step": "a technical round",
    "notes": "Bring the migration story next time.",
}
TOML = '''went = "well"
confidence = 4
signals = ["rapport", "introduced to the team"]
concerns = ["no Kubernetes in production"]
decision = "in two weeks"
next_step = "a technical round"

[closing_question]
asked = "Is there anything that would stop you moving me forward?"
answer = "Not at all"

[[interviewers]]
name = "Dana Reyes"
email = "Dana@Example.COM"
topics = ["platform"]
'''
Run = Callable[..., Result]


@pytest.fixture
def run(store_cli: Run) -> Run:
    return store_cli


def _days_ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%d 10:00")


def _application(run: Run, posting: Path, company: str = "Acme", days_ago: int = 2) -> str:
    short = run("add", str(posting), "--company", company, "--role", "Engineer").stdout.strip()
    assert run("stage", short, "interviewing").exit_code == 0
    added = run("interview", "add", short, "--at", _days_ago(days_ago), "--tz", "UTC", "--with", "Dana Reyes, EM")
    assert added.exit_code == 0, added.output
    return short


def _debriefs(run: Run, short: str) -> list[dict]:  # type: ignore[type-arg]
    return json.loads(run("show", short, "--format", "json").stdout)["debriefs"]


@pytest.mark.parametrize("suffix", [".json", ".toml"])
def test_a_file_round_trips_through_show(run: Run, posting_file: Path, tmp_path: Path, suffix: str) -> None:
    short = _application(run, posting_file)
    path = tmp_path / f"debrief{suffix}"
    path.write_text(json.dumps(DEBRIEF) if suffix == ".json" else TOML, encoding="utf-8")
    saved = run("debrief", short, "--file", str(path))
    assert saved.exit_code == 0, saved.output
    assert "Saved the debrief of interview 1" in saved.stdout and f"Next: afterword plan {short}" in saved.stdout
    [shown] = _debriefs(run, short)
    expected = DEBRIEF if suffix == ".json" else {"interview": 1, **__import__("tomllib").loads(TOML)}
    assert shown["debrief"].keys() == expected.keys() and shown["debrief"] == expected
    assert shown["draft"] is False and shown["decision_date"] is not None
    text = run("show", short).stdout
    assert "debriefs:\n  interview 1 (round 1," in text and "went well, confidence 4/5; decision by" in text


def test_file_mistakes_are_one_line_without_a_traceback(run: Run, posting_file: Path, tmp_path: Path) -> None:
    short = _application(run, posting_file)
    bad_json, bad_toml, bad_value, bad_email = (tmp_path / name for name in ("a.json", "b.toml", "c.json", "d.json"))
    bad_json.write_text('{"went": "well",}', encoding="utf-8")
    bad_toml.write_text('went = "well\n', encoding="utf-8")
    bad_value.write_text('{"confidence": 9}', encoding="utf-8")
    bad_email.write_text('{"interviewers": [{"name": "Lee Chan", "email": "lee@"}]}', encoding="utf-8")
    for path, message in ((bad_json, "is not valid JSON (line 1 column 17"), (bad_toml, "is not valid TOML"),
                          (bad_value, "Debrief key 'confidence' must be from 1 to 5, not 9."),
                          (bad_email, 'interviewer Lee Chan: "lee@" is not a valid email address'),
                          (tmp_path / "none.toml", "does not exist")):
        result = run("debrief", short, "--file", str(path))
        assert result.exit_code == 1, (path, result.output)
        assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.output
    assert _debriefs(run, short) == []  # nothing kept from a refused file
    nothing = run("add", str(posting_file), "--company", "Nothing", "--role", "Engineer").stdout.strip()
    bad_value.write_text('{"went": "well"}', encoding="utf-8")
    result = run("debrief", nothing, "--file", str(bad_value))
    assert result.exit_code == 1 and "has no interview yet; add it first with: afterword interview add" in \
        result.stderr


def test_an_unreadable_phrase_is_never_guessed(run: Run, posting_file: Path, tmp_path: Path) -> None:
    short = _application(run, posting_file)
    path = tmp_path / "debrief.json"
    path.write_text('{"decision": "we will be in touch"}', encoding="utf-8")
    result = run("debrief", short, "--file", str(path))
    assert result.exit_code == 0
    assert '"we will be in touch" cannot be read as a date, so the decision date is empty' in result.stderr
    assert _debriefs(run, short)[0]["decision_date"] is None
    day = (datetime.now(UTC) + timedelta(days=5)).date().isoformat()
    given = run("debrief", short, "--file", str(path), "--decision-date", day)
    assert given.exit_code == 0 and "Replaced the debrief" in given.stdout
    assert _debriefs(run, short)[0]["decision_date"] == day
    later = (datetime.now(UTC) + timedelta(days=9)).date()
    dated = run("debrief", short, "--decision-date", later.isoformat())  # no file, a finished debrief: no questions
    assert dated.exit_code == 0 and f"Decision expected by {spoken_day(later)}." in dated.stdout
    [shown] = _debriefs(run, short)
    assert shown["decision_date"] == later.isoformat() and shown["debrief"]["decision"] == "we will be in touch"
    early = run("debrief", short, "--decision-date", "2020-01-01")
    assert early.exit_code == 1 and "is before the interview" in early.stderr


def test_interactive_questions_skip_with_enter(run: Run, posting_file: Path) -> None:
    short = _application(run, posting_file, days_ago=1)
    interview_day = (datetime.now(UTC) - timedelta(days=1)).date()
    answers = ["m", "", "1 3, they asked for references", "", "Dana Reyes", "Engineering Manager", "dana@",
               "dana@example.com", "", "platform, hiring", "Kim Ode", "", "", "", "", "", "not sure yet", "",
               "in two weeks", "", "second round"]
    result = run("debrief", short, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert '"dana@" is not a valid email address' in result.stdout  # asked again, not refused
    expected = interview_day + timedelta(days=14)
    assert f"That reads as {spoken_day(expected)} — right? [Y/n]" in result.stdout
    assert "Interviewers kept as contacts: Dana Reyes, Kim Ode." in result.stdout
    [shown] = _debriefs(run, short)
    assert shown["decision_date"] == expected.isoformat() and shown["draft"] is False
    assert shown["debrief"] == {
        "interview": 1, "went": "mixed", "signals": ["rapport", "talked about start date or pay",
                                                     "they asked for references"],
        "interviewers": [{"name": "Dana Reyes", "title": "Engineering Manager", "email": "dana@example.com",
                          "topics": ["platform", "hiring"]}, {"name": "Kim Ode"}],
        "concerns": ["not sure yet"], "decision": "in two weeks", "next_step": "second round"}
    exported = json.loads(run("export").stdout)
    [application] = [item for item in exported["applications"] if item["company"]["name"] == "Acme"]
    people = {contact["id"]: contact for contact in application["contacts"]}
    linked = {people[contact]["name"] for contact in application["interviews"][0]["interviewers"]}
    assert linked == {"Dana Reyes", "Kim Ode"}
    dana = next(contact for contact in people.values() if contact["name"] == "Dana Reyes")
    assert dana["email"] == "dana@example.com" and dana["company_id"] == application["company"]["id"]


def test_a_decision_date_read_wrong_is_typed_and_an_unreadable_one_asked(run: Run, posting_file: Path) -> None:
    first = _application(run, posting_file, "Acme", days_ago=1)
    later = (datetime.now(UTC) + timedelta(days=20)).date()
    answers = ["", "", "", "", "", "", "in two weeks", "n", "31/12", later.isoformat(), ""]
    result = run("debrief", first, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "'31/12' is not a date: write it as YYYY-MM-DD" in result.stdout
    assert _debriefs(run, first)[0]["decision_date"] == later.isoformat()
    second = _application(run, posting_file, "Beta", days_ago=1)
    answers = ["", "", "", "", "", "", "when the stars align", "", ""]
    result = run("debrief", second, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Afterword cannot read that as a date, and does not guess one." in result.stdout
    assert "That reads as" not in result.stdout
    [shown] = _debriefs(run, second)
    assert shown["decision_date"] is None and shown["debrief"] == {"interview": 1, "decision": "when the stars align"}


def test_ctrl_c_keeps_a_draft_that_the_next_run_resumes(run: Run, posting_file: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    short = _application(run, posting_file)
    real_input = input

    def typed(*args: object) -> str:
        answer = real_input(*args)
        if answer == "^C":
            raise KeyboardInterrupt
        return answer

    monkeypatch.setattr("builtins.input", typed)
    stopped = run("debrief", short, input="well\n4\n\nAsked it\n^C\n")
    assert stopped.exit_code == 130
    assert stopped.stderr.strip() == (f"error: stopped; your answers so far are kept as a draft: run afterword "
                                      f"debrief {short} --interview 1 to resume")
    [draft] = _debriefs(run, short)
    assert draft["draft"] is True
    assert draft["debrief"] == {"interview": 1, "went": "well", "confidence": 4,
                                "closing_question": {"asked": "Asked it"}}
    assert "unfinished; resume it with: afterword debrief" in run("show", short).stdout
    assert run("plan", short).exit_code == 1  # a draft makes no plan yet
    resumed = run("debrief", short, input="\nWe'll let you know\nLee Chan\n\n\n\n\n\n\n\n\n")
    assert resumed.exit_code == 0, resumed.output
    assert "You have an unfinished debrief of interview 1" in resumed.stdout
    assert "How did it go?" not in resumed.stdout  # what was answered is not asked again
    [done] = _debriefs(run, short)
    assert done["draft"] is False and done["debrief"] == {
        "interview": 1, "went": "well", "confidence": 4,
        "closing_question": {"asked": "Asked it", "answer": "We'll let you know"},
        "interviewers": [{"name": "Lee Chan"}]}
    kept = run("debrief", short, input="\n")  # a finished debrief is replaced only when asked to
    assert kept.exit_code == 0 and "Replace it? [y/N]" in kept.stdout and "Kept the debrief as it was" in kept.stdout


def test_plan_today_and_the_calendar(run: Run, posting_file: Path, tmp_path: Path) -> None:
    short = _application(run, posting_file, days_ago=8)
    path = tmp_path / "debrief.json"
    path.write_text('{"decision": "in two weeks"}', encoding="utf-8")
    assert run("debrief", short, "--file", str(path)).exit_code == 0
    plan = json.loads(run("plan", short, "--format", "json").stdout)
    interview_day = date.fromisoformat(plan["interview_starts_at"][:10])
    assert plan["decision_on"] == (interview_day + timedelta(days=14)).isoformat() and not plan["decision_assumed"]
    steps = plan["steps"]
    assert [step["kind"] for step in steps][:2] == ["thank-you", "keep-momentum"]
    assert steps[0]["due_on"] == interview_day.isoformat() and steps[0]["status"] == "past"
    current = [step for step in steps if step["status"] in ("overdue", "due today")]
    assert len(current) == 1 and current[0]["kind"] == "keep-momentum"
    text = run("plan", short).stdout
    assert f"Follow-up plan · Acme — Engineer ({short})" in text and "Move another application forward" in text
    today = run("today")
    assert "Follow-up plans" in today.stdout and f"afterword plan {short}" in today.stdout
    listed = json.loads(run("today", "--format", "json").stdout)
    assert [(step["kind"], step["due_on"]) for step in listed["plan_steps"]] == [
        (current[0]["kind"], current[0]["due_on"])] and listed["plan_step_count"] == 1
    first, second = run("calendar", "export"), run("calendar", "export")
    assert first.exit_code == 0 and first.stdout_bytes.startswith(b"BEGIN:VCALENDAR\r\n")
    assert first.stdout_bytes == second.stdout_bytes  # nothing changed: the same UIDs, SEQUENCE and bytes
    uids = [line for line in first.stdout_bytes.split(b"\r\n") if line.startswith(b"UID:")]
    assert len(uids) == len(steps) + 1  # the calendar's own UID and one per step
    written = run("calendar", "export", "--output", str(tmp_path))
    assert written.exit_code == 0 and (tmp_path / "afterword-plans.ics").read_bytes() == first.stdout_bytes
    run("stage", short, "rejected")
    assert "Follow-up plans" not in run("today").stdout
    empty = run("calendar", "export")
    assert empty.exit_code == 1 and "no follow-up plans yet" in empty.stderr


def test_export_and_import_carry_debriefs(run: Run, posting_file: Path, tmp_path: Path, store_url: str) -> None:
    from typer.testing import CliRunner

    from afterword.cli.app import app

    short = _application(run, posting_file)
    path = tmp_path / "debrief.json"
    path.write_text(json.dumps(DEBRIEF), encoding="utf-8")
    assert run("debrief", short, "--file", str(path)).exit_code == 0
    draft_of = _application(run, posting_file, "Beta")
    run("debrief", draft_of, input="well\n")  # stops at the end of the input: a draft
    exported = run("export").stdout
    document = json.loads(exported)
    debriefs = [interview["debrief"] for application in document["applications"]
                for interview in application["interviews"]]
    assert sorted(item["draft"] for item in debriefs) == [False, True]
    finished = next(item for item in debriefs if not item["draft"])
    assert finished["content"] == {key: value for key, value in DEBRIEF.items() if key != "interview"}
    file = tmp_path / "export.json"
    file.write_text(exported, encoding="utf-8")
    other = f"sqlite:///{tmp_path / 'other.db'}"
    runner = CliRunner()
    imported = runner.invoke(app, ["import", str(file)], env={"AFTERWORD_DATABASE_URL": other})
    assert imported.exit_code == 0 and "debriefs: 2 new" in imported.stdout
    again = runner.invoke(app, ["export"], env={"AFTERWORD_DATABASE_URL": other}).stdout
    without_time = [line for line in again.splitlines() if '"exported_at"' not in line]
    assert without_time == [line for line in exported.splitlines() if '"exported_at"' not in line]
    plan = runner.invoke(app, ["plan", short, "-f", "json"], env={"AFTERWORD_DATABASE_URL": other})
    assert plan.exit_code == 0 and json.loads(plan.stdout)["decision_date"] == finished["decision_date"]
    old = json.loads(exported)  # an export made before debriefs: no "debrief" key at all
    for application in old["applications"]:
        for interview in application["interviews"]:
            del interview["debrief"]
    file.write_text(json.dumps(old), encoding="utf-8")
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert runner.invoke(app, ["import", str(file)], env={"AFTERWORD_DATABASE_URL": fresh}).exit_code == 0
    broken = json.loads(exported)
    broken["applications"][0]["interviews"][0]["debrief"]["content"]["went"] = "great"
    file.write_text(json.dumps(broken), encoding="utf-8")
    refused = run("import", str(file))
    assert refused.exit_code == 1
    assert "applications[0].interviews[0].debrief.content: debrief key 'went' must be one of well, mixed or " \
           "poorly" in refused.stderr

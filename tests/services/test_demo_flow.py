"""The demo's stored flow as a service: before the interview and, as on its day after it, the debrief from the
bundled file, the plan, one thank-you per interviewer and the .ics; all in a throw-away home."""

from __future__ import annotations

from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path

import pytest

from afterword.services.demo import run_demo_flow
from afterword.services.demo_files import write_demo_files

INTERVIEWERS = ["Priya Natarajan, Engineering Manager", "Renata Solberg, VP of Engineering"]


def _demo(name: str) -> str:
    return str(resources.files("afterword.data").joinpath("demo", name))


def test_the_demo_flow_continues_after_the_interview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from icalendar import Calendar

    monkeypatch.setenv("TZ", "Europe/Paris")
    flow = run_demo_flow(resume=_demo("resume.docx"), posting=_demo("posting.md"), research=[_demo("research.md")],
                         interviewers=INTERVIEWERS, name="Maya Okafor", debrief=_demo("debrief.toml"),
                         now=datetime(2026, 12, 1, 9, tzinfo=UTC))  # a Tuesday: the interview is on Thursday
    after = flow.after
    assert flow.interview.interview.starts_at.date() == date(2026, 12, 3)
    assert after.at.date() == date(2026, 12, 3) and after.at > flow.interview.interview.starts_at
    assert after.debrief.decision_read and after.debrief.debrief.decision_date == date(2026, 12, 11)
    assert after.debrief.contacts == ("Priya Natarajan", "Renata Solberg")
    assert after.plan.decision_on == date(2026, 12, 11) and after.plan.day == date(2026, 12, 3)
    assert [(step.kind, step.status) for step in after.plan.steps][0] == ("thank-you", "due today")
    assert [letter.view.recipient for letter in after.letters.letters] == ["Priya Natarajan", "Renata Solberg"]
    assert [file.name for file in after.files] == ["thank-you-priya-natarajan.txt", "thank-you-renata-solberg.txt",
                                                   "afterword-plans.ics"]
    priya = after.letter_files[0].data.decode("utf-8")
    assert "Dear Priya Natarajan," in priya and "Harbor Core migration to Kubernetes" in priya
    assert "production experience with Go" in priya  # the concern raised, with the card's prepared answer
    events = Calendar.from_ical(after.calendar.data).walk("VEVENT")
    assert len(events) == len(after.plan.steps)
    folder, paths = write_demo_files(after.files, tmp_path)
    assert folder == tmp_path / "after-the-interview"
    assert [path.read_bytes() for path in paths] == [file.data for file in after.files]
    assert write_demo_files(after.files, tmp_path)[0] == tmp_path / "after-the-interview-2"

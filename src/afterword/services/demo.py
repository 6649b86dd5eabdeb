"""The stored flow of `afterword demo`, in a throw-away home that is deleted afterwards: never the user's database.

Before the interview: the profile, the application, its stage and the interview (two days ahead), then the board
and today. After it (as on the interview's day, a few hours after it began): the debrief from the bundled file, the
follow-up plan, the thank-you letters and the plans' calendar, returned as data for the CLI to show and to write
where the user expects (services/demo_files.py); nothing is written outside the throw-away home here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from afterword.services.applications import add_application, change_stage
from afterword.services.clock import local_zone_name, now_utc
from afterword.services.debrief_file import read_debrief_file
from afterword.services.debriefs import SavedDebrief, save_debrief
from afterword.services.interviews import AddedInterview, add_interview
from afterword.services.letters import WrittenLetter, WrittenLetters, write_application_letters
from afterword.services.pipeline import Board, Today, board, today
from afterword.services.plans import ApplicationPlan, calendar_export, plan_for
from afterword.services.profile import set_profile
from afterword.services.views import ApplicationSummary
from afterword.settings import load_settings
from afterword.store.session import Store, open_store

DEMO_INTERVIEW_DAYS_AHEAD = 2
DEMO_INTERVIEW_HOUR = 14
DEMO_HOURS_AFTER_START = 3  # the debrief, plan and letters are shown as on the interview's day, this long after it
DEMO_CALENDAR = "afterword-plans.ics"  # as `afterword calendar export --output FOLDER` names it


@dataclass(frozen=True, slots=True)
class DemoFile:
    """A file the demo made in its throw-away home: its name and its bytes, for the CLI to write somewhere new."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class AfterInterview:
    """The demo after its interview: ``at`` is the moment it is shown as (the interview's day, after it)."""

    at: datetime
    debrief: SavedDebrief
    plan: ApplicationPlan
    letters: WrittenLetters  # each letter's ``files`` are bare names (thank-you-priya-natarajan.txt)
    letter_files: tuple[DemoFile, ...]  # one .txt per letter, in the letters' order
    calendar: DemoFile  # the .ics of `afterword calendar export`

    @property
    def files(self) -> tuple[DemoFile, ...]:
        return (*self.letter_files, self.calendar)


@dataclass(frozen=True, slots=True)
class DemoFlow:
    application: ApplicationSummary
    interview: AddedInterview
    board: Board
    today: Today
    after: AfterInterview


def demo_interview_time(now: datetime, zone: str) -> str:
    """2 p.m. two days from now, on the clock of ``zone``, as `interview add --at` takes it."""
    from zoneinfo import ZoneInfo

    day = (now.astimezone(ZoneInfo(zone)) + timedelta(days=DEMO_INTERVIEW_DAYS_AHEAD)).date()
    return f"{day.isoformat()} {DEMO_INTERVIEW_HOUR}:00"


def _after_interview(store: Store, ref: str, debrief: str, at: datetime, folder: Path) -> AfterInterview:
    """Debrief the interview from the file ``debrief``, read the plan, write the thank-you letters (txt, into
    ``folder``) and export the calendar, as at the moment ``at``."""
    saved = save_debrief(store, ref, read_debrief_file(debrief), now=at)
    plan = plan_for(store, ref, now=at)
    written = write_application_letters(store, ref, format="txt", output=folder, now=at)
    letter_files = tuple(DemoFile(path.name, path.read_bytes()) for letter in written.letters for path in letter.files)
    named = replace(written, letters=tuple(WrittenLetter(letter.view, letter.status,
                                                         tuple(Path(path.name) for path in letter.files))
                                           for letter in written.letters))
    return AfterInterview(at, saved, plan, named, letter_files, DemoFile(DEMO_CALENDAR, calendar_export(store)))


def run_demo_flow(*, resume: str, posting: str, research: Sequence[str], interviewers: Sequence[str],
                  name: str, debrief: str, now: datetime | None = None) -> DemoFlow:
    """Set the profile, add the application, mark it applied, add an interview, then read the board and today;
    then, as on the interview's day after it, debrief it from the file ``debrief``, read the follow-up plan, write
    the thank-you letters and export the calendar. All in a temporary SQLite database (whatever AFTERWORD_HOME or
    AFTERWORD_DATABASE_URL say), deleted afterwards with everything written into it."""
    now = now or now_utc()
    zone = local_zone_name()
    with tempfile.TemporaryDirectory(prefix="afterword-demo-") as home:
        database = Path(home) / "afterword.db"
        letters = Path(home) / "letters"
        letters.mkdir()
        settings = load_settings(home=Path(home), database_url=f"sqlite:///{database}")
        with open_store(settings) as store:
            set_profile(store, resume, name=name)
            added = add_application(store, posting, research=research)
            change_stage(store, added.short_id, "applied", note="sent through the careers page")
            interview = add_interview(store, added.short_id, at=demo_interview_time(now, zone), time_zone=zone,
                                      kind="video", interviewers=interviewers)
            pipeline, due = board(store, now=now), today(store, now=now)
            at = interview.interview.starts_at + timedelta(hours=DEMO_HOURS_AFTER_START)
            after = _after_interview(store, added.short_id, debrief, at, letters)
            return DemoFlow(interview.application, interview, pipeline, due, after)

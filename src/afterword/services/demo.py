"""The stored flow of `afterword demo`, in a throw-away home that is deleted afterwards: never the user's database."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from afterword.services.applications import add_application, change_stage
from afterword.services.clock import local_zone_name, now_utc
from afterword.services.interviews import AddedInterview, add_interview
from afterword.services.pipeline import Board, Today, board, today
from afterword.services.profile import set_profile
from afterword.services.views import ApplicationSummary
from afterword.settings import load_settings
from afterword.store.session import open_store

DEMO_INTERVIEW_DAYS_AHEAD = 2
DEMO_INTERVIEW_HOUR = 14


@dataclass(frozen=True, slots=True)
class DemoFlow:
    application: ApplicationSummary
    interview: AddedInterview
    board: Board
    today: Today


def demo_interview_time(now: datetime, zone: str) -> str:
    """2 p.m. two days from now, on the clock of ``zone``, as `interview add --at` takes it."""
    from zoneinfo import ZoneInfo

    day = (now.astimezone(ZoneInfo(zone)) + timedelta(days=DEMO_INTERVIEW_DAYS_AHEAD)).date()
    return f"{day.isoformat()} {DEMO_INTERVIEW_HOUR}:00"


def run_demo_flow(*, resume: str, posting: str, research: Sequence[str], interviewers: Sequence[str],
                  name: str, now: datetime | None = None) -> DemoFlow:
    """Set the profile, add the application, mark it applied, add an interview, then read the board and today,
    all in a temporary SQLite database (whatever AFTERWORD_HOME or AFTERWORD_DATABASE_URL say)."""
    now = now or now_utc()
    zone = local_zone_name()
    with tempfile.TemporaryDirectory(prefix="afterword-demo-") as home:
        database = Path(home) / "afterword.db"
        settings = load_settings(home=Path(home), database_url=f"sqlite:///{database}")
        with open_store(settings) as store:
            set_profile(store, resume, name=name)
            added = add_application(store, posting, research=research)
            change_stage(store, added.short_id, "applied", note="sent through the careers page")
            interview = add_interview(store, added.short_id, at=demo_interview_time(now, zone), time_zone=zone,
                                      kind="video", interviewers=interviewers)
            return DemoFlow(interview.application, interview, board(store, now=now), today(store, now=now))

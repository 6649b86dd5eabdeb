"""The demo, stored through the service layer: what the browser tests' server and scripts/screenshots.py show."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from afterword.store.session import Store

DEMO = Path(__file__).parents[2] / "src" / "afterword" / "data" / "demo"
DEMO_NAME = "Maya Okafor"
DEMO_EMAIL = "maya.okafor@example.org"
DEMO_INTERVIEWERS = ("Priya Natarajan, Engineering Manager", "Renata Solberg, VP of Engineering")


def add_demo_application(store: Store) -> str:
    """Another application from the demo posting (stage "saved"); returns its short id."""
    from afterword.services.applications import add_application

    return add_application(store, str(DEMO / "posting.md")).short_id


def fill_demo(store: Store, letters: Path) -> str:
    """As `afterword demo` does, with the interview yesterday at 2 p.m. local time: the profile from the demo
    resume, the demo posting with its research notes, applied, the interview, its closing card, the debrief (three
    hours after the interview began) and the thank-you letters (written as text files into ``letters``). Returns the
    application's short id."""
    from afterword.services.applications import add_application, change_stage
    from afterword.services.cards import prepare_card
    from afterword.services.clock import local_zone_name, now_utc
    from afterword.services.debrief_file import read_debrief_file
    from afterword.services.debriefs import save_debrief
    from afterword.services.interviews import add_interview
    from afterword.services.letters import write_application_letters
    from afterword.services.profile import set_profile

    set_profile(store, str(DEMO / "resume.md"), name=DEMO_NAME, email=DEMO_EMAIL)
    ref = add_application(store, str(DEMO / "posting.md"), research=[str(DEMO / "research.md")]).short_id
    change_stage(store, ref, "applied", note="sent through the careers page")
    yesterday = (now_utc().astimezone() - timedelta(days=1)).date()
    interview = add_interview(store, ref, at=f"{yesterday.isoformat()} 14:00", time_zone=local_zone_name(),
                              kind="video", interviewers=DEMO_INTERVIEWERS)
    prepare_card(store, ref, why=str(DEMO / "why.md"), today=yesterday)  # the card names the interviewers
    change_stage(store, ref, "interviewing")
    after = interview.interview.starts_at + timedelta(hours=3)
    save_debrief(store, ref, read_debrief_file(str(DEMO / "debrief.toml")), now=after)
    write_application_letters(store, ref, format="txt", output=letters, now=after)
    return ref

"""The profile's resume versions, and interviews at local times in their own zones."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from afterword.errors import AfterwordError
from afterword.services.applications import add_application, show_application
from afterword.services.interviews import add_interview
from afterword.services.profile import set_profile, show_profile
from afterword.store import profiles
from afterword.store.session import Store


def test_profile_keeps_each_resume_version(store: Store, resume_file: Path, tmp_path: Path) -> None:
    assert show_profile(store).resume is None
    with store.transaction() as session:
        assert profiles.get(session) is None  # showing the profile wrote nothing
    first = set_profile(store, str(resume_file), name="Sam Rivera", email="sam@example.com")
    assert (first.name, first.email, first.resume_versions) == ("Sam Rivera", "sam@example.com", 1)
    assert first.resume is not None and first.resume.file_name == "resume.md"
    newer = tmp_path / "resume-2024.md"
    newer.write_text(resume_file.read_text(encoding="utf-8") + "\n- Led the move to Go\n", encoding="utf-8")
    second = set_profile(store, str(newer), phone="+1 555 0100")
    assert (second.name, second.phone, second.resume_versions) == ("Sam Rivera", "+1 555 0100", 2)
    shown = show_profile(store)
    assert shown.resume is not None and shown.resume.file_name == "resume-2024.md"
    with store.transaction() as session:
        current = profiles.current_resume(session)
        assert current is not None and current.original == newer.read_bytes()
        assert "Led the move to Go" in current.text


def test_interview_time_is_kept_in_its_zone(store: Store, posting_file: Path) -> None:
    add_application(store, str(posting_file))
    added = add_interview(store, "example", at="2026-12-03 14:00", time_zone="Europe/Paris", kind="video",
                          place="https://meet.example/abc", interviewers=["Dana Reyes, Engineering Manager"])
    start = added.interview.starts_at
    assert (start.hour, start.minute, added.interview.time_zone) == (14, 0, "Europe/Paris")
    assert start.astimezone(UTC).hour == 13  # Paris is UTC+1 in December
    assert added.interview.round == 1
    second = add_interview(store, "example", at="2026-12-10T09:30", time_zone="America/New_York",
                           place="https://meet.example/xyz")
    assert (second.interview.round, second.interview.kind) == (2, "video")  # a link: a video call
    shown = show_application(store, "example").interviews
    assert [(i.round, i.starts_at.hour, i.time_zone) for i in shown] == [(1, 14, "Europe/Paris"),
                                                                       (2, 9, "America/New_York")]
    assert [(p.name, p.title) for p in shown[0].interviewers] == [("Dana Reyes", "Engineering Manager")]


def test_interview_input_errors_are_one_line(store: Store, posting_file: Path) -> None:
    add_application(store, str(posting_file))
    with pytest.raises(AfterwordError, match="'Mars/Olympus' is not a time zone; give an IANA name"):
        add_interview(store, "example", at="2026-12-03 14:00", time_zone="Mars/Olympus")
    with pytest.raises(AfterwordError, match="'next tuesday' is not a date and time; give it as"):
        add_interview(store, "example", at="next tuesday")
    with pytest.raises(AfterwordError, match="'zoom' is not a kind of interview; give one of onsite, video, phone"):
        add_interview(store, "example", at="2026-12-03 14:00", kind="zoom")
    with pytest.raises(AfterwordError, match="has no name"):
        add_interview(store, "example", at="2026-12-03 14:00", interviewers=[", Recruiter"])
    assert show_application(store, "example").interviews == ()

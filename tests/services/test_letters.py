"""services/letters.py on SQLite and PostgreSQL: letters written from what is stored, kept, written to files;
written again they replace unsent letters and never touch a sent one; missing inputs are one-line errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select, text

from afterword.errors import AfterwordError
from afterword.services.applications import add_application, change_stage, show_application
from afterword.services.cards import prepare_card
from afterword.services.debriefs import save_debrief
from afterword.services.interviews import add_interview
from afterword.services.letter_inputs import LetterInputError
from afterword.services.letter_rows import letter_of
from afterword.services.letters import list_letters, write_application_letters
from afterword.services.profile import set_profile
from afterword.store import letters as stored_letters
from afterword.store.session import Store
from afterword.store.tables import Contact, Letter
from afterword.writer import render
from tests.writer.conftest import ANALYST_DEBRIEF, ANALYST_POSTING, ANALYST_RESEARCH, ANALYST_RESUME

YESTERDAY = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%d 10:00")


def _files(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, content in (("resume.md", ANALYST_RESUME), ("posting.md", ANALYST_POSTING),
                          ("research.md", ANALYST_RESEARCH)):
        paths[name] = tmp_path / name
        paths[name].write_text(content, encoding="utf-8")
    return paths


def _application(store: Store, tmp_path: Path, *, debrief: bool = True, email: str = "tomas@example.org") -> str:
    files = _files(tmp_path)
    set_profile(store, str(files["resume.md"]), name="Tomás Ferreira", email=email,
                postal_address="1 Park Row\nLeeds LS1 5AB")
    short = add_application(store, str(files["posting.md"]), research=[str(files["research.md"])]).short_id
    change_stage(store, short, "interviewing")
    add_interview(store, short, at=YESTERDAY, time_zone="Europe/London")
    if debrief:
        save_debrief(store, short, ANALYST_DEBRIEF)
    return short


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    return folder


def test_thank_yous_are_kept_and_written_to_files(store: Store, tmp_path: Path, out: Path) -> None:
    short = _application(store, tmp_path)
    result = write_application_letters(store, short, format="all", output=out)
    assert result.interview == 1 and result.kind == "thank-you"
    assert [(w.view.recipient_name, w.status) for w in result.letters] == [
        ("Amara Okonkwo-Lindqvist", "added"), ("Joël Marchetti", "added"), ("Hannah Berg", "added")]
    amara = result.letters[0]
    assert amara.view.recipient_email == "amara@brightwater.example"
    assert amara.view.send_by == (datetime.now(UTC) - timedelta(days=1)).date()
    assert "next morning" in amara.view.send_by_phrase or "yesterday" in amara.view.send_by_phrase
    assert any("Tableau" in warning for warning in amara.view.warnings)
    assert [path.name for path in amara.files] == [f"thank-you-amara-okonkwo-lindqvist.{suffix}"
                                                   for suffix in ("txt", "eml", "pdf", "docx")]
    assert all(path.stat().st_size > 0 for written in result.letters for path in written.files)
    with store.reading() as session:
        rows = session.scalars(select(Letter).order_by(Letter.recipient_name)).all()
        assert len(rows) == 3 and all(row.sent_at is None for row in rows)
        contacts = {contact.id: contact.name for contact in session.scalars(select(Contact))}
        assert {contacts[row.contact_id] for row in rows} == {"Amara Okonkwo-Lindqvist", "Joël Marchetti",
                                                              "Hannah Berg"}
        row = next(row for row in rows if row.recipient_name == "Amara Okonkwo-Lindqvist")
        text_file = (out / "thank-you-amara-okonkwo-lindqvist.txt").read_text(encoding="utf-8")
        assert text_file == render(letter_of(row), "txt").decode("utf-8")  # the row is the whole letter
        assert text_file.endswith(row.body) and row.sender_address == "1 Park Row\nLeeds LS1 5AB"
        sources = json.loads(row.sources)
        assert any(source["document"] == "resume" for paragraph in sources for sentence in paragraph
                   for source in sentence["sources"])
    listed = list_letters(store, short)
    assert [view.id for view in listed.letters] == [written.view.id for written in result.letters]
    assert [view.id for view in show_application(store, short).letters] == [view.id for view in listed.letters]


def test_writing_again_replaces_unsent_letters_and_never_a_sent_one(store: Store, tmp_path: Path,
                                                                     out: Path) -> None:
    short = _application(store, tmp_path)
    first = write_application_letters(store, short, output=out)
    sent_id = first.letters[1].view.id
    with store.transaction() as session:
        stored_letters.mark_sent(session, session.get(Letter, sent_id), at=datetime(2026, 12, 1, 9, tzinfo=UTC),
                                 message_id="<sent@example.org>")
    with store.reading() as session:
        before = session.get(Letter, sent_id)
        kept = (before.body, before.updated_at, before.send_by_phrase)
    changed = {**ANALYST_DEBRIEF, "interviewers": [
        {**person, "topics": ["the new forecasting model"]} for person in ANALYST_DEBRIEF["interviewers"]]}
    save_debrief(store, short, changed)
    (out / "thank-you-joel-marchetti.txt").write_text("edited by hand", encoding="utf-8")
    again = write_application_letters(store, short, output=out)
    assert [(w.view.id, w.status) for w in again.letters] == [
        (first.letters[0].view.id, "replaced"), (sent_id, "sent"), (first.letters[2].view.id, "replaced")]
    with store.reading() as session:
        assert session.scalar(select(text("count(*)")).select_from(Letter)) == 3
        after = session.get(Letter, sent_id)
        assert (after.body, after.updated_at, after.send_by_phrase) == kept and after.sent_at is not None
        assert "forecasting model" in session.get(Letter, first.letters[0].view.id).body
    joel = (out / "thank-you-joel-marchetti.txt").read_text(encoding="utf-8")
    assert joel.endswith(kept[0]) and "forecasting model" not in joel  # written from the letter as it was sent
    third = write_application_letters(store, short, output=out)
    assert [w.status for w in third.letters] == ["unchanged", "sent", "unchanged"]


def test_writing_again_never_replaces_an_edited_letter(store: Store, tmp_path: Path, out: Path) -> None:
    from afterword.services.letter_edits import edit_letter
    from afterword.services.letter_files import open_letter

    short = _application(store, tmp_path)
    first = write_application_letters(store, short, output=out)
    joel = first.letters[1].view
    opened = open_letter(store, joel.short_id)
    mine = "I enjoyed hearing how the team plans the forecasting work."
    edit_letter(store, joel.short_id, subject="Thank you, Joël", salutation="Hi Joël,",
                body=f"{opened.paragraphs_text}\n\n{mine}", sign_off="Warm regards,")
    with store.reading() as session:
        edited = session.get(Letter, joel.id)
        kept = (edited.subject, edited.salutation, edited.body, edited.sign_off, edited.sources, edited.updated_at)
        assert edited.edited_at is not None and mine in edited.body
    changed = {**ANALYST_DEBRIEF, "interviewers": [
        {**person, "topics": ["the new forecasting model"]} for person in ANALYST_DEBRIEF["interviewers"]]}
    save_debrief(store, short, changed)
    again = write_application_letters(store, short, format="all", output=out)
    assert [(w.view.id, w.status) for w in again.letters] == [
        (first.letters[0].view.id, "replaced"), (joel.id, "edited"), (first.letters[2].view.id, "replaced")]
    assert again.edited == 1 and first.edited == 0
    with store.reading() as session:
        assert session.scalar(select(text("count(*)")).select_from(Letter)) == 3
        after = session.get(Letter, joel.id)
        assert (after.subject, after.salutation, after.body, after.sign_off, after.sources, after.updated_at) == kept
        assert "forecasting model" in session.get(Letter, first.letters[0].view.id).body
    text_file = (out / "thank-you-joel-marchetti.txt").read_text(encoding="utf-8")
    assert text_file.startswith("Subject: Thank you, Joël\n\nHi Joël,") and mine in text_file  # the edit, whole
    assert "forecasting model" not in text_file
    message = message_from_bytes((out / "thank-you-joel-marchetti.eml").read_bytes(), policy=default)
    assert message["Subject"] == "Thank you, Joël" and mine in " ".join(message.get_content().split())
    assert [w.status for w in write_application_letters(store, short, output=out).letters] == [
        "unchanged", "edited", "unchanged"]


def test_check_ins_are_numbered_and_a_kind_of_its_own(store: Store, tmp_path: Path, out: Path) -> None:
    short = _application(store, tmp_path)
    write_application_letters(store, short, output=out)
    check_ins = write_application_letters(store, short, kind="check-in", format="eml", output=out)
    assert [(w.view.sequence, w.files[0].name) for w in check_ins.letters] == [
        (1, "check-in-amara-okonkwo-lindqvist.eml"), (2, "check-in-2-amara-okonkwo-lindqvist.eml")]
    assert check_ins.letters[0].view.send_by < check_ins.letters[1].view.send_by
    assert len(list_letters(store, short).letters) == 5
    notes = write_application_letters(store, short, kind="next-round", output=out)
    assert notes.letters[0].view.recipient == "you (notes to read)"


@pytest.mark.parametrize(("setup", "call", "expected"), [
    ("no interview", {}, "has no interview yet"),
    ("no debrief", {}, "has no finished debrief yet, and the letters are written from it"),
    ("debriefed", {"interview": 3}, "has 1 interview, so there is no interview 3"),
    ("no email", {"format": "eml"}, "afterword profile set --email"),
    ("no email", {"format": "all"}, "afterword profile set --email"),
    ("debriefed", {"kind": "apology"}, "'apology' is not a kind of letter"),
    ("debriefed", {"format": "rtf"}, "'rtf' is not a letter format"),
    ("debriefed", {"output": "missing-folder"}, "folder missing-folder does not exist"),
])
def test_what_is_missing_is_a_one_line_error_naming_the_fix(store: Store, tmp_path: Path, out: Path, setup: str,
                                                            call: dict, expected: str) -> None:  # type: ignore[type-arg]
    if setup == "no interview":
        files = _files(tmp_path)
        set_profile(store, str(files["resume.md"]), name="Tomás Ferreira")
        short = add_application(store, str(files["posting.md"])).short_id
    else:
        short = _application(store, tmp_path, debrief=setup != "no debrief",
                             email="" if setup == "no email" else "tomas@example.org")
    with pytest.raises(AfterwordError) as raised:
        write_application_letters(store, short, **{"output": out, **call})
    message = str(raised.value)
    assert expected in message and "\n" not in message
    if setup in ("no interview", "no debrief"):
        assert f"afterword debrief {short}" in message or "afterword interview add" in message
    with store.reading() as session:
        assert session.scalar(select(text("count(*)")).select_from(Letter)) == 0
    assert not list(out.iterdir())


def test_a_card_made_from_an_older_resume_is_not_used(store: Store, tmp_path: Path, out: Path) -> None:
    short = _application(store, tmp_path)
    prepare_card(store, short)
    assert write_application_letters(store, short, output=out).notes == ()  # the saved card, as prepared
    newer = tmp_path / "newer.md"
    newer.write_text(ANALYST_RESUME.replace("Mentored 3 junior", "Mentored 4 junior"), encoding="utf-8")
    set_profile(store, str(newer))
    [note] = write_application_letters(store, short, output=out).notes
    assert "made from an older resume" in note and f"afterword prepare {short}" in note


def test_a_letter_goes_with_its_application_and_outlives_its_interview(store: Store, tmp_path: Path,
                                                                        out: Path) -> None:
    short = _application(store, tmp_path)
    write_application_letters(store, short, output=out)
    with store.transaction() as session:
        session.execute(text("DELETE FROM interview_contact"))
        session.execute(text("DELETE FROM interview"))  # the debrief goes with it; the letters stay
    with store.reading() as session:
        rows = session.scalars(select(Letter)).all()
        assert len(rows) == 3 and all(row.interview_id is None for row in rows)
        assert all(row.contact_id is not None for row in rows)
    assert [view.interview for view in list_letters(store, short).letters] == [None, None, None]
    with pytest.raises(LetterInputError, match="has no interview yet"):
        write_application_letters(store, short, output=out)
    with store.transaction() as session:
        session.execute(text("DELETE FROM contact"))
        session.execute(text("DELETE FROM application"))
    with store.reading() as session:
        assert session.scalar(select(text("count(*)")).select_from(Letter)) == 0


def test_a_letter_written_without_an_email_is_not_sent_unsigned(store: Store, tmp_path: Path, out: Path) -> None:
    from afterword.services.sending import send_letter

    short = _application(store, tmp_path, email="")
    amara = write_application_letters(store, short, output=out).letters[0].view
    set_profile(store, None, email="tomas@example.org")
    with pytest.raises(AfterwordError) as raised:
        send_letter(store, amara.short_id, dry_run=True)
    assert "not signed with one" in str(raised.value) and f"afterword letters {short}" in str(raised.value)
    again = write_application_letters(store, short, output=out).letters[0]
    assert again.status == "replaced" and again.view.id == amara.id
    dry = send_letter(store, amara.short_id, dry_run=True)
    assert dry.dry_run and b"tomas@example.org" in dry.message and dry.letter.sent_at is None

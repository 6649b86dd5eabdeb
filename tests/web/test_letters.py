"""`/applications/{ref}/letters` and `/letters/{id}`: letters written and listed, read, edited (the edit shown and
downloaded as written, checked as the writer checks its own), downloaded as .txt .eml .pdf .docx, and sent after a
confirmation step through a real SMTP server on 127.0.0.1, or not sent with the hint that says how to set one."""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from afterword.store.session import Store
from tests.smtp_server import Server, smtp_server
from tests.web.conftest import BASE_URL, DEMO, csrf_of

YESTERDAY = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%d 10:00")
PRIYA = "priya@lumenharbor.example"


def _debriefed(store: Store, ref: str) -> None:
    """An interview yesterday and the demo's debrief of it, Priya with an e-mail address."""
    from afterword.services.debriefs import save_debrief
    from afterword.services.interviews import add_interview

    add_interview(store, ref, at=YESTERDAY, time_zone="Europe/London")
    data = tomllib.loads((DEMO / "debrief.toml").read_text(encoding="utf-8"))
    data["interviewers"][0]["email"] = PRIYA
    save_debrief(store, ref, data)


def _letters(store: Store, ref: str) -> dict[str, str]:
    """The thank-yous, written and kept: recipient → short id."""
    from afterword.services.letter_keeping import keep_letters

    written = keep_letters(store, ref, kind="thank-you")
    return {letter.view.recipient: letter.view.short_id for letter in written.letters}


@pytest.fixture
def letters(web_store: Store, demo_application: str) -> dict[str, str]:
    _debriefed(web_store, demo_application)
    return _letters(web_store, demo_application)


def _field(page: str, name: str) -> str:
    found = re.search(rf'<textarea id="{name}"[^>]*>(.*?)</textarea>', page, re.S) or \
        re.search(rf'id="{name}" name="{name}" value="([^"]*)"', page)
    assert found, name
    return html.unescape(found.group(1))


def test_letters_wait_for_the_debrief(client: TestClient, web_store: Store, demo_application: str) -> None:
    page = client.get(f"/applications/{demo_application}/letters")
    assert page.status_code == 200
    assert "No letters yet" in page.text
    assert f'href="/applications/{demo_application}/interviews/new"' in page.text
    assert 'action="/applications/' not in page.text  # nothing to write them from yet


def test_letters_are_written_and_listed(client: TestClient, web_store: Store, demo_application: str) -> None:
    _debriefed(web_store, demo_application)
    here = f"/applications/{demo_application}/letters"
    form = client.get(here).text
    assert 'name="kind" value="check-in"' in form and 'name="kind" value="next-round"' in form
    response = client.post(here, data={"csrf_token": csrf_of(client, here), "kind": "thank-you"},
                           follow_redirects=False)
    assert response.status_code == 303
    listed = client.get(response.headers["location"]).text
    assert "Your thank-you letters are written" in listed
    assert "Thank-you</strong> to Priya Natarajan" in listed
    assert "Thank-you</strong> to Renata Solberg" in listed
    assert len(set(re.findall(r'href="/letters/([0-9a-f]{8})"', listed))) == 2
    assert not list(Path.cwd().glob("thank-you-*.txt"))  # nothing written next to the server


def test_an_unknown_kind_is_a_clear_message(client: TestClient, letters: dict[str, str],
                                            demo_application: str) -> None:
    here = f"/applications/{demo_application}/letters"
    response = client.post(here, data={"csrf_token": csrf_of(client, here), "kind": "love-letter"})
    assert response.status_code == 400
    assert "is not a kind of letter" in response.text and "Traceback" not in response.text


def test_the_letter_page_previews_it(client: TestClient, letters: dict[str, str]) -> None:
    page = client.get(f"/letters/{letters['Priya Natarajan']}")
    assert page.status_code == 200
    assert page.text.count("<h1") == 1
    assert 'class="letter-preview"' in page.text
    assert f"&lt;{PRIYA}&gt;" in page.text
    assert "Thank you for the Senior Platform Engineer interview" in page.text
    assert "Dear Priya Natarajan," in page.text
    for fmt in ("txt", "eml", "pdf", "docx"):
        assert f'href="/letters/{letters["Priya Natarajan"]}/download/{fmt}"' in page.text
    assert "style=" not in page.text


def test_an_edit_is_kept_shown_and_downloaded(client: TestClient, web_store: Store, letters: dict[str, str]) -> None:
    from afterword.services.letter_files import open_letter

    letter = letters["Priya Natarajan"]
    page = client.get(f"/letters/{letter}").text
    body = _field(page, "body")
    paragraphs = body.split("\n\n")
    edited = "\n\n".join([paragraphs[0], "I also liked hearing how the team runs on-call.", *paragraphs[1:]])
    response = client.post(f"/letters/{letter}", follow_redirects=False, data={
        "csrf_token": csrf_of(client, f"/letters/{letter}"), "subject": "Thank you, Priya",
        "salutation": "Hi Priya,", "body": edited, "sign_off": "Warm regards,"})
    assert response.status_code == 303
    shown = client.get(response.headers["location"]).text
    assert "Your changes are saved" in shown
    assert "I also liked hearing how the team runs on-call." in shown
    assert "Hi Priya," in shown and "Thank you, Priya" in shown
    text = client.get(f"/letters/{letter}/download/txt")
    assert text.status_code == 200
    assert text.headers["content-type"].startswith("text/plain")
    assert 'filename="thank-you-priya-natarajan.txt"' in text.headers["content-disposition"]
    assert text.text.startswith("Subject: Thank you, Priya\n\nHi Priya,\n\n")
    assert "I also liked hearing how the team runs on-call." in text.text
    assert "Warm regards,\nJordan Lee" in text.text
    kept = open_letter(web_store, letter).letter
    assert kept.sentences[0].sources  # the writer's sentences keep the lines that back them


def test_writing_again_on_the_page_keeps_the_edit(client: TestClient, web_store: Store, letters: dict[str, str],
                                                  demo_application: str) -> None:
    letter, other = letters["Priya Natarajan"], letters["Renata Solberg"]
    here = f"/applications/{demo_application}/letters"
    assert "the ones you edited stay as you edited them" in client.get(here).text
    assert "edited by you" not in client.get(here).text
    page = client.get(f"/letters/{letter}").text
    assert "You edited it on" not in page and "your edit is kept when you write the letters again" in page
    mine = "I also liked hearing how the team runs on-call."
    response = client.post(f"/letters/{letter}", follow_redirects=False, data={
        "csrf_token": csrf_of(client, f"/letters/{letter}"), "subject": "Thank you, Priya", "salutation": "Hi Priya,",
        "body": _field(page, "body") + "\n\n" + mine, "sign_off": "Warm regards,"})
    assert response.status_code == 303
    assert "writing the letters again keeps it as you edited it" in client.get(f"/letters/{letter}").text
    written = client.post(here, data={"csrf_token": csrf_of(client, here), "kind": "thank-you"},
                          follow_redirects=False)
    assert written.status_code == 303 and written.headers["location"].endswith("?written=thank-you&edited=1")
    listed = client.get(written.headers["location"]).text
    assert "Your thank-you letters are written" in listed
    assert "The one you had edited is kept as you edited it, not rewritten." in listed
    assert listed.count("edited by you") == 1
    assert re.search(rf'href="/letters/{letter}">.*?</a>\s*<span class="muted">[^<]*</span>\s*'
                     r'<span class="tag">edited by you</span>', listed)
    assert len(set(re.findall(r'href="/letters/([0-9a-f]{8})"', listed))) == 2  # no copy beside the edit
    shown = client.get(f"/letters/{letter}").text
    assert mine in shown and "Hi Priya," in shown and "Thank you, Priya" in shown
    text = client.get(f"/letters/{letter}/download/txt").text
    assert text.startswith("Subject: Thank you, Priya\n\nHi Priya,\n\n") and mine in text
    assert "Warm regards,\nJordan Lee" in text
    assert "You edited it on" not in client.get(f"/letters/{other}").text
    for address in (f"{here}?written=thank-you&edited=lots", f"{here}?edited=1"):  # nothing made up from the address
        assert "you had edited" not in client.get(address).text


def test_an_edit_the_documents_cannot_back_is_kept_with_a_warning(client: TestClient,
                                                                   letters: dict[str, str]) -> None:
    letter = letters["Renata Solberg"]
    page = client.get(f"/letters/{letter}").text
    claim = "I cut our cloud bill by 97% in one quarter."
    response = client.post(f"/letters/{letter}", data={
        "csrf_token": csrf_of(client, f"/letters/{letter}"), "subject": _field(page, "subject"),
        "salutation": _field(page, "salutation"), "body": _field(page, "body") + "\n\n" + claim,
        "sign_off": _field(page, "sign_off")})
    assert response.status_code == 200
    assert claim in response.text
    assert "no source holds the number 97" in response.text


def test_a_bad_edit_is_a_clear_message_and_keeps_the_text(client: TestClient, letters: dict[str, str]) -> None:
    letter = letters["Renata Solberg"]
    response = client.post(f"/letters/{letter}", data={"csrf_token": csrf_of(client, f"/letters/{letter}"),
                                                       "subject": " ", "body": "My own words."})
    assert response.status_code == 400
    assert re.search(r'role="alert"[^>]*>[^<]*needs a subject', response.text)
    assert ">My own words.</textarea>" in response.text


def test_a_sent_letter_cannot_be_edited(client: TestClient, web_store: Store, letters: dict[str, str]) -> None:
    from afterword.store import letters as stored_letters

    letter = letters["Priya Natarajan"]
    token = csrf_of(client, f"/letters/{letter}")
    with web_store.transaction() as session:
        stored_letters.mark_sent(session, stored_letters.find(session, letter), at=datetime.now(UTC),
                                 message_id="<1@example.org>")
    page = client.get(f"/letters/{letter}").text
    assert "cannot be edited" in page and 'action="/letters/' not in page
    response = client.post(f"/letters/{letter}", data={"csrf_token": token, "subject": "New", "body": "New."})
    assert response.status_code == 400
    assert "was sent" in response.text and "cannot be edited" in response.text


def test_downloads_have_the_right_type_and_content(client: TestClient, letters: dict[str, str]) -> None:
    letter = letters["Priya Natarajan"]
    eml = client.get(f"/letters/{letter}/download/eml")
    assert eml.status_code == 200 and eml.headers["content-type"] == "message/rfc822"
    message = message_from_bytes(eml.content, policy=default)
    assert message["Subject"] == "Thank you for the Senior Platform Engineer interview"
    assert message["To"] == f"Priya Natarajan <{PRIYA}>"
    assert message["From"] == "Jordan Lee <jordan@example.org>"
    assert message["Message-ID"] and message["Date"]
    assert "Dear Priya Natarajan," in message.get_content()
    pdf = client.get(f"/letters/{letter}/download/pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    docx = client.get(f"/letters/{letter}/download/docx")
    assert docx.content.startswith(b"PK") and "wordprocessingml" in docx.headers["content-type"]
    assert 'attachment; filename="thank-you-priya-natarajan.docx"' == docx.headers["content-disposition"]
    other = client.get(f"/letters/{letter}/download/exe")
    assert other.status_code == 400 and "is not a letter format" in other.text


def test_a_letter_that_does_not_exist_is_a_404_page(client: TestClient) -> None:
    for path in ("/letters/deadbeef", "/letters/nothing", "/letters/deadbeef/download/txt"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "not found" in response.text and "Traceback" not in response.text


def test_send_without_smtp_settings_gives_the_hint(client: TestClient, letters: dict[str, str]) -> None:
    letter = letters["Priya Natarajan"]
    token = csrf_of(client, f"/letters/{letter}")
    for confirm in ("", "yes"):
        response = client.post(f"/letters/{letter}/send", data={"csrf_token": token, "confirm": confirm})
        assert response.status_code == 400
        assert "Traceback" not in response.text
        [hint] = re.findall(r'role="alert"[^>]*>([^<]*)<', response.text)
        assert "smtp_host" in hint and "AFTERWORD_SMTP_HOST" in hint and "\n" not in hint
        assert f'href="/letters/{letter}/download/eml"' in response.text


def test_a_letter_without_an_address_says_why_it_cannot_be_sent(client: TestClient, letters: dict[str, str]) -> None:
    letter = letters["Renata Solberg"]  # the debrief has no e-mail for her
    page = client.get(f"/letters/{letter}").text
    assert "There is no e-mail address for Renata Solberg" in page
    assert f'action="/letters/{letter}/send"' not in page
    response = client.post(f"/letters/{letter}/send", data={"csrf_token": csrf_of(client, f"/letters/{letter}")})
    assert response.status_code == 400 and "no e-mail address" in response.text


@dataclass
class Mailing:
    client: TestClient
    store: Store
    server: Server
    letters: dict[str, str]


@pytest.fixture
def mailing(tmp_path: Path) -> Iterator[Mailing]:
    """The app on a store whose settings send through an SMTP server on this machine, with the letters written."""
    from afterword.services.applications import add_application
    from afterword.services.profile import set_profile
    from afterword.settings import load_settings
    from afterword.store.session import open_store
    from afterword.web.app import create_app
    from afterword.web.config import ServeConfig

    with smtp_server() as server, open_store(load_settings(home=tmp_path / "mail-home", smtp_host="localhost",
                                                           smtp_port=server.port, smtp_security="none")) as store:
        set_profile(store, str(DEMO / "resume.md"), name="Jordan Lee", email="jordan@example.org")
        ref = add_application(store, str(DEMO / "posting.md")).short_id
        _debriefed(store, ref)
        written = _letters(store, ref)
        with TestClient(create_app(ServeConfig(), store=store), base_url=BASE_URL) as client:
            yield Mailing(client, store, server, written)


def test_sending_asks_first_then_sends_and_marks_it_sent(mailing: Mailing) -> None:
    from afterword.services.letter_files import open_letter

    client, letter = mailing.client, mailing.letters["Priya Natarajan"]
    token = csrf_of(client, f"/letters/{letter}")
    asked = client.post(f"/letters/{letter}/send", data={"csrf_token": token})
    assert asked.status_code == 200
    assert "Send this letter?" in asked.text and "Yes, send it now" in asked.text
    assert f"Priya Natarajan &lt;{PRIYA}&gt;" in asked.text and f"localhost:{mailing.server.port}" in asked.text
    assert not mailing.server.recorder.messages  # nothing sent before the confirmation
    sent = client.post(f"/letters/{letter}/send", data={"csrf_token": token, "confirm": "yes"},
                       follow_redirects=False)
    assert sent.status_code == 303
    [received] = mailing.server.recorder.messages
    assert received.rcpt_tos == [PRIYA]
    message = message_from_bytes(received.content, policy=default)
    assert message["Subject"] == "Thank you for the Senior Platform Engineer interview"
    assert "X-Unsent" not in message
    page = client.get(sent.headers["location"]).text
    assert "Sent, and marked as sent" in page and "cannot be edited" in page
    assert open_letter(mailing.store, letter).view.sent_at is not None
    again = client.post(f"/letters/{letter}/send", data={"csrf_token": token, "confirm": "yes"})
    assert again.status_code == 400 and "This letter was sent" in again.text
    assert len(mailing.server.recorder.messages) == 1

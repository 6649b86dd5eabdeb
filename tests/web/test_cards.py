"""The Closing Card in the browser: the form before any card, preparing one from pasted notes, the saved card as a
page, its print view and its PDF."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient

from afterword.services.applications import show_application
from afterword.store.session import Store
from tests.web.conftest import DEMO, csrf_of


def _prepare(client: TestClient, ref: str, **fields: str) -> object:
    page = f"/applications/{ref}/card"
    return client.post(page, data={"csrf_token": csrf_of(client, page), **fields})


@pytest.fixture
def prepared(client: TestClient, demo_application: str) -> str:
    """The demo application with a card prepared in the browser (research, an interviewer and the why given)."""
    response = _prepare(client, demo_application, research=(DEMO / "research.md").read_text(encoding="utf-8"),
                        interviewers="Dana Reyes, Recruiter\n\nSam Okafor, Engineering Manager",
                        why=(DEMO / "why.md").read_text(encoding="utf-8"))
    assert response.status_code == 200, response.text
    return demo_application


def test_before_any_card_the_page_shows_only_the_form(client: TestClient, demo_application: str) -> None:
    page = client.get(f"/applications/{demo_application}/card")
    assert page.status_code == 200
    assert "No card yet" in page.text and "Prepare the card</button>" in page.text
    assert "Closing pitch" not in page.text and "card.pdf" not in page.text
    for field in ("research", "interviewers", "why"):
        assert f'<label for="{field}"' in page.text


def test_preparing_a_card_shows_its_pitch_and_questions(client: TestClient, web_store: Store,
                                                        demo_application: str) -> None:
    response = _prepare(client, demo_application, research=(DEMO / "research.md").read_text(encoding="utf-8"),
                        interviewers="Dana Reyes, Recruiter", why=(DEMO / "why.md").read_text(encoding="utf-8"))
    assert response.status_code == 200
    assert response.history[0].status_code == 303
    assert response.url.path == f"/applications/{demo_application}/card"
    page = response.text
    assert "Version 1 of the card is ready" in page
    assert "Closing pitch" in page and "Questions to ask" in page and "Closing ladder" in page
    assert "Before you leave" in page and "Likely concerns" in page
    assert "I led the move of 14 Django and FastAPI services" in page
    assert '<span class="ref">[resume 13]</span>' in page  # each claim says which line backs it
    assert "[why 1]" in page
    assert "RouteWise" in page  # a question built on the research pasted
    assert "ask Dana Reyes" in page
    assert "The pitch leaves out why you want this job" not in page
    assert [card.version for card in show_application(web_store, demo_application).cards] == [1]


def test_a_second_card_is_a_new_version(client: TestClient, web_store: Store, prepared: str) -> None:
    response = _prepare(client, prepared)
    assert "Version 2 of the card is ready" in response.text
    assert "The pitch leaves out why you want this job" in response.text  # no why given this time
    assert [card.version for card in show_application(web_store, prepared).cards] == [1, 2]


def test_a_bad_interviewer_line_is_a_clear_400(client: TestClient, web_store: Store, demo_application: str) -> None:
    why = "Your focus on accessible maps is why I'm applying."
    response = _prepare(client, demo_application, interviewers="notes.md", research="They hired 40 people in 2026.",
                        why=why)
    assert response.status_code == 400
    assert "Name, Title" in response.text and "Traceback" not in response.text
    assert "--" not in response.text.split('role="alert"')[1].split("</div>")[0]  # no command-line flags on a page
    assert show_application(web_store, demo_application).cards == ()
    # the form again with what was typed, to correct and send
    assert ">notes.md</textarea>" in response.text
    assert ">They hired 40 people in 2026.</textarea>" in response.text
    assert ">Your focus on accessible maps is why I&#39;m applying.</textarea>" in response.text


def test_without_a_resume_the_card_page_points_to_the_profile(client: TestClient, web_store: Store) -> None:
    from afterword.services.applications import add_application

    ref = add_application(web_store, str(DEMO / "posting.md")).short_id
    page = client.get(f"/applications/{ref}/card").text
    assert 'href="/profile"' in page and "not set yet" in page
    response = _prepare(client, ref)
    assert response.status_code == 400
    assert "/profile" in response.text


def test_the_card_of_an_unknown_application_is_a_404(client: TestClient) -> None:
    assert client.get("/applications/ffffffff/card").status_code == 404


def test_the_print_view_has_the_card_and_no_navigation(client: TestClient, prepared: str) -> None:
    page = client.get(f"/applications/{prepared}/card/print")
    assert page.status_code == 200
    assert "<nav" not in page.text and "<form" not in page.text
    assert "Closing pitch" in page.text and "Questions to ask" in page.text
    assert "<style" not in page.text and "<script" not in page.text


def test_the_print_view_before_any_card_goes_to_the_form(client: TestClient, demo_application: str) -> None:
    page = client.get(f"/applications/{demo_application}/card/print")
    assert page.url.path == f"/applications/{demo_application}/card"
    assert "No card yet" in page.text


def test_the_pdf_download(client: TestClient, prepared: str) -> None:
    from pypdf import PdfReader

    response = client.get(f"/applications/{prepared}/card.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == 'attachment; filename="closing-card-lumen-harbor-v1.pdf"'
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Closing Card" in text and "QUESTIONS TO ASK" in text.upper()
    assert "I led the move of 14 Django and FastAPI services" in text


def test_the_pdf_on_letter_paper_and_no_unknown_paper(client: TestClient, prepared: str) -> None:
    assert client.get(f"/applications/{prepared}/card.pdf?paper=legal").status_code == 400
    letter = client.get(f"/applications/{prepared}/card.pdf?paper=letter")
    assert letter.status_code == 200 and letter.content.startswith(b"%PDF")


def test_no_pdf_before_any_card(client: TestClient, demo_application: str) -> None:
    response = client.get(f"/applications/{demo_application}/card.pdf")
    assert response.status_code == 404
    assert "no card yet" in response.text

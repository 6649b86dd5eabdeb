"""`/`: today and the board; moving an application between stages with and without HTMX."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import csrf_of


def test_an_empty_board_says_how_to_start(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "No applications yet" in page.text
    assert 'href="/applications/new"' in page.text


def test_the_board_lists_applications_by_company_and_role(client: TestClient, demo_application: str) -> None:
    page = client.get("/").text
    assert f'href="/applications/{demo_application}"' in page
    assert "Saved" in page
    assert "Move" in page


def test_moving_an_application_without_javascript(client: TestClient, demo_application: str) -> None:
    token = csrf_of(client)
    response = client.post(f"/applications/{demo_application}/stage",
                           data={"stage": "applied", "csrf_token": token, "back": "/"})
    assert response.status_code == 200  # followed the 303 back to the board
    assert "Applied" in response.text
    assert 'id="stage-saved"' not in response.text


def test_moving_an_application_with_htmx_returns_the_board_only(client: TestClient, demo_application: str) -> None:
    token = csrf_of(client)
    response = client.post(f"/applications/{demo_application}/stage", data={"stage": "interviewing"},
                           headers={"HX-Request": "true", "X-CSRF-Token": token})
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'class="board-row moved"' in response.text


def test_an_unknown_stage_is_one_clear_message(client: TestClient, demo_application: str) -> None:
    token = csrf_of(client)
    response = client.post(f"/applications/{demo_application}/stage", data={"stage": "hired", "csrf_token": token})
    assert response.status_code == 400
    assert "Traceback" not in response.text
    assert "stage" in response.text

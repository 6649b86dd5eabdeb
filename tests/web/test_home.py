"""`/`: today and the board; moving an application between stages with and without HTMX."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient

from afterword.store.session import Store
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


def test_today_says_what_is_overdue_and_how_many_more_are_waiting(client: TestClient, web_store: Store) -> None:
    """One more task than today lists: the rest counted; a task due before today is overdue, one due today is
    due."""
    from afterword.services.clock import local_date, now_utc
    from afterword.services.pipeline import ROWS_TODAY
    from afterword.store import tasks

    today = local_date(now_utc())
    with web_store.transaction() as session:
        tasks.add(session, title="Call the recruiter back", due_on=today - timedelta(days=2))
        tasks.add(session, title="Send the portfolio link", due_on=today)
        for number in range(ROWS_TODAY - 1):
            tasks.add(session, title=f"Read about the team {number}", due_on=today)
    page = client.get("/")
    assert page.status_code == 200
    text = " ".join(page.text.split())
    assert re.search(r"Call the recruiter back \(overdue since <time[^>]*>[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}</time>\)",
                     text), text
    assert re.search(r"Send the portfolio link \(due <time", text)
    assert "and 1 more" in text

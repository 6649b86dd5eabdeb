"""`/` served from the home page's kept reading and rendered fragments: never stale after a change, and never
another browser's form token."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from afterword.services.applications import change_stage
from afterword.store.session import Store
from afterword.web.app import create_app
from afterword.web.config import ServeConfig
from tests.web.conftest import BASE_URL, csrf_of


def _tokens(page: str) -> set[str]:
    return set(re.findall(r'name="csrf_token" value="([^"]+)"', page))


def test_a_change_made_outside_the_page_shows_on_the_next_visit(client: TestClient, web_store: Store,
                                                               demo_application: str) -> None:
    first = client.get("/").text
    assert 'id="stage-saved"' in first
    assert client.get("/").text == first  # nothing changed: the same page
    change_stage(web_store, demo_application, "screening", "moved by the command line")
    second = client.get("/").text
    assert 'id="stage-saved"' not in second
    assert 'id="stage-screening"' in second


def test_a_move_by_the_form_shows_on_the_board_at_once(client: TestClient, demo_application: str) -> None:
    client.get("/")
    token = csrf_of(client)
    moved = client.post(f"/applications/{demo_application}/stage", data={"stage": "offer", "csrf_token": token})
    assert moved.status_code == 200
    assert 'id="stage-offer"' in moved.text
    assert 'id="stage-saved"' not in client.get("/").text


def test_each_browser_gets_its_own_form_token(web_store: Store, demo_application: str) -> None:
    app = create_app(ServeConfig(), store=web_store)
    with TestClient(app, base_url=BASE_URL) as first, TestClient(app, base_url=BASE_URL) as second:
        first_tokens = _tokens(first.get("/").text)
        second_tokens = _tokens(second.get("/").text)
        assert len(first_tokens) == 1 and len(second_tokens) == 1
        assert first_tokens != second_tokens
        assert _tokens(first.get("/").text) == first_tokens  # the kept fragment of each browser is its own
        token = second_tokens.pop()
        moved = second.post(f"/applications/{demo_application}/stage", data={"stage": "applied", "csrf_token": token})
        assert moved.status_code == 200

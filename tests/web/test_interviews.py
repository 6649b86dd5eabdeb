"""`/applications/{ref}/interviews`: adding an interview from the web form, and a mistake shown on the form."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from afterword.store.session import Store
from tests.web.conftest import csrf_of


def _labelled(page: str) -> None:
    """Every visible input, select and textarea of the page has a label."""
    for field in re.findall(r"<(?:input|select|textarea)\b[^>]*>", page):
        if 'type="hidden"' in field or 'type="radio"' in field or 'type="checkbox"' in field:
            continue
        found = re.search(r'id="([^"]+)"', field)
        assert found, field
        assert f'<label for="{found.group(1)}"' in page, field


def test_the_form_asks_when_where_and_who(client: TestClient, demo_application: str) -> None:
    page = client.get(f"/applications/{demo_application}/interviews/new")
    assert page.status_code == 200
    assert "<h1>Add an interview</h1>" in page.text
    assert 'type="datetime-local"' in page.text
    assert re.search(r'name="time_zone" value="[A-Za-z_/+-]+"', page.text)  # the local zone, filled in
    assert "Name, Title" in page.text
    assert page.text.count("<h1") == 1
    _labelled(page.text)


def test_adding_an_interview_keeps_it_with_its_people(client: TestClient, web_store: Store,
                                                      demo_application: str) -> None:
    from afterword.services.applications import show_application

    token = csrf_of(client, f"/applications/{demo_application}/interviews/new")
    response = client.post(f"/applications/{demo_application}/interviews", follow_redirects=False, data={
        "csrf_token": token, "at": "2026-12-03T14:00", "time_zone": "Europe/Paris", "round": "2", "kind": "",
        "place": "https://meet.example.org/abc", "interviewers": "Dana Reyes, Engineering Manager\n\nLee Chan\n"})
    assert response.status_code == 303
    assert response.headers["location"] == f"/applications/{demo_application}"
    [interview] = show_application(web_store, demo_application).interviews
    assert interview.starts_at.astimezone(ZoneInfo("Europe/Paris")).strftime("%Y-%m-%d %H:%M") == "2026-12-03 14:00"
    assert interview.time_zone == "Europe/Paris"
    assert interview.round == 2
    assert interview.kind == "video"  # a link is a video call
    assert [(person.name, person.title) for person in interview.interviewers] == [
        ("Dana Reyes", "Engineering Manager"), ("Lee Chan", None)]


def test_a_time_that_is_not_one_is_shown_on_the_form(client: TestClient, web_store: Store,
                                                     demo_application: str) -> None:
    from afterword.services.applications import show_application

    token = csrf_of(client, f"/applications/{demo_application}/interviews/new")
    response = client.post(f"/applications/{demo_application}/interviews", data={
        "csrf_token": token, "at": "next tuesday", "time_zone": "Europe/Paris", "interviewers": "Dana Reyes"})
    assert response.status_code == 400
    assert "Traceback" not in response.text
    assert re.search(r'role="alert"[^>]*>[^<]*is not a date and time', response.text)
    assert "Dana Reyes</textarea>" in response.text  # what was typed is still there
    bad_zone = client.post(f"/applications/{demo_application}/interviews", data={
        "csrf_token": token, "at": "2026-12-03T14:00", "time_zone": "Mars/Olympus"})
    assert bad_zone.status_code == 400
    assert "is not a time zone" in bad_zone.text
    assert not show_application(web_store, demo_application).interviews


def test_an_unknown_application_is_a_404_page(client: TestClient) -> None:
    response = client.get("/applications/ffff0000/interviews/new")
    assert response.status_code == 404
    assert "Traceback" not in response.text

"""`/data`: the follow-up plans as an .ics file, everything out as JSON and CSV, and a JSON export imported into
another app whole (or refused, changing nothing)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from afterword.services.applications import change_stage, list_applications
from afterword.services.debriefs import save_debrief
from afterword.services.interviews import add_interview
from afterword.settings import load_settings
from afterword.store.session import Store, open_store
from afterword.web.app import create_app
from afterword.web.config import ServeConfig
from tests.web.conftest import BASE_URL, csrf_of


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    """A second, empty database: another machine."""
    with open_store(load_settings(home=tmp_path / "other-home")) as opened:
        yield opened


@pytest.fixture
def other_client(other_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(ServeConfig(), store=other_store), base_url=BASE_URL) as test_client:
        yield test_client


@pytest.fixture
def planned_application(web_store: Store, demo_application: str) -> str:
    """The demo application, interviewing, with a finished debrief: it has a follow-up plan."""
    add_interview(web_store, demo_application, at="2026-11-24 10:00", time_zone="UTC")
    change_stage(web_store, demo_application, "interviewing")
    save_debrief(web_store, demo_application, {"went": "well", "decision": "in two weeks"})
    return demo_application


def _upload(client: TestClient, name: str, data: bytes) -> httpx.Response:
    token = csrf_of(client, "/data")
    return client.post("/data/import", data={"csrf_token": token},
                       files={"file": (name, data, "application/json")})


def _applications(store: Store) -> set[tuple[str, str, str, str]]:
    return {(str(app.id), app.company, app.role, app.stage) for app in list_applications(store)}


def test_the_page_explains_the_calendar_and_the_export(client: TestClient) -> None:
    page = client.get("/data")
    assert page.status_code == 200
    assert "<h1>Calendar and data</h1>" in page.text
    assert "adds each follow-up step" in page.text and "import it on another machine" in page.text
    assert "No follow-up plans yet" in page.text and 'href="/data/calendar.ics"' not in page.text
    assert 'href="/data/export.json"' in page.text and 'href="/data/export.csv"' in page.text
    assert 'action="/data/import"' in page.text and 'enctype="multipart/form-data"' in page.text


def test_the_calendar_downloads_as_icalendar(client: TestClient, planned_application: str) -> None:
    assert 'href="/data/calendar.ics"' in client.get("/data").text
    download = client.get("/data/calendar.ics")
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/calendar")
    assert download.headers["content-disposition"] == 'attachment; filename="afterword-plans.ics"'
    calendar = Calendar.from_ical(download.content)
    events = [component for component in calendar.walk("VEVENT")]
    assert events and all(event.get("dtstart") is not None for event in events)
    assert any("thank" in str(event.get("summary")).lower() for event in events)


def test_the_calendar_without_plans_says_how_to_get_one(client: TestClient) -> None:
    response = client.get("/data/calendar.ics")
    assert response.status_code == 400 and "no follow-up plans yet" in response.text


def test_the_csv_has_a_row_per_application(client: TestClient, demo_application: str, web_store: Store) -> None:
    download = client.get("/data/export.csv")
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/csv")
    assert download.headers["content-disposition"].startswith('attachment; filename="afterword-applications-')
    rows = list(csv.DictReader(io.StringIO(download.text)))
    [application] = list_applications(web_store)
    assert [(row["id"], row["company"], row["role"]) for row in rows] == [
        (str(application.id), application.company, application.role)]


def test_the_json_export_imports_into_another_app_whole(client: TestClient, planned_application: str,
                                                        web_store: Store, other_client: TestClient,
                                                        other_store: Store) -> None:
    download = client.get("/data/export.json")
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("application/json")
    assert download.headers["content-disposition"].startswith('attachment; filename="afterword-export-')
    assert json.loads(download.content)["schema"] == "afterword-export/1"

    response = _upload(other_client, "afterword-export.json", download.content)
    assert response.status_code == 200 and str(response.url).endswith("/data")  # followed the 303
    assert "Imported afterword-export.json:" in response.text and "applications: 1 new" in response.text
    assert _applications(other_store) == _applications(web_store)
    assert 'href="/data/calendar.ics"' in response.text  # the debrief came along, and with it the plan

    again = _upload(other_client, "afterword-export.json", download.content)
    assert "nothing new" in again.text
    assert _applications(other_store) == _applications(web_store)


@pytest.mark.parametrize(("name", "data", "says"), [
    ("notes.json", b'{"applications": []}', "it is not an Afterword export"),
    ("list.json", b"[1, 2, 3]", "is not an Afterword export"),
    ("broken.json", b'{"schema": "afterword-export/1", ', "it is not JSON"),
    ("export.txt", b'{"schema": "afterword-export/1"}', "is not an Afterword export"),
    ("future.json", b'{"schema": "afterword-export/9"}', "is not afterword-export/1"),
])
def test_a_file_that_is_not_an_export_changes_nothing(other_client: TestClient, other_store: Store, name: str,
                                                      data: bytes, says: str) -> None:
    response = _upload(other_client, name, data)
    assert response.status_code == 400
    assert says in response.text and "nothing was imported" in response.text
    assert 'role="alert"' in response.text and "Traceback" not in response.text
    assert list_applications(other_store) == []


def test_an_export_with_one_bad_record_writes_nothing(client: TestClient, demo_application: str,
                                                      other_client: TestClient, other_store: Store) -> None:
    document = json.loads(client.get("/data/export.json").content)
    good = document["applications"][0]
    bad = {**good, "id": "0b5e0c7e-8d2f-4a7b-9c61-3f0e2a9d4b11", "stage": "hired"}
    document["applications"] = [good, bad]
    response = _upload(other_client, "edited.json", json.dumps(document).encode())
    assert response.status_code == 400
    assert "hired" in response.text and "nothing was imported" in response.text
    assert list_applications(other_store) == []

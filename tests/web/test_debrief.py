"""`/applications/{ref}/debrief` and `/applications/{ref}/plan`: the debrief form saved as a draft and filled in
again, finished into a plan, the date asked for when the phrase names none, and the pages before there is any."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from afterword.store.session import Store
from tests.web.conftest import csrf_of

YESTERDAY = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%d 10:00")


def _day(value: object) -> str:
    """"Tue 15 Dec", as the pages give a date."""
    return f"{value:%a} {value.day} {value:%b}"


@pytest.fixture
def interviewed(web_store: Store, demo_application: str) -> str:
    """The demo application with an interview yesterday, Dana Reyes among the people met."""
    from afterword.services.interviews import add_interview

    add_interview(web_store, demo_application, at=YESTERDAY, time_zone="Europe/London",
                  interviewers=["Dana Reyes, Engineering Manager"])
    return demo_application


def _post(client: TestClient, ref: str, **fields: object) -> Response:
    token = csrf_of(client, f"/applications/{ref}/debrief")
    return client.post(f"/applications/{ref}/debrief", data={"csrf_token": token, "interview": "1", **fields},
                       follow_redirects=False)


def test_no_interview_yet_says_so_and_links_to_add_one(client: TestClient, demo_application: str) -> None:
    page = client.get(f"/applications/{demo_application}/debrief")
    assert page.status_code == 200
    assert "no interview to debrief yet" in page.text
    assert f'href="/applications/{demo_application}/interviews/new"' in page.text
    plan = client.get(f"/applications/{demo_application}/plan")
    assert plan.status_code == 200
    assert "There is no plan yet" in plan.text
    assert f'href="/applications/{demo_application}/interviews/new"' in plan.text


def test_the_form_is_made_for_a_phone(client: TestClient, interviewed: str) -> None:
    page = client.get(f"/applications/{interviewed}/debrief").text
    assert page.count("<h1") == 1
    assert 'name="went" value="well"' in page and 'class="choices big-choices"' in page
    assert 'name="confidence" value="5"' in page
    assert 'inputmode="email"' in page and 'inputmode="tel"' in page
    assert 'type="date" id="decision_date"' in page
    assert 'value="Dana Reyes"' in page and 'value="Engineering Manager"' in page  # met at the interview
    assert "debrief.css" in page
    assert "style=" not in page and "<script>" not in page
    for field in re.findall(r"<(?:input|textarea)\b[^>]*>", page):
        if 'type="hidden"' in field or 'type="radio"' in field or 'type="checkbox"' in field:
            continue
        found = re.search(r' id="([^"]+)"', field)
        assert found and f'<label for="{found.group(1)}"' in page, field


def test_a_draft_is_kept_and_filled_in_again(client: TestClient, web_store: Store, interviewed: str) -> None:
    from afterword.services.debriefs import debrief_target

    response = _post(client, interviewed, action="draft", went="mixed", confidence="3",
                     signals=["rapport", "ran over time"], signals_other="they asked for references",
                     person_name=["Dana Reyes", ""], person_title=["Engineering Manager", ""],
                     person_email=["dana@lumen.example", ""], person_phone=["", ""],
                     person_topics=["on-call, Kubernetes", ""], concerns="no Go in production\n\n",
                     decision="in two weeks", next_step="a system design round")
    assert response.status_code == 303
    draft = debrief_target(web_store, interviewed).draft
    assert draft is not None
    assert draft.debrief["went"] == "mixed"
    assert draft.debrief["signals"] == ["rapport", "ran over time", "they asked for references"]
    page = client.get(response.headers["location"]).text
    assert "saved as a draft" in page
    assert re.search(r'name="went" value="mixed" checked', page)
    assert re.search(r'name="confidence" value="3" checked', page)
    assert re.search(r'value="ran over time" checked', page)
    assert 'value="they asked for references"' in page
    assert 'value="dana@lumen.example"' in page and 'value="on-call, Kubernetes"' in page
    assert ">no Go in production</textarea>" in page
    assert 'value="in two weeks"' in page and 'value="a system design round"' in page


def test_saving_a_draft_with_htmx_answers_with_one_line(client: TestClient, interviewed: str) -> None:
    token = csrf_of(client, f"/applications/{interviewed}/debrief")
    response = client.post(f"/applications/{interviewed}/debrief", data={"interview": "1", "action": "draft",
                                                                        "went": "well"},
                           headers={"HX-Request": "true", "X-CSRF-Token": token})
    assert response.status_code == 200
    assert "<html" not in response.text
    assert "saved as a draft" in response.text


def test_finishing_with_in_two_weeks_gives_a_dated_plan(client: TestClient, web_store: Store,
                                                         interviewed: str) -> None:
    from afterword.services.plans import plan_for

    response = _post(client, interviewed, action="finish", went="well", person_name=["Dana Reyes"],
                     person_email=["dana@lumen.example"], decision="in two weeks")
    assert response.status_code == 303
    assert response.headers["location"] == f"/applications/{interviewed}/plan"
    plan = plan_for(web_store, interviewed)
    interview_day = plan.interview.starts_at.date()
    assert plan.decision_date == interview_day + timedelta(days=14)
    [check_in] = [step for step in plan.steps if step.kind == "check-in"]
    page = client.get(response.headers["location"]).text
    assert f"Decision expected by <strong>{_day(plan.decision_date)}" in re.sub(r"<time[^>]*>|</time>", "", page)
    assert "in two weeks" in page
    assert "Check in on your application" in page
    assert _day(check_in.due_on) in re.sub(r"<[^>]+>", "", page)
    assert f'href="/applications/{interviewed}/letters"' in page
    assert 'href="/data/calendar.ics"' in page


def test_a_phrase_that_names_no_date_asks_for_the_date(client: TestClient, web_store: Store,
                                                        interviewed: str) -> None:
    from afterword.services.debriefs import debrief_target

    asked = _post(client, interviewed, action="finish", went="well", decision="we'll be in touch")
    assert asked.status_code == 200
    text = asked.text
    assert re.search(r'role="alert"[^>]*>[^<]*cannot be read as a date', text)
    assert re.search(r'type="date" id="decision_date"[^>]*autofocus', text)
    assert 'name="decision_asked" value="we&#39;ll be in touch"' in text
    target = debrief_target(web_store, interviewed)
    assert target.draft is not None and target.finished is None  # kept, not finished, no date guessed
    day = (target.interview_on + timedelta(days=10)).isoformat()
    dated = _post(client, interviewed, action="finish", went="well", decision="we'll be in touch",
                  decision_asked="we'll be in touch", decision_date=day)
    assert dated.status_code == 303
    finished = debrief_target(web_store, interviewed).finished
    assert finished is not None and finished.decision_date is not None and finished.decision_date.isoformat() == day


def test_finishing_again_without_a_date_leaves_it_empty(client: TestClient, web_store: Store,
                                                        interviewed: str) -> None:
    from afterword.services.debriefs import debrief_target

    response = _post(client, interviewed, action="finish", decision="soon", decision_asked="soon")
    assert response.status_code == 303
    finished = debrief_target(web_store, interviewed).finished
    assert finished is not None and finished.decision_date is None
    plan = client.get(f"/applications/{interviewed}/plan").text
    assert "No decision date" in plan and "the plan assumes" in plan


def test_a_mistake_keeps_the_answers_on_the_page(client: TestClient, web_store: Store, interviewed: str) -> None:
    from afterword.services.debriefs import debrief_target

    response = _post(client, interviewed, action="finish", went="well", person_name=["Dana Reyes"],
                     person_email=["dana at lumen"], decision="in two weeks")
    assert response.status_code == 400
    text = response.text
    assert "Traceback" not in text
    assert re.search(r'role="alert"[^>]*>[^<]*Dana Reyes', text)
    assert 'value="dana at lumen"' in text and 'value="in two weeks"' in text
    assert debrief_target(web_store, interviewed).finished is None
    nameless = _post(client, interviewed, action="draft", person_name=[""], person_title=["CTO"])
    assert nameless.status_code == 400
    assert "has no name" in nameless.text


def test_a_finished_debrief_is_filled_in_and_saved_again(client: TestClient, web_store: Store,
                                                         interviewed: str) -> None:
    from afterword.services.debriefs import debrief_target

    _post(client, interviewed, action="finish", went="well", decision="in two weeks")
    page = client.get(f"/applications/{interviewed}/debrief").text
    assert "has a finished debrief" in page
    assert "Save draft" not in page  # a finished debrief is never set back to a draft
    assert re.search(r'name="went" value="well" checked', page)
    _post(client, interviewed, action="draft", went="poorly", decision="in two weeks")
    finished = debrief_target(web_store, interviewed).finished
    assert finished is not None and finished.debrief["went"] == "poorly"


def test_an_interview_that_does_not_exist_is_a_clear_message(client: TestClient, interviewed: str) -> None:
    response = client.get(f"/applications/{interviewed}/debrief?interview=7")
    assert response.status_code == 400
    assert "no interview 7" in response.text
    assert client.get(f"/applications/{interviewed}/debrief?interview=x").status_code == 400


def test_the_plan_asks_to_finish_a_draft(client: TestClient, interviewed: str) -> None:
    _post(client, interviewed, action="draft", went="well")
    page = client.get(f"/applications/{interviewed}/plan").text
    assert "still a draft" in page
    assert f'href="/applications/{interviewed}/debrief?interview=1"' in page


def test_an_unknown_application_is_a_404_page(client: TestClient) -> None:
    for path in ("/applications/ffff0000/debrief", "/applications/ffff0000/plan", "/applications/ffff0000/letters"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Traceback" not in response.text

"""The whole flow in a real browser, as a job seeker walks it, at desktop and phone sizes: set the resume, add an
application by pasting its posting, prepare the Closing Card, add the interview, debrief it ("in two weeks"),
write the letters, open the thank-you, and download the letter and the calendar file. Every page on the way is
checked for console errors (CSP violations), accessibility and sideways scrolling."""

from __future__ import annotations

import email
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from afterword.store.session import Store
from tests.browser.checks import assert_accessible, assert_no_console_errors, assert_no_horizontal_scroll
from tests.browser.conftest import Site

if TYPE_CHECKING:
    from playwright.sync_api import Page

DEMO = Path(__file__).parents[2] / "src" / "afterword" / "data" / "demo"


def _checked(page: Page) -> None:
    assert_no_console_errors(page)
    assert_accessible(page)
    assert_no_horizontal_scroll(page)


def _submit(page: Page, name: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()


def test_the_whole_flow(page: Page, live_server: Site, fresh_store: Store, tmp_path: Path) -> None:
    page.goto(live_server.url("/profile"))
    page.get_by_label("Upload your resume").set_input_files(str(DEMO / "resume.md"))
    page.get_by_label("Your name").fill("Jordan Lee")
    page.get_by_label("E-mail address").fill("jordan@example.org")
    _submit(page, "Save your profile")
    _checked(page)

    page.goto(live_server.url("/applications/new"))
    _checked(page)
    page.get_by_label("Paste the posting").fill((DEMO / "posting.md").read_text(encoding="utf-8"))
    _submit(page, "Add the application")
    match = re.search(r"/applications/([0-9a-f]+)(?:\?.*)?$", page.url)
    assert match, page.url
    ref = match.group(1)
    assert page.locator("mark, .requirement").count() > 0  # the posting's requirement lines are marked
    _checked(page)

    page.get_by_role("link", name="Prepare the Closing Card").first.click()
    page.get_by_label("Who you will meet").fill("Dana Reyes, Engineering Manager")
    _submit(page, "Prepare the card")
    assert f"/applications/{ref}/card" in page.url
    body = page.locator("main").inner_text()
    assert "Dana" in body
    assert "?" in body  # questions to ask
    _checked(page)

    page.goto(live_server.url(f"/applications/{ref}/interviews/new"))
    started = (datetime.now() - timedelta(hours=3)).replace(second=0, microsecond=0)
    page.get_by_label("Day and time it starts").fill(started.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Who you will meet").fill("Dana Reyes, Engineering Manager")
    _submit(page, "Add the interview")
    assert re.search(rf"/applications/{ref}(\?.*)?$", page.url), page.url
    page.get_by_label("Stage", exact=True).select_option("interviewing")
    page.get_by_role("button", name="Move").click()
    page.wait_for_load_state()

    page.get_by_role("link", name="debrief of interview 1").click()
    _checked(page)
    page.locator("input[name=went]").first.check()
    page.get_by_label("What they said").fill("in two weeks")
    page.get_by_label("The next step, as they put it").fill("a call with the team lead")
    _submit(page, "Finish")
    assert f"/applications/{ref}/plan" in page.url
    plan = page.locator("main").inner_text()
    assert "two weeks" in plan or "check" in plan.lower()
    _checked(page)

    page.goto(live_server.url(f"/applications/{ref}/letters"))
    _submit(page, "Write the letters")
    letter_link = page.locator("a[href^='/letters/']").first
    letter_link.click()
    preview = page.locator(".letter-preview").inner_text()
    assert "Dana" in preview
    _checked(page)
    with page.expect_download() as letter_download:
        page.get_by_role("link", name="E-mail (.eml)").click()
    message = email.message_from_bytes(Path(letter_download.value.path()).read_bytes())
    assert message["To"] is None or "Dana" in str(message["To"]) or message["Subject"]
    assert message["Subject"]

    page.goto(live_server.url("/data"))
    _checked(page)
    with page.expect_download() as calendar_download:
        page.get_by_role("link", name=re.compile(r"\.ics")).first.click()
    calendar = Path(calendar_download.value.path()).read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in calendar

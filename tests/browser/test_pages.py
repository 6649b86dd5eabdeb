"""Every page of the app, at desktop and phone sizes: it answers, logs no console error (a Content-Security-Policy
violation is one), has one <h1>, no serious or critical accessibility violation and no sideways scrolling.

Adding a page is one line in PAGES: its path ("{ref}" stands for the demo application's short id) and the status
it answers with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.browser.checks import assert_accessible, assert_no_console_errors, assert_no_horizontal_scroll
from tests.browser.conftest import Site

if TYPE_CHECKING:
    from playwright.sync_api import Page

PAGES = [
    ("/", 200), ("/applications", 200), ("/applications/new", 200), ("/applications/{ref}", 200), ("/profile", 200),
    ("/applications/{ref}/card", 200), ("/applications/{ref}/card/print", 200),
    ("/applications/{ref}/interviews/new", 200), ("/applications/{ref}/debrief", 200),
    ("/applications/{ref}/plan", 200), ("/applications/{ref}/letters", 200), ("/contacts", 200),
    ("/contacts/scan", 200), ("/data", 200),
    ("/applications/no-such-app", 404), ("/no-such-page", 404),
]


@pytest.mark.parametrize(("path", "status"), PAGES)
def test_page_is_clean_accessible_and_fits(page: Page, live_server: Site, path: str, status: int) -> None:
    address = live_server.url(path)
    response = page.goto(address)
    assert response is not None and response.status == status, f"{path} answered {response and response.status}"
    # a page that is meant to answer an error status logs that status on the console: that one is expected
    assert_no_console_errors(page, ignore_urls=() if status == 200 else (address,))
    assert page.locator("h1").count() == 1, f"{path} should have exactly one <h1>"
    assert_accessible(page)
    assert_no_horizontal_scroll(page)

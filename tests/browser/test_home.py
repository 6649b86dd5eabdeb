"""`/` in a real browser at desktop and phone sizes: clean console, accessible, reachable by keyboard, no sideways
scrolling, and moving an application between stages with HTMX and without JavaScript."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterword.store.session import Store
from tests.browser.checks import (
    assert_accessible,
    assert_focus_visible,
    assert_no_console_errors,
    assert_no_horizontal_scroll,
    focused,
)
from tests.browser.conftest import Site
from tests.browser.demo import add_demo_application

if TYPE_CHECKING:
    from playwright.sync_api import Page

NAV_LINKS = ("Today", "New application", "Contacts", "Calendar & data")


def _stage(store: Store, ref: str) -> str:
    from afterword.services.applications import show_application

    return show_application(store, ref).summary.stage


def test_home_loads_cleanly_and_accessibly(page: Page, live_server: Site) -> None:
    response = page.goto(live_server.url("/"))
    assert response is not None and response.status == 200
    assert page.locator("h1").count() == 1
    assert page.locator(f"#app-{live_server.ref}").is_visible()
    assert_no_console_errors(page)
    assert_accessible(page)
    assert_no_horizontal_scroll(page)


def test_the_keyboard_reaches_the_skip_link_then_the_main_nav_with_a_visible_focus(page: Page,
                                                                                      live_server: Site) -> None:
    page.goto(live_server.url("/"))
    page.keyboard.press("Tab")
    skip = assert_focus_visible(page)
    assert "skip" in skip["cls"].split() and skip["text"] == "Skip to content"
    reached = []
    for _ in range(10):
        page.keyboard.press("Tab")
        element = assert_focus_visible(page)
        if element["inNav"]:
            reached.append(element["text"])
        elif reached:
            break
    assert tuple(reached) == NAV_LINKS, f"the main nav's links by keyboard: {reached}"


def test_the_skip_link_moves_the_focus_to_the_content(page: Page, live_server: Site) -> None:
    page.goto(live_server.url("/"))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    element = focused(page)
    assert element is not None and not element["inNav"], "after skipping, Tab went back into the nav"
    assert_focus_visible(page)


def test_moving_an_application_with_htmx_updates_the_board_in_place(page: Page, live_server: Site,
                                                                     fresh_store: Store) -> None:
    ref = add_demo_application(fresh_store)
    page.goto(live_server.url("/"))
    page.evaluate("window.stillTheSamePage = true")  # gone if the browser loads a new page
    row = page.locator(f"#app-{ref}")
    row.locator("select").select_option("interviewing")
    with page.expect_response(lambda answer: answer.request.method == "POST"
                              and answer.url.endswith(f"/applications/{ref}/stage")) as answered:
        row.get_by_role("button", name="Move").click()
    answer = answered.value
    assert answer.status == 200, "HTMX got a redirect or an error instead of the board"
    assert answer.request.headers.get("hx-request") == "true"
    moved = page.locator(f'section[aria-labelledby="stage-interviewing"] #app-{ref}')
    moved.wait_for()
    # HTMX settles a swapped element's new attributes a moment after it is in the page: wait for the mark
    page.locator(f'section[aria-labelledby="stage-interviewing"] #app-{ref}.moved').wait_for(timeout=5000)
    assert re.search(r"\bmoved\b", moved.get_attribute("class") or "")
    assert moved.locator("select").input_value() == "interviewing"
    assert page.evaluate("window.stillTheSamePage === true"), "the whole page was loaded again"
    assert _stage(fresh_store, ref) == "interviewing"
    assert_no_console_errors(page)
    assert_accessible(page)
    assert_no_horizontal_scroll(page)


def test_a_keyboard_move_keeps_the_focus_on_the_moved_row(page: Page, live_server: Site, fresh_store: Store) -> None:
    ref = add_demo_application(fresh_store)
    page.goto(live_server.url("/"))
    page.focus(f"#stage-of-{ref}")
    page.keyboard.press("ArrowDown")  # saved → applied, as a keyboard user changes a <select>
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Move"
    page.keyboard.press("Enter")
    page.locator(f'section[aria-labelledby="stage-applied"] #app-{ref}').wait_for()
    assert page.evaluate(f"!!document.activeElement.closest('#app-{ref}')"), f"the focus is now on {focused(page)}"
    assert_focus_visible(page)


def test_moving_an_application_without_javascript_posts_the_form_and_shows_the_new_stage(
        page_without_js: Page, live_server: Site, fresh_store: Store) -> None:
    page = page_without_js
    ref = add_demo_application(fresh_store)
    page.goto(live_server.url("/"))
    assert page.evaluate("typeof window.htmx") == "undefined", "the page's scripts ran"
    row = page.locator(f"#app-{ref}")
    row.locator("select").select_option("applied")
    with page.expect_navigation() as navigated:
        row.get_by_role("button", name="Move").click()
    assert navigated.value is not None and navigated.value.status == 200
    posted = navigated.value.request.redirected_from  # the form's POST, answered 303 to the board
    assert posted is not None and posted.method == "POST" and posted.url.endswith(f"/applications/{ref}/stage")
    assert page.url == live_server.url("/")
    moved = page.locator(f'section[aria-labelledby="stage-applied"] #app-{ref}')
    assert moved.is_visible()
    assert moved.locator("select").input_value() == "applied"
    assert _stage(fresh_store, ref) == "applied"
    assert_no_console_errors(page)
    assert_no_horizontal_scroll(page)


def test_an_empty_board_fits_and_says_how_to_start(page: Page, live_server: Site, fresh_store: Store) -> None:
    page.goto(live_server.url("/"))
    assert page.get_by_text("No applications yet").is_visible()
    assert_no_console_errors(page)
    assert_accessible(page)
    assert_no_horizontal_scroll(page)

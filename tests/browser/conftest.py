"""Browser fixtures: the real app on a live port, Debian's chromium driven by Playwright, and pages at desktop and
phone sizes that record their console errors.

Needs the `playwright` Python package (the dev extra), Debian's chromium (/usr/bin/chromium, or
AFTERWORD_TEST_CHROMIUM) and axe-core (`npm install --prefix .cache/browser axe-core@4`, or AFTERWORD_TEST_AXE).
When one is missing the browser tests skip, except under CI=true, where they fail: CI must run them.
Playwright never downloads a browser here (never run `playwright install`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from afterword.settings import load_settings
from afterword.store.session import Store, open_store
from tests.browser.browsers import CHROMIUM_ARGS, SCREENS, Screen, chromium_missing, chromium_path
from tests.browser.checks import axe_path, watch

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

    from tests.browser.live import LiveServer

HERE = Path(__file__).parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian's chromium (skipped when it, Playwright or axe-core "
                                       "is missing, unless CI=true)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)  # `pytest -m "not browser"` leaves them out


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run under CI=true: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    missing = chromium_missing()
    if missing is None and not axe_path().is_file():
        missing = f"no axe-core at {axe_path()} (npm install --prefix .cache/browser axe-core@4)"
    if missing:
        _unavailable(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's chromium, headless, with a throw-away HOME (and Playwright's throw-away profile)."""
    home = tempfile.mkdtemp(prefix="afterword-chromium-")
    try:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS,
                                              env={**os.environ, "HOME": home})
    except Exception as error:  # noqa: BLE001 - any launch failure means: no browser to test with
        shutil.rmtree(home, ignore_errors=True)
        _unavailable(f"chromium at {chromium_path()} did not start ({str(error).splitlines()[0]})")
    try:
        yield launched
    finally:
        launched.close()
        shutil.rmtree(home, ignore_errors=True)


@dataclass(frozen=True)
class Site:
    """The live app and the short id of the demo application in its session store."""

    server: LiveServer
    ref: str

    def url(self, path: str = "/") -> str:
        """The full address of ``path``, where "{ref}" stands for the demo application's short id."""
        return self.server.page(path.format(ref=self.ref))


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The real app on 127.0.0.1 and a free port for the whole session, on a store of its own holding the demo
    (tests/browser/demo.py: profile, application, yesterday's interview, card, debrief, letters). Tests that change
    data use ``fresh_store``."""
    from tests.browser.demo import fill_demo
    from tests.browser.live import start_server

    home = tmp_path_factory.mktemp("browser-home")
    with pytest.MonkeyPatch.context() as patch:  # no user settings while the demo is stored (each test's own
        for name in list(os.environ):  # environment is then set by tests/conftest.py's isolated_data_dir)
            if name.startswith("AFTERWORD_") and not name.startswith("AFTERWORD_TEST_"):
                patch.delenv(name)
        patch.setenv("AFTERWORD_DATA_DIR", str(home / "data"))
        patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
        store = open_store(load_settings(home=home, database_url=f"sqlite:///{home / 'afterword.db'}"))
        try:
            (home / "letters").mkdir()
            ref = fill_demo(store, home / "letters")
        except BaseException:
            store.close()
            raise
    try:
        server = start_server(store)
        try:
            yield Site(server, ref)
        finally:
            server.stop()
    finally:
        store.close()


@pytest.fixture
def fresh_store(live_server: Site, tmp_path: Path) -> Iterator[Store]:
    """An empty store of this test's own, served by the live app for the length of the test."""
    settings = load_settings(home=tmp_path / "home", database_url=f"sqlite:///{tmp_path / 'afterword.db'}")
    with open_store(settings) as store, live_server.server.using(store):
        yield store


@pytest.fixture(params=SCREENS, ids=[screen.name for screen in SCREENS])
def screen(request: pytest.FixtureRequest) -> Screen:
    """A test that takes it (or ``page``) runs twice: at desktop size (1280x800) and at phone size (375x740,
    touch, mobile viewport)."""
    return request.param


def _page(browser: Browser, screen: Screen, *, javascript: bool) -> Iterator[Page]:
    context = browser.new_context(**screen.context_options(), java_script_enabled=javascript)
    context.set_default_timeout(10_000)
    try:
        yield watch(context.new_page())
    finally:
        context.close()


@pytest.fixture
def page(browser: Browser, screen: Screen) -> Iterator[Page]:
    """A page in a context of its own (its own cookies) at ``screen``'s size, JavaScript on, console watched."""
    yield from _page(browser, screen, javascript=True)


@pytest.fixture
def page_without_js(browser: Browser, screen: Screen) -> Iterator[Page]:
    """The same with JavaScript off: what a plain form must still do."""
    yield from _page(browser, screen, javascript=False)

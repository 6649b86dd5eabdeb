"""Web fixtures: the app on a SQLite store of its own, an in-process client on the loopback address, and the
CSRF token a page's forms carry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from afterword.settings import load_settings
from afterword.store.session import Store, open_store
from afterword.web.app import create_app
from afterword.web.config import ServeConfig

DEMO = Path(__file__).parents[2] / "src" / "afterword" / "data" / "demo"
BASE_URL = "http://127.0.0.1:8765"


@pytest.fixture
def web_store(tmp_path: Path) -> Iterator[Store]:
    with open_store(load_settings(home=tmp_path / "home")) as opened:
        yield opened


@pytest.fixture
def client(web_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(ServeConfig(), store=web_store), base_url=BASE_URL) as test_client:
        yield test_client


def csrf_of(client: TestClient, path: str = "/") -> str:
    """The CSRF token of the forms on ``path`` (which also gives the client its CSRF cookie)."""
    page = client.get(path)
    assert page.status_code == 200, page.text
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text) or \
        re.search(r'data-csrf="([^"]+)"', page.text)
    assert found, "the page carries no CSRF token"
    return found.group(1)


@pytest.fixture
def demo_application(web_store: Store) -> str:
    """The short id of an application added from the demo posting, with the demo resume as the profile's."""
    from afterword.services.applications import add_application
    from afterword.services.profile import set_profile

    set_profile(web_store, str(DEMO / "resume.md"), name="Jordan Lee", email="jordan@example.org")
    return add_application(web_store, str(DEMO / "posting.md")).short_id

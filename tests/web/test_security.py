"""The guard in front of every page: host allow-list, access token, CSRF, security headers, upload limit."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from afterword.store.session import Store
from afterword.web.app import create_app
from afterword.web.config import ServeConfig, is_loopback
from afterword.web.dependencies import local_path
from afterword.web.routes import ROUTERS
from tests.web.conftest import BASE_URL, csrf_of


def test_every_page_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/no-such-page", "/static/app.css"):
        response = client.get(path)
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "script-src 'self'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_a_request_for_another_host_name_is_refused(web_store: Store) -> None:
    """DNS rebinding: a page on attacker.example whose name now points at 127.0.0.1 sends Host: attacker.example."""
    app = create_app(ServeConfig(), store=web_store)
    with TestClient(app, base_url="http://attacker.example:8765") as rebound:
        response = rebound.get("/")
    assert response.status_code == 400
    assert "Afterword" not in response.text
    with TestClient(app, base_url="http://localhost:8765") as local:
        assert local.get("/").status_code == 200


def test_a_post_without_the_csrf_token_is_forbidden(client: TestClient, demo_application: str) -> None:
    response = client.post(f"/applications/{demo_application}/stage", data={"stage": "applied"})
    assert response.status_code == 403
    assert "reload the page" in response.text
    forged = client.post(f"/applications/{demo_application}/stage", data={"stage": "applied", "csrf_token": "0" * 64})
    assert forged.status_code == 403
    token = csrf_of(client)
    moved = client.post(f"/applications/{demo_application}/stage", data={"stage": "applied", "csrf_token": token},
                        follow_redirects=False)
    assert moved.status_code == 303


def test_a_token_from_another_browser_is_refused(client: TestClient, web_store: Store, demo_application: str) -> None:
    token = csrf_of(client)
    with TestClient(create_app(ServeConfig(secret=client.app.app.state.config.secret), store=web_store),
                    base_url=BASE_URL) as other_browser:
        other_browser.get("/")  # its own CSRF cookie
        response = other_browser.post(f"/applications/{demo_application}/stage",
                                      data={"stage": "applied", "csrf_token": token})
    assert response.status_code == 403


def test_every_post_route_needs_the_csrf_token(client: TestClient) -> None:
    """Whatever routes are added later: a POST without a token never reaches the route."""
    posts = [route.path for router in ROUTERS for route in router.routes if "POST" in getattr(route, "methods", ())]
    assert posts
    for path in posts:
        concrete = path.replace("{", "").replace("}", "")
        response = client.post(concrete, data={"anything": "x"})
        assert response.status_code == 403, path


def test_a_non_loopback_host_needs_the_access_token(web_store: Store) -> None:
    config = ServeConfig.for_host("0.0.0.0", 8765, extra_hosts=("127.0.0.1",))
    assert config.token and len(config.token) >= 24
    app = create_app(config, store=web_store)
    with TestClient(app, base_url=BASE_URL) as phone:
        assert phone.get("/").status_code == 401
        assert phone.get("/static/app.css").status_code == 401
        assert phone.get("/?token=wrong").status_code == 401
        entry = phone.get(f"/?token={config.token}", follow_redirects=False)
        assert entry.status_code == 303
        assert entry.headers["location"] == "/"  # the token leaves the address bar
        cookie = entry.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert phone.get("/").status_code == 200  # the cookie carries it from now on


def test_the_token_redirect_never_leaves_the_site(web_store: Store) -> None:
    config = ServeConfig.for_host("0.0.0.0", 8765, extra_hosts=("127.0.0.1",))
    with TestClient(create_app(config, store=web_store), base_url=BASE_URL) as phone:
        entry = phone.get(f"//evil.example/?token={config.token}", follow_redirects=False)
    assert entry.headers["location"].startswith("/") and not entry.headers["location"].startswith("//")


def test_loopback_hosts_need_no_token() -> None:
    assert ServeConfig.for_host("127.0.0.1").token is None
    assert ServeConfig.for_host("::1").token is None
    assert ServeConfig.for_host("localhost").token is None
    assert ServeConfig.for_host("192.168.1.20").token is not None
    assert is_loopback("127.0.0.2") and not is_loopback("10.0.0.1")


def test_an_upload_over_the_limit_is_refused_before_it_is_read(web_store: Store) -> None:
    config = ServeConfig(max_upload_bytes=1024)
    with TestClient(create_app(config, store=web_store), base_url=BASE_URL) as client:
        token = csrf_of(client)
        response = client.post("/applications/x/stage", data={"csrf_token": token, "stage": "x" * 200_000})
    assert response.status_code == 413


def test_a_back_link_stays_on_this_site() -> None:
    assert local_path("/applications/ab12") == "/applications/ab12"
    for hostile in ("https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/a\r\nb"):
        assert local_path(hostile) == "/"


def test_page_text_is_escaped(client: TestClient, web_store: Store, tmp_path) -> None:
    from afterword.services.applications import add_application

    posting = tmp_path / "posting.txt"
    posting.write_text("Role: Analyst\n\nWe need SQL.\n", encoding="utf-8")
    add_application(web_store, str(posting), company="<script>alert(1)</script>", role="Analyst")
    page = client.get("/").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_database_busy_for_too_long_is_a_503_to_try_again(client: TestClient,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from afterword.errors import StoreError
    from afterword.services import home_page

    def locked(*_args: object, **_kwargs: object) -> None:
        raise StoreError("the database afterword.db stayed locked by another program for over 5 s; close other "
                         "Afterword commands and try again")

    monkeypatch.setattr(home_page, "cached_home_view", locked)
    page = client.get("/")
    assert page.status_code == 503
    assert "try again" in page.text and "Traceback" not in page.text

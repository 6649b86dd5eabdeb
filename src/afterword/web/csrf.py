"""CSRF protection: every form carries a token bound to the browser's own cookie, and every POST without a valid
one answers 403.

The browser gets a random ``afterword_csrf`` cookie (HttpOnly, SameSite=Strict) on its first page; the token in the
forms is an HMAC of that cookie under the server's secret, so another site can neither read nor forge it. HTMX
requests send the same token in the ``X-CSRF-Token`` header (set once on the page's body).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import HTTPException, Request

CSRF_COOKIE = "afterword_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _signed(secret: str, browser_id: str) -> str:
    return hmac.new(secret.encode(), browser_id.encode(), hashlib.sha256).hexdigest()


def browser_id(request: Request) -> str:
    """The browser's CSRF cookie, or a new one that the response will set (see ``remember_browser``)."""
    current = request.cookies.get(CSRF_COOKIE)
    if current and 16 <= len(current) <= 128:
        return current
    if not hasattr(request.state, "new_browser_id"):
        request.state.new_browser_id = secrets.token_urlsafe(32)
    return request.state.new_browser_id


def csrf_token(request: Request) -> str:
    """The token a form on this page must send back."""
    return _signed(request.app.state.config.secret, browser_id(request))


async def check_csrf(request: Request) -> None:
    """A dependency of every router: unsafe methods need a valid token (form field or header), else 403."""
    if request.method not in UNSAFE_METHODS:
        return
    cookie = request.cookies.get(CSRF_COOKIE)
    given = request.headers.get(CSRF_HEADER)
    if given is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form(max_part_size=request.app.state.config.max_upload_bytes)
            value = form.get(CSRF_FIELD)
            given = value if isinstance(value, str) else None
    expected = _signed(request.app.state.config.secret, cookie) if cookie else None
    if not given or expected is None or not hmac.compare_digest(given, expected):
        raise HTTPException(status_code=403, detail="This form has expired or did not come from Afterword: "
                                                    "reload the page and send it again.")

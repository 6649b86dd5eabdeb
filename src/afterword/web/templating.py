"""Templates: Jinja2 with autoescaping on every page, and the one way routes answer with a page."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from afterword.web.csrf import CSRF_COOKIE, csrf_token

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return Jinja2Templates(env=environment)


def render(request: Request, name: str, context: dict[str, Any] | None = None, *, status_code: int = 200,
           title: str | None = None) -> HTMLResponse:
    """The page ``name`` with ``context``, the CSRF token for its forms, and the CSRF cookie on a first visit."""
    values: dict[str, Any] = {"csrf_token": csrf_token(request), "title": title, "is_htmx": is_htmx(request)}
    values.update(context or {})
    response = templates().TemplateResponse(request, name, values, status_code=status_code)
    new_id = getattr(request.state, "new_browser_id", None)
    if new_id is not None:
        response.set_cookie(CSRF_COOKIE, new_id, httponly=True, samesite="strict", path="/",
                            secure=request.app.state.config.secure_cookies)
    return response


def is_htmx(request: Request) -> bool:
    """True when HTMX asked for a fragment (the page's ``hx-*`` attributes); plain forms get whole pages."""
    return request.headers.get("hx-request") == "true" and request.headers.get("hx-history-restore-request") != "true"

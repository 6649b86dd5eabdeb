"""The application factory: ``create_app(config)`` builds the FastAPI app `afterword serve` runs."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from afterword.errors import AfterwordError
from afterword.web.config import ServeConfig
from afterword.web.routes import ROUTERS
from afterword.web.security import Guard
from afterword.web.templating import render

if TYPE_CHECKING:
    from afterword.settings import Settings
    from afterword.store.session import Store

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("afterword.web")


def create_app(config: ServeConfig | None = None, *, settings: Settings | None = None,
               store: Store | None = None) -> Guard:
    """The web app for ``config``, on ``store`` (else the configured database, opened at start-up and closed at
    shutdown). Returns the app wrapped in the Guard (host allow-list, token, security headers)."""
    config = config or ServeConfig()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if store is not None:
            app.state.store = store
            yield
            return
        from afterword.store.session import open_store

        app.state.store = open_store(settings)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(title="Afterword", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.config = config
    if store is not None:
        app.state.store = store
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router)
    _add_error_pages(app)
    return Guard(app, config)


def _add_error_pages(app: FastAPI) -> None:
    @app.exception_handler(AfterwordError)
    async def user_error(request: Request, error: AfterwordError) -> HTMLResponse:
        message = str(error).lower()
        status = 404 if "no application" in message or "not found" in message else \
            503 if "stayed locked" in message else 400  # busy, not the person's mistake: try again
        return render(request, "error.html", {"message": str(error)}, status_code=status, title="Something to fix")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> HTMLResponse:
        message = error.detail if isinstance(error.detail, str) else "That page does not exist."
        if error.status_code == 404 and message == "Not Found":
            message = "That page does not exist: go back to the board."
        if error.status_code == 405:
            message = "That address does not take this kind of request: go back to the board."
        return render(request, "error.html", {"message": message}, status_code=error.status_code, title="Sorry")

    @app.exception_handler(RequestValidationError)
    async def form_error(request: Request, error: RequestValidationError) -> HTMLResponse:
        missing = sorted({str(item["loc"][-1]) for item in error.errors() if item.get("loc")})
        message = f"Please fill in: {', '.join(missing)}." if missing else "The form was not complete."
        return render(request, "error.html", {"message": message}, status_code=422, title="Something to fix")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> HTMLResponse:
        log.exception("internal error on %s", request.url.path)
        return render(request, "error.html", {"message": "Something went wrong on our side; nothing you saved was "
                                                         "lost. Run afterword serve with AFTERWORD_DEBUG=1 to see "
                                                         "why."}, status_code=500, title="Sorry")

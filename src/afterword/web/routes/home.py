"""`/`: today (what needs doing now) above the pipeline board; moving an application between stages."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from afterword.web.dependencies import local_path, new_router, store_of
from afterword.web.templating import is_htmx, render

router = new_router()


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    from afterword.services.pipeline import board, today
    from afterword.store.constants import STAGES

    store = store_of(request)
    return render(request, "home.html", {"today": today(store), "board": board(store), "stages": STAGES},
                  title="Today and your applications")


@router.post("/applications/{ref}/stage")
def move(request: Request, ref: str, stage: Annotated[str, Form()],
         note: Annotated[str | None, Form()] = None, back: Annotated[str, Form()] = "/") -> Response:
    """Move an application to another stage; HTMX gets the updated row, a plain form goes back where it was."""
    from afterword.services.applications import change_stage
    from afterword.services.pipeline import board
    from afterword.store.constants import STAGES

    result = change_stage(store_of(request), ref, stage, note)
    if is_htmx(request):
        return render(request, "fragments/board.html", {"board": board(store_of(request)), "stages": STAGES,
                                                        "moved": result.application.short_id})
    return RedirectResponse(local_path(back), status_code=303)

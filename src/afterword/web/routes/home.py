"""`/`: today (what needs doing now) above the pipeline board; moving an application between stages."""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from afterword.web.csrf import csrf_token
from afterword.web.dependencies import local_path, new_router, store_of
from afterword.web.templating import is_htmx, render, templates

router = new_router()
FRAGMENTS_KEPT = 8  # rendered fragments kept: the board and today of the last readings


class _Fragments:
    """Fragments rendered from the values the home page's cache hands out, kept while those values are the same
    objects (immutable, so the same object always renders the same): a page served from the cache is not
    rendered again. A fragment is rendered once for all browsers, with a stand-in for the form token that each
    page then replaces with its own (a token is hex digits, so nothing else on the page can change). An LRU of
    FRAGMENTS_KEPT entries; each keeps its value alive, so an id is never reused while its entry is kept."""

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[str, int], tuple[object, str]] = OrderedDict()
        self._lock = threading.Lock()
        self._stand_in = secrets.token_hex(16)  # no page can hold it unless it was rendered here

    def render(self, name: str, source: object, token: str, **values: Any) -> Markup:  # noqa: ANN401
        key = (name, id(source))
        with self._lock:
            found = self._kept.get(key)
            if found is not None and found[0] is source:
                self._kept.move_to_end(key)
                return Markup(found[1].replace(self._stand_in, str(escape(token))))
        html = templates().env.get_template(name).render({**values, "csrf_token": self._stand_in})  # autoescaped
        with self._lock:
            self._kept[key] = (source, html)
            while len(self._kept) > FRAGMENTS_KEPT:
                self._kept.popitem(last=False)
        return Markup(html.replace(self._stand_in, str(escape(token))))


_fragments = _Fragments()


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    from afterword.services.home_page import cached_home_view
    from afterword.store.constants import STAGES

    view = cached_home_view(store_of(request))
    token = csrf_token(request)
    return render(request, "home.html", {
        "today": view.today,
        "today_html": _fragments.render("fragments/today.html", view.today, "", today=view.today),
        "board_html": _fragments.render("fragments/board.html", view.board, token, board=view.board, stages=STAGES)},
        title="Today and your applications")


@router.post("/applications/{ref}/stage")
def move(request: Request, ref: str, stage: Annotated[str, Form()],
         note: Annotated[str | None, Form()] = None, back: Annotated[str, Form()] = "/") -> Response:
    """Move an application to another stage; HTMX gets the updated row, a plain form goes back where it was."""
    from afterword.services.applications import change_stage
    from afterword.services.home_page import board_view
    from afterword.store.constants import STAGES

    result = change_stage(store_of(request), ref, stage, note)
    if is_htmx(request):
        return render(request, "fragments/board.html", {"board": board_view(store_of(request)), "stages": STAGES,
                                                        "moved": result.application.short_id})
    return RedirectResponse(local_path(back), status_code=303)

"""The Closing Card of an application: the latest saved card as a page, the form that prepares a new version, a
print view, and its one-page PDF."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from afterword.web.dependencies import new_router, store_of
from afterword.web.templating import render

router = new_router()


@router.get("/applications/{ref}/card", response_class=HTMLResponse)
def card_page(request: Request, ref: str, prepared: int | None = None) -> HTMLResponse:
    return _card_page(request, ref, prepared=prepared)


def _card_page(request: Request, ref: str, *, prepared: int | None = None, values: dict[str, str] | None = None,
               error: str | None = None) -> HTMLResponse:
    """The latest card and the form for a new version: empty, or again with what was typed and what to fix."""
    from afterword.services.application_rows import shown_day
    from afterword.services.applications import show_application
    from afterword.services.profile import show_profile
    from afterword.services.saved_cards import latest_card

    store = store_of(request)
    detail = show_application(store, ref)
    context = {"app": detail.summary, "card": latest_card(store, ref), "prepared": prepared,
               "has_resume": show_profile(store).resume is not None, "day": shown_day,
               "has_notes": bool(detail.research_notes), "has_interviewers": any(
                   interview.interviewers for interview in detail.interviews), "values": values or {}, "error": error}
    return render(request, "cards/card.html", context, title=f"Closing Card: {detail.summary.title}",
                  status_code=400 if error else 200)


@router.post("/applications/{ref}/card")
def prepare(
    request: Request,
    ref: str,
    research: Annotated[str, Form()] = "",
    interviewers: Annotated[str, Form()] = "",
    why: Annotated[str, Form()] = "",
) -> Response:
    """Prepare and keep a new version of the card; when something is to fix (a line of "who you will meet" that
    is not a person, say), the form again with everything typed kept."""
    from afterword.errors import AfterwordError
    from afterword.services.card_from_text import prepare_card_from_text

    try:
        prepared = prepare_card_from_text(store_of(request), ref, research=research, interviewers=interviewers,
                                          why=why)
    except AfterwordError as error:
        if "no application" in str(error).lower():
            raise
        return _card_page(request, ref, error=str(error),
                          values={"research": research, "interviewers": interviewers, "why": why})
    return RedirectResponse(f"/applications/{prepared.application.short_id}/card?prepared={prepared.version}",
                            status_code=303)


@router.get("/applications/{ref}/card/print", response_class=HTMLResponse)
def print_view(request: Request, ref: str) -> Response:
    from afterword.services.application_rows import shown_day
    from afterword.services.saved_cards import latest_card

    card = latest_card(store_of(request), ref)
    if card is None:
        return RedirectResponse(f"/applications/{quote(ref, safe='')}/card", status_code=303)
    return render(request, "cards/print.html", {"card": card, "app": card.application, "day": shown_day},
                  title=f"Closing Card: {card.title}")


@router.get("/applications/{ref}/card.pdf")
def card_pdf(request: Request, ref: str, paper: str = "a4") -> Response:
    from afterword.services.saved_card_pdf import saved_card_pdf

    content, file_name = saved_card_pdf(store_of(request), ref, paper)
    return Response(content, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{file_name}"'})

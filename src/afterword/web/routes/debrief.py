"""After the interview: adding an interview (`/applications/{ref}/interviews`), the debrief form
(`/applications/{ref}/debrief`, made to be filled in with one thumb on a phone), and the follow-up plan
(`/applications/{ref}/plan`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated
from urllib.parse import quote

from fastapi import Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from afterword.errors import AfterwordError
from afterword.web.dependencies import new_router, store_of
from afterword.web.templating import is_htmx, render

if TYPE_CHECKING:
    from afterword.services.debrief_form import DebriefFields, DebriefPage

router = new_router()


class InterviewForm(BaseModel):
    """The add-an-interview form as sent."""

    at: str = ""
    time_zone: str = ""
    round: str = ""
    kind: str = ""
    place: str = ""
    interviewers: str = ""


class DebriefForm(BaseModel):
    """The debrief form as sent: the interviewer rows come as parallel lists, one item per row."""

    interview: str = ""
    action: str = "draft"
    people: str = ""
    decision_asked: str = ""
    went: str = ""
    confidence: str = ""
    signals: list[str] = []
    signals_other: str = ""
    closing_asked: str = ""
    closing_answer: str = ""
    person_name: list[str] = []
    person_title: list[str] = []
    person_email: list[str] = []
    person_phone: list[str] = []
    person_topics: list[str] = []
    concerns: str = ""
    decision: str = ""
    decision_date: str = ""
    next_step: str = ""
    notes: str = ""


def _number(value: str | None, what: str = "interview") -> int | None:
    """A positive whole number from the address or a form, None when empty."""
    text = (value or "").strip()
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        article = "an" if what[:1] in "aeiou" else "a"
        raise AfterwordError(f"'{text[:20]}' is not {article} {what} number; give 1 for the first")
    return int(text)


# --- interviews ----------------------------------------------------------------------------------------------

def _interview_page(request: Request, ref: str, form: InterviewForm, error: str | None = None,
                    status_code: int = 200) -> HTMLResponse:
    from afterword.services.applications import show_application
    from afterword.store.constants import INTERVIEW_KINDS

    application = show_application(store_of(request), ref).summary
    return render(request, "interviews/new.html", {"application": application, "form": form, "error": error,
                                                   "kinds": INTERVIEW_KINDS}, status_code=status_code,
                  title=f"Add an interview · {application.company}")


@router.get("/applications/{ref}/interviews/new", response_class=HTMLResponse)
def new_interview(request: Request, ref: str) -> HTMLResponse:
    from afterword.services.clock import local_zone_name

    return _interview_page(request, ref, InterviewForm(time_zone=local_zone_name()))


@router.post("/applications/{ref}/interviews")
def add_interview(request: Request, ref: str, form: Annotated[InterviewForm, Form()]) -> Response:
    """Add the interview and go back to the application; a mistake shows the form again with what was typed."""
    from afterword.services.applications import show_application
    from afterword.services.interviews import add_interview as add

    application = show_application(store_of(request), ref).summary  # an unknown application is a 404 page
    try:
        if not form.at.strip():
            raise AfterwordError("give the day and time the interview starts")
        add(store_of(request), application.short_id, at=form.at, time_zone=form.time_zone or None,
            round=_number(form.round, "round"), kind=form.kind or None, place=form.place or None,
            interviewers=[line.strip() for line in form.interviewers.splitlines() if line.strip()])
    except AfterwordError as error:
        return _interview_page(request, ref, form, str(error), status_code=400)
    return RedirectResponse(f"/applications/{quote(application.short_id)}", status_code=303)


# --- the debrief ---------------------------------------------------------------------------------------------

def _fields(form: DebriefForm) -> DebriefFields:
    from itertools import zip_longest

    from afterword.services.debrief_form import DebriefFields, PersonFields

    rows = zip_longest(form.person_name, form.person_title, form.person_email, form.person_phone,
                       form.person_topics, fillvalue="")
    return DebriefFields(went=form.went, confidence=form.confidence, signals=tuple(form.signals),
                         signals_other=form.signals_other, closing_asked=form.closing_asked,
                         closing_answer=form.closing_answer, people=tuple(PersonFields(*row) for row in rows),
                         concerns=form.concerns, decision=form.decision, decision_date=form.decision_date,
                         next_step=form.next_step, notes=form.notes)


def _debrief_page(request: Request, page: DebriefPage, *, error: str | None = None, ask_date: bool = False,
                  saved: str | None = None, status_code: int = 200) -> HTMLResponse:
    from afterword.services.debrief_answers import COMMON_SIGNALS
    from afterword.services.debrief_form import CONFIDENCE_CHOICES, WENT_CHOICES

    application = page.application
    return render(request, "debrief/form.html",
                  {"page": page, "application": application, "fields": page.fields,
                   "error": error, "ask_date": ask_date, "saved": saved, "went_choices": WENT_CHOICES,
                   "confidence_choices": CONFIDENCE_CHOICES, "common_signals": COMMON_SIGNALS},
                  status_code=status_code, title=f"Debrief · {application.company}")


@router.get("/applications/{ref}/debrief", response_class=HTMLResponse)
def debrief(request: Request, ref: str, interview: str | None = None, people: str | None = None,
            saved: str | None = None) -> HTMLResponse:
    from afterword.services.debrief_form import debrief_page

    page = debrief_page(store_of(request), ref, _number(interview), rows=_number(people, "row") or 0)
    return _debrief_page(request, page, saved=saved if saved in ("draft",) else None)


@router.post("/applications/{ref}/debrief")
def save_debrief(request: Request, ref: str, form: Annotated[DebriefForm, Form()]) -> Response:
    """Save draft (HTMX: a line saying so), add a row for another person, or finish and go to the plan; a phrase
    that names no date asks for the date on the same page."""
    from dataclasses import replace

    from afterword.services.debrief_form import debrief_page, submit_debrief

    store = store_of(request)
    number = _number(form.interview)
    rows = _number(form.people, "row") or 0
    page = debrief_page(store, ref, number, rows=rows)  # an unknown application is a 404 page
    if page.target is None:
        return _debrief_page(request, page, error="Add the interview before its debrief.", status_code=400)
    fields = _fields(form)
    ref = page.application.short_id
    if form.action == "more" and page.target.finished is not None:  # a finished debrief is never a draft
        return _debrief_page(request, replace(page, fields=fields.with_rows(len(form.person_name) + 1)))
    try:
        result = submit_debrief(store, ref, page.target.number, fields, finish=form.action == "finish",
                                asked_phrase=form.decision_asked)
    except AfterwordError as error:
        if is_htmx(request):  # the draft button's line says what to fix; the answers stay on the page
            return render(request, "debrief/saved.html", {"error": str(error)})
        shown = replace(page, fields=fields.with_rows(rows))
        return _debrief_page(request, shown, error=str(error), status_code=400)
    there = f"/applications/{quote(ref)}/debrief?interview={result.target.number}"
    if result.saved is not None:
        return RedirectResponse(f"/applications/{quote(ref)}/plan", status_code=303)
    if result.ask_date:
        shown = replace(page, target=result.target, fields=fields.with_rows(rows))
        return _debrief_page(request, shown, ask_date=True)
    if form.action == "more":
        return RedirectResponse(f"{there}&people={len(form.person_name) + 1}#people", status_code=303)
    if is_htmx(request):
        return render(request, "debrief/saved.html", {})
    return RedirectResponse(f"{there}&saved=draft", status_code=303)


# --- the follow-up plan --------------------------------------------------------------------------------------

@router.get("/applications/{ref}/plan", response_class=HTMLResponse)
def plan(request: Request, ref: str) -> HTMLResponse:
    from afterword.services.plan_page import plan_page

    page = plan_page(store_of(request), ref)
    return render(request, "plan/plan.html", {"page": page, "application": page.application},
                  title=f"Follow-up plan · {page.application.company}")

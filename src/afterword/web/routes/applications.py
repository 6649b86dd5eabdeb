"""Applications and the profile: the list, adding one from its posting (pasted, by address or uploaded), the
detail page (the posting marked, the match against the resume), editing one, and the profile with the resume."""

from __future__ import annotations

from typing import Annotated

from fastapi import File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from afterword.services.uploads import Upload
from afterword.web.dependencies import new_router, store_of
from afterword.web.templating import render

router = new_router()


def upload_of(request: Request, file: UploadFile | None) -> Upload | None:
    """The file the form sent (at most one byte over the limit is read, enough to refuse it), or None when the
    person chose none."""
    if file is None:
        return None
    data = file.file.read(request.app.state.config.max_upload_bytes + 1)
    if not file.filename and not data:
        return None
    return Upload(file.filename or "", data)


@router.get("/applications", response_class=HTMLResponse)
def application_list(request: Request, stage: str | None = None) -> HTMLResponse:
    from afterword.services.application_rows import listed_applications, shown_day
    from afterword.services.applications import check_stage
    from afterword.store.constants import STAGES

    wanted = check_stage(stage) if stage else None
    rows = listed_applications(store_of(request), wanted)
    title = f"Applications: {wanted}" if wanted else "All applications"
    return render(request, "applications/list.html", {"rows": rows, "stage": wanted, "stages": STAGES,
                                                       "day": shown_day}, title=title)


@router.get("/applications/new", response_class=HTMLResponse)
def new_application(request: Request) -> HTMLResponse:
    return _new_form(request)


def _new_form(request: Request, *, values: dict[str, str] | None = None, error: str | None = None) -> HTMLResponse:
    """The "new application" form: empty, or again with what was sent and what to fix (a file must be chosen
    again: a browser never fills in a file field)."""
    from afterword.services.profile import show_profile
    from afterword.services.uploads import POSTING_SUFFIXES

    profile = show_profile(store_of(request))
    return render(request, "applications/new.html", {"has_resume": profile.resume is not None,
                                                      "accept": ",".join(POSTING_SUFFIXES),
                                                      "max_mb": _max_mb(request), "values": values or {},
                                                      "error": error},
                  title="Add an application", status_code=400 if error else 200)


@router.post("/applications")
def add_application(
    request: Request,
    posting_text: Annotated[str, Form()] = "",
    posting_url: Annotated[str, Form()] = "",
    posting_file: Annotated[UploadFile | None, File()] = None,
    company: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    research: Annotated[str, Form()] = "",
) -> Response:
    """Add the application; when something is to fix, the form again with everything typed kept."""
    from afterword.errors import AfterwordError
    from afterword.services.application_intake import PostingForm, add_from_form

    form = PostingForm(text=posting_text, url=posting_url, upload=upload_of(request, posting_file), company=company,
                       role=role, research=research)
    try:
        added = add_from_form(store_of(request), form, max_bytes=request.app.state.config.max_upload_bytes)
    except AfterwordError as error:
        return _new_form(request, error=str(error), values={
            "posting_text": posting_text, "posting_url": posting_url, "company": company, "role": role,
            "research": research, "file": form.upload.file_name if form.upload is not None else ""})
    return RedirectResponse(f"/applications/{added.short_id}?added=1", status_code=303)


@router.get("/applications/{ref}", response_class=HTMLResponse)
def application_detail(request: Request, ref: str, added: bool = False, edited: bool = False) -> HTMLResponse:
    from afterword.services.application_intake import kept_already
    from afterword.services.application_rows import shown_day
    from afterword.services.applications import show_application
    from afterword.services.debrief_views import interview_numbers
    from afterword.services.posting_review import posting_review
    from afterword.store.constants import STAGES

    store = store_of(request)
    detail = show_application(store, ref)
    numbers = interview_numbers(detail.interviews)
    interviews = sorted(((numbers[interview.id], interview) for interview in detail.interviews),
                        key=lambda pair: pair[0])
    context = {"detail": detail, "app": detail.summary, "review": posting_review(store, ref),
               "interviews": interviews, "stages": STAGES, "day": shown_day, "added": added, "edited": edited,
               "same_role": kept_already(store, ref) if added else ()}
    return render(request, "applications/detail.html", context, title=detail.summary.title)


@router.post("/applications/{ref}/edit")
def edit_application(
    request: Request,
    ref: str,
    company: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    url: Annotated[str, Form()] = "",
) -> RedirectResponse:
    from afterword.services.application_intake import edit_from_form

    edited = edit_from_form(store_of(request), ref, company=company, role=role, url=url)
    return RedirectResponse(f"/applications/{edited.short_id}?edited=1", status_code=303)


@router.get("/profile", response_class=HTMLResponse)
def profile_page(request: Request, saved: bool = False) -> HTMLResponse:
    return _profile_page(request, saved=saved)


def _profile_page(request: Request, *, saved: bool = False, values: dict[str, str] | None = None,
                  error: str | None = None) -> HTMLResponse:
    """The profile and its form: as kept, or again with what was typed and what to fix."""
    from afterword.services.application_rows import shown_day
    from afterword.services.profile import show_profile
    from afterword.services.profile_form import resume_warnings
    from afterword.services.uploads import RESUME_SUFFIXES

    store = store_of(request)
    profile = show_profile(store)
    warnings = resume_warnings(store) if saved else ()
    return render(request, "applications/profile.html", {
        "profile": profile, "saved": saved, "warnings": warnings, "accept": ",".join(RESUME_SUFFIXES),
        "max_mb": _max_mb(request), "day": shown_day, "values": values, "error": error}, title="Your profile",
        status_code=400 if error else 200)


@router.post("/profile")
def save_profile(
    request: Request,
    name: Annotated[str, Form()] = "",
    email: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    postal_address: Annotated[str, Form()] = "",
    resume: Annotated[UploadFile | None, File()] = None,
) -> Response:
    from afterword.errors import AfterwordError
    from afterword.services.profile_form import ProfileForm, save_profile_form

    form = ProfileForm(name=name, email=email, phone=phone, postal_address=postal_address,
                       resume=upload_of(request, resume))
    try:
        save_profile_form(store_of(request), form, max_bytes=request.app.state.config.max_upload_bytes)
    except AfterwordError as error:  # nothing was saved: the form again with what was typed
        return _profile_page(request, error=str(error), values={
            "name": name, "email": email, "phone": phone, "postal_address": postal_address,
            "file": form.resume.file_name if form.resume is not None else ""})
    return RedirectResponse("/profile?saved=1", status_code=303)


def _max_mb(request: Request) -> str:
    return f"{request.app.state.config.max_upload_bytes / 1_048_576:g}"

"""`/data`: the calendar and data page: the follow-up plans as an .ics file, everything as JSON or CSV, and
importing a JSON export (from another machine, or a copy kept)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from afterword.errors import AfterwordError
from afterword.web.dependencies import new_router, store_of
from afterword.web.next_page import keep_for_next_page, take_from_last_page
from afterword.web.templating import render

router = new_router()


def _attachment(content: str | bytes, media_type: str, filename: str) -> Response:
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _data_page(request: Request, *, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    from afterword.services.plan_calendar import plans_in_calendar

    context = {"plans": plans_in_calendar(store_of(request)), "imported": take_from_last_page(request, "import"),
               "error": error, "limit_mb": request.app.state.config.max_upload_bytes // 1048576}
    return render(request, "data/index.html", context, status_code=status_code, title="Calendar and data")


@router.get("/data", response_class=HTMLResponse)
def data_page(request: Request) -> HTMLResponse:
    return _data_page(request)


@router.get("/data/calendar.ics")
def calendar(request: Request) -> Response:
    from afterword.services.plans import calendar_export

    return _attachment(calendar_export(store_of(request)), "text/calendar; charset=utf-8", "afterword-plans.ics")


@router.get("/data/export.json")
def export_json(request: Request) -> Response:
    from afterword.services.store_transfer import export_json_text

    return _attachment(export_json_text(store_of(request)), "application/json",
                       f"afterword-export-{date.today().isoformat()}.json")


@router.get("/data/export.csv")
def export_csv(request: Request) -> Response:
    from afterword.services.store_transfer import export_csv_text

    return _attachment(export_csv_text(store_of(request)), "text/csv; charset=utf-8",
                       f"afterword-applications-{date.today().isoformat()}.csv")


@router.post("/data/import")
def import_export(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    """Import an export file; the page shows what it added, or why nothing was imported."""
    from afterword.services.store_transfer import import_export_data
    from afterword.services.upload_checks import check_export_file, read_limited, upload_name

    name = upload_name(file.filename, "the file")
    try:
        data = read_limited(file.file, request.app.state.config.max_upload_bytes, name)
        check_export_file(data, name)
        result = import_export_data(store_of(request), data, name)
    except AfterwordError as error:
        return _data_page(request, error=str(error), status_code=400)
    keep_for_next_page(request, "import", {"name": name, "summary": result.summary()})
    return RedirectResponse("/data", status_code=303)

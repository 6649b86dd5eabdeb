"""`/contacts`: the people you met, a .vcf upload to import and the download of all as vCard; `/contacts/scan`:
a business card (its photo with the OCR extra, or its pasted text) proposed field by field, checked, then saved."""

from __future__ import annotations

from typing import Annotated

from fastapi import File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from afterword.contacts import ContactError
from afterword.errors import AfterwordError
from afterword.web.dependencies import new_router, store_of
from afterword.web.next_page import keep_for_next_page, take_from_last_page
from afterword.web.templating import render

router = new_router()
OptionalText = Annotated[str | None, Form()]


def _contacts_page(request: Request, *, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    from afterword.services.contact_directory import contact_entries

    context = {"entries": contact_entries(store_of(request)), "imported": take_from_last_page(request, "vcards"),
               "saved": take_from_last_page(request, "card"), "error": error}
    return render(request, "contacts/index.html", context, status_code=status_code, title="Contacts")


@router.get("/contacts", response_class=HTMLResponse)
def contacts_page(request: Request) -> HTMLResponse:
    return _contacts_page(request)


@router.post("/contacts/import")
def import_contacts(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    """Import every card of a .vcf upload; the page shows how many were added, or why none were."""
    from afterword.services.contact_import import import_vcard_data
    from afterword.services.upload_checks import check_vcard, read_limited, upload_name

    name = upload_name(file.filename, "the file")
    try:
        data = read_limited(file.file, request.app.state.config.max_upload_bytes, name)
        check_vcard(data, name)
        result = import_vcard_data(store_of(request), data, name)
    except AfterwordError as error:
        return _contacts_page(request, error=str(error), status_code=400)
    keep_for_next_page(request, "vcards", result)
    return RedirectResponse("/contacts", status_code=303)


@router.get("/contacts/export.vcf")
def export_contacts(request: Request, version: str = "4.0") -> Response:
    from afterword.services.contacts import export_contacts as exported

    result = exported(store_of(request), None, version)
    return Response(result.text.encode("utf-8"), media_type="text/vcard; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="afterword-contacts.vcf"'})


def _scan_page(request: Request, *, card: object = None, app: str | None = None, error: str | None = None,
               status_code: int = 200) -> HTMLResponse:
    from afterword.services.applications import list_applications
    from afterword.services.contact_uploads import ocr_installed

    context = {"card": card, "applications": list_applications(store_of(request)), "app": app or "",
               "ocr": ocr_installed(), "error": error,
               "limit_mb": request.app.state.config.max_upload_bytes // 1048576}
    return render(request, "contacts/scan.html", context, status_code=status_code,
                  title="Add a contact from a business card")


@router.get("/contacts/scan", response_class=HTMLResponse)
def scan_page(request: Request, app: str | None = None) -> HTMLResponse:
    return _scan_page(request, app=app)


@router.post("/contacts/scan", response_class=HTMLResponse)
def scan(request: Request, photo: Annotated[UploadFile | None, File()] = None, text: OptionalText = None,
         app: OptionalText = None) -> HTMLResponse:
    """Read the card (a photo or its text) and show what it proposes, field by field, to check before saving."""
    from afterword.services.contact_scan import scan_fields
    from afterword.services.contact_uploads import read_card
    from afterword.services.upload_checks import read_limited, upload_name

    store = store_of(request)
    app_ref = (app or "").strip() or None
    try:
        if photo is not None and photo.filename:  # a form with no file chosen sends an empty, nameless part
            name = upload_name(photo.filename, "the photo")
            data = read_limited(photo.file, request.app.state.config.max_upload_bytes, name)
            proposal = read_card(store, photo=data, photo_name=name, text=text)
        else:
            proposal = read_card(store, text=text)
    except AfterwordError as error:
        return _scan_page(request, app=app_ref, error=str(error), status_code=400)
    return _scan_page(request, card=scan_fields(store, proposal, app_ref), app=app_ref)


@router.post("/contacts/scan/save")
def save_card(request: Request, name: OptionalText = None, title: OptionalText = None,
              organisation: OptionalText = None, email: OptionalText = None, phone: OptionalText = None,
              website: OptionalText = None, address: OptionalText = None, app: OptionalText = None) -> Response:
    """Keep the checked fields as a contact (linked to the application's interview when one is chosen)."""
    from afterword.services.contact_scan import save_business_card
    from afterword.services.contact_uploads import typed_card

    store = store_of(request)
    values = {"name": name, "title": title, "organisation": organisation, "email": email, "phone": phone,
              "website": website, "address": address}
    app_ref = (app or "").strip() or None
    try:
        saved = save_business_card(store, values, app_ref)
    except ContactError as error:  # a value that cannot be kept: the form again, as typed, with why
        return _scan_page(request, card=typed_card(store, values, app_ref), app=app_ref, error=str(error),
                          status_code=400)
    keep_for_next_page(request, "card", saved)
    return RedirectResponse("/contacts", status_code=303)

"""Letters: an application's letters and the form that writes them (`/applications/{ref}/letters`), one letter
to read, edit and download (`/letters/{letter_id}`), and sending it by e-mail after a confirmation step."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from afterword.errors import AfterwordError
from afterword.web.dependencies import new_router, store_of
from afterword.web.templating import render

router = new_router()
NOTICES = {"saved": "Your changes are saved.", "sent": "Sent, and marked as sent."}


def _interview(value: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise AfterwordError(f"'{text[:20]}' is not an interview number; give 1 for the first")
    return int(text)


def _count(value: str, most: int) -> int:
    """A count from the address (how many letters were kept as edited), never more than ``most``; 0 for text."""
    text = value.strip()
    return min(int(text), most) if text.isdigit() and len(text) < 6 else 0


@router.get("/applications/{ref}/letters", response_class=HTMLResponse)
def letters(request: Request, ref: str, written: str | None = None, edited: str = "") -> HTMLResponse:
    from afterword.services.letter_keeping import letters_page

    page = letters_page(store_of(request), ref)
    kind = written if written in dict(page.kinds) else None
    return render(request, "letters/list.html", {"page": page, "application": page.application, "written": kind,
                                                 "edited": _count(edited, len(page.letters)) if kind else 0},
                  title=f"Letters · {page.application.company}")


@router.post("/applications/{ref}/letters")
def write_letters(request: Request, ref: str, kind: Annotated[str, Form()] = "thank-you",
                  interview: Annotated[str, Form()] = "") -> Response:
    """Write and keep the letters of ``kind``, then list them (saying how many the person had edited: those are
    kept as they are)."""
    from afterword.services.letter_keeping import keep_letters

    result = keep_letters(store_of(request), ref, kind=kind, interview=_interview(interview))
    short = quote(result.application.short_id)
    edited = f"&edited={result.edited}" if result.edited else ""
    return RedirectResponse(f"/applications/{short}/letters?written={quote(result.kind)}{edited}", status_code=303)


def _letter_page(request: Request, letter_id: str, *, notice: str | None = None, error: str | None = None,
                 draft: dict[str, str] | None = None, status_code: int = 200) -> HTMLResponse:
    from afterword.services.letter_files import open_letter
    from afterword.services.send_confirmation import why_not_send

    opened = open_letter(store_of(request), letter_id)
    values = draft or {"subject": opened.letter.subject, "salutation": opened.letter.salutation,
                       "body": opened.paragraphs_text, "sign_off": opened.letter.sign_off}
    return render(request, "letters/letter.html", {"opened": opened, "application": opened.application,
                                                   "view": opened.view, "notice": notice, "error": error,
                                                   "values": values, "cannot_send": why_not_send(opened)},
                  status_code=status_code, title=f"{opened.view.label.capitalize()} to {opened.view.recipient}")


@router.get("/letters/{letter_id}", response_class=HTMLResponse)
def letter(request: Request, letter_id: str, done: str | None = None) -> HTMLResponse:
    return _letter_page(request, letter_id, notice=NOTICES.get(done or ""))


@router.post("/letters/{letter_id}")
def save_letter(request: Request, letter_id: str, subject: Annotated[str, Form()] = "",
                salutation: Annotated[str, Form()] = "", body: Annotated[str, Form()] = "",
                sign_off: Annotated[str, Form()] = "") -> Response:
    """Keep the edit as written; a mistake shows the form again with the text as typed (nothing is lost)."""
    from afterword.services.letter_edits import LetterEditError, edit_letter

    try:
        edited = edit_letter(store_of(request), letter_id, subject=subject, salutation=salutation, body=body,
                      sign_off=sign_off)
    except LetterEditError as error:
        typed = {"subject": subject, "salutation": salutation, "body": body, "sign_off": sign_off}
        return _letter_page(request, letter_id, error=str(error), draft=typed, status_code=400)
    return RedirectResponse(f"/letters/{quote(edited.view.short_id)}?done=saved", status_code=303)


@router.get("/letters/{letter_id}/download/{fmt}")
def download(request: Request, letter_id: str, fmt: str) -> Response:
    from afterword.services.letter_files import letter_file

    file = letter_file(store_of(request), letter_id, fmt)
    return Response(file.content, media_type=file.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{file.name}"'})


@router.post("/letters/{letter_id}/send")
def send(request: Request, letter_id: str, confirm: Annotated[str, Form()] = "") -> Response:
    """First the confirmation (to, from, subject, which server), then, with ``confirm=yes``, the sending. Without
    an SMTP server, or when the server refuses, the page says what to do and offers the downloads instead."""
    from afterword.services.letter_files import open_letter
    from afterword.services.send_confirmation import check_send, send_now
    from afterword.services.smtp import SendError

    store = store_of(request)
    opened = open_letter(store, letter_id)  # an unknown letter is a 404 page
    try:
        if confirm != "yes":
            check = check_send(store, letter_id)
            return render(request, "letters/send.html", {"opened": opened, "application": opened.application,
                                                         "check": check, "error": check.hint},
                          status_code=400 if check.server is None else 200, title="Send this letter?")
        sent = send_now(store, letter_id)
    except SendError as error:
        return render(request, "letters/send.html", {"opened": opened, "application": opened.application,
                                                     "check": None, "error": str(error)},
                      status_code=400, title="Not sent")
    return RedirectResponse(f"/letters/{quote(sent.letter.short_id)}?done=sent", status_code=303)

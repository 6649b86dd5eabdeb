"""One-time notes a POST leaves for the page it redirects to (post/redirect/get): the result of an import or a
save shown once, kept per browser (by its CSRF cookie) in the app's memory, never in the address."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import Request

from afterword.web.csrf import browser_id

NOTES_KEPT = 200  # browsers whose next page has a note waiting; the oldest is dropped beyond this
_notes_lock = threading.Lock()  # handlers run in a thread pool


def keep_for_next_page(request: Request, kind: str, value: object) -> None:
    """Keep ``value`` for the next page this browser opens that asks for ``kind`` (post/redirect/get: the result
    of a POST shown once, without putting it in the address)."""
    key = (browser_id(request), kind)
    with _notes_lock:
        notes: dict[tuple[str, str], object] = getattr(request.app.state, "next_page_notes", None) or {}
        notes[key] = value
        while len(notes) > NOTES_KEPT:
            notes.pop(next(iter(notes)))
        request.app.state.next_page_notes = notes


def take_from_last_page(request: Request, kind: str) -> Any:
    """What the last POST kept for this page (once), or None."""
    key = (browser_id(request), kind)
    with _notes_lock:
        notes: dict[tuple[str, str], object] = getattr(request.app.state, "next_page_notes", None) or {}
        return notes.pop(key, None)

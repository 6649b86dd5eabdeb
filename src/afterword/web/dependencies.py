"""What routes share: the open store, and a router whose unsafe methods all need the CSRF token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import APIRouter, Depends, Request

from afterword.web.csrf import check_csrf

if TYPE_CHECKING:
    from afterword.store.session import Store


def new_router() -> APIRouter:
    """Every router of the app is made here, so no POST route can forget the CSRF check."""
    return APIRouter(dependencies=[Depends(check_csrf)])


def store_of(request: Request) -> Store:
    """The store the app opened at start-up (one engine, a session per call)."""
    return request.app.state.store


def local_path(address: str | None, default: str = "/") -> str:
    """``address`` when it is a path on this site ("/applications/ab12"), else ``default``: a form's "back to"
    field can never send the browser elsewhere."""
    if not address or not address.startswith("/") or address.startswith("//") or "\\" in address:
        return default
    if any(ord(character) < 32 for character in address):
        return default
    return address

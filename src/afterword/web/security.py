"""The guard in front of every page (a plain ASGI middleware, so it costs little per request):

- the Host allow-list: a request naming any other host gets 400 (DNS rebinding against a local app);
- the access token on a non-loopback host: ``?token=`` once sets an HttpOnly cookie and redirects to the same page
  without it; without the cookie every page answers 401;
- security headers on every response: a Content-Security-Policy with no inline script, no framing, nosniff and
  no referrer.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from afterword.web.config import ServeConfig

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_COOKIE = "afterword_token"
BODY_OVERHEAD = 64 * 1024  # the form's other fields and multipart boundaries around the largest upload
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


def host_name(host_header: str) -> str:
    """"Example.org:8765" → "example.org", "[::1]:8765" → "::1"."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookie(scope: Scope, name: str) -> str | None:
    raw = _header(scope, b"cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # noqa: BLE001 - a malformed Cookie header is no cookie
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


class BodyTooLarge(Exception):
    """A request body (sent without a Content-Length) grew past the upload limit."""


class Guard:
    """Wraps the app: Host allow-list, access token, security headers."""

    def __init__(self, app: ASGIApp, config: ServeConfig) -> None:
        self.app = app
        self.config = config
        self.allowed = config.allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = host_name(_header(scope, b"host") or "")
        if host not in self.allowed:
            await _plain(send, 400, "This server answers only on its own address: open the link afterword serve "
                                    "printed.")
            return
        token = self.config.token
        if token is not None and not self._has_token(scope, token):
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            given = query.pop("token", None)
            if given is not None and hmac.compare_digest(given.encode(), token.encode()):
                await self._remember(send, scope, query, token)
                return
            await _plain(send, 401, "This page needs the access link that afterword serve printed when it "
                                    "started (it carries ?token=...).")
            return

        length = _header(scope, b"content-length")
        limit = self.config.max_upload_bytes + BODY_OVERHEAD
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _plain(send, 413, f"That upload is too large: files up to {self.config.max_upload_bytes // 1048576} "
                                    "MB are accepted.")
            return
        received = 0

        async def receive_limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {key.lower() for key, _value in headers}
                headers.extend(pair for pair in SECURITY_HEADERS if pair[0] not in present)
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive_limited, send_with_headers)
        except BodyTooLarge:
            await _plain(send, 413, "That upload is too large.")

    def _has_token(self, scope: Scope, token: str) -> bool:
        cookie = _cookie(scope, TOKEN_COOKIE)
        return cookie is not None and hmac.compare_digest(cookie.encode(), token.encode())

    async def _remember(self, send: Send, scope: Scope, query: dict[str, str], token: str) -> None:
        """Keep the token in a cookie and send the browser to the same page without it in the address."""
        path = "/" + quote(scope.get("path", "/")).lstrip("/")  # never "//elsewhere": no open redirect
        location = path + (f"?{urlencode(query)}" if query else "")
        cookie = f"{TOKEN_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
        if self.config.secure_cookies:
            cookie += "; Secure"
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode()), (b"set-cookie", cookie.encode()),
                                (b"content-length", b"0"), *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": b""})


async def _plain(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})

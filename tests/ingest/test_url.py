"""Reading a posting from a URL, against a real HTTP server on loopback."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from afterword.errors import InputError
from afterword.ingest import reader
from afterword.ingest.url import fetch
from tests.conftest import loopback_server

PAGE = ("<html><body><main><h1>Nurse Educator</h1><p>Our hospital is hiring a nurse educator to train "
        "new staff on every ward.</p><h2>Requirements</h2><ul><li>Registered nurse licence and BLS</li>"
        "<li>Three years of clinical teaching</li></ul></main></body></html>")
POSTING = "## Requirements\n- Registered nurse licence +2AA- and BLS, café rota\n" + "- Clinical teaching\n" * 6_000
# What a server declares, and what the body really is: a declared charset that is not a text encoding is ignored.
DECLARED = {"/utf7": "utf-7", "/punycode": "punycode", "/rot13": "rot13", "/utf16": "utf-16", "/zlib": "zlib"}
SURROGATE = re.compile("[\ud800-\udfff]")


def _drip(handler: BaseHTTPRequestHandler, data: bytes, pause: float = 0.05) -> None:
    """Send ``data`` one byte at a time (for at most 10 s), until the client hangs up."""
    for byte in data[:200]:
        try:
            handler.wfile.write(bytes([byte]))
        except OSError:
            return
        time.sleep(pause)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        if self.path == "/job":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":
            time.sleep(2)
            self.send_response(200)
            self.end_headers()
        elif self.path in DECLARED:
            body = POSTING.encode()
            self.send_response(200)
            self.send_header("Content-Type", f"text/plain; charset={DECLARED[self.path]}")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/drip-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            _drip(self, b"x" * 1000)
        elif self.path == "/drip-headers":
            _drip(self, b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 1000)
        elif self.path == "/big":
            body = b"words " * 10_000
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with loopback_server(_Handler) as url:
        yield url


def test_url_page(server: str) -> None:
    doc = reader.read_document(f"{server}/job")
    assert any(line.section == "Requirements" and "BLS" in line.text for line in doc.lines)


def test_url_404(server: str) -> None:
    with pytest.raises(InputError, match="answered 404"):
        reader.read_document(f"{server}/missing")


def test_url_timeout(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "URL_TIMEOUT", 0.3)
    with pytest.raises(InputError, match="did not answer within 0.3 s"):
        reader.read_document(f"{server}/slow")


@pytest.mark.parametrize("path", sorted(DECLARED))
def test_a_declared_charset_that_is_not_text_is_ignored(server: str, path: str) -> None:
    start = time.monotonic()
    doc = reader.read_document(f"{server}{path}")
    assert time.monotonic() - start < 5  # punycode took 43 s on 544 KB
    assert "Registered nurse licence +2AA- and BLS, café rota" in doc.text  # read as UTF-8
    assert not SURROGATE.search(doc.text)


def test_a_slow_drip_body_is_stopped_by_the_overall_deadline(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "URL_DEADLINE", 1.0)
    start = time.monotonic()
    with pytest.raises(InputError, match=r"took more than 1 s to download; try again later") as error:
        reader.read_document(f"{server}/drip-body")
    assert time.monotonic() - start < 3
    assert "\n" not in str(error.value)


def test_slow_drip_headers_are_stopped_by_the_overall_deadline(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(InputError, match=r"took more than 0.8 s to download"):
        fetch(f"{server}/drip-headers", timeout=5, max_bytes=1_000_000, deadline=0.8)
    assert time.monotonic() - start < 3


def test_the_size_cap_still_holds(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_BYTES", 10_000)
    with pytest.raises(InputError, match="is larger than"):
        reader.read_document(f"{server}/big")

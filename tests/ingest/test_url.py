"""Reading a posting from a URL, against a real HTTP server on loopback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from afterword.errors import InputError
from afterword.ingest import reader
from tests.conftest import loopback_server

PAGE = ("<html><body><main><h1>Nurse Educator</h1><p>Our hospital is hiring a nurse educator to train "
        "new staff on every ward.</p><h2>Requirements</h2><ul><li>Registered nurse licence and BLS</li>"
        "<li>Three years of clinical teaching</li></ul></main></body></html>")


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

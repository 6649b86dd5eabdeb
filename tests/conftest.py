"""Shared fixtures: documents made at test time, an isolated user data dir for every test."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest_plugins = ["tests.databases"]  # store_url: SQLite and PostgreSQL, for the store, service and CLI tests


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty user data dir (the store's home too) and no user settings, so nothing leaks
    between tests or into $HOME."""
    data = tmp_path / "afterword-data"
    monkeypatch.setenv("AFTERWORD_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user's config.toml reaches a test
    for name in ("DEBUG", "HOME", "CONFIG", "DATABASE_URL", "COUNTRY", "SUBDIVISION", "PHONE_REGION",
                 "SMTP_HOST", "SMTP_PORT", "SMTP_SECURITY", "SMTP_USER", "SMTP_FROM",
                 "SMTP_PASSWORD"):  # no test reaches a mail server but its own
        monkeypatch.delenv(f"AFTERWORD_{name}", raising=False)
    from afterword.analysis import taxonomy

    taxonomy.default_taxonomy.cache_clear()
    return data


@contextmanager
def loopback_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (a free port) for the duration of the block; yields its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small but valid one-page PDF whose text layer holds ``lines`` (Helvetica, one line each)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
    for line in lines:
        ops.append(f"({pdf_escape(line)}) Tj T*")
    ops.append("ET")
    return pdf_with_content("\n".join(ops))


def pdf_with_content(ops: str) -> bytes:
    """A valid one-page PDF (612 x 792, Helvetica as /F1) whose page draws the content-stream operators ``ops``."""
    stream = ops.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(paragraphs: list[tuple[str, str | None]], table: list[list[str]] | None = None) -> bytes:
    """A .docx with (text, style) paragraphs and an optional table after them."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


RESUME_TEXT = """# Sam Rivera
sam@example.com

## Experience
**Backend Engineer**, Northwind Data | Jan 2019 – Present
- Ran production k8s clusters on Amazon EKS serving 2M requests a day
- Tuned Postgres queries, cutting report time by 40%
- Built RESTful services in Python and Django

**Developer**, Acme Corp | Jun 2015 – Dec 2018
- Wrote JavaScript front ends and Node.js services
- Became the go-to person for release planning and R&D budgeting

## Skills
Python, Django, Docker, Terraform, JavaScript

## Education
B.S. in Computer Science, State University, 2015
"""

POSTING_TEXT = """# Backend Engineer at Example Co

## About us
We are a 120 people company building logistics tools.

## Responsibilities
- Build and operate backend services
- Improve reliability of our platform

## Requirements
- 5+ years of experience with Python
- Experience with Kubernetes in production
- Strong PostgreSQL skills
- Experience with Go
- Familiarity with AWS
- Bachelor's degree in Computer Science or related field

## Nice to have
- Experience with Kafka
- Java experience is a plus

## Benefits
- Health insurance and 401(k)
- Salary: $140,000 - $170,000
- Fully remote within the US
"""


@pytest.fixture
def resume_file(tmp_path: Path) -> Path:
    path = tmp_path / "resume.md"
    path.write_text(RESUME_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def posting_file(tmp_path: Path) -> Path:
    path = tmp_path / "posting.md"
    path.write_text(POSTING_TEXT, encoding="utf-8")
    return path

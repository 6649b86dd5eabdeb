"""Renderers: plain text, an RFC 5322 e-mail, a printable PDF and a Word document; files are written whole."""

from __future__ import annotations

import datetime as dt
import io
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from afterword.writer import Letter, Profile, WriterError, file_name, render, write_letter

from .conftest import Candidate

NOW = dt.datetime(2026, 3, 2, 17, 45, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture(scope="module")
def letter(analyst: Candidate) -> Letter:
    return analyst.write("thank-you")[1]  # to Joël Marchetti, from Tomás Ferreira: names outside ASCII


def test_text_holds_subject_salutation_body_and_signature(letter: Letter) -> None:
    text = render(letter, "txt").decode("utf-8")
    assert text.startswith(f"Subject: {letter.subject}\n\nDear Joël Marchetti,\n\n")
    for paragraph in letter.body:
        assert f"\n{paragraph}\n" in text
    assert text.rstrip().endswith("Best regards,\nTomás Ferreira\ntomas.ferreira@example.org\n+44 7700 900123")


def test_eml_parses_back_with_every_header_and_utf8_names(letter: Letter) -> None:
    data = render(letter, "eml", now=NOW)
    assert data.isascii(), "non-ASCII names and text are encoded, as RFC 5322 asks"
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert str(message["From"]) == "Tomás Ferreira <tomas.ferreira@example.org>"
    assert str(message["To"]) == "Joël Marchetti <joel@brightwater.example>"
    assert message["Subject"] == letter.subject
    assert message["Date"].datetime == NOW
    assert message["Message-ID"].startswith("<") and message["Message-ID"].endswith("@example.org>")
    assert message.get_content_type() == "text/plain" and message.get_content_charset() == "utf-8"
    body = message.get_content()
    assert body.startswith("Dear Joël Marchetti,") and "Subject:" not in body
    assert letter.body[1] in body


def test_eml_message_ids_are_unique(letter: Letter) -> None:
    ids = {BytesParser(policy=policy.default).parsebytes(render(letter, "eml"))["Message-ID"] for _ in range(3)}
    assert len(ids) == 3


def test_eml_without_the_recipients_address_has_no_to(analyst: Candidate) -> None:
    hannah = analyst.write("thank-you")[2]
    message = BytesParser(policy=policy.default).parsebytes(render(hannah, "eml", now=NOW))
    assert message["To"] is None and message["From"] is not None


def test_eml_needs_the_senders_address(analyst: Candidate) -> None:
    letters = analyst.write("rejection", profile=Profile("Tomás Ferreira"))
    with pytest.raises(WriterError, match="profile set --email"):
        render(letters[0], "eml")
    letters = analyst.write("rejection", profile=Profile("Tomás Ferreira", "not-an-address"))
    with pytest.raises(WriterError, match="not valid"):
        render(letters[0], "eml")


def test_pdf_is_a_one_page_letter(letter: Letter) -> None:
    pytest.importorskip("weasyprint")  # needs Pango; `make test` installs it, as for the card's PDF
    from afterword.pdf import pdf_page_count

    data = render(letter, "pdf")
    assert data.startswith(b"%PDF")
    assert pdf_page_count(data) == 1
    from pypdf import PdfReader

    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    for expected in ("12 Canal Wharf", "Monday 2 March 2026", "Brightwater Foods", "Dear Joël Marchetti,",
                     "Tomás Ferreira"):
        assert expected in text


def test_pdf_on_letter_paper(letter: Letter) -> None:
    pytest.importorskip("weasyprint")
    assert render(letter, "pdf", page_size="Letter").startswith(b"%PDF")


def test_docx_opens_and_holds_the_letter(letter: Letter) -> None:
    from docx import Document

    document = Document(io.BytesIO(render(letter, "docx")))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Dear Joël Marchetti," in paragraphs
    for paragraph in letter.body:
        assert paragraph in paragraphs
    assert paragraphs[-4:] == ["Best regards,", "Tomás Ferreira", "tomas.ferreira@example.org", "+44 7700 900123"]
    assert document.core_properties.title == letter.subject


def test_an_unknown_format_is_refused(letter: Letter) -> None:
    with pytest.raises(WriterError, match="use one of txt, eml, pdf, docx"):
        render(letter, "html")


def test_write_letter_writes_whole_files_and_replaces_old_ones(letter: Letter, tmp_path: Path) -> None:
    target = tmp_path / file_name(letter, "txt")
    assert target.name == "thank-you-joel-marchetti.txt"
    target.write_text("an older draft")
    assert write_letter(letter, target) == target
    assert target.read_bytes() == render(letter, "txt")
    assert [p.name for p in tmp_path.iterdir()] == [target.name], "no temporary file is left behind"
    docx = write_letter(letter, tmp_path / "letter.bin", "docx")
    assert docx.read_bytes()[:2] == b"PK"
    with pytest.raises(WriterError, match="end the name in"):
        write_letter(letter, tmp_path / "letter.html")


def test_file_names_number_the_second_check_in(analyst: Candidate) -> None:
    first, second = analyst.write("check-in")
    assert file_name(first, "eml") == "check-in-amara-okonkwo-lindqvist.eml"
    assert file_name(second, "eml") == "check-in-2-amara-okonkwo-lindqvist.eml"

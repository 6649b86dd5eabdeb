"""Hostile input: no reader hangs, blows up memory, crashes, or returns text that later crashes an output."""

from __future__ import annotations

import io
import re
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.errors import InputError
from afterword.ingest import archive, html, pdf, read_document, word
from afterword.ingest.pdf import pdf_text
from afterword.ingest.text import clean_text, decode, decode_text
from afterword.ingest.word import docx_text
from afterword.models import Document
from tests.conftest import make_docx

SURROGATE = re.compile("[\ud800-\udfff]")


def _measured(action: Callable[[], object]) -> tuple[object, float, int]:
    """(what ``action`` returned or raised, seconds it took, peak bytes Python allocated meanwhile)."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result: object = action()
    except Exception as error:  # noqa: BLE001 - the caller checks what came out
        result = error
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, seconds, peak


# --- .docx and other zip input ---------------------------------------------------------------------------------


def _with_member(docx: bytes, member: str, chunks: int, chunk: bytes = b"\x00" * 1_048_576) -> bytes:
    """``docx`` with ``member`` replaced by (or added as) ``chunks`` copies of ``chunk``, streamed, never in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info, source.read(info))
        info = zipfile.ZipInfo(member)
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w") as stream:
            for _ in range(chunks):
                stream.write(chunk)
    return out.getvalue()


def _lie_about_size(data: bytes, member: str, size: int) -> bytes:
    """The zip ``data`` with ``member``'s uncompressed size rewritten to ``size`` in both of its headers."""
    patched = bytearray(data)
    name = member.encode()
    for signature, name_at, size_at in ((b"PK\x01\x02", 46, 24), (b"PK\x03\x04", 30, 22)):
        start = patched.find(signature)
        while start >= 0:
            if patched[start + name_at:start + name_at + len(name)] == name:
                patched[start + size_at:start + size_at + 4] = size.to_bytes(4, "little")
            start = patched.find(signature, start + 4)
    return bytes(patched)


def test_a_docx_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    real = make_docx([("Ana Lima", "Title"), ("Nurse", None)])
    bomb = _with_member(real, "word/media/image1.png", chunks=40)  # 40 MB of zeros in 40 KB
    assert len(bomb) < 1_000_000
    path = tmp_path / "resume.docx"
    path.write_bytes(bomb)
    error, seconds, peak = _measured(lambda: read_document(str(path)))
    assert isinstance(error, InputError), error
    assert "zip bomb" in str(error) and "image1.png" in str(error) and "\n" not in str(error)
    assert seconds < 2 and peak < 30_000_000


def test_a_bomb_in_the_main_part_is_refused_too() -> None:
    real = make_docx([("Ana Lima", "Title")])
    bomb = _with_member(real, "word/document.xml", chunks=50, chunk=b" " * 1_048_576)
    with pytest.raises(InputError, match="looks like a zip bomb"):
        docx_text(bomb, "resume.docx")


def test_a_zip_directory_that_lies_about_sizes_gets_nowhere() -> None:
    real = make_docx([("Ana Lima", "Title")])
    body = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body>' + b"<w:p><w:r><w:t>words</w:t></w:r></w:p>" * 500_000 + b"</w:body></w:document>")
    honest = _with_member(real, "word/document.xml", chunks=1, chunk=body)  # 19 MB of XML, declared as such
    liar = _lie_about_size(honest, "word/document.xml", 1000)  # ... now declared as 1 KB: no ratio alarm
    error, seconds, peak = _measured(lambda: docx_text(liar, "resume.docx"))
    assert isinstance(error, InputError), error
    assert "\n" not in str(error) and "resume.docx" in str(error)
    assert seconds < 2 and peak < 30_000_000


def test_a_member_stream_stops_at_its_declared_size() -> None:
    opened = archive.open_archive(make_docx([("Ana", None)]), "resume.docx")
    stream = archive.MemberStream(opened, io.BytesIO(b"x" * 5000), declared=1000)  # a zip reader that overflows
    with pytest.raises(InputError, match="more than its zip directory says"):
        stream.read()


def test_too_many_members_or_too_many_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    real = make_docx([("Ana Lima", "Title")])
    many = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(real)) as source, zipfile.ZipFile(many, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        for number in range(archive.MAX_MEMBERS):
            target.writestr(f"extra/item{number}.xml", b"")
    with pytest.raises(InputError, match="holds 5,0.. files, more than a document ever needs"):
        docx_text(many.getvalue(), "resume.docx")
    monkeypatch.setattr(archive, "MAX_UNPACKED", 100_000)
    with pytest.raises(InputError, match=r"unpacks to .* MB, over the 0 MB limit"):
        docx_text(_with_member(real, "word/media/photo.jpg", chunks=1, chunk=bytes(range(256)) * 1000), "r.docx")


def test_a_zip_that_is_not_a_word_document() -> None:
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as target:
        target.writestr("notes.txt", "hello")
    with pytest.raises(InputError, match="is a zip file but not a Word document"):
        docx_text(other.getvalue(), "notes.docx")


def _big_docx(paragraphs: int) -> bytes:
    """A real .docx (python-docx's styles) whose body holds ``paragraphs`` paragraphs, headings, lists and tables."""
    return _with_member(make_docx([("x", None)]), "word/document.xml", chunks=1, chunk=_big_docx_xml(paragraphs, 0))


def _big_docx_xml(paragraphs: int, empty: int) -> bytes:
    """A document part: ``paragraphs`` paragraphs of text (headings, list items, a table every 1000) and then
    ``empty`` empty paragraphs."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def paragraph(number: int) -> str:
        style = ("Heading2", "ListBullet", "", "")[number % 4]
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{props}<w:r><w:t>Line {number} about patient care and Python</w:t></w:r></w:p>"

    table = ("<w:tbl>" + "".join(f"<w:tr><w:tc><w:p><w:r><w:t>Key {row}</w:t></w:r></w:p></w:tc>"
                                 f"<w:tc><w:p><w:r><w:t>Value {row}</w:t></w:r></w:p></w:tc></w:tr>"
                                 for row in range(3)) + "</w:tbl>")
    body = "".join(paragraph(number) + (table if number % 1000 == 999 else "") for number in range(paragraphs))
    body += "<w:p/>" * empty
    return f'<?xml version="1.0"?><w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>'.encode()


def test_a_50000_paragraph_docx_reads_fast_and_keeps_its_structure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word, "SECONDS", 60.0)  # the time budget is tested below: here, all of it is read
    data = _big_docx(50_000)
    start = time.perf_counter()
    text, warnings = docx_text(data, "long.docx", max_chars=10**9)
    assert time.perf_counter() - start < 5  # python-docx objects took 20-45 s here; this takes about 1 s
    lines = text.split("\n")
    assert lines[:4] == ["## Line 0 about patient care and Python", "- Line 1 about patient care and Python",
                         "Line 2 about patient care and Python", "Line 3 about patient care and Python"]
    assert lines[1000:1003] == ["Key 0: Value 0", "Key 1: Value 1", "Key 2: Value 2"]
    assert len(lines) == 50_000 + 150 and warnings == ()


def test_the_text_of_a_huge_docx_is_cut_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word, "SECONDS", 60.0)
    text, warnings = docx_text(_big_docx(2000), "long.docx", max_chars=10_000)
    assert 10_000 < len(text) < 10_200
    assert warnings == ("long.docx has more than 10,000 characters of text; only the first 10,000 were read",)
    text, warnings = docx_text(_big_docx(50_000), "long.docx")  # the default: a million characters
    assert 1_000_000 < len(text) < 1_000_200 and len(warnings) == 1


def test_a_docx_is_read_within_a_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _big_docx(50_000)
    monkeypatch.setattr(word, "SECONDS", 0.2)
    monkeypatch.setattr(word, "SECONDS_PER_MB", 0.0)
    start = time.perf_counter()
    text, warnings = docx_text(data, "long.docx", max_chars=10**9)
    assert time.perf_counter() - start < 1.5
    assert text.startswith("## Line 0 about patient care") and len(text) < 3_000_000
    assert warnings == ("long.docx: reading stopped after 0.2 s (time limit); only the first part was read",)
    monkeypatch.setattr(archive, "MAX_RATIO", 10**6)  # empty paragraphs pack too well: past the bomb check here
    empty = _with_member(make_docx([("x", None)]), "word/document.xml", chunks=1, chunk=_big_docx_xml(0, 200_000))
    with pytest.raises(InputError, match="takes too long to read"):  # nothing read in time: an error, not a warning
        docx_text(empty, "blank.docx")


def test_markup_that_never_ends_a_paragraph_cannot_pile_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word, "MAX_BLOCK_BYTES", 1_000_000)
    monkeypatch.setattr(archive, "MAX_RATIO", 10**6)  # not a bomb by ratio: refused for what it holds
    runs = "".join(f'<w:r><w:rPr><w:sz w:val="{size % 97}"/></w:rPr></w:r>' for size in range(100_000))
    xml = _big_docx_xml(3, 0).replace(b"</w:body>", f"<w:p>{runs}</w:p></w:body>".encode())
    data = _with_member(make_docx([("x", None)]), "word/document.xml", chunks=1, chunk=xml)
    with pytest.raises(InputError, match="has over 0 MB of markup in one stretch"):
        docx_text(data, "odd.docx")
    styles = _with_member(make_docx([("x", None)]), "word/styles.xml", chunks=20, chunk=b" " * 1_048_576)
    with pytest.raises(InputError, match="has a word/styles.xml of 20 MB"):
        docx_text(styles, "odd.docx")


# --- PDF ---------------------------------------------------------------------------------------------------------

_SURROGATE_CMAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Odd def\n"
                   b"1 begincodespacerange <00> <FF> endcodespacerange\n"
                   b"3 beginbfchar <41> <D800> <42> <0042> <43> <DC00> endbfchar\n"
                   b"endcmap CMapName currentdict /CMap defineresource pop end end")


def _pdf(contents: list[bytes], *, to_unicode: bytes | None = None) -> bytes:
    """A PDF with one page per content stream (each Flate-compressed), Helvetica, and an optional ToUnicode map."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + (b" /ToUnicode 4 0 R" if to_unicode else b"")
               + b" >>",
               4: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(to_unicode or b""), to_unicode or b"")}
    kids = []
    for index, content in enumerate(contents):
        page, stream = 5 + 2 * index, 6 + 2 * index
        kids.append(b"%d 0 R" % page)
        packer = zlib.compressobj(9)
        body = b"".join(packer.compress(content[at:at + 1_048_576]) for at in range(0, len(content), 1_048_576))
        body += packer.flush()
        objects[page] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                         b"/Resources << /Font << /F1 3 0 R >> >> >>" % stream)
        objects[stream] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(body), body)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(contents))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, objects[number]))
    xref, size = out.tell(), max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    out.write(b"".join(b"%010d 00000 n \n" % offsets[number] for number in range(1, size)))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return out.getvalue()


def _lines(*lines: str) -> bytes:
    shown = b" ".join(b"(%s) Tj T*" % line.encode() for line in lines)
    return b"BT /F1 11 Tf 14 TL 50 780 Td " + shown + b" ET"


@pytest.mark.parametrize("content", [
    _lines("Nurse") + b" " * 30_000_000,  # unpacks past the decompression limit
    b"BT /F1 11 Tf 50 780 Td " + b"(w) Tj " * 150_000 + b"ET",  # more content tokens than a page ever needs
], ids=["bomb", "tokens"])
def test_pdf_limits_are_one_line_input_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "resume.pdf"
    path.write_bytes(_pdf([content]))
    start = time.perf_counter()
    with pytest.raises(InputError, match="is too large or complex to read safely") as error:
        read_document(str(path))
    assert "\n" not in str(error.value) and time.perf_counter() - start < 5


def test_pdf_pages_and_text_are_capped_with_a_warning() -> None:
    data = _pdf([_lines(f"Page {number} of the resume, with words") for number in range(3)])
    text, warnings = pdf_text(data, "cv.pdf", max_pages=2)
    assert "Page 1" in text and "Page 2" not in text
    assert warnings == ("cv.pdf has 3 pages; only the first 2 were read",)
    text, warnings = pdf_text(data, "cv.pdf", max_chars=40)  # the page that goes past the cap is kept whole
    assert "Page 1" in text and "Page 2" not in text
    assert warnings == ("cv.pdf has more than 40 characters of text; only the first 2 pages were read",)


def test_pdf_reading_stops_at_its_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "SECONDS", 0.5)
    monkeypatch.setattr(pdf, "SECONDS_PER_MB", 0.0)
    slow_page = b"BT /F1 11 Tf 14 TL 50 780 Td " + b"(w) Tj " * 30_000 + b"(end) Tj ET"
    data = _pdf([_lines("First page, quick to read")] + [slow_page] * 20)
    start = time.perf_counter()
    text, warnings = pdf_text(data, "cv.pdf")
    assert time.perf_counter() - start < 4
    assert "First page" in text
    assert len(warnings) == 1 and warnings[0].startswith("cv.pdf: reading stopped at page ")


def test_pdfminer_cannot_run_away(monkeypatch: pytest.MonkeyPatch) -> None:
    """All text on one spot: pypdf reads it at once, pdfminer would pair up its boxes for minutes and gigabytes."""
    # the budget as shipped: pypdf's pass takes a tenth of a second alone, but a busy two-core machine running the
    # suite in parallel can stretch it past a shorter one
    monkeypatch.setattr(pdf, "SECONDS", 3.0)
    data = _pdf([b"BT /F1 11 Tf 50 780 Td " + b"(word word) Tj T* " * 5000 + b"ET"])
    start = time.perf_counter()
    text, _ = pdf_text(data, "cv.pdf")
    assert time.perf_counter() - start < 12  # seconds, not the minutes pdfminer would take
    assert text.startswith("word word")  # pypdf's text, since pdfminer ran out of time


def test_lone_surrogates_from_a_tounicode_map_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "odd.pdf"
    path.write_bytes(_pdf([_lines("ABCAB hello world")], to_unicode=_SURROGATE_CMAP))
    doc = read_document(str(path))
    assert not SURROGATE.search(doc.text)
    assert doc.lines[0].text == "\ufffdB\ufffd\ufffdB hello world"


# --- HTML ---------------------------------------------------------------------------------------------------------


def test_a_page_of_countless_tags_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "job.html"
    path.write_text("<html><body>" + "<br>" * 400_000 + "</body></html>", encoding="utf-8")
    error, seconds, peak = _measured(lambda: read_document(str(path)))
    assert isinstance(error, InputError) and "has more than 300,000 tags" in str(error)
    assert seconds < 1 and peak < 30_000_000  # the file is read into a 20 MB buffer; nothing is parsed


def test_a_tag_heavy_page_is_read_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "job.html"  # trafilatura takes about a minute on this
    path.write_text("<html><body><h1>Welder</h1>" + "<b>MIG</b> <i>TIG</i><br>" * 20_000 + "</body></html>",
                    encoding="utf-8")
    start = time.perf_counter()
    doc = read_document(str(path))
    assert time.perf_counter() - start < 5
    assert "MIG TIG" in doc.text


def test_the_fallback_keeps_headings_and_list_items(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "MAX_ELEMENTS", 5)  # too many elements for trafilatura: the fallback reads the page
    page = ("<html><head><script>var x = 1;</script></head><body><h2>Requirements</h2><ul><li>Python</li>"
            "<li><b>SQL</b> and dbt</li></ul><p>We are a small   team\nin Lyon.</p><table><tr><td>Pay</td><td>Good</td>"
            "</tr></table></body></html>")
    assert html.html_text(page, "job.html") == ("## Requirements\n\n- Python\n\n- SQL and dbt\n\n"
                                                "We are a small team in Lyon.\n\nPay Good")


# --- text: surrogates, controls, size -----------------------------------------------------------------------------


def test_surrogates_from_a_decoded_source_are_replaced() -> None:
    data = "Nurse".encode("utf-16") + "\ud800".encode("utf-16-le", "surrogatepass") + "BLS".encode("utf-16-le")
    decoded = decode(data, "cv.txt")
    assert decoded.text == "Nurse\ufffdBLS"
    assert decoded.warnings == ("cv.txt has bytes that are not valid utf-16, shown as \ufffd; re-save it as UTF-8 "
                                "if the text looks wrong",)


def test_clean_text_joins_surrogate_pairs_and_drops_control_junk() -> None:
    assert clean_text("a\ud83d\ude00b\udc00\ud800c") == "a\U0001f600b\ufffd\ufffdc"
    assert clean_text("tab\tNUL\x00bell\x07 form\x0c") == "tab\tNULbell form\x0c"
    assert clean_text("plain") == "plain"


FRENCH = ("Nous recherchons un(e) responsable de cuisine pour notre brasserie à Lyon. Vous aurez la charge de "
          "l’équipe de production, de la gestion des stocks et de la création des menus de saison. Expérience exigée : "
          "trois ans minimum, maîtrise des règles d’hygiène, sens de l’organisation. Salaire à partir de 2 800 € brut, "
          "mutuelle d’entreprise et prime de fin d’année — réponse sous huit jours.\n")


def test_a_big_file_in_another_encoding_is_decoded_fast() -> None:
    data = (FRENCH * 12_000).encode("cp1252")  # 5 MB: the detector looks at a sample, not at all of it
    start = time.perf_counter()
    decoded = decode(data, "posting.txt")
    assert time.perf_counter() - start < 2
    assert decoded.text == FRENCH * 12_000
    assert decoded.warnings == ("posting.txt is not UTF-8; read it as cp1252 (pass --encoding NAME if the text "
                                "looks wrong)",)


# --- properties: arbitrary and adversarial bytes --------------------------------------------------------------------

_PIECES = [b" ", b"1", b"\x00", b"\x01", b"\x1b", b"\r\n", b"\t", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf",
           b"\xff\xfe\x00\x00", b"+2AA-", b"\xed\xa0\x80", b"\x00\xd8", b"\xd8\x00", b"\xc3\xa9", b"\xe9", b"\x80",
           b"\xf4\x90\x80\x80", b"# ", b"- ", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><p>", b"\\u", b"~{"]
_RUNS = st.builds(lambda piece, count: piece * count, st.sampled_from(_PIECES), st.integers(1, 20_000))
_ODD_TEXT = st.one_of(st.text(), st.text(st.characters(categories=["Cs", "Cc", "Zs", "Ll", "Nd", "Lo"])))
_ENCODED = st.builds(lambda text, codec: text.encode(codec, "surrogatepass" if codec.startswith("utf") else "ignore"),
                     _ODD_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "shift_jis"]))
_BYTES = st.lists(st.one_of(_RUNS, _ENCODED, st.binary(max_size=200), st.sampled_from(_PIECES)),
                  min_size=1, max_size=5).map(b"".join)
_ENCODINGS = st.sampled_from([None, None, "utf-8", "cp1252", "latin-1", "utf-16", "utf-16-be", "utf-32", "shift_jis",
                              "gb18030", "utf-7", "punycode", "rot13", "base64", "no-such-codec"])
_PROPERTY = settings(deadline=2000, max_examples=120, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                            HealthCheck.function_scoped_fixture])


@_PROPERTY
@given(data=_BYTES, encoding=_ENCODINGS)
def test_decode_text_gives_clean_text_or_a_one_line_input_error(data: bytes, encoding: str | None) -> None:
    try:
        text = decode_text(data, "input.txt", encoding)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert isinstance(text, str)
    assert not SURROGATE.search(text)


@_PROPERTY
@given(data=_BYTES, suffix=st.sampled_from([".txt", ".md", ".html", ".pdf", ".docx"]), encoding=_ENCODINGS)
def test_read_document_gives_a_document_or_a_one_line_input_error(data: bytes, suffix: str,
                                                                  encoding: str | None) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            doc = read_document(str(path), encoding=encoding)
        except InputError as error:
            assert "\n" not in str(error)
            return
    assert isinstance(doc, Document)
    assert not SURROGATE.search(doc.text)
    assert not any(SURROGATE.search(line.text) for line in doc.lines)
    assert all("\n" not in warning for warning in doc.warnings)

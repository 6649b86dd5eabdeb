"""Every reader turns its format into the same Document: numbered lines and sections."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from afterword.errors import InputError
from afterword.ingest import MAX_BYTES, document_from_text, read_document
from tests.conftest import make_docx, make_pdf


def test_markdown_lines_keep_source_numbers_and_sections(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text("# Ana\n\n## Experience\n- Built **things**\n\n## Skills\nPython, SQL\n", encoding="utf-8")
    doc = read_document(str(path))
    assert [(line.number, line.text, line.section) for line in doc.lines[1:]] == [
        (3, "Experience", "Experience"), (4, "Built things", "Experience"),
        (6, "Skills", "Skills"), (7, "Python, SQL", "Skills"),
    ]
    assert [s.name for s in doc.sections][-2:] == ["Experience", "Skills"]


def test_plain_text_headings_without_markup(tmp_path: Path) -> None:
    doc = document_from_text("Jane Doe\nWORK EXPERIENCE\nTraining Coordinator, City Hospital\n"
                             "Requirements:\n- 3 years of nursing\nWhat you'll do\nCare for patients\n")
    sections = {line.text: line.section for line in doc.lines}
    assert sections["Training Coordinator, City Hospital"] == "Experience"  # a job title is not a heading
    assert sections["3 years of nursing"] == "Requirements"
    assert sections["Care for patients"] == "Responsibilities"


def test_posting_section_names() -> None:
    doc = document_from_text("## Preferred qualifications\nKafka\n## Minimum qualifications\nPython\n"
                             "## What we offer\nDental\n## About Lumen\nWe build things\n")
    assert [s.name for s in doc.sections] == ["Nice to have", "Requirements", "Benefits", "About the company"]


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "resume.pdf"
    path.write_bytes(make_pdf(["EXPERIENCE", "Nurse, General Hospital 2018 - 2022", "SKILLS", "Patient care"]))
    doc = read_document(str(path))
    assert [line.text for line in doc.lines][1] == "Nurse, General Hospital 2018 - 2022"
    assert doc.lines[1].section == "Experience" and doc.lines[3].section == "Skills"


def test_docx_paragraphs_headings_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "resume.docx"
    path.write_bytes(make_docx(
        [("Ana Lima", "Title"), ("Skills", "Heading 2"), ("Leads teams", "List Bullet")],
        table=[["Languages", "Python, Go"], ["Data", "Postgres"]],
    ))
    doc = read_document(str(path))
    texts = [line.text for line in doc.lines]
    assert texts == ["Ana Lima", "Skills", "Leads teams", "Languages: Python, Go", "Data: Postgres"]
    assert doc.lines[-1].section == "Skills"


def test_html_main_text_with_headings(tmp_path: Path) -> None:
    path = tmp_path / "job.html"
    body = "".join(f"<li>Requirement number {i} with Python and care</li>" for i in range(6))
    path.write_text(
        "<html><head><title>Job</title><script>var x = 1;</script></head><body><nav>Home | Jobs</nav>"
        "<main><h1>Data Analyst</h1><p>We are hiring a data analyst to join our small and friendly team.</p>"
        f"<h2>Requirements</h2><ul>{body}</ul></main></body></html>", encoding="utf-8")
    doc = read_document(str(path))
    assert "var x" not in doc.text
    assert any(line.section == "Requirements" and "Python" in line.text for line in doc.lines)


def test_stdin(tmp_path: Path) -> None:
    doc = read_document("-", stdin=io.BytesIO(b"## Skills\nWelding\n"))
    assert doc.source == "standard input"
    assert doc.lines[-1].text == "Welding"


def test_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes("Café manager, Zürich".encode("cp1252"))
    doc = read_document(str(path), encoding="cp1252")
    assert doc.lines[0].text == "Café manager, Zürich"
    assert doc.warnings == ()  # the user named the encoding: nothing to warn about


@pytest.mark.parametrize(("text", "codec"), [
    ("Gestión de proyectos y atención al cliente en la oficina de Sevilla", "latin-1"),
    ("Café manager in Zürich – “great” coffee, crème brûlée and 5 years’ experience", "cp1252"),
])
def test_a_file_that_is_not_utf8_is_read_with_a_warning(tmp_path: Path, text: str, codec: str) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(text.encode(codec))
    doc = read_document(str(path))
    assert doc.lines[0].text == text
    assert len(doc.warnings) == 1 and "\n" not in doc.warnings[0]
    assert doc.warnings[0].startswith("posting.txt is not UTF-8; read it as cp1252")
    assert "--encoding" in doc.warnings[0]


def test_mostly_english_text_with_a_few_accents_is_not_taken_for_cjk(tmp_path: Path) -> None:
    # "éq" is also a valid Shift_JIS pair: a detector alone reads this as Japanese with a kanji here and there
    lines = [f"- Led the équipe {n} through {n % 7 + 2} releases of the data platform and its reports"
             for n in range(3000)]
    path = tmp_path / "resume.txt"
    path.write_bytes("\n".join(["## Experience", *lines]).encode("cp1252"))
    doc = read_document(str(path))
    assert doc.lines[1].text == "Led the équipe 0 through 2 releases of the data platform and its reports"
    assert doc.warnings[0].startswith("resume.txt is not UTF-8; read it as cp1252")


@pytest.mark.parametrize(("text", "codec"), [
    ("経験：Pythonを用いた開発経験3年以上。チームでの開発経験がある方を歓迎します。", "shift_jis"),
    ("要求：三年以上Python开发经验，熟悉数据库设计，具有良好的沟通能力。工作地点：上海市。", "gb18030"),
    ("요구 사항: 파이썬 개발 경험 3년 이상, 원활한 의사소통 능력을 갖추신 분. 근무지: 서울.", "euc_kr"),
    ("Требования: опыт работы с Python не менее трёх лет, знание SQL, умение работать в команде.", "cp1251"),
])
def test_other_scripts_are_detected(tmp_path: Path, text: str, codec: str) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(text.encode(codec))
    doc = read_document(str(path))
    assert doc.lines[0].text == unicodedata.normalize("NFKC", text)  # full-width colons become ASCII ones
    assert doc.warnings[0].startswith(f"posting.txt is not UTF-8; read it as {codec}")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_file_with_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    text = "## Skills\nCafé management, Zürich\n"
    path = tmp_path / "resume.txt"
    data = text.encode(codec)
    path.write_bytes(data if codec != "utf-16-be" else b"\xfe\xff" + data)
    doc = read_document(str(path))
    assert [line.text for line in doc.lines] == ["Skills", "Café management, Zürich"]
    assert doc.warnings == ()


def test_a_byte_order_mark_wins_over_the_encoding_given(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_bytes("Café".encode("utf-16"))
    assert read_document(str(path), encoding="cp1252").lines[0].text == "Café"


def test_utf16_without_a_mark_is_read_when_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_bytes("Café manager".encode("utf-16-le"))
    assert read_document(str(path), encoding="utf-16-le").lines[0].text == "Café manager"
    assert read_document(str(path), encoding="utf-16").lines[0].text == "Café manager"  # little-endian here


def test_utf8_stays_utf8_whatever_encoding_was_given(tmp_path: Path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text("## Experience\nCafé manager, Zürich — “ran the floor”\n", encoding="utf-8")
    doc = read_document(str(resume), encoding="cp1252")  # --encoding meant for the posting
    assert doc.lines[-1].text == "Café manager, Zürich — “ran the floor”"
    assert doc.warnings == ()


@pytest.mark.parametrize(("encoding", "expected"), [
    ("rot13", "'rot13' is not a text encoding"), ("utf-7", "'utf-7' is not a text encoding"),
    ("punycode", "'punycode' is not a text encoding"), ("base64", "'base64' is not a text encoding"),
    ("klingon", "unknown encoding 'klingon'"),
])
def test_only_text_encodings_can_be_asked_for(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(b"Plain words")
    with pytest.raises(InputError, match=expected) as error:
        read_document(str(path), encoding=encoding)
    assert "\n" not in str(error.value) and "cp1252" in str(error.value)


def test_bytes_that_do_not_fit_the_encoding_given(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(b"Caf\xe9 \x81\x82")  # not UTF-8, and not Shift_JIS either
    with pytest.raises(InputError, match="is not valid shift_jis text; check the --encoding value"):
        read_document(str(path), encoding="shift_jis")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.md", b"   \n\n", "is empty"),
        ("junk.txt", bytes(range(256)) * 10, "not a text document"),
        ("broken.docx", b"PK\x03\x04 this is not really a zip", "not a readable .docx"),
        ("scan.pdf", None, "no text layer"),
        ("junk.md", bytes(range(128, 256)) * 40, "encoding could not be told"),
        ("old.doc", b"some words", "save the document as .docx"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, name: str, content: bytes | None, expected: str) -> None:
    path = tmp_path / name
    if content is None:
        from pypdf import PdfWriter

        writer = PdfWriter()
        writer.add_blank_page(width=612, height=792)
        buffer = io.BytesIO()
        writer.write(buffer)
        content = buffer.getvalue()
    path.write_bytes(content)
    with pytest.raises(InputError, match=expected) as error:
        read_document(str(path))
    assert "\n" not in str(error.value)


def test_encrypted_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(["Secret resume"]))))
    writer.encrypt(user_password="hunter2", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="password-protected"):
        read_document(str(path))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_document(str(tmp_path / "nope.pdf"))
    with pytest.raises(InputError, match="is a folder"):
        read_document(str(tmp_path))


def test_file_over_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="over the 20 MB limit"):
        read_document(str(path))


def test_wrapped_lines_join_the_line_they_continue(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.pdf"
    path.write_bytes(make_pdf([
        "EXPERIENCE",
        "Cut monthly cloud spend by 30% by moving batch jobs to spot instances and the",
        "rightsizing of databases.",
        "Led a team of 5 engineers, using",
        "Terraform and Ansible.",
        "Mentored two interns",
        "Ran the on-call rotation.",
    ]))
    lines = [(line.number, line.text) for line in read_document(str(path)).lines]
    assert lines[1:] == [
        (2, "Cut monthly cloud spend by 30% by moving batch jobs to spot instances and the rightsizing of databases."),
        (4, "Led a team of 5 engineers, using Terraform and Ansible."),
        (6, "Mentored two interns"),
        (7, "Ran the on-call rotation."),
    ]


def test_bullets_never_join() -> None:
    doc = document_from_text("- Built the billing service and\n- maintained the ledger\n")
    assert [line.text for line in doc.lines] == ["Built the billing service and", "maintained the ledger"]


def test_no_line_joins_onto_a_heading_and_more_bullet_glyphs() -> None:
    doc = document_from_text("Technologies\njava python\n☞Crack the test\n☞ Ship it\n")
    assert [(line.text, line.section) for line in doc.lines] == [
        ("Technologies", "Skills"), ("java python", "Skills"), ("Crack the test", "Skills"), ("Ship it", "Skills")]


def test_endless_device_is_refused_quickly() -> None:
    import time

    start = time.monotonic()
    with pytest.raises(InputError, match="over the 20 MB limit"):
        read_document("/dev/zero")
    assert time.monotonic() - start < 10


def test_truncated_pdf_keeps_pypdf_quiet(tmp_path: Path, capfd: pytest.CaptureFixture[str],
                                         caplog: pytest.LogCaptureFixture) -> None:
    import logging

    path = tmp_path / "cut.pdf"
    path.write_bytes(make_pdf(["EXPERIENCE", "Backend engineer at Northwind for five years"])[:-40])
    with caplog.at_level(logging.DEBUG), pytest.raises(InputError, match="cut.pdf is not a readable PDF"):
        read_document(str(path))
    assert not [record for record in caplog.records if record.name.startswith("pypdf")]
    err = capfd.readouterr().err
    assert "EOF marker" not in err and "startxref" not in err


@pytest.mark.parametrize("heading", ["What you'll need", "What you will need", "What you'll bring", "What you’ll need"])
def test_what_you_will_need_is_requirements(heading: str) -> None:
    for text in (f"## {heading}\n5 years of SQL\n", f"{heading}\n5 years of SQL\n", f"**{heading}**\n5 years of SQL\n"):
        assert document_from_text(text).lines[-1].section == "Requirements", text


def test_a_numbered_item_is_not_a_heading() -> None:
    doc = document_from_text("Requirements\nWorking knowledge of the NEC\nOSHA 30 certification\n"
                             "Valid driver's license\nSKILLS:\nWelding\nWORK EXPERIENCE\nElectrician\n")
    sections = {line.text: line.section for line in doc.lines}
    assert sections["OSHA 30 certification"] == "Requirements"
    assert sections["Valid driver's license"] == "Requirements"
    assert sections["Welding"] == "Skills" and sections["Electrician"] == "Experience"


def test_wrapped_lines_do_not_split_after_abbreviations() -> None:
    doc = document_from_text("Experience\nReduced audit adjustments approx.\n60% year over year\n"
                             "Chose Postgres vs.\nOracle for the ledger\nOpened the Main St.\nstore in Dayton\n"
                             "Ran the close.\nTrained two staff\n")
    assert [line.text for line in doc.lines[1:]] == [
        "Reduced audit adjustments approx. 60% year over year", "Chose Postgres vs. Oracle for the ledger",
        "Opened the Main St. store in Dayton", "Ran the close.", "Trained two staff"]


def test_a_line_wrapped_after_e_g_or_a_degree_s_short_name_joins_its_sentence() -> None:
    # text split into sentences by a tool that spaces its full stops ("e.g .", "MSc .")
    doc = document_from_text("Requirements\nSupervision experience of e.g .\nMSc .\nstudents .\n"
                             "A PhD in physics or an MSc.\nResearch experience\n")
    assert [line.text for line in doc.lines[1:]] == [
        "Supervision experience of e.g . MSc . students .", "A PhD in physics or an MSc.", "Research experience"]


@pytest.mark.parametrize("markup", ["### {}", "**{}**", "{}"])
def test_a_job_line_starting_with_dates_is_not_a_heading(markup: str) -> None:
    from afterword.analysis.experience import find_jobs

    lines = ["2021 – Present | Senior Product Designer | Fernway Health", "- Redesigned the intake flow",
             "2018 – 2021 | UX Designer | Brightpath Learning", "- Ran usability tests"]
    text = "# Jordan Kim\n\n## Experience\n\n" + "\n\n".join(markup.format(line) if line[0].isdigit() else line
                                                           for line in lines) + "\n\n## Skills\nFigma\n"
    doc = document_from_text(text)
    assert [s.name for s in doc.sections] == ["Header", "Experience", "Skills"]  # the name above is the header
    assert doc.line(5).text == lines[0] and doc.line(5).section == "Experience"
    jobs = find_jobs(doc)
    # "2018 – 2021" in years only: mid-2018 to mid-2021
    assert [(job.title_line, job.start, job.end) for job in jobs] == [(5, (2021, 1), None), (9, (2018, 7), (2021, 6))]


def test_a_two_column_docx_cv_reads_as_its_paragraphs_not_one_row(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    sidebar, main = layout.cell(0, 0), layout.cell(0, 1)
    sidebar.text = "Lena Brandt"
    for text in ("lena@example.org", "SKILLS", "Wound care", "Phlebotomy"):
        sidebar.add_paragraph(text)
    main.text = "EXPERIENCE"
    for text in ("Staff Nurse, Harrow General Hospital", "01/2019 - now",
                 "Cared for 8 patients a shift on a 30-bed surgical ward"):
        main.add_paragraph(text)
    path = tmp_path / "cv.docx"
    document.save(path)
    lines = [line.text for line in read_document(str(path)).lines]
    assert "Phlebotomy" in lines and "Staff Nurse, Harrow General Hospital" in lines
    assert lines.index("Wound care") < lines.index("EXPERIENCE")  # the sidebar, then the main column
    assert not any("|" in line for line in lines)


def test_text_inside_word_content_controls_and_tracked_insertions_is_read(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Phone: ")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(parse_xml(f'<w:sdt {w}><w:sdtContent><w:r><w:t>07700 900123</w:t></w:r></w:sdtContent>'
                                  '</w:sdt>'))
    paragraph._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t> (mobile)</w:t></w:r></w:ins>'))
    path = tmp_path / "cv.docx"
    document.save(path)
    assert read_document(str(path)).lines[0].text == "Phone: 07700 900123 (mobile)"


def test_paragraphs_inside_a_block_content_control_are_read(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Experience")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    block = parse_xml(f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Line Cook, Bistro Nine | 2019 - now</w:t></w:r></w:p>'
                      '<w:p><w:r><w:t>Cooked 200 covers a night</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    document.element.body.insert(1, block)
    path = tmp_path / "cv.docx"
    document.save(path)
    lines = [line.text for line in read_document(str(path)).lines]
    assert lines[1:3] == ["Line Cook, Bistro Nine | 2019 - now", "Cooked 200 covers a night"]


def test_a_last_word_wrapped_onto_its_own_line_joins_its_sentence() -> None:
    doc = document_from_text("Experience\nRaised the pick rate by re-slotting 1,800 SKUs in Manhattan\nWMS.\n"
                             "Cut incidents from 7 to 1.\nServSafe.\nTrained two staff\n")
    assert [line.text for line in doc.lines[1:]] == [
        "Raised the pick rate by re-slotting 1,800 SKUs in Manhattan WMS.", "Cut incidents from 7 to 1.",
        "ServSafe.", "Trained two staff"]


def test_a_word_cv_with_each_job_as_a_heading_keeps_every_job_under_experience(tmp_path: Path) -> None:
    from afterword.analysis.experience import find_jobs

    path = tmp_path / "resume.docx"
    path.write_bytes(make_docx([
        ("Amara Okafor", "Title"), ("Licensed Practical Nurse", None), ("Work Experience", "Heading 1"),
        ("Charge Nurse, Cardiac Unit — Lakeshore General Hospital", "Heading 2"),
        ("Toledo, OH · 03/2020 – now", None), ("Lead a team of 6 on night shifts.", "List Bullet"),
        # "Community" in an employer's name does not make this job a volunteering section
        ("Staff Nurse, Rehab — Westfield Community Hospital", "Heading 2"),
        ("Sandusky, OH · June 2017 – Feb 2020", None), ("Cared for 8 rehab patients a shift.", "List Bullet"),
        ("Patient Care Technician (PCT) — Elm Ridge Senior Living", "Heading 2"),
        ("Toledo, OH · 2015 - 2017", None), ("Helped residents with meals.", "List Bullet"),
        ("Education", "Heading 1"), ("BSN, Maumee Valley University (2017)", None)]))
    doc = read_document(str(path))
    assert {line.section for line in doc.lines[:2]} == {"Header"}
    assert {line.section for line in doc.lines if "Nurse," in line.text or "(PCT)" in line.text} == {"Experience"}
    jobs = find_jobs(doc)
    assert [(job.title, job.employer, job.start[0]) for job in jobs] == [
        ("Charge Nurse", "Lakeshore General Hospital", 2020), ("Staff Nurse", "Westfield Community Hospital", 2017),
        ("Patient Care Technician", "Elm Ridge Senior Living", 2015)]
    assert jobs[0].place == "Toledo, OH"

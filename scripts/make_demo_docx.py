#!/usr/bin/env python3
"""Build the demo resume.docx from resume.md.

The Markdown resume is the source of truth; this script renders the same
content as a Word document so the reader can be exercised on .docx input:

* the ``# Name`` line becomes a Title paragraph,
* ``## Section`` lines become Heading 2 paragraphs,
* ``- item`` lines become "List Bullet" paragraphs,
* ``**bold**`` spans become bold runs (job titles, degree),
* the Skills section (``- **Category:** a, b, c``) becomes a 2-column table
  (category | skills), so readers must handle tables, not just paragraphs.

The output is deterministic: core properties use a fixed datetime and the
zip container is rewritten with fixed member timestamps, so rebuilding from
an unchanged resume.md gives a byte-identical file.

Usage: python scripts/make_demo_docx.py [resume.md] [resume.docx]
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Inches, Pt

DEMO_DIR = Path(__file__).resolve().parents[1] / "src" / "afterword" / "data" / "demo"
FIXED_DATETIME = dt.datetime(2026, 1, 1, 0, 0, 0)
ZIP_DATETIME = (2026, 1, 1, 0, 0, 0)

BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
SKILL_RE = re.compile(r"^-\s+\*\*(.+?):?\*\*:?\s*(.*)$")


def add_inline(paragraph, text: str) -> None:
    """Add text to a paragraph, turning **spans** into bold runs."""
    pos = 0
    for match in BOLD_RE.finditer(text):
        if match.start() > pos:
            paragraph.add_run(text[pos:match.start()])
        paragraph.add_run(match.group(1)).bold = True
        pos = match.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def add_skills_table(doc, rows: list[tuple[str, str]]) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for category, skills in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(category).bold = True
        cells[1].text = skills
    for row in table.rows:
        row.cells[0].width = Inches(1.6)
        row.cells[1].width = Inches(5.4)


def build(md_text: str):
    doc = Document()

    section = doc.sections[0]
    section.top_margin = section.bottom_margin = Inches(0.6)
    section.left_margin = section.right_margin = Inches(0.75)
    doc.styles["Normal"].font.size = Pt(10)

    current_section = None
    skills_rows: list[tuple[str, str]] = []

    def flush_skills() -> None:
        if skills_rows:
            add_skills_table(doc, skills_rows)
            skills_rows.clear()

    for raw in md_text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("## "):
            flush_skills()
            current_section = line[3:].strip()
            doc.add_paragraph(current_section, style="Heading 2")
        elif line.startswith("# "):
            doc.add_paragraph(line[2:].strip(), style="Title")
        elif current_section == "Skills" and SKILL_RE.match(line):
            category, skills = SKILL_RE.match(line).groups()
            skills_rows.append((category.strip().rstrip(":"), skills.strip()))
        elif line.startswith("- "):
            add_inline(doc.add_paragraph(style="List Bullet"), line[2:].strip())
        else:
            add_inline(doc.add_paragraph(), line.strip())
    flush_skills()

    props = doc.core_properties
    props.title = "Maya Okafor — Resume"
    props.author = "Maya Okafor"
    props.last_modified_by = "Maya Okafor"
    props.comments = "Afterword demo data (fictional)"
    props.created = FIXED_DATETIME
    props.modified = FIXED_DATETIME
    props.last_printed = FIXED_DATETIME
    props.revision = 1
    return doc


def deterministic_bytes(doc) -> bytes:
    """Save the document and rewrite the zip with fixed member timestamps."""
    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATETIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def main(argv: list[str]) -> int:
    md_path = Path(argv[1]) if len(argv) > 1 else DEMO_DIR / "resume.md"
    out_path = Path(argv[2]) if len(argv) > 2 else DEMO_DIR / "resume.docx"
    doc = build(md_path.read_text(encoding="utf-8"))
    out_path.write_bytes(deterministic_bytes(doc))
    print(f"wrote {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Render the resumes of resumes.toml as real documents, the way people lay them out in Word or export to PDF.

Layouts:
  docx:headings    Word heading styles (Title, Heading 1) and List Bullet paragraphs.
  docx:caps        CAPITALS section headings in bold body text, no colons, "•" typed at the start of lines.
  docx:two_column  one borderless 2-column table: contact, skills, licences, education on the left; the rest right.
  docx:jobs_table  experience as a table of dates, employer and role, and achievements.
  pdf:single       one column (HTML rendered by WeasyPrint).
  pdf:two_column   a sidebar and a main column (HTML flexbox rendered by WeasyPrint).

Nothing here is committed as a binary: the files are written to a temporary folder at run time.
"""

from __future__ import annotations

import html
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAYOUTS = ("docx:headings", "docx:caps", "docx:two_column", "docx:jobs_table", "pdf:single", "pdf:two_column")


@dataclass(frozen=True)
class Job:
    title: str
    employer: str
    place: str
    dates: str
    start: str  # "YYYY-MM"
    end: str  # "YYYY-MM", or "" for "until today"
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Degree:
    degree: str
    school: str
    dates: str


@dataclass(frozen=True)
class Resume:
    id: str
    name: str
    headline: str
    contact: tuple[str, ...]
    summary: str
    skills: tuple[str, ...]
    licences: tuple[str, ...]
    languages: tuple[str, ...]
    jobs: tuple[Job, ...]
    education: tuple[Degree, ...]

    def plain_text(self) -> str:
        """Everything the resume says, one item a line: what a reader of the rendered document sees."""
        out = [self.name, self.headline, " · ".join(self.contact), "Summary", self.summary, "Experience"]
        for job in self.jobs:
            out += [f"{job.title}, {job.employer}, {job.place}, {job.dates}", *job.bullets]
        out.append("Education")
        out += [f"{d.degree}, {d.school}, {d.dates}" for d in self.education]
        if self.licences:
            out += ["Licenses and certifications", *self.licences]
        out += ["Skills", *self.skills, "Languages", ", ".join(self.languages)]
        return "\n".join(out)


def load_resumes(path: Path = HERE / "resumes.toml") -> dict[str, Resume]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out: dict[str, Resume] = {}
    for raw in data["resume"]:
        jobs = tuple(Job(j["title"], j["employer"], j["place"], j["dates"], j["start"], j["end"], tuple(j["bullets"]))
                     for j in raw["jobs"])
        education = tuple(Degree(e["degree"], e["school"], e["dates"]) for e in raw["education"])
        out[raw["id"]] = Resume(raw["id"], raw["name"], raw["headline"], tuple(raw["contact"]), raw["summary"],
                                tuple(raw["skills"]), tuple(raw["licences"]), tuple(raw["languages"]), jobs,
                                education)
    return out


def render(resume: Resume, layout: str, folder: Path) -> Path:
    """Write the resume in `layout` into `folder` and return the file's path."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    kind, style = layout.split(":")
    path = folder / f"{resume.id}-{style.replace('_', '-')}.{kind}"
    if kind == "docx":
        _DOCX[style](resume).save(str(path))
    else:
        from weasyprint import HTML

        HTML(string=_html(resume, two_column=style == "two_column")).write_pdf(str(path))
    return path


# --- Word ---------------------------------------------------------------------------------------------------

def _new_document():  # noqa: ANN202 - python-docx is imported lazily
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    return document


def _bold(container, text: str, *, size: float | None = None):  # noqa: ANN001, ANN202
    from docx.shared import Pt

    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


def _docx_headings(resume: Resume):  # noqa: ANN202
    document = _new_document()
    document.add_heading(resume.name, 0)
    document.add_paragraph(resume.headline)
    document.add_paragraph(" | ".join(resume.contact))
    document.add_heading("Professional Summary", 1)
    document.add_paragraph(resume.summary)
    document.add_heading("Work Experience", 1)
    for job in resume.jobs:
        document.add_heading(f"{job.title} — {job.employer}", 2)
        document.add_paragraph(f"{job.place} · {job.dates}").runs[0].italic = True
        for bullet in job.bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", 1)
    for degree in resume.education:
        document.add_paragraph(f"{degree.degree}, {degree.school} ({degree.dates})")
    if resume.licences:
        document.add_heading("Licenses & Certifications", 1)
        for licence in resume.licences:
            document.add_paragraph(licence, style="List Bullet")
    document.add_heading("Skills", 1)
    document.add_paragraph(", ".join(resume.skills))
    document.add_heading("Languages", 1)
    document.add_paragraph(", ".join(resume.languages))
    return document


def _docx_caps(resume: Resume):  # noqa: ANN202
    document = _new_document()
    _bold(document, resume.name.upper(), size=16)
    document.add_paragraph(resume.headline)
    document.add_paragraph("   ".join(resume.contact))
    _bold(document, "PROFILE")
    document.add_paragraph(resume.summary)
    _bold(document, "WORK EXPERIENCE")
    for job in resume.jobs:
        _bold(document, f"{job.employer.upper()}, {job.place}")
        document.add_paragraph(f"{job.title}\t{job.dates}")
        for bullet in job.bullets:
            document.add_paragraph(f"• {bullet}")
    _bold(document, "EDUCATION")
    for degree in resume.education:
        document.add_paragraph(f"{degree.dates}  {degree.degree}, {degree.school}")
    if resume.licences:
        _bold(document, "LICENSES AND CERTIFICATIONS")
        for licence in resume.licences:
            document.add_paragraph(f"• {licence}")
    _bold(document, "SKILLS")
    for skill in resume.skills:
        document.add_paragraph(f"• {skill}")
    _bold(document, "LANGUAGES")
    document.add_paragraph(", ".join(resume.languages))
    return document


def _docx_two_column(resume: Resume):  # noqa: ANN202
    from docx.shared import Cm

    document = _new_document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(5.5), Cm(11.5)
    left.paragraphs[0].add_run(resume.name).bold = True
    left.add_paragraph(resume.headline)
    for item in resume.contact:
        left.add_paragraph(item)
    for title, items in (("Skills", resume.skills), ("Licenses", resume.licences), ("Languages", resume.languages)):
        if items:
            _bold(left, title)
            for item in items:
                left.add_paragraph(item)
    _bold(left, "Education")
    for degree in resume.education:
        left.add_paragraph(f"{degree.degree}")
        left.add_paragraph(f"{degree.school}, {degree.dates}")
    right.paragraphs[0].add_run("Summary").bold = True
    right.add_paragraph(resume.summary)
    _bold(right, "Experience")
    for job in resume.jobs:
        _bold(right, f"{job.title}, {job.employer}")
        right.add_paragraph(f"{job.dates} | {job.place}")
        for bullet in job.bullets:
            right.add_paragraph(f"- {bullet}")
    return document


def _docx_jobs_table(resume: Resume):  # noqa: ANN202
    document = _new_document()
    document.add_heading(resume.name, 0)
    document.add_paragraph(f"{resume.headline} — {' · '.join(resume.contact)}")
    _bold(document, "Summary")
    document.add_paragraph(resume.summary)
    _bold(document, "Employment History")
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, ("Dates", "Employer / Position", "Key achievements"), strict=True):
        cell.paragraphs[0].add_run(title).bold = True
    for job in resume.jobs:
        dates, who, what = table.add_row().cells
        dates.text = job.dates
        who.text = f"{job.employer}, {job.place}"
        who.add_paragraph(job.title)
        what.text = job.bullets[0]
        for bullet in job.bullets[1:]:
            what.add_paragraph(bullet)
    _bold(document, "Education")
    for degree in resume.education:
        document.add_paragraph(f"{degree.degree} — {degree.school}, {degree.dates}")
    if resume.licences:
        _bold(document, "Certifications")
        for licence in resume.licences:
            document.add_paragraph(licence, style="List Bullet")
    _bold(document, "Skills")
    document.add_paragraph(" · ".join(resume.skills))
    _bold(document, "Languages")
    document.add_paragraph(", ".join(resume.languages))
    return document


_DOCX = {"headings": _docx_headings, "caps": _docx_caps, "two_column": _docx_two_column,
         "jobs_table": _docx_jobs_table}


# --- PDF (HTML through WeasyPrint) ------------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 16mm 15mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.35; color: #222; }
h1 { font-size: 18pt; margin: 0; } h2 { font-size: 11pt; margin: 12pt 0 4pt; border-bottom: 1px solid #999; }
.headline { font-size: 11pt; margin: 2pt 0 6pt; } .job { margin-top: 6pt; } .dates { float: right; color: #555; }
ul { margin: 2pt 0 0 12pt; padding: 0; } p { margin: 2pt 0; }
.columns { display: flex; gap: 8mm; } .side { width: 33%; } .main { width: 67%; }
"""


def _e(text: str) -> str:
    return html.escape(text)


def _html(resume: Resume, *, two_column: bool) -> str:
    side = [f"<h2>{title}</h2>" + "".join(f"<p>{_e(i)}</p>" for i in items)
            for title, items in (("Skills", resume.skills), ("Licenses &amp; Certifications", resume.licences),
                                 ("Languages", resume.languages)) if items]
    education = "<h2>Education</h2>" + "".join(
        f"<p><b>{_e(d.degree)}</b><br>{_e(d.school)}, {_e(d.dates)}</p>" for d in resume.education)
    jobs = "".join(
        f'<div class="job"><b>{_e(j.title)}</b> — {_e(j.employer)}, {_e(j.place)}'
        f'<span class="dates">{_e(j.dates)}</span><ul>{"".join(f"<li>{_e(b)}</li>" for b in j.bullets)}</ul></div>'
        for j in resume.jobs)
    top = (f"<h1>{_e(resume.name)}</h1><p class='headline'>{_e(resume.headline)}</p>"
           f"<p>{' · '.join(_e(c) for c in resume.contact)}</p>")
    main = f"<h2>Summary</h2><p>{_e(resume.summary)}</p><h2>Experience</h2>{jobs}"
    if two_column:
        body = f'{top}<div class="columns"><div class="side">{"".join(side)}{education}</div>' \
               f'<div class="main">{main}</div></div>'
    else:
        body = f"{top}{main}{education}{''.join(side)}"
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{_CSS}</style></head><body>{body}</body></html>"

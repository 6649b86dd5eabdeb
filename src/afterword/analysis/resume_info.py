"""What a resume says about its author's career, read once: jobs (title, employer, dates), degrees and years of
experience, as a value the engine and the JSON output share."""

from __future__ import annotations

from datetime import date
from typing import Any

from afterword.analysis.degrees import resume_degrees
from afterword.analysis.experience import find_jobs, years_in
from afterword.analysis.resume_date import counted_to
from afterword.models import Document, ResumeInfo


def resume_info(resume: Document, today: date | None = None) -> ResumeInfo:
    """Read a resume's jobs, degrees and years of experience; ``today`` (default: the current date) ends the
    ongoing job, or the month the resume says it was written, when that is older."""
    jobs = find_jobs(resume)
    counted, _ = counted_to(resume, jobs, today or date.today())
    return ResumeInfo(jobs=jobs, degrees=resume_degrees(resume), years=years_in(jobs, counted))


def to_dict(info: ResumeInfo) -> dict[str, Any]:
    """The JSON contract: {"jobs": [{"title", "employer", "start", "end", "line", "study"}], "degrees": [{"level",
    "subject", "line"}], "years"}. Dates are "YYYY-MM" or "YYYY" (as precise as the resume writes them), an
    ongoing job's end is "present", an end the resume does not give is None; a title, employer or subject the
    resume does not give clearly is ""; "line" is the line the job starts on (its title line, or its dates); "study"
    marks a course listed as a job, which "years" does not count."""
    return {
        "jobs": [{"title": job.title, "employer": job.employer, "start": job.start_text, "end": job.end_text,
                  "line": job.title_line, "study": job.study} for job in info.jobs],
        "degrees": [{"level": d.level, "subject": d.subject, "line": d.line} for d in info.degrees],
        "years": info.years,
    }

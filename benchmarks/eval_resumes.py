"""Print what afterword reads from each real CV in /work/shared/data/cvs (Vanetik & Kogan 2023, GPL-3.0): the
sections found, the jobs (title, employer, dates) and the years of experience, and the degrees, to be checked by
eye against the documents. The CVs are read where they are and never copied; the script does nothing (and says
so) where that folder is missing.

    .venv/bin/python benchmarks/eval_resumes.py [--today 2022-07-01] [NAME ...]

``--today`` ends the ongoing jobs: the CVs were written around mid-2022, so years are judged as of then.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

CVS = Path("/work/shared/data/cvs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="CV file names without .docx (default: all)")
    parser.add_argument("--today", default="2022-07-01", help="the day ongoing jobs end (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    if not CVS.is_dir():
        print(f"skipped: {CVS} is not here")
        return 0
    from afterword.analysis.resume_info import resume_info
    from afterword.ingest import read_document

    today = date.fromisoformat(args.today)
    paths = [CVS / f"{name}.docx" for name in args.names] or sorted(CVS.glob("*.docx"))
    for path in paths:
        document = read_document(str(path))
        info = resume_info(document, today=today)
        print(f"== {path.stem}: {info.years:g} years; sections: {', '.join(s.name for s in document.sections)}")
        for job in info.jobs:
            print(f"   job  {job.start_text:>7} – {job.end_text or '?':<7} {job.title or '-'!s:<40.40} @ "
                  f"{job.employer or '-'!s:<30.30} [{job.place}] line {job.title_line}")
        for degree in info.degrees:
            print(f"   deg  {degree.level:<20} {degree.subject or '-'!s:<40.40} line {degree.line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

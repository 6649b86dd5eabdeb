"""Hostile input through the real CLI: time and peak memory of `afterword prepare` on a worst-case corpus.

Run from the repository root: python benchmarks/bench_hostile.py [--quick] [--out FILE] [--only TEXT]

The corpus is made here, in a temporary folder, for every adversarial family the hostile-input tests use (long
runs of spaces and odd Unicode spaces, digits, single capital letters, skill names, money and date fragments,
labels, heading words, bullets, markup, controls and surrogates, very long words, mixtures): a text file of 1 MB
and one of 20 MB each, a .docx of about 1 MB with 50,000 paragraphs and a zip-bomb .docx. Each file is given to
`afterword prepare RESUME POSTING --format json -o out.json` in a fresh process, once as the posting (with the
demo resume) and once as the resume (with the demo posting). Wall time and peak resident memory (/usr/bin/time's
%M, else the fresh child's RUSAGE_CHILDREN) are medians of 3 runs for the 1 MB cases, one run at 20 MB, each run
stopped after --timeout seconds. Targets: under 2 s and 300 MB up to 1 MB; under 30 s and 1 GB at the 20 MB cap.
Not a test: it exits 0 whatever it measures (1 only when the benchmark itself fails).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DEMO = Path(str(resources.files("afterword.data").joinpath("demo")))  # the demo of the afterword that is run
MB = 1_000_000
SIZES = {"1 MB": MB, "20 MB": 20 * MB}  # 20 MB is just under the readers' 20 MiB cap
TARGETS = {"1 MB": (2.0, 300.0), "20 MB": (30.0, 1000.0)}  # (seconds, peak MB)
ODD_SPACES = "\u2003\u00a0\u2009\u3000\u205f\u202f\u200b\u1680"


@dataclass(frozen=True)
class Family:
    name: str
    unit: bytes  # repeated (whole units only, so UTF-8 stays valid) to the size of the file
    note: str


def _text(unit: str) -> bytes:
    return unit.encode("utf-8")


FAMILIES = (
    Family("spaces", _text("Nurse" + " " * 10_000), "a word every 10,000 spaces, one line"),
    Family("odd spaces", _text("Requirements" + ODD_SPACES * 1_000 + " "), "Unicode spaces, one line"),
    Family("heading + odd spaces", _text("Your Profile Requirements " * 200 + "\n" + ODD_SPACES * 2_000 + "\n"),
           "the probe's 5 KB heading line, then a line of odd spaces"),
    # A line with no space is read only when it fits the engines' 40,000-character budget: these are lines of
    # 39,990 characters, each read whole.
    Family("digits", _text("1" * 39_990 + "\n"), "40 KB lines"),
    Family("digits, commas", _text("1," * 19_995 + "\n"), "40 KB lines"),
    Family("digits, points", _text("1." * 19_995 + "\n"), "40 KB lines"),
    Family("numbers", _text("12 "), "pay-range and schedule patterns"),
    Family("C", _text("C "), "single capital"),
    Family("C.", _text("C. "), "single capital, initial"),
    Family("R", _text("R "), "single capital"),
    Family("C++ C# .NET", _text("C++ C# .NET "), "skill names with symbols"),
    Family("skill list", _text("Python, Java, Go, "), "skill names"),
    Family("money", _text("$1 - $2 per hour "), "money fragments"),
    Family("dates", _text("2019 - "), "date fragments"),
    Family("date ranges", _text("01/2019 – now "), "date ranges"),
    Family("year pairs", _text("2019 2020 "), "date ranges read as year pairs"),
    Family("colons", _text("a: "), "colons"),
    Family("labels", _text("Job type: "), "labels, one line"),
    Family("headings", _text("Your Profile Requirements "), "capitalised heading words"),
    Family("bullets", _text("• - – — * "), "bullets and dashes, one line"),
    Family("bullet lines", _text("- \n• x\n"), "bullets and dashes, one a line"),
    Family("markup", _text("[[([link=x]**#`<b>[/] "), "nested brackets, Rich and Markdown markup"),
    Family("controls", _text("Experience with Python \x1b[2J and Go\x07, \u202ereversed\u202c [link=x]\u009b "),
           "C0/C1 controls and bidi marks in text"),
    Family("controls + NUL", b"\x1b[2J\x00\x07 word ", "with NUL bytes: refused as binary"),
    Family("surrogates", b"\xed\xa0\x80 word \xed\xbf\xbf ", "lone surrogates encoded: not UTF-8"),
    Family("long word", _text("Supercalifragilistic" * 1_999 + "\n"), "40 KB words, one a line"),
    Family("sentence marks", _text("Contents " + "." * 39_990 + " 3\n"), "40 KB lines of full stops"),
    Family("wrapped lines", _text("JavaScript/TypeScript/\n"), "short lines that read as one wrapped line"),
    Family("mixture", _text("C. $1-2 2019 - now Job type: Your Profile [link=x] **R** Python, Java, Go, "
                            + ODD_SPACES + " 1,000, e.g. "), "everything, one line"),
)


@dataclass
class Case:
    name: str
    size: str
    make: Callable[[Path], Path]  # writes the file into a folder, returns its path


@dataclass
class Row:
    case: str
    size: str  # the target class: "1 MB" or "20 MB"
    megabytes: float  # the file's real size
    role: str
    seconds: float | None  # None: stopped at the timeout
    peak_mb: float | None
    exit_code: int | None
    stderr: str

    def over(self) -> bool:
        limit_s, limit_mb = TARGETS[self.size if self.size in TARGETS else "1 MB"]
        return self.seconds is None or self.seconds > limit_s or (self.peak_mb or 0) > limit_mb


# --- the corpus ----------------------------------------------------------------------------------------------------


def _text_case(family: Family, size: str) -> Case:
    def make(folder: Path) -> Path:
        path = folder / f"{re.sub('[^A-Za-z0-9]+', '-', family.name)}-{size.replace(' ', '')}.txt"
        count = max(1, SIZES[size] // len(family.unit))
        per_chunk = max(1, MB // len(family.unit))  # written a megabyte at a time
        with path.open("wb") as handle:
            for start in range(0, count, per_chunk):
                handle.write(family.unit * min(per_chunk, count - start))
        return path

    return Case(family.name, size, make)


def _docx_paragraphs(folder: Path) -> Path:
    """A real .docx of about 1 MB: 50,000 paragraphs made with python-docx (headings, bullets, plain lines)."""
    import random

    import docx

    document = docx.Document()
    lines = ("Requirements", "5+ years of Python, SQL and C++", "Salary: $1-2 per hour", "2019 - now Your Profile",
             "Job type: Full-time", "C. R. [link=x] **Go**")
    letters = random.Random(0)  # a word of random letters per paragraph, so the file is about 1 MB compressed
    for number in range(50_000):
        style = ("Heading 2", "List Bullet", None, None)[number % 4]
        word = "".join(letters.choices("abcdefghijklmnopqrstuvwxyz", k=24))
        document.add_paragraph(f"{lines[number % len(lines)]} {number} {word}", style=style)
    path = folder / "paragraphs-50000.docx"
    document.save(str(path))
    return path


def _docx_bomb(folder: Path) -> Path:
    """A .docx whose media member unpacks 200 MB of zeros from about 200 KB."""
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Ana Lima, Nurse")
    document.save(buffer)
    path = folder / "zip-bomb.docx"
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        with target.open("word/media/image1.png", "w") as stream:
            for _ in range(200):
                stream.write(b"\x00" * 1_048_576)
    return path


def cases(quick: bool, only: str) -> list[Case]:
    out = [_text_case(family, size) for family in FAMILIES for size in SIZES if not (quick and size != "1 MB")]
    out += [Case(".docx, 50,000 paragraphs", "1 MB", _docx_paragraphs), Case(".docx zip bomb", "1 MB", _docx_bomb)]
    return [case for case in out if only.lower() in case.name.lower()]


# --- one run ---------------------------------------------------------------------------------------------------------

# Where /usr/bin/time is missing: a fresh Python child runs the CLI and reports its own children's peak.
_RUSAGE_WRAPPER = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[2:]).returncode
open(sys.argv[1], "w").write("0 %d" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)
"""


def run_once(resume: Path, posting: Path, folder: Path, timeout: float) -> tuple[float | None, float | None, int | None,
                                                                                  str]:
    """(seconds, peak MB, exit code, first line of stderr) of one fresh `afterword prepare`; None when stopped."""
    command = [sys.executable, "-m", "afterword", "prepare", str(resume), str(posting), "--format", "json",
               "-o", str(folder / "out.json")]
    report = folder / "rusage.txt"
    report.unlink(missing_ok=True)
    timer = shutil.which("time") or "/usr/bin/time"
    if Path(timer).exists():
        wrapped = [timer, "-f", "%e %M", "-o", str(report), *command]
    else:
        wrapped = [sys.executable, "-c", _RUSAGE_WRAPPER, str(report), *command]
    start = time.perf_counter()
    process = subprocess.Popen(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               errors="replace", start_new_session=True, cwd=folder)
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the timer and the CLI it started: their own process group
        process.communicate()
        return None, None, None, f"stopped after {timeout:g} s"
    seconds = time.perf_counter() - start
    peak_kb = float(report.read_text().split()[-1]) if report.exists() and report.read_text().split() else None
    stderr = stderr.replace(f"{folder}{os.sep}", "")  # "wrote out.json", not the temporary folder's path
    lines = [line for line in stderr.splitlines() if line.strip() and not line.startswith("Command ")]
    return seconds, (peak_kb / 1024 if peak_kb is not None else None), process.returncode, (lines[0] if lines else "")


def measure(case: Case, role: str, path: Path, folder: Path, runs: int, timeout: float) -> Row:
    megabytes = path.stat().st_size / MB
    resume, posting = (path, DEMO / "posting.md") if role == "resume" else (DEMO / "resume.md", path)
    results = []
    for _ in range(runs):
        results.append(run_once(resume, posting, folder, timeout))
        if results[-1][0] is None:
            break  # one run over the timeout says enough
    if any(seconds is None for seconds, *_ in results):
        _, _, _, stderr = next(r for r in results if r[0] is None)
        return Row(case.name, case.size, megabytes, role, None, None, None, stderr)
    seconds = statistics.median(r[0] for r in results)  # type: ignore[type-var]
    peaks = [r[1] for r in results if r[1] is not None]
    peak = statistics.median(peaks) if peaks else None
    return Row(case.name, case.size, megabytes, role, seconds, peak, results[-1][2], results[-1][3])


# --- output -----------------------------------------------------------------------------------------------------------


def _cell(text: str, width: int = 90) -> str:
    text = text.replace("|", "\\|")
    return text if len(text) <= width else text[:width - 1] + "…"


def table(rows: list[Row]) -> str:
    lines = ["| case | size | role | seconds | peak MB | exit | first line of stderr |",
             "|---|---|---|---|---|---|---|"]
    for row in rows:
        seconds = "timeout" if row.seconds is None else f"{row.seconds:.2f}"
        peak = "—" if row.peak_mb is None else f"{row.peak_mb:.0f}"
        mark = " **over**" if row.over() else ""
        lines.append(f"| {row.case} | {row.megabytes:.1f} MB | {row.role} | {seconds}{mark} | {peak} | "
                     f"{'—' if row.exit_code is None else row.exit_code} | {_cell(row.stderr)} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 MB files only")
    parser.add_argument("--out", type=Path, help="also write the table as Markdown to this file")
    parser.add_argument("--only", default="", help="only the cases whose name holds this text")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is stopped (120)")
    parser.add_argument("--runs", type=int, default=3, help="runs per 1 MB case; the median is reported (3)")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="afterword-hostile-") as name:
        folder = Path(name)
        for case in cases(args.quick, args.only):
            path = case.make(folder)
            for role in ("posting", "resume"):
                runs = args.runs if case.size == "1 MB" else 1
                row = measure(case, role, path, folder, runs, args.timeout)
                rows.append(row)
                print(f"{case.name:26} {row.megabytes:5.1f} MB {role:8} "
                      f"{'timeout' if row.seconds is None else f'{row.seconds:6.2f} s'} "
                      f"{'' if row.peak_mb is None else f'{row.peak_mb:6.0f} MB'} exit {row.exit_code} "
                      f"{'OVER ' if row.over() else ''}{row.stderr[:80]}", flush=True)
            path.unlink()
    markdown = table(rows)
    over = [row for row in rows if row.over()]
    summary = (f"{len(rows)} runs; {len(over)} over target (under 2 s and 300 MB up to 1 MB; under 30 s and "
               f"1 GB at 20 MB)")
    print("\n" + markdown + "\n\n" + summary)
    if args.out:
        args.out.write_text(markdown + "\n\n" + summary + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

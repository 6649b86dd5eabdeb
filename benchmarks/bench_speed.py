"""Speed and memory of `afterword match`: warm engine time per pair, cold CLI start, peak memory.

Run: python benchmarks/bench_speed.py [--runs N]. Figures are medians; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources


def _median_ms(fn, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _cold(args: list[str], runs: int) -> float:
    """Median wall seconds of a fresh `python -m afterword ARGS`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "afterword", *args], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# VmHWM (the high-water mark of resident memory) starts afresh at exec, unlike ru_maxrss, which on Linux keeps
# the peak of the forked copy of this (much larger) benchmark process.
_PEAK = """
import sys
from afterword.cli.app import app
try:
    app(args=sys.argv[1:], standalone_mode=False)
finally:
    status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
    sys.stderr.write("PEAK_KIB " + status + chr(10))
"""


def _peak_mib(args: list[str]) -> float:
    """Peak resident memory of one fresh run, as the process itself reports it (not inflated by our fork)."""
    proc = subprocess.run([sys.executable, "-c", _PEAK, *args], check=True, capture_output=True, text=True)
    line = next(line for line in proc.stderr.splitlines() if line.startswith("PEAK_KIB"))
    return int(line.split()[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200, help="warm runs (cold runs are a tenth of this)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from afterword.analysis.matching import match_documents
    from afterword.analysis.taxonomy import default_taxonomy
    from afterword.ingest import document_from_text, read_document

    demo = resources.files("afterword.data").joinpath("demo")
    resume_text = demo.joinpath("resume.md").read_text(encoding="utf-8")
    posting_text = demo.joinpath("posting.md").read_text(encoding="utf-8")
    resume, posting = document_from_text(resume_text), document_from_text(posting_text)

    start = time.perf_counter()
    default_taxonomy()
    match_documents(resume, posting)  # builds the skill automaton once
    first_ms = (time.perf_counter() - start) * 1000

    def forget_memos() -> None:
        """Forget every memo of text already seen, so a run costs what new text would."""
        from afterword.analysis.achievements import is_result
        from afterword.analysis.experience import find_dates
        from afterword.analysis.facts import topics_in
        from afterword.analysis.matching import _stem
        from afterword.analysis.posting_units import posting_units
        from afterword.analysis.skills import finder_for

        finder_for(default_taxonomy()).forget()
        for cached in (find_dates, topics_in, _stem, posting_units, is_result):
            cached.cache_clear()

    def match_fresh():  # noqa: ANN202
        forget_memos()
        return match_documents(resume, posting)

    figures = {
        "taxonomy_load_and_first_match_ms": round(first_ms, 1),
        "warm_match_ms": round(_median_ms(lambda: match_documents(resume, posting), args.runs), 2),
        "warm_match_no_memo_ms": round(_median_ms(match_fresh, args.runs), 2),
        "warm_parse_and_match_ms": round(_median_ms(
            lambda: match_documents(document_from_text(resume_text), document_from_text(posting_text)),
            args.runs), 2),
        "warm_docx_read_ms": round(_median_ms(lambda: read_document(str(demo.joinpath("resume.docx"))),
                                              max(args.runs // 4, 5)), 2),
    }
    from afterword.coach.card import build_card
    from afterword.coach.html import card_to_html
    from afterword.coach.interviewers import parse_interviewer
    from afterword.pdf import html_to_pdf

    research = document_from_text(demo.joinpath("research.md").read_text(encoding="utf-8"))
    why = document_from_text(demo.joinpath("why.md").read_text(encoding="utf-8"))
    people = [parse_interviewer("Priya Natarajan, Engineering Manager")]

    def prepare():  # noqa: ANN202
        return build_card(resume, posting, research=[research], why=why, interviewers=people)

    def prepare_fresh():  # noqa: ANN202 - as if every line were new text: no memo helps
        forget_memos()
        return prepare()

    card = prepare()
    html_to_pdf(card_to_html(card))  # warm WeasyPrint's fonts once
    figures["warm_prepare_ms"] = round(_median_ms(prepare, args.runs), 2)
    figures["warm_prepare_no_memo_ms"] = round(_median_ms(prepare_fresh, args.runs), 2)
    figures["warm_pdf_s"] = round(_median_ms(lambda: html_to_pdf(card_to_html(card)), 7) / 1000, 3)

    cold_runs = max(args.runs // 10, 5)
    match_args = ["match", str(demo.joinpath("resume.docx")), str(demo.joinpath("posting.md")), "--format", "json"]
    figures["cold_help_s"] = _cold(["--help"], cold_runs)
    figures["cold_match_demo_s"] = _cold(match_args, cold_runs)
    figures["peak_rss_match_mib"] = _peak_mib(match_args)
    paths = [str(demo.joinpath(n)) for n in ("resume.docx", "posting.md")]
    extra = ["--research", str(demo.joinpath("research.md")), "--why", str(demo.joinpath("why.md"))]
    figures["cold_prepare_demo_s"] = _cold(["prepare", *paths, *extra, "--format", "json"], cold_runs)
    with tempfile.TemporaryDirectory() as folder:
        pdf_args = ["prepare", *paths, *extra, "--format", "pdf", "--output", f"{folder}/card.pdf"]
        figures["cold_prepare_pdf_s"] = _cold(pdf_args, max(cold_runs // 2, 3))
        figures["peak_rss_prepare_pdf_mib"] = _peak_mib(pdf_args)
    figures = {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    targets = {"warm_match_ms": 20, "warm_match_no_memo_ms": 20, "cold_help_s": 0.3, "cold_match_demo_s": 0.8,
               "warm_prepare_ms": 20, "warm_prepare_no_memo_ms": 20, "cold_prepare_demo_s": 0.8, "warm_pdf_s": 1.5}
    for name, value in figures.items():
        target = targets.get(name)
        verdict = "" if target is None else (f"  ok (target ≤ {target})" if value <= target else
                                             f"  OVER target {target}")
        print(f"{name:36} {value}{verdict}")


if __name__ == "__main__":
    main()

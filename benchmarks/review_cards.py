"""Real-document review: build Closing Cards for real resume/posting pairs and check their mechanical defects.

Pairs:
  own        resumes and postings written for this review (benchmarks/review/: nurse, electrician, chef, ...),
             rendered at run time as .docx (four layouts) and PDF (two), with labels (company, role, years,
             the posting's real requirement sentences, hard conditions).
  skillspan  SkillSpan postings (Zhang et al., NAACL 2022; MIT), each as lines and as one paragraph, against
             real developer CVs (Vanetik & Kogan 2023; GPL-3.0), read from ../shared/data at run time; skipped
             with a message when that folder is missing.

Every card is built by the CLI in a new process (`afterword prepare ... --format json`, plus `afterword match`
for the years and requirements), so an engine being rewritten cannot break the review itself. The checks are
in review/checks.py. Exit status 0 whatever the defects (this is an evaluation, not a test); non-zero only when
the review itself fails.

    python benchmarks/review_cards.py [--out DIR] [--coach] [--only TEXT] [--jobs 2] [--seed 2026]
                                      [--engine-rev REV | --engine DIR]

By default the cards come from the engine installed in the virtual environment (this checkout's src/, edits and
all). --engine-rev REV reviews a committed engine instead (its src/ exported with `git archive` into the output
folder), so that figures are reproducible while others edit the working tree; --engine DIR uses a source tree.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from review.checks import KINDS, MAX_SECONDS, SHORT, Context, Truth, check_card, is_dated, normal
from review.generate import Resume, load_resumes, render
from review.real import docx_plain_text, pick_cvs, pick_postings, skillspan_postings

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent / "review"
SHARED = ROOT.parent / "shared" / "data"
TIMEOUT = 120.0
CITATION = ("SkillSpan postings: Zhang, Jensen, Sonniks, Plank, NAACL 2022 (MIT licence); CVs: Vanetik & Kogan, "
            "*Information* 14(8):468, 2023 (GPL-3.0). Both read at run time from ../shared/data, never copied.")


@dataclass
class Pair:
    name: str
    group: str  # "own" or "skillspan"
    resume: Path
    posting: Path
    ctx: Context
    about: dict[str, str] = field(default_factory=dict)


# --- pairs --------------------------------------------------------------------------------------------------

def _month(text: str) -> int:
    year, month = text.split("-")
    return int(year) * 12 + int(month) - 1


def expected_years(resume: Resume, today: date) -> float:
    """The union of the jobs' months (an open end is this month), in years."""
    now = today.year * 12 + today.month - 1
    months: set[int] = set()
    for job in resume.jobs:
        months.update(range(_month(job.start), (_month(job.end) if job.end else now) + 1))
    return len(months) / 12


def own_pairs(folder: Path, today: date) -> list[Pair]:
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
    resumes = load_resumes()
    postings = {p.stem: p for p in (HERE / "postings").iterdir() if p.suffix in (".md", ".txt")}
    _validate(labels, postings)
    (folder / "resumes").mkdir(parents=True, exist_ok=True)
    out = []
    for raw in labels["pair"]:
        resume = resumes[raw["resume"]]
        truth_raw = labels["posting"][raw["posting"]]
        truth = Truth(truth_raw["company"], truth_raw["role"], truth_raw["requirements"], truth_raw["nice_to_have"],
                      {h["key"]: h["text"] for h in truth_raw["hard"]}, raw.get("met", []), raw.get("unmet", []))
        path = render(resume, raw["render"], folder / "resumes")
        posting = postings[raw["posting"]]
        name = f"{resume.id}-{raw['render'].replace(':', '-').replace('_', '-')}__{raw['posting']}"
        ctx = Context(resume.plain_text(), posting.read_text(encoding="utf-8"), truth,
                      round(expected_years(resume, today), 2), dated=True)
        out.append(Pair(name, "own", path, posting, ctx, {"layout": raw["render"], "posting": posting.name}))
    return out


def _validate(labels: dict[str, Any], postings: dict[str, Path]) -> None:
    """Every labelled sentence must be in its posting as written: a label that drifted is a bug of the review."""
    for posting_id, truth in labels["posting"].items():
        text = normal(postings[posting_id].read_text(encoding="utf-8"))
        for sentence in [*truth["requirements"], *truth["nice_to_have"], *(h["text"] for h in truth["hard"])]:
            if normal(sentence) not in text:
                raise SystemExit(f"review bug: labels.toml: “{sentence}” is not in postings/{posting_id}")
    for pair in labels["pair"]:
        hard = {h["key"] for h in labels["posting"][pair["posting"]]["hard"]}
        if not set(pair.get("met", []) + pair.get("unmet", [])) <= hard:
            raise SystemExit(f"review bug: labels.toml: pair {pair} names a hard condition its posting lacks")


def cv_years(cv: Path, today: date) -> float | None:
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["cv"]
    label = labels.get(cv.name)
    if not label:
        return None
    grown = (today.year * 12 + today.month - 1 - _month(labels["as_of"])) / 12 if label["ongoing"] else 0.0
    return round(label["years"] + grown, 2)


def skillspan_pairs(data: Path, folder: Path, count: int, seed: int, today: date) -> list[Pair]:
    postings = pick_postings(skillspan_postings(data / "skillspan" / "dev.json"), count, seed)
    cvs = pick_cvs(data / "cvs", len(postings), seed)
    (folder / "postings").mkdir(parents=True, exist_ok=True)
    out = []
    for posting, cv in zip(postings, cvs, strict=False):
        resume_text = docx_plain_text(cv)
        for form, text in (("lines", posting.as_lines()), ("paragraph", posting.as_paragraph())):
            path = folder / "postings" / f"skillspan-{posting.key}-{form}.txt"
            path.write_text(text, encoding="utf-8")
            ctx = Context(resume_text, text, None, cv_years(cv, today), dated=is_dated(resume_text))
            out.append(Pair(f"{posting.key}-{form}__cv{cv.stem}", "skillspan", cv, path, ctx,
                            {"posting": f"SkillSpan dev {posting.key} ({len(posting.sentences)} sentences) as "
                                        f"{form}", "cv": cv.name}))
    return out


# --- running the CLI ----------------------------------------------------------------------------------------

ENV = dict(os.environ)  # --engine / --engine-rev put their source tree first on PYTHONPATH


def use_engine(source: Path) -> None:
    """Run the engine of a source tree (a checkout, or its src/ folder) instead of the installed one."""
    src = source / "src" if (source / "src" / "afterword").is_dir() else source
    if not (src / "afterword" / "__main__.py").is_file():
        raise SystemExit(f"--engine: no afterword package in {source}")
    ENV["PYTHONPATH"] = os.pathsep.join([str(src.resolve()), *filter(None, [os.environ.get("PYTHONPATH")])])


def export_engine(rev: str, folder: Path) -> str:
    """Export src/ of a commit into `folder` (no change to the repository); returns the commit's short hash."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], capture_output=True, text=True,
                            check=True).stdout.strip()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True,
                             check=True).stdout
    shutil.rmtree(folder, ignore_errors=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    use_engine(folder)
    return commit


def afterword(*args: str) -> tuple[int, str, str, float]:
    """(exit status, stdout, stderr, seconds) of `afterword ARGS` in a new process."""
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "afterword", *args], capture_output=True, text=True,
                              timeout=TIMEOUT, cwd=ROOT, env=ENV)
    except subprocess.TimeoutExpired:
        return -1, "", f"timed out after {TIMEOUT:.0f} s", time.perf_counter() - start
    return done.returncode, done.stdout, done.stderr, time.perf_counter() - start


def _json(status: int, out: str) -> dict[str, Any] | None:
    if status != 0:
        return None
    try:
        return json.loads(out)
    except json.JSONDecodeError:
        return None


def review(pair: Pair, coach: Path | None) -> dict[str, Any]:
    status, out, err, seconds = afterword("prepare", str(pair.resume), str(pair.posting), "--format", "json")
    card = _json(status, out)
    m_status, m_out, m_err, _ = afterword("match", str(pair.resume), str(pair.posting), "--format", "json")
    match = _json(m_status, m_out)
    result: dict[str, Any] = {"name": pair.name, "group": pair.group, "about": pair.about,
                              "resume": str(pair.resume), "posting": str(pair.posting), "seconds": round(seconds, 3)}
    defects: list[dict[str, str]] = []
    if card is None:
        why = f"exit {status}" if status else "not JSON"
        defects.append({"kind": "crash", "detail": f"prepare: {why}: {err.strip()[-300:]}"})
    if match is None:
        defects.append({"kind": "crash", "detail": f"match: exit {m_status}: {m_err.strip()[-300:]}"})
    if seconds > MAX_SECONDS:
        defects.append({"kind": "slow", "detail": f"{seconds:.1f} s for the card (over {MAX_SECONDS:g} s)"})
    info: dict[str, Any] = {}
    if card is not None:
        found, info = check_card(card, match, pair.ctx)
        defects += found
    result.update(defects=defects, info=info, card=card, match=match)
    if coach is not None and card is not None:
        dump_for_coach(pair, coach / pair.name)
    return result


# --- the second read: inputs for an independent reviewer -----------------------------------------------------

def _numbered(lines: list[tuple[int, str]]) -> str:
    return "".join(f"{number:4d}  {text}\n" for number, text in lines)


_READ = ("import sys\nfrom afterword.ingest import read_document\n"
         "for line in read_document(sys.argv[1]).lines: print(f'{line.number:4d}  {line.text}')")


def _resume_as_read(path: Path, fallback: str) -> str:
    """The resume as the engine reads it, with the line numbers its card cites; our own reading when the
    engine's reader fails (it may be mid-rewrite)."""
    done = subprocess.run([sys.executable, "-c", _READ, str(path)], capture_output=True, text=True,
                          timeout=TIMEOUT, env=ENV)
    if done.returncode == 0:
        return "# The resume as Afterword reads it; the card's [resume N] citations are these line numbers.\n" \
            + done.stdout
    return f"# Afterword's reader failed; the resume's own text instead:\n{fallback}\n"


def dump_for_coach(pair: Pair, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(pair.resume, folder / f"resume-original{pair.resume.suffix}")
    (folder / "resume.txt").write_text(_resume_as_read(pair.resume, pair.ctx.resume_text), encoding="utf-8")
    posting = pair.ctx.posting_text.splitlines()
    (folder / "posting.txt").write_text(_numbered(list(enumerate(posting, 1))), encoding="utf-8")
    for fmt, name in (("text", "card.txt"), ("markdown", "card.md")):
        status, out, err, _ = afterword("prepare", str(pair.resume), str(pair.posting), "--format", fmt)
        (folder / name).write_text(out if status == 0 else f"prepare failed (exit {status}):\n{err}",
                                   encoding="utf-8")


# --- reporting ----------------------------------------------------------------------------------------------

def _rate(hits: list[bool]) -> str:
    return f"{sum(hits)}/{len(hits)} ({100 * sum(hits) / len(hits):.0f}%)" if hits else "—"


def totals(results: list[dict[str, Any]]) -> dict[str, Any]:
    kinds = Counter(d["kind"] for r in results for d in r["defects"])
    out: dict[str, Any] = {"cards": len(results), "defects": sum(kinds.values()),
                           "by_kind": {k: kinds.get(k, 0) for k in KINDS}}
    for group in ("own", "skillspan", "all"):
        chosen = [r for r in results if group in ("all", r["group"])]
        if not chosen:
            continue
        infos = [r["info"] for r in chosen if r["info"]]
        concerns = sum(i["concerns"] for i in infos)
        from_requirement = sum(i["from_requirement"] for i in infos)
        out[group] = {
            "cards": len(chosen),
            "mean_defects_per_card": round(sum(len(r["defects"]) for r in chosen) / len(chosen), 2),
            "concerns": concerns,
            "concerns_from_requirement_text": f"{100 * from_requirement / concerns:.0f}%" if concerns else "—",
            "concern_check": dict(Counter(i["concern_check"] for i in infos)),
            "company_hit_rate": _rate([i["company_hit"] for i in infos if i.get("company_hit") is not None]),
            "role_hit_rate": _rate([i["role_hit"] for i in infos if i.get("role_hit") is not None]),
            "years_hit_rate": _rate([i["years_hit"] for i in infos if i.get("years_hit") is not None]),
            "median_seconds": round(statistics.median(r["seconds"] for r in chosen), 2),
            "max_seconds": round(max(r["seconds"] for r in chosen), 2),
        }
    return out


def table(results: list[dict[str, Any]]) -> list[str]:
    """The per-card table as Markdown rows (also printed as is)."""
    head = ["pair", "concerns", *(SHORT[k] for k in KINDS), "total", "s"]
    rows = [f"| {' | '.join(head)} |", f"|{'---|' * len(head)}"]
    for r in results:
        kinds = Counter(d["kind"] for d in r["defects"])
        cells = [r["name"], str(r["info"].get("concerns", "—")), *(str(kinds[k] or ".") for k in KINDS),
                 str(len(r["defects"])), f"{r['seconds']:.2f}"]
        rows.append(f"| {' | '.join(cells)} |")
    return rows


def summary_markdown(results: list[dict[str, Any]], sums: dict[str, Any], command: str, engine: str) -> str:
    lines = [f"# Real-document review, {date.today().isoformat()}", "", f"Command: `{command}`", "",
             f"Engine: {engine}", ""]
    if any(r["group"] == "skillspan" for r in results):
        lines += [f"Data: {CITATION}", ""]
    lines += ["## Totals", "", "| figure | own pairs | SkillSpan × CVs | all |", "|---|---|---|---|"]
    for key in ("cards", "mean_defects_per_card", "concerns", "concerns_from_requirement_text", "company_hit_rate",
                "role_hit_rate", "years_hit_rate", "median_seconds", "max_seconds"):
        lines.append(f"| {key.replace('_', ' ')} | "
                     + " | ".join(str(sums.get(g, {}).get(key, "—")) for g in ("own", "skillspan", "all")) + " |")
    lines += ["", "Defects by kind: " + ", ".join(f"{k} {v}" for k, v in sums["by_kind"].items()), "",
              "## Per card", "", *table(results), "", "## Defects", ""]
    for r in results:
        if r["defects"]:
            lines.append(f"**{r['name']}** ({', '.join(f'{k}: {v}' for k, v in r['about'].items())})")
            lines += [f"- {d['kind']}: {d['detail']}" for d in r["defects"]]
            lines.append("")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="output folder (default: a new temporary folder)")
    parser.add_argument("--data", type=Path, default=SHARED, help="the shared data folder (default ../shared/data)")
    parser.add_argument("--postings", type=int, default=10, help="SkillSpan postings to use (default 10)")
    parser.add_argument("--seed", type=int, default=2026, help="which SkillSpan postings and CVs (default 2026)")
    parser.add_argument("--jobs", type=int, default=2, help="cards built at once (default 2)")
    parser.add_argument("--only", default="", help="only the pairs whose name contains this text")
    engine = parser.add_mutually_exclusive_group()
    engine.add_argument("--engine-rev", metavar="REV", help="review the engine of this commit (e.g. HEAD)")
    engine.add_argument("--engine", type=Path, metavar="DIR", help="review the engine of this source tree")
    parser.add_argument("--coach", action="store_true",
                        help="also write, per card, the resume, posting and card as text for a human reviewer")
    args = parser.parse_args(argv)
    out: Path = (args.out or Path(tempfile.mkdtemp(prefix="afterword-review-"))).resolve()
    if out.is_relative_to(ROOT / "src"):
        parser.error("--out must not be inside src/")
    out.mkdir(parents=True, exist_ok=True)
    engine_name = "installed (this checkout's src/, uncommitted edits included)"
    if args.engine_rev:
        engine_name = f"commit {export_engine(args.engine_rev, out / 'engine')}"
    elif args.engine:
        use_engine(args.engine)
        engine_name = f"source tree {args.engine}"
    print(f"engine: {engine_name}")
    today = date.today()
    pairs = own_pairs(out / "inputs", today)
    if (args.data / "skillspan" / "dev.json").is_file() and (args.data / "cvs").is_dir():
        pairs += skillspan_pairs(args.data, out / "inputs", args.postings, args.seed, today)
    else:
        print(f"skipped: SkillSpan postings × real CVs ({args.data} not found; that data lives outside the "
              "repository); reviewing our own pairs only")
    pairs = [p for p in pairs if args.only in p.name]
    if len({p.name for p in pairs}) != len(pairs):
        raise SystemExit("review bug: two pairs have the same name")
    coach = out / "coach" if args.coach else None
    if coach:
        coach.mkdir(exist_ok=True)
        shutil.copy(HERE / "coach_prompt.md", coach / "coach_prompt.md")
    start = time.perf_counter()
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(lambda p: review(p, coach), pairs))
    wall = time.perf_counter() - start
    if coach:
        (coach / "scores.csv").write_text("card,score (1-5),defects,notes\n"
                                          + "".join(f"{r['name']},,,\n" for r in results), encoding="utf-8")
    (out / "cards").mkdir(exist_ok=True)
    for r in results:
        (out / "cards" / f"{r['name']}.json").write_text(json.dumps(r, indent=2, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")
    sums = totals(results)
    command = "python benchmarks/review_cards.py " + " ".join(sys.argv[1:] if argv is None else argv)
    (out / "results.json").write_text(json.dumps(
        {"date": today.isoformat(), "command": command, "engine": engine_name, "seconds": round(wall, 1),
         "totals": sums,
         "cards": [{k: r[k] for k in ("name", "group", "about", "seconds", "defects", "info")} for r in results]},
        indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "summary.md").write_text(summary_markdown(results, sums, command, engine_name), encoding="utf-8")
    print("\n".join(table(results)))
    print(f"\n{len(results)} cards in {wall:.0f} s; defects by kind: "
          + ", ".join(f"{k} {v}" for k, v in sums["by_kind"].items()))
    for group in ("own", "skillspan", "all"):
        if group in sums:
            print(f"{group}: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sums[group].items()))
    print(f"written: {out}/summary.md, results.json, cards/" + (", coach/" if coach else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

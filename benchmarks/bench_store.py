"""Speed of the store at scale: 10,000 applications and 50,000 stage events, on SQLite and PostgreSQL.

Run: python benchmarks/bench_store.py [--runs 7] [--postgres URL] [--json] [--no-debriefs]
(--postgres defaults to AFTERWORD_TEST_POSTGRES_URL; without either, SQLite only). Figures are medians of cold CLI
processes; see benchmarks/README.md for the targets and the current figures.

The database is built by the command under test: an export file of the given size is written, and each import run
is a cold `afterword import` into an empty database. The other commands then run on the last one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

STAGES = ("saved", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn",
          "no-response")
POSTING = ("We build logistics software. You will design and run backend services in Python, keep PostgreSQL "
           "fast, and mentor engineers. 5+ years of Python. Kubernetes in production. ") * 8
PASS_RATIO = 25  # board, today, list --format json: within 25 times a bare `python -c pass`
TARGET_SECONDS = {"show": 0.3, "import": 10.0}
LIBRARIES = "import sqlalchemy.orm, pydantic_settings, typer"  # what a store command on the normal path imports


def _id() -> str:
    return str(uuid.uuid4())


def export_document(applications: int, events: int, debriefs: bool = True) -> dict[str, Any]:
    """An afterword-export/1 document: ``applications`` applications at a quarter as many companies, each with
    ``events`` stage events; every tenth with an interview in the coming week and a task due today, and (with
    ``debriefs``) another tenth with a debriefed interview in the past week (a follow-up plan for `today`)."""
    now = datetime.now(UTC)
    companies = [{"id": _id(), "name": f"Company {number:05d}"} for number in range(max(1, applications // 4))]
    records = []
    for number in range(applications):
        stage = STAGES[number % len(STAGES)]
        moved = now - timedelta(days=number % 60, hours=number % 24)
        path = ["saved", "applied", "screening", "interviewing"][:events - 1] + [stage]
        history = [{"id": _id(), "from_stage": path[index - 1] if index else None, "to_stage": to,
                    "at": (moved - timedelta(days=len(path) - index)).isoformat(), "note": None}
                   for index, to in enumerate(path)]
        record: dict[str, Any] = {
            "id": _id(), "company": companies[number % len(companies)], "role": f"Backend Engineer {number}",
            "stage": stage, "stage_changed_at": moved.isoformat(), "source_url": f"https://jobs.example/{number}",
            "posting_text": POSTING, "stage_history": history}
        if number % 10 == 0:
            record["interviews"] = [{"id": _id(), "round": 1, "kind": "video", "time_zone": "Europe/Berlin",
                                     "starts_at": (now + timedelta(days=number % 7, hours=3)).isoformat()}]
            record["tasks"] = [{"id": _id(), "title": "Send the thank-you letter", "due_on": now.date().isoformat()}]
        if debriefs and number % 10 == 5:
            held = now - timedelta(days=1 + number % 7, hours=2)
            record["interviews"] = [{"id": _id(), "round": 1, "kind": "video", "time_zone": "America/New_York",
                                     "starts_at": held.isoformat(), "debrief": {
                                         "id": _id(), "draft": False,
                                         "decision_date": (held + timedelta(days=14)).date().isoformat(),
                                         "content": {"went": "well", "confidence": 4, "decision": "in two weeks",
                                                     "interviewers": [{"name": "Dana Reyes"}]}}}]
        records.append(record)
    return {"schema": "afterword-export/1", "exported_at": now.isoformat(), "profile": None,
            "applications": records}


class CommandFailed(Exception):
    """A measured command exited with an error: reported in its row, not measured."""


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise CommandFailed(f"{' '.join(command[3:])} failed: {done.stderr.strip()[:300]}")
    return elapsed


def _median(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def _afterword(*args: str) -> list[str]:
    return [sys.executable, "-m", "afterword", *args]


def _available(command: str, env: dict[str, str]) -> bool:
    return subprocess.run(_afterword(command, "--help"), capture_output=True, env=env, check=False).returncode == 0


class _Postgres:
    """Fresh databases on a PostgreSQL server, dropped at the end."""

    def __init__(self, server_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        from afterword.settings import normalise_database_url

        self.url = make_url(normalise_database_url(server_url))
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.names: list[str] = []

    def fresh(self) -> str:
        name = f"afterword_bench_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        self.names.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def close(self) -> None:
        with self.admin.connect() as connection:
            for name in self.names:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


def bench_database(label: str, fresh_url: Callable[[], str], export: Path, runs: int) -> dict[str, Any]:
    """Cold import (a fresh database each run), then cold list/show/board/today on the last database."""
    figures: dict[str, Any] = {"database": label}
    imports = []
    for _ in range(max(3, runs // 2)):
        url = fresh_url()
        env = {**os.environ, "AFTERWORD_DATABASE_URL": url}
        subprocess.run(_afterword("db", "upgrade"), capture_output=True, env=env, check=True)
        imports.append(_seconds(_afterword("import", str(export)), env))
    figures["import"] = statistics.median(imports)
    records = json.loads(export.read_text(encoding="utf-8"))["applications"]
    some_id = records[len(records) // 2]["id"]
    commands = {"db status": ["db", "status"], "list --format json": ["list", "--format", "json"],
                "show": ["show", some_id[:8]], "board": ["board"], "today": ["today"]}
    for name, args in commands.items():
        if not _available(args[0], env):
            figures[name] = None
            continue
        try:
            _seconds(_afterword(*args), env)  # warm the file system cache once
            figures[name] = _median(runs, lambda args=args: _seconds(_afterword(*args), env))
        except CommandFailed as failure:
            figures[name] = str(failure)
    return figures


def _table(bare: float, results: list[dict[str, Any]]) -> str:
    header = "| figure | " + " | ".join(result["database"] for result in results) + " | target |"
    lines = [f"bare `python -c pass`: {bare * 1000:.0f} ms; a ratio target of {PASS_RATIO}x is "
             f"{bare * PASS_RATIO:.2f} s", "", header, "|---|" + "---|" * len(results) + "---|"]
    for name in ("db status", "list --format json", "board", "today", "show", "import"):
        cells = []
        for result in results:
            value = result.get(name)
            if value is None or isinstance(value, str):
                cells.append("not yet available" if value is None else value)
            else:
                cells.append(f"{value:.2f} s" if name in TARGET_SECONDS else f"{value:.2f} s ({value / bare:.0f}x)")
        target = f"≤ {TARGET_SECONDS[name]:g} s" if name in TARGET_SECONDS else \
            "(the floor of any store command)" if name == "db status" else f"≤ {PASS_RATIO}x"
        lines.append(f"| cold `afterword {name}` | " + " | ".join(cells) + f" | {target} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold runs per command (imports: half as many, >= 3)")
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=5, help="stage events per application")
    parser.add_argument("--postgres", default=os.environ.get("AFTERWORD_TEST_POSTGRES_URL", ""),
                        help="a PostgreSQL server URL to create throw-away databases on")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-debriefs", action="store_true",
                        help="leave debriefs out (the data set of the Afterword before debriefs, to compare with it)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="afterword-bench-") as folder:
        export = Path(folder) / "export.json"
        export.write_text(json.dumps(export_document(args.applications, args.events, not args.no_debriefs)),
                          encoding="utf-8")
        bare = _median(args.runs, lambda: _seconds([sys.executable, "-c", "pass"], dict(os.environ)))
        libraries = _median(args.runs, lambda: _seconds([sys.executable, "-c", LIBRARIES], dict(os.environ)))
        counter = iter(range(1_000_000))
        results = [bench_database("SQLite", lambda: f"sqlite:///{folder}/db-{next(counter)}.db", export, args.runs)]
        if args.postgres:
            server = _Postgres(args.postgres)
            try:
                results.append(bench_database("PostgreSQL", server.fresh, export, args.runs))
            finally:
                server.close()
    if args.json:
        print(json.dumps({"python_c_pass": bare, "libraries": libraries, "results": results}, indent=2))
    else:
        print(_table(bare, results))
        print(f"\n`python -c \"{LIBRARIES}\"`: {libraries:.2f} s ({libraries / bare:.0f}x)")


if __name__ == "__main__":
    main()

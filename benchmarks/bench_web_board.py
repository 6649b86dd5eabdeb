"""The web board under load: `afterword serve` on 10,000 applications, 20 connections asking for `/` at once.

Run: python benchmarks/bench_web_board.py [--requests 2000] [--seconds 20] [--connections 20] [--report-only]
     [--postgres URL] [--workers N] [--json]

It builds a throw-away database of ``--applications`` applications over every stage (with bench_store.py's data
set: interviews in the coming week, tasks due, debriefed interviews with follow-up plans; plus thank-you letters
due and cards, so every section of today is full), starts `afterword serve` on a free loopback port in a
subprocess (``--workers N``: uvicorn's own command with N processes instead), warms it up, then keeps
``--connections`` keep-alive connections busy asking for the page until ``--requests`` answers or ``--seconds``
have passed, whichever comes first. It prints the median, p95 and p99 latency and the requests per second, stops
the server, deletes the database, and exits 1 when p95 is over ``--target-ms`` (unless ``--report-only``).

The load generator is one asyncio loop with a minimal HTTP/1.1 client (no library parsing on the hot path), so
it takes as little CPU from the server as it can: on a 2-core machine they still share the cores. See
benchmarks/README.md, "Web board under load", for the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).parent))
from bench_store import _Postgres, export_document  # noqa: E402 - the sibling script's data set and databases

TARGET_MS = 100.0
READY_SECONDS = 90.0  # the server must answer within this long after it starts
REQUEST_TIMEOUT = 30.0  # one answer slower than this is an error, and the run goes on


def _afterword(*args: str) -> list[str]:
    return [sys.executable, "-m", "afterword", *args]


def data_set(applications: int, share: int) -> dict[str, Any]:
    """bench_store.py's export (10,000 applications over every stage, 5 stage events each), with the things
    today lists kept for one application in ``share``: an interview in the coming week and a task due today for
    one, a debriefed interview in the past week (a follow-up plan) and a thank-you letter due for another; a card
    for every other application with an interview coming (so some show "card ready", others "prepare the card").
    ``share`` 10 is bench_store.py's own data set."""
    document = export_document(applications, 5, True)
    today = datetime.now(UTC).date()
    for number, record in enumerate(document["applications"]):
        if number % share not in (0, 5):
            for key in ("interviews", "tasks"):
                record.pop(key, None)
        interviews = record.get("interviews") or []
        if number % share == 5 and interviews:
            record["letters"] = [{
                "id": str(uuid.uuid4()), "interview_id": interviews[0]["id"], "kind": "thank-you",
                "recipient_name": "Dana Reyes", "subject": "Thank you for today",
                "salutation": "Dear Dana,", "sign_off": "Best regards,",
                "body": "Thank you for your time today. I enjoyed hearing about the team's plans.",
                "sources": [], "send_by": (today - timedelta(days=number % 3)).isoformat(),
                "send_by_phrase": "the day of the interview"}]
        if number % share == 0 and interviews and (number // share) % 2 == 0:
            record["cards"] = [{"id": str(uuid.uuid4()), "version": 1, "content": {"questions": []}}]
    return document


def build_database(url: str, folder: Path, applications: int, share: int, extra_sql: list[str]) -> dict[str, str]:
    """Fill the database at ``url`` with the data set (a cold `afterword import`), then run ``extra_sql`` on it;
    the server's environment."""
    env = {**os.environ, "AFTERWORD_DATABASE_URL": url, "AFTERWORD_HOME": str(folder / "home")}
    export = folder / "export.json"
    export.write_text(json.dumps(data_set(applications, share)), encoding="utf-8")
    for args in (("db", "upgrade"), ("import", str(export))):
        done = subprocess.run(_afterword(*args), capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            raise SystemExit(f"afterword {args[0]} failed: {done.stderr.strip()[:500]}")
    if extra_sql:
        from sqlalchemy import create_engine, text

        from afterword.settings import normalise_database_url

        engine = create_engine(normalise_database_url(url))
        with engine.begin() as connection:
            for statement in extra_sql:
                connection.execute(text(statement))
        engine.dispose()
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env: dict[str, str], port: int, workers: int) -> subprocess.Popen[bytes]:
    """`afterword serve` (or uvicorn's command with ``workers`` processes) in its own process group."""
    if workers > 1:
        command = [sys.executable, "-m", "uvicorn", "afterword.web.app:create_app", "--factory", "--host",
                   "127.0.0.1", "--port", str(port), "--workers", str(workers), "--log-level", "warning",
                   "--no-access-log", "--no-server-header"]
    else:
        command = _afterword("serve", "--port", str(port))
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is not None:
        return
    try:
        os.killpg(server.pid, signal.SIGINT)  # uvicorn shuts down cleanly on Ctrl-C (workers with it)
        server.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(server.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        server.wait(timeout=10)


class Connection:
    """One keep-alive HTTP/1.1 connection, as one browser: it carries the cookies the server set (answers with
    Content-Length or chunked bodies)."""

    def __init__(self, port: int, path: str) -> None:
        self.port = port
        self.path = path
        self.cookies: dict[str, str] = {}
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self) -> tuple[int, bytes]:
        return await self.send("GET", self.path)

    async def send(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, bytes]:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = urlencode(form).encode() if form is not None else b""
        request = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nAccept: text/html\r\n"
                   + (f"Cookie: {cookie}\r\n" if cookie else "")
                   + (f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
                      if form is not None else "") + "\r\n")
        self.writer.write(request.encode("latin-1") + body)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "set-cookie":
                    key, _, rest = value.strip().partition("=")
                    self.cookies[key] = rest.split(";", 1)[0]
                headers[name] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = bytearray()
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                chunks += await self.reader.readexactly(size)
                await self.reader.readexactly(2)
            await self.reader.readuntil(b"\r\n")  # the end of the (empty) trailer
            content = bytes(chunks)
        else:
            content = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, content

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None


async def wait_ready(port: int, server: subprocess.Popen[bytes], path: str) -> bytes:
    """The first page, once the server answers it (it opens the store first)."""
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            error = server.stderr.read().decode(errors="replace") if server.stderr else ""
            raise SystemExit(f"the server stopped (exit {server.returncode}): {error.strip()[-800:]}")
        connection = Connection(port, path)
        try:
            status, body = await asyncio.wait_for(connection.get(), REQUEST_TIMEOUT)
            if status == 200:
                return body
            raise SystemExit(f"GET {path} answered {status}: {body[:300]!r}")
        except (OSError, asyncio.IncompleteReadError):
            await asyncio.sleep(0.2)
        finally:
            await connection.close()
    raise SystemExit(f"the server did not answer within {READY_SECONDS:.0f} s")


async def load(port: int, path: str, connections: int, requests: int, seconds: float,
               moves_per_second: float = 0.0) -> dict[str, Any]:
    """``connections`` clients asking for ``path`` in a loop until ``requests`` answers or ``seconds``: each
    answer's time. With ``moves_per_second``, one more browser moves applications between stages at that rate
    meanwhile (the board's form, without JavaScript), so pages are read again after each change."""
    latencies: list[float] = []
    errors: list[str] = []
    sizes: list[int] = []
    moves: list[float] = []
    started = time.perf_counter()
    deadline = started + seconds
    issued = 0
    done = asyncio.Event()

    async def client() -> None:
        nonlocal issued
        connection = Connection(port, path)
        try:
            while issued < requests and time.perf_counter() < deadline:
                issued += 1
                begin = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(connection.get(), REQUEST_TIMEOUT)
                except (OSError, asyncio.IncompleteReadError, ValueError) as error:
                    errors.append(type(error).__name__)
                    await connection.close()
                    continue
                latencies.append(time.perf_counter() - begin)
                sizes.append(len(body))
                if status != 200:
                    errors.append(f"HTTP {status}")
        finally:
            await connection.close()

    async def mover() -> None:
        browser = Connection(port, "/")
        try:
            status, page = await browser.get()
            token = re.search(rb'name="csrf_token" value="([^"]+)"', page)
            refs = re.findall(rb'id="app-([0-9a-f]{8})"', page)
            if status != 200 or token is None or not refs:
                errors.append("no board to move applications on")
                return
            number = 0
            while not done.is_set():
                ref = refs[number % len(refs)].decode()
                stage = ("screening", "applied")[(number // len(refs)) % 2]
                begin = time.perf_counter()
                status, _ = await asyncio.wait_for(browser.send("POST", f"/applications/{ref}/stage", {
                    "stage": stage, "csrf_token": token.group(1).decode(), "back": "/"}), REQUEST_TIMEOUT)
                moves.append(time.perf_counter() - begin)
                if status != 303:
                    errors.append(f"move HTTP {status}")
                number += 1
                try:
                    await asyncio.wait_for(done.wait(), 1 / moves_per_second)
                except TimeoutError:
                    pass
        finally:
            await browser.close()

    async def clients() -> None:
        await asyncio.gather(*(client() for _ in range(connections)))
        done.set()

    await asyncio.gather(clients(), *([mover()] if moves_per_second > 0 else []))
    elapsed = time.perf_counter() - started
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed, "sizes": sizes, "moves": moves}


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest value at or above ``fraction`` of the values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summary(result: dict[str, Any]) -> dict[str, Any]:
    latencies = result["latencies"]
    if not latencies:
        return {"requests": 0, "errors": len(result["errors"])}
    return {"requests": len(latencies), "errors": len(result["errors"]),
            "error_kinds": sorted(set(result["errors"]))[:5], "seconds": round(result["elapsed"], 2),
            "requests_per_second": round(len(latencies) / result["elapsed"], 1),
            "median_ms": round(statistics.median(latencies) * 1000, 1),
            "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
            "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
            "max_ms": round(max(latencies) * 1000, 1),
            "page_kib": round(statistics.median(result["sizes"]) / 1024, 1),
            "moves": len(result["moves"]),
            "move_median_ms": round(statistics.median(result["moves"]) * 1000, 1) if result["moves"] else None}


def run(env: dict[str, str], args: argparse.Namespace, label: str) -> dict[str, Any]:
    port = free_port()
    server = start_server(env, port, args.workers)
    try:
        first = asyncio.run(wait_ready(port, server, args.path))
        if args.path == "/" and b"Your applications" not in first:
            raise SystemExit("the page is not the board: " + first[:300].decode(errors="replace"))
        asyncio.run(load(port, args.path, args.connections, args.warmup, args.seconds))
        figures = summary(asyncio.run(load(port, args.path, args.connections, args.requests, args.seconds,
                                           args.moves_per_second)))
    finally:
        stop_server(server)
    return {"database": label, "workers": args.workers, "connections": args.connections, **figures}


def line(figures: dict[str, Any]) -> str:
    if not figures.get("requests"):
        return f"{figures['database']}: no answers ({figures.get('errors', 0)} errors)"
    errors = f", {figures['errors']} errors {figures['error_kinds']}" if figures["errors"] else ""
    return (f"{figures['database']} ({figures['workers']} process{'es' if figures['workers'] > 1 else ''}, "
            f"{figures['connections']} connections): {figures['requests']} requests in {figures['seconds']} s, "
            f"{figures['requests_per_second']} req/s; median {figures['median_ms']} ms, p95 {figures['p95_ms']} ms, "
            f"p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms; page {figures['page_kib']} KiB{errors}"
            + (f"; {figures['moves']} moves meanwhile (median {figures['move_median_ms']} ms)" if figures["moves"]
               else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--today-share", type=int, default=100, metavar="N",
                        help="one application in N has an interview this week, a task, a debrief, a letter due "
                             "(default 100; 10 is bench_store.py's data set)")
    parser.add_argument("--connections", type=int, default=20, help="concurrent keep-alive connections")
    parser.add_argument("--requests", type=int, default=2000, help="stop after this many answers ...")
    parser.add_argument("--seconds", type=float, default=20.0, help="... or after this long, whichever is first")
    parser.add_argument("--warmup", type=int, default=200, help="answers before the measured run (not counted)")
    parser.add_argument("--moves-per-second", type=float, default=0.0, metavar="RATE",
                        help="meanwhile, move an application between stages this often (each move changes the "
                             "board, so the next pages read it again)")
    parser.add_argument("--path", default="/", help="the page to ask for (default: the board)")
    parser.add_argument("--workers", type=int, default=1,
                        help="1: `afterword serve`; more: uvicorn's command with this many processes")
    parser.add_argument("--target-ms", type=float, default=TARGET_MS, help="the p95 to meet")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when p95 is over the target")
    parser.add_argument("--postgres", nargs="?", const=os.environ.get("AFTERWORD_TEST_POSTGRES_URL", ""),
                        default=None, help="also measure on a throw-away database on this PostgreSQL server "
                                           "(no value: AFTERWORD_TEST_POSTGRES_URL)")
    parser.add_argument("--no-sqlite", action="store_true", help="only PostgreSQL")
    parser.add_argument("--extra-sql", action="append", default=[], metavar="SQL",
                        help="run this statement on the database once it is filled (to try an index); repeatable")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if args.postgres == "":
        parser.error("--postgres needs a URL (or AFTERWORD_TEST_POSTGRES_URL set)")

    results = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="afterword-web-bench-") as name:
        folder = Path(name)
        if not args.no_sqlite:
            env = build_database(f"sqlite:///{folder}/board.db", folder, args.applications, args.today_share,
                                 args.extra_sql)
            results.append(run(env, args, "SQLite"))
            if not args.json:
                print(line(results[-1]), flush=True)
        if args.postgres:
            server = _Postgres(args.postgres)
            try:
                env = build_database(server.fresh(), folder, args.applications, args.today_share, args.extra_sql)
                results.append(run(env, args, "PostgreSQL"))
                if not args.json:
                    print(line(results[-1]), flush=True)
            finally:
                server.close()
    if args.json:
        print(json.dumps({"cpus": os.cpu_count(), "load_average_before": load_before,
                          "load_average_after": os.getloadavg(), "results": results}, indent=2))
    else:
        print(f"cpus: {os.cpu_count()}, load average before: {' '.join(f'{v:.2f}' for v in load_before)}, after: "
              f"{' '.join(f'{v:.2f}' for v in os.getloadavg())}; "
              "the load generator and the server share them")
    over = [figures for figures in results if figures.get("errors") or not figures.get("requests")
            or figures["p95_ms"] > args.target_ms]
    if over and not args.report_only:
        print(f"p95 over {args.target_ms:g} ms (or errors): " + ", ".join(f["database"] for f in over),
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

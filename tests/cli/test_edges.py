"""Edges of the CLI: one "-" only, one-line usage errors, Ctrl-C, research warnings, URL charsets."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from afterword.cli.app import app, main
from afterword.ingest import read_document
from tests.conftest import loopback_server

runner = CliRunner()


def run(*args: str, input: str | None = None):  # noqa: ANN201, A002
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "200"})


def afterword(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "afterword", *args], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("command", ["match", "prepare"])
def test_two_stdin_inputs_are_a_user_error(command: str) -> None:
    result = run(command, "-", "-", input="Python\n")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1
    assert len(lines) == 1 and lines[0].startswith("error: only one of RESUME") and "internal error" not in lines[0]


@pytest.mark.parametrize("extra", [["--why", "-"], ["-r", "-"]])
def test_prepare_refuses_a_second_stdin_in_options(resume_file: Path, extra: list[str]) -> None:
    result = run("prepare", "-", str(resume_file), *extra, input="## Requirements\n- Python\n")
    assert result.exit_code == 1
    assert "only one of RESUME, POSTING, --research and --why can be -" in result.output
    assert "standard input is empty" not in result.output


def test_prepare_refuses_two_stdin_research_notes(resume_file: Path, posting_file: Path) -> None:
    result = run("prepare", str(resume_file), str(posting_file), "-r", "-", "-r", "-", input="notes\n")
    assert result.exit_code == 1 and "only one of" in result.output


def test_unreadable_research_does_not_also_say_none_given(resume_file: Path, posting_file: Path,
                                                          tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("")
    result = run("prepare", str(resume_file), str(posting_file), "-r", str(empty), "--format", "json")
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.stdout)["warnings"]
    assert any(w.startswith("research skipped:") for w in warnings)
    assert not any(w.startswith("No research notes given") for w in warnings)
    without = json.loads(run("prepare", str(resume_file), str(posting_file), "--format", "json").stdout)
    assert any(w.startswith("No research notes given") for w in without["warnings"])


@pytest.mark.parametrize(("args", "message"), [
    (["match", "--format", "xml", "a", "b"], "'xml' is not one of"),
    (["match", "--nope", "a", "b"], "No such option: --nope"),
    (["match", "a"], "Missing argument"),
    (["prepare", "--paper", "a5", "a", "b"], "'a5' is not one of"),
])
def test_usage_errors_are_one_line_exit_1(args: list[str], message: str) -> None:
    proc = afterword(*args)
    assert proc.returncode == 1
    assert len(proc.stderr.splitlines()) == 1
    assert proc.stderr.startswith("error: ") and message in proc.stderr
    assert f"(see 'afterword {args[0]} --help')" in proc.stderr
    assert "╭" not in proc.stderr and "Traceback" not in proc.stderr


def test_help_and_version_exit_0() -> None:
    help_ = afterword("--help")
    assert help_.returncode == 0 and "Usage" in help_.stdout and help_.stderr == ""
    assert afterword("match", "--help").returncode == 0
    version = afterword("--version")
    assert version.returncode == 0 and version.stdout.startswith("afterword ")


def test_main_usage_error_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["match", "only-one"])
    assert exit_.value.code == 1
    assert capsys.readouterr().err == "error: Missing argument 'POSTING'. (see 'afterword match --help')\n"


def _patch_run_match(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    import afterword.cli.match as match_module

    def raise_(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(match_module, "run_match", raise_)


def test_ctrl_c_is_one_line_exit_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _patch_run_match(monkeypatch, KeyboardInterrupt())
    with pytest.raises(SystemExit) as exit_:
        main(["match", "a", "b"])
    assert exit_.value.code == 130
    assert capsys.readouterr().err == "error: interrupted\n"


def test_typer_exit_code_is_kept(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _patch_run_match(monkeypatch, typer.Exit(3))
    with pytest.raises(SystemExit) as exit_:
        main(["match", "a", "b"])
    assert exit_.value.code == 3
    assert capsys.readouterr().err == ""


def test_success_exits_0(resume_file: Path, posting_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["match", str(resume_file), str(posting_file), "--format", "json"])
    assert exit_.value.code == 0
    assert json.loads(capsys.readouterr().out)["requirements"]


LATIN1_POSTING = "## Requirements\n- Café barista with crème brûlée skills\n"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        routes = {
            "/latin1.txt": (LATIN1_POSTING.encode("iso-8859-1"), "text/plain; charset=ISO-8859-1"),
            "/latin1.html": (f"<html><body><main><h1>Café</h1><p>{LATIN1_POSTING}</p></main></body></html>"
                             .encode("iso-8859-1"), 'text/html; charset="iso-8859-1"'),
            "/mislabeled.txt": (LATIN1_POSTING.encode("utf-8"), "text/plain; charset=iso-8859-1"),
            "/bogus.txt": (LATIN1_POSTING.encode("utf-8"), "text/plain; charset=no-such-charset"),
        }
        body, content_type = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with loopback_server(_Handler) as url:
        yield url


@pytest.mark.parametrize("page", ["latin1.txt", "latin1.html"])
def test_url_uses_the_declared_charset(server: str, page: str) -> None:
    text = "\n".join(line.text for line in read_document(f"{server}/{page}").lines)
    assert "Café barista with crème brûlée skills" in text


def test_encoding_option_wins_over_the_declared_charset(server: str) -> None:
    doc = read_document(f"{server}/mislabeled.txt", encoding="utf-8")
    assert any("crème brûlée" in line.text for line in doc.lines)


def test_unknown_declared_charset_falls_back_to_utf8(server: str) -> None:
    doc = read_document(f"{server}/bogus.txt")
    assert any("crème brûlée" in line.text for line in doc.lines)

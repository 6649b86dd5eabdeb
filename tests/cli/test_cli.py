"""The CLI in-process: exit codes, formats, one-line errors, help for every command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import app

runner = CliRunner()


def run(*args: str, input: str | None = None):  # noqa: ANN201, A002
    return runner.invoke(app, list(args), input=input)


def test_match_json(resume_file: Path, posting_file: Path) -> None:
    result = run("match", str(resume_file), str(posting_file), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    statuses = {r["text"]: r["status"] for r in data["requirements"]}
    assert statuses["Experience with Kubernetes in production"] == "strong"
    assert statuses["Experience with Go"] == "gap"


def test_match_text_view(resume_file: Path, posting_file: Path) -> None:
    result = run("match", str(resume_file), str(posting_file))
    assert result.exit_code == 0, result.output
    assert "Must-have requirements" in result.stdout
    assert "Experience with Kubernetes in production" in result.stdout
    assert "Already answered by the posting" in result.stdout


def test_match_markdown_to_file(resume_file: Path, posting_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = run("match", str(resume_file), str(posting_file), "--format", "markdown", "--output", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Match: resume.md → posting.md")
    assert not list(tmp_path.glob(".report.md.*"))  # no temporary file left behind


def test_match_posting_from_stdin(resume_file: Path) -> None:
    result = run("match", str(resume_file), "-", "--format", "json",
                 input="## Requirements\n- Experience with Docker\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["requirements"][0]["status"] == "strong"


def test_demo_runs_on_bundled_files() -> None:
    result = run("demo", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["resume"] == "resume.docx" and data["posting"] == "posting.md"
    statuses = {r["text"]: r["status"] for r in data["requirements"]}
    assert statuses["Hands-on experience with Kubernetes in production"] == "strong"
    assert statuses["Production experience with Go"] == "gap"
    assert {t["topic"] for t in data["answered_topics"]} >= {"pay_range", "remote_policy", "team_size"}


def test_demo_text() -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "Fit" in result.stdout and "Gaps" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["match", "no-such-resume.pdf", "posting.md"], "no-such-resume.pdf does not exist"),
        (["match", "-", "-"], "only one of RESUME and POSTING"),
        (["taxonomy", "show", "underwater basket weaving"], "is not in the taxonomy"),
    ],
)
def test_user_errors_exit_1_with_one_line(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert "Traceback" not in result.output


def test_real_process_error_has_no_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = subprocess.run([sys.executable, "-m", "afterword", "match", str(empty), str(empty)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "error: empty.txt is empty; give a file with the document's text"
    assert proc.stdout == ""


def test_internal_error_exit_2(monkeypatch: pytest.MonkeyPatch, resume_file: Path, posting_file: Path) -> None:
    import afterword.analysis.matching as matching

    def boom(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("kaput")

    monkeypatch.setattr(matching, "match_documents", boom)
    result = run("match", str(resume_file), str(posting_file))
    assert result.exit_code == 2
    assert "internal error (RuntimeError: kaput)" in result.output and "--debug" in result.output
    debug = run("--debug", "match", str(resume_file), str(posting_file))
    assert isinstance(debug.exception, RuntimeError)


@pytest.mark.parametrize("command", [[], ["match"], ["demo"], ["taxonomy"], ["taxonomy", "import"],
                                     ["taxonomy", "stats"], ["taxonomy", "show"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout
    assert len(result.stdout.splitlines()) > 3


def test_version() -> None:
    from afterword import __version__

    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.stdout

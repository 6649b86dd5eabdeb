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
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "200"})


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


def test_demo_shows_the_card_and_writes_the_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("demo")
    assert result.exit_code == 0, result.output
    for heading in ("Questions to ask", "Closing pitch", "Likely concerns", "Closing ladder", "Before you leave"):
        assert heading in result.stdout
    assert (tmp_path / "closing-card.pdf").read_bytes().startswith(b"%PDF")


def test_demo_json_card() -> None:
    result = run("demo", "--format", "json", "--no-files")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "afterword.card/1"
    assert data["sources"]["resume"] == "resume.docx"
    assert data["company"] == "Lumen Harbor"
    assert any(c["requirement"] == "Production experience with Go" for c in data["concerns"])


def test_prepare_markdown_with_everything(resume_file: Path, posting_file: Path, tmp_path: Path) -> None:
    research = tmp_path / "notes.md"
    research.write_text("- Example Co launched Tracktor, a fleet app, in May.\n"
                        "- Example Co raised a $20M Series B round in 2026.\n", encoding="utf-8")
    why = tmp_path / "why.txt"
    why.write_text("I want to build tools that keep deliveries on time.", encoding="utf-8")
    out = tmp_path / "card.md"
    result = run("prepare", str(resume_file), str(posting_file), "--research", str(research), "--why", str(why),
                 "--interviewer", "Lee Park, Engineering Manager", "--format", "markdown", "--output", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Tracktor" in text and "ask Lee Park" in text
    assert "I want to build tools that keep deliveries on time." in text
    assert "salary" not in text.lower().split("## already answered")[0]


def test_prepare_pdf(resume_file: Path, posting_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = run("prepare", str(resume_file), str(posting_file), "--format", "pdf", "--output", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")


def test_prepare_with_bad_research_warns_and_goes_on(resume_file: Path, posting_file: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("")
    junk = tmp_path / "junk.html"
    junk.write_text("<html><script>var a=1;</script></html>")
    result = run("prepare", str(resume_file), str(posting_file), "-r", str(empty), "-r", str(junk),
                 "--format", "json")
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.stdout)["warnings"]
    assert any("research skipped: empty.md is empty" in w for w in warnings)
    assert any("junk.html" in w for w in warnings)


def test_prepare_bad_interviewer(resume_file: Path, posting_file: Path) -> None:
    result = run("prepare", str(resume_file), str(posting_file), "--interviewer", ", Recruiter")
    assert result.exit_code == 1
    assert "has no name" in result.output


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


@pytest.mark.parametrize("command", [[], ["match"], ["prepare"], ["demo"], ["taxonomy"], ["taxonomy", "import"],
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

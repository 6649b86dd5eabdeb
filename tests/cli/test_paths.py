"""Where the CLI writes: -o into a folder with the default name, never over a read-only file, through a dangling
symlink or into a missing folder; the demo never overwrites a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import afterword.cli.demo as demo_module
from afterword.cli.app import app

runner = CliRunner()


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def _one_line_error(result, *parts: str) -> None:  # noqa: ANN001
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    for part in parts:
        assert part in lines[0]


@pytest.mark.parametrize(("command", "fmt", "name"), [
    ("match", "markdown", "match.md"), ("match", "text", "match.md"), ("match", "json", "match.json"),
    ("prepare", "markdown", "closing-card.md"), ("prepare", "json", "closing-card.json"),
])
@pytest.mark.parametrize("slash", ["", "/"])
def test_output_into_a_folder_uses_the_default_name(command: str, fmt: str, name: str, slash: str,
                                                    resume_file: Path, posting_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = run(command, str(resume_file), str(posting_file), "--format", fmt, "-o", f"{folder}{slash}")
    assert result.exit_code == 0, result.output
    assert [p.name for p in folder.iterdir()] == [name]
    assert f"wrote {folder / name}" in result.output


def test_prepare_pdf_into_a_folder(resume_file: Path, posting_file: Path, tmp_path: Path) -> None:
    result = run("prepare", str(resume_file), str(posting_file), "--format", "pdf", "-o", f"{tmp_path}/")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "closing-card.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("command", ["match", "prepare"])
def test_missing_folder_is_an_error_and_not_created(command: str, resume_file: Path, posting_file: Path,
                                                    tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    _one_line_error(run(command, str(resume_file), str(posting_file), "-f", "json", "-o", f"{missing}/"),
                    f"folder {missing}/ does not exist", "create it first")
    _one_line_error(run(command, str(resume_file), str(posting_file), "-f", "json", "-o", str(missing / "x.json")),
                    f"folder {missing} does not exist")
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", ["match", "prepare"])
def test_read_only_output_is_not_replaced(command: str, resume_file: Path, posting_file: Path,
                                          tmp_path: Path) -> None:
    out = tmp_path / "kept.md"
    out.write_text("my notes\n", encoding="utf-8")
    out.chmod(0o444)
    _one_line_error(run(command, str(resume_file), str(posting_file), "-f", "markdown", "-o", str(out)),
                    "kept.md is read-only", "chmod u+w")
    assert out.read_text(encoding="utf-8") == "my notes\n"


def test_dangling_symlink_output_is_refused(resume_file: Path, posting_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "report.md"
    link.symlink_to(tmp_path / "elsewhere" / "report.md")
    _one_line_error(run("match", str(resume_file), str(posting_file), "-o", str(link)),
                    "is a symbolic link to", "which does not exist", "remove the link")
    assert not (tmp_path / "elsewhere").exists()


def test_symlink_to_a_file_is_written_through(resume_file: Path, posting_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert run("match", str(resume_file), str(posting_file), "-o", str(link)).exit_code == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# Match:")


def test_dev_null_is_written_in_place(resume_file: Path, posting_file: Path) -> None:
    assert run("match", str(resume_file), str(posting_file), "-o", "/dev/null").exit_code == 0


@pytest.fixture
def fake_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's PDF without WeasyPrint's layout time: these tests are about where it goes."""
    monkeypatch.setattr(demo_module, "card_pdf", lambda card, paper: b"%PDF-1.4 demo\n")


def test_demo_never_overwrites_and_says_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              fake_pdf: None) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "closing-card.pdf").write_bytes(b"my own card")
    first = run("demo", "--format", "json")
    assert first.exit_code == 0, first.output
    assert "wrote closing-card-2.pdf" in first.output
    second = run("demo", "--format", "json")
    assert "wrote closing-card-3.pdf" in second.output
    assert (tmp_path / "closing-card.pdf").read_bytes() == b"my own card"
    assert (tmp_path / "closing-card-2.pdf").read_bytes().startswith(b"%PDF")


def test_demo_refuses_an_existing_pdf_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_pdf: None) -> None:
    monkeypatch.chdir(tmp_path)
    mine = tmp_path / "mine.pdf"
    mine.write_bytes(b"keep")
    _one_line_error(run("demo", "--pdf", str(mine)), "mine.pdf already exists", "give --pdf another path")
    assert mine.read_bytes() == b"keep"


def test_demo_pdf_into_a_folder_takes_a_free_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  fake_pdf: None) -> None:
    monkeypatch.chdir(tmp_path)  # the after-the-interview folder goes here
    (tmp_path / "closing-card.pdf").write_bytes(b"keep")
    result = run("demo", "--format", "pdf", "--pdf", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "closing-card-2.pdf").exists() and (tmp_path / "closing-card.pdf").read_bytes() == b"keep"


def test_demo_pdf_to_a_new_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_pdf: None) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("demo", "--format", "pdf", "--pdf", str(tmp_path / "card.pdf"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")
    _one_line_error(run("demo", "--pdf", str(tmp_path / "missing" / "card.pdf")), "does not exist")

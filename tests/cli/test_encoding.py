"""--encoding for every input (NAME) or for one (posting=NAME), and one-line usage errors for bad forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import afterword.ingest as ingest
from afterword.cli.app import app, main
from afterword.cli.options import CARD_INPUTS, MATCH_INPUTS, Encodings, parse_encodings

runner = CliRunner()


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def test_parse_forms() -> None:
    assert parse_encodings(None, MATCH_INPUTS) == Encodings()
    parsed = parse_encodings(["cp1252", "Posting=latin-1"], CARD_INPUTS)
    assert parsed.of("posting") == "latin-1" and parsed.of("resume") == "cp1252" and parsed.of("why") == "cp1252"
    only = parse_encodings(["why=utf-16"], CARD_INPUTS)
    assert only.of("why") == "utf-16" and only.of("resume") is None


@pytest.mark.parametrize(("values", "message"), [
    (["why=cp1252"], "'why' is not an input; use NAME or INPUT=NAME with INPUT one of resume, posting"),
    (["posting="], "names no encoding"),
    (["posting=cp1252", "posting=utf-8"], "two encodings for posting"),
    (["cp1252", "latin-1"], "two encodings for any input"),
    (["no-such-codec"], "unknown encoding 'no-such-codec'"),
    (["posting=no-such-codec"], "unknown encoding 'no-such-codec'"),
])
def test_bad_forms(values: list[str], message: str) -> None:
    with pytest.raises(typer.BadParameter, match=message):
        parse_encodings(values, MATCH_INPUTS)


@pytest.mark.parametrize("value", ["why=cp1252", "posting=", "nonsense=utf-8", "no-such-codec"])
def test_bad_form_is_a_one_line_usage_error(value: str, resume_file: Path, posting_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["match", str(resume_file), str(posting_file), "--encoding", value])
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: Invalid value for '--encoding'")
    assert "(see 'afterword match --help')" in err


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    """Record the encoding each document is read with."""
    seen: dict[str, str | None] = {}
    real = ingest.read_document

    def recording(source: str, *, encoding: str | None = None, **kwargs: object):  # noqa: ANN202
        seen[Path(source).name] = encoding
        return real(source, encoding=encoding, **kwargs)

    monkeypatch.setattr(ingest, "read_document", recording)
    return seen


def test_each_input_gets_its_own_encoding(reads: dict[str, str | None], resume_file: Path, posting_file: Path,
                                          tmp_path: Path) -> None:
    notes, why = tmp_path / "notes.md", tmp_path / "why.md"
    notes.write_text("- Example Co launched Tracktor in May.\n", encoding="utf-8")
    why.write_text("I want to build logistics tools.\n", encoding="utf-8")
    result = run("prepare", str(resume_file), str(posting_file), "-r", str(notes), "--why", str(why),
                 "--encoding", "posting=cp1252", "--encoding", "utf-8", "--encoding", "why=latin-1", "-f", "json")
    assert result.exit_code == 0, result.output
    assert reads == {"resume.md": "utf-8", "posting.md": "cp1252", "notes.md": "utf-8", "why.md": "latin-1"}


def test_match_without_encoding_reads_as_before(reads: dict[str, str | None], resume_file: Path,
                                                posting_file: Path) -> None:
    assert run("match", str(resume_file), str(posting_file), "-f", "json").exit_code == 0
    assert reads == {"resume.md": None, "posting.md": None}


def test_cp1252_posting_with_a_utf8_resume(tmp_path: Path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text("# Zoë Müller\n## Experience\n- Built Python services in Zürich\n", encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_bytes("## Requirements\n- Python for our café in Zürich – 5 years\n".encode("cp1252"))
    result = run("match", str(resume), str(posting), "--encoding", "posting=cp1252", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["requirements"][0]["text"].startswith("Python for our café in Zürich – 5 years")
    assert "Zürich" in data["requirements"][0]["evidence"][0]["text"]

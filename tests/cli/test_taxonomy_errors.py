"""A user taxonomy file that cannot be read is a one-line error (exit 1) naming the file and the fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.cli.app import app

runner = CliRunner()


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def _user_file(data_dir: Path, content: bytes) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "skills.tsv"
    path.write_bytes(content)
    return path


def _assert_one_line(result, *parts: str) -> None:  # noqa: ANN001
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "internal error" not in lines[0]
    for part in parts:
        assert part in lines[0]


@pytest.mark.parametrize("command", [["taxonomy", "stats"], ["taxonomy", "show", "k8s"]])
def test_unreadable_user_taxonomy(command: list[str], isolated_data_dir: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = _user_file(isolated_data_dir, b"name\tcategory\nWidgets\ttool\n")
    path.chmod(0o000)
    if os.geteuid() == 0:  # root reads a 000 file anyway: make the read fail as it would for anyone else
        real = Path.read_text

        def denied(self: Path, *args: object, **kwargs: object) -> str:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Path, "read_text", denied)
    try:
        _assert_one_line(run(*command), f"cannot read {path} (Permission denied)", "fix its permissions",
                         "delete it to go back to the shipped skills")
    finally:
        path.chmod(0o644)


def test_user_taxonomy_not_utf8(isolated_data_dir: Path, resume_file: Path, posting_file: Path) -> None:
    path = _user_file(isolated_data_dir, "name\tcategory\nCafé\ttool\n".encode("cp1252"))
    _assert_one_line(run("match", str(resume_file), str(posting_file)), f"{path} is not UTF-8",
                     "delete it to go back to the shipped skills")


def test_import_creates_the_data_folder(isolated_data_dir: Path, tmp_path: Path) -> None:
    onet = tmp_path / "Technology Skills.txt"
    onet.write_text("O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
                    "15-1252.00\tZorblax Builder\t43232402\tDevelopment environment software\tN\tN\n",
                    encoding="utf-8")
    assert not isolated_data_dir.exists()
    result = run("taxonomy", "import", str(onet))
    assert result.exit_code == 0, result.output
    assert (isolated_data_dir / "skills.tsv").is_file()

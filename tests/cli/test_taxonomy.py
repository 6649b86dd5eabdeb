"""`afterword taxonomy import`, `stats` and `show` on small files in the official O*NET and ESCO formats."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from afterword.cli.app import app
from tests.analysis.test_taxonomy_import import ESCO, ESCO_NAME, ONET, ONET_NAME


def test_cli_import_then_stats(tmp_path: Path, isolated_data_dir: Path) -> None:
    files = [tmp_path / ONET_NAME, tmp_path / ESCO_NAME]
    files[0].write_text(ONET, encoding="utf-8")
    files[1].write_text(ESCO, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["taxonomy", "import", *map(str, files)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"imported 6 new skills and 3 aliases of known skills from 2 file(s) into "
                             f"{isolated_data_dir / 'skills.tsv'}\n")
    stats = runner.invoke(app, ["taxonomy", "stats"])
    assert stats.exit_code == 0 and "healthcare" in stats.stdout
    shown = runner.invoke(app, ["taxonomy", "show", "kdevelop platform"])
    assert shown.exit_code == 0 and shown.stdout.startswith("KDevelop (software-tool)")

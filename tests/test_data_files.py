"""The shipped data files pass their validators (format, counts, no alias collisions, no dangling relations)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("script", ["check_skills_tsv.py", "check_questions.py"])
def test_validator_passes(script: str) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / script)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


def test_the_skills_validator_knows_word_aliases() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from check_skills_tsv import flags_ok
    finally:
        sys.path.pop(0)
    assert flags_ok("word:Node") and flags_ok("cs;word:Node") and flags_ok("")
    assert not flags_ok("word:node") and not flags_ok("word:") and not flags_ok("wordy")

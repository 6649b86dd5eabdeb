"""The source is plain text: no control character where a regular expression's escape was meant. A pattern that
read "\b" as a backspace once matched nothing for months (the short conditions of a requirements list); this check
would have caught it on the day it was written."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_no_source_file_holds_a_control_character() -> None:
    found = []
    for path in sorted((*ROOT.joinpath("src").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py"),
                        *ROOT.joinpath("benchmarks").rglob("*.py"), *ROOT.joinpath("scripts").rglob("*.py"),
                        *ROOT.joinpath("src").rglob("*.toml"), *ROOT.joinpath("src").rglob("*.tsv"))):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _CONTROL.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}")
    assert not found, "control characters (a lost backslash?) in: " + ", ".join(found[:10])

"""docs/debrief-format.md: its TOML and JSON examples are the same debrief, and the model reads them back as they
are."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from afterword.debrief.model import KEYS, from_mapping, to_mapping

DOC = Path(__file__).resolve().parents[2] / "docs" / "debrief-format.md"


def test_the_examples_are_one_debrief_with_every_key() -> None:
    text = DOC.read_text(encoding="utf-8")
    in_toml = tomllib.loads(re.search(r"```toml\n(.*?)```", text, re.S).group(1))  # type: ignore[union-attr]
    in_json = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))  # type: ignore[union-attr]
    assert in_toml == in_json
    assert set(in_json) == KEYS
    assert to_mapping(from_mapping(in_json)) == in_json
    for key in KEYS:
        assert f"| `{key}` |" in text

"""Where the SkillSpan evaluation data lives (outside the repository) and how the scripts read it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "skillspan" / "dev.json"


def data_path_or_none() -> Path | None:
    """The --data path (default: ../shared/data/skillspan/dev.json), or None after printing `skipped`."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT)
    path: Path = parser.parse_args().data
    if not path.is_file():
        print(f"skipped: {path} not found (SkillSpan data lives outside the repository)")
        return None
    return path


def rows(path: Path) -> list[dict]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]

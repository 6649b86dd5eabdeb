"""The migrations ship in the wheel: every file Alembic needs is matched by the package data of pyproject.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import afterword
from afterword.store.migrate import MIGRATIONS

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_every_migration_file_is_package_data() -> None:
    patterns = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["afterword"]
    package = Path(afterword.__file__).parent
    needed = [path for path in MIGRATIONS.rglob("*") if path.is_file() and "__pycache__" not in path.parts]
    assert {path.name for path in needed} >= {"env.py", "script.py.mako", "0001_initial.py"}
    for path in needed:
        relative = path.relative_to(package)
        assert any(relative.match(pattern) and len(relative.parts) == len(Path(pattern).parts)
                   for pattern in patterns), f"{relative} is not in [tool.setuptools.package-data]"

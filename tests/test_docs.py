"""Every command and option a user can type is documented in the user guide."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from afterword.cli.app import app

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide.md"


def _commands() -> list[tuple[str, object]]:
    """(name, command) for the root and every command below it."""
    out: list[tuple[str, object]] = []

    def walk(prefix: str, command: object) -> None:
        out.append((prefix, command))
        for name, sub in getattr(command, "commands", {}).items():
            walk(f"{prefix} {name}".strip(), sub)

    walk("", typer.main.get_command(app))
    return out


@pytest.mark.parametrize(("name", "command"), _commands(), ids=[name for name, _ in _commands()])
def test_command_and_options_documented(name: str, command: object) -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    assert f"afterword {name}".strip() in guide
    for param in command.params:  # type: ignore[attr-defined]
        for option in getattr(param, "opts", []):
            if option.startswith("--") and option != "--help":
                assert option in guide, f"{name}: {option} is not in docs/guide.md"

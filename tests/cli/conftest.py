"""CLI fixtures: ``store_cli`` runs `afterword ...` in-process on the database of ``store_url`` (SQLite and
PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import Result
from typer.testing import CliRunner

from afterword.cli.app import app


@pytest.fixture
def store_cli(store_url: str) -> Callable[..., Result]:
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:  # noqa: A002 - CliRunner's name
        return runner.invoke(app, list(args), input=input,
                             env={"COLUMNS": "200", "AFTERWORD_DATABASE_URL": store_url})

    return invoke

"""What the store commands share: the text|json format option, JSON and plain-text printing of stored values."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

import typer


class DataFormat(StrEnum):
    text = "text"
    json = "json"


DataFormatOption = Annotated[DataFormat, typer.Option(
    "--format", "-f", metavar="text|json", help="text (readable) or json (ids are full 36-character UUIDs).")]
AppArgument = Annotated[str, typer.Argument(
    metavar="APP", help="The application: its short id, its full id, or the start of its company's name.")]


def echo_json(data: Any) -> None:  # noqa: ANN401 - any JSON-serialisable value
    from afterword.safe_text import json_text

    typer.echo(json_text(data))


def plain(value: object, limit: int = 200) -> str:
    """A stored value (it may come from a stranger's posting) safe to print: no control sequences, bounded."""
    from afterword.safe_text import terminal_text

    return terminal_text("" if value is None else str(value), limit)


def day_of(instant: datetime) -> str:
    """"1 Dec 2026": the local calendar day of a stored instant."""
    local = instant.astimezone()
    return f"{local.day} {local:%b %Y}"

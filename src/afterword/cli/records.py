"""What the store commands share: the text|json format option, JSON and plain-text printing of stored values."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from afterword.cli.output import day_of as day_of
from afterword.cli.output import echo_json as echo_json
from afterword.cli.output import plain as plain


class DataFormat(StrEnum):
    text = "text"
    json = "json"


DataFormatOption = Annotated[DataFormat, typer.Option(
    "--format", "-f", metavar="text|json", help="text (readable) or json (ids are full 36-character UUIDs).")]
AppArgument = Annotated[str, typer.Argument(
    metavar="APP", help="The application: its short id, its full id, or the start of its company's name.")]

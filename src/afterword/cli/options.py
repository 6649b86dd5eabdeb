"""Options shared by several commands, and the parsing of --encoding."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated

import typer


class OutputFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        metavar="text|markdown|json",
        help="text (a readable view), markdown, or json (stable contract).",
    ),
]
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="PATH",
        help="Write to this file instead of the terminal; a folder (or a path ending in /) means a file with the "
             "default name in it. Folders are not created; read-only files are not replaced.",
    ),
]

MATCH_INPUTS = ("resume", "posting")
CARD_INPUTS = ("resume", "posting", "research", "why")


@dataclass(frozen=True, slots=True)
class Encodings:
    """The --encoding values: one for any input that needs it, and one per named input (posting=cp1252)."""

    default: str | None = None
    by_input: dict[str, str] = field(default_factory=dict)

    def of(self, name: str) -> str | None:
        """The encoding to read input ``name`` with (None: UTF-8, or what a URL's server declares)."""
        return self.by_input.get(name, self.default)


def _known_encoding(name: str) -> str:
    """A text encoding's name as given; a usage error for unknown names and for codecs that are not text."""
    from afterword.errors import InputError
    from afterword.ingest.text import text_codec

    try:
        text_codec(name)
    except InputError as error:
        raise typer.BadParameter(str(error)) from None
    return name


def parse_encodings(values: list[str] | None, inputs: tuple[str, ...]) -> Encodings:
    """Encodings from repeated ``--encoding NAME`` / ``--encoding INPUT=NAME`` values; a bad form is a
    typer.BadParameter (a one-line usage error)."""
    default: str | None = None
    by_input: dict[str, str] = {}
    names = ", ".join(inputs)
    for value in values or []:
        target, equals, name = value.partition("=")
        if not equals:
            target, name = "", value
        target, name = target.strip().lower(), name.strip()
        if not name:
            raise typer.BadParameter(f"'{value}' names no encoding; use NAME or INPUT=NAME, e.g. posting=cp1252")
        if equals and target not in inputs:
            raise typer.BadParameter(f"'{target}' is not an input; use NAME or INPUT=NAME with INPUT one of {names}")
        if target:
            if target in by_input:
                raise typer.BadParameter(f"two encodings for {target} ('{by_input[target]}' and '{name}'); give one")
            by_input[target] = _known_encoding(name)
        else:
            if default is not None:
                raise typer.BadParameter(f"two encodings for any input ('{default}' and '{name}'); give one, or "
                                         "INPUT=NAME for each input")
            default = _known_encoding(name)
    return Encodings(default, by_input)


def _check_encodings(inputs: tuple[str, ...]) -> Callable[[list[str] | None], list[str] | None]:
    def check(values: list[str] | None) -> list[str] | None:
        parse_encodings(values, inputs)  # a usage error before any document is read
        return values

    return check


def _encoding_option(inputs: tuple[str, ...]) -> typer.models.OptionInfo:
    return typer.Option(
        "--encoding",
        metavar="[INPUT=]NAME",
        callback=_check_encodings(inputs),
        help=f"Text encoding of .txt/.md inputs that are not UTF-8, e.g. cp1252 (any input that needs it) or "
             f"posting=cp1252 (that input only; INPUT is one of {', '.join(inputs)}). Repeat for several.",
    )


MatchEncodingOption = Annotated[list[str] | None, _encoding_option(MATCH_INPUTS)]
CardEncodingOption = Annotated[list[str] | None, _encoding_option(CARD_INPUTS)]

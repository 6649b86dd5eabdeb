"""A debrief file (docs/debrief-format.md) read as its mapping: TOML or JSON, chosen by the file's suffix (.toml,
.json), else by its first character ({ means JSON). Problems are one-line DebriefErrors naming the file."""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from afterword.debrief.model import DebriefError

MAX_BYTES = 1_000_000  # a debrief is notes: a megabyte is far more than any


def _raw(source: str) -> tuple[str, bytes]:
    if source == "-":
        return "standard input", sys.stdin.buffer.read(MAX_BYTES + 1)
    path = Path(source)
    try:
        with path.open("rb") as handle:
            return source, handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DebriefError(f"debrief file {source} does not exist; give the path of a .toml or .json file") \
            from None
    except IsADirectoryError:
        raise DebriefError(f"{source} is a folder; give the path of a .toml or .json debrief file") from None
    except OSError as error:
        raise DebriefError(f"cannot read debrief file {source} ({error.strerror})") from None


def read_debrief_file(source: str) -> dict[str, Any]:
    """The keys of the debrief file ``source`` ("-": standard input), parsed but not yet checked."""
    name, raw = _raw(source)
    if len(raw) > MAX_BYTES:
        raise DebriefError(f"debrief file {name} is over {MAX_BYTES // 1_000_000} MB; a debrief is notes, keep it "
                           "short")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DebriefError(f"debrief file {name} is not UTF-8 text; save it as UTF-8") from None
    suffix = Path(source).suffix.lower() if source != "-" else ""
    as_json = suffix == ".json" or (suffix != ".toml" and text.lstrip().startswith("{"))
    if as_json:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise DebriefError(f"debrief file {name} is not valid JSON (line {error.lineno} column {error.colno}: "
                               f"{error.msg}); fix that line") from None
        if not isinstance(data, dict):
            raise DebriefError(f"debrief file {name} must hold one JSON object ({{...}}) of debrief keys")
        return data
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DebriefError(f"debrief file {name} is not valid TOML ({error}); fix that line") from None

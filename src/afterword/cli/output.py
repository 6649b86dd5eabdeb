"""Printing stored values, without importing Typer: the read-only commands' fast start (cli/fast.py) and their
Typer commands print through these, so both give the same bytes."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any


def echo(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    """A line on stdout (or stderr), as typer.echo writes it. Once Typer is loaded it is typer.echo itself;
    before that the stream is known to be UTF-8 (cli/fast.py checks), where click would write it as it is (its
    text is free of control sequences: plain() and json_text() see to that)."""
    if "typer" in sys.modules:
        import typer

        typer.echo(text, err=err, nl=nl)
        return
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n" if nl else text)
    stream.flush()


def echo_json(data: Any) -> None:  # noqa: ANN401 - any JSON-serialisable value
    from afterword.safe_text import json_text

    echo(json_text(data))


def plain(value: object, limit: int = 200) -> str:
    """A stored value (it may come from a stranger's posting) safe to print: no control sequences, bounded."""
    from afterword.safe_text import terminal_text

    return terminal_text("" if value is None else str(value), limit)


def day_of(instant: datetime) -> str:
    """"1 Dec 2026": the local calendar day of a stored instant."""
    local = instant.astimezone()
    return f"{local.day} {local:%b %Y}"


def error_line(message: str) -> str:
    """``message`` as the one line `error: ...` on stderr shows (no control sequence gets through)."""
    from afterword.safe_text import strip_controls

    return "error: " + " ".join(strip_controls(message).split())

"""Turn domain errors into one-line messages and exit codes (1: the user can fix it; 2: our bug)."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer

from afterword.errors import AfterwordError

P = ParamSpec("P")
R = TypeVar("R")


def debug_enabled() -> bool:
    return os.environ.get("AFTERWORD_DEBUG", "") not in ("", "0", "false")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Write ``message`` as one line on stderr (it may quote a file name or URL: no control sequence gets through)
    and return the Exit to raise."""
    from afterword.cli.output import error_line

    sys.stderr.write(error_line(message) + "\n")
    return typer.Exit(code)


def one_stdin(names: str, *sources: str | None) -> None:
    """Refuse more than one "-" among a command's inputs (``names``): standard input can be read only once."""
    if sum(source == "-" for source in sources) > 1:
        raise AfterwordError(f"only one of {names} can be - (standard input); give the others as files")


def handle_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command: AfterwordError → its message and exit 1; anything else → exit 2 (traceback with --debug)."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.TyperException, KeyboardInterrupt):
            raise  # TyperException: a usage error (BadParameter ...) that main() reports in one line
        except AfterwordError as error:
            if debug_enabled():
                raise
            raise fail(str(error)) from None
        except Exception as error:  # noqa: BLE001 - the edge of the program: report, don't crash
            if debug_enabled():
                raise
            raise fail(f"internal error ({type(error).__name__}: {error}); run again with --debug and "
                       "report the traceback", code=2) from None

    return wrapper

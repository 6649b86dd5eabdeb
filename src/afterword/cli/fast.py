"""The `afterword` entry point. The read-only commands `board`, `today`, `list` and `show`, given in their plain
forms, run here without loading Typer (which loads pydantic to check each option: about 0.2 s of every cold
command); everything else, and anything unusual (--help, --debug, an unknown or repeated option, a value that is
not a choice), goes to the Typer app in cli/app.py, which parses and reports it as before. Both print through the
same functions (cli/pipeline_view.py, cli/application_view.py), so the output is the same.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Sequence

FORMATS = {"board": ("text", "json"), "today": ("text", "json"), "list": ("text", "json", "csv"),
           "show": ("text", "json")}
_OPTIONS = {"--format": "format", "-f": "format", "--stage": "stage"}


def _parse(args: Sequence[str]) -> tuple[str, dict[str, str], list[str]] | None:
    """(command, options, positional arguments) of a plain read-only command line; None for anything else."""
    if not args or args[0] not in FORMATS:
        return None
    command, options, positional = args[0], {}, []
    rest = list(args[1:])
    while rest:
        token = rest.pop(0)
        if not token.startswith("-") or token == "-":
            positional.append(token)
            continue
        name, equals, value = token.partition("=")
        if name not in _OPTIONS or (name == "-f" and equals):
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        key = _OPTIONS[name]
        if key in options or value.startswith("-") or (key == "stage" and command != "list"):
            return None
        options[key] = value
    if options.get("format", "text") not in FORMATS[command]:
        return None
    if len(positional) != (1 if command == "show" else 0):
        return None
    return command, options, positional


def _utf8_output() -> bool:
    """True when stdout and stderr encode UTF-8: click then writes text to them as it is (it re-wraps only a
    stream it finds misconfigured, such as ASCII)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if not encoding or codecs.lookup(encoding).name != "utf-8" or getattr(stream, "errors", None) is None:
            return False
    return True


def run(args: Sequence[str]) -> int | None:
    """Run a plain read-only command line and return its exit code; None: the Typer app must run it."""
    parsed = _parse(args)
    if parsed is None or not _utf8_output() or os.environ.get("AFTERWORD_DEBUG", "") not in ("", "0", "false"):
        return None
    command, options, positional = parsed
    output_format = options.get("format", "text")
    action: Callable[[], None]
    if command in ("board", "today"):
        from afterword.cli import pipeline_view

        action = (lambda: pipeline_view.show_board(output_format)) if command == "board" else \
            (lambda: pipeline_view.show_today(output_format))
    else:
        from afterword.cli import application_view

        action = (lambda: application_view.show_list(options.get("stage"), output_format)) if command == "list" \
            else (lambda: application_view.show_application(positional[0], output_format))
    return _guarded(action)


def _guarded(action: Callable[[], None]) -> int:
    """As cli.errors.handle_errors and cli.app.main: AfterwordError → one line and 1, a bug → one line and 2,
    Ctrl-C → 130."""
    from afterword.cli.output import error_line
    from afterword.errors import AfterwordError

    try:
        action()
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted\n")
        return 130
    except AfterwordError as error:
        sys.stderr.write(error_line(str(error)) + "\n")
        return 1
    except Exception as error:  # noqa: BLE001 - the edge of the program: report, don't crash
        sys.stderr.write(error_line(f"internal error ({type(error).__name__}: {error}); run again with --debug "
                                    "and report the traceback") + "\n")
        return 2
    return 0


def main() -> None:
    """`afterword`: the read-only commands straight away when they can be, else the Typer app."""
    code = run(sys.argv[1:])
    if code is None:
        from afterword.cli.app import main as typer_main

        typer_main()
    sys.exit(code)

"""The `afterword` command: a Typer app whose commands import their work lazily, so start-up stays fast."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Annotated

import typer

from afterword import __version__
from afterword.cli import applications, pipeline
from afterword.cli.contacts import contacts_app
from afterword.cli.db import db_app
from afterword.cli.debrief import debrief
from afterword.cli.demo import demo
from afterword.cli.interview import interview_app
from afterword.cli.letters import letters
from afterword.cli.match import match
from afterword.cli.plan import calendar_app, plan
from afterword.cli.portability import backup, export, import_export
from afterword.cli.prepare import prepare
from afterword.cli.profile import profile_app
from afterword.cli.send import send
from afterword.cli.serve import serve
from afterword.cli.taxonomy import taxonomy_app

app = typer.Typer(
    name="afterword",
    help="Close the interview well and follow through after it.\n\n"
         "Start with: afterword demo   (runs on bundled example files)",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain help: importing Rich's help renderer would cost ~90 ms of every --help
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"afterword {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Close the interview well and follow through after it."""
    if debug:
        os.environ["AFTERWORD_DEBUG"] = "1"


app.command("match")(match)
app.command("prepare")(prepare)
app.command("demo")(demo)
app.add_typer(taxonomy_app, name="taxonomy")
app.add_typer(db_app, name="db")
app.add_typer(profile_app, name="profile")
app.command("add")(applications.add)
app.command("list")(applications.list_applications)
app.command("show")(applications.show)
app.command("edit")(applications.edit)
app.command("stage")(applications.stage)
app.add_typer(interview_app, name="interview")
app.command("debrief")(debrief)
app.command("plan")(plan)
app.command("letters")(letters)
app.command("send")(send)
app.add_typer(calendar_app, name="calendar")
app.add_typer(contacts_app, name="contacts")
app.command("board")(pipeline.board)
app.command("today")(pipeline.today)
app.command("export")(export)
app.command("import")(import_export)
app.command("backup")(backup)
app.command("serve")(serve)


def _usage_line(error: Exception) -> str:
    """One line for a click usage error: the message, then where the help is."""
    message = " ".join(str(error.format_message()).split())  # type: ignore[attr-defined]
    ctx = getattr(error, "ctx", None)
    command = ctx.command_path if ctx is not None else "afterword"
    return f"error: {message} (see '{command} --help')"


def main(args: Sequence[str] | None = None) -> None:
    """Run the app; usage errors and Ctrl-C become one line on stderr (exit 1 and 130), never Typer's box."""
    try:
        code = typer.main.get_command(app).main(args=args, prog_name="afterword", standalone_mode=False)
    except KeyboardInterrupt:
        code = 130
    except typer.Abort:
        sys.stderr.write("error: aborted\n")
        sys.exit(1)
    except Exception as error:
        if not (hasattr(error, "format_message") and hasattr(error, "exit_code")):
            raise
        if type(error).__name__ == "NoArgsIsHelpError":  # bare `afterword`: the help is already shown
            sys.exit(error.exit_code)
        sys.stderr.write(_usage_line(error) + "\n")
        sys.exit(1)
    if code == 130:  # typer turns Ctrl-C into Exit(130)
        sys.stderr.write("error: interrupted\n")
    sys.exit(code if isinstance(code, int) else 0)

"""The `afterword` command: a Typer app whose commands import their work lazily, so start-up stays fast."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from afterword import __version__
from afterword.cli.demo import demo
from afterword.cli.match import match
from afterword.cli.prepare import prepare
from afterword.cli.taxonomy import taxonomy_app

app = typer.Typer(
    name="afterword",
    help="Close the interview well and follow through after it.\n\n"
         "Start with: afterword demo   (runs on bundled example files)",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
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


def main() -> None:
    app()

"""`afterword db ...`: where the database is, its revision, and bringing it up to date."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from afterword.cli.errors import handle_errors

db_app = typer.Typer(help="Inspect and upgrade Afterword's database.", no_args_is_help=True, rich_markup_mode=None)


class StatusFormat(StrEnum):
    text = "text"
    json = "json"


@db_app.command("upgrade")
@handle_errors
def upgrade() -> None:
    """Create the database, or bring it up to this Afterword's revision (commands do this on first use too)."""
    from afterword.services.database import upgrade_database

    result = upgrade_database()
    typer.echo(f"database {result.url} is at revision {result.current} (up to date)")


@db_app.command("status")
@handle_errors
def status(
    output_format: Annotated[StatusFormat, typer.Option(
        "--format", "-f", metavar="text|json", help="text (readable) or json.")] = StatusFormat.text,
) -> None:
    """Show where the database is, its revision, this Afterword's revision, and whether it needs an upgrade."""
    import json

    from afterword.services.database import database_status

    result = database_status()
    if output_format is StatusFormat.json:
        typer.echo(json.dumps(result.as_json(), indent=2))
        return
    typer.echo(f"database: {result.url}{'' if result.exists else ' (not created yet)'}")
    typer.echo(f"revision: {result.current or 'none'} (this Afterword: {result.head})")
    if result.newer_than_code:
        typer.echo("written by a newer Afterword: upgrade Afterword (pip install -U afterword) to use it")
    elif result.upgrade_needed:
        typer.echo("upgrade needed: run 'afterword db upgrade' (any store command also does it)")
    else:
        typer.echo("up to date")

"""`afterword export`, `afterword import` and `afterword backup`: everything out, back in, and a copy."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from afterword.cli.errors import handle_errors


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"


@handle_errors
def export(
    output_format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", metavar="json|csv",
        help="json (everything, the afterword-export/1 contract; import reads it) or csv (one row per "
             "application, for a spreadsheet).")] = ExportFormat.json,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="PATH",
        help="Write to this file (replaced whole, never half-written) instead of standard output; a folder means "
             "afterword-export.json or .csv in it.")] = None,
) -> None:
    """Export everything Afterword keeps: your profile, applications and all that belongs to them."""
    from afterword.output import ensure_writable, output_path, write_atomic
    from afterword.services.portability import export_csv, export_json

    target = output_path(output, f"afterword-export.{output_format.value}") if output else None
    if target is not None:
        ensure_writable(target)
    text = export_json() if output_format is ExportFormat.json else export_csv()
    if target is None:
        typer.echo(text, nl=False)
        return
    write_atomic(target, text)
    typer.echo(f"exported to {target}", err=True)


@handle_errors
def import_export(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A file afterword export wrote (JSON); - reads "
                                                               "standard input.")],
) -> None:
    """Import an export: checked whole first, then written all at once; importing it again changes nothing."""
    from rich.console import Console

    from afterword.services.portability import import_file

    with Console(stderr=True).status("importing") as progress:  # shown only on a terminal
        result = import_file(file, on_step=lambda step: progress.update(f"importing: {step}"))
    typer.echo(f"imported into {result.database}: {result.summary()}")


@handle_errors
def backup(
    path: Annotated[str, typer.Argument(metavar="PATH", help="The new backup file (never replaces one).")],
) -> None:
    """Copy the SQLite database to a new file, safely while Afterword runs (PostgreSQL: use pg_dump)."""
    from pathlib import Path

    from afterword.services.portability import backup as backup_database

    result = backup_database(Path(path))
    typer.echo(f"backed up {result.database} to {result.path} ({result.applications} applications)")

"""`afterword taxonomy ...`: extend the skills taxonomy from O*NET or ESCO files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.errors import handle_errors

taxonomy_app = typer.Typer(help="Inspect and extend the skills taxonomy.", no_args_is_help=True,
                           rich_markup_mode=None)


@taxonomy_app.command("import")
@handle_errors
def import_files(
    files: Annotated[list[Path], typer.Argument(
        metavar="FILE...", help="O*NET 'Technology Skills.txt' and/or ESCO skill-collection CSV files.", exists=False)],
) -> None:
    """Add skills from official O*NET Technology Skills (tab-separated) or ESCO skill-collection CSV files."""
    from afterword.services.taxonomy_import import import_skills

    result = import_skills(files)
    typer.echo(f"imported {result.added} new skills and {result.aliases} aliases of known skills "
               f"from {len(files)} file(s) into {result.path}")


@taxonomy_app.command("stats")
@handle_errors
def stats() -> None:
    """Show how many skills the taxonomy has, by category, and where the user's imports live."""
    from collections import Counter

    from afterword.analysis.taxonomy import load_taxonomy, user_taxonomy_path

    taxonomy = load_taxonomy()
    typer.echo(f"{len(taxonomy)} skills; user imports: {user_taxonomy_path()}")
    for category, count in sorted(Counter(s.category for s in taxonomy.skills.values()).items(),
                                  key=lambda item: (-item[1], item[0])):
        typer.echo(f"  {category:20} {count}")


@taxonomy_app.command("show")
@handle_errors
def show(skill: Annotated[str, typer.Argument(metavar="SKILL", help="A skill name or alias, e.g. k8s.")]) -> None:
    """Show one skill: its canonical name, category, aliases and the skills it implies."""
    from afterword.analysis.taxonomy import load_taxonomy
    from afterword.errors import AfterwordError

    taxonomy = load_taxonomy()
    found = taxonomy.lookup(skill)
    if found is None:
        raise AfterwordError(f"'{skill}' is not in the taxonomy; add it with 'afterword taxonomy import'")
    typer.echo(f"{found.name} ({found.category})")
    typer.echo(f"  aliases: {', '.join(found.aliases) or '—'}")
    typer.echo(f"  implies: {', '.join(found.implies) or '—'}")
    typer.echo(f"  implied by: {', '.join(taxonomy.implied_by(found.name)) or '—'}")

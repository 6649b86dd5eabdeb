"""`afterword add|list|show|edit|stage`: the applications Afterword keeps track of."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from afterword.cli.errors import handle_errors
from afterword.cli.records import AppArgument, DataFormat, DataFormatOption, echo_json, plain

STAGE_NAMES = "saved, applied, screening, interviewing, offer, accepted, rejected, withdrawn, no-response"


class ListFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


CompanyOption = Annotated[str | None, typer.Option("--company", metavar="NAME", help="The employer's name.")]
RoleOption = Annotated[str | None, typer.Option("--role", metavar="TITLE", help="The job title.")]
UrlOption = Annotated[str | None, typer.Option("--url", metavar="URL", help="Where the posting was published.")]
ResearchOption = Annotated[list[str] | None, typer.Option(
    "--research", "-r", metavar="FILE|URL", help="Your notes on the company; repeat for several.")]


@handle_errors
def add(
    posting: Annotated[str, typer.Argument(metavar="POSTING", help="The job posting: a file, a URL, or -.")],
    company: Annotated[str | None, typer.Option(
        "--company", metavar="NAME", help="The employer's name (default: as the posting names it).")] = None,
    role: Annotated[str | None, typer.Option(
        "--role", metavar="TITLE", help="The job title (default: as the posting names it).")] = None,
    url: UrlOption = None,
    research: ResearchOption = None,
    output_format: DataFormatOption = DataFormat.text,
) -> None:
    """Add an application from its posting (kept as it is); prints the application's short id."""
    from afterword.services.applications import add_application
    from afterword.store.session import open_store

    with open_store() as store:
        added = add_application(store, posting, company=company, role=role, url=url, research=research or [])
    if output_format is DataFormat.json:
        echo_json({"id": str(added.id), "short_id": added.short_id, "company": added.company, "role": added.role})
        return
    typer.echo(added.short_id)
    typer.echo(f"added {plain(added.title)} ({added.stage}); next: afterword stage {added.short_id} applied",
               err=True)
    if added.same_role:
        kept = ", ".join(f"{summary.short_id} ({summary.stage})" for summary in added.same_role)
        typer.echo(f"note: this role at this company is kept already as {kept}", err=True)


@handle_errors
def list_applications(
    stage: Annotated[str | None, typer.Option("--stage", metavar="STAGE", help=f"Only this stage: {STAGE_NAMES}."
                                              )] = None,
    output_format: Annotated[ListFormat, typer.Option(
        "--format", "-f", metavar="text|json|csv", help="text (readable), json or csv (for a spreadsheet).")
    ] = ListFormat.text,
) -> None:
    """List your applications, the most recently moved first."""
    from afterword.cli.application_view import show_list

    show_list(stage, output_format)


@handle_errors
def show(app_ref: AppArgument, output_format: DataFormatOption = DataFormat.text) -> None:
    """Show an application: its stage history, interviews and saved cards."""
    from afterword.cli.application_view import show_application

    show_application(app_ref, output_format)


@handle_errors
def edit(
    app_ref: AppArgument,
    company: CompanyOption = None,
    role: RoleOption = None,
    url: UrlOption = None,
    research: Annotated[list[str] | None, typer.Option(
        "--research", "-r", metavar="FILE|URL",
        help="Replace the research notes with these files' notes; repeat for several.")] = None,
) -> None:
    """Change an application's company, role, posting URL or research notes."""
    from afterword.services.applications import edit_application
    from afterword.store.session import open_store

    with open_store() as store:
        edited = edit_application(store, app_ref, company=company, role=role, url=url, research=research)
    typer.echo(f"{edited.short_id} {plain(edited.title)} ({edited.stage})")


@handle_errors
def stage(
    app_ref: AppArgument,
    new_stage: Annotated[str, typer.Argument(metavar="STAGE", help=f"One of {STAGE_NAMES}.")],
    note: Annotated[str | None, typer.Option("--note", metavar="TEXT", help="Why, or what happened.")] = None,
) -> None:
    """Move an application to another stage; the move is kept in its history."""
    from afterword.services.applications import change_stage
    from afterword.store.session import open_store

    with open_store() as store:
        result = change_stage(store, app_ref, new_stage, note)
    summary = result.application
    if result.change is None:
        typer.echo(f"{summary.short_id} {plain(summary.title)} is at {summary.stage} already")
    else:
        typer.echo(f"{summary.short_id} {plain(summary.title)}: {result.change.from_stage} → {summary.stage}")

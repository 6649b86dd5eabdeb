"""`afterword profile set|show`: who you are, and the resume Afterword prepares your cards from."""

from __future__ import annotations

from typing import Annotated

import typer

from afterword.cli.errors import handle_errors
from afterword.cli.records import DataFormat, DataFormatOption, day_of, echo_json, plain

profile_app = typer.Typer(help="Your profile: name, contact details and your resume.", no_args_is_help=True,
                          rich_markup_mode=None)


@profile_app.command("set")
@handle_errors
def set_profile(
    resume: Annotated[str | None, typer.Argument(
        metavar="[RESUME]", help="Your resume: .pdf, .docx, .md, .txt, .html, a URL, or -. Kept as a new version; "
                                 "leave it out to change only the details given.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Your name, as you sign your letters.")] = None,
    email: Annotated[str | None, typer.Option(
        "--email", help="Your e-mail address (the sender of your letters).")] = None,
    phone: Annotated[str | None, typer.Option("--phone", help="Your phone number.")] = None,
    address: Annotated[list[str] | None, typer.Option(
        "--address", help="Your postal address, for printed letters: one line each, repeat for every line (one "
                          "empty value removes it).")] = None,
    encoding: Annotated[str | None, typer.Option(
        "--encoding", metavar="NAME", help="Text encoding of a .txt/.md resume that is not UTF-8, e.g. cp1252.")
    ] = None,
) -> None:
    """Keep your resume (the file as it is, and its text) as the current version, and set the details given."""
    from afterword.services.profile import set_profile as set_it
    from afterword.store.session import open_store

    postal_address = "\n".join(line.strip() for line in address if line.strip()) if address is not None else None
    with open_store() as store:
        view = set_it(store, resume, name=name, email=email, phone=phone, postal_address=postal_address,
                      encoding=encoding)
    for warning in view.warnings:
        typer.echo(f"warning: {plain(warning)}", err=True)
    if resume is None:
        typer.echo("profile updated; see it with: afterword profile show")
        return
    typer.echo(f"resume {plain(view.resume.file_name if view.resume else resume)} kept as version "
               f"{view.resume_versions}")


@profile_app.command("show")
@handle_errors
def show(output_format: DataFormatOption = DataFormat.text) -> None:
    """Show your profile and your current resume."""
    from afterword.services.profile import show_profile
    from afterword.store.session import open_store

    with open_store() as store:
        view = show_profile(store)
    if output_format is DataFormat.json:
        echo_json(view.as_json())
        return
    address = ", ".join(line for line in (view.postal_address or "").splitlines() if line.strip())
    for label, value in (("name", view.name), ("email", view.email), ("phone", view.phone), ("address", address)):
        typer.echo(f"{label + ':':9}{plain(value) if value else '-'}")
    if view.resume is None:
        typer.echo("resume:  none yet; add it with: afterword profile set RESUME")
    else:
        typer.echo(f"resume:  {plain(view.resume.file_name)} (added {day_of(view.resume.added_at)}, "
                   f"{view.resume.characters:,} characters; version {view.resume_versions})")

"""`afterword interview add`: a round of an application, at a local time in its own time zone."""

from __future__ import annotations

from typing import Annotated

import typer

from afterword.cli.errors import handle_errors
from afterword.cli.records import AppArgument, DataFormat, DataFormatOption, echo_json, plain

interview_app = typer.Typer(help="The interviews of your applications.", no_args_is_help=True,
                            rich_markup_mode=None)


@interview_app.command("add")
@handle_errors
def add(
    app_ref: AppArgument,
    at: Annotated[str, typer.Option("--at", metavar='"YYYY-MM-DD HH:MM"',
                                    help='When it starts, on the clock of --tz, e.g. "2026-12-03 14:00".')],
    tz: Annotated[str | None, typer.Option(
        "--tz", metavar="ZONE", help="The IANA time zone of --at, e.g. Europe/Paris (default: your own).")] = None,
    round_number: Annotated[int | None, typer.Option(
        "--round", metavar="N", help="Which round (default: the next one).")] = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", metavar="onsite|video|phone",
        help="onsite, video or phone (default: video when --place is a link, else onsite).")] = None,
    place: Annotated[str | None, typer.Option("--place", metavar="PLACE|LINK",
                                              help="The address, or the link of the call.")] = None,
    people: Annotated[list[str] | None, typer.Option(
        "--with", metavar='"NAME, TITLE"', help='Who you will meet, as "Name, Title"; repeat for several.')] = None,
    output_format: DataFormatOption = DataFormat.text,
) -> None:
    """Add an interview to an application; its interviewers are kept as contacts at the company."""
    from afterword.services.interviews import add_interview
    from afterword.services.pipeline import when
    from afterword.store.session import open_store

    with open_store() as store:
        added = add_interview(store, app_ref, at=at, time_zone=tz, round=round_number, kind=kind, place=place,
                              interviewers=people or [])
    interview = added.interview
    if output_format is DataFormat.json:
        echo_json({"application_id": str(added.application.id), **interview.as_json()})
        return
    typer.echo(f"{added.application.short_id} {plain(added.application.title)}: round {interview.round}, "
               f"{when(interview.starts_at)}, {interview.kind}")

"""`afterword letters APP`: the letters after an interview (thank-you, check-in, hesitation, rejection, next-round),
kept with the application and written to files; `--list` shows the kept ones with their ids."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.errors import fail, handle_errors
from afterword.cli.output import plain
from afterword.cli.records import AppArgument

if TYPE_CHECKING:
    from afterword.services.letters import LetterList, WrittenLetters


class LetterKind(StrEnum):
    thank_you = "thank-you"
    check_in = "check-in"
    hesitation = "hesitation"
    rejection = "rejection"
    next_round = "next-round"


class LetterFormat(StrEnum):
    txt = "txt"
    eml = "eml"
    pdf = "pdf"
    docx = "docx"
    all = "all"


STATUS = {"added": "new", "replaced": "replaced the unsent one", "unchanged": "unchanged",
          "sent": "sent already: kept as it was sent",
          "edited": "edited by you: kept as you edited it, not rewritten"}


def print_written(result: WrittenLetters, echo: Callable[..., object] = typer.echo) -> None:
    """Each letter written: its id, recipient, files, when to send it and the writer's warnings, through ``echo``
    (typer.echo's message and err=)."""
    count = len(result.letters)
    what = f"{count} {result.kind} letter{'s' if count != 1 else ''}" if result.kind != "next-round" else \
        "Your notes for the next round"
    echo(f"{what} after interview {result.interview} of "
         f"{result.application.short_id} {plain(result.application.title)}:")
    for note in result.notes:
        echo(f"note: {plain(note, 300)}", err=True)
    for written in result.letters:
        view = written.view
        email = f" <{plain(view.recipient_email, 100)}>" if view.recipient_email else ""
        echo(f"\n  {view.short_id}  {view.label} to {plain(view.recipient, 100)}{email} "
             f"({STATUS[written.status]})")
        for path in written.files:
            echo(f"            file: {plain(path, 300)}")
        if view.sent_at is None and view.kind != "next-round":
            echo(f"            send: {plain(view.send_by_phrase, 300)}")
        for warning in view.warnings:
            echo(f"            warning: {plain(warning, 400)}")
    if result.edited:
        echo("\nYour edits are kept: writing the letters again never replaces a letter you edited.")
    unsent = [written.view for written in result.letters if written.view.sent_at is None
              and written.view.kind != "next-round"]
    if unsent:
        echo(f"\nRead each letter before you send it: afterword send {unsent[0].short_id} (--dry-run shows the "
             "whole message). It sends the letter as kept here; to change one, edit its file and send that "
             "from your mail client.")


def print_list(result: LetterList) -> None:
    from afterword.services.clock import local_date, now_utc

    title = f"{result.application.short_id} {plain(result.application.title)}"
    if not result.letters:
        typer.echo(f"{title}: no letters yet; write them with: afterword letters {result.application.short_id}")
        return
    typer.echo(f"{title}: {len(result.letters)} letter{'s' if len(result.letters) != 1 else ''}")
    today = local_date(now_utc())
    for view in result.letters:
        after = f"interview {view.interview}" if view.interview else "a deleted interview"
        typer.echo(f"  {view.short_id}  {view.label:<12} to {plain(view.recipient, 60)}  {view.status(today)}  "
                   f"(after {after})")


@handle_errors
def letters(
    app_ref: AppArgument,
    kind: Annotated[LetterKind, typer.Option(
        "--kind", "-k", metavar="KIND",
        help="thank-you (default: one to each interviewer), check-in (the first and second), hesitation, rejection "
             "or next-round (notes for you).")] = LetterKind.thank_you,
    interview: Annotated[int | None, typer.Option(
        "--interview", metavar="N",
        help="After which interview: 1 is the first (default: the latest with a finished debrief).")] = None,
    output_format: Annotated[LetterFormat, typer.Option(
        "--format", "-f", metavar="txt|eml|pdf|docx|all",
        help="The files to write: text, an e-mail to open in your mail client, PDF or Word to print, or all.")
    ] = LetterFormat.txt,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="DIR", help="The folder to write the letters to (default: the current one); "
                                              "files of the same name are replaced.")] = None,
    list_only: Annotated[bool, typer.Option(
        "--list", help="List the letters kept for the application, with their ids and whether they were sent; "
                       "write nothing.")] = False,
) -> None:
    """Write the letters after an interview from your resume, the posting, your research notes, the debrief and
    the saved card; keep them, write them to files, and say when to send each."""
    from afterword.store.session import open_store

    if interview is not None and interview < 1:
        raise fail(f"--interview {interview} is not an interview; give 1 for the first")
    if list_only:
        from afterword.services.letters import list_letters

        with open_store() as store:
            print_list(list_letters(store, app_ref))
        return
    from afterword.services.letters import write_application_letters

    with open_store() as store:
        result = write_application_letters(store, app_ref, kind=kind.value, interview=interview,
                                           format=output_format.value, output=output)
    print_written(result)

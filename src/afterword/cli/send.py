"""`afterword send LETTER`: send a kept letter by e-mail (SMTP, from the settings), or show it with --dry-run."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from afterword.cli.errors import handle_errors
from afterword.cli.output import plain


@handle_errors
def send(
    letter: Annotated[str, typer.Argument(
        metavar="LETTER", help="The letter's short id, as afterword letters APP --list shows it.")],
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Print the whole message as it would be sent, and send nothing.")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Send a letter that was sent already, again.")] = False,
) -> None:
    """Send a letter as an e-mail through your SMTP server (smtp_* settings; the password from
    AFTERWORD_SMTP_PASSWORD or the system keyring), and mark it sent."""
    from afterword.services.sending import send_letter
    from afterword.store.session import open_store

    with open_store() as store:
        sent = send_letter(store, letter, dry_run=dry_run, force=force)
    view = sent.letter
    if sent.dry_run:
        sys.stdout.buffer.write(sent.message)
        sys.stdout.flush()
        via = f" through {plain(sent.server)}" if sent.server else " (no smtp_host is set yet)"
        typer.echo(f"dry run: letter {view.short_id} to {plain(sent.to)} was not sent{via}", err=True)
        return
    typer.echo(f"Sent letter {view.short_id} ({view.label}) to {plain(sent.to)} through {plain(sent.server)}.")
    typer.echo(f"Message-ID: {plain(view.message_id)}")

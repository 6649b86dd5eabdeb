"""`afterword contacts list|import|export|scan`: the people you met, in and out of vCards and from business cards.

Register the group in cli/app.py with ``app.add_typer(contacts_app, name="contacts")``.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.errors import fail, handle_errors
from afterword.cli.output import echo_json, plain

if TYPE_CHECKING:
    from afterword.services.contact_scan import SavedBusinessCard
    from afterword.services.contacts import ContactView

CONTACTS_FILE = "afterword-contacts.vcf"

contacts_app = typer.Typer(help="The people you met: list them, import and export vCards, scan business cards.",
                           no_args_is_help=True, rich_markup_mode=None)


class ListFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


ScopeOption = Annotated[str | None, typer.Option(
    "--company", metavar="NAME|APP",
    help="Only the contacts of this company (its whole name) or application (its short id or the start of its "
         "company's name; the people met at its interviews too).")]


def _line(contact: ContactView) -> str:
    parts = [plain(contact.name, 80) + (f", {plain(contact.title, 80)}" if contact.title else "")]
    parts += [plain(value, 80) for value in (contact.company, contact.email, contact.phone_display) if value]
    return f"{contact.short_id}  {' · '.join(parts)}"


@contacts_app.command("list")
@handle_errors
def list_contacts(
    company: ScopeOption = None,
    output_format: Annotated[ListFormat, typer.Option(
        "--format", "-f", metavar="text|json|csv", help="text (readable), json or csv (for a spreadsheet).")
    ] = ListFormat.text,
) -> None:
    """List your contacts by company, then name."""
    from afterword.services.contacts import list_contacts as listed
    from afterword.store.session import open_store

    with open_store() as store:
        found = listed(store, company)
    if output_format is ListFormat.json:
        echo_json([contact.as_json() for contact in found])
    elif output_format is ListFormat.csv:
        from afterword.cli.application_view import csv_text

        rows = [{**contact.as_json(), "application_ids": " ".join(contact.as_json()["application_ids"])}
                for contact in found]
        typer.echo(csv_text(rows), nl=False)
    elif not found:
        typer.echo("no contacts" + (f" of {plain(company, 80)}" if company else "") + "; add them with: afterword "
                   "contacts import FILE.vcf, or afterword contacts scan PHOTO")
    else:
        for contact in found:
            typer.echo(_line(contact))


@contacts_app.command("import")
@handle_errors
def import_contacts(
    file: Annotated[str, typer.Argument(metavar="FILE.vcf", help="A vCard file (2.1, 3.0 or 4.0; one card or "
                                                                  "many), or - for standard input.")],
    company: Annotated[str | None, typer.Option(
        "--company", metavar="NAME", help="Keep every card at this company (default: the company each card's "
                                          "ORG names).")] = None,
) -> None:
    """Import contacts from a vCard file: each card becomes a contact at its company, or fills the empty fields of
    the contact of that name kept there already (nothing is overwritten)."""
    from afterword.services.contact_import import import_vcards
    from afterword.store.session import open_store

    with open_store() as store:
        result = import_vcards(store, file, company=company)
    cards = "1 card" if result.cards == 1 else f"{result.cards} cards"
    typer.echo(f"Imported {plain(result.source, 80)} ({cards}): {result.added} added, {result.updated} updated, "
               f"{result.unchanged} already kept with nothing new.")
    for warning in result.warnings:
        typer.echo(f"warning: {plain(warning, 300)}", err=True)


@contacts_app.command("export")
@handle_errors
def export_contacts(
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="PATH",
        help=f"Write to this file (replaced whole) instead of standard output; a folder means {CONTACTS_FILE} in "
             "it.")] = None,
    vcard_version: Annotated[str, typer.Option(
        "--vcard-version", metavar="4.0|3.0", help="4.0 (RFC 6350) or 3.0 (RFC 2426, for older address books).")
    ] = "4.0",
    company: ScopeOption = None,
) -> None:
    """Export your contacts as one vCard (.vcf) file that phones and address books import."""
    from afterword.output import ensure_writable, output_path, write_atomic
    from afterword.services.contacts import check_version
    from afterword.services.contacts import export_contacts as exported
    from afterword.store.session import open_store

    check_version(vcard_version)
    target = output_path(output, CONTACTS_FILE) if output else None
    if target is not None:
        ensure_writable(target)
    with open_store() as store:
        result = exported(store, company, vcard_version)
    count = "1 contact" if result.count == 1 else f"{result.count} contacts"
    if target is None:
        sys.stdout.buffer.write(result.text.encode("utf-8"))
        sys.stdout.flush()
        if not result.count:
            typer.echo("no contacts to export", err=True)
        return
    write_atomic(target, result.text)
    typer.echo(f"exported {count} to {target} (vCard {vcard_version.strip()})", err=True)


def _print_saved(saved: SavedBusinessCard) -> None:
    from afterword.services.pipeline import when

    contact = saved.kept.contact
    who = f"{plain(contact.name, 80)} ({contact.short_id})" + (f" at {plain(contact.company, 80)}"
                                                              if contact.company else "")
    if saved.kept.added:
        typer.echo(f"Added {who}" + ("" if who.endswith(".") else "."))
    elif saved.kept.filled:
        typer.echo(f"{who} was kept already: filled their {', '.join(saved.kept.filled).replace('_', ' ')}.")
    else:
        typer.echo(f"{who} was kept already, and the card has nothing new (kept fields are never overwritten).")
    application = saved.application
    if application is None:
        return
    if saved.interview is None:
        typer.echo(f"warning: {application.short_id} {plain(application.title, 120)} has no interview yet, so the "
                   f"contact is not linked to one; add it with: afterword interview add {application.short_id}",
                   err=True)
        return
    verb = "Linked to" if saved.linked else "Already linked to"
    typer.echo(f"{verb} interview {saved.interview_number} (round {saved.interview.round}, "
               f"{when(saved.interview.starts_at)}) of {application.short_id} {plain(application.title, 120)}.")


@contacts_app.command("scan")
@handle_errors
def scan(
    photo: Annotated[str | None, typer.Argument(
        metavar="PHOTO", help="A photo of the business card (JPEG, PNG ...); needs the OCR extra.")] = None,
    text: Annotated[str | None, typer.Option(
        "--text", metavar="FILE", help="Read the card's text from this file instead of a photo (- for standard "
                                       "input, with --yes).")] = None,
    app_ref: Annotated[str | None, typer.Option(
        "--app", metavar="APP", help="Keep the contact at this application's company and link them to its latest "
                                     "interview.")] = None,
    yes: Annotated[bool, typer.Option(
        "--yes", "-y", help="Keep every field as read, without asking (for scripts).")] = False,
) -> None:
    """Add a contact from a business card: each field read from it is shown with the line it came from, for you to
    confirm (Enter), correct or leave out (-), then saved."""
    from rich.console import Console

    from afterword.cli.contact_prompts import ask_fields, print_proposal
    from afterword.services.contact_scan import read_business_card, save_business_card, scan_fields
    from afterword.store.session import open_store

    if (photo is None) == (text is None):
        raise fail("give a photo of the business card, or its text with --text FILE (not both)")
    if text == "-" and not yes:
        raise fail("--text - reads the card from standard input, so its fields cannot be asked there; add --yes, "
                   "or give the text as a file")
    proposal = read_business_card(photo=photo, text_source=text)
    console = Console(markup=False, emoji=False, highlight=False)
    with open_store() as store:
        card = scan_fields(store, proposal, app_ref)
        if yes:
            print_proposal(console, card)
            values = card.values()
            if not values["name"]:
                raise fail("no name was found on the business card; run the command again without --yes and type "
                           "it")
        else:
            try:
                values = ask_fields(console, card)
            except (KeyboardInterrupt, EOFError) as stop:
                console.print()
                raise fail("stopped; nothing was saved", 130 if isinstance(stop, KeyboardInterrupt) else 1) \
                    from None
        saved = save_business_card(store, values, app_ref)
    _print_saved(saved)

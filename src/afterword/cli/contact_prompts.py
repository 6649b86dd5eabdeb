"""`afterword contacts scan` on the terminal: what a business card proposes, each field with the line it was read
from, and Rich prompts to confirm (Enter), correct (type) or leave out (-) each. Nothing here decides anything:
services.contact_scan reads and checks the values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from afterword.cli.output import plain

if TYPE_CHECKING:
    from rich.console import Console

    from afterword.services.contact_scan import ScanField, ScannedCard

LEAVE_OUT = "-"


def where_from(field: ScanField) -> str:
    """Where a proposed value comes from: "from line 3" (with the line when it says more than the value), a note
    (a value not read from the card), or that the card does not say."""
    if field.source is None:
        return field.note or "not found on the card"
    lines = f"line{'s' if len(field.line_numbers) > 1 else ''} {', '.join(map(str, field.line_numbers))}"
    if field.source == field.value:
        said = f"from {lines}"
    elif field.note:  # the value is not the card's: say what the card says
        return f'{field.note}; the card says "{plain(field.source, 120)}" ({lines})'
    else:
        said = f'from {lines}: "{plain(field.source, 120)}"'
    return f"{said}; {field.note}" if field.note else said


def print_proposal(console: Console, card: ScannedCard) -> None:
    """Every field as proposed, with where it was read from; the other numbers and lines of the card."""
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, show_header=False, pad_edge=False)
    for _ in range(3):
        table.add_column()
    for field in card.fields:
        value = Text(plain(field.value, 120)) if field.value else Text("—", style="dim")
        table.add_row(field.label, value, Text(f"({where_from(field)})", style="dim"))
    console.print(table)
    print_rest(console, card)


def print_rest(console: Console, card: ScannedCard) -> None:
    if card.other_phones:
        console.print(f"Other numbers on the card: {', '.join(plain(phone, 60) for phone in card.other_phones)}",
                      style="dim")
    if card.other_lines:
        console.print(f"Other text on the card: {' | '.join(plain(line, 80) for line in card.other_lines)}",
                      style="dim")


def ask_fields(console: Console, card: ScannedCard) -> dict[str, str | None]:
    """Ask for each field in turn, its proposed value the default: Enter keeps it, typing replaces it, "-"
    leaves it out. A value that cannot be kept (an invalid email or phone, no name) is asked again, with why."""
    from rich.prompt import Prompt
    from rich.text import Text

    from afterword.contacts import ContactError
    from afterword.services.contact_scan import check_field

    console.print("Check each field: Enter keeps it, type to correct it, - leaves it out.", style="dim")
    print_rest(console, card)
    values: dict[str, str | None] = {}
    for field in card.fields:
        console.print(Text(f"{field.label}: {where_from(field)}", style="dim"))
        question = Text(field.label, style="bold")
        if field.value:
            question.append(f" [{plain(field.value, 120)}]")
        while True:
            answer = Prompt.ask(question, console=console, default="", show_default=False).strip()
            typed = None if answer == LEAVE_OUT else (answer or field.value)
            try:
                values[field.key] = check_field(field.key, typed, card.region)
                break
            except ContactError as error:
                console.print(str(error), style="yellow")
    return values

"""`afterword demo`: the whole flow so far on bundled demo files: the match and the Closing Card (and its PDF)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.errors import handle_errors
from afterword.cli.prepare import CardFormat, Paper, load_card, write_card

DEMO_INTERVIEWERS = ["Priya Natarajan, Engineering Manager", "Renata Solberg, VP of Engineering"]


def demo_path(name: str) -> str:
    return str(resources.files("afterword.data").joinpath("demo", name))


@handle_errors
def demo(
    fmt: Annotated[
        CardFormat,
        typer.Option("--format", "-f", metavar="text|markdown|json|pdf", help="text, markdown, json or pdf."),
    ] = CardFormat.text,
    pdf: Annotated[
        Path | None,
        typer.Option(
            "--pdf",
            metavar="PATH",
            help="Where to write the printable card (default: closing-card.pdf here).",
            dir_okay=False,
        ),
    ] = Path("closing-card.pdf"),
    no_pdf: Annotated[bool, typer.Option("--no-pdf", help="Don't write the PDF.")] = False,
    paper: Annotated[
        Paper, typer.Option("--paper", metavar="a4|letter", help="Page size of the PDF: a4 or letter.")
    ] = Paper.a4,
) -> None:
    """Run Afterword on a bundled demo resume, posting and research notes: shows the Closing Card and writes
    it as a one-page PDF. No files of your own needed."""
    card = load_card(
        demo_path("resume.docx"),
        demo_path("posting.md"),
        research=[demo_path("research.md")],
        interviewers=DEMO_INTERVIEWERS,
        why=demo_path("why.md"),
    )
    write_card(card, fmt, pdf if fmt is CardFormat.pdf else None, paper)
    if not no_pdf and fmt is not CardFormat.pdf:
        write_card(card, CardFormat.pdf, pdf, paper)

"""`afterword prepare RESUME POSTING`: the one-page Closing Card."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.errors import handle_errors, one_stdin
from afterword.cli.options import CARD_INPUTS, CardEncodingOption, Encodings, OutputOption, parse_encodings

if TYPE_CHECKING:
    from afterword.coach.card import ClosingCard


class Paper(StrEnum):
    a4 = "a4"
    letter = "letter"


class CardFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    pdf = "pdf"


DEFAULT_NAMES = {CardFormat.text: "closing-card.md", CardFormat.markdown: "closing-card.md",
                 CardFormat.json: "closing-card.json", CardFormat.pdf: "closing-card.pdf"}


def _research(sources: list[str], encoding: str | None) -> tuple[list, list[str]]:  # noqa: ANN001
    """Research documents, skipping (with a warning) any that cannot be read: research is optional help."""
    from afterword.errors import InputError
    from afterword.ingest import read_document

    documents, warnings = [], []
    for source in sources:
        try:
            documents.append(read_document(source, encoding=encoding))
        except InputError as error:
            warnings.append(f"research skipped: {error}")
    return documents, warnings


def load_card(
    resume_source: str,
    posting_source: str,
    *,
    research: list[str],
    interviewers: list[str],
    why: str | None,
    encodings: Encodings | None = None,
    semantic: bool = False,
):  # noqa: ANN201
    from dataclasses import replace

    from afterword.coach.card import build_card
    from afterword.coach.interviewers import parse_interviewer
    from afterword.ingest import read_document

    encodings = encodings or Encodings()
    people = [parse_interviewer(value) for value in interviewers]
    resume = read_document(resume_source, encoding=encodings.of("resume"))
    posting = read_document(posting_source, encoding=encodings.of("posting"))
    notes, warnings = _research(research, encodings.of("research"))
    why_doc = read_document(why, encoding=encodings.of("why")) if why else None
    scorer = None
    if semantic:
        from afterword.analysis.semantic import semantic_scorer

        scorer = semantic_scorer()
    card = build_card(resume, posting, research=notes, interviewers=people, why=why_doc, semantic=scorer)
    kept = tuple(w for w in card.warnings if not (research and w.startswith("No research notes given")))
    if warnings or kept != card.warnings:
        card = replace(card, warnings=tuple(warnings) + kept)
    return card


def card_pdf(card, paper: Paper = Paper.a4) -> bytes:  # noqa: ANN001
    """The card as a one-page PDF."""
    from afterword.coach.html import card_to_html
    from afterword.pdf import one_page_pdf

    size = "A4" if paper is Paper.a4 else "Letter"
    return one_page_pdf(lambda scale: card_to_html(card, page_size=size, scale=scale))


def write_card(card, fmt: CardFormat, output: Path | None, paper: Paper = Paper.a4) -> None:  # noqa: ANN001
    """Show the card in ``fmt``: written to ``output`` when given (a PDF always is), else printed."""
    from afterword.output import write_atomic

    if fmt is CardFormat.pdf:
        target = output or Path(DEFAULT_NAMES[CardFormat.pdf])
        write_atomic(target, card_pdf(card, paper))
        typer.echo(f"wrote {target}", err=True)
        return
    if fmt is CardFormat.text and output is None:
        from rich.console import Console

        from afterword.cli.card_view import render_card

        render_card(Console(markup=False, emoji=False), card)
        return
    from afterword.coach.render import card_to_dict, card_to_markdown
    from afterword.safe_text import json_text

    text = json_text(card_to_dict(card)) if fmt is CardFormat.json else card_to_markdown(card)
    if output is None:
        typer.echo(text)
    else:
        write_atomic(output, text + "\n")
        typer.echo(f"wrote {output}", err=True)


def prepare_stored(app_ref: str, *, research: list[str], interviewers: list[str], why: str | None,
                   research_encoding: str | None, why_encoding: str | None, semantic: bool) -> ClosingCard:
    """The card of a stored application, kept as its next version (said on stderr); a lone RESUME file is an
    error that shows both forms."""
    from afterword.errors import AfterwordError
    from afterword.safe_text import terminal_text
    from afterword.services.cards import prepare_card
    from afterword.store.session import open_store

    if app_ref == "-" or Path(app_ref).expanduser().is_file():
        raise AfterwordError(f"{app_ref} is a file, and a resume needs its posting: afterword prepare RESUME POSTING; "
                             "or give an application you added: afterword prepare APP")
    with open_store() as store:
        prepared = prepare_card(store, app_ref, research=research, interviewers=interviewers, why=why,
                                research_encoding=research_encoding, why_encoding=why_encoding, semantic=semantic)
    summary = prepared.application
    typer.echo(f"card version {prepared.version} kept with {summary.short_id} {terminal_text(summary.title, 120)}",
               err=True)
    return prepared.card


@handle_errors
def prepare(
    resume: Annotated[
        str, typer.Argument(metavar="RESUME|APP", help="Your resume: .pdf, .docx, .md, .txt, .html, a URL, or -. "
                            "Alone, an application you added (its short id or the start of its company's name): "
                            "its card is made from your profile's resume and kept with it.")
    ],
    posting: Annotated[str | None, typer.Argument(
        metavar="POSTING", help="The job posting: a file, a URL, or -. Leave it out for APP.",
        show_default=False)] = None,
    research: Annotated[
        list[str] | None,
        typer.Option(
            "--research", "-r", metavar="FILE|URL", help="Your notes on the company (file or URL); repeat for several."
        ),
    ] = None,
    interviewer: Annotated[
        list[str] | None,
        typer.Option(
            "--interviewer",
            "-i",
            metavar='"NAME, TITLE"',
            help='Who you will meet, as "Name, Title"; repeat for several.',
        ),
    ] = None,
    why: Annotated[
        str | None,
        typer.Option(
            "--why", metavar="FILE", help="A file with 2–3 sentences on why you want this role (used in your pitch)."
        ),
    ] = None,
    fmt: Annotated[
        CardFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="text|markdown|json|pdf",
            help="text (terminal), markdown, json (stable contract) or pdf (one printable page).",
        ),
    ] = CardFormat.text,
    output: OutputOption = None,
    paper: Annotated[
        Paper, typer.Option("--paper", metavar="a4|letter", help="Page size of the PDF: a4 or letter.")
    ] = Paper.a4,
    encoding: CardEncodingOption = None,
    semantic: Annotated[bool, typer.Option("--semantic", help="Also match by meaning (afterword[semantic]).")] = False,
) -> None:
    """Prepare the Closing Card: questions to ask, your closing pitch, answers to likely concerns, the closing
    ladder and the end-of-interview checklist. From files (RESUME POSTING), or for an application you added (APP:
    from your profile's resume, its posting and research notes; the card is kept with it as a new version)."""
    from afterword.output import ensure_writable, output_path

    one_stdin("RESUME, POSTING, --research and --why", resume, posting, *(research or []), why)
    target = output_path(output, DEFAULT_NAMES[fmt]) if output is not None else None
    if target is None and fmt is CardFormat.pdf:
        target = Path(DEFAULT_NAMES[fmt])
    if target is not None:
        ensure_writable(target)  # before the work: a bad path fails fast
    if posting is None:
        encodings = parse_encodings(encoding, CARD_INPUTS)
        card = prepare_stored(resume, research=research or [], interviewers=interviewer or [], why=why,
                              research_encoding=encodings.of("research"), why_encoding=encodings.of("why"),
                              semantic=semantic)
        write_card(card, fmt, target, paper)
        return
    card = load_card(
        resume,
        posting,
        research=research or [],
        interviewers=interviewer or [],
        why=why,
        encodings=parse_encodings(encoding, CARD_INPUTS),
        semantic=semantic,
    )
    write_card(card, fmt, target, paper)

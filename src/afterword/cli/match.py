"""`afterword match RESUME POSTING`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.errors import handle_errors, one_stdin
from afterword.cli.options import (
    MATCH_INPUTS,
    Encodings,
    FormatOption,
    MatchEncodingOption,
    OutputFormat,
    OutputOption,
    parse_encodings,
)

DEFAULT_NAMES = {OutputFormat.text: "match.md", OutputFormat.markdown: "match.md", OutputFormat.json: "match.json"}


def run_match(
    resume_source: str,
    posting_source: str,
    fmt: OutputFormat,
    output: Path | None,
    encodings: Encodings,
    semantic: bool,
) -> None:
    from afterword.analysis.matching import match_documents
    from afterword.ingest import read_document

    resume = read_document(resume_source, encoding=encodings.of("resume"))
    posting = read_document(posting_source, encoding=encodings.of("posting"))
    scorer = None
    if semantic:
        from afterword.analysis.semantic import semantic_scorer

        scorer = semantic_scorer()
    report = match_documents(resume, posting, semantic=scorer)
    show_report(report, fmt, output, resume=resume.source, posting=posting.source)


def show_report(report, fmt: OutputFormat, output: Path | None, *, resume: str, posting: str) -> None:  # noqa: ANN001
    from afterword.analysis.report import report_to_dict, report_to_markdown
    from afterword.safe_text import json_text

    if fmt is OutputFormat.json:
        text = json_text(report_to_dict(report, resume=resume, posting=posting))
    elif fmt is OutputFormat.markdown or output is not None:
        text = report_to_markdown(report, resume=resume, posting=posting)
    else:
        from rich.console import Console

        from afterword.cli.match_view import render_match

        render_match(Console(markup=False, emoji=False), report, resume=resume, posting=posting)
        return
    if output is not None:
        from afterword.output import write_atomic

        write_atomic(output, text + "\n")
        typer.echo(f"wrote {output}", err=True)
    else:
        typer.echo(text)


@handle_errors
def match(
    resume: Annotated[
        str,
        typer.Argument(metavar="RESUME", help="Resume: .pdf, .docx, .md, .txt, .html, an http(s) URL, or - for stdin."),
    ],
    posting: Annotated[
        str, typer.Argument(metavar="POSTING", help="Job posting: a file of the same kinds, a URL, or - for stdin.")
    ],
    fmt: FormatOption = OutputFormat.text,
    output: OutputOption = None,
    encoding: MatchEncodingOption = None,
    semantic: Annotated[
        bool, typer.Option("--semantic", help="Also match by meaning (needs the afterword[semantic] extra; slower).")
    ] = False,
) -> None:
    """Show, requirement by requirement, which lines of the resume evidence the job posting, and the gaps."""
    from afterword.output import ensure_writable, output_path

    one_stdin("RESUME and POSTING", resume, posting)
    target = output_path(output, DEFAULT_NAMES[fmt]) if output is not None else None
    if target is not None:
        ensure_writable(target)
    run_match(resume, posting, fmt, target, parse_encodings(encoding, MATCH_INPUTS), semantic)

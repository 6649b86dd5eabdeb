"""`afterword show` in the terminal: an application with its history, interviews and saved cards."""

from __future__ import annotations

import typer

from afterword.cli.records import day_of, plain
from afterword.services.pipeline import when
from afterword.services.views import ApplicationDetail


def print_application(detail: ApplicationDetail) -> None:
    summary = detail.summary
    typer.echo(f"{summary.short_id}  {plain(summary.title)}")
    typer.echo(f"id:       {summary.id}")
    typer.echo(f"stage:    {summary.stage} since {day_of(summary.stage_changed_at)}")
    if summary.source_url:
        typer.echo(f"posting:  {plain(summary.source_url)}")
    notes = detail.research_notes
    typer.echo(f"research: {f'{len(notes):,} characters of notes' if notes else 'no notes'}")
    typer.echo("\nhistory:")
    for change in detail.history:
        moved = f"{change.from_stage} → {change.to_stage}" if change.from_stage else f"added as {change.to_stage}"
        note = f" — {plain(change.note)}" if change.note else ""
        typer.echo(f"  {day_of(change.at):12} {moved}{note}")
    typer.echo("\ninterviews:" + ("" if detail.interviews else " none"))
    for interview in detail.interviews:
        people = ", ".join(plain(f"{p.name}, {p.title}" if p.title else p.name) for p in interview.interviewers)
        place = f" at {plain(interview.place)}" if interview.place else ""
        typer.echo(f"  round {interview.round}: {when(interview.starts_at)}, {interview.kind}{place}"
                   + (f"; with {people}" if people else ""))
    versions = ", ".join(f"v{card.version} ({day_of(card.created_at)})" for card in detail.cards)
    typer.echo(f"\ncards:    {versions or 'none; make one with: afterword prepare ' + summary.short_id}")

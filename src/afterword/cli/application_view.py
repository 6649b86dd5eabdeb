"""`afterword list` and `afterword show` on the terminal, as JSON or CSV. No Typer here: cli/fast.py runs these
commands without loading it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from afterword.cli.output import day_of, echo, echo_json, plain

if TYPE_CHECKING:
    from afterword.services.debrief_views import DebriefView
    from afterword.services.views import ApplicationDetail


def csv_text(rows: list[dict[str, object]]) -> str:
    """The rows as CSV; a cell that a spreadsheet would run as a formula (= + - @ ...) starts with a quote."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["id"], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return out.getvalue()


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def show_list(stage: str | None, output_format: str) -> None:
    """Read the applications (at ``stage``) and print them as ``output_format`` (text, json or csv)."""
    if output_format == "json":  # written from the rows' text: no summary values for thousands of rows
        from afterword.services.listing import read_list_json

        echo(read_list_json(stage))
        return
    from afterword.services.applications import read_list

    summaries = read_list(stage)
    if output_format == "csv":
        echo(csv_text([summary.as_json() for summary in summaries]), nl=False)
    elif not summaries:
        echo("no applications" + (f" at stage {plain(stage)}" if stage else "") +
             "; add one with: afterword add POSTING")
    else:
        for summary in summaries:
            echo(f"{summary.short_id}  {summary.stage:<12} {plain(summary.title)}")


def show_application(ref: str, output_format: str) -> None:
    """Read the application ``ref`` names and print it as ``output_format`` (text or json)."""
    from afterword.services.applications import read_show

    detail = read_show(ref)
    if output_format == "json":
        echo_json(detail.as_json())
    else:
        print_application(detail)


def print_application(detail: ApplicationDetail) -> None:
    from afterword.services.pipeline import when

    summary = detail.summary
    echo(f"{summary.short_id}  {plain(summary.title)}")
    echo(f"id:       {summary.id}")
    echo(f"stage:    {summary.stage} since {day_of(summary.stage_changed_at)}")
    if summary.source_url:
        echo(f"posting:  {plain(summary.source_url)}")
    notes = detail.research_notes
    echo(f"research: {f'{len(notes):,} characters of notes' if notes else 'no notes'}")
    echo("\nhistory:")
    for change in detail.history:
        moved = f"{change.from_stage} → {change.to_stage}" if change.from_stage else f"added as {change.to_stage}"
        note = f" — {plain(change.note)}" if change.note else ""
        echo(f"  {day_of(change.at):12} {moved}{note}")
    echo("\ninterviews:" + ("" if detail.interviews else " none"))
    for interview in detail.interviews:
        people = ", ".join(plain(f"{p.name}, {p.title}" if p.title else p.name) for p in interview.interviewers)
        place = f" at {plain(interview.place)}" if interview.place else ""
        echo(f"  round {interview.round}: {when(interview.starts_at)}, {interview.kind}{place}"
                   + (f"; with {people}" if people else ""))
    versions = ", ".join(f"v{card.version} ({day_of(card.created_at)})" for card in detail.cards)
    echo(f"\ncards:    {versions or 'none; make one with: afterword prepare ' + summary.short_id}")
    if detail.debriefs:
        echo("\ndebriefs:")
        for debrief in detail.debriefs:
            echo(f"  {debrief_line(debrief, summary.short_id)}")
    if detail.letters:
        from afterword.services.clock import local_date, now_utc

        today = local_date(now_utc())
        echo("\nletters:")
        for letter in detail.letters:
            echo(f"  {letter.short_id}  {letter.label} to {plain(letter.recipient, 60)}: {letter.status(today)}")


def debrief_line(debrief: DebriefView, short_id: str) -> str:
    """One debrief in a line: how it went, the decision date, the next step and whom the candidate met."""
    start = debrief.interview_starts_at
    head = f"interview {debrief.number} (round {debrief.round}, {start:%a} {start.day} {start:%b %Y})"
    if debrief.draft:
        return f"{head}: unfinished; resume it with: afterword debrief {short_id} --interview {debrief.number}"
    notes = debrief.debrief
    parts = []
    went = ", ".join(part for part in (f"went {notes['went']}" if notes.get("went") else "",
                                       f"confidence {notes['confidence']}/5" if notes.get("confidence") else "")
                     if part)
    if went:
        parts.append(went)
    decided = debrief.decision_date
    phrase = f' ("{plain(notes["decision"], 60)}")' if notes.get("decision") else ""
    if decided is not None:
        parts.append(f"decision by {decided:%a} {decided.day} {decided:%b %Y}{phrase}")
    elif phrase:
        parts.append(f"decision date not known{phrase}")
    if notes.get("next_step"):
        parts.append(f"next: {plain(notes['next_step'], 80)}")
    people = [plain(person.get("name"), 60) for person in notes.get("interviewers", [])]
    if people:
        parts.append(f"met {', '.join(people)}")
    return f"{head}: {'; '.join(parts) or 'noted'}"

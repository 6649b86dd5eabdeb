"""`afterword plan APP` (the follow-up plan after an interview) and `afterword calendar export` (every plan as an
iCalendar file)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.errors import handle_errors
from afterword.cli.output import plain
from afterword.cli.records import AppArgument, DataFormat, DataFormatOption, echo_json

if TYPE_CHECKING:
    from rich.console import Console

    from afterword.services.plans import ApplicationPlan

CALENDAR_FILE = "afterword-plans.ics"
STATUS_STYLES = {"overdue": "bold red", "due today": "bold yellow", "past": "dim", "coming": ""}


def _day(value: object) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"  # type: ignore[attr-defined]


def print_plan(console: Console, plan: ApplicationPlan) -> None:
    from rich.table import Table
    from rich.text import Text

    from afterword.services.pipeline import when

    console.print(Text(f"Follow-up plan · {plain(plan.application.title)} ({plan.application.short_id})",
                       style="bold"))
    console.print(f"After interview {plan.number} (round {plan.interview.round}, {when(plan.interview.starts_at)}).")
    phrase = f' ("{plain(plan.decision, 80)}")' if plan.decision else ""
    if plan.decision_assumed:
        console.print(f"No decision date{phrase}: the plan assumes {_day(plan.decision_on)}. When you learn it: "
                      f"afterword debrief {plan.application.short_id} --interview {plan.number} --decision-date "
                      "YYYY-MM-DD")
    else:
        console.print(f"Decision expected by {_day(plan.decision_on)}{phrase}.")
    if not plan.waiting:
        console.print(Text(f"The application is at stage {plan.application.stage}: nothing waits on the employer, "
                           "so today leaves this plan out.", style="yellow"))
    if plan.later_interview is not None:
        console.print(Text(f"Round {plan.later_interview.round} on {when(plan.later_interview.starts_at)} comes "
                           "after this interview: its debrief will make the next plan.", style="yellow"))
    table = Table(box=None, show_header=True, header_style="dim", pad_edge=False)
    for name in ("when", "status", "what to do"):
        table.add_column(name)
    for step in plan.steps:
        what = Text(step.title, style="bold" if step.status in ("overdue", "due today") else "")
        if step.status != "past":
            what.append(f"\n{step.description}", style="dim")
        table.add_row(_day(step.due_on), Text(step.status, style=STATUS_STYLES.get(step.status, "")), what)
    console.print()
    console.print(table)


@handle_errors
def plan(app_ref: AppArgument, output_format: DataFormatOption = DataFormat.text) -> None:
    """Show the follow-up plan after an application's latest debriefed interview: when to send the thank-you,
    check in and move on, and which steps are due today or overdue."""
    from afterword.cli.pipeline_view import console
    from afterword.services.plans import plan_for
    from afterword.store.session import open_store

    with open_store() as store:
        result = plan_for(store, app_ref)
    if output_format is DataFormat.json:
        echo_json(result.as_json())
    else:
        print_plan(console(), result)


calendar_app = typer.Typer(help="Your follow-up plans in your calendar.", no_args_is_help=True,
                           rich_markup_mode=None)


@calendar_app.command("export")
@handle_errors
def export(
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="PATH",
        help=f"Write to this file (replaced whole) instead of standard output; a folder means {CALENDAR_FILE} in "
             "it.")] = None,
) -> None:
    """Export the follow-up plans of the applications waiting on employers as one iCalendar (.ics) file; import
    it again after a change and your calendar updates the same events."""
    from afterword.output import ensure_writable, output_path, write_atomic
    from afterword.services.plans import calendar_export
    from afterword.store.session import open_store

    target = output_path(output, CALENDAR_FILE) if output else None
    if target is not None:
        ensure_writable(target)
    with open_store() as store:
        data = calendar_export(store)
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    write_atomic(target, data)
    typer.echo(f"exported the follow-up plans to {target}; import it into your calendar", err=True)

"""`afterword debrief APP`: what you noted right after an interview, from a file or by answering questions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.errors import fail, handle_errors
from afterword.cli.output import plain
from afterword.cli.records import AppArgument

if TYPE_CHECKING:
    from afterword.services.debriefs import DebriefTarget, SavedDebrief
    from afterword.store.session import Store


def _interview_label(target: DebriefTarget) -> str:
    from afterword.services.pipeline import when

    return f"interview {target.number} (round {target.interview.round}, {when(target.interview.starts_at)})"


def print_saved(saved: SavedDebrief, echo: Callable[..., object] = typer.echo) -> None:
    """What was kept, the decision date (or how to give it) and the next command, through ``echo`` (typer.echo's
    message and err=)."""
    from afterword.services.debrief_answers import spoken_day

    target = saved.target
    short = target.application.short_id
    verb = "Replaced" if saved.replaced else "Saved"
    echo(f"{verb} the debrief of {_interview_label(target)} for {short} {plain(target.application.title)}.")
    decided = saved.debrief.decision_date
    phrase = saved.debrief.debrief.get("decision", "")
    if decided is not None and saved.decision_read:
        echo(f'Decision expected by {spoken_day(decided)} (read from "{plain(phrase, 80)}"; if that is wrong: '
             f"afterword debrief {short} --interview {target.number} --decision-date YYYY-MM-DD).")
    elif decided is not None:
        echo(f"Decision expected by {spoken_day(decided)}.")
    elif saved.decision_needed:
        echo(f'warning: "{plain(phrase, 80)}" cannot be read as a date, so the decision date is empty (it is '
             f"never guessed); when you know it: afterword debrief {short} --interview {target.number} "
             "--decision-date YYYY-MM-DD", err=True)
    if saved.contacts:
        echo(f"Interviewers kept as contacts: {', '.join(plain(name, 60) for name in saved.contacts)}.")
    echo(f"Next: afterword plan {short}")


def _interactive(store: Store, target: DebriefTarget, decision_date: str | None) -> None:
    from rich.console import Console

    from afterword.cli.debrief_prompts import ask_debrief
    from afterword.services.debriefs import check_decision_date

    console = Console(markup=False, emoji=False, highlight=False)
    given = check_decision_date(decision_date, target.interview_on)
    console.print(f"Debrief of {_interview_label(target)} · {plain(target.application.title)}", style="bold")
    console.print("Press Enter to skip any question. Each answer is saved as you go: Ctrl-C stops, and the next "
                  f"afterword debrief {target.application.short_id} resumes.", style="dim")
    try:
        saved = ask_debrief(store, target, console, given)
    except (KeyboardInterrupt, EOFError) as stop:
        console.print()
        raise fail(f"stopped; your answers so far are kept as a draft: run afterword debrief "
                   f"{target.application.short_id} --interview {target.number} to resume",
                   130 if isinstance(stop, KeyboardInterrupt) else 1) from None
    if saved is None:
        typer.echo(f"Kept the debrief as it was; see it with: afterword show {target.application.short_id}")
        return
    print_saved(saved)


@handle_errors
def debrief(
    app_ref: AppArgument,
    interview: Annotated[int | None, typer.Option(
        "--interview", metavar="N", help="Which interview: 1 is the first (default: the latest that has begun).")
    ] = None,
    file: Annotated[str | None, typer.Option(
        "--file", metavar="FILE", help="Read the debrief from a TOML or JSON file (- for standard input) instead of "
                                       "asking; see docs/debrief-format.md.")] = None,
    decision_date: Annotated[str | None, typer.Option(
        "--decision-date", metavar="YYYY-MM-DD",
        help="The date they expect to decide by, when the phrase cannot be read or reads wrong.")] = None,
) -> None:
    """Note how an interview went: signals, the closing question, the interviewers (kept as contacts), concerns,
    when they will decide and the next step."""
    from afterword.services.debriefs import debrief_target, save_debrief_file, set_decision_date
    from afterword.store.session import open_store

    if interview is not None and interview < 1:
        raise fail(f"--interview {interview} is not an interview; give 1 for the first")
    with open_store() as store:
        if file is not None:
            print_saved(save_debrief_file(store, app_ref, file, number=interview, decision_date=decision_date))
            return
        target = debrief_target(store, app_ref, interview)
        if decision_date is not None and target.finished is not None:  # the date became known: nothing to ask
            print_saved(set_decision_date(store, target, decision_date))
            return
        _interactive(store, target, decision_date)

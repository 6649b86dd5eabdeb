"""`afterword board` and `afterword today` on the terminal and as JSON. No Typer here: cli/fast.py runs these
commands without loading it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from afterword.cli.output import echo_json

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from afterword.services.pipeline import Board, Today


def console() -> Console:
    from rich.console import Console

    return Console(markup=False, emoji=False, highlight=False)


def board_json(board: Board) -> dict[str, Any]:
    return {"total": board.total, "stages": [
        {"stage": group.stage, "count": group.count, "more": group.more, "applications": [
            {**row.application.as_json(), "days_in_stage": row.days_in_stage, "next_action": row.next_action}
            for row in group.rows]}
        for group in board.groups]}


def print_board(console: Console, board: Board) -> None:
    from rich.table import Table
    from rich.text import Text

    from afterword.safe_text import terminal_text

    if not board.groups:
        console.print("No applications yet: add one with afterword add POSTING")
        return
    console.print(Text(f"Pipeline · {board.total} application{'s' if board.total != 1 else ''}", style="bold"))
    for group in board.groups:
        console.print()
        console.print(Text(f"{group.stage} ({group.count})", style="bold cyan"))
        table = Table(box=None, show_header=True, header_style="dim", pad_edge=False)
        for name, justify in (("id", "left"), ("application", "left"), ("days", "right"), ("next", "left")):
            table.add_column(name, justify=justify)  # type: ignore[arg-type]
        for row in group.rows:
            table.add_row(row.application.short_id, Text(terminal_text(row.application.title, 80)),
                          str(row.days_in_stage), Text(row.next_action or "—"))
        console.print(table)
        if group.more:
            console.print(Text(f"and {group.more} more: afterword list --stage {group.stage}", style="dim"))


def today_json(result: Today) -> dict[str, Any]:
    def coming(item: Any) -> dict[str, Any]:  # noqa: ANN401 - a ComingInterview
        return {"application": item.application.as_json(), "interview": item.interview.as_json(),
                "card_ready": item.card_ready}

    return {"day": result.day.isoformat(), "interviews": [coming(item) for item in result.interviews],
            "interview_count": result.interview_count,
            "cards_to_prepare": [coming(item) for item in result.cards_to_prepare], "card_count": result.card_count,
            "tasks": [{"title": task.title, "due_on": task.due_on.isoformat() if task.due_on else None,
                       "application_id": str(task.application.id) if task.application else None}
                      for task in result.tasks], "task_count": result.task_count,
            "plan_steps": [{"application_id": str(step.application.id), "kind": step.kind, "title": step.title,
                            "due_on": step.due_on.isoformat()} for step in result.plan_steps],
            "plan_step_count": result.plan_step_count,
            "letters": [{"id": str(letter.id), "short_id": letter.short_id,
                         "application_id": str(letter.application.id), "kind": "thank-you",
                         "recipient_name": letter.recipient or None, "due_on": letter.due_on.isoformat()}
                        for letter in result.letters],
            "letter_count": result.letter_count,
            "active": result.active, "nudge": result.nudge}


def _table(*columns: str) -> Table:
    """A rich Table without borders or header."""
    from rich.table import Table

    table = Table(box=None, show_header=False, pad_edge=False)
    for name in columns:
        table.add_column(name)
    return table


def _due(task: Any, day: date) -> str:  # noqa: ANN401 - a DueTask or a DuePlanStep
    if task.due_on is None:
        return "no date"
    if task.due_on == day:
        return "due today"
    return f"overdue since {task.due_on:%a} {task.due_on.day} {task.due_on:%b}"


def print_today(console: Console, result: Today) -> None:
    from rich.text import Text

    from afterword.safe_text import terminal_text
    from afterword.services.pipeline import when

    console.print(Text(f"Today · {result.day:%a} {result.day.day} {result.day:%b %Y}", style="bold"))
    sections = []
    if result.interviews:
        table = _table("when", "id", "application", "round", "card")
        for item in result.interviews:
            table.add_row(when(item.interview.starts_at), item.application.short_id,
                          Text(terminal_text(item.application.title, 80)),
                          f"round {item.interview.round}, {item.interview.kind}",
                          "card ready" if item.card_ready else "no card yet")
        sections.append(("Interviews in the next 7 days", table, result.interview_count - len(result.interviews)))
    if result.cards_to_prepare:
        table = _table("command", "for")
        for item in result.cards_to_prepare:
            table.add_row(f"afterword prepare {item.application.short_id}",
                          Text(f"{terminal_text(item.application.title, 80)}, {when(item.interview.starts_at)}"))
        sections.append(("Cards to prepare", table, result.card_count - len(result.cards_to_prepare)))
    if result.tasks:
        table = _table("task", "application", "due")
        for task in result.tasks:
            table.add_row(Text(terminal_text(task.title, 120)),
                          Text(terminal_text(task.application.title, 60)) if task.application else "",
                          _due(task, result.day))
        sections.append(("Tasks due", table, result.task_count - len(result.tasks)))
    if result.plan_steps:
        table = _table("step", "application", "due", "command")
        for step in result.plan_steps:
            table.add_row(step.title, Text(terminal_text(step.application.title, 60)), _due(step, result.day),
                          f"afterword plan {step.application.short_id}")
        sections.append(("Follow-up plans", table, result.plan_step_count - len(result.plan_steps)))
    if result.letters:
        table = _table("letter", "application", "due", "command")
        for letter in result.letters:
            table.add_row(Text(f"thank-you to {terminal_text(letter.recipient or 'the hiring team', 60)}"),
                          Text(terminal_text(letter.application.title, 60)), _due(letter, result.day),
                          f"afterword send {letter.short_id}")
        sections.append(("Thank-you letters to send", table, result.letter_count - len(result.letters)))
    for title, table, more in sections:
        console.print(Text(f"\n{title}", style="bold cyan"))
        console.print(table)
        if more:
            console.print(Text(f"and {more} more", style="dim"))
    if not sections:
        console.print("\nNothing due." + ("" if result.active else " Add an application with afterword add POSTING"))
    if result.nudge:
        console.print(Text(f"\n{result.nudge}", style="bold yellow"))


def show_board(output_format: str) -> None:
    """Read the board and print it as ``output_format`` (text or json)."""
    from afterword.services.pipeline import read_board

    board = read_board()
    if output_format == "json":
        echo_json(board_json(board))
    else:
        print_board(console(), board)


def show_today(output_format: str) -> None:
    """Read what needs doing today and print it as ``output_format`` (text or json)."""
    from afterword.services.pipeline import read_today

    result = read_today()
    if output_format == "json":
        echo_json(today_json(result))
    else:
        print_today(console(), result)

"""`afterword board` and `afterword today`: the pipeline at a glance, and what needs doing now."""

from __future__ import annotations

from afterword.cli.errors import handle_errors
from afterword.cli.pipeline_view import print_board as print_board
from afterword.cli.pipeline_view import print_today as print_today
from afterword.cli.pipeline_view import show_board, show_today
from afterword.cli.records import DataFormat, DataFormatOption


@handle_errors
def board(output_format: DataFormatOption = DataFormat.text) -> None:
    """Show the pipeline: applications grouped by stage, days in the stage and the next action for each."""
    show_board(output_format)


@handle_errors
def today(output_format: DataFormatOption = DataFormat.text) -> None:
    """Show what needs doing now: interviews this week, cards to prepare, tasks due, and a nudge when every
    active application is waiting on an employer."""
    show_today(output_format)

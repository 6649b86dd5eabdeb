"""`afterword demo`: the whole flow on bundled demo files: the Closing Card (and its PDF), then the stored flow in a
throw-away database, before the interview (board, today) and after it (debrief, plan, letters, calendar), with the
letters and the .ics written into a new folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.errors import fail, handle_errors
from afterword.cli.prepare import CardFormat, Paper, card_pdf, load_card, write_card

if TYPE_CHECKING:
    from rich.console import Console

    from afterword.services.demo import DemoFlow

DEMO_INTERVIEWERS = ["Priya Natarajan, Engineering Manager", "Renata Solberg, VP of Engineering"]
DEMO_PDF = "closing-card.pdf"
DEMO_NAME = "Maya Okafor"


def demo_path(name: str) -> str:
    return str(resources.files("afterword.data").joinpath("demo", name))


def _pdf_target(raw: str | None) -> tuple[Path, bool]:
    """Where the demo's PDF goes, and whether a taken name may move on to the next free one (closing-card-2.pdf):
    it may for the default and for a folder; an explicit file path that exists is refused. Never overwrites."""
    import os

    from afterword.errors import AfterwordError
    from afterword.output import ensure_writable, names_folder, output_path

    if raw is None or names_folder(raw):
        return output_path(raw or ".", DEMO_PDF), True
    path = Path(raw)
    if os.path.lexists(path) and not path.is_char_device() and not path.is_fifo():
        raise AfterwordError(f"{raw} already exists and the demo never overwrites a file; give --pdf another path")
    ensure_writable(path)
    return path, False


@handle_errors
def demo(
    fmt: Annotated[
        CardFormat,
        typer.Option("--format", "-f", metavar="text|markdown|json|pdf", help="text, markdown, json or pdf."),
    ] = CardFormat.text,
    pdf: Annotated[
        str | None,
        typer.Option(
            "--pdf",
            metavar="PATH",
            help="Where to write the printable card: a new file (an existing one is never overwritten) or a folder. "
                 "Default: closing-card.pdf here, or closing-card-2.pdf, -3 ... if that name is taken.",
        ),
    ] = None,
    no_pdf: Annotated[bool, typer.Option("--no-pdf", help="Don't write the PDF.")] = False,
    no_files: Annotated[bool, typer.Option(
        "--no-files", help="Write no file at all: neither the PDF nor the after-the-interview folder of letters and "
                           "calendar (all is still shown).")] = False,
    paper: Annotated[
        Paper, typer.Option("--paper", metavar="a4|letter", help="Page size of the PDF: a4 or letter.")
    ] = Paper.a4,
) -> None:
    """Run Afterword on a bundled demo resume, posting and research notes: shows the Closing Card and writes
    it as a one-page PDF (to a new file: the demo never overwrites one), then keeps track of the application in a
    throw-away database (board and today) and, after the interview, debriefs it from a bundled file and shows the
    plan, writing the thank-you letters and the calendar (.ics) into a new folder, after-the-interview. No files of
    your own needed; your own database is never touched."""
    from afterword.output import write_fresh, write_new

    if no_files and fmt is CardFormat.pdf:
        raise fail("--format pdf writes the card's PDF and --no-files writes no file; drop one of them")
    wants_pdf = (fmt is CardFormat.pdf or not no_pdf) and not no_files
    target, fresh = _pdf_target(pdf) if wants_pdf else (None, False)
    card = load_card(
        demo_path("resume.docx"),
        demo_path("posting.md"),
        research=[demo_path("research.md")],
        interviewers=DEMO_INTERVIEWERS,
        why=demo_path("why.md"),
    )
    if fmt is not CardFormat.pdf:
        write_card(card, fmt, None, paper)
    if target is not None:
        data = card_pdf(card, paper)
        if fresh:
            target = write_fresh(target, data)
        else:
            write_new(target, data)
        typer.echo(f"wrote {target}", err=True)
    show_stored_flow(to_stderr=fmt in (CardFormat.json, CardFormat.markdown),  # data on stdout stays data
                     write_files=not no_files)


def show_stored_flow(*, to_stderr: bool, write_files: bool = True) -> None:
    """Keep track of the demo application in a throw-away database, showing each command and what it prints; the
    letters and the .ics go into a new folder here (``write_files``), never into one that was there."""
    from rich.console import Console
    from rich.rule import Rule
    from rich.text import Text

    from afterword.cli.pipeline import print_board, print_today
    from afterword.services.demo import run_demo_flow
    from afterword.services.demo_files import write_demo_files
    from afterword.services.pipeline import when

    flow = run_demo_flow(resume=demo_path("resume.docx"), posting=demo_path("posting.md"),
                         research=[demo_path("research.md")], interviewers=DEMO_INTERVIEWERS, name=DEMO_NAME,
                         debrief=demo_path("debrief.toml"))
    folder = write_demo_files(flow.after.files)[0] if write_files else None
    console = Console(markup=False, emoji=False, highlight=False, stderr=to_stderr)
    ref, start = flow.application.short_id, flow.interview.interview.starts_at
    people = " ".join(f'--with "{person}"' for person in DEMO_INTERVIEWERS)
    console.print()
    console.print(Rule("Keeping track (a throw-away database: yours is not touched)"))
    for command, said in (
        (f'afterword profile set resume.docx --name "{DEMO_NAME}"', "resume resume.docx kept as version 1"),
        ("afterword add posting.md --research research.md", ref),
        (f"afterword stage {ref} applied", f"{ref} {flow.application.title}: saved → applied"),
        (f'afterword interview add {ref} --at "{start:%Y-%m-%d %H:%M}" --kind video {people}',
         f"{ref} {flow.application.title}: round {flow.interview.interview.round}, {when(start)}, video"),
    ):
        console.print(Text(f"$ {command}", style="bold"))
        console.print(said)
    console.print(Text("$ afterword board", style="bold"))
    print_board(console, flow.board)
    console.print(Text("\n$ afterword today", style="bold"))
    print_today(console, flow.today)
    show_after_interview(console, flow, folder)
    if folder is not None:
        names = ", ".join(file.name for file in flow.after.files)
        typer.echo(f"wrote {folder}/ ({names})", err=True)


def show_after_interview(console: Console, flow: DemoFlow, folder: Path | None) -> None:
    """The demo after its interview: the debrief from the bundled file, the plan, the letters (the first in full)
    and the calendar, each with its command; the files as written into ``folder`` (None: not written)."""
    from dataclasses import replace

    from rich.rule import Rule
    from rich.text import Text

    from afterword.cli.debrief import print_saved
    from afterword.cli.letters import print_written
    from afterword.cli.plan import print_plan
    from afterword.services.demo_files import DEMO_FOLDER

    def say(message: object = "", err: bool = False) -> None:  # typer.echo's shape, onto the demo's console
        console.print(Text(str(message)))

    after, ref = flow.after, flow.application.short_id
    shown = str(folder) if folder is not None else DEMO_FOLDER
    console.print()
    console.print(Rule(f"After the interview (as on {after.at:%a} {after.at.day} {after.at:%b}, {after.at:%H:%M})"))
    if folder is None:
        console.print(Text("--no-files: the letters and the calendar are shown, not written.", style="dim"))
    console.print(Text(f"$ afterword debrief {ref} --file debrief.toml", style="bold"))
    print_saved(after.debrief, say)
    console.print(Text(f"\n$ afterword plan {ref}", style="bold"))
    print_plan(console, after.plan)
    console.print(Text(f"\n$ afterword letters {ref} --output {shown}", style="bold"))
    print_written(replace(after.letters, letters=tuple(  # the files as written here (none with --no-files)
        replace(letter, files=tuple(folder / name for name in letter.files) if folder is not None else ())
        for letter in after.letters.letters)), say)
    if after.letter_files:
        first = after.letter_files[0]
        command = f"$ cat {folder / first.name}" if folder is not None else f"The first letter, {first.name}:"
        console.print(Text(f"\n{command}", style="bold"))
        console.print(Text(first.data.decode("utf-8").rstrip("\n")))
    console.print(Text(f"\n$ afterword calendar export --output {shown}", style="bold"))
    events = after.calendar.data.count(b"BEGIN:VEVENT")
    if folder is not None:
        say(f"exported the follow-up plans to {folder / after.calendar.name}; import it into your calendar")
    else:
        say(f"{after.calendar.name}: {events} events, one per step of the plan (not written: --no-files)")

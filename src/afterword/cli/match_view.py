"""The match report in the terminal, with Rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from afterword.analysis.report import fit_score
from afterword.models import MatchReport

_STYLE = {"strong": ("strong", "green"), "partial": ("partial", "yellow"), "gap": ("gap", "red")}
_TITLES = (("must-have", "Must-have requirements"), ("nice-to-have", "Nice to have"),
           ("responsibility", "Responsibilities"))


def render_match(console: Console, report: MatchReport, *, resume: str, posting: str) -> None:
    must = report.counts()
    summary = Text.assemble(
        ("Fit ", "bold"), (f"{fit_score(report)}/100", "bold cyan"), "   must-haves: ",
        (f"{must['strong']} strong", "green"), ", ", (f"{must['partial']} partial", "yellow"), ", ",
        (f"{must['gap']} gaps", "red"), f"   experience on the resume: {report.resume_years:g} years",
    )
    console.print(Panel(summary, title=f"{resume} → {posting}", expand=False))
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    for kind, title in _TITLES:
        matches = [m for m in report.requirements if m.requirement.kind == kind]
        if not matches:
            continue
        table = Table(title=title, title_justify="left", show_lines=True, expand=True)
        table.add_column("status", no_wrap=True, width=8)
        table.add_column("requirement (posting line)", ratio=2)
        table.add_column("evidence (resume line)", ratio=3)
        for m in matches:
            label, colour = _STYLE[m.status]
            requirement = Text(f"{m.requirement.text} ({m.requirement.line})")
            if m.requirement.skills:
                requirement.append("\n" + ", ".join(m.requirement.skills), style="dim")
            lines = [Text(f"{e.line}: {e.text}" + (f"  [{e.match}: {e.skill}]" if e.skill else f"  [{e.match}]"))
                     for e in m.evidence]
            if m.note:
                lines.append(Text(m.note, style="italic dim"))
            table.add_row(Text(label, style=f"bold {colour}"), requirement, Group(*lines) if lines else Text("—"))
        console.print(table)
    if report.gaps:
        console.print("[bold red]Gaps[/] (prepare an answer for each):")
        for m in report.gaps:
            console.print(f"  • {m.requirement.text} [dim]({m.requirement.kind})[/]")
    if report.facts:
        console.print("[bold]Already answered by the posting[/] (don't ask about these):")
        for fact in report.facts:
            console.print(f"  • [cyan]{fact.topic.replace('_', ' ')}[/] (line {fact.line}): {fact.text}")

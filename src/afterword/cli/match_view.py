"""The match report in the terminal, with Rich.

Document text is never Rich markup: every line is a rich.text.Text built from plain parts, and every string that
comes from a document or a file name goes through terminal_text first (no escape sequences, bounded).
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from afterword.analysis.report import fit_score
from afterword.models import Evidence, MatchReport, RequirementMatch
from afterword.safe_text import terminal_text as plain

_STYLE = {"strong": ("strong", "green"), "partial": ("partial", "yellow"), "gap": ("gap", "red")}
_TITLES = (("must-have", "Must-have requirements"), ("nice-to-have", "Nice to have"),
           ("responsibility", "Responsibilities"))


def _evidence(e: Evidence) -> Text:
    via = f"{e.match}: {e.skill}" if e.skill else e.match
    return Text(f"{e.line}: {plain(e.text)}  [{plain(via)}]")


def _table(title: str, matches: list[RequirementMatch]) -> Table:
    table = Table(title=Text(title), title_justify="left", show_lines=True, expand=True)
    table.add_column("status", no_wrap=True, width=8)
    table.add_column("requirement (posting line)", ratio=2, overflow="fold")
    table.add_column("evidence (resume line)", ratio=3, overflow="fold")
    for m in matches:
        label, colour = _STYLE[m.status]
        requirement = Text(f"{plain(m.requirement.text)} ({m.requirement.line})")
        if m.requirement.skills:
            requirement.append("\n" + plain(", ".join(m.requirement.skills)), style="dim")
        lines = [_evidence(e) for e in m.evidence]
        if m.note:
            lines.append(Text(plain(m.note), style="italic dim"))
        table.add_row(Text(label, style=f"bold {colour}"), requirement, Group(*lines) if lines else Text("—"))
    return table


def render_match(console: Console, report: MatchReport, *, resume: str, posting: str) -> None:
    must = report.counts()
    summary = Text.assemble(
        ("Fit ", "bold"), (f"{fit_score(report)}/100", "bold cyan"), "   must-haves: ",
        (f"{must['strong']} strong", "green"), ", ", (f"{must['partial']} partial", "yellow"), ", ",
        (f"{must['gap']} gaps", "red"), f"   experience on the resume: {report.resume_years:g} years",
    )
    console.print(Panel(summary, title=Text(f"{plain(resume)} → {plain(posting)}"), expand=False))
    for warning in report.warnings:
        console.print(Text.assemble(("warning:", "yellow"), " ", plain(warning)))
    for kind, title in _TITLES:
        matches = [m for m in report.requirements if m.requirement.kind == kind]
        if matches:
            console.print(_table(title, matches))
    if report.gaps:
        console.print(Text.assemble(("Gaps", "bold red"), " (prepare an answer for each):"))
        for m in report.gaps:
            console.print(Text.assemble(f"  • {plain(m.requirement.text)} ", (f"({m.requirement.kind})", "dim")))
    if report.facts:
        console.print(Text.assemble(("Already answered by the posting", "bold"), " (don't ask about these):"))
        for fact in report.facts:
            console.print(Text.assemble("  • ", (plain(fact.topic.replace("_", " ")), "cyan"),
                                        f" (line {fact.line}): {plain(fact.text)}"))

"""The Closing Card in the terminal, with Rich."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from afterword.analysis.report import fit_score
from afterword.coach.card import ClosingCard
from afterword.coach.interviewers import TYPE_LABELS
from afterword.coach.sources import Sentence


def _cited(sentences: tuple[Sentence, ...]) -> Text:
    text = Text()
    for sentence in sentences:
        text.append(sentence.text)
        if sentence.refs:
            text.append(f" [{sentence.refs}]", style="dim cyan")
        text.append(" ")
    return text


def render_card(console: Console, card: ClosingCard) -> None:
    must = card.report.counts()
    console.print(Panel(Text.assemble(
        ("Fit ", "bold"), (f"{fit_score(card.report)}/100", "bold cyan"),
        f"   must-haves: {must['strong']} strong, {must['partial']} partial, {must['gap']} gaps"),
        title=f"Closing Card · {card.title}", expand=False))
    for warning in card.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    console.rule("[bold]Questions to ask")
    for rank, q in enumerate(card.questions, start=1):
        who = f"ask {q.ask}" if q.ask else " / ".join(TYPE_LABELS[s] for s in q.suits)
        console.print(f"{rank}. {q.text} [dim]— {who}[/]")
        if q.source:
            console.print(f"   [dim cyan]{q.source.source}, line {q.source.line}: {q.source.sentence}[/]")
    console.rule("[bold]Closing pitch")
    for pitch in card.pitches:
        console.print(f"[bold]{pitch.style.capitalize()}[/] [dim]({pitch.words} words, ≈ {pitch.seconds} s)[/]")
        console.print(_cited(pitch.sentences))
        console.print()
    if card.why_prompt:
        console.print(f"[yellow]✍ {card.why_prompt}[/]")
    if card.concerns:
        console.rule("[bold]Likely concerns")
        for concern in card.concerns:
            console.print(f"[bold]• {concern.concern}[/]")
            console.print(f"  [dim]Tip: {concern.tip}[/]")
            if concern.answer:
                console.print(Text("  If you haven't: ", style="bold") + _cited(concern.answer))
    console.rule("[bold]Closing ladder")
    for rung in card.ladder:
        console.print(f"[bold]{rung.level.capitalize()}[/] [dim]{rung.when}[/]")
        for question in rung.questions:
            console.print(f"   “{question}”")
    for line in card.using_the_answer:
        console.print(f"[dim]→ {line}[/]")
    console.rule("[bold]Before you leave")
    for item in card.checklist:
        console.print(f"☐ {item}")
    if card.answered:
        console.rule("[bold]Already answered — don't ask")
        for fact in card.answered:
            console.print(f"• [cyan]{fact.topic.replace('_', ' ')}[/]: {fact.text}")

"""The Closing Card in the terminal, with Rich.

Document text is never Rich markup: every line is a rich.text.Text built from plain parts, and every string that
comes from a document, a file name or an option goes through terminal_text first (no escape sequences, bounded).
"""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from afterword.coach.card import ClosingCard
from afterword.coach.interviewers import TYPE_LABELS
from afterword.coach.render import MORE_SHOWN, answered_lines, more_line
from afterword.coach.sources import Sentence, quote
from afterword.safe_text import terminal_text as plain


def _cited(sentences: tuple[Sentence, ...]) -> Text:
    text = Text()
    for sentence in sentences:
        text.append(plain(sentence.text))
        if sentence.refs:
            text.append(f" [{plain(sentence.refs)}]", style="dim cyan")
        text.append(" ")
    return text


def _heading(title: str) -> Text:
    return Text(title, style="bold")


def render_card(console: Console, card: ClosingCard) -> None:
    score, counts = card.fit_line().split(" — ", 1)
    console.print(Panel(Text.assemble((score, "bold cyan"), f"   {counts}"),
        title=Text(f"Closing Card · {plain(card.title)}"), expand=False))
    for warning in card.warnings:
        console.print(Text.assemble(("warning:", "yellow"), " ", plain(warning)))
    console.rule(_heading("Questions to ask"))
    for rank, q in enumerate(card.questions, start=1):
        who = f"ask {q.ask}" if q.ask else " / ".join(TYPE_LABELS[s] for s in q.suits)
        console.print(Text.assemble(f"{rank}. {plain(q.text)} ", (f"— {plain(who)}", "dim")))
        if q.source:
            console.print(Text(f"   {plain(q.source.source)}, line {q.source.line}: {plain(q.source.sentence)}",
                               style="dim cyan"))
    console.rule(_heading("Closing pitch"))
    for pitch in card.pitches:
        console.print(Text.assemble((pitch.style.capitalize(), "bold"), " ",
                                    (f"({pitch.words} words, ≈ {pitch.seconds} s)", "dim")))
        console.print(_cited(pitch.sentences))
        console.print()
    if card.why_prompt:
        console.print(Text(f"✍ {plain(card.why_prompt)}", style="yellow"))
    if card.concerns:
        console.rule(_heading("Likely concerns"))
        for concern in card.concerns:
            console.print(Text(f"• {plain(concern.concern)}", style="bold"))
            console.print(Text(f"  Tip: {plain(concern.tip)}", style="dim"))
            if concern.answer:
                console.print(Text(f"  {plain(concern.label)}: ", style="bold") + _cited(concern.answer))
        if card.more_concerns:
            console.print(Text("Also asked by the posting, less likely to come up:", style="dim"))
            for concern in card.more_concerns[:MORE_SHOWN]:
                console.print(Text(f"  – {plain(quote(concern.requirement))} (posting line {concern.requirement_line})",
                                   style="dim"))
            if len(card.more_concerns) > MORE_SHOWN:
                console.print(Text(f"  – {more_line(card)}", style="dim"))
    console.rule(_heading("Closing ladder"))
    for rung in card.ladder:
        console.print(Text.assemble((rung.level.capitalize(), "bold"), " ", (rung.when, "dim")))
        for question in rung.questions:
            console.print(Text(f"   “{question}”"))
    for line in card.using_the_answer:
        console.print(Text(f"→ {line}", style="dim"))
    console.rule(_heading("Before you leave"))
    for item in card.checklist:
        console.print(Text(f"☐ {plain(item)}"))
    if card.answered:
        console.rule(_heading("Already answered — don't ask"))
        for topics, text in answered_lines(card):
            console.print(Text.assemble("• ", (plain(topics), "cyan"), f": {plain(text)}"))

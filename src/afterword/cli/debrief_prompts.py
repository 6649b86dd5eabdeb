"""The interactive debrief: one question at a time with Rich prompts, each skipped with Enter. Every answer is
saved at once as a draft, so Ctrl-C loses nothing, and the next run offers to resume where it stopped. The answers
are read by services.debrief_answers and kept by services.debriefs; nothing here decides anything."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from afterword.cli.output import day_of, plain
from afterword.debrief.model import DebriefError

if TYPE_CHECKING:
    from rich.console import Console

    from afterword.services.debriefs import DebriefTarget, SavedDebrief
    from afterword.store.session import Store


class Asking:
    """The answers so far, the questions done, and the decision date; ``save()`` keeps them as the draft."""

    def __init__(self, store: Store, target: DebriefTarget, console: Console, decision_date: date | None) -> None:
        self.store, self.target, self.console = store, target, console
        self.answers: dict[str, Any] = {}
        self.progress: list[str] = []
        self.decision_date = decision_date
        self.decision_given = decision_date is not None  # --decision-date: nothing to confirm

    def resume(self) -> None:
        draft = self.target.draft
        assert draft is not None
        self.answers = {key: value for key, value in json.loads(draft.content).items()}
        self.progress = list(self.target.progress)
        if not self.decision_given:
            self.decision_date = draft.decision_date

    def save(self) -> None:
        from afterword.services.debriefs import save_draft

        save_draft(self.store, self.target, self.answers, self.progress, self.decision_date)

    def text(self, question: str) -> str:
        from rich.prompt import Prompt
        from rich.text import Text

        return Prompt.ask(Text(question, style="bold"), console=self.console, default="", show_default=False).strip()

    def read(self, question: str, reader: Callable[[str], Any]) -> Any:  # noqa: ANN401 - what ``reader`` gives
        """Ask until ``reader`` accepts the answer (it raises DebriefError with what to type instead)."""
        while True:
            try:
                return reader(self.text(question))
            except DebriefError as error:
                self.console.print(str(error), style="yellow")

    def yes(self, question: str, default: bool) -> bool:
        def reader(answer: str) -> bool:
            if not answer:
                return default
            if answer.lower() in ("y", "yes"):
                return True
            if answer.lower() in ("n", "no"):
                return False
            raise DebriefError("answer y or n")

        return bool(self.read(f"{question} {'[Y/n]' if default else '[y/N]'}", reader))


def _went(ask: Asking) -> None:
    from afterword.services.debrief_answers import went_answer

    ask.answers["went"] = ask.read("How did it go? well, mixed or poorly (w/m/p)", went_answer)


def _confidence(ask: Asking) -> None:
    from afterword.services.debrief_answers import confidence_answer

    ask.answers["confidence"] = ask.read("How sure are you it went your way, from 1 (not at all) to 5 (very)?",
                                         confidence_answer)


def _signals(ask: Asking) -> None:
    from afterword.services.debrief_answers import COMMON_SIGNALS, signals_answer

    ask.console.print("Signals you noticed: pick by number, add others in your own words, commas between.")
    ask.console.print("   ".join(f"{number} {signal}" for number, signal in enumerate(COMMON_SIGNALS, 1)),
                      style="dim")
    ask.answers["signals"] = list(ask.read("Signals", signals_answer))


def _closing_question(ask: Asking) -> None:
    closing = ask.answers.get("closing_question") or {}
    if closing.get("asked"):  # resumed after the question was noted: its answer is what is left
        ask.console.print(f"The closing question you asked: {plain(closing['asked'], 200)}", style="dim")
    else:
        asked = ask.text("The closing question you asked (Enter if you didn't ask one)")
        if not asked:
            return
        closing = ask.answers["closing_question"] = {"asked": asked}
        ask.save()
    closing["answer"] = ask.text("What did they answer?")


def _email_reader(name: str) -> Callable[[str], str]:
    """An email as typed, once the service accepts it (a one-line reason to type it again otherwise)."""
    from afterword.services.debriefs import check_email

    def reader(text: str) -> str:
        if text:
            check_email(name, text)
        return text

    return reader


def _interviewers(ask: Asking) -> None:
    from afterword.services.debrief_answers import list_answer

    people: list[dict[str, Any]] = ask.answers.setdefault("interviewers", [])
    if people:
        ask.console.print(f"Noted already: {', '.join(plain(person['name'], 60) for person in people)}", style="dim")
    ask.console.print("Who interviewed you? One person at a time; Enter on an empty name when done.")
    while name := ask.text("Name"):
        person: dict[str, Any] = {"name": name}
        people.append(person)
        ask.save()
        for key, question, reader in (
                ("title", "Their title", str.strip),
                ("email", "Their email", _email_reader(name)),
                ("phone", "Their phone", str.strip),
                ("topics", "What you talked about with them (commas between)", lambda text: list(list_answer(text)))):
            value = ask.read(question, reader)
            if value:
                person[key] = value
                ask.save()


def _concerns(ask: Asking) -> None:
    concerns: list[str] = ask.answers.setdefault("concerns", [])
    ask.console.print("Concerns they raised, one at a time; Enter when done.")
    while concern := ask.text("Concern"):
        concerns.append(concern)
        ask.save()


def _decision(ask: Asking) -> None:
    from afterword.services.debrief_answers import spoken_day
    from afterword.services.debriefs import check_decision_date, read_decision

    phrase = ask.text('What did they say about when they will decide? (e.g. "in two weeks")')
    if not phrase:
        return
    ask.answers["decision"] = phrase
    ask.save()
    if ask.decision_given:
        return
    day = read_decision(ask.store.settings, phrase, ask.target.interview_on)
    if day is not None and ask.yes(f"That reads as {spoken_day(day)} — right?", default=True):
        ask.decision_date = day
        return
    if day is None:
        ask.console.print("Afterword cannot read that as a date, and does not guess one.", style="yellow")
    ask.decision_date = ask.read("The date, as YYYY-MM-DD (Enter to leave it empty)",
                                 lambda text: check_decision_date(text, ask.target.interview_on))


def _next_step(ask: Asking) -> None:
    ask.answers["next_step"] = ask.text("What is the next step, as they put it?")


ASKED: dict[str, Callable[[Asking], None]] = {
    "went": _went, "confidence": _confidence, "signals": _signals, "closing_question": _closing_question,
    "interviewers": _interviewers, "concerns": _concerns, "decision": _decision, "next_step": _next_step}


def _start(ask: Asking) -> bool:
    """Offer to resume a draft, or to replace a finished debrief; False when the person keeps the one there."""
    target = ask.target
    if target.draft is not None:
        if ask.yes(f"You have an unfinished debrief of interview {target.number} (last saved "
                   f"{day_of(target.draft.updated_at)}). Resume it?", default=True):
            ask.resume()
        return True
    if target.finished is not None:
        return ask.yes(f"Interview {target.number} has a debrief already (saved {day_of(target.finished.updated_at)})."
                       " Replace it?", default=False)
    return True


def ask_debrief(store: Store, target: DebriefTarget, console: Console,
                decision_date: date | None = None) -> SavedDebrief | None:
    """Ask the debrief's questions (those a resumed draft has not been through) and keep the answers; None when
    the person keeps the finished debrief there. KeyboardInterrupt and EOFError reach the caller after the last
    answer was saved."""
    from afterword.services.debrief_answers import questions_left
    from afterword.services.debriefs import finish_debrief

    ask = Asking(store, target, console, decision_date)
    if not _start(ask):
        return None
    for key in questions_left(ask.progress, ask.answers):
        ASKED[key](ask)
        ask.answers = {name: value for name, value in ask.answers.items() if value not in ("", None, [], {})}
        ask.progress.append(key)
        ask.save()
    return finish_debrief(store, target, ask.answers, ask.decision_date)

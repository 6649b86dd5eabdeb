"""The interactive debrief's answers as a person types them: "w" for well, "1, 3, they asked for references" for
signals, a date as YYYY-MM-DD. Each reader returns the value or raises DebriefError with what to type instead;
an empty answer is always "skip"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from afterword.debrief.model import DebriefError

# The questions of `afterword debrief` in the order they are asked; a draft remembers which are done.
QUESTIONS = ("went", "confidence", "signals", "closing_question", "interviewers", "concerns", "decision",
             "next_step")
ONE_ANSWER = ("went", "confidence", "signals", "next_step")  # answered once: done when kept
COMMON_SIGNALS = ("rapport", "ran over time", "talked about start date or pay", "introduced to the team",
                  "they sold the job", "short answers", "clock-watching")
_WENT = {"w": "well", "well": "well", "good": "well", "m": "mixed", "mixed": "mixed", "ok": "mixed",
         "p": "poorly", "poor": "poorly", "poorly": "poorly", "bad": "poorly", "badly": "poorly"}


def questions_left(progress: Sequence[str], answers: Mapping[str, object]) -> list[str]:
    """The questions a draft still has to ask: those it has not been through, less those it holds an answer to
    (a draft from an import keeps its answers but not its place). The closing question is done once it has its
    answer; interviewers, concerns and the decision are asked again until they were finished: a person may have
    been half-way through them."""
    closing = answers.get("closing_question")
    answered = {key for key in ONE_ANSWER if answers.get(key)}
    if isinstance(closing, Mapping) and closing.get("answer"):
        answered.add("closing_question")
    return [key for key in QUESTIONS if key not in progress and key not in answered]


def went_answer(text: str) -> str | None:
    """well, mixed or poorly (w, m, p and a few plain words read too); None for an empty answer."""
    wanted = text.strip().lower()
    if not wanted:
        return None
    if wanted not in _WENT:
        raise DebriefError(f"'{text.strip()}' is not well, mixed or poorly: type w, m or p, or press Enter to skip")
    return _WENT[wanted]


def confidence_answer(text: str) -> int | None:
    """A whole number from 1 to 5; None for an empty answer."""
    wanted = text.strip().removesuffix("/5").strip()
    if not wanted:
        return None
    if not wanted.isdigit() or not 1 <= int(wanted) <= 5:
        raise DebriefError(f"'{text.strip()}' is not from 1 to 5: type 1 (not at all) to 5 (very), or press Enter "
                           "to skip")
    return int(wanted)


def signals_answer(text: str) -> tuple[str, ...]:
    """The common signals picked by number and any in the person's own words, separated by commas
    ("1, 3, they asked for references"; "1 3 5" picks three)."""
    picked: list[str] = []
    for part in text.split(","):
        part = " ".join(part.split())
        if not part:
            continue
        if re.fullmatch(r"\d+( \d+)*", part):
            for number in part.split():
                if not 1 <= int(number) <= len(COMMON_SIGNALS):
                    raise DebriefError(f"there is no signal {number}: pick from 1 to {len(COMMON_SIGNALS)}, or "
                                       "write it in your own words")
                picked.append(COMMON_SIGNALS[int(number) - 1])
        else:
            picked.append(part)
    return tuple(dict.fromkeys(picked))


def list_answer(text: str) -> tuple[str, ...]:
    """Items separated by commas ("pipeline design, on-call")."""
    return tuple(item for part in text.split(",") if (item := " ".join(part.split())))


def day_answer(text: str) -> date | None:
    """A date written YYYY-MM-DD; None for an empty answer."""
    wanted = text.strip()
    if not wanted:
        return None
    try:
        return date.fromisoformat(wanted)
    except ValueError:
        raise DebriefError(f"'{wanted}' is not a date: write it as YYYY-MM-DD, e.g. 2026-12-15") from None


def spoken_day(day: date) -> str:
    """"Tuesday 15 December 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"

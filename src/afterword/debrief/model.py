"""What the candidate captured right after an interview: how it went, who they met and what was said.

The documented debrief format (docs/debrief-format.md) as immutable values. Every key is optional but an
interviewer's ``name``; ``from_mapping`` checks the types and values a person or another tool may get wrong and
raises one ``DebriefError`` that names the key and the fix. ``to_mapping`` gives the same shape back, so a debrief
round-trips through JSON or TOML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from afterword.errors import AfterwordError

Went = Literal["well", "mixed", "poorly"]
WENT: tuple[Went, ...] = ("well", "mixed", "poorly")
MAX_TEXT = 2_000  # characters in one answer: a debrief is notes, not a transcript
MAX_ITEMS = 50  # signals, topics, concerns, interviewers
KEYS = frozenset({"interview", "went", "confidence", "signals", "closing_question", "interviewers", "concerns",
                  "decision", "next_step", "notes"})
INTERVIEWER_KEYS = frozenset({"name", "title", "email", "phone", "topics"})


class DebriefError(AfterwordError):
    """A debrief (file or answers) that cannot be read: the message names the key and what to write instead."""


@dataclass(frozen=True, slots=True)
class ClosingQuestion:
    """The closing question as the candidate asked it, and what the interviewer answered."""

    asked: str = ""
    answer: str = ""


@dataclass(frozen=True, slots=True)
class InterviewerNotes:
    """One interviewer: who they are, how to reach them, and what the candidate discussed with them."""

    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Debrief:
    """One interview's debrief. ``interview`` is the interview's number within its application (1 = the first);
    ``decision`` is the timeline as the interviewer said it ("in two weeks"), read into a date elsewhere."""

    interview: int | None = None
    went: Went | None = None
    confidence: int | None = None
    signals: tuple[str, ...] = ()
    closing_question: ClosingQuestion | None = None
    interviewers: tuple[InterviewerNotes, ...] = ()
    concerns: tuple[str, ...] = ()
    decision: str = ""
    next_step: str = ""
    notes: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys this version does not know, kept as given

    def interviewer(self, name: str) -> InterviewerNotes | None:
        """The interviewer of that name (case and spacing ignored), or None."""
        wanted = " ".join(name.split()).casefold()
        return next((i for i in self.interviewers if " ".join(i.name.split()).casefold() == wanted), None)


def _text(value: Any, key: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DebriefError(f"Debrief key {key!r} must be text, not {type(value).__name__}: put it in quotes.")
    text = " ".join(value.split()) if "\n" not in value else value.strip()
    if len(text) > MAX_TEXT:
        raise DebriefError(f"Debrief key {key!r} is {len(text):,} characters long: keep it under {MAX_TEXT:,} "
                           "(notes, not a transcript).")
    return text


def _texts(value: Any, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]  # one signal or topic written without brackets
    if not isinstance(value, list | tuple):
        raise DebriefError(f"Debrief key {key!r} must be a list of texts, like [\"first\", \"second\"].")
    if len(value) > MAX_ITEMS:
        raise DebriefError(f"Debrief key {key!r} has {len(value)} items: keep it to {MAX_ITEMS} at most.")
    return tuple(text for item in value if (text := _text(item, key)))


def _number(value: Any, key: str, low: int, high: int) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise DebriefError(f"Debrief key {key!r} must be a whole number from {low} to {high}.")
    try:
        number = int(value)
    except ValueError:
        raise DebriefError(f"Debrief key {key!r} must be a whole number from {low} to {high}, not {value!r}.") \
            from None
    if not low <= number <= high:
        raise DebriefError(f"Debrief key {key!r} must be from {low} to {high}, not {number}.")
    return number


def _interviewer(value: Any, index: int) -> InterviewerNotes:
    where = f"interviewers[{index}]"
    if isinstance(value, str):
        value = {"name": value}  # a bare name is an interviewer with nothing more noted
    if not isinstance(value, Mapping):
        raise DebriefError(f"Debrief key {where!r} must be a table with at least a name, like "
                           "{\"name\": \"Priya Natarajan\", \"title\": \"Engineering Manager\"}.")
    unknown = sorted(set(value) - INTERVIEWER_KEYS)
    if unknown:
        raise DebriefError(f"Debrief key {where!r} has unknown key {unknown[0]!r}: use name, title, email, phone "
                           "or topics.")
    name = _text(value.get("name"), f"{where}.name")
    if not name:
        raise DebriefError(f"Debrief key {where!r} has no name: every interviewer needs one (\"name\": \"...\").")
    return InterviewerNotes(name=name, title=_text(value.get("title"), f"{where}.title"),
                            email=_text(value.get("email"), f"{where}.email"),
                            phone=_text(value.get("phone"), f"{where}.phone"),
                            topics=_texts(value.get("topics"), f"{where}.topics"))


def from_mapping(data: Mapping[str, Any]) -> Debrief:
    """A debrief from its documented shape (parsed JSON or TOML). Unknown top-level keys are kept in ``extra``
    (another tool's notes are not thrown away); wrong types and values raise DebriefError."""
    if not isinstance(data, Mapping):
        raise DebriefError("A debrief must be a table of keys (a JSON object or a TOML document), "
                           "like {\"went\": \"well\", \"decision\": \"in two weeks\"}.")
    went = data.get("went")
    if went in (None, ""):
        went = None
    elif not isinstance(went, str) or went.strip().lower() not in WENT:
        raise DebriefError(f"Debrief key 'went' must be one of well, mixed or poorly, not {went!r}.")
    else:
        went = went.strip().lower()
    closing = data.get("closing_question")
    question: ClosingQuestion | None = None
    if isinstance(closing, str):
        closing = {"asked": closing}
    if closing is not None:
        if not isinstance(closing, Mapping):
            raise DebriefError("Debrief key 'closing_question' must be a table: {\"asked\": \"...\", "
                               "\"answer\": \"...\"}.")
        question = ClosingQuestion(_text(closing.get("asked"), "closing_question.asked"),
                                   _text(closing.get("answer"), "closing_question.answer"))
        if not (question.asked or question.answer):
            question = None
    people = data.get("interviewers")
    if people is None:
        people = []
    if not isinstance(people, list | tuple):
        raise DebriefError("Debrief key 'interviewers' must be a list of tables, each with a name.")
    if len(people) > MAX_ITEMS:
        raise DebriefError(f"Debrief key 'interviewers' has {len(people)} people: keep it to {MAX_ITEMS} at most.")
    interviewers = tuple(_interviewer(person, index) for index, person in enumerate(people))
    return Debrief(
        interview=_number(data.get("interview"), "interview", 1, 999),
        went=cast(Went | None, went),
        confidence=_number(data.get("confidence"), "confidence", 1, 5),
        signals=_texts(data.get("signals"), "signals"),
        closing_question=question,
        interviewers=interviewers,
        concerns=_texts(data.get("concerns"), "concerns"),
        decision=_text(data.get("decision"), "decision"),
        next_step=_text(data.get("next_step"), "next_step"),
        notes=_text(data.get("notes"), "notes"),
        extra={key: value for key, value in data.items() if key not in KEYS},
    )


def to_mapping(debrief: Debrief) -> dict[str, Any]:
    """The debrief in its documented shape, keys with nothing in them left out; ``from_mapping`` reads it back
    to an equal debrief."""
    out: dict[str, Any] = {}
    if debrief.interview is not None:
        out["interview"] = debrief.interview
    if debrief.went is not None:
        out["went"] = debrief.went
    if debrief.confidence is not None:
        out["confidence"] = debrief.confidence
    if debrief.signals:
        out["signals"] = list(debrief.signals)
    if debrief.closing_question is not None:
        out["closing_question"] = {key: value for key, value in (("asked", debrief.closing_question.asked),
                                                                  ("answer", debrief.closing_question.answer))
                                   if value}
    if debrief.interviewers:
        out["interviewers"] = [{key: value for key, value in (("name", i.name), ("title", i.title),
                                                              ("email", i.email), ("phone", i.phone),
                                                              ("topics", list(i.topics))) if value}
                               for i in debrief.interviewers]
    if debrief.concerns:
        out["concerns"] = list(debrief.concerns)
    for key in ("decision", "next_step", "notes"):
        if value := getattr(debrief, key):
            out[key] = value
    out.update(debrief.extra)
    return out

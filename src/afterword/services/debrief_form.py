"""The debrief as a web form: the fields a page shows (filled from a draft, a finished debrief, or the people
the interview was added with), those fields read back into the debrief's documented answers, and the form sent:
kept as a draft, or finished. Finishing reads the decision phrase into a date; when it names none, the person is
asked for the date (a phrase is never guessed into one), and finishing again without a date leaves it empty.

The reading and keeping are services/debriefs.py's, the same the CLI uses; nothing here decides a date itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from afterword.debrief.model import KEYS, MAX_ITEMS, DebriefError
from afterword.services.debrief_answers import COMMON_SIGNALS, QUESTIONS, list_answer
from afterword.services.debriefs import (
    DebriefTarget,
    SavedDebrief,
    check_decision_date,
    debrief_target,
    finish_debrief,
    read_decision,
    save_draft,
)
from afterword.services.views import ApplicationSummary, InterviewView, interview_of, summary_of
from afterword.store import applications, debriefs
from afterword.store.session import Store

WENT_CHOICES = (("well", "Well"), ("mixed", "Mixed"), ("poorly", "Poorly"))
CONFIDENCE_CHOICES = ((1, "not at all"), (2, "a little"), (3, "somewhat"), (4, "fairly"), (5, "very"))
MIN_PEOPLE_ROWS = 2  # rows for interviewers on the page: everyone noted, one empty row, and at least this many
MAX_PEOPLE_ROWS = MAX_ITEMS


@dataclass(frozen=True, slots=True)
class PersonFields:
    """One interviewer's row of the form, as typed; ``topics`` is a comma-separated list."""

    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    topics: str = ""

    @property
    def empty(self) -> bool:
        return not any(value.strip() for value in (self.name, self.title, self.email, self.phone, self.topics))


@dataclass(frozen=True, slots=True)
class DebriefFields:
    """The debrief form's fields as typed (or as filled in from what is kept). ``signals`` are the common signals
    ticked, ``signals_other`` the rest in the person's own words; ``concerns`` one per line; ``decision_date``
    YYYY-MM-DD or empty."""

    went: str = ""
    confidence: str = ""
    signals: tuple[str, ...] = ()
    signals_other: str = ""
    closing_asked: str = ""
    closing_answer: str = ""
    people: tuple[PersonFields, ...] = ()
    concerns: str = ""
    decision: str = ""
    decision_date: str = ""
    next_step: str = ""
    notes: str = ""

    def with_rows(self, rows: int) -> DebriefFields:
        """The same fields with at least ``rows`` interviewer rows, and always one empty row to add someone."""
        people = [person for person in self.people if not person.empty]
        wanted = min(MAX_PEOPLE_ROWS, max(rows, len(people) + 1, MIN_PEOPLE_ROWS))
        people += [PersonFields()] * max(0, wanted - len(people))
        return DebriefFields(self.went, self.confidence, self.signals, self.signals_other, self.closing_asked,
                             self.closing_answer, tuple(people), self.concerns, self.decision, self.decision_date,
                             self.next_step, self.notes)


@dataclass(frozen=True, slots=True)
class NumberedInterview:
    number: int  # 1 = the application's first interview
    interview: InterviewView
    debriefed: bool  # it has a finished debrief
    draft: bool  # it has a draft debrief


@dataclass(frozen=True, slots=True)
class DebriefPage:
    """What the debrief page shows: the application, its interviews, and the form for one of them (``target`` is
    None when the application has no interview yet)."""

    application: ApplicationSummary
    interviews: tuple[NumberedInterview, ...]
    target: DebriefTarget | None
    fields: DebriefFields


@dataclass(frozen=True, slots=True)
class SubmittedDebrief:
    """What became of the form: ``saved`` when the debrief was finished; ``ask_date`` when the decision phrase
    names no date the page can read, so it asks for one (the answers are kept as a draft meanwhile)."""

    target: DebriefTarget
    saved: SavedDebrief | None
    ask_date: bool
    decision_read: date | None  # the date read from the phrase, when it was


def _joined(values: Sequence[str]) -> str:
    return ", ".join(values)


def fields_of(content: Mapping[str, Any], decision_date: date | None) -> DebriefFields:
    """The form's fields filled from a kept debrief (its documented shape)."""
    from afterword.debrief.model import from_mapping

    debrief = from_mapping(content)
    common = [signal for signal in debrief.signals if signal in COMMON_SIGNALS]
    other = [signal for signal in debrief.signals if signal not in COMMON_SIGNALS]
    closing = debrief.closing_question
    return DebriefFields(
        went=debrief.went or "", confidence=str(debrief.confidence or ""), signals=tuple(common),
        signals_other=_joined(other), closing_asked=closing.asked if closing else "",
        closing_answer=closing.answer if closing else "",
        people=tuple(PersonFields(person.name, person.title, person.email, person.phone, _joined(person.topics))
                     for person in debrief.interviewers),
        concerns="\n".join(debrief.concerns), decision=debrief.decision,
        decision_date=decision_date.isoformat() if decision_date else "", next_step=debrief.next_step,
        notes=debrief.notes)


def _first_fields(target: DebriefTarget) -> DebriefFields:
    """What the form starts from: the kept draft or debrief, else the people the interview was added with."""
    if target.existing is not None:
        return fields_of(json.loads(target.existing.content), target.existing.decision_date)
    return DebriefFields(people=tuple(PersonFields(person.name, person.title or "")
                                      for person in target.interview.interviewers))


def debrief_page(store: Store, ref: str, number: int | None = None, *, rows: int = 0) -> DebriefPage:
    """The debrief page of the application ``ref`` names, for its interview ``number`` (default: the latest that
    has begun), pre-filled; without an interview, a page that says to add one first."""
    with store.reading() as session:
        application = applications.find(session, ref)
        ordered = debriefs.numbered(application.interviews)
        listed = tuple(NumberedInterview(index, interview_of(interview),
                                         interview.debrief is not None and not interview.debrief.draft,
                                         interview.debrief is not None and interview.debrief.draft)
                       for index, interview in enumerate(ordered, 1))
        summary = summary_of(application)
    if not listed:
        return DebriefPage(summary, (), None, DebriefFields())
    if number is not None and not 1 <= number <= len(listed):
        count = "1 interview" if len(listed) == 1 else f"{len(listed)} interviews"
        raise DebriefError(f"{summary.company} — {summary.role} has {count}, so there is no interview {number}; "
                           "open the debrief from the application's page")
    target = debrief_target(store, ref, number)
    return DebriefPage(summary, listed, target, _first_fields(target).with_rows(rows))


def _text(value: str) -> str:
    return value.strip()


def answers_of(fields: DebriefFields) -> dict[str, Any]:
    """The debrief's answers (its documented shape, keys with nothing in them left out) from the form's fields.
    An interviewer row with details but no name is a one-line DebriefError: every interviewer needs a name."""
    answers: dict[str, Any] = {}
    if fields.went.strip():
        answers["went"] = fields.went.strip()
    if fields.confidence.strip():
        answers["confidence"] = fields.confidence.strip()
    signals = [signal for signal in fields.signals if signal.strip()] + list(list_answer(fields.signals_other))
    if signals:
        answers["signals"] = list(dict.fromkeys(signals))
    closing = {key: text for key, text in (("asked", _text(fields.closing_asked)),
                                           ("answer", _text(fields.closing_answer))) if text}
    if closing:
        answers["closing_question"] = closing
    people = []
    for index, person in enumerate(fields.people, 1):
        if person.empty:
            continue
        if not person.name.strip():
            raise DebriefError(f"person {index} in the interviewers has no name: add their name, or clear that row")
        entry: dict[str, Any] = {key: text for key, text in (("name", _text(person.name)),
                                                             ("title", _text(person.title)),
                                                             ("email", _text(person.email)),
                                                             ("phone", _text(person.phone))) if text}
        topics = list(list_answer(person.topics))
        if topics:
            entry["topics"] = topics
        people.append(entry)
    if people:
        answers["interviewers"] = people
    concerns = [line.strip() for line in fields.concerns.splitlines() if line.strip()]
    if concerns:
        answers["concerns"] = concerns
    for key in ("decision", "next_step", "notes"):
        if text := _text(getattr(fields, key)):
            answers[key] = text
    return answers


def _with_extra(target: DebriefTarget, answers: dict[str, Any]) -> dict[str, Any]:
    """``answers`` with the keys another tool kept in the debrief that this form does not show."""
    if target.existing is None:
        return answers
    kept = json.loads(target.existing.content)
    return answers | {key: value for key, value in kept.items() if key not in KEYS}


def submit_debrief(store: Store, ref: str, number: int | None, fields: DebriefFields, *, finish: bool,
                   asked_phrase: str = "") -> SubmittedDebrief:
    """Keep the form's answers for the application's interview ``number``: as a draft, or finished (``finish``).

    A finished debrief takes the decision date typed in the form; else the date the decision phrase names; when
    the phrase names none, the answers stay a draft and ``ask_date`` is set, unless the page asked already for
    this very phrase (``asked_phrase``): then it is finished with the date left empty. A debrief finished already
    is never turned back into a draft: saving it finishes it again."""
    target = debrief_target(store, ref, number)
    finish = finish or target.finished is not None
    answers = _with_extra(target, answers_of(fields))
    day = check_decision_date(fields.decision_date.strip() or None, target.interview_on)
    if target.finished is None:  # a draft keeps every answer, whatever happens next
        progress = tuple(key for key in QUESTIONS if key in answers)
        save_draft(store, target, answers, progress, day)
    if not finish:
        return SubmittedDebrief(target, None, ask_date=False, decision_read=None)
    read = None
    phrase = answers.get("decision", "")
    if day is None and phrase:
        read = read_decision(store.settings, phrase, target.interview_on)
        if read is None and " ".join(asked_phrase.split()) != " ".join(phrase.split()):
            return SubmittedDebrief(target, None, ask_date=True, decision_read=None)
        day = read
    saved = finish_debrief(store, debrief_target(store, ref, target.number), answers, day)
    return SubmittedDebrief(saved.target, saved, ask_date=False, decision_read=read)

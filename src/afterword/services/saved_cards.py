"""An application's latest saved Closing Card, read back from its JSON (the card as the candidate prepared it) into
the shape a page shows: the pitch, the questions, the prepared answers to concerns, the closing ladder and the
checklist, each generated sentence with the lines of the candidate's own documents that back it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.services.views import ApplicationSummary
    from afterword.store.session import Store

MORE_SHOWN = 3  # "also asked" items listed, as the Markdown card lists them (coach.render.MORE_SHOWN)


@dataclass(frozen=True, slots=True)
class Cited:
    """A generated sentence and where its claims come from ("resume 8; why 1"; "" when nothing needs a source)."""

    text: str
    refs: str = ""


@dataclass(frozen=True, slots=True)
class QuestionView:
    text: str
    who: str  # "ask Dana Reyes", or the kinds of interviewer it suits ("hiring manager / executive")
    source: str | None  # the research line it is built on: "notes.md, line 4: “...”"
    source_file: str = ""
    source_line: int = 0
    source_text: str = ""


@dataclass(frozen=True, slots=True)
class PitchView:
    style: str
    words: int
    seconds: int
    sentences: tuple[Cited, ...]


@dataclass(frozen=True, slots=True)
class ConcernView:
    concern: str
    tip: str
    label: str
    answer: tuple[Cited, ...]


@dataclass(frozen=True, slots=True)
class RungView:
    level: str
    when: str
    questions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SavedCard:
    """The latest card of an application, as saved."""

    application: ApplicationSummary
    version: int
    created_at: datetime
    title: str
    fit_score: int
    must_have: dict[str, int]
    fit_line: str
    warnings: tuple[str, ...]
    interviewers: tuple[str, ...]
    questions: tuple[QuestionView, ...]
    pitches: tuple[PitchView, ...]
    needs_why: bool  # no why-this-job text was given: the pitch leaves the motivation to the candidate
    concerns: tuple[ConcernView, ...]
    more_concerns: tuple[tuple[str, int], ...]  # (requirement, posting line), the first MORE_SHOWN
    more_count: int
    ladder: tuple[RungView, ...]
    using_the_answer: tuple[str, ...]
    checklist: tuple[str, ...]
    answered: tuple[tuple[str, str], ...]  # ("location, remote policy", "Hybrid: 2 days a week ...")
    sources: dict[str, str]

    @property
    def pitch(self) -> PitchView | None:
        """The standard pitch (else the first one): the one the printed card shows."""
        return next((p for p in self.pitches if p.style == "standard"), self.pitches[0] if self.pitches else None)


def _cited(items: Sequence[Mapping[str, Any]]) -> tuple[Cited, ...]:
    from afterword.coach.sources import Sentence, Source

    return tuple(Cited(str(item["text"]), Sentence(str(item["text"]), tuple(
        Source(source["document"], int(source["line"]), str(source.get("text", "")))
        for source in item.get("sources", []))).refs) for item in items)


def _who(question: Mapping[str, Any]) -> str:
    from afterword.coach.interviewers import TYPE_LABELS

    if question.get("ask"):
        return f"ask {question['ask']}"
    return " / ".join(TYPE_LABELS.get(kind, str(kind)) for kind in question.get("suits", []))


def _question(item: Mapping[str, Any]) -> QuestionView:
    source = item.get("source")
    if not source:
        return QuestionView(str(item["text"]), _who(item), None)
    return QuestionView(str(item["text"]), _who(item), f"{source['file']}, line {source['line']}: “{source['text']}”",
                        str(source["file"]), int(source["line"]), str(source["text"]))


def _concern(item: Mapping[str, Any]) -> ConcernView:
    return ConcernView(str(item.get("concern", "")), str(item.get("tip", "")),
                       str(item.get("answer_label") or "If you haven't"), _cited(item.get("sentences", [])))


def _fit_line(fit: Mapping[str, Any]) -> str:
    """The card's fit line ("Fit 80/100 — must-haves: 6 shown, 1 in part, 1 not shown"), as ClosingCard.fit_line
    writes it, from the saved figures."""
    must = fit["must_have"]
    confirm = f", {must['to_confirm']} to confirm" if must.get("to_confirm") else ""
    example = f", {must['by_example']} to show by example" if must.get("by_example") else ""
    return (f"Fit {fit['score']}/100 — must-haves: {must['strong']} shown, {must['partial']} in part, "
            f"{must['gap']} not shown{confirm}{example}")


def _answered(items: Sequence[Mapping[str, Any]]) -> tuple[tuple[str, str], ...]:
    by_text: dict[str, list[str]] = {}
    for fact in items:
        by_text.setdefault(str(fact["text"]), []).append(str(fact["topic"]).replace("_", " "))
    return tuple((", ".join(topics), text) for text, topics in by_text.items())


def card_view(content: Mapping[str, Any], application: ApplicationSummary, version: int,
              created_at: datetime) -> SavedCard:
    """A saved card's JSON (the afterword.card/1 contract) as a SavedCard."""
    from afterword.coach.sources import quote

    more = content.get("more_concerns", [])
    title = " at ".join(part for part in (content.get("role"), content.get("company")) if part) or application.title
    return SavedCard(
        application=application, version=version, created_at=created_at, title=title,
        fit_score=int(content["fit"]["score"]), must_have=dict(content["fit"]["must_have"]),
        fit_line=_fit_line(content["fit"]), warnings=tuple(str(w) for w in content.get("warnings", [])),
        interviewers=tuple(", ".join(part for part in (i.get("name"), i.get("title")) if part)
                           for i in content.get("interviewers", [])),
        questions=tuple(_question(q) for q in content.get("questions", [])),
        pitches=tuple(PitchView(str(p["style"]), int(p["words"]), int(p["seconds"]), _cited(p.get("sentences", [])))
                      for p in content.get("pitches", [])),
        needs_why=bool(content.get("why_prompt")),
        concerns=tuple(_concern(c) for c in content.get("concerns", [])),
        more_concerns=tuple((quote(str(c["requirement"])), int(c["requirement_line"])) for c in more[:MORE_SHOWN]),
        more_count=len(more),
        ladder=tuple(RungView(str(r["level"]), str(r["when"]), tuple(str(q) for q in r.get("questions", [])))
                     for r in content.get("ladder", [])),
        using_the_answer=tuple(str(line) for line in content.get("using_the_answer", [])),
        checklist=tuple(str(item) for item in content.get("checklist", [])),
        answered=_answered(content.get("answered_topics", [])),
        sources={str(key): str(value) for key, value in (content.get("sources") or {}).items()})


def latest_card(store: Store, ref: str) -> SavedCard | None:
    """The latest card saved for the application ``ref`` names; None before the first. A card that cannot be
    read back is an error that says to prepare a new one."""
    from afterword.services.views import summary_of
    from afterword.store import applications, cards

    with store.transaction() as session:
        application = applications.find(session, ref)
        summary = summary_of(application)
        saved = cards.latest(session, application)
        if saved is None:
            return None
        version, created_at, content = saved.version, saved.created_at, saved.content
    try:
        return card_view(json.loads(content), summary, version, created_at)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        raise AfterwordError(f"card version {version} could not be read back; prepare a new version of the card "
                             "with the form on its page") from None

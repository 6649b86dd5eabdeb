"""Questions to ask at the close: ranked picks from our question bank, never about what is already answered,
with at least two tailored to the candidate's research when there is research to draw on."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from afterword.coach.interviewers import Interviewer, InterviewerType
from afterword.coach.research import ResearchPoint, research_points
from afterword.models import Document

MIN_QUESTIONS, MAX_QUESTIONS = 5, 8
# Topics the end-of-interview checklist already covers, or that belong to a recruiter conversation.
_CHECKLIST_TOPICS = frozenset({"decision-process", "interview-process"})
_PRACTICAL_TOPICS = frozenset({"compensation", "benefits", "location", "schedule", "travel", "visa", "start-date",
                               "remote-work", "company-size"})


@dataclass(frozen=True, slots=True)
class BankQuestion:
    id: str
    text: str
    topic: str
    suits: tuple[str, ...]
    redundant_if: tuple[str, ...]
    priority: int


@dataclass(frozen=True, slots=True)
class ResearchTemplate:
    id: str
    kind: str
    text: str
    suits: tuple[str, ...]
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuestionBank:
    questions: tuple[BankQuestion, ...]
    templates: tuple[ResearchTemplate, ...]

    def cues(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, tuple[str, ...]] = {}
        for template in self.templates:
            out[template.kind] = tuple(dict.fromkeys(out.get(template.kind, ()) + template.cues))
        return out


@dataclass(frozen=True, slots=True)
class CardQuestion:
    text: str
    topic: str
    suits: tuple[str, ...]
    ask: str = ""                     # whom to ask: an interviewer's name, or empty for anyone
    source: ResearchPoint | None = None
    skipped_because: tuple[str, ...] = field(default_factory=tuple)

    @property
    def tailored(self) -> bool:
        return self.source is not None


@lru_cache(maxsize=1)
def load_bank() -> QuestionBank:
    raw = tomllib.loads(resources.files("afterword.data").joinpath("questions.toml").read_text(encoding="utf-8"))
    questions = tuple(
        BankQuestion(q["id"], q["text"], q["topic"], tuple(q["suits"]), tuple(q.get("redundant_if", ())),
                     int(q.get("priority", 3)))
        for q in raw["question"])
    templates = tuple(
        ResearchTemplate(t["id"], t["kind"], t["text"], tuple(t["suits"]), tuple(t["cues"]))
        for t in raw.get("research_template", ()))
    return QuestionBank(questions, templates)


def _whom(suits: Sequence[str], interviewers: Sequence[Interviewer]) -> str:
    return next((i.name for i in interviewers if i.type in suits), "")


def _tailored(points: list[ResearchPoint], bank: QuestionBank, types: Sequence[InterviewerType],
              interviewers: Sequence[Interviewer], wanted: int) -> list[CardQuestion]:
    """Questions on the research: one per kind of news first; then, if that gives fewer than two, a second point
    of a kind already used, with another of that kind's templates (so no two questions read alike)."""
    out: list[CardQuestion] = []
    used_templates: set[str] = set()
    used_points: set[int] = set()
    for repeat_kinds in (False, True):
        if repeat_kinds:
            wanted = min(wanted, 2)  # a second question on a kind already asked about, only to reach two
        used_kinds = {q.topic for q in out}
        for index, point in enumerate(points):
            if len(out) >= wanted:
                return out
            if index in used_points or (not repeat_kinds and f"research: {point.kind}" in used_kinds):
                continue
            templates = [t for t in bank.templates if t.kind == point.kind and t.id not in used_templates]
            template = next((t for t in templates if set(t.suits) & set(types)), templates[0] if templates else None)
            if template is None:
                continue
            used_templates.add(template.id)
            used_points.add(index)
            used_kinds.add(f"research: {point.kind}")
            out.append(CardQuestion(template.text.format(detail=point.detail), f"research: {point.kind}",
                                    template.suits, _whom(template.suits, interviewers), point))
    return out


def select_questions(
    answered: frozenset[str],
    interviewers: Sequence[Interviewer] = (),
    research: Sequence[Document] = (),
    *,
    bank: QuestionBank | None = None,
    count: int = 7,
) -> list[CardQuestion]:
    """5–8 ranked questions: tailored ones first, then the bank's best for these interviewers, one per topic."""
    bank = bank or load_bank()
    count = max(MIN_QUESTIONS, min(MAX_QUESTIONS, count))
    types: list[InterviewerType] = [i.type for i in interviewers] or ["hiring_manager"]
    points = research_points(research, bank.cues()) if research else []
    chosen = _tailored(points, bank, types, interviewers, wanted=min(3, max(2, count - 4)))
    recruiter_only = set(types) == {"recruiter"}

    def score(question: BankQuestion) -> float:
        fit = sum(1 for t in types if t in question.suits) / len(types)
        return question.priority * 2 + fit * 4 + (1 if types[0] in question.suits else 0)

    candidates = [
        q for q in bank.questions
        if not set(q.redundant_if) & answered
        and q.topic not in _CHECKLIST_TOPICS
        and (recruiter_only or q.topic not in _PRACTICAL_TOPICS)
        and set(q.suits) & set(types)
    ]
    candidates.sort(key=lambda q: (-score(q), q.id))
    # Spread the questions over the interviewers: each slot goes to whoever has the fewest so far.
    load = {i.name: sum(1 for q in chosen if q.ask == i.name) for i in interviewers}
    topics = {q.topic for q in chosen}
    while len(chosen) < count:
        target = min(interviewers, key=lambda i: load[i.name]) if interviewers else None
        fresh = [q for q in candidates if q.topic not in topics]
        if not fresh:
            break
        question = next((q for q in fresh if target is None or target.type in q.suits), fresh[0])
        ask = target.name if target is not None and target.type in question.suits else _whom(question.suits,
                                                                                             interviewers)
        if ask:
            load[ask] += 1
        topics.add(question.topic)
        chosen.append(CardQuestion(question.text, question.topic, question.suits, ask))
    return chosen


def skipped_questions(answered: frozenset[str], bank: QuestionBank | None = None) -> list[BankQuestion]:
    """Bank questions left out because the posting or research already answers them."""
    bank = bank or load_bank()
    return [q for q in bank.questions if set(q.redundant_if) & answered]

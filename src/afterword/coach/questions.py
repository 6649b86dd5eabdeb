"""Questions to ask at the close: ranked picks from our question bank, never about what is already answered,
with at least two tailored to the candidate's research when there is research to draw on, and, when the posting's
focus is known, one on what it stresses most and several for its kind of role and level."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from afterword.analysis.matching import content_words
from afterword.coach.interviewers import Interviewer, InterviewerType
from afterword.coach.posting_focus import PostingFocus
from afterword.coach.research import ResearchPoint, research_points
from afterword.models import Document

MIN_QUESTIONS, MAX_QUESTIONS = 5, 8
# Topics the end-of-interview checklist already covers, or that belong to a recruiter conversation.
_CHECKLIST_TOPICS = frozenset({"decision-process", "interview-process"})
_PRACTICAL_TOPICS = frozenset({"compensation", "benefits", "location", "schedule", "travel", "visa", "start-date",
                               "remote-work", "company-size"})
# How far a question for the posting's role family, or its level, ranks above one for any posting (a priority
# step is worth 2), and how many such questions a card takes before the rest of the bank gets a say: family
# questions fill all but two of the free places, between two and four of them.
FAMILY_BONUS, SENIORITY_BONUS = 5, 4
MIN_FAMILY_QUESTIONS, MAX_FAMILY_QUESTIONS, MAX_SENIORITY_QUESTIONS = 2, 4, 2


@dataclass(frozen=True, slots=True)
class BankQuestion:
    id: str
    text: str
    topic: str
    suits: tuple[str, ...]
    redundant_if: tuple[str, ...]
    priority: int
    families: tuple[str, ...] = ()   # asked only for these role families; empty: for every posting
    seniority: tuple[str, ...] = ()  # asked only at these levels; empty: at every level
    requires: tuple[str, ...] = ()   # asked only when the posting uses one of these words ("on-call", "month-end")
    unless: tuple[str, ...] = ()     # not asked when the posting already says one of these ("patients per shift")

    def fits(self, focus: PostingFocus | None) -> bool:
        """Whether the question suits a posting of this focus (without one, only the questions for any posting)."""
        if focus is None:
            return not self.families and not self.seniority and not self.requires
        return (not self.families or focus.family in self.families) and (
            not self.seniority or focus.seniority in self.seniority) and (
            not self.requires or any(_uses(focus.said, word) for word in self.requires)) and not any(
            phrase in focus.said for phrase in self.unless)


def _uses(said: str, word: str) -> bool:
    """True when the posting's words (lowercased) use ``word``: a longer word also in its other forms ("deploy" in
    "deploying"), a short one only as itself ("sre")."""
    word = word.lower()
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}" + ("" if len(word) >= 5 else r"(?![\w-])"), said))


@dataclass(frozen=True, slots=True)
class StressTemplate:
    id: str
    kind: str  # "skill" (a tool), "practice" (any other skill), "theme" (a concern) or "any"
    text: str  # with "{focus}"
    suits: tuple[str, ...]


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
    stress_templates: tuple[StressTemplate, ...] = ()

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
                     int(q.get("priority", 3)), tuple(q.get("families", ())), tuple(q.get("seniority", ())),
                     tuple(q.get("requires", ())), tuple(q.get("unless", ())))
        for q in raw["question"])
    templates = tuple(
        ResearchTemplate(t["id"], t["kind"], t["text"], tuple(t["suits"]), tuple(t["cues"]))
        for t in raw.get("research_template", ()))
    stress = tuple(StressTemplate(t["id"], t["kind"], t["text"], tuple(t["suits"]))
                   for t in raw.get("stress_template", ()))
    return QuestionBank(questions, templates, stress)


def _whom(suits: Sequence[str], interviewers: Sequence[Interviewer], asked: Sequence[str] = ()) -> str:
    """The interviewer to ask: of those the question suits, the one ``asked`` names least (the first on a tie)."""
    fitting = [i for i in interviewers if i.type in suits]
    return min(fitting, key=lambda i: asked.count(i.name)).name if fitting else ""


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
                                    template.suits, _whom(template.suits, interviewers, [q.ask for q in out]), point))
    return out


_SHARE = re.compile(r"how much of this role is|behind that emphasis", re.IGNORECASE)
_SOUGHT = re.compile(r"\b(?:looking for|seeking|hiring|recruiting) (?:an? |the |our )?(?:new )?([a-z][\w -]{2,40})")


def _is_the_job(name: str, focus: PostingFocus) -> bool:
    """True when a skill is the job itself ("bioinformatics" for a posting "looking for a bioinformatician",
    "cybersecurity" for a Cybersecurity Analyst, "biochemistry" for a PhD that asks a master's in it): "How much of
    this role is it?" would show the posting unread; so is "mobile development" for a Mobile Engineer, by any of
    its words of five letters or more."""
    stems = [word[:8] for word in re.findall(r"[a-z][\w+#-]*", name.lower()) if len(word) >= 5]
    if not stems:
        return False
    sought = " ".join(m.group(1) for m in _SOUGHT.finditer(focus.said[:3_000]))
    role = focus.role.lower()
    return any(stem in role or stem in sought for stem in stems) or _degree_field(name, focus)


def _degree_field(name: str, focus: PostingFocus) -> bool:
    """True when a skill is the field of the degree the posting asks ("biochemistry" for "a master's in
    biochemistry"): the ground of the job, no emphasis to ask about."""
    stem = name.lower().split()[-1][:8]
    return len(stem) >= 5 and stem in focus.fields


def _stress_question(focus: PostingFocus, bank: QuestionBank, types: Sequence[InterviewerType],
                     interviewers: Sequence[Interviewer], chosen: Sequence[CardQuestion]) -> CardQuestion | None:
    """One question on what the posting stresses most: a tool gets a "skill" template ("How does the team use
    Kubernetes ..."), a concern a "theme" one ("What does patient safety look like ..."), any other skill a
    "practice" one ("How much of this role is wound care ..."), in a form for the interviewer asked least so far.
    None when the posting repeats nothing or it is already asked about."""
    asked = [q.ask for q in chosen]
    # a tool the candidate has not used is never asked about: "How does the team use Jakarta EE today, and what
    # would you like to change about it?" from someone who never has opens the conversation on their gap
    for name in focus.stressed:
        if any(name.casefold() in q.text.casefold() for q in chosen) or _degree_field(name, focus) \
                or (name in focus.tools and name not in focus.held):
            continue
        kind = "skill" if name in focus.tools else "theme" if name in focus.themes else "practice"
        # the job itself ("mobile development" for a Mobile Engineer) is no share to ask about, nor an emphasis
        the_job = _is_the_job(name, focus)
        fitting = sorted((t for t in bank.stress_templates if t.kind in (kind, "any")
                          and not (the_job and _SHARE.search(t.text))),
                         key=lambda t: t.kind == "any")
        least_asked = [i.type for i in sorted(interviewers, key=lambda i: asked.count(i.name))] or types
        template = next((t for type_ in least_asked for t in fitting if type_ in t.suits), None)
        if template is not None:
            return CardQuestion(template.text.format(focus=name), f"focus: {name}", template.suits,
                                _whom(template.suits, interviewers, asked))
    return None


def _duty_question(focus: PostingFocus, bank: QuestionBank, types: Sequence[InterviewerType],
                   interviewers: Sequence[Interviewer]) -> CardQuestion | None:
    """"The posting mentions “plan and lead projects through the development phase”: what does that look like here
    in a typical week?": a duty of the posting quoted whole, for a card whose questions would otherwise be the bank's
    alone (no research, nothing the posting stresses). None when the posting gives no short duty."""
    if not focus.duty:
        return None
    template = next((t for t in bank.stress_templates if t.kind == "duty" and set(t.suits) & set(types)), None)
    if template is None:
        return None
    return CardQuestion(template.text.format(focus=focus.duty), "focus: duty", template.suits,
                        _whom(template.suits, interviewers, []))


# The time a question looks at: "in the first year", "over the next year" and "a year from now" ask the same thing
# of the same year; "the first month", "90 days" and "the first three months" of the first months.
_HORIZONS = (
    ("first months", re.compile(r"\b(?:first (?:few |two |three |six )?months?|\d+ days|(?:three|six)[- ]month)\b",
                                re.IGNORECASE)),
    ("year", re.compile(r"\b(?:(?:first|next|coming) year|this year|a year from now|year ahead|twelve months)\b",
                        re.IGNORECASE)),
    ("years", re.compile(r"\b(?:next (?:few|two|three|couple of) (?:or \w+ )?years|\w+ to \w+ years)\b",
                         re.IGNORECASE)),
)


def horizon(text: str) -> str | None:
    """The stretch of time a question asks about ("first months", "year", "years"), or None."""
    return next((name for name, pattern in _HORIZONS if pattern.search(text)), None)


def select_questions(
    answered: frozenset[str],
    interviewers: Sequence[Interviewer] = (),
    research: Sequence[Document] = (),
    *,
    bank: QuestionBank | None = None,
    count: int = 5,
    focus: PostingFocus | None = None,
) -> list[CardQuestion]:
    """5–8 ranked questions (5 unless asked for more: a card is one page, and an interview's close has room for
    a few): tailored ones first, then one on what the posting stresses, then the bank's best for
    these interviewers and this posting (its role family and level first, when ``focus`` is given), one per
    topic, spread over the interviewers."""
    bank = bank or load_bank()
    count = max(MIN_QUESTIONS, min(MAX_QUESTIONS, count))
    types: list[InterviewerType] = [i.type for i in interviewers] or ["hiring_manager"]
    relevant = focus.terms if focus is not None else frozenset()
    points = research_points(research, bank.cues(), relevant=relevant) if research else []
    chosen = _tailored(points, bank, types, interviewers, wanted=min(3, max(2, count - 2)))
    stress = _stress_question(focus, bank, types, interviewers, chosen) if focus else None
    if stress is not None:
        chosen.append(stress)
    elif not chosen and focus is not None and (duty := _duty_question(focus, bank, types, interviewers)):
        chosen.append(duty)  # nothing else tailored to this posting: one of its own duties, in its words
    # What the stress question asks about is asked once: no bank question naming it again ("month-end close" and
    # "What does month-end look like ... how long does the close take?").
    stressed = frozenset(content_words(stress.topic.removeprefix("focus: "))) if stress else frozenset()
    recruiter_only = set(types) == {"recruiter"}
    candidates = [
        q for q in bank.questions
        if not set(q.redundant_if) & answered
        and q.topic not in _CHECKLIST_TOPICS
        and (recruiter_only or q.topic not in _PRACTICAL_TOPICS)
        and set(q.suits) & set(types)
        and q.fits(focus)
        and not (stressed and stressed <= content_words(q.text))
    ]
    family_left = max(MIN_FAMILY_QUESTIONS, min(MAX_FAMILY_QUESTIONS, count - len(chosen) - 2))
    seniority_left = MAX_SENIORITY_QUESTIONS if focus is None or focus.seniority != "mid" else 1  # the usual level

    def score(question: BankQuestion) -> float:
        fit = sum(1 for t in types if t in question.suits) / len(types)
        bonus = (FAMILY_BONUS if _written_for(question) and family_left > 0 else 0) + (
            SENIORITY_BONUS if question.seniority and seniority_left > 0 else 0)
        return question.priority * 2 + fit * 4 + (1 if types[0] in question.suits else 0) + bonus

    # Spread the questions over the interviewers: each slot goes to whoever has the fewest so far.
    load = {i.name: sum(1 for q in chosen if q.ask == i.name) for i in interviewers}
    topics = {q.topic for q in chosen}
    # One question per stretch of time: three on "the next year" ask one thing three ways.
    horizons = {h for q in chosen if (h := horizon(q.text))}
    while len(chosen) < count:
        target = min(interviewers, key=lambda i: load[i.name]) if interviewers else None
        fresh = sorted((q for q in candidates if q.topic not in topics and horizon(q.text) not in horizons),
                       key=lambda q: (-score(q), q.id))
        if not fresh:
            break
        question = next((q for q in fresh if target is None or target.type in q.suits), fresh[0])
        ask = target.name if target is not None and target.type in question.suits else _whom(question.suits,
                                                                                             interviewers)
        if ask:
            load[ask] += 1
        topics.add(question.topic)
        horizons |= {h for h in (horizon(question.text),) if h}
        family_left -= _written_for(question)
        seniority_left -= bool(question.seniority)
        chosen.append(CardQuestion(_for_employer(question.text, focus), question.topic, question.suits, ask))
    return chosen


def _written_for(question: BankQuestion) -> bool:
    """A question written for one kind of work or two (a ward's handover, a kitchen's service), not one kept from
    several ("how much ownership", which office work shares and a driver's job does not)."""
    return 0 < len(question.families) <= 2


_BRITISH_WORDS = (("behavior", "behaviour"), ("organization", "organisation"), ("organize", "organise"),
                  ("center", "centre"), ("color", "colour"), ("favorite", "favourite"))


def _for_employer(text: str, focus: PostingFocus | None) -> str:
    """"What are the company's top priorities?" asked of a school is "What are the school's top priorities?";
    asked in a British posting's words, "behaviour" and "marking"."""
    if focus is None:
        return text
    if focus.employer != "company":
        text = text.replace("the company", f"the {focus.employer}")
    if focus.british:
        for american, british in _BRITISH_WORDS:
            text = re.sub(rf"\b{american}", british, text)
        if focus.family == "teaching":
            text = text.replace("grading", "marking")
    return text


def skipped_questions(answered: frozenset[str], bank: QuestionBank | None = None,
                      focus: PostingFocus | None = None) -> list[BankQuestion]:
    """Bank questions for this posting left out because the posting or research already answers them."""
    bank = bank or load_bank()
    return [q for q in bank.questions if set(q.redundant_if) & answered and q.fits(focus)]

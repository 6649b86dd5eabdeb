"""The Closing Card: everything a candidate reads before walking in, built from their own documents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from afterword.analysis.budget import MAX_NOTES_CHARS, MAX_POSTING_CHARS, MAX_RESUME_CHARS, within_budget
from afterword.analysis.facts import find_facts
from afterword.analysis.matching import SemanticScorer, match_documents
from afterword.analysis.posting_units import COMPANY_TOPICS
from afterword.analysis.report import fit_score
from afterword.analysis.skills import finder_for
from afterword.analysis.taxonomy import TOOL_CATEGORIES, Taxonomy, default_taxonomy
from afterword.coach.career_change import career_change_concern, step_down_concern, step_up_concern
from afterword.coach.checklist import checklist_for, remote_interviews
from afterword.coach.concerns import (
    MAX_CONCERNS,
    Concern,
    level_label,
    many_gaps,
    one_answer_for_gaps,
    relocation_concern,
    review_concerns,
    working_language_concern,
)
from afterword.coach.interviewers import Interviewer
from afterword.coach.ladder import LADDER, Rung, using_the_answer
from afterword.coach.pitch import Pitch, build_pitches
from afterword.coach.posting_focus import posting_focus
from afterword.coach.questions import CardQuestion, select_questions
from afterword.coach.sources import Sentence
from afterword.coach.truth import TruthChecker, posting_names
from afterword.models import Document, Fact, MatchReport, PostingInfo, Requirement, RequirementMatch

MAX_RESEARCH_LINES = 2_000
WHY_PROMPT = ("Write two or three sentences, in your own words, on why you want this role at this company, save "
              "them to a file and pass it with --why. Afterword never makes up your motivation.")


def _with_bridge(change: Concern, pitches: tuple[Pitch, ...]) -> Concern:
    """A change-of-direction answer that names nothing carried over gets the pitch's first point of work done
    ("What carries over: I cut recordable incidents from 7 to 1 a year ..."), a resume line said in the first
    person, the same the candidate will close with."""
    if any(s.text.startswith("What carries over") for s in change.answer) or not pitches:
        return change
    point = next((s for pitch in pitches if pitch.style == "standard" for s in pitch.sentences
                  if s.sources and s.text.startswith("I ") and not s.text.startswith(("I have been", "I'm", "I am",
                                                                                      "I hold", "I have worked"))),
                 None)
    if point is None:
        return change
    bridge = Sentence(f"What carries over: {point.text}", point.sources)
    return replace(change, answer=(change.answer[0], bridge, *change.answer[1:]))


_HARD_KINDS = frozenset({"condition", "language", "relocation"})  # what no example answers: kept on the card first


def _routine(concern: Concern) -> bool:
    """A check asked of everyone (a drug screen, a clean driving record): confirmed, never prepared for."""
    return concern.kind == "condition" and 0 < concern.weight < 1


def _weakest(concerns: Sequence[Concern]) -> Concern:
    """The concern that leaves the card first when a new one comes in: a routine check, else the last that is not
    a hard condition (a licence, a permit), else the last."""
    return next((c for c in reversed(concerns) if _routine(c)), None) \
        or next((c for c in reversed(concerns) if c.kind not in _HARD_KINDS), concerns[-1])


@dataclass(frozen=True, slots=True)
class ClosingCard:
    info: PostingInfo
    report: MatchReport
    questions: tuple[CardQuestion, ...]
    pitches: tuple[Pitch, ...]
    concerns: tuple[Concern, ...]  # the few that matter most (MAX_CONCERNS), ranked
    ladder: tuple[Rung, ...]
    using_the_answer: tuple[str, ...]
    checklist: tuple[str, ...]
    answered: tuple[Fact, ...]
    interviewers: tuple[Interviewer, ...] = ()
    why_prompt: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)
    sources: dict[str, str] = field(default_factory=dict)
    more_concerns: tuple[Concern, ...] = ()  # the rest, ranked, listed below the card's
    # must-haves the resume answers by a rule, not a skill line (English on an English resume, a stated permit)
    answered_musts: frozenset[str] = frozenset()
    # must-haves that ask nothing a resume could answer (a redacted fragment, a tag line a sentence repeats)
    not_asked: frozenset[str] = frozenset()
    # must-haves naming only a trait the resume names in a list, not in its work: shown by example, out of the score
    traits_by_example: frozenset[str] = frozenset()

    @property
    def fit_report(self) -> MatchReport:
        """The report the card's fit line is read from, agreeing with its concerns. A must-have counts as shown only
        when the resume shows it: a line of evidence, or a rule the concerns applied (English on an English resume,
        a result that answers "a record of meeting targets"); one the card neither shows nor raises keeps the
        match's own status, never "shown". A condition to confirm (nights, a drug screen), a trait to show by
        example ("open-minded") and what asks nothing (a job board's "Experience level:" label) are left out of the
        score; a change of line of work counts as a must-have not shown, as a tool the job's title names does."""
        raised = {c.requirement: c.kind for c in (*self.concerns, *self.more_concerns)}
        change = any(kind == "career-change" for kind in raised.values())
        kept: list[RequirementMatch] = []
        for match in self.report.requirements:
            text = match.requirement.text
            if match.requirement.kind == "must-have" and text in self.traits_by_example:
                continue
            if match.requirement.kind != "must-have" or match.status == "strong":
                kept.append(match)
            elif text in raised:
                if raised[text] not in ("condition", "story"):
                    kept.append(match)
            elif text in self.not_asked or level_label(text):
                continue
            elif text in self.answered_musts or (match.status == "partial" and not change and _evidenced(match)):
                kept.append(replace(match, status="strong"))
            else:
                kept.append(match)
        # a tool the job's title names and the resume lacks is a must-have not shown, though no list asks it
        for concern in (*self.concerns, *self.more_concerns):
            if concern.kind in ("title", "career-change"):
                kept.append(RequirementMatch(Requirement(concern.requirement, "must-have", concern.requirement_line,
                                                         concern.skills), "gap"))
        return replace(self.report, requirements=tuple(kept))

    @property
    def to_confirm(self) -> int:
        """Must-haves raised as conditions to confirm (nights, lifting, a licence the resume does not show)."""
        return sum(c.kind == "condition" for c in (*self.concerns, *self.more_concerns))

    @property
    def by_example(self) -> int:
        """Must-haves a resume cannot show, to be shown with an example ("open-minded", "grows from feedback")."""
        return sum(c.kind == "story" for c in (*self.concerns, *self.more_concerns)) + len(self.traits_by_example)

    def fit_line(self) -> str:
        """"Fit 80/100 — must-haves: 6 shown, 1 in part, 1 not shown, 2 to confirm, 3 to show by example"."""
        must = self.fit_report.counts()
        confirm = f", {self.to_confirm} to confirm" if self.to_confirm else ""
        example = f", {self.by_example} to show by example" if self.by_example else ""
        counts = (f"must-haves: {must['strong']} shown, {must['partial']} in part, {must['gap']} not shown"
                  f"{confirm}{example}")
        checkable = must["strong"] + must["partial"] + must["gap"]
        if checkable < FEWEST_SCORED and self.by_example + self.to_confirm > checkable:
            # "Fit 100/100" from the one must-have a resume can show, beside six traits to show by example, would
            # say more than the card knows
            return f"Fit not scored: too few must-haves a resume can show — {counts}"
        return f"Fit {fit_score(self.fit_report)}/100 — {counts}"

    @property
    def title(self) -> str:
        """"Senior Platform Engineer at Lumen Harbor", or what the posting gives of it ("your interview at
        Radiometer" when it names no job title: the company alone would read as the job's name)."""
        if not self.info.role and self.info.company:
            return f"your interview at {self.info.company}"
        return " at ".join(p for p in (self.info.role, self.info.company) if p) or "your interview"


FEWEST_SCORED = 3  # must-haves a resume can show (or not), below which the fit is no number worth printing
WORDING_SHOWS = 0.5  # the share of a must-have's words a resume line holds to show it with no skill named


def _evidenced(match: RequirementMatch) -> bool:
    """True when a partial match the concerns found nothing to raise about rests on a line that shows it: the
    skill asked for, a related one, its words ("Forklift operator certification"), the years asked; not a line
    that only sounds alike or shares a word or two ("shares wording with the resume")."""
    return any(e.match not in ("semantic", "learning") and (e.score is None or e.score >= WORDING_SHOWS)
               for e in match.evidence)


def _capped(research: Sequence[Document]) -> tuple[list[Document], list[str]]:
    """The research notes, cut so that together they hold at most MAX_RESEARCH_LINES lines (notes, not a
    library). Each file keeps its own line numbers, so a question can cite "notes.md line 4"."""
    total = sum(len(doc.lines) for doc in research)
    if total <= MAX_RESEARCH_LINES:
        return list(research), []
    kept: list[Document] = []
    room = MAX_RESEARCH_LINES
    for doc in research:
        kept.append(Document(doc.source, doc.text, doc.lines[:room], doc.sections, doc.warnings))
        room = max(0, room - len(doc.lines))
    return kept, [f"Your research notes are long ({total:,} lines); only the first {MAX_RESEARCH_LINES:,} were "
                  "read. Keep the notes to the points worth asking about."]


def _with_condition(condition: Concern, concerns: tuple[Concern, ...], more: tuple[Concern, ...]) -> tuple[
        tuple[Concern, ...], tuple[Concern, ...]]:
    """The card's concerns with a condition of the whole posting (a move, the working language) put after the
    hard conditions already there and before the rest; the weakest goes to the list below when the card is full."""
    concerns = (*[c for c in concerns if c.kind in _HARD_KINDS and not _routine(c)], condition,
                *[c for c in concerns if c.kind not in _HARD_KINDS or _routine(c)])
    if len(concerns) > MAX_CONCERNS:
        weakest = _weakest(concerns)
        concerns = tuple(c for c in concerns if c is not weakest)
        more = (weakest, *more)
    return concerns, more


def build_card(
    resume: Document,
    posting: Document,
    *,
    research: Sequence[Document] = (),
    interviewers: Sequence[Interviewer] = (),
    why: Document | None = None,
    today: date | None = None,
    taxonomy: Taxonomy | None = None,
    semantic: SemanticScorer | None = None,
) -> ClosingCard:
    taxonomy = taxonomy or default_taxonomy()
    resume = within_budget(resume, MAX_RESUME_CHARS, "resume")
    posting = within_budget(posting, MAX_POSTING_CHARS, "posting")
    research = [within_budget(doc, MAX_NOTES_CHARS, f"research file {doc.source}") for doc in research]
    why = within_budget(why, MAX_NOTES_CHARS, "--why file") if why is not None else None
    report = match_documents(resume, posting, taxonomy=taxonomy, today=today, semantic=semantic)
    info = report.posting_info
    notes, research_warnings = _capped(research)
    known = {fact.topic for fact in report.facts}
    research_facts: list[Fact] = []
    for doc in notes:  # notes speak of the company, not the job: only its size and hiring process count
        for fact in find_facts(doc):
            if fact.topic in COMPANY_TOPICS and fact.topic not in known:
                known.add(fact.topic)
                research_facts.append(fact)
    answered = report.facts + tuple(research_facts)
    context = [info.role, info.company, *(i.name for i in interviewers), *(i.title for i in interviewers),
               *posting_names(posting, taxonomy), *(name for doc in notes for name in posting_names(doc, taxonomy))]
    checker = TruthChecker(resume, taxonomy=taxonomy, context=context)
    questions = select_questions(frozenset(f.topic for f in answered), interviewers, notes,
                                 focus=posting_focus(report, info, taxonomy))
    career_change = career_change_concern(report, resume, info.role, checker)
    step_up = step_up_concern(report, resume, info.role)
    pitches, pitch_warnings = build_pitches(report, resume, info, why, checker, change=career_change is not None,
                                            step_up=step_up is not None)
    if career_change is not None:
        career_change = _with_bridge(career_change, pitches)
    review = review_concerns(report, resume, finder_for(taxonomy), checker, career_change=career_change is not None)
    concerns, more_concerns = review.shown, review.rest
    if career_change is not None or many_gaps(concerns):
        concerns, more_concerns = one_answer_for_gaps(concerns, more_concerns, changing=career_change is not None,
                                                       taxonomy=taxonomy)
    if career_change is not None:
        # "Your resume does not show business development, which the job's title names" says again what the
        # change of direction says; a tool the title names (Java) is news, and stays
        concerns = tuple(c for c in concerns if not (c.kind == "title" and not any(
            (known := taxonomy.get(skill)) is not None and known.category in TOOL_CATEGORIES for skill in c.skills)))
    change = career_change or step_down_concern(resume, info.role, report) or step_up
    moving = relocation_concern(posting, resume, report.facts, (*concerns, *more_concerns),
                                report.posting_info.location, report.posting_units)
    spoken = working_language_concern(posting, resume, report.posting_units, (*concerns, *more_concerns))
    for condition in (c for c in (spoken, moving) if c is not None):
        concerns, more_concerns = _with_condition(condition, concerns, more_concerns)
    if change is not None:  # the first question such a panel asks; the weakest concern that is not a hard
        # condition (a licence, a permit) moves to the list below
        shown = [change, *concerns]
        if len(shown) > MAX_CONCERNS:
            weakest = _weakest(shown)
            shown.remove(weakest)
            more_concerns = (weakest, *more_concerns)
        concerns = tuple(shown)
    read_warnings = [w for doc in (*notes, *((why,) if why is not None else ())) for w in doc.warnings]
    warnings = research_warnings + list(report.warnings) + read_warnings + list(pitch_warnings)
    tailored = sum(q.tailored for q in questions)
    if notes and tailored == 1:
        warnings.append("Only one question could be built on your research notes; a sentence or two more of "
                        "company news (a launch, a plan, a milestone) would give the card a second.")
    if notes and not tailored:
        warnings.append("No concrete detail (a product, an initiative, a recent event) was found in your research "
                        "notes, so no question is tailored to them; add a sentence or two of company news.")
    elif not notes:
        warnings.append("No research notes given: questions are not tailored to the company.")
    sources = {"resume": resume.source, "posting": posting.source}
    if notes:
        sources["research"] = ", ".join(doc.source for doc in notes)
    if why is not None:
        sources["why"] = why.source
    return ClosingCard(
        info=info, report=report, questions=tuple(questions), pitches=pitches, concerns=concerns,
        ladder=LADDER, using_the_answer=using_the_answer(bool(concerns)),
        checklist=checklist_for([i.name for i in interviewers], remote=any(
            remote_interviews(unit.text) for unit in report.posting_units)), answered=answered,
        interviewers=tuple(interviewers), why_prompt="" if why is not None else WHY_PROMPT,
        warnings=tuple(dict.fromkeys(warnings)), sources=sources, more_concerns=more_concerns,
        answered_musts=review.answered, not_asked=review.not_asked, traits_by_example=review.by_example,
    )

"""Likely concerns: for each must-have the resume does not show, what an interviewer may worry about and an
honest prepared answer: what carries over (with the resume line), and a concrete plan to close the gap. The answer
never claims the missing skill."""

from __future__ import annotations

from dataclasses import dataclass

from afterword.analysis.skills import SkillFinder
from afterword.analysis.taxonomy import Taxonomy
from afterword.coach.sources import Sentence, Source, first_person
from afterword.coach.truth import TruthChecker
from afterword.models import Document, MatchReport, RequirementMatch, SkillMention

_PLANS = {
    "programming-language": "to build a small internal tool in {skill} in my first weeks and ask for a thorough "
                            "code review from whoever knows it best",
    "framework": "to work through the {skill} documentation and ship one real change with it in my first month",
    "database": "to set up {skill} locally, work through its operations guide and pair on the first real task",
    "cloud": "to take the {skill} fundamentals training and shadow the next change the team makes there",
    "devops": "to pair with the team on the next {skill} change and write up what I learn as a runbook",
    "data-ml": "to take a short course in {skill} and apply it to one real dataset in my first month",
    "certification": "to enrol in the {skill} course and share the exam date with you",
    "healthcare": "to complete {skill} training before my start date or in my first weeks",
    "trades": "to complete {skill} training and work alongside an experienced colleague until I'm signed off",
    "language": "to keep studying {skill} with a weekly tutor and use it at work from day one",
}
_DEFAULT_PLAN = "to learn {skill} in my first month with a clear goal, and ask for early feedback on it"


@dataclass(frozen=True, slots=True)
class Concern:
    requirement: str
    requirement_line: int
    concern: str
    answer: tuple[Sentence, ...]

    @property
    def answer_text(self) -> str:
        return " ".join(s.text for s in self.answer)


def _bridge(missing: list[str], mentions: dict[str, list[SkillMention]], taxonomy: Taxonomy,
            resume: Document) -> tuple[str, Source, str] | None:
    """A resume skill that carries over to the missing one (related, or the same category), with its line."""
    for skill in missing:
        known = taxonomy.get(skill)
        related = [s for s in taxonomy.implied_by(skill) if s in mentions]
        related += [s for s in (known.implies if known else ()) if s in mentions]
        if known:
            related += [name for name in mentions
                        if (other := taxonomy.get(name)) and other.category == known.category and name != skill]
        for name in dict.fromkeys(related):
            ranked = sorted(mentions[name], key=lambda m: resume.line(m.line).section != "Experience")
            for mention in ranked:
                line = resume.line(mention.line)
                spoken = first_person(line.text)
                if spoken:
                    return name, Source("resume", line.number, line.text), spoken
            line = resume.line(ranked[0].line)
            return name, Source("resume", line.number, line.text), ""
    return None


def _concern(match: RequirementMatch, resume_skills: set[str], mentions: dict[str, list[SkillMention]],
             taxonomy: Taxonomy, resume: Document, checker: TruthChecker) -> Concern:
    requirement = match.requirement
    missing = [s for s in requirement.skills if s not in resume_skills] or list(requirement.skills)
    if match.status == "partial" and "asked" in match.note:
        concern = f"They may feel you have less experience than asked: “{requirement.text}” ({match.note})."
        opener = Sentence("My years with it are fewer than the posting asks, so let me show what they added up to.")
        evidence = match.evidence[0] if match.evidence else None
        answer = [opener]
        if evidence and (spoken := first_person(evidence.text)):
            answer.append(Sentence(spoken, (Source("resume", evidence.line, evidence.text),)))
        answer.append(Sentence("I'd rather be judged on results like that than on the count of years."))
        return Concern(requirement.text, requirement.line, concern, tuple(answer))
    subject = ", ".join(missing) if missing else "this"
    concern = f"Your resume does not show {subject}: they may ask about “{requirement.text}”."
    if missing:
        answer = [Sentence(f"I'll be straight with you: I haven't used {subject} in my work yet.")]
    else:
        answer = [Sentence("I'll be straight with you: my resume doesn't show that yet.")]
    bridge = _bridge(missing, mentions, taxonomy, resume)
    if bridge:
        name, source, spoken = bridge
        answer.append(Sentence(f"What carries over is my work with {name}.", (source,)))
        if spoken and checker.check(spoken).ok:
            answer.append(Sentence(spoken, (source,)))
    skill = missing[0] if missing else ""
    known = taxonomy.get(skill) if skill else None
    if skill:
        plan = _PLANS.get(known.category if known else "", _DEFAULT_PLAN).format(skill=skill)
    else:
        plan = "to ask on day one what good looks like here, and get there with a mentor's help"
    answer.append(Sentence(f"My plan is {plan}."))
    answer = [s for s in answer if checker.check(s.text).ok]
    return Concern(requirement.text, requirement.line, concern, tuple(answer))


def likely_concerns(report: MatchReport, resume: Document, finder: SkillFinder,
                    checker: TruthChecker) -> tuple[Concern, ...]:
    """A concern and prepared answer for every must-have gap and every years shortfall."""
    mentions: dict[str, list[SkillMention]] = {}
    for mention in finder.find_in_lines(resume.lines):
        mentions.setdefault(mention.skill, []).append(mention)
    resume_skills = set(mentions)
    out = []
    for match in report.requirements:
        if match.requirement.kind != "must-have":
            continue
        if match.status == "gap" or (match.status == "partial" and "asked" in match.note):
            out.append(_concern(match, resume_skills, mentions, finder.taxonomy, resume, checker))
    return tuple(out)

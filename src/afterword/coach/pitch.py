"""The spoken closing pitch: three variants of 60–150 words built from the resume's strongest evidence and the
candidate's own words about why they want the role. Nothing is invented: every sentence is either the user's own
line (first-personed and trimmed at a clause boundary) or a frame with no claim in it, and every variant passes
the truth check."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from afterword.analysis.experience import find_jobs, find_range, without_range
from afterword.analysis.posting_info import TITLE_HINT, PostingInfo
from afterword.analysis.taxonomy import Taxonomy
from afterword.coach.sources import Sentence, Source, first_person, joined
from afterword.coach.truth import TruthChecker, sentences
from afterword.models import Document, MatchReport

WORDS_PER_MINUTE = 150
_ACHIEVEMENT_SECTIONS = ("Experience", "Projects", "Volunteering")
MIN_WORDS, MAX_WORDS = 60, 150
_STYLES = {  # style: (achievements, motivation sentences, word range)
    "concise": (1, 1, (60, 85)),
    "standard": (2, 1, (85, 120)),
    "warm": (3, 2, (110, 150)),
}
_WORD = re.compile(r"\b[\w'’$%.-]+\b")


@dataclass(frozen=True, slots=True)
class Pitch:
    style: str
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))

    @property
    def seconds(self) -> int:
        return math.ceil(self.words / WORDS_PER_MINUTE * 60)


def _role_phrase(info: PostingInfo) -> str:
    if info.role and info.company:
        return f"the {info.role} role at {info.company}"
    if info.role:
        return f"this {info.role} role"
    return f"this role at {info.company}" if info.company else "this role"


def _achievements(report: MatchReport, resume: Document) -> list[Sentence]:
    """First-person achievements from resume lines that evidence the posting, best first: a line cited by more
    requirements ranks higher, then one with a number, then the more recent (earlier on the page)."""
    cited: dict[int, float] = {}
    for match in report.requirements:
        if match.status == "gap":
            continue
        weight = 1.0 if match.requirement.kind == "must-have" else 0.6
        for evidence in match.evidence:
            if evidence.match not in ("keyword", "semantic", "learning"):
                cited[evidence.line] = cited.get(evidence.line, 0.0) + weight
    ranked: list[tuple[float, int, Sentence]] = []
    for number, weight in cited.items():
        line = resume.line(number)
        if line.section not in _ACHIEVEMENT_SECTIONS:
            continue  # a skills list or a degree is not an achievement to speak
        spoken = first_person(line.text)
        if spoken is None:
            continue
        score = weight + (0.5 if re.search(r"\d", spoken) else 0.0)
        ranked.append((-score, number, Sentence(spoken, (Source("resume", number, line.text),))))
    ranked.sort(key=lambda item: (item[0], item[1]))
    # Then, for a short pitch, other experience lines with a number in them, most recent first: still true, and
    # results are what a listener remembers.
    for line in resume.in_section(*_ACHIEVEMENT_SECTIONS):
        if line.number not in cited and re.search(r"\d", line.text) and (spoken := first_person(line.text)):
            ranked.append((1.0, line.number, Sentence(spoken, (Source("resume", line.number, line.text),))))
    return [sentence for _, _, sentence in ranked]


_NOT_DAILY_WORK = frozenset({"certification", "language"})  # held or spoken, not "what my work involves"


def _skills_sentence(report: MatchReport, resume: Document, taxonomy: Taxonomy) -> Sentence | None:
    """The posting's skills that the resume names in its experience or skills (not a title, a degree or a
    certificate), as "my work involves ..."."""
    skills: list[str] = []
    sources: list[Source] = []
    for match in report.requirements:
        if match.status != "strong" or match.requirement.kind == "responsibility":
            continue
        for evidence in match.evidence:
            skill = taxonomy.get(evidence.skill or "")
            line = resume.line(evidence.line)
            if (skill is None or skill.category in _NOT_DAILY_WORK or evidence.skill not in match.requirement.skills
                    or line.section in ("Education", "Certifications") or find_range(line.text)):
                continue
            if evidence.match in ("exact", "alias") and evidence.skill not in skills:
                skills.append(evidence.skill)
                sources.append(Source("resume", evidence.line, evidence.text))
    if not skills:
        return None
    skills = skills[:4]
    if len(skills) == 1:
        return Sentence(f"Day to day, my work involves {skills[0]}, which this role asks for.", tuple(sources[:1]))
    return Sentence(f"Day to day, my work involves {joined(skills)}, all of which this role asks for.",
                    tuple(sources[:4]))


def _experience_sentence(resume: Document, report: MatchReport) -> Sentence | None:
    """"Since <year>, most recently as <title> at <employer>", counting only jobs whose lines evidence the
    posting: a teacher who became a developer has been "doing this work" since the developer job."""
    cited = {e.line for m in report.requirements if m.status != "gap" for e in m.evidence}
    jobs = find_jobs(resume)
    relevant = [job for job in jobs if cited.intersection(job.lines)]
    if not relevant:
        return None
    first = min(relevant, key=lambda job: job.start)
    latest = max(jobs, key=lambda job: job.start)
    latest_line = resume.line(latest.title_line).text
    first_line = resume.line(first.title_line).text
    parts = [p.strip(" ,.()[]") for p in re.split(r",|\s+at\s+|\s*[—–|]\s*|\s+-\s+",
                                                  without_range(latest_line))]
    parts = [p for p in parts if re.search(r"[A-Za-z]{2}", p) and not re.fullmatch(r"[A-Z]{2}", p)]
    titled = [p for p in parts if TITLE_HINT.search(p) and len(p.split()) <= 6]
    if not titled:
        return None  # without a recognisable job title the sentence would guess
    title = titled[0]
    others = [p for p in parts if p != title and len(p.split()) <= 5]
    employer = others[0] if others and parts.index(others[0]) <= parts.index(title) + 1 else ""
    where = f"{title} at {employer}" if employer else title
    text = f"I have been doing this work since {first.start[0]}, most recently as {where}."
    sources = {Source("resume", first.title_line, first_line), Source("resume", latest.title_line, latest_line)}
    return Sentence(text, tuple(sorted(sources, key=lambda s: s.line)))


def _motivation(why: Document | None, checker: TruthChecker) -> tuple[list[Sentence], list[str]]:
    if why is None:
        return [], []
    out: list[Sentence] = []
    warnings: list[str] = []
    for line in why.lines:
        for sentence in sentences(line.text):
            report = checker.check(sentence, motivation=True)
            if report.ok:
                out.append(Sentence(sentence, (Source("why", line.number, line.text),)))
            else:
                claims = ", ".join(sorted({c.text for c in report.unsupported}))
                warnings.append(f"Left a sentence of your --why out of the pitch: it mentions {claims}, which "
                                "your resume does not show.")
    return out, warnings


def _frame(style: str, info: PostingInfo) -> tuple[str, str]:
    role = _role_phrase(info)
    company = info.company or "your team"
    if style == "concise":
        return f"Before we wrap up, here is why I fit {role}.", "I'd welcome the next step."
    if style == "standard":
        return (f"Thank you for the conversation. Let me sum up why I'm a good fit for {role}.",
                f"I'd be glad to bring that to {company}, and I'd welcome the chance to take the next step.")
    return (f"Thank you for your time today; I've enjoyed learning more about {company}. "
            f"If I may, a short summary of why I'd be a good fit for {role}.",
            "Thank you again. Whatever you decide, I've appreciated this conversation, "
            "and I'd love to take the next step with you.")


def _assemble(style: str, info: PostingInfo, experience: Sentence | None, skills: Sentence | None,
              achievements: list[Sentence], motivation: list[Sentence]) -> Pitch:
    """Fit the style's word range: add achievements while short; while long, drop extra motivation, then extra
    achievements, then the experience and skills sentences."""
    wanted, motives, (low, high) = _STYLES[style]
    opening, closing = _frame(style, info)
    # The shorter pitches lead with the user's most speakable reason (30 words or fewer), the warm one keeps
    # the order they wrote them in.
    motives_in_order = motivation if style == "warm" else sorted(
        motivation, key=lambda s: len(_WORD.findall(s.text)) > 30)
    parts = {"experience": int(style != "concise" and experience is not None),
             "skills": int(style != "concise" and skills is not None),
             "achievements": min(wanted, len(achievements)), "motivation": min(motives, len(motivation))}

    def build() -> Pitch:
        body: list[Sentence] = [Sentence(opening)]
        if parts["experience"] and experience:
            body.append(experience)
        if parts["skills"] and skills:
            body.append(skills)
        body += achievements[: parts["achievements"]]
        body += motives_in_order[: parts["motivation"]]
        body.append(Sentence(closing))
        return Pitch(style, tuple(body))

    pitch = build()
    while pitch.words < low and parts["achievements"] < len(achievements):
        parts["achievements"] += 1
        if build().words > high:
            parts["achievements"] -= 1
            break
        pitch = build()
    for part, floor in (("motivation", 1), ("achievements", 1), ("experience", 0), ("skills", 0),
                        ("motivation", 0)):
        while pitch.words > high and parts[part] > floor:
            parts[part] -= 1
            pitch = build()
    return pitch


def build_pitches(report: MatchReport, resume: Document, info: PostingInfo, why: Document | None,
                  checker: TruthChecker) -> tuple[tuple[Pitch, ...], tuple[str, ...]]:
    """The concise, standard and warm pitches, and warnings (thin resume, --why sentences left out)."""
    motivation, warnings = _motivation(why, checker)
    if why is not None and why.lines and not motivation:
        warnings.append("None of your --why sentences could go into the pitch (see above), so it has no word on "
                        "why you want the role; rewrite them in terms of what you want to do here.")
    achievements = [a for a in _achievements(report, resume) if checker.check(a.text).ok]
    skills = _skills_sentence(report, resume, checker.taxonomy)
    experience = _experience_sentence(resume, report)
    pitches = tuple(_checked(_assemble(style, info, experience, skills, achievements, motivation), checker)
                    for style in _STYLES)
    if any(p.words < MIN_WORDS for p in pitches):
        warnings.append("The resume gave too few matching achievements for a full pitch; add the numbers behind "
                        "your results to your resume, then run prepare again.")
    return pitches, tuple(warnings)


def _checked(pitch: Pitch, checker: TruthChecker) -> Pitch:
    """The pitch without any sentence the truth check rejects (a frame naming a company the resume lacks); the
    candidate's own --why sentences are checked as motivation."""
    def ok(sentence: Sentence) -> bool:
        why = any(source.document == "why" for source in sentence.sources)
        return checker.check(sentence.text, motivation=why).ok

    kept = tuple(s for s in pitch.sentences if ok(s))
    return pitch if len(kept) == len(pitch.sentences) else Pitch(pitch.style, kept)

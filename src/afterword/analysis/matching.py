"""Match a resume to a posting: for every requirement, the resume lines that evidence it and how strongly."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from afterword.analysis.budget import MAX_POSTING_CHARS, MAX_RESUME_CHARS, within_budget
from afterword.analysis.degrees import degree_words, meets, resume_degrees
from afterword.analysis.experience import find_jobs, without_date_ranges, years_in
from afterword.analysis.institutions import only_in_institution, without_institutions
from afterword.analysis.posting_deadline import application_deadline, posted_on, stale_deadline_warning
from afterword.analysis.posting_info import posting_info
from afterword.analysis.posting_units import posting_facts, posting_units
from afterword.analysis.requirements import extract_requirements
from afterword.analysis.resume_date import counted_to
from afterword.analysis.skills import SkillFinder, finder_for
from afterword.analysis.taxonomy import Taxonomy, default_taxonomy
from afterword.models import (
    Document,
    Evidence,
    Job,
    Line,
    MatchReport,
    Requirement,
    RequirementMatch,
    ResumeInfo,
    SkillMention,
    Strength,
)

MAX_EVIDENCE = 3
_STOPWORDS = frozenset(
    "a an and are as at be by for from have in into is it of on or our the to we with you your will who "
    "this that their they them can using use used work working experience strong ability able skills skill "
    "knowledge years year plus including etc e.g ie across other more well such good great".split()
)
_WORD = re.compile(r"[a-z][a-z+#.-]*[a-z+#]|[a-z]")
_NUMBER = re.compile(r"\d")

# A semantic scorer: (requirement texts, resume line texts) → for each requirement, (best line index, score).
SemanticScorer = Callable[[Sequence[str], Sequence[str]], list[tuple[int, float]]]


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202 - snowballstemmer has no type hints
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """The Snowball (Porter 2) stem: managed/manage → manag, planned/plan → plan, negotiated → negoti."""
    return _stemmer().stemWord(word)


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2}


# "MEDDIC or a similar sales methodology": the generic second option is weaker than the named first one.
_OR_SIMILAR = re.compile(r"\bor (?:a |an |any )?(?:similar|another|other|equivalent|comparable)\b", re.IGNORECASE)
# A skill named only as something being learned is not evidence of having used it.
LEARNING = re.compile(r"\b(currently learning|learning|coursework|course|courses|studying|bootcamp|tutorials?|"
                       r"exposure to|basic knowledge|familiar with|introductory|hobby|self-study|want to learn)\b",
                       re.IGNORECASE)


class _ResumeIndex:
    """What the resume shows: skill mentions by skill, jobs, lines by number."""

    def __init__(self, resume: Document, finder: SkillFinder, taxonomy: Taxonomy) -> None:
        self.resume = resume
        self.taxonomy = taxonomy
        self.lines = {line.number: line for line in resume.lines if line.section != "Header"} or {
            line.number: line for line in resume.lines}
        self.mentions: dict[str, list[SkillMention]] = {}
        self.learning: dict[str, list[SkillMention]] = {}
        seen: set[tuple[str, int]] = set()
        for mention in finder.find_in_lines(list(self.lines.values())):
            if (mention.skill, mention.line) in seen:
                continue  # one mention per skill and line is all the evidence needs
            if only_in_institution(self.lines[mention.line].text, mention.surface):
                continue  # "Higher School of Economics" is where they studied, not economics they can show
            seen.add((mention.skill, mention.line))
            learning = LEARNING.search(self.lines[mention.line].text)
            (self.learning if learning else self.mentions).setdefault(mention.skill, []).append(mention)
        self._ranks: dict[int, tuple[int, int, int]] = {}
        self.jobs = find_jobs(resume)
        self.degrees = resume_degrees(resume)
        self._words: dict[int, set[str]] | None = None

    @property
    def words(self) -> dict[int, set[str]]:
        """Stemmed content words per line, computed on first use (only skill-less requirements need them)."""
        if self._words is None:
            # ("National Research University" shares no word of "independent research": it is a school's name)
            # (nor does "October 2021 - Present" show presentation skills: a date range says no word of the work)
            self._words = {number: content_words(without_institutions(without_date_ranges(line.text)))
                           for number, line in self.lines.items()}
        return self._words

    def _rank(self, number: int) -> tuple[int, int, int]:
        rank = self._ranks.get(number)
        if rank is None:
            line = self.lines[number]
            in_experience = line.section in ("Experience", "Projects")
            rank = self._ranks[number] = (0 if in_experience else 1, 0 if _NUMBER.search(line.text) else 1, number)
        return rank

    def direct(self, skill: str) -> list[Evidence]:
        mentions = sorted(self.mentions.get(skill, ()), key=lambda m: self._rank(m.line))
        seen: set[int] = set()
        out: list[Evidence] = []
        for m in mentions:
            if m.line not in seen:
                seen.add(m.line)
                out.append(Evidence(m.line, self.lines[m.line].text, m.via, skill))
        return out

    def learning_only(self, skill: str) -> list[Evidence]:
        """Lines that name the skill only as something being learned ("currently learning Go")."""
        return [Evidence(m.line, self.lines[m.line].text, "learning", skill) for m in self.learning.get(skill, ())]

    def education_only(self, skill: str) -> list[Evidence]:
        """Lines in the Education section that name the skill: a course of study, weaker than work."""
        return [Evidence(m.line, self.lines[m.line].text, "related", skill) for m in self.mentions.get(skill, ())
                if self.lines[m.line].section == "Education"]

    def related(self, skill: str) -> list[Evidence]:
        out: list[Evidence] = []
        for other in self.taxonomy.implied_by(skill):
            for evidence in self.direct(other):
                out.append(Evidence(evidence.line, evidence.text, "related", other))
        return sorted(out, key=lambda e: self._rank(e.line))

    def skill_years(self, skills: Sequence[str], today: date, evidence_lines: frozenset[int] = frozenset()) -> float:
        """Years of the jobs whose lines name the skills (or a related one), or hold the evidence found for them
        in other words ("Managed a team of 20 people" for people management)."""
        related = {s for skill in skills for s in (skill, *self.taxonomy.implied_by(skill))}
        lines = {m.line for skill in related for m in self.mentions.get(skill, ())} | evidence_lines
        jobs: list[Job] = [job for job in self.jobs if lines.intersection(job.lines)]
        return years_in(jobs, today)

    def in_other_words(self, skill: str) -> list[Evidence]:
        """Work lines that hold the words of the skill's name in some form: "Negotiated contracts" for
        negotiation, "cut food cost" for food cost control (a name of three words or more may miss one)."""
        wanted = content_words(skill)
        if not wanted or (len(wanted) == 1 and len(next(iter(wanted))) < 5):
            return []  # one short stem ("plan") would match too much
        need = len(wanted) - 1 if len(wanted) >= 3 else len(wanted)  # "food cost control": food + cost will do
        return [Evidence(number, self.lines[number].text, "keyword", skill)
                for number, words in self.words.items()
                if len(wanted & words) >= need and self.lines[number].section not in ("Education", "Header")
                and not LEARNING.search(self.lines[number].text)][:2]

    def best_overlap(self, text: str) -> tuple[int, float] | None:
        wanted = content_words(text)
        if len(wanted) < 2:
            return None
        best: tuple[int, float] | None = None
        for number, words in self.words.items():
            shared = len(wanted & words)
            if shared >= 2:
                share = shared / len(wanted)
                if best is None or share > best[1]:
                    best = (number, share)
        return best


def _merge(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    seen: set[int] = set()
    out: list[Evidence] = []
    for item in evidence:
        if item.line not in seen:
            seen.add(item.line)
            out.append(item)
    return tuple(out[:MAX_EVIDENCE])


# "a degree in Statistics, Computer Science or a related field": the fields named after the degree
_DEGREE_FIELDS = re.compile(r"\b(?:degree|diploma|bachelor\S*|master\S*|ph\.?\s?d\.?|doctorate|b\.?sc?|m\.?sc?|"
                            r"b\.?a|m\.?a|b\.?eng|m\.?eng|qualification)\s+(?:\w+\s+){0,2}?(?:in|of)\s+"
                            r"(?P<fields>[^.;:()]+)", re.IGNORECASE)
_FIELD_FILLER = frozenset(content_words("related relevant similar comparable equivalent field fields study studies "
                                        "discipline area subject required preferred plus technical quantitative "
                                        "university college school completed successfully level higher degree"))
_DEGREE_NAME = re.compile(r"(?:applied )?(?:science|sciences|arts|engineering|philosophy)\b(?:\s+degree)?"
                          r"(?:\s+(?:in|of)\b)?", re.IGNORECASE)
DEGREE_ELSEWHERE = "a degree in another field"
DEGREE_UNNAMED = "a degree at the level asked, its subject not named on the resume"


# Fields a posting names by their usual short forms ("BSc/MSc in CS/Engineering")
_FIELD_SHORT = {"cs": "computer science", "it": "information technology", "ee": "electrical engineering",
                "ce": "computer engineering", "cse": "computer science engineering",
                "ece": "electronics computer engineering", "eee": "electrical electronics engineering",
                "ict": "information communication technology", "is": "information systems"}
_FIELD_SHORT_WORD = re.compile(r"(?<![\w.])(?:CS|IT|EE|CE|CSE|ECE|EEE|ICT|IS)(?![\w.])")
# "a degree in Computer Science or a similar technical field", "a STEM subject": any technical subject meets it
_TECHNICAL_FIELD = re.compile(r"\b(?:technical|quantitative|stem|scientific|engineering|science|natural science)s? "
                              r"(?:field|discipline|subject|area|degree|background)s?\b", re.IGNORECASE)
_TECHNICAL_SUBJECT = re.compile(r"\b(?:comput\w*|informat\w*|engineer\w*|\w*physic\w*|electr\w*|mathemat\w*|maths?|"
                                r"statistic\w*|chemi\w*|biolog\w*|\w*scien\w*|technolog\w*|mechani\w*|telecom\w*|"
                                r"cybernetic\w*|automat\w*|robotic\w*|software|data|econometric\w*)\b", re.IGNORECASE)


def _asked_fields(text: str) -> set[str]:
    """The stemmed words of the fields a degree requirement names ("statist", "comput", "scienc"), or none."""
    found = _DEGREE_FIELDS.search(text)
    if not found:
        return set()
    fields = _FIELD_SHORT_WORD.sub(lambda m: _FIELD_SHORT[m.group().lower()], found.group("fields"))
    named = _DEGREE_NAME.match(fields)  # "Bachelor of Science degree in Nursing": the field follows the name
    if named:
        fields = fields[named.end():]
    return content_words(fields) - _FIELD_FILLER


def _degree_match(requirement: Requirement, index: _ResumeIndex) -> RequirementMatch | None:
    """The resume's degree that meets the one asked ("B.E. Mechanical" is a bachelor's): strong when the posting
    names no field, the resume names none for it, or they share a word; "partial" for a degree at the level asked in
    a field the posting does not name (nursing for "Statistics, Computer Science or a related field": whether it is
    related is for the candidate to argue, not for the card to assume) or in a subject the resume does not name;
    None when none meets the level."""
    asked = _asked_fields(requirement.text)
    elsewhere: RequirementMatch | None = None
    unnamed: RequirementMatch | None = None  # a degree named with no subject ("bachelor's" in a summary)
    for degree in index.degrees:
        if meets(degree.level, requirement.degree):
            line = index.resume.line(degree.line)
            evidence = (Evidence(line.number, line.text, "exact", degree.level),)
            if not asked or (degree.subject and (content_words(degree.subject) & asked or (
                    _TECHNICAL_FIELD.search(requirement.text) and _TECHNICAL_SUBJECT.search(degree.subject)))):
                return RequirementMatch(requirement, "strong", evidence)
            if not degree.subject:  # the level is met; whether its subject is the one asked, the resume does not say
                unnamed = unnamed or RequirementMatch(requirement, "partial", evidence, DEGREE_UNNAMED)
            else:
                elsewhere = elsewhere or RequirementMatch(requirement, "partial", evidence,
                                                          f"{DEGREE_ELSEWHERE} ({degree.subject})")
    # a degree the resume names without its subject is most likely the one it names with it elsewhere
    return elsewhere or unnamed


def _trait(taxonomy: Taxonomy, skill: str) -> bool:
    """True for a soft skill ("communication", "teamwork"): a trait, not a tool or a field."""
    known = taxonomy.get(skill)
    return known is not None and known.category == "soft-skill"


def _skill_match(requirement: Requirement, index: _ResumeIndex, today: date) -> RequirementMatch:
    direct = {skill: index.direct(skill) for skill in requirement.skills}
    degree = _degree_match(requirement, index) if requirement.degree else None
    for skill, found in direct.items():
        # A degree in nursing is not evidence of supervising nurses, but it is the evidence a degree requirement
        # asks for, and a credential or licence counts wherever the resume lists it.
        held = (known := index.taxonomy.get(skill)) is not None and known.category == "certification"
        if found and not held and not degree and all(index.lines[e.line].section == "Education" for e in found):
            direct[skill] = []
    related = {skill: index.related(skill) or index.education_only(skill) or index.in_other_words(skill)
               or index.learning_only(skill) for skill in requirement.skills if not direct[skill]}
    shown = [s for s in requirement.skills if direct[s]]
    hinted = [s for s in requirement.skills if not direct[s] and related.get(s)]
    # "C / C++ and with communication protocols": the choice is between the skills one uses; a trait named beside
    # them ("communication") is no alternative to them, so showing it never meets the requirement alone
    choices = [s for s in requirement.skills if not _trait(index.taxonomy, s)] or list(requirement.skills)
    chosen = [s for s in shown if s in choices]
    status: Strength
    if requirement.any_of and _OR_SIMILAR.search(requirement.text) and requirement.skills[0] not in shown:
        # "MEDDIC or a similar sales methodology": only the named one is strong; the generic one is partial
        status = "partial" if shown or hinted else "gap"
    elif requirement.any_of:
        status = "strong" if chosen else "partial" if any(s in choices for s in hinted) else "gap"
    else:
        status = "strong" if len(shown) == len(requirement.skills) else "partial" if shown or hinted else "gap"
    evidence = _merge([e for s in shown for e in direct[s][:2]] + [e for s in hinted for e in related[s][:2]])
    notes: list[str] = []
    missing = [s for s in requirement.skills if s not in shown and s not in hinted]
    kinds = {s: related[s][0].match for s in hinted}
    for kind, label in (("learning", "named only as being learned: "), ("keyword", "said in other words: "),
                        ("related", "related evidence for ")):
        named = [s for s in hinted if kinds[s] == kind]
        if named:
            notes.append(label + ", ".join(named))
    if missing and not (requirement.any_of and chosen):
        notes.append("not shown: " + ", ".join(missing))
    if requirement.degree and not degree and status != "gap":
        notes.append(f"no {degree_words(requirement.degree)} on the resume")
        status = "partial"
    elif degree is not None and degree.status == "partial" and status != "gap":
        notes.append(degree.note)
        status = "partial"
    if requirement.years and status != "gap" and not index.jobs:
        notes.append("the resume has no dates, so years can't be counted")
    elif requirement.years and status != "gap":
        have = index.skill_years(shown or hinted, today,
                                 frozenset(e.line for e in evidence if e.match not in ("semantic", "learning")))
        if have < requirement.years:
            notes.append(f"{have:g} years on the resume, {requirement.years:g} asked")
            status = "partial"
        else:
            notes.append(f"{have:g} years on the resume")
    return RequirementMatch(requirement, status, evidence, "; ".join(notes))


def _text_match(requirement: Requirement, index: _ResumeIndex, today: date) -> RequirementMatch:
    if requirement.degree:
        degree = _degree_match(requirement, index)
        if degree:
            return degree
    if requirement.degree:
        return RequirementMatch(requirement, "gap", (), f"no {degree_words(requirement.degree)} on the resume")
    if requirement.years and index.jobs:
        total = years_in(index.jobs, today)
        if total < requirement.years:  # "6+ years of experience" on a resume dated over three: short, said so
            return RequirementMatch(requirement, "gap", (),
                                    f"{total:g} years on the resume, {requirement.years:g} asked")
        overlap = index.best_overlap(requirement.text)
        number = overlap[0] if overlap else index.jobs[0].title_line
        # the years are there; whether they are the kind asked is for the candidate to say, so never "strong"
        return RequirementMatch(requirement, "partial", (Evidence(number, index.lines[number].text, "keyword"),),
                                f"{total:g} years of experience on the resume")
    overlap = index.best_overlap(requirement.text)
    if overlap and overlap[1] >= 0.34:
        number, share = overlap
        return RequirementMatch(requirement, "partial",
                                (Evidence(number, index.lines[number].text, "keyword", score=round(share, 2)),),
                                "shares wording with the resume; check that it really shows this")
    return RequirementMatch(requirement, "gap")


def match_documents(
    resume: Document,
    posting: Document,
    *,
    taxonomy: Taxonomy | None = None,
    today: date | None = None,
    semantic: SemanticScorer | None = None,
) -> MatchReport:
    """The full match report. Pure: the same inputs give the same report."""
    taxonomy = taxonomy or default_taxonomy()
    today = today or date.today()
    asked_on = today  # the day of the interview's preparation; ``today`` becomes the resume's own "present"
    resume = within_budget(resume, MAX_RESUME_CHARS, "resume")
    posting = within_budget(posting, MAX_POSTING_CHARS, "posting")
    finder = finder_for(taxonomy)
    index = _ResumeIndex(resume, finder, taxonomy)
    requirements, found_warnings = extract_requirements(posting, finder)
    today, dated = counted_to(resume, index.jobs, today)  # an old resume's "present" is the day it was written
    warnings = (*resume.warnings, *posting.warnings, *found_warnings, *((dated,) if dated else ()))
    matches = [
        _skill_match(r, index, today) if r.skills else _text_match(r, index, today) for r in requirements
    ]
    if semantic is not None:
        matches = _add_semantic(matches, index, semantic)
    posting_skills = tuple(dict.fromkeys(m.skill for m in finder.find_in_lines(posting.lines)))
    units = posting_units(posting)
    deadline = application_deadline(posting.lines)
    info = posting_info(posting, units=units, skills=frozenset(posting_skills), deadline=deadline)
    stale = stale_deadline_warning(deadline, asked_on, posted_on(posting.lines))
    warnings = (*warnings, *((stale,) if stale else ()))
    words = sum(len(line.text.split()) for line in resume.lines)
    if words < 40:
        warnings = (*warnings, f"The resume has very little text ({words} words); check that the whole document "
                               "was read (a scanned PDF or an image needs OCR first).")
    years = years_in(index.jobs, today)
    return MatchReport(
        requirements=tuple(matches),
        facts=posting_facts(posting),
        resume_skills=tuple(sorted(index.mentions, key=str.casefold)),
        posting_skills=posting_skills,
        resume_years=years,
        resume_info=ResumeInfo(index.jobs, index.degrees, years),
        warnings=warnings,
        posting_info=info,
        posting_units=units,
    )


SEMANTIC_THRESHOLD = 0.5


def _add_semantic(matches: list[RequirementMatch], index: _ResumeIndex, scorer: SemanticScorer) -> list[
        RequirementMatch]:
    """Give requirements with no evidence their closest resume line when it is close enough in meaning.

    Only requirements that name no taxonomy skill: a missing skill (Go, Snowflake) is a fact about the resume,
    and a line that merely sounds alike must not paper over it."""
    open_ones = [i for i, m in enumerate(matches) if m.status == "gap" and not m.requirement.skills]
    if not open_ones:
        return matches
    lines: list[Line] = list(index.lines.values())
    best = scorer([matches[i].requirement.text for i in open_ones], [line.text for line in lines])
    out = list(matches)
    for i, (line_index, score) in zip(open_ones, best, strict=True):
        if score >= SEMANTIC_THRESHOLD:
            line = lines[line_index]
            note = "close in meaning to a resume line; check that it really shows this"
            out[i] = RequirementMatch(matches[i].requirement, "partial",
                                      (Evidence(line.number, line.text, "semantic", score=round(score, 2)),), note)
    return out

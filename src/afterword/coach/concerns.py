"""Likely concerns: for each must-have the resume does not show, what an interviewer may worry about and a
prepared answer. Afterword cannot know whether the resume simply left the skill out, so the card gives a tip
("if you have done this, say where") and a spoken answer for when the candidate has not: it says so plainly,
bridges from related evidence (with the resume line) and gives a concrete plan. It never claims the skill."""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from afterword.analysis.achievements import is_result
from afterword.analysis.degrees import FIELD_ASK, LEVELS, degree_span, degree_words, highest_degree, meets, said_as
from afterword.analysis.experience import find_dates, find_jobs, without_date_ranges, years_in
from afterword.analysis.institutions import without_institutions
from afterword.analysis.language_levels import (
    NATIVE,
    USABLE,
    StatedLevel,
    asked_rank,
    below_asked,
    close_languages,
    spoken_language,
    stated_level,
)
from afterword.analysis.matching import DEGREE_ELSEWHERE, DEGREE_UNNAMED, LEARNING, content_words
from afterword.analysis.places import country_name, country_named, home_country, nationality, posting_country
from afterword.analysis.posting_info import TITLE_HINT
from afterword.analysis.requirements import CONDITION, stated_years, tag_line
from afterword.analysis.skills import SkillFinder, finder_for
from afterword.analysis.taxonomy import TOOL_CATEGORIES, Skill, Taxonomy
from afterword.analysis.unit_roles import CITIZENSHIP, says_nothing
from afterword.coach.sources import Sentence, Source, article, first_person, joined, quote
from afterword.coach.truth import TruthChecker
from afterword.coach.work_history import learning
from afterword.models import (
    DegreeMention,
    Document,
    Fact,
    Job,
    Line,
    MatchReport,
    PostingUnit,
    Requirement,
    RequirementMatch,
    SkillMention,
)

# How one might close a gap, said to the candidate as an example in the tip, never in their voice: a plan is a
# commitment only the candidate can make.
_PLANS = {
    "programming-language": "build a small tool in {skill} in your first weeks and ask whoever knows it best to "
                            "review the code",
    "framework": "work through the {skill} documentation and ship one real change with {it} in your first month",
    "database": "set up {skill} locally and pair with a colleague on the first real task",
    "cloud": "take the {skill} fundamentals training and shadow the team's next change there",
    "devops": "pair with the team on the next {skill} change and write up what you learn",
    "data-ml": "take a short course in {skill} and apply {it} to one real dataset",
    "certification": "enrol for {skill} and tell them the dates",
    "healthcare": "complete {skill} training before you start or in your first weeks",
    "trades": "complete {skill} training and work alongside an experienced colleague until you're signed off",
    "language": "keep studying {skill} with a tutor and use {it} at work from the first day",
}
# A role hired to lead ("Principal Cloud Architect", "Head of", "Tech Lead"): a tool learnt before the interview, by
# use, never by shadowing the team it is to lead
_SENIOR_ROLE = re.compile(r"\b(?:lead|principal|staff|head|director|architect|chief|vp)\b",
                          re.IGNORECASE)
_SENIOR_PLAN = "get hands-on with {skill} on a small project of your own, so that you speak of {it} from use"
# Credentials granted to someone an employer sponsors (a government's clearance), never enrolled for.
_SPONSORED = frozenset({"security clearance"})
_ACTIVE = re.compile(r"\b(?:active|current|existing|already hold|must (?:hold|have|possess))\b", re.IGNORECASE)
SPONSORED_TIP = ("A clearance is granted through an employer's sponsorship, and many only to citizens: find out "
                 "before the interview whether they sponsor one, and never promise to obtain it yourself.")
ACTIVE_TIP = ("The posting asks for a clearance already active, which an employer cannot grant on hiring: without "
              "one, this is likely to decide the application, so ask the recruiter before the interview whether "
              "they would consider you, and never promise to obtain it yourself.")
# "such as", "e.g.", "one of", "any of", "or": a list of alternatives, not all of them asked
_ALTERNATIVES = re.compile(r"\b(?:such as|e\.\s?g|for example|one of|any of|at least one|or)\b|/", re.IGNORECASE)
_KINDS = {"programming-language": "languages", "framework": "frameworks", "database": "databases",
          "cloud": "cloud platforms", "devops": "tools", "data-ml": "tools", "software-tool": "tools",
          "office-software": "programs", "design": "tools", "security": "tools"}
_DEFAULT_PLAN = "set yourself a clear goal for {skill} in your first months and ask for early feedback"
# Skills one holds (a licence) rather than uses, and skills shown by example rather than named (communication).
_HELD = frozenset({"certification"})
_SHOWN = frozenset({"soft-skill", "management", "business", "writing", "customer-service", "sales"})
# A named system of such a field (SAP, Microsoft Dynamics 365, Zendesk) is used or not, like any tool: never a
# story to have ready. The kinds of system its entry implies say it is one.
_SYSTEMS = frozenset({"ERP systems", "CRM", "HRIS", "help desk software", "warehouse management systems"})


def _example_field(known: Skill) -> bool:
    """True for a skill of a field shown by an example of the work (negotiation, account management), not for
    a named system of that field (SAP, a CRM product)."""
    return known.category in _SHOWN and not set(known.implies) & _SYSTEMS
# Requirements that are conditions to confirm, not skills to argue: lifting, availability, licences to drive.
OFFICE_TIP = ("If you use it, say what for, with one example, and add it to your resume; if you don't, say so "
              "plainly.")
# The ground of all programming: named on few resumes, used in every program a developer writes.
_FOUNDATIONS = frozenset({"data structures", "algorithms", "object-oriented programming"})
FOUNDATION_TIP = ("Every program you have written rests on this: bring one example where the choice mattered (speed, "
                  "memory, clarity) and what you chose.")
# The everyday practice of a working developer, named on few resumes: never denied to one with years of work.
_PRACTICES = frozenset({"unit testing", "integration testing", "software testing", "code review"})
PRACTICE_YEARS = 2
PRACTICE_TIP = ("Your resume does not say so, though most developers with your years have done some: if you have, "
                "bring one example (a bug your tests caught, how a release was checked) and add it to your resume; "
                "if not, say so plainly.")


def _programmer(mentions: Collection[str], taxonomy: Taxonomy) -> bool:
    """True when the resume names a programming language (not a markup one such as HTML)."""
    return any((known := taxonomy.get(name)) is not None and known.category == "programming-language"
               and name not in _MARKUP for name in mentions)


CREDENTIAL_TIP = ("A licence or certificate is held or not: if you hold it, say so and add it to your resume; if "
                  "not, say so plainly and ask whether it is needed from the start.")
CREDENTIAL_NOW_TIP = ("The posting asks you to hold it now: if you do, say so and add it to your resume; if you "
                      "are working toward it, say how far you are (a course, a test date); if not, say so plainly.")
# a licence or certificate the posting asks to be held now, not one a new hire may earn on the job
_HELD_NOW = re.compile(r"\b(?:valid|current|active|in good standing|must (?:hold|have|possess)|required|"
                       r"mandatory)\b", re.IGNORECASE)
CONDITION_TIP = ("If this holds for you, confirm it plainly; if it doesn't, say so now and ask what flexibility "
                 "there is.")
# A check the employer runs before hiring ("Able to pass a DOT drug screen and background check"): passed or not,
# never negotiated
_SCREENING = re.compile(r"\b(?:drug (?:screen\w*|test\w*)|background (?:check|screening|investigation)s?|"
                        r"criminal (?:record|background) checks?|dbs check|pre-employment (?:screen\w*|medical|"
                        r"physical)|physical exam\w*|medical exam\w*|fingerprint\w*)\b", re.IGNORECASE)
SCREENING_TIP = ("A check they run before hiring, not something to negotiate: if asked, confirm you can pass it; if "
                 "something on your record may come up, say so early and plainly.")


def _condition_tip(text: str) -> str:
    return SCREENING_TIP if _SCREENING.search(text) else CONDITION_TIP
# Categories where one skill really carries over to another of the same kind (Python → Go, MySQL → PostgreSQL).
# Skills one uses (a language, a tool); the rest are fields one works in (procurement, teaching, nursing).
_TOOLS = frozenset({"programming-language", "framework", "database", "cloud", "devops", "data-ml", "office-software",
                    "software-tool", "design", "security"})
_TRANSFERABLE = frozenset({"programming-language", "framework", "database", "cloud", "devops", "data-ml",
                           "office-software", "design", "software-tool"})
TIP = "If you have done this, say where, with one concrete example, and add it to your resume."
PLAN_TIP = TIP + " If you haven't, say how you would close the gap, and only what you mean to do: for example, {plan}."


@dataclass(frozen=True, slots=True)
class Concern:
    requirement: str
    requirement_line: int
    concern: str
    answer: tuple[Sentence, ...]
    tip: str = TIP
    # gap, unnamed (a must-have in the posting's own words), passing (shown only in passing), condition, years,
    # story (a trait shown by example), title (a tool the job's title names), career-change, step-down, relocation
    # (the job's place and the resume's, in different states)
    kind: str = "gap"
    weight: float = 0.0
    label: str = "If you haven't"  # what the spoken answer is for
    skills: tuple[str, ...] = ()  # the skills it says the resume does not show (or shows only in passing)

    @property
    def answer_text(self) -> str:
        return " ".join(s.text for s in self.answer)


def _bridge(missing: list[str], mentions: dict[str, list[SkillMention]], taxonomy: Taxonomy,
            resume: Document) -> tuple[str, Source, str] | None:
    """A resume skill that carries over to a missing one, with its line: a related skill (either direction of
    "implies"), else one of the same kind where skills transfer."""
    for skill in missing:
        known = taxonomy.get(skill)
        related = [s for s in taxonomy.implied_by(skill) if s in mentions]
        related += [s for s in (known.implies if known else ()) if s in mentions]
        if known and known.category in _TRANSFERABLE:
            # of the same kind, and for a framework or tool of the same language: Boost (C++) says nothing of
            # Vue.js (JavaScript), React (JavaScript) a good deal; WebSockets (no language) nothing of Redux; a
            # language of the same paradigm (C# for Java), never one that only shares letters (JavaScript for
            # Java, which a Java team hears as mixing the two up) or markup (HTML)
            # (a language of a shared paradigm first: Python, not C, for JavaScript)
            kind = [name for name in mentions
                    if (other := taxonomy.get(name)) and other.category == known.category and name != skill]
            related += [name for name in kind if set(known.implies) & set(taxonomy.get(name).implies)]  # type: ignore[union-attr]
            related += [name for name in kind if known.category == "programming-language"
                        and _languages_bridge(known, taxonomy.get(name))]  # type: ignore[arg-type]
        for name in dict.fromkeys(related):
            usable = [m for m in mentions[name] if not LEARNING.search(resume.line(m.line).text)
                      and resume.line(m.line).section != "Education"]  # a degree is not "my work with"
            if not usable:
                continue  # "Learning: Snowflake" does not carry anything over
            ranked = sorted(usable, key=lambda m: resume.line(m.line).section != "Experience")
            for mention in ranked:
                line = resume.line(mention.line)
                spoken = first_person(line.text) if line.section in ("Experience", "Projects") and \
                    len(line.text) <= MAX_SPOKEN_LINE else None
                if spoken:
                    return name, Source("resume", line.number, line.text), spoken
            line = resume.line(ranked[0].line)
            return name, Source("resume", line.number, line.text), ""
    return None


_MARKUP = frozenset({"HTML", "CSS", "Sass", "Less", "XML", "XSLT", "JSON", "YAML", "Markdown", "regular expressions"})


def _languages_bridge(known: Skill, other: Skill) -> bool:
    """Two programming languages one of which the taxonomy gives no paradigm (Go, C): one carries over to the
    other, unless either is markup or data (HTML, YAML) or one name holds the other (Java, JavaScript)."""
    a, b = known.name.lower(), other.name.lower()
    return not (known.implies and other.implies) and known.name not in _MARKUP and other.name not in _MARKUP \
        and not (a.startswith(b) or b.startswith(a))


PREFERRED_WEIGHT = 1.25  # a degree or years the posting prefers: below every must-have, above a trait's story


def _preferred_qualifications(report: MatchReport, resume: Document, checker: TruthChecker, *,
                              changing: bool) -> list[Concern]:
    """A degree, or years, the posting prefers and the resume does not show ("We prefer a person with a master
    degree in supply chain and 5-8 years of experience"): often the only qualification a posting names, and the
    panel's first screen even so; ranked below every must-have, so raised only when the card has room."""
    out: list[Concern] = []
    for match in report.requirements:
        requirement = match.requirement
        if requirement.kind != "nice-to-have" or match.status == "strong":
            continue
        degree_short = bool(requirement.degree) and requirement.degree in LEVELS \
            and not meets(highest_degree(resume), requirement.degree)
        years_short = bool(requirement.years) and requirement.years >= 2 and bool(report.resume_info.jobs) \
            and report.resume_years < requirement.years
        if degree_short:
            concern = _degree_concern(match, report, resume, changing=changing)
        elif years_short and not requirement.degree:
            concern = _years_concern(match, report)
        else:
            continue
        out.append(replace(concern, answer=tuple(s for s in concern.answer if checker.check(s.text).ok),
                           weight=PREFERRED_WEIGHT))
    return out


def _years_concern(match: RequirementMatch, report: MatchReport) -> Concern:
    """Fewer years than asked: of one skill ("5+ years of Python"), or of work at all ("6+ years of experience",
    a screen many employers apply first, ranked with the must-haves the resume does not show)."""
    requirement = match.requirement
    overall = not requirement.skills
    concern = f"They may feel you have less experience than asked: “{quote(requirement.text)}” ({match.note})."
    answer: list[Sentence] = []
    spoken, evidence = next(((s, e) for e in match.evidence if len(e.text) <= MAX_SPOKEN_LINE
                             and (s := first_person(e.text))), (None, None))
    if spoken and evidence:  # without a result to point to, the tip alone is the honest answer
        answer = [Sentence("My years with it are fewer than the posting asks, so let me show what they added up to."),
                  Sentence(spoken, (Source("resume", evidence.line, evidence.text),)),
                  Sentence("I'd rather be judged on results like that than on the count of years.")]
    elif overall and (achievement := _best_achievement(report)):
        answer = [Sentence("I have fewer years than the posting asks, so let me show what mine added up to."),
                  achievement,
                  Sentence("I'd rather be judged on results like that than on the count of years.")]
    return Concern(requirement.text, requirement.line, concern, tuple(answer),
                   tip="Lead with your strongest result in this area; years matter less once they hear it.",
                   kind="years", weight=3.5 if overall else 0.0)


def _field_years_concern(match: RequirementMatch, report: MatchReport) -> Concern:
    """Years asked of a kind of work the resume does not show at all ("8+ years in entrepreneurship or
    sustainability"): the count is plain, and nothing is said in the candidate's voice."""
    requirement = match.requirement
    years = f"{requirement.years:g}"
    had = f" Your {report.resume_years:g} years on the resume are in other work." if report.resume_years else ""
    return Concern(requirement.text, requirement.line,
                   f"They ask for {years} years or more in this work, and your resume does not show it: "
                   f"“{quote(requirement.text)}”.{had}", (), tip=FIELD_YEARS_TIP, kind="gap",
                   skills=tuple(requirement.skills))


FIELD_YEARS_TIP = ("Don't stretch other work to fit: say how much of this work you have done (none is an answer), "
                   "then the result from your own work that comes closest to it.")


_MASK = re.compile(r"<[A-Z]+>")  # a name redacted from a posting ("<PROFESSION>", "<ORGANIZATION>")
_COUNTED = re.compile(r"(\d+(?:\.\d+)?) years (?:of experience )?on the resume")  # the match's count of years


def _training_jobs(report: MatchReport, resume: Document) -> tuple[Job, ...]:
    """The dated jobs of the resume that were internships, courses or training programmes (work_history.learning)."""
    return tuple(job for job in report.resume_info.jobs if learning(job, resume))


def _training_years_concern(match: RequirementMatch, report: MatchReport, trained: tuple[Job, ...]) -> Concern:
    """Years of work asked ("at least 2 years of experience") that the resume reaches only by counting its
    internships and training programmes: the panel will ask how much of it was work, and the card says so."""
    requirement = match.requirement
    lines = ", ".join(str(job.title_line) for job in trained)
    return Concern(requirement.text, requirement.line,
                   f"Your {report.resume_years:g} years on the resume include internships or training (resume "
                   f"{'lines' if len(trained) > 1 else 'line'} {lines}): they may ask how much of it was work of "
                   f"the kind asked (“{quote(requirement.text)}”).", (), tip=TRAINING_YEARS_TIP, kind="years",
                   weight=3.5)


TRAINING_YEARS_TIP = ("Say plainly how long each internship or programme ran and what you delivered in it; real "
                      "work done as an intern counts, and a straight answer earns more trust than a rounded total.")


# years asked without a number: "Many years of industry experience", "several years in retail"
_VAGUE_YEARS = re.compile(r"\b(?:many|several|a few|multiple|a number of|extensive|long) years\b", re.IGNORECASE)


def _undated_years_concern(match: RequirementMatch, resume: Document) -> Concern:
    """Years of work asked ("at least 5 years of experience") of a resume that dates no job: the card cannot
    count them, and the panel will ask. A resume with no work listed at all is told so, not to date its jobs."""
    requirement = match.requirement
    vague = _VAGUE_YEARS.search(requirement.text)
    asked = f"{requirement.years:g} years or more" if requirement.years else \
        vague.group(0).lower() if vague else "years of experience"
    if not any(line.section in _WORK for line in resume.lines):  # no work and no project listed at all
        return Concern(requirement.text, requirement.line,
                       f"The posting asks for {asked}, and your resume lists no work yet: they may ask "
                       f"what you have done that counts (“{quote(requirement.text)}”).", (),
                       tip="Say plainly what you have done (studies, research, projects) and for how long; don't "
                           "count study as years of work.", kind="years", weight=3.5)
    return Concern(requirement.text, requirement.line,
                   f"The posting asks for {asked}, and your resume dates none of its jobs: they may "
                   f"ask how long you have worked (“{quote(requirement.text)}”).", (),
                   tip="Know your answer in years, and add the dates (month and year) to each job on your resume.",
                   kind="years", weight=3.5)


def _best_achievement(report: MatchReport) -> Sentence | None:
    for match in report.requirements:
        for evidence in match.evidence if match.status == "strong" else ():
            spoken = first_person(evidence.text) if len(evidence.text) <= MAX_SPOKEN_LINE else None
            if spoken:
                return Sentence(spoken, (Source("resume", evidence.line, evidence.text),))
    return None


_SUBJECT_END = re.compile(r" and (?=\d|one|two|three|four|five|at least|experience)|[;.]| with |, (?:and|plus) ",
                          re.IGNORECASE)


def _in_degree_subject(text: str, missing: list[str]) -> bool:
    """True when a missing skill is the subject of the degree asked ("a degree in Statistics, Computer Science
    or a related field"), not another ask beside it ("a master's degree and 2 years of strategy consulting")."""
    found = degree_span(text)
    if found is None:
        return False
    start, end = found
    window = text[max(0, start - 40):end + 80]
    cut = _SUBJECT_END.search(window, end - max(0, start - 40))
    subject = window[:cut.start()] if cut else window
    return any(_key_words(skill) & _key_words(subject) for skill in missing)


_LEADING_ROLE = re.compile(r"\b(?:manager|lead|leader|head|director|supervisor|chief|principal)\b", re.IGNORECASE)
_LEADS_PEOPLE = re.compile(r"\b(?:lead|leading|led|build(?:ing)? and lead(?:ing)?|manag(?:e|es|ing|ement of)|"
                           r"supervis\w*|line management|people management)\b[^.;]{0,40}?\b(?:teams?|people|staff|"
                           r"engineers|developers|reports|employees|others)\b", re.IGNORECASE)
_LED = re.compile(r"\b(?:led|lead(?:ing|s)?|leader\w*|managed|manag(?:e|es|ing)|manager|supervis\w*|mentor\w*|"
                  r"head(?:ed)?|coached|oversaw|coordinated|team ?lead\w*|team of \d+|direct reports)\b", re.IGNORECASE)
LEAD_TIP = ("Bring the closest you have done (mentoring, leading a project, onboarding newcomers) with one example, "
            "and say plainly what you have not done yet.")


def _unled(text: str, role: str, resume: Document) -> bool:
    """True when a role that leads people (its title says Manager, Lead, Head ...) asks for leading them and no line
    of the resume (outside its header and education) shows any leading, managing, supervising or mentoring: the
    question such a panel asks first, not a trait to show by a story."""
    return bool(role and _LEADING_ROLE.search(role) and _LEADS_PEOPLE.search(text)) and not any(
        _LED.search(line.text) for line in resume.lines if line.section not in ("Header", "Education"))


# where a requirement gives examples of what it asks: "(Manhattan, SAP EWM or similar)", "e.g. Jira"
_EXAMPLES = re.compile(r"\(([^()]{2,120})\)|\b(?:e\.g\.?|such as|for example|for instance)\s+([^.;()]{2,120})",
                       re.IGNORECASE)


def _without_examples(text: str, skills: list[str], taxonomy: Taxonomy) -> list[str]:
    """The skills a requirement asks for, without those it names only as examples of another it asks for ("a
    warehouse management system (Manhattan, SAP EWM or similar)": the system is the gap, not SAP EWM)."""
    spans = [found.span(found.lastindex or 0) for found in _EXAMPLES.finditer(text)]
    if not spans:
        return skills

    def only_as_example(skill: str) -> bool:
        known = taxonomy.get(skill)
        places = [m.start() for surface in (known.surfaces if known else (skill,))
                  for m in re.finditer(rf"(?<![\w]){re.escape(surface)}(?![\w])", text, re.IGNORECASE)]
        return bool(places) and all(any(a <= at < b for a, b in spans) for at in places)

    kept = [skill for skill in skills if not only_as_example(skill)]
    return kept if kept else skills


def _slashed_with_shown(skill: str, requirement: Requirement, unshown: list[str], taxonomy: Taxonomy) -> bool:
    """True when the posting pairs ``skill`` with a slash to a skill of the same kind that the resume shows: "C /
    C++" to a C++ developer, "Java/Kotlin" to a Kotlin one. Either is the ask; neither is denied."""
    known = taxonomy.get(skill)
    if known is None:
        return False
    for other in requirement.skills:
        partner = taxonomy.get(other)
        if other == skill or other in unshown or partner is None or partner.category != known.category:
            continue
        for a in known.surfaces:
            for b in partner.surfaces:
                pair = rf"(?<![\w+#]){re.escape(a)}\s?/\s?{re.escape(b)}(?![\w+#])|" \
                       rf"(?<![\w+#]){re.escape(b)}\s?/\s?{re.escape(a)}(?![\w+#])"
                if re.search(pair, requirement.text, 0 if known.case_sensitive else re.IGNORECASE):
                    return True
    return False


def _shown_by_parts(skill: str, resume_skills: set[str], taxonomy: Taxonomy) -> bool:
    """True for a field of work whose parts the resume shows: front-end development (which takes HTML, CSS and
    JavaScript) to a resume naming all three, or most of what the field takes and two at least."""
    known = taxonomy.get(skill)
    if known is None or known.category in TOOL_CATEGORIES:
        return False
    parts = [name for name in known.implies if taxonomy.get(name) is not None
             and taxonomy.get(name).category in TOOL_CATEGORIES]  # type: ignore[union-attr]
    shown = [name for name in parts if name in resume_skills]
    return len(shown) >= 2 and 2 * len(shown) > len(parts)


def _as_asked(skill: str, text: str, taxonomy: Taxonomy) -> str:
    """The skill as the posting names it, when it uses another of its names ("Java EE" for Jakarta EE,
    "continuous integration" for CI/CD): the candidate answers in the interviewer's words. A job board's tag
    ("reactjs", "java-ee") is said by the skill's own name."""
    for mention in finder_for(taxonomy).find(text):
        if mention.skill != skill:
            continue
        surface = mention.surface.strip()
        if TITLE_HINT.search(surface.split()[-1]) and not TITLE_HINT.search(skill.split()[-1]):
            break  # "Project Coordinator" is a job: "I haven't worked in project coordination", not in the title
        if surface.casefold() != skill.casefold() and (
                any(ch.isupper() for ch in surface) or " " in surface and surface.islower()):
            return surface
        break
    return skill


def _gap_concern(match: RequirementMatch, report: MatchReport, resume_skills: set[str],
                 mentions: dict[str, list[SkillMention]], taxonomy: Taxonomy, resume: Document,
                 core: frozenset[str] = frozenset(), *, changing: bool = False) -> Concern:
    """The concern for a must-have the resume does not show. ``core`` holds what the job's title names ("Project
    Manager": project management): a trait elsewhere shown by a story, it is the job itself there."""
    requirement = match.requirement
    # a skill the resume shows through one that implies it (Git through GitHub) is not said to be missing
    missing = [s for s in requirement.skills if s not in resume_skills
               and not any(name in resume_skills for name in taxonomy.implied_by(s))
               and not _shown_by_parts(s, resume_skills, taxonomy)]
    if requirement.skills and not missing:
        # every skill asked is on the resume somewhere (Agile through Scrum, "project" and "management" apart):
        # never "I haven't", nor "does not mention this": what it names, and the ask in the posting's words
        return Concern(requirement.text, requirement.line,
                       f"Your resume touches on this, though not in its words: they may ask about "
                       f"“{quote(requirement.text)}”.", (), tip=PASSING_TIP, kind="passing",
                       skills=requirement.skills)
    missing = missing or list(requirement.skills)
    missing = _without_examples(requirement.text, missing, taxonomy)
    practised = [s for s in missing if s in _PRACTICES] if _programmer(mentions, taxonomy) \
        and report.resume_years >= PRACTICE_YEARS else []
    if practised and len(practised) < len(missing):
        # "Jenkins, unit testing and integration testing" to a developer of twenty years: Jenkins is the gap; the
        # testing every developer of those years has done is not denied beside it
        missing = [s for s in missing if s not in practised]
    elif practised:
        return Concern(requirement.text, requirement.line,
                       f"Your resume does not name {joined(practised)}: they may ask about "
                       f"“{quote(requirement.text)}”.", (), tip=PRACTICE_TIP, skills=tuple(practised))
    # (a named system of a field shown by example, SAP or Zendesk, is a tool like any other)
    categories = {("software-tool" if not _example_field(known) and known.category in _SHOWN else known.category)
                  if (known := taxonomy.get(s)) is not None else "" for s in missing}
    if categories & _SHOWN and categories - _SHOWN:
        # "leadership, problem solving and lean manufacturing": a trait is shown by a story, never denied beside
        # the skills a resume would name ("I haven't worked in problem solving" would deny what any work shows)
        missing = [s for s in missing if (known := taxonomy.get(s)) is None or not _example_field(known)]
        categories -= _SHOWN
    if CONDITION.search(requirement.text) and not categories & _HELD:
        return Concern(requirement.text, requirement.line, f"The posting asks: “{quote(requirement.text)}”.", (),
                       tip=_condition_tip(requirement.text), kind="condition")
    if requirement.degree and match.status == "gap" and not (
            missing and meets(highest_degree(resume), requirement.degree)
            and not _in_degree_subject(requirement.text, missing)):
        # "a master's in Finance or similar": the degree, not a story
        return _degree_concern(match, report, resume, changing=changing)
    if (not missing or categories <= _SHOWN) and _unled(requirement.text, report.posting_info.role, resume):
        return Concern(requirement.text, requirement.line,
                       f"This role leads people, and your resume does not show you leading any: they will ask about "
                       f"“{quote(requirement.text)}”.", (), tip=LEAD_TIP, kind="unnamed", skills=tuple(missing))
    if missing and categories <= _SHOWN and not set(missing) & core:
        # A trait is shown by what one did, which a resume rarely names: no "your resume doesn't show it"
        concern = f"Have an example of {joined(missing)} ready: they may ask about “{quote(requirement.text)}”."
        return Concern(requirement.text, requirement.line, concern, (),
                       tip="Have one short, true story ready that shows it: the situation, what you did, the result.",
                       kind="story", skills=tuple(missing))
    if not missing and requirement.degree:
        return _degree_concern(match, report, resume, changing=changing)
    if not missing and FIELD_ASK.search(requirement.text):
        # "The ideal candidate is a dairy engineer or has a similar educational background": a field of study,
        # answered with the degree the candidate holds, never with "an example from your work"
        held = _held_degree(report)
        answer = (_own_degree(held, report),) if held is not None and held.subject else ()
        return Concern(requirement.text, requirement.line,
                       f"They may ask about your education: “{quote(requirement.text)}”.", answer,
                       tip="Name your degree and what in it comes closest to the field they ask for; if it is "
                           "another field, say so plainly and what you learnt instead.", label="Say")
    if not missing and _STATED_MUST.search(requirement.text) and _RECORD_ASKED.search(requirement.text):
        # "Some years of post-graduate research and publication experience is required": a record the posting says
        # it must see, which no line of the resume shows, is a gap said in the posting's words
        return _unnamed_gap(match, resume)
    if not missing:
        # No skill to name: a way of working ("structured, able to handle complex data sets") is shown by an
        # example, and the card cannot tell that the resume lacks it
        return Concern(requirement.text, requirement.line,
                       f"Have an example ready: they may ask about “{quote(requirement.text)}”.", (),
                       tip="Think of one real example from your work that shows this; if you have none, say how "
                           "you would get there, and keep it short.", kind="story")
    said = [_as_asked(skill, requirement.text, taxonomy) for skill in missing]
    subject = joined(said)
    choice = len(missing) >= 3 and len(categories) == 1 and bool(_ALTERNATIVES.search(requirement.text))
    listed = _KINDS.get(next(iter(categories)), "tools") if choice else ""  # "languages", "frameworks" ...
    if choice:  # "a language such as Python/Java/Ruby/Perl/Go": one would do, and five are no sentence to say
        subject = " or ".join([", ".join(said[:-1]), said[-1]])
    if match.evidence and all(e.match == "learning" for e in match.evidence):
        concern = f"Your resume names {subject} only as something you are learning: they may ask about " \
                  f"“{quote(requirement.text)}”."
        first = match.evidence[0]
        answer = [Sentence(f"I'll be straight with you: I'm still learning {subject} and haven't used "
                           f"{'it' if len(missing) == 1 else 'them'} in production yet.",
                           (Source("resume", first.line, first.text),))]
    elif set(missing) <= _SPONSORED:
        # A clearance is granted to someone an employer sponsors, never enrolled for: no plan to "get" one, and a
        # question back unless the posting says it must already be active
        concern = f"Your resume does not show {subject}: they may ask about “{quote(requirement.text)}”."
        answer = [Sentence(f"I'll be straight with you: I don't hold {article(subject)} {subject} today.")]
        active = bool(_ACTIVE.search(requirement.text))
        if not active:
            answer.append(Sentence("Is this a role you would sponsor one for?"))
        return Concern(requirement.text, requirement.line, concern, tuple(answer),
                       tip=ACTIVE_TIP if active else SPONSORED_TIP, skills=tuple(missing))
    elif set(missing) <= _FOUNDATIONS and _programmer(mentions, taxonomy):
        # "data structures" to someone who writes programs: every program is built of them; never "I haven't",
        # only a prompt for the example that shows it
        return Concern(requirement.text, requirement.line,
                       f"Your resume does not name {subject}: they may ask about “{quote(requirement.text)}”.", (),
                       tip=FOUNDATION_TIP, skills=tuple(missing))
    elif categories == {"office-software"}:
        # everyday office tools are used far more often than listed: never "I haven't used Excel", only a prompt
        return Concern(requirement.text, requirement.line,
                       f"Your resume does not name {subject}: they may ask about “{quote(requirement.text)}”.", (),
                       tip=OFFICE_TIP, skills=tuple(missing))
    elif categories <= _HELD:
        concern = f"Your resume does not show {subject}: they may ask about “{quote(requirement.text)}”."
        held = "isn't one of my credentials" if len(missing) == 1 else "aren't among my credentials"
        answer = [Sentence(f"I'll be straight with you: {subject} {held} yet.")]
    else:
        concern = f"Your resume does not show {subject}: they may ask about “{quote(requirement.text)}”."
        # a tool is used, procurement is worked in; so is a field named in lower case among tools ("cybersecurity",
        # "incident response"), where "I haven't used cybersecurity" could not be said
        tools = categories <= _TOOLS and all(any(ch.isupper() for ch in name) for name in missing)
        done = f"used {subject}" if tools else f"worked in {subject}"
        if choice:
            done = f"used any of the {listed} you list"
        # "in my work" only of someone with a job to speak of: a first-job seeker has not used it "yet", plainly
        at_work = " in my work" if tools and report.resume_info.jobs else ""
        answer = [Sentence(f"I'll be straight with you: I haven't {done}{at_work} yet.")]
    # one skill carries over to one or two others of its kind, never to a mixed list ("PHP, React, MySQL,
    # Kubernetes and Jenkins": "what I know of Java" would answer none of them)
    bridge = _bridge(missing, mentions, taxonomy, resume) if len(missing) <= 2 or len(categories) == 1 else None
    if bridge:
        name, source, spoken = bridge
        at_work = resume.line(source.line).section in ("Experience", "Projects")
        # a skill named only in a list, or on a resume with no job, is something known, not "my work with" it
        carried = f"my work with {name}" if at_work else f"what I know of {name}"
        answer.append(Sentence(f"What carries over is {carried}.", (source,)))
        if spoken:
            answer.append(Sentence(spoken, (source,)))
    known = taxonomy.get(missing[0])
    it = "it" if len(missing) == 1 else "them"
    if requirement.years and requirement.years >= 2:
        # Years of a thing cannot be learnt in a month: say so, rather than promise it.
        answer.append(Sentence("I know that is experience a few weeks of learning won't replace, so I'd rather be "
                               "upfront about it and let you weigh it against what I do bring."))
    else:
        # an example plan names one thing to start with: "a small tool in TypeScript", never in eight tools at once
        named = f"one of the {listed} you list" if choice else subject if len(missing) <= 2 else missing[0]
        # a plan that names the skill inside a phrase ("the {skill} fundamentals training") reads only with a name:
        # for "one of the cloud platforms you list" the plain plan is said
        template = _PLANS.get(known.category if known else "", _DEFAULT_PLAN)
        if choice and not template.startswith(("build", "set up", "take a short")):
            template = _DEFAULT_PLAN
        if _SENIOR_ROLE.search(report.posting_info.role) and known is not None and known.category in TOOL_CATEGORIES:
            # "shadow the team's next change" undercuts a principal architect, who is hired to lead the change
            template = _SENIOR_PLAN
        plan = template.format(skill=named, it="it" if choice or len(missing) > 2 else it)
        return Concern(requirement.text, requirement.line, concern, tuple(answer), tip=PLAN_TIP.format(plan=plan),
                       skills=tuple(missing))
    return Concern(requirement.text, requirement.line, concern, tuple(answer), skills=tuple(missing))


MAX_CONCERNS = 5
_FULLY_REMOTE = re.compile(r"\b(?:fully remote|100% remote|remote[- ]first|work from anywhere|"
                           r"remote(?: role| position| job)?\s*$)", re.IGNORECASE)
MOVE_TIP = ("Say plainly whether you would move (or commute) and from when; ask about relocation support only once "
            "they show interest.")


# US states and Canadian provinces: "Reno, NV" is a place, "Sales, HR" is not
_REGIONS = frozenset("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
                     "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS ON PE QC SK".split())


def _place(document: Document) -> tuple[str, int] | None:
    """The first "City, ST" of the document's first six lines whose code is a US state or a Canadian province,
    with its line number."""
    return next(((found.group(0), line.number) for line in document.lines[:6] for found in _CITY.finditer(line.text)
                 if found.group(0)[-2:] in _REGIONS), None)


# units that speak of the organisation or the application, not of the job: "we have campuses in ... Greenland"
_NOT_THE_JOB = frozenset({"company-info", "legal", "how-to-apply", "contact", "benefit"})


def _abroad(units: tuple[PostingUnit, ...], resume: Document, location: str) -> Concern | None:
    """"Would you move to another country?": the country the job is in (its location, or the one country the
    posting's units about the job name) and the one the resume's header gives, when they differ."""
    header = [(line.number, line.text) for line in resume.lines[:6] if line.section == "Header"]
    job = posting_country(location, (u.text for u in units if u.role not in _NOT_THE_JOB)) if header else None
    home = home_country(header) if job is not None else None  # the posting first: most name no place at all
    if job is None or home is None or job[0] == home[0]:
        return None
    there, here = country_name(job[0]), country_name(home[0])
    where = job[1] if there.lower() in job[1].lower() else f"{job[1]} ({there})"
    lives = home[1] if here.lower() in home[1].lower() else f"{home[1]}, {here}"
    return Concern(f"Location: {job[1]}", 0,
                   f"The job is in {where} and your resume puts you in {lives} (line {home[2]}): expect them to ask "
                   "whether you would move, and whether you may already work there.", (), tip=ABROAD_TIP,
                   kind="relocation", weight=5.0)


ABROAD_TIP = ("Say plainly whether you would move and from when, and what you need to work there (a permit, a "
              "visa); ask about relocation support only once they show interest.")


def relocation_concern(posting: Document, resume: Document, facts: tuple[Fact, ...],
                       raised: tuple[Concern, ...] = (), location: str = "",
                       units: tuple[PostingUnit, ...] = ()) -> Concern | None:
    """"Would you move?": the posting's place and the resume's, both read as "City, ST", in different states, for a
    job that is not fully remote (a Reno, NV candidate for a regional route out of Kansas City, MO), unless a
    ``raised`` concern already asks it ("must relocate", "reliably commute to ..."); or, when the two are not both
    read that way, in different countries (the posting's ``location``, or the one country its ``units`` about the
    job name, not those about the organisation). Said as a
    condition to answer honestly; nothing is said in the candidate's voice."""
    if any(f.topic == "remote_policy" and _FULLY_REMOTE.search(f.text) for f in facts) \
            or any(_COMMUTE.search(c.requirement) for c in raised):
        return None
    where, home = _place(posting), _place(resume)
    if where is None or home is None:
        return _abroad(units, resume, location)
    if where[0][-2:] == home[0][-2:]:
        return None
    return Concern(f"Location: {where[0]}", 0,
                   f"The job is in {where[0]} and your resume puts you in {home[0]} (line {home[1]}): "
                   "expect them to ask whether you would move.", (), tip=MOVE_TIP, kind="relocation", weight=5.0)


def working_language_concern(posting: Document, resume: Document, units: tuple[PostingUnit, ...],
                             raised: tuple[Concern, ...] = ()) -> Concern | None:
    """A posting written in English that never asks for English, to a resume that rates its English below USABLE
    ("English - elementary", "English Pre-Intermediate"): the interview will be in English, and how much of the
    work is, is the first thing to settle. None when the posting asks for English itself (that requirement's own
    concern says it), or the resume gives no such level."""
    stated = stated_level(resume, "English")  # (most resumes rate no English: nothing else to read then)
    if stated is None or stated.rank >= USABLE:
        return None
    if not _english(posting) or any("English" in c.skills for c in raised) or any(
            _ENGLISH_NAMED.search(u.text) for u in units if u.role in ("requirement", "nice-to-have")):
        return None
    line = resume.line(stated.line)
    words = f"“{stated.words}”" if "," in stated.words else stated.words
    return Concern("English", 0,
                   f"Your resume rates your English as “{stated.words}” (line {line.number}), and this posting is "
                   "written in English: expect the interview to be in English, and them to ask how much of the work "
                   "you could do in it.",
                   (Sentence(f"I'll be straight with you: I rate my English as {words} today.",
                             (Source("resume", line.number, line.text),)),
                    Sentence("How much of the day would be in English, and is there room to build it up on the "
                             "job?")),
                   tip="Say your level plainly and what you already use English for (documentation, written "
                       "messages); don't promise fluency by a date.",
                   kind="language", label="Say", skills=("English",), weight=5.0)


_ENGLISH_NAMED = re.compile(r"\bEnglish\b")
_MOST_NAMED = 6  # skills named in one answer for a whole stack not used yet
STACK_TIP = ("On a change of direction, one honest answer covers everything you have not used yet: name it once, "
             "then ask which part matters most, and bring one example of learning something new at work.")
MANY_GAPS_TIP = ("With this many tools you have not used, one honest answer covers them all: name them once, then ask "
                 "which matters most, and bring one example of learning something new at work.")
MANY_GAPS = 3  # separate "I haven't used ..." scripts on one card, beyond which they are said as one


def _not_used_yet(concern: Concern) -> bool:
    """A tool or field the resume does not show, answered "I haven't used it yet": not one of a choice ("any of the
    languages you list"), nor years of it (the years are their own answer)."""
    return concern.kind == "gap" and bool(concern.skills) and concern.answer_text.startswith(
        "I'll be straight with you: I haven't") and "any of the" not in concern.answer_text \
        and stated_years(concern.requirement) is None


def _bare(concern: Concern) -> bool:
    """"I haven't used X yet" with nothing carried over from the resume."""
    return _not_used_yet(concern) and "What carries over" not in concern.answer_text


def many_gaps(shown: tuple[Concern, ...]) -> bool:
    """True when the card would give MANY_GAPS separate bare "I haven't used ..." scripts or more."""
    return sum(_bare(c) for c in shown) >= MANY_GAPS


def one_answer_for_gaps(shown: tuple[Concern, ...], rest: tuple[Concern, ...], *, changing: bool = True,
                        taxonomy: Taxonomy | None = None) -> tuple[tuple[Concern, ...], tuple[Concern, ...]]:
    """On a change of direction (or with MANY_GAPS of them on the card), the tools and fields the resume has not
    used, raised one by one ("I haven't used JavaScript", "I haven't used npm, Webpack ...", "I haven't worked in
    web development"), as one concern with one answer, in the place of the first: four near-identical scripts are
    more than an interview has room for."""
    ranked = [*shown, *rest]
    # (off a change of direction, a gap with a bridge of its own keeps it: "What carries over is my work with ...")
    gaps = [c for c in ranked if (_not_used_yet(c) if changing else _bare(c))]
    if len(gaps) < 2:
        return shown, rest
    names = list(dict.fromkeys(skill for c in gaps for skill in c.skills))
    subject = joined(names[:_MOST_NAMED]) if len(names) <= _MOST_NAMED else \
        f"{', '.join(names[:_MOST_NAMED])} and more"
    lines = ", ".join(str(n) for n in sorted({c.requirement_line for c in gaps if c.requirement_line}))
    first = gaps[0]
    spoken = f"{', '.join(names[:3])} or the rest of it" if len(names) > 3 else joined(names)
    fields, tools = [n for n in names if n.islower()], [n for n in names if not n.islower()]
    used = taxonomy is not None and all((known := taxonomy.get(n)) is not None and known.category in TOOL_CATEGORIES
                                        for n in tools)
    # (fields, named in lower case, are worked in: "bioinformatics, statistics and teaching"; tools worked with;
    # fields and tools, each as it is done: "worked in procurement or used Rust"; OSHA is not "used")
    done = f"in {spoken}" if not tools else f"in {joined(fields)} or used {joined(tools)}" \
        if fields and used and len(names) <= 3 else f"with {spoken}"
    merged = replace(first, concern=f"Your resume does not show {subject}, which the posting asks for"
                                    f"{f' (posting lines {lines})' if ',' in lines else ''}: expect them to ask "
                                    "what you know of them.",
                     answer=(Sentence(f"I'll be straight with you: I haven't worked {done} yet."),
                             Sentence("I'd rather say so now, and hear which of them you'd want me to learn first.")),
                     tip=STACK_TIP if changing else MANY_GAPS_TIP, weight=max(c.weight for c in gaps),
                     skills=tuple(names), label="Say")
    kept = [merged if c is first else c for c in ranked if c is first or c not in gaps]
    card: list[Concern] = []  # the room the merge frees is not taken by a second "have an example ready"
    for concern in kept:
        if len(card) < MAX_CONCERNS and not (
                concern.kind == "story" and sum(c.kind == "story" for c in card) >= MAX_STORIES):
            card.append(concern)
    return tuple(card), tuple(c for c in kept if c not in card)


_WORK = frozenset({"Experience", "Projects"})
REPEAT_DISCOUNT = 1.0  # a gap that repeats a skill a concern above it raises ranks this much lower
MAX_SPOKEN_LINE = 300  # a resume line longer than this is no sentence to say aloud
# Conditions a resume line can show by doing them: nights, weekends, shifts, travel.
_SHOWN_CONDITION = re.compile(r"\b(?:nights?|weekends?|evenings?|overnight|on-call|travel\w*)\b", re.IGNORECASE)
_LEVELS_ONLY = re.compile(r"(?:(?:entry|junior|mid|mid-level|middle|senior|lead|principal|staff|intern|"
                          r"associate|director|executive|level|internship|manager)[\s,/&-]*)+", re.IGNORECASE)
LEVEL_LABEL = re.compile(r"^(?:experience level|seniority|level|career level|job level)\s*:", re.IGNORECASE)
# A line whose words ran together when the file was made ("Istarteddevelopmentfromscratch,intheabsence..."): no
# line to quote back to the candidate or to say aloud.
GLUED = re.compile(r"[A-Za-z,.]{36,}")
def level_label(text: str) -> bool:
    """True for a job board's level and nothing else: "Experience level: Senior", "Mid-Level Senior Lead"."""
    return bool(LEVEL_LABEL.match(text) or _LEVELS_ONLY.fullmatch(text.strip(" .:")))


PASSING_SHARE = 0.34  # the share of a requirement's key words a line must hold to show it "in passing"
PASSING_TIP = "Bring one concrete example of this: what you did, where, and what came of it."
# Words that ask for a language ("fluent", "oral and written"); "cloud-native" asks for none.
_LANGUAGE_ASK = r"fluent\w*|fluency|(?<!-)native(?!-)|bilingual|speak\w*|spoken|written and oral|oral and written"
_HARD = re.compile(
    r"\b(?:" + CITIZENSHIP + r"|nationals|(?:a|an)\s+(?:\w+\s+)?national(?!\s*[A-Za-z])|"
    r"authori[sz]ed to work|right to work|(?:work|employment) authori[sz]ation|visa sponsorship|"
    r"(?:not|no|unable to|cannot) (?:\w+ )?sponsor\w*|"
    r"eligib\w* to work|work permit|green card|security clearance|clearance|ts/sci|top secret|vetting|"
    r"background check|dbs check|licen[cs]e[ds]?|cdl|medical card|medical certificate|registration|relocat\w*|"
    r"willing to move|" + _LANGUAGE_ASK + r")\b", re.IGNORECASE)
_LANGUAGE_WORDS = re.compile(_LANGUAGE_ASK, re.IGNORECASE)  # the hard words that speak of a language
_CONDITION_KINDS = (
    ("work-permit", re.compile(r"citizen|national|authori[sz]ed|right to work|authori[sz]ation|eligib|permit|green "
                               r"card", re.IGNORECASE)),
    ("clearance", re.compile(r"clearance|ts/sci|top secret|vetting|background|dbs", re.IGNORECASE)),
    ("relocation", re.compile(r"relocat|move", re.IGNORECASE)),
)


def _condition_kind(words: str) -> str | None:
    """The kind of hard condition some words name; licences and languages are matched as skills instead."""
    return next((kind for kind, pattern in _CONDITION_KINDS if pattern.search(words)), None)


_TARGETS = re.compile(r"\b(?:record|targets?|quotas?|kpis?|results|goals)\b", re.IGNORECASE)
_COMMUTE = re.compile(r"\b(?:commute|relocat\w*|live within|living within|based within|reside)\b", re.IGNORECASE)
_PLACE = re.compile(r",\s?([A-Z]{2})\b")
_CITY = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s?[A-Z]{2}\b")
_ENGLISH_WORDS = frozenset("the and of to in for with a an on as at by from my i was were is are have has using "
                           "developed managed led built worked responsible experience team".split())
_GENERIC = frozenset("experience experienced strong excellent good solid proven knowledge understanding ability "
                     "skills skill work working team years year plus must required including related relevant "
                     "demonstrated professional high level degree field environment similar other".split())


def _english(resume: Document) -> bool:
    words = resume.text.lower().split()[:2000]
    return bool(words) and sum(w in _ENGLISH_WORDS for w in words) / len(words) > 0.06


def _key_words(text: str) -> set[str]:
    """Stemmed content words, with hyphenated words also joined and split ("back-end" → backend, back, end)."""
    words: set[str] = set()
    for word in re.findall(r"[A-Za-z][\w+#.-]*[\w+#]|[A-Za-z]", text):
        lowered = word.lower()
        if lowered in _GENERIC:
            continue
        if re.fullmatch(r"[a-z]{3,}\.js", lowered):
            lowered = lowered[:-3]  # "Node.js" is "Node": a resume listing "React, Node, MongoDB" names it
        forms = {lowered, lowered.replace("-", "")} | set(lowered.split("-"))
        words |= {w for form in forms for w in content_words(form) if len(w) > 2}
    return words


_TOUCH_STEM = 5  # a stem this long names a subject ("custom", "budget"); "team", "plan" name too much
# words of a skill's name that name a kind of work, not its subject ("customer service": service)
_TOUCH_GENERIC = frozenset({"servic", "manag", "develop", "design", "analysi", "engin", "system", "skill", "work",
                            "experi", "knowledg", "process", "support", "technic", "program", "applic", "project",
                            "oper", "plan", "commun", "inform", "solut", "busi", "product", "organ"})


class _ResumeWords:
    """Every line of the resume (its header and education included) as key words and skill mentions: what the
    candidate's documents show anywhere, before a concern may put "I haven't" in their mouth."""

    def __init__(self, resume: Document, mentions: dict[str, list[SkillMention]], taxonomy: Taxonomy) -> None:
        self.resume = resume
        self.mentions = mentions
        self._words: dict[int, set[str]] | None = None
        self._results: list[set[str]] | None = None
        self._quotable: dict[int, set[str]] | None = None
        self._plain_words: dict[int, set[str]] | None = None
        # an English resume shows English, unless it names another language as the native one and English not
        # at all ("Languages: Russian native."): then how well English is spoken is an open question
        native_other = any(name != "English" and spoken_language(taxonomy, name)
                           and (level := stated_level(resume, name)) is not None and level.rank == NATIVE
                           for name in mentions)
        # nor does a resume in English that rates its English below USABLE ("English - elementary"): the level
        # it gives is the one the panel will hear
        rated = stated_level(resume, "English") if "English" in mentions else None
        self.english = _english(resume) and not (native_other and "English" not in mentions) \
            and not (rated is not None and rated.rank < USABLE)

    @property
    def words(self) -> dict[int, set[str]]:
        """Key words per line, read on first use (most cards need them for a concern or two, or none)."""
        if self._words is None:
            self._words = {line.number: _key_words(without_date_ranges(line.text)) for line in self.resume.lines}
        return self._words

    @property
    def plain_words(self) -> dict[int, set[str]]:
        """Key words per line without the names of schools in it: what a line can be quoted back as showing
        ("National Research University" shows no research, though no "I haven't" may deny the word either)."""
        if self._plain_words is None:
            self._plain_words = {}
            for number, words in self.words.items():
                text = self.resume.line(number).text
                plain = without_institutions(text)
                self._plain_words[number] = words if plain == text else _key_words(plain)
        return self._plain_words

    @property
    def headings(self) -> set[int]:
        return {section.first_line for section in self.resume.sections if section.heading}

    @property
    def quotable(self) -> dict[int, set[str]]:
        """Key words of the lines that can be quoted back as showing something: not a heading ("Programming
        languages"), not a bare word or two, not words run together, nor a school's name. Read on first use."""
        if self._quotable is None:
            headings = self.headings
            self._quotable = {number: words for number, words in self.plain_words.items()
                              if number not in headings and len(self.resume.line(number).text.split()) >= 4
                              and not GLUED.search(self.resume.line(number).text)}
        return self._quotable

    def skill_line(self, skills: list[str], taxonomy: Taxonomy) -> int | None:
        """The first line naming one of the skills or one that implies it (GitHub for Git, Amazon EKS for
        Kubernetes). What the skill itself implies is no sign of it: JavaScript does not show React."""
        for skill in skills:
            related = [skill, *taxonomy.implied_by(skill)]
            lines = sorted(m.line for name in related for m in self.mentions.get(name, ())
                           if not GLUED.search(self.resume.line(m.line).text))  # "forajoborinternship,I..." is
            if lines:  # no line to quote back to the candidate
                return lines[0]
        return None

    def states(self, condition: str) -> bool:
        """True when a resume line states the same kind of condition (citizenship, clearance, licence ...)."""
        kind = _condition_kind(condition)
        return kind is not None and any(_condition_kind(m.group(0)) == kind for line in self.resume.lines
                                        for m in _HARD.finditer(line.text))

    def citizenship(self, text: str) -> int | None:
        """The line of the resume that gives a citizenship other than the one a requirement limits the job to
        ("only for <LOCATION> citizens", "U.S. citizens only" against "Citizenship: Russia"); None when the
        requirement asks no citizenship, the resume gives none, or one line names the country asked."""
        if not _CITIZEN.search(text):
            return None
        asked = _place_words(text)
        given = [line for line in self.resume.lines if _CITIZEN.search(line.text)]
        if not given or any(asked & _place_words(line.text) for line in given):
            return None
        return given[0].number

    def lives_near(self, text: str) -> bool:
        """True when the resume's first lines give the same state or province code, or the same city, as the
        place a commute requirement names ("Aurora, CO 80014" for a resume headed "Denver, CO")."""
        head = " ".join(line.text for line in self.resume.lines[:6])
        places = {m.group(1) for m in _PLACE.finditer(text)}
        cities = {m.group(0).split(",")[0].strip() for m in _CITY.finditer(text)}
        return any(f", {code}" in head for code in places) or any(city and city in head for city in cities)

    def result_backs(self, text: str) -> bool:
        """True when a resume line that states a result in numbers shares two key words with the requirement, and
        a third of them at least: "product" and "value" in a long sentence about front-end work are no sign of it."""
        if self._results is None:  # the lines stating a result, with their key words: read once, only these
            self._results = [_key_words(line.text) for line in self.resume.lines if is_result(line.text)]
        if not self._results:
            return False
        wanted = _key_words(text)
        # "a record of meeting sales targets" asks for a result itself
        need = 1 if _TARGETS.search(text) else max(2, math.ceil(PASSING_SHARE * len(wanted)))
        return any(len(wanted & words) >= need for words in self._results)

    def states_head(self, text: str) -> bool:
        """True when a resume line holds every key word (two at least) of a requirement's head, the few words
        before its colon ("Clean MVR: no more than 2 moving violations ..."): the resume names the condition."""
        head = text.split(":", 1)[0] if ":" in text else ""
        wanted = _key_words(head) if 0 < len(head.split()) <= 5 else set()
        return len(wanted) >= 2 and any(wanted <= words for words in self.words.values())

    def phrase_line(self, skills: list[str]) -> int | None:
        """The first line (not a heading, not run-together words) holding every key word of one of the skills
        ("front-end" and "development" for front-end development): one shared word ("development" in a sales
        strategy) is no sign of the skill."""
        headings = self.headings
        wanted = [words for skill in skills if (words := _key_words(skill))]
        for number, words in self.plain_words.items():
            if number not in headings and any(need <= words for need in wanted) \
                    and not GLUED.search(self.resume.line(number).text):
                return number
        return None

    def anywhere(self, skill: str) -> bool:
        """True when every key word of the skill is somewhere in the resume ("business" on one line and
        "development" on another): not proof of it, but no ground to say the resume lacks it."""
        wanted = _key_words(skill)
        return bool(wanted) and all(any(word in words for words in self.words.values()) for word in wanted)

    def touches(self, skill: str) -> bool:
        """True when a work line (experience or projects) holds a word of a skill of several words that names
        its subject ("customers" for customer service, "budget" for budget management), not a generic one."""
        wanted = {word for word in _key_words(skill) if len(word) >= _TOUCH_STEM and word not in _TOUCH_GENERIC}
        return bool(wanted) and any(wanted & words for number, words in self.plain_words.items()
                                    if self.resume.line(number).section in ("Experience", "Projects"))

    def piece_lines(self, skills: set[str]) -> list[int] | None:
        """The fewest lines (three at most) that hold every key word of the skills between them ("management" of
        a team on one line, a "project" on another), each a line of at least four words that is not a heading
        nor run-together words; None when no such lines hold them all."""
        wanted = set().union(*(_key_words(skill) for skill in skills))
        lines = {number: words & wanted for number, words in self.quotable.items() if words & wanted}
        chosen: list[int] = []
        left = set(wanted)
        while left and len(chosen) < 3:
            best = max(lines, key=lambda number: (len(lines[number] & left), -number), default=None)
            if best is None or not lines[best] & left:
                return None
            chosen.append(best)
            left -= lines[best]
        return sorted(chosen) if wanted and not left else None

    def word_line(self, text: str, need: int = 1, share: float = 0.0) -> int | None:
        """The line sharing the most key words with ``text`` (at least ``need`` of them, and at least ``share`` of
        all of them), or None."""
        wanted = _key_words(text)
        if not wanted:
            return None
        need = max(need, math.ceil(share * len(wanted)))
        best = max(self.quotable.items(), key=lambda item: (len(wanted & item[1]), -item[0]), default=None)
        return best[0] if best and len(wanted & best[1]) >= min(need, len(wanted)) else None


# Kinds of skill a requirement may ask for by name alone ("modern programming languages", "relational databases").
_KIND_NOUNS = {"programming-language": re.compile(r"\b(?:programming|coding|scripting) languages?\b", re.IGNORECASE),
               "database": re.compile(r"\bdatabases?\b", re.IGNORECASE),
               "framework": re.compile(r"\bframeworks?\b", re.IGNORECASE),
               "cloud": re.compile(r"\bcloud (?:platforms?|services|providers?|technolog\w+)\b", re.IGNORECASE),
               "office-software": re.compile(r"\boffice (?:software|suite|tools|applications)\b", re.IGNORECASE)}


# "Java or other server-side languages", "SAP or a similar ERP system": another of the same kind is accepted
_OR_OTHER = re.compile(r"\bor\b[^.;:]{0,40}?\b(?:other|another|similar|comparable|equivalent|alternative)\b",
                       re.IGNORECASE)


_ONE_KIND = frozenset({"programming-language", "database", "cloud", "office-software"})


def _same_kind_shown(missing: list[str], mentions: dict[str, list[SkillMention]], taxonomy: Taxonomy) -> bool:
    """True when the resume names another tool of the kind of every missing one (a language for a language, a
    database for a database): what a posting that accepts "other" or "similar" ones asks."""
    wanted = [taxonomy.get(name) for name in missing]
    if not wanted or any(known is None or known.category not in _ONE_KIND for known in wanted):
        return False  # a framework or a tool is too broad a kind: "Selenium or similar" is not met by Jira
    shown = {known.category for name in mentions if name not in missing and (known := taxonomy.get(name)) is not None}
    return all(known is not None and known.category in shown for known in wanted)


def _kinds_shown(text: str, mentions: dict[str, list[SkillMention]], taxonomy: Taxonomy) -> list[str]:
    """The resume's skills of the kind a requirement asks for by name alone ("Expertise with modern programming
    languages" → PHP, Python ...): what shows it, though the requirement names no skill."""
    kinds = {kind for kind, pattern in _KIND_NOUNS.items() if pattern.search(text)}
    return [name for name in mentions if (known := taxonomy.get(name)) is not None and known.category in kinds]


def _passing(match: RequirementMatch, number: int, resume: Document) -> Concern:
    requirement = match.requirement
    line = resume.line(number)
    concern = (f"Your resume shows this only in passing (line {number}: “{quote(line.text, 90)}”): they may ask "
               f"about “{quote(requirement.text)}”.")
    return Concern(requirement.text, requirement.line, concern, (), tip=PASSING_TIP, kind="passing",
                   skills=requirement.skills)


PIECES_TIP = ("Bring one concrete example that shows it whole: what you did, where, and what came of it; if it was "
              "only part of your work, say which part.")


def _in_pieces(match: RequirementMatch, numbers: list[int], resume: Document) -> Concern:
    """A skill of several words the resume holds only on different lines ("management of a development team"
    here, "a highly loaded project" there): neither denied nor taken as shown, but quoted back, line by line."""
    requirement = match.requirement
    wanted = set().union(*(_key_words(skill) for skill in match.requirement.skills))
    quoted = "; ".join(f"line {number}: “{quote(_clause_with(resume.line(number).text, wanted), 60)}”"
                       for number in numbers)
    concern = (f"Your resume shows this only in pieces ({quoted}): they may ask about "
               f"“{quote(requirement.text)}”.")
    return Concern(requirement.text, requirement.line, concern, (), tip=PIECES_TIP, kind="passing",
                   skills=requirement.skills)


def _clause_with(text: str, wanted: set[str]) -> str:
    """The clause of a line that holds one of the words ("…17 projects were successfully completed"), not the
    line's opening."""
    for clause in re.split(r"(?<=[.;!?,])\s+", text):
        if _key_words(clause) & wanted:
            clause = clause.rstrip(" ,;.")
            if clause.count("(") > clause.count(")"):  # "a development team (3 programmers": not the aside
                clause = clause[:clause.rfind("(")].rstrip()
            return clause if text.startswith(clause) else f"…{clause}"
    return text


# Experience or knowledge of a field asked for in words no taxonomy names ("experience with analysis of eDNA",
# "an established publication record"): a must-have to prepare for, not a trait to show by a story.
# No word boundary before: a paragraph pasted from a PDF runs words together ("andexperience with").
_EXPERIENCE_ASK = re.compile(r"(?:experience ?(?:with|in|of|as|within)|knowledge (?:of|in)|background (?:in|within|"
                             r"as|on)|track record|publication record|record of|expertise (?:in|with)|proficiency in|"
                             r"understanding\b[^.;]{0,40}?\b(?:of|in)|in the (?:area|field) of)\b",
                             re.IGNORECASE)
# A must-have the posting states as one ("You need to have", "must hold", "is required", "requires", "a
# prerequisite"): asked before what it only lists, and for the records asked and the degrees that are gates
_STATED_MUST = re.compile(r"\b(?:(?:need|needs|have|has) to (?:have|hold|be)|must|(?:is|are)?required|requires?|"
                          r"mandatory|essential|prerequisite|pre-requisite|a requirement|is a must)\b", re.IGNORECASE)
STATED_MUST_BONUS = 0.5
_RECORD_ASKED = re.compile(r"\b(?:experience|record|publications?|portfolio)\b", re.IGNORECASE)
UNNAMED_TIP = ("If you have done this, say where, with one concrete example; if you have not, say so plainly and "
               "say what you have done that comes closest.")


# The joint between two asks in one sentence: "a background on X as well as good programming skills (e.g. ...)".
_JOINT = re.compile(r"\b(?:as well as|along with|in addition to|and also|together with)\b", re.IGNORECASE)
FIELD_WORDS = 4  # key words a field asked in words must have to stand as an ask of its own


def _field_beside(text: str, shown: _ResumeWords, finder: SkillFinder, held: Collection[str]) -> bool:
    """True when a requirement met by its skills opens with a field of its own, asked in words and joined to the
    skills' part ("as well as"), that no line of the resume shows (a third of its key words at least). A field
    that names a tool the resume shows ("high-performance JavaScript Java / JEE networking") is not unshown."""
    joint = _JOINT.search(text)
    if joint is None:
        return False
    head = text[:joint.start()]
    ask = _EXPERIENCE_ASK.search(head)
    if ask is None:
        return False
    field = head[ask.end():]
    if any(m.skill in held for m in finder.find(field, 0)):
        return False
    return len(_key_words(field)) >= FIELD_WORDS and shown.word_line(field, 2, PASSING_SHARE) is None


# A research record asked of the candidate, written apart or run together ("strongpublication record"), and
# the resume words that would show one
_ACADEMIC_RECORD = re.compile(r"publications?(?: record| list)?\b|\bpublished\b|peer[- ]reviewed|"
                              r"(?:attract\w*|secur\w*|rais\w*) (?:\w+ )?(?:external )?(?:funding|grants?)\b",
                              re.IGNORECASE)


def _unnamed_gap(match: RequirementMatch, resume: Document | None = None) -> Concern:
    """A must-have in the posting's own words that no line of the resume shows: raised as a gap, with no spoken
    answer: "Your resume does not mention this", which is true of its words, with a tip that asks for the closest
    example; never "you haven't done this" (the card cannot tell what, in other words, the candidate may have
    done). When the resume does name what the ask is about ("testing" for "Experience in unit & functional
    testing"), the card says where, and that the ask itself is not there: "does not mention this" would be false."""
    requirement = match.requirement
    named = _head_named(requirement.text, resume) if resume is not None else None
    if named is not None:
        word, number, clause = named
        concern = (f"Your resume mentions {word} (line {number}: “{quote(clause, 60)}”) but not this as such: they "
                   f"may ask about “{quote(requirement.text)}”.")
    else:
        concern = f"Your resume does not mention this: they may ask about “{quote(requirement.text)}”."
    return Concern(requirement.text, requirement.line, concern, (), tip=UNNAMED_TIP, kind="unnamed")


_HEAD_END = re.compile(r"\(|\be\.\s?g\b|\bsuch as\b|\bincluding\b|\bfor example\b|[:;]", re.IGNORECASE)
_HEAD_WORDS = 8  # a longer ask is a sentence, whose last word says little of what it asks
_NOT_HEADS = frozenset("area areas field fields role roles tools tool solutions solution systems system methods "
                       "practices practice concepts principles topics tasks projects project plus advantage "
                       "asset bonus".split())
_NOT_WORK_SECTIONS = frozenset({"Header", "Contact", "Education", "Languages", "References", "Interests"})


def _head_named(text: str, resume: Document) -> tuple[str, int, str] | None:
    """The word an ask of a few words ends on, the thing it is about ("testing" in "Experience in unit & functional
    testing"), and the first resume line outside the header and schooling that names it, work lines first: (the
    word, the line, its clause); None for a long sentence or a word named nowhere."""
    core = text[:found.start()] if (found := _HEAD_END.search(text)) else text
    words = re.findall(r"[A-Za-z][\w+#-]*[\w+#]", core)
    if not words or len(words) > _HEAD_WORDS:
        return None
    head = words[-1]
    if len(head) < 4 or head.lower() in _GENERIC or head.lower() in _NOT_HEADS or not (stems := _key_words(head)):
        return None
    lines = [line for line in resume.lines if line.section not in _NOT_WORK_SECTIONS and _key_words(line.text) & stems]
    lines.sort(key=lambda line: line.section not in _WORK)  # a job's line before a skills list's
    if not lines:
        return None
    return head.lower() if not head.isupper() else head, lines[0].number, _clause_with(lines[0].text, stems)


_CITIZEN = re.compile(r"\bcitizen(?:s|ship)?\b", re.IGNORECASE)
_PLACE_RUN = re.compile(r"\b[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}")
_US = frozenset({"us", "usa", "u.s", "u.s.a", "america"})
# the European Union and the EEA (with Switzerland), whose citizens "EU citizens only" admits, as ISO codes
_EU_MEMBERS = frozenset("at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se is li no "
                        "ch".split())
_PARTS = re.compile(r"\s*[|\[\]]\s*|(?<=[.;!])\s+")


def _place_words(text: str) -> set[str]:
    """The places a text names, each as its capitalised words and, when they name a country or its people, its ISO
    code ("United States", "U.S.", "USA" and "American" all hold "us")."""
    out: set[str] = set()
    for run in _PLACE_RUN.finditer(text):
        words = [word.strip(".").lower() for word in run.group(0).split()]
        out.update(words)
        codes = [country_named(run.group(0)), *(nationality(word) for word in run.group(0).split())]
        out.update(code.lower() for code in codes if code is not None)
    if out & _US:
        out.add("us")
    if out & _EU_MEMBERS:
        out.add("eu")  # a German citizen is an EU citizen: "EU citizens only" is met
    return out - {"citizen", "citizens", "citizenship", "only", "please", "must", "be", "the", "a", "an", ""}


def _citizenship_concern(match: RequirementMatch, line: int, resume: Document) -> Concern:
    """The job is for citizens of a country the resume's citizenship line does not name: a condition to settle
    before the interview, said with both lines."""
    requirement = match.requirement
    given = resume.line(line).text
    # the part of the unit that asks it: "Full-time | Vienna | [ Please note ... only for Austrian citizens. ]"
    asked = next((part for part in _PARTS.split(requirement.text) if _CITIZEN.search(part)), requirement.text)
    return Concern(requirement.text, requirement.line,
                   f"The posting limits this job to citizens (“{quote(asked.strip(' []().'))}”) and your "
                   "resume gives "
                   f"another citizenship (line {line}: “{quote(given)}”): expect them to ask, and check before the "
                   "interview whether you qualify.", (), tip=CITIZENSHIP_TIP, kind="condition")


CITIZENSHIP_TIP = ("If you also hold the citizenship asked, say so and add it to your resume; if not, ask plainly "
                   "whether a work permit would do.")


def _condition(match: RequirementMatch) -> Concern:
    requirement = match.requirement
    return Concern(requirement.text, requirement.line,
                   f"The posting asks for this and your resume does not show it: “{quote(requirement.text)}”.", (),
                   tip=_condition_tip(requirement.text), kind="condition")


# a degree the posting makes a condition of the job, not one it would like
_GATE = re.compile(r"\b(?:required|requires?|must|essential|mandatory|ph\.?\s?d|doctorate|doctoral)\b", re.IGNORECASE)
_EQUIVALENT = re.compile(r"\b(?:or equivalent|equivalent (?:practical |work )?experience|or similar experience|"
                         r"or comparable experience)\b", re.IGNORECASE)


# a degree the posting lets work stand in for: "an engineering degree or experience", "a degree or equivalent
# practical experience", "BSc in Computer Science or equivalent work experience"
_DEGREE_OR_WORK = re.compile(r"\b(?:degree|diploma|bsc|msc|ba|bs|ms|ma)\b[^.;]{0,70}?\bor (?:\w+ ){0,2}experience\b",
                             re.IGNORECASE)
_WORK_FOR_DEGREE = 2  # years of work on the resume that meet "a degree or experience"


# words that make what follows a part of the skill before ("PostgreSQL, including query tuning")
_PART_OF = re.compile(r"\b(?:including|includes|such as|e\.g\.?|especially|particularly|in particular|like)\b",
                      re.IGNORECASE)
_POSTDOC = re.compile(r"\b(?:post-?doc\w*|post-doctoral|professor|lecturer)\b", re.IGNORECASE)  # a PhD is the entry
# an education the resume itself says was not completed: "Unfinished higher education", "degree (incomplete)"
_UNFINISHED = re.compile(r"\b(?:unfinished|incomplete|not completed|uncompleted|did not graduate|no degree|"
                         r"dropped out)\b", re.IGNORECASE)


def _held_degree(report: MatchReport) -> DegreeMention | None:
    """The resume's highest degree, one that names its subject first among equals; None when none is read."""
    return max(report.resume_info.degrees, key=lambda d: (LEVELS.index(d.level) if d.level in LEVELS else -1,
                                                          bool(d.subject)), default=None)


def _own_degree(held: DegreeMention, report: MatchReport) -> Sentence:
    """"My own degree is a master's in Finance.", citing its line; "My own degrees are a master's in Psychology
    and a master's in Sales & Marketing." when the resume holds more than one at that level, so the one nearer
    the posting's field is never left out."""
    same = [d for d in report.resume_info.degrees if d.level == held.level and d.subject]
    degrees = list({d.subject.lower(): d for d in reversed(same)}.values())[::-1] or [held]
    if len(degrees) > 1:
        said = [f"{article(n)} {n} in {d.subject}" for d in degrees[:3]
                for n in (said_as(d.level, d.text).removesuffix(" degree"),)]
        return Sentence(f"My own degrees are {joined(said)}.",
                        tuple(Source("resume", d.line, d.text) for d in degrees[:3]))
    named = said_as(held.level, held.text).removesuffix(" degree")  # "a master's", "a Specialist"
    return Sentence(f"My own degree is {article(named)} {named} in {held.subject}.",
                    (Source("resume", held.line, held.text),))


# years asked of the posting's own kind of work: "at least 2 years of relevant experience", "... in a similar role"
_RELEVANT_YEARS = re.compile(r"\b(?:relevant|similar|comparable|related)\b[^.;]{0,30}\bexperience\b|"
                             r"\bexperience (?:in|from) (?:a |an )?(?:similar|comparable|related)\b", re.IGNORECASE)


def _studying_now(resume: Document) -> Line | None:
    """The line dating studies still under way ("Sep 2019 - present" under a university's name, "2020 - ongoing"
    in the education section), or None. Two columns may put it under another heading: a school's name on it or
    on the two lines above says what it dates."""
    lines = resume.lines
    work = {job.dates_line for job in find_jobs(resume) if not job.study}  # "January 2019 Present" under a job
    for k, line in enumerate(lines):
        if line.number in work or not any(dates.ongoing for dates in find_dates(line.text)):
            continue
        near = " ".join(other.text for other in lines[max(0, k - 2):k + 1])
        if line.section == "Education" or _SCHOOL_NEAR.search(near):
            return line
    return None


_SCHOOL_NEAR = re.compile(r"\b(?:universit\w*|college|school|institute|academy|faculty|student)\b", re.IGNORECASE)


# a degree whose field the posting leaves open: "a relevant field", "or similar", "e.g. economics"
_OPEN_FIELD = re.compile(r"\b(?:relevant|related|similar|equivalent|comparable|or other|such as|for example|e\.g)\b",
                         re.IGNORECASE)


def _degree_concern(match: RequirementMatch, report: MatchReport, resume: Document | None = None, *,
                    changing: bool = False) -> Concern:
    """A degree the posting lists that the resume does not show at that level or in that field. With no degree
    read but an education section on the resume, the card cannot tell: it never says "I don't hold that degree".
    ``changing`` marks a change of direction: years of relevant work asked beside the degree ("... and at least 2
    years of relevant experience") are asked about too, since the resume's years are of another kind of work."""
    requirement = match.requirement
    wanted = degree_words(requirement.degree or "")
    answer: list[Sentence] = []
    held = _held_degree(report)
    if held is not None and held.subject:  # the degree the candidate does hold, named: their "or similar"
        answer.append(_own_degree(held, report))
    gate = bool(_GATE.search(requirement.text)) and not _EQUIVALENT.search(requirement.text)
    firm = gate and bool(_STATED_MUST.search(requirement.text) or (
        requirement.degree == "doctorate" and _POSTDOC.search(report.posting_info.role)))
    if gate:
        # a doctorate, or a degree the posting says it requires, is a gate that work does not stand in for: said
        # plainly, with a question back, never "my work shows I can do what it stands for"
        if firm:
            # "The candidate must hold a PhD in law": asking whether it is firm sounds unprepared (and so it does
            # of the doctorate a postdoc is for, whatever the words); said plainly, with the work that comes
            # closest when there is some
            answer.append(Sentence("I'll be straight with you: I don't hold that degree, and I know the posting "
                                   "asks for it."))
            if achievement := _best_achievement(report):
                answer += [Sentence("What I can offer instead is my experience."), achievement]
        else:
            answer.append(Sentence("I'll be straight with you: I don't hold that degree."))
            answer.append(Sentence("Is it a firm requirement for this role, or is there room for other experience?"))
    elif achievement := _best_achievement(report):  # a promise to point to work is made only with the work
        answer.append(Sentence("Let me point to the work that shows I can do what that degree stands for."))
        answer.append(achievement)
    # "A bachelor's degree ... and at least 10 years of enterprise architecture": the years are asked too, and on
    # a resume with fewer they are the larger gap
    short = bool(requirement.years and requirement.years >= 2 and report.resume_years < requirement.years)
    relevant = not short and changing and bool(requirement.years) and bool(_RELEVANT_YEARS.search(requirement.text))
    asked = f"the {wanted} and the {requirement.years:g}+ years" if short else \
        f"the {requirement.years:g}+ years of relevant work and the {wanted}" if relevant else f"the {wanted}"
    studied = resume is not None and any(line.section == "Education" for line in resume.lines)
    unfinished = next((line for line in resume.lines if line.section == "Education" and _UNFINISHED.search(line.text)),
                      None) if resume is not None and held is None else None
    if held is None and studied and unfinished is None:
        answer = [s for s in answer if "don't hold" not in s.text]  # an education the card could not read
    if short and not report.resume_years and not report.resume_info.jobs:
        # no job on the resume at all: "fewer years" would hint at some
        opening = "I also don't" if answer else "I'll be straight with you: I don't" if studied else \
            "I'll be straight with you: I don't hold that degree, and I don't"
        answer.append(Sentence(f"{opening} have the years of work the posting asks for yet, so I'd rather be upfront "
                               "about it and let you weigh it against what I do bring."))
    elif short and report.resume_years:  # (jobs without dates: how many years they add up to, only the candidate
        # knows)
        opening = "I also have" if answer else "I'll be straight with you: I have" if studied else \
            "I'll be straight with you: I don't hold that degree, and I have"
        answer.append(Sentence(f"{opening} fewer years than the posting asks, so I'd rather be upfront about it and "
                               "let you weigh it against what I do bring."))
    if relevant:
        opening = "I also have" if answer else "I'll be straight with you: I have"
        answer.append(Sentence(f"{opening} fewer years of this kind of work than the posting asks, so I'd rather be "
                               "upfront about it and let you weigh it against what I do bring."))
    if held is not None and not meets(held.level, requirement.degree):
        # a bachelor's against "a master degree in supply chain ... or a similar function": the level is short,
        # whatever the field
        tip = ("Name the degree you hold and what in it comes closest; it is below the level the posting names, so "
               "add what you have done beyond it (courses, projects, work).")
    elif held is not None and _OPEN_FIELD.search(requirement.text):
        tip = "Name the degree you have and say why its field is one of those the posting leaves open."
    elif held is not None:
        tip = "Name the degree you have and what in it comes closest to the one the posting asks for."
    elif (studying := _studying_now(resume) if resume is not None and held is None else None) is not None:
        tip = (f"Your resume shows studies still under way (line {studying.number}): say when you expect to "
               "graduate and what you have done in them so far.")
    elif unfinished is not None:
        tip = (f"Your resume shows studies not finished (line {unfinished.number}): say plainly how far you got and "
               "what you learnt instead (courses, projects, work).")
    elif firm:  # "must hold a PhD": asking to trade it for experience would show the posting was not read
        tip = ("If you hold a degree at this level, name it; if not, say so plainly and name what comes closest "
               "(research, studies, work). The posting makes it a must, so do not ask whether experience can "
               "stand in for it.")
    else:
        tip = ("If you hold a degree, name it and what in it comes closest; if not, say plainly what you learnt "
               "instead (courses, projects, work) and ask whether experience can stand in for it.")
    # no degree read at all (none listed, or studies not finished): a screen the card puts ahead of skill gaps
    return Concern(requirement.text, requirement.line,
                   f"They may ask about {asked} the posting lists: “{quote(requirement.text)}”.", tuple(answer),
                   tip=tip, weight=DEGREE_GATE_WEIGHT if held is None and resume is not None else 0.0)


def _language_concern(match: RequirementMatch, missing: list[str], mentions: dict[str, list[SkillMention]],
                      taxonomy: Taxonomy, resume: Document) -> Concern:
    """A language the posting requires and the resume does not show: said plainly, with the languages the resume
    does show, and a question back; no promise to be fluent by a date."""
    requirement = match.requirement
    subject = joined(missing)
    if missing == ["English"] and _english(resume):
        # a resume written in English that lists its languages without English: the level is the question, and
        # "I don't speak English" would deny the resume itself; nothing is said for the candidate
        listed = next((found[0].line for name, found in mentions.items() if _spoken(taxonomy, name) and found), 0)
        where = f" (line {listed})" if listed else ""
        return Concern(requirement.text, requirement.line,
                       f"Your resume lists your languages without English{where}, and the posting asks for it: "
                       f"“{quote(requirement.text)}”.", (),
                       tip=_level_tip("English"), kind="language", skills=("English",))
    answer = [Sentence(f"I'll be straight with you: I don't speak {subject} yet.")]
    # the other language the same ask names, which the resume shows ("Danish and English" to one who speaks
    # English), or one close to the missing one (Italian to a Spanish ask); never one that answers nothing
    # ("I do speak Russian" to a Danish ask)
    spoken = [(name, found[0]) for name, found in mentions.items()
              if _spoken(taxonomy, name) and name not in missing and found
              and (name in match.requirement.skills or any(close_languages(m, name) for m in missing))][:2]
    if spoken:
        line = resume.line(spoken[0][1].line)
        answer.append(Sentence(f"I do speak {joined([name for name, _ in spoken])}.",
                               (Source("resume", line.number, line.text),)))
    if _TIME_TO_LEARN.search(requirement.text):
        # "expected to be able to teach in Danish ... within a 3-5 year timeframe": the posting has said there is
        # room, and when; what is left to ask is the help on the way
        answer.append(Sentence("I see the posting gives time to learn it. What support is there for that?"))
    else:
        answer.append(Sentence(f"How much of the day would be in {subject}, and is there room to build it up on "
                               "the job?"))
    return Concern(requirement.text, requirement.line,
                   f"Your resume does not show {subject}: they may ask about “{quote(requirement.text)}”.",
                   tuple(answer), tip="Say how much of it you have today, plainly; if none, don't promise fluency "
                                      "by a date.", kind="language")


# A language asked for later, with time given to learn it: "within a 3-5 year timeframe", "within two years".
_TIME_TO_LEARN = re.compile(r"\bwithin (?:a |the first |your first )?(?:\d+(?:\s?[-–]\s?\d+)?|one|two|three|four|five|"
                            r"a few|a couple of)[- ](?:years?|months?)\b|\b(?:expected|able) to (?:learn|acquire)\b",
                            re.IGNORECASE)
_DAILY_USE = re.compile(r"\b(?:orally and in writing|(?:oral|verbal) and written|written and (?:oral|spoken|verbal)|"
                        r"spoken and written|"
                        r"both orally|(?:our|the) working language|every ?day|daily)\b", re.IGNORECASE)


def _names_the_role(requirement: Requirement, role: str) -> bool:
    """True for a unit that only says who is sought, by the job's own title ("We are looking for an experienced and
    committed Cost Controller"): no skill, years or degree of its own."""
    if not role or len(role) < 4 or requirement.skills or requirement.years or requirement.degree:
        return False
    text = requirement.text.casefold()
    return role.casefold() in text and len(text.split()) <= len(role.split()) + 12 and bool(
        re.search(r"\b(?:looking for|seeking|searching for|hiring|want|need)\b", text))


def _level_concern(match: RequirementMatch, language: str, stated: StatedLevel, resume: Document,
                   unspoken: tuple[str, ...] = ()) -> Concern:
    """A language the resume rates below what the posting asks ("English: pre-intermediate" against "fluent in
    English"): the level said plainly, in the resume's own words, and a question back. ``unspoken`` are the other
    languages the same sentence asks that the resume does not show ("German and English"): one concern says both."""
    requirement = match.requirement
    line = resume.line(stated.line)
    # "Perfect command of English" leaves no room to ask how much of the day is in it: the gap is said, not bargained
    # nor does an ask for it spoken and written, every day: the posting has said how much of the day is in it
    top = bool(_TOP_LEVEL.search(requirement.text) or _DAILY_USE.search(requirement.text))
    # "as B1", "as pre-intermediate"; the resume's own description quoted: "as “full understanding, slow speaking”"
    words = f"“{stated.words}”" if "," in stated.words else stated.words
    others = joined(list(unspoken)) if unspoken else ""
    said = f"I don't speak {others} yet, and I rate my {language} as {words} today." if unspoken else \
        f"I rate my {language} as {words} today."
    asked = " or ".join([*unspoken, language])
    answer = (Sentence(f"I'll be straight with you: {said}", (Source("resume", line.number, line.text),)),
              Sentence("I know the role asks for more than that, and I'd rather say so now.") if top else
              Sentence(f"How much of the day would be in {asked}, and is there room to build it up on the job?"))
    concern = (f"Your resume does not show {others}, and rates your {language} as “{stated.words}” (line "
               f"{line.number}); the posting asks: “{quote(requirement.text)}”." if unspoken else
               f"Your resume rates your {language} as “{stated.words}” (line {line.number}), and the posting asks for "
               f"{'more' if asked_rank(requirement.text) is not None else 'it'}: “{quote(requirement.text)}”.")
    return Concern(requirement.text, requirement.line, concern, answer,
                   tip="Say your level plainly and what you use the language for today; don't promise fluency by "
                       "a date.", kind="language", label="Say", skills=(*unspoken, language))


# What a posting asks as an interest, not a record: "Excited about domain-driven design", "A passion for UX".
_INTEREST = re.compile(r"^\W*(?:(?:an?|you(?:'re| are)|are|be|being)\s)?(?:(?:genuinely|really|truly)\s)?"
                       r"(?:excited|passionate|curious|enthusiastic)\s(?:about|for|to learn)\b|"
                       r"^\W*(?:an?\s)?(?:genuine\s|strong\s|keen\s)?"
                       r"(?:passion|interest|curiosity|enthusiasm)\s(?:for|in|about)\b|"
                       r"^\W*(?:the\s|an?\s)?(?:(?:genuine|strong|real)\s)?(?:ambition|desire|eagerness|willingness|"
                       r"hunger)\s(?:to\s(?:learn|become|master|grow)|for learning)\b|"
                       r"^\W*(?:(?:you(?:'re| are)|are|be)\s)?(?:eager|keen|willing|hungry|happy)\sto\s(?:learn|master|"
                       r"pick up|be hands-on|get hands-on|work hands-on|dive into|dig into)\b|"
                       # "(we are happy to help you ramp up)": the posting offers to teach it, so it is not a record
                       r"\b(?:help you (?:to )?(?:ramp up|get up to speed|learn)|"
                       r"we(?:'ll| will) (?:teach|train) you)\b",
                       re.IGNORECASE)
INTEREST_TIP = ("It asks your interest, not a record: say in a sentence of your own what draws you to it, and anything "
                "you have read, tried or followed about it.")


def _interest_concern(match: RequirementMatch, missing: list[str]) -> Concern:
    """An interest the posting hopes for ("Excited about domain-driven design"): never "I haven't worked in it",
    which answers a question nobody asked; the candidate is asked to say what draws them to it."""
    requirement = match.requirement
    subject = joined(missing) if len(missing) <= 3 else f"{', '.join(missing[:3])} and the others it names"
    return Concern(requirement.text, requirement.line,
                   f"They may ask what draws you to {subject}: “{quote(requirement.text)}”.", (),
                   tip=INTEREST_TIP, kind="story", skills=tuple(missing))


_TOP_LEVEL = re.compile(r"\b(?:perfect|native|mother[- ]tongue|c2|flawless|impeccable)\b", re.IGNORECASE)
_HIGH_LEVEL = 4  # "fluent", "C1 or higher", "excellent": a level a listed language does not show by itself


def _unrated_concern(match: RequirementMatch, language: str, number: int, resume: Document) -> Concern:
    """A language the resume lists without a level against a posting that asks a high one ("You speak German
    fluently (C1 or higher)"): the candidate is asked to be ready to say their level; nothing is said for them."""
    requirement = match.requirement
    return Concern(requirement.text, requirement.line,
                   f"Your resume lists {language} without a level (line {number}), and the posting asks for a high "
                   f"one: “{quote(requirement.text)}”.", (),
                   tip=_level_tip(language), kind="language", skills=(language,))


def _level_tip(language: str) -> str:
    """The tip for a language whose level the resume does not give: the candidate says it, nothing is said for
    them."""
    return (f"Be ready to say your {language} level plainly (a CEFR level such as B2 or C1, or what you use it for) "
            "and add it to your resume; if it is below what they ask, say so now.")


def _not_needed(text: str, language: str) -> bool:
    """True when the posting says the language is not needed: "you do not have to speak Danish", "Danish is not
    required", "no Danish needed"."""
    name = re.escape(language)
    return bool(re.search(rf"\b(?:not?|don't|do not|doesn't|does not|without|never)\b[^.;]{{0,40}}\b{name}\b|"
                          rf"\b{name}\b(?: (?:skills|language))?(?: is| are)? (?:not|no longer) (?:required|necessary|"
                          rf"needed|a (?:requirement|must)|essential)", text, re.IGNORECASE))


_spoken = spoken_language  # a language one speaks, not a skill filed with them ("interpreting")


# A lead-in that asks only some candidates: "If you're a backend developer you'll be expected to know:"
_IF_YOU_ARE = re.compile(r"^\W*if you(?:'re|’re| are) (?:an? )?(?P<kind>[\w/+# -]{2,30}?) "
                         r"(?:developer|engineer|programmer|specialist|designer|analyst)s?\b", re.IGNORECASE)
_KIND_SPELLINGS = re.compile(r"[\s-]+")


def _asked_of_others(requirement: Requirement, units: tuple[PostingUnit, ...], resume: Document) -> bool:
    """True when the requirement is an item under a lead-in that asks it only of one kind of candidate ("If you're
    a backend developer ...: Java Spring NodeJS") and the resume never names that kind (backend, back-end)."""
    at = next((k for k, unit in enumerate(units) if unit.line == requirement.line
               and requirement.text.startswith(unit.text[:40].strip())), None)
    if at is None:
        return False
    lead = next((unit for unit in reversed(units[:at]) if unit.role == "heading"), None)
    found = _IF_YOU_ARE.match(lead.text) if lead is not None and at - units.index(lead) <= 3 else None
    if found is None:
        return False
    kind = _KIND_SPELLINGS.sub("", found.group("kind").lower())
    return kind not in _KIND_SPELLINGS.sub("", resume.text.lower())


def _product(skill: str, taxonomy: Taxonomy) -> bool:
    """True for a named product or tool ("Google Cloud Platform", "Microsoft Dynamics 365"), not a field."""
    known = taxonomy.get(skill)
    return known is not None and known.category in TOOL_CATEGORIES and skill[:1].isupper()


def _missing(match: RequirementMatch) -> list[str]:
    """The requirement's skills the match did not find (all of them for a gap)."""
    if match.status == "gap":
        return list(match.requirement.skills)
    note = next((part for part in match.note.split("; ") if part.startswith("not shown: ")), "")
    return [s for s in match.requirement.skills if s in note[len("not shown: "):].split(", ")]


DEGREE_GATE_WEIGHT = 3.5  # a degree the posting lists, to a resume that shows none: above a skill gap
TAG_DISCOUNT = 1.0  # a concern raised from a tag line ranks this much below one raised from a sentence
MAX_STORIES = 1  # one "have an example ready" on the card; more traits go to the list below
MAX_REPEATS = 2  # what the posting asks again raises a concern by at most one point


def _weight(concern: Concern, repeats: int) -> float:
    base = {"condition": 4.0, "language": 4.0, "gap": 3.0, "unnamed": 3.0, "years": 2.0, "passing": 1.5,
            "story": 1.0}.get(concern.kind, 1.0)
    if concern.kind in ("years", "gap") and concern.weight:
        base = concern.weight  # years of work at all, not of one skill, or no degree at all: a first screen
    if _ROUTINE.search(concern.requirement):
        base = 0.5  # a drug screen or a background check is asked of everyone: confirmed, not prepared for
    elif tag_line(concern.requirement):
        base -= TAG_DISCOUNT  # a job board's tags ("java hibernate sysadmin"): asked, but what the sentences ask
        # of the candidate is what the interview turns on
    elif concern.kind in ("gap", "unnamed", "years", "passing") and _STATED_MUST.search(concern.requirement):
        base += STATED_MUST_BONUS  # "You need to have ... dairy chemistry": the posting says it is a must
    return base + 0.5 * min(repeats, MAX_REPEATS)  # a tag line of five skills asked again is no five-fold gap


_ROUTINE = re.compile(r"\b(?:drug (?:screen|test)\w*|background (?:check|screen)\w*|reference checks?|"
                      r"clean (?:driving )?(?:record|mvr)|mvr|motor vehicle record|"
                      r"pre-employment (?:screen|check)\w*)\b", re.IGNORECASE)
_AGE = re.compile(r"\b(?:at least|minimum age of|aged?|over(?: the age of)?) (\d{2})\+?(?: years)?(?: of age| old)?\b|"
                  r"\b(\d{2})\+? years (?:of age|old)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def _old_enough(text: str, resume: Document, today_year: int) -> bool:
    """True when a minimum age ("at least 23 years old") is plainly met: the resume dates work or schooling
    far enough back (a 2012 diploma and the candidate is no longer a teenager)."""
    found = _AGE.search(text)
    if not found or not re.search(r"\b(?:years? old|of age|age)\b", text, re.IGNORECASE):
        return False
    age = int(found.group(1) or found.group(2))
    years = [int(y) for line in resume.lines[:400] for y in _YEAR.findall(line.text[:300])]
    return bool(years) and today_year - min(years) + 16 >= age


_NO_TITLE_GAP = frozenset({"soft-skill", "language", "management"}) | _HELD  # a trait, a language, a level
TITLE_SKILL_BONUS = 1.0  # a gap in what the job's title names ("Project Manager": project management)
TITLE_WEIGHT = 3.5  # a tool the job's title names ("Java Developer") is asked about before any listed gap


def _title_concern(report: MatchReport, resume: Document, finder: SkillFinder, shown: _ResumeWords,
                   mentions: dict[str, list[SkillMention]], raised: list[Concern]) -> Concern | None:
    """The tools the job's title names ("Senior BPMN Camunda Java Developer") that the resume does not show,
    nor anything related: the first thing such a panel asks about, whatever the requirements list says. None when
    the title names none, or a concern already raises them."""
    role = report.posting_info.role
    taxonomy = finder.taxonomy
    named = dict.fromkeys(m.skill for m in finder.find(role, 0))
    said = " ".join(c.concern for c in raised)
    # a tool the title names; or a field it names that the posting's own lists ask for again ("Senior BPMN Camunda
    # Java Developer" and "workflows that follow BPMN 2.0"), never a trait
    asked = {skill for match in report.requirements for skill in match.requirement.skills}
    missing = [skill for skill in named
               if (known := taxonomy.get(skill)) is not None
               and (known.category in _TOOLS or skill in asked and known.category not in _NO_TITLE_GAP)
               and not shown.skill_line([skill], taxonomy) and not shown.anywhere(skill) and skill not in said
               and not (" " in skill and shown.touches(skill))]  # "customer service" to one who assists customers
    if not role or not missing:
        return None
    line = next((u.line for u in report.posting_units if u.role == "title"),
                next((u.line for u in report.posting_units if role in u.text), 1))
    requirement = Requirement(role, "must-have", line, tuple(missing))
    concern = _gap_concern(RequirementMatch(requirement, "gap"), report, set(mentions), mentions, taxonomy, resume)
    subject = joined(missing)
    return replace(concern, concern=f"Your resume does not show {subject}, which the job's title names: expect "
                                    f"to be asked about {'it' if len(missing) == 1 else 'them'} first.",
                   kind="title", weight=TITLE_WEIGHT + 0.5 * (len(missing) - 1), skills=tuple(missing))


@dataclass(frozen=True, slots=True)
class ConcernReview:
    """The concerns, and what became of the must-haves that raise none: the fit line counts a must-have as shown
    only when the resume shows it, by a line of evidence or by a rule (``answered``), and leaves out the ones that
    ask nothing (``not_asked``)."""

    shown: tuple[Concern, ...]  # the concerns for the card, ranked
    rest: tuple[Concern, ...]  # the rest, ranked
    # must-haves the resume answers with no skill line: English on an English resume, a stated work permit, a
    # result that answers "a record of meeting targets", a home near the place to commute to
    answered: frozenset[str] = frozenset()
    # must-haves that ask nothing a resume could answer: a redacted fragment, a tag line a sentence repeats, a job
    # board's level label
    not_asked: frozenset[str] = frozenset()
    # must-haves that name only a trait ("strong communication skills") the resume names in a list, not in its
    # work: shown by an example in the interview, not by the resume, so out of the score like a story
    by_example: frozenset[str] = frozenset()


def likely_concerns(report: MatchReport, resume: Document, finder: SkillFinder,
                    checker: TruthChecker) -> tuple[tuple[Concern, ...], tuple[Concern, ...]]:
    """(the concerns for the card, the rest): review_concerns() without what became of the other must-haves."""
    review = review_concerns(report, resume, finder, checker)
    return review.shown, review.rest


OTHER_WORK_TIP = ("Say plainly which of your years were in this kind of work, and what from the rest carries over; "
                  "don't count them all as the same.")


def _other_work(match: RequirementMatch, resume: Document) -> Concern:
    """A must-have a resume of another line of work shows only in other words ("Managed a team of 20" for "3+
    years of people management with an engineering team"), or only by the count of its years: they may ask
    whether it is the same thing. No spoken answer: whether it is, only the candidate knows."""
    requirement = match.requirement
    if requirement.years and not requirement.skills:
        concern = (f"Your years on the resume are in another line of work: they may ask how many were spent on what "
                   f"this asks: “{quote(requirement.text)}”.")
        return Concern(requirement.text, requirement.line, concern, (), tip=OTHER_WORK_TIP, kind="years",
                       weight=3.5)
    # a line whose words ran together ("forajoborinternship,I...") is no line to quote back to the candidate
    number = next((e.line for e in match.evidence if not GLUED.search(resume.line(e.line).text)), None)
    return _passing(match, number, resume) if number is not None else _unnamed_gap(match, resume)


def review_concerns(report: MatchReport, resume: Document, finder: SkillFinder,
                    checker: TruthChecker, *, career_change: bool = False) -> ConcernReview:
    """The concerns for the card and the rest, ranked by weight: hard conditions (citizenship, clearance,
    licence, language, relocation) the resume does not show, then must-haves it does not show at all, then
    years short of the ask, then must-haves it shows only in passing; between equals, what the posting repeats.

    A spoken "If you haven't ..." answer is given only when nothing of the requirement (its skills, their aliases
    and related skills, its key words) appears anywhere in the resume; otherwise the concern points to the line
    that mentions it and asks for a concrete example."""
    mentions: dict[str, list[SkillMention]] = {}
    seen: set[tuple[str, int]] = set()
    for mention in finder.find_in_lines(resume.lines):
        if (mention.skill, mention.line) not in seen:  # one mention per skill and line is all a concern needs
            seen.add((mention.skill, mention.line))
            mentions.setdefault(mention.skill, []).append(mention)
    taxonomy = finder.taxonomy
    shown = _ResumeWords(resume, mentions, taxonomy)
    skill_counts: dict[str, int] = {}
    for match in report.requirements:
        for skill in match.requirement.skills:
            skill_counts[skill] = skill_counts.get(skill, 0) + 1
    # what the job's title names ("Project Manager" → project management) is what the interview turns on
    title_skills = frozenset(m.skill for m in finder.find(report.posting_info.role, 0)) if report.posting_info.role \
        else frozenset()
    out: list[Concern] = []
    answered: set[str] = set()
    not_asked: set[str] = set()
    by_example: set[str] = set()
    # (a tag the posting's own sentences name, as a must or only as a wish, is raised, or not, with that sentence)
    sentence_skills = {skill for match in report.requirements if match.requirement.kind in ("must-have", "nice-to-have")
                       and not tag_line(match.requirement.text) for skill in match.requirement.skills}
    for match in report.requirements:
        requirement = match.requirement
        if requirement.kind != "must-have":
            continue
        if says_nothing(requirement.text) or (not requirement.skills and not requirement.years
                                              and not requirement.degree
                                              and len(re.findall(r"[A-Za-z]{2,}", requirement.text)) <= 1):
            not_asked.add(requirement.text)
            continue  # "( <LOCATION> )", "Specifications .", "Web": a fragment, nothing left to answer
        if tag_line(requirement.text) and requirement.skills and all(
                skill in sentence_skills for skill in requirement.skills):
            not_asked.add(requirement.text)
            continue  # a tag line whose every skill a sentence of the posting asks for: that sentence is raised
        if tag_line(requirement.text) and requirement.skills:
            # "java-ee html javascript ajax jquery" beside "Technologies: HTML5 JavaScript CSS AJAX jQuery": the
            # tags a sentence asks for are raised with that sentence; the tag line speaks only of the others
            fresh = tuple(skill for skill in requirement.skills if skill not in sentence_skills)
            if fresh != requirement.skills:
                if match.status != "gap" and not set(fresh) & set(_missing(match)):
                    answered.add(requirement.text)
                    continue
                requirement = replace(requirement, skills=fresh)
                match = replace(match, requirement=requirement)
        if _asked_of_others(requirement, report.posting_units, resume):
            not_asked.add(requirement.text)
            continue  # "If you're a backend developer ...: Java Spring" to a frontend developer: asked of others
        if _names_the_role(requirement, report.posting_info.role):
            not_asked.add(requirement.text)
            continue  # "We are looking for an experienced Cost Controller": the job itself, which the first
            # concern (a change of direction) or the resume's own titles answer, not a story to prepare
        if _MASK.search(requirement.text) and not (requirement.skills or requirement.degree or requirement.years) \
                and len(_key_words(_MASK.sub(" ", requirement.text))) <= 1:
            not_asked.add(requirement.text)
            continue  # "Documented experience working as a <PROFESSION>": what it asks was redacted away
        if requirement.degree and not requirement.years and _DEGREE_OR_WORK.search(requirement.text) \
                and report.resume_years >= _WORK_FOR_DEGREE:
            answered.add(requirement.text)
            continue  # "an engineering degree or experience": years of work are the other way the posting names
        if match.status != "gap" and _ACADEMIC_RECORD.search(requirement.text) \
                and not any(_ACADEMIC_RECORD.search(line.text) for line in resume.lines):
            # "an established publication record ... skills in attracting external funding and ... collaboration":
            # a teamwork line meets its collaboration, not the record it asks; no line shows any publication
            out.append(replace(concern := _unnamed_gap(match), weight=_weight(concern, 0)))
            continue
        if level_label(requirement.text) and not (requirement.years or requirement.degree):
            not_asked.add(requirement.text)
            continue  # "Experience level: Mid-Level Senior": a job board's label, not something to answer
        if not requirement.years and _VAGUE_YEARS.search(requirement.text) and match.status != "gap" \
                and not report.resume_info.jobs and not report.resume_years \
                and not any(c.kind == "years" for c in out) \
                and any(line.section == "Experience" for line in resume.lines):
            # "Many years of industry software engineering experience" of a resume whose jobs carry no dates: the
            # work is there, but how long is the panel's first question (a skill not shown at all is the gap)
            out.append(replace(concern := _undated_years_concern(match, resume), weight=_weight(concern, 0)))
            continue
        unshown = _missing(match)
        short = next(((name, level) for name in requirement.skills if _spoken(taxonomy, name)
                      and (level := below_asked(requirement.text, resume, name,
                                                required=requirement.kind == "must-have")) is not None), None)
        if short is not None:  # "English (pre-intermediate)" against "fluent in English"
            # "German and English" against a resume rating English elementary and naming no German: one concern
            unspoken = tuple(s for s in unshown if s != short[0] and _spoken(taxonomy, s) and s not in mentions)
            concern = _level_concern(match, short[0], short[1], resume, unspoken)
            out.append(replace(concern, answer=tuple(s for s in concern.answer if checker.check(s.text).ok),
                               weight=_weight(concern, 0)))
            if not [s for s in unshown if s != short[0] and s not in unspoken and not (
                    (known := taxonomy.get(s)) is not None and _example_field(known))]:
                continue  # "fluent in Danish and English": Danish, not shown at all, is still raised below; the
                # "excellent communication skills" beside the English is not a second concern on the same line
        unrated = next((name for name in requirement.skills if _spoken(taxonomy, name) and name in mentions
                        and not (name == "English" and shown.english) and stated_level(resume, name) is None),
                       None) if short is None and requirement.kind == "must-have" \
            and (asked_rank(requirement.text) or 0) >= _HIGH_LEVEL else None
        if unrated is not None:  # "German" in a list of languages against "German fluently (C1 or higher)"
            out.append(replace(concern := _unrated_concern(match, unrated, mentions[unrated][0].line, resume),
                               weight=_weight(concern, 0)))
            if not [s for s in unshown if not ((known := taxonomy.get(s)) is not None and _example_field(known))]:
                continue
        missing = [s for s in unshown if not (_spoken(taxonomy, s) and _not_needed(requirement.text, s))
                   and not _slashed_with_shown(s, requirement, unshown, taxonomy)]
        if not missing and match.status == "gap" and requirement.skills and all(
                _spoken(taxonomy, s) for s in requirement.skills):
            not_asked.add(requirement.text)
            continue  # "You don't have to speak Danish": nothing asked
        if requirement.any_of and match.status != "gap":
            missing = []
        if missing and _OR_OTHER.search(requirement.text) and _same_kind_shown(missing, mentions, taxonomy):
            answered.add(requirement.text)
            continue  # "Java or strong experience with other server-side languages" on a resume naming Python
        if match.status == "partial" and requirement.skills and requirement.skills[0] not in missing \
                and not _HARD.search(requirement.text):
            # "Strong PostgreSQL skills, including query tuning": the skill it asks for is shown; but a tool of
            # another kind asked beside it, not as a part of it, is a gap of its own ("... React.js Node.js
            # TypeScript Well familiarized with AWS")
            first = taxonomy.get(requirement.skills[0])
            missing = [] if _PART_OF.search(requirement.text) else [
                s for s in missing if (known := taxonomy.get(s)) is not None and known.category in TOOL_CATEGORIES
                and (first is None or known.category != first.category)]
        if self_evident := [s for s in missing if s == "English" and shown.english]:
            missing = [s for s in missing if s not in self_evident]  # an English resume shows English
        if soft := [s for s in missing if (k := taxonomy.get(s)) is not None and _example_field(k)]:
            if len(soft) < len(missing):
                missing = [s for s in missing if s not in soft]  # "communication and German": German is the gap
        learning_only = bool(match.evidence) and all(e.match == "learning" for e in match.evidence)
        hard_words = _HARD.search(requirement.text)
        hard = bool(hard_words)
        spoken_asked = [s for s in requirement.skills if _spoken(taxonomy, s)]
        if hard_words and _LANGUAGE_WORDS.fullmatch(hard_words.group(0)) and (
                spoken_asked and not [s for s in spoken_asked if s in missing]
                or requirement.skills and not spoken_asked):
            # "fluent", "oral and written" speak of the language asked, which the resume shows (its level, when
            # below the ask, was raised above): the rest ("communication", "Microsoft Office") is no hard
            # condition; nor is "fluency in Java or Go", which asks for programming languages
            hard = False
        if hard_words and (stated := shown.citizenship(requirement.text)) is not None:
            out.append(replace(concern := _citizenship_concern(match, stated, resume), weight=_weight(concern, 0)))
            continue  # "only for <LOCATION> citizens" to a resume giving "Citizenship: Russia": not the same
        if hard_words and shown.states(hard_words.group(0)):
            answered.add(requirement.text)
            continue  # "Authorized to work in the US" on the resume answers "must be authorized to work"
        if _COMMUTE.search(requirement.text) and shown.lives_near(requirement.text):
            answered.add(requirement.text)
            continue  # "Reliably commute to Aurora, CO" for someone who lives in Denver, CO
        concern: Concern | None = None
        # what the resume shows, for the answer's "I haven't": English on an English resume is not said missing
        held = (set(mentions) - set(missing)) | set(self_evident)
        if match.status == "gap" and requirement.years and not requirement.skills and "asked" in match.note:
            concern = _years_concern(match, report)  # "6+ years of experience" against three on the resume
        elif match.status != "gap" and requirement.years and (counted := _COUNTED.search(match.note)) \
                and (trained := _training_jobs(report, resume)) and float(counted.group(1)) - (
                    years_in(report.resume_info.jobs, date.today())
                    - years_in([j for j in report.resume_info.jobs if j not in trained], date.today())) \
                < requirement.years:
            # "At least 2 years of experience in software engineering" met only by counting two internships
            concern = _training_years_concern(match, report, trained)
        elif match.status == "gap" and requirement.years and not requirement.skills \
                and not report.resume_info.jobs and not report.resume_years:
            concern = _undated_years_concern(match, resume)  # "at least 5 years" of a resume with no dates
        elif missing and not requirement.years and _INTEREST.search(requirement.text):
            concern = _interest_concern(match, missing)  # "Excited about domain-driven design": an interest asked
        elif match.status == "gap" or learning_only or missing:
            if self_evident and not missing and (match.status != "gap" or all(
                    _spoken(taxonomy, s) for s in requirement.skills)):
                answered.add(requirement.text)  # "Professional fluency in English" on a resume written in it
                continue
            credentials = bool(missing) and all((known := taxonomy.get(m)) is not None and known.category in _HELD
                                                for m in missing)
            hard = hard or any(_spoken(taxonomy, m)
                               for m in missing)  # a language is had or not: no study plan is put in their mouth
            if hard and credentials and not shown.skill_line(missing, taxonomy):
                # "CPA isn't one of my credentials yet"
                # "CDL isn't one of my credentials yet": a licence the job needs by law is asked about, and
                # enrolling for it is no example to give: it is a question for them
                gap = _gap_concern(match, report, held, mentions, taxonomy, resume, title_skills,
                                   changing=career_change)
                # "Valid Class A CDL": held from day one, so asking whether they train people for it would
                # show the posting was not read
                now = _HELD_NOW.search(requirement.text) is not None
                concern = replace(gap, kind="condition", tip=(CREDENTIAL_NOW_TIP if now else CREDENTIAL_TIP)
                                  if gap.tip.startswith(TIP) else gap.tip, answer=(
                    *gap.answer,
                    *(() if now else (Sentence("Is it needed from day one, or do you train people who are still "
                                               "getting it?"),))))
            elif hard and missing and all(_spoken(taxonomy, m)
                                          for m in missing) and not shown.skill_line(missing, taxonomy):
                concern = _language_concern(match, missing, mentions, taxonomy, resume)
            elif hard and not (missing and shown.skill_line(missing, taxonomy)):
                concern = _condition(match) if not self_evident or missing else None
            elif CONDITION.search(requirement.text):  # willing to work nights: nothing on a resume shows it ...
                if _SHOWN_CONDITION.search(requirement.text) and shown.word_line(
                        " ".join(m.group(0) for m in _SHOWN_CONDITION.finditer(requirement.text))):
                    answered.add(requirement.text)
                    continue  # ... unless it says so: "Supervise a night shift" answers "able to work nights"
                if shown.states_head(requirement.text):
                    answered.add(requirement.text)
                    continue  # "Clean MVR" on the resume answers "Clean MVR: no more than 2 moving violations ..."
                concern = _gap_concern(match, report, held, mentions, taxonomy, resume, title_skills,
                                       changing=career_change)
            elif requirement.degree and match.status == "gap" and not requirement.skills:
                # "The candidate must hold a PhD in law and must have experience within property law": the degree
                # is the gate, asked about as a degree, never "not said in so many words"
                concern = _degree_concern(match, report, resume, changing=career_change)
            else:
                if not requirement.skills and _kinds_shown(requirement.text, mentions, taxonomy):
                    answered.add(requirement.text)
                    continue  # "modern programming languages" on a resume naming PHP and Go
                number = shown.skill_line(missing, taxonomy) if missing else None
                named: set[str] = set()  # skills a line names in other words ("Node" for Node.js)
                if number is None and not learning_only:  # a skill's own words; or two of the requirement's
                    # a line "shows it in passing" only when it holds a third of what the requirement says: two
                    # words of twelve ("programming", "language") are a coincidence, not evidence
                    number = shown.phrase_line(missing) if missing else \
                        shown.word_line(requirement.text, 2, PASSING_SHARE)
                    if number is not None and len(missing) > 1:
                        # "Docker, Node.js and TypeScript" against "React, Node, MongoDB": Node is there in other
                        # words, the other two are not, and are the gap (never denied with Node)
                        named = {s for s in missing if shown.phrase_line([s]) is not None}
                        if len(named) < len(missing):
                            number = None
                if not missing and requirement.years and report.resume_years >= requirement.years and \
                        shown.word_line(requirement.text):
                    answered.add(requirement.text)
                    continue  # "4+ years of commercial electrical work": the years are there, and the work named
                if not learning_only and all((known := taxonomy.get(s)) is not None and _example_field(known)
                                             for s in missing) and shown.result_backs(requirement.text):
                    # a result answers a record or a trait asked for, never a skill the resume does not name
                    answered.add(requirement.text)
                    continue  # "ranked #1 of 6 stores for sales growth" answers "a record of meeting sales targets"
                if number is not None and not learning_only:
                    concern = _passing(match, number, resume)
                elif match.status == "gap" and requirement.years and requirement.skills and not learning_only \
                        and not requirement.degree and all((known := taxonomy.get(s)) is not None
                                                           and _example_field(known) for s in requirement.skills):
                    # "8+ years of work experience in entrepreneurship or sustainability": years of a field the
                    # resume does not show at all, never "not in so many words" (a tool gets "I haven't used")
                    concern = _field_years_concern(match, report)
                elif _EXPERIENCE_ASK.search(requirement.text) and all(
                        (known := taxonomy.get(s)) is not None and _example_field(known)
                        for s in requirement.skills):
                    # "Documented experience with analysis of eDNA ... is required", "an established publication
                    # record ... and international collaboration": the record asked for, not the trait beside it
                    concern = _unnamed_gap(match, resume)
                else:
                    # a skill of several words that are all on the resume, if not together ("project" here,
                    # "management" there), is not denied: the card cannot tell
                    # (a product's name is one name: "Google" here and "platform" there are no Google Cloud
                    # Platform)
                    unseen = {s for s in requirement.skills if s not in mentions}
                    spread = {s for s in unseen if " " in s and shown.anywhere(s) and not _product(s, taxonomy)}
                    # "customer service" to a resume whose work lines assist and advise customers: a word of the
                    # skill in the work itself is no ground for "I haven't"
                    touched = {s for s in unseen - spread if " " in s and shown.touches(s)
                               and not _product(s, taxonomy)}
                    if spread and spread >= unseen:
                        pieces = shown.piece_lines(spread)
                        concern = _in_pieces(match, pieces, resume) if pieces else _unnamed_gap(match, resume)
                    else:
                        concern = _gap_concern(match, report, held | spread | named | touched, mentions, taxonomy,
                                               resume, title_skills, changing=career_change)
        elif match.status == "partial" and requirement.degree and (
                f"no {degree_words(requirement.degree)} on the resume" in match.note
                or DEGREE_ELSEWHERE in match.note or DEGREE_UNNAMED in match.note):
            # the field is shown, not the degree asked
            concern = _degree_concern(match, report, resume, changing=career_change)
        elif match.status == "partial" and "asked" in match.note and report.resume_years > 0:
            concern = _years_concern(match, report)
        elif match.status == "partial" and requirement.years and requirement.years >= 2 \
                and not report.resume_info.jobs and not report.resume_years:
            concern = _undated_years_concern(match, resume)  # "5+ years of ..." of a resume with no dates
        elif career_change and match.status == "partial" and match.evidence and not requirement.degree and all(
                e.match in ("keyword", "related") for e in match.evidence):
            # on a resume of another line of work, what it shows only in other words, or by the count of its
            # years, may be another thing under the same name
            concern = _other_work(match, resume)
        if concern is None and match.status != "gap" and _field_beside(requirement.text, shown, finder, mentions):
            # "Strong background on muscle models ... walking robots as well as good programming skills (e.g. C
            # C++ python)": Python shows the second ask, nothing shows the first
            concern = _unnamed_gap(match, resume)
        if concern is None and requirement.skills and all(
                (known := taxonomy.get(s)) is not None and known.category == "soft-skill" for s in requirement.skills) \
                and not any(e.match not in ("semantic", "learning") and resume.line(e.line).section in _WORK
                            for e in match.evidence):
            by_example.add(requirement.text)  # "Clear communication" in a list of skills shows no example of it
            continue
        if concern is None and self_evident and not missing:
            answered.add(requirement.text)  # "Fluent English" on an English resume
        if concern is not None and _old_enough(requirement.text, resume, date.today().year):
            answered.add(requirement.text)
            continue
        if concern is None:
            continue
        repeats = sum(skill_counts.get(skill, 1) - 1 for skill in requirement.skills)
        answer = tuple(s for s in concern.answer if checker.check(s.text).ok)
        # (a job board's tag line, "javascript html babeljs", says less than a sentence: _weight ranks it lower)
        weight = _weight(concern, repeats) + (
            TITLE_SKILL_BONUS if concern.kind != "story" and set(requirement.skills) & title_skills else 0.0)
        out.append(replace(concern, answer=answer, weight=weight))
    # a degree the posting prefers, beside one it requires that is already raised, says the same thing again
    # (and gets the same tip): the required one is the panel's question
    degrees = {m.requirement.text for m in report.requirements if m.requirement.degree}
    degree_raised = any(c.requirement in degrees for c in out)
    out += [c for c in _preferred_qualifications(report, resume, checker, changing=career_change)
            if not (degree_raised and c.requirement in degrees)]
    title = _title_concern(report, resume, finder, shown, mentions, out)
    if title is not None:
        out.append(replace(title, answer=tuple(s for s in title.answer if checker.check(s.text).ok)))
    # "Your resume does not show Vue.js" beside "... npm and Vue.js": the wider concern says both, ranked as the
    # higher of the two
    covers: dict[int, int] = {}  # index of a concern → index of the widest concern that names all its skills
    for i, concern in enumerate(out):
        wider = [j for j, other in enumerate(out)
                 if other.kind == concern.kind == "gap" and concern.skills and set(concern.skills) < set(other.skills)]
        if wider:
            covers[i] = max(wider, key=lambda j: len(out[j].skills))
    weights = {j: max([out[j].weight, *(out[i].weight for i, k in covers.items() if k == j)])
               for j in set(covers.values())}
    out = [replace(c, weight=weights.get(i, c.weight)) for i, c in enumerate(out) if i not in covers]
    ranked = sorted(out, key=lambda c: (-c.weight, c.requirement_line))
    seen_subjects: set[str] = set()
    unique: list[Concern] = []
    raised_skills: set[str] = set()
    for concern in ranked:  # "Your resume does not show JavaScript" once, from the requirement ranked first
        # the same missing skill or degree ("the doctorate degree the posting lists") is one concern, and so is
        # a concern whose every skill a concern ranked before it already names ("Linux" after "embedded systems
        # and Linux")
        subject = concern.concern.split("“", 1)[0] if concern.kind in ("gap", "language") else concern.requirement
        if subject in seen_subjects or (concern.skills and set(concern.skills) <= raised_skills):
            continue
        seen_subjects.add(subject)
        if concern.kind != "story":  # "have an example of X ready" never hides "your resume does not show X"
            raised_skills.update(concern.skills)
        unique.append(concern)
    # a gap that repeats part of one ranked above it ("front-end development and product roadmapping" after
    # "front-end development, React ...") says less than a gap of its own: ranked as one point lower
    before: set[str] = set()
    repeating: set[int] = set()
    for i, concern in enumerate(unique):
        if concern.kind == "gap" and set(concern.skills) & before:
            repeating.add(i)
        if concern.kind != "story":
            before.update(concern.skills)
    order = sorted(range(len(unique)), key=lambda i: (-(unique[i].weight - (REPEAT_DISCOUNT if i in repeating
                                                                             else 0.0)), i))
    ranked = [unique[i] for i in order]
    stories = [c for c in ranked if c.kind == "story"][MAX_STORIES:]
    # a job board's tag line ("cloud amazon-web-services azure devops") is listed below, never a concern to prepare
    # on the card, unless it names a tool the job's title names
    tags = [c for c in ranked if tag_line(c.requirement) and not set(c.skills) & title_skills]
    shown = [c for c in ranked if c not in stories and c not in tags][:MAX_CONCERNS]
    if tags and len(shown) < MAX_CONCERNS and not any(c.kind == "gap" and c.skills for c in shown) \
            and (stack := next((c for c in tags if c.kind == "gap" and c.skills), None)) is not None:
        # ... unless no sentence of the posting asks for a tool the resume lacks: then the tags are the only
        # place the posting names its stack ("azure asp.net-web-api android ionic-framework" for a student of C),
        # and the first thing a candidate without any of it will be asked about
        tags.remove(stack)
        shown = sorted([*shown, stack], key=ranked.index)
    rest = [c for c in ranked if c not in shown and c not in tags] + tags
    return ConcernReview(tuple(shown), tuple(rest), frozenset(answered),
                         frozenset(not_asked), frozenset(by_example))

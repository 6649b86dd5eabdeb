"""The concern every panel has when the resume shows a different line of work: "why this job, from that one?"

A card that lists five missing skills but never says the obvious (a butcher's shop owner applying to manage
engineers; a developer applying to a procurement job) leaves the candidate unready for the first question. When
none of the posting's must-haves is shown strongly and the latest job is not the posting's kind of job, the card
names the change plainly and prepares an answer that claims nothing: the change said out loud, one true line of
the resume that carries over, and a question back to the interviewer.
"""

from __future__ import annotations

import re

from afterword.analysis.degrees import degrees_in
from afterword.analysis.experience import find_jobs
from afterword.analysis.posting_info import usual_case
from afterword.analysis.taxonomy import Skill
from afterword.coach.concerns import LEVEL_LABEL, Concern, level_label
from afterword.coach.posting_focus import title_family
from afterword.coach.sources import Sentence, Source, first_person
from afterword.coach.truth import TruthChecker
from afterword.coach.work_history import headline, latest_job, learning, same_work, title_and_employer, undated
from afterword.models import Document, Job, MatchReport

CAREER_CHANGE_TIP = ("Say in one sentence of your own why you want this change, then lead "
                     "with what carries over; don't apologise for your background.")
_MAX_SPOKEN = 200


def _carried_over(report: MatchReport, resume: Document, checker: TruthChecker) -> Sentence | None:
    """One resume line, said in the first person, that backs any of the posting's requirements: the bridge."""
    for match in sorted(report.requirements, key=lambda m: m.status != "partial"):
        for evidence in match.evidence:
            if evidence.match in ("semantic", "learning") or len(evidence.text) > _MAX_SPOKEN:
                continue
            line = resume.line(evidence.line)
            if line.section not in ("Experience", "Projects") or degrees_in(line.text):
                continue  # (a degree two columns put beside a job is study, not work that carries over)
            spoken = first_person(undated(line.text))
            if spoken and checker.check(spoken).ok:
                return Sentence(f"What carries over: {spoken}",
                                (Source("resume", line.number, line.text),))
    return None


# Families whose work runs into each other: a data engineer applying for a data-platform software job is no
# change of field. Management and office titles name a level or a desk, not a field.
_NEIGHBOURS = frozenset({frozenset({"software", "data"})})
_NO_FIELD = frozenset({"management", "office"})


def _other_family(title: str, role: str) -> bool:
    """True when the job title and the role name two different families of work, neither of them neighbours."""
    mine, theirs = title_family(title), title_family(role)
    return bool(mine and theirs) and mine != theirs and not {mine, theirs} & _NO_FIELD \
        and frozenset({mine, theirs}) not in _NEIGHBOURS


_RECENT_YEARS = 5  # work that ended this long before the latest job began is a past career, not today's work


def _recent(jobs: list[Job]) -> list[Job]:
    """The jobs of today's line of work: those that ended no more than five years before the latest job began (an
    SQL developer's job of 2005–2012 does not make an analyst and team manager since 2012 a developer today)."""
    if not jobs:
        return []
    latest = max(job.start for job in jobs)
    return [job for job in jobs if job.end is None or job.end[0] >= latest[0] - _RECENT_YEARS]


def _every_trade(known: Skill | None) -> bool:
    """A skill asked in every line of work, which shows none: a trait, a language, leading people ("Managed a team
    of 14" in a shop is no step into engineering management)."""
    return known is not None and (known.category in ("soft-skill", "language") or known.name == "leadership"
                                  or "leadership" in known.implies)


def career_change_concern(report: MatchReport, resume: Document, role: str,
                          checker: TruthChecker) -> Concern | None:
    """The "different line of work" concern, or None when the resume shows the posting's kind of work, a
    must-have in four strongly or half of them at least in part, or no titled job to speak of."""
    # what the resume can show by doing the work: a degree or a job board's level label is no sign of the field
    taxonomy = checker.taxonomy
    must = [m for m in report.requirements if m.requirement.kind == "must-have" and not m.requirement.degree
            and not level_label(m.requirement.text)
            and (not m.requirement.skills or any(not _every_trade(taxonomy.get(s)) for s in m.requirement.skills))]
    strong = sum(m.status == "strong" for m in must)
    # shared wording alone ("technical specifications" for designers, asked of a procurement engineer) is weaker
    # than a skill of the posting on the resume: such a partial counts half
    partial = sum((1.0 if any(e.match not in ("keyword", "semantic") for e in m.evidence) else 0.5)
                  for m in must if m.status == "partial")
    if not must and not role or must and 2 * strong > len(must):
        return None  # the resume shows much of what is asked: not a change of field
    # (English and a pleasant manner are asked of every line of work: with nothing else asked, the titles tell)
    if not role and (strong or 2 * partial >= len(must) or len(must) < 3):
        return None  # with no title to compare, only a posting the resume shows nothing of is another field
    jobs = [job for job in find_jobs(resume) if job.title]
    # A course of the posting's kind of work ("Role: Java Developer student") after years of another trade is the
    # change itself, not the work: it counts only on a resume of courses alone (a graduate's internships).
    worked = [job for job in jobs if not learning(job, resume)] or jobs
    if role and any(same_work(job.title, role) for job in _recent(worked)):
        return None
    own_number, own_title = headline(resume)
    if jobs and not (own_title and all(learning(job, resume) for job in jobs)):
        latest = latest_job(jobs, resume)
        title, _ = title_and_employer(resume, latest)
        number = latest.title_line
    else:  # no job read with its title (a CV pasted from two columns), or only internships and courses ("2020
        # Internship, Service Engineer" under "Java Developer"): the resume's own headline names the line of work
        number, title = own_number, own_title
        if role and same_work(title, role):
            return None
    if not title:
        return None
    # A quarter of the must-haves shown, or half of them in part, is no change of field, unless the titles name
    # two different families of work: a backend developer's "analytical skills" and SQL do not make a finance
    # analyst.
    if (4 * strong > len(must) or 2 * (strong + partial) >= len(must)) and not (role and _other_family(title, role)):
        return None
    source = Source("resume", number, resume.line(number).text)
    answer = [Sentence("I'll be straight with you: this would be a change of direction for me.")]
    bridge = _carried_over(report, resume, checker)
    if bridge is not None:
        answer.append(bridge)
    # a question back that claims nothing ("I learn fast" is a trait no resume line backs)
    answer.append(Sentence("So that I put my effort where it matters, may I ask: what would you need to see from me "
                           "in the first three months?"))
    return Concern(
        requirement=f"Most recent job: {title}",
        requirement_line=0,
        concern=f"Your resume shows a different line of work ({title}, resume line {source.line}): expect them to "
                f"ask why you want this {f'{role} ' if role else ''}role and what carries over.",
        answer=tuple(answer),
        tip=CAREER_CHANGE_TIP,
        kind="career-change",
        weight=5.0,
        label="Say",
    )


_SENIOR_TITLE = re.compile(r"\b(?:senior|sr\.?|lead|principal|head|chief|director|manager|supervisor)\b",
                           re.IGNORECASE)
# "Staff Accountant" is a first level; "Staff Engineer" a senior one.
_JUNIOR_ROLE = re.compile(r"\b(?:junior|jr\.?|staff(?! (?:engineer|scientist|designer|developer|software|data|"
                          r"machine|product|architect))|associate|assistant|entry[- ]level|trainee|graduate)\b",
                          re.IGNORECASE)
STEP_DOWN_TIP = ("Say in a sentence of your own why this role suits you now, and be ready for "
                 "questions on pay and on whether you would stay.")


# A posting that says it is open to people new to the work: "you can also be newly educated", "graduates welcome"
_OPEN_TO_NEW = re.compile(r"\b(?:newly (?:educated|graduated|qualified)|recent(?:ly)? graduat\w*|new graduates?|"
                          r"graduates? (?:are )?welcome|"
                          r"no (?:prior )?experience (?:is )?(?:required|needed|necessary))\b", re.IGNORECASE)


def _level_concern(requirement: str, concern: str, tip: str, kind: str) -> Concern:
    """A concern about the level of the role against the resume's (a step up or a step down): no posting line,
    no spoken answer (the stories and the reason are the candidate's), ranked with the hard conditions."""
    return Concern(requirement=requirement, requirement_line=0, concern=concern, answer=(), tip=tip, kind=kind,
                   weight=5.0)


def _posted_junior(report: MatchReport | None) -> str:
    """A job board's level label that states only levels below senior ("Experience level: Junior Mid-Level" →
    "posted as Junior Mid-Level"), or a sentence that opens the job to newcomers ("you can also be newly
    educated" → "open to new graduates"), else ""."""
    units = report.posting_units if report is not None else ()
    for unit in units:
        if LEVEL_LABEL.match(unit.text.lower()) and (value := unit.text.split(":", 1)[1].strip(" .")) \
                and _JUNIOR_TITLE.search(value) and not _POSTED_LEVEL.search(value):
            return f"posted as {value}"
    for unit in units:
        if unit.role != "legal" and _OPEN_TO_NEW.search(unit.text):
            return "open to new graduates"
    return ""


def step_down_concern(resume: Document, role: str, report: MatchReport | None = None) -> Concern | None:
    """"Why step down?": the latest job, or the resume's headline, is the same work at a more senior level than the
    role applied for (a Senior Accountant applying for a Staff Accountant job; a "Senior Java Full Stack Developer"
    for a Java Developer post labelled "Experience level: Junior Mid-Level"). Only the tip: the reason is the
    candidate's to give."""
    jobs = [job for job in find_jobs(resume) if job.title]
    posted = _posted_junior(report) if role and not _JUNIOR_ROLE.search(role) else ""
    if not role or not jobs or _SENIOR_TITLE.search(role) or not (_JUNIOR_ROLE.search(role) or posted):
        return None
    named = f"{role} role ({posted})" if posted else f"{role} role"
    asked = f"more senior than this {named}: expect them to ask why you want it, and whether you would stay."
    latest = max(jobs, key=lambda job: (job.end is None, job.start))
    title, _ = title_and_employer(resume, latest)
    if title and _SENIOR_TITLE.search(title) and same_work(title, role):
        return _level_concern(f"Most recent job: {title}",
                              f"Your latest title ({title}, resume line {latest.title_line}) is {asked}",
                              STEP_DOWN_TIP, "step-down")
    # the latest title names other work ("Team Lead"): the headline may say the level of this one
    own_number, own = headline(resume)
    if own and _SENIOR_TITLE.search(own) and same_work(own, role):
        said = usual_case(own)
        return _level_concern(f"Headline: {said}",
                              f"Your resume describes you as {said} (resume line {own_number}), {asked}",
                              STEP_DOWN_TIP, "step-down")
    return None


STEP_UP_TIP = ("Have two stories ready where you already worked at that level (a decision you owned, a project or "
               "people you led, a result you answered for), and say plainly what you would still be learning.")
TRAINED_TIP = ("Lead with what you delivered in your internships and training, say plainly that this would be your "
               "first role at this level, and ask whether the team also hires at a more junior level.")
TRAINING_ONLY_TIP = ("Lead with what you built in your training and projects (code you can show), say plainly that "
                     "this would be your first paid role in this work, and ask whether the team also hires at a "
                     "more junior level.")
NO_WORK_TIP = ("Lead with what you have built yourself (projects, courses, code you can show), say plainly that this "
               "would be your first paid role, and ask whether the team also hires at a more junior level.")
_SENIOR_ROLE = re.compile(r"\b(?:senior|sr\.?|lead|principal|staff (?:engineer|scientist|designer|developer)|head|"
                          r"manager|director|chief)\b", re.IGNORECASE)
_JUNIOR_TITLE = re.compile(r"\b(?:junior|jr\.?|intern|trainee|graduate|entry[- ]level|apprentice|assistant|"
                           r"(?:middle|intermediate)(?!\s+(?:school|east|eastern|office|market|grades?|years))|"
                           r"mid[- ]?level|medior)\b", re.IGNORECASE)  # below a senior role: "D2 (Middle) Engineer"
STEP_UP_YEARS = 5  # fewer years than this on the resume, for a senior role, is a step up to prepare for
_POSTED_LEVEL = re.compile(r"\b(?:senior|lead|principal)\b", re.IGNORECASE)


def _posted_level(report: MatchReport) -> str:
    """The lowest level a job board's label states, when it is a senior one ("Experience level: Senior Lead" →
    "senior"); "" when it states none, or also a level below ("Mid-Level Senior Lead" is open to the middle)."""
    label = False  # the unit before was the label alone ("Experience level:" on its line, its value on the next)
    for unit in report.posting_units:
        text = unit.text.lower()
        if label and level_label(unit.text):
            text = f"experience level: {text}"
        label = unit.role == "heading" and bool(LEVEL_LABEL.match(text)) and not text.split(":", 1)[1].strip()
        if LEVEL_LABEL.match(text) and _POSTED_LEVEL.search(text):
            if _JUNIOR_TITLE.search(text.split(":", 1)[-1]):
                return ""
            return next(level for level in ("senior", "lead", "principal") if level in text)
    return ""


def step_up_concern(report: MatchReport, resume: Document, role: str) -> Concern | None:
    """"Are you ready for this level?": a senior or lead role for someone whose latest title is junior, or who has
    fewer than five years of dated work, in the same line of work. Only the tip: the stories are the candidate's."""
    level = _posted_level(report)
    if not role or not (_SENIOR_ROLE.search(role) or level):
        return None
    dated = find_jobs(resume)
    jobs = [job for job in dated if job.title]
    own_number, own = headline(resume)
    named = role if _SENIOR_ROLE.search(role) else f"{role} ({level} level, the posting says)"
    if not dated and not any(line.section == "Experience" for line in resume.lines):
        # no work at all on the resume: a senior role is the step to prepare for, from the headline's line of work
        # (undated jobs under an experience heading are work: "first paid role" would not be true of them)
        if not own or not same_work(own, role) or any(match.requirement.years for match in report.requirements):
            return None  # (years asked of a resume with no dates are raised as years, in the posting's words)
        return _level_concern(
            f"Headline: {own}",
            f"This {named} role is a senior one, and your resume shows no dated work yet (your headline: {own}, "
            f"resume line {own_number}): expect them to ask what you have built and whether you are ready for that "
            "level.", NO_WORK_TIP, "step-up")
    # "Junior Java backend developer" over a shop owner's latest job: the headline says the level of the work
    # applied for, whatever the latest job was (and it is all there is when no job's title was read)
    described = bool(own and _JUNIOR_TITLE.search(own) and same_work(own, role))
    if described:
        number, title = own_number, own
    elif jobs:
        latest = max(jobs, key=lambda job: (job.end is None, job.start))
        title, _ = title_and_employer(resume, latest)
        number = latest.title_line
    else:
        return None
    kind = [job for job in dated if job.title and same_work(job.title, role)]
    if not described and kind and all(job.study or learning(job, resume) for job in kind) \
            and not same_work(latest_job(jobs, resume).title, role):
        # "Role: Java Developer student" at a training centre, the paid jobs in other trades: the work applied for
        # is there only as training, and a senior role is the step to prepare for (an intern whose internships are
        # all the work there is steps up from them, below)
        trained = max(kind, key=lambda job: job.start)
        said, employer = title_and_employer(resume, trained)
        where = f"{said}, {employer}" if said and employer else said or employer
        return _level_concern(
            f"Training: {where}",
            f"This {named} role is a senior one, and your resume shows this line of work only in training ({where}, "
            f"resume line {trained.title_line}): expect them to ask whether you are ready for that level.",
            TRAINING_ONLY_TIP, "step-up")
    if not title or _SENIOR_ROLE.search(title) or not same_work(title, role):
        return None
    if not (_JUNIOR_TITLE.search(title) or 0 < report.resume_years < STEP_UP_YEARS):
        return None
    # internships and courses only: no story "at that level" to tell, and the tip must not invite one
    trained_only = bool(dated) and all(job.study or learning(job, resume) for job in dated)
    return _level_concern(
        f"Most recent job: {title}",
        f"This {named} role is a step up from {'how your resume describes you' if described else 'your latest title'} "
        f"({title}, resume line {number}): expect them to ask whether you are ready for that level.",
        TRAINED_TIP if trained_only else STEP_UP_TIP, "step-up")

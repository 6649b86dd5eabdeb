"""The spoken closing pitch: three variants of 60–150 words built from the resume's strongest evidence and the
candidate's own words about why they want the role. Nothing is invented: every sentence is either the user's own
line (first-personed and trimmed at a clause boundary) or a frame with no claim in it, and every variant passes
the truth check."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from afterword.analysis.achievements import is_result
from afterword.analysis.degrees import FIELD_ASK, LEVELS, degrees_in, said_as
from afterword.analysis.experience import find_jobs, find_range, undated_position
from afterword.analysis.posting_info import TITLE_HINT, PostingInfo, usual_case
from afterword.analysis.report import fit_score
from afterword.analysis.skills import finder_for
from afterword.analysis.taxonomy import TOOL_CATEGORIES, Taxonomy, default_taxonomy
from afterword.coach.concerns import GLUED
from afterword.coach.posting_focus import title_family
from afterword.coach.sources import (
    PRESENT_OPENERS,
    Sentence,
    Source,
    article,
    first_person,
    gerunds_in_past,
    in_past,
    joined,
    with_article,
)
from afterword.coach.truth import TruthChecker, sentences
from afterword.coach.work_history import (
    LEARNER,
    earlier_work,
    head_noun,
    headline,
    latest_job,
    learning,
    same_work,
    title_and_employer,
    unbroken_since,
    undated,
)
from afterword.ingest.structure import section_name
from afterword.models import Document, Job, MatchReport

WORDS_PER_MINUTE = 150
MAX_TITLE_LINE_CHARS = 300  # a job's title line is read this far for the words that name a job
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


_NOT_SPOKEN_SECTIONS = frozenset({"Header", "Education", "Skills", "Languages", "Interests", "Certifications"})
_LIST_SECTIONS = frozenset({"Skills", "Languages", "Interests"})
_RESULT_FRAMES = ("One thing I'd point to: {}.", "Another: {}.", "And one more: {}.")
_PLACED_FRAMES = ("One thing I'd point to, {place}: {}.", "{place}: {}.")


_ACHIEVEMENT_LABEL = re.compile(r"(?:(?:key|main|major|notable|selected) )?(?:achievements?|accomplishments?|results?)"
                                r"\s*:\s*\S",
                                re.IGNORECASE)


def _states_result(text: str) -> bool:
    """A result in numbers, or a line the resume itself labels as one ("Achievements: winning large tenders")."""
    return is_result(text) or bool(_ACHIEVEMENT_LABEL.match(text))


def _speakable(text: str) -> bool:
    """A line that reads as a whole statement when quoted: starts with a word, is not a table row, a date line,
    a label or a heading."""
    words = text.split()
    return 5 <= len(words) <= 35 and text[:1].isalnum() and "|" not in text and not find_range(text) \
        and not text.isupper() and ":" not in " ".join(words[:3]) and not text.rstrip().endswith(":")


def _achievements(report: MatchReport, resume: Document, jobs: tuple[Job, ...], role: str = "",
                  change: bool = False) -> list[Sentence]:
    """Spoken achievements from resume lines, best first: a line that evidences more of the posting ranks higher,
    then one that carries over to what the posting stresses (leading people, customers, scale, its own words),
    then one with a result in numbers, then the more recent (earlier on the page). A line that opens with an
    action is said in the first person ("I cut ..."); one that states a result in other words is quoted after a
    short frame ("One result I'd point to: ranked #1 of 6 ..."), so nothing is said that the line does not. Only
    whole clauses are said: a line that stops mid-sentence is cut back to its last complete clause (or left out),
    and a paragraph to its first sentence."""
    backs: dict[int, list[float]] = {}
    for match in report.requirements:
        if match.status == "gap":
            continue
        weight = 1.0 if match.requirement.kind == "must-have" else 0.6
        for evidence in match.evidence:
            if evidence.match not in ("semantic", "learning"):
                backs.setdefault(evidence.line, []).append(weight)
    # A line backing one requirement well counts fully; more requirements add a little ("nursing school" names
    # the field every requirement mentions: it is no stronger evidence for that)
    cited = {line: max(weights) + 0.25 * (len(weights) - 1) for line, weights in backs.items()}
    focus = _posting_focus(report)
    latest = _latest_job_lines(resume, jobs)
    # An assistant's or trainee's job before a senior one is where the career began, not what to lead with.
    senior_now = bool(jobs) and not _JUNIOR.search(max(jobs, key=lambda job: (job.end is None, job.start)).title)
    early = frozenset(n for job in jobs if senior_now and _JUNIOR.search(job.title) for n in job.lines)
    kind_of_work = any(same_work(job.title, role) for job in jobs if job.title)
    # lines of a job of another kind than the posting's (a shop job for a firmware role), and the short duties of
    # a job whose title the reader could not find ("Assisted customers on the floor")
    other_work = frozenset(n for job in jobs if not (job.title and same_work(job.title, role)) for n in job.lines
                           if job.title or len(resume.line(n).text.split()) < 12)
    # the lines just under a job's title and dates are its work, whatever heading two columns run together put
    # them under ("Web developer at ..." / "2012 – 2013" / "17 projects were completed" under "Education")
    zone = _job_zone(resume, jobs)
    # the lines of a job that has ended: "Work with clients" there is said "I worked with clients"
    ended = frozenset(n for job in jobs if job.end is not None for n in job.lines) \
        - frozenset(n for job in jobs if job.end is None for n in job.lines)
    # the lines of a course listed as a job ("In terms of the educational program I had experience in C# ..."):
    # training, said by the training sentence, never as work done
    studied = frozenset(n for job in jobs if job.study for n in job.lines)
    ranked: list[tuple[float, int, str, bool, int, float]] = []  # (-score, line, text, first-personed, also, carry)
    following = {line.number: nxt for line, nxt in zip(resume.lines, resume.lines[1:], strict=False)}
    position = {line.number: k for k, line in enumerate(resume.lines)}
    tails: set[int] = set()
    own_work: set[int] = set()  # capability lines of a skills list that back nothing in the posting
    for line in resume.lines:
        # a bullet wrapped by hand onto the next line ("... set up Read" / "Write Inc. groups for 22 pupils") is
        # said whole, citing both lines
        nxt = following.get(line.number)
        wrapped = nxt is not None and nxt.section == line.section and (
            nxt.text[:1].islower() or _wrapped_tail(line.text, nxt.text)) \
            and line.text.strip(" :").casefold() != line.section.casefold() \
            and not line.text.rstrip().endswith((".", ";", ":", "!", "?")) and len(line.text) + len(nxt.text) <= 300
        if line.number in tails or line.number in studied:
            continue  # the wrapped end of the line before, said with it; a course's lines
        text = f"{line.text.rstrip()} {nxt.text.strip()}" if wrapped and nxt is not None else line.text
        also = nxt.number if wrapped and nxt is not None else 0
        if also:
            tails.add(also)
        # Two columns read as one line: "Databases: PostgreSQL, Redis. Managed a team of 2 developers." holds an
        # achievement after a list; the achievement is what may be said.
        tail = _after_list(text) if line.section in _LIST_SECTIONS else None
        text = tail or text
        if len(text) > 300:
            continue  # a line of more than 300 characters is no sentence to say aloud
        # A word of the other column dropped into the sentence ("... a platform that PostgreSQL, offers ...")
        # ends what can be said of it before that word.
        if (dropped := _INTERLEAVED.search(text)) is not None and _skill_name(dropped.group("word")):
            text = text[:dropped.start()].rstrip(" ,;")
        # A heading of the other column inside the sentence ("... delivering ML Education models to ...") is no
        # word of it: the sentence is said without it, as the candidate wrote it.
        while (glued := _glued_heading(text)) is not None:
            text = text[:glued] + text[glued:].split(" ", 1)[1]
        # So is a job title of the other column inside the candidate's own first-person sentence ("I've got
        # experience building and working Assistant Manager on JavaScript projects")
        if text.startswith("I") and (title := _GLUED_TITLE.search(text)) is not None \
                and TITLE_HINT.fullmatch(title.group("title").split()[-1]):
            text = text[:title.start("title")] + text[title.end("title") + 1:]
        # A line that stops mid-sentence (its end is on another line, after a heading of the other column) is
        # said only up to its last whole clause.
        if _open_ended(text) or (not wrapped and _continued(resume, position[line.number])):
            text = _whole_part(text) or ""
            if not text:
                continue
        # "Achievements: increasing sales ..., winning large government tenders": the resume calls it a result
        result = _states_result(text)
        # A sentence with a result under "Skills" or "Languages" is a story the resume's headings did not mark
        # ("The number of errors fell 30 times."), not a list item: it may be said.
        story = result and line.section in _LIST_SECTIONS and len(text.split()) >= (5 if tail else 8) \
            and text.rstrip().endswith((".", "!"))
        # So is an action written as one ("Developed a backend in Go for ..."): two columns run together put
        # work history under a skills or education heading, and no list item opens with a past action.
        action = line.section not in ("Header", "Certifications") and _past_action(text)
        worked = line.section in _ACHIEVEMENT_SECTIONS or action or line.number in zone  # the work history
        if GLUED.search(text):
            continue  # words run together in the file: nothing a person could say as written
        # "Performance and coverage analysis for existing tests." under SKILLS: a resume that lists its work as
        # capabilities, said as experience when it backs the posting or carries over to what it stresses
        capability = line.section == "Skills" and not worked and _capability(text)
        # (one that neither backs the posting nor carries over is the resume's own work all the same, in the
        # posting's kind of work: said only when the pitch would otherwise have less than two points, never before
        # what does back it)
        if capability and not (line.number in cited or _carries(text, focus) >= _CARRIES_OVER):
            if kind_of_work:  # (test frameworks argue nothing for an executive assistant)
                own_work.add(line.number)
            else:
                capability = False
        if (line.section in _NOT_SPOKEN_SECTIONS and not (story or action or capability or line.number in zone)) \
                or not (line.number in cited or result or line.number in latest or worked or capability) \
                or len(text) > 300:
            continue  # a line of more than 300 characters is no sentence to say aloud
        # Said whole when short: the clause after "; " is often the result ("...; food cost fell from 34% to 29%").
        # "Achievements: Significantly increasing sales ..., winning large government tenders": results written as
        # actions in -ing, of a job that ended or under a results label, said as done ("I significantly increased")
        past = gerunds_in_past(_unlabelled(undated(text))) \
            if _RESULTS_LABEL.match(text) or (line.number in ended and _states_result(text)) else None
        spoken = _short(past) or _with_result(_short(_acted(_first_sentence(_unlabelled(undated(text)))))) or \
            _own_words(text) or (
            f"My experience includes {_lower_common(_without_brackets(text).strip().rstrip('.;'))}."
            if capability else None) or (
            _task_list(undated(text), focus) if worked else None)
        if spoken is not None and line.number in ended:
            spoken = in_past(spoken)
        carry = _carries(text, focus)
        project = _project_point(text) if spoken is None and line.section == "Projects" else None
        if project is not None and sum(bool(re.search(rf"(?<![\w+#]){re.escape(name)}(?![\w+#])", text, re.I))
                                       for name in report.posting_skills) >= 1:
            carry = max(carry, _CARRIES_OVER)  # a project built with the tools the posting names carries over
        # "Creating the checkout of a marketplace": an action written as a gerund, quoted when it carries over or
        # the job is the posting's kind of work
        doing = spoken is None and worked and (carry >= _CARRIES_OVER or kind_of_work) \
            and bool(_GERUND.match(_unlabelled(undated(text)).strip()))
        if spoken is None and project is None and not ((result or doing) and _speakable(_unlabelled(text))):
            continue
        if not (line.number in cited or result or line.number in latest) and (spoken is None or len(spoken) < 30) \
                and not doing and project is None:
            continue  # from the rest of the work history, only a whole action ("I developed a backend in Go")
        # What backs the posting first, then what carries over to it, then results in numbers, then what the
        # latest job involves: true, and where a listener expects the pitch to start when little else matches.
        # (a line that backs a requirement is weighed by what it backs; what carries over weighs the others)
        # (a result in numbers weighs most when it backs the posting or carries over to it: car sales argue
        # little for a backend job)
        relevant = line.number in cited or carry >= _CARRIES_OVER
        # (on a resume with a job of the posting's kind, another trade's line comes after that job's: a butcher's
        # shop, however recent, is not where a software pitch starts)
        score = cited.get(line.number, min(carry, 0.6)) + ((0.75 if relevant else 0.3) if result else 0.0) \
            + (0.5 if line.number in latest else 0.0) - (1.5 if line.number in early else 0.0) \
            - (OTHER_TRADE if kind_of_work and line.number in other_work and line.number not in cited else 0.0) \
            - (OTHER_TRADE if line.number in own_work else 0.0)
        quoted = spoken or project or _as_point(_quotable(_unlabelled(undated(text)), result))
        if not quoted:
            continue
        ranked.append((-score, line.number, quoted, spoken is not None, also, carry))
    ranked.sort(key=lambda item: (item[0], item[1]))
    if any(item[1] not in early for item in ranked):  # where the career began is said only when
        ranked = [item for item in ranked if item[1] not in early]  # nothing later can be
    # A duty that backs nothing, states no result and carries nothing over to what the posting stresses is said
    # at most once, and only of the posting's kind of work: shop-floor duties argue nothing for a firmware job
    # (off a change of direction, another trade's duty carries nothing over by a shared theme alone: a shop
    # floor's "assisted customers" is no point for a DevOps job whose posting says "customer obsessed")
    filler = [item for item in ranked if item[1] not in cited and not _states_result(resume.line(item[1]).text)
              and (item[5] < _CARRIES_OVER or (not change and item[1] in other_work))]
    # ... or, when the pitch would have less than two points otherwise, one that is not another trade's duty
    kept = [item for item in ranked if item not in filler]
    spare = [item for item in filler if item[1] not in other_work and item[1] not in early
             and item[1] not in own_work]
    allowed = [item for item in filler if item[1] not in own_work][:1] if kind_of_work \
        else spare[:1] if len(kept) < 2 else []
    # a skills list that names the work done ("Automation of web services and API scenarios (C#, NUnit)", "Support
    # and development of test frameworks"): up to two of its lines, in the resume's order, on a pitch that would
    # otherwise have less than two points (a CV whose columns hid its jobs has little else to say)
    allowed += sorted((item for item in filler if item[1] in own_work),
                      key=lambda item: item[1])[:max(0, 2 - len(kept) - len(allowed))]
    ranked = [item for item in ranked if item not in filler or item in allowed]
    if not ranked:  # nothing from the work history: an entry of a skills list that carries over, quoted
        ranked = [(0.0, line.number, quoted, False, 0, 0.0) for line in resume.lines
                  if line.section in _LIST_SECTIONS and not _open_ended(line.text) and _speakable(line.text)
                  and any(name in focus.themes and pattern.search(line.text) for name, pattern in _THEMES)
                  and (quoted := _as_point(_quotable(line.text)))][:1]
    if not ranked:  # nothing from the work history: the resume's own first-person summary, as written
        ranked = [(0.0, line.number, spoken, True, 0, 0.0) for line in resume.lines[:60]
                  if line.section == "Summary" and (spoken := _own_words(line.text))][:1]
    out: list[Sentence] = []
    quoted = 0
    said: set[str] = set()
    where = _WhereDone(resume, jobs)
    placed = 0  # the job the point before was done in: a second point from it is not placed again
    said_places: set[str] = set()
    for _, number, text, first_personed, also, _carry in ranked:
        opening = " ".join(text.lower().split()[:6])
        if opening in said:
            continue  # the same bullet under two jobs is said once
        said.add(opening)
        job_line, place = where.get(number)
        again = bool(out) and bool(job_line) and job_line == placed
        if place and not again and place in said_places:  # two front-end jobs: "in another job as a ..."
            place = f"in another {'role' if place.startswith('at ') else 'job'} {place}"
        placed = job_line
        said_places.add(place)
        if first_personed:
            if place and not again and text.startswith("I "):  # "At Kestrel Studio, I rebuilt ..."
                text = f"{_capitalised(place)}, {text}"
            elif place and not again and text.startswith("My work included "):  # a task list of an earlier job
                text = f"{_capitalised(place)}, my work included {text.removeprefix('My work included ')}"
        elif _GERUND.match(text) and not is_result(text):
            # "Rewriting the project from Angular into Vue" is a duty: "my work included rewriting ...", said of
            # the job it was done in
            duty = _lower_article(_duty(text))
            text = f"My work there also included {duty}." if again and place else \
                f"{_capitalised(place)}, my work included {duty}." if place else f"My work included {duty}."
        else:
            if quoted >= len(_RESULT_FRAMES):
                continue
            frame = _RESULT_FRAMES[quoted] if not place else _PLACED_FRAMES[min(quoted, len(_PLACED_FRAMES) - 1)]
            # "Member of the rapid response team: first responder on 40 calls" after "point to:" is said with a
            # comma: two colons in one breath read as a form, not speech
            text = frame.format(_lower_article(re.sub(r"(?<=\w):\s+", ", ", text)), place=place)
            quoted += 1
        sources = (Source("resume", number, resume.line(number).text),
                   *((Source("resume", also, resume.line(also).text),) if also else ()))
        if out and text.startswith(_INCLUDES) and out[-1].text.startswith(_INCLUDES):
            text = "My experience also includes " + text.removeprefix(_INCLUDES)  # not the same opening twice
        # "a highly loaded project - daily ...": a hyphen between words is a pause when spoken, written as one
        out.append(Sentence(_SPOKEN_DASH.sub(" — ", text), sources))
    return out


_SPOKEN_DASH = re.compile(r"\s+[-–]\s+")
_INCLUDES = "My experience includes "
_RESULTS_LABEL = re.compile(r"\W*(?:key\s+)?(?:achievements?|results?|accomplishments?)\s*:", re.IGNORECASE)
OTHER_TRADE = 0.75  # how far a line of another trade's job ranks below, on a resume with a job of the posting's kind


_DUTY_WORDS = 20
_COMMA = re.compile(r",\s")


def _duty(text: str) -> str:
    """A duty said in one breath: up to the list a colon opens ("improving old services: optimizing ..."), and at
    most 20 words, cut where a clause ends."""
    head, colon, _ = text.partition(": ")
    if colon and len(head.split()) >= 4:
        text = head
    if len(text.split()) <= _DUTY_WORDS:
        return text
    return _clause_cut(text, _DUTY_WORDS, breaks=_COMMA) or text


def _sayable_employer(employer: str) -> bool:
    """An employer the job reader found that can be said after "at": a name of a few words, not a run of two columns
    (digits, "|", brackets, a masked name) or a SHOUTED line."""
    return bool(employer) and len(employer.split()) <= 5 and not re.search(r"[\d@|:()<>]", employer) \
        and not employer.isupper()


class _WhereDone:
    """Where the work of a resume line was done, as said before a point: "at Kestrel Studio" when the job reader
    found the employer, "as a front-end developer" when only the title; "" for the latest job's lines (the pitch
    has just named it), a course's, and those of a job without a clean title. Read per job when first asked: a
    resume of thousands of date ranges costs nothing until a point is said."""

    def __init__(self, resume: Document, jobs: tuple[Job, ...]) -> None:
        self.resume = resume
        latest = latest_job(jobs, resume) if jobs else None
        self.jobs: dict[int, Job] = {}
        for job in jobs:
            if job is not latest:
                for number in job.lines:
                    self.jobs.setdefault(number, job)
        self.places: dict[int, str] = {}

    def get(self, number: int) -> tuple[int, str]:
        """(the job's title line, where) for a line, or (0, "")."""
        job = self.jobs.get(number)
        if job is None:
            return 0, ""
        if job.title_line not in self.places:
            self.places[job.title_line] = self._place(job)
        place = self.places[job.title_line]
        return (job.title_line, place) if place else (0, "")

    def _place(self, job: Job) -> str:
        if job.study:  # a course's lines are not said; an internship is work, said where it was done
            return ""
        title, employer = title_and_employer(self.resume, job)
        if _sayable_employer(employer):
            return f"at {employer}"
        if (words := _job_words(title)) and not _JUNIOR.search(title):
            return f"as {article(words)} {words}"
        return ""


@dataclass(frozen=True, slots=True)
class _Focus:
    """What a posting asks for and stresses: the stems of its requirements' words and the kinds of work that
    carry over between trades (leading people, customers, scale, delivery) that its requirements name."""

    stems: frozenset[str]
    themes: frozenset[str]


# Kinds of work that carry over from any trade to any other when the posting asks for them.
_THEMES = (
    ("people", re.compile(r"\b(?:lead(?:s|ing|er|ers|ership)?|led|manag(?:e|ed|es|ing|er|ers)|"
                          r"management of (?:a |the )?(?:\w+ )?(?:team|staff|people|crew)|"
                          r"supervis\w*|mentor\w*|coach(?:ed|es|ing)?|"
                          r"coordinat\w*|head(?:ed|ing)? (?:a|the|of)|hir(?:e|ed|ing)|onboard\w*|teams? of|"
                          r"team ?lead\w*)\b", re.IGNORECASE)),
    ("customers", re.compile(r"\b(?:customers?|clients?|stakeholders?|patients?|guests?|government\w*|"
                             r"public sector|partners?|donors?|citizens?|residents?|buyers?)\b", re.IGNORECASE)),
    ("scale", re.compile(r"\b(?:large[- ]scale|at scale|scal(?:e|ed|ing|able|ability)|high(?:ly)?[- ]?(?:load(?:ed)?|"
                         r"traffic|volume)|volumes?|millions?|thousands?|hundreds of|enterprise)\b", re.IGNORECASE)),
    # (a project run or delivered, not any mention of one: "a backend for a new project" delivers nothing)
    ("delivery", re.compile(r"\b(?:deliver(?:s|ed|ing|y)?|launch(?:ed|es|ing)?|shipped|deadlines?|"
                            r"on time|from scratch|end[- ]to[- ]end|full cycle|"
                            r"(?:led|lead|leading|managed|manage|managing|ran|run|running|completed|coordinated|"
                            r"planned|owned)\b[^.;]{0,30}\bprojects?|projects? (?:management|delivery|manager|"
                            r"lead|plans?|budgets?|portfolios?))\b", re.IGNORECASE)),
    # a warehouse's incident record speaks to a driving job's safety record; a kitchen's to a ward's
    ("safety", re.compile(r"\b(?:safe(?:ly|ty)?|incidents?|incident[- ]free|accidents?|accident[- ]free|osha|"
                          r"hazards?|hazardous|injur(?:y|ies)|hse|haccp|dot)\b", re.IGNORECASE)),
)
# Words every posting and resume uses: sharing them says nothing about what carries over.
_COMMON = frozenset((
    "about above after again against also among and any are around based been being both but can could daily "
    "does doing during each either etc every experience experienced field for from good great have having help "
    "high highly including into its join just knowledge level like looking make more most must new nice not offer "
    "other our over own part plus preferably proven relevant required requirements role should skills some strong "
    "such than that the their them then there these they this those through understanding upon using very want "
    "well were what when where which while who will with within work worked working would year years you your "
    "ability able excellent solid least minimum degree related equivalent similar candidate position job company "
    "team teams environment opportunity various different").split())


def _stems(text: str) -> set[str]:
    """Content words of a text, cut to a common stem ("developed", "development" → "devel")."""
    out = set()
    for word in re.findall(r"[A-Za-z][A-Za-z+#-]{3,}", text.lower()):
        if word in _COMMON:
            continue
        out.add(re.sub(r"(?:ations?|ments?|ings?|ers?|ies|ied|ed|es|s)$", "", word)[:6])
    return out


def _posting_focus(report: MatchReport) -> _Focus:
    texts = [match.requirement.text for match in report.requirements]
    # a kind of work the posting names twice or more is one it stresses; once may be a word of its blurb
    themes = frozenset(name for name, pattern in _THEMES if sum(bool(pattern.search(text)) for text in texts) >= 2)
    return _Focus(frozenset(stem for text in texts for stem in _stems(text) if len(stem) >= 4), themes)


_CARRIES_OVER = 0.5  # one kind of work the posting stresses, or more of its words than a passing overlap


def _carries(text: str, focus: _Focus) -> float:
    """How much of a resume line carries over to the posting: a kind of work the posting stresses (leading
    people, customers, scale, delivery) counts most, then its own words; 0 for a line that shares neither."""
    themes = sum(1 for name, pattern in _THEMES if name in focus.themes and pattern.search(text))
    shared = len(_stems(text) & focus.stems)
    return min(1.2, 0.5 * themes + 0.15 * min(shared, 3))


# A word after which a sentence cannot end: the line goes on elsewhere ("... providing insights for", "and the").
_DANGLING = frozenset(
    "a an the and or but nor of for to in on at with by from into onto as than that which who whom whose while "
    "where when whether our my their its his her your this these those is are was were be been being has have had "
    "will would can could should including such via per like about over under between among through both either "
    "also plus e.g i.e etc".split())
_CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+|\s+[—–-]\s+|,\s+(?=(?:and|while|which|where|including|with|"
                           r"[a-z]+ing|[a-z]{3,}ed)\b)")  # "..., providing", "..., renewed the API"


_TASKS_LABEL = re.compile(r"^(?:(?:main |key )?tasks(?: performed)?|(?:main |key )?duties|(?:main |key )?"
                          r"responsibilities)\s?:\s?", re.IGNORECASE)
_TASK_WORDS = 5  # an item of a task list longer than this is a sentence, not a task named


def _task_list(text: str, focus: _Focus) -> str | None:
    """"Tasks performed: Features and UX implementation, Unit testing, Code review, ..." as spoken work: "My work
    included unit testing and code review." (the tasks this posting asks about, else the first two); None for a
    line that is no labelled list of short tasks."""
    found = _TASKS_LABEL.match(text.strip())
    if found is None:
        return None
    items = [item.strip(" .;") for item in re.split(r"[,;]\s*", text.strip()[found.end():]) if item.strip(" .;")]
    if len(items) < 2 or any(len(item.split()) > _TASK_WORDS for item in items):
        return None
    # a task that is a skill's name ("Unit testing", "SCRUM") is the skills sentence's to say, not said twice
    taxonomy = default_taxonomy()
    items = [item for item in items if taxonomy.lookup(item) is None]
    if len(items) < 2:
        return None
    picked = [item for item in items if _stems(item) & focus.stems][:3] or items[:2]
    said = [item[:1].lower() + item[1:] if item[1:2].islower() else item for item in picked]
    return f"My work included {joined(said)}."


def _open_ended(text: str) -> bool:
    """A line that stops mid-sentence: it ends on a comma or a word that needs more after it ("for", "the"),
    on a verb left without its object ("... and developing"), or its last sentence is a word or two with no end
    ("Optimized critical services. Reduced")."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in ",:;&/(+–—-":
        return True
    if stripped[-1] in ".!?)\"'”’%":
        return False
    words = stripped.split()
    last = words[-1].lower().rstrip(".")
    if last in _DANGLING:
        return True
    before = words[-2].lower() if len(words) >= 2 else ""
    if last.endswith("ing") and before in ("and", "or", "of", "for", "in", "to"):
        return True  # "writing APIs and developing"
    if re.fullmatch(r"\d[\d,.]*\+?", last) and (before.endswith("ed") or before in _DANGLING) \
            and not (re.fullmatch(r"(?:19|20)\d\d", last) and before in ("in", "since", "by", "of", "for")):
        return True  # "Independently developed 3", but "no medication errors in 2024" is whole
    tail = re.split(r"(?<=[.!?;])\s+", stripped)
    return len(tail) > 1 and len(tail[-1].split()) <= 2


# "that PostgreSQL, offers": a name between a word that needs more and a verb, set off by a comma nothing
# explains: a list item of the other column read into the sentence
_INTERLEAVED = re.compile(r"\s(?:that|which|who|an?|the|of|for|to|with|and|or|is|are)\s+(?P<word>[A-Z][\w.+#-]*),\s+"
                          r"(?!(?:and|or|which|who|where|while|but|so|then|as|including|such|etc)\b)[a-z]+"
                          r"(?<!ing)\b")


def _skill_name(word: str) -> bool:
    """True when ``word`` is a skill's name (a technology, a tool): the kind of word a second column lists."""
    return default_taxonomy().lookup(word) is not None


def _continued(resume: Document, k: int) -> bool:
    """Whether the ``k``-th line's sentence goes on a few lines below, after a heading of another column in
    between: it has no end of its own and the next line of text starts in lower case ("... for inhouse" /
    "Profile" / "stakeholders: pricing ...")."""
    line = resume.lines[k]
    if line.text.rstrip().endswith((".", "!", "?", ";")):
        return False
    for other in resume.lines[k + 1:k + 4]:
        words = other.text.split()
        if len(words) <= 3 and not other.text.rstrip().endswith((".", ",")) and other.text[:1].isupper():
            continue  # a heading of the other column
        return other.text.lstrip()[:1].islower() or other.text.lstrip().startswith("(")
    return False


def _clause_cut(text: str, most: int, *, least: int = 4, breaks: re.Pattern[str] = _CLAUSE_BREAK) -> str | None:
    """The longest head of ``text`` that ends where a clause does (at ``breaks``), of ``least`` to ``most`` words
    and not left hanging on "for" or "the"; None when there is none."""
    for found in reversed(list(breaks.finditer(text))):
        head = text[:found.start()].rstrip(" ,;—–-")
        if least <= len(head.split()) <= most and not _open_ended(head):
            return head
    return None


def _whole_part(text: str) -> str | None:
    """A line cut back to its whole clauses when its last one is unfinished: "Leading a team of 18 analysts,
    providing insights for" → "Leading a team of 18 analysts"; None when no whole clause of 3 words or more is
    left."""
    return _clause_cut(text, len(text.split()), least=3)


def _quotable(text: str, result: bool = False) -> str | None:
    """A line quoted after a frame: its first sentence (of a line with a result in numbers, the first sentence that
    states it), and of a long one the first clauses up to 30 words, so a paragraph is never read out whole; None
    when not even one whole clause is that short."""
    said = re.split(r"(?<=[a-z)%][.!?])\s+(?=[A-Z0-9])", text.strip())
    first = next((sentence for sentence in said if result and is_result(sentence)), said[0]).strip()
    at = said.index(first) if first in said else 0
    if at > 0 and _names_the_work(said[at - 1]) and len(first.split()) <= 12:
        # "Electronic document management for cash deposit and withdrawal (Alfa-Bank). 90% of transactions go
        # through EDM.": the result is said with the work it is a result of, never cut from it
        first = f"{said[at - 1].strip().rstrip('.')}; {first}"
    if len(first.split()) > 30:
        cuts = [m.start() for m in _CLAUSE_BREAK.finditer(first)]
        first = next((first[:cut].rstrip(" ,;—–-") for cut in reversed(cuts)
                      if 4 <= len(first[:cut].split()) <= 30 and not _open_ended(first[:cut])), "")
    if result and len(first.split()) > 12:
        # the one clause that states the result: "17 projects were completed, sites of medium complexity" → the
        # clause before the comma, never cut inside brackets or inside the list a colon opens
        colon = first.find(": ")
        if colon > 0 and is_result(first[:colon]) and len(first[:colon].split()) >= 5:
            first = first[:colon]
        for found in re.finditer(r",\s", first if ": " not in first else ""):
            head = first[:found.start()]
            if len(head.split()) >= 5 and head.count("(") == head.count(")") and is_result(head) \
                    and not _open_ended(head):
                first = head
                break
    return first.rstrip(" .;") or None


# "online shop (Java, JPA, Spring Security, MySQL) - backend": a project as junior and career-changing developers
# list them, its name, the tools it was built with, and the part they did
_PROJECT = re.compile(r"^\W*(?P<name>[\w][\w .'&/+-]{2,50}?)\s*\((?P<stack>[^()]{3,160})\)\s*"
                      r"(?:[-–—:,]\s*(?P<part>[A-Za-z][\w /+&-]{1,30}?))?\s*\.?$")
_PROJECT_TOOLS = 4  # tools said of one project; the rest are on the resume


def _project_point(text: str) -> str | None:
    """"an online shop (the backend), built with Java, JPA, Spring Security and MySQL", to be said as a point, for a
    project line written as a name and its tools; None for any other line. Nothing is said that the line does not:
    the name, the part, the tools, in its own words."""
    found = _PROJECT.match(text.strip())
    if found is None:
        return None
    tools = [t.strip() for t in re.split(r",|;", found.group("stack")) if t.strip()]
    if len(tools) < 2 or any(len(t.split()) > 3 for t in tools):
        return None  # "(2019)", "(a team of four, remote)": not a list of tools
    name = found.group("name").strip()
    if name[:1].islower():
        name = f"{article(name)} {name}"
    part = f" (the {found.group('part').strip().lower()})" if found.group("part") else ""
    shown = tools[:_PROJECT_TOOLS]
    return f"{name}{part}, built with {joined(shown)}"


def _names_the_work(sentence: str) -> bool:
    """A short sentence with no verb that names a piece of work ("Electronic document management for cash deposit
    and withdrawal (Alfa-Bank).")."""
    words = sentence.split()
    return 3 <= len(words) <= 14 and not _FINITE.search(sentence) and not sentence.rstrip().endswith(":") \
        and not re.search(r"\b(?:I|we|my|our)\b", sentence)


_HEADING_WORD = re.compile(r"(?<=[\w,] )(?P<word>[A-Z][a-z]{4,})(?= [a-z])")


def _glued_heading(text: str) -> int | None:
    """Where a section heading of the other column sits inside a sentence, two columns read as one ("delivering
    ML Education models"): a capitalised heading word between two words of the sentence, not part of a name (the
    word before it is not capitalised as a name is); None when there is none."""
    for found in _HEADING_WORD.finditer(text):
        before = text[:found.start()].split()
        if before and before[-1].istitle():
            continue  # "Safety Training sessions": a name
        if section_name(found.group("word"), strict=True) in ("Education", "Experience", "Skills", "Summary",
                                                               "Projects", "Languages", "Interests",
                                                               "Certifications"):
            return found.start()
    return None


# a Title-case job title between two words of a sentence, not named as one ("as", "to", "a", "became" ...)
_GLUED_TITLE = re.compile(r"\b(?!(?:as|to|an|a|the|became|named|appointed|promoted|of|our|my|senior|junior|and|or) )"
                          r"[a-z]+ (?P<title>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?= (?:on|in|with|for)\b)")
_THIRD_PERSON = re.compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
# "During his work in the company, 17 projects were completed": the words about "him" open the line, and the
# clause after them says the result
_THIRD_OPENING = re.compile(r"^(?:during|in|over|at|throughout|for|while|within)\b[^,;:]{0,60}?\b(?:his|her)\b"
                            r"[^,;:]{0,60}?,\s*", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|been|became|fell|rose|grew|won|got|led|made|cut|went|"
                     r"took|ran|built|kept|reached|doubled|tripled)\b|\b[a-z]{3,}ed\b")
_POINT_FILLER = frozenset("a an the of to in on at for by and or with up from over more than less total all per "
                          "about around some".split())


_ADVERB_FIRST = re.compile(r"^[A-Z][a-z]{3,}ly ")


_LIST_WORDS = 18  # a run of actions longer than this is said as its first two


def _as_point(text: str | None) -> str | None:
    """A line as a point said after a frame ("One thing I'd point to: ..."), or None when it cannot be said as the
    candidate's own point. A line written about the candidate in the third person ("during his work ...") is said
    only from the clause after those words, and not at all when "he" or "his" is still in it. A line with no verb
    (a bare noun phrase: "Website development, management of a team (3 programmers)", "Up to 1000 users in
    total") is said only when it is short and reads as speech: three words or more besides the numbers and
    the little words (a number keeps what it measures), no list, no brackets, no "#"."""
    if not text:
        return None
    if _THIRD_PERSON.search(text):
        rest = _THIRD_OPENING.sub("", text, count=1)
        if rest == text or _THIRD_PERSON.search(rest) or len(rest.split()) < 4 or not is_result(rest):
            return None
        text = rest
    head, joint, tail = text.partition("; ")
    if joint and _names_the_work(head) and _as_point(tail):
        return text  # the work and its result: "Electronic document management ...; 90% of transactions go ..."
    first = text.split()[0].lower()
    unadorned = _ADVERB_FIRST.sub("", text[:1].upper() + text[1:])
    if _GERUND.match(unadorned[:1].upper() + unadorned[1:]):
        # "Significantly increasing sales ...": a gerund after an adverb is an action too. A long run of three
        # or more ("increasing sales of new and used equipment, increasing ..., winning large government tenders
        # for ...") is said as its first two; a short one ("rewriting X, introducing Y, improving Z") whole.
        actions = re.split(r",\s+(?=(?:[a-z]+ly\s+)?[a-z]{3,}ing\b)", text)
        long = len(text.split()) > _LIST_WORDS
        return with_article(f"{actions[0]} and {actions[1]}" if len(actions) >= 3 and long else text)
    if _FINITE.search(text) or first in PRESENT_OPENERS or _past_action(text):
        return text
    content = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _POINT_FILLER]
    if len(text.split()) > 14 or re.search(r"[(#,]", text) or len(content) < 3:
        return None
    return text


def _acted(text: str) -> str | None:
    """A bullet that opens with an action, first-personed (``first_person``); also one whose first word reads as
    an adjective elsewhere ("Trained nurse") but is an action here, its object a number or an article after it:
    "Trained 7 line cooks; two were promoted" → "I trained 7 line cooks; two were promoted."; and one that opens
    with "Was" and no subject ("Was engaged in ..." → "I was engaged in ...")."""
    spoken = first_person(text, min_words=40)
    first, _, rest = text.strip().partition(" ")
    if spoken is None and first == "Was" and re.match(r"[a-z]{3,}", rest):
        # "Was engaged in the development of ..." has no subject but takes "I": "I was engaged in ..."
        stand_in = first_person(f"Handled {rest}", min_words=40)
        return f"I was{stand_in[len('I handled'):]}" if stand_in else None
    if spoken is not None or not (first[:1].isupper() and first[1:].islower() and first.endswith("ed")) \
            or not re.match(r"(?:\d|(?:a|an|the|our|every|each) )", rest):
        return spoken
    stand_in = first_person(f"Handled {rest}", min_words=40)  # the same cuts, the line's own verb said
    return f"I {first.lower()}{stand_in[len('I handled'):]}" if stand_in else None


# "...; no audit adjustments in the 2024 audit": a result after a semicolon with no verb of its own
_VERBLESS_RESULT = re.compile(r";\s+(?=(?:no|zero|\d[\d,.%]*|over|more than|under|less than)\s)(?P<tail>[^;]+)$",
                              re.IGNORECASE)


def _with_result(spoken: str | None) -> str | None:
    """A first-person sentence whose result after "; " has no verb, said on with "with": "I prepare the
    accruals in NetSuite; no audit adjustments in 2024." → "I prepare the accruals in NetSuite, with no audit
    adjustments in 2024." A result with its own verb ("; food cost fell from 34% to 29%") is said as written."""
    if spoken is None or (found := _VERBLESS_RESULT.search(spoken)) is None or _FINITE.search(found.group("tail")):
        return spoken
    return f"{spoken[:found.start()]}, with {found.group('tail')}"


_MOST_WORDS = 30  # a point said in one breath; a longer one is cut at a clause boundary


def _short(spoken: str | None) -> str | None:
    """A first-person sentence of at most 30 words: a longer one is cut to its first clauses at a clause boundary
    ("I worked with data scientists, building pipelines, delivering models ..., and ..."), never mid-clause; None
    when no clause boundary leaves a whole clause that short."""
    if spoken is None or len(spoken.split()) <= _MOST_WORDS:
        return spoken
    head, semicolon, tail = spoken.rpartition("; ")
    if semicolon and is_result(tail) and len(tail.split()) < _MOST_WORDS - 4:
        # "I led the move of 14 services to EKS, using Terraform modules ...; deploy time fell from 40 minutes to
        # 8": the result after the semicolon is what the listener should hear; a middle clause gives way to it
        cut = _clause_cut(head, _MOST_WORDS - len(tail.split()))
        if cut is not None:
            return f"{cut}; {tail.rstrip('.')}."
    head = _clause_cut(spoken, _MOST_WORDS)
    return head.rstrip(".") + "." if head is not None else None


# "Creating the checkout of ...", "Leading a team of ...": an action written as a gerund, quoted after a frame.
_GERUND = re.compile(r"^[A-Z][a-z]{2,}ing\s+(?!(?:of|for|and|to|in|on|with|at)\b)[a-z0-9]")


def _wrapped_tail(text: str, following: str) -> bool:
    """True when ``following`` is the end of ``text``'s sentence wrapped onto a line starting with a capital
    ("... set up Read" / "Write Inc. catch-up groups for 22 pupils.", "... taught by all three" / "Year 4 classes
    in the trust."): ``text`` is a long line that opens with an action or a label and stops without a mark;
    ``following`` ends one, with no verb, action or date of its own."""
    return len(text) >= 40 and following.rstrip().endswith(".") and following[:1].isupper() \
        and (first_person(text, min_words=40) is not None or ":" in text) \
        and first_person(following, min_words=40) is None and not _past_action(following) \
        and find_range(following) is None and not _FINITE.search(following) \
        and not _LABELLED_LIST.match(following)  # "She was praised ...", "Frameworks: Django" stand alone


def _job_zone(resume: Document, jobs: tuple[Job, ...]) -> frozenset[int]:
    """The three lines under each job's title and dates (up to the next job's, or the next heading: "SKILLS"
    under the last job's dates opens a list, not its duties), without a school on them."""
    starts = {max(job.title_line, job.dates_line or 0) for job in jobs}
    stops = starts | {job.title_line for job in jobs} | {section.first_line for section in resume.sections
                                                         if section.heading and section.first_line not in starts}
    position = {line.number: k for k, line in enumerate(resume.lines)}
    out: set[int] = set()
    for start in starts:
        if start not in position:
            continue
        k = position[start]
        for line in resume.lines[k + 1:k + 4]:
            if line.number in stops:
                break
            if not _SCHOOL_WORDS.search(line.text):
                out.add(line.number)
    return frozenset(out)


_SCHOOL_WORDS = re.compile(r"\b(?:universit\w*|college|school|academy|institute|faculty|degree|bachelor\w*|"
                           r"master's|diploma|graduat\w*)\b", re.IGNORECASE)


def _past_action(text: str) -> bool:
    """A line that opens with an action of the speaker ("Developed a backend in Go for ..."), a clause of four
    words or more: work history, whatever heading two columns run together put it under."""
    plain = _unlabelled(undated(text)).strip()
    return len(plain.split()) >= 3 and first_person(_first_sentence(plain), min_words=40) is not None


_ACTION_NOUN = re.compile(r"^[A-Z][a-z]{3,}(?:tion|sion|ment|ance|ence)$")  # "Presentation of ...", "Management"
_CAPABILITY_WORDS = (4, 16)


def _capability(text: str) -> bool:
    """A line of a skills list that names work done, not tools: "Performance and coverage analysis for existing
    tests.", "Creating checklists, test cases and test plans." (an action noun or a gerund first, four to sixteen
    words, no label, at most two commas)."""
    plain = _without_brackets(text).strip()
    words = plain.split()
    low, high = _CAPABILITY_WORDS
    return low <= len(words) <= high and ":" not in plain and plain.count(",") <= 2 and "(" not in plain \
        and (bool(_ACTION_NOUN.match(words[0])) or bool(_GERUND.match(plain))
             or (words[1].lower() in ("and", "&") and bool(_ACTION_NOUN.match(words[2].capitalize()))))


def _lower_common(text: str) -> str:
    """A list item's first word said mid-sentence: "Support and development of test frameworks" → "support and
    ...", while a tool's name keeps its capital ("Selenium test automation")."""
    first, _, rest = text.partition(" ")
    known = default_taxonomy().lookup(first)
    if first[:1].isupper() and first[1:].islower() and (known is None or known.name.islower()):
        return f"{first.lower()} {rest}".rstrip()
    return text


def _without_brackets(text: str) -> str:
    """A capability without the tools listed after it in brackets: "Automation of web services and API scenarios
    (#, NUnit, Selenium)." → "Automation of web services and API scenarios." (said aloud, the list is noise)."""
    return re.sub(r"\s*\([^()]*\)(?=\s*[.;]?\s*$)", "", text)


_ARTICLES = frozenset({"The", "A", "An", "Our", "My", "This", "Each", "Every"})


def _lower_article(text: str) -> str:
    """"The number of errors fell" after "One thing I'd point to:" reads "the number of errors fell"."""
    first, _, rest = text.partition(" ")
    if rest and (first in _ARTICLES or (first[1:].islower() and (_GERUND.match(text) or _ACTION_NOUN.match(first)
                                                                 or _ADVERB_FIRST.match(text)))):
        return f"{first.lower()} {rest}"  # "Creating the checkout" → "creating the checkout"
    return text


# Openings that refer to what the reader of the resume saw before: "In terms of the educational program I had ..."
_CONNECTIVES = r"(?i:in terms of|as for|as to|with regard to|with respect to)\b"
_SAYS_I = re.compile(rf"^(?!{_CONNECTIVES})"
                     r"(?:(?i:in|at|during|for|as|over|since|with)\b[^.;:]{0,60}?,?\s)?"
                     r"I(?:'m|'ve got| am| (?:had|have|led|built|worked|ran|managed|was|made|wrote|developed|designed|"
                     r"created|delivered|taught|trained|learned|learnt|taught myself))\b")


_CONNECTIVE = re.compile(rf"^{_CONNECTIVES}[^.;:]{{0,60}}?,?\s(?=I\b)")


def _own_words(text: str) -> str | None:
    """A line already in the first person ("In the program I had experience in C# development."): its first
    sentence as written, when it is a whole sentence of 6 to 40 words."""
    said: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=\w)", text.strip()):
        if said and len(" ".join(said).split()) >= 6:
            break  # a paragraph is not read out whole: its first sentence, or two when the first is short
        said.append(sentence)
    # "In terms of the educational program I had experience in C#": the connective refers to what the reader of
    # the resume saw before it; said aloud, the sentence starts at "I"
    first = _CONNECTIVE.sub("", " ".join(said), count=1)
    words = first.split()
    if not _SAYS_I.match(first) or not 6 <= len(words) <= 40:
        return None
    return first.rstrip(" .;") + "."


_LABEL = re.compile(r"^(?:(?:key|main|major|notable|selected) )?(?:responsibilities|achievements|accomplishments|"
                    r"duties|highlights|tasks|main tasks|role|results)\s?:\s?", re.IGNORECASE)


_LISTED = re.compile(r"^[A-Z][\w /&+-]{1,30}:\s?[^.:]{1,160}?\.\s+(?P<tail>[A-Z][a-z]+\b[^:]{15,})$")


def _after_list(text: str) -> str | None:
    """The sentence after a labelled list on one line ("Tools: Git, Docker. Managed a team of 2 developers." →
    "Managed a team of 2 developers."), when there is one; None otherwise."""
    found = _LISTED.match(text.strip())
    return found.group("tail").strip() if found else None


def _first_sentence(text: str) -> str:
    """The line's first sentence when it holds several ("Renewed the UI. Renewed the API." → "Renewed the UI.")."""
    first = re.split(r"(?<=[.!?])\s+(?=\w)", text, maxsplit=1)[0]
    return first if len(first.split()) >= 4 else text


def _unlabelled(text: str) -> str:
    """A line without the label that opens it: "Responsibilities: renewed the REST API" → "renewed the REST API";
    a first letter a PDF's drop cap set apart is joined back ("R ewriting the project" → "Rewriting the project")."""
    return _SPLIT_INITIAL.sub(r"\1\2", _LABEL.sub("", text, count=1), count=1)


# "R ewriting", "W orking": a capital alone before the rest of its word, as a drop cap is read out of a PDF. The
# two first letters must be able to start an English word ("C programming" stays: no word starts "cp").
_SPLIT_INITIAL = re.compile(r"^([B-HJ-Z]) ((?:(?<=[B-HJ-Z] )[aeiouy]|(?<=[BCFGKPS] )[lr]|(?<=[CST] )h|(?<=[DT] )r|"
                            r"(?<=S )[cklmnptw]|(?<=W )[hr]|(?<=T )w)[a-z]{3,})\b")


def _latest_job_lines(resume: Document, jobs: tuple[Job, ...]) -> frozenset[int]:
    """The lines of the most recent job; on a resume with no dated jobs, its experience lines."""
    if not jobs:
        return frozenset(line.number for line in resume.in_section("Experience", "Projects"))
    latest = max(jobs, key=lambda job: (job.end is None, job.start))
    return frozenset(n for n in latest.lines if n != latest.title_line)


def unspoken_lines(report: MatchReport, resume: Document) -> list[int]:
    """Resume lines that back the posting's requirements but state no result: the lines worth strengthening."""
    cited = sorted({e.line for m in report.requirements if m.status != "gap" for e in m.evidence
                    if e.match not in ("semantic", "learning")})
    return [n for n in cited if resume.line(n).section not in _NOT_SPOKEN_SECTIONS
            and not is_result(resume.line(n).text)][:5]


_NOT_DAILY_WORK = frozenset({"certification", "language"})  # held or spoken, not "what my work involves"


def _names_skill(text: str, surfaces: tuple[str, ...] | frozenset[str] | list[str]) -> bool:
    """True when ``text`` names the skill by one of its surfaces, as a word of its own ("C++", not "C")."""
    return bool(text) and any(re.search(rf"(?<![\w+#.]){re.escape(surface)}(?![\w+#])", text, re.IGNORECASE)
                              for surface in surfaces)


def _skills_sentence(report: MatchReport, resume: Document, taxonomy: Taxonomy, role: str = "",
                     said: str = "") -> Sentence | None:
    """The posting's skills that the resume names in its experience or skills (not a title, a degree or a
    certificate): "part of my everyday work" when the current job names one, "I have worked with" when only
    earlier jobs or projects do, "my skills include" when only a list of skills does. A skill the pitch has
    ``said`` already ("I'm a C++ developer") is not said again."""
    skills: list[str] = []
    sources: list[Source] = []
    # what the posting asks first; then the tools its duties name ("building pages with HTML and CSS")
    asked = [m for m in report.requirements if m.requirement.kind != "responsibility"]
    duties = [m for m in report.requirements if m.requirement.kind == "responsibility"]
    for match in (*asked, *duties):
        if match.status == "gap":
            continue
        duty = match.requirement.kind == "responsibility"
        for evidence in match.evidence:
            skill = taxonomy.get(evidence.skill or "")
            line = resume.line(evidence.line)
            if duty and (skill is None or skill.category not in TOOL_CATEGORIES):
                continue  # a duty's stack ("building pages with HTML and CSS"), not its fields of work
            if (skill is None or skill.category in _NOT_DAILY_WORK or evidence.skill not in match.requirement.skills
                    or skill.category == "soft-skill"  # "Communication is part of my everyday work" says nothing
                    or line.section in ("Education", "Certifications") or find_range(line.text)
                    or degrees_in(line.text)  # "Economics (bachelor's degree)" two columns put under a job
                    or (skill.category in _FIELDS and _bare_label(line.text, skill.surfaces))):
                continue  # (a field alone on its line, "Project Management", heads a column of skills)
            if evidence.match in ("exact", "alias") and evidence.skill not in skills \
                    and not _names_skill(said, skill.surfaces):
                skills.append(evidence.skill)
                sources.append(Source("resume", evidence.line, evidence.text))
                # "C++, HTML, CSS, Git": the line's evidence names one skill; the others asked that it names too
                for other in match.requirement.skills:
                    known = taxonomy.get(other)
                    if other not in skills and known is not None and known.category == skill.category \
                            and not _names_skill(said, known.surfaces) and _names_skill(line.text, known.surfaces):
                        skills.append(other)
                        sources.append(Source("resume", evidence.line, evidence.text))
    if not skills:
        return None
    skills, sources = skills[:4], sources[:4]
    if all(resume.line(source.line).section not in _ACHIEVEMENT_SECTIONS for source in sources):
        # named only in a list of skills: the candidate has them, not necessarily "every day at work"
        return Sentence(f"My skills include {joined(skills)}.", tuple(dict.fromkeys(sources)))
    jobs = find_jobs(resume)
    current = _latest_job_lines(resume, jobs) if jobs else frozenset()
    latest = max(jobs, key=lambda job: (job.end is None, job.start)) if jobs else None
    # "Everyday work" only of a current job that is that kind of work: its title names the skill, or it is the
    # posting's kind of job and a sentence of its work (not a list of technologies) names it. A shop job whose
    # lines two columns mixed with a summary ("familiar with JavaScript") is not JavaScript work; a Python job's
    # "Technologies: ..., JS" says the candidate has used JS, not that it is their daily work.
    finder = finder_for(taxonomy)
    # (a title as a title reads: a few words, not a sentence two columns ran into the title line)
    # (a course listed as the latest job, "Role: Java Developer student", is training, not anyone's daily work)
    plain = latest is not None and 0 < len(latest.title.split()) <= 5 and not latest.title.startswith("I") \
        and not learning(latest, resume)
    titled = {m.skill for m in finder.find(latest.title)} if latest is not None and plain else set()
    kind = latest is not None and plain and same_work(latest.title, role)
    daily = [(skill, source) for skill, source in zip(skills, sources, strict=True) if source.line in current
             and (skill in titled or (kind and not _listing(resume.line(source.line).text)))]
    if not daily:
        # named in an earlier job or a project, not the current one: worked with, not "every day"; a field named in
        # lower case is worked in ("I have worked in project management", never "worked with" it)
        fields = [skill for skill in skills if skill.islower()]
        tools = [skill for skill in skills if not skill.islower()]
        said = f"with {joined(tools)}, and in {joined(fields)}" if tools and fields else \
            f"in {joined(fields)}" if fields else f"with {joined(tools)}"
        return Sentence(f"I have worked {said}.", tuple(dict.fromkeys(sources)))
    # only what the current job names is "everyday work"; a skills list's entry beside it is not
    named = [skill for skill, _ in daily]
    verb = "is" if len(named) == 1 else "are"
    return Sentence(f"{_capitalised(joined(named))} {verb} part of my everyday work.",
                    tuple(dict.fromkeys(source for _, source in daily)))


# Skills that are fields of work: alone on a line of a skills column they head it ("Project Management" above
# "GitHub"); a tool alone on its line ("Python") is an entry of the list.
_FIELDS = frozenset({"management", "methodology", "business", "finance", "design", "marketing", "sales", "hr",
                     "legal", "product"})


def _bare_label(line_text: str, surfaces: tuple[str, ...]) -> bool:
    """True when the line holds nothing but one of the skill's names (and punctuation)."""
    bare = line_text.strip(" :•-–—*|").casefold()
    return any(bare == surface.casefold() for surface in surfaces)


_LABELLED_LIST = re.compile(r"^\W*[A-Z][\w /&+-]{1,30}:\s")


def _listing(text: str) -> bool:
    """A line that lists things rather than telling of work: "Technologies: Python, Django, JS", or three or
    more comma-separated items with no action ("JavaScript (ES6), HTML, CSS, Node.js, plus")."""
    return bool(_LABELLED_LIST.match(text)) or (text.count(",") >= 2 and not _past_action(text))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _experience_sentence(resume: Document, report: MatchReport, jobs: tuple[Job, ...],
                         role: str = "", *, bare: bool = False) -> Sentence | None:
    """"I have been working as a <job> since <year>, most recently at <employer>" when the latest run of jobs names
    one job of the posting's kind (a teacher who became a developer: since the developer job), else "working since
    <year>, most recently as <title> at <employer>". Title and employer are the job reader's; without a clean
    title, the years are said after the resume's own headline only when a dated job of the posting's kind backs
    it, and with no work named only when ``bare`` (the pitch has nothing else from the resume): "I have been
    working since 2016" is heard as years of the posting's work."""
    # Only a skill the posting asks for, named on a job's own lines, makes that job the posting's work; shared wording
    # or meaning does not (a shop job is not firmware experience).
    cited = {e.line for m in report.requirements if m.status != "gap" and m.requirement.kind != "responsibility"
             for e in m.evidence if e.match in ("exact", "alias", "related")}
    if not jobs:
        return None
    latest = latest_job(jobs, resume)
    # Counting from an assistant's or trainee's job overstates it, unless that is still the level.
    junior = bool(_JUNIOR.search(latest.title))
    head = head_noun(latest.title)
    relevant = [job for job in jobs if (cited.intersection(job.lines) or (head and head_noun(job.title) == head)
                                        or same_work(job.title, latest.title))
                and (junior or not _JUNIOR.search(job.title))  # the same job word ("Staff Nurse") counts too
                and not learning(job, resume)]
    # A job with no title read, whose own lines back the posting and whose title line names no other job: the
    # work a headline of the posting's kind ("Backend Developer" for a Go developer's job) may date.
    # (any such job when the posting lists nothing to back)
    names_a_job: dict[int, bool] = {}  # by line: many jobs share one line on a resume of bare date ranges

    def title_line_names_a_job(number: int) -> bool:
        if number not in names_a_job:  # a title is near the start of its line: a long line is read in part
            names_a_job[number] = bool(TITLE_HINT.search(resume.line(number).text[:MAX_TITLE_LINE_CHARS]))
        return names_a_job[number]

    untitled = [job for job in (relevant if report.requirements else jobs)
                if not job.title and not title_line_names_a_job(job.title_line)]
    # The work named only when one of those jobs is the posting's kind of job: a butcher's shop owner who managed
    # 20 people has been working since 2005, not working as an engineering manager since 2018.
    relevant = [job for job in relevant if same_work(job.title, role)]
    worked = [job for job in jobs if resume.line(job.title_line).section not in ("Education", "Certifications")
              and not learning(job, resume)]
    career = worked or list(jobs)
    first = unbroken_since(relevant or career)
    since = first.start[0]
    title, employer = title_and_employer(resume, latest)
    title = _said_title(title)
    where = f"{title} at {employer}" if employer else f"{article(title)} {title}"  # "most recently as a Journeyman"
    # the lines that say it: each job's title, and the line that dates it ("since 2019" cites the 2019 line)
    lines = {first.title_line, first.dates_line or first.title_line, latest.title_line,
             latest.dates_line or latest.title_line}

    def working_since(run: Job) -> int:
        """"working since" counts from the earliest work the resume dates, a stretch without a title line included
        (its dates and what was done there, two columns run together), citing the line that dates it."""
        if (earlier := earlier_work(resume, career, run)) is None:
            return run.start[0]
        lines.add(earlier[0])
        return earlier[1]

    if not relevant:  # "working as a <job>" counts only from the jobs that name that job
        since = working_since(first)
    sources = tuple(Source("resume", n, resume.line(n).text) for n in sorted(lines) if n)
    # "working as a payroll specialist since 2018": what the titles show, not "doing this work", which a listener
    # hears as the posting's own speciality (BPMN, Java) that the resume may not show
    # the latest title's words only when every job counted had them ("as a full-stack developer since 2014" of a
    # web developer who became one in 2020 says more than the resume); else the job they share ("a developer")
    latest_words = _job_words(latest.title)
    job_word = ""
    if relevant and len({_job_words(j.title) for j in relevant}) == 1:
        job_word = _job_words(relevant[0].title)
    elif relevant and len({head_noun(j.title) for j in relevant}) == 1 and len(relevant) > 1:
        job_word = head_noun(relevant[0].title)
    if job_word and title and latest not in relevant:
        # the posting's kind of work ended before the latest job (an SQL developer from 2005 to 2012, a team
        # manager now): both said with their own years, never "as a team manager since 2005"
        ended = max(relevant, key=lambda job: job.end or (9999, 12))
        since = working_since(unbroken_since(career))
        lines |= {job.title_line for job in relevant} | {job.dates_line for job in relevant if job.dates_line}
        sources = tuple(Source("resume", n, resume.line(n).text) for n in sorted(lines) if n)
        span = _years_said(first.start[0], ended.end[0] if ended.end else first.start[0])
        return Sentence(f"I have been working since {since}, most recently as {where}; before that, I worked as "
                        f"{article(job_word)} {job_word} {span}.", sources)
    if not title:  # without a clean title, the resume's own headline ("Backend Developer") and the dates
        number, own = headline(resume)
        words = _job_words(usual_case(own)) if own else ""
        # The years are said only of the posting's kind of work: "working since 2016" with no work named, or
        # after a headline the dated jobs' titles do not show, is heard as years of this work (a shop job before
        # a coding course: "I'm a frontend developer, working since 2016").
        if words and (relevant or (untitled and same_work(own, role))):
            if not relevant:
                dated = unbroken_since(untitled)
                since = dated.start[0]
                sources = (Source("resume", dated.title_line, resume.line(dated.title_line).text),)
            sources = tuple(sorted({*sources, Source("resume", number, resume.line(number).text)},
                                   key=lambda source: source.line))
            return Sentence(f"I'm {article(words)} {words}, working since {since}.", sources)
        # the headline alone, when there is one (_headline_sentence); the bare years only when the pitch would
        # otherwise have nothing from the resume at all
        return Sentence(f"I have been working since {since}.", sources) if bare else None
    if job_word and latest.end is not None and all(job.end is not None for job in relevant):
        # the work ended ("Production manager, Flexitech, 2018" on a resume read years later): said in the past,
        # with its years, never "I have been working as ... since", which a listener hears as today
        ended = max(job.end for job in relevant if job.end is not None)
        span = _years_said(first.start[0], ended[0])
        at = f" at {employer}" if employer and len(relevant) == 1 else \
            f", most recently at {employer}," if employer else ""
        return Sentence(f"I worked as {article(job_word)} {job_word}{at} {span}.", sources)
    if job_word:
        at = f", most recently at {employer}" if employer else ""
        if latest_words and latest_words != job_word:  # "as a developer since 2014, most recently as a full-stack
            # developer at Brightcart": the years of the work they share, then the latest title
            at = f", most recently as {article(latest_words)} {latest_words}" + (f" at {employer}" if employer else "")
        return Sentence(f"I have been working as {article(job_word)} {job_word} since {first.start[0]}{at}.",
                        sources)
    if latest.end is not None and all(job.end is not None for job in worked):
        # every job has ended (a resume read years after it was written, or between jobs): "I have been working
        # since 2009" would be heard as to this day; each job is said with its own years instead (internships
        # only: the training sentence says them, as internships)
        return None if learning(latest, resume) else _ended_sentence(resume, latest, worked, title, employer, role)
    return Sentence(f"I have been working since {since}, most recently as {where}.", sources)


_YEAR = 12  # months
_CAREER = 36  # months: an earlier job this long is a career worth naming beside the latest


def _years_said(start: int, end: int) -> str:
    """"in 2018", or "from 2009 to 2016"."""
    return f"in {start}" if end == start else f"from {start} to {end}"


def _span(job: Job) -> str:
    return _years_said(job.start[0], job.end[0] if job.end is not None else job.start[0])


def _ended_sentence(resume: Document, latest: Job, worked: list[Job], title: str, employer: str,
                    role: str = "") -> Sentence:
    """"Most recently I was a production manager at Flexitech AVIA, in 2018; before that, a car dealership director
    from 2009 to 2016.": the latest job and the longest one before it, each with its own years; the longest of the
    posting's kind of work first ("a C# software developer" for an SRE post, not the stock market specialist of
    eleven years before it)."""
    words = _job_words(title) or title
    at = f" at {employer}" if _sayable_employer(employer) else ""
    said = f"Most recently I was {article(words)} {words}{at}, {_span(latest)}"
    lines = {latest.title_line, latest.dates_line or latest.title_line}

    def months(job: Job) -> int:
        end = job.end or job.start
        return (end[0] - job.start[0]) * 12 + end[1] - job.start[1]

    earlier = [job for job in worked if job is not latest and job.title and job.start < latest.start
               and months(job) >= _CAREER]
    wanted = title_family(role) if role else None
    # (a job of the posting's kind counts from a year: it is the one the panel will ask about)
    of_kind = [job for job in worked if wanted and job is not latest and job.title and job.start < latest.start
               and months(job) >= _YEAR and title_family(job.title) == wanted]
    if earlier:
        longest = max(of_kind or earlier, key=months)
        other, other_employer = title_and_employer(resume, longest)
        other_words = _job_words(_said_title(other)) or other
        if other_words and other_words != words:
            other_at = f" at {other_employer}" if _sayable_employer(other_employer) else ""
            said += f"; before that, {article(other_words)} {other_words}{other_at} {_span(longest)}"
            lines |= {longest.title_line, longest.dates_line or longest.title_line}
    return Sentence(f"{said}.", tuple(Source("resume", n, resume.line(n).text) for n in sorted(lines) if n))


# Levels a title is said without ("Senior Payroll Specialist" → "payroll specialist"): saying less is true. A
# junior level is kept: "I'm a C++ developer" of a "Junior C++ developer" would claim more than the resume does.
_LEVEL_WORDS = frozenset("senior lead principal staff chief head sr sr. i ii iii iv".split())


def _without_learning(title: str) -> str:
    """A course's title as the work it trains for: "Java Developer student" → "Java Developer"."""
    return " ".join(LEARNER.sub(" ", title).split())


def _training_sentence(resume: Document, jobs: tuple[Job, ...], role: str) -> Sentence | None:
    """"In 2018 I trained as a Java developer at Tel-Ran Educational Center.": a course in the posting's kind of
    work, listed as a job, on the resume of someone whose latest work is another trade; on a resume of courses and
    internships only, the latest in the posting's or the headline's line of work ("In 2019 I was a Java developer
    intern at Eltex."); None otherwise."""
    worked = [job for job in jobs if not learning(job, resume)]
    if not jobs or worked and (not role or any(same_work(job.title, role) for job in worked if job.title)):
        return None
    own = "" if worked else headline(resume)[1] or ""  # (the work a resume of training only says it is for)
    courses = [job for job in jobs if learning(job, resume) and job.title
               and (role and same_work(_without_learning(job.title), role)
                    or (own and same_work(_without_learning(job.title), own)))]
    if not courses:
        return None
    course = max(courses, key=lambda job: job.start)
    words = _job_words(_without_learning(course.title))
    if not words:
        return None
    intern = re.search(r"\bintern", f"{course.title} {resume.line(course.title_line).text}", re.IGNORECASE)
    _, employer = title_and_employer(resume, course)
    at = f" at {employer}" if _sayable_employer(employer) else ""
    text = f"In {course.start[0]} I was {article(words)} {words} intern{at}." if intern else \
        f"In {course.start[0]} I trained as {article(words)} {words}{at}."
    return Sentence(text, (Source("resume", course.title_line, resume.line(course.title_line).text),))


# "with over than 3 years experience of mathematical modelling, numerical computations and algorithms": the years a
# resume's own summary states, and of what (each alternation bounded: linear in the line)
_STATED_YEARS = re.compile(
    r"\b(?:(?P<more>over(?: than)?|more than|nearly|almost|about)\s+)?(?P<n>\d{1,2})\+?\s*years?['’]?\s+"
    r"(?:(?:of\s+)?experience\s+(?P<prep>in|of|with)\s+(?P<what>[^.;:()]{3,120}?)|of\s+(?P<kind>(?:[\w/-]+\s+){1,5}?)"
    r"experience)(?=[.;:(]|\s+(?:as|at|for|who|which|to)\s|$)", re.IGNORECASE)
_SUMMARY_LINES = 12


def _stated_years_sentence(resume: Document) -> Sentence | None:
    """"I have over 3 years of experience in mathematical modelling and numerical computations.": the years a
    resume with no dated job states of itself in its summary, in its own words, for the pitch to say beside its
    headline; None when it states none."""
    for line in resume.lines[:_SUMMARY_LINES]:
        if line.section not in ("Header", "Summary"):
            continue
        found = _STATED_YEARS.search(line.text)
        if found is None:
            continue
        more = (found.group("more") or "").lower().replace("over than", "over")  # "over than 3 years": "over 3"
        count = f"{more + ' ' if more else ''}{found.group('n')} years"
        if found.group("kind"):
            said = f"I have {count} of {found.group('kind').strip()} experience."
        else:
            # "with Python and Django, and a love of testing": the experience, not the clause after it
            what = re.split(r",\s+(?:and|but|which|where|while)\s", found.group("what"))[0].strip(" ,")
            if len(what.split()) > 12:
                continue
            prep = "in" if found.group("prep").lower() == "of" else found.group("prep").lower()  # "experience of X"
            said = f"I have {count} of experience {prep} {what}."
        k = resume.lines.index(line)
        if any(re.search(r"\bstudent\b", other.text, re.IGNORECASE) for other in resume.lines[max(0, k - 3):k + 1]):
            # "Student of Moscow State University ... with over 3 years experience of mathematical modelling": the
            # years are a student's, and said so, never heard as years of work
            said = f"As a student, {said}"
        return Sentence(said, (Source("resume", line.number, line.text),))
    return None


_DUTY_ITEM_WORDS = (2, 8)
# words a title-cased line capitalises that are no names: work words by their endings, and a few plain nouns
_COMMON_WORD = re.compile(r"[A-Z][a-z]+(?:ing|ment|ments|tion|tions|sion|ance|ence|ity|ities|ness|ure|ures|ies|ys)|"
                          r"(?:Code|Data|Database|Databases|Query|Queries|Reports?|Systems?|Services?|Support|Design|"
                          r"Tests?|Features?|Bugs?|Tasks?|Projects?|Clients?|Customers?|Users?|Tools?|Websites?|"
                          r"Pages?|Components?|Modules?|Interfaces?|Solutions?|Processes|Process)")


def _duty_item(text: str, taxonomy: Taxonomy) -> str | None:
    """A short duty line said inside a sentence ("Implementing Database Queries" → "implementing database queries",
    "Java + Oracle Development" → "Java and Oracle development"): skills keep their case; None for a line that is
    not a short duty (a label, a sentence, a result, a list)."""
    text = _unlabelled(text).strip(" .;•-*")
    words = text.split()
    if not _DUTY_ITEM_WORDS[0] <= len(words) <= _DUTY_ITEM_WORDS[1] or re.search(r"[:.;,|()\d]", text) \
            or is_result(text) or words[0].lower().endswith("ed") or words[0].lower() in PRESENT_OPENERS:
        return None  # (an action said as done, "Assisted customers", is no item of "my work included")
    said = []
    for k, word in enumerate(words):
        if word == "+":
            said.append("and")
        elif word[:1].isupper() and not word.isupper() and (k == 0 or _COMMON_WORD.fullmatch(word)) \
                and taxonomy.lookup(word) is None \
                and not (k + 1 < len(words) and taxonomy.lookup(f"{word} {words[k + 1]}") is not None) \
                and not (k > 0 and taxonomy.lookup(f"{words[k - 1]} {word}") is not None):
            said.append(word.lower())  # a title-cased work word ("Development", "Queries"), not a name ("Oracle")
        else:
            said.append(word)
    return " ".join(said)


def _duties_sentence(resume: Document, jobs: tuple[Job, ...], taxonomy: Taxonomy, said: str) -> Sentence | None:
    """"My work there included Java and Oracle development, optimizing Java code using Spring Boot and implementing
    database queries.": the latest job's short duty lines, for a pitch with nothing else from the work (no result,
    nothing that backs the posting). None when that job lists no short duties."""
    worked = [job for job in jobs if not job.study]
    if not worked:
        return None
    job = latest_job(worked, resume)
    items: list[tuple[int, str]] = []
    for number in job.lines:
        if number in (job.title_line, job.dates_line):
            continue
        item = _duty_item(resume.line(number).text, taxonomy)
        if item is not None:
            items.append((number, item))
    if len(items) < 2:
        return None
    items = items[:3]
    _, employer = title_and_employer(resume, job)
    where = "My work there included" if employer and employer in said else \
        f"At {employer}, my work included" if _sayable_employer(employer) else "My work included"
    return Sentence(f"{where} {joined([item for _, item in items])}.",
                    tuple(Source("resume", n, resume.line(n).text) for n, _ in items))


def _position_sentence(resume: Document) -> Sentence | None:
    """"I'm currently a web front-end developer at Intelos.": the job a resume without dates lists first, with
    its employer; "I have worked as ..." when its line does not say it is today's (the order of undated jobs says
    nothing sure of which came last)."""
    position = undated_position(resume)
    if position is None:
        return None
    words = _job_words(usual_case(_said_title(position.title)))
    if not words:
        return None
    source = (Source("resume", position.line, resume.line(position.line).text),)
    if position.current:
        return Sentence(f"I'm currently {article(words)} {words} at {position.employer}.", source)
    return Sentence(f"I have worked as {article(words)} {words} at {position.employer}.", source)


def _headline_sentence(resume: Document) -> Sentence | None:
    """"I'm a fullstack web developer.": the resume's own headline, for a resume with no dated job to count."""
    number, own = headline(resume)
    words = _job_words(usual_case(own)) if own else ""
    if not words:
        return None
    source = (Source("resume", number, resume.line(number).text),)
    if words.startswith("junior ") and len(words.split()) > 1:
        # "Junior C++ developer": true, said as a person would say it at the end of an interview, not as a label
        rest = words.removeprefix("junior ")
        return Sentence(f"I'm {article(rest)} {rest}, early in my career.", source)
    return Sentence(f"I'm {article(words)} {words}.", source)


def _degree_sentence(report: MatchReport) -> Sentence | None:
    """"I hold a master's degree in Computer Science.": the highest degree on the resume, when the posting asks
    for a degree at all, or for a field of study ("a technical background within ...")."""
    if not any(m.requirement.degree or FIELD_ASK.search(m.requirement.text) for m in report.requirements
               if m.requirement.kind != "responsibility"):
        return None  # a degree, or a field of study ("a technical background within ..."), is asked
    held = max(report.resume_info.degrees, key=lambda d: LEVELS.index(d.level) if d.level in LEVELS else -1,
               default=None)
    if held is None or held.level not in LEVELS or held.level == "high school":
        return None
    subject = f" in {held.subject}" if held.subject else ""
    named = said_as(held.level, held.text)
    return Sentence(f"I hold {article(named)} {named}{subject}.", (Source("resume", held.line, held.text),))


def _said_title(title: str) -> str:
    """A job title as said aloud: without an employer's grade code and a bracketed grade before it ("D2 (Middle)
    Software Engineer" → "Software Engineer"), in words the resume has."""
    said = re.sub(r"^(?:[A-Z]\d{1,2}\s+)?(?:\(\w+\)\s+)?(?=\S)", "", title)
    return said if said != title and TITLE_HINT.search(said) else title


def _job_words(title: str) -> str:
    """The job a title names, without a senior level, as said in a sentence: "Senior Payroll Specialist" →
    "payroll specialist", "Staff Nurse" → "nurse", "Jr. Data Analyst" → "junior data analyst"; "" for a title too
    long or too odd to say that way."""
    title = _said_title(title)  # "D2 (Middle) Software Engineer" is a middle software engineer, not "a D2"
    found = ["junior" if w.lower().rstrip(".") == "jr" else w
             for w in re.findall(r"\.?[A-Za-z][\w+#./-]*[\w+#]|[A-Za-z]", title.split(",")[0].split("(")[0])]
    # "Team Lead Software Developer" is a software developer who leads: the lead's "team" goes with it
    found_text = re.sub(r"\b(?:team|tech|technical)\s+lead\b\s*(?=\S)", "", " ".join(found), flags=re.IGNORECASE)
    words = [w for w in found_text.split() if w.lower() not in _LEVEL_WORDS]
    if not TITLE_HINT.search(" ".join(words)):  # "Team Lead": the level word is the job ("a team", never)
        words = [w for w in found if w.lower().rstrip(".") not in ("senior", "sr")]
    parts = [part for w in words for part in w.split("/")]
    if not 1 <= len([w for w in words if w.lower() != "junior"]) <= 3 or any(p.isupper() and len(p) > 3 for p in parts):
        return ""
    taxonomy = default_taxonomy()  # "Python Developer" keeps its Python; "Payroll Specialist" is a payroll one

    def spoken(word: str) -> str:
        known = taxonomy.lookup(word)
        # a tool's other name keeps its capital too ("Golang Developer": Go's "Golang"); a field does not
        return word if word.isupper() or (known is not None and (known.name == word or not known.name.islower())) \
            else word.lower()

    # "C/C++ Developer" is said "a C and C++ developer"
    return " ".join(" and ".join(spoken(part) for part in w.split("/") if part) for w in words)


_JUNIOR = re.compile(r"\b(?:assistant|aide|intern|trainee|apprentice|student|volunteer|helper)\b",
                     re.IGNORECASE)


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


def _frame(style: str, info: PostingInfo, refers: bool, worked: bool, change: bool = False) -> tuple[str, str]:
    """The opening and closing of a style. The standard closing says "that experience" only right after a
    sentence of work done (``refers``) that "that" can mean; after anything else (a title, a degree, a list of
    skills, the candidate's reasons) it names the experience the pitch gave (``worked``), or none. For a change
    of direction (``change``) the opening promises what the candidate would bring, not "why I fit": the points
    after it are of another line of work."""
    role = _role_phrase(info)
    company = info.company or "your team"
    if change:
        opening = {"concise": f"Before we wrap up, here is what I'd bring to {role}.",
                   "standard": f"Thank you for the conversation. Let me sum up what I'd bring to {role}.",
                   "warm": f"Thank you for your time today; I've enjoyed learning more about {company}. If I may, "
                           f"a short summary of what I'd bring to {role}."}[style]
        return opening, _frame(style, info, refers, worked)[1]
    if style == "concise":
        return f"Before we wrap up, here is why I fit {role}.", "I'd welcome the next step."
    if style == "standard":
        close = (f"I'd be glad to bring that experience to {company}, and I'd welcome the chance to take the next "
                 "step." if refers else
                 f"I'd be glad to bring my experience to {company}, and I'd welcome the chance to take the next "
                 "step." if worked else "I'd welcome the chance to take the next step.")
        return f"Thank you for the conversation. Let me sum up why I'm a good fit for {role}.", close
    return (f"Thank you for your time today; I've enjoyed learning more about {company}. "
            f"If I may, a short summary of why I'd be a good fit for {role}.",
            "Thank you again. Whatever you decide, I've appreciated this conversation, "
            "and I'd love to take the next step with you.")


def _assemble(style: str, info: PostingInfo, experience: Sentence | None, skills: Sentence | None,
              achievements: list[Sentence], motivation: list[Sentence],
              concrete: frozenset[Sentence] = frozenset(), change: bool = False) -> Pitch:
    """Fit the style's word range: add achievements while short; while long, drop extra motivation, then extra
    achievements, then the experience and skills sentences."""
    wanted, motives, (low, high) = _STYLES[style]
    # The shorter pitches lead with the user's most speakable reason (30 words or fewer), the warm one keeps
    # the order they wrote them in.
    motives_in_order = motivation if style == "warm" else sorted(
        motivation, key=lambda s: len(_WORD.findall(s.text)) > 30)
    # The concise pitch speaks one achievement; with none to speak, it says where the experience comes from.
    short = style == "concise" and bool(achievements)
    parts = {"experience": int(not short and experience is not None),
             # the skills sentence only where results are few; a pitch that is still short grows it below
             "skills": int(not short and skills is not None and len(achievements) < 2
                           and not (style == "concise" and experience)),
             "achievements": min(wanted, len(achievements)), "motivation": min(motives, len(motivation))}

    def build() -> Pitch:
        body: list[Sentence] = []
        if parts["experience"] and experience:
            body.append(experience)
        if parts["skills"] and skills:
            body.append(skills)
        body += achievements[: parts["achievements"]]
        body += motives_in_order[: parts["motivation"]]
        opening, closing = _frame(style, info, refers=bool(body) and body[-1] in concrete,
                                  worked=any(sentence in concrete for sentence in body), change=change)
        return Pitch(style, (Sentence(opening), *body, Sentence(closing)))

    pitch = build()
    # While short, say more: another achievement first, then where the experience comes from, then the skills.
    for part, available in (("achievements", len(achievements)), ("experience", int(experience is not None)),
                            ("skills", int(skills is not None))):
        while pitch.words < low and parts[part] < available:
            parts[part] += 1
            if build().words > high:
                parts[part] -= 1
                break
            pitch = build()
    for part, floor in (("motivation", 1), ("achievements", 1), ("experience", 0), ("skills", 0),
                        ("motivation", 0)):
        while pitch.words > high and parts[part] > floor:
            parts[part] -= 1
            pitch = build()
    return pitch


WHY_I_FIT_SCORE = 40  # the fit below which "here is why I fit" would claim what the card itself doubts


def build_pitches(report: MatchReport, resume: Document, info: PostingInfo, why: Document | None,
                  checker: TruthChecker, *, change: bool = False,
                  step_up: bool = False) -> tuple[tuple[Pitch, ...], tuple[str, ...]]:
    """The concise, standard and warm pitches, and warnings (thin resume, --why sentences left out). ``change``
    marks a change of direction: the pitch then says what the candidate would bring, not why they fit; so does
    ``step_up``, a role above the level the resume shows ("why I fit this senior role" a junior cannot say), and
    so does a low fit."""
    motivation, warnings = _motivation(why, checker)
    if why is not None and why.lines and not motivation:
        warnings.append("None of your --why sentences could go into the pitch (see above), so it has no word on "
                        "why you want the role; rewrite them in terms of what you want to do here.")
    jobs = find_jobs(resume)
    achievements = [a for a in _achievements(report, resume, jobs, info.role, change)
                    if checker.check(a.text).ok]
    # work done that "that experience" can point back to: not the resume's summary of itself, not a degree, not
    # a line of the candidate's own words that tells of an interest rather than of work done
    concrete = frozenset(a for a in achievements if _work_done(a, resume))
    experience = _experience_sentence(resume, report, jobs, info.role)
    if experience is None:
        experience = _position_sentence(resume) or _headline_sentence(resume)
        stated = _stated_years_sentence(resume) if not jobs else None
        if stated is not None and checker.check(stated.text).ok:
            # no dated job to count: the years the summary states of itself are said, in its own words
            experience = stated if experience is None else Sentence(
                f"{experience.text} {stated.text}", tuple(dict.fromkeys((*experience.sources, *stated.sources))))
    skills = _skills_sentence(report, resume, checker.taxonomy, info.role, experience.text if experience else "")
    training = _training_sentence(resume, jobs, info.role)
    if training is not None and checker.check(training.text).ok:
        # a career changer's course in the posting's work is said beside the years of the other trade
        experience = training if experience is None else Sentence(
            f"{experience.text} {training.text}", tuple(dict.fromkeys((*experience.sources, *training.sources))))
    if not achievements and (duties := _duties_sentence(resume, jobs, checker.taxonomy,
                                                         experience.text if experience else "")) is not None \
            and checker.check(duties.text).ok:
        achievements = [duties]  # nothing else from the work: what the latest job's own lines say it involved
    degree = _degree_sentence(report)
    if experience is None and not achievements and skills is None and degree is None:
        experience = _experience_sentence(resume, report, jobs, info.role, bare=True)
    if degree is not None and checker.check(degree.text).ok:
        # the degree a posting asks about is evidence: first when nothing else backs the job, else where room is
        achievements = [degree, *achievements] if not achievements else [*achievements, degree]
    # A frame that the truth check would drop ("why I fit this .NET Engineer role" to a resume without .NET) is
    # said of "this role" instead: a pitch never loses its opening, nor thanks "again" for a thanks never said.
    for framed in (info, PostingInfo(role="", company=info.company), PostingInfo(role="", company="")):
        if checker.check(_role_phrase(framed)).ok and (not framed.company or checker.check(framed.company).ok):
            info = framed
            break
    # "why I fit" only of a fit the resume backs: under about 40/100 the candidate says what they would bring
    modest = change or step_up or fit_score(report) < WHY_I_FIT_SCORE
    pitches = tuple(_checked(_assemble(style, info, experience, skills, achievements, motivation, concrete,
                                       modest), checker)
                    for style in _STYLES)
    if any(p.words < MIN_WORDS or not any(s.sources for s in p.sentences) for p in pitches):
        weak = unspoken_lines(report, resume)
        results = any(is_result(line.text) for line in resume.lines if line.section not in ("Header", "Education"))
        if weak and not results:
            lines = ", ".join(str(n) for n in weak)
            several = len(weak) > 1
            warnings.append(f"The pitch is short: resume line{'s' if several else ''} {lines} "
                            f"{'back' if several else 'backs'} this posting but {'say' if several else 'says'} "
                            "nothing of what came of the work; add the result (a number, a scale, an outcome), "
                            "then run prepare again.")
        elif weak:
            pass  # the resume states results, just not on the lines this posting asks about: nothing to fix there
        else:
            warnings.append("The pitch is short: no line of your resume backs this posting's requirements in words "
                            "the card can speak; add bullets that say what you did and what came of it.")
    return pitches, tuple(warnings)


_DID_THINGS = re.compile(r"\bI (?:have |had )?(?:had|led|built|worked|ran|managed|made|wrote|developed|designed|"
                         r"created|delivered|taught|trained|done|did)\b")


def _work_done(sentence: Sentence, resume: Document) -> bool:
    """A pitch point that tells of work done: not from the resume's summary or header, and when it is the
    candidate's own first-person words ("I have always been interested in ..."), one that says what they did."""
    lines = [resume.line(source.line) for source in sentence.sources if source.document == "resume"]
    if not lines or any(line.section in ("Summary", "Header") for line in lines):
        return False
    own = sentence.text.startswith("I") and lines[0].text.lstrip(" -•*").startswith(sentence.text[:12])
    return not own or bool(_DID_THINGS.search(sentence.text))


def _checked(pitch: Pitch, checker: TruthChecker) -> Pitch:
    """The pitch without any sentence the truth check rejects (a frame naming a company the resume lacks); the
    candidate's own --why sentences are checked as motivation."""
    def ok(sentence: Sentence) -> bool:
        why = any(source.document == "why" for source in sentence.sources)
        return checker.check(sentence.text, motivation=why).ok

    kept = tuple(s for s in pitch.sentences if ok(s))
    return pitch if len(kept) == len(pitch.sentences) else Pitch(pitch.style, kept)

"""What a resume's work history says, read for speaking: the kind of work a job title names, the title and
employer as they are said aloud, the latest unbroken run of work, and a bullet without its leading dates. Shared by
the pitch and the concerns that name a change of field."""

from __future__ import annotations

import re

from afterword.analysis.experience import find_dates, find_range, without_range
from afterword.analysis.posting_info import TITLE_HINT
from afterword.models import Document, Job

# Job words that name the same work: a backend developer applying for a software engineer's job does this work.
_SAME_WORK = ({"developer", "engineer", "programmer"}, {"teacher", "lecturer", "instructor", "tutor"},
              {"cook", "chef"}, {"driver", "courier"}, {"accountant", "bookkeeper"})


_SOFTWARE = re.compile(r"\b(?:software|back-?end|front-?end|full-?stack|web|mobile|ios|android|java|python|react|"
                       r"angular|vue|html5?|ui|"
                       r"javascript|\.net|c\+\+|c#|php|ruby|data|devops|cloud|platform|embedded|qa|test|"
                       r"applications?|systems|bpmn|sap|salesforce|game)\b", re.IGNORECASE)


_OTHER_ENGINEERING = re.compile(r"\b(?:procurement|mechanical|civil|electrical|chemical|structural|process|"
                                r"manufacturing|field|sales|maintenance|hvac|marine|aerospace|biomedical|"
                                r"environmental|petroleum|mining|quality|production|design|materials)\b",
                                re.IGNORECASE)


_LEVEL_WORDS = frozenset("senior junior lead head chief staff principal assistant associate deputy trainee intern "
                         "and the of for manager supervisor director officer specialist".split())


_NO_FIELD = frozenset("business development general new owner".split())
_TWO_WORD_FIELD = re.compile(r"\bbusiness development\b")  # a field of its own: read as one word


_TECH_LEAD = re.compile(r"\b(?:tech(?:nical)?|dev|development|engineering|software)\s+lead(?:er)?\b", re.IGNORECASE)


def _as_builder(noun: str, title: str) -> str:
    """A tech lead or a software architect builds software too: "React/HTML5 Tech lead" is a developer's job."""
    if noun in ("lead", "leader", "architect") and (_TECH_LEAD.search(title) or _SOFTWARE.search(title)):
        return "developer"
    return noun


def same_work(title: str, role: str) -> bool:
    """True when a job's title names the work the posting's role does ("Staff Nurse" for a "Registered Nurse",
    "Java Developer" for a "Backend Engineer"; never "Python Developer" for a "Procurement Engineer")."""
    job, wanted = _as_builder(head_noun(title), title), _as_builder(head_noun(role), role)
    if not (job and wanted):
        return False
    if job in ("developer", "engineer", "programmer") and wanted in ("developer", "engineer", "programmer"):
        # an engineer of another field is not a software engineer, either way round
        return not (_OTHER_ENGINEERING.search(role) and not _OTHER_ENGINEERING.search(title)) and \
            not (_OTHER_ENGINEERING.search(title) and _SOFTWARE.search(role))
    if job == wanted or any({job, wanted} <= group for group in _SAME_WORK):
        return True
    # "Store Manager" for a "Store Lead": the same field, another word for the level ("business" and
    # "development" name no field: a "Business Owner" is no "Business Development Manager")
    # ("Analytics Team Lead" for an "Analyst": one field, its words cut to a common stem)
    field = {_field_stem(w) for w in re.findall(r"[a-z]+", _TWO_WORD_FIELD.sub("bizdev", title.lower()))
             if w not in _LEVEL_WORDS and w not in _NO_FIELD and len(w) > 2}
    return bool(field & {_field_stem(w) for w in re.findall(r"[a-z]+", _TWO_WORD_FIELD.sub("bizdev", role.lower()))
                         if w not in _LEVEL_WORDS})


def _field_stem(word: str) -> str:
    """A word of a title cut to its first five letters when it is long ("analytics", "analyst" → "analy"); a
    word every trade's titles use keeps its whole form ("engineering" is not "engineer": a Mechanical Engineer is
    no Software Engineering Manager)."""
    return word[:5] if len(word) >= 6 and word[:5] not in _COMMON_STEMS else word


_COMMON_STEMS = frozenset("engin manag devel servi techn opera speci consu coord assis admin super repre execu "
                          "profe senio junio direc offic"
                          .split())


LEARNER = re.compile(r"\b(?:intern(?:ship)?s?|trainee(?:ship)?|apprentice(?:ship)?|student|course|bootcamp|volunteer|"
                     r"practicum|(?:educational|training|study|graduate) program(?:me)?)\b|"
                     r"\((?:education|training)\b", re.IGNORECASE)  # "Python Developer (Education, 2020 - 2021)"
_CAREER_MONTHS = 36  # a job this long is a career, and a break this short after it does not end the run
_GAP_MONTHS = 12  # "since 2019" after a 2019 internship and two years of nothing would overstate it


def learning(job: Job, resume: Document) -> bool:
    """A course, an internship or training listed as a job: its title, its line or the line after it says so
    ("2018 - Tel-Ran Educational Center" / "Role: Java Developer student."; a line's first 200 characters only:
    one long line can hold thousands of date ranges)."""
    after = [n for n in job.lines if n > job.title_line][:1]
    near = " ".join(resume.line(n).text[:200] for n in (job.title_line, *after))
    return bool(LEARNER.search(f"{job.title} {near}"))


def latest_job(jobs: list[Job] | tuple[Job, ...], resume: Document) -> Job:
    """The latest job (an ongoing one first), not a course listed as one ("Role: Java Developer student."), unless
    courses are all there is."""
    return max([job for job in jobs if not learning(job, resume)] or jobs,
               key=lambda job: (job.end is None, job.start))


def unbroken_since(jobs: list[Job]) -> Job:
    """The job that starts the latest unbroken run of work: going back from the latest, a job counts while it
    ended no more than a year before the next one started, or no more than three years when it lasted three years
    or more (courses, internships and a longer gap break the run)."""
    ordered = sorted(jobs, key=lambda job: job.start)
    first = ordered[-1]
    reach = first.start
    for job in reversed(ordered[:-1]):
        end = job.end or (9999, 12)
        gap = (reach[0] - end[0]) * 12 + (reach[1] - end[1])
        lasted = (end[0] - job.start[0]) * 12 + (end[1] - job.start[1]) if job.end else 0
        # a career of three years or more before a move of up to three years (a director from 2009 to 2016, who
        # emigrated and started again in 2018) is part of the run: "since 2018" would erase it
        if gap > _GAP_MONTHS and not (lasted >= _CAREER_MONTHS and gap <= _CAREER_MONTHS):
            break
        first = job if job.start < first.start else first
        reach = min(reach, job.start)
    return first


_SCHOOLING = re.compile(r"\b(?:universit\w*|college|school|academy|institute|faculty|degree|bachelor\w*|master\w*|"
                        r"diploma|graduat\w*|studies|student|course\w*|ulpan)\b", re.IGNORECASE)
_DID = re.compile(r"^(?:was|were)\s+[a-z]+ed\b|^[A-Z][a-z]+ed\s+[a-z]", re.IGNORECASE)


def earlier_work(resume: Document, jobs: list[Job], first: Job) -> tuple[int, int] | None:
    """(line, start year) of the earliest dated stretch of work before ``first`` that the job reader did not take
    for a job (two columns run together left no title beside its dates), when the run stays unbroken: a closed
    date range ending no more than a year before the next work starts, with no school on or around it and a line
    of work done just under it ("September 2010 – August 2012" / "Was engaged in the development of ...").
    None when there is none."""
    taken = {n for job in jobs for n in (job.title_line, job.dates_line)}
    lines = resume.lines
    stretches: list[tuple[tuple[int, int], tuple[int, int], int]] = []
    for k, line in enumerate(lines):
        if line.number in taken or line.section in ("Header", "Certifications") or len(line.text) > 200:
            continue
        found = find_range(line.text)
        if found is None or found[1] is None:
            continue
        near = [other.text for other in lines[max(0, k - 1):k + 3]]
        if any(_SCHOOLING.search(text) for text in near):
            continue
        if not any(_DID.match(other.text.strip()) for other in lines[k + 1:k + 3]):
            continue
        stretches.append((found[0], found[1], line.number))
    reach, found_line = first.start, 0
    start_year = 0
    for start, end, number in sorted(stretches, key=lambda item: item[1], reverse=True):
        if start >= reach:
            continue
        if (reach[0] - end[0]) * 12 + (reach[1] - end[1]) > _GAP_MONTHS:
            break
        reach, found_line, start_year = start, number, start[0]
    return (found_line, start_year) if found_line else None


def head_noun(title: str) -> str:
    """The job word of a title: "Registered Nurse" → nurse, "Class Teacher, Year 4" → teacher, "Software Engineer -
    Cloud Security" → engineer."""
    words = re.findall(r"[A-Za-z]+", re.split(r",|\s[-–—]\s", title)[0].lower())
    while len(words) > 1 and words[-1] in ("intern", "trainee", "student", "apprentice"):
        words.pop()  # "Java Developer Intern": a developer's work, at a learner's level
    return words[-1].rstrip("s") if words else ""


_NOT_AN_EMPLOYER = re.compile(r"\b(?:unit|ward|department|dept|team|floor|division|wing|year \d+|key stage \d+)$",
                              re.IGNORECASE)
_ORGANISATION = re.compile(r"\b(?:center|centre|hospital|school|academy|college|university|clinic|ltd|inc|llc|plc|"
                           r"gmbh|group|company|co|corporation|council|trust|services|solutions|bank|foods|logistics|"
                           r"partners|associates|systems|labs?|studio|agency|restaurant|hotel|bistro|grill|kitchen|"
                           r"cafe|store|stores|market|electric|freight|lines|health|care|home)\b", re.IGNORECASE)


def title_and_employer(resume: Document, job: Job) -> tuple[str, str]:
    """The job's title and employer as the job reader found them, else read from its title line."""
    title, employer = job.title, job.employer
    if title:
        if _NOT_AN_EMPLOYER.search(employer):  # "Medical-Surgical Unit", "Year 4": a part of the job, not its employer
            parts = re.split(r"\s*[—–|]\s*|\s+-\s+|,\s*", resume.line(job.title_line).text)
            employer = next((p for p in parts if _ORGANISATION.search(p) and p != title), "")
        return _tidy(title), _tidy(employer)
    parts = [p.strip(" ,.()[]") for p in re.split(r",|\s+at\s+|\s*[—–|]\s*|\s+-\s+",
                                                  " ".join(without_range(resume.line(job.title_line).text).split()))]
    parts = [p for p in parts if re.search(r"[A-Za-z]{2}", p) and not re.fullmatch(r"[A-Z]{2}", p)]
    titled = [p for p in parts if TITLE_HINT.search(p) and len(p.split()) <= 6]
    if not titled:
        return "", ""
    title = titled[0]
    others = [p for p in parts if p != title and len(p.split()) <= 5]
    employer = others[0] if others and parts.index(others[0]) <= parts.index(title) + 1 else ""
    return _tidy(title), _tidy(employer)


def _tidy(name: str) -> str:
    """A title or employer as it is spoken: no stray punctuation, and SHOUTED words in their usual case."""
    name = name.strip(" :;,.-–—|()[]")
    if name.isupper() and len(name) > 4:
        name = " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())  # "QA", "SQL" stay
    return name


def undated(text: str) -> str:
    """A line without the date range that opens it: "Oct 2018 - Mar 2022 Created a business" → "Created a
    business" (a range elsewhere in the line stays: it is part of what the line says)."""
    found = next((dates for dates in find_dates(text) if dates.is_range), None)
    if found is None or text[:found.begin].strip():
        return text
    return text[found.finish:].lstrip(" ,;:|–—-")


def headline(resume: Document) -> tuple[int, str]:
    """(line, title) of a resume's headline ("Backend Developer" under the name), or (0, "")."""
    for line in resume.lines[:4]:
        words = line.text.split()
        if 1 <= len(words) <= 5 and TITLE_HINT.search(line.text) and not re.search(r"[\d@|:]", line.text):
            return line.number, line.text.strip(" ,.-")
    return 0, ""

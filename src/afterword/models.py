"""The immutable domain values that flow between the engines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

RequirementKind = Literal["must-have", "nice-to-have", "responsibility"]
Strength = Literal["strong", "partial", "gap"]
MatchType = Literal["exact", "alias", "related", "learning", "semantic", "keyword"]


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of a document, numbered from 1 as the user sees it in the source text."""

    number: int
    text: str
    section: str


@dataclass(frozen=True, slots=True)
class Section:
    """A detected section: its canonical name (e.g. "Experience"), the heading as written, and its line span."""

    name: str
    heading: str
    first_line: int
    last_line: int


@dataclass(frozen=True, slots=True)
class Document:
    """A resume, posting or research note reduced to text, numbered lines and sections."""

    source: str
    text: str
    lines: tuple[Line, ...]
    sections: tuple[Section, ...] = ()
    warnings: tuple[str, ...] = ()  # what reading it noticed (a guessed encoding ...), shown to the user
    _by_number: dict[int, Line] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_number", {line.number: line for line in self.lines})

    def line(self, number: int) -> Line:
        """The line with this number (the pitch and concerns look lines up by number many times)."""
        return self._by_number[number]

    def in_section(self, *names: str) -> tuple[Line, ...]:
        wanted = set(names)
        return tuple(line for line in self.lines if line.section in wanted)


UnitRole = Literal["title", "requirement", "nice-to-have", "responsibility", "benefit", "pay", "location", "schedule",
                   "employment-type", "company-info", "legal", "how-to-apply", "contact", "heading", "other"]


@dataclass(frozen=True, slots=True)
class PostingUnit:
    """A sentence or list item of a posting and what it is: its text is ``line.text[start:start + len(text)]``."""

    line: int
    text: str
    role: UnitRole
    start: int = 0
    section: str = ""


@dataclass(frozen=True, slots=True)
class PostingInfo:
    """Who is hiring, for what and where, as the posting says it; empty strings where it does not say clearly."""

    role: str
    company: str
    location: str = ""
    deadline: date | None = None  # the last day to apply, when the posting gives one with its year


@dataclass(frozen=True, slots=True)
class SkillMention:
    """A taxonomy skill found in a line: which skill, the words that named it and how they matched."""

    skill: str
    surface: str
    line: int
    via: Literal["exact", "alias"]


@dataclass(frozen=True, slots=True)
class Requirement:
    text: str
    kind: RequirementKind
    line: int
    skills: tuple[str, ...] = ()
    any_of: bool = False
    years: float | None = None
    degree: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    line: int
    text: str
    match: MatchType
    skill: str | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class RequirementMatch:
    requirement: Requirement
    status: Strength
    evidence: tuple[Evidence, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """Something the posting (or research) already answers, so the candidate need not ask."""

    topic: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Job:
    """A position on the resume with its date range, used to count years of experience.

    ``start`` and ``end`` are the (year, month) span counted (``end`` None: ongoing, up to today); a date the
    resume gives only as a year counts from January or to December (a range of years, "2017 - 2020", from the
    middle of its first year to the middle of its last), and an end it does not give is taken
    from the next job's start. ``start_text`` and ``end_text`` are the dates as precise as written ("2019-03",
    "2019", "present", or None for an end the resume does not give). ``title_line`` is the line the job starts
    on (its title line, or its dates line), ``dates_line`` the line its dates are on; title, employer and place
    are "" when the resume does not say them clearly; ``study`` marks a course or a programme of study listed as a
    job, which years of experience do not count."""

    title_line: int
    start: tuple[int, int]
    end: tuple[int, int] | None
    lines: tuple[int, ...] = field(default_factory=tuple)
    title: str = ""
    employer: str = ""
    place: str = ""
    dates_line: int = 0
    start_text: str = ""
    end_text: str | None = None
    study: bool = False  # a course listed as a job ("Role: Java Developer student"): shown, not counted as work


@dataclass(frozen=True, slots=True)
class DegreeMention:
    """A degree named on a resume line: its level, its subject ("" when not written), the line and the words."""

    level: str
    subject: str
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class ResumeInfo:
    """The resume's jobs (in the order written), degrees and total years of experience (overlaps counted
    once, an ongoing job up to the day it was read)."""

    jobs: tuple[Job, ...]
    degrees: tuple[DegreeMention, ...]
    years: float


@dataclass(frozen=True, slots=True)
class MatchReport:
    requirements: tuple[RequirementMatch, ...]
    facts: tuple[Fact, ...]
    resume_skills: tuple[str, ...]
    posting_skills: tuple[str, ...]
    resume_years: float
    warnings: tuple[str, ...] = ()
    posting_info: PostingInfo = PostingInfo("", "")
    posting_units: tuple[PostingUnit, ...] = ()
    resume_info: ResumeInfo = ResumeInfo((), (), 0.0)

    @property
    def gaps(self) -> tuple[RequirementMatch, ...]:
        return tuple(
            m for m in self.requirements if m.status == "gap" and m.requirement.kind != "responsibility"
        )

    def count(self, status: Strength, kind: RequirementKind = "must-have") -> int:
        return sum(1 for m in self.requirements if m.status == status and m.requirement.kind == kind)

    def counts(self, kind: RequirementKind = "must-have") -> dict[str, int]:
        """{"strong": n, "partial": n, "gap": n} for one kind of requirement."""
        return {status: self.count(status, kind) for status in ("strong", "partial", "gap")}

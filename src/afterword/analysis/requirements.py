"""Requirements from a job posting: text, kind, the skills they name, and years or degree where stated."""

from __future__ import annotations

import re

from afterword.analysis.skills import SkillFinder
from afterword.models import Document, Line, Requirement, RequirementKind

_SECTION_KIND: dict[str, RequirementKind] = {
    "Requirements": "must-have", "Skills": "must-have", "Experience": "must-have", "Education": "must-have",
    "Certifications": "must-have", "Nice to have": "nice-to-have", "Responsibilities": "responsibility",
}
_NICE = re.compile(r"\b(preferred|nice[- ]to[- ]have|is a plus|a plus|bonus|ideally|desirable|advantageous|"
                   r"would be great|not required|helpful)\b", re.IGNORECASE)
_REQUIREMENT_WORDS = re.compile(
    r"\b(experience|years?|knowledge|proficien\w*|degree|familiar\w*|ability|able to|skills?|must|required|"
    r"qualif\w*|certif\w*|licen[cs]\w*|understanding|background|fluent|fluency|expertise|track record)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}
_YEARS = re.compile(
    r"\b(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*"
    r"(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
_DEGREE = r"(?<![\w.])(?:{})(?!\w)"
DEGREES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("doctorate", 4, re.compile(_DEGREE.format(r"ph\.?\s?d\.?|doctorate|doctoral|d\.?phil\.?"), re.IGNORECASE)),
    ("master's", 3, re.compile(_DEGREE.format(r"master'?s?|m\.s\.|m\.sc\.?|msc|m\.a\.|mba|m\.eng\.?|meng|msn"),
                               re.IGNORECASE)),
    ("bachelor's", 2, re.compile(_DEGREE.format(r"bachelor'?s?|b\.s\.|b\.sc\.?|bsc|b\.a\.|b\.eng\.?|beng|bsn|"
                                                r"undergraduate degree|4-year degree|four-year degree") + r"|\bB[AS]\b",
                                 re.IGNORECASE)),
    ("associate", 1, re.compile(_DEGREE.format(r"associate'?s? degree|a\.a\.s?\.?|diploma"), re.IGNORECASE)),
)
_ANY_OF = re.compile(r"\b(or|either)\b|/|\bsuch as\b|\blike\b|\be\.g\.", re.IGNORECASE)


def stated_years(text: str) -> float | None:
    match = _YEARS.search(text)
    if not match:
        return None
    value = match.group("n").lower()
    return float(_NUMBER_WORDS.get(value, value) if value in _NUMBER_WORDS else float(value))


def stated_degree(text: str) -> str | None:
    """The degree a requirement asks for; "degree" alone ("a culinary degree") when it names no level."""
    for name, _, pattern in DEGREES:
        if pattern.search(text):
            return name
    return "degree" if re.search(r"\bdegree\b", text, re.IGNORECASE) else None


def degree_words(name: str | None) -> str:
    """"bachelor's degree", or just "degree" when the posting names no level."""
    return "degree" if name in (None, "degree") else f"{name} degree"


def degree_level(name: str | None) -> int:
    return next((level for degree, level, _ in DEGREES if degree == name), 1 if name == "degree" else 0)


def _heading_lines(posting: Document) -> set[int]:
    return {section.first_line for section in posting.sections if section.heading}


def _requirement(line: Line, kind: RequirementKind, finder: SkillFinder) -> Requirement:
    mentions = finder.find(line.text, line.number)
    skills = tuple(dict.fromkeys(m.skill for m in mentions))
    if kind == "must-have" and _NICE.search(line.text):
        kind = "nice-to-have"
    any_of = len(skills) >= 2 and bool(_ANY_OF.search(line.text))
    return Requirement(text=line.text, kind=kind, line=line.number, skills=skills, any_of=any_of,
                       years=stated_years(line.text), degree=stated_degree(line.text))


_NOT_REQUIREMENTS = frozenset({"Benefits", "About the company", "Details", "Interview process"})


def _guess(line: Line) -> bool:
    return bool(_REQUIREMENT_WORDS.search(line.text)) and len(line.text.split()) >= 3


def extract_requirements(posting: Document, finder: SkillFinder) -> tuple[tuple[Requirement, ...], tuple[str, ...]]:
    """The posting's requirements and any warnings about how they were found.

    Lines under requirement-like headings are taken as they are. Without such headings, or when the headings
    hold only responsibilities, lines elsewhere that read like requirements ("3 years of experience in ...")
    are taken as must-haves, with a warning that they were guessed."""
    headings = _heading_lines(posting)
    lines = [line for line in posting.lines if line.number not in headings and len(line.text) >= 4]
    found = [_requirement(line, _SECTION_KIND[line.section], finder) for line in lines
             if line.section in _SECTION_KIND]
    warnings: list[str] = []
    if not any(r.kind != "responsibility" for r in found):
        guessed = [_requirement(line, "must-have", finder) for line in lines
                   if line.section not in _SECTION_KIND and line.section not in _NOT_REQUIREMENTS and _guess(line)]
        if guessed:
            found = sorted(found + guessed, key=lambda r: r.line)
            warnings.append("The posting has no Requirements heading; requirements were guessed from lines that "
                            "read like them.")
    if not any(r.kind != "responsibility" for r in found):
        warnings.append("No requirements were recognised in the posting; check that it is the full job "
                        "description (with its requirements list).")
    return tuple(found), tuple(warnings)

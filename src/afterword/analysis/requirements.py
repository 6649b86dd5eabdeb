"""Requirements from a job posting: text, kind, the skills they name, and years or degree where stated."""

from __future__ import annotations

import re

from afterword.analysis.degrees import required_degree
from afterword.analysis.posting_units import posting_units, second_ad, units_cut
from afterword.analysis.skills import SkillFinder
from afterword.analysis.units import unmasked
from afterword.models import Document, PostingUnit, Requirement, RequirementKind, SkillMention

_ASKING_SECTIONS = frozenset({"Requirements", "Nice to have", "Skills", "Experience", "Education",
                              "Certifications", "Languages"})
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}
_YEARS = re.compile(
    r"\b(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*"
    r"(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:or more\s+|or longer\s+)?(?:years?|yrs?)\b", re.IGNORECASE)
# Conditions to confirm, not skills to show: lifting, availability, shifts, travel, a background check. A resume
# cannot show them, so they are raised as questions to confirm and left out of the fit score.
CONDITION = re.compile(r"\b(able to (?:lift|stand|work|travel|commute)|"
                       # ("high availability", "highly available systems": a system's, not the candidate's)
                       r"(?<!high-)(?<!high )(?<!highly )(?:available|availability)|willing to|"
                       r"(?:physical |personal |daily )?attendance (?:at|in|on)|presence (?:at|in|on) (?:the )?"
                       r"(?:office|site|department|campus)|"
                       r"must be (?:at least \d|\d|over|aged?|eligible|authori[sz]ed|willing|available|"
                       r"a (?:us|u\.s\.|uk|eu) citizen|"
                       r"(?:legally )?(?:able|allowed) to (?:lift|stand|work|travel|commute|drive|pass))|"
                        r"lift(?:ing)? \d+|eligible|valid driver|background check|travel|relocate|on[- ]call|"
                        r"(?:work|working) (?:nights|weekends|evenings|holidays|shifts)|"
                        r"(?:night|weekend|evening|rotating|overnight|\d+[- ]hour) shifts?|"
                        r"(?:own|provide|supply|bring) (?:your |their )?(?:own )?(?:hand |basic |power )?tools|"
                        r"own (?:reliable )?(?:transport|transportation|vehicle|car)|reliable transportation|"
                        r"clean (?:driving record|mvr|motor vehicle record|record)|no (?:duis?|moving violations))\b",
                        re.IGNORECASE)


# "no moving violations in the past 3 years", "appointed for a period of six years", "at least 23 years old": a
# window of time, a contract's length or an age, not experience
_NOT_EXPERIENCE_BEFORE = re.compile(r"\b(?:past|last|previous|prior|recent|within|(?:period|term|contract|duration) "
                                    r"of)\s*$", re.IGNORECASE)
_NOT_EXPERIENCE_AFTER = re.compile(r"^\s*(?:old|of age)\b", re.IGNORECASE)


def stated_years(text: str) -> float | None:
    match = next((m for m in _YEARS.finditer(text) if not _NOT_EXPERIENCE_BEFORE.search(text[:m.start()])
                  and not _NOT_EXPERIENCE_AFTER.match(text[m.end():])), None)
    if not match:
        return None
    value = match.group("n").lower()
    return float(_NUMBER_WORDS.get(value, value) if value in _NUMBER_WORDS else float(value))


def stated_degree(text: str) -> str | None:
    """The lowest degree a requirement accepts ("a bachelor's or master's" → bachelor's); "degree" when it names
    no level ("a culinary degree"); None when it asks none ("a high degree of responsibility")."""
    return required_degree(text)


_KINDS: dict[str, RequirementKind] = {"requirement": "must-have", "nice-to-have": "nice-to-have",
                                      "responsibility": "responsibility"}


# "reactjs rest node.js typescript", "Technologies: javascript es6": a job board's lowercase tags
_TAGS = re.compile(r"(?:[A-Z][A-Za-z ]{1,20}:\s?)?[a-z0-9.+#/-]+(?: [a-z0-9.+#/-]+){1,11}")
# a sentence written in lower case ("3+ years of experience as a data analyst") holds words a list of tags never
# does
_SENTENCE_WORDS = re.compile(r"\b(?:a|an|the|of|as|in|with|to|for|and|or|on|at|is|are|be|have|has|you|your|"
                             r"years?)\b")


def tag_line(text: str) -> bool:
    """True for a job board's line of lowercase tags ("reactjs rest node.js typescript"), not a sentence."""
    # (a tag's own hyphenated words are no sentence: "ruby-on-rails")
    return bool(_TAGS.fullmatch(text)) and not any(_SENTENCE_WORDS.fullmatch(word)
                                                   for word in text.split(":", 1)[-1].split())


def _tag_mentions(text: str, finder: SkillFinder, line: int) -> list[SkillMention] | None:
    """The skills of a job board's tag line, one tag at a time: "azure devops" there is two tags (a board writes
    a tag of several words with hyphens), not Azure DevOps. None for any other text."""
    if not tag_line(text):
        return None
    out: list[SkillMention] = []
    found = finder.find(text, line)
    for tag in text.split(":", 1)[-1].split():
        # a tag in a board's lower case ("reactjs", "ruby-on-rails", "spring-boot") names a skill whose own name is
        # matched in its written case only
        if not any(tag in mention.surface or mention.surface in tag for mention in found):
            known = finder.taxonomy.lookup(tag) or finder.taxonomy.lookup(tag.replace("-", " "))
            if known is not None and (not known.common_word or found):  # "go" beside other tags, not "make money"
                found.append(SkillMention(known.name, tag, line, "alias"))
    for mention in found:  # in the line's context (a tag beside others is a tool) ...
        if " " not in mention.surface.strip():
            out.append(mention)
        else:  # ... but a name of several words whose words are each a tag of their own ("azure devops") is
            # those tags; "machine learning" stays one
            parts = [finder.find(token, line) for token in mention.surface.split()]
            out += [m for found in parts for m in found] if all(parts) else [mention]
    return out


_ANY_OF_WORDS = re.compile(r"\b(or|either)\b|\bsuch as\b|\blike\b|\be\.g\.|\bat least one\b|"
                           r"\b(?:any|one)(?: or more)? of (?:these|the following|the listed)\b", re.IGNORECASE)


def _alternatives(text: str, mentions: list[SkillMention]) -> bool:
    """True when the skills named are a choice ("Java or Kotlin", "a language such as Go", "Java/Kotlin", "at
    least one of these languages: Java, Go"). A slash
    joins only the skills on either side of it: "ReactJS HTML5 / CSS3" asks for React, whatever it says of the
    other two."""
    if _ANY_OF_WORDS.search(text):
        return True
    if "/" not in text:
        return False
    tokens = re.sub(r"\s*/\s*", "/", text).lower().split()
    for mention in mentions:
        first = mention.surface.lower().split()[0]
        if any(first == token.strip(".,;:()") for token in tokens) and not any(
                "/" in token and first in token.split("/") for token in tokens):
            return False  # named on its own, outside any "a/b"
    return True


def _requirement(unit: PostingUnit, finder: SkillFinder, lead: str = "") -> Requirement:
    """One unit as a requirement; ``lead`` is the lead-in before it on its line ("Experience with some or all of
    the following:"), which makes the skills after it a choice."""
    tagged = _tag_mentions(unit.text, finder, unit.line)
    mentions = tagged if tagged is not None else finder.find(unit.text, unit.line)
    skills = tuple(dict.fromkeys(m.skill for m in mentions))
    any_of = len(skills) >= 2 and (_alternatives(unit.text, mentions) or bool(lead and _ANY_OF_WORDS.search(lead)))
    kind = _KINDS[unit.role]
    return Requirement(text=unit.text, kind=kind, line=unit.line, skills=skills, any_of=any_of,
                       years=stated_years(unit.text) if kind != "responsibility" else None,
                       degree=stated_degree(unit.text) if kind != "responsibility" else None)


def extract_requirements(posting: Document, finder: SkillFinder) -> tuple[tuple[Requirement, ...], tuple[str, ...]]:
    """The posting's requirements, nice-to-haves and responsibilities, one per unit (a sentence or list item) that
    reads as one, and any warnings about how they were found."""
    units = posting_units(posting)
    found = tuple(_requirement(unit, finder, lead=before.text if before is not None and before.role == "heading"
                               and before.line == unit.line and before.text.rstrip().endswith(":") else "")
                  for before, unit in zip((None, *units), units, strict=False) if unit.role in _KINDS)
    warnings: list[str] = []
    asks = [r for r in found if r.kind != "responsibility"]
    if asks and not any(unit.section in _ASKING_SECTIONS for unit in units if unit.role in _KINDS):
        warnings.append("The posting has no requirements heading; its requirements were read from the sentences "
                        "that ask something of the candidate; the match lists them with their evidence.")
    if not asks:
        warnings.append("No requirements were recognised in the posting; check that it is the full job "
                        "description (with its requirements list).")
    extra = second_ad(posting)
    if extra is not None:
        opening = unmasked(extra.text)
        if len(opening) > 60:
            cut = opening.rfind(" ", 0, 60)
            opening = opening[:cut if cut > 20 else 60].rstrip(" ,;") + "…"
        warnings.append(f"The posting seems to hold a second job advert from line {extra.line} "
                        f"(“{opening}”); only the first was read. Give one advert at a time.")
    if units_cut(posting):
        warnings.append("The posting is very long; only its first part was read. Give the job description "
                        "alone (not the whole page).")
    return found, tuple(warnings)

"""The truth check: find claims in generated text that the candidate's own resume does not support.

A claim is a skill, a number, an organisation or other proper name, a job title or a degree. A claim is supported
when the resume says it (a skill by its name or any alias; a number as written; a name or title as written, case
aside). Names in ``context`` (the employer being applied to, the role, the interviewers) are not claims about the
candidate and are allowed. Skills named in a sentence that says the candidate has *not* used them ("I haven't used
Go", "I plan to learn Go") are not claims either: that is exactly how a gap is discussed honestly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from afterword.analysis.requirements import DEGREES
from afterword.analysis.skills import finder_for
from afterword.analysis.taxonomy import Taxonomy, default_taxonomy
from afterword.models import Document

ClaimKind = Literal["skill", "number", "name", "title", "degree"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“'])")
_NUMBER = re.compile(r"(?<![\w.])[$£€]?\d[\d,]*(?:\.\d+)?(?:\s?%|[kKmM]\b)?")
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15", "twenty": "20",
                 "hundred": "100", "thousand": "1000", "million": "1000000"}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(haven't|have not|hasn't|never|not yet|no (?:professional |production |hands-on )?experience|"
    r"don't have|do not have|isn't on my|is not on my|not on my resume|plan to|my plan|would learn|will learn|learning|"
    r"to learn|ramp(?:ing)? up|get up to speed|new to me|rather than claim)\b", re.IGNORECASE)
_PROPER = re.compile(r"\b(?:[A-Z][\w&'’.-]*[A-Za-z0-9]|[A-Z])(?:\s+(?:of|and|&|de|the|for)?\s*[A-Z][\w&'’.-]*)*")
_TITLE_WORDS = ("engineer", "developer", "manager", "director", "nurse", "teacher", "designer", "analyst",
                "consultant", "officer", "architect", "scientist", "accountant", "technician", "lead", "specialist",
                "coordinator", "administrator", "assistant", "president", "head", "supervisor", "representative")
_TITLE = re.compile(
    r"\b(?:as|was|am|i'm|worked as|served as|promoted to)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,3}(?:"
    + "|".join(_TITLE_WORDS) + r")s?)\b", re.IGNORECASE)
_COMMON = frozenset(
    "I I'm I've I'd I'll My Me We Our You Your The This That These Those It Its A An And But Or So If In On At "
    "For With From To As By Of Thank Thanks Hello Hi Dear Best Regards Sincerely Yes No What When Where Why How "
    "Who Which Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Present "
    "Today Also Then Finally First Second Third Over Since After Before During While Most More Every Each "
    "There Here Both Having Being Looking Working Outside Beyond Across Along Together Happy Glad Great "
    "Excited Please Let Could Would Should Will Can Just One".split()
)


@dataclass(frozen=True, slots=True)
class Claim:
    kind: ClaimKind
    text: str
    sentence: str


@dataclass(frozen=True, slots=True)
class TruthReport:
    unsupported: tuple[Claim, ...]

    @property
    def ok(self) -> bool:
        return not self.unsupported


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def _norm_number(token: str) -> str:
    """"1,200" and "1200" are one number; "40%" and "40" too; "$2M" stays apart from "2M"."""
    return token.replace(",", "").replace(" ", "").lower().rstrip("%")


def _contains(text: str, phrase: str) -> bool:
    """``phrase`` stands in ``text`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


class TruthChecker:
    """Checks generated text against one resume. Build once per card; call ``check`` for each text."""

    def __init__(self, resume: Document, *, taxonomy: Taxonomy | None = None, context: Iterable[str] = ()) -> None:
        self.taxonomy = taxonomy or default_taxonomy()
        self.finder = finder_for(self.taxonomy)
        text = " ".join(line.text for line in resume.lines)
        self.resume_text = text.casefold()
        self.resume_skills = {m.skill for m in self.finder.find_in_lines(resume.lines)}
        numbers = {_norm_number(n) for n in _NUMBER.findall(text)}
        numbers |= {_NUMBER_WORDS[w.lower()] for w in _NUMBER_WORD.findall(text)}
        self.resume_numbers = numbers
        self.resume_degrees = {name for name, _, pattern in DEGREES if pattern.search(text)}
        self.context = [c.casefold() for c in context if c and c.strip()]

    def _in_context(self, key: str) -> bool:
        return any(_contains(c, key) or (len(c) >= 3 and _contains(key, c)) for c in self.context)

    def _allowed_name(self, name: str) -> bool:
        key = name.casefold()
        if _contains(self.resume_text, key) or self._in_context(key):
            return True
        words = [w for w in name.split() if w not in _COMMON]
        return not words or all(w.casefold() in self.resume_text or w in _COMMON for w in words)

    def check(self, text: str) -> TruthReport:
        unsupported: list[Claim] = []
        for sentence in sentences(text):
            negated = bool(_NEGATION.search(sentence))
            mentions = self.finder.find(sentence)
            if not negated:
                for mention in mentions:
                    if mention.skill not in self.resume_skills and not self._in_context(mention.surface.casefold()):
                        unsupported.append(Claim("skill", mention.surface, sentence))
            for token in _NUMBER.findall(sentence):
                if _norm_number(token) not in self.resume_numbers:
                    unsupported.append(Claim("number", token.strip(), sentence))
            for word in _NUMBER_WORD.findall(sentence):
                if _NUMBER_WORDS[word.lower()] not in self.resume_numbers and word.lower() not in self.resume_text:
                    unsupported.append(Claim("number", word, sentence))
            for name, _, pattern in DEGREES:
                if pattern.search(sentence) and name not in self.resume_degrees:
                    unsupported.append(Claim("degree", pattern.search(sentence).group(0), sentence))
            for match in _TITLE.finditer(sentence):
                title = match.group(1).strip()
                if title.casefold() not in self.resume_text and not self._allowed_name(title):
                    unsupported.append(Claim("title", title, sentence))
            masked = sentence
            for mention in mentions:  # skills were judged above; mask them so they never read as names
                masked = masked.replace(mention.surface, "," + " " * (len(mention.surface) - 1))
            for match in _PROPER.finditer(masked):
                name = match.group(0).strip(" .-")
                if match.start() == 0 and " " not in name:
                    continue  # a capitalised first word is grammar, not a name
                if name in _COMMON or len(name) < 2:
                    continue
                if not self._allowed_name(name):
                    unsupported.append(Claim("name", name, sentence))
        return TruthReport(tuple(dict.fromkeys(unsupported)))


def check_text(text: str, resume: Document, *, context: Iterable[str] = ()) -> TruthReport:
    """One-off check of ``text`` against ``resume``."""
    return TruthChecker(resume, context=context).check(text)

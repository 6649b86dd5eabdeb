"""Find taxonomy skills in text with one Aho-Corasick pass, then apply the rules that avoid the classic traps.

The traps: JavaScript is not Java, "go-to person" is not Go, "Excellent" is not Excel, "R&D" is not R and
"C-level" is not C. Word boundaries handle the first and third; case-sensitive skills (flag ``cs``) must match
their written case; and short case-sensitive names may not touch a hyphen, ampersand, apostrophe or slash-joined
word that turns them into another word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from afterword.analysis.taxonomy import Skill, Taxonomy
from afterword.models import Line, SkillMention

_WORD_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_JOINERS = set("-&'’")
_LABEL_BEFORE = re.compile(r"\b(?:series|vitamin|plan|type|grade|class|round|section|part|appendix|option|"
                           r"schedule|level|tier|phase|block|building|wing|unit|hepatitis|group|team|exhibit) $",
                           re.IGNORECASE)
_LITTLE_BEFORE = re.compile(r"\b(?:minimal|minimum|little|limited|no|without|under|close|direct|with(?:out)? any) $",
                            re.IGNORECASE)
_TECHNICAL = frozenset({"programming-language", "framework", "database", "cloud", "devops", "data-ml",
                        "software-tool", "security", "office-software", "design", "methodology"})
_TOOL_BEFORE = re.compile(r"\b(?:with|in|using|use|of|on|via|written in|built in|built with|knowledge of|"
                          r"experience in|proficient in|and|or|learning|strong|advanced|basic|solid|expert)\s$",
                          re.IGNORECASE)
_TOOL_AFTER = re.compile(r"\s(?:experience|skills?|developers?|engineers?|programming|code|coding|services?|"
                         r"knowledge|expertise|development|apps?|applications?|projects?|framework|language|"
                         r"scripts?|pipelines?|modules?|\d)\b", re.IGNORECASE)
_EXCEL_VERB = re.compile(r"\s+(?:in|at)\s+(?!Excel\b)[a-z]")
_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]{2,})\b")
_LABEL_START = re.compile(r"^[A-Za-z][\w /&-]{0,30}:\s")
_INITIAL_BEFORE = re.compile(r"(?:^|[^,;:(/] ?)\b[A-Z][a-z]+ $")


_NAME_WORD = re.compile(r"[A-Z<][\w&<>-]*|of|for|and|the|&")


def _names_initials(text: str, start: int, end: int) -> bool:
    """True when the capitals between brackets at ``start``–``end`` end with the initials of the last two
    capitalised words just before the bracket ("Protein Research (CPR)", "Information Security Office (ISO)"): an
    organisation's short name, not the skill the letters also spell. Reads a bounded window before the bracket."""
    letters = text[start:end]
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    initials = ""
    for word in reversed(text[max(0, start - 80):start].rstrip(" (").split()[-len(letters) - 3:]):
        if not _NAME_WORD.fullmatch(word):
            break
        if word[:1].isupper():
            initials = word[0] + initials
    return len(initials) >= 2 and letters.endswith(initials[-2:])


@dataclass(frozen=True, slots=True)
class _Pattern:
    surface: str
    skill: Skill
    via: str
    exact_case: bool  # the skill is case-sensitive, or the surface is a short capitalised acronym (HR, ML)


class SkillFinder:
    """Finds the skills of one taxonomy in lines of text."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        import ahocorasick

        self.taxonomy = taxonomy
        automaton = ahocorasick.Automaton()
        patterns: dict[str, list[_Pattern]] = {}
        for skill in taxonomy.skills.values():
            for surface in skill.surfaces:
                via = "exact" if surface == skill.name else "alias"
                acronym = len(surface) <= 3 and surface.isalpha() and surface.isupper()
                patterns.setdefault(surface.casefold(), []).append(
                    _Pattern(surface, skill, via, skill.case_sensitive or acronym or surface in skill.word_aliases))
        for key, items in patterns.items():
            automaton.add_word(key, (len(key), tuple(items)))
        automaton.make_automaton()
        self._automaton = automaton
        self._seen: dict[str, tuple[tuple[str, str, str], ...]] = {}

    @staticmethod
    def _bounded(text: str, start: int, end: int, pattern: _Pattern) -> bool:
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        first, last = pattern.surface[0], pattern.surface[-1]
        if first in _WORD_CHARS and before in _WORD_CHARS:
            return False
        if last in _WORD_CHARS and (after in _WORD_CHARS or after in "+#"):
            return False
        if before == "." and first in _WORD_CHARS and start > 1 and text[start - 2] in _WORD_CHARS:
            return False  # "foo.Go" or a file name, not the skill
        if pattern.surface == "Excel" and _EXCEL_VERB.match(text, end) \
                and not _TOOL_BEFORE.search(text, max(0, start - 24), start):
            return False  # "Excel in change management": the verb, not the spreadsheet
        if before == "-" and text[max(0, start - 5):start].lower() == "self-":
            return False  # "self-taught", "self-managed", "self-motivated": of oneself, not teaching or management
        if pattern.surface.lower() == "supervision" and _LITTLE_BEFORE.search(text, max(0, start - 24), start):
            return False  # "in a team with minimal supervision": working alone, not supervising anyone
        if before in "( " and after == ")" and _names_initials(text, start, end):
            return False  # "Center for Protein Research (CPR)": the initials of the name before, not the skill
        if pattern.skill.case_sensitive and len(pattern.surface) <= 3:
            # "go-to", "C-level", "R&D", "Go's"... and "R." as an initial
            if before in _JOINERS or after in _JOINERS:
                return False
            if after == "." and end + 1 < len(text) and text[end + 1] in _WORD_CHARS:
                return False
            # Both look-behinds read a bounded window before the hit, so a line of 10,000 "C " costs one pass.
            if len(pattern.surface) == 1 and after == "." and _INITIAL_BEFORE.search(text, max(0, start - 64), start):
                return False  # a middle initial: "John R. Smith"
            if len(pattern.surface) == 1 and _LABEL_BEFORE.search(text, max(0, start - 16), start):
                return False  # "Series C", "Vitamin C", "Plan B", "Type A"
        return True

    def forget(self) -> None:
        """Drop the memo of searched lines (benchmarks use it to measure work on text never seen before)."""
        self._seen.clear()

    def find(self, text: str, line: int = 0) -> list[SkillMention]:
        """Skills named in ``text``, longest match first where matches overlap, in reading order."""
        found = self._seen.get(text)
        if found is None:
            if len(self._seen) > 20_000:  # the same lines are searched again and again; keep memory bounded
                self._seen.clear()
            found = self._seen[text] = self._find(text)
        return [SkillMention(skill, surface, line, via) for skill, surface, via in found]  # type: ignore[arg-type]

    def _find(self, text: str) -> tuple[tuple[str, str, str], ...]:
        folded = text.casefold()
        if len(folded) != len(text):  # rare: casefold changed the length ("ß", "İ"): fold character by character
            folded = _fold_in_place(text)
        candidates: list[tuple[int, int, _Pattern]] = []
        for end_index, (length, items) in self._automaton.iter(folded):
            start = end_index - length + 1
            end = end_index + 1
            for pattern in items:
                if pattern.exact_case and text[start:end] != pattern.surface:
                    continue
                if self._bounded(text, start, end, pattern):
                    candidates.append((start, end, pattern))
                    break
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(text))  # characters already inside a longer match: checking costs a match's length
        chosen: list[tuple[int, tuple[str, str, str]]] = []
        for start, end, pattern in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, (pattern.skill.name, text[start:end], pattern.via)))
        chosen.sort(key=lambda item: item[0])
        if any(pattern.skill.common_word and pattern.via == "exact" or pattern.surface in pattern.skill.word_aliases
               for _, _, pattern in candidates):
            chosen = self._in_context(text, chosen)
        return tuple(mention for _, mention in chosen)

    def _in_context(self, text: str, chosen: list[tuple[int, tuple[str, str, str]]]) -> list[
            tuple[int, tuple[str, str, str]]]:
        """Drop skills whose name is also an everyday word ("Make it happen", "DHL Express", "Less than a year")
        unless something around them says they are the tool: another technical skill on the line, a list, or
        "with / in / using" just before them."""
        def everyday(skill: str, via: str, surface: str = "") -> bool:
            known = self.taxonomy.get(skill)
            return known is not None and (known.common_word and via == "exact" or surface in known.word_aliases)

        technical = any(not everyday(skill, via, surface) and (known := self.taxonomy.get(skill)) is not None
                        and known.category in _TECHNICAL for _, (skill, surface, via) in chosen)
        listed = text.count(",") + text.count("/") + text.count("|") + text.count(";") >= 2 or bool(
            _LABEL_START.match(text))
        kept = []
        for start, mention in chosen:
            skill, surface, via = mention
            end = start + len(surface)
            if everyday(skill, via, surface) and (name := _NEXT_NAME_WORD.match(text, end, end + 40)) is not None \
                    and self.taxonomy.lookup(name.group(1)) is None:
                continue  # "Elm Clinic", "Swift Haulage": the first word of a name, whatever the line lists
            near_tool = _TOOL_BEFORE.search(text, max(0, start - 24), start) or _TOOL_AFTER.match(text, end, end + 16)
            alone = text.strip(" .,;:*•·-") == surface  # "Jenkins" on a line of its own: an item of a list
            if everyday(skill, via, surface) and not (technical or listed or near_tool or alone):
                continue
            kept.append((start, mention))
        return kept

    def find_in_lines(self, lines: tuple[Line, ...] | list[Line]) -> list[SkillMention]:
        return [mention for line in lines for mention in self.find(line.text, line.number)]


@lru_cache(maxsize=4)
def finder_for(taxonomy: Taxonomy) -> SkillFinder:
    """One finder per taxonomy, built once (building the automaton is the costly part)."""
    return SkillFinder(taxonomy)


def _fold_in_place(text: str) -> str:
    """``text`` case-folded one character at a time, keeping its length, so that a match's positions in the folded
    text are its positions in ``text``: a character whose fold is longer ("ß" → "ss", "İ" → "i̇") is lowered when
    that keeps one character, else kept as it is."""
    out = []
    for char in text:
        folded = char.casefold()
        if len(folded) != 1:
            folded = char.lower() if len(char.lower()) == 1 else char
        out.append(folded)
    return "".join(out)

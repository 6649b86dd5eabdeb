"""Concrete points from the candidate's research notes: what kind of news each line is and its key detail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from afterword.models import Document

KIND_ORDER = ("product", "initiative", "funding", "event", "leadership", "customer", "growth", "culture")
_QUOTED = re.compile(r"[\"“]([^\"”]{3,80})[\"”]")
_FUNDING = re.compile(r"(?:[$£€][\d.,]+\s?(?:[MBK]|million|billion)\s+)?Series\s+[A-H]\b(?:\s+(?:round|funding))?",
                      re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z0-9]*(?:[A-Z][a-zA-Z0-9]*)+\b|\b[A-Z][a-z]+[A-Z]\w*\b")
_AFTER_CUE = re.compile(r"[^,.;:()]+")
_POSSESSIVE = re.compile(r"^(its|their|our|his|her)\s+", re.IGNORECASE)
_ABOUT_ME = re.compile(r"\b(my|I|me|I'm|I've)\b")


@dataclass(frozen=True, slots=True)
class ResearchPoint:
    kind: str
    detail: str
    sentence: str
    line: int


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    alternatives = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _cue_at(text: str, cues: tuple[str, ...]) -> re.Match[str] | None:
    """The first cue (whole words, any case) in ``text``."""
    pattern = _cue_pattern(cues)
    return pattern.search(text) if pattern else None


def _detail(kind: str, text: str, cue: re.Match[str]) -> str | None:
    quoted = _QUOTED.search(text)
    if quoted and kind in ("leadership", "culture", "event"):
        return f"“{quoted.group(1).strip()}”"
    if kind == "funding":
        funding = _FUNDING.search(text)
        if funding:
            return "the " + funding.group(0).strip()
    if kind in ("product", "event", "customer"):
        after = " ".join(text[cue.end():].split()[:4])  # the name follows the cue: "launched RouteWise"
        name = _CAPITALISED.search(after) or re.search(r"\b[A-Z][a-z]+\b", after)
        return name.group(0) if name else None
    phrase = _AFTER_CUE.match(text[cue.start():])
    if not phrase:
        return None
    words = phrase.group(0).split()[:9]
    if len(words) < 2:
        return None
    cue_word = words[0].lower()
    rest = _POSSESSIVE.sub("the ", " ".join(words[1:]))
    if cue_word in ("plans", "planning", "plan") and rest.lower().startswith("to "):
        return "the plan " + rest
    return f"{words[0].lower()} {rest}" if cue_word.endswith("ing") else " ".join(words)


def research_points(research: Document, cues: dict[str, tuple[str, ...]]) -> list[ResearchPoint]:
    """One point per research line that names something concrete, best kinds first."""
    points: list[ResearchPoint] = []
    for line in research.lines:
        text = line.text
        if len(text.split()) < 5 or _ABOUT_ME.search(text):
            continue  # headings, fragments, and notes about the candidate are not company news
        for kind in KIND_ORDER:
            cue = _cue_at(text, cues.get(kind, ()))
            if cue is None:
                continue
            detail = _detail(kind, text, cue)
            if detail and len(detail) <= 80:
                points.append(ResearchPoint(kind, detail, text, line.number))
                break
    return sorted(points, key=lambda p: (KIND_ORDER.index(p.kind), p.line))

"""Concrete points from the candidate's research notes: what kind of news each line is and its key detail."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
_PLANS_TO = re.compile(r"\b(?:plans?|planning) to\s*$", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b")
# A detail ends on a content word, never mid-phrase ("... record system across").
_DANGLING = re.compile(r"(?:\s+(?:across|of|to|the|a|an|and|or|for|in|on|with|by|at|from|into))+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ResearchPoint:
    kind: str
    detail: str
    sentence: str
    line: int
    source: str = ""  # the notes file the line is in (several --research files each keep their own lines)


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
    detail = _raw_detail(kind, text, cue)
    return _DANGLING.sub("", detail) if detail else None


def _raw_detail(kind: str, text: str, cue: re.Match[str]) -> str | None:
    quoted = _QUOTED.search(text)
    if quoted and kind in ("leadership", "culture"):  # a blog post or talk title; an event is named by its cue
        return f"“{quoted.group(1).strip()}”"
    if kind == "funding":
        funding = _FUNDING.search(text)
        if funding:
            return "the " + funding.group(0).strip()
    if kind in ("product", "event", "customer"):
        after = " ".join(text[cue.end():].split()[:4])  # the name follows the cue: "launched RouteWise"
        name = _CAPITALISED.search(after) or _NAME.search(after)
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
    if _PLANS_TO.search(text[:cue.start()]):  # "plans to expand ...", found by the cue "expand"
        return f"the plan to {cue_word} {rest}"
    return f"{words[0].lower()} {rest}" if cue_word.endswith("ing") else " ".join(words)


def _line_points(text: str, number: int, cues: dict[str, tuple[str, ...]]) -> list[ResearchPoint]:
    """Every kind of news the line could be, in KIND_ORDER, each with its detail."""
    points: list[ResearchPoint] = []
    for kind in KIND_ORDER:
        cue = _cue_at(text, cues.get(kind, ()))
        detail = _detail(kind, text, cue) if cue else None
        if detail and len(detail) <= 80:
            points.append(ResearchPoint(kind, detail, text, number))
    return points


def research_points(research: Document | Sequence[Document],
                    cues: dict[str, tuple[str, ...]]) -> list[ResearchPoint]:
    """One point per research line that names something concrete, best kinds first. A line that could be news of
    several kinds counts as a kind no earlier line has given, so the card can draw on more than one kind."""
    documents = [research] if isinstance(research, Document) else list(research)
    points: list[ResearchPoint] = []
    used: set[str] = set()
    for document in documents:
        for line in document.lines:
            if len(line.text.split()) < 5 or _ABOUT_ME.search(line.text):
                continue  # headings, fragments, and notes about the candidate are not company news
            options = _line_points(line.text, line.number, cues)
            point = next((p for p in options if p.kind not in used), options[0] if options else None)
            if point is not None:
                used.add(point.kind)
                points.append(replace(point, source=document.source))
    rank = {document.source: order for order, document in enumerate(documents)}
    return sorted(points, key=lambda p: (KIND_ORDER.index(p.kind), rank.get(p.source, 0), p.line))

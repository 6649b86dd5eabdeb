"""Concrete points from the candidate's research notes: what kind of news each line is and its key detail."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from afterword.models import Document

KIND_ORDER = ("product", "initiative", "funding", "event", "leadership", "customer", "growth", "culture")
_QUOTED = re.compile(r"[\"“]([^\"”]{3,80})[\"”]")
_MEDIUM = re.compile(r"\b(blog post|post|article|talk|keynote|podcast|interview|memo|essay|newsletter|video|"
                     r"webinar|op-ed|letter)\b", re.IGNORECASE)
_FUNDING = re.compile(r"(?:[$£€][\d.,]+\s?(?:[MBK]|million|billion)\s+)?Series\s+[A-H]\b(?:\s+(?:round|funding))?",
                      re.IGNORECASE)
_AFTER_CUE = re.compile(r"[^,.;:()]+")
_POSSESSIVE = re.compile(r"^(its|their|our|his|her)\s+", re.IGNORECASE)
_ABOUT_ME = re.compile(r"\b(my|I|me|I'm|I've)\b")
_PLANS_TO = re.compile(r"\b(?:plans?|planning) to\s*$", re.IGNORECASE)
# A clause after a cue: up to punctuation, keeping the dots of "J.D." and "2.0".
_CLAUSE = re.compile(r"(?:\b[A-Z]\.|\.(?=\w)|[^,;:()!?.])+")
_NAME_WORD = re.compile(r"[A-Z]|[a-z]+[A-Z]")
_DATE_WORD = re.compile(r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|\d{1,4}(?:st|nd|rd|th)?,?|"
                        r"q[1-4]|the|of|in|early|late|mid|spring|summer|fall|autumn|winter", re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the", "its", "their", "our", "his", "her"})
_LINKS = frozenset({"and", "&", "of", "for", "de"})
_PREPOSITIONS = frozenset({"with", "of", "between", "for", "at", "to", "by", "from"})
_STOPS = _PREPOSITIONS | _ARTICLES | frozenset({"in", "on", "and", "or", "as", "that", "which", "who", "is", "are",
                                               "was", "were", "this", "next", "last", "since", "across", "among",
                                               "about", "into", "after", "before", "during", "over", "under"})
_CUE_NOUNS = {"acquired": "the acquisition of", "partnered": "the partnership with"}
# A leader is named by a title ("the new Chief Data Officer"), and only when the note says the leader is new.
_TITLE = re.compile(r"\b(?:(?:Chief|Vice|Head|VP|SVP|EVP|President|Director|General Manager|Managing Director)\b"
                    r"(?: (?:of|and|&|[A-Z][\w&/-]*)\b)*|C[A-Z]O)\b(?<! of)(?<! and)")
_NEW_LEADER = re.compile(r"\b(?:hired|appointed|named|joins|joined|new|promoted|became|welcomed)\b", re.IGNORECASE)
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
    return re.compile(rf"(?<![\w-])(?:{alternatives})\b", re.IGNORECASE)  # not inside "fastest-growing"


def _cue_at(text: str, cues: tuple[str, ...]) -> re.Match[str] | None:
    """The first cue (whole words, any case) in ``text``."""
    pattern = _cue_pattern(cues)
    return pattern.search(text) if pattern else None


def _detail(kind: str, text: str, cue: re.Match[str]) -> str | None:
    detail = _raw_detail(kind, text, cue)
    detail = _DANGLING.sub("", detail) if detail else None
    if not detail or all(_DATE_WORD.fullmatch(word) for word in detail.split()):
        return None  # "March", "September 2026": a date is never a detail
    if kind in ("leadership", "event") and not detail.startswith(("the ", "“")) and not detail[0].isupper():
        return None  # never "hired a new ...", "named a ...": a question needs a noun phrase here
    return detail


def _name_phrase(words: list[str], cue: str) -> str | None:
    """The first name among the words after a cue, as a noun phrase: "RouteWise", "the Data Science and Statistics
    pathway" (from "a new Data Science and Statistics pathway for ..."), "the partnership with Instacart"."""
    start = 0
    while start < min(len(words), 6):
        if not _NAME_WORD.match(words[start]):
            start += 1
            continue
        end = start + 1
        while end < len(words) and (_NAME_WORD.match(words[end]) or words[end][0].isdigit() or (
                words[end].lower() in _LINKS and end + 1 < len(words) and _NAME_WORD.match(words[end + 1]))):
            end += 1
        name, gap = " ".join(words[start:end]), [word.lower() for word in words[:start]]
        if all(_DATE_WORD.fullmatch(word) for word in words[start:end]):
            start = end
            continue
        if not gap or gap == ["with"]:  # "acquired Bluegate Bakery", "partnered with Instacart"
            return f"{_CUE_NOUNS[cue]} {name}" if cue in _CUE_NOUNS else name
        middle = gap[1:]
        if gap[0] in _ARTICLES and 2 <= len(middle) <= 3 and middle[-1] in _PREPOSITIONS \
                and not _STOPS.intersection(middle[:-1]):  # "a partnership with Instacart"
            return " ".join(["the", *middle, name])
        if gap[0] not in _ARTICLES or len(middle) > 2 or _STOPS.intersection(middle):
            return name
        head: list[str] = []  # "a new Data Science pathway": the name describes the noun that follows it
        for word in words[end:end + 2]:
            if not word.isalpha() or not word.islower() or word in _STOPS:
                break
            head.append(word)
        return " ".join(["the", name, *head]) if head else name
    return None


def _raw_detail(kind: str, text: str, cue: re.Match[str]) -> str | None:
    quoted = _QUOTED.search(text)
    if quoted and kind in ("leadership", "culture"):  # a blog post or talk title; an event is named by its cue
        medium = _MEDIUM.search(text)
        title = quoted.group(1).strip().rstrip(".,")
        return f"the “{title}” {medium.group(1).lower()}" if medium else f"the focus on “{title}”"
    if kind == "funding":
        funding = _FUNDING.search(text)
        if funding:
            return "the " + funding.group(0).strip()
    if kind in ("product", "event", "customer"):  # the name follows the cue: "launched RouteWise"
        clause = _CLAUSE.match(re.sub(r"[\"“”]", "", text[cue.end():]).strip())
        return _name_phrase(clause.group(0).split()[:12], cue.group(0).lower()) if clause else None
    if kind == "leadership":
        title = _TITLE.search(text)
        return f"the new {title.group(0)}" if title and _NEW_LEADER.search(text) else None
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
        if detail and detail.startswith("the plan "):  # not done yet: only initiative questions suit a plan
            if any(p.kind == "initiative" for p in points):
                continue
            kind = "initiative"
        if detail and len(detail) <= 80:
            points.append(ResearchPoint(kind, detail, text, number))
    return sorted(points, key=lambda p: KIND_ORDER.index(p.kind))


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

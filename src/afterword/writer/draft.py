"""A letter being written: paragraphs of parts, each a sentence with its sources and the words it quotes from the
posting, research or debrief. ``assemble`` runs every check, keeps only what passes and fits the length.

The checks, per sentence:

- the truth check (coach.truth.TruthChecker, the card's own): a skill, number, employer, title or degree said of
  the candidate must be on the resume; the role, the employer applied to, the interviewers and the names in the
  posting and research may be named, never claimed. Words a sentence quotes from the debrief, posting or research
  (a topic, a concern, the next step) are masked first: they say what was discussed, not what the candidate did.
  The candidate's own "why" sentences are checked as motivation.
- every number written in digits (dates and times aside) must stand in the resume, posting, research or debrief;
- no template residue ("{", "}", "None", "TODO").

A sentence that fails is left out, with a warning that says why: a letter says less rather than something untrue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterword.coach.sources import Sentence, Source
from afterword.writer.checks import placeholder, unsupported_numbers, without_dates
from afterword.writer.material import Material
from afterword.writer.model import Paragraph, count_words


@dataclass(frozen=True, slots=True)
class Part:
    text: str
    sources: tuple[Source, ...] = ()
    quoted: tuple[str, ...] = ()  # words taken from the debrief, posting or research: named, not claimed
    motivation: bool = False  # the candidate's own words on why they want the job

    @property
    def words(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True, slots=True)
class Block:
    """Parts that go together into paragraph number ``paragraph``. Priority 0 is always said; 1 is said unless the
    letter is too long; 2 and up are said, in order, only while the letter is too short. ``short`` is a shorter
    form to fall back to when the letter is still too long."""

    paragraph: int
    parts: tuple[Part, ...]
    priority: int = 0
    short: tuple[Part, ...] | None = None


def _masked(part: Part) -> str:
    text = without_dates(part.text)  # "by Monday 16 March" is a date, not a number to find on the resume
    for quoted in sorted(part.quoted, key=len, reverse=True):
        if quoted:
            text = re.sub(re.escape(quoted), lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
    return text


def problem(part: Part, material: Material) -> str | None:
    """Why ``part`` may not go into a letter, or None when it passes every check."""
    residue = placeholder(part.text)
    if residue:
        return f"it holds “{residue}”"
    numbers = unsupported_numbers(part.text, material.numbers)
    if numbers:
        return f"no source holds the number{'s' if len(numbers) > 1 else ''} {', '.join(numbers)}"
    report = material.checker.check(_masked(part), motivation=part.motivation)
    if not report.ok:
        return "your resume does not show " + ", ".join(sorted({claim.text for claim in report.unsupported}))
    return None


def _vetted(parts: tuple[Part, ...], material: Material, warnings: list[str]) -> tuple[Part, ...]:
    kept: list[Part] = []
    for part in parts:
        why = problem(part, material)
        if why is None:
            kept.append(part)
        else:
            warnings.append(f"Left a sentence out ({why}): “{part.text}”")
    return tuple(kept)


def _words(parts: list[tuple[Part, ...]]) -> int:
    return sum(part.words for group in parts for part in group)


def assemble(blocks: list[Block], material: Material, low: int = 0,
             high: int = 10_000) -> tuple[tuple[Paragraph, ...], list[str]]:
    """The paragraphs of a letter from its blocks, every part checked (a failing part is left out with a warning)
    and the length fitted to ``low``..``high`` words as far as the blocks allow."""
    warnings: list[str] = []
    vetted = [Block(b.paragraph, _vetted(b.parts, material, warnings), b.priority,
                    _vetted(b.short, material, warnings) if b.short is not None else None) for b in blocks]
    vetted = [b for b in vetted if b.parts]
    chosen = [b for b in vetted if b.priority <= 1]
    shortened: set[int] = set()

    def texts() -> list[tuple[Part, ...]]:
        return [b.short if id(b) in shortened and b.short is not None else b.parts for b in chosen]

    while _words(texts()) > high:
        droppable = [b for b in chosen if b.priority >= 1]
        shortable = [b for b in chosen if b.short is not None and id(b) not in shortened]
        if droppable:
            chosen.remove(max(droppable, key=lambda b: (b.priority, chosen.index(b))))
        elif shortable:
            shortened.add(id(shortable[-1]))
        else:
            break
    for block in sorted((b for b in vetted if b.priority >= 2), key=lambda b: b.priority):
        if _words(texts()) >= low:
            break
        if _words(texts()) + sum(p.words for p in block.parts) <= high:
            chosen.append(block)
    paragraphs: dict[int, list[Sentence]] = {}
    for block in sorted(chosen, key=lambda b: (b.paragraph, vetted.index(b))):
        parts = block.short if id(block) in shortened and block.short is not None else block.parts
        paragraphs.setdefault(block.paragraph, []).extend(Sentence(p.text, p.sources) for p in parts)
    return tuple(tuple(sentences) for _, sentences in sorted(paragraphs.items()) if sentences), warnings


def subject_problem(subject: str, material: Material) -> str | None:
    return problem(Part(subject, quoted=(material.card.info.role, material.card.info.company)), material)

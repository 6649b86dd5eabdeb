"""Concerns the interviewers raised (the debrief's ``concerns``), each matched to the card's prepared answer when
one fits, and to the interviewers whose topics it touches.

A debrief concern matches the card concern that shares a skill with it (3 points each) or key words (1 each), with
at least a skill, two key words, or the one key word of a concern that has only one. A letter never says who
raised a concern ("one question that came up was about ..."): the debrief does not say."""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterword.coach.concerns import Concern
from afterword.coach.sources import Sentence, Source, joined
from afterword.debrief import InterviewerNotes
from afterword.writer.evidence import key_words
from afterword.writer.material import Material, clean, phrase

_LEAD = re.compile(
    r"^(?:(?:they|she|he|the panel|the interviewers?)\s+(?:was|were|is|are|seemed|felt|asked)\s+)?"
    r"(?:(?:worried|concerned|unsure|uncertain|not sure|doubtful|hesitant)\s+(?:about|over|of)\s+|"
    r"(?:concerns?|worry|worries|doubts?|questions?)\s+(?:about|over|around|on)\s+|about\s+)?"
    r"(?:(?:no|not enough|lack of|little|limited|missing|too little)\s+)?", re.IGNORECASE)
# A note that reads as a clause ("I haven't used Go", "hasn't led a team") is not a noun to put after "about".
_CLAUSE = re.compile(r"^(?:i|i'm|i've|my|me|he|she|they|we|you|it|that|has|have|hasn't|haven't|had|"
                     r"never|can't|cannot|couldn't|didn't|doesn't|don't|isn't|is|was|wasn't|not|needs?|wants?|"
                     r"would|could|should|will|might|may|too|seems?)\b", re.IGNORECASE)
HONEST = "I'd welcome the chance to talk it through, and I'm glad to send anything that would help you weigh it."


@dataclass(frozen=True, slots=True)
class Raised:
    text: str  # as the debrief notes it
    source: Source
    subject: str  # how a letter names it, after "about"
    card: Concern | None = None

    @property
    def answer(self) -> tuple[Sentence, ...]:
        """The card's prepared answer, when the card has one for this concern."""
        return self.card.answer if self.card is not None else ()


def _skills(material: Material, text: str) -> list[str]:
    return list(dict.fromkeys(m.surface for m in material.finder.find(text)))


def _subject(material: Material, text: str) -> str:
    rest = _LEAD.sub("", clean(text), count=1).strip()
    if rest and not _CLAUSE.match(rest) and len(rest.split()) <= 10:
        return phrase(rest)
    skills = _skills(material, text)
    return joined(skills) if skills else f"“{clean(text)}”"


def _match(material: Material, text: str) -> Concern | None:
    words = key_words(text)
    skills = {m.skill for m in material.finder.find(text)}
    best: tuple[float, Concern] | None = None
    for concern in (*material.card.concerns, *material.card.more_concerns):
        shared_skills = skills & {m.skill for m in material.finder.find(concern.requirement)}
        shared = words & key_words(concern.requirement)
        enough = shared_skills or len(shared) >= 2 or (len(shared) == 1 and len(words) == 1)
        score = 3.0 * len(shared_skills) + len(shared) + (0.5 if concern.answer else 0.0)
        if enough and (best is None or score > best[0]):
            best = (score, concern)
    return best[1] if best else None


def raised_concerns(material: Material) -> tuple[Raised, ...]:
    return tuple(Raised(text, material.debrief_source("concerns", text), _subject(material, text),
                        _match(material, text))
                 for text in material.debrief.concerns if clean(text))


def touches(material: Material, concern: Raised, person: InterviewerNotes) -> bool:
    """The concern shares a skill or a key word with what this person talked about."""
    said = " ".join(person.topics)
    skills = {m.skill for m in material.finder.find(concern.text)}
    return bool(key_words(concern.text) & key_words(said) or skills & {m.skill for m in material.finder.find(said)})


def concerns_for(material: Material, person: InterviewerNotes, *, main: bool) -> list[Raised]:
    """The concerns a letter to ``person`` answers: those touching their topics, and, for the main contact, those
    touching no one's."""
    raised = raised_concerns(material)
    mine = [c for c in raised if touches(material, c, person)]
    if main:
        mine += [c for c in raised if c not in mine and not any(touches(material, c, p) for p in material.people)]
    return mine

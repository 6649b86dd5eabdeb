"""The one point of evidence that matters to one interviewer: the resume line that best answers what they talked
about (their topics in the debrief) or, failing that, what someone in their job tends to weigh (their title).

Each candidate line is a line of the work history that can be said as it stands: first-personed ("Rebuilt the
pipeline ..." → "I rebuilt the pipeline ...", cut only at a clause boundary) or, for a result stated in other
words, quoted after a short frame. Scores, highest first:

- topics: each skill a topic and the line share counts 3, each other key word 1 (stemmed, generic words aside),
  and a line the card cites as evidence for a requirement that shares key words with a topic gets 1 more;
- title: a recruiter or hiring manager weighs results (a number in the line), an executive weighs money and
  percentages, a peer the posting's skills named in the line, a hiring manager also leading and coaching; words of
  the title itself (the "data" of "Head of Data") count 0.5 each;
- the card: how many of the posting's requirements the line backs (as the pitch ranks them), a little;
- a line already chosen for another interviewer loses 2.5, so each person hears something of their own.

The point's ``topic`` is the topic it answers, so the letter can say "since we talked about X" only when it did.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from afterword.analysis.achievements import is_result
from afterword.analysis.matching import content_words
from afterword.coach.interviewers import interviewer_type
from afterword.coach.sources import Sentence, Source, first_person
from afterword.debrief import InterviewerNotes
from afterword.models import Line
from afterword.writer.material import Material

_SPOKEN_SECTIONS = frozenset({"Experience", "Projects", "Volunteering", "Summary", "Leadership", "Achievements"})
_GENERIC = frozenset(content_words("experience experienced work working team years year strong good great role "
                                   "job company conversation talk discussion question questions plan plans "
                                   "about their your our the new current"))
_MONEY = re.compile(r"[$£€]\s?\d|\d\s?%|\bper ?cent\b|\b(?:revenue|cost|costs|saving|savings|budget|profit|margin|"
                    r"sales|waste)\b", re.IGNORECASE)
_PEOPLE = re.compile(r"\b(?:led|lead|managed|manage|mentored|mentor|coached|coach|trained|train|hired|supervised|"
                     r"team of|onboarded)\b", re.IGNORECASE)
USED_PENALTY = 2.5


@dataclass(frozen=True, slots=True)
class Point:
    line: int
    sentence: Sentence
    topic: str = ""  # the interviewer's topic this line answers; "" when it was chosen for their title
    score: float = 0.0


def key_words(text: str) -> set[str]:
    return {w for w in content_words(text.replace("-", " ")) if w not in _GENERIC}


def _speakable(text: str) -> bool:
    words = text.split()
    return 5 <= len(words) <= 35 and text[:1].isalnum() and "|" not in text and not text.rstrip().endswith(":")


def spoken(line: Line) -> Sentence | None:
    """The line as a sentence of a letter, with the line as its source; None when it cannot be said as is."""
    if line.section not in _SPOKEN_SECTIONS or len(line.text) > 300:
        return None
    source = (Source("resume", line.number, line.text),)
    said = first_person(line.text)
    if said:
        return Sentence(said, source)
    if is_result(line.text) and _speakable(line.text):
        text = line.text.strip().rstrip(".;")
        return Sentence(f"One result I'd point to: {text[:1].lower() + text[1:] if text[:2].istitle() else text}.",
                        source)
    return None


@lru_cache(maxsize=8)
def _candidates(material: Material) -> tuple[tuple[Line, Sentence, frozenset[str], frozenset[str], float], ...]:
    """(line, sentence, key words, skills, card weight) for every line a letter could say, in resume order."""
    cited: dict[int, float] = {}
    for match in material.card.report.requirements:
        if match.status != "gap":
            weight = 1.0 if match.requirement.kind == "must-have" else 0.6
            for evidence in match.evidence:
                if evidence.match not in ("semantic", "learning"):
                    cited[evidence.line] = cited.get(evidence.line, 0.0) + weight
    out = []
    for line in material.resume.lines:
        sentence = spoken(line)
        if sentence is None or not material.checker.check(sentence.text).ok:
            continue
        skills = frozenset(m.skill for m in material.finder.find(line.text))
        out.append((line, sentence, frozenset(key_words(line.text)), skills, cited.get(line.number, 0.0)))
    return tuple(out)


def _requirement_lines(material: Material, words: set[str]) -> set[int]:
    """Lines the card cites for requirements that share key words with ``words``."""
    lines: set[int] = set()
    for match in material.card.report.requirements:
        if match.status != "gap" and key_words(match.requirement.text) & words:
            lines |= {e.line for e in match.evidence}
    return lines


def best_point(material: Material, person: InterviewerNotes, used: Collection[int] = ()) -> Point | None:
    """The resume line to put before this person, or None when the resume has no line to say."""
    kind = interviewer_type(person.title)
    posting_skills = set(material.card.report.posting_skills)
    title_words = key_words(person.title)
    topics = [(topic, key_words(topic), {m.skill for m in material.finder.find(topic)}) for topic in person.topics]
    best: Point | None = None
    for line, sentence, words, skills, weight in _candidates(material):
        topic_score, topic = 0.0, ""
        for text, wanted, wanted_skills in topics:
            score = 3.0 * len(skills & wanted_skills) + len(words & wanted)
            if score and line.number in _requirement_lines(material, wanted):
                score += 1.0
            if score > topic_score:
                topic_score, topic = score, text
        result = is_result(line.text)
        title_score = 0.5 * len(words & title_words)
        if kind in ("recruiter", "hiring_manager") and result:
            title_score += 0.6
        if kind == "hiring_manager" and _PEOPLE.search(line.text):
            title_score += 0.5
        if kind == "executive" and _MONEY.search(line.text):
            title_score += 0.8
        if kind == "peer":
            title_score += 0.4 * len(skills & posting_skills)
        score = topic_score + title_score + 0.5 * min(weight, 2.0) + (0.3 if result else 0.0)
        score -= USED_PENALTY if line.number in used else 0.0
        if best is None or score > best.score:
            best = Point(line.number, sentence, topic if topic_score else "", score)
    return best


def other_points(material: Material, avoid: set[int], limit: int = 2) -> list[Point]:
    """The card's strongest lines not in ``avoid``: extra evidence when a letter has room."""
    ranked = sorted(_candidates(material), key=lambda c: (-(c[4] + (0.75 if is_result(c[0].text) else 0.0)),
                                                        c[0].number))
    return [Point(line.number, sentence) for line, sentence, *_ in ranked if line.number not in avoid][:limit]

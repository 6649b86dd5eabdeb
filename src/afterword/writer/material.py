"""What every letter is written from: the resume, posting, research, the debrief and the Closing Card, with the
truth checker and the numbers the sources hold. Built once per call to write_letters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from afterword.analysis.skills import SkillFinder, finder_for
from afterword.analysis.taxonomy import default_taxonomy
from afterword.coach.card import ClosingCard, build_card
from afterword.coach.interviewers import Interviewer, interviewer_type
from afterword.coach.sources import Source, SourceDocument
from afterword.coach.truth import TruthChecker, posting_names
from afterword.debrief import Debrief, InterviewerNotes
from afterword.models import Document, Line
from afterword.safe_text import strip_controls
from afterword.writer.checks import numbers_in, placeholder
from afterword.writer.model import Profile

_DETERMINERS = frozenset({"Their", "Our", "The", "Its", "His", "Her", "Your", "This", "That"})
# The debrief is the user's own document too; coach.sources does not list it yet, so it is named here.
DEBRIEF: SourceDocument = "debrief"
MAX_PHRASE_WORDS = 14  # a topic or concern longer than this is notes, not words to put in a letter


def clean(text: str) -> str:
    """User text made fit for one sentence of a letter: no controls, no braces, one line, no closing stop."""
    text = " ".join(strip_controls(text).replace("{", "(").replace("}", ")").split())
    return text.rstrip(" .;,:")


def debrief_document(debrief: Debrief) -> Document:
    """The debrief as numbered lines (section = its key), so a letter can cite "debrief 4" like "resume 8"."""
    items: list[tuple[str, str]] = []
    for index, person in enumerate(debrief.interviewers):
        key = f"interviewers[{index}]"
        items += [(f"{key}.name", person.name), (f"{key}.title", person.title), (f"{key}.email", person.email)]
        items += [(f"{key}.topics", topic) for topic in person.topics]
    items += [("concerns", concern) for concern in debrief.concerns]
    items += [("decision", debrief.decision), ("next_step", debrief.next_step)]
    if debrief.closing_question is not None:
        items += [("closing_question.asked", debrief.closing_question.asked),
                  ("closing_question.answer", debrief.closing_question.answer)]
    items += [("signals", signal) for signal in debrief.signals]
    items += [("notes", line) for line in debrief.notes.splitlines()]
    lines = tuple(Line(number, text, key) for number, (key, text) in
                  enumerate(((k, v.strip()) for k, v in items if v and v.strip()), start=1))
    return Document("debrief", "\n".join(line.text for line in lines), lines)


@dataclass(eq=False)  # compared and hashed by identity: the evidence cache keys on it
class Material:
    resume: Document
    posting: Document
    research: tuple[Document, ...]
    debrief: Debrief
    card: ClosingCard
    why: Document | None
    profile: Profile

    @cached_property
    def debrief_doc(self) -> Document:
        return debrief_document(self.debrief)

    @cached_property
    def finder(self) -> SkillFinder:
        return finder_for(default_taxonomy())

    @cached_property
    def people(self) -> tuple[InterviewerNotes, ...]:
        """The interviewers: the debrief's, else the ones named on the card."""
        if self.debrief.interviewers:
            return self.debrief.interviewers
        return tuple(InterviewerNotes(i.name, i.title) for i in self.card.interviewers)

    @cached_property
    def checker(self) -> TruthChecker:
        """The card's truth check, with every name the letters may use without claiming it: the role and employer,
        the interviewers, the names in the posting and the research notes."""
        info = self.card.info
        names = [info.role, info.company, *(p.name for p in self.people), *(p.title for p in self.people),
                 *posting_names(self.posting), *(n for doc in self.research for n in posting_names(doc))]
        # "Their Waste Less" as read from "Their Waste Less programme ...": the programme is "Waste Less"
        names += [n.split(" ", 1)[1] for n in names if " " in n and n.split(" ", 1)[0] in _DETERMINERS]
        return TruthChecker(self.resume, context=[n for n in names if n])

    @cached_property
    def numbers(self) -> frozenset[str]:
        """Every number the resume, posting, research and debrief hold, as numbers_in reads them."""
        texts = [self.resume.text, self.posting.text, *(doc.text for doc in self.research), self.debrief_doc.text]
        return frozenset(n for text in texts for n in numbers_in(text, dates=False))

    def debrief_source(self, key: str, text: str) -> Source:
        """The debrief line with this key and text (a Source with line 0 when it is not there)."""
        line = next((line for line in self.debrief_doc.lines if line.section == key and line.text == text.strip()),
                    None)
        return Source(DEBRIEF, line.number if line else 0, line.text if line else text)

    def topic_sources(self, person: InterviewerNotes) -> dict[str, Source]:
        index = next((i for i, p in enumerate(self.debrief.interviewers) if p is person), None)
        if index is None:
            return {}
        return {topic: self.debrief_source(f"interviewers[{index}].topics", topic) for topic in person.topics}

    def posting_source(self, phrase: str) -> tuple[Source, ...]:
        """The first posting line that names ``phrase`` (the role, the company), to cite beside it."""
        if not phrase:
            return ()
        wanted = phrase.casefold()
        line = next((line for line in self.posting.lines if wanted in line.text.casefold()), None)
        return (Source("posting", line.number, line.text),) if line else ()

    @cached_property
    def why_sentences(self) -> tuple[tuple[str, Source], ...]:
        """The candidate's own sentences on why they want the job that pass the truth check as motivation."""
        from afterword.coach.truth import sentences

        out: list[tuple[str, Source]] = []
        for line in self.why.lines if self.why is not None else ():
            for sentence in sentences(line.text):
                text = clean(sentence)
                if len(text.split()) >= 4 and self.checker.check(text, motivation=True).ok:
                    out.append((f"{text}{'' if text.endswith(('!', '?')) else '.'}",
                                Source("why", line.number, line.text)))
        return tuple(out)


def make_material(*, resume: Document, posting: Document, research: Sequence[Document], debrief: Debrief,
                  card: ClosingCard | None, why: Document | None, profile: Profile, today: date) -> Material:
    """The material for this call's letters; builds the Closing Card when none was saved."""
    if card is None:
        people = [Interviewer(p.name, p.title, interviewer_type(p.title)) for p in debrief.interviewers]
        card = build_card(resume, posting, research=research, interviewers=people, why=why, today=today)
    return Material(resume, posting, tuple(research), debrief, card, why, profile)


_OPENERS = re.compile(r"^(?:The|A|An|How|What|Why|When|Where|Which|Whether|Their|Your|My|Our|Its|This|That|These|"
                      r"Those|Some|Any|Each|Every)\b")


def phrase(text: str) -> str:
    """A topic or next step as it reads mid-sentence: "The on-call rotation" → "the on-call rotation"."""
    text = clean(text)
    return text[:1].lower() + text[1:] if _OPENERS.match(text) else text


def usable(text: str) -> bool:
    """Short enough to say in a sentence of a letter, and nothing in it that would read as template residue
    ("None of the above", "TODO list")."""
    return 0 < len(clean(text).split()) <= MAX_PHRASE_WORDS and placeholder(text) is None

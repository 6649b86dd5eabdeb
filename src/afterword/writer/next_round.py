"""Notes for the next round, for the candidate's own eyes: the concerns raised with the prepared answer and the
resume line to bring, the topics to go deeper on (with whom, and the line that speaks to each), and the card's
likely concerns that have not come up yet. Nothing in it is a claim the resume does not back: evidence is quoted
as written."""

from __future__ import annotations

from afterword.coach.sources import Source, quote
from afterword.debrief import InterviewerNotes
from afterword.writer.common import finish_letter, role_title
from afterword.writer.draft import Block, Part
from afterword.writer.evidence import best_point
from afterword.writer.material import Material, clean, phrase, usable
from afterword.writer.model import Letter, Recipient, SendBy
from afterword.writer.raised import raised_concerns

MAX_TOPICS = 6
MAX_UNRAISED = 2


def _bring(material: Material, about: str) -> Part | None:
    """The resume line that speaks to ``about``, quoted, or None when no line shares a word or skill with it."""
    point = best_point(material, InterviewerNotes("", topics=(about,)))
    if point is None or not point.topic:
        return None
    source = point.sentence.sources[0]
    return Part(f"Evidence to bring: “{quote(source.text)}”.", (source,))


def next_round(material: Material, send_by: SendBy) -> Letter:
    debrief = material.debrief
    blocks: list[Block] = []
    if usable(debrief.next_step):
        blocks.append(Block(0, (Part(f"Next step: {phrase(debrief.next_step)}.",
                                     (material.debrief_source("next_step", debrief.next_step),),
                                     quoted=(phrase(debrief.next_step),)),)))
    else:
        blocks.append(Block(0, (Part("What to reinforce in the next round, from your debrief and your card."),)))
    closing = debrief.closing_question
    if closing is not None and usable(closing.answer):
        blocks.append(Block(0, (Part(f"Their answer to your closing question: “{clean(closing.answer)}”.",
                                     (material.debrief_source("closing_question.answer", closing.answer),),
                                     quoted=(clean(closing.answer),)),)))
    raised = raised_concerns(material)
    for concern in raised:
        parts = [Part(f"Concern raised: {concern.subject}.", (concern.source,), quoted=(concern.subject,))]
        if concern.answer:
            parts.append(Part("Your prepared answer, from the card:"))
            parts += [Part(s.text, s.sources) for s in concern.answer]
        elif concern.card is not None and concern.card.tip:
            tip = concern.card.tip  # "Tip: bring ...": a capital after the colon would read as a name
            parts.append(Part(f"Tip: {tip[:1].lower()}{tip[1:]}"))
        bring = _bring(material, concern.text)
        if bring is not None:
            parts.append(bring)
        blocks.append(Block(len(blocks), tuple(parts)))
    if not raised:
        blocks.append(Block(len(blocks), (Part("No concerns are noted in the debrief; the likely concerns on your "
                                               "card are still worth preparing."),)))
    blocks += _topics(material, len(blocks))
    matched = {id(c.card) for c in raised if c.card is not None}
    unraised = [c for c in material.card.concerns if id(c) not in matched][:MAX_UNRAISED]
    for concern in unraised:
        text = quote(clean(concern.requirement), 120)
        line = next((line for line in material.posting.lines if line.number == concern.requirement_line), None)
        sources = (Source("posting", line.number, line.text),) if line else ()
        blocks.append(Block(len(blocks), (Part(f"Not raised yet, but worth preparing: “{text}”.", sources,
                                               quoted=(text,)),)))
    return finish_letter(material, kind="next-round", to=Recipient(material.profile.name, email=material.profile.email),
                         subject=f"Notes for the next round: {role_title(material)}", blocks=blocks,
                         send_by=send_by, words=None, fallback_subject="Notes for the next round", checks=False,
                         greeting=False)


def _topics(material: Material, first: int) -> list[Block]:
    """One paragraph per topic (at most MAX_TOPICS), numbered from ``first``."""
    blocks: list[Block] = []
    count = 0
    for person in material.people:
        sources = material.topic_sources(person)
        for topic in person.topics:
            if count >= MAX_TOPICS or not usable(topic):
                continue
            count += 1
            who = f" with {clean(person.name)}" if person.name else ""
            parts = [Part(f"Go deeper on {phrase(topic)}{who}.", (sources[topic],) if topic in sources else (),
                          quoted=(phrase(topic), clean(person.name)))]
            bring = _bring(material, topic)
            if bring is not None:
                parts.append(bring)
            blocks.append(Block(first + len(blocks), tuple(parts)))
    return blocks

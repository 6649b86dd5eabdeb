"""The thank-you letter: one per interviewer, sent the same day, 120–250 words.

For each person: thanks them by name for the conversation about the role; names the topics the debrief notes for
them (and no others); restates fit with the one resume line that matters most to them (evidence.best_point),
cited; answers a concern that came up with the card's prepared answer, or an honest line that claims nothing;
confirms interest and the next step they named; the candidate's own reason for wanting the job when they wrote
one. The main contact's letter also asks when they expect to decide when the debrief gives no timeline."""

from __future__ import annotations

from collections.abc import Sequence

from afterword.debrief import InterviewerNotes
from afterword.writer.common import (
    answer_notes,
    concern_blocks,
    evidence_parts,
    finish_letter,
    more_evidence,
    next_step_parts,
    point_for,
    recipient,
    role_part,
    role_phrase,
    topic_part,
    topics_of,
    why_block,
)
from afterword.writer.draft import Block, Part
from afterword.writer.material import Material, clean
from afterword.writer.model import Letter, SendBy
from afterword.writer.raised import concerns_for

WORDS = (120, 250)
OFFER = "If it would help, I'm glad to send more detail on any of this."


def thank_you(material: Material, person: InterviewerNotes | None, *, main: bool, used: set[int],
              send_by: SendBy) -> Letter:
    """The thank-you to ``person`` (None: the hiring team, when the debrief names no one). ``used`` holds the
    resume lines the letters before this one put forward; this letter's line is added to it."""
    to = recipient(material, person)
    topics = topics_of(person)
    point = point_for(material, person, used)
    if point is not None:
        used.add(point.line)
    blocks: list[Block] = [Block(0, (role_part(f"Thank you for meeting with me about {role_phrase(material)}.",
                                               material),))]
    if person is not None and topics:
        blocks.append(Block(0, (topic_part(material, person, topics[:2],
                                           "I especially enjoyed our conversation about {}."),)))
        if len(topics) > 2:
            blocks.append(Block(0, (topic_part(material, person, topics[2:3],
                                               "I have also kept thinking about {} since we spoke."),), 4))
    evidence = evidence_parts(material, person, point, "One example of what I would bring:")
    if evidence:
        blocks.append(Block(1, evidence))
    blocks += more_evidence(material, 1, set(used), priority=2)
    concerns = concerns_for(material, person, main=main) if person is not None else concerns_for(
        material, InterviewerNotes(""), main=True)
    blocks += concern_blocks(concerns, 2)
    notes = answer_notes(concerns)
    blocks.append(Block(3, (Part("I'm keen on the role."), *next_step_parts(material))))
    why = why_block(material, 3, priority=1)
    if why is not None:
        blocks.append(why)
    if main and not material.debrief.decision:
        blocks.append(Block(3, (Part("Could you let me know when you expect to make a decision?"),)))
    blocks.append(Block(3, (Part(OFFER),), 3))
    blocks.append(Block(0, (Part("It was a pleasure to speak with you."),), 5))
    blocks.append(Block(3, (Part("I'm also happy to provide references."),), 6))
    blocks.append(Block(3, (Part("Thank you again for your time."),)))
    warnings = notes if topics or person is None else [*notes,
        f"No topics are noted for {to.name} in the debrief, so the letter names none: add what you talked about "
        "to make it theirs."]
    if person is None:
        warnings.append("No interviewer is named in the debrief, so this thank-you goes to the hiring team: add "
                        "the people you met to thank each by name.")
    role = material.card.info.role
    subject = f"Thank you for the {clean(role)} interview" if role else "Thank you for the interview"
    return finish_letter(material, kind="thank-you", to=to, subject=subject, blocks=blocks, send_by=send_by,
                         words=WORDS, fallback_subject="Thank you for the interview", warnings=warnings)


def thank_yous(material: Material, people: Sequence[InterviewerNotes], main: InterviewerNotes | None,
               send_by: SendBy) -> tuple[Letter, ...]:
    used: set[int] = set()
    if not people:
        return (thank_you(material, None, main=True, used=used, send_by=send_by),)
    return tuple(thank_you(material, person, main=person is main, used=used, send_by=send_by) for person in people)

"""The letters after the thank-you, to the main contact: the first and second check-in once the decision date has
passed (the second shorter, still warm), a reply when they are unsure (hesitation) and a gracious reply to a
rejection that thanks, asks for feedback and keeps the door open."""

from __future__ import annotations

import datetime as dt

from afterword.coach.sources import joined
from afterword.debrief import InterviewerNotes
from afterword.writer.common import (
    answer_notes,
    concern_blocks,
    evidence_parts,
    finish_letter,
    more_evidence,
    point_for,
    role_part,
    role_phrase,
    role_title,
    topic_part,
    topics_of,
    why_block,
)
from afterword.writer.draft import Block, Part
from afterword.writer.material import Material, clean
from afterword.writer.model import Letter, Recipient, SendBy
from afterword.writer.raised import raised_concerns
from afterword.writer.timing import spoken_day

CHECK_IN_WORDS = (70, 160)
SECOND_CHECK_IN_WORDS = (35, 90)
HESITATION_WORDS = (110, 230)
REJECTION_WORDS = (60, 150)


def check_ins(material: Material, person: InterviewerNotes | None, to: Recipient, decision: dt.date | None,
              send_by: tuple[SendBy, SendBy]) -> tuple[Letter, Letter]:
    """The first check-in (a reminder of fit, a question about news) and the second, shorter one."""
    step = material.debrief.decision
    if decision is not None:
        sources = (material.debrief_source("decision", step),) if step else ()
        timeline = Part(f"I understand you hoped to reach a decision by {spoken_day(decision)}, so I wanted to ask "
                        "whether there is any news.", sources)
    else:
        timeline = Part("I wanted to ask whether there is any news, and when you expect to reach a decision.")
    point = point_for(material, person)
    blocks = [Block(0, (Part("I hope you're well."),
                        role_part(f"I'm writing to check in on my application for {role_phrase(material)}.",
                                  material), timeline)),
              Block(1, (Part("I'm still very interested in the role."),
                        *evidence_parts(material, None, point, "As a reminder of what I would bring:")), 0,
                    short=(Part("I'm still very interested in the role."),)),
              Block(2, (Part("If there is anything more I can send you, please let me know."),
                        Part("Thank you for your time, and I look forward to hearing from you.")))]
    why = why_block(material, 1, priority=2)
    if why is not None:
        blocks.append(why)
    title = role_title(material)
    first = finish_letter(material, kind="check-in", to=to, subject=f"Checking in: {title}", blocks=blocks,
                          send_by=send_by[0], words=CHECK_IN_WORDS, fallback_subject="Checking in")
    second_blocks = [
        Block(0, (Part("I hope all is well."),
                  role_part(f"I wanted to follow up once more on {role_phrase(material)}.", material),
                  Part("I know these decisions can take time."))),
        Block(1, (Part("I remain very interested, and I'm happy to send anything that would help."),
                  Part("Thank you, and I hope to hear from you soon."))),
    ]
    second = finish_letter(material, kind="check-in", to=to, subject=f"Following up once more: {title}",
                           blocks=second_blocks, send_by=send_by[1], words=SECOND_CHECK_IN_WORDS,
                           fallback_subject="Following up once more", sequence=2)
    return first, second


def hesitation(material: Material, person: InterviewerNotes | None, to: Recipient, send_by: SendBy) -> Letter:
    """A reply when they are unsure: thanks for the candour, fit restated with evidence, each concern that came up
    answered, more information and references offered."""
    point = point_for(material, person)
    avoid = {point.line} if point else set()
    blocks = [Block(0, (role_part(f"Thank you for letting me know where things stand on {role_phrase(material)}.",
                                  material), Part("I appreciate the chance to respond.")))]
    evidence = evidence_parts(material, person, point, "Briefly, here is what I would bring:")
    if evidence:
        blocks.append(Block(1, evidence))
    blocks += more_evidence(material, 1, avoid, priority=1)
    raised = list(raised_concerns(material))
    if raised:
        blocks += concern_blocks(raised, 2)
    else:
        blocks.append(Block(2, (Part("If anything in my background is giving you pause, I'd welcome the chance to "
                                     "address it directly."),)))
    blocks.append(Block(3, (Part("I'd be glad to send more detail on any of my work, or to put you in touch with "
                                 "references."),
                            Part("I remain keen on the role and would welcome a further conversation."))))
    why = why_block(material, 3, priority=1)
    if why is not None:
        blocks.append(why)
    blocks.append(Block(3, (Part("Thank you again for considering me."),)))
    return finish_letter(material, kind="hesitation", to=to, subject=f"Following up: {role_title(material)}",
                         blocks=blocks, send_by=send_by, words=HESITATION_WORDS, fallback_subject="Following up",
                         warnings=answer_notes(raised))


def rejection(material: Material, person: InterviewerNotes | None, to: Recipient, send_by: SendBy) -> Letter:
    """A gracious reply to a no: thanks, a request for feedback, the door kept open."""
    others = [clean(p.name) for p in material.people if person is None or p.name != person.name][:2]
    with_others = joined(["you", *others]) if others and person is not None else "you and the team"
    blocks = [Block(0, (Part(f"Thank you for letting me know, and for the time {with_others} gave me.",
                             quoted=tuple(others)),))]
    topics = topics_of(person)
    if person is not None and topics:
        blocks.append(Block(0, (topic_part(material, person, topics[:1], "I enjoyed our conversation about {}."),),
                            1))
    company = clean(material.card.info.company)
    blocks += [
        Block(1, (Part("If you have a few minutes, I'd be grateful for any feedback on my interview or my "
                       "application; it would help me in my search."),)),
        Block(2, (role_part(f"I'm still interested in {company or 'working with you'}, so please keep me in mind "
                            "for future roles where my background fits.", material),
                  Part("I'd be glad to stay in touch."),
                  Part("Thank you again, and best wishes to you and the team."))),
    ]
    title = role_title(material)
    return finish_letter(material, kind="rejection", to=to, subject=f"Thank you: {title}", blocks=blocks,
                         send_by=send_by, words=REJECTION_WORDS, fallback_subject="Thank you")

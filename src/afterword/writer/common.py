"""What the letters share: whom they go to, how they name the role, the blocks every kind can use (topics,
evidence, concerns, the next step, the candidate's own "why") and the finishing checks."""

from __future__ import annotations

from collections.abc import Collection

from afterword.coach.interviewers import interviewer_type
from afterword.coach.sources import joined
from afterword.debrief import InterviewerNotes
from afterword.writer.checks import plain_language_warnings, tone_warnings
from afterword.writer.draft import Block, Part, assemble, subject_problem
from afterword.writer.evidence import Point, best_point, other_points
from afterword.writer.material import Material, clean, phrase, usable
from afterword.writer.model import Letter, LetterKind, Recipient, SendBy
from afterword.writer.raised import HONEST, Raised

SIGN_OFF = "Best regards,"


def role_phrase(material: Material) -> str:
    """"the Senior Analytics Engineer role at Brightwater Foods", or what the posting gives of it."""
    info = material.card.info
    if info.role and info.company:
        return f"the {clean(info.role)} role at {clean(info.company)}"
    if info.role:
        return f"the {clean(info.role)} role"
    return f"the role at {clean(info.company)}" if info.company else "the role"


def role_title(material: Material) -> str:
    """The role as a subject line names it."""
    info = material.card.info
    return clean(info.role) or (f"the role at {clean(info.company)}" if info.company else "my application")


def role_part(text: str, material: Material) -> Part:
    """A sentence that names the role and employer: cited to the posting lines that name them."""
    info = material.card.info
    return Part(text, (*material.posting_source(info.role), *material.posting_source(info.company)),
                quoted=(info.role, info.company))


def main_contact(material: Material, to: str | Recipient | None) -> InterviewerNotes | None:
    """Whom the letters after the thank-you go to: the ``to`` person, else the first interviewer whose title reads
    as a hiring manager, else the first interviewer; None for the hiring team."""
    if isinstance(to, Recipient):
        to = to.name
    if to:
        return material.debrief.interviewer(to) or InterviewerNotes(clean(to))
    people = material.people
    return next((p for p in people if interviewer_type(p.title) == "hiring_manager"), people[0] if people else None)


def recipient(material: Material, person: InterviewerNotes | None, given: str | Recipient | None = None) -> Recipient:
    if isinstance(given, Recipient):
        return given
    company = clean(material.card.info.company)
    if person is None:
        return Recipient(organisation=company)
    return Recipient(clean(person.name), clean(person.title), person.email.strip(), company)


def salutation(to: Recipient, material: Material) -> str:
    if to.name:
        return f"Dear {to.name},"
    company = clean(material.card.info.company)
    return f"Dear {company} hiring team," if company else "Dear hiring team,"


def topics_of(person: InterviewerNotes | None) -> list[str]:
    return [t for t in (person.topics if person else ()) if usable(t)]


def topic_part(material: Material, person: InterviewerNotes, topics: list[str], frame: str) -> Part:
    """``frame`` with the topics put in ("...our conversation about {}."), cited to their debrief lines."""
    sources = material.topic_sources(person)
    return Part(frame.format(joined([phrase(t) for t in topics])),
                tuple(sources[t] for t in topics if t in sources), quoted=tuple(phrase(t) for t in topics))


def evidence_parts(material: Material, person: InterviewerNotes | None, point: Point | None,
                   plain_frame: str) -> tuple[Part, ...]:
    """The point, after "since we talked about X" when it answers a topic of theirs, else after ``plain_frame``."""
    if point is None:
        return ()
    said = Part(point.sentence.text, point.sentence.sources)
    if point.topic and person is not None and usable(point.topic):
        source = material.topic_sources(person).get(point.topic)
        return (Part(f"Since we talked about {phrase(point.topic)}, one example from my own work may be useful.",
                     (source,) if source else (), quoted=(phrase(point.topic),)), said)
    if said.text.startswith("I "):
        return (Part(f"{plain_frame} {said.text}", said.sources),)
    return (said,)


def point_for(material: Material, person: InterviewerNotes | None, used: Collection[int] = ()) -> Point | None:
    return best_point(material, person or InterviewerNotes(""), used)


def more_evidence(material: Material, paragraph: int, avoid: set[int], priority: int) -> list[Block]:
    """Another strong line, then the card's "working as ... since" sentence: said when a letter has room."""
    blocks = [Block(paragraph, (Part(p.sentence.text, p.sentence.sources),), priority)
              for p in other_points(material, avoid, limit=1)]
    standard = next((p for p in material.card.pitches if p.style == "standard"), None)
    since = next((s for s in standard.sentences if s.text.startswith("I have been working")),
                 None) if standard else None
    if since is not None:
        blocks.append(Block(paragraph, (Part(since.text, since.sources),), priority + 1))
    return blocks


def concern_blocks(concerns: list[Raised], paragraph: int, *, limit: int = 2) -> list[Block]:
    """Each concern named as "a question that came up", then the card's prepared answer or an honest line that
    claims nothing. The first is always said; the second only when there is room."""
    blocks: list[Block] = []
    for index, concern in enumerate(concerns[:limit]):
        opener = "One question that came up" if index == 0 else "Another question that came up"
        frame = Part(f"{opener} was about {concern.subject}.", (concern.source,), quoted=(concern.subject,))
        answer = tuple(Part(s.text, s.sources) for s in concern.answer) or (Part(HONEST),)
        short = (frame, answer[0], answer[-1]) if len(answer) >= 3 else None
        blocks.append(Block(paragraph, (frame, *answer), 0 if index == 0 else 1, short))
    return blocks


def answer_notes(concerns: list[Raised], limit: int = 2) -> list[str]:
    """A reminder for each prepared answer a letter uses: the card wrote it for when the candidate has not done
    the thing, which only they know."""
    return [f"The answer on {c.subject} is the card's “{c.card.label}” answer: change it if you have in fact done "
            "this, and say where." for c in concerns[:limit] if c.card is not None and c.answer]


def why_block(material: Material, paragraph: int, priority: int) -> Block | None:
    """The candidate's own first sentence on why they want the job; nothing when they wrote none."""
    if not material.why_sentences:
        return None
    text, source = material.why_sentences[0]
    return Block(paragraph, (Part(text, (source,), motivation=True),), priority)


def next_step_parts(material: Material) -> tuple[Part, ...]:
    step = material.debrief.next_step
    if not usable(step):
        return (Part("I would welcome the next step."),)
    return (Part(f"You mentioned the next step: {phrase(step)}.", (material.debrief_source("next_step", step),),
                 quoted=(phrase(step),)),
            Part("I'm ready for it and glad to fit around your schedule."))


def finish_letter(material: Material, *, kind: LetterKind, to: Recipient, subject: str, blocks: list[Block],
                  send_by: SendBy, words: tuple[int, int] | None, fallback_subject: str, sequence: int = 1,
                  checks: bool = True, greeting: bool = True, warnings: Collection[str] = ()) -> Letter:
    """The letter from its blocks: every sentence checked, the length fitted and checked, tone and plain language
    checked (warnings only)."""
    low, high = words or (0, 10_000)
    paragraphs, notes = assemble(blocks, material, low, high)
    if subject_problem(subject, material):
        subject = fallback_subject
    letter = Letter(kind, to, material.profile, subject, salutation(to, material) if greeting else "", paragraphs,
                    SIGN_OFF if greeting else "", send_by, (), sequence)
    notes = [*warnings, *notes]
    if words and not low <= letter.words <= high:
        notes.append(f"The letter is {letter.words} words; aim for {low}–{high}. "
                     + ("Add topics, concerns or the next step to the debrief to give it more to say."
                        if letter.words < low else "Cut it down before sending."))
    if checks:
        body = " ".join(letter.body)
        notes += tone_warnings(body) + plain_language_warnings(body)
    if not material.profile.name:
        notes.append("Your name is missing from the sign-off: set it in your profile.")
    return Letter(kind, to, material.profile, subject, letter.salutation, paragraphs, letter.sign_off, send_by,
                  tuple(dict.fromkeys(notes)), sequence)

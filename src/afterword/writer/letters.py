"""write_letters: the letters of one kind for one interview, from the user's own documents and debrief."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from afterword.coach.card import ClosingCard
from afterword.debrief import Debrief
from afterword.models import Document
from afterword.writer import timing
from afterword.writer.common import main_contact, recipient
from afterword.writer.follow_ups import check_ins, hesitation, rejection
from afterword.writer.material import make_material
from afterword.writer.model import KINDS, Letter, Profile, Recipient, WriterError
from afterword.writer.next_round import next_round
from afterword.writer.thank_you import thank_yous


def write_letters(
    kind: str,
    *,
    resume: Document,
    posting: Document,
    research: Sequence[Document] = (),
    debrief: Debrief,
    card: ClosingCard | None = None,
    profile: Profile,
    interview_date: dt.date | dt.datetime,
    decision_date: dt.date | None = None,
    today: dt.date | None = None,
    why: Document | None = None,
    to: str | Recipient | None = None,
    country: str = "US",
    subdivision: str | None = None,
) -> tuple[Letter, ...]:
    """The letters of ``kind`` (thank-you, check-in, hesitation, rejection or next-round).

    - thank-you: one per interviewer in the debrief (the card's interviewers when the debrief names none; the
      hiring team when neither does), due the day of the interview.
    - check-in: two letters to the main contact, the first and the second check-in, on the follow-up plan's days
      after ``decision_date`` (else the date the debrief's ``decision`` phrase names, else an assumed one).
    - hesitation, rejection: one reply to the main contact, due within a business day.
    - next-round: one page of notes for the candidate to read before the next round.

    The main contact is ``to`` (a name from the debrief, or a Recipient with its own address), else the first
    interviewer whose title reads as a hiring manager, else the first interviewer. ``card`` is the saved Closing
    Card; without one it is built from the documents (and ``why``, the candidate's own words on why they want the
    job: without them no letter says why). ``today`` defaults to the machine's date; ``country`` and
    ``subdivision`` choose the public holidays business days skip.

    Raises WriterError for an unknown kind, ScheduleError when the decision date is before the interview."""
    if kind not in KINDS:
        raise WriterError(f"Unknown letter kind {kind!r}: use one of {', '.join(KINDS)}.")
    today = today or dt.date.today()
    material = make_material(resume=resume, posting=posting, research=research, debrief=debrief, card=card,
                             why=why, profile=profile, today=today)
    contact = main_contact(material, to)
    if kind == "thank-you":
        main = contact if contact in material.people else main_contact(material, None)
        return thank_yous(material, material.people, main, timing.thank_you(interview_date, today))
    to_whom = recipient(material, contact, to)
    if kind == "check-in":
        decision = timing.decision_day(interview_date, decision_date, debrief.decision, country, subdivision)
        send_by = timing.check_ins(interview_date, decision, today, country, subdivision)
        return check_ins(material, contact, to_whom, decision, send_by)
    if kind == "hesitation":
        return (hesitation(material, contact, to_whom,
                           timing.reply(today, country, subdivision, "a prompt, considered reply")),)
    if kind == "rejection":
        return (rejection(material, contact, to_whom,
                          timing.reply(today, country, subdivision, "while they still remember you")),)
    return (next_round(material, timing.before_next_round(today, debrief.next_step)),)

"""The closing-question ladder: bold, mild and unsure ways to ask where you stand, and when to use each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rung:
    level: str
    when: str
    questions: tuple[str, ...]


LADDER: tuple[Rung, ...] = (
    Rung(
        "bold",
        "Only when it clearly went well: they talked about start dates, pay or notice periods, the meeting ran "
        "over time, they introduced you to the team, or they started selling the job to you.",
        (
            "I'd really like to join this team. How do I compare with the people you have in mind for it?",
            "From everything we've covered, I'm confident I can do this well. Do you see me as a strong fit?",
            "If we move ahead, what would my first few weeks here look like?",
        ),
    ),
    Rung(
        "mild",
        "When it went fine but nobody spoke about next steps: friendly, engaged, questions stayed general.",
        (
            "Is there any part of my background you'd like me to say more about before you decide?",
            "What else would help you to know about me at this stage?",
            "Is there an area of the role where you'd like more evidence that I can handle it?",
        ),
    ),
    Rung(
        "unsure",
        "When you can't read the room: short answers, glances at the clock, a hard question left hanging.",
        (
            "Based on our conversation, how do you see my fit for this role?",
            "Is anything giving you pause about me? I'd welcome the chance to address it now.",
        ),
    ),
)

NO_CONCERN_PREPARED = ("A concern comes up: thank them for saying it, then answer it plainly, with one true "
                       "example from your work.")
USING_THE_ANSWER: tuple[str, ...] = (
    "A concern comes up: thank them for saying it, then give the prepared answer from “Likely concerns”.",
    "They need to check with others: that's normal. Stay warm, and ask when they expect to decide.",
    "They sound positive: ask about the next step and the timeline, then thank them and close with your pitch.",
    "They are non-committal: don't press. Thank them, keep it upbeat, and keep your other applications moving.",
)


def using_the_answer(prepared: bool) -> tuple[str, ...]:
    """What to do with each kind of answer; a card with no concern prepared points to none."""
    return USING_THE_ANSWER if prepared else (NO_CONCERN_PREPARED, *USING_THE_ANSWER[1:])

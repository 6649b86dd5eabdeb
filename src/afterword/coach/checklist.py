"""The end-of-interview checklist, in the order it happens."""

from __future__ import annotations

CHECKLIST: tuple[str, ...] = (
    "Ask when they expect to make a decision, and note the date they give.",
    "Ask what the next step is, and who it involves.",
    "Ask for a business card, or the best way to reach each interviewer (check the spelling of names).",
    "Shake hands and give your closing pitch: 30 to 60 seconds, in your own words.",
    "Thank each interviewer by name for their time.",
    "If they hesitate, stay positive and professional: thank them and say you look forward to hearing back.",
    "The same day: send each interviewer a thank-you note.",
)


def checklist_for(interviewer_names: tuple[str, ...] | list[str] = ()) -> tuple[str, ...]:
    """The checklist, naming the interviewers where thanks are due."""
    if not interviewer_names:
        return CHECKLIST
    names = ", ".join(interviewer_names)
    return tuple(item.replace("Thank each interviewer by name", f"Thank each interviewer by name ({names})")
                 for item in CHECKLIST)

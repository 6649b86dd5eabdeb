"""The end-of-interview checklist, in the order it happens."""

from __future__ import annotations

import re

CHECKLIST: tuple[str, ...] = (
    "Ask when they expect to make a decision, and note the date they give.",
    "Ask what the next step is, and who it involves.",
    "Ask for a business card, or the best way to reach each interviewer (check the spelling of names).",
    "Shake hands and give your closing pitch: 30 to 60 seconds, in your own words.",
    "Thank each interviewer by name for their time.",
    "If they hesitate, stay positive and professional: thank them and say you look forward to hearing back.",
    "The same day: send each interviewer a thank-you note.",
)


# On a video or phone call there is no hand to shake and no card to take.
_REMOTE = {
    CHECKLIST[2]: "Ask for the best way to reach each interviewer, and note their names and titles from the call "
                  "(check the spelling).",
    CHECKLIST[3]: "Look into the camera and give your closing pitch: 30 to 60 seconds, in your own words.",
}
REMOTE_INTERVIEWS = re.compile(r"\b(?:interview\w*|hiring|recruitment)\b[^.]{0,60}\b(?:remote|remotely|video|online|"
                               r"virtual\w*|zoom)\b|\b(?:remote|video|online|virtual) (?:interview\w*|"
                               r"hiring)\b", re.IGNORECASE)


_IN_PERSON = re.compile(r"\b(?:on-?site|in[- ]person|at our (?:office|site)|face[- ]to[- ]face)\b", re.IGNORECASE)


def remote_interviews(text: str) -> bool:
    """True when a sentence says the interviews are held remotely, and nothing in it of meeting in person."""
    return bool(REMOTE_INTERVIEWS.search(text)) and not _IN_PERSON.search(text)


def checklist_for(interviewer_names: tuple[str, ...] | list[str] = (), *, remote: bool = False) -> tuple[str, ...]:
    """The checklist, naming the interviewers where thanks are due; for an interview held remotely (the
    posting says so), the same steps without the handshake and the business card."""
    items = tuple(_REMOTE.get(item, item) for item in CHECKLIST) if remote else CHECKLIST
    if not interviewer_names:
        return items
    names = ", ".join(interviewer_names)
    return tuple(item.replace("Thank each interviewer by name", f"Thank each interviewer by name ({names})")
                 for item in items)

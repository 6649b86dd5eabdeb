"""The Closing Card the letters are written with: the application's latest saved card, as the candidate prepared
it, when it was made from their current resume.

A saved card is its JSON contract, which does not hold the whole match report the writer also reads, so the card
is built again from the same resume, posting and research, and the saved card's own words are put back into it:
its interviewers, its pitches and its concerns with their prepared answers (the answers the candidate rehearsed).
A card made from an older resume cites lines that may have moved: then the writer builds the card afresh from the
current resume, and a note says so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from afterword.coach.sources import Sentence, Source

if TYPE_CHECKING:
    from afterword.coach.card import ClosingCard
    from afterword.coach.concerns import Concern
    from afterword.services.letter_inputs import LetterInputs


def _sentences(items: Sequence[dict[str, Any]]) -> tuple[Sentence, ...]:
    return tuple(Sentence(str(item["text"]), tuple(Source(source["document"], int(source["line"]), str(source["text"]))
                                                   for source in item.get("sources", [])))
                 for item in items)


def _concerns(saved: Sequence[dict[str, Any]], built: Sequence[Concern]) -> tuple[Concern, ...]:
    """The saved concerns; the weight and skills (not in the JSON) from the built concern of the same
    requirement."""
    from afterword.coach.concerns import TIP, Concern

    by_requirement = {concern.requirement: concern for concern in built}
    out = []
    for item in saved:
        twin = by_requirement.get(item["requirement"])
        out.append(Concern(requirement=item["requirement"], requirement_line=int(item["requirement_line"]),
                           concern=item.get("concern", ""), answer=_sentences(item.get("sentences", [])),
                           tip=item.get("tip") or TIP, kind=item.get("kind", "gap"),
                           weight=twin.weight if twin else 0.0, label=item.get("answer_label") or "If you haven't",
                           skills=twin.skills if twin else ()))
    return tuple(out)


def saved_card(inputs: LetterInputs, today: date) -> tuple[ClosingCard | None, str | None]:
    """(the card to write with, a note for the user); (None, note) when the writer should build it."""
    saved = inputs.card
    short = inputs.application.short_id
    if saved is None:
        return None, None
    if saved.resume_version_id is not None and saved.resume_version_id != inputs.resume_version_id:
        return None, (f"card v{saved.version} was made from an older resume, so the letters use a card made from "
                      f"your current one; to keep that card: afterword prepare {short}")
    from afterword.coach.card import build_card
    from afterword.coach.interviewers import Interviewer, interviewer_type
    from afterword.coach.pitch import Pitch

    content = saved.content
    try:
        people = [Interviewer(p.name, p.title, interviewer_type(p.title)) for p in inputs.debrief.interviewers]
        built = build_card(inputs.resume, inputs.posting, research=inputs.research, interviewers=people, today=today)
        card = replace(
            built,
            interviewers=tuple(Interviewer(str(i["name"]), str(i.get("title") or ""),
                                           i.get("type") or interviewer_type(str(i.get("title") or "")))
                               for i in content.get("interviewers", [])) or built.interviewers,
            pitches=tuple(Pitch(str(p["style"]), _sentences(p.get("sentences", [])))
                          for p in content.get("pitches", [])) or built.pitches,
            concerns=_concerns(content.get("concerns", []), (*built.concerns, *built.more_concerns)),
            more_concerns=_concerns(content.get("more_concerns", []), (*built.concerns, *built.more_concerns)))
    except (KeyError, TypeError, ValueError):
        return None, (f"card v{saved.version} could not be read back, so the letters use a card made afresh; to "
                      f"keep a new one: afterword prepare {short}")
    return card, None

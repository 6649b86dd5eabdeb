"""The Closing Card as data (the documented JSON contract) and as Markdown."""

from __future__ import annotations

from typing import Any

from afterword.analysis.report import fit_score, report_to_dict
from afterword.analysis.unit_roles import without_label
from afterword.coach.card import ClosingCard
from afterword.coach.concerns import Concern
from afterword.coach.interviewers import TYPE_LABELS
from afterword.coach.sources import Sentence, quote, unmasked
from afterword.safe_text import markdown_text

SCHEMA = "afterword.card/1"


def _sentences(sentences: tuple[Sentence, ...]) -> list[dict[str, Any]]:
    return [{"text": s.text, "sources": [{"document": src.document, "line": src.line, "text": src.text}
                                         for src in s.sources]} for s in sentences]


def card_to_dict(card: ClosingCard) -> dict[str, Any]:
    report = report_to_dict(card.report)
    return {
        "schema": SCHEMA,
        "role": card.info.role,
        "company": card.info.company,
        "sources": card.sources,
        "fit": {"score": fit_score(card.fit_report),
                "must_have": {**card.fit_report.counts(), "to_confirm": card.to_confirm,
                                  "by_example": card.by_example}},
        "interviewers": [{"name": i.name, "title": i.title, "type": i.type} for i in card.interviewers],
        "questions": [
            {"rank": rank, "text": q.text, "topic": q.topic, "suits": list(q.suits), "ask": q.ask,
             "tailored": q.tailored,
             "source": ({"document": "research", "file": q.source.source, "line": q.source.line,
                         "text": q.source.sentence, "detail": q.source.detail} if q.source else None)}
            for rank, q in enumerate(card.questions, start=1)
        ],
        "pitches": [{"style": p.style, "text": p.text, "words": p.words, "seconds": p.seconds,
                     "sentences": _sentences(p.sentences)} for p in card.pitches],
        "why_prompt": card.why_prompt or None,
        "concerns": [_concern(c) for c in card.concerns],
        "more_concerns": [_concern(c) for c in card.more_concerns],
        "ladder": [{"level": r.level, "when": r.when, "questions": list(r.questions)} for r in card.ladder],
        "using_the_answer": list(card.using_the_answer),
        "checklist": list(card.checklist),
        "answered_topics": [{"topic": f.topic, "text": f.text, "line": f.line} for f in card.answered],
        "warnings": list(card.warnings),
        "posting_info": report["posting_info"],
        "posting_units": report["posting_units"],
        "resume_info": report["resume_info"],
    }


def _concern(concern: Concern) -> dict[str, Any]:
    return {"requirement": concern.requirement, "requirement_line": concern.requirement_line, "kind": concern.kind,
            "concern": concern.concern, "tip": concern.tip, "answer": concern.answer_text,
            "answer_label": concern.label,
            "sentences": _sentences(concern.answer)}


MORE_SHOWN = 3  # "also asked" items printed on the card: five concerns and three more fill an interview


def more_line(card: ClosingCard) -> str:
    """What the card leaves out of its "also asked" list, said by where the posting asks it (a card held in an
    interview names no command to run)."""
    lines = sorted({c.requirement_line for c in card.more_concerns[MORE_SHOWN:] if c.requirement_line > 0})
    where = "" if not lines else f" (posting line {lines[0]})" if len(lines) == 1 else \
        f" (posting lines {', '.join(map(str, lines))})"
    return f"and {len(card.more_concerns) - MORE_SHOWN} more{where}"


def answered_lines(card: ClosingCard) -> list[tuple[str, str]]:
    """("location, remote policy", "Work location: In person"): the answered topics, one line per quoted text."""
    by_text: dict[str, list[str]] = {}
    for fact in card.answered:
        by_text.setdefault(fact.text, []).append(fact.topic.replace("_", " "))
    return [(", ".join(topics), _excerpt(text)) for text, topics in by_text.items()]


_HANGING = frozenset({"&", "and", "or", "of", "the", "a", "an", "with", "for", "to", "in", ""})


def _excerpt(text: str) -> str:
    """A fact quoted from the middle of a long sentence, or cut before its end, says so: "… the 2nd Round
    Technical Interview …"."""
    text = unmasked(without_label(text))  # "employment type: Job type: Full-time" says it twice
    words = text.split(" ")
    if len(words) > 3 and words[-1].lower().strip(",;:") in _HANGING:  # "... Vacation Time &": cut before its end
        text = " ".join(words[:-1]).rstrip(" ,;:") + " …"
    elif len(text) > 100 and text[-1:].isalnum() and text.rsplit(" ", 1)[-1][:1].islower():
        text = f"{text} …"  # a sentence cut off before its end ("... you will enter a") says so
    return f"… {text}" if text[:1].islower() else text


def _cite(sentence: Sentence) -> str:
    return f" <sup>[{markdown_text(sentence.refs)}]</sup>" if sentence.refs else ""


def _said(sentences: tuple[Sentence, ...]) -> str:
    """Sentences with their sources, as one Markdown paragraph."""
    return " ".join(markdown_text(s.text) + _cite(s) for s in sentences)


def _who(question) -> str:  # noqa: ANN001
    if question.ask:
        return f" — ask {markdown_text(question.ask)}"
    return " — for " + " / ".join(TYPE_LABELS[s] for s in question.suits) if question.suits else ""


def card_to_markdown(card: ClosingCard) -> str:
    """The card as Markdown. Every string that comes from a document, a file name or an option goes through
    markdown_text, so nothing in them becomes a link, an image, HTML or a terminal escape; the headings, lists
    and emphasis are the card's own."""
    md = markdown_text
    out = [f"# Closing Card: {md(card.title)}", "",
           f"{md(card.fit_line())}.", ""]
    for warning in card.warnings:
        out += [f"> ⚠ {md(warning)}", ""]
    out += ["## Questions to ask", ""]
    for rank, q in enumerate(card.questions, start=1):
        out.append(f"{rank}. {md(q.text)}{_who(q)}")
        if q.source:
            out.append(f"   - from your research ({md(q.source.source)}, line {q.source.line}): "
                       f"“{md(q.source.sentence)}”")
    out.append("")
    out += ["## Closing pitch", ""]
    for pitch in card.pitches:
        out.append(f"**{pitch.style.capitalize()}** — {pitch.words} words, about {pitch.seconds} s")
        out.append("")
        out.append(_said(pitch.sentences))
        out.append("")
    if card.why_prompt:
        out += [f"> ✍ {md(card.why_prompt)}", ""]
    if card.concerns:
        out += ["## Likely concerns", ""]
        for c in card.concerns:
            out.append(f"- **{md(c.concern)}**")
            out.append(f"  - Tip: {md(c.tip)}")
            if c.answer:
                out.append(f"  - {md(c.label)}: {_said(c.answer)}")
        out.append("")
    if card.more_concerns:
        out += ["Also asked by the posting, less likely to come up:", ""]
        out += [f"- {md(quote(c.requirement))} (posting line {c.requirement_line})"
                for c in card.more_concerns[:MORE_SHOWN]]
        if len(card.more_concerns) > MORE_SHOWN:
            out.append(f"- {more_line(card)}")
        out.append("")
    out += ["## Closing ladder", ""]
    for rung in card.ladder:
        out.append(f"- **{rung.level.capitalize()}** — {rung.when}")
        out += [f"  - “{q}”" for q in rung.questions]
    out.append("")
    out += ["Using the answer:", ""] + [f"- {line}" for line in card.using_the_answer] + [""]
    out += ["## Before you leave", ""] + [f"- [ ] {md(item)}" for item in card.checklist] + [""]
    if card.answered:
        out += ["## Already answered (don't ask)", ""]
        out += [f"- {md(topics)}: {md(text)}" for topics, text in answered_lines(card)] + [""]
    return "\n".join(out)

"""The Closing Card as one printable HTML page (the PDF is made from it)."""

from __future__ import annotations

from functools import lru_cache

from afterword.analysis.report import fit_score
from afterword.coach.card import ClosingCard
from afterword.coach.interviewers import TYPE_LABELS


@lru_cache(maxsize=1)
def _template():  # noqa: ANN202 - jinja2 is imported lazily
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("afterword", "data/templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("card.html")


PDF_CONCERNS = 3  # the page holds three prepared answers; the rest are in the Markdown and JSON cards


def card_to_html(card: ClosingCard, *, page_size: str = "A4", pitch_style: str = "standard",
                 scale: float = 1.0) -> str:
    """One printable page; ``scale`` shrinks the type when a long card would spill onto a second page."""
    pitch = next((p for p in card.pitches if p.style == pitch_style), card.pitches[0])
    must = card.report.counts()
    return _template().render(
        title=card.title, page_size=page_size, font_pt=round(7.6 * scale, 2), fit=fit_score(card.report), must=must,
        warnings=card.warnings,
        questions=[{"text": q.text, "source": q.source,
                    "who": f"ask {q.ask}" if q.ask else " / ".join(TYPE_LABELS[s] for s in q.suits)}
                   for q in card.questions],
        pitch={"style": pitch.style, "words": pitch.words, "seconds": pitch.seconds,
               "sentences": [{"text": s.text, "refs": s.refs} for s in pitch.sentences]},
        other_pitches=[p for p in card.pitches if p is not pitch], why_prompt=card.why_prompt,
        concerns=[{"concern": c.concern, "tip": c.tip,
                   "answer": [{"text": s.text, "refs": s.refs} for s in c.answer]}
                  for c in card.concerns[:PDF_CONCERNS]],
        more_concerns=max(0, len(card.concerns) - PDF_CONCERNS),
        ladder=card.ladder, using=card.using_the_answer, checklist=card.checklist,
        answered=[{"topic": f.topic.replace("_", " "), "text": f.text} for f in card.answered],
    )

"""The Closing Card as one printable HTML page (the PDF is made from it)."""

from __future__ import annotations

from functools import lru_cache

from afterword.analysis.report import fit_score
from afterword.coach.card import ClosingCard
from afterword.coach.interviewers import TYPE_LABELS
from afterword.coach.sources import Sentence
from afterword.safe_text import html_text


@lru_cache(maxsize=1)
def _template():  # noqa: ANN202 - jinja2 is imported lazily
    from jinja2 import Environment, PackageLoader

    # autoescape=True whatever the template's name: every value is HTML-escaped unless the template says otherwise
    env = Environment(loader=PackageLoader("afterword", "data/templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("card.html")


PDF_CONCERNS = 3  # the page holds three prepared answers; the rest are in the Markdown and JSON cards


def _sentences(sentences: tuple[Sentence, ...]) -> list[dict[str, str]]:
    return [{"text": html_text(s.text), "refs": html_text(s.refs)} for s in sentences]


def card_to_html(card: ClosingCard, *, page_size: str = "A4", pitch_style: str = "standard",
                 scale: float = 1.0) -> str:
    """One printable page; ``scale`` shrinks the type when a long card would spill onto a second page.

    Every string that comes from a document, a file name or an option goes through html_text (controls removed,
    cut to a few hundred characters: an 11 KB line would take seconds to lay out and spill over pages); the
    template autoescapes it."""
    h = html_text
    pitch = next((p for p in card.pitches if p.style == pitch_style), card.pitches[0])
    must = card.fit_report.counts()
    return _template().render(
        title=h(card.title), page_size=page_size, font_pt=round(7.6 * scale, 2), fit=fit_score(card.fit_report),
        must=must, fit_line=h(card.fit_line()), warnings=[h(w) for w in card.warnings],
        questions=[{"text": h(q.text),
                    "source": ({"source": h(q.source.source), "line": q.source.line, "sentence": h(q.source.sentence)}
                               if q.source else None),
                    "who": h(f"ask {q.ask}" if q.ask else " / ".join(TYPE_LABELS[s] for s in q.suits))}
                   for q in card.questions],
        pitch={"style": pitch.style, "words": pitch.words, "seconds": pitch.seconds,
               "sentences": _sentences(pitch.sentences)},
        other_pitches=[p for p in card.pitches if p is not pitch], why_prompt=card.why_prompt,
        concerns=[{"concern": h(c.concern), "tip": h(c.tip), "answer": _sentences(c.answer), "label": h(c.label)}
                  for c in card.concerns[:PDF_CONCERNS]],
        more_concerns=max(0, len(card.concerns) - PDF_CONCERNS) + len(card.more_concerns),
        ladder=card.ladder, using=card.using_the_answer, checklist=[h(item) for item in card.checklist],
        answered=[{"topic": h(f.topic.replace("_", " ")), "text": h(f.text)} for f in card.answered],
    )

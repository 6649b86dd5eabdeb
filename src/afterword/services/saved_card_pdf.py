"""A saved Closing Card as its one-page PDF: the card's printable page (data/templates/card.html, the page
`afterword prepare --format pdf` prints) filled from the saved card, laid out by afterword.pdf."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.services.saved_cards import Cited, SavedCard
    from afterword.store.session import Store

PDF_CONCERNS = 3  # the page holds three prepared answers, as the card's own PDF does
WHY_PROMPT = "Say, in your own words, why you want this role at this company (add it on the card's page)."
PAPER_SIZES = {"a4": "A4", "letter": "Letter"}


@lru_cache(maxsize=1)
def _template():  # noqa: ANN202 - jinja2 is imported lazily
    from jinja2 import Environment, PackageLoader

    env = Environment(loader=PackageLoader("afterword", "data/templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("card.html")


def _said(sentences: tuple[Cited, ...]) -> list[dict[str, str]]:
    from afterword.safe_text import html_text

    return [{"text": html_text(s.text), "refs": html_text(s.refs)} for s in sentences]


def card_page_html(card: SavedCard, *, page_size: str = "A4", scale: float = 1.0) -> str:
    """The printable page of ``card``; every string from a document goes through html_text and the template
    autoescapes it."""
    from afterword.safe_text import html_text as h

    pitch = card.pitch
    values: dict[str, Any] = dict(
        title=h(card.title), page_size=page_size, font_pt=round(7.6 * scale, 2), fit=card.fit_score,
        must=card.must_have, fit_line=h(card.fit_line), warnings=[h(w) for w in card.warnings],
        questions=[{"text": h(q.text), "who": h(q.who),
                    "source": {"source": h(q.source_file), "line": q.source_line, "sentence": h(q.source_text)}
                    if q.source else None} for q in card.questions],
        pitch={"style": pitch.style, "words": pitch.words, "seconds": pitch.seconds,
               "sentences": _said(pitch.sentences)} if pitch else
        {"style": "", "words": 0, "seconds": 0, "sentences": []},
        other_pitches=[p for p in card.pitches if p is not pitch],
        why_prompt=WHY_PROMPT if card.needs_why else "",
        concerns=[{"concern": h(c.concern), "tip": h(c.tip), "label": h(c.label), "answer": _said(c.answer)}
                  for c in card.concerns[:PDF_CONCERNS]],
        more_concerns=max(0, len(card.concerns) - PDF_CONCERNS) + card.more_count,
        ladder=card.ladder, using=card.using_the_answer, checklist=[h(item) for item in card.checklist],
        answered=[{"topic": h(topics), "text": h(text)} for topics, text in card.answered])
    return _template().render(**values)


def card_file_name(card: SavedCard) -> str:
    """"closing-card-lumen-harbor-v2.pdf": made only of lower-case letters, digits and hyphens."""
    company = re.sub(r"[^a-z0-9]+", "-", card.application.company.lower()).strip("-")[:40] or "application"
    return f"closing-card-{company}-v{card.version}.pdf"


def saved_card_pdf(store: Store, ref: str, paper: str = "a4") -> tuple[bytes, str]:
    """(the PDF, its file name) of the latest card saved for the application ``ref`` names; an error naming the
    fix before any card is saved."""
    from afterword.pdf import one_page_pdf
    from afterword.services.saved_cards import latest_card

    size = PAPER_SIZES.get(paper.lower())
    if size is None:
        raise AfterwordError(f"'{paper}' is not a paper size; choose a4 or letter")
    card = latest_card(store, ref)
    if card is None:
        raise AfterwordError("card not found: this application has no card yet; prepare one on its card page")
    return one_page_pdf(lambda scale: card_page_html(card, page_size=size, scale=scale)), card_file_name(card)

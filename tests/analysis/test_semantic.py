"""The optional semantic path (afterword[semantic]): the bundled MiniLM model, loaded from its package."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.analysis.matching import match_documents
from afterword.analysis.semantic import semantic_available
from afterword.ingest import document_from_text

pytestmark = [
    pytest.mark.semantic,
    pytest.mark.skipif(not semantic_available(), reason="afterword[semantic] is not installed"),
]


def test_meaning_finds_what_words_miss() -> None:
    from afterword.analysis.semantic import semantic_scorer

    resume = document_from_text("## Experience\nNurse, City Clinic | 2019 - 2023\n"
                                "- Calmed anxious patients and their families before surgery\n"
                                "- Restocked the supply room every week\n")
    posting = document_from_text("## Requirements\n- Reassure worried relatives of people in hospital\n")
    plain = match_documents(resume, posting, today=date(2024, 1, 1))
    assert plain.requirements[0].status == "gap"
    smart = match_documents(resume, posting, today=date(2024, 1, 1), semantic=semantic_scorer())
    match = smart.requirements[0]
    assert match.status == "partial"
    assert match.evidence[0].match == "semantic"
    assert match.evidence[0].text == "Calmed anxious patients and their families before surgery"

"""Pitch sentences: only true actions become "I ..." sentences, and the frame reads well."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.analysis.experience import find_jobs
from afterword.analysis.matching import match_documents
from afterword.analysis.posting_info import PostingInfo
from afterword.coach.pitch import _experience_sentence, build_pitches
from afterword.coach.sources import first_person, gerunds_in_past
from afterword.coach.truth import TruthChecker
from afterword.ingest import document_from_text


@pytest.mark.parametrize(
    ("bullet", "spoken"),
    [
        ("Cut p95 latency from 480 ms to 120 ms by adding a cache", "I cut p95 latency from 480 ms to 120 ms."),
        ("Own the product roadmap for three squads", "I own the product roadmap for three squads."),
        ("Teach 5 sections of Algebra I each term", "I teach 5 sections of Algebra I each term."),
        ("Advanced Excel (pivot tables, VLOOKUP), NetSuite", None),
        ("Registered Nurse, St James's | 2019 – Present", None),
        ("Certified in MIG and TIG welding", None),
        ("Design of the new intake form", None),
        ("Managed: budgets, rotas", None),
        ("Install and troubleshoot 480 V power in warehouses", "I install and troubleshoot 480 V power in warehouses."),
        ("Operate forklifts and pallet jacks on every shift", "I operate forklifts and pallet jacks on every shift."),
        ("Design and development of the intake form", None),
        ("Support and maintenance of 40 servers", None),
        ("Administer IV medications and blood products", "I administer IV medications and blood products."),
        ("Support IT Services", None),
    ],
)
def test_first_person(bullet: str, spoken: str | None) -> None:
    assert first_person(bullet) == spoken


def test_experience_sentence_reads_title_and_employer_whatever_the_order() -> None:
    resume = document_from_text(
        "## Experience\n### 2021 – Present | Senior Product Designer | Fernway Health\n- Designed the intake flow\n"
        "Senior Staff Accountant, Brightline Health Partners, Columbus, OH | 2017 - 2021\n- Closed the books\n")
    posting = document_from_text("## Requirements\n- Experience with product design\n- Accounting background\n")
    report = match_documents(resume, posting, today=date(2026, 1, 1))
    sentence = _experience_sentence(resume, report, find_jobs(resume))
    assert sentence is not None
    assert sentence.text.endswith("most recently as Senior Product Designer at Fernway Health.")


def test_one_skill_reads_as_one() -> None:
    resume = document_from_text("## Experience\nTeacher, Elm School | 2015 - 2024\n"
                                "- Improved classroom management across 4 classes\n")
    posting = document_from_text("Teacher at Oak School\n## Requirements\n- Strong classroom management\n")
    report = match_documents(resume, posting, today=date(2026, 1, 1))
    pitches, _ = build_pitches(report, resume, PostingInfo("Teacher", "Oak School"), None, TruthChecker(resume))
    assert "Classroom management is part of my everyday work." in pitches[1].text


@pytest.mark.parametrize(("text", "said"), [
    ("Significantly increasing sales of new and used equipment, increasing number of returning customers, winning "
     "large government tenders", "I significantly increased sales of new and used equipment, increased number of "
     "returning customers and won large government tenders."),
    ("Planning and carrying out audits", "I planned and carried out audits."),
    ("Rewriting the player in Vue: optimizing sockets", "I rewrote the player in Vue."),
    ("During the day I work", None),
    ("String processing in C", None),
])
def test_results_written_as_gerunds_are_said_as_done(text: str, said: str | None) -> None:
    assert gerunds_in_past(text) == said

"""Two candidates written for these tests (an analytics engineer, a nurse), their postings, research, "why" and
debriefs, and the letters written from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from afterword.debrief import Debrief, from_mapping
from afterword.ingest import document_from_text
from afterword.models import Document
from afterword.writer import Letter, Profile, write_letters

ANALYST_RESUME = """\
# Tomás Ferreira

tomas.ferreira@example.org · +44 7700 900123 · Leeds, UK

## Summary

Analytics engineer who turns messy operational data into models people trust.

## Experience

### Analytics Engineer, Northgate Logistics | 2021 – Present

- Rebuilt the warehouse reporting pipeline in dbt and SQL, cutting nightly run time from 6 hours to 50 minutes
- Designed a shared metrics layer in Snowflake used by 140 analysts across 4 countries
- Introduced data tests and code review for every model, reducing broken dashboards by 70%
- Mentored 3 junior analysts through their first production releases

### Data Analyst, Pennine Retail Group | 2017 – 2021

- Built weekly demand forecasts in Python for 85 stores, improving stock accuracy by 12%
- Automated supplier scorecards in Looker, saving the buying team 10 hours a week
- Presented findings to regional directors every quarter

## Skills

SQL, dbt, Python, Snowflake, Looker, Airflow, Git

## Education

BSc Mathematics, University of Leeds, 2017
"""

ANALYST_POSTING = """\
# Senior Analytics Engineer — Brightwater Foods

Manchester, UK · Hybrid

## About Brightwater Foods

Brightwater Foods makes chilled ready meals for 9 supermarket chains. We are moving our reporting from spreadsheets
to a modern data stack this year.

## What you'll do

- Own the data models behind sales, supply and waste reporting
- Build and maintain dbt models on our cloud warehouse
- Work with finance and operations to define shared metrics
- Coach analysts on SQL and version control

## What you bring

- 4+ years of experience in analytics or data engineering
- Strong SQL and hands-on dbt experience
- Experience with Snowflake or BigQuery
- Experience with Tableau
- Experience orchestrating pipelines with Airflow or Dagster
- Clear communication with non-technical stakeholders

## The details

- Salary: £62,000 – £70,000
- Hybrid: 2 days a week in our Manchester office
- Team of 6 data people
"""

ANALYST_RESEARCH = """\
# Brightwater Foods notes

- Brightwater opened a second kitchen in Salford in 2024 and doubled output.
- The Waste Less programme aims to cut food waste by 30% by 2027.
"""

ANALYST_WHY = "I want to help a food maker cut waste with better data, and that is why I applied.\n"

ANALYST_DEBRIEF: dict[str, Any] = {
    "went": "well",
    "interviewers": [
        {"name": "Amara Okonkwo-Lindqvist", "title": "Analytics Manager", "email": "amara@brightwater.example",
         "topics": ["cutting food waste with better forecasts", "the move off spreadsheets"]},
        {"name": "Joël Marchetti", "title": "Senior Analytics Engineer", "email": "joel@brightwater.example",
         "topics": ["dbt testing conventions", "code review for analysts"]},
        {"name": "Hannah Berg", "title": "Talent Partner", "topics": ["the 2 office days in Manchester"]},
    ],
    "concerns": ["no Tableau experience", "whether I can coach analysts who are new to Git"],
    "decision": "in two weeks",
    "next_step": "a technical case study with the data team",
    "closing_question": {"asked": "Is there anything that gives you pause?", "answer": "Only the Tableau gap."},
}

NURSE_RESUME = """\
Siobhán Ní Bhriain
siobhan.nibhriain@example.com | 087 555 0142

Experience

Staff Nurse, St. Columba's Hospital, Cork | 2018 – Present
- Care for 8 patients per shift on a 32-bed acute medical ward
- Led the ward's falls-prevention audit, cutting inpatient falls by 25% in one year
- Precept 2 student nurses each semester
- Trained 14 colleagues on the new electronic medication record

Healthcare Assistant, Mercy Care Home, Cork | 2015 – 2018
- Supported residents with daily living and mobility

Education
BSc Nursing, University College Cork, 2018

Certifications
Basic Life Support (BLS)
"""

NURSE_POSTING = """\
Clinical Nurse Manager 1 — Harbourview Hospital

Harbourview Hospital is hiring a Clinical Nurse Manager 1 for its 28-bed surgical ward.

Requirements
- Registered nurse with 5+ years of acute care experience
- Experience leading a team on shift
- Experience with audit and quality improvement
- Advanced Cardiovascular Life Support (ACLS)

Benefits
- 35 days annual leave
"""

NURSE_DEBRIEF: dict[str, Any] = {
    "interviewers": [
        {"name": "Dr. Ngozi Adeyemi", "title": "Director of Nursing", "email": "n.adeyemi@harbourview.example",
         "topics": ["reducing falls on surgical wards", "staffing the 28-bed ward at night"]},
    ],
    "concerns": ["no ACLS certificate"],
    "decision": "by the end of next week",
    "next_step": "a panel interview with the ward managers",
}

ANALYST_PROFILE = Profile("Tomás Ferreira", "tomas.ferreira@example.org", "+44 7700 900123",
                          ("12 Canal Wharf", "Leeds LS11 5PS"))
NURSE_PROFILE = Profile("Siobhán Ní Bhriain", "siobhan.nibhriain@example.com", "087 555 0142")
INTERVIEW = dt.date(2026, 3, 2)  # a Monday
KIND_NAMES = ("thank-you", "check-in", "hesitation", "rejection", "next-round")


def doc(text: str, name: str) -> Document:
    return document_from_text(text, name)


class Candidate:
    """One candidate's documents and debrief, and a way to write their letters."""

    def __init__(self, resume: str, posting: str, research: tuple[str, ...], why: str | None,
                 debrief: dict[str, Any], profile: Profile) -> None:
        self.resume = doc(resume, "resume.md")
        self.posting = doc(posting, "posting.md")
        self.research = tuple(doc(text, f"research{i}.md") for i, text in enumerate(research))
        self.why = doc(why, "why.md") if why else None
        self.debrief_data = debrief
        self.debrief: Debrief = from_mapping(debrief)
        self.profile = profile
        self._written: dict[str, tuple[Letter, ...]] = {}

    def write(self, kind: str, **overrides: Any) -> tuple[Letter, ...]:
        arguments: dict[str, Any] = dict(resume=self.resume, posting=self.posting, research=self.research,
                                         debrief=self.debrief, profile=self.profile, interview_date=INTERVIEW,
                                         today=INTERVIEW, why=self.why)
        arguments.update(overrides)
        if overrides:
            return write_letters(kind, **arguments)
        if kind not in self._written:
            self._written[kind] = write_letters(kind, **arguments)
        return self._written[kind]

    def card(self):  # noqa: ANN201 - the Closing Card write_letters builds from these documents
        from afterword.writer.material import make_material

        return make_material(resume=self.resume, posting=self.posting, research=self.research,
                             debrief=self.debrief, card=None, why=self.why, profile=self.profile,
                             today=INTERVIEW).card

    def prepared_answer(self, skill: str) -> str:
        """The first sentence of the card's prepared answer on the requirement that names ``skill``."""
        card = self.card()
        concern = next(c for c in (*card.concerns, *card.more_concerns) if skill in c.requirement)
        assert concern.answer, f"the card has no prepared answer on {skill}"
        return concern.answer[0].text

    def sources_text(self) -> str:
        """Everything a number in a letter may come from."""
        from afterword.writer.material import debrief_document

        return "\n".join([self.resume.text, self.posting.text, *(d.text for d in self.research),
                          debrief_document(self.debrief).text])


@pytest.fixture(scope="module")
def analyst() -> Candidate:
    return Candidate(ANALYST_RESUME, ANALYST_POSTING, (ANALYST_RESEARCH,), ANALYST_WHY, ANALYST_DEBRIEF,
                     ANALYST_PROFILE)


@pytest.fixture(scope="module")
def nurse() -> Candidate:
    return Candidate(NURSE_RESUME, NURSE_POSTING, (), None, NURSE_DEBRIEF, NURSE_PROFILE)


@pytest.fixture(scope="module", params=["analyst", "nurse"])
def candidate(request: pytest.FixtureRequest, analyst: Candidate, nurse: Candidate) -> Candidate:
    return {"analyst": analyst, "nurse": nurse}[request.param]


LetterFactory = Callable[..., tuple[Letter, ...]]

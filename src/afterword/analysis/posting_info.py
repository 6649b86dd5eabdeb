"""The role title and employer a posting is for, from its first line and its "About X" heading."""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterword.models import Document

_SPLIT = re.compile(r"\s+(?:—|–|-|\||@|at)\s+|,\s+|:\s+")
TITLE_HINT = re.compile(r"\b(engineer|developer|manager|nurse|teacher|designer|analyst|director|assistant|"
                         r"specialist|coordinator|technician|officer|lead|consultant|associate|representative|"
                         r"administrator|accountant|scientist|architect|intern|clerk|driver|chef|cook|electrician|"
                         r"welder|plumber|carpenter|agent|advisor|adviser|executive|head|writer|editor|therapist|"
                         r"pharmacist|operator|supervisor|instructor|tutor|counsel|attorney|paralegal)s?\b", re.I)


_NOT_A_COMPANY = frozenset({"job", "position", "role", "title", "hiring", "vacancy", "opening", "job title",
                            "we're hiring", "now hiring", "full-time", "part-time", "remote", "hybrid"})


@dataclass(frozen=True, slots=True)
class PostingInfo:
    role: str
    company: str


def posting_info(posting: Document) -> PostingInfo:
    """Best guesses; empty strings when the posting does not say."""
    company = ""
    for section in posting.sections:
        if section.name == "About the company" and section.heading.lower().startswith("about "):
            candidate = section.heading[6:].strip(" :")
            if candidate.lower() not in ("us", "the company", "the team", "our company"):
                company = candidate
                break
    role = ""
    for line in posting.lines[:5]:
        parts = [p.strip() for p in _SPLIT.split(line.text) if p and p.strip()]
        titled = [p for p in parts if TITLE_HINT.search(p) and len(p.split()) <= 6]
        if titled:
            role = titled[0]
            if not company:
                others = [p for p in parts if p != role and p[:1].isupper() and len(p.split()) <= 4
                          and p.lower() not in _NOT_A_COMPANY]
                company = others[0] if others else ""
            break
    return PostingInfo(role=role, company=company)

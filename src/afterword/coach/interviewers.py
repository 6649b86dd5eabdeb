"""Interviewers named on the command line ("Dana Reyes, Technical Recruiter") and the kind of each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from afterword.errors import AfterwordError

InterviewerType = Literal["recruiter", "hiring_manager", "peer", "executive"]
TYPES: tuple[InterviewerType, ...] = ("recruiter", "hiring_manager", "peer", "executive")
TYPE_LABELS = {"recruiter": "recruiter", "hiring_manager": "hiring manager", "peer": "future peer",
               "executive": "executive"}

_RULES: tuple[tuple[InterviewerType, re.Pattern[str]], ...] = (
    ("recruiter", re.compile(r"\b(recruit\w*|talent|sourcer|hr|human resources|people partner|people ops)\b", re.I)),
    ("executive", re.compile(r"\b(ceo|cto|cfo|coo|cio|cpo|chief|vp|vice president|president|founder|"
                             r"co-founder|head of|director|partner|principal|superintendent|dean)\b", re.I)),
    ("hiring_manager", re.compile(r"\b(manager|lead|supervisor|hiring|charge nurse|head nurse|chair|"
                                  r"coordinator|team lead|foreman|owner)\b", re.I)),
)


_LOOKS_LIKE_A_FILE = re.compile(r"[/\\]|\.(?:txt|md|markdown|pdf|docx?|html?|json|csv|rtf|odt)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Interviewer:
    name: str
    title: str
    type: InterviewerType


def interviewer_type(title: str) -> InterviewerType:
    for kind, pattern in _RULES:
        if pattern.search(title):
            return kind
    return "peer" if title.strip() else "hiring_manager"


def parse_interviewer(value: str) -> Interviewer:
    """"Name, Title" (the title is optional); an AfterwordError when there is no name."""
    name, _, title = value.partition(",")
    name, title = name.strip(), title.strip()
    example = "write it as \"Name, Title\", e.g. \"Dana Reyes, Recruiter\""
    if not name:
        raise AfterwordError(f"'{value}' has no name; {example}")
    if _LOOKS_LIKE_A_FILE.search(name):
        raise AfterwordError(f"the interviewer '{value}' looks like a file, not a person; {example} (why you want "
                             "the job and research notes each have their own place)")
    if not re.search(r"[^\W\d_]", name) or len(name) > 80 or len(title) > 120:
        raise AfterwordError(f"'{value}' does not read as a person's name and title; {example}")
    return Interviewer(name, title, interviewer_type(title))

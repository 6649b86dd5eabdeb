"""An application's posting as the analysis reads it: each line in pieces marked with their role (a requirement,
a nice-to-have), and the match report against the profile's current resume (what `afterword match` shows:
requirement by requirement, shown, in passing or not shown, with the resume lines that show it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterword.models import Document, Evidence, MatchReport, PostingUnit
    from afterword.store.session import Store

MARKED_ROLES = ("requirement", "nice-to-have")
STATUS_WORDS = {"strong": "shown", "partial": "in passing", "gap": "not shown"}
KIND_TITLES = (("must-have", "Must-haves"), ("nice-to-have", "Nice to have"))


@dataclass(frozen=True, slots=True)
class Piece:
    """Some text of a posting line; ``role`` is "requirement" or "nice-to-have" when the analysis reads it as
    one, else None."""

    text: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class PostingLine:
    number: int
    pieces: tuple[Piece, ...]
    gap_before: bool = False  # a blank line (or more) comes before it in the posting

    @property
    def marked(self) -> bool:
        return any(piece.role for piece in self.pieces)


@dataclass(frozen=True, slots=True)
class RequirementRow:
    text: str
    line: int
    status: str  # "strong", "partial" or "gap"
    note: str
    evidence: tuple[Evidence, ...]

    @property
    def status_words(self) -> str:
        return STATUS_WORDS[self.status]


@dataclass(frozen=True, slots=True)
class MatchSummary:
    """The match report in the shape the page shows: the score, the counts and each kind's requirements."""

    score: int
    counts: dict[str, int]
    groups: tuple[tuple[str, tuple[RequirementRow, ...]], ...]  # (title, rows) for must-haves, then nice-to-haves
    resume_name: str
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PostingReview:
    lines: tuple[PostingLine, ...]
    requirement_count: int
    nice_count: int
    match: MatchSummary | None  # None before a resume is set


def posting_lines(posting: Document, units: tuple[PostingUnit, ...]) -> tuple[PostingLine, ...]:
    """Each line of ``posting`` cut into pieces at its requirement and nice-to-have units."""
    by_line: dict[int, list[PostingUnit]] = {}
    for unit in units:
        if unit.role in MARKED_ROLES:
            by_line.setdefault(unit.line, []).append(unit)
    out, previous = [], 0
    for line in posting.lines:
        pieces, at = [], 0
        for unit in sorted(by_line.get(line.number, ()), key=lambda u: u.start):
            start = max(unit.start, at)
            end = unit.start + len(unit.text)
            if line.text[unit.start:end] != unit.text or end <= start:
                continue  # a unit that does not sit on its line's text as written is left unmarked
            if start > at:
                pieces.append(Piece(line.text[at:start]))
            pieces.append(Piece(line.text[start:end], unit.role))
            at = end
        if at < len(line.text):
            pieces.append(Piece(line.text[at:]))
        out.append(PostingLine(line.number, tuple(pieces), gap_before=previous > 0 and line.number > previous + 1))
        previous = line.number
    return tuple(out)


def match_summary(report: MatchReport, resume_name: str) -> MatchSummary:
    from afterword.analysis.report import fit_score

    groups = []
    for kind, title in KIND_TITLES:
        rows = tuple(RequirementRow(m.requirement.text, m.requirement.line, m.status, m.note, m.evidence)
                     for m in report.requirements if m.requirement.kind == kind)
        if rows:
            groups.append((title, rows))
    return MatchSummary(score=fit_score(report), counts=report.counts(), groups=tuple(groups),
                        resume_name=resume_name, warnings=report.warnings)


def posting_review(store: Store, ref: str) -> PostingReview:
    """The posting of the application ``ref`` names, marked, and its match against the current resume."""
    from afterword.analysis.matching import match_documents
    from afterword.analysis.posting_units import posting_units
    from afterword.ingest import document_from_text
    from afterword.services.cards import STORED_POSTING_NAME
    from afterword.store import applications, profiles

    with store.transaction() as session:
        application = applications.find(session, ref)
        posting_text = application.posting_text
        resume = profiles.current_resume(session)
        resume_text, resume_name = (resume.text, resume.file_name) if resume is not None else ("", "")
    if not posting_text.strip():
        return PostingReview((), 0, 0, None)
    posting = document_from_text(posting_text, STORED_POSTING_NAME)
    match = None
    if resume_text.strip():
        report = match_documents(document_from_text(resume_text, resume_name), posting)
        units = report.posting_units
        match = match_summary(report, resume_name)
    else:
        units = tuple(posting_units(posting))
    lines = posting_lines(posting, units)
    roles = [unit.role for unit in units]
    return PostingReview(lines, roles.count("requirement"), roles.count("nice-to-have"), match)

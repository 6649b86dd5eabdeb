"""The match report as data (the documented JSON contract) and as Markdown. No terminal code here."""

from __future__ import annotations

from typing import Any

from afterword.analysis.requirements import CONDITION
from afterword.analysis.resume_info import to_dict as resume_info_to_dict
from afterword.models import MatchReport, RequirementMatch
from afterword.safe_text import markdown_text

SCHEMA = "afterword.match/1"
_WEIGHT = {"must-have": 1.0, "nice-to-have": 0.4}
_CREDIT = {"strong": 1.0, "partial": 0.5, "gap": 0.0}


def fit_score(report: MatchReport) -> int:
    """0–100: must-haves weigh more than nice-to-haves; a partial match earns half."""
    total = earned = 0.0
    for match in report.requirements:
        if match.status == "gap" and CONDITION.search(match.requirement.text) and not match.requirement.skills:
            continue  # "Must be able to work nights": a resume cannot show it, so it weighs nothing either way
        weight = _WEIGHT.get(match.requirement.kind, 0.0)
        total += weight
        earned += weight * _CREDIT[match.status]
    return round(100 * earned / total) if total else 0


def _requirement(match: RequirementMatch) -> dict[str, Any]:
    r = match.requirement
    return {
        "text": r.text, "kind": r.kind, "line": r.line, "skills": list(r.skills), "any_of": r.any_of,
        "years": r.years, "degree": r.degree, "status": match.status, "note": match.note,
        "evidence": [{"line": e.line, "text": e.text, "match": e.match, "skill": e.skill, "score": e.score}
                     for e in match.evidence],
    }


def report_to_dict(report: MatchReport, *, resume: str = "", posting: str = "") -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "resume": resume,
        "posting": posting,
        "summary": {
            "score": fit_score(report),
            "must_have": report.counts("must-have"),
            "nice_to_have": report.counts("nice-to-have"),
            "resume_years": report.resume_years,
        },
        "requirements": [_requirement(m) for m in report.requirements],
        "gaps": [{"text": m.requirement.text, "kind": m.requirement.kind, "line": m.requirement.line,
                  "skills": list(m.requirement.skills)} for m in report.gaps],
        "answered_topics": [{"topic": f.topic, "text": f.text, "line": f.line} for f in report.facts],
        "skills": {"resume": list(report.resume_skills), "posting": list(report.posting_skills)},
        "posting_info": {"company": report.posting_info.company, "role": report.posting_info.role,
                         "location": report.posting_info.location,
                         "deadline": deadline.isoformat() if (deadline := report.posting_info.deadline) else None},
        "posting_units": [{"line": u.line, "text": u.text, "role": u.role} for u in report.posting_units],
        "resume_info": resume_info_to_dict(report.resume_info),
        "warnings": list(report.warnings),
    }


_MARK = {"strong": "✅ strong", "partial": "🟡 partial", "gap": "❌ gap"}
_KIND_TITLES = (("must-have", "Must-have"), ("nice-to-have", "Nice to have"), ("responsibility", "Responsibilities"))


def report_to_markdown(report: MatchReport, *, resume: str = "", posting: str = "") -> str:
    """The report as Markdown. Every string from a document (and the file names) goes through markdown_text, so
    nothing a posting or resume contains becomes a link, an image, HTML or a terminal escape."""
    md = markdown_text
    must = report.counts()
    out = [f"# Match: {md(resume)} → {md(posting)}".rstrip(" →"), ""]
    out.append(f"**Fit {fit_score(report)}/100** — must-haves: {must['strong']} strong, {must['partial']} partial, "
               f"{must['gap']} gaps. Experience on the resume: {report.resume_years:g} years.")
    out.append("")
    for warning in report.warnings:
        out += [f"> ⚠ {md(warning)}", ""]
    for kind, title in _KIND_TITLES:
        matches = [m for m in report.requirements if m.requirement.kind == kind]
        if not matches:
            continue
        out += [f"## {title}", ""]
        for m in matches:
            skills = f" _({md(', '.join(m.requirement.skills))})_" if m.requirement.skills else ""
            out.append(f"- **{_MARK[m.status]}** — {md(m.requirement.text)} (posting line {m.requirement.line})"
                       f"{skills}")
            if m.note:
                out.append(f"  - note: {md(m.note)}")
            for e in m.evidence:
                via = f"{e.match}: {e.skill}" if e.skill else e.match
                out.append(f"  - resume line {e.line} ({md(via)}): “{md(e.text)}”")
        out.append("")
    if report.gaps:
        out += ["## Gaps", ""] + [f"- {md(m.requirement.text)} ({m.requirement.kind})" for m in report.gaps] + [""]
    if report.facts:
        out += ["## Already answered by the posting", ""]
        out += [f"- **{md(f.topic.replace('_', ' '))}** (line {f.line}): {md(f.text)}" for f in report.facts] + [""]
    return "\n".join(out)

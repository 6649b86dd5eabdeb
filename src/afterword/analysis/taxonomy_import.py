"""Skills from the official O*NET "Technology Skills" file and ESCO skill-collection CSVs, merged into the user's
taxonomy: pure functions of the files' text (the service ``afterword.services.taxonomy_import`` reads and writes them).

A label that names a skill we already know (by name or alias, or once a vendor prefix is dropped: "Atlassian JIRA" →
Jira) becomes an alias of it; anything else becomes a new skill. Single-word names that carry capitals or are three
letters or fewer are marked case-sensitive, so an imported "Word" or "Go" never matches ordinary prose.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from afterword.analysis.taxonomy import HEADER, Skill, merge
from afterword.errors import TaxonomyError

ONET_COLUMNS = ("O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title")
_ONET_CATEGORIES = (
    ("data base", "database"), ("database", "database"), ("medical", "healthcare"),
    ("accounting", "finance"), ("financial", "finance"), ("tax", "finance"),
    ("computer aided design", "design"), ("graphics", "design"), ("photo", "design"), ("video", "design"),
    ("analytical or scientific", "science"), ("project management", "methodology"),
    ("customer relationship", "sales"), ("human resources", "hr"), ("word processing", "office-software"),
    ("spreadsheet", "office-software"), ("presentation", "office-software"), ("office suite", "office-software"),
    ("electronic mail", "office-software"), ("object or component oriented", "programming-language"),
    ("web platform", "framework"), ("network security", "security"), ("security", "security"),
    ("industrial control", "manufacturing"), ("enterprise resource planning", "business"),
)
MAX_LABEL = 60


Entry = tuple[str, str, tuple[str, ...]]  # (label, category, alternative labels)


@dataclass(frozen=True, slots=True)
class Merged:
    """The user's imported skills after a merge (those they had first, in their order, then the new ones), how many
    skills were new and how many labels became aliases of skills already known."""

    skills: tuple[Skill, ...]
    added: int
    aliases: int


def _case_sensitive(label: str) -> bool:
    return " " not in label and (len(label) <= 3 or label != label.lower())


def _distinctive(alternative: str) -> bool:
    """Keep an alternative label unless it is one ordinary word ("Absorb", "outlook") that prose would trip on."""
    if " " in alternative:
        return True
    return any(ch.isdigit() for ch in alternative) or alternative[1:] != alternative[1:].lower()


def _onet_category(title: str) -> str:
    lowered = title.lower()
    return next((category for key, category in _ONET_CATEGORIES if key in lowered), "software-tool")


def _esco_category(file_name: str, row: dict[str, str]) -> str:
    name = file_name.lower()
    if "language" in name:
        return "language"
    if "transversal" in name or row.get("reuseLevel") == "transversal":
        return "soft-skill"
    if "digital" in name or "ict" in name:
        return "software-tool"
    return "business"


def parse_entries(text: str, file_name: str) -> list[Entry]:
    """(label, category, alternative labels) for every skill in the text of an O*NET or ESCO file; ``file_name``
    (an ESCO collection's name says its kind of skill) is named in the error when the text is neither."""
    first = text.split("\n", 1)[0]
    entries: list[Entry] = []
    if all(column in first.split("\t") for column in ONET_COLUMNS[:2]):
        for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
            label = (row.get("Example") or "").strip()
            if label:
                entries.append((label, _onet_category(row.get("Commodity Title") or ""), ()))
        return entries
    if "preferredLabel" in first:
        for row in csv.DictReader(io.StringIO(text)):
            label = (row.get("preferredLabel") or "").strip()
            alternatives = (row.get("altLabels") or "").replace("\n", "|").split("|")
            if label:
                entries.append((label, _esco_category(file_name, row),
                                tuple(a.strip() for a in alternatives if a.strip())))
        return entries
    raise TaxonomyError(f"{file_name} is neither an O*NET 'Technology Skills' file nor an ESCO skills CSV; "
                        "download the official file (tab-separated O*NET, or ESCO CSV) and try again")


def _known_surfaces(skills: Iterable[Skill]) -> dict[str, str]:
    known: dict[str, str] = {}
    for skill in skills:
        for surface in skill.surfaces:
            known.setdefault(surface.casefold(), skill.name)
    return known


def _resolve(label: str, known: dict[str, str]) -> str | None:
    key = label.casefold()
    if key in known:
        return known[key]
    words = label.split()
    if len(words) >= 2 and " ".join(words[1:]).casefold() in known:  # "Atlassian JIRA" → Jira
        return known[" ".join(words[1:]).casefold()]
    return None


def merge_entries(entries: Iterable[Entry], existing: list[Skill], base: list[Skill]) -> Merged:
    """``existing`` (the user's imported skills) with ``entries`` merged in, against ``base`` (the shipped skills):
    a label already known, as a name or an alias, is skipped or adds its alternatives as aliases."""
    known = _known_surfaces(merge(base, existing).values())
    extra: dict[str, Skill] = {skill.name: skill for skill in existing}
    added = aliases = 0
    for label, category, alternatives in entries:
        if len(label) > MAX_LABEL or "\t" in label:
            continue
        surfaces = [label, *(a for a in alternatives
                             if len(a) <= MAX_LABEL and "\t" not in a and _distinctive(a))]
        owner = _resolve(label, known)
        if owner is None:
            owner = label
            extra[label] = Skill(label, category, (), (), _case_sensitive(label))
            known[label.casefold()] = label
            added += 1
        new_aliases = [s for s in surfaces if s.casefold() not in known]
        if new_aliases:
            current = extra.get(owner) or Skill(owner, category)
            extra[owner] = Skill(current.name, current.category, current.aliases + tuple(new_aliases),
                                 current.implies, current.case_sensitive)
            for alias in new_aliases:
                known[alias.casefold()] = owner
            aliases += len(new_aliases)
    return Merged(tuple(extra.values()), added, aliases)


def to_tsv(skills: Iterable[Skill]) -> str:
    """The text of a ``skills.tsv`` (the shipped file's format) holding ``skills``."""
    lines = ["\t".join(HEADER)]
    for skill in skills:
        lines.append("\t".join((skill.name, skill.category, ";".join(a.replace(";", ",") for a in skill.aliases),
                                ";".join(skill.implies), "cs" if skill.case_sensitive else "")))
    return "\n".join(lines) + "\n"

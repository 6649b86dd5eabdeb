"""Import skills from the official O*NET "Technology Skills" file and ESCO skill-collection CSVs.

Imported skills go to the user's ``skills.tsv`` (same format as the shipped one). A label that names a skill we
already know (by name or alias, or once a vendor prefix is dropped: "Atlassian JIRA" → Jira) becomes an alias of
it; anything else becomes a new skill. Single-word names that carry capitals or are three letters or fewer are
marked case-sensitive, so an imported "Word" or "Go" never matches ordinary prose.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from afterword.analysis.taxonomy import HEADER, Skill, merge, parse_tsv, shipped_skills
from afterword.errors import TaxonomyError
from afterword.output import write_atomic

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


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    aliases: int
    path: Path


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


def _esco_category(path: Path, row: dict[str, str]) -> str:
    name = path.name.lower()
    if "language" in name:
        return "language"
    if "transversal" in name or row.get("reuseLevel") == "transversal":
        return "soft-skill"
    if "digital" in name or "ict" in name:
        return "software-tool"
    return "business"


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TaxonomyError(f"{path} does not exist; give the path of the downloaded O*NET or ESCO file") from None
    except UnicodeDecodeError:
        raise TaxonomyError(f"{path} is not UTF-8 text; download the file again in its official format") from None
    except OSError as error:
        raise TaxonomyError(f"cannot read {path} ({error.strerror})") from None


def read_entries(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """(label, category, alternative labels) for every skill in an O*NET or ESCO file."""
    text = _read_text(path)
    first = text.split("\n", 1)[0]
    entries: list[tuple[str, str, tuple[str, ...]]] = []
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
                entries.append((label, _esco_category(path, row),
                                tuple(a.strip() for a in alternatives if a.strip())))
        return entries
    raise TaxonomyError(f"{path.name} is neither an O*NET 'Technology Skills' file nor an ESCO skills CSV; "
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


def import_into(files: list[Path], target: Path) -> ImportResult:
    """Import every file into ``target`` (the user's skills.tsv), merging with what it already holds."""
    if not files:
        raise TaxonomyError("no files given; pass O*NET 'Technology Skills.txt' or ESCO CSV files")
    entries = [entry for path in files for entry in read_entries(Path(path))]
    existing = parse_tsv(_read_text(target), str(target)) if target.is_file() else []
    known = _known_surfaces(merge(shipped_skills(), existing).values())
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
    lines = ["\t".join(HEADER)]
    for skill in extra.values():
        lines.append("\t".join((skill.name, skill.category, ";".join(a.replace(";", ",") for a in skill.aliases),
                                ";".join(skill.implies), "cs" if skill.case_sensitive else "")))
    target.parent.mkdir(parents=True, exist_ok=True)  # Afterword's own data folder, made on first import
    write_atomic(target, "\n".join(lines) + "\n")
    return ImportResult(added=added, aliases=aliases, path=target)

"""The skills taxonomy: canonical skills with category, aliases, implied skills and a case-sensitivity flag.

The shipped file is ``afterword/data/skills.tsv``; ``afterword taxonomy import`` writes extra skills in the same
format to ``skills.tsv`` in the user's data directory, and both are merged when the taxonomy loads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from afterword.errors import TaxonomyError

HEADER = ("name", "category", "aliases", "implies", "flags")


@dataclass(frozen=True, slots=True)
class Skill:
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()
    case_sensitive: bool = False
    common_word: bool = False  # "Go", "Express", "Make": also an everyday word, so it needs a technical context
    # aliases that are everyday words ("Node" for Node.js): matched in their own case and, like a common-word
    # name, only in a technical context
    word_aliases: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.word_aliases)


@dataclass(frozen=True, slots=True, eq=False)
class Taxonomy:
    """Compared by identity (eq=False), so the lookup caches below can key on it."""

    skills: dict[str, Skill]

    def __len__(self) -> int:
        return len(self.skills)

    def get(self, name: str) -> Skill | None:
        return self.skills.get(name)

    def implied_by(self, name: str) -> tuple[str, ...]:
        """Skills that are weaker evidence for ``name`` (e.g. Amazon EKS for Kubernetes)."""
        return _implied_index(self).get(name, ())

    def lookup(self, surface: str) -> Skill | None:
        """The skill a surface form names, case-insensitively (e.g. "k8s" → Kubernetes)."""
        return _surface_index(self).get(surface.casefold())


# Categories of skills that are tools, named and used ("How does the team use Kubernetes?", "my skills include
# HTML and CSS"), unlike fields of work ("wound care", "cybersecurity").
TOOL_CATEGORIES = frozenset({"programming-language", "framework", "devops", "cloud", "database", "software-tool",
                             "office-software", "data-ml"})
# Categories whose every skill is some evidence of one broader skill: writing JavaScript is doing software
# development, though a resume that lists JavaScript may never say "software engineering".
CATEGORY_IMPLIES = {"programming-language": "software engineering", "framework": "software engineering",
                    "devops": "DevOps"}


@lru_cache(maxsize=8)
def _implied_index(taxonomy: Taxonomy) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for skill in taxonomy.skills.values():
        broader = CATEGORY_IMPLIES.get(skill.category)
        extra = (broader,) if broader in taxonomy.skills and broader != skill.name else ()
        for target in dict.fromkeys((*skill.implies, *extra)):
            index.setdefault(target, []).append(skill.name)
    return {key: tuple(values) for key, values in index.items()}


@lru_cache(maxsize=8)
def _surface_index(taxonomy: Taxonomy) -> dict[str, Skill]:
    index: dict[str, Skill] = {}
    for skill in taxonomy.skills.values():
        for surface in skill.surfaces:
            index.setdefault(surface.casefold(), skill)
    return index


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(";") if part.strip())


def parse_tsv(text: str, source: str) -> list[Skill]:
    """Skills from taxonomy TSV text; a TaxonomyError names the first bad line."""
    skills: list[Skill] = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(c.strip() for c in cells[: len(HEADER)]) == HEADER:
                continue
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
            raise TaxonomyError(f"{source} line {number}: expected name<TAB>category<TAB>aliases<TAB>implies"
                                "<TAB>flags; fix or remove that line")
        cells += [""] * (5 - len(cells))
        flags = _split(cells[4].replace(",", ";"))
        skills.append(Skill(
            name=cells[0].strip(), category=cells[1].strip(), aliases=_split(cells[2]),
            implies=_split(cells[3]), case_sensitive="cs" in flags, common_word="word" in flags,
            word_aliases=tuple(flag.split(":", 1)[1].strip() for flag in flags if flag.startswith("word:")),
        ))
    return skills


def user_data_dir() -> Path:
    """Where user data lives: ``AFTERWORD_DATA_DIR`` or the platform's user data directory."""
    override = os.environ.get("AFTERWORD_DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir as platform_dir

    return Path(platform_dir("afterword", appauthor=False))


def user_taxonomy_path() -> Path:
    return user_data_dir() / "skills.tsv"


def merge(base: list[Skill], extra: list[Skill]) -> dict[str, Skill]:
    """Base skills plus extras: an extra whose name is already known adds its aliases and relations."""
    skills = {skill.name: skill for skill in base}
    for skill in extra:
        known = skills.get(skill.name)
        if known is None:
            skills[skill.name] = skill
            continue
        aliases = known.aliases + tuple(a for a in skill.aliases if a not in known.aliases)
        implies = known.implies + tuple(i for i in skill.implies if i not in known.implies)
        skills[skill.name] = Skill(known.name, known.category, aliases, implies, known.case_sensitive,
                                   known.common_word, known.word_aliases)
    return {name: Skill(s.name, s.category, s.aliases, tuple(i for i in s.implies if i in skills),
                        s.case_sensitive, s.common_word, s.word_aliases) for name, s in skills.items()}


def shipped_skills() -> list[Skill]:
    text = resources.files("afterword.data").joinpath("skills.tsv").read_text(encoding="utf-8")
    return parse_tsv(text, "skills.tsv")


def load_taxonomy(extra_path: Path | None = None) -> Taxonomy:
    """The shipped taxonomy merged with the user's imported skills (if any)."""
    path = extra_path if extra_path is not None else user_taxonomy_path()
    text = _read_user_file(path)
    extra = parse_tsv(text, str(path)) if text is not None else []
    return Taxonomy(merge(shipped_skills(), extra))


def _read_user_file(path: Path) -> str | None:
    """The text of the user's taxonomy file, None when there is none; a one-line TaxonomyError naming the file and
    the fix when it is there but cannot be read."""
    back = "delete it to go back to the shipped skills"
    try:
        if not path.is_file():
            return None
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TaxonomyError(f"{path} is not UTF-8; {back} (then run 'afterword taxonomy import' again)") from None
    except OSError as error:
        raise TaxonomyError(f"cannot read {path} ({error.strerror or error}); fix its permissions "
                            f"(chmod u+r) or {back}") from None


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The taxonomy for this process, loaded once."""
    return load_taxonomy()

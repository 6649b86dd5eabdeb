#!/usr/bin/env python3
"""Validate src/afterword/data/skills.tsv (the Afterword skills taxonomy).

Standard library only. Usage:

    python3 scripts/check_skills_tsv.py [path/to/skills.tsv]

Exits 0 when the file passes every rule, 1 otherwise. Prints a summary
(per-category counts, alias/implies totals) followed by any warnings/errors.

Rules checked
-------------
* UTF-8, no BOM, no CR characters, file ends with a newline.
* First line is exactly the header ``name<TAB>category<TAB>aliases<TAB>implies<TAB>flags``.
* Lines starting with ``#`` are comments; blank lines are not allowed.
* Every record has exactly 5 tab-separated columns.
* ``name`` is non-empty, has no surrounding whitespace and no ``;``.
* ``category`` is one of the allowed slugs.
* ``aliases`` / ``implies`` are ``;``-separated lists without empty items or
  surrounding whitespace, and without duplicates inside the list.
* ``flags`` is empty, ``cs``, ``word`` or ``cs;word`` (word: the name is also an everyday word), each optionally
  followed by ``word:Term`` aliases (an alias that is an everyday word: "word:Node" for Node.js).
* Names are unique (case-insensitively).
* An alias never equals its own name, another skill's name, or another
  skill's alias (all case-insensitively).
* Every ``implies`` target is the exact ``name`` of another skill; no skill
  implies itself; the implies graph has no cycles.
* Single-character names/aliases and names/aliases that are common English
  words (see HOMONYMS) must carry the ``cs`` flag; lowercase terms in a ``cs``
  row that are homonyms are rejected (they could never be disambiguated).
* Two-letter case-insensitive terms may not be US state / Canadian province
  codes (REGION_CODES), which appear in every resume's address line.
* At least MIN_TOTAL skills overall and MIN_PER_CATEGORY per category.
* A handful of mappings required by the spec (e.g. Kubernetes -> k8s).
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HEADER = "name\tcategory\taliases\timplies\tflags"

CATEGORIES = (
    "programming-language", "framework", "database", "cloud", "devops", "data-ml",
    "security", "software-tool", "office-software", "methodology", "design",
    "product", "marketing", "sales", "customer-service", "finance", "legal", "hr",
    "healthcare", "education", "trades", "manufacturing", "logistics",
    "hospitality", "retail", "science", "writing", "management", "soft-skill",
    "language", "certification", "business",
)

VALID_FLAGS = ("", "cs", "word", "cs;word")
# "word:Node": an alias that is also an everyday word, matched in its own case (so it starts with a capital) and,
# like a "word" name, only among tools
WORD_ALIAS = re.compile(r"word:[A-Z][\w.+#-]*")


def flags_ok(flags: str) -> bool:
    """True for one of VALID_FLAGS, optionally followed by "word:Term" aliases."""
    parts = flags.split(";") if flags else []
    plain = ";".join(part for part in parts if not part.startswith("word:"))
    return plain in VALID_FLAGS and all(WORD_ALIAS.fullmatch(part) for part in parts if part.startswith("word:"))
MIN_TOTAL = 1500
MIN_PER_CATEGORY = 40

# Ordinary English words (lowercased) that double as product / technology /
# proper names, or that are too generic to be a safe case-insensitive alias.
# Any name or alias equal to one of these must be in a ``cs`` row and must be
# written with its distinctive capitalisation.
HOMONYMS = frozenset("""
access amplitude angular ant apex apollo astro babel backbone bamboo basecamp
beam bicep blackboard blender bloomberg boost bootstrap box braze buffer canvas
captivate cassandra celery chef clover concur confluence consul crystal cucumber
cypher cypress dart dash delphi domo druid echo eclipse electron elixir elm
ember envoy epic excel express fiber flare flask flux framer gatsby ghost gimp
gin go gong greenhouse groovy gusto hack heap helm hibernate hive hyperion
illustrator insomnia intercom inventor ionic iterable jaeger jasmine jest julia
keynote koa later lean less lever linear lisp looker make maya meteor mocha
nim nomad notion outlook outreach packer pascal phoenix pig playwright polars
polish postman prefect presto prettier primavera procreate prometheus puppet
puppeteer pyramid racket rails rancher ray react relativity remix rippling
rocket ruby rust safe sails salt sanity scala scheme sentry shiny sinatra
sketch slack snort snowflake soap solidity spark spinnaker spring square
storm storybook struts subversion swift tailwind teams toast tornado unity
unreal vagrant vault vim word workday yarn zephyr zig zoom
after effects beautiful soup
development operations inventory reporting trading options futures swaps bonds
serving torch turning packaging fabrication shipping receiving picking packing
sourcing routing grading differentiation literacy interpretation consolidation
audit editor layout cloud estimating immigration custody prosecution allocation
buyer initiative listening autonomous sequencing cloning inspection molding
fulfillment drafting filing pricing research planning organization networking
documentation instruction discovery assembly shell node steam gate
ops mops snow lucid pip poetry swagger mongoose svelte perforce anaconda
endnote acrobat blackline posit tenable containers reception collections
""".split())

# US state / territory and Canadian province codes. A resume's address line
# ("Little Rock, AR", "Montreal, QC") must not read as a skill, so a two-letter
# case-insensitive alias may not be one of these.
REGION_CODES = frozenset("""
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE
NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI
AB BC MB NB NL NS NT NU ON PE QC SK YT
""".split())

# Exact spec requirements: skill -> aliases that must be present.
REQUIRED_ALIASES = {
    "Kubernetes": ["k8s"],
    "PostgreSQL": ["Postgres"],
    "AWS": ["Amazon Web Services"],
    "REST": ["RESTful", "REST API"],
    "machine learning": ["ML"],
    "JavaScript": ["JS"],
    "Google Cloud Platform": ["GCP"],
    "Microsoft Azure": ["Azure"],
    "CI/CD": ["continuous integration"],
    "C++": ["cpp"],
    "C#": ["C Sharp"],
    ".NET": ["dotnet"],
    "Go": ["Golang"],
    "Excel": ["Microsoft Excel", "MS Excel"],
    "Word": ["Microsoft Word", "MS Word"],
}
# Exact spec requirements: skill -> implied skills that must be present.
REQUIRED_IMPLIES = {
    "Amazon EKS": ["Kubernetes", "AWS"],
    "Django": ["Python"],
    "React": ["JavaScript"],
    "TypeScript": ["JavaScript"],
    "Next.js": ["React"],
    "PyTorch": ["machine learning", "Python"],
    "ACLS": ["BLS"],
    "pandas": ["Python"],
    "Terraform": ["infrastructure as code"],
}
# Skills the spec says must be matched case-sensitively.
REQUIRED_CS = ("C", "Go", "R", "Excel", "Word", "Swift", "Rust", "Ruby", "Scala",
               "Julia", "Dart", "Elm", "Ada", "Chef", "Puppet", "Spring", "Flask",
               "Express", "Teams", "Outlook", "Slack", "Zoom", "Sketch", "Unity",
               "Lean", "SAFe", "Helm", "Snowflake", "Looker", "Notion", "Linear",
               "Basecamp", "Jest", "Mocha", "Make", "Gin", "Echo", "Fiber", "Envoy")


class Skill:
    __slots__ = ("line", "name", "category", "aliases", "implies", "flags")

    def __init__(self, line, name, category, aliases, implies, flags):
        self.line = line
        self.name = name
        self.category = category
        self.aliases = aliases
        self.implies = implies
        self.flags = flags

    @property
    def cs(self) -> bool:
        return "cs" in self.flags.split(";")


def split_list(value: str, what: str, lineno: int, errors: list) -> list:
    if value == "":
        return []
    items = value.split(";")
    out = []
    for item in items:
        if item == "":
            errors.append(f"line {lineno}: empty item in {what} list {value!r}")
            continue
        if item != item.strip():
            errors.append(f"line {lineno}: {what} item {item!r} has surrounding whitespace")
        out.append(item.strip())
    dupes = [k for k, v in Counter(i.casefold() for i in out).items() if v > 1]
    if dupes:
        errors.append(f"line {lineno}: duplicate {what} item(s) {dupes}")
    return out


def find_cycles(graph: dict) -> list:
    """Return a list of cycles (as name lists) in the implies graph."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {n: WHITE for n in graph}
    cycles = []
    sys.setrecursionlimit(max(10000, len(graph) * 4))

    def visit(node, stack):
        colour[node] = GREY
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in colour:
                continue
            if colour[nxt] == GREY:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif colour[nxt] == WHITE:
                visit(nxt, stack)
        stack.pop()
        colour[node] = BLACK

    for n in graph:
        if colour[n] == WHITE:
            visit(n, [])
    return cycles


def check(path: Path) -> int:
    errors: list[str] = []
    warnings: list[str] = []

    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("file starts with a UTF-8 BOM")
    if b"\r" in raw:
        errors.append("file contains CR characters (use LF line endings)")
    if raw and not raw.endswith(b"\n"):
        errors.append("file does not end with a newline")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"ERROR: not valid UTF-8: {exc}")
        return 1

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append(f"line 1: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")

    skills: list[Skill] = []
    for lineno, line in enumerate(lines[1:], start=2):
        if line.startswith("#"):
            continue
        if line.strip() == "":
            errors.append(f"line {lineno}: blank line")
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {lineno}: expected 5 tab-separated columns, got {len(cols)}: {line!r}")
            continue
        name, category, aliases, implies, flags = cols
        if not name:
            errors.append(f"line {lineno}: empty name")
            continue
        if name != name.strip():
            errors.append(f"line {lineno}: name {name!r} has surrounding whitespace")
        if ";" in name:
            errors.append(f"line {lineno}: name {name!r} contains ';'")
        if category not in CATEGORIES:
            errors.append(f"line {lineno}: unknown category {category!r} for {name!r}")
        if not flags_ok(flags):
            errors.append(f"line {lineno}: invalid flags {flags!r} for {name!r} "
                          "(allowed: '', 'cs', 'word', 'cs;word', each optionally with 'word:Term' aliases)")
        skills.append(Skill(
            lineno, name.strip(), category,
            split_list(aliases, "alias", lineno, errors),
            split_list(implies, "implies", lineno, errors),
            flags,
        ))

    # --- names unique ---------------------------------------------------
    by_name: dict[str, Skill] = {}
    by_fold: dict[str, Skill] = {}
    for s in skills:
        key = s.name.casefold()
        if key in by_fold:
            errors.append(f"line {s.line}: duplicate name {s.name!r} (first at line {by_fold[key].line})")
        else:
            by_fold[key] = s
            by_name[s.name] = s

    # --- aliases ----------------------------------------------------------
    alias_owner: dict[str, Skill] = {}
    for s in skills:
        for a in s.aliases:
            key = a.casefold()
            if key == s.name.casefold():
                errors.append(f"line {s.line}: alias {a!r} equals its own name {s.name!r}")
                continue
            other = by_fold.get(key)
            if other is not None and other is not s:
                errors.append(f"line {s.line}: alias {a!r} of {s.name!r} equals the name of "
                              f"{other.name!r} (line {other.line})")
            prev = alias_owner.get(key)
            if prev is not None and prev is not s:
                errors.append(f"line {s.line}: alias {a!r} of {s.name!r} is also an alias of "
                              f"{prev.name!r} (line {prev.line})")
            else:
                alias_owner[key] = s

    # --- case-sensitivity heuristics -------------------------------------
    for s in skills:
        for term in [s.name] + s.aliases:
            fold = term.casefold()
            if len(term) == 1 and term.isalpha() and not s.cs:
                errors.append(f"line {s.line}: single-letter term {term!r} ({s.name!r}) needs flag cs")
            if len(term) == 2 and term.upper() in REGION_CODES and not s.cs:
                errors.append(f"line {s.line}: term {term!r} ({s.name!r}) is a US state / Canadian "
                              f"province code; it would match address lines")
            if fold in HOMONYMS:
                if not s.cs:
                    errors.append(f"line {s.line}: term {term!r} ({s.name!r}) is a common English "
                                  f"word; add flag cs or drop it")
                elif term == term.lower():
                    errors.append(f"line {s.line}: term {term!r} ({s.name!r}) is a lowercase common "
                                  f"word in a cs row; it cannot be disambiguated")
            if s.cs and term == term.lower() and any(c.isalpha() for c in term):
                warnings.append(f"line {s.line}: cs row {s.name!r} has all-lowercase term {term!r} "
                                f"(will only match lowercase)")

    # --- implies ------------------------------------------------------------
    graph: dict[str, list[str]] = {}
    n_implies = 0
    for s in skills:
        for target in s.implies:
            n_implies += 1
            if target == s.name:
                errors.append(f"line {s.line}: {s.name!r} implies itself")
            elif target not in by_name:
                hint = by_fold.get(target.casefold())
                extra = f" (did you mean {hint.name!r}?)" if hint else ""
                errors.append(f"line {s.line}: {s.name!r} implies unknown skill {target!r}{extra}")
        graph[s.name] = [t for t in s.implies if t in by_name and t != s.name]
    for cyc in find_cycles(graph):
        errors.append("implies cycle: " + " -> ".join(cyc))

    # --- spec requirements --------------------------------------------------
    for name, req in REQUIRED_ALIASES.items():
        s = by_name.get(name)
        if s is None:
            errors.append(f"required skill {name!r} missing")
            continue
        for a in req:
            if a not in s.aliases:
                errors.append(f"required alias {a!r} missing on {name!r}")
    for name, req in REQUIRED_IMPLIES.items():
        s = by_name.get(name)
        if s is None:
            errors.append(f"required skill {name!r} missing")
            continue
        for t in req:
            if t not in s.implies:
                errors.append(f"required implies {name!r} -> {t!r} missing")
    for name in REQUIRED_CS:
        s = by_name.get(name)
        if s is None:
            s = alias_owner.get(name.casefold())
        if s is None:
            errors.append(f"required case-sensitive skill {name!r} missing")
        elif not s.cs:
            errors.append(f"{name!r} must carry flag cs")

    # --- counts -------------------------------------------------------------
    per_cat = Counter(s.category for s in skills if s.category in CATEGORIES)
    total = len(skills)
    if total < MIN_TOTAL:
        errors.append(f"only {total} skills; need at least {MIN_TOTAL}")
    for cat in CATEGORIES:
        if per_cat[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat!r} has {per_cat[cat]} skills; need at least {MIN_PER_CATEGORY}")

    short_terms = sorted({t for s in skills if not s.cs for t in [s.name] + s.aliases
                          if len(t) <= 2 and t.isalpha()})

    # --- summary ------------------------------------------------------------
    print(f"File: {path}")
    print(f"{'category':<22}{'skills':>7}{'aliases':>9}{'implies':>9}{'cs':>5}")
    alias_by_cat = defaultdict(int)
    impl_by_cat = defaultdict(int)
    cs_by_cat = defaultdict(int)
    for s in skills:
        alias_by_cat[s.category] += len(s.aliases)
        impl_by_cat[s.category] += len(s.implies)
        cs_by_cat[s.category] += s.cs
    for cat in CATEGORIES:
        print(f"{cat:<22}{per_cat[cat]:>7}{alias_by_cat[cat]:>9}{impl_by_cat[cat]:>9}{cs_by_cat[cat]:>5}")
    print(f"{'TOTAL':<22}{total:>7}{sum(alias_by_cat.values()):>9}{n_implies:>9}"
          f"{sum(cs_by_cat.values()):>5}")
    print(f"Skills with at least one implies: {sum(1 for s in skills if s.implies)}")
    print(f"Short (<=2 letter) case-insensitive terms: {', '.join(short_terms) or '-'}")

    for w in warnings:
        print(f"WARNING: {w}")
    for e in errors:
        print(f"ERROR: {e}")
    if errors:
        print(f"FAILED: {len(errors)} error(s), {len(warnings)} warning(s)")
        return 1
    print(f"OK: all checks passed ({len(warnings)} warning(s))")
    return 0


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parent.parent / "src" / "afterword" / "data" / "skills.tsv"
    path = Path(argv[1]) if len(argv) > 1 else default
    if not path.is_file():
        print(f"ERROR: {path} not found")
        return 1
    return check(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Validate Afterword's closing-question bank (src/afterword/data/questions.toml).

Usage:
    python3 scripts/check_questions.py [path/to/questions.toml]

Uses only the standard library. Prints a summary of counts and exits with
status 0 when the file passes every check, or 1 (listing every problem)
when it does not.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

DEFAULT_PATH = (
    Path(__file__).resolve().parent.parent / "src" / "afterword" / "data" / "questions.toml"
)

TOPICS = [
    "role-expectations",
    "success-90-days",
    "team",
    "manager-style",
    "growth",
    "strategy",
    "product",
    "culture",
    "challenges",
    "onboarding",
    "decision-process",
    "performance",
    "collaboration",
    "tools-process",
    "customers",
    "remote-work",
    "compensation",
    "benefits",
    "location",
    "schedule",
    "travel",
    "visa",
    "start-date",
    "interview-process",
    "company-size",
    "diversity",
    "wellbeing",
]
CORE_TOPICS = TOPICS[:14]  # role-expectations ... tools-process
PRACTICAL_TOPICS = [
    "remote-work",
    "compensation",
    "benefits",
    "location",
    "schedule",
    "travel",
    "visa",
    "start-date",
    "interview-process",
    "company-size",
]
SUITS = ["recruiter", "hiring_manager", "peer", "executive"]
REDUNDANT_FACTS = [
    "pay_range",
    "location",
    "remote_policy",
    "employment_type",
    "benefits",
    "team_size",
    "company_size",
    "start_date",
    "travel",
    "visa_sponsorship",
    "interview_process",
    "schedule",
]
KINDS = [
    "product",
    "initiative",
    "event",
    "funding",
    "growth",
    "leadership",
    "customer",
    "culture",
]

# Role families and levels a question can be limited to (afterword/coach/posting_focus.py: FAMILIES, SENIORITIES;
# "general" is the family of a posting that fits none, so no question is limited to it).
FAMILIES = [
    "software",
    "data",
    "design",
    "healthcare",
    "teaching",
    "trades",
    "hospitality",
    "retail",
    "finance",
    "logistics",
    "driving",
    "research",
    "management",
    "office",
]
SENIORITIES = ["entry", "mid", "senior"]
STRESS_KINDS = ["skill", "theme", "practice", "any", "duty"]

MIN_QUESTIONS = 170
MIN_TEMPLATES = 12
MIN_PER_TOPIC = {t: 8 for t in CORE_TOPICS}
MIN_PER_TOPIC["customers"] = 4
MIN_PER_TOPIC.update({t: 3 for t in PRACTICAL_TOPICS})
MIN_PER_SUIT = 40
MIN_PER_KIND = 1
MIN_PER_FAMILY = 4  # questions limited to each family, so every kind of role gets several of its own
MIN_PER_SENIORITY = 2
# Questions of a family asked with no interviewer named go to the hiring manager: enough must suit one.
MIN_FAMILY_HIRING_MANAGER = 3
MIN_STRESS_TEMPLATES = 1  # per kind

QUESTION_KEYS = {
    "id": str,
    "text": str,
    "topic": str,
    "suits": list,
    "redundant_if": list,
    "priority": int,
}
OPTIONAL_QUESTION_KEYS = {"families": list, "seniority": list, "requires": list, "unless": list}
STRESS_KEYS = {
    "id": str,
    "kind": str,
    "text": str,
    "suits": list,
}
TEMPLATE_KEYS = {
    "id": str,
    "kind": str,
    "text": str,
    "suits": list,
    "cues": list,
}

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LEN = 40
PLACEHOLDER = "{detail}"
STRESS_PLACEHOLDER = "{focus}"


def _norm(text: str) -> str:
    """Normalise text for duplicate detection (case- and whitespace-insensitive)."""
    return " ".join(text.casefold().split())


def _check_string_list(
    errors: list[str], where: str, key: str, value: list, allowed: list[str] | None,
    *, non_empty: bool,
) -> None:
    if non_empty and not value:
        errors.append(f"{where}: '{key}' must not be empty")
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, str):
            errors.append(f"{where}: '{key}' items must be strings, got {item!r}")
            continue
        if allowed is not None and item not in allowed:
            errors.append(f"{where}: '{key}' has unknown value {item!r}")
        if item in seen:
            errors.append(f"{where}: '{key}' repeats {item!r}")
        seen.add(item)


def _check_keys(
    errors: list[str], where: str, entry: object, spec: dict[str, type],
    optional: dict[str, type] | None = None,
) -> bool:
    """Check required keys (and optional ones, when present) and types; return True if the entry is usable."""
    if not isinstance(entry, dict):
        errors.append(f"{where}: expected a table, got {type(entry).__name__}")
        return False
    ok = True
    for key, typ in spec.items():
        if key not in entry:
            errors.append(f"{where}: missing key '{key}'")
            ok = False
            continue
        value = entry[key]
        # bool is a subclass of int; never accept it as a priority.
        if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            errors.append(
                f"{where}: '{key}' must be {typ.__name__}, got {type(value).__name__}"
            )
            ok = False
    for key, typ in (optional or {}).items():
        if key in entry and not isinstance(entry[key], typ):
            errors.append(f"{where}: '{key}' must be {typ.__name__}, got {type(entry[key]).__name__}")
            ok = False
    for key in entry:
        if key not in spec and key not in (optional or {}):
            errors.append(f"{where}: unexpected key '{key}'")
    return ok


def _check_id(errors: list[str], where: str, ident: str, seen_ids: dict[str, str]) -> None:
    if not ID_RE.match(ident):
        errors.append(f"{where}: id {ident!r} is not kebab-case")
    if len(ident) > MAX_ID_LEN:
        errors.append(f"{where}: id {ident!r} is longer than {MAX_ID_LEN} characters")
    if ident in seen_ids:
        errors.append(f"{where}: duplicate id {ident!r} (also used by {seen_ids[ident]})")
    else:
        seen_ids[ident] = where


def _check_text(
    errors: list[str], where: str, text: str, seen_texts: dict[str, str]
) -> None:
    if text != text.strip() or not text.strip():
        errors.append(f"{where}: text is empty or has leading/trailing whitespace")
    if "\n" in text:
        errors.append(f"{where}: text must be a single line")
    if not text.endswith("?"):
        errors.append(f"{where}: text must end with '?': {text!r}")
    if text.count("?") != 1:
        errors.append(f"{where}: text should be a single question (one '?'): {text!r}")
    if text[:1] and not text[0].isupper():
        errors.append(f"{where}: text should start with a capital letter: {text!r}")
    key = _norm(text)
    if key in seen_texts:
        errors.append(f"{where}: duplicate text (also {seen_texts[key]}): {text!r}")
    else:
        seen_texts[key] = where


def validate(data: dict) -> tuple[list[str], dict]:
    errors: list[str] = []
    stats: dict = {}

    for key in data:
        if key not in ("question", "research_template", "stress_template"):
            errors.append(f"top level: unexpected key '{key}'")

    questions = data.get("question")
    templates = data.get("research_template")
    stress_templates = data.get("stress_template", [])
    if not isinstance(questions, list):
        errors.append("top level: missing [[question]] array")
        questions = []
    if not isinstance(templates, list):
        errors.append("top level: missing [[research_template]] array")
        templates = []

    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    topic_counts: Counter[str] = Counter()
    suit_counts: Counter[str] = Counter()
    priority_counts: Counter[int] = Counter()
    redundant_counts: Counter[str] = Counter()
    practical_recruiter: Counter[str] = Counter()
    family_counts: Counter[str] = Counter()
    family_hiring_manager: Counter[str] = Counter()
    seniority_counts: Counter[str] = Counter()

    for n, q in enumerate(questions, 1):
        where = f"question #{n}"
        if isinstance(q, dict) and isinstance(q.get("id"), str):
            where += f" ({q['id']})"
        if not _check_keys(errors, where, q, QUESTION_KEYS, OPTIONAL_QUESTION_KEYS):
            continue
        _check_id(errors, where, q["id"], seen_ids)
        _check_text(errors, where, q["text"], seen_texts)
        if "{" in q["text"] or "}" in q["text"]:
            errors.append(f"{where}: question text must not contain braces")
        if q["topic"] not in TOPICS:
            errors.append(f"{where}: unknown topic {q['topic']!r}")
        _check_string_list(errors, where, "suits", q["suits"], SUITS, non_empty=True)
        _check_string_list(
            errors, where, "redundant_if", q["redundant_if"], REDUNDANT_FACTS, non_empty=False
        )
        if not 1 <= q["priority"] <= 5:
            errors.append(f"{where}: priority must be 1-5, got {q['priority']}")

        topic_counts[q["topic"]] += 1
        priority_counts[q["priority"]] += 1
        for s in set(q["suits"]):
            if s in SUITS:
                suit_counts[s] += 1
        for r in set(q["redundant_if"]):
            if isinstance(r, str):
                redundant_counts[r] += 1
        if q["topic"] in PRACTICAL_TOPICS and "recruiter" in q["suits"]:
            practical_recruiter[q["topic"]] += 1
        for key, allowed, counts in (("families", FAMILIES, family_counts),
                                     ("seniority", SENIORITIES, seniority_counts)):
            if key not in q:
                continue
            # Present means "only for these": an empty list would mean "never", so leave the key out instead.
            _check_string_list(errors, where, key, q[key], allowed, non_empty=True)
            for value in set(q[key]):
                if value in allowed:
                    counts[value] += 1
        for family in set(q.get("families", [])):
            if family in FAMILIES and "hiring_manager" in q["suits"]:
                family_hiring_manager[family] += 1

    kind_counts: Counter[str] = Counter()
    for n, t in enumerate(templates, 1):
        where = f"research_template #{n}"
        if isinstance(t, dict) and isinstance(t.get("id"), str):
            where += f" ({t['id']})"
        if not _check_keys(errors, where, t, TEMPLATE_KEYS):
            continue
        _check_id(errors, where, t["id"], seen_ids)
        _check_text(errors, where, t["text"], seen_texts)
        text = t["text"]
        if text.count(PLACEHOLDER) != 1:
            errors.append(f"{where}: text must contain {PLACEHOLDER} exactly once")
        # After removing the placeholder no other braces may remain, so that
        # str.format(detail=...) and plain str.replace() both behave.
        if "{" in text.replace(PLACEHOLDER, "") or "}" in text.replace(PLACEHOLDER, ""):
            errors.append(f"{where}: text has braces other than {PLACEHOLDER}")
        else:
            try:
                text.format(detail="the Series C round")
            except (KeyError, IndexError, ValueError) as exc:
                errors.append(f"{where}: text does not format cleanly: {exc}")
        if t["kind"] not in KINDS:
            errors.append(f"{where}: unknown kind {t['kind']!r}")
        else:
            kind_counts[t["kind"]] += 1
        _check_string_list(errors, where, "suits", t["suits"], SUITS, non_empty=True)
        _check_string_list(errors, where, "cues", t["cues"], None, non_empty=True)
        for cue in t["cues"]:
            if isinstance(cue, str) and (cue != cue.lower() or cue != cue.strip() or not cue):
                errors.append(f"{where}: cue {cue!r} must be lowercase and trimmed")

    stress_kinds: Counter[str] = Counter()
    if not isinstance(stress_templates, list):
        errors.append("top level: [[stress_template]] must be an array of tables")
        stress_templates = []
    for n, t in enumerate(stress_templates, 1):
        where = f"stress_template #{n}"
        if isinstance(t, dict) and isinstance(t.get("id"), str):
            where += f" ({t['id']})"
        if not _check_keys(errors, where, t, STRESS_KEYS):
            continue
        _check_id(errors, where, t["id"], seen_ids)
        _check_text(errors, where, t["text"], seen_texts)
        text = t["text"]
        if text.count(STRESS_PLACEHOLDER) != 1:
            errors.append(f"{where}: text must contain {STRESS_PLACEHOLDER} exactly once")
        rest = text.replace(STRESS_PLACEHOLDER, "")
        if "{" in rest or "}" in rest:
            errors.append(f"{where}: text has braces other than {STRESS_PLACEHOLDER}")
        else:
            try:
                text.format(focus="Kubernetes")
            except (KeyError, IndexError, ValueError) as exc:
                errors.append(f"{where}: text does not format cleanly: {exc}")
        if t["kind"] not in STRESS_KINDS:
            errors.append(f"{where}: unknown kind {t['kind']!r}")
        else:
            stress_kinds[t["kind"]] += 1
        _check_string_list(errors, where, "suits", t["suits"], SUITS, non_empty=True)

    # --- minimum counts -------------------------------------------------------
    if len(questions) < MIN_QUESTIONS:
        errors.append(f"need at least {MIN_QUESTIONS} questions, found {len(questions)}")
    if len(templates) < MIN_TEMPLATES:
        errors.append(f"need at least {MIN_TEMPLATES} research templates, found {len(templates)}")
    for topic, minimum in MIN_PER_TOPIC.items():
        if topic_counts[topic] < minimum:
            errors.append(
                f"topic {topic!r}: need at least {minimum} questions, found {topic_counts[topic]}"
            )
    for suit in SUITS:
        if suit_counts[suit] < MIN_PER_SUIT:
            errors.append(
                f"suits {suit!r}: need at least {MIN_PER_SUIT} questions, found {suit_counts[suit]}"
            )
    for topic in PRACTICAL_TOPICS:
        total = topic_counts[topic]
        if total and practical_recruiter[topic] * 2 <= total:
            errors.append(
                f"practical topic {topic!r}: most questions should suit 'recruiter' "
                f"({practical_recruiter[topic]}/{total} do)"
            )
    for kind in KINDS:
        if kind_counts[kind] < MIN_PER_KIND:
            errors.append(f"kind {kind!r}: need at least {MIN_PER_KIND} research template")

    for family in FAMILIES:
        if family_counts[family] < MIN_PER_FAMILY:
            errors.append(
                f"family {family!r}: need at least {MIN_PER_FAMILY} questions, found {family_counts[family]}"
            )
        if family_hiring_manager[family] < MIN_FAMILY_HIRING_MANAGER:
            errors.append(
                f"family {family!r}: need at least {MIN_FAMILY_HIRING_MANAGER} questions suiting "
                f"'hiring_manager', found {family_hiring_manager[family]}"
            )
    for level in SENIORITIES:
        if seniority_counts[level] < MIN_PER_SENIORITY:
            errors.append(
                f"seniority {level!r}: need at least {MIN_PER_SENIORITY} questions, found {seniority_counts[level]}"
            )
    for kind in ("skill", "theme", "practice"):
        if stress_kinds[kind] < MIN_STRESS_TEMPLATES:
            errors.append(f"stress kind {kind!r}: need at least {MIN_STRESS_TEMPLATES} stress template")

    stats.update(
        questions=len(questions),
        templates=len(templates),
        topics=topic_counts,
        suits=suit_counts,
        priorities=priority_counts,
        redundant=redundant_counts,
        kinds=kind_counts,
        families=family_counts,
        seniority=seniority_counts,
        stress=stress_kinds,
    )
    return errors, stats


def _print_stats(stats: dict) -> None:
    print(f"questions: {stats['questions']}")
    print("  per topic:")
    for topic in TOPICS:
        print(f"    {topic:<18} {stats['topics'][topic]:>3}")
    print("  per interviewer type:")
    for suit in SUITS:
        print(f"    {suit:<18} {stats['suits'][suit]:>3}")
    print("  per priority:")
    for p in range(1, 6):
        print(f"    {p:<18} {stats['priorities'][p]:>3}")
    print("  redundant_if usage:")
    for fact in REDUNDANT_FACTS:
        print(f"    {fact:<18} {stats['redundant'][fact]:>3}")
    print(f"research templates: {stats['templates']}")
    for kind in KINDS:
        print(f"    {kind:<18} {stats['kinds'][kind]:>3}")
    print("questions limited to a family:")
    for family in FAMILIES:
        print(f"    {family:<18} {stats['families'][family]:>3}")
    print("questions limited to a level:")
    for level in SENIORITIES:
        print(f"    {level:<18} {stats['seniority'][level]:>3}")
    print("stress templates:")
    for kind in STRESS_KINDS:
        print(f"    {kind:<18} {stats['stress'][kind]:>3}")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_PATH
    try:
        raw = path.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc}", file=sys.stderr)
        return 1
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        print(f"error: {path} is not valid UTF-8: {exc}", file=sys.stderr)
        return 1
    except tomllib.TOMLDecodeError as exc:
        print(f"error: {path} is not valid TOML: {exc}", file=sys.stderr)
        return 1

    errors, stats = validate(data)
    _print_stats(stats)
    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):", file=sys.stderr)
        for err in errors:
            print(f"  - {err}", file=sys.stderr)
        return 1
    print(f"\nOK: {path} passed all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

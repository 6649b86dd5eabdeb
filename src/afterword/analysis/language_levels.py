"""Language levels: the level a posting asks for ("fluent English", "excellent German, written and spoken") and
the level a resume gives itself ("English: B1", "Intermediate English", "English (pre-intermediate)").

A resume that names a language is not proof of the level a posting asks for: "English (elementary)" against
"fluent in English" is the gap an interviewer notices first. Levels are ranked on one scale, CEFR-like:
0 beginner (A1), 1 elementary (A2), 2 intermediate (B1), 3 upper-intermediate (B2), 4 advanced (C1),
5 proficient (C2), 6 native. The profile scale of job sites (elementary, limited working, professional working,
full professional, native) follows the ILR scale it comes from: "professional working" is C1, not B2. Every pattern
is a bounded alternation: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from afterword.models import Document

if TYPE_CHECKING:
    from afterword.analysis.taxonomy import Taxonomy

# The words a resume rates a language with, and their rank.
_STATED: tuple[tuple[int, str], ...] = (
    (6, r"native(?: speaker| language| tongue)?|mother[- ]tongue|first language|bilingual"),
    (5, r"c2|proficient|full(?:y)? professional(?: proficiency)?|fluent|fluency|excellent"),
    (4, r"c1|advanced|very good|professional working(?: proficiency)?"),
    (3, r"b2|upper[- ]intermediate|good|working proficiency"),
    (2, r"b1|intermediate|conversational|working knowledge|independent|limited working(?: proficiency)?|"
        r"slow(?:ly)? speaking|speaking slowly|passive"),
    (1, r"a2|pre[- ]intermediate|elementary|limited(?: proficiency)?|basic knowledge"),
    (0, r"a1|basic|beginner|beginning|notions|starter"),
)
# "B1-B2", "B1/B2": a range is read as its upper bound (the lookarounds let a range's two ends be read)
_STATED_RE = re.compile(r"(?<![\w])(?:" + "|".join(f"(?P<l{rank}>{words})" for rank, words in _STATED)
                        + r")(?![\w]|-(?!intermediate))", re.IGNORECASE)
_RANGE = re.compile(r"\b([abc][12])\s?[-–/]\s?([abc][12])\b", re.IGNORECASE)
# What a posting asks: "fluent", "excellent", "business-level", "C1", "written and spoken" → at least advanced;
# "good", "working" → upper-intermediate. "Basic German is a plus" asks little.
_ASKED_HIGH = re.compile(r"\b(?:fluen\w*|excellent|native|mother[- ]tongue|business[- ](?:level|fluent|fluency)|"
                         r"very good|proficien\w*|perfect|effortless\w*|flawless\w*|impeccabl\w*|c1|c2|advanced|"
                         r"high (?:level|standard|degree) of|(?:at|to) a high (?:level|standard)|"
                         r"verbal and written|written and verbal|"
                         r"full professional|(?:both )?(?:written and (?:spoken|"
                         r"oral)|spoken and written|oral(?:ly)? and (?:in )?writ\w*|in speech and writing))\b",
                         re.IGNORECASE)
_ASKED_GOOD = re.compile(r"\b(?:good|strong|solid|working|professional|b2|command of)\b", re.IGNORECASE)
_WINDOW = 32  # characters after a language's name (or before it) that may rate it


NATIVE = 6  # the rank of a native language


def spoken_language(taxonomy: Taxonomy, name: str) -> bool:
    """True for a language one speaks ("German", "Danish"); not for a skill filed with them ("interpreting",
    "translation", "bilingual"), which is worked in, not spoken."""
    known = taxonomy.get(name)
    return known is not None and known.category == "language" and name[:1].isupper()


@dataclass(frozen=True, slots=True)
class StatedLevel:
    """A level the resume gives a language: its rank (0-6), the resume's own words for it ("pre-intermediate",
    "B1"), and the line that says it."""

    rank: int
    words: str
    line: int


def asked_rank(text: str) -> int | None:
    """The lowest level a posting's requirement asks of a language: 4 (advanced) for "fluent", "excellent",
    "written and spoken"; 3 for "good" or "working"; None when it names no level."""
    if _ASKED_HIGH.search(text):
        return 4
    if _ASKED_GOOD.search(text):
        return 3
    return None


def _rank_near(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The level written right after a language's name ("English: B1", "English (pre-intermediate)",
    "English – elementary") or right before it ("Intermediate English"), or None."""
    after = text[end:end + _WINDOW + 8]  # (up to the clause's end: "English - full understanding, slow speaking")
    ranged = _RANGE.match(after.lstrip(" :–—(-"))
    if ranged:  # "English (B1-B2)": the upper end, said as the resume writes it
        upper = _STATED_RE.fullmatch(ranged.group(2))
        if upper is not None:
            return next(rank for rank, _ in _STATED if upper.group(f"l{rank}")), ranged.group(0)
    after = re.split(r"[;|/\n]|,(?= ?[A-Z])| {2,}|\b(?:and)\b", after, maxsplit=1)[0]
    found = _STATED_RE.search(after)
    # "English - full understanding, slow speaking": how well it is understood, then the level it is spoken at,
    # said in the resume's own words, both of them
    described = re.fullmatch(r"[\s:–—(\-.,]*((?:\w+ )?(?:understanding|reading|comprehension),\s*)",
                             after[:found.start()]) if found is not None else None
    if described is not None and found is not None:
        return next(rank for rank, _ in _STATED if found.group(f"l{rank}")), \
            after[described.start(1):found.end()]
    if found is None or not re.fullmatch(r"[\s:–—(\-.,]*(?:level|-)?[\s:–—(\-.,]*", after[:found.start()]):
        before = text[max(0, start - _WINDOW):start]
        found = None
        for candidate in _STATED_RE.finditer(before):
            if re.fullmatch(r"[\s:–—-]*(?:level of|level)?[\s:–—-]*", before[candidate.end():]):
                found = candidate
        if found is None:
            return None
    return next(rank for rank, _ in _STATED if found.group(f"l{rank}")), found.group(0)


def stated_level(resume: Document, language: str) -> StatedLevel | None:
    """The highest level the resume gives ``language`` ("English: B1" → intermediate), or None when it gives
    none: a resume that only names the language states no level."""
    name = re.compile(r"(?<![\w-])" + re.escape(language) + r"(?![\w-])", re.IGNORECASE)
    best: StatedLevel | None = None
    for k, line in enumerate(resume.lines):
        for found in name.finditer(line.text[:2_000]):
            near = _rank_near(line.text, found.start(), found.end())
            at = line.number
            if near is None and line.text.strip(" :–—-•*") == found.group(0) and k + 1 < len(resume.lines) \
                    and resume.lines[k + 1].section == line.section:
                # "English" alone on its line, its level opening the next ("B1 - Intermediate"), as a column of
                # languages is read
                following = resume.lines[k + 1]
                near = _rank_near(f"{found.group(0)} {following.text[:_WINDOW]}", 0, len(found.group(0)))
                at = following.number
            if near is not None and (best is None or near[0] > best.rank):
                best = StatedLevel(near[0], near[1], at)
    return best


USABLE = 2  # intermediate (B1): the least a language asked with no level ("English required") can mean at work
# "basic German", "some French", "German is a plus": asks little, so no level below it is a gap
_LITTLE = re.compile(r"\b(?:basic|some|a little|a plus|an? (?:advantage|asset|bonus)|nice to have|helpful|"
                     r"beneficial|preferred|preferably|ideally)\b", re.IGNORECASE)


def below_asked(requirement_text: str, resume: Document, language: str, *, required: bool = False) -> (
        StatedLevel | None):
    """The level the resume gives ``language`` when it is below what the requirement asks ("fluent English"
    against "English: pre-intermediate"); None when the level is met, not asked, or not stated. A ``required``
    language asked with no level ("English") asks at least USABLE: "English - elementary" is below it."""
    asked = asked_rank(requirement_text)
    if asked is None:
        if not required or _LITTLE.search(requirement_text):
            return None
        asked = USABLE
    stated = stated_level(resume, language)
    if stated is None or stated.rank >= asked:
        return None
    return stated


# Languages close enough that speaking one helps with another (the same branch of a family): a Spanish ask to one
# who speaks Italian is worth saying; Russian to a Danish ask is not.
_BRANCHES = (
    frozenset({"Spanish", "Portuguese", "Italian", "French", "Catalan", "Romanian", "Galician"}),
    frozenset({"Danish", "Norwegian", "Swedish", "Icelandic", "Faroese"}),
    frozenset({"German", "Dutch", "Flemish", "Luxembourgish", "Afrikaans", "Yiddish"}),
    frozenset({"Russian", "Ukrainian", "Belarusian"}),
    frozenset({"Polish", "Czech", "Slovak", "Sorbian"}),
    frozenset({"Serbian", "Croatian", "Bosnian", "Montenegrin", "Slovenian", "Macedonian", "Bulgarian"}),
    frozenset({"Hindi", "Urdu"}),
    frozenset({"Malay", "Indonesian"}),
    frozenset({"Arabic", "Maltese"}),
    frozenset({"Finnish", "Estonian"}),
    frozenset({"Latvian", "Lithuanian"}),
)


def close_languages(language: str, other: str) -> bool:
    """True when ``other`` is close to ``language`` (the same branch: Italian to Spanish, Swedish to Danish)."""
    return language != other and any(language in branch and other in branch for branch in _BRANCHES)

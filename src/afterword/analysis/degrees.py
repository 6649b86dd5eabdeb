"""Degrees: the ones a resume holds (level, subject, line) and the minimum one a posting's requirement asks for.

Levels, lowest first: high school, diploma/certificate, associate, bachelor's, master's, doctorate. A posting that
asks for "a degree" without naming a level asks for "degree", which any associate degree or higher meets.

Every pattern here is bounded (no unbounded run next to another over the same characters), so a line of any
length is read in one pass."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from afterword.models import DegreeMention, Document

LEVELS: tuple[str, ...] = ("high school", "diploma/certificate", "associate", "bachelor's", "master's", "doctorate")
_RANK = {level: rank for rank, level in enumerate(LEVELS)}
ANY_DEGREE = "degree"


def level_rank(level: str | None) -> int:
    """0 (high school) to 5 (doctorate); "degree" (no level named) ranks as associate; None or unknown: -1."""
    if level == ANY_DEGREE:
        return _RANK["associate"]
    return _RANK.get(level or "", -1)


def meets(held: str | None, asked: str | None) -> bool:
    """True when a degree of level ``held`` satisfies a requirement for ``asked`` (None asks nothing)."""
    if asked is None:
        return True
    return level_rank(held) >= level_rank(asked) and held is not None


_B = r"(?<![\w.])"  # not inside a word or an abbreviation
_E = r"(?![\w])"
_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("doctorate", re.compile(
        _B + r"(?:ph\. ?d\.?|phd|d\. ?phil\.?|dphil|doctorate|doctoral degree|ed\. ?d\.|edd|d\. ?sc\.|dsc|"
        r"doctor of (?:philosophy|science|education|medicine|engineering|business administration))" + _E,
        re.IGNORECASE)),
    ("master's", re.compile(
        _B + r"(?:master(?:'s|’s|s)?(?= (?:degree|of|in|level)\b)|master(?:'s|’s)|masters(?= degree)|"
        r"m\. ?sc\.?|msc|m\. ?s\.?|m\. ?a\.?|mba|m\. ?b\. ?a\.|m\. ?eng\.?|m\. ?tech\.?|mtech|m\. ?phil\.?|mphil|"
        r"m\. ?ed\.|ll\. ?m\.)" + _E + r"|" + _B + r"(?-i:MEng|MSN|MPH)" + _E, re.IGNORECASE)),
    ("bachelor's", re.compile(
        _B + r"(?:bachelor(?:'s|’s|s)?|b\. ?sc\.?|bsc|b\. ?s\.?|b\. ?a\.?|b\. ?e\.?|b\. ?eng\.?|beng|"
        r"b\. ?tech\.?|btech|bba|b\. ?com\.?|bcom|ll\. ?b\.|llb|b\. ?ed\.|undergraduate degree|"
        r"(?:4|four)[- ]year degree)" + _E +
        r"|" + _B + r"(?-i:BSN|BFA)" + _E, re.IGNORECASE)),
    ("associate", re.compile(
        _B + r"(?:associate(?:'s|’s|s)? degree|associate of (?:applied )?(?:arts|science|sciences|occupational "
        r"studies|general studies)|a\. ?a\. ?s\.|a\. ?a\.|a\. ?s\.(?= degree| in )|aas)" + _E, re.IGNORECASE)),
    ("high school", re.compile(
        _B + r"(?:high[- ]school (?:diploma|graduate|education|certificate|equivalent)|secondary school "
        r"(?:diploma|certificate)|ged|a-levels?|a levels|gcses?|matriculation certificate|bagrut)" + _E,
        re.IGNORECASE)),
    ("diploma/certificate", re.compile(
        _B + r"(?:(?:graduate|postgraduate|post-graduate|advanced|higher national|national|vocational|trade|"
        r"technical|professional) (?:diploma|certificate)|(?:diploma|certificate)(?= (?:in|of) )|pgce|pgdip|hnd|hnc)"
        + _E, re.IGNORECASE)),
)
# A field of study asked without a degree's level: "or has a similar educational background", "an education
# within food science", "a technical background within marine engineering".
FIELD_ASK = re.compile(r"\b(?:educational background|academic background|technical background|education(?:al)? "
                       r"(?:in|within)|similar education|relevant education|(?:degree|studies) in)\b", re.IGNORECASE)
# Two-letter degrees, upper case only, and only where they read as one: "MS in X", "BA (Hons)", "BS/MS",
# "MA English" at the start of an entry; never "Boston, MA 02115", "MS Office", "that's BS".
_SHORT = re.compile(r"(?<![\w.#&/-])(MS|MA|BS|BA|BE|AS)(?![\w.'’])")
_SHORT_LEVEL = {"MS": "master's", "MA": "master's", "BS": "bachelor's", "BA": "bachelor's", "BE": "bachelor's",
                "AS": "associate"}
_NOT_AFTER_MS = frozenset("office word excel sql project access teams visio dynamics outlook powerpoint azure "
                          "exchange sharepoint windows dos paint navision".split())
_NOT_MASTER_BEFORE = re.compile(r"\b(?:scrum|web|quiz|grand|toast|head|ship|yard|post|band|concert|chess|dungeon|"
                                r"station|house|quarter|ring|game|task|data|puppet|spy|zen|kung fu|certified)\s?$",
                                re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:no|without|not|unfinished|incomplete)\b[^,;.]{0,12}$", re.IGNORECASE)
_SUBJECT_STOP = re.compile(r"[,;|(\[\d]|(?<=\w{3})\.(?= )| [-–—] | (?:at|from|with|and minor|minor|gpa|graduated|"
                           r"expected|university|college|school|institute)\b", re.IGNORECASE)
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
# The five-year university degree of Russia and its neighbours, ranked with a master's: "Specialist of Science in
# Applied Mathematics", "Specialist degree in Economics"; read only under an education heading (a job title
# "Specialist in Payroll" is no degree).
_SPECIALIST = re.compile(r"(?<![\w.])specialist(?:'s|’s)?(?: of (?:science|arts|engineering))?(?: (?:degree|diploma))?"
                         r"(?: \([^()]{1,30}\))?(?= (?:in|of) [A-Z])", re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(r"\b(?:inc|llc|ltd|corp|gmbh|plc|s\.?a|b\.?v|pvt|pty)\b\.?", re.IGNORECASE)
_SCHOOL_WORD = re.compile(r"\b(?:universit|college|school|institute|academy|faculty)", re.IGNORECASE)


def _short_is_degree(text: str, match: re.Match[str]) -> bool:
    word, after, before = match.group(1), text[match.end():match.end() + 40], text[max(0, match.start() - 40):
                                                                                   match.start()]
    if match.start() > 40 and "\n" not in before:
        before = "x " + before  # only the window before it is read: there is text before it
    following = after.lstrip(" ").split(" ", 1)[0].strip(",.;:").lower() if after.strip() else ""
    if word == "MS" and following in _NOT_AFTER_MS:
        return False
    if re.match(r" (?:in|of) [A-Za-z]|/(?:MS|MA|BS|BA|PhD|MSc|BSc)\b| ?\((?:Hons|hons|[A-Z])| degree\b| or "
                r"(?:MS|MA|BS|BA|PhD)\b", after):
        return True
    at_start = not before.strip() or before.rstrip().endswith((",", ";", "|", ":", "-", "–", "—", "•"))
    if not at_start or before.rstrip().endswith(",") and before.strip() and before.strip()[-2:-1].isalpha() and \
            not re.match(r" [A-Z][a-z]", after):
        return False  # "Cambridge, MA"
    return bool(re.match(r" [A-Z][a-z]{2}", after)) and following not in _NOT_AFTER_MS


def _subject(text: str, start: int, end: int) -> str:
    """The subject written after the degree ("MSc in Computer Science", "B.E. Mechanical", "Master of Science in
    Nursing", "MBA (Sales & Marketing)") or just before it ("Computer Science Master Degree")."""
    rest = text[end:end + 120]
    rest = re.sub(r"^(?:'s|’s|s)?(?: degree)?", "", rest, flags=re.IGNORECASE)
    rest = re.sub(r"^ ?\((?:hons|honours|honors)\)", "", rest, flags=re.IGNORECASE)
    paren = re.match(r"^ ?\(([A-Za-z][^()]{1,50})\)", rest)
    if paren:
        return paren.group(1).strip()
    lead = re.match(r"^(?: (?:in|of)| ?[,:–-])? ", rest)
    explicit = bool(lead and lead.group(0).strip())
    rest = rest[lead.end():] if lead else rest
    stop = _SUBJECT_STOP.search(rest)
    words = (rest[:stop.start()] if stop else rest).strip(" .").split()[:6]
    if explicit and words and words[0][:1].islower():  # "in computer science Information systems": one phrase
        words = list(itertools.takewhile(lambda word: not word[:1].isupper(), words))
    if explicit and words and words[0][:1].isupper():
        # "in Computer Science redux": a tool's name in lower case after a field written in capitals is a word of
        # the other column ("in English literature" keeps its literature)
        from afterword.analysis.taxonomy import TOOL_CATEGORIES, default_taxonomy

        taxonomy = default_taxonomy()
        cut = next((k for k, word in enumerate(words) if k and word[:1].islower()
                    and (known := taxonomy.lookup(word)) is not None and known.category in TOOL_CATEGORIES), None)
        words = words[:cut] if cut is not None else words
    if not explicit:  # after a bare space only capitalised words: "B.E. Mechanical", not "B.E. from ..."
        taken = []
        for word in words:
            if not (word[:1].isupper() or (taken and word in ("and", "&", "of", "in"))):
                break
            taken.append(word)
        words = taken
    while words and words[-1].lower() in ("and", "&", "of", "in", "the"):
        words = words[:-1]
    subject = " ".join(words).strip(" ,.&")
    if re.match(r"(?:applied )?(?:science|arts|engineering|business administration)s? in ", subject, re.IGNORECASE):
        subject = subject.split(" in ", 1)[1]
    if _COMPANY_SUFFIX.search(subject):
        return ""  # "Master degree of Computer Arcadia inc.": a company of the other column ran into the subject
    if subject and not _SCHOOL_WORD.search(subject):
        return subject
    before = re.search(r"((?:[A-Z][\w&-]{1,20} ){0,2}[A-Z][\w&-]{1,20})[ /]$", text[max(0, start - 60):start])
    if before and not _SCHOOL_WORD.search(before.group(1)) and text[end:end + 8].lower().lstrip("'’s ").startswith(
            "degree"):
        return before.group(1)
    return ""


def degree_words(name: str | None) -> str:
    """"bachelor's degree", "high school diploma", or just "degree" when the posting names no level."""
    if name in (None, ANY_DEGREE):
        return "degree"
    return {"high school": "high school diploma", "diploma/certificate": "diploma or certificate"}.get(
        name, f"{name} degree")


_MBA = re.compile(r"\bMBA\b")


def said_as(level: str, words: str) -> str:
    """How a held degree is said aloud: by its level ("a master's degree"), or, for a degree ranked with one that
    does not use its name (a Specialist degree, ranked with a master's), by its own name: the card never says
    "master's" for what the resume calls a Specialist degree."""
    if words.lower().startswith("specialist"):
        return "Specialist degree"
    if level == "master's" and _MBA.search(words):
        return "MBA"  # "MBA (Sales & Marketing)": the degree by its own name, which answers "a master's in business"
    return degree_words(level)


def degrees_in(text: str, *, education: bool = False) -> list[tuple[str, str, int, int]]:
    """(level, subject, start, end) for every degree named in ``text``, in order (see _degrees_in)."""
    return list(_degrees_in(text, education))


@lru_cache(maxsize=8192)
def _degrees_in(text: str, education: bool) -> tuple[tuple[str, str, int, int], ...]:
    """(level, subject, start, end) for every degree named in ``text``, in order. ``education`` when the line
    is under an education heading, where a school's name ("Lincoln High School, 2005") names its level too."""
    found: list[tuple[str, str, int, int]] = []
    if not _TWO_LETTERS.search(text):
        return ()
    taken = bytearray(len(text))  # characters already read as part of a degree

    def add(level: str, start: int, end: int) -> None:
        if any(taken[start:end]):
            return
        if _NEGATED.search(text[max(0, start - 30):start]):
            return  # "Student (no diploma)", "unfinished higher education"
        taken[start:end] = b"\x01" * (end - start)
        found.append((level, _subject(text, start, end), start, end))

    if education:  # first, so that its own remark is read with it: "Specialist (M.Sc. analogue) in Economics"
        for match in _SPECIALIST.finditer(text):  # "Specialist of Science in Applied Mathematics" (five years)
            add("master's", match.start(), match.end())
    for level, pattern in _FORMS:
        for match in pattern.finditer(text):
            if level == "master's" and match.group(0).lower().startswith("master") and \
                    _NOT_MASTER_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
                continue  # "Scrum Master"
            add(level, match.start(), match.end())
    for match in _SHORT.finditer(text):
        if _short_is_degree(text, match):
            add(_SHORT_LEVEL[match.group(1)], match.start(1), match.end(1))
    if education:
        for match in re.finditer(r"\bhigh school\b", text, re.IGNORECASE):
            add("high school", match.start(), match.end())
    return tuple(sorted(found, key=lambda item: item[2]))


# A degree the entry says was never awarded: "Student (no diploma), ... MSc programme", "BSc Physics (not
# completed)", "dropped out in the third year". Read anywhere on the line, for the degree nearest to it.
_NOT_AWARDED = re.compile(r"\b(?:no (?:diploma|degree)|not (?:completed|finished|awarded)|incomplete|unfinished|"
                          r"did not (?:graduate|finish|complete)|dropped out|withdrew)\b", re.IGNORECASE)


def _awarded(text: str, named: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """The degrees of one resume line that were awarded: each "not awarded" remark drops the degree nearest it."""
    dropped: set[int] = set()
    for remark in _NOT_AWARDED.finditer(text):
        nearest = min(range(len(named)), key=lambda k: min(abs(remark.start() - named[k][3]),
                                                           abs(named[k][2] - remark.end())))
        dropped.add(nearest)
    return [degree for k, degree in enumerate(named) if k not in dropped]


def resume_degrees(resume: Document) -> tuple[DegreeMention, ...]:
    """Every degree the resume names as awarded, with its level, subject and line, in the order written."""
    out: list[DegreeMention] = []
    for line in resume.lines:
        named = degrees_in(line.text, education=line.section == "Education")
        for level, subject, start, end in _awarded(line.text, named) if named else ():
            out.append(DegreeMention(level, subject, line.number, line.text[start:end]))
    return tuple(out)


def highest_degree(resume: Document) -> str | None:
    """The highest level of degree the resume names, or None."""
    levels = [m.level for m in resume_degrees(resume)]
    return max(levels, key=level_rank) if levels else None


_NO_DEGREE = re.compile(r"\b(?:no (?:formal |college |university )?degree|degree (?:is )?not (?:required|necessary|"
                        r"needed)|without a (?:college |university )?degree|degree optional)\b", re.IGNORECASE)
_GENERIC = re.compile(r"(?<![\w-])degree(?!\w)", re.IGNORECASE)
_NOT_ACADEMIC_BEFORE = re.compile(r"(?:\d|\bhigh|\bgreat|\blarge|\bcertain|\bsome|\bany|\bvarying|\bhigher|"
                                  r"\blesser|\bfull|\bthird|\bfirst|\bsecond|\bwhat|\bsame|\bsignificant|\bstrong)"
                                  r"[ -]?$", re.IGNORECASE)


# A degree naming the people or work of the job, not one asked of the candidate: "supervise MSc students",
# "PhD supervision", "MSc . Thesis", "a PhD position".
DEGREE_AS_MODIFIER = r" ?\.? ?(?:research |(?:\w+ )?funded )?(?:students?|thes[ie]s|supervision|supervisors?|" \
                     r"candidates?|positions?|studies|projects?|courses?|teaching|scholarships?|fellowships?|" \
                     r"stipends?|studentships?|grants?|posts?|researchers?|opportunit\w+|" \
                     r"programmes?|programs?|places?|vacanc\w+|guides?|handbooks?|regulations|rules|schools?)\b"
_MODIFIER = re.compile(DEGREE_AS_MODIFIER, re.IGNORECASE)


def degree_span(text: str) -> tuple[int, int] | None:
    """Where the first degree named in ``text`` stands: a level ("a Masters degree in ...") or the bare word
    "degree"; None when it names none."""
    spans = [(start, end) for _, _, start, end in degrees_in(text)]
    spans += [found.span() for found in _GENERIC.finditer(text)][:1]
    return min(spans) if spans else None


# "The scholarships for the PhD degree ...", "enrolled as a PhD student", "leading to a doctorate": the degree the
# post leads to, not one it asks for
_AWARDED = re.compile(r"\b(?:for|towards?|leading to|to obtain|to earn|to complete|enrol(?:led|l)? (?:as|in))"
                      r"(?: a| an| the| your)?\s*$", re.IGNORECASE)


def required_degree(text: str) -> str | None:
    """The minimum degree a posting's requirement asks for: a level from LEVELS, "degree" when it names no
    level ("a degree in a related field"), None when it asks for none ("360 degree feedback", "no degree
    required", "a high degree of autonomy")."""
    if _NO_DEGREE.search(text):
        return None
    named = degrees_in(text)
    awarded = [item for item in named if _AWARDED.search(text[max(0, item[2] - 24):item[2]])]
    found = [item for item in named if not _MODIFIER.match(text, item[3]) and item not in awarded]
    if found:
        return min((level for level, _, _, _ in found), key=level_rank)
    for match in _GENERIC.finditer(text):
        if any(0 <= match.start() - item[3] <= 2 for item in awarded):
            continue  # "the PhD degree" the post leads to
        after = text[match.end():match.end() + 4].lower()
        if _MODIFIER.match(text, match.end()):
            continue  # "enrolled in one of the general degree programmes": the programme, not an ask
        if after.startswith(" of") or _NOT_ACADEMIC_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            continue
        return ANY_DEGREE
    return None

"""Mechanical checks of one Closing Card (the JSON of `afterword prepare --format json`).

Each check returns defects: {"kind": one of KINDS, "detail": what was seen}. They read only the card and match
JSON, the resume's own text and the labels; none imports the engine, so they keep working while it changes.
Fields the engine is adding (posting_info, posting_units, resume_info) are used when present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import snowballstemmer

KINDS = ("crash", "slow", "non_requirement_concern", "too_many_concerns", "false_denial", "empty_pitch", "company",
         "role", "years", "long_requirement", "hard_condition")
SHORT = {"crash": "crash", "slow": "slow", "non_requirement_concern": "nonreq", "too_many_concerns": "many",
         "false_denial": "deny", "empty_pitch": "pitch", "company": "comp", "role": "role", "years": "yrs",
         "long_requirement": "long", "hard_condition": "hard"}

MAX_CONCERNS = 5
# Concerns about the resume's line of work, the job's title or its place, not quoting a posting unit: judged by the
# coach, and left out of "concerns from requirement text" (both its count and its total)
NOT_FROM_UNITS = ("career-change", "step-down", "step-up", "title", "relocation")


def from_units(concern: dict[str, Any]) -> bool:
    """True for a concern built on a posting unit; not one about the line of work, the title, the place or the
    language the whole posting is written in (those quote no posting line: their requirement_line is 0)."""
    return concern.get("kind") not in NOT_FROM_UNITS and concern.get("requirement_line") != 0
MAX_REQUIREMENT_CHARS = 300
MAX_SECONDS = 5.0
MIN_PITCH_WORDS = 40

Defect = dict[str, str]
Card = dict[str, Any]


@dataclass
class Truth:
    """Labels of one of our own postings (labels.toml)."""

    company: str
    role: str
    requirements: list[str]
    nice_to_have: list[str]
    hard: dict[str, str]  # key -> the condition's exact text
    met: list[str] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)


@dataclass
class Context:
    """What the checks know about a pair besides the card."""

    resume_text: str
    posting_text: str
    truth: Truth | None = None  # our own postings
    expected_years: float | None = None  # labelled
    dated: bool = False  # the resume has date ranges of jobs


# --- text helpers -----------------------------------------------------------------------------------------------

_STEM = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[a-z0-9][a-z0-9+#.'’-]*[a-z0-9+#]|[a-z0-9]", re.IGNORECASE)
_STOP = frozenset("""a an the of in on for with and or to at by as from into its it this that these those any
other another similar such e.g etc our your their my me we you they i is are be been being have has had do
experience experienced skill skills knowledge ability able work working strong good solid proven year years
month months least more minimum including current valid plus hands-on""".split())


def words(text: str) -> list[str]:
    return [w.lower().strip("'’.-") for w in _WORD.findall(text)]


def main_stems(text: str) -> set[str]:
    return {_STEM.stemWord(w) for w in words(text) if w not in _STOP and len(w) > 1 and not w[0].isdigit()}


def normal(text: str) -> str:
    text = text.lower().replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip(" .;:,-")


def same_text(found: str, label: str) -> bool:
    """Whether a requirement the card quotes is this labelled sentence (either contains the other, or most of
    the shorter one's main words are shared)."""
    a, b = normal(found), normal(label)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    sa, sb = main_stems(a), main_stems(b)
    shorter = min(len(sa), len(sb))
    return shorter > 0 and len(sa & sb) / shorter >= 0.75


_NAME_DROP = frozenset({"inc", "co", "ltd", "llc", "the", "corp", "gmbh", "plc", "company", "and", "a", "an",
                        "highly", "qualified", "motivated", "experienced", "talented", "skilled", "dedicated",
                        "enthusiastic", "passionate", "new", "m", "f", "d", "w"})


def _name_words(text: str) -> list[str]:
    """Words of a company or role name, hyphenated words split ("Frontend-Developer"), fillers left out."""
    return [w for w in words(text.replace("-", " ").replace("/", " ")) if w not in _NAME_DROP]


def name_matches(found: str, truth: str, *, slack: int, other: str = "") -> bool:
    """A company or role as read by the engine against the true one: all the true words, at most `slack` others,
    and not the `other` name as well (a role that swallowed the company's name is wrong)."""
    f, t, o = _name_words(found), _name_words(truth), _name_words(other)
    if not f or not t or (o and set(o) <= set(f) and not set(o) <= set(t)):
        return False
    return set(t) <= set(f) and len(f) <= len(t) + slack


# Job titles: for the role check, and for title lines in postings.
_TITLES = (r"engineer|developer|manager|nurse|teacher|designer|analyst|director|assistant|specialist|coordinator|"
           r"technician|officer|lead|consultant|representative|administrator|accountant|scientist|architect|"
           r"intern|clerk|driver|chef|cook|electrician|operator|supervisor|instructor|researcher|postdoc|"
           r"professor|lecturer|tester|programmer|student|trainee|head|advisor|adviser|owner|expert|"
           r"phd|fellow|associate|writer|editor|leader")
_TITLE = re.compile(rf"\b(?:{_TITLES})s?\b", re.IGNORECASE)
_SEEKING = re.compile(rf"\b(?:looking for|seeking|hiring|recruiting|searching for)\s+(?:an?|one|two|three|several|"
                      rf"new|our next|a new|an experienced|experienced|talented|motivated|highly motivated)?\s*"
                      rf"(?P<role>(?:[\w/+#.-]+\s+){{0,5}}?(?:{_TITLES})s?)\b", re.IGNORECASE)


# --- posting text that is not a requirement (SkillSpan postings, when posting_units are absent) --------------
# A few simple heuristics, in order; each names the kind of text it finds. They undercount (a slogan with no
# requirement wording passes) rather than flag real requirements.

_CUES = re.compile(r"\b(experience[ds]?|knowledge|ability|able to|skills?|degree|must|proficien\w*|familiar\w*|"
                   r"required|fluent\w*|background in|expertise|you have|you are|qualifications?)\b", re.IGNORECASE)
_YOU_REQUIRED = re.compile(r"\b(?:(?<!who )you(?:'ll|’ll| will)? (?:have|are|bring|need|must|should|know|can)|"
                           r"candidates?|looking for|seek\w*|searching for|hiring|we (?:need|want|expect|require)|"
                           r"ideal)\b", re.IGNORECASE)
_TAGS = re.compile(r"^[a-z0-9.+#/-]+(?: [a-z0-9.+#/-]+){1,8}$")
_TAG_STOP = frozenset("a an and or the of in on to for with you we be is are your our".split())
_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # (kind, when: "always" or "no cue" (only when no requirement wording), pattern)
    ("EEO text", "always", re.compile(
        r"equal[- ]opportunit|regardless of|irrespective of|without regard to|discriminat|diversity|inclusi|"
        r"\brace\b(?! condition)|\breligion\b|ethnic background|"
        r"all (?:qualified )?applicants|encourage (?:everyone|all|applications)|reflect (?:the )?(?:diversity|society)|"
        r"gender identity|sexual orientation|veteran status|no matter (?:what|where|who)|you are welcome",
        re.IGNORECASE)),
    ("contact, how to apply or hiring process", "always", re.compile(
        r"<CONTACT>|e-?mail\b|@[a-z]|https?://|www\.|\bphone\b|\bcontact (?:us|me|our|<NAME>)|please (?:contact|"
        r"provide|send|submit|include|apply|note)|send (?:your|us)\b|\bapply (?:now|online|via|through|at|by|here)\b|"
        r"applicants|applying for|your application|application (?:deadline|form|must|should)|\bdeadline\b|"
        r"closing date|(?:further|more) information|find out more|visit our|\bquestions\?|recruitment agenc|"
        r"selection (?:is made|process)|will be appointed|search committee|(?:wish|want|aim) to recruit|\breferences\b|"
        r"cover letter|curriculum vitae|^cv$|list of publications|(?:teaching|research) plan", re.IGNORECASE)),
    ("perk or benefit", "always", re.compile(
        r"^(?:job )?benefits?\s*:|^perks?\s*:|^what we offer|^we (?:can )?offer", re.IGNORECASE)),
    ("company blurb", "always", re.compile(r"^company description\s*:|^about (?:us|the company|<ORGANIZATION>)",
                                           re.IGNORECASE)),
    ("perk or benefit", "no cue", re.compile(
        r"\b(benefits?|perks?|pension|401\(?k\)?|health (?:insurance|plan)|dental|vision insurance|insurance|"
        r"paid (?:time off|holidays?|vacation|leave)|vacation|holidays|bonus(?:es)?|discount|"
        r"free (?:breakfast|lunch|snacks|coffee|fruit|parking)|gym|socials|macbook|salary|<SALARY>|compensation|"
        r"stock options|parental leave|commuter|canteen|well-?being|training opportunities|conferences|"
        r"flexible (?:working|hours)|working hours|home office|team events|parties|freedom to)\b", re.IGNORECASE)),
)
_HEADING_START = re.compile(r"^(?:your|our|what|who|why|how|about|job|the job|the role|you|we|company|position|"
                            r"role|requirements|qualifications|profile|benefits|faq|contact)\b", re.IGNORECASE)
_HEADING_END = re.compile(r"(?::|\.\.\.|…|\bwho|\bif|\bnext)$", re.IGNORECASE)
_LABEL_VALUES = re.compile(r"^(?:(?:full|part)[- ]time|permanent|temporary|contract|internship|remote|hybrid|"
                           r"on-?site|private|public|entry[- ]level|mid[- ]level|senior|junior|lead|professional|"
                           r"manager|experienced)(?:[ ,/]+(?:senior|junior|lead|professional|mid[- ]level|manager))*$",
                           re.IGNORECASE)
_LABELS = re.compile(r"^(?:job type|employment type|experience level|role|industry|company size|company type|"
                     r"date posted|likes|technologies|job description|location|contract|hours|schedule|start date|"
                     r"reference|salary|pay)\b\s*:?\s*[^.]{0,60}$", re.IGNORECASE)
_BLURB_START = re.compile(r"^(?:we(?:'re|’re|'ll|’ll|'ve|’ve)?|our|(?:at |the |join )?<ORGANIZATION>|the company|"
                          r"it(?:'s|’s| is)|that(?:'s|’s) why|since (?:its|our))(?=\W|$)", re.IGNORECASE)
_CALL = re.compile(r"^(?:make your mark|take your next|apply (?:now|today)|.*what are you waiting for|.*you belong|"
                   r"help us|come (?:and )?join|join (?:us|our|a|the) |be part of|people like you)", re.IGNORECASE)


def non_requirement_kind(text: str) -> str | None:
    """The kind of posting text this is when it is plainly not a requirement (heuristics), else None."""
    stripped = re.sub(r"^[\s)\].,;:•*-]+", "", text).strip()
    plain = re.sub(r"\s+([.,;:!?])", r"\1", stripped)  # SkillSpan tokens: "text ." -> "text."
    cue = _CUES.search(plain)
    count = len(plain.split())
    sentence = bool(re.search(r"[^.]\.$", plain))  # ends with one full stop (not "...")
    if len(re.findall(r"[A-Za-z]{2,}", plain)) < 1:
        return "fragment"
    for kind, when, pattern in _PATTERNS:
        if pattern.search(plain) and (when == "always" or not cue):
            return kind
    if _LABELS.match(plain) or _LABEL_VALUES.match(plain) or (count <= 6 and _TITLE.search(plain) and not cue
                                                                and not sentence):
        return "label or title line"
    if _TAGS.match(plain) and not set(plain.split()) & _TAG_STOP:
        return "label (technology tags)"
    if count <= 6 and (not cue or count <= 3) and not sentence and (_HEADING_START.match(plain) or
                                                                      _HEADING_END.search(plain)):
        return "heading"
    if _CALL.match(plain) or (plain.endswith(("?", "!")) and not cue):
        return "call to apply or rhetorical question"
    if _BLURB_START.match(plain) and not _YOU_REQUIRED.search(plain):
        return "company blurb"
    return None


_REQUIREMENT_ROLE = re.compile(r"requir|qualif|must|nice|skill|prefer", re.IGNORECASE)


def _unit_for(concern: dict[str, Any], units: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The posting unit a concern quotes: the one on its line sharing its text, else any sharing its text."""
    text = concern.get("requirement", "")
    same = [u for u in units if same_text(text, u.get("text", ""))]
    # on a posting pasted as one paragraph every unit is on line 1: the unit whose text it is comes first
    exact = [u for u in same if normal(u.get("text", "")) == normal(text)]
    on_line = [u for u in same if u.get("line") == concern.get("requirement_line")]
    return (exact or on_line or same or [None])[0]


# --- the checks -----------------------------------------------------------------------------------------------

def check_concerns(card: Card, match: Card | None, ctx: Context) -> tuple[list[Defect], dict[str, Any]]:
    """Concerns quoting text that is not a requirement; too many concerns; paragraphs taken as one
    requirement; hard conditions not raised (or raised although met)."""
    concerns = card.get("concerns") or []
    units = card.get("posting_units") or (match or {}).get("posting_units") or []
    method = "labels" if ctx.truth else "posting_units" if units else "heuristics"
    defects: list[Defect] = []
    from_requirement = 0
    for concern in concerns:
        if not from_units(concern):
            continue  # about the resume's line of work or the job's title, not a posting unit: judged by the coach
        text = concern.get("requirement", "")
        short = text if len(text) <= 90 else text[:87] + "..."
        problem = None
        if len(text) > MAX_REQUIREMENT_CHARS:
            # A paragraph (or a whole posting) taken as one requirement: neither requirement text nor one kind of
            # other text; counted once, as what it is.
            defects.append({"kind": "long_requirement", "detail": f"{len(text)} characters: “{text[:80]}...”"})
            continue
        if ctx.truth:
            if not any(same_text(text, r) for r in ctx.truth.requirements):
                nice = any(same_text(text, r) for r in ctx.truth.nice_to_have)
                problem = "a nice-to-have, not a must-have" if nice else "not a requirement sentence"
        elif units:
            unit = _unit_for(concern, units)
            role = (unit or {}).get("role", "")
            if unit is None or not _REQUIREMENT_ROLE.search(role):
                problem = f"posting unit role {role or 'not found'!r}"
        else:
            kind = non_requirement_kind(text)
            problem = kind
        if problem:
            defects.append({"kind": "non_requirement_concern", "detail": f"“{short}” ({problem})"})
        else:
            from_requirement += 1
    if len(concerns) > MAX_CONCERNS:
        defects.append({"kind": "too_many_concerns", "detail": f"{len(concerns)} concerns (more than {MAX_CONCERNS})"})
    if ctx.truth:
        for key in ctx.truth.unmet + ctx.truth.met:
            condition = ctx.truth.hard[key]
            raised = any(same_text(c.get("requirement", ""), condition) for c in concerns)
            if key in ctx.truth.unmet and not raised:
                defects.append({"kind": "hard_condition", "detail": f"not met and not raised: “{condition}”"})
            if key in ctx.truth.met and raised:
                defects.append({"kind": "hard_condition", "detail": f"met (the resume shows it) but raised: "
                                                                   f"“{condition}”"})
    long_in_match = [r.get("text", "") for r in (match or {}).get("requirements", [])
                     if len(r.get("text", "")) > MAX_REQUIREMENT_CHARS]
    built_on_posting = [c for c in concerns if from_units(c)]
    info = {"concerns": len(built_on_posting), "from_requirement": from_requirement, "concern_check": method,
            "long_requirements_in_match": len(long_in_match)}
    return defects, info


_DENIALS = (
    re.compile(r"\bI (?:haven't|have not) (?:yet )?(?:used|worked with|had|held|done) (?P<x>.+?)"
               r"(?= in my work| in production| professionally| yet\b|[.;]|$)", re.IGNORECASE),
    re.compile(r"\bI(?:'ve| have) never (?:used|worked with|had|held|done) (?P<x>.+?)(?= in my work| yet\b|[.;]|$)",
               re.IGNORECASE),
    re.compile(r"(?:^|: )(?P<x>[^:.]+?) (?:isn't|is not) one of my credentials", re.IGNORECASE),
    re.compile(r"(?:^|: )(?P<x>[^:.]+?) (?:aren't|are not) among my credentials", re.IGNORECASE),
    re.compile(r"\bI (?:don't|do not) (?:have|hold) (?:a |an |the |any )?(?P<x>.+?)(?= yet\b|[.;]|$)", re.IGNORECASE),
    re.compile(r"\bYour resume does(?: not|n't) show (?P<x>[^:“]+?)(?=: |$)"),
)
_THIS_YET = re.compile(r"does(?: not|n't) (?:show this(?: yet)?|say this in so many words): (?:they may ask about )?"
                       r"“(?P<r>[^”]+)”")
_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those", "one"})


def _shows(item: str, resume: str, resume_stems: set[str]) -> str | None:
    """How the resume shows `item`: "named" (the phrase itself), "its words" (all its main words), or None."""
    item = item.strip(" .,;:'\"“”")
    if not item or item.lower() in _PRONOUNS or item.split()[0].lower() in ("that", "this", "these", "those") \
            or item.lower().startswith("the rest of"):  # "... or the rest of it": the card's words, not a skill
        return None  # "I don't hold that degree": the one the posting asks, named in the concern, not a resume word
    flags = 0 if len(item) <= 2 else re.IGNORECASE  # "Go", "C", "R": only as written
    # (and a letter of a compound word is not the language: "C-level", "R&D", "go-to")
    joined = r"(?![\w+#]|[-&]\w)" if len(item) <= 2 else r"(?![\w+#])"
    if re.search(rf"(?<![\w+#]){re.escape(item)}{joined}", resume, flags):
        return "named"
    stems = main_stems(item)
    if len(item) > 2 and stems and stems <= resume_stems:
        return "its words"
    for name, surfaces, exact in _implying(item):  # "I haven't worked in Agile" to a resume that names Scrum
        if any(re.search(rf"(?<![\w+#]){re.escape(surface)}(?![\w+#])", resume, 0 if exact else re.IGNORECASE)
               for surface in surfaces):
            return f"as {name}, which implies it"
    return None


_SKILLS_TSV = Path(__file__).resolve().parents[2] / "src" / "afterword" / "data" / "skills.tsv"


@lru_cache(maxsize=1)
def _implied_by() -> dict[str, tuple[tuple[str, tuple[str, ...], bool], ...]]:
    """From the taxonomy's data file (read as data, not through the engine): each skill's name and aliases, in
    lower case, → the skills that imply it, as (name, surfaces, matched in its own case)."""
    rows = [line.rstrip("\n").split("\t") for line in _SKILLS_TSV.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")][1:]
    names: dict[str, str] = {}
    implying: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
    for row in rows:
        name, aliases = row[0], [a for a in (row[2] if len(row) > 2 else "").split(";") if a]
        for surface in (name, *aliases):
            names[surface.lower()] = name
        for implied in (row[3] if len(row) > 3 else "").split(";"):
            if implied:
                flags = row[4] if len(row) > 4 else ""
                implying.setdefault(implied, []).append((name, (name, *aliases), "cs" in flags.split(",")))
    return {surface: tuple(implying.get(name, ())) for surface, name in names.items()}


def _implying(item: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    return _implied_by().get(item.strip().lower(), ())


def check_denials(card: Card, ctx: Context) -> list[Defect]:
    """Prepared answers (or the concern above them) that deny something the resume's own text shows: one
    defect per concern, naming everything it wrongly denies."""
    resume_stems = main_stems(ctx.resume_text)
    defects: list[Defect] = []
    for concern in card.get("concerns") or []:
        texts = [s.get("text", "") for s in concern.get("sentences") or []] or [concern.get("answer", "")]
        shown: dict[str, str] = {}  # item -> how the resume shows it
        quoted = ""
        for text in [*texts, concern.get("concern", "")]:
            for pattern in _DENIALS:
                for found in pattern.finditer(text):
                    for item in re.split(r",\s*|\s+and\s+|\s+or\s+", found.group("x")):
                        how = _shows(item, ctx.resume_text, resume_stems)
                        if how and item.strip() not in shown:
                            shown[item.strip()] = how
                            quoted = quoted or text.strip()
        whole = _THIS_YET.search(concern.get("concern", ""))
        # "Your resume does not show this yet: “R”" when most of R's main words are on the resume (and R is a
        # requirement at all: a label such as "Company type:" is counted as a non-requirement concern instead)
        if whole and not non_requirement_kind(whole.group("r")):
            stems = main_stems(whole.group("r"))
            found = stems & resume_stems
            if len(stems) >= 2 and len(found) / len(stems) >= 0.75:
                shown[whole.group("r")[:60]] = f"{len(found)} of its {len(stems)} main words"
                quoted = quoted or concern["concern"]
        if shown:
            items = ", ".join(f"{item!r} ({how})" for item, how in shown.items())
            defects.append({"kind": "false_denial", "detail": f"“{quoted[:110]}” but the resume shows {items}"})
    return defects


_FILLER = re.compile(r"here is why I fit[^.]*\.\s*I'd welcome the next step", re.IGNORECASE)
_BRING_THAT = re.compile(r"\bbring (?:that|this|those|these|it)\b", re.IGNORECASE)


def check_pitches(card: Card) -> list[Defect]:
    """Pitches that say nothing: no sentence citing a resume line, too short, bare filler, or "bring that"
    with nothing before it for "that" to mean."""
    defects: list[Defect] = []
    for pitch in card.get("pitches") or []:
        sentences = pitch.get("sentences") or []
        cited = [any(s.get("document") == "resume" for s in sentence.get("sources") or []) for sentence in sentences]
        text = pitch.get("text", "")
        reasons = []
        if not any(cited):
            reasons.append("no sentence cites the resume")
        count = pitch.get("words") or len(text.split())
        if count < MIN_PITCH_WORDS:
            reasons.append(f"{count} words")
        if _FILLER.search(text):
            reasons.append("filler only (“here is why I fit ... I'd welcome the next step”)")
        for i, sentence in enumerate(sentences):
            if _BRING_THAT.search(sentence.get("text", "")) and not any(cited[:i + 1]):
                reasons.append("“bring that” with nothing before it")
                break
        if reasons:
            defects.append({"kind": "empty_pitch", "detail": f"{pitch.get('style', '?')}: {'; '.join(reasons)}"})
    return defects


def visible_roles(posting: str) -> list[str]:
    """Role titles a reader can plainly see in a SkillSpan posting: a short first line naming a job, or
    "looking for a X"; never a masked name."""
    out = []
    first = posting.strip().splitlines()[0] if posting.strip() else ""
    first = first.split("<", 1)[0] if len(first.split()) > 8 else first  # a pasted page: the title comes first
    first = re.sub(r"<[A-Z]+>|\([^)]*\)|\b[mwfd]/[mwfd](?:/[mwfd])?\b", " ", first)
    first = re.split(r"\s[-–|@]\s|\s+at\s+|,", first)[0].strip(" -–|")
    titles = list(_TITLE.finditer(first))
    if titles and len(first.split()) <= 8:
        out.append(first[:titles[-1].end()].strip())
    for line in posting.strip().splitlines()[1:6]:  # a title line under a slogan: "Team Leader Customer Service"
        head = line.split("<", 1)[0].strip()
        words = head.split()
        if 2 <= len(words) <= 8 and _TITLE.search(head) and all(
                w[:1].isupper() or w.lower() in ("&", "of", "and", "for", "-") for w in words):
            out.append(head)
    for found in _SEEKING.finditer(posting[:3000]):
        role = found.group("role").strip()
        if "<" not in role and not re.match(r"(?:the|a|an|people|someone|candidates?)\b", role, re.I):
            out.append(role)
    return out


def _role_hit(found: str, candidate: str) -> bool:
    f, c = _name_words(found), _name_words(candidate)
    head = [w for w in c if _TITLE.fullmatch(w)]
    if not f or not c or not head:
        return False
    shared = len(set(f) & set(c))
    return head[-1].rstrip("s") in {w.rstrip("s") for w in f} and shared >= min(2, len(set(c))) \
        and len(f) <= len(c) + 4


def check_names(card: Card, match: Card | None, ctx: Context) -> tuple[list[Defect], dict[str, Any]]:
    """Company and role: against the labels for our postings; for SkillSpan only the role, and only when the
    posting plainly shows one (masked company names are never judged)."""
    info_block = card.get("posting_info") or (match or {}).get("posting_info") or {}
    company = card.get("company") or info_block.get("company") or ""
    role = card.get("role") or info_block.get("role") or ""
    defects: list[Defect] = []
    info: dict[str, Any] = {"company": company, "role": role, "company_hit": None, "role_hit": None}
    if ctx.truth:
        info["company_hit"] = name_matches(company, ctx.truth.company, slack=0, other=ctx.truth.role)
        info["role_hit"] = name_matches(role, ctx.truth.role, slack=3, other=ctx.truth.company)
        for what, found, truth, hit in (("company", company, ctx.truth.company, info["company_hit"]),
                                        ("role", role, ctx.truth.role, info["role_hit"])):
            if not hit:
                defects.append({"kind": what, "detail": f"{'missing' if not found else f'“{found[:80]}”'}, "
                                                        f"expected “{truth}”"})
        return defects, info
    candidates = visible_roles(ctx.posting_text)
    info["visible_roles"] = candidates
    if candidates:
        info["role_hit"] = any(_role_hit(role, c) for c in candidates)
        if not info["role_hit"]:
            defects.append({"kind": "role", "detail": f"{'missing' if not role else f'“{role[:80]}”'}, the "
                                                      f"posting shows “{candidates[0]}”"})
    return defects, info


_DATE_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:-|–|—|to|until)\s*(?:(?:[a-z]{3,9}\.?\s*)?(?:19|20)\d\d|present|now|"
                         r"current|today|ongoing)|(?:since|from)\s+(?:[a-z]{3,9}\.?\s*)?(?:19|20)\d\d|"
                         r"\b(?:19|20)\d\d\s*(?:-|–|—)\s*$", re.IGNORECASE | re.MULTILINE)


def is_dated(resume_text: str) -> bool:
    return bool(_DATE_RANGE.search(resume_text))


def check_years(card: Card, match: Card | None, ctx: Context) -> tuple[list[Defect], dict[str, Any]]:
    """Years of experience: never 0 on a dated resume, and within a year of the label when there is one."""
    block = card.get("resume_info") or (match or {}).get("resume_info") or {}
    years = block.get("years")
    source = "resume_info"
    if years is None:
        years = ((match or {}).get("summary") or {}).get("resume_years")
        source = "match summary"
    info: dict[str, Any] = {"years": years, "years_source": source if years is not None else None,
                            "expected_years": ctx.expected_years, "years_hit": None}
    if block:
        info["jobs_read"] = len(block.get("jobs") or [])
        info["degrees_read"] = len(block.get("degrees") or [])
    if years is None:
        return [], info
    if ctx.expected_years is not None:
        info["years_hit"] = abs(years - ctx.expected_years) <= 1.0
        if not info["years_hit"]:
            return [{"kind": "years", "detail": f"{years:g} years, expected {ctx.expected_years:.1f}"}], info
    elif ctx.dated and years == 0:
        return [{"kind": "years", "detail": "0 years on a resume with dated jobs"}], info
    return [], info


def check_card(card: Card, match: Card | None, ctx: Context) -> tuple[list[Defect], dict[str, Any]]:
    defects, info = check_concerns(card, match, ctx)
    defects += check_denials(card, ctx)
    defects += check_pitches(card)
    names, names_info = check_names(card, match, ctx)
    years, years_info = check_years(card, match, ctx)
    return defects + names + years, {**info, **names_info, **years_info}

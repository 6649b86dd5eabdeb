"""The truth check: find claims in generated text that the candidate's own resume does not support.

A claim is a skill, a number, an organisation or other proper name, a job title or a degree. A claim is supported
when the resume says it (a skill by its name or any alias; a number as written; a name or title as written, case
aside). Names in ``context`` (the employer being applied to, the role, the interviewers) are not claims about the
candidate and are allowed. Skills named in a sentence that says the candidate has *not* used them ("I haven't used
Go", "I plan to learn Go") are not claims either: that is exactly how a gap is discussed honestly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from afterword.analysis.degrees import degrees_in, resume_degrees
from afterword.analysis.matching import LEARNING
from afterword.analysis.posting_info import TITLE_HINT
from afterword.analysis.skills import finder_for
from afterword.analysis.taxonomy import Taxonomy, default_taxonomy
from afterword.models import Document

ClaimKind = Literal["skill", "number", "name", "title", "degree"]

# A sentence ends at . ! ? before a capital, but not after a title or company abbreviation ("St. Brigid").
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bNo\.)"
                       r"(?<!\bCo\.)(?<!\bInc\.)(?<!\bLtd\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bvs\.)(?<!\be\.g\.)"
                       r"(?<!\bi\.e\.)\s+(?=[A-Z0-9\"“'])")
_NUMBER = re.compile(r"(?<![\w.])[$£€]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?%|[kKmMxX]\b)?")
_PERCENT_WORD = re.compile(r"\b(\d+(?:\.\d+)?|[a-z]+)\s*(?:percent|per cent|pct)\b", re.IGNORECASE)
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
                 "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
                 "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                 "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000", "million": "1000000",
                 "billion": "1000000000", "dozen": "12", "dozens": "12", "hundreds": "100", "thousands": "1000",
                 "millions": "1000000"}
_MULTIPLIER = re.compile(r"\b(doubl\w*|tripl\w*|quadrupl\w*|halv\w*|tenfold|twofold|threefold|fivefold)\b",
                         re.IGNORECASE)
# Clause boundaries: ";", a subordinator ("while", "because" ...), or "and"/"but"/"," that starts a new subject
# ("..., and I ran Kafka"). A plain list ("ACLS and PALS", "Go, Rust or Scala") stays one clause.
_SUBJECT = r"(?=(?:I|I'm|I've|I'd|we|my|he|she|they|it)\b)"
_BOUNDARY = re.compile(rf";|\s+(?:while|whereas|although|though|because|since|yet)\s+|,?\s+(?:and|but|so)\s+{_SUBJECT}"
                       rf"|,\s+{_SUBJECT}", re.IGNORECASE)
_PLAN_SENTENCE = re.compile(r"\s*(?:my plan (?:is|would be) to|i plan to|i would plan to)\b", re.IGNORECASE)
_NEW_SUBJECT = re.compile(r"(?:[,;]|\band\b|\bbut\b)\s+I(?:'m|'ve|'d)?\b")
_WORK_VERBS = "worked|working|served|serving|employed|interned|consulted|joined|hired|promoted"
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
# Words that make a clause say the candidate has *not* used a skill (yet), or wants to in future. Only skills
# after such words, in the same clause, are excused: "I never shipped without testing in Power BI" still claims it.
_ASKING = re.compile(r"^(?:how|what|which|when|where|who|is|are|would|could|will|do|does|can)\b", re.IGNORECASE)
_SPEAKER = re.compile(r"\b(?:I|my|me|I've|I'm|mine)\b")  # "Would my Kubernetes years help?" still claims
_NEGATION = re.compile(
    r"\b(haven't (?:yet )?(?:used|worked with|worked in|had)|have not (?:yet )?(?:used|worked with|worked in|had)|"
    r"never (?:used|worked in|worked "
    r"with|had)|not yet (?:used|worked with)|no (?:professional |production |hands-on )?experience (?:with|in|of)|"
    r"(?:don't|do not) (?:have|hold|speak)|(?:isn't|is not|aren't|are not) on my (?:resume|cv)|still learning|"
    r"new to me|"
    r"(?:isn't|is not) one of my credentials|(?:aren't|are not) among my credentials|"
    r"(?:want|would love|hope|am eager|am excited|look forward|would like) to|my plan (?:is|would be) to|"
    r"(?:to|will|would|can|could) learn)\b", re.IGNORECASE)
# In the candidate's own words on why they want the job, a skill said of the employer ("your focus on accessibility
# is why I'm applying", "I admire how you use Kotlin") is motivation, not a claim of experience.
_ABOUT_THEM = re.compile(
    r"\b(?:your|you|yours|the (?:company|team|role|position|job|mission)(?:'s)?|this (?:role|job|position|team)|"
    r"why i(?:'m| am) applying|drew me|draws me|excites? me|inspires? me|i admire|appeals? to me)\b",
    re.IGNORECASE)
# A sentence's first word is a name when what follows makes it the actor of a career claim ("Amazon promoted me").
_NAME_ACTS = re.compile(r"\s+(?:promoted|hired|employed|recruited|trained|sponsored|paid|awarded|named|selected|"
                        r"offered|gave|sent|chose|poached|relocated|appointed)\b", re.IGNORECASE)
# "I worked at google", "interned for acme labs": a lowercase employer is still an employer. A generic phrase
# ("worked at scale", "worked for a startup") is not a name and is let be.
_EMPLOYER = re.compile(r"\b(?:worked|work|working|interned|consulted|was employed|served)\s+(?:at|for)\s+"
                       r"(?!(?:a|an|the|my|our|their|his|her|this|that|scale|home|night|speed|pace|length|least|most|"
                       r"years?|months?|weeks?|days?|hours?|free|myself|them|it|nothing|less|more|several|two|three|"
                       r"four|five|many|some|each|every|all|both|over|under|about)\b)([a-z][\w&.-]*)", re.IGNORECASE)
_TITLE_MODIFIERS = ("assistant", "associate", "junior", "deputy", "trainee", "intern", "apprentice", "vice", "acting",
                    "interim", "aspiring", "student", "co")
_PROPER = re.compile(r"\b(?:[A-Z][\w&'’.-]*[A-Za-z0-9]|[A-Z])(?:\s+(?:of|and|&|de|the|for)?\s*[A-Z][\w&'’.-]*)*")
_TITLE_WORDS = ("engineer", "developer", "manager", "director", "nurse", "teacher", "designer", "analyst",
                "consultant", "officer", "architect", "scientist", "accountant", "technician", "lead", "specialist",
                "coordinator", "administrator", "assistant", "president", "head", "supervisor", "representative")
_TITLE = re.compile(
    r"\b(?:as|was|am|i'm|worked as|served as|promoted to)\s+(?:an?\s+|the\s+)?((?:(?!to\b)[\w-]+\s+){0,3}(?:"
    + "|".join(_TITLE_WORDS) + r")s?)\b", re.IGNORECASE)
_COMMON = frozenset(
    "I I'm I've I'd I'll My Me We Our You Your Their His Her The This That These Those It Its A An And But Or So If In "
    "On At "
    "For With From To As By Of Thank Thanks Hello Hi Dear Best Regards Sincerely Yes No What When Where Why How "
    "Who Which Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Present "
    "Today Also Then Finally First Second Third Over Since After Before During While Most More Every Each "
    "There Here Both Having Being Looking Working Outside Beyond Across Along Together Happy Glad Great "
    "Excited Please Let Could Would Should Will Can Just One".split()
)


@dataclass(frozen=True, slots=True)
class Claim:
    kind: ClaimKind
    text: str
    sentence: str


@dataclass(frozen=True, slots=True)
class TruthReport:
    unsupported: tuple[Claim, ...]

    @property
    def ok(self) -> bool:
        return not self.unsupported


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def _norm_number(token: str) -> str:
    """"1,200" and "1200" are one number; "40%" stays apart from "40", and "$2M" from "2M"."""
    return token.rstrip(",.").replace(",", "").replace(" ", "").lower()


def _percent_words(text: str) -> str:
    """"12 percent", "forty per cent" → "12%", "40%": one spelling, so units compare."""
    def digits(match: re.Match[str]) -> str:
        value = match.group(1).lower()
        return f"{_NUMBER_WORDS.get(value, value)}%" if value.isdigit() or value in _NUMBER_WORDS else match.group(0)

    return _PERCENT_WORD.sub(digits, text)


def _contains(text: str, phrase: str) -> bool:
    """``phrase`` stands in ``text`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _mask(text: str, start: int, end: int) -> str:
    """Blank out text[start:end] (keeping offsets) so later checks do not read it again."""
    return text[:start] + "," + " " * (end - start - 1) + text[end:]


def _negated(sentence: str, motivation: bool = False) -> list[tuple[int, int]]:
    """The spans of a sentence that claim nothing of the candidate: a clause that says they have *not* done it, a
    question asked of the panel, a plan for the future (or, in ``motivation`` text, a clause about the employer)."""
    if sentence.rstrip().endswith("?") and _ASKING.match(sentence) and not _SPEAKER.search(sentence):
        return [(0, len(sentence))]  # "How much of the day would be in Spanish?" asks; it claims nothing
    if _PLAN_SENTENCE.match(sentence):  # "My plan is to ..." speaks of the future, until a new "I ..." clause
        turn = _NEW_SUBJECT.search(sentence)
        return [(0, turn.start() if turn else len(sentence))]
    cuts = [0, *(m.start() for m in _BOUNDARY.finditer(sentence)), len(sentence)]
    clauses = list(zip(cuts, cuts[1:], strict=False))
    return [(start, end) for start, end in clauses if _NEGATION.search(sentence, start, end)
            or (motivation and _ABOUT_THEM.search(sentence, start, end))]


class TruthChecker:
    """Checks generated text against one resume. Build once per card; call ``check`` for each text.

    ``context`` holds names that may appear without being claims: the role and employer applied to, the
    interviewers. They may be *named* ("the Lead Welder role at Apex"), never claimed as the candidate's own past
    ("I worked as a Lead Welder at Apex") unless the resume says so.
    """

    def __init__(self, resume: Document, *, taxonomy: Taxonomy | None = None, context: Iterable[str] = ()) -> None:
        self.taxonomy = taxonomy or default_taxonomy()
        self.finder = finder_for(self.taxonomy)
        text = _percent_words(" ".join(line.text for line in resume.lines))
        self.resume_text = text.casefold()
        # A skill named only as being learned ("Learning: dbt, Snowflake") is not one the candidate can claim.
        used = [line for line in resume.lines if not LEARNING.search(line.text)]
        named = {m.skill for m in self.finder.find_in_lines(used)}
        # a skill the resume names implies its broader ones: Manhattan WMS is a warehouse management system
        self.resume_skills = named | {broader for skill in named if (known := self.taxonomy.get(skill))
                                      for broader in known.implies}
        numbers = {_norm_number(n) for n in _NUMBER.findall(text)}
        numbers |= {_NUMBER_WORDS[w.lower()] for w in _NUMBER_WORD.findall(text)}
        self.resume_numbers = numbers
        self.resume_degrees = {degree.level for degree in resume_degrees(resume)}
        self._checked: dict[tuple[str, bool], TruthReport] = {}
        phrases = sorted({c.strip() for c in context if c and len(c.strip()) >= 2}, key=len, reverse=True)
        # One pattern for every context name (longest first, so "Lumen Harbor" wins over "Lumen"), and one for
        # any of them claimed as the candidate's own employer or title.
        names = "|".join(re.escape(c) for c in phrases)
        self.context = re.compile(rf"(?<!\w)(?:{names})(?!\w)", re.IGNORECASE) if phrases else None
        self.claimed_context = re.compile(
            rf"(?:\b(?:{_WORK_VERBS})\b[^.;]{{0,30}}?\b(?:at|for|with|by)\s+(?:the\s+)?"
            rf"|\b(?:as|was|am|i'm|been|became|promoted to)\s+(?:an?\s+|the\s+)?)((?:{names}))(?!\w)",
            re.IGNORECASE) if phrases else None

    def _allowed_title(self, title: str) -> bool:
        """The resume holds this title itself, not only inside a lesser one ("Assistant Store Manager")."""
        key = title.casefold()
        for match in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", self.resume_text):
            before = self.resume_text[:match.start()].rstrip(" -").rsplit(" ", 1)[-1]
            if before not in _TITLE_MODIFIERS:
                return True
        return False

    def _allowed_name(self, name: str) -> bool:
        key = re.sub(r"(?:'s|’s|'|’)$", "", name).casefold()
        if _contains(self.resume_text, key):
            return True
        words = [w for w in name.split() if w not in _COMMON]
        return not words or all(_contains(self.resume_text, w.casefold()) or w in _COMMON for w in words)

    def _context_claims(self, sentence: str) -> tuple[str, list[Claim]]:
        """Claims to the context names ("worked at Apex"), and the sentence with every context name masked."""
        claims: list[Claim] = []
        if self.context is None:
            return sentence, claims
        for match in self.claimed_context.finditer(sentence):
            name = match.group(1)
            if not name[:1].isupper():
                continue  # "I'm a good fit": a word, not the posting's name "Good" (as in "rated Good")
            if self.taxonomy.get(name) is not None and any(a <= match.start(1) < b for a, b in _negated(sentence)):
                continue  # "I haven't used Jenkins": a tool named in the posting (and a surname), denied
            if not _contains(self.resume_text, name.casefold()):
                claims.append(Claim("name", name, sentence))
        masked = sentence
        for match in self.context.finditer(sentence):
            masked = _mask(masked, match.start(), match.end())
        return masked, claims

    def _skill_claims(self, sentence: str, motivation: bool = False) -> tuple[str, list[Claim]]:
        """Skills the resume lacks, unless named in a clause that says the candidate has *not* used them (or, in
        ``motivation`` text, a clause about the employer)."""
        claims: list[Claim] = []
        negated = _negated(sentence, motivation)
        masked = sentence
        position = 0
        for mention in self.finder.find(sentence):
            start = sentence.find(mention.surface, position)
            if start < 0:
                continue
            position = start + len(mention.surface)
            in_negation = any(a <= start < b for a, b in negated)
            if mention.skill not in self.resume_skills and not in_negation:
                claims.append(Claim("skill", mention.surface, sentence))
            masked = _mask(masked, start, position)  # judged here; never read again as a name
        return masked, claims

    def check(self, text: str, *, motivation: bool = False) -> TruthReport:
        """The claims in ``text`` the resume does not support. ``motivation`` marks the candidate's own words on
        why they want the job, where a skill said of the employer is not a claim. A card checks the same
        sentences several times (each pitch, then the pitch as a whole): each is judged once."""
        key = (text, motivation)
        found = self._checked.get(key)
        if found is None:
            found = self._checked[key] = self._check(text, motivation)
        return found

    def _check(self, text: str, motivation: bool) -> TruthReport:
        unsupported: list[Claim] = []
        for sentence in sentences(_percent_words(text)):
            named, claims = self._context_claims(sentence)
            unsupported += claims
            for match in _TITLE.finditer(named):  # before skills are masked: "Store Manager" is a title here
                title = match.group(1).strip()
                if not self._allowed_title(title):
                    unsupported.append(Claim("title", title, sentence))
            masked, claims = self._skill_claims(named, motivation)
            unsupported += claims
            for token in _NUMBER.findall(masked):
                if _norm_number(token) not in self.resume_numbers:
                    unsupported.append(Claim("number", token.strip(), sentence))
            for word in _NUMBER_WORD.findall(masked):
                if _NUMBER_WORDS[word.lower()] not in self.resume_numbers and word.lower() not in self.resume_text:
                    unsupported.append(Claim("number", word, sentence))
            for word in _MULTIPLIER.findall(masked):
                if word.lower()[:5] not in self.resume_text:
                    unsupported.append(Claim("number", word, sentence))
            for level, _, start, end in degrees_in(masked):
                if level not in self.resume_degrees:
                    unsupported.append(Claim("degree", masked[start:end], sentence))
            for match in _EMPLOYER.finditer(masked):
                employer = match.group(1).rstrip(".,")
                if not _contains(self.resume_text, employer.casefold()):
                    unsupported.append(Claim("name", employer, sentence))
            denied: list[tuple[int, int]] | None = None  # read only for a name that is also a tool: few are
            for match in _PROPER.finditer(masked):
                words = match.group(0).strip(" .-").split()
                while words and words[0] in _COMMON:
                    words.pop(0)  # "At Mayo Clinic I" → "Mayo Clinic"
                while words and words[-1] in _COMMON:
                    words.pop()
                name = " ".join(words)
                first_word = match.start() == 0 and len(match.group(0).split()) == 1
                if first_word and not _NAME_ACTS.match(masked, match.end()) and not name.endswith(("'s", "’s")):
                    continue  # a capitalised first word is grammar, not a name, unless it acts ("Amazon hired me")
                if not name or len(name) < 2:
                    continue
                if self.taxonomy.get(name) is not None:
                    denied = denied if denied is not None else _negated(sentence)
                    if any(a <= match.start() < b for a, b in denied):
                        continue  # "I haven't used Jenkins": a tool (and a surname) the candidate says they lack
                if not self._allowed_name(name):
                    unsupported.append(Claim("name", name, sentence))
        return TruthReport(tuple(dict.fromkeys(unsupported)))


MAX_CONTEXT_NAMES = 400


def posting_names(posting: Document, taxonomy: Taxonomy | None = None) -> list[str]:
    """Proper names the posting (or the research notes) use: the employer, its products, places. A pitch may *name*
    them ("Sunridge's reputation is why I applied"), never claim them. Skills are left out: naming a skill is a
    claim the resume must back."""
    finder = finder_for(taxonomy or default_taxonomy())
    names: set[str] = set()
    for line in posting.lines:
        if len(names) >= MAX_CONTEXT_NAMES:
            break  # a posting names a few dozen things; more is a pasted page, and the check stays fast
        pieces: list[str] = []
        position = 0
        for mention in finder.find(line.text):  # mask each skill once, in reading order: one pass over the line
            start = line.text.find(mention.surface, position)
            if start < 0:
                continue
            pieces += [line.text[position:start], "," + " " * (len(mention.surface) - 1)]
            position = start + len(mention.surface)
        masked = "".join(pieces) + line.text[position:]
        for match in _PROPER.finditer(masked):
            words = [w.strip(".,:;'’") for w in match.group(0).split()]
            words = [w for w in words if w and w not in _COMMON]
            while words and words[0][:1].islower():
                words.pop(0)  # "the Engineering": a name starts with a capital, or it would mask the words around it
            if match.start() == 0 and len(words) < 2:
                continue  # a capitalised first word ("Lead the migration") is grammar, not a name
            if words and (len(" ".join(words)) >= 3 or " ".join(words).isupper()):  # "EU" and "NHS" are names too
                names.add(re.sub(r"(?:'s|’s)$", "", " ".join(words)))
                if len(words) >= 2 and len(words[0]) >= 4 and not TITLE_HINT.search(" ".join(words)):
                    names.add(words[0])  # "Sunridge" for "Sunridge Outfitters", as people say it
    return sorted(names)[:MAX_CONTEXT_NAMES]

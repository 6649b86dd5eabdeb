"""Where a generated sentence comes from: the line of the user's own document that backs it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from afterword.analysis.experience import find_range
from afterword.analysis.units import unmasked

SourceDocument = Literal["resume", "why", "posting", "research", "debrief"]


@dataclass(frozen=True, slots=True)
class Source:
    document: SourceDocument
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of generated text and the lines that back each claim in it."""

    text: str
    sources: tuple[Source, ...] = ()

    @property
    def refs(self) -> str:
        """"resume 8; why 1": where the sentence's claims come from."""
        return "; ".join(sorted({f"{s.document} {s.line}" for s in self.sources}))


_PAST = frozenset(
    "led built ran wrote took became set cut grew made won kept drove brought taught began held sold shrank rebuilt "
    "rewrote ran oversaw spoke met saw found gave got put read sent spent stood understood upheld withdrew "
    "overhauled undertook".split()
)
# Words ending in -ed that open a resume line as an adjective, not an action: "Registered Nurse", "Certified in".
_NOT_ACTIONS = frozenset(
    "registered certified licensed qualified skilled experienced seasoned accomplished dedicated motivated "
    "detailed talented trained published bilingual multilingual renowned respected recognized recognised "
    "awarded board-certified self-motivated advanced".split()
)
# Present-tense openers of a current job's bullets ("Own the roadmap", "Teach 5 classes"), spoken as "I own ...".
PRESENT_OPENERS = frozenset(
    "own lead manage teach run build design develop maintain coordinate oversee support train mentor write plan "
    "deliver analyze analyse handle supervise prepare create drive partner serve care administer assess "
    "reconcile audit install repair inspect cook work look respond report troubleshoot operate monitor conduct "
    "perform resolve implement greet unload negotiate advise recruit onboard automate configure deploy integrate "
    "optimize optimise migrate refactor evaluate facilitate organize organise instruct counsel treat diagnose "
    "dispense calibrate weld fabricate assemble sanitize sanitise bake grill sell illustrate dispatch navigate "
    "upgrade protect enforce verify validate ensure assist".split()
)  # words as often nouns ("Process improvement", "Test cases", "Order management") are left out
# "Worked on mobile games and done three RPG games": a participle with no "have" after "and" is the simple past
# the writer meant, said as such ("and did three RPG games"); the words are theirs, only the form is spoken
_PARTICIPLE_PAST = {"done": "did", "gone": "went", "seen": "saw", "taken": "took", "written": "wrote",
                    "given": "gave", "shown": "showed", "grown": "grew", "drawn": "drew", "driven": "drove",
                    "begun": "began", "spoken": "spoke", "chosen": "chose", "broken": "broke"}
_BARE_PARTICIPLE = re.compile(r"(?<=\band )(" + "|".join(_PARTICIPLE_PAST) + r")\b(?= (?:a|an|the|\d|[a-z]))")


def simple_past(sentence: str) -> str:
    """A first-person sentence in the past whose second verb is a bare participle, said in the simple past:
    "I worked on mobile games and done three RPG games" → "... and did three RPG games"."""
    if not re.match(r"I [a-z]+ed\b", sentence):
        return sentence
    return _BARE_PARTICIPLE.sub(lambda m: _PARTICIPLE_PAST[m.group(1)], sentence)


# The past of the verbs a resume opens a line with, present ("Lead", "Build") or in -ing ("winning", "making"),
# where it is not the regular "-ed"
_IRREGULAR_PAST = {"lead": "led", "teach": "taught", "run": "ran", "build": "built", "write": "wrote",
                   "drive": "drove", "sell": "sold", "oversee": "oversaw", "troubleshoot": "troubleshot",
                   "plan": "planned", "win": "won", "make": "made", "bring": "brought", "grow": "grew", "cut": "cut",
                   "set": "set", "get": "got", "put": "put", "keep": "kept", "hold": "held", "find": "found",
                   "pay": "paid", "meet": "met", "take": "took", "give": "gave", "do": "did", "spend": "spent",
                   "send": "sent", "begin": "began", "choose": "chose", "speak": "spoke", "have": "had",
                   "understand": "understood", "say": "said", "think": "thought", "buy": "bought"}


def in_past(sentence: str) -> str:
    """A first-person sentence of a job that has ended, its opening verb in the past: "I work with clients, ..." →
    "I worked with clients, ..."; any other sentence as it is."""
    first, _, rest = sentence.partition(" ")
    verb, _, tail = rest.partition(" ")
    if first != "I" or verb not in PRESENT_OPENERS:
        return sentence
    past = _IRREGULAR_PAST.get(verb) or (verb[:-1] + "ied" if verb.endswith("y") and verb[-2:-1] not in "aeiou"
                                         else verb + "d" if verb.endswith("e") else verb + "ed")
    return f"I {past} {tail}" if tail else f"I {past}"


_NOT_GERUNDS = frozenset({"being", "during", "including", "according", "regarding", "following", "morning",
                          "evening", "something", "anything", "nothing", "everything", "string", "spring", "king",
                          "ring", "thing", "wing"})
_GERUND_ITEM = re.compile(r"(?:(?P<adverb>[a-z]+ly)\s+)?(?P<verb>[a-z]{2,}ing)\b(?P<rest>.*)$",
                          re.IGNORECASE | re.DOTALL)
_NEXT_GERUND = r"(?=(?:[a-z]+ly\s+)?[a-z]{2,}ing\b)"
_GERUND_SPLIT = re.compile(rf",\s+(?:and\s+)?{_NEXT_GERUND}|\s+and\s+{_NEXT_GERUND}", re.IGNORECASE)


def _irregular_gerund(word: str) -> str | None:
    """The irregular past of a verb in -ing, found by its base: "building" (build), "making" (make), "running"
    (run); None for a regular one."""
    stem = word[:-3]
    for base in (stem, stem[:-1] if len(stem) >= 2 and stem[-1] == stem[-2] else "", stem + "e"):
        if base and base in _IRREGULAR_PAST:
            return _IRREGULAR_PAST[base]
    return None


def _past_of_gerund(word: str) -> str | None:
    word = word.lower()
    if word in _NOT_GERUNDS:
        return None
    if (irregular := _irregular_gerund(word)) is not None:
        return irregular
    if word.startswith("re") and (irregular := _irregular_gerund(word[2:])) is not None:
        return "re" + irregular  # "rewriting" → "rewrote", "rebuilding" → "rebuilt"
    stem = word[:-3]
    if len(stem) < 2:
        return None
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":  # "planning" → "planned"
        return stem[:-1] + stem[-1] + "ed"
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":  # "carrying" → "carried"
        return stem[:-1] + "ied"
    if stem.endswith("e"):  # "seeing", "agreeing"
        return stem + "d"
    return stem + "ed"  # "increasing" → "increased", "developing" → "developed", "managing" → "managed"


def gerunds_in_past(text: str) -> str | None:
    """Results written as gerunds, said in the first person and the past: "Significantly increasing sales of new
    and used equipment, increasing number of returning customers, winning large government tenders" → "I
    significantly increased sales of new and used equipment, increased number of returning customers and won large
    government tenders". None unless every item opens with an action in -ing; the words are the resume's own."""
    text = re.split(r":\s", text.strip(), maxsplit=1)[0].rstrip(".;")  # "improving old services: optimizing ..."
    items = _GERUND_SPLIT.split(text)
    said: list[str] = []
    for item in items:
        found = _GERUND_ITEM.match(item.strip())
        if found is None:
            return None
        past = _past_of_gerund(found.group("verb"))
        if past is None:
            return None
        adverb = f"{found.group('adverb').lower()} " if found.group("adverb") else ""
        said.append(f"{adverb}{past}{found.group('rest').rstrip(' ,')}")
    return f"I {joined(said)}." if said else None


# Present-tense verbs whose object comes after a preposition: still an action, not a noun ("Design of ...").
_PHRASAL = frozenset({"care for", "deliver to", "work with", "work on", "look after", "respond to", "report to",
                      "cook for", "work across", "care of"})
# Words after an opener that make it a noun ("Design of ...", "Support for ...", "Process is ...").
_NOUN_FOLLOWERS = frozenset({"of", "for", "and", "to", "in", "on", "at", "with", "is", "was"})
_CUT_AT = (re.compile(r" by \w+ing\b"), re.compile(r",? using "), re.compile(r"; "), re.compile(r" — "),
           re.compile(r", which "), re.compile(r", so that "))


_CLAUSE_END = re.compile(r"[,;:] | (?:and|or|but|while|with|including|as well as) |\s[(–—-]\s?")
_DANGLING = frozenset("a an the of to in on at for with and or by from as that which who your our their its "
                      "this these such e.g i.e".split())


_LEADING_HEADING = re.compile(r"^(?:qualifications|requirements|required|skills|must[- ]haves?|nice[- ]to[- ]haves?|"
                              r"responsibilities|profile|your profile|what you bring)\s?:\s+(?=\S)", re.IGNORECASE)
_TRAILING_MARKER = re.compile(r"\s+[*•·▪●■►▸✓✔-]$")


_SPACE_BEFORE_MARK = re.compile(r"(?<=[\w#+)])\s+([.,;:!?)\]])(?=\s|$)")
_OPEN_SPACE = re.compile(r"([(\[])\s+")
_FINAL_STOP = re.compile(r"(?:(?<=[a-z]{3})|(?<=\w\)))\.$")  # "... in writing.", "... (BGP, ECMP)."


_CLOSES = {"[": "]", "(": ")"}


def quote(text: str, limit: int = 200) -> str:
    """Document text as the card quotes it: whole when short, else cut with "…" where a clause ends in its second
    half ("..., and", "; "), or else at a word that does not leave the quote hanging on "the" or "of"; a redacted
    name ("<LOCATION>") is quoted as one ("[location]")."""
    text = unmasked(text)
    # "Qualifications: 8+ years ..." quotes the ask, not the heading run into it; "... is essential *" not the
    # next bullet's marker
    text = _TRAILING_MARKER.sub("", _LEADING_HEADING.sub("", text, count=1))
    # text split into words and marks ("( e.g . Modbus )", "in writing .") is quoted as written; a sentence's
    # full stop is left to the sentence the quote stands in ("… about “… in writing”.")
    text = _OPEN_SPACE.sub(r"\1", _SPACE_BEFORE_MARK.sub(r"\1", text))
    if text[:1] in _CLOSES and text.count(text[0]) > text.count(_CLOSES[text[0]]):
        text = text[1:].lstrip()  # "[ Please note that ... citizens.": the bracket closes on another line, if at all
    if _FINAL_STOP.search(text) and not text.lower().endswith(("etc.", "e.g.", "i.e.")):
        text = text[:-1]
    if len(text) <= limit:
        return text
    ends = [m.start() for m in _CLAUSE_END.finditer(text, limit // 2, limit)]
    if ends:
        return text[:ends[-1]].rstrip(" ,;:") + "…"
    cut = text.rfind(" ", 0, limit)
    head = text[: cut if cut > limit // 2 else limit].rstrip(" ,;:")
    words = head.split(" ")
    while len(words) > 8 and words[-1].lower().strip(".") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:") + "…"


def article(words: str) -> str:
    """"a" or "an" before ``words`` ("an engineer", "a payroll specialist"), by its first sound: an initialism is
    said letter by letter ("an MBA", "an SQL course", "a BSc")."""
    first = words.split(maxsplit=1)[0] if words.strip() else ""
    if len(first) >= 2 and first.isupper() and first.isalpha():
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    return "an" if words[:1].lower() in "aeiou" else "a"


def joined(items: list[str]) -> str:
    """"A", "A and B", "A, B and C": a list as it is spoken."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def first_person(bullet: str, *, min_words: int = 7) -> str | None:
    """A resume bullet as a spoken sentence ("Cut latency by ..." → "I cut latency ..."), or None when the bullet
    does not start with an action verb. Long bullets are cut at a clause boundary, never mid-clause, so the
    sentence still says only what the resume says."""
    words = bullet.strip().rstrip(".;").split()
    # "Work experience" is a heading, not "I work experience"; a job's title line ("Registered Nurse | 2019 –
    # Present") is no action
    if len(words) < 3 or find_range(bullet):
        return None
    # "Independently developed 3 projects": an adverb before the action stays before it ("I independently ...")
    if words[0].lower() in _MANNER and len(words) > 3:
        spoken = first_person(" ".join(words[1:]), min_words=min_words)
        return f"I {words[0].lower()} {spoken[2:]}" if spoken else None
    verb = words[0].lower()
    if verb in _NOT_ACTIONS or verb.endswith(("-oriented", "-driven", "-focused", "-based")):
        return None
    follower = words[1] if len(words) > 1 else ""
    phrasal = f"{verb} {follower.lower()}" in _PHRASAL  # "Care for 6 patients", "Deliver to 12 stores"
    # "Design of ..." is a noun, not an action
    # "Install and troubleshoot 120/208 V power" is two actions; "Design and development of ..." two nouns
    paired = follower == "and" and len(words) > 3 and words[2][:1].islower() and words[3] not in _NOUN_FOLLOWERS
    # (an acronym after the verb is its object: "Administer IV medications", "Maintain HVAC systems"; "Support IT
    # Services" is a name)
    acronym = len(follower) >= 2 and follower.isupper() and follower.isalpha() and not words[2][:1].isupper()
    present = verb in PRESENT_OPENERS and (follower[:1].islower() or follower[:1].isdigit() or acronym) and (
        phrasal or paired or follower not in _NOUN_FOLLOWERS)
    if not (present or verb in _PAST or (verb.endswith("ed") and len(verb) > 4 and verb.isalpha())):
        return None
    if ":" in " ".join(words[:4]):
        return None  # a label ("Advanced: Excel, SQL"), not an action
    if words[1:2] and words[1][:1].isupper() and words[1].rstrip(",").istitle() and words[1].endswith(","):
        return None  # "Engineered Systems, Inc." style: a name, not an action
    text = " ".join(words)
    for marker in _CUT_AT:
        found = marker.search(text)
        index = found.start() if found else -1
        if index > 0 and len(text[:index].split()) >= min_words:
            text = text[:index]
            break
    text = re.sub(r"[,;:\s]+$", "", text)
    # "...; Managed a team of 20 people" is a second action of the same speaker: "..., and managed a team ..."
    # but "...; ranked #1 of 6 district stores" may be the store's ranking, not the speaker's: it keeps the
    # line's own pause, never "and I ranked"
    text = _NEXT_ACTION.sub(lambda m: f" — {m.group(1).lower()}" if m.group(1).lower() in _STANDING
                            else f", and {m.group(1).lower()}", text)
    return simple_past(with_article(f"I {verb}{text[len(words[0]):]}."))


# "Managed team of 5 engineers", "Leading team of 18 analysts": a resume's clipped style drops the article a
# spoken sentence needs before a group counted
_BARE_GROUP = re.compile(r"^((?:I\s+)?(?:[a-z]+ly\s+)?[A-Za-z]+(?:ed|ing|s)?\s+)(team|group|department|unit|crew|squad|"
                         r"staff)(\s+of\s+\d)", re.IGNORECASE)


def with_article(text: str) -> str:
    """The text with "a" put back before a group counted right after its verb: "I managed team of 5 engineers" →
    "I managed a team of 5 engineers"; "leading team of 18 analysts" → "leading a team of 18 analysts"."""
    return _BARE_GROUP.sub(lambda m: f"{m.group(1)}a {m.group(2)}{m.group(3)}", text, count=1)


_MANNER = frozenset({"independently", "successfully", "personally", "single-handedly", "jointly", "directly",
                     "consistently", "repeatedly", "regularly", "actively", "proactively", "also"})
_NEXT_ACTION = re.compile(r";\s+([A-Za-z][a-z]{2,}ed)\b")
_STANDING = frozenset({"ranked", "rated", "placed", "named", "voted", "listed", "recognized", "recognised"})

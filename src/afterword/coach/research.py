"""Concrete points from the candidate's research notes: what kind of news each line is, and its key detail.

A detail fills a question template, so it is always a noun phrase: "the expansion to Germany", "the launch of
RouteWise", "the new office in Lisbon". A verb phrase becomes one only by a sure rule ("expanded to X" → "the
expansion to X"); a line no rule fits gives no point, because a broken question is worse than one fewer. A place,
a date or a single common word is never a detail. Points that share words with the posting come first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from afterword.analysis.matching import content_words
from afterword.models import Document

KIND_ORDER = ("product", "initiative", "funding", "event", "leadership", "customer", "growth", "culture")
_NAME_KINDS = frozenset({"product", "event", "customer"})  # news about something with a name
_QUOTED = re.compile(r"[\"“]([^\"”]{3,80})[\"”]")
_QUOTES = re.compile(r"[\"“”]")
# A quoted name right after a cue: launched a "Time to Care" programme.
_TITLED = re.compile(r"\s+(?:(?:a|an|the|its|their|our|new)\s+){0,2}[\"“](?P<title>[^\"”]{2,60})[\"”]"
                     r"(?:\s+(?P<head>[a-z]+))?")
_MEDIUM = re.compile(r"\b(blog post|post|article|talk|keynote|podcast|interview|memo|essay|newsletter|video|"
                     r"webinar|op-ed|letter)\b", re.IGNORECASE)
_FUNDING = re.compile(r"(?:[$£€][\d.,]+\s?(?:[MBK]|million|billion)\s+)?Series\s+[A-H]\b(?:\s+(?:round|funding))?",
                      re.IGNORECASE)
_RAISED = re.compile(r"\braised\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?"
                     r"(?P<money>[$£€][\d.,]*\d\s?(?:[MBK]\b|million\b|billion\b)?)", re.IGNORECASE)
_B_CORP = re.compile(r"\b(?:became|becoming|is|was|certified as|now)\s+(?:an?\s+)?(?:certified\s+)?B\s?Corp\b",
                     re.IGNORECASE)
_WENT_PUBLIC = re.compile(r"\b(?:went|goes|going|will go)\s+public\b", re.IGNORECASE)
_WINDOW = 300  # characters around a cue that its detail is read from: a note is a sentence, not a page
_ABOUT_ME = re.compile(r"\b(my|I|me|I'm|I've)\b")
_PLANS_TO = re.compile(r"\b(?:plans?|planning) to\s*$", re.IGNORECASE)
# A clause after a cue: up to punctuation, keeping the dots of "J.D." and "2.0".
_CLAUSE = re.compile(r"(?:\b[A-Z]\.|\.(?=\w)|[^,;:()!?.—–])+")
_NAME_WORD = re.compile(r"[A-Z]|[a-z]+[A-Z]")
_DATE_WORD = re.compile(r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|\d{1,4}(?:st|nd|rd|th)?,?|"
                        r"q[1-4]|the|of|in|early|late|mid|spring|summer|fall|autumn|winter", re.IGNORECASE)
# Where a phrase stops: a time ("last year", "in 2025", "recently") is news context, not part of the detail.
_TIME = re.compile(r"(?:(?:last|this|next|earlier this|later this)[ -](?:year|month|week|quarter|spring|summer|"
                   r"autumn|fall|winter)|recently|ago|(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
                   r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4])\b",
                   re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the", "its", "their", "our", "his", "her"})
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})
_LINKS = frozenset({"and", "&", "of", "for", "de"})
_PREPOSITIONS = frozenset({"with", "of", "between", "for", "at", "to", "by", "from"})
_ALL_PREPOSITIONS = _PREPOSITIONS | frozenset({
    "in", "into", "on", "onto", "across", "over", "under", "after", "before", "during", "among", "through",
    "throughout", "within", "without", "around", "about", "near", "via", "per", "like", "including", "toward",
    "towards", "beyond", "upon", "against", "as", "since", "until", "than", "alongside"})
_STOPS = _PREPOSITIONS | _ARTICLES | frozenset({"in", "on", "and", "or", "as", "that", "which", "who", "is", "are",
                                               "was", "were", "this", "next", "last", "since", "across", "among",
                                               "about", "into", "after", "before", "during", "over", "under"})
# Words that end a noun phrase: clause words, auxiliaries, the commonest verbs and adverbs of news notes.
_ENDS = frozenset({
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "so", "but", "if", "whether",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "do", "does", "did", "now", "also", "then", "already", "still", "just",
    "says", "said", "plans", "aims", "expects", "hopes", "wants", "means", "makes", "helps", "lets", "gets",
    "takes", "gives", "runs", "uses", "reports", "reported", "according", "led", "after", "soon", "today"})
# A noun cue names its thing only with a determiner before it ("a new office", "Northwind's expansion").
_DETERMINERS = _ARTICLES | frozenset({"this", "these", "that", "those", "two", "three", "four", "five", "several"})
_NAMED_START = re.compile(r"(?:a|an|the|its|their|our)$|[A-Z]|\d|[$£€]", re.IGNORECASE)
_NOUN_JOINS = frozenset({"of", "into", "to", "in", "for", "across", "on", "with", "from", "at"})
# A bare place is never a detail: names the notes' prepositions show to be places, and these common ones.
_PLACES = frozenset(p.casefold() for p in (
    "Europe", "EU", "Asia", "APAC", "EMEA", "Africa", "North America", "South America", "Latin America", "LATAM",
    "Middle East", "Nordics", "Scandinavia", "Americas", "UK", "U.K.", "US", "U.S.", "USA", "United States",
    "United Kingdom", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Ireland",
    "Germany", "France", "Spain", "Portugal", "Italy", "Netherlands", "Belgium", "Switzerland", "Austria",
    "Poland", "Sweden", "Norway", "Denmark", "Finland", "Iceland", "Greece", "Turkey", "Romania", "Hungary",
    "Czechia", "Czech Republic", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Colombia", "Peru", "India",
    "China", "Japan", "Korea", "South Korea", "Singapore", "Australia", "New Zealand", "South Africa", "Nigeria",
    "Kenya", "Egypt", "Israel", "UAE", "Dubai", "Saudi Arabia", "Philippines", "Vietnam", "Indonesia",
    "Malaysia", "Thailand", "London", "Paris", "Berlin", "Munich", "Dublin", "Amsterdam", "Rotterdam", "Madrid",
    "Barcelona", "Lisbon", "Milan", "Stockholm", "Copenhagen", "Oslo", "Helsinki", "Warsaw", "Prague", "Vienna",
    "Zurich", "Geneva", "Manchester", "Edinburgh", "Glasgow", "Leeds", "Birmingham", "Bristol", "New York",
    "San Francisco", "Los Angeles", "Chicago", "Boston", "Seattle", "Austin", "Denver", "Portland", "Toronto",
    "Vancouver", "Montreal", "Sydney", "Melbourne", "Tokyo", "Bangalore", "Mumbai", "Delhi"))
_LOCATIVE = frozenset({"in", "to", "into", "across", "throughout", "from", "near", "within", "outside", "at"})
# A named leader or title is news only as "the new Chief Data Officer"; a bare "CEO" names nobody.
_TITLE = re.compile(r"\b(?:(?:Chief|Vice|Head|VP|SVP|EVP|President|Director|General Manager|Managing Director)\b"
                    r"(?: (?:of|and|&|[A-Z][\w&/-]*)\b)*|C[A-Z]O)\b(?<! of)(?<! and)")
_NEW_LEADER = re.compile(r"\b(?:hired|appointed|named|joins|joined|new|promoted|became|welcomed)\b", re.IGNORECASE)
# A detail ends on a content word, never mid-phrase ("... record system across").
_DANGLING = re.compile(r"(?:\s+(?:across|of|to|the|a|an|and|or|for|in|on|with|by|at|from|into))+$", re.IGNORECASE)
# A verb cue followed straight by a name says what happened to it: "acquired Bluegate" → "the acquisition of ...".
_CUE_NOUNS = {"acquired": "the acquisition of", "acquires": "the acquisition of", "partnered": "the partnership with",
              "launched": "the launch of", "launches": "the launch of", "launch": "the launch of",
              "released": "the release of", "release": "the release of", "unveiled": "the unveiling of",
              "merged": "the merger with", "introduced": "the introduction of",
              "spoke at": "the talk at", "talk at": "the talk at", "presented at": "the talk at"}
_TALK_CUES = frozenset({"spoke at", "talk at", "presented at"})
_TALK_SUBJECT = re.compile(r"\b(?:about|on)\s+(?:how\s+(?:it|they|the team|we)\s+)?(?P<verb>\w+)", re.IGNORECASE)
# A noun cue with its preposition and a name: "a partnership with Instacart", "the award from Forbes".
_NOUN_CUES = frozenset({"acquisition", "merger", "partnership", "award", "conference", "summit", "keynote",
                        "launch", "release", "meetup", "contract with", "deal with"})
# A customer is named after the cue or after "include", "such as", "a contract with" ...
_CUSTOMER_LINKS = frozenset({"include", "includes", "including", "such", "as", "like", "with", "for", "by",
                             "serving", "now"})
_OPENED_PLACES = frozenset({"office", "offices", "hub", "site", "store", "stores", "shop", "branch", "clinic",
                            "clinics", "ward", "unit", "school", "campus", "lab", "laboratory", "plant", "factory",
                            "warehouse", "depot", "restaurant", "hotel", "kitchen", "centre", "center", "facility",
                            "studio", "location", "locations", "headquarters", "hospital", "practice", "branches",
                            "sites", "restaurants", "hotels", "schools", "hubs", "wards", "units", "depots",
                            "warehouses", "plants", "factories", "labs", "studios"})
_MEASURES = frozenset({"revenue", "revenues", "sales", "headcount", "membership", "users", "customers", "bookings",
                       "profit", "profits", "income", "turnover", "traffic", "orders", "enrolment", "enrollment"})
_ORDINALS = frozenset({"new", "second", "third", "fourth", "fifth", "first", "two", "three", "four", "five"})
_COUNTED = re.compile(r"^(?:\d[\d,]*\+?|more|additional|another|over|nearly|around|about|roughly|some|dozens|"
                      r"hundreds)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ResearchPoint:
    kind: str
    detail: str
    sentence: str
    line: int
    source: str = ""  # the notes file the line is in (several --research files each keep their own lines)
    relevance: int = 0  # how many of the posting's content words the line shares


@dataclass(frozen=True, slots=True)
class _Rule:
    """A verb whose phrase has a sure noun form: its forms, its noun, and the prepositions the noun keeps."""

    forms: str
    noun: str
    joins: tuple[str, ...] = ()
    takes_object: bool = True   # "the launch of RouteWise"; False: only with a join ("the move to Kubernetes")
    needs_join: bool = False    # an object only with a join after it: "the move of the databases to RDS"


_RULES = (
    _Rule(r"expand(?:s|ed|ing)?", "the expansion", ("to", "into", "across", "beyond")),
    _Rule(r"launch(?:es|ed|ing)?", "the launch"),
    _Rule(r"releas(?:es|ed|ing)", "the release"),
    _Rule(r"unveil(?:s|ed|ing)", "the unveiling"),
    _Rule(r"acquir(?:es|ed|ing)", "the acquisition"),
    _Rule(r"introduc(?:es|ed|ing)", "the introduction"),
    _Rule(r"adopt(?:s|ed|ing)", "the adoption"),
    _Rule(r"roll(?:s|ed|ing)? out", "the rollout"),
    _Rule(r"migrat(?:e|es|ed|ing)", "the migration", ("to", "into", "onto")),
    _Rule(r"mov(?:e|es|ed|ing)", "the move", ("to", "into", "onto", "from"), needs_join=True),
    _Rule(r"switch(?:es|ed|ing)", "the switch", ("to", "from"), takes_object=False),
    _Rule(r"transition(?:s|ed|ing)?", "the transition", ("to", "into", "from"), needs_join=True),
    _Rule(r"partner(?:s|ed|ing)", "the partnership", ("with",), takes_object=False),
    _Rule(r"merg(?:es|ed|ing)", "the merger", ("with",), takes_object=False),
    _Rule(r"invest(?:s|ed|ing)", "the investment", ("in", "into"), takes_object=False),
    _Rule(r"rebuil(?:ds|ding|t)", "the rebuild"),
    _Rule(r"redesign(?:s|ed|ing)", "the redesign"),
    _Rule(r"overhaul(?:s|ed|ing)", "the overhaul"),
    _Rule(r"upgrad(?:es|ed|ing)", "the upgrade", ("to",)),
    _Rule(r"replac(?:es|ed|ing)", "the replacement"),
    _Rule(r"hir(?:es|ed|ing)|recruit(?:s|ed|ing)", "the hiring"),
    _Rule(r"open(?:s|ed|ing)", "the opening", ("in", "at")),
    _Rule(r"gr(?:ew|ows|owing)", "the growth", ("to",)),
    _Rule(r"doubl(?:es|ed|ing)", "the doubling", ("in",)),
    _Rule(r"tripl(?:es|ed|ing)", "the tripling", ("in",)),
)


@lru_cache(maxsize=1)
def _rule_patterns() -> tuple[tuple[_Rule, re.Pattern[str]], ...]:
    return tuple((rule, re.compile(rf"(?<![\w-])(?:{rule.forms})\b", re.IGNORECASE)) for rule in _RULES)


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    alternatives = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})\b", re.IGNORECASE)  # not inside "fastest-growing"


def _cue_at(text: str, cues: tuple[str, ...]) -> re.Match[str] | None:
    """The first cue (whole words, any case) in ``text``."""
    pattern = _cue_pattern(cues)
    return pattern.search(text) if pattern else None


def _cues_in(text: str, cues: tuple[str, ...]) -> list[re.Match[str]]:
    """The cues (whole words, any case) in ``text``, first first: a detail is read at the first that gives one."""
    pattern = _cue_pattern(cues)
    return list(pattern.finditer(text))[:4] if pattern else []


def _clause_words(text: str) -> list[str]:
    """The words of ``text`` up to the first punctuation that ends a phrase."""
    clause = _CLAUSE.match(text.strip())
    return clause.group(0).split() if clause else []


def _verbish(word: str) -> bool:
    """Whether a word reads as a verb or adverb: "stalled", "now", "quickly" (not "speed", "hundred", "20-bed")."""
    low = word.lower()
    past = low.endswith("ed") and len(low) > 4 and low.isalpha() and not low.endswith(("eed", "dred", "bed"))
    return low in _ENDS or past or (low.endswith("ly") and len(low) > 4)


def _phrase(words: list[str], *, max_words: int = 8) -> list[str]:
    """The noun phrase ``words`` start with: up to a preposition (but "of"), a clause word, a verb after "and" or
    a time ("last year"); empty when it would run longer than ``max_words``."""
    out: list[str] = []
    for index, word in enumerate(words):
        low = word.lower()
        if low in _ENDS or _TIME.match(" ".join(words[index:])) or (low in _ALL_PREPOSITIONS and low != "of"):
            break
        if low in ("and", "&", "or"):
            following = words[index + 1] if index + 1 < len(words) else ""
            if not following or _verbish(following) or following.lower() in _ALL_PREPOSITIONS:
                break
        if out and _verbish(word) and out[-1].lower() not in _DETERMINERS:
            break  # "the expansion into Asia stalled": a verb after the phrase, not "a connected platform"
        out.append(word)
    while out and out[-1].lower() in _STOPS | {"of"}:
        out.pop()
    return out if len(out) <= max_words else []


def _nounish(words: list[str]) -> bool:
    """Whether a phrase found after a verb can be its object: it starts with a determiner, a name or a number, or
    is two or more plain words ("online ordering"), and holds no adverb."""
    if not words or any(w.lower().endswith("ly") and len(w) > 4 for w in words):
        return False
    first = words[0]
    if first.lower() in _ALL_PREPOSITIONS or first.lower() in _ENDS:
        return False
    return (first.lower() in _DETERMINERS or bool(_NAME_WORD.match(first)) or first[0].isdigit()
            or first[0] in "$£€" or len(words) >= 2)


def _the(words: list[str]) -> list[str]:
    """"its billing system" → "the billing system": the notes' possessives are the company's."""
    return ["the" if word.lower() in ("its", "their", "our") else word for word in words]


def _joined(words: list[str], joins: tuple[str, ...]) -> tuple[list[str], int] | None:
    """"to Germany ..." → (["to", "Germany"], words used) when ``words`` start with one of ``joins``; "from Heroku
    to AWS" whole when "from" is one of them."""
    if not words or words[0].lower() not in joins:
        return None
    target = _phrase(words[1:])
    if not _nounish(target):
        return None
    out, used = [words[0].lower(), *_the(target)], 1 + len(target)
    onward = _joined(words[used:], ("to", "into", "onto")) if words[0].lower() == "from" else None
    return (out + onward[0], used + onward[1]) if onward else (out, used)


def _opened(words: list[str]) -> str | None:
    """"opened an office in Lisbon" → "the new office in Lisbon"; only for offices, stores, clinics and the like."""
    thing = _phrase(words)
    if len(thing) < 2 or thing[0].lower() not in _DETERMINERS or not _OPENED_PLACES & {w.lower() for w in thing}:
        return None
    body = thing[1:] if thing[0].lower() in _ARTICLES else thing
    if not _ORDINALS & {w.lower() for w in body}:
        body = ["new", *body]
    place = _joined(words[len(thing):], ("in", "at"))
    return " ".join(["the", *body, *(place[0] if place else [])])


def _grew(words: list[str]) -> str | None:
    """"grew 40%" → "the 40% growth"; "grew to 300 staff" → "the growth to 300 staff"; "grew its team" → "the
    growth of the team"."""
    rest = words[1:] if words and words[0].lower() == "by" else words
    if rest and re.fullmatch(r"\d[\d.,]*%", rest[0]):
        return f"the {rest[0]} growth"
    if words and words[0].lower() == "to":
        target = _phrase(words[1:])
        return f"the growth to {' '.join(target)}" if target and target[0][0].isdigit() else None
    thing = _phrase(words)
    return f"the growth of {' '.join(_the(thing))}" if thing and thing[0].lower() in _DETERMINERS else None


def _apply(rule: _Rule, words: list[str]) -> tuple[str, int] | None:
    """The noun phrase of ``rule``'s verb followed by ``words``, and how many of the words it took."""
    if words and words[0].lower().endswith("ly") and len(words[0]) > 4:
        found = _apply(rule, words[1:])  # "investing heavily in AI" reads as "investing in AI"
        return (found[0], found[1] + 1) if found else None
    if rule.noun == "the opening":
        detail = _opened(words)
        return (detail, len(words)) if detail else None
    if rule.noun == "the growth":
        detail = _grew(words)
        return (detail, len(words)) if detail else None
    joined = _joined(words, rule.joins)
    if joined:
        return " ".join([rule.noun, *joined[0]]), joined[1]
    if not rule.takes_object:
        return None
    thing = _phrase(words)
    if not _nounish(thing) or thing == ["the"]:
        return None
    if rule.noun == "the hiring" and not (_COUNTED.match(thing[0]) and len(thing) >= 2 and not _TITLE.search(
            " ".join(thing))):
        return None  # "hired 50 engineers", never "hired a new CTO" (a leader) or "hiring freeze"
    used = len(thing)
    then = _joined(words[used:], rule.joins)
    if rule.needs_join and not then:
        return None
    tail = then[0] if then else []
    return " ".join([rule.noun, "of", *_the(thing), *tail]), used + (then[1] if then else 0)


def _verb_phrase(rule: _Rule, text: str, verb: re.Match[str]) -> tuple[str, int] | None:
    """The noun form of the phrase ``verb`` starts, and where in ``text`` that phrase ends."""
    words = _clause_words(text[verb.end():verb.end() + _WINDOW])
    found = _apply(rule, words)
    if not found:
        return None
    detail, used = found
    subject = text[max(0, verb.start() - 40):verb.start()].split()[-1:]
    if detail.endswith("% growth") and subject and subject[0].lower() in _MEASURES:
        detail += f" in {subject[0].lower()}"  # "revenue grew 60%" → "the 60% growth in revenue"
    return detail, verb.end() + len(" ".join(words[:used])) + 1


def _nominal(text: str, cue: re.Match[str]) -> str | None:
    """The noun form of a verb phrase that holds the cue: "expanded to Germany" → "the expansion to Germany",
    "moved to a four-day week" (cue "four-day week") → "the move to a four-day week"."""
    best: tuple[int, str] | None = None
    for rule, pattern in _rule_patterns():
        for verb in pattern.finditer(text, max(0, cue.start() - _WINDOW), cue.end()):
            found = _verb_phrase(rule, text, verb)
            if found and cue.start() < found[1] and (best is None or verb.start() > best[0]):
                best = (verb.start(), found[0])
    return best[1] if best else None


def _nominal_at(text: str, start: int) -> str | None:
    """The noun form of the verb phrase that starts at ``start``: "moving their databases to RDS" → "the move of the
    databases to RDS"."""
    for rule, pattern in _rule_patterns():
        verb = pattern.match(text, start)
        found = _verb_phrase(rule, text, verb) if verb else None
        if found:
            return found[0]
    return None


def _around(text: str, cue: re.Match[str]) -> str | None:
    """The noun phrase a noun cue heads, from its determiner: "a new office in Leeds" → "the new office in Leeds",
    "Northwind's international expansion" as it is. None without a determiner or with nothing but the cue."""
    if _verbish(cue.group(0).split()[0]) or cue.group(0).lower().endswith("ing"):
        return None  # a verb cue ("opened", "hiring") no rule read: the words before it are its subject
    left: list[str] = []
    determiner = ""
    for word in reversed(text[max(0, cue.start() - 80):cue.start()].split()[-5:]):
        low = word.lower()
        if low in _DETERMINERS or low.endswith(("'s", "’s")):
            determiner = word
            break
        if low in _STOPS or low in _ENDS or _verbish(word) or not re.fullmatch(r"[\w$£€%.-]+", word):
            return None
        left.insert(0, word)
    if not determiner:
        return None
    head = text[cue.start():cue.end()]
    after = _clause_words(text[cue.end():cue.end() + _WINDOW])
    compound = _phrase(after, max_words=2) if head.lower() in ("international", "remote-first", "employee-owned") \
        else []
    after = after[len(compound):]
    joined = _joined(after, tuple(_NOUN_JOINS)) if after and after[0].lower() in _NOUN_JOINS else None
    if joined and joined[0][0] == "to" and not _NAMED_START.match(after[1]):
        joined = None  # "its platform to handle more traffic": "to" starts a verb, not a place or a thing
    if not left and not compound and not joined and " " not in head:
        return None  # "the program", "the company's mission": the cue alone names nothing
    front = [determiner] if determiner.lower().endswith(("'s", "’s")) and determiner[0].isupper() else ["the"]
    return " ".join([*front, *left, head, *compound, *(joined[0] if joined else [])])


def _name_phrase(words: list[str], cue: str, kind: str) -> str | None:
    """The name the words after a cue give, as a noun phrase: "RouteWise" after "launched" → "the launch of
    RouteWise"; "a new Data Science and Statistics pathway" → "the Data Science and Statistics pathway"; "a
    partnership with Instacart" → "the partnership with Instacart"; "a new hub in Ireland" → "the new hub in
    Ireland". None when words stand between the cue and the name that no rule reads ("in", "across 200 ...")."""
    start = 0
    while start < min(len(words), 6):
        if not _NAME_WORD.match(words[start]):
            start += 1
            continue
        end = start + 1
        while end < len(words) and (_NAME_WORD.match(words[end]) or words[end][0].isdigit() or (
                words[end].lower() in _LINKS and end + 1 < len(words) and _NAME_WORD.match(words[end + 1]))):
            end += 1
        name, gap = " ".join(words[start:end]), [word.lower() for word in words[:start]]
        if all(_DATE_WORD.fullmatch(word) for word in words[start:end]):
            start = end
            continue
        if _TITLE.fullmatch(name):
            return None  # "a new CEO" names nobody
        bare = None if _is_place(name, gap) else name  # "Ireland" alone is a place, never a detail
        if len(gap) > 1 and gap[-1] == "the":
            name, gap = f"the {name}", gap[:-1]
            bare = name if bare else None
        if gap and gap[-1] in ("called", "named", "dubbed") and gap[0] in _ARTICLES | _POSSESSIVES:
            gap = []  # "an app called Beacon": the name is the thing
        if kind == "customer":
            return bare if not gap or (len(gap) <= 4 and gap[-1] in _CUSTOMER_LINKS
                                       and not any(w[0].isdigit() for w in gap)) else None
        if not gap or gap == ["with"]:  # "acquired Bluegate Bakery", "partnered with Instacart"
            return f"{_CUE_NOUNS[cue]} {name}" if cue in _CUE_NOUNS else bare
        if len(gap) == 1 and cue in _NOUN_CUES and gap[0] in _NOUN_JOINS:  # "the award from Forbes"
            return f"the {cue.split()[0]} {gap[0]} {name}"
        middle = gap[1:]
        if gap[0] not in _ARTICLES or len(middle) > 3 or _STOPS.intersection(middle[:-1]):
            return None
        if middle and middle[-1] in _PREPOSITIONS | {"in", "on"}:  # "a partnership with X", "a new hub in X"
            return " ".join(["the", *middle, name]) if len(middle) >= 2 else None
        if len(middle) > 2 or _STOPS.intersection(middle):
            return None
        head: list[str] = []  # "a new Data Science pathway": the name describes the noun that follows it
        for word in words[end:end + 2]:
            if not word.isalpha() or not word.islower() or word in _STOPS or _verbish(word):
                break
            head.append(word)
        if head:  # "the Best Workplace 2026 award", "the Data Science and Statistics pathway"
            return " ".join(["the", name, *head])
        if cue in _CUE_NOUNS and bare:  # "acquired its rival GymBill" → "the acquisition of GymBill"
            return f"{_CUE_NOUNS[cue]} {name}"
        return f"the {name}" if bare else None  # "won a Michelin Bib Gourmand" → "the Michelin Bib Gourmand"
    return None


def _is_place(name: str, gap: list[str]) -> bool:
    return name.casefold().removeprefix("the ") in _PLACES or bool(gap and gap[-1] in _LOCATIVE and " " not in name)


def _raw_detail(kind: str, text: str, cue: re.Match[str]) -> str | None:
    quoted = _QUOTED.search(text)
    if quoted and kind in ("leadership", "culture"):  # a blog post or talk title; an event is named by its cue
        medium = _MEDIUM.search(text)
        title = quoted.group(1).strip().rstrip(".,")
        return f"the “{title}” {medium.group(1).lower()}" if medium else f"the focus on “{title}”"
    if kind == "funding":
        funding = _FUNDING.search(text) or _RAISED.search(text)
        if funding:
            return f"the {funding.group('money')} in new funding" if "money" in funding.re.groupindex \
                else "the " + funding.group(0).strip()
    if kind == "leadership":
        title = _TITLE.search(text)
        return f"the new {title.group(0)}" if title and _NEW_LEADER.search(text) else None
    if kind == "event" and _WENT_PUBLIC.search(text):
        return "going public"
    if kind == "culture" and _B_CORP.search(text):
        return "the B Corp certification"
    titled = _TITLED.match(text, cue.end()) if kind in _NAME_KINDS else None
    if titled:  # launched a "Time to Care" programme → the “Time to Care” programme
        head = titled.group("head") or ""
        return f"the “{titled.group('title').strip()}” {head}".strip() if head not in _STOPS | _ENDS else \
            f"the “{titled.group('title').strip()}”"
    plain = _QUOTES.sub("", text)
    cue = _cue_at(plain, (cue.group(0),)) or cue
    planned = _plan(plain, cue)
    if planned:
        return planned
    if cue.group(0).lower() in _TALK_CUES:
        subject = _TALK_SUBJECT.search(plain, cue.end(), cue.end() + _WINDOW)
        about = _nominal_at(plain, subject.start("verb")) if subject else None
        if about:  # a talk "about moving their databases to RDS" is news of the move, not of the venue
            return about
    if kind in _NAME_KINDS:  # the name follows the cue: "launched RouteWise"
        named = _name_phrase(_clause_words(plain[cue.end():cue.end() + _WINDOW])[:12], cue.group(0).lower(), kind)
        if named and cue.group(0).lower() in _TALK_CUES and not named.startswith("the talk "):
            named = f"the talk at {named}"  # "a talk at a Portland meetup" → "the talk at the Portland meetup"
        if named or kind == "customer":
            return named
        return _nominal(plain, cue) or (_around(plain, cue) if kind == "event" else None)  # "a national award"
    return _nominal(plain, cue) or _around(plain, cue)


def _plan(text: str, cue: re.Match[str]) -> str | None:
    """"plans to expand to the EU in 2027" → "the plan to expand to the EU in 2027": not done yet, so a plan."""
    words = _clause_words(text[cue.start():cue.start() + _WINDOW])[:9]
    if len(words) < 2:
        return None
    if words[0].lower() in ("plans", "planning", "plan") and words[1].lower() == "to":
        rest = words[1:]
    elif _PLANS_TO.search(text[max(0, cue.start() - 40):cue.start()]):  # "plans to expand", by the cue "expand"
        rest = ["to", *words]
    else:
        return None
    if len(rest) < 2:
        return None
    planned = rest[:2] + _phrase(rest[2:])
    tail = rest[len(planned):]
    joined = _joined(tail, ("to", "into", "in", "across", "at"))
    if joined:
        planned += joined[0]
        year = tail[joined[1]:joined[1] + 2]
        if len(year) == 2 and year[0].lower() == "in" and re.fullmatch(r"(?:19|20)\d\d", year[1]):
            planned += year  # a plan's year is part of it: "in 2027"
    return "the plan " + re.sub(r"\b(?:its|their|our)\b", "the", " ".join(planned))


def _detail(kind: str, text: str, cue: re.Match[str]) -> str | None:
    detail = _raw_detail(kind, text, cue)
    detail = _DANGLING.sub("", detail).strip() if detail else None
    return detail if detail and _is_detail(detail) else None


def _is_detail(detail: str) -> bool:
    """A noun phrase that names something: not a verb phrase, a date, a place, or a single common word."""
    if len(detail) > 80 or not (detail.startswith(("the ", "“", "going ")) or detail[0].isupper()
                                or detail[0] in "$£€"):
        return False  # "expanded to Germany", "four-day week in January": a verb phrase or a bare noun
    core = [word for word in _QUOTES.sub("", detail).split() if word.lower() not in _ARTICLES]
    if not core or all(_DATE_WORD.fullmatch(word) for word in core):
        return False  # "March", "September 2026": a date is never a detail
    if len(core) == 1 and core[0].islower():
        return False  # "the platform", "growth"
    return " ".join(core).casefold() not in _PLACES


def _line_points(text: str, number: int, cues: dict[str, tuple[str, ...]]) -> list[ResearchPoint]:
    """Every kind of news the line could be, in KIND_ORDER, each with its detail."""
    points: list[ResearchPoint] = []
    for kind in KIND_ORDER:
        detail = next(filter(None, (_detail(kind, text, cue) for cue in _cues_in(text, cues.get(kind, ())))), None)
        if detail and detail.startswith("the plan "):  # not done yet: only initiative questions suit a plan
            if any(p.kind == "initiative" for p in points):
                continue
            kind = "initiative"
        if detail:
            points.append(ResearchPoint(kind, detail, text, number))
    return sorted(points, key=lambda p: KIND_ORDER.index(p.kind))


def research_points(research: Document | Sequence[Document], cues: dict[str, tuple[str, ...]], *,
                    relevant: frozenset[str] = frozenset()) -> list[ResearchPoint]:
    """One point per research line that names something concrete. A line that could be news of several kinds
    counts as a kind no earlier line has given, so the card can draw on more than one kind.

    ``relevant`` holds the posting's content words (stems, see matching.content_words): lines that share more of
    them come first, so news about the team, product or skills of the role beats general company news; then the
    better kinds first."""
    documents = [research] if isinstance(research, Document) else list(research)
    points: list[ResearchPoint] = []
    used: set[str] = set()
    for document in documents:
        for line in document.lines:
            if len(line.text.split()) < 5 or _ABOUT_ME.search(line.text):
                continue  # headings, fragments, and notes about the candidate are not company news
            options = _line_points(line.text, line.number, cues)
            point = next((p for p in options if p.kind not in used), options[0] if options else None)
            if point is not None:
                used.add(point.kind)
                shared = len(content_words(line.text) & relevant) if relevant else 0
                points.append(replace(point, source=document.source, relevance=shared))
    rank = {document.source: order for order, document in enumerate(documents)}
    return sorted(points, key=lambda p: (-p.relevance, KIND_ORDER.index(p.kind), rank.get(p.source, 0), p.line))

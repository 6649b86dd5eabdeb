"""Quantified results on a resume: money ($1.2M, €300k), percentages, multipliers (3x, "by 8 times"), rankings
("ranked #1 ... (out of 6)", "top 5%", "top seller"), counts of scope ("payroll for 600 employees", "team of 12",
"managed 12 stores", "1+ million downloads"), measures (200 ms, 4 TB) and changes ("from 2 days to 45 minutes").
Dates, phone numbers, postcodes, versions ("Python 3", "Angular 7 web application"), school years ("Year 4
classes") and lengths of time ("5 years of Java") are not results.

`is_result` is the one reading of "this line states a result in numbers" that the pitch, the concerns and the
letters use. Every pattern is bounded (each run has a maximum length), so any line is read in linear time, and a
pattern is read only on a line that shows a sign of its kind (a "%" after a number, "from" before one, "doubled"),
so most lines are spared most patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from afterword.analysis.experience import find_dates
from afterword.models import Document

KINDS = ("money", "ranking", "percent", "multiplier", "count", "measure", "change", "record")

_NUMBER = r"(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,9})(?:\.\d{1,3})?(?!\d)"  # never part of a longer run of digits
_SCALE = r"(?:k|K|m|M|mm|MM|bn|Bn|B|million|billion|thousand|hundred|mln)"
_COUNT_NOUNS = frozenset((
    "people|persons|employees|staff|engineers|developers|programmers|designers|analysts|nurses|doctors|teachers|"
    "students|pupils|learners|patients|residents|customers|clients|users|members|subscribers|followers|visitors|"
    "downloads|installs|installations|stars|reviews|participants|attendees|volunteers|reports|"
    "projects|sites|websites|apps|applications|products|features|systems|services|microservices|games|prototypes|"
    "stores|shops|locations|branches|restaurants|kitchens|covers|meals|beds|wards|homes|houses|buildings|"
    "properties|units|accounts|transactions|orders|requests|queries|calls|tickets|cases|deals|contracts|"
    "partners|vendors|suppliers|countries|cities|regions|markets|teams|hires|recruits|interns|courses|lessons|"
    "classes|books|articles|papers|vehicles|trucks|devices|servers|nodes|machines|documents|forms|records|"
    "invoices|claims|events|campaigns|shipments|packages|components|modules|tests|bugs|incidents|"
    "sales|leads|tables|agents|children|families|tenants|guests|passengers|routes|jobs|positions|roles|crew"
    ).split("|"))
# Words after a number that make it a length of time, how often or a measure, not a count of scope: "5 years in
# sales", "for 3 winters", "3 times a week", "4 TB of logs" (a measure of its own). Times that changed are results
# of their own ("from 2 days to 45 minutes").
_NOT_COUNTED = frozenset((
    "year|years|yrs|month|months|mos|week|weeks|day|days|hour|hours|hrs|minute|minutes|mins|second|seconds|secs|"
    "decades|winters|summers|seasons|semesters|terms|nights|weekends|times|ms|kb|mb|gb|tb|pb|km|kg|ml|sq|kw|mw|"
    "kwh|mwh|m2").split("|"))
# Any other plural: "12 stores", "7 line cooks", "1,800 SKUs"; never a word that only ends in s ("business",
# "campus", "analysis", "Paris").
_PLURAL = re.compile(r"[^\W\d_][\w-]{2,30}(?<![sSuUiI])[sS]|[A-Z]{2,8}s")
_GROUP_NOUNS = "people|persons|employees|staff|engineers|developers|programmers|designers|analysts|nurses|cooks|chefs"
# A number and the (up to three) words after it, the last ending in s or a count noun without one: a count when
# one of those words is a plural noun.
_COUNTED = re.compile(rf"(?<![\w.,#/:-])(?P<n>{_NUMBER}(?:[-–]\d{{1,6}})?\+?(?: ?{_SCALE})?\+?)"
                      rf"(?P<words>(?: [\w-]{{1,30}}(?![\w-])){{0,2}} (?:[\w-]{{0,29}}[sS]|"
                      rf"{'|'.join(sorted(n for n in _COUNT_NOUNS if not n.endswith('s')))})(?![\w-]))")
# A number with a scale in words stands for a result on its own: "generated 1.5 million in revenue".
_SCALED = re.compile(rf"(?<![\w.,#/:-]){_NUMBER}\+? ?(?:million|billion|thousand|bn|mln)\b\+?")
_QUALIFIER = r"(?:(?:over|more than|up to|nearly|almost|about|around|approx\.?|approximately|some|at least) )?"
_TIME = r"(?:ms|milliseconds|seconds|secs|minutes|mins|hours|hrs|(?:business |working )?days|weeks|months)"
_CURRENCY = "$€£¥₪"
_GROUPS = ("team", "group", "staff", "crew", "department", "class", "cohort", "portfolio", "fleet", "ward", "kitchen",
           "network", "base", "community", "caseload", "budget")  # "classes" starts with "class"
_CHANGE_VERBS = ("cut", "reduced", "lowered", "dropped", "fell", "decreased", "shrank", "shortened", "grew",
                 "increased", "raised", "rose", "boosted", "improved", "expanded", "scaled")


# Each kind and its pattern, in the order they are read (an earlier kind's words are not read again by a later one).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("money", re.compile(
        rf"(?<![\w{_CURRENCY}])[{_CURRENCY}] ?{_NUMBER}(?: ?{_SCALE}(?![a-zA-Z]))?\+?"
        rf"|(?<![\w.,]){_NUMBER} ?(?:{_SCALE} )?(?:USD|EUR|GBP|NIS|ILS|dollars|euros|pounds|rubles|shekels)\b")),
    ("ranking", re.compile(
        r"(?<![\w&])#\d{1,3}(?!\d)|\b(?:ranked|rated|placed|finished|named)\b[^.;]{0,30}?"
        r"(?:#\d{1,3}|\b\d{1,3}(?:st|nd|rd|th)\b|\bfirst\b|\btop\b)|\btop \d{1,3} ?%?|"
        r"\b\d{1,2}(?:st|nd|rd|th) place\b|\bout of \d{1,7}\b|\bfirst place\b|"
        r"\btop[- ](?:seller|performer|producer|salesperson|biller|earner|fundraiser)\b", re.IGNORECASE)),
    ("percent", re.compile(
        rf"(?<![\w.]){_NUMBER} ?(?:%|percent\b|per cent\b)|\b(?:doubled|tripled|halved)\b", re.IGNORECASE)),
    ("multiplier", re.compile(
        r"(?<![\w.])\d{1,3}(?:\.\d{1,2})? ?[x×](?![\w])(?! ?\d)|\b\d{1,3} times\b(?! (?:a|an|per|each|every) "
        r"(?:day|night|week|month|quarter|year|shift|session)\b)|"
        r"\bby (?:two|three|four|five|ten) times\b", re.IGNORECASE)),
    ("count", re.compile(
        rf"\b(?:{'|'.join(_GROUPS)}|classes) of {_QUALIFIER}{_NUMBER}(?:[-–]\d{{1,6}}(?!\d))?\+?"
        rf"(?: ?{_SCALE}(?![a-zA-Z]))?(?: (?:[\w-]{{1,20}} )?(?:{_GROUP_NOUNS})\b)?", re.IGNORECASE)),
    ("measure", re.compile(
        rf"(?<![\w.]){_NUMBER} ?(?:ms|milliseconds|seconds|sec|TB|GB|PB|MB|KB|km|miles|kg|tons|tonnes|sq ?ft|m2|kW|"
        rf"MW|kWh|MWh|hours saved|hrs saved)\b|\b(?:saved|cut|reduced|shortened)\b[^.;]{{0,30}}?\b\d{{1,4}} "
        rf"(?:hours|days|weeks|months|minutes)\b|\b\d{{1,4}} (?:hours|days|weeks|months) (?:early|ahead|faster|"
        rf"sooner|less)\b")),
    ("change", re.compile(
        rf"\bfrom {_NUMBER} ?(?:%|{_TIME}\b) to {_NUMBER}(?: ?(?:%|{_TIME}\b))?|\bfrom {_NUMBER} to {_NUMBER} ?"
        rf"(?:%|{_TIME}\b)|\b(?:{'|'.join(_CHANGE_VERBS)})\b[^.;]{{0,40}}?\bfrom {_NUMBER} to {_NUMBER}"
        rf"(?![\d.,]\d)(?: ?(?:%|{_TIME}\b))?", re.IGNORECASE)),
    ("record", re.compile(  # a clean record: "with no incidents in 2.5 years", "zero lost-time injuries"
        r"\b(?:zero|no|without (?:a single|any)) (?:[\w-]{1,20} ){0,2}?(?:incidents?|accidents?|injuries|errors|"
        r"defects|complaints|violations|citations|breaches|outages|write-ups)\b|"
        r"\b(?:accident|incident|injury|error|defect|violation)[- ]free\b", re.IGNORECASE)),
)
# What may follow a number (lower-cased) in a result of each kind, and what may stand just before one: with the
# words that state a result without a number, the signs of each kind. A kind none of whose signs is on the line is not
# read at all, which spares most lines most patterns.
_AFTER_NUMBER = re.compile(
    r" ?(?:(?P<money>(?:k|m|mm|bn|b|million|billion|thousand|hundred|mln)? ?(?:usd|eur|gbp|nis|ils|dollars|euros|"
    r"pounds|rubles|shekels)\b)|(?P<percent>%|percent\b|per cent\b)|(?P<multiplier>[x×](?!\w)|times\b)|"
    r"(?P<ranking>(?:st|nd|rd|th)\b)|(?P<measure>(?:ms|milliseconds|seconds|sec|tb|gb|pb|mb|kb|km|miles|kg|tons|"
    r"tonnes|sq ?ft|m2|kw|mw|kwh|mwh|hours saved|hrs saved)\b|(?:hours|days|weeks|months) (?:early|ahead|faster|"
    r"sooner|less)\b)|(?P<time>(?:hours|days|weeks|months|minutes)\b))")
_SAVED = ("saved", "cut", "reduced", "shortened")  # "saved 40 hours": a length of time is a measure after these
_BEFORE_NUMBER = (("#", "ranking"), ("top ", "ranking"), ("out of ", "ranking"), ("from ", "change"))
_WORDED_CUES = ("ranked", "rated", "placed", "finished", "named", "first place", "top", "doubled", "tripled", "halved",
                "times", "zero ", "no ", "without a", "-free", " free")
_WORDED = re.compile(r"(?<![a-z0-9])(?:(?P<ranking>ranked|rated|placed|finished|named|first place|top[ -])|"
                     r"(?P<percent>doubled|tripled|halved)|(?P<multiplier>by (?:two|three|four|five|ten) times)|"
                     r"(?P<record>zero |no |without a(?:ny| single) |(?:accident|incident|injury|error|defect|"
                     r"violation)[- ]free))")
_AFTER_A_NAME = frozenset({"count", "measure", "change"})  # kinds a version or a name before the number undoes
# The word just before a number that makes it a version or a name, not a result: "Angular 7", "Python 3.11".
_VERSION_BEFORE = re.compile(
    r"\b(?:angular|python|java|php|c\+\+|c#|ios|android|windows|vue|react|node|ubuntu|es|html|css|bootstrap|"
    r"version|v|net|sql|oracle|office|excel|unity|spring|boot|core|django|rails|laravel|symfony|postgres|"
    r"postgresql|mysql|mongodb|redis|kafka|drupal|wordpress|magento|xcode|sharepoint|dynamics|macos|debian|centos|"
    r"rhel|qt|level|grade|band|step|phase|stage|tier|page|chapter|room|floor|suite|building|route|highway|section|"
    r"article|bus|gate|terminal|iso|osha|jdk|jre|webpack|vuejs|typescript|swift|kotlin|scala|perl|ruby|go|rust|"
    r"cuda|opengl|directx|ps|xbox|wcag|ipv|http|tls|ssl|oauth|rfc|usb|ddr|mk|no\.|number|part|year|years|age|aged|"
    r"form|b1|b2|c1|c2|a1|a2)[ -]?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{2,4}\)?){2,5}")
_POSTCODE = re.compile(r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")


@dataclass(frozen=True, slots=True)
class Achievement:
    """A quantified result on a resume line: which kind, the words that state it and where they are."""

    line: int
    kind: str
    matched: str
    start: int
    end: int


@lru_cache(maxsize=8192)  # the pitch, the concerns and the letters ask of the same lines
def is_result(text: str) -> bool:
    """True when a line states a result with a number in it ("payroll for 600 employees", "ranked #1 of 6",
    "managed 12 stores", "cut costs 12%"), not merely a date, a version or a length of time. Stops at the first:
    until one is found, only dates, phone numbers and postcodes are set aside, so the kinds may be read in any order,
    the counts (the most common, and the quickest to read) first."""
    return next(_results(text, counts_first=True), None) is not None


def achievements_in(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every quantified result in ``text``, in order."""
    return sorted(_results(text), key=lambda item: item[1])


def _masked(text: str, numbers: list[tuple[int, int]]) -> bytearray:
    """A mask of the characters that are not results (1): dates, phone numbers, postcodes. ``numbers`` are the
    line's runs of digits: a phone number needs seven digits, a postcode a capital letter just before its digits."""
    mask = bytearray(len(text))
    spans = [(d.begin, d.finish) for d in find_dates(text)]
    if sum(end - start for start, end in numbers) >= 7:
        spans.extend(m.span() for m in _PHONE.finditer(text) if sum(ch.isdigit() for ch in m.group(0)) >= 7)
    if any(text[max(0, start - 3):start].rstrip()[-1:].isupper() for start, _ in numbers):
        spans.extend(match.span() for match in _POSTCODE.finditer(text))
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _results(text: str, counts_first: bool = False) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each result, kind by kind in the order of KINDS (an earlier kind's words are not read
    again by a later one), or the counts first with ``counts_first``; a caller that needs only the first stops the
    reading there."""
    numbers = [m.span() for m in _DIGITS.finditer(text) if m.end() - m.start() <= 9]  # one long run is no number
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter that lower-cases to two ("İ"): keep every word where it stands
        lowered = text.translate(_ASCII_LOWER)
    worded = any(cue in lowered for cue in _WORDED_CUES)
    if not numbers and not worded:
        return  # no number a result could be stated with, and no word that states one
    masked = _masked(text, numbers) if numbers else bytearray(len(text))
    starts = [start for start, _ in numbers if not masked[start]]
    if not starts and not worded:
        return  # every number is part of a date, a phone number or a postcode
    if counts_first:
        yield from _counts(text, starts, masked)
    kinds = _signs(text, lowered, numbers, starts, worded)
    for kind, pattern in _PATTERNS:
        if kind in kinds:
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(masked[start:end]):  # a date, a phone number, or a result already found
                    continue
                if kind in _AFTER_A_NAME and _VERSION_BEFORE.search(text[max(0, start - 12):start]):
                    continue  # "Angular 7 web application", "Python 3.11 services", "children aged from 5 to 11"
                masked[start:end] = b"\x01" * (end - start)
                yield kind, start, end
        if kind == "count" and not counts_first:
            yield from _counts(text, starts, masked)  # "600 employees" after "team of 12", before measures


def _signs(text: str, lowered: str, numbers: list[tuple[int, int]], starts: list[int], worded: bool) -> set[str]:
    """The kinds of result the line shows a sign of: a word that states one without a number ("doubled", "ranked"),
    a currency symbol, or what stands just before or after a number that is no date ("#1", "from 9", "40%")."""
    kinds = {found.lastgroup for found in _WORDED.finditer(lowered) if found.lastgroup} if worded else set()
    if not starts:
        return kinds
    if any(symbol in text for symbol in _CURRENCY):
        kinds.add("money")
    for _, end in numbers:  # the number after a decimal point too: "1.5x", "4.6 MB"
        if (after := _AFTER_NUMBER.match(lowered, end)) is not None and after.lastgroup:
            if after.lastgroup != "time":
                kinds.add(after.lastgroup)
            elif any(verb in lowered for verb in _SAVED):
                kinds.add("measure")
    for at in starts:
        kinds.update(kind for before, kind in _BEFORE_NUMBER if at >= len(before)
                     and lowered.startswith(before, at - len(before)))
        if " of " in lowered[max(0, at - 30):at]:
            kinds.add("count")  # "team of 12", "a budget of over $2M"
    return kinds


def _counts(text: str, starts: list[int], masked: bytearray) -> Iterator[tuple[str, int, int]]:
    """"600 employees", "1+ million downloads", "7 line cooks": a number with a plural noun among the three words
    after it, before any word of time ("5 years in sales" is no count), or with a scale in words ("1.5 million")."""
    for at in starts:
        if masked[at]:
            continue
        end = None
        if (match := _COUNTED.match(text, at)) is not None:
            offset = match.start("words")
            for word in match.group("words").split(" ")[1:]:
                offset += 1
                lowered = word.lower()
                if lowered in _NOT_COUNTED:
                    break
                if lowered in _COUNT_NOUNS or _PLURAL.fullmatch(word):
                    end = offset + len(word)
                    break
                offset += len(word)
        if end is None and (scaled := _SCALED.match(text, at)) is not None:
            end = scaled.end()  # "3 million" with no noun after it
        if end is None or any(masked[at:end]) or _VERSION_BEFORE.search(text[max(0, at - 12):at]):
            continue
        masked[at:end] = b"\x01" * (end - at)
        yield "count", at, end


_CONTACT = re.compile(r"@\w|https?:|www\.|linkedin|github\.com|\b(?:phone|tel|mobile|cell|e-?mail|address|"
                      r"whatsapp|telegram|dob|date of birth)\b ?:", re.IGNORECASE)
_PHONE_LINE = re.compile(r"\+?\d[\d ().-]{6,18}\d")


def find_achievements(resume: Document) -> tuple[Achievement, ...]:
    """Every quantified result on the resume, outside its contact details (email, phone, address lines), in
    reading order."""
    out: list[Achievement] = []
    for line in resume.lines:
        if _CONTACT.search(line.text) or (line.section == "Header" and _PHONE_LINE.search(line.text)):
            continue
        for kind, start, end in achievements_in(line.text):
            out.append(Achievement(line.number, kind, line.text[start:end], start, end))
    return tuple(out)


def achievement_lines(resume: Document) -> tuple[int, ...]:
    """The numbers of the lines that state at least one quantified result."""
    return tuple(dict.fromkeys(a.line for a in find_achievements(resume)))

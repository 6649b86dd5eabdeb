"""Quantified results on a resume: money ($1.2M, €300k), percentages, multipliers (3x, "by 8 times"), rankings
("ranked #1 ... (out of 6)", "top 5%"), counts ("payroll for 600 employees", "team of 12", "1+ million
downloads") and measures (200 ms, 4 TB). Dates, phone numbers, postcodes and version numbers are not results.

Every pattern is bounded (each run has a maximum length), so any line is read in one linear pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterword.analysis.experience import find_dates
from afterword.models import Document

KINDS = ("money", "ranking", "percent", "multiplier", "count", "measure")

_NUMBER = r"(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,9})(?:\.\d{1,3})?"
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
    "sales|leads|tables|agents|children|families|tenants|guests|passengers|routes|jobs|positions|roles").split("|"))
_GROUP_NOUNS = "people|persons|employees|staff|engineers|developers|programmers|designers|analysts|nurses|cooks|chefs"
# A number and the (up to three) words after it: a count when one of those words is a count noun.
_COUNTED = re.compile(rf"(?<![\w.,#-])(?P<n>{_NUMBER}(?:[-–]\d{{1,6}})?\+?(?: ?{_SCALE})?\+?)"
                      rf"(?P<words>(?: [\w-]{{1,20}}){{1,3}})")
_QUALIFIER = r"(?:(?:over|more than|up to|nearly|almost|about|around|approx\.?|approximately|some|at least) )?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("money", re.compile(
        rf"(?<![\w$€£¥₪])[$€£¥₪] ?{_NUMBER}(?: ?{_SCALE}(?![a-zA-Z]))?\+?"
        rf"|(?<![\w.,]){_NUMBER} ?(?:{_SCALE} )?(?:USD|EUR|GBP|NIS|ILS|dollars|euros|pounds|rubles|shekels)\b")),
    ("ranking", re.compile(r"(?<![\w&])#\d{1,3}(?!\d)|\b(?:ranked|rated|placed|finished|named)\b[^.;]{0,30}?"
                           r"(?:#\d{1,3}|\b\d{1,3}(?:st|nd|rd|th)\b|\bfirst\b|\btop\b)|\btop \d{1,3} ?%?|"
                           r"\b\d{1,2}(?:st|nd|rd|th) place\b|\bout of \d{1,7}\b|\bfirst place\b", re.IGNORECASE)),
    ("percent", re.compile(rf"(?<![\w.]){_NUMBER} ?(?:%|percent\b|per cent\b)|\b(?:doubled|tripled|halved)\b",
                           re.IGNORECASE)),
    ("multiplier", re.compile(r"(?<![\w.])\d{1,3}(?:\.\d)? ?[x×](?![\w])|\b\d{1,3} times\b(?! a (?:day|week|month|"
                              r"year))|\bby (?:two|three|four|five|ten) times\b", re.IGNORECASE)),
    ("count", re.compile(
        rf"\b(?:team|group|staff|crew|department|class|classes|cohort|portfolio|fleet|ward|kitchen|network|base|"
        rf"community|caseload|budget) of {_QUALIFIER}{_NUMBER}(?:[-–]\d{{1,6}}(?!\d))?\+?(?: ?{_SCALE}(?![a-zA-Z]))?"
        rf"(?: (?:[\w-]{{1,20}} )?(?:{_GROUP_NOUNS})\b)?", re.IGNORECASE)),
    ("measure", re.compile(
        rf"(?<![\w.]){_NUMBER} ?(?:ms|milliseconds|seconds|sec|TB|GB|PB|MB|km|miles|kg|tons|tonnes|sq ?ft|m2|kW|MW|"
        rf"kWh|MWh|hours saved|hrs saved)\b|\b(?:saved|cut|reduced|shortened)\b[^.;]{{0,30}}?\b\d{{1,4}} "
        rf"(?:hours|days|weeks|months|minutes)\b|\b\d{{1,4}} (?:hours|days|weeks|months) (?:early|ahead|faster|"
        rf"sooner|less)\b")),
)
# The word just before a number that makes it a version or a name, not a result: "Angular 7", "Python 3.11".
_VERSION_BEFORE = re.compile(
    r"(?:angular|python|java|php|c\+\+|c#|ios|android|windows|vue|react|node|ubuntu|es|html|css|bootstrap|version|"
    r"v|net|sql|oracle|office|excel|unity|spring|django|rails|level|grade|step|phase|stage|tier|page|chapter|room|"
    r"floor|suite|building|route|highway|section|article|bus|gate|terminal|iso|osha|jdk|jre|webpack|vuejs|"
    r"typescript|swift|kotlin|scala|perl|ruby|go|rust|cuda|opengl|directx|ps|xbox|wcag|ipv|http|tls|ssl|oauth|"
    r"usb|ddr|mk|no\.|number|part|year|years|age|aged|b1|b2|c1|c2|a1|a2)[ -]?$", re.IGNORECASE)
_STANDALONE_NUMBER = re.compile(r"(?<!\d)\d{1,9}(?!\d)")
_WORDED = re.compile(r"doubled|tripled|halved|first place", re.IGNORECASE)
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


def _masked(text: str) -> bytearray:
    """A mask of the characters that are not results (1): dates, phone numbers, postcodes."""
    mask = bytearray(len(text))
    spans = [(d.begin, d.finish) for d in find_dates(text)]
    spans.extend(m.span() for m in _PHONE.finditer(text) if sum(ch.isdigit() for ch in m.group(0)) >= 7)
    spans.extend(match.span() for match in _POSTCODE.finditer(text))
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def achievements_in(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every quantified result in ``text``, in order."""
    found: list[tuple[str, int, int]] = []
    if not _STANDALONE_NUMBER.search(text) and not _WORDED.search(text):
        return found  # no number a result could be stated with (a line of spaces, or one long run of digits)
    masked = _masked(text)
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(masked[start:end]):  # a date, a phone number, or a result already found
                continue
            if kind in ("count", "measure") and _VERSION_BEFORE.search(text[max(0, start - 12):start]):
                continue  # "Angular 7 web application", "Python 3.11 services"
            found.append((kind, start, end))
            masked[start:end] = b"\x01" * (end - start)
        if kind == "count":
            _counts(text, masked, found)  # "600 employees" after "team of 12", before measures
    return sorted(found, key=lambda item: item[1])


def _counts(text: str, masked: bytearray, found: list[tuple[str, int, int]]) -> None:
    """"600 employees", "1+ million downloads", "3 mobile game prototypes": a number with a count noun among
    the three words after it. Each search resumes just after the number, so the line is read once."""
    at = 0
    while (match := _COUNTED.search(text, at)) is not None:
        at = match.end("n")
        start, end = match.start(), None
        offset = match.start("words")
        for word in match.group("words").split(" ")[1:]:
            offset += 1
            if word.lower() in _COUNT_NOUNS:
                end = offset + len(word)
                break
            offset += len(word)
        if end is None or any(masked[start:end]) or _VERSION_BEFORE.search(text[max(0, start - 12):start]):
            continue
        found.append(("count", start, end))
        masked[start:end] = b"\x01" * (end - start)
        at = end


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

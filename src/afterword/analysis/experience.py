"""Jobs and years of experience from a resume: each job's title, employer, place and dates, read from the
experience part of the resume in the forms people write them ("Mar 2021 – Present", "2018-19", "since 2017",
"03.2016 - 11.2018", "2018 | 2019" across table cells, a lone "2019" bounded by the next job ...).

Everything here reads a line as a list of tokens (digit runs, letter runs, single marks) found by one linear
regex, so a pathological line (a megabyte of digits or spaces) costs one pass, never backtracking."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from afterword.models import Document, Job, Line

YearMonth = tuple[int, int]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
}
_MONTH_NAMES = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
                "november", "december"}
_OPEN_WORDS = frozenset({"present", "current", "currently", "now", "today", "ongoing", "date", "presently"})
_SKIP_BEFORE_OPEN = frozenset({"till", "to", "until", "up", "the", "this", "to-date"})
_CONNECTOR_WORDS = frozenset({"to", "until", "till", "through", "thru"})
_DASHES = frozenset("-–—−~")
_FIRST_YEAR, _LAST_YEAR = 1950, 2039
_TOKEN = re.compile(r"\d+|[^\W\d_]+|[^\w\s]")
_MAY_HOLD_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|'\d\d")


def month_of(word: str) -> int | None:
    """The month a word names ("Jun", "june", "Sept", "autumn" → 9), or None."""
    key = word.lower()
    if key in _MONTHS:
        return _MONTHS[key]
    if key in _MONTH_NAMES:
        return _MONTHS[key[:3]]
    return None


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and _FIRST_YEAR <= int(token) <= _LAST_YEAR


@dataclass(frozen=True, slots=True)
class _Point:
    year: int
    month: int | None
    first: int  # token indexes, inclusive
    last: int


@dataclass(frozen=True, slots=True)
class Dates:
    """A date range (or a single date) as written on a line: start, end (None when the line gives none), whether
    it runs to the present, and where in the line it is written."""

    start: tuple[int, int | None]
    end: tuple[int, int | None] | None
    ongoing: bool
    begin: int  # character offsets of the dates in the line
    finish: int
    end_month_only: int | None = None  # "Jun 2019 – Oct": a month whose year the line does not give

    @property
    def is_range(self) -> bool:
        return self.ongoing or self.end is not None or self.end_month_only is not None


def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text))


def _point_at(tokens: tuple[tuple[str, int, int], ...], i: int) -> _Point | None:
    """The date written from token ``i``: "Jan 2019", "Sep. 2015", "01/2019", "03.2016", "2016/03",
    "01.03.2016", "2019"."""
    n = len(tokens)
    word = tokens[i][0]
    month = month_of(word) if word.isalpha() else None
    if month is not None:
        j = i + 1
        if j < n and tokens[j][0] in (".", ",", "'", "-") and j + 1 < n:
            j += 1
        if j < n and _is_year(tokens[j][0]):
            return _Point(int(tokens[j][0]), month, i, j)
        if j < n and tokens[j - 1][0] == "'" and len(tokens[j][0]) == 2 and tokens[j][0].isdigit():
            return _Point(2000 + int(tokens[j][0]) if int(tokens[j][0]) < 50 else 1900 + int(tokens[j][0]),
                          month, i, j)
        return None
    if not word.isdigit():
        return None
    if _is_year(word):
        # "2016/03", "2016-03", "2016.03": year then a two-digit month
        if i + 2 < n and tokens[i + 1][0] in "/.-" and len(tokens[i + 2][0]) == 2 and tokens[i + 2][0].isdigit() \
                and 1 <= int(tokens[i + 2][0]) <= 12 and tokens[i + 1][2] == tokens[i + 2][1] \
                and tokens[i][2] == tokens[i + 1][1]:
            return _Point(int(word), int(tokens[i + 2][0]), i, i + 2)
        return _Point(int(word), None, i, i)
    if len(word) <= 2 and i + 2 < n and tokens[i + 1][0] in "/.-":
        second = tokens[i + 2][0]
        if _is_year(second) and 1 <= int(word) <= 12:  # "01/2019", "3.2016"
            return _Point(int(second), int(word), i, i + 2)
        if len(second) <= 2 and second.isdigit() and i + 4 < n and tokens[i + 3][0] == tokens[i + 1][0] \
                and _is_year(tokens[i + 4][0]):  # "01.03.2016" (day first, unless the middle cannot be a month)
            middle, first = int(second), int(word)
            month = middle if 1 <= middle <= 12 else first if 1 <= first <= 12 else None
            return _Point(int(tokens[i + 4][0]), month, i, i + 4) if month else None
    return None


def _short_year(tokens: tuple[tuple[str, int, int], ...], i: int, start: _Point) -> _Point | None:
    """The "19" of "2018-19": a two-digit year after a dash, later than the start in the same century."""
    word = tokens[i][0]
    if len(word) == 2 and word.isdigit():
        year = start.year // 100 * 100 + int(word)
        if start.year < year <= start.year + 20:
            return _Point(year, None, i, i)
    return None


def _open_at(tokens: tuple[tuple[str, int, int], ...], i: int, after_word: bool) -> int | None:
    """The last token of "present", "to date", "till date", "present time", "up to now" ... from ``i``;
    ``after_word`` when a "to" or "till" came just before (so "date" alone is "to date")."""
    n = len(tokens)
    j = i
    while j < n and j < i + 3 and tokens[j][0].lower() in _SKIP_BEFORE_OPEN:
        j += 1
    if j < n and tokens[j][0].lower() in _OPEN_WORDS:
        if tokens[j][0].lower() == "date" and j == i and not after_word:
            return None  # "date" alone is not "to date"
        if j + 1 < n and tokens[j + 1][0].lower() in ("time", "day", "days"):
            j += 1
        return j
    return None


def _after(tokens: tuple[tuple[str, int, int], ...], start: _Point, i: int) -> tuple[str, _Point | int | None, int]:
    """What follows a date from token ``i``: ("end", point, last), ("open", None, last), ("month", month, last)
    for an end month with no year, ("dash", None, last) for a dash followed by no date, or ("none", None, i - 1)."""
    n = len(tokens)
    j, connected, dashed, worded = i, False, False, False
    while j < n and j < i + 4 and (tokens[j][0] in _DASHES or tokens[j][0] in ("/", "|", ">")
                                   or tokens[j][0].lower() in _CONNECTOR_WORDS):
        connected = True
        dashed = dashed or tokens[j][0] in _DASHES or tokens[j][0] == "/"
        worded = tokens[j][0].lower() in _CONNECTOR_WORDS
        j += 1
    if connected and not dashed and not worded and j < n and not _point_at(tokens, j):
        return "none", None, i - 1  # "2019 | Acme": a bar is a connector only between two dates
    if j < n:
        point = _point_at(tokens, j)
        if point is not None and (point.year, point.month or 12) >= (start.year, start.month or 1):
            if connected or tokens[j][1] - tokens[i - 1][2] <= 2:
                return "end", point, point.last
        elif point is not None:
            return "none", None, i - 1  # "2021 - 2019": an end before the start is no range
        if connected and tokens[j - 1][0] in _DASHES:
            short = _short_year(tokens, j, start)
            if short is not None and tokens[j][1] == tokens[j - 1][2]:
                return "end", short, j
        opened = _open_at(tokens, j, worded)
        if opened is not None and (connected or tokens[j][0].lower() in ("present", "current", "now", "today")):
            return "open", None, opened
        month = month_of(tokens[j][0]) if tokens[j][0].isalpha() and start.month else None
        if month is not None and (connected or tokens[j][1] - tokens[i - 1][2] <= 1) and \
                not (j + 1 < n and tokens[j + 1][0].isdigit()):
            return "month", month, j  # "Jun 2019 – Oct": the end's year is not written
    if dashed and tokens[j - 1][0] in _DASHES | {"/"}:
        # "2022 - EPAM Systems", "2013/---": open, when the date starts the line or nothing follows the dash
        if start.first == 0 or j >= n or not tokens[j][0][0].isalnum():
            return "dash", None, j - 1
    return "none", None, i - 1


@lru_cache(maxsize=8192)
def find_dates(text: str) -> tuple[Dates, ...]:
    """Every date range, and every date that is not part of one, written on the line, in order."""
    if not _MAY_HOLD_A_YEAR.search(text):
        return ()  # most lines: no year, nothing to read (one scan in C)
    tokens = _tokens(text)
    found: list[Dates] = []
    i, n = 0, len(tokens)
    while i < n:
        point = _point_at(tokens, i)
        if point is None:
            i += 1
            continue
        since = i > 0 and tokens[i - 1][0].lower() == "since"
        kind, value, last = _after(tokens, point, point.last + 1)
        start = (point.year, point.month)
        begin = tokens[i - 1][1] if since else tokens[i][1]
        if kind == "end" and isinstance(value, _Point):
            found.append(Dates(start, (value.year, value.month), False, begin, tokens[last][2]))
        elif kind in ("open", "dash") or since:
            found.append(Dates(start, None, True, begin, tokens[max(last, point.last)][2]))
        elif kind == "month" and isinstance(value, int):
            found.append(Dates(start, None, False, begin, tokens[last][2], end_month_only=value))
        else:
            found.append(Dates(start, None, False, begin, tokens[point.last][2]))
        i = max(last, point.last) + 1
    return tuple(found)


def find_range(text: str) -> tuple[YearMonth, YearMonth | None] | None:
    """((year, month), (year, month) or None for "present") of the first date range in ``text``; a start
    written without a month counts from January, an end without one to December."""
    for dates in find_dates(text):
        if dates.ongoing:
            return (dates.start[0], dates.start[1] or 1), None
        if dates.end is not None:
            return (dates.start[0], dates.start[1] or 1), (dates.end[0], dates.end[1] or 12)
    return None


def without_range(text: str) -> str:
    """The line with its date ranges taken out: "2021 – Present | Senior Designer | Fernway" → " | Senior ..."."""
    out, at = [], 0
    for dates in find_dates(text):
        if dates.is_range:
            out.append(text[at:dates.begin])
            out.append(" ")
            at = dates.finish
    out.append(text[at:])
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------
# Titles, employers and places

TITLE_WORDS = frozenset("""
developer developers engineer engineers programmer architect analyst scientist designer manager director lead
leader head owner founder co-founder cofounder ceo cto cfo coo cio vp president officer specialist consultant
administrator admin technician assistant coordinator supervisor intern internship trainee apprentice teacher tutor
lecturer professor instructor nurse doctor physician surgeon therapist pharmacist electrician plumber carpenter
mechanic welder chef cook baker waiter waitress bartender barista accountant bookkeeper auditor controller clerk
cashier receptionist secretary representative agent advisor adviser counselor counsellor tester writer editor
translator journalist researcher driver operator foreman inspector paramedic midwife caregiver aide attendant
recruiter freelancer contractor marketer strategist producer photographer librarian pilot attorney lawyer
paralegal dentist hygienist veterinarian teamlead teamleader sre devops webmaster associate partner
principal fellow postdoc expert executive buyer planner estimator surveyor dispatcher steward stewardess
housekeeper janitor landscaper machinist fitter installer linesman lineman journeyman
labourer laborer stocker cleaner porter butcher gardener guard courier nanny carer tiler roofer painter
decorator bricklayer mason glazier plasterer joiner scaffolder rigger millwright pipefitter boilermaker locksmith
tailor seamstress hairdresser stylist barber beautician trainer coach merchandiser teller banker broker underwriter
actuary economist statistician mathematician physicist chemist biologist technologist sonographer radiographer
phlebotomist optician optometrist dietitian nutritionist psychologist firefighter sergeant soldier constable
detective investigator sommelier hostess dishwasher concierge valet lifeguard farmer drafter
draftsman illustrator animator copywriter moderator reporter musician curator archivist registrar dean
headteacher childminder expeditor purchaser negotiator appraiser assessor adjuster treasurer
bursar typist interpreter chauffeur postman captain deckhand caretaker custodian groundskeeper handyman
""".split())
_EMPLOYER_WORDS = frozenset("""
llc ltd inc corp corporation company co gmbh plc ag bv group bank hospital clinic school university college
academy institute center centre agency studio systems technologies solutions labs lab restaurant hotel bistro
cafe café bakery foundation council department authority services partners consulting ministry firm store
shop market pharmacy trust nhs county district office works factory
""".split())
_PLACES = frozenset("""
israel russia ukraine belarus usa us uk canada germany france india china spain italy poland netherlands
australia ireland scotland england wales remote worldwide moscow london berlin paris tel-aviv haifa jerusalem
kyiv kiev minsk toronto
""".split())
_LABELS = re.compile(r"^(?:(?:role|position|title|job title|occupation|designation)\s?:|occupation or position held|"
                     r"position held)\s?", re.IGNORECASE)
_EMPLOYER_LABEL = re.compile(r"^(?:(?:employer|company|organi[sz]ation)\s?:|name and address of employer)\s?",
                             re.IGNORECASE)
_NOT_NAMES = frozenset({"dates", "date", "period", "duration", "from", "since", "time", "present", "now"})
_NOT_NAME_LABEL = re.compile(r"^(?:description|responsibilities|technologies|tech|achievements|results|tasks|"
                             r"projects?|customers|stack|tools|skills|key|main|major)\b[^:]{0,30}:",
                             re.IGNORECASE)
_STATE = re.compile(r"^[A-Z]{2}$")
_DURATION = re.compile(r"\( ?(?:\d{1,3} ?(?:years?|yrs?|months?|mos?) ?){1,2}\)|\b(?:currently|presently) "
                       r"(?:working|employed)\b", re.IGNORECASE)
_STILL = re.compile(r"\b(?:currently|presently) (?:working|employed)\b|\b(?:till|to|until|up to) (?:date|now)\b",
                    re.IGNORECASE)
# "MoscowDeveloper" (columns run together): a space before a capitalised title word stuck to a lower-case letter
_STUCK_TITLE = re.compile(r"(?<=[a-z])(?=(?:Developer|Engineer|Manager|Designer|Analyst|Specialist|Consultant|"
                          r"Administrator|Director|Lead|Nurse|Teacher|Chef|Accountant|Electrician)\b)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'#+.&-]*")


def _words(text: str) -> list[str]:
    return [w.lower().strip(".") for w in _NAME_WORD.findall(text)]


def _title_word(word: str) -> bool:
    return word in TITLE_WORDS or word.split("-")[-1] in TITLE_WORDS or word.split("/")[-1] in TITLE_WORDS


def _has_title_word(text: str) -> bool:
    return any(_title_word(w) for w in _words(text))


def _names_employer(text: str) -> bool:
    """A word of the text is one employers' names end in or hold ("Hospital", "Ltd", "School")."""
    return any(w in _EMPLOYER_WORDS for w in _words(text))


def _is_place(segment: str, index: int) -> bool:
    """A place segment: every word a known country, city or "Remote"; or a US state code after a city."""
    words = _words(segment)
    return bool(words) and (all(w in _PLACES for w in words) or (index > 0 and bool(_STATE.match(segment.strip()))))


def _paren_place(segment: str) -> str:
    """The place in a trailing bracket: "Elpisor LTD (Israel)" → "Israel", "Intelos (Tel Aviv, Israel)"."""
    match = re.search(r"\(([^()]{2,40})\)\s?$", segment)
    if not match:
        return ""
    parts = [part.strip() for part in match.group(1).split(",")]
    return match.group(1).strip() if _is_place(parts[-1], 0) else ""


def _split_segments(text: str, groups: list[int] | None = None) -> list[str]:
    """Split at ", ", " | ", " – ", " - ", "; ", " • ", ". " before a capital (not after "St" or "Dr") and tabs,
    never inside brackets. ``groups``, when given, is filled with each segment's part of the line between its
    dashes and bars ("Staff Nurse, Telemetry — Franklin Park Hospital": 0, 0, 1)."""
    out: list[str] = []
    part: list[int] = []
    group = 0
    depth, start, n = 0, 0, len(text)
    for i, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
            if depth == 0 and text[i + 1:i + 3].strip()[:1].isupper() and _paren_place(text[start:i + 1]):
                out.append(text[start:i + 1])  # "Intelos (Tel Aviv, Israel) Web Developer": a name, then a title
                part.append(group)
                start = i + 1
        elif depth == 0:
            cut = char in ",;|•·\t"
            if char == "." and i + 2 < n and text[i + 1] == " " and text[i + 2].isupper():
                word = text[max(0, i - 4):i].rsplit(" ", 1)[-1]
                cut = len(word) > 2 or word.isupper()
            elif char in "–—-" and 0 < i < n - 1 and text[i - 1] == " " and text[i + 1] == " ":
                cut = True
            if cut:
                out.append(text[start:i])
                part.append(group)
                start = i + 1
                group += char in "–—-|"
    out.append(text[start:])
    part.append(group)
    kept = [k for k, segment in enumerate(out) if segment.strip(" .:()-–—*>")]
    if groups is not None:
        groups[:] = [part[k] for k in kept]
    return [_unpunctuated(out[k]) for k in kept]


def _unpunctuated(segment: str) -> str:
    """The segment without the marks around it; "Ltd." and "Inc." keep their dot."""
    segment = segment.strip(" :-–—*>")
    core = segment.rstrip(".")
    if core != segment and core.rsplit(" ", 1)[-1].lower() in ("ltd", "inc", "co", "corp", "jr", "sr", "st", "bros"):
        return core + "."
    return core.lstrip(".").strip()


def _balanced(text: str) -> str:
    """The text without a trailing bracketed aside, and cut before any bracket it leaves open."""
    text = re.sub(r" ?\([^()]{0,80}\) ?$", "", text.strip()).strip()
    if text.count("(") > text.count(")"):
        text = text.split("(")[0]
    elif text.count(")") > text.count("("):
        text = text.replace(")", "")
    return text.strip(" ,;:-–—")


def _clean_title(segment: str) -> str:
    """The title in a segment: up to its last title word ("Remote Developer Unity3D" → "Remote Developer"),
    after "as" ("Summer internship as Java Developer" → "Java Developer"), without a leading place ("Moscow
    Developer" → "Developer"); "" when it reads like a sentence."""
    segment = _balanced(segment).rstrip(".")
    lowered = segment.lower()
    if " as " in lowered and _has_title_word(segment[lowered.rindex(" as ") + 4:]):
        segment = segment[lowered.rindex(" as ") + 4:]
    words = segment.split()
    while len(words) > 1 and (words[0].lower().strip(",") in _PLACES - {"remote"} or words[0].lower() in _PRAISE):
        words = words[1:]
    if len(words) > 3 and words[0] in ("St.", "Ste.", "Mt."):
        words = words[2:]  # "St. Petersburg Front-end Developer": a city before the title
    last = max((k for k, w in enumerate(words) if _has_title_word(w)), default=-1)
    if last < 0:
        return ""
    keep = last + 1
    while keep + 1 < len(words) and words[keep].lower() in ("of", "for", "&") and words[keep + 1][:1].isupper():
        keep += 2  # "Head of Sales", "Director of Nursing"
    words = words[:keep]
    if len(words) > 6 or words[0][:1].islower() and len(words) > 3:
        return ""
    return " ".join(words).strip(" ,;:-–—")


def _looks_like_name(segment: str) -> bool:
    """An employer candidate: short, starting with a capital or a digit, with letters, not a sentence or label."""
    segment = segment.strip()
    words = segment.split()
    if not words or len(words) > 6 or not re.search(r"[^\W\d_]{2}", segment):
        return False
    capital = segment[0].isupper() or segment[0].isdigit() or segment[1:2].isupper()  # "iBrush", "eBay"
    if not capital or words[0].lower().endswith(("ed", "ing")):
        return False
    if words[0].lower() in ("i", "i'm", "i've", "we", "my", "our", "a", "an", "and", "with", "in", "for") or (
            len(words) == 1 and words[0].lower() in _NOT_NAMES):
        return False
    return not _NOT_NAME_LABEL.match(segment + ":") and not find_dates(segment)


@dataclass(slots=True)
class _Names:
    title: str = ""
    employer: str = ""
    place: str = ""

    def fill(self, other: _Names) -> None:
        self.title = self.title or other.title
        self.employer = self.employer or other.employer
        self.place = self.place or other.place


def _read_names(text: str) -> _Names:
    """Title, employer and place from one line's text (its dates already taken out): "Title at Employer",
    "Employer, City — Title", "Title | Employer", "Title Employer, City, Country" ..."""
    names = _Names()
    text = _STUCK_TITLE.sub(" ", _DURATION.sub(" ", text)).strip(" |,;:-–—")
    label = _INLINE_HEADING.match(text)
    if label:  # "WORK EXPERIENCE: Maths Teacher, ...": a table row with its heading cell
        text = text[label.end():]
    labelled = _LABELS.match(text)
    if labelled:
        names.title = _clean_title(text[labelled.end():])
        return names
    labelled = _EMPLOYER_LABEL.match(text)
    if labelled:  # "Name and address of employer St James Hospital, Dublin"
        found = _read_names(text[labelled.end():])
        names.employer, names.place = found.employer, found.place
        return names
    if not text or _NOT_NAME_LABEL.match(text):
        return names
    at = re.split(r" (?:at|@) ", text, maxsplit=1)
    if len(at) == 2 and _split_segments(at[1]) and _looks_like_name(_split_segments(at[1])[0]):
        # "Web-developer, Teamlead at Eapteka Ltd, Moscow"
        right = _read_names(at[1])
        head = _split_segments(at[1])[0]
        names.employer = _balanced(head)
        names.place = right.place if right.employer == names.employer else _paren_place(head)
        names.title = _clean_title(at[0]) if len(at[0].split()) <= 6 else ""
        names.title = names.title or right.title
        return names
    groups: list[int] = []
    segments = _split_segments(text, groups)
    places = [k for k, segment in enumerate(segments) if _is_place(segment, k)]
    if places:
        first, last = places[0], places[-1]
        state = bool(_STATE.match(segments[first].strip()))  # "Reno, NV": the segment before a state is its city
        if (first > 1 or (first == 1 and state)) and len(segments[first - 1].split()) <= 2 \
                and _looks_like_name(segments[first - 1]) and not _has_title_word(segments[first - 1]) \
                and not _names_employer(segments[first - 1]):
            first -= 1  # the city before the country: "Ekaterinburg, Russia"
        names.place = ", ".join(segments[first:last + 1])
        segments = segments[:first] + segments[last + 1:]
        groups = groups[:first] + groups[last + 1:]
    title_at = -1
    for k, segment in enumerate(segments):
        if _has_title_word(segment):
            title = _clean_title(segment)
            if title and (not names.title or names.title.lower() in ("intern", "internship", "trainee")):
                names.title, title_at = title, k  # "Internship, Service Engineer": the role, not "Internship"
    others = [k for k in range(len(segments)) if k != title_at]
    if title_at >= 0 and not others:  # "Business Owner Butchery": the name after the title, nothing else
        rest = _balanced(segments[title_at])
        tail = rest[len(names.title):].strip() if rest.startswith(names.title) else ""
        if tail and _looks_like_name(tail) and not _has_title_word(tail) and len(tail.split()) <= 4:
            names.employer = tail
    order = sorted(others, key=lambda k: (abs(k - title_at) if title_at >= 0 else k, k))
    named = [k for k in order if _looks_like_name(segments[k]) and not _has_title_word(segments[k])]
    if title_at >= 0 and len(named) > 1 and groups[named[0]] == groups[title_at] \
            and not _names_employer(segments[named[0]]):
        # "Staff Nurse, Telemetry — Franklin Park Community Hospital": the unit beside the title is no employer when
        # the other side of the dash names one
        across = [k for k in named if groups[k] != groups[title_at] and _names_employer(segments[k])]
        named = across[:1] + [k for k in named if k not in across[:1]]
    holding = [k for k in named if _names_employer(segments[k])]
    if title_at < 0 and len(segments) >= 3 and len(holding) == 1 and holding[0] != named[0] \
            and all(len(segment.split()) == 1 for segment in segments[:holding[0]]):
        # "Golang, Java, Python, Sber Technologies": a side column's list of skills run into the employer's line;
        # the one name that holds an employer's word ("Technologies", "Hospital") is the employer
        named = holding + [k for k in named if k != holding[0]]
    for k in named:
        if names.employer:
            break
        names.employer = _balanced(segments[k])
        names.place = names.place or _paren_place(segments[k])
        words = names.employer.split()
        if len(words) >= 3 and words[-1].lower() in _PLACES and not names.place \
                and not any(w in ("->", "→", "/", "&") for w in words):
            names.employer, names.place = " ".join(words[:-1]), words[-1]  # "Flexitech AVIA Israel"
    return names


def _candidate_line(line: Line | None) -> bool:
    """A line that may hold a job's title or employer: short, undated, not a sentence or a label."""
    if line is None:
        return False
    text = line.text
    if _LABELS.match(text) or _EMPLOYER_LABEL.match(text):
        return True
    # words, not a dash between them nor a short aside in brackets ("Nursing Assistant (STNA) — Maple Grove")
    words = [word for word in re.sub(r"\([^()]{1,20}\)", " ", text).split() if any(c.isalnum() for c in word)]
    return 0 < len(words) <= 9 and not find_dates(text) and not text.endswith((".", ";")) \
        and not _NOT_NAME_LABEL.match(text) and not text[:1].islower()


def _leading(text: str) -> str:
    """The first few short segments of the text after a date ("Internship, Service Engineer, Center for
    Financial Technologies, software development company for ..."): names come first, descriptions after."""
    kept: list[str] = []
    for segment in _split_segments(text)[:4]:
        if len(segment.split()) > 8 or segment[:1].islower():
            break
        kept.append(segment)
    return ", ".join(kept)


# ---------------------------------------------------------------------------------------------------------------
# Which lines are the experience part, and the jobs on them

_STOPS_ZONE = frozenset({"Education", "Certifications", "Projects", "Volunteering", "Publications"})
_INLINE_HEADING = re.compile(r"^\s*((?:professional |work |working |relevant |employment |career )?"
                             r"(?:experience|employment history|work history|education|projects))\s?:\s?(?=\S)",
                             re.IGNORECASE)
_SCHOOL = re.compile(r"\b(?:universit\w*|college|school|institute|academy|faculty|student|degree|bachelor\w*|"
                     r"master'?s|diploma|graduat\w*|b\.?sc|m\.?sc|ph\.?d|courses?|ulpan|licen[cs]e\w*|certif\w*)\b",
                     re.IGNORECASE)


def _zones(resume: Document) -> tuple[list[Line], list[Line]]:
    """(the lines of the experience part: from each experience heading to the next education, projects ...
    heading; side-column headings such as Skills or Languages do not end it), (the lines outside education,
    with any dated line there that reads as a job) — the second for resumes with no experience heading."""
    starts = {section.first_line: section.name for section in resume.sections}
    positions = {line.number: k for k, line in enumerate(resume.lines)}
    zone: list[Line] = []
    outside: list[Line] = []
    inside = False
    for line in resume.lines:
        name = starts.get(line.number)
        inline = _INLINE_HEADING.match(line.text)
        if inline:  # a two-column table row: "WORK EXPERIENCE: Nurse, City Hospital 2019 – present ..."
            label = inline.group(1).lower()
            name = "Experience" if "experience" in label or "history" in label else \
                "Education" if "education" in label else "Projects"
        if name == "Experience":
            inside = True
        elif name in _STOPS_ZONE:
            inside = False
        if inside and not _school_dates(resume, positions, line):
            zone.append(line)
        if _outside_education(resume, positions, line):
            outside.append(line)
    return zone, outside


def _school_dates(resume: Document, positions: dict[int, int], line: Line) -> bool:
    """A dated line that is a school's, though it stands in the experience part (two columns run together):
    a school word on it or on the line above, and no job title on it or on the lines around it."""
    if not find_dates(line.text):
        return False
    k = positions[line.number]
    near = [resume.lines[j].text for j in (k - 1, k - 2, k + 1) if 0 <= j < len(resume.lines)]
    return bool(_SCHOOL.search(line.text) or (near and _SCHOOL.search(near[0]))) and not _has_title_word(
        " ".join([line.text, *near]))


def _outside_education(resume: Document, positions: dict[int, int], line: Line) -> bool:
    """For a resume with no experience heading: a line that is not part of its education. A dated line with a
    school word on it or just above is education wherever it stands (two columns run together); a dated line
    under an education heading is a job only with a title word on it or just above ("Web developer at Digital
    Dream" / "August 2012 – August 2013")."""
    if not find_dates(line.text):
        return line.section not in ("Education", "Certifications")
    k = positions[line.number]
    near = [line.text] + [resume.lines[j].text for j in (k - 1, k - 2) if j >= 0]
    if _SCHOOL.search(line.text) or (not _has_title_word(line.text) and any(_SCHOOL.search(t) for t in near)):
        return False
    return line.section not in ("Education", "Certifications") or _has_title_word(" ".join(near))


@dataclass(slots=True)
class _Draft:
    line: Line
    dates: Dates
    names: _Names
    first_line: int
    extra_lines: list[int]


def _job_dates(line: Line) -> list[Dates]:
    """The dates on a line that can date a job: ranges, or a single date at the start or end of a short line."""
    found = find_dates(line.text)
    ranges = [d for d in found if d.is_range]
    if len(ranges) > 1:  # columns run together: a range just after a school's name is the school's
        ranges = [d for d in ranges if not _SCHOOL.search(line.text[max(0, d.begin - 70):d.begin])
                  or _has_title_word(line.text[max(0, d.begin - 70):d.begin])]
    if ranges:
        return ranges
    if len(found) != 1:
        return []
    single = found[0]
    text = line.text
    before, after = text[:single.begin].strip(" |:(-–—"), text[single.finish:].strip(" |:)-–—.")
    if not before or (not after and len(text.split()) <= 10 and text[single.begin - 1:single.begin] in " ,|(-–"):
        return [single]
    return []


_PRAISE = frozenset({"experienced", "skilled", "seasoned", "motivated", "dedicated", "passionate", "dependable"})
_FRAGMENT_END = re.compile(r"\b(?:and|or|of|the|in|to|with|for|a|an|by|on|from)\s*$", re.IGNORECASE)


def _names_for(resume: Document, positions: dict[int, int], line: Line, dates: Dates,
               bounds: tuple[int, int]) -> tuple[_Names, int]:
    """Title, employer and place for the job dated on ``line`` (read between the other dates on the line,
    ``bounds``), and the number of the line the job starts on (a title or employer line just above)."""
    text = line.text
    left, right = bounds
    before = text[max(left, dates.begin - 160):dates.begin]
    after = text[dates.finish:min(right, dates.finish + 160)]
    before = before.rstrip(" (")
    if before.count("(") > before.count(")") and after.lstrip().startswith(")"):
        before = before[:before.rindex("(")]  # "Python Developer (Education, Sep 2020 – Aug 2021)"
    if before.count("(") > before.count(")") or _FRAGMENT_END.search(before):
        before = ""  # "Deployment Planning, Testing, Deployment and May 2013": the end of a sentence, not a name
    names = _read_names(before)
    if not names.title or not names.employer:
        names.fill(_read_names(_leading(after)))
    first = line.number
    previous, following = _neighbour(resume, positions, line, -1), _neighbour(resume, positions, line, 1)
    if names.title:
        date_first = not before.strip(" |(")
        shown = _leading(after)
        guessed_first = not names.employer or (names.title in shown and shown.find(names.employer) < shown.find(
            names.title))  # "PL/SQL, SQL Developer": a word before the title, not an employer after it
        if date_first and guessed_first and previous is not None and _candidate_line(previous) \
                and previous.number not in _heading_lines(resume) and not re.search(r"\d", previous.text):
            found = _read_names(previous.text)  # "PROMOS" / "February 2009 PL/SQL, SQL Developer"
            if found.employer and not found.title and "," not in previous.text and len(previous.text.split()) <= 5:
                names.employer, names.place = found.employer, names.place or found.place
                first = previous.number
        elif not names.employer and previous is not None and _candidate_line(previous) \
                and previous.number not in _heading_lines(resume) and not find_dates(previous.text) and (
                previous.text.isupper() or _names_employer(previous.text)):
            found = _read_names(previous.text)  # "ACME CORP, New York, NY" / "Senior Accountant, 2018 – now"
            if found.employer and not found.title:
                names.fill(found)
                first = previous.number
        if not names.employer and not date_first and following is not None:
            found = _read_names(_leading(following.text))  # "Python Developer (2021 – now)" / "Acme, Projects: ..."
            if found.employer and not found.title and len(_split_segments(following.text)[0].split()) <= 3:
                names.fill(found)
        return names, first
    headings = _heading_lines(resume)
    # "2012 - 2022 Dalton Motors" / "Role: Showroom manager.": a labelled title under the dates is this job's,
    # whatever title the job above left just over them
    labelled_below = following is not None and bool(_LABELS.match(following.text.strip()))
    def read_pair(first: Line, step: int) -> tuple[list[Line | None], list[_Names], int]:
        """The pair of lines from ``first`` on (each None when it cannot hold a name), their names, and which of
        them gives the title (-1: neither reads as a title beside an employer)."""
        second = _neighbour(resume, positions, first, step)
        pair = [other if other is not None and other.number not in headings and _candidate_line(other) else None
                for other in (first, second)]
        read = [_read_names(other.text) if other is not None else _Names() for other in pair]
        return pair, read, 0 if read[0].title else 1 if read[1].title and read[0].employer else -1

    for step in ((1, -1) if labelled_below else (-1, 1)):  # the title on a line next to the dates, the employer
        # on the other line of the pair
        near = _neighbour(resume, positions, line, step)
        if near is None:
            continue
        pair, read, k = read_pair(near, step)
        if pair[0] is None:
            continue
        beyond = _neighbour(resume, positions, near, step)
        if k < 0 and beyond is not None and len(near.text.split()) == 1:
            # "Golang Developer" / "Golang, Java, Python, Sber Technologies" / "C++" / "Nov 2021 - Present": a word
            # of a side column run in between; the pair is the two lines above it
            shifted = read_pair(beyond, step)
            if shifted[0][0] is not None:
                pair, read, k = shifted
        if k < 0:
            continue  # "ACCOUNTANT" / "BrightLedger Ltd., London" / "2017 – 2019", or the reverse
        names.title = read[k].title
        names.employer = read[k].employer or names.employer
        names.place = names.place or read[k].place
        other = read[1 - k]
        if not names.employer and other.employer and not other.title:  # "OZON.ru" / "Full-stack Developer"
            names.fill(other)
            k = 1 if pair[1] is not None else 0
        elif k == 1:
            names.fill(read[0])
        if step < 0:
            first = pair[k].number if pair[k] is not None else first
        break
    return names, first


def _heading_lines(resume: Document) -> set[int]:
    return {section.first_line for section in resume.sections if section.heading}


def _neighbour(resume: Document, positions: dict[int, int], line: Line, step: int) -> Line | None:
    """The line next to ``line`` (step -1 above, 1 below) in the same section, with no blank gap of more than
    one line."""
    position = positions.get(line.number)
    if position is None:
        return None
    k = position + step
    if not 0 <= k < len(resume.lines):
        return None
    other = resume.lines[k]
    if abs(other.number - line.number) > 2 or other.section != line.section:
        return None
    return other


def _resolve_end(dates: Dates, next_start: YearMonth | None) -> YearMonth:
    """The end a job is counted to when its line does not write one in full: a lone date runs up to the next
    job's start (or, with none after it, to the end of its year, or its one month); "Jun 2019 – Oct" runs to
    the last October before the next job."""
    year, month = dates.start
    start = (year, month or 1)
    if dates.end_month_only is not None:
        end = (year if dates.end_month_only >= start[1] else year + 1, dates.end_month_only)
        while next_start is not None and (end[0] + 1, end[1]) < next_start:
            end = (end[0] + 1, end[1])
        return end
    natural = (year, month or 12)
    if next_start is None:
        return natural
    bound = (next_start[0], next_start[1] - 1) if next_start[1] > 1 else (next_start[0] - 1, 12)
    return bound if bound >= start else natural


def _start(dates: Dates) -> YearMonth:
    return dates.start[0], dates.start[1] or 1


def _drafts(resume: Document, lines: list[Line]) -> list[_Draft]:
    positions = {line.number: k for k, line in enumerate(resume.lines)}
    drafts: list[_Draft] = []
    for line in lines:
        written = find_dates(line.text)
        where = {(d.begin, d.finish): k for k, d in enumerate(written)}
        for dates in _job_dates(line):
            k = where[(dates.begin, dates.finish)]
            bounds = (written[k - 1].finish if k > 0 else 0,
                      written[k + 1].begin if k + 1 < len(written) else len(line.text))
            names, first = _names_for(resume, positions, line, dates, bounds)
            if not dates.is_range and not names.title:
                continue  # a lone year needs a job title next to it
            extra: list[int] = []
            nxt = _neighbour(resume, positions, line, 1)
            if not dates.is_range and nxt is not None:  # "August 2012 Senior Analyst" / "December 2017"
                alone = find_dates(nxt.text)
                if len(alone) == 1 and not alone[0].is_range and alone[0].begin == 0 \
                        and not nxt.text[alone[0].finish:].strip(" .") \
                        and (alone[0].start[0], alone[0].start[1] or 12) >= _start(dates):
                    dates = Dates(dates.start, alone[0].start, False, dates.begin, dates.finish)
                    extra.append(nxt.number)
            if not dates.is_range and _STILL.search(line.text[dates.finish:]):  # "Sep 2019 ... currently working"
                dates = Dates(dates.start, None, True, dates.begin, dates.finish)
            drafts.append(_Draft(line, dates, names, first, extra))
    return drafts


def _job(draft: _Draft, body: tuple[int, ...], next_start: YearMonth | None) -> Job:
    dates = draft.dates
    start = _start(dates)
    if dates.ongoing:
        end: YearMonth | None = None
    elif dates.end is not None:
        end = (dates.end[0], dates.end[1] or 12)
        if dates.start[1] is None and dates.end[1] is None and dates.end[0] > dates.start[0]:
            # "2017 - 2020", its months unknown: counted from the middle of its first year to the middle of its
            # last (January to December would credit up to 22 months it may not hold)
            start, end = (dates.start[0], 7), (dates.end[0], 6)
    else:
        end = _resolve_end(dates, next_start)
    written_end: str | None
    if dates.ongoing:
        written_end = "present"
    elif dates.end is not None:
        written_end = _written(dates.end)
    else:
        written_end = None
    return Job(title_line=draft.first_line, start=start, end=end, lines=body, title=draft.names.title,
               employer=draft.names.employer, place=draft.names.place, dates_line=draft.line.number,
               start_text=_written(dates.start), end_text=written_end)


def _written(point: tuple[int, int | None]) -> str:
    return f"{point[0]:04d}-{point[1]:02d}" if point[1] else f"{point[0]:04d}"


@lru_cache(maxsize=32)
def find_jobs(resume: Document) -> tuple[Job, ...]:
    """Positions on the resume, in the order written: each dated job line (with the title line above it, if
    that is where the title is) starts one; the lines after it belong to it until the next one.

    Only the experience part of the resume is read; a resume with no experience heading is read outside its
    education (a degree dated 2010–2014 is not a job)."""
    zone, outside = _zones(resume)
    lines = zone if zone else outside
    drafts = _drafts(resume, lines)
    if not drafts:
        return ()
    starts = sorted({_start(d.dates) for d in drafts})
    at = {line.number: k for k, line in enumerate(lines)}
    jobs: list[Job] = []
    for k, draft in enumerate(drafts):
        following = drafts[k + 1].first_line if k + 1 < len(drafts) else None
        if following is not None and following <= draft.line.number:
            body = tuple(sorted({draft.first_line, draft.line.number, *draft.extra_lines}))
        else:  # the lines after it, in its own section (a Skills list after the last job is not part of it)
            kept: list[int] = []
            for line in lines[at.get(draft.first_line, at[draft.line.number]):]:
                if following is not None and line.number >= following:
                    break
                if line.section == draft.line.section or line.number <= draft.line.number:
                    kept.append(line.number)
            body = tuple(kept)
        later = bisect.bisect_right(starts, _start(draft.dates))
        job = _job(draft, body, starts[later] if later < len(starts) else None)
        job = _titled_by_heading(resume, job) if not job.title else job
        jobs.append(_summer(resume, replace(job, study=_studying(resume, job))))
    return tuple(jobs)


_SUMMER = re.compile(r"\bsummer\b", re.IGNORECASE)


def _summer(resume: Document, job: Job) -> Job:
    """A job dated by one year that says it was for the summer ("2019 Summer internship as Java Developer at
    Eltex") lasted a summer, June to August, not the whole year its date gives."""
    year = job.start[0]
    if job.end_text is None and job.start == (year, 1) and job.end == (year, 12) \
            and _SUMMER.search(resume.line(job.title_line).text):
        return replace(job, start=(year, 6), end=(year, 8))
    return job


# A course or a programme of study listed among the jobs: "Role: Java Developer student.", "Tel-Ran Educational
# Center". An internship, a traineeship or an apprenticeship is work, and counts.
# ("Python Developer (Education, Sep. 2020 Aug. 2021)" too)
_STUDY = re.compile(r"\b(?:student|coursework|bootcamp|course|(?:educational|training|study) (?:program(?:me)?|"
                    r"cent(?:er|re)))\b|\((?:education|training)\b", re.IGNORECASE)


def _studying(resume: Document, job: Job) -> bool:
    """True when the job's title line, its dates line or the line after them says it was study, not work."""
    after = [n for n in job.lines if n > job.title_line and n != job.dates_line][:1]
    near = " ".join(resume.line(n).text[:200] for n in dict.fromkeys((job.title_line, job.dates_line, *after)) if n)
    return bool(_STUDY.search(f"{job.title} {job.employer} {near}"))


@dataclass(frozen=True, slots=True)
class Position:
    """A job the resume names without dates ("present Intelos (Tel Aviv, Israel) Web FrontEnd Developer"): its
    line, title and employer, and whether the line marks it as today's ("present")."""

    line: int
    title: str
    employer: str
    current: bool


_OPEN_EDGE = re.compile(r"^[\s\-–—]*(?:present|current|now)\b[\s.,:\-–—]*|[\s,\-–—]*\b(?:present|current|now)\W*$",
                        re.IGNORECASE)
_POSITION_WORDS = 12


@lru_cache(maxsize=32)
def undated_position(resume: Document) -> Position | None:
    """On a resume with an experience heading but no dated job (dates left out, or lost), the first line under it
    that names a title and an employer and nothing more: the job the candidate lists first. None otherwise."""
    if find_jobs(resume):
        return None
    zone, _ = _zones(resume)
    headings = _heading_lines(resume)
    for line in zone:
        if line.number in headings or _NOT_NAME_LABEL.match(line.text) or _LABELS.match(line.text):
            continue
        text = _OPEN_EDGE.sub("", line.text).strip()
        if not text or len(text.split()) > _POSITION_WORDS or re.search(r"[.;!?]\s|[.;!?]$|^\W", text):
            continue
        names = _read_names(text)
        if names.title and names.employer:
            return Position(line.number, names.title, names.employer, text != line.text.strip())
    return None


def _titled_by_heading(resume: Document, job: Job) -> Job:
    """A job whose title is its own heading (a Word "Heading 2": "Warehouse Shift Supervisor — Cascade
    Fulfillment" above "Reno, NV · Oct 2019 – Present"): title and employer from the heading, and what the
    dates line named is the place."""
    section = next((s for s in resume.sections if s.first_line < job.dates_line <= s.last_line), None)
    if section is None or not section.heading or section.name != section.heading \
            or section.first_line not in (job.dates_line - 1, job.dates_line - 2):
        return job
    names = _read_names(section.heading)
    if not names.title:
        return job
    place = ", ".join(p for p in (job.employer, job.place) if p) if not job.title else job.place
    return replace(job, title_line=section.first_line, title=names.title,
                   employer=names.employer or job.employer, place=names.place or place,
                   lines=tuple(sorted({section.first_line, *job.lines})))


def _months(start: YearMonth, end: YearMonth | None, today: date) -> tuple[int, int]:
    now = (today.year, today.month)
    last = min(end, now) if end is not None else now
    return start[0] * 12 + start[1] - 1, last[0] * 12 + last[1]


def years_in(jobs: tuple[Job, ...] | list[Job], today: date) -> float:
    """Total years across jobs, counting overlapping months once and no month after ``today``; a course listed as a
    job is study, not work, and is not counted."""
    spans = sorted(_months(job.start, job.end, today) for job in jobs if not job.study)
    total, reach = 0, None
    for first, last in spans:
        if last <= first:
            continue
        if reach is None or first >= reach:
            total += last - first
            reach = last
        elif last > reach:
            total += last - reach
            reach = last
    return round(total / 12, 1)


_RANGE_WORDS = re.compile(r"\b(?:present|current|currently|now|today|date|ongoing)\b", re.IGNORECASE)


def without_date_ranges(text: str) -> str:
    """A line without its date ranges: "October 2021 - Present (8 months)" → " (8 months)", so that a range's
    words ("Present", "now", "current") are never read as words of the work. Only a line with a digit and such a
    word is read for its dates: the rest say no word of the kind."""
    if not _RANGE_WORDS.search(text) or not any(ch.isdigit() for ch in text):
        return text
    for dates in sorted((d for d in find_dates(text) if d.is_range), key=lambda d: -d.begin):
        text = text[:dates.begin] + " " + text[dates.finish:]
    return text

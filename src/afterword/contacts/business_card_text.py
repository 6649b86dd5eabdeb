"""Propose a contact from the text of a business card (as OCR gives it), for the user to confirm.

Each proposed field carries the line it was read from. A field the text does not settle is left None rather than
guessed: the name is only proposed when one line looks like a name and no other does, or when exactly one matches
the email's part before the @ (j.smith@ → "Jane Smith"); the title needs a job-title word, the organisation a legal
form (Ltd, Inc, GmbH ...) or the name of the email's or website's domain, a phone's kind its label (M:, Fax ...).

Lines are split at | • · and wide gaps (a card's columns), and stray OCR marks around them are trimmed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Generic, TypeVar

import phonenumbers

from afterword.contacts.business_card_address import find_address, is_country
from afterword.contacts.card import ContactCard, Phone, PostalAddress
from afterword.contacts.errors import ContactError, EmailAddressError
from afterword.contacts.normalise import e164, normalise_email

T = TypeVar("T")

_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s{3,}|\t+")
_LEADING_NOISE = re.compile(r"^(?:[^\w+(]|_)+")
_TRAILING_NOISE = re.compile(r"(?:[^\w.)]|_)+$")
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_WEBSITE = re.compile(r"(?i)(?:https?://|www\.)[^\s,;@]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|"
                      r"ai|dev|app|tech|jobs|info|biz|uk|de|fr|eu|us|ca|au|nl|ch|ie|es|it|se)\b(?:/\S*)?")
_WEB_LABEL = re.compile(r"(?i)^(?:w|web|website|url|site)\s*:\s*")
_TITLE_WORDS = re.compile(
    r"(?i)\b(?:manager|director|engineer|recruiter|head|lead|officer|partner|specialist|coordinator|vp|"
    r"vice[- ]president|president|talent|consultant|analyst|developer|designer|architect|scientist|founder|"
    r"co-founder|ceo|cto|cfo|coo|cio|cmo|cpo|chief|executive|associate|advisor|adviser|administrator|assistant|"
    r"principal|sourcer|supervisor|representative|counsel|attorney|accountant|researcher|professor|chair|owner|"
    r"strategist|producer|editor|buyer|planner|technician|nurse|teacher)\b")
_ORG_FORM = re.compile(r"(?:,?\s+)(?:Ltd|LTD|Limited|LIMITED|Inc|INC|Incorporated|GmbH|GMBH|LLC|L\.L\.C|LLP|plc|PLC|"
                       r"Plc|Corp|CORP|Corporation|CORPORATION|Co|AG|S\.A|SA|SAS|SARL|BV|B\.V|N\.V|NV|Pty|Oy|AB)\.?$")
_TITLE_THEN_ORG = re.compile(r"^(?P<title>.+?)(?:,\s+|\s+at\s+|\s+[-–—]\s+)(?P<org>.+)$")
_BUSINESS_WORDS = frozenset({
    "solutions", "services", "group", "consulting", "technologies", "technology", "systems", "software", "labs",
    "partners", "company", "global", "international", "studio", "studios", "agency", "bank", "university",
    "department", "office", "team", "division", "hospital", "capital", "holdings", "ventures", "associates",
    "recruitment", "recruiting", "staffing", "digital", "logistics", "health", "media", "network", "foundation",
    "institute", "industries", "trading", "design", "marketing", "engineering", "sales", "operations", "people",
    "human", "resources", "acquisition", "innovation", "spaces", "together", "future", "world", "cloud", "data"})
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "bin", "al",
                        "ibn", "y", "e"})
_HONORIFICS = frozenset({"dr", "mr", "ms", "mrs", "mx", "prof", "sir"})
_GENERIC_MAILBOXES = frozenset({"info", "hello", "hi", "contact", "sales", "office", "admin", "team", "jobs",
                                "careers", "hr", "recruiting", "recruitment", "talent", "enquiries", "inquiries",
                                "mail", "support", "reception"})
_MAIL_PROVIDERS = frozenset({"gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "icloud", "me",
                             "mac", "aol", "proton", "protonmail", "gmx", "mail", "yandex", "zoho", "fastmail"})
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "ltd", "plc"})
_PHONE_LABELS = {"m": "cell", "mob": "cell", "mobile": "cell", "cell": "cell", "c": "cell", "f": "fax", "fax": "fax",
                 "t": "work", "tel": "work", "telephone": "work", "phone": "work", "ph": "work", "p": "work",
                 "o": "work", "office": "work", "d": "work", "dd": "work", "direct": "work", "w": "work",
                 "work": "work", "main": "work"}


@dataclass(frozen=True, slots=True)
class Proposed(Generic[T]):
    """A value read from the card, the card's text it came from, and that text's line numbers (from 1)."""

    value: T
    source: str
    line_numbers: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CardProposal:
    """What a business card seems to say, field by field; None where the text does not settle a field."""

    name: Proposed[str] | None = None
    title: Proposed[str] | None = None
    organisation: Proposed[str] | None = None
    email: Proposed[str] | None = None
    phones: tuple[Proposed[Phone], ...] = ()
    website: Proposed[str] | None = None
    address: Proposed[PostalAddress] | None = None
    other_lines: tuple[str, ...] = ()  # the rest of the text, for the user to pick from

    def to_card(self) -> ContactCard:
        """The proposal as a contact, once confirmed; a two-word name is split into given and family name."""
        if self.name is None:
            raise ContactError("No name was found on the business card: type the person's name, then save")
        words = [w for w in self.name.value.split(",")[0].split() if w.strip(".").lower() not in _HONORIFICS]
        given, family = (words[0], words[1]) if len(words) == 2 else (None, None)
        return ContactCard(
            full_name=self.name.value, given_name=given, family_name=family,
            title=self.title.value if self.title else None,
            organisation=self.organisation.value if self.organisation else None,
            emails=(self.email.value,) if self.email else (), phones=tuple(p.value for p in self.phones),
            address=self.address.value if self.address else None,
            url=self.website.value if self.website else None)


@dataclass(slots=True)
class _Segment:
    text: str
    number: int
    used: bool = False


def _segments(text: str) -> list[_Segment]:
    segments = []
    for number, line in enumerate(text.splitlines(), 1):
        for piece in _SEPARATORS.split(line):
            piece = " ".join(_TRAILING_NOISE.sub("", _LEADING_NOISE.sub("", piece)).split())
            if sum(char.isalnum() for char in piece) >= 2:
                segments.append(_Segment(piece, number))
    return segments


def _take(segment: _Segment, value: T, source: str | None = None) -> Proposed[T]:
    segment.used = True
    return Proposed(value, source or segment.text, (segment.number,))


def _fold(text: str) -> str:
    """Lower case ASCII letters and digits only: "García-López" → "garcialopez"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_text.lower())


def propose_contact(text: str, *, region: str = "US") -> CardProposal:
    """Fields proposed from a card's text; ``region`` reads phone numbers written without a country code."""
    segments = _segments(text)
    email = _email(segments)
    website = _website(segments)
    phones = _phones(segments, region)
    address = _address(segments)
    domains = [d for d in (_domain_name(email.value.split("@")[1]) if email else None,
                           _domain_name(website.value) if website else None) if d]
    local = _mailbox(email.value) if email else None
    title, organisation = _title_and_organisation(segments, domains, local)
    name = _name(segments, local)
    return CardProposal(name=name, title=title, organisation=organisation, email=email, phones=phones,
                        website=website, address=address,
                        other_lines=tuple(segment.text for segment in segments if not segment.used))


def _email(segments: list[_Segment]) -> Proposed[str] | None:
    for segment in segments:
        for found in _EMAIL.findall(re.sub(r"\s*@\s*", "@", segment.text)):
            try:
                return _take(segment, normalise_email(found.rstrip(".")))
            except EmailAddressError:
                continue
    return None


def _website(segments: list[_Segment]) -> Proposed[str] | None:
    for segment in segments:
        if segment.used or "@" in segment.text:
            continue
        if match := _WEBSITE.search(_WEB_LABEL.sub("", segment.text)):
            return _take(segment, match.group(0).rstrip(".,/"))
    return None


def _phones(segments: list[_Segment], region: str) -> tuple[Proposed[Phone], ...]:
    phones: list[Proposed[Phone]] = []
    for segment in segments:
        if segment.used:
            continue
        start = 0
        for match in phonenumbers.PhoneNumberMatcher(segment.text, region.upper()):
            label = re.findall(r"[a-z]+", segment.text[start:match.start].lower())
            kind = _PHONE_LABELS.get(label[-1]) if label else None
            start = match.end
            number = e164(match.number)
            if all(number != phone.value.number for phone in phones):
                phones.append(Proposed(Phone(number, (kind,) if kind else ()), segment.text, (segment.number,)))
            segment.used = True
    return tuple(phones)


def _address(segments: list[_Segment]) -> Proposed[PostalAddress] | None:
    free = [segment for segment in segments if not segment.used]
    found = find_address([segment.text for segment in free])
    if found is None:
        return None
    indexes, address = found
    for index in indexes:
        free[index].used = True
    lines = [free[index] for index in indexes]
    return Proposed(address, " / ".join(s.text for s in lines), tuple(dict.fromkeys(s.number for s in lines)))


def _domain_name(domain: str) -> str | None:
    """The name in a domain ("acme" of www.acme.co.uk); None for a mail provider's."""
    host = re.sub(r"(?i)^(?:https?://)?", "", domain).split("/")[0].lower()
    labels = [label for label in host.split(".") if label and label != "www"]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    name = _fold(labels[-2]) if len(labels) >= 2 else ""
    return name if len(name) >= 3 and name not in _MAIL_PROVIDERS else None


def _mailbox(email: str) -> str | None:
    local = email.split("@")[0].lower()
    return None if _fold(local) in _GENERIC_MAILBOXES else local


def _title_and_organisation(segments: list[_Segment], domains: list[str],
                            local: str | None) -> tuple[Proposed[str] | None, Proposed[str] | None]:
    title = organisation = None
    for segment in segments:
        if segment.used or organisation:
            continue
        if _ORG_FORM.search(segment.text):
            both = _TITLE_THEN_ORG.match(segment.text)
            if both and _TITLE_WORDS.search(both["title"]) and not _ORG_FORM.fullmatch(" " + both["org"]):
                title = _take(segment, both["title"])
                organisation = Proposed(both["org"], segment.text, (segment.number,))
            else:
                organisation = _take(segment, segment.text)
    for segment in segments:
        key = _fold(segment.text)
        if organisation or segment.used or len(key) < 3 or (local and _matches_mailbox(segment.text, local)):
            continue
        if any(domain in key or (len(key) >= 4 and key in domain) for domain in domains):
            organisation = _take(segment, segment.text)
    for segment in segments:
        if title or segment.used or "@" in segment.text or sum(c.isdigit() for c in segment.text) >= 3:
            continue
        if _TITLE_WORDS.search(segment.text):
            title = _take(segment, segment.text)
    return title, organisation


def _name_words(text: str) -> list[str] | None:
    """The words of ``text`` if it reads as a person's name (2-4 capitalised words, credentials after a comma
    aside), else None."""
    words = text.split(",")[0].split()
    if not 2 <= len(words) <= 4 or is_country(text) or any(char.isdigit() for char in text) or \
            _TITLE_WORDS.search(text) or _ORG_FORM.search(text):
        return None
    for position, word in enumerate(words):
        bare = word.strip(".").lower()
        if bare in _BUSINESS_WORDS:
            return None
        if bare in _HONORIFICS or (bare in _PARTICLES and 0 < position < len(words) - 1):
            continue
        if not (word[0].isupper() and any(c.isalpha() for c in word) and all(c.isalpha() or c in "'’-." for c in word)):
            return None
    return words


def _matches_mailbox(name: str, local: str) -> bool:
    """Whether the part of an email before the @ is made from the name: jane.smith, jsmith, j.smith, smithj, jane."""
    words = [_fold(word) for word in (_name_words(name) or []) if word.strip(".").lower() not in _HONORIFICS]
    words = [word for word in words if word]
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    tokens = [token for token in re.split(r"[._\-+0-9]+", _fold_keep_dots(local)) if token]
    if len(tokens) >= 2:
        return all(any(t == w or (len(t) == 1 and w.startswith(t)) for w in words) for t in tokens) and \
            any(len(t) > 1 for t in tokens)
    joined = tokens[0] if tokens else ""
    return joined in {first + last, first[0] + last, last + first, last + first[0], first + last[0], first, last,
                      "".join(w[0] for w in words[:-1]) + last}


def _fold_keep_dots(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9._\-+]", "", ascii_text.lower())


def _name(segments: list[_Segment], local: str | None) -> Proposed[str] | None:
    candidates = [segment for segment in segments if not segment.used and _name_words(segment.text)]
    matching = [segment for segment in candidates if local and _matches_mailbox(segment.text, local)]
    chosen = matching if matching else candidates
    if len(chosen) != 1:
        return None
    segment = chosen[0]
    value = segment.text.title() if segment.text.isupper() else segment.text
    return _take(segment, value)

"""Turn plain text into a Document: numbered lines and detected sections."""

from __future__ import annotations

import re
import unicodedata

from afterword.models import Document, Line, Section

# Canonical section names, each with the heading phrases that name it. The longest phrase contained in a heading
# wins, whatever its section ("what you'll need" beats "you'll"); between phrases of one length, the earlier section.
SECTION_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Nice to have", ("nice to have", "nice-to-have", "preferred qualification", "bonus", "plus if",
                      "desirable criteria",
                      "pluses", "desirable", "preferred skills", "preferred experience", "good to have",
                      "desired experience", "desired skills", "desired qualification",
                      "extra credit", "it would be great")),
    ("Responsibilities", ("responsibilit", "what you'll do", "what you will do", "what you’ll do",
                          "you will", "you'll", "your role", "the role", "duties", "day to day", "day-to-day",
                          "your impact", "what you'll be doing", "the job", "your mission", "your job", "your tasks")),
    ("Requirements", ("requirement", "qualification", "what you bring", "what we're looking for",
                      "what we are looking for", "who we are looking for", "who we're looking for",
                      "who you are", "about you", "you have", "must have",
                      "must-have", "your profile", "your background", "skills and experience",
                      "what you need", "what you'll need", "what you will need", "what you'll bring",
                      "what you will bring", "you bring", "bring to the table", "ideal candidate", "we expect",
                      "expect you to", "what we need", "what we require", "what we ask",
                      "your skills", "your qualifications", "essential criteria", "person specification")),
    ("Benefits", ("benefit", "perks", "what we offer", "why join", "why work", "we offer", "compensation",
                  "your opportunities", "what's in it for you", "what we can offer", "salary", "what awaits you",
                  "awaiting you", "in store for you", "employment conditions", "conditions of employment",
                  "terms and conditions", "salary and conditions", "working conditions",
                  "terms of employment", "what makes this job", "what makes this role", "what makes this position",
                  "why you'll love", "why you will love")),
    ("Interview process", ("interview process", "hiring process", "recruitment process", "how to apply")),
    ("Details", ("the details", "job details", "details", "logistics", "at a glance", "job info")),
    ("About the company", ("about us", "about the company", "who we are", "our company", "company overview",
                           "our story", "our mission", "about the team", "the team", "about the department",
                           "about the group", "about the lab", "about the unit", "about the division")),
    ("Summary", ("summary", "profile", "objective", "about me", "overview", "experience summary",
                 "summary of experience", "summary of qualifications", "personal statement", "about myself",
                 "carrier objective")),
    ("Experience", ("experience", "employment", "work history", "career history", "positions held", "expirience",
                    "experiance", "working history", "positions", "professional background")),
    ("Skills", ("skills", "competenc", "technologies", "tech stack", "tools", "expertise",
                "programming languages")),
    ("Education", ("education", "academic", "degrees", "training", "courses")),
    ("Certifications", ("certification", "licens", "certificates", "credentials")),
    ("Projects", ("projects", "portfolio")),
    ("Publications", ("publications", "talks", "patents")),
    ("Volunteering", ("volunteer", "community")),
    ("Languages", ("languages",)),
    ("Interests", ("interests", "hobbies")),
    ("Header", ("contact", "contact details", "contact information", "contact info", "personal details",
                "personal information", "personal data", "personal info")),
)
# Contact headings only as the whole heading: "Contact", "Personal details"; never a "<CONTACT>" placeholder.
_CONTACT_HEADINGS = frozenset({"contact", "contacts", "contact me", "contact us", "contact info", "contact information",
                               "contact details", "personal details", "personal information", "personal data",
                               "personal info"})
# A heading phrase followed by one of these names a job, not a section: "Training Coordinator", "Education
# Manager", "Community Nurse"; so does "Director of Education".
_JOB_NOUNS = frozenset("""
coordinator manager director officer specialist assistant administrator analyst lead head trainer instructor
teacher engineer developer designer consultant advisor adviser supervisor executive associate representative
nurse worker counselor counsellor partner liaison planner technician organiser organizer architect
""".split())
# On a line with no heading markup, a short title whose last word is one of these is a heading whatever comes
# before it ("Web Dev Positions", "Other projects", "Hard Skills"), unless it names a job.
_HEADING_NOUNS = frozenset("""
experience expirience experiance history employment positions education skills projects languages courses
certifications certificates qualifications summary profile interests hobbies publications volunteering
""".split())
_HEADING_MODIFIERS = frozenset("""
work working professional relevant other additional key core main technical hard soft personal academic selected
recent previous prior employment career web dev it software industry teaching clinical research military
volunteer training internships and & of my the our computer programming language languages skills courses
education experience
""".split())
_COMPANY_ENDINGS = frozenset({"technologies", "tools", "community", "training", "academy"})
_DECORATION = "-–—_=~*•·▪◦●○■□◆◇★☆►▸▶→|/\\:.# "

_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(\S.*)$")  # the title's trailing #s are cut in Python
_BULLET = re.compile(r"^\s*(?:[•·▪◦●○■□➢➤✓✔☞►▸→]\s*|[-*+–—]\s+|\d{1,2}[.)]\s+)(?=\S)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_SPACES = re.compile(r"[ \t]+")
# A job line ("2021 – Present | Senior Product Designer | Fernway Health") is never a heading, however marked up.
_DATE_RANGE = re.compile(r"\b(?:19|20)\d{2} ?(?:-|–|—|to|until) ?(?:[a-z]{3,9}\.? )?"
                         r"(?:(?:19|20)\d{2}|present|current|now|today)\b", re.IGNORECASE)


class _PlainText(dict):
    """A str.translate table, filled in lazily per character met: every Unicode space becomes a space, line and
    paragraph separators a newline, control and format characters (bidi overrides, zero-width marks, soft
    hyphens) go, lone surrogates (from a broken PDF font map) become U+FFFD; anything else stays itself."""

    def __missing__(self, code: int) -> int | str | None:
        char = chr(code)
        value: int | str | None = code
        if 0xD800 <= code <= 0xDFFF:
            value = "\ufffd"
        elif char in "\n\t":
            pass
        elif char in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
            value = "\n"
        elif char.isspace() or char in "\u200b\u2060\ufeff":
            value = " "
        elif unicodedata.category(char) in ("Cc", "Cf"):
            value = None
        self[code] = value
        return value


_PLAIN = _PlainText()


# ".NET" written apart by a tokeniser or a hasty hand ("Senior . NET Engineer", "( Advantage: . Net core )"): no
# full stop, but the name, which is otherwise read as a sentence's end
_DOT_NET = re.compile(r"(?<![\w.]) ?\. (?=(?:NET|Net)\b)")


def normalize_text(text: str) -> str:
    """Plain text in one linear pass: Unicode-normalised (ligatures, full-width forms), plain newlines, single
    plain spaces, no control or format characters, no lone surrogates; ". NET" joined as ".NET"."""
    text = text.replace("\r\n", "\n").translate(_PLAIN)
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN)  # NFKC can make new spaces (U+00A0 → ...)
    if ". N" in text:
        text = _DOT_NET.sub(" .", text)
    return "\n".join(_SPACES.sub(" ", line).rstrip(" ") for line in text.split("\n"))


def _markdown_heading(raw: str) -> str | None:
    """The title of a Markdown heading line ("## Skills ##" → "Skills"), or None."""
    match = _MARKDOWN_HEADING.match(raw)
    if not match:
        return None
    return match.group(1).rstrip().rstrip("#").rstrip() or None


def _bold_line(text: str) -> str | None:
    """The inner text of a line that is all bold ("**Requirements:**" → "Requirements"), or None."""
    text = text.rstrip(": ")
    for mark in ("**", "__"):
        if len(text) > 4 and text.startswith(mark) and text.endswith(mark):
            return text[2:-2].strip() or None
    return None


def _names_a_job(key: str, phrase: str) -> bool:
    """True when the phrase, where it stands in the key, is part of a job's name ("training coordinator",
    "director of education")."""
    at = key.find(phrase)
    after = key[at + len(phrase):].split()[:1]
    before = key[:at].split()[-2:]
    return bool(after and after[0].strip(",.;:()") in _JOB_NOUNS) or (
        len(before) == 2 and before[1] == "of" and before[0] in _JOB_NOUNS)


def section_name(heading: str, *, strict: bool = False) -> str | None:
    """The canonical section a heading names, or None when the heading is not one we know.

    ``strict`` (for lines with no heading markup) asks that the phrase make up most of the line, so a job title
    such as "Training Coordinator" is not taken for an Education heading. A phrase that is part of a job's
    name ("Education Manager", "Head of Training") never names a section.
    """
    key = heading.strip().strip(":").strip().lower().replace("’", "'")
    if not key or len(key) > 60:
        return None
    if key.startswith("about ") and key not in ("about you", "about me", "about the role", "about the job",
                                                "about myself"):
        return "About the company"
    if key in ("about the role", "about the job", "the opportunity", "the position", "role overview"):
        return "Responsibilities"
    found = [(len(phrase), -order, name) for order, (name, phrases) in enumerate(SECTION_PHRASES)
             for phrase in phrases if phrase in key and (not strict or len(phrase) >= 0.6 * len(key))
             and not _names_a_job(key, phrase) and (name != "Header" or key in _CONTACT_HEADINGS)]
    return max(found)[2] if found else None


def _undecorated(text: str) -> str:
    """The heading without its decoration: "—— EXPERIENCE ——" → "EXPERIENCE", "E D U C A T I O N" →
    "EDUCATION" (a trailing colon is kept: it marks a heading)."""
    colon = text.rstrip(_DECORATION.replace(":", "")).endswith(":")
    core = text.strip(_DECORATION)
    letters = core.split(" ")
    if len(letters) >= 4 and all(len(letter) == 1 for letter in letters):
        core = "".join(letters)
    return core + ":" if colon and core else core


def _titled_heading(candidate: str) -> str | None:
    """The section of a short unmarked title ending in a heading noun: "Web Dev Positions", "Other projects",
    "Education and courses"; None for a job ("Training Coordinator") or an action ("Managed projects")."""
    words = candidate.rstrip(":").split()
    if not 1 <= len(words) <= 5 or not candidate[:1].isupper():
        return None
    lowered = [w.lower().strip(",") for w in words]
    if lowered[-1] not in _HEADING_NOUNS or not all(w in _HEADING_MODIFIERS for w in lowered[:-1]):
        return None
    return section_name(candidate) or section_name(lowered[-1])


def _heading(raw: str) -> tuple[str, str] | None:
    """(heading text, canonical name) when the raw line is a heading."""
    if _DATE_RANGE.search(raw):
        return None
    markdown = _markdown_heading(raw)
    if markdown:
        title = _EMPHASIS.sub("", markdown).strip()
        return title, section_name(title) or title
    stripped = raw.strip()
    if _BULLET.match(stripped):
        return None  # "- Strong PostgreSQL skills" is an item
    bold = _bold_line(stripped)
    candidate = _undecorated(_EMPHASIS.sub("", bold or stripped).strip())
    words = candidate.rstrip(":").split()
    if not words or len(words) > 6 or candidate.endswith((".", ",", ";")):
        return None
    marked = bool(bold) or candidate.endswith(":") or candidate.isupper()
    if not marked and not ((len(words) <= 5 or section_name(candidate, strict=True)) and candidate[:1].isupper()
                           and not re.search(r"\d", candidate)):
        # an unmarked line with a number ("OSHA 30 certification") is an item, not a heading; six words are a
        # heading only when most of them are a heading's phrase ("What you bring to the table")
        return None
    lowered = [w.lower() for w in words]
    if not marked and lowered[-1] in _COMPANY_ENDINGS and not all(w in _HEADING_MODIFIERS for w in lowered[:-1]):
        return None  # "Sber Technologies", "Acme Tools": a company, not a heading
    name = section_name(candidate, strict=not marked) or _titled_heading(candidate)
    return (candidate.rstrip(":"), name) if name else None


_SIDE_BY_SIDE_HEADINGS = 60  # headings read for columns run together: a resume's first page or two


def _headings_side_by_side(heading: str) -> tuple[str, ...]:
    """The sections a heading line names side by side when a multi-column layout was read as one column:
    "PROFESSIONAL SUMMARY EDUCATION RELEVANT EXPERIENCE" → (Summary, Education, Experience), "CONTACT INFO:
    SKILLS:" → (Header, Skills); () for one heading, however long ("WORK EXPERIENCE", "SKILLS AND EXPERIENCE",
    "Experience Summary")."""
    if not (heading.isupper() or heading.count(":") >= 2) or section_name(heading, strict=True):
        return ()
    words = heading.split()
    if not 2 <= len(words) <= 8:
        return ()
    # the most headings the words split into, each of one to three words: a word that is no heading on its own
    # ("WORK", "AND") makes a single heading of its neighbours
    most: dict[int, tuple[str, ...]] = {0: ()}
    for start in range(len(words)):
        if start not in most:
            continue
        for end in range(start + 1, min(len(words), start + 3) + 1):
            chunk = " ".join(words[start:end])
            name = section_name(chunk, strict=True) or _titled_heading(chunk)
            if name and len(most.get(end, ())) <= len(most[start]):
                most[end] = (*most[start], name)
    found = most.get(len(words), ())
    return tuple(dict.fromkeys(found)) if len(set(found)) >= 2 else ()


def clean_line(raw: str) -> str:
    """The line as a reader would quote it: no bullet glyph, no Markdown emphasis, single spaces."""
    text = _markdown_heading(raw) or raw
    text = _BULLET.sub("", text)
    text = _EMPHASIS.sub("", text)
    return text.strip()


_OPEN_END = re.compile(r"(?:[,;(/&-]|\b(?:a|an|the|and|or|of|to|with|by|for|in|on|from|at|as|using|into|via|"
                       r"than|that|which|while|across|per|including|between|over|under|approx|vs|incl)|"
                       r"\b(?:approx|vs|incl|no|st|e\.g|i\.e) ?\.)$", re.IGNORECASE)  # "e.g ." of tokenised text
# A degree's short name before a wrapped lower-case rest: "... of e.g . MSc ." / "students ."
_SHORT_NAME_END = re.compile(r"\b(?:msc|bsc|phd|ph\.d|mba|ma|ba|m\.sc|b\.sc) ?\.$", re.IGNORECASE)


def _continues(previous: str, raw: str) -> bool:
    """True when ``raw`` is the wrapped rest of the previous line (PDF text, hard-wrapped .txt), not a new item.
    ``previous`` is the end of the previous line (its last few dozen characters are all this needs)."""
    if _BULLET.match(raw) or _markdown_heading(raw) or previous.endswith(("!", "?", ":")):
        return False
    first = raw.strip()[:1]
    if _OPEN_END.search(previous):  # "and the", "approx.", "e.g."
        return True
    if previous.lower().endswith("etc.") or _SHORT_NAME_END.search(previous):
        # "etc." often ends the sentence, "MSc." rarely: join only what reads on from it ("MSc." / "students .")
        return first.islower() or first.isdigit()
    words = raw.split()
    if len(words) <= 2 and raw.rstrip().endswith(".") and not previous.rstrip().endswith((".", ";", ",")) \
            and not any(ch.isdigit() for ch in raw):
        return True  # "... 1,800 SKUs in Manhattan" / "WMS.": a sentence's last word wrapped onto a line of its own
    return first.islower() and not previous.endswith(".")


# About 60 pages: far more than any resume, posting or notes; the rest of a pasted site or crafted file is not read.
MAX_STRUCTURED_CHARS = 200_000
MAX_STRUCTURED_LINES = 10_000


def build_document(text: str, source: str, warnings: tuple[str, ...] = ()) -> Document:
    """Number every line of ``text`` (blank lines count, so numbers match the source) and detect sections."""
    if len(text) > 2 * MAX_STRUCTURED_CHARS:  # only the start is read: normalising 20 MB would cost 700 MB for nothing
        text = text[: 2 * MAX_STRUCTURED_CHARS]
        warnings = (*warnings, f"{source} is very long; only its first {2 * MAX_STRUCTURED_CHARS:,} characters "
                               "were read.")
    text = normalize_text(text)
    lines: list[Line] = []
    pieces: list[str] = []  # the last line's text, in the pieces its wrapped lines brought (joined once, at the end)
    sections: list[Section] = []
    current, heading_text, first, start_index = "Header", "", 1, 0
    current_level = 0  # the Markdown level of the heading that opened the current section (0: not Markdown)
    last_number, last_was_heading = 0, False
    columns_warned, headings_seen = False, 0

    def finish_last() -> None:
        if len(pieces) > 1:
            lines[-1] = Line(lines[-1].number, " ".join(pieces), lines[-1].section)

    read = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        if read + len(raw) > MAX_STRUCTURED_CHARS and read < MAX_STRUCTURED_CHARS // 2:
            raw = raw[: MAX_STRUCTURED_CHARS - read]  # one huge line (a PDF's text layer): read its start
        read += len(raw)
        if read > MAX_STRUCTURED_CHARS or number > MAX_STRUCTURED_LINES:
            warnings = (*warnings, f"{source} is very long; only its first {min(number - 1, MAX_STRUCTURED_LINES):,}"
                                   " lines were read.")
            break
        heading = _heading(raw)
        level = len(raw) - len(raw.lstrip("#")) if heading and _markdown_heading(raw) else 0
        # "## Staff Nurse — Franklin Park Community Hospital" under "# Work Experience" (Word heading styles on each
        # job), or "# Grace Adeyemi" above the first section: a subheading of the section it is in
        deeper = level > current_level > 0 or (current == "Header" and section_name(heading[0]) is None) \
            if level else False
        if deeper and section_name(heading[0], strict=True) is None:
            heading = None
        joinable = lines and number - 1 == last_number and not last_was_heading
        if not heading and joinable and _continues(" ".join(pieces[-2:])[-48:], raw):
            pieces.append(clean_line(raw))  # a wrapped line joins the line it continues, keeping that line's number
            last_number = number
            continue
        finish_last()
        if heading:
            headings_seen += 1  # a page of a resume has a dozen headings; a crafted file's thousands are not read
            side_by_side = () if columns_warned or headings_seen > _SIDE_BY_SIDE_HEADINGS else \
                _headings_side_by_side(heading[0])
            if side_by_side:
                columns_warned = True
                warnings = (*warnings, f"{source}, line {number}, has headings side by side "
                                       f"({', '.join(side_by_side)}): its columns were read as one, so lines may "
                                       "mix text from different parts; save it as a one-column document or paste "
                                       "it as plain text, then run again.")
            if len(lines) > start_index:
                sections.append(Section(current, heading_text, first, last_number))
            heading_text, current = heading
            first, start_index, current_level = number, len(lines), level
        cleaned = clean_line(raw)
        if not cleaned:
            continue  # a line of markup only ("**", "__") holds no text
        lines.append(Line(number, cleaned, current))
        pieces = [lines[-1].text]
        last_number, last_was_heading = number, bool(heading)
    if lines:
        finish_last()
    if len(lines) > start_index:
        sections.append(Section(current, heading_text, first, last_number))
    return Document(source=source, text=text, lines=tuple(lines), sections=tuple(sections), warnings=warnings)

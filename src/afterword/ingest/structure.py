"""Turn plain text into a Document: numbered lines and detected sections."""

from __future__ import annotations

import re
import unicodedata

from afterword.models import Document, Line, Section

# Canonical section names, each with the heading phrases that name it. The longest phrase contained in a heading
# wins, whatever its section ("what you'll need" beats "you'll"); between phrases of one length, the earlier section.
SECTION_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Nice to have", ("nice to have", "nice-to-have", "preferred qualification", "bonus", "plus if",
                      "pluses", "desirable", "preferred skills", "preferred experience", "good to have",
                      "extra credit", "it would be great")),
    ("Responsibilities", ("responsibilit", "what you'll do", "what you will do", "what you’ll do",
                          "you will", "you'll", "your role", "the role", "duties", "day to day", "day-to-day",
                          "your impact", "what you'll be doing", "the job", "your mission")),
    ("Requirements", ("requirement", "qualification", "what you bring", "what we're looking for",
                      "what we are looking for", "who we are looking for", "who we're looking for",
                      "who you are", "about you", "you have", "must have",
                      "must-have", "your profile", "your background", "skills and experience",
                      "what you need", "what you'll need", "what you will need", "what you'll bring",
                      "what you will bring", "you bring", "ideal candidate")),
    ("Benefits", ("benefit", "perks", "what we offer", "why join", "why work", "we offer", "compensation")),
    ("Interview process", ("interview process", "hiring process", "recruitment process", "how to apply")),
    ("Details", ("the details", "job details", "details", "logistics", "at a glance", "job info")),
    ("About the company", ("about us", "about the company", "who we are", "our company", "company overview",
                           "our story", "our mission", "about the team", "the team")),
    ("Summary", ("summary", "profile", "objective", "about me", "overview")),
    ("Experience", ("experience", "employment", "work history", "career history", "positions held")),
    ("Skills", ("skills", "competenc", "technologies", "tech stack", "tools", "expertise")),
    ("Education", ("education", "academic", "degrees", "training")),
    ("Certifications", ("certification", "licens", "certificates", "credentials")),
    ("Projects", ("projects", "portfolio")),
    ("Publications", ("publications", "talks", "patents")),
    ("Volunteering", ("volunteer", "community")),
    ("Languages", ("languages",)),
    ("Interests", ("interests", "hobbies")),
)

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


def normalize_text(text: str) -> str:
    """Plain text in one linear pass: Unicode-normalised (ligatures, full-width forms), plain newlines, single
    plain spaces, no control or format characters, no lone surrogates."""
    text = text.replace("\r\n", "\n").translate(_PLAIN)
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN)  # NFKC can make new spaces (U+00A0 → ...)
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


def section_name(heading: str, *, strict: bool = False) -> str | None:
    """The canonical section a heading names, or None when the heading is not one we know.

    ``strict`` (for lines with no heading markup) asks that the phrase make up most of the line, so a job title
    such as "Training Coordinator" is not taken for an Education heading.
    """
    key = heading.strip().strip(":").strip().lower().replace("’", "'")
    if not key or len(key) > 60:
        return None
    if key.startswith("about ") and key not in ("about you", "about me", "about the role", "about the job"):
        return "About the company"
    if key in ("about the role", "about the job", "the opportunity", "the position", "role overview"):
        return "Responsibilities"
    found = [(len(phrase), -order, name) for order, (name, phrases) in enumerate(SECTION_PHRASES)
             for phrase in phrases if phrase in key and (not strict or len(phrase) >= 0.6 * len(key))]
    return max(found)[2] if found else None


def _heading(raw: str) -> tuple[str, str] | None:
    """(heading text, canonical name) when the raw line is a heading."""
    if _DATE_RANGE.search(raw):
        return None
    markdown = _markdown_heading(raw)
    if markdown:
        title = _EMPHASIS.sub("", markdown).strip()
        return title, section_name(title) or title
    stripped = raw.strip()
    bold = _bold_line(stripped)
    candidate = _EMPHASIS.sub("", bold or stripped).strip()
    words = candidate.rstrip(":").split()
    if not words or len(words) > 6 or candidate.endswith((".", ",", ";")):
        return None
    marked = bool(bold) or candidate.endswith(":") or candidate.isupper()
    if not marked and not (len(words) <= 4 and candidate[:1].isupper() and not re.search(r"\d", candidate)):
        return None  # an unmarked line with a number ("OSHA 30 certification") is an item, not a heading
    name = section_name(candidate, strict=not marked)
    return (candidate.rstrip(":"), name) if name else None


def clean_line(raw: str) -> str:
    """The line as a reader would quote it: no bullet glyph, no Markdown emphasis, single spaces."""
    text = _markdown_heading(raw) or raw
    text = _BULLET.sub("", text)
    text = _EMPHASIS.sub("", text)
    return text.strip()


_OPEN_END = re.compile(r"(?:[,;(/&-]|\b(?:a|an|the|and|or|of|to|with|by|for|in|on|from|at|as|using|into|via|"
                       r"than|that|which|while|across|per|including|between|over|under|approx|vs|incl)|"
                       r"\b(?:approx|vs|incl|no|st|e\.g|i\.e)\.)$", re.IGNORECASE)


def _continues(previous: Line, raw: str) -> bool:
    """True when ``raw`` is the wrapped rest of the previous line (PDF text, hard-wrapped .txt), not a new item."""
    if _BULLET.match(raw) or _markdown_heading(raw) or previous.text.endswith(("!", "?", ":")):
        return False
    first = raw.strip()[:1]
    if _OPEN_END.search(previous.text):  # "and the", "approx.", "e.g."
        return True
    if previous.text.lower().endswith("etc."):  # "etc." often ends the sentence: join only what reads on from it
        return first.islower() or first.isdigit()
    return first.islower() and not previous.text.endswith(".")


def build_document(text: str, source: str, warnings: tuple[str, ...] = ()) -> Document:
    """Number every line of ``text`` (blank lines count, so numbers match the source) and detect sections."""
    text = normalize_text(text)
    lines: list[Line] = []
    sections: list[Section] = []
    current, heading_text, first, start_index = "Header", "", 1, 0
    last_number, last_was_heading = 0, False
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        heading = _heading(raw)
        joinable = lines and number - 1 == last_number and not last_was_heading
        if not heading and joinable and _continues(lines[-1], raw):
            previous = lines[-1]  # a wrapped line joins the line it continues, keeping that line's number
            lines[-1] = Line(previous.number, f"{previous.text} {clean_line(raw)}", previous.section)
            last_number = number
            continue
        if heading:
            if len(lines) > start_index:
                sections.append(Section(current, heading_text, first, last_number))
            heading_text, current = heading
            first, start_index = number, len(lines)
        lines.append(Line(number, clean_line(raw), current))
        last_number, last_was_heading = number, bool(heading)
    if len(lines) > start_index:
        sections.append(Section(current, heading_text, first, last_number))
    return Document(source=source, text=text, lines=tuple(lines), sections=tuple(sections), warnings=warnings)

"""Split a posting's lines into units: sentences and list items, whatever the layout.

Real postings arrive as bullet lists, as one sentence per line, or pasted as one paragraph with the headings and
list items run together ("... cross-country Your Profile You have a technical background ..."). A unit is a span
of one line (its text is an exact substring of the line), so every requirement can still cite its line number.
Every step is one left-to-right scan: a 20 MB line costs time in proportion to its length, never more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from afterword.analysis.labels import LABEL_ROLES
from afterword.ingest.structure import SECTION_PHRASES, section_name

MAX_UNIT_CHARS = 280  # a longer unit (a run-on list with no punctuation) is cut at word bounds into pieces
MAX_UNITS = 3_000  # units read from one posting; the rest is reported, not analysed

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "e.g i.e inc ltd co corp dr mr mrs ms st no nos vs approx incl esp dept min max jr sr prof fig eg ie "
    "a.m p.m u.s u.k b.sc m.sc b.a m.a b.s m.s ph.d b.e b.eng m.eng b.tech m.tech mba bsc msc "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun".split())
_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")  # "J.P. Morgan", "A.P. Moller": a name's initials, no sentence end
# A sentence ends at . ! ? (and closing quotes or brackets), or at ; and an inline bullet.
_END = re.compile(r"(?<![.!?])[.!?]+[\"”’)\]]*(?= )|; | [•·▪●■►▸✓✔] ?| [-–—*ー] (?=[A-Z])|(?<=[a-z)]) ?: (?=[A-Z0-9])")
# Capitalised words that start a new list item when a flattened list runs them together without punctuation.
_ITEM_STARTERS = frozenset(
    "acting assisting building collaborating conducting coordinating creating defining delivering designing "
    "developing driving ensuring establishing helping identifying implementing leading maintaining managing "
    "monitoring owning participating performing planning preparing providing reviewing supporting taking "
    "training working writing analysing analyzing "
    "design build develop manage lead support participate ensure maintain create collaborate drive own provide "
    "prepare deliver implement write help coordinate monitor conduct analyze analyse identify assist perform "
    "review train plan partner mentor report handle oversee "
    "experience knowledge proven strong excellent solid familiarity proficiency fluency fluent ability "
    "bachelor's bachelors master's masters degree minimum hands-on demonstrated good working confident comfortable "
    "able willing familiar valid current "
    # a flattened list of "You ..." items: "... for each bugfix Have the ability ...", "... code You understand ..."
    "have are be speak hold possess you you'll you’ll you're you’re you've you’ve".split()) | {
        "we", "our", "the", "is", "has", "a", "an", "if", "for", "in",
                                                     "as", "at", "with", "this", "these", "each", "all", "please"}
# Verbs that open the items of a list describing the candidate ("Takes responsibility ...", "Grows from feedback
# ...", "Welcomes being challenged ..."): flattened into a paragraph, each third-person form starts an item.
_PERSON_VERBS = frozenset(
    "take grow welcome see perform love teach enjoy thrive like bring communicate speak work care think want "
    "understand know share value seek embrace strive learn adapt listen solve act own keep stay get "
    "acknowledge motivate challenge appreciate demonstrate show possess hold".split())
_THIRD_PERSON = frozenset(form for verb in _PERSON_VERBS
                          for form in (verb + "s", verb + "es", verb[:-1] + "ies" if verb.endswith("y") else verb))
# Verbs that are also names ("Excel", "Thrive"): an item's start only before "in" or "at" ("Excel in ...").
_VERBS_BEFORE_IN = frozenset({"excel", "thrive", "succeed", "shine"})
# "... effortlessly Danish is an advantage": a capitalised subject, a few words, and "is an advantage".
_NICE_TAIL = re.compile(r"(?<=[a-z,]) (?=[A-Z][\w+#.-]*(?: [\w+#.-]+){0,3} (?:is|are|would be|will be) "
                        r"(?:an? |considered an? )?(?:advantage|plus|bonus|asset|merit)\b)|"
                        # "... ( .Net Core mainly C# ) any other programming languages e.g . Java is a plus"
                        r"(?<=[\w,)]) (?=any other (?:[\w+#.-]+ ){1,6}(?:is|are|would be|will be) "
                        r"(?:an? |considered an? )?(?:advantage|plus|bonus|asset|merit)\b)")
_MUST_THEN_NICE = re.compile(r"\b(?:is|are) (?:a must|required|essential|mandatory),? and (?=(?:[\w+#./-]+ ){1,4}"
                             r"(?:is|are|would be) (?:an? |considered an? )?(?:plus|advantage|bonus|asset)\b)",
                             re.IGNORECASE)
# A wish added to an ask: "..., ideally with ...", "... and preferably in ...".
_THEN_IDEALLY = re.compile(r"(?:,| and| or|;)? (?=(?:ideally|preferably|optionally)\b [^\s.])",
                           re.IGNORECASE)
# ... and joined by a verb: "... a high level of English skills and is preferably proficient in German", "... with
# excellent results and have preferably 3 years' experience": the ask ends before "and", the wish starts at its word
_VERB_THEN_IDEALLY = re.compile(r",? and (?:is|are|be|has|have) (?P<wish>(?:ideally|preferably)\b) [^\s.]",
                                re.IGNORECASE)
IDEALLY_FIRST = re.compile(r"(?:ideally|preferably|optionally)\b|any other [^;]{1,60}? (?:is|are) (?:an? )?"
                           r"(?:plus|bonus|advantage|asset)\b", re.IGNORECASE)  # a wish, never the rest of an ask
# Words that never continue a name: after a lowercase word they start an item even in a short run ("... 6+ years
# of experience We are looking for ...", "... get the job done The way we work:").
_STRONG_STARTERS = frozenset({"have", "are", "be", "speak", "hold", "possess", "you", "fluent", "fluency",
                              "you'll", "you’ll", "you're", "you’re", "you've", "you’ve"})
_QUALITY_WORDS = frozenset({"good", "strong", "excellent", "solid", "proven", "basic", "deep", "advanced", "very",
                            "sound", "thorough", "extensive", "in-depth", "profound", "practical", "broad",
                            "demonstrable", "demonstrated", "relevant", "previous", "prior"})
# A heading that is one such word ("Desired:", "Preferred:") lists what is nice to have.
NICE_HEADINGS = frozenset({"preferred", "desired", "desirable", "optional", "bonus", "bonus points", "pluses",
                           "nice to haves", "assets", "an advantage", "advantageous", "preferred skills"})
# Words that open a heading whose noun names its part: "Required Qualifications", "Preferred Skills".
_HEADING_ADJECTIVES = frozenset({"required", "preferred", "desired", "minimum", "basic", "additional", "essential",
                                 "desirable", "key", "mandatory", "optional"})
# Nouns of a knack asked for, before "for": "... maintainable code Sense for clean design", "An eye for detail".
_KNACK_NOUNS = frozenset({"sense", "eye", "passion", "feel", "flair", "knack", "talent", "affinity"})
_ASKED_NOUNS = frozenset({"knowledge", "experience", "understanding", "command", "skills", "background",
                          "communication", "familiarity", "expertise", "proficiency", "good", "strong"})
# Words that start a sentence when capitalised after a lowercase word ("... and approaches A collaborative mindset
# ...", "... job done The way we work:"); after a capitalised word they may be a name's ("Plan A").
_SENTENCE_WORDS = frozenset({"we", "our", "the", "is", "has", "a", "an", "if", "for", "in", "as", "at", "with", "this",
                             "these", "each", "all", "please"})
_LABEL_FIRST_WORDS = frozenset(label.split()[0] for label in LABEL_ROLES)
# Heading phrases that also open sentences ("You have 3+ years ...", "What we offer is ..."): at the start of a
# sentence they are a heading only with a colon. "Your profile Experience in ..." has no verb: a heading.
_SENTENCE_START = re.compile(r"(?:you|we|what|who|about you|our)\b(?! profile\b| background\b)", re.IGNORECASE)
_CLAUSE_WORDS = frozenset({"we", "you", "this", "it", "they", "which", "but", "and", "or", "so"})
_JOINING_WORDS = frozenset("a an the and or of in with to for on at by from as our your their its".split())
_WORD = re.compile(r"\S+")
# The first words of heading phrases: only a run of words starting with one of them can be an inline heading.
_HEADING_STARTS = frozenset({phrase.split()[0].replace("'", "’") for _, phrases in SECTION_PHRASES
                             for phrase in phrases} | {phrase.split()[0] for _, phrases in SECTION_PHRASES
                                                       for phrase in phrases} | {"about", "your", "what", "who",
                                                                                 "description"})
# One-word phrases that are stems ("qualification", "responsibilit"): "Qualifications", "Responsibilities" start too.
_HEADING_STEMS = tuple(phrase for _, phrases in SECTION_PHRASES for phrase in phrases
                       if " " not in phrase and len(phrase) >= 7)
_EXACT_PHRASES = frozenset(phrase for name, phrases in SECTION_PHRASES for phrase in phrases if " " in phrase)
# Words that open a sentence after a heading run into it: "Who we are We are 25 people ...".
_OPENERS = frozenset({"we", "you", "our", "your", "the", "this", "a", "an", "in", "at", "as", "with", "it"})
_INLINE_SECTIONS = frozenset({"Requirements", "Nice to have", "Responsibilities", "Benefits", "About the company",
                              "Interview process"})
# "Your skills", "Your missions": "Your" and one heading noun, run into the text with no colon.
_YOUR_SECTIONS = _INLINE_SECTIONS | {"Skills"}
# The word after "About" that makes it "About you", not "About Harbourline".
_NOT_NAMES = frozenset({"you", "us", "me", "the", "this", "our", "your", "it", "a", "an"})
_COMPANY_SUFFIXES = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "ag", "sa", "plc", "corp", "corp.", "group",
                               "&", "co.", "bv", "b.v.", "oy", "ab", "as", "a/s", "se"})
# Sentences that lead into a list: "You could be a great fit if you", "Now it would be fantastic if you also".
_LEAD_IN = re.compile(
    r"\b(?:(?:now |and |also )?it would be (?:great|fantastic|nice|awesome|ideal|amazing|even better|"
    r"a (?:plus|bonus))(?: if you)?(?: could)?(?: also)?|bonus points if you(?: also)?|"
    r"(?:we(?:'d| would) love (?:it )?if you(?: also)?)|"
    r"you (?:could|might|would|will) be (?:a (?:great|good|perfect|strong) (?:fit|match)|our next \w+|"
    r"the (?:right|ideal) (?:person|candidate)|right for (?:us|this role))(?: for us)? if you|"
    r"you should apply if(?: you)?|"
    r"you(?:'ll| will)? (?:get|earn|score) (?:extra|bonus) points (?:for|if)(?: the following| you(?: also)?)?|"
    r"(?:we are|we're) (?:looking for|seeking|searching for) (?:someone|a person|people|an individual|candidates?|"
    r"a candidate|a colleague|colleagues) (?:who|that|with)(?: is| has| can)?)\b", re.IGNORECASE)
_NICE_LEAD_IN = re.compile(r"would be|bonus|also|extra points", re.IGNORECASE)


# A capitalised common word (an adjective or noun made from a verb) after a lowercase word starts an item of a
# flattened list: names of tools and languages ("in Python", "with Kubernetes") are not made this way.
_DERIVED = re.compile(r"[A-Z][a-z]{3,}(?:ed|ion|ions|ment|ness|ity)")
_NOT_BEFORE_ITEM = _JOINING_WORDS | frozenset(
    "like using including such via into over per have has had hold holds be is are was were will must should can "
    "need needs require requires possess obtain get gain your our their its".split())


# "3+ years", "5-7 years" of a flattened list: a count of years after a word that does not lead into it starts an
# item ("... Node.js 1+ years of experience in Agile ..."); "at least 3 years", "with 5+ years" go on.
_YEARS_COUNT = re.compile(r"\d{1,2}(?:\+|(?:-|–|to)\d{1,2}\+?)?")
_BEFORE_A_COUNT = _NOT_BEFORE_ITEM | frozenset("least than minimum min over about approximately around some nearly "
                                               "almost up plus additional another last past next first already "
                                               "and/or".split())
_EXPERIENCE = re.compile(r"\bexperience\b", re.IGNORECASE)  # "3+ years of people management experience"


@dataclass(frozen=True, slots=True)
class Span:
    """One unit of a line: ``line_text[start:end]``; ``heading`` when it is an inline heading ("Your Profile")."""

    start: int
    end: int
    heading: bool = False
    continued: bool = False  # the rest of a run-on sentence cut for length: it has the role of the piece before


def _ends_with_label(text: str, start: int, colon: int) -> bool:
    words = text[max(start, colon - 40):colon].lower().split()
    return any(" ".join(words[-size:]) in LABEL_ROLES for size in (1, 2, 3) if len(words) >= size)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        mark = match.group(0)
        if mark[0] == ".":
            raw = text[max(start, match.start() - 12):match.start()].rstrip().rsplit(" ", 1)[-1].strip("(\"“")
            word = raw.lower()
            state = len(raw) == 2 and raw.isupper()  # "Aurora, CO. Copper Kettle ...": a state ends a sentence
            if (word in _ABBREVIATIONS and not state) or (len(word) == 1 and word.isalpha()) or not word \
                    or _INITIALS.fullmatch(word):
                continue  # "e.g. Python", "John R. Smith", "J.P. Morgan", the " ." of tokenised text with nothing
                # before it
        if mark.startswith(";") and text[match.end():match.end() + 6].split(" ", 1)[0].lower() in _CLAUSE_WORDS:
            continue  # "...in the US; we are unable to sponsor visas": one requirement, two clauses
        if mark.strip()[:1] in ("-", "–", "—", "*") and len(text) <= 100:
            continue  # "Line Cook — Bistro Nine": a short line's dash joins its parts, it lists nothing
        colon = match.start()  # both checks read a bounded window, so a line of labels costs one pass
        if mark[0] == ":" and ((colon - start <= 80 and len(text[start:colon].split()) < 4)
                               or _ends_with_label(text, start, colon)):
            continue  # "Start: January 5", "Team: 8 engineers": a label and its value stay one unit
        if mark[0] in ";•·▪●■►▸✓✔-–—*":
            end = match.start() + (1 if mark[0] == ";" else 0)
            nxt = match.end()
        else:
            nxt = end
        if text[start:end].strip():
            spans.append((start, end))
        start = nxt
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _heading_at(text: str, words: list[tuple[int, int]], i: int) -> tuple[int, bool] | None:
    """(number of words, is a heading) when words[i:] start an inline heading ("Your Profile", "What you'll
    need:") or a label ("Job type:", "Pay:"); None otherwise."""
    first = text[words[i][0]:words[i][1]]
    if not first[:1].isupper():
        return None
    lowered = first.lower().rstrip(":")
    if lowered == "about" and i + 2 < len(words):
        about = _about_name(text, words, i)
        if about:
            return about, True
    for size in (5, 4, 3, 2, 1):
        if i + size > len(words):
            continue
        phrase = [text[a:b] for a, b in words[i:i + size]]
        if any(word.endswith(":") for word in phrase[:-1]):
            continue  # "Qualifications: Master's": a heading ends at its colon
        joined = " ".join(phrase)
        colon = joined.endswith(":")
        key = joined.rstrip(":").lower().replace("’", "'")
        if colon and key in LABEL_ROLES and (i > 0 or size < len(words)):
            return size, False  # a label starts a unit of its own; it is not a heading
        if colon and key in NICE_HEADINGS and phrase[0][:1].isupper() and i > 0:
            return size, True  # "... complex ideas and initiatives Desired: C Programming ...": a list's heading
        if (lowered not in _HEADING_STARTS and not lowered.startswith(_HEADING_STEMS)) \
                or i + size >= len(words) and not colon:
            continue
        if phrase[-1].lower() in _JOINING_WORDS and key not in _EXACT_PHRASES:
            continue  # "Qualifications A PhD ...": no heading ends on "a" or "of", but "Who we are looking for"
        following = text[words[i + size][0]:words[i + size][1]] if i + size < len(words) else ""
        capitalised = all(w[:1].isupper() for w in phrase if w.lower() not in _JOINING_WORDS)
        opens = following[:1].isupper() or following.startswith("<")  # a word or a masked name ("<ORGANIZATION>")
        if not colon and not (opens or following[:1].isdigit()):
            continue
        if key in _JOB_HEADINGS and (colon or opens) and phrase[0][:1].isupper() and (
                key != "description" or not i or text[:words[i][0]].rstrip().endswith((".", ":", "!", "?"))):
            # ("Description" alone only after a full stop: "Company Description", "Brief Description" are one)
            return size, True  # "... typescript Job description We're looking for ...": the job's own part
        compound = _compound_heading(key)
        name = section_name(key, strict=True) or compound
        if name in _INLINE_SECTIONS and (colon or capitalised or compound or key in _EXACT_PHRASES
                                         or key.removeprefix("the ") in _EXACT_PHRASES  # "The interview process"
                                         or i == 0 and lowered in ("what", "why") and opens):
            return size, True  # "What makes this job great Exciting charter ...": a question heading opens the line
        if size == 2 and lowered == "your" and section_name(key) in _YOUR_SECTIONS and following[:1].isupper():
            return size, True  # "Your skills You have ...", "Your missions You will ..."
    return None


# A label that names a list when an adjective comes before it: "Basic Qualifications:", "Preferred Skills:".
_LABEL_HEADING = re.compile(r"(?:qualifications?|requirements?|skills|experience|education):", re.IGNORECASE)


# Headings on the job itself: they open a part whose units say for themselves what they are.
_JOB_HEADINGS = frozenset({"description", "job description", "job summary", "job overview", "position description",
                           "position summary", "role description", "role overview", "about the role",
                           "about the job", "about the position"})
# Second halves of a two-part heading: "Responsibilities and tasks", "Salary and terms", "Benefits and perks".
_SECOND_PARTS = frozenset("tasks duties perks terms conditions benefits responsibilities requirements qualifications "
                          "skills experience competencies".split())


def _compound_heading(key: str) -> str | None:
    """The section of a two-part heading whose first part names it ("benefits and perks" → Benefits), or None."""
    parts = re.split(r" (?:and|&) ", key)
    if len(parts) != 2:
        return None
    first = section_name(parts[0], strict=True)
    second = parts[1].split()
    return first if first and (len(second) <= 2 and second[-1] in _SECOND_PARTS
                               or section_name(parts[1], strict=True)) else None


def _opens_sentence(text: str, words: list[tuple[int, int]], size: int) -> bool:
    """True when a whole heading phrase ("Who we are", "What you need") is followed by a capitalised word that
    opens a sentence or a list item ("We", "You", "The", "Experience"): the phrase is a heading run into the text,
    not the sentence's start."""
    if size >= len(words):
        return False
    key = " ".join(text[a:b] for a, b in words[:size]).lower().replace("’", "'")
    following = text[words[size][0]:words[size][1]]
    return key in _EXACT_PHRASES and following[:1].isupper() and (
        following.lower() in _OPENERS or following.lower().strip(",:") in _ITEM_STARTERS)


def _question_heading(text: str, words: list[tuple[int, int]], size: int) -> bool:
    """True when a heading asked as a question ("What makes this job great", "Why join us") is followed by a
    capitalised word that is not "I": a sentence would go on in lower case ("What makes this job great is ...")."""
    if size >= len(words) or text[words[0][0]:words[0][1]].lower() not in ("what", "why"):
        return False
    following = text[words[size][0]:words[size][1]]
    return following[:1].isupper() and following != "I"


def _about_name(text: str, words: list[tuple[int, int]], i: int) -> int | None:
    """The number of words of an "About Harbourline" heading run into the text ("... About Harbourline Founded
    in 2009 ..."): "About", the name, and a company suffix ("Ltd", "& Co."); None for "About you", "About the role"
    or a name with nothing capitalised after it."""
    name = text[words[i + 1][0]:words[i + 1][1]]
    if not (name[:1].isupper() or name.startswith("<")) or name.lower() in _NOT_NAMES:
        return None
    size = 2
    while i + size < len(words) and text[words[i + size][0]:words[i + size][1]].lower() in _COMPANY_SUFFIXES:
        size += 1
    following = text[words[i + size][0]:words[i + size][1]] if i + size < len(words) else ""
    return size if following[:1].isupper() or following[:1] == "<" else None


def lead_in_section(text: str) -> str | None:
    """The section a lead-in opens ("You could be a great fit if you" → Requirements, "It would be fantastic if
    you also" → Nice to have), or None when the text is no lead-in."""
    found = _LEAD_IN.fullmatch(text.strip(" :.…"))
    if not found:
        return None
    return "Nice to have" if _NICE_LEAD_IN.search(found.group(0)) else "Requirements"


def _trailing_heading(text: str, words: list[tuple[int, int]]) -> int | None:
    """Where a heading run onto the end of a line starts ("Experience with compliance standards ( HIPAA GDPR )
    Desired Experience"): two to four capitalised words, a whole heading phrase of a part that lists what is
    asked or offered, after a word that ends the text before (lowercase, a bracket, a full stop); else None."""
    if text[words[-1][0]:words[-1][1]].endswith(":"):
        return None  # "... Job type:" is a label, read as one elsewhere
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        phrase = [text[a:b] for a, b in words[-size:]]
        before = text[words[-size - 1][0]:words[-size - 1][1]]
        if not all(w[:1].isupper() for w in phrase if w.lower() not in _JOINING_WORDS) or \
                not (before[-1:] in ").;" or before[:1].islower()) or before.lower() in _JOINING_WORDS:
            continue
        key = " ".join(phrase).lower().replace("’", "'")
        if key in _EXACT_PHRASES and section_name(key, strict=True) in _INLINE_SECTIONS:
            return words[-size][0]
    return None


# A job board's list of technology tags, printed without a colon: "Technologies java python c++ linux Job ...".
_TAG_LIST = re.compile(r"(?<![\w:])(?:Technologies|Tech stack|Tags)(?=\s+[a-z0-9])")
_TAG = re.compile(r"[a-z0-9][\w.+#/-]*")
_NOT_TAGS = frozenset("we our you your the and are is was used use include includes a an to in of for with that "
                      "which as at by on from".split())


def _tag_words(after: str) -> bool:
    """True when the words up to the next capitalised one are two tags or more ("java python c++"), not a
    sentence in lower case ("we use include ...")."""
    words: list[str] = []
    for word in after.split():
        if not _TAG.fullmatch(word):
            break
        words.append(word)
    return len(words) >= 2 and not any(word in _NOT_TAGS for word in words)


def _inline_headings(text: str, start: int, end: int) -> list[Span]:
    """Split a span where a heading or a label was run into the text: "... cross-country Your Profile You have
    ...", "... holiday Job type: Full-time Pay: ..."."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    cuts: list[tuple[int, int, bool]] = []  # (start, end of the heading or start of the label, heading?)
    i = 0
    while i < len(words):
        found = _heading_at(text, words, i)
        if found is not None and found[1] and i == 0 and not text[words[found[0] - 1][0]:words[found[0] - 1][1]] \
                .endswith(":") and _SENTENCE_START.match(text, words[0][0]) and not _opens_sentence(text, words,
                                                                                                 found[0]) \
                and not _question_heading(text, words, found[0]):
            found = None  # "You have 3+ years ...": a sentence may start with a heading's words
        if found is None:
            i += 1
            continue
        size, heading = found
        adjective = text[words[i - 1][0]:words[i - 1][1]] if i else ""
        before = text[words[i - 2][0]:words[i - 2][1]] if i >= 2 else "."
        if adjective[:1].isupper() and adjective.lower() in _HEADING_ADJECTIVES and (
                not before[-1:].isalnum() or before[:1].islower()) and (heading or _LABEL_HEADING.fullmatch(
                    text[words[i][0]:words[i + size - 1][1]])):
            # "Required Qualifications", "Preferred Skills", "Basic Qualifications:" (a label on its own): the
            # word before is the heading's own, and the two are a heading
            i -= 1
            size += 1
            heading = True
        if heading:
            cuts.append((words[i][0], words[i + size - 1][1], True))
        elif words[i][0] > start:
            cuts.append((words[i][0], words[i][0], False))
        i += size
    if (tail := _trailing_heading(text, words)) is not None and not any(a <= tail < b for a, b, _ in cuts):
        cuts.append((tail, words[-1][1], True))  # "... ( HIPAA GDPR ) Desired Experience": the next lines' heading
    for lead in _LEAD_IN.finditer(text, start, end):
        after = text[lead.end():lead.end() + 2].strip()
        if after[:1].isupper() and not any(a <= lead.start() < b for a, b, _ in cuts):
            cuts.append((lead.start(), lead.end(), True))  # "... Go code It would be great if you also Have ..."
    for tags in _TAG_LIST.finditer(text, start, end):
        if _tag_words(text[tags.end():end]) and not any(a <= tags.start() < b for a, b, _ in cuts):
            cuts.append((tags.start(), tags.end(), True))  # "... Company type: Private Technologies java python ..."
    cuts.sort()
    if not cuts:
        return [Span(start, end)]
    out: list[Span] = []
    position = start
    for cut_start, cut_end, heading in cuts:
        if text[position:cut_start].strip():
            out.append(Span(position, cut_start))
        if heading:
            out.append(Span(cut_start, cut_end, heading=True))
        position = cut_end
    if text[position:end].strip():
        out.append(Span(position, end))
    return out


# "... database technologies Acme is a global leader in financial services ...": the company's own sentence run
# onto the last item of a pasted list starts at its name, after a lowercase word (each match reads a bounded
# window: a name of at most four words, then what the company is)
_COMPANY_SAYS = re.compile(r"(?<=[a-z0-9] )(?:<[A-Z]+>|[A-Z][\w&.-]*)(?: (?:<[A-Z]+>|[A-Z][\w&.-]*)){0,3} "
                           r"(?:is|has been|was founded as) (?:a|an|the|one of the) (?:[\w-]+ ){0,4}?"
                           r"(?:leader|leading|provider|company|firm|startup|start-up|organi[sz]ation|group|"
                           r"business|employer|agency|institution|university|bank|manufacturer|retailer)\b")


def _flattened_items(text: str, span: Span) -> list[Span]:
    """Split a span of 50 characters or more where list items were run together: "... on current fleet Taking the
    lead in ...", "Speak English effortlessly Danish is an advantage". One pass: the wishes and advantages run into
    the items before them are cut first, then each piece at the words that start an item."""
    if span.heading or span.end - span.start < 50:
        return [span]
    # the subject starts after a lowercase word: "... the Danish Data Protection is an advantage" is one phrase
    found = [m.start() + 1 for m in _NICE_TAIL.finditer(text, span.start, span.end)
             if text.startswith("any other ", m.start() + 1) or (
                 (before := text[max(span.start, m.start() - 40):m.start()].rsplit(" ", 1)[-1])[:1].islower()
                 and before.lower() not in _JOINING_WORDS)]
    # "... English is a must and FMCG experience is a plus": the plus after a must is an item of its own
    found += [m.end() for m in _MUST_THEN_NICE.finditer(text, span.start, span.end)]
    found += [m.start() for m in _COMPANY_SAYS.finditer(text, span.start, span.end) if m.start() - span.start >= 30
              and text[max(span.start, m.start() - 40):m.start()].rsplit(" ", 2)[-2].lower() not in _NOT_BEFORE_ITEM]
    # "... a Master's degree in economics, and ideally a focus on adaptation": the wish after the ask
    # (each test reads a bounded window before the wish, so a line of a million wishes costs one pass)
    found += [m.end() for m in _THEN_IDEALLY.finditer(text, span.start, span.end) if m.start() - span.start >= 30
              and text.rfind("(", max(span.start, m.start() - 120), m.start())
              <= text.rfind(")", max(span.start, m.start() - 120), m.start())  # "( ideally": the nearer bracket opens
              and text[max(span.start, m.start() - 40):m.start()].rsplit(" ", 1)[-1].lower()
              not in _NOT_BEFORE_ITEM]  # "and have ideally": below
    heads: dict[int, int] = {}  # where a wish starts → where the ask before it ends
    for m in _VERB_THEN_IDEALLY.finditer(text, span.start, span.end):
        if m.start() - span.start >= 30 and text.rfind("(", max(span.start, m.start() - 120), m.start()) \
                <= text.rfind(")", max(span.start, m.start() - 120), m.start()):
            found.append(m.start("wish"))
            heads[m.start("wish")] = m.start()
    found.sort()
    # "write English effortlessly Danish is ...": of two starts in one phrase, the later is its subject
    tails = [at for at, after in zip(found, [*found[1:], span.end + 99], strict=False) if after - at > 40]
    if tails:  # the nice-to-have run into the item before it is an item of its own
        bounds = [span.start, *tails, span.end]
        pairs = [(a, heads.get(b, b - 4 if text[a:b].endswith(" and ") else b))
                 for a, b in zip(bounds, bounds[1:], strict=False)]
        return [piece for a, b in pairs if text[a:b].strip() for piece in _items_run_on(text, Span(a, b))]
    return _items_run_on(text, span)


# Words that stand before their noun: "a relevant Master's degree", "an accredited Bachelor's" go on as one item.
# ("or similar", "or equivalent", "or related" end an item: "... physics or similar You have ...")
_ATTRIBUTIVE = frozenset("relevant recognised recognized accredited completed appropriate suitable formal "
                         "academic".split())


def _items_run_on(text: str, span: Span) -> list[Span]:
    """Split a span at the capitalised words that start an item of a flattened list ("... on current fleet Taking
    the lead in ...", "... Node.js 1+ years of experience in Agile ...")."""
    long = span.end - span.start >= 120
    words = [(m.start() + span.start, m.end() + span.start) for m in _WORD.finditer(text[span.start:span.end])]
    cuts = [span.start]
    for index, ((_, prev_end), (word_start, word_end)) in enumerate(zip(words, words[1:], strict=False)):
        word = text[word_start:word_end]
        key = word.lower().strip(",:")
        previous = text[max(span.start, prev_end - 20):prev_end].rsplit(" ", 1)[-1]
        after = text[words[index + 2][0]:words[index + 2][1]].lower() if index + 2 < len(words) else ""
        # "Have", "Speak", "You" never continue a name: they start an item even after "Kubernetes"; so does
        # "Good knowledge", "Strong experience" ("... jQuery React Good knowledge of MySQL ...")
        asks = key in _QUALITY_WORDS and after in _ASKED_NOUNS or (  # "Sound knowledge of", "Sense for"
            key in _KNACK_NOUNS and after == "for" and word[1:2].islower())
        strong = key in _STRONG_STARTERS or key in _SENTENCE_WORDS and previous[:1].islower() or asks or (
            key in _ASKED_NOUNS and (after in ("in", "with", "of", "using") or after.endswith("ing") and len(after) > 5)
            and word[1:2].islower())
        starter = key in _ITEM_STARTERS or asks or key in _THIRD_PERSON and word[1:2].islower() or (
            key in _VERBS_BEFORE_IN and after in ("in", "at"))  # "... set direction Excel in change management"
        if word[:1].isupper() and word[1:2].islower() and after in ("your", "our", "us") and previous.isalpha() \
                and previous.islower():
            strong = starter = True  # "... English is required Make your mark ...": a sentence to the reader starts
        following = text[words[index + 2][0]:words[index + 2][1]] if index + 2 < len(words) else ""
        years = (_YEARS_COUNT.fullmatch(word) is not None and after.startswith(("year", "yr"))
                 or word == "At" and after == "least" and index + 3 < len(words)
                 and text[words[index + 3][0]:words[index + 3][0] + 1].isdigit()) \
            and _EXPERIENCE.search(text, word_start, words[min(index + 8, len(words) - 1)][1]) is not None \
            and previous.lower() not in _BEFORE_A_COUNT and previous[-1:].isalnum() \
            and not previous.lower().endswith(("ly", "ing", "ed"))
        if years:
            strong = starter = True  # "... Master's Degree 3+ years of experience ...", "... Node.js 1+ years of ..."
        if _DERIVED.fullmatch(word) and previous.isalpha() and previous.islower() \
                and previous not in _NOT_BEFORE_ITEM and following[:1].islower():
            strong = starter = True  # "... working in a team Motivated by ...", "... industry Supervision of ..."
        if (word[:1].isupper() or years) and starter and (long or strong) \
                and (previous[-1:].isalnum() or strong and previous[-1:] == ")") \
                and previous.lower() not in _JOINING_WORDS and previous.lower() not in _ATTRIBUTIVE \
                and (previous[:1].islower() or strong) \
                and word_start - cuts[-1] >= (15 if strong else 25):
            cuts.append(word_start)
    cuts.append(span.end)
    return [Span(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def _bounded(text: str, span: Span) -> list[Span]:
    """Cut a span longer than MAX_UNIT_CHARS, as often as needed: at the last comma before the limit when there
    is one in its second half, else at the last space. The pieces after the first are marked ``continued``."""
    out: list[Span] = []
    start = span.start
    while span.end - start > MAX_UNIT_CHARS:
        limit = start + MAX_UNIT_CHARS
        cut = text.rfind(", ", start + MAX_UNIT_CHARS // 2, limit) + 1
        if cut <= start:
            cut = text.rfind(" ", start + MAX_UNIT_CHARS // 2, limit)
        cut = cut if cut > start else limit
        out.append(Span(start, cut, span.heading, continued=bool(out)))
        start = cut
    out.append(Span(start, span.end, span.heading, continued=bool(out)))
    return out


def _trimmed(text: str, span: Span) -> Span | None:
    """The span without surrounding spaces and stray punctuation ("; ", " •"); None when nothing is left."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in ";,•·-–—*)]"):  # ")" of a cut-off aside
        start += 1
    opened = "(" in text[start:end]  # (read once: a run of a million ")" is trimmed in one pass)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ";,•·(["
                           or text[end - 1] == ")" and not opened):  # the other half of an aside
        end -= 1
    return Span(start, end, span.heading, span.continued) if end - start >= 2 else None


# A lead-in that trails off into the list after it ("Skills & experiences exciting to us…"), said to the reader
_TRAILS_OFF = re.compile(r"(?:\.\s?){2,}$|…$")
_TO_READER = re.compile(r"\b(?:you|your|you'll|you're|us|we|our)\b", re.IGNORECASE)
_LEAD_IN_WORDS = 8


# A lead-in that asks of the reader, whatever heading words it also holds: "To grok the job you should feel
# comfortable with:" lists requirements, "Earn street creds by also knowing these:" nice-to-haves.
_ASKING_LEAD = re.compile(r"\b(?:you(?:['’]ll| will)? (?:should|need|must|have to)|we expect you|comfortable with|"
                         r"knowing these|familiar with|experience with)\b", re.IGNORECASE)
# A lead-in inside a list of what is asked, naming what the items after it are: "If you're a backend developer
# you'll be expected to have substantial knowledge of:", "Alongside this all our developers will have experience
# in:". It goes on with the list it stands in, and asks nothing itself.
ASKS_THE_ITEMS = re.compile(r"\b(?:expected to (?:have|know|bring)|(?:will|should|must) have (?:\w+ )?(?:experience|"
                            r"knowledge|skills|expertise)|(?:knowledge|experience|expertise|proficiency|skills) "
                            r"(?:of|in|with)|familiar with|comfortable with|"
                            r"(?:at least )?(?:one|two|any) (?:or more )?of"
                            r"(?: the following| these)?|(?:some|all|any) of the following):\s*$", re.IGNORECASE)
# "... we believe that the following formal qualifications will improve your chances:": what the list after it is
FOLLOWING_ASKS = re.compile(r"\b(?:the following|these) (?:\w+ )?(?:qualifications|requirements|skills|"
                            r"competencies)\b", re.IGNORECASE)
_EXTRA_LEAD = re.compile(r"\b(?:also|bonus|extra|plus|creds?|nice)\b", re.IGNORECASE)


def asking_lead_section(text: str) -> str | None:
    """The part a lead-in ending in a colon opens when it asks something of the reader ("To grok the job you
    should feel comfortable with:" → Requirements, "... by also knowing these:" → Nice to have), or None."""
    if not text.rstrip().endswith(":") or not _ASKING_LEAD.search(text):
        return None
    return "Nice to have" if _EXTRA_LEAD.search(text) else "Requirements"


def trailing_lead_in(text: str, *, to_reader: bool = True) -> bool:
    """True for a lead-in that trails off into the list after it, said to the reader: "What you'll be working on…",
    "Skills & experiences exciting to us…" (eight words at most, no comma; its dots are looked for at the end only,
    so a run of 20,000 dots costs nothing). A whole line of its own needs no "you" or "we" (``to_reader`` False):
    "Joining the Acme Team means…"."""
    stripped = text.rstrip()
    return bool(_TRAILS_OFF.search(stripped[-8:])) and len(text.split()) <= _LEAD_IN_WORDS and "," not in text \
        and (not to_reader or bool(_TO_READER.search(text))) and stripped[:1].isupper()


_LEAD_IN_OPENERS = frozenset({"what", "this", "here", "your", "our", "who", "why", "how", "join", "skills", "we"})


# Words no sentence ends on: a capitalised word after one of them goes on the same sentence ("Alongside this all our
# Principal Developers will have experience in:").
_NEVER_LAST = frozenset("a an the our your their its this these those all of to in for with and or by from at".split())


def _trailing_lead_in(text: str, start: int, end: int) -> int | None:
    """Where a lead-in that trails off into the list after it starts, run onto the end of the sentence before
    ("... push your comfort zone Skills & experiences exciting to us…"): at the capitalised word after a
    lowercase one among its last eight words; None when the sentence does not end so."""
    piece = text[start:end].rstrip()
    colon = piece.endswith(":") and bool(_ASKING_LEAD.search(piece[-80:]))  # "... is real Earn creds by knowing these:"
    if not colon and not _TRAILS_OFF.search(piece[-8:]):  # the end only: a run of 20,000 dots costs nothing
        return None
    words = list(_WORD.finditer(piece))
    for k in range(len(words) - 3, max(0, len(words) - _LEAD_IN_WORDS - 1), -1):  # the latest start, 3 words on
        word, before = words[k].group(), words[k - 1].group()
        # after a lowercase word ("... comfort zone Skills & experiences exciting to us…"), or after a name that
        # ended the sentence before ("... Experience with AWS This and more is awaiting you…")
        if word[:1].isupper() and (before[:1].islower() and before[-1:].isalnum() and before not in _NEVER_LAST or (
                word.lower() in _LEAD_IN_OPENERS and before[:1].isupper() and k >= 2
                and words[k - 2].group()[:1].islower())):
            tail = piece[words[k].start():]
            return start + words[k].start() if trailing_lead_in(tail) or colon and _ASKING_LEAD.search(tail) \
                and len(tail.split()) <= _LEAD_IN_WORDS else None
    return None


def _with_lead_ins(text: str) -> list[tuple[int, int, bool]]:
    """The line's sentences, a lead-in run onto the end of one cut off as a heading of its own."""
    out: list[tuple[int, int, bool]] = []
    for start, end in _sentence_spans(text):
        cut = _trailing_lead_in(text, start, end)
        if cut is None:
            out.append((start, end, False))
        else:
            out += [(start, cut, False), (cut, end, True)]
    return out


@lru_cache(maxsize=8192)
def split_line(text: str) -> tuple[Span, ...]:
    """The units of one line of text, in order (memoised: research notes and postings are read several times)."""
    out: list[Span] = []
    for start, end, lead_in in _with_lead_ins(text):
        if lead_in:
            out.append(Span(start, len(text[:end].rstrip()), heading=True))
            continue
        for span in _inline_headings(text, start, end):
            for item in _flattened_items(text, span):
                for piece in _bounded(text, item):
                    for asked in _offer_question_apart(text, piece):
                        trimmed = _trimmed(text, asked)
                        if trimmed:
                            out.append(trimmed)
    return tuple(out)


# "What can <ORGANIZATION> offer?", "What do we offer you?": a heading asked as a question, run into a paragraph
_OFFER_QUESTION = re.compile(r"(?i:what (?:can|do|does|will|would) )[^.?!]{1,40}?(?i: offer)(?i: you)?\s?\?")


def _offer_question_apart(text: str, span: Span) -> list[Span]:
    """A span with a heading asked as a question inside it ("Willingness to travel (25% ) What can [organization]
    offer? ...") as the text before it, the heading, and the text after it."""
    found = _OFFER_QUESTION.search(text, span.start, span.end)
    if span.heading or found is None or found.start() == span.start:
        return [span]
    return [Span(span.start, found.start(), False, span.continued), Span(found.start(), found.end(), heading=True),
            *([Span(found.end(), span.end)] if span.end > found.end() else [])]


_MASKS = re.compile(r"<(?P<tag>[A-Z]{3,20})>(?:\s*<(?P=tag)>)*")


def unmasked(text: str) -> str:
    """A redacted posting's placeholders as a reader would write them: "<ORGANIZATION> <ORGANIZATION>" →
    "[organization]", "rules of <LOCATION>" → "rules of [location]"; other text as it is."""
    return _MASKS.sub(lambda m: f"[{m.group('tag').lower()}]", text) if "<" in text else text

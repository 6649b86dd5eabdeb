"""A posting as units with roles: the one reading of a posting that requirements, facts and the card share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from afterword.analysis.facts import TOPICS, facts_in
from afterword.analysis.posting_info import TITLE_HINT
from afterword.analysis.unit_roles import heading_words, label_role, names_an_ask, unit_role
from afterword.analysis.units import (
    ASKS_THE_ITEMS,
    FOLLOWING_ASKS,
    IDEALLY_FIRST,
    MAX_UNITS,
    NICE_HEADINGS,
    asking_lead_section,
    lead_in_section,
    split_line,
    trailing_lead_in,
)
from afterword.ingest.structure import section_name
from afterword.models import Document, Fact, PostingUnit

TITLE_LINES = 3  # a job title is looked for in the first lines only
# A label's role, as the section its line goes on in: the items after "Benefits:" are perks.
_LABEL_SECTIONS = {"benefit": "Benefits", "requirement": "Requirements", "nice-to-have": "Nice to have"}
# Labels whose value is the company's own description: what follows them speaks of the company, not the job.
_BLURB_LABELS = frozenset({"company description", "about the company", "about us", "company profile",
                           "company overview", "who we are"})


# Labels with one value ("Experience level: Senior", "Technologies: java node.js"): the text after them on the line
# is not a list of what they name.
_ONE_VALUE_LABELS = frozenset({"experience level", "seniority", "experience", "technologies", "tech stack",
                               "licence", "license", "language"})


# Words of a heading that names the job or the company, not what is asked of the candidate ("Job description",
# "Your Job"); of these, the ones that name its duties ("Your tasks").
_JOB_WORDS = frozenset("job role position description overview summary introduction company about offer mission "
                       "missions tasks duties".split())
_DUTY_WORDS = frozenset("tasks duties mission missions".split())
_ASKING_WORDS = frozenset("profile skills requirements qualifications need must candidate expect expectations "
                          "bring should required ideal".split())


# Sections a heading opened: a stray "Your Job" in a requirements list is a slip, and the list goes on.
_LISTS_GO_ON = frozenset({"Requirements", "Nice to have"})
_LEAD_IN_WORDS = 20  # a longer sentence ending in a colon asks something itself ("Deep experience with ...:")


def job_heading(text: str) -> str | None:
    """The section a short heading-like line opens when the posting's structure did not read it as a heading:
    a known section name ("Responsibilities;" → Responsibilities), a heading on the job or the company ("Job
    description" → Other, "Your Job" → Responsibilities); None for any other text."""
    bare = text.strip(" :;.-")
    if len(bare) > 40 or not bare[:1].isupper() or re.search(r"\d", bare):
        return None
    words = re.findall(r"[A-Za-z']+", bare)
    if not 1 <= len(words) <= 4:
        return None
    lowered = {word.lower() for word in words}
    if not heading_words(bare) or lowered & _ASKING_WORDS:
        return section_name(bare) if heading_words(bare) else None
    named = section_name(bare)
    if named:
        return named
    if not lowered & _JOB_WORDS:
        return None  # "cv", "Your": a stray word in a list, which goes on
    if lowered & _DUTY_WORDS or lowered in ({"your", "job"}, {"your", "role"}):
        return "Responsibilities"
    return "Other"


def _single_value(text: str) -> bool:
    return text.split(":", 1)[0].strip().lower() in _ONE_VALUE_LABELS


def _short_value(text: str) -> bool:
    """True for a label with a short value of its own ("Compensation: Equity"): it states one thing; it does not
    open a list ("Benefits:" alone, or "Benefits: medical; 401(k); 15 days PTO")."""
    value = text.split(":", 1)[1] if ":" in text else ""
    return 0 < len(value.split()) <= 3 and not re.search(r"[;,•·]", value)


def _title_like(text: str, line_index: int) -> bool:
    words = text.split()
    # "Line Cook at Bistro Nine." is a title; a question ("Can you lead the projects?") never is
    sentence = text.rstrip().endswith("?") or text.rstrip().endswith((".", "!")) and len(words) > 8
    if words and words[0].lower() in ("you", "we", "our", "your", "as", "if", "this", "it", "i"):
        return False
    return line_index < TITLE_LINES and 1 <= len(words) <= 12 and bool(TITLE_HINT.search(text)) \
        and not sentence and text[:1].isupper()


# Labels a job board prints once per advert: two of them printed twice mean two adverts were pasted as one.
_ONCE_PER_AD = ("date posted", "job type", "experience level", "company size", "company type", "industry",
                "employment type", "job id", "posted")
_AD_HEADER_ROLES = frozenset({"title", "location", "contact"})


def _ad_header(unit: PostingUnit) -> bool:
    """A line of an advert's header: its title, its place, or masked names only ("<ORGANIZATION> <LOCATION>")."""
    words = unit.text.split()
    return unit.role in _AD_HEADER_ROLES or all(w.startswith("<") for w in words) or (
        len(words) <= 8 and bool(TITLE_HINT.search(unit.text)) and unit.text[:1].isupper())


def _second_ad(units: list[PostingUnit]) -> int | None:
    """The index of the first unit of a second advert pasted after the first, or None: the place where two
    labels a board prints once per advert ("Date posted:", "Job type:") start again, moved back over the short
    title lines just before them."""
    seen: dict[str, list[int]] = {}
    for index, unit in enumerate(units):
        lowered = unit.text.lower()
        for label in _ONCE_PER_AD:
            if lowered.startswith(label + ":") or f" {label}:" in lowered[:80] or lowered.endswith(f" {label}:"):
                seen.setdefault(label, []).append(index)
                break
    repeated = sorted(positions[1] for positions in seen.values() if len(positions) >= 2)
    if len(repeated) < 2:
        return _second_seeker(units)
    start = repeated[0]
    # back over the advert's header: its title and the short lines (company, place) between it and the label
    for back in range(max(0, start - 3), start):
        if _ad_header(units[back]) and all(len(u.text.split()) <= 8 for u in units[back:start]):
            start = back
            break
    return start if start > 0 else None


# "<ORGANIZATION> is looking for a snow producer/ snow groomer .": an advert's opening sentence
_SEEKS = re.compile(r"\b(?:is|are) (?:now )?(?:looking for|seeking|hiring|recruiting) (?:an? |one |two )?"
                    r"(?P<role>[^.!?]{3,60})", re.IGNORECASE)
_LABEL_UNIT = re.compile(r"^[A-Z][A-Za-z ]{2,25}:\s*\S")  # "Salary: Minimum ...", "Job description: Producing ..."


def _second_seeker(units: list[PostingUnit]) -> int | None:
    """The index of a second advert that opens with the sentence of who it seeks, in the second half of the
    posting, for a job no unit before it names, and goes on with an advert's labels ("Period", "Salary:",
    "Application:"): a snow groomer's advert pasted under a business developer's. None when there is none."""
    for index in range(len(units) // 2, len(units)):
        found = _SEEKS.search(units[index].text)
        if found is None:
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", found.group("role"))}
        before = {w.lower() for unit in units[:index] for w in re.findall(r"[A-Za-z]{4,}", unit.text)}
        labels = sum(bool(_LABEL_UNIT.match(unit.text)) for unit in units[index + 1:index + 7])
        if words and not words & before and labels >= 2:
            return index
    return None


@lru_cache(maxsize=32)
def second_ad(posting: Document) -> PostingUnit | None:
    """The first unit of a second job advert pasted into the same posting (it is not read), or None."""
    units = list(_all_units(posting))
    cut = _second_ad(units)
    return units[cut] if cut is not None else None


# Parts that list what is asked of the candidate, as a lead-in's words may name them ("... of experience in:").
_ASKED_PARTS = frozenset({"Requirements", "Experience", "Skills", "Education"})
_LIST_OF_ASKS = _ASKED_PARTS | _LISTS_GO_ON  # the parts whose list a lead-in may lead on or end


@lru_cache(maxsize=32)
def posting_units(posting: Document) -> tuple[PostingUnit, ...]:
    """Every unit of the posting with its role, in reading order (at most MAX_UNITS), up to a second advert
    pasted after the first."""
    units = list(_all_units(posting))
    cut = _second_ad(units)
    return tuple(units[:cut]) if cut is not None else tuple(units)


@lru_cache(maxsize=32)
def _all_units(posting: Document) -> tuple[PostingUnit, ...]:
    headings = {section.first_line for section in posting.sections if section.heading}
    units: list[PostingUnit] = []
    inline: tuple[str, str] | None = None  # (the line's own section, the section an inline heading opened)
    for index, line in enumerate(posting.lines):
        if len(units) >= MAX_UNITS:
            break
        if line.number in headings and len(line.text) <= 200:  # a longer "heading" is read as text
            role = "title" if index < TITLE_LINES and _title_like(line.text, index) and not any(
                u.role == "title" for u in units) else "heading"
            units.append(PostingUnit(line.number, line.text, role, 0, line.section))
            inline = None
            continue
        section = inline[1] if inline and inline[0] == line.section else line.section
        for span in split_line(line.text):
            text = line.text[span.start:span.end]
            if span.heading:
                section = lead_in_section(text) or asking_lead_section(text) or section_name(text.rstrip(":")) \
                    or job_heading(text) or section
                inline = (line.section, section)
            title_like = line.section == "Header" and len(units) < 2 and _title_like(text, index)
            follows = units and units[-1].line == line.number and (text[:1].islower() or text[:1] in ")]") \
                and not IDEALLY_FIRST.match(text) \
                and not (units[-1].role == "heading" and section_name(units[-1].text.rstrip(":")) == "Skills")
            # (the tags after a job board's "Technologies" heading are its list, in lower case: "java python")
            if (span.continued or follows) and units:  # the rest of a sentence cut for length or at a stray
                # full stop ("... e.g . ARM cores", "... and institutional investors"): the same role
                units.append(PostingUnit(line.number, text, units[-1].role, span.start, section))
                continue
            whole_line = span.start == 0 and span.end >= len(line.text.rstrip(" .:"))
            if whole_line and text.strip(" :").lower() in NICE_HEADINGS:
                span = replace(span, heading=True)  # "Preferred", "Desirable": a one-word heading
            elif whole_line and not span.heading and section in _LIST_OF_ASKS \
                    and text.rstrip().endswith(("…", "...")) and trailing_lead_in(text, to_reader=False) \
                    and not lead_in_section(text):
                # "Joining the Acme Team means…" on a line of its own after the requirements: it ends their list
                # and opens one of its own, of what it names
                span = replace(span, heading=True)
                section = section_name(text.strip(" .…")) or "Other"
                inline = (line.section, section)
            elif whole_line and not span.heading and lead_in_section(text):
                span = replace(span, heading=True)  # "You should apply if...": it opens a list of its own
                section = lead_in_section(text) or section
                inline = (line.section, section)
            elif not span.heading and text.rstrip().endswith(":") and len(text.split()) <= _LEAD_IN_WORDS \
                    and FOLLOWING_ASKS.search(text):
                # "... we believe that the following formal qualifications will improve your chances of success:"
                # in a pasted paragraph: it opens the list after it, wherever on the line it stands
                span = replace(span, heading=True)
                section = "Requirements"
                inline = (line.section, section)
            elif not span.heading and section in _LIST_OF_ASKS and len(text.split()) <= _LEAD_IN_WORDS \
                    and ASKS_THE_ITEMS.search(text):
                # "If you're a backend developer you'll be expected to have substantial knowledge of:" inside the
                # requirements: a lead-in to the items after it, in the same list
                span = replace(span, heading=True)
                inline = (line.section, section)
            elif whole_line and not span.heading and section not in _LISTS_GO_ON \
                    and (opened := job_heading(text)) is not None:
                # "Job description", "Your Job", "Responsibilities;" on a line of their own, read as text: they
                # end the list before them (a job board's "Technologies" value) and open a part of their own
                span = replace(span, heading=True)
                section = opened
                inline = (line.section, section)
            role = unit_role(text, section, heading=span.heading, title_like=title_like)
            if IDEALLY_FIRST.match(text) and units and units[-1].line == line.number \
                    and units[-1].role in ("requirement", "nice-to-have"):
                role = "nice-to-have"  # "preferably Hazelcast", the wish cut off the ask before it
            if span.heading and text.strip(" :").lower() in NICE_HEADINGS:
                section, inline = "Nice to have", (line.section, "Nice to have")
            elif role == "heading" and not span.heading:  # "Interested?", "You will need:" open a part of their own
                lead = lead_in_section(text) or asking_lead_section(text)
                opened = lead or section_name(text.rstrip(":? ")) or "Other"
                if not (section == "Nice to have" and opened in _ASKED_PARTS and not lead
                        and section_name(text.rstrip(":? "), strict=True) is None):
                    # (under "Preferred", "3+ years of experience in one of the following:" leads into more
                    # of what is preferred)
                    section = opened
                inline = (line.section, section)
            elif label_role(text) in _LABEL_SECTIONS and not _single_value(text) and not _short_value(text):
                # "Benefits: medical; 401(k); 15 days PTO" is all perks
                section = _LABEL_SECTIONS[label_role(text)]  # type: ignore[index]
            elif text.split(":", 1)[0].strip().lower() in _BLURB_LABELS and ":" in text:
                section = "About the company"  # "Company description: We keep hiring ..." is about the company
            units.append(PostingUnit(line.number, text, role, span.start, section))
            if role in ("how-to-apply", "legal") and section in _LISTS_GO_ON and len(text.split()) >= 6:
                # "... fluent in English Application and contact Please submit ...": on a posting pasted as one
                # paragraph, how to apply or the legal notice ends the list; what follows on the line asks nothing
                section = "Other"
    units = units[:MAX_UNITS]
    for k, unit in enumerate(units[:-1]):
        following = units[k + 1]
        if _lost_heading(unit, following, posting.line(unit.line).text):
            units[k] = replace(unit, role="heading")
        elif _opens_the_items(unit, following, posting.line(unit.line).text):
            units[k] = replace(unit, role="heading")
        elif unit.role in ("requirement", "nice-to-have") and following.line == unit.line \
                and following.role not in ("requirement", "nice-to-have", "heading") \
                and unit.text.rstrip().endswith(":") and ASKS_THE_ITEMS.search(unit.text) \
                and not re.search(r"[a-z] [A-Z][a-z]", unit.text):  # (not a sentence run into the lead-in)
            # "Understanding of containers with heavy experience in at least one or more of: Docker Kubernetes
            # Rancher": the lead-in opens its items, which are what is asked
            units[k] = replace(unit, role="heading")
            units[k + 1] = replace(following, role=unit.role)
    return tuple(units)


_LOST_HEADING_WORDS = 5  # "Project environment and research group": a heading is a few words
_SENTENCE_WORDS = 6
# what a lost heading opens: a paragraph of another kind (the terms of the job, a list's own facts such as
# "Full-time, three 12-hour shifts" go on with the list)
_AFTER_A_HEADING = frozenset({"other", "company-info", "benefit", "how-to-apply", "responsibility", "legal",
                              "contact"})


def _lost_heading(unit: PostingUnit, following: PostingUnit, line_text: str) -> bool:
    """A few words alone on their line, after the requirements and before a paragraph that is not one ("Approval
    and Enrolment" above "The scholarships ... are subject to academic approval"): a heading the page lost its
    style for, not something asked. Words that name an ask ("Own car", "Fluent Danish", "Python") stay asked."""
    from afterword.analysis.skills import finder_for
    from afterword.analysis.taxonomy import default_taxonomy

    text = unit.text.strip()
    if unit.role not in ("requirement", "nice-to-have") or unit.start != 0 \
            or text.rstrip(" .:") != line_text.strip().rstrip(" .:") or text.endswith((".", "!", "?", ",", ";")):
        return False
    if not 1 <= len(text.split()) <= _LOST_HEADING_WORDS or not text[:1].isupper() \
            or re.search(r"\d|\b(?:you|your|we|our|I)\b", text, re.IGNORECASE) \
            or re.match(r"(?:an?|the|any|some|one|good|great|strong|excellent)\b", text, re.IGNORECASE):
        # (an item of a list: "You enjoy pixel-perfect UI", "A commitment to patient safety", "Good Excel")
        return False
    if following.line <= unit.line or following.role not in _AFTER_A_HEADING \
            or len(following.text.split()) < _SENTENCE_WORDS or following.text.rstrip().endswith(":"):
        # (a lead-in after it, "... experience with a tool in each of these domains is advantageous:", goes on with
        # the list)
        return False
    return not names_an_ask(text) and not finder_for(default_taxonomy()).find(text)


# A line that stops on a word that leads on ("Strong front-end experience on", "Hands-on knowledge of") was not
# joined to the next when reading it: the next line is an item of a list this line leads into.
_LEADS_ON = re.compile(r"\b(?:on|in|of|with|for|to|from|at|using|including|across|into|via|like|such as|"
                       r"especially|particularly)$", re.IGNORECASE)


def _opens_the_items(unit: PostingUnit, following: PostingUnit, line_text: str) -> bool:
    """A whole line of what is asked that stops on a word leading into the list items on the lines after it
    ("Strong front-end development experiences on" above "- ReactJS HTML5 / CSS3"): a lead-in, whose items are
    what is asked, never an ask of its own quoted cut off."""
    return unit.role in ("requirement", "nice-to-have") and unit.start == 0 \
        and unit.text.strip() == line_text.strip() and bool(_LEADS_ON.search(unit.text.strip())) \
        and following.line > unit.line and following.role in ("requirement", "nice-to-have")


def units_cut(posting: Document) -> bool:
    """True when the posting had more units than are read."""
    return len(posting_units(posting)) >= MAX_UNITS


# The role of the unit that states a topic outright: "Schedule: Monday to Friday" is the schedule, though a pay
# line ("Night shift differential of $6") also names a shift.
_STATED_BY = {"pay_range": "pay", "schedule": "schedule", "location": "location", "remote_policy": "location",
              "employment_type": "employment-type"}


# Company blurbs and legal notices speak of the company, not this job ("offices in 12 countries", "we cut travel"):
# only its size and the hiring process may be read from them.
COMPANY_TOPICS = frozenset({"company_size", "interview_process"})


_NOT_THE_JOB = frozenset({"company-info", "legal", "contact", "heading"})  # units that state nothing of the job


def posting_facts(posting: Document) -> tuple[Fact, ...]:
    """What the posting already answers about the job, from the units that speak of it: perks only from its
    benefits ("Current DOT medical card" is a requirement), and from company blurbs only the company's size and
    hiring process."""
    by_line = {line.number: line for line in posting.lines}
    units = posting_units(posting)

    def read(roles: Callable[[str], bool], where: Callable[[PostingUnit], bool] = lambda unit: True,
             ) -> tuple[Fact, ...]:
        return facts_in(posting, ((by_line[unit.line], unit.text) for unit in units
                                  if roles(unit.role) and where(unit)))

    # What a posting states as a fact ("Schedule: Monday to Friday", "Pay: $27-31 an hour") wins over what a
    # requirement or a duty mentions in passing ("able to work weekends", "stand for 10-hour shifts").
    found: dict[str, Fact] = {}
    for stated in ("pay", "schedule", "location", "employment-type"):
        for fact in read(lambda role, stated=stated: role == stated):
            if _STATED_BY.get(fact.topic) == stated:
                found.setdefault(fact.topic, fact)
    for fact in read(lambda role: role in ("pay", "schedule", "location", "employment-type", "title")):
        if fact.topic != "benefits":
            found.setdefault(fact.topic, fact)
    for fact in read(lambda role: role not in _NOT_THE_JOB):
        if fact.topic != "benefits":
            found.setdefault(fact.topic, fact)
    # the perks a "Benefits:" list names come before a bonus mentioned elsewhere ("$3,000 sign-on bonus")
    for fact in (*read(lambda role: role == "benefit", lambda unit: unit.section == "Benefits"
                       or label_role(unit.text) == "benefit"),
                 *read(lambda role: role in ("benefit", "pay"))):
        if fact.topic == "benefits":
            found.setdefault("benefits", fact)
    for fact in read(lambda role: role == "company-info"):
        if fact.topic in COMPANY_TOPICS:
            found.setdefault(fact.topic, fact)
    # The hours themselves ("nights (10:00 PM – 6:30 AM), Sunday to Thursday") answer the schedule better than a
    # sentence that names the shift ("We're hiring ... for our night shift"), wherever the posting states them
    if "schedule" in found and not _HOURS.search(found["schedule"].text):
        timed = next((fact for unit in units if unit.role not in _NOT_THE_JOB
                      and _HOURS.search(unit.text)
                      for fact in facts_in(posting, ((by_line[unit.line], unit.text),))
                      if fact.topic == "schedule" and _HOURS.search(fact.text)), None)
        if timed is not None:
            found["schedule"] = timed
    return tuple(sorted(found.values(), key=lambda fact: TOPICS.index(fact.topic)))


_HOURS = re.compile(r"\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)\s?(?:-|–|—|to)\s?\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?|"
                    r"\b\d{1,2}:\d{2}\s?(?:-|–|—|to)\s?\d{1,2}:\d{2}\b", re.IGNORECASE)

"""The role, employer and place a posting is for: from its title line, its labels ("Company:", "Location:"),
"About X", and sentences such as "X is looking for a ..." or "As a Senior Nurse you will ...".

When the posting does not say, or what it says is not a name (a skill, a place, a masked <ORGANIZATION>), the
field stays empty: the card then says it could not tell, rather than speak a guess in the candidate's voice.
"""

from __future__ import annotations

import re

from afterword.analysis.posting_deadline import Deadline, application_deadline
from afterword.models import Document, PostingInfo, PostingUnit

_SPLIT = re.compile(r"\s+(?:—|–|-|\||@|at)\s+|,\s+|:\s+|\s+\|\s*")
TITLE_HINT = re.compile(
    r"\b(engineer|developer|manager|nurse|teacher|designer|analyst|director|assistant|specialist|coordinator|"
    r"technician|officer|lead|consultant|associate|representative|administrator|accountant|scientist|architect|"
    r"intern|clerk|driver|chef|cook|electrician|welder|plumber|carpenter|agent|advisor|adviser|executive|head|"
    r"writer|editor|therapist|pharmacist|operator|supervisor|instructor|tutor|counsel|attorney|paralegal|"
    r"researcher|postdoc|post-?doc(?:toral)?|professor|lecturer|fellow|programmer|tester|buyer|planner|"
    r"controller|leader|auditor|bookkeeper|receptionist|cashier|bartender|barista|mechanic|machinist|installer|fitter|"
    r"labou?rer|handler|porter|housekeeper|caregiver|carer|aide|midwife|paramedic|physician|surgeon|dentist|"
    r"hygienist|veterinarian|pilot|inspector|surveyor|estimator|foreman|recruiter|marketer|strategist|producer|"
    r"photographer|animator|translator|interpreter|librarian|secretary|dispatcher|courier|cleaner|janitor|"
    r"gardener|landscaper|roofer|painter|bricklayer|joiner|tiler|president|owner|partner|principal|"
    r"sales ?person|salesperson|worker|trainee|apprentice|student|expert|practitioner|counsel+or|cto|ceo|cfo|vp|"
    r"[a-z]*(?:ician|itian|ologist|ographer))"  # bioinformatician, dietitian, biologist, radiographer
    r"s?\b", re.IGNORECASE)
_GENDER_TAG = re.compile(r"\s*\(\s?(?:[mfwdxh]\s*/\s*){1,3}[mfwdxh]\*?\s?\)|\s*\(all genders\)", re.IGNORECASE)
_NOT_A_COMPANY = frozenset({"job", "position", "role", "title", "hiring", "vacancy", "opening", "job title",
                            "we're hiring", "now hiring", "full-time", "part-time", "remote", "hybrid", "us", "we",
                            "the company", "the team", "our company", "our team", "our client", "a client", "you",
                            "this role", "the role", "company", "apply", "careers", "jobs", "the position"})
_LABELS = re.compile(r"^(?P<label>company|employer|organi[sz]ation|hiring company|company name|job title|title|"
                     r"position|role|location|work location|job location|workplace|campus|based in|city|office)\s*:\s*"
                     r"(?P<value>\S+(?:(?!\s[A-Z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}\s?:).)*)",
                     re.IGNORECASE)
_NAME = r"(?P<name>(?:[A-Z][\w&'’.-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w&'’.-]*|&|of|and|de|the)){0,4})"
_COMPANY_SENTENCES = (
    re.compile(rf"(?:^|(?<=[.)!?] ))(?:At |Join )?{_NAME},?\s(?:is|are)\s(?:looking|seeking|hiring|searching|"
               r"recruiting|growing|a |an |the )(?!(?:\w+ )?(?:advantage|plus|bonus|asset|must|prerequisite|"
               r"requirement|merit)\b)"),
    re.compile(rf"^(?:At|Join)\s{_NAME}(?:,|\s(?:we|you|and)\b)"),
    re.compile(rf"^{_NAME}\s(?:builds|makes|provides|offers|develops|helps|creates|designs|serves|operates|runs|"
               r"has)\b"),
    # "Help us take Tapkey to the next level!"
    re.compile(rf"^(?i:help us|join us (?:and|to)|come and)\s(?:to\s)?(?i:take)\s{_NAME}\s(?i:to the next level)\b"),
)
_ROLE_SENTENCE = re.compile(
    r"\b(?:looking for|seeking|hiring|recruiting|searching for|appointment as|position as|role as|position of|"
    r"^as|join us as|invites? applications for)\s(?:an?\s|the\s|our\s|new\s|next\s|experienced\s)*"
    r"(?P<role>(?:[\w/&-]+\s){0,7}?[\w/-]+)"  # "an enthusiastic experienced and driven Software Engineer who"
    r"(?=\s(?:to|who|with|within|for|in|at|on|you|we|that|starting|from|based|this|it|your)\b|\s?[.,;:!(]|$)",
    re.IGNORECASE)
# "is offering a Postdoc position", "for the Staff Nurse role": a title named by the post it is.
# (never the role experience comes from: "experience - maybe from a business partner role", "in a similar role")
_POSITION_SENTENCE = re.compile(r"(?<!\bfrom )(?<!\bin )(?<!\bwithin )(?<!\bprevious )"
                                r"\b(?:an?|the|this|our)\s(?P<role>(?:[\w/&-]+\s){0,5}?[\w/-]+)\s"
                                r"(?:position|post|vacancy|opening|role)\b(?!\s(?:of|as)\b)", re.IGNORECASE)
# Words that end a clause inside such a match: "the University is offering a Postdoc" names "Postdoc".
_CLAUSE_WORDS = re.compile(r"\b(?:an?|the|this|that|our|your|is|are|was|were|be|has|have|offering|offers|seeks|"
                           r"for|to|in|at|with|as|on|by|from)\s", re.IGNORECASE)
_AGENCY = re.compile(r"\b(?:our client|on behalf of|recruitment (?:agency|consultancy|partner)|staffing|"
                     r"recruiting (?:agency|firm))\b", re.IGNORECASE)
# Words that start sentences, never names: "There is ...", "This role is ...".
_SENTENCE_WORDS = frozenset("there this it that here what our we you the each every description job about "
                            "applications candidates further then and do are if as in for on with your their "
                            "these those some all any one new".split())
# A label at the end of a title unit, cut from the page's next line: "Date posted:", "Job type:".
_TRAILING_LABEL = re.compile(r"\s+[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s*$")
_PLACE_HINT = re.compile(r",\s?[A-Z]{2}\b|\b(?:remote|hybrid|on-?site|in[- ]person)\b", re.IGNORECASE)


# "( Sen. ) Backend Engineer", "(Junior/Mid) Data Analyst": a level the title leaves open, not said aloud
_LEADING_ASIDE = re.compile(r"^\s*\(\s*[^()]{1,20}?\s*\)\s*(?=[A-Za-z])")


def _clean(text: str) -> str:
    return _LEADING_ASIDE.sub("", _GENDER_TAG.sub("", text)).strip(" .,:;-–—|*#")


def _plausible_company(name: str, blocked: set[str]) -> bool:
    key = name.casefold()
    if not name or "<" in name or len(name) > 60 or (len(name) <= 2 and name.isupper()):
        return False  # "CO", "NY": a state, not a company
    if key.split()[0] in _SENTENCE_WORDS or key in _NOT_A_COMPANY or key in blocked:
        return False
    if TITLE_HINT.search(name) and len(name.split()) > 1:
        return False
    words = [_squashed(w) for w in name.split() if w.lower() not in ("and", "&", "/")]
    if blocked and words and all(w in {_squashed(b) for b in blocked} for w in words):
        return False  # "React Nodejs TypeScript": the title's stack, not the employer
    return bool(re.search(r"[A-Za-z]", name)) and name[:1].isupper()


def _squashed(word: str) -> str:
    """A name as compared with skills: "Node.js", "nodejs" and "NodeJS" are one."""
    return re.sub(r"[^a-z0-9+#]", "", word.casefold())


def _role_part(part: str) -> tuple[str, str]:
    """A title part cut after its last job word ("Warehouse Shift Supervisor (Nights) Pinecrest Distribution" →
    "Warehouse Shift Supervisor", "Pinecrest Distribution"), and what followed it."""
    words = part.split()
    ends = [i for i, word in enumerate(words) if TITLE_HINT.fullmatch(word.strip(",.()"))]
    if not ends:
        return part, ""
    first_end = ends[0]
    # "Backend Developer Frontend Developer Technologies ...": a tag list; the first title is the role
    cut = first_end if len(words) > 6 else ends[-1]
    role = " ".join(words[:cut + 1])
    rest = re.sub(r"^\([^)]*\)\s*", "", " ".join(words[cut + 1:]))
    return role, rest


_RUN_JOINERS = frozenset({"&", "of", "and", "for", "-", "–", "/"})
_WHOLE_RUN = 7  # a title with its team ("Team Leader Customer Service & Logistics") is a few words


def _title_case_run(text: str) -> str:
    """The run of capitalised words a unit opens with, up to a masked name or a word that starts a sentence
    ("Team Leader Customer Service & Logistics <ORGANIZATION> We are ..." → "Team Leader Customer Service &
    Logistics"), when it is two to eight words long and names a job; "" otherwise."""
    run: list[str] = []
    words = text.split()[:9]
    for k, word in enumerate(words):
        if word.startswith(("<", "(")) or word.lower() in _SENTENCE_WORDS:
            break  # a masked name, "( SRE )" after the title, or a sentence's first word ends the run
        if word in ("-", "–", "—") and k + 1 < len(words) and words[k + 1][:1].islower():
            break  # "Department Manager - project management of ...": the title, then what it is about
        if not (word[:1].isupper() or word.lower() in _RUN_JOINERS):
            return ""  # "Pioneer a brighter future": a sentence, not a title
        run.append(word)
    return " ".join(run) if 2 <= len(run) <= 8 and TITLE_HINT.search(" ".join(run)) else ""


def _role_from_title(text: str, blocked: set[str]) -> tuple[str, list[str]]:
    """(role, company candidates) from a title line: "Senior Nurse — St Mary's", "Acme | Line Cook"."""
    masked = "<" in text
    if masked:  # masked names ("Engineering Manager <ORGANIZATION> <LOCATION>", "<ORGANIZATION> Cloud Services -
        # SRE Manager"): what stands between them, without a bracketed stack ("( CI CD Docker )"), and no company
        text = re.sub(r"^(?:\s*<[A-Z]+>)+\s*", "", text)
        text = re.sub(r"\([^()]*\)", " ", text.split("<", 1)[0])
        if not TITLE_HINT.search(text) or len(text.split()) > 12:
            return "", []
    text = _TRAILING_LABEL.sub("", text)  # "... Harbourline Leeds Date posted:": the page's next label
    parts = [_clean(p) for p in _SPLIT.split(_GENDER_TAG.sub(" |", text)) if p and _clean(p)]
    titled = [p for p in parts if TITLE_HINT.search(p) and len(p.split()) <= 12]
    if not titled:
        return "", []
    role, rest = _role_part(titled[0])
    if len(role.split()) > 7:
        return "", []
    after = parts[parts.index(titled[0]) + 1] if parts.index(titled[0]) + 1 < len(parts) else ""
    if not rest and after and len(after.split()) <= 3 and _squashed(after) in {_squashed(b) for b in blocked}:
        # "Software Engineer - Cloud Security": the field the job is in, one skill the posting names, is part of
        # the title (a company or a place is not a skill; a stack of several, "React TypeScript", is tags)
        role = f"{role} - {after}"
        parts = [p for p in parts if p != after]
    if masked:
        return role, []
    # a job board glues keywords after the title ("Java Developer Digital Jenkins"): a part naming a skill is no
    # company
    skills = {_squashed(b) for b in blocked}
    others = [p for p in [*parts, rest] if p and p != titled[0] and len(p.split()) <= 5
              and _plausible_company(p, blocked) and not _PLACE_HINT.search(p)
              and not any(_squashed(word) in skills for word in p.split())]
    return role, others


_PRAISE = frozenset("highly well qualified motivated experienced talented passionate dedicated skilled enthusiastic "
                    "driven dynamic energetic creative ambitious proactive self-motivated curious and".split())
# "highly competent", "truly exceptional": an adverb of degree and the word it grades describe the person, never
# the job ("supply", "early", "assembly" end in -ly too, but not in these endings).
_GRADING_ADVERB = re.compile(r"[a-z]{2,}(?:ghly|ally|ibly|ably|ely|tly|uly|ngly|ssly)")
# Counts and contract terms in front of a title: "2-3 assistant professor", "a full-time nurse position".
_NOT_TITLE_WORD = re.compile(r"\d[\d-]*|one|two|three|four|five|several|multiple|various|some|new|open|"
                             r"full-time|part-time|permanent|temporary|fixed-term|two-year|one-year|\d+-year",
                             re.IGNORECASE)


def _plain_role(role: str) -> str:
    """The role without the words in front of it that describe the person or count the posts: "highly qualified
    and motivated administrator" → "administrator", "highly competent Project Manager" → "Project Manager",
    "2-3 assistant professor" → "assistant professor". A title written in capitals keeps only its capitalised
    run: the lower-case words before it ("competent", "experienced") describe whoever is wanted."""
    words = role.split()
    while len(words) > 1:
        first = words[0].lower().strip(",")
        if first in _PRAISE or _NOT_TITLE_WORD.fullmatch(first) or re.fullmatch(
                r"[a-z]+-(?:driven|oriented|minded|motivated|focused|starting|thinking)", first):
            words.pop(0)  # "result-driven PhD student" → "PhD student"
        elif _GRADING_ADVERB.fullmatch(first) and len(words) > 2:
            del words[:2]  # "highly competent", "truly exceptional"
        elif words[0][:1].islower() and any(word[:1].isupper() for word in words[1:]) \
                and all(word[:1].isupper() or word.lower() in ("of", "and", "&", "for", "in") for word in
                        words[next(i for i, w in enumerate(words) if w[:1].isupper()):]):
            words.pop(0)  # "competent Project Manager": the title is the capitalised run
        else:
            break
    return " ".join(words)


def _singular(role: str) -> str:
    """"Engineering Managers" → "Engineering Manager": a posting looking for several still offers one role each;
    "The postdoctoral position" names a postdoctoral researcher, not a "postdoctoral" role."""
    if re.fullmatch(r"post-?doctoral", role, re.IGNORECASE):
        return f"{role} researcher"
    head, _, last = role.rpartition(" ")
    if last.endswith("s") and not last.endswith("ss") and TITLE_HINT.fullmatch(last[:-1]):
        return f"{head} {last[:-1]}".strip()
    return role


def _brand_under_title(units: tuple, role: str) -> str:
    """A name right under the title ("Senior DevOps Engineer" / "teckro", read as one unit or two) that the posting
    names again in a sentence ("As a rapidly growing company teckro want to hire ..."): the employer, even written
    in lower case; "" when there is no such name."""
    if len(units) < 3 or not role:
        return ""
    first = units[0].text.strip()
    tries = [first[len(role):].strip(" -–—|,")] if first.startswith(role) else []
    if units[1].line != units[0].line:
        tries.append(units[1].text.strip())
    again_in = [unit.text for unit in units[1:] if len(unit.text.split()) >= 5]
    for name in tries:
        if not re.fullmatch(r"[A-Za-z][\w&'’.-]*(?: [A-Za-z][\w&'’.-]*){0,2}", name) \
                or name.casefold() in _NOT_A_COMPANY or name.split()[0].casefold() in _SENTENCE_WORDS \
                or TITLE_HINT.search(name) or _PLACE_HINT.search(name):
            continue
        again = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        if any(again.search(text) for text in again_in):
            return name
    return ""


# "a new area in Radiometer", "activities within Radiometer", "Radiometer must be in compliance": a name the posting
# speaks of as the organisation, in running text; departments and places are named the same way and are left out
_AS_EMPLOYER = re.compile(r"\b(?:in|at|within|join|joining|across|throughout|inside)\s(?P<name>[A-Z][a-z]+[A-Za-z]*)"
                          r"(?=['’]s\b|\s?[.,;]|\s(?:and|as|to|for|in|with|we|including|is|has|must|will)\b)|"
                          r"\b(?P<before>[a-z]{2,}) (?P<subject>[A-Z][a-z]+[A-Za-z]*)(?=\s(?:must|will|is|has|offers|"
                          r"provides|believes|invests|values)\s)|"
                          # "many of WWFs highest priorities", "adheres to WWF's values": an acronym's possessive
                          r"\b(?:of|to|extends|with|in|at|join) (?P<owner>[A-Z]{3,6})(?:['’]s|s)(?=\s[a-z])|"
                          # "improve Apple's most critical services", "on Apple’s primary cloud offering"
                          r"\b[a-z]{2,} (?P<possessor>[A-Z][a-z]{2,}[A-Za-z]*)['’]s(?=\s[a-z])")
# "the Data Office is", "the Department of Proteomics is": the end of a longer name, not the organisation's own
_NAME_INSIDE = frozenset({"of", "the", "a", "an", "our", "their", "its", "this", "that", "and", "or", "for"})
_NOT_EMPLOYER = frozenset("""
finance sales marketing engineering operations legal product design research development support service services
management accounting procurement logistics production quality security compliance manufacturing it hr people
europe asia africa america january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday english danish german french spanish dutch swedish
norwegian finnish italian polish russian hebrew arabic chinese japanese korean portuguese
law medicine physics chemistry biology mathematics economics psychology education health science sciences
informatics statistics humanities business administration technology
""".split())
MIN_EMPLOYER_MENTIONS = 2  # in as many units: a name said once in passing is no employer


_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\s\w]))((?:[A-Z]\.\s?){1,3}[A-Z])\s?\.\s*$")


def _named_as_employer(units: tuple, blocked: set[str]) -> str:
    """The one capitalised name the posting speaks of as the organisation in two units or more ("develop a new
    area in Radiometer" ... "oversee data protection within Radiometer"): the employer of a posting that never
    says "About X" or "X is looking for"; "" when no name, or more than one, is spoken of that way. Skills,
    countries, departments, months and languages are never it."""
    from afterword.analysis.places import country_named

    seen: dict[str, set[int]] = {}
    for index, unit in enumerate(units):
        if unit.role in ("contact", "how-to-apply"):
            continue
        for found in _AS_EMPLOYER.finditer(unit.text):
            name = found.group("name") or found.group("subject") or found.group("owner") or found.group("possessor")
            if found.group("subject") and found.group("before") in _NAME_INSIDE:
                continue
            shortest = 3 if found.group("owner") else 4  # "WWF" is said as an acronym; "Ross" would be a word
            if len(name) < shortest or name.casefold() in _NOT_EMPLOYER or name.casefold() in blocked \
                    or TITLE_HINT.search(name) or country_named(name) or not _plausible_company(name, blocked):
                continue
            seen.setdefault(name, set()).add(index)
    named = [name for name, where in seen.items() if len(where) >= MIN_EMPLOYER_MENTIONS]
    return named[0] if len(named) == 1 else ""


def _mentions(name: str, units: tuple) -> int:
    """How often the units name it, as written ("home every weekend" is not the name); a name read with the
    initials a sentence splitter cut off ("J.P. Morgan") counts where its last part is named."""
    named = _INITIALS_PREFIX.sub("", name)
    return sum(unit.text.count(named) for unit in units)


_INITIALS_PREFIX = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?\.?\s")


# "As head of a Project Management department you will ...": a level alone names no role to say ("this head role").
_LEVEL_ONLY = frozenset({"head", "lead", "leader", "chief", "principal", "partner", "owner", "expert", "fellow"})


# "a PhD research project", "a PhD scholarship", "a 3-year PhD position": the post is a PhD (no job word ends it)
_PHD_POST = re.compile(r"(?:(?:\d+|three|four)[- ]year\s|fully[- ]funded\s)?ph\.?\s?d\.?(?:\s(?:research\s)?(?:project|"
                       r"position|scholarship|studentship|fellowship|student|candidate|programme|program|post))?(?!\w)",
                       re.IGNORECASE)


def _sentence_role(text: str) -> str:
    """The role a sentence names: "We are looking for an experienced Site Electrician to ..." → "Site Electrician",
    "is offering a Postdoc position" → "Postdoc"; or ""."""
    for found_role in _ROLE_SENTENCE.finditer(text):
        candidate = _plain_role(_clean(found_role.group("role").rsplit(" as ", 1)[-1]))
        if candidate and TITLE_HINT.search(candidate) and not TITLE_HINT.search(candidate.split()[-1]):
            candidate = _role_part(candidate)[0]  # "Associate Professor inEnvironmental ..." → its title
        if candidate and TITLE_HINT.search(candidate.split()[-1]) and "<" not in candidate \
                and candidate.lower() not in _LEVEL_ONLY:
            return _singular(candidate)
        if _PHD_POST.match(candidate):
            return "PhD"  # "invites applications for a PhD research project focused on ...": a PhD post
    return _position_role(text)


def _sentence_of(unit: PostingUnit, following: PostingUnit | None) -> str:
    """A unit's text, with the next unit of its line when a long sentence was cut between them ("... the role as
    Finance and" + "Performance Analyst in our team ...")."""
    if following is None or following.line != unit.line or unit.text.rstrip().endswith((".", "!", "?", ":")):
        return unit.text
    return f"{unit.text} {following.text}"


def _position_role(text: str) -> str:
    """The title a sentence names as the post on offer ("is offering a Postdoc position starting from ..." →
    "Postdoc"), or ""; only a title whose last word is a job word ("an exciting position" names none)."""
    for found in _POSITION_SENTENCE.finditer(text):
        candidate = _plain_role(_clean(_CLAUSE_WORDS.split(found.group("role"))[-1]))
        if candidate and "<" not in candidate and TITLE_HINT.fullmatch(candidate.split()[-1]) \
                and len(candidate.split()) <= 5:
            return _singular(candidate)
    return ""


def usual_case(title: str) -> str:
    """A title written in capitals ("SENIOR BPMN CAMUNDA JAVA DEVELOPER") in its usual case ("Senior BPMN Camunda
    Java Developer"), as it is said aloud; short words and words with no vowel are acronyms and stay ("QA", "SQL",
    "BPMN"). A title in mixed case is left as written."""
    if not title.isupper() or len(title) <= 4:
        return title
    return re.sub(r"[^\W\d_][\w.+#']*", lambda found: _said_case(found.group(0)), title)


def _said_case(word: str) -> str:
    return word if len(word) <= 3 or not re.search(r"[AEIOUY]", word) or re.search(r"\d", word) \
        else word.capitalize()


def posting_info(posting: Document, *, units: tuple | None = None, skills: frozenset[str] = frozenset(),
                 deadline: Deadline | None = None) -> PostingInfo:
    """Best readings of role, company and location; empty strings where the posting does not say clearly.
    ``deadline`` is the application deadline when the caller has read it already (else it is read here).

    ``units`` are the posting's units (from posting_units) and ``skills`` the skill names found in it, which
    are never a company name ("the role at Java / JavaScript"). Between candidate companies, the one the posting
    names most often wins ("CDL-A Driver – Home Every Weekend" names a perk once; the carrier is named thrice)."""
    from afterword.analysis.posting_units import posting_units

    units = units if units is not None else posting_units(posting)
    blocked = {skill.casefold() for skill in skills}
    role = location = role_label = role_weak = ""
    labelled: list[str] = []
    candidates: list[str] = []
    agency = any(_AGENCY.search(unit.text) for unit in units)
    for unit in units:  # labels first: the posting says it in so many words
        label = _LABELS.match(unit.text)
        if not label:
            continue
        key, value = label.group("label").lower(), _clean(label.group("value"))
        if key in ("company", "employer", "organisation", "organization", "hiring company", "company name"):
            labelled += [value] if _plausible_company(value, blocked) else []
        elif key == "role" and len(value.split()) <= 6:
            role_label = role_label or value  # a board's category ("Role: Embedded Developer"): the title wins
        elif key in ("job title", "title", "position") and len(value.split()) <= 6:
            if TITLE_HINT.search(value):
                role = role or value
            else:  # "JOB TITLE: Senior DevOps" cut from its "Engineer", "Title: PhD stipend": kept if nothing names
                role_weak = role_weak or value  # the job more fully

        elif not location and len(value.split()) <= 6 and "<" not in value and not _PLACE_HINT.fullmatch(value):
            location = value
    abouts = [section.heading for section in posting.sections if section.name == "About the company"]
    abouts += [unit.text for unit in units if unit.role == "heading" and unit.start > 0]  # "... About Acme We ..."
    for heading in abouts:
        if heading.lower().startswith("about "):
            candidate = _clean(heading[6:])
            candidates += [candidate] if _plausible_company(candidate, blocked) else []
    for index, unit in enumerate(units[:6]):
        if not role and unit.role == "other" and index > 0 and (title := _title_case_run(unit.text)):
            # "Team Leader Customer Service & Logistics <ORGANIZATION>" under a slogan and the company's blurb:
            # a run of capitalised words naming a job, read before any sentence's "looking for a people manager";
            # up to a masked name, the words after the job ("Customer Service & Logistics") are its team, not a
            # company
            whole = unit.text.split(title, 1)[-1].lstrip().startswith("<") and len(title.split()) <= _WHOLE_RUN
            role = title if whole else _role_from_title(title, blocked)[0]
            continue
        if (unit.role in ("title", "heading") or index == 0) and not role:
            line = posting.line(unit.line).text  # a title line split at " — " is read whole; a paragraph is not
            found_role, found = _role_from_title(line if len(line) <= 120 else unit.text, blocked)
            if unit.role not in ("title", "heading") and not all(w[:1].isupper() for w in found_role.split()):
                continue  # the first unit of a pasted page is its title only when it reads as one
            role = found_role
            # "<ORGANIZATION> Cloud Services - ...": what follows a redacted name is the rest of it (a division), not
            # the employer
            found = [name for name in found if not re.search(rf"<[A-Z]+>\s*{re.escape(name)}", line)]
            candidates += found if unit.role in ("title", "heading") else []  # "... in Aurora, CO.": no names
    for index, unit in enumerate(units):
        if unit.role == "legal":
            continue
        match = None if _AGENCY.search(unit.text) or unit.role == "contact" else next(
            (m for pattern in _COMPANY_SENTENCES if (m := pattern.search(unit.text))), None)
        name = _clean(match.group("name")) if match else ""
        if name:  # "J.P . Morgan is a global leader": the initials a sentence splitter cut off are the name's
            before = unit.text[:match.start("name")] if match.start("name") > 0 else \
                posting.line(unit.line).text[:unit.start] if unit.start > 0 else next(
                    (line.text for line in reversed(posting.lines) if line.number < unit.line), "")
            if (initials := _INITIALS_BEFORE.search(before[-20:])) is not None:
                name = f"{initials.group(1).replace(' ', '')}. {name}"
        if name and _plausible_company(name, blocked) and not re.search(rf"<[A-Z]+>\s*{re.escape(name)}\b",
                                                                         posting.text):
            candidates.append(name)  # (never the rest of a redacted name: "<ORGANIZATION> Cloud Services")
        if not role:  # the unit as it is first; with the rest of its sentence only when it names none alone
            joined = _sentence_of(unit, units[index + 1] if index + 1 < len(units) else None)
            role = next((found for text in dict.fromkeys((unit.text, joined)) if (found := _sentence_role(text))), "")
    role = role or role_weak or role_label
    # "Senior Fullstack Engineer - OMS": a short acronym after the title that the posting never names again is
    # as likely a team or a product as the employer; unsure, the card leaves it out
    candidates = [name for name in candidates if not (name.isupper() and len(name) <= 4 and _mentions(name, units)
                                                      <= 1)]
    if not candidates and not labelled and (brand := _brand_under_title(units, role)):
        candidates.append(brand)
    named = ""
    if not candidates and not labelled and (named := _named_as_employer(units, blocked)):
        candidates.append(named)
    ranked = sorted(dict.fromkeys(candidates), key=lambda name: -_mentions(name, units))  # stable: ties keep order
    company = labelled[0] if labelled else (ranked[0] if ranked else "")
    if agency and company and not any(company in unit.text for unit in units if not _AGENCY.search(unit.text)
                                      and (unit.role == "company-info" or company == named)):
        company = ""  # the agency's own name; the employer is not named (a name the posting speaks of as the
        # organisation, "adheres to WWF's values", outside the agency's own sentence, is the employer's)
    found = deadline or application_deadline(posting.lines)
    return PostingInfo(role=usual_case(role), company=company, location=location,
                       deadline=found.day if found is not None else None)

"""Facts a posting (or the candidate's research) already states, so the candidate never asks about them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from afterword.analysis.units import split_line
from afterword.models import Document, Fact, Line

TOPICS = ("pay_range", "location", "remote_policy", "employment_type", "benefits", "team_size", "company_size",
          "start_date", "travel", "visa_sponsorship", "interview_process", "schedule")

# Amounts: a number starts only where no digit, comma or point stands before it, and is at most 15 characters
# long, so no digit run is ever tried from more than one place (a line of 12,000 digits costs one pass).
_AMOUNT = r"(?<![\d,.])\d[\d,.]{0,14}\s?[kK]?"
_MONEY = rf"(?:[$£€¥]|\b(?:usd|eur|gbp|cad|aud)\s?)\s?{_AMOUNT}"
_MONEY_MAYBE = rf"(?:[$£€¥]|\b(?:usd|eur|gbp|cad|aud)\s?)?\s?{_AMOUNT}"
_NUMBER = r"(?:(?<!\d)\d{1,6}(?!\d)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?= \d)|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
_PEOPLE = r"(?:people|staff|employees|(?:direct )?reports|electricians|technicians|nurses|engineers|developers|" \
          r"designers|analysts|associates|workers|apprentices|agents|teachers|accountants|drivers|cashiers|" \
          r"managers|supervisors|specialists|representatives|caregivers|cooks|servers)\b"
_WHEN = (rf"(?:{_MONTHS}|(?:19|20)\d\d\b|asap\b|as soon as possible|immediately|right away|"
         rf"\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTHS}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|"
         r"next (?:week|month|year|term|semester|spring|summer|autumn|fall|winter)\b|"
         r"(?:spring|summer|autumn|fall|winter)\b|q[1-4]\b|(?:early|mid|late)[- ](?:19|20)?\w+|"
         r"(?:within|in) (?:\d+|one|two|three|four|six) (?:days|weeks|months)\b|by (?:agreement|arrangement)|"
         r"negotiable\b|to be agreed|tbc\b)")
# Where a job can be: a workplace named by its place ("our Leeds office", "a clinic in Aarhus").
_SITES = r"office|site|campus|branch|store|shop|plant|factory|hospital|clinic|school|warehouse|depot|location|" \
         r"studio|headquarters|hq|lab|laboratory|facility|restaurant|hotel|centre|center"
# A place's name: capitalised as written (never "the heart of the city"), never a redacted "<LOCATION>".
_PLACE = r"(?-i:[A-Z][a-z][\w'’.-]*|[A-Z]{2,}\b)"
_PERIOD = r"(?:/\s?|\s?(?:per|an?|each)\s)(?:hour|hr|day|year|yr|annum)\b"
# Words that say the job is worked away from an office, whatever surrounds them.
_REMOTE_SURE_TEXT = (r"\b(?:work(?:ing)? from (?:home|anywhere)|wfh|(?:fully|globally) distributed|"
                     r"distributed[- ]first|remote[- ](?:first|friendly)|"
                     r"(?:fully|100 ?%|partly|partially|mostly) remote(?:ly)?|days? (?:a|per) week (?:in|at|on))\b")
_PATTERNS: dict[str, re.Pattern[str]] = {
    # A pay range is an amount: "Salary: €50k", "$25 per hour", "70,000-85,000 EUR", "salary range 50-60k";
    # never the word alone ("drive the annual salary review", "competitive salary").
    "pay_range": re.compile(
        rf"{_MONEY}\s?(?:-|–|—|to)\s?{_MONEY_MAYBE}"
        rf"|{_AMOUNT}\s?(?:-|–|to)\s?{_AMOUNT}\s?(?:usd|eur|gbp|dollars|euros|pounds)\b"
        rf"|{_MONEY}\s?(?:{_PERIOD}|\+?\s?(?:doe|depending on experience|base|plus|gross|net)\b)"
        rf"|\b(?:pay|wage|rate|compensation|comp|salary|ote|base pay|pay range|salary range|hourly rate)"
        rf"\s?:?\s?(?:of |up to |from |between |is |starts at )?{_MONEY_MAYBE}"
        rf"|{_AMOUNT}\s?{_PERIOD}",
        re.IGNORECASE),
    # "Fully remote", "work from home", or "remote", "hybrid", "on-site", "in person" where _states_remote finds
    # them said of the work: a "hybrid structure" or "remote medical consultations" are not how the job is worked.
    "remote_policy": re.compile(rf"{_REMOTE_SURE_TEXT}|\b(?:remote(?:ly)?|hybrid|on-?site|in[- ]office|in[- ]person)\b",
                                re.IGNORECASE),
    # A place the job is in: a name after "based in", "our Leeds office", "offices in Aarhus"; never a redacted
    # <LOCATION>, "depending on office location" or "relocation service" (they name no place).
    "location": re.compile(rf"\b(?:(?:located|based|situated|headquartered|sited) (?:in|at|near|out of)|"
                           rf"(?:{_SITES})s? (?:in|at)) (?:the )?(?!(?-i:North|South|East|West)\b(?! (?-i:[A-Z])))"
                           rf"{_PLACE}|\bour {_PLACE} (?:{_SITES})s?\b|"  # "offices in North and South" names none
                           rf"\bin {_PLACE}(?: {_PLACE})?, (?-i:[A-Z]{{2}})\b",  # "in Aurora, CO"
                           re.IGNORECASE),
    # A contract of employment, never a business ("a commercial contractor", "our contractors").
    "employment_type": re.compile(r"\b(full[- ]time|part[- ]time|temporary|temp-to-perm|permanent|internship|"
                                  r"fixed[- ]term|freelance|seasonal|per diem|(?:employment|job) type|"
                                  r"contract(?:or)? (?:role|position|basis|job|assignment|engagement)|"
                                  r"contract[- ]to[- ](?:hire|perm)|\d+[- ](?:month|week|year)s? contract|"
                                  r"(?:short|long)[- ]term contract|on a contract|"
                                  r"(?:period|term) of (?:the )?(?:employment|appointment) is (?:\d{1,2}|one|two|"
                                  r"three|four|five) (?:years?|months?)|"
                                  r"(?:\d{1,2}|one|two|three|four|five)[- ]year (?:position|appointment|post|"
                                  r"employment|contract|project employment))\b", re.IGNORECASE),
    # "medical" and "vision" only as cover: "a clear vision to develop ...", "a medical devices company" offer none
    "benefits": re.compile(r"\b(health insurance|medical(?= (?:insurance|cover|coverage|plans?|benefits|care\b))|"
                           r"medical(?=[,;/] ?dental)|dental|vision(?= (?:insurance|cover|coverage|care|plans?))|"
                           r"401\(?k\)?|pension|retirement plan|"
                           r"paid time off|pto|parental leave|vacation(?: days| time| pay)?|stock options|"
                           r"(?:stock|company|employee) equity|"
                           r"equity (?:grants?|packages?|stakes?|plans?|compensation|options)|learning budget|wellness|"
                           r"(?:paid|public|bank|company|federal|\d+) holidays|holiday pay)\b", re.IGNORECASE),
    "team_size": re.compile(rf"\bteam of {_NUMBER}\b|\bteam\s*:\s*{_NUMBER}\b|\b(?:be|as|join) one of {_NUMBER}\b|"
                            r"\b\d+[- ](?:person|people|engineer|developer|nurse|member)s? team\b|"
                            r"\bteam (?:is|are) \d+\b|"
                            rf"\b(?:supervis|manag|lead|oversee|direct)\w* (?:a \w+ of )?(?:up to )?{_NUMBER}\+? "
                            rf"(?:[\w-]+ )?{_PEOPLE}", re.IGNORECASE),
    "company_size": re.compile(r"(?<![\d,])\d[\d,]{0,10}\+?\s?(?:people|employees|staff|team members|colleagues)\b|"
                               r"\b(headcount|employees worldwide)\b|"
                               r"(?<![\d,])\d[\d,]{0,10}\+?[- ](?:person|people|employee|staff) "
                               r"(?:company|firm|business|organi[sz]ation|practice|agency|studio|startup|employer|manufacturer)\b",
                               re.IGNORECASE),
    # A start date is a time: "Start: ASAP", "starting from January 2018", "begins August 12"; never "starting from
    # the inbound of the items" or "state your possible starting date".
    "start_date": re.compile(r"\b(?:immediate start|start(?:ing)? (?:immediately|asap|right away))\b|"
                             r"\b(?:start(?:ing)?(?: date)?|begins?|starts|commenc\w+)\s?:?\s(?:(?:is|will be|"
                             rf"of|on|in|from|by|around|approximately|no later than|the|from the)\s){{0,3}}{_WHEN}",
                             re.IGNORECASE),
    # Travel for the job: how much, or that it is needed; never a perk ("discounts on retail travel") or a mission.
    "travel": re.compile(r"\btravel\w*\b[^.;]{0,40}?(?:\d+ ?%|\brequired\b|\bup to\b|\bfrequent|\boccasional|"
                         r"\bdomestic\b|\binternational\b|\bovernight\b|\bdays?\b|\bper (?:month|year|week)\b|"
                         r"\bmonthly\b|\bweekly\b|\bregularly\b|\bwithin\b)|"
                         r"\b(?:willing(?:ness)?|able|need|expected|required|happy) to travel\b|\b\d+ ?% travel\b|"
                         r"\b(?:no|some|occasional|frequent|regular|extensive|limited|minimal|business) travel\b",
                         re.IGNORECASE),
    # a visa of the candidate's own ("visa sponsorship", "we help with your visa"), not a service the team builds
    # ("GOV.UK services such as applying for a visa")
    "visa_sponsorship": re.compile(
        r"\b((?:work |employment )?visas? (?:sponsorship|support|assistance|help|costs?|applications?|"
        r"process(?:ing)?|requirements?)|(?:work|employment|h-?1b) visas?|"
        r"visas? (?:is|are|will be|can be|cannot be|can't be) (?:provided|sponsored|arranged|covered|supported|"
        r"offered)|(?:help|support|assist\w*) with (?:your |the )?visas?|sponsorship|sponsor|work authori[sz]ation|"
        r"authori[sz]ed to work|right to work|work permit|eligib(?:le|ility) to work)\b", re.IGNORECASE),
    # the process described, not named in passing ("we encourage diversity through our recruitment process")
    "interview_process": re.compile(r"\b((?<!through our )(?<!in our )(?<!throughout our )(?<!through the )"
                                    r"(?<!about the )(?<!about our )(?<!regarding the )"  # "questions about the
                                    # recruitment process? contact HR" says who to ask, not what the process is
                                    r"(?:interview|hiring|recruitment) process(?!\s(?:(?:is|will be|are) )?(?:carried "
                                    r"out |conducted |run )?(?:on an? (?:ongoing|rolling|continuous) basis|"
                                    r"continuously|ongoing|closed|completed|finished|over)\b)|interview stages|"
                                    r"interview loop|recruiter (?:call|screen)|technical interview|"
                                    r"take-home|onsite interview)\b", re.IGNORECASE),
    "schedule": re.compile(r"\b(?:working hours|work(?:ing)? pattern|hours of work|shift work|"
                           r"shift pattern|on[- ]call|overtime|mon(?:day)?\s?(?:to|-|–)\s?fri(?:day)?|"
                           r"(?:no|some|occasional|alternate|every other) weekends?|weekend (?:work|cover)|"
                           r"\d{1,2}(?::\d{2})?\s?[ap]m\s?(?:-|–|to)\s?\d{1,2}(?::\d{2})?\s?[ap]m|"
                           r"(?<!\d)\d{1,3}\s?(?:hours|hrs)\s?(?:/\s?|a |per )(?:week|wk)\b|"
                           rf"\b{_NUMBER}[- ]\d{{1,2}}[- ]?(?:hour|hr) (?:work)?days|[2-7]\s?x\s?(?:8|9|10|12)s? "
                           r"(?:schedule|shifts?|week)|"
                           r"(?:available|able to work|work(?:ing)?) (?:on )?(?:evenings|nights|weekends|holidays)|"
                           r"(?:(?<!\d)\d{1,2}[- ]?(?:hour|hr)s?|night|day|early|late|evening|weekend|"
                           r"rotating|rotational|split|overnight|morning|afternoon) shifts?)\b",
                           re.IGNORECASE),
}


# Labels that name their topic, whatever the value says ("Schedule: Evenings, weekends and holidays",
# "Campus: Odense"), as long as the value is more than a redacted name ("Location: <LOCATION>").
_LABEL_TOPICS = {"schedule": "schedule", "shift": "schedule", "shifts": "schedule", "working hours": "schedule",
                 "hours": "schedule", "location": "location", "work location": "location",
                 "job location": "location", "office location": "location", "workplace": "location",
                 "place of work": "location", "campus": "location", "office": "location", "city": "location",
                 "based in": "location", "ability to commute/relocate": "location", "ability to commute": "location",
                 "remote": "remote_policy", "start date": "start_date", "starting date": "start_date",
                 "start": "start_date", "commencement date": "start_date",
                 "job type": "employment_type", "employment type": "employment_type",
                 "contract type": "employment_type"}
_TOPIC_LABEL = re.compile(r"^\s*(" + "|".join(re.escape(label) for label in sorted(_LABEL_TOPICS, key=len,
                                                                                  reverse=True)) + r")\s?:",
                          re.IGNORECASE)
# "remote" said of the work: a word for the job, its days or its terms within three words of it.
_REMOTE_SURE = re.compile(_REMOTE_SURE_TEXT, re.IGNORECASE)
_REMOTE_WORD = re.compile(r"\b(?:remote(?:ly)?|hybrid|on-?site(?! (?:parking|gym|canteen|cafeteria|childcare|nursery|"
                          r"restaurant|clinic|fitness|training|car park))|in[- ]office|in[- ]person)\b", re.IGNORECASE)
_WORK_WORDS = re.compile(r"\b(?:work\w*|jobs?|roles?|positions?|employees?|employment|staff|teams?|offices?|days?|"
                         r"weeks?|polic(?:y|ies)|options?|possible|possibility|basis|set-?up|arrangements?|model|"
                         r"schedule|contract|opportunit\w+|vacanc\w+|locations?|workplace|setting)\b", re.IGNORECASE)
_ITEM_START = ",(/|:–—-"


# The next label glued on after a value: "Campus: Odense Application deadline:29/09/2017".
_NEXT_LABEL = re.compile(r"\s(?-i:[A-Z])[\w-]*(?:\s[A-Za-z][\w-]*){0,2}\s?:")
_MASKED = re.compile(r"<[A-Z_]+>")


def _label_value(text: str) -> tuple[str, str] | None:
    """(topic, the unit up to the end of its value) for a unit that opens with a label naming its topic
    ("Campus: Odense Application deadline: ..." → ("location", "Campus: Odense")), or None."""
    labelled = _TOPIC_LABEL.match(text)
    if labelled is None:
        return None
    first_word = re.match(r"\s*\S*", text[labelled.end():])
    glued = _NEXT_LABEL.search(text, labelled.end() + (first_word.end() if first_word else 0))
    end = glued.start() if glued else len(text)
    return _LABEL_TOPICS[labelled.group(1).lower()], text[:end].strip(" ,;")


def _label_topic(text: str) -> str | None:
    """The topic a unit's label names when its value states something: more than a redacted name, and for a place
    no redacted name at all ("Location : <LOCATION> or <LOCATION> or Remote" hides the place)."""
    labelled = _label_value(text)
    if labelled is None:
        return None
    topic, unit = labelled
    value = unit[_TOPIC_LABEL.match(unit).end():]  # type: ignore[union-attr]
    if len(re.sub(r"<[A-Z_]+>|[\W_]", "", value)) < 2 or topic == "location" and _MASKED.search(value):
        return None
    return topic


_NAMED_TEAMS = re.compile(r"\s*[A-Z][\w-]*\s+(?:teams?|squads?|engineers?)\b")
_AT_CUSTOMERS = re.compile(r"\s*(?:work\s+)?(?:at|in|with)\s+(?:the\s+|our\s+)?(?:customers?|clients?)\b",
                           re.IGNORECASE)


# What a company has on its premises, as a perk: "Onsite Medical & Dental", "on-site gym", "onsite cafeteria".
_ONSITE_PERK = re.compile(r"\s*(?:medical|dental|gym|fitness|cafeteria|canteen|parking|daycare|child ?care|clinic|"
                          r"health\w*|restaurant|kitchen|massages?|doctors?|dining|laundry|wellness|caf[eé]|"
                          r"coffee|nurse|pharmacy)\b", re.IGNORECASE)


def _states_remote(text: str) -> bool:
    """True when the unit says how the job is worked: "Fully remote", "The role is hybrid", "Full-time, in-person",
    "Work location: In person"; never "remote medical consultations" or "soft-solid hybrid structures"."""
    if _REMOTE_SURE.search(text):
        return True
    for found in _REMOTE_WORD.finditer(text):
        before = re.split(r"[.;!?]\s", text[:found.start()])[-1]
        after = re.split(r"[.;!?](?:\s|$)", text[found.end():])[0]
        if _NAMED_TEAMS.match(after) or _AT_CUSTOMERS.match(after) or _ONSITE_PERK.match(after):
            continue  # "our Agile hybrid DevOps teams", "onsite work at customer premises", "Onsite Medical &
            # Dental" (a perk on the premises): not how the job is worked
        if _WORK_WORDS.search(" ".join(before.split()[-3:] + after.split()[:3])):
            return True
        value = text.split(":", 1)[1] if ":" in text[:found.start()] and len(text.split(":", 1)[0].split()) <= 4 \
            else text
        if len(value.split()) <= 4 and (not before.strip() or before.rstrip()[-1] in _ITEM_START):
            return True  # a short item of its own: "Remote", "Hybrid (Leeds)", "Full-time, in-person"
    return False


# The words that bring a topic up, stated or not ("hybrid structures", "office location", "starting from the
# inbound"): what a unit speaks to, for reading its role; only _PATTERNS (and _states_remote) make it a fact.
_MENTIONS: dict[str, re.Pattern[str]] = {
    "remote_policy": re.compile(r"\b(remote|hybrid|on-?site(?! (?:parking|gym|canteen|cafeteria|childcare|nursery|"
                                r"restaurant|clinic|fitness|training|car park))|in[- ]office|in[- ]person|"
                                r"work from home|wfh|days? a week in|days? per week in|work from anywhere|"
                                r"(?:fully|globally) distributed|distributed[- ]first)\b", re.IGNORECASE),
    "location": re.compile(r"\b((?<!<)location(?!>)|located in|based in|our (?:\w+ )?office|offices? in|"
                           r"headquarter\w*|relocat\w*)\b", re.IGNORECASE),
    "start_date": re.compile(r"\b(start date|starting (?:in|on|from)|immediate start|start immediately|"
                             r"available to start|begins? (?:in|on)|start asap)\b|\bstart(?:ing)?(?: date)?\s*:|"
                             rf"\b(?:begins?|starts?|starting|commences?) (?:on |in )?{_MONTHS}", re.IGNORECASE),
}


@lru_cache(maxsize=8192)
def topics_in(text: str) -> frozenset[str]:
    """Every topic a line of text speaks to (most lines speak to none), stated or only brought up: what a unit is
    about, for its role. What it states as a fact is stated_topics."""
    found = frozenset(topic for topic in TOPICS if _MENTIONS.get(topic, _PATTERNS[topic]).search(text))
    return _with_label(text, found)


@lru_cache(maxsize=8192)
def stated_topics(text: str) -> frozenset[str]:
    """The topics a unit states, so the candidate need not ask: a place by its name or a location label, a remote
    policy said of the work, a start date that is a time (most units state none)."""
    found = frozenset(topic for topic in TOPICS if _PATTERNS[topic].search(text)
                      and (topic != "remote_policy" or _states_remote(text))
                      and (topic != "employment_type" or _states_type(text)))
    return _with_label(text, found)


# "with the possibility of an extension or part-time employment": an option later, not the contract
_AN_OPTION = re.compile(r"\b(?:possibilit(?:y|ies)|option|opportunit(?:y|ies)|chance)\b[^,;()]*$",
                        re.IGNORECASE)


def _states_type(text: str) -> bool:
    """True when a contract named in the unit is the job's, not an option it may become ("... 2 years (with the
    possibility of an extension or part-time employment)")."""
    return any(not _AN_OPTION.search(text[max(0, found.start() - 60):found.start()])
               for found in _PATTERNS["employment_type"].finditer(text))


def _with_label(text: str, found: frozenset[str]) -> frozenset[str]:
    labelled = _label_topic(text)
    if labelled:
        found |= {labelled}  # "Schedule: Evenings, weekends and holidays", "Campus: Odense"
    if "pay_range" in found and _NOT_BASE_PAY.search(text) and not _BASE_PAY.search(text):
        found -= {"pay_range"}  # "Night shift differential of $6 an hour", "$3,000 sign-on bonus": not the pay
    if "company_size" in found and _TEAM_COLLEAGUES.search(text):
        # "In this section ... you will have 50 colleagues": the team's size, not the company's
        found = (found - {"company_size"}) | {"team_size"}
    return found


_TEAM_COLLEAGUES = re.compile(r"\b(?:section|department|team|unit|group|office|you(?:'ll|’ll| will)? (?:have|get|"
                              r"join|work with))\b[^.;]{0,80}?(?<![\d,])\d[\d,]{0,5}\+?\s?(?:colleagues|people)\b",
                              re.IGNORECASE)


def facts_in(document: Document, units: Iterable[tuple[Line, str]]) -> tuple[Fact, ...]:
    """The first unit (a sentence or list item, with its line) that answers each topic, in topic order."""
    headings = {section.first_line for section in document.sections}
    terms = {number for section in document.sections if section.name == "Benefits"
             and _TERMS_HEADING.search(section.heading) and not _PERKS_HEADING.search(section.heading)
             for number in range(section.first_line, section.last_line + 1)}
    found: dict[str, Fact] = {}
    perk: Fact | None = None  # the first perk under Benefits ("Home every weekend"), when no cover is named
    for line, text in units:
        topics = stated_topics(text)
        if perk is None and line.section == "Benefits" and line.number not in headings \
                and len(text.split()) <= _PERK_WORDS and line.number not in terms and not text[:1].islower() \
                and not text.lower().startswith("benefit") and not topics - {"benefits"} \
                and not _NOT_BASE_PAY.search(text) and not re.search(r"[$£€]\s?\d", text):
            perk = Fact("benefits", text, line.number)  # a perk under Benefits, not "Salary: $90k"
        for topic in topics:
            found.setdefault(topic, Fact(topic, _around(text, topic), line.number))
    if perk is not None and "benefits" not in found:
        found["benefits"] = perk  # a cover or a plan named wins; a perk is never an amount ("$3,000 sign-on bonus")
    return tuple(found[topic] for topic in TOPICS if topic in found)


MAX_FACT_CHARS = 120
# A perk is an item of a list ("Home every weekend", "Company car and fuel card"); a long sentence under "Terms of
# employment" ("You are encouraged to declare any periods of leave ...") is about something else, and so is the
# tail of a long sentence cut in two ("professional relations ."), which starts in lower case.
_PERK_WORDS = 12
# "Terms of employment", "Salary and conditions": a part of the terms, whose items are not perks unless named so
_TERMS_HEADING = re.compile(r"\b(?:terms|conditions)\b", re.IGNORECASE)
_PERKS_HEADING = re.compile(r"\b(?:benefits?|perks|offer)\b", re.IGNORECASE)
_NOT_BASE_PAY = re.compile(r"\b(?:differential|bonus(?:es)?|sign[- ]on|referral|allowance|stipend|reimburse\w*|tuition|"
                           r"budget|discount|401\(?k\)?|match)\b", re.IGNORECASE)
_BASE_PAY = re.compile(r"\b(?:salary|pay range|base pay|base salary|wages?|hourly rate|pay rate|pay|rate)\s?:|"
                       r"\b(?:salary|pay range|base salary|hourly rate)\b", re.IGNORECASE)


def _around(text: str, topic: str) -> str:
    """The part of a long unit that states the topic: a run-on paragraph ("Speak English ... The interview process
    Recruiter Call (30 min) Home Test ...") is cut to the words around what answers it, at word bounds."""
    labelled = _label_value(text)
    if labelled and labelled[0] == topic:
        text = labelled[1]  # "Campus: Odense", not the deadline glued on after it
    found = _PATTERNS[topic].search(text)
    if found and (label := _NEXT_LABEL.search(text, found.end())) is not None:
        text = text[:label.start()].rstrip(" ,;")  # "€45k - 65k Location options:": the next label is not the pay
    if found and topic in _ONE_ITEM_TOPICS and (aside := _bracketed(text, found)) is not None:
        return aside  # "The Mobile Wallet 50 mio users ( full-time ) <ORGANIZATION>": the title's aside says it
    if found and topic in _ONE_ITEM_TOPICS:
        text = _one_item(text, found, topic)
    if found and len(text) > _CLAUSE_FROM and (clause := _clause(text, found)) is not None:
        return clause  # "..., supervise a team of 10 line and prep cooks, order produce and ...": that clause
    if len(text) <= MAX_FACT_CHARS:
        return text
    if found is None:
        return text[:MAX_FACT_CHARS].rsplit(" ", 1)[0]
    start = 0 if found.start() < MAX_FACT_CHARS - 40 else max(0, found.start() - 40)
    start = text.find(" ", start) + 1 if start > 0 and text[start - 1] != " " else start
    end = min(len(text), start + MAX_FACT_CHARS)
    # a sentence that ends a little after the limit is quoted to its end ("... in 11 countries and 4,000 customers
    # worldwide"), never cut on "4,000"
    stop = _SENTENCE_STOP.search(text, end - 1, end + _RUN_ON) if end < len(text) else None
    if stop is not None:
        return text[start:stop.start()].strip(" ,") + text[stop.start()]  # with its full stop: it ends there
    if end < len(text) and (phrase := _phrase_end(text, found)) is not None and phrase - start >= _MIN_CLAUSE:
        return text[start:phrase].strip()  # "We are looking for two full-time developers", not the run-on after it
    end = text.rfind(" ", start, end) if end < len(text) else end
    end = end if end > found.end() else len(text)
    return text[start:end].strip()


def _bracketed(text: str, found: re.Match[str]) -> str | None:
    """The bracketed aside that holds what states the topic ("( full-time )", "(part-time, nights)"), without its
    brackets, when the text around it says other things; None when the topic is not in brackets."""
    opening = text.rfind("(", 0, found.start())
    closing = text.find(")", found.end())
    if opening < 0 or closing < 0 or ")" in text[opening:found.start()] or (opening == 0 and closing >= len(text) - 1):
        return None
    return text[opening + 1:closing].strip(" ,;") or None


# Words that open the next phrase after what states a topic: "two full-time developers | to join the unit at ..."
_NEXT_PHRASE = frozenset({"to", "who", "which", "that", "and", "at", "in", "with", "for", "on", "as", "from",
                          "where", "while", "within", "of", "by"})
_PHRASE_WORDS = 4


def _phrase_end(text: str, found: re.Match[str]) -> int | None:
    """Where the phrase that states a topic ends in a sentence that runs on: after the few words that finish its
    noun ("full-time | developers"), before the next phrase opens ("to join ..."); None when none opens soon."""
    at = found.end()
    for word in list(re.finditer(r"\S+", text[at:]))[:_PHRASE_WORDS + 1]:
        if word.group(0).lower() in _NEXT_PHRASE:
            return at + word.start()
    return None


_RUN_ON = 40  # characters past the limit a sentence may run on to its end
_SENTENCE_STOP = re.compile(r"[.!?;](?:\s|$)")


_CLAUSE_FROM = 70  # a unit longer than this is quoted by the clause that states the topic
_CLAUSE_BOUNDS = re.compile(r"[,;:]\s|\s[–—-]\s|[()]|\.\s")
_MIN_CLAUSE = 12
# the rest of a list of short items that a comma seemed to end: ", putaway, picking and shipping"
_LIST_GOES_ON = re.compile(r"(?:,\s[\w-]+){0,6},?\s(?:and|or)\s[\w-]+(?=[,.;]|$)")  # one word an item


def _clause(text: str, found: re.Match[str]) -> str | None:
    """The clause of a long unit that holds what states the topic, between commas, semicolons, dashes or brackets
    ("You will lead the kitchen on the chef's days off, supervise a team of 10 line and prep cooks, order produce
    ..." → "supervise a team of 10 line and prep cooks"); None when that clause is still too long to quote whole
    or too short to say anything."""
    start = max((m.end() for m in _CLAUSE_BOUNDS.finditer(text, 0, found.start())), default=0)
    after = _CLAUSE_BOUNDS.search(text, found.end())
    end = after.start() if after else len(text)
    if after and (listed := _LIST_GOES_ON.match(text, end)):
        end = listed.end()  # "associates in receiving, putaway, picking and shipping": the list is the clause's
    clause = text[start:end].strip(" ,;:.–—-")
    if not _MIN_CLAUSE <= len(clause) <= MAX_FACT_CHARS or clause == text.strip(" ,;:.–—-"):
        return None
    return clause


# Topics often stated as one item of a run-on list of perks ("Flexible working hours Cool office ...").
_PERK_TOPICS = frozenset({"benefits", "visa_sponsorship"})  # "Visa Support 30 Vacation Days": items of a list of perks
_ONE_ITEM_TOPICS = frozenset({"schedule", "employment_type", *_PERK_TOPICS})
_ITEM_LABEL = re.compile(r"^[A-Z][\w -]{0,30}:\s")


def _one_item(text: str, found: re.Match[str], topic: str) -> str:
    """The list item that states a topic, when items run on without punctuation: "Job benefits: Flexible working
    hours Cool office in a modern area" → "Flexible working hours" (a capital after the words that state it starts
    the next item); a sentence keeps its words."""
    rest = text[found.end():]
    if _TOPIC_LABEL.match(text):
        return text  # "Schedule: Day shift Weekends as needed" is the label's value, all of it
    run_on = re.match(r"\s(?-i:[A-Z])[a-z]", rest) or topic in _PERK_TOPICS and re.match(r"\s\d+\s(?-i:[A-Z])", rest)
    if run_on and not re.search(r"[.!?,;]", text[:found.start()]):
        label = _ITEM_LABEL.match(text)
        start = label.end() if label and label.end() <= found.start() else 0
        # "Equipment of your choice Flexible working hours", "Visa Support 30 Vacation Days": an item starts at a
        # capital or a number after a lowercase word, and ends with the words that state the topic
        items = [m.start(1) for m in _ITEM_START_AT.finditer(text[:found.start() + 2])]
        start = max([start, *(k for k in items if k <= found.start())])
        return text[start:found.end()].strip()
    return text


_ITEM_START_AT = re.compile(r"[a-z] ((?-i:[A-Z])[a-z]|\d)")


def find_facts(document: Document) -> tuple[Fact, ...]:
    """What a document (research notes, or a posting read without roles) answers, unit by unit."""
    return facts_in(document, ((line, line.text[span.start:span.end]) for line in document.lines
                               for span in split_line(line.text)))


def answered_topics(*documents: Document) -> frozenset[str]:
    return frozenset(fact.topic for document in documents for fact in find_facts(document))

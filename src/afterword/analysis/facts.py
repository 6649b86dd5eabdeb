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
_PERIOD = r"(?:/\s?|\s?(?:per|an?|each)\s)(?:hour|hr|day|year|yr|annum)\b"
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
    "remote_policy": re.compile(r"\b(remote|hybrid|on-?site(?! (?:parking|gym|canteen|cafeteria|childcare|nursery|"
                                r"restaurant|clinic|fitness|training|car park))|in[- ]office|in[- ]person|"
                                r"work from home|wfh|"
                                r"days? a week in|days? per week in|work from anywhere|"
                                r"(?:fully|globally) distributed|distributed[- ]first)\b", re.IGNORECASE),
    # "<LOCATION>", a redacted place, names no place: it answers nothing
    "location": re.compile(r"\b((?<!<)location(?!>)|located in|based in|our (?:\w+ )?office|offices? in|headquarter\w*|"
                           r"relocat\w*)\b", re.IGNORECASE),
    # A contract of employment, never a business ("a commercial contractor", "our contractors").
    "employment_type": re.compile(r"\b(full[- ]time|part[- ]time|temporary|temp-to-perm|permanent|internship|"
                                  r"fixed[- ]term|freelance|seasonal|per diem|(?:employment|job) type|"
                                  r"contract(?:or)? (?:role|position|basis|job|assignment|engagement)|"
                                  r"contract[- ]to[- ](?:hire|perm)|\d+[- ](?:month|week|year)s? contract|"
                                  r"(?:short|long)[- ]term contract|on a contract)\b", re.IGNORECASE),
    "benefits": re.compile(r"\b(health insurance|medical|dental|vision|401\(?k\)?|pension|retirement plan|"
                           r"paid time off|pto|parental leave|vacation|stock options|equity|learning budget|wellness|"
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
    "start_date": re.compile(r"\b(start date|starting (?:in|on|from)|immediate start|start immediately|"
                             r"available to start|begins? (?:in|on)|start asap)\b|\bstart(?:ing)?(?: date)?\s*:|"
                             rf"\b(?:begins?|starts?|starting|commences?) (?:on |in )?{_MONTHS}",
                             re.IGNORECASE),
    # Travel for the job: how much, or that it is needed; never a perk ("discounts on retail travel") or a mission.
    "travel": re.compile(r"\btravel\w*\b[^.;]{0,40}?(?:\d+ ?%|\brequired\b|\bup to\b|\bfrequent|\boccasional|"
                         r"\bdomestic\b|\binternational\b|\bovernight\b|\bdays?\b|\bper (?:month|year|week)\b|"
                         r"\bmonthly\b|\bweekly\b|\bregularly\b|\bwithin\b)|"
                         r"\b(?:willing(?:ness)?|able|need|expected|required|happy) to travel\b|\b\d+ ?% travel\b|"
                         r"\b(?:no|some|occasional|frequent|regular|extensive|limited|minimal|business) travel\b",
                         re.IGNORECASE),
    "visa_sponsorship": re.compile(r"\b(visa|sponsorship|sponsor|work authori[sz]ation|authori[sz]ed to work|"
                                   r"right to work|work permit|eligib(?:le|ility) to work)\b", re.IGNORECASE),
    "interview_process": re.compile(r"\b(interview process|interview stages|hiring process|recruitment process|"
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


# Labels that name their topic, whatever the value says ("Schedule: Evenings, weekends and holidays").
_LABEL_TOPICS = {"schedule": "schedule", "shift": "schedule", "shifts": "schedule", "working hours": "schedule",
                 "hours": "schedule", "location": "location", "work location": "location",
                 "job location": "location", "job type": "employment_type", "employment type": "employment_type",
                 "contract type": "employment_type"}
_TOPIC_LABEL = re.compile(r"^\s*(" + "|".join(sorted(_LABEL_TOPICS, key=len, reverse=True)) + r")\s?:", re.IGNORECASE)


@lru_cache(maxsize=8192)
def topics_in(text: str) -> frozenset[str]:
    """Every topic a line of text speaks to (most lines speak to none)."""
    found = frozenset(topic for topic in TOPICS if _PATTERNS[topic].search(text))
    labelled = _TOPIC_LABEL.match(text)
    if labelled and text[labelled.end():].strip():  # "Schedule: Evenings, weekends and holidays" says it by its label
        found |= {_LABEL_TOPICS[labelled.group(1).lower()]}
    if "pay_range" in found and _NOT_BASE_PAY.search(text) and not _BASE_PAY.search(text):
        found -= {"pay_range"}  # "Night shift differential of $6 an hour", "$3,000 sign-on bonus": not the pay
    return found


def facts_in(document: Document, units: Iterable[tuple[Line, str]]) -> tuple[Fact, ...]:
    """The first unit (a sentence or list item, with its line) that answers each topic, in topic order."""
    headings = {section.first_line for section in document.sections}
    found: dict[str, Fact] = {}
    for line, text in units:
        topics = topics_in(text)
        if "benefits" not in found and line.section == "Benefits" and line.number not in headings \
                and not text.lower().startswith("benefit") and not topics - {"benefits"}:
            found["benefits"] = Fact("benefits", text, line.number)  # a perk under Benefits, not "Salary: $90k"
        for topic in topics:
            found.setdefault(topic, Fact(topic, _around(text, topic), line.number))
    return tuple(found[topic] for topic in TOPICS if topic in found)


MAX_FACT_CHARS = 120
_NOT_BASE_PAY = re.compile(r"\b(?:differential|bonus(?:es)?|sign[- ]on|referral|allowance|stipend|reimburse\w*|tuition|"
                           r"budget|discount|401\(?k\)?|match)\b", re.IGNORECASE)
_BASE_PAY = re.compile(r"\b(?:salary|pay range|base pay|base salary|wages?|hourly rate|pay rate|pay|rate)\s?:|"
                       r"\b(?:salary|pay range|base salary|hourly rate)\b", re.IGNORECASE)


def _around(text: str, topic: str) -> str:
    """The part of a long unit that states the topic: a run-on paragraph ("Speak English ... The interview process
    Recruiter Call (30 min) Home Test ...") is cut to the words around what answers it, at word bounds."""
    if len(text) <= MAX_FACT_CHARS:
        return text
    found = _PATTERNS[topic].search(text)
    if found is None:
        return text[:MAX_FACT_CHARS].rsplit(" ", 1)[0]
    start = 0 if found.start() < MAX_FACT_CHARS - 40 else max(0, found.start() - 40)
    start = text.find(" ", start) + 1 if start > 0 and text[start - 1] != " " else start
    end = min(len(text), start + MAX_FACT_CHARS)
    end = text.rfind(" ", start, end) if end < len(text) else end
    end = end if end > found.end() else len(text)
    return text[start:end].strip()


def find_facts(document: Document) -> tuple[Fact, ...]:
    """What a document (research notes, or a posting read without roles) answers, unit by unit."""
    return facts_in(document, ((line, line.text[span.start:span.end]) for line in document.lines
                               for span in split_line(line.text)))


def answered_topics(*documents: Document) -> frozenset[str]:
    return frozenset(fact.topic for document in documents for fact in find_facts(document))

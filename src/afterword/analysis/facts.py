"""Facts a posting (or the candidate's research) already states, so the candidate never asks about them."""

from __future__ import annotations

import re
from functools import lru_cache

from afterword.models import Document, Fact, Line

TOPICS = ("pay_range", "location", "remote_policy", "employment_type", "benefits", "team_size", "company_size",
          "start_date", "travel", "visa_sponsorship", "interview_process", "schedule")

_MONEY = r"(?:[$£€¥]|\b(?:usd|eur|gbp|cad|aud)\s?)\s?\d[\d,.]*\s?[kK]?"
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?= \d)|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
_PEOPLE = r"(?:people|staff|employees|(?:direct )?reports|electricians|technicians|nurses|engineers|developers|" \
          r"designers|analysts|associates|workers|apprentices|agents|teachers|accountants|drivers|cashiers|" \
          r"managers|supervisors|specialists|representatives|caregivers|cooks|servers)\b"
_PERIOD = r"(?:/\s?|\s?(?:per|an?|each)\s)(?:hour|hr|day|year|yr|annum)\b"
_PATTERNS: dict[str, re.Pattern[str]] = {
    "pay_range": re.compile(
        rf"{_MONEY}\s*(?:-|–|—|to)\s*{_MONEY.replace('(?:[$£€¥]|', '(?:[$£€¥]?|')}"
        r"|\b(salary|pay range|base pay|compensation range|hourly rate|per hour|an hour|/hr|per annum|ote)\b"
        r"|\d[\d,.]*\s?[kK]?\s*(?:-|–|to)\s*\d[\d,.]*\s?[kK]?\s*(?:usd|eur|gbp|dollars|euros)"
        rf"|{_MONEY}\s*(?:{_PERIOD}|\+?\s*(?:doe|depending on experience|base|plus)\b)"
        rf"|\b(?:pay|wage|rate|compensation|comp)\s*:?\s*{_MONEY}",
        re.IGNORECASE),
    "remote_policy": re.compile(r"\b(remote|hybrid|on-?site|in[- ]office|in[- ]person|work from home|wfh|"
                                r"days? a week in|days? per week in|work from anywhere|"
                                r"(?:fully|globally) distributed|distributed[- ]first)\b", re.IGNORECASE),
    "location": re.compile(r"\b(location|located in|based in|our (?:\w+ )?office|offices? in|headquarter\w*|"
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
    "company_size": re.compile(r"\b\d[\d,]*\+?\s*(?:people|employees|staff|team members|colleagues)\b|"
                               r"\b(headcount|employees worldwide)\b|"
                               r"\b\d[\d,]*\+?[- ](?:person|people|employee|staff) (?:company|firm|business|"
                               r"organi[sz]ation|practice|agency|studio|startup|employer|manufacturer)\b",
                               re.IGNORECASE),
    "start_date": re.compile(r"\b(start date|starting (?:in|on|from)|immediate start|start immediately|"
                             r"available to start|begins? (?:in|on)|start asap)\b|\bstart(?:ing)?(?: date)?\s*:|"
                             rf"\b(?:begins?|starts?|starting|commences?) (?:on |in )?{_MONTHS}",
                             re.IGNORECASE),
    "travel": re.compile(r"\b(travel|travelling|traveling)\b", re.IGNORECASE),
    "visa_sponsorship": re.compile(r"\b(visa|sponsorship|sponsor|work authori[sz]ation|authori[sz]ed to work|"
                                   r"right to work|work permit|eligib(?:le|ility) to work)\b", re.IGNORECASE),
    "interview_process": re.compile(r"\b(interview process|interview stages|hiring process|recruitment process|"
                                    r"interview loop|recruiter (?:call|screen)|technical interview|"
                                    r"take-home|onsite interview)\b", re.IGNORECASE),
    "schedule": re.compile(r"\b(?:working hours|work(?:ing)? pattern|hours of work|shift work|"
                           r"shift pattern|on[- ]call|overtime|mon(?:day)?\s?(?:to|-|–)\s?fri(?:day)?|"
                           r"(?:no|some|occasional|alternate|every other) weekends?|weekend (?:work|cover)|"
                           r"\d{1,2}(?::\d{2})?\s?[ap]m\s?(?:-|–|to)\s?\d{1,2}(?::\d{2})?\s?[ap]m|"
                           r"\d+\s?(?:hours|hrs)\s?(?:/\s?|a |per )(?:week|wk)\b|"
                           rf"\b{_NUMBER}[- ]?\d+[- ]?(?:hour|hr) (?:work)?days|[2-7]\s?x\s?(?:8|9|10|12)s? "
                           r"(?:schedule|shifts?|week)|"
                           r"(?:available|able to work|work(?:ing)?) (?:on )?(?:evenings|nights|weekends|holidays)|"
                           r"(?:\d+[- ]?(?:hour|hr)s?|night|day|early|late|evening|weekend|"
                           r"rotating|rotational|split|overnight|morning|afternoon) shifts?)\b",
                           re.IGNORECASE),
}


@lru_cache(maxsize=8192)
def topics_in(text: str) -> frozenset[str]:
    """Every topic a line of text speaks to (most lines speak to none)."""
    return frozenset(topic for topic in TOPICS if _PATTERNS[topic].search(text))


def find_facts(document: Document) -> tuple[Fact, ...]:
    """The first line that answers each topic, in topic order."""
    found: dict[str, Fact] = {}
    for line in document.lines:
        topics = topics_in(line.text)
        if "benefits" not in found and line.section == "Benefits" and _plain_benefit(document, line, topics):
            found["benefits"] = Fact("benefits", line.text, line.number)
        for topic in topics:
            found.setdefault(topic, Fact(topic, line.text, line.number))
    return tuple(found[topic] for topic in TOPICS if topic in found)


def _plain_benefit(document: Document, line: Line, topics: frozenset[str]) -> bool:
    """A line of a Benefits section that is neither its heading nor a fact of another topic ("Salary: $90k")."""
    if line.text.lower().startswith("benefit") or any(s.first_line == line.number for s in document.sections):
        return False
    return not (topics - {"benefits"})


def answered_topics(*documents: Document) -> frozenset[str]:
    return frozenset(fact.topic for document in documents for fact in find_facts(document))

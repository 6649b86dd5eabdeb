"""What a posting is about, for choosing questions to ask: its role family, its seniority, and the skills or themes
its requirements and duties come back to. Read from the match report and posting info alone (no I/O)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from afterword.analysis.matching import content_words
from afterword.analysis.taxonomy import TOOL_CATEGORIES, Taxonomy, default_taxonomy
from afterword.models import MatchReport, PostingInfo, PostingUnit

FAMILIES = ("software", "data", "design", "healthcare", "teaching", "trades", "hospitality", "retail", "finance",
            "logistics", "driving", "research", "management", "office", "general")
SENIORITIES = ("entry", "mid", "senior")
MAX_STRESSED = 3
SENIOR_YEARS, MAX_YEARS = 5, 15  # five years' experience asked for reads as senior; over fifteen is an age

# Skill categories (data/skills.tsv column 2) and the family each points to; the rest say nothing of the family.
_CATEGORY_FAMILY = {
    "programming-language": "software", "framework": "software", "devops": "software", "cloud": "software",
    "database": "software", "security": "software", "software-tool": "software", "data-ml": "data",
    "design": "design", "healthcare": "healthcare", "education": "teaching", "trades": "trades",
    "manufacturing": "trades", "hospitality": "hospitality", "retail": "retail", "sales": "retail",
    "customer-service": "retail", "finance": "finance", "logistics": "logistics", "science": "research",
    "management": "management", "office-software": "office", "hr": "office", "legal": "office",
    "writing": "office", "business": "office", "marketing": "office",
}
_FLOOR_FAMILIES = frozenset({"logistics", "driving", "trades", "hospitality", "healthcare", "teaching", "retail"})
_WEAK_FAMILIES = frozenset({"management", "office"})  # skills every kind of posting lists
# Skills too general to ask about, whatever the posting repeats: licences, soft skills, languages.
_UNASKED_CATEGORIES = frozenset({"certification", "soft-skill", "language"})
# "Account Manager", "Project Manager" name a job, not a level of leadership.
_MANAGER = (r"(?<!account )(?<!case )(?<!product )(?<!project )(?<!property )(?<!relationship )(?<!community )"
            r"(?<!development )(?<!key account )(?<!category )(?<!campaign )(?<!social media )(?<!content )"
            r"(?<!brand )(?<!program )(?<!programme )manager")
_MANAGER_TITLE = re.compile(rf"\b(?:{_MANAGER}|director|head of|chief|vp|vice president)\b", re.IGNORECASE)
# Title words, most specific first: "Data Engineer" is data, "Research Nurse" healthcare, "Sales Engineer" retail.
_TITLE_FAMILIES = tuple((family, re.compile(pattern, re.IGNORECASE)) for family, pattern in (
    ("data", r"\bdata (?:scientist|analyst|engineer|architect)|\banalytics\b|\bmachine learning\b|\bml engineer|"
             r"\bbi (?:analyst|developer)\b|\bstatistician\b"),
    ("healthcare", r"\bnurs(?:e|es|ing)\b|\bmidwife\b|\bcarers?\b|\bcare (?:assistant|worker|giver)\b|\bcaregiver\b|"
                   r"\bhealthcare\b|\bphysician\b|\bdoctor\b|\bpharmacist\b|\btherapist\b|\bparamedic\b|"
                   r"\bclinical\b|\bclinician\b|\bmedical assistant\b|\bdental\b|\bphlebotomist\b|\bradiographer\b"),
    ("teaching", r"\bteach(?:er|ing)\b|\btutor\b|\blecturer\b|\binstructor\b|\beducator\b|\bclassroom\b|\bsenco\b"),
    ("hospitality", r"\bchef\b|\bcook\b|\bkitchen\b|\bwait(?:er|ress|staff)\b|\bbartender\b|\bbarista\b|"
                    r"\bhousekeep\w*|\bfront of house\b|\brestaurant\b|\bhotel\b|\bcatering\b|\bsommelier\b"),
    ("software", r"\bsoftware\b|\bdeveloper\b|\bprogrammer\b|\bdevops\b|\bsre\b|\bsite reliability\b|\bback-?end\b|"
                 r"\bfront-?end\b|\bfull-?stack\b|\b(?:platform|web|mobile|ios|android|cloud|security|qa|test|"
                 r"infrastructure|systems) engineer|\bqa (?:automation )?(?:engineer|analyst|tester)\b|\bsdet\b|"
                 r"\b(?:test )?automation engineer\b"),
    ("design", r"\bdesigner\b|\bux\b|\bui\b|\bart director\b"),
    ("trades", r"\belectrician\b|\bplumber\b|\bwelder\b|\bcarpenter\b|\bjoiner\b|\bmechanic\b|\bbricklayer\b|"
               r"\broofer\b|\bplasterer\b|\bhvac\b|\bfitter\b|\bmachinist\b|\binstaller\b|\blabou?rer\b|"
               r"\bforeman\b|\bsite manager\b|\bpainter\b|\bscaffolder\b|\bgas engineer\b"),
    ("retail", r"\bretail\b|\bstore\b|\bshop\b|\bcashier\b|\bsales\b|\baccount (?:executive|manager)\b|"
               r"\bcustomer (?:service|support|success)\b|\bcall cent(?:er|re)\b|\bmerchandis\w*"),
    ("finance", r"\baccount(?:ant|ancy|ing)\b|\bbookkeep\w*|\bfinanc(?:e|ial)\b|\bauditor\b|\bpayroll\b|"
                r"\bcontroller\b|\btax\b|\btreasury\b|\bcredit analyst\b"),
    ("driving", r"\b(?:truck|lorry|hgv|lgv|cdl|delivery|van|route|haulage|otr|regional|long[- ]haul|bus|coach|"
                r"courier) drivers?\b|\bdrivers?\b(?! (?:of|for) )|\bcourier\b|\btrucker\b|\bchauffeur\b"),
    ("logistics", r"\bwarehouse\b|\blogistics\b|\bforklift\b|\bpicker\b|\bpacker\b|\bcourier\b|"
                  r"\bdelivery\b|\bdispatcher\b|\bsupply chain\b|\bfulfil?ment\b|\btransport\b"),
    ("research", r"\bresearch(?:er)?\b|\bpostdoc\w*|\bpost-?doctoral\b|\bph\.?d\b|\bprofessor\b|\bscientist\b|"
                 r"\blaboratory\b|\blab (?:technician|manager)\b"),
    ("office", r"\badministrat\w*|\breceptionist\b|\bsecretary\b|\boffice\b|\bclerk\b|\bassistant\b|"
               r"\bcoordinator\b|\bhuman resources\b|\bhr\b|\brecruiter\b|\blegal\b|\bparalegal\b|\bmarketing\b"),
))
# Seniority from the title first: "Senior", "Lead", "Head Chef", "Charge Nurse" ... or "Junior", "Graduate" ...
_ENTRY = re.compile(r"\b(?:junior|jr\.?|graduate|grad|entry[- ]level|trainee|apprentice(?:ship)?|intern(?:ship)?|"
                    r"newly qualified|nqt|ect|early[- ]career|level 1)\b", re.IGNORECASE)
_SENIOR = re.compile(r"\b(?:senior|sr\.?|lead|principal|staff (?:engineer|scientist|designer|developer)|head|"
                     r"director|chief|vp|vice president|supervisor|superintendent|foreman|charge nurse|matron|"
                     rf"{_MANAGER})\b", re.IGNORECASE)
# ... then the posting's own words: "no experience needed" or "line management of four".
_ENTRY_TEXT = re.compile(r"\b(?:no (?:previous |prior )?experience (?:is )?(?:needed|necessary|required)|"
                         r"recent graduates?|new graduates?|newly qualified|full training|entry[- ]level|"
                         r"school leavers?)\b", re.IGNORECASE)
_SENIOR_TEXT = re.compile(r"\b(?:line manag\w+|direct reports|(?:manage|lead|leading|managing) a team)\b",
                          re.IGNORECASE)
# Themes a posting can stress without naming a skill: "patient safety" in three duties is a theme.
_THEMES = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
    ("patient safety", r"\bpatient safety\b|\bsafe (?:patient )?care\b"),
    ("safeguarding", r"\bsafeguard\w*"),
    ("food safety", r"\bfood (?:safety|hygiene)\b|\ballergens?\b"),
    ("health and safety", r"\bhealth (?:and|&) safety\b|\bsite safety\b|\bsafe working\b|"
                          r"\bsafety (?:rules|procedures|standards|culture)\b"),
    ("reliability", r"\breliab(?:le|ility)\b|\buptime\b|\bincident (?:response|management)\b|\bon-call\b"),
    ("security", r"\bsecur(?:e|ity)\b"),
    ("accessibility", r"\baccessib(?:le|ility)\b"),
    ("compliance", r"\bcomplian(?:t|ce)\b|\bregulat(?:ory|ions?)\b"),
    ("customer experience", r"\b(?:customer|guest) experience\b|\bcustomer satisfaction\b"),
    ("accuracy", r"\baccura(?:te|cy)\b"),
    ("quality", r"\bquality\b"),
))
# Words every posting uses: sharing them says nothing about a research note's relevance.
_GENERIC = frozenset(content_words(
    "team teams company role roles job jobs work working help make keep build ensure support provide deliver "
    "new daily day week join part take people across within including high best first every need needs looking "
    "responsible responsibilities requirements required experience years one two three least another current "
    "give follow familiar clear easy good strong well hands-on out near able willing must"))


@dataclass(frozen=True, slots=True)
class PostingFocus:
    family: str = "general"           # one of FAMILIES
    seniority: str = "mid"            # one of SENIORITIES
    stressed: tuple[str, ...] = ()    # skills or themes the posting comes back to, most repeated first
    tools: frozenset[str] = frozenset()   # which of ``stressed`` are tools ("How does the team use Kubernetes?")
    themes: frozenset[str] = frozenset()  # which are concerns, not skills ("What does patient safety look like?")
    terms: frozenset[str] = frozenset()   # stems of the posting's own words, to rank research notes by
    employer: str = "company"             # what the employer is called in a question: school, hospital ...
    british: bool = False                 # the posting spells "behaviour", "organisation", "£": so do the questions
    said: str = ""                        # the posting's words, lowercased, spaces single (perks and title too)
    held: frozenset[str] = frozenset()    # the skills the resume shows
    role: str = ""                        # the job's title as the posting gives it ("" when it gives none)
    fields: str = ""                      # the words of the degrees it asks for, lowercased ("a master's in ...")
    duty: str = ""                        # one short duty in the posting's words ("plan and lead projects ...")


def title_family(title: str) -> str | None:
    """The role family a job title names ("Golang Backend Developer" → software, "Finance Analyst" → finance), or
    None when its words name none. A desk job in a floor family's field ("Supply Chain Consultant", "Logistics
    Analyst") names no family: its questions are not of shifts and picks per hour."""
    family = next((family for family, pattern in _TITLE_FAMILIES if pattern.search(title)), None)
    if family in _FLOOR_FAMILIES and _DESK_TITLE.search(title):
        return None
    return family


_DESK_TITLE = re.compile(r"\b(?:consultant|analyst|planner|specialist|buyer|strategist|advis[eo]r|architect|"
                         r"controller|economist)\b", re.IGNORECASE)


def _family(report: MatchReport, role: str, taxonomy: Taxonomy) -> str:
    votes: dict[str, float] = {}
    for match in report.requirements:
        families = {_CATEGORY_FAMILY.get(skill.category) for name in match.requirement.skills
                    if (skill := taxonomy.get(name)) is not None} - {None}
        for family in families:
            votes[str(family)] = votes.get(str(family), 0) + (0.5 if family in _WEAK_FAMILIES else 1)
    titled = title_family(role)
    if titled:
        votes[titled] = votes.get(titled, 0) + 3
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    managerial = bool(_MANAGER_TITLE.search(role))
    # Without a title to go by, a family needs two units of its skills (or four of management or office ones):
    # one mention of procurement does not make a posting a warehouse job.
    if not ranked or ranked[0][1] < (1 if titled else 2):
        return "management" if managerial else "general"
    # Families whose questions speak of the floor (routes, shifts, the pass, the ward) need the title to say so:
    # a procurement engineer's posting names the supply chain, but a warehouse question would be out of place.
    ranked = [(family, score) for family, score in ranked if family not in _FLOOR_FAMILIES or family == titled]
    if not ranked or ranked[0][1] < (1 if titled else 2):
        return "management" if managerial else "general"
    best, score = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == score:
        best = titled if titled in (best, ranked[1][0]) else "general"
    if managerial and best in ("office", "general"):
        return "management"
    return best


def _seniority(report: MatchReport, role: str) -> str:
    if _ENTRY.search(role):
        return "entry"
    if _SENIOR.search(role):
        return "senior"
    texts = [match.requirement.text for match in report.requirements]
    if any(_ENTRY_TEXT.search(text) for text in texts):
        return "entry"
    years = [y for match in report.requirements if (y := match.requirement.years) is not None and y <= MAX_YEARS]
    if any(_SENIOR_TEXT.search(text) for text in texts) or (years and max(years) >= SENIOR_YEARS):
        return "senior"
    return "mid"


# The name of an employer's unit: capitalised words ending in what a unit is called ("Embodied AI and
# Neurorobotics Lab", "The Cybersecurity & Technology Controls group").
_UNIT_NAME = re.compile(r"(?:[A-Z][\w-]*(?:\s(?:and|&|of|for)\s|\s)){1,6}(?:Lab|Laboratory|Group|Team|Centre|Center|"
                        r"Department|Institute|Unit|Division|Section|School|Faculty|group|team|lab|department|unit)\b")


def _unit_names(report: MatchReport) -> str:
    """The names of the employer's units the posting gives, as one text: what the employer is about."""
    return " | ".join(m.group(0) for unit in report.posting_units[:400] for m in _UNIT_NAME.finditer(unit.text[:600]))


def _names_the_unit(skill_surfaces: tuple[str, ...], names: str) -> bool:
    """True when a unit of the employer is named for the skill ("Embodied AI ... Lab" for artificial intelligence):
    the whole team works in it, so "How does the team use it?" shows the posting was not read."""
    return any(re.search(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", names, re.IGNORECASE)
               for surface in skill_surfaces if len(surface) >= 2)


def _joined_words(text: str) -> set[str]:
    """A text's words as written together or apart: "Frontend-Developer" and "front-end development" share
    "frontend" (so a front-end developer is not asked how much of the role is front-end development)."""
    words: set[str] = set()
    for token in text.lower().split():
        parts = [re.sub(r"[^a-z0-9+#]", "", part) for part in token.split("-")]
        words |= {*parts, "".join(parts)}
    return {word for word in words if len(word) >= 5}


def _stressed(report: MatchReport, role: str,
              taxonomy: Taxonomy) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The skills and themes named in two or more of the posting's requirements and duties, most repeated first,
    but not the role itself ("nursing" for a nurse) nor what a unit of the employer is named for ("the Embodied AI
    Lab"); which of them are tools, and which themes."""
    role_words = content_words(role)
    role_joined = _joined_words(role)
    unit_names = _unit_names(report)
    # What a more specific tool of the posting brings with it: a posting that names TypeScript is not asked how the
    # team uses JavaScript, nor one that names React how it uses JavaScript.
    named = {name for match in report.requirements for name in match.requirement.skills}
    implied = {implied.casefold() for name in named if (skill := taxonomy.get(name)) is not None
               for implied in skill.implies if implied != name}
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    tools: set[str] = set()
    for match in report.requirements:
        requirement = match.requirement
        found: dict[str, str] = {}
        for name in requirement.skills:
            skill = taxonomy.get(name)
            if skill is None or skill.category in _UNASKED_CATEGORIES or content_words(name) & role_words \
                    or _joined_words(name) & role_joined \
                    or (unit_names and _names_the_unit(skill.surfaces, unit_names)) \
                    or name.casefold() in implied:
                continue
            if skill.implies and all(kind.endswith(" development") for kind in skill.implies):
                # a platform ("iOS", "Android") is built for, not used: the posting stresses that kind of work
                name = skill.implies[0]
            elif skill.category in TOOL_CATEGORIES or _is_name(name):  # "How does the team use Kubernetes?"
                tools.add(name)
            found[name.casefold()] = name
        for theme, pattern in _THEMES:
            if pattern.search(requirement.text):
                found.setdefault(theme.casefold(), theme)
        for key, name in found.items():
            counts[key] += 1
            names.setdefault(key, name)
    order = list(names)  # first mention first, among equal counts
    repeated = sorted((key for key, count in counts.items() if count >= 2),
                      key=lambda key: (-counts[key], order.index(key)))
    stressed = tuple(names[key] for key in repeated[:MAX_STRESSED])
    themes = {theme.casefold() for theme, _ in _THEMES}
    return (stressed, frozenset(name for name in stressed if name in tools),
            frozenset(name for name in stressed if name.casefold() in themes))


def _is_name(skill: str) -> bool:
    """A product or system named like one ("Epic", "HACCP", "Figma"), so used like a tool, unlike "IV therapy"."""
    return all(word[:1].isupper() or word[:1].isdigit() for word in skill.split())


def _terms(report: MatchReport, info: PostingInfo) -> frozenset[str]:
    words: set[str] = content_words(info.role)
    for match in report.requirements:
        words |= content_words(match.requirement.text)
        for skill in match.requirement.skills:
            words |= content_words(skill)
    return frozenset(words - _GENERIC - content_words(info.company))


_EMPLOYERS = (("school", r"\b(?:school|academy|primary|secondary|nursery)\b"),
              ("university", r"\b(?:university|universit\w+|faculty|professor|lecturer)\b"),
              ("college", r"\bcollege\b"), ("hospital", r"\b(?:hospital|nhs|infirmary|clinic)\b"),
              ("trust", r"\btrust\b"), ("council", r"\b(?:council|municipality|county)\b"),
              ("charity", r"\b(?:charity|foundation|non-?profit)\b"))


_BRITISH = re.compile(r"£|\b(?:behaviour|organisation|organise[ds]?|colour|centre|favour|labour|whilst|enrol|"
                      r"practise|neighbour|programme|ofsted|key stage|nhs)\b", re.IGNORECASE)


# An employer that is no company, as its own description tells: a university's centre, a PhD project, a hub
_NOT_A_COMPANY = re.compile(r"\b(?:universit(?:y|ies)|ph\.? ?d|research (?:centre|center|institute|group)|"
                            r"faculty|academic|public (?:sector|body|authority)|ministry|non-?profit)\b", re.IGNORECASE)


def _employer(info: PostingInfo, family: str, units: tuple[PostingUnit, ...] = ()) -> str:
    """What to call the employer in a question: "the school's priorities", not "the company's"; "the
    organisation's" for a university's centre or hub that its own description names, whatever the job."""
    named = f"{info.company} {info.role}"
    found = next((noun for noun, pattern in _EMPLOYERS if re.search(pattern, named, re.IGNORECASE)), None)
    if found is None and family not in ("teaching",) and any(
            unit.role in ("company-info", "title", "other") and _NOT_A_COMPANY.search(unit.text[:400])
            for unit in units[:60]):
        return "organisation"
    return found or {"teaching": "school", "research": "organisation", "healthcare": "organisation"}.get(
        family, "company")


# A duty said as an action: "plan and lead projects through the development phase", after "You will" or not
_DUTY = re.compile(r"^(?:(?:this means(?: that)?|in this role,?|here,?) )?"
                   r"(?:(?:you will(?: be)?|you'll(?: be)?|you are going to|you|the successful candidate will|"
                   r"your (?:main )?(?:responsibilit(?:y|ies)|tasks?|role) (?:will be|are|is|includes?)|"
                   r"as (?:an? |the )?[\w -]{2,40}? you will)\s+)?(?:also\s+)?"
                   r"(?P<duty>(?:(?:plan|lead|manage|drive|own|build|develop|design|deliver|coordinate|run|maintain|"
                   r"create|implement|prepare|analy[sz]e|oversee|define|improve|set up|monitor|handle|organi[sz]e|"
                   r"review|write|test|operate|present|negotiate|train|mentor|shape|establish|support|conduct|"
                   r"care for|teach|cook|install|troubleshoot)\b|(?!being\b|during\b)[a-z]{4,}ing\b)[^<>?!;:]*)$",
                   re.IGNORECASE)
_DUTY_WORDS = (5, 14)
_NOT_A_DUTY = re.compile(r"working (?:proficiency|knowledge|experience)\b", re.IGNORECASE)
_PHRASE_STARTS = frozenset("in with for across within throughout including together alongside while where".split())
_NEXT_CLAUSE = re.compile(r",? (?:and|while|so) (?:you|we|they)\b|, (?:which|so that|where)\b|"
                          r" (?:that |which )?you (?:may|might|will|can|would)\b", re.IGNORECASE)


def _duty(units: tuple[PostingUnit, ...]) -> str:
    """The first duty of the posting said as a short action of its own ("plan and lead projects through the
    development phase"), lower case, without its full stop; "" when none is short and plain enough."""
    for unit in units:
        if unit.role != "responsibility":
            continue
        text = re.sub(r"\s+([.,])", r"\1", unit.text.strip()).rstrip(" .")
        text = _NEXT_CLAUSE.split(text, maxsplit=1)[0]  # "... phase and you have full responsibility for ..."
        found = _DUTY.match(text)
        if found is None:
            continue
        duty = found.group("duty").strip()
        if "*" in duty or _NOT_A_DUTY.match(duty):
            continue  # "working proficiency in developmental toolsets *": an ask in a list of duties
        # "... to advance workflow automation Evaluating existing workflow engines": the next item run into it
        duty = re.split(r" (?=[A-Z][a-z]+ing\b)", duty, maxsplit=1)[0]
        if len(duty.split()) > _DUTY_WORDS[1]:  # "... towards group initiatives in corporation with projects ...":
            # the duty up to a phrase that only says with whom or where
            words = duty.split()
            cut = min((k for k in range(_DUTY_WORDS[0], _DUTY_WORDS[1] + 1)
                       if words[k].lower() in _PHRASE_STARTS), default=None)
            duty = " ".join(words[:cut]).rstrip(",") if cut else duty
        if _DUTY_WORDS[0] <= len(duty.split()) <= _DUTY_WORDS[1] and " and you " not in duty:
            return duty[:1].lower() + duty[1:]
    return ""


def posting_focus(report: MatchReport, info: PostingInfo, taxonomy: Taxonomy | None = None) -> PostingFocus:
    """The family, seniority and stressed skills or themes of the posting ``report`` was made from."""
    taxonomy = taxonomy or default_taxonomy()
    stressed, tools, themes = _stressed(report, info.role, taxonomy)
    family = _family(report, info.role, taxonomy)
    british = any(_BRITISH.search(unit.text) for unit in report.posting_units[:400])
    return PostingFocus(family=family, seniority=_seniority(report, info.role),
                        stressed=stressed, tools=tools, themes=themes, terms=_terms(report, info),
                        held=frozenset(report.resume_skills),
                        employer=_employer(info, family, report.posting_units), british=british, role=info.role,
                        fields=" ".join(m.requirement.text.lower() for m in report.requirements
                                        if m.requirement.degree)[:3_000],
                        said=" ".join(" ".join(u.text[:400] for u in report.posting_units[:400]).lower().split()),
                        duty=_duty(report.posting_units[:200]))

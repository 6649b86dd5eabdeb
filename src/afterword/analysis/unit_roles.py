"""What each unit of a posting is: a requirement, a perk, the pay, a legal notice, a contact line ...

Two things decide: what the unit says (cues that hold in any layout) and the section it sits in (a heading such as
"What you'll need" makes its items requirements). The unit's own words win where they are unmistakable (an e-mail
address under "Requirements" is still a contact line); the section decides the rest; a unit in no known section
must say what it is, or it is "other" and never becomes a concern. Every pattern is a bounded alternation of
words: linear in the text.
"""

from __future__ import annotations

import re

from afterword.analysis.degrees import DEGREE_AS_MODIFIER
from afterword.analysis.facts import topics_in
from afterword.analysis.labels import LABEL_ROLES
from afterword.analysis.units import trailing_lead_in
from afterword.ingest.structure import section_name
from afterword.models import UnitRole

_CONTACT = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,20}|(?<![\w+])\+?\d[\d ().-]{7,18}\d(?!\d)|"
                      r"<CONTACT>|\b(?:tel|phone|e-?mail|contact us|contact me|questions\?|reach out to|"
                      r"for (?:more|further) information|further information)\b", re.IGNORECASE)
_APPLY = re.compile(r"\b(?:apply (?:now|online|today|here|via|at|by|through|for this|to this|in)|to apply|how to apply|"
                    r"send (?:us )?(?:your|an?) (?:cv|resume|résumé|application)|submit (?:your|an|the)|"
                    r"applications? (?:must|should|will|received|are|deadline|form|procedure|process)|"
                    r"cover letter|closing date|deadline for applications|application deadline|^deadline\b|"
                    r"job (?:no|number|id|ref)\b|"
                    r"reference (?:no|number)|to be considered|click (?:here|on|the|below|apply)|we will reply|"
                    r"shortlisted|assessed by|(?:third[- ]party |recruitment )(?:recruit\w+ )?agenc\w+|"
                    r"note to (?:recruitment )?agencies|"
                    r"(?:serves|acts) as (?:the |a |our )?(?:recruitment|recruiting|hiring) partner|"
                    r"is (?:the|our) (?:recruitment|recruiting|hiring) partner|"
                    r"(?:handles|manages|handling|managing) the recruitment|"
                    r"unsolicited (?:résumés|resumes|cvs|applications)|"
                    r"referral fee|"
                    r"interview process|hiring process|recruitment process|application must include|"
                    r"(?:candidates|applicants) (?:may|will|might|can) be (?:asked|invited|called)|"
                    r"(?:asked|invited) (?:to come )?(?:to|for) (?:an? |the )?(?:\w+ )?interview|"
                    r"please (?:send|submit|include|attach|apply)|interested candidates|"
                    r"please (?:provide|upload|enclose) (?:your|us with|a copy|copies|links?|a list|the names|"
                    r"references)|"
                    r"attach(?:ed)? (?:files?|documents?|your)|file format)\b", re.IGNORECASE)
_LEGAL = re.compile(r"\b(?:equal (?:employment )?opportunit\w*|eeo|affirmative action|without regard to|"
                    r"regardless of|irrespective of|sexual orientation|gender identity|veteran status|"
                    r"protected (?:veteran|characteristic|class)\w*|reasonable accommodations?|e-verify|"
                    r"discriminat\w*|(?:privacy|data protection) (?:notice|policy|statement)|"
                    r"(?:we|will|to|may|shall) (?:process|store|retain|handle|use|delete|keep|share)\w* (?:your |the )?"
                    r"personal data|"
                    r"(?:your|applicants?['’]?|candidates?['’]?) (?:personal )?(?:data|information)|"
                    r"(?:in accordance with|under|according to|pursuant to|in line with|compl\w* with) (?:the )?"
                    r"(?:gdpr|general data protection|data protection)|all qualified (?:applicants|"
                    r"candidates)|diversity of (?:society|our)|national origin|genetic information)\b", re.IGNORECASE)
# (a data-protection job's duties are no notice: only the applicant's own data, or the law their data is held
# under, make one)
# A unit that opens by asking the candidate to know a thing ("Experience with managing compliance standards (HIPAA
# GDPR)", "Working knowledge of equal-opportunity law") is a requirement, whatever law it names.
_ASKS_KNOWING = re.compile(r"\W*(?:(?:proven|solid|strong|good|sound|working|hands-on|deep|demonstrated|"
                           r"practical|in-depth|thorough)\s+)?(?:experience|knowledge|familiarity|understanding|"
                           r"expertise|proficiency|background|awareness)\b", re.IGNORECASE)
_NICE = re.compile(r"\b(?:preferred|preferably|nice[- ]to[- ]have|(?:is |are |as )?an? (?:plus|bonus|advantage|"
                   r"asset)|ideally|desirable|advantageous|definite advantage|would be (?:great|nice|a plus)|"
                   r"not (?:required|essential|a must)|helpful|beneficial|bonus points|extra points|"
                   r"^alternatively|you (?:could|may|might) (?:also )?have|we (?:would )?prefer|"
                   r"we (?:greatly |really |highly |especially |also )?(?:value|appreciate))\b", re.IGNORECASE)
# Being a citizen asked of the candidate ("US citizenship", "must be a citizen", "citizens only"); never the
# citizens a company serves ("for the benefit of citizens and society").
CITIZENSHIP = r"citizenship|citizen\b|(?<!of )(?<!for )(?<!to )(?<!the )(?<!our )(?<!all )citizens\b"
# One adverb between "you" and its verb: "You also have", "you ideally have", "you already speak".
_ADVERB = r"(?:also|ideally|preferably|already|certainly|definitely|additionally|further(?:more)?|really) "
# What the candidate must have or be. Words that also describe the work ("experience" in "customer experience")
# count only in these phrasings.
# "You will have 50 colleagues", "you'll have the freedom to ...": what the job gives, not what it asks
_GIVEN = (r"(?!(?: \w+){0,2} (?:colleagues|co-?workers|teammates|team members|people|opportunit\w*|chances?|access|"
          r"budgets?|freedom|flexibility|support|mentors?)\b)")
_REQUIRE = re.compile(
    r"\b(?:(?:candidate|applicant|you) will (?:have" + _GIVEN + r"|hold|possess|need|bring)|"
    r"you (?:" + _ADVERB + r")?(?:have" + _GIVEN + r"|bring|possess|hold|speak|must|need|should)|you'll (?:need|have"
    + _GIVEN + r"|bring)|(?<!if )you (?:" + _ADVERB + r")?are|you will (?:need|have" + _GIVEN + r"|"
    r"bring)|(?<!if )you're|must(?: have| be| hold| possess| speak| pass)?|required|(?:is|are)required|"
    r"(?<!will be )(?<!would be )essential|mandatory|"
    r"minimum|at least|\d{1,2}\+ ?(?:years?|yrs)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten)(?:-\d{1,2})?"
    r" ?(?:years?|yrs)'? (?:of|in|with|experience|working|professional|relevant|hands-on)|years of|"
    r"(?<!user )(?<!customer )(?<!guest )(?<!patient )(?<!client )(?<!visitor )(?<!player )(?<!member )"
    r"experience (?:in|with|of|as|using|working|building|leading|managing)|experienced (?:in|with)|"
    r"(?<!has )(?<!have )(?<!had )proven|track record|degree (?:in|from|level)|"
    r"(?:university|college|academic|bachelor'?s?|master'?s?|"
    r"associate'?s?|graduate|undergraduate|relevant|related|technical|engineering|4-year|four-year|a) degree|"
    r"bachelor'?s?|(?<!for the )(?<!for a )(?<!towards a )(?<!towards the )(?:master'?s|ph\.? ?d)"
    r"(?!" + DEGREE_AS_MODIFIER + r")|diploma|certif\w*|licen[cs]\w*|"
    r"knowledge (?:of|in|about)|understanding of|familiar\w*|proficien\w*|fluent\w*|fluency|command of|skills?|"
    r"ability to|able to|background (?:in|within|on)|expertise|" + CITIZENSHIP + r"|"
    r"clearance|authori[sz]ed to work|right to work|eligib\w+ to work|work permit|willing(?:ness)? to|"
    r"should have|ideal candidate|candidate (?:should|must)|self-starter|team player|detail-oriented|"
    r"hands-on|comfortable (?:with|in)|capable of|solid|strong|excellent|speak(?:s|ing)?|mindset|ambition to|"
    r"passion for|(?:keen|genuine|strong) interest in|eager(?:ness)? to|curiosity)\b", re.IGNORECASE)
_WE_DO = re.compile(r"\bwe(?:'re|'ve| are| have| will| do| build| make| use| give| help| believe| want| aim)\b",
                    re.IGNORECASE)
_OFFERED = re.compile(r"\b(?:you (?:have|get|will have) (?:the|every) (?:opportunity|chance|freedom|possibility)|"
                      r"(?:give|offer|provide)s? you (?:the|every|an?) (?:opportunity|chance|freedom|possibility)|"
                      r"you(?:['’]re| are) (?:(?:highly|strongly|warmly|always) )?"
                      r"(?:free|welcome|invited|encouraged) to|"
                      r"learn from (?:the best|experts|experienced|senior|our)|"
                      r"(?:you|the successful candidate|the candidate) will (?:join|become part of) (?:an?|our|the)|"
                      r"we encourage you to|you can also|we(?:['’]ll| will)? (?:support|help|train|coach|mentor) you\b|"
                      r"you(?:['’]ll| will) find the freedom|you can influence|you(?:['’]ll| will) have a say)\b",
                      re.IGNORECASE)
# Words of _REQUIRE that only describe: "Excellent training opportunities" offers, it asks for nothing.
_DESCRIBING = frozenset({"excellent", "strong", "solid"})
# "Bring experience with ...", "Deliver fluency in ...": a duty's verb put before what the candidate must have.
_BRINGS = re.compile(r"^(?:bring|brings|deliver|delivers|demonstrate|demonstrates|possess|possesses|offer|offers|"
                     r"show|shows)\b[^.;]{0,25}?\b(?:fluen\w*|knowledge|experience|expertise|proficien\w*|"
                     r"understanding|skills?|background|track record)\b", re.IGNORECASE)
# "preferably within maintenance" qualifies one part of a must-have; it makes a unit a nice-to-have only when
# nothing in it says the rest is required.
_SOFT_NICE = re.compile(r"\b(?:preferably|ideally|preferred)\b", re.IGNORECASE)
# "isrequired": words run together in a paragraph pasted from a PDF
_MUST = re.compile(r"\b(?:you (?:" + _ADVERB + r")?(?:have|must|need)|must|required|(?:is|are)required|"
                   r"(?<!will be )(?<!would be )essential|"
                   r"mandatory|minimum|"
                   r"at least|\d{1,2}\+ ?(?:years?|yrs))\b", re.IGNORECASE)
# A must said in words ("Fluent English is a must"): in a list of what is preferred, "3+ years of X" or "at least
# a year of Y" is more of what is preferred, not a must.
_SAID_MUST = re.compile(r"\b(?:you (?:" + _ADVERB + r")?(?:must|need)|must|required|(?:is|are)required|"
                        r"(?<!will be )(?<!would be )essential|mandatory)\b", re.IGNORECASE)
# The right to work the job asks for, wherever it stands: "will not sponsor a new applicant", "must be authorized
# to work in the US"; never merely preferred.
_WORK_RIGHT = re.compile(r"\b(?:(?:not|no|unable to|cannot|can't|won't) (?:\w+ ){0,2}sponsor\w*|"
                         r"authori[sz]ed to work|right to work|work permit|" + CITIZENSHIP + r")", re.IGNORECASE)
# A statement about the post or the process in the third person ("The place of employment is ...", "The final
# selection will be made by ...") or a pointer to more of it ("For information about enrolment, see ...").
_TERMS_STATED = re.compile(r"(?:(?-i:[A-Z][\w-]*)(?: and| &| of)? ){0,4}?"  # a heading run into it ("Approval and
                           # Enrolment The scholarships are ...")
                           r"(?:(?:the|this|these|all) (?:[\w<>-]+ ){0,6}?(?:is|are|will be|was|were|has been|"
                           r"have been)\b|for (?:more |further )?information\b)", re.IGNORECASE)
_STRONG_BENEFIT = re.compile(r"^(?:we (?:also |can |will |'ll )?(?:offer|provide|give|invest)|no matter (?:if|whether)|"
                             r"(?:the|this) (?:position|role|job) (?:offers|provides|gives)|"
                             r"you(?:'ll| will) (?:get|receive|enjoy|discover)|in return|what we offer)\b",
                             re.IGNORECASE)
# "You will lead the team" is a duty; "You will have QTS", "The successful candidate will hold a licence" ask.
_RESPONSIBLE = re.compile(r"\b(?:(?:you will|you'll|(?:the |successful )?candidate will)(?! (?:need|have|hold|possess|"
                          r"bring|be (?:able|expected to have|required|qualified|fluent|a |an |comfortable|skilled|"
                          r"experienced|familiar|confident|proficient|passionate|eager))\b)|responsible for|"
                          r"(?:the|this) [a-z]+ will (?!need|have|hold|possess|bring)|(?:he|she|they) (?:or she )?will|"
                          r"responsibilit\w+|your role|in this role|duties|"
                          r"will be (?:responsible|expected|working)|tasks? include|day-to-day|on a daily basis|"
                          r"you would|your (?:job|mission|work) (?:is|will))\b", re.IGNORECASE)
# The job described in the third person, its title as the subject: "The Principal Cloud Architect possesses a
# broad understanding ...", "... the Senior Designer uses a consultative approach": what the role is, a duty.
_ROLE_DOES = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur) (?!(?:[Ii]deal|[Ss]uccessful|[Rr]ight) )(?:[A-Z][\w-]*)"
                        r"(?: [A-Z][\w-]*){0,4} (?:is|uses|leads|possesses|applies|provides|drives|engages|works|acts|"
                        r"serves|ensures|reports|supports|owns|manages|oversees|partners|collaborates|develops|"
                        r"designs|builds|defines|has|brings|plays|holds)\b|"
                        r"\b[Aa]s (?:(?:our|the|a|an) )?(?:new )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3},? (?:we see )?you "
                        r"(?!(?:need|must|should|have|bring|hold|are expected to have)\b)")
_DOING = frozenset(
    "acting assisting building collaborating conducting coordinating creating defining delivering designing "
    "developing driving ensuring establishing helping identifying implementing leading maintaining managing "
    "monitoring owning participating performing planning preparing providing reviewing supporting taking "
    "training working writing analysing analyzing operating serving cooking cleaning installing repairing "
    "design build develop manage lead support participate ensure maintain create collaborate drive own provide "
    "prepare deliver implement write help coordinate monitor conduct analyze analyse identify assist perform "
    "review train plan partner mentor report handle oversee operate serve cook clean install repair greet "
    "process respond answer teach care administer document act work contribute shape define execute run "
    "gain transform migrate improve optimize optimise automate integrate deploy evaluate investigate".split())
_BENEFIT = re.compile(r"\b(?:we offer|we provide|you(?:'ll| will) (?:get|receive|enjoy)|perks?|(?<!to )benefits?|"
                      r"you (?:have|get|will have) the (?:opportunity|chance|freedom|possibility)|"
                      r"profit[- ]shar\w+|share units|employee (?:stock|share)s?|"
                      r"we encourage you to|you can also|"
                      r"coffee|snacks?|fruit|lunch(?:es)?|gym|discount\w*|paid (?:time off|leave|holidays?)|"
                      r"vacation|holidays?|pension|insurance|401\(?k\)?|stock options?|equity|bonus(?:es)?|"
                      r"(?:career|training|learning|development|growth) (?:opportunities|budget|programs?)|"
                      r"career (?:development|growth)|(?:personal|professional) development|"
                      r"learning budget|wellness|flexible (?:hours|working|schedule)|parental leave|"
                      r"competitive (?:salary|pay|package|compensation)|team events?|free\b|subsidi[sz]ed|"
                      r"public transport|(?:transport|travel|commuter) (?:ticket|pass|card|allowance)|"
                      r"office space|(?:working|work) atmosphere|equipment of your choice|"
                      r"(?:we|will) (?:support|help with|cover|pay for) (?:your|the) (?:relocation|move|visa)|"
                      r"relocation (?:support|allowance|package|assistance|help))",
                      re.IGNORECASE)
_COMPANY = re.compile(r"^(?:we are|we're|we have|we've|our (?:company|mission|team|vision|story|client|"
                      r"customers|goal|purpose|values|staff|culture|people|platform|product)|founded|at \w[\w&.-]*,? "
                      r"we|(?:the )?[A-Z<][\w&<>.-]*(?: [A-Z<][\w&<>.-]*){0,4} (?:is|are|was|has|have|provides|"
                      r"offers|helps|builds|makes|develops|strives|creates|serves|operates|aims|designs|manufactures|"
                      r"produces|delivers|employs|speciali[sz]es|supplies|sells|runs|owns))\b|"
                      r"^(?:[Tt]he |[Oo]ur )?(?:[\w<>-]+ )?team (?:consists of|comprises|is made up of|includes)\b|"
                      r"\b(?:headquarter\w*|founded in|leading (?:provider|supplier|company|manufacturer)|"
                      r"employees worldwide|our customers|(?:global|world|market) (?:player|leader))\b")
# A part of the organisation said to have or do something: "The Biological and Chemical Engineering Section has".
_UNIT_SAYS = re.compile(r"\b(?-i:The)(?: (?-i:[A-Z][\w&()-]*)| and| of| for| &){0,6} (?:section|department|group|team|"
                        r"centre|center|institute|university|faculty|lab|laboratory|company|unit|division|school) "
                        r"(?:has|have|is|are|was|offers|provides|works|conducts|hosts|runs|leads)\b", re.IGNORECASE)
_OUR_VOICE = re.compile(r"\b(?:our|we|we're|we've|us)\b", re.IGNORECASE)
_ASK_NOUNS = re.compile(r"\b(?:experience\w*|knowledge|skill\w*|degree|diploma|familiar\w*|proficien\w*|"
                        r"understanding|abilit\w+|able|background|certif\w*|licen[cs]\w*|fluen\w*|years?|"
                        r"qualif\w*|expert\w*)\b", re.IGNORECASE)
_THEIR_CLAUSE = re.compile(r",?\s+(?:which|that|as|where|since|because|while)\s+(?=(?:we|our|us)\b)", re.IGNORECASE)
_TO_THE_CANDIDATE = re.compile(r"\b(?:you|your|yours|candidates?|applicants?|someone|somebody|a person|people who|"
                               r"looking for|seeking)\b", re.IGNORECASE)
_CHATTER = re.compile(r"^(?:hi|hello|hey|nice to meet|welcome|thank|thanks|dear|greetings|we hope)\b|!\s*$|"
                      r"^(?:and )?(?:(?:do|are|can|would|could|will|have) you|(?:does|do) (?:this|it|that) sound)\b"
                      r"[^?]*\?\s*$", re.IGNORECASE)
# "... this is the job for you": a hook, unless it names something concrete ("If you have 5+ years ...")
_FOR_YOU = re.compile(r"\bthis (?:is|could be|might be) (?:the|your) (?:job|role|position|opportunity|place|team) "
                      r"for you\b", re.IGNORECASE)
_SURE_APPLY = re.compile(r"\b(?:apply online|send (?:us )?your (?:application|cv|resume)|"
                         r"applications? (?:must|should|will|can) be (?:submitted|sent|received|uploaded|made|marked)|"
                         r"click (?:here|on|the|below|apply))\b", re.IGNORECASE)
_ABOUT_US = re.compile(r"^(?:(?:most|many|all|some|several|each) of (?:them|us|our)\b|we|we're|we've|our|it is our|"
                       r"(?:the )?(?:atmosphere|culture|working environment|work environment|team spirit)\b|"
                       r"at [A-Z<][\w<>&.-]*(?: [A-Z<][\w<>&.-]*){0,3},? (?:your|our)\b|"
                       r"at [A-Z<][\w<>&.-]*,? we|about the (?:department|company|"
                       r"team|group|lab|unit))\b|^(?:with|since|for)\b[^.]{0,80}\b(?:we|our)\b|"
                       r"^(?:in|over|during|this|next|today|now|by|after|as)\b[^.,]{0,40}?,? (?:we|we're|we've|"
                       r"we'll)\b", re.IGNORECASE)
_ABOUT_YOU = re.compile(r"\b(?:you|your|yours|candidates?|applicants?|someone|people who|individuals?|a person|"
                        r"looking for|seeking|hiring)\b", re.IGNORECASE)
_PAY_WORDS = re.compile(r"\b(?:salary|salaries|wages?|pay scale|remuneration|compensation package)\b", re.IGNORECASE)
_LOOKING_FOR = re.compile(r"\b(?:looking for|seeking|searching for|hiring|in search of)\b", re.IGNORECASE)
_QUALIFIED = re.compile(r"\b(?:experienced|skilled|qualified|certified|licensed|registered|seasoned|"
                        r"with (?:\d+|at least|a minimum of|proven|solid|strong|some) |who (?:has|have|knows?|can))\b",
                        re.IGNORECASE)
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z /&'-]{1,30}):\s?(?=\S)")
_SECTION_ROLES: dict[str, UnitRole] = {
    "Requirements": "requirement", "Skills": "requirement", "Experience": "requirement", "Education": "requirement",
    "Certifications": "requirement", "Languages": "requirement", "Nice to have": "nice-to-have",
    "Responsibilities": "responsibility", "Benefits": "benefit", "About the company": "company-info",
    "Interview process": "how-to-apply",
}


# Words a heading is made of; a short unit of only these words is a heading, whatever section it sits in.
_HEADING_WORDS = frozenset("job role position description profile cv resume overview summary details introduction "
                           "opportunity team company environment culture offer perks benefits about us you your our "
                           "the a what who we why how work working tasks mission missions requirements skills "
                           "qualifications responsibilities duties apply application contact more information "
                           "info and of for to in need bring expect expectations ideal candidate looking must have "
                           "should required will offer criteria essential desirable specification".split())
_RHETORICAL = re.compile(r"^(?:(?:and |so )?(?:do|are|can|would|could|will|have|want|is|did) you|what if|why not|"
                         r"ready to|looking for (?:a|an|the|your) |how about|what about|fancy|interested in|"
                         r"if you (?:want|are looking|like|love|enjoy|fancy|would like|are ready))\b[^?]{0,300}\??\s*$",
                         re.IGNORECASE)


_MISSION = re.compile(r"^at [A-Z<][\w<>&.-]*(?: [A-Z<][\w<>&.-]*){0,3},? (?:your|our) [^.]{0,80}\bhelp(?:s)? us\b",
                      re.IGNORECASE)
_HOOK = re.compile(r"^(?:if you (?:want|are looking|like|love|enjoy|fancy|would like|are ready|are hungry|are eager|"
                   r"are passionate|are excited|are curious|thrive|have what it takes|dream)|by joining|"
                   r"when you join)\b", re.IGNORECASE)
# "We believe that empowering people ... gives you everything you need": how they work, whatever "you need" says.
_BELIEF = re.compile(r"^we (?:strongly |firmly |truly )?(?:believe|think|know|feel)\b", re.IGNORECASE)
# "We are looking for an enthusiastic and driven Software Engineer who can make a large impact": the sentence that
# introduces the role; it asks something only when it goes on to name it ("... with SAP knowledge", "... who has").
_INTRODUCES = re.compile(r"\b(?:looking for|seeking|searching for|hiring)\s(?:an?|the|our)\s[^.;:]{0,80}?\b"
                         r"(?:engineer|developer|manager|analyst|designer|specialist|consultant|accountant|scientist|"
                         r"architect|nurse|teacher|technician|electrician|coordinator|administrator|assistant|chef|"
                         r"driver|lead|director|officer|[a-z]*ician)s?\b(?P<rest>[^.;:]*)", re.IGNORECASE)
_NAMES_AN_ASK = re.compile(r"\b(?:with|who (?:has|have|knows?|brings?|holds?|is (?:experienced|skilled|fluent|"
                           r"familiar|proficient|able))|years?|degree|knowledge|experience|skills?|background|"
                           r"licen[cs]e|certifi\w*|fluent\w*|speaks?)\b", re.IGNORECASE)
# travel in an amount: "45 days of international travel", "travel up to 30%", "2 nights a week away"
_TRAVEL_ASK = re.compile(r"\b\d{1,3} ?(?:%|days?|weeks?|nights?)\b[^.;]{0,30}?\btravel\w*|"
                         r"\btravel\w*\b[^.;]{0,30}?\b\d{1,3} ?(?:%|days?|weeks?|nights?)\b", re.IGNORECASE)
_CONCRETE = re.compile(r"\d|\byears?\b|\bdegree\b|certif|licen[cs]", re.IGNORECASE)


# The parts a heading made of heading words opens wherever it stands: what is asked, and what the job is.
_OPENED_ANYWHERE = frozenset({"Requirements", "Nice to have", "Skills", "Experience", "Education", "Responsibilities"})


def heading_words(text: str) -> bool:
    """True for a short text made only of the words headings are made of ("Job description", "Your Job")."""
    words = re.findall(r"[A-Za-z']+", text)
    return 1 <= len(words) <= 4 and len(text) <= 40 and not re.search(r"\d", text) \
        and all(word.lower() in _HEADING_WORDS for word in words)


def says_nothing(text: str) -> bool:
    """True when fewer than three letters are left once masked names and punctuation are gone ("( <LOCATION> )")."""
    return len(re.sub(r"<[A-Z]+>|[\W\d_]", "", text)) < 3


def _mostly_masked(text: str) -> bool:
    """True when a third or more of the words are redacted names ("<ORGANIZATION> <ADDRESS> <LOCATION> ...")."""
    words = text.split()
    return len(words) >= 4 and 3 * sum(w.startswith("<") and w.rstrip(".,:;)").endswith(">") for w in words) \
        >= len(words)


def without_label(text: str) -> str:
    """A "Label: value" unit without a posting label that names its topic ("Job type: Full-time" → "Full-time");
    any other text as it is ("Hybrid: 2 days a week" keeps "Hybrid")."""
    match = _LABEL.match(text)
    if match is None or label_role(text) is None or not text[match.end():].strip():
        return text
    return text[match.end():].lstrip()


def label_role(text: str) -> UnitRole | None:
    """The role a "Label: value" unit's label gives ("Job type: Full-time" → employment-type), or None."""
    match = _LABEL.match(text)
    return LABEL_ROLES.get(match.group("label").strip().lower()) if match else None


def _asks(text: str) -> bool:
    """True when the unit asks something of the candidate: a requirement word that is more than an adjective on a
    perk ("Excellent training opportunities" offers; "Excellent English" asks)."""
    found = [m.group(0).lower() for m in _REQUIRE.finditer(text)]
    if not found:
        return False
    # "an ever changing field that merges human service with excellent software": it describes, and of no person
    return not (all(word in _DESCRIBING for word in found) and (_BENEFIT.search(text) or not _ABOUT_YOU.search(text)))


def names_an_ask(text: str) -> bool:
    """True when a few words name something a candidate can have or be ("Valid driving licence", "Fluent
    Danish", "Own car"): a requirement word, an ask noun ("experience", "degree") or a qualification."""
    return _asks(text) or bool(_ASK_NOUNS.search(text) or _QUALIFIED.search(text) or _MUST.search(text)
                               or CONDITION_WORDS.search(text))


# Possession and conditions that short items of a requirements list ask in two or three words.
CONDITION_WORDS = re.compile(r"\b(?:own|valid|clean|available|availability|willing\w*|eligib\w*|citizen\w*|"
                             r"clearance|permit|visa|travel\w*|relocat\w*|shifts?|weekends?|nights?|driv\w+|car|"
                             r"vehicle|age[ds]?|over|minimum|min|at least)\b", re.IGNORECASE)


# Words of _REQUIRE that ask only a disposition ("eager to join", "passion for"): no skill, field or record.
_TRAIT_WORDS = re.compile(r"^(?:eager(?:ness)? to|passion for|ambition to|curiosity|mindset|self-starter|team player|"
                          r"(?:keen|genuine|strong) interest in|willing(?:ness)? to|you(?:'re| are))$", re.IGNORECASE)


def _only_traits(text: str) -> bool:
    """True when every requirement word of the unit asks only a disposition ("looking for bright minds eager to
    join a dynamic organization")."""
    found = [m.group(0) for m in _REQUIRE.finditer(text)]
    return bool(found) and all(_TRAIT_WORDS.match(word) for word in found) and not _QUALIFIED.search(text)


# A wish in brackets names which one would be best ("the public cloud (ideally AWS)"): the ask is still an ask.
# a wish in brackets inside an ask: "... in C# ( ideally .NET 6 )", "... development ( WPF knowledge is a plus )"
_BRACKETED_WISH = re.compile(r"\(\s*(?:ideally|preferably)\b[^()]*\)|\([^()]{0,60}?\b(?:is|are|would be) (?:an? )?"
                             r"(?:plus|bonus|advantage|asset)\b[^()]{0,20}\)", re.IGNORECASE)


def _nice(text: str) -> bool:
    text = _BRACKETED_WISH.sub("", text)
    found = _NICE.search(text)
    if not found:
        return False
    return not (_SOFT_NICE.fullmatch(found.group(0)) and _MUST.search(text, 0, found.start()))


def _introduces_role(text: str) -> bool:
    """True for the sentence that introduces the role and asks nothing named of the candidate (see _INTRODUCES)."""
    found = _INTRODUCES.search(text)
    return found is not None and not _NAMES_AN_ASK.search(text, 0, found.start()) \
        and not _NAMES_AN_ASK.search(found.group("rest"))


def _starts_with_doing(text: str) -> bool:
    first = text.split(" ", 1)[0].strip(",:;").lower()
    return first in _DOING


# A duty said to the one who will do it: "As our Backend Engineer you set the basis for ..." is the job, even when
# the line also says "full-time".
_DESCRIBES_DUTY = re.compile(r"\bas (?:our|the|a|an) [\w -]{2,40}? you (?!need|must|should|have|bring|are)[a-z]+",
                             re.IGNORECASE)


# A short statement in a list ("Memes - the struggle is real", "Coffee is free"): a clause of its own, no ask.
_REMARK = re.compile(r"\b(?:is|are|was|were)\b", re.IGNORECASE)
_REMARK_WORDS = 8


def _factual(text: str, topics: frozenset[str]) -> UnitRole | None:
    """pay, employment type, schedule or location: a unit that states one of these and asks nothing of the
    candidate (short, no requirement words)."""
    if "pay_range" in topics:
        return "pay"
    asks = _REQUIRE.search(text)
    short = len(text.split()) <= 8
    for topic, role in (("employment_type", "employment-type"), ("schedule", "schedule"),
                        ("location", "location"), ("remote_policy", "location")):
        if topic in topics and (short or not asks and not _DESCRIBES_DUTY.search(text)):
            return role  # type: ignore[return-value]
    return None


# An advert's teaser: what the job offers whoever has it all ("... you have the opportunity for a unique and
# exciting job"), asked of no one, whatever "if you have" it opens with.
_TEASER = re.compile(r"\byou (?:have|get|will have|now have) (?:the|an|a|your) (?:\w+ ){0,2}(?:opportunity|chance) "
                     r"(?:for|of) (?:a|an|the) (?:[\w-]+ ){0,4}(?:job|role|position|career|challenge)\b", re.IGNORECASE)


# Help the company gives the new hire: "our Mentor can also help you improve your skills", "Our mentor developer
# will be there to ... support you", "support you in improving your skills".
_SUPPORT_OFFERED = re.compile(r"\b(?:our|your|a) (?:\w+ ){0,2}(?:mentors?|buddy|buddies|coach(?:es)?)\b(?: \w+){0,4}? "
                              r"(?:(?:can|will) (?:also )?(?:help|support|guide|train|coach) you|will be there to)\b|"
                              r"^support you\b", re.IGNORECASE)
_OPPORTUNITY_TO = re.compile(r"(?:in this role )?you(?: will|'ll)? (?:have|get) (?:an?|the) (?:\w+ )?"
                             r"(?:opportunity|chance) to\b|"
                             # "<ORGANIZATION> offers you an excellent opportunity to build your qualifications"
                             r"(?:[\w<>&.-]+ ){1,4}(?:offers|gives|provides) you (?:an?|the) (?:\w+ )?"
                             r"(?:opportunity|chance) to\b", re.IGNORECASE)


def unit_role(text: str, section: str, *, heading: bool = False, title_like: bool = False) -> UnitRole:
    """The role of one unit (see _unit_role); "You will have an opportunity to work closely with stakeholders"
    offers the job's work, and asks nothing of the candidate."""
    role = _unit_role(text, section, heading=heading, title_like=title_like)
    if role in ("requirement", "nice-to-have") and _OPPORTUNITY_TO.match(text.replace("’", "'")):
        return "responsibility"
    if role in ("requirement", "nice-to-have") and _SUPPORT_OFFERED.search(text):
        return "benefit"  # "our Mentor can also help you improve your skills in DevOps": what they give
    if role == "other" and _language_asked(text):
        return "requirement"  # "English spoken and written mastered at high level .": asked wherever it stands
    return role


_LANGUAGE_ASK_WORDS = 12  # a language and its level, said in a few words


def _language_asked(text: str) -> bool:
    """True for a short unit naming a language one speaks and the level asked of it, with no verb of its own
    ("English spoken and written mastered at high level", "Fluent German")."""
    from afterword.analysis.language_levels import asked_rank, spoken_language
    from afterword.analysis.taxonomy import default_taxonomy

    if len(text.split()) > _LANGUAGE_ASK_WORDS or asked_rank(text) is None:
        return False
    taxonomy = default_taxonomy()
    return any(spoken_language(taxonomy, word) for word in re.findall(r"[A-Za-z]+", text))


def _unit_role(text: str, section: str, *, heading: bool = False, title_like: bool = False) -> UnitRole:
    """The role of one unit. ``section`` is the canonical section of its line ("Requirements", "Header" ...),
    ``heading`` marks a heading (a heading line or one found inside a paragraph), ``title_like`` a unit near the
    top of the posting that names a job title."""
    if heading:
        return "heading"
    text = text.replace("’", "'")  # "You’ll work with ...": the patterns spell the apostrophe straight
    labelled = label_role(text)
    if labelled in ("contact", "how-to-apply", "title", "pay", "employment-type", "location", "schedule"):
        return labelled
    if _CONTACT.search(text) and (len(text.split()) <= 25 or not _REQUIRE.search(text)):
        return "contact"
    if _LEGAL.search(text) and not _ASKS_KNOWING.match(text):
        return "legal"  # "Knowledge of GDPR", "Experience with equal-opportunity law" ask it of the candidate
    topics = topics_in(text)
    if title_like and len(text.split()) <= 12:
        return "title"
    if _mostly_masked(text):
        return "other"  # a header of redacted names and a date ("<ORGANIZATION> <ADDRESS> ... Date posted:")
    if heading_words(text) and section_name(text.rstrip(": ")) in _OPENED_ANYWHERE \
            and not re.match(r"(?:how to )?apply|applications?\b", text, re.IGNORECASE) \
            and _SECTION_ROLES.get(section) not in ("requirement", "nice-to-have"):
        return "heading"  # "... expect some travel The qualifications you need You have ...": a part opens
    stripped = text.rstrip()
    if stripped.endswith(":") and len(text.split()) <= 12 or stripped.endswith("?") and len(text.split()) <= 3:
        return "heading"  # "You will need:", "Interested?"
    if trailing_lead_in(text):
        return "heading"  # "What you'll be working on…", "Skills & experiences exciting to us…": it opens a list
    if _APPLY.search(text) and not (section in ("Requirements", "Nice to have") and _REQUIRE.search(text)
                                    and not _SURE_APPLY.search(text)):
        return "how-to-apply"
    if labelled:
        return labelled
    if _STRONG_BENEFIT.search(text):
        return "benefit"  # "We offer a mentor and a study week": what they give, though it opens with "We"
    if _ABOUT_US.search(text) and not _ABOUT_YOU.search(text) and not _MUST.search(text):
        return "company-info"  # "Our culture is important to us", "We do daily standups": about them, asks nothing
    if _PAY_WORDS.search(text) and not _MUST.search(text) and _SECTION_ROLES.get(section) != "responsibility":
        return "pay"  # "we are willing to pay a salary above the collective agreement"
    if _MISSION.match(text) and not _MUST.search(text):
        return "company-info"  # "At Acme your skills and ambition help us change lives": the mission, no ask
    if _TEASER.search(text):
        return "other"  # "If you have ... you have the opportunity for a unique and exciting job now": the pitch
    if _BELIEF.match(text) and not re.search(r"\byou (?:must|should|need to) (?:have|be|know|bring|speak)\b", text,
                                              re.IGNORECASE):
        return "company-info"
    if _introduces_role(text):
        return "other"
    if (_HOOK.match(text) or stripped.endswith("?") and _RHETORICAL.search(text) or _FOR_YOU.search(text)) \
            and not _CONCRETE.search(text) and not _MUST.search(text):
        return "other"  # "If you are looking for a sense of purpose ...", "Looking for a job where ...?": a hook
    factual = _factual(text, topics)
    default = _SECTION_ROLES.get(section)
    if _STRONG_BENEFIT.search(text):
        return "benefit"
    if factual and default == "responsibility" and len(text.split()) > 8:
        factual = None  # "Take part in the on-call rotation": a duty that also states the schedule
    if default == "benefit" or (default is None and _BENEFIT.search(text) and not _asks(text)):
        return factual if factual == "pay" else "benefit"
    if default == "company-info" and factual != "pay":
        return "company-info"  # "All interviewing is remote" in the company's own story says nothing of the job
    if factual and default not in ("requirement", "nice-to-have"):
        return factual
    if default in ("requirement", "nice-to-have"):
        if factual and not _REQUIRE.search(text):
            return factual
        if says_nothing(text) or _mostly_masked(text):
            return "other"  # "( <LOCATION> )", a header of redacted names and a date: nothing left to ask for
        if len(text.split()) <= _REMARK_WORDS and _REMARK.search(text) and not _REQUIRE.search(text) \
                and not _nice(text):
            return "other"  # "Memes - the struggle is real": a remark between the items, asking nothing
        if heading_words(text):
            return "other"  # "Job description", "Your Job", "cv": a stray heading in the list (the list goes on)
        if _COMPANY.search(text) and not _ABOUT_YOU.search(text) and not _asks(text) and not _nice(text):
            return "company-info"  # "<ORGANIZATION> is geared towards its users" asks nothing of the candidate
        if _COMPANY.match(text) and not _REQUIRE.search(text) and not _nice(text) \
                and not re.search(r"\byou", text, re.IGNORECASE) and not _LOOKING_FOR.search(text):
            return "company-info"  # "Morgan is a global leader ... for wealthy individuals": its clients, not you
        main = _THEIR_CLAUSE.split(text, maxsplit=1)[0]  # "Python and Go, which we use daily": the ask is before it
        if _WE_DO.search(main) and not _ABOUT_YOU.search(text) and not _MUST.search(text) and not _nice(text):
            return "company-info"  # "The first skill we are giving our AI is ...": what they do, not an ask
        if _OUR_VOICE.search(main) and not _TO_THE_CANDIDATE.search(text) and not _asks(text) and not _nice(text) \
                and not _ASK_NOUNS.search(text):
            return "company-info"  # "<ORGANIZATION>'s most important resource is our people": their voice, no ask
        if _OFFERED.search(text) and not _MUST.search(_OFFERED.sub("", text)):
            return "benefit"  # "you have the opportunity to shape our frontend": offered, not asked
        if _RESPONSIBLE.search(text) and re.search(r"\byou(?: will|'ll)\b", text, re.IGNORECASE) \
                and not _MUST.search(text):
            return "responsibility"  # "after some years ... you will train our new colleagues": a duty to come
        if _RHETORICAL.search(text) and (not _MUST.search(text) or _HOOK.match(text) and not _CONCRETE.search(text)):
            return "other"  # "Do you want to create great things together?": a hook, not a requirement
        if not _asks(text) and (_BENEFIT.search(text) or _CHATTER.search(text)):
            return "benefit" if _BENEFIT.search(text) else "other"  # "Delicious coffee", "Nice to meet you!"
        if _TERMS_STATED.match(text) and len(text.split()) >= 10 and not _REQUIRE.search(text) \
                and not re.search(r"\byou", text, re.IGNORECASE):
            return "other"  # "The scholarships are subject to academic approval ...": the terms, asked of no one
        if default == "nice-to-have" and (_SAID_MUST.search(text) or _WORK_RIGHT.search(text)) and not _nice(text):
            return "requirement"  # "Fluent English is a must" in a list of extra points: still a must
        return "nice-to-have" if default == "nice-to-have" or _nice(text) else "requirement"
    asks = _asks(text)
    if default == "responsibility":
        if _OFFERED.search(text) and not _MUST.search(_OFFERED.sub("", text)):
            return "benefit"  # "you have the opportunity to determine the future of our frontend": offered
        if not asks and _BENEFIT.search(text) and not _starts_with_doing(text) and not _RESPONSIBLE.search(text):
            return "benefit"  # "Excellent training opportunities" run into the duties: a perk
        if asks and (not _RESPONSIBLE.search(text) and not _starts_with_doing(text) and not _ROLE_DOES.search(text)
                     or _BRINGS.match(text)):
            return "nice-to-have" if _nice(text) else "requirement"
        return "responsibility"
    if default == "company-info":
        return "company-info"
    if default == "how-to-apply":
        return "how-to-apply"
    # No section says what it is: the unit's own words must.
    if _TRAVEL_ASK.search(text):
        return "requirement"  # "45 days of international travel activity fits your working style": asked of you
    if _OFFERED.search(text) and not _MUST.search(_OFFERED.sub("", text)):
        return "benefit"  # "In this environment you have every chance to develop your abilities"
    if _CHATTER.search(text):
        return "other"  # "Do you have what it takes ...?": a hook, not a requirement
    if _ABOUT_US.search(text) and _LOOKING_FOR.search(text) and not _MUST.search(text) and _only_traits(text):
        return "company-info"  # "We strive ... and are therefore looking for bright minds eager to join": a hook
    if _LOOKING_FOR.search(text) and (asks or _QUALIFIED.search(text)):
        # "We are looking for an experienced accountant with SAP knowledge."; "We greatly value people with
        # knowledge in ..." says what they like to see
        return "nice-to-have" if _nice(text) else "requirement"
    if (_COMPANY.search(text) or _UNIT_SAYS.search(text)) \
            and not re.search(r"\b(?:you|candidates?|applicants?)\b", text, re.IGNORECASE) and not _MUST.search(text):
        # "Conversational Spanish is required" says what is asked, not who they are; "... The Biological Engineering
        # Section has strong research expertise ..." says who they are, whatever heading ran into it
        return "company-info"
    if _WE_DO.search(text) and not _ABOUT_YOU.search(text) and not _MUST.search(text) and not _nice(text):
        return "company-info"  # "The 1st skill we are giving to our AI is ...": what they do, not an ask
    if _starts_with_doing(text) and not _MUST.search(text):
        return "responsibility"  # "Support the development of ...": a duty, whatever skills it names
    duty = bool(_RESPONSIBLE.search(text) or _ROLE_DOES.search(text))
    if asks and not duty:
        return "nice-to-have" if _nice(text) else "requirement"
    if duty:
        return "responsibility"
    if _BENEFIT.search(text):
        return "benefit"
    return "other"

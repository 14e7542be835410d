"""Parser stage, speakers: the people, organisations and documents a report introduces, what a
pronoun or a definite description ('the group', 'Mr. Lee', 'IMG') refers to, whether a claimant
is a plausible speaker at all, and one identity (id and display name) per speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.lexicon import (
    Lexicon,
    alternation,
    at_word_starts,
    number_names,
    number_words,
    ordered_alternation,
    word_start_scan,
)
from claimcheck.parse.numbers import _WORD_LIST as _NUMBER_WORDS
from claimcheck.when import MONTH, WEEKDAY

# --- what a claimant may be -------------------------------------------------------------------

PERSONAL = {"he", "she", "him", "her", "his"}
NEUTER = {"it", "its"}
PLURAL = {"they", "them", "their"}
FIRST_PERSON = {"we", "us", "our", "i", "my", "me"}
PRONOUNS = PERSONAL | NEUTER | PLURAL | FIRST_PERSON | {"you"}  # a name never opens with one
BARE = PERSONAL | NEUTER | PLURAL | FIRST_PERSON | {
    "this", "these", "those", "that", "one", "both", "the two", "the three", "all", "others",
    "some", "many", "who", "which", "there", "here",
}  # fmt: skip
FUNCTION_END = {
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with",
    "that", "which", "who", "as", "than", "its", "their", "his", "her", "our", "them", "him", "they", "among",
}  # fmt: skip
CLAUSE_VERB = re.compile(
    r"\s+(?:has|had|have|is|was|were|are|will|would|could|also|received|gave|give|gives"
    r"|disputed|disputes|rejected|rejects|denied|denies|accused|called|urged|said|says|added"
    r"|told|put|puts|estimated|confirmed|reported|recorded|documented|found|noted|warned"
    r"|demands|demanded|calls|urges|condemns|condemned|slams|blames|vows|seeks|cabled|sent"
    r"|responded|replied|wrote|commented|(?:posted|tweeted)(?!\s+by\b)|works|worked|lives|lived"
    r"|stands|stood|counts|tweets|stops|leaves|made|makes|continues?|marched|still|wants?|regrets?)\b.*$"
)  # a clause after the name: 'Amnesty International also received credible (reports)', a
#    headline's '— KLAF demands independent inquiry', 'Western embassies cabled home (estimates)',
#    a name with its sentence's verb: 'rights group counts (64)', 'the committee marched from (…)'
SENTENCE_INSIDE = re.compile(r"(?<![\w.])(?P<word>[A-Za-z]{3,})[.!?]\s+(?=\S)")
# a sentence's end inside a claimant: 'Lingya Precinct. The alliance (said 41)', 'UASD. The
# student collective': the speaker opens the second sentence (not 'Col. Mbele', an abbreviation)
LEADING_PARTICIPLE = re.compile(
    r"^(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Ss]peaking|[Rr]esponding|[Rr]eplying|[Cc]ommenting|[Rr]eacting)"
    r"\s+(?:about|on|to|over|of|by)\s+(?=\S)"
)  # 'Asked about the UGTT's claim that dozens …': the UGTT, not the clause
DISCOURSE_LEAD = re.compile(r"^(?:So|And|But|Well|Now|Okay|OK|Yes|Also),?\s+(?=\S+\s)")
LEADING_FROM = re.compile(r"^[Ff]rom\s+(?=(?:an?|the|my)\s+\S)")
RELATIVE_LEAD = re.compile(r"^(?!WHO\b)(?i:where|when|which|who|whom|whereas|while|as)\s+(?=\S)")
# a relative or time clause's opening word before its subject: 'In Los Angeles, where police
# estimated the crowd at 30,000': police (not 'WHO', the World Health Organization)
CARRIED_ON = re.compile(
    r"\b(?i:reports?|posts?|claims?|rumou?rs?|accounts?|videos?|messages?|footage|images?|photos?|allegations?"
    r"|information|news|figures?|numbers?|spread|circulat(?:ed|ing)|shared|posted)\s+(?:on|via)\s"
)  # what ran on a channel, named by it: no speaker before the channel to cut back to


@lru_cache(maxsize=8)
def _channel_tail(lex: Lexicon) -> re.Pattern[str]:
    """Where a claimant's name ends in where it was said (lexicon speakers.channels and
    speakers.account_channels): 'on TV',
    'on its Telegram channel'; a body's own account ("the fire brigade's Twitter"), but not a
    broadcaster ("Iran's state TV" speaks for itself).

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_channel_tail(lex).sub("", s) for s in ["Police on Citizen TV", "the army on its Telegram channel",
    ...  "The fire brigade's Twitter account", "Iran's state TV", "Radio Free Asia"]]
    ['Police', 'the army', 'The fire brigade', "Iran's state TV", 'Radio Free Asia']
    """
    channels = alternation(lex.data["speakers"]["channels"])
    accounts = alternation(lex.data["speakers"]["account_channels"])
    kind = r"(?:\s+(?:channel|account|page|feed|handle))?"
    return re.compile(
        rf"(?:\s+(?:on|via|in\s+a\s+post\s+on)\s+(?:(?:its|their|his|her|the)\s+)?(?:official\s+)?"
        rf"(?:(?-i:[A-Z][\w-]*)\s+){{0,2}}(?:{channels}){kind}"
        rf"|['’]s\s+(?:official\s+)?(?:{accounts}){kind})$",
        re.IGNORECASE,
    )


RELATIVE_TAIL = re.compile(
    r",?\s+(?:(?:that|which|who)\s+[a-z]+(?:ed|es)\b|where\s+(?:the\s+)?[a-z]|(?:who|whose)\s+\w).*$"
)  # 'the judicial tribunal that investigated the firing' -> 'the judicial tribunal'; 'a security
#    source who spoke on condition of anonymity' -> 'a security source'; 'top
#    official in the district where the hospital (is located)' -> 'top official in the district'
RUN_IN_HEADING = re.compile(r"^(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)\s*")  # '**Police.** EFE' -> 'EFE'
TIME_TAIL = re.compile(
    rf"""\s+(?:(?:on|late\s+on|early\s+on|earlier|later)\s+(?:\d{{1,2}}\s+)?[A-Z]?[a-z]+day\b.*
    |on\s+\d{{1,2}}\s+[A-Z][a-z]+.*|earlier\s+in\s+the\s+\w+|later\s+in\s+the\s+\w+
    |on\s+the\s+(?:morning|afternoon|evening|night|day)\s+of\s+(?:\d|the\s|that\s|its\s).*  # ('on the evening of the accident')
    |(?:on\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?
    |(?-i:today|yesterday|tonight|overnight)|at\s+the\s+time  # (lower-case: 'Great Lakes Today' is an outlet)
    |in\s+(?:the\s+)?(?:late\s+|early\s+|mid-?)?(?:morning|afternoon|evening)
    |the\s+(?:following|next|same|previous)\s+(?:day|morning|evening|night|week|month|year)
    |(?:(?:a|an|{number_words(1, 10)}|several|a\s+few|\d+)\s+)?
     (?:days?|weeks?|months?|years?|hours?)\s+(?:after|later|earlier|before)\b.*
    |(?:of|in|from|dated)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)$""",
    re.VERBOSE | re.IGNORECASE,
)  # 'Guinea's government on Thursday' -> "Guinea's government"; '… government four days after the slide'

PARTICIPLE_TAIL = re.compile(
    r"(?<=[a-z])\s+(?:set\s+up|established|created|formed|founded|appointed|convened|commissioned)"
    r"(?:\s+(?:by|in|after|on|to|under|last|this|at)\b.*)?$"
)  # a body and the participle of its founding: 'The commission established by parliament in 2004'

DESCRIPTION = re.compile(
    r"^(?:(?:the|this)\s+|(?=same\s))(?:[\w'’]+-based\s+|[a-z]+-[a-z]+\s+|(?:[Ss]ame|[Nn]ew|[Ll]ocal|[Ii]ndependent|[Ii]nternational|[Nn]ational"
    r"|[Rr]ights|[Mm]onitoring|[Ww]atchdog|[Hh]umanitarian|[Aa]dvocacy|[Pp]ress\s+freedom|[Mm]edical|[Aa]id"
    r"|[Rr]elief|[Ll]egal)\s+){0,3}"
    r"(?P<head>(?:two|three|four|both)\s+[a-z]+|[a-z]+)$",
    re.IGNORECASE,
)  # 'the group', 'The Office', 'the two organisations', 'The New York-based group', 'the rights group', '(the) same entity',
#    'the state-funded body', 'the semi-official commission' (a hyphenated adjective)
GENERIC_BODIES = frozenset({"the agency", "the institution", "the organisation", "the organization", "the body", "the entity", "the organism"})
# a description that fits any body, whatever its name's words: the organisation named last
SAME_ONE = re.compile(r"^(?:the\s+)?same\s+[a-z]+$", re.IGNORECASE)  # 'the same entity', 'same agency'
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?P<last>[A-Z][\w'’-]+)$")
ACRONYM = re.compile(r"^(?:the\s+)?(?P<acr>[A-Z][A-Z0-9&.-]{1,9})$")
ALL_CAPS = re.compile(r"[A-Z]{2,}")  # an acronym that spells a word: 'WHO'


@lru_cache(maxsize=8)
def _event_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation(lex.data['speakers']['event_nouns'])})"
        rf"(?:\s+(?:in|at|on|near|outside|during|of)\s+[^,;]{{1,40}})?$",
        re.IGNORECASE,
    )  # 'the clashes', 'a department store collapse in Accra''


FIGURE_HEAD = re.compile(
    r"^(?:an?|the)\s+(?:figure|number|count|total|toll|estimate)\s+(?=[a-zA-Z])(?!of\b|by\b|from\b|that\b|which\b)"
)  # 'a figure police have put at 15,000': the speaker after a rival figure's noun
TIME_HEAD_WORDS = frozenset({"by", "on", "until", "since", "after", "before", "as", "of", "within", "in", "over", "at"})
FIGURE_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "same"})  # before a figure's noun
PHRASE_PREPOSITIONS = frozenset({"in", "on", "at", "for", "with", "during", "after", "before", "since", "under", "across"})
TIME_ADVERBS = frozenset({"late", "early", "earlier", "later", "last", "this", "that"})  # heading a time phrase: 'Late on Tuesday', 'This week'

CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d\d)?(?:[ap]\.?m\.?|GMT|UTC)?,?|noon|midnight", re.IGNORECASE)  # 'At 15:20', 'at 3pm'

SPAN_WORDS = frozenset(
    "hour hours day days week weeks month months year years few two three several".split()
)  # a span after its preposition: 'Within a week the army', 'In two days the ministry'


DAY_OR_YEAR = re.compile(r"\d{1,2}|(?:1[89]|20)\d\d")


def _without_time_head(s: str, lex: Lexicon) -> str:
    """A name without a time phrase that opens it with a preposition ('By Thursday morning the
    Ministry of Government' -> 'the Ministry of Government', 'On Friday police' -> 'police');
    unchanged otherwise ('the Sunday Times', 'Monday Night Football', 'In Kabul police').

    >>> from claimcheck.lexicon import load_lexicon
    >>> _without_time_head("Within a week the army", load_lexicon())
    'the army'
    >>> _without_time_head("At 15:20 the ministry's spokesman", load_lexicon())
    "the ministry's spokesman"
    >>> _without_time_head("In Kabul the ministry", load_lexicon())
    'In Kabul the ministry'
    >>> _without_time_head("By 23 January the DCP", load_lexicon())
    'the DCP'

    A time adverb may open it too, with the time phrase it heads: 'Late on Tuesday night the
    Chief Minister's Office', 'Earlier in the day police', 'Last time in 2018 the ministry'.

    >>> [_without_time_head(n, load_lexicon()) for n in ["Earlier in the day police",
    ...  "Late on Tuesday night the Chief Minister's Office", "last time in 2018 the ministry",
    ...  "Early on Sunday the organisers", "Late last night the fire service", "Last Exit Records",
    ...  "This Attorney General's Office", "Early reports by the State Emergency Service",
    ...  "this week the health ministry", "That police figure"]]
    ['police', "the Chief Minister's Office", 'the ministry', 'the organisers', 'the fire service', 'Last Exit Records', "This Attorney General's Office", 'Early reports by the State Emergency Service', 'the health ministry', 'That police figure']
    """
    words = s.split()
    if len(words) < 3 or words[0].lower() not in TIME_HEAD_WORDS | TIME_ADVERBS:
        return s
    times = time_words(lex)
    k = 1
    while k < len(words) - 1 and (
        words[k].lower() != "the" or words[0].lower() in TIME_ADVERBS and words[k + 1].lower() in times
    ) and (  # ('in the day': a time's article, after an adverb of time only)
        words[k].lower() in times or words[k].lower() in SPAN_WORDS or CLOCK.fullmatch(words[k])
        or DAY_OR_YEAR.fullmatch(words[k])
        or words[0].lower() in TIME_ADVERBS and words[k].lower() in TIME_HEAD_WORDS | {"time"}
    ):  # ('By 23 January the DCP')
        k += 1
    return " ".join(words[k:]) if k > 1 else s


REPORTER_CLAUSE = re.compile(
    r"(?:[Tt]he\s+)?(?:[Rr]eporter|[Cc]orrespondent)\s+[a-z]+ed|[Ff]rom\s+our\s+(?:own\s+)?(?:correspondents?|reporters?)\b.*"
)
# 'Reporter checked (found that …)': a clause of the writer's own voice, no speaker (but 'our
# reporter', 'our correspondent', 'a Reuters reporter' name one: a live blog's own count)


def tidy(name: str | None, lex: Lexicon) -> str | None:
    return _tidy(name, lex) if name else None


@lru_cache(maxsize=16384)
def _tidy(name: str, lex: Lexicon) -> str | None:
    """A claimant as a speaker's name, or None when it is none: a trailing time phrase or
    clause is cut ('Guinea's government on Thursday', 'the army has always'), and a bare
    pronoun, a fragment, an event noun or a clause is no speaker.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [tidy(n, lex) for n in ["Guinea's government on Thursday", "Report of the", "He",
    ...  "The two", "Election-related violence", "the army has always", "police first",
    ...  "The first official figure came from the Zimbabwe Republic Police",
    ...  "officials Thursday who", "Officials originally", "The union thus",
    ...  "a security source who spoke on condition of anonymity"]]
    ["Guinea's government", None, None, None, None, 'the army', 'police', 'the Zimbabwe Republic Police', 'officials', 'Officials', 'The union', 'a security source']
    """
    if not name:
        return None
    s = RUN_IN_HEADING.sub("", " ".join(name.split())).strip(" ,;:.\"'“”‘’(—–->")
    if s.endswith(")") and "(" not in s:
        s = s.rstrip(")")
    ends = [m for m in SENTENCE_INSIDE.finditer(s) if m["word"].lower() not in lex.grammar["abbreviations"]]
    if ends and plausible(s[ends[-1].end() :], lex):
        s = s[ends[-1].end() :]  # 'Lingya Precinct. The alliance (said …)': the second sentence's subject
    s = OBJECT_LEAD.sub("", s)  # '(told) us Marian', '(twice) the organiser's estimate': Marian, the organiser
    if s.split(" ", 1)[0].lower() in TIME_ADVERBS:
        s = _without_time_head(s, lex)  # (before a time tail is cut: 'Late on Tuesday night the ministry' is not 'Late')
    s = TIME_TAIL.sub("", s)
    s = PARTICIPLE_TAIL.sub("", s)  # 'A truth commission set up in 2004': the commission
    if not CARRIED_ON.search(s):  # ('Reports on social media', 'posts on X' are the posts)
        s = _channel_tail(lex).sub("", s) or s  # 'Police on TV', "the fire brigade's Twitter account"
    s = LEADING_FROM.sub("", s)  # a forwarded message's 'From a nurse at the hospital: …'
    s = DISCOURSE_LEAD.sub("", s)  # a speaker's 'So the council's official figure is 14'
    s = RELATIVE_LEAD.sub("", s)  # 'where police (estimated the crowd at 30,000)': police
    s = LEADING_PARTICIPLE.sub("", s)
    s = _without_time_head(s, lex)  # 'By Thursday morning the ministry' -> 'the ministry'
    if (head := LEADING_ADVERBIAL.match(s)) and head.end() < len(s):
        s = s[head.end() :]  # 'Sunday morning the spokeswoman …', 'In the capital the Hospital Escuela'
    s = CONTACT_CLAUSE.sub("", s)  # 'Hospital staff I know (say …)': the staff
    s = TRAILING_PRONOUN.sub("", s)  # 'social networks they (claimed)'
    if contracted := CONTRACTED_SUBJECT.search(s):
        s = contracted["p"]  # "From the drone video I'd (put the crowd at …)": the writer, no one named
    s = CONTRARY_TO.sub("", s)  # '…, contrary to posts on social media that claimed 15 …': the posts
    if came := CAME_FROM.match(s):
        s = came["np"]  # 'The first official figure came from the Zimbabwe Republic Police(, whose …)': the police
    s = FIGURE_HEAD.sub("", s)  # ', a figure police have put at 15,000': the police
    s = strip_source_noun(s, lex, keep_reports_from=True)  # 'An independent estimate by researchers at …'
    s = IN_ITS_STATEMENT.sub("", s)  # 'The Government Delegation, in its Monday statement'
    owned = OWNED_ROLE_NAME.match(s)
    if owned:
        s = owned["name"]  # 'its chief doctor, Yerlan Abenov' -> 'Yerlan Abenov'
    issued = OWNED_DOCUMENT.fullmatch(s)
    if issued and issued["owner"].split()[-1].lower() not in OWNER_TIMES | time_words(lex):
        s = issued["owner"]  # "CONRED's first bulletin (reported 14 deaths)" -> 'CONRED'
    if s[:6].lower() == "among " and len(s.split()) > 1:
        s = s[6:]  # 'Among historians, estimates vary …': the historians
    counted = COUNTED_AND.match(s)
    if counted:
        s = counted["rest"]  # '… counted 65,000 people and the organisers talked of 100,000'
    for tail in (CLAUSE_VERB, RELATIVE_TAIL):
        cut = tail.search(s)
        if cut and cut.start() > 0:
            s = s[: cut.start()]
    words = s.split()
    while len(words) > 2 and words[-1].lower() in FUNCTION_END:
        words.pop()  # 'Local residents and the' (cut off before a second name)
    while len(words) > 1 and words[-1].islower() and words[-1] in lex.grammar["speaker_adverbs"]:
        words.pop()  # 'police first (put the crowd at …)', 'the ministry later'
    if len(words) < len(s.split()) and words[-1].lower() not in FUNCTION_END:
        s = " ".join(words)
    s = TIME_TAIL.sub("", s) or s  # 'officials Thursday (who said …)': the officials
    if _unsourced(s, lex):
        return None  # 'Preliminary information shows that 23 …', 'Initial reports said': no one named
    if REPORTER_CLAUSE.fullmatch(s):
        return None  # 'Reporter checked found that …': the report's own voice
    if not plausible(s, lex):
        tail = TRAILING_ACRONYM.search(s)  # 'gave a higher toll than the U.N. CMN' (a sentence
        return tail.group() if tail and s[:1].islower() else None  # run on after 'U.N.')
    return s


TRAILING_ACRONYM = re.compile(r"(?<=\.\s)[A-Z][A-Z0-9&-]{1,9}$")


def strip_source_noun(np: str, lex: Lexicon, keep_reports_from: bool = False) -> str:
    """The source a noun phrase names after a noun of what it gave (the lexicon's
    speakers.source_nouns, or a document it issued, speakers.issued_documents: 'Statement from
    X') and 'by' or 'from': the claimant, not its document. With
    ``keep_reports_from``, 'reports from X' stays whole: a document named by where it came
    from ('rejecting reports from Kouh-Ouest that …'; after 'according to' it is X's).

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [strip_source_noun(s, lex) for s in ["An independent estimate by researchers at X",
    ...  "Initial reports by police", "information we have received from the Public Defender",
    ...  "the police", "the data of the Ministry of Emergency Situations", "the count of the dead",
    ...  "official figures released by the Ministry of Interior"]]
    ['researchers at X', 'police', 'the Public Defender', 'the police', 'the Ministry of Emergency Situations', 'the count of the dead', 'the Ministry of Interior']
    """
    m = _source_noun(lex).match(np)
    if m is None or (keep_reports_from and m["prep"].lower() == "from" and m["noun"].lower().startswith("report")):
        return np
    if m["part"]:  # 'figures compiled by NLAF from district bar associations': NLAF
        return np[m.end() :].split(" from ", 1)[0]
    return np[m.end() :]


def _unsourced(name: str, lex: Lexicon) -> bool:
    """A source noun with only a vague adjective before it ('Preliminary information', 'Initial
    reports', 'Latest figures'), or such an adjective left alone ('Recent' of 'Recent reports
    indicate'): a document no one is named as giving."""
    words = name.lower().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    vague = lex.speaker_words["unsourced_adjectives"]
    return (
        1 <= len(words) <= 3
        and words[-1] in lex.speaker_words["source_nouns"]
        and all(w in vague for w in words[:-1])
    ) or (len(words) == 1 and words[0] in vague)  # 'Recent (reports indicate)': its noun cut before


@lru_cache(maxsize=8)
def _source_noun(lex: Lexicon) -> re.Pattern[str]:
    nouns = [*lex.data["speakers"]["source_nouns"], *lex.data["speakers"]["issued_documents"]]
    return re.compile(  # ('Statement from the Ministry of Interior': the ministry)
        rf"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>{alternation(nouns)})\s+"
        r"(?:(?:that\s+)?(?:we|it|they)\s+(?:have\s+|has\s+|had\s+)?(?:received|obtained)\s+"  # (what 'we collected from
        #  the hospitals' is the collector's own count: 'According to the data we collected from …')
        r"|(?P<part>released|issued|published|compiled|provided|given|announced|received|gathered|collected|obtained)\s+)?"  # ('figures released by the ministry')
        r"(?P<prep>by|from|of(?=\s+(?:the\s+)?(?-i:[A-Z])))\s+(?=\S)",  # ('the data of the Ministry of …')
        re.IGNORECASE,
    )


@lru_cache(maxsize=8)
def time_words(lex: Lexicon) -> frozenset[str]:
    """The words a time phrase is made of: weekdays, months, relative days (each word),
    grammar.time_phrase_words and time_adverbs."""
    time = lex.data["time"]
    words = [*time["weekdays"], *(m for names in time["months"] for m in names)]
    words += [w for phrase in time["relative_days"] for w in phrase.split()]
    return frozenset(
        w.lower() for w in words
    ) | lex.grammar["time_phrase_words"] | lex.grammar["time_adverbs"]


COUNTED = frozenset(_NUMBER_WORDS) - {"zero", "one", "hundred", "thousand"}  # a claimant opening with a count
# ('Fifty-seven', 'Four dead'; not 'One surgeon', who speaks)
OBJECT_OPENERS = frozenset({"us", "him", "them", "me", "twice", "half"})  # a clause's object or a multiple
MULTIPLES = frozenset({"double", "thrice"})  # leading a claimant only as a clause's start ('double the police's figure')
OBJECT_LEAD = re.compile(rf"^(?:{'|'.join(sorted(OBJECT_OPENERS | MULTIPLES))})\s+(?=\S+)")  # (lower case: not 'US embassy')
COUNT_WORDS = frozenset(number_names(2, 12)) | {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"}
STREET_ADDRESS = re.compile(
    r"\b(?i:at|of|in|on)\s+\d{1,4}[a-zA-Z]?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?i:street|road|avenue|boulevard|lane|square|str\.|st\.)(?:\W|$)"
)  # a body named by its address: 'the residents' committee of the block at 27 Mill Street'
NUMBERED_UNIT = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+)*(?:Section|Local|Unit|Branch|Chapter|District|Division"
    r"|Channel|Canal|Kanal|Radio|TV|Antena|Antenna|Cadena|Rete|Rai)\s+\d{1,4}"
)
# a body's numbered unit: a union's 'Section 22', 'Local 1199', 'CNTE Section 7'; a broadcaster's
# number: 'Canal 4', 'Channel 4', 'Radio 1'


def verb_form(word: str, lex: Lexicon, ing: bool = True) -> bool:
    """Whether a word (lower case) reads as a participle: ending in 'ed' (or 'ing', with
    ``ing``) or one of the lexicon's irregular participles ('taken', 'made').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> verb_form("arrested", lex), verb_form("speaking", lex), verb_form("speaking", lex, ing=False)
    (True, True, False)
    """
    return word.endswith(("ed", "ing") if ing else "ed") or word in lex.grammar["irregular_participles"]


def participle_clause(s: str, lex: Lexicon) -> bool:
    """``s`` opens with a participle and names no one after it: the clause that opened a
    sentence before its subject ('Asked about (the crush, he said)', 'Going door to door (, our
    volunteers …)', 'Questioned on the figure'), no speaker. A capitalised word or a claimant
    noun after the participle may make a name or a group ('United Nations', 'Trained volunteers').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [participle_clause(n, lex) for n in ["Asked about", "Going door to door", "Pressed on whether", "United",
    ...  "United Nations", "Trained volunteers", "Armed Forces", "the arrested", "ACLED", "Ahmed", "Ahmed al-Said"]]
    [True, True, True, False, False, False, False, False, False, False, False]
    """
    written = s.split()
    if len(written) < 2 or not written[0][:1].isupper() or not written[0].isalpha() or written[0].isupper():
        return False  # (a name or an acronym alone: 'Ahmed', 'CONRED')
    first = written[0].lower()
    if not verb_form(first, lex) or claimant_word(first, lex):
        return False
    return all(w.islower() and not claimant_word(w.strip(",.:;'’"), lex) for w in written[1:])


def body_of_record(s: str, lex: Lexicon) -> bool:
    """An organisation or a document of record by its head noun ('inquiry', 'alliance')."""
    org_words = lex.speaker_words["org_words"]
    words = [w.strip(".,'’").lower() for w in s.split()]
    return bool(words) and (
        words[-1] in org_words
        or words[-1] in lex.data["speakers"]["document_nouns"]
        or any(w in org_words for w in words) and sum(w[:1].isupper() for w in s.split()) >= 2
    )


OWN_OUTLET = frozenset(
    {"magazine", "newspaper", "paper", "website", "site", "publication", "newsletter", "blog", "station", "programme",
     "program", "newsroom", "outlet", "broadcaster", "channel"}
)  # 'this magazine': the writer's own outlet (not 'this agency', 'this office': a body speaking of itself)


def own_newsroom(name: str, lex: Lexicon) -> bool:
    """``name`` is an outlet's own staff, 'our' then one of the lexicon's
    speakers.newsroom_people ('Our reporter on Peace Avenue', 'our own correspondent', 'our
    camera crew'): the report's own voice, which names no claimant (as a sentence of the
    report that names no source does not). They stay a speaker while a report is read, so
    that a pronoun after them ('She counts 300') is theirs and takes no one else's name.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [own_newsroom(n, lex) for n in ["Our reporter on the square", "our own correspondent",
    ...  "Our monitors", "The Courier's reporter", "this magazine", "this agency"]]
    [True, True, False, False, True, False]
    """
    words = name.lower().split()
    if len(words) == 2 and words[0] == "this" and words[1].strip(",.:’'s") in OWN_OUTLET:
        return True  # the writer's own outlet: 'By this magazine's count, at least 310 …'
    if not words or words[0] != "our":
        return False
    staff = lex.speaker_words["newsroom_people"]
    rest = [w.strip(",.:") for w in words[1:4]]
    return any(w in staff or " ".join(rest[i : i + 2]) in staff for i, w in enumerate(rest[:2]))


OUTLET_STAFF = re.compile(
    r"^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?P<outlet>(?:[A-Z][\w&.-]*\s+){0,2}?[A-Z][\w&.-]*?)(?:['’]s)?\s+(?P<staff>[a-z][a-z ]*?)(?=$|\s+(?:at|on|in|who|near|with)\b)"
)  # 'A Standard-Times reporter', "The Gazette's correspondent at the jetty"


def page_staff(name: str, masthead: str, lex: Lexicon) -> bool:
    """``name`` is a reporter of the outlet whose name heads the page (its first line): 'A
    Standard-Times reporter who walked with the march' on THE BULAWAYO STANDARD-TIMES' page is
    the report's own voice, as 'our reporter' is; another outlet's reporter ('A Reuters
    reporter') speaks.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [page_staff(n, "THE BULAWAYO STANDARD-TIMES", lex) for n in ["A Standard-Times reporter",
    ...  "The Standard-Times' correspondent", "A Reuters reporter", "The Standard-Times"]]
    [True, True, False, False]
    """
    m = OUTLET_STAFF.match(name.replace("s’ ", "s' ").replace("s' ", "s "))
    if m is None or m["staff"] not in lex.speaker_words["newsroom_people"]:
        return False
    head = masthead.lower()
    return all(w.lower() in head for w in m["outlet"].split())


@lru_cache(maxsize=16384)  # (pure; the same names come back for every claim of a report)

def counted_not_counter(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is what a figure counts rather than who counts it: an event held by a
    body ('the opposition march', 'the government rally'; not a name, "the Women's March"),
    or a figure with no owner ('the figure', 'a number', 'the latest toll'; but 'Police
    figures', 'official figures', "the army's toll").

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [counted_not_counter(n, lex) for n in ["the opposition march", "a number", "The latest toll",
    ...  "official figures", "the army's toll", "the march organisers", "the strike committee",
    ...  "The organisers of that sit-in"]]
    [True, True, True, False, False, False, False, False]
    """
    written = name.split()
    words = [w.lower() for w in written]
    if len(words) < 2:
        return False
    if (
        words[-1] in lex.speaker_words["event_nouns"]
        and words[-1] not in lex.grammar["figure_nouns"]
        and written[-1].islower()
        and not any(w in lex.grammar["prepositions"] or w in FIGURE_DETERMINERS for w in words[1:-1])
    ):
        return True  # (but 'The organisers of that sit-in', 'the collective behind the march': their heads)
    return words[-1] in lex.grammar["figure_nouns"] and all(
        w in FIGURE_DETERMINERS or w in lex.speaker_words["unsourced_adjectives"] or w in lex.speaker_words["figure_adjectives"]
        for w in words[:-1]
    )

def plausible(name: str | None, lex: Lexicon) -> bool:
    """Whether ``name`` could be a speaker: a person, an organisation, a role or group of
    people, or a document; never a bare pronoun, a fragment ending in 'of the', a
    possessive left hanging, an event noun ('The clashes'), a clause or a number.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [plausible(n, lex) for n in ["Police", "Mr. Lee", "The two", "We have the",
    ...  "the march", "Higher", "the union's", "said none of the party's members had been",
    ...  "a department store collapse in Accra", "WHO", "UPDATE", "on Thursday", "Section 22",
    ...  "'gang members' among them", "A reverse image search", "The district of Maroantsetra", "We do not",
    ...  "Shangla district", "Thousands of demonstrators", "like Toulouse",
    ...  "rescue teams recovered three more bodies from debris from landslides", "district officials",
    ...  "Manila Police District", "The WHO", "a coalition of civil society groups and opposition parties",
    ...  "The prefect of the Bagoué region", "the province", "An enquiry into the stampede at the shrine",
    ...  "Heat-related deaths", "The deaths", "The provincial", "the overall",
    ...  "The Residents' Committee of the block at 14 Mill Road", "a fire at 14 Mill Road",
    ...  "In Mendoza", "On that basis", "In Kabul police", "At the hospital", "the shrine's board of trustees"]]
    [True, True, False, False, False, False, False, False, False, True, False, False, True, False, False, False, False, False, False, False, False, True, True, True, True, True, True, True, False, False, False, False, True, False, False, False, True, True, True]
    """
    if not name:
        return False
    s = " ".join(name.split())
    low = s.lower()
    words = low.split()
    if not words or len(words) > 12 or (low in BARE or low.strip(".") in BARE) and not ALL_CAPS.fullmatch(s):
        return False  # (but 'WHO' is the World Health Organization)
    if participle_clause(s, lex):
        return False  # a clause that opened the sentence: 'Asked about (the crush, he said)'
    if (
        len(words) > 1
        and words[0] in ("a", "an")
        and (words[-1].endswith("ed") or words[-1] in lex.grammar["irregular_participles"])
        and any(words[-2] in lex.data["speakers"][kind] for kind in ("issued_documents", "published_documents", "claim_carriers"))
    ):
        return False  # a document cut before its participle's phrase: 'A statement read (on state TV)'
        # (a known one keeps its name: 'the communiqué read (after the Council of Ministers)')
    if all(w.strip(",") in FIRST_PERSON for w in words):
        return False  # a writer's 'Me I counted 7 bodies': the writer, no one named
    labels = lex.speaker_words["not_speakers"]  # (each word looked up, not the two sets joined for each)
    if len(words) > 1 and all(w.strip(",.:") in labels or w.strip(",.:") in FIRST_PERSON for w in words):
        return False  # 'READ ALSO', 'Key points', 'WHAT WE (found)': a page's own labels, each word no name
    if words[-1] in ("each", "both", "happened", "occurred", "erupted") or "whether" in words:
        return False  # a distributive left after a subject ('Mombasa each'), a clause: 'The union
        # questioned whether the figures (showed …)', 'The deadly stampede happened (… where X said)';
        # names hold none of them
    if "not" in words or "than" in words or any(w.endswith(("n't", "n’t")) for w in words):
        return False  # a clause: 'We do not (have an official estimate yet, but …)'; names have no 'not'
        # and no comparison: 'two more than the minister (had said)'
    if (
        1 < len(words) <= 3
        and words[0] in PHRASE_PREPOSITIONS
        and not any(claimant_word(w.strip(",.'’"), lex) or ALL_CAPS.fullmatch(w) for w in s.split()[1:])
    ):
        return False  # a phrase of place or manner that opened the sentence: 'In Mendoza', 'On that basis'
        # (not 'In Kabul police', 'At the hospital', 'From UNHCR')
    if len(words) == 2 and words[0] in PHRASE_PREPOSITIONS and s.split()[1].isalpha() and s.split()[1].islower():
        return False  # where someone is, with no article: 'In hospital (: 23 admitted)', 'In custody', 'At home'
        # (the staff of a place take its article: 'At the hospital')
    if words[0].split("-")[0] in COUNTED and (
        len(words) == 1 or words[1] in lex.grammar["generic_nouns"] or words[1] == "patients" or verb_form(words[1], lex, ing=False)
    ):
        return False  # a count, no one: 'Fifty-seven (are in hospital)', 'Four dead, (say …)', 'Thirty-one people'
        # (but 'four hospitals', 'three witnesses' speak)
    if len(words) > 1 and (s.split()[0] in OBJECT_OPENERS or s[0].islower() and words[0].endswith("ing") and words[1] in ("a", "an", "the")):
        return False  # a clause's tail: '(told) us Marian', 'twice the organiser', 'rejecting a workers' group'
        # (not 'US embassy')
    if len(words) == 2 and words[0] in ("the", "its", "their") and words[1] in lex.speaker_words["figure_adjectives"]:
        return False  # 'The provincial (total stands at 73)': an adjective of a figure, no one
    if low.strip(" .:") in lex.speaker_words["statement_kinds"]:
        return False  # a post's own label, 'PRESS STATEMENT: 4 people lost their lives': what it is, not whose
    if len(words) == 1 and low.strip(".:") in lex.speaker_words["not_speakers"]:
        return False  # 'FACT-CHECK', 'Recap': a label (but 'WHO', the World Health Organization)
    if ALL_CAPS.fullmatch(s):
        return low not in lex.data["speakers"]["not_speakers"]  # 'WHO', 'NDRRMC' (not 'UPDATE')
    if HANDLE.fullmatch(s):
        return True  # a forum or social-media user: 'u/madrid_dj', '@ana_k', 'marc.vdb''
    if (
        any(w[0].isdigit() and not YEAR.fullmatch(w) and not DIGIT_NAME.fullmatch(w) for w in s.split())
        and not NAMED_DATE.search(s)
        and not NUMBERED_UNIT.fullmatch(s)
        and not ((addr := STREET_ADDRESS.search(s)) and names_body(s[: addr.start()].lower().split(), lex))
    ):
        return False  # (but '2004 inquiry': a year names which one; 'Section 22' is a union's)
    if len(words) == 1 and YEAR.fullmatch(words[0]):
        return False
    if REPORTS_FROM.match(s):
        return True  # a document named by where it came from: 'reports from Kouh-Ouest'
    if (words[-1] in FUNCTION_END and not ALL_CAPS.fullmatch(s.split()[-1])) or low.endswith(("'s", "’s")) or s[0] in "'\"‘“":
        return False  # 'Report of the', "the union's", "'gang members' among them" (but 'The WHO': an acronym)
    if words[0] in {"said", "says", "told", "that", "and", "but", "while", "as", "of", "to", "among", "like",
                    "nobody", "no", "none", "nothing", "everyone", "everybody", "someone", "somebody"} or (
        s[0].islower()
        and (words[0] in lex.speech_verbs or words[0] in {"gave", "gives", "set", "has", "have", "had"})
    ):
        return False  # a clause: 'gave a higher toll than the U.N.'
    if PLACE_OF.match(s):
        return False  # 'The district of Maroantsetra (counts henceforth 14 deceased)': a place, no speaker
    if (
        words[-1] in lex.speaker_words["place_heads"]
        and len(words) > 1
        and s.split()[-2][:1].isupper()
        and not any(w in ("of", "in", "from", "for") or claimant_word(w, lex) for w in words)
    ):
        return False  # 'Shangla district', 'Vinh Phuc and Lao Cai provinces': places (their officials
        # speak; not 'Manila Police District')
    if words[-1] in lex.grammar["reported_event_nouns"]:
        return False  # 'Deaths (reported from other districts: …)', 'The deaths (recorded so far are …)':
        # what is counted, never who counts it
    if len(words) > 1 and words[1] == "of" and words[0] in lex.data["vague"]:
        return False  # 'Thousands of demonstrators (marched …)': a crowd counted, no speaker
    if any(w in COUNT_WORDS for w in words[2:]):
        return False  # 'rescue teams recovered three more bodies from debris': a clause with a count
        # (not 'the two organisations')
    if words[-1] in lex.speaker_words["method_nouns"] or " ".join(words[-2:]) in lex.speaker_words["method_nouns"]:
        return False  # 'A reverse image search (shows that …)': the writer's own method, no speaker
    event = _event_re(lex).search(low)
    if event and (" " in event.group() or not _role(s, lex)) and not (
        INQUIRY_INTO.search(low, 0, event.start()) and _role(low[: event.start()], lex)
    ):  # (but 'An enquiry into the stampede at the temple': the enquiry)
        return False  # 'The clashes', 'the march' (but 'the march organisers'), '… collapse in Accra'
    if counted_not_counter(s, lex):
        return False  # 'the opposition march', 'the figure': what is counted, not who counts it
    if all(w in time_words(lex) for w in words):
        return False  # 'on Thursday', 'the day before', 'Monday morning': when, not who
    sources = lex.speaker_words["source_nouns"]
    written = s.split()
    if any(
        w in lex.speech_verbs
        and w not in lex.grammar["nouns_too"]
        and not (w.endswith("ed") and j + 1 < len(words) and words[j + 1].strip(",") in sources)
        and not (  # a name's word between two others: 'Dr Said Omar' (not a title's 'Police Said Today')
            written[j][:1].isupper()
            and written[j - 1][:1].isupper()
            and j + 1 < len(words)
            and written[j + 1][:1].isupper()
            and words[j + 1] not in time_words(lex)
        )
        for j, w in enumerate(words)
        if j and w.isalpha() and w.islower()
    ):
        return False  # a clause: 'opposition parties … disputed the official toll' (not a list label's
        #               participle before its document: 'FGR revised count, 2026: 138+')
    if FIRST_PERSON & set(words[:1]):
        return True  # 'our monitors': the document's own voice resolves it
    caps = [
        w
        for w in s.split()
        if any(p[:1].isupper() for p in w.split("-")) and w.lower() not in {"the", "a", "an"}
    ]  # (a name with a particle counts: 'al-Jubouri')
    if len(words) == 1 and caps and not _role(s, lex):
        # one capitalised word: a name, an acronym ('AFAD'), not a sentence's opening word
        return s.lower() not in lex.data["speakers"]["not_speakers"]  # (nor a shouted label: 'FACT-CHECK')
    if caps or _role(s, lex):
        return True
    if len(words) == 2 and words[1] in SOURCED_NOUNS and words[0].isalpha() and words[0] not in lex.speaker_words["unsourced_adjectives"]:
        return True  # 'according to contemporary estimates', 'official figures': whose they are, not who
    # 'the fire brigade', 'the club': a short noun phrase with an article
    return words[0] in {"the", "a", "an", "one", "my", "his", "her", "their"} and 2 <= len(words) <= 5 and all(
        (w[:-1] if w.endswith(("s'", "s’")) else w).replace("-", "").isalpha() for w in words[1:]
    )  # (with a possessive: "the students' plenum")


INQUIRY_INTO = re.compile(r"\binto\s+(?:the\s+|an?\s+|this\s+|that\s+|last\s+\w+'s\s+)?$")  # the event a body looks into
PLACE_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:district|village|town|island|valley)\s+of\s+"
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*$"
)  # a place named by its kind and name, nothing after it (not 'the municipality of X', 'the
#    Province of Y': governments that speak)
SOURCED_NOUNS = frozenset({"estimates", "counts", "tallies", "figures", "records"})
IN_ITS_STATEMENT = re.compile(
    r",?\s+(?:in\s+(?:its|their|his|her|a|the)\s+[^,]{0,40}?(?:statement|report|communiqu[eé]|bulletin|briefing"
    r"|post|tweet|update|release)|at\s+(?:a|an|the|its|their|his|her)\s+[^,]{0,30}?(?:press\s+conference"
    r"|news\s+conference|briefing))$",
    re.IGNORECASE,
)  # ('the Minister of the Interior at the night press conference')
LEADING_ADVERBIAL = re.compile(
    r"(?:(?:[Oo]n\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:[Yy]esterday|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\s+(?:morning|afternoon|evening|night)|[Yy]esterday|[Oo]vernight"
    r"|(?:[Ii]n|[Aa]t)\s+the\s+[a-z]+)\s+(?=the\s|The\s|[A-Z]{2,}\b)"
)  # a time or a place opening a speaker's phrase, before its article or an acronym: 'Sunday morning
#    the spokeswoman', 'Yesterday evening the ministry', a translation's 'announced Monday morning ISU Galați'
CAME_FROM = re.compile(
    r"(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,3}?(?:figures?|toll|count|estimates?|information|data|numbers?|tally)\s+"
    r"(?:came|comes|come)\s+(?:(?:the\s+)?(?:next|following|same)\s+(?:day|morning|evening|week),?\s+)?from\s+(?P<np>\S.*)$"
)  # ('The first count came the next day, from the state news agency')
CONTRASTED = re.compile(
    r"(?:not|rather\s+than|instead\s+of|unlike)\s+\S+\s+(?:as|that)\s"
    r"|(?:(?:roughly|about|nearly|almost|some|more\s+than|at\s+least|well\s+over)\s+)?"
    r"(?:twice|double|triple|half|\w+\s+times|(?:far\s+|much\s+)?(?:more|fewer|less|higher|lower|greater)\s+than)\s+what\s"
    r"|(?:whatever|no\s+matter\s+what|regardless\s+of\s+what|despite\s+what)\s",
    re.IGNORECASE,
)
# a figure contrasted with another's: '…, not three as the police have said', '…, roughly twice
# what the ministry admits' (no speaker of the first); a concession: '…, whatever the press office writes'
CONTRARY_TO = re.compile(r"^(?:[Cc]ontrary\s+to|[Uu]nlike)\s+(?=\S)")
CONTRACTED_SUBJECT = re.compile(r"(?<![\w'’])(?P<p>I|[Ww]e)['’](?:d|ll|ve|m|re)$")
TRAILING_PRONOUN = re.compile(r"(?<=\w)\s+(?:they|it|he|she|I|we)$")
CONTACT_CLAUSE = re.compile(
    r"(?<=\w)\s+(?:I|we)\s+(?:know|knew|trust|met|asked|contacted|reached|called|interviewed"
    r"|spoke\s+(?:to|with)|talked\s+(?:to|with))(?=\s|$)"
)  # 'Hospital staff I know (say)', 'A nurse I know at KNH', 'Witnesses we interviewed': the people
OWNER_TIMES = frozenset("day days week month year weekend night morning evening today yesterday".split())
OWNED_DOCUMENT = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|the|and|[a-z]+)){0,5}?|[Tt]he\s+[a-z]+(?:\s+[a-z]+){0,2}?)['’]s"
    r"\s+(?:(?:first|latest|last|new|final|daily|official|updated|revised|own|preliminary|initial)\s+)?"
    r"(?:(?:morning|midday|afternoon|evening|night|overnight|\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|h)|\d{1,2}[:.]\d\d)\s+)?"
    r"(?:bulletin|briefing|report|statement|communiqu[eé]|update|count|tally|figures?|estimate|toll|press\s+release"
    r"|(?<=\s)(?:morning|midday|afternoon|evening|night|overnight))"
)  # a body's document as the subject of its figures: "CONRED's first bulletin", "the ministry's latest count",
#    "The Ministry of Health's morning (briefing: 34 dead)", "the ministry's figures", "the Fire Bureau's 9am update"
OWNED_ROLE_NAME = re.compile(r"^(?:its|their|his|her)\s+[^,]{2,40},\s+(?P<name>[A-Z][^,]{2,60})$")
YEAR = re.compile(r"(?:19|20)\d\d")
_DAY = (
    rf"(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})"
)
NAMED_DATE = re.compile(
    rf"^(?:[Tt]he\s+)?(?:[A-Z][a-z].*?\b{_DAY}\b(?!\s*,?\s*\d)|{_DAY}(?:-\w+)?\s+[A-Z])"
)  # a name with a date in it: 'Association of Victims of 14 November', 'April 6 Youth Movement'
#    (a date that opens a name is followed by its capitalised words: 'May 12 Memorial Museum')
REPORTS_FROM = re.compile(
    r"(?i:reports?|claims?|allegations?|rumou?rs?|accounts?|suggestions?)\s+(?:from|in|on)\s+\w"
)  # (the claimant attribution/reports-that makes)
COUNTED_AND = re.compile(
    r"(?i:people|persons|protesters|marchers|demonstrators|participants|workers|members|others)"
    r"\s+and\s+(?P<rest>.+)$"
)  # the counted noun of the figure before, then the next speaker
HANDLE = re.compile(r"(?:u/|@)[\w.-]{2,30}|[a-z][a-z0-9]+[._][a-z][\w.]{1,24}|[a-z]+\d{2,4}")


def _role(s: str, lex: Lexicon) -> bool:
    words = s.lower().split()
    return (
        any(claimant_word(w, lex) for w in words)
        or any(p.search(s) for _, p in lex.role_patterns)
        or owned_role(words, lex)
    )


def owned_role(words: list[str], lex: Lexicon) -> bool:
    """Whether the (lower-case) ``words`` name a person by a role of a body its owner names:
    "the centre's director", "the hospital's chief" (a role after a possessive).

    >>> from claimcheck.lexicon import load_lexicon
    >>> owned_role("the centre's director".split(), load_lexicon()), owned_role("the centre's roof".split(), load_lexicon())
    (True, False)
    """
    return (
        2 <= len(words) <= 4
        and words[-1] in lex.speaker_words["person_roles"]
        and words[-2].endswith(("'s", "’s", "s'", "s’"))
    )


def names_body(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` name a body or a group of people ('residents' committee', 'the tenants'
    association'): an organisation's word or a claimant noun among them."""
    org_words = lex.speaker_words["org_words"]
    return any(w in org_words or POSSESSIVE_MARK.sub("", w) in org_words or claimant_word(w, lex) for w in words)


def claimant_word(low: str, lex: Lexicon) -> bool:
    """A claimant noun, or its plural or possessive: 'services' of 'emergency services said',
    "ministry's", "officials'".

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [claimant_word(w, lex) for w in ["services", "ministry's", "officials'", "press", "crowds"]]
    [True, True, True, False, False]
    """
    nouns = lex.claimant_nouns
    base = POSSESSIVE_MARK.sub("", low)
    return low in nouns or base in nouns or (base.endswith("s") and not base.endswith("ss") and base[:-1] in nouns)


POSSESSIVE_MARK = re.compile(r"['’]s?$")
DIGIT_NAME = re.compile(r"\d+(?!AM\b|PM\b)[A-Z][A-Za-z]*")  # a broadcaster's name: '1TV', '9News' (not '10PM')


# --- the entities a report introduces ---------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """A speaker introduced at ``pos``: its name as written, full name, kind and acronym."""

    pos: int
    name: str
    full: str
    kind: str  # person | org | group | document
    acronym: str | None = None


# a name never runs over a line or a tab (an infobox's 'March\nParties\tNorland Union (NU)')
ROLE_SUBJECT = re.compile(
    r"(?P<name>(?:The|A|An)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[A-Za-z]+)"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)"
    r"\s+(?:was|is|has|had|went|appeared|spoke|took|came|gave|offered|[a-z]+ed)\b",
)  # (matched at sentence starts) 'The police PRO was on radio this afternoon. He said …': a role
#    that speaks later; with its body: 'A spokesman for the interior ministry gave another account.';
#    'The opposition leader disputed both figures. "…," he told supporters'
#    (the role is checked against speakers.person_roles)
NAME = (
    r"[A-Z][\w'’-]+(?:[^\S\n\t]+(?:[A-Z]\.[^\S\n\t]+)?(?:[A-Z][\w'’-]+|(?:al|el|ad|as|ash|at|az|an)-[A-Z][\w'’-]+"
    r"|(?:de|da|van|von|bin|ibn|del|della|dos|das|du|le|la)[^\S\n\t]+[A-Z][\w'’-]+)){1,3}"
)  # 'Ann Lee', 'J. R. Smith', 'Basim al-Awadi', 'Ana de Souza'
ACRONYM_DEF = re.compile(
    r"(?P<full>(?:[A-Z][\w'’.-]*|of|for|the|and|on|de|du|des|del|la|le)(?:[^\S\n\t]+(?:[A-Z][\w'’.-]*|of|for"
    r"|the|and|on|de|du|des|del|la|le)){1,9})[^\S\n\t]+\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,9})\)"
)  # 'the Independent Monitoring Group (IMG)'


@lru_cache(maxsize=8)
def _person_after_role(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A role of the lexicon's speakers.person_roles, then a name: 'A police spokesman, Olivier
    Slegers, said'; 'Commissioner Habibur Rahman said', 'Minister Ana Ruiz is speaking' (a pattern and its word-start scan: see
    :func:`claimcheck.lexicon.at_word_starts`)."""
    roles = lex.speaker_words["person_roles"]
    return word_start_scan(
        rf"(?P<role>{ordered_alternation(sorted(roles | {w.capitalize() for w in roles}), word_start=True)})"
        rf",?\s+(?P<name>{NAME})(?=\s*[,.;:]|\s+(?:said|says|told|added|who|spoke|wrote|tweeted|posted"
        rf"|announced|confirmed|denied|insisted|explained|stated|claimed"
        rf"|(?:is|was|has\s+been)\s+(?:speaking|talking|briefing|addressing)|gave|held|addressed|speaks|appeared))"
    )  # ('Interior Minister Ana Ruiz is speaking at a press conference. … she says')


@lru_cache(maxsize=8)
def _indefinite_role(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A person the report introduces by a role alone, after 'a'/'an' (matched at the role,
    group ``r``): 'The first number came from a police colonel … He told a radio station …';
    not roles that are also modifiers ('a general strike', 'a head count')."""
    roles = lex.speaker_words["person_roles"] - AMBIGUOUS_ROLES
    return word_start_scan(rf"(?P<r>{ordered_alternation(sorted(roles), word_start=True)})\b(?![-'’])")


AMBIGUOUS_ROLES = frozenset({"general", "head", "chief", "member", "deputy", "resident", "chair", "pro", "advocate"})
COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|became|becomes|as|am)\s+$", re.IGNORECASE)
INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}$")  # 'a police ', 'an off-duty '
DOCUMENT_SUBJECT = re.compile(
    r"[^\S\n]*(?P<name>[Tt]he[^\S\n]+(?:[\w'’-]+[^\S\n]+)?(?P<noun>[a-zé]+))\s+(?:also\s+)?(?:said|says|stated|states"
    r"|added|adds|put|puts|gave|gives|reported|reports|listed|lists|counted|counts|recorded|records)\b"
)  # a sentence opening with a document as its subject: 'The communiqué said 87 individuals …' (… 'it said')
ORG_SUBJECT = re.compile(
    r"(?P<name>[A-Z][\w'’.&-]*(?:[^\S\n]+(?:of|for|the|and|on|[A-Z][\w'’.&-]*)){1,6})"
    r"[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:[a-z]+ed|said|says|called|calls|issued|issues|urged|urges|released|releases"
    r"|published|publishes|condemned|condemns)\b",
)  # a sentence opening with an organisation's name as its subject: 'Amnesty International released a statement'
INDEFINITE_ORG_SUBJECT = re.compile(r"[^\S\n]*(?P<a>An?)[^\S\n]+(?P<words>(?:[a-z][\w-]*[^\S\n]+){1,4})")
# a sentence opening with a body introduced by its kind: 'A government commission headed by …'
THE = r"[Tt](?<!\w[Tt])he"  # \b[Tt]he, written so that the engine skips in C to each 'T' and 't'
ORG_MENTION = re.compile(
    rf"{THE}[^\S\n]+(?:(?:state|national|federal|regional|provincial|municipal|city)[^\S\n]+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]+[^\S\n]+){1,5}(?:(?!said\b|says\b|told\b)[a-z]+[^\S\n]+){0,2}"
    r"(?:[A-Z][\w'’-]+|diocese|church"
    r"|commission|committee|inquiry|group|network|office|ministry|union|federation|association"
    r"|alliance|coalition|council|agency|observatory|forum|institute|foundation|collective"
    r"|mission|authority|secretariat|directorate|bureau)\b(?:[^\S\n]+(?!(?:On|In|At|By|For|The)\b)[A-Z][\w'’-]+){0,3}"
    r"(?:[^\S\n]+of[^\S\n]+[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3})?)"
)  # 'the Orthodox diocese of Orlen', 'the Civic Monitoring Network', 'the UN human rights
#    office': what 'it' may be
LAST_NAME = re.compile(r"[A-Z][a-z][\w'’-]+")  # a single capitalised word: 'Haddad'
WORDS_BEFORE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|[A-Z][a-z]{0,3}\.)[^\S\n]+){1,4}$"
)  # 'Commissioner Ann ' before 'Lee', 'Dr. J. ' ('Square. ' ends a sentence: no name goes on over it)
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof"}
CAPS_WORD = re.compile(r"\b[A-Z][A-Z]{1,7}\b")
ACRONYM_SUBJECT = re.compile(r"\s+(?:(?:has|had|have|then|later|also|now)\s+)?[a-z]+(?:ed|s)\b")  # its verb after it
ACRONYM_OPENS = re.compile(r"(?:^|[.,;]\s+|\n|\b[Tt]he\s+)$")  # the acronym opens its clause
ACRONYM_PAREN = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,9})\)")
FULL_BEFORE = re.compile(
    r"(?P<full>(?:[A-Z][\w'’.-]*|of|for|the|and|on|de|du|des|del|la|le)(?:[^\S\n\t]+(?:[A-Z][\w'’.-]*|of"
    r"|for|the|and|on|de|du|des|del|la|le)){1,9})[^\S\n\t]+$"
)  # the name an acronym in brackets stands for: 'the Independent Monitoring Group (IMG)'
LOOSE_FULL_BEFORE = re.compile(r"(?P<full>[A-ZÀ-Ý][\w'’.-]*(?:[^\S\n\t]*\n?[^\S\n\t]+[\w'’.-]+){1,9})[^\S\n\t]*\n?[^\S\n\t]*$")


def _loose_full(text: str, lo: int, hi: int, acr: str) -> re.Match[str] | None:
    """A name in another language's word order before its acronym, lower-case words and all
    ('the Association des usagers de la ligne Dakar-Ziguinchor (AULDZ)'): the longest run of
    words before the bracket that opens with a capital word of the acronym's first letter and
    that the acronym fits loosely (_loose_fit)."""
    if len(acr) < 3 or not acr.isupper():
        return None
    k = text.find(acr[0], lo, hi)  # the name opens with the acronym's first letter
    while k >= 0:
        if k == lo or not (text[k - 1].isalnum() or text[k - 1] in "_'’.-"):
            found = LOOSE_FULL_BEFORE.match(text, k, hi)
            if found and len(found["full"].split()) >= 2 and _loose_fit(acr, found["full"]):
                return found
        k = text.find(acr[0], k + 1, hi)
    return None


def _loose_fit(acr: str, full: str) -> bool:
    """'AULDZ' fits 'Association des usagers de la ligne Dakar-Ziguinchor', 'UCOMAD' 'Union des
    commerçants des marchés de Douala': the name opens with the acronym's first letter, its last
    word (or that word's last part) with its last letter, and the acronym's letters come in
    order in the name.

    >>> _loose_fit("AULDZ", "Association des usagers de la ligne Dakar-Ziguinchor"), _loose_fit("AULDZ", "Sarr said")
    (True, False)
    """
    words = full.split()
    if len(words) < 2 or not words[0][:1].isupper() or not any(w[:1].islower() and len(w) > 3 for w in words):
        return False  # (a name in capitalised words fits by its initials or not at all)
    if words[0][0].upper() != acr[0] or words[-1].split("-")[-1][:1].upper() != acr[-1]:
        return False
    letters = iter(full.upper())
    return all(ch in letters for ch in acr)


DESCRIBED_NAME = re.compile(
    rf"{THE}[^\S\n]+(?P<desc>(?:[\w'’-]+[^\S\n]+){{0,3}}(?P<head>[a-z]+)),[^\S\n]+"
    r"(?P<name>[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,4}),"
)  # a description, then the body's name in apposition: 'the miners' federation, Fencomin,'
NAME_THEN_HEAD = re.compile(rf"{THE}\s+(?P<name>{NAME})\s+(?P<head>[a-z]+)\b")
ACRONYM_WORD = re.compile(r"(?<![\w'’-])[A-Z][A-Z0-9&-]{2,9}\b(?![^\S\n]+[A-Z]{2,})")  # (not a headline in capitals)
DESCRIPTION_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<desc>(?:(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\b)[\w'’-]+[^\S\n]+){0,2}(?P<head>[a-z]+))[^\S\n]+$"
)  # a description right before a body's acronym, no commas: "Doctors' union SYNAMEHP", 'the rights group OPDH'
JUST_BEFORE = 300  # characters: an entity this close before a description is the one it means
SAID_NAME = re.compile(
    rf"{ordered_alternation(['said', 'says', 'added', 'adds', 'told', 'tells'], word_start=True)}\s+(?P<name>{NAME})\b(?!\s*\()"
)  # '"…," said Josefa Santos, 54, a cocoa worker'
HONORIFIC_NAME = re.compile(rf"{ordered_alternation(['Dr', 'Mr', 'Mrs', 'Ms', 'Prof'], word_start=True)}\.?\s+(?P<name>{NAME})")  # a person by title
AFTER_NAME = word_start_scan(
    "(?P<v>"
    + ordered_alternation(
        "said says told tells added adds explained insisted stated spoke wrote tweeted announced"
        " confirmed denied claimed whose who".split(),
        word_start=True,
    )
    + r")\b"
)  # what follows a person's name as a speaker, whatever role introduced it, or 'who'/'whose'
#    (group v; a word ends each match, so none starts where one ends: see lexicon.at_word_starts)
NAME_END = re.compile(rf"(?<![\w'’-])(?P<name>{NAME})(?:,\s+\d{{1,3}})?,?\s+$")
APPOSITIVE_ENDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})  # a second determiner
APPOSITIVE = re.compile(r"(?:,|(?<=\s)\()\s*(?P<app>(?:the|a|an|its|their)\s+[^,.;:()\"“”\n]{2,60})")
# (also in brackets: 'Red Ñemity (the human rights network) published …')
ROLE_THEN_NAME = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?P<words>[^,.;:\n]{{2,60}}?),\s+(?P<name>{NAME}),\s",
    re.MULTILINE,
)  # a sentence opened by a role and the name after it: 'The Commissioner of Police in the state, Hakeem Odumosu, …'
BARE_ROLE_APPOSITIVE = re.compile(
    r",\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z]+)(?:\s+(?:of|for|at|to|in)\s+[^,.;:()\"“”\n]{2,80}?"
    r"(?:\s+\([A-Z][\w&.-]{1,9}\))?)?,"
)  # a role with no article between commas after a person's name: ', spokesperson for the command,'
# (', president of the Street Vendors Association (SVA),': with its initials)
ORG_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[^\S\n\t]+)?(?P<name>[A-Z][\w'’.-]*(?:[^\S\n\t]+(?:of|for|the|and|on)?[^\S\n\t]*[A-Z][\w'’.-]*){1,7})$"
)  # an organisation's name with its particles: 'Syrian Observatory for Human Rights'
NAME_BEFORE = re.compile(rf"(?P<name>{NAME})$")  # the name an appositive follows
SENTENCE_END_INSIDE = re.compile(r"[a-z]{3}\.\s")  # a word closing a sentence ('Montevideo. The'), not 'St. John'
ONE_NAME_BEFORE = re.compile(
    r"(?:^|[.;:!?\"“”]\s+|\n)(?P<name>[A-Z][\w'’.&-]+)$"
)  # 'Hengaw' (, a … rights group,) opening its sentence (not 'in December, the committee said')


@lru_cache(maxsize=8)
def _not_first_names(lex: Lexicon) -> frozenset[str]:
    """speakers.not_first_names as written at a sentence's start ('The', 'When')."""
    return frozenset(w.capitalize() for w in lex.speaker_words["not_first_names"])
# 'Thandi Mokoena, a shop steward', "Salman Akram Raja, the party's secretary general",
# 'Comptage Citoyen, an independent counting collective'


SOURCE_PLACE = frozenset({"at", "in", "within", "inside", "close"})  # 'a source at the hospital', 'a source close to …'


def kind_of(name: str, lex: Lexicon) -> str:
    """person, org, group or document, from the words of a name."""
    low = name.lower()
    words = [w.strip("'’,.") for w in low.split()]
    if words and words[-1] in lex.data["speakers"]["document_nouns"]:
        return "document"
    person_roles, org_words = lex.speaker_words["person_roles"], lex.speaker_words["org_words"]
    if words and words[-1] in person_roles:
        return "person"  # 'A police spokesman', 'the interior minister'
    if "source" in words[1:] and (k := words.index("source")) and (k == len(words) - 1 or words[k + 1] in SOURCE_PLACE):
        return "person"  # 'A medical source at the Laquintinie hospital' (… because he is not allowed to speak)
    head = words[1:] if words and words[0] in {"the", "a", "an"} else words
    if len(head) > 2 and head[0] in person_roles and head[1] in {"of", "for"}:
        return "person"  # 'the Minister of Police', 'Director for Human Rights'
    roles = [i for i, w in enumerate(words) if w in person_roles]
    if roles and all(w[:1].isupper() for w in name.split()[roles[-1] + 1 :]):
        return "person"  # 'national police spokesman Chhay Kim Khoeun'
    if roles and (of := next((j for j in range(roles[0] + 2, len(words)) if words[j] in ("of", "from", "at")), None)):
        named = name.split()[roles[0] + 1 : of]
        rank = [w for w in words[roles[0] + 1 : of] if w in person_roles]
        if 2 <= len(named) - len(rank) <= 4 and all(w[:1].isupper() for w in named):
            return "person"  # a rank and name, then the body: 'Deputy Commissioner Tanvir Ahmed of the … Police'
    if (
        any(w in org_words for w in words)
        or (name.isupper() and len(name) > 1)
        or (words and words[-1] in lex.speaker_words["org_last_words"])  # 'Shared Health', not 'Health Minister Ana Ruiz'
    ):
        return "org"
    if len(head) == 1 and len(name) > 3 and name.split()[-1].isupper():
        return "org"  # 'The DCP' (an acronym with its article), no person 'The Dcp'
    if HONORIFIC.match(name):
        return "person"
    if words and words[-1].endswith("s") and words[-1] in lex.claimant_nouns:
        return "group"  # 'organisers', 'police officials'
    if any(w in person_roles for w in words):
        return "person"
    caps = [w for w in name.split() if w[:1].isupper()]
    if 2 <= len(caps) <= 4 and len(caps) == len(name.split()):
        return "person"  # 'Olivier Slegers'
    return "group" if words and words[-1].endswith("s") else "org"


def compatible(pronoun: str, entity: Entity) -> bool:
    """Whether a pronoun or description may refer to ``entity``.

    >>> e = Entity(0, "Olivier Slegers", "Olivier Slegers", "person")
    >>> compatible("he", e), compatible("it", e), compatible("the group", e)
    (True, False, False)
    >>> compatible("the group", Entity(0, "Police headquarters", "Police headquarters", "org"))
    False
    """
    p = pronoun.lower().strip()
    if p in PERSONAL:
        return entity.kind == "person"
    if p in NEUTER:
        return entity.kind in ("org", "document")
    if p in PLURAL:
        return entity.kind in ("org", "group")
    hon = HONORIFIC.match(pronoun.strip())
    if hon:
        return entity.kind == "person" and entity.full.split()[-1] == hon["last"]
    d = DESCRIPTION.match(pronoun.strip())
    if d:
        if d["head"].split()[0].lower() in {"two", "three", "four", "both"}:
            return entity.kind in ("org", "group") and " and " in entity.full  # 'the two groups'
        head = d["head"].lower().split()[-1].rstrip("s")
        alias = entity.name != entity.full and head in entity.name.lower()  # "the miners' federation, Fencomin"
        if not (_proper(entity.full) or alias or _described_as(entity.full, head)):
            return False  # 'the police' is not 'the police headquarters' (but 'the agency' may
            #               be 'the state civil defence agency' when no name fits)
        if head in {"group", "charity", "ngo", "watchdog"} and STATE_WORDS.search(entity.full):
            return False  # 'The group also said': a rights group, not 'Police headquarters' named more often
        if head in {"organisation", "organization", "group", "body", "charity", "ngo", "watchdog"}:
            return entity.kind == "org"
        return entity.kind in ("org", "document") and (head in entity.full.lower() or head in entity.name.lower())
    return False


STATE_WORDS = re.compile(
    r"\b(?:[Pp]olice|[Mm]inistry|[Mm]inister|[Gg]overnment|[Aa]rmy|[Aa]rmed\s+[Ff]orces|[Mm]ilitary|[Hh]eadquarters|[Gg]endarmerie"
    r"|[Rr]evolutionary\s+[Gg]uards?|[Nn]ational\s+[Gg]uard)\b"
)  # a state body, which reports call 'the ministry' or 'the police', never 'the group'


def _described_as(name: str, head: str) -> bool:
    """A body described in three or more words ending in ``head``: 'The state civil defence
    agency' for 'the agency' (not 'the ministry' itself)."""
    words = _strip_article(name).lower().split()
    return len(words) >= 3 and words[-1].rstrip("s") == head


def _proper(name: str) -> bool:
    """A proper name: a capitalised word after the first ('Civic Monitoring Network', 'IMG'),
    or an acronym first ('UN human rights office')."""
    words = _strip_article(name).split()
    if not words:
        return False
    return (words[0].isupper() and len(words[0]) > 1) or any(w[:1].isupper() for w in words[1:])


SENTENCE_END = re.compile(r"[.!?]\s|\n")
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z0-9]|\n\s*\n")  # a sentence ends between two offsets
SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[Tt]he\s+)?$")  # what may stand before a sentence's subject


def _sentence_starts(text: str, lo: int, hi: int) -> Iterator[int]:
    """Where the sentences and lines of text[lo:hi] start (a cheap scan, one position each)."""
    yield lo
    for m in SENTENCE_END.finditer(text, lo, hi):
        yield m.end()


SAID_BY_PRONOUN = re.compile(r"\b([Ss]he|[Hh]e)\s+(?:also\s+)?(?:said|says|added|told|explained|stated)\b")
SEX_READ = 300  # how far after a person is named the pronoun that speaks for them is read
SEX_TITLE = re.compile(r"\b(?:(?-i:Mrs|Ms|Miss|Madam|Mme|Mr|Sir)\b|(?:spokes|chair|council|police|congress)(?:wo)?man\b)", re.IGNORECASE)


def _female(title: str) -> bool:
    return title.lower().endswith("woman") or title in ("Mrs", "Ms", "Miss", "Madam", "Mme")


class Entities:
    """The speakers of one report in the order they are introduced, with acronyms."""

    def __init__(self, text: str, lo: int, hi: int, lex: Lexicon, named: Iterable[tuple[int, str]]):
        self.lex, self.text, self.lo, self.hi, self.named = lex, text, lo, hi, list(named)
        self.acronyms: dict[str, str] = {}
        self.defined: list[Entity] = []
        for m in ACRONYM_PAREN.finditer(text, lo, hi):  # fast: each match starts at '('
            before = FULL_BEFORE.search(text, max(lo, m.start() - 160), m.start())
            acr = m["acr"].replace(".", "")
            if before is None or not _initials_fit(acr, _strip_article(before["full"])):
                before = _loose_full(text, max(lo, m.start() - 160), m.start(), acr) or before
            if before is None:
                continue
            full = _strip_article(before["full"])
            if _initials_fit(acr, full) or _loose_fit(acr, full):
                full = _name_for(acr, full, lex)
                self.acronyms.setdefault(acr, full)
                at = before.start("full") + max(before["full"].find(full), 0)
                self.defined.append(Entity(at, full, full, "org", acr))
        self._built = False
        self._people: dict[str, tuple[str | None, str | None]] = {}

    def _build(self) -> None:
        """The people and organisations the text introduces (scanned once, when a pronoun,
        a description or an honorific needs them)."""
        if self._built:
            return
        self._built = True
        text, lo, hi, lex = self.text, self.lo, self.hi, self.lex
        found = list(self.defined)
        kinds: dict[str, str] = {}  # a name's kind as its appositive tells it
        person_roles, org_words = lex.speaker_words["person_roles"], lex.speaker_words["org_words"]
        crowd_adjectives = lex.speaker_words["crowd_adjectives"]
        for m in at_word_starts(_person_after_role(lex), text, lo, hi):
            if m["role"].split()[-1].lower() in person_roles:
                found.append(Entity(m.start("name"), m["name"], m["name"], "person"))
                kinds[m["name"]] = "person"
        for m in at_word_starts(_indefinite_role(lex), text, lo, hi):  # 'came from a police colonel (…). He told'
            before = INDEFINITE_BEFORE.search(text, max(lo, m.start("r") - 40), m.start("r"))
            if (
                before is not None
                and text[before.start() - 2 : before.start()] != ", "  # (no appositive's)
                and not COPULA_BEFORE.search(text, max(lo, before.start() - 12), before.start())
            ):  # (nor a predicate's: 'My sister is a nurse at the hospital. She says …')
                found.append(Entity(before.start(), text[before.start() : m.end()], text[before.start() : m.end()], "person"))
        starts = list(_sentence_starts(text, lo, hi))  # (two patterns are tried there only)
        for m in (ROLE_SUBJECT.match(text, at, hi) for at in starts):
            if m is None:
                continue
            if m["role"].lower() in person_roles:
                found.append(Entity(m.start("name"), m["name"], m["name"], "person"))
        named = [m for m in SAID_NAME.finditer(text, lo, hi)]  # ('"…," said Josefa Santos')
        named += HONORIFIC_NAME.finditer(text, lo, hi)  # 'Dr Sara Mensah runs the trauma unit'
        for a in at_word_starts(AFTER_NAME, text, lo, hi):  # 'The chef de canton, Ngarlem Djekourou, told'
            m = NAME_END.search(text, max(lo, a.start("v") - 60), a.start("v"))
            if m is not None and (a["v"][0] != "w" or "," in text[m.end("name") : a.start("v")]):
                named.append(m)  # (', who' and ', whose' after a comma only)
        for m in named:
            if m["name"].split()[0] not in _not_first_names(lex) and kind_of(m["name"], lex) == "person":
                found.append(Entity(m.start("name"), m["name"], m["name"], "person"))
        for a in APPOSITIVE.finditer(text, lo, hi):  # fast: each match starts at a comma or a bracket
            at = a.start() - 1 if text[a.start()] == "(" else a.start()  # (the name ends before the space)
            m = NAME_BEFORE.search(text, max(lo, at - 80), at) or ONE_NAME_BEFORE.search(
                text, max(lo, at - 40), at
            )  # ('Hengaw, a Norway-based rights group,': a one-word name is an organisation's only)
            if m is None:
                continue
            one_word = " " not in m["name"]
            if one_word and (
                m["name"].endswith("ly")
                or m["name"].lower() in lex.grammar["speaker_adverbs"]
                or m["name"] in _not_first_names(lex)
                or m["name"].lower() in time_words(lex)
            ):
                continue  # 'Sadly, the ministry …', 'Meanwhile, the group …': no name
            words = []
            for w in a["app"].split()[:7]:
                w = w.strip("'’").lower()
                if w in {"of", "for", "at", "in", "with", "from", "who", "which", "that"}:
                    break  # the head comes before its complement: 'a spokesperson for the police'
                if words and w in APPOSITIVE_ENDS:
                    break  # a clause of its own: 'towards Singha Durbar, a figure the committee
                    #        disputed' (the committee is not Singha Durbar)
                words.append(w)
            kind = next(
                ("person" if w in person_roles else "org" for w in reversed(words)
                 if w in person_roles or w in org_words), None,
            )  # fmt: skip
            if (
                kind == "org"
                and (org := ORG_NAME_BEFORE.search(text, max(lo, at - 100), at))
                and not SENTENCE_END_INSIDE.search(org["name"])
            ):  # (not across a full stop: '… in Montevideo. The SUPGN, the union that …')
                m = org  # 'The Syrian Observatory for Human Rights, a Britain-based monitor'
            elif one_word and kind != "org":
                continue  # ('Smith, a spokesman': a surname alone is no introduction)
            if kind:
                found.append(Entity(m.start("name"), m["name"], m["name"], kind))
                kinds[m["name"]] = kind
                if kind == "org":  # 'the monitor' may mean 'X, a Britain-based monitor, …'
                    found.append(Entity(m.start("name") + 1, " ".join(words), m["name"], kind))
        if ", " in text:
            for r in ROLE_THEN_NAME.finditer(text, lo, hi):  # 'The Commissioner of Police in the state, Hakeem Odumosu, paraded'
                if any(w.lower() in person_roles for w in r["words"].split()) and kind_of(r["name"], lex) == "person":
                    found.append(Entity(r.start("name"), r["name"], r["name"], "person"))
                    kinds.setdefault(r["name"], "person")
            for a in BARE_ROLE_APPOSITIVE.finditer(text, lo, hi):  # 'Olumuyiwa Adejobi, spokesperson for the command, said'
                if a["role"] not in person_roles:
                    continue
                m = NAME_BEFORE.search(text, max(lo, a.start() - 80), a.start())
                if m is not None and " " in m["name"] and kind_of(m["name"], lex) == "person":
                    found.append(Entity(m.start("name"), m["name"], m["name"], "person"))
                    kinds.setdefault(m["name"], "person")
        for m in DESCRIBED_NAME.finditer(text, lo, hi):  # 'The miners' federation, Fencomin, said'
            if m["head"].lower() in org_words:
                found.append(Entity(m.start("name"), m["name"], m["name"], "org"))
                found.append(Entity(m.start("name") + 1, m["desc"], m["name"], "org"))
                kinds[m["name"]] = "org"
        for a in ACRONYM_WORD.finditer(text, lo, hi):  # "Doctors' union SYNAMEHP statement: the union counts …"
            d = DESCRIPTION_BEFORE.search(text, max(lo, a.start() - 48), a.start())
            acr = a.group()
            if d and d["head"] in org_words and acr.lower() not in lex.speaker_words["not_speakers"]:
                found.append(Entity(a.start(), acr, self.acronyms.get(acr, acr), "org", acr))
                found.append(Entity(a.start() + 1, d["desc"], self.acronyms.get(acr, acr), "org"))
                kinds.setdefault(acr, "org")
        for m in NAME_THEN_HEAD.finditer(text, lo, hi):
            if m["head"] in org_words:
                kinds.setdefault(m["name"], "org")  # 'the Comptage Citoyen collective'
        for m in ORG_MENTION.finditer(text, lo, hi):
            name = _strip_article(m["name"])
            found.append(Entity(m.start("name"), name, self.expand(name), "org"))
        documents = lex.data["speakers"]["issued_documents"]
        for m in (DOCUMENT_SUBJECT.match(text, at, hi) for at in starts):  # 'The communiqué said 87 …'
            if m is not None and m["noun"].lower() in documents:
                found.append(Entity(m.start("name"), m["name"], m["name"], "document"))
        for m in (INDEFINITE_ORG_SUBJECT.match(text, at, hi) for at in starts):
            if m is None:  # 'A government commission headed by … published its conclusions. It put …'
                continue
            words = m["words"].split()
            heads = [j for j, w in enumerate(words) if w in org_words]
            if heads and heads[-1] > 0 and words[heads[-1]] == "group" and all(w in crowd_adjectives for w in words[: heads[-1]]):
                continue  # 'A big group gathered …': a crowd, no body that speaks
            if heads and not any(w in person_roles for w in words[: heads[-1] + 2]):  # ('A police officer')
                name = " ".join(words[: heads[-1] + 1]).capitalize()  # ('Judicial tribunal': its name, no article)
                found.append(Entity(m.start("words"), name, name, "org"))
        for m in (ORG_SUBJECT.match(text, at, hi) for at in starts):  # 'Amnesty International released …'
            if m is None:
                continue
            words = m["name"].split()
            if (
                len(words) > 1
                and words[0] not in ("The", "A", "An")  # ('The Interior Ministry': a description's to resolve)
                and words[0].lower() not in lex.grammar["member_nouns"]  # ('Members of the … Union')
                and words[0].lower() not in person_roles  # ('President Hakainde Hichilema')
                and any(w.lower() in org_words for w in words)
            ):
                found.append(Entity(m.start("name"), m["name"], self.expand(m["name"]), "org"))
        for m in CAPS_WORD.finditer(text, lo, hi):  # a body by its acronym as a clause's subject: 'the FGR reopened the case'
            if ACRONYM_SUBJECT.match(text, m.end()) and ACRONYM_OPENS.search(text, max(lo, m.start() - 6), m.start()):
                acr = m.group()
                if acr.lower() not in lex.data["speakers"]["not_speakers"]:
                    found.append(Entity(m.start(), acr, self.acronyms.get(acr, acr), "org", acr))
        self.kinds = kinds
        for pos, name in self.named:
            full = self.expand(name)
            kind = kinds.get(_strip_article(full)) or kind_of(full, lex)
            found.append(Entity(pos, name, full, kind, None))
        found.sort(key=lambda e: e.pos)
        self.items = found
        self.starts = [e.pos for e in found]
        self.by_name: dict[str, Entity] = {}  # the last entity of each name as written
        self.by_last: dict[str, str] = {}  # a person's last name -> the full name
        for e in found:
            self.by_name[e.name] = self.by_name[e.full] = e
            if e.kind == "person" and len(e.full.split()) > 1 and not HONORIFIC.match(e.full):
                self.by_last[e.full.split()[-1]] = e.full

    def expand(self, name: str) -> str:
        """The full name of an acronym or honorific the report defines ('IMG', 'Mr. Lee')."""
        a = ACRONYM.match(name.strip())
        if a and a["acr"].replace(".", "") in self.acronyms:
            return self.acronyms[a["acr"].replace(".", "")]
        return name

    def resolve(self, word: str, pos: int, window: int = 4000) -> Entity | None:
        """The most recent entity before ``pos`` (within ``window`` characters) that ``word``
        (a pronoun, 'the group', 'Mr. Lee') may refer to. A description ('the ministry')
        resolves to the fitting entity named most often, or to none when two are named as
        often."""
        self._build()
        k = bisect.bisect_left(self.starts, pos)
        fits = []
        pronoun = not DESCRIPTION.match(word.strip())
        for e in reversed(self.items[max(0, k - 60) : k]):
            if pos - e.pos > window:
                break
            if compatible(word, e):
                if pronoun and e.kind == "person" and self._other_sex(word, e, pos):
                    continue  # 'Dr Nasrin Sultana … she said. … Fourteen policemen had been injured, he
                    #           told a briefing': not her
                if pronoun:
                    obj = OBJECT_OF.search(self.text, max(0, e.pos - 14), e.pos)
                    if obj and AGENT_BY.search(self.text, max(0, e.pos - 40), e.pos):
                        obj = None  # 'the count given by the Association … (AULDZ), a group …. It said': its agent
                    if obj and not (e.kind == "person" and obj.group().lower().startswith("from")):
                        continue  # '… treated at the City Hospital. It now counts …': a place, no subject
                        #           (but a person a figure came from speaks: 'from a police colonel … He')
                    return e
                fits.append(e)
        if not fits and (word.strip().lower() in GENERIC_BODIES or SAME_ONE.match(word.strip())):
            # no name says 'agency': the organisation named last ('CONRED … The agency had said 14';
            # 'The Red Cross attended 31 persons, informed the institution');
            # 'according to the same entity': the one just named, whatever its name's words
            return next((e for e in reversed(self.items[max(0, k - 60) : k])
                         if e.kind == "org" and _proper(e.full) and pos - e.pos <= window), None)  # fmt: skip
        if not fits:
            return None
        if any(_proper(e.full) for e in fits):
            fits = [e for e in fits if _proper(e.full)]  # a name before a mere description
        if not pronoun and (head := DESCRIPTION.match(word.strip())) and len(fits) > 1:
            noun = head["head"].lower().split()[-1].rstrip("s")
            called = [e for e in fits if noun in {w.rstrip("s") for w in re.findall(r"[a-z]+", f"{e.full} {e.name}".lower())}]
            if called and len(called) < len(fits):
                fits = called  # 'the group Iran Human Rights … The group said': the one the report called so,
                #                however often another was named
        if (
            not pronoun
            and pos - fits[0].pos <= JUST_BEFORE
            and _proper(fits[0].full)
            and not SENTENCE_BREAK.search(self.text, fits[0].pos, pos + 3)  # (up to the description's first letters)
            and not SENTENCE_BREAK.search(fits[0].full)
        ):
            # named earlier in the description's own sentence: 'Volunteers of the Red Cross treated
            # 52 people, the organisation's coordinator said' (however often another was named)
            return fits[0]
        if self._subject_just_before(fits[0].pos, pos):
            # the subject of the sentence right before: 'The Ministry of Defence says it sent 60
            # sappers …. The ministry denied that any soldier had been hurt' (a description goes
            # on with the body the paragraph is about, however often another was named before)
            return fits[0]
        # several fit ('the ministry' after two ministries): the one the report names most
        # often in reach, the most recent of those
        counts: dict[str, int] = {}
        for e in fits:
            key = _strip_article(e.full).lower()
            counts[key] = counts.get(key, 0) + 1
        top = max(counts.values())
        if list(counts.values()).count(top) > 1 and len(counts) > 1:
            # as often: the one named just before ('… the Ministry of Health gave a toll of 27.
            # The ministry counted 126 injured'), else no telling which
            return fits[0] if pos - fits[0].pos <= JUST_BEFORE else None
        return next(e for e in fits if counts[_strip_article(e.full).lower()] == top)

    def _other_sex(self, pronoun: str, e: Entity, pos: int) -> bool:
        """Whether the report speaks of person ``e`` with the other sex's words than ``pronoun``'s:
        its title ('Mr', 'Ms', 'spokeswoman'), else the first pronoun that speaks after it is named,
        before ``pos`` ('…, Dr Ana Ruiz, said …. Nineteen were still on the wards, she said')."""
        p = pronoun.lower().strip()
        sex = "m" if p in ("he", "him", "his") else "f" if p in ("she", "her") else None
        if sex is None:
            return False
        titles = {("f" if _female(m.group()) else "m") for m in SEX_TITLE.finditer(e.full)}
        if len(titles) == 1:
            return titles.pop() != sex
        said = SAID_BY_PRONOUN.search(self.text, e.pos + len(e.full), min(pos, e.pos + len(e.full) + SEX_READ))
        return said is not None and ("f" if said.group(1).lower() == "she" else "m") != sex

    def _subject_just_before(self, at: int, pos: int) -> bool:
        """The entity at ``at`` opens the sentence right before the one at ``pos`` (its subject,
        with its article at most), in the same paragraph."""
        if pos - at > JUST_BEFORE or "\n\n" in self.text[at:pos]:
            return False
        opening = self.text[max(0, at - 6) : at]
        if not SENTENCE_OPENING.search(opening):
            return False
        return len(SENTENCE_END.findall(self.text, at, pos)) == 1

    def entity(self, name: str, pos: int) -> Entity:
        """``name`` as an entity: its latest mention before ``pos`` (among the 60 entities
        before it), else one made from the name's words and any appositive the report gives it."""
        self._build()
        k = bisect.bisect_left(self.starts, pos)
        for e in reversed(self.items[max(0, k - 60) : k]):
            if name in (e.name, e.full):
                return e
        full = self.expand(name)
        return Entity(pos, name, full, self.kinds.get(_strip_article(full)) or kind_of(full, self.lex))

    def person(self, last: str) -> str | None:
        """The full name of the person the report names with ``last`` as last name: the
        capitalised words before its first mention that is not 'Mr. Lee' ('Ann Lee',
        'Commissioner Ann Lee' -> 'Ann Lee'). Found with a scan for the name itself, not by
        reading every entity of the report."""
        if last not in self._people:
            self._people[last] = self._find_person(last)
        return self._people[last][0]

    def role_form(self, last: str) -> str | None:
        """The words a report introduces a person with, roles included ('PTI Secretary
        General Salman Akram Raja'): what the claimant's type is read from."""
        self.person(last)
        return self._people[last][1]

    def _find_person(self, last: str) -> tuple[str | None, str | None]:
        person_roles = self.lex.speaker_words["person_roles"]
        titles = person_roles | HONORIFICS
        at = self.text.find(last, self.lo, self.hi)
        role_only: str | None = None  # 'Health Minister Tsogtbaatar': a role, no other name
        while at >= 0:
            if not self.text[at + len(last) : at + len(last) + 1].isalnum():
                m = WORDS_BEFORE.search(self.text, max(self.lo, at - 60), at)
                words = m.group().split() if m else []
                intro = " ".join([*words, last])
                roles = [i for i, w in enumerate(words) if w.lower().rstrip(".") in person_roles]
                if roles:
                    words = words[roles[-1] + 1 :]  # 'Regional Health Minister Rana' -> 'Rana'
                ends = [i for i, w in enumerate(words) if _ends_sentence(w, titles, self.lex)]
                if ends:
                    words = words[ends[-1] + 1 :]  # 'No. Posts (shared …)', 'City Hall. Cops': no first name
                while words and (words[0].lower().rstrip(".") in titles
                                 or words[0].lower() in {"the", "a", "an"}
                                 or words[0] in _not_first_names(self.lex)
                                 or words[0].lower() in time_words(self.lex)
                                 or words[0].isupper() and (len(words) > 1 or len(words[0]) > 1)):
                    words.pop(0)  # fmt: skip  # ('In Rustavi', 'August Réseau Alafia', 'ANDES Peru': no first name)
                if words:
                    return " ".join([*words, last]), intro
                if roles and role_only is None:
                    role_only = intro
            at = self.text.find(last, at + 1, self.hi)
        return None, role_only

    def canonical(self, name: str) -> str:
        """One display name for a claimant of this report: 'IMG' and 'the Independent
        Monitoring Group' -> 'Independent Monitoring Group (IMG)'; 'Mr. Lee' -> 'Ann Lee'."""
        full = self.acronyms.get(name.strip(), self.expand(name))  # ('Knut': a mixed-case acronym)
        hon = HONORIFIC.match(full.strip())
        if hon:
            full = self.person(hon["last"]) or full
        elif LAST_NAME.fullmatch(full.strip()) and full.strip().lower() not in self.lex.claimant_nouns:
            full = self.person(full.strip()) or full  # 'Haddad' -> 'Rana Haddad' (not 'Police')

        bare = _strip_article(full)
        for acr, long in self.acronyms.items():
            if bare.lower() == long.lower() or bare == acr:
                return f"{long} ({acr})"
        return bare


AGENT_BY = re.compile(
    r"\b(?:given|issued|released|published|compiled|kept|announced|reported|put\s+forward|advanced)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # a figure's agent after a passive: 'the count given by the association' (a speaker, not an object)
OBJECT_OF = re.compile(
    r"\b(?:at|in|into|from|to|on|near|outside|inside|by|with|for|of|towards?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # a name after a preposition is a place or an object, not the subject a pronoun picks up


def _ends_sentence(word: str, titles: Collection[str], lex: Lexicon) -> bool:
    """A word before a name that ends the sentence before it ('No.', 'Hall.'), not a title or
    an abbreviation ('Dr.', 'Gen.') or an initial ('J.')."""
    stem = word.rstrip(".")
    return word.endswith(".") and len(stem) > 1 and "." not in stem and stem.lower() not in titles and stem.lower() not in lex.grammar["abbreviations"]


def _name_for(acr: str, full: str, lex: Lexicon) -> str:
    """The name an acronym in brackets stands for, from the capitalised run of words before it:
    after any sentence's end, dash or date in that run ('Cacuaco on Monday. The Observatório
    Cidadão de Luanda (OCL)', 'October 2026 - The Observatoire togolais … (OTDH)'), the longest
    run its letters fit one by one ('Sierra Leone and the Sierra Leone Medical and Dental
    Association (SLMDA)', 'Parties Movimiento Renovación Nacional (MRN)'), else without the
    words before the name that no letter of it stands for ('and Isata Mansaray of the Alliance
    for National Renewal (ANR)').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_name_for(a, f, lex) for a, f in [("ANR", "and Isata Mansaray of the Alliance for National Renewal"),
    ...  ("OCHA", "UN Office for the Coordination of Humanitarian Affairs"), ("ZRM", "Norway-based Zagros Rights Monitor"),
    ...  ("OTDH", "October 2026 - The Observatoire togolais des droits humains")]]
    ['Alliance for National Renewal', 'UN Office for the Coordination of Humanitarian Affairs', 'Zagros Rights Monitor', 'Observatoire togolais des droits humains']
    """
    words = full.split()
    cuts = [i for i, w in enumerate(words[:-1]) if w in "-–—|" or any(ch.isdigit() for ch in w) or _ends_sentence(w, (), lex)]
    if cuts and len(words) - cuts[-1] > 2:
        words = words[cuts[-1] + 1 :]
    letters = [ch for ch in acr.upper() if ch.isalpha()]
    for k in range(len(words) - 1):
        initials = [w[0].upper() for w in words[k:] if w[:1].isupper() and not (w.isupper() and len(w) <= 3)]
        if words[k][:1].isupper() and initials == letters:
            return _strip_article(" ".join(words[k:]))
    while len(words) > 2 and (words[0][:1].islower() or words[0].lower() in ("the", "a", "an") or words[0][:1].upper() not in letters
                              or words[0].lower() in time_words(lex)):
        words.pop(0)
    name = _strip_article(" ".join(words))
    return name if _initials_fit(acr, name) or _loose_fit(acr, name) else _strip_article(full)


def _strip_article(s: str) -> str:
    s = " ".join(s.split())
    return s[4:] if s[:4].lower() == "the " else s


def _initials_fit(acr: str, full: str) -> bool:
    """'IMG' fits 'Independent Monitoring Group'; 'OHCHR' fits 'Office of the (UN) High
    Commissioner for Human Rights': the acronym's letters are initials of the name, in order."""
    initials = "".join(w[0] for w in full.split() if w[0].isupper())
    it = iter(initials.upper())
    letters = [ch for ch in acr.upper() if ch.isalpha()]
    return len(letters) >= 2 and all(ch in it for ch in letters)  # ('UN Office for … (OCHA)')


# --- one identity across reports ---------------------------------------------------------------

SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)  # (a pure reading of the name, asked for each claim: few names recur a lot)
def claimant_id(name: str | None) -> str | None:
    """A stable id for a display name: 'Independent Monitoring Group (IMG)' ->
    'independent-monitoring-group'.

    >>> claimant_id("Independent Monitoring Group (IMG)"), claimant_id("the Police")
    ('independent-monitoring-group', 'police')
    """
    if not name:
        return None
    base = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    base = _strip_article(base).lower().replace("’", "'")
    base = re.sub(r"'s\b", "", base)
    return SLUG.sub("-", base).strip("-") or None


_NAME_LINKS = frozenset({"of", "de", "del", "la", "the", "and", "for", "y", "on", "des", "du", "et"})
_DEFINED = re.compile(
    r"\b((?:[A-ZÀ-Þ][\w'’.-]*\s+(?:(?:of|de|del|la|the|and|for|y|on|des|du|et)\s+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)"
)


def _initials_of(name: str) -> set[str]:
    """The acronyms a body's name may go by: the initials of its words, with or without its
    small linking words, and without a last 'of/de <Place>' ('MINISTRY OF INTERNAL AFFAIRS OF
    GEORGIA' -> MIA; 'Policía Nacional Civil de Guatemala' -> PNC; 'Ministry of Health' -> MOH, MH)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"\s*\([^()]*\)\s*$", "", name))
    if words and words[0].lower() == "the":
        words = words[1:]
    cuts = [words]
    for n in range(len(words) - 2, 0, -1):  # (a last 'of Georgia': the body's country, often left out)
        if words[n].lower() in _NAME_LINKS and words[n + 1][0].isupper() and n + 2 == len(words):
            cuts.append(words[:n])
    out = set()
    for ws in cuts:
        if len(ws) < 2 or not all(w[0].isupper() or w.lower() in _NAME_LINKS for w in ws):
            continue
        out.add("".join(w[0] for w in ws).upper())
        out.add("".join(w[0] for w in ws if w.lower() not in _NAME_LINKS).upper())
    return {a for a in out if len(a) >= 2}


def unify(names: Sequence[str], texts: Sequence[str] = ()) -> dict[str, str]:
    """Across reports: a display name that is an acronym another report spells out joins it
    ('IMG' -> 'Independent Monitoring Group (IMG)'), as does one a report's text spells out
    where no claimant does ('the PNC' -> 'National Civil Police (PNC)', from 'agents of the
    National Civil Police (PNC) detained eight'), and a body's full name whose initials are
    that acronym ('MINISTRY OF INTERNAL AFFAIRS OF GEORGIA', 'MIA'; 'Ministry of Health',
    'MoH'): one body under its acronym and its name."""
    spelled: dict[str, str] = {}
    for n in names:
        m = re.search(r"\(([A-Z][A-Za-z0-9&-]{1,9})\)$", n or "")
        if m:
            spelled.setdefault(m.group(1), n)
    acronyms = {n for n in names if n and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", n) and sum(ch.isupper() for ch in n) >= 2}
    for text in texts:  # (the first spelling out in the reports, as the name lists order them)
        for m in _DEFINED.finditer(text):
            words, acr = m.group(1).split(), m.group(2)
            if acr not in acronyms or acr in spelled:
                continue
            for start in range(len(words)):  # ('Agents of the National Civil Police (PNC)': its last words)
                full = " ".join(words[start:])
                if words[start][0].isupper() and sorted(acr.upper()) in map(sorted, _initials_of(full)):
                    spelled[acr] = f"{full} ({acr})"  # (in any order: a name in translation)
                    break
    for acr in sorted(acronyms):
        fits = sorted(n for n in names if n != acr and " " in n and acr.upper() in _initials_of(n))
        if acr not in spelled and len(fits) == 1:
            spelled[acr] = fits[0] if fits[0].endswith(f"({acr})") else f"{fits[0]} ({acr})"
        if acr in spelled:
            for n in fits:
                spelled.setdefault(n, spelled[acr])
    bare = {re.sub(r"\s*\([^()]*\)$", "", full): full for full in spelled.values()}
    out = {n: spelled.get(n) or bare[n] for n in names if n in spelled or n in bare}  # ('National Civil Police')
    return {n: full for n, full in out.items() if full != n}

"""Parser stage, attribution within a sentence beyond its speech verb: headline grammar ('12
dead in port clashes, says Red Crescent'), a bracket or a label naming a figure's claimant
('70,000 (the organisers)', "X's estimate: N", 'Police: 45,000'), contrasts ('a figure
organisers disputed, saying 15,000', 'the government, which said 19') and one attribution
covering several figures ('5 dead and 20 wounded, according to the Red Cross').

Every wording is a named rule with the sentences it must and must not fire on (tests run
them), so that it can move into the parser's rule files."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.entities import (
    CONTRASTED,
    body_of_record,
    claimant_word,
    plausible,
    tidy,
    verb_form,
)
from claimcheck.layout import CITED_END
from claimcheck.lexicon import Lexicon, literal_alternation
from claimcheck.when import WEEKDAY, WEEKDAY_ABBR, WEEKDAY_STEM

N = "\x00"  # where the figure is, in a rule's examples


@dataclass(frozen=True)
class Rule:
    """A wording that names the claimant of the figure after (``before``: matched against
    the sentence up to the figure) or right before it (``after``: from the figure's end)."""

    id: str
    doc: str
    pattern: re.Pattern[str]
    side: str  # before | after
    override: bool  # replaces a claimant the speech verb gave (else fills a missing one)
    examples: tuple[tuple[str, str], ...] = ()  # (sentence with the figure, claimant)
    not_examples: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()  # one of these (lower case) must be on the rule's side
    reach: int = 0  # before: how far before the figure its wording may start (0: BEFORE)
    # and one of these (lower case) must be there too; pieces without an 'i', 's' or 'k', which
    # an IGNORECASE pattern also matches in other letters ('İ', 'ſ', 'K'): 'mate' of 'estimate'
    also: tuple[str, ...] = ()
    # names a speaker only for a figure whose clause before was told by a speech verb ('The
    # police said 38,000, the union 120,000'): the caller tells (find's ``said``)
    after_speech: bool = False


BEFORE = 300  # how far before a figure a rule's wording may start


ESTIMATE_NOUNS = r"(?:estimate|count|figure|tally|toll|number|total|numbers|figures|estimates)"
OBJECT_VERBS = (
    r"(?:confirm|confirmed|dispute[sd]?|reject(?:s|ed)?|question(?:s|ed)?|challenge[sd]?"
    r"|accept(?:s|ed)?|contradict(?:s|ed)?|repeat(?:s|ed)?|cite[sd]?|echo(?:es|ed)?|than"
    r"|with|below|above|doubled|tripled)"
)  # verbs and words whose object is another's estimate: "could not confirm the government's figure of 38"
LEAD_QUALIFIER = (
    r"(?:(?:only|just|barely|about|around|some|roughly|approximately|at\s+least|nearly|almost"
    r"|over|more\s+than|fewer\s+than|less\s+than|up\s+to|between|as\s+many\s+as|as\s+few\s+as"
    r"|close\s+to|well\s+over)\s+)*"
)
SPEECH_AFTER_WHICH = (
    r"(?:said|says|say|puts?|claims?|claimed|estimated|estimates?|gave|gives?|counted|counts?|reported"
    r"|reports?|insists?|insisted|maintains?|maintained|stated|states|acknowledged|acknowledges?|admitted|admits?"
    r"|recorded|records?|documented|documents|confirmed|confirms?|tallied|tallies|cited|cites)"
)  # (a plural antecedent's present too: 'the rebels, which claim 40', 'the police, who acknowledge two')

COUNT_WORD = (
    r"(?:[1-9]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen"
    r"|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy"
    r"|Eighty|Ninety|Dozens|Hundreds|Thousands)"
)  # a label that opens with a count is a clause ('Twenty-three of them remain in hospital: …')

DOCUMENT_NOUN = (
    r"(?:sitrep|situation\s+report|update|bulletin|briefing|figures?|tally|count|data|estimate"
    r"|press\s+release|statement|communiqu[eé])"
)  # what a body issues, named in a list line's label
DOCUMENT_TIME = (
    r"(?:\s+(?:last\s+night|this\s+(?:morning|afternoon|evening)|yesterday|today|tonight|overnight"
    r"|(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h)))?"
)  # when it came: 'TTPS update last night:', 'DDM bulletin at 6 pm:'
OWNED_STATEMENT = r"(?:statement|bulletin|update|release|press\s+release|communiqué|note|report)"  # a body's document before its figures
STATEMENT_TIME = (
    r"(?:\s+(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h)?|at\s+(?:noon|midnight)|this\s+(?:morning|afternoon|evening)"
    r"|last\s+night|late\s+on\s+\w+|on\s+\w+day))?"
)  # when a body's statement or count came out: 'at 9pm', 'this morning', 'on Friday'
EARLIER_ON_LINE = r"(?:[^:;\n]{0,80}?\d[^:;\n]{0,40}?(?:,|\s+plus|\s+and)\s+)?"
# a list line's earlier figure: 'X: 468 treated, 57 hospitalised', 'X: 1,500 officers in the city plus 300 …'

COUNT_NOUNS = rf"(?:{ESTIMATE_NOUNS}|summary|re-?count|recounts?|counts|tallies|totals)"  # a count someone made
COUNT_ADJECTIVE = (
    r"(?:own|latest|final|official|unofficial|initial|updated|revised|new|first|second|third|provisional|preliminary"
    r"|national|nationwide|overall|total|full|running|daily|nightly|weekly|overnight|morning|evening|last|previous"
    r"|earlier|later|current|early|rough|independent|internal|regional|local|casualty|death|crowd|arrest|injury)"
)  # the words before a count's noun that say which count: 'latest', 'national', 'own casualty' (not a body's
#   noun: "Farmers' federation statement" is the federation's)
COUNT_ASIDE = r"(?:,\s*(?:\w+(?:ed|en|ing)|given|done|made|drawn|shown|set|read|put|for\s+its\s+part)\b[^,;:()\n]{0,60},)"
# set off after the count, what was done with it: ', repeated by its spokesman on Thursday,', ', based on …,'
COUNT_PHRASE = r"(?:(?!\b(?:was|were|is|are|has|have|had|than)\b)[^,;:()\d\n]){1,50}?"
# what a count is of, for or since, with no verb in it ('of those detained over the weekend'; not 'at that
# moment was higher than the police count': another clause)
CLAUSE_TO_COLON = r"\s+(?:has|have|had|is|are|was|were)\b[^,;:()\d\n\"“]{0,40}:"
# a clause that closes with the colon the figures follow: 'has just landed:', 'is out:', 'is much higher:'

ADJUNCT_MAKER = (
    r"(?P<np>police|government|army|military|ministry|union|unions|organisers|organizers"
    r"|hospital|UN|U\.N\.|opposition)\s+(?:(?:crowd|death|casualty|turnout|attendance|arrest|injury)\s+)?"
)  # who made a count named without a possessive, and the kind of count: 'police crowd (figure)'


RULES: tuple[Rule, ...] = (
    Rule(
        "cover/bracket-after",
        "A claimant in brackets right after the figure: 'between 18,000 (a police estimate) and "
        "70,000 (the organisers)', an infobox's 'Dead: 41 (district administration)', or after "
        "the measure word of an infobox cell with its citation: '6 killed (Ethiopian government)[4]', "
        "'40+ killed (SAF claim)[3]'.",
        re.compile(
            r"(?:\+?[ \t]+(?:[a-z]+[ \t]+)?(?:killed|dead|deaths|wounded|injured|hurt|arrested|detained)"
            r"(?=[ \t]*\([^()\n]{2,70}\)[ \t]*(?:\[\w{1,4}\][ \t]*)+|[ \t]*\([^()\n]{1,40}[ \t](?:figure|count|estimate|tally|claim)s?\)))?"
            r"[ \t]*\((?P<np>[^()\n]{2,70})\)"
        ),  # (an infobox cell names its measure before the bracket, a citation after: '6 killed (X)[4]', or
        #    the bracket the kind of count: '4 dead (police figure)')
        "after",
        True,
        (
            (f"between {N} (a police estimate) and 70,000", "police"),
            (f"Dead: {N} (district administration)", "district administration"),
            (f"Deaths: {N} (2004 inquiry)", "inquiry"),
            (f"Casualties and losses 27 killed[3] {N} killed (Harbour Police)[4]", "Harbour Police"),
            (f"{N}+ killed (army claim)[3] 11 civilians killed[5]", "army"),
            (f"GGNA now: {N} dead (police figure), 142 arrested.", "police"),
        ),
        (f"Police: {N} (first day)", f"{N} (all three days)", f"{N} (about 12 miles)",
         f"{N} killed (most of them civilians), the police said"),  # fmt: skip
        needs=('(',),
    ),
    Rule(
        "cover/for-or-by-after",
        "A source named right after the figure with 'for' (a second estimate with its verb "
        "left out: 'Turnout was 95,000 according to the prefecture, 350,000 for the unions') or "
        "'by' (a passive estimate: 'attendance was put at between 60,000 and 90,000 by the "
        "city's police headquarters', its acronym after it: '… by the Harbour Police Service (HPS)'). Only a speaker of a known kind counts: '12 by gunfire' "
        "names none; nor does a denial's agent ('denied that any detainee had been beaten by "
        "police': the police are who beat, not who speaks).",
        re.compile(
            r"(?:(?<=\d)|(?<=hundred)|(?<=thousand)|(?<=million))"  # a figure, not 'denied … beaten'
            r"[ \t]+(?:for|by)\s+(?!the\s+(?:time|end)\b)(?P<np>(?:the\s+)?[^,;.\"“”()\n]{2,60}?)(?:\s+\([A-Z][A-Za-z&]{1,9}\))?"  # (its acronym after it)
            r"\s*(?:[,;.!]|$|\s(?:while|whereas|but|and|according|on|in)\b)"
        ),
        "after",
        True,
        (
            (f"Turnout was 95,000 according to the prefecture, {N} for the unions.", "the unions"),
            (f"In Milan, attendance was put at {N} by the city's police headquarters, while the "
             "CGIL said 200,000 had marched.", "the city's police headquarters"),
            (f"The crowd was estimated at {N} by the Harbour Police Service (HPS),[3] while the "
             "union said 3,000.", "the Harbour Police Service"),
        ),  # fmt: skip
        (f"Police said {N} by Monday.", f"The toll rose to {N} by gunfire.",
         f"Our reporter put the crowd at {N} by the time it reached the governorate building."),
        needs=(" for ", " by "),
    ),
    Rule(
        "cover/with-them-confirming",
        "A source set off after the figure in a clause of 'with' and a participle of speech: "
        "'The death toll has risen to 9, with the coastguard confirming on Sunday that two more "
        "bodies were found', '…, with police saying the number could rise'. Who or what does "
        "anything else names nobody ('with the army guarding the bridge', 'with 12 officers "
        "among them').",
        re.compile(
            r"[^,;:.()\"“”\n\d]{0,60}?,?[ \t]+with\s+(?P<np>(?:the\s+)?[^,;:.()\"“”\n\d]{2,60}?)\s+"
            r"(?:confirming|saying|reporting|announcing|stating|adding|estimating|insisting|putting\s+the)\b"
        ),
        "after",
        False,
        (
            (f"The death toll has risen to {N}, with the coastguard confirming on Sunday that two more "
             "bodies were found.", "the coastguard"),
            (f"At least {N} people were detained, with police saying more arrests would follow.", "police"),
        ),  # fmt: skip
        (f"The march drew {N} people, with the army guarding the bridge.",
         f"{N} people were injured, with 40 of them children."),
        needs=(" with ",),
    ),
    Rule(
        "cover/by-their-count-after",
        "A count named by its maker right after the figure: 'The last strike drew about 2,500 "
        "workers by the ministry's count', '3,000 people by the organisers' estimate'. A "
        "possessive that is no count names nobody ('killed by the army's fire').",
        re.compile(
            r"(?:[ \t]+[a-z][\w'’-]*){0,3}?,?[ \t]+(?:by|on|in)\s+(?P<np>(?:the\s+)?[^,;:()\"“”\n\d]{2,50}?)"
            r"(?:'s|’s|(?<=s)['’])\s+(?:own\s+|latest\s+|official\s+|final\s+)?"
            r"(?:count|tally|estimate|figures?|numbers|reckoning|calculations?)\b"
        ),
        "after",
        True,
        (
            (f"The last strike drew about {N} workers by the ministry's count.", "the ministry"),
            (f"About {N} people marched, by the organisers' own estimate.", "the organisers"),
        ),
        (f"{N} people were killed by the army's fire.", f"{N} people by the day's end"),
        needs=("count", "tally", "estimate", "figure", "numbers", "reckoning", "calculation"),
    ),
    Rule(
        "cover/in-their-figure",
        "A figure placed in its maker's figure or list right after it: 'more than the 41 in the "
        "police figure', 'the 30 in the ministry's list'. Only a speaker of a known kind counts "
        "('the 12 in the first figure' names none).",
        re.compile(
            r"[ \t]+in\s+(?P<np>(?:the\s+)?[^,;:()\"“”\n\d]{2,40}?)(?:'s|’s|(?<=s)['’])?\s+"
            r"(?:own\s+|latest\s+|official\s+|final\s+)?(?:figures?|count|tally|toll|list|estimates?)\b"
        ),
        "after",
        True,
        (
            (f"At least 60 people were hurt, more than the {N} in the police figure.", "the police"),
            (f"It named 52, not the {N} in the ministry's list.", "the ministry"),
        ),
        (f"It named 52, not the {N} in the first figure.", f"the {N} in the official figures"),
        needs=(" in ",),
    ),
    Rule(
        "cover/their-figure-in-brackets",
        "A figure in brackets right after the figure noun of its maker: 'Police figures (1,130 "
        "detained) leave out those released', 'Figures differ: the ministry's count (96) …'. Only a "
        "speaker of a known kind counts ('Official figures (22 dead)' names none).",
        re.compile(
            rf"(?:^|[,;:—–]\s*|\s)(?P<np>(?:the\s+)?[^,;:()\"“”\n\d]{{2,40}}?)(?:'s|’s|(?<=s)['’])?\s+"
            rf"(?:own\s+|latest\s+|official\s+|final\s+)?{ESTIMATE_NOUNS}\s*\(\s*{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"Police figures ({N} detained) leave out those released the same night", "Police"),
            (f"Figures differ: the ministry's count ({N}) leaves out the missing", "the ministry"),
        ),
        (f"Official figures ({N} dead) were revised", f"The death toll ({N}) rose"),
        needs=("(",),
        also=("mate", "count", "gure", "tally", "toll", "number", "total"),  # ESTIMATE_NOUNS
    ),
    Rule(
        "cover/possessive-estimate",
        "The figure of a named estimate: \"Comptage Citoyen's estimate: 33,000\", \"The "
        "Interior Ministry's figure in March 1996 was 112\", 'Our count: 33,000', in apposition: \"The project's "
        "figure for the force at the bridge, about 250 soldiers\", its noun left out after another's "
        "('the directorate's count was 3,500 and the committee's was more than 11,000').",
        re.compile(
            rf"(?:^(?:\s*\d{{1,2}}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+)?|(?:(?<!\d),|[;(—–])\s*|(?<!\d):\s*|\band\s+|\bwhile\s+|\b{OBJECT_VERBS}\s+)"
            rf"(?P<np>(?:the\s+|an?\s+)?(?:(?!\b{OBJECT_VERBS}\b)[^,;:()\n]){{1,60}}?)(?:'s|’s|(?<=s)['’])"
            rf"(?:\s+(?:{COUNT_ADJECTIVE}\s+){{0,2}}"
            rf"(?:{COUNT_NOUNS}(?:\s+(?:in|for|of|on|at)\s+{COUNT_PHRASE}(?:\s+\d{{4}})?)?"
            rf"|{OWNED_STATEMENT}(?=\s*:|\s+(?:at|on|of|this|last|late)\s|{CLAUSE_TO_COLON}))"  # ('the ministry's statement at 9pm: 27 arrested')
            rf"{STATEMENT_TIME}"
            rf"{COUNT_ASIDE}?"
            rf"\s*(?::|,|\s+(?:still\s+|now\s+)?(?:stands|stood)\s*:|{CLAUSE_TO_COLON}"
            rf"|\s+(?:was|is|are|were|stood\s+at|stands\s+at|reached|came\s+to|came\s+in\s+at|of|at|put\s+at"
            rf"|(?:rose|climbed|went\s+up|grew)\s+(?:from|to)|gave|gives"
            rf"|(?:was|is)\s+(?:much\s+|far\s+|even\s+|slightly\s+)?(?:higher|lower|larger|smaller),?\s+at))"
            rf"|\s+(?:was|is|stood\s+at|stands\s+at))"  # its figure's noun left out: "… and the committee's was 11,000"
            rf"\s*{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"The union's estimate: {N} workers", "The union"),
            (f"The KCTU's own tally was higher, at {N}", "The KCTU"),
            (f"the home department's toll, given on the night of the firing, was {N}",
             "the home department"),
            (f"The Interior Ministry's figure in March 1996 was {N} dead", "The Interior Ministry"),
            (f"the directorate's count was 3,500 and the committee's was more than {N}", "the committee"),
            (f"Comptage Citoyen’s count of {N} marchers", "Comptage Citoyen"),
            (f"08:03  CONRED's updated figure: {N} dead and 52 injured", "CONRED"),
            (f"It could not confirm the government's figure of {N} officers injured", "the government"),
            (f"The project's figure for the force at the bridge, about {N} soldiers, has never been answered",
             "The project"),
            (f"The ministry's statement at 9pm: {N} arrested, 14 officers hurt", "The ministry"),
            (f"On injuries, the fire service's count still stands: {N} people taken to hospital", "the fire service"),
            (f"The union's bulletin this morning: {N} members held overnight", "The union"),
        ),
        (f"The day's toll was {N}", f"Last year's count: {N}"),
        needs=("'s", '’s', "s'", 's’'),
        also=("mate", "count", "gure", "tally", "tallie", "toll", "number", "total", "summar", "tatement", "bullet", "update", "relea", "communiqu", "note", "report"),  # COUNT_NOUNS, OWNED_STATEMENT
    ),
    Rule(
        "cover/gives-an-estimate-colon",
        "A body that gives, posts or publishes an estimate with the figure after a colon: 'Arhiv "
        "javnih skupova (the NGO that counts crowds from aerial photos) posts a first estimate: "
        "\"at least 80,000 people\"', 'The union released its own count: 70,000'. An aside in "
        "brackets after the name is skipped.",
        re.compile(
            rf"(?:^(?:\s*[-•*]\s*)?(?:\d{{1,2}}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*[-–—]?\s+)?|[.;]\s+|\bwhile\s+|\band\s+)"
            rf"(?P<np>(?:the\s+)?(?-i:[A-Z])[^,;:()\n]{{1,60}}?)(?:\s*\([^()\n]{{1,120}}\))?"
            rf"\s+(?:posts|posted|gives|gave|publishes|published|releases|released|issues|issued|offers|offered|puts\s+out|put\s+out)"
            rf"\s+(?:a|an|its|their|his|her)\s+(?:(?:own|first|new|latest|revised|initial|final|updated|provisional)\s+){{0,2}}"
            rf"(?:crowd\s+)?{ESTIMATE_NOUNS}\s*:\s*[\"“]?{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"- 16:45 – Arhiv javnih skupova (the NGO that counts crowds from aerial photos) posts a first estimate: \"{N} people\"",
             "Arhiv javnih skupova"),
            (f"The union released its own count: {N}", "The union"),
        ),
        (f"The day gave a first estimate: {N}", f"police said the crowd was {N}"),
        needs=("estimate", "count", "figure", "tally", "toll", "number", "total"),
    ),
    Rule(
        "cover/possessive-colon",
        "A figure given as someone's after a colon, its noun left out: 'the first figure anyone "
        "heard was the acting governor's: 11 dead', 'the directorate's count was 3,500 and the "
        "committee's was more than 11,000'. A time's possessive names no one ('Last year's: 40').",
        re.compile(
            rf"(?:^|\s)(?P<np>(?:the|an?)\s+(?:(?!(?:was|is|were|are|had|has|be|been)\s)[\w-]+\s+){{0,3}}?"
            rf"(?!(?:year|week|day|month|night|today|yesterday|tonight)(?:'s|’s))[A-Za-z][\w-]*"
            rf"|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){{0,3}})(?:'s|’s)"
            rf"(?:\s*:|\s+(?:was|is|stood\s+at))\s*{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"When the shooting stopped, the first figure anyone heard was the acting governor's: {N} dead",
             "the acting governor"),
            (f"The first figure was Amnesty's: {N} dead", "Amnesty"),
            (f"the directorate's count was 3,500 and the committee's was more than {N}", "the committee"),
        ),
        (f"Last year's: {N} dead", f"The toll was the worst since last week's: {N}",
         f"The first figure was the lowest: {N}"),
        needs=("'s:", "’s:", "'s :", "’s :", "'s was", "’s was", "'s is", "’s is", "'s stood", "’s stood"),
    ),
    Rule(
        "cover/adjunct-estimate",
        "A count named by who made it, without a possessive: 'We reject the police count of "
        "29,000', 'the official government tally of 14 dead', 'the union estimate of 90,000', a headline's "
        "'hit back at police crowd figure of 12,000'.",
        re.compile(
            rf"\b(?:the|a|an|at|over|on)\s+(?:official\s+|latest\s+|initial\s+|final\s+|own\s+)?"
            rf"{ADJUNCT_MAKER}{ESTIMATE_NOUNS}\s+(?:of|at|was|is)\s+"
            rf"{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"We reject the police count of {N} for the capital", "police"),
            (f"the union estimate of {N} marchers", "union"),
            (f"The organisers rejected the police crowd figure of {N}.", "police"),
            (f"Organisers hit back at police crowd figure of {N}", "police"),
        ),
        (f"the death count of {N}", f"the police said the count of {N}"),
        needs=("count", "estimate", "figure", "tally", "toll", "number", "total"),
    ),
    Rule(
        "cover/adjunct-label",
        "A figure labelled by whose estimate it is, without a possessive, inside a sentence: "
        "'(organisers' estimate: 200,000 people; police estimate: 55,000)', '…, union count: 90,000'.",
        re.compile(
            rf"(?:[;(,—–]\s*)(?:the\s+)?{ADJUNCT_MAKER}{ESTIMATE_NOUNS}\s*:\s*{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"Protests in the capital (organisers' estimate: 200,000 people; police estimate: {N})", "police"),
            (f"Thousands marched in Lyon, union count: {N}", "union"),
        ),
        (f"Thousands marched; official estimate: {N}", f"Police said the crowd was large; estimate: {N}"),
        needs=("count", "estimate", "figure", "tally", "toll", "number", "total"),
    ),
    Rule(
        "cover/possessive-figure-compared",
        "A figure set against another's and named by its owner's possessive alone, its noun left "
        "out: 'we recorded 130 detentions, against the ministry's 74', 'well below the "
        "organisers' 20,000', 'up from the police's 9,000 on Monday'. Only a body or a role owns one "
        "(not 'the country's 47 counties').",
        re.compile(
            r"\b(?:against|than|with|versus|vs\.?|above|below|under|over|from|beside|besides|to|not)\s+"
            r"(?P<np>the\s+(?:[\w&.-]+\s+){0,3}?[\w&.-]+?)(?:'s|’s|(?<=s)['’])\s+"
            rf"(?:own\s+)?{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"After the 2018 election we recorded 130 detentions in a week, against the ministry's {N}", "the ministry"),
            (f"The union counted 40,000, well above the police's {N}", "the police"),
            (f"Turnout was put at 60,000, up from the organisers' {N} on Monday", "the organisers"),
            (f"Rights groups say 31 died, more than the army's {N}", "the army"),
        ),
        (f"The march crossed the country's {N} provinces", f"It was the largest of the city's {N} rallies"),
        needs=("'s", "’s", "s'", "s’"),
    ),
    Rule(
        "cover/figure-given-by",
        "A figure introduced by who gave it: 'The figure, given by the interior ministry, was "
        "112', 'the toll released by the health ministry stood at 41', 'the count published by "
        "the prefecture: 12,000', 'The figure given by the army — 42 dead — is disputed', 'The official "
        "toll, set by a government commission in March 2006, remains 31'.",
        re.compile(
            rf"\b{ESTIMATE_NOUNS},?\s+(?:first\s+|later\s+|officially\s+)?(?:given|released|issued"
            rf"|provided|cited|announced|published|compiled|put\s+out|reported|set|established)\s+by\s+"
            rf"(?P<np>[^,;:()\n]{{2,60}}?)(?:\s+(?:on\s+\w+|(?:shortly\s+|soon\s+|just\s+)?(?:after|before)"
            rf"\s+\w+|that\s+(?:night|day|evening|morning)|overnight|in\s+(?:[A-Z][a-z]+\s+)?\d{{4}}))?,?\s*"
            rf"(?::|[—–]|\s(?:was|were|is|are|remains|remained|stood\s+at|stands\s+at|reached|of|at))\s*{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"The figure, given by the interior ministry, was {N} dead", "the interior ministry"),
            (f"the toll released by the health ministry stood at {N}", "the health ministry"),
            (f"The first figures, given by the police shortly after midnight, were {N} dead",
             "the police"),
            (f"The figure given by the army — {N} dead — is disputed by local leaders", "the army"),
            (f"The official toll, set by a government commission in March 2006, remains {N}",
             "government commission"),
        ),
        (f"The figure was given by {N} people",),
        needs=("given by", "released by", "issued by", "provided by", "cited by", "announced by",
               "published by", "compiled by", "put out by", "reported by", "set by", "established by"),  # fmt: skip
    ),
    Rule(
        "cover/count-by-its-maker",
        "A count, study or analysis named with its maker after 'by', then what it came to, with "
        "what it was based on set off between: 'An independent estimate by the sociologist Anna "
        "Berg, based on drone photographs taken at 17:15, came in at 9,000', 'A 2013 study by the "
        "historian Ivan Petrov, using hospital archives, put the figure at 11', 'An analysis of "
        "aerial photographs by a geographer, published Monday, put the crowd at 12,400'.",
        re.compile(
            rf"\b(?:{COUNT_NOUNS}|analysis|analyses|study|studies|survey|review|investigation|calculations?|projection)"
            rf"(?:\s+of\s+{COUNT_PHRASE})?\s+by\s+(?P<np>[^,;:()\n]{{2,60}}?)"
            rf"(?:\s*,\s*(?:[^,;:()\n]|(?<=\d):(?=\d)){{2,80}}?){{0,2}},?"
            rf"\s+(?:was|were|is|are|came\s+(?:in\s+)?(?:at|to)|(?:put|puts)\s+(?:the\s+\w+\s+)?at|gave|gives"
            rf"|found|counted|showed|shows|reached|(?:estimated|estimates)\s+(?:the\s+\w+\s+)?at)\s*(?:between\s+)?{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"An independent estimate by the sociologist Anna Berg, based on drone photographs taken at 17:15, came in at {N}",
             "the sociologist Anna Berg"),
            (f"A 2013 study by the historian Ivan Petrov, using hospital archives, put the figure at {N}",
             "the historian Ivan Petrov"),
            (f"A survey of the district's clinics by the medical association, published on Monday, found {N} injured",
             "the medical association"),
        ),
        (f"The march, organised by the union, was the largest since 2019, and {N} people were arrested",
         f"A study by the university was published, and {N} people were arrested"),
        needs=(" by ",),
    ),
    Rule(
        "cover/by-their-count",
        "A count named by its maker before the clause it covers: \"By the army's count, 14 "
        "soldiers were killed\", 'By its own tally, the union says 2,000 members were held', "
        "'On the ministry's figures, 31 officers were hurt'.",
        re.compile(
            r"^\W*(?:by|on|in|under|from)\s+(?P<np>(?:the\s+)?[^,;:()\n]{2,50}?)(?:'s|’s|(?<=s)['’])\s+"
            r"(?:own\s+|latest\s+|official\s+)?(?:count|tally|estimate|figures|numbers|reckoning"
            r"|records)\s*,\s*[^;:\n]{0,80}?$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"By the army's count, {N} soldiers were killed", "the army"),
            (f"On the ministry's figures, {N} officers were hurt", "the ministry"),
        ),
        (f"By the end of the day, {N} people had been arrested",),
        needs=("count", "tally", "estimate", "figures", "numbers", "reckoning", "records"),
    ),
    Rule(
        "cover/hospital-received",
        "A hospital's own count: the hospital, clinic or morgue that received, admitted or "
        "treated the people counted ('The Komfo Anokye Teaching Hospital (KATH) received 23 of "
        "the injured', 'the city morgue has taken in 41 bodies').",
        re.compile(
            r"(?:^|[,;:(—–]\s*|\.\s+)(?P<np>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}(?:[Hh]ospital"
            r"|[Cc]linic|[Hh]ealth\s+[Cc]ent(?:re|er)|[Mm]orgue|[Mm]ortuary|[Ii]nfirmary)"
            r"(?:\s+[Nn]o\.?\s*\d{1,3})?(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:in|of)\s+[A-Z][\w'’-]+)?"
            r"|(?<![\w,] )(?:She|He)(?=\s+(?:has\s+|had\s+)?treated\b))(?:,\s*[^,;:]{2,40},)?"  # ('She has treated 61')
            r"\s+(?:alone\s+)?(?:has\s+|had\s+|have\s+)?(?:received|admitted|treated|took\s+in|taken\s+in"
            r"|registered|recorded)\s+" + LEAD_QUALIFIER + r"$"
        ),
        "before",
        False,
        (
            (f"The Komfo Anokye Teaching Hospital (KATH) received {N} of the injured",
             "The Komfo Anokye Teaching Hospital (KATH)"),
            (f"The health centre in Gore, which we support, received {N} wounded people",
             "The health centre in Gore"),
            (f"Dr Sara Mensah runs the trauma unit. She has treated {N} patients since Friday", "She"),
        ),
        (f"Doctors at the hospital said they received {N} people",
         f"Relatives took {N} of the injured to hospital"),
        needs=("hospital", "clinic", "health cent", "morgue", "mortuary", "infirmary", "she ", "he "),
        # and its verb, as written (a case-sensitive pattern): 'he ' is in every 'the '
        also=("received", "admitted", "treated", "took", "taken", "registered", "recorded"),
    ),
    Rule(
        "cover/service-took",
        "An ambulance or rescue service's own count of the people it carried: 'The Lebanese Red "
        "Cross took 18 people to hospitals', 'Paramedics transported 40 of the injured' (a medical "
        "or rescue body of claimant_roles.hospital, not 'Relatives took 12 of the injured to hospital').",
        re.compile(
            r"(?:^|[,;:(—–]\s*)(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s+"
            r"(?:(?:has|had|have)\s+)?(?:took|taken|transported|carried|evacuated|brought|rushed|ferried)\s+"
            + LEAD_QUALIFIER + r"$"
        ),
        "before",
        False,
        ((f"The Lebanese Red Cross took {N} people to hospitals on the night of the fire",
          "The Lebanese Red Cross"),
         (f"Paramedics transported {N} of the injured", "Paramedics")),
        (f"Relatives took {N} of the injured to hospital", f"The army evacuated {N} residents"),
        needs=("took", "taken", "transported", "carried", "evacuated", "brought", "rushed", "ferried"),
    ),
    Rule(
        "cover/bringing-toll-to",
        "A toll someone's figure rose to: 'Two more people died in the week after, bringing the "
        "ministry's toll to 16'.",
        re.compile(
            r"\b(?:bringing|raising|taking|pushing|lifting|putting)\s+(?P<np>(?:the\s+)?[^,;:()\n]{1,50}?)"
            r"(?:'s|’s|(?<=s)['’])\s+(?:official\s+|overall\s+|total\s+|own\s+)?(?:death\s+)?"
            rf"(?:toll|count|tally|total|figure)\s+to\s+{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"Two more died in the week after, bringing the ministry's toll to {N}", "the ministry"),),
        (f"Two more died, bringing the toll to {N}", f"bringing the day's toll to {N}"),
        needs=("bringing", "raising", "taking", "pushing", "lifting", "putting"),
    ),
    Rule(
        "cover/gapped-list-item",
        "An item of a list of estimates set off by semicolons, its verb left out, names its "
        "speaker before a comma: 'Human Rights Watch has cited \"at least 200\"; the victims' "
        "association, 214; and some academics, as many as 600'.",
        re.compile(
            rf";\s*(?:and\s+)?(?!(?:in|on|at|by|from|for|with|during|after|before|across|outside|near)\b)"
            rf"(?P<np>(?:the\s+|some\s+|its\s+|their\s+)?[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){{0,4}}?)"
            rf",\s*[\"“]?{LEAD_QUALIFIER}$"
        ),
        "before",
        True,
        ((f"Human Rights Watch has cited 200; the victims' association, {N}", "the victims' association"),
         (f"the association, 214; and some academics, as many as {N}", "some academics")),
        (f"The toll rose; on Monday, {N}", f"Turin police estimated 12,000; in Bologna, {N}",
         f"Three men were killed in 2011; the previous year, {N}"),
        needs=(";",),
        reach=80,
    ),
    Rule(
        "cover/brought-its-count-to",
        "A count a body named before brought to a figure, told with a possessive pronoun: "
        "'Conadeh said two more had died. That brought its count to nine', 'raising their toll "
        "to 31', 'later raised their estimate to 22,000' (the pronoun is resolved by the speaker pass).",
        re.compile(
            r"\b(?:brought|brings|bringing|raised|raises|raising|took|takes|taking|pushed|pushes|pushing"
            r"|revised|revises|revising|lowered|lowers|lowering|updated|updates|updating)"
            r"\s+(?P<np>its|their)\s+(?:official\s+|overall\s+|total\s+|own\s+)?(?:death\s+)?"
            rf"(?:toll|count|tally|total|figure|estimate)\s+to\s+{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"That brought its count to {N} across the country", "Its"),
         (f"Two more died overnight, raising their toll to {N}", "Their"),
         (f"Police, who had put the crowd at 15,000, later raised their estimate to {N}", "Their")),
        (f"That brought the count to {N}", f"It brought its staff to {N}"),
        needs=("its ", "their "),
    ),
    Rule(
        "cover/raised-the-toll",
        "A body that raises, lowers or revises the toll it keeps gives the new figure: 'MES raises "
        "the toll to 13 after two bodies were found', 'The health ministry revised the death toll "
        "to 41' (a body or a role, not what raised it: 'Two more deaths raised the toll to 13').",
        re.compile(
            rf"(?:^|[,;:–—]\s+|\b(?:and|but|while|as)\s+)(?!\d|{COUNT_WORD}\b)"
            r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s+"
            r"(?:(?:has|have|had)\s+)?(?:raised|raises|revised|revises|lowered|lowers|updated|updates"
            r"|increased|increases)\s+(?:the|its|their)\s+(?:official\s+|overall\s+)?(?:death\s+)?"
            rf"(?:toll|count|tally|figure)\s+(?:up\s+|down\s+)?to\s+{LEAD_QUALIFIER}$"
        ),
        "before",
        False,
        ((f"MES raises the toll to {N} after two bodies were found", "MES"),
         (f"The health ministry revised the death toll to {N}", "The health ministry")),
        (f"Two more deaths raised the toll to {N}", f"The discovery of two bodies raised the toll to {N}"),
        needs=("raise", "revise", "lower", "update", "increase"),
    ),
    Rule(
        "cover/stood-by-its-figure",
        "A body that keeps to its own figure: 'The National Police stood by its figure of three "
        "dead', 'the ministry maintained its toll of 14', 'Organisers stuck to their estimate of "
        "20,000', 'The police are sticking to their count of 4,000'.",
        re.compile(
            r"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)(?P<np>(?:[Tt]he\s+)?[A-Z]?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)\s+"
            r"(?:(?:has|have|had|is|are|was|were)\s+)?(?:stood|stands|stand|stuck|sticks|stick|kept|keeps|maintained|maintains"
            r"|held|holds|standing|sticking|keeping|holding|maintaining)\s+(?:(?:by|to)\s+)?(?:its|their|his|her)\s+(?:own\s+|original\s+|earlier\s+)?"
            rf"{ESTIMATE_NOUNS}\s+of\s+{LEAD_QUALIFIER}$"
        ),
        "before",
        False,
        ((f"The National Police stood by its figure of {N} dead.", "The National Police"),
         (f"Organisers stuck to their estimate of {N} marchers", "Organisers"),
         (f"The police are sticking to their count of roughly {N} marchers", "The police")),
        (f"The police stood by the road as {N} people marched",),
        needs=("stood", "stand", "stuck", "stick", "kept", "keep", "maintain", "held", "hold"),
    ),
    Rule(
        "cover/its-estimate",
        "An estimate named with a possessive pronoun, whose maker the sentences before name: "
        "'The tribunal put the toll at 37. … Its estimate of the crowd, based on railway staff's "
        "accounts, was 9,000'.",
        re.compile(
            rf"(?:^|[,;:(—–]\s*|\b(?:not\s+)?(?:\w+ed|kept|given|held)\s+)(?P<np>its|their|his|her)\s+(?:(?:own|final|latest|first|new|revised|updated|official)\s+){{0,2}}"
            rf"{COUNT_NOUNS}(?:\s+(?:of|for|in|on|since)\s+{COUNT_PHRASE})?(?:,\s*[^,;:()\n]{{2,80}},)?"
            rf"\s*(?::|\s+(?:was|is|are|were|stood\s+at|stands\s+at|came\s+to|put\s+at|of))\s*{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"Its estimate of the crowd, based on shopkeepers' accounts, was {N}", "Its"),
         (f"Their count: {N}", "Their")),
        (f"Its capacity was {N}",),
        needs=("its ", "their ", "his ", "her "),
    ),
    Rule(
        "cover/our-estimate",
        "A first-person estimate: 'Our count: 33,000', 'our estimate of 30,000' (the document's "
        "own voice resolves 'Our').",
        re.compile(
            rf"(?:^|[,;:(—–]\s*)(?P<np>our)\s+(?:own\s+|final\s+)?{ESTIMATE_NOUNS}\s*"
            rf"(?::|\s+(?:was|is|of))\s*{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        ((f"Our count: {N}", "Our"),),
        (f"The count: {N}",),
        needs=('our',),
        also=("mate", "count", "gure", "tally", "toll", "number", "total"),  # ESTIMATE_NOUNS ('our': four, hour, your)
    ),
    Rule(
        "cover/puts-the-crowd-at",
        "The subject of a clause that puts a count at a figure: 'Early police estimates put the "
        "crowd at 30,000, while organisers Climate Action Network estimate the crowd at more than "
        "90,000'; 'The authorities estimate the number of participants at about 8,000'.",
        re.compile(
            rf"(?:^|[,;:(—–]\s*|\bwhile\s+|\bwhereas\s+|\bbut\s+|\band\s+)"
            rf"(?P<np>[^,;:()\"“”\n]{{2,60}}?)\s+(?:(?:had|has|have|also|later|now)\s+)*"
            rf"(?:estimate|estimates|estimated|put|puts|place|places|placed|peg|pegs|pegged"
            rf"|gave|give|gives|set|sets)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|an?\s+)?"
            rf"(?:(?:total|final|overall|real|different|higher|lower|new|separate|own)\s+)?"
            rf"(?:crowd|number|toll|death\s+toll|turnout|attendance|figure|total|count|tally)"
            rf"(?:(?:\s+of\s+[\w'’ -]{{1,40}}?)?\s+(?:at|as)\s+|\s*:\s*)"
            rf"{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"Early police estimates put the crowd at {N} or more", "Early police"),
            (f"while organisers Climate Action Network estimate the crowd at more than {N}",
             "organisers Climate Action Network"),
            (f"The authorities estimate the number of participants at about {N}", "The authorities"),
            (f"Local clergy give a different count: {N}", "Local clergy"),
        ),
        (f"The march took the crowd at {N}", f"Witnesses saw the crowd at {N}"),
        needs=('crowd', 'number', 'toll', 'turnout', 'attendance', 'figure', 'total', 'count', 'tally'),
    ),
    Rule(
        "cover/role-estimate",
        "An estimate named by a role or a body without a possessive: 'the police estimate given to "
        "parliament was 45,000', 'We reject the State Police estimate of 18,000' (after a verb whose "
        "object is another's estimate), 'The police estimate was lower, at 500,000' (a comparison "
        "before the figure). An adjective is no role: 'the first official toll was 87' names none.",
        re.compile(
            rf"(?:^|[,;:(—–]\s*|\band\s+|\bwhile\s+|\b{OBJECT_VERBS}\s+)"
            rf"(?P<np>the\s+(?:[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})"
            r"|The\s+(?!(?:official|final|first|latest|initial|new|last)\b)[a-z]+)\s+"  # ('The police estimate …', not 'The official death toll')
            rf"{ESTIMATE_NOUNS}"
            rf"(?:\s+[^,;:()\d\n]{{1,40}}?)?\s+(?:was|is|stood\s+at|stands\s+at|of"
            rf"|(?:was|is)\s+(?:(?:far|much|slightly|considerably)\s+)?(?:lower|higher|smaller|larger|bigger),?\s+at)"
            rf"\s*{LEAD_QUALIFIER}$",
        ),
        "before",
        True,
        ((f"; the police estimate given to parliament was {N}", "the police"),
         (f"We reject the State Police estimate of {N}, which was given before the chain closed", "the State Police"),
         (f"The police estimate was far lower, at {N}", "The police")),
        (f"the final figure was {N}", f"the death toll was {N}", f"In 2013, the first official toll was {N}",
         f"The official death toll was {N}"),
        needs=('estimate', 'count', 'figure', 'tally', 'toll', 'number', 'total'),
    ),
    Rule(
        "cover/role-estimate-aside",
        "A sentence that opens with an estimate named by a role, with an aside before its "
        "figure: 'The police estimate, given the morning after, was 8,000'. 'The official "
        "count, released on Monday, stood at 19' names none.",
        re.compile(
            rf"^[\"“]?(?P<np>[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)\s+{ESTIMATE_NOUNS},[^,;:()\d\n]{{1,60}},"
            rf"\s+(?:was|is|stood\s+at|stands\s+at|came\s+to|reached)\s*{LEAD_QUALIFIER}$",
        ),
        "before",
        True,
        (
            (f"The police estimate, given the morning after, was {N}", "The police"),
            (f"\"The police count, released on Monday, stood at {N}", "The police"),
        ),
        (f"The final figure, released on Monday, was {N}", f"Police said the estimate was {N}",
         f"The official count, released on Monday, stood at {N}"),
        needs=('estimate', 'count', 'figure', 'tally', 'toll', 'number', 'total'),
    ),
    Rule(
        "cover/gapped-speaker",
        "A second estimate with its verb left out names its own speaker right before it: "
        "'police counted 4,500 participants and the organisers 9,000', 'the prefecture put "
        "turnout at 95,000, the unions at 350,000'. Only a speaker of a known kind (police, "
        "organisers, unions) counts: 'and the day 9,000' is none, nor a clause whose verb is "
        "there ('police made nine arrests', a post's 'the police ARRESTED 200'). Its figure may be "
        "quoted ('the committee at \"nearly six thousand\"') and an aside may say who the speaker "
        "is ('and the organisers, a coalition of student unions, at 12,000').",
        re.compile(
            r"(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+)(?:by\s+)?"  # ('… by police at 5,000 and by organisers at')
            r"(?P<np>(?:the\s+|its\s+|their\s+)?(?![a-z]+(?:ed|ing)\b)(?!by\b)[A-Za-z][\w'’-]*"
            r"(?:\s+(?![a-z]+(?:ed|ing)\b)(?!(?:claim|claims|say|says|estimate|estimates|put|puts"
            r"|report|reports|count|counts|insist|insists|give|gives|at)\b)[A-Za-z][\w'’-]*)?)"
            r"(?:(?:,\s+(?:a|an|the)\s+[^,;:()\d\"“]{2,80},)?\s+(?:at\s+)?"  # an aside that says what it is: 'and the organisers, a coalition of …, at'
            r"|,\s+(?:which|who)\s+[^,;:()\d\"“]{2,80},\s+at\s+)"  # a relative clause, then 'at': 'the union, which called the strike, at'
            r"[\"“‘]?$",  # no verb: gapped ('organisers claim 8,000' has its verb; 'at' is no name's word)
        ),  # (its figure may be quoted: 'the committee at "nearly six thousand"')
        "before",
        True,
        (
            (f"police counted 4,500 participants and the organisers {N}", "the organisers"),
            (f"the prefecture put turnout at 95,000, the unions at {N}", "the unions"),
            (f"Police put the crowd at 4,000 and organisers at {N}", "organisers"),
            (f"the ROP put it at 1,200, the committee at \"{N}\"", "the committee"),
            (f"The prefecture counted 3,000 marchers, the unions “{N}”", "the unions"),
            (f"the police estimated it at about 180,000 and the organisers, a coalition of student unions, at {N}", "the organisers"),
            (f"The ministry counted 4,000, and the dockers' union, the largest in the port, {N}", "the dockers' union"),
            (f"The march was estimated by police at 5,000 and by organisers at \"{N}\"", "organisers"),
        ),
        (f"police counted 4,500 participants and the next day {N}",
         f"police said 4,500 people marched on {N}",
         f"On 29 August, prosecutors arrested {N}",
         f"In the north, where 800 people watched, police made {N}",
         f"over 5000 people marched and the police ARRESTED {N}",
         f"Together with the Civil Protection and the Armed Forces, who sent two helicopters, {N}"),  # fmt: skip
        needs=(" and ", ", ", " while ", " whereas "),
        reach=150,  # a comma or 'and', two words, an aside, the figure
    ),
    Rule(
        "cover/gapped-after-speech",
        "A rival estimate with its verb left out after one told with a speech verb names its "
        "speaker right before it, whoever that is: 'The police said 38,000, the union 120,000, "
        "and the drone count 61,000', 'the union said 35,000; Contagem Aberta 16,000 and 19,500' "
        "(the second of a pair too). Only after a speech verb (find's ``said``): 'The clinic "
        "admitted 52 and the Kogi State Specialist Hospital 19' is an act, not a count anyone "
        "gives; and only a name, a role or body, or a count's maker ('the drone count'): "
        "'the youngest 3', 'in Porto 12,000', 'including 3' name nobody.",
        re.compile(
            r"(?:[,;]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?|\s(?:and|while|whereas|but)\s+)"
            r"(?P<np>(?:the\s+|its\s+|their\s+)?"
            r"(?!(?:in|on|at|by|for|from|to|with|of|after|before|during|since|until|over|under|about|around|some"
            r"|nearly|almost|just|only|then|now|later|earlier|another|other|more|less|up|among|including|plus"
            r"|and|or|but|not|of|each|all|both|most|many|few|that|which|who|it|they|he|she|we)\b)"
            r"(?![a-z]+(?:ed|ing)\b)[A-Za-z][\w'’.&-]*"
            r"(?:\s+(?![a-z]+(?:ed|ing)\b)(?!(?:in|on|at|by|for|from|to|with|of|said|says|say|claims?|estimates?"
            r"|put|puts|reports?|insists?|gives?|gave|and|or|but|another|a|some|about|around|have|has|had|was|were|is|are"
            r"|been|be|will|would|could|may|might)\b)[A-Za-z][\w'’.&-]*){0,3})"
            rf"\s+(?:at\s+)?[\"“‘]?(?:another\s+|a\s+further\s+)?{LEAD_QUALIFIER}(?:\d[\d,.]*(?:\s+(?:mil|thousand|million))?\s+(?:and|or|to)\s+)?$",
        ),
        "before",
        True,
        (
            (f"The police said 38,000, the union 120,000, and the drone count {N}", "the drone count"),
            (f"In Porto the union said 35,000 and 40,000; Contagem Aberta {N}", "Contagem Aberta"),
            (f"In Porto the union said 35,000 and 40,000; Contagem Aberta 16,000 and {N}", "Contagem Aberta"),
            (f"with the governor counting two dead and the main traders' union {N}", "the main traders' union"),
        ),
        (
            f"The police said 40 people died, the youngest {N}",
            f"The police said 4,500 marched in Lisbon and in Porto {N}",
            f"The ministry said 40 people died, including {N}",
            f"The police said 4,500 marched on Saturday and the next day {N}",
            f"Rescue groups counted 143 bodies, a parliamentary commission thought up to {N} died",
        ),
        needs=(" and ", ", ", " while ", " whereas ", ";"),
        reach=90,  # a comma or 'and', four words, a figure and 'and', the figure
        after_speech=True,
    ),
    Rule(
        "cover/gave-figures-colon",
        "A list of figures after a colon that closes a body's clause giving them: 'The ministry "
        "gave these figures: 45,000 in Lisbon, 12,000 in Porto and 4,500 in Braga', 'The "
        "interior ministry again released figures nobody believes: 45,000 in Lisbon, …' (every "
        "item the body's).",
        re.compile(
            r"(?:^|[.;]\s+)(?P<np>(?:[Tt]he\s+)?[A-Z][^,;:\"“”\n]{1,80}?)\s+(?:(?:again|also|later|then|has|have|had|now)\s+)*"
            r"(?:gave|gives|given|released|releases|published|publishes|issued|issues|put\s+out|puts\s+out"
            r"|read\s+out|reads\s+out|listed|lists|presented|presents|set\s+out|sets\s+out|shared|shares)\s+"
            r"(?:[^:;\"“”\n]{0,40}?\s)?(?:figures|numbers|estimates|counts|tallies|totals|breakdown)\b[^:;\"“”\n]{0,80}:\s+"
            rf"(?:[^;:\"“”\n]*?(?:,|\band\b)\s+)?{LEAD_QUALIFIER}$",
        ),
        "before",
        True,  # (over a verb inside the clause before the colon: 'figures no one can believe: …')
        (
            (f"The Ministry of Internal Administration gave these figures: {N} in Lisbon", "The Ministry of Internal Administration"),
            (f"The interior ministry again released figures nobody believes: 45,000 in Lisbon, 12,000 in Porto and {N} in Braga",
             "The interior ministry"),
            (f"Mayor Okonjo also read out hospital numbers from a sheet of paper: 87 treated since Monday and {N} still admitted",
             "Mayor Okonjo"),
            (f"The coast guard listed its figures for the night: {N} rescued, 12 missing", "The coast guard"),
        ),
        (f"Nobody believes these figures: {N} in Lisbon", f"The march drew big numbers: {N} in Lisbon"),
        needs=("figures", "numbers", "estimates", "counts", "tallies", "totals", "breakdown"),
    ),
    Rule(
        "cover/with-counting",
        "An absolute 'with X counting N' gives X's count: 'The authorities and the traders gave "
        "different accounts, with the governor of the region counting two dead and the union five'.",
        re.compile(
            rf"\bwith\s+(?P<np>(?:the\s+|its\s+|their\s+)?[^,;:()\"“”\n]{{2,80}}?)\s+(?:counting|tallying|reporting"
            rf"|putting\s+(?:the\s+)?(?:toll|figure|number|count)\s+at)\s+{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        (
            (f"The two sides gave different accounts, with the governor of the region counting {N} dead",
             "the governor of the region"),
            (f"Figures varied, with police putting the toll at {N}", "police"),
        ),  # fmt: skip
        (f"The clashes ended with {N} dead", f"Police came with {N} officers"),
        needs=("with ",),
        also=("count", "tally", "report", "putt"),
    ),
    Rule(
        "cover/closed-with-a-count",
        "A body that closes its operation or count with a final figure: 'The Department of Civil "
        "Protection (DCP) closed the retrieval operation on 2 February with a final count of 27 "
        "bodies recovered' (the body's count, not the report's own voice).",
        re.compile(
            rf"(?:^|[;:(—–]\s*)(?P<np>(?:[Tt]he\s+)?[A-Z][^,;:()\"“”\n]{{1,80}}?)(?:\s+\([A-Z][A-Za-z]{{1,9}}\))?"
            rf"\s+(?:closed|ended|concluded|finished|wound\s+up|completed|suspended|called\s+off)\s+[^;:\"“”\n]{{1,120}}?"
            rf"\s+with\s+(?:a|an|its|the|their)\s+(?:(?:final|provisional|official|last|total)\s+)?"
            rf"(?:count|toll|tally|figure|total)\s+of\s+{LEAD_QUALIFIER}$"
        ),
        "before",
        False,
        (
            (f"The Department of Civil Protection (DCP) closed the retrieval operation on 2 February with a "
             f"final count of {N} bodies recovered", "The Department of Civil Protection"),
            (f"Rescuers ended the search on Sunday with a toll of {N}", "Rescuers"),
        ),  # fmt: skip
        (f"The storm ended with {N} dead", f"The march ended with {N} arrests"),
        needs=(" with ",),
        also=("count", "toll", "tally", "gure", "total"),
    ),
    Rule(
        "cover/arrived-at",
        "A body that arrives at a figure (its count or estimate), with an aside before the "
        "verb: 'The Occurrences firm, which counts the Paris procession for a collective of "
        "media, arrived at 112,000 people'.",
        re.compile(
            rf"(?:^|[;:(—–]\s*|\band\s+)(?P<np>(?:the\s+|an?\s+)?[^,;:()\"“”\n]{{2,60}}?)"
            rf"(?:,[^;:\"“”\n]{{1,160}},)?\s+(?:later\s+|eventually\s+)?(?:arrived\s+at"
            rf"|arrives\s+at|came\s+up\s+with|settled\s+on)\s+{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"The Occurrences firm, which counts the procession for the media, arrived at {N} "
             "people", "The Occurrences firm"),
            (f"The inquiry eventually arrived at {N}", "The inquiry"),
        ),  # fmt: skip
        (f"The marchers arrived at {N}", f"Rescuers arrived at {N} homes"),
        needs=("arrive", "came up", "settled"),
    ),
    Rule(
        "cover/label-with-its-occasion",
        "A line or sentence that opens with its speaker's label before a colon, the label telling "
        "more than who: an apposition ('ACP Salma Nyakunga, regional police commander, at a briefing: "
        "31 injured'), where or how it was given ('Dr Helen Maitland, from drone footage: no more "
        "than 5,500'), the document and who gave it ('A statement from Rosales: two died', 'From the "
        "police statement this morning (link in the first post): 14 still in custody', 'Watan news "
        "quoting the Interior Ministry: 598 held'), when ('GGNA now: 4 dead') or a plea ('Statement "
        "from the Federation, please share: 41 detained'). The label is cut to its speaker, which must "
        "be a body, a role, a name the report knows or a person's name.",
        re.compile(
            rf"^(?:\s*(?:>\s*)*(?:[-*•·–—]\s*)?(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?\s*|h\s*)?[–—-]?\s*)?)"
            rf"(?!\d|{COUNT_WORD}\b)(?P<np>[A-Z](?=[^:\n]*?(?:,|\(|\bnow\b|\bquoting\s|\bfrom\s|\s(?:at|on|in)\s))[^:\n]{{1,140}}?)\s*:\s*"
            rf"{EARLIER_ON_LINE}(?:(?:of|the|[a-z]+)\s+){{0,3}}?[\"“]?\s*{LEAD_QUALIFIER}$"
        ),
        "before",
        False,
        (
            (f"ACP Salma Nyakunga, regional police commander, at a briefing at the foot of the hill: {N} injured",
             "ACP Salma Nyakunga"),
            (f"Dr Helen Maitland, crowd safety lecturer at Aire Valley College, from drone footage: no more than {N}",
             "Dr Helen Maitland"),
            (f"From the police statement this morning (link in first post on page 2): {N} still in custody", "police"),
            (f"A statement from the Red Crescent: {N} of the patients admitted this afternoon died", "the Red Crescent"),
            (f"Watan morning news quoting the Interior Ministry: {N} people were held", "the Interior Ministry"),
            (f"Statement from the teachers' union, please share: {N} of our members were detained",
             "the teachers' union"),
            (f"Health ministry update, read out by the deputy minister: {N} people received care", "Health ministry"),
        ),
        (f"Twenty-three of them remain in hospital, the rest at home: {N} at the City Hospital",
         f"In the capital, on Tuesday: {N} dead", f"Beira, March 2026: {N} dead",
         f"Update from the scene, 10 pm: {N} dead", f"Casualties (official): {N} dead"),
        needs=(":",),
    ),
    Rule(
        "cover/line-label",
        "A list or infobox line whose label names a speaker: 'Police: 45,000', 'Climate "
        "Alliance Belgium: 70,000', a headline's 'Minister: 31 officers hurt', a forum's "
        "'EDIT 3: NDRRMC 6PM sitrep: 52 dead' (the report's name dropped) or 'Cebu PDRRMO: 12' "
        "(a place's office by its acronym), a live update's '- 12:30 – Delegación del Gobierno: 6,000 "
        "people at Atocha' (after its time), a table row's cell after a gap of spaces ('Monday 14 Sep     Police: 3,500'). A label that is a place, a dateline, a measure or a "
        "heading ('Deaths:', 'Mozambique:', 'PARIS:', a sitrep's sector 'Search and rescue:') is none.",
        re.compile(
            rf"(?:^|(?<=\s)[•·|]\s+|(?<=\s\s\s))(?:>\s*)*(?:[-*•·–—]\s*)?(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?\s*|h\s*)?[–—-]\s*)?"  # a live blog's '16:00 – '
            rf"(?:(?:EDIT|Edit|UPDATE|Update)\b[^\n]{{0,30}}?:\s+|[A-Z][A-Za-z]{{1,10}}(?:\s+\d{{1,2}})?:\s+)?"
            # a post's 'EDIT 3: ', 'EDIT 2 (9:15pm): '; a table's cell after a gap of spaces
            rf"(?!\d|{COUNT_WORD}\b)(?P<np>[A-Z](?:[^:\n\s]|\s(?!\s\s)|(?<=\d):(?=\d\d\b)){{1,60}}?)\s*:\s*"  # ('SENAPRED update 20:00:')
            rf"{EARLIER_ON_LINE}"  # a figure before on the line: 'X: 468 treated, 57 hospitalised'
            rf"(?:[a-z]+\s+){{0,3}}?[\"“]?\s*{LEAD_QUALIFIER}$"
        ),
        "before",
        False,
        (
            (f"Police: {N}", "Police"),
            (f"• Organisers: {N}", "Organisers"),
            (f"Police: 45,000 • Organisers: {N}", "Organisers"),
            (f"- 14:10 – Harbour Police \"final\" figure: {N} participants", "Harbour Police"),
            (f"Minister: {N} officers hurt in riots", "Minister"),
            (f'- Guardia Civil on X, Sunday: peak attendance "around {N}"', "Guardia Civil"),
            (f"EDIT 3: NDRRMC 6PM sitrep: {N} dead, 8 missing", "NDRRMC"),
            (f"Cebu PDRRMO: {N} dead", "Cebu PDRRMO"),
            (f"- 16:00 – Harbour Police: {N} detained, 4 officers hurt", "Harbour Police"),
            (f"- 12:30 – Delegación del Gobierno: {N} people at Atocha at noon", "Delegación del Gobierno"),
            (f"EDIT 2 (9:15pm): Police Commissioner on TV: {N} arrested so far", "Police Commissioner"),
            (f"- 16:00 – Red Cross: {N} rescued, 4 hurt.", "Red Cross"),
            (f"• Contagem Aberta (drone count): {N}", "Contagem Aberta"),
            (f"- Andes Survey Institute count from aerial images: {N}[8]", "Andes Survey Institute"),
            (f"- Ministry of Health: 468 people treated, {N} hospitalised (20 February)[7]", "Ministry of Health"),
            (f"- SENAPRED update 20:00: {N} confirmed dead (19 Biobío, 8 Ñuble)", "SENAPRED"),
            (f"Police source: about {N}", "Police"),
            (f"— Navy (Tue. afternoon): {N} dead, 64 injured", "Navy"),
            (f"Monday 14 Sep (Irbid-Ramtha road)     Police: {N}  ·  Organisers: 11,000+", "Police"),
            (f"MGWU, March 1991: {N} killed, more than 100 injured[3]", "MGWU"),
            (f"Military Council communiqué, 15 March 1991: {N} dead[4]", "Military Council communiqué"),
            (f"City Hospital register, 1991 (published 2009): {N} dead on arrival", "City Hospital register"),
            (f"Ann Lee, Threads and Bullets (2016): between {N} and 25 dead[9]", "Ann Lee"),
            (f"The first count came the next day, from the state news agency: {N} had died", "the state news agency"),
        ),
        (f"Twenty-three of them remain in hospital: {N} at the City Hospital", f"Deaths: {N}",
         f"Mozambique: {N} killed", f"Injured in hospital: {N}",
         f"Update: {N} dead", f"Crowd estimates: {N}", f"EDIT: {N} dead", f"COVID: {N} dead",
         f"PARIS: {N} dead in clashes", f"MIRPUR KHAS: {N} march on anniversary",
         f"Search and rescue: {N} rescuers deployed", f"Beira, March 2026: {N} dead"),  # fmt: skip
        needs=(':',),
    ),
    Rule(
        "cover/document-label",
        "A list or post line labelled by a body's dated document: 'NDRRMC 6PM sitrep: 52 "
        "dead', 'EDIT 3: Health Ministry bulletin: 19 injured', 'Port Authority press release: 300 officers' (the body, not the document nor "
        "the hour), 'TTPS update last night: 3 dead, 41 injured, 2 in custody' (the label covers the whole list), "
        "'Overnight update from the DDM: 12 confirmed dead' (the body after 'from'). A label naming no body "
        "('Latest update:', 'Jan 15 sitrep:', 'Update from the scene:') is none.",
        re.compile(
            r"(?:^|:\s+)(?:>\s*)*(?:[-*•·–]\s*)?(?:\d{1,2}[:.]\d{2}\s*[-–—]\s+)?"  # a quoted reply's '> ', a time
            r"(?:(?P<np>[A-Z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*){0,4}?)"
            r"(?:\s+[\"“]?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h)?|[ap]m|morning|evening|night|noon|midnight"
            r"|today|latest|new|final|official|daily)[\"”]?)*"
            rf"\s+{DOCUMENT_NOUN}{DOCUMENT_TIME}"
            rf"|(?:[A-Z][a-z]+\s+){{0,2}}{DOCUMENT_NOUN}{DOCUMENT_TIME}\s+from\s+(?:the\s+)?"  # 'Overnight update from the DDM'
            r"(?P<np2>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|the)){0,5}?)"
            r"(?:\s+(?:last\s+night|this\s+morning|overnight))?)"
            rf"\s*:\s*{EARLIER_ON_LINE}{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        (
            (f"EDIT 3: NDRRMC 6PM sitrep: {N} dead, 8 missing.", "NDRRMC"),
            (f"- Health Ministry bulletin: {N} injured", "Health Ministry"),
            (f"Port Authority press release: {N} officers on duty", "Port Authority"),
            (f"> > Port Authority press release: {N} officers on duty", "Port Authority"),
            (f'- 14:10 – Red Cross "final" figure: {N} treated', "Red Cross"),
            (f"> Interior Ministry press release: {N} officers deployed", "Interior Ministry"),
            (f"> Delegación press release: 1,500 Policía Nacional officers in the city plus {N} Guardia Civil",
             "Delegación"),
            (f"TTPS update last night: 3 dead, 41 injured, {N} in custody.", "TTPS"),
            (f"TTPS update last night: {N} dead, 41 injured", "TTPS"),
            (f"Overnight update from the DDM: {N} confirmed dead, 19 still unaccounted for.", "DDM"),
            (f"Latest figures from the Ministry of Health: {N} injured", "Ministry of Health"),
        ),
        (f"Latest update: {N} dead", f"Jan 15 sitrep: {N} dead", f"EDIT: {N} dead now",
         f"Update from the scene: {N} dead", f"Update last night: {N} dead", f"PRESS STATEMENT: {N} people lost their lives"),
        needs=(":",),
    ),
    Rule(
        "cover/which-said",
        "A figure in a relative clause belongs to its antecedent: '…, contradicting the "
        "government, which said the toll stood at seven', 'Government, which puts the toll at "
        "19, rejects findings'.",
        re.compile(
            rf"(?:^|[,;:(—–]\s*|\bby\s+)(?:(?:contradicting|disputing|rejecting|challenging|unlike|as\s+did)\s+)?"
            rf"(?P<np>[^,;:()\"“”\n]{{2,60}}),\s+(?:which|who)\s+(?:has\s+|had\s+|have\s+|also\s+)?"
            rf"{SPEECH_AFTER_WHICH}\b[^,;:\"“”\n\d]{{0,80}}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        (
            (f"at least nine had died, contradicting the government, which said the toll stood at {N}",
             "the government"),
            (f"Government, which puts the toll at {N}, rejects findings", "Government"),
            (f"The figure was disputed by the opposition, which said {N} had died.", "the opposition"),
            (f"That is two more than the first figure given by the Lebanese Civil Defence on Thursday morning, "
             f"which counted {N} dead.", "the Lebanese Civil Defence"),
            (f"The figure fell between that of the army, which says {N} soldiers died", "the army"),
            (f"setting its figure between that of the police, who acknowledge two deaths, and that of the students' "
             f"union, which says {N} died", "the students' union"),
            (f"Its count lies between those of the army, and that of the rebels, which claim {N}", "the rebels"),
            (f"Its figure contradicts the army, which said only {N} died", "the army"),
        ),
        (f"the march, which drew {N}",),
        needs=('which', 'who'),
    ),
    Rule(
        "cover/disputed-saying",
        "A rival figure given while disputing another: 'Police said 1,500 attended, a figure "
        "organisers disputed, saying 15,000 marched'.",
        re.compile(
            rf"\b(?:a|the|that|this)\s+{ESTIMATE_NOUNS}\s+(?:that\s+|which\s+)?(?P<np>[^,;:\n]{{2,50}}?)"
            r"(?:\s*,\s*(?:which|who)\s+[^,;:\n]{2,60},)?\s+"  # (its relative clause: ', which called the rallies,')
            r"(?:disputed|dispute|disputes|rejected|rejects|contested|contests|challenged|questioned"
            r"|dismissed|denied)(?:\s+(?:this|that|on|in|late|early|later|yesterday|today|the\s+same|the\s+next|the\s+following)(?:\s+[a-z]+){0,2})?"
            r"\s*,?\s*(?:saying|claiming|insisting|arguing|and\s+said|and\s+say)\b"
            r"[^,;:\n\d]{0,60}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        ((f"Police said 1,500 attended, a figure organisers disputed, saying {N} marched",
          "organisers"),
         (f"He kept the toll at four, a figure the SUB disputed the same day, saying at least {N} had been shot dead",
          "the SUB"),
         (f"The plenum says 31 were detained, a figure MUP disputed this morning, saying only {N} had been arrested",
          "MUP"),
         (f"He put the crowd at 6,500, a figure the committee, which called the rallies, disputed, saying more than {N} had marched",
          "the committee")),  # fmt: skip
        (f"a figure organisers disputed; {N} marched",),
        needs=('disput', 'reject', 'contest', 'challeng', 'question', 'dismiss', 'denied'),
    ),
    Rule(
        "cover/spoke-of",
        "'the federation talked of 900,000 marchers', 'Opposition groups in exile spoke at the "
        "time of 3,000 dead'.",
        re.compile(
            r"(?:^|[,;:(—–]\s*|\band\s+|\bwhile\s+)(?P<np>[^,;:()\"“”\n]{2,60}?)\s+(?:also\s+)?"
            r"(?:talked|talks|spoke|speaks|wrote|writes)\s+(?:[\w-]+\s+){0,4}?of\s+"
            rf"{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"the federation talked of {N} marchers", "the federation"),
         (f"Opposition groups in exile spoke at the time of {N} dead", "Opposition groups in exile")),
        (f"the march took place in spite of {N}",),
        needs=('talk', 'spoke', 'speaks', 'wrote', 'writes'),
    ),
    Rule(
        "cover/body-found",
        "A body or document that sets, gives or establishes a figure: 'An independent inquiry "
        "later set the figure at 742', 'The Halvik Inquiry established 742 deaths', 'the "
        "inquiry found that 250 to 600 villagers were killed', 'Early reports by the Fire Service (HFS) "
        "gave two dead' (its acronym after the name).",
        re.compile(
            r"(?:^|[,;:(—–]\s*|\band\s+)(?P<np>(?:the\s+|an?\s+)?[^,;:()\"“”\n]{2,60}?)(?:\s+\([A-Z][A-Za-z&]{1,9}\))?\s+"
            r"(?:(?:later|also|eventually|subsequently|had|has|have)\s+)*"
            r"(?:set|put|gave|gives|established|establishes|found|finds|concluded|concludes"
            r"|registered|records|recorded|documented|documents|counted|counts)\b"
            rf"(?:\s+that)?(?:\s+[^,;:\"“”\n\d]{{0,40}}?)?\s+{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"An independent inquiry later set the figure at {N}", "independent inquiry"),
         (f"The Halvik Inquiry established {N} deaths by name", "The Halvik Inquiry"),
         (f"the inquiry found that {N} villagers were killed", "the inquiry"),
         (f"Early reports by the Harbour Fire Service (HFS) gave {N} dead", "the Harbour Fire Service")),
        (f"Rescuers found {N} bodies",),  # rescuers are no body of record
        needs=('set', 'put', 'gave', 'give', 'establish', 'found', 'find', 'conclude', 'register', 'record', 'document', 'count'),
    ),
    Rule(
        "cover/body-recovered",
        "An agency or rescue organisation that recovered the bodies counts them: 'By the end of "
        "the first week the Fire Services Department had recovered 88 bodies', 'the Red Crescent "
        "has retrieved 40 bodies'. Only a body of record counts ('Villagers pulled out 12 "
        "bodies', 'Rescuers recovered 12 bodies' name nobody who reports).",
        re.compile(
            r"(?:^|[,;:(—–]\s*|\band\s+)(?P<np>(?:the\s+|an?\s+)?[^,;:()\"“”\n\d]{2,60}?)\s+"
            r"(?:(?:later|also|so\s+far|now|had|has|have|eventually)\s+)*"
            r"(?:recovered|recovers|retrieved|retrieves|pulled\s+out|exhumed)\s+"
            rf"(?:the\s+)?(?:remains\s+of\s+|bodies\s+of\s+)?{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"By the end of the first week the Fire Services Department had recovered {N} bodies",
          "the Fire Services Department"),
         (f"The Red Crescent has so far retrieved {N} bodies", "The Red Crescent"),
         (f"Working in three graves, the forensic team recovered the remains of at least {N} individuals", "the forensic team")),
        (f"Villagers pulled out {N} bodies", f"Neighbours recovered {N} bodies"),
        needs=("recover", "retriev", "pulled out", "exhumed"),
    ),
    Rule(
        "cover/gapped-rival",
        "A rival figure in a clause whose verb is left out after a semicolon: 'The ministry put "
        "the number of dead at 12; the opposition, at 47' (the opposition's 47, not the "
        "ministry's).",
        re.compile(
            r";\s*(?:and\s+|while\s+|whereas\s+)?(?P<np>(?:the\s+|an?\s+)?[A-Za-z][^,;:()\"“”\n\d]{1,50}?)"
            rf",\s+(?:at|to|on)\s+{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        True,
        ((f"The ministry put the number of dead at 12; the opposition, at {N}", "the opposition"),
         (f"Police estimated the crowd at 8,000; the organisers, at more than {N}", "the organisers")),
        (f"Police put the crowd at 8,000; on Sunday, at {N}", f"The toll rose to 12; in the capital, to {N}"),
        needs=(";",),
    ),
)
QUOTE_RULES: tuple[Rule, ...] = (
    Rule(
        "cover/quote-speaker",
        "A figure inside a quotation belongs to the speaker named right after it closes, "
        "whatever comes before: '\"More than 100 of our people were taken away,\" said Anuradha "
        "Senanayake, 47, convener of …', '… murdered,\" the party's publicity secretary, Oladele "
        "Bamgbose, told reporters'.",
        re.compile(
            r"[^\"“”\n]{0,300}?[,.!?]?[\"”]\s*,?\s*(?:"
            r"(?:said|says|added|adds|insisted|explained|wrote)\s+"
            r"(?:(?:its|their|his|her)\s+[^,;.\"“”\n]{2,40}?,\s+(?=[A-Z]))?"  # 'says its president, (Yolanda Peñaranda)'
            r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen"
            r"|Col|Lt|Sgt|Capt|Maj|Rev|Hon|St)\.\s+)?[^,;.\"“”\n]{2,60}?)"
            r"(?=\s*[,.;]|\s+(?:on|in|at|to|after|during|late|early|yesterday|today|last)\b|\s*$)"
            r"|(?P<np2>[^;\"“”\n]{2,90}?)\s+(?:said|says|added|adds|told|insisted|explained|wrote)\b)",
        ),
        "after",
        True,
        (
            (f"\"More than {N} of our people were taken away,\" said Anuradha Senanayake, 47, "
             "convener of the federation, which organised the camp.", "Anuradha Senanayake"),
            (f"We have the names of {N} people who were murdered,\" the party's publicity "
             "secretary, Oladele Bamgbose, told reporters.",
             "the party's publicity secretary, Oladele Bamgbose"),
            (f"\"At least {N} people died because of that night,\" says its president, Yolanda "
             "Peñaranda, whose son was among the dead.", "Yolanda Peñaranda"),
        ),
        (f"Police said {N} people \"were detained\" on Monday.",),
        needs=('"', '”'),
    ),
)
CLAUSE_RULES: tuple[Rule, ...] = (
    Rule(
        "cover/according-at-end",
        "A closing 'according to X' covers every figure of its sentence before it, extracted or "
        "not: 'About 40,000 people turned out in Naples and 25,000 in Palermo, according to "
        "local police'. Not across 'while', 'but', a semicolon or a participle's clause (', killing "
        "at least 37, according to the tribunal').",
        re.compile(
            r"(?:(?!\b(?:while|whereas|but|although|though)\b|,\s+(?!including\b)[a-z]+ing\b)[^;\"“”\n])*?"
            r",\s*according\s+to\s+"
            r"(?P<np>[^,;.\"“”\n]{2,60}?)\s*(?:\[\w{1,4}\]\s*)*[.!]?\s*(?:\[\w{1,4}\]\s*)*"
            r"(?:$|,\s+(?:a|the|that|this)\s+(?:figure|number|count|estimate|toll|total|tally)\b[^;\n]*$)",
            re.IGNORECASE,
        ),
        "after",
        False,
        ((f"About {N} people turned out in Naples and 25,000 in Palermo, according to local "
          "police.", "local police"),
         (f"About {N} people and 900 lorries took part in the blockade, according to the "
          "transport authority, a figure the organisers disputed.", "the transport authority"),
         (f"The army sent about {N} more troops on 5 March, according to the state news agency.[8]",
          "the state news agency")),  # fmt: skip
        (f"About {N} people turned out in Naples, while 25,000 marched in Palermo, according to "
         "local police.",
         f"{N} marched on Sunday to mark the day police fired on workers, killing at least 37, "
         "according to the tribunal."),
        needs=('according',),
    ),
    Rule(
        "cover/said-at-end",
        "A closing '…, X said (in a statement)' covers every figure of its sentence before it: "
        "'Troops killed 14 people and wounded 60 others, bringing the toll to 412, the ministry "
        "said in a statement'. Not across 'while', 'but' or a semicolon, nor out of a quotation.",
        re.compile(
            r"(?:(?!\b(?:while|whereas|but|although|though)\b)[^;\"“”\n])*?,\s*"
            r"(?P<np>[^,;\"“”\n]{2,60}?)\s+(?:has\s+|had\s+)?(?:said|says|reported|reports|announced"
            r"|added|stated|confirmed|told\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
            r"(?:\s+(?:on\s+\w+|in\s+a\s+(?:statement|press\s+release|press\s+conference|post|report"
            r"|briefing)|today|yesterday|late\s+\w+|earlier|later|" + WEEKDAY_STEM + r"day))*\s*[.!]?\s*$",
            re.IGNORECASE,
        ),
        "after",
        False,
        ((f"Troops killed {N} people and wounded 60 others, bringing the toll to 412, the ministry "
          "said in a statement.", "the ministry"),),
        (f"The army killed {N} people, while 120 were wounded, the ministry said.",
         f"Police arrested {N} people at the gate on Monday night, not three as the police have said."),
        needs=("said", "says", "reported", "reports", "announced", "added", "stated",
               "confirmed", "told"),
    ),
    Rule(
        "cover/announced-inverted-at-end",
        "A closing speech verb before its speaker, as translations and wires write it ('…, "
        "announced Monday morning ISU Galați', '…, said the ministry of health'), covers every "
        "figure of its sentence before it. Not across 'while', 'but' or a semicolon.",
        re.compile(
            r"(?:(?!\b(?:while|whereas|but|although|though)\b)[^;\"“”\n])*?,\s*"
            r"(?:announced|announces|said|says|reported|reports|stated|states|declared|declares|informed"
            r"|specified|confirmed)"
            rf"(?:\s+(?:on\s+)?(?:{WEEKDAY_STEM}day|morning|evening|afternoon|night|today"
            r"|yesterday))*\s+(?P<np>(?:the\s+)?[A-Z][^,;\"“”\n]{1,60}?)\s*[.!]?\s*$",
        ),
        "after",
        False,
        ((f"The balance of the explosion rose to {N} dead, announced Monday morning ISU Galați.", "ISU Galați"),
         (f"Some {N} people were injured, said the Ministry of Health.", "the Ministry of Health")),
        (f"Some {N} people were injured, said Monday.", f"{N} were hurt; said the ministry"),
        needs=("announced", "announces", "said", "says", "reported", "reports", "stated", "states", "declared",
               "declares", "informed", "specified", "confirmed"),
    ),
    Rule(
        "cover/possessive-statement-that",
        "A figure inside what someone's statement says: \"The Home Minister's statement that no "
        "journalist had been arrested is false\", \"the ministry's claim that 12 died\".",
        re.compile(
            r"(?:^|[,;:(—–]\s*|\band\s+)(?P<np>(?:the\s+)?[^,;:()\"“”\n]{2,60}?)(?:'s|’s)\s+"
            r"(?:own\s+|earlier\s+|latest\s+|official\s+)?(?:statement|claim|assertion|announcement"
            r"|insistence|denial|report|account)s?\s+that\s+$",
            re.IGNORECASE,
        ),
        "before",
        True,
        ((f"The Home Minister's statement that {N} journalists had been arrested is false.",
          "The Home Minister"),),
        (f"The statement that {N} journalists had been arrested is false.",),
        needs=('that',),
        also=("'", "’"),
    ),
    Rule(
        "cover/said-aside",
        "An attribution set off by commas after the clause of the figure, before the sentence "
        "goes on: 'Fourteen police officers were injured, two of whom needed hospital "
        "treatment, police said in a statement, and at least 30 fans were treated'.",
        re.compile(
            r"[^;\"“”\n\d]{0,100}?,\s*(?P<np>[^,;\"“”\n\d]{2,50}?)\s+(?:said|says|reported"
            r"|confirmed|added|adds)(?:\s+(?:in\s+a\s+statement|on\s+\w+|late\s+on\s+\w+|today"
            r"|yesterday|earlier))?\s*,"
        ),
        "after",
        False,
        ((f"{N} police officers were injured, two of whom needed treatment, police said in a "
          "statement, and at least 30 fans were treated.", "police"),),
        (f"{N} people were arrested, and the ministry said, later, that …", f"{N} were hurt."),
        needs=('said', 'says', 'reported', 'confirmed', 'added', 'adds'),
    ),
    Rule(
        "cover/described-as",
        "'what the security ministry described as \"more than 5,000 police and gendarmes\"'.",
        re.compile(
            rf"\bwhat\s+(?P<np>[^,;:()\"“”\n]{{2,50}}?)\s+(?:described|describes|called|calls"
            rf"|termed|terms)\s+as\s+[\"“]?\s*{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"The authorities had deployed what the security ministry described as \"{N} police",
          "the security ministry"),),
        (f"what he called {N} police",),
        needs=('describ', 'call', 'term'),
    ),
    Rule(
        "cover/hospital-treating",
        "A hospital that treats, admits or receives people counts them: 'The Khmer-Soviet "
        "Friendship Hospital is treating another 18 people'.",
        re.compile(
            rf"(?:^|[,;:(—–]\s*|\band\s+)(?P<np>(?:the\s+)?[^,;:()\"“”\n]{{2,60}}?)\s+"
            rf"(?:(?:is|was|has|had|have|are|were)\s+)?(?:been\s+)?(?:treating|treated|admitted"
            rf"|received|receiving)\s+(?:another\s+|a\s+further\s+|some\s+)?{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"The Khmer-Soviet Friendship Hospital is treating another {N} people",
          "The Khmer-Soviet Friendship Hospital"),),
        (f"Volunteers treated {N} people",),
        needs=('treat', 'admit', 'receiv'),
    ),
)
HEADLINE_RULES: tuple[Rule, ...] = (
    Rule(
        "headline/says-after",
        "'12 dead in port clashes, says Red Crescent', '…, finds rights group', '…, police say'.",
        re.compile(
            r",\s*(?:(?:says?|claims?|finds?|reports?|according\s+to)\s+(?P<np>[^,;:\n]{2,60}?)"
            r"|(?P<np2>[^,;:\n]{2,60}?)\s+(?:says?|claims?|finds?|reports?))\s*$",
            re.IGNORECASE,
        ),
        "after",
        False,
        ((f"{N} dead in port clashes, says Red Crescent", "Red Crescent"),
         (f"{N} killed in crackdown, finds rights group", "rights group"),
         (f"{N} hurt in riots, police say", "police")),
        (f"{N} dead in port clashes", f"Police arrest {N} in raids, say 'gang members' among them"),
    ),
    Rule(
        "headline/dash-source",
        "A headline's source after a dash or a colon: 'Over 300 killed in crackdown — UN "
        "report', 'Death toll rises to 12: minister'.",
        re.compile(r"(?:\s[—–-]\s*|:\s+)(?P<np>[^—–:\n]{2,40}?)\s*$"),
        "after",
        False,
        ((f"Over {N} killed in crackdown — UN report", "UN report"),
         (f"Flood toll rises to {N}: ministry", "ministry"),
         (f"Six killed, {N} injured as thugs disrupt voting – Police", "Police")),
        (f"{N} dead in port clashes — live updates", f"{N} killed — as it happened",
         f"Death Toll Climbs To {N} – Here's All We Know", f"Dam Bursts, {N} Dead: What We Know",
         f"{N} workers in the streets on day two of the strike - stop the police violence"),
    ),
    Rule(
        "headline/label-clause",
        "A headline's speaker before a colon, the clause after it telling the figure: 'Rights "
        "group: Security forces killed 31 protesters', 'Ministry: police arrested 40'.",
        re.compile(rf"^(?P<np>[A-Z][^:\n]{{1,40}}?)\s*:\s+[^:\n]{{2,60}}?\s{LEAD_QUALIFIER}$"),
        "before",
        False,
        ((f"Rights group: Security forces killed {N} protesters", "Rights group"),),
        (f"Mozambique: Police killed {N} protesters", f"Update: rescuers found {N} bodies",
         f"Search and rescue: MES has deployed {N} rescuers and soldiers"),  # (a sitrep's sector heading)
        needs=(":",),
    ),
    Rule(
        "headline/says-before",
        "'Unions claim 40,000 marched as police say 9,000': the speaker that opens a headline.",
        re.compile(
            rf"^(?P<np>[^,;:\n]{{2,50}}?)\s+(?P<verb>say|says|claim|claims|estimate|estimates|count"
            rf"|counts|put|puts)\s+(?:[a-z]+\s+){{0,3}}?{LEAD_QUALIFIER}$",
            re.IGNORECASE,
        ),
        "before",
        False,
        ((f"Unions claim {N} marched as police say 9,000", "Unions"),),
        (f"Many say {N} died", f"Lightning claims {N} lives in three districts", f"Floods claim {N} more lives"),
        needs=('say', 'claim', 'estimate', 'count', 'put'),
    ),
)


QUOTES = re.compile(r"[\"“”]")


def quoted(sentence: str, at: int) -> bool:
    """Whether offset ``at`` of ``sentence`` lies inside a quotation (one that opened in the
    sentence, or closes in it without having opened: it opened in a sentence before)."""
    marks = QUOTES.findall(sentence, 0, at)
    curly = marks.count("“") - marks.count("”")
    if curly > 0 or (not curly and marks.count('"') % 2 == 1):
        return True
    rest = QUOTES.search(sentence, at)
    if marks or rest is None:
        return False
    # a closing mark with none before: '… No teacher was shot," Mr Seda said, insisting …
    # "elsewhere".' (an odd number of straight marks after the figure: the first closes)
    return rest.group() == "”" or (rest.group() == '"' and sentence.count('"', at) % 2 == 1)


def headline(sentence: str) -> bool:
    """A line standing alone without a final stop: a title, a standfirst, a list item."""
    s = sentence.rstrip()
    if s.endswith("]"):
        s = CITED_END.sub("", s)  # 'Sixteen people died.[1][2]' has its stop
    if s[-1:] in ('"', "”") and len(s) > 2 and s[-2] not in ".!?,;'’":
        s = s[:-1]  # a title that ends on a quoted figure: '…, federation says "more than 100"'
    return bool(s) and "\n" not in s and s[-1] not in ".!?\"”'’)" and len(s) < 220



PROSE_RULES = QUOTE_RULES + RULES + CLAUSE_RULES  # a sentence's rules, in the order tried
HEADLINE_PROSE_RULES = PROSE_RULES + HEADLINE_RULES  # a headline's


def _needed_words(rules: tuple[Rule, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every word some rule of ``rules`` needs before the figure, and after it."""

    def side(before: bool) -> tuple[str, ...]:
        return tuple(
            dict.fromkeys(w for r in rules if (r.side == "before") == before for w in r.needs)
        )

    return side(True), side(False)


@dataclass(frozen=True)
class _Needs:
    """A rule list's needed words, each with the positions of the rules that need it on its
    side, and the positions of the rules that need none: the rules worth trying for a figure
    are those, found without a test per rule."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    by_before: dict[str, tuple[int, ...]]
    by_after: dict[str, tuple[int, ...]]
    free: frozenset[int]
    # the words before, in one scan: at each place the longest of them there, and for each the
    # rules that need it or a word it starts with ('her ' has 'he '): every word there is one
    # of those, so this finds what a test per word would
    before_scan: re.Pattern[str]
    by_longest: dict[str, frozenset[int]]


def _needs_index(rules: tuple[Rule, ...]) -> _Needs:
    before, after = _needed_words(rules)
    by: dict[bool, dict[str, list[int]]] = {True: {}, False: {}}
    for k, r in enumerate(rules):
        for w in r.needs:
            by[r.side == "before"].setdefault(w, []).append(k)
    return _Needs(
        before,
        after,
        {w: tuple(ks) for w, ks in by[True].items()},
        {w: tuple(ks) for w, ks in by[False].items()},
        frozenset(k for k, r in enumerate(rules) if not r.needs),
        re.compile("(?=(" + literal_alternation(before) + "))" if before else "(?!)"),
        {
            w: frozenset(k for v in before if w.startswith(v) for k in by[True][v])
            for w in before
        },
    )


_NEEDED = {id(r): (r, _needs_index(r)) for r in (PROSE_RULES, HEADLINE_PROSE_RULES)}


def find(
    rules: tuple[Rule, ...],
    sentence: str,
    start: int,
    end: int,
    lex: Lexicon,
    known: Callable[[str], bool] = lambda name: False,
    spoken: Callable[[str], bool] = lambda name: False,
    said: Callable[[], bool] | None = None,
) -> tuple[Rule, str] | None:
    """The first rule that names a speaker for the figure at sentence[start:end]; ``known``
    tells the names the report's claims have, ``spoken`` those it makes say something
    elsewhere (a list line's label is then a body of record: 'Delegación: 12 detained');
    ``said`` whether the figure before it in the sentence was told by a speech verb (asked
    only of a rule ``after_speech`` that matched).

    A rule before the figure reads at most the BEFORE characters before it (no rule's
    wording is longer), so a long sentence costs what a short one does."""
    key = (id(rules), sentence, start, end)
    found = _FOUND.get(key)
    if found is None or found[0] is not rules:
        if len(_FOUND) > FOUND_KEPT:
            _FOUND.clear()
        found = _FOUND[key] = (rules, _matched(rules, sentence, start, end))
    for rule, np in found[1]:
        name = speaker(np, rule, lex, known, spoken, said)
        if name:
            return rule, name
    return None


_FOUND: dict[tuple[int, str, int, int], tuple[tuple[Rule, ...], list[tuple[Rule, str | None]]]] = {}
FOUND_KEPT = 20_000  # figures whose matching rules find keeps (by rules, sentence and offsets)


def _matched(rules: tuple[Rule, ...], sentence: str, start: int, end: int) -> list[tuple[Rule, str | None]]:
    """The rules of ``rules`` that match around the figure at sentence[start:end], in the
    order tried, each with the noun phrase it reads: what :func:`find` asks
    :func:`speaker` about, remembered by its arguments (a sentence that recurs across a run's
    reports is matched once per process; the speaker test reads the report's names)."""
    lo = max(0, start - BEFORE)
    head = sentence[lo:start] if lo else sentence[:start]
    low_head, tail = head.lower(), sentence[end:].lower()
    known_rules = _NEEDED.get(id(rules))
    index = known_rules[1] if known_rules and known_rules[0] is rules else _needs_index(rules)
    # the words the rules need that are there, each looked for once (many rules share them);
    # a rule that needs words on its side is tried only when one of them is there
    tried = set(index.free)
    for w in set(index.before_scan.findall(low_head)):
        tried.update(index.by_longest[w])
    for w in index.after:
        if w in tail:
            tried.update(index.by_after[w])
    out = []
    for k in sorted(tried):
        rule = rules[k]
        if rule.side == "before":
            if rule.also and not any(w in low_head for w in rule.also):
                continue
            m = rule.pattern.search(head, max(0, len(head) - rule.reach) if rule.reach else 0)
        else:
            m = rule.pattern.match(sentence, end)
            if m is None and rule.id.startswith("headline/"):
                m = rule.pattern.search(sentence, end)
        if not m or (rule.id == "cover/quote-speaker" and not quoted(sentence, start)):
            continue
        if "verb" in rule.pattern.groupindex and _took_lives(m["verb"], sentence, end):
            continue  # 'Lightning claims 23 lives': what took them, not who spoke
        if rule.after_speech and not GAPPED_END.match(sentence, end):
            continue  # a gapped figure ends its clause ('…, a commission thought up to 200 died': a verb of its own)
        np = m["np"] if "np" in rule.pattern.groupindex and m["np"] else None
        if np is None and "np2" in rule.pattern.groupindex:
            np = m["np2"]
        out.append((rule, np))
    return out


GAPPED_END = re.compile(r"\s*(?:[.;,:)\]—–]|\s(?:and|or|but|while|whereas|according)\b|$)")  # a clause's end after a figure


TIME_OWNER = re.compile(
    r"\b(?:day|days|week|weeks|month|months|year|years|weekend|night|morning|evening|today"
    rf"|yesterday|{WEEKDAY})$",
    re.IGNORECASE,
)
ESTIMATE_TAIL = re.compile(
    rf"\s+[\"“]?(?:(?:own|final|official|latest|new|revised|updated)[\"”]?\s+)?{ESTIMATE_NOUNS}$", re.IGNORECASE
)  # 'a police estimate', 'Delegación "final" figure'
ACCORDING = re.compile(
    r"^(?:(?:while|whereas|but|and|as|though|although)\s+)?(?:according\s+to\s+)?", re.IGNORECASE
)  # a clause's opening word is not the speaker's: 'while organisers estimate …
ARTICLE = re.compile(r"^(?:an?)\s+", re.IGNORECASE)
YEAR_HEAD = re.compile(r"^(?:1[89]|20)\d\d\s+")
REPORT_TAIL = re.compile(
    r"(?:\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[AaPp]\.?[Mm]\.?))?\s+(?i:sitrep|situation\s+report|update|bulletin|tally|press\s+release)"
    r"(?:\s+\d{1,2}[:.]\d\d)?$"
)  # ('SENAPRED update 20:00')  # a source's report named after it in a label: 'NDRRMC 6PM sitrep: 52 dead'
LABEL_ESTIMATE_TAIL = re.compile(
    r"(?:\s+(?:[\"“][\w ]{1,20}[\"”]|final|latest|official|updated|revised|own|new))*"
    r"\s+(?:figures?|count|estimate|tally)$",
    re.IGNORECASE,
)  # a label naming a source's figure: 'Delegación "final" figure:', 'Police final count:'
LABEL_CAME_FROM = re.compile(
    rf"^(?:the|a|an|another)\s+(?:[\w'’-]+\s+){{0,3}}?{ESTIMATE_NOUNS}\s+(?:came|comes|come)\b[^:]{{0,40}}?\bfrom\s+(?P<np>\S.*)$",
    re.IGNORECASE,
)  # a label that tells where a count came from: its source
COUNT_TAIL = re.compile(r"\s+(?:count|estimate|tally|survey)s?\s+(?:from|based|using|by|of)\b.*$")
AGENCY = re.compile(r"(?:^|\s)(?!(?:EDIT|UPDATE|COVID|LIVE|BREAKING|NOTE|TL;DR)\b)[A-Z]{3,}(?:-\d{1,2})?$")
# a label ending in an agency's acronym ('NDRRMC' with its report named: 'NDRRMC 6PM sitrep')
REGIONAL_AGENCY = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[A-Z]{3,}(?:-\d{1,2})?$")
# a place's office by its acronym ('Cebu PDRRMO', 'Bukidnon PDRRMO', 'Davao CDRRMO'): a source
DAY_BRACKET = re.compile(
    rf"\s*\((?:{WEEKDAY_ABBR}[a-z]*\.?|\d{{1,2}}(?:[:./]\d{{1,2}})*)(?:\s+(?:morning|afternoon|evening"
    r"|night|\d{1,2}[:.]\d\d))?\)$",
    re.IGNORECASE,
)  # '(Tue. morning)', '(Wed.)', '(14:00)' after a list line's source
KIND_BRACKET = re.compile(
    r"(?<=[\w.])\s*\((?:[a-z]+\s+){0,2}(?:count|estimate|tally|figures?)\)$"
)  # a label's bracket telling the kind of count after a name: '(drone count)', '(official estimate)'
SOURCE_TAIL = re.compile(r"\s+sources?$", re.IGNORECASE)  # 'Police source(s)'
LABEL_NOT = re.compile(
    r"\b(?:dead|deaths?|killed|injur\w*|wounded|hurt|arrest\w*|detain\w*|casualt\w*|turnout"
    r"|crowd|estimates?|total|figures?|toll|missing|displaced|update|live|breaking|watch|edit"
    r"|opinion|analysis|explainer|timeline|summary|note|source|sources|date|location|time)\b",
    re.IGNORECASE,
)


PAGE_TAIL = re.compile(
    r"(?:here(?:'s|’s|\s+is|\s+are)|what|how|why|everything|all\s+(?:we|you)|live|latest|as\s+it)\b",
    re.IGNORECASE,
)  # a headline's tail naming what the page holds ('– Here's All We Know', '— What We Know', '- Live')


LIVES_AFTER = re.compile(r"\s+(?:more\s+)?(?:lives|life)\b", re.IGNORECASE)  # '… claims 23 lives'


def _took_lives(verb: str, sentence: str, end: int) -> bool:
    """Whether a headline's 'claim(s)' before the figure at sentence[:end] says what took lives
    ('Lightning claims 23 lives', 'Floods claim 40 more lives') rather than who spoke.

    >>> _took_lives("claims", "Lightning claims 23 lives", 19)
    True
    >>> _took_lives("claim", "Unions claim 40,000 marched", 20)
    False
    """
    return verb.lower().startswith("claim") and bool(LIVES_AFTER.match(sentence, end))


def _opens_a_source(s: str, lex: Lexicon) -> bool:
    """Whether a lower-case phrase after a headline's dash opens like a source: an article or a
    claimant noun in its first two words ('ministry', 'the army', 'rights group'), not a verb
    ('stop the police violence')."""
    words = s.lower().split()[:2]
    return words[0] in ("the", "a", "an") or any(claimant_word(w, lex) for w in words)


GAPPED = ("cover/gapped-speaker", "cover/gapped-after-speech")  # a speaker before a figure whose verb is left out


PLACE_OWNERS = frozenset({"country", "nation", "world", "capital", "city", "town", "village", "province", "region",
                          "district", "county", "island"})
# (not 'the state', 'the prefecture', 'the municipality': bodies too, 'For decades the state's figure stood at 44')


LABEL_DOCUMENT = re.compile(
    r"^(?:from\s+)?(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statement|press\s+release|release|communiqu[eé]|update|bulletin|briefing|news|report|figures?|count|numbers)"
    r"(?:\s+(?:this\s+\w+|last\s+night|tonight|today))?\s+(?:from|of|by|quoting)\s+(?P<np>.+)$",
    re.IGNORECASE,
)  # 'A statement from Rosales', 'Watan morning news quoting the Interior Ministry': who gave it
LABEL_OWN_DOCUMENT = re.compile(
    r"^(?:from\s+)?(?:the\s+)?(?P<np>.+?)\s+(?:statement|press\s+release|release|communiqu[eé]|update|bulletin"
    r"|briefing|figures?|count|numbers)\b",
    re.IGNORECASE,
)  # 'From the police statement this morning', 'Health ministry update, read out by …': whose it is
LABEL_OCCASION = re.compile(
    r"(?:,|\s+(?:at|on|in|from|speaking|via|live)\s|\s+(?:now|today|tonight|this\s+\w+|last\s+night)\b).*$",
    re.IGNORECASE,
)  # what a label tells after its speaker: an apposition, the occasion, the channel, the time
PERSON = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|[A-Z]{2,5})\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")
# a person's name after a title or rank ('ACP Salma Nyakunga', 'Dr Helen Maitland'; not 'Nova Gorica, …')
LABEL_CLAUSE_VERBS = frozenset(
    {"gave", "gives", "give", "was", "were", "is", "are", "has", "have", "had", "grew", "rose", "fell", "stood",
     "stands", "climbed", "reached", "remains", "remained"}
)  # a verb that makes the words before a colon a clause, not a speaker's label
LABEL_BRACKET = re.compile(r"\s*\([^()]*\)")
LABEL_MARK = re.compile(r",|\bnow\b|\b(?:quoting|from)\s|\s(?:at|on|in)\s", re.IGNORECASE)


def _label_speaker(s: str, lex: Lexicon, known: Callable[[str], bool], spoken: Callable[[str], bool]) -> str | None:
    """The speaker a label before a colon names, with its apposition, occasion, document and
    time cut ('ACP Salma Nyakunga, regional police commander, at a briefing' -> 'ACP Salma
    Nyakunga'; 'A statement from Rosales' -> 'Rosales'; 'Health ministry update, read out by
    the deputy minister' -> 'Health ministry'); None unless it names a body, a role, a name the
    report knows or a person.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_label_speaker(s, lex, lambda n: False, lambda n: False) for s in [
    ...     "A statement from the Red Cross, please share", "GGNA now", "In the capital, on Tuesday",
    ...     "From the police statement this morning (link)", "Dr Helen Maitland, lecturer, from drone footage"]]
    ['the Red Cross', 'GGNA', None, 'police', 'Dr Helen Maitland']
    """
    from claimcheck.parse.attribution import claimant_type

    words = s.split()
    if words[0].lower().endswith(("ing", "ed")) or any(
        w.lower() in lex.speech_verbs or w in LABEL_CLAUSE_VERBS for w in words
    ):
        return None  # a clause, not a label: 'Addressing journalists, the inspector gave a breakdown:', 'The
        #              official count, kept by the Secretariat, grew steadily:'
    s = LABEL_BRACKET.sub("", s)
    if not LABEL_MARK.search(s):
        return None  # a name and its bracket only ('Official so far (Protección Civil Lara)'): the line label's
    if (doc := LABEL_DOCUMENT.match(s)) is not None:
        s = doc["np"]
    s = LABEL_OCCASION.sub("", s).strip()
    if (own := LABEL_OWN_DOCUMENT.match(s)) is not None:
        s = own["np"]
        if all(w.lower() in FIGURE_ADJECTIVES for w in s.split()):
            return None  # 'The official count': which count, not whose
    if not s or s.split()[0].lower() in ("in", "on", "at", "from", "for", "by", "update", "edit"):
        return None
    typed = claimant_type(s, lex) not in (None, "other")
    person = PERSON.fullmatch(s) is not None and not _a_place(s, lex)
    initials = " " not in s and AGENCY.search(s) is not None  # 'GGNA now': an agency's initials
    if not (typed or known(s) or spoken(s) or body_of_record(s, lex) or person or initials):
        return None
    return tidy(s, lex)


def _a_place(s: str, lex: Lexicon) -> bool:
    """A place named as the owner of a count: 'the country', 'the province', 'Chile' (a country
    the lexicon lists); a body of a place ('the province's health office') is not one."""
    words = s.split()
    if not words:
        return False
    place = lex.data["place"]
    return words[-1].lower() in PLACE_OWNERS or any(
        s == c or s == f"the {c}" or s == f"The {c}" for c in place["countries"]
    )


def _ends_in_verb(s: str, lex: Lexicon) -> bool:
    """The words before the figure end with a verb (lower case or shouted): 'police made', 'the
    police ARRESTED'; not a name ('Ahmed')."""
    last = s.split()[-1]
    return (last.islower() or last.isupper() and len(last) > 3) and verb_form(last.lower(), lex)


def _gapped_speaker(s: str, lex: Lexicon) -> str | None:
    """The speaker a gapped clause after a speech verb names before its figure: a name, a role
    or body ('Contagem Aberta', "the main traders' union"), or a count by its maker ('the drone
    count'); not a time ('the next day'), a place's figure or a word of the count ('the youngest')."""
    counted = ESTIMATE_TAIL.search(s) is not None
    if not s or TIME_OWNER.search(s) or not plausible(ESTIMATE_TAIL.sub("", s), lex):
        return None
    if counted and not re.match(r"(?:the|its|their)\s", s, re.IGNORECASE):
        s = ESTIMATE_TAIL.sub("", s)  # 'police count 52,000': the verb; 'the drone count 61,000': a count
    words = s.split()
    named = any(w[:1].isupper() for w in words if w.lower() not in ("the", "its", "their"))
    if named or counted or claimant_type_of(s, lex) or any(claimant_word(w.lower(), lex) for w in words):
        return tidy(s, lex)
    return None


def speaker(
    np: str | None,
    rule: Rule,
    lex: Lexicon,
    known: Callable[[str], bool] = lambda n: False,
    spoken: Callable[[str], bool] = lambda n: False,
    said: Callable[[], bool] | None = None,
) -> str | None:
    """The claimant a rule's noun phrase names, or None when it names no speaker; ``said``: the
    figure's clause before was told by a speech verb (a rule ``after_speech`` needs it)."""
    if not np:
        return None
    s = " ".join(np.split())
    if CONTRASTED.match(s):
        return None  # '…, not three as the police have said': the speaker of the figure contrasted
    if (lead := LEAD_TIME.match(s)) and lead.end() < len(s):
        s = s[lead.end() :]  # 'For decades the state's figure': the state
    if rule.id == "cover/body-recovered" and (cut := SUBJECT_AFTER.search(s)):
        s = s[cut.start("np") :]  # 'By the end of the first week the Fire Services Department'
    if rule.id == "headline/dash-source" and s[:1].islower() and not _opens_a_source(s, lex):
        return None  # '230,000 in the streets on day two - stop the police violence': a slogan
    if rule.id == "headline/dash-source" and PAGE_TAIL.match(s):
        return None  # 'Death Toll Climbs To 41 – Here's All We Know': what the page holds, no source
    if rule.id == "headline/says-after" and (s[:1] in "'\"‘“" or CLAUSE_WORDS.search(s)):
        return None  # 'Police arrest 200, say "gang members" among them': what they say, not who
    if rule.id == "cover/possessive-estimate" and s[:3].lower() in ("by ", "in "):
        s = s[3:]  # 'By the army's count, 14 soldiers': the army
    if rule.id == "cover/which-said" and (by := s.rfind(" by ")) > 0:
        s = s[by + 4 :]  # 'The figure was disputed by the opposition, which said': the agent
    if rule.id == "cover/which-said" and (verb := CONTRARY_VERB.search(s)):
        s = verb["np"]  # 'Its figure contradicts the army, which said': the object of the verb, the antecedent
    if rule.id == "cover/which-said" and (owner := THAT_OF.search(s)):
        s = owner["np"]  # 'The figure fell between that of the army, which says': the army
    if rule.id == "cover/quote-speaker" and (aside := RELATIVE_ASIDE.search(s)):
        s = aside["np"]  # '"more than a hundred" members hurt, many of whom, it said, …': it (said)
    if rule.id == "cover/our-estimate":
        return "Our"
    if rule.id == "cover/hospital-received" and s in ("She", "He"):
        return s  # resolved to its antecedent by the speaker pass (claimcheck.speakers)
    if rule.id in ("cover/its-estimate", "cover/brought-its-count-to"):
        return s.capitalize()  # resolved to its antecedent by the speaker pass (claimcheck.speakers)
    if rule.id == "cover/label-with-its-occasion":
        return _label_speaker(s, lex, known, spoken)
    if rule.id == "cover/line-label" and (came := LABEL_CAME_FROM.search(s)):
        s = came["np"]  # 'The first count came the next day, from the state news agency: four …'
    if rule.id == "cover/line-label" and (tail := LABEL_ESTIMATE_TAIL.search(s)) and tail.start():
        s = s[: tail.start()]  # 'Delegación "final" figure' -> 'Delegación', 'Police final count'
    s = ARTICLE.sub("", YEAR_HEAD.sub("", ACCORDING.sub("", s)))
    if rule.id in GAPPED and s and _ends_in_verb(s, lex):
        return None  # the clause's own verb, not a gap: 'police made nine arrests', 'the police ARRESTED 200'
    if rule.after_speech:
        return _gapped_speaker(s, lex) if said is not None and said() else None
    if rule.id != "cover/according-at-end":
        s = ESTIMATE_TAIL.sub("", s)  # 'a police estimate' -> 'police' (not 'official figures')
    if rule.id in ("cover/possessive-estimate", "cover/bringing-toll-to") and (TIME_OWNER.search(s) or _a_place(s, lex)):
        return None  # "The day's toll", "Last year's count", "The country's death toll"
    if rule.id == "cover/gapped-list-item" and TIME_OWNER.search(s):
        return None  # a clause's time before its figure, no speaker: '…; the previous year, 14 guards had been hurt'
    if rule.id in FIGURE_NAMED_BY and s.split()[-1].lower() in FIGURE_ADJECTIVES:
        return None  # 'the 12 in the official figures', 'the first official toll was': which figure, not whose
    if rule.id == "cover/bracket-after":
        s = re.sub(r"(?:'s|’s)$|\s+claims?$", "", s)  # '(SAF claim)' names the SAF
    if rule.id in ("cover/hospital-treating", "cover/service-took"):
        from claimcheck.parse.attribution import claimant_type

        return tidy(s, lex) if claimant_type(s, lex) == "hospital" else None
    if rule.id == "cover/document-label":
        if any(f"{s.lower()} {kind}" in lex.speaker_words["statement_kinds"] for kind in DOCUMENT_KINDS):
            return None  # 'PRESS STATEMENT: 4 people lost their lives': the kind of post, no body
        acronym = ACRONYM.fullmatch(s) is not None and s.lower() not in lex.data["speakers"]["not_speakers"]
        if TIME_OWNER.search(s) or not (acronym or known(s) or body_of_record(s, lex) or claimant_type_of(s, lex)):
            return None  # 'Latest update:', 'Jan 15 sitrep:'
        return tidy(s, lex)
    if rule.id in (
        "cover/line-label",
        "headline/label-clause",
        "cover/role-estimate",
        "cover/role-estimate-aside",
        "cover/gapped-speaker",
        "cover/arrived-at",
        "cover/for-or-by-after",
        "cover/body-found",
        "cover/body-recovered",
        "cover/in-their-figure",
        "cover/their-figure-in-brackets",
        "cover/raised-the-toll",
        "cover/possessive-figure-compared",
    ):
        if s.lower() in lex.speaker_words["statement_kinds"]:
            return None  # a post's 'PRESS STATEMENT: 4 people lost their lives': what it is, not whose
        if rule.id in FIGURE_NAMED_BY and _adjective_only(s, lex):
            return None  # 'The provincial (total stands at 73)': an adjective of the figure, no role
        reported = rule.id == "cover/line-label" and REPORT_TAIL.search(s) is not None
        if reported:
            s = REPORT_TAIL.sub("", s)  # 'NDRRMC 6PM sitrep' -> 'NDRRMC', 'Red Cross update'
        if rule.id == "cover/line-label" and (dated := DAY_BRACKET.search(s)) and dated.start():
            s = s[: dated.start()]  # a recap's '— Navy (Tue. morning): 17 dead': the navy, on its day
        if rule.id == "cover/line-label" and (source := SOURCE_TAIL.search(s)) and source.start():
            s = s[: source.start()]  # 'Police source: about 800' -> 'Police' (not 'Source: AFP')
        if rule.id == "cover/line-label" and (counted := COUNT_TAIL.search(s)) and counted.start():
            s = s[: counted.start()]  # 'University X count from aerial images' -> 'University X'
        if rule.id == "cover/line-label" and (kind := KIND_BRACKET.search(s)) and kind.start():
            # 'Contagem Aberta (drone count): 61,000': a name, then what kind of count it gave
            return tidy(s[: kind.start()], lex)
        if rule.id in ("cover/line-label", "headline/label-clause") and (
            LABEL_NOT.search(s) and not known(s) or s.lower() in lex.speaker_words["sector_headings"]
        ):
            return None  # ('Search and rescue: MES has deployed 5,200 …': a sitrep's section)
        dated = DATED_SOURCE.search(s) if rule.id == "cover/line-label" else None
        if dated:  # '- Guardia Civil on X, Sunday: …': a source given with its day (no place is)
            return tidy(s[: dated.start()], lex)
        cited = CITED_LABEL.search(s) if rule.id == "cover/line-label" and "," in s else None
        if cited and cited.start():
            # an estimates list's source with the month or year of its figure, or an author
            # with the work that gives it: 'MGWU, March 1991', 'Hospital register, 1991
            # (published 2009)', 'Ann Lee, Threads and Bullets (2016)'
            s = s[: cited.start()]
            if (cited["work"] and AUTHOR.fullmatch(s)) or ACRONYM.fullmatch(s):
                return tidy(s, lex)
        from claimcheck.parse.attribution import claimant_type

        typed = claimant_type(s, lex) not in (None, "other")
        agency = rule.id == "cover/line-label" and (
            (reported and AGENCY.search(s) is not None) or REGIONAL_AGENCY.search(s) is not None
        )  # (not a dateline: 'MIRPUR KHAS: Thousands of people marched …', 'PARIS: 12 dead')
        labelled = rule.id == "cover/line-label" and spoken(s)  # 'Delegación: 12 detained'
        initials = rule.id in ("cover/raised-the-toll", "cover/for-or-by-after") and ACRONYM.fullmatch(s) is not None
        # ('MES raises …', '… and at 15,000 by SNEBS': a body by its initials)
        if not (typed or known(s) or body_of_record(s, lex) or agency or labelled or initials):
            return None  # 'Mozambique:', 'Rescuers found': a place or no body of record
    return tidy(s, lex)


RELATIVE_ASIDE = re.compile(r"\b(?:whom|which|whose|who)\b[^,]*,\s+(?P<np>[^,]+)$", re.IGNORECASE)
# a speaker set between commas inside a relative clause, after a quoted phrase: '…, many of whom, it'
CONTRARY_VERB = re.compile(r"\b(?:contradict|disput|reject|challeng)(?:s|es|ed|ing)?\s+(?P<np>\S.*)$", re.IGNORECASE)
# a clause's verb of contradiction before the relative's antecedent: 'Its figure contradicts (the army)'
THAT_OF = re.compile(r"(?:^|\s)(?:that|those)\s+of\s+(?P<np>(?:(?!\b(?:that|those)\s+of\b).)+)$", re.IGNORECASE)
# a figure named by its owner's: '(between) that of the army', 'those of the organisers'
DOCUMENT_KINDS = ("statement", "release", "briefing", "update")  # the second word of a statement kind ('press release')
CLAUSE_WORDS = re.compile(r"\b(?:among|them|they|it|was|were|is|are|had|have)\b", re.IGNORECASE)
SUBJECT_AFTER = re.compile(
    r".*\b(?!(?:of|for|the|and|at|in|on|from|to|by|with|an?)\s)[a-z]+\s+(?P<np>the\s+\w.*)$"
)  # the subject after an opening phrase: 'By the end of the first week the Fire Services Department'
FIGURE_NAMED_BY = frozenset(
    {"cover/in-their-figure", "cover/their-figure-in-brackets", "cover/role-estimate", "cover/role-estimate-aside"}
)  # the rules whose noun phrase is the words before a figure noun
FIGURE_ADJECTIVES = frozenset({"official", "latest", "final", "first", "initial", "new", "revised", "same", "other", "own"})
LEAD_TIME = re.compile(
    r"(?:for|in|on|by|since|over|after|during|until|last|this|that)\s+(?:(?:the|a|several|many|some|\d+)\s+)?"
    rf"(?:(?:decades?|years?|months?|weeks?|days?|{WEEKDAY}|morning|afternoon"
    r"|evening|night|\d{4}),?\s+)+",
    re.IGNORECASE,
)  # a time phrase opening the noun phrase before a possessive: 'For decades the state('s figure)'
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{2,11}")  # 'NDRRMC', 'PNP-10'


def _adjective_only(s: str, lex: Lexicon) -> bool:
    """Whether a figure's noun phrase is a determiner and lower-case words whose head names no
    role or body: an adjective of the figure ('The provincial total', 'the overall tally'),
    not its maker ('the police estimate', 'the health department's count').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_adjective_only(s, lex) for s in ["The provincial", "the overall", "the police", "the health department", "the State Police"]]
    [True, True, False, False, False]
    """
    words = s.split()
    return (
        len(words) > 1
        and words[0].lower() in ("the", "its", "their")
        and all(w.islower() for w in words[1:])
        and not (claimant_word(words[-1], lex) or body_of_record(words[-1], lex))
    )


def claimant_type_of(s: str, lex: Lexicon) -> bool:
    """Whether ``s`` names a role or body the lexicon types ('Health Ministry', 'police')."""
    from claimcheck.parse.attribution import claimant_type

    return claimant_type(s, lex) not in (None, "other")


DATED_SOURCE = re.compile(
    r"(?:\s+on\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|its\s+website))?,\s*"
    rf"(?:{WEEKDAY}|\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{{1,2}})\s*$",
    re.IGNORECASE,
)  # the channel and day a list line's source gave its figure on


CITED_LABEL = re.compile(
    r",\s+(?:(?P<work>[A-Z][^,:\n]{2,60}?\s*\((?:1[89]|20)\d\d\))"
    r"|(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:1[89]|20)\d\d(?:\s*\([^()\n]{1,30}\))?)$"
)  # a list line's source dated by month or year ('MGWU, March 1991', 'Military Council communiqué,
#    15 March 1991', 'Hospital register, 1991 (published 2009)') or by its work ('Ann Lee, Threads and Bullets (2016)')
AUTHOR = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")  # a person's name, as an author's

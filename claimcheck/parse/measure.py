"""Parser stage 4, measure: what happened to the counted people, read before the figure (rules in
priority order), from its verb after it, or from the figure before it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from claimcheck.lexicon import Lexicon, alternation, inflections, number_words
from claimcheck.lines import UNFOLDED
from claimcheck.models import HURT, TALLIES
from claimcheck.parse.head import WORDS_OF, Mention
from claimcheck.parse.numbers import folded
from claimcheck.parse.rules import fired, patterns, required_literals, rule, with_patterns
from claimcheck.parse.scope import _is_part
from claimcheck.when import any_of

CLAUSE_CUT = re.compile(
    r"[;:]|\s(?:[–—]\s|(?:in|during|at|after|from|on)\s+which\b|where\b"
    r"|(?:and|but|while|yet)\s+(?:nobody|no\s+one|no-one|none)\b|(?:and|but)\s+that\s"
    r"|(?:anyone|anybody|everyone|everybody|those)\s+(?:who|whom)\b"
    r"|\s*(?:and|while|whereas)\s+the\s+(?:injured|wounded|dead|hurt|deceased)\b|(?:when|before|until)\s+(?:the|a|an|its|their)\s)"
    r"|,(?:\s+(?:who|which|whose|whom)\b|\s+(?:many|most|some|several|few|none|half)\s+of\s+(?:whom|which)\b|\s*[”\"]"
    r"|\s+as\s|\s+(?:while|whereas)\s+(?![a-z]+ing\b)"
    r"|\s+(?:and|while|whereas)\s+the\s+(?:injured|wounded|dead|hurt|deceased)\b"
    r"|\s+(?:and\s+)?the\s+(?:rest|others|remainder)\b"
    r"|\s+(?:(?:the|their|his|her|its|our)\s+)?(?!(?:many|most|some|all|several|few|none|both|each|half|others?|they|we)\s)[a-z]+\s+(?:are|were)\s(?!(?:saying|told|quoted|reporting|estimating|claiming)\b))"
    r"|[”\"]\s*,|\)\s*,"
)  # (', as opposition supporters massed in the capital': a clause of its own)  # a new clause, or the end of a quotation ('… 14 minors," said X, adding that many …'), or a
#    relative clause of a share of them ('contacted over a dozen doctors, many of whom denied the deaths': the
#    share's, no verb of the counted people), or a new subject and its verb after a comma ('a trailer carrying 170 migrants overturned on the highway, relatives
#    are still arriving': theirs), or a bracket closed before a comma ('23 dead (19 civilians and four police officers), 312 injured': the
#    verb after is the next item's), or a clause of a denial ('had 40,000 people and nobody died': the 40,000 did not die) or another
#    that-clause ('… of all four gunmen" and that none of the hostages had been killed'), or a
#    clause with a subject of its own ('two young men turned into a fight in which the farmer
#    was killed', '… were taken to the clinic where one died'), or a relative clause of other
#    people ('8 lawyers remain available to anyone who was hurt'), or a clause of when with a
#    subject of its own ('40 children were rehearsing … when the storm arrived'); its wordings are
#    grouped under their first character, in the order they were tried (one test at each place,
#    not one per wording)


# --- measure -----------------------------------------------------------------


def _words_before(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    hit = pat.search(before)
    if hit is None:
        return None
    words = " ".join(hit["t"].lower().split())
    if words in lex.grammar["mobilising_words"] and _crowd_mobilised(m):
        return "participants"  # 'the opposition had mobilised 6,000 people' (grammar.mobilising_words)
    measure = lex.measure_words("before")[words]
    if measure == "deployed" and TO_A_HOSPITAL.match(text, m.tail):
        fired(TO_HOSPITAL, m.tail)
        return "injured"  # 'the leak sent 40 people to three hospitals': carried to care
    if measure == "deployed" and patterns(lex)[SENT_HOME].match(text, m.tail):
        fired(SENT_HOME, m.tail)
        return None  # 'sent 300 workers home', 'sent 40 protesters to jail': no deployment
    return measure


def _crowd_mobilised(m: Mention) -> bool:
    """The people a side mobilised are a crowd: protesters or supporters, or people of no kind
    ('6,000 people'), not forces, rescuers or volunteers."""
    noun = (m.subject_text or "").lower()
    return m.subject == "protesters" or noun in ("people", "persons", "citizens")


def _toll_rose_to(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    at = _figure_start(text, lo, m)
    low = folded(text)
    if not any(low.find(cue, max(lo, at - 240), at) >= 0 for cue in TOLL_CUES):
        return None  # (the rule's cue words: a cheap test before the pattern)
    risen = pat.search(text, max(lo, at - 240), at)
    if risen:  # 'The death toll from a fire that tore through … rose to 38'
        group = "what" if risen["what"] else "what2"
        what = risen[group].lower().split()
        named = [lex.noun_measure.get(w) or lex.modifier_measure.get(w) for w in what]
        if what[-2:-1] in (["of"], ["the"]) and not any(named):  # a translation's 'the quantity of died
            named.append(lex.measure_words("after").get(what[-1]))  # persons', 'the number of the apprehended persons'
        if any(named):
            return next(x for x in named if x)  # 'the toll', 'the number detained'
        if any(w in lex.subject_of for w in what):
            # 'the number of police officers injured stood at 40': the participle after them
            later = WORDS_OF.findall(text, risen.end(group), min(at, risen.end(group) + 60))[:6]
            relative = later[:1] in (["that"], ["who"], ["which"]) or what[-1] in ("that", "who", "which")
            after_people = later[:4]
            if not relative:  # (a relative clause reads on: 'the number of persons that lost their lives',
                later = later[:3]  # 'the number of people who have lost their lives')
            verbs = lex.measure_words("after") if relative else {}
            for k, w in enumerate(later):
                low = w.lower()  # ('persons that died': a relative clause's verb; 'lost life')
                found = lex.noun_measure.get(low) or lex.modifier_measure.get(low) or verbs.get(low)
                found = found or (verbs and (verbs.get(" ".join(later[k : k + 3]).lower()) or verbs.get(" ".join(later[k : k + 2]).lower())))
                if found:
                    _side_of(what, m, lex)
                    return found
            found = None if relative else _participle_measure(what[-1:] + after_people, lex)
            if found:  # 'the number of police officers treated for injuries has risen to 17'
                _side_of(what, m, lex)
                return found
            if (
                _unmeasured_participle(what, lex)
                or _participle_after(later)
                or _people_in_a_state([*what, *(w.lower() for w in after_people)], lex)
            ):  # ('the number of people without power stood at 12,000': a state, no crowd)
                return None  # 'bringing the number of people rescued to 214': no measure's participle
            if any(w in lex.grammar["relief_nouns"] for w in what):
                return "deployed"  # 'raised the number of its volunteers in the valley to 240'
            if relative and not any(lex.subject_of.get(w) == "protesters" for w in what):
                return None  # 'the number of people who … has climbed to 38': what the relative clause tells of them, unread, is no crowd's
            return "participants"  # 'put the number of marchers at 3,500'
    return None


def _harmed_ones(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    """measure/harmed-ones-reached: 'the died persons have reached to 16' (the modifier's measure)."""
    hit = pat.search(before)
    return (lex.modifier_measure.get(hit["t"].lower()) or lex.measure_words("after").get(hit["t"].lower())) if hit else None


def _bringing_to(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    """measure/bringing-to-the-number: 'bringing to three the number held' (the measure of the
    word after 'the number')."""
    if not before.endswith("to ") or not pat.search(before):
        return None  # (a cheap test before the pattern)
    number = NUMBER_AFTER.match(text, m.q.end)
    if number is None:
        return None
    what = number["what"].lower()
    return lex.noun_measure.get(what) or lex.modifier_measure.get(what) or lex.measure_words("after").get(what)


NUMBER_AFTER = re.compile(
    r"\s+the\s+(?:total\s+)?number\s+(?:of\s+(?:(?:the|our|their)\s+)?(?:people\s+|persons\s+)?)?(?P<what>[a-z]+)\b",
    re.IGNORECASE,
)  # ' the number held', ' the number of people killed'


TOLL_CUES = tuple(rule("measure/toll-rose-to").effect["cue_in"])  # one is in any text it matches
# (lower case, no 'i', 's' or 'k', which case-blind matching equates with other letters)


def _number_of(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    num = pat.search(before)
    if num:
        what = (num["phrase"] + " " + num["what"]).lower().split()
        for k, w in enumerate(what):
            found = lex.noun_measure.get(w) or lex.modifier_measure.get(w)
            if found:
                _side_of(what[:k], m, lex)  # 'the number of Sudanese soldiers killed was above
                return found  # 50' (not the agent after: 'the injured persons the rescuers')
        told = patterns(lex)["measure/verb-after"].search(num["what"].lower())
        # 'the number of people taken to hospital', 'of police on duty': the phrase's measure
        measure = lex.measure_words("after").get(told["t"].lower()) if told is not None else None
        if measure is None and (_unmeasured_participle(what, lex) or _people_in_a_state(what, lex)):
            return None  # 'the number of people rescued': a participle of no measure
        for w in reversed(what):
            if w in lex.subject_of:
                if m.subject is None:
                    m.subject, m.subject_text = lex.subject_of[w], w
                    m.subject_rule = "subject/number-of"
                return measure or ("deployed" if w in lex.grammar["relief_nouns"] else "participants")
        return measure
    return None


def _unmeasured_participle(what: list[str], lex: Lexicon) -> bool:
    """The words of 'the number of …' end with people and a participle of no measure
    ('people rescued', 'passengers evacuated'), not a verb of their own ('protesters was
    estimated')."""
    return (
        len(what) >= 2
        and what[-1].endswith("ed")
        and what[-2] in lex.subject_of
        and what[-1] not in lex.subject_of
        and not (lex.noun_measure.get(what[-1]) or lex.modifier_measure.get(what[-1]))
    )


def _people_in_a_state(what: list[str], lex: Lexicon) -> bool:
    """The words of 'the number of …' name plain people (grammar.plain_people_nouns) and then a
    state they are in, not a gathering (the caller has found no measure): a participle in -ing
    ('people showing no vital signs', 'persons living on the strip') or a word of grammar.people_states
    ('people left without a home', 'people on board'); not a participle of gathering the lexicon
    knows in another form ('people attending': 'attended').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_people_in_a_state(p.split(), lex) for p in ("people on board", "people attending", "people in the square")]
    [True, False, False]
    """
    k = next((k for k in range(len(what) - 1, -1, -1) if what[k] in lex.subject_of), None)
    if k is None or what[k] not in lex.grammar["plain_people_nouns"] or k + 1 >= len(what):
        return False
    rest = what[k + 1 :]
    if any(" ".join(rest[:n]) in lex.grammar["people_states"] for n in (1, 2)):
        return True
    first = rest[0]
    if not first.endswith("ing") or first in lex.subject_of:
        return False  # (a participle in -ed may tell a harm the lexicon does not name: 'the number
        # of people admitted since Sunday reached 58', which later rules read)
    stem = first[:-3]
    gathering = {w for w, m in lex.measure_words("after").items() if m == "participants"}
    return not {stem + "ed", stem + "ing", stem + "d"} & gathering


def _participle_after(words: list[str]) -> bool:
    """The words after 'the number of <people>' open with a participle of no measure (the
    caller has found none), perhaps after an adverb: 'the number of persons (adversely) affected
    by the floods increased to …', 'the number of families displaced has risen to …'; not a
    verb of rising ('the number of marchers swelled to …')."""
    if words and words[0].endswith("ly") and len(words) > 1:
        words = words[1:]  # ('adversely affected')
    return bool(words) and words[0].endswith("ed") and words[1:2] not in (["to"], ["at"], ["up"])


def _participle_measure(words: list[str], lex: Lexicon) -> str | None:
    """The measure of a participle phrase (measures.<m>.after) that opens the words after 'the
    number of <people>', perhaps after an adverb: 'treated for injuries', 'hospitalised',
    'taken to hospital', 'deployed'. Only a participle in -ed or -en opens it, and only a phrase of
    a measure counts: a verb of rising ('the number of marchers swelled to') is none."""
    while words and words[0].lower() in lex.subject_of:
        words = words[1:]  # ('the number of police officers treated …': the people's other words)
    if words and words[0].endswith("ly") and len(words) > 1:
        words = words[1:]  # ('the number of workers (seriously) injured')
    if not words or not words[0].lower().endswith(("ed", "en")):
        return None
    verbs = lex.measure_words("after")
    low = [w.lower() for w in words[:3]]
    return next((verbs[p] for n in (3, 2, 1) if (p := " ".join(low[:n])) in verbs), None)


def _side_of(words: list[str], m: Mention, lex: Lexicon) -> None:
    """The side a count's phrase names ('the number of Sudanese soldiers killed', 'the number of
    police officers injured'), as the figure's subject when it has none."""
    side = next((w for w in words if lex.subject_of.get(w) not in (None, "people")), None)
    if m.subject is None and side is None and len(words) >= 2:
        side = " ".join(words[-2:])  # 'the number of foreign nationals detained': who they were
        side = side if side in lex.subject_of else None
    if m.subject is None and side is not None:
        m.subject, m.subject_text = lex.subject_of[side], side
        m.subject_rule = "subject/number-of"


def _crowd_at(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    if not CROWD_VERB_BEFORE.search(before):
        return None
    if pat.search(before):
        return "participants"
    at = _figure_start(text, lo, m)  # a relative clause between: 'the crowd that walked from … at'
    return "participants" if pat.search(text, max(lo, at - CROWD_CLAUSE_READ), at) else None


def _among_in_place(pat: re.Pattern[str], before: str, lex: Lexicon) -> str | None:
    """'Among those in hospital were (five children)': the measure of the place those are in, read
    as after a figure ('… were in hospital')."""
    hit = pat.search(before)
    if hit is None:
        return None
    state = state_place(f" were {hit['state']}", lex)
    return state[0] if state is not None and state[1] == len(hit["state"]) + 6 else None


CROWD_CLAUSE_READ = 130  # characters before a figure 'the crowd that …' is read in


def _gathering_put_at(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    """'police put the opening march at 15,000', 'the rally was estimated at 12,000' (rule
    measure/gathering-put-at): read in the 130 characters before the figure, for a clause
    between the gathering and its figure."""
    if not GATHERING_AT_END.search(before):
        return None  # (a cheap test first: the words right before the figure end with 'at' or 'as')
    at = _figure_start(text, lo, m)
    return "participants" if pat.search(text, max(lo, at - CROWD_CLAUSE_READ), at) else None


GATHERING_AT_END = re.compile(r"\b(?:at|as)\s+(?:somewhere\s+|anywhere\s+)?[\"“]?$")


def _gathered_were(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    """'the people who gathered in front of the office were approximately 20,000' (rule
    measure/gathered-were): read in the 130 characters before the figure, for the place or time
    told between the gathering and its copula."""
    if not COPULA_AT_END.search(before):
        return None  # (a cheap test first: the words right before the figure end with 'were')
    at = _figure_start(text, lo, m)
    return "participants" if pat.search(text, max(lo, at - CROWD_CLAUSE_READ), at) else None


COPULA_AT_END = re.compile(r"\b(?:were|was|numbered|totall?ed)\s+$", re.IGNORECASE)


CROWD_VERB_BEFORE = re.compile(
    rule("measure/crowd-at").effect["also"], re.IGNORECASE
)  # the crowd (was|at|of|estimated|numbered) N
INVERTED = "measure/inverted-verb"
INVERTED_READ = 110  # characters before a figure an inverted verb and its phrases of place or time are read in
GAP_WORDS = frozenset(
    "in on at to into toward towards during inside near since after until from for across around within "
    "outside through throughout the a an of".split()
)  # the words of a phrase of place or time between an inverted verb and its figure, beside nouns
GAP_OPENERS = frozenset("yesterday today overnight tonight again also then later meanwhile".split())
PHRASE_PREPOSITIONS = ("to", "of", "for")  # a measure phrase may end with one ('first aid to', 'the arrest of')


@lru_cache(maxsize=8)
def _inverted_phrases(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]:
    """The measure phrases an inverted verb may be, as one pattern, and each phrase's measure
    and the preposition that ends it ('first aid' -> injured, 'to'): measures.<m>.before
    phrases, with the preposition that ends one cut off; measures.<m>.after phrases of two or
    more words that open with no preposition or determiner ('lost the life', 'received medical
    attention')."""
    small = set(lex.grammar["function_words"]) | set(lex.grammar["prepositions"])
    small |= set(lex.grammar["determiners"])
    out: dict[str, tuple[str, str | None]] = {}
    for phrase, measure in lex.measure_words("after").items():
        words = phrase.split()
        if len(words) > 1 and words[0] not in small:
            out[phrase] = (measure, None)
    for phrase, measure in lex.measure_words("before").items():
        words = phrase.split()
        if len(words) > 1 and words[-1] in PHRASE_PREPOSITIONS:
            out.setdefault(" ".join(words[:-1]), (measure, words[-1]))
        else:
            out[phrase] = (measure, None)
    return re.compile(rf"\b(?P<t>{alternation(list(out))})\b[\"”]?", re.IGNORECASE), out


def _gap_is_place_or_time(gap: str, lex: Lexicon) -> bool:
    """The words between an inverted verb and its figure are phrases of place or time: they
    open with a preposition or a word of time ('to the headquarters of the police', 'on Tuesday
    in the centre of the capital', 'yesterday in the suburbs') and hold no figure, no punctuation,
    no conjunction or relative word and no other participle; their last word is a noun."""
    words = gap.split()
    if not 2 <= len(words) <= 12 or not (words[0].lower() in GAP_WORDS or words[0].lower() in GAP_OPENERS):
        return False
    if words[-1].lower() in GAP_WORDS:
        return False
    if words[0].lower() == "to" and words[1].islower() and words[1] not in lex.grammar["determiners"]:
        return False  # 'were sent to treat at the hospital': an infinitive, no place
    return all(_gap_word(w, lex) for w in words)


def _gap_word(w: str, lex: Lexicon) -> bool:
    """Whether ``w`` may be a word of a phrase of place or time between an inverted verb and its
    figure: a word, not another clause's ('and', 'where', 'said') or a participle of its own."""
    low = w.lower()
    if not w.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False  # (a figure, a comma, a quotation mark)
    if low in GAP_WORDS or low in GAP_OPENERS:
        return True
    if low in lex.grammar["function_words"] or low in lex.speech_verbs:
        return False  # 'and', 'where', 'who', 'said': another clause
    return not (w.islower() and low.endswith("ed"))  # (another verb of its own)


POLICE_WORDS = ("police", "gendarm", "commissariat", "precinct")  # one is in every match of the police-place patterns
FRONTED_AUX = ("were", "was", "been")  # the word before a fronted complement's participle


def _inverted_verb(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    """measure/inverted-verb: a translation's order, the verb before the figure and phrases of
    place or time between them ('had conducted to the headquarters of the police 23 persons',
    'gave first aid on the place to 9 persons', 'arrested on Tuesday in the centre of the capital
    19 students'). The figure has a noun of people and no verb of its own after it. Read only
    where no rule or wording measured the figure: the wordings measure/verb-before-counted (a
    few verbs of harm or arrest, 'at Studénka died eight people') and measure/verb-before-crowd
    (verbs of taking part, 'Walked the 230 kilometres about 1,200 people') read their verbs
    first; this one any measures phrase of two or more words, or a participle to a police place."""
    if m.no_noun or not m.subject_text or not before[-1:].isspace():
        return None
    nxt = NEXT_WORD.match(text, m.tail)
    if nxt is not None and nxt[1] in lex.grammar["aux_after_number"]:
        return None  # '… 300 officers were deployed': the figure's own verb
    at = _figure_start(text, lo, m)
    start = max(lo, at - INVERTED_READ)
    window = text[start:at]
    tail = window.rsplit(None, 2)  # (the last two words: plain-string guards before the searches)
    if len(tail) > 2 and tail[-2].casefold() in FRONTED_AUX and (fronted := FRONTED.search(window)) is not None:
        verb = " ".join(f"{fronted['p']} {fronted['pp']}".lower().split())
        measure = lex.measure_words("after").get(verb) or lex.measure_words("before").get(verb)
        if measure is not None:  # 'Into custody were taken nine persons': 'taken into custody'
            fired(INVERTED, start + fronted.start())
            return measure
    if not any(w in window for w in (" in ", " on ", " at ", " to ", " during ", " from ", " into ", "yesterday", "overnight", "toward")):
        return None  # (a cheap test: no phrase of place or time)
    taken = pat.search(window) if not window.isascii() or any(w in window.lower() for w in POLICE_WORDS) else None
    if taken is not None and _gap_is_place_or_time("to the " + taken["rest"] if taken["rest"].strip() else "to the police", lex):
        fired(INVERTED, start + taken.start())
        return "arrested"  # 'had conducted to the headquarters of the police 23 persons'
    last = tail[-1].lower() if tail else ""
    if not tail or (last not in PHRASE_PREPOSITIONS and (last in GAP_WORDS or not _gap_word(tail[-1], lex))):
        return None  # (the window's last word can end no phrase of place or time, nor be a phrase's preposition)
    phrases, measures = _inverted_phrases(lex)
    for hit in reversed(list(phrases.finditer(window))):
        measure, ends = measures[" ".join(hit["t"].lower().split())]
        gap = window[hit.end() :]
        if ends is not None:
            words = gap.split()
            if not words or words[-1].lower() != ends:
                continue
            gap = gap[: gap.rstrip().rfind(" ")]  # ('first aid on the place to': the phrase's 'to')
        if _gap_is_place_or_time(gap, lex):
            fired(INVERTED, start + hit.start())
            return measure
    return None


NOMINAL_MEASURES = ("arrested", "killed", "injured", "deployed")  # (a gathering's noun is its own: 'the joining of')


def _verb_forms(noun: str) -> tuple[str, ...]:
    """The participles a verb's noun may come from: 'stopping' -> 'stopped', 'jailing' ->
    'jailed', 'seizing' -> 'seized', 'retention' -> 'retained', 'interpellation' ->
    'interpellated', 'apprehension' -> 'apprehended', 'hospitalisation' -> 'hospitalised',
    'capture' -> 'captured'.

    >>> _verb_forms("stopping"), _verb_forms("retention"), _verb_forms("hospitalisation"), _verb_forms("capture")
    (('stopped', 'stoppd', 'stoped'), ('retained',), ('hospitalised',), ('captured',))
    """
    if noun.endswith("ing"):
        stem = noun[:-3]
        return (stem + "ed", stem + "d", stem[:-1] + "ed" if len(stem) > 2 and stem[-1] == stem[-2] else stem + "ed")
    if noun.endswith("ention"):
        return (noun[:-6] + "ained",)
    if noun.endswith(("isation", "ization")):
        return (noun[:-5] + "ed",)  # 'hospitalisation' -> 'hospitalised'
    if noun.endswith("ture"):
        return (noun + "d",)  # 'capture' -> 'captured'
    if noun.endswith("ation"):
        return (noun[:-5] + "ated",)
    if noun.endswith("ension"):
        return (noun[:-6] + "ended",)
    return ()


def _nominalised(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    """measure/nominalised-verb: a verb of a measure told as its noun before the figure, as
    translations do ('proceeded to the stopping of 31 persons', 'the retention of 17 persons',
    'the jailing of 12 members'): the measure of the verb's participle (measures.<m>.after or
    before, or modifier_measures). Read only where no rule or wording measured the figure (a
    noun the lexicon lists before a figure, 'the arrest of', is measure/words-before's)."""
    low = before.casefold()
    hit = pat.search(before) if "of" in low and "the" in low else None
    if hit is None:
        return None
    for form in _verb_forms(hit["n"].lower()):
        measure = (
            lex.measure_words("after").get(form)
            or lex.measure_words("before").get(form)
            or lex.modifier_measure.get(form)
        )
        if measure in NOMINAL_MEASURES:
            return measure
    return None


RELATIVE_READ = 150  # characters before a figure the people a relative clause names may stand in
RELATIVE_AUX = re.compile(r"(?:were|was|are|is|(?:have|has|had)\s+been)\s+", re.IGNORECASE)


def _relative_subject(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    """measure/relative-subject-is: the figure is what the people a relative clause names
    amount to, after a verb of being ('persons who were arrested for the violating of public
    order are 648 in total', 'students who were retained by the police remain 11'): the
    measure of the relative clause's verb (measures.<m>.after or modifier_measures). Read only
    where no rule or wording measured the figure: the wordings measure/translated-the-harmed-are
    (a noun of the harmed as the subject, 'The wounded persons are 19') and
    measure/those-harmed-total ('those' and a participle before a verb of amounting, 'Those
    detained total 26') read theirs first; this one a people's noun and a relative clause or
    participle of any measure ('persons who were arrested … are 648')."""
    if not (m.no_noun or (m.subject_text or "").lower() in lex.grammar["plain_people_nouns"]):
        return None  # ('… are 9 persons', '… are 648 in total'; not '… are 12 officers')
    if pat.search(before) is None:
        return None
    at = _figure_start(text, lo, m)
    start = max(lo, at - RELATIVE_READ)
    clause = text[start:at]
    cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind(":"), clause.rfind("("))
    hits = list(RELATIVE_WORD.finditer(clause, cut + 1))
    rel = hits[-1] if hits else None  # (the last relative word of the clause)
    if rel is None:
        return _modified_subject(clause[cut + 1 :], lex)
    if any(c.isdigit() for c in clause[rel.end() :]):
        return None
    people = WORDS_OF.findall(clause, cut + 1, rel.start())
    if not people or (people[-1].lower() not in lex.subject_of and people[-1].lower() not in ("those", "ones")):
        return None  # the relative clause tells of people ('persons who', 'those that')
    at_verb = rel.end()
    if (aux := RELATIVE_AUX.match(clause, at_verb)) is not None:
        at_verb = aux.end()
    words = [w.lower() for w in WORDS_OF.findall(clause, at_verb)[:3]]
    after = lex.measure_words("after")
    for n in (3, 2, 1):
        if (measure := after.get(" ".join(words[:n]))) is not None and len(words) >= n:
            return measure
    return lex.modifier_measure.get(words[0]) if words else None


MODIFIED_PEOPLE = re.compile(
    r"\bthe\s+(?P<w>[a-z]+)\s+(?:persons|people|ones|individuals)\b(?P<rest>[^\d]{0,60})$", re.IGNORECASE
)


def _modified_subject(clause: str, lex: Lexicon) -> str | None:
    """The measure of a modifier_measures word before a plain people's noun in the subject of a
    verb of being before a figure ('the wounded persons received are now 45', 'the detained
    ones are 12'), the clause holding no other figure."""
    hit = MODIFIED_PEOPLE.search(clause)
    return lex.modifier_measure.get(hit["w"].lower()) if hit is not None else None


RELATIVE_WORD = re.compile(r"\b(?:who|that|which)\s+", re.IGNORECASE)


FRONTED = re.compile(
    r"(?:^|[.,;:]\s+|\b(?:and|then)\s+)(?P<pp>(?:in|into|to|under|behind|on)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+"
    r"(?:were|was|(?:have|has|had)\s+been)\s+(?P<p>[a-z]+)\s+$",
    re.IGNORECASE,
)  # a complement put first, its passive verb after it and the figure last: 'Into custody were taken'


TRANSLATED_BEFORE = {
    "measure/relative-subject-is": _relative_subject,
    "measure/nominalised-verb": _nominalised,
    "measure/inverted-verb": _inverted_verb,
}  # the readers of a translation's order before the figure, tried in this order


def translated_measure(text: str, lo: int, hi: int, m: Mention, lex: Lexicon) -> tuple[str, str] | None:
    """The measure a translation's word order gives a figure no other rule or wording measured,
    and the id of the rule that read it: a calque's verb after the counted people
    (measure/taken-to-custody, measure/held-state), the people of a relative clause the figure
    totals (measure/relative-subject-is), a verb told as its noun (measure/nominalised-verb), the
    verb before the figure (measure/inverted-verb). ``hi``: where the figure's clause ends."""
    window = text[m.tail : hi]
    if (held := _custody_or_state(window, lex, lex.measure_words("after"), m.tail)) is not None:
        return held, CUSTODY if held == "arrested" and patterns(lex)[CUSTODY].match(window) else HELD_STATE
    at = _figure_start(text, lo, m)
    before = text[max(lo, at - BEFORE_READ) : at]
    if not before:
        return None
    compiled = patterns(lex)
    for rid, read in TRANSLATED_BEFORE.items():
        if (measure := read(text, lo, m, lex, compiled[rid], before)) is not None:
            return measure, rid
    return None


MEASURE_BEFORE = {
    "measure/words-before": _words_before,
    "measure/toll-rose-to": _toll_rose_to,
    "measure/harmed-ones-reached": _harmed_ones,
    "measure/bringing-to-the-number": _bringing_to,
    "measure/number-of": _number_of,
    "measure/crowd-at": _crowd_at,
    "measure/gathering-put-at": _gathering_put_at,
    "measure/gathered-were": _gathered_were,
    "measure/among-those-in-a-place": lambda text, lo, m, lex, pat, before: _among_in_place(pat, before, lex),
}  # the rules that read the measure in the words before the figure with code of their own


def _fixed(measure: str) -> Callable[..., str | None]:
    """The reader of a rule whose effect is one measure: it applies when its pattern matches
    the words before the figure."""

    def read(
        text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
    ) -> str | None:
        return measure if pat.search(before) else None

    return read


BEFORE_READ = 60  # characters before a figure its measure rules read


READ_BEFORE_ONLY = frozenset({
    "measure/words-before", "measure/harmed-ones-reached", "measure/bringing-to-the-number", "measure/number-of",
    "measure/among-those-in-a-place",
})  # the rules whose readers read nothing but their pattern's match in ``before`` (as every rule
#    read by ``_fixed`` does), and give nothing when it does not match there


@lru_cache(maxsize=8)
def _measure_before_rules(
    lex: Lexicon,
) -> list[tuple[str, re.Pattern[str], Callable, tuple[frozenset[str], bool] | None]]:
    """The measure rules read in the words before a figure, in priority order: those with a
    reader here, and every rule whose effect is {"measure": M, "window": "before"}. Each with,
    when its reader reads only ``before`` (``_fixed``'s, and READ_BEFORE_ONLY), the strings one
    of which each of its matches holds and whether they are case-blind
    (``rules.required_literals``): a window that holds none of them gives that reader nothing,
    and its pattern's search (tried at each of the 60 characters) is skipped; else None."""
    out = []
    compiled = patterns(lex)  # (only these rules' patterns: the others compile when used)
    for r in with_patterns("measure"):
        rid = r.id
        if rid in MEASURE_BEFORE:
            need = required_literals(compiled[rid]) if rid in READ_BEFORE_ONLY else None
            out.append((rid, compiled[rid], MEASURE_BEFORE[rid], need))
        elif r.effect.get("window") == "before" and r.effect.get("measure") in lex.measures:
            out.append((rid, compiled[rid], _fixed(r.effect["measure"]), required_literals(compiled[rid])))
    return out


def _measure_before(text: str, lo: int, m: Mention, lex: Lexicon) -> tuple[str, str] | None:
    """The measure the words before the figure give, and the id of the rule that read it."""
    at = _figure_start(text, lo, m)
    before = text[max(lo, at - BEFORE_READ) : at]
    low = None  # ``before`` lower-cased, for the case-blind literals (None: not made yet; "": not exact)
    for rid, pat, read, need in _measure_before_rules(lex):
        if need is not None:
            words, blind = need
            if blind and low is None:
                low = "" if any(c in before for c in UNFOLDED) else before.lower()
            if not (blind and not low) and not any(w in (low if blind else before) for w in words):
                continue  # (none of the words every match holds: the reader gives nothing)
        measure = read(text, lo, m, lex, pat, before)
        if measure is not None:
            return measure, rid
    return None


def _figure_start(text: str, lo: int, m: Mention) -> int:
    """Where the figure's phrase starts, with an opening quotation mark right before it:
    'put the number of arrests at "at least 70"' reads as 'at at least 70'."""
    at = m.q.start
    return at - 1 if at > lo and text[at - 1] in "\"“" else at


DASH_ASIDE = re.compile(
    r"\s*[–—]\s[^–—;:]{1,100}?\s[–—]\s"
)  # ' — a police officer and a gendarme — '
FINITE_NEXT = (
    r"(?=(?:were|was|have|has|had|are|is)\s|(?:lost|fell|taken|held|shot|beaten)\s"
    r"|[a-z]+ed\s(?!(?:the|a|an|its|his|her|their|our|some|several|\d)))"
)  # the verb after an aside: an auxiliary, a past or a participle ('…, perished', '…, lost their
#    lives', 'ordered two men, the stationmaster and a manager, taken into custody'); not a past
#    with its object ('about 300 persons, a large part of them masked, attacked the members …':
#    their deed, no harm of theirs)
PART_ASIDE = re.compile(
    rf"\s*,\s+(?:\d[\d,]*|{number_words(1, 12)}|a\s+dozen"
    r"|many|most|some|several|half|dozens|hundreds|thousands)"
    r"\s+of\s+(?:them|whom)\b[^,;:.\"“”]{0,40}?,\s+"
    r"(?=(?:were|was|have|has|had|are|is)\s|[a-z]+ed\s)"
)  # 'eight farmers, two of them children, were killed': a part told between the whole and its verb
#    ('about 1,500 people, many of them relatives of the detained, gathered': the whole's verb)
INCLUDING_ASIDE = re.compile(
    r"\s*,\s+(?:including|among\s+them)\s+[^;:.\"“”]{1,120}?,\s+"
    + FINITE_NEXT
)  # 'nine persons, including the den operator and his two sons, have been arrested': the verb is the
#    whole's; the aside may be a comma list ('24 agents, including from the Guards, the Basij and police, have')
NAMES_ASIDE = re.compile(
    r"\s*,\s+(?:[A-Z]|(?:the|a|an|our|his|her|their)\s)[^;:–—\"“”]{1,160}?,\s+" + FINITE_NEXT
)  # 'Two journalists, Habib Diallo of Espace FM and a freelance photographer …, were arrested',
#    'Two of our members, the anaesthetist on call and the night nursing supervisor, were taken
RELATIVE_ASIDE = re.compile(
    r"\s+(?:who|that)\s+(?:were|was|had\s+been)\s+[a-z]+ing\s[^;:,.\"“”]{1,60},"
    r"(?:\s+(?:a|an|the|[A-Z])[^;:–—.\"“”]{1,120}?,)?\s+(?=(?:were|was|have|has|had|are|is)\s)"
)  # 'Two journalists who were filming the attack, a camera operator … and a photographer …, were
#    beaten': a relative clause of what they were doing (and the names after it) before the verb
AFTER_WORDS = 14  # how far after the counted noun its verb may be
REDUCED_RELATIVE = re.compile(
    r"\s*(?:[a-z]+ed|held|taken|seen|caught|shot|hit|beaten|kept)\s+by\s+[^,;:.\"“”]{1,50}?\s+"
    r"(?=(?:had|has|have|were|was|are|is)\s)"
)  # 'a civilian held by the Ethiopian army had been executed': a participle of who did what to
#    them, and the verb of the clause after it, which wins
OWN_PASSIVE = re.compile(
    r"\s*(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?:[a-z]+ly\s+)?(?P<p>[a-z]+ed)\b"
)  # the counted people's own passive verb ('have been rescued', 'were safely evacuated'; not an
#    active 'had congregated')
TO_HOSPITAL = "measure/carried-to-hospital"
TO_A_HOSPITAL = re.compile(
    rf"\s+(?:to|into)\s+(?:(?:a|an|the|their|{number_words(2, 10)}|several|various|\d+|"
    r"local|nearby|different|other|area|regional|district|city|general|military|private|public|medical)\s+){0,3}"
    r"(?:hospitals?|medical\s+(?:facilities|facility|centres?|centers?|institutions?)|health\s+(?:centres?|centers?|facilities|facility)"
    r"|clinics?|emergency\s+(?:rooms?|departments?|wards?))\b",
    re.IGNORECASE,
)  # the counted people carried to a place of care by their own passive verb of no measure
TO_HAVE = re.compile(r"\s*to\s+(?:have\s+|be\s+)?(?:been\s+)?")  # 'believed to have (been) …'
REDUCED_RELATIVE_AT = re.compile(
    r"\s*(?:[a-z]+ed|held|taken|caught|kept)\s+(?:in|on|at|during|after|from)\s+[^,;:.\"“”]{1,50}?\s+"
    r"(?=(?:had|has|have|were|was|are|is)\s)"
)  # 'Two men detained in the operation have died': a participle of where or when; only a harm
#    told of them after it wins ('12 people detained in the raid were released' stay detained)


STATE_PLACE = "measure/state-place"
STATE_VERB = (
    r"(?:(?P<aux>(?:were|was|are|is|am|remain(?:s|ed)?|(?:have|has|had)\s+been|being|been|stayed|spent\s+the\s+night)\s+)"
    r"(?:(?:still|now|all|also|reportedly|later|then|each|already|currently|either)\s+)*(?:being\s+)?)?"
)  # the counted people's auxiliary or copula before the participle or the place ('were (still) …')
STATE_PARTICIPLE = (
    r"(?:(?P<v>[a-z]+ed|put|thrown|taken|kept|held|driven|brought|sent|led|thrust|laid|flown|shot|beaten)"
    r"\s+(?:(?:away|off|out|back|up|straight|directly|quickly|immediately)\s+)?)?"
)
STATE_NP = (
    r"(?P<prep>in|into|inside|behind|to|at|onto)\s+"
    r"(?P<np>(?:(?!(?:and|or|but|where|who|which|when|after|before|for|with|by|because|until|as|while|rather|than|not|instead|outside|near)\b)[\w'’&.-]+\s+){0,5}?)"
)
STATE_HEAD_END = (
    r"\b(?!['’]s|-|\s+(?:grounds|gates?|compound|car\s+park|parking|staff|workers|employees|director|roof|entrance"
    r"|walls?|yard|fence|doors?|guards?|officers?|chief|commander|bus|buses|windows?)\b)"
)  # not a compound's first noun ('the hospital grounds', 'the prison guards')
CARE_OWNERS = frozenset(("the", "its", "their"))  # 'were in its wards': the hospital's, care
CARE_UNITS = ("unit", "care", "icu", "room", "department", "theatre", "ward", "wards")  # a unit of care inside a
# building: 'still in the ICU' is care, 'were in the clinic when …' may be where they were


@lru_cache(maxsize=8)
def _state_places(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str], frozenset[str], frozenset[str]]:
    """The readers of grammar.state_places: a place reached after the counted people's own
    verb ('were put in the back of a police van'), after a participle joined to it ('were pulled
    out of the march and put into a police truck'), and 'on suspicion of' after them; the kind of
    each place's head; the owners of custody and the verbs of force a vehicle needs."""
    sec = lex.data["grammar"]["state_places"]
    kinds = {" ".join(w.lower().split()): m for m in ("arrested", "injured", "killed") for w in sec[m]}
    kinds.update({w.lower(): "vehicle" for w in sec["vehicles"]})
    heads, held = any_of(list(kinds)), any_of(sec["held_on"])
    place = rf"{STATE_NP}(?P<head>{heads}){STATE_HEAD_END}"
    direct = re.compile(rf"\s*{STATE_VERB}{STATE_PARTICIPLE}{place}", re.IGNORECASE)
    joined = re.compile(
        rf"\s*{STATE_VERB.replace('(?P<aux>', '(?:')}(?:[a-z]+ed|taken|led|put|thrown)\s+[^,;:.\"“”]{{1,40}}?\s+and\s+(?:then\s+)?"
        rf"(?:were\s+)?{STATE_PARTICIPLE}{place}",
        re.IGNORECASE,
    )
    held_on = re.compile(
        rf"\s*(?:(?:were|was|are|is|(?:have|has|had)\s+been|being)\s+)?(?:(?:[a-z]+ed|held|kept|taken)\s+)?(?:{held})\b",
        re.IGNORECASE,
    )
    owners = frozenset(w.lower() for w in sec["owners"])
    force = frozenset(w.lower() for w in sec["force_verbs"])
    return direct, joined, held_on, kinds, owners, force


def state_place(window: str, lex: Lexicon, bare: bool = False) -> tuple[str, int] | None:
    """The measure a place tells of the counted people right after them (``window``), and where
    it ends: custody, care or the dead's places (grammar.state_places) reached by their own verb
    or a copula ('were put in the back of a police van', 'I saw at least 15 put in the trucks',
    'remain in the burns unit', 'were taken to the Mater Dei Hospital'), or by 'into' alone
    ('drag 40 marchers into police buses'); a vehicle only when its phrase names an owner of
    custody or a verb of force put them there. A verb of a measure of its own ('were killed in
    hospital', 'were sent to the hospital': staff) is the verb's to read, not the place's. 'On
    suspicion of' right after a count of people is custody, not after a ``bare`` figure (a part
    of a toll told by its reason: '… six on suspicion of violent disorder', scope/part-per-reason).
    Unlike :func:`_custody_or_state` (measure/taken-to-custody, read last: any participle of no
    measure that takes them to the police, a gendarmerie, a commissariat or a precinct, a
    translation's calque), the place is one of the lexicon's (custody, care, the dead's) and the
    verb the counted people's own, tried before the figure's other readers.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [state_place(w, lex) for w in (" were put in a police van", " were still in the ICU", " were in the clinic when")]
    [('arrested', 25), ('injured', 22), None]
    >>> [state_place(w, lex) for w in (" were put on buses", " were loaded into trucks of aid", " were killed in hospital")]
    [None, None, None]
    """
    direct, joined, held_on, kinds, owners, force = _state_places(lex)
    if not bare and (on := held_on.match(window)) is not None:
        return "arrested", on.end()  # 'two of his managers on suspicion of negligence'
    hit = direct.match(window) or joined.match(window)
    if hit is None:
        return None
    verb = (hit["v"] or "").lower()
    prep = hit["prep"].lower()
    aux = hit.groupdict().get("aux")
    if not verb and not (aux and prep in ("in", "inside", "behind")) and prep != "into":
        return None  # 'two at the regional burns centre': a facility named, not their state
    after = lex.measure_words("after")
    if (
        verb in after
        or (aux and verb and f"{aux.split()[-1].lower()} {verb}" in after)
        or (verb and not aux and verb.endswith("ed") and prep == "at")
    ):
        return None  # their own verb's measure ('were killed in hospital'), or an active verb
    kind = kinds[" ".join(hit["head"].lower().split())]
    words = hit["np"].lower().split()
    verbs = patterns(lex)["measure/verb-after"]
    if verb and (own := verbs.search(window, hit.start("v"))) is not None and own.start() == hit.start("v"):
        return None  # a phrase of a measure opens with the verb ('passed away in hospital'): the verb's
    if "other" in words or "another" in words:
        return None  # 'the 22 prisoners being moved to other jails': moved between such places, already there
    if any(after.get(w) not in (None, kind) for w in words):
        return None  # 'were brought in dead to Mpilo Central Hospital': a measure word on the way
    if kind != "killed" and (harm := verbs.search(window, hit.end())) is not None and after[
        " ".join(harm["t"].lower().split())
    ] == "killed":
        return None  # 'four patients brought to our hospitals have died': a death told after wins
    if kind == "vehicle":
        if not (owners.intersection(words) or verb in force):
            return None  # 'were loaded into trucks': no custody said
        kind = "arrested"
    if kind == "injured" and (
        prep == "behind"
        or (
            not verb
            and words
            and not (len(words) == 1 and words[0] in CARE_OWNERS and hit["head"].lower().endswith(CARE_UNITS))
        )
    ):
        return None  # 'were in a clinic when …': where they were, not their care
    return kind, hit.end()


OBJECT_RELATIVE = "measure/object-relative"
RELATIVE_SUBJECT = re.compile(
    r"\s+(?:(?:that|whom)\s+)?(?P<s>(?i:we|they|i|he|she|you|(?:the\s+)?(?:police|army|soldiers|troops|officers|militia|militiamen"
    r"|gunmen|attackers|doctors|medics|paramedics|rescuers|authorities|security\s+forces))|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"\s+(?:(?:have|has|had|already|just|reportedly|later|then|since|also|all)\s+)*"
    r"(?P<v>[a-z]+(?:\s+[a-z]+)?)"
)  # 'six of the people (that) we have buried', 'the 12 men police detained': a clause with a subject of its own whose object they are
OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|my|your|\d|him|them|us|me)\b", re.IGNORECASE)  # an object of the clause's verb
OBJECT_RELATIVE_WORDS = frozenset(("we", "they", "i", "he", "she", "you", "were", "was", "been", "are", "is", "have", "has", "had", "already", "who"))


@lru_cache(maxsize=8)
def _relative_verbs(lex: Lexicon) -> dict[str, str]:
    """The verbs of a harm or an arrest done to someone, as an object relative clause ends with
    them ('we have buried', 'police detained', 'the army shot dead'): the measures' words before
    and after a figure, without the pronouns and auxiliaries some are listed with, that are one
    or two words and open with a participle."""
    irregular = lex.grammar["irregular_participles"] | {"shot", "hurt", "buried", "slain", "caught", "beaten"}
    out: dict[str, str] = {}
    for where in ("before", "after"):
        for phrase, measure in lex.measure_words(where).items():
            words = phrase.split()
            while words and words[0] in OBJECT_RELATIVE_WORDS:
                words = words[1:]
            if measure in TALLIES and 1 <= len(words) <= 2 and (
                words[0].endswith("ed") or words[0] in irregular
            ):
                out.setdefault(" ".join(words), measure)
    return out


def object_relative(window: str, lex: Lexicon) -> tuple[str, int] | None:
    """The measure of the counted people as the object of a relative clause right after them,
    with a subject of its own and no object after its verb: 'Six of the people we have buried'
    (killed), 'the twelve students police detained on Friday' (arrested), 'five of those the
    doctors treated' (injured); and where the verb ends.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [object_relative(w, lex) for w in (" we have buried or", " police detained on Friday", " we interviewed", " police detained the driver")]
    [('killed', 15), ('arrested', 16), None, None]
    """
    hit = RELATIVE_SUBJECT.match(window)
    if hit is None:
        return None
    verbs = _relative_verbs(lex)
    words = hit["v"].lower().split()
    for n in (2, 1):
        phrase = " ".join(words[:n])
        if len(words) >= n and phrase in verbs:
            end = hit.start("v") + len(" ".join(hit["v"].split()[:n]))
            if OBJECT_AFTER.match(window, end):
                return None  # 'police detained the driver': their deed to another
            return verbs[phrase], end
    return None


@lru_cache(maxsize=512)
def _opens_after_word(word: str, lex: Lexicon) -> bool:
    """Whether a measures.<m>.after word starts with ``word`` (remembered: the test looped over
    every such word for each figure)."""
    return any(w.startswith(word) for w in lex.measure_words("after"))


def aside_end(text: str, start: int, stop: int) -> int:
    """Where the counted people's verb may start after them from ``start``: past an aside between
    them and it (a dash's, a part's, an 'including' or 'among them', people named in apposition,
    a relative clause of what they were doing), else ``start``."""
    aside = (
        DASH_ASIDE.match(text, start, stop)
        or PART_ASIDE.match(text, start, stop)
        or INCLUDING_ASIDE.match(text, start, stop)
        or NAMES_ASIDE.match(text, start, stop)
        or (
            RELATIVE_ASIDE.match(text, start, stop)
            if text.startswith((" who ", " that "), start)
            else None
        )
    )
    return aside.end() if aside else start


def _after_window(text: str, start: int, stop: int) -> tuple[int, str]:
    """Where the words told of the counted people after them start (past an aside between them
    and their verb) and those words, up to a new clause."""
    base = aside_end(text, start, stop)
    window = text[base:stop]
    words = window.split(None, AFTER_WORDS)  # the last item is the rest, from word 15 on
    if len(words) > AFTER_WORDS:
        window = window[: len(window) - len(words[-1])]
    cut = CLAUSE_CUT.search(window)
    if cut:
        window = window[: cut.start()]
    return base, window


def place_measure(text: str, start: int, stop: int, lex: Lexicon, bare: bool = False) -> tuple[str, int] | None:
    """The measure the place the counted people are in or were carried to tells (state_place),
    read in the words after them from ``start``, and where it ends in ``text``: for a figure
    no verb of its own and no wording around it gave a measure."""
    base, window = _after_window(text, start, stop)
    state = state_place(window, lex, bare)
    return (state[0], base + state[1]) if state is not None else None


def _measure_after(text: str, start: int, stop: int, lex: Lexicon) -> str | None:
    base, window = _after_window(text, start, stop)
    after = lex.measure_words("after")
    verbs = patterns(lex)["measure/verb-after"]
    if (rel := object_relative(window, lex)) is not None:
        fired(OBJECT_RELATIVE, base + rel[1])
        return rel[0]  # 'Six of the people we have buried'
    own = OWN_PASSIVE.match(window)
    if (
        own is not None
        and not _opens_after_word(own["p"].lower(), lex)
        and not _opens_after_word(" ".join(own.group().lower().split()), lex)
    ):  # (the passive with its auxiliary may open a measure's phrase: 'were deprived of liberty')
        if TO_A_HOSPITAL.match(window, own.end()):
            fired(TO_HOSPITAL, base + own.end())
            return "injured"  # 'were rushed to four medical facilities', 'were conducted to three hospitals'
        hit = verbs.search(window, own.end())
        gap = window[own.end() : hit.start()] if hit is not None else ""
        if hit is None or (len(gap.split()) > 1 and not TO_HAVE.fullmatch(gap)):
            return None  # '4,000 people have been rescued by navy teams deployed at …': their
            # own verb tells no measure, and a later one is someone else's ('confirmed dead',
            # 'are believed to have drowned': theirs)
    rel = REDUCED_RELATIVE.match(window)
    if rel is not None and not verbs.search(window, rel.end()):
        rel = None  # '12 people detained by police' (no verb after): they were detained
    if rel is None and (where := REDUCED_RELATIVE_AT.match(window)) is not None:
        # 'Two men detained in the operation have died': a harm told of them after it wins
        harm = _verb_measure(window, where.end(), lex, verbs, after, text, base)
        if harm in HARM_MEASURES:
            return harm
    return _verb_measure(window, rel.end() if rel is not None else 0, lex, verbs, after, text, base)


CUSTODY = "measure/taken-to-custody"
HELD_STATE = "measure/held-state"


def _custody_or_state(window: str, lex: Lexicon, after: dict[str, str], base: int) -> str | None:
    """The measure of the counted people's participle of no measure that takes them to a police
    place ('were conducted to the police', '23 "conduced" to the police': arrested), or of a
    modifier_measures word told of them after a verb of being or remaining ('remain retained
    24 hours'): rules measure/taken-to-custody and measure/held-state. None when neither. The
    last reader of a police place: the wording measure/taken-to-a-police-station ('were taken to
    Worli police station') and :func:`state_place` (the lexicon's places of custody: 'were put in
    a police van') read theirs first, the lexicon's measure words 'taken to a police station'
    before all; this one any police place a calque's verb reaches."""
    low = window.lower()
    taken = patterns(lex)[CUSTODY].match(window) if not window.isascii() or any(w in low for w in POLICE_WORDS) else None
    if taken is not None and after.get(taken["p"].lower()) in (None, "arrested"):
        fired(CUSTODY, base + taken.start("p"))
        return "arrested"
    state = patterns(lex)[HELD_STATE].match(window)
    if state is not None and (measure := lex.modifier_measure.get(state["w"].lower())) is not None:
        fired(HELD_STATE, base + state.start("w"))
        return measure
    return None


CRITICAL_THING = re.compile(
    r"\s+(?:infrastructure|infrastructures|services|facilities|installations|systems|supplies|assets|sites|equipment)\b"
)  # 'critical infrastructure', 'critical services': the adjective of a thing after it


def _verb_measure(
    window: str, at: int, lex: Lexicon, verbs: re.Pattern[str], after: dict[str, str],
    text: str, base: int,
) -> str | None:
    """The measure of the first verb of the counted people in ``window`` (``text`` from
    ``base``) from ``at``."""
    for hit in verbs.finditer(window, at):
        if NEXT_FIGURE.match(text, base + hit.end()) and not hit["t"].lower().endswith(PREPOSITION_ENDS):
            return None  # '16 persons, injured 26 persons', '5 soldiers killed 3 militants': the
            # word is the next figure's, or their own deed to it
        if GAPPED_LATER.fullmatch(window, at, hit.start()) and hit["t"].lower().startswith(("in ", "at ")):
            return None  # '19 died at the scene and eight later in hospital': the verb before is
            # left out (measure/parallel-place), the place is where they died, no state of theirs
        if " " not in hit["t"] and FACILITY_NEXT.match(window, hit.end()):
            continue  # 'two at the regional burns center': a facility's name, not their harm
        if hit["t"].lower() == "march" and _the_month(window, hit.start(), hit.end(), lex, base, hit["t"] == "March"):
            continue  # 'rose to 23 on 4 March': the month, not a march
        if hit["t"].lower() == "critical" and CRITICAL_THING.match(window, hit.end()):
            continue  # '"to protect public order and critical infrastructure"': a thing's, no one's state
        measure = after[" ".join(hit["t"].lower().split())]
        if hit["t"].lower().startswith(STATE_PREPOSITIONS) and NEGATED_BEFORE.search(window, max(at, hit.start() - 20), hit.start()):
            return None  # 'two fire-safety inspectors who are not in custody': told not to be in that state
            # (a negated verb stays the figure's: 'No, 112 people did not die' is the claim a fact-check denies)
        if measure == "participants" and patterns(lex)[NOT_A_GATHERING].match(window, hit.start()):
            fired(NOT_A_GATHERING, base + hit.start())
            continue  # 'joined the party', 'reached the surface', 'walked out of the mine'
        if measure == "arrested" and hit["t"].lower() == "held":
            if patterns(lex)[HELD_HOSTAGE].match(window, hit.end()):
                fired(HELD_HOSTAGE, base + hit.start())
                continue  # 'held hostage', 'held by the rebels': no arrest
            if patterns(lex)[HELD_GATHERING].match(window, hit.end()):
                fired(HELD_GATHERING, base + hit.start())
                return "participants"  # 'about 2,500 people held a candlelight vigil'
            if not HELD_AUX.search(window, 0, hit.start()) and patterns(lex)[HELD_A_PLACE].match(window, hit.end()):
                fired(HELD_A_PLACE, base + hit.start())
                return None  # 'four gunmen held the hotel for 19 hours': they held it, no arrest (and
                # what follows is told of others: '… before troops stormed it')
        if hit["t"].lower() == "treated" and patterns(lex)[TREATED_OTHERS].match(window, hit.end()):
            fired(TREATED_OTHERS, base + hit.start())
            continue  # '60 medics treated the wounded', 'volunteers treated people': who treated
        if measure == "deployed" and patterns(lex)[SENT_HOME].match(window, hit.end()):
            fired(SENT_HOME, base + hit.start())
            continue  # 'the 4,000 students … were sent home': not a deployment
        if measure == "participants" and DETERMINER_END.search(window, 0, hit.start()):
            continue  # 'as the march approached', 'after a protest': a noun, not their verb
        if hit["t"].lower() in NOUN_TOO:
            if _tending_the(lex).search(window, 0, hit.start()):
                return None  # '45 volunteers helped move the injured to hospital': the object
                # of a verb of their own, and what follows is told of that object
            if OBJECT_THE.search(window, 0, hit.start()):
                continue  # 'walked …, carrying photographs of the dead': a preposition's object
        if (
            measure in ("injured", "arrested")
            and " " not in hit["t"]
            and not PASSIVE_AUX.search(window, 0, hit.start())
            and (death := next(verbs.finditer(window, hit.end()), None)) is not None
            and after.get(" ".join(death["t"].lower().split())) == "killed"
            and MODIFIER_THEN_DEATH.fullmatch(window, hit.end(), death.start())
        ):
            fired(HARMED_WHO_DIED, base + hit.start())
            return "killed"  # 'two gravely wounded inmates had died': the harm a modifier of
            # their noun, the death their verb
        if (
            " " not in hit["t"]
            and measure in ACTIVE_MEASURES
            and window.startswith(" ", hit.end())
            and patterns(lex)[ACTIVE_OBJECT].match(window, hit.end())
            and not PASSIVE_AUX.search(window, 0, hit.start())
        ):
            fired(ACTIVE_OBJECT, base + hit.start())
            return None  # 'two gunmen killed a policeman', '1,200 soldiers … executed an order':
            # their own deed to someone else, not what befell them
        return measure
    return None


NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:been\s+|be\s+)?$", re.IGNORECASE)  # 'are not in custody'
STATE_PREPOSITIONS = ("in ", "under ", "behind ", "on ", "at ")  # a state's phrase ('in custody', 'under arrest')
GAPPED_LATER = re.compile(r"\s*(?:later|afterwards|subsequently)\s+", re.IGNORECASE)  # 'eight (later) in hospital'
FACILITY_NEXT = re.compile(
    r"\s+(?:cent(?:re|er)|unit|ward|hospital|clinic|department|institute)\b", re.IGNORECASE
)  # a harm noun naming a facility ('the burns centre', 'the trauma unit')
DAY_AFTER = re.compile(r"\s+\d")  # 'March 4'


def _the_month(window: str, start: int, end: int, lex: Lexicon, base: int, capital: bool = True) -> bool:
    """'March' names the month: a day number or (capitalised) a word of time before it, a day
    number after (``base`` is the window's offset in the text, for the trace); 'march' in lower
    case only after a day number ('on 4 march', not 'expected to march')."""
    before = patterns(lex)[MARCH_MONTH].search(window, max(0, start - 12), start)
    if DAY_AFTER.match(window, end) or (before and (capital or before.group()[:1].isdigit())):
        fired(MARCH_MONTH, base + start)
        return True
    return False


ACTIVE_OBJECT = "measure/active-with-object"
HARMED_WHO_DIED = "measure/harmed-who-died"
MODIFIER_THEN_DEATH = re.compile(
    r"\s+[a-z][a-z-]*\s+(?:(?:had|have|has|later|since|subsequently|then|also)\s+){0,2}", re.IGNORECASE
)  # 'wounded (inmates had) died': the one noun the harm word modifies, then the death
ACTIVE_MEASURES = TALLIES
PASSIVE_AUX = re.compile(
    r"\b(?:were|was|are|is|am|be|been|being|get|gets|got|getting)\s+(?:\w+ly\s+|all\s+|also\s+)?$",
    re.IGNORECASE,
)  # 'were (reportedly) killed', 'had been arrested': passive, the verb is the counted people's
MARCH_MONTH = "measure/march-the-month"
SENT_HOME = "measure/sent-home"
TREATED_OTHERS = "measure/treated-others"
HELD_HOSTAGE = "measure/held-hostage"
HELD_GATHERING = "measure/held-a-gathering"
HELD_A_PLACE = "measure/held-an-object"
HELD_AUX = re.compile(
    r"\b(?:were|was|are|is|am|be|been|being|remain|remains|remained|still|get|gets|got|had|have|has)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)  # 'were held', 'remain held', 'had been held': passive, the counted people were held
NOT_A_GATHERING = "measure/not-a-gathering"
PREPOSITION_ENDS = (" in", " at", " to", " for", " by", " with", " on", " from", " into")
# a figure after a verb that ends in a preposition is its object's ('treated in nine hospitals')
_FIGURE_WORD = (
    rf"(?:\d[\d,.]*(?![\d,.])|(?:{number_words(2, 12)}|a\s+dozen|dozens"
    rf"|hundreds|thousands|{number_words(20, 50)})\b)"
)
NEXT_FIGURE = re.compile(  # (on the same line: a figure opening the next line is no object)
    rf"[ \t]+(?:(?:more\s+than|about|some|nearly|at\s+least)\s+{_FIGURE_WORD}"
    rf"|(?:over\s+)?{_FIGURE_WORD}(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|nights?|decades?)\b))",
    re.IGNORECASE,
)  # a figure right after the word, in digits or words ('… nine assailants … and arrested six suspects');
# not a span of time, bare or after 'over' ('312 people were detained over two days', 'were killed
# two days after the vote': their verb; but '(up to 25 people) must be booked at least 3 days in
# advance' stays no one's arrest)
NOUN_TOO = frozenset(("injured", "wounded", "dead", "hurt"))  # harm words that are nouns after 'the'
OBJECT_THE = re.compile(
    r"\b(?:of|for|to|with|about|by|mourning|mourn|honour|honor|remember)\s+the\s+$", re.IGNORECASE
)  # the harmed as the object of a preposition or verb of mourning: 'photographs of the dead'


@lru_cache(maxsize=8)
def _tending_the(lex: Lexicon) -> re.Pattern[str]:
    """A verb of tending to the harmed right before 'the' (grammar.tending_verbs): 'helped move
    the injured', 'buried the dead' make the harm word their object, not the counted people's."""
    verbs = "|".join(
        re.escape(w) for w in sorted(lex.grammar["tending_verbs"], key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{verbs})\s+the\s+$", re.IGNORECASE)


DETERMINER_END = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|their|its|his|her|our|my|your|every|each|another)"
    r"|\b(?:since|after|before|until|following|during)\s+(?:the\s+)?[A-Za-z]+['’]s"
    r"|\b(?:during|after|before|since|until|following)\s+(?:the|a|an|this|that|their|its|his|her|our)"
    r"(?:\s+[\w'’-]+){1,2})\s+$",
    re.IGNORECASE,
)  # (a possessive after a word of time too: 'since Tuesday's march', 'after the union's rally';
#    a time preposition's object with its modifiers: 'during the anti-CAA protest')


def _protesting(lex: Lexicon) -> re.Pattern[str]:
    """Security forces who took part in a protest are protesters' count, not a deployment."""
    return patterns(lex)["measure/forces-took-part"]


HARM_MEASURES = HURT  # what may befall people counted under another measure
MIN_CROWD = 50  # the smallest figure read as a crowd or a deployment without a verb saying so


def _default_measure(m: Mention, lex: Lexicon) -> str | None:
    """The measure a count of protesters or forces has without a verb: a crowd, a deployment.
    Either is counted in the dozens at least: 'one of the protesters told Reuters' and
    '5 officers were suspended' count neither."""
    if m.no_noun or (m.q.value is not None and m.q.low < MIN_CROWD and m.subject_rule != "subject/force-unit"):
        return None  # (a unit's men are a deployment however few: 'a police unit of 40 men')
    usual = lex.data["subject_default_measure"].get(m.subject or "")
    if usual is None and m.service:
        return "deployed"  # '34 SMURD paramedics', 'about 180 stewards employed by the organisers'
    if usual is None and m.subject_text:
        if m.subject_text.lower() in lex.grammar["crowd_nouns"]:
            return "participants"  # 'thousands of onlookers', '50,000 fans': a crowd
        if m.subject_text.lower() in lex.grammar["relief_nouns"]:
            return "deployed"  # 'more than 400 volunteers in the five districts': sent to help
    return usual


def _echoes(text: str, lo: int, m: Mention, lex: Lexicon, *, inclusion: bool) -> bool:
    """A figure that takes the measure of the one before it: a part ('including 12 officers')
    or, for a bare number, a rival figure ('…, while the union claimed 1.2 million')."""
    if _is_part(text, lo, m):
        return True  # 'including 12 officers', '17 were killed, 12 of them children'
    if inclusion or not m.no_noun:
        return False
    if (ACCORDING_AFTER.match(text, m.q.end) and not YEARS.fullmatch(m.q.text)) or CLAIMED_BY_AFTER.match(text, m.q.end):
        return True  # '24,000 marched according to the police, 160,000 according to the unions'
    words = [w.lower() for w in WORDS_OF.findall(text[max(lo, m.q.start - 40) : m.q.start])]
    while len(words) > 1 and words[-1] in FOCUS_ADVERBS:
        words.pop()  # 'but police said only 20': the rival figure of the one before
    if words and words[-1] == "the" and patterns(lex)["attribution/relative-agent"].match(text, m.q.end):
        return True  # 'not the 17 the police announced': a rival figure, its speaker after it
    return bool(words) and (
        words[-1] in lex.speech_verbs
        or words[-1] in lex.grammar["echo_before"]
        or " ".join(words[-2:]) in lex.grammar["echo_before"]  # 'it settled on 23'
        or words[-1] == "from"
        and len(words) > 1
        and (words[-2] in ("up", "down") or words[-2][0].isdigit())
    )  # 'the total had reached 12,306'; '46, up from 41'; 'to 41 from 35'


def tally_named(text: str, lo: int, m: Mention, lex: Lexicon) -> str | None:
    """The count a bare rival figure's own clause names before its verb (rule
    measure/tally-names-its-count): 'Cases since October 27 reached 231' counts cases, no
    measure (''); 'Police corrected their detention figure to 35' counts detentions (arrested),
    not the deaths told before. None when the clause names no count."""
    clause = text[max(lo, m.q.start - TALLY_READ) : m.q.start]
    clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(":"), clause.rfind(" and ")) + 1 :]
    words = [w.lower() for w in WORDS_OF.findall(clause)]
    if not words or words[-1] in lex.speech_verbs:
        return None  # 'the Collective of Families of the Victims said more than 3,000': a speaker
    for w in words[:-1]:  # (not the echoing verb)
        if w in lex.grammar["case_nouns"]:
            return ""
        if (measure := lex.noun_measure.get(w)) is not None:
            return measure
    return None


TALLY_READ = 48  # how far back a bare rival's clause is read for the count it names
TALLY_NAMED = "measure/tally-names-its-count"
FOCUS_ADVERBS = frozenset({"only", "just", "merely", "even"})
CROWD_PASSAGE = "measure/crowd-passage"
CROWD_SUBJECTS = (None, "people", "protesters")
ROUND_CROWD = 50  # a crowd is estimated in round figures: a bare 71 or 143 is a tally of something
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
PRESENT = re.compile(
    r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:at|on(?!\s+board)|in|inside|outside|there|here)\b"
)  # people present at a place ('were on the span', 'had been inside'), not aboard ('were on board')
AND_AFTER_BRACKET = re.compile(
    r"\s*(?:\([^()\n]{1,60}\))?(?:\s+(?:on|in|at)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?(?:\s*,?\s*(?:and|or|to|while|whereas)\s+|\s*,\s*)"
    r"(?:(?:the|its|their)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}?"
)  # '18,000 (a police estimate) and 70,000', '4,500 participants and the organisers 9,000', '9,500 on
#    14 November and 12,000 on 28 November' (the first figure's day or place before the 'and'), '45,000
#    in Lisbon, 12,000 in Porto and 4,500 in Braga' (a comma before the next figure)
AND_FIGURE = re.compile(
    r"\s+and\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?\d"
)  # '6,200 people and about 1,900 vehicles': another count, not what the people did
OPENING = " \"“‘'("  # what may stand before a figure that opens its sentence


def _crowd_estimate(
    text: str,
    lo: int,
    hi: int,
    m: Mention,
    others: list[Mention],
    lex: Lexicon,
    crowd_before: Mention | None = None,
) -> bool:
    """A figure that an estimate of a crowd would be, were its passage about one: 50 or more,
    round (an exact figure a multiple of 50: '8,000', not '71'), with no measure, counting nothing or people, given as an estimate ('said N', 'the estimate
    was N', 'counted N people') or opening its sentence, or coordinated with the crowd figure
    before it (``crowd_before``: 'between 18,000 (a police estimate) and 70,000'), with no
    figure of another measure beside it (the rule measure/crowd-passage; the passage is the
    caller's to check)."""
    size = m.q.value if m.q.value is not None else m.q.low  # 'as many as 50,000': from 0
    if (
        m.measure is not None
        or size is None
        or size < MIN_CROWD
        or (m.q.qualifier == "exact" and m.q.value is not None and m.q.value % ROUND_CROWD)
        or m.subject not in CROWD_SUBJECTS
        or not (m.no_noun or m.subject_text)
        or any(
            o.measure not in (None, "participants")
            and not ((o.head_measure is not None or o.own_verb) and o.q.start > m.q.start)
            for o in others
        )  # another measure beside it, unless a later figure names its own ('…, one dead', '…, 23
        #    "conduced" to the police')
    ):
        return False
    topic = crowd_topic(lex)
    if topic[2].search(text, m.q.end, hi):
        return False  # 'claimed a million people had voted': an election's turnout
    if not m.no_noun and (word := NEXT_WORD.match(text, m.tail, hi)):
        if (
            word[1] in lex.grammar["aux_after_number"]
            and not PRESENT.match(text, m.tail, hi)
            and not AND_FIGURE.match(text, m.tail, hi)
        ):
            return False  # 'people had voted': the people do something else (not 'were on')
    start = max(lo, m.q.start - 60)
    if not text[start : m.q.start].strip(OPENING) and start == lo:
        return True  # '"Thirty thousand is a conservative number."'
    if crowd_before is not None and AND_AFTER_BRACKET.fullmatch(text, crowd_before.tail, m.q.start):
        return True  # 'between 18,000 (a police estimate) and 70,000', '… and the organisers 9,000'
    return (
        ESTIMATED_FIGURE.match(text, m.q.start, m.q.end) is not None
        or ACCORDING_AFTER.match(text, m.q.end, hi) is not None  # 'In Maribor, 6,200 according to police'
        or patterns(lex)[CROWD_PASSAGE].search(text, start, m.q.start) is not None
        or first_person_guess(text, lo, hi, m.q.start, lex)
    )


ESTIMATED_FIGURE = re.compile(
    r"(?:an\s+)?estimated\s", re.IGNORECASE
)  # the estimate's verb inside the figure's phrase ('Hetq Data estimated 28,000 to 32,000')


@lru_cache(maxsize=8)
def crowd_topic(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The rule measure/crowd-passage's words naming a crowd's size: in a sentence ('the size of
    the crowd', 'How many people were at the rally?'), in a heading ('The crowd'); and the
    words after a figure that make it no crowd ('had voted')."""
    effect = rule(CROWD_PASSAGE).effect
    topic = re.compile(effect["topic"], re.IGNORECASE)
    heading = re.compile(f"{effect['topic']}|{effect['heading']}", re.IGNORECASE)
    return topic, heading, re.compile(effect["not_after"], re.IGNORECASE)


@lru_cache(maxsize=8)
def crowd_gathering(lex: Lexicon) -> re.Pattern[str]:
    """The rule measure/crowd-passage's words naming a gathering, not its size (effect.gathering:
    'the pension protests', 'marched through the capital', 'the vigil'): a passage that names one
    makes a bare estimate in it the gathering's crowd ('… The ministry said 12,000'); 'March' with
    a capital is the month.

    >>> from claimcheck.lexicon import load_lexicon
    >>> bool(crowd_gathering(load_lexicon()).search("Teachers marched through the capital"))
    True
    >>> bool(crowd_gathering(load_lexicon()).search("The reform takes effect in March"))
    False
    """
    return re.compile(rule(CROWD_PASSAGE).effect["gathering"], re.IGNORECASE)


@lru_cache(maxsize=8)
def crowd_guesses(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The rule measure/crowd-passage's first-person guess of a crowd: before a figure ('I'd
    say', 'I'd guess', 'looks like': effect.guess) and in its own words ('easily 8 thousand':
    effect.guess_in); in a report of a protest, the crowd's size."""
    effect = rule(CROWD_PASSAGE).effect
    return re.compile(effect["guess"], re.IGNORECASE), re.compile(effect["guess_in"], re.IGNORECASE)


def first_person_guess(text: str, lo: int, hi: int, at: int, lex: Lexicon) -> bool:
    """A first-person guess or count of a crowd right before the figure at offset ``at`` of the
    sentence text[lo:hi] ('I'd say about 2,000', 'Looks like 500-600', 'We had ten thousand
    people') or in its own words ('easily 8 thousand'): the rule
    measure/crowd-passage's effect.guess and effect.guess_in (a crowd's size only in a report
    that speaks of a protest: the caller's to check)."""
    guess, guess_in = crowd_guesses(lex)
    low = text[max(lo, at - GUESS_REACH) : at].lower()
    if any(k in low for k in ("i'", "i’", "i ", "look", "we ")) and guess.search(text, max(lo, at - GUESS_REACH), at):
        return True
    return text[at : at + 1] in "eE" and guess_in.match(text, at, hi) is not None


GUESS_REACH = 24  # how far before a figure a first-person guess of a crowd may stand ('I'd say about ')


QUESTION_PASSAGE = "measure/question-passage"


@lru_cache(maxsize=8)
def _questions(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    effect = rule(QUESTION_PASSAGE).effect
    return tuple((m, re.compile(p, re.IGNORECASE)) for m, p in effect["questions"].items())


def asked_measure(question: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """The measure a question asks for ('How many people died?': killed) and the subject it
    names other than people ('How many police were deployed?': security; 'Were journalists
    detained?': journalists), or None."""
    measure = next((m for m, p in _questions(lex) if p.search(question)), None)
    if measure is None:
        return None
    subjects = (lex.subject_of.get(w.lower()) for w in WORDS_OF.findall(question))
    return measure, next((s for s in subjects if s is not None and s != "people"), None)


@lru_cache(maxsize=8)
def _topics(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    effect = rule(QUESTION_PASSAGE).effect
    return tuple((m, re.compile(p, re.IGNORECASE)) for m, p in effect["topics"].items())


def topic_measure(sentence: str, lex: Lexicon) -> str | None:
    """The toll a sentence with no figure of its own is about ('Estimates of the dead have varied
    widely'), or None."""
    if any(ch.isdigit() for ch in sentence):
        return None  # ('… bringing the number of arrests to 19' tells a figure: no topic)
    return next((m for m, p in _topics(lex) if p.search(sentence)), None)


def answers_question(text: str, lo: int, m: Mention, others: list[Mention], measure: str, lex: Lexicon) -> bool:
    """A bare figure given as an estimate, with no measure of its own and none of another
    measure beside it, that a question's answer gives (the rule measure/question-passage)."""
    if (
        m.measure is not None
        or m.subject not in CROWD_SUBJECTS
        or not (m.no_noun or m.subject_text)
        or any(o.measure not in (None, measure) for o in others)
    ):
        return False
    start = max(lo, m.q.start - 60)
    if not text[start : m.q.start].strip(OPENING) and start == lo:
        return True
    return patterns(lex)[QUESTION_PASSAGE].search(text, start, m.q.start) is not None


CLAIMED_BY_AFTER = re.compile(
    r"\s+(?:claimed|reported|announced|given|cited|counted|acknowledged|admitted|confirmed|recorded"
    r"|registered|documented|published)\s+by\b",
    re.IGNORECASE,
)  # a rival figure with its source: 'a higher toll than the 19 acknowledged by the ministry'
YEARS = re.compile(
    r"(?:(?:between|from)\s+)?(?:1[89]|20)\d\d(?:\s*(?:and|to|-|–)\s*(?:(?:1[89]|20)\d\d|\d\d))?"
)  # 'between 2014 and 2022, according to …': years, no rival figure
ACCORDING_AFTER = re.compile(
    r"\s*,?\s+according\s+to\b", re.IGNORECASE
)  # '… or about 400, according to police': a rival figure whose source follows it, a comma between or not


# --- the clause's predicate: the last reading -------------------------------------

CLAUSE_PREDICATE = "measure/clause-predicate"
SIZE_OF_A_BODY = "measure/size-of-a-body"
BE_FORMS = frozenset(("be", "been", "being", "is", "are", "was", "were", "am"))
PREDICATE_WORD = re.compile(r"[a-z][a-z'’-]*|[,;:()\"“”—–]")
PREDICATE_GAP = 2  # words that may stand between an entry's words ('went to Karak hospital')
PREDICATE_READ = 12  # words after the counted people their predicate is read in
BEING_THERE = "present"  # the list of being there: a crowd's, or a force's deployment
PREDICATE_MEASURES = ("participants", "injured", "arrested", "deployed", "killed")


@lru_cache(maxsize=8)
def _predicates(lex: Lexicon) -> tuple[tuple[tuple[frozenset[str], str, tuple[str, ...], str], ...], frozenset[str]]:
    """The entries of grammar.clause_predicates as (forms of the first word, its base form, the
    words after it, measure), longest first, and the words skipped before a predicate."""
    sec = lex.data["grammar"]["clause_predicates"]
    out = []
    for key, measure in (("words", BEING_THERE), *((m, m) for m in PREDICATE_MEASURES)):
        for entry in sec[key]:
            head, *rest = entry.lower().split()
            forms = BE_FORMS if head == "be" else frozenset(inflections(head))
            out.append((forms, head.partition("/")[0], tuple(rest), measure))
    out.sort(key=lambda e: -len(e[2]))
    return tuple(out), frozenset(w.lower() for w in sec["skip"])


def _follows(words: list[str], at: int, rest: tuple[str, ...]) -> bool:
    """``rest`` in ``words`` from ``at`` in order, its first word at ``at`` (or, for a noun, the
    verb's object, after at most PREDICATE_GAP words of its own: 'received hospital treatment',
    'suffered serious burns'), each later one at most PREDICATE_GAP words after the one before,
    with no stop between."""
    for k, w in enumerate(rest):
        hi = min(len(words), at + 1 if k == 0 and w in LINKING_WORDS else at + PREDICATE_GAP + 1)
        found = next((j for j in range(at, hi) if words[j] == w), None)
        if found is None or any(not x[0].isalpha() or x in NEGATIONS for x in words[at:found]):
            return False  # (not 'were not hit', 'needed no treatment')
        at = found + 1
    return True


NEGATIONS = frozenset(("not", "never", "no", "nobody", "none", "without"))


def clause_predicate(window: str, lex: Lexicon) -> str | None:
    """The measure the predicate at the start of ``window`` (the words after the counted people)
    tells, read from grammar.clause_predicates: an entry opening with 'be' needs a form of
    'to be' in the words skipped before it ('were only 15 at the gate', 'were hit by bricks');
    BEING_THERE for a verb of being there. None when no entry reads it."""
    entries, skip = _predicates(lex)
    written = PREDICATE_WORD.findall(window)[:PREDICATE_READ]
    words = [w.lower() for w in written]
    at, be = 0, ""
    while at < len(words):
        if words[at] in skip:
            be = words[at] if words[at] in BE_FORMS else be
            at += 1
        elif " ".join(words[at : at + 2]) in skip:
            at += 2  # 'by then', 'in total'
        else:
            break
    if at >= len(words) or written[at][0].isupper():
        return None  # ('two security guards in March 2016': a name or a month, no verb)
    base_ok = at + 1 >= len(words) or not words[at + 1][0].isalpha() or words[at + 1] in lex.grammar["determiners"] or words[at + 1] in lex.grammar["prepositions"] or words[at + 1] in PARTICLES
    for forms, base, rest, measure in entries:
        if forms is BE_FORMS:
            if be and rest and _follows(words, at, rest):
                return _not_a_crowd(words, measure, lex)
        elif (
            words[at] in forms
            and (base_ok or rest or words[at] != base)  # ('four coast guard patrol vessels': a noun's modifier)
            and (not rest or _follows(words, at + 1, rest))
        ):
            return _not_a_crowd(words, measure, lex)
    return None


PARTICLES = frozenset(("off", "up", "out", "away", "around", "back", "on", "in", "down", "over"))
LINKING_WORDS = PARTICLES | frozenset(("to", "into", "at", "by", "through", "a", "an", "the", "our", "their", "dead"))
# (the first words of an entry that must follow its verb at once: a particle, a preposition, a
# determiner; 'be found dead')


def _not_a_crowd(words: list[str], measure: str, lex: Lexicon) -> str | None:
    """``measure``, or None for being there in a place or a state of no crowd ('remain
    displaced', 'are staying with host families'; grammar.clause_predicates.not_crowds)."""
    return None if measure == BEING_THERE and any(w in _not_crowds(lex) for w in words) else measure


def not_crowd_before(passage: str, lex: Lexicon) -> bool:
    """The passage names a place or a state of no crowd (grammar.clause_predicates.not_crowds)."""
    return any(w in _not_crowds(lex) for w in PREDICATE_WORD.findall(passage.lower()))


@lru_cache(maxsize=8)
def _not_crowds(lex: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.data["grammar"]["clause_predicates"]["not_crowds"])


SIZE_BE = ("were", "are", "was", "is")  # '<noun phrase> were (only)' right before a figure
SIZE_QUALIFIERS = ("only", "just", "barely", "merely", "maybe", "perhaps", "probably", "some", "about", "around", "roughly")


@lru_cache(maxsize=8)
def _size_reader(lex: Lexicon) -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """'<noun phrase> (had) swelled to' (a verb of grammar.clause_predicates.grow, or any past
    before 'to'), '<noun phrase> were (only)' right before a figure, and the
    nouns of crowds, of teams and the words that make a team a force's; and the words the
    pattern's match may end with (a verb, 'to', a form of 'to be' or a qualifier after them:
    what the last word of the words before the figure must be, in lower case)."""
    sec = lex.data["grammar"]["clause_predicates"]
    verbs = sorted({f for e in sec["grow"] for f in inflections(e)}, key=len, reverse=True)
    pattern = re.compile(
        r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){1,7}?)(?:(?:had|has|have)\s+)?(?:(?:by\s+then|already|quickly|soon|then|now|since)\s+)?"
        rf"(?:(?P<grow>{'|'.join(verbs)})\s+(?:to\s+|past\s+|beyond\s+|at\s+)?|(?P<grow_to>[a-z]+ed)\s+to\s+|(?P<be>{'|'.join(SIZE_BE)})\s+)"
        rf"(?:(?:{'|'.join(SIZE_QUALIFIERS)})\s+)?$",
        re.IGNORECASE,
    )
    low = lambda key: frozenset(w.lower() for w in sec[key])  # noqa: E731
    ends = frozenset([*(v.lower().split()[-1] for v in verbs), "to", "past", "beyond", "at", *SIZE_BE, *SIZE_QUALIFIERS])
    return pattern, low("crowds"), low("teams"), low("team_words"), ends


SIZE_HARMS = TALLIES  # the measures a harm noun's number tells
BODY_CUT = re.compile(r"(?<![\w-])(?:at|on|in|of|from|near|outside|inside|along|around|by|behind|across|within)(?![\w-])", re.IGNORECASE)
LEADING_PHRASE = re.compile(
    r"(?:by|at|on|in|after|before|until|over|during|within|from|since|around)\s+(?:(?:the|a|an|this|that|its|their)\s+)?[\w'’-]+\s+",
    re.IGNORECASE,
)  # 'By nightfall the vigil …', 'On Thursday the police …': a phrase of time or place before the body
CLAUSE_OPEN = re.compile(r"(?:^|[,;:(]|\b(?:that|when|while|and|but|as|after|before|until|where|said|says)\b)\s*", re.IGNORECASE)


def size_of_a_body(text: str, lo: int, m: Mention, lex: Lexicon) -> tuple[str, str | None] | None:
    """The measure and the subject of a figure that tells the size of the body its clause opens
    with ('The march swelled to about 2,500 students', 'The rescue team had swelled to 46 men',
    'The police were only 15 at the gate'): a crowd's noun (grammar.clause_predicates.crowds), a
    force or a service's team ('teams' after one of 'team_words'), or people of a subject whose
    default measure it takes (protesters: a crowd; security: a deployment). None otherwise."""
    start = _figure_start(text, lo, m)
    before = text[max(lo, start - 90) : start]
    opens = [o.end() for o in CLAUSE_OPEN.finditer(before)]
    before = before[opens[-1] :] if opens else before
    pattern, crowds, teams, team_words, ends = _size_reader(lex)
    last = before.split()[-3:]
    if not any(w.lower() in BE_FORMS or w.endswith(("ed", "en", "er")) or w.lower() in ("to", "grew", "rose", "shrank", "number", "numbers", "peak", "peaks", "out") for w in last):
        return None  # (a cheap test before the pattern: no verb of size or being right before the figure)
    if last[-1].lower() not in ends and not any(c in last[-1] for c in UNFOLDED):
        return None  # (every match ends with a whole word of ``ends`` before the white space that ends
        # ``before``: the pattern's search, whose lazy noun phrase is tried from each character, costs
        # some 600 k instructions on 'Geo TV Fact Check contacted ')
    hit = pattern.search(before)
    if hit is None:
        return None
    np = hit["np"]
    if (lead := LEADING_PHRASE.match(np)) is not None:
        np = np[lead.end() :]
    if (cut := BODY_CUT.search(np)) is not None:
        np = np[: cut.start()]  # 'the strikers at the depot', 'the guards of the association'
    words = [w.lower().strip("'’") for w in np.split()]
    if not words:
        return None
    if words == ["which"] and (hit["grow"] or hit["grow_to"]):
        said = text[max(lo, start - 160) : start]  # 'the marches of 2011, which maxed out at 450,000 people':
        if (comma := said.rfind(", which")) < 0:  # the crowd's noun the relative pronoun stands for, among
            return None  # the last words before its comma
        antecedent = [w.lower() for w in WORDS_OF.findall(said[:comma])][-8:]
        return ("participants", None) if any(w in crowds for w in antecedent) else None
    head = words[-1]
    side = lex.subject_of.get(head) or lex.subject_of.get(" ".join(words[-2:]))
    if hit["grow_to"] and not (m.no_noun or m.subject in ("people", "protesters", "security")):
        return None  # (any verb of the past before 'to': 'The march had ballooned to some 12,000 people')
    if head in crowds and (hit["grow"] or hit["grow_to"] or len(words) > 1):
        return "participants", None
    if head in teams and any(w in team_words for w in words[:-1]):
        return "deployed", "security"
    if (harm := lex.noun_measure.get(head)) in SIZE_HARMS and (hit["grow"] or hit["be"]) and not m.subject_text:
        return harm, None  # 'the martyrs are six', 'arrests had climbed past 150': the harmed's number
    usual = lex.data["subject_default_measure"].get(side or "")
    if usual is not None:
        return usual, side
    return None


def predicate_measure(words: str, lex: Lexicon) -> str | None:
    """The measure a label's or a heading's words name when read as what is told of the people
    its figure counts, the words after the figure in a sentence ('Held at the precinct: 12' as
    '12 held at the precinct': arrested; 'Booked', 'Taken away by police', 'Seen by paramedics').

    >>> from claimcheck.lexicon import load_lexicon
    >>> [predicate_measure(w, load_lexicon()) for w in ("Held at the precinct", "Rounded up", "Ministry of Health")]
    ['arrested', 'arrested', None]
    """
    phrase = "1 " + " ".join(words.split()).lower()
    return _measure_after(phrase, 2, len(phrase), lex)

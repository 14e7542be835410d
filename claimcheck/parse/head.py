"""Parser stage 3, head noun and subject: what a number counts (the noun after it, a demonym, 'its
members', 'among the police') and the subject of figures that name none."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from claimcheck.lexicon import Lexicon, alternation
from claimcheck.models import TALLIES, Quantity
from claimcheck.parse.numbers import folded
from claimcheck.parse.rules import IRREGULAR_PLURALS, fired, patterns, rule, static
from claimcheck.parse.sentences import Sentence
from claimcheck.wordings import wording

COMPLEMENT = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)  # of Pakistan Rangers
TIME_AFTER = static("subject/time-after")  # '14 the next day', '16 a day later'
THE_NUMBER_AFTER = re.compile(r"\s+the\s+(?:total\s+)?number\b", re.IGNORECASE)  # 'to three the number held'
BRINGING_TO_BEFORE = static("measure/bringing-to-the-number")  # (not 'estimated at 10,000 the number of marchers')
WITH_INJURIES = static("measure/with-injuries")  # '131 victims with injuries'
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}s?")  # a name's short form in brackets: 'SES', 'NDRRMC'
RELATED_MODIFIER = re.compile(r"[a-z]+-(?:related|linked|induced)")  # a compound telling what the counted came of
WORDS_OF = re.compile(r"[\w'’-]+")  # a word (with apostrophes and hyphens)
FORCE_UNIT = static("subject/force-unit")  # 'a battalion of (600 men)'


# --- words -------------------------------------------------------------------

TOKEN = re.compile(r"[A-Za-z][\w'’]*(?:-[\w'’]+)*|\d[\d,.]*|[^\w\s\"“”‘’]")  # (not a dash run on to a word: 'people- law')


OWN_MEMBERS = "subject/own-members"  # 'its members', 'our comrades': a body's own


@dataclass
class Mention:
    """A number phrase being analysed (mutable while the sentence is parsed)."""

    q: Quantity
    tail: int  # end of the counted noun phrase
    subject: str | None = None
    subject_text: str | None = None
    head_measure: str | None = None
    counted_by_measure: bool = False  # the counted noun names a measure ('detainees')
    own_verb: bool = False  # the measure comes from the figure's own verb ('had died')
    no_noun: bool = False  # nothing counted after the number ('110 were injured')
    other_noun: bool = False  # counts something else ('150 cases')
    unknown: tuple[int, int] | None = None  # the span of the noun we do not know ('140 braceros')
    inherit: bool = False  # 'others', 'more': the subject of the figure before
    measure: str | None = None
    denial: bool = False
    scope: str | None = None
    part: str | None = None  # 'including five children': a part of the figure before
    # the ids of the rules (claimcheck/data/rules) that set the subject, measure and scope
    subject_rule: str | None = None
    head_rule: str | None = None  # the rule of head_measure
    service: bool = False  # people a force or a service sends to a scene ('army medics'; subject/service-staff)
    measure_rule: str | None = None
    scope_rule: str | None = None


# --- noun phrase after the number -------------------------------------------


AGENT_AFTER = re.compile(
    r"\s+the\s+(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|[A-Z][\w'’.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’.-]*)){0,6})"
    r"\s+(?:(?:had\s+|has\s+|have\s+)?(?:claimed|claims|said|says|reported|reports|announced|announces|gave|gives"
    r"|(?:are|is|were|was|have\s+been|has\s+been)\s+(?:saying|claiming|reporting|giving|quoting|estimating)"
    r"|cited|cites|confirmed|confirms|acknowledged|acknowledges|admitted|admits|counted|counts|estimated|estimates))\b"
)  # a relative clause's subject right after a bare figure: 'the 2,000 the cops claimed', 'not
#    the 21 the Ministry of Home Affairs gives today', 'not the 3,500 the police are saying'


PRONOUN_AGENT_AFTER = re.compile(
    r"\s+(?:it|they|he|she|we|I|you)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]{2,}ed|gave|gives|give|put|puts|say|says|said"
    r"|told|tells|saw|found|wrote|sent|knew)\b"
)  # ('the 41 it reported', 'the 390 it gave'; not 'the 2,500 it was licensed to hold', 'the one we could verify')
PRONOUN_TELLS = re.compile(
    r"\s+(?:it|they|he|she|we)\s+(?:say|says|said|claim|claims|claimed|reckon|reckons|count|counts|counted|estimate"
    r"|estimates|estimated|reported|reports|gave|gives|posted|announced|recorded|mentioned|put)\b"
)  # a pronoun after a figure opens the clause of who gave it: after 'the' whatever its verb, else a verb of telling
APPOSED_OF_THEM = "subject/apposed-of-them"
APPOSED_BEFORE = re.compile(r"(?P<n>[A-Za-z][\w'’-]*s),\s*$")  # 'the association's own marshals, (about 60 of them,)'
APPOSED_AFTER = re.compile(r"\s+of\s+(?:them|us)\s*(?:[,)]|\s[-–—]\s)")


def apposed_noun(text: str, m: Mention, lex: Lexicon) -> str | None:
    """The noun a figure 'N of them' set between commas after it counts, when that noun names
    people ('the association's own marshals, about 60 of them, had tried …': 60 marshals, all
    of them, no part of another figure)."""
    if not APPOSED_AFTER.match(text, m.q.end):
        return None
    before = APPOSED_BEFORE.search(text, max(0, m.q.start - 40), m.q.start)
    return before["n"] if before is not None and before["n"].lower() in lex.subject_of else None


FIGURE_THEN_ESTIMATE = "measure/figure-then-estimate"  # 'a conservative (240,000 estimate)': its patterns
FIGURE_NEXT = re.compile(r"\s+\d")  # a figure right after a word: the word may be that figure's
OWNERS_OF = frozenset(("its", "their", "our", "his", "her"))  # 'eight of its organisers'
PARTY_OWNERS = frozenset(("the", "our", "their", "its", "my", "this", "that"))  # '11 of our group'

NO_LONGER_SERVING = "subject/no-longer-serving"
AMONG_THEM_BEFORE = re.compile(
    r"\b(?:among(?:st)?|amid(?:st)?|between)\s+(?:them|whom)(?:\s+there\s+(?:were|are|was|is))?\s*,?\s+$", re.IGNORECASE
)  # 'among them 34 adolescents', 'amid them there were 34 …': a part, whoever its noun names
INCLUDING_BEFORE = re.compile(r"\binclud(?:ing|ed|es|e)\s+$", re.IGNORECASE)  # 'including four union officials'


ROLE_PEOPLE = "subject/role-noun-of-a-part"


@lru_cache(maxsize=8)
def _roles(lex: Lexicon) -> frozenset[str]:
    """The plural nouns of a role a part's people may be named by (grammar.role_nouns, speakers.staff_nouns)."""
    return frozenset(lex.grammar["role_nouns"]) | frozenset(lex.data["speakers"]["staff_nouns"])


CASES_OF = "measure/cases-of"
OCCURRENCE_SKIP = 2  # words read between 'of' and the event noun ('of arbitrary arrests', 'of unlawful police killings')


def _occurrences_of(tokens: list[tuple[str, int, int]], lex: Lexicon) -> tuple[str, int] | None:
    """The measure and end of the event noun after an occurrence noun and 'of' ('cases of
    arbitrary arrest'), with at most two lower-case words between; None when no event noun of a
    measure follows ('cases of torture', '300 cases of ill-treatment by police').

    >>> from claimcheck.lexicon import load_lexicon
    >>> toks = [("incidents", 0, 9), ("of", 10, 12), ("arbitrary", 13, 22), ("arrests", 23, 30)]
    >>> _occurrences_of(toks, load_lexicon())
    ('arrested', 30)
    >>> _occurrences_of([("cases", 0, 5), ("of", 6, 8), ("torture", 9, 16)], load_lexicon()) is None
    True
    """
    if len(tokens) < 3 or tokens[1][0].lower() != "of":
        return None
    events = lex.grammar["event_nouns"]
    for word, _s, e in tokens[2 : 3 + OCCURRENCE_SKIP]:
        low = word.lower()
        if low in events or low + "s" in events:
            measure = lex.noun_measure.get(low) or lex.noun_measure.get(low + "s")
            return (measure, e) if measure is not None else None
        if not (word.isalpha() and word.islower()):
            return None
    return None


def _role_people(m: Mention, head: tuple[str, int, int]) -> None:
    """A part's people named by a role the lexicon has no subject for: people, up to that noun."""
    m.subject, m.subject_text, m.tail, m.subject_rule = "people", head[0], head[2], ROLE_PEOPLE
    fired(ROLE_PEOPLE, m.q.start)


def _person_head(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> int | None:
    """The words from ``i`` name people by a noun the lexicon has no subject for: a plural of a
    person's role or trade ('union officials', 'party leaders', 'officials of the federation',
    'school students', 'minors') up to three words long, its head a staff noun
    (speakers.staff_nouns) or of a person's ending ('-ers', '-ors', '-ists'), no thing's noun:
    the index of that head, or None."""
    roles, things = _roles(lex), lex.grammar["non_person_nouns"]
    for k in range(i, min(i + 3, len(tokens))):
        word = tokens[k][0]
        if not word.isalpha() or not word.islower() or word in lex.grammar["function_words"]:
            return None
        if word in things or word in lex.subject_of or word in lex.data["possessive_members"]["nouns"]:
            return None  # (a noun the lexicon knows is read as it says: 'seven of its members')
        if word.endswith("s") and word in roles:
            return k
    return None


OWNERS_FROM = frozenset(("the", "its", "their"))  # 'three of them from the security forces'


def _analyse_head(text: str, m: Mention, hi: int, lex: Lexicon) -> None:
    """Find what is counted: the subject noun (and any measure noun) after the number."""
    # the counted noun is within a few words: do not tokenise the rest of a long sentence
    if TIME_AFTER.match(text, m.q.end, hi):
        m.no_noun = True  # 'rising to 14 the next day': a time, not a counted noun
        fired("subject/time-after", m.q.start)
        return
    if text.startswith(" the ", m.q.end) and (
        AGENT_AFTER.match(text, m.q.end, hi)
        or (
            THE_NUMBER_AFTER.match(text, m.q.end, hi)
            and BRINGING_TO_BEFORE.search(text, max(0, m.q.start - 24), m.q.start)
        )
    ):
        m.no_noun = True  # 'the 2,000 the cops claimed': who claimed it, not who is counted;
        return  # 'bringing to three the number held': the number it sets (measure/bringing-to-the-number)
    if PRONOUN_AGENT_AFTER.match(text, m.q.end, hi) and (
        text.endswith(("the ", "The "), 0, m.q.start) or PRONOUN_TELLS.match(text, m.q.end, hi)
    ):
        m.no_noun = True  # 'the 30 it posted at 4 a.m.', 'Total now 135 they say': who gave it, nothing counted
        return
    estimate = wording(FIGURE_THEN_ESTIMATE, lex)
    if estimate.after.match(text, m.q.end, hi) and estimate.pattern.search(text, max(0, m.q.start - 40), m.q.start):
        m.no_noun = True  # 'Police provided a conservative 240,000 estimate': the figure of an estimate,
        return  # whose measure the words around it give (measure/generic-figure)
    end = min(hi, m.q.end + 160)
    tokens = [
        (t.group(), t.start(), t.end()) for t in islice(TOKEN.finditer(text, m.q.end, end), 14)
    ]
    words = lex.grammar
    skip, claimed_by = words["skip_before_noun"], words["claimed_by"]
    caps = 0
    i = 0
    prev = ""
    modified = False  # a word we do not know stands before the counted noun ('APC agents')
    partitive = False  # the figure is a part of people counted before ('34 of them …')
    singular = _counted_one(text, m)
    while i < len(tokens) and i < 9:
        word, s, e = tokens[i]
        low = word.lower()
        if (
            caps
            and i
            and _demonym(tokens[i - 1][0], lex)
            and (low not in skip or not word[0].isalnum())
            and lex.subject_of.get(low, "people") == "people"
        ):  # ('27 Sudanese soldiers': the soldiers' side, read below)
            m.subject, m.subject_text, m.tail = "people", tokens[i - 1][0], tokens[i - 1][2]
            m.subject_rule = "subject/demonym"
            return  # '30 Palestinians', '5 Americans'
        if i == 0 and low in words["occurrence_nouns"] and (read := _occurrences_of(tokens, lex)) is not None:
            m.head_measure, m.tail = read  # '627 incidents of arbitrary arrests': arrests
            m.head_rule = CASES_OF
            return
        if low == "of" and i == 0 and (noun := apposed_noun(text, m, lex)) is not None:
            m.subject, m.subject_text, m.subject_rule = lex.subject_of[noun.lower()], noun, APPOSED_OF_THEM
            m.tail = tokens[1][2]  # 'the association's own marshals, about 60 of them, had …': the marshals
            fired(APPOSED_OF_THEM, m.q.start)
            return
        if (
            low == "of"
            and i == 0
            and i + 1 < len(tokens)
            and tokens[1][0].lower() in {"them", "whom", "those", "us", "which", "ours"}
        ):
            i += 2  # '74 of them in Paris', '12 of them children', '15,000 of us danced', 'two of which'
            partitive = tokens[1][0].lower() != "which" and m.q.value != 1
            # (people: 'which' may count things; 'one of them a 58-year-old farmer' describes one)
            if tokens[1][0].lower() in ("us", "ours") and m.subject is None:
                m.subject, m.subject_rule = "people", "subject/default-people"  # the speakers, no side
                m.tail = tokens[1][2]  # ('15k of us on the main drag': where they are is read after 'us')
            if i < len(tokens) and tokens[i][0].lower() in words["after_partitive"]:
                m.no_noun = True  # 'four of them with severe burns', 'brought 14 of them down'
                return
            if (
                i + 2 < len(tokens)
                and tokens[i][0].lower() == "from"
                and tokens[i + 1][0].lower() in OWNERS_FROM
                and _subject_phrase(tokens, i + 2, lex)[0]
            ):
                i += 2  # 'three of them from the security forces': those people
            continue
        if (
            low == "of"
            and i == 0
            and len(tokens) > 2
            and tokens[1][0].lower() in OWNERS_OF
            and tokens[2][0].lower() in lex.subject_of
            and tokens[2][0].lower() not in lex.data["possessive_members"]["nouns"]
        ):
            i += 2  # 'Eight of its organisers were detained': a part of those people
            continue
        if (
            low == "of"
            and i == 0
            and len(tokens) > 2
            and tokens[1][0].lower() in OWNERS_OF
            and m.q.value != 1
            and (head := _person_head(tokens, 2, lex)) is not None
        ):  # 'among them five of our union officials': people of a role the lexicon has no subject for
            _role_people(m, tokens[head])
            return
        if (
            low == "of"
            and i == 0
            and len(tokens) > 2
            and tokens[1][0].lower() in PARTY_OWNERS
            and tokens[2][0].lower() in words["party_nouns"]
            and m.q.value != 1
        ):  # '11 of our group were detained': the party's people
            if m.subject is None:
                m.subject, m.subject_text, m.tail = "people", tokens[2][0], tokens[2][2]
                m.subject_rule = "subject/party-of"
            return
        if low.endswith(("'s", "’s")) and word.isascii() is not None and i + 1 < len(tokens):
            prev = low[:-2]
            i += 1  # a possessive modifier: 'the coalition's supporters'
            continue
        if word in "-–" and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "strong":
            i += 2  # '10,000-strong crowd'
            continue
        if word == "(" and i and _acronym_bracket(tokens, i) and tokens[i - 1][0][:1].isupper():
            i += 3  # 'State Emergency Service (SES) volunteers': a name's short form, then the noun
            continue
        if not word[0].isalnum():
            m.no_noun, m.other_noun = not caps, bool(caps)  # 'Zero Point, …': a name
            m.unknown = _capitalised_plural(tokens, i, caps)  # ('480 De-suups, 310 personnel')
            return
        if (members := _members_of(tokens, i, lex)) is not None:
            n, base = members  # 'several hundred members of the riot police'
            m.subject, m.subject_rule = lex.subject_of.get(base, base), "subject/members-of"
            m.subject_text = " ".join(t[0] for t in tokens[i : i + n])
            m.tail = tokens[i + n - 1][2]
            return
        if (
            low in lex.data["possessive_members"]["nouns"]
            and i
            and _service_subject(text, tokens, i, low, m, lex) == "security"
        ):
            m.subject, m.subject_text, m.tail, m.service = "security", word, e, True
            m.subject_rule = SERVICE_STAFF  # '250 National Guard members': a force's
            fired(SERVICE_STAFF, m.q.start)
            return
        if low in lex.data["possessive_members"]["nouns"] and not _multiword_subject(
            tokens, i, lex
        ):
            owned = prev in lex.data["possessive_members"]["owners"] or (prev.isupper() and len(prev) > 1)
            # a party's members are its side ('party members marched'); a body's own members
            # ('its members', 'our members') are people, its side in a passage about protesters
            # (subject/protest-context, told later); others' members are people
            m.subject = "protesters" if owned and prev.startswith("party") else "people"
            m.subject_text, m.tail = word, e
            m.subject_rule = OWN_MEMBERS if owned else "subject/party-members"
            return
        if i == 0 and low in _forces_effect()[0]["bare_nouns"] and not (
            text.startswith((" of ", " from "), e) and low in words["member_nouns"]
        ):
            # 'Two units remain hospitalised', '4,500+ units deployed': officers where a force
            # is named before, nothing counted elsewhere ('2 water-purification units'); 'elements
            # of the gendarmerie', '500 elements from the task force' are members of a force
            if text.startswith(" of ", e) or not _forces_context(text, m, lex):
                m.other_noun = True
                return
            m.subject, m.subject_text, m.tail = "security", word, e
            m.subject_rule = "subject/forces-by-context"
            return
        # longest subject phrase starting here ('police' before a noun is an adjective)
        n, base = _subject_phrase(tokens, i, lex, singular=singular)
        if (
            n == 1
            and i + 1 < len(tokens)
            and (thing := tokens[i + 1][0].lower()) in words["non_person_nouns"]
            and (low in words["adjective_subjects"] or thing.endswith("s"))
        ):
            m.other_noun = True  # 'Two police horses and a police dog were also injured', 'dozens
            return  # of carabinieri cars' (a people's noun before things in the plural names their kind)
        if n and not (
            n == 1
            and low in words["adjective_subjects"]
            and i + 1 < len(tokens)
            and _is_subject_start(tokens, i + 1, lex)
        ):
            m.subject = lex.subject_of[base]
            m.subject_rule = "subject/head-noun"
            if not modified and base in lex.data["subject_when_bare"]:
                m.subject = lex.data["subject_when_bare"][base]  # '7 agents were injured'
                m.subject_rule = "subject/bare-noun"
            elif (
                base in words["generic_nouns"]
                and text.endswith((" ", "\n"), 0, m.q.start)
                and FORCE_UNIT.search(text, max(0, m.q.start - 36), m.q.start)
            ):  # 'a battalion of about 600 men'
                m.subject, m.subject_rule = "security", "subject/force-unit"
            elif base in _forces_effect()[2] and _forces_by_context(text, m, tokens, i, base, lex):
                m.subject, m.subject_rule = "security", "subject/forces-by-context"
            if n == 1 or base in lex.grammar["staff_nouns"] or base in lex.grammar["relief_nouns"]:
                m.tail = tokens[i + n - 1][2]
                serving = _service_subject(text, tokens, i, base, m, lex)
                if serving is not None:  # 'army medics', 'SMURD paramedics', '80 engineers from a battalion'
                    m.service = True
                    fired(SERVICE_STAFF, m.q.start)
                    if serving == "security" != m.subject:  # (the noun's own side read elsewhere stays:
                        m.subject, m.subject_rule = serving, SERVICE_STAFF  # '200 PNH agents' where police are named)
            if m.subject == "security" and i and patterns(lex)[NO_LONGER_SERVING].match(tokens[i - 1][0]):
                m.subject, m.subject_rule = "people", NO_LONGER_SERVING  # 'three retired officers'
            m.subject_text = " ".join(t[0] for t in tokens[i : i + n])
            m.tail = tokens[i + n - 1][2]
            if base == "others":
                m.inherit = True
            m.counted_by_measure = m.counted_by_measure or (
                base in lex.noun_measure and m.head_measure is None
            )
            if m.head_measure is None and base in lex.noun_measure:
                m.head_measure, m.head_rule = lex.noun_measure[base], "measure/head-noun"
            if i + n < len(tokens):
                nxt = tokens[i + n][0].lower()
                if nxt in lex.noun_measure and not FIGURE_NEXT.match(text, tokens[i + n][2]):
                    # (not '2 persons injured 3 persons': the word is the next figure's)
                    m.head_measure, m.head_rule = lex.noun_measure[nxt], "measure/head-noun"
                    m.tail = tokens[i + n][2]
                elif nxt == "with" and (hurt := WITH_INJURIES.match(text, m.tail, hi)):
                    m.head_measure, m.head_rule = "injured", "measure/with-injuries"
                    m.counted_by_measure, m.tail = True, hurt.end()  # '131 victims with injuries'
                    # (counted by their wounds: a death told of them after wins, '2 patients
                    # with heavy burns died in the night')
            _extend_complement(text, m, hi)
            return
        in_name = bool(caps) and word[0].isupper() and caps < 3  # 'Black Lives Matter', 'We Are Bristol'
        if not in_name and low in lex.noun_measure and not (
            i + 1 < len(tokens) and tokens[i + 1][0].lower() in lex.grammar["measure_compounds"]
        ) and not (
            low in lex.modifier_measure
            and _noun_follows(tokens, i + 1, lex)
            and not (
                i > 1
                and tokens[i - 1][0].lower() == "the"
                and tokens[i - 2][0].lower() == "of"
                and tokens[i + 1][0].lower() not in lex.subject_of
            )
        ):  # '17 dead'; but 'three "dead city" days' counts days ('two of the dead came from': the dead),
            # and 'three detention centres', 'four death squads' count things
            m.head_measure, m.head_rule = lex.noun_measure[low], "measure/head-noun"
            m.counted_by_measure = any(
                t[0].lower() == "of" for t in tokens[:i]
            )  # 'six of the injured (died)'
            m.tail = e
            among = AMONG.match(text, e, hi)  # '58 injured among the police'
            if among and among["w"].lower() in lex.subject_of:
                m.subject, m.subject_text = lex.subject_of[among["w"].lower()], among["w"]
                m.tail, m.subject_rule = among.end(), "subject/among"
            return
        if not in_name and low in lex.modifier_measure:
            m.head_measure, m.head_rule = lex.modifier_measure[low], "measure/modifier"
            m.counted_by_measure = True  # 'six injured people (died)': a verb may say more
            if i > 1 and tokens[i - 2][0].lower() == "of":
                m.tail = e  # 'eight of those detained (were beaten)': the part's verb comes after
        elif i > 0 and low in CLAUSE_CONJUNCTIONS:
            m.no_noun = True  # 'Police say 64 arrested but my brother says …': the phrase ends
            return
        elif low in skip or RELATED_MODIFIER.fullmatch(low):
            pass  # ('six flood-related deaths', 'four protest-linked arrests': what they came of, skipped)
        elif (
            (low in claimed_by or (i == 0 and word.islower() and low.endswith("ed")))
            and i + 1 < len(tokens)
            and tokens[i + 1][0].lower() == "by"
        ):
            m.no_noun = (
                True  # 'the 3,500 claimed by the district police', 'the 164 acknowledged by'
            )
            return
        elif i == 0 and low in claimed_by:
            m.no_noun = True  # '46, up from 41 announced overnight'
            return
        elif (
            i == 0
            and word.islower()
            and low.endswith("ed")
            and len(tokens) > 1
            and tokens[1][0].lower() in words["determiners"]
        ):  # 'a turnout put at 3,000 disappointed the organisers': a verb and its object
            m.no_noun = True
            return
        elif (
            low == "among"
            and i + 2 < len(tokens)
            and (_is_subject_start(tokens, i + 1, lex) or _is_subject_start(tokens, i + 2, lex))
        ):
            k = i + 1 if _is_subject_start(tokens, i + 1, lex) else i + 2
            m.subject = lex.subject_of[tokens[k][0].lower()]  # '58 injured among the police'
            m.subject_text, m.tail = tokens[k][0], tokens[k][2]
            m.subject_rule = "subject/among"
            return
        elif i == 0 and (low in words["how_badly"] or low == "respectively"):
            m.no_noun = True  # '60 were injured, seven critically': the part's adverb, no noun;
            return  # 'put the crowd at 4,000 and 20,000 respectively'
        elif (
            not in_name
            and low.endswith("ing")
            and i + 1 < len(tokens)
            and tokens[i + 1][0].lower() in lex.grammar["measure_compounds"]
        ):
            m.other_noun = True  # 'four gathering points', 'three marching routes': places, no people
            return
        elif not in_name and (
            low in words["aux_after_number"]
            or (i == 0 and low in words["clause_after_number"])  # 'exceed 200 once the water …'
            or low in words["prepositions_after_number"]
            or (low == "per" and i + 1 < len(tokens) and tokens[i + 1][0][:1].isupper())
            # ('48 per NDRRMC': according to a source, not a rate like '40 per cent')
            or low in lex.measure_words("after")
            or (i == 0 and low in lex.predicate_pasts)  # 'About 250 lingered outside the court'
            or patterns(lex)["measure/verb-after"].match(text, s)  # '3.5 million took part'
        ):
            m.no_noun, m.other_noun = not caps, bool(caps)  # 'Zero Point was …': a name
            m.unknown = _capitalised_plural(tokens, i, caps)
            return
        elif (
            m.head_rule == "measure/modifier" or i == 0 or prev in lex.data["time"]["increment_after"]
        ) and word.islower() and (
            _is_time_word(low, lex)
            or prev in lex.data["time"]["increment_after"]
            and low in TIME_DEICTIC
            and i + 1 < len(tokens)
            and _is_time_word(tokens[i + 1][0].lower(), lex)
        ):
            m.no_noun = True  # '48 detained overnight': the modifier is the participle; 'risen to 24 overnight';
            return  # 'Three more overnight': more of the measure before, at a time
        elif word[0].isupper() and caps < 3:
            caps += 1
            modified = True
        elif _unknown_modifier(tokens, i, lex):
            modified = True
            # a modifier we do not know: 'garment workers', 'coal mine rescuers'
            if i + 1 < len(tokens) and tokens[i + 1][0] == "and":
                i += 2  # 'steel and shipyard workers': over 'and' and the second modifier
        elif low in words["case_nouns"] and patterns(lex)["subject/cases-in-hospital"].match(
            text, e, hi
        ):  # '74 cases remain admitted': patients
            m.subject, m.subject_text, m.tail = "people", word, e
            m.subject_rule = "subject/cases-in-hospital"
            return
        elif i == 0 and _counted_one(text, m) and _unknown_plural_harmed(text, word, e, lex, m.q.start):
            # 'four "miscreants" died', 'seven cultists were killed': people, whatever the word
            m.subject, m.subject_text, m.tail = "people", word, e
            m.subject_rule = "subject/unknown-plural-harmed"
            return
        elif (
            i == 0
            and word.islower()
            and low.endswith("ed")
            and (
                any(c in QUOTE_MARKS for c in text[m.q.end : s])
                or (len(tokens) > 1 and tokens[1][0] in ("to", "into"))
            )
        ):
            m.no_noun = True  # '23 "conduced" to the police', '27 conducted to the police': the
            return  # figure's participle (a translation's word the writer may mark), no noun
        elif (
            m.q.value != 1
            and INCLUDING_BEFORE.search(text, max(0, m.q.start - 12), m.q.start)
            and (head := _person_head(tokens, i, lex)) is not None
        ):  # 'including four union officials', 'the tally included four officials of the federation'
            _role_people(m, tokens[head])
            return
        elif partitive or (
            i == 0 and m.q.value != 1 and AMONG_THEM_BEFORE.search(text, max(0, m.q.start - 40), m.q.start)
        ):
            # '34 of them adolescents', 'two of them our regional coordinators': a word we do not
            # know after 'of them' tells who the part is; it counts them, the people before
            m.no_noun = True
            return
        elif (staff := _unknown_staff(tokens, i, lex)) is not None:
            k, serving = staff
            m.subject, m.subject_text, m.tail, m.service = serving, tokens[k][0], tokens[k][2], True
            m.subject_rule = SERVICE_STAFF  # '70 navy frogmen': a force's, whatever its noun
            fired(SERVICE_STAFF, m.q.start)
            return
        else:
            m.other_noun = True  # (the people of a verb of arrest or harm: subject/unknown-noun)
            m.unknown = _capitalised_plural(tokens, i, caps) or ((s, e) if word.islower() else None)
            return
        prev = low.rstrip("'’s") if low.endswith(("'s", "’s")) else low
        i += 1
    m.no_noun = True


SERVICE_STAFF = "subject/service-staff"
UNIT_AFTER = re.compile(r"\s+(?:from|of)\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)\b")  # 'from a field engineering battalion'
NOT_UNIT_HEADS = frozenset(("service", "services"))  # ('technicians from the water service': no force)
OWN_STAFF = frozenset(("engineers", "technicians", "specialists", "members"))  # a body's staff, not its service


@lru_cache(maxsize=8)
def _force_words(lex: Lexicon) -> frozenset[str]:
    """Single words that name a police or military force before a staff noun: the forces' words
    (forces.police, forces.military, forces.paramilitary, forces.peacekeeping), the security
    subject's, grammar.force_heads, grammar.adjective_subjects and grammar.force_modifiers."""
    words = {w for kind in ("police", "military", "paramilitary", "peacekeeping") for w in lex.data["forces"][kind]}
    words.update(w for w, side in lex.subject_of.items() if side == "security")
    g = lex.grammar
    words.update(g["force_heads"] | g["adjective_subjects"] | g["force_modifiers"])
    return frozenset(w for w in words if " " not in w)


def _service_subject(
    text: str, tokens: list[tuple[str, int, int]], i: int, base: str, m: Mention, lex: Lexicon
) -> str | None:
    """subject/service-staff: the subject of people a force or a service sends to a scene, told by
    the words before their noun or the unit after it (None when they are no such people). A
    staff noun (grammar.staff_nouns) or a relief body's (grammar.relief_nouns) after a word that
    names a police or military force ('army medics', 'riot-control officers', 'National Guard
    members') or followed by a force's unit ('80 engineers from a field engineering battalion')
    counts security; after a word of an emergency service ('fire brigade crew members', 'Civil
    Defence agents'), or a capitalised body's name ('SMURD paramedics'), its own subject; a relief
    body's noun by itself ('180 stewards', '90 paramedics') its own subject too. A body's own
    staff ('engineers', 'members') count none with a name alone ('300 Siemens engineers')."""
    g = lex.grammar
    generic = base in g["generic_nouns"]  # ('400 police men': a force's, as a staff noun is)
    if base not in g["staff_nouns"] and base not in g["relief_nouns"] and not generic:
        return None
    mods = [t[0] for k, t in enumerate(tokens[:i]) if not _acronym_bracket(tokens, k)]  # ('State Emergency Service (SES)')
    if any(not w[0].isalpha() for w in mods) or any(w.lower() in g["function_words"] for w in mods):
        return None  # ('34 of them paramedics', '12, paramedics'): not one noun phrase
    parts = [p for w in mods for p in w.lower().split("-")]
    if _names_a_force(mods, parts, lex):
        return "security"
    if generic:
        return None
    if (unit := UNIT_AFTER.match(text, m.tail)) is not None:
        for w in unit[1].lower().split():
            if w in g["force_name_ends"]:
                break
            if w in g["force_heads"] and w not in NOT_UNIT_HEADS:
                return "security"
    own = lex.subject_of.get(base)
    if any(p in g["service_modifiers"] for p in parts):
        return own
    if base in OWN_STAFF:
        return None
    if any(w[0].isupper() for w in mods) or base in g["relief_nouns"]:
        return own
    return None


def _names_a_force(mods: list[str], parts: list[str], lex: Lexicon) -> bool:
    """One of the words before a staff noun (or one part of a hyphened one) names a police or
    military force ('army', 'riot-control', 'National Guard')."""
    forces = _force_words(lex)
    return any(p in forces for p in parts) or any(w.lower() in forces for w in mods)


STAFF_ENDING = re.compile(r"[a-z]{2,}(?:ers|ors|ists|ians|men|ics)")  # frogmen, lifesavers, medics


def _unknown_staff(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> tuple[int, str] | None:
    """subject/service-staff for a noun we do not know, at ``i`` or after up to two lower-case
    modifiers from there: a plural with a person's ending after a word naming a force ('70 navy
    frogmen', '40 police negotiators': security) or an emergency service ('60 mine-rescue
    lifesavers': people); where it is and its subject, None otherwise."""
    k = next(
        (j for j in range(i, min(i + 3, len(tokens))) if STAFF_ENDING.fullmatch(tokens[j][0])), None
    )
    if k is None or not k or tokens[k][0] in lex.grammar["non_person_nouns"]:
        return None
    if any(not t[0].replace("-", "").isalpha() or not t[0].islower() for t in tokens[i:k]):
        return None
    mods = [t[0] for t in tokens[:k]]
    if any(not w[0].isalpha() or w.lower() in lex.grammar["function_words"] for w in mods):
        return None
    parts = [p for w in mods for p in w.lower().split("-")]
    if _names_a_force(mods, parts, lex):
        return k, "security"
    return (k, "people") if any(p in lex.grammar["service_modifiers"] for p in parts) else None


QUOTE_MARKS = "\"“”‘"  # marks that may open a quoted word after a figure


def _unknown_plural_harmed(text: str, word: str, end: int, lex: Lexicon, figure_start: int) -> bool:
    """An unknown lower-case plural (or one in quotation marks) right after the figure and right
    before a verb only people undergo in news ('died', 'were killed', 'were arrested'), or the
    object of such a verb ('troops neutralised 12 bandits'): people
    (subject/unknown-plural-harmed); not after a preposition ('members of two families were
    killed' counts members)."""
    bare = word.strip("\"“”'‘’")
    if len(bare) < 4 or not bare.islower() or not bare.endswith("s") or bare.endswith("ss"):
        return False
    words = lex.grammar
    if bare in words["animal_nouns"] or bare in words["non_person_nouns"]:
        return False
    return (
        patterns(lex)["subject/unknown-plural-harmed"].match(text, end) is not None
        or HARMED_BEFORE.search(text, max(0, figure_start - 40), figure_start) is not None
    )


CLAUSE_CONJUNCTIONS = frozenset(("but", "yet"))  # a new clause after the figure's words: no counted noun beyond
HARMED_BEFORE = re.compile(
    r"\b(?:killed|killing|shot\s+dead|injured|injuring|wounded"
    r"|wounding|neutrali[sz]ed|neutrali[sz]ing|executed)\s+"
    r"(?:(?:at\s+least|some|about|around|more\s+than|nearly|over|another|a\s+further|up\s+to)\s+)?$",
    re.IGNORECASE,
)  # 'troops neutralised 12 bandits', 'killed 40 cultists': the object of a harm verb


def _capitalised_plural(tokens: list[tuple[str, int, int]], i: int, caps: int) -> tuple[int, int] | None:
    """The span of the one capitalised word before token i when it is a plural ('450 De-suups
    and 200 soldiers'): a noun we do not know, no name of several words ('Zero Point')."""
    if caps != 1 or i < 1:
        return None
    word, s, e = tokens[i - 1]
    return (s, e) if word[0].isupper() and word.endswith("s") and not word.isupper() else None


OBJECT_BEFORE = re.compile(r"\b(?:of|to|for|with|by|from|about)\s+$", re.IGNORECASE)


def _counted_one(text: str, m: Mention) -> bool:
    """A singular noun may be counted after this figure: not after a preposition ('the mother
    of one detained fan' names a person; 'one miner … died' counts one)."""
    return not OBJECT_BEFORE.search(text, max(0, m.q.start - 8), m.q.start)


COMPOUND_WORKERS = "workers"  # a trade's one-word plural: 'metalworkers', 'steelworkers'
DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is|ese|ites)$")  # Palestinians, Israelis, Kenyans


@lru_cache(maxsize=1)
def _forces_effect() -> tuple[dict, re.Pattern[str], frozenset[str]]:
    """The rule subject/forces-by-context's effect, its units pattern and its nouns (effect.nouns
    and effect.owned_nouns: 'agents', 'men')."""
    effect = rule("subject/forces-by-context").effect
    return effect, re.compile(effect["units"], re.IGNORECASE), frozenset([*effect["nouns"], *effect["owned_nouns"]])


def _forces_by_context(
    text: str, m: Mention, tokens: list[tuple[str, int, int]], i: int, base: str, lex: Lexicon
) -> bool:
    """The rule subject/forces-by-context: 'agents', 'its men' or 'a battalion of 600 men'
    count the security forces where police or troops are named just before."""
    effect, units, _ = _forces_effect()
    before = tokens[i - 1][0].lower() if i else ""
    if base in effect["owned_nouns"]:
        if units.search(text, max(0, m.q.start - 40), m.q.start):
            return True  # 'a battalion of about 600 men'
        if before not in effect["owners"]:
            return False  # '600 men' of nobody's
    elif base not in effect["nouns"] or before in effect["not_after"]:
        return False  # 'party agents'
    return _forces_context(text, m, lex)


def _forces_context(text: str, m: Mention, lex: Lexicon) -> bool:
    """Police, officers or troops are named in the window before the figure (the rule
    subject/forces-by-context's pattern)."""
    window = _forces_effect()[0]["window"]
    context = patterns(lex)["subject/forces-by-context"]
    return context.search(text, max(0, m.q.start - window), m.q.start) is not None


def _subject_phrase(
    tokens: list[tuple[str, int, int]], i: int, lex: Lexicon, singular: bool = False
) -> tuple[int, str]:
    """How many tokens the longest subject phrase starting at ``i`` takes (0: none), and the
    phrase as the lexicon has it (a possessive 's dropped); with ``singular``, also the
    singular of a listed plural ('one miner')."""
    first = tokens[i][0].lower()
    if first not in lex.subject_first_words and first[:-2] not in lex.subject_first_words:
        if first.endswith(COMPOUND_WORKERS) and first.isalpha() and "workers" in lex.subject_of:
            return 1, "workers"  # 'metalworkers', 'steelworkers', 'dockworkers'
        if (
            singular
            and first + "s" in lex.subject_of
            and first.isalpha()
            and first not in lex.grammar["skip_before_noun"]  # 'other' is not 'others'
            and first + "s" not in lex.noun_measure  # 'one detainee' names a person, no count
        ):
            return 1, first + "s"  # the singular of a listed plural: 'one miner'
        if singular and IRREGULAR_PLURALS.get(first) in lex.subject_of:
            return 1, IRREGULAR_PLURALS[first]  # 'one man died'
        return 0, ""  # no phrase starts with this word (most words): no joins to look up
    most = min(lex.max_subject_words, len(tokens) - i)
    words = [t[0].lower() for t in tokens[i : i + most]]  # (lowered once for every length)
    for n in range(most, 0, -1):
        phrase = " ".join(words[:n])
        base = phrase[:-2] if phrase.endswith(("'s", "’s")) else phrase
        if base in lex.subject_of:
            return n, base
    return 0, ""


def _members_of(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> tuple[int, str] | None:
    """'members of the riot police', 'units of the paramilitary police': the tokens the phrase
    takes and the subject phrase after 'of (the)', when the lexicon has no phrase for it all."""
    if tokens[i][0].lower() not in lex.grammar["member_nouns"] or i + 2 >= len(tokens):
        return None
    if tokens[i + 1][0].lower() != "of" or _multiword_subject(tokens, i, lex):
        return None
    k = i + 3 if tokens[i + 2][0].lower() == "the" else i + 2
    if k >= len(tokens):
        return None
    n, base = _subject_phrase(tokens, k, lex)
    if not n:  # 'members of the riot police': the adjective before a subject noun
        n, base = _subject_phrase(tokens, k + 1, lex) if k + 1 < len(tokens) else (0, "")
        n += bool(n)
    if not n:  # 'units of the National Border Service': a force's name
        n = _force_name(tokens, k, lex)
        return (k + n - i, "security") if n else None
    if lex.subject_of[base] not in MEMBERS_OF_SIDES:
        return None
    return k + n - i, base


def _force_name(tokens: list[tuple[str, int, int]], k: int, lex: Lexicon) -> int:
    """How many tokens a force's capitalised name takes at ``k`` ('National Border Service',
    'Public Force': one of its words names a force, effect.name_words of subject/members-of),
    0 when none starts there."""
    words = _members_effect()
    n = 0
    found = False
    while k + n < len(tokens) and n < 5 and tokens[k + n][0][:1].isupper() and tokens[k + n][0].isalpha():
        found = found or tokens[k + n][0].lower() in words
        n += 1
    return n if found else 0


@lru_cache(maxsize=1)
def _members_effect() -> frozenset[str]:
    return frozenset(rule("subject/members-of").effect["name_words"])


MEMBERS_OF_SIDES = frozenset({"security"})  # 'members of the party' has its own phrase


def _multiword_subject(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """A subject of several words starts here ('members of the security forces')."""
    return _subject_phrase(tokens, i, lex)[0] >= 2


def _noun_follows(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """The next token is a plain noun-like word (not a verb, preposition or punctuation)."""
    if i >= len(tokens):
        return False
    word = tokens[i][0]
    low = word.lower()
    return (
        word.isalpha()
        and low not in lex.grammar["function_words"]
        and low not in lex.grammar["aux_after_number"]
        and low not in lex.grammar["prepositions_after_number"]
        and not (word.islower() and low.endswith(("ed", "ing")))  # '31 injured included 12'
        and not (word.islower() and _is_time_word(low, lex))  # '48 detained overnight'
    )


TIME_DEICTIC = frozenset(("this", "that", "last", "early", "late"))  # '17 more this morning', '6 more last night'


def _is_time_word(low: str, lex: Lexicon) -> bool:
    return low in lex.grammar["time_words"] or low in lex.grammar["time_adverbs"]



HARM_MEASURES = TALLIES  # the tallies of harm: a harm's noun ('arrests'), its agent's verb
ADJECTIVE_ENDINGS = ("ional", "ial", "ive", "ary", "ory", "ous", "ful", "ible", "able")  # 'provisional' (not 'hospital')


def _acronym_bracket(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the token at ``k`` is part of a bracket holding a name's short form ('(SES)')."""
    for at in (k, k - 1, k - 2):
        if 0 <= at and at + 2 < len(tokens) and tokens[at][0] == "(" and tokens[at + 2][0] == ")" and ACRONYM.fullmatch(
            tokens[at + 1][0]
        ):
            return True
    return False


def _unknown_modifier(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """An unknown lower-case word right before the counted noun ('garment workers'), or two
    ('coal mine workers', 'steel and shipyard workers')."""
    word = tokens[i][0]
    function_words = lex.grammar["function_words"]
    if not word.replace("-", "").isalpha() or not word.islower() or word in function_words:
        return False  # ('riot-control officers', 'mine-rescue specialists': a hyphened modifier too)
    if i + 1 < len(tokens) and _is_subject_start(tokens, i + 1, lex):
        return True
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if i == 0 and lex.noun_measure.get(nxt) in HARM_MEASURES and word.endswith(ADJECTIVE_ENDINGS):
        return True  # '207 provisional arrests', '40 preventive detentions': a harm's noun, its adjective before it
    if nxt == "and" and i + 3 < len(tokens):  # 'steel and shipyard workers'
        other = tokens[i + 2][0]
        return (
            other.isalpha()
            and other.islower()
            and other not in function_words
            and _is_subject_start(tokens, i + 3, lex)
        )
    return (
        nxt.isalpha()
        and nxt.islower()
        and nxt not in function_words
        and (nxt == "of" or nxt not in lex.grammar["prepositions"])  # '212 testimonies from
        #   fans' counts testimonies ('27 names of people' counts people)
        and i + 2 < len(tokens)
        and _is_subject_start(tokens, i + 2, lex)
    )


def _demonym(word: str, lex: Lexicon) -> bool:
    """People named by their nationality: a demonym's ending ('Kenyans', 'Nepalis') or a
    capitalised plural of the lexicon's grammar.nationality_plurals ('Britons', 'Filipinos')."""
    return bool(DEMONYM.fullmatch(word)) or (word[:1].isupper() and word.lower() in lex.grammar["nationality_plurals"])


def _is_subject_start(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    return tokens[i][0].lower() in lex.subject_of


def _extend_complement(text: str, m: Mention, hi: int) -> None:
    """'four personnel of Pakistan Rangers': the counted phrase runs over 'of <Name>'."""
    c = COMPLEMENT.match(text[m.tail : hi])
    if c:
        m.tail += c.end()


def _generic(subject_text: str | None, lex: Lexicon) -> bool:
    return subject_text is None or subject_text.lower() in lex.grammar["generic_nouns"]


@lru_cache(maxsize=8)
def _sides(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The protesters' and the security forces' nouns, case-sensitive, for folded text; a
    side's noun naming a body ('the supporters' association', grammar.side_bodies) is none. The
    rescue forces (forces.rescue) are no side of a protest: 'two persons were treated by
    ambulance crews' after a passage on demonstrators still counts demonstrators."""
    body = alternation(sorted(lex.grammar["side_bodies"]))
    rescue = {w.lower() for w in lex.data["forces"]["rescue"]}
    return tuple(  # type: ignore[return-value]
        re.compile(
            rf"\b(?:{alternation([w.lower() for w in lex.data['subjects'][side] if side != 'security' or w.lower() not in rescue])})\b"
            rf"(?!['’]\s+(?:{body})\b)"
        )
        for side in ("protesters", "security")
    )


@lru_cache(maxsize=8)
def _protest_words(lex: Lexicon) -> re.Pattern[str]:
    """A word that tells a report speaks of a protest, for folded text: a noun of the
    protesters' side but those that make protesters only there (grammar.protest_only_sides:
    'supporters', 'participants'), or a word of grammar.protest_words ('protest', 'marched')."""
    only = lex.grammar["protest_only_sides"]
    sides = [w.lower() for w in lex.data["subjects"]["protesters"] if w.lower() not in only]
    return re.compile(rf"\b(?:{alternation(sorted({*sides, *lex.grammar['protest_words']}))})\b")


def speaks_of_protest(low: str, lex: Lexicon) -> bool:
    """Whether a report (its folded text) speaks of a protest: its 'supporters' and
    'participants' are protesters only then (subject/supporters-no-protest).

    >>> from claimcheck.lexicon import load_lexicon
    >>> speaks_of_protest("about 40,000 supporters lined the parade route", load_lexicon())
    False
    >>> speaks_of_protest("supporters of the union marched on the ministry", load_lexicon())
    True
    """
    return _protest_words(lex).search(low) is not None


def _protest_context(text: str, sent: Sentence, context: str, lex: Lexicon, *, forces_apart: bool = True) -> bool:
    """Unnamed people are the protesters when the passage speaks of protesters and not of forces
    (a body's own members are its side when the report speaks of protesters, forces or not:
    '"hundreds" of its members were killed as police fired', ``forces_apart`` False, the
    report so far as ``context``)."""
    protest, forces = _sides(lex)
    here = folded(text)[sent.start : sent.end]
    mentioned = any(not SPEAKS_NEXT.match(here, m.end()) for m in protest.finditer(here))
    before = context.lower()  # ('Rights activists have rejected the official figures.': they speak)
    spoken = mentioned or any(not SPEAKS_NEXT.match(before, m.end()) for m in protest.finditer(before))
    return spoken and not (forces_apart and forces.search(here))


SPEAKS_NEXT = re.compile(
    r"\s+(?:have\s+|had\s+|also\s+)?(?:said|say|says|claimed|claim|claims|alleged|allege|estimated|estimate|estimates"
    r"|reported|report|reports|told|insisted|put|rejected|reject|rejects|disputed|dispute|disputes|dismissed|questioned)\b"
)  # 'though activists said more than 500 had died', 'Rights activists have rejected the official
#    figures': the activists speak, the dead are not theirs


def _counts_events(text: str, m: Mention, lex: Lexicon) -> bool:
    """The figure counts deaths, arrests or injuries ('four deaths'), not elided people."""
    words = text[m.q.end : m.tail].split()
    return bool(words) and words[-1].lower().strip(".,;:") in lex.grammar["event_nouns"]


AMONG = re.compile(r"\s+among\s+(?:the\s+)?(?P<w>[\w-]+)", re.IGNORECASE)
AND_ARTICLE = re.compile(r"\s+and\s+(?P<a>an?|one)\s+", re.IGNORECASE)


def _with_articles(text: str, mentions: list[Mention], hi: int, lex: Lexicon) -> list[Mention]:
    """'Seven protesters and a police officer were injured': the officer is a figure of 1."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        out.append(m)
        art = AND_ARTICLE.match(text, m.tail, hi) if m.subject else None
        if art is None or (k + 1 < len(mentions) and mentions[k + 1].q.start <= art.end()):
            continue
        one = Mention(
            Quantity(art["a"], art.start("a"), art.end("a"), 1, 1, 1, "exact"), art.end("a")
        )
        _analyse_head(text, one, hi, lex)
        if one.subject and not one.inherit:
            out.append(
                replace(one, q=replace(one.q, text=text[one.q.start : one.tail], end=one.tail))
            )
    return out


SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|per)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*,\s*$", re.IGNORECASE
)


SIDE_NOUNS = frozenset(("side", "camp"))  # 'on the student side', 'in the police camp'


def _side_named(word: str, lex: Lexicon) -> str | None:
    """The subject of a side named by a noun of people before 'side', plural or singular ('the
    protesters' side', 'the student side', 'the police side').

    >>> from claimcheck.lexicon import load_lexicon
    >>> [_side_named(w, load_lexicon()) for w in ("student", "police", "protesters", "home", "other")]
    ['people', 'security', 'protesters', None, None]
    """
    word = word.rstrip("'’")
    if word == "other":
        return None  # 'on the other side': no people named ('others' is a noun of its own)
    return lex.subject_of.get(word) or lex.subject_of.get(word + "s")


def _subject_left(text: str, lo: int, at: int, lex: Lexicon) -> str | None:
    first = WORDS_OF.match(text, at)
    if first and first.group().lower() in lex.speech_verbs:
        return None  # 'Police estimated 5,000 attended': the figure's own word is the speech verb
    start = max(lo, at - 40)
    colon = text.rfind(":", start, at)  # 'Police: 31,000 rally': a speaker, not the counted
    window = text[colon + 1 if colon >= 0 else start : at]
    if ")" in window:  # 'from 40,000 (police) to 160,000': a bracket names a source, not the counted
        window = window[window.rfind(")") + 1 :]
    every = WORDS_OF.findall(window)
    words = every[-4:]
    if any(w.lower() in {"and", "while", "but"} for w in words[-1:]):
        return None
    if SOURCE_BEFORE.search(window):
        return None  # 'marched according to the police, 160,000 …': the police give the figure before
    owned = False  # 'The police figure is 312': whose figure, not who is counted
    figure_nouns = lex.grammar["figure_nouns"]
    for k in range(len(words) - 1, -1, -1):
        low = words[k].lower()
        if low in figure_nouns:
            owned = True
            continue
        if low in SIDE_NOUNS and k and (side := _side_named(words[k - 1].lower(), lex)):
            return side  # 'On the student side, a whopping 34 got hurt': the side the figure is of
        if low in {"that", "said", "told", "says"} or low in lex.speech_verbs or f"{low}s" in lex.speech_verbs:
            return None  # 'told reporters that 25 …', 'Police confirm 6 dead': the speaker is not counted
        if lex.measure_words("before").get(low) in HARM_MEASURES or low in lex.grammar["tending_verbs"]:
            return None  # 'firefighters treated 260', 'police arrested 45', 'crews ferried 29 injured': the agent, not the counted
        if low in lex.subject_of and low != "others":
            if (
                k + 1 < len(words)
                and low in lex.grammar["adjective_subjects"]
                and words[k + 1].islower()
                and words[k + 1] not in lex.grammar["prepositions"]
                and words[k + 1] not in lex.grammar["function_words"]
                and words[k + 1] not in lex.speech_verbs
            ):
                continue  # 'released on police bail, which means 14 remain': an adjective, no one counted
            if k and words[k - 1].lower() == "by" or k > 1 and words[k - 2].lower() == "by" and words[k - 1].lower() in ("the", "a", "an"):
                return None  # 'an unofficial tally by journalists reached 143': who counted; 'detained
                # by the police, 38 were injured': who acted
            if (
                k + 1 < len(words)
                and not any(w.lower() in ("of", "among", "amongst") for w in words[max(0, k - 2) : k])
                and words[k + 1].islower()
                and words[k + 1] not in lex.subject_of
                and words[k + 1] not in lex.grammar["prepositions"]
                and words[k + 1] not in lex.grammar["function_words"]
                and words[k + 1] not in lex.grammar["reduced_relative"]
            ):  # (not a verb leading to their own count: 'the number of injured officers was 21')
                return None  # 'cops storm campus tower, 112 nabbed': the noun is its own clause's agent
                # (but the whole of a part: 'Of the soldiers deployed, 3 were hurt')
            told = every[len(every) - len(words) + k - 1].lower() if len(every) - len(words) + k else ""
            if told in {"told", "tells", "tell", "telling"}:
                return None  # 'the figure is 41, a colonel told reporters outside, nine of them in …': the hearers
            if k and words[k - 1][:1].isdigit():
                return None  # 'Police: 6 officers hurt, 19 held': the figure before's noun
            if k + 1 < len(words) and words[k + 1].lower() in ("among", "amongst"):
                return None  # 'Four journalists among 29 treated in hospital': a part of the 29
            return None if owned else lex.subject_of[low]  # (but 'the number of marchers at')
    return None

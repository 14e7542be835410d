"""Parser stage, attribution: who a sentence says made a claim (claimant, type, and channel)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from claimcheck.entities import (  # a name with a date or a number; a source's document; time words
    CONTRACTED_SUBJECT,
    CONTRASTED,
    DIGIT_NAME,
    NAMED_DATE,
    NUMBERED_UNIT,
    PLACE_OF,
    TIME_TAIL,
    _initials_fit,
    body_of_record,
    claimant_word,
    counted_not_counter,
    kind_of,
    owned_role,
    participle_clause,
    plausible,
    strip_source_noun,
    time_words,
    verb_form,
)
from claimcheck.lexicon import Lexicon, alternation, number_words
from claimcheck.parse.numbers import folded
from claimcheck.parse.rules import patterns
from claimcheck.parse.rules import rule as rule_of
from claimcheck.when import WEEKDAY

FINITE_HINT = re.compile(r"^[a-z]+(?:ed|es)$")

AND_FIGURE = re.compile(
    r"\s+(?:and|or|to|against|versus|vs\.?)\s+(?:(?:about|some|around|over|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?\d"
)  # another figure after a source: its own source follows it
BOUNDARY = re.compile(
    r"""
    ,(?!\d\d\d)|[;()\[\]"“”]|:(?<!\d:)|:(?!\d)  # punctuation and quotation marks (not a clock's '19:00'
    #                                          nor a number's thousands: 'about 120,000 followers')
    | \s[–—-]\s                             # a dash between words
    | \.\.\.|…                                # an ellipsis: a quotation's cut ('"According to
    #                                          credible reports ... those killed include 143"')
    | \b(?:wh(?:ile|ereas|en|ilst)|a(?:lthough|fter|s)|th(?:ough|at)|b(?:ut|ecause)|however
          |m(?:eanwhile|oreover))\b        # subordinators start a new clause
    """,  # (the colon before its look-behind, the words as a trie: fewer tries at each character)
    re.VERBOSE | re.IGNORECASE,
)
FIGURE_LIST = re.compile(
    r"(?:\s+[a-z]+)?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[~≈]?\d[\d,.]*\+?(?:\s+[a-z]+)?)+\s*,?\s+"
)  # the rest of a list of figures that one source ends: '48 dead, 11 missing, 127 injured per NDRRMC',
#    '344 deaths and 396 injuries, according to the mayor'
_ACCORDING_A = (
    r"(?i:ccording)\s+to\s+(?:what\s+(?:was|were|has\s+been|had\s+been)\s+(?:reported|announced|published"
    r"|stated|said|broadcast)\s+by\s+)?|s\s+per\s+(?!cent\b)|s\s+(?:reported|announced|stated|confirmed|informed|indicated)\s+by\s+"
)  # after an 'a' or 'A' that opens a word: 'according to (what was reported by)', 'as per', 'as reported by'
_PER = (
    r"er\s+(?=the\s|an?\s|[A-Z]|@\w|(?:rights\s+groups?|officials|police|witnesses|activists|organi[sz]ers"
    r"|residents|medics|doctors|hospitals|local\s+media|state\s+media|unions?|lawyers|monitors"
    r"|(?:local|regional|provincial|district|hospital|health|government|military|security)\s+(?:officials|authorities|sources|officers))\b)(?!cent\b)"
)  # 'per the interior ministry', 'per EFE', '4,500 detained, per rights groups', 'per local officials'
_BY_OFFICIAL = (
    r"y\s+(?=(?:the\s+|an\s+)?official\s+(?:count|tally|toll|figures?|estimates?)\b)"
    r"|y\s+(?=(?:the\s+)?(?:police|organi[sz]ers['’]?|[\w-]+['’]s?|his|her|their)\s+(?:own\s+)?(?:count|tally|estimate|figures|numbers)\b)"
    r"|y\s+(?:the\s+)?(?:data|information)\s+(?:of|from)\s+"
    r"|y\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:data|figures|statistics)\s*,)"
)  # 'by the official count'; a translation's 'By data of the human rights center, …', 'By AFAD data, …'
ACCORDING = re.compile(
    rf"a(?<!\wa)(?:{_ACCORDING_A})|A(?<!\wA)(?:{_ACCORDING_A})|p(?<!\wp){_PER}|P(?<!\wP){_PER}"
    rf"|b(?<!\wb){_BY_OFFICIAL}|B(?<!\wB){_BY_OFFICIAL}"
)
# in the text as written ('per the interior ministry', 'Per EFE', 'as per officials', 'As reported by X'
# as 'according to'; 'killed 215 people by the official count', 'about 2,500 by the police count',
# 'By the police figures, 14 people were arrested',
# 'by the union's own tally': the police's, the union's); each wording led by its first
# letter and a look-behind for the '\b' before it, so a scan skips to the a's, b's and p's (a
# leading '\b' makes the engine try every character)


WHOSE_COUNT = re.compile(
    r"(?:an?\s+)?(?P<who>(?:the\s+)?(?!(?:official|unofficial|final|first|latest|early|new|initial|preliminary"
    r"|provisional|independent|other|same|total)\b)[\w-]+?)(?:['’]s|['’])?\s+(?:own\s+)?(?:count|tally|estimate|figures|balance)"
)
WHOSE_DOCUMENT = re.compile(
    r"(?P<who>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)['’]s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lists?|data|records|register|bulletin|update|report|statement)"
)  # "the department's district-wise list", "the ministry's latest bulletin": its maker


def _whose_count(np: str | None) -> str | None:
    """The source an 'according to' wording names: whose count it is, when it names a count
    ('by the police count' -> 'the police', "according to the union's own tally" -> 'the
    union'; not 'the official count', no one's).

    >>> _whose_count("the police count"), _whose_count("the official count"), _whose_count("the police")
    ('the police', 'the official count', 'the police')
    >>> _whose_count("police figures"), _whose_count("a Carabineros estimate"), _whose_count("an independent estimate")
    ('police', 'Carabineros', 'an independent estimate')
    >>> _whose_count("the department's district-wise list"), _whose_count("the casualty list")
    ('the department', 'the casualty list')
    """
    counted = (WHOSE_COUNT.fullmatch(np) or WHOSE_DOCUMENT.fullmatch(np)) if np else None
    return counted["who"] if counted else np


ACC_SUBJECT = re.compile(r"\s(?P<p>it|they|there|he|she|we|I)(?:\s|['’]s\s)")  # the subject after 'per X' with no comma


OBJECT_OF = {"he": "him", "she": "her", "they": "them", "his": "him", "their": "them"}  # who a pronoun points back to


class Attribution(NamedTuple):
    claimant: str | None
    claimant_type: str | None
    via: str | None
    rule: str = "attribution/none"  # the id of the strategy that found the claimant


NONE = Attribution(None, None, None)


@lru_cache(maxsize=8)
def _verb_re(lex: Lexicon) -> re.Pattern[str]:
    """The speech verbs and the light verbs of the rule attribution/figure-verb ('gave', 'counts':
    :func:`_verbs` keeps those only where the rule's pattern matches, 'gave a figure of')."""
    # case-sensitive, on the folded text: several times faster than IGNORECASE on a long list
    section = lex.data["grammar"]["participle_states"]
    verbs = {v.lower() for v in lex.speech_verbs} | _light_verbs() | _body_count_verbs()
    participles = {v.lower() for v in section["verbs"]} & verbs
    words = sorted(verbs - participles)
    states = alternation(sorted(section["words"]))
    # a participle before a state is no speech verb: 'the number of people confirmed dead'
    # (no one confirmed); 'which police said killed 62' keeps its 'said'
    return re.compile(
        rf"\b(?:{alternation(words)}|(?:{alternation(sorted(participles))})(?!\s+(?:{states})\b))\b"
    )


AGENT_NEEDS = {"attribution/by-agent": "by"}  # a literal in every match (tests/test_rules.py checks it)
FIGURE_VERB = "attribution/figure-verb"
CONTINUES = "attribution/continues-before"
OWNER_OF_TOLL = "attribution/owner-of-toll"
PRONOUN_COUNT = "attribution/pronoun-count"
SUBJECT_ASIDE = "attribution/subject-aside"
RELAYED_BY_OUTLET = "attribution/relayed-by-outlet"
OWNERS_STATEMENT = "attribution/owners-statement-that"
QUOTED_SPEAKER = "attribution/quoted-speaker"
OBJECT_PARTICIPLE = "attribution/object-participle"


@lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    return frozenset(rule_of(FIGURE_VERB).effect["verbs"])


BODY_COUNT = "attribution/body-count-verb"


def _body_count_verbs() -> frozenset[str]:
    return frozenset(rule_of(BODY_COUNT).effect["verbs"])


def _counted_thing(text: str, sent_lo: int, v: re.Match[str], lex: Lexicon) -> bool:
    """A verb of the rule attribution/body-count-verb ('numbered', 'gauged') whose subject is
    no body that counts: 'The crowd numbered 5,000' sizes the crowd, no one speaks;
    'The unions numbered 110,000 marchers' and 'Police gauged turnout at 9,000' are theirs."""
    if v.group().lower() not in _body_count_verbs():
        return False
    if text[sent_lo : v.start()].rstrip().endswith((",", ")")):
        return True  # an aside before the verb: 'The strikers, said the union (SSTL), numbered 9,000'
    np = _np_before(text, sent_lo, v.start(), lex)
    if not np or not _valid_np(np, lex) or _is_pronoun(lex, np):
        return True
    words = np.split()
    if any(w.lower() in BODY_COUNT_PLACE_WORDS for w in words[1:]):
        return True  # 'the police cordon at the corner numbered 150': a thing somewhere, no body
    head = words[-1].lower().strip(",.'’")
    return not (
        claimant_word(head, lex)
        and head not in lex.data["subjects"]["protesters"]
        and head not in lex.grammar["crowd_nouns"]
        or all(_acronym(w) or w[:1].isupper() for w in words) and claimant_type(np, lex) != "other"
        or _acronym(words[-1])
    )


BODY_COUNT_PLACE_WORDS = frozenset({"at", "with", "in", "on", "near", "outside", "inside", "along"})


def _no_speech(lex: Lexicon, low: str, m: re.Match[str]) -> bool:
    """Whether a speech verb's word found in ``low`` tells no speech there: a finding of bodies
    ('found two bodies'), a base form used as a noun ('the official count of 138'), or a
    participle describing the noun before it ('No patient admitted from the protests has died')."""
    return bool(FOUND_BODIES.match(low, m.start()) or _base_noun(lex, low, m) or _reduced_relative(lex, low, m))


def _verbs(lex: Lexicon, low: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The speech verbs of low[lo:hi] (folded text), a light verb only before a noun of
    counting ('gave a figure of 23', not 'gave 23 families a tent')."""
    found = [
        m for m in _verb_re(lex).finditer(low, lo, hi) if not _no_speech(lex, low, m)
    ]
    light = _light_verbs()
    if not any(m.group() in light for m in found):
        return found
    given = patterns(lex)[FIGURE_VERB]
    return [m for m in found if m.group() not in light or given.match(low, m.start())]


def _first_verb(lex: Lexicon, low: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first of :func:`_verbs`, without finding the others."""
    verb, light, given = _verb_re(lex), _light_verbs(), patterns(lex)[FIGURE_VERB]
    m = verb.search(low, lo, hi)
    while m is not None and (
        m.group() in light and not given.match(low, m.start()) or _no_speech(lex, low, m)
    ):
        m = verb.search(low, m.end(), hi)
    return m


@lru_cache(maxsize=8)
def _reduced_re(lex: Lexicon) -> re.Pattern[str]:
    """A participle's phrase then its noun's own verb (lexicon grammar.reduced_relative), matched
    right after the participle on the folded text."""
    section = lex.data["grammar"]["reduced_relative"]
    return re.compile(
        rf"\s+(?:{alternation(sorted(section['prepositions']))})\s+"
        r"(?!(?:[^,;:.!?\"“”()]*?\s)?(?:that|which|who|where|when|while|there|it|he|she|they|we)\s)"
        rf"[^\d,;:.!?\"“”()]{{1,60}}?\s(?:{alternation(sorted(section['words']))})\b"
    )


NOUN_BEFORE = re.compile(r"\b(?P<w>[a-z][a-z'’-]+)\s+$")  # the word right before a participle


def _reduced_relative(lex: Lexicon, low: str, m: re.Match[str]) -> bool:
    """A speech verb's past participle that describes the noun before it, whose own verb comes
    after the participle's phrase: 'No patient admitted from the protests has died' (nobody
    admitted anything); not 'The ministry admitted on Monday that 12 had died', nor 'He admitted
    to 12 deaths'.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> def first(s: str) -> str:
    ...     m = _first_verb(lex, s.lower(), 0, len(s))
    ...     return m.group() if m else ""
    >>> first("No patient admitted from the protests has died, he told us.")
    'told'
    >>> first("The ministry admitted on Monday that 12 had died.")
    'admitted'
    """
    word = m.group()
    if not (word.endswith("ed") or word == "told"):
        return False
    before = NOUN_BEFORE.search(low, max(0, m.start() - 30), m.start())
    not_nouns = lex.data["grammar"]["reduced_relative"]["not_before"]  # ('has admitted', 'who reported')
    if before is None or before["w"] in not_nouns or before["w"].endswith("ly") or before["w"] in lex.grammar["pronouns"]:
        return False
    phrase = _reduced_re(lex).match(low, m.end())
    if phrase is None:
        return False
    words = phrase.group().split()[:-1]  # the preposition, its noun phrase (and more phrases): one
    preps = lex.data["grammar"]["reduced_relative"]["prepositions"]  # ('in a statement most of the
    if words[1] in ("least", "most") or any(w in lex.data["number_words"] for w in words):
        return False  # 'The government reported at least one police officer … were killed': a figure, spoken
    return not any(  # victims were': a clause of its own after the phrase, its subject opened by a determiner)
        w in lex.grammar["determiners"] and k > 1 and words[k - 1] not in preps for k, w in enumerate(words)
    )




def _base_noun(lex: Lexicon, low: str, m: re.Match[str]) -> bool:
    """A verb's base form that is a noun too ('count', 'report', 'record') speaks only after a
    plural subject and before a figure or 'that': 'Rights groups count 45 dead', 'They report
    that 30 …'; 'the official count of 138', 'its report: 12', '"The police always count the
    first row"' tell no figure."""
    word = m.group()
    return (
        word in lex.speech_verb_lemmas
        and word in lex.grammar["nouns_too"]
        and not (
            PLURAL_SUBJECT_BEFORE.search(low, max(0, m.start() - 40), m.start())
            and FIGURE_OR_THAT_AFTER.match(low, m.end())
        )
    )


FOUND_BODIES = re.compile(
    r"(?:found|find|finds|discovered|discover)\s+(?:the\s+)?(?:(?!that\b)[\w,.-]+\s+){0,2}?(?:bodies|body|remains|corpses)\b"
)
# ('Firefighters found the bodies of five people': a finding of bodies, no speech; 'found that' is)


@lru_cache(maxsize=8)
def _inverted_only_re(lex: Lexicon) -> re.Pattern[str]:
    """The verbs that speak only inverted after a comma, not being speech verbs elsewhere: a
    translation's '…, detailed the CNE.' ('a detailed report' names no speaker)."""
    only = sorted(set(lex.inverted_speech_verbs) - {v.lower() for v in lex.speech_verbs})
    return re.compile(rf",\s+(?:{alternation(only)})\b")


@lru_cache(maxsize=8)
def _channel_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lex.data['channel_verbs'])})\s+", re.IGNORECASE)


def claimant_type(claimant: str | None, lex: Lexicon) -> str | None:
    """The role of a claimant from the role words it contains (longest match wins)."""
    if not claimant:
        return None
    return _claimant_type(claimant, lex)


@lru_cache(maxsize=16384)
def _claimant_type(claimant: str, lex: Lexicon) -> str:
    best: tuple[int, int, str] | None = None
    for rank, (kind, pattern) in enumerate(lex.role_patterns):
        for m in pattern.finditer(claimant):
            key = (m.end() - m.start(), -rank, kind)
            if best is None or key > best:
                best = key
    if best is None and POLICE_DEPARTMENT.search(claimant):
        return "police"  # 'LAPD', 'NYPD', 'SFPD': a city's police department by its initials
    return best[2] if best else "other"


POLICE_DEPARTMENT = re.compile(r"\b[A-Z]{2,4}PD\b")  # (not SPD, a party)


def _segments(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Clause segments of text[lo:hi], split at punctuation and subordinators."""
    out, start = [], lo
    for m in BOUNDARY.finditer(text, lo, hi):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, hi))
    return out


NAME_WORD = re.compile(r"[\w'’.-]+")  # a word of a name (with initials: 'J.')
OUTLET_NAME = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s*){1,5})")  # The Guardian
PHRASE_AFTER = re.compile(r"\s*([^,;.\"“”]{2,80})")  # up to the next punctuation
BY_AFTER_VERB = re.compile(r"[\w'’-]+\s+by\b")  # a verb in the passive: 'reported by'
INTRODUCES = re.compile(r"\s*(?:that\b|:|[\"“])")  # that, a colon or a quotation


def _words(s: str) -> list[str]:
    return NAME_WORD.findall(s)


def _is_pronoun(lex: Lexicon, np: str) -> bool:
    return np.lower() in lex.grammar["pronouns"]


TOLD_BEFORE_WHICH = re.compile(
    r"(?P<np>(?:the|a|an|its|their|his|her)\s+(?:(?:[\w'’-]+\s+){0,3}?(?:version|account|figures?|report|statement"
    r"|communiqu[eé]|toll|count|estimates?|claims?|data|tally|findings)\s+(?:of|by|from)\s+(?P<owner>[^,;]{2,60}?)"
    r"|[^,;]{2,60}?))\s*,?\s+$",
    re.IGNORECASE,
)  # the noun phrase that 'according to which' refers back to, and whose account it is


def _clean_np(lex: Lexicon, np: str) -> str:
    if "?" in np or "!" in np:  # a forum's 'source? civil defence only lists 2': after the question
        np = re.split(r"[?!]+\s+", np)[-1]
    words = np.split()
    adverbs = lex.grammar["speaker_adverbs"]
    if words and words[0][:1].isdigit() and CLOCK_WORD.fullmatch(words[0]):
        words.pop(0)  # a live blog's entry time: '14:05 The regional governor says …'
        if words and CLOCK_AFTER.fullmatch(words[0]):
            words.pop(0)
    while words and words[0].lower().strip(".") in adverbs | {"that", "while", "whereas", "though", "although", "and", "where", "which", "whom", "what"} and not _acronym(words[0]):
        words.pop(0)
    while words and (words[-1].lower().strip(".") in adverbs or words[-1].lower() in MODALS or len(words) > 1 and words[-1] in AUXILIARIES) and not _acronym(words[-1]):
        words.pop()  # ('I can (confirm that eight …)': 'I'; 'that they had (identified 63 …)': 'they')
    if words and (contracted := CONTRACTED_SUBJECT.fullmatch(words[-1])):
        return contracted["p"]  # "… From the drone video I'd (put it at 25,000)": 'I'
    if len(words) > 2 and words[-1] == "to" and words[0].lower() in SUBJECT_PRONOUNS and all(w.islower() for w in words[1:]):
        return words[0]  # a verb that takes the speech verb after 'to': 'We deeply regret to (report …)', 'It wishes to (say …)'
    return _document_not_its_handling(MARKUP_LEAD.sub("", " ".join(words)).strip(" .,'\"“”"), lex)


DOCUMENT_HANDLED = re.compile(
    r"^(?P<doc>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-zé]+))"
    r"\s+(?P<part>[a-z]+)(?P<rest>(?:\s+[\w'’.-]+)*)$"
)  # 'A statement read (on state TV)', 'The communique posted (on its website)', 'A statement read by the deputy minister'
BY_MAKER = re.compile(r"\sby\s+(?P<np>.+)$")
MEDIUM_AFTER = re.compile(r"\s+(?:on|via|over)\s")  # where it was read: 'on national TV', 'over Radio Mozambique'


def _document_not_its_handling(np: str, lex: Lexicon) -> str:
    """A document's noun with the participle that tells how it came out: the document, or its
    maker after 'by' ('A statement read by the deputy minister' -> 'the deputy minister'; 'A
    statement read on state TV' -> 'A statement'), not a speaker named 'A statement read'.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_document_not_its_handling(n, lex) for n in ["A statement read on state TV", "The communique posted on its website",
    ...  "A statement read by the deputy minister", "The statement", "The police", "the communiqué read"]]
    ['A statement', 'The communique', 'the deputy minister', 'The statement', 'The police', 'the communiqué read']
    """
    first = np[:4].lower()
    if not (first.startswith(("a ", "an ", "the "))) or np.count(" ") < 2:
        return np  # (a cheap test first: an article, a noun and a participle at least)
    m = DOCUMENT_HANDLED.match(np)
    if m is None:
        return np
    noun = m["noun"]
    documents = lex.data["speakers"]["issued_documents"]
    if noun not in documents and noun not in lex.data["speakers"]["published_documents"]:
        return np
    part = m["part"]
    if not (part.endswith("ed") or part in lex.grammar["irregular_participles"]) or part in AUXILIARIES:
        return np
    by = BY_MAKER.search(m["rest"])
    if by:
        maker = by["np"].strip()
        return maker if _valid_np(maker, lex) else np
    if not MEDIUM_AFTER.match(m["rest"]):
        return np  # ('the communiqué read (after the Council of Ministers)': which one it is, kept)
    return m["doc"]  # ('A statement read on state TV': where it was read, no part of a name)


OWNED_CLAIM = re.compile(r"(?:claims?|reports?|estimates?|statement)\s+that\b", re.IGNORECASE)  # a body's claim that …
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "I", "i"})  # ("i": a lower-cased word)
TIME_OPENERS = frozenset({"after", "before", "during", "since", "following", "until", "within", "by"})
# a sentence's opening phrase of time before its pronoun ('After months of hearings it …', 'As of
# this hour we have documented …'; not a
# place's or a channel's: 'On social networks they speak of three dead')
AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "been"})
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being"})  # before a participle: a passive clause
MODALS = frozenset({"can", "could", "cannot", "can't", "will", "would", "must", "may", "might", "should", "shall"})
MARKUP_LEAD = re.compile(r"^(?:[*#_>]+\s+)+")  # a quoted reply's "> " or a heading's closing emphasis left before the subject: "** The plenum"


CLOCK_WORD = re.compile(r"\d{1,2}[:.h]\d\d(?:[ap]\.?m\.?)?")
CLOCK_AFTER = re.compile(r"[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|CEST|EST|EDT|IST|local|hrs|h")


def _acronym(word: str) -> bool:
    """An acronym, not the word it spells: 'WHO' (the World Health Organization), not 'who'."""
    return len(word) > 1 and word.isupper() and word.isalpha()


@lru_cache(maxsize=4096)  # (the same phrases come back: 'police', 'the organisers', names)
def _valid_np(np: str, lex: Lexicon) -> bool:
    """Whether the phrase can name a claimant: a pronoun, a name, a claimant noun or role, or a
    short phrase with an article ('the fire brigade'); not a clause, a date or a preposition's."""
    words = _words(np)
    if not words or len(words) > 12 or (
        any(
            w[0].isdigit() and not _nouns_year(lex, words, j) and not DIGIT_NAME.fullmatch(w)
            for j, w in enumerate(words)
        )
        and not NAMED_DATE.search(np)
        and not NUMBERED_UNIT.search(np)
    ):
        return False
    if _is_pronoun(lex, np):
        return True
    if participle_clause(np, lex):
        return False  # the clause that opened the sentence: 'Asked about (reports that …, he said)'
    if PLACE_OF.match(np):
        return False  # 'The district of Maroantsetra counts henceforth 14 deceased': a place
    if counted_not_counter(np, lex):
        return False  # 'rejected the figure, saying …', 'a number raised to 1,800': what is counted
    prepositions = lex.grammar["prepositions"]
    if words[0].lower() in prepositions or words[0].lower() == "according":
        return False  # ('According to MES, the number of … rose': the source is after 'to')
    if len(words) > 2 and words[0].lower() in ("the", "a") and words[1].lower() in MEASURE_HEADS and words[2].lower() == "of":
        return False  # what is measured: 'Did the scale of the police (operation surprise you?)'
    if words[0].lower() in SUBORDINATORS:
        return False  # a reason's clause: '…, because many people went straight to their own doctor and never told us'
    if any(w.islower() and w in lex.speech_verbs and w not in lex.grammar["nouns_too"] for w in words[1:]):
        return False  # a clause, not a name: 'Amnesty said it (had documented)'
    if any(
        w in PASSIVE_AUXILIARIES
        and (nxt := words[j + 1]).islower()
        and verb_form(nxt, lex, ing=False)
        for j, w in enumerate(words[1:-1], 1)
    ):
        return False  # a passive clause: 'most of those detained were taken to a police station, identified (and released)'
    caps = [
        w
        for i, w in enumerate(words)
        if (w[0].isupper() or "-" in w and any(p[:1].isupper() for p in w.split("-")))
        and (i > 0 or w.lower() not in {"the", "a", "an"})
    ]  # (a name with a particle counts: 'al-Jubouri')
    nouns = [w for w in words if claimant_word(w.lower(), lex)]
    if caps or nouns or any(p.search(np) for _, p in lex.role_patterns):
        return True
    if owned_role([w.lower() for w in words], lex):
        return True  # a role of a body named by its owner: "The centre's director said"
    # 'The fire brigade said', 'the union said': a short noun phrase with an article
    return (
        words[0].lower() in {"the", "a", "an", "one", "my", "his", "her", "their"}
        # ('one security guard told investigators', a forum's 'my neighbour says at least 5 died')
        and 2 <= len(words) <= 5
        and all(_bare(w).replace("-", "").isalpha() and w.lower() not in prepositions for w in words[1:])
    )  # (a hyphenated word too: 'The state-funded body said')


def _subject_after_adverbial(words: list[str], lex: Lexicon) -> list[str] | None:
    """The subject after the rest of an opening time phrase: the last 'the' that follows a
    word which is no preposition or article ('for the December 2022 cerco of Soyapango the
    government (announced)' -> 'the government'), else the claimant noun after a place's name
    ('In Coimbra police (estimated)' -> 'police'), a subject pronoun ending it ('In a statement it
    (said)' -> 'it'), else None."""
    glue = lex.grammar["np_glue"] | lex.grammar["prepositions"]
    if len(words) > 2 and words[-1] in SUBJECT_PRONOUNS and words[0].lower() in lex.grammar["prepositions"] and words[0].lower() != "from":
        return words[-1:]  # a pronoun after the phrase: 'In a statement posted on its website it (said)'
        #                    (not 'From the Centre … they (informed)': the source it names)
    cut = [j for j in range(1, len(words)) if words[j] == "the" and words[j - 1].lower() not in glue]
    if cut and len(words) - cut[-1] >= 2:
        return words[cut[-1] :]
    if words[0].lower() not in lex.grammar["prepositions"]:
        return None
    j = 1
    while j < len(words) and words[j][:1].isupper():
        j += 1  # a place's name right after the preposition, then a claimant noun: 'In Coimbra
    if 1 < j < len(words) and words[j].islower() and claimant_word(words[j], lex):  # police (estimated …)'
        return words[j:]
    return None


def _bare(word: str) -> str:
    """A plural without its possessive mark: "students'" -> 'students' (a singular's
    "county's" stays: 'The county's health executive, Dr X, …' names Dr X)."""
    return word[:-1] if word.endswith(("s'", "s’")) else word


def _nouns_year(lex: Lexicon, words: list[str], j: int) -> bool:
    """words[j] is the year of the noun after it: 'a 2011 commission', 'the 2019 inquiry'."""
    return (
        0 < j < len(words) - 1
        and YEAR_WORD.fullmatch(words[j]) is not None
        and words[j - 1].lower() in (*lex.grammar["year_determiners"], "the")
    )


YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")


def _leading_np(text: str, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The subject noun phrase at the start of text[lo:hi]: the words before its first verb."""
    words = []
    head = False  # a claimant noun has been seen: a plain lower-case word after it is a verb
    glue, adverbs = lex.grammar["np_glue"], lex.grammar["speaker_adverbs"]
    for m in NAME_WORD.finditer(text[lo:hi]):
        w = m.group()
        low = w.lower()
        if words and low not in glue and not w[0].isupper() and low not in lex.claimant_nouns and not PARTICLE_NAME.match(w):
            after_of = (
                words[-1].lower() in ("of", "for")
                or len(words) > 2 and words[-2].lower() in ("of", "for") and words[-1].islower()
                and not words[-1].endswith("s") and low.endswith("s")
            ) and not FINITE_HINT.match(low)  # ('the union of merchant seafarers, SUMAS, …', not
            #                                   'the union of teachers held')
            if FINITE_HINT.match(low) or low in lex.speech_verbs or low in adverbs or (
                head and not after_of and not (low in lex.speaker_words["org_words"] and not verb_form(low, lex))
            ):
                break  # 'the union held a march': 'held' (but 'The provincial police command (issued)')
            after_article = len(words) == 1 and words[0].lower() in {"the", "a", "an"}
            if not _could_be_modifier(low, lex) and not (after_article and low.endswith("ing")):
                break  # (but 'the ruling party', 'the governing coalition')
        head = head or low in lex.claimant_nouns
        words.append(w)
        if len(words) > 10:
            return None
    np = _clean_np(lex, " ".join(words))
    return np if np and _valid_np(np, lex) else None


DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
HEARER_TAIL = re.compile(
    r"\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,5}?(?:news\s+agency|agency|newspaper|radio|television|TV"
    r"|reporters|journalists|press|channel|broadcaster|daily|website|outlet|media)\.?$",
    re.IGNORECASE,
)  # who heard it: 'according to statements by the mayor … to the independent Voice of Iraq news agency'


ACCORDING_TAIL = re.compile(
    r"\s+(?:(?:made|cited|relayed|published|released|issued|quoted|carried|compiled|given|posted)\s+"
    r"(?:at|in|on|during|late|early|last|yesterday|today|this)\b(?!(?:(?!\band\b)[^,;])*\bby\b)"  # (not '… on Monday by X')
    r"|and\s+(?:by|to|at|from)\s+[^,;]*?\d)[^;]*$",
    re.IGNORECASE,
)  # after the source: when or where its figure was told ('a police estimate made at 18:00 and
#    relayed by …', 'police figures cited in local newspapers at the time') or the next figure's
#    own ('according to the police and by more than 2,000 according to the union')


def _named_source(raw: str, lex: Lexicon) -> str:
    """The source an 'according to' names: its hearer, its document and what follows it cut
    ('statements by the mayor … to the independent Voice of Iraq news agency' -> 'the mayor …';
    'police figures cited in local newspapers at the time' -> 'police figures'; a tail naming
    who gave it stays).

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_named_source(s, lex) for s in ["police figures cited in local newspapers at the time",
    ...  "a police estimate made at 18:00 and relayed by the regional delegation",
    ...  "the town police and by more than 2,000 according to the union",
    ...  "figures released on Monday by the ministry"]]
    ['police figures', 'a police estimate', 'the town police', 'figures released on Monday by the ministry']
    """
    raw = HEARER_TAIL.sub("", raw.strip())
    if " " in raw and (tail := ACCORDING_TAIL.search(raw)) and tail.start():
        raw = raw[: tail.start()]
    return strip_source_noun(raw, lex)


PARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|at|az|ash|ul|bin|ibn|abu|ben|van|von|de|da|di|du|le|la)-[A-Z]")
# a name's lower-case particle joined to it: 'Ali al-Shamari', 'Ahmed el-Sayed'


def _could_be_modifier(word: str, lex: Lexicon) -> bool:
    """A lower-case word that may stand inside a noun phrase (anonymous sources, senior doctor)."""
    return not word.endswith(("ed", "ing")) and word not in lex.grammar["prepositions"]


APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:[.;]|$)")
# a person's name in apposition closing the sentence, after a role the lexicon does not know
GLOSS_OPENS = frozenset({'("', "(“", "('", "(‘"})  # a translation in brackets and quotes after a name


def _np_before(text: str, sent_lo: int, verb_at: int, lex: Lexicon) -> str | None:
    """The subject of a finite speech verb: the clause text just before it."""
    # (each pattern searched only when the words it must hold are there: 'who' in any case for
    #  WHO_BEFORE_VERB, no letter of which case-blind matching equates with another character;
    #  'wh' for RELATIVE_ASIDE and RELATIVE_SUBJECT, written in lower case)
    if (
        "who" in text[sent_lo:verb_at].lower()
        and (who := WHO_BEFORE_VERB.search(text, sent_lo, verb_at)) is not None
        and who.start() > sent_lo
    ):
        verb_at = who.start()  # 'a doctor who asked not to be named said': the subject before its relative clause
    if (
        (who_at := text.rfind(" who ", sent_lo, verb_at + 1)) > sent_lo
        and (addressed := ADDRESSED.fullmatch(text, sent_lo, who_at))
        and _valid_np(addressed["np"], lex)
    ):
        return addressed["np"]  # 'And to the minister who says fewer than 30,000 marched: …': the one addressed
    if text.find("wh", sent_lo, verb_at) >= 0 and (aside := RELATIVE_ASIDE.search(text, sent_lo, verb_at)) is not None:
        verb_at = aside.start()  # 'The historian X, whose 2016 book "Caña amarga" is the most complete
        #                          account, identified 11 dead': the subject before the relative aside
    segs = _segments(text, sent_lo, verb_at)
    maker: str | None = None  # who made the document the subject may be
    skip = -1  # an appositive whose relative clause was passed
    for k in range(len(segs) - 1, -1, -1):
        lo, hi = segs[k]
        raw = _words(text[lo:hi])
        if (
            raw and raw[0].lower() in lex.grammar["relatives"]
        ):  # ', which usually give higher figures,'
            if len(raw) == 2 and _is_pronoun(lex, raw[1]):
                return raw[1]  # ', which it said': the caller resolves 'it'
            if k == len(segs) - 1 and len(raw) > 1 and raw[0].lower() in ("which", "that", "whom"):
                np = _clean_np(lex, " ".join(raw[1:]))  # 'The death toll, which officials put at
                if np and _valid_np(np, lex):  # 45, …': the relative clause's own subject
                    return np
            if k and len(raw) == 1 and raw[0].lower() in ("who", "which"):
                # 'a figure disputed by organisers, who put the crowd at 15,000': the antecedent;
                # 'rejected by the opposition, which put the number at 100' (a body: after 'by' only)
                prev = _words(text[segs[k - 1][0] : segs[k - 1][1]])
                cut = [j for j, w in enumerate(prev) if w.lower() in lex.grammar["prepositions"]]
                if cut and raw[0].lower() == "which" and prev[cut[-1]].lower() != "by":
                    cut = []  # ('the toll released by the hospital in Gaza, which said': not Gaza)
                if cut and cut[-1] + 1 < len(prev):
                    np = " ".join(prev[cut[-1] + 1 :])
                    if _valid_np(np, lex):
                        return np
                elif not cut and raw[0].lower() in ("who", "which") and (
                    the := [j for j, w in enumerate(prev) if j and w.lower() in ("the", "a", "an")]
                ):  # 'We reached the OCS Kayole, who told us 23 …': the object the clause is of; a
                    # body's 'which': 'Its figure contradicts the army, which said only five died'
                    np = " ".join(prev[the[-1] :])
                    if (
                        _valid_np(np, lex)
                        and not _is_pronoun(lex, np)
                        and (
                            raw[0].lower() == "who"
                            or claimant_type(np, lex) not in (None, "other")
                            and not any(w.lower() in lex.grammar["prepositions"] for w in prev)
                        )  # (not 'the figure given by X on Thursday morning, which counted': the 'by' reading's)
                    ):
                        return np
            continue
        if (
            k
            and text[segs[k - 1][1] : lo].strip() == ","
            and NAME_LIST_TAIL.fullmatch(text, lo, hi)
            and (head := PLACES_AFTER.fullmatch(text, segs[k - 1][0], segs[k - 1][1]))
            and (np := _clean_np(lex, head["np"]))
            and _valid_np(np, lex)
        ):  # 'Our monitors in Freetown, Makeni and Bo have recorded': the places end the subject
            return np
        if k > 1 and text[lo - 2 : lo] in GLOSS_OPENS:
            continue  # a name's gloss: 'Yodi Dashti Kalon ("Remembering Dashti Kalon"), has compiled'
        if k and text[lo - 1 : lo] == "(" and raw and len(raw) <= 4 and all(w.islower() for w in raw):
            continue  # a gloss in brackets in lower case: 'The head of the health centre (puskesmas) says'
        if k and text[lo - 1 : lo] == "(" and _opens_relative(text, segs[k - 1], lex):
            continue  # 'X, who heads the office of the Agency (NEMA), said': the bracket is the agency's
        rel = RELATIVE_END.search(text, max(sent_lo, lo - 8), lo) if k else None
        if (
            rel
            and rel.group().lower() == "that"
            and PREPOSITION_BEFORE.search(text, max(sent_lo, rel.start() - 6), rel.start())
            and _valid_np(joined := _clean_np(lex, text[segs[k - 1][0] : hi]), lex)
        ):
            return joined  # 'that' a demonstrative: 'The organisers of that sit-in (said)'
        if rel and (rel.group().lower() != "that" or _opens_with_article(text, segs[k - 1])):
            continue  # '…, a body that monitors prisons,' (but 'reported that officials said')
        if (
            rel
            and k > 1
            and _words(text[segs[k - 1][0] : segs[k - 1][1]])[:1] in (["the"], ["The"])
            and text[segs[k - 2][1] : segs[k - 1][0]].strip() == ","
            and COMMA_THEN_VERB.fullmatch(text, hi, verb_at)
        ):
            skip = k - 1  # 'X, the volunteer collective that maps crowds, (counted)': the appositive and its clause
            continue
        if k == skip:
            continue
        if k and len(raw) > 1 and _is_pronoun(lex, raw[0]) and not all(w in AUXILIARIES for w in raw[1:]):
            continue  # '… because he was not authorised to speak …, said' (but '… that they had identified')
        if k and DASH_BEFORE.search(text, max(sent_lo, lo - 3), lo) and DASH_AFTER.match(text, hi):
            continue  # an aside between dashes: 'Interior Minister X — no relation to the bloc's leader — said'
        if k and raw and all(w.lower() in time_words(lex) for w in raw):
            continue  # 'The ministry, which had reported two deaths, on Thursday raised its toll'
        if k and len(raw) == 1 and AGE.fullmatch(raw[0]):
            continue  # an age in apposition: 'Mzee Josphat Kariuki, 71, said'
        if k and raw and raw[0].lower() in ("a", "an") and text[hi:verb_at].strip():
            continue  # an appositive: 'X, an independent state body, said' (but '…, a police
            #           spokesman said.' names the speaker right before its verb)
        if k == len(segs) - 1 and text.find("wh", lo, hi) >= 0 and (rel := RELATIVE_SUBJECT.search(text, lo, hi)):
            np = _clean_np(lex, rel["np"])  # 'in an accident which police said (killed 62)'
            if rel.group().lstrip().startswith("where") and any(
                w.lower() in AUXILIARIES or w.lower().endswith("ed") for w in rel["np"].split()
            ):
                np = None  # ('the official in the district where the hospital is located later said': a clause of its own)
            if np and not _is_pronoun(lex, np) and _valid_np(np, lex):
                return np
        np = _clean_np(lex, text[lo:hi])
        if (
            (dated := TIME_TAIL.search(np))
            and dated.start()
            and not _valid_np(np, lex)
            and _valid_np(np[: dated.start()], lex)
            and not np[:1].islower()
        ):
            np = np[: dated.start()]  # "CONRED's first bulletin on the evening of 3 March (reported 14)"
        if (lead := LEAD_TIME.match(np)) and lead.end() < len(np):
            np = np[lead.end() :]  # 'A day later it raised the figure': 'it'
        elif (
            (tail := np.rsplit(" ", 1))[-1] in SUBJECT_PRONOUNS
            and len(tail) == 2
            and (opening := _words(text[sent_lo:hi]))
            and (opening[0].lower() in TIME_OPENERS or [w.lower() for w in opening[:2]] == ["as", "of"])
            and "," not in text[sent_lo:hi]
        ):
            np = tail[-1]  # the sentence's opening phrase before its pronoun: 'After months of hearings it (wrote that …)'
        if (reduced := SHARED_THING.match(np)) and not _valid_np(np, lex):
            np = reduced["np"]  # 'A post shared on the anniversary of the shooting (claims that 300 …)': the post
        words = _words(np)
        if _document(words, lex) and (
            made := _made_by(np, lex) or (None if DOCUMENT_BY.search(np) else maker)
        ):  # (a document that names its makers, 'An independent count by X, commissioned by
            return made  # Y, put …', is X's) 'The first official count, issued … by the committee, listed 12 dead'
        if _document(words, lex) and not _valid_np(np, lex) and (by := DOCUMENT_BY.search(np)):
            made = _clean_np(lex, by["np"])  # 'A 2016 study by two geographers at the Academy of
            if made and _valid_np(made, lex):  # Sciences in Dushanbe, …, estimated': its makers
                return made
        if len(words) > 1 and WHO_END.search(text, lo, hi) and words[-1][:1].islower():
            # 'have spoken to residents who say that 12 …': the antecedent speaks
            cut = max(
                j
                for j, w in enumerate(words)
                if j == 0
                or w.lower() in lex.grammar["prepositions"]
                or (w.islower() and w.endswith(("ed", "en")))
            )
            words = words[cut + 1 :] if 0 < cut < len(words) - 1 else words
            np = " ".join(words)
        said = [
            j
            for j, w in enumerate(words)
            if (
                j
                or k
                and w not in TOLD
                and words[1:2]
                and (
                    words[1][:1].isupper()
                    or words[1] in ("the", "a", "an")
                    or words[1] in OWNERS and not text[hi:verb_at].strip()  # '…, saying its volunteers had (recorded)'
                )
            )
            and w.islower()
            and w in lex.speech_verbs
            and w not in lex.grammar["nouns_too"]
        ]  # (a clause after a comma may open with it: 'Ms Memon, a teacher, said the union had …')
        if said and words[said[-1] + 1 : said[-1] + 2] == ["by"] and said[-1] > 1:
            words = words[: said[-1]]  # 'a village elder quoted by Radio Free Asia (said)'
            np = " ".join(words)
        elif (
            said
            and 0 < said[-1] < len(words) - 2
            and words[said[-1]] in TOLD
            and words[-1].lower() in SUBJECT_PRONOUNS
        ):  # 'Historian Elira Kola told this newspaper she (believes)': the teller, not the hearer
            words = words[: said[-1]]
            np = " ".join(words)
        elif said and said[-1] + 1 < len(words):  # 'Amnesty said it (had documented)': 'it'
            words = words[said[-1] + 1 :]
            np = " ".join(words)
        if not words:
            continue
        prepositions = lex.grammar["prepositions"]
        if len(words) > 2 and words[0].lower() in prepositions and words[1].lower() in ("which", "whom"):
            words = words[2:]  # '…, in which officials said 121 were killed': the relative's subject
            np = " ".join(words)
        first = words[0]
        opens_with_time = first[0].isdigit() or _is_time(lex, first) or (
            first.lower() in ("the", *lex.grammar["year_determiners"])
            and any(_is_time(lex, w) for w in words[1:3])
            and (rest := _after_time(lex, words)) is not None
            and (rest[0] == "the" or rest[0][:1].isupper())
        )  # (its preposition cut: 'On the first evening the Interior Ministry (spoke of four)'; not
        #    "The ministry's evening bulletin (said)")
        if (opens_with_time or first.lower() in prepositions) and (rest := _after_time(lex, words)):
            words, np, first = rest, " ".join(rest), rest[0]  # 'On 21 January AFAD (said)'
            if (subject := _subject_after_adverbial(words, lex)) is not None:
                words, np, first = subject, " ".join(subject), subject[0]
        elif (
            first.lower() in prepositions
            and not CLAUSE_CLOSES_AFTER.match(text, verb_at)
            and (subject := _subject_after_adverbial(words, lex)) is not None
            and _valid_np(" ".join(subject), lex)
        ):  # an opening phrase with no comma: 'In its first update the CNE (says)', 'At a briefing the police (said)'
            # (not a relative clause inside it: 'Of the two other cases the mayor mentions, one …')
            words, np, first = subject, " ".join(subject), subject[0]
        if first.lower() in prepositions:  # ', in a video statement,' -> look further back
            continue
        if first.islower() and verb_form(first, lex):
            maker = maker or _made_by(np, lex)  # ', shared by users,', ', issued at dawn by the committee,'
            continue  # ', speaking on condition of anonymity,', ', set up in April 2001,' -> look further back
        if first.islower() and first in lex.speech_verbs:  # 'X, which …, said on Monday that
            continue  # it had counted 33,000': a verb, not the speaker -> look further back
        if k and raw and raw[0].lower() == "and" and words[0].lower() in ("other", "others"):
            continue  # 'the Project (LRDP) and other sources estimated': the one named before them
        if (
            k
            and raw[0].lower() in prepositions
            and text[segs[k - 1][1] : lo].strip() == ","
            and (words == raw[1:] or not _valid_np(np, lex))
        ):
            continue  # an adverbial set off by commas before the verb: 'X, on its part, (put)', 'X, on 18 March, (spoke of)'
        if (
            k
            and len(words) == 1
            and _acronym(words[0])
            and text[lo - 1 : lo] == "("
            and REPORTS_BY.search(text, segs[k - 1][0], segs[k - 1][1])
        ):
            continue  # a document by a body named with its acronym: 'Early reports by the Harbour Fire Service (HFS) (gave)'
        if _valid_np(np, lex):
            place = _bare_name(words, lex) and _names_body(text[segs[k - 1][0] : segs[k - 1][1]], lex)
            described = first.islower() and (first in lex.speaker_words["org_words"] or first in lex.speaker_words["person_roles"])
            # ', organisation of medical doctors,'; a role with no article: 'Dr. Lina Majali, director of X Hospital, said'
            if k and (first == "the" or place or described) and COMMA_THEN_VERB.fullmatch(text, hi, verb_at) and text[segs[k - 1][1]] == ",":
                # 'X, the city's emergency service, said': X (but 'Police, the army and the
                # ministry said' is a list; after a comma X may be one too: 'A, B, the C, said')
                opens = k == 1 or text[segs[k - 2][1]] in ":)("
                name = _named_before_appositive(text, segs[k - 1], lex) if opens else None
                return name or np
            return np
        if (joined := AND_CLAUSE_SUBJECT.search(np)) and _valid_np(joined["np"], lex):
            return joined["np"]  # 'The ministry has sent 150 police to the border and the army says 200 …'
        if first.lower() in {"the", "a", "an"}:  # an appositive: ', the largest in the city,'
            continue
        return None
    return None


NAME_LIST_TAIL = re.compile(
    r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+[a-z]+){0,3}\s*"
)  # the last items of a list of names after a comma, then the verb's auxiliaries: 'Makeni and Bo have also'
PLACES_AFTER = re.compile(
    r"\s*(?P<np>[^,]+?)\s+(?:in|from|across|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*"
)  # a subject with the first place of its list: 'Our monitors in Freetown'
COMMA_THEN_VERB = re.compile(r"\s*,\s*(?:(?:later|also|then|now|again|earlier|[a-z]+ly)\s+)?")
# between an appositive and its speech verb: ', ' or ', later ' ('X, the district's top official, later told …')
CLAUSE_CLOSES_AFTER = re.compile(r"[\w'’-]+\s*,")  # the verb ends its clause: a relative clause's
RELATIVE_ASIDE = re.compile(
    r"(?<=[\w)]),\s+(?:whose|who|which)\s[^,;:()\n]{2,160}(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,\s*$"
)  # ('X, which organises a ceremony in Ubon Ratchathani, Thailand, told …': a place's comma within)
# a relative clause set off by commas between a subject and its verb, quoted titles inside it
AND_CLAUSE_SUBJECT = re.compile(
    r"\s(?:and|but)\s+(?P<np>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})$"
)  # a clause joined by 'and' that has its own subject before the speech verb: 'the army'


MADE_BY = re.compile(
    r"\b(?:issued|published|released|compiled|prepared|conducted|produced|carried\s+out|commissioned)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+by\s+(?P<np>.+)$"
)  # 'published in 2019 by researchers at the University of Danang'
DOCUMENT_BY = re.compile(
    r"\b(?:count|tally|estimate|report|study|survey|analysis|review|audit|list|assessment|inquiry|investigation)"
    r"\s+by\s+(?P<np>.+)$"
)  # a document named with its makers, too long to be one name: the makers
REPORTS_BY = re.compile(
    r"\b(?:reports?|counts?|tall(?:y|ies)|estimates?|figures?|statements?|bulletins?|updates?)\s+by\s+(?:(?!\band\b)[^()])+$", re.IGNORECASE
)  # what a body gave, before its name and the acronym in brackets: 'Early reports by the Harbour Fire Service (HFS)'
#    (not a joint count's: 'by the Council and the Medical and Dental Association (SLMDA)')


def _document(words: list[str], lex: Lexicon) -> bool:
    """The words open with a document or count as their subject: 'The first official count',
    'A study published in 2019 by …' (the heads are ``lex``'s ``grammar.document_heads``)."""
    document_heads = lex.grammar["document_heads"]
    heads = [j for j, w in enumerate(words[:5]) if w.lower() in document_heads]
    return bool(heads) and words[0].lower() in ("the", "a", "an", "its", "their", "his", "her")


def _made_by(np: str, lex: Lexicon) -> str | None:
    """The maker a participle names: 'issued at dawn by the provincial committee' -> 'the
    provincial committee'."""
    m = MADE_BY.search(np)
    made = _clean_np(lex, m["np"]) if m else None
    return made if made and _valid_np(made, lex) else None


def _owned_document(np: str, lex: Lexicon) -> str | None:
    """The possessive of 'Its report', 'their findings', 'his office' (a document or office
    owned by someone named before), else None."""
    words = np.split()
    if len(words) not in (2, 3) or words[0].lower() not in OWNERS:
        return None
    head = words[-1].lower()
    if head in lex.data["speakers"]["document_nouns"] or head in ("office", "toll", "estimate", "figure"):
        return {"its": "it", "their": "they", "his": "he", "her": "she"}[words[0].lower()]
    return None


OWNERS = frozenset({"its", "their", "his", "her"})


def _opens_relative(text: str, seg: tuple[int, int], lex: Lexicon) -> bool:
    words = _words(text[seg[0] : seg[1]])
    return bool(words) and words[0].lower() in lex.grammar["relatives"]


def _bare_name(words: list[str], lex: Lexicon) -> bool:
    """One or two capitalised words naming no role or body: a place in apposition ('The
    Federal Medical Centre, Lokoja, admitted 52'), or a person's name after a body's."""
    org_words = lex.speaker_words["org_words"]
    return (
        0 < len(words) <= 2
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not any(w.lower() in lex.claimant_nouns or w.lower() in org_words for w in words)
    )


def _names_body(np: str, lex: Lexicon) -> bool:
    """A name holding an organisation's word and no person's role ('The Federal Medical
    Centre'; not 'The Commissioner of Police', whose name follows)."""
    org_words, roles = lex.speaker_words["org_words"], lex.speaker_words["person_roles"]
    words = [w.lower() for w in _words(np)]
    body = any(w in org_words for w in words) or claimant_type(np, lex) not in (None, "other")
    person = any(
        w in roles and (k == len(words) - 1 or words[k + 1] in ("of", "for")) for k, w in enumerate(words)
    )  # ('The Commissioner of Police', 'the police spokesman'; not 'The General Hospital')
    return body and not person


def _named_before_appositive(text: str, seg: tuple[int, int], lex: Lexicon) -> str | None:
    """The name that opens a sentence before an appositive and its verb: 'SAMUR-Protección
    Civil, the city's emergency service, said', 'Olga Petrova, the region's governor, said'
    (the name, not the description); not an opening adverb or time ('Separately, the
    ministry said', 'On Monday, the ministry said')."""
    np = _clean_np(lex, text[seg[0] : seg[1]])
    words = _words(np)
    if not words or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return None
    first = words[0].lower()
    if first in lex.grammar["prepositions"] or _is_time(lex, first) or first in lex.grammar["speaker_adverbs"]:
        return None
    if len(words) == 1 and (first.endswith("ly") or first in {"the", "a", "an"}):
        return None
    return np if _valid_np(np, lex) else None


NAME_PARTICLES = frozenset({"of", "for", "the", "and", "de", "del", "la", "al", "on"})


LEAD_TIME = re.compile(
    r"(?:(?:a|an|" f"{number_words(1, 7)}" r"|several|some|a\s+few|\d{1,2})\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|after(?:wards)?|ago)"
    r"|(?:the|that)\s+(?:next|following|same)\s+(?:day|morning|afternoon|evening|night|week)"
    r"|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night|week)"
    r"|(?:at|by|around|shortly\s+(?:before|after))\s+(?:\d{1,2}[:.h]\d\d|\d{1,2}\s*[ap]\.?m\.?|noon|midnight)"
    r"(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local\s+time))?)\s+",
    re.IGNORECASE,
)  # a time phrase opening the clause before its subject: 'A day later it', 'The next day police',
#    a clock time ('At 15:20 the ministry's spokesman wrote …', 'By 9 p.m. police said …')
AGE = re.compile(r"\d{1,3}")  # a person's age between commas
RELATIVE_END = re.compile(r"\b(?:that|which|(?-i:who)|whom)\s*$", re.IGNORECASE)  # a boundary word
RELATIVE_BEFORE = re.compile(r"\b(?:which|who|whom|that)\s+(?:it|they)\s+$")  # ', which it (said)'


RELATIVE_SUBJECT = re.compile(r"\s(?:which|whom|where)\s+(?P<np>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})\s*$")
# the subject of a relative clause's speech verb: '… an accident which police said killed 62', '… in
# the town where the government said 55 people were killed' (not the main clause's 'The crush happened')
ADDRESSED = re.compile(
    r"\s*[\"“]?(?:(?:[Aa]nd|[Bb]ut|[Ss]o)\s+)?(?:[Tt]o|[Ff]or)\s+(?P<np>(?:the|this|that|our|a)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*"
)  # the one a sentence is addressed to, before its relative clause: 'And to the minister (who says …)'
WHO_END = re.compile(r"\s(?:(?-i:who)|that)\s*$", re.IGNORECASE)  # a relative clause's subject before its verb


def _is_time(lex: Lexicon, word: str) -> bool:
    """A day, a part of a day or a month ('Monday', 'morning', 'January')."""
    low = word.lower()
    return low in lex.grammar["time_words"] or low in lex.months


def _after_time(lex: Lexicon, words: list[str]) -> list[str] | None:
    """The words after an opening time phrase ('On 21 January', 'By Monday morning'), when
    some follow it; else None."""
    owners = lex.grammar["year_determiners"]
    ends = [
        j
        for j, w in enumerate(words[:6])
        if (_is_date_part(lex, words, j) or _is_time(lex, w))
        and not (j and words[j - 1].lower() in owners)  # 'in a 2006 report': a noun's year
    ]
    return words[ends[-1] + 1 :] if ends and ends[-1] + 1 < len(words) else None


def _is_date_part(lex: Lexicon, words: list[str], j: int) -> bool:
    """words[j] opens the words, or is a year or a day of a month ('On 21 January', 'By
    January 21'), not a count after a preposition ('at least 30 people')."""
    w = words[j]
    if not w[0].isdigit():
        return False
    if j == 0 or len(w) == 4 and w.isdigit():
        return True  # ('58-year-old Dil Bahadur Tamang', '… counted 65,000 people and the organisers')
    near = words[j - 1 : j] + words[j + 1 : j + 2] if j else words[j + 1 : j + 2]
    return any(_is_time(lex, n) for n in near)


def _main_subject(text: str, sent_lo: int, verb_at: int, lex: Lexicon) -> str | None:
    """The subject of the main clause (for participles: 'X provided details, naming …')."""
    for lo, hi in _segments(text, sent_lo, verb_at):
        seg = text[lo:hi].strip()
        if lo == sent_lo and seg.isupper() and DASH_AFTER.match(text, hi):
            continue  # a dateline ('CÚCUTA - The first number came …', 'GOMA, Congo (Reuters) -') is no subject
        words = _words(seg)
        if words and words[0].lower() in lex.grammar["prepositions"] and (rest := _after_time(lex, words)):
            # 'In the afternoon the National Disaster Management Organisation gave …'
            lo = [m.start() for m in NAME_WORD.finditer(text, lo, hi)][len(words) - len(rest)]
            words = rest
        if (
            not words
            or words[0].lower() in lex.grammar["prepositions"]
            or len(words) == 1
            and seg[0].isupper()
            and seg.lower() in lex.grammar["speaker_adverbs"]
        ):
            continue
        if len(words) == 1 and words[0].lower() in lex.grammar["speaker_adverbs"]:
            continue
        if (
            len(words) > 1
            and words[0].lower().endswith(("ed", "ing"))
            and words[1].lower() in lex.grammar["prepositions"]
        ):
            continue  # a participle opening the sentence: 'Asked about the killings, the ministry …'
        if len(words) == 1 and lo == sent_lo and VOCATIVE_AFTER.match(text, hi):
            continue  # a question's address: 'Chief, there are posts saying …' (no subject)
        if text[sent_lo:lo].strip().lower() in DEMONSTRATIVES:
            return None  # 'That brought its count to nine': the sentence before is the subject
        if text[sent_lo:lo].strip().lower() in TIME_OPENERS and "," not in seg:
            pronoun = next((w for w in words[1:8] if w in SUBJECT_PRONOUNS), None)
            if pronoun:
                return pronoun  # 'After fourteen months of hearings it identified …, and wrote that': 'it'
        np = _leading_np(text, lo, hi, lex)
        if np and (subject := _subject_after_adverbial(np.split(), lex)) and _valid_np(" ".join(subject), lex):
            np = " ".join(subject)  # 'By the end of that week the provincial committee (had …)'
        if np and (named := _apposed_name(text, np, _segments(text, sent_lo, verb_at), (lo, hi), lex)):
            return named
        if np:
            return np
    return None


def _apposed_name(text: str, np: str, segs: list[tuple[int, int]], seg: tuple[int, int], lex: Lexicon) -> str | None:
    """The name an indefinite description opening a sentence stands in apposition to: 'A
    monitoring group, the Civic Watch Forum, gave a higher count, saying …' and 'A lawyers'
    network that monitors protests, the Legal Aid Network, gave …' are the name's (the name
    between commas, in one of the two segments after the description's)."""
    words = np.split()
    if words[0].lower() not in ("a", "an") or any(w[:1].isupper() for w in words[1:]):
        return None
    k = segs.index(seg) if seg in segs else -1
    for lo, hi in segs[k + 1 : k + 3] if k >= 0 else []:
        if text[hi : hi + 1] != ",":
            continue  # (the name is closed by a comma before the verb's clause)
        if (name := _named_before_appositive(text, (lo, hi), lex)) and any(w[:1].isupper() for w in _words(name)):
            return name
    return None


def main_subject(text: str, sent_lo: int, verb_at: int, lex: Lexicon) -> str | None:
    """The subject of the clause before the verb at ``verb_at`` in the sentence from ``sent_lo``
    ('The regional police command issued a communique': 'The regional police command')."""
    return _main_subject(text, sent_lo, verb_at, lex)


def leading_np(text: str, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The subject noun phrase that opens text[lo:hi] ('the ministry said …': 'the ministry')."""
    return _leading_np(text, lo, hi, lex)


def _via_after(text: str, at: int, sent_hi: int) -> str | None:
    """The named channel after 'told': 'told The Guardian there …' -> 'The Guardian'."""
    m = OUTLET_NAME.match(text[at:sent_hi])
    if not m:
        return None
    words = m.group(1).split()
    if words and (generic := GENERIC_CHANNEL.match(text, at + m.end(1))):
        return " ".join([*words, generic["noun"]])  # 'told Italian media' (not 'Italian')
    return " ".join(words) if words and words[-1][0].isupper() else None


GENERIC_CHANNEL = re.compile(r"(?P<noun>media|television|radio|press|outlets|newspapers|broadcasters|state\s+media)\b")


def topic(text: str, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The subject a sentence opens with, when it names a body or person ('The opposition
    coalition disputes that.'): what a following 'It says …' refers to; not a count ('Seven of
    its nine carriages left the rails. It denied …': 'It' is no carriage)."""
    if np := count_owner(text, lo, hi, lex):
        return np  # 'A third estimate came from a group of students at X, who …. They put …': the students
    subject = _main_subject(text, lo, hi, lex)
    return None if subject and COUNT_OPENING.match(subject) else subject


def count_owner(text: str, lo: int, hi: int, lex: Lexicon) -> str | None:
    """Whose count a sentence says a count is: 'A third estimate came from a group of students',
    'The most careful count, most historians agree, is that of the X Project' (what a following
    'It named 23 dead' stands for), else None."""
    if (came := ESTIMATE_CAME_FROM.match(text, lo, hi)) and _valid_np(np := _clean_np(lex, came["np"]), lex):
        return np
    return None


SHARED_THING = re.compile(
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){0,2}?(?:post|posts|tweet|tweets|message|messages"
    r"|video|videos|article|letter|petition|leaflet|flyer|graphic|image|claim))\s+(?:shared|posted|circulated"
    r"|circulating|published|sent|forwarded|seen|viewed|spread|going)\b"
)  # a thing passed around, its participle after it: whose words it is, not where it went


ESTIMATE_CAME_FROM = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?(?:figures?|toll|count|estimates?|numbers?|tally)"
    r"(?:\s+(?:came|comes|come)\s+from|(?:\s*,[^,;.]{1,40},)?\s+(?:is|was)\s+(?:that|the\s+one)\s+(?:of|by))\s+(?P<np>[^,;.()\"“”]{2,100})"
)  # ('The most careful count, most historians agree, is that of the X Project, …. It named 23 dead')  # a sentence that tells where a count came from: its source is whom 'They' then means


COUNT_OPENING = re.compile(
    rf"(?i:\d|(?:{number_words(1, 12)}|dozens|hundreds|thousands"
    r"|several|some|many|most|all|none|half)\b)"
)  # a subject that counts things is no body a pronoun may stand for


def speech_verb_end(text: str, lo: int, hi: int, lex: Lexicon) -> int | None:
    """Where the first speech verb of text[lo:hi] ends, or None."""
    m = _first_verb(lex, folded(text), lo, hi)
    return m.end() if m else None


def told_by_speech_verb(text: str, lo: int, hi: int, pos: int, end: int, lex: Lexicon) -> bool:
    """Whether the figure at text[pos:end] of the sentence text[lo:hi] is its speaker's by a
    speech verb of its own clause: 'The police said 38,000', 'the governor counting two dead';
    not 'admitted 52 burns patients' (an act), nor 'Records show that the hospital treated 23'
    (the speech verb is another clause's, the figure's own verb 'treated')."""
    if _attribute(text, lo, hi, pos, lex, lambda: None, end).rule not in ("attribution/speech-verb", "attribution/participle"):
        return False
    verbs = _verbs(lex, folded(text), lo, pos)
    return bool(verbs) and not any(FINITE_HINT.fullmatch(w) for w in text[verbs[-1].end() : pos].split())


def _people(np: str, lex: Lexicon) -> bool:
    """The noun phrase names people or a body (a claimant noun that is no document's):
    'the families and lawyers' (we work with), not 'the testimonies' or 'the records' (we
    collected), which are the writer's own."""
    documents = lex.data["speakers"]["document_nouns"]
    words = [w.lower() for w in _words(np)]
    return any(w in lex.claimant_nouns and w not in documents for w in words)


def _in_closed_relative(text: str, lo: int, at: int, pos: int) -> bool:
    """Whether the verb at ``at`` is inside a clause of place or time set off by commas that closes
    before the figure at ``pos``: 'In Los Angeles, where police estimated the crowd at 30,000,
    one person was arrested …, said Officer Lucy Diaz' (the estimate is police's, the arrest is
    not); not a clause still open at the figure ('…, where police said 12 were hurt')."""
    opening = RELATIVE_OPEN.search(text, max(lo, at - 40), at)
    if opening is None:
        return _relative_then_that(text, lo, at, pos)
    close = text.find(",", at, pos)
    return close >= 0 and BOUNDARY.search(text, opening.end(), at) is None


def _relative_then_that(text: str, lo: int, at: int, pos: int) -> bool:
    """Whether the verb at ``at`` is inside a 'which' or 'who' clause that a comma closes
    before an 'and that' going on with the sentence's speech verb: 'Police also said officers
    had arrested two detainees over the fire, which investigators believe was set deliberately,
    and that about 25 officers remained posted' (the police's 25, not the investigators')."""
    if text.find("and that", at, pos) < 0:  # (a cheap test first)
        return False
    opening = WHICH_OPEN.search(text, max(lo, at - 40), at)
    if opening is None:
        return False
    then = AND_THAT.search(text, at, pos)
    return then is not None and BOUNDARY.search(text, opening.end(), then.start()) is None


AND_THAT_BEFORE = re.compile(r",?\s+and\s+that\s+(?:its|their|his|her)\s+[\w'’ -]{1,30}$")
WHICH_OPEN = re.compile(r",\s+(?:which|who)\s+(?:[\w'’-]+\s+){0,4}$")
AND_THAT = re.compile(r",\s+and\s+that\b")


RELATIVE_OPEN = re.compile(r",\s+(?:where|when)\s+(?:[\w'’-]+\s+){0,4}$")
# (a place's or a time's clause; not 'which'/'who', whose speaker is often the noun it
# describes: 'Its count, which it says is based on interviews, includes two sisters')


def _bracketed(text: str, lo: int, at: int, pos: int) -> bool:
    """Whether the verb at ``at`` is inside a bracket that closes before the figure at ``pos``:
    an infobox cell's '40+ killed (SAF claim)[3] 11 civilians killed[5]' (the claim is the 40's,
    not the 11's)."""
    close = text.find(")", at, pos)
    if close < 0:
        return False
    opening = text.rfind("(", lo, at)
    return opening >= 0 and text.find(")", opening, at) < 0


def attribute(
    text: str,
    sent_lo: int,
    sent_hi: int,
    pos: int,
    lex: Lexicon,
    previous: str | Callable[[], str | None] | None = None,
    end: int | None = None,
    earlier: Callable[[int], str | None] | None = None,
) -> Attribution:
    """Who the sentence text[sent_lo:sent_hi] says made the claim at ``pos`` (ending at
    ``end``, when known).

    ``previous`` is the claimant of the sentence before (same paragraph), or a function that
    finds it when it is needed: quotations and pronoun subjects ('He added that …') inherit it.
    ``earlier(k)``, when given, is the claimant of the sentence ``k`` before: an 'it' that
    cannot be the people of the sentence before is the body of one further back.
    """
    before = previous if callable(previous) else (lambda: previous)
    return _attribute(text, sent_lo, sent_hi, pos, lex, before, pos if end is None else end, earlier)


def _attribute(
    text: str,
    sent_lo: int,
    sent_hi: int,
    pos: int,
    lex: Lexicon,
    previous: Callable[[], str | None],
    end: int,
    earlier: Callable[[int], str | None] | None = None,
) -> Attribution:
    claimant: str | None = None
    via: str | None = None
    figure_end = end
    # 'About 24,000 according to the police, 160,000 according to the unions': an 'according
    # to' right after the figure is its own, whatever comes before
    low = folded(text)
    late = ACCORDING.search(text, end, sent_hi) if _may_accord(low, end, sent_hi) else None
    if late and (
        (
            (between := FIGURE_START.search(text, end, late.start()))
            and not FIGURE_LIST.fullmatch(text, end, late.start())
            and not PART_OF_IT.match(text, between.start(), late.start())
        )  # ('54 were treated, 12 of them for serious injuries, according to X': the part's too)
        # ('killed 699 people in 2024, according to X'; '23 dead, 40 hurt, according to X' is a list)
        or late.start() - end > 60
        and (
            not _closes_clause(text, _past_what(text, late.end(), sent_hi), sent_hi)
            or CLAUSE_BREAK.search(text, end, late.start())
        )
    ):
        late = None  # it follows another figure, or is far away and does not close the clause
    own = late is not None and late.start() - end <= 24
    rules = patterns(lex)
    for rule in ("attribution/by-agent", "attribution/relative-agent", "attribution/as-agent"):
        # 'the 74 arrests announced by the minister', 'the four deaths the government acknowledged'
        if rule in AGENT_NEEDS and text.find(AGENT_NEEDS[rule], end, sent_hi) < 0:
            continue  # (a cheap test first: the word every match of the rule holds, as written)
        by = rules[rule].match(text, end, sent_hi)
        if by:
            raw = by["np"]
            if (dated := TIME_TAIL.search(raw)) and dated.start():
                raw = raw[: dated.start()]  # 'the 27 arrests announced by the police spokesman on 12 May'
            np = _clean_np(lex, AGENT_CLAUSE_AFTER.sub("", raw))
            if np and _valid_np(np, lex):
                return Attribution(np, claimant_type(np, lex), None, rule)
            break
    reported = (
        rules["attribution/reports-that"].search(text, max(sent_lo, pos - 140), pos)
        if text.find("that", max(sent_lo, pos - 64), pos) >= 0  # (a cheap test first)
        else None
    )
    if reported:  # 'rejecting reports from X that two men were shot': the reports', not the speaker's
        return _reports(reported, lex, MADE_AFTER.match(text, end, sent_hi))
    if (
        ("'s " in text[max(sent_lo, pos - 120) : pos] or "’s " in text[max(sent_lo, pos - 120) : pos])
        and (owned := rules[OWNERS_STATEMENT].search(text, max(sent_lo, pos - 120), pos))
        and (np := _clean_np(lex, owned["np"]))
        and _valid_np(np, lex)
    ):  # "contradicting the government's statement in March 2001 that no child was among the victims"
        return Attribution(np, claimant_type(np, lex), None, OWNERS_STATEMENT)
    rule = "attribution/none"
    scan_to = min(sent_hi, pos + 32)  # a verb may start at the figure ('denied any …')
    verbs = [m for m in _verbs(lex, low, sent_lo, scan_to) if m.start() <= pos]
    verbs = [
        m
        for m in verbs
        if _speech_use(text, sent_lo, m, lex)
        and not _bracketed(text, sent_lo, m.start(), pos)
        and not _in_closed_relative(text, sent_lo, m.start(), pos)
    ]
    if verbs and (_object_figure_before(text, verbs[-1], pos) or COMPARED_WITH.search(text, verbs[-1].end(), pos)):
        verbs = verbs[:-1]  # 'crowds that reporters put at more than 100,000, and the dispersal … left ten dead'
    quote = _quote_start(text, sent_lo, pos) if verbs else None  # (it only filters verbs)
    if (
        verbs
        and quote is None
        and text[sent_lo : sent_lo + 1] in ("'", "‘")
        and SINGLE_CLOSE.search(text, pos, sent_hi)
    ):
        quote = sent_lo  # "'We counted 120 arrests,' says …": a quotation in single marks
    quoted_np = None
    if quote is not None:  # inside a quotation the speaker is named outside it
        inner = [m for m in verbs if m.start() > quote]
        verbs = [m for m in verbs if m.start() < quote]
        opener = text[sent_lo:quote].strip()
        if inner and (not opener or opener.endswith(":")):
            # a whole sentence quoted, whose words name another speaker ('"Police say only 4
            # died," she wrote'), not a fragment of the quoting speaker's claim ('The post
            # claims … "and the press said 2,000"': the post's)
            np = None
            for verb in reversed(inner):  # ('"The director told us 38 admitted …, 12 of them"': not 'admitted')
                clause = re.split(r"[;,:—–]|\s-\s", text[quote + 1 : verb.start()])[-1]
                np = _clean_np(lex, clause) if len(clause.split()) <= 6 else None  # (its verb's subject)
                if np and not np[:1].isdigit() and _valid_np(np, lex):
                    break
            if (
                np
                and not _is_pronoun(lex, np)
                and np.split()[0].lower() not in lex.grammar["possessives"]
                and _valid_np(np, lex)
                and (claimant_type(np, lex) != "other" or _definite_role(np, lex))
            ):
                quoted_np = np  # ('Voice note from Ibou (transcribed): "The director told us 38 admitted"')
    according = list(ACCORDING.finditer(text, sent_lo, pos)) if _may_accord(low, sent_lo, pos) else []
    acc_np = None
    if according:
        m = according[-1]
        end = BOUNDARY.search(text, m.end(), sent_hi)
        stop = end.start() if end else sent_hi
        if stop > pos and (verb := VERB_BEFORE_FIGURE.search(text, m.end(), pos)):
            stop = verb.start()  # 'the number of the participants according to data of the Directorate reached 3500'
        elif stop > pos and (told := SOURCE_BEFORE_FIGURE.search(text, m.end(), pos)):
            stop = told.end("noun")  # 'gathered according to police estimation 2,500 people': the source ends at its figure
        acc_raw = _named_source(text[m.end() : stop], lex)
        # ('According to information we have received from X': X's)
        if subject := ACC_SUBJECT.search(acc_raw):
            # 'Per the ministry it was 3 dead': the clause's subject; 'According to the
            # testimonies we collected': the writer's own records, as 'our information' is
            # (but 'According to the families and lawyers we work with': people, theirs)
            head = acc_raw[: subject.start()]
            mine = subject["p"] in ("we", "I") and not _people(head, lex)
            acc_raw = "" if mine else head
            if subject["p"] in OBJECT_OF and _document(_words(head), lex):
                acc_raw = OBJECT_OF[subject["p"]]  # 'According to the figures he cited, …': his, the speaker before
        acc_np = _clean_np(lex, acc_raw) or None
        acc_np = _whose_count(acc_np)
        if acc_np and acc_np.lower() in OBJECT_OF:
            acc_np = OBJECT_OF[acc_np.lower()]  # 'by his count': his, the speaker before
        if acc_raw.split(" ", 1)[0].lower() in ("which", "whom") and (told := TOLD_BEFORE_WHICH.search(text, sent_lo, m.start())):
            # 'rejects the version of the authorities, according to which only two died': the
            # version's owner ('the report by the UN, according to which …': the UN)
            owner = _clean_np(lex, told["owner"] or told["np"])
            acc_np = owner if owner and _valid_np(owner, lex) else None
    if verbs:
        v = verbs[-1]
        word = v.group().lower()
        participle = word.endswith("ing") and not PROGRESSIVE_BEFORE.search(text, max(sent_lo, v.start() - 8), v.start())
        # ('local television is reporting five dead': a finite verb, its subject before it)
        participle = participle or word in lex.speech_verb_lemmas and INFINITIVE_BEFORE.search(text, max(sent_lo, v.start() - 4), v.start()) is not None
        # ('The Secretariat wishes to underline that nobody …': the subject of the clause, as a participle's)
        with_np = WITH_SUBJECT.search(text, max(sent_lo, v.start() - 60), v.start())
        rule = "attribution/participle" if participle else "attribution/speech-verb"
        if v.group() in _light_verbs():
            rule = FIGURE_VERB
        elif v.group().lower() in _body_count_verbs():
            rule = BODY_COUNT
        carrier = CARRIER_BEFORE.search(text, max(sent_lo, v.start() - 60), v.start()) if participle else None
        if carrier and carrier["head"].lower() not in lex.speaker_words["claim_carriers"]:
            carrier = None
        if participle and with_np and _valid_np(_clean_np(lex, with_np["np"]), lex):
            claimant = _clean_np(lex, with_np["np"])  # 'with officials claiming that …'
        elif carrier:  # 'dismissed social media posts claiming 40 people had died': the posts' claim
            words = carrier["np"].split()
            verbs_in = [j for j, w in enumerate(words[:-1]) if w.endswith("ed") or w.lower() in lex.speech_verbs]
            if verbs_in:
                words = words[verbs_in[-1] + 1 :]  # ('dismissed social media posts', 'The ministry rejected reports': the posts, the reports)
            claimant = _clean_np(lex, " ".join(words))
        elif (
            participle
            and (shown := rules[OBJECT_PARTICIPLE].search(text, max(sent_lo, v.start() - 80), v.start()))
            and _valid_np(np := _clean_np(lex, shown["np"]), lex)
            and not _is_pronoun(lex, np)
        ):  # 'TVN24 had Dąbek on air saying …': the object the participle follows
            claimant, rule = np, OBJECT_PARTICIPLE
        elif participle and (finite := _finite_before(text, sent_lo, verbs[:-1], lex)):
            # 'X told reporters, adding that 114 were injured': the speaker of the verb before
            claimant = _attribute_verb(text, sent_lo, sent_hi, finite, lex)
        elif participle:
            claimant = _main_subject(text, sent_lo, v.start(), lex)
        elif disputer := _disputer(text, sent_lo, v.start(), lex):
            claimant = disputer  # '…, a figure the interior ministry disputes: it has acknowledged one death'
        else:
            claimant = _attribute_verb(text, sent_lo, sent_hi, v, lex)  # '"…," said Ann Lee'
            if claimant and v.end() <= pos and text.startswith(claimant, pos):
                # the phrase after a verb that opens its sentence is the figure's own, no speaker: the
                # verb goes on with the speaker before ('X says six. Also says two of their firefighters were hurt')
                claimant = previous() if VERB_OPENS.fullmatch(text, sent_lo, v.start()) else None
            if claimant is None and rule == FIGURE_VERB and len(verbs) > 1:
                # 'he raised the number of injured to 29 but kept the toll at four': the subject
                # of the verb it is coordinated with
                claimant = _attribute_verb(text, sent_lo, sent_hi, verbs[-2], lex)
            if claimant and word in FINDS and len(verbs) > 1 and _finder(claimant, lex) and INTRODUCES_LOOSE.match(
                text, verbs[-2].end(), v.start()
            ) and (told := _np_before(text, sent_lo, verbs[-2].start(), lex)) and not _is_pronoun(lex, told):
                # 'The minister told a news conference that rescuers had found seven people dead':
                # who found the dead is no body of record; the one who tells it is the speaker
                claimant, rule = told, "attribution/outer-verb"
            closing = _closing_source(text, pos, sent_hi, lex) if claimant else None
            opening = (
                acc_np
                if claimant and acc_np and according[-1].end() <= v.start() and _valid_np(acc_np, lex) and not _is_pronoun(lex, acc_np)
                else None
            )  # 'According to the commission's chair, Nairobi recorded 17 deaths': the source that opens the sentence
            listed = False
            if claimant and (
                _place_counts(text, v, claimant, lex, closed=closing is not None or opening is not None)
                or (listed := _places_listed(text, sent_lo, sent_hi, v, claimant, lex))
            ):
                # 'Rubavu now counts 31 dead, Nyabihu 24 …, according to the ministry': a place
                # the report names as one counts its dead, it tells nobody: the source the
                # sentence closes or opens with, else none (the speaker before may carry on)
                claimant = closing or opening
                if claimant is not None and claimant == opening:
                    acc_np = None  # (the opening source speaks for the figure; it relays no one)
                if claimant is None and (told := previous()) and plausible(told, lex) and (
                    told.isupper() or claimant_type(told, lex) != "other"
                ):  # (a body of record, not the sentence before's subject: 'Rain fell … in Tamba.')
                    claimant = told  # '…, MINEMA said. Rutsiro now counts 15 dead.': the account goes on
                rule = (PLACES_LISTED if listed else PLACE_COUNTS) if claimant else "attribution/none"
            if claimant and claimant.endswith(("'s", "’s")) and OWNED_CLAIM.match(text, v.start()):
                claimant = claimant[:-2]  # "The Ministry's claim that the counter-demonstration numbered 400": the ministry
        if (
            claimant is None
            or claimant.split()[0].lower() in lex.grammar["possessives"]
            and claimant.split()[0].lower() not in ("our", "my")  # ('Our own reporters … described': the writer's)
            or _unowned_data(claimant, lex)  # 'X indicated that data collected shows …': X's data
            and len(verbs) > 1
            and not REJECTING.match(verbs[-2].group())  # (not 'X dismissed figures showing …': the figures' own)
        ) and len(verbs) > 1:
            outer = verbs[-2]  # 'X said on Wednesday that its volunteers had documented 23'
            and_that = AND_THAT_BEFORE.search(text, max(sent_lo, v.start() - 40), v.start())
            # ('X said 3,000 took part and that its stewards had counted 3,120': its stewards, no
            #  speaker of their own, are X's)
            if and_that:  # 'X said in a statement published on its page that 61 …, and that its monitors counted 35'
                outer = next((o for o in verbs[:-1] if _np_before(text, sent_lo, o.start(), lex)), outer)
            if (
                INTRODUCES_LOOSE.match(text, outer.end(), v.start())
                or not BOUNDARY.search(text, outer.end(), v.start())
                or and_that
            ):  # 'X said (that) its volunteers had documented 23'
                outer_np = (
                    _main_subject(text, sent_lo, outer.start(), lex)
                    if claimant and outer.group().lower().endswith("ing") and text[sent_lo : outer.start()].rstrip().endswith(",")
                    else _np_before(text, sent_lo, outer.start(), lex)
                )  # ('X gave a higher count, saying its volunteers had recorded 52': a participle's subject is the sentence's)
                if outer_np:
                    claimant, rule = outer_np, "attribution/outer-verb"
        if claimant and _is_pronoun(lex, claimant):
            rule = "attribution/pronoun"
            outer = [_np_before(text, sent_lo, o.start(), lex) for o in verbs[:-1]]
            named = [o for o in outer if o and not _is_pronoun(lex, o)]
            if not named and (
                RELATIVE_BEFORE.search(text, max(sent_lo, v.start() - 24), v.start())
                or claimant.lower() in ("it", "they") and PRONOUN_AFTER_COLON.search(text, max(sent_lo, v.start() - 16), v.start())
            ):
                # 'the party held a rally, which it said drew 80,000'; 'AVCA disputes this: it
                # says four …': the sentence's subject
                subject = _main_subject(text, sent_lo, v.start(), lex)
                named = [subject] if subject and not _is_pronoun(lex, subject) and not COUNT_OPENING.match(subject) else []
            elif not named and SPLICED_PRONOUN.search(text, max(sent_lo, v.start() - 16), v.start()):
                # a post's 'My cousin works at the General, he says 40 …': the one the writer
                # relays, named before the comma (the clause after the name is cut later)
                subject = _main_subject(text, sent_lo, v.start(), lex)
                named = [subject] if subject and RELAYER.match(subject) else []
            # an unresolved 'He said' still is somebody's claim, not the report's own voice
            if named:
                claimant = named[-1]
            elif claimant.lower() not in ("i", "we") or QUOTE_MARKS.search(text, sent_lo, sent_hi):
                agreed = _agrees(claimant, previous(), lex)
                if agreed is None and earlier is not None and claimant.lower() == "it":
                    agreed = next(
                        (a for back in (2, 3) if (a := _agrees(claimant, earlier(back), lex)) and _a_body(a, lex)),
                        None,
                    )  # ('The union said …. The factory owners said …. It says 41 …': the union; not a
                    #     person's 'Sarr said …', whom 'it' is not: the entities' reading of 'it' later)
                claimant = agreed or claimant
            # (an unquoted 'I'/'we' is whoever speaks the text, not the sentence before's:
            #  'Good morning. I can confirm that eight …', a post's 'We admitted like 40')
        elif claimant and (owned := _owned_document(claimant, lex)):
            # 'The judicial commission of inquiry … tried to settle the matter. Its report,
            # submitted in August, lists 24 dead': the report's author, the subject before
            owner = previous()
            if owner and not _is_pronoun(lex, owner) and not _owned_document(owner, lex) and _agrees(owned, owner):
                claimant, rule = owner, "attribution/pronoun"
        ch = _channel_re(lex).match(text, v.start(), sent_hi)
        if ch:
            via = _via_after(text, ch.end(), sent_hi)
        elif (
            len(verbs) > 1
            and claimant
            and claimant.split()[0].lower() not in ("our", "my", "we", "i")  # (the writer's own: no one relays it)
            and _introduces(text, verbs[-2].end(), v.start())
        ):
            outer_np = _np_before(text, sent_lo, verbs[-2].start(), lex)
            if outer_np and outer_np != claimant and not _is_pronoun(lex, outer_np):
                via = outer_np
    sentence = text[sent_lo:sent_hi].lower()
    quoting = (
        rules["attribution/quoting"].search(text, sent_lo, sent_hi)
        if "quoting" in sentence or "citing" in sentence
        else None
    )
    if quoting and quoting["how"].lower() == "citing" and not _relays(quoting["via"], lex):
        quoting = None  # 'The minister, citing hospital records, said 3 died': the minister vouches for it
    if quoting and quoting.end() <= pos + 1:  # 'Local media, quoting hospital sources, said 45'
        claimant, via = _clean_np(lex, quoting["src"]), _clean_np(lex, quoting["via"])
        rule = "attribution/quoting"
    elif " as saying" in sentence and (
        (said_as := QUOTED_AS_SAYING.search(text, sent_lo, pos)) or (said_as := _quoted_after(text, pos, sent_hi))
    ):
        src = _as_saying_source(lex, said_as["src"])  # 'The agency quoted a medical source as saying that 17 …'
        if src and _valid_np(src, lex):
            lo = said_as.start("lo") if said_as.re is QUOTED_AFTER else sent_lo
            outer = _np_before(text, lo, said_as.start("verb"), lex)
            claimant, via, rule = src, outer if outer != src else None, "attribution/quoting"
    if own:
        acc_np = None
    if acc_np and acc_np.split()[0].lower() in lex.grammar["possessives"] and len(acc_np.split()) > 1:
        role = acc_np.split()[-1].lower() in lex.data["speakers"]["staff_nouns"]
        comma = text.find(",", according[-1].end(), pos)
        named = APPOSED_AFTER.match(text, comma) if role and comma >= 0 else None
        if acc_np.split()[0].lower() in ("our", "my") or not role:
            acc_np = None
        elif named is not None:
            acc_np = named["name"]
        # 'According to our information, …': the speaker's own records, not a source; 'According
        # to its head, Dr Aizhan Tolegenova, 73 …': the person named after the role ('its
        # spokesman' alone: the body's, read by the speakers' stage)
    if acc_np and acc_np.lower() in {"him", "her", "them"} and not claimant:
        claimant, rule = previous(), "attribution/pronoun"  # 'According to him, 120 firefighters …'
        acc_np = None
    if acc_np and acc_np.lower() not in {"him", "her", "them"}:
        acc_end = according[-1].end()
        if (
            CLAUSE_BREAK.search(text, acc_end, pos) or AND_WHEN.search(text, acc_end, pos)
        ) and not (claimant is None and _opens_account(text, sent_lo, according[-1].start(), acc_end, pos)):
            pass  # 'about 5,000 according to police, while organisers put it at 20,000'; '…, and
            #       in 2017 some 30 people died': a clause of its own after the source's
        elif claimant and (not verbs or verbs[-1].start() > according[-1].start()):
            if not (verbs and AND_CLAUSE.search(text, acc_end, verbs[-1].start())):
                via = via or acc_np  # (not '… according to official figures, and rights groups estimate …')  # 'According to an investigation, hospital records indicated …'
        else:
            claimant, rule = acc_np, "attribution/according-to"
    if claimant is None and not own and text.find(" by ", sent_lo, pos) >= 0:
        told = list(TOLD_BY.finditer(text, sent_lo, pos))
        if told and (np := _clean_np(lex, told[-1]["np"])) and _valid_np(np, lex):
            claimant, rule = np, "attribution/told-by"
    if not own and (claimant is None or verbs) and text.find(" by ", sent_lo, pos) >= 0:
        released = rules["attribution/released-by"].search(text, sent_lo, pos)
        if released and (claimant is None or released.start() > verbs[-1].end()):
            # 'the figure released by X was 14'; '…; an unofficial tally by journalists reached
            # 143' (after the verb of the clause before: its own source)
            np = _clean_np(lex, released["np"])
            if np and _valid_np(np, lex):
                claimant, via, rule = np, None, "attribution/released-by"
    if claimant is None and not own and ("'s " in sentence or "’s " in sentence or "s' " in sentence or "s’ " in sentence):
        owned = rules[OWNER_OF_TOLL].search(text, max(sent_lo, pos - 160), pos)
        np = _clean_np(lex, owned["np"]) if owned else None  # "The ministry's toll still stood at 53"
        if np and _valid_np(np, lex) and claimant_type(np, lex) != "other":  # (not 'The country')
            claimant, rule = np, OWNER_OF_TOLL
    if claimant is None and not own and pos - sent_lo < 80 and (mine := rules[PRONOUN_COUNT].match(text, sent_lo, pos)):
        # "'We counted them ourselves,' he said. His count therefore amounts to 25": the speaker before
        claimant, rule = previous() or mine["p"], PRONOUN_COUNT
    if (
        claimant is None
        and (text.find(" which ", sent_lo, pos) >= 0 or text.find(" who ", sent_lo, pos) >= 0)
        and (aside := rules[SUBJECT_ASIDE].match(text, sent_lo, sent_hi))
        and aside.start("aside") <= pos < aside.end("aside")
        and (np := _clean_np(lex, aside["np"]))
        and _valid_np(np, lex)
        and not _is_pronoun(lex, np)
    ):  # 'The National Police, which had assigned about 350 officers, put the crowd at 18,000': theirs
        claimant, rule = np, SUBJECT_ASIDE
    if claimant is None and not own and rules[DISPUTED].match(text, figure_end, sent_hi):
        # 'Police detained 8 people …, a figure the organisers disputed': the clause's subject gave it
        subject = _main_subject(text, sent_lo, pos, lex)
        if subject and not _is_pronoun(lex, subject):
            claimant, rule = subject, DISPUTED
    if claimant is None and not own and NAMES_AFTER.match(text, figure_end) and LIST_KEPT.search(text, max(sent_lo, pos - 120), pos):
        # 'CE27F keeps a list that had 140 names', "The company's list … has 19 names": the list's keeper
        subject = _whose_count(_clean_np(lex, _main_subject(text, sent_lo, pos, lex) or "") or None)
        if subject and subject.split()[0].lower() not in lex.grammar["pronouns"] and _valid_np(subject, lex):
            # (not 'It took twenty years for a plaque with six names to go up')
            claimant, rule = subject, LIST_KEEPER
    if claimant and not own and late and via is None and rule == "attribution/speech-verb":
        # 'The group said 37 were held overnight, according to Reuters': the outlet relays it
        end = BOUNDARY.search(text, late.end(), sent_hi)
        outlet = _clean_np(lex, _named_source(text[late.end() : end.start() if end else sent_hi], lex))
        if outlet and claimant_type(outlet, lex) == "media" and claimant_type(claimant, lex) != "media":
            via, rule = outlet, RELAYED_BY_OUTLET
    if claimant is None or own:
        if late:
            at = _past_what(text, late.end(), sent_hi)  # ('according to what announced the Ministry of Interior')
            end = BOUNDARY.search(text, at, sent_hi)
            raw = text[at : end.start() if end else sent_hi]
            if (more := AND_FIGURE.search(raw)) is not None:
                raw = raw[: more.start()]  # 'according to the prefecture and 110,000 according to the CGT'
            said_by = claimant  # (a speaker the verb before the figure named, when 'own')
            claimant = _whose_count(_clean_np(lex, _named_source(raw, lex)) or None)
            if claimant and end and (not _valid_np(claimant, lex) or owned_role(claimant.lower().split(), lex)) and (named := APPOSED_NAME.match(text, end.start(), sent_hi)):
                claimant = named["name"]  # 'according to the camp's shawish, Abu Khaled.', "the school's director, Kebede Alemayehu": the name
            rule = "attribution/own-according-to" if own else "attribution/late-according-to"
            if claimant and claimant_type(claimant, lex) == "media":
                # an outlet that relays a speaker the sentence names: 'Amnesty said 20 were
                # killed, according to Reuters'; '…, Human Rights Watch said in a report,
                # according to AFP': the speaker's figure, via the outlet
                speaker = said_by if said_by and not _is_pronoun(lex, said_by) else _trailing_before(text, pos, late.start(), lex)
                if speaker and claimant_type(speaker, lex) != "media":
                    claimant, via, rule = speaker, claimant, RELAYED_BY_OUTLET
    if claimant is None and text.find("[", figure_end, sent_hi) >= 0 and (lower := _lower_bracket_source(text, figure_end, sent_hi, lex)):
        return Attribution(lower, claimant_type(lower, lex), None, "attribution/bracket-source")  # '[source: local monitors]'
    if claimant is None and text.find("(", figure_end, sent_hi) >= 0:
        if lower := _lower_bracket_source(text, figure_end, sent_hi, lex):
            return Attribution(lower, claimant_type(lower, lex), None, "attribution/bracket-source")
        bracket = BRACKET_SOURCE.match(text, figure_end, sent_hi) or (  # '112 deaths (Ministry of Health)'
            BRACKET_SOURCE_LINE.match(text, figure_end, sent_hi) if BULLET_BEFORE.search(text, max(0, sent_lo - 4), sent_lo + 3) else None
        )  # ('• 312 people killed and 1,150 injured since 1 October (Ministry of Health)': a list line's source)
        np = _clean_np(lex, bracket["np"]) if bracket else None
        if np and ACRONYM.match(np) and _spells_out(text, figure_end, bracket.start("np"), np):
            np = None  # 'including 120 officers of the Emergency Response Unit (ERU)': a name's initials, no source
        if np and (
            np.startswith("@")
            or ACRONYM.match(np)  # '(ANDMA)': an agency's initials, as a sitrep credits it, with
            # the place it serves ('(MoH Karakalpakstan)', '(DoH Region 7)')
            or _valid_np(np, lex)
            and (
                claimant_type(np, lex) != "other"
                or text.startswith("[", bracket.end("np") + 1) and not _written_as_place(text, np, lex)
            )
            # ('74 treated in hospital (Shared Health)[3]': a cited bracket names the source)
        ):
            np = _whose_count(np) or np  # '(Red Crescent tally)': the Red Crescent
            return Attribution(np, claimant_type(np, lex), None, "attribution/bracket-source")
    broken = claimant is not None and bool(verbs) and CLAUSE_BREAK.search(text, verbs[-1].end(), pos) is not None
    # ('Police said the march was peaceful, but at least 14 people were injured, the Red Cross
    # said': a speaker that closes the figure's own clause speaks for it, not the one before 'but')
    if (claimant is None or broken) and (_first_verb(lex, low, pos, sent_hi) or _inverted_only_re(lex).search(low, pos, sent_hi)):
        trailing = rules["attribution/trailing"].search(text, pos, sent_hi)
        if trailing and broken and _is_pronoun(lex, trailing.group("np1") or trailing.group("np2") or "it"):
            trailing = None  # ('…, but 14 were hurt, he said': the subject before, as read)
        if trailing:
            np = trailing.group("np1") or trailing.group("np2")
            parts = [p for p in np.split(",") if p.strip() and not p.strip().isdigit()]
            np = _clean_np(lex, ",".join(parts))  # 'Ann Lee, 34, a farmer' -> 'Ann Lee, a farmer'
            if CONTRASTED.match(np):
                np = ""  # '…, not three as the police have said': the speaker of the figure contrasted
            if np and not _valid_np(np, lex) and (rel := WHO_CLAUSE.search(np)):
                np = np[: rel.start()]  # 'a hospital official who asked not to be named (said)'
            if np and _valid_np(np, lex):
                claimant = previous() if _is_pronoun(lex, np) else np
                if np.lower() == "it" and (own := OWN_DOCUMENT.match(text, sent_lo, pos)):
                    claimant = own["owner"]  # "The SGR's morning bulletin is out: 24 …, it says": the bulletin's maker
                told = _clean_np(lex, trailing.group("via")) if trailing.group("via") else None
                via = via or (told if told and not set(told.lower().split()) & lex.grammar["not_channels"] else None)
                # ('…, he told reporters in Mombasa', 'told a news briefing': no channel)
                rule = "attribution/trailing"
    if claimant is None and opens_with_quote(text, sent_lo, sent_hi):
        claimant, rule = previous(), "attribution/quote-opens"
    if claimant is None and rules[CONTINUES].match(text, sent_lo, pos):
        # 'That's up from 36 this morning': the speaker of the figure before, when the sentence
        # before has one (not a subject: 'The toll rose to 41. That's up from 36')
        before = max(text.rfind("\n", 0, sent_lo - 1), text.rfind(". ", 0, max(0, sent_lo - 2))) + 1
        if _first_verb(lex, low, before, sent_lo) is not None:
            claimant, rule = previous(), CONTINUES
    if (
        claimant is None
        and (opened := _quote_start(text, sent_lo, pos)) is not None
        and opened > sent_lo
        and text.find(":", sent_lo, opened) < 0  # (a list line's label: 'X, Sunday: "around 5,000"')
    ):
        # 'The governor also thanked the "about 150 firefighters …"': the words quoted are
        # the subject's (a pronoun's: the speaker before); 'what the ministry described as
        # "more than 5,000 police"': the describer's
        called = WHAT_CALLED.search(text, sent_lo, opened)
        subject = _clean_np(lex, called["np"]) if called else None
        if not verbs and subject is None:
            subject = _main_subject(text, sent_lo, opened, lex)
        if (
            subject
            and not COUNT_OPENING.match(subject)
            and subject.split()[0].lower() not in ("we", "our", "i", "my")  # (the writer's own)
            and (len(subject.split()) == 1 or not _is_pronoun(lex, subject.split()[0]))  # ('it records')
            and (_is_pronoun(lex, subject) or _valid_np(subject, lex))
        ):
            claimant = previous() if _is_pronoun(lex, subject) else subject
            rule = QUOTED_WORDS
    if claimant is None and (giver := _figure_giver(text, sent_lo, pos, lex)) is not None:
        claimant, rule = giver, FIGURE_GIVEN  # 'The governor later fixed the number of dead at 31'
    if quoted_np is not None and rule != "attribution/according-to":
        # '"Police say only 4 died," she wrote': the police's figure, relayed by the writer
        outer = claimant if claimant and not _is_pronoun(lex, claimant) else None
        claimant, via, rule = quoted_np, outer, QUOTED_SPEAKER
    if not claimant:
        return NONE
    kind = claimant_type(claimant, lex)
    if kind == "media" and rule != "attribution/quoting" and "citing" in text[sent_lo:sent_hi].lower():
        cited = CITING.search(text, sent_lo, sent_hi)  # 'AFP reported, citing police sources, that 12 …'
        src = _clean_np(lex, cited["src"]) if cited else None
        if src and _valid_np(src, lex):
            return Attribution(src, claimant_type(src, lex), claimant, "attribution/quoting")
    return Attribution(claimant, kind, via, rule)


FIGURE_GIVEN = "attribution/figure-given"


@lru_cache(maxsize=4)
def _given_figure_re(lex: Lexicon) -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, lex.grammar["figure_nouns"]), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<verb>[a-z]+)\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){{0,3}}?(?:{nouns})"
        r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?(?:\s+at|\s+of|\s*[,:])\s+(?:(?!(?:to|of|from|by|and|the|an?)\s)[a-z]+\s+){0,2}$"
    )  # '(fixed) the number of dead at ', '(gives) a higher count, ', '(gave) its own count of ' (not
    #    'our figure of 19': the writer's own, 'Nor does our figure of 19 include …')


def _figure_giver(text: str, sent_lo: int, pos: int, lex: Lexicon) -> str | None:
    """The subject of the clause whose verb has a figure noun for its object, right before the
    figure: the figure is the subject's, whatever the verb ('The governor later fixed the number
    of dead at 31', 'The mayor gives a higher count, 350', 'The trust gave its own count of 20').
    Not a participle's ('…, pushing the toll to 17', '…, bringing the count at …') nor a figure's
    own subject ('The toll stood at 9')."""
    lo = max(sent_lo, pos - 90)
    given = _given_figure_re(lex).search(text, lo, pos)
    if given is None or given["verb"].endswith("ing") or given["verb"] in lex.grammar["prepositions"]:
        return None
    if given.start() == lo and lo > sent_lo:
        return None  # (the verb cut in two)
    subject = _main_subject(text, sent_lo, given.start("verb"), lex)
    if (
        subject is None
        or not _valid_np(subject, lex)
        or any(ch.isdigit() for ch in subject)
        or set(subject.lower().split()) & set(lex.grammar["figure_nouns"])
        or _is_pronoun(lex, subject)
    ):
        return None
    return subject


PLACE_COUNTS = "attribution/place-counts"
PLACE_TALLY_VERBS = (
    r"(?:counts?|counted|recorded|records|registers|registered|reported|reports|logged|tallied|confirmed)\b"
)  # the verbs of a place's own tally ('Rubavu now counts 31 dead', 'Kessa district recorded 12 deaths')
PLACE_COUNT_VERB = re.compile(rf"(?:(?:has|have|had)\s+)?{PLACE_TALLY_VERBS}", re.IGNORECASE)
CLOSING_SOURCE = re.compile(r",\s+according\s+to\s+(?P<np>[^,;:()\n]{2,80}?)\s*[.!]?\s*$")


def _place_counts(text: str, v: re.Match[str], claimant: str, lex: Lexicon, closed: bool = False) -> bool:
    """Whether the subject of a counting verb is a place, not a speaker: a bare name (no
    article, no claimant noun, no acronym) that the report writes as a place elsewhere ('in
    Rubavu', 'Rubavu district'), or in a sentence that closes with its source ('Lohardaga
    recorded two deaths, Latehar two, according to the department'), before 'counts',
    'records' or 'registers' ('Rubavu now counts 31 dead'; 'Amnesty counts 40 dead' and
    'Contagem Aberta counted 19,500' stay)."""
    if not PLACE_COUNT_VERB.match(text, v.start()):
        return False
    words = claimant.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if claimant_type(claimant, lex) != "other" or any(claimant_word(w.lower(), lex) for w in words):
        return False
    return closed and len(words) == 1 or _written_as_place(text, claimant, lex)


def _unowned_data(name: str, lex: Lexicon) -> bool:
    """Whether a verb's subject is data no one is named as owning ('data collected', 'the
    figures', 'records compiled so far'): lower-case words holding a source or document noun,
    no claimant word, no possessive. Under an outer speaker's verb it is that speaker's
    ('The chair indicated that data collected shows 17 died'); 'hospital records', 'police
    data' name their owner.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_unowned_data(n, lex) for n in ["data collected", "the figures", "hospital records", "police data", "Data"]]
    [True, True, False, False, True]
    """
    words = name.lower().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    nouns = (set(lex.speaker_words["source_nouns"]) | {"records"}) - set(lex.speaker_words["claim_carriers"])
    # (what a body gathers, not a body: 'the inquiry found …' is the inquiry's; 'reports saying 40
    #  were arrested' carry a claim of their own)
    return (
        1 <= len(words) <= 3
        and words[0] in nouns
        and all(w.isalpha() for w in words)
        and not any(claimant_word(w, lex) and w not in nouns or w in lex.grammar["possessives"] for w in words)
    )


REJECTING = re.compile(r"(?:reject|deny|denie|dismiss|disput|contest|question|challeng|doubt)", re.IGNORECASE)


PLACES_LISTED = "attribution/places-listed"
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
SUBJECT_CLAUSE_OPENER = re.compile(r".*(?:\b(?:while|whereas|but)\b|[;:])", re.IGNORECASE | re.DOTALL)
EACH_AFTER = re.compile(r"[^,.;:!?]{0,40}?\beach\b", re.IGNORECASE)


def _places_listed(text: str, sent_lo: int, sent_hi: int, v: re.Match[str], claimant: str, lex: Lexicon) -> bool:
    """Whether the subject of a place's tally verb lists two or more bare names, each counting
    its own ('Nakuru, Kajiado and Mombasa reported 3 deaths each', '…, while Kisumu, Siaya and
    Migori each recorded two'): places told as counting their dead, no speaker. The names are
    bare (capitalised, no claimant word, no acronym, no known kind of speaker), and the figure
    is counted 'each' or the list holds three names or more.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> t = "Two died in Embu, while Nakuru, Kajiado and Mombasa reported 3 deaths each."
    >>> v = re.compile("reported").search(t)
    >>> _places_listed(t, 0, len(t), v, "Kajiado and Mombasa", lex)
    True
    >>> t = "Amnesty and Human Rights Watch reported 30 deaths each."
    >>> _places_listed(t, 0, len(t), re.compile("reported").search(t), "Amnesty and Human Rights Watch", lex)
    False
    """
    if not PLACE_COUNT_VERB.match(text, v.start()):
        return False
    subject = text[sent_lo : v.start()]
    if opener := SUBJECT_CLAUSE_OPENER.match(subject):
        subject = subject[opener.end() :]
    subject = subject.strip(" ,")
    each = subject.lower().endswith(" each")
    if each:
        subject = subject[:-5].rstrip(" ,")
    if claimant.removesuffix(" each") not in subject:
        return False
    names = [n for n in LIST_SEPARATOR.split(subject) if n]
    if len(names) < 2 or not all(
        1 <= len(n.split()) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in n.split())
        and claimant_type(n, lex) == "other"
        and not any(claimant_word(w.lower(), lex) for w in n.split())
        for n in names
    ):
        return False
    return each or len(names) >= 3 or EACH_AFTER.match(text, v.end(), sent_hi) is not None


def _written_as_place(text: str, name: str, lex: Lexicon) -> bool:
    """Whether the report writes ``name`` as a place somewhere ('in Rubavu', 'Rubavu district')."""
    area = alternation(lex.data["place"]["area_nouns"])
    return re.search(
        rf"\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+{re.escape(name)}\b|\b{re.escape(name)}\s+(?:{area})\b", text
    ) is not None


def _closing_source(text: str, pos: int, sent_hi: int, lex: Lexicon) -> str | None:
    """The source an 'according to' closing the sentence names ('…, while Gakenke's toll is
    unchanged at six, according to the ministry.'), whatever figures stand before it."""
    m = CLOSING_SOURCE.search(text, pos, sent_hi)
    np = _clean_np(lex, m["np"]) if m else None
    return _whose_count(np) if np and _valid_np(np, lex) else None


def _spells_out(text: str, lo: int, at: int, acronym: str) -> bool:
    """Whether the capitalised words right before a bracket (text[lo:at], up to its '(') are
    the name the bracket's acronym abbreviates: 'the Emergency Response Unit (ERU)'.

    >>> t = "120 officers of the Emergency Response Unit (ERU)"
    >>> _spells_out(t, 3, t.index("(") + 1, "ERU"), _spells_out("12 dead (ERU)", 2, 9, "ERU")
    (True, False)
    """
    words = text[lo:at].rstrip(" (").split()[-8:]
    if not words or not words[-1][:1].isupper():
        return False
    name = " ".join(w for w in words if w[:1].isupper() or w.lower() in ("of", "for", "the", "and", "on"))
    return _initials_fit(acronym, name) and len([w for w in words if w[:1].isupper()]) >= 2


def _relays(np: str, lex: Lexicon) -> bool:
    """Whether a speaker who cites a source passes the source's figure on rather than making it
    its own: a news outlet does ('AFP, citing police sources, said 12': the police's); an
    official, a body or a group vouches for what it cites ('The minister, citing hospital
    records, said 3 died', 'The union, citing its shop stewards, said 40': theirs)."""
    return claimant_type(_clean_np(lex, np), lex) == "media"


def _trailing_before(text: str, pos: int, stop: int, lex: Lexicon) -> str | None:
    """The speaker the last clause between the figure and ``stop`` names after it ('…, Human
    Rights Watch said in a report, (according to AFP)'), or None."""
    end = stop
    while end > pos and text[end - 1] in " ,":
        end -= 1
    trailing = patterns(lex)["attribution/trailing"]
    at = text.rfind(",", pos, end)
    while at >= 0:  # the last clause first: '…, twice as many as the government reported, HRW said'
        m = trailing.match(text, at, end)
        np = _clean_np(lex, m.group("np1") or m.group("np2")) if m else None
        if np and _valid_np(np, lex) and not _is_pronoun(lex, np):
            return np
        at = text.rfind(",", pos, at)
    return None


OWN_DOCUMENT = re.compile(
    r"(?:\d{1,2}[:.]\d\d\s*[—–-]\s*)?(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5})['’]s\s+"
    r"(?:[a-z]+\s+){0,2}(?:bulletin|report|statement|update|count|tally|figures?|sitrep)\b"
)  # a sentence opening with a body's document, whose 'it says' is that body's
DISPUTED = "attribution/disputed-figure"
LIST_KEEPER = "attribution/list-keeper"
LIST_KEPT = re.compile(
    r"(?:['’]s?\s+(?:own\s+)?list\b[^.;:]{0,80}?\s+|\s(?:keeps|kept|has|had|have|holds|held|compiled|shared|published)\s+a\s+list\s+)"
    r"(?:(?:that|which)\s+)?(?:of|has|had|holds|held|contains|contained|reached|carries|carried|lists|listed)\s+$"
)  # "X keeps a list that had", "X has a list of", "X's list, handed to …, has": the list's keeper is the subject
NAMES_AFTER = re.compile(r"\s+(?:names|surnames)\b", re.IGNORECASE)  # a list's count of names (measure/names-counted)
OBJECT_AT = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?at\s+(?:[a-z]+\s+){0,3}?(?=\d)")  # 'put (the crowd) at (more than) 100,000'
AT_VERBS = frozenset({"put", "puts", "placed", "places", "estimated", "estimates"})
NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
APPOSED_AFTER = re.compile(r"\s*,\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*,")  # ', Dr Ana Ruiz,'
MEASURE_HEADS = frozenset({"scale", "size", "extent", "scope", "magnitude", "level", "intensity"})  # 'the scale of …'
SUBORDINATORS = frozenset({"because", "although", "though", "whereas", "unless", "if", "whether"})  # open no name


def _object_figure_before(text: str, v: re.Match[str], pos: int) -> bool:
    """The verb's object is a figure 'at' N before ``pos``, and a clause of its own begins after
    that figure: the verb names no speaker of the figure at ``pos`` ('crowds that reporters put
    at more than 100,000, and the dispersal of the protests left ten people dead')."""
    if v.group().lower() not in AT_VERBS or (obj := OBJECT_AT.match(text, v.end(), pos)) is None:
        return False
    brk = NEW_CLAUSE.search(text, obj.end(), pos)
    return brk is not None and GAPPED_AT.search(text, brk.end(), pos) is None  # (not '…, and in Seville at 3,500')


COMPARED_WITH = re.compile(
    r"\b(?:more|fewer|less|higher|lower|greater)\s+(?:[a-z]+\s+){1,2}than\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)  # the figure a verb's object is compared with, not told: 'leaders report more deaths than the 5 (confirmed)'
GAPPED_AT = re.compile(r"\bat\s+(?:[a-z]+\s+){0,3}$")  # the verb left out: '…, and in Seville at 3,500'
QUOTED_AS_SAYING = re.compile(
    r"\b(?P<verb>quoted|cited)\s+(?P<src>[^,;:\"“”]{2,90}?(?:,\s+[^,;:\"“”]{2,40}?,)?)\s+as\s+(?:saying|stating|telling|confirming)\b"
)  # the source a reporter or an agency quotes: 'The agency quoted a medical source as saying that 17 …',
#    'TASS cited a spokeswoman for the ministry, Ann Lee, as saying that around 10 …'
QUOTED_AFTER = re.compile(
    r"[,.!?]\s*[\"”](?P<lo>)\s*[^,;\"“”]{2,60}?\s+(?P<verb>quoted|cited)\s+(?P<src>[^,;:\"“”]{2,90}?(?:,\s+[^,;:\"“”]{2,40}?,)?)"
    r"\s+as\s+(?:saying|stating|telling|confirming)\b"
)  # after the quotation: '"… 100 protesters were arrested," Reuters quoted the group as saying'
AS_SAYING_NAME = re.compile(r",\s+(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}),$")


def _quoted_after(text: str, pos: int, sent_hi: int) -> re.Match[str] | None:
    """'"… 100 protesters were arrested," Reuters quoted X as saying': the figure's quotation
    closes right before the one who quotes X."""
    m = QUOTED_AFTER.search(text, pos, sent_hi)
    return m if m is not None and not any(q in text[pos : m.start()] for q in '"“”') else None


def _as_saying_source(lex: Lexicon, src: str) -> str:
    """The source quoted 'as saying': its name after a role in apposition ('a spokeswoman for
    the ministry, Ann Lee,' -> 'Ann Lee')."""
    named = AS_SAYING_NAME.search(src)
    return _clean_np(lex, named["name"] if named else src)
DISPUTES_BEFORE_COLON = re.compile(
    r"\b(?:disputes|disputed|denies|denied|rejects|rejected|contests|contested|counters|countered|responds|responded)"
    r"(?:\s+(?:this|that|it|the\s+figure))?\s*[:;]\s+(?:it|they)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
WHAT_VERB = re.compile(
    r"\s*what\s+(?:was\s+|has\s+been\s+)?(?:announced|said|reported|stated|declared|indicated|published)\s+(?:by\s+)?",
    re.IGNORECASE,
)  # a translation's 'according to what announced the Ministry of Interior': the ministry


def _past_what(text: str, at: int, hi: int) -> int:
    """Where the source named after 'according to' starts, past a translation's 'what announced'."""
    m = WHAT_VERB.match(text, at, hi)
    return m.end() if m else at


PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$", re.IGNORECASE)
TOLD_BY = re.compile(
    r"\b(?:was|were|been|being|am|is|are)\s+(?:(?:also|later|then|now|further|again|since|[a-z]+ly)\s+)?"
    r"(?:told|informed|notified|advised|assured)\s+by\s+(?P<np>[^,;:\"“”]{2,80}?)\s+that\b"
)  # 'We were told by staff at Adan hospital that at least four …', 'The Ministry has been informed
#    by the Embassy of India that eleven …', 'We were also informed by the hospital that …': who told, not who was told
DISPUTED_FIGURE = re.compile(r"^(?:a|the|this)\s+(?:figure|toll|number|count|claim|tally|estimate)\s+(?:that\s+|which\s+)?(?P<np>\S.*)$", re.IGNORECASE)


def _disputer(text: str, sent_lo: int, verb_at: int, lex: Lexicon) -> str | None:
    """Who 'it' or 'they' is after a verb of dispute and a colon: the subject of that verb
    ('…, a figure the interior ministry disputes: it has acknowledged one death' -> the
    interior ministry), None when no such verb is there."""
    disputes = DISPUTES_BEFORE_COLON.search(text, max(sent_lo, verb_at - 40), verb_at)
    if disputes is None:
        return None
    np = _np_before(text, sent_lo, disputes.start(), lex)
    if np and (reduced := DISPUTED_FIGURE.match(np)):
        np = reduced["np"]
    np = _clean_np(lex, np) if np else None
    return np if np and _valid_np(np, lex) and not _is_pronoun(lex, np) else None


SPLICED_PRONOUN = re.compile(r",\s+(?:he|she)\s+(?:[a-z]+\s+)?$")  # '…, he says'
RELAYER = re.compile(r"(?:[Mm]y|[Oo]ur)\s+[a-z]")  # 'My cousin', 'our neighbour': someone the writer knows
PRONOUN_AFTER_COLON = re.compile(r"[:;]\s+(?:it|they)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)  # 'X disputes this: it says'
DASH_AFTER = re.compile(r"\s[–—-]\s")
DASH_BEFORE = re.compile(r"\s[–—-]\s$")
WHO_BEFORE_VERB = re.compile(r"(?<=\w)(?<!\bno\sone)(?<!\bnobody)(?<!\bnone)\s+(?-i:who)\s+[^,;:.!?\"“”()\n]{1,80}?\s*$", re.IGNORECASE)
# a subject's relative clause with no comma, right before its verb: 'a doctor who asked not to be named (said)'
# (not a denial's: 'figures that no one who was there can believe'; nor the acronym: 'The WHO office in Kinshasa said')
WHO_CLAUSE = re.compile(r",?\s+(?:who|whom)\s")  # a speaker's relative clause: '… official who asked not to be named'
QUOTED_WORDS = "attribution/quoted-words"
WHAT_CALLED = re.compile(
    r"\bwhat\s+(?P<np>[^,;\"“”]{2,60}?)\s+(?:described|describes|called|calls|termed|labell?ed|dubbed"
    r"|characteri[sz]ed)\s+(?:as\s+)?$",
    re.IGNORECASE,
)  # 'what the security ministry described as "more than 5,000 police"': the quoted words' maker

# a key-figure line's source in brackets at its end: '112 deaths (Ministry of Health)'
BRACKET_SOURCE = re.compile(
    r"[^()\n.;:\d]{0,90}?\((?:source:\s*|per\s+|via\s+)?(?P<np>[A-Z@][^()\n\d,]{1,60})(?:,[^()\n]{1,24})?\)"
    r"(?:\[\d{1,3}\])*(?:[\s.;]*$|[ ]*;|\t|(?<=\])(?=[A-Z]))"
)  # (an infobox run together: '63 attended on site (Fire Service)[3]Arrests2 (…)', the next label after the citation)
# ('(OCHA, 12 May)': the source and the date of its figure; an infobox's '312 treated (Health
#    Bureau)[3]; 327 (HCRN)[6]': each item's own, before its citation mark and the next item)
BRACKET_SOURCE_LINE = re.compile(
    r"[^()\n.;:]{0,90}?\((?:source:\s*|per\s+|via\s+)?(?P<np>[A-Z@][^()\n\d,]{1,60})(?:,[^()\n]{1,24})?\)[\s.;]*$"
)  # the same at the end of a list line, over its other figures and dates
BRACKET_LOWER_SOURCE = re.compile(
    r"[^()\[\]\n.;:\d]{0,90}?[(\[](?P<lead>(?:sources?|figures?|data|count|tally)\s*:|data\s+(?:from|of)|per|via|according\s+to"
    r"|as\s+(?:reported|given|counted|announced)\s+by|(?:figures?|count|tally|estimate)\s+(?:of|from|by))?\s*"
    r"(?P<np>[^()\[\]\n\d,:]{1,60})(?:,[^()\[\]\n]{1,24})?[)\]][\s.;]*$"
)  # a source in brackets at the end of its sentence, in lower case or after a word that says it is one:
#    '(source: coroner's office)', '(figures: regional hospital)', '(police estimate)', '[source: local monitors]'


def _lower_bracket_source(text: str, figure_end: int, sent_hi: int, lex: Lexicon) -> str | None:
    """The source a bracket after the figure names, closing its sentence, when it is in lower case
    or led by what it is: after 'source:', 'figures:', 'data from', 'per', 'according to', 'as
    reported by', 'figure of' any speaker ('(source: coroner's office)', '(per union stewards)');
    else a count that names its maker ('(police estimate)', "(organisers' count)": police, the
    organisers), which a bracket of a place or a kind does not ('(in hospital)', '(mostly women)').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> t = "11 died (source: coroner's office). 2,000 marched (police estimate). 40 hurt (mostly women)."
    >>> [_lower_bracket_source(t, a, b, lex) for a, b in ((2, 35), (41, 67), (72, 91))]
    ["coroner's office", 'police', None]
    """
    m = BRACKET_LOWER_SOURCE.match(text, figure_end, sent_hi)
    if m is None or not m["np"].strip() or not (m["lead"] or m["np"].strip()[0].islower() or COUNT_TAIL.search(m["np"])):
        return None  # (a name in capitals alone: BRACKET_SOURCE's)
    np = _clean_np(lex, m["np"].strip())
    if not np or not _valid_np(np, lex):
        return None
    if m["lead"]:
        return np
    whose = COUNT_TAIL.sub("", np)
    return whose if whose != np and _valid_np(whose, lex) and claimant_type(whose, lex) != "other" else None


COUNT_TAIL = re.compile(r"(?:['’]s?)?\s+(?:own\s+)?(?:count|tally|estimates?|figures?|data|toll)$", re.IGNORECASE)  # 'police estimate', "organisers' count"


BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[•*·▪◦‣-][ \t]")
ACRONYM = re.compile(r"(?:[A-Z]{2,8}|Mo[A-Z]{1,3}|Do[A-Z]{1,3})(?:$|\s+[A-Z][a-z]+(?:\s+[A-Z0-9]\w*)?$)")
# an agency's initials in a source bracket ('(ANDMA)'), a ministry's or department's ('MoH',
# 'MoFA', 'DoH'), with the place it serves ('(MoH Karakalpakstan)')
CITING = re.compile(r"\b[Cc]iting\s+(?P<src>[^,;.\"“”()]{2,60}?)\s*(?:[,;.]|$)")


MADE_AFTER = re.compile(
    r"[^,;:\"“”]{0,80}?,\s+(?:published|made|spread|issued|circulated|released|put\s+forward|cited)\s+by\s+"
    r"(?:the\s+)?(?:so-called\s+)?(?P<np>[^,;.()\"“”]{2,60}?)\s*[,;.)]"
)  # '… the claims that 115,000 people attended, published by the so-called Archive of Public Gatherings,'


def _reports(m: re.Match[str], lex: Lexicon, after: re.Match[str] | None = None) -> Attribution:
    """The claimant of a figure in a rejected report's that-clause: its maker after 'by' (before
    the clause, or ``after`` it: '…, published by X,'), the reports as named ('reports from
    Kouh-Ouest'), or none when they are unnamed."""
    rule = "attribution/reports-that"
    np = _clean_np(lex, m["np"]) if m["np"] else None
    if not np and after is not None:
        made = _clean_np(lex, after["np"])
        if made and _valid_np(made, lex):
            return Attribution(made, claimant_type(made, lex), None, rule)
    if not np or not _valid_np(np, lex):
        where = " ".join(m["noun"].split())  # 'social media reports', 'press reports': theirs
        if where.split()[0].lower() in lex.grammar["report_channels"]:
            return Attribution(where, "media", None, rule)
        return Attribution(None, None, None, rule)
    claimant = np if m["prep"] == "by" else f"{m['noun'].split()[-1]} {m['prep']} {np}"
    return Attribution(claimant, claimant_type(claimant, lex), None, rule)


def _finite_before(
    text: str, sent_lo: int, verbs: list[re.Match[str]], lex: Lexicon
) -> re.Match[str] | None:
    """The last of ``verbs`` used as a finite verb: not a participle, not a noun after an
    article ('denied the reports, saying …')."""
    for v in reversed(verbs):
        before = text[max(sent_lo, v.start() - 8) : v.start()].split()
        if not v.group().endswith("ing") and not (
            before and before[-1].lower() in lex.grammar["determiners"]
        ):
            return v
    return None


def _opens_with_article(text: str, span: tuple[int, int]) -> bool:
    return _words(text[span[0] : span[1]])[:1] in (["a"], ["an"], ["A"], ["An"])


_MEMO: tuple[object, object, dict[tuple[object, ...], Any]] = (None, None, {})


def _memo(text: str, lex: Lexicon) -> dict[tuple[object, ...], Any]:
    """What was read about the speech verbs of ``text`` (the last text read): a sentence's
    figures share its verbs ('X said 12 were killed and 40 hurt')."""
    global _MEMO
    last = _MEMO  # one read: another thread may replace it meanwhile
    if last[0] is not text or last[1] is not lex:
        last = (text, lex, {})
        _MEMO = last
    return last[2]


def _definite_role(np: str, lex: Lexicon) -> bool:
    """'The director', 'the hospital's spokesman': a person named by a role the report gives."""
    words = np.split()
    return len(words) > 1 and words[0].lower() == "the" and words[-1].lower() in lex.speaker_words["person_roles"]


def _attribute_verb(
    text: str, sent_lo: int, sent_hi: int, v: re.Match[str], lex: Lexicon
) -> str | None:
    """The speaker of a finite speech verb: after it when a quotation ends just before it
    ('"…," said Ann Lee'), else before it (read once per verb)."""
    memo = _memo(text, lex)
    key = ("speaker", sent_lo, sent_hi, v.start(), v.end())
    if key not in memo:
        memo[key] = _verb_speaker(text, sent_lo, sent_hi, v, lex)
    return memo[key]


def _speech_use(text: str, sent_lo: int, v: re.Match[str], lex: Lexicon) -> bool:
    """The verb is said by someone: not passive ('reported by'), no noun ('the reports'), no
    harm ('claimed 57 lives') (read once per verb)."""
    memo = _memo(text, lex)
    key = ("use", sent_lo, v.start(), v.end())
    if key not in memo:
        memo[key] = not (
            _is_passive(text, sent_lo, v.start())
            or _noun_use(lex, text, sent_lo, v)
            or _harm_use(text, v)
            or _ward_use(text, v)
            or _contrary_use(text, v)
            or _adjective_use(text, v)
            or _estimated_thing(text, sent_lo, v, lex)
            or _counted_thing(text, sent_lo, v, lex)
            or NAMED_AS.match(text, v.end()) is not None  # 'a gunman who authorities have identified as X': a name, no figure
        )
    return memo[key]


def _verb_speaker(text: str, sent_lo: int, sent_hi: int, v: re.Match[str], lex: Lexicon) -> str | None:
    if QUOTE_BEFORE.search(text, max(sent_lo, v.start() - 4), v.start()) and not QUOTED_NAME_BEFORE.search(
        text, max(sent_lo, v.start() - 64), v.start()
    ):  # ('The syndicate "Podkrepa" declared that …': a name in quotes is the subject, no quotation)
        return _np_after(text, v.end(), sent_hi, lex)
    if VERB_OPENS.fullmatch(text, sent_lo, v.start()) and (
        (after := _np_after_adverbials(text, v.end(), sent_hi, lex)) or (after := _np_after(text, v.end(), sent_hi, lex, cut_that=True))
    ):
        return after  # a translation's verb first: 'And said the media spokesman of the Directorate, …, that …'
    if (
        COMMA_BEFORE.search(text, max(sent_lo, v.start() - 3), v.start())
        and v.group().lower() in lex.inverted_speech_verbs
        and v.group().lower() not in TOLD
        and INVERTED_CLOSED.match(text, v.end(), sent_hi)
        and (after := _np_after(text, v.end(), sent_hi, lex))
        and text.startswith(after, len(text) - len(text[v.end() :].lstrip()))
        and len(after.split()) <= 8
        and _speaker_like(after, lex)
        and after.split()[0].lower() not in lex.grammar["possessives"]  # ('…, reported his injuries on Sunday, …': its object)
        and (after[0].isupper() or after.split()[-1].lower() in ("source", "sources") or claimant_type(after, lex) != "other")
        and not _after_aside(text, sent_lo, v.start())
    ):  # (the phrase itself, no time cut off its front: not '…, said on Thursday, up from 31')
        return after  # an inverted verb between commas: '…, said the civil protection agency, which carries the toll to 8'
    if AND_BEFORE.search(text, max(sent_lo, v.start() - 8), v.start()):
        # 'He denied reports that officers had fired, and said nobody was hurt': the verb shares
        # the main clause's subject, not the noun of the clause before it
        subject = _main_subject(text, sent_lo, v.start(), lex)
        if subject:
            return subject
    return _np_before(text, sent_lo, v.start(), lex)


VERB_OPENS = re.compile(
    r"\s*(?:(?:And|Also|Then|Meanwhile|Moreover|Further|Furthermore)\s+)?(?:(?-i:In|At)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?,?\s+)?",
    re.IGNORECASE,
)  # what may stand before a verb that opens its sentence ('And said the spokesman …', 'Added the minister …',
#    a translation's place first: 'In Lima said on Thursday the ombudsman's office that …')
ADVERBIALS_THEN_SPEAKER = re.compile(r"\s+(?P<run>[^,;:.!?\"“”()\n]{4,160}?)(?=\s+that\b|\s*,)")
# what a verb that opens its sentence is followed by up to its clause or a comma: its time and place,
# then its speaker ('Reported on Tuesday at a news conference in the capital the minister of health that …')


def _np_after_adverbials(text: str, at: int, hi: int, lex: Lexicon) -> str | None:
    """The speaker after the time and place phrases of a verb that opens its sentence, as
    translations order them: 'Announced yesterday evening in Tunis the Interior Ministry that 23 …',
    'Communicated in a statement on Sunday the regional prosecutor's office that …'. The phrases
    open on a preposition or a time word; the speaker opens on an article, a possessive or a
    capital that no preposition, article or name stands right before."""
    m = ADVERBIALS_THEN_SPEAKER.match(text, at, hi)
    if not m:
        return None
    words = m["run"].split()
    first = words[0].lower()
    if first in ("the", "a", "an") or not (
        first in lex.grammar["prepositions"] or _is_time(lex, first) or first in lex.grammar["time_phrase_words"]
    ):
        return None
    preps = lex.grammar["prepositions"]
    articles = ("the", "a", "an")
    for j in range(1, len(words)):
        w, before = words[j], words[j - 1]
        if before.lower() in preps or before.lower() in articles or before.lower() in lex.grammar["possessives"]:
            continue
        if w.lower() in ("the", "its", "their") or (w[0].isupper() and not before[0].isupper()):
            np = _clean_np(lex, " ".join(words[j:]))
            return np if np and _valid_np(np, lex) and not _is_time(lex, np.split()[-1].lower()) else None
    return None
COMMA_BEFORE = re.compile(r",\s*$")
INVERTED_CLOSED = re.compile(r"(?![^,;.\"“”]*\sthat\s)[^,;.\"“”]{2,80},")  # the speaker after the verb, closed by a comma
AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:(?:also|then|later)\s+)?$", re.IGNORECASE)
VERB_BEFORE_FIGURE = re.compile(
    r"\s+(?:[a-z]+(?:ed|es)|is|are|was|were|stood|rose|hit)\s+(?:(?:in\s+total|in\s+all|altogether|overall)\s+)?"
    r"(?:(?:to|at|about|some|over|around|nearly|approximately|more\s+than|at\s+least)\s+)*$"
)  # the verb of the clause the 'according to' phrase sits in, right before its figure ('participated
#    in total about 28 000 persons', as translated copy orders it)
SOURCE_BEFORE_FIGURE = re.compile(
    r"(?<!\S)(?P<noun>(?!(?i:of|to|by|from|in|at|on|for|with|the|an?|and|or|than|its|their|his|her|our|(?:it|they|there|he|she|we|i)(?:['’]s)?)\s)[\w'’.-]*[\w'’])\s+"
    r"(?:(?:about|some|over|around|nearly|approximately|more\s+than|at\s+least)\s+)*$"
)  # the last word of the source right before the figure its 'according to' phrase gives, as translated
#    copy orders it ('according to police estimation 2,500', 'according to Police Region West approximately
#    6 500 persons', 'took part according to the union 9,400 workers'; not a preposition or an article
#    that leads on to the figure inside the source: 'according to a count of 40 bodies by the Red Cross')
PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|in|from|for|on|by|with)\s+$", re.IGNORECASE)
VOCATIVE_AFTER = re.compile(r",\s+(?:there|you|is|are|can|could|do|does|did|what|how|why|when)\b")


def _closes_clause(text: str, at: int, hi: int) -> bool:
    """The phrase from ``at`` runs to the end of the sentence, to a comma ('according to the
    organisers, to protest against …') or to a semicolon, not into a new clause ('… when',
    '… who')."""
    boundary = BOUNDARY.search(text, at, hi)
    return (
        boundary is None
        or boundary.group() in (",", ";")  # (';': a clause of its own follows: '…, according to X; police said …')
        or CITED_TO_END.match(text, boundary.start(), hi) is not None  # '… according to police.[10]'
        or NAME_INITIALS.match(text, boundary.start(), hi) is not None
        # '… according to the Deputy Commissioner of Police (DCP), New Delhi.'
    )


CITED_TO_END = re.compile(r"(?:\[\w{1,4}\])+[.\s]*$")
NAME_INITIALS = re.compile(r"\([A-Z][A-Za-z0-9.&-]{1,11}\)(?=\s*(?:[,.;]|$))")  # a body's initials after its name


def _may_accord(low: str, lo: int, hi: int) -> bool:
    """Whether ACCORDING may match in text[lo:hi] (``low`` the folded text): a word that
    each of its wordings holds is there (a cheap test before the pattern)."""
    s = low[lo:hi]
    return (
        "accord" in s
        or "per" in s
        or "reported" in s
        or "announced" in s
        or "stated" in s
        or "confirmed" in s
        or "informed" in s
        or "indicated" in s
        or "y the official" in s
        or "y official" in s
        or "y data of" in s
        or "y the data" in s
        or "y information of" in s
        or "y the information" in s
        or (" data," in s or " figures," in s or " statistics," in s)  # ('By AFAD data, …')
        or (" count" in s or " tally" in s or " estimate" in s) and "by " in s  # ('by the police count')
    )


FIGURE_START = re.compile(r"(?<![\d,.])(?!(?:1[89]|20)\d\d(?!\d|,\d))\d")  # a number's first digit, not a year's
CLAUSE_BREAK = re.compile(r"\b(?:(?:while|although|though)(?!\s+[a-z]+ing\b)|whereas|but)\b|;", re.IGNORECASE)
# a new clause (not a participle's phrase in an aside: '…, most of them cut while climbing onto roofs, according to X')
PART_OF_IT = re.compile(r"[\d,.]+\s+of\s+(?:them|whom)\b[^\d;]{0,60}?,\s*$")  # '12 of them for serious injuries, '



def _opens_account(text: str, sent_lo: int, acc_at: int, acc_end: int, pos: int) -> bool:
    """'According to X, …' opens the sentence and only semicolons part its clauses up to the
    figure: X's account goes on ('According to local health authorities, 71 people have been
    treated, 26 of whom were admitted; 4 remain in intensive care')."""
    return not text[sent_lo:acc_at].strip(' "“') and not WORD_BREAK.search(text, acc_end, pos) and not AND_WHEN.search(text, acc_end, pos)


WORD_BREAK = re.compile(r"(?:while|whereas|but|although|though)", re.IGNORECASE)


def _a_body(name: str, lex: Lexicon) -> bool:
    """A name 'it' may stand for: a body's or a document's, not a person's surname alone ('Sarr')."""
    return kind_of(name, lex) in ("org", "document") and (len(name.split()) > 1 or name.isupper())


def _agrees(pronoun: str, antecedent: str | None, lex: Lexicon | None = None) -> str | None:
    """The antecedent, unless 'he'/'she' would point at a body ('the CGT', 'police officials'),
    or 'it' at people in the plural ('… Neighbours watched from the street. It added that 21 …':
    not the neighbours; the body named before, as the pronoun's own resolution finds it)."""
    if antecedent is None:
        return None
    if (
        lex is not None
        and pronoun.lower() == "it"
        and kind_of(antecedent, lex) == "group"
        and claimant_type(antecedent, lex) != "media"  # ('Reuters')
    ):
        return None
    if pronoun.lower() not in {"we", "i"} and antecedent.lower() in {"we", "i", "us", "me"}:
        return None  # ('"We are not hiding anybody. We counted them," he said': not the 'we' quoted)
    if pronoun.lower() in {"he", "she"} and (
        antecedent.split()[0].lower() in {"the", "a", "an"} or antecedent.islower()
    ):
        return None
    return antecedent


CARRIER_BEFORE = re.compile(
    r"(?<![,;:])(?:^|\s)(?P<np>(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}?(?P<head>[a-z]+))\s+$"
)  # a noun right before a participle, no comma between: 'social media posts (claiming …)'
TOLD = frozenset({"told", "tells", "informed", "informs", "assured", "assures"})  # a speech verb with its hearer after it
WITH_SUBJECT = re.compile(r"\bwith\s+(?P<np>[\w'’ .-]{2,50}?(?:,\s+(?:and\s+)?[\w'’ .-]{2,40}?)*?),?\s+$", re.IGNORECASE)
# 'with officials claiming …', 'with Amnesty International, and several news outlets, reporting …'
INTRODUCES_LOOSE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+that\b|\s*[:\"“]")
QUOTE_BEFORE = re.compile(r"[\"”],?\s*$")
QUOTED_NAME_BEFORE = re.compile(r"(?:^|\s)[a-z]+\s+[\"“][A-Z][^\"“”,.!?;:]{0,40}[\"”],?\s*$")
# a noun and the name it is given in quotes, as translations write it: 'the syndicate "Podkrepa"',
# 'the company "Trakia Munitions"', a relative clause's 'which called the "Convoy for Fair
# Roads", said' (not a quotation's closing mark: '"…," said X')
SINGLE_CLOSE = re.compile(r"[,.!?]['’]{1,2}(?=\s)")  # a single mark closing a quotation (not an apostrophe), or two: ",'' said X"
QUOTE_MARKS = re.compile(r"[\"“”„]")  # ('„' opens a quotation as '“' does: '„We counted 18,000," said X')


def _quote_start(text: str, lo: int, pos: int) -> int | None:
    """Where the quotation holding ``pos`` opens, or None when ``pos`` is not quoted."""
    start: int | None = None
    for m in QUOTE_MARKS.finditer(text, lo, pos):
        mark = m.group()
        if mark == '"' and start is None and text[m.start() - 1 : m.start()] in CLOSING_BEFORE and m.start() > lo:
            continue  # '…could find," said X': a mark closing a quotation opened before the sentence
        if mark in "“„" or (mark == '"' and start is None):
            start = m.start()
        else:
            start = None
    return start


CLOSING_BEFORE = frozenset(",.!?")


def _after_aside(text: str, sent_lo: int, at: int) -> bool:
    """Whether the comma before the verb at ``at`` closes a short aside after its subject
    ('The coalition, for its part, says …', 'The chief, Ngarlem Djekourou, told …'), not a clause
    the verb comes after ('Two more bodies were found on Monday, said the agency, …')."""
    comma = text.rfind(",", sent_lo, at)
    before = text.rfind(",", sent_lo, comma)
    return before >= 0 and len(text[before + 1 : comma].split()) <= 5


def _speaker_like(np: str, lex: Lexicon) -> bool:
    """A phrase that opens as a speaker does: an article or possessive, a capital, or a
    claimant's role word ('the prefecture', 'Police', 'rescue agency'; not 'dozens of
    protesters were hurt', 'circulating on social media')."""
    first = np.split()[0] if np.split() else ""
    return bool(first) and (
        first.lower() in ("the", "a", "an") or first.lower() in lex.grammar["possessives"] or first[0].isupper()
        or not first.endswith(("ing", "ed")) and claimant_type(np, lex) != "other"
    )


def _np_after(text: str, at: int, hi: int, lex: Lexicon, cut_that: bool = False) -> str | None:
    """The speaker named after an inverted verb: '"…," said Ann Lee, a doctor.'"""
    m = PHRASE_AFTER.match(text[at:hi])
    if not m:
        return None
    raw = m.group(1)
    if cut_that and (clause := THAT_CLAUSE.search(raw)) and clause.start():
        raw = raw[: clause.start()]  # 'Communicated the prefecture that a fifth person died': the clause it told
        if not _speaker_like(raw.strip(), lex):
            return None  # ('Reports circulating on social media that …': a noun, no verb of saying)
    np = _clean_np(lex, raw)
    if np.split()[:1] and np.split()[0].lower() in lex.grammar["possessives"] and (name := NAME_APPOSITIVE.match(text, at + m.end(), hi)):
        return name["name"]  # 'says its president, Yolanda Peñaranda': the person, not 'its president'
    return np if np and _valid_np(np, lex) else None


THAT_CLAUSE = re.compile(r"\s+that\s")  # the clause a speaker tells, after its name
NAME_APPOSITIVE = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|da|van|von|al-[A-Z][\w'’-]+)){1,3})\b(?=\s*[,.;]|$)")


def _is_passive(text: str, sent_lo: int, at: int) -> bool:
    before = text[max(sent_lo, at - 12) : at].lower().split()
    if before and before[-1] in {"been", "be", "being", "was", "were", "is", "are"}:
        # (a progressive is active: 'local television is reporting five dead')
        verb = text[at : at + 16].split()
        return not (verb and verb[0].lower().endswith("ing"))
    return bool(BY_AFTER_VERB.match(text[at : at + 40]))  # 'reported by some journalists'


REJECTS = re.compile(
    r"\b(?:den(?:ied|ying|ies)|reject(?:ed|ing|s)|dismiss(?:ed|ing|es)|disput(?:ed|ing|es)"
    r"|refut(?:ed|ing|es)|contradict(?:ed|ing|s)|[Aa]ccording\s+to)\s+(?:[a-z]+\s+){0,2}$"
)  # a verb whose object is somebody's reports: 'denied social media reports that …'


AND_CLAUSE = re.compile(r",\s+and\s+")
AND_WHEN = re.compile(r",\s+and\s+(?:in|on|by|during|since|later|then|earlier|last)\s")
ESTIMATE_NOUN_BEFORE = re.compile(
    r"\b(?:an?|the|its|their|his|her|our|my|your|this|that|one|another|[\w'’]+['’]s?)\s+(?:[a-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)  # 'An independent estimate', "the organisers' estimate", 'the police estimate'
PLURAL_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?i:we|they|i|you|police|people|media|staff|gardaí|gardai|carabinieri|personnel)|\b[A-Za-z]{2,}[^su'’\s]s|\b[A-Z]{2,})"
    r"(?:\s+(?:in|at|across|from|on)\s+(?:the\s+|their\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    r"(?:\s+(?:now|also|still|only|themselves|[a-z]+ly))*\s+$"
)  # the subject right before a plural verb ('Rights groups (count)', 'They now (report)', 'ACLED (records)'),
#    a place after it ('Carabineros in the region (estimate)', 'Doctors at Rosales (count)')
INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
FIGURE_OR_THAT_AFTER = re.compile(
    r"\s+(?:that\b|(?:[\w'’-]+\s+){0,3}?(?:\d|(?:" f"{number_words(1, 12)}"
    r"|[a-z]+teen|[a-z]+ty|hundreds?|thousands?|dozens?|scores?)\b)"
    r"|(?:[\w'’-]+\s+){1,6}?(?:at|as)\s+(?:[\w'’-]+\s+){0,2}?\d)",
    re.IGNORECASE,
)  # a figure or a clause right after a verb ('count at least 45', 'report that'), or a thing
#    it sizes before 'at' ('estimate this afternoon's turnout at around 1,500')
ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
PLURAL_BEFORE = re.compile(r"\b[a-z]{3,}[^su'’\s]s\s+$")  # 'researchers ', 'doctors ' (not 'the census ')
COUNTS_NOUN = re.compile(
    r"\b(?:the|their|its|our|rival|official|different|conflicting|own|crowd|police|two|both)\s+counts\b"
    r"|\bcounts\s*(?::|of\b|from\b|by\b)",
    re.IGNORECASE,
)


CLAIMED_LIVES = re.compile(
    r"\s+(?:the\s+lives\s+of\s+|(?:[^\s.;:,]+\s+){1,4}(?:more\s+)?(?:lives|life|victims)\b)", re.IGNORECASE
)  # 'has claimed 57 lives', 'claimed at least 12 more lives', 'claimed the lives of 30 people'


def _harm_use(text: str, v: re.Match[str]) -> bool:
    """'claim' saying what took lives, not who spoke: 'The heat has claimed 57 lives', 'the
    storm claimed the lives of 30 people' (not 'the union claims 40,000 marched'); 'put' saying
    where the harm or the protest left people: '…, killing four and putting 27 in hospital', 'a
    week that put thousands on the streets' (not 'putting the toll at 27')."""
    word = v.group().lower()
    if word.startswith("put"):
        return bool(PUT_IN_CARE.match(text, v.end()))
    return word.startswith("claim") and bool(CLAIMED_LIVES.match(text, v.end()))


PUT_IN_CARE = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|over|about|some|another|a\s+further)\s+)?[\w,.-]+\s+(?:[a-z]+\s+){0,2}?"
    r"(?:(?:in|into)\s+(?:the\s+)?(?:hospitals?|intensive\s+care|care|the\s+ICU|ICU|custody|jail|prison)|on\s+the\s+streets?)\b",
    re.IGNORECASE,
)  # 'putting 27 in hospital', 'put another 12 people into intensive care', 'a week of protest that put thousands on the streets'


ADMITTED_PATIENTS = re.compile(
    r"\s+(?:(?:about|some|around|nearly|over|more\s+than|at\s+least)\s+)?[\w,.-]+\s+"
    r"(?:of\s+the\s+(?:injured|wounded|victims|casualties|survivors)|(?:[a-z]+\s+)?"
    r"(?:people|persons|patients|casualties|victims|children|survivors))\b(?!\s+(?:were|was|had|have|died|been|are)\b)",
    re.IGNORECASE,
)  # 'admitted 64 people in the first two days', 'had admitted 63 of the injured by Sunday' (not
#    'admitted 40 people were killed')


AUXILIARY_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|stood|stands|rose|reached)\b")


def _adjective_use(text: str, v: re.Match[str]) -> bool:
    """A participle after its noun, before the clause's own verb: 'the number of deaths
    confirmed had reached 47', 'the figures reported were lower' (no speaker)."""
    return v.group().endswith("ed") and (
        bool(AUXILIARY_AFTER.match(text, v.end()))
        or bool(POSSESSIVE_BEFORE.search(text, max(0, v.start() - 14), v.start()) and FIGURE_NOUN_AFTER.match(text, v.end()))
    )  # ("CONRED's updated figure: 23 dead", 'its revised toll of 31': a figure's adjective)


NAMED_AS = re.compile(r"(?<=identified)\s+(?:him|her|them|it\s+)?as\s+(?-i:[A-Z])|(?<=named)\s+(?:him|her|them\s+)?as\s+(?-i:[A-Z])", re.IGNORECASE)
POSSESSIVE_BEFORE = re.compile(r"(?:\w['’]s|\b(?:its|their|his|her|our|the|an?|according\s+to))\s+$", re.IGNORECASE)
# (also an article's: 'according to the updated bulletin of the secretariat', 'an updated toll of 31')
FIGURE_NOUN_AFTER = re.compile(r"\s+(?:figures?|toll|count|tally|total|estimates?|numbers?|list|report|bulletin)\b")


AGENT_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:were|was|is|are|has|have|had|will|would|could|drew|drove|led|sparked)\b"
    r"|[a-z]{3,}s\s+(?:only|just|also|not|out|those|all|every)\b"  # 'by the police counts only those who …'
    rf"|[a-z]+ed\s+(?:the|a|an|his|her|their|its|our|some|many|local|\d|{number_words(1, 10)})\b"
    r"|(?:this|last|on|earlier|late)\s+(?:morning|afternoon|evening|night|week|" + WEEKDAY.lower()[3:-1]
    + r")\b|(?:yesterday|today|tonight|earlier)\b).*$",
    re.DOTALL | re.IGNORECASE,
)  # the clause's own verb after an agent: 'the 40 deaths reported by the hospital shocked the
#    city', 'the 74 arrests announced by the minister were later confirmed' (the agent ends there)


def _estimated_thing(text: str, sent_lo: int, v: re.Match[str], lex: Lexicon) -> bool:
    """A participle after the thing it sizes, with the figure after 'at': 'Crowds estimated at
    10,000 gathered', 'a turnout put at 3,000' (a reduced passive: the crowd is counted, not
    counting; lexicon ``grammar.estimated_things``). 'Police estimated at 10,000 the number of
    marchers' is the police's."""
    if not (v.group().endswith(("ed", "put")) and AT_FIGURE.match(text, v.end())):
        return False
    before = text[max(sent_lo, v.start() - 24) : v.start()].split()
    return bool(before) and before[-1].lower().strip(",") in lex.grammar["estimated_things"]


AT_FIGURE = re.compile(r"\s+at\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over)\s+)?\d")


CONTRARY_AFTER = re.compile(
    r"\s+(?:(?:just|exactly|precisely)\s+)?(?:the\s+(?:opposite|contrary|reverse)|otherwise|differently)\b"
)


def _contrary_use(text: str, v: re.Match[str]) -> bool:
    """A verb whose object is a word that sets it against what follows: 'because the union has
    said the opposite: not a single demonstrator was injured' (the speaker's own denial; the
    union said something else), 'Officials claim otherwise, but 12 died'."""
    return CONTRARY_AFTER.match(text, v.end()) is not None


def _ward_use(text: str, v: re.Match[str]) -> bool:
    """'admitted' saying who a hospital took in, not who spoke: 'The hospital admitted 64
    people in the first two days, she says', 'Seventeen remain admitted' (the doctor's figure;
    but 'Police admitted 40 people were killed' is the police's)."""
    if v.group().lower() != "admitted" and v.group().lower() != "admits":
        return False
    return bool(ADMITTED_PATIENTS.match(text, v.end()) or STILL_IN.search(text, max(0, v.start() - 16), v.start()))


STILL_IN = re.compile(r"\b(?:remain|remains|remained|stay|stays|stayed|still)\s+$", re.IGNORECASE)
# a ward's 'Seventeen remain admitted', 'four are still admitted': patients, not a speaker's admission


def _noun_use(lex: Lexicon, text: str, sent_lo: int, v: re.Match[str]) -> bool:
    """A speech verb used as the noun a rejection is about, or an attribution's: 'denied social
    media reports that …', 'rejecting reports from X', 'according to reports from …' (not 'Police reports that …', 'the union claims 40', nor
    'the office had received reports of 100 injured', which are the office's)."""
    if ARTICLE_BEFORE.search(text, max(sent_lo, v.start() - 8), v.start()):
        return True  # 'an estimated crowd of 15,000', 'the reported 40 dead': an adjective
    if text.startswith(")", v.end()):
        return True  # an infobox's '40+ killed (SAF claim)': whose figure, not a clause
    if v.group().lower() == "estimate" and (
        (
            ESTIMATE_NOUN_BEFORE.search(text, max(sent_lo, v.start() - 30), v.start())
            and not text.startswith(" that ", v.end())  # ('the police estimate that 5,000 …': a verb)
            and not PLURAL_BEFORE.search(text, max(sent_lo, v.start() - 30), v.start())
            and not (
                PLURAL_SUBJECT_BEFORE.search(text, max(sent_lo, v.start() - 40), v.start())
                and FIGURE_OR_THAT_AFTER.match(text, v.end())
            )
        )  # ('The researchers estimate 1,200 …', 'Carabineros in the region estimate 12,000',
        #    'The police estimate this afternoon's turnout at 1,500': a plural's verb)
        or text.startswith((" of ", " by ", ":"), v.end())
    ):
        return True  # 'An independent estimate by researchers …', 'the police estimate of 5,000'
    if v.group().lower() not in lex.grammar["noun_forms"]:
        return False
    if v.group().lower() == "counts" and COUNTS_NOUN.search(text, max(sent_lo, v.start() - 16), v.end() + 6):
        return True  # 'rival counts: police say …', 'the official counts of …'
    return bool(REJECTS.search(text, max(sent_lo, v.start() - 40), v.start()))


FINDS = frozenset({"found", "finds", "find"})  # a verb of discovery as much as of a finding


def _finder(np: str, lex: Lexicon) -> bool:
    """Who finds the dead without being a body of record: no speaker's type, no organisation's
    or document's head noun ('rescuers', 'villagers'; not 'the inquiry', 'the fire service')."""
    return claimant_type(np, lex) == "other" and not body_of_record(np, lex) and np[:1].islower()


def _introduces(text: str, outer_end: int, inner_at: int) -> bool:
    """The outer speech verb directly introduces the clause holding the inner one ('X reported that Y said')."""
    return bool(INTRODUCES.match(text[outer_end:inner_at]))


def opens_with_quote(text: str, lo: int, hi: int) -> bool:
    """The text from ``lo`` to ``hi`` opens with a quotation mark (after white space)."""
    s = text[lo:hi].lstrip()
    return s[:1] in {'"', "“", "'", "‘"}

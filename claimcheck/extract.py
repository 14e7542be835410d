"""Parser stage: the numeric claims of one source, with measure, subject, claimant and evidence span."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from claimcheck.attribution import attribute, speech_verb_end, topic
from claimcheck.lexicon import Lexicon, alternation, load_lexicon
from claimcheck.markup import is_markdown, mask_markdown
from claimcheck.models import ALL_SIDES, Claim, Quantity, Source
from claimcheck.numbers import AND_ONLY, NumberMatch, find_numbers, folded, qualify
from claimcheck.rules import combined, fired, fired_rule, load_rules, ordered, patterns, rule

# --- sentences ---------------------------------------------------------------

SENTENCE_END = re.compile(
    r"""
    [.!?]                       # a sentence-final mark (first: the scan skips to it fast)
    (?P<close>["”’)\]]*(?:\[[\w ]{1,20}\])*)  # closing quotes or brackets, citation marks ([4])
    \s+                         # white space
    (?=["“‘(\[]?[A-Z0-9])       # the next sentence starts with a capital or digit
    """,
    re.VERBOSE,
)


LINE = re.compile(r"[^\n]+")  # a line of text
COMPLEMENT = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)  # of Pakistan Rangers
CLAUSE_CUT = re.compile(r"[;:]|\s[–—]\s|,\s+(?:who|which|whose|whom)\b")  # a new clause
CAPITAL_AFTER = re.compile(r"\s+[A-Z]")  # a capitalised word follows
WORDS_OF = re.compile(r"[\w'’-]+")  # a word (with apostrophes and hyphens)
LINK_GAP = re.compile(
    r"\s*,?\s*(?:and|or|plus|as\s+well\s+as|including|among\s+them|of\s+whom|of\s+them)\s+",
    re.IGNORECASE,
)  # the words between coordinated figures


class Sentence(NamedTuple):  # a tuple: made for every sentence, it must be cheap
    start: int
    end: int
    paragraph: int


def _word_before(text: str, lo: int, hi: int) -> str:
    """The last word of text[lo:hi] with the dots inside it ('U.S'), or ''. A loop over a
    few characters: a pattern anchored at the end would be tried at every position."""
    j = hi
    while j > lo and not (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    i = j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return text[i:j]


def split_sentences(text: str, start: int = 0, lex: Lexicon | None = None) -> list[Sentence]:
    """Sentences of text[start:], as spans; a line break always ends a sentence.

    A single capital letter before a full stop is an initial ('John F. Kennedy') unless the
    next word opens a sentence (the lexicon's ``sentence_openers``, its subject and claimant
    nouns: 'gathered at Gate B. Police said …').

    >>> text = "They met at Gate B. Police said 12 were held. John F. Kennedy spoke."
    >>> [text[s.start : s.end] for s in split_sentences(text)]
    ['They met at Gate B.', 'Police said 12 were held.', 'John F. Kennedy spoke.']
    """
    lex = lex or load_lexicon()
    openers, abbreviations = lex.sentence_openers, lex.grammar["abbreviations"]
    out: list[Sentence] = []
    para = 0
    for line in LINE.finditer(text[start:]):
        lo, hi = start + line.start(), start + line.end()
        if not text[lo:hi].strip():
            continue
        para += 1
        s = lo
        for m in SENTENCE_END.finditer(text, lo, hi):
            word = _word_before(text, max(s, m.start() - 24), m.start())
            if word.lower() in abbreviations or (
                len(word) == 1 and not (word.isupper() and _opens(text, m.end(), hi, openers))
            ):
                continue  # 'Mr.', 'U.S.', an initial: not a sentence end
            out.append(_trimmed(text, s, m.end("close"), para))
            s = m.end()
        out.append(_trimmed(text, s, hi, para))
    return [
        piece
        for x in out
        if x.end > x.start
        for piece in (_bounded(text, x) if x.end - x.start > MAX_SENTENCE else (x,))
        if piece.end > piece.start
    ]


def _opens(text: str, at: int, hi: int, openers: frozenset[str]) -> bool:
    """The word at text[at:] opens a sentence (after 'Gate B.')."""
    j = at
    while j < hi and (text[j].isalpha() or text[j] in "'’-"):
        j += 1
    return text[at:j].lower() in openers


MAX_SENTENCE = 1500  # longer runs without sentence punctuation are cut at clause marks
CLAUSE_MARK = re.compile(
    r"""(?P<p>[;,:]\s|\s[–—-]\s)                                   # punctuation between clauses
    | (?P<c>\s(?=(?:and|but|while|whereas|as|after|when|that|which|who)\s))  # a conjunction
    | \s                                                           # any space""",
    re.VERBOSE,
)


def _bounded(text: str, sentence: Sentence) -> list[Sentence]:
    """A sentence cut into pieces of at most MAX_SENTENCE characters, at the last clause mark
    before the limit (punctuation, else a conjunction, else a space): text with no
    punctuation is not one giant sentence, which would make attribution look back over all of
    it for every figure."""
    out: list[Sentence] = []
    lo = sentence.start
    while sentence.end - lo > MAX_SENTENCE:
        best = (-1, lo + MAX_SENTENCE)
        for m in CLAUSE_MARK.finditer(text, lo + MAX_SENTENCE // 2, lo + MAX_SENTENCE):
            rank = 2 if m["p"] else 1 if m["c"] else 0
            if rank >= best[0]:
                best = (rank, m.end())
        out.append(_trimmed(text, lo, best[1], sentence.paragraph))
        lo = best[1]
    out.append(_trimmed(text, lo, sentence.end, sentence.paragraph))
    return out


LIST_MARKER_START = frozenset("0123456789-*•–")
LIST_MARKER = re.compile(r"(?:\d{1,2}[.)]|[-*•–])\s+(?=[A-Z\"“])")  # '1. Police said …'


def _trimmed(text: str, lo: int, hi: int, para: int) -> Sentence:
    while lo < hi and text[lo].isspace():
        lo += 1
    if lo < hi and text[lo] in LIST_MARKER_START:
        marker = LIST_MARKER.match(text, lo, hi)
        if marker:
            lo = marker.end()
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return Sentence(lo, hi, para)


# --- words -------------------------------------------------------------------

TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s\"“”‘’]")
LABEL_MARKS = frozenset("[$£€₹")  # a citation marker (Meerut.[6]) or a currency sign
TAIL_TOKEN = re.compile(r"\w+\.?|[^\w\s]")  # a word (with a dot: 'Nov.') or a mark


def _labels_number(before: str, lex: Lexicon) -> bool:
    """The words just before a number make it a label, date, age or sum: 'Section 144',
    'aged 20', 'since 2019', 'of the year 2020', 'the age of 65', 'Rs 500', 'Meerut.[6]'."""
    tokens = TAIL_TOKEN.findall(before.lower())[-4:]
    if not tokens:
        return False
    if tokens[-1] in LABEL_MARKS:
        return True
    code = before.rstrip()[-4:]  # an ISO currency code: 'EGP 100,000', 'USD 5'
    if len(code) == 4 and not code[0].isalnum() and code[1:].isupper() and code[1:].isalpha():
        if code[1:].lower() in lex.grammar["currency_codes"]:
            return True
    if len(tokens) > 1 and tokens[-2] == "age" and tokens[-1] in ("of", "to", "at", "from"):
        return True
    if (
        tokens[-1] in ("capacity", "capacities")
        or tokens[-2:] == ["capacity", "of"]
        or tokens[-1] == "for"
        and any(w in ("built", "designed", "meant", "intended", "room") for w in tokens[:-1])
    ):
        return True  # a capacity: 'built in 1998 for 600 inmates', 'a capacity of 54,000'
    last = tokens[-1][:-1] if tokens[-1].endswith(".") else tokens[-1]
    return (
        last in lex.grammar["label_words"]
        or last in lex.months
        or (last == "year" and tokens[-3:-1] == ["of", "the"])
    )


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
    inherit: bool = False  # 'others', 'more': the subject of the figure before
    measure: str | None = None
    denial: bool = False
    scope: str | None = None
    part: str | None = None  # 'including five children': a part of the figure before
    # the ids of the rules (claimcheck/data/rules) that set the subject, measure and scope
    subject_rule: str | None = None
    head_rule: str | None = None  # the rule of head_measure
    measure_rule: str | None = None
    scope_rule: str | None = None


@lru_cache(maxsize=8)
def _patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    deny = lex.data["denial"]
    deny_nouns = {w: m for m, ws in deny["noun_measures"].items() for w in ws}
    return {
        "deny_after": re.compile(
            rf"\s*(?:(?:was|were|had|has|have|been|being|reportedly|ever|so\s+far|yet|seriously"
            rf"|critically|fatally|badly|gravely|severely)\s+)*"
            rf"(?P<t>{alternation([w for ws in deny['after'].values() for w in ws])})\b",
            re.IGNORECASE,
        ),
        "denial_cue": re.compile(
            rf"(?:{alternation(deny['negators'] + deny['pronouns'] + deny['verbs'])})\b"
        ),  # a word that may deny a figure, in folded text: only those sentences are searched
        "deny_nouns_map": deny_nouns,  # type: ignore[dict-item]
        # case-sensitive, for folded text
        "protesters": re.compile(
            rf"\b(?:{alternation([w.lower() for w in lex.data['subjects']['protesters']])})\b"
        ),
        "security": re.compile(
            rf"\b(?:{alternation([w.lower() for w in lex.data['subjects']['security']])})\b"
        ),
    }


def _deny_after_measure(lex: Lexicon, word: str) -> str:
    for measure, words in lex.data["denial"]["after"].items():
        if word.lower() in words:
            return measure
    return "killed"


# --- noun phrase after the number -------------------------------------------


def _analyse_head(text: str, m: Mention, hi: int, lex: Lexicon) -> None:
    """Find what is counted: the subject noun (and any measure noun) after the number."""
    # the counted noun is within a few words: do not tokenise the rest of a long sentence
    end = min(hi, m.q.end + 160)
    tokens = [
        (t.group(), t.start(), t.end()) for t in islice(TOKEN.finditer(text, m.q.end, end), 14)
    ]
    words = lex.grammar
    skip, claimed_by = words["skip_before_noun"], words["claimed_by"]
    caps = 0
    i = 0
    prev = ""
    while i < len(tokens) and i < 9:
        word, s, e = tokens[i]
        low = word.lower()
        if caps and i and _demonym(tokens[i - 1][0]) and (low not in skip or not word[0].isalnum()):
            m.subject, m.subject_text, m.tail = "people", tokens[i - 1][0], tokens[i - 1][2]
            m.subject_rule = "subject/demonym"
            return  # '30 Palestinians', '5 Americans'
        if (
            low == "of"
            and i == 0
            and i + 1 < len(tokens)
            and tokens[1][0].lower() in {"them", "whom", "those"}
        ):
            i += 2  # '74 of them in Paris', '12 of them children': the noun may follow
            continue
        if low.endswith(("'s", "’s")) and word.isascii() is not None and i + 1 < len(tokens):
            prev = low[:-2]
            i += 1  # a possessive modifier: 'the coalition's supporters'
            continue
        if word in "-–" and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "strong":
            i += 2  # '10,000-strong crowd'
            continue
        if not word[0].isalnum():
            m.no_noun, m.other_noun = not caps, bool(caps)  # 'Zero Point, …': a name
            return
        if low in lex.data["possessive_members"]["nouns"] and not _multiword_subject(
            tokens, i, lex
        ):
            owned = prev in lex.data["possessive_members"]["owners"] or (
                prev.isupper() and len(prev) > 1
            )
            m.subject = "protesters" if owned else "people"
            m.subject_text, m.tail = word, e
            m.subject_rule = "subject/party-members"
            return
        # longest subject phrase starting here ('police' before a noun is an adjective)
        n, base = _subject_phrase(tokens, i, lex)
        if n and not (
            n == 1
            and low in words["adjective_subjects"]
            and i + 1 < len(tokens)
            and _is_subject_start(tokens, i + 1, lex)
        ):
            m.subject = lex.subject_of[base]
            m.subject_rule = "subject/head-noun"
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
                if nxt in lex.noun_measure:
                    m.head_measure, m.head_rule = lex.noun_measure[nxt], "measure/head-noun"
                    m.tail = tokens[i + n][2]
            _extend_complement(text, m, hi)
            return
        if low in lex.noun_measure and not (
            low in lex.modifier_measure and _noun_follows(tokens, i + 1, lex)
        ):  # '17 dead'; but 'three "dead city" days' counts days
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
        if low in lex.modifier_measure:
            m.head_measure, m.head_rule = lex.modifier_measure[low], "measure/modifier"
            m.counted_by_measure = True  # 'six injured people (died)': a verb may say more
        elif low in skip:
            pass
        elif low in claimed_by and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "by":
            m.no_noun = True  # 'the 3,500 claimed by the district police'
            return
        elif i == 0 and low in claimed_by:
            m.no_noun = True  # '46, up from 41 announced overnight'
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
        elif (
            low in words["aux_after_number"]
            or low in words["prepositions_after_number"]
            or low in lex.measure_words("after")
            or patterns(lex)["measure/verb-after"].match(text, s)  # '3.5 million took part'
        ):
            m.no_noun, m.other_noun = not caps, bool(caps)  # 'Zero Point was …': a name
            return
        elif word[0].isupper() and caps < 3:
            caps += 1
        elif _unknown_modifier(tokens, i, lex):
            pass  # a modifier we do not know: 'garment workers', 'coal mine rescuers'
        else:
            m.other_noun = True
            return
        prev = low.rstrip("'’s") if low.endswith(("'s", "’s")) else low
        i += 1
    m.no_noun = True


DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is|ese|ites)$")  # Palestinians, Israelis, Kenyans


def _subject_phrase(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> tuple[int, str]:
    """How many tokens the longest subject phrase starting at ``i`` takes (0: none), and the
    phrase as the lexicon has it (a possessive 's dropped)."""
    first = tokens[i][0].lower()
    if first not in lex.subject_first_words and first[:-2] not in lex.subject_first_words:
        return 0, ""  # no phrase starts with this word (most words): no joins to look up
    for n in range(min(lex.max_subject_words, len(tokens) - i), 0, -1):
        phrase = " ".join(t[0].lower() for t in tokens[i : i + n])
        base = phrase[:-2] if phrase.endswith(("'s", "’s")) else phrase
        if base in lex.subject_of:
            return n, base
    return 0, ""


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
    )


def _unknown_modifier(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """An unknown lower-case word right before the counted noun ('garment workers'), or two
    ('coal mine workers')."""
    word = tokens[i][0]
    function_words = lex.grammar["function_words"]
    if not word.isalpha() or not word.islower() or word in function_words:
        return False
    if i + 1 < len(tokens) and _is_subject_start(tokens, i + 1, lex):
        return True
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    return (
        nxt.isalpha()
        and nxt.islower()
        and nxt not in function_words
        and i + 2 < len(tokens)
        and _is_subject_start(tokens, i + 2, lex)
    )


def _demonym(word: str) -> bool:
    return bool(DEMONYM.fullmatch(word))


def _is_subject_start(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    return tokens[i][0].lower() in lex.subject_of


def _extend_complement(text: str, m: Mention, hi: int) -> None:
    """'four personnel of Pakistan Rangers': the counted phrase runs over 'of <Name>'."""
    c = COMPLEMENT.match(text[m.tail : hi])
    if c:
        m.tail += c.end()


# --- measure -----------------------------------------------------------------


def _words_before(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    hit = pat.search(before)
    return lex.measure_words("before")[" ".join(hit["t"].lower().split())] if hit else None


def _toll_rose_to(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    risen = pat.search(text, max(lo, m.q.start - 240), m.q.start)
    if risen:  # 'The death toll from a fire that tore through … rose to 38'
        what = (risen["what"] or risen["what2"]).lower().split()
        named = [lex.noun_measure.get(w) or lex.modifier_measure.get(w) for w in what]
        if any(named):
            return next(x for x in named if x)  # 'the toll', 'the number detained'
        if any(w in lex.subject_of for w in what):
            return "participants"  # 'put the number of marchers at 3,500'
    return None


def _number_of(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    num = pat.search(before)
    if num:
        what = (num["phrase"] + " " + num["what"]).lower().split()
        for w in what:
            if w in lex.noun_measure:
                return lex.noun_measure[w]
            if w in lex.modifier_measure:
                return lex.modifier_measure[w]
        for w in reversed(what):
            if w in lex.subject_of:
                if m.subject is None:
                    m.subject, m.subject_text = lex.subject_of[w], w
                    m.subject_rule = "subject/number-of"
                return "participants"
    return None


def _crowd_at(
    text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
) -> str | None:
    return "participants" if pat.search(before) and CROWD_VERB_BEFORE.search(before) else None


CROWD_VERB_BEFORE = re.compile(
    rule("measure/crowd-at").effect["also"], re.IGNORECASE
)  # the crowd (was|at|of|estimated|numbered) N
MEASURE_BEFORE = {
    "measure/words-before": _words_before,
    "measure/toll-rose-to": _toll_rose_to,
    "measure/number-of": _number_of,
    "measure/crowd-at": _crowd_at,
}  # the rules that read the measure in the words before the figure with code of their own


def _fixed(measure: str) -> Callable[..., str | None]:
    """The reader of a rule whose effect is one measure: it applies when its pattern matches
    the words before the figure."""

    def read(
        text: str, lo: int, m: Mention, lex: Lexicon, pat: re.Pattern[str], before: str
    ) -> str | None:
        return measure if pat.search(before) else None

    return read


@lru_cache(maxsize=8)
def _measure_before_rules(lex: Lexicon) -> list[tuple[str, re.Pattern[str], Callable]]:
    """The measure rules read in the words before a figure, in priority order: those with a
    reader here, and every rule whose effect is {"measure": M, "window": "before"}."""
    out = []
    for rid, pat, r in ordered("measure", lex):
        if rid in MEASURE_BEFORE:
            out.append((rid, pat, MEASURE_BEFORE[rid]))
        elif r.effect.get("window") == "before" and r.effect.get("measure") in lex.measures:
            out.append((rid, pat, _fixed(r.effect["measure"])))
    return out


def _measure_before(text: str, lo: int, m: Mention, lex: Lexicon) -> tuple[str, str] | None:
    """The measure the words before the figure give, and the id of the rule that read it."""
    before = text[max(lo, m.q.start - 60) : m.q.start]
    for rid, pat, read in _measure_before_rules(lex):
        measure = read(text, lo, m, lex, pat, before)
        if measure is not None:
            return measure, rid
    return None


DASH_ASIDE = re.compile(
    r"\s*[–—]\s[^–—;:]{1,100}?\s[–—]\s"
)  # ' — a police officer and a gendarme — '
AFTER_WORDS = 14  # how far after the counted noun its verb may be


def _measure_after(text: str, start: int, stop: int, lex: Lexicon) -> str | None:
    aside = DASH_ASIDE.match(text, start, stop)
    window = text[aside.end() if aside else start : stop]
    words = window.split(None, AFTER_WORDS)  # the last item is the rest, from word 15 on
    if len(words) > AFTER_WORDS:
        window = window[: len(window) - len(words[-1])]
    cut = CLAUSE_CUT.search(window)
    if cut:
        window = window[: cut.start()]
    hit = patterns(lex)["measure/verb-after"].search(window)
    if hit:
        return lex.measure_words("after")[" ".join(hit["t"].lower().split())]
    return None


def _time_scope(
    text: str, sent: Sentence, year: int | None, lex: Lexicon
) -> tuple[str, str] | None:
    """A sentence about another time: 'prior to the protest', 'in 2019' (before the report),
    'after the march ended'; with the id of the rule that found it."""
    low = folded(text)  # case-sensitive patterns on folded text: faster than IGNORECASE
    pats = patterns(lex)
    before = pats["scope/before-event"].search(low, sent.start, sent.end)
    if before:
        return f"before: {_words_of(text, before.span('s'))}", "scope/before-event"
    past = pats["scope/past-year"].search(low, sent.start, sent.end) if year else None
    if past and int(past["y"]) < year:  # type: ignore[operator]
        return f"before: {_words_of(text, past.span('s'))}", "scope/past-year"  # 'In 2019, …'
    after = pats["scope/after-event"].search(low, sent.start, sent.end)
    if after:
        return f"after: {_words_of(text, after.span('s'))}", "scope/after-event"
    return None


def _words_of(text: str, span: tuple[int, int]) -> str:
    """The words of text[span] as written, one space apart."""
    return " ".join(text[span[0] : span[1]].split())


def _scope(
    text: str, sent: Sentence, m: Mention, time: tuple[str, str] | None, lex: Lexicon
) -> tuple[str | None, str | None]:
    """The scope of a figure and the id of the rule that set it ((None, None): none)."""
    if time and (
        m.measure in ("arrested", "killed", "injured") or not time[0].startswith("before: ")
    ):
        return time  # forces deployed 'ahead of the protest' are the protest's deployment
    rest = text[m.tail : sent.end]
    pats = patterns(lex)
    alone = pats["scope/part-alone"].search(rest[:120])
    place = pats["scope/part-one-place"].search(rest[:120])
    if alone and (place is None or alone.start() <= place.start()):
        return f"part: {' '.join(alone['s'].split())}", "scope/part-alone"
    if place:
        return f"part: {' '.join(place['h'].split())}", "scope/part-one-place"
    incident = pats["scope/incident"].search(rest[:160])
    if incident:
        return f"incident: when {' '.join(incident['s'].split()).rstrip()}", "scope/incident"
    return None, None


# --- filters -----------------------------------------------------------------


APPOSITION_BEFORE = re.compile(r"[A-Za-z],\s*$")
AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
COUNT_AT = re.compile(
    r"""\b(?:crowds?|toll|figures?|numbers?|turnout|attendance|estimates?|count|tally|total
        |strength|put|puts|estimated|estimates|pegged|stood|stands|standing|it|them)\b
        (?:\s+[\w'’-]+){0,3}\s+at\s+$""",
    re.IGNORECASE | re.VERBOSE,
)


YEAR = re.compile(r"(1[89]|20)\d\d")
YEAR_RANGE = re.compile(
    r"(?:1[89]|20)\d\d\s*[-–—]\s*(?:(?:1[89]|20)\d\d|\d\d)"
)  # 2024–2025, 2019-20
COUNTED_WORD = re.compile(r"\s+([A-Za-z]+)")
YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|during|until|till|from|of|to|before|after|through|for|early|late|mid)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _after_rules(lex: Lexicon) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The not-a-count rules matched on the folded words right after the number, as one
    pattern (one match per number instead of one per rule)."""
    ids = tuple(
        rid for rid, _, r in ordered("not_a_count", lex) if r.effect.get("window") == "after"
    )
    return combined("not_a_count", lex, ids)


def _not_a_count(text: str, sent: Sentence, q: Quantity, lex: Lexicon) -> str | None:
    """The id of the rule that makes ``q`` something other than a count, or None."""
    before = text[max(sent.start, q.start - 24) : q.start]
    after = text[q.end : min(sent.end, q.end + 20)]
    pat, ids = _after_rules(lex)
    unit = pat.match(folded(text), q.end, q.end + len(after))
    if unit:
        return fired_rule(unit, ids)
    if (
        q.qualifier == "exact"
        and APPOSITION_BEFORE.search(before)
        and after.startswith(",")
        and (q.value or 0) < 120
    ):
        return "not-a-count/age-apposition"  # 'the suspect, 34, was arrested': an age
    if (
        q.qualifier == "exact"
        and AT_BEFORE.search(before)
        and not COUNT_AT.search(text, max(sent.start, q.start - 48), q.start)
    ):
        return "not-a-count/clock-at"  # 'broke out at 2'; 'put the crowd at 25,000' is a count
    if q.qualifier == "exact" and _labels_number(before, lex):
        return "not-a-count/label-before"
    if (
        q.qualifier == "exact"
        and q.value is not None
        and YEAR.fullmatch(q.text)
        or q.qualifier == "range"
        and YEAR_RANGE.fullmatch(q.text)
    ):
        counted = COUNTED_WORD.match(after)
        if YEAR_BEFORE.search(before) or not (
            counted and counted.group(1).lower() in lex.subject_of
        ):
            return "not-a-count/year"  # a year ('in 2024'), not 'arrested 1850 protesters'
    first = q.text[:1]
    if first.isalpha() and first.isupper() and q.start > sent.start and CAPITAL_AFTER.match(after):
        return "not-a-count/name"  # a name: 'Zero Point', 'Four Seasons'
    return None


# --- the stage ---------------------------------------------------------------


def extract_claims(
    source: Source,
    lexicon: Lexicon | None = None,
    *,
    indefinite: bool = False,
    explain: bool = False,
) -> list[Claim]:
    """Every numeric claim of ``source`` about the lexicon's measures.

    ``indefinite`` also reports figures such as 'several' and 'a few' (off by default: they
    are narrative, not counts anyone asserts). ``explain`` fills each claim's ``rules`` with
    the ids of the rules that set its subject, measure, qualifier, scope and claimant.

    The text is scanned once for numbers and once for denial words; only the sentences that
    hold one are parsed further.
    """
    lex = lexicon or load_lexicon()
    text = mask_markdown(source.text) if is_markdown(source.path) else source.text
    sentences = split_sentences(text, source.body_start, lex)
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    numbers: dict[int, list[NumberMatch]] = {}
    low = folded(text)
    for n in find_numbers(text, source.body_start, len(text), lex, low):
        i = bisect.bisect_right(starts, n.start) - 1
        if i >= 0 and n.end <= sentences[i].end:
            numbers.setdefault(i, []).append(n)
    cues = {
        bisect.bisect_right(starts, m.start()) - 1
        for m in _patterns(lex)["denial_cue"].finditer(low, source.body_start)
        if m.start() == 0 or not low[m.start() - 1].isalnum()
    }
    line_starts = [0] + [m.end() for m in NEWLINE.finditer(text)]
    claimants: dict[int, str | None] = {}

    def claimant_of(i: int, depth: int = 0) -> str | None:
        """The claimant a sentence ends with (for the quotation or 'He added' that follows)."""
        if i < 0 or depth > 3:
            return None
        if i not in claimants:
            s = sentences[i]
            # the sentence's speaker: at its first speech verb ('X said 5 died, up from the 4
            # the government acknowledged' is X's), or at its end ('"…," she said.')
            first = speech_verb_end(text, s.start, s.end, lex)
            at = first if first is not None else s.end
            claimants[i] = attribute(
                text, s.start, s.end, at, lex, lambda: claimant_of(i - 1, depth + 1)
            ).claimant
            if claimants[i] is None and at != s.end:
                claimants[i] = attribute(
                    text, s.start, s.end, s.end, lex, lambda: claimant_of(i - 1, depth + 1)
                ).claimant
            if claimants[i] is None:  # no speaker: its subject, for an 'It says' that follows
                claimants[i] = topic(text, s.start, s.end, lex)
        return claimants[i]

    claims: list[Claim] = []
    prev_subject: str | None = None
    prev_mention: Mention | None = None  # the last figure of the sentence before (same paragraph)
    quotations: _Quotations | None = None  # made when the first figure is found
    year = int(source.date[:4]) if source.date and source.date[:4].isdigit() else None
    for i, sent in enumerate(sentences):
        first_in_para = i == 0 or sentences[i - 1].paragraph != sent.paragraph
        if first_in_para:
            prev_subject, prev_mention = None, None
        if i not in numbers and i not in cues:
            continue
        context = "" if first_in_para else text[sentences[i - 1].start : sentences[i - 1].end]
        nums = qualify(text, numbers.get(i, []), lex, floor=sent.start)
        mentions = _mentions(
            text, sent, lex, indefinite, prev_subject, prev_mention, context, nums, i in cues, year
        )
        # a quotation or 'she said' may follow its speaker's paragraph, as news puts each
        # quote in a paragraph of its own
        previous = lambda i=i: claimant_of(i - 1)  # noqa: E731
        sentence = text[sent.start : sent.end]  # one string for all its claims
        if mentions and quotations is None:
            quotations = _Quotations(text, sentences)
        quoted = quotations.around(i) if mentions and quotations is not None else None
        for m in mentions:
            who = attribute(text, sent.start, sent.end, m.q.start, lex, previous, m.q.end)
            if who.claimant is None and quoted is not None:
                # a quotation of several sentences: its speaker comes after it ('… ," he said'),
                # and 'he' is the person named before it opened
                opener, closer, at = quoted
                s = sentences[closer]
                who = attribute(
                    text, s.start, s.end, at, lex, lambda o=opener: claimant_of(o - 1), at
                )
                if who.claimant is not None:
                    who = who._replace(rule="attribution/quotation-span")
            claims.append(
                Claim(
                    source=source.id,
                    path=source.path,
                    date=source.date,
                    measure=m.measure or "other",
                    subject=m.subject or "people",
                    quantity=m.q,
                    line=bisect.bisect_right(line_starts, m.q.start),
                    sentence=sentence,
                    sentence_start=sent.start,
                    claimant=who.claimant,
                    claimant_type=who.claimant_type,
                    via=who.via,
                    scope=m.scope,
                    subject_text=m.subject_text,
                    rules=_rules_of(m, who.rule) if explain else (),
                )
            )
        if mentions:
            prev_subject, prev_mention = mentions[-1].subject, mentions[-1]
    return claims


@dataclass(frozen=True)
class ParseWith:
    """``extract_claims`` with the lexicon at ``lexicon_path`` (the bundled one when None), as
    a picklable function for worker processes: the lexicon is loaded once per process."""

    lexicon_path: str | None = None
    explain: bool = False

    def __call__(self, source: Source) -> list[Claim]:
        return extract_claims(source, load_lexicon(self.lexicon_path), explain=self.explain)


QUALIFIER_RULES = {
    r.id.split("/")[1].replace("-", "_"): r.id for r in load_rules()["qualifier"]
}  # numbers.qualify's strategies, named by the qualifier they give ('at_least': 'qualifier/at-least')


def _rules_of(m: Mention, claimant_rule: str) -> tuple[str, ...]:
    """The ids of the rules behind a claim: subject, measure, qualifier, scope, claimant."""
    found = (
        m.subject_rule,
        m.measure_rule,
        QUALIFIER_RULES.get(m.q.qualifier),
        m.scope_rule,
        claimant_rule,
    )
    return tuple(dict.fromkeys(r for r in found if r))  # a denial's rule sets two: once


class _Quotations:
    """Which sentences lie inside a quotation that runs over several sentences of a paragraph.

    Whether a quotation opened in a paragraph is still open at the end of each sentence is
    counted once, in one pass over the text, so a page scraped onto one line (one paragraph
    of thousands of sentences) costs what the same text with line breaks costs.
    """

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text, self.sentences = text, sentences
        n = len(sentences)
        self.first = [0] * n  # the paragraph's first sentence
        self.open = [False] * n  # a quotation opened in the paragraph is open at the end
        curly = closing = straight = 0
        lo = 0
        for k, sent in enumerate(sentences):
            if k == 0 or sentences[k - 1].paragraph != sent.paragraph:
                self.first[k], curly, closing, straight, lo = k, 0, 0, 0, sent.start
            else:
                self.first[k] = self.first[k - 1]
            hi = sent.end
            if hi > lo:
                curly += text.count("“", lo, hi)
                closing += text.count("”", lo, hi)
                straight += text.count('"', lo, hi)
                lo = hi
            self.open[k] = curly > closing if curly else straight % 2 == 1
        self.run_start = list(range(n))  # the first of the open sentences that end at k
        for k in range(1, n):
            if self.open[k] and k != self.first[k] and self.open[k - 1]:
                self.run_start[k] = self.run_start[k - 1]
        self.next_closed: list[int | None] = [None] * n  # the first sentence >= k that closes
        for k in range(n - 1, -1, -1):
            if not self.open[k]:
                self.next_closed[k] = k
            elif k + 1 < n and self.first[k + 1] == self.first[k]:
                self.next_closed[k] = self.next_closed[k + 1]

    def around(self, i: int) -> tuple[int, int, int] | None:
        """For sentence ``i`` inside a quotation that opened in an earlier sentence of its
        paragraph and closes in a later one: the sentence that opened it, the one that
        closes it, and where the closing mark is. None otherwise (a quotation within one
        sentence is the attribution's business)."""
        if i == self.first[i] or not self.open[i - 1]:
            return None
        j = self.next_closed[i]
        if j is None or j == i:
            return None
        s = self.sentences[j]
        at = max(self.text.rfind('"', s.start, s.end), self.text.rfind("”", s.start, s.end))
        return (self.run_start[i - 1], j, at) if at >= 0 else None


NEWLINE = re.compile("\n")


def _protesting(lex: Lexicon) -> re.Pattern[str]:
    """Security forces who took part in a protest are protesters' count, not a deployment."""
    return patterns(lex)["measure/forces-took-part"]


HARM_MEASURES = ("killed", "injured")  # what may befall people counted under another measure
MIN_CROWD = 50  # the smallest figure read as a crowd or a deployment without a verb saying so


def _generic(subject_text: str | None, lex: Lexicon) -> bool:
    return subject_text is None or subject_text.lower() in lex.grammar["generic_nouns"]


def _protest_context(text: str, sent: Sentence, context: str, lex: Lexicon) -> bool:
    """Unnamed people are the protesters when the passage speaks of protesters and not of forces."""
    pats = _patterns(lex)
    protest, forces = pats["protesters"], pats["security"]
    here = folded(text)[sent.start : sent.end]
    return bool(protest.search(here) or protest.search(context.lower())) and not forces.search(here)


def _mentions(
    text: str,
    sent: Sentence,
    lex: Lexicon,
    indefinite: bool,
    prev_subject: str | None,
    previous: Mention | None,
    context: str,
    quantities: list[Quantity],
    cue: bool,
    year: int | None = None,
) -> list[Mention]:
    counts = []
    for q in quantities:
        dropped = _not_a_count(text, sent, q, lex) or (
            None if indefinite or not _is_indefinite(q, lex) else "not-a-count/indefinite"
        )
        if dropped is None:
            counts.append(q)
        else:
            fired(dropped, q.start)
    mentions = [Mention(q, q.end) for q in counts]
    for m in mentions:
        _analyse_head(text, m, sent.end, lex)
    denials = _denials(text, sent, lex, mentions) if cue else []
    for m in mentions:
        if m.other_noun:
            fired("not-a-count/other-noun", m.q.start)
    mentions = _with_articles(text, [m for m in mentions if not m.other_noun], sent.end, lex)
    kept = []
    for m in mentions:
        if _denied_figure(text, sent.start, m, lex):
            fired("not-a-count/denied-that", m.q.start)
        else:
            kept.append(m)
    mentions = kept
    mentions = _merge_sums(text, mentions)
    # measures, right to left so that coordinated figures share the verb after the last one
    for k in range(len(mentions) - 1, -1, -1):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        linked = nxt is not None and _linked(text, m, nxt)
        stop = nxt.q.start if nxt is not None and not linked else sent.end
        if linked and nxt is not None and nxt.subject is not None:
            stop = sent.end
        if m.head_measure is not None:
            m.measure, m.measure_rule = m.head_measure, m.head_rule
        elif (read := _measure_before(text, sent.start, m, lex)) is not None:
            m.measure, m.measure_rule = read
        elif linked and nxt is not None and nxt.measure is not None:
            m.measure, m.measure_rule = nxt.measure, "measure/linked"
        if m.measure is None or m.counted_by_measure:
            # a verb of its own; for people named by a measure, a death or an injury told of
            # them is what is counted ('two detainees have died', '14 detainees were beaten')
            verb = _measure_after(text, m.tail, stop, lex)
            worse = verb in HARM_MEASURES and (m.measure not in HARM_MEASURES or verb == "killed")
            if verb is not None and (m.measure is None or worse):  # not '19 bodies and 40 wounded'
                m.measure, m.own_verb, m.measure_rule = verb, True, "measure/verb-after"
    # 'including 12 police officers', 'while the union claimed 1.2 million': the figure before
    for k, m in enumerate(mentions):
        before = mentions[k - 1] if k else previous
        counted = " ".join(f"{m.q.text} {m.subject_text or ''}".split())
        if _is_part(text, sent.start, m):  # a part of another figure, never its rival
            whole = before.q.text if k else _partitive_whole(text, m)
            m.part = f"part: {counted} of {whole}"
        elif k and before.part and AND_GAP.fullmatch(text, before.tail, m.q.start):
            m.part = (
                f"part: {counted} of {before.part.split(' of ', 1)[1]}"  # '… and three children'
            )
        if before is None or (
            m.measure is not None
            and (
                not _echoes(text, sent.start, m, lex, inclusion=True)
                or (m.own_verb and PARTITIVE.match(text, m.q.end))  # '60 of them were hurt'
            )
        ):
            continue
        before_measure = before.measure or _default_measure(before, lex)
        if before_measure and _echoes(text, sent.start, m, lex, inclusion=m.measure is not None):
            m.measure, m.measure_rule = before_measure, "measure/of-figure-before"
            if m.subject is None:
                m.subject, m.subject_text = before.subject, m.subject_text
                m.subject_rule = "subject/of-figure-before"
    # 'six people, including four security personnel': the six count every side
    for k in range(1, len(mentions)):
        m, before = mentions[k], mentions[k - 1]
        if (
            before.subject == "people"
            and m.subject not in (None, "people")
            and INCLUDING.search(text, max(sent.start, m.q.start - 40), m.q.start)
        ):
            before.subject_text = f"{before.subject_text or 'people'} {ALL_SIDES}"
    # subjects of bare figures: a subject just before ('from the police 5'), else the figure before
    last = prev_subject
    for m in mentions:
        if m.subject is None and _counts_events(text, m, lex):
            m.subject = "people"  # 'the four deaths': nobody's side named ('30 wounded' elides it)
            m.subject_rule = "subject/event-noun"
        if m.subject is None or m.inherit:
            left = _subject_left(text, sent.start, m.q.start, lex)
            if left:
                m.subject, m.subject_rule = left, "subject/named-before"
            elif last:
                m.subject, m.subject_rule = last, "subject/previous-figure"
            elif m.subject is None:
                m.subject, m.subject_rule = "people", "subject/default-people"
        if m.measure is None:
            m.measure = _default_measure(m, lex)
            m.measure_rule = "measure/subject-default" if m.measure else None
        if (
            m.subject == "security"
            and m.measure == "participants"
            and not _protesting(lex).search(text, m.tail, min(sent.end, m.tail + 80))
        ):
            m.measure = "deployed"  # '1,300 police and soldiers took part in the search'
            m.measure_rule = "measure/forces-took-part"
        last = m.subject
    for m in mentions:
        if (
            m.subject == "people"
            and _generic(m.subject_text, lex)
            and _protest_context(text, sent, context, lex)
        ):
            m.subject, m.subject_rule = "protesters", "subject/protest-context"
    released = patterns(lex)["not-a-count/released-after"]
    keep = []
    for m in mentions:
        if m.measure not in lex.measures:
            continue
        if released.match(text, m.tail, sent.end):
            fired("not-a-count/released-after", m.q.start)
            continue  # '409 were detained, of whom 130 had since been released': 130 counts the released
        keep.append(m)
    time = _time_scope(text, sent, year, lex) if keep else None
    for m in keep:
        if m.part:
            m.scope, m.scope_rule = m.part, "scope/part-of-figure"
        else:
            m.scope, m.scope_rule = _scope(text, sent, m, time, lex)
    return sorted(keep + denials, key=lambda m: m.q.start)


INCLUDING = re.compile(
    r"(?:including|among\s+(?:them|whom)|of\s+(?:whom|them|which))\s+$", re.IGNORECASE
)


PARTITIVE = re.compile(
    r"\s+of\s+(?:them|whom|those|the\s+(?:dead|injured|wounded|deceased|victims|bodies|arrested|detained|detainees))\b",
    re.IGNORECASE,
)


def _partitive_whole(text: str, m: Mention) -> str:
    hit = PARTITIVE.match(text, m.q.end)
    return " ".join(hit.group().split()[1:]) if hit else "another figure"


def _is_part(text: str, lo: int, m: Mention) -> bool:
    return bool(
        INCLUDING.search(text, max(lo, m.q.start - 40), m.q.start) or PARTITIVE.match(text, m.q.end)
    )


def _counts_events(text: str, m: Mention, lex: Lexicon) -> bool:
    """The figure counts deaths, arrests or injuries ('four deaths'), not elided people."""
    words = text[m.q.end : m.tail].split()
    return bool(words) and words[-1].lower().strip(".,;:") in lex.grammar["event_nouns"]


def _default_measure(m: Mention, lex: Lexicon) -> str | None:
    """The measure a count of protesters or forces has without a verb: a crowd, a deployment.
    Either is counted in the dozens at least: 'one of the protesters told Reuters' and
    '5 officers were suspended' count neither."""
    if m.no_noun or (m.q.value is not None and m.q.low < MIN_CROWD):
        return None
    return lex.data["subject_default_measure"].get(m.subject or "")


def _echoes(text: str, lo: int, m: Mention, lex: Lexicon, *, inclusion: bool) -> bool:
    """A figure that takes the measure of the one before it: a part ('including 12 officers')
    or, for a bare number, a rival figure ('…, while the union claimed 1.2 million')."""
    if _is_part(text, lo, m):
        return True  # 'including 12 officers', '17 were killed, 12 of them children'
    if inclusion or not m.no_noun:
        return False
    if ACCORDING_AFTER.match(text, m.q.end) or CLAIMED_BY_AFTER.match(text, m.q.end):
        return True  # '24,000 marched according to the police, 160,000 according to the unions'
    words = [w.lower() for w in WORDS_OF.findall(text[max(lo, m.q.start - 40) : m.q.start])]
    return bool(words) and (
        words[-1] in lex.speech_verbs
        or words[-1] in lex.grammar["echo_before"]
        or words[-1] == "from"
        and len(words) > 1
        and (words[-2] in ("up", "down") or words[-2][0].isdigit())
    )  # 'the total had reached 12,306'; '46, up from 41'; 'to 41 from 35'


CLAIMED_BY_AFTER = re.compile(
    r"\s+(?:claimed|reported|announced|given|cited|counted)\s+by\b", re.IGNORECASE
)
ACCORDING_AFTER = re.compile(r"\s+according\s+to\b", re.IGNORECASE)


AMONG = re.compile(r"\s+among\s+(?:the\s+)?(?P<w>[\w-]+)", re.IGNORECASE)
AND_GAP = re.compile(r"\s*,?\s*and\s+")
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


def _denied_figure(text: str, lo: int, m: Mention, lex: Lexicon) -> bool:
    """'The army denied that 30 soldiers had been killed': 30 is not the army's claim."""
    return not m.denial and bool(
        patterns(lex)["not-a-count/denied-that"].search(text, lo, m.q.start)
    )


def _is_indefinite(q: Quantity, lex: Lexicon) -> bool:
    words = " ".join(q.text.lower().split())
    return any(words.endswith(w) for w in lex.indefinite)


def _linked(text: str, a: Mention, b: Mention) -> bool:
    """b is coordinated with a ('one officer and four personnel') or inside it ('six, including four')."""
    gap = text[a.tail : b.q.start]
    return bool(LINK_GAP.fullmatch(gap))


def _merge_sums(text: str, mentions: list[Mention]) -> list[Mention]:
    """'one police officer and four paramilitary personnel' -> one figure of 5 security."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            a = out[-1]
            gap = text[a.tail : m.q.start]
            if (
                AND_ONLY.fullmatch(gap)
                and not INCLUDING.search(text, max(0, a.q.start - 40), a.q.start)  # parts
                and a.subject is not None
                and a.subject == m.subject
                and a.q.value is not None
                and m.q.value is not None
                and m.q.qualifier in ("exact",)
            ):
                q = a.q
                high = None if q.high is None or m.q.high is None else q.high + m.q.high
                merged = Quantity(
                    text[q.start : m.tail],
                    q.start,
                    m.tail,
                    q.value + m.q.value,  # type: ignore[operator]
                    q.low + m.q.low,
                    high,
                    q.qualifier,
                )
                out[-1] = replace(
                    a,
                    q=merged,
                    tail=m.tail,
                    subject_text=f"{a.subject_text} and {m.subject_text}",
                    head_measure=a.head_measure or m.head_measure,
                )
                continue
        out.append(m)
    return out


def _subject_left(text: str, lo: int, at: int, lex: Lexicon) -> str | None:
    words = WORDS_OF.findall(text[max(lo, at - 40) : at])[-4:]
    if any(w.lower() in {"and", "while", "but"} for w in words[-1:]):
        return None
    for w in reversed(words):
        low = w.lower()
        if low in {"that", "said", "told", "says"} or low in lex.speech_verbs:
            return None  # 'told reporters that 25 …': the reporters are not counted
        if low in lex.subject_of and low != "others":
            return lex.subject_of[low]
    return None


def _denials(text: str, sent: Sentence, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """'denied any fatalities', 'no bodies were brought in', 'no one was killed' -> [0, 0]."""
    pats = _patterns(lex)
    nouns: dict[str, str] = pats["deny_nouns_map"]  # type: ignore[assignment]
    found: list[Mention] = []
    taken: list[tuple[int, int]] = [(m.q.start, m.q.end) for m in mentions]
    rule_pats = patterns(lex)
    for m in rule_pats["denial/verb-any"].finditer(text, sent.start, sent.end):
        measure = nouns[" ".join(m["n"].lower().split())]
        subject, subject_text = "people", None
        if m["among"]:
            last = m["among"].lower().split()[-1]
            subject, subject_text = lex.subject_of.get(last, "people"), m["among"]
        found.append(
            _denial(text, m.start(), m.end("n"), measure, subject, subject_text, "denial/verb-any")
        )
    for m in rule_pats["denial/verb-that"].finditer(text, sent.start, sent.end):
        subject = lex.subject_of.get((m["subj"] or "").lower(), "people")
        found.append(
            _denial(
                text,
                m.start(),
                m.end("t"),
                _deny_after_measure(lex, m["t"]),
                subject,
                m["subj"],
                "denial/verb-that",
            )
        )
    for m in rule_pats["denial/negator"].finditer(text, sent.start, sent.end):
        if any(s <= m.start() < e for s, e in taken) or any(
            d.q.start <= m.start() < d.q.end for d in found
        ):
            continue
        word = " ".join((m["n"] or m["p"]).lower().split())
        after = pats["deny_after"].match(text, m.end(), sent.end)
        if after is not None:
            measure = _deny_after_measure(lex, after["t"])
        elif word in nouns and nouns[word] == "killed" and word not in {"bodies", "body"}:
            measure = "killed"  # 'there were no deaths'
        elif word in nouns and (
            REPORTED.match(text, m.end(), sent.end)
            or THERE_WERE.search(text, sent.start, m.start())
        ):
            measure = nouns[word]  # 'No arrests were made', 'there were no injuries'
        else:
            continue
        subject = lex.subject_of.get(word, "people") if word not in nouns else "people"
        found.append(
            _denial(text, m.start(), m.end(), measure, subject, m.group(), "denial/negator")
        )
    return found


REPORTED = re.compile(
    r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)?"
    r"(?:made|reported|recorded|registered|confirmed|carried\s+out)\b",
    re.IGNORECASE,
)
THERE_WERE = re.compile(
    r"\bthere\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+$", re.IGNORECASE
)


def _denial(
    text: str,
    start: int,
    end: int,
    measure: str,
    subject: str,
    subject_text: str | None,
    rule_id: str,
) -> Mention:
    q = Quantity(text[start:end], start, end, 0, 0, 0, "denial")
    return Mention(
        q,
        end,
        subject=subject,
        subject_text=subject_text,
        measure=measure,
        denial=True,
        subject_rule=rule_id,
        measure_rule=rule_id,
    )

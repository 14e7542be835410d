"""Parser stage 2b, not-a-count: numbers that are dates, ages, sums, clock times, labels, names or
denied figures, dropped before the other passes."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.lexicon import Lexicon
from claimcheck.models import Quantity
from claimcheck.parse.head import Mention
from claimcheck.parse.numbers import cue_between, folded
from claimcheck.parse.rules import (
    combined,
    fired,
    fired_rule,
    patterns,
    required_literals,
    rule,
    with_patterns,
)
from claimcheck.parse.sentences import Sentence

CAPITAL_AFTER = re.compile(r"\s+[A-Z]")  # a capitalised word follows
LABEL_MARKS = frozenset("[$£€₹¥₦₱₵₺₴₩₽₫₪₨₸৳#№")  # a citation marker (Meerut.[6]), a currency sign or a number sign ('Issue #87')
CLOSING_QUOTES = frozenset("\"”’'")  # a quotation closing right after the number
QUOTED_NAME = "not-a-count/quoted-name"
SLOGAN = "not-a-count/slogan"
TAIL_TOKEN = re.compile(r"\w+\.?|[^\w\s]")  # a word (with a dot: 'Nov.') or a mark


def _labels_number(before: str, lex: Lexicon, figure: str = "") -> bool:
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
    if len(tokens) > 1 and tokens[-1] == "of" and tokens[-2] in lex.grammar["age_nouns"]:
        return True  # 'a boy of 13', 'a woman of 70': an age
    if (
        tokens[-1] in ("capacity", "capacities")
        or tokens[-2:] == ["capacity", "of"]
        or tokens[-1] == "for"
        and any(w in ("built", "designed", "meant", "intended", "room") for w in tokens[:-1])
    ):
        return True  # a capacity: 'built in 1998 for 600 inmates', 'a capacity of 54,000'
    if len(tokens) > 2 and tokens[-1] == "of" and tokens[-2].isdigit():
        if tokens[-3] in lex.grammar["label_words"]:
            return True  # 'Photo 4 of 20', 'Page 3 of 12': the count of a label's series
    last = tokens[-1][:-1] if tokens[-1].endswith(".") else tokens[-1]
    return (
        last in lex.grammar["label_words"]
        or last in lex.months
        and not (len(tokens) > 1 and tokens[-2].isdigit() and len(tokens[-2]) <= 2 and not YEAR.fullmatch(figure))
        # a day-first date is whole: 'as of 17 April 84 people have died', 'On 28 November three
        # people were arrested' (but its year: 'On 11 November 1997 soldiers opened fire')
        or (last == "year" and tokens[-3:-1] == ["of", "the"])
    )


# --- filters -----------------------------------------------------------------


DATE_NAME = "not-a-count/date-name"
DAY_NAME = re.compile(r"(?:[1-9]|[12]\d|3[01])M")  # '8M' (a capital M right after a day's number)
DAY_NAME_AFTER = re.compile(
    r"\s+(?:marches|march|strikes?|movement|rally|rallies|protests?|demonstrations?|mobili[sz]ations?|day|general\s+strike"
    r"|feminist|women['’]s|anniversary|coalition|assembly|committee|collective)\b",
    re.IGNORECASE,
)  # the words of an action or its movement after the name ('the 8M march', 'the 8M feminist strike')
APPOSITION_BEFORE = re.compile(
    r"(?:[A-Za-z]|\b[A-ZÀ-ÞĀ-Ž]\.),\s*(?:(?:then|now|aged)\s+)?$"
)  # 'Andrés, (then) 19,'; initials: 'The driver M.A., 38,'
COUNT_OF_BEFORE = re.compile(
    r"\b(?:count|tally|number|figure|total|toll|list|estimate|record)\s+of\s+(?:the\s+)?[a-z]+,\s*$", re.IGNORECASE
)  # 'the fire service's own count of injured, (63)': a count in apposition, no one's age
AGE_BRACKET_BEFORE = re.compile(r"(?<![Tt]he )\b[A-Z][a-z]+[ \t]+[A-Z][a-z'’-]+[ \t]*\(?$")  # 'Themba Nkambule ('
AGE_LIST_ITEM = re.compile(r"\b[A-ZÀ-Þ][\w.'’-]*[ \t]*\(\d{1,2}\)")  # 'EB (37)', 'Ü.B. (14)': initials and an age
PEOPLE_NAMED = re.compile(
    r"\b(?:injured|wounded|dead|deceased|victims|suspects|detainees|detained|arrested|killed|named|identified)\b[^.;:]{0,30}$",
    re.IGNORECASE,
)  # (people named before the list: 'the injured FG (42), …'; not 'Hospitals: Adan (29), Kula (12), …')
NAME_BEFORE_AGE = re.compile(r"\b[A-ZÀ-Þ][\w.'’-]*[ \t]*\(?$")
AGE_BRACKET_AFTER = re.compile(r"\s*(?:,|\band\b|;|\)|\.)")  # a name's age ends its item
AGES_OR = re.compile(
    r"\b(?:(?i:they|them|victims|children|boys|girls|both|all|who|he|she)"
    r"|(?!(?:It|This|That|There|The|Turnout|Attendance|Toll)\b)[A-Z][a-z]+)"
    r"\s+(?i:were|was|are|is)\s+(?i:only\s+|just\s+|aged\s+)?$"
)  # 'the victims were (16 or 17)': who was how old, not 'The toll was'

AGES_OR_AFTER = re.compile(r"\s*(?:,|\s(?:and|when|at\s+the\s+time|years)\b)", re.IGNORECASE)


YEAR = re.compile(r"(1[89]|20)\d\d")
YEAR_RANGE = re.compile(
    r"(?:1[89]|20)\d\d\s*[-–—]\s*(?:(?:1[89]|20)\d\d|\d\d)"
)  # 2024–2025, 2019-20
YEAR_SPAN_START = re.compile(r"\b(?:1[89]|20)\d\d[-–/]$")  # '2025-' before '26'
COUNTED_WORD = re.compile(r"\s+([A-Za-z]+)")
YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|during|until|till|from|of|to|before|after|through|for|early|late|mid)\s+$",
    re.IGNORECASE,
)


AGE_TIME_AFTER = re.compile(
    rule("not-a-count/age-was").effect["after"], re.IGNORECASE
)  # '(was 36) when', '(is 71) now'
AGE_ALONE = "not-a-count/age-told-alone"
AGE_ALONE_AFTER = re.compile(rule(AGE_ALONE).effect["after"])  # '(He was 22).'


@lru_cache(maxsize=16)
def _window_rules(lex: Lexicon, window: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The not-a-count rules read in one window after the number ('after': its next words;
    FAR_AFTER: its 60 characters, what the people counted did: '212 people pulled from the
    sea'), as one pattern (one match per number instead of one per rule)."""
    ids = tuple(r.id for r in with_patterns("not_a_count") if r.effect.get("window") == window)
    return combined("not_a_count", lex, ids)


FAR_AFTER = "the 60 characters after the figure"
DATE_AFTER = "not-a-count/date-after"
RARE_WORD = 5  # the length from which a word every match of a rule holds is worth a look-up before it
WindowReader = tuple[re.Pattern[str], tuple[str, ...], tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]]


@lru_cache(maxsize=16)
def _window_reader(lex: Lexicon, window: str) -> WindowReader:
    """:func:`_window_rules`, with the rules that end the priority order and whose every match
    holds one of a few long words ('blood', 'donors', 'transfusion': not-a-count/blood-donors)
    left out of the one pattern: each is tried after it, alone, and only when the window holds
    one of its words (rules.required_literals reads them off its pattern). The match is anchored
    at the figure's end, so the rules tried one after another in the same order give the rule
    the one pattern gives; the words of a window that holds none cost a look-up, not the
    pattern's skips over its words (some 16 k instructions a figure for blood-donors)."""
    ids = tuple(r.id for r in with_patterns("not_a_count") if r.effect.get("window") == window)
    compiled = patterns(lex)
    tail: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = []
    while len(ids) > 1:
        words = required_literals(compiled[ids[-1]])
        if words is None or words[1] or min(len(w) for w in words[0]) < RARE_WORD:
            break  # (case-blind words are not looked up: the window is read folded)
        tail.insert(0, (ids[-1], compiled[ids[-1]], tuple(sorted(words[0]))))
        ids = ids[:-1]
    return (*combined("not_a_count", lex, ids), tuple(tail))


def _window_match(low: str, lo: int, hi: int, reader: WindowReader) -> tuple[str, re.Match[str]] | None:
    """The first rule of a window (``_window_reader``) that matches low[lo:hi] at ``lo``, and
    its match."""
    pat, ids, tail = reader
    if (m := pat.match(low, lo, hi)) is not None:
        return fired_rule(m, ids), m
    for rid, own, words in tail:
        if any(low.find(w, lo, hi) >= 0 for w in words) and (m := own.match(low, lo, hi)) is not None:
            return rid, m
    return None


def _may_be_day(q: Quantity) -> bool:
    """A figure that may be a day of a month: a whole number from 1 to 31 written as digits
    or a word (not '30,000', not 'thousands')."""
    return q.value is not None and q.value == int(q.value) and 1 <= q.value <= 31


def _not_a_count(text: str, sent: Sentence, q: Quantity, lex: Lexicon) -> str | None:
    """The id of the rule that makes ``q`` something other than a count, or None."""
    before = text[max(sent.start, q.start - 24) : q.start]
    after = text[q.end : min(sent.end, q.end + 20)]
    pat, ids = _window_rules(lex, "after")
    low = folded(text)
    unit = pat.match(low, q.end, q.end + len(after))
    if unit and not (
        (rid := fired_rule(unit, ids)) == DATE_AFTER and not _may_be_day(q) and text[q.end : unit.end()].strip().islower()
    ):  # ('30,000 march in Lima': no day of a month before a month's name written lower-case)
        return rid
    if q.text[-1:] == "M" and DAY_NAME.fullmatch(q.text) and DAY_NAME_AFTER.match(text, q.end, sent.end):
        return DATE_NAME  # 'the 8M march': a day of a month naming a day of action
    if far := _window_match(low, q.end, min(sent.end, q.end + 60), _window_reader(lex, FAR_AFTER)):
        return far[0]
    if (
        q.qualifier == "exact"
        and after.startswith(",")  # (the cheap tests before the pattern)
        and (q.value or 0) < 120
        and APPOSITION_BEFORE.search(before)
        and not COUNT_OF_BEFORE.search(before)  # ('its own count of injured, 63, covered …': the count's figure)
    ):
        return "not-a-count/age-apposition"  # 'the suspect, 34, was arrested': an age
    if (
        q.qualifier == "exact"
        and (q.value or 0) < 100
        and (pair := _ages_pair(text, sent, q, before, after, lex))
    ):
        return pair  # 'Two of them were children, 15 and 16, held with their fathers'
    if (
        q.qualifier == "exact"
        and (q.text[:1] == "(" or before.endswith("(") and after[:1] == ")")
        and (q.value or 0) < 120
        and AGE_BRACKET_AFTER.match(after, 1 if after[:1] == ")" else 0)
        and (name := AGE_BRACKET_BEFORE.search(before))
        and name.group().rstrip("( \t").split()[-1].lower() not in lex.grammar["place_heads"]
    ):  # (not 'Adan Hospital (29)': a count at a place)
        return "not-a-count/age-in-brackets"  # 'Comrade Themba Nkambule (41), were shot dead'
    if (
        q.qualifier == "exact"
        and q.text[:1] == "("
        and (q.value or 0) < 120
        and NAME_BEFORE_AGE.search(before)
        and len(items := AGE_LIST_ITEM.findall(text, line := text.rfind("\n", 0, q.start) + 1, sent.end)) >= 3
        and PEOPLE_NAMED.search(text, max(line, q.start - 400), text.find(items[0], line))
        # (over its line: initials' dots may end a sentence, 'Ü.B. (14)')
    ):  # a list of people and their ages: 'the injured FG (42), Ü.B. (14), … and EB (37) were taken to hospital'
        return "not-a-count/age-in-brackets"
    if (
        q.qualifier == "range"
        and q.high is not None
        and q.high - q.low == 1
        and 10 <= q.low < 100
        and " or " in q.text
        and AGES_OR.search(before)
        and AGES_OR_AFTER.match(text, q.end, sent.end)
    ):
        return "not-a-count/ages-or"  # 'four of the victims were 16 or 17 and had entered': ages
    if after[:1] in (".", ")", "/") and after[1:2] in (" ", "\t") and _opens_line(text, q.start):
        return "not-a-count/list-number"  # '1. release everyone detained …', a thread's '5/ Injured now at 61'
    if q.qualifier == "exact" and (
        (after[:2] in (") ", ")\t") and q.start and text[q.start - 1] == "(" and _opens_line(text, q.start - 1))
        or (q.text[:1] == "(" and after[:1] in (" ", "\t") and _opens_line(text, q.start))
    ):
        return "not-a-count/list-number"  # '(3) The Ministry denied …': a note's number (read with its brackets)
    if (
        after[:2] in (' "', " “")
        and after[2:3].isupper()  # (a title: not '300 "illegal" miners')
        and q.qualifier == "exact"
        and q.text.isdigit()
        and len(q.text) <= 3
        and _opens_line(text, q.start)
    ):
        return "not-a-count/list-number"  # '5 "Nine bodies retrieved at Mupfure", The Herald': a footnote
    if (
        q.qualifier == "exact"
        and q.text.isdigit()
        and len(q.text) <= 2
        and _opens_line(text, q.start)
        and _numbered_heading(text, q)
    ):
        return "not-a-count/section-number"  # 'Contents\n1 Background\n…\n4 Arrests'
    if (
        q.text[1:3].startswith(".")
        and SUBSECTION.fullmatch(q.text)
        and CAPITAL_AFTER.match(after)
        and _opens_line(text, q.start)
    ):
        return "not-a-count/section-number"  # '4.1 Estimates of the dead', '7.2 Crowd stewards shall …'
    if (
        q.qualifier == "exact"
        and (q.value or 0) < 120
        and AGE_TIME_AFTER.match(after)
        and patterns(lex)["not-a-count/age-was"].search(before)
    ):
        return "not-a-count/age-was"  # 'Abdul Sattar was 36 when he walked out', 'He is 71 now'
    if (
        q.qualifier == "exact"
        and (q.value or 0) < 120
        and "e " in before[-14:]  # (a cheap test first: 'he was ', 'she is ')
        and AGE_ALONE_AFTER.match(after)
        and patterns(lex)[AGE_ALONE].search(before)
    ):
        return AGE_ALONE  # '"A young man died here an hour ago. He was 22."'
    if (
        q.qualifier == "exact"
        and (q.value or 0) < 120
        and (q.text[:1] == "(" or before.endswith("(") or "is " in before[-14:] or "as " in before[-14:])
        and not after.startswith(" of ")  # ('my cousin was one of them': not-a-count/was-one-of-them)
        and patterns(lex)[AGE_OF_KIN].search(
            text[max(sent.start, q.start - 40) : q.start] + ("(" if q.text[:1] == "(" else "")
        )
    ):
        return AGE_OF_KIN  # 'my mother is 82', 'My cousin (17) was one of them'
    if (
        q.qualifier == "exact"
        and (q.value or 0) < 120
        and (
            q.text[:1] == "("  # (read with its bracket: '(29) from Slovenia')
            or before.endswith("(") and after[:1] == ")"
            or AGE_OF_ONE_AFTER.match(text, q.end, sent.end)
        )
        and patterns(lex)[AGE_OF_ONE].search(
            text[max(sent.start, q.start - 60) : q.start] + ("(" if q.text[:1] == "(" else "")
        )
    ):
        return AGE_OF_ONE  # 'the man who died last night was 52 and', 'the operator of the lift (29)'
    if (
        q.qualifier == "exact"
        and 0 < (q.value or 0) <= 24  # a clock time; 'the unions at 350,000' is a count, 'at zero' none
        and patterns(lex)["not-a-count/clock-at"].search(before)
    ):  # 'broke out at 2'; but 'put the crowd at 25,000' is a count
        counted = patterns(lex)["not-a-count/count-at"]
        if not counted.search(text, max(sent.start, q.start - COUNT_AT_READ), q.start):
            return "not-a-count/clock-at"
        fired("not-a-count/count-at", q.start)
    if (
        q.qualifier == "exact"
        and (q.value or 0) < 100
        and EVENT_NAME_AFTER.match(text, q.end, sent.end)
        and patterns(lex)[EVENT_NAME].search(text, max(sent.start, q.start - 40), q.start)
    ):
        return EVENT_NAME  # 'the Undi Adil 6 rally': a series' edition in a gathering's name
    if q.qualifier == "range" and AGED_BEFORE.search(before):
        return "not-a-count/label-before"  # a range of ages: 'children aged 15 to 17', 'men aged between 36 to 58'
    if q.qualifier == "exact" and _labels_number(before, lex, q.text):
        return "not-a-count/label-before"
    if q.qualifier == "exact" and (q.value or 0) < 120 and "est" in (wide := text[max(sent.start, q.start - 48) : q.start]):
        if patterns(lex)[AGE_SUPERLATIVE].search(wide):  # (a cheap test first: 'youngest', 'oldest')
            return AGE_SUPERLATIVE  # 'The youngest was 17': an age
    if 1 <= (q.value or 0) < 100 and (limit := AGE_LIMIT_WORD.match(q.text) or AGE_LIMIT_END.search(before)):
        # (the limit word read into the figure's qualifier, 'under eighteen', or before it)
        lead = text[max(sent.start, q.start - 60) : q.start] + (limit[0] + " " if limit.re is AGE_LIMIT_WORD else "")
        if (age := patterns(lex)[AGE_LIMIT].search(lead)) and (q.value >= 10 or age["part"]):
            return AGE_LIMIT  # '34 of them under eighteen', '3 of the injured were under 5': an age, who the part is
    if q.qualifier == "exact" and q.text.isdigit() and PHONE_END.match(text, q.end, sent.end + 1):
        if patterns(lex)[PHONE_NUMBER].search(text, max(sent.start, q.start - 60), q.start):
            return PHONE_NUMBER  # 'Report suspicious activity to 112.', 'call 0800 123'
    if _standing_size(text, sent, q, lex):
        return STANDING_SIZE  # 'counts more than 600,000 volunteers across the country'
    lo = max(sent.start, q.start - 60)
    if DIFFERENCE_CUE.search(low, lo, q.start) and patterns(lex)[DIFFERENCE].search(text, lo, q.start):
        return DIFFERENCE  # 'The gap between the two is eight lives', 'the two tolls differ by 17'
    if q.qualifier == "exact" and len(q.text) == 2 and YEAR_SPAN_START.search(before):
        return "not-a-count/year"  # 'In 2025-26 our volunteers documented …': a span's end year
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
    if (
        q.text == "One"
        and q.start - sent.start <= 1
        and ONE_AUX_AFTER.match(after)
        and ENUMERATION_NEXT.match(text, sent.end)
    ):
        return "not-a-count/one-enumerated"  # 'One was admitted to PIMS …. Another was …'
    if after[:1] == "!" and _exclaimed_again(text, sent, q):
        return EXCLAIMED_AGAIN  # 'The organisers claimed 50,000 marchers. Fifty thousand!'
    if after[:1] in CLOSING_QUOTES and patterns(lex)[QUOTED_NAME].search(before):
        return QUOTED_NAME  # 'the "Tunis 12"': a group's name
    lo = max(sent.start, q.start - 60)
    if (text.find('"', lo, q.start) >= 0 or text.find("“", lo, q.start) >= 0) and patterns(lex)[SLOGAN].search(
        text, lo, q.start
    ):
        return SLOGAN  # 'a banner reading "47, not 31"': the banner's words
    first = q.text[:1]
    if first.isalpha() and first.isupper() and q.start > sent.start and CAPITAL_AFTER.match(after):
        return "not-a-count/name"  # a name: 'Zero Point', 'Four Seasons'
    return None


EXCLAIMED_AGAIN = "not-a-count/exclaimed-again"
OPENING_MARKS = " \t\n\"“‘'«"
ECHO_READ = 400  # how far before its sentence the figure exclaimed again is looked for


def _exclaimed_again(text: str, sent: Sentence, q: Quantity) -> bool:
    """Whether ``q`` is a sentence of its own, the figure alone and '!', that says again a figure
    told just before ('More than sixty thousand of you came today. Sixty thousand!'): the same
    value in digits ('50,000') or in the same words, not a part of a longer number."""
    if text[sent.start : q.start].strip(OPENING_MARKS) or q.value is None:
        return False
    told = text[max(0, sent.start - ECHO_READ) : sent.start]
    value = int(q.value)
    forms = {f"{value:,}", str(value), q.text.lower()}
    return any(
        re.search(rf"(?<![\w,.]){re.escape(form)}(?![\w]|[,.]\d)", told, re.IGNORECASE) for form in forms
    )


AGE_SUPERLATIVE = "not-a-count/age-superlative"
EVENT_NAME = "not-a-count/event-name"
EVENT_NAME_AFTER = re.compile(rule(EVENT_NAME).effect["after"], re.IGNORECASE)  # ' rally', ' march'

AGE_OF_KIN = "not-a-count/age-of-kin"
AGE_OF_ONE = "not-a-count/age-of-one"
AGE_OF_ONE_AFTER = re.compile(rule(AGE_OF_ONE).effect["after"], re.IGNORECASE)  # '(was 52) and', '(is 71).'
AGE_LIMIT = "not-a-count/age-limit"
AGE_LIMIT_WORD = re.compile(r"(?:under|below|over|above)(?=\s)", re.IGNORECASE)  # (cheap tests first)
AGE_LIMIT_END = re.compile(r"\b(?:under|below|over|above|younger\s+than|older\s+than)\s+$", re.IGNORECASE)
PHONE_NUMBER = "not-a-count/phone-number"
DIFFERENCE = "not-a-count/difference-between"
DIFFERENCE_CUE = re.compile("|".join(re.escape(c) for c in rule(DIFFERENCE).effect["cue_in"]))  # one C scan
PHONE_END = re.compile(r"\s*(?:[.;,)]|$|\n|\s(?:or|for|and|if|to|free|toll-free|from|between|at|any)\b)")
PAIR_FIRST = re.compile(r"\s+and\s+(?:one\s+)?\d{1,2}\s*,")  # '(15) and 16,', '(one 16) and one 14,'
PAIR_SECOND = re.compile(r"([A-Za-z]+),\s*(?:one\s+)?\d{1,2}\s+and\s+(?:one\s+)?$")  # 'children, 15 and (16)', 'boys, one 16 and one (14)'
PAIR_BEFORE = re.compile(r"([A-Za-z]+),\s*(?:one\s+)?$")  # 'children, (15) and 16', 'boys, one (16) and one 14'


STANDING_SIZE = "not-a-count/standing-size"
STANDING_STRONG = re.compile(rule(STANDING_SIZE).effect["strong"], re.IGNORECASE)  # 'network of'
STANDING_WEAK = re.compile(rule(STANDING_SIZE).effect["weak"], re.IGNORECASE)  # 'counts'


def _standing_size(text: str, sent: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """not-a-count/standing-size: the members or volunteers a body has in all ('counts more than
    600,000 volunteers across the country', 'funded by donations from 1,900 supporters')."""
    noun = patterns(lex)[STANDING_SIZE].match(text, q.end, sent.end)
    if noun is None:
        return False
    lead = text[max(sent.start, q.start - 40) : q.start]
    if STANDING_STRONG.search(lead):
        return True
    # (with 'has' or 'with', only where they are all: 'The Red Cross has 300 volunteers.' may be
    # those at work, and 'drew 5,000 supporters nationwide' is a crowd)
    return noun["tail"] is not None and STANDING_WEAK.search(lead) is not None


def _ages_pair(text: str, sent: Sentence, q: Quantity, before: str, after: str, lex: Lexicon) -> str | None:
    """Two ages in apposition after people's noun: 'Two of them were children, 15 and 16, held
    with their fathers', 'two sisters, 9 and 12, were', 'Two teenage boys, one 16 and one 14,
    were among the dead' (not-a-count/age-apposition for a pair)."""
    if after.startswith(","):
        word = PAIR_SECOND.search(before)
    elif PAIR_FIRST.match(after):
        word = PAIR_BEFORE.search(before)
    else:
        return None
    if word is None:
        return None
    noun = word.group(1).lower()
    if lex.subject_of.get(noun) == "people" or noun in lex.grammar["age_nouns"] or noun.rstrip("s") in lex.grammar["age_nouns"]:
        return "not-a-count/age-apposition"
    return None


ONE_AUX_AFTER = re.compile(r"\s+(?:was|had|died|is|has)\b")  # 'One was', not 'One man was'
ENUMERATION_NEXT = re.compile(
    r"[\s\"”’)]*(?:Another|The\s+other|The\s+second|A\s+second)\b"
)  # the next sentence goes on with the next person of those counted before


HEADING_AFTER = re.compile(
    r"[ \t]+[A-Z][\w'’-]*(?:,(?=[ \t]+[a-z]))?(?:[ \t]+[\w'’-]+(?:,(?=[ \t]+[a-z]))?){0,5}[ \t]*(?=\n|$)"
)
# the words of a numbered section heading after its number: ' Arrests', ' Casualties and losses',
# ' Arrests, trials and deportations'
NUMBERED_LINE = re.compile(r"[ \t]*(\d{1,2})(?:\.\d{1,2})?(?=[ \t]+[A-Z])")  # '3 Casualties', '2.2 Opposition rally'
SUBSECTION = re.compile(r"\d{1,2}\.\d{1,2}")  # a numbered subsection or paragraph: '4.1', '7.2'


def _numbered_heading(text: str, q: Quantity) -> bool:
    """A number opening a line of a few title words only, with the line before or after it
    numbered one less or one more: a page's table of contents or numbered section headings
    ('1 Background\n2 Clashes\n3 Casualties\n4 Arrests'), not a count ('14 Dead' over '230
    Injured' counts)."""
    if HEADING_AFTER.match(text, q.end) is None:
        return False
    n = int(q.text)
    start = text.rfind("\n", 0, q.start)
    end = text.find("\n", q.end)
    before = text.rfind("\n", 0, start) + 1 if start > 0 else -1
    for line in (before, end + 1 if end >= 0 else -1):
        m = NUMBERED_LINE.match(text, line) if line >= 0 else None
        if m is not None and abs(int(m[1]) - n) == 1 and HEADING_AFTER.match(text, m.end()):
            return True
    return False


def _opens_line(text: str, at: int) -> bool:
    """Only spaces or tabs stand between the line's start and offset ``at``."""
    line = text.rfind("\n", 0, at) + 1
    return not text[line:at].strip(" \t")


def _denied_figure(text: str, lo: int, m: Mention, lex: Lexicon) -> bool:
    """'The army denied that 30 soldiers had been killed': 30 is not the army's claim (its cue
    word first, in the folded text: a cheap test most sentences before a figure fail)."""
    return (
        not m.denial
        and any(folded(text).find(cue, lo, m.q.start) >= 0 for cue in DENIED_THAT_CUES)
        and bool(patterns(lex)["not-a-count/denied-that"].search(text, lo, m.q.start))
    )


DENIED_THAT_CUES = tuple(rule("not-a-count/denied-that").effect["cue_in"])  # one is in any text it matches
IF_RIGHT = "not-a-count/if-right"


def _supposed_figure(text: str, lo: int, m: Mention, lex: Lexicon) -> bool:
    """'If the ARJ is right, 35 victims were never on any list': a figure of a supposition
    ('if ' first, in the folded text: most sentences have none before their figure)."""
    return folded(text).find("if ", lo, m.q.start) >= 0 and bool(
        patterns(lex)[IF_RIGHT].search(text, lo, m.q.start)
    )


RUMOUR = "not-a-count/rumour-called-false"
NEXT_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s|$)|\n\s*\n")  # where the next sentence ends


@lru_cache(maxsize=1)
def _rumour_words() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    effect = rule(RUMOUR).effect
    return (
        tuple(effect["cue_in"]),
        re.compile(effect["called_false"], re.IGNORECASE),
        re.compile(effect["told_after"], re.IGNORECASE),
        re.compile(effect["rumour_of"], re.IGNORECASE),
    )


FALSE_AFTER = re.compile(rule(RUMOUR).effect["false_after"], re.IGNORECASE)  # 'The 100 dead one was false'
FALSE_CUES = tuple(rule(RUMOUR).effect["false_cues"])
FALSE_READ = 40  # how far after the figure its own clause's 'was false' is looked for
RUMOUR_ANY = FALSE_CUES + tuple(rule(RUMOUR).effect["cue_in"])  # one is in any sentence the rule fires on


def _rumour_called_false(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> bool:
    """'Messages shared on WhatsApp claimed that more than 100 miners had died. The ministry
    called the messages "false"': a rumour's figure the report denies (the rule
    not-a-count/rumour-called-false; a medium named in the sentence first, in the folded text:
    a cheap test most sentences fail)."""
    cues, called_false, told_after, rumour_of = _rumour_words()
    low = folded(text)
    within = (sent.start, sent.end)
    if not cue_between(low, RUMOUR_ANY, sent.start, sent.end, within):
        return False  # (one look-up for the tests below, each of which needs one of the cues in the sentence)
    near = min(sent.end, m.q.end + FALSE_READ)
    if cue_between(low, FALSE_CUES, m.q.end, near, within) and FALSE_AFTER.match(text[m.q.end : near]):
        return True  # 'The 100 dead one was false too': its own clause calls it false
    if cue_between(low, cues, sent.start, m.q.start, within):  # (the cues found once a report)
        if not patterns(lex)[RUMOUR].search(text, max(sent.start, m.q.start - 200), m.q.start):
            return False
    elif not (  # ('figures of several hundred arrests are circulating on social networks')
        cue_between(low, cues, m.q.end, sent.end, within)
        and rumour_of.search(text, max(sent.start, m.q.start - 40), m.q.start)
        and told_after.search(text[m.q.end : sent.end])
    ):
        return False
    after = NEXT_SENTENCE_END.search(text, sent.end + 1, sent.end + 400)
    return called_false.search(text, sent.start, after.end() if after else sent.end) is not None


RATED_CLAIM = "not-a-count/rated-claim"
RATED_VERDICT = re.compile(rule(RATED_CLAIM).effect["verdict_after"], re.IGNORECASE)  # '(… 50) are also unsupported'
RATED_CUES = tuple(rule(RATED_CLAIM).effect["verdict_cues"])  # one is in any verdict it matches
RATED_READ = 100  # how far before the figure its claim's noun is looked for


def _rated_claim(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> bool:
    """'The claim that police hospitalised dozens of protesters is UNSUPPORTED': a figure of a
    claim the writer rates (the rule not-a-count/rated-claim; a verdict's word after the figure
    first, in the folded text: a cheap test most sentences fail).

    >>> from claimcheck.lexicon import load_lexicon
    >>> from claimcheck.parse.sentences import split_sentences
    >>> def rated(text, figure):
    ...     at = text.index(figure)
    ...     sent = next(s for s in split_sentences(text) if s.start <= at < s.end)
    ...     q = Quantity(figure, at, at + len(figure), 1, 1, 1, "exact")
    ...     return _rated_claim(text, sent, Mention(q, q.end), load_lexicon())
    >>> rated("The claims of 50 children killed and 1,000 arrested are also unsupported.", "1,000")
    True
    >>> rated("The claim that 40 people died was confirmed by the ministry.", "40")
    False
    """
    if not (cue_between(folded(text), RATED_CUES, m.q.end, sent.end, (sent.start, sent.end)) and RATED_VERDICT.match(text, m.q.end, sent.end)):
        return False
    claim = patterns(lex)[RATED_CLAIM].search(text, max(sent.start, m.q.start - RATED_READ), m.q.start)
    return claim is not None and not _owned(text, sent.start, claim.start("noun"), lex)


DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "any", "such"})
WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")


def _owned(text: str, lo: int, at: int, lex: Lexicon) -> bool:
    """The word right before a claim's noun at ``at`` names its owner: a possessive ('the
    organisers' claim'), a name or a capitalised word inside the sentence ('the AMDH figure'),
    a noun of a claimant or of people ('The police figure of 19 arrests').

    >>> from claimcheck.lexicon import load_lexicon
    >>> text = "The police figure of 19 arrests is false. The claim that 32 died is FALSE."
    >>> _owned(text, 0, text.index("figure"), load_lexicon()), _owned(text, 42, text.index("claim "), load_lexicon())
    (True, False)
    """
    word = WORD_BEFORE.search(text, max(lo, at - 40), at)
    if word is None:
        return False
    w = word.group(1)
    low = w.lower()
    if low in DETERMINERS:
        return False
    return (
        low.endswith(("'s", "’s", "s'", "s’"))
        or w[:1].isupper() and word.start(1) > lo
        or low in lex.claimant_nouns
        or low in lex.subject_of
    )


ONE_PRONOUN = "not-a-count/one-pronoun"
ONE_AFTER = re.compile(rule(ONE_PRONOUN).effect["after"])


ONE_SPEAKER = "not-a-count/one-speaker"
ONE_SPEAKER_AFTER = re.compile(rule(ONE_SPEAKER).effect["after"], re.IGNORECASE)


def _one_pronoun(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> bool:
    """'the ministry's number is "the verified one"': 'one' a pronoun (the rule
    not-a-count/one-pronoun; the word itself first, a cheap test); or the speaker of a quote
    ('… said one, who gave his name as Anto', 'One of the nurses told …': not-a-count/one-speaker)."""
    if m.q.text.lower() != "one":
        return False
    lo = max(sent.start, m.q.start - 40)
    if ONE_AFTER.match(text[m.q.end : m.q.end + 4]) is not None and patterns(lex)[ONE_PRONOUN].search(text, lo, m.q.start) is not None:
        return True
    if ONE_SPEAKER_AFTER.match(text[m.q.end : sent.end]) is not None and patterns(lex)[ONE_SPEAKER].search(text[lo : m.q.start]) is not None:
        fired(ONE_SPEAKER, m.q.start)
        return True
    return False


NEVER_SAID = "not-a-count/never-said"
NEVER_SAID_CUE = re.compile("|".join(re.escape(c) for c in rule(NEVER_SAID).effect["cue_in"]))  # one C scan
QUOTED_ASKED = "not-a-count/quoted-in-question"


def _never_said(text: str, lo: int, m: Mention, lex: Lexicon) -> bool:
    """'nobody from Jugo ever said three dead': a claim told not to have been made (a
    negation first, in the folded text: most windows have none)."""
    start = max(lo, m.q.start - 60)
    return NEVER_SAID_CUE.search(folded(text), start, m.q.start) is not None and bool(
        patterns(lex)[NEVER_SAID].search(text, start, m.q.start)
    )


ASKED = "not-a-count/asked"
ECHO_BEFORE = re.compile(rule(ASKED).effect["echo_before"], re.IGNORECASE)
ECHO_AFTER = re.compile(rule(ASKED).effect["echo_after"], re.IGNORECASE)


def _asked(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> bool:
    """'@medina_doc is it true what they say on Facebook, 200 bodies in the morgue?', '4,000??':
    a figure asked about as hearsay, or echoed back as a question on its own, is doubted, not
    claimed (a question mark ending the sentence, tested first).

    >>> from claimcheck.lexicon import load_lexicon
    >>> from claimcheck.parse.sentences import split_sentences
    >>> def asked(text, figure, nth=0):
    ...     at = [i for i in range(len(text)) if text.startswith(figure, i)][nth]
    ...     sent = next(s for s in split_sentences(text) if s.start <= at < s.end)
    ...     q = Quantity(figure, at, at + len(figure), 1, 1, 1, "exact")
    ...     return _asked(text, sent, Mention(q, q.end), load_lexicon())
    >>> asked("Police are saying 4,000 on the march. 4,000?? It was packed.", "4,000", 1)
    True
    >>> asked("Did police really count 3,000?", "3,000"), asked("Did 3,000 march?", "3,000"), asked("30 dead or 51?", "51")
    (True, False, False)
    """
    if not text[sent.start : sent.end].rstrip().rstrip("\"”’'").endswith("?"):
        return False
    if ECHO_BEFORE.match(text, sent.start, m.q.start) and ECHO_AFTER.match(text, m.q.end, sent.end):
        return True  # '4,000??', 'Only 300 people?'
    return bool(patterns(lex)[ASKED].match(text, sent.start, sent.end))


COUNT_AT_READ = 120  # how far before 'at N' not-a-count/count-at reads (a long phrase of what is counted)
AGED_BEFORE = re.compile(r"\baged\s+(?:between\s+|from\s+)?$", re.IGNORECASE)  # an age range's label: 'aged 15 to 17', 'aged between 36 and 58'


def _quoted_in_question(text: str, lo: int, hi: int, m: Mention, lex: Lexicon) -> bool:
    """'Where did "three dead" come from?': the wording asked about (a question mark ending the
    sentence and a quotation mark opening right before the figure, tested first)."""
    return (
        m.q.start > lo
        and text[m.q.start - 1] in "\"“"
        and text[lo:hi].rstrip().endswith("?")
        and bool(patterns(lex)[QUOTED_ASKED].match(text, m.q.end, hi))
    )


def _is_indefinite(q: Quantity, lex: Lexicon) -> bool:
    words = " ".join(q.text.lower().split())
    return words.endswith(_indefinite_ends(lex))  # (one test in C, not one per word)


@lru_cache(maxsize=8)
def _indefinite_ends(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lex.indefinite))

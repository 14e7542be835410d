"""Parser stage, numbers: find number phrases (digits, words, ranges, vague magnitudes) and their intervals."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from claimcheck.lexicon import NUMBER_NAMES, Lexicon, alternation, literal_alternation
from claimcheck.lines import offsets
from claimcheck.models import Number, Quantity, new_quantity
from claimcheck.models import clean_number as clean
from claimcheck.parse.rules import fired, static

_UNITS = list(NUMBER_NAMES)


_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,  # '10k', '6-7k' (forums, social media)
    "m": 1_000_000,  # a headline's '1m marched', '1.5m people' (not '200m away', '2m high')
    "mn": 1_000_000,  # '1.2mn people'
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "mil": 1_000,  # Portuguese and Spanish '45 mil', '150 mil' (a whole number of ten or more: '2 mil' may be millions)
    "thousands": 1_000,  # a translation's '6 thousands', '1.9 millions' (digits before: no vague word)
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "millones": 1_000_000,  # a Spanish or Portuguese copy's '1,1 millones', '2 milhões' (after digits only)
    "millón": 1_000_000,
    "milhões": 1_000_000,
    "milhão": 1_000_000,
}
_AFTER_DIGITS_ONLY = ("k", "m", "mn", "mil", "thousands", "millions", "billions", "millones", "millón", "milhões", "milhão")
_WORD_LIST = _UNITS + [s for s in _SCALES if s not in _AFTER_DIGITS_ONLY]
_WORD = rf"(?:{alternation(_WORD_LIST)})"

DIGITS = r"""
    (?P<num>
        \d{1,2}(?:,\d{2})+,\d{3}        # South Asian grouping: 5,00,000
      | \d{1,3}(?:,\d{3})+              # 1,000  20,000
      | \d{1,3}(?:\.\d{3})+(?![.,]?\d)  # 4.500  120.000 (a thousands dot, as much of Europe writes it)
      | \d{1,3}(?:[\ \u00a0\u202f]\d{3})+(?![\d,.]|[\ \u00a0\u202f]\d)  # 120 000 (a thousands space: French, Hungarian, Polish, Russian …)
      | \d+                             # 450
    )
    (?P<frac>\.\d+|,\d{1,2}(?=\s+(?:thousands?|millions?|millones|millón|milhões|milhão|billions?)\b)|,\d(?=\s+mil\b))?  # 4.5 (million); a decimal comma before a scale: 1,1 millones, 2,5 mil, a translation's 9,5 thousand
    (?:\s+(?P<scale>hundred|thousands?|millions?|billions?|lakhs?|crores?|millones|millón|milhões|milhão)\b|(?:(?<=\d\d)(?<![.,]\d\d)|(?<=\d,\d))\s+(?P<mil>mil)\b(?![.-]\w)|(?P<k>k|mn|(?<!\d\d\d)m(?=\s+(?!{metres_after}\b)[a-z]))(?!(?!ish\b)\w))?  # 2 lakh, 4.5 million, 10k, 1m
    (?!(?!ish\b)[\w%]|[.,:/]\d|[-–](?!strong\b|odd\b|plus\b|ish\b)(?!\d+(?:\.\d+)?k\b)\w*[a-z])  # not 26th, 5%, 8:17, 1.2.3, 20-year-old; 10,000-strong, 6-7k, 40-odd, 200-plus, 600ish
"""
WORDS = rf"""
    (?P<words>{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*)  # twenty-one, one hundred and five
    (?![\w-])                           # whole words only (not 'twenty-sixth')
"""
CAPITAL_M = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?M(?![\w%]|[.,:/]\d|-\w*[^\W\d_])")
# a capital 'M' closing a figure is millions wherever it stands ('4M+', '~2.5M ·', '1.1M-1.4M'):
# metres are written with a small 'm' (a small 'm' needs a word after it that is not 'away', 'high' …)
THOUSANDS_REST = re.compile(r"\s+(\d{1,3})(?![\d,.:/%-]|\s*(?:thousands?|millions?|mil|hundred)\b)")
# the hundreds a translated figure writes after its thousands: '7 thousand 500' (Spanish '7 mil 500')
SOUTH_ASIAN_SCALE = re.compile(r"\s+(lakhs?|crores?)\b\s*")  # 2 lakh 50 thousand
AND_ONLY = re.compile(r"\s+and\s+")  # between 400 and 800
WORD_RUN = re.compile(r"\w+")  # a word
_SCALED_BEFORE = re.compile(r"\d[kM]-")  # the second figure of '1.1M-1.4M', '6k-7k' (not of 'COVID-19')
NOT_BEFORE_DIGITS = frozenset(".,:/$£€₹_")  # a decimal, time, date, code or sum of money


def fold(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters grow when lower-cased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_LAST_FOLD: tuple[tuple[str, str], ...] = ()
FOLDS_KEPT = 2  # the texts whose folding is kept: a report's text as read and its file's text


def folded(text: str) -> str:
    """``fold(text)``, remembered for the last two texts folded: the stages that scan one
    report share it (the parse reads the text as read, the speakers' stage the file's text,
    most often the same string)."""
    global _LAST_FOLD
    kept = _LAST_FOLD  # one read: another thread may replace it meanwhile
    for done, low in kept:
        if done is text:
            return low
    low = fold(text)
    _LAST_FOLD = ((text, low), *kept[: FOLDS_KEPT - 1])
    return low


_LAST_LATIN1: tuple[str, bytes] = ("", b"")


def latin1(text: str) -> bytes:
    """``text`` encoded as Latin-1, one byte a character (those beyond it as '?'), remembered for
    the last text: the digit runs' scan and layout's glued rows and cells read it in a byte per
    character (the encoding of a text beyond Latin-1 costs more than the scans it makes cheap)."""
    global _LAST_LATIN1
    done, data = _LAST_LATIN1  # (one read: another thread may replace it meanwhile)
    if done is not text:
        data = text.encode("latin-1", "replace")
        _LAST_LATIN1 = (text, data)
    return data


_LAST_CUES: tuple[str, dict[tuple[tuple[str, ...], int, int], tuple[list[int], list[int]]]] = ("", {})


def cue_between(
    low: str, cues: tuple[str, ...], lo: int, hi: int, within: tuple[int, int] | None = None
) -> bool:
    """``any(low.find(cue, lo, hi) >= 0 for cue in cues)`` for the folded text ``low``, from
    where each cue is in it, found once a text (remembered for the last text): a rule whose
    cue words (effect.cue_in) are rare looks them up once a report, not in each figure's
    window. ``within``: a span of the text holding ``lo:hi`` (the figure's sentence), where the
    cues are found once instead of in the whole text: most of a long report's sentences hold no
    figure, and a find of each cue over all of them cost more than the look-ups it saved.

    >>> low = "rumours spread. the rumour said 40 died. 40 died."
    >>> cue_between(low, ("rumour",), 16, 35), cue_between(low, ("rumour",), 41, 49, within=(41, 49))
    (True, False)
    """
    global _LAST_CUES
    last = _LAST_CUES  # one read: another thread may replace it meanwhile
    if last[0] is not low:
        last = (low, {})
        _LAST_CUES = last
    start, end = within if within is not None else (0, len(low))
    key = (cues, start, end)
    spans = last[1].get(key)
    if spans is None:
        if within is not None and _any_cue(cues).search(low, start, end) is None:
            found = []  # (one scan in C for any cue: most sentences hold none)
        else:
            found = sorted((at, at + len(cue)) for cue in cues for at in offsets(low, cue, start, end))
        spans = last[1][key] = ([a for a, _ in found], [b for _, b in found])
    starts, ends = spans
    k = bisect.bisect_left(starts, lo)
    while k < len(starts) and starts[k] < hi:
        if ends[k] <= hi:
            return True
        k += 1
    return False


@lru_cache(maxsize=64)
def _any_cue(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching any of ``cues`` as written (a trie)."""
    return re.compile(literal_alternation(cues))


ARTICLE = re.compile(r"(?<![\w-])an?\s+$")


class NumberMatch(NamedTuple):  # a tuple: cheaper to make than a frozen dataclass
    """A bare number found in text, before qualifiers and context are applied."""

    start: int
    end: int
    value: Number | None  # None for vague magnitudes
    low: Number
    high: Number | None
    vague: str | None = None  # the vague word (hundreds, several) when value is None


def parse_digits(num: str, frac: str | None = None, scale: str | None = None) -> Number:
    """'1,000' -> 1000; '5,00,000' -> 500000; '4.5' + 'million' -> 4500000; '4.500' -> 4500;
    '120 000' -> 120000."""
    num = num.replace(",", "").replace(".", "")  # ('4.500': a thousands dot; a decimal's part is ``frac``)
    num = num.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")  # ('120 000': a thousands space)
    if not frac and not scale:
        return int(num)  # (a whole number: what the Decimal below gives)
    value = Decimal(num + (frac or "").replace(",", "."))  # ('1,1 millones': a decimal comma)  # exact: 256.1 billion is 256100000000
    if scale:
        value *= _SCALES[scale.lower()]
    return int(value) if value == value.to_integral_value() else float(value)


@lru_cache(maxsize=4096)
def parse_words(words: str) -> Number | None:
    """'twenty-one' -> 21, 'a hundred' -> 100, 'two lakh' -> 200000; None if not a number."""
    from text_to_num import text2num  # lazy: the compiled library loads only when needed

    words = " ".join(words.lower().replace("-", " ").split())
    if words.startswith(("a ", "an ")):
        words = "one " + words.split(" ", 1)[1]
    total = 0
    # text2num knows no South Asian scales: split on them ourselves.
    parts = SOUTH_ASIAN_SCALE.split(words)
    try:
        for i in range(0, len(parts) - 1, 2):
            total += _convert(text2num, parts[i]) * _SCALES[parts[i + 1]]
        if parts[-1]:
            total += _convert(text2num, parts[-1])
    except ValueError:
        return None
    return total


def _convert(text2num: object, words: str) -> int:
    words = words.strip()
    if words.startswith("and "):
        words = words[4:]
    if words in ("zero", "oh"):
        return 0
    return int(text2num(words, "en"))  # type: ignore[operator]


@lru_cache(maxsize=8)
def _phrase_regexes(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    fixed = {**{k: v for k, v in lex.data["number_words"].items()}}
    vague = re.compile(
        rf"(?P<v>{alternation(list(lex.vague) + list(fixed))})(?![\w-])"  # hundreds, a dozen
    )
    qual = re.compile(
        rf"(?:^|(?<=[\s(\"“‘])|(?<=(?<!\w)'))(?P<q>{alternation(list(lex.qualifier_of))})\s+$", re.IGNORECASE
    )
    between = re.compile(r"(?:^|(?<=[\s\"“‘(]))between\s+$", re.IGNORECASE)
    return vague, qual, between


DIGIT_RUN = re.compile(r"\d[\d,.]*")
DIGIT_MARKS = bytes(49 if 48 <= c <= 57 or c == 63 else c if c in (44, 46) else 32 for c in range(256))
# a byte for each character of a text encoded as Latin-1: '1' where a digit may be (an ASCII digit, or a '?'
# that may stand for one of another script, which \d also reads), ',' and '.' as themselves, a space for the rest
DIGIT_RUN_MARKS = re.compile(rb"1[1,.]*")  # where DIGIT_RUN's matches are, led by a literal (a scan in C)


def _digit_runs(text: str, low: str, lo: int, hi: int) -> Iterator[int]:
    """The starts of ``DIGIT_RUN.finditer(low, lo, hi)``, ``low`` being ``fold(text)`` (the same
    digits, commas and dots in the same places): the runs of DIGIT_MARKS' bytes of ``text``,
    each the one match it holds when it holds only ASCII digits, commas and dots (else the
    pattern's own scan of it: a '?' may be another script's digit, or not one). The pattern's
    scan tested a digit's category at every character.

    >>> text = "On 3 May, 1,200.5 and ١٢ (or 7?) v2 — 4"
    >>> list(_digit_runs(text, text, 0, len(text))) == [m.start() for m in DIGIT_RUN.finditer(text)]
    True
    """
    raw = latin1(text)
    for run in DIGIT_RUN_MARKS.finditer(raw.translate(DIGIT_MARKS), lo, hi):
        a, b = run.span()
        if raw.find(b"?", a, b) < 0:
            yield a
        else:
            yield from (m.start() for m in DIGIT_RUN.finditer(low, a, b))


@lru_cache(maxsize=8)
def _digits_re(lex: Lexicon) -> re.Pattern[str]:
    """DIGITS with the lexicon's ``metres_after`` words: after '200m', 'away' or 'high' makes the
    'm' metres, not millions."""
    return re.compile(DIGITS.replace("{metres_after}", f"(?:{alternation(lex.data['metres_after'])})"), re.VERBOSE)


WORDS_RE = re.compile(WORDS, re.VERBOSE)
WORDS_AFTER = re.compile(r"[^a-z0-9_-]" + WORDS, re.VERBOSE)  # number words after a character
# that no word of lower-case ASCII text ends with: the engine skips to such characters in C


class _Stops:
    """The places of low[lo:hi] where a number word or a vague word may follow a character that
    no word of lower-case ASCII text ends with (WORDS_AFTER or the vague words' ``after``
    matches there), found by one scan for both: the scan's stops at every space and mark cost
    more than the words tried there, and two scans paid them twice. :meth:`search` is what
    ``pattern.search(low, at, hi)`` finds, for either pattern."""

    def __init__(self, low: str, lo: int, hi: int, lex: Lexicon) -> None:
        self.low, self.hi = low, hi
        self.at = _stop_places(low, max(lo - 1, 0), hi, lex)

    def search(self, pattern: re.Pattern[str], at: int) -> re.Match[str] | None:
        places, low, hi = self.at, self.low, self.hi
        for k in range(bisect.bisect_left(places, at), len(places)):
            if (m := pattern.match(low, places[k], hi)) is not None:
                return m
        return None


@lru_cache(maxsize=8)
def _word_stops(lex: Lexicon) -> re.Pattern[str]:
    """A character that no word of lower-case ASCII text ends with, before a number word or a
    vague word (both patterns as look-aheads: the same end of the range bounds them)."""
    firsts = {w[0] for w in [*_WORD_LIST, *lex.vague, *lex.data["number_words"]]}
    # (the first letters of both patterns' words, tried first: most places, a space or a mark
    # before a word that opens with another letter, fail there without trying the words)
    return re.compile(
        rf"[^a-z0-9_-](?=[{re.escape(''.join(sorted(firsts)))}])(?=(?x:" + WORDS + r")|" + _phrase_regexes(lex)[0].pattern + ")"
    )


STOP_MARKS = bytes(c if 97 <= c <= 122 else 120 if 48 <= c <= 57 or c in (45, 95) else 32 for c in range(256))
# a byte for each character of a folded text encoded as Latin-1: the ASCII small letters as themselves, 'x'
# for a digit, '-' and '_', a space for every other character (those no word of lower-case ASCII text ends with)


def _stop_places(low: str, first: int, hi: int, lex: Lexicon) -> list[int]:
    """``[m.start() for m in _word_stops(lex).finditer(low, first, hi)]``: the places tried are
    those of :func:`_stop_cues`' matches in low[first:hi]'s STOP_MARKS bytes (a scan led by the
    space, a literal: the engine skips to it in C), each a mark before a word's head. The
    pattern's own scan tested a class at every character and its words at every space or mark.

    >>> low = "some one, a  dozen, a few hundreds; zero-sum; tens of thousands"
    >>> _stop_places(low, 0, len(low), _lex()) == [m.start() for m in _word_stops(_lex()).finditer(low)]
    True
    """
    stops, cues = _word_stops(lex), _stop_cues(lex)
    if cues is None:
        return [m.start() for m in stops.finditer(low, first, hi)]
    marks = low[first:hi].encode("latin-1", "replace").translate(STOP_MARKS)
    match = stops.match
    return [at for m in cues.finditer(marks) if match(low, at := first + m.start(), hi) is not None]


@lru_cache(maxsize=8)
def _stop_cues(lex: Lexicon) -> re.Pattern[bytes] | None:
    """Where in STOP_MARKS bytes a match of _word_stops may be: a space before the head of a
    number word or a vague phrase (its first word, the longest run of small letters it opens
    with), or, for a phrase whose first word is shorter than three letters ('a dozen', 'a few'),
    before that word, spaces and the head of its second word. None when a word opens with
    another character (then only the pattern's own scan is exact)."""
    heads: set[str] = set()
    pairs: dict[str, set[str]] = {}
    for phrase in [*_WORD_LIST, *lex.vague, *lex.data["number_words"]]:
        words = [_letters_head(w) for w in phrase.lower().split()]
        if not words or not words[0]:
            return None
        if len(words) > 1 and len(words[0]) < 3 and words[0] == phrase.lower().split()[0] and words[1]:
            pairs.setdefault(words[0], set()).add(words[1])
        else:
            heads.add(words[0])
    heads = {h for h in heads if not any(o != h and h.startswith(o) for o in heads)}
    led = [f"{re.escape(w)}(?= +(?:{literal_alternation(sorted(seconds))}))" for w, seconds in sorted(pairs.items())]
    return re.compile(f" (?:{'|'.join([literal_alternation(sorted(heads)), *led])})".encode())


def _letters_head(word: str) -> str:
    """The small ASCII letters ``word`` opens with ('twenty' of 'twenty-one')."""
    return word[: next((i for i, c in enumerate(word) if not "a" <= c <= "z"), len(word))]


def _number_words(low: str, pos: int, hi: int, stops: _Stops | None = None) -> re.Match[str] | None:
    """What ``WORDS_RE.search(low, pos, hi)`` finds, except that a match inside a word of
    lower-case ASCII letters, digits, '-' or '_' is passed over (the caller would pass over it
    too; the phrase is its group ``words``): the scan tries only the places after a space or a
    mark, not every letter (``stops``: those of low[pos - 1:hi] where a word may follow)."""
    if pos == 0:
        m = WORDS_RE.match(low, 0, hi)
        if m is not None:
            return m
        return WORDS_AFTER.search(low, 0, hi) if stops is None else stops.search(WORDS_AFTER, 0)
    return WORDS_AFTER.search(low, pos - 1, hi) if stops is None else stops.search(WORDS_AFTER, pos - 1)


def find_numbers(
    text: str, lo: int, hi: int, lex: Lexicon, folded: str | None = None
) -> list[NumberMatch]:
    """Every bare number in text[lo:hi], left to right, not overlapping.

    ``folded`` is ``fold(text)`` when the caller has it. Each scan is a simple pattern over
    lower-case text (digits, number words, vague words), which Python's regex engine runs
    several times faster than one case-insensitive pattern with look-behinds; the word
    boundaries are checked here instead.
    """
    low = fold(text) if folded is None else folded
    vague_re, _, _ = _phrase_regexes(lex)
    digits_re = _digits_re(lex)
    fixed = lex.data["number_words"]
    found: list[NumberMatch] = []
    for start in _digit_runs(text, low, lo, hi):
        prev = low[start - 1] if start > 0 else " "
        if (
            prev.isalnum()
            or prev in NOT_BEFORE_DIGITS
            or (prev == "-" and low[start - 2 : start - 1].isalpha() and not _SCALED_BEFORE.match(text, max(0, start - 3), start))
        ):
            continue
        m = digits_re.match(low, start, hi)
        if m is None and (u := CAPITAL_M.match(text, start, hi)) is not None:
            v = parse_digits(u["num"], u["frac"], "m")
            found.append(NumberMatch(start, u.end(), v, v, v))
        elif m is not None:
            v = parse_digits(m["num"], m["frac"], m["scale"] or m["mil"] or m["k"])
            end = m.end()
            if (m["scale"] in ("thousand", "thousands") or m["mil"]) and not m["frac"] and (
                rest := THOUSANDS_REST.match(low, end, hi)
            ):
                v, end = int(v) + int(rest[1]), rest.end()  # a translation's '4 thousand 200': 4,200
            found.append(NumberMatch(start, end, v, v, v))
    stops = _Stops(low, lo, hi, lex)
    pos = lo
    while (m := _number_words(low, pos, hi, stops)) is not None:
        start, end = m.start("words"), m.end()
        pos = end
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-_"):
            pos = start + 1  # inside a word ('alone one hundred'): a number may start after it
            continue
        if m["words"].split(None, 1)[0] in _SCALES:  # 'a hundred', 'a million'
            art = ARTICLE.search(low, max(0, start - 4), start)
            if art is None:
                continue  # a bare 'million' ('$5 million' was money)
            start = art.start()
        if " and " in low[start:end]:
            end = pos = _two_after_and(low, start, end)
        v = parse_words(low[start:end])
        if v is None:  # drop trailing words until the phrase parses ('seven and four')
            v, end = _longest_parse(low, start, end)
            pos = max(end, m.start() + 1)
        if v is not None:
            found.append(NumberMatch(start, end, v, v, v))
    for m in _vague_words(low, lo, hi, vague_re, _vague_after(lex), stops):
        start = m.start("v")
        word = " ".join(m["v"].split())
        if word in fixed:
            v = fixed[word]
            found.append(NumberMatch(start, m.end(), v, v, v))
        else:
            a, b = lex.vague[word]
            found.append(NumberMatch(start, m.end(), None, a, b, vague=word))
    if " half " in low[lo:hi]:
        found = [_and_a_half(low, n, hi) for n in found]
    found = _drop_overlaps(found)
    if "(" in low:
        found = _with_digits_in_brackets(low, found)
    if "." in low[lo:hi] and len(found) > 1:
        found = _elided_scale(low, found)
    return [_dozens(low, n, hi) for n in found] if "dozen" in low else found


ELIDED_SCALE_AFTER = re.compile(r"\s*(?:million|millions|billion|billions|lakhs?|crores?|m|mn)\s*$")
ELIDED_SCALE_GAP = re.compile(r"[^.;:!?()\d]{1,60}")  # the words between, in one clause run
ELIDED_SCALE_NEXT = re.compile(r"\s*(?:%|per\s*cent|percent|pc\b|[a-z]{1,3}\b(?<!\bto)(?<!\bor)(?<!\bby))")


def _elided_scale(low: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """A decimal figure with no scale of its own right after a figure of millions (or billions,
    lakhs, crores) in the same clause run takes that scale, as a rival estimate's shorthand
    does: '2.4 million joined the strike, 1.1 according to the ministry' is 1.2 million (a count
    of people has no fraction). Not a figure followed by a unit ('1.2 km') or a per cent.

    >>> [n.value for n in find_numbers("In all 2.4 millions joined the strike, 1.1 according to the ministry.", 0, 69, _lex())]
    [2400000, 1100000]
    >>> [n.value for n in find_numbers("Some 3.5 million marched along 1.2 km of road.", 0, 46, _lex())]
    [3500000, 1.2]
    """
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not isinstance(b.value, float) or b.value >= 1000 or a.value is None:
            continue
        scale = ELIDED_SCALE_AFTER.search(low, a.start, a.end)
        if scale is None or ELIDED_SCALE_GAP.fullmatch(low, a.end, b.start) is None or ELIDED_SCALE_NEXT.match(low, b.end):
            continue
        word = scale.group().strip()
        v = parse_digits(low[b.start : b.end].split(".")[0], "." + low[b.start : b.end].split(".")[1], word)
        out[k] = NumberMatch(b.start, b.end, v, v, v)
    return out


@lru_cache(maxsize=8)
def _vague_after(lex: Lexicon) -> re.Pattern[str]:
    """The vague words after a character that no word of lower-case ASCII text ends with (as
    WORDS_AFTER): the scan stops at spaces and marks, not at every a, c, d, h, l, m, s and t."""
    return re.compile(r"[^a-z0-9_-]" + _phrase_regexes(lex)[0].pattern)


def _vague_words(
    low: str, lo: int, hi: int, vague_re: re.Pattern[str], after: re.Pattern[str], stops: _Stops | None = None
) -> Iterator[re.Match[str]]:
    """The vague phrases of low[lo:hi] that start a word, left to right, not overlapping (group
    ``v``). A phrase that starts inside a word is passed over without taking the text after it
    ('many hundreds' in 'In Germany hundreds were arrested' left 'hundreds' unread). ``stops``:
    where a word may follow a mark in low[lo - 1:hi] (one scan with the number words').

    >>> [m["v"] for m in _vague_words("in germany hundreds", 0, 19, *_vague_res())]
    ['hundreds']
    """
    pos = lo
    if lo == 0 and (m := vague_re.match(low, 0, hi)) is not None:
        yield m
        pos = m.end()
    while (m := after.search(low, max(pos - 1, 0), hi) if stops is None else stops.search(after, max(pos - 1, 0))) is not None:
        start = m.start("v")
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-_"):
            pos = start + 1  # (a letter outside ASCII before it: inside a word)
            continue
        yield m
        pos = m.end()


def _vague_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = _lex()
    return _phrase_regexes(lex)[0], _vague_after(lex)


BRACKETED_COUNT = re.compile(r" [^\W\d_]")  # a word after it: '(17) bodies', '(5) of the firemen'
WORD_BEFORE_BRACKET = re.compile(r"[^\s(] \(")  # inside a line ('(3) The Ministry …' numbers a note)


RISEN_UP_TO = re.compile(r"\b(?:grown|grew|risen|rose|increased|climbed|jumped|gone|went)\s+$", re.IGNORECASE)


def _with_digits_in_brackets(low: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """'forty-one (41)', 'two hundred and fifteen (215)': one figure, the whole phrase; digits
    alone in brackets before a word, as translated copy writes a count ('recovered (17) bodies'),
    take their brackets, so the words on either side are read as a figure's.

    >>> [(n.start, n.end, n.value) for n in find_numbers("forty-one (41) died", 0, 19, _lex())]
    [(0, 14, 41)]
    >>> [(n.start, n.end) for n in find_numbers("recovered (17) bodies", 0, 21, _lex())]
    [(10, 14)]
    >>> [(n.start, n.end, n.value) for n in find_numbers("while (5) of the", 0, 16, _lex())]
    [(6, 9, 5)]
    """
    out: list[NumberMatch] = []
    for n in found:
        last = out[-1] if out else None
        if (
            last is not None
            and n.value is not None
            and n.value == last.value
            and low[last.end : n.start] == " ("
            and low[n.end : n.end + 1] == ")"
            and not low[last.start].isdigit()
        ):
            out[-1] = last._replace(end=n.end + 1)
            continue
        if (
            n.value is not None
            and n.start > 0
            and low[n.start - 1] == "("
            and low[n.end : n.end + 1] == ")"
            and low[n.start].isdigit()
            and (last is None or last.end < n.start - 1)
            and BRACKETED_COUNT.match(low, n.end + 1)
            and WORD_BEFORE_BRACKET.match(low, n.start - 3)
        ):  # translated copy's '(17) bodies', 'more than (100) firemen': the figure, brackets and all
            n = n._replace(start=n.start - 1, end=n.end + 1)
        out.append(n)
    return out


def _lex() -> Lexicon:
    from claimcheck.lexicon import load_lexicon

    return load_lexicon()


DOZEN = re.compile(r"\s+dozen\b(?!s)")


def _dozens(low: str, n: NumberMatch, hi: int) -> NumberMatch:
    """'two dozen' is 24."""
    m = DOZEN.match(low, n.end, hi) if n.value is not None else None
    if m is None:
        return n
    v = clean(n.value * 12)  # type: ignore[operator]
    return NumberMatch(n.start, m.end(), v, v, v)


AND_A_HALF = re.compile(r"\s+and\s+(?:a\s+)?half\s+(thousand|million|billion|lakh|crore)s?\b")


def _and_a_half(low: str, n: NumberMatch, hi: int) -> NumberMatch:
    """A whole number and a half of a scale after it: 'two and a half thousand' (2,500), '1 and
    a half million', a translation's '2 and half thousand'.

    >>> low = "about two and a half thousand people; 3 and half million"
    >>> [(n.value, low[n.start:n.end]) for n in find_numbers(low, 0, len(low), _lex())]
    [(2500, 'two and a half thousand'), (3500000, '3 and half million')]
    """
    if n.value is None or not isinstance(n.value, int) or n.value >= 1000:
        return n
    m = AND_A_HALF.match(low, n.end, hi)
    if m is None:
        return n
    v = int((n.value + 0.5) * _SCALES[m[1]])
    return NumberMatch(n.start, m.end(), v, v, v)


def _drop_overlaps(found: list[NumberMatch]) -> list[NumberMatch]:
    """Keep the longest of overlapping numbers ('hundreds of thousands' over 'thousands')."""
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    out: list[NumberMatch] = []
    for n in found:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return out


def _largest_scale(words: list[str]) -> int:
    return max((_SCALES[w] for w in words if w in _SCALES), default=1)


def _two_after_and(low: str, start: int, end: int) -> int:
    """The end of the first of two spelled numbers that 'and' joins ('between three thousand and
    three thousand five hundred', 'two hundred and three hundred'): the words after 'and' carry
    the scale the words before it already have (a number's own 'and' adds less than its scale:
    'two hundred and fifteen', 'one thousand and five'; or multiplies a hundreds' phrase: 'a
    hundred and fifty thousand'). ``end`` when no 'and' splits the phrase."""
    at = start
    while (k := low.find(" and ", at, end)) >= 0:
        left, right = low[start:k].replace("-", " ").split(), low[k + 5 : end].replace("-", " ").split()
        before, after = _largest_scale(left), _largest_scale(right)
        if after > 1 and (after == before or (after > before >= 1_000)):
            return k
        at = k + 5
    return end


def _longest_parse(region: str, start: int, end: int) -> tuple[Number | None, int]:
    spans = [m.end() for m in WORD_RUN.finditer(region[start:end])]
    for e in reversed(spans[:-1]):
        v = parse_words(region[start : start + e])
        if v is not None:
            return v, start + e
    return None, start + (spans[0] if spans else end - start)


RANGE_TAIL = re.compile(
    r"""
    \s*(?:-|–|—|to|or)\s*               # 400-800, 400 to 800, two or three
    | \s*,?\s*(?:or\s+)?(?:maybe|perhaps|possibly)\s+  # a witness's '60, maybe 70', '40, perhaps 50'
    """,
    re.VERBOSE | re.IGNORECASE,
)


DATELINE_DASH = re.compile(r"\s+[-–—]\s+")  # a dateline's dash: 'TEMA, Ghana, March 3 - Twelve miners ...'


@lru_cache(maxsize=8)
def _month_before(lex: Lexicon) -> re.Pattern[str]:
    """A month's name (capitalised, maybe cut short) right before a figure: the figure is its day,
    and a spaced dash after it ends a dateline, no range ('LIMA, Aug. 21 - 14 people were hurt')."""
    names = sorted({n.capitalize() for names in lex.data.get("time", {}).get("months", []) for n in names}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(names) or '(?!)'})\.?\s+$")


def qualify(text: str, nums: list[NumberMatch], lex: Lexicon, floor: int = 0) -> list[Quantity]:
    """Attach qualifiers and ranges to bare numbers, giving each its interval.

    ``floor`` is the earliest offset a qualifier may start at (the sentence start).
    """
    _, qual_re, between_re = _phrase_regexes(lex)
    out: list[Quantity] = []
    i = 0
    while i < len(nums):
        n = nums[i]
        start, end = n.start, n.end
        before = text[max(floor, start - 40) : start]
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        # only a word that can end a qualifier ('least', 'than', 'around') calls for the pattern
        last = before.rsplit(None, 1)[-1].lower().lstrip('"“‘(\'') if before.strip() else ""
        qualified = last in _last_words(lex)
        # ranges: between A and B / A-B / A to B / A or B
        if last == "from" and nxt is not None and static(CHANGE_FROM).search(before):
            fired(CHANGE_FROM, start)  # 'raised its toll from nine to 10': two figures, no range
            nxt = None
        if nxt is not None and n.value is not None and nxt.value is not None:
            gap = text[end : nxt.start]
            bm = between_re.search(before) if last == "between" else None
            # 'two to three million': the scale is shared (read only for a range's words)
            if (
                bm
                and AND_ONLY.fullmatch(gap)
                and nxt.value > (a := _shared_scale(text, n, nxt))
            ):
                start = start - (len(before) - bm.start())
                out.append(_range(text, start, nxt.end, a, nxt.value))
                i += 2
                continue
            if (
                RANGE_TAIL.fullmatch(gap)
                and nxt.value > (a := _shared_scale(text, n, nxt))
                and not (DATELINE_DASH.fullmatch(gap) and _month_before(lex).search(text, max(floor, start - 12), start))
            ):
                qm = qual_re.search(before) if qualified else None
                if qm and lex.qualifier_of[_norm(qm["q"])] == "approx":  # 'some 400-800'
                    start -= len(before) - qm.start()
                out.append(_range(text, start, nxt.end, a, nxt.value))
                i += 2
                continue
        if nxt is not None and last in ("between", "from"):
            ranged = _open_range(text, before, n, nxt, lex, between_re)
            if ranged is not None:
                out.append(ranged)
                i += 2
                continue
        qm = qual_re.search(before) if qualified else None
        kind = lex.qualifier_of[_norm(qm["q"])] if qm else None
        if qm:
            if (
                kind == "up_to"
                and _norm(qm["q"]) == "up to"
                and RISEN_UP_TO.search(text, max(floor, start - len(before) + qm.start() - 24), start - len(before) + qm.start())
            ):
                kind, qm = None, None  # a translation's 'has grown up to 9 people': rose to 9
            else:
                start -= len(before) - qm.start()
        if kind is None and start > floor and text[start - 1] in "~≈":
            kind, start = "approx", start - 1  # '~3k ppl', '≈ 500' (a forum's or a table's about)
        elif kind is None and n.value is not None and (sign := _bound_sign(text, floor, start)) is not None:
            kind, start = sign  # an infobox's or a table's 'Deaths ≥182', '>1,000', '≤ 40': a bound
        if kind == "approx" and qm and _norm(qm["q"]) == "like":
            kind, start = _stacked_hedge(text, max(floor, start - 40), start, qual_re, lex, kind)
        if n.value is not None and (bound := _bound_after(lex).match(text, end)):
            kind, end = "up_to", bound.end("q")  # '15k tops,', 'maybe 800 tops were there': a bound
        elif n.value is not None and (bound := _bound_after_noun(lex).match(text, end)) and bound["n"].lower() in lex.subject_of:
            kind = "up_to"  # '800 people tops', 'Maybe 800 people, tops.' (the noun's words left outside)
        elif kind is None and n.value is not None and (tail := TAIL_QUALIFIER.match(text, end)):
            so = tail["q"] is not None and tail["q"].lower().endswith("so")
            kind, end = ("approx" if so else "at_least"), tail.end()
        elif kind in (None, "approx") and n.value is not None and (ish := ISH.match(text, end)):
            kind, end = "approx", ish.end()  # '600ish', '600-ish', '2kish': about
        elif kind == "approx" and text[end : end + 4].lower() in ("-odd", "–odd"):
            end += 4  # 'some 40-odd': the figure's words whole
        if kind in ("less_than", "up_to") and NO_WAY.search(text, max(floor, start - 40), start):
            kind = "at_least"  # 'no way it was less than 100k': the bound is denied
        if kind == "more_than" and "never" in before and static(NEVER_MORE).search(text, max(floor, start - 60), start):
            kind = None  # 'never acknowledged more than 96': they gave 96
            fired(NEVER_MORE, start)
        if kind is None and n.value is not None and _modal_bound(text, max(floor, start - 40), start):
            kind = "up_to"  # 'the number of dead could reach 100': a bound (words left outside)
            fired(MODAL_BOUND, start)
        low, high, qualifier = interval(kind, n, lex)
        out.append(new_quantity(text[start:end], start, end, n.value, low, high, qualifier))
        i += 1
    return out


ISH = re.compile(r"[-–]?ish\b", re.IGNORECASE)
BOUND_SIGNS = {"≥": "at_least", "⩾": "at_least", "≤": "up_to", "⩽": "up_to", ">": "more_than", "<": "less_than"}


def _bound_sign(text: str, floor: int, start: int) -> tuple[str, int] | None:
    """A sign of a bound right before a figure, as infoboxes and tables write them: '≥182',
    '≥ 40' (at least), '≤ 40' (up to), '>1,000' (more than), '<50' (less than), and where the
    figure's words then start. '>' and '<' only touching the figure and not as an arrow's head
    ('->', '=>') or a mail quote's mark ('> 300 people …' opens a quoted line).

    >>> t = "Deaths≥182 · Arrests >1,050 · quoted: > 300"
    >>> _bound_sign(t, 0, t.index("182")), _bound_sign(t, 0, t.index("1,050"))
    (('at_least', 6), ('more_than', 21))
    >>> _bound_sign(t, 0, t.index("300")) is None
    True
    """
    if start <= floor:
        return None
    at = start - 1
    if text[at] == " " and at > floor and text[at - 1] in "≥⩾≤⩽":
        at -= 1  # ('≥ 40': a space after the sign)
    sign = text[at]
    if sign not in BOUND_SIGNS or (sign in "<>" and at > floor and text[at - 1] in "-=<>"):
        return None
    return BOUND_SIGNS[sign], at


def _stacked_hedge(
    text: str, lo: int, at: int, qual_re: re.Pattern[str], lex: Lexicon, kind: str
) -> tuple[str, int]:
    """A forum's filler 'like' after a hedge: the hedge before it sets the interval ('at least
    like 3k': at least; 'over like 2k': more than; 'maybe like 500': about) and opens the
    figure's words. ``at`` is where 'like' starts."""
    qm = qual_re.search(text, lo, at)
    if qm is None or _norm(qm["q"]) == "like":
        return kind, at
    return lex.qualifier_of[_norm(qm["q"])], qm.start()


@lru_cache(maxsize=8)
def _bound_after(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's ``qualifiers_after`` words that bound a figure from above, written in
    lower case right after it and followed by a stop, the end, or a verb ('15k tops,', '200
    max.', 'maybe 800 tops were at the square'); not 'Max' the name nor 'at most schools'."""
    words = [w for k, ws in lex.data["qualifiers_after"].items() if k == "up_to" for w in ws]
    return re.compile(
        rf"\s+(?P<q>{alternation(words)})"
        r"(?=\s*(?:[,;:.!?)\]]|$)|\s+(?:were|was|are|is|had|have|came|showed|turned)\b)"
    )


@lru_cache(maxsize=8)
def _bound_after_noun(lex: Lexicon) -> re.Pattern[str]:
    """:func:`_bound_after` after the counted people's one-word noun ('800 people tops', 'Maybe
    800 people, tops.'): the noun (group n) is looked up in the lexicon's subjects."""
    return re.compile(r"\s+(?P<n>[A-Za-z]+)\s*,?" + _bound_after(lex).pattern)


NO_WAY = re.compile(
    r"\b(?:no\s+way|impossible\s+that|can(?:no|'|’)?t\s+have\s+been|could(?:n'|n’|\s+no)t\s+have\s+been)"
    r"\s+(?:(?:it|that|there|they)\s+)?(?:(?:was|were|is|are|had\s+been)\s+)?$",
    re.IGNORECASE,
)  # 'no way it was less than 100k', "can't have been fewer than 5,000": the poster means at least


CHANGE_FROM = "qualifier/change-from-to"  # 'raised its toll from nine to 10'
NEVER_MORE = "qualifier/never-more-than"  # 'never acknowledged more than 96'
MODAL_BOUND = "qualifier/modal-bound"  # 'could reach 100', 'may well reach 40'
MODAL_VERBS = ("could", "may", "might", "would")  # (a cheap test before the rule's pattern)


def _modal_bound(text: str, lo: int, at: int) -> bool:
    """The words before ``at`` tell a bound a figure may reach ('could reach', 'may rise to')."""
    before = text[lo:at].lower()
    return any(v in before for v in MODAL_VERBS) and static(MODAL_BOUND).search(text, lo, at) is not None


TAIL_QUALIFIER = re.compile(
    r"\s+(?P<q>(?:and|or)\s+(?:more|over|above)|or\s+so)\b(?!\s+than)|\+(?=[\s,;:.)\]]|$)|[-–](?:odd|plus)\b"
    r"|\s+plus(?=\s*(?:[,;:.)\]]|$)|\s+(?:people|persons|dead|deaths|killed|injured|arrests|arrested|protesters)\b)",
    re.IGNORECASE,
)  # 'a hundred thousand and more', '500 or more', '40 or so', '40+ killed', '40-odd', '200-plus': a
#    qualifier after the figure ('the count of deceased is 50 plus.')


OPEN_RANGE_GAP = re.compile(r"\s*(?:to|and|-|–)\s+", re.IGNORECASE)
OPEN_RANGE_START = re.compile(r"(?:^|(?<=[\s\"“‘(]))(?:between|from)\s+$", re.IGNORECASE)


def _open_range(
    text: str,
    before: str,
    n: NumberMatch,
    nxt: NumberMatch,
    lex: Lexicon,
    between_re: re.Pattern[str],
) -> Quantity | None:
    """A range with a vague or qualified end: 'between a few hundred and nearly 2,000' (vague,
    200-2,000), 'from a few hundred to well over 2,000' (at least 200), 'between 500 and nearly
    1,000' (a range, 500-1,000). The interval runs from the low end's lowest to the high end's
    highest.

    >>> [(q.text, q.low, q.high, q.qualifier) for q in find_quantities("from 500 to well over 900", _lex())]
    [('from 500 to well over 900', 500, None, 'at_least')]
    """
    opener = OPEN_RANGE_START.search(before)
    if opener is None:
        return None
    gap = OPEN_RANGE_GAP.match(text, n.end, nxt.start)
    if gap is None:
        return None
    _, qual_re, _ = _phrase_regexes(lex)
    qm = qual_re.search(text, gap.end(), nxt.start) if gap.end() < nxt.start else None
    if gap.end() < nxt.start and (qm is None or qm.end() != nxt.start):
        return None  # words between that are not a qualifier
    if n.value is not None and nxt.value is not None and qm is None:
        return None  # a plain range: qualify() reads it
    kind = lex.qualifier_of[_norm(qm["q"])] if qm else None
    b_low, b_high, _ = interval(kind, nxt, lex)
    a_low, a_high, _ = interval(None, n, lex)
    if (b_high is not None and b_high <= a_low) or b_low < a_low:
        return None  # not rising: 'from 12 to 3'
    start = n.start - (len(before) - opener.start())
    # an open top is 'at least' the low end; a vague low end makes the whole a vague magnitude
    qualifier = "at_least" if b_high is None else "vague" if n.value is None else "range"
    return Quantity(text[start : nxt.end], start, nxt.end, n.value, a_low, b_high, qualifier)


SCALE_AT_END = re.compile(
    r"(?:\b(hundred|thousand|million|billion|lakhs?|crores?)|(?<=\d)(k))$", re.IGNORECASE
)


def _shared_scale(text: str, a: NumberMatch, b: NumberMatch) -> Number:
    """The first number of a range, scaled like the second when only the second names a
    scale ('2-3 lakh', 'between two and three million')."""
    assert a.value is not None
    scale = SCALE_AT_END.search(text[b.start : b.end])
    if scale and not SCALE_AT_END.search(text[a.start : a.end]) and a.value < 1000:
        return clean(a.value * _SCALES[(scale.group(1) or scale.group(2)).lower()])
    if (
        b.value is not None
        and a.value * 1000 <= b.value < a.value * 10000
        and SHORT_DIGITS.fullmatch(text, a.start, a.end)
        and THOUSANDS_DIGITS.fullmatch(text, b.start, b.end)
    ):
        return a.value * 1000  # 'between 2 and 3,000', '40 to 60,000': the thousands are shared
    return a.value


SHORT_DIGITS = re.compile(r"[1-9]\d{0,2}")  # a bare first number of a range ('2' in '2 to 3,000')
THOUSANDS_DIGITS = re.compile(r"\d{1,3},\d{3}")  # its second written in thousands


@lru_cache(maxsize=8)
def _last_words(lex: Lexicon) -> frozenset[str]:
    """The last word of every qualifier ('at least' -> 'least')."""
    return frozenset(q.split()[-1].lower() for q in lex.qualifier_of)


def _range(text: str, start: int, end: int, a: Number, b: Number) -> Quantity:
    return Quantity(text[start:end], start, end, a, a, b, "range")


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def interval(kind: str | None, n: NumberMatch, lex: Lexicon) -> tuple[Number, Number | None, str]:
    """The interval and qualifier name for a number with an optional qualifier kind."""
    if n.value is None:  # vague magnitude: the lexicon's interval, opened by at least/up to
        if kind in ("at_least", "more_than"):
            return n.low, None, kind
        if kind in ("up_to", "less_than"):
            return 0, n.high, kind
        return n.low, n.high, "vague"
    v = n.value
    integral = float(v).is_integer()
    if kind == "approx":
        f = lex.approx_fraction
        return (
            clean(math.floor(round(v * (1 - f), 6))),
            clean(math.ceil(round(v * (1 + f), 6))),
            "approx",
        )
    if kind == "nearly":
        low = math.floor(round(v * (1 - lex.nearly_fraction), 6))
        return clean(min(low, v - 1) if v >= 1 else low), v, "approx"  # nearly 7 -> [6, 7]
    if kind == "at_least":
        return v, None, "at_least"
    if kind == "more_than":
        return (v + 1 if integral else v), None, "more_than"
    if kind == "up_to":
        return 0, v, "up_to"
    if kind == "less_than":
        return 0, max(0, v - 1) if integral else v, "less_than"
    return v, v, "exact"


def find_quantities(text: str, lex: Lexicon, lo: int = 0, hi: int | None = None) -> list[Quantity]:
    """Every number phrase in text[lo:hi] with its qualifier and interval."""
    hi = len(text) if hi is None else hi
    return qualify(text, find_numbers(text, lo, hi, lex), lex, floor=lo)

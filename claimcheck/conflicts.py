"""Conflict stage: interval logic, status, severity and corroboration for a group of claims.

Every figure is an interval ``[low, high]`` (``high`` None = unbounded above): ``17`` is
``[17, 17]``, ``at least 5`` is ``[5, inf)``, ``up to 20`` is ``[0, 20]``, ``hundreds`` is
``[200, 999]`` and a denial (``no one was killed``) is ``[0, 0]``.

Definitions used by :func:`evaluate`:

* **Conflict** -- two figures conflict when their intervals do not intersect. Touching
  endpoints (``up to 20`` and ``20-30``) agree. For a running tally (killed, injured,
  arrested) only figures that stand at the same time are compared (a figure above a later one
  of another claimant is no conflict: see :func:`_falls`), and an earlier denial with a later
  count; a figure of a day told with no time of day is not ordered against one of that day
  told with its time (a live blog's 13:40 entry).
* **Set aside** -- a report's own vague word ('Thousands marched') for a quantity it gives
  named claimants' figures of, one of which it agrees with, is its summary of them and is
  compared with nothing. A named claimant's figure of a running tally below another of its
  figures in the same report for the same quantity and time (one day's arrests beside its
  total since the start) is a part of that total and, as a part told 'alone' (below), is
  compared as ``[low, inf)``.
* **What was added** -- a figure of what a tally added since some earlier figure ('Two more
  patients died on Tuesday', 'The four new deaths were in Chow Kit', 'nine more bodies were
  taken out during the night'), dated only by its report, is compared with nothing: each
  speaker counts from its own earlier figure, over its own stretch of time ('Tiyende's list
  adds seven' beside 'Two more patients died'). What a named day added ('140 were arrested
  on Thursday, bringing …') is that day's count and is compared.
* **A vague word is a floor** -- a vague word of any shape ('thousands', 'tens of thousands',
  'several hundred', 'a few dozen', 'a dozen') says at least that many: it is compared as
  ``[low, inf)`` ('thousands gathered' beside a police count of 50,000 is no contradiction, nor
  'several dozen strikers tried to stop the trucks' beside a crowd of 2,500: the words often
  tell only those a sentence shows; 'hundreds' against 60 is), though its interval stays
  ``[2000, 9999]`` for span and severity.
* **A part told 'alone'** -- a figure of one place or one day 'alone' that stays with the
  whole ('In Dresk alone six people died', 'nine bodies had arrived on Tuesday alone') says the
  whole is at least as large: it is compared as ``[low, inf)`` (six in Dresk against a toll of
  four conflicts; against 11 it does not). So is one facility's count ('her ward had received
  six bodies', 'The hospital had treated 26 people', 'Eleven were brought to the mission
  hospital') and a figure a stated total is told to include ('Our figure includes the two men
  who died at the gate', 'at least nine, counting five fishermen'), and what one clash left ('In
  the confrontation one person was fatally wounded', 'two dead in Thursday's clash').
* **Hearsay** -- a figure told as a writer's own guess or as what someone unnamed says ('My
  guess 40 or 50 thousand', 'my cousin … says more than 50 died', 'a guard told me thirty',
  'people say around 5000', a post's 'Radio says 9 dead') is no one's count: compared with
  nothing, as a forecast; so is a forum thread's figure that names no one who counts ('CAD has
  12 names with photos'), unless the writer tells it as their own count ('we were 5,000').
* **Claimant key** -- who stands behind a claim. A named claimant is identified by its
  normalised name (case-folded, whitespace collapsed, a leading ``the`` and a trailing
  possessive removed: ``The Interior Ministry's`` -> ``interior ministry``). A claim with no
  claimant is the reporter's own voice and is keyed by its source id.
* **Revision** -- a *named* claimant that gives different figures over time. Its claims are
  put in chronological order (claim date, undated first; then the order of the sources in
  the group; then the position in the text) and every change of figure is recorded as
  ``(earlier_index, later_index)``. Pairs of claims by one named claimant are reported as
  conflicts only when nothing tells which came first and they may be of different days (two
  undated reports); two figures of one day in two reports are its figure changing that day.
  Figures from one source's own (unattributed) voice are *not* revisions: they can conflict
  with each other.
* **Restated** -- a report telling one figure twice is one claim, not a revision and not two
  positions: a headline, standfirst, key-figures box or closing summary ('Floods kill 23 in
  Kerala, officials say') and the sentence that gives the figure ('At least 23 people have
  died …, state officials said'). Two claims of one report restate one figure when they have
  the same value, the same quantity and time, and the same claimant, or one of them none (a
  headline's unattributed figure); a bare figure (``23``) restates the one told with a
  qualifier (``at least 23``, ``about 2,000``), and a figure with no claimant the same figure
  with one. The restating claim takes the claimant and interval of the claim it restates, is
  compared with nothing itself (its claim's pairs stand for it), starts or ends no revision
  and is left out of the timeline; ``restated`` lists ``(restating, restated)``. Two different
  qualifiers (``about 23``, ``at least 23``), or the figure of two named claimants, are not
  one claim.
* **Current claims** -- all claims except those *superseded* by a revision (a named
  claimant's claims whose figure differs from that claimant's latest figure).
* **Position** -- a distinct (claimant key, interval) among the current claims; the same
  claimant repeating the same figure, in any number of reports, is one position.
* **Status** -- ``conflict`` when at least one pair of claims (other than a same-claimant
  pair) conflicts; otherwise ``single`` when there are fewer than two positions; otherwise
  ``consistent``. A ``consistent`` group always has a consensus.
* **Span** -- ``low``/``high`` of the group: the lowest low and highest high of *all* claims
  (high None when any claim is unbounded).
* **Consensus** -- the intersection of the current claims' intervals, None when empty.
* **Severity** -- for a set of intervals that do not all intersect, the ratio between the
  highest low and the lowest high: ``max_low / max(min_high, 1)``. Clamping the denominator
  to 1 makes a denial (``[0, 0]``) measurable: ``0`` against ``hundreds`` scores 200, and
  ``0`` against ``at least 5`` scores 5. The result is never below 1.0; it is None when the
  intervals share a point. A group's severity is the largest severity of its reported
  conflicting pairs (so a revision alone never makes a group severe).
* **Corroboration** -- one entry per distinct figure (interval), in order of first
  appearance. Its *backers* are the claims stating exactly that interval; a wider figure
  that merely contains it (``at least 5`` vs ``17``) is compatible but does not corroborate
  it. Backers are *independent* when they have different claimant keys and their sentences
  are not the same text and not copies of one passage (``Claim.copy_of``, claimcheck.copies:
  the same wire copy reprinted by two outlets, edited or not, counts once).
  ``grade`` is ``contested`` when a backer is part of a reported conflict, else
  ``corroborated`` when the figure has two or more independent backers, else ``single``.
  Each entry is ``{"low", "high", "text", "claims", "claimants", "independent", "grade"}``
  where ``text`` is the first backer's wording, ``claims`` the backers' indices into
  ``group.claims`` and ``claimants`` the distinct claimant names as first written (the
  source id for the reporter's own voice).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Protocol

from claimcheck.lexicon import Lexicon, alternation, load_lexicon, number_names, number_words
from claimcheck.models import (
    ALL_SIDES,
    COLUMN_SCOPE,
    EXHUMED,
    HURT,
    POSTED,
    Claim,
    ClaimGroup,
    Number,
    claimant_label,
    clean_number,
)
from claimcheck.when import RUNNING_TALLIES, WEEKDAY, is_earlier, time_words
from claimcheck.where import NATIONWIDE

__all__ = [
    "claimant_key",
    "consensus",
    "evaluate",
    "intervals_conflict",
    "normalise_claimant",
    "order_groups",
    "scope_kind",
    "severity",
    "span",
]

Bounds = tuple[Number, Number | None]

STATUS_RANK = {"conflict": 0, "rising": 1, "consistent": 2, "single": 3}


class Interval(Protocol):
    """Anything with ``low``/``high`` bounds: a Quantity, or a Claim via its accessors."""

    @property
    def low(self) -> Number: ...

    @property
    def high(self) -> Number | None: ...


# --------------------------------------------------------------------------- intervals


def _bounds(x: Interval) -> Bounds:
    q = getattr(x, "quantity", x)  # a Claim's own Quantity: no property call
    return (q.low, q.high)


def _intersect(a: Bounds, b: Bounds) -> Bounds | None:
    low = max(a[0], b[0])
    highs = [h for h in (a[1], b[1]) if h is not None]
    high = min(highs) if highs else None
    if high is not None and low > high:
        return None
    return (low, high)


def intervals_conflict(a: Interval, b: Interval) -> bool:
    """True when the intervals ``[a.low, a.high]`` and ``[b.low, b.high]`` do not intersect."""
    return _intersect(_bounds(a), _bounds(b)) is None


def consensus(quantities: Iterable[Interval]) -> Bounds | None:
    """The intersection of all intervals; None when it is empty or no interval is given."""
    items = iter(quantities)
    first = next(items, None)
    if first is None:
        return None
    result = _bounds(first)
    for q in items:
        narrowed = _intersect(result, _bounds(q))
        if narrowed is None:
            return None
        result = narrowed
    return result


def span(quantities: Iterable[Interval]) -> Bounds:
    """Lowest low to highest high (high None when any interval is unbounded).

    Raises ValueError for an empty input.
    """
    items = list(quantities)
    if not items:
        raise ValueError("span() of no quantities")
    low = min(q.low for q in items)
    highs = [q.high for q in items]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    return (low, high)


def severity(quantities: Iterable[Interval]) -> float | None:
    """How far apart conflicting intervals are: ``max_low / max(min_high, 1)``, at least 1.0.

    None when the intervals share a point (no conflict), including fewer than two intervals.
    """
    items = list(quantities)
    if len(items) < 2 or consensus(items) is not None:
        return None
    max_low = max(q.low for q in items)
    # an empty intersection needs at least one bounded interval below max_low
    min_high = min(q.high for q in items if q.high is not None)
    return max(1.0, max_low / max(min_high, 1))


# --------------------------------------------------------------------------- claimants

_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")
_EDGE_PUNCT = " \t\n.,;:\"'\u2018\u2019\u201c\u201d()"


@lru_cache(maxsize=65536)
def normalise_claimant(name: str) -> str:
    """Case-fold, collapse whitespace, drop a leading ``the`` and a trailing possessive."""
    s = _SPACE.sub(" ", name.casefold()).strip(_EDGE_PUNCT)
    s = _POSSESSIVE.sub("", s)
    s = _LEADING_THE.sub("", s)
    return s.strip(_EDGE_PUNCT)


def claimant_key(claim: Claim, identity: Mapping[str, str] | None = None) -> tuple[str, str]:
    """``("claimant", normalised name)``, or ``("source", source id)`` for the reporter's voice.

    ``identity`` maps a claimant as written to the one name the matcher found for it ('Mr.
    Raja' and 'Salman Akram Raja' are one claimant).
    """
    if claim.claimant is not None:
        name = normalise_claimant(
            identity.get(claim.claimant, claim.claimant) if identity else claim.claimant
        )
        if name:
            return ("claimant", name)
    return ("source", claim.source)


def _sentence_key(claim: Claim) -> str:
    return _folded(claim.sentence)


@lru_cache(maxsize=65536)
def _folded(sentence: str) -> str:
    return _SPACE.sub(" ", sentence.casefold()).strip()


# --------------------------------------------------------------------------- evaluation


def _tally(claims: Sequence[Claim]) -> bool:
    return bool(claims) and claims[0].measure in RUNNING_TALLIES


def _moment(claim: Claim, tally: bool) -> tuple[str | None, int]:
    """When a figure stands: the day and time (``as_of`` for a running tally, the report's date
    for a gathering, whose group is one day already) and its phase (0 for an earlier figure told with
    a later one: 'up from 41'). A day of None is unknown."""
    # a claim not situated: its date; a situated tally of no known day (a look back's toll of
    # the event it recalls) stands at an unknown time, whatever the report's date
    day = (claim.as_of if claim.period else claim.date) if tally else claim.date
    return _moment_of(day, claim.period == "earlier" or (tally and day is None and _first_stretch(claim)))


_FIRST_STRETCH = re.compile(
    r"(?<!since )(?<!from )(?<!after )(?<!over )\b(?:(?:the|its|that)\s+(?:first|opening)\s+(?:few\s+)?"
    r"(?:day|night|morning|afternoon|evening|hours?)|that\s+(?:day|night|morning|afternoon|evening)"
    r"|(?:before|by)\s+(?:morning|dawn|daybreak|daylight|sunrise|nightfall|dusk))\b",
    re.IGNORECASE,
)


def _first_stretch(claim: Claim) -> bool:
    """Whether a running tally's figure of no known day is told of the event's first stretch in
    its own clause ('Two people died before morning', 'Eleven people were hurt on the first day',
    'Police held 40 people that evening', 'By daybreak, 6 miners were confirmed dead'): an
    earlier stand of the tally, as 'up from 41' is (an undated rewrite's first night beside the
    totals it gives after it), not the count it stands at now. Not 'since the first day' (a
    total since then) and not a denial ('No one died on the first day' is :func:`_some_days`').

    >>> from claimcheck.models import claim_in
    >>> def first(sentence, figure):
    ...     return _first_stretch(claim_in(sentence, figure, "killed"))
    >>> first("Two people died before morning: a watchman and a fisherman.", "Two")
    True
    >>> first("By daybreak, 6 miners were confirmed dead.", "6")
    True
    >>> first("Since the first day, 40 people have died.", "40")
    False
    >>> first("Four people died in all, two of them on the first day.", "Four")
    False
    """
    if claim.qualifier == "denial":
        return False
    at = claim.start - claim.sentence_start
    before = _CLAUSE_OPEN.split(claim.sentence[max(0, at - STILL_REACH) : at])[-1]
    return _FIRST_STRETCH.search(before) is not None or _FIRST_STRETCH.search(_own_words(claim)) is not None


@lru_cache(maxsize=65536)
def _moment_of(day: str | None, earlier: bool) -> tuple[str | None, int]:
    if day is not None and len(day) == 10:
        day += _WHOLE_DAY  # a figure with no time of day stands at the end of its day
    return (day, 0 if earlier else 1)


def _ordered(a: Claim, b: Claim, tally: bool) -> bool:
    """Whether the wording tells which of two figures came first: the same report (its own
    order), two known days, or an earlier figure against a current one. Undated reports are
    never ordered by the order of the files."""
    if a.source == b.source:
        return True
    ma, mb = _moment(a, tally), _moment(b, tally)
    if ma[0] is None or mb[0] is None:
        return ma[0] is None and mb[0] is None and ma[1] != mb[1]
    return ma != mb


def _chronology(claims: Sequence[Claim]) -> list[int]:
    """Claim indices in time order: day (unknown first), phase, then the order of the sources
    in the group and the position in the text (which order only what :func:`_ordered` says)."""
    tally = _tally(claims)
    source_rank: dict[str, int] = {}
    for c in claims:
        source_rank.setdefault(c.source, len(source_rank))

    def key(i: int) -> tuple[str, int, int, int, int]:
        day, phase = _moment(claims[i], tally)
        return (day or "", phase, source_rank[claims[i].source], claims[i].start, i)

    return sorted(range(len(claims)), key=key)


REVISION_WORDING = re.compile(
    r"""\b(?:lowered|raised|revised|updated|corrected|reduced|increased|scaled\s+back|cut)\s+
        (?:(?:the|its|their|his|her|our)\s+)?(?:death\s+)?(?:count|toll|figure|figures|number|estimate|tally)\b""",
    re.VERBOSE | re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _worded_as_revision(sentence: str) -> bool:
    return REVISION_WORDING.search(sentence) is not None


def _semicolon_clause(claim: Claim) -> str:
    """A figure's part of its sentence between semicolons: 'Police … later raised their estimate
    to 4,500; organisers said 20,000' tells the organisers' figure in a clause of its own."""
    at = claim.start - claim.sentence_start
    end = claim.sentence.find(";", at)
    return claim.sentence[claim.sentence.rfind(";", 0, at) + 1 : end if end >= 0 else None]


def _keys(
    claims: Sequence[Claim],
    identity: Mapping[str, str] | None = None,
    order: Sequence[int] | None = None,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Each claim's claimant key as written, and the key for revisions and disputes, where a
    claim worded as a revision ('party sources lowered the count') takes the key of the latest
    earlier attributed claim of the same source (one by a claimant of the same type when
    there is one), when its own clause (between semicolons) is so worded; so does one with no claimant ('Police, who had put the crowd at about 15,000,
    later raised their estimate to about 22,000': a report does not revise its own estimate)."""
    plain = [claimant_key(c, identity) for c in claims]
    keys = list(plain)
    earlier_by_source: dict[str, list[int]] = {}
    for i in _chronology(claims) if order is None else order:
        c = claims[i]
        earlier = earlier_by_source.setdefault(c.source, [])
        if earlier and _worded_as_revision(_semicolon_clause(c)):
            same_type = [j for j in reversed(earlier) if claims[j].claimant_type == c.claimant_type]
            keys[i] = keys[same_type[0] if same_type and c.claimant is not None else earlier[-1]]
        if c.claimant is not None:
            earlier.append(i)
    return plain, keys


def scope_kind(claim: Claim) -> str | None:
    """The kind of a claim's scope ('before', 'part', 'incident', …), or None."""
    return claim.scope.split(":", 1)[0] if claim.scope else None


def part_key(claim: Claim, lexicon: Lexicon | None = None) -> str | None:
    """Which part of the whole a figure counts ('women' in 'six women of 14'), None for the
    whole. A part in a place is that place's figure (its ``place`` says so); a part that is a
    side of its own ('including 35 police officers') is that side's figure; a part named only
    by where it was seen or where its people came from ('five patients in one hospital', '70,000
    from X alone') has no key (see :func:`_class_key`)."""
    if claim.place and claim.place != NATIONWIDE:
        return None
    if scope_kind(claim) != "part" and not _among_a_whole(claim) and not _foreigners(claim):
        return None
    if _side_part(claim):
        return None
    return _noun_part(claim, lexicon)


def _noun_part(claim: Claim, lexicon: Lexicon | None) -> str | None:
    """A part's key from its people's noun ('women' in 'six women of 14'), None when it names none."""
    noun = (claim.subject_text or "").replace(ALL_SIDES, "").casefold()
    noun = noun[3:] if noun.startswith("no ") else noun  # ('no residents were among the dead')
    generic = _grammar(lexicon, "generic_people")
    words = [w for w in _WORDS.findall(noun) if w not in generic]
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words) or None


_FOREIGNERS = frozenset(("foreign nationals", "foreign national", "foreigners", "foreigner"))


def _foreigners(claim: Claim) -> bool:
    """'The ministry has put the number of foreign nationals detained at 138', '138 foreigners
    were arrested': the foreigners among those counted, a part of the whole even with no
    'of whom' (a count of the whole names its people, not their passports).

    >>> from claimcheck.models import Claim, Quantity
    >>> q = Quantity("138", 0, 3, 138, 138, 138, "exact")
    >>> _foreigners(Claim("s", None, None, "arrested", "people", q, 1, "138 foreigners", subject_text="foreigners"))
    True
    >>> _foreigners(Claim("s", None, None, "arrested", "people", q, 1, "138 miners", subject_text="miners"))
    False
    """
    return (claim.subject_text or "").casefold() in _FOREIGNERS


_AMONG = re.compile(
    r"[\s\w-]{0,60}?\bamong\s+(?:those|the|them|(?:[\w-]+\s+){1,5}?(?:dead|victims|injured|wounded|arrested|detainees)\b)\b",
    re.IGNORECASE,
)  # (a headline's 'Cebu mourns its teachers: 11 from province among Manila hotel fire dead')


def _among_a_whole(claim: Claim) -> bool:
    """'identified 63 children among those arrested', 'Eleven public school teachers from Cebu
    province are among those killed': a part of a whole, named by its noun (the parser gives it
    no part scope)."""
    at = claim.end - claim.sentence_start
    return "among" in claim.sentence[at : at + 70] and bool(_AMONG.match(claim.sentence, at))


def _side_part(claim: Claim) -> bool:
    """A part that is a side of its own ('including 35 police officers'): that side's figure."""
    return claim.subject in ("security", "journalists") and _names_its_people(claim)


def _whole_of_its_side(claim: Claim, lexicon: Lexicon | None = None) -> bool:
    """Whether a part's stated whole is told as people of the part's own side ('58 police
    officers were injured, 21 of them carabinieri', 'Of the 44 officers injured, 12 were members
    of the border guard', '2,000 security personnel …, among them 600 riot police'): a kind of
    that side's people, a part of its whole, not the side's own figure beside a whole of
    others ('more than 200 people were injured, including 35 police officers').

    >>> from claimcheck.models import Claim, Quantity
    >>> s = "58 police officers were injured, 21 of them carabinieri."
    >>> q = Quantity("21", 33, 35, 21, 21, 21, "exact")
    >>> c = Claim("s", None, None, "injured", "security", q, 1, s, scope="part: 21 carabinieri of 58",
    ...           subject_text="carabinieri")
    >>> _whole_of_its_side(c)
    True
    >>> s = "200 people were injured, including 35 police officers."
    >>> q = Quantity("35", 40, 42, 35, 35, 35, "exact")
    >>> c = Claim("s", None, None, "injured", "security", q, 1, s, scope="part: 35 police officers of 200",
    ...           subject_text="police officers")
    >>> _whole_of_its_side(c)
    False
    """
    scope = claim.scope or ""
    if claim.measure == "deployed" or not scope.startswith("part:") or " of " not in scope:
        return False  # (a deployment's kinds and days are read apart: see claimcheck.match._by_force)
    at = claim.end - claim.sentence_start
    clause = _PART_CLAUSE_END.split(claim.sentence[at : at + 80], 1)[0]
    if _BEFELL.search(clause):
        return False  # (a part told by what befell it: 'two carabinieri were transported to hospital')
    lex = lexicon or _KEYS_LEXICON or load_lexicon()
    if _side_of(claim.subject_text or "", lexicon) != claim.subject and not (
        (told := _told_as(claim, lexicon)) and any(_side_of(m["n"], lexicon) == claim.subject
                                                   for m in _side_nouns(lex).finditer(" " + told))
    ):
        return False  # (a part that names no people of its side: 'one of whom was bitten')
    whole = scope.rsplit(" of ", 1)[1].strip()
    at = claim.start - claim.sentence_start
    i = claim.sentence.rfind(whole, 0, at) if whole else -1
    if i < 0 and whole:
        i = claim.sentence.find(whole, claim.end - claim.sentence_start)
    if i < 0:
        return False
    told = _side_nouns(lex).match(claim.sentence, i + len(whole))
    return told is not None and _side_of(told["n"], lexicon) == claim.subject


_PART_CLAUSE_END = re.compile(r"[,;:.()\[\]]")
_BEFELL = re.compile(
    r"\b(?:\w+ed|kept|taken|bitten|shot|hurt|hospital\w*|serious\w*|critical\w*|intensive|care|still|remain\w*)\b",
    re.IGNORECASE,
)  # what befell a part's people, read by the readers of such parts (hospitalised, serious, held)


@lru_cache(maxsize=8)
def _side_nouns(lexicon: Lexicon) -> re.Pattern[str]:
    """The people's nouns of every named side (``subjects``, not the unnamed people), after a
    figure and at most one word before them that is no verb ('58 police officers', '23 prison
    guards', '42 members of the security forces'; not '4 of the 26 were prison officers')."""
    nouns = [w for w, side in lexicon.subject_of.items() if side != "people"]
    return re.compile(
        rf"\s+(?:(?!(?:were|was|are|is|had|have|has|of|in|on|at|and|or|who|whom|which)\b)[\w-]+\s+)??"
        rf"(?P<n>{alternation(nouns)})\b",
        re.IGNORECASE,
    )


def _side_of(noun: str, lexicon: Lexicon | None) -> str | None:
    return (lexicon or _KEYS_LEXICON or load_lexicon()).subject_of.get(" ".join(noun.casefold().split()))


def _names_its_people(claim: Claim) -> bool:
    """Whether a part says who it counts ('18 police officers of 46', 'Among those arrested
    were 14 journalists': its noun), not only how many of the whole ('three of 18')."""
    counted = (claim.scope or "").split(":", 1)[-1].split(" of ", 1)[0]
    return bool(_WORDS.findall(counted.replace(claim.text, ""))) or bool(
        _WORDS.findall(claim.subject_text or "")
    )


def _grammar(lexicon: Lexicon | None, name: str) -> frozenset[str]:
    """The grammar list ``name`` of ``lexicon``; when None, of the lexicon the grouping was given
    (see :func:`keys_kept`), else of the bundled one: the people of no kind of their own
    (``generic_people``: 'people', 'those', '3 of our citizens who lost their lives are
    children' is what they are told to be), the words that tell no kind (``not_kinds``)."""
    return (lexicon or _KEYS_LEXICON or load_lexicon()).grammar[name]


_SPEAKERS_OWN = frozenset(("colleagues", "colleague"))  # the people of the speaker's own body
@lru_cache(maxsize=8)
def _body_own(lexicon: Lexicon) -> re.Pattern[str]:
    """'seven of its members', 'four of its students': a body's own people (``grammar.body_own_people``)."""
    words = alternation(lexicon.data["grammar"]["body_own_people"]["words"])
    return re.compile(
        rf"[\"”’]?\s+(?:of\s+(?:its|our|their)\s+(?:own\s+)?(?P<n>{words})\b"
        rf"|of\s+{_own_people('o', own=True)}|(?:from|among)\s+{_own_people('f')}"
        rf"|of\s+{_own_people('p')}(?=\s+(?:were|was|are|is|had|have|has|been|being)\b))",
        re.IGNORECASE,
    )  # (any noun after the possessive when a verb follows: 'Eight of our people were hit',
    #    '22 of its students were held'; a part only beside a larger count, see match._body_own_parts;
    #    not 'the thirty-one of our people who have lost their lives': the dead themselves)


def _own_people(name: str, own: bool = False) -> str:
    """A body's own people, any noun, its possessive saying whose they are ('two of its own men', 'two
    of our own agents', 'Nobody from our teams', 'among their crews'); with ``own``, only after
    'own' (no list then: 'of our compatriots' may be a whole of its own)."""
    return (
        rf"(?:its|our|their|his|her)\s+{'own' if own else '(?:own)?'}\s*(?:(?-i:[a-z][a-z-]*)\s+)?"
        rf"(?P<{name}>(?!(?:was|has|is|does|says|gives)\b)(?-i:men|staff|personnel|crew|people|[a-z][a-z-]*[a-rt-z]s))\b(?!\s+(?:and|or)\b)"
    )  # (not two kinds joined: 'our compatriots and guests')


_OWN_FRONTED = re.compile(rf"^\W*(?:from|of|among)\s+{_own_people('f')}\s*,\s*$", re.IGNORECASE)
# a fronted one: 'From our personnel, 3 persons received light wounds'


def body_own(claim: Claim, lexicon: Lexicon | None = None) -> str | None:
    """The kind of a body's own people a figure counts, singular ('seven of its members died', 'At
    least 17 of our members were injured': 'member'), or None; the nouns are ``lexicon``'s
    (the bundled one by default).

    >>> from claimcheck.models import Claim, Quantity
    >>> q = Quantity("seven", 21, 26, 7, 7, 7, "exact")
    >>> s = "The association says seven of its members died."
    >>> body_own(Claim("s", None, None, "killed", "people", q, 1, s))
    'member'
    >>> body_own(Claim("s", None, None, "killed", "people", q, 1, "The association says seven members died.")) is None
    True
    >>> body_own(Claim("s", None, None, "killed", "people", q, 1, "The association says seven of its pupils died."))
    'pupil'
    >>> body_own(Claim("s", None, None, "injured", "people", q, 1, "The mine union says: seven of our people were hit."))
    'people'
    """
    end = claim.end - claim.sentence_start
    hit = _body_own(lexicon or load_lexicon()).match(claim.sentence, end)
    if hit is None and claim.sentence.lstrip("\"“'‘ ")[:6].casefold().startswith(("from ", "of ", "among ")):
        hit = _OWN_FRONTED.match(claim.sentence, 0, claim.start - claim.sentence_start)
    if hit is None or (hit.groupdict().get("p") and claim.subject != "people"):
        return None  # ('16 of its soldiers had been killed': a side's own dead are its toll)
    noun = next(n for n in hit.groups(default="") if n).casefold()
    return singular(noun) if hit.groupdict().get("n") is None else noun[:-1] if noun.endswith("s") else noun  # ("deputy")


_KEYS: dict[int, tuple[Claim, tuple[str | None, str | None, str | None, str | None]]] | None = None
_KEYS_LEXICON: Lexicon | None = None  # the lexicon keys are found with within keys_kept


@contextmanager
def keys_kept(lexicon: Lexicon | None = None) -> Iterator[None]:
    """Within the block, :func:`quantity_key` remembers each claim's key (the matcher asks for
    it when it buckets the claims and again when it evaluates each group, maybe on a forked
    process, which inherits what was remembered), and finds it with ``lexicon``'s words (the
    bundled lexicon when None): a user's lexicon reaches every key the grouping asks for."""
    global _KEYS, _KEYS_LEXICON
    _KEYS, _KEYS_LEXICON = {}, lexicon
    try:
        yield
    finally:
        _KEYS, _KEYS_LEXICON = None, None


def quantity_key(
    claim: Claim, lexicon: Lexicon | None = None
) -> tuple[str | None, str | None, str | None, str | None]:
    """What a figure counts within its measure and side: (another time: 'before'/'after', or
    what a tally added: 'increment'; how many are still held: 'held'; a strike's count of
    workers off the job, not a crowd: 'strike'; those on a hunger strike: 'hunger-strike';
    the place; the part; a sub-incident). Figures with the same key are about the same
    quantity and can contradict each other; the matcher gives each key a group of its own.
    A part of a stated whole that names no people of its own ('three of the injured', 'three
    of those held') is a quantity too, keyed by its other words ('serious' when it is told
    seriously hurt: 'eleven of 34 are seriously hurt'); a part named
    only by where it was seen or where its people came from ('five patients in one
    hospital', '70,000 from X alone') stays with the whole (see :func:`_class_key`).
    The words are ``lexicon``'s: within :func:`keys_kept`, the lexicon it was given, else the
    bundled one."""
    kept = _KEYS
    if kept is None:
        return _quantity_key(claim, lexicon or load_lexicon())
    found = kept.get(id(claim))
    if found is None or found[0] is not claim:  # (the claim is held: its id is not reused)
        found = kept[id(claim)] = (claim, _quantity_key(claim, lexicon or _KEYS_LEXICON or load_lexicon()))
    return found[1]


def key_as(claim: Claim, other: Claim) -> None:
    """Within :func:`keys_kept`, ``claim``'s quantity key is ``other``'s from now on (a figure
    that takes up the one before: 'The coalition put that crowd at 4,000')."""
    if _KEYS is not None:
        _KEYS[id(claim)] = (claim, quantity_key(other))


def _quantity_key(claim: Claim, lexicon: Lexicon) -> tuple[str | None, str | None, str | None, str | None]:
    kind = scope_kind(claim)
    situated = claim.period is not None  # situating may find 'in 2004' is no earlier event
    place = claim.place.casefold() if claim.place and claim.place != NATIONWIDE else None
    if claim.place == NATIONWIDE and claim.period == "day":
        place = NATIONWIDE  # a gathering's national total, apart from the crowd of one city
    if claim.period in ("before", "after", "increment", "held", "strike", "hunger-strike"):
        when: str | None = claim.period
        if claim.period == "increment" and claim.as_of and claim.as_of[:10] != claim.date:
            # what a named day added ('140 were arrested on Thursday, bringing …'): that
            # day's count, not another day's ('another 95 on Friday'); an increment dated only
            # by its report may be any day's
            when = f"increment-{claim.as_of[:10]}"
    elif claim.period in ("earlier", "cumulative") and (claim.scope or "").startswith("state:"):
        # '… still in custody — down from 25 in the morning': that count's earlier point; 'In
        # this moment 96 persons remain at order of the Public Ministry' (scope/still-held,
        # worded as no time word tells): those still held
        when = "held"
    elif (
        claim.period == "day"
        and claim.measure in RUNNING_TALLIES
        and claim.as_of
        and (not place or claim.qualifier == "denial")
    ):
        # one day's count of a tally ('On the final day … 47 were arrested'): that day's
        # quantity; a city's is that city's already (the report of its day counts it so too),
        # but a denial at a city's gathering stays that day's ('In Moundou on Tuesday … the march
        # ended without a single arrest', in a city the event's reports come from)
        when = claim.as_of[:10]
    elif kind == "after" or (kind == "before" and not situated):
        when = kind
    elif _some_days(claim):
        when = "some-days"  # 'Nobody was arrested on the first two nights'
    else:
        when = None
    part = part_key(claim, lexicon)
    if part is None and kind == COLUMN_SCOPE:
        part = _column_part(claim)  # a table's 'Admitted' column beside its 'Received' one
    if part is None and (claim.subject_text or "").casefold() in _SPEAKERS_OWN:
        part = "colleagues"  # 'Four colleagues were slightly injured': the speaker's own kind
    if part is None and claim.measure == "injured" and _serious(claim):
        part = "serious"  # 'no protester had been seriously injured', 'four in critical condition'
    if part is None and claim.measure == "injured" and "urger" in claim.sentence and _surgery(claim):
        part = "surgery"  # '58 needed surgery', 'eight patients have gone to surgery'
    if part is None and claim.measure == "injured" and _treated_only(claim):
        part = "treated"  # 'treated 23 people at the scene', 'first aid to 150 people'
    if (
        kind == "part"
        and place is None
        and part is None
        and when != "held"
        and not (when or "").startswith("increment")  # (a count of its own already)
        and (
            _OF_WHOLE.search(claim.scope or "")
            or (_OF_OWN_DEAD.search(claim.scope or "") and _told_as(claim, lexicon) is not None)
        )
        and not _them_of_another_count(claim)
        and not _side_part(claim)
        and not _beyond_its_whole(claim)
    ):
        # 'eleven of 34', 'three of the injured', 'three of those held'; 'two of the dead were
        # polling officials' is the polling officials among the dead
        told = _told_as(claim, lexicon)
        if told is not None and claim.subject in ("security", "journalists"):
            part = None  # '4 of the 26 were prison officers': that side's own figure (see _side_part)
        else:
            part = told or _part_words(claim, lexicon) or _told_what(claim) or _serious_part(claim) or "part"
    if part is None and place is None and kind is None and (label := labelled_part(claim, lexicon)) is not None:
        part = label  # 'Minors among the dead: 5': a key-figures line's part, named by its label
    if part is None and kind == "reason":
        part = claim.scope  # 'detained at least 60 people over social media posts'
    if part is None and claim.measure in _COUNTED_IN_CUSTODY and _in_custody(claim):
        part = "in custody"  # '120–400 deaths in custody', 'injured while in police custody'
        if claim.measure == "killed" and place is not None and _HELD_PLACE.search(claim.sentence):
            place = None  # 'died in custody in Izalco prison': the prison is where they were held
    if part is None and claim.measure == "participants" and _counter_gathering(claim):
        part = "counter"  # 'several hundred counter-demonstrators', 'the counter-protest drew 400'
    if part is None and claim.measure in _COUNTED_IN_CUSTODY and _armed_side(claim, lexicon):
        part = "armed side"  # '"more than 40" attackers had died', 'six members of a local militia'
    if part is None and claim.measure == "killed" and (
        kind == EXHUMED or ("xhum" in claim.sentence and _exhumed(claim))
    ):
        part = "exhumed"  # 'Bodies exhumed 37', '37 bodies were exhumed from the graves'
    if part is None and claim.measure == "injured" and when != "held" and (care := _in_care(claim)) is not None:
        if care != "hospital intake" or place is None:  # (a named hospital's intake is keyed by its place)
            part = care  # 'We received 19 people from the centre': a hospital's intake; 'seven are still with us'
    elif part == "part" and claim.measure == "injured" and when is None and _in_care(claim) == "still in care":
        when, part = "held", None  # 'the injured are 27, among which 19 persons still hospitalising': those still held
    if part is None and claim.measure == "participants" and "through" in claim.sentence and _passing_through(claim, lexicon):
        part = "passing through"  # 'about 9,000 people passing through the square over the evening'
    if part is None and claim.measure in RUNNING_TALLIES:
        part = _beside_others(claim)  # 'no record of the three other deaths', 'besides the deaths of the two young men'
    if part is None and claim.measure == "participants" and _stayed_on(claim):
        part = "stayed on"  # 'around 400 people stayed on after the final whistle': a later, smaller crowd
    if part is None and claim.measure == "participants" and _mourners(claim):
        part = "mourners"  # 'Several thousand people attended the funerals'
    if part is None and claim.measure == "participants" and place is None and in_solidarity(claim):
        part = "solidarity"  # 'about 200 people gathered in solidarity outside the ministry' (one
        # that names its place is that place's gathering: see claimcheck.match)
    if part is None and claim.measure == "participants" and _a_group_of(claim):
        part = "a group"  # 'Riot police charged a group of some 400 Feyenoord supporters'
    if part is None and claim.measure == "killed" and _by_forces_fire(claim):
        part = "by the forces' fire"  # 'none of the hostages had been killed by its officers' fire'
    if part is None and claim.qualifier == "denial" and claim.measure == "injured" and _by_forces_hand(claim):
        part = "by the forces"  # 'None of them was injured by a police officer'
    if part is None and claim.qualifier == "denial" and "among" in claim.text:
        among = _DENIED_AMONG.search(claim.text)  # 'denied that any woman or child was among
        if among:  # the dead': that part of the dead
            part = " ".join(singular(w) for w in among["n"].casefold().split())
    if part is None and claim.qualifier == "denial" and claim.measure == "injured" and _denied_care(claim):
        part = "hospitalised"  # 'no protester needed hospital care', 'None needed hospital treatment'
    if part is None and claim.qualifier == "denial" and (_DENIED_MORE.search(claim.text) or denied_period(claim, lexicon)):
        part = "more"  # 'no further deaths', 'No new arrests', 'nobody had been killed since midnight':
        # none added since, not a toll of none
    if part is None and claim.qualifier == "denial" and claim.subject in _WHOLE_SIDES:
        part = denied_kind(claim.text, lexicon)  # 'denied that any party official had been detained'
    if part is None and claim.qualifier == "denial" and place is None:
        part = denied_site(claim)  # 'nobody died in any of the centers'
    if part is None and claim.qualifier == "denial" and _denied_at_gathering(claim):
        part = "at one gathering"  # 'no one was detained during the march': that march's, not the tally's
    if part is None and place is None and when is None and kind == "part" and _whole_of_its_side(claim, lexicon):
        # '42 members of the security forces were injured, 17 of them gendarmes'
        part = _noun_part(claim, lexicon) or _told_as(claim, lexicon)
    return (when, place, part, "incident" if kind == "incident" else None)


_LABELLED_PART = re.compile(
    r"(?:^|[|;•·(\n]|\s[-–—]\s)\s*(?P<w>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+(?:among|of)\s+(?:the|those)\s+"
    r"(?:dead|deceased|killed|victims|injured|wounded|hurt|arrested|detained|detainees)\s*[:=–-]?\s*$",
    re.IGNORECASE,
)  # ('Dead: 38 | Minors among the dead: 5', '• Women among those detained: 14', 'Children of the dead - 3')
LABEL_BEFORE = 50  # how far before a figure its line's label is looked for


def labelled_part(claim: Claim, lexicon: Lexicon | None = None) -> str | None:
    """The part a figure counts when its line or cell names it by a label right before it: a
    kind of people among the whole ('Dead: 38 | Minors among the dead: 5' -> 'minor', '• Women
    among those detained: 14' -> 'women'), as a report's 'five of the dead were minors' is keyed.

    >>> from claimcheck.models import claim_in
    >>> labelled_part(claim_in("Dead: 38 | Minors among the dead: 5 | Injured: 40", "5", "killed"))
    'minor'
    >>> labelled_part(claim_in("Dead: 38 | Injured: 40", "38", "killed")) is None
    True
    """
    at = claim.start - claim.sentence_start
    label = claim.sentence[max(0, at - LABEL_BEFORE) : at]
    if "among" not in label and " of " not in label:
        return None
    m = _LABELLED_PART.search(label)
    if m is None:
        return None
    words = m["w"].casefold().split()
    if words[-1] in _grammar(lexicon, "generic_people") or words[-1] in NUMBER_WORDS:
        return None  # ('People among the dead', 'Two of the dead': no kind of their own)
    return " ".join([*words[:-1], singular(words[-1])])


_COUNTED_IN_CUSTODY = HURT
_COLUMN_HOSPITALISED = re.compile(r"\b(?:admitted|hospitali[sz]ed|in\s+hospital)\b")
_COLUMN_SERIOUS = re.compile(r"\b(?:critical|icu|intensive|serious|severe)\b")


def _column_part(claim: Claim) -> str:
    """The part a table column counts of an earlier column's count, by its heading: those
    admitted ('hospitalised', as a report's 'of whom 20 were admitted' is keyed), those in
    critical care ('serious'), else the heading's words.

    >>> from claimcheck.models import Claim, Quantity
    >>> q = Quantity("20", 0, 2, 20, 20, 20, "exact")
    >>> _column_part(Claim("s", None, None, "injured", "people", q, 1, "Total 33 20 6", scope="column: admitted"))
    'hospitalised'
    >>> _column_part(Claim("s", None, None, "injured", "people", q, 1, "Total 33 20 6", scope="column: in critical care"))
    'serious'
    """
    head = (claim.scope or "").split(":", 1)[-1].strip()
    if _COLUMN_HOSPITALISED.search(head):
        return "hospitalised"
    return "serious" if _COLUMN_SERIOUS.search(head) else head
_HELD_PLACE = re.compile(r"\b(?:prisons?|jails?|penitentiar(?:y|ies)|detention\s+cent(?:re|er)s?)\b", re.IGNORECASE)
_HELD_PEOPLE = re.compile(r"\b(?:detainees?|prisoners?|inmates?)\b", re.IGNORECASE)  # a denial's words
_IN_CUSTODY = re.compile(
    r"\b(?:in|while\s+in|under)\s+(?:police\s+|military\s+|army\s+)?(?:custody|detention)\b",
    re.IGNORECASE,
)
_DENIED_AMONG = re.compile(
    r"\bany\s+(?P<n>[^\W\d][\w\s-]{0,40}?)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+among"
    r"\s+(?:the|those)\b",
    re.IGNORECASE,
)
_WHOLE_SIDES = frozenset(("people", "protesters"))  # a denial of these may name a kind of its own
_DENIED = re.compile(
    r"\b(?:any|none|no\s+one(?=\s+of\b)|no|not\s+one)\s+"
    r"(?:(?:confirmed|reported|official|immediate|known)\s+)?(?:(?:reports?|records?|cases?)\s+of\s+(?:any\s+)?)?"
    r"(?:of\s+)?(?:(?:the|its|their|our|his|her|those)\s+)?"
    r"(?P<a>[a-z][a-z-]+)(?:\s+(?P<b>[a-z][a-z-]+))?",
    re.IGNORECASE,
)
_NOT_A_KIND = frozenset(
    (
        "one", "body", "anyone", "death", "life", "live", "arrest", "injury", "casualty", "fatality",
        "other", "more", "further", "such", "evidence", "incident", "sign", "report", "point", "time",
        "way", "single", "reason", "fewer", "less", "longer", "change", "case", "detainee",
        "protester", "protestor", "demonstrator", "marcher", "participant", "person", "individual",
        "victim", "resident", "civilian", "citizen", "passenger", "hostage", "worker", "miner",
    )
)  # fmt: skip
_NOT_A_NOUN = frozenset(
    (
        "had", "has", "have", "was", "were", "is", "are", "been", "be", "being", "without", "with",
        "in", "at", "from", "by", "among", "of", "who", "that", "which", "and", "or", "on", "to",
        "during", "after", "before", "while", "as",
    )
)  # fmt: skip


_DENIED_SITE = re.compile(
    r"[^,;.]{0,50}?\b(?:(?P<other>(?:in|from|at)\s+any\s+other)|(?:in|at)\s+any\s+of\s+the"
    r"|inside\s+the|at\s+any)"
    r"\s+(?!(?:time|point|stage|moment)s?\b)(?P<n>[a-z][a-z-]+(?:\s+(?!(?:set|run|by|in|at|of|on|for|from|that|which|where|during"
    r"|because|since|and|or|was|were|is|are|has|had|have)\b)[a-z][a-z-]+){0,2})",
    re.IGNORECASE,
)  # 'in any of the centers', 'from any other district', 'at any heatstroke relief centre set up …'


def denied_site(claim: Claim) -> str | None:
    """The places a denial is limited to, in its own clause: 'nobody died in any of the
    centers' -> 'center', 'No death has been reported from any other district' -> 'other
    district', 'denied that anyone had died inside the stadium' -> 'stadium', 'No death has
    occurred at any heatstroke relief centre set up by the Department' -> 'heatstroke relief
    centre'; None else ('no one was killed' or 'at the wedding', which may be where the whole
    event took place)."""
    at = claim.end - claim.sentence_start
    m = _DENIED_SITE.match(claim.sentence, at)
    if not m:
        return None
    *words, last = " ".join(m["n"].casefold().split()).split(" ")
    noun = " ".join([*words, singular(last)])
    return f"other {noun}" if m["other"] else noun


def singular(word: str) -> str:
    """'bodies' -> 'body', 'teachers' -> 'teacher' (a crude English singular); a word whose
    plural is irregular keys as its plural, as a part's noun does ('child' -> 'children',
    'woman' -> 'women'), so that 'denied that any child had been killed' is the part 'four of
    them children' counts.

    >>> [singular(w) for w in ("bodies", "teachers", "children", "child", "woman", "women")]
    ['body', 'teacher', 'children', 'children', 'women', 'women']
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"  # 'bodies', 'casualties'
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


_IRREGULAR = {"child": "children", "woman": "women"}


def denied_kind(text: str, lexicon: Lexicon | None = None) -> str | None:
    """The kind of people a denial names when it is not everyone ('denied that any party
    official had been detained' -> 'party official', 'none of the arrested had been hurt' ->
    'arrested'): a part of the whole, its own quantity; None for a denial of the whole.

    >>> denied_kind("denied that any party official had been detained")
    'party official'
    >>> denied_kind("none of the arrested")
    'arrested'
    >>> denied_kind("denied that anyone had died") is None
    True
    >>> denied_kind("No one") is None, denied_kind("no bodies") is None
    (True, True)
    >>> denied_kind("No one of the perpetrators died")
    'perpetrator'
    >>> denied_kind("denied that any resident of the town had died")
    'resident of town'
    >>> denied_kind("denied that any resident had died") is None
    True
    >>> denied_kind("no record of any demonstrator") is None  # (a record denied: its people)
    True
    >>> denied_kind("no confirmed cases of deaths") is None, denied_kind("no record of any child")
    (True, 'children')
    >>> denied_kind("no serious injuries") is None, denied_kind("no further deaths") is None
    (True, True)
    """
    m = _DENIED.search(text)
    if not m:
        return None
    first = singular(m["a"].casefold())
    if m["a"].casefold() in _GRAVITY and m["b"]:
        first = singular(m["b"].casefold())  # 'no serious injuries': the noun's, no kind of people
        if first in _NOT_A_KIND:
            return None
    if first in _PEOPLE_OF_A_PLACE and (of := _OF_A_PLACE.match(text, m.end("a"))) is not None:
        return f"{first} of {of['p'].casefold()}"  # 'any resident of the town': that town's people
    if first in _NOT_A_KIND or first in _NOT_A_NOUN or first in _grammar(lexicon, "generic_people"):
        return None
    second = singular((m["b"] or "").casefold())
    if not second or second in _NOT_A_NOUN or second.endswith("ed"):
        return first
    return f"{first} {second}"


_AT_GATHERING = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,4}?(?:at|during|in)\s+(?:the|this|that|its|their|[A-Z][\w'’-]*['’]s|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:march|rally|vigil|procession|protest|demonstration|funeral|gathering|sit-in)\b(?!\s+(?:season|movement|wave)\b)",
    re.IGNORECASE,
)  # '(no one) was detained during the march', '(Nobody) was detained at the rally'


def _denied_at_gathering(claim: Claim) -> bool:
    """Whether a denial is told of one gathering, in its own words ('No shots were fired and no
    one was detained during the march, police said', '"Nobody was detained at the rally"'): that
    gathering's count, none, not the running tally's since the unrest began (its arrests
    elsewhere, or on other days, stand beside it).

    >>> from claimcheck.models import claim_in
    >>> _denied_at_gathering(claim_in("No shots were fired and no one was detained during the march, police said.", "no one", "arrested"))
    True
    >>> _denied_at_gathering(claim_in("Police said no one has been detained since Monday.", "no one", "arrested"))
    False
    """
    return _AT_GATHERING.match(_own_words(claim)) is not None


_ADDED = ("further", "new", "additional", "fresh", "more")  # 'no further deaths': none added
_DENIED_MORE = re.compile(r"\b(?:" + "|".join(_ADDED) + r")\b", re.IGNORECASE)  # a denial of any added
_GRAVITY = frozenset(("serious", "major", "severe", "grave", "confirmed", "reported", *_ADDED))


@lru_cache(maxsize=8)
def _denied_period(lexicon: Lexicon) -> re.Pattern[str]:
    """The stretches of time a denial may be limited to (``denial.periods``): 'since midnight', 'overnight'."""
    return re.compile(rf"\b(?:{alternation(lexicon.data['denial']['periods'])})\b", re.IGNORECASE)


_DENIAL_CLAUSE_END = re.compile(
    r"[,.;:!?]|\s(?:and|but|while|although|whereas|despite|after|before|when|as|because|following|amid)\s", re.IGNORECASE
)  # (a subordinate clause's time is its own: 'no rescue worker had been hurt despite two collapses during the night')
_BEFORE_CLAUSE = re.compile(r"[.;:!?]")
PERIOD_BEFORE = 40  # how far before a denial a stretch of time opening its clause is looked for


def denied_period(claim: Claim, lexicon: Lexicon | None = None) -> bool:
    """Whether a denial is limited to a stretch of time in its own clause ('It said nobody had
    been killed since midnight', 'Overnight, no one died', 'No deaths were recorded in the past
    24 hours'): none added in it, no toll of none of the whole event. The stretches are
    ``lexicon``'s (see :func:`_grammar` for which lexicon when None).

    >>> from claimcheck.models import Claim, Quantity
    >>> s = "It said nobody had been killed since midnight."
    >>> denied_period(Claim("s", None, None, "killed", "people", Quantity("nobody", 8, 14, 0, 0, 0, "denial"), 1, s))
    True
    >>> s = "Nobody was killed, and 40 people were arrested overnight."
    >>> denied_period(Claim("s", None, None, "killed", "people", Quantity("Nobody", 0, 6, 0, 0, 0, "denial"), 1, s))
    False
    """
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    after = _DENIAL_CLAUSE_END.split(claim.sentence[end : end + 80], 1)[0]
    before = _BEFORE_CLAUSE.split(claim.sentence[max(0, start - PERIOD_BEFORE) : start])[-1]
    period = _denied_period(lexicon or _KEYS_LEXICON or load_lexicon())
    return period.search(after) is not None or period.search(before) is not None


_PEOPLE_OF_A_PLACE = frozenset(("resident", "inhabitant", "villager", "citizen", "local"))
_OF_A_PLACE = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<p>town|village|city|camp|district|neighbou?rhood|settlement|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)  # ('any resident of the town', 'no inhabitant of Bar Elias'): a place's own people, a part


def _in_custody(claim: Claim) -> bool:
    """Whether a death or injury figure counts only people held ('120–400 deaths in custody',
    'denied that any detainee had been injured while in police custody', 'seven students were
    beaten in custody'): its own words, up to the next comma or figure; a figure whose own
    words name those held and their death ('No detainee from the operation has died'; not
    'denied that any detainee had been beaten', told with the detainees' other injuries)."""
    if claim.measure == "killed" and _HELD_PEOPLE.search(claim.text):
        return True  # 'No detainee from the operation has died': a death of one held, by its noun
    if "custody" not in claim.sentence and "detention" not in claim.sentence:
        return False
    return _told(_IN_CUSTODY, claim, 60)


_FORCES_FIRE = re.compile(
    r"\b(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}fire|(?:from|under)\s+the\s+fire\s+of(?!\s+\d)"
    r"|in\s+(?:the\s+)?cross-?fire|in\s+(?:a\s+)?shoot-?outs?|during\s+the\s+storming)\b",
    re.IGNORECASE,
)


def _by_forces_fire(claim: Claim) -> bool:
    """Whether a death figure counts only those the forces' own fire killed ('none of the
    hostages had been killed by its officers' fire', 'Not a single student was killed by police
    fire', 'at least six of the hostages were killed in the crossfire', '… during the
    storming', 'five had been killed in shootouts with police'): a part of the toll, which others (gunmen, a crush, a fire) caused too; its own
    words, up to the next comma or figure. Not a cause that is no one's fire ('killed by
    gunfire', 'in a fire', 'deaths from the fire of 13 March')."""
    sentence = claim.sentence
    if "fire" not in sentence and "storming" not in sentence and "shoot" not in sentence:
        return False
    return _told(_FORCES_FIRE, claim)


_BY_FORCES = re.compile(
    r"[^,;:.\d]{0,40}?\b(?:injured|hurt|wounded)\s+by\s+(?:a|an|the|any)?\s*(?:police(?:\s+officers?)?|policem[ae]n|officers?"
    r"|security\s+forces|soldiers?|troops|riot\s+police)\b",
    re.IGNORECASE,
)


def _by_forces_hand(claim: Claim) -> bool:
    """Whether a denial of injuries is limited to those the forces caused ('11 citizens
    requested medical help … None of them was injured by a police officer'): a part of the
    injured, which stones, falls and tear gas hurt too; read in its own words after the figure.
    Only a denial of the people a count before it counts ('None of them', 'Neither of them'):
    'Not a single protester was injured by police action' after a raid denies the event's
    injuries, and so does a denial of what only the forces do ('denied that any detainee had
    been beaten by police').
    """
    if " by " not in claim.sentence or not claim.text.casefold().startswith(("none of", "neither of")):
        return False  # (of the people a count before it counts: not the event's people as a whole)
    at = claim.end - claim.sentence_start
    return _BY_FORCES.match(claim.sentence, at) is not None


_GROUP_OF = re.compile(r"\ba\s+group\s+of\s+$", re.IGNORECASE)


_COUNTER = re.compile(r"\bcounter-?(?:protest|demonstrat|manifest|march|rall)\w*", re.IGNORECASE)


def _counter_gathering(claim: Claim) -> bool:
    """Whether a crowd figure counts the counter-demonstrators, a gathering of its own: the
    counted noun says so, or the figure's clause before it ('the counter-demonstration numbered
    "about 400 people"', 'the counter-protesters were "at least 700"'), or its own words after
    it ('about 150 supporters of the bypass at a counter-demonstration in Sigulda')."""
    if "ounter" not in claim.sentence:
        return False
    at = claim.start - claim.sentence_start
    clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s", claim.sentence[max(0, at - 60) : at])[-1]
    own = _own_words(claim)  # 'about 150 supporters … at a counter-demonstration'
    return bool(
        _COUNTER.search(claim.subject_text or "")
        or _COUNTER.search(clause)
        or _AT_COUNTER.search(own)
    )


_AT_COUNTER = re.compile(r"\b(?:at|in|joined|held)\s+(?:a|the|their|its)\s+counter-?(?:protest|demonstrat|rall|march)", re.IGNORECASE)

_EXHUMED = re.compile(r"\b(?:exhumed|exhuming|exhumations?)\b", re.IGNORECASE)
# bodies dug up from graves: the graves' dead, a count of their own beside the event's toll
# (not 'more than 400 bodies … were exhumed in 2023', another year's already)


def _exhumed(claim: Claim) -> bool:
    """Whether a toll counts bodies exhumed, in the figure's own words: 30 characters before it
    ('Bodies exhumed 37', 'exhumed 37 bodies') or 40 after ('37 bodies were exhumed'), so that
    'The toll rose to 40 after exhumations found 12 more' keeps its 40 the event's."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return (
        _EXHUMED.search(claim.sentence[max(0, at - 30) : at]) is not None
        or _WERE_EXHUMED.match(claim.sentence, end, end + 40) is not None
    )


_WERE_EXHUMED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+exhumed\b")


def _mourners(claim: Claim) -> bool:
    """Whether a crowd figure counts the mourners of a funeral or a burial, a gathering of its own
    apart from the protest's crowd of the same day ('Several thousand people attended the
    funerals', 'About 3,000 people attended the funeral of the three officers', 'the burial drew
    some 2,000 mourners'): its counted noun, or the words right after the figure (to the next
    comma) or right before it in its clause. A protest that followed a funeral ('marched after the
    funeral') is the protest's."""
    if "funeral" not in claim.sentence and "burial" not in claim.sentence and "mourner" not in claim.sentence:
        return False
    if "mourner" in (claim.subject_text or ""):
        return True
    at = claim.start - claim.sentence_start
    after = _own_words(claim)
    before = re.split(r"[;:,]", claim.sentence[max(0, at - 40) : at])[-1]
    return bool(_AT_FUNERAL.search(after) or _FUNERAL_DREW.search(before))


def in_solidarity(claim: Claim) -> bool:
    """Whether a crowd figure's sentence tells a gathering held in solidarity with the event's
    people ('In Vaslui, about 300 people gathered in front of the prefecture in solidarity with
    Bârlad', 'about 1,500 students held a solidarity rally', 'Solidarity march in Mombasa: about
    400 people walked …', 'We stopped the plant for an hour in solidarity, about 2,000 of us'): a
    gathering of its own, elsewhere, apart from the event's crowd, as a funeral's mourners are:
    the gathering of the place it names, even one of the event's own places, else a part.

    >>> from claimcheck.models import claim_in
    >>> [in_solidarity(claim_in(s, "300", "participants")) for s in (
    ...     "In Vaslui, about 300 people gathered in solidarity with Barlad.",
    ...     "About 300 growers held a solidarity rally in Kandi.",
    ...     "About 300 people marched, the Solidarity Network said.")]
    [True, True, False]
    """
    return "olidarity" in claim.sentence and _SOLIDARITY.search(claim.sentence) is not None


_SOLIDARITY = re.compile(
    r"\bin\s+(?:sign\s+of\s+)?solidarity\b"
    r"|\bsolidarity\s+(?:rall|march|vigil|gathering|protest|demonstration|sit-in|strike|walk|meeting)",
    re.IGNORECASE,
)  # ('in solidarity with Kanyama', 'a solidarity rally'; not 'the Pacific Solidarity Network')
_AT_FUNERAL = re.compile(
    r"\b(?:attended|joined|at|for|in)\s+(?:the\s+|a\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:funerals?|burials?)\b",
    re.IGNORECASE,
)  # 'attended the funerals', 'turned out for the mass funeral'
_FUNERAL_DREW = re.compile(
    r"^(?!.*\b(?:after|following|before)\b).*\b(?:funerals?|burials?)\b[^.]{0,30}$", re.IGNORECASE
)  # 'the funeral drew …', not 'After the funeral 300 marched'


_ARMED = re.compile(
    r"(?<!\bby\s)(?<!\bby\sthe\s)\b(?:attackers|assailants|gunmen|militants|militia(?:men|s)?"
    r"|insurgents|rebels|raiders|jihadists)\b",
    re.IGNORECASE,
)


def _armed_side(claim: Claim, lexicon: Lexicon | None = None) -> bool:
    """Whether a toll counts the armed side's own dead or hurt ('"more than 40" attackers had
    died', 'six members of a local militia had died', 'killed "dozens" of the attackers',
    'put the militia members killed at "no more than six"'): a quantity of its own, apart from
    the civilians' and the forces' tolls; read in the figure's clause (40 characters before
    it, its words after it up to the next comma or figure). Not the people killed by them
    ('12 villagers were killed by gunmen').

    >>> from claimcheck.models import claim_in
    >>> def armed(sentence, figure):
    ...     return _armed_side(claim_in(sentence, figure, "killed"))
    >>> examples = [
    ...     ('The army said "more than 40" attackers had died.', "more than 40"),
    ...     ("Officials said six members of a local militia had died.", "six"),
    ...     ("Officials said 12 villagers were killed by gunmen.", "12"),
    ...     ("Thirty-four hostages and all four gunmen were killed.", "Thirty-four"),
    ...     ("At least 44 people were killed in the attack by militants.", "At least 44"),
    ... ]
    >>> [armed(sentence, figure) for sentence, figure in examples]
    [True, True, False, False, False]
    """
    if not any(w in claim.sentence for w in _ARMED_STEMS):
        return False  # (cheap: most sentences name no armed side)
    before, after = _figure_clause(claim)
    after = after.split(" and ", 1)[0]
    if _ARMED.search(f"{before}#{after}") is None:
        return False
    noun = {w.casefold() for w in _WORDS.findall(claim.subject_text or "")} - _grammar(lexicon, "generic_people") - _MEMBERS
    if noun and not _ARMED.search(" ".join(noun)):
        return False  # 'Thirty-four hostages and all four gunmen were killed': the hostages
    return not any(_BY_ARMED.search(w) for w in (before, after))


_MEMBERS = frozenset(("members", "member", "all", "some"))
_ARMED_STEMS = ("ttacker", "ssailant", "unmen", "ilitant", "ilitia", "nsurgent", "ebel", "aider", "ihadist")


_BY_ARMED = re.compile(
    r"\b(?:by|from)\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}(?:attackers|assailants|gunmen|militants|militia"
    r"(?:men|s)?|insurgents|rebels|raiders|jihadists)\b|\battack\s+by\b",
    re.IGNORECASE,
)


def _a_group_of(claim: Claim) -> bool:
    """Whether a crowd figure counts a group within the gathering ('a group of some 400
    Feyenoord supporters', 'A group of several hundred masked youths broke away', 'a group of
    about 200 protesters tried to force their way in'): a part, not the crowd."""
    if "group of" not in claim.sentence:
        return False
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - 20) : at]
    if before.endswith(("some ", "about ", "around ", "roughly ", "nearly ")):
        before = before[: before.rstrip().rfind(" ") + 1]
    return _GROUP_OF.search(before) is not None


_SOME_DAYS = re.compile(
    rf"\b(?:on|during|over)\s+the\s+(?:first|opening)\s+(?:(?:{number_words(2, 5)}|few|\d+)\s+)?"
    rf"(?:days?|nights?)\b|\bon\s+{WEEKDAY}\s+or\s+{WEEKDAY}\b",
    re.IGNORECASE,
)


def _some_days(claim: Claim) -> bool:
    """Whether a figure counts only some days of an event of several ('more than 3,000 people
    on the first night', 'Nobody was arrested on the first two nights', 'There were no arrests
    on Thursday or Friday night'): a quantity of its own, not the event's total or its peak;
    its own words, up to the next comma or figure. A tally's figure for its first day is its
    running total then ('receiving 14 bodies on the first day'): only its denial counts some
    days; a gathering's dated to its day is that day's crowd already."""
    if claim.qualifier != "denial" if claim.measure in RUNNING_TALLIES else claim.as_of:
        return False
    if "first" not in claim.sentence and "opening" not in claim.sentence and " or " not in claim.sentence:
        return False
    after = _own_words(claim)
    return _SOME_DAYS.search(after) is not None


_WHOLE_NUMBER = re.compile(r" of (\d[\d,]*)\b")


_TOLD_AS = re.compile(
    r"(?:\s+of\s+(?:the|those|them|whom|our|their)(?:\s+[a-z\d-]+){0,2}(?:\s+who\s+(?:[a-z]+\s+){0,2}[a-z]+)?)?"
    r"\s+(?:were|was|are|is)\s+(?:all\s+)?"
    r"(?P<n>[a-z-]+(?:\s+[a-z-]+)?)(?=\s*(?:[,.;]|$)|\s+(?:and|who|that|which|from|of|in|at|with"
    r"|for|by|under|over|aged|[a-z]+ed|[a-z]+ing)\b)"
)  # ('3 of our citizens who lost their lives are children under age of 18': children)
_TOLD_AMONG = re.compile(
    r"\s+of\s+(?:them|those|whom)\s+(?:were\s+|are\s+)?among\s+(?:its|their|our|his|her)\s+(?:own\s+)?"
    r"(?P<n>[a-z-]+)(?=\s*(?:[,.;]|$))"
)  # '19 of them among its own members' (said of the dead): the members
_THEIR_OWN = frozenset("their our its his her own".split())


def _told_as(claim: Claim, lexicon: Lexicon | None = None) -> str | None:
    """The people a part of the dead or the injured is said to be, in its own clause ('two of
    the dead were polling officials employed by …' -> 'polling official', 'three of them were
    children' -> 'children', 'twelve of those who died were children', a part named before it:
    'Among the dead, 100 were women' -> 'women'), keyed as :func:`part_key` keys a part named by
    its noun; None when no noun follows ('three of the injured were taken to hospital', '… were badly hurt')."""
    at = claim.end - claim.sentence_start
    m = _TOLD_AS.match(claim.sentence, at) or _TOLD_AMONG.match(claim.sentence, at)
    if m is None:
        return None
    words = m["n"].split()
    if len(words) > 1 and words[0] in _THEIR_OWN:
        words = words[1:]  # '19 of the dead were their members': the members, whose they are said
    not_kinds = _grammar(lexicon, "not_kinds")
    if any(w in not_kinds or w.endswith(("ed", "ly")) for w in words):
        return None
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


_SURGERY = re.compile(
    r"\b(?:needed|needs|need|needing|required|requires|requiring|underwent|undergone|undergoing"
    r"|had|have|has|went|gone|going|taken|sent|were\s+in|are\s+in|in)\s+(?:to\s+)?(?:\w+\s+)?(?:surgery|surgeries)\b",
    re.IGNORECASE,
)  # those operated on: '58 needed surgery', 'eight patients have gone to surgery'


def _surgery(claim: Claim) -> bool:
    """Whether an injury figure's own words (up to the next comma or figure) count those who
    needed surgery ('58 needed surgery', 'eight patients have gone to surgery'): a part of the
    injured, told apart in every report, not a rival of their total.

    >>> from claimcheck.models import claim_in
    >>> def surgery(sentence, figure):
    ...     return _surgery(claim_in(sentence, figure, "injured"))
    >>> surgery("Of the 312 injured, 58 needed surgery, the ministry said.", "58")
    True
    >>> surgery("The chief said eight patients have gone to surgery.", "eight")
    True
    >>> surgery("312 people were injured and the surgery wing was closed.", "312")
    False
    """
    return _SURGERY.search(_own_words(claim, 60)) is not None


HOSPITAL_CARE = (
    r"(?:on\s+admission|(?:needed|needs|need|needing|required|requires|require|requiring|sought|seeking"
    r"|went\s+to|gone\s+to|go\s+to|had\s+to\s+go\s+to|had\s+to\s+be\s+taken\s+to|entered|ended\s+up\s+in)"
    r"\s+(?:(?:a|the)\s+)?hospital(?:\s+(?:treatment|care|attention))?"
    r"|(?:needed|needs|need|required|requires|require|being)\s+(?:treated|treatment|care)"
    r"\s+(?:in|at)\s+(?:a\s+|the\s+)?hospitals?)"
)  # the hurt that needed a hospital: 'five of whom had to go to hospital', 'among them 3 who needed
# hospital', 'two of whom remained on admission', 'no protester needed hospital care', 'four of them
# were being treated in hospital', 'Seven of them needed treatment in hospital'; not '74 were treated
# in hospital', the way the hurt are told


def told_in_hospital(taken: str, kept: str = r"kept\s+in\s+hospital") -> str:
    r"""The words that tell the hurt as in hospital, one alternation for every reader of it
    (match._TO_HOSPITAL, :data:`_TOLD_WHAT`'s 'hospitalised', :data:`_DENIED_CARE`): 'hospitalised',
    'admitted', ``kept`` ('kept in hospital'), a verb of ``taken`` to a hospital ('taken to
    hospital') and :data:`HOSPITAL_CARE` ('needed hospital care'). The readers differ only in
    their verbs: the grouping's 'referred' or 'transferred' to hospital and 'kept in a hospital';
    a part's own words also 'transported', 'conveyed' and 'remain in hospital'; a denial the
    plain ones ('taken', 'rushed', 'sent', 'brought').

    >>> bool(re.fullmatch(told_in_hospital(r"taken|rushed"), "rushed to the hospital"))
    True
    """
    return rf"hospitali[sz]ed|admitted|{kept}|(?:{taken})\s+to\s+(?:a\s+|the\s+)?hospitals?|{HOSPITAL_CARE}"


_TOLD_WHAT = (  # what a part's own words say befell its people, first found first
    ("surgery", _SURGERY),
    ("transferred", re.compile(
        r"\b(?:transferred|flown|airlifted|transported)\s+(?:\w+\s+){0,3}?to\b(?!\s+(?:a\s+|the\s+)?hospitals?\b)",
        re.IGNORECASE,
    )),  # ('transported to hospital' is the ambulance run of the hospitalised, below)
    ("burns", re.compile(r"\b(?:burns|burned|burnt)\b", re.IGNORECASE)),
    ("hospitalised", re.compile(
        r"\b(?:"
        + told_in_hospital(
            r"taken|rushed|sent|brought|transported|transferred|conveyed",
            r"kept\s+in\s+hospital|(?:remain|remained|remains|are|were|still)\s+in\s+hospital",
        )
        + r")\b",
        re.IGNORECASE,
    )),
)
_TOLD_WHAT_CUE = re.compile(r"burn|transfer|flown|airlift|transport|hospital|admi|surger")  # (cheap first)


def _told_what(claim: Claim) -> str | None:
    """What a part named by no noun of its own is told to have suffered or undergone, in its own
    words up to the next comma or figure ('Four of them have severe burns' -> 'burns', 'Three
    of them will be transferred this evening to the burns unit' -> 'transferred', 'of which 19
    were hospitalized' -> 'hospitalised'): parts of one whole that are told apart, not one
    quantity; None when its words tell none of these."""
    own = _own_words(claim)
    if not _TOLD_WHAT_CUE.search(own):
        return None
    told = next((what for what, pattern in _TOLD_WHAT if pattern.search(own)), None)
    if told is None and _TAKEN_BEFORE.search(claim.sentence, 0, claim.start - claim.sentence_start):
        if _TO_HOSPITAL_OWN.match(own):
            return "hospitalised"  # 'had taken 49 of them to hospital', 'taking 36 of them to hospitals'
    return told


_TAKEN_BEFORE = re.compile(r"\b(?:taken|took|taking|rushed|sent|brought|transported|admitted)\s+$", re.IGNORECASE)
_TO_HOSPITAL_OWN = re.compile(r"\s+of\s+(?:them|those|whom|the\s+\w+)\s+to\s+(?:a\s+|the\s+)?hospitals?\b", re.IGNORECASE)


def stated_whole(claim: Claim) -> int | None:
    """The whole a part's scope states in digits ('part: 42 of 97' -> 97), None if none."""
    m = _WHOLE_NUMBER.search(claim.scope or "")
    return int(m[1].replace(",", "")) if m else None


def part_words(claim: Claim) -> str:
    """A part's key words (see :func:`_part_words`), 'part' when it has none."""
    return _part_words(claim) or "part"


def _beyond_its_whole(claim: Claim) -> bool:
    """Whether a part's stated whole is smaller than the part ('a final toll … of 27 dead,
    including six children …, and 74 injured' read as '74 of 27'): no part of it, a figure
    of its own measure's whole."""
    m = _WHOLE_NUMBER.search(claim.scope or "")
    return m is not None and int(m[1].replace(",", "")) < claim.quantity.low


_DENIED_CARE = re.compile(r"\b(?:" + told_in_hospital(r"taken|rushed|sent|brought") + r")\b", re.IGNORECASE)


def _denied_care(claim: Claim) -> bool:
    """Whether a denial of injuries denies only hospital care ('no protester needed hospital
    care', 'None needed hospital treatment', 'no record of any demonstrator admitted to
    hospital'): a denial of the hospitalised part, not of the hurt.

    >>> from claimcheck.models import Quantity
    >>> def denial(sentence: str, text: str) -> Claim:
    ...     at = sentence.index(text)
    ...     q = Quantity(text, at, at + len(text), 0, 0, 0, "denial")
    ...     return Claim("s", None, None, "injured", "people", q, 1, sentence)
    >>> _denied_care(denial("The police say no protester needed hospital care.", "no protester"))
    True
    >>> _denied_care(denial("Nobody was injured.", "Nobody"))
    False
    """
    return "ospital" in claim.sentence and _DENIED_CARE.search(_own_words(claim)) is not None


def _serious(claim: Claim) -> bool:
    """Whether an injury figure counts only the seriously hurt ('No demonstrator was seriously
    injured', 'eleven are seriously hurt', '14 patients remain in a critical condition', 'none
    of the demonstrators had been badly hurt'): its
    own words, up to the next comma or figure."""
    return _told(_SERIOUS, claim, 60)


def _serious_part(claim: Claim) -> str | None:
    """'serious' for a part of the injured its own words tell seriously hurt ('of which 8 are in
    the ICU', 'Nine of them are in intensive care'), as a figure of its own is keyed."""
    return "serious" if claim.measure == "injured" and _serious(claim) else None


def _part_words(claim: Claim, lexicon: Lexicon | None = None) -> str:
    """The words of a part's scope other than its figure, 'of' and a generic noun ('in one
    hospital' -> 'hospital in one'; 'eleven of 34' and '11 of 34 people' -> '')."""
    scope = (claim.scope or "").split(":", 1)[-1].replace(claim.text, " ").casefold()
    scope = scope.replace(" of another figure", " ")  # (the whole of a sentence before: no words of the part)
    generic = _grammar(lexicon, "generic_people")
    return " ".join(
        sorted(w for w in _WORDS.findall(scope) if w not in _PART_NOISE and w not in generic and w not in NUMBER_WORDS)
    )


def _class_key(claim: Claim) -> tuple[str | None, ...]:
    """Figures compared with each other: one :func:`quantity_key`; a part with no key of its
    own ('from X alone', 'in one hospital') stays in its group but is compared only with the
    same part, and so is a part of a place's figures told by which of its dead it counts ('the
    funeral of the first three victims in Parakou', 'the last two bodies'). The place is left out: the matcher groups by place already, and what a group
    still holds of a place is the event's own (a dateline's city, see ``match.align``)."""
    when, place, part, incident = quantity_key(claim)
    key = (when, None, part, incident)
    if scope_kind(claim) == "incident":
        return (*key, "incident")
    if scope_kind(claim) == "part" and part is None and not _side_part(claim):
        words = _part_words(claim)
        if place is None:
            return (*key, words)
        own = " ".join(w for w in words.split() if w not in place.split() and w not in _PLACE_WORDS)
        # ('31 deaths: … 12 in Lomé': Lomé's figure, compared with Lomé's 'nobody')
        if own:
            return (*key, own)
    if part is None and place is None and _among_a_whole(claim):
        return (*key, "among")  # ('11 from province among Manila hotel fire dead': some of the dead)
    return key


_WORDS = re.compile(r"[^\W\d_]+")
_PLACE_WORDS = frozenset(("in", "at", "from", "near", "on", "outside", "inside"))  # a place's own words
_PART_NOISE = frozenset(("of", "the", "at", "least", "about", "some", "than", "over", "nearly", "around"))
# ('four of at least 23': the whole's qualifier says nothing of the part; nor does the whole's
# figure written in words: 'two of Seven' names no part, see NUMBER_WORDS)
_SERIOUS = re.compile(
    r"\b(?:seriously|critically|severely|gravely|badly|(?:a\s+)?(?:critical|serious|heavy|grave)\s+(?:condition|state)"
    r"|(?:serious|severe|major|grave)\s+(?:injur\w*|wounds?)|life[-\s]threatening"
    r"|intensive\s+(?:care|treatment)|ICUs?|critical(?=\W*$)|(?:to\s+be|are|is|as)\s+(?:critical|serious)\b|on\s+ventilators?"
    r"|still\s+critical|critical\s+care|delicate\s+(?:condition|state)|in\s+a\s+bad\s+way"
    r"|fighting\s+for\s+(?:their|his|her)\s+li(?:fe|ves)|(?:ventilator|life)\s+support)\b"
    r"|^\s*(?:serious|critical)\b",
    re.IGNORECASE,
)  # ('of which 9 serious', '4 still critical', 'fighting for their lives in critical care', 'in a
# delicate state', '3 are in a bad way', 'Two remain on ventilator support': the gravely hurt)
NUMBER_WORDS = tuple(number_names(1, 90))  # the words of a figure written in words, up to ninety
_NUMBER_WORDS = "|".join(NUMBER_WORDS)  # (as an alternation, for the patterns below)
_OWN_END = re.compile(
    r"[,;:]|\d|\b(?:and|while|whereas|but)\s+(?:another\s+|a\s+further\s+)?(?:" + _NUMBER_WORDS + r"|dozens?|hundreds?)"
    r"\b(?!\s+(?:per\s*cent|percent)\b)",
    re.IGNORECASE,
)  # (the next figure, written in words too: '46 were still admitted and eleven were in a critical condition')


_OTHER_HARMS = re.compile(
    r"\s+other\s+(?:deaths?|fatalities|killings|bodies|victims|arrests|detentions|injuries|casualties)\b",
    re.IGNORECASE,
)  # 'the three other deaths': those beyond a count told, not the toll
_BESIDES = re.compile(
    r"\b(?:besides|in\s+addition\s+to|on\s+top\s+of|apart\s+from|as\s+well\s+as|over\s+and\s+above)"
    r"\s+(?:the\s+)?(?:[^\W\d][\w'’-]*\s+){0,3}?(?:(?:the|those|these)\s+)?$",
    re.IGNORECASE,
)  # 'besides the deaths of the two young men already recorded': beside another count, a part of the whole


def _beside_others(claim: Claim) -> str | None:
    """The part a tally's figure counts when it counts those beyond or beside another count,
    not the whole: 'N other deaths' ('The office said it had no record of the three other
    deaths': 'others'), a figure after 'besides', 'in addition to' ('… a detainee, besides the
    deaths of the two young men already recorded by hospitals': 'besides'): a part of the toll,
    no rival of it (nor of each other).

    >>> from claimcheck.models import claim_in
    >>> _beside_others(claim_in('The office said it had "no record" of the three other deaths.', "three", "killed"))
    'others'
    >>> _beside_others(claim_in("It documented a boy's death, besides the deaths of the two young men already recorded.", "two", "killed"))
    'besides'
    >>> _beside_others(claim_in("Two people were killed and five other people were injured.", "five", "injured")) is None
    True
    """
    if _OTHER_HARMS.match(claim.sentence, claim.end - claim.sentence_start) is not None:
        return "others"
    at = claim.start - claim.sentence_start
    if ("besides" in claim.sentence or "addition" in claim.sentence or " as well as " in claim.sentence
            or "top of" in claim.sentence or "apart from" in claim.sentence or "above" in claim.sentence) and (
        _BESIDES.search(claim.sentence[max(0, at - 60) : at]) is not None
    ):
        return "besides"
    return None


_STAYED = re.compile(
    r"^\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:stayed|remained)\s+(?:on|behind|after|until|till|overnight|inside|in|at|through)\b(?!\s+home\b)"
)
_DOWN_FROM_PEAK = re.compile(
    r"[^,;:]{0,80}?,\s+(?:already\s+|well\s+)?down\s+from\s+(?:a|the|its|their|an\s+earlier)\s+(?:peak|high|height|maximum|top)\b",
    re.IGNORECASE,
)  # 'roughly 800 people were still at the sit-in at midnight, down from a peak of about 6,000': fewer, later


def _stayed_on(claim: Claim) -> bool:
    """Whether a crowd figure counts those who stayed on after the gathering ('around 400
    fans stayed in the club car park for a sit-in', 'Police say around 400 people stayed on
    after the final whistle', 'close to 2,000 had stayed through the night', 'about 300 people
    remained in front of the city hall', '800 were still there, down from a peak of 6,000'): a later crowd, a part of the day's, not a rival of its count
    (not those who stayed away, at home or calm).

    >>> from claimcheck.models import claim_in
    >>> def stayed(sentence, figure):
    ...     return _stayed_on(claim_in(sentence, figure, "participants"))
    >>> stayed("Police say around 400 people stayed on after the final whistle.", "400")
    True
    >>> stayed("About 3,000 people marched and the crowd stayed calm.", "3,000")
    False
    >>> stayed("Only 200 people came; thousands stayed away.", "200")
    False
    >>> stayed("On Sunday around 900 of us stayed for a second day.", "900")
    False
    >>> stayed("Police said roughly 800 people were still at the sit-in, down from a peak of 6,000.", "800")
    True
    """
    if _STAYED.match(_own_words(claim)) is not None:
        return True  # (or told down from the gathering's peak: those left of it, a later crowd)
    end = claim.end - claim.sentence_start
    return "down from" in claim.sentence and _DOWN_FROM_PEAK.match(claim.sentence, end) is not None


_INTAKE_BEFORE = re.compile(
    r"\b(?P<still>still\s+)?(?:received|receiving|took\s+in|taken\s+in|taking\s+in|(?:have|has|had|hold|holds|held|laying|lying"
    r"|keep|keeps|keeping)(?(still)|(?!))|(?:have|has|had)\s+still)\s+(?:(?:another|a\s+further|some|about|around|only|now|just"
    r")\s+)?$",
    re.IGNORECASE,
)  # the words right before a figure of the hurt a hospital took in ('We received 19 people') or still holds
#    ('We still have 41 patients', 'In the hospitals are still laying twelve patients')
_IN_CARE_AFTER = re.compile(
    r"^(?:\s+(?:people|persons|patients|of\s+them|of\s+those))?\s+(?:(?P<come>(?:came|come|coming|were\s+brought|brought)\s+in\b)"
    r"|(?:(?:are|were|is|was)\s+)?(?:still|now\s+still)\s+(?:with\s+us|on\s+(?:the|our)\s+wards?|in\s+(?:our\s+)?care"
    r"|under\s+(?:our\s+)?(?:care|treatment|observation)|being\s+treated|hospitali[sz]\w*|interned|admitted"
    r"|in\s+(?:the\s+)?(?:hospitals?|icu|intensive\s+care|wards?))\b"
    r"|(?:remain|remains|remained|continue|continues|continued|persist|persists|stay|stays|stayed)\s+(?:still\s+)?"
    r"(?:with\s+us|hospitali[sz]\w*|interned|under\s+(?:our\s+)?(?:care|treatment|observation)|on\s+(?:the|our)\s+wards?)\b)",
    re.IGNORECASE,
)  # the words right after it: those who came in ('We had 5 people come in from the protest'), or those
#    still in care ('seven are still with us', '31 still hospitalised', 'Seven continue hospitalised')


def _in_care(claim: Claim) -> str | None:
    """The count a hospital or a clinic gives of the hurt it took in ('hospital intake': 'We
    received 19 people from the centre', 'We had 5 people come in from the protest') or still
    holds ('still in care': 'seven are still with us', 'We still have 41 patients'): its own
    count, apart from the whole toll, whose part it is; None for any other figure of the hurt.

    >>> from claimcheck.models import claim_in
    >>> def care(sentence, figure):
    ...     return _in_care(claim_in(sentence, figure, "injured"))
    >>> care("We received 19 people from Duaca on Saturday night.", "19")
    'hospital intake'
    >>> care("Of the 26 we received, 19 have gone home and seven are still with us.", "seven")
    'still in care'
    >>> care("At least 114 people had been injured, officials said.", "At least 114")
    """
    at = claim.start - claim.sentence_start
    before = _INTAKE_BEFORE.search(claim.sentence[max(0, at - 40) : at])
    after = _IN_CARE_AFTER.match(_own_words(claim))
    if before is not None:
        return "still in care" if before["still"] or (after is not None and not after["come"]) else "hospital intake"
    if after is not None:
        return "hospital intake" if after["come"] else "still in care"
    return None


@lru_cache(maxsize=8)
def _passing(lexicon: Lexicon) -> re.Pattern[str]:
    """The words after a crowd figure of those who passed through a place (``grammar.passing_through``):
    its people, its verb, and not through a gate or a turnstile (those let in, the attendance itself)."""
    words = lexicon.data["grammar"]["passing_through"]
    people, verbs, gates = (alternation(words[k]) for k in ("people", "words", "gates"))
    return re.compile(
        rf"^\s+(?:(?:different|more|other|separate)\s+)?(?:{people})?\s*(?:(?:had|have|has)\s+)?(?:{verbs})"
        rf"\s+through\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?(?:{gates})\b)",
        re.IGNORECASE,
    )


def _passing_through(claim: Claim, lexicon: Lexicon | None = None) -> bool:
    """Whether a crowd figure counts everyone who passed through a place over a span of time
    ('about 9,000 people passing through the square over the whole evening', 'between 85,000
    and 90,000 different people had passed through the square', 'some 600,000 people came
    through the Anglican side'): a count of its own, larger than the crowd there at once, no rival
    of the gathering's figure; but those let in through a gate or a turnstile are its attendance.

    >>> from claimcheck.models import claim_in
    >>> def passing(sentence, figure):
    ...     return _passing_through(claim_in(sentence, figure, "participants"))
    >>> passing("They counted about 9,000 people passing through the square.", "about 9,000")
    True
    >>> passing("About 9,000 people marched through the square.", "About 9,000")
    False
    >>> passing("About 22,000 visitors had passed through the gates that day.", "About 22,000")
    False
    """
    return _passing(lexicon or load_lexicon()).match(_own_words(claim)) is not None


def _told(pattern: re.Pattern[str], claim: Claim, width: int = 80) -> bool:
    """Whether ``pattern`` finds what a figure tells in its own words (:func:`_own_words`, up
    to ``width`` characters) or in its figure's text ('no detainee')."""
    return pattern.search(claim.text) is not None or pattern.search(_own_words(claim, width)) is not None


def _own_words(claim: Claim, width: int = 80) -> str:
    """A figure's own words: up to ``width`` characters of its sentence after it, cut at the
    next comma, semicolon, colon or figure ('… were killed by police fire, and 12 …' -> ' were
    killed by police fire')."""
    end = claim.end - claim.sentence_start
    return _OWN_END.split(claim.sentence[end : end + width], 1)[0]


_CARE_PLACES = (
    r"(?:hospitals?|clinics?|infirmar(?:y|ies)|wards?|units?|centres?|centers?|health|medical|facilit(?:y|ies)"
    r"|dispensar(?:y|ies)|surgery|emergency|casualty|morgues?|mortuar(?:y|ies)|ICU|theatres?|hospices?|A&E)\b"
)  # where the hurt are cared for: 'treated 40 people at the district hospital' counts the hurt
_TREATED = re.compile(
    r"\b(?:(?:treated|attended(?:\s+to)?|seen|received\s+(?:care|attention)|assessed)\b"
    r"[^,;:\d]{0,30}?\b(?:at\s+the\s+(?:scene|site|pithead)|on\s+(?:site|the\s+spot)|in\s+the\s+same\s+place"
    r"|(?:at|on|near|by|beside|along|outside)\s+the\s+(?!(?:[\w'.&-]+\s+){0,3}?" + _CARE_PLACES + r")"
    r"(?!(?:morning|afternoon|evening|night|day|weekend|end|time|hour)\b)[\w'-]+)"  # (not a time: 'by the evening')
    r"|treated\s+for\s+(?:(?:smoke|gas|fumes)\s+(?:and\s+(?:smoke|gas|fumes)\s+)?)?inhalation"
    r"|first\s+aid\s+(?:to|for)\s+(?:\w+\s+){0,3}#)",
    re.IGNORECASE,
)


_HURT_THEN_TREATED = re.compile(
    r"\b(?:sustained|suffered|injured|hurt|wounded)\b.*\b(?:treated|attended|seen|assessed|received)\b", re.IGNORECASE
)  # the figure's own verb tells them hurt, and then where they were treated
_AT_CARE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:[\w'.&-]+\s+){0,4}?" + _CARE_PLACES, re.IGNORECASE)
_CLAUSE_REST = re.compile(r"[,;:]|\.\s")  # (a figure's clause: up to the next comma, semicolon, colon or full stop)
_NEXT_ITEM = re.compile(r"\s(?:and|while|whereas)\s")
_TREATED_CUE = re.compile(r"reated|irst aid|ttended|seen|received|assessed")  # (cheap: most sentences tell no treatment)


def _treated_only(claim: Claim) -> bool:
    """Whether an injury figure counts only the people treated where they fell or for a mild
    complaint ('it had treated 23 people at the scene', '23 people attended on site', 'Scores of
    workers were treated for smoke inhalation', 'gave first aid to between 150 and 200
    people'): another kind of count than the injured, whose total it neither contradicts nor
    is; but a figure whose own 'of whom' clause gives its hospitalised part is told as the
    whole of the hurt ('first aid to 200 people at the scene, 64 of whom were taken to
    hospital'). Read in its own clause: up to 40 characters before the figure and its words
    after it up to the next comma or figure. Not '114 people had been injured' nor 'treated 40
    people in hospital'.

    >>> from claimcheck.models import claim_in
    >>> def treated(sentence, figure):
    ...     return _treated_only(claim_in(sentence, figure, "injured"))
    >>> treated("Paramedics said they had treated 23 people at the scene.", "23")
    True
    >>> treated("SAMUR said 23 people attended on site, none of them seriously.", "23")
    True
    >>> treated("The Red Cross gave first aid to between 150 and 200 people.", "between 150 and 200")
    True
    >>> treated("Scores of workers were treated for smoke inhalation, officials said.", "Scores of")
    True
    >>> treated("Medics treated about 90 miners at the pithead for smoke and gas inhalation.", "about 90")
    True
    >>> treated("The ministry said 38 received care at the scene, the rest in hospital.", "38")
    True
    >>> treated("At least 114 people had been injured, officials said.", "At least 114")
    False
    >>> treated("It gave first aid to 200 people at the scene, 64 of whom were taken to hospital.", "200")
    False
    >>> treated("Doctors treated 40 people in hospital; 12 at the scene died.", "40")
    False
    >>> treated("The hospital had treated 30 people for injuries by the evening, he said.", "30")
    False
    >>> treated("It counts 102 injured: 38 seen by paramedics at the scene and 64 taken to hospital.", "64")
    False
    """
    if not _TREATED_CUE.search(claim.sentence):
        return False  # (cheap: most sentences tell no treatment)
    before, after = _figure_clause(claim)
    before = _NEXT_ITEM.split(before)[-1]  # ('38 seen at the scene and 64 taken to hospital': the 64's own words)
    if _TREATED.search(f"{before}#{after}") is None or _HURT_THEN_TREATED.search(after):
        return False  # ('Three officers sustained minor injuries and were treated at the scene': the hurt)
    end = claim.end - claim.sentence_start
    if _AT_CARE.search(f"{before}#{_CLAUSE_REST.split(claim.sentence[end:], 1)[0]}"):
        return False  # 'treated at Phebe Hospital and at the C.B. Dunbar Hospital': the hurt, where they are cared for
    return _OF_WHOM_TO_HOSPITAL.match(claim.sentence, end + len(after)) is None


def _figure_clause(claim: Claim) -> tuple[str, str]:
    """The words of a figure's own clause: up to 40 characters before it (from the last
    comma, semicolon or colon) and its words after it up to the next comma, colon, semicolon
    or figure."""
    at = claim.start - claim.sentence_start
    before = _CLAUSE_BEFORE.split(claim.sentence[max(0, at - 40) : at])[-1]
    return before, _own_words(claim, 60)


_OF_WHOM_TO_HOSPITAL = re.compile(
    r",\s+[\w-]+\s+of\s+whom\s+(?:were|had\s+been|have\s+been)\s+(?:taken|admitted|sent|rushed)\b",
    re.IGNORECASE,
)

_CLAUSE_BEFORE = re.compile(r"[;:]|,\s")
def _them_of_another_count(claim: Claim) -> bool:
    """Whether 'N of them' tells its own harm or arrest ('Police detained 200 people … At least
    60 of them had been hurt'): 'them' are the people another count counts, and the figure is
    this measure's whole for them, no part of it; not 'Thirty-one of them were taken to
    hospital' or 'Sixteen of them remain in detention' (a part of the count before)."""
    if not (claim.scope or "").endswith(" of them"):
        return False
    at = claim.end - claim.sentence_start
    return _OWN_HARM.match(claim.sentence, at) is not None


_OWN_HARM = re.compile(
    r"\s+of\s+them\s+(?:(?:had|have|has|were|was|are|is|been|being)\s+){0,2}(?:\w+ly\s+)?"
    r"(?:hurt|injured|wounded|beaten|shot|killed|died|dead|arrested|detained)\b",
    re.IGNORECASE,
)
_OF_OWN_DEAD = re.compile(r" of (?:our|their) [a-z]+ who\b")
# '3 of our citizens who lost their lives are children': a part told by what its people are (not
# 'mourns three of our members who were killed', the body's count of the dead)
_OF_WHOLE = re.compile(
    r" of (?:the (?=\d|[a-z]+$))?(?:(?:(?:at least|about|some|more than|over|nearly) )?\d|the (?:injured|wounded|dead|deceased)\b|those\b|another figure\b"
    r"|(?:(?:at least|about|some|more than|over|nearly) )?(?:" + _NUMBER_WORDS + r"|a hundred|dozens|hundreds)\b|them\b)",
    re.IGNORECASE,
)  # ('four of Twelve': a whole told in words; 'of another figure': one of a sentence before; 'Thirty-one of them')
# ('Five of the nine': a whole told by its number alone)


def _all_sides(claim: Claim) -> bool:
    """A total over every side: 'six people, including four security personnel'."""
    return (claim.subject_text or "").endswith(ALL_SIDES)


def _with_sides(
    classes: list[tuple[str | None, ...]], claims: Sequence[Claim]
) -> list[tuple[str | None, ...]]:
    """The classes of a group, where one holds a total over every side: a figure that names the
    protesters ('one protester was killed') counts one side of it, not the total, and is
    compared only with figures of the protesters (figures of unnamed people, 'six people were
    killed', are the total's)."""
    totals = {k for k, c in zip(classes, claims, strict=True) if _all_sides(c)}
    if not totals:
        return classes
    return [
        (*k, "protesters") if k in totals and c.subject == "protesters" else k
        for k, c in zip(classes, claims, strict=True)
    ]


def comparable(a: Claim, b: Claim) -> bool:
    """Whether two figures are about the same quantity and so can contradict each other.

    A figure for another time, a place, a part of the event ('six women of 14') or one incident
    in it ('when a car struck them') is compared only with figures with the same
    :func:`quantity_key`: never with the overall figure.
    """
    return _class_key(a) == _class_key(b)


def _main_scope(claims: Sequence[Claim]) -> str | None:
    """The scope kind of the group's main figures: unscoped if any, else the commonest kind."""
    kinds = [scope_kind(c) for c in claims]
    if None in kinds or not kinds:
        return None
    return max(sorted(set(kinds), key=str), key=kinds.count)


def _revisions(
    claims: Sequence[Claim],
    keys: Sequence[tuple[str, str]],
    order: Sequence[int] | None = None,
    classes: Sequence[tuple[str | None, ...]] | None = None,
    restating: Collection[int] = (),
) -> tuple[list[tuple[int, int]], set[int]]:
    """Revision pairs (earlier, later) and the indices of superseded claims: a named
    claimant's figure followed by a different one of the same quantity that is known to come
    later (:func:`_ordered`). A claimant's figure for a part ('74 of them in Paris') revises
    only its figures for that part. A figure restating another of its report (``restating``)
    is no step of it."""
    tally = _tally(claims)
    by_claimant: dict[tuple[tuple[str, str], tuple[str | None, ...]], list[int]] = {}
    for i in _chronology(claims) if order is None else order:
        key = keys[i]
        if key[0] == "claimant" and i not in restating:
            cls = classes[i] if classes is not None else _class_key(claims[i])
            by_claimant.setdefault((key, cls), []).append(i)
    pairs: list[tuple[int, int]] = []
    superseded: set[int] = set()
    for indices in by_claimant.values():
        for prev, cur in zip(indices, indices[1:], strict=False):
            if _bounds(claims[prev]) != _bounds(claims[cur]) and _ordered(
                claims[prev], claims[cur], tally
            ):
                pairs.append((prev, cur))
        last = claims[indices[-1]]
        latest = _bounds(last)
        superseded.update(
            i
            for i in indices[:-1]
            if _bounds(claims[i]) != latest and _ordered(claims[i], last, tally)
        )
    pairs.sort()
    return pairs, superseded


MAX_CONFLICTS = 500  # pairs listed per group; `conflict_count` gives the total
_CANDIDATES = 60  # extreme figures searched for the most severe pairs of a large group


def _disputes(claims: Sequence[Claim], a: int, b: int, keys: Sequence[tuple[str, str]]) -> bool:
    """Claims by one named claimant dispute each other only when nothing tells which came
    first and they may be of different times (two undated reports): otherwise the later one is
    a revision, and two figures of one day in two reports are the claimant's figure changing
    during that day ('The ministry said 11' in the morning's report, '14' in the evening's)."""
    if not (keys[a][0] == "claimant" and keys[a] == keys[b]):
        return True
    tally = _tally(claims)
    if _ordered(claims[a], claims[b], tally):
        return False
    return _moment(claims[a], tally)[0] is None or _moment(claims[b], tally)[0] is None


def _pair_severity(claims: Sequence[Claim], a: int, b: int) -> float:
    lo, hi = (
        (a, b)
        if claims[a].quantity.high is not None and claims[a].quantity.high < claims[b].quantity.low
        else (b, a)
    )
    return max(1.0, claims[hi].quantity.low / max(claims[lo].quantity.high or 0, 1))


def _disjoint(claims: Sequence[Claim], members: Sequence[int]) -> int:
    """How many pairs of ``members`` do not intersect (O(n log n))."""
    lows = sorted(claims[i].quantity.low for i in members)
    return sum(
        len(lows) - bisect.bisect_right(lows, claims[a].quantity.high)
        for a in members
        if claims[a].quantity.high is not None
    )


def _split(members: Iterable[int], key: Any) -> list[list[int]]:
    parts: dict[Any, list[int]] = {}
    for i in members:
        parts.setdefault(key(i), []).append(i)
    return list(parts.values())


def _time_classes(
    claims: Sequence[Claim], members: Sequence[int], tally: bool
) -> list[tuple[list[int], set[int] | None]]:
    """The figures that stand at one time, each list with None (any pair of it) or a part of it
    (only the pairs across the part and the rest): for a running tally, one list per (day,
    phase); for a gathering, its figures of known days, its figures of no known day, and
    across them each known day's with the figures of no known day that can be of it (a
    figure of no known day tells a gathering on or before its report's day: a report of the
    17th does not tell the crowd of the 19th); for a deployment, one list per day
    (:func:`_gathering_day`), its figures of undated reports, and those across each day."""
    if tally:  # (earlier figures of one time, each told as what some source said before, are not
        # set against each other: 'Earlier, an official had confirmed 97 … the police initially put it at 60')
        return [
            (part, None)
            for c in _split(members, lambda i: _moment(claims[i], True))
            for part in ([[i] for i in c] if _moment(claims[c[0]], True)[1] == 0 else [c])
        ]
    forces = claims[members[0]].measure == "deployed" if members else False
    days = [_gathering_day(c) if forces else c.as_of for c in claims]
    known = [i for i in members if days[i]]
    unknown = [i for i in members if not days[i]]
    by_day = _split(known, lambda i: days[i][:10])  # type: ignore[index]
    out: list[tuple[list[int], set[int] | None]]
    if forces:  # (a force's day is its report's when no other is named: one class per day)
        out = [(day, None) for day in by_day] + ([(unknown, None)] if unknown else [])
    elif not known or not unknown:
        return [(list(members), None)]
    else:
        out = [(known, None), (unknown, None)]
    for day in by_day if unknown else ():
        of = days[day[0]][:10]  # type: ignore[index]
        can = [i for i in unknown if claims[i].date is None or claims[i].date >= of]
        if can:
            out.append((day + can, set(day)))
    return out


def _gathering_day(claim: Claim) -> str | None:
    """The day a force stands for: its ``as_of``, else its dated report's day (a force told with no
    day of its own, 'has deployed 400 firefighters', 'about 6,000 soldiers are now taking part',
    is the one on duty as its report went out: forces are sent, added and withdrawn from one day
    to the next, so two dated reports of different days tell two days' deployments)."""
    return claim.as_of or claim.date


def _pairs_within(
    count: Any, claims: Sequence[Claim], members: list[int], across: set[int] | None, *rest: Any
) -> int:
    """``count(claims, members, *rest)``, over the pairs across ``across`` and the other members
    only when it is given."""
    whole = count(claims, members, *rest)
    if across is None:
        return whole
    return (
        whole
        - count(claims, [i for i in members if i in across], *rest)
        - count(claims, [i for i in members if i not in across], *rest)
    )


def _not_disputing(
    claims: Sequence[Claim], members: Sequence[int], keys: Sequence[tuple[str, str]], tally: bool
) -> int:
    """Disjoint pairs of one time class that are a claimant's revisions, not disputes (see
    :func:`_disputes`): in a running tally's time class, one claimant's figures in one report
    or of one known day; in a gathering, one claimant's figures in one report or of known
    days."""
    n = 0
    for own in _split((i for i in members if keys[i][0] == "claimant"), lambda i: keys[i]):
        if len(own) < 2:
            continue
        if tally:
            if _moment(claims[own[0]], True)[0] is not None:  # (one time class: one moment)
                n += _disjoint(claims, own)
            else:
                n += sum(_disjoint(claims, s) for s in _split(own, lambda i: claims[i].source))
            continue
        unordered = 0  # different reports, both undated
        for day in _split(own, lambda i: _moment(claims[i], False)):
            if _moment(claims[day[0]], False)[0] is not None:
                continue
            unordered += _disjoint(claims, day) - sum(
                _disjoint(claims, s) for s in _split(day, lambda i: claims[i].source)
            )
        n += _disjoint(claims, own) - unordered
    return n


def _falls(
    claims: Sequence[Claim], members: Sequence[int], keys: Sequence[tuple[str, str]], room: int
) -> tuple[int, list[tuple[int, int]]]:
    """An earlier denial conflicts with a later count (a denial speaks of the whole event, and
    conflicts with a count of unknown time as well). A running tally only rises, but a figure
    above a later one of another claimant is no conflict: conflicts are judged
    between figures for the same time (issue 13); two claimants' counts of different days may
    count differently (a rights group's list of the dead at home beside a ministry's hospital
    register), and the group's timeline shows both.
    Counted per timeline (known days; undated reports
    with an earlier figure told with a later one), O(d n log n) for d distinct days; at most
    ``room`` pairs listed."""
    total, pairs = 0, []
    known = [i for i in members if _moment(claims[i], True)[0]]
    undated = [i for i in members if not _moment(claims[i], True)[0]]
    for line in (known, undated):
        count, listed = _falls_in(claims, line, keys, room - len(pairs))
        total += count - sum(
            _falls_in(claims, own, keys, 0)[0]
            for own in _split((i for i in line if keys[i][0] == "claimant"), lambda i: keys[i])
            if len(own) > 1
        )
        pairs.extend(listed)
    # a denial speaks of the whole event: it conflicts with a count of unknown time too
    for deny, count_line in ((known, undated), (undated, known)):
        denials = [i for i in deny if _denies(claims[i])]
        counts = [i for i in count_line if claims[i].quantity.low > 0]
        limited = {a: _limited_to(claims[a]) for a in denials}  # (once per denial, not per pair)
        reaching = [
            (a, b) for a, b in itertools.product(denials, counts) if limited[a] is None or limited[a] == claims[b].place
        ]
        total += len(reaching)
        for a, b in reaching:
            if len(pairs) >= room:
                break
            pairs.append((min(a, b), max(a, b)))
    return total, pairs


_WHOLE_DAY = "T24:00"
_AS_YET = re.compile(r"\b(?:not\s+yet|yet\s+to|as\s+yet|so\s+far|thus\s+far|until\s+now|for\s+now)\b", re.IGNORECASE)


def _denies(claim: Claim) -> bool:
    """Whether a figure is a denial that speaks of the whole event: not a zero told as where a
    count stands so far ('had not yet made any arrests' on the first day, 'no deaths so far'),
    which later counts rise from (issue 13: a count rising from zero is a rise).

    >>> from claimcheck.models import Claim, Quantity
    >>> q = Quantity("had not yet made any arrests", 30, 58, 0, 0, 0, "denial")
    >>> s = "The Manila Police District said it had not yet made any arrests."
    >>> _denies(Claim("s", None, None, "arrested", "people", q, 1, s, sentence_start=0))
    False
    >>> q = Quantity("no arrests", 15, 25, 0, 0, 0, "denial")
    >>> _denies(Claim("s", None, None, "arrested", "people", q, 1, "Police said no arrests were made.", sentence_start=0))
    True
    """
    if claim.qualifier != "denial":
        return False
    start = claim.start - claim.sentence_start
    return _AS_YET.search(claim.sentence[max(0, start - 20) : start + len(claim.text) + 30]) is None


def _reaches(denial: Claim, count: Claim) -> bool:
    """Whether a denial speaks of a count's place: a denial of a named place ('no one has been
    arrested in Accra today', 'Nobody was detained in Colombo') speaks of that place only, not
    of the whole event, and is no rival of a count told elsewhere or of no place.

    >>> from claimcheck.models import claim_in
    >>> import dataclasses
    >>> deny = dataclasses.replace(claim_in("Police report no arrests in Accra.", "no arrests", "arrested"), place="Accra")
    >>> held = claim_in("Seventeen young men held at a roadblock were later let go.", "Seventeen", "arrested")
    >>> _reaches(deny, held), _reaches(deny, dataclasses.replace(held, place="Accra"))
    (False, True)
    >>> raid = claim_in("Ministers denied any fatalities among PTI protesters during the raid in Islamabad.",
    ...     "denied any fatalities", "killed")
    >>> _reaches(dataclasses.replace(raid, place="Islamabad"), held)  # (the occasion's place, not the denial's)
    True
    """
    place = _limited_to(denial)
    return place is None or place == count.place


def _limited_to(denial: Claim) -> str | None:
    """The place a denial speaks of alone (its own words name it: 'no arrests in Accra'), or None
    when it speaks of the whole event (no place, nationwide, or a place that is only the
    occasion's): what :func:`_reaches` asks of every count, computed once per denial."""
    if denial.place is None or denial.place == NATIONWIDE:
        return None
    near = _own_words(denial, DENIED_PLACE_REACH + len(denial.place))
    return denial.place if re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(denial.place)}\b", near) else None


DENIED_PLACE_REACH = 30  # how far after a denial its own place is told ('no one has been arrested in Accra')


def _timed_on(claim: Claim, day: str | None) -> bool:
    """Whether a running tally's figure stands at a time of the given day ('14:00')."""
    moment = _moment(claim, True)[0]
    return moment is not None and moment[:10] == day and not moment.endswith(_WHOLE_DAY)


def _falls_in(
    claims: Sequence[Claim], line: Sequence[int], keys: Sequence[tuple[str, str]], room: int
) -> tuple[int, list[tuple[int, int]]]:
    """Along one timeline (see :func:`_falls`): each count after an earlier denial, by another
    claimant. A figure of a day with no time of day is not known to come after a figure of that
    day told with its time (a live blog's 13:40 entry and a report of the same day), so the two
    are not paired."""

    def when(group: list[int]) -> tuple[str, int]:
        day, phase = _moment(claims[group[0]], True)
        return (day or "", phase)

    denials: list[int] = []  # earlier denials: a denial speaks of the whole event
    count, pairs = 0, []
    for group in sorted(_split(line, lambda i: _moment(claims[i], True)), key=when):
        today = when(group)[0][:10]
        whole_day = when(group)[0].endswith(_WHOLE_DAY)
        for b in group:
            if not (claims[b].quantity.low > 0 and denials):
                continue
            count += len(denials)
            for a in denials:
                if len(pairs) >= room:
                    break
                if (whole_day and _timed_on(claims[a], today)) or not _reaches(claims[a], claims[b]):
                    continue
                if _disputes(claims, a, b, keys):
                    pairs.append((min(a, b), max(a, b)))
        denials += [i for i in group if _denies(claims[i])]
    return count, pairs


_QUALIFIED = frozenset(("approx", "at_least", "more_than", "up_to", "less_than"))


def _restatements(
    claims: Sequence[Claim],
    keys: Sequence[tuple[str, str]],
    classes: Sequence[tuple[str | None, ...]],
    tally: bool,
) -> dict[int, tuple[int, tuple[str, str]]]:
    """One figure told twice in a report (see the module docstring, **Restated**): ``{restating
    index: (restated index, the claimant key of both)}``. Figures of one report, value, quantity
    and time are one cluster when at most one named claimant gives them (else one cluster per
    claimant, and the unattributed ones stay apart: they could be either's); in a cluster, the
    figure told with a qualifier is the one restated, when there is one such wording (the first
    named claimant's, else the first)."""
    buckets: dict[Any, list[int]] = {}
    for i, c in enumerate(claims):
        q = c.quantity
        if q.value is None or (q.qualifier != "exact" and q.qualifier not in _QUALIFIED):
            continue
        buckets.setdefault((c.source, q.value, classes[i], _moment(c, tally)), []).append(i)
    out: dict[int, tuple[int, tuple[str, str]]] = {}
    for members in buckets.values():
        if len(members) < 2:
            continue
        named = list(dict.fromkeys(keys[i] for i in members if keys[i][0] == "claimant"))
        clusters = [members] if len(named) <= 1 else [[i for i in members if keys[i] == k] for k in named]
        for cluster in clusters:
            if len(cluster) > 1:
                out.update(_restated_in(claims, keys, cluster, named[0] if len(named) == 1 else None))
    return out


def _restated_in(
    claims: Sequence[Claim],
    keys: Sequence[tuple[str, str]],
    cluster: Sequence[int],
    named: tuple[str, str] | None,
) -> dict[int, tuple[int, tuple[str, str]]]:
    """In one cluster (see :func:`_restatements`): the claim restated is the ``named``
    claimant's (when the cluster has one), told with its qualifier when it has one wording with
    one; the others restate it when they are its figure, or its figure bare ('23' for 'at
    least 23'): a second telling by the same claimant too ('the death toll stands at twenty-four
    (24)' and then 'Of the twenty-four victims, …'; 'The ministry's evening figure was 26' and
    then '19 of Wednesday's 26'), which stands against a rival's figure once, not once a
    telling. A figure with no claimant never restates a named claimant's with its own
    qualifier ('At least six people were killed' is the report's, not the rights group's 'six')."""
    told = [i for i in cluster if named is None or keys[i] == named]
    qualified = {_bounds(claims[i]) for i in told if claims[i].qualifier != "exact"}
    if len(qualified) > 1:
        return {}  # 'about 23' and 'at least 23': two wordings, neither the other's shorthand
    told = [i for i in told if not qualified or _bounds(claims[i]) in qualified]
    restated = min(told, key=lambda i: claims[i].start)
    key, bounds = keys[restated], _bounds(claims[restated])
    return {
        i: (restated, key)
        for i in cluster
        if i != restated
        and (_bounds(claims[i]) == bounds or (claims[i].qualifier == "exact" and bool(qualified)))
    }


def _relayed(claims: Sequence[Claim], keys: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The keys with a report's own figure that is one named claimant's figure of that day
    (the same interval, the same day, and no other named claimant's) keyed as that claimant's:
    an analysis's 'The ministry began the day with 55 dead' tells the ministry's 55 of that
    morning, which its later 53 revises; it is no third position beside them. Not a vague word
    ('Several thousand people marched'): the report's own impression, not a claimant's figure
    relayed (a claimant's 'several thousand' elsewhere is no source of it)."""
    own = [i for i, k in enumerate(keys) if k[0] == "source" and claims[i].as_of and claims[i].qualifier != "vague"]
    if not own:
        return keys
    named: dict[tuple[Any, str], set[tuple[str, str]]] = {}
    for j, k in enumerate(keys):
        c = claims[j]
        if k[0] == "claimant" and c.as_of:
            named.setdefault((_bounds(c), c.as_of[:10]), set()).add(k)
    out = list(keys)
    for i in own:
        found = named.get((_bounds(claims[i]), claims[i].as_of[:10]), set())  # type: ignore[index]
        if len(found) == 1:
            out[i] = next(iter(found))
    return out


def _as_restated(claims: Sequence[Claim], restated: Mapping[int, tuple[int, Any]]) -> list[Claim]:
    """The claims with each restating figure compared by the wording it restates: its interval."""
    out = list(claims)
    for i, (j, _key) in restated.items():
        q = claims[j].quantity
        out[i] = dataclasses.replace(claims[i], quantity=dataclasses.replace(claims[i].quantity, low=q.low, high=q.high))
    return out


def _set_aside(
    claims: Sequence[Claim],
    keys: Sequence[tuple[str, str]],
    classes: Sequence[tuple[str | None, ...]],
    tally: bool,
) -> tuple[set[int], set[int]]:
    """``(summaries, parts)``. Summaries: a report's own vague word for a quantity it gives
    named claimants' figures of, when it agrees with one of them ('Thousands marched …  Police
    put the crowd at about 8,000; the union said 40,000'): the report's summary of those
    figures, not a figure of its own (but 'thousands were hurt' beside a ministry's 380 is the
    report's own); compared with nothing. So is a crowd's vague word the report gives a speaker
    ('… officials said on Sunday, as thousands of relatives held a vigil', the speaker of
    another figure of its sentence) beside another claimant's figure it agrees with in that
    report ('police counted 600; the mothers' committee said 3,000'): the report tells the number
    it summarises (a vague word that agrees with no other's figure there, 'tens of thousands,
    organisers said' against the police's 8,000, stays that speaker's).

    Parts: a named claimant's figures of a running tally below another figure it gives in the
    same report for the same quantity and time ('21 people were arrested today. … Since the
    start of the strike we have arrested 52': one day's count, a part of the total or an
    earlier figure; one claimant holds one total at a time); each says the total is at least
    that, and is compared so (see :func:`_as_a_floor`). A denial keeps its own meaning. (A
    gathering's figures of one claimant in one report are as often others' it reports, taken
    for its own: 'On Sunday they were 18,000 and 70,000'.)"""
    top: dict[Any, Number] = {}
    blocks: dict[Any, list[int]] = {}
    vague: list[tuple[int, Any]] = []
    attributed: dict[Any, list[int]] = {}
    for i, c in enumerate(claims):
        if keys[i][0] != "claimant":
            if c.qualifier == "vague":
                vague.append((i, (c.source, classes[i], _moment(c, tally))))
            continue
        if c.qualifier == "vague" and not tally:  # (a named crowd's too, beside another's figure it agrees with)
            vague.append((i, (c.source, classes[i], _moment(c, tally))))
        attributed.setdefault((c.source, classes[i], _moment(c, tally)), []).append(i)
        block = (keys[i], c.source, classes[i], _moment(c, tally))
        blocks.setdefault(block, []).append(i)
        top[block] = max(top.get(block, c.quantity.low), c.quantity.low)
    summaries = {
        i
        for i, where in vague
        if any(
            keys[j] != keys[i] and claims[j].qualifier != "vague" and not intervals_conflict(claims[i], claims[j])
            for j in attributed.get(where, ())
        )
    }
    parts = {
        i
        for block, members in blocks.items()
        if tally and len(members) > 1
        for i in members
        if claims[i].quantity.high is not None
        and claims[i].quantity.high < top[block]
        and claims[i].qualifier != "denial"
    }
    return summaries, parts


def _conflict_pairs(
    claims: Sequence[Claim],
    keys: Sequence[tuple[str, str]],
    classes: Sequence[tuple[str | None, ...]] | None = None,
    aside: Collection[int] = (),
) -> tuple[list[tuple[int, int]], int, set[int]]:
    """The conflicting pairs (at most MAX_CONFLICTS, the most severe when there are more),
    their total number, and every claim that conflicts with at least one other.

    Figures of one quantity conflict when they stand at the same time and their intervals do
    not intersect; for a running tally also when an earlier figure is above a later one of
    another claimant. Within a time class sorted by low, the figures above a claim's high are
    a suffix found by bisection, so counting is O(n log n) and listing O(pairs).
    """
    tally = _tally(claims)
    pairs: list[tuple[int, int]] = []
    total = 0
    involved: set[int] = set()
    if classes is None:
        classes = [_class_key(c) for c in claims]
    for quantity in _split((i for i in range(len(claims)) if i not in aside), classes.__getitem__):
        for members, must in _time_classes(claims, quantity, tally):
            count = _pairs_within(_disjoint, claims, members, must) - _pairs_within(
                _not_disputing, claims, members, must, keys, tally
            )
            total += count
            if count == 0:
                continue
            by_low = sorted(members, key=lambda i: claims[i].quantity.low)
            lows = [claims[i].quantity.low for i in by_low]
            above = {
                a: bisect.bisect_right(lows, claims[a].quantity.high)
                for a in members
                if claims[a].quantity.high is not None
            }
            if total <= MAX_CONFLICTS:
                for a, p in above.items():
                    pairs.extend(
                        (min(a, b), max(a, b))
                        for b in by_low[p:]
                        if (must is None or (a in must) != (b in must)) and _disputes(claims, a, b, keys)
                    )
            else:
                lowest = sorted(above, key=lambda i: claims[i].quantity.high)[:_CANDIDATES]  # type: ignore[arg-type, return-value]
                highest = by_low[-_CANDIDATES:]
                pairs.extend(
                    (min(a, b), max(a, b))
                    for a in lowest
                    for b in highest
                    if claims[a].quantity.high < claims[b].quantity.low  # type: ignore[operator]
                    and (must is None or (a in must) != (b in must))
                    and _disputes(claims, a, b, keys)
                )
            involved |= _in_conflict(claims, members, keys)
        if tally and _accrues(classes[quantity[0]][0]) and not _states(claims, quantity, classes):
            count, listed = _falls(claims, quantity, keys, max(0, MAX_CONFLICTS - len(pairs)))
            total += count
            pairs.extend(listed)
            involved.update(i for p in listed for i in p)
    if len(pairs) > MAX_CONFLICTS:
        pairs.sort(key=lambda p: -_pair_severity(claims, *p))
        pairs = pairs[:MAX_CONFLICTS]
    return sorted(set(pairs)), total, involved


def _accrues(when: str | None) -> bool:
    """Whether a tally's quantity only grows, so that a later figure below an earlier one of
    another claimant contradicts it: not those still held or in hospital ('29 of the survivors
    were still being treated on Monday', 'Nineteen of them remain in hospital' on Wednesday: some
    went home), nor what one day added ('17 more bodies' one day, '16 more bodies' the next).

    >>> _accrues(None), _accrues("held"), _accrues("increment"), _accrues("increment-2026-06-08")
    (True, False, False, False)
    """
    return when is None or not (when == "held" or when.startswith("increment"))


_CONDITION = re.compile(
    r"\bin\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+(?:condition|state)|\bintensive\s+care\b|\bICUs?\b"
    r"|\bon\s+ventilators?\b",
    re.IGNORECASE,
)


def _states(claims: Sequence[Claim], quantity: Sequence[int], classes: Sequence[tuple[str | None, ...]]) -> bool:
    """Whether the seriously hurt of a quantity are told as a state some of them are in ('five
    of them in a critical condition' on Tuesday, 'four of them in intensive care' on Wednesday,
    'three (3) … in a serious condition' on Friday): a count that falls as they recover or die,
    not one that only grows (see :func:`_accrues`)."""
    if classes[quantity[0]][2] != "serious":
        return False
    return any(_CONDITION.search(_own_words(claims[i], 60)) for i in quantity)


def _in_conflict(
    claims: Sequence[Claim], members: Sequence[int], keys: Sequence[tuple[str, str]]
) -> set[int]:
    """Claims that conflict with some claim of another claimant: O(n) with the two most
    extreme figures of distinct claimants at each end."""
    top = sorted(members, key=lambda i: -claims[i].quantity.low)
    bottom = sorted(
        (i for i in members if claims[i].quantity.high is not None),
        key=lambda i: claims[i].quantity.high,
    )  # type: ignore[arg-type, return-value]

    def best(ordered: list[int], exclude: tuple[str, str]) -> int | None:
        for i in ordered[:50]:
            if not (exclude[0] == "claimant" and keys[i] == exclude):
                return i
        return None

    out: set[int] = set()
    for a in members:
        hi = best(top, keys[a])
        if (
            hi is not None
            and claims[a].quantity.high is not None
            and claims[hi].quantity.low > claims[a].quantity.high
        ):
            out.add(a)
            continue
        lo = best(bottom, keys[a])
        if lo is not None and claims[lo].quantity.high < claims[a].quantity.low:  # type: ignore[operator]
            out.add(a)
    return out


def _independent_count(
    claims: Sequence[Claim], indices: Sequence[int], keys: Sequence[tuple[str, str]]
) -> int:
    """Backers merged when they share a claimant key, an identical sentence, or an origin
    (a copy and the passage it copies: ``Claim.copy_of``)."""
    parent = {i: i for i in indices}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[Any, int] = {}
    for i in indices:
        for key in (keys[i], ("sentence", _sentence_key(claims[i])), ("origin", claims[i].origin)):
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    return len({find(i) for i in indices})


def _corroboration(
    claims: Sequence[Claim],
    in_conflict: set[int],
    keys: Sequence[tuple[str, str]],
    restating: Collection[int] = (),
) -> tuple[dict[str, Any], ...]:
    """The corroboration entries (see the module docstring); a restating claim backs the figure
    it restates, whose wording is the entry's ``text``."""
    figures: dict[Bounds, list[int]] = {}
    for i, c in enumerate(claims):
        figures.setdefault(_bounds(c), []).append(i)
    entries = []
    for (low, high), indices in figures.items():
        labels: dict[tuple[str, str], str] = {}
        for i in sorted(indices, key=lambda i: i in restating):
            labels.setdefault(keys[i], claimant_label(claims[i]))
        independent = _independent_count(claims, indices, keys)
        if any(i in in_conflict for i in indices):
            grade = "contested"
        elif independent >= 2:
            grade = "corroborated"
        else:
            grade = "single"
        entries.append(
            {
                "low": clean_number(low),
                "high": clean_number(high),
                "text": claims[next((i for i in indices if i not in restating), indices[0])].text,
                "claims": list(indices),
                "claimants": list(labels.values()),
                "independent": independent,
                "grade": grade,
            }
        )
    return tuple(entries)


_ALONE_WORD = re.compile(r"(?<!\blet\s)(?<!\bleft\s)(?<!\bleave\s)\balone\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:.!?]|\d")



def _clause_before(claim: Claim, reach: int, cut: re.Pattern[str] | None = None) -> str:
    """The words of a figure's own clause before it: its sentence's last ``reach`` characters
    before the figure, from the last clause end (``cut``, by default :data:`_CLAUSE_END`) on.

    >>> from claimcheck.models import claim_in
    >>> _clause_before(claim_in("Police said 40 were held; our list includes 12 more.", "12", "arrested"), 60)
    ' our list includes '
    """
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - reach) : at]
    ends = [m.end() for m in (cut or _CLAUSE_END).finditer(before)]
    return before[ends[-1] :] if ends else before

def _told_alone(claim: Claim) -> bool:
    """Whether a figure is told as one place's or one day's 'alone', in its own clause ('In
    Dresk alone six people died', 'nine bodies had arrived on Tuesday alone'): a part of the
    whole its group counts, which says the whole is at least as large (see :func:`evaluate`).

    >>> from claimcheck.models import Quantity
    >>> told = [
    ...     ("In Dresk alone six people died, my neighbour says.", 15, "six"),
    ...     ("A surgeon said nine bodies had arrived on Tuesday alone.", 15, "nine"),
    ...     ("Six people died. The town alone cannot cope.", 0, "Six"),
    ...     ("Police said 40 were arrested; 12 left alone.", 12, "40"),
    ... ]
    >>> [_told_alone(Claim("s", None, None, "killed", "people",
    ...     Quantity(f, at, at + len(f), 1, 1, 1, "exact"), 1, text)) for text, at, f in told]
    [True, True, False, False]
    """
    if "alone" not in claim.sentence:
        return False
    at = claim.start - claim.sentence_start
    before = _clause_before(claim, 40)
    after = claim.sentence[at + len(claim.text) : at + len(claim.text) + 60]
    end = _CLAUSE_END.search(after)
    after = after[: end.start()] if end else after
    return _ALONE_WORD.search(before) is not None or _ALONE_WORD.search(after) is not None


_SITES = (
    r"(?:clinics?|hospitals?|field\s+hospitals?|wards?|health\s+(?:cent(?:re|er)s?|posts?)|mobile\s+units?|barrio|village"
    r"|neighbou?rhood|street|block|building|camp|compound|parish|settlement)"
)  # the places of one part of the hurt or the dead: a clinic, a ward, a village
_OWN_SITE_BEFORE = re.compile(
    r"\b(?i:our|my)\s+(?:(?i:own)\s+)?(?:[\w-]+\s+)?(?:(?i:" + _SITES + r")\b|(?i:teams?\s+(?:in|at))\s+[A-Z])"
    r"|\b(?i:hospital|clinic|infirmary|medical\s+cent(?:re|er))\b[^,;.]{0,40}?\b(?i:is|are|was|were|has\s+been|have\s+been"
    r"|had\s+been)\s+(?:[\w-]+\s+){0,3}?(?i:treating|caring\s+for|looking\s+after)\s+$"
)  # 'Our teams in Harel have treated 210', 'our clinics treated 85', 'the hospital in Iași was treating 11'
_OWN_SITE_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,6}?(?:in|at|from)\s+(?:our|my|this|one|a\s+single)\s+(?:own\s+)?(?:[\w-]+\s+)?" + _SITES + r"\b",
    re.IGNORECASE,
)  # 'Two people drowned in our barrio', 'nine were treated at one clinic'
SITE_BEFORE = 90  # how far before a figure the site that counted it is looked for
_ONE_FACILITY = (
    r"(?:hospital|ward|clinic|infirmary|morgue|mortuary|unit|dispensary|emergency\s+(?:department|room|ward)"
    r"|(?:health|medical|trauma)\s+(?:cent(?:re|er)|post))\b(?!['’]s)"
)  # one place that receives the hurt or the dead (singular: 'hospitals' in general count the whole)
_ONE_FACILITY_BEFORE = re.compile(
    r"(?:\b(?:the|her|his|its|their|this|that|one|a)\s+|\b[A-Z][\w.-]*(?:['’]s)?\s+)(?:[\w'’.-]+\s+){0,4}?"
    + _ONE_FACILITY
    + r"(?:\s+(?:at|in|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?:\s+itself)?"
    r"(?:\s+(?:run|staffed|managed)\s+by\s+[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s+(?:(?:says?|said|reports?|reported)\s+(?:that\s+)?it\s+)?(?:(?:has|had|have)\s+(?:now\s+|already\s+|so\s+far\s+)?)?"
    r"(?:only\s+)?(?:received|receives|treated|treats|admitted|admits|taken\s+in|took\s+in|takes\s+in|registered"
    r"|recorded|counted|counts|seen|saw|sees|reported|reports)\s+$",
    re.IGNORECASE,
)  # 'her ward had received six bodies', 'The mortuary at Kanyama registered 22', 'St Luke's clinic says it treated 31'
_ONE_FACILITY_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,6}?(?:brought|taken|rushed|admitted|treated|carried|flown|lay|lie|lying)\s+"
    r"(?:to|at|in|into)\s+(?:the|a)\s+(?:[\w'’.-]+\s+){0,4}?" + _ONE_FACILITY,
    re.IGNORECASE,
)  # 'Eleven of the wounded were brought to the mission hospital', 'Twenty bodies lay in the morgue'


def _at_one_site(claim: Claim) -> bool:
    """Whether a figure is told as what one site counted, in its own clause: a speaker's own
    clinics, ward, field hospital or teams in a named place ('Our teams in Harel have treated 210
    injured people', 'On Tuesday alone our clinics treated 85'), one hospital treating its
    patients ('the county hospital in Iași was on Wednesday treating 11 patients'), or people of
    the speaker's own street or village ('Two people drowned in our barrio'): a part of the whole
    its group counts, which says the whole is at least as large (as :func:`_told_alone`). A body's
    own monitors or volunteers count the whole ('our volunteers documented at least 51 deaths').

    >>> from claimcheck.models import claim_in
    >>> def site(sentence, figure, measure="injured"):
    ...     return _at_one_site(claim_in(sentence, figure, measure))
    >>> site("Our teams in Harel have treated 210 injured people since Saturday.", "210")
    True
    >>> site("Two people drowned in our barrio on Monday night.", "Two", "killed")
    True
    >>> site("Our volunteers documented at least 51 deaths in the township.", "at least 51", "killed")
    False
    """
    before = _clause_before(claim, SITE_BEFORE)
    own = _own_words(claim)
    return (
        _OWN_SITE_BEFORE.search(before) is not None
        or _OWN_SITE_AFTER.match(own) is not None
        or _ONE_FACILITY_BEFORE.search(before) is not None
        or _ONE_FACILITY_AFTER.match(own) is not None
    )


_INCLUDED = re.compile(
    r"\b(?:includ(?:es|ed|e)|counting|inclusive\s+of|takes?\s+in|taking\s+in|including\s+the"
    r"|among\s+(?:them|whom|those|these)(?:\s+(?:are|were|is|was))?)\s+(?:(?:the|all|some|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)  # a figure a told total takes in: 'Our figure includes the two men …', 'counting five fishermen …'


def _inside_a_total(claim: Claim) -> bool:
    """Whether a figure is told as one a stated total includes, in its own clause ('Our figure
    includes the two men who died after the operation', 'at least nine, counting five fishermen
    pulled from the lagoon', 'The 33 dead include two engineers', 'We count 12 dead, among them
    the two guards …'): a part of the whole its group counts, which says the whole is at least
    as large (as :func:`_told_alone`). Not 'including N' of a kind ('15 died, including two
    ushers': an exact count of its kind), nor the total told after a fronted part.

    >>> from claimcheck.models import claim_in
    >>> _inside_a_total(claim_in("Our list includes the two men shot at the pit.", "two", "killed"))
    True
    >>> _inside_a_total(claim_in("Counting the three of Sunday, the total reaches 21.", "21", "killed"))
    False
    """
    before = _clause_before(claim, 60)
    return _INCLUDED.search(before) is not None


_CLASH_NOUNS = ("clash", "confrontation", "shoot-?out", "skirmish", "stampede", "raid", "ambush")  # one incident of the unrest
_CLASH = r"(?:" + "|".join(_CLASH_NOUNS) + r")\b(?!\s+(?:of|between)\b)"  # one such, singular
_ANY_CLASH = re.compile("|".join(_CLASH_NOUNS))  # any of them, in any form: the cheap test before the clause's
_DAY_OWN = r"(?:" + WEEKDAY + r"|yesterday|today|last\s+night)['’]s"  # 'Thursday's' (read in any case)
_ONE_CLASH_BEFORE = re.compile(
    r"\b(?:in|during|from)\s+(?:(?:the|that|this|one|a)\s+(?:[\w'’-]+\s+){0,2}?" + _CLASH + r"(?!['’]s)|" + _DAY_OWN + r"\s+(?:[\w'’-]+\s+){0,2}?" + _CLASH + r")"
    r"|\b(?:a|the|one)\s+" + _CLASH + r"[^;.]{0,80}?\b(?:left|killed|wounded|injured)\s+$",
    re.IGNORECASE,
)  # 'In the confrontation one person was fatally wounded', 'a clash at the quarry left one man dead'
_ONE_CLASH_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,4}?(?:in|during|from)\s+(?:" + _DAY_OWN + r"\s+|(?:that|this|one|a)\s+)(?:[\w'’-]+\s+){0,2}?" + _CLASH,
    re.IGNORECASE,
)  # 'two dead in Thursday's clash', 'four injured in a stampede at the gate'


def _in_one_clash(claim: Claim) -> bool:
    """Whether a toll's figure is told as what one clash left, in its own clause ('In the
    confrontation one person was fatally wounded', 'Port-Gentil: two dead in Thursday's clash',
    'a clash at the quarry left one man dead'): one incident's part of the running toll, which
    says the toll is at least as large (as :func:`_told_alone`); not 'the clashes' of the whole
    unrest, nor 'the clash between police and protesters' that names the event itself.

    >>> from claimcheck.models import claim_in
    >>> _in_one_clash(claim_in("In the confrontation one person was fatally wounded.", "one", "killed"))
    True
    >>> _in_one_clash(claim_in("Port-Gentil: two dead in Thursday's clash (governor)", "two", "killed"))
    True
    >>> _in_one_clash(claim_in("Seven people have died in the clashes since Monday.", "Seven", "killed"))
    False
    """
    if claim.measure not in HURT:
        return False
    low = claim.sentence.casefold()
    if _ANY_CLASH.search(low) is None:
        return False
    return _ONE_CLASH_BEFORE.search(_clause_before(claim, 120)) is not None or _ONE_CLASH_AFTER.match(_own_words(claim)) is not None


_HEARSAY = re.compile(
    r"\b(?:my\s+guess(?:\s+(?:is|was|would\s+be))?|at\s+a\s+guess|I\s*(?:['’]d|\s+would)?\s+(?:guess|reckon|say|bet|think)"
    r"|word\s+(?:on\s+the\s+street\s+)?is|rumou?r\s+has\s+it"
    r"|^\W*(?:the\s+)?(?:radio|tv|telly|television|news|facebook|whatsapp)\s+(?:says|said|is\s+saying|reports|reported)"
    r"|(?:people|everyone|everybody|folks)\b(?:\s+[\w'’-]+){0,3}?\s+(?:say|says|are\s+saying|were\s+saying|reckon)"
    r"|(?:^|\s)(?:a|an|one)\s+[\w'’-]+\s+(?:told|tells)\s+(?:me|us)"
    r"|^\W*my\s+[\w'’-]+\b.*\b(?:says|said|saying|told\s+(?:me|us)|tells\s+(?:me|us)))\b(?:\s+[\w'’-]+){0,3}?[\s,:]*$",
    re.IGNORECASE,
)  # a writer's own guess, or what an unnamed relation, a passer-by or 'people' say


def _hearsay(claim: Claim) -> bool:
    """Whether a figure is told as a writer's own guess or as what someone unnamed says ('My
    guess 40 or 50 thousand at least', 'My cousin is in Bir hospital, says more than 50 died',
    'Yesterday a guard told me thirty are dead inside', 'people say around 5000', a post's 'Radio
    says 9 dead yesterday': no outlet named, nor who it quotes), in the words
    of its sentence before it: no one's count, compared with nothing (as a forecast). A named
    speaker's figure ('Police say 12 died'), the writer's own count ('I counted 40 trucks') or a
    pronoun of a speaker told before ('They say 11 died') is a count.

    >>> from claimcheck.models import claim_in
    >>> _hearsay(claim_in("My guess 40 or 50 thousand at least.", "40 or 50 thousand", "participants"))
    True
    >>> _hearsay(claim_in("Police say 12 died in the clashes.", "12", "killed"))
    False
    >>> _hearsay(claim_in("Also pray for them. Radio says 9 dead yesterday.", "9", "killed"))
    True
    >>> _hearsay(claim_in("The Red Cross on TV says at least 22.", "at least 22", "killed"))
    False
    """
    before = _clause_before(claim, 90, _HEARSAY_CUT)
    return _HEARSAY.search(before) is not None


_WITNESSED = re.compile(r"\b(?:I|we|We|me|us|my|our|Our|My)\b")  # a writer's own count: 'I counted 40', 'we were 5,000'


def _posted_word(claim: Claim) -> bool:
    """Whether a figure is a forum post's own word, naming no one who counts ('CAD has 12
    names with photos', 'The government's 7 dead is a joke', 'Two dead there on Tuesday and nine
    hurt', claimcheck.speakers marks them POSTED): no one's count, as hearsay is (a named body's
    figure a post relays, 'Police now say about 12,000', is that body's and compared). A count
    the writer tells as their own, in the first person ('I counted 40 trucks', 'we were at least
    5,000'), is a witness's and compared.

    >>> from claimcheck.models import claim_in
    >>> import dataclasses
    >>> said = claim_in("CAD has 12 names with photos.", "12", "killed")
    >>> _posted_word(dataclasses.replace(said, claimant_type=POSTED)), _posted_word(said)
    (True, False)
    >>> _posted_word(dataclasses.replace(claim_in("We were at least 5,000 in the square.", "at least 5,000", "participants"), claimant_type=POSTED))
    False
    """
    return claim.claimant is None and claim.claimant_type == POSTED and _WITNESSED.search(_clause_before(claim, 60)) is None


_HEARSAY_CUT = re.compile(r"[;.!?]\s|\d")


def _forecast(claim: Claim) -> bool:
    """A figure a count may yet reach, told as a warning ('A doctor has warned the toll could
    rise to 25', 'The governor warned that it could rise to 50'; the words of the rule
    qualifier/modal-bound): no count at any time, so compared with none. Not 'would' ('the
    toll would reach 40 by Friday' tells a count to come in a look back)."""
    if claim.qualifier != "up_to":
        return False
    at = claim.start - claim.sentence_start
    return FORECAST.search(claim.sentence, max(0, at - 60), max(0, at)) is not None


FORECAST = re.compile(
    r"\b(?:could|may|might)\s+(?:(?:well|even|eventually|still|soon|yet)\s+)?(?:reach|rise\s+to|climb\s+to"
    r"|grow\s+to|increase\s+to|top|pass|surpass|hit|go\s+up\s+to)\s+[\"“]?$",
    re.IGNORECASE,
)  # the modal words of the parser's rule qualifier/modal-bound, but 'would' (the matcher reads no parser rules)


# words of a crowd still coming when it was counted (lexicon time.still_gathering): 'about 1,200
# have joined so far', 'the crowd was still growing', 'more buses are on the way'
_STILL_GATHERING = re.compile(
    rf"\b(?:{alternation(load_lexicon().data['time']['still_gathering'])})\b", re.IGNORECASE
)
_CLAUSE_OPEN = re.compile(r"[;:]|\.\s|\d")  # (before a figure: its clause opens after the last)
_CLAUSE_CLOSE = re.compile(r"[;:]|\.\s|\d|\b(?:while|whereas|but)\b")  # (after it: its clause closes at the first)
STILL_REACH = 80  # how far either side of a crowd figure its clause's words are read


def _still_gathering(claim: Claim) -> bool:
    """Whether a gathering's figure is told as counted while people were still coming ('Police
    estimate that about 1,200 people have joined the march so far', 'By noon, police had counted
    2,000 people in the square and the crowd was still growing', 'Around 300 have arrived so far
    and more buses are on the way'): the gathering was at least that large, and a later count of
    it above that figure is no rival of it.

    >>> from claimcheck.models import claim_in
    >>> def still(sentence, figure):
    ...     return _still_gathering(claim_in(sentence, figure, "participants"))
    >>> still("Police estimate that about 1,200 people have joined the march so far.", "1,200")
    True
    >>> still("By noon, police had counted 2,000 people and the crowd was still growing.", "2,000")
    True
    >>> still("Police said 900 people attended; so far no arrests were made.", "900")
    False
    """
    if claim.measure in RUNNING_TALLIES:
        return False
    at = claim.start - claim.sentence_start
    before = _CLAUSE_OPEN.split(claim.sentence[max(0, at - STILL_REACH) : at])[-1]
    after = _CLAUSE_CLOSE.split(claim.sentence[at + len(claim.text) : at + len(claim.text) + STILL_REACH], 1)[0]
    return _STILL_GATHERING.search(before) is not None or _STILL_GATHERING.search(after) is not None


_LATER_WORD = re.compile(r"\b(?:later|then|now|since|raised|lowered|revised|updated|corrected)\b", re.IGNORECASE)


def _told_earlier(claim: Claim) -> bool:
    """Whether a gathering's figure is told as an estimate given before the current one
    ('This figure replaces the preliminary estimate of 2,500', 'police first estimated 1,500',
    'up from their earlier estimate of 3,000'; the lexicon's time.earlier_before and
    earlier_clause), and not as the later one ('… but later raised their estimate to 4,500').

    >>> from claimcheck.models import claim_in
    >>> def told(sentence, figure):
    ...     return _told_earlier(claim_in(sentence, figure, "participants"))
    >>> told("This figure replaces the preliminary estimate of 2,500 given at 13:00.", "2,500")
    True
    >>> told("Police initially put the crowd at 2,000 but later raised their estimate to 4,500.", "4,500")
    False
    """
    before = claim.sentence[: claim.start - claim.sentence_start]
    return (
        is_earlier(before, time_words()) or _EARLIER_ESTIMATE_WAS.search(before[-80:]) is not None
    ) and _LATER_WORD.search(before.rpartition(",")[2]) is None


_EARLIER_ESTIMATE_WAS = re.compile(
    r"\b(?:first|initial|preliminary|provisional|earlier|previous|original)\s+(?:estimate|figure|count|tally)\b"
    r"[^,;.]{0,40}?\b(?:was|were|stood\s+at|came\s+to)\s+$",
    re.IGNORECASE,
)  # 'The city council's first count of the rally was 900': the figure it gave before


def _replaced(claims: Sequence[Claim], keys: Sequence[tuple[str, str]]) -> set[int]:
    """A gathering's figures told as a claimant's earlier estimate beside the one that replaced it
    in the same report (:func:`_told_earlier`): what the claimant said before, no rival of another
    claimant's count (an earlier estimate with no later one told stays that claimant's count)."""
    if _tally(claims):
        return set()
    told = {i for i, c in enumerate(claims) if _told_earlier(c)}
    return {
        i
        for i in told
        if any(j not in told and claims[j].source == claims[i].source and keys[j] == keys[i] for j in range(len(claims)))
    }


def _as_a_floor(claim: Claim) -> Claim:
    """A part's figure as what it says of the whole: at least as many."""
    return dataclasses.replace(claim, quantity=dataclasses.replace(claim.quantity, high=None))


def evaluate(group: ClaimGroup, identity: Mapping[str, str] | None = None) -> ClaimGroup:
    """A copy of ``group`` with status, span, consensus, severity, conflicts, revisions and
    corroboration filled in (see the module docstring for the definitions). ``identity`` maps
    claimant names to the matcher's one name per claimant."""
    claims = group.claims
    if not claims:
        return dataclasses.replace(
            group,
            status="single",
            low=None,
            high=None,
            consensus=None,
            severity=None,
            conflicts=(),
            revisions=(),
            corroboration=(),
            restated=(),
        )
    order = _chronology(claims)
    plain_keys, keys = _keys(claims, identity, order)
    keys = _relayed(claims, keys)
    classes = _with_sides([_class_key(c) for c in claims], claims)
    tally = _tally(claims)
    restated = _restatements(claims, keys, classes, tally)
    if restated:  # one claim told twice: the restating figure is its claim's
        claims = _as_restated(claims, restated)
        for i, (j, key) in restated.items():
            keys[i] = keys[j] = plain_keys[i] = plain_keys[j] = key
    revisions, superseded = _revisions(claims, keys, order, classes, restated)
    superseded.update(i for i, (j, _key) in restated.items() if j in superseded)
    summaries, parts = _set_aside(claims, keys, classes, tally)
    compared = [
        _as_a_floor(c)
        if i in parts
        or (classes[i][2] is None and (_told_alone(c) or _at_one_site(c) or _inside_a_total(c) or _in_one_clash(c)))
        or c.qualifier == "vague"  # (a vague word is a floor: see the module docstring)
        or (not tally and _still_gathering(c))
        else c
        for i, c in enumerate(claims)
    ]
    forecasts = {i for i, c in enumerate(claims) if _forecast(c) or _hearsay(c) or _posted_word(c)}
    added = {i for i, cls in enumerate(classes) if cls[0] == "increment"}  # (what was added: see the module docstring)
    replaced = _replaced(claims, keys)  # (a gathering's estimate its claimant replaced)
    conflicts, conflict_count, involved = _conflict_pairs(
        compared, keys, classes, summaries | set(restated) | forecasts | added | replaced
    )
    main = _main_scope(claims)
    current = [
        i for i in range(len(claims)) if i not in superseded and scope_kind(claims[i]) == main
    ]
    positions = {(keys[i], _bounds(claims[i])) for i in current}
    if conflict_count:
        status = "conflict"
    elif _rises(claims, order, classes):
        status = "rising"
    elif len(positions) < 2:
        status = "single"
    else:
        status = "consistent"
        set_aside = summaries | set(restated) | forecasts | added | replaced
        told = [i for i in current if i not in set_aside]
        if consensus(compared[i] for i in told) is None and _grew(claims, told):
            status = "rising"  # (figures of different moments, never compared, that grew: no consensus to show)
    group_severity = max((_pair_severity(claims, i, j) for i, j in conflicts), default=None)
    low, high = span(group.claims)
    return dataclasses.replace(
        group,
        status=status,
        low=low,
        high=high,
        consensus=consensus(compared[i] for i in current),  # (a part's or a vague word's floor)
        severity=group_severity,
        conflicts=tuple(conflicts),
        conflict_count=conflict_count,
        revisions=tuple(revisions),
        corroboration=_corroboration(claims, involved, plain_keys, restated),
        timeline=_timeline(group.claims, keys, [i for i in order if i not in restated]),
        restated=tuple(sorted((i, j) for i, (j, _key) in restated.items())),
    )


def _grew(claims: Sequence[Claim], members: Sequence[int]) -> bool:
    """Whether figures that were never compared (of different days, or an undated rewrite's
    beside dated reports) and share no consensus grew over time: in the order of their day (the
    day they count to, else their report's; an undated report's last, a rewrite after the
    news), no figure below one before it. Such a group is no 'consistent' one: the crash's
    'three dead' on Thursday and the undated rewrite's 'killing four passengers', the soldiers'
    300 on Sunday and 750 on Monday.

    >>> from claimcheck.models import Quantity
    >>> def c(n, as_of=None):
    ...     return Claim("s", None, None, "killed", "people", Quantity(str(n), 0, 1, n, n, n, "exact"), 1, str(n), as_of=as_of)
    >>> _grew([c(4), c(3, "2027-09-16")], [0, 1]), _grew([c(4, "2027-09-15"), c(3, "2027-09-16")], [0, 1])
    (True, False)
    """
    timed = sorted(members, key=lambda i: (not (claims[i].as_of or claims[i].date), claims[i].as_of or claims[i].date or ""))
    lows = [claims[i].quantity.low for i in timed]
    return len(set(lows)) > 1 and all(a <= b for a, b in itertools.pairwise(lows))


def _rises(
    claims: Sequence[Claim], order: Sequence[int], classes: Sequence[tuple[str | None, ...]]
) -> bool:
    """Whether a running tally's figures grew: a figure above every figure of one of its
    quantity (:func:`_class_key`) at an earlier moment (a known earlier day, or an earlier
    figure told with it: 'up from 41')."""
    if not _tally(claims):
        return False
    lines: dict[tuple[Any, bool], list[int]] = {}
    for i in order:
        lines.setdefault((classes[i], bool(_moment(claims[i], True)[0])), []).append(i)
    for line in lines.values():
        lowest_high: Number | None = None  # over the moments before the current one
        pending: Number | None = None
        moment = None
        for i in line:
            c = claims[i]
            if _moment(c, True) != moment:
                moment = _moment(c, True)
                if pending is not None:
                    lowest_high = pending if lowest_high is None else min(lowest_high, pending)
            if lowest_high is not None and c.quantity.low > lowest_high:
                return True
            if c.quantity.high is not None:
                pending = c.quantity.high if pending is None else min(pending, c.quantity.high)
    return False


def _timeline(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str]], order: Sequence[int]
) -> tuple[dict[str, Any], ...]:
    """Each claimant's figures in time order (claim indices), claimants in order of their
    first figure: ``{"claimant": name as first written, "claims": [...]}``."""
    lines: dict[tuple[str, str], dict[str, Any]] = {}
    for i in order:
        line = lines.get(keys[i])
        if line is None:
            line = lines[keys[i]] = {"claimant": claimant_label(claims[i]), "claims": []}
        line["claims"].append(i)
    return tuple(lines.values())


def order_groups(groups: Iterable[ClaimGroup]) -> list[ClaimGroup]:
    """Most contested first: conflict, rising, consistent, single; then higher severity, more claims,
    and group id for stability."""
    return sorted(
        groups,
        key=lambda g: (
            STATUS_RANK.get(g.status, len(STATUS_RANK)),
            -(g.severity or 0.0),
            -len(g.claims),
            g.id,
        ),
    )

"""Parser stage, wordings: named rules (claimcheck/data/wordings.jsonl) that give a figure the
measure its sentence names only around it, or drop a figure that is not a count.

Each entry has an id, a pass, a pattern with ``{slot}`` lexicon words, an effect, and examples
it must and must not fire on (tests/test_wordings.py runs them). The parser calls two hooks:
``not_a_count`` for every figure, ``named_measure`` for a figure left without a measure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from claimcheck.lexicon import Lexicon, alternation, literal_alternation
from claimcheck.models import Quantity

BEFORE = 120  # how far before a figure a wording may start
WORD = re.compile(r"[A-Za-z][\w'’-]*")
SLOTS = {  # {slot} in a pattern: the lexicon's words
    "month": lambda lex: sorted(lex.months),  # time.months
    "security": lambda lex: sorted(lex.data["subjects"]["security"]),  # police, soldiers, troops …
    "counted_apart": lambda lex: sorted(lex.grammar["counted_apart"]),  # fighters, militants, civilians …
    "claimant_noun": lambda lex: sorted(lex.claimant_nouns),  # police, ministry, families …
    "people": lambda lex: sorted(lex.subject_of),  # people of every side: protesters, farmers, police …
    "carers": lambda lex: sorted(lex.carers),  # those who give care: doctors, nurses, paramedics …
}


@dataclass(frozen=True)
class Wording:
    """One named rule. Its patterns are compiled when first used (``pattern``, ``after``,
    ``figure``): most are behind a cheap cue test, and the not-a-count ones are only read
    joined into one pattern per window (joined with the rules whose cue is in the window:
    :class:`_Cued`), so a short run compiles few."""

    id: str
    pass_: str
    priority: int
    doc: str
    source: str  # the pattern, its {slot}s filled
    after_source: str | None
    effect: dict[str, Any]
    figure_source: str | None = None  # what the figure's own words must start with
    re_flags: int = 0
    cue_in: tuple[
        str, ...
    ] = ()  # one of these must be in the window (lower case): a cheap test first
    cue_ends: tuple[str, ...] = ()  # or the window must end with one of these
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = field(default=())

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, self.re_flags)

    @cached_property
    def after(self) -> re.Pattern[str] | None:
        return None if self.after_source is None else re.compile(self.after_source, self.re_flags)

    @cached_property
    def figure(self) -> re.Pattern[str] | None:
        return None if self.figure_source is None else re.compile(self.figure_source, self.re_flags)


def _filled(pattern: str, lex: Lexicon) -> str:
    for slot, words in SLOTS.items():
        pattern = pattern.replace("{" + slot + "}", f"(?:{alternation(list(words(lex)))})")
    return pattern


@lru_cache(maxsize=8)
def load_wordings(lex: Lexicon) -> tuple[Wording, ...]:
    """The bundled wordings, compiled for ``lex``, by pass and priority."""
    raw = resources.files("claimcheck.data").joinpath("wordings.jsonl").read_text("utf-8")
    out = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        e = json.loads(line)
        flags = e.get("flags", "")
        out.append(
            Wording(
                id=e["id"],
                pass_=e["pass"],
                priority=e["priority"],
                doc=e["doc"],
                source=_filled(e["pattern"], lex),
                after_source=_filled(e["after"], lex) if "after" in e else None,
                figure_source=_filled(e["figure"], lex) if "figure" in e else None,
                re_flags=re.IGNORECASE if "i" in flags else 0,
                effect=e["effect"],
                cue_in=tuple(e.get("cue", {}).get("in", ())),
                cue_ends=tuple(e.get("cue", {}).get("ends", ())),
                examples=tuple(e.get("examples", ())),
                not_examples=tuple(e.get("not", ())),
            )
        )
    return tuple(sorted(out, key=lambda w: (w.pass_, w.priority)))


@lru_cache(maxsize=8)
def _by_pass(lex: Lexicon) -> dict[str, tuple[Wording, ...]]:
    out: dict[str, list[Wording]] = {}
    for w in load_wordings(lex):
        out.setdefault(w.pass_, []).append(w)
        if w.effect.get("over_verb"):
            out.setdefault("over_verb", []).append(w)  # the measure rules that replace a verb's
    return {k: tuple(v) for k, v in out.items()}


_FIRED: list[str] | None = None  # set while a test records which wordings fire


@contextmanager
def recording() -> Iterator[list[str]]:
    """Collect the ids of the wordings that fire inside the with-block (for tests)."""
    global _FIRED
    _FIRED = []
    try:
        yield _FIRED
    finally:
        _FIRED = None


def _fired(w: Wording) -> None:
    if _FIRED is not None:
        _FIRED.append(w.id)


def not_a_count(text: str, lo: int, hi: int, q: Quantity, lex: Lexicon) -> str | None:
    """The id of the wording that makes the figure a clock time, a day of a date range, one of
    those already counted or a level, or None."""
    pats = _not_a_count_patterns(lex)
    after = pats.after.pattern(text, q.end, hi)
    hit = after.match(text, q.end, hi) if after is not None else None
    if hit is None and q.value in pats.after_value:  # 'one of the dead': for that value only
        hit = pats.after_value[q.value].match(text, q.end, hi)  # type: ignore[index]
    if hit is None:
        start = max(lo, q.start - 30)
        before = pats.before.pattern(text, start, q.start)
        hit = before.search(text, start, q.start) if before is not None else None
    if (
        hit is None
        and pats.before_cued is not None
        and text.endswith(pats.cue_ends, lo, q.start)
    ):  # rules whose window must end with a cue, as written (', not 88')
        hit = pats.before_cued.search(text, max(lo, q.start - 30), q.start)
    if hit is None and q.qualifier != "exact":
        start = max(lo, q.start - 30)
        figure = pats.figure.pattern(text, start, q.end)  # (none when the window holds no cue: most)
        hit = figure.search(text, start, q.end) if figure is not None else None  # 'close to zero'
    if hit is None or hit.lastgroup is None:
        return None
    w = _by_id(lex)[hit.lastgroup]
    if (unless := w.effect.get("unless_after")) and _compiled_after(unless).match(text, q.end, hi):
        return None  # ('not 9 as the provincial government claims': a rival named, kept)
    if w.effect.get("digits") and not q.text[:1].isdigit():
        return None  # ('children aged 15 and two journalists': ages are written in digits)
    _fired(w)
    return w.id


@lru_cache(maxsize=32)
def _compiled_after(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


@lru_cache(maxsize=8)
def _by_id(lex: Lexicon) -> dict[str, Wording]:
    return {_group(w.id): w for w in load_wordings(lex)}


def wording(rule_id: str, lex: Lexicon) -> Wording:
    """The named wording rule, for a stage that reads its patterns too."""
    return _by_id(lex)[_group(rule_id)]


def place_part(rule_id: str | None, lex: Lexicon) -> bool:
    """The wording ``rule_id`` makes its figure the part of the place named before it
    (effect.place_part: 'Ghor alone accounted for 19, followed by Badghis with 12')."""
    return has_effect(rule_id, "place_part", lex)


def has_effect(rule_id: str | None, key: str, lex: Lexicon) -> bool:
    """The wording ``rule_id`` has a true effect.<key> ('turnout': the crowd it reads is a
    turnout, which an election's would be)."""
    w = _by_id(lex).get(_group(rule_id or ""))
    return w is not None and bool(w.effect.get(key))


@lru_cache(maxsize=1024)
def _group(rule_id: str) -> str:
    return re.sub(r"\W", "_", rule_id)


_UNKNOWN = object()  # a window _Cued.pattern has not read yet
WINDOWS_KEPT = 20_000  # windows whose pattern _Cued.pattern keeps (a window is a few words)


@dataclass(frozen=True)
class _Cued:
    """Rules joined into one pattern, each a named group (one search in C per window, not a
    loop over rules), tried with only the rules whose cue word is in the window and those
    without a cue: any text a rule matches holds one of its cue words (``cue.in``), so the
    search finds what the search with every rule finds, at far fewer tries (most windows hold
    no cue)."""

    rules: tuple[Wording, ...]
    cue_any: re.Pattern[str] | None  # any of their cue words (a space: any white space)
    cue_scan: re.Pattern[str] | None  # the same, the longest at each place
    cued_by: dict[str, frozenset[int]]  # a cue found -> the rules (indexes) whose cue starts it
    uncued: frozenset[int]  # the rules without a cue: always tried
    _subsets: dict[frozenset[int], re.Pattern[str] | None] = field(default_factory=dict)
    _windows: dict[str, re.Pattern[str] | None] = field(default_factory=dict)  # pattern's, by window

    @classmethod
    def of(cls, rules: list[Wording]) -> _Cued:
        cues = {_cue(c) for w in rules for c in w.cue_in}
        words = alternation(list(cues)) if cues else None
        return cls(
            rules=tuple(rules),
            cue_any=re.compile(words) if words else None,
            cue_scan=re.compile(f"(?=({words}))") if words else None,
            cued_by={
                found: frozenset(
                    i for i, w in enumerate(rules) if any(found.startswith(_cue(c)) for c in w.cue_in)
                )
                for found in cues
            },  # (a place's longest cue holds every cue found there: each starts it)
            uncued=frozenset(i for i, w in enumerate(rules) if not w.cue_in),
        )

    @property
    def joined(self) -> re.Pattern[str] | None:
        """Every rule (compiled when first needed)."""
        return self._compiled(frozenset(range(len(self.rules))))

    def _compiled(self, found: frozenset[int]) -> re.Pattern[str] | None:
        if found not in self._subsets:
            self._subsets[found] = _joined([self.rules[i] for i in sorted(found)])
        return self._subsets[found]

    def pattern(self, text: str, lo: int, hi: int) -> re.Pattern[str] | None:
        """The joined pattern of the rules cued in text[lo:hi] (lower case) and those without a
        cue; None when no rule is left. A window holding a character that case-blind matching
        equates with an ASCII letter ('ſ' with 's', 'K' with 'k') is read with every rule."""
        if self.cue_any is None or self.cue_scan is None:
            return self.joined
        window = text[lo:hi]
        known = self._windows.get(window, _UNKNOWN)
        if known is not _UNKNOWN:  # a window read before (its words recur across sentences)
            return known
        if len(self._windows) > WINDOWS_KEPT:
            self._windows.clear()
        if not window.isascii() and ODD_CASE.search(window):
            pattern = self.joined
        else:
            found = self.uncued
            low = window.lower()
            if self.cue_any.search(low) is not None:
                for m in self.cue_scan.finditer(low):
                    found = found | self.cued_by[" ".join(m.group(1).split())]
            pattern = self._compiled(found)
        self._windows[window] = pattern
        return pattern


ODD_CASE = re.compile("[İıſK]")  # what case-blind matching equates with 'i', 's' or 'k'


@dataclass(frozen=True)
class _NotACount:
    """The not-a-count rules, joined into one pattern per window."""

    after: _Cued  # right after the figure
    after_value: dict[float, re.Pattern[str]]  # after it, for the figure of effect.value only
    before: _Cued  # in the 30 characters before it
    before_cued: re.Pattern[str] | None  # before it, when they end with one of cue_ends
    cue_ends: tuple[str, ...]
    figure: _Cued  # around it


def _joined(rules: list[Wording]) -> re.Pattern[str] | None:
    if not rules:
        return None
    parts = [
        f"(?P<{_group(w.id)}>{'(?i:' if w.re_flags & re.IGNORECASE else '(?:'}"
        f"{w.source}))"
        for w in rules
    ]
    return re.compile("|".join(parts))


def _cue(word: str) -> str:
    """A cue word as :func:`alternation` reads it: lower case, its spaces single, none at the ends."""
    return " ".join(word.lower().split())


@lru_cache(maxsize=8)
def _not_a_count_patterns(lex: Lexicon) -> _NotACount:
    rules = _by_pass(lex).get("not_a_count", ())
    after = [w for w in rules if w.effect.get("window") == "after"]
    before = [w for w in rules if w.effect.get("window") == "before"]
    cued = [w for w in before if w.cue_ends]
    values = sorted({w.effect["value"] for w in after if "value" in w.effect})
    ends = tuple(e for w in cued for e in w.cue_ends)
    return _NotACount(
        after=_Cued.of([w for w in after if "value" not in w.effect]),
        after_value={
            v: _joined([w for w in after if w.effect.get("value") == v])  # type: ignore[misc]
            for v in values
        },
        before=_Cued.of([w for w in before if not w.cue_ends]),
        before_cued=_joined(cued),
        cue_ends=ends,
        figure=_Cued.of([w for w in rules if w.effect.get("window") == "the figure"]),
    )


@dataclass(frozen=True)
class _CueIndex:
    """Which rules of a pass a window can fire, found with a scan or two in C instead of a test
    of each rule's cue in turn: a rule with ``cue_ends`` when the window ends with one of them, a
    rule with ``cue_in`` when the window holds one of them, and every rule without a cue. Each
    candidate's own cue is still tested, so the rules tried are exactly those the tests pass.

    >>> w = [Wording("a", "measure", 0, "", "x", None, {}, cue_in=("toll",)),
    ...      Wording("b", "measure", 0, "", "x", None, {}, cue_ends=("put at ",)),
    ...      Wording("c", "measure", 0, "", "x", None, {})]
    >>> index = _CueIndex.of(tuple(w))
    >>> index.candidates("the toll was put at "), index.candidates("it was"), index.candidates("tolls")
    ([0, 1, 2], [2], [0, 2])
    """

    open: frozenset[int]  # the rules without a cue: always tried
    cue_any: re.Pattern[str] | None  # any cue_in word, as written (the longest at its place)
    in_by: dict[str, frozenset[int]]  # a cue found -> the rules holding a cue it starts with
    ends_any: re.Pattern[str] | None  # any cue_ends, reversed: matched at a reversed window's start
    ends_by: dict[str, frozenset[int]]  # a reversed end found -> the rules with an end it starts with

    @classmethod
    def of(cls, rules: tuple[Wording, ...]) -> _CueIndex:
        ends = {i: w.cue_ends for i, w in enumerate(rules) if w.cue_ends and all(w.cue_ends)}
        cued = {
            i: w.cue_in for i, w in enumerate(rules) if i not in ends and not w.cue_ends and w.cue_in and all(w.cue_in)
        }  # (an empty cue fits any window: such a rule is always tried)
        words = {c for cs in cued.values() for c in cs}
        backs = {e[::-1] for es in ends.values() for e in es}
        return cls(
            open=frozenset(i for i in range(len(rules)) if i not in ends and i not in cued),
            cue_any=re.compile(literal_alternation(words)) if words else None,
            in_by={f: frozenset(i for i, cs in cued.items() if any(f.startswith(c) for c in cs)) for f in words},
            ends_any=re.compile(literal_alternation(backs)) if backs else None,
            ends_by={
                b: frozenset(i for i, es in ends.items() if any(b.startswith(e[::-1]) for e in es)) for b in backs
            },
        )

    def candidates(self, window: str) -> list[int]:
        """The indexes, in order, of the rules whose cue ``window`` holds (or that have none)."""
        found = self.open
        if self.ends_any is not None and (m := self.ends_any.match(window[::-1])) is not None:
            found = found | self.ends_by[m.group()]  # (every end the window has ends the longest)
        if self.cue_any is not None:
            at = 0
            while (m := self.cue_any.search(window, at)) is not None:
                found = found | self.in_by[m.group()]  # (every cue starting there starts the longest)
                at = m.start() + 1
        return sorted(found)


_CUE_INDEXES: dict[int, tuple[tuple[Wording, ...], _CueIndex]] = {}


def _cue_index(rules: tuple[Wording, ...]) -> _CueIndex:
    """The :class:`_CueIndex` of a pass's rules, made once."""
    kept = _CUE_INDEXES.get(id(rules))
    if kept is None or kept[0] is not rules:
        kept = _CUE_INDEXES[id(rules)] = (rules, _CueIndex.of(rules))
    return kept[1]


def named_measure(
    text: str,
    lo: int,
    hi: int,
    q: Quantity,
    bare: bool,
    before: tuple[str | None, str | None, int] | None,
    context: str,
    lex: Lexicon,
    verb: bool = False,
    across: tuple[str | None, str | None, int] | None = None,
) -> tuple[str, str | None, bool, str] | None:
    """The measure of a figure its own words do not give, from the wording around it: a toll
    that may exceed it, a noun put at it, a turnout that was it, estimates that range over it,
    a count named in the sentence before. ``before`` is the measure, subject and end of the
    figure before it (for 'more than the 164 acknowledged by police'); ``bare``: nothing is counted
    after the figure; ``verb``: the figure has a measure from a verb after it, which only rules
    marked ``over_verb`` replace; ``across``: the same of the last figure of the paragraph before,
    for a rule with effect.across_paragraphs. Returns (measure, subject or None, part, rule id) or None."""
    rules = _by_pass(lex).get("over_verb" if verb else "measure", ())
    if not rules:
        return None
    start = max(lo, q.start - BEFORE)
    at = q.start  # where the words before the figure end: after its own 'estimated' ('police
    if text.startswith(("estimated ", "Estimated "), at):  # estimated 4,500 people in the
        at += len("estimated ")  # Avenida Central'), which the figure's phrase holds
    window = text[start:at].lower()
    for i in _cue_index(rules).candidates(window):
        w = rules[i]
        # the rule's cue, when it has one, must be in the (lower-case) window: a cheap test
        if w.cue_ends:
            if not window.endswith(w.cue_ends):
                continue
        elif w.cue_in:
            for cue in w.cue_in:
                if cue in window:
                    break
            else:
                continue
        if w.after is not None and not w.after.match(text, q.end, hi):
            continue  # (the words after, one match, before a search of the words before)
        if w.figure is not None and not w.figure.match(text, q.start, q.end):
            continue  # ('exceeded 700': the verb is the figure's qualifier)
        reach = w.effect.get("reach")  # (a rule that reads further back: a long list before it)
        hit = w.pattern.search(text, max(lo, q.start - reach) if reach else start, at)
        if hit is None:
            continue
        if "min" in w.effect and (q.value if q.value is not None else q.low) < w.effect["min"]:
            continue  # 'there were two people at the door': no crowd
        if w.effect.get("counted") and bare or w.effect.get("bare") and not bare:
            continue  # the rule is for a figure with (or without) a counted noun after it
        how = w.effect["measure"]
        part = bool(w.effect.get("part"))
        if how in lex.measures:
            _fired(w)
            return how, w.effect.get("subject"), part, w.id  # (a subject of the rule's own: 'forces')
        if how == "the figure before":
            if (
                (bare or w.effect.get("nouns"))
                and before is not None
                and before[0] is not None
                and (
                    not w.effect.get("adjacent")
                    or before[2] >= hit.start()
                    or _own_participle(text, before[2], hit.start(), before[0], lex)
                )
                and (not w.effect.get("same_sentence") or before[2] >= lo)
                and before[0] in w.effect.get("before_in", (before[0],))
            ):
                _fired(w)
                return before[0], before[1], part, w.id
            continue
        if how == "the figure asked before":
            if (before is None or before[0] is None or before[2] < lo) and (
                asked := _figure_asked(text, lo, lex)
            ) is not None:  # (not a rival of a figure in its own sentence: 'the district counts
                # 94 people treated while our survey found 112' answers no question before it)
                _fired(w)  # 'S.H.: … made four arrests?' ¶ 'B.S.: Three, not four.': what it counts
                return asked[0], asked[1], part, w.id
            continue
        found = None
        if how == "the question before":
            found = _question_before(text, lo, lex)
        if how.startswith("from "):
            group = how.split()[1].strip(",")
            found = _measure_in(hit.group(group), lex, subjects=not w.effect.get("no_subject"))
        if (
            found is None
            and how.endswith("the sentence before")
            and bare
            and before is not None
            and before[0] is not None
            and before[2] >= lo
        ):  # a rival of a figure in its own sentence ('63 detainees had joined the strike; the
            found = before[0], before[1]  # AMDH gave a figure of "at least 58"'): that figure's
        if found is None and how.endswith("the sentence before") and lo < hit.start():
            found = _measure_in(text[lo : hit.start()], lex, nouns_only=True)
            if found is None and bare and before is not None and before[2] >= lo:
                continue  # a rival of a figure in its own sentence whose measure is not read yet
                # ('about 15,000 spectators lined the course; the organiser gave a figure of
                # 7,000'): the rules after read them both, not the sentence before
            # a count named earlier in its own sentence: 'denied reports on the death toll of
            # the bombings, putting the figure at 1,011'
        if (
            found is None
            and w.effect.get("across_figure")
            and before is None
            and across is not None
            and across[0] is not None
            and across[2] < lo
        ):  # 'we have recorded 18 deaths …' ¶ 'The Ministry … raised its own figure to 12': a revision
            found = across[0], None  # restates the count told before, wherever in that paragraph
        if found is None and how.endswith("the sentence before"):
            if not context and w.effect.get("across_paragraphs"):
                context = _sentence_before(text, lo)  # the last of the paragraph before
                if context.endswith("?"):
                    context = ""  # a question heading: the rules of questions read it
                elif (
                    before is None
                    and across is not None
                    and across[0] is not None
                    and 0 <= text.rfind(context, max(0, lo - BEFORE_SENTENCE), lo) <= across[2] < lo
                ):  # '28 people were held in the capital.' ¶ 'Nationwide the figure is 41': the
                    found = across[0], None  # measure of that sentence's figure, as in one paragraph
            if found is None and (
                context
                and before is not None
                and before[0] is not None
                and lo - len(context) <= before[2] < lo
            ):  # 'About 200 relatives of the victims gathered … The police put the number at 60':
                found = before[0], None  # the measure of the sentence before's figure, not a noun
                # there (its subject may be a part's: '… 19 musicians and 3 reporters')
            elif found is None:
                found = _measure_in(context, lex, nouns_only=True)
            if found is None and bare and before is not None and before[0] is not None:
                found = before[0], before[1]  # no noun there: the figure before
            if found is None and bare:  # (a figure with a noun of its own keeps that noun's measure)
                found = _measure_earlier(text, lo, len(context), lex)
        if found is not None:
            _fired(w)
            return found[0], found[1], part, w.id
    return None


def _own_participle(text: str, lo: int, hi: int, measure: str, lex: Lexicon) -> bool:
    """text[lo:hi] is only the participle that gave the figure before its measure ('Of the 31
    killed, 19 were civilians': the 19 stand right after the 31 and their word)."""
    gap = text[lo:hi].strip().lower()
    return (
        0 < len(gap) < 16
        and " " not in gap
        and text.startswith(",", hi)
        and OF_THE_WHOLE.search(text, max(0, lo - 24), lo) is not None
        and lex.measure_words("after").get(gap) == measure
    )


OF_THE_WHOLE = re.compile(r"\bof\s+(?:the|those)\s+(?:\w+\s+)?\S+$", re.IGNORECASE)  # 'Of the 31 (killed)'


QUESTION = re.compile(r"\s*how\s+many\b[^?\n]{0,80}\?\s*$", re.IGNORECASE)  # 'How many … deployed?'


def _question_before(text: str, lo: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """The measure and subject a 'How many …?' heading right before offset ``lo`` names
    ('How many officers were deployed?': deployed, security), not a crowd's (the rule
    measure/crowd-passage reads those); None when the line before is no such question."""
    start = text.rfind("\n", 0, max(0, lo - 1))
    line = text[start + 1 : lo]
    if not QUESTION.match(line):
        return None
    found = _measure_in(line, lex)
    if found is None or found[0] == "participants":
        return None
    subjects = [lex.subject_of[w.lower()] for w in WORD.findall(line) if w.lower() in lex.subject_of]
    return found[0], found[1] or (subjects[0] if subjects else None)


ASKED = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][\w.'’-]{0,14}(?:\s[A-Z][\w.'’-]{0,14})?[ \t]*:[ \t]*)?"  # 'S.H.: '
    r"(?P<q>[^\n?]*?(?P<n>\b\d[\d,]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undred)\b)"
    r"[^\n?]*?)(?:\?|\.\.\.|…)[\"”]?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(?:[A-Z][\w.'’-]{0,14}(?:\s[A-Z][\w.'’-]{0,14})?[ \t]*:[ \t]*)?(?:(?:No|Yes|Well|Actually)[,.!]?[ \t]+)?$"
)  # the interviewer's line right before the answer, holding a figure and ending in '?' or '...'


ASKED_READ = 300  # how far back the interviewer's question line is looked for


def _figure_asked(text: str, lo: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """The measure and subject the figure of the question right before offset ``lo`` counts
    ('S.H.: The gendarmerie has made four arrests?': arrested), named after the figure (its
    noun and verb); None when the line before is no question holding a figure."""
    lead = text[max(0, lo - ASKED_READ) : lo]
    if "?" not in lead and "..." not in lead and "…" not in lead:
        return None  # (a look in C first: most figures follow no question)
    m = ASKED.search(text, max(0, lo - ASKED_READ), lo)
    if m is None:
        return None
    return _measure_in(text[m.start("n") : m.end("q")], lex)

BEFORE_SENTENCE = 400  # how far back the sentence before is read
SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=\S)")


def _sentence_before(text: str, lo: int) -> str:
    """The sentence that ends before offset ``lo`` (across a paragraph break)."""
    window = text[max(0, lo - BEFORE_SENTENCE) : lo].rstrip().rstrip("•*–-").rstrip()  # (a list item's bullet)
    ends = [m.end() for m in SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


EARLIER_READ = 600  # how far back in its paragraph a bare figure's count may be named


def _measure_earlier(text: str, lo: int, told: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """The count named nearest before the sentence before (``told`` characters before offset
    ``lo``, where the figure's sentence starts) in the figure's own paragraph ('How many were
    arrested?' ¶ 'It depends whom you ask. The police's figure, repeated on Thursday, is 112';
    'The toll rose again on Monday. Officials gave no names. Relatives say the real figure is
    14'), or in a question heading right above the paragraph. The nearest count wins: a passage
    may pass from one count to another."""
    start = text.rfind("\n\n", max(0, lo - EARLIER_READ), lo + 2)  # (a sentence may start at the break)
    words = text[start + 2 if start >= 0 else max(0, lo - EARLIER_READ) : max(0, lo - told)]
    found = _measure_nearest(words, lex)
    if found is None and start >= 0:
        line = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : start].strip()
        if line.endswith("?") and len(line) < 120:  # a question heading: its verb names the count
            found = _measure_in(line, lex, subjects=False)
    return found


def _measure_nearest(words: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """The measure of the last noun of a count in ``words`` ('arrests', 'toll', 'crowd')."""
    for w in reversed([w.lower() for w in WORD.findall(words)]):
        m = lex.noun_measure.get(w)
        if m is not None and m in lex.measures:
            return m, None
    return None


def _measure_in(
    words: str, lex: Lexicon, nouns_only: bool = False, subjects: bool = True
) -> tuple[str, str | None] | None:
    """The first measure the words name ('fatalities': killed; 'sent': deployed), else (with
    ``subjects``) the usual measure of the first subject they name ('police': deployed)."""
    low = [w.lower() for w in WORD.findall(words)]
    if not nouns_only and len(low) > 1 and (m := lex.measure_words("after").get(" ".join(low))) in lex.measures:
        return m, None  # a phrase of its own ('lost the life')
    for w in low:
        m = lex.noun_measure.get(w) or lex.modifier_measure.get(w)
        if m is None and not nouns_only:
            m = lex.measure_words("after").get(w)
        if m is not None and m in lex.measures:
            return m, None
    if nouns_only or not subjects:
        return None
    for w in low:
        subject = lex.subject_of.get(w)
        if subject is not None:
            default = lex.data["subject_default_measure"].get(subject)
            if default:
                return default, subject
    return None


NEXT_WORD = re.compile(
    r"\s+(?:(?:more|other|civilian|further)\s+)?([a-z]+)\s+"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:(?:also|later|officially)\s+)?(?:confirmed|reported|recorded|registered|made)\b"
)


def counts_a_measure(text: str, q: Quantity, hi: int, lex: Lexicon) -> bool:
    """An indefinite figure ('several', 'a few') of deaths, injuries or arrests that someone
    confirms or reports is a claim: 'Several fatalities were confirmed overnight', 'a few
    arrests were made', 'Local media reported several injuries'; 'resulting in several
    fatalities' stays narrative.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "Several fatalities were confirmed."
    >>> counts_a_measure(t, Quantity("Several", 0, 7, None, 3, 9, "vague"), len(t), load_lexicon())
    True
    """
    m = NEXT_WORD.match(text, q.end, hi)
    events = lex.grammar["reported_event_nouns"]
    if m is not None and m.group(1) in lex.noun_measure and m.group(1) in events:
        return True
    event = EVENT_AFTER.match(text, q.end, hi)  # 'reported several injuries when police …'
    return (
        event is not None
        and event.group(1) in events
        and REPORTED_BEFORE.search(text, max(0, q.start - 14), q.start) is not None
    )


EVENT_AFTER = re.compile(r"\s+(?:(?:more|other|civilian|serious|minor)\s+)?([a-z]+)\b")
REPORTED_BEFORE = re.compile(
    r"\b(?:reported|reports|confirmed|confirms|recorded|records|registered|documented|logged)\s+$"
)  # a verb of recording before the figure: 'Local media reported several injuries'


def state_scope(text: str, at: int, hi: int, lex: Lexicon) -> tuple[str, str] | None:
    """'still in custody', 'remain behind bars' after the counted words at ``at``: the scope of
    people still held ('state: still in custody') and the wording's id."""
    for w in _by_pass(lex).get("scope", ()):
        hit = w.pattern.match(text, at, hi)
        if hit is not None:
            _fired(w)
            return f"{w.effect['scope']}: {' '.join(hit['s'].lower().split())}", w.id
    return None

"""Parser rules: named data entries (claimcheck/data/rules/<pass>.jsonl), each with its pattern
written with lexicon slots, its effect, its priority and the examples it must (and must not)
fire on; loaded once and compiled once per lexicon."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from claimcheck.lexicon import Lexicon, alternation, number_names
from claimcheck.lines import sre_inner, sre_modules

# The passes, in the order the parser runs them (a file of rules each).
PASSES = (
    "not_a_count",
    "qualifier",
    "subject",
    "measure",
    "denial",
    "scope",
    "attribution",
)
FIELDS = {"id", "pass", "priority", "doc", "pattern", "flags", "effect", "examples", "not"}


def _words(*path: str) -> Callable[[Lexicon], list[str]]:
    def get(lex: Lexicon) -> list[str]:
        section: Any = lex.data
        for key in path:
            section = section[key]
        if isinstance(section, dict):  # {measure: [words]} -> every word
            return [w for words in section.values() for w in words]
        return list(section)

    return get


# {slot} in a pattern -> the lexicon's words, as one alternation (longest first).
SLOTS: dict[str, Callable[[Lexicon], list[str]]] = {
    "speech_verb": lambda lex: sorted(lex.speech_verbs),
    "inverted_speech_verb": lambda lex: list(lex.inverted_speech_verbs),
    "denial_verb": _words("denial", "verbs"),
    "denial_negator": _words("denial", "negators"),
    "denial_pronoun": _words("denial", "pronouns"),
    "denial_noun": _words("denial", "noun_measures"),
    "denial_after": _words("denial", "after"),
    "subject_noun": lambda lex: list(lex.subject_of),
    "subject_noun_one": lambda lex: list(lex.subject_of) + singulars(lex),
    "measure_before": lambda lex: list(lex.measure_words("before")),
    "measure_after": lambda lex: list(lex.measure_words("after")),
    "measure_modifier": lambda lex: list(lex.modifier_measure),
    "number_of_phrase": _words("number_of_phrase"),
    "month": lambda lex: sorted(lex.months),
    "age_noun": _words("grammar", "age_nouns", "words"),
    "number_name": lambda lex: number_names(1, 90),  # 'one' … 'ninety' ('Thirty-one' is read with '-')
    "inmate_noun": _words("grammar", "inmate_nouns", "words"),
    "care_place": _words("grammar", "state_places", "injured"),
    "captor_noun": lambda lex: sorted(  # who holds people by force, no authority
        {*lex.data["grammar"]["captors"]["words"], *lex.data["grammar"]["inmate_nouns"]["words"],
         *lex.data["perpetrators"]["words"], *lex.data["fighters"]["words"], *lex.data["subjects"]["protesters"]}
    ),
}
NO_SINGULAR = frozenset({"ones"})  # 'the detained ones' are people; 'no one' is a pronoun, not a noun
IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children"}  # 'one man', 'no child'


def singulars(lex: Lexicon) -> list[str]:
    """The singulars of the lexicon's plural subjects ('teacher', 'rescue worker', 'child'), for
    the patterns that read 'No teacher was shot', 'no rescue worker had been hurt', 'No child
    has died'."""
    return [
        w[:-1]
        for w in lex.subject_of
        if w.endswith("s")
        and not w.endswith(("ss", "ies"))
        and w.replace(" ", "").isalpha()
        and w[:-1] not in lex.subject_of
        and w not in NO_SINGULAR
    ] + [one for one, many in IRREGULAR_PLURALS.items() if many in lex.subject_of and one not in lex.subject_of]


SLOT = re.compile(r"\{([a-z_]+)\}")  # '{0,4}' is a repeat, not a slot


class RuleError(ValueError):
    """A rule file entry has the wrong shape (a bug in the bundled data)."""


@dataclass(frozen=True)
class Rule:
    """One named rule of a parser pass."""

    id: str
    pass_: str
    priority: int
    doc: str
    pattern: str | None = None  # a regex with {slot}s; None for a strategy written in code
    flags: str = ""  # i: ignore case, x: verbose
    effect: dict[str, Any] = field(default_factory=dict)
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = ()

    def compile(self, lex: Lexicon) -> re.Pattern[str]:
        """The pattern with its slots filled from ``lex``."""
        return re.compile(self.filled(lex), self.re_flags())

    def filled(self, lex: Lexicon) -> str:
        """The pattern's text with its slots filled from ``lex`` (not compiled)."""
        if self.pattern is None:
            raise RuleError(f"rule {self.id} has no pattern")

        def fill(m: re.Match[str]) -> str:
            if m.group(1) not in SLOTS:
                raise RuleError(f"rule {self.id}: unknown slot {{{m.group(1)}}}")
            return _slot(lex, m.group(1))

        return SLOT.sub(fill, self.pattern)

    def re_flags(self) -> int:
        return (re.IGNORECASE if "i" in self.flags else 0) | (re.VERBOSE if "x" in self.flags else 0)


@lru_cache(maxsize=64)
def _slot(lex: Lexicon, name: str) -> str:
    """A slot's alternation, built once per lexicon (several rules share a slot)."""
    return "(?:" + alternation(SLOTS[name](lex)) + ")"


def _rule(entry: dict[str, Any], pass_: str, where: str) -> Rule:
    unknown = set(entry) - FIELDS
    missing = {"id", "pass", "priority", "doc", "examples"} - set(entry)
    if unknown or missing:
        raise RuleError(f"{where}: unknown fields {sorted(unknown)}, missing {sorted(missing)}")
    if entry["pass"] != pass_ or not entry["id"].startswith(pass_.replace("_", "-") + "/"):
        raise RuleError(f"{where}: rule {entry['id']} is not of pass {pass_}")
    pattern = entry.get("pattern")
    return Rule(
        id=entry["id"],
        pass_=pass_,
        priority=int(entry["priority"]),
        doc=entry["doc"],
        pattern="\n".join(pattern) if isinstance(pattern, list) else pattern,  # verbose lines
        flags=entry.get("flags", ""),
        effect=dict(entry.get("effect", {})),
        examples=tuple(entry["examples"]),
        not_examples=tuple(entry.get("not", ())),
    )


@lru_cache(maxsize=1)
def load_rules() -> dict[str, tuple[Rule, ...]]:
    """Every pass's rules, in priority order (the first that applies wins)."""
    folder = resources.files("claimcheck").joinpath("data/rules")
    out: dict[str, tuple[Rule, ...]] = {}
    seen: set[str] = set()
    for pass_ in PASSES:
        text = folder.joinpath(f"{pass_}.jsonl").read_text(encoding="utf-8")
        rules = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                rule = _rule(json.loads(line), pass_, f"rules/{pass_}.jsonl:{n}")
                if rule.id in seen:
                    raise RuleError(f"rules/{pass_}.jsonl:{n}: rule {rule.id} is defined twice")
                seen.add(rule.id)
                rules.append(rule)
        out[pass_] = tuple(sorted(rules, key=lambda r: r.priority))
    return out


@lru_cache(maxsize=1)
def rule_ids() -> frozenset[str]:
    return frozenset(r.id for rules in load_rules().values() for r in rules)


def rule(rule_id: str) -> Rule:
    for rules in load_rules().values():
        for r in rules:
            if r.id == rule_id:
                return r
    raise KeyError(rule_id)


@lru_cache(maxsize=64)
def static(rule_id: str) -> re.Pattern[str]:
    """The pattern of a rule without lexicon slots, compiled once (for module-level use)."""
    r = rule(rule_id)
    if r.pattern is None or SLOT.search(r.pattern):
        raise RuleError(f"rule {rule_id} has no pattern, or one with lexicon slots")
    flags = (re.IGNORECASE if "i" in r.flags else 0) | (re.VERBOSE if "x" in r.flags else 0)
    return re.compile(r.pattern, flags)


class _Patterns(dict):  # type: ignore[type-arg]
    """Every pattern rule's compiled pattern, by id, each compiled the first time it is asked
    for: compiling them all costs some 50 ms of a short run's start-up, and a run that meets
    no figure a rule could apply to never needs it. Reading one already compiled is a plain
    dict look-up; iterating, ``in`` and ``len`` cover every rule, compiled or not."""

    def __init__(self, rules: dict[str, Rule], lex: Lexicon) -> None:
        super().__init__()
        self._rules, self._lex = rules, lex

    def __missing__(self, rule_id: str) -> re.Pattern[str]:
        compiled = self[rule_id] = self._rules[rule_id].compile(self._lex)
        return compiled

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def keys(self):  # type: ignore[no-untyped-def,override]
        return self._rules.keys()

    def values(self):  # type: ignore[no-untyped-def,override]
        return [self[k] for k in self._rules]

    def items(self):  # type: ignore[no-untyped-def,override]
        return [(k, self[k]) for k in self._rules]

    def get(self, rule_id: str, default: Any = None) -> Any:  # type: ignore[override]
        return self[rule_id] if rule_id in self._rules else default


@lru_cache(maxsize=8)
def patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """Every rule's compiled pattern, by id, for ``lex`` (each compiled when first used)."""
    return _Patterns(
        {r.id: r for rules in load_rules().values() for r in rules if r.pattern is not None}, lex
    )


def with_patterns(pass_: str) -> list[Rule]:
    """The rules of ``pass_`` that have a pattern, in priority order (as :func:`ordered`
    gives them), their patterns not compiled: ``patterns(lex)[rule.id]`` compiles one when
    it is first needed."""
    return [r for r in load_rules()[pass_] if r.pattern is not None]


def ordered(pass_: str, lex: Lexicon) -> list[tuple[str, re.Pattern[str], Rule]]:
    """The pattern rules of ``pass_`` in priority order, compiled for ``lex``."""
    return _ordered(pass_, lex)


@lru_cache(maxsize=64)
def _ordered(pass_: str, lex: Lexicon) -> list[tuple[str, re.Pattern[str], Rule]]:
    compiled = patterns(lex)
    return [(r.id, compiled[r.id], r) for r in load_rules()[pass_] if r.pattern is not None]


def combined(
    pass_: str, lex: Lexicon, ids: tuple[str, ...]
) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern matching any of the rules ``ids`` of ``pass_`` (in priority order), with
    each rule's match in group ``_r<i>``: one scan instead of one per rule. ``fired_rule``
    names the rule a match of it came from."""
    return _combined(pass_, lex, ids)


@lru_cache(maxsize=64)
def _combined(
    pass_: str, lex: Lexicon, ids: tuple[str, ...]
) -> tuple[re.Pattern[str], tuple[str, ...]]:
    rules = [r for r in load_rules()[pass_] if r.id in ids]
    flags = {r.flags for r in rules}
    if len(flags) != 1:
        raise RuleError(f"rules {ids} cannot be combined: their flags differ")
    body = "|".join(f"(?P<_r{i}>{r.filled(lex)})" for i, r in enumerate(rules))
    return re.compile(body, rules[0].re_flags()), tuple(r.id for r in rules)


def fired_rule(match: re.Match[str], ids: tuple[str, ...]) -> str:
    """The id of the rule whose alternative of a :func:`combined` pattern matched."""
    last = match.lastgroup  # the alternative's group closes last: its name, without a test per rule
    if last is not None and last.startswith("_r") and last[2:].isdigit():
        return ids[int(last[2:])]
    return next(rid for i, rid in enumerate(ids) if match.group(f"_r{i}") is not None)


# --- tracing (tests and debugging): every rule that fired, dropped figures included ---------

TRACE: list[tuple[str, int]] | None = None


def fired(rule_id: str, at: int) -> None:
    """Record that ``rule_id`` fired at offset ``at`` (when tracing)."""
    if TRACE is not None:
        TRACE.append((rule_id, at))


@contextmanager
def tracing() -> Iterator[list[tuple[str, int]]]:
    """Collect ``(rule id, offset)`` for every rule that fires in the block (one thread)."""
    global TRACE
    saved, TRACE = TRACE, []
    try:
        yield TRACE
    finally:
        TRACE = saved


def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """Strings one of which every match of ``pattern`` holds, and whether they are to be read
    case-blind (then lower case), or None when no such set of two-character strings or longer
    is found: what a cheap guard before the pattern may look for (``'by' in window``). Read from
    the parsed pattern: runs of literal characters, groups, repeats of at least one, and
    alternatives each of which holds one; look-arounds and classes hold nothing for certain.

    >>> required_literals(re.compile(r"\\s+(?:announced|given)\\s+by\\s+(?P<np>\\w+)"))
    (frozenset({'by'}), False)
    >>> required_literals(re.compile(r"\\b(?:near|close\\s+to)\\s+ZERO", re.IGNORECASE))
    (frozenset({'zero'}), True)
    >>> required_literals(re.compile(r"\\d+")) is None
    True
    """
    p, c, _, _ = sre_modules()

    def best(found: list[tuple[frozenset[str], bool]]) -> tuple[frozenset[str], bool] | None:
        good = [f for f in found if f[0] and all(len(s) >= 2 for s in f[0])]
        return min(good, key=lambda f: (len(f[0]), -min(len(s) for s in f[0]))) if good else None

    def held(items: Any, blind: bool) -> tuple[frozenset[str], bool] | None:
        found: list[tuple[frozenset[str], bool]] = []
        run: list[str] = []
        for op, av in [*items, (None, None)]:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                found.append((frozenset(["".join(run)]), blind))
                run = []
            inner = None
            sub = sre_inner(op, av, blind)
            if sub is not None:
                if sub[2] >= 1:
                    inner = held(sub[0], sub[1])
            elif op is c.BRANCH:
                each = [held(sub, blind) for sub in av[1]]
                if all(each) and len({e[1] for e in each if e}) == 1:
                    inner = (frozenset().union(*(e[0] for e in each if e)), each[0][1])  # type: ignore[index]
            if inner is not None:
                found.append(inner)
        return best(found)

    out = held(p.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    if out is None:
        return None
    return (frozenset(s.lower() for s in out[0]), True) if out[1] else out


def leading_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings one of which every match of ``pattern`` opens with (after ``\\b`` at most;
    lower case when case-blind), '^' standing for a line's start, or None when some match may
    open otherwise (a class, an optional part): what a scan for where the pattern can start
    may look for (``claimcheck.lines.cue_starts``).

    >>> sorted(leading_literals(re.compile(r"^\\s*ENDS|\\bfor\\s+more|(?:\\+|Tel)\\d", re.I | re.M)))
    ['+', '^', 'for', 'tel']
    >>> leading_literals(re.compile(r"\\(?\\d")) is None
    True
    """
    p, c, _, _ = sre_modules()

    def lead(items: Any, blind: bool) -> frozenset[str] | None:
        items = [item for item in items]
        while items and items[0] == (c.AT, c.AT_BOUNDARY):
            items = items[1:]
        if not items:
            return None
        op, av = items[0]
        if op is c.AT and av in (c.AT_BEGINNING_LINE, c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return frozenset("^")
        if op is c.LITERAL:
            run = []
            for op2, av2 in items:
                if op2 is not c.LITERAL:
                    break
                run.append(chr(av2))
            word = "".join(run)
            return frozenset([word.lower() if blind else word])
        inner = sre_inner(op, av, blind)
        if inner is not None:
            return lead(inner[0], inner[1]) if inner[2] >= 1 else None
        if op is c.BRANCH:
            each = [lead(sub, blind) for sub in av[1]]
            return None if any(e is None for e in each) else frozenset().union(*each)  # type: ignore[arg-type]
        return None

    return lead(p.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))

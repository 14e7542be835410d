"""Parser rules as data (claimcheck/data/rules/*.jsonl): each rule's examples are its tests.

Every rule must fire on each of its ``examples`` and on none of its ``not`` examples, where
firing means: the parser, run on the example, reports the rule's id in a claim's ``rules`` or
in the trace of dropped figures. A new wording is a new entry with its examples.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source
from claimcheck.parse.rules import (
    PASSES,
    SLOTS,
    Rule,
    RuleError,
    load_rules,
    patterns,
    rule_ids,
    tracing,
)
from claimcheck.sources import parse_metadata
from claimcheck.wordings import load_wordings

RULES = [r for rules in load_rules().values() for r in rules]
PACKAGE = Path(__file__).resolve().parent.parent / "claimcheck"


def fired(text: str) -> set[str]:
    """The ids of every rule that fires when ``text`` is parsed."""
    meta, body_start, _ = parse_metadata(text)
    source = Source(id="example", text=text, date=meta.get("date"), body_start=body_start)
    with tracing() as trace:
        claims = extract_claims(source, explain=True)
    return {rid for rid, _ in trace} | {rid for c in claims for rid in c.rules}


@pytest.mark.parametrize(
    ("rule", "example"),
    [pytest.param(r, e, id=f"{r.id}:{i}") for r in RULES for i, e in enumerate(r.examples)],
)
def test_rule_fires_on_its_examples(rule: Rule, example: str):
    assert rule.id in fired(example), f"{rule.id} did not fire on {example!r}"


@pytest.mark.parametrize(
    ("rule", "example"),
    [pytest.param(r, e, id=f"{r.id}:not{i}") for r in RULES for i, e in enumerate(r.not_examples)],
)
def test_rule_does_not_fire_on_its_not_examples(rule: Rule, example: str):
    assert rule.id not in fired(example), f"{rule.id} fired on {example!r}"


def test_every_rule_has_an_example_and_a_known_pass():
    assert [r.id for r in RULES if not r.examples] == []
    assert [r.id for r in RULES if not r.not_examples] == []  # a near miss shows the edge
    assert set(load_rules()) == set(PASSES)
    assert len(rule_ids()) == len(RULES)


def test_passes_are_ordered_by_priority():
    for rules in load_rules().values():
        assert [r.priority for r in rules] == sorted(r.priority for r in rules)


def test_every_pattern_compiles_with_its_slots_filled():
    compiled = patterns(load_lexicon())
    assert {r.id for r in RULES if r.pattern} == set(compiled)
    for r in RULES:
        if r.pattern:
            assert not re.search(r"\{[a-z_]+\}", compiled[r.id].pattern), r.id


@pytest.mark.parametrize(
    ("rule", "example"),
    [
        pytest.param(r, e, id=f"{r.id}:{i}")
        for r in RULES
        if r.pattern and "cue_in" in r.effect
        for i, e in enumerate(r.examples)
    ],
)
def test_a_rule_match_holds_one_of_its_cue_words(rule: Rule, example: str):
    # effect.cue_in is looked up (in the case-folded text) before the pattern is tried: a
    # wording added to the pattern needs its cue (windows ending anywhere: some rules read the
    # words right before a figure)
    pattern = patterns(load_lexicon())[rule.id]
    found = {m.group().lower() for k in range(len(example) + 1) if (m := pattern.search(example, 0, k))}
    assert found and all(any(c in f for c in rule.effect["cue_in"]) for f in found), (rule.id, found)


def test_an_unknown_slot_is_an_error():
    bad = Rule("measure/x", "measure", 1, "doc", pattern=r"\b{no_such_slot}\b")
    with pytest.raises(RuleError, match="unknown slot"):
        bad.compile(load_lexicon())
    assert "speech_verb" in SLOTS and "denial_verb" in SLOTS and "subject_noun" in SLOTS


def test_every_rule_id_in_the_code_is_declared():
    """The parser names no rule the data does not define (and so cannot explain)."""
    passes = "|".join(p.replace("_", "-") for p in PASSES)
    pattern = re.compile(rf"[\"']((?:{passes})/[a-z-]+)[\"']")
    named = {
        m.group(1)
        for path in PACKAGE.rglob("*.py")
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    }
    assert named, "no rule ids found in the code"
    wording_ids = {w.id for w in load_wordings(load_lexicon())}  # (named wordings are rules too)
    assert named - rule_ids() - wording_ids == set()


def test_precedence_is_the_order_of_the_data(monkeypatch):
    """'The number of arrests stood at 450' fits measure/toll-rose-to (priority 40) and
    measure/number-of (50): the first in priority order sets the measure; swap their
    priorities in the data and the other one does."""
    import dataclasses

    from claimcheck.parse import measure, rules

    text = "The number of arrests stood at 450."

    def measure_rules() -> list[str]:
        claims = extract_claims(Source("x", text), explain=True)
        return [r for c in claims for r in c.rules if r.startswith("measure/")]

    assert measure_rules() == ["measure/toll-rose-to"]
    swapped = {
        pass_: tuple(
            sorted(
                (
                    dataclasses.replace(r, priority={40: 50, 50: 40}.get(r.priority, r.priority))
                    if r.id in ("measure/toll-rose-to", "measure/number-of")
                    else r
                    for r in rs
                ),
                key=lambda r: r.priority,
            )
        )
        for pass_, rs in load_rules().items()
    }
    caches = (rules.load_rules, rules._ordered, rules.patterns, measure._measure_before_rules)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(rules, "load_rules", lambda: swapped)
    try:
        assert measure_rules() == ["measure/number-of"]
    finally:
        monkeypatch.undo()
        for cache in caches:
            cache.cache_clear()
    assert measure_rules() == ["measure/toll-rose-to"]


def test_a_denial_rule_added_to_the_file_is_applied(monkeypatch, tmp_path: Path) -> None:
    """The denial rules are applied by a loop over the file's entries, each read as its effect
    says: an entry added with a pattern and an effect of the known readers works with no code
    (its cue word added to the lexicon's denial.cues marks its sentences)."""
    import json

    from claimcheck.parse import rules as rules_mod

    text = "The march passed off peacefully and free of any arrests, police said."
    extra = tmp_path / "words.json"
    extra.write_text(json.dumps({"denial": {"cues": ["free of"]}}), encoding="utf-8")
    lex = load_lexicon(extra)
    assert extract_claims(Source(id="x", text=text), lex) == []
    new = Rule(
        id="denial/free-of-any",
        pass_="denial",
        priority=29,
        doc="'free of any arrests': no arrests.",
        pattern=r"\bfree\s+of\s+any\s+(?P<n>{denial_noun})\b",
        flags="i",
        effect={"qualifier": "denial", "cue_in": ["free of"], "measure_of": [["noun", "n"]]},
        examples=(text,),
    )
    bundled = load_rules()
    denial = tuple(sorted([*bundled["denial"], new], key=lambda r: r.priority))
    monkeypatch.setattr(rules_mod, "load_rules", lambda: {**bundled, "denial": denial})
    lex = type(lex)(lex.data)  # a new lexicon object: the rules compiled afresh for it
    claims = extract_claims(Source(id="x", text=text), lex, explain=True)
    assert [(c.measure, c.value, c.claimant, "denial/free-of-any" in c.rules) for c in claims] == [
        ("arrested", 0, "police", True)
    ]
    typo = Rule(**{**new.__dict__, "effect": {**new.effect, "measure_of": [["nouns", "n"]]}})
    monkeypatch.setattr(rules_mod, "load_rules", lambda: {**bundled, "denial": (*bundled["denial"], typo)})
    with pytest.raises(RuleError, match="denial/free-of-any"):
        extract_claims(Source(id="x", text=text), type(lex)(lex.data))


def test_patterns_are_compiled_when_first_asked_for():
    from claimcheck.parse.rules import _Patterns

    ids = {r.id: r for r in RULES if r.pattern}
    lazy = _Patterns(ids, load_lexicon())
    assert len(lazy) == len(ids) and set(lazy) == set(ids) and dict.__len__(lazy) == 0
    some = next(iter(ids))
    assert some in lazy and "measure/no-such-rule" not in lazy
    assert lazy[some] is lazy[some] and lazy[some].pattern == ids[some].filled(load_lexicon())
    assert dict.__len__(lazy) == 1 and lazy.get("measure/no-such-rule") is None
    with pytest.raises(KeyError):
        lazy["measure/no-such-rule"]


def test_fired_rule_names_the_alternative_that_matched():
    """fired_rule reads the name of the group that closed last; a test of every group agrees."""
    from claimcheck.parse.not_a_count import _window_rules
    from claimcheck.parse.numbers import fold
    from claimcheck.parse.rules import fired_rule

    pattern, ids = _window_rules(load_lexicon(), "after")
    seen = set()
    for r in RULES:
        for text in (*r.examples, *r.not_examples):
            low = fold(text)
            for at in range(len(low)):
                m = pattern.match(low, at)
                if m is not None:
                    every = [rid for i, rid in enumerate(ids) if m.group(f"_r{i}") is not None]
                    assert [fired_rule(m, ids)] == every, (r.id, text, at)
                    seen.add(every[0])
    assert len(seen) >= len(ids) // 2, seen  # most of the rules were seen matching


def test_window_reader_gives_the_rule_of_the_one_pattern() -> None:
    """not-a-count's window reader tries the rules that end a window's priority order and hold
    a long word alone, after the one pattern of the others, when the window holds one of the
    words: at every offset of every rule example it gives the rule the one pattern of all the
    window's rules gives."""
    from claimcheck.parse.not_a_count import FAR_AFTER, _window_match, _window_reader, _window_rules
    from claimcheck.parse.numbers import fold
    from claimcheck.parse.rules import fired_rule

    lex = load_lexicon()
    assert any(_window_reader(lex, FAR_AFTER)[2])  # (blood-donors, today)
    for window, reach in (("after", 20), (FAR_AFTER, 60)):
        pattern, ids = _window_rules(lex, window)
        reader = _window_reader(lex, window)
        seen = set()
        for r in RULES:
            for text in (*r.examples, *r.not_examples):
                low = fold(text)
                for at in range(len(low)):
                    hi = min(len(low), at + reach)
                    whole = pattern.match(low, at, hi)
                    found = _window_match(low, at, hi, reader)
                    assert (found and found[0]) == (whole and fired_rule(whole, ids)), (r.id, text, at)
                    if found:
                        seen.add(found[0])
        assert {t[0] for t in reader[2]} <= seen, seen  # the rules tried alone were seen matching


def test_guards_before_rule_patterns_are_in_every_match() -> None:
    """A cheap test before a rule's pattern ('by' looked up before attribution/by-agent) skips
    only windows where the pattern cannot match: the guard's string is one that every match
    of the pattern holds, as written (rules.required_literals reads it off the pattern: a rule
    whose pattern loses it fails here, not silently)."""
    from claimcheck.lexicon import load_lexicon
    from claimcheck.parse.attribution import AGENT_NEEDS
    from claimcheck.parse.rules import patterns, required_literals

    compiled = patterns(load_lexicon())
    for rule_id, needed in AGENT_NEEDS.items():
        assert required_literals(compiled[rule_id]) == (frozenset({needed}), False), rule_id


def test_words_before_phrases_open_with_a_word_character() -> None:
    """measure/words-before tries its modal look-behinds only where a word starts ('\\b(?=\\w)'):
    every phrase of the lexicon's measures.<m>.before (its slot) must open with a word
    character, or a phrase written to open with a mark would silently never match."""
    import re

    from claimcheck.lexicon import load_lexicon
    from claimcheck.parse.rules import patterns

    lex = load_lexicon()
    assert patterns(lex)["measure/words-before"].pattern.startswith("\\b(?=\\w)")
    assert all(re.match(r"\w", phrase) for phrase in lex.measure_words("before"))

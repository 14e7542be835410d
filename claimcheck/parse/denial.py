"""Parser stage 4b, denials: 'denied any fatalities', 'no one was killed' as figures of zero."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.lexicon import Lexicon, alternation
from claimcheck.lines import matches_from, offsets
from claimcheck.models import Quantity
from claimcheck.parse.head import Mention
from claimcheck.parse.rules import Rule, RuleError, fired, patterns, rule, static, with_patterns
from claimcheck.parse.sentences import Sentence


@lru_cache(maxsize=8)
def denial_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    deny = lex.data["denial"]
    deny_nouns = {w: m for m, ws in deny["noun_measures"].items() for w in ws}
    return {
        "deny_after": re.compile(
            rf"[\"”’']?\s*(?:(?:else|was|were|is|are|had|has|have|been|being|got|get|gets|still|reportedly|reported|confirmed|ever|so\s+far|yet|seriously"
            rf"|critically|fatally|badly|gravely|severely|remain|remains|remained|now)\s+)*"
            rf"(?P<t>{alternation([w for ws in deny['after'].values() for w in ws])})\b"
            r"(?!(?<=critical)\s+(?:of|to|for)\b)",  # ('nobody is critical of the police': no harm)
            re.IGNORECASE,
        ),
        "denial_cue": re.compile(
            rf"(?:{alternation(deny['negators'] + deny['pronouns'] + deny['verbs'])})\b"
        ),  # a word that may deny a figure, in folded text: only those sentences are searched
        "deny_nouns_map": deny_nouns,  # type: ignore[dict-item]
        "compound": re.compile(rf"[ \t]+(?:{alternation(deny['compound_heads'])})\b", re.IGNORECASE),
    }


def denial_cues(lex: Lexicon, low: str, start: int) -> list[int]:
    """Where the folded text ``low`` holds a word that may deny a figure (from ``start``): a
    negator, pronoun or denial verb (one regex), or a cue of denial.cues ('anyone', 'false'),
    looked up as a plain string: rare words, found faster so than by a longer regex."""
    starts = sorted({at for head in _cue_heads(lex) for at in offsets(low, head, start)})
    found = [
        m.start()
        for m in matches_from(denial_patterns(lex)["denial_cue"], low, starts)
        if m.start() == 0 or not low[m.start() - 1].isalnum()
    ]  # (the pattern's finditer, tried only where one of its words' heads is: found in C)
    for cue in _cues(lex):
        at = low.find(cue, start)
        while at >= 0:
            end = at + len(cue)
            if (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                found.append(at)
            at = low.find(cue, end)
    return found


@lru_cache(maxsize=8)
def _cue_heads(lex: Lexicon) -> tuple[str, ...]:
    """The heads every match of ``denial_cue`` opens with: each of its words' first three
    characters (fewer before a space, which the pattern reads as any white space), those that
    open with another head left out. Looked up with ``str.find``: the pattern's own scan tried
    its first letters ('d', 'n', 'r', 'z') at every character of the text."""
    deny = lex.data["denial"]
    heads = {w.split()[0][:3] for w in deny["negators"] + deny["pronouns"] + deny["verbs"] if w.split()}
    return tuple(sorted(h for h in heads if not any(o != h and h.startswith(o) for o in heads)))


@lru_cache(maxsize=8)
def _verb_stems(lex: Lexicon) -> re.Pattern[str]:
    """The first word of each denial verb ('ruled' of 'ruled out'): one must be in a sentence
    for the rules denial/verb-any and denial/verb-that to be tried."""
    stems = sorted({v.lower().split()[0] for v in lex.data["denial"]["verbs"] if v.split()})
    return re.compile("|".join(re.escape(v) for v in stems))


@lru_cache(maxsize=8)
def _sides(lex: Lexicon) -> frozenset[str]:
    """denial.sides: 'Nobody on their side': the people of the figure before."""
    return frozenset(w.lower() for w in lex.data["denial"]["sides"])


@lru_cache(maxsize=8)
def _cues(lex: Lexicon) -> tuple[str, ...]:
    return tuple(" ".join(c.lower().split()) for c in lex.data["denial"]["cues"])


def _verb_base(verb: str) -> str:
    """'killing' -> 'kill', 'shot' -> 'shot', 'injuring' -> 'injure': a key of effect.verbs."""
    low = verb.lower()
    if low.endswith("ing"):
        stem = low[:-3]
        return stem + "e" if stem in ("injur",) else stem
    return low


def _subject_of(lex: Lexicon, word: str) -> str:
    """The subject a word names, a singular too ('teacher'), else people."""
    low = word.lower()
    return (
        lex.subject_of.get(low)
        or lex.subject_of.get(low + "s")
        or lex.subject_of.get("children" if low == "child" else low[:-3] + "men" if low.endswith("man") else low)
        or "people"
    )


def _deny_after_measure(lex: Lexicon, word: str) -> str:
    for measure, words in lex.data["denial"]["after"].items():
        if word.lower() in words:
            return measure
    return "killed"


def _denials(text: str, sent: Sentence, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """'denied any fatalities', 'no bodies were brought in', 'no one was killed' -> [0, 0]: the
    rules of rules/denial.jsonl, in priority order, each read as its effect says (see
    :func:`_read`); the strategy 'negator' last, giving way to the denials found before."""
    found: list[Mention] = []
    low = text[sent.start : sent.end].lower()
    verb: bool | None = None  # a denial verb in the sentence (looked for once, when a rule needs it)
    compiled = patterns(lex)  # (a rule's pattern is compiled the first time its cues are met)
    for r, negator, cues, needs_verb in _plan(lex):
        if negator:  # the strategy denial/negator
            found += _negations(text, sent, lex, mentions, found)
            continue
        if needs_verb:
            if verb is None:
                verb = _verb_stems(lex).search(low) is not None  # (a cheap test before the patterns)
            if not verb:
                continue
        if cues and not any(c in low for c in cues):
            continue
        for m in compiled[r.id].finditer(text, sent.start, sent.end):
            found.append(_read(lex, r, m, text))
    return found


@lru_cache(maxsize=8)
def _plan(
    lex: Lexicon,
) -> tuple[tuple[Rule, bool, tuple[str, ...], bool], ...]:
    """The denial rules with a pattern in priority order, each with whether it is the strategy
    denial/negator, its effect.cue_in words (one must be in the sentence) and whether it needs
    a denial verb in the sentence (effect.needs); a rule within another ('denial/pronoun-among',
    effect.within) is left to it."""
    plan = []
    for r in with_patterns("denial"):
        effect = r.effect
        if "within" in effect:
            continue  # a part of another rule ('Nobody on their side': denial/negator's)
        if effect.get("strategy") == "question-answer":
            continue  # 'The police say none were' (denial/none-answer): read with its question, in mentions
        negator = effect.get("strategy") == "negator"
        if not negator:
            _check(r)
        cues = tuple(effect.get("cue_in", ()))
        plan.append((r, negator, cues, effect.get("needs") == "denial_verb"))
    return tuple(plan)


def _check(r: Rule) -> None:
    """A denial rule's effect names readers this module has: a :class:`RuleError` naming the
    rule, else (an entry added to the file with a typo fails at once, not on its first match)."""
    effect = r.effect
    readers = [k for k, _ in effect.get("measure_of", [])]
    subject = effect.get("subject_of", ["word", None])[0]
    if not readers or any(k not in _MEASURE_READERS for k in readers) or subject not in SUBJECT_READERS:
        raise RuleError(
            f"rule {r.id}: effect.measure_of must list readers of {sorted(_MEASURE_READERS)}, "
            f"effect.subject_of one of {sorted(SUBJECT_READERS)}"
        )


def _read(lex: Lexicon, r: Rule, m: re.Match[str], text: str) -> Mention:
    """The denial a match of rule ``r`` tells, as its effect says: ``span`` [start group, end
    group] (null: the match's own), ``measure_of`` [[reader, group], …] (the first group that
    matched; 'noun' reads denial.noun_measures, 'after' denial.after, 'verb' effect.verbs, or
    those of the rule it names), ``subject_of`` [reader, group] (see ``SUBJECT_READERS``;
    people when none)."""
    effect = r.effect
    first, last = effect.get("span", (None, None))
    start = m.start(first) if first else m.start()
    end = m.end(last) if last else m.end()
    reader, group = next((k, m[g]) for k, g in effect["measure_of"] if m[g])
    measure = _MEASURE_READERS[reader](lex, r, group)
    subject: str | None = "people"
    subject_text = None
    if "subject_of" in effect:
        how, name = effect["subject_of"]
        subject, subject_text = SUBJECT_READERS[how](lex, m[name])
    return _denial(text, start, end, measure, subject, subject_text, r.id)


def _noun_measure(lex: Lexicon, r: Rule, word: str) -> str:
    nouns: dict[str, str] = denial_patterns(lex)["deny_nouns_map"]  # type: ignore[assignment]
    return nouns[" ".join(word.lower().split())]


def _verb_measure(lex: Lexicon, r: Rule, word: str) -> str:
    verbs = r.effect["verbs"]
    if isinstance(verbs, str):
        verbs = rule(verbs).effect["verbs"]  # another rule's ('denial/did-not')
    return verbs[_verb_base(word)]


_MEASURE_READERS = {
    "noun": _noun_measure,
    "after": lambda lex, r, word: _deny_after_measure(lex, " ".join(word.lower().split())),
    "verb": _verb_measure,
}


def _last_word(lex: Lexicon, words: str | None) -> tuple[str | None, str | None]:
    """'among the marchers' -> protesters: the last word's subject, else people."""
    if not words:
        return "people", None
    return lex.subject_of.get(words.lower().split()[-1], "people"), words


def _word(lex: Lexicon, word: str | None) -> tuple[str | None, str | None]:
    """'any protesters' -> protesters: the word's subject as written, else people."""
    return (lex.subject_of.get(word.lower(), "people") if word else "people"), word


def _first_known_word(lex: Lexicon, words: str) -> tuple[str | None, str | None]:
    """'its crews' -> the first word the lexicon knows, else None: the subject of the figure
    before."""
    subject = next((lex.subject_of[w] for w in words.lower().split() if w in lex.subject_of), None)
    return subject, " ".join(words.split()) or None


def _last_known_word(lex: Lexicon, words: str) -> tuple[str | None, str | None]:
    """"the Ministry's personnel" -> the last word the lexicon knows, else people."""
    low = words.lower().replace("'s", "").split()
    pairs = [" ".join(low[i : i + 2]) for i in range(len(low) - 1)]  # 'the rescue teams'
    subject = next(
        (lex.subject_of[w] for w in [*reversed(pairs), *reversed(low)] if w in lex.subject_of), "people"
    )
    return subject, " ".join(words.split())


# effect.subject_of's readers: a group of the match -> (subject, its words)
SUBJECT_READERS = {
    "last_word": _last_word,
    "word": _word,
    "word_or_singular": lambda lex, word: (_subject_of(lex, word or ""), word),
    "first_known_word": _first_known_word,
    "last_known_word": _last_known_word,
}


def _negations(
    text: str, sent: Sentence, lex: Lexicon, mentions: list[Mention], found: list[Mention]
) -> list[Mention]:
    """The strategy of denial/negator (and denial/pronoun-among): a negator or pronoun and a
    harm word or denial noun, where no figure or denial found before stands."""
    pats = denial_patterns(lex)
    nouns: dict[str, str] = pats["deny_nouns_map"]  # type: ignore[assignment]
    taken: list[tuple[int, int]] = [(m.q.start, m.q.end) for m in mentions]
    out: list[Mention] = []
    for m in patterns(lex)["denial/negator"].finditer(text, sent.start, sent.end):
        at = m.start()
        if (
            any(s <= at < e for s, e in taken)
            or any(d.q.start <= at < d.q.end for d in found)
            or any(d.q.start <= at < d.q.end for d in out)
        ):
            continue
        if RESTRICTED.match(text, m.end(), sent.end):
            continue  # 'There are no bodies that were not registered': none of a kind, no denial
        word = " ".join((m["n"] or m["p"]).lower().split())
        if word in nouns and pats["compound"].match(text, m.end(), sent.end):
            continue  # 'no death certificate', 'no arrest warrant': the noun names a thing, no one denied
        if word.rsplit(" ", 1)[-1] in lex.grammar["non_person_nouns"]:
            continue  # 'no computers had been hit': things, not people
        there = PLACE_ADVERB.match(text, m.end(), sent.end)  # 'no patient there had died'
        after = pats["deny_after"].match(text, there.end() if there else m.end(), sent.end)
        among = None
        if after is None and (m["p"] or word not in nouns) and (among := AMONG.match(text, m.end(), sent.end)):
            after = pats["deny_after"].match(text, among.end(), sent.end)  # 'Nobody on their side'
            if after is not None and not m["p"]:
                among = None  # 'No detainee from the operation has died': the noun's people
        if m.group()[:4].lower() == "none" and word in nouns:
            continue  # 'None of the dead were identified', 'none of the injured died': a part
        if (
            after is not None
            and after["t"].lower().endswith("held")  # (not 'had been killed by its fighters')
            and patterns(lex)["measure/held-hostage"].match(text, after.end(), sent.end)
        ):
            fired("measure/held-hostage", at)  # 'nobody was held to account', 'no one was held
            continue  # hostage': no arrest denied
        if after is not None:
            measure = _deny_after_measure(lex, after["t"])
        elif word in nouns and nouns[word] == "killed" and word not in {"bodies", "body"}:
            measure = "killed"  # 'there were no deaths'
        elif word in nouns and (
            m["rec"]  # 'no reports of injuries', 'no record of any arrest': a report denied
            or REPORTED.match(text, m.end(), sent.end)
            or THERE_WERE.search(text, sent.start, m.start())
        ):
            measure = nouns[word]  # 'No arrests were made', 'there were no injuries'
        elif word in nouns and _fragment(text, sent.start, at, m.end(), sent.end):
            measure = nouns[word]  # a note or a list entry of its own: '| no arrests; talks at the gate |'
        elif (
            m["n"]
            and word not in nouns
            and AMONG_THEM.match(text, m.end(), sent.end)
            and (counted := [o for o in mentions if o.q.end <= at and o.head_measure])
        ):  # '19 bodies had been recovered and there were no minors among them': none of the dead
            measure = counted[-1].head_measure  # type: ignore[assignment]
        else:
            continue
        subject: str | None = _subject_of(lex, word) if word not in nouns else "people"
        rule_id = "denial/negator"
        if after is not None and among is not None:  # the people of the phrase, or of the figure
            noun = (among["w"] or "").lower()  # before ('Nobody on their side': the officers counted)
            subject = None if noun in _sides(lex) else lex.subject_of.get(noun, "people")
            rule_id = "denial/pronoun-among"
        words = m.group()
        if m["rec"]:  # 'no record of any demonstrator': the people denied, not the record's word
            words = text[m.start() : m.start("rec")] + text[m.end("rec") : m.end()]
        out.append(_denial(text, m.start(), m.end(), measure, subject, words, rule_id))
    return out


FRAGMENT_END = re.compile(r"[ \t]*(?:[;|]|\.(?:\s|$)|\n|$)")  # a verbless note ends at once
FRAGMENT_OPENERS = frozenset("|;:•\n")


def _fragment(text: str, lo: int, at: int, end: int, hi: int) -> bool:
    """Whether the negated noun at ``at`` is a verbless note of its own (rule denial/negator):
    it opens its sentence, a table cell or a list entry and ends there ('| no arrests; talks
    at the checkpoint |', '• No injuries.'), not a phrase of a clause ('no arrests in years')."""
    if FRAGMENT_END.match(text, end, hi) is None:
        return False
    k = at
    while k > lo and text[k - 1] in " \t":
        k -= 1
    return k == lo or text[k - 1] in FRAGMENT_OPENERS


PLACE_ADVERB = re.compile(r"\s+(?:there|here|inside)(?=\s)", re.IGNORECASE)  # between the noun and its verb
RESTRICTED = re.compile(
    r"\s+(?:that|which|who)\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:not|never)\b",
    re.IGNORECASE,
)  # 'no bodies that were not registered': a negated relative clause restricts what is denied
AMONG_THEM = re.compile(r"\s+among\s+them\b", re.IGNORECASE)  # 'no minors among them': the figure before's
AMONG = static("denial/pronoun-among")  # 'Nobody on their side', 'no one in the crowd'
REPORTED = re.compile(
    r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)?"
    r"(?:made|reported|recorded|registered|confirmed|carried\s+out)\b",
    re.IGNORECASE,
)
THERE_WERE = re.compile(
    r"\bthere\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+[\"“]?$", re.IGNORECASE
)  # ('there had been "no arrests and no incidents"': a quotation may open at the negator)


def _denial(
    text: str,
    start: int,
    end: int,
    measure: str,
    subject: str | None,
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

"""Parser stage 4b, denials: 'denied any fatalities', 'no one was killed' as figures of zero."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from claimcheck.lexicon import Lexicon, alternation
from claimcheck.models import Quantity
from claimcheck.parse.head import Mention
from claimcheck.parse.rules import patterns, rule, static
from claimcheck.parse.sentences import Sentence


@lru_cache(maxsize=8)
def denial_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    deny = lex.data["denial"]
    deny_nouns = {w: m for m, ws in deny["noun_measures"].items() for w in ws}
    return {
        "deny_after": re.compile(
            rf"[\"”’']?\s*(?:(?:was|were|had|has|have|been|being|got|get|gets|reportedly|reported|confirmed|ever|so\s+far|yet|seriously"
            rf"|critically|fatally|badly|gravely|severely)\s+)*"
            rf"(?P<t>{alternation([w for ws in deny['after'].values() for w in ws])})\b",
            re.IGNORECASE,
        ),
        "denial_cue": re.compile(
            rf"(?:{alternation(deny['negators'] + deny['pronouns'] + deny['verbs'])})\b"
        ),  # a word that may deny a figure, in folded text: only those sentences are searched
        "deny_nouns_map": deny_nouns,  # type: ignore[dict-item]
    }


def denial_cues(lex: Lexicon, low: str, start: int) -> list[int]:
    """Where the folded text ``low`` holds a word that may deny a figure (from ``start``): a
    negator, pronoun or denial verb (one regex), or a cue of denial.cues ('anyone', 'false'),
    looked up as a plain string: rare words, found faster so than by a longer regex."""
    found = [
        m.start()
        for m in denial_patterns(lex)["denial_cue"].finditer(low, start)
        if m.start() == 0 or not low[m.start() - 1].isalnum()
    ]
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
def _verb_stems(lex: Lexicon) -> re.Pattern[str]:
    """The first word of each denial verb ('ruled' of 'ruled out'): one must be in a sentence
    for the rules denial/verb-any and denial/verb-that to be tried."""
    stems = sorted({v.lower().split()[0] for v in lex.data["denial"]["verbs"] if v.split()})
    return re.compile("|".join(re.escape(v) for v in stems))


@lru_cache(maxsize=8)
def _cues(lex: Lexicon) -> tuple[str, ...]:
    return tuple(" ".join(c.lower().split()) for c in lex.data["denial"]["cues"])


def _cued_matches(
    pats: dict[str, re.Pattern[str]], rule_id: str, text: str, sent: Sentence, low: str
) -> Iterator[re.Match[str]]:
    """The matches of a rule in the sentence, when one of its effect.cue_in words is in it
    (``low``: the sentence in lower case)."""
    if _cue_in(rule_id).search(low) is None:
        return iter(())
    return pats[rule_id].finditer(text, sent.start, sent.end)


@lru_cache(maxsize=16)
def _cue_in(rule_id: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(c) for c in rule(rule_id).effect["cue_in"]))


def _verb_base(verb: str) -> str:
    """'killing' -> 'kill', 'shot' -> 'shot', 'injuring' -> 'injure': a key of effect.verbs."""
    low = verb.lower()
    if low.endswith("ing"):
        stem = low[:-3]
        return stem + "e" if stem in ("injur",) else stem
    return low


@lru_cache(maxsize=1)
def _verb_measures() -> dict[str, str]:
    """The measure of each verb of the rule denial/did-not ('kill': killed, 'shoot': injured)."""
    return dict(rule("denial/did-not").effect["verbs"])


def _subject_of(lex: Lexicon, word: str) -> str:
    """The subject a word names, a singular too ('teacher'), else people."""
    low = word.lower()
    return lex.subject_of.get(low) or lex.subject_of.get(low + "s") or "people"


def _deny_after_measure(lex: Lexicon, word: str) -> str:
    for measure, words in lex.data["denial"]["after"].items():
        if word.lower() in words:
            return measure
    return "killed"


def _denials(text: str, sent: Sentence, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """'denied any fatalities', 'no bodies were brought in', 'no one was killed' -> [0, 0]."""
    pats = denial_patterns(lex)
    nouns: dict[str, str] = pats["deny_nouns_map"]  # type: ignore[assignment]
    found: list[Mention] = []
    taken: list[tuple[int, int]] = [(m.q.start, m.q.end) for m in mentions]
    rule_pats = patterns(lex)
    low = text[sent.start : sent.end].lower()
    verb = _verb_stems(lex).search(low) is not None  # (a cheap test before two patterns)
    for m in rule_pats["denial/verb-any"].finditer(text, sent.start, sent.end) if verb else ():
        measure = nouns[" ".join(m["n"].lower().split())]
        subject, subject_text = "people", None
        if m["among"]:
            last = m["among"].lower().split()[-1]
            subject, subject_text = lex.subject_of.get(last, "people"), m["among"]
        found.append(
            _denial(text, m.start(), m.end("n"), measure, subject, subject_text, "denial/verb-any")
        )
    for m in rule_pats["denial/verb-that"].finditer(text, sent.start, sent.end) if verb else ():
        subject = _subject_of(lex, m["subj"] or "")
        found.append(
            _denial(
                text,
                m.start(),
                m.end("t"),
                _deny_after_measure(lex, " ".join(m["t"].lower().split())),
                subject,
                m["subj"],
                "denial/verb-that",
            )
        )
    verbs = _verb_measures()
    for m in rule_pats["denial/verb-killing"].finditer(text, sent.start, sent.end) if verb else ():
        measure = verbs[_verb_base(m["v"])]  # 'denied killing any protesters'
        subject = lex.subject_of.get(m["s"].lower(), "people") if m["s"] else "people"
        found.append(
            _denial(text, m.start(), m.end(), measure, subject, m["s"], "denial/verb-killing")
        )
    none = "none" in low
    for m in rule_pats["denial/none-of"].finditer(text, sent.start, sent.end) if none else ():
        subject = next(
            (lex.subject_of[w] for w in m["what"].lower().split() if w in lex.subject_of), None
        )  # None: the subject of the figure before ('none of its crews')
        found.append(
            _denial(
                text,
                m.start(),
                m.end("what"),  # 'none of its crews', as 'None of the protesters' (negator)
                _deny_after_measure(lex, " ".join(m["t"].lower().split())),
                subject,  # type: ignore[arg-type]
                " ".join(m["what"].split()) or None,
                "denial/none-of",
            )
        )
    not_one = "not one" in low or "not a single one" in low or "no member" in low or "no single member" in low
    for m in rule_pats["denial/not-one-of"].finditer(text, sent.start, sent.end) if not_one else ():
        words = m["what"].lower().replace("'s", "").split()
        pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]  # 'rescue teams'
        subject = next(
            (lex.subject_of[w] for w in [*reversed(pairs), *reversed(words)] if w in lex.subject_of), "people"
        )
        found.append(
            _denial(
                text, m.start(), m.end("t"), _deny_after_measure(lex, m["t"].lower()), subject,
                " ".join(m["what"].split()), "denial/not-one-of",
            )
        )
    for m in rule_pats["denial/reported-no"].finditer(text, sent.start, sent.end):
        measure = nouns[" ".join(m["n"].lower().split())]
        found.append(
            _denial(text, m.start("d"), m.end("d"), measure, "people", None, "denial/reported-no")
        )
    for m in _cued_matches(rule_pats, "denial/not-any", text, sent, low):
        measure = nouns[" ".join(m["n"].lower().split())]  # 'Police have not made any arrests'
        found.append(_denial(text, m.start(), m.end(), measure, "people", None, "denial/not-any"))
    for m in _cued_matches(rule_pats, "denial/did-not", text, sent, low):
        measure = verbs[(m["v"] or m["w"]).lower()]
        found.append(_denial(text, m.start(), m.end(), measure, "people", None, "denial/did-not"))
    for m in _cued_matches(rule_pats, "denial/without", text, sent, low):
        if m["t"]:
            measure = _deny_after_measure(lex, " ".join(m["t"].lower().split()))
        else:
            measure = nouns[" ".join((m["n"] or m["n2"]).lower().split())]
        found.append(_denial(text, m.start(), m.end(), measure, "people", None, "denial/without"))
    for m in _cued_matches(rule_pats, "denial/reports-false", text, sent, low):
        found.append(  # the span: the reports, the figure they give and the word that denies it
            _denial(
                text,
                m.start(),  # (from the reports: the figure inside is theirs, the denial is not)
                m.end(),
                _deny_after_measure(lex, " ".join(m["t"].lower().split())),
                "people",
                None,
                "denial/reports-false",
            )
        )
    for m in rule_pats["denial/negator"].finditer(text, sent.start, sent.end):
        if any(s <= m.start() < e for s, e in taken) or any(
            d.q.start <= m.start() < d.q.end for d in found
        ):
            continue
        word = " ".join((m["n"] or m["p"]).lower().split())
        after = pats["deny_after"].match(text, m.end(), sent.end)
        among = None
        if after is None and m["p"] and (among := AMONG.match(text, m.end(), sent.end)):
            after = pats["deny_after"].match(text, among.end(), sent.end)  # 'Nobody on their side'
        if m.group()[:4].lower() == "none" and word in nouns:
            continue  # 'None of the dead were identified', 'none of the injured died': a part
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
        subject: str | None = _subject_of(lex, word) if word not in nouns else "people"
        rule_id = "denial/negator"
        if after is not None and among is not None:  # the people of the phrase, or of the figure
            noun = among["w"].lower()  # before ('Nobody on their side': the officers counted)
            subject = None if noun in SIDES else lex.subject_of.get(noun, "people")
            rule_id = "denial/pronoun-among"
        found.append(_denial(text, m.start(), m.end(), measure, subject, m.group(), rule_id))
    return found


AMONG = static("denial/pronoun-among")  # 'Nobody on their side', 'no one in the crowd'
SIDES = frozenset(("side", "sides", "ranks"))
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

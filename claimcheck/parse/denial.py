"""Parser stage 4b, denials: 'denied any fatalities', 'no one was killed' as figures of zero."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.lexicon import Lexicon, alternation
from claimcheck.models import Quantity
from claimcheck.parse.head import Mention
from claimcheck.parse.rules import patterns, rule
from claimcheck.parse.sentences import Sentence


@lru_cache(maxsize=8)
def denial_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    deny = lex.data["denial"]
    deny_nouns = {w: m for m, ws in deny["noun_measures"].items() for w in ws}
    return {
        "deny_after": re.compile(
            rf"[\"”’']?\s*(?:(?:was|were|had|has|have|been|being|got|get|gets|reportedly|ever|so\s+far|yet|seriously"
            rf"|critically|fatally|badly|gravely|severely)\s+)*"
            rf"(?P<t>{alternation([w for ws in deny['after'].values() for w in ws])})\b",
            re.IGNORECASE,
        ),
        "denial_cue": re.compile(
            rf"(?:{alternation(deny['negators'] + deny['pronouns'] + deny['verbs'] + deny['cues'])})\b"
        ),  # a word that may deny a figure, in folded text: only those sentences are searched
        "deny_nouns_map": deny_nouns,  # type: ignore[dict-item]
    }


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
    for m in rule_pats["denial/none-of"].finditer(text, sent.start, sent.end):
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
    for m in rule_pats["denial/reported-no"].finditer(text, sent.start, sent.end):
        measure = nouns[" ".join(m["n"].lower().split())]
        found.append(
            _denial(text, m.start("d"), m.end("d"), measure, "people", None, "denial/reported-no")
        )
    verbs = _verb_measures()
    for m in rule_pats["denial/did-not"].finditer(text, sent.start, sent.end):
        some = m["one"] or m["some"]  # 'a single protester', 'any of the journalists'
        found.append(
            _denial(
                text,
                m.start(),
                m.end(),
                verbs[(m["v"] or m["w"]).lower()],
                _subject_of(lex, some) if some else "people",
                some,
                "denial/did-not",
            )
        )
    for m in rule_pats["denial/without"].finditer(text, sent.start, sent.end):
        if m["t"]:
            measure = _deny_after_measure(lex, " ".join(m["t"].lower().split()))
        else:
            measure = nouns[" ".join((m["n"] or m["n2"]).lower().split())]
        found.append(_denial(text, m.start(), m.end(), measure, "people", None, "denial/without"))
    for m in rule_pats["denial/reports-false"].finditer(text, sent.start, sent.end):
        found.append(  # the span: the figure denied and the word that denies it
            _denial(
                text,
                m.start("fig"),
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
        subject = _subject_of(lex, word) if word not in nouns else "people"
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

"""Tests of claimcheck.parse.denial (the parse's denials: 'no one was killed' as a figure of zero)."""

from __future__ import annotations

import random

from corpus import report_texts

from claimcheck.lexicon import load_lexicon
from claimcheck.parse.denial import _cue_heads, _cues, denial_cues, denial_patterns
from claimcheck.parse.numbers import fold

LEX = load_lexicon()


def _cue_scan(low: str, start: int) -> list[int]:
    """denial_cues as the pattern's own scan reads it, then the plain-string cues."""
    found = [
        m.start()
        for m in denial_patterns(LEX)["denial_cue"].finditer(low, start)
        if m.start() == 0 or not low[m.start() - 1].isalnum()
    ]
    for cue in _cues(LEX):
        at = low.find(cue, start)
        while at >= 0:
            end = at + len(cue)
            if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                found.append(at)
            at = low.find(cue, end)
    return found


def test_denial_cues_are_tried_where_their_words_open() -> None:
    """denial_cues tries its pattern only where one of its words' heads is (str.find): the same
    cues as the pattern's finditer, on every test report (folded, from several starts) and on
    random strings of the letters the words open with (a cue inside a word hiding the next)."""
    texts = [fold(t) for t in report_texts()]
    rng = random.Random(26)
    words = ["no", "one", "not", "any", "casino", "denied", "deny", "ruled", "out", "zero", "none", "of", "the", "-", "x"]
    seps = [" ", "  ", "\n", "", "\t", ", "]
    texts += ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    assert _cue_heads(LEX)
    cues = denial_patterns(LEX)["denial_cue"]
    for low in texts:
        for start in (0, 1, len(low) // 3):
            got = denial_cues(LEX, low, start)
            want = _cue_scan(low, start)
            assert got == want, (low[:80], start)
        assert all(any(low.startswith(h, m.start()) for h in _cue_heads(LEX)) for m in cues.finditer(low))

"""Tests of claimcheck.parse.sentences (a report's text cut into sentences)."""

from __future__ import annotations

import random

from corpus import report_texts

from claimcheck.lines import line_spans, offsets
from claimcheck.parse.sentences import LINE, SENTENCE_END, _sentence_ends


def test_lines_and_sentence_ends_are_found_at_their_marks() -> None:
    """split_sentences reads its lines by str.find of the breaks and tries SENTENCE_END only at
    the text's '.', '!' and '?': the same lines and ends as the patterns' own scans, on every
    test report (from several starts) and on random strings."""
    texts = list(report_texts())
    rng = random.Random(26)
    alphabet = ".!?\n ”)][4]A1a\t\r"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    for text in texts:
        for start in (0, 1, len(text) // 3):
            lines = [(start + m.start(), start + m.end()) for m in LINE.finditer(text[start:])]
            assert list(line_spans(text, start)) == lines
            marks = sorted([*offsets(text, ".", start), *offsets(text, "!", start), *offsets(text, "?", start)])
            for lo, hi in lines:
                want = [m.span("close") + m.span() for m in SENTENCE_END.finditer(text, lo, hi)]
                assert [m.span("close") + m.span() for m in _sentence_ends(text, marks, lo, hi)] == want

"""Warnings about texts the parser reads poorly: the longest unpunctuated stretch."""

from __future__ import annotations

import random
import re

import pytest

from claimcheck.textcheck import LONG_SENTENCE, _longest_run, text_notes

MARK = re.compile(r"[.!?\n。！？]")


def _text(rng: random.Random, length: int, density: float) -> str:
    return "".join(
        rng.choice(".!?\n。！？") if rng.random() < density else "a" for _ in range(length)
    )


@pytest.mark.parametrize("seed", range(40))
def test_longest_run_finds_every_stretch_long_enough_to_warn(seed: int) -> None:
    rng = random.Random(seed)
    body = _text(
        rng, rng.choice([0, 9, 4_999, 5_000, 5_001, 12_000]), rng.choice([0, 1e-4, 1e-3, 0.05])
    )
    longest = max(map(len, MARK.split(body)), default=0)
    if longest >= LONG_SENTENCE:
        assert _longest_run(body) == longest
    else:
        assert _longest_run(body) < LONG_SENTENCE


def test_a_long_stretch_after_short_sentences_is_reported_with_its_length() -> None:
    run = "and the police said that the crowd was " * 150
    body = "The police said the crowd was large. " * 200 + run + ". It ended."
    assert text_notes(body) == [
        f"{len(run) + 1:,} characters with no sentence punctuation (. ! ?) or line break are "
        "read as one sentence: its claims may be misattributed, and parsing it is slow"
    ]

"""Warnings about texts the parser reads poorly: another language, no sentence punctuation,
tables of numbers. Cheap checks on the text alone; they never change what is extracted."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

SAMPLE = 2_000  # characters looked at for the language checks (some 300 words: plenty)
MIN_WORDS = 20  # fewer words than this is too little to judge the language
MIN_ENGLISH = 0.12  # English prose has about 40% of these words; other languages a few %
LONG_SENTENCE = 5_000  # characters with no . ! ? or line break are one (slow, vague) sentence
MIN_TABLE_LINES = 2

ENGLISH = frozenset(
    """the of and to in a is was were are be been has have had it its on at by for from with
    as that this which who he she they their them his her said says not but or an after into
    than more over police people killed arrested injured""".split()
)
_ASCII_WORD = re.compile(r"[a-z]+")
SENTENCE_MARKS = ".!?\n。！？"
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f]")
_DIGIT = re.compile(r"\d")
MAX_ROW = 300  # a table row is short; longer lines are prose
_CELL_SPLIT = tuple(
    re.compile(p) for p in (r"\|", r"\t", r";", r",(?!\d{3}(?:\D|$))", r" {2,}")
)  # a comma before three digits is a thousands separator, not a cell's end
_NUMBER_CELL = re.compile(r"[-+−]?\(?[\d][\d,.\s]*%?\)?")


def text_notes(text: str, start: int = 0) -> list[str]:
    """One-line warnings about ``text[start:]`` (empty for ordinary English prose)."""
    notes: list[str] = []
    body = text[start:]
    language = _language_note(body[:SAMPLE])
    if language:
        notes.append(language)
    run = _longest_run(body)
    if run >= LONG_SENTENCE:
        notes.append(
            f"{run:,} characters with no sentence punctuation (. ! ?) or line break are read "
            "as one sentence: its claims may be misattributed, and parsing it is slow"
        )
    rows = _table_lines(body)
    if rows >= MIN_TABLE_LINES:
        notes.append(
            f"{rows} lines look like a table of numbers: claimcheck reads figures in "
            "sentences, so figures in table cells may be missed"
        )
    return notes


def _longest_run(body: str) -> int:
    """The length of the longest stretch of ``body`` without sentence punctuation, when it is
    LONG_SENTENCE or more (else possibly less). Such a stretch holds a multiple of half that
    length, so only the stretches around those points are measured, with str.find (a pattern
    such as [^.!?]{5000,} backtracks quadratically; splitting the text copies all of it)."""
    best, at, step = 0, 0, LONG_SENTENCE // 2
    while at < len(body):
        if body[at] not in SENTENCE_MARKS:
            left = max(body.rfind(c, 0, at) for c in SENTENCE_MARKS)
            found = [i for c in SENTENCE_MARKS if (i := body.find(c, at)) != -1]
            right = min(found, default=len(body))
            best = max(best, right - left - 1)
            at = right  # the next point is past this stretch
        at += step
    return best


def _language_note(sample: str) -> str | None:
    # ASCII words (a plain class scans many times faster than a Unicode one) and the other
    # letters, counted apart; English is judged on the ASCII words
    words = _ASCII_WORD.findall(sample.lower())
    others = (
        [] if sample.isascii() else [ch for ch in _NON_ASCII_LETTER.findall(sample) if ch.isalpha()]
    )
    letters = sum(map(len, words)) + len(others)
    if letters < MIN_WORDS * 3:
        return None
    scripts = Counter(map(_script, others))
    latin = letters - sum(n for s, n in scripts.items() if s != "Latin")
    if latin < letters / 2:
        script = max((s for s in scripts if s != "Latin"), key=scripts.__getitem__)
        return (
            f"written mostly in {script} script; claimcheck reads English, so figures in it "
            "are likely missed"
        )
    if len(words) < MIN_WORDS:
        return None
    share = sum(map(ENGLISH.__contains__, words)) / len(words)
    if share < MIN_ENGLISH:
        return (
            "does not look like English; claimcheck reads English, so figures in it are "
            "likely missed"
        )
    return None


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0] if name else "Unknown"
    if word in ("LATIN", "MODIFIER", "COMBINING"):
        return "Latin"
    return {"CJK": "Chinese/Japanese (CJK)", "HANGUL": "Korean (Hangul)"}.get(word, word.title())


def _table_lines(body: str) -> int:
    """How many lines read as rows of a table with two or more numeric cells."""
    count = 0
    for line in body.splitlines():
        if len(line) > MAX_ROW or not _DIGIT.search(line):
            continue
        for split in _CELL_SPLIT:
            cells = [c.strip() for c in split.split(line) if c.strip()]
            if len(cells) < 2:
                continue
            numbers = sum(1 for c in cells if _NUMBER_CELL.fullmatch(c))
            if numbers >= 2 and numbers * 2 >= len(cells):
                count += 1
                break
    return count

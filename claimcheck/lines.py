"""Shared helper for the stages that read a text line by line (a leaf module: it imports
nothing of claimcheck): the matches of a pattern anchored at line starts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


def line_matches(
    pattern: re.Pattern[str],
    text: str,
    start: int = 0,
    longest: int | None = None,
    last: Callable[[str], bool] | None = None,
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, start)`` finds, for a ``re.MULTILINE`` pattern that
    opens with ``^`` (so every match starts a line), trying only the line starts.

    Python's engine tries ``^`` at every character, which on a long text costs a scan of the
    whole of it per pattern; here it is tried once a line. ``longest``, for a pattern that
    matches only a whole line of at most that many characters between leading and trailing
    spaces or tabs (a heading), skips longer lines without trying it (a paragraph's line
    would cost a try at each of its first ``longest`` characters). ``last``, for a pattern
    that matches only a whole line (up to trailing spaces or tabs), tells whether the line's
    last other character may end a match (``str.isdigit`` for a row of figures): the other
    lines are skipped without trying it.

    >>> heading = re.compile(r"^(?P<h>[A-Z][a-z]+)$", re.MULTILINE)
    >>> [m["h"] for m in line_matches(heading, "Intro\\nsome text\\nDeaths\\nmore", 1)]
    ['Deaths']
    >>> row = re.compile(r"^(?P<r>[A-Z][a-z]+ \\d+)[ \\t]*$", re.MULTILINE)
    >>> [m["r"] for m in line_matches(row, "Bo 2\\nKenema 19 \\nno 3x", last=str.isdigit)]
    ['Bo 2', 'Kenema 19']
    """
    n = len(text)
    at = start
    if at > 0 and text[at - 1] != "\n":
        at = text.find("\n", at) + 1
        if at == 0:
            return
    while at <= n:
        if last is not None:
            end = text.find("\n", at)
            end = n if end < 0 else end
            k = end - 1
            while k >= at and text[k] in " \t":
                k -= 1
            if k < at or not last(text[k]):
                if end == n:
                    return
                at = end + 1
                continue
        if longest is not None:
            end = text.find("\n", at)
            end = n if end < 0 else end
            if end - at > longest and len(text[at:end].strip(" \t")) > longest:
                if end == n:
                    return
                at = end + 1
                continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()
            if end > at and text[end - 1] == "\n":
                at = end  # the match took its line's break: the next line starts where it ends
                continue
            at = max(at, end)
        at = text.find("\n", at) + 1
        if at == 0:
            return


def matches_from(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern every match of which starts at one
    of the offsets ``starts`` (ascending; none of its matches empty), trying only there.

    >>> word = re.compile(r"\\bfor\\b|^-+$", re.MULTILINE)
    >>> [m.span() for m in matches_from(word, "--\\nfor me, for", [0, 3, 3, 11])]
    [(0, 2), (3, 6), (11, 14)]
    """
    end = 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)) is not None:
            yield m
            end = m.end()


UNFOLDED = "ſıİ"  # what re's IGNORECASE matches to an 's' or an 'i' and str.lower() does not give


def cue_starts(text: str, low: str, cues: tuple[str, ...], line_starts: bool = False) -> list[int] | None:
    """Where a case-blind pattern's match may start, for a pattern every match of which opens
    with one of ``cues`` (lower case; after ``\\b`` at most) or, with ``line_starts``, at a line's
    start: the offsets of the cues in ``low`` (``text`` lower-cased with its offsets kept) and of
    the line starts, ascending. None when the text holds a character that IGNORECASE matches to
    an ASCII letter and lower-casing does not (then only the pattern's own scan is exact).
    What cues a pattern opens with: ``claimcheck.parse.rules.leading_literals``.

    >>> cue_starts("Ends.\\nFor more, for", "ends.\\nfor more, for", ("for",), line_starts=True)
    [0, 6, 16]
    """
    if any(c in text for c in UNFOLDED):
        return None
    found = {0, *(at + 1 for at in offsets(text, "\n"))} if line_starts else set()
    for cue in cues:
        found.update(offsets(low, cue))
    return sorted(found)


def offsets(text: str, word: str, start: int = 0) -> Iterator[int]:
    """Where ``word`` is in ``text`` from ``start``, each place (overlapping ones too), left to
    right, found by ``str.find`` (a scan in C).

    >>> list(offsets("for more, for", "for")), list(offsets("for more, for", "for", 1))
    ([0, 10], [10])
    """
    at = text.find(word, start)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)

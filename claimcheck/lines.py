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

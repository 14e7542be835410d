"""Shared helper for the stages that read a text line by line (a leaf module: it imports
nothing of claimcheck): the matches of a pattern anchored at line starts."""

from __future__ import annotations

import re
from collections.abc import Iterator


def line_matches(pattern: re.Pattern[str], text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, start)`` finds, for a ``re.MULTILINE`` pattern that
    opens with ``^`` (so every match starts a line), trying only the line starts.

    Python's engine tries ``^`` at every character, which on a long text costs a scan of the
    whole of it per pattern; here it is tried once a line.

    >>> heading = re.compile(r"^(?P<h>[A-Z][a-z]+)$", re.MULTILINE)
    >>> [m["h"] for m in line_matches(heading, "Intro\\nsome text\\nDeaths\\nmore", 1)]
    ['Deaths']
    """
    n = len(text)
    at = start
    if at > 0 and text[at - 1] != "\n":
        at = text.find("\n", at) + 1
        if at == 0:
            return
    while at <= n:
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

"""Shared helper for the stages that read a text line by line (a leaf module: it imports
nothing of claimcheck): the matches of a pattern anchored at line starts."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any


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
    openers = line_openers(pattern) if isinstance(pattern, re.Pattern) else None
    if openers is not None:  # only the lines that open with a character a match may open with
        yield from _opened_matches(pattern, text, at, openers, longest, last)
        return
    while at <= n:
        if last is not None or longest is not None:
            end = text.find("\n", at)
            end = n if end < 0 else end
            if _skipped(text, at, end, longest, last):
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


def _skipped(text: str, line: int, end: int, longest: int | None, last: Callable[[str], bool] | None) -> bool:
    """Whether the line text[line:end] cannot hold a match, by line_matches' ``longest`` (a
    longer line, between leading and trailing spaces or tabs) or ``last`` (its last character
    but trailing spaces or tabs, or an empty line)."""
    if last is not None:
        k = end - 1
        while k >= line and text[k] in " \t":
            k -= 1
        if k < line or not last(text[k]):
            return True
    return longest is not None and end - line > longest and len(text[line:end].strip(" \t")) > longest


def _opened_matches(
    pattern: re.Pattern[str],
    text: str,
    at: int,
    openers: frozenset[str],
    longest: int | None,
    last: Callable[[str], bool] | None,
) -> Iterator[re.Match[str]]:
    """line_matches' loop over the line starts from ``at`` whose first character is one of
    ``openers`` or not ASCII (the others cannot start a match)."""
    by_first = _lines_by_first(text)
    starts = sorted(s for c, found in by_first.items() if c in openers or not c.isascii() for s in found)
    n = len(text)
    for line in starts[bisect.bisect_left(starts, at) :]:
        if line < at:
            continue
        if last is not None or longest is not None:
            end = text.find("\n", line)
            if _skipped(text, line, n if end < 0 else end, longest, last):
                continue
        m = pattern.match(text, line)
        if m is None:
            continue
        yield m
        stop = m.end()
        if stop > line and text[stop - 1] == "\n":
            at = stop  # the match took its line's break: the next line starts where it ends
            continue
        at = text.find("\n", max(line, stop)) + 1
        if at == 0:
            return


def sre_modules() -> tuple[Any, Any, Any, Any]:
    """The standard library's pattern parser and its constants (``re._parser`` and
    ``re._constants`` since Python 3.11, ``sre_parse`` and ``sre_constants`` before): private
    modules, read only to learn where a pattern's matches may open or what they may hold
    (line_openers, where._unmatched, rules.required_literals and leading_literals); with the
    codes of an atomic group and a possessive repeat, None before Python 3.11, which has
    neither."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as _constants
        import sre_parse as _parser
    return _parser, _constants, getattr(_constants, "ATOMIC_GROUP", None), getattr(_constants, "POSSESSIVE_REPEAT", None)


def sre_inner(op: Any, av: Any, blind: bool) -> tuple[Any, bool, int] | None:
    """The items inside a parsed pattern's group, atomic group or repeat (node ``op, av``),
    whether they are read case-blind (``blind`` outside; a group may turn it on or off) and the
    fewest times they occur (0 for an optional repeat); None for any other node. The one way in
    for the readers of parsed patterns (line_openers, where._unmatched,
    rules.required_literals and leading_literals).

    >>> _, c, _, _ = sre_modules()
    >>> [sre_inner(op, av, False)[1:] for op, av in _parse(r"(?i:ab)x*(?:c)+")]
    [(True, 1), (False, 0), (False, 1)]
    """
    if op is None:
        return None
    _, c, atomic, possessive = sre_modules()
    if op is c.SUBPATTERN:
        _, on, off, sub = av
        return sub, (blind or bool(on & re.IGNORECASE)) and not off & re.IGNORECASE, 1
    if op is atomic:
        return av, blind, 1
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, possessive):
        return av[2], blind, av[0]
    return None


def _parse(pattern: str, flags: int = 0) -> Any:
    """``pattern`` parsed by the standard library's parser (doctests)."""
    return sre_modules()[0].parse(pattern, flags)


_LAST_LINES: tuple[tuple[str, dict[str, list[int]]], ...] = ()
LINES_KEPT = 4  # the texts whose line index is kept: a report's, its text as read, its body's


def _lines_by_first(text: str) -> dict[str, list[int]]:
    """The starts of ``text``'s lines by their first character ('' for an empty last line),
    remembered for the last few texts (the stages that read a report's lines share them)."""
    global _LAST_LINES
    kept = _LAST_LINES  # one read: another thread may replace it meanwhile
    for done, by_first in kept:
        if done is text:
            return by_first
    by_first = {}
    at = 0
    while True:
        first = text[at : at + 1]
        if first in by_first:
            by_first[first].append(at)
        else:
            by_first[first] = [at]
        at = text.find("\n", at) + 1
        if at == 0:
            break
    _LAST_LINES = ((text, by_first), *kept[: LINES_KEPT - 1])
    return by_first


@lru_cache(maxsize=256)
def line_openers(pattern: re.Pattern[str]) -> frozenset[str] | None:
    r"""The ASCII characters a line may open with where ``pattern`` (``re.MULTILINE``, opening
    with ``^``) matches at its start, read off the pattern; None when the pattern does not open
    with ``^``, may match an empty string, or may open with any character, one of a negated
    class or a group's reference. A line that opens with another ASCII character cannot start
    a match (one that opens with a character not ASCII may: ``\w``, ``\d`` and ``\s`` match
    some, and case-blind letters fold to ASCII ones).

    >>> sorted(line_openers(re.compile(r"^[ \t]*(?:\d\s+)?(?:notes|Links):?$", re.M | re.I)) - set("0123456789"))
    ['\t', ' ', 'L', 'N', 'l', 'n']
    >>> line_openers(re.compile(r"^.+", re.M)) is None, line_openers(re.compile(r"^[ \t]*$", re.M)) is None
    (True, True)
    """
    p, c, _, _ = sre_modules()
    ascii_chars = [chr(k) for k in range(128)]
    categories = {
        c.CATEGORY_DIGIT: "0123456789",
        c.CATEGORY_SPACE: " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f",
        c.CATEGORY_WORD: "".join(ch for ch in ascii_chars if ch.isalnum() or ch == "_"),
    }

    def chars(code: int, blind: bool) -> set[str] | None:
        ch = chr(code)
        if not blind:
            return {ch}
        if not ch.isascii():
            return None  # (a letter not ASCII that case-blind matching may fold to an ASCII one)
        return {ch, ch.lower(), ch.upper()} | {x for x in ascii_chars if x.lower() == ch.lower()}

    def first(items: Any, blind: bool) -> tuple[set[str] | None, bool]:
        """The first characters of a match of ``items`` and whether it may be empty."""
        out: set[str] = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # (zero-width)
            if op is c.LITERAL:
                one = chars(av, blind)
                return (None, False) if one is None else (out | one, False)
            if op is c.IN:
                found: set[str] = set()
                for op2, av2 in av:
                    if op2 is c.LITERAL:
                        one = chars(av2, blind)
                    elif op2 is c.RANGE and av2[1] < 128:
                        one = set()
                        for code in range(av2[0], av2[1] + 1):
                            one |= chars(code, blind) or set()
                    elif op2 is c.CATEGORY and av2 in categories:
                        one = set(categories[av2])
                    else:
                        return None, False
                    if one is None:
                        return None, False
                    found |= one
                return out | found, False
            inner = sre_inner(op, av, blind)
            if inner is not None:
                got, empty = first(inner[0], inner[1])
                empty = empty or inner[2] == 0
            elif op is c.BRANCH:
                each = [first(sub, blind) for sub in av[1]]
                if any(got is None for got, _ in each):
                    return None, False
                got = set().union(*(got for got, _ in each))  # type: ignore[misc]
                empty = any(empty for _, empty in each)
            else:
                return None, False  # (any character, a negated literal, a group's reference …)
            if got is None:
                return None, False
            out |= got
            if not empty:
                return out, False
        return out, True

    parsed = list(p.parse(pattern.pattern, pattern.flags))
    if not parsed or parsed[0] != (c.AT, c.AT_BEGINNING) or not pattern.flags & re.MULTILINE:  # ('^')
        return None
    found, empty = first(parsed[1:], bool(pattern.flags & re.IGNORECASE))
    return None if found is None or empty else frozenset(found)


def matches_from(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds (``finditer(text, starts[0], endpos)`` with an
    ``endpos``), for a pattern every match of which starts at one of the offsets ``starts``
    (ascending; none of its matches empty), trying only there.

    >>> word = re.compile(r"\\bfor\\b|^-+$", re.MULTILINE)
    >>> [m.span() for m in matches_from(word, "--\\nfor me, for", [0, 3, 3, 11])]
    [(0, 2), (3, 6), (11, 14)]
    """
    end, hi = 0, len(text) if endpos is None else endpos
    for at in starts:
        if at >= end and (m := pattern.match(text, at, hi)) is not None:
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


def line_spans(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """The spans of the runs of characters but line breaks in text[start:] (what a finditer of
    ``[^\\n]+`` from ``start`` finds), found by ``str.find`` of the breaks, not by a pattern's
    scan of every character.

    >>> list(line_spans("ab\\n\\n c\\n", 1))
    [(1, 2), (4, 6)]
    """
    at, n = start, len(text)
    while at < n:
        end = text.find("\n", at)
        if end < 0:
            end = n
        if end > at:
            yield at, end
        at = end + 1


def offsets(text: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where ``word`` is in ``text`` from ``start`` (and before ``end``: the whole word), each
    place (overlapping ones too), left to right, found by ``str.find`` (a scan in C).

    >>> list(offsets("for more, for", "for")), list(offsets("for more, for", "for", 1))
    ([0, 10], [10])
    >>> list(offsets("for more, for", "for", 0, 12))
    [0]
    """
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)

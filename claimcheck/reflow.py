"""Parser input: hard-wrapped prose read as its paragraphs, offsets kept.

Plain-text wires, e-mails, ``lynx -dump`` pages and many saved reports break every line at a
fixed width (72, 80, 100 characters). The parser ends a sentence at a line break, so a wrapped
report would read ``it estimated that between 150 and 200`` and ``people died.`` as two
sentences and lose the figure. A soft break, a line break that only the wrapping put there,
becomes a space; the text keeps its length, so every offset still points at the file's own
characters and a claim's ``text`` is read from the file (see ``claimcheck.parse.document``).

A report is wrapped when several of its lines end close to one width (the longest line of a
cluster, at most ``MAX_WIDTH``); a break is soft when the line before it is full (the next line's
first word would not have fitted on it) and neither line is a layout line: a list item, a
table row (cells set apart by tabs, bars or runs of spaces), a timestamped entry, a heading in
capitals, a label ending with ':', a line set far in (a page's running header or number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_WIDTH = 160  # longer lines are paragraphs on one line, not a wrapping width
MIN_WIDTH = 40
NEAR = 20  # a full line ends within this many characters of the width
MIN_FULL = 4  # ... and a wrapped report has at least this many full lines
SHARE_FULL = 0.3  # ... making up this share of its lines of MIN_WIDTH or more
SLACK = 3  # a width measured on the text may fall short of the one it was wrapped at
FURNITURE_INDENT = 16  # a line indented further is centred or set right (a page's running
# header, its number, a title): no prose line, it neither sets the width nor joins its neighbours

_COLUMN_GAP = re.compile(r"\S[ ]{3,}\S")  # cells or columns set apart by spaces ('Tarsin    41    122')
_LAYOUT_START = re.compile(
    r"""[ \t]*(?:
        [-*•–—+>|#]                  # a list bullet, a table row, a quotation or heading mark
      | \d{1,3}[.)](?:\s|$)          # '1. ', '2) '
      | \d{1,2}[:.h]\d\d\b           # a timestamp ('22:40 —', '9.05', '14h30')
      | \[\d{1,3}\]                  # a reference list ('[3] …')
      | [A-Z][\w-]*(?:[ ][\w-]+){0,2}:\s  # a label ('Deaths: 14', 'Non-fatal injuries: 118')
    )""",
    re.VERBOSE,
)


_BULLET = re.compile(r"[ \t]*[-*•·–—+]\s")  # a list item: it may run past the width (not a numbered paragraph)


_NUMBERED = re.compile(r"[ \t]*\d{1,3}[.)][ \t]")  # '2. ^ "A reference …"': a numbered item


def _run_on(line: str, after: list[str]) -> bool:
    """``line`` is a list item, a table row or a link, which runs on past the width the
    paragraphs were wrapped at: no measure of that width (a page's numbered references, each
    on a line of its own, its 'Categories: … | …' line and its 'Retrieved from "https://…"'). A
    numbered paragraph wrapped onto the next line (``after``) is prose.

    >>> _run_on('2. ^ "A long reference title". The Daily (in Spanish). 18 June 2002.', ["3. ^ …"])
    True
    >>> _run_on("1. Between 1 and 30 November 2026, the Mission documented", ["at least 64 …"])
    False
    """
    if _BULLET.match(line) or "|" in line or "\t" in line or "://" in line:
        return True
    return bool(_NUMBERED.match(line)) and (not after or not after[0].strip() or bool(_NUMBERED.match(after[0])))


def wrap_width(lines: list[str]) -> int | None:
    """The width ``lines`` were wrapped at, or None when they were not wrapped.

    >>> wrap_width(["x" * 70, "y" * 64, "z" * 75, "w" * 72, "end."])
    75
    >>> wrap_width(["A paragraph on one line " * 12, "Another one, shorter " * 8]) is None
    True
    >>> wrap_width(["• " + "b" * 98, "x" * 70, "y" * 64, "z" * 75, "w" * 72, "end."])  # not the bullet's
    75
    >>> wrap_width(["p" * 300, "q" * 250, "r" * 200, "1. A reference " * 5, "2. Another " * 7,
    ...             "3. A third one " * 5, "4. And a fourth " * 5]) is None  # notes under paragraphs
    True
    """
    lengths = sorted(
        (
            n
            for k, line in enumerate(lines)
            if (n := len(line)) >= MIN_WIDTH and not _furniture(line) and not _run_on(line, lines[k + 1 : k + 2])
        ),
        reverse=True,
    )  # (a bullet's item runs on one line past the width the paragraphs are wrapped at)
    if len(lengths) < MIN_FULL:
        return None
    for k, width in enumerate(lengths[:12]):  # a few overlong lines (a link, a table) may top it
        if width > MAX_WIDTH or (k and width == lengths[k - 1]):
            continue
        full = sum(1 for n in lengths if width - NEAR <= n <= width)
        if full >= MIN_FULL and full >= SHARE_FULL * len(lengths) and k <= max(2, full // 10):
            return width  # (a page of paragraphs on one line each has many lines above it)
    return None


def soft_breaks(text: str) -> tuple[int, ...]:
    """The offsets of the line breaks in ``text`` that only the wrapping put there.

    >>> para = ("Rescue groups said on Friday that between 150 and 200 people had died in the "
    ...         "landslide, far more than the official toll, and that many more were missing. ")
    >>> import textwrap
    >>> wrapped = textwrap.fill(para * 3, 72) + "\\n\\nCasualties:\\n- Deaths: 14"
    >>> breaks = soft_breaks(wrapped)
    >>> len(breaks) == wrapped[: wrapped.index("\\n\\n")].count("\\n")
    True
    >>> soft_breaks("Police said 300\\npeople were held.")  # a short text: not wrapped
    ()
    """
    if "\n" not in text:
        return ()
    lines = text.split("\n")
    width = wrap_width([line.rstrip() for line in lines]) if text.count("\n") >= MIN_FULL else None
    # (a page's furniture is left out)
    out: list[int] = []
    at = 0
    for line, after in zip(lines, lines[1:]):  # noqa: B905 (one shorter by design)
        at += len(line)
        if width is not None and _soft(line.rstrip(), after, width) or _dangling(line.rstrip(), after):
            out.append(at)
        at += 1
    return tuple(out)


_DANGLING_END = re.compile(r"[a-z,]\s(?:of|the|a|an|to|by|with|from|for|and|or|at|in|on|than|as|during|into|that)$")
# a word no sentence or heading ends on: the line was broken in the middle of its sentence


def _dangling(line: str, after: str) -> bool:
    """The break after ``line`` falls inside a sentence, whatever the text's width: the line
    ends on a word no sentence ends on (a preposition, an article, a conjunction) after a
    lower-case word, and the next line goes on in prose, neither a layout line (a scraped
    page's odd breaks: '… during the fourth day of mobilization of' / '"Yellow vests," said
    the Interior Minister').

    >>> _dangling("Some 125,000 marched on Saturday, the fourth day of", '"Blue scarves," said the minister.')
    True
    >>> _dangling("Casualties of", "- Deaths: 14"), _dangling("Police said 300 were held.", "They were freed.")
    (False, False)
    """
    nxt = after.lstrip()
    if not nxt or not _DANGLING_END.search(line) or not (nxt[0].islower() or nxt[0] in "\"“‘'"):
        return False
    return not (_LAYOUT_START.match(after) or _furniture(line) or _furniture(after) or "\t" in line or "|" in line)


def _soft(line: str, after: str, width: int) -> bool:
    """The break between ``line`` and ``after`` is a soft one."""
    nxt = after.lstrip()
    if not line.strip() or not nxt or len(line) > width:
        return False
    word = nxt.split(None, 1)[0]
    if len(line) + 1 + len(word) <= width - SLACK and not (
        len(line) >= width - NEAR
        and (line[-1].isalpha() or line[-1] in ",;")
        and (nxt[0].islower() or nxt[0].isdigit() and line[-1].islower())
    ):  # (a full line whose sentence runs on is wrapped, even where a word would have fitted:
        #  'by the page "X", which has' / 'about 120,000 followers, claims'; 'while the union
        #  claimed' / '3,000.'; 'on the day of the shooting,' / 'later revising …')
        return False  # the word would have fitted: the line ended there on purpose
    if not (nxt[0].isalnum() or nxt[0] in "\"“‘'(["):
        return False  # a post's counters ('🔁 1.9K ❤ 9.4K'), a rule, a symbol: not prose
    if line.endswith(":") or "\t" in line or "\t" in after or "|" in line or "|" in after:
        return False
    if " · " in line or " · " in after:
        return False  # a page's meta line ('Kampala Herald · 2h ago', 'By X · 3 min read'): no prose
    if _COLUMN_GAP.search(line.strip()) or _COLUMN_GAP.search(nxt):
        return False  # a table's row set out in columns, two columns of a page side by side
    if _LAYOUT_START.match(after) or (line.isupper() and len(line) < width - NEAR):
        return False
    return not (_furniture(line) or _furniture(after))


def _furniture(line: str) -> bool:
    """``line`` is centred or set right, as a page's running header and number are.

    >>> _furniture(" " * 40 + "HUMAN RIGHTS MONITOR"), _furniture("   At least 23 people were killed")
    (True, False)
    """
    return line[:FURNITURE_INDENT].isspace() and len(line) > FURNITURE_INDENT and line[FURNITURE_INDENT] == " "


def reflowed(text: str, breaks: Sequence[int] | None = None) -> str:
    """``text`` with its soft breaks (``soft_breaks``, or the offsets given) turned into
    spaces: the same length, every other character in place.

    >>> reflowed("one two\\nthree\\n\\nfour", (7,))
    'one two three\\n\\nfour'
    """
    breaks = soft_breaks(text) if breaks is None else breaks
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)

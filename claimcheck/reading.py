"""Parser input: the text every stage reads, made from a report's file text by same-length steps.

Plain-text reports carry marks that are no part of their sentences: an e-mail's quotation marks
(``> at least 212 people``), the citation marks of an encyclopedia or a ``lynx -dump`` page
(``the ministry said.[6]``, ``[9]Velmora Bar Association``, ``[citation needed]``), the footnote
numbers a PDF's text glues to a word (``9 children.12 A further 203``), and the line-end
hyphens of a typeset page (``demon-`` / ``strations``). Each step keeps the text's length and
every other character in place, so an offset into the text read is an offset into the file
and a claim's ``text`` is read from the file (:func:`as_written`).

The steps, in order: Markdown markup or e-mail quotation marks blanked; a subtitle file's cue
numbers and timings blanked and its lines joined; hard-wrapped lines
joined (:mod:`claimcheck.reflow`), a hyphenated word at a joined line end closed up; citation
and glued footnote marks blanked; the speakers' labels of a chat export's or a transcript's
turns blanked (:mod:`claimcheck.turns`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from claimcheck.lexicon import Lexicon
from claimcheck.markup import is_markdown, mask_markdown
from claimcheck.reflow import reflowed, soft_breaks
from claimcheck.turns import turns

# '> quoted' lines of an e-mail (two or more, a lone '>' line may be anything)
_QUOTED = re.compile(r"^(?P<m>[ \t]{0,3}(?:>[ \t]?)+)", re.MULTILINE)
# '[6]', '[8][6]', '^[12]', '[a]', '[note 3]', '[citation needed]': an encyclopedia's or a
# saved page's reference marks after punctuation ('the ministry said.[6]'), or a link's number
# glued to its words ('[9]Velmora Bar Association' in a lynx dump). One right after a word stays:
# in an infobox read as a line it parts the items ('2,500 troops[2] Unknown Casualties 27 killed[3]').
# So does one after a one-digit number's full stop ('City Hospital No. 7.[3] The ministry …'): the
# sentence splitter reads a lone digit and its stop as an initial, and the mark ends the speaker's
# name that follows.
_MARK = (
    r"\^?\[(?:\d{1,4}|[a-z]|(?:note|nb|n)[ ]?\d{1,3}|citation[ ]needed|clarification[ ]needed"
    r"|failed[ ]verification|better[ ]source[ ]needed|dubious|update|when\?|who\?|by[ ]whom\?)\]"
)
_CITATION = re.compile(
    rf"(?<=[.,;:!?\"”’])(?<!\b\d\.)(?:{_MARK})+"  # after punctuation (not a bracket: '6 killed (Army)[4]')
    rf"|(?:(?<=\s)|^)(?:{_MARK})(?=[A-Za-z\"“])",  # a link's number before its words
    re.MULTILINE,
)
# 'children.12 A further', 'killed;3 and': a footnote number glued after a word's punctuation
# (not 'No.12': the word before is read)
_GLUED_NOTE = re.compile(r"[.;:](?P<m>\d{1,3})(?=\s|$)")  # (led by its mark, not a look-behind:
# 'not counting the attackers.(1) Our researchers', 'the health ministry,(3) our': a note's
# number in brackets glued to a word's full stop or comma, as a briefing paper turned to text
# writes its note markers (not '(1)' after a space: 'in two stages (1) and (2)')
_BRACKETED_NOTE = re.compile(r"(?<=[a-z\"”’][.,])\(\d{1,2}\)(?=\s|$)", re.MULTILINE)
GLUED_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz)\"”’")  # a scan for a mark is fast) and after these
# '… at 6,000.16\n': a count's footnote read as its decimals (only where notes are glued)
_GLUED_AFTER_COUNT = re.compile(r"(?<=\d,\d\d\d\.)(?P<m>\d{1,3})(?=\s*$|\s+[A-Z])", re.MULTILINE)
# a subtitle cue's timing line ('00:00:04,200 --> 00:00:08,900', WebVTT's '00:04.200 --> …'),
# with the cue's number on the line before it in SubRip
_CUE = re.compile(
    r"^(?:\d{1,6}[ \t]*\n)?(?:\d{1,2}:)?\d\d:\d\d[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d\d:\d\d[.,]\d{3}[^\n]*$",
    re.MULTILINE,
)
MIN_CUES = 2
# comma-separated values: a line of cells with two commas or more and no comma-space (prose's)
_CSV_LINE = re.compile(r'^(?=[^\n]*[A-Za-z])(?![^\n]*, )[^,\n]*,[^\n]*,[^\n]*$', re.MULTILINE)
_CSV_ROW = re.compile(r",[^\s,]*,")  # (a cheap look first: two commas with no space after them)
# a separating comma: not inside a quoted cell ('"1,200"')
_CSV_SEP = re.compile(r',(?=(?:[^"\n]*"[^"\n]*")*[^"\n]*$)', re.MULTILINE)
MIN_CSV_ROWS = 2
_DIGIT = re.compile(r"\d")
# wikitext (an encyclopedia article's source): references, templates, links' targets, bold
# and heading marks; a table's rows ('! City !! Killed', '| [[Velmora]] || 14') read as
# ' | ' rows (claimcheck.layout)
_WIKI_MARKS = re.compile(
    r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>"           # '<ref name="x"/>', '<ref>{{cite …}}</ref>'
    r"|\{\{[^{}\n]*\}\}"                          # '{{flagicon|X}}'
    r"|\[\[(?:[^\]|\n]*\|)?|\]\]"                    # '[[Target|' and ']]' around a link's words
    r"|'{2,5}"                                     # bold and italics
    r"|^=+|=+[ \t]*$",                             # '== Casualties =='
    re.MULTILINE | re.DOTALL,
)
_WIKI_TABLE = re.compile(r"^\{\|.*?^\|\}", re.MULTILINE | re.DOTALL)
_WIKI_ROW = re.compile(r"^(?:\{\||\|\})[^\n]*|(?<=^\|-)[^\n]+|^\|\+|(?<=^)!|!!|\|\|", re.MULTILINE)
# ('|-' between rows stays: a rule line under a header, and between rows, as in Markdown)
_HYPHEN_END = re.compile(r"[a-z]-$")
# a number word's second half ('thir-' 'teen', 'twen-' 'ty'): the word is left as written, so a
# figure never starts inside moved characters
_NUMBER_HALF = re.compile(r"(?:teen|ty|hundred|thousand|million|billion|dozen|lakh|crore)s?|e|en|ve|ee|ne|ght|ven|x|ur|o|wo|hree|ive|ine", re.IGNORECASE)


def read_text(source_text: str, path: str | None, lex: Lexicon) -> str:
    """The text the parser and the time-and-place stage read for a report (see the module).

    >>> from claimcheck.lexicon import load_lexicon
    >>> print(read_text("> Police said.[3] 12 were held.\\n> Another 40 were\\n> hurt.", None, load_lexicon()))
      Police said.    12 were held.
      Another 40 were
      hurt.
    """
    grammar = lex.grammar
    out = _read(source_text, is_markdown(path), grammar["kept_hyphens"], grammar["number_abbreviations"])
    said = turns(source_text, lex)
    if not said:
        return out
    chars = list(out)  # a chat's or transcript's labels: who speaks is no part of the sentence
    for t in said:
        chars[t.label : t.start] = " " * (t.start - t.label)
    return "".join(chars)


DOUBLE_BRACKET = re.compile(r"\[\[")  # (what '"[[" in text' tells; the engine's scan for a literal
BRACKET_AFTER_MARK = re.compile(r"\((?<=[.,]\()")  # opening with a rare character skips in C, some
#  three times faster than Python's test for a two-character string: '.(' or ',(' anywhere)
GUILLEMETS = str.maketrans("«»", "“”")  # read as curly quotation marks ('«we had 212 arrested.»'): one character each, offsets kept


@lru_cache(maxsize=4)  # the parser and the time-and-place stage read the same report
def _read(text: str, markdown: bool, kept: frozenset[str], numbered: frozenset[str]) -> str:
    if markdown:
        masked = mask_markdown(text)
        breaks = soft_breaks(text)  # (a Markdown report's lines as written: its marks are layout)
    else:
        masked = (
            _repeated_quotes(text)
            if (">" in text and "\n>" in text)
            or ("te:" in text and ("wrote:" in text or "quote:" in text))
            or ("Q" in text and ("Quote" in text or "QUOTE" in text))
            else text
        )  # (not every 'quoted': a forum's 'Quote from:', 'Quote', '> …' or 'X wrote:' block; a
        #  character or a short string first: a test of one character skips through the text in C,
        #  a test of several costs some 0.5-1 ns a character)
        masked = _blank(masked, _QUOTED) if masked.count("\n>") + masked.startswith(">") >= 2 else masked
        if ">" in masked and "-->" in masked:
            masked = _subtitles(masked)
        if "+--" in masked or "+==" in masked:
            masked = _BOX_BORDER.sub(_box_borders, masked)
        if _CSV_ROW.search(masked):
            masked = _csv_tabbed(masked)
        if (DOUBLE_BRACKET.search(masked) or ("{" in masked and "{|" in masked)) and ("<ref" in masked or "{|" in masked or "{{" in masked):
            masked = _wikitext(masked)
        breaks = soft_breaks(masked)
    out = reflowed(masked, breaks)
    if breaks:
        out = _hyphens_closed(out, breaks, kept)
    if "[" in out:
        out = _citations_blanked(out)
    if BRACKET_AFTER_MARK.search(out):
        out = _blank(out, _BRACKETED_NOTE)
    if _glued_note(out):
        glued = _blank(
            out, _GLUED_NOTE,
            lambda m: m.start() > 0 and out[m.start() - 1] in GLUED_AFTER
            and _word_before(out, m.start()).lower() not in numbered,
        )  # fmt: skip
        if glued is not out:
            out = _blank(glued, _GLUED_AFTER_COUNT)
    if "«" in out or "»" in out:
        out = out.translate(GUILLEMETS)
    return out


_BOX_BORDER = re.compile(
    r"(?m)^[ \t]*\+[-=]{8,}\+[ \t]*$(?:\n[ \t]*\|[^\n|]*\|[ \t]*$)+\n[ \t]*\+[-=]{8,}\+[ \t]*$"
)  # a box drawn in text ('+------+' / '| KEY FIGURES |' / '+------+'): its borders are no words
#    (one column: a grid table's rows have bars inside, its rules '+' between columns)


def _box_borders(m: re.Match[str]) -> str:
    """A drawn box with its borders made spaces, its rows' words kept in place."""
    out = []
    for line in m.group().split("\n"):
        body = line.strip()
        if body.startswith("+"):
            out.append(" " * len(line))
        else:
            a, b = line.index("|"), line.rindex("|")
            out.append(line[:a] + " " + line[a + 1 : b] + " " + line[b + 1 :])
    return "\n".join(out)


def _glued_note(text: str) -> bool:
    """Whether ``text`` has a footnote number glued after a word's punctuation (``_GLUED_NOTE``
    after a character of GLUED_AFTER), looked for at each mark (``str.find``): a scan with
    the pattern tries every character.

    >>> _glued_note("at 8:30, 3.5 million"), _glued_note("the children.12 A further")
    (False, True)
    """
    for mark in ".;:":
        at = text.find(mark, 1)
        while at >= 0:
            if text[at + 1 : at + 2].isdecimal() and text[at - 1] in GLUED_AFTER and _GLUED_NOTE.match(text, at):
                return True
            at = text.find(mark, at + 1)
    return False


def _citations_blanked(text: str) -> str:
    """``text`` with its citation marks (``_CITATION``) made spaces: the pattern is tried only
    where a mark can start, at each '[' (or the '^' before it), as a scan of the whole text
    with a pattern that opens with look-behinds is slow.

    >>> _citations_blanked("the ministry said.[6][7] Another^[2] 40 [9]Velmora 27 killed[3]")
    'the ministry said.       Another^[2] 40    Velmora 27 killed[3]'
    """
    pieces: list[str] = []
    at = pos = 0
    while (i := text.find("[", pos)) >= 0:
        m = (i > 0 and text[i - 1] == "^" and _CITATION.match(text, i - 1)) or _CITATION.match(text, i)
        if not m:
            pos = i + 1
            continue
        pieces += [text[at : m.start()], " " * (m.end() - m.start())]
        at = pos = m.end()
    return "".join(pieces) + text[at:] if pieces else text


def _wikitext(text: str) -> str:
    """Wikitext read as its prose and its tables as ' | ' rows (same length).

    >>> text = "{| class=x\\n! City !! Killed\\n|-\\n| [[Velmora]] || 14<ref>a</ref>\\n|}"
    >>> [line.rstrip() for line in _wikitext(text).split("\\n")]
    ['', '| City  | Killed', '|-', '|   Velmora    | 14', '']
    """
    chars = list(_blank(text, _WIKI_MARKS))
    for table in _WIKI_TABLE.finditer(text):
        for m in _WIKI_ROW.finditer(text, table.start(), table.end()):
            mark = m.group()
            if mark in ("!", "!!", "||"):
                chars[m.end() - 1] = "|"  # a cell's mark: one bar (the first of two a space)
                if len(mark) == 2:
                    chars[m.start()] = " "
            else:
                chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _csv_tabbed(text: str) -> str:
    """Comma-separated values read as a tab-separated table (claimcheck.layout reads its rows):
    in a block of two lines or more with as many separating commas each (two or more, none
    with a space after it), opening with a header of words, each separating comma a tab and
    each cell's quotes spaces. Lines of figures with thousands separators ('9,000 people and
    1,100 tractors') have no header.

    >>> _csv_tabbed('district,killed,source\\nNorden,"1,200",Police\\nAnd so, on, it goes')
    'district\\tkilled\\tsource\\nNorden\\t 1,200 \\tPolice\\nAnd so, on, it goes'
    """
    chars: list[str] | None = None
    block: list[re.Match[str]] = []
    for m in [*_CSV_LINE.finditer(text), None]:
        if m is not None and block and m.start() == block[-1].end() + 1 and _seps(m) == _seps(block[-1]):
            block.append(m)
            continue
        if m is not None and _DIGIT.search(m[0]):
            m = None  # (a block opens with its header: cells in words, no figure)
        if len(block) >= MIN_CSV_ROWS:
            chars = chars if chars is not None else list(text)
            for row in block:
                for sep in _CSV_SEP.finditer(text, row.start(), row.end()):
                    chars[sep.start()] = "\t"
                for at in range(row.start(), row.end()):
                    if text[at] == '"':
                        chars[at] = " "
        block = [m] if m is not None else []
    return "".join(chars) if chars is not None else text


def _seps(row: re.Match[str]) -> int:
    return sum(1 for _ in _CSV_SEP.finditer(row.string, row.start(), row.end()))


def _subtitles(text: str) -> str:
    """A subtitle file (SubRip, WebVTT) read as one paragraph: its cues' numbers and timings
    blanked, its line breaks spaces, so a sentence runs on over the cues it is cut into.

    >>> _subtitles("1\\n00:00:01,000 --> 00:00:04,200\\nPolice say\\n\\n2\\n00:00:04,200 --> "
    ...            "00:00:08,900\\nat least 120 were\\narrested.\\n").split()
    ['Police', 'say', 'at', 'least', '120', 'were', 'arrested.']
    """
    cues = list(_CUE.finditer(text))
    if len(cues) < MIN_CUES:
        return text
    chars = list(text)
    for m in cues:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    first = cues[0].start()
    return text[:first] + "".join(chars[first:]).replace("\n", " ")


_QUOTE_HEAD = re.compile(
    r"^[ \t]*(?:quote(?:[ \t]+from)?[ \t]*:[^\n]{0,80}|quote[ \t]*|[^\n:]{1,60}[ \t]wrote:)[ \t]*\n",
    re.IGNORECASE | re.MULTILINE,
)  # a forum's 'Quote from: harbour_lad on 5 Dec 2026, 10:02', 'Quote', 'marc.vdb wrote:' over a quoted block
QUOTE_MIN = 20  # characters of a quoted line that must repeat earlier text word for word


def _repeated_quotes(text: str) -> str:
    """``text`` with each quoted line that repeats earlier text word for word made spaces: a
    reply's '> …' line, or a line of the block under 'Quote from: X on …' or 'X wrote:', that
    quotes the post it answers, whose figures were read where it was posted (a line that
    quotes what the text does not hold stays: its words are read).

    >>> t = "jo · 2h\\nBBC saying 9 dead now.\\n\\nmo · 1h\\n> BBC saying 9 dead now.\\nSky says 11."
    >>> _repeated_quotes(t).split("\\n")[4:]
    ['                        ', 'Sky says 11.']
    >>> u = "Quote from: jo on 5 Dec\\nPolice said 40 were hurt today.\\n\\nNo, 60."
    >>> _repeated_quotes(u) == u
    True
    """
    lines: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        hi = text.find("\n", m.start())
        lines.append((m.start(), len(text) if hi < 0 else hi))
    for m in _QUOTE_HEAD.finditer(text):
        lo = m.end()
        while lo < len(text) and text[lo] != "\n":  # the block's lines, to its first blank line
            hi = text.find("\n", lo)
            hi = len(text) if hi < 0 else hi
            if not text[lo:hi].strip():
                break
            lines.append((lo, hi))
            lo = hi + 1
    pieces: list[str] = []
    at = 0
    for lo, hi in sorted(set(lines)):
        body = text[lo:hi].lstrip(" \t>").strip()
        if lo >= at and _prose(body) and text.find(body, 0, lo) >= 0:
            pieces += [text[at:lo], " " * (hi - lo)]
            at = hi
    return "".join(pieces) + text[at:] if pieces else text


def _prose(line: str) -> bool:
    """Whether a quoted line is a post's words, not its head ('RC Njombe @rc_njombe · Jul 14',
    whose name line the thread repeats for each of its posts)."""
    return len(line) >= QUOTE_MIN and line.count(" ") >= 3 and not any(mark in line for mark in POST_HEAD_MARKS)


POST_HEAD_MARKS = ("@", "·", "•", "|")


def _blank(
    text: str, pattern: re.Pattern[str], keep: Callable[[re.Match[str]], bool] | None = None
) -> str:
    """``text`` with the ``m`` group (or the whole) of each match of ``pattern`` (that ``keep``
    keeps) made spaces."""
    pieces: list[str] = []
    at = 0
    for m in pattern.finditer(text):
        if keep is not None and not keep(m):
            continue
        lo, hi = m.span("m") if "m" in pattern.groupindex else m.span()
        pieces += [text[at:lo], " " * (hi - lo)]
        at = hi
    return "".join(pieces) + text[at:] if pieces else text


def _word_before(text: str, at: int) -> str:
    """The letters right before offset ``at`` ('No' of 'No.12')."""
    i = at
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:at]


def _hyphens_closed(text: str, breaks: tuple[int, ...], kept: frozenset[str]) -> str:
    """``text`` with each word hyphenated over a soft line break closed up ('demon- strations'
    reads 'demonstrations  '): the word's second half moves left by two, the two characters
    freed go after it. A hyphen that belongs to the word stays ('so- called', 'anti- war' read
    'so-called', 'anti-war' followed by a space), as does one before a capital or a digit.

    >>> _hyphens_closed("the demon-\\nstrations of 14", (10,), frozenset())
    'the demonstrations   of 14'
    >>> _hyphens_closed("an anti-\\nwar march", (8,), frozenset({"anti"}))
    'an anti-war  march'
    >>> _hyphens_closed("the demon-\\r\\nstrations of 14", (11,), frozenset())
    'the demonstrations    of 14'
    """
    chars: list[str] | None = None
    for at in breaks:
        hy = at - 2 if text[at - 1] == "\r" else at - 1  # the hyphen ('\r\n' line ends too)
        if hy < 1 or not _HYPHEN_END.search(text, hy - 1, hy + 1):
            continue
        end = at + 1
        while end < len(text) and text[end].isalpha():
            end += 1
        if end == at + 1 or not text[at + 1].islower() or _NUMBER_HALF.fullmatch(text, at + 1, end):
            continue
        start = hy
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if chars is None:
            chars = list(text)
        second = text[at + 1 : end]
        if text[start:hy].lower() in kept:  # 'anti-' 'war': the hyphen stays, the break goes
            chars[hy + 1 : end] = [*second, *" " * (at - hy)]
        else:
            chars[hy:end] = [*second, *" " * (at - hy + 1)]
    return "".join(chars) if chars is not None else text

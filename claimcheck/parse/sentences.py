"""Parser stage 1, document and sentences: a report's text cut into sentences and paragraphs, and
the quotations that run over several sentences."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from claimcheck.lexicon import Lexicon, load_lexicon
from claimcheck.lines import line_spans, matches_from, offsets

# --- sentences ---------------------------------------------------------------

SENTENCE_END = re.compile(
    r"""
    [.!?]                       # a sentence-final mark (first: the scan skips to it fast)
    (?P<close>["”’)\]]*(?:\[[\w ]{1,20}\])*)  # closing quotes or brackets, citation marks ([4])
    \s+                         # white space
    (?=["“‘(\[]?[A-Z0-9])       # the next sentence starts with a capital or digit
    """,
    re.VERBOSE,
)


LINE = re.compile(r"[^\n]+")  # a line of text


class Sentence(NamedTuple):  # a tuple: made for every sentence, it must be cheap
    start: int
    end: int
    paragraph: int


def _word_before(text: str, lo: int, hi: int) -> str:
    """The last word of text[lo:hi] with the dots inside it ('U.S'), or ''. A loop over a
    few characters: a pattern anchored at the end would be tried at every position."""
    j = hi
    while j > lo and not (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    i = j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return text[i:j]


def split_sentences(text: str, start: int = 0, lex: Lexicon | None = None) -> list[Sentence]:
    """Sentences of text[start:], as spans; a line break always ends a sentence.

    A single capital letter before a full stop is an initial ('John F. Kennedy') unless the
    next word opens a sentence (the lexicon's ``sentence_openers``, its subject and claimant
    nouns: 'gathered at Gate B. Police said …').

    >>> text = "They met at Gate B. Police said 12 were held. John F. Kennedy spoke."
    >>> [text[s.start : s.end] for s in split_sentences(text)]
    ['They met at Gate B.', 'Police said 12 were held.', 'John F. Kennedy spoke.']

    A digit before a full stop ends a sentence, unless it opens its line as a list's number
    (which is cut off):

    >>> text = "2. The convoy\\nWe passed it on Route 5. Canal 4 said 350 soldiers."
    >>> [text[s.start : s.end] for s in split_sentences(text)]
    ['The convoy', 'We passed it on Route 5.', 'Canal 4 said 350 soldiers.']

    An hour's 'a.m.' or 'p.m.' ends a sentence before a word that opens one:

    >>> text = "The bulletin came shortly after 8 a.m. It put the injured at 41, at 9 a.m. Monday."
    >>> [text[s.start : s.end] for s in split_sentences(text)]
    ['The bulletin came shortly after 8 a.m.', 'It put the injured at 41, at 9 a.m. Monday.']

    A possessive's 's' before a full stop is no initial:

    >>> text = "The only count is the commission's. After a year it named 23."
    >>> [text[s.start : s.end] for s in split_sentences(text)]
    ["The only count is the commission's.", 'After a year it named 23.']

    'No.' is an abbreviation before a number only ('Sitrep No. 2'):

    >>> text = "Were any arrests made? No. Police say nobody was held, as in Sitrep No. 2."
    >>> [text[s.start : s.end] for s in split_sentences(text)]
    ['Were any arrests made?', 'No.', 'Police say nobody was held, as in Sitrep No. 2.']
    """
    lex = lex or load_lexicon()
    openers, abbreviations = lex.sentence_openers, lex.grammar["abbreviations"]
    numbered = lex.grammar["number_abbreviations"]
    out: list[Sentence] = []
    para = 0
    marks = sorted([*offsets(text, ".", start), *offsets(text, "!", start), *offsets(text, "?", start)])
    for lo, hi in line_spans(text, start):
        if not text[lo:hi].strip():
            continue
        para += 1
        s = lo
        for m in _sentence_ends(text, marks, lo, hi):
            word = _word_before(text, max(s, m.start() - 24), m.start())
            if word.lower() in abbreviations and not (word.lower() in CLOCK_MARKS and _opens(text, m.end(), hi, openers)) or (
                word.lower() in numbered and NUMBER_NEXT.match(text, m.end())
            ) or (
                len(word) == 1
                and text[m.start() - 2 : m.start() - 1] not in ("'", "’")  # (a possessive's 's': 'the commission's.')
                and (word.isalpha() or text[s : m.start()].strip(" \t>*#-•") == word)  # (a list's digit: '2. The second slide')
                and not (word.isupper() and _opens(text, m.end(), hi, openers))
            ):
                continue  # 'Mr.', 'U.S.', an initial: not a sentence end (a digit is none: 'on Route 5. Canal 4 said')
            out.append(_trimmed(text, s, m.end("close"), para))
            s = m.end()
        out.append(_trimmed(text, s, hi, para))
    return [
        piece
        for x in out
        if x.end > x.start
        for piece in (_bounded(text, x) if x.end - x.start > MAX_SENTENCE else (x,))
        if piece.end > piece.start
    ]


def _sentence_ends(text: str, marks: list[int], lo: int, hi: int) -> Iterator[re.Match[str]]:
    """What ``SENTENCE_END.finditer(text, lo, hi)`` finds, tried only at ``marks`` (ascending:
    the text's full stops, exclamation and question marks, each of its matches opening with
    one), not by the pattern's scan, which tested its class at every character.

    >>> text = "Hi. U.S. aid? Yes! 4.5 m."
    >>> marks = [i for i, c in enumerate(text) if c in ".!?"]
    >>> [m.span() for m in _sentence_ends(text, marks, 0, len(text))] == [m.span() for m in SENTENCE_END.finditer(text)]
    True
    """
    return matches_from(SENTENCE_END, text, marks[bisect.bisect_left(marks, lo) : bisect.bisect_left(marks, hi)], hi)


CLOCK_MARKS = frozenset({"a.m", "p.m"})  # an hour's mark ends a sentence before a word that opens one


def _opens(text: str, at: int, hi: int, openers: frozenset[str]) -> bool:
    """The word at text[at:] opens a sentence (after 'Gate B.')."""
    j = at
    while j < hi and (text[j].isalpha() or text[j] in "'’-"):
        j += 1
    return text[at:j].lower() in openers


NUMBER_NEXT = re.compile(r"\s*[\d#(]")  # 'No. 3', 'No. (3)'
MAX_SENTENCE = 1500  # longer runs without sentence punctuation are cut at clause marks
CLAUSE_MARK = re.compile(
    r"""(?P<p>[;,:]\s|\s[–—-]\s)                                   # punctuation between clauses
    | (?P<c>\s(?=(?:and|but|while|whereas|as|after|when|that|which|who)\s))  # a conjunction
    | \s                                                           # any space""",
    re.VERBOSE,
)


def _bounded(text: str, sentence: Sentence) -> list[Sentence]:
    """A sentence cut into pieces of at most MAX_SENTENCE characters, at the last clause mark
    before the limit (punctuation, else a conjunction, else a space): text with no
    punctuation is not one giant sentence, which would make attribution look back over all of
    it for every figure."""
    out: list[Sentence] = []
    lo = sentence.start
    while sentence.end - lo > MAX_SENTENCE:
        best = (-1, lo + MAX_SENTENCE)
        for m in CLAUSE_MARK.finditer(text, lo + MAX_SENTENCE // 2, lo + MAX_SENTENCE):
            rank = 2 if m["p"] else 1 if m["c"] else 0
            if rank >= best[0]:
                best = (rank, m.end())
        out.append(_trimmed(text, lo, best[1], sentence.paragraph))
        lo = best[1]
    out.append(_trimmed(text, lo, sentence.end, sentence.paragraph))
    return out


LIST_MARKER_START = frozenset("0123456789-*•–")
LIST_MARKER = re.compile(r"(?:\d{1,2}[.)]|[-*•–])\s+(?=[A-Z\"“])")  # '1. Police said …'


def _trimmed(text: str, lo: int, hi: int, para: int) -> Sentence:
    while lo < hi and text[lo].isspace():
        lo += 1
    if lo < hi and text[lo] in LIST_MARKER_START:
        marker = LIST_MARKER.match(text, lo, hi)
        if marker:
            lo = marker.end()
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return Sentence(lo, hi, para)


class Quotations:
    """Which sentences lie inside a quotation that runs over several sentences of a paragraph.

    Whether a quotation opened in a paragraph is still open at the end of each sentence is
    counted once, in one pass over the text, so a page scraped onto one line (one paragraph
    of thousands of sentences) costs what the same text with line breaks costs.
    """

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text, self.sentences = text, sentences
        n = len(sentences)
        self.first = [0] * n  # the paragraph's first sentence
        self.open = [False] * n  # a quotation opened in the paragraph is open at the end
        curly = closing = straight = 0
        lo = 0
        curly_marks, straight_marks = "“" in text or "”" in text, '"' in text  # (a text with none counts none)
        for k, sent in enumerate(sentences):
            if k == 0 or sentences[k - 1].paragraph != sent.paragraph:
                self.first[k], curly, closing, straight, lo = k, 0, 0, 0, sent.start
            else:
                self.first[k] = self.first[k - 1]
            hi = sent.end
            if hi > lo:
                if curly_marks:
                    curly += text.count("“", lo, hi)
                    closing += text.count("”", lo, hi)
                if straight_marks:
                    straight += text.count('"', lo, hi)
                lo = hi
            self.open[k] = curly > closing if curly else straight % 2 == 1
        self.run_start = list(range(n))  # the first of the open sentences that end at k
        for k in range(1, n):
            if self.open[k] and k != self.first[k] and self.open[k - 1]:
                self.run_start[k] = self.run_start[k - 1]
        self.next_closed: list[int | None] = [None] * n  # the first sentence >= k that closes
        for k in range(n - 1, -1, -1):
            if not self.open[k]:
                self.next_closed[k] = k
            elif k + 1 < n and self.first[k + 1] == self.first[k]:
                self.next_closed[k] = self.next_closed[k + 1]

    def closes_in_a_later_paragraph(self, i: int, reach: int = 3) -> int | None:
        """For sentence ``i`` inside a quotation still open at the end of its paragraph, when
        the next paragraph opens with a quotation mark (a quotation over several paragraphs,
        as news prints it): the sentence of a later paragraph (at most ``reach`` on) that
        closes it; else None."""
        n = len(self.sentences)
        last = i
        while last + 1 < n and self.first[last + 1] == self.first[i]:
            last += 1
        if not self.open[last] or (last == i and not self.open[i]):
            return None
        for _ in range(reach):
            nxt = last + 1
            if nxt >= n or self.text[self.sentences[nxt].start : self.sentences[nxt].start + 1] not in ('"', "“"):
                return None
            if self.next_closed[nxt] is not None:
                return self.next_closed[nxt]
            last = nxt
            while last + 1 < n and self.first[last + 1] == self.first[nxt]:
                last += 1
        return None

    def opened_before(self, i: int) -> int | None:
        """For sentence ``i`` inside a quotation that opened in an earlier sentence of its
        paragraph: the sentence that opened it; else None."""
        if i == self.first[i] or not self.open[i - 1]:
            return None
        return self.run_start[i - 1]

    def around(self, i: int, figure: int | None = None) -> tuple[int, int, int] | None:
        """For sentence ``i`` inside a quotation that opened in an earlier sentence of its
        paragraph and closes in a later one: the sentence that opened it, the one that
        closes it, and where the closing mark is. Likewise for the sentence that opens it,
        when the figure at offset ``figure`` comes after its opening mark ('"At least 40
        died. We fear more," Lee said.'). None otherwise (a quotation within one sentence
        is the attribution's business)."""
        if i == self.first[i] or not self.open[i - 1]:
            if figure is None or not self.open[i] or figure < self._opening_mark(i):
                return None
            opener = i
        else:
            opener = self.run_start[i - 1]
        j = self.next_closed[i]
        if j is None or j == i:
            return None
        s = self.sentences[j]
        at = max(self.text.rfind('"', s.start, s.end), self.text.rfind("”", s.start, s.end))
        return (opener, j, at) if at >= 0 else None

    def _opening_mark(self, i: int) -> int:
        """Where the quotation left open at the end of sentence ``i`` opens in it: its last
        opening mark (the sentence's end when it has none)."""
        s = self.sentences[i]
        mark = max(self.text.rfind("“", s.start, s.end), self.text.rfind('"', s.start, s.end))
        return mark if mark >= 0 else s.end

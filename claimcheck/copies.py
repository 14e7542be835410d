"""Copy stage: find the claims whose sentence copies an earlier report's (a wire story
republished with light edits, a press release quoted whole) and point them at their origin.

Only the sentences that hold claims are compared. A sentence is its set of word trigrams
(case-folded); two sentences of different reports are alike when their trigram sets
overlap with a Dice coefficient of at least ``COPY_AT`` (``2·|A∩B| / (|A|+|B|)``), which a
sentence keeps through a changed word or two but two reporters' own wordings of one fact
do not reach. Sentences of fewer than ``MIN_WORDS`` words are never called copies. A copy
is a passage: two reports must share ``PASSAGE`` such sentences, or one at least
``ALONE_AT`` alike (a stock phrase such as 'police said no arrests were made' recurs in
unrelated stories).

Reports are taken in order of date (undated last), then, on one day, those that open with a
wire's dateline (``KIRKUK, Iraq, March 14 (Reuters) -``) first, then input order: the
earliest report that holds a passage is its origin, and a copy of a copy points at that
first one. A claim
of a copied sentence gets ``copy_of`` = the claim with the same figure in the origin's
sentence; a figure the copy changed has no origin (it is that outlet's own).

Cost grows near-linearly: a sentence is looked up by the ``KEYS`` smallest hashes of its
trigrams (a bottom-k sketch), each kept for the first ``CAP`` sentences that have it, so a
sentence is compared with at most ``KEYS × CAP`` others, however often a wire is reprinted.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from zlib import crc32

from claimcheck.models import Claim, Origin, Source

COPY_AT = 0.5  # Dice coefficient of two sentences' word trigrams from which one copies the other
PASSAGE = 2  # copied sentences two reports must share: a passage, not one stock phrase ...
ALONE_AT = 0.8  # ... unless the one sentence is this alike
MIN_WORDS = 8  # shorter sentences ('Six people were killed.') are said alike independently
KEYS = 4  # trigram hashes a sentence is looked up by
CAP = 4  # sentences kept under each of those hashes (the earliest)

_WORD = re.compile(r"\w+")
# a wire's dateline opens its text: 'KIRKUK, Iraq, March 14 (Reuters) -', 'PARIS (AP) —'
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,},?[^\n]{0,60}?\([A-Z][\w .]*\)\s*[-–—]")


@dataclass(eq=False)  # hashed by identity
class _Sentence:
    source: str
    rank: tuple[bool, str, bool, int]  # (undated, date, no dateline, input position)
    start: int
    claims: list[int]  # indices into the claims
    sketch: Sketch  # its grams are unpacked when it is compared, kept while it is posted
    root: _Sentence | None = None  # the origin's sentence, when this one is a copy
    grams: frozenset[Gram] = frozenset()


class _WordIds(dict[str, int]):
    """A word's CRC-32, computed once: the same in every process (Python's own string hash
    changes from run to run), so a run finds the same copies wherever it runs."""

    def __missing__(self, word: str) -> int:
        self[word] = value = crc32(word.encode())
        return value


_IDS = _WordIds()


def trigrams(sentence: str) -> frozenset[Gram]:
    """The sentence's case-folded word trigrams, each the packed ids of its three words
    (empty when it is shorter than MIN_WORDS words)."""
    return sketch(sentence).unpack()[0]


# a trigram: its three word ids packed (12 bytes): hashed once and compared by memcmp, where
# a tuple of three ints is hashed again and compared int by int (copies.py's hot loop)
Gram = bytes


@dataclass(frozen=True)
class Sketch:
    """A sentence as its word ids (packed, 4 bytes each) and the positions of the KEYS
    trigrams it is looked up by (those whose triples hash smallest): what the copy stage
    needs of a sentence, small to send back from a parsing worker."""

    words: bytes
    keys: tuple[int, ...]

    def unpack(self) -> tuple[frozenset[Gram], list[Gram]]:
        """The sentence's :func:`trigrams` and its look-up keys."""
        w = self.words
        grams = frozenset([w[i : i + 12] for i in range(0, len(w) - 8, 4)])
        return grams, [w[4 * k : 4 * k + 12] for k in self.keys]


def sketch(sentence: str) -> Sketch:
    """A sentence's :class:`Sketch` (no keys when it is shorter than MIN_WORDS words).

    >>> grams, keys = sketch("Police said on Sunday that 45 people had been arrested.").unpack()
    >>> grams == trigrams("Police said on Sunday that 45 people had been arrested.")
    True
    >>> len(keys), keys[0] in grams
    (4, True)
    """
    words = _WORD.findall(sentence.casefold())
    if len(words) < MIN_WORDS:
        return Sketch(b"", ())
    if len(_IDS) > 1_000_000:  # a long-running process: keep the cache bounded
        _IDS.clear()
    h = array("I", map(_IDS.__getitem__, words))
    grams = list(zip(h, h[1:], h[2:], strict=False))
    # the KEYS smallest hashes (a hash of ints: the same everywhere), ties in set order as
    # heapq.nsmallest would give them; each key by the position it first holds
    keys = sorted(frozenset(grams), key=hash)[:KEYS]
    return Sketch(h.tobytes(), tuple(map(grams.index, keys)))


def sketches(claims: Sequence[Claim]) -> dict[tuple[str, int], Sketch]:
    """The :func:`sketch` of each sentence that holds one of ``claims``, by (source id,
    sentence start): what :func:`mark_copies` needs of a report, made where it is parsed."""
    out: dict[tuple[str, int], Sketch] = {}
    if len(_MADE) > MADE_MAX:  # a long-running process: keep the memo bounded
        _MADE.clear()
    for c in claims:
        key = (c.source, c.sentence_start)
        if key not in out:
            made = _MADE.get(c.sentence)
            out[key] = made if made is not None else _MADE.setdefault(c.sentence, sketch(c.sentence))
    return out


_MADE: dict[str, Sketch] = {}  # sketches by sentence: a sentence that recurs across the reports
MADE_MAX = 30_000  # of a run (a wire copied by many outlets) is sketched once per process


def dice(a: frozenset[Gram], b: frozenset[Gram]) -> float:
    """``2·|a∩b| / (|a|+|b|)``: 1.0 for the same set, 0.0 for disjoint ones."""
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def mark_copies(
    sources: Sequence[Source],
    claims: Sequence[Claim],
    made: Mapping[tuple[str, int], Sketch] | None = None,
) -> list[Claim]:
    """``claims`` with ``copy_of`` set on each claim whose sentence copies an earlier
    report's sentence holding the same figure (see the module docstring). ``made`` holds
    :func:`sketches` made already (e.g. by the parsing workers); the others are made here."""
    rank = {
        s.id: (s.date is None, s.date or "", _DATELINE.match(s.body) is None, n)
        for n, s in enumerate(sources)
    }
    sentences: dict[tuple[str, int], _Sentence] = {}
    for i, c in enumerate(claims):
        key = (c.source, c.sentence_start)
        found = sentences.get(key)
        if found is None:
            order = rank.get(c.source, (True, "", True, len(rank)))
            made_one = made.get(key) if made is not None else None
            found = sentences[key] = _Sentence(
                c.source, order, c.sentence_start, [], made_one or sketch(c.sentence)
            )
        found.claims.append(i)
    ordered = sorted(sentences.values(), key=lambda s: (s.rank, s.start))
    matches = _matches(ordered)
    support: Counter[tuple[str, str]] = Counter((s.source, m.source) for s, (m, _) in matches.items())
    out = list(claims)
    for s in ordered:  # earlier first: the sentence a copy copies has its root already
        found = matches.get(s)
        if found is None:
            continue
        best, score = found
        if support[s.source, best.source] < PASSAGE and score < ALONE_AT:
            continue  # one formulaic sentence alike ('no arrests were made') is no copy
        s.root = best.root if best.root is not None and best.root.source != s.source else best
        _link(out, s, s.root, best)
    return out


def _matches(ordered: Sequence[_Sentence]) -> dict[_Sentence, tuple[_Sentence, float]]:
    """For each sentence, the earlier sentence of another report it is most alike (Dice at
    least COPY_AT; the earliest of equals), among those that share one of its KEYS hashes."""
    postings: dict[Gram, list[_Sentence]] = {}
    found: dict[_Sentence, tuple[_Sentence, float]] = {}
    for s in ordered:
        if not s.sketch.keys:
            continue
        grams, keys = s.sketch.unpack()
        best: _Sentence | None = None
        best_score = 0.0
        n = len(grams)
        source = s.source
        # the sentences posted under its keys, each once, in the order first met
        for other in dict.fromkeys(chain.from_iterable([postings.get(key, ()) for key in keys])):
            if other.source == source:
                continue
            m = len(other.grams)  # Dice is at most 2·min/(n+m): skip what cannot count
            if 2 * min(n, m) / (n + m) < max(COPY_AT, best_score):
                continue
            score = 2 * len(grams & other.grams) / (n + m)  # dice(grams, other.grams)
            if score < COPY_AT or score < best_score:
                continue
            if best is None or score > best_score or other.rank < best.rank:
                best, best_score = other, score
        if best is not None:
            found[s] = (best, best_score)
        for key in keys:
            kept = postings.setdefault(key, [])
            if len(kept) < CAP:
                kept.append(s)
                s.grams = grams  # only a posted sentence is compared again: kept for that
    return found


def _link(claims: list[Claim], copy: _Sentence, root: _Sentence, via: _Sentence) -> None:
    """Point each claim of ``copy`` at the claim with the same figure in ``root`` (else in
    ``via``, the sentence it was found to copy, and that claim's own origin)."""
    for i in copy.claims:
        c = claims[i]
        for candidates in (root, via):
            match = _same_figure(claims, c, candidates.claims)
            if match is not None:
                origin = match.copy_of or Origin(match.source, match.start, match.end)
                if origin.source != c.source:
                    claims[i] = _with_copy_of(c, origin)
                break


def _with_copy_of(claim: Claim, origin: Origin) -> Claim:
    """``dataclasses.replace(claim, copy_of=origin)`` without calling ``__init__`` with every
    field (a Claim has no ``__post_init__``): a large wire-fed input has tens of thousands."""
    new = object.__new__(Claim)
    vars(new).update(vars(claim))
    vars(new)["copy_of"] = origin
    return new


def _same_figure(claims: Sequence[Claim], c: Claim, among: Sequence[int]) -> Claim | None:
    """The claim of ``among`` with ``c``'s interval, preferring one of the same measure."""
    q = c.quantity
    low, high = q.low, q.high
    first = None
    for j in among:
        o = claims[j]
        if o.quantity.low == low and o.quantity.high == high:
            if o.measure == c.measure:
                return o
            first = first or o
    return first

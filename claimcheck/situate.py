"""Situating stage: each claim's time (``as_of``, ``period``) and ``place``, read from its source.

Runs on the claims of one source right after the parser (in the parser's process), so the
matcher receives claims that say when and where their figures are for. The rules are in
:mod:`claimcheck.when` and :mod:`claimcheck.where`; their words in the lexicon's ``time`` and
``place`` sections.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from claimcheck.models import Claim, Source, with_fields
from claimcheck.when import (
    as_of_and_period,
    clock_of,
    event_days,
    event_year,
    parse_date,
    section_days,
    sentence_cues,
    time_words,
)
from claimcheck.where import (
    CAPITAL,
    LEAD_CHARS,
    PlaceWords,
    dateline,
    hospital_count,
    most_named,
    opening_place,
    place_in,
    place_words,
    places_named,
    sentence_place,
)


def situate(source: Source, claims: Sequence[Claim], lexicon: Any = None) -> list[Claim]:
    """``claims`` of ``source`` with ``as_of``, ``period`` and ``place`` filled in."""
    if not claims:
        return list(claims)
    tw, pw = time_words(lexicon), place_words(lexicon)
    text = source.text
    body = source.body
    body_from = source.body_start
    report = parse_date(source.date)
    year: int | None = None  # the event's year: read when a sentence first names a year
    year_read = False
    city: str | None = None
    paragraphs: dict[int, tuple[str | None, str | None]] = {}  # start -> place, clock

    def _paragraph(at: int) -> tuple[str | None, str | None]:
        """The place and the time the paragraph holding ``at`` opens with."""
        para = text.rfind("\n", source.body_start, at)
        if para not in paragraphs:
            opening = text[para + 1 : para + 81]
            paragraphs[para] = (opening_place(opening, pw), clock_of(opening))
        return paragraphs[para]

    cues: dict[int, tuple[bool, bool]] = {}  # a sentence's start -> its cues
    event = event_days(body, report, tw)
    sections = section_days(text, source.body_start, report, tw, event)
    ends = [end for end, _day in sections]
    order = sorted(range(len(claims)), key=lambda i: claims[i].start)
    out = list(claims)
    # a hospital's count is a part of the event's only where the report has another count of
    # that measure, not by a hospital: else it is the report's count of the event
    counted_elsewhere = {
        c.measure
        for c in claims
        if c.measure in _COUNTED_AT_HOSPITALS
        and not (c.claimant and pw.hospital.search(c.claimant_name or c.claimant))
    }
    for pos, i in enumerate(order):
        c = claims[i]
        sent_end = c.sentence_start + len(c.sentence)
        prev = claims[order[pos - 1]] if pos else None
        nxt = claims[order[pos + 1]] if pos + 1 < len(order) else None
        lo = max(c.sentence_start, prev.end if prev and prev.end <= c.start else 0)
        hi = min(sent_end, nxt.start if nxt and nxt.start >= c.end else sent_end)
        before, after = text[lo : c.start], text[c.end : hi]
        historical = (c.scope or "").startswith("before:")
        under = bisect.bisect_right(ends, c.start) - 1
        if c.sentence_start not in cues:
            cues[c.sentence_start] = sentence_cues(c.sentence, tw)
        if cues[c.sentence_start][1] and not year_read:
            year, year_read = event_year(body, report, tw), True
        if historical and year is not None:  # 'before: in 2004' may be no earlier than the event
            said = _SCOPE_YEAR.search(c.scope or "")
            historical = said is None or int(said[0]) < year
        as_of, period = as_of_and_period(
            c.measure, before, after, c.sentence, report, year, tw, historical=historical,
            event=event, section=sections[under][1] if under >= 0 else None,
            cues=cues[c.sentence_start], first=lo == c.sentence_start,
            clock=_paragraph(c.sentence_start)[1],
        )  # fmt: skip
        place = (
            place_in(before, after, pw)
            or opening_place(c.sentence, pw)
            or sentence_place(c.sentence[: c.start - c.sentence_start], pw)
            or _claimant_place(c.claimant, body, pw)
            or _claimant_place(c.sentence[: min(60, c.start - c.sentence_start)], body, pw)
        )
        if place is None and "there" in after and _THERE.match(_own_clause(after)):
            # '… detained at Sher-e-Bangla Nagar and that 11 officers were injured there': the
            # place named last before the figure, in its sentence or the one before
            named = places_named(text[max(body_from, c.sentence_start - 300) : c.start], pw)
            place = named[-1] if named else None
        if place is None:
            place = _paragraph(c.sentence_start)[0]
        if place == CAPITAL:
            city = city or dateline(body, pw) or most_named(body, pw) or CAPITAL
            place = city
        if c.claimant and c.measure in counted_elsewhere:
            # 'received 31 of the injured, …, and four bodies': the verb may come before an
            # earlier figure; a death is a hospital's count only as bodies it received or
            # with the verb in its own words ('and that one patient had died' is a death)
            own = c.measure == "injured" or "bod" in (c.subject_text or "")
            said = c.sentence[: c.start - c.sentence_start] if own else _CLAUSE.split(before)[-1]
            place = hospital_count(said, after, c.claimant_name or c.claimant, pw) or place
        out[i] = with_fields(c, as_of=as_of, period=period, place=place)
    return out


_SCOPE_YEAR = re.compile(r"(?:19|20)\d\d")
_COUNTED_AT_HOSPITALS = ("injured", "killed")
_THERE = re.compile(r"^[^.;]{0,40}?\bthere\b(?!\s+(?:is|are|was|were|had|have|has)\b)")


def _own_clause(after: str) -> str:
    return after.split(",", 1)[0]
_CLAUSE = re.compile(r"[,;]|\bthat\b")


def _claimant_place(claimant: str | None, body: str, words: PlaceWords) -> str | None:
    """The place in a local authority's name ('Turin police', "Itabuna's mayor, Carlos
    Menezes, said …" before the figure) when the report names it as a place elsewhere ('in
    Turin'): its count is that place's."""
    if not claimant or not words.local.search(claimant):
        return None
    names = (w.removesuffix("'s").removesuffix("’s") for w in claimant.split()[:3])
    return next(
        (
            w
            for w in names
            if w[:1].isupper()
            and w.casefold() not in words.not_places
            and (f"in {w}" in body or f"In {w}" in body)
        ),
        None,
    )


def home_places(source: Source, lexicon: Any = None) -> list[str]:
    """The places of the event a report tells (case-folded): its dateline's city and the
    places its opening sentences name. A figure for such a place is a figure for the whole
    event unless some report gives a nationwide figure (see :func:`claimcheck.match.align`)."""
    words = place_words(lexicon)
    body = source.body
    names = [dateline(body, words), *places_named(body[:LEAD_CHARS], words)]
    return [n.casefold() for n in names if n]


def parse(source: Source, lexicon: Any = None) -> list[Claim]:
    """The parser and this stage: the claims of ``source``, situated."""
    from claimcheck.extract import extract_claims

    return situate(source, extract_claims(source, lexicon), lexicon)


@dataclass(frozen=True)
class SituatedParse:
    """The parser with this stage, as a picklable function for worker processes (the lexicon
    at ``lexicon_path`` is loaded once per process)."""

    lexicon_path: str | None = None
    explain: bool = False

    def __call__(self, source: Source) -> list[Claim]:
        from claimcheck.extract import extract_claims
        from claimcheck.lexicon import load_lexicon

        lexicon = load_lexicon(self.lexicon_path)
        return situate(source, extract_claims(source, lexicon, explain=self.explain), lexicon)

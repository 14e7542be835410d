"""Situating stage: each claim's time (``as_of``, ``period``) and ``place``, read from its source.

Runs on the claims of one source right after the parser (in the parser's process), so the
matcher receives claims that say when and where their figures are for. The rules are in
:mod:`claimcheck.when` and :mod:`claimcheck.where`; their words in the lexicon's ``time`` and
``place`` sections.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from claimcheck.layout import BULLET_MARKS, heading_place, list_place
from claimcheck.lexicon import load_lexicon, number_words
from claimcheck.models import EXHUMED, HOSPITAL, SAME, Claim, Source, with_fields
from claimcheck.reading import read_text
from claimcheck.turns import numeric_days, turns
from claimcheck.when import (
    BY_THE_DAY,
    BY_THE_DAY_AFTER,
    COUNT_VERB,
    GATHERINGS,
    MONTH,
    RUNNING_TALLIES,
    STUDY_YEAR,
    WEEKDAY,
    WEEKDAY_ABBR,
    TimeWords,
    as_of_and_period,
    clock_of,
    count_year,
    day_words_in,
    event_days,
    event_year,
    parse_date,
    post_clock,
    resolve_day,
    section_days,
    sentence_cues,
    stamp_clock,
    stated_year,
    time_words,
)
from claimcheck.where import (
    CAPITAL,
    LEAD_CHARS,
    NATIONWIDE,
    THERE_BEFORE,
    THERE_CHARS,
    PlaceWords,
    area_named_before,
    area_named_earlier,
    area_owning,
    area_told,
    capital,
    dateline,
    departure_place,
    emergency_place,
    entry_place,
    gathering_place,
    hospital_before,
    hospital_clause,
    hospital_count,
    hospital_opening,
    hospital_pointed,
    label_place,
    national_total,
    opening_place,
    our_site,
    own_area,
    paragraph_named,
    place_in,
    place_words,
    places_named,
    pointed_named,
    ranked_place,
    recorded_place,
    region_whole,
    sentence_place,
    subject_place,
    tally_place,
    there_named,
    where_place,
)

RIVAL_FIGURE = re.compile(
    r",\s+(?:a|the)\s+(?:figure|number|count|estimate|toll)\s+(?:that\s+|which\s+)?[^,;.]{0,40}?"
    r"\b(?:put|puts|gave|gives|estimated|estimates|disputed|disputes|rejected|rejects)\b[^,;.]{0,20}$",
    re.IGNORECASE,
)  # a rival figure in apposition to the one before: ', a figure police have put at'


RIVAL_OF = re.compile(
    r"\b(?:than|with|against|versus|to|unlike)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:figure|count|estimate|toll|tally|number)\s+of\s+$",
    re.IGNORECASE,
)  # a figure set against the one before: 'four more than ANDMA's figure of', 'compared with the police count of'
NEXT_CELL = re.compile(r"\s*[·|/;,–—]\s*(?-i:[A-Z])[\w'’ .-]{0,30}:\s*$")
# the next cell of a row, its own label before its figure ('  ·  Organisers: ')
_RIVAL_VERB = r"said|says|claimed|claims|counted|counts|estimated|estimates|reported|reports|gave|gives"
_THOUGH = r"(?:even\s+)?(?:though|although|tho)"  # a concessive rival: ', though relatives counted 14'
RIVAL_CLAUSE = re.compile(
    rf"(?:[,;]|\b(?:and|while|whereas|but|{_THOUGH}))\s+(?:(?:and|while|whereas|but|{_THOUGH})\s+)?(?:the\s+|its\s+|their\s+)?"
    rf"(?P<who>(?:(?!\b(?:{_RIVAL_VERB}|put|puts"
    r"|and|while|whereas|but|in|at|on)\b)[^\d.;:!?()\n]){2,60}?)\s+"
    r"(?:(?:had|has|have|then|later|also|instead)\s+)?"
    rf"(?:{_RIVAL_VERB}|"
    r"(?:put|puts|estimated|estimates|placed|places)\s+(?:it|the\s+(?:figure|number|crowd|turnout|count|total|attendance))\s+at)"
    r"\s+(?:that\s+|it\s+was\s+|there\s+were\s+)?(?:at\s+)?$",
    re.IGNORECASE,
)  # a rival count in a clause of its own, only its maker named: 'and the unions claimed', 'while the coalition said'
RIVAL_BY = re.compile(r"(?:;|\b(?:and|while|whereas|but))\s+(?:by\s+)?$", re.IGNORECASE)
# a rival count after a bare conjunction, its maker after it: '… and 90,000 according to the unions'
RIVAL_BY_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+)?(?:according\s+to\b|by\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:count|estimate|tally|figures?)\b)",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"\b(?:in|at|across|outside|near)\s+(?-i:[A-Z])")


def rival_clause(between: str, after: str, tw: TimeWords) -> bool:
    """Whether a figure after another of its sentence is a rival count of the same crowd or
    force, in a clause of its own that names only who made it: 'drew 25,000 people according to
    the police and 90,000 according to the unions', 'police said 25,000 had marched and the
    unions claimed 90,000', 'about 2,000 by the police count, while the coalition said 4,500';
    not where its clause names a time or place of its own ('2,000 on Monday and 3,000 on
    Tuesday', 'and the union said 5,000 in Porto') or a plan ('sent 150 police and the army says
    200 soldiers will join them').

    >>> told = [
    ...     (" people according to the police and ", " according to the unions."),
    ...     (" had marched, and the organisers, then a smaller union, claimed ", "."),
    ...     (" on Monday and ", " on Tuesday."),
    ...     (" and the union said ", " in Porto."),
    ...     (" extra police and the army says ", " soldiers will join them."),
    ... ]
    >>> [rival_clause(between, after, time_words()) for between, after in told]
    [True, True, False, False, False]
    """
    clause = re.split(r"[.;]", after, maxsplit=1)[0]
    if any(ch.isdigit() for ch in between) or _PLACE_AFTER.search(clause):
        return False
    told = RIVAL_CLAUSE.search(between)
    if told is None and not (RIVAL_BY.search(between) and RIVAL_BY_AFTER.match(clause)):
        return False
    own = (told.group(0) if told else between[RIVAL_BY.search(between).start():]) + clause  # type: ignore[union-attr]
    return not _of_its_own(own, own.casefold(), tw)


def _of_its_own(own: str, folded: str, tw: TimeWords) -> bool:
    """Whether a rival clause's words (``own``; ``folded``, those case-folded, and for a toll's
    what its clause says before its maker) name a time, place or plan of their own."""
    return bool(
        tw.day_cue.search(folded)
        or tw.past_cue.search(folded)
        or tw.planned.search(own)
        or _PLACE_AFTER.search(own)
    )


_TALLY_VERB = (
    _RIVAL_VERB + r"|recorded|records|documented|documents|acknowledged|acknowledges|confirmed|confirms"
    r"|registered|registers|listed|lists|put\s+(?:it|the\s+(?:figure|number|toll|count|total))\s+at"
)
TALLY_RIVAL = re.compile(
    rf"(?:[,;]|\b(?:and|while|whereas|but|{_THOUGH}))\s+(?:(?:and|while|whereas|but|{_THOUGH})\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:when|which|where|who|whose|whom|as|after|before|until|since|if|though|although|because"
    r"|had|has|have|was|were|is|are)\b)"
    rf"(?P<who>(?:(?!\b(?:{_TALLY_VERB}|and|while|whereas|but|in|at|on)\b)[^\d.,;:!?\n]){{2,60}}?)\s+"
    r"(?:(?:had|has|have|then|later|also|instead|only|always|long|still)\s+){0,2}"
    rf"(?:{_TALLY_VERB})\s+(?:that\s+|it\s+was\s+|there\s+were\s+)?(?:only\s+|just\s+)?(?:at\s+)?$",
    re.IGNORECASE,
)  # a toll's rival count in a clause of its own: '; the observatory recorded', 'while the company acknowledged'
_GAP_WORD = r"(?!(?:to|at|of|by|from|for|with|into|is|was|were|are|has|had|have|rose|risen|stood|reached)\b)[^\W\d_][\w'’()-]*"
TALLY_GAPPED = re.compile(
    rf"[,;]\s+(?:while\s+|and\s+|but\s+|whereas\s+)?(?:the|its|their|a|an)\s+(?:{_GAP_WORD}\s+){{0,3}}?{_GAP_WORD}\s+$",
    re.IGNORECASE,
)  # its verb left out: 'The ministry reported 52 detentions, the observatory 88.'
TALLY_AGAINST = re.compile(
    r"(?:,\s*|\s)(?:against|versus|compared\s+with)\s+(?:(?:the\s+|a\s+)?(?:[^\W\d_][\w'’-]*\s+){0,3}?[^\W\d_][\w-]*['’]s\s+)?$",
    re.IGNORECASE,
)  # a rival set against it: 'against 183 according to the ministry', 'against the ministry's 74'
_FOOTNOTES = re.compile(r"\[\d+\]")
_NOW = re.compile(
    r"\b(?:now|currently|latest|updated|revised|meanwhile|today|tonight|as\s+of"
    r"|by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:morning|afternoon|evening|night|nightfall|midday|noon|dawn|then))\b",
    re.IGNORECASE,
)  # a clause of the count as it stands later: 'and the ministry now says 25', '; by the late
# afternoon the commissioner had confirmed seven': no rival of an earlier figure
_CLAUSE_REST = re.compile(r"^[\s\"”’'\])]*(?:[.;]|$)")


def tally_rival(between: str, after: str, tw: TimeWords) -> bool:
    """Whether a figure of a toll (killed, injured, arrested) told after another of its sentence
    and measure is a rival count of the same quantity, in a clause of its own that names only
    who made it: of the first figure's time and place ('38 people were detained that night; the
    observatory recorded 61', 'the 1998 blast … killed nine according to the union, while the
    company acknowledged seven', 'The ministry reported 52 detentions, the observatory 88', '420
    still in custody by our count, against 183 according to the ministry'); not where its clause
    names a time or place of its own ('and the observatory recorded 12 on Tuesday').

    >>> told = [
    ...     (" people were detained that night;[2] the Manama Rights Observatory (MRO) recorded ", "."),
    ...     (" according to the union, while the company involved acknowledged ", "."),
    ...     (" detentions, the observatory ", "."),
    ...     (" still in custody by our count, against ", " according to the ministry."),
    ...     (" detentions in a week, against the ministry's ", "."),
    ...     (" were detained on Monday and the observatory recorded ", " on Tuesday."),
    ...     (" dead in Gumla, the district ", " in Palamu."),
    ...     (" had died in hospital since Monday evening, when it put the toll at ", "."),
    ...     (" more bodies in a burned cellblock, and the toll rose to ", "."),
    ...     (" dead on Tuesday, and the ministry now says ", "."),
    ...     (" deaths at mid-morning; by the late afternoon the commissioner had confirmed ", "."),
    ... ]
    >>> [tally_rival(between, after, time_words()) for between, after in told]
    [True, True, True, True, True, False, False, False, False, False, False]
    """
    between = _FOOTNOTES.sub("", between)
    after = _FOOTNOTES.sub("", after)
    clause = re.split(r"[.;]", after, maxsplit=1)[0]
    told = TALLY_RIVAL.search(between)
    if told is None and (against := TALLY_AGAINST.search(between)) is not None:
        # ('against 183' names its maker after it: 'according to the ministry')
        told = against if against[0].rstrip().endswith(("'s", "’s")) or RIVAL_BY_AFTER.match(clause) else None
    if told is None and _CLAUSE_REST.match(after):
        told = TALLY_GAPPED.search(between)  # (a gapped clause ends at its figure)
    if told is None and RIVAL_BY.search(between) and RIVAL_BY_AFTER.match(clause):
        told = RIVAL_BY.search(between)
    if told is None:
        return False
    own = told[0] + clause
    # (and what its clause says before its maker: '; by the late afternoon the commissioner had confirmed')
    semi = between.rfind(";", 0, told.start())
    folded = ((between[semi + 1 : told.start()] if semi >= 0 else "") + own).casefold()
    return not (any(ch.isdigit() for ch in own) or _of_its_own(own, folded, tw) or _NOW.search(folded))
_MAKER = re.compile(r"(?:the|its|their|his|her|our|local|some)\s")  # a maker named as such: 'the unions', 'its organisers'
_GAPPED = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s+(?P<who>[^\d,;:()\n]{2,60}?)\s*$", re.IGNORECASE)


def gapped_rival(between: str, after: str, claimant: str | None, tw: TimeWords) -> bool:
    """Whether a figure after another of its sentence is a rival count of the same crowd or
    force with its verb left out, only its maker between ('police counted 20,000 people in
    Ljubljana and the unions 70,000', '3,000 marchers, while the CPCN more than 20,000'): the
    words after the conjunction are the figure's claimant, and its own clause names no time,
    place or plan ('… and the union 5,000 in Porto' is Porto's).

    >>> told = [
    ...     (" people in Ljubljana and the unions ", ".", "the unions"),
    ...     (" marchers and the organisers' ", ".", "the organisers"),
    ...     (" people in Ljubljana and the unions ", " in Maribor.", "the unions"),
    ...     (" on Monday and ", " on Tuesday.", None),
    ...     (" people and the next day ", ".", "police"),
    ...     (" in Aldport, while Dunmore drew ", ";", "Dunmore drew"),
    ... ]
    >>> [gapped_rival(between, after, who, time_words()) for between, after, who in told]
    [True, True, False, False, False, False]
    """
    told = _GAPPED.search(between) if claimant else None
    if told is None or claimant is None:
        return False
    who = re.sub(r"['’]s?$", "", told["who"].strip()).casefold()
    if not who.endswith(claimant.strip().casefold()) or not _MAKER.match(who):
        return False  # (not a place's own verb taken for a maker: 'while Dunmore drew 900')
    clause = re.split(r"[.;]", after, maxsplit=1)[0]
    own = told["who"] + " " + clause
    return not (
        any(ch.isdigit() for ch in clause)
        or _PLACE_AFTER.search(clause)
        or tw.day_cue.search(own.casefold())
        or tw.past_cue.search(own.casefold())
        or tw.planned.search(own)
    )


_PRESENT = re.compile(
    r"\b(?:now|currently|latest|today|tonight|yesterday|overnight|so\s+far|to\s+date|last\s+night"
    rf"|this\s+(?:week|month|year|morning|afternoon|evening)|{WEEKDAY})\b",
    re.IGNORECASE,
)  # a clause of today's count: 'and 14 were killed on Monday', 'the ministry now says 25'
_TURN = re.compile(r"[,;:–—]|\b(?:and|while|whereas|but|though|although|against|versus)\b", re.IGNORECASE)


def past_rival(between: str, after: str) -> bool:
    """Whether a figure told after an earlier event's figure of its sentence and measure is
    another count of that earlier quantity: the words between turn to a clause of its own, and
    neither they nor its own clause name a time of their own but the year of a body that counted
    ('…, the bishops' conference documented ', ' and a 2003 truth commission found ', ', while
    the organisers spoke of '); not today's ('; on Monday, ', ', and the ministry now says ').

    >>> told = [
    ...     (" dead, the bishops' conference documented ", " and"),
    ...     (" and a 2003 truth commission found ", "."),
    ...     (" marchers, while the organisers spoke of ", "."),
    ...     (" died; on Monday, ", " were killed."),
    ...     (" died, and the ministry now says ", "."),
    ...     (" died in 2015, and in 2019 another ", "."),
    ...     (" people ", " times."),
    ... ]
    >>> [past_rival(between, after) for between, after in told]
    [True, True, True, False, False, False, False]
    """
    between = _FOOTNOTES.sub("", between)
    clause = re.split(r"[.;]", _FOOTNOTES.sub("", after), maxsplit=1)[0]
    if not _TURN.search(between) or _PRESENT.search(between) or _PRESENT.search(clause):
        return False
    own = between + clause
    years = [m.start() for m in re.finditer(r"(?:19|20)\d\d", own)]
    if any(not count_year(own, at) for at in years):
        return False
    return not any(ch.isdigit() for ch in re.sub(r"(?:19|20)\d\d", "", own))


ELLIPSIS = re.compile(
    r"\s*,?\s*(?:and|while|but|whereas)\s+(?:(?!said|says|put|puts|estimated)[\w'’-]+\s+){1,4}?at\s+$",
    re.IGNORECASE,
)  # the verb of the figure before left out: 'which police put at about 22,000 and organisers at'


def situate(
    source: Source, claims: Sequence[Claim], lexicon: Any = None, *, year_of_event: int | None = None
) -> list[Claim]:
    """``claims`` of ``source`` with ``as_of``, ``period`` and ``place`` filled in. An undated
    report whose opening states no year takes ``year_of_event`` (its event's, from the other
    reports of the event; see :func:`claimcheck.pipeline.report_from`) as the year its
    opening would state: 'on Tuesday, January 31' is of that year."""
    if not claims:
        return list(claims)
    tw, pw = time_words(lexicon), place_words(lexicon)
    memo = _known(tw, pw)
    lex = lexicon if lexicon is not None else load_lexicon()
    text = read_text(source.text, source.path, lex)  # the text the parser read
    body_from = source.body_start
    body = text[body_from:]
    report = parse_date(source.date)
    recalled = _recalled_year(source, report, tw)
    opening_words: frozenset[str] | None = None  # the words of its opening, read when needed
    lead_words: frozenset[str] | None = None  # of its title and first sentence, when needed
    stated = (stated_year(body, tw) or year_of_event) if report is None else None

    def the_year() -> int | None:  # the event's year (an undated report's: the one it states)
        return stated if stated is not None else event_year(body, report, tw)

    read_years: list[int | None] = []

    def known_year() -> int | None:  # the same, read once
        if not read_years:
            read_years.append(the_year())
        return read_years[0]

    report_day = report.isoformat() if report else None
    gathered: tuple[int, str | None, str | None] | None = None  # the last gathering: line, day, place
    incident: str | None = None  # the day of the report's first toll (see INCIDENT_DAYS)
    own_days: tuple[int, int] | None = None  # a look back's paragraph of its own days, sentence
    year: int | None = None  # the event's year: read when a sentence first names a year
    year_read = False
    past_names: re.Pattern[str] | None = None  # names of earlier events: read when first needed
    city: str | None = None
    paragraphs: dict[int, tuple[str | None, str | None]] = {}  # start -> place, clock

    def _paragraph(at: int) -> tuple[str | None, str | None]:
        """The place and the time the paragraph holding ``at`` opens with."""
        para = text.rfind("\n", source.body_start, at)
        if para not in paragraphs:
            opening = text[para + 1 : para + 81]
            clock = clock_of(opening)
            if clock is None and para > source.body_start:  # a reader's post under its stamp
                clock = post_clock(text[text.rfind("\n", 0, para) + 1 : para], report, tw)
            if clock is None and para > source.body_start:  # a live-blog entry under its lone time
                clock = stamp_clock(text, para, source.body_start)
            paragraphs[para] = (opening_place(opening, pw), clock)
        return paragraphs[para]

    para_years: dict[tuple[int, bool], int | None] = {}  # (a paragraph's start, wide) -> the year it opens with

    def _paragraph_year(at: int, wide: bool = False) -> int | None:
        """The year the paragraph holding ``at`` opens with ('In October 2025, …'), if any;
        ``wide``: in the looser ways of a paragraph or list item about an earlier event ('In
        2015 a speedboat …', '- 2009, Gweru: …'), for a figure already known to be of one."""
        para = text.rfind("\n", source.body_start, at) + 1
        if (para, wide) not in para_years:
            m = (
                (_OPENING_YEAR if wide else _PARAGRAPH_YEAR).match(text, para, para + 40)
                if text[para : para + 1] in (_YEAR_OPENS if wide else "IDT")
                else None
            )
            year = (m["y"] or m["y2"] or (m["y3"] if wide else None)) if m else None
            para_years[para, wide] = int(year) if year else None
        return para_years[para, wide]

    # whether its title and opening tell a hunger strike (then 'the strike' is that one)
    fasting_lead = _fasting_lead((source.title or "") + " " + body[:LEAD_CHARS], tw)
    para_months: dict[int, int | None] = {}  # a paragraph's start -> the month (no year) it opens with
    opening_month: list[int | None] = []  # the month of the report's date or dateline, when read

    def _paragraph_month(at: int) -> int | None:
        """The month, with no day or year, that the first clause of the paragraph holding ``at``
        names ('The protests in Tinghir began in October after …', 'In October, …'), if any."""
        para = text.rfind("\n", source.body_start, at) + 1
        if para not in para_months:
            month = None
            if text[para : para + 1].isupper():
                opening = _FIRST_CLAUSE.split(text[para : para + 100], 1)[0]
                for m in _IN_MONTH.finditer(opening):
                    month = tw.months.get(m["m"].casefold())
                    if month is not None:
                        break
            para_months[para] = month
        return para_months[para]

    cues: dict[int, tuple[bool, bool]] = {}  # a sentence's start -> its cues
    seen = body_from  # how far the report's days were read (see _last_days)
    carried: date | None = None  # the day it last named for a gathering
    lately: date | None = None  # the same, a date written out in the week before the report too
    event = event_days(body, report, tw)
    sections = section_days(text, source.body_start, report, tw, event)
    said = turns(source.text, lex)
    if said and said[0].day is not None:  # a chat's lines stamped with their day
        numeric = numeric_days(said)
        sections = sorted([*sections, *(
            (t.start, numeric.get(t.day) or resolve_day(t.day, report, tw, event=event))
            for t in said if t.day
        )], key=lambda section: section[0])  # fmt: skip  (a day not read is None: by place only)
    dateline_only = report is not None and {day for _end, day in sections if day is not None} == {report}
    # (an undated report's own date line, 'Statements / 9 September 2026' over its first figure:
    # the day it was written, as a dated report's date is)
    own_line = _own_date_line(sections, claims) if report is None else None
    # (the one dated line is the report's own date line, no live blog's day headings)
    ends = [end for end, _day in sections]
    summed_to, summary_end = _summary_day(sections, report)
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
        taken_up = None
        if c.scope is not None and c.scope.startswith(SAME):
            taken_up = _taken_up(out, order, pos, c, text)
            if taken_up is None or not _DEMONSTRATIVE.match(c.scope, len(SAME)):
                c = with_fields(c, scope=None)  # (the figure's own scope is read below)
        sent_end = c.sentence_start + len(c.sentence)
        prev = claims[order[pos - 1]] if pos else None
        nxt = claims[order[pos + 1]] if pos + 1 < len(order) else None
        lo = max(c.sentence_start, prev.end if prev and prev.end <= c.start else 0)
        hi = min(sent_end, nxt.start if nxt and nxt.start >= c.end else sent_end)
        before, after = text[lo : c.start], text[c.end : hi]
        if lo > c.sentence_start and text[c.sentence_start : c.sentence_start + 1].isdigit() and (
            day_label := _DAY_LABEL.match(text, c.sentence_start, c.start)
        ):  # a list line's day label is every figure's on the line ('17 October: 6,000 (police) - 30,000+ (alliance)')
            before = day_label[0] + before
        historical = (c.scope or "").startswith("before:")
        under = bisect.bisect_right(ends, c.start) - 1
        if c.sentence_start not in cues:
            cues[c.sentence_start] = memo.get(c.sentence) or memo.setdefault(
                c.sentence, sentence_cues(c.sentence, tw)
            )
        if cues[c.sentence_start][1] and not year_read:
            year, year_read = the_year(), True
        if not historical and "followed" in after and _FOLLOWED.search(after):
            # '… the protests that swept Iran in 2022 … Rights groups say more than 500 people
            # were killed in the crackdown that followed': the event of the sentence before
            if not year_read:
                year, year_read = the_year(), True
            historical = _past_year_before(text, body_from, c.sentence_start, year, tw)
        if not historical and (ago := _AGO_AFTER.match(text, sent_end, sent_end + 60)) is not None:
            # 'Remember the Joola. 1,863 dead and they promised us never again. That was 24
            # years ago.': the sentence after says the figure's event is long past
            historical = ago["year"] is None or (year is not None and int(ago["year"]) < year)
        if not historical and ("hat " in c.sentence or "then" in c.sentence or " time" in c.sentence) and _THAT_TIME.search(c.sentence):
            # 'Memories of February 2008 are never far in Douala. During the riots against the
            # cost of living that month, the government put the death toll at 40': the time
            # the sentence before names
            if not year_read:
                year, year_read = the_year(), True
            historical = _past_year_before(text, body_from, c.sentence_start, year, tw)
        if not historical and "hat " in c.sentence and _THAT_DAY_BACK.search(c.sentence):
            # 'Those of us who were at the stadium in 2011 remember. 31 dead that day', '… found
            # that 31 people were killed that day; the rally had drawn about 50,000': the day of
            # the earlier event the sentence before names (not a year it measures today's by:
            # 'the deadliest since 2011')
            if not year_read:
                year, year_read = the_year(), True
            historical = _past_year_before(text, body_from, c.sentence_start, year, tw, events_only=True)
        if not historical and after[:6].lstrip().startswith("then") and _THEN.match(after):
            # 'I was on the 2008 march in Shakhtinsk after the blast that killed 13. We were
            # about 5,000 then': the time of the earlier event the sentence before names
            if not year_read:
                year, year_read = the_year(), True
            historical = _past_year_before(text, body_from, c.sentence_start, year, tw)
        if (
            not historical
            and before[:6] in ("After ", "Since ")
            and (named := _AFTER_NAMED.match(before)) is not None
            and named["n"].casefold() not in pw.not_places
        ):
            # 'After Colectiv, when 64 people died, the system changed': an earlier event the
            # speaker names, its toll in the clause that 'when' opens
            historical = True
        if not historical and c.sentence[:4] in ("That", "This") and _THAT_ONE.match(c.sentence):
            # 'several people asked about the 2023 one near Cuenca. That one drew about 8,000':
            # the earlier event the sentence before names
            if not year_read:
                year, year_read = the_year(), True
            historical = _past_year_before(text, body_from, c.sentence_start, year, tw) or (
                report is None
                and stated is None
                and any(
                    m["y"] not in body[:LEAD_CHARS]
                    for m in tw.year.finditer(_sentence_before(text, body_from, c.sentence_start))
                )
            )
        if not historical:
            if past_names is None and next(itertools.chain(_named_years(body), _names_after_years(body)), None) is None:
                past_names = _NO_NAMES  # (no name with a year: nothing more to read)
            if past_names is None:
                if not year_read:
                    year, year_read = the_year(), True
                known = year if report is not None or stated is not None else None  # (else a guess)
                past_names = _past_event_names(body, known, tw, home_places(source, lex))
            if past_names is not _NO_NAMES and past_names.search(
                before if before.strip() or len(c.sentence) > 40
                else _sentence_before(text, body_from, c.sentence_start)
            ):
                # 'Sendong in 2011 killed 1,200+ … Sendong was 1,268 dead': a figure of an earlier
                # event the report names with its year; 'Remember Majiya 2024? 150+ dead.'
                historical = True
        if not historical and recalled is None and (opened := _paragraph_year(c.sentence_start)) is not None:
            # '== Background ==\nIn October 2025, protests … broke out in Tinghir … The public
            # prosecutor said 143 people had been arrested': the year its paragraph opens with,
            # before the event's, unless its own sentence names the event's year or a later one
            if not year_read:
                year, year_read = the_year(), True
            historical = (
                year is not None
                and opened < year
                and all(int(m["y"]) < year for m in tw.year.finditer(c.sentence))
            )
            if historical and c.scope is None and tw.year.search(c.sentence) is None:
                c = with_fields(c, scope=f"before: in {opened}")  # (the year it is of: see match._year_of)
        elif (
            not historical
            and recalled is None
            and (month := _paragraph_month(c.sentence_start)) is not None
            and tw.year.search(c.sentence) is None
        ):
            # 'The protests in Tinghir began in October after …' in a report of 14 March that
            # writes no year: the month its paragraph opens with, three months or more before
            # the report's (its date, else its dateline's), is an earlier event's time
            if not opening_month:
                opening_month.append(_opening_month(body, report, tw))
            historical = opening_month[0] is not None and (opening_month[0] - month) % 12 >= MONTHS_BEFORE
        elif (
            not historical
            and recalled is None
            and (month := _sentence_month(c.sentence[: c.start - c.sentence_start], tw)) is not None
            and tw.year.search(c.sentence) is None
        ):
            # 'At the trust's first march, in October, police estimated 1,200 people had taken
            # part, while the trust said more than 2,000 had' in a report of 16 March: a month
            # its sentence names before the figure, three months or more before the report's,
            # is an earlier event's time (as a paragraph's opening month is). With no date on
            # the report, the first date its opening writes may be the event's: a month more
            # than half a year 'before' it may be after it ('In July, the company acknowledged 24
            # injured' in an encyclopedia's article on a collapse in March), unless 'last' says so
            if not opening_month:
                opening_month.append(_opening_month(body, report, tw))
            back = None if opening_month[0] is None else (opening_month[0] - abs(month)) % 12
            historical = back is not None and MONTHS_BEFORE <= back and (
                report is not None or month < 0 or back < MONTHS_BEFORE + UNDATED_MONTHS
            )
        if not historical and recalled is None and _goes_on(
            out, order, pos, c, text, tw, body_from, known_year if report is not None or stated is not None else None
        ):
            # 'In 2013 they told us we were 5,000 … Then we were 25,000 in Cluj', 'A 2012 blast
            # killed five workers. Seventeen people were hurt in that blast', 'The official toll
            # settled at 187 dead; …': a sentence that goes on about the earlier event whose figure
            # the sentence right before it told, naming no time of its own
            historical = True
        if historical and year is not None:  # 'before: in 2004' may be no earlier than the event
            said = _SCOPE_YEAR.search(c.scope or "")
            historical = said is None or int(said[0]) < year
        if (
            not historical
            and report is None
            and stated is None
            and cues[c.sentence_start][1]
            and _unstated_year(before + " " + _CLAUSE_END.split(after, 1)[0], _lead(text, body_from))
        ):
            # an undated report that states no year for its event: a year its figure's sentence
            # names and its lead does not is another event's ('A smaller leak from the same
            # site in 2017 sent about 40 people to hospital'; the lead: its headline and first
            # sentence, where a short report's next sentences give its background)
            historical = True
        if (
            not historical
            and pos
            and ("and" in before or "but" in before or before.rstrip().endswith(","))  # (what the pattern needs: cheap first)
            and _COORDINATED.fullmatch(before)
        ):
            said = out[order[pos - 1]]  # (its period is already told)
            # 'the worst since July 2008, when five people were killed and about 700 were
            # detained': a figure coordinated with a past event's figure is of that event too
            historical = said.sentence_start == c.sentence_start and said.period == "before"
        if not historical and pos and ";" in before and c.subject_text is None:
            said = out[order[pos - 1]]  # 'the 2018 Kono protests … left three people dead according
            # to the police; local chiefs in Koidu said five had been killed': a bare answer after a
            # semicolon counts what the figure before it counted, of that earlier event too
            historical = said.sentence_start == c.sentence_start and said.measure == c.measure and said.period == "before"
        if not year_read and cues[c.sentence_start][1]:
            year, year_read = the_year(), True  # (a year in its sentence: 'The 1996 … inferno, in which 162 lost their lives')
        if historical and c.scope is None and recalled is None and (opened := _paragraph_year(c.sentence_start, True)) is not None:
            # 'In January 2009 the KM Bintang Laut went down … The provincial government's final
            # toll was 31.', a list's '- 2009, Gweru: … three inmates were shot dead': an earlier
            # event's figure is of the year its paragraph or item opens with (see match._year_of;
            # a year its own sentence names still comes first there)
            if not year_read:
                year, year_read = the_year(), True
            if year is not None and opened < year:
                c = with_fields(c, scope=f"before: in {opened}")
        own_year = year
        if (
            recalled is not None
            and cues[c.sentence_start][1]
            and (report is not None or c.measure in RUNNING_TALLIES)
            and (
                _of_year(c.sentence, recalled, tw)
                or _counted_later(c.sentence, c.start - c.sentence_start, recalled, report, tw)
            )
        ):
            # a look back's figure of the event it recalls ('The union has always said 64
            # people were killed in 1991' 35 years on): that event's, as the other reports tell it
            # (an undated one's crowd of that year may be a later march: 'When we marched in
            # December 2016, we were at least 4,000', ten years after a landslide that November)
            own_year, historical = recalled, False
            recalled_own = True
        else:
            recalled_own = False
        section = sections[under][1] if under >= 0 else None
        if dateline_only and c.measure in RUNNING_TALLIES:
            # the report's own date line ('For immediate release - Ruteng, 17 July 2026') is no
            # day of the event's frame: a toll under it is the count as the report went out, not
            # that day's deaths (a live blog's day headings are: see when.section_days)
            section = None
        first, clock = lo == c.sentence_start, _paragraph(c.sentence_start)[1]
        told_on = summed_to if c.start < summary_end else report  # (a live page's summary: its latest day)
        followed = hi < sent_end  # (another figure of its sentence right after its words)
        key = (c.measure, before, after, c.sentence, told_on, own_year, historical, event, section,
               cues[c.sentence_start], first, clock, stated, followed)  # fmt: skip
        as_of, period = memo.get(key) or memo.setdefault(key, as_of_and_period(
            c.measure, before, after, c.sentence, told_on, own_year, tw, historical=historical,
            event=event, section=section, cues=cues[c.sentence_start], first=first, clock=clock,
            stated=stated, followed=followed,
        ))  # fmt: skip
        if c.measure in RUNNING_TALLIES and period != "before" and (
            (("that" in after or "same" in after) and _THAT_DAY.match(after))
            or (("that" in before or "same" in before) and _THAT_DAY_BEFORE.search(before))
        ):
            # 'On Monday 4 October, police cleared the road … One citizen lost his life on that
            # day', 'By 18 October … 38 people remained in custody that day': the count as of the
            # day the paragraph named before (an unnamed one's, 'that night' after no day, stays)
            then = _day_before(text, body_from, c.sentence_start, tw, event, told_on, stated)
            as_of = then.isoformat() if then is not None else as_of
        if recalled_own and period == "before" and c.measure in RUNNING_TALLIES:
            # 'A post shared on the anniversary of the 1997 shooting claims that 300 villagers
            # were killed' in a look back at 1997: the anniversary is of the recalled event
            period = "cumulative"
        if (
            period == "increment"
            and pos
            and c.measure in RUNNING_TALLIES
            and (tw.increment_before.search(before[-30:]) or _NEW_AFTER.match(after))
        ):
            period = _another_of_another_measure(claims, order, pos, c) or period
        if (
            c.measure in RUNNING_TALLIES
            and told_on is not None
            and period == "cumulative"
            and (row := _DAY_ROW.match(text, text.rfind("\n", 0, c.start) + 1)) is not None
            and row.end() <= c.start
            and (then := _day_of_month(int(row["d"]), told_on)) is not None
        ):
            as_of = then.isoformat()  # a row of a table set out with spaces: 'Tue 13   3   64' (the day its label names)
        if c.period in ("day", "cumulative", "held", "strike") and (
            row_day := resolve_day(c.sentence[: c.start - c.sentence_start], report, tw, event=event, year=stated)
        ):  # a row of a table of sources (claimcheck.layout): the day its label names (a
            # tracker's running column: the figure as of that day; an undated report's 'Mon 23
            # Nov' is of the year it states for its event)
            as_of, period = row_day.isoformat(), c.period
        elif c.period in ("day", "increment") and c.as_of:
            as_of, period = c.as_of, c.period  # a table's column of a day ('DETAINED MON': claimcheck.layout)
        elif c.period == "strike" and period == "day":
            period = "strike"  # a row of a table of those on strike (claimcheck.layout) whose day is unknown
        if (
            period == "cumulative"
            and pos
            and "when" in before
            and c.measure in RUNNING_TALLIES
            and told_on is not None
            and (as_of or "")[:10] == told_on.isoformat()
            and _WHEN_THEN.fullmatch(before)
        ):
            # 'which on Wednesday said it had counted at least 35 deaths when the official
            # figure was 27': a figure of a 'when' clause hung on the figure before it is of
            # that figure's time (Wednesday's), not the report's
            said = out[order[pos - 1]]
            if said.sentence_start == c.sentence_start and said.measure == c.measure and said.as_of:
                as_of = min(as_of or said.as_of, said.as_of)
        line = text.rfind("\n", 0, c.start) + 1
        listed = (
            text[line : line + 4].lstrip(" \t")[:1] in _BULLETS
            or (text[line : line + 1].isupper() and (text.find(":", line, c.start) >= 0 or text.find("....", line, c.start) >= 0))
            or (_NUMBERED.match(text, line, c.start) is not None and 0 <= text.find("\n", line) - line < 120)
        )  # (or an unmarked label line: 'Lisbon: 120,000', 'Budapest ....... 120 000'; a numbered item, not a numbered
        #    paragraph: '2. Namur ….. 4,000', not '6. Health: The ministry reports that 37 …')
        if c.period in ("increment", "held"):
            period = c.period  # a table's row told what its day added ('New deaths'), or who were held ('Held overnight')
        place = (
            c.place  # a table's row label ('Kangema' in a table scraped one cell per line)
            or _place_of_part(c.scope)
            or (listed and list_place(text, c.start, lex))
            or (listed and _heading_place(text, c.start, lex, pw))
            or (pos and c.subject_text is None and _AND_RIVAL.search(before) and _rival_place(c, out[order[pos - 1]], after))
            or (pos and _SAID_RIVAL.search(before) and not _NOUN_AFTER.match(after) and _rival_place(c, out[order[pos - 1]], after))
            or _window_place(memo, before, after, c.sentence, c.start - c.sentence_start, c.claimant, pw)
            or (c.measure in _COUNTED_AT_HOSPITALS and our_site(before, after, c.claimant_name or c.claimant))
            or _claimant_place(c.claimant, body, pw)
            or _claimant_place(c.sentence[: min(60, c.start - c.sentence_start)], body, pw)
            or (label_place(text, c.start, body_from, pw) if ":" in text[max(body_from, c.sentence_start - 200) : c.start] else None)
        )
        if place is not None and c.measure in GATHERINGS and place.casefold() in pw.countries:
            # '1.12 million demonstrators in France', '10,000 police officers were mobilized in
            # France, including 3,500 in Paris': a gathering's country-wide figure, the nationwide
            # one, not a place's apart from it (a toll 'in India' of a stampede stays as told)
            place = NATIONWIDE
        if place is None and ("there" in after or "here" in after) and _THERE.match(_own_clause(after)):
            # '… detained at Sher-e-Bangla Nagar and that 11 officers were injured there': the
            # place named last before the figure, in its sentence or the one before
            place = there_named(text, body_from, c.sentence_start, c.start, pw)
        if (
            place is None
            and "here" in c.sentence[: c.start - c.sentence_start]
            and (pointer := THERE_BEFORE.search(c.sentence, 0, c.start - c.sentence_start))
            and not re.search(r"[,;]", c.sentence[pointer.end() : c.start - c.sentence_start].lstrip(" ,"))
        ):  # 'Trouble also spread to Ostrava. Police there detained 30': the place named last before it, after
            # 'in' or a verb of going there, in the figure's own clause (not 'took part there, and puts the turnout across
            # three cities at 25,000'), not where the words before name a hospital ('brought there': its 'there' is the
            # hospital's; but 'Hospitals there reported 3 deaths' points on)
            lo = max(body_from, c.sentence_start - THERE_CHARS, text.rfind("\n\n", 0, c.sentence_start))
            noun = c.sentence_start + max(c.sentence.rfind(" ", 0, pointer.start()), 0)
            place = None if _HOSPITAL_CUE.search(text, lo, noun) else pointed_named(text, lo, c.start, pw)
        if place is None and " the " in after:
            # 'Our teams in Ghor recorded 23 deaths in the province': the area named before
            place = area_named_before(_own_clause(after), c.sentence[: c.start - c.sentence_start], pw)
        if place is None and ("our " in after or "her " in after or "his " in after or "their " in after):
            # 'A day earlier the same gap had opened in Esmeraldas. The prefect … said that 14
            # people had died in her province': the place named last, in its sentence or the one before
            place = own_area(_own_clause(after), None, pw, text[max(body_from, c.sentence_start - 300) : c.start])
        if place is None and (" the " in after or "its " in after or "our " in after or "their " in after):
            # 'Twenty-six persons have died in Ratnapura district since Sunday. Of the 26 deaths
            # in the district, …': the area named before with that noun, in an earlier sentence
            place = area_named_earlier(_own_clause(after), text[body_from : c.start], pw)
        if place is None and " the " in before:
            # '… at Tetartoli village in Gumla district died …, taking the number of dead from
            # the village to six': the place named before with that area noun
            place = area_told(c.sentence[: c.start - c.sentence_start], pw)
        if place is None and ("'s" in before or "’s" in before):
            # "… died of cholera in Chitungwiza, bringing the town's toll this year to 23"
            place = area_owning(c.sentence[: c.start - c.sentence_start], pw)
        if (
            place is None
            and "ing " in before
            and c.sentence_start - body_from > LEAD_CHARS
            and _PARTICIPLE.search(before)
        ):
            # '… fired live ammunition to disperse supporters in Ikirun, injuring at least four
            # people': the place of the clause the figure's participle follows (past the
            # opening, whose places are the event's own)
            clause = before[: before.rfind(",")].rsplit(",", 1)[-1]
            named = places_named(clause, pw)
            place = named[-1] if named else None
        if place is None and pos and ";" in before and c.subject_text is None:
            # 'The union says more than 3,000 people set off from Kitwe; police said about
            # 2,000': a bare answer after a semicolon counts what the figure before it counted
            said = out[order[pos - 1]]
            if said.sentence_start == c.sentence_start and said.measure == c.measure:
                place = said.place
        if (
            place is None
            and c.qualifier == "denial"
            and " the " in after
            and (site := _DENIED_AT.match(after)) is not None
        ):
            if opening_words is None:
                opening_words = _opening_words(source, body)
            place = _site(site["s"], opening_words, pw.not_sites)
        scope = c.scope
        if scope is not None and scope.startswith("incident:"):
            # 'Nine people were killed … when a fire swept through a ward' in a story of the fire:
            # the event itself, not a sub-incident of it
            if lead_words is None:
                lead_words = _lead_words(source, body)
            if _the_event_itself(scope, lead_words) or (
                scope == ROAD_CRASH_SCOPE and any(v.casefold() in lead_words for v in _VEHICLE.findall(c.sentence))
            ):  # (a road crash whose vehicle the lead names: 'Tanzania tanker blast kills 43' over
                # 'A fuel tanker that overturned on the highway … exploded, killing at least 43')
                scope = None
        if scope is None and c.measure in RUNNING_TALLIES and ("eparate" in c.sentence or "nrelated" in c.sentence or (
            (para := text.rfind("\n", source.body_start, c.sentence_start) + 1) < c.sentence_start
            and _SEPARATE_CUE.search(text, para, min(para + SEPARATE_OPENING, c.sentence_start))
        )):
            scope = _separate_incident(text, c, source.body_start)  # 'In a separate incident … Five people were killed'
        if (
            c.measure == "killed"
            and scope is None
            and period not in ("before", "after")
            and _RECOVERY_STEMS.search(c.sentence) is not None
            and _from_graves(c, text, body_from)
        ):
            # 'the team recovered the remains of at least 132 individuals' after 'working in
            # three graves', 'Police had recovered 23 bodies by that evening and 37 by 30 March'
            # after 'Exhumations … began on 12 March': the graves' dead, a count of their own
            scope = f"{EXHUMED}: from graves"
        if c.measure == "arrested" and scope is None and period == "cumulative":
            if opening_words is None:
                opening_words = _opening_words(source, body)
            scope = _reason(after, opening_words, tw.span_nouns)
            if scope is None and pos and ";" in before and c.subject_text is None:
                said = out[order[pos - 1]]
                if said.sentence_start == c.sentence_start and said.measure == c.measure:
                    scope = said.scope if (said.scope or "").startswith("reason:") else None
        if period == "cumulative" and pos and ";" in before and c.subject_text is None:
            # '… the government said 35 people were still detained; the OTDH said the number was
            # "anywhere from a few dozen to well over 100"': the same count of those still held
            said = out[order[pos - 1]]
            if (
                said.sentence_start == c.sentence_start
                and said.measure == c.measure
                and said.period in ("held", "increment")
            ):
                period = said.period
        if period == "cumulative" and pos and c.measure == "arrested" and (c.scope or "").startswith("part:"):
            # '71 people arrested … remain in custody, 44 of them in Errachidia': a part of
            # those still held is still held (of the injured still in hospital, a part told
            # by its state stays that state's count: 'four of them in critical condition')
            said = out[order[pos - 1]]
            if (
                said.sentence_start == c.sentence_start
                and said.measure == c.measure
                and said.period == "held"
                and (c.scope or "").endswith(f" of {said.text}")
            ):
                period = "held"
        if period == "earlier" and scope is None and pos:
            # '19 people were still in custody — down from 25 in the morning': an earlier
            # point of the count of those still held, not of every arrest
            said = out[order[pos - 1]]
            if (
                said.sentence_start == c.sentence_start
                and said.measure == c.measure
                and said.period == "held"
            ):
                scope = said.scope
                if said.as_of and (as_of is None or said.as_of[:10] < as_of[:10]):
                    as_of = said.as_of  # (of that count's day: 'By Sunday evening … 19')
        if place is None:
            place = _paragraph(c.sentence_start)[0]
        if place is None and c.measure in GATHERINGS:
            # (a live blog's entry titled 'Debrecen: …'; read in the report as written: the parser
            # reads an entry's label '14:05 - March in Mombasa: …' as a speaker's, blanked)
            place = entry_place(source.text if len(source.text) == len(text) else text, c.start, pw)
        if place is None and pos and c.measure == "participants" and c.period != "strike":
            before_it = (out[order[j]] for j in range(pos - 1, -1, -1))  # nearest first, lazily
            place = _rival_of_nationwide(c, before_it, text, tw)
        if place == CAPITAL:
            city = city or dateline(body, pw) or capital(body, pw) or CAPITAL
            place = city
        subject = c.claimant_name or c.claimant or _hospital_subject(c, pw)
        if subject and c.measure in counted_elsewhere:
            # 'received 31 of the injured, …, and four bodies': the verb may come before an
            # earlier figure; a death is a hospital's count only as bodies it received or
            # with the verb in its own words ('and that one patient had died' is a death)
            own = c.measure == "injured" or "bod" in (c.subject_text or "")
            said = c.sentence[: c.start - c.sentence_start] if own else _CLAUSE.split(before)[-1]
            place = hospital_count(said, after, subject, pw) or place
        if (
            place is None
            and c.measure in counted_elsewhere
            and (c.measure == "injured" or "bod" in (c.subject_text or ""))
            and _HOSPITAL_CUE.search(c.sentence) is not None
        ):
            place = hospital_clause(c.sentence[: c.start - c.sentence_start], after)
        if place is None and c.measure in counted_elsewhere and _HOSPITAL_CUE.search(c.sentence) is not None:
            place = hospital_pointed(c.sentence, c.start - c.sentence_start, c.end - c.sentence_start)
        if place is None and c.measure in counted_elsewhere and c.sentence[:1] in "AI":
            place = hospital_opening(c.sentence[: c.start - c.sentence_start], pw, after)
        if place is None and c.measure in counted_elsewhere and c.start - c.sentence_start > 12:
            place = hospital_before(c.sentence[max(0, c.start - c.sentence_start - 90) : c.start - c.sentence_start])
        if pos and period != "before" and after[:6].lstrip().startswith("then") and _THEN.match(after):
            said = out[order[pos - 1]]  # 'we were at least 4,000. The police said 1,500 then too':
            if said.measure == c.measure and said.period == "before":  # the time told before
                period, as_of = said.period, said.as_of
        if (
            c.measure == "participants"
            and period in ("day", "strike")
            and _fasting(c, text, body_from, tw, fasting_lead)
        ):
            # '63 detainees had joined the strike by 5 February', '37 prisoners were still
            # refusing food on Friday': those on a hunger strike, one count over its days
            period = "hunger-strike"
        if period == "day" and c.measure == "participants":
            said = out[order[pos - 1]] if pos else None
            if tw.on_strike.search(before) or tw.on_strike.search(after) or _STRIKERS_COUNTED.match(after):
                period = "strike"  # '420,000 members … had walked out', 'workers on strike'
                # ('The department counted 6,500 strikers;', '9,200 absent on Wednesday': those
                # on strike, the figure's own noun ending its clause; not 'strikers marched')
            elif said is not None and said.period == "strike" and _answers(c, said, text, tw):
                # 'The labor ministry's estimate: 92,000 workers on strike on Thursday. The
                # unions talked of half a million.': the same count, by another claimant
                period, as_of = "strike", as_of or said.as_of
            elif (
                said is not None
                and said.period == "strike"
                and said.sentence_start == c.sentence_start
                and c.subject_text is None
                and _AND_AFTER.match(before)
                and tw.gathering.search(_CLAUSE_END.split(after, 1)[0]) is None
            ):
                # '140,000 … stayed out on Wednesday, against 95,000 on Monday and 118,000 on
                # Tuesday': the next day of the same list of strike counts (not '… and 20,000
                # marched to the ministry', a crowd)
                period = "strike"
        if c.sentence_start > seen:
            day, recent = _last_days(
                text[seen : c.sentence_start], report or own_line, tw, event, recent=dateline_only or own_line is not None
            )
            carried, lately = day or carried, recent or lately
            seen = c.sentence_start
        if (
            as_of is not None
            and lately
            and (dateline_only or own_line is not None and section == own_line)
            and period == "day"
            and c.measure == "participants"
            and as_of == (report_day or own_line and own_line.isoformat())
            and lately < (report or own_line)  # type: ignore[operator]
            and section is not None
            and not _names_a_day(c.sentence, tw)  # ('Police said 8,000 marched on Wednesday' in Wednesday's report: that day's)
        ):
            # a crowd dated only by the report's own date line ('June 17, 2019' over 'The
            # Sunday protests drew two million people … The police said there were 338,000 at
            # its peak'; an undated statement's 'Osh, 9 September 2026' over '1. The size of the
            # gathering on 8 September'): the day the story named for its gathering, not the day
            # it was written
            as_of = lately.isoformat()
        if (
            (own_line is not None and section == own_line or dateline_only and section is not None)
            and as_of == (report_day or own_line and own_line.isoformat())
            and period == "day"
            and c.measure in GATHERINGS
            and gathered is not None
            and (gathered[1] or as_of) < as_of
            and not _names_a_day(c.sentence, tw)
        ):
            # a crowd or force dated only by its report's own date line (an undated statement's
            # too; no heading between), after its figure of the gathering's day ('By noon on Wednesday … we were
            # 25,000 … The figure of 6,500 given by the police is an insult' under '7 October
            # 2027'; 'Last night, upwards of 3,000 people sat down …' and, a paragraph on, 'The
            # police have since told the media that "around 800" attended'): that gathering's day
            as_of = gathered[1]
        if (
            incident is not None
            and (own_line is not None and section == own_line or dateline_only and section is not None)
            and as_of == (report_day or own_line and own_line.isoformat())
            and period == "day"
            and c.measure in GATHERINGS
            and incident < as_of
            and (parse_date(incident) or date.min) >= (parse_date(as_of) or date.max) - timedelta(days=INCIDENT_DAYS)
            and not _names_a_day(c.sentence, tw)
        ):
            # a crowd or force dated only by its report's own date line, in a report whose
            # first toll is of a day before it ('Ruseifa, Sunday 14 February' over 'Nine of our
            # neighbours perished on Saturday morning … the crowd in the street was not more
            # than 2,000'): the day of the incident the report tells, not the day it was written
            as_of = incident
        if (
            as_of is None
            and carried
            and period in ("day", "strike")
            and c.measure not in RUNNING_TALLIES
        ):
            # the day the report last named for a gathering ('… ended its strike Friday with a
            # rally outside the National Assembly. Police said 24,000 people took part')
            as_of = carried.isoformat()
        if (
            as_of is None
            and (stated is not None if report is None else recalled is None)
            and period in ("day", "strike")
            and c.measure not in RUNNING_TALLIES
            and not _names_a_day(c.sentence, tw)  # (not 'Attendance rose on 12 October, …, a figure of 1,200')
            and (told := _paragraph_day(text, body_from, c.sentence_start, tw, event, stated, report)) is not None
            and (report is None or told <= report)
        ):
            # a gathering whose day its paragraph wrote before ('On 24 April the unions marched
            # through the town. Organisers put the turnout at 8,000' in an undated report, in the
            # year it states for its event; a dated report's day named in the sentence before, far
            # from its gathering's noun, which the day carried misses: see _paragraph_day)
            as_of = told.isoformat()
        if (
            as_of is None
            and period == "day"
            and recalled is None
            and report is not None
            and c.sentence[:3] == "In "
            and _PART_OF_DAY.match(c.sentence)
            and (told := resolve_day(text[max(body_from, c.sentence_start - 400) : c.sentence_start], report, tw, last=True))
            and told <= report
        ):
            # 'In the evening about 600 people gathered outside the town akimat' in a report of
            # Wednesday's news ('… to the surface on Wednesday …'): the day it last named
            as_of = told.isoformat()
        if recalled is not None and as_of is not None and as_of[:10] > (report_day or ""):
            # a look back's day written without its year, after the report's own date ('Tens of
            # thousands of people filled Republic Square on 16 November' a year on, published
            # on 15 November): the recalled year's
            as_of = f"{recalled}{as_of[4:]}" if parse_date(f"{recalled}{as_of[4:10]}") else as_of
        if (
            recalled is not None
            and period == "day"
            and as_of is not None
            and report is not None
            and report - timedelta(days=7) <= (parse_date(as_of[:10]) or report) <= report
        ):
            # a look back's gathering of its own days ('On the first anniversary …, about 3,000
            # people stood in the rain … on Saturday evening'): not the recalled event's
            period = "after"
            own_days = (line, c.sentence_start)
        elif (
            own_days is not None
            and c.sentence_start > own_days[1]
            and own_days[0] == line
            and not cues[c.sentence_start][1]
        ):
            # and so is a figure of a later sentence of its paragraph that names no year ('… on
            # Saturday evening. No one was detained, the city's police department said
            # afterwards.'; not '… marched on Sunday to mark 35 years since police fired on
            # workers, killing at least 37 people')
            period = "after"
            as_of = as_of if c.measure not in RUNNING_TALLIES else None
        if (
            c.measure == "arrested"
            and gathered
            and gathered[0] == line
            and c.qualifier != "denial"
            and period == "cumulative"
            and _AT_GATHERING.search(before[-60:] + " " + _CLAUSE_END.split(after, 1)[0])
        ):
            # 'On 12 August, several hundred people protested … Police dispersed the protest and
            # detained 15 people': arrests at that gathering, as its 'no one had been detained'
            _line, day, where = gathered
            period = "day" if day or where else period
            as_of, place = day or as_of, place or where
        if c.measure == "arrested" and c.qualifier == "denial" and gathered and gathered[0] == line:
            # 'A second, silent march … Hundreds turned out … The police said no arrests were
            # made': no arrests at that gathering, that day's and place's count, not a denial of
            # the event's arrests
            _line, day, where = gathered
            # (a gathering past the report's opening is one of the story's, not the event told
            # in its lead: 'In the afternoon about 3,000 people marched from the port to the
            # governor's office … nobody was arrested' in a story of a ferry sinking)
            later = c.sentence_start - body_from > LEAD_CHARS and as_of is not None
            period = "day" if day or where or later else period
            as_of, place = day or as_of, place or where
        if c.measure == "participants" and period in ("day", "after"):
            if gathered and gathered[0] == line:  # '… marched on Tuesday … Police put the
                # number of marchers at around 400': the same gathering, its day and place
                gathered = (line, as_of or gathered[1], place or gathered[2])
            else:
                gathered = (line, as_of, place)
        if recalled is not None and as_of == report_day and c.measure in RUNNING_TALLIES:
            # a look back's toll dated only by its own date is the recalled event's, told years
            # on ('The union has always said 64 people were killed'): of no known day
            as_of = None
        if (
            pos
            and prev is not None
            and prev.sentence_start == c.sentence_start
            and prev.measure == c.measure
            and (
                RIVAL_FIGURE.search(before[-80:])
                or RIVAL_OF.search(before[-60:])
                or (period == "day" and ELLIPSIS.match(before))
                or (period == "day" and as_of is None and NEXT_CELL.match(before))
                or (
                    period in ("day", "before")  # (an earlier year's crowd too: 'In 2019 police counted 9,000 in Malmö and the unions 25,000')
                    and c.measure in ("participants", "deployed")
                    and (rival_clause(before, after, tw) or gapped_rival(before, after, c.claimant, tw))
                )
            )
        ):
            # '80,000 people had marched in La Paz on Tuesday, a figure police have put at
            # 15,000', '23 deaths in the province, four more than ANDMA's figure of 19', '…
            # which police put at about 22,000 and organisers at more than
            # 100,000': the same gathering's figure, its day and place; so is the next cell of
            # a row ('Sunday 13 Sep (inside the estate)   Police: 1,800  ·  Organisers: 6,000')
            said = out[order[pos - 1]]
            as_of, place, period = said.as_of, place or said.place, said.period
        elif (
            pos
            and prev is not None
            and prev.sentence_start == c.sentence_start
            and prev.measure == c.measure
            and c.measure in RUNNING_TALLIES
            and period == "cumulative"
            and not (c.scope or "").startswith("part:")
            and not (out[order[pos - 1]].scope or "").startswith("part:")
            and tally_rival(before, after, tw)
        ):
            # a toll's rival count ('38 were detained that night; the observatory recorded 61',
            # 'killed nine according to the union, while the company acknowledged seven'): of the
            # figure before's time, not its place (a group that counts may count everywhere:
            # 'three killed in Kelso, while KRW recorded eight deaths'), nor a part's ('three
            # killed, including one officer in Makeni, while X recorded eight'); a figure its own
            # words put at a time or state of its own ('at least 12 of them were still being held')
            # keeps it
            said = out[order[pos - 1]]
            as_of, period = said.as_of, said.period
        elif (
            period != "before"
            and prev is not None
            and prev.sentence_start == c.sentence_start
            and prev.measure == c.measure
            and out[order[pos - 1]].period == "before"
            and past_rival(before, after)
        ):
            # 'the junta admitted four dead, the bishops' conference documented 23 and a 2003 truth
            # commission found 31', 'gendarmes counted 8,000 marchers at the 2011 rally, while the
            # organisers spoke of 35,000': another count of the earlier event's quantity the figure
            # before it gave (its words name no time of their own but a counting body's year)
            said = out[order[pos - 1]]
            as_of, period = said.as_of, said.period
        if (
            taken_up is None
            and pos
            and c.measure == "participants"
            and period == "day"
            and place is None
            and scope is None
            and not any(cues[c.sentence_start])
        ):
            # 'The march for accountability on 2 September last year, she says, drew "tens of
            # thousands". The police counted 5,000.': a figure of the sentence right after a
            # crowd of another time, in its paragraph, naming no time or place of its own, is a
            # rival count of that crowd
            alone = (prev is None or prev.sentence_start != c.sentence_start) and (
                nxt is None or nxt.sentence_start != c.sentence_start
            )  # (not one of its sentence's figures: 'The union's figures were 7,500, 4,000 and 2,600 for the same three towns')
            taken_up = _continued(out[order[pos - 1]], c, text, tw, alone)
        if taken_up is not None:
            # 'The coalition put that crowd at 4,000', 'The district police put the number at
            # 60': the figure before it of its measure in its paragraph is of the same time and
            # place (and, taken up by a demonstrative, the same quantity: see match._align)
            as_of, period, place = taken_up.as_of, taken_up.period, taken_up.place or place
        day_word = taken_up.day_word if taken_up is not None else None
        if (
            as_of is None
            and day_word is None
            and report is None
            and period in ("day", "strike")
            and c.measure not in RUNNING_TALLIES
            and not _names_a_day(c.sentence, tw)
        ):
            # 'On Wednesday evening several thousand people marched to the government's
            # offices. Police estimated the crowd at about 2,000.': a weekday an undated report
            # cannot date, the figure's own to tell its days apart (see match._day_words)
            day_word = _paragraph_day_word(text, body_from, c.sentence_start, tw)
        if incident is None and c.measure in RUNNING_TALLIES and as_of is not None:
            incident = as_of[:10]  # (the report's first toll's day: its incident's)
        out[i] = with_fields(c, as_of=as_of, period=period, place=place, scope=scope, day_word=day_word)
    out = _respective_places(_place_lists(out, order, text), order, text)
    own = dateline(body, pw)  # the report's own city (its dateline's), which both readings below leave to the event
    out = _cities_apart(out, order, text, body_from, own, tw, pw)
    out = _paragraphs_places([_clean_place(c) for c in out], order, text, body_from, own, pw, lex)
    return _summed_runs(_running_points(_days_finds(out, order, text), order, text, tw), order)


_FOUND = (
    r"(?:found|recovered|retrieved|pulled\s+out|brought\s+(?:out|up|to\s+(?:the\s+)?surface)|lifted\s+out|fished\s+out|dug\s+out"
    r"|to\s+(?:the\s+)?surface\s+brought)"
)  # ('brought to the surface'; a translation's verb last: 'to surface brought')
# what a search did with the bodies it found
_FINDS_BEFORE = re.compile(
    rf"\b{_FOUND}\s+(?:(?:another|a\s+further)\s+)?$",
    re.IGNORECASE,
)  # 'Divers recovered ' (12 bodies)
_BODIES_AFTER = re.compile(r"\s+(?:more\s+|other\s+)?(?:bod(?:y|ies)|corpses|remains)\b", re.IGNORECASE)
_BODIES_FOUND_AFTER = re.compile(
    r"\s+(?:more\s+|other\s+)?(?:bod(?:y|ies)|corpses)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    rf"(?:(?:by|during|in|on|at)\s+(?:[a-z][\w-]*\s+){{1,12}}?)?{_FOUND}\b",
    re.IGNORECASE,
)  # (12) 'bodies were brought up'; 'Five bodies were by the rescue teams during the night … to surface brought'


def _bodies_found(c: Claim, text: str) -> bool:
    """Whether a figure of the dead counts bodies found ('divers recovered 12 bodies', 'as 12
    bodies were brought up', 'pulled out four more corpses'), not the dead as such."""
    sent_end = c.sentence_start + len(c.sentence)
    after = text[c.end : min(sent_end, c.end + 120)]  # (a verb may come last: '… during the night … to surface brought')
    before = text[max(c.sentence_start, c.start - 60) : c.start]
    if BY_THE_DAY_AFTER.match(after) or ("By" in before and BY_THE_DAY.search(before)) or _BY_THEN.search(after):
        return False  # 'had pulled out three bodies by dawn', 'By nightfall … had recovered 23 bodies': all found by then
    if _BODIES_FOUND_AFTER.match(after):
        return True
    return _BODIES_AFTER.match(after) is not None and _FINDS_BEFORE.search(before[-40:]) is not None


_BY_THEN = re.compile(
    r"^\s*(?:[\w#-]+\s+){0,5}?(?:so\s+far|to\s+date|in\s+all|in\s+total|since"
    r"|by\s+(?:then|now|last\s+night|(?:the\s+)?(?:evening|morning|afternoon|night|midday|end\s+of\s+the\s+day)))\b",
    re.IGNORECASE,
)  # 'recovered 40 bodies so far', '… since Wednesday', '… 23 bodies by the evening': all found by then, a running count


def _days_finds(out: list[Claim], order: Sequence[int], text: str) -> list[Claim]:
    """Bodies found, in a report whose own toll of the same day is larger ('Forensic teams
    recovered 11 bodies when cranes lifted the box …' beside its 'toll rises to 34'; 'The toll
    rose to 21 as 12 bodies were brought up during the day'): what the search found that day
    (period 'day', as 'Navy divers recovered 17 bodies on Monday' is), not a rival toll. Bodies
    found that are all the report counts ('Nine bodies have been recovered' beside its toll of
    nine) stay the toll.

    >>> from claimcheck.models import Claim, Quantity
    >>> s = "The toll rose to 21 as 12 bodies were brought up during the day."
    >>> def c(n):
    ...     at = s.index(n)
    ...     q = Quantity(n, at, at + len(n), int(n), int(n), int(n), "exact")
    ...     return Claim("s", None, None, "killed", "people", q, 1, s, as_of="2026-04-15", period="cumulative")
    >>> [x.period for x in _days_finds([c("21"), c("12")], [0, 1], s)]
    ['cumulative', 'day']
    """
    tolls: dict[str, float] = {}
    finds: list[int] = []
    for i in order:
        c = out[i]
        if c.measure != "killed" or c.period != "cumulative" or c.scope or c.place or not c.as_of:
            continue
        if c.value is not None and c.high is not None and "T" not in c.as_of and _bodies_found(c, text):
            # (not a count timed within its day: 'at midday … six bodies had been recovered', a point of the toll)
            finds.append(i)
        elif c.qualifier != "denial":
            day = c.as_of[:10]
            tolls[day] = max(tolls.get(day, 0), c.low)
    for i in finds:
        c = out[i]
        if c.as_of and c.high is not None and tolls.get(c.as_of[:10], 0) > c.high:
            out[i] = with_fields(c, period="day")
    return out


SUM_REACH = 700  # how far (characters) a run of summands may stand from the total they add up to


def _summed_runs(claims: list[Claim], order: Sequence[int]) -> list[Claim]:
    """Figures that add up to a total beside them are its parts, not rival totals: a table's
    days and their 'Total' row ('11 September 212 / 12 September 386 / 13 September 241 /
    Total 839'), a release's 'detained 839 persons: on 11 September — 212, on 12 September —
    386, on 13 September — 241'. A run of three figures or more of one measure by one claimant
    (the same column of a table), one after the other among that claimant's figures of the
    measure and within ``SUM_REACH`` of a figure of theirs right before or after the run, whose
    exact values sum to that figure's exact value, each counting the same noun (not 'Thirty-four
    hostages and all four gunmen', a breakdown by kind; two figures may be a toll's earlier point
    and what it added: 'raised the toll to nine, then to 11 after two more died'): each is a part. A dated part of a running
    tally, each of another day, is that day's count (period 'day'); parts each of its own place
    are left as they are; any other is a part of the total (its scope).

    >>> from claimcheck.models import new_claim, Quantity
    >>> def c(n, at, day=None):
    ...     q = Quantity(str(n), at, at + len(str(n)), n, n, n, "exact")
    ...     return new_claim(source="s", path=None, date=None, measure="arrested", subject="people", quantity=q,
    ...                      line=1, sentence="", claimant="MVD", as_of=day, period="cumulative")
    >>> out = _summed_runs([c(212, 10, "2026-09-11"), c(386, 40, "2026-09-12"), c(241, 70, "2026-09-13"), c(839, 90)], [0, 1, 2, 3])
    >>> [(x.text, x.period, x.scope) for x in out]
    [('212', 'day', None), ('386', 'day', None), ('241', 'day', None), ('839', 'cumulative', None)]
    >>> out = _summed_runs([c(839, 5), c(212, 10), c(386, 40), c(241, 70), c(900, 400)], [0, 1, 2, 3, 4])
    >>> [(x.text, x.scope) for x in out]
    [('839', None), ('212', 'part: 212 of 839'), ('386', 'part: 386 of 839'), ('241', 'part: 241 of 839'), ('900', None)]
    """
    runs: dict[tuple[str, str | None], list[int]] = {}
    for i in order:
        c = claims[i]
        if c.qualifier == "exact" and (c.scope is None or c.scope.startswith("part: ")) and c.measure != "other" and c.value:
            runs.setdefault((c.measure, c.claimant), []).append(i)  # (a part read already may open the run)
    for seq in runs.values():
        if len(seq) < 3:
            continue
        values = [claims[i].value for i in seq]
        for t, total in enumerate(values):
            if not isinstance(total, int) or total < 3 or claims[seq[t]].scope is not None:
                continue
            at = claims[seq[t]].start
            whole_of = f" of {claims[seq[t]].text}"  # a member read as a part already is one of this total
            for step in (-1, 1):  # (the run before the total, then the one after it)
                acc, k = 0, t + step
                members: list[int] = []
                while 0 <= k < len(seq) and acc < total and abs(claims[seq[k]].start - at) <= SUM_REACH:
                    v = values[k]
                    if not (claims[seq[k]].scope or whole_of).endswith(whole_of):
                        k += step  # (a part of another whole: no member, and no end of the run)
                        continue
                    if not isinstance(v, int) or v >= total:
                        break
                    acc += v
                    members.append(seq[k])
                    k += step
                nouns = {claims[i].subject_text for i in members}
                if acc == total and len(members) >= 3 and len(nouns) == 1:
                    places = [claims[i].place for i in members]
                    if None not in places and len(set(places)) == len(places):
                        break  # (parts by place already: 'Ashgabat 702, Mary 274, …')
                    days = [claims[i].as_of and claims[i].as_of[:10] for i in members]
                    series = None not in days and len(set(days)) == len(days)
                    for i in members:
                        c = claims[i]
                        if series and claims[seq[t]].measure in RUNNING_TALLIES:
                            claims[i] = with_fields(c, period="day")  # (a day's count: 'on 12 September — 386')
                        elif c.scope is None:
                            claims[i] = with_fields(c, scope=f"part: {c.text} of {claims[seq[t]].text}")
                    break
    return claims


_DAY_LABEL = re.compile(r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?:\s")
# a list line's label that is a day ('17 October: '), over all its figures
_LIST_HEAD = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|said|says)\s+)(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"
    r"\s+(?:[a-z]+\s+){1,3}$"
)  # 'Rubavu now counts ' (31 dead, Nyabihu 24, …): the list's first place, its sentence's subject
_LIST_LAST = re.compile(r"\band\s+(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+$")


def _place_lists(out: list[Claim], order: Sequence[int], text: str) -> list[Claim]:
    """A breakdown by place written place first ('Rubavu now counts 31 dead, Nyabihu 24,
    Ngororero 19 and Rutsiro 12'): each item is its place's figure, not the whole's. The parser
    marks the inner items (measure/place-then-figure: 'part: 24 in Nyabihu'); the place stage
    gives each its place, and so the list's first figure (the place its sentence opens with, the
    subject of its verb) and its last ('and Rutsiro 12', read by a gapped verb's rule).

    >>> from claimcheck.models import Claim, Quantity
    >>> s = "Rubavu now counts 31 dead, Nyabihu 24 and Rutsiro 12."
    >>> def c(n, scope=None):
    ...     at = s.index(n)
    ...     q = Quantity(n, at, at + len(n), int(n), int(n), int(n), "exact")
    ...     return Claim("s", None, None, "killed", "people", q, 1, s, scope=scope)
    >>> out = _place_lists([c("31"), c("24", "part: 24 in Nyabihu"), c("12")], [0, 1, 2], s)
    >>> [x.place for x in out]
    ['Rubavu', 'Nyabihu', 'Rutsiro']
    >>> s = "Our monitors recorded 31 deaths: 19 in Sokode and 12 in Lome."
    >>> out = _place_lists([c("31"), c("19", "part: 19 in Sokode"), c("12", "part: 12 in Lome")], [0, 1, 2], s)
    >>> [x.place for x in out]  # (a total its breakdown follows after a colon has no place)
    [None, 'Sokode', 'Lome']
    """
    for pos, i in enumerate(order):
        c = out[i]
        place = _place_of_part(c.scope)
        if place is None or c.place not in (None, place):
            continue  # (an item's place is its part's, given when its place was read)
        out[i] = with_fields(c, place=place)
        for step, pattern in ((-1, _LIST_HEAD), (1, _LIST_LAST)):
            k = pos + step
            while 0 <= k < len(order):
                o = out[order[k]]
                if o.sentence_start != c.sentence_start or o.measure != c.measure:
                    break
                if o.place is None and not (o.scope or "").startswith("part:"):
                    if step < 0 and ":" in text[o.end : c.start]:
                        break  # (a total its breakdown follows: 'Our monitors recorded 31 deaths: 19 in Sokodé, …')
                    told = pattern.search(text[max(o.sentence_start, o.start - 80) : o.start])
                    if told is not None:
                        out[order[k]] = with_fields(o, place=told["n"])
                    break
                if _place_of_part(o.scope) is None:
                    break
                k += step
    return out


_PLACE_SAW = re.compile(
    r"\b(?:while|whereas|and|but)\s+(?P<n>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)\s+"
    r"(?:saw|drew)\s+(?:(?:some|about|around|roughly|nearly|over|at\s+least)\s+)?$"
)  # '…, 2,500 in Ostrava, while Olomouc saw ' (1,200): the next place of a list of crowds by place
#    (a name in capitals is an organisation's: 'while CRASL recorded eight deaths')
_RESPECTIVE = re.compile(
    rf"\brespectively\b|\b(?:for|in|at)\s+the\s+same\s+(?:(?:{number_words(2, 10)}|\d+)\s+)?"
    r"(?:cities|towns|places|regions|provinces|districts|states|venues|sites|locations|rallies|marches)\b"
)  # 'Organisers gave 10,000, 4,000 and 3,000 for the same three cities', '… respectively'
RESPECTIVE_CHARS = 80  # how far past a list's last figure its 'respectively' may be written


_NATIONAL = re.compile(r"\b(?:national|nationwide|countrywide|country|nation)\b", re.IGNORECASE)  # a figure of the whole country


def _cities_apart(
    out: list[Claim], order: Sequence[int], text: str, body_from: int, own: str | None, tw: TimeWords, pw: PlaceWords
) -> list[Claim]:
    """A report's gatherings in two cities told apart. A crowd or force figure that names no
    place, past the report's first paragraph, is of the one place its paragraph named before it
    (see :func:`claimcheck.where.paragraph_named`: 'Meanwhile, crowds also gathered in Mombasa.
    Local police said 2,000 people turned out'; in a report of no dateline, only a label or a
    reporter's post names it: 'Brno report: …'), unless that is the report's own city (its
    dateline's). And where the report counts a gathering of another place (``Bulawayo``, in a
    wire datelined Harare), its figures of that measure that still name no place, in paragraphs
    that count no other place's, are of its own city: 'HARARE - Police said 3,000 teachers
    marched' is Harare's march, not the event's every crowd (see match._other_home_crowds)."""
    first = text.find("\n", body_from)
    first = len(text) if first < 0 else first  # (the end of the report's first paragraph)
    home = own.casefold() if own else None
    for i in order:
        c = out[i]
        if c.measure not in GATHERINGS or c.place is not None or c.period != "day" or c.start <= first:
            continue
        para = max(body_from, text.rfind("\n", body_from, c.sentence_start) + 1)
        place = paragraph_named(text[para : c.start], pw, text, mentions=own is not None, telling=tw.gathering)
        if place is not None and place.casefold() != home and place.casefold() not in pw.countries:
            out[i] = with_fields(c, place=place)
    if own is None:
        return out
    for measure in GATHERINGS:
        counted = [
            i for i in order
            if out[i].measure == measure and out[i].place and out[i].place != NATIONWIDE and out[i].place.casefold() != home
        ]
        if not counted or any(out[i].measure == measure and out[i].place == NATIONWIDE for i in order):
            continue  # (not where the report counts the whole country: its figures of no place are the nation's)
        paragraphs = {max(body_from, text.rfind("\n", body_from, out[i].sentence_start) + 1) for i in counted}
        for i in order:
            c = out[i]
            if (
                c.measure == measure
                and c.place is None
                and c.period == "day"
                and _NATIONAL.search(c.sentence) is None
                and max(body_from, text.rfind("\n", body_from, c.sentence_start) + 1) not in paragraphs
            ):
                out[i] = with_fields(c, place=own)
    return out


_PLACE_TAIL = re.compile(
    rf"(?:\s+(?:on|last|this|since|by|until|before|after|early|late)\s+(?:(?:the|next|past)\s+)?(?:{WEEKDAY}|{MONTH}|\d{{1,2}}\b)"
    rf"|\s+(?:today|tonight|yesterday|overnight))[\s\S]*$|[\s,;:.]+$"
)  # what a place's name read up to a stop carries after it: ' on Saturday', ' on 7 June', a comma


def _clean_place(c: Claim) -> Claim:
    """``c`` with its place's name cut where the name ends ('Amsterdam on Saturday' of '23 in
    Amsterdam on Saturday, 17 in …', 'Osijek,'): a day or a stop is no part of a place.

    >>> from claimcheck.models import Claim, Quantity
    >>> q = Quantity("23", 0, 2, 23, 23, 23, "exact")
    >>> [_clean_place(Claim("s", None, None, "arrested", "people", q, 1, "", place=p)).place
    ...  for p in ("Amsterdam on Saturday", "Osijek,", "Sion and Visp", "Port of Spain")]
    ['Amsterdam', 'Osijek', 'Sion and Visp', 'Port of Spain']
    """
    if not c.place or (place := _PLACE_TAIL.sub("", c.place)) == c.place or not place:
        return c
    return with_fields(c, place=place)


_AMONG = re.compile(r"\b(?:among|including|includes|included|of\s+(?:them|whom|which|those|these|the))\b", re.IGNORECASE)
# the words of a part told against its whole: 'Among the victims are three children'
_RESTATED_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)  # 'how the three died': a figure told before

_WHOLE_OF_PLACES = re.compile(
    r"\b(?:total|overall|altogether|combined|in\s+all|toll|tally|nationwide|nationally|countrywide|both|elsewhere"
    r"|(?:two|three|four|five|several|many|other|all|the)\s+(?:the\s+)?(?:cities|towns|villages|regions|provinces|districts"
    r"|states|counties|places|sites|locations|countries|areas))\b",
    re.IGNORECASE,
)  # the words of a count over several places, or of another place: 'in the two cities', 'the toll', 'elsewhere'


@lru_cache(maxsize=8)
def _people_kinds(lex: Any) -> frozenset[str]:
    """The nouns of the lexicon's kinds of people ('children', 'students', 'inmates'), case-folded."""
    return frozenset(
        w.casefold() for kind, words in lex.data.get("kinds_of_people", {}).items() if not kind.startswith("_") for w in words
    )


def _paragraphs_places(
    out: list[Claim], order: Sequence[int], text: str, body_from: int, own: str | None, pw: PlaceWords, lex: Any
) -> list[Claim]:
    """A report of several places tells them a paragraph at a time: a figure that names no
    place, in a paragraph whose tallies before it (of the dead, hurt or held, in earlier
    sentences, none of them a part) are all one place's, is that place's too ('Amsterdam
    police arrested 23 people on Saturday. Fourteen people were injured, among them six
    officers' beside a paragraph of Rotterdam's figures). Not in a report that counts one place
    only, nor for the report's own city (its dateline's: the event's), nor a figure whose
    sentence names a place of its own or counts over several places or the whole ('the toll',
    'in the two cities', 'nationwide', 'elsewhere'), an earlier event's, a part ('Among the
    victims are three children', 'five students'), a figure told again ('how the three died'),
    a rival's count of a measure the paragraph
    counted ('our monitors recorded 14 deaths in Luanda province. The police has acknowledged
    only nine': the whole's, as a rival in one sentence is; see match), or after a site's figure
    (a hospital's).

    >>> src = Source(id="a", text="Police arrested 23 people in Lyon on Saturday. Nine people were injured.\\n\\n"
    ...              "In Nantes, police arrested 40 people.")
    >>> [(c.text, c.place) for c in parse(src)]
    [('23', 'Lyon'), ('Nine', 'Lyon'), ('40', 'Nantes')]
    """
    home = own.casefold() if own else None
    kinds = _people_kinds(lex)
    places = {
        c.place.casefold() for c in out if c.measure in RUNNING_TALLIES and c.place and c.place != NATIONWIDE and c.period not in ("before", "after")
    } - pw.countries - {home}
    if len(places) < 2:
        return out  # (a report that counts its tallies in one place: the event's)
    for i in order:
        c = out[i]
        if (
            c.place is not None
            or c.measure not in RUNNING_TALLIES
            or c.period in ("before", "after")
            or c.sentence_start <= body_from
            or (c.scope or "").startswith("part:")
            or _AMONG.search(c.sentence, 0, c.start - c.sentence_start)
            or _RESTATED_BEFORE.search(c.sentence, 0, c.start - c.sentence_start)
            or ((c.subject_text or "").casefold().split() or [""])[-1] in kinds
        ):
            continue  # (a gathering's paragraph place: see _cities_apart; a part's is its whole's:
            #           'Among the victims are three children', 'five students were killed')
        para = max(body_from, text.rfind("\n", body_from, c.sentence_start) + 1)
        earlier = [
            o for j in order
            if para <= (o := out[j]).sentence_start < c.sentence_start
            and o.measure in RUNNING_TALLIES and o.period not in ("before", "after") and not (o.scope or "").startswith("part:")
        ]
        told = {o.place for o in earlier}  # (a figure of no place among them, 'eleven had died, including two killed in X', tells no one place)
        if c.claimant and any(o.measure == c.measure and o.claimant and o.claimant != c.claimant for o in earlier):
            continue  # a rival's count of that measure ('… recorded 14 deaths in Luanda province. The police has acknowledged only nine'): the whole's
        if len(told) != 1 or (place := next(iter(told))) is None or place == NATIONWIDE or place.casefold() in pw.countries | {home}:
            continue
        if set(place.casefold().split()) & pw.site_nouns or pw.hospital.search(place):
            continue
        if _WHOLE_OF_PLACES.search(c.sentence) or pw.nationwide.search(c.sentence) or set(places_named(c.sentence, pw)) - {place}:
            continue
        out[i] = with_fields(c, place=place)
    return out


def _respective_places(out: list[Claim], order: Sequence[int], text: str) -> list[Claim]:
    """Counts of one measure listed place by place: a crowd after a list of places' crowds
    whose clause names a place as the subject of its verb ('some 6,000 gathered in Brno, 2,500
    in Ostrava and around 1,500 in Plzeň, while Olomouc saw 1,200') is that place's; a run of
    figures with no place, told 'for the same four cities' or 'respectively' right after the
    figures of as many places (another side's counts of the same list, in the sentence before
    or the same one), takes those places in order ('Organisers gave 10,000, 4,000, 3,000 and
    2,000 for the same four cities')."""
    for pos in range(1, len(order)):
        c, prev = out[order[pos]], out[order[pos - 1]]
        if (
            c.place is None
            and c.measure in GATHERINGS
            and prev.place is not None
            and prev.measure == c.measure
            and prev.sentence_start == c.sentence_start
            and (m := _PLACE_SAW.search(text, max(prev.end, c.start - 60), c.start)) is not None
        ):
            out[order[pos]] = with_fields(c, place=m["n"])
    pos = 0
    while pos < len(order):
        if out[order[pos]].place is not None:
            pos += 1
            continue
        run = [pos]  # the figures of one measure with no place, in one sentence
        while (
            run[-1] + 1 < len(order)
            and (o := out[order[run[-1] + 1]]).sentence_start == out[order[pos]].sentence_start
            and o.measure == out[order[pos]].measure
            and o.place is None
        ):
            run.append(run[-1] + 1)
        first, last = out[order[run[0]]], out[order[run[-1]]]
        pos = run[-1] + 1
        after = text[last.end : last.end + RESPECTIVE_CHARS]
        if len(run) < 2 or ("same" not in after and "respectively" not in after):
            continue  # (cheap first)
        if _RESPECTIVE.search(text, last.end, min(len(text), last.end + RESPECTIVE_CHARS)) is None:
            continue
        placed = [out[order[k]] for k in range(run[0] - len(run), run[0]) if k >= 0]
        if (
            len(placed) == len(run)
            and all(o.measure == first.measure and o.place is not None for o in placed)
            and len({o.place for o in placed}) == len(run)
            and first.sentence_start - placed[0].sentence_start < 2 * RESPECTIVE_CHARS + len(placed[0].sentence)
        ):
            for k, o in zip(run, placed, strict=True):
                out[order[k]] = with_fields(out[order[k]], place=o.place)
    return out


def _summary_day(sections: Sequence[tuple[int, date | None]], report: date | None) -> tuple[date | None, int]:
    """A live page's summary: the day its lines above its first day heading are told on, and
    where those lines end. A page of entries under day headings ('Friday 16 October' over
    'Thursday 15 October'), whose latest day is past the day it was posted, keeps its 'Key
    points' above them up to date: their figures, and the weekdays they name ('19 dead
    (Friday)'), are of that latest day, not of the posting's (nor of the Friday before it).
    Else (report, 0): no summary; nor on a page whose days run oldest first (a forum thread's
    posts of 13 January over those of 14 January: its first post's 'this morning' is the 13th).

    >>> d = date(2026, 10, 15)
    >>> _summary_day([(40, None), (300, date(2026, 10, 16)), (900, d)], d)
    (datetime.date(2026, 10, 16), 300)
    >>> _summary_day([(300, d), (900, d)], d)
    (datetime.date(2026, 10, 15), 0)
    >>> _summary_day([(300, d), (900, date(2026, 10, 16))], d)
    (datetime.date(2026, 10, 15), 0)
    """
    days = [(end, day) for end, day in sections if day is not None]
    latest = max((day for _end, day in days), default=None)
    if report is None or latest is None or latest <= report or len({day for _end, day in days}) < 2:
        return report, 0
    if days[0][1] != latest:
        return report, 0  # (oldest first: a thread, a chat, no up-to-date summary on top)
    return latest, days[0][0]  # (up to the end of the first day heading)


INCIDENT_DAYS = 2  # how many days before its own date line a report's first toll may date its crowds
_DEMONSTRATIVE = re.compile(r"(?:that|this|the\s+same)\b", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
TAKEN_UP_CHARS = 400  # how far before a figure the one it takes up may be


def _continued(said: Claim, c: Claim, text: str, tw: TimeWords, alone: bool = True) -> Claim | None:
    """``said`` when it is a crowd of another time ('before', 'after') or of one place ('In Umeå,
    … police counted about 1,200.' before 'The organisers say "nearly 3,000" came.') told in the
    sentence right before ``c``'s, in its paragraph; None otherwise, or when ``c``'s sentence
    tells a total ('Across the country the unions counted 200,000', '80,000 in all'), another
    time ('Two weeks ago they had claimed 35,000') or a place ('in the capital', 'Researchers at
    Ilia State University'), is a list's labelled line ('PSP Porto: 12,000'), or is not ``alone`` in
    its sentence."""
    if said.measure != "participants":
        return None
    if said.period not in ("before", "after") and (
        said.period != "day"
        or said.place is None
        or said.place == NATIONWIDE
        or not alone
        or _NAMES_A_PLACE.search(c.sentence)
        or _TOTAL_WORDS.search(c.sentence)
        or (tw.other_time is not None and tw.other_time.search(c.sentence))
        or ":" in c.sentence[: c.start - c.sentence_start]
        or "..." in c.sentence[: c.start - c.sentence_start]
        or _LIST_MARK.match(c.sentence) is not None
    ):
        return None  # (a list's item: '6. Novo mesto (Glavni trg) ...... approx. 700' after '5. Kranj …')
    end = said.sentence_start + len(said.sentence)
    if said.sentence_start >= c.sentence_start or text[end : c.sentence_start].strip():
        return None  # (its own sentence, or one further back)
    return None if "\n\n" in text[end : c.sentence_start] else said


_LIST_MARK = re.compile(r"\s*(?:[-*•·–—]|\d{1,2}[.)]\s)")  # a list item's mark: '- ', '6. '
_TOTAL_WORDS = re.compile(r"\b(?:total|in\s+all|altogether|overall|combined|across|nationwide|countrywide)\b", re.IGNORECASE)


def _taken_up(out: Sequence[Claim], order: Sequence[int], pos: int, c: Claim, text: str) -> Claim | None:
    """The figure that ``c`` takes up ('that crowd', 'the number'): the nearest one before it of
    its measure, in its paragraph and at most TAKEN_UP_CHARS before it; None when there is none."""
    for j in range(pos - 1, -1, -1):
        said = out[order[j]]
        if c.start - said.end > TAKEN_UP_CHARS or _PARAGRAPH_BREAK.search(text, said.end, c.start):
            return None
        if said.measure == c.measure:
            return said
    return None


_INCIDENT_NOUN = re.compile(r"^incident:\s+when\s+(?:(?:a|an|the)\s+)?(?:speeding\s+)?(?P<n>[\w-]+)")


def _the_event_itself(scope: str, opening: frozenset[str]) -> bool:
    """Whether an incident a figure is scoped to ('incident: when a fire swept through a ward')
    is the event a report's title and first sentence tell (their words hold its noun: 'fire'), not a
    sub-incident of it ('when shells landed on the village' in a story of a border clash).

    >>> _the_event_itself("incident: when a fire swept through a ward", frozenset({"fire", "ward"}))
    True
    >>> _the_event_itself("incident: when shells landed on the village", frozenset({"clash"}))
    False
    """
    m = _INCIDENT_NOUN.match(scope)
    if m is None:
        return False
    noun = m["n"].casefold()
    return noun in opening or noun.removesuffix("s") in opening or f"{noun}s" in opening


_REASON = re.compile(
    r"^[^,;.\d]{0,40}?\b(?:over|on\s+suspicion\s+of|suspected\s+of|accused\s+of|on\s+charges\s+of)"
    r"\s+(?P<r>[^,;.\d]{3,60})",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"[^\W\d_]{4,}")


def _opening_words(source: Source, body: str) -> frozenset[str]:
    """The content words of a report's title and opening (case-folded)."""
    opening = (source.title or "") + " " + body[:LEAD_CHARS]
    return frozenset(w.casefold() for w in _CONTENT.findall(opening))


def _lead_words(source: Source, body: str) -> frozenset[str]:
    """The content words of a report's title and first sentence (case-folded): the event it
    tells. Its first sentence is its first line or sentence of four words or more that is no
    menu ('TicoWire', 'Inicio | Nacional | Sucesos' before 'LIVE  Pilgrims' bus swept off Las
    Lajas bridge: toll rises to 19'); a noun of three letters counts ('bus').

    >>> sorted(_lead_words(Source(id="a", text=""), "TicoWire\\nInicio | Sucesos | Deportes\\nLIVE  Pilgrims' bus swept off bridge"))
    ['bridge', 'bus', 'live', 'off', 'pilgrims', 'swept']
    """
    lead = next(
        (
            piece
            for piece in _SENTENCE_END.split(body.lstrip()[:LEAD_CHARS])
            if "|" not in piece and len(piece.split()) >= 4
        ),
        "",
    )
    return frozenset(w.casefold() for w in _LEAD_WORD.findall((source.title or "") + " " + lead))


_LEAD_WORD = re.compile(r"[^\W\d_]{3,}")


# a denial's own site: 'No life was lost at the collation centre', 'nobody had been injured at
# the cordon', 'no one had been killed in the building'
_DENIED_AT = re.compile(
    r"^[^,;.\d]{0,40}?\b(?:at|in|inside)\s+the\s+(?P<s>[A-Za-z][\w-]+(?:\s+[a-z][\w-]+)?)\b"
)


def _site(words: str, opening: frozenset[str], not_sites: frozenset[str]) -> str | None:
    """The site a denial is limited to ('at the collation centre': 'collation centre'), a part
    of the event; None for the event's own site, which its opening names ('reports that two
    vendors were shot dead at the market are false' in a story of a market's eviction), and
    for an action or an area rather than a site ('in the operation', 'in the capital': the
    lexicon's place.not_sites, ``not_sites``).

    >>> not_sites = place_words().not_sites
    >>> _site("collation centre", frozenset({"election", "osun"}), not_sites)
    'collation centre'
    >>> _site("market are", frozenset({"market", "eviction"}), not_sites)
    >>> _site("operation", frozenset(), not_sites)
    """
    names = words.split()
    if len(names) > 1 and (names[1] in not_sites or len(names[1]) < 4 or names[1] in _VERBS):
        names = names[:1]  # 'the market are false': one word
    if any(w.casefold() in not_sites or w.casefold() in opening for w in names):
        return None
    return " ".join(names)


_VERBS = frozenset("are were was is and had has have".split())


def _reason(after: str, opening: frozenset[str], spans: frozenset[str]) -> str | None:
    """What arrests were made for, when the report's opening does not tell it ('detained at
    least 60 people over social media posts about the attack'): a count of its own, scope
    'reason: social media posts'. None for the event's own reason ('arrested 50 people over
    the protests' in a story of the protests) and for a time ('61 arrests over two days': a
    word of the lexicon's time.span_nouns, ``spans``).

    >>> spans = time_words().span_nouns
    >>> _reason(" people over social media posts about the attack", frozenset({"siege"}), spans)
    'reason: social media posts'
    >>> _reason(" people over the protests", frozenset({"protests"}), spans)
    >>> _reason(" arrests over two days: 22 on Wednesday", frozenset(), spans)
    >>> _reason(" persons over the course of the day and night", frozenset(), spans)
    """
    m = _REASON.match(after)
    if m is None or m["r"].casefold().startswith(_OVER_A_TIME):
        return None
    words = [w.casefold() for w in _CONTENT.findall(m["r"])][:3]
    if not words or any(w in opening or w in spans for w in words):
        return None  # the event's own ('over the protests'), or a time ('over two days')
    return "reason: " + " ".join(words)


_OVER_A_TIME = ("the course of", "the span of", "the period of", "a period of")  # 'over the course of the day'
_YEAR_IN = re.compile(
    r"\b(?:(?:in|during|of)\s+(?:the\s+)?(?:year\s+)?|the\s+)((?:19|20)\d\d)\b", re.IGNORECASE
)  # ('in 2017', 'the fire of 2023', 'The 1996 Ozone Disco inferno, in which')
# ('A smaller leak … in 2017', 'The Kostenko mine fire of 2023 killed 46')


_CLAUSE_END = re.compile(r"[,;]|\.\s")
_HOSPITAL_CUE = re.compile(r"ospital|ôpital|linic|línica|firmary|ent(?:re|er)\b", re.IGNORECASE)  # (cheap first)
_WHEN_THEN = re.compile(
    r"\s*[^\W\d][^.;:!?\d]{0,30}?\bwhen\s+(?!(?:[\w'’-]+\s+){0,3}?(?:later|since|after|now)\b)[^.;:!?\d]{0,80}"
)  # the words between a figure and the next in a 'when' clause hung on it: ' deaths when the
# official figure was ', ' dead, when the ministry still spoke of ' (not ' … when it later said ')
_COORDINATED = re.compile(
    (r"(?>\s*[^\W\d][\w'’-]*){0,8}" if sys.version_info >= (3, 11) else r"(?:(?=(\s*[^\W\d][\w'’-]*))\1){0,8}")
    + r"(?:\s*,)?\s+(?:and|but)\s+(?:(?!(?:now|this|today|since|currently|so)\b)[a-z][\w'’-]*\s+){0,2}"
    r"|\s*,\s*"
    r"|(?:\s*[^\W\d][\w'’-]*){1,2}\s*,\s*"
)  # the words between two figures of one clause: ' people were killed and ', ', ', ' people in West Java and ',
# ' killed, ' (a list line's '17 killed, 30 injured'), ' workers but caused ', ' people died according
# to a parliamentary inquiry and ' (up to eight words of the first figure's clause)
#    (each word atomic: with '\s*' before it, a word could be read as several, and a failed match
#    tried every split: 27 µs a call on average, some 1 ms; a word read whole is the fewest;
#    Python 3.10 has no atomic group: a look-ahead's capture taken whole by a back-reference is one)


def _unstated_year(words: str, opening: str) -> bool:
    """Whether a figure's words (its window before it and its clause after it) name a year
    ('in 2017') that the report's opening does not.

    >>> _unstated_year("A smaller leak from the same site in 2017 sent ", "GABES, Tunisia -")
    True
    >>> _unstated_year("In 2026, ", "The 2026 floods")
    False
    >>> _unstated_year("The Kostenko mine fire of 2023 killed ", "Kazakh mine disaster")
    True
    >>> _unstated_year("The 1996 Ozone Disco inferno, in which ", "Manila hotel blaze")
    True
    """
    return any(m[1] not in opening for m in _YEAR_IN.finditer(words))


def _recalled_year(source: Source, report: date | None, tw: TimeWords) -> int | None:
    """The year of the event a report looks back on ('A year after the Zhetysu siege',
    'Thousands march … on 35th anniversary of …', 'Twenty-five years after Los Guineos'),
    counted back from its date, or from the year its opening states when it has none (a
    byline's '14 March 2026'); None for a report of its own day's news."""
    from claimcheck.events import RECALL_CHARS, recalled_years

    opening = ((source.title + "\n") if source.title else "") + source.body[:RECALL_CHARS]
    back = recalled_years(opening[:RECALL_CHARS])
    if not back and report is not None:  # (an event named by a past year: the report's own known)
        back = recalled_years(opening[:RECALL_CHARS], report.year)
    if not back:
        return None
    now = report.year if report is not None else event_year(source.body, None, tw)
    return now - back if now else None


def _of_year(sentence: str, recalled: int, tw: TimeWords) -> bool:
    """Whether the years a sentence names are all ``recalled`` ('… killed in 1991'; not '… in
    1991, and 300 in 2015'), or later ones that only date a study of it ('The historian,
    whose 2016 book is the most complete account, identified 11 dead by name').

    >>> w = time_words()
    >>> _of_year("The historian, whose 2016 book is the fullest, identified 11 dead.", 2001, w)
    True
    >>> _of_year("In 2016, a second shooting killed 3.", 2001, w)
    False
    """
    years = {int(m["y"]) for m in tw.year.finditer(sentence)}
    if years == {recalled}:
        return True
    later = {int(m[1]) for m in _STUDY_YEAR.finditer(sentence) if int(m[1]) > recalled}
    return bool(later) and years <= later | {recalled}


_RECOVERY_STEMS = re.compile(r"recover|exhum|unearth|excavat|retriev|dug\s+up", re.IGNORECASE)
_RECOVERED_THEM = re.compile(
    r"\b(?:recovered|exhumed|unearthed|excavated|retrieved|dug\s+up)\b[^.;:]{0,40}$", re.IGNORECASE
)
_WERE_RECOVERED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:recovered|exhumed|unearthed|retrieved|dug\s+up)\b",
    re.IGNORECASE,
)  # 'the remains of 23 people had been recovered'
_GRAVES = re.compile(r"\b(?:exhum\w*|graves?|gravesites?|burial\s+pits?)\b", re.IGNORECASE)


def _from_graves(claim: Claim, text: str, body_from: int) -> bool:
    """Whether a toll counts the dead recovered from graves: its figure the object of a
    verb of recovery in its clause ('recovered the remains of at least 132 individuals',
    'had recovered 23 bodies by that evening and 37 by 30 March'), where its sentence or the
    one before speaks of graves or exhumation ('working in three graves', 'Exhumations …
    began on 12 March'). Not the bodies rescuers recover in a disaster ('its teams have
    recovered four bodies').

    >>> from claimcheck.models import Claim, Quantity
    >>> def graves(text, figure):
    ...     at = text.index(figure)
    ...     q = Quantity(figure, at, at + len(figure), 1, 1, 1, "exact")
    ...     start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
    ...     return _from_graves(Claim("s", None, None, "killed", "people", q, 1, text[start:], start), text, 0)
    >>> graves("Exhumations began on 12 March. Police had recovered 23 bodies by that evening and 37 by 30 March.", "37")
    True
    >>> graves("Police began exhuming bodies from graves. By nightfall the remains of 23 people had been recovered.", "23")
    True
    >>> graves("The river rose again. Its teams have recovered four bodies.", "four")
    False
    """
    at = claim.start - claim.sentence_start
    clause = claim.sentence[max(0, at - 80) : at]
    clause = clause[max(clause.rfind(";"), clause.rfind(". ")) + 1 :]
    if _RECOVERED_THEM.search(clause) is None and _WERE_RECOVERED.match(claim.sentence, at + len(claim.text)) is None:
        return False
    return _GRAVES.search(claim.sentence) is not None or _GRAVES.search(
        _sentence_before(text, body_from, claim.sentence_start)
    ) is not None


def _counted_later(sentence: str, at: int, recalled: int, report: date | None, tw: TimeWords) -> bool:
    """Whether the years of a look back's figure's sentence date only a later count of the
    recalled event, the figure told after the count's own verb or noun ('In 1985 the Families'
    Committee counted 143 dead', 'In March 1983 the legal aid office published a list of 87
    victims', '… concluded in its 1994 report that at least 96 people had been killed', 'A UN
    special rapporteur reported 17 dead in 2001'): its years lie after the recalled one and
    not after the report's. Not another event of a later year ('In 2016, a second shooting
    killed 3').

    >>> w = time_words()
    >>> _counted_later("In 1985 the committee counted 143 dead.", 29, 1982, date(2026, 1, 1), w)
    True
    >>> _counted_later("A UN special rapporteur reported 17 dead in 2001.", 33, 1997, date(2026, 1, 1), w)
    True
    >>> _counted_later("In 2016, a second shooting killed 3.", 34, 2001, date(2026, 1, 1), w)
    False
    >>> _counted_later("In 2016, police said another shooting killed 3.", 45, 2001, date(2026, 1, 1), w)
    False
    """
    last, years = None, 0
    for m in tw.year.finditer(sentence):
        y, years = int(m["y"]), years + 1
        if y <= recalled or (report is not None and y > report.year):
            return False
        if m.end() <= at:
            last = m
    if not years:
        return False
    # the words from the last year before the figure, else the figure's own clause; or the
    # words before the figure, when the year is a counting body's ('A 2005 inquiry settled on
    # 742') or its clause tells a count's act before it ('The ministry revised its figure in 2003
    # to 512', 'The memorial museum, opened in 2014, cites 760 names')
    between = sentence[last.end() : at] if last is not None else sentence[max(0, at - 40) : at]
    if _ANOTHER.search(sentence[:at]) is not None:
        return False
    return (
        _COUNT_WORD.search(between) is not None
        or (last is not None and count_year(sentence, last.start()))
        or _COUNT_WORD.search(sentence[:at]) is not None
    )


_COUNT_WORD = re.compile(
    rf"\b(?:{COUNT_VERB}|lists?|wrote|count|tally|census|cites|cited)\b",
    re.IGNORECASE,
)  # the count's own act, the figure told after it
_ANOTHER = re.compile(r"\b(?:another|second|third|new|further|other)\b", re.IGNORECASE)


_STUDY_YEAR = STUDY_YEAR  # a later study of the recalled event: 'whose 2016 book', 'the 2002 report'


def _running_points(
    claims: list[Claim], order: Sequence[int], text: str, tw: TimeWords
) -> list[Claim]:
    """Later points of a running tally told in one sentence ('The ministry initially reported
    11 dead on the night of the collapse, rising to 14 the next day and 16 by 20 August';
    '… first counted 11 dead on the night of 14 August, then 14 the following afternoon'): each
    figure followed by a rise of the same tally ('rising to', 'then', a point 'by 20 August' or
    'the next day') is an earlier point of it, and a point 'the next day' stands a day after the one before it (when that one's day is known)."""
    for a, b in zip(order, order[1:], strict=False):
        x, y = claims[a], claims[b]
        if (
            x.measure != y.measure
            or x.measure not in RUNNING_TALLIES
            or x.sentence_start != y.sentence_start
            or y.period != "cumulative"
        ):
            continue
        rise = tw.rise_between.search(text, x.end, y.start) is not None
        then = text[y.end : y.end + 40]
        next_day = tw.later_after.match(then) is not None
        by_date = then.startswith(" by ") and tw.explicit.match(then, 4) is not None
        if not (rise or next_day or by_date):
            continue
        if x.period == "cumulative":
            claims[a] = x = with_fields(x, period="earlier")
        if next_day and x.as_of:
            day = parse_date(x.as_of)
            if day is not None:
                claims[b] = with_fields(y, as_of=(day + timedelta(days=1)).isoformat())
    return claims


ROAD_CRASH_SCOPE = "incident: road crash"  # (scope/road-crash's)
_VEHICLE = re.compile(r"\b(bus|minibus|truck|lorry|van|coach|taxi|tanker|kombi)(?:es|s)?\b", re.IGNORECASE)
_SEPARATE_CUE = re.compile(r"separate|unrelated", re.IGNORECASE)  # (cheap first: most paragraphs hold neither)
SEPARATE_OPENING = 60  # how far into its paragraph a separate incident's opening words may stand
_SEPARATE_NOUNS = (
    r"(?:incident|accident|crash|collision|fire|blaze|explosion|blast|attack|shooting|stampede|collapse|"
    r"landslide|flood|derailment|capsizing|sinking)"
)
_SEPARATE_OPENS = re.compile(
    rf"(?:[^\w\n]|\d{{1,2}}[:.]\d\d\b)*(?:in|during)\s+(?P<s>(?:a\s+separate|an\s+unrelated|another|a\s+different)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_SEPARATE_NOUNS})\b[^.\n]*\.\s",
    re.IGNORECASE,
)  # a paragraph opened by another incident's sentence ('In a separate incident before dawn, a tanker overturned …. ')
_SEPARATE_LABEL = re.compile(
    rf"^(?:[^\w\n]|\d{{1,2}}[:.]\d\d\b)*(?P<s>separate|unrelated)\s*[:–—]\s"
    rf"|\(\s*(?P<t>(?:a|an)\s+(?:separate|unrelated)\s+(?:[\w-]+\s+){{0,2}}?{_SEPARATE_NOUNS})\s*\)",
    re.IGNORECASE,
)  # a line's label ('- Separate: minibus taxi crash on the N4, three dead') or an aside ('the tanker fire (a separate road accident): toll now six')


def _separate_incident(text: str, c: Claim, body_start: int) -> str | None:
    """The incident scope of a toll, an injury count or an arrest count that its report tells
    of another incident than the event's, where the parser's scope/separate-incident, which
    reads the figure's own sentence, does not see it: a figure in a later sentence of a
    paragraph that opens on another incident ('In a separate incident before dawn, a tanker
    carrying diesel overturned … . Five people were killed and 12 hurt, traffic police said.'),
    or one after a line's label or an aside that says so ('- Separate: minibus taxi crash on
    the N4 near Kroondal, three dead', 'The tanker fire (a separate road accident): toll now
    six'). Its own quantity, not the event's.

    >>> from claimcheck.models import Quantity, claim_in
    >>> text = "In a separate incident before dawn, a tanker overturned near the port. Five people were killed, police said."
    >>> at = text.index("Five")
    >>> five = Claim("s", None, None, "killed", "people", Quantity("Five", at, at + 4, 5, 5, 5, "exact"), 1, text[at:], at)
    >>> _separate_incident(text, five, 0)
    'incident: a separate incident'
    >>> _separate_incident("Separate: minibus crash on the N4, three dead", claim_in("Separate: minibus crash on the N4, three dead", "three", "killed"), 0)
    'incident: separate'
    >>> _separate_incident("In a separate statement, the ministry said 14 had died.", claim_in("In a separate statement, the ministry said 14 had died.", "14", "killed"), 0) is None
    True
    """
    own = text[c.sentence_start : c.start]
    if (label := _SEPARATE_LABEL.search(own)) is not None:
        return f"incident: {' '.join((label['s'] or label['t']).split()).casefold()}"
    para = text.rfind("\n", body_start, c.sentence_start) + 1
    if para < c.sentence_start and (opens := _SEPARATE_OPENS.match(text, para, c.sentence_start)) is not None:
        return f"incident: {' '.join(opens['s'].split()).casefold()}"
    return None


_STRIKERS_COUNTED = re.compile(
    r"\s+(?:strikers\b(?=\s*(?:[;.:)\]]|$))|absent(?:ees)?\b(?=\s*(?:[;,.:)\]]|$)))"
    r"|\s+(?:strikers|absentees|absent)\s+(?:on|in|at|from|across|that|this|by)\b",
    re.IGNORECASE,
)  # '6,500 strikers; …', '9,200 absent on Wednesday': a strike's count named by its noun alone (not
#    'Several hundred strikers, most of them dockers, later marched': an apposition, then its verb)
_AND_AFTER = re.compile(r"[^,;:.\d]{0,40}\band\s+$")  # 'eight people died and ' (95 were injured)
_FOLLOWED = re.compile(r"\b(?:that|which)\s+followed\s*[.;]")


_PARTICIPLE = re.compile(
    r",\s+(?:injuring|killing|wounding)\s+(?:at\s+least\s+|some\s+|about\s+|around\s+)?$"
)
_AT_GATHERING = re.compile(
    r"\b(?:dispersed|broke\s+up|at|during)\s+the\s+(?:protest|march|rally|demonstration|vigil"
    r"|sit-in|gathering)\b"
    r"|\b(?:detained|arrested|held|picked\s+up|taken\s+into\s+custody)\b[^.;:]{0,30}?\bthere\b(?!\s+(?:was|were|is|are|had|have)\b)",
    re.IGNORECASE,
)  # ('… a smaller crowd gathered outside parliament … Police said three people were detained
# there after a scuffle': where that gathering was, its own arrests)
_THAT_ONE = re.compile(r"(?:That|This)\s+one\b(?!\s+of\b)")
_AGO_AFTER = re.compile(
    r"[ \t]*(?:That|This|It)\s+(?:was|happened|came)\s+(?:(?:[\w-]+\s+){1,2}(?:years|decades)\s+ago"
    r"|in\s+(?P<year>(?:19|20)\d\d))\b"
)  # the sentence after a figure: 'That was 24 years ago.', 'That was in 2002.'
_AFTER_NAMED = re.compile(r"(?:After|Since)\s+(?:the\s+)?(?P<n>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3},\s+when\s+$")
_PARAGRAPH_YEAR = re.compile(
    r"(?:In|During)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d)\s*,"
    r"|The\s+(?:spring|summer|autumn|fall|winter|events|protests|riots|unrest|crisis)\s+of\s+(?P<y2>(?:19|20)\d\d)\s+(?:is|was|were|are|had|saw|brought|left)\b"
)  # 'In October 2025, protests … broke out', 'The autumn of 2006 is remembered differently': a paragraph of that time
_OPENING_YEAR = re.compile(
    r"(?:In|During)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d)(?:\s*,|\s+(?=(?:the|a|an)\s))"
    r"|(?:[-•*–]\s+)?(?P<y3>(?:19|20)\d\d)\s*(?:,|:|\s[-–—])\s"
    r"|The\s+(?:spring|summer|autumn|fall|winter|events|protests|riots|unrest|crisis)\s+of\s+(?P<y2>(?:19|20)\d\d)\s+(?:is|was|were|are|had|saw|brought|left)\b"
)  # the year a paragraph about an earlier event opens with, in looser ways too: 'In 2015 a speedboat caught
#    fire …', a list item's '- 2009, Gweru: …' (for a figure of an earlier event: see situate)
_YEAR_OPENS = frozenset("IDT-•*–12")  # the first characters of a paragraph _PARAGRAPH_YEAR may match (cheap first)
_IN_MONTH = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?(?P<m>[A-Z][a-z]+)\b(?![\s,]*(?:\d|of\b))"
)  # 'began in October': a month with no day or year
_FIRST_CLAUSE = re.compile(r"[.;:,\n]")
_PAST_MONTH = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Ll]ast)\s+(?P<m>[A-Z][a-z]+)\b(?![\s,]*(?:\d|of\b))"
)  # 'in October', 'Last July' in a figure's sentence (not 'since October': a count from then on)
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,]*,")  # ', who were arrested … last October,': of other news
_NEW_CLAUSE = re.compile(r",\s+and\s|;")
_TO_COME = re.compile(r"\b(?:will|would|shall|plans?|planned|expects?|expected|next|is\s+due|are\s+due)\b")


def _sentence_month(head: str, tw: TimeWords) -> int | None:
    """The month, with no day or year, that the words of a sentence before its figure name
    ('At the trust's first march, in October, police estimated', 'Last July, lightning
    killed': negative, its time past in so many words), unless they tell of a time to come
    ('The union plans another march in October').

    >>> w = time_words()
    >>> _sentence_month("At the trust's first march, in October, police estimated ", w)
    10
    >>> _sentence_month("Last July, lightning killed ", w)
    -7
    >>> _sentence_month("Arrests since October rose to ", w) is None
    True
    >>> _sentence_month("The union expects in October ", w) is None
    True
    >>> _sentence_month("The campaign began in August, and a first march on 18 October drew ", w) is None
    True
    >>> _sentence_month("The committee of the detainees, who were arrested in Tinghir last October, said ", w) is None
    True
    """
    if "n " not in head and "ast " not in head and "ing " not in head:
        return None
    if "who" in head or "which" in head:
        head = _RELATIVE.sub(",", head)
    head = _NEW_CLAUSE.split(head)[-1]  # ('The unions began their campaign in August, and a first
    # demonstration on 18 October drew': the figure's own clause)
    for m in _PAST_MONTH.finditer(head):
        month = tw.months.get(m["m"].casefold())
        if month is not None:
            return None if _TO_COME.search(head) else -month if m[0][0] in "Ll" else month
    return None


MONTHS_BEFORE = 3  # how many months before its report a paragraph's month tells an earlier event
UNDATED_MONTHS = 4  # months 3 to 6 before an undated report's opening date are surely before it


def _opening_month(body: str, report: date | None, tw: TimeWords) -> int | None:
    """The month of a report: its date's, else that of the first date its opening writes (a
    dateline's 'ERRACHIDIA, Morocco, March 14 (NAW) -')."""
    if report is not None:
        return report.month
    m = tw.explicit.search(body, 0, 400)
    return tw.months.get((m["m1"] or m["m2"]).casefold().rstrip(".")) if m else None


_THAT_TIME = re.compile(
    r"\b[Tt]hat\s+(?:month|year|operation|crackdown|raid|offensive|campaign"
    r"|crash|collision|accident|attack|bombing|blast|explosion|fire|stampede|disaster|massacre)\b"
    r"|(?:^|\b(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n|[Ff]rom|[Aa]fter|[Bb]y|[Oo]ver|[Tt]hroughout)\s+)[Tt]hat\s+"
    r"(?!(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|said|says|the|a|an|they"
    r"|he|she|it|we|you|there|this|these|those|s|said|day|night|morning|afternoon|evening|figure|number|toll"
    r"|count|crowd|estimate)\b)[a-z][a-z-]{2,}\b"
    r"|\b(?:[Aa]t\s+the\s+time|[Bb]ack\s+then|[Tt]hat\s+time)\b"
    r"|\b(?:[a-z]+ed|said|put|gave|told|wrote)\s+then\b(?!-)|\bthen\s+(?:at|to)\s+(?:about\s+|some\s+)?\d"
)  # 'the riots … that month', 'during that operation', 'That walkout ended with 45 arrests', 'On
#    that occasion', 'At the time', 'Back then', 'The police said then that 15 had died', 'put
#    the dead then at 6': of the time (the earlier event) named before; 'first published in
#    July 2019, after a collision … That crash killed nine people


def _fasting(c: Claim, text: str, body_from: int, tw: TimeWords, lead: bool) -> bool:
    """Whether a participants figure counts those on a hunger strike: its sentence tells one
    ('37 prisoners were still refusing food on Friday', 'no inmate … is on hunger strike'), or
    the report's opening does and neither its sentence nor the one before tells another
    gathering ('| participants = 12 (DGAPR) to 63' in the infobox of a hunger strike; not 'held
    a sit-in in front of the Parliament. The organisers said 3,000 people took part', nor
    '5,000 people marched in support of the hunger strikers')."""
    fasting = tw.fasting
    if fasting is None or not (lead or fasting.search(c.sentence)):
        return False

    def other_gathering(told: str) -> bool:  # 'sit-in', 'marched'; not 'the strike', '3 March'
        return any(
            m[0].casefold() not in _STRIKE_WORDS and m[0] != "March"
            for m in tw.gathering.finditer(fasting.sub(" ", told))
        )

    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    clause = _CLAUSE_END.split(c.sentence[:at])[-1] + c.sentence[at:end] + _CLAUSE_END.split(c.sentence[end:], 1)[0]
    if other_gathering(clause):  # (its own clause: not 'who were arrested during protests …, said 37')
        return False
    return fasting.search(c.sentence) is not None or not other_gathering(
        _sentence_before(text, body_from, c.sentence_start)
    )


_STRIKE_WORDS = frozenset({"strike", "strikes", "walkout"})  # (in a hunger strike's report: that one)
_ANY_ACTION = frozenset({"protest", "protests"})  # (what a hunger strike is called too: '2026 protest by detainees')


def _fasting_lead(lead: str, tw: TimeWords) -> bool:
    """Whether a report's opening tells a hunger strike as its news: it names one, and no other
    gathering before it ('Detainees … ended a 41-day hunger strike'); not a rally's live page whose
    summary lists the strikers after the crowds ('Crowd estimates today: Police — about 7,000 …
    • Hunger strike: 23 people'), whose crowd figures are the rally's.

    >>> tw = time_words()
    >>> _fasting_lead("Morocco: hunger strike ends after 41 days as families say two died", tw)
    True
    >>> _fasting_lead("LIVE: Erdenet rally, day three. Crowd estimates: 7,000. Hunger strike: 23 people", tw)
    False
    """
    fasting = tw.fasting
    first = fasting.search(lead) if fasting is not None else None
    if first is None:
        return False
    return not any(
        m[0].casefold() not in _STRIKE_WORDS | _ANY_ACTION and m[0] != "March"
        for m in tw.gathering.finditer(lead, 0, first.start())
    )


_BACK_THEN = re.compile(
    r"\b(?:(?<!since )(?<!from )then\b(?!\s+on\b)|of\s+the\s+(?:time|day)|at\s+that\s+time|in\s+those\s+days"
    r"|that\s+(?:year|time|occasion))",
    re.IGNORECASE,
)  # a sentence's words of an earlier time ('Nobody died then', 'the authorities of the time')


def _goes_on(
    out: Sequence[Claim],
    order: Sequence[int],
    pos: int,
    c: Claim,
    text: str,
    tw: TimeWords,
    body_from: int,
    the_year: Callable[[], int | None] | None,
) -> bool:
    """Whether ``c``'s sentence goes on about the earlier event the sentence right before told
    (a figure of it, or its year): it names no year and no time of today, and either says it is
    of that time ('then', 'of the time', 'that year', 'that blast') or follows in the same
    paragraph."""
    if _PRESENT.search(c.sentence) or any(not count_year(c.sentence, m.start()) for m in tw.year.finditer(c.sentence)):
        return False  # (a counting body's year is no time of its own: 'but a 2005 inquiry concluded …')
    if _HAS_BEEN.search(c.sentence[: c.start - c.sentence_start]) or _ITS_DAY.search(c.sentence) or _names_a_day(c.sentence, tw):
        return False  # (a day of today's event: 'marched on the first day', 'on 12 October')
    if _BACK_TO_NOW.match(c.sentence):
        return False  # ('Still, many thousands – let us say five to six thousand')
    back = _BACK_THEN.search(c.sentence) is not None or _THAT_TIME.search(c.sentence) is not None
    opens = text[body_from : c.sentence_start].rstrip(" \t")[-1:] in ("\n", "")  # (a paragraph's first sentence)
    if opens and not back:
        return False
    if not back and _PLACE_AFTER.search(c.sentence):
        # (nor one that names a place of its own with no word of that time: 'Police in Marvale
        # said 40 people had died' after 'Marvale in 2019 saw 12 deaths')
        return False
    k = pos - 1
    while k >= 0 and out[order[k]].sentence_start == c.sentence_start:
        k -= 1
    if k >= 0:
        said = out[order[k]]
        gap = text[said.sentence_start + len(said.sentence) : c.sentence_start]
        if len(gap) <= 3 and not gap.strip():  # (the figure of the sentence right before)
            return said.period == "before"
    if not back and _NARRATED.match(c.sentence):
        return False  # ('… in memory of people killed in the 2022 protests. Within half an hour, several hundred …')
    if the_year is None:  # (an undated report that states no year: one its lead does not name)
        last = _sentence_before(text, body_from, c.sentence_start)
        lead = _lead(text, body_from)
        return any(
            m["y"] not in lead and not _MEASURED_SINCE.search(last, 0, m.start()) and not count_year(last, m.start())
            for m in tw.year.finditer(last)
        )
    return _past_year_before(text, body_from, c.sentence_start, the_year(), tw, events_only=True)


_BACK_TO_NOW = re.compile(r"\W*(?:Still|But|Yet|However|Now|Today|Tonight|This\s+time|Meanwhile|In\s+contrast)\b")
_NARRATED = re.compile(
    r"\W*(?:Within|Minutes|Hours|Moments|Shortly|Soon|By\s+(?:mid-?)?(?:morning|noon|midday|afternoon|evening|nightfall|dawn))\b"
)  # a sentence that goes on with the story's own hours, not with the year named before it
_ITS_DAY = re.compile(r"\b(?:first|second|third|fourth|final|last|opening|closing)\s+(?:day|night)\b|\bday\s+(?:one|two|three|\d)\b", re.IGNORECASE)
_HAS_BEEN = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been|risen|climbed|reached|grown|gone|increased)\b", re.IGNORECASE)


def _sentence_before(text: str, body_from: int, at: int) -> str:
    """The sentence before the one starting at ``at`` (up to 400 characters of it)."""
    lead = text[max(body_from, at - 400) : at].rstrip()
    return _SENTENCE_END.split(lead[:-1])[-1] if lead else ""


_NAMED_YEAR = re.compile(
    r"(?P<n>[A-Z](?<!\w[A-Z])[a-z]{3,}(?:-[A-Z][a-z]+)?)(?:\s+in)?\s+(?P<y>(?:19|20)\d\d)\b(?![\d,])"
)  # 'Sendong in 2011', 'Majiya 2024' (led by the capital, not by '\b', which lets the engine
# skip to the next capital letter: twice as fast over a report; the look-behind is the '\b')
_YEAR_NAMED = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s+(?P<n>[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)\b"
)  # the year first: 'the 2013 Gezi Park protests', 'the 2008 Adum Market fire'
_NO_NAMES = re.compile(r"(?!x)x")  # matches nothing
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # where a named year's year may be
NAME_REACH = 40  # characters before a year searched first for its name


def _named_years(body: str) -> Iterator[re.Match[str]]:
    """What ``_NAMED_YEAR.finditer(body)`` finds, searched near each year only: a scan for a
    capital letter stops at each (one try per capital, and a text has thousands), a scan for
    '19' or '20' at a few places. A match's name, 'in' and spaces are letters, hyphens and
    white space: its search starts NAME_REACH characters before the year, or further back
    while those characters run on.

    >>> [m.group() for m in _named_years("Sendong in 2011; Majiya 2024, Ondoy-Ketsana   2009. Abcd 12019")]
    ['Sendong in 2011', 'Ondoy-Ketsana   2009']
    """
    done = 0
    for year in _YEAR_DIGITS.finditer(body):
        at = year.start()
        if at < done:
            continue
        lo = max(done, at - NAME_REACH)
        while lo > done and (body[lo - 1].isalpha() or body[lo - 1].isspace() or body[lo - 1] == "-"):
            lo -= 1  # (still letters, spaces or hyphens: the name may start further back)
        m = _NAMED_YEAR.search(body, lo, min(len(body), year.end() + 1))
        if m is not None and m.start("y") == at:
            yield m
            done = m.end()



def _names_after_years(body: str) -> Iterator[re.Match[str]]:
    """The names written after a year that 'the' or a line's start leads ('the 2013 Gezi Park
    protests', 'the notorious 1981 Stardust disco fire', a list's '2011 Thung Song   2   60';
    not 'In 2020 Police said'): what ``_YEAR_NAMED`` finds at each such year.

    >>> [m["n"] for m in _names_after_years("the 2013 Gezi Park protests, 2019 was, in 2020 Police\\n2011 Thung Song")]
    ['Gezi', 'Thung']
    """
    for year in _YEAR_DIGITS.finditer(body):
        m = _YEAR_NAMED.match(body, year.start())
        if m is not None and _LEADS_A_NAME.search(body, max(0, year.start() - 24), year.start()):
            yield m


_LEADS_A_NAME = re.compile(
    r"(?:\b[Tt]he\s+(?:[a-z]+\s+)?|(?:^|\n)[-*•]?\s*)$"
)  # (what leads a year that leads a name: 'the notorious 1981 Stardust disco fire')


def _past_event_names(
    body: str, year: int | None, tw: TimeWords, home: Sequence[str] = ()
) -> re.Pattern[str]:
    """The names a report gives earlier events, with their year ('Sendong in 2011 killed
    1,200+', 'Remember Majiya 2024?'): a year before the event's (or, the event's year
    unknown, one its opening does not name); not a month, not a word the report also writes
    in lower case ('Protests in 2019'), not a place of the event (``home``, case-folded) or a
    name its opening gives before (the dateline's country).

    >>> w = time_words()
    >>> text = "Floods hit Cagayan in 2026. Sendong in 2011 killed 1,200+."
    >>> names = _past_event_names(text, 2026, w, ["cagayan"])
    >>> bool(names.search("Sendong was ")), bool(names.search("Cagayan police said "))
    (True, False)
    >>> bool(_past_event_names("In November 2019, protests in 2019 ...", 2026, w).search("November"))
    False
    """
    opening = body[:LEAD_CHARS]
    found: set[str] = set()
    for m in itertools.chain(_named_years(body), _names_after_years(body)):
        name, y = m["n"], int(m["y"])
        if (y >= year if year is not None else m["y"] in opening) or name.casefold() in tw.months:
            continue
        if (
            name.casefold() in home
            or name in body[: min(m.start(), LEAD_CHARS)]  # 'KIRKUK, Iraq, … Iraq in 2020'
            or re.search(rf"\b{re.escape(name.casefold())}\b", body)
        ):
            continue
        found.add(name)
    if not found:
        return _NO_NAMES
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, found)))})\b")


def _past_year_before(
    text: str, body_from: int, at: int, year: int | None, tw: TimeWords, *, events_only: bool = False
) -> bool:
    """Whether the sentence before ``at`` names a year before the event's (the earlier event a
    figure 'in the crackdown that followed' belongs to), one the report's opening does not
    name (an anniversary story opens with the year of the event it recalls). ``events_only``:
    not a year the sentence measures today's event by ('the deadliest since 2011')."""
    if year is None:
        return False
    last = _sentence_before(text, body_from, at)
    opening = _lead(text, body_from)
    return any(
        int(m["y"]) < year
        and m["y"] not in opening
        and not (events_only and _MEASURED_SINCE.search(last, 0, m.start()))
        for m in tw.year.finditer(last)
    )


def _lead(text: str, body_from: int) -> str:
    """A report's opening as far as its first sentence of prose ends (its headline lines and its
    lead sentence, at most ``LEAD_CHARS``): where a story that looks back names the year of the
    event it recalls; not the background a short report gives in its next sentences.

    >>> _lead("Dam toll rises\\n\\nRescuers found 14 bodies. In 1997 a slide killed 61.", 0)
    'Dam toll rises\\n\\nRescuers found 14 bodies.'
    """
    head = text[body_from : body_from + LEAD_CHARS]
    end = _LEAD_END.search(head)
    return head[: end.end()] if end else head


_LEAD_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?=\s)")  # (not 'U.N.', 'Mr.', 'Dr.')
_THAT_DAY_BACK = re.compile(r"\b[Tt]hat\s+(?:day|night|evening|morning|afternoon|weekend)\b")
_MEASURED_SINCE = re.compile(
    r"\b(?:since(?:\s+the)?|than(?:\s+in)?|(?:designed|built|constructed|opened|founded|established|formed|created|set\s+up"
    r"|registered|launched|inaugurated|completed|renovated|adopted|passed)(?:\s+in)?)"
    r"\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?$"
)  # 'the deadliest since September 2011', 'more than in 2019': a year today's event is measured by;
#    'The bridge had been designed in 2014 for …': a year of a thing, no event of its own


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def _last_days(
    gap: str, report: date | None, tw: TimeWords, event: tuple[date | None, date | None], recent: bool = False
) -> tuple[date | None, date | None]:
    """The day named next to a gathering ('during Monday's sit-in', 'ended its strike Friday
    with a rally') in the last sentence of ``gap`` that names one (resolved against the report's
    date), None when none does: the story's day so far, for a later gathering figure whose own
    words name none. Days named for other news ('Police on Tuesday raised the number of
    arrests') do not count, nor days still to come ('called for another march on Thursday'),
    nor dates written out ('on 14 March', which an anniversary story writes of the event it
    recalls). With ``recent``, in the same scan, the day read the same way but with a date
    written out too, in the week before the report ('The Sunday protests on June 16', told on
    June 17; not an anniversary's 'on 14 March'), else None: (strict, recent)."""
    if report is None or not tw.day_cue.search(gap.casefold()):
        return None, None
    strict: date | None = None
    lately: date | None = None
    for chunk in reversed(_SENTENCE_END.split(gap)):
        for m in tw.gathering.finditer(chunk):
            if strict is not None and (lately is not None or not recent):
                return strict, lately
            if tw.planned.search(chunk, 0, m.end()) is not None:
                continue  # (a day still to come: 'called for another march on Thursday')
            near = chunk[max(0, m.start() - 40) : m.end() + 40]
            explicit = tw.explicit.search(near) is not None
            if explicit and not recent:
                continue
            day = resolve_day(near, report, tw, event=event)
            if day is None:
                continue
            if strict is None and not explicit:
                strict = day
            if recent and lately is None and report - timedelta(days=7) <= day <= report:
                lately = day
    return strict, lately


PARAGRAPH_CHARS = 600  # how far back an undated report's paragraph is read for its gathering's day
WRAPPED_CHARS = 60  # the shortest line a text wrapped in mid-sentence runs to
_SENTENCE_ENDS = frozenset(".!?\"”’)]")


def _own_date_line(sections: Sequence[tuple[int, date | None]], claims: Sequence[Claim]) -> date | None:
    """The day of an undated report's own date line: the one day its dated lines name (a
    statement's 'Osh, 9 September 2026', 'For immediate release — Saturday 5 September 2026'),
    its first dated line before its first figure; None when it has none, or dated lines of two
    days (a live page's day headings, a thread's post stamps)."""
    dated = [(end, day) for end, day in sections if day is not None]
    if not dated or len({day for _end, day in dated}) > 1 or dated[0][0] > min(c.start for c in claims):
        return None
    return dated[0][1]


def _names_a_day(sentence: str, tw: TimeWords) -> bool:
    """Whether ``sentence`` names a day: a date, a weekday or a relative day ('yesterday').

    >>> [_names_a_day(s, time_words()) for s in ("Attendance rose on 12 October.", "On Tuesday 300 came.",
    ...     "Police estimated the march at 1,500.", "Yesterday 300 came.")]
    [True, True, False, True]
    """
    return any(p.search(sentence) is not None for p in (tw.explicit, tw.weekday, tw.relative))


def _paragraph_day(
    text: str,
    body_from: int,
    at: int,
    tw: TimeWords,
    event: tuple[date | None, date | None],
    year: int | None,
    report: date | None = None,
) -> date | None:
    """The day an undated report's paragraph names before ``at`` in its last sentence that
    tells a gathering ('On 27 September, relatives and church members marched from the site to
    the city hall'; not one still to come: 'called another march for 2 October'), its dates of
    ``year`` (its weekdays unknown). In a dated report (``report``), the day the sentence right
    before names, wherever it stands there ('had gathered on Tuesday evening at the square for a
    candlelight vigil'), a weekday or a relative day: a date written out there is more often
    the day of an earlier march it compares with ('up from 9,500 at the first march on November
    14'). The paragraph runs back at most PARAGRAPH_CHARS,
    to a line that ends a sentence or is short (a blank line, an infobox's 'Resulted in Sit-in
    dispersed by police, 14 October', a heading): only a line wrapped in mid-sentence goes on.

    >>> text = "Background.\\n\\nOn 24 April the unions marched through Kelso. Organisers put it at 8,000."
    >>> _paragraph_day(text, 0, text.index("Organisers"), time_words(), (None, None), 2026)
    datetime.date(2026, 4, 24)
    >>> text = "On 2 May a vigil was held in Kelso.\\n\\nOrganisers put the crowd at 8,000."
    >>> _paragraph_day(text, 0, text.index("Organisers"), time_words(), (None, None), 2026) is None
    True
    """
    chunks = _paragraph_sentences(text, body_from, at, tw)
    for chunk in _told_gatherings(chunks[-1:] if report is not None else chunks, tw):  # (a dated report's: the one right before)
        if report is None or tw.explicit.search(chunk) is None:  # (a dated report's 'up from 9,500 on November 14')
            day = resolve_day(chunk, report, tw, event=event, year=year)
            if day is not None:
                return day
    return None


def _told_gatherings(chunks: list[str], tw: TimeWords) -> Iterator[str]:
    """Of ``chunks``, last first, those that tell a gathering, not one still to come ('called
    another march for 2 October'); none before a later one that names a day of no gathering
    ('The first gatherings took place on Friday 11 September … Saturday 12 September was the
    largest day.': the day the story has moved on to is no gathering's it told)."""
    for chunk in reversed(chunks):
        told = tw.gathering.search(chunk)
        if told is not None and tw.planned.search(chunk, 0, told.end()) is None:
            yield chunk
        elif told is None and _names_a_day(chunk, tw):
            return


def _paragraph_sentences(text: str, body_from: int, at: int, tw: TimeWords) -> list[str]:
    """The sentences of the paragraph holding ``at`` before it, its wrapped lines joined
    (none when they name no day at all): the paragraph runs back at most PARAGRAPH_CHARS, to a
    line that ends a sentence or is short (see :func:`_paragraph_day`)."""
    start = max(body_from, at - PARAGRAPH_CHARS)
    line = text.rfind("\n", start, at)
    while line >= start:  # (back over the lines wrapped in mid-sentence)
        before = text.rfind("\n", start, line)
        last = text[before + 1 : line].rstrip()
        if len(last) < WRAPPED_CHARS or last[-1:] in _SENTENCE_ENDS:
            start = line + 1
            break
        line = before
    gap = text[start:at]
    if not tw.day_cue.search(gap.casefold()):
        return []
    return [chunk for chunk in _SENTENCE_END.split(gap.replace("\n", " ")) if chunk.strip()]


_THAT_DAY = re.compile(r"[^.;:,]{0,50}?\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b(?!\s+(?:before|after)\b)", re.IGNORECASE)

_THAT_DAY_BEFORE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but)\s+)(?:on\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\s*,?\s+$", re.IGNORECASE
)  # ('The same day, three persons were killed': opening the figure's clause, right before it)


_DAY_ROW = re.compile(rf"[ \t]*(?i:{WEEKDAY_ABBR})[a-z]*\.?[ \t]+(?P<d>\d{{1,2}})(?=[ \t]{{2,}}|\t)")


def _day_of_month(day: int, report: date) -> date | None:
    """The last day numbered ``day`` up to the report's ('Tue 13' in a report of 15 April: the
    13th of April; 'Sun 30' in one of 2 May: the 30th of April)."""
    month = report.replace(day=1)
    for _ in range(2):
        try:
            then = month.replace(day=day)
        except ValueError:
            then = None
        if then is not None and then <= report:
            return then
        month = (month - timedelta(days=1)).replace(day=1)
    return None


def _day_before(
    text: str, body_from: int, at: int, tw: TimeWords, event: tuple[date | None, date | None], report: date | None, year: int | None
) -> date | None:
    """The day the paragraph names last before ``at`` ('On Monday 4 October, units … carried
    out an operation. … One citizen lost his life on that day'), not after the report's;
    None when it names none it can resolve.

    >>> text = "On Monday 4 October police cleared the road. One man died on that day."
    >>> _day_before(text, 0, text.index("One"), time_words(), (None, None), date(2027, 10, 6), None)
    datetime.date(2027, 10, 4)
    """
    for chunk in reversed(_paragraph_sentences(text, body_from, at, tw)):
        day = resolve_day(chunk, report, tw, last=True, event=event, year=year)
        if day is not None:
            return day if report is None or day <= report else None
    return None


def _paragraph_day_word(text: str, body_from: int, at: int, tw: TimeWords) -> str | None:
    """The day an undated report's paragraph names before ``at``, in words no date can be
    read from, in its last sentence that tells a gathering and names such a day (a weekday
    written as a day: 'On Wednesday evening several thousand people marched'; 'yesterday';
    see :func:`claimcheck.when.day_words_in`); None when that sentence names two such days,
    or tells a gathering still to come ('called another march for Friday').

    >>> text = "Background.\\n\\nOn Wednesday evening thousands marched to the ministry. Police put it at 2,000."
    >>> _paragraph_day_word(text, 0, text.index("Police"), time_words())
    'Wednesday'
    >>> text = "On Friday a vigil was held.\\n\\nPolice put the crowd at 8,000."
    >>> _paragraph_day_word(text, 0, text.index("Police"), time_words()) is None
    True
    """
    for chunk in _told_gatherings(_paragraph_sentences(text, body_from, at, tw), tw):
        named = {word for _at, word in day_words_in(chunk, tw)}
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None


_VERSUS = re.compile(r"\b(?:against|versus|while|whereas)\b")
_NAMES_A_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|for)\s+(?:the\s+capital\b|[A-Z][\w'’-]+)")
_ONE_GATHERING = re.compile(
    r"\b(?:the|a|at)\s+(?:[\w-]+\s+)?(?:rally|crowd|sit-in|vigil|procession|march|gathering)\b",
    re.IGNORECASE,
)  # 'gathered at the main rally': one gathering, not the nation's


def _rival_of_nationwide(
    c: Claim, earlier: Iterable[Claim], text: str, tw: TimeWords
) -> str | None:
    """``nationwide`` for a rival count in the sentence right after a nationwide one, naming no
    gathering of its own ('The interior ministry said 963,000 people had demonstrated
    nationwide … The hard-left CGT union said more than 2.8 million had taken part'), or after
    'against' or 'while' in its sentence ('counted 180,000 demonstrators nationwide, against
    650,000 claimed by the unions'); not one naming a gathering of its own ('Organisers said
    30,000 gathered at the main rally')."""
    if _ONE_GATHERING.search(c.sentence):
        return None
    for e in earlier:  # the nearest first
        if e.sentence_start == c.sentence_start:
            if (
                e.measure == c.measure
                and e.place == NATIONWIDE
                and _VERSUS.search(text, e.end, c.start)
            ):
                return NATIONWIDE  # '… counted 180,000 demonstrators nationwide, against 650,000'
            continue
        end = e.sentence_start + len(e.sentence)
        if text[end : c.sentence_start].strip() or "\n\n" in text[end : c.sentence_start]:
            return None  # not the sentence right before
        at = c.start - c.sentence_start
        own = c.sentence[:at] + c.sentence[at : at + 80].split(",", 1)[0]
        if _NAMES_A_PLACE.search(own):
            return None  # 'In Seoul alone, 120,000 …', 'the police count of 29,000 for the capital'
        if e.measure == c.measure and e.place == NATIONWIDE and e.period == "day":
            return NATIONWIDE
    return None


def _answers(c: Claim, said: Claim, text: str, tw: TimeWords) -> bool:
    """Whether ``c`` answers the figure just before it with another count of the same thing:
    the next sentence, its figure with no noun of its own and no gathering named ('The unions
    talked of half a million.'; not 'Police counted 64,000 rally participants.')."""
    end = said.sentence_start + len(said.sentence)
    return (
        c.subject_text is None
        and tw.gathering.search(c.sentence) is None
        and c.sentence_start > said.sentence_start
        and not text[end : c.sentence_start].strip()
        and "\n\n" not in text[end : c.sentence_start]
    )


_BULLETS = frozenset(BULLET_MARKS)  # a list line's first mark (see claimcheck.layout.list_place)
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[A-Z]")  # a numbered list's item: '  2. Namur (…) …'

_SCOPE_YEAR = re.compile(r"(?:19|20)\d\d")
_COUNTED_AT_HOSPITALS = ("injured", "killed")
_THERE = re.compile(r"^[^.;]{0,40}?\b(?:t?here)\b(?!\s+(?:is|are|was|were|(?:had|have|has)\s+been)\b)")
# ('… injured there'; a forum's 'Same in Chone … The mayor said five died here yesterday';
# 'at a private clinic in Aïn Smara, but that no patient there had died'; not 'there had been')


def _own_clause(after: str) -> str:
    return after.split(",", 1)[0]


_CLAUSE = re.compile(r"[,;]|\bthat\b")


_COMPASS = frozenset(("West", "East", "North", "South", "Central", "Northern", "Southern", "Eastern", "Western"))
_REGION_RANKS = frozenset(("provincial", "state", "federal", "national", "republic"))  # ("the Zimbabwe Republic Police": the country's)


def _claimant_place(claimant: str | None, body: str, words: PlaceWords) -> str | None:
    """The place in a local authority's name ('Turin police', "Itabuna's mayor, Carlos
    Menezes, said …" before the figure) when the report names it as a place elsewhere ('in
    Turin'): its count is that place's. Not a region's authority ('the Enga provincial police
    commander', 'the Lagos State police', 'the West Java police'): it speaks for the event in
    its region, whose toll it gives, not for one place of it.

    >>> pw = place_words()
    >>> _claimant_place("Turin police", "Clashes broke out in Turin on Friday.", pw)
    'Turin'
    >>> _claimant_place("the West Java police", "Nine died in West Java, in Subang.", pw) is None
    True
    """
    if not claimant or not words.local.search(claimant):
        return None
    first = claimant.split()[:4]
    if any(w in _COMPASS and n[:1].isupper() for w, n in zip(first, first[1:], strict=False)):
        return None  # 'the West Java police': a region's ('West Java', 'North Sumatra')
    runs: list[list[str]] = [[]]  # the capitalised words in a row: 'Hong Kong' of 'The Hong Kong police'
    for w, after in zip(first, [*first[1:], ""], strict=True):
        name = w.removesuffix("'s").removesuffix("’s")
        if name[:1].isupper() and name.casefold() not in words.not_places and after.casefold() not in _REGION_RANKS:
            runs[-1].append(name)
            if name != w:
                runs.append([])  # ("Itabuna's mayor": the possessive ends the name)
        elif runs[-1]:
            runs.append([])
    for run in runs:  # a name of several words written as a place: 'in Hong Kong'
        name = " ".join(run)
        if len(run) > 1 and re.search(rf"\b[Ii]n {re.escape(name)}\b", body) and not _country_of_a_place(name, body):
            return name
    names = (
        w.removesuffix("'s").removesuffix("’s")
        for w, after in zip(first, [*first[1:], ""], strict=True)
        if after.casefold() not in _REGION_RANKS
    )
    return next(
        (
            w
            for w in names
            if w[:1].isupper()
            and w.casefold() not in words.not_places
            and _named_in(w, body)
            and not _country_of_a_place(w, body)
        ),
        None,
    )


def _named_in(name: str, body: str) -> bool:
    """Whether the report writes 'in ``name``' in its text, not only in a headline-cased line
    (an advert's or a teaser's 'Why Fans in Perak Are Switching to This Broadband Plan').

    >>> _named_in("Turin", "Police said 40 were detained in Turin.")
    True
    >>> _named_in("Perak", "Ipoh.\\n5 Reasons Why Fans in Perak Are Switching to This Broadband Plan\\n")
    False
    """
    for written in (f"in {name}", f"In {name}"):
        at = body.find(written)
        while at >= 0:
            line = body[body.rfind("\n", 0, at) + 1 : (body.find("\n", at) + 1 or len(body) + 1) - 1]
            words = _LINE_WORDS.findall(line)
            if 2 * sum(w[0].isupper() for w in words) <= len(words) + 1:
                return True  # (a line of a sentence's words, most of them lower-case)
            at = body.find(written, at + 1)
    return False


_LINE_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _country_of_a_place(name: str, body: str) -> bool:
    """Whether the report writes ``name`` after a place and a comma, as the country of that
    place ('at Chilipa in Mangochi District, Malawi.', 'BAR ELIAS, Lebanon, Feb 12'): an
    authority named after it ('the Malawi Police Service') is the nation's, not one place's.

    >>> _country_of_a_place("Malawi", "a sect at Chilipa in Mangochi District, Malawi. It left 16 dead")
    True
    >>> _country_of_a_place("Turin", "Turin police said 12,000 marched in Turin, and 8,000 in Milan.")
    False
    """
    written = f", {name}"
    k = body.find(written)
    while k >= 0:  # (what a search for '[A-Za-z], name(?:[.;]|, [A-Z])' finds, looked up where
        end = k + len(written)  # ', name' is written: a scan led by a letter stops at each)
        if (
            k
            and body[k - 1] in _ASCII_LETTERS
            and (body[end : end + 1] in (".", ";") or body[end : end + 2] == ", " and body[end + 2 : end + 3] in _CAPITALS)
        ):
            return True
        k = body.find(written, k + 1)
    return False


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LETTERS = _CAPITALS | frozenset("abcdefghijklmnopqrstuvwxyz")


def home_places(source: Source, lexicon: Any = None) -> list[str]:
    """The places of the event a report tells (case-folded): its dateline's city and the
    places its opening sentences name. A figure for such a place is a figure for the whole
    event unless some report gives a nationwide figure (see :func:`claimcheck.match.align`)."""
    words = place_words(lexicon)
    body = source.body
    names = [dateline(body, words), *places_named(body[:LEAD_CHARS], words), _opened_on(body[:LEAD_CHARS], words)]
    return [n.casefold() for n in names if n]


_FIRST_SENTENCE = re.compile(r"[^\n]*?[.!?](?=\s|$)|[^\n]+")  # (a headline's line holds no stop)


def _opened_on(lead: str, words: PlaceWords) -> str | None:
    r"""The place a report’s first sentence opens on ('In Cochabamba, the dead are already
    nine', 'At the Makoko market, 6 people died'), or the first after a headline's line
    ('Mine collapse toll climbs' over 'In Kolwezi, rescuers have now pulled 21 bodies'): the
    report's own place, as one its opening names after 'in' is (not the capital, nor
    'nationwide'; not a later sentence's: 'In Jinja, three people died' after the floods in
    Kampala is another city's count).

    >>> _opened_on("In Cochabamba, the dead are already nine. In Sucre, two.", place_words())
    'Cochabamba'
    >>> _opened_on("Mine collapse toll climbs\nIn Kolwezi, rescuers have pulled 21 bodies.", place_words())
    'Kolwezi'
    >>> _opened_on("Floods kill 14. In Jinja, three people died.", place_words()) is None
    True
    """
    first = _FIRST_SENTENCE.search(lead.lstrip())
    if first is None:
        return None
    tried = [first.group()]
    if not first.group().rstrip().endswith((".", "!", "?")) and (after := _FIRST_SENTENCE.search(lead.lstrip(), first.end())):
        tried.append(after.group())  # (the headline's line, then the text's first sentence)
    for sentence in tried:
        name = opening_place(sentence.strip(), words)
        if name and name not in (CAPITAL, NATIONWIDE):
            return name
    return None


_EVENT_NAME = re.compile(
    r"(?<![\w'’-])(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+)){0,2})\s+(?:flood(?:s|ing)?|fire"
    r"|explosion|blast|raid|stampede|landslide|collapse|mine\s+disaster|disaster)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)  # 'The Mupfure Claims flood', 'Mahboula fire toll', 'Ndokoti raid'
_NOT_NAMES = frozenset("the a an this that our their its deadly huge major new latest".split())


def event_names(opening: str) -> set[str]:
    """The places the names of an event give in a report's opening ('The Mupfure Claims flood
    of 19-20 January 2026' -> 'mupfure claims' and 'mupfure', 'Mahboula fire toll "at least
    24"' -> 'mahboula'), case-folded: a figure 'at Mupfure' is the event's own.

    >>> sorted(event_names("DROWNED FOR GOLD. The Mupfure Claims flood of 19-20 January"))
    ['mupfure', 'mupfure claims']
    >>> sorted(event_names("The Fire broke out at dawn, the General Fire Force said"))
    []
    """
    out: set[str] = set()
    for m in _EVENT_NAME.finditer(opening):
        words = [w for w in m["n"].split() if w.casefold() not in _NOT_NAMES and not w.isupper()]
        if words:
            out.add(" ".join(words).casefold())
            out.add(words[0].casefold())
    return out


def event_home(sources: Sequence[Source], lexicon: Any = None) -> frozenset[str]:
    """The places of an event its reports agree on (case-folded): the places two reports or
    more name in their datelines or openings, the datelines' cities, and every place of a
    report that names one of those too ('at Brajghat in Garhmukteshwar'); when no place is
    named twice, every report's. A report whose opening names only the second city it covers
    does not make that city the whole event's.

    >>> a = Source(id="a", text="DORVAN, March 12 (Wire) - Four people were killed in Dorvan.")
    >>> b = Source(id="b", text="About 5,000 people marched in Ostrel on Saturday.")
    >>> c = Source(id="c", text="Protests went on in Dorvan on Friday, at Kolo Square in Dorvan.")
    >>> sorted(event_home([a, b, c])), sorted(event_home([b]))
    (['dorvan', 'kolo square'], ['ostrel'])
    """
    words = place_words(lexicon)
    named = [set(home_places(s, lexicon)) | event_names(s.body[:LEAD_CHARS]) for s in sources]
    counts = Counter(p for places in named for p in places)
    shared = {p for p, n in counts.items() if n >= 2}
    site = {HOSPITAL} if _at_a_hospital(sources) else set()
    if not shared:
        return frozenset(set(counts) | site)
    cities = {c.casefold() for s in sources if (c := dateline(s.body, words))}
    home = shared | cities
    return frozenset(home.union(site, *(places for places in named if places & home)))


_HOSPITAL_EVENT = re.compile(
    r"\bhospital\s+(?:fire|blaze|explosion|attack|bombing|shooting|collapse|outage)\b"
    r"|\b(?:fire|blaze|explosion|attack|bombing|shooting|collapse|outage|cut|failure|failed)\b[^.\n]{0,80}?"
    r"\b(?:of|at|inside|through)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]*\s+)?(?:[\w'’-]+\s+){0,3}?hospital\b",
    re.IGNORECASE,
)


def _at_a_hospital(sources: Sequence[Source]) -> bool:
    """Whether the event happened at a hospital, as the openings of half its reports or more
    tell it ('Sunday night's hospital fire', 'the fire that tore through a pavilion of the
    Nzeng-Ayong regional hospital', 'oxygen cut at El Khroub hospital'; not 'The fire killed
    ten; 30 were taken to hospital'): then its dead are patients, and 'six patients had died'
    is its toll, not those who died in hospital after it (see claimcheck.match).

    >>> _at_a_hospital([Source(id="a", text="Minister: nine patients died after oxygen cut at El Khroub hospital")])
    True
    >>> _at_a_hospital([Source(id="a", text="The fire killed ten people; 30 were taken to hospital.")])
    False
    """
    told = sum(
        1 for s in sources if _HOSPITAL_EVENT.search(((s.title or "") + "\n" + s.body)[:LEAD_CHARS])
    )
    return bool(sources) and 2 * told >= len(sources)


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


_KNOWN: dict[Any, Any] = {}  # what _known gives, for the words in _KNOWN_FOR
_KNOWN_FOR: list[Any] = [None, None]
KNOWN_MAX = 30_000  # entries kept before the memo starts afresh (some 20 MB at most)


def _known(tw: TimeWords, pw: PlaceWords) -> dict[Any, Any]:
    """The results of this stage's pure readings of a figure's words (its day and period, the
    place its window names, a sentence's cues), by their arguments, for the time and place
    words ``tw`` and ``pw``: a sentence that recurs in the reports of a run (a wire copied by
    many outlets) is read once per process. Emptied when full and for other words."""
    if _KNOWN_FOR[0] is not tw or _KNOWN_FOR[1] is not pw or len(_KNOWN) > KNOWN_MAX:
        _KNOWN.clear()
        _KNOWN_FOR[:] = [tw, pw]
    return _KNOWN


_NO_PLACE = ("no place",)  # the memo's entry for a window that names none


_AND_RIVAL = re.compile(
    r"\band\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least)\s+)?$"
)  # '… drew 1,200 people according to police and about 4,000 according to the union': the
#    rival figure of the one before counts what it counted, there


_SAID_RIVAL = re.compile(
    r"\b(?:but|while|whereas|and)\s+(?:(?!(?:in|at|from|on|near)\s)[\w'’.-]+\s+){1,5}?"
    r"(?:(?:has|have|had|still|now)\s+)?"
    r"(?:says?|said|counts?|counted|puts?(?:\s+(?:it|the\s+\w+))?\s+at|gives?|gave|reports?|reported|estimates?|estimated"
    r"|claims?|claimed|records?|recorded|registers?|registered|documented|documents?|lists?|listed|insists?|insisted"
    r"|speaks?\s+of|spoke\s+of|talks?\s+of)\s+"
    r"(?:that\s+)?(?:(?:a|the|its|their)\s+(?:toll|figure|count|number|total)\s+(?:of|at)\s+)?$"
)  # '19 dead in Ratnapura district but the DS office says 26', '… in Kasese, while the Red Cross
#    counted 20': a rival count whose clause names only who made it (no place of its own before
#    it: '…, while in Bundibugyo the Red Cross counted 20' is Bundibugyo's), its people not named
#    again ('… while KRW recorded eight deaths' may count more than the place: _NOUN_AFTER)
_NOUN_AFTER = re.compile(r"\s+(?:more\s+|other\s+)?(?!(?:was|has|does|as|is|this)\b)[a-z]{2,}s\b")


def _rival_place(c: Claim, said: Claim, after: str) -> str | None:
    """The place of the figure before, in the same sentence and of the same measure, for a
    bare rival figure coordinated after it (see _AND_RIVAL) whose own clause names no place
    or site of its own ('Eighteen are treated in Gevgelija and seven in Skopje', '… and two
    more died at Princess Margaret Hospital')."""
    if said.sentence_start != c.sentence_start or said.measure != c.measure:
        return None
    return None if _OWN_SITE.search(after.split(",", 1)[0]) else said.place


_OWN_SITE = re.compile(r"\b(?:in|at|from|near|outside|across|around)\b")  # (its own place: 'in the hamlet of X')


def _heading_place(text: str, at: int, lex: Any, pw: PlaceWords) -> str | None:
    """The place of the heading right above a list line (claimcheck.layout.heading_place),
    NATIONWIDE for nationwide wording ('Nationwide, 28 November')."""
    name = heading_place(text, at, lex, pw.nationwide)
    return NATIONWIDE if name is not None and pw.nationwide.fullmatch(name) else name


def _window_place(
    known: dict[Any, Any], before: str, after: str, sentence: str, at: int, claimant: str | None,
    pw: PlaceWords,
) -> str | None:  # fmt: skip
    """The place a figure's own words name (``before`` and ``after`` it, its ``sentence``, the
    figure at offset ``at`` of it, its ``claimant``): the first reading that finds one, by
    :func:`_known` (each reading is a pure function of these words)."""
    key = ("place", before, after, sentence, at, claimant)
    place = known.get(key)
    if place is None:
        head = sentence[:at]
        place = (
            region_whole(before, after)
            or place_in(before, after, pw)
            or national_total(before, pw)
            or opening_place(sentence, pw)
            or recorded_place(head, pw)
            or subject_place(head, claimant, pw)
            or tally_place(head, pw)
            or own_area(sentence, claimant, pw)
            or ranked_place(head, pw)
            or departure_place(head, pw)
            or gathering_place(head, pw)
            or sentence_place(head, pw)
            or where_place(head, pw)
            or emergency_place(after)
        )
        known[key] = place if place is not None else _NO_PLACE
        return place
    return None if place is _NO_PLACE else place


_PART_OF_DAY = re.compile(r"In\s+the\s+(?:morning|afternoon|evening)\b")  # a day's part, no day named
_THEN = re.compile(r"\s*then\b(?!\s+(?:(?:the|a|an)\b|[0-9]))")  # '1,500 then too', '5,000 then and': at that time


def _hospital_subject(c: Claim, pw: PlaceWords) -> str | None:
    """The hospital a sentence opens with as the subject of its figure, when no one is its
    claimant ('The Federal Medical Centre, Lokoja, admitted 52 burns patients' in an
    encyclopedia's own voice): the words before the figure, for ``hospital_count``."""
    before = c.sentence[: c.start - c.sentence_start]
    m = pw.hospital.search(before)
    return before if m is not None and m.start() <= HOSPITAL_OPENS else None


HOSPITAL_OPENS = 5  # how far into its sentence a hospital subject starts ('The Federal …')


_PLACE_PART = re.compile(r"part: [^ ]+ in (?P<p>[A-Z][^,;()]*?)(?: of .*)?$")  # (its name cut by _clean_place)


def _place_of_part(scope: str | None) -> str | None:
    """The place a breakdown by place names its part of ('part: 18 in Orvo', 'part: Four in
    Kessa of six': Orvo, Kessa), the place its figure counts in.

    >>> _place_of_part("part: 18 in Orvo"), _place_of_part("part: Four in Kessa of six"), _place_of_part("part: 12 children of 40")
    ('Orvo', 'Kessa', None)
    """
    hit = _PLACE_PART.match(scope) if scope and scope.startswith("part: ") else None
    return hit["p"] if hit else None


_NEW_AFTER = re.compile(r"\s+(?:new|fresh)\b", re.IGNORECASE)  # '12 new cases of injury' after a toll


def _another_of_another_measure(claims: Sequence[Claim], order: Sequence[int], pos: int, c: Claim) -> str | None:
    """``cumulative`` when 'another' before ``c`` (or 'new' after it: 'At least 23 people died and 40
    new cases of poisoning were admitted') sets it beside a figure of another measure told
    just before it, in its sentence or the one before, and the report has counted nothing of its
    measure yet: 'At least 125 people died. Another 180 were injured.', '154 were dead and another
    149 injured' count the injured, not what was added to them (a report's 'Another 12 bodies were
    recovered' with no figure before it, or after an earlier count of the dead, stays an increment;
    forces are sent in waves: 'another 150 officers' after the arrests is a reinforcement)."""
    said = claims[order[pos - 1]]
    if said.measure == c.measure or said.sentence_start + len(said.sentence) + 3 < c.sentence_start:
        return None  # (the figure before is of its measure, or not right before it)
    if any(claims[order[j]].measure == c.measure for j in range(pos - 1)):
        return None  # (what it adds to was counted before)
    return "cumulative"

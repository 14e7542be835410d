"""Parser stage, layout: the claims of infobox, list and table lines, read before the sentence parser.

Encyclopedia infoboxes, live-blog summaries and scraped tables give figures as labels and values,
not sentences: ``Casualties — Deaths: 742 (2004 inquiry) · Arrests: 2,300 (first week)``,
``• Dead: 41 (district administration)``, ``Turnout estimates — Organisers: 1.1 million / Police:
310,000``, scraped cells ``Arrested112 (all three days)`` or ``Interior Ministry (1996)Deaths112``.
The measure comes from the label or the heading; a bracket after the value names who gave it
unless it names a time (``(first week)``); a label that names no measure under a heading that
does is the claimant (``Police: 45,000`` under ``Turnout estimates``). Only short lines are read
(one pass over the line starts), so a page scraped onto one line costs nothing here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from claimcheck.entities import verb_form
from claimcheck.lexicon import Lexicon, alternation, ordered_alternation
from claimcheck.lines import line_matches, line_spans, offsets
from claimcheck.models import COLUMN_SCOPE, HURT, TALLIES, Claim, Quantity, Source
from claimcheck.parse.attribution import attribute, claimant_type
from claimcheck.parse.head import speaks_of_protest
from claimcheck.parse.measure import asked_measure, predicate_measure
from claimcheck.parse.numbers import (
    NumberMatch,
    find_numbers,
    find_quantities,
    folded,
    interval,
    latin1,
    parse_digits,
)
from claimcheck.parse.rules import fired
from claimcheck.voice import MAIL_FIELD
from claimcheck.when import (
    MONTH_STEM,
    WEEKDAY,
    WEEKDAY_ABBR,
    WEEKDAY_STEM,
    parse_date,
    resolve_day,
    time_words,
)
from claimcheck.where import NATIONWIDE, place_in, place_words

MAX_LINE = 240  # longer lines are prose
MAX_LABEL = 60
LINE = re.compile(r"[^\n]+")
BULLET_MARKS = "•·*▪‣◦–-"  # the marks a list's item may open with ('-' last: a class's literal)
BULLET = re.compile(rf"[ \t]*(?:[{BULLET_MARKS}]|\d{{1,2}}[.)])[ \t]+")
HEADING_DASH = re.compile(r"(?P<h>[A-Z][^:—–\d\t]{1,58}?)\s+(?:[—–]\s+(?=\S)|(?P<hy>-)\s+(?=[^\W\d]))")  # 'Casualties — '
# (or a hyphen typed for the dash before a source's label: 'Marchers - police: 3,500'; not before
#  a figure, 'Officers injured - 38 (police)', and not inside a bracket, 'Budapest (Kossuth tér - …')
LABELLED = re.compile(
    r"(?P<label>(?:[^:;·|\t\n]|(?<=\d):(?=\d\d))(?:[^:;·|\t\n]|(?<=\d):(?=\d\d)){0,79}?)\s*(?:(?<!\d):|:(?!\d\d)|\t+|\.{4,}|(?<=[ \t])\.{2,3}(?=[ \t]))\s*(?=\S)"
)  # 'Deaths: ', 'Deaths\t', 'SENAPRED update 20:00: ' (a clock's colon is the label's), a communiqué's
#    dot leaders: 'Arlon (Grand Place) .......... approx. 11,500', and a box's short ones, set apart by
#    spaces: 'Taken to hospital .. 6 (ambulance service)', 'Officers hurt ... 4, minor (police)'
LIST_ROW_AFTER_BLANK = re.compile(
    r"[^\n:;.!?]{1,60}:[ \t]+(?:(?:about|around|some|over|more\s+than|approx\.?|c\.)\s+|[~≈]\s*)?\d[^\n]{0,80}(?<![.!?])"
)  # a list's row set one blank line below its heading: 'Brno, Náměstí Svobody: 10,000 / 6,000'
ITEM_SEP = re.compile(r"\s+[·•|/]\s+|;\s+|(?<=[)\]])\s+[-–—]\s+(?=(?:[a-z~ ]|(?<=c)\.){0,16}\d)")
# ' · ', ' • ', ' / ', ' | ', '; ', and a dash after a source's bracket before the next figure:
# '14 (police) - at least 19 (lawyers)', '1,200 (ROP)[4] – c. 6,000 (organisers)[5]'
CITATIONS = re.compile(r"(?:\[\w{1,4}\])+")  # [1][2]
CITED_END = re.compile(r"(?:\[\w{1,4}\])+$")
BRACKET = re.compile(r"\s*\((?P<b>[^()\n]{1,60})\)")  # ' (2004 inquiry)'
TAIL_BRACKET = re.compile(r"\((?P<b>[^()\n]{1,60})\)(?:\[\w{1,4}\])*\s*\.?\s*$")  # '…, four still held (police)', '… (ISU Prahova).'
WORD = re.compile(r"[A-Za-z][\w'’-]*")
DATE_WORDS = re.compile(
    r"\b(?:\d{1,2}\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:\s+\d{1,2},?)?"
    r"(?:\s+\d{4})?\b"
)  # '22 November 1991', 'Dec 3, 2026': when, not who (a month's name, not a name it begins: 'Marrow Bay', 'Novi Sad')
CONTINUED = re.compile(
    r"[ \t]*(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<plus>\+)?[ \t]*\((?P<b>[^()\n]{1,60})\)(?:\[\w{1,4}\])*"
    r"(?:[ \t]*\([^()\n]{1,60}\)(?:\[\w{1,4}\])*)?[ \t]*$"
)  # '37 (Qureshi tribunal)' under 'Deaths11 (home department)': another source's figure (a note in
#    brackets may end it: '1,000+ (government estimate)[3] (excluding initial phase)')
PLUS_MORE = re.compile(
    r"(?P<first>[^\n]+?),?[ \t]+plus[ \t]+(?:another[ \t]+)?\d[\d,]*(?:[ \t]+(?:on[ \t]+the[ \t]+way|en[ \t]+route|coming|expected))?"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*\.?"
)  # a value of people there and more sent: '640, plus 150 on the way (QFES)'
VALUE_SEP = re.compile(r"\s*(?:,|,?\s+and)(?:\s+another)?\s*|\s*,?\s+plus(?:\s+another)?\s+")
# between the figures of one value ('640, plus 150 on the way (QFES)': more of the same sent)
_FIGURE = (
    r"(?P<about>~\s?|c\.\s)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?(?:\s+(?P<scale>thousand|million))?"
    r"(?P<plus>\+)?(?:[ \t](?P<word>[a-z]{3,15}(?:[ \t][a-z]{3,15})?)(?=[ \t]?[(\[]))?"
    r"(?:\s*\((?P<b>[^()\n]{1,60})\))?(?:\[\w{1,4}\])*"
)  # '1,120 (first week, union)[3]'; an infobox value's word before its source or citation:
#    '251 assessed (QAS)[3]', 'c. 6,400 starters[1]' (a word of another measure leaves the figure alone)
CELL_FIGURE = re.compile(_FIGURE)
CELL_TAIL = re.compile(
    r",\s+(?:of\s+whom|of\s+them|among\s+them|including)\s+[^\n]*$"
)  # 'Hospitalised187, of whom 19 still in intensive care': a part told in words after the cell
CELL_PART = re.compile(
    r"(?:,\s*|(?<=[\d\]\)])\s*)(?:incl\.?|including|of\s+(?:which|whom|them)|among\s+them)\s+\d[^\n]*$"
)  # a cell's part told after it, with or without a comma, even run together: 'Deaths registered31of whom
#    9 children', 'Injuries 63 (Red Crescent)[2] incl. 15 police officers[3]' (read by _parts)
GLUED_PART = re.compile(r"\d(?:of\s+(?:whom|which|them)|incl\.?|including|among\s+them)\s+\d")
# a part run together with its cell's figure: 'Deaths registered31of whom 9 children'
CELL = re.compile(
    r"(?P<label>[^\n]*?[A-Za-z)\]\t ])"  # 'Interior Ministry (1996)Deaths', 'Lowest estimate of deaths '
    r"(?P<figures>" + _FIGURE.replace("?P<", "?P<f_") + r"(?:(?:(?<=\])|\s*(?:[;,/–—·•]|\s-)\s*)" + _FIGURE.replace("?P<", "?P<g_")
    + r")*)\s*(?=$|" + CELL_TAIL.pattern + "|" + CELL_PART.pattern + ")"
)  # a scraped table row: label and figure run together, a bracket and citations after; more
#    figures of other sources after a dash or semicolon ('Deaths7 (government) – 31 (OTDH)[1]') or
#    right after the citation mark ('Deaths138+ (FGR, 2026)[1]14 (Armed Forces, 1982)[3]')
PLACE_OR_TIME = re.compile(
    r"\s+(?:(?:taken|brought|admitted|seen|counted|reported)\s+)?"
    r"(?:at|in|on|during|near|outside|across|along|by|before|after)\s+[\w'’-]", re.IGNORECASE
)  # a phrase after a list value that says where or when, not what it counts ('19 taken in Sat night')
YEAR_FROM = 1000  # a figure in a label from here on may be a year ('Qureshi tribunal (1993)')
SOURCED_END = re.compile(r"\d\+?[\"”]?,?\s+according\s+to\s+[^,;:.!?\d\n]{2,50}\.?$")  # a value's source ends its line
CLAUSE_LABEL = re.compile(
    r"[^:\n]{0,80}?\b(?:has|have|had)\s+(?:just\s+|now\s+|also\s+|already\s+)?"
    r"(?:[a-z]+ed|sent|given|put|told|shown|written|sent\s+out|put\s+out)\b[^:\n]{0,60}:"
)  # a label that is a clause with its verb ('Police HQ has just sent us its evening figures:'): prose
SENTENCE_MARK = re.compile(r"[.!?][\"”’]?\s+[A-Z]|\b(?:said|says|told|according)\b")  # prose


class Layout(NamedTuple):
    """The claims read from layout lines, and the spans of those lines (the sentence parser's
    figures there are replaced by these)."""

    claims: list[Claim]
    lines: list[tuple[int, int]]


class _Label(NamedTuple):
    measure: str | None
    subject: str | None
    claimant: str | None
    speaker: str | None  # the whole label, when it names no measure (a claimant under a heading)


@lru_cache(maxsize=8)
def _words(lex: Lexicon) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """label phrase -> measure; scope words; words that name no claimant."""
    data = lex.data.get("layout", {})
    measure_of = {**lex.noun_measure, **lex.modifier_measure}
    for measure, words in data.get("label_measures", {}).items():
        for w in words:
            measure_of[w.lower()] = measure
    measure_of = {w: m for w, m in measure_of.items() if m in lex.measures}
    scope = frozenset(w.lower() for w in data.get("scope_words", []))
    nobody = frozenset(w.lower() for w in data.get("not_claimant_words", []))
    return measure_of, scope, nobody


def read_layout(source: Source, lex: Lexicon, text: str | None = None) -> Layout:
    """Claims of the layout lines of ``source`` (infobox, list, table lines); ``text`` is the
    source's text as the parser reads it (Markdown masked), when it differs."""
    text = source.text if text is None else text
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    heading: str | None = None  # a measure named by a line ending with ':' ('Crowd estimates:')
    heading_who: str | None = None  # who the heading's bracket names ('Death toll (official, NDRRMC):')
    columns: tuple[str | None, ...] = ()  # who gave each figure of a row ('police count versus KCTU count:')
    after_heading = -1  # where the lines under that heading start
    heading_end = -1  # where that heading's line ends
    line_no, counted = 1, 0
    last: tuple[int, str] | None = None  # the end of the last list line read, and its measure
    table: _Table | None = None  # the header of the table whose rows come next
    box: tuple[str, int] | None = None  # who gave the figures of the lines under a box's title
    stacked = _stacked_rows(text, source.body_start, lex)  # a table scraped one cell per line
    if spaced := _spaced_rows(text, source.body_start, lex) + _breakdown_lists(text, source.body_start, lex):
        stacked = sorted(stacked + spaced, key=lambda row: row[0])  # (a table scraped with single spaces, a list breaking down a figure)
    stacked_at = [row[0] for row, *_ in stacked]
    glued = _glued_rows(text, source.body_start, lex)  # a table's rows run together with their figures
    glued_lines = {text.rfind("\n", 0, a) + 1 for (a, _), _ in glued}
    for lo, end, listed in _candidate_lines(text, source.body_start):
        if lo in glued_lines:
            continue  # (read below, as a table's row)
        k = bisect.bisect_right(stacked_at, lo) - 1
        if k >= 0 and lo < stacked[k][0][1]:
            continue  # (a cell of a table scraped one cell per line: read with its row below)
        hi = end
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if table is None and (estimates := _estimates_table(text, lo, hi, lex)):
            line_no, counted = line_no + text.count("\n", counted, lo), lo
            taken.append((lo, hi))  # a table of sources' estimates scraped onto one line
            claims += _claims(source, lex, estimates, text[lo:hi], lo, lambda q, n=line_no: n)
            continue
        if table is None and text.startswith("Source ", lo) and (noted := _sources_notes_table(text, lo, hi, lex)):
            line_no, counted = line_no + text.count("\n", counted, lo), lo
            taken.append((lo, hi))  # a table of sources' figures with their notes, scraped onto one line
            claims += _claims(source, lex, noted, text[lo:hi], lo, lambda q, n=line_no: n)
            continue
        if table is None and "Source" in text[lo:hi] and (dated := _dated_sources_table(text, lo, hi, lex)):
            line_no, counted = line_no + text.count("\n", counted, lo), lo
            taken.append((lo, hi))  # a table of sources' running counts by date, scraped onto one line
            claims += _claims(source, lex, dated, text[lo:hi], lo, lambda q, n=line_no: n)
            continue
        if table is None and (rows := _run_table(text, lo, hi, lex)):
            line_no, counted = line_no + text.count("\n", counted, lo), lo
            for (a, b), found, places in rows:  # a table scraped onto one line, cells set apart by a space
                taken.append((a, b))
                for f, column_place in zip(found, places, strict=True):
                    claims += _claims(
                        source, lex, [f], text[a:b], a, lambda q, n=line_no: n, place=column_place, period="day"
                    )
            continue
        if table is None and (place_rows := _run_place_table(text, lo, hi, lex)):
            line_no, counted = line_no + text.count("\n", counted, lo), lo
            for (a, b), found, row_place, period, scope in place_rows:  # a table of places scraped onto one line
                taken.append((a, b))
                claims += _claims(
                    source, lex, found, text[a:b], a, lambda q, n=line_no: n, place=row_place, period=period, scope=scope
                )
            continue
        table, found, header = _table_line(text, lo, hi, end, lex, table)
        if header:
            continue
        if not found and not listed:
            continue  # (a line whose cells are set apart by spaces only: a table's, or nothing)
        if not found:  # (a table's row is read by its header alone)
            if (heading is not None or heading_who) and (
                lo < after_heading
                or text[after_heading:lo].strip()
                or (
                    text.count("\n", after_heading, lo) > 1
                    and not BULLET.match(text, lo)
                    and not (after_heading == heading_end and text.count("\n", after_heading, lo) == 2
                             and LIST_ROW_AFTER_BLANK.fullmatch(text, lo, hi))
                )  # (a blank line then prose ends it; one blank line under the heading, then its rows, does not)
            ):
                heading = heading_who = None  # a line in between, or a blank line and prose: the list has ended
            if hi - lo > MAX_LINE or hi <= lo:
                if (tail := _pairs_tail(text, lo, hi, lex)) is not None:  # a flattened infobox
                    a, found = tail
                    taken.append((a, hi))
                    line_no, counted = line_no + text.count("\n", counted, lo), lo
                    claims += _claims(source, lex, found, text[a:hi], a, lambda q, n=line_no: n)
                elif hi > lo and (cells := _sourced_cells(text, lo, hi, lex)):  # sources' figures in cells
                    line_no, counted = line_no + text.count("\n", counted, lo), lo
                    for (a, b), found in cells:
                        taken.append((a, b))
                        claims += _claims(source, lex, found, text[a:b], a, lambda q, n=line_no: n)
                continue
            cites = CITED_END.search(text, lo, hi)  # 'Estimates of its size vary:[1][2]'
            colon = (cites.start() if cites else hi) - 1
            if text[colon] == ":":
                lead = text[lo:colon]
                head = _label(lead, lex, None)
                measure = head.measure or _count_heading(text, lo, lead, lex) or (
                    _title_measure(lead, lex) if BREAKDOWN_HEADING.search(lead) else None
                )  # ('Marchers by city:' over 'Hamburg 60,000')
                if measure is not None or not any(c.isdigit() for c in lead):
                    # ('… drew a crowd whose size is disputed:' has a date in it)
                    heading, after_heading, heading_end = measure, end, end
                    columns = _columns(lead, lex) if heading else ()
                    heading_who = head.claimant  # 'Death toll (official, NDRRMC):'
                    continue
            if text[lo:hi] in INFOBOX_CROWD_FIELDS:  # an infobox's 'Number' over its dated crowd lines
                heading, after_heading, heading_end, columns, heading_who = "participants", end, end, (), None
                continue
            if (
                (text[hi - 1].isupper() or (text[lo].isupper() and text[hi - 1].isalpha() and BULLET.match(text, end + 1)))
                and hi - lo <= MAX_CAPS_HEADING
                and (caps := _label(text[lo:hi], lex, None)).measure is not None
                and caps.speaker is None
            ):  # a section heading in capitals naming a measure, its lines under it ('DETAINED' /
                # 'Police: 14 in Prague'; 'HURT' / '3 police officers (police)')
                heading, after_heading, heading_end, columns, heading_who = caps.measure, end, end, (), None
                continue
            if text[hi - 1] == "?" and (asked := asked_measure(text[lo:hi], lex)) is not None:
                heading, after_heading, columns, heading_who = asked[0], end, (), None
                continue  # an explainer's question over its list: 'How many were arrested?' / '• Ministry: 43.'
            if (chart := CHART_TITLE.match(text, lo, hi)) is not None and (charted := _chart_title(chart["t"], lex)) is not None:
                heading, heading_who = charted  # '[Chart] Marchers by city, GAZ count (12 Nov)' over 'Hamburg 60k'
                after_heading, heading_end, columns = end, end, ()
                continue
            if text[hi - 1] == ")" and (who := _box_source(text, lo, hi, lex)):
                box = (who, end)  # 'Figures at a glance (Government Delegation in Aragón, 4 May)'
                if (titled := _label(text[lo : text.rfind("(", lo, hi)], lex, None).measure) is not None:
                    # 'Detentions by night (MRO count, confirmed)' over '- Night 1, Sunday 15 November: 61':
                    # a title naming a measure and its source, no colon, heads its list as 'Detentions:' would
                    heading, after_heading, heading_end, columns, heading_who = titled, end, end, (), who
                continue
            titled = heading
            if heading is None and (b := BULLET.match(text, lo, hi)) and FIGURE_SOURCE.match(text, b.end(), hi):
                titled = _title_above(text, lo, lex)  # ('Casualty estimates' ¶ ' * 4 – Lao government, 1997')
            found = _read_line(text, lo, hi, lex, titled, columns if heading else (), bool(heading_who))
            if not found and heading is not None and (
                items := _named_items(text, lo, hi, lex, heading, alone=text.count("\n", after_heading, lo) <= 1)
            ):
                line_no, counted = line_no + text.count("\n", counted, lo), lo
                for (a, b), f, place in items:  # 'Gumla 8 | Palamu 5 | Garhwa 3' under 'District-wise deaths:'
                    taken.append((a, b))
                    claims += _claims(
                        source, lex, _from_heading(f, heading_who, lo) if heading_who else f, text[a:b], a,
                        lambda q, n=line_no: n, place=place,
                    )  # fmt: skip
                after_heading = end
                continue
            if heading_who and found:
                found = _from_heading(found, heading_who, lo)
            if box is not None:  # the box goes on while its lines follow one another
                next_line = not text[box[1] : lo].strip() and text.count("\n", box[1], lo) <= 1
                box = (box[0], end) if next_line else None
                if box and found:
                    found = [f if f[4] else (*f[:4], box[0], *f[5:]) for f in found]
            if not found and last is not None and not text[last[0] : lo].strip():
                found = _continued(text, lo, hi, lex, last[1])  # '37 (Qureshi tribunal)'
            if heading is not None or heading_who:
                after_heading = end
            if not found:
                continue
            last = (end, found[-1][1])
        tail = CELL_TAIL.search(text, found[-1][0].end, hi) if found else None
        if tail is not None and TAIL_BRACKET.search(text, tail.start(), hi):
            tail = None  # '46, of them 9 still in intensive care (Ministry of Health)': the list's
        line_no, counted = line_no + text.count("\n", counted, lo), lo
        if table is not None and table.source == -1:  # a row of a table of sources: a place's or a day's
            row_place = _row_place(text, lo, hi, table) if table.place else None
            if row_place and found and all(f[1] in HARMS for f in found) and (side := _side_row(row_place, lex)):
                found, row_place = [(f[0], f[1], side, *f[3:]) for f in found], None  # 'Riot police  9' under 'Unit  Injured': a force's
            row_cells = _cells(text, lo, hi, table.sep)
            taken.append((lo, _notes_start(row_cells, table, hi)))  # (a notes cell's words are the parser's)
            places = _column_places(text, found, row_cells, table.where)
            periods = _column_places(text, found, row_cells, table.periods)
            scopes = _column_places(text, found, row_cells, table.scopes)
            for f, column_place, period, scope in zip(found, places, periods, scopes, strict=True):
                claims += _claims(
                    source, lex, [f], text[lo:hi], lo, lambda q, n=line_no: n,
                    place=row_place or column_place, period=None if table.place else period or "day", scope=scope,
                )  # fmt: skip
            continue
        taken.append((lo, tail.start() if tail else hi))  # (the words of a tail are the parser's)
        held = "held" if STILL_LINE.match(text, lo, hi) or (
            table is not None and table.source == BY_ROW and STILL_COLUMN.match(text[lo:hi].lstrip().lower())
        ) else None  # 'Still in custody (Wed): MVD 19 · Köpürö 27', a row 'Still in custody, Thursday | 13 | 13'
        claims += _claims(source, lex, found, text[lo:hi], lo, lambda q, n=line_no: n, period=held)

    for (a, b), found in _labels_in_prose(text, source.body_start, lex, taken):
        taken.append((a, b))  # 'Arrests climb to 47, police say. Officers injured: 23, two of them kept in hospital.'
        end = min((x for x in (text.find(". ", b), text.find("\n", b)) if x >= 0), default=len(text))
        n = text.count("\n", 0, a) + 1
        claims += _claims(source, lex, found, text[a:end], a, lambda q, n=n: n)
        claims.sort(key=lambda c: c.quantity.start)
        taken.sort()
    for hit in line_matches(STRIP_AFTER_CUE, text, source.body_start):  # (rare: a figure glued to a caption)
        a = text.rfind("\n", 0, hit.start()) + 1
        b = text.find("\n", hit.end())
        b = len(text) if b < 0 else b
        if b - a >= MAX_LINE or any(x <= a < y or a <= x < b for x, y in taken):
            continue
        if (found := _strip_after(text, a, b, lex)) is not None:
            taken.append((a, b))
            n = text.count("\n", 0, a) + 1
            claims += _claims(source, lex, found, text[a:b], a, lambda q, n=n: n)
            claims.sort(key=lambda c: c.quantity.start)
            taken.sort()
    for (a, b), found in glued:
        taken.append((a, b))
        n = text.count("\n", 0, a) + 1
        claims += _claims(source, lex, found, text[a:b], a, lambda q, n=n: n)
    if glued:
        claims.sort(key=lambda c: c.quantity.start)
        taken.sort()
    if _glued_cell_cue(text, source.body_start):  # (one look: most reports have none)
        for (a, b), found in _glued_cells(text, source.body_start, lex, taken):
            taken.append((a, b))
            n = text.count("\n", 0, a) + 1
            claims += _claims(source, lex, found, text[a:b], a, lambda q, n=n: n)
        claims.sort(key=lambda c: c.quantity.start)
        taken.sort()

    def cell_line(q: Quantity) -> int:  # (a stacked table's figures are each on a line of its own)
        return text.count("\n", 0, q.start) + 1

    for (lo, hi), (table_lo, table_hi), found, place, period, scope in stacked:
        taken.append((lo, hi))
        sentence = text[table_lo:table_hi]
        claims += _claims(source, lex, found, sentence, table_lo, cell_line, place=place, period=period, scope=scope)
    if stacked:
        claims.sort(key=lambda c: c.quantity.start)
        taken.sort()
    if (
        text.find("  ", source.body_start) >= 0 or text.find("\t", source.body_start) >= 0 or text.find("|", source.body_start) >= 0
        or RUN_HEADS_CUE.search(text, source.body_start)
    ):
        claims, taken = _with_aligned(source, lex, text, claims, taken)
    return Layout(_crowds_of_people(claims, text, lex), taken)


PROSE_LABEL = re.compile(r"(?<=[.!?] )[A-Z][a-z]+(?: [a-z]+){0,2}$")  # a sentence opened by a label: 'Officers injured'
PROSE_LABEL_FIGURE = re.compile(r"(?:~|about |some |at least |more than |over )?\d{1,3}(?:,\d{3})+(?![\d,])|(?:~|about |some |at least |more than |over )?\d+(?!\d|[,.:]\d)")
MIN_PROSE_LINE = MAX_LINE // 2  # a shorter line is a list's, read as one


def _labels_in_prose(
    text: str, start: int, lex: Lexicon, taken: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], list[Found]]]:
    """A sentence of a paragraph opened by a label naming a measure, a colon and its figure, as a
    digest or a bulletin writes its items in prose ('Arrests climb to 47, police say. Officers
    injured: 23, two of them kept in hospital.'): the label's claim, its words after the figure
    the parser's. Spans (label to figure) and figures, outside ``taken``.

    >>> from claimcheck.lexicon import load_lexicon
    >>> text = "Arrests climb to 47, police say this morning, after a long night on the ring road. Officers injured: 23, two of them kept in hospital."
    >>> [(f[0].text, f[1], f[2]) for _, found in _labels_in_prose(text, 0, load_lexicon(), []) for f in found]
    [('23', 'injured', 'security')]
    """
    out: list[tuple[tuple[int, int], list[Found]]] = []
    at = text.find(": ", start)
    while at >= 0:
        fig = PROSE_LABEL_FIGURE.match(text, at + 2)
        lo = text.rfind("\n", 0, at) + 1
        if fig is not None and (head := PROSE_LABEL.search(text, max(lo, at - 40), at)) is not None and (
            text.find("\n", at) if text.find("\n", at) >= 0 else len(text)
        ) - lo >= MIN_PROSE_LINE and not any(x <= head.start() < y for x, y in taken):
            label = _label(head[0], lex, None)
            if label.measure is not None and label.claimant is None:
                found = _values(text, fig.start(), fig.end(), lex, label, label.measure)
                if found:
                    out.append(((head.start(), fig.end()), found))
        at = text.find(": ", at + 2)
    return out


def _with_aligned(
    source: Source, lex: Lexicon, text: str, claims: list[Claim], taken: list[tuple[int, int]]
) -> tuple[list[Claim], list[tuple[int, int]]]:
    """``claims`` and ``taken`` with the tables set out with spaces read as tables
    (:func:`_aligned_rows`) where the other readers read fewer of their figures."""
    for (t_lo, t_hi), rows, labels, run_head in _aligned_rows(text, source.body_start, lex, source.date):
        inside = [
            c.quantity.start for c in claims
            if t_lo <= c.quantity.start < t_hi and not any(a <= c.quantity.start < b for a, b in labels)
        ]  # (a figure read in a row's label, '1998 …', is a year: a misreading)
        mine = {f[0].start for _, found, *_ in rows for f in found}
        day_columns = len({(span, as_of) for span, *_, as_of in rows}) > len({span for span, *_ in rows})
        # (a line's figures of several days: columns headed by days, 'Zone | Sun 8 Nov | Mon 9 Nov', which only
        #  the table's reading tells apart)
        if run_head or 2 * len(inside) < len(mine) or (len(inside) <= len(mine) and mine.issuperset(inside) and (
            len(inside) < len(mine) or day_columns
        )):
            # (the others read few of its figures, or fewer of the same: a table they misread; a header
            #  run together is read here alone)
            claims = [c for c in claims if not t_lo <= c.quantity.start < t_hi]
        else:  # (the others read the table: only the rows they left are read here)
            rows = [row for row in rows if not any(row[0][0] <= at < row[0][1] for at in inside)]
        for (lo, hi), found, place, period, as_of in rows:
            taken.append((lo, hi))
            n = text.count("\n", 0, lo) + 1
            claims += _claims(source, lex, found, text[lo:hi], lo, lambda q, n=n: n, place=place, period=period, as_of=as_of)
        claims.sort(key=lambda c: c.quantity.start)
        taken.sort()
    return claims, taken


TOPIC_TEXT = 1500  # a report this long tells whether it speaks of protesters (a list or a snippet may not)


def _crowds_of_people(claims: list[Claim], text: str, lex: Lexicon) -> list[Claim]:
    """A crowd a list line counts with no noun of its own is of protesters, but in a whole
    report that never speaks of a protest, of protesters, marchers or demonstrators (a fair's
    visitors, a caravan's migrants or 'participants', a parade's fans or 'supporters'): people
    (head.speaks_of_protest)."""
    if len(text) < TOPIC_TEXT or not any(c.subject == "protesters" and c.subject_text is None for c in claims):
        return claims
    if speaks_of_protest(folded(text), lex):
        return claims  # (a parade's 'supporters', a caravan's 'participants' speak of none)
    return [replace(c, subject="people") if c.subject == "protesters" and c.subject_text is None else c for c in claims]


def _from_heading(found: list[Found], who: str, at: int) -> list[Found]:
    """The figures of a list line under a heading whose bracket names their source ('Death
    toll (official, NDRRMC):' / '- Jan 14 AM: 31 dead'): the heading's source gives those
    whose line names none (rule attribution/list-heading-source)."""
    if all(f[4] for f in found):
        return found
    fired(HEADING_SOURCE, at)
    return [f if f[4] else (*f[:4], who, *f[5:]) for f in found]


HEADING_SOURCE = "attribution/list-heading-source"

Stacked = tuple[tuple[int, int], tuple[int, int], list["Found"], str | None, str | None, str | None]  # row, table, figures, place, period, scope
TOTAL_LABELS = frozenset({"total", "totals", "overall", "all", "grand total", "cumulative"})
def _claims(
    source: Source,
    lex: Lexicon,
    found: list[Found],
    sentence: str,
    start: int,
    line: Callable[[Quantity], int],
    **where: str | None,
) -> list[Claim]:
    """The claims of the figures read on a layout line (or a table's row), ``sentence`` their
    evidence from ``start``, ``line`` each figure's line number, ``where`` a place or period
    the row's label gave."""
    return [
        Claim(
            source=source.id,
            path=source.path,
            date=source.date,
            measure=measure,
            subject=subject,
            quantity=q,
            line=line(q),
            sentence=sentence,
            sentence_start=start,
            claimant=who,
            claimant_type=claimant_type(who, lex),
            subject_text=subject_text,
            **_where_of(where, part),
        )
        for q, measure, subject, subject_text, who, *part in found
    ]


def _where_of(where: dict[str, str | None], part: list) -> dict[str, str | None]:
    """A found figure's scope and place (its sixth and seventh items, when given) over the row's."""
    out = dict(where)
    if part and part[0]:
        out["scope"] = part[0]  # 'part: 14 of 16'
    if len(part) > 1 and part[1]:
        out["place"] = part[1]  # '31 Metropolitan Region'
    return out


NUMBER_LINES = re.compile(
    r"\n[ \t]*\d{1,3}(?:,\d{3})*[ \t]*\n[ \t]*\d{1,3}(?:,\d{3})*[ \t]*(?=\n|$)"
)  # two lines holding a figure each (from the line break before them: a quick scan)
NUMBER_CELL = re.compile(r"[ \t]*(?:\d{1,3}(?:,\d{3})*|\d+)[ \t]*")
MAX_HEAD_CELL = 40  # a column heading of a table scraped one cell per line


def _stacked_rows(text: str, start: int, lex: Lexicon) -> list[Stacked]:
    """The rows of tables a scraper wrote one cell per line: three or more short heading lines
    with no figures, one naming a measure ('Sub-county', 'Cases', 'Deaths', 'Discharged'),
    then rows of as many lines, a label ('Kangema', '11/08/2026') and a figure on each of
    the others. Each row is (its span, its table's span, the figures of its measure columns,
    the place its label names, 'increment' for a dated row under 'New …'). The table is the
    figures' sentence: it counts the quantity place by place. The row's label is a place, a
    time or the total, so the figures are the document's own voice. Nothing is read unless
    two lines holding only a figure follow one another."""
    first = NUMBER_LINES.search(text, max(0, start - 1))
    if first is None:
        return []
    spans = [(m.start(), m.end()) for m in LINE.finditer(text, start)]
    lines = [text[a:b].strip() for a, b in spans]
    measure_of, _, _ = _words(lex)

    def heading(k: int) -> bool:
        return 0 < len(lines[k]) <= MAX_HEAD_CELL and not any(c.isdigit() for c in lines[k])

    def column(k: int) -> str | None:
        head = " ".join(lines[k].lower().split())
        return measure_of.get(head) or measure_of.get(head.rsplit(" ", 1)[-1])  # 'New deaths'

    def is_row(row: int, width: int) -> bool:
        return (
            row + width <= len(lines)
            and bool(lines[row])
            and not NUMBER_CELL.fullmatch(lines[row])
            and all(NUMBER_CELL.fullmatch(lines[j]) for j in range(row + 1, row + width))
        )

    out: list[Stacked] = []
    done = 0  # where the last table read ends
    for run in NUMBER_LINES.finditer(text, first.start()):
        if run.start() < done:
            continue  # (figures of a row of the table just read)
        k = bisect.bisect_left(spans, (run.start() + 1, 0))
        row = top = k - 1  # the label of the first row stands before its figures
        while top > 0 and heading(top - 1) and row - top < 8:
            top -= 1
        width = row - top  # the heading lines above the first row's label
        measures = [column(j) for j in range(top, row)]
        new = [lines[top + j].lower().startswith("new ") for j in range(width)]
        if width < 3 or not any(measures[1:]):
            continue
        rows = []
        while is_row(row, width):
            rows.append(row)
            row += width
        table = (spans[top][0], spans[row - 1][1])
        for r in rows:
            found: list[Found] = []
            for j, measure in enumerate(measures[1:], start=1):
                a, b = spans[r + j]
                for q in find_quantities(text, lex, a, b)[:1] if measure else ():
                    found.append((q, measure, _default_subject(measure), None, None))
            label = lines[r]
            dated = any(c.isdigit() for c in label)
            place = None if dated or label.lower() in TOTAL_LABELS else label
            period = "increment" if dated and any(
                n for n, m in zip(new, measures, strict=True) if m
            ) else None  # 'New deaths' on '11/08/2026': what that day added
            out.append(((spans[r][0], spans[r + width - 1][1]), table, found, place, period, None))
        done = table[1]
    return out


SPACED_ROW = re.compile(
    r"^[ \t]*(?P<label>[A-Za-z\d](?:[^\n\t|:;]|(?<=\d):(?=\d\d\b)){0,60}?)(?P<figs>(?: (?:\d{1,3}(?:,\d{3})+\+?|\d+\+?|\(\d{1,3}(?:,\d{3})*\)|[–—])){1,6})[ \t]*$", re.MULTILINE
)  # a table row scraped with single spaces: 'Western Area Urban 13 74', 'Central City Hospital 21 3 18';
#    a cell may be empty (a dash: 'On site – 21') or bracketed ('Burn Centre, Minsk[b] (9) 1'), or a floor ('100+')
#    a row's label may hold a time ('Mon 9 March, 10:30 Health Ministry 4 27 –')
def _row_end(c: str) -> bool:
    """Whether a line's last character may end a table row scraped with single spaces: a figure, or an empty cell's dash."""
    return c.isdigit() or c in EMPTY_DASHES or c == "+"


EMPTY_DASHES = "–—"
SPACED_CELL = re.compile(r"\(?(?P<n>\d[\d,]*)\)?|[–—]")  # one cell of a row's figures: a number or an empty dash
HEAD_WORD = re.compile(r"[A-Za-z][\w'’()-]*")
TABLE_INTRO = re.compile(
    r"(?:^|\n)(?P<who>[Tt]he\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?|[A-Z][\w'’.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’.-]*)){0,6}?)"
    r"\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?(?:just\s+|now\s+)?(?:published|released|issued|gave|gives|provided|shared|put\s+out|sent)\s+"
    r"(?:(?:its|their|a|an|the|these|this|new|latest|following|updated|full)\s+)*(?:[a-z]+\s+)?"
    r"(?:breakdown|distribution|figures?|table|tally|count|list|data|numbers?|update)\b[^\n]{0,80}?:[ \t]*\n(?:[ \t]*\n)?$"
)  # the line above a table saying who gave it: 'The ministry published a breakdown by hospital:'
RELEASED_ABOVE = re.compile(
    r"(?:(?<=\n)|(?<=[.]\s)|^)(?P<who>[Tt]he\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?|[A-Z][\w'’.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’.-]*)){0,6}?)"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:just\s+)?(?:published|released|issued|put\s+out|sent)\s+"
    r"(?:(?:its|their|a|an|the|these|this|new|latest|first|following|updated|full)\s+)*"
    r"(?:breakdown|figures?|table|tally|count|list|data|numbers?|bulletin)\b(?=[^\n]*(?:\n[^\n]+)*\bbelow\b)"
)  # the paragraph above a table saying who gave it and that it follows: 'The Ministry of Public
#    Health has just released its first figures: … we reproduce its table below as sent.'
MAX_LEAD_PARAGRAPH = 500
STILL_COLUMN = re.compile(r"^(?:still|remaining|currently)\b")  # 'Still treated': a state that day
STILL_LINE = re.compile(
    rf"[ \t]*(?:[{BULLET_MARKS}][ \t]+)?(?i:still|remaining|currently)\b[^:\n\d]{{0,40}}:"
)  # a list line labelled by a state ('- Still in custody (Wed): 19', 'Still held: 9 (police)'): those still held that day


@lru_cache(maxsize=8)
def _column_words(lex: Lexicon) -> dict[str, str]:
    """Table column headings naming a measure only as a column's (lexicon layout.column_measures)."""
    data = lex.data.get("layout", {}).get("column_measures", {})
    return {w.lower(): m for m, words in data.items() if m in lex.measures for w in words}


@lru_cache(maxsize=8)
def _heading_measures(lex: Lexicon) -> dict[str, str]:
    """The measure each word of a table column's heading names: a measure's noun or modifier
    (_words) or a column's own word (_column_words), the latter first. Read only."""
    return {**_words(lex)[0], **_column_words(lex)}


def _headings(words: list[str]) -> list[str]:
    """A scraped header's words grouped into column headings, each opening with a capital:
    'Hospital Received Still admitted Deceased' -> Hospital / Received / Still admitted / Deceased."""
    columns: list[str] = []
    for w in words:
        if w[0].isupper() or not columns:
            columns.append(w)
        else:
            columns[-1] += " " + w
    return columns


def _heading_measure(head: str, measure_of: dict[str, str]) -> str | None:
    """The measure a figure column's heading (lower case) names, by its words, its last word or its
    first ('Died in hospital')."""
    return measure_of.get(head) or measure_of.get(head.rsplit(" ", 1)[-1]) or measure_of.get(head.split(" ", 1)[0])


def _spaced_rows(text: str, start: int, lex: Lexicon) -> list[Stacked]:
    """The rows of tables a scraper wrote one row per line with single spaces between the cells
    (the header's too): 'District Dead Injured' / 'Western Area Urban 13 74' / 'Bo 2 19', or
    'Hospital Admitted Died Still treated' / 'Central City Hospital 21 3 18'. The header is the
    line right above the first row, with no figures; its last headings (each opening with a
    capital: 'Still treated' is one) head as many figure columns as each row ends with, one at
    least naming a measure; the rows (two or more) follow line by line, each a label and its
    figures. A row's label is a place when the first heading names places or hospitals
    ('District', 'Hospital'); a column of those still in a state ('Still treated', 'Still
    held') counts a state, not a tally. Who gave the figures is the title's bracket, if any."""
    measure_of = _heading_measures(lex)
    places = _area_heads(lex)
    out: list[Stacked] = []
    rows = [
        m for m in line_matches(SPACED_ROW, text, start, last=_row_end)
        if not text[m.start() : m.end()].strip().isdigit() and "  " not in text[m.start() : m.end()].strip()
        and any(c.isdigit() for c in m["figs"])
    ]  # (cells set apart by runs of spaces are another table's: _table_line reads those; a row of
    #    dashes alone is none)
    k = 0
    while k < len(rows):
        first = rows[k]
        width = first["figs"].count(" ")
        run = [first]
        while (
            k + len(run) < len(rows)
            and rows[k + len(run)].start() == run[-1].end() + 1
            and rows[k + len(run)]["figs"].count(" ") == width
        ):
            run.append(rows[k + len(run)])
        k += len(run)
        if len(run) < MIN_RUN_ROWS or first.start() == 0:
            continue
        h_hi = first.start() - 1
        h_lo = text.rfind("\n", 0, h_hi) + 1
        header = text[h_lo:h_hi].strip()
        if "|" in header and (bars := _bar_header(text, h_lo, h_hi, width, lex)) is not None:
            out += _bar_rows(text, run, (h_lo, run[-1].end()), bars, lex)  # 'District | DDM list (18 June) | VSA verified (19 June)'
            continue
        if not header or len(header) > MAX_TITLE or any(c.isdigit() for c in header) or header.endswith((".", ":")) or "  " in header:
            continue
        words = HEAD_WORD.findall(header)
        if " ".join(words) != " ".join(header.split()):
            continue  # (a line of other marks: no header)
        columns = _headings(words)
        if len(columns) <= width:
            continue
        heads = [c.lower() for c in columns[-width:]]
        measures = [_heading_measure(h, measure_of) for h in heads]
        if not any(measures):
            continue
        row_head = columns[0].lower()
        place_rows = _place_head(row_head, places)
        sourced = row_head in _row_heads(lex)[0] and any(c.lower() in SOURCE_HEADS for c in columns[1:-width])
        # ('Date Source Dead Hospitalised': each row's label is a day and who gave its figures)
        title = _title(text, h_lo)
        box = BOX_TITLE.fullmatch(title)
        who = _bracket_claimant(box["b"], lex) if box else None
        if who is None and (intro := TABLE_INTRO.search(text, max(0, h_lo - MAX_TITLE), h_lo)):
            who = intro["who"]  # 'The ministry published a breakdown by hospital:' above the table
        table = (h_lo, run[-1].end())
        kinds = _column_kinds(heads, measures)  # ('Attended Hospitalized': the second a part of the first)
        for row in run:
            label = " ".join(row["label"].split())
            place = label if place_rows and label.lower() not in TOTAL_LABELS else None
            dated = DATED_LABEL.fullmatch(label) if sourced else None
            row_who = dated["who"] if dated else who
            if row_head in SOURCE_HEADS and label.lower() not in TOTAL_LABELS:
                row_who = " ".join(BRACKET.sub(" ", label).split()) or row_who  # 'Source Dead Injured' / 'CBMGO (20 September) 4 63'
            figs = list(SPACED_CELL.finditer(row["figs"]))
            by_kind: dict[tuple[str | None, str | None], list[Found]] = {}
            for f, measure, kind in zip(figs, measures, kinds, strict=True):
                if f["n"] is None:
                    continue  # an empty cell
                a, b = row.start("figs") + f.start("n"), row.start("figs") + f.end("n")
                if measure is None or (q := _cell_quantity(text, a, b, lex)) is None:
                    continue
                by_kind.setdefault(kind, []).append((q, measure, _default_subject(measure), None, row_who))
            for (period, scope), found in by_kind.items():
                out.append(((row.start(), row.end()), table, found, place, period, scope))
    return out


class _Bars(NamedTuple):
    measures: list[str | None]  # what each figure column counts
    who: list[str | None]  # who gave each figure column's figures
    place: bool  # the rows are places ('District')


def _bar_header(text: str, lo: int, hi: int, width: int, lex: Lexicon) -> _Bars | None:
    """The header, its cells set apart by bars, of a table whose rows a scraper set apart by
    single spaces ('District | DDM list (18 June) | VSA verified (19 June)' over 'Gumla 8 9'):
    a row column's heading and as many figure columns as the rows hold. A column whose heading
    names a measure ('Died', 'Injured (police)') counts it, given by its bracket's source; any
    other names who gave its figures ('DDM list (18 June)': the list's, dated) of the one
    measure the table's title names ('Deaths by district - official list compared with our
    count'). None for any other line."""
    cells = _cells(text, lo, hi, "|")
    if len(cells) != width + 1:
        return None
    _, places = _row_heads(lex)
    row_head = " ".join(text[slice(*cells[0])].lower().split())
    measure_of = _heading_measures(lex)
    title_measure = _title_measure(_title(text, lo), lex)
    measures: list[str | None] = []
    who: list[str | None] = []
    for a, b in cells[1:]:
        bracket = BRACKET.search(text, a, b)
        plain = " ".join(BRACKET.sub(" ", CITATIONS.sub(" ", text[a:b])).split())
        if not WORD.search(plain):
            return None
        if own := _heading_measure(plain.lower(), measure_of):
            measures.append(own)
            who.append(_bracket_claimant(bracket["b"], lex) if bracket else None)
        else:  # ('DDM list', 'VSA verified': the source is the name, its words in lower case say what of it)
            measures.append(title_measure)
            who.append(" ".join(plain.split()[: next((j for j, w in enumerate(plain.split()) if w.islower()), None)]) or plain)
    if not any(measures):
        return None
    return _Bars(measures, who, _place_head(row_head, places))


def _bar_rows(
    text: str, run: list[re.Match[str]], table: tuple[int, int], bars: _Bars, lex: Lexicon
) -> list[Stacked]:
    """The rows under a header of bars (:func:`_bar_header`): each column's figure, its place
    the row's label when the rows are places."""
    out: list[Stacked] = []
    for row in run:
        label = " ".join(row["label"].split())
        place = label if bars.place and label.lower() not in TOTAL_LABELS else None
        found: list[Found] = []
        for f, measure, who in zip(SPACED_CELL.finditer(row["figs"]), bars.measures, bars.who, strict=True):
            if f["n"] is None or measure is None:
                continue
            a, b = row.start("figs") + f.start("n"), row.start("figs") + f.end("n")
            if (q := _cell_quantity(text, a, b, lex)) is not None:
                found.append((q, measure, _default_subject(measure), None, who))
        if found:
            out.append(((row.start(), row.end()), table, found, place, None, None))
    return out


BREAKDOWN_ITEM = re.compile(
    r"^[ \t]*[-•*–][ \t]+(?P<label>[^\n\d:;]{2,80}?)[ \t]+[-–—:][ \t]+(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:[ \t]+(?:persons|people|patients|victims|bodies|injured|wounded|dead))?[ \t]*[;.,]?[ \t]*$",
    re.MULTILINE,
)  # '- Ganja Central City Hospital - 21 persons;', '• Bo Government Hospital: 12 patients'
LEAD_FIGURE = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<w>[a-z]+)(?:\s+(?P<w2>[a-z]+))?")
AS_FOLLOWS = re.compile(r"\b(?:as\s+follows|the\s+following|distributed|broken\s+down|by\s+(?:hospital|facility|district|region|province))\b", re.IGNORECASE)


def _breakdown_lists(text: str, start: int, lex: Lexicon) -> list[Stacked]:
    """The items of a list that breaks down a figure its lead-in line tells, place by place:
    '49 injured persons were evacuated to medical institutions, as follows:' over '- Ganja
    Central City Hospital - 21 persons;' / '- Goygol Central District Hospital - 9 persons;'.
    The lead-in ends with a colon and tells a figure with the word that says what it counts
    ('49 injured persons', '23 dead'); the items (two or more, a mark opening each) are a
    place's name, a dash or a colon and a figure; they add up to the lead-in's figure, or the
    lead-in says they follow ('as follows', 'by hospital'). Each item is a part of that figure:
    its measure, for the place its label names; who gave them is the parser's to find (the
    lead-in's speaker, the document's voice)."""
    if "\n" not in text:
        return []
    measure_of, _, _ = _words(lex)
    out: list[Stacked] = []
    items = list(line_matches(BREAKDOWN_ITEM, text, start))
    k = 0
    while k < len(items):
        run = [items[k]]
        while k + len(run) < len(items) and items[k + len(run)].start() == run[-1].end() + 1:
            run.append(items[k + len(run)])
        k += len(run)
        if len(run) < MIN_RUN_ROWS or run[0].start() == 0:
            continue
        lead_hi = run[0].start() - 1
        lead_lo = text.rfind("\n", 0, lead_hi) + 1
        lead = text[lead_lo:lead_hi].rstrip()
        if not lead.endswith(":"):
            continue
        figures = [parse_digits(m["num"]) for m in run]
        told = None
        for m in LEAD_FIGURE.finditer(lead):
            measure = measure_of.get(m["w"]) or (measure_of.get(m["w2"]) if m["w2"] else None)
            if measure is not None:
                told = (parse_digits(m["num"]), measure)
                break
        if told is None or not (sum(figures) == told[0] or AS_FOLLOWS.search(lead)):
            continue
        for m in run:
            a, b = m.span("num")
            q = _cell_quantity(text, a, b, lex)
            if q is not None:
                place = " ".join(m["label"].split())
                out.append(((m.start(), m.end()), (lead_lo, run[-1].end()), [(q, told[1], _default_subject(told[1]), None, None)], place, None, None))
    return out


class _Table(NamedTuple):
    sep: str  # '\t', '|' or '  ' (runs of spaces)
    measures: tuple[str | None, ...]  # the measure each column counts, None for the others
    source: int  # the column naming who gave the row's figures (-1: each column names its own)
    end: int  # where the last line read of the table ends
    who: tuple[str | None, ...] = ()  # who gave each column's figures (a table of sources)
    place: bool = False  # the rows are places ('District'), not days ('Date')
    where: tuple[str | None, ...] = ()  # the place each column's heading names ('SSC: marchers in CDMX')
    heads: int = 1  # the columns heading the rows ('Day | Date')
    subjects: tuple[str | None, ...] = ()  # the subject each measure column's heading names ('Troops')
    periods: tuple[str | None, ...] = ()  # what a day's cell of each measure column counts (see _column_period)
    scopes: tuple[str | None, ...] = ()  # a later column of an earlier one's measure: a part ('Intensive care')


TABLE_SEPS = {
    "\t": re.compile(r"\t+"),
    "|": re.compile(r"\s*\|\s*"),
    "  ": re.compile(r"[ \t]*\t[ \t]*|[ ]{2,}"),
}  # a table line's cell separators
SOURCE_HEADS = frozenset({"source", "sources", "by", "estimate by", "estimated by", "according to",
                          "organisation", "organization", "claimant", "who"})  # fmt: skip


def _cells(text: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]]:
    """The cells of a table line as spans (stripped), split on tabs or on ' | '."""
    out, at = [], lo
    for m in TABLE_SEPS[sep].finditer(text, lo, hi):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, hi))
    return [(a, b) for a, b in out if not (a == b and a in (lo, hi))]  # (a leading or closing '|')


def _table_header(text: str, lo: int, hi: int, lex: Lexicon) -> _Table | None:
    """A table's header line: three or more cells, no figures, one naming who gave the row's
    figures ('Source') and at least one a measure ('Killed', 'Injured', 'Arrests'); else the
    header of a table whose rows are days or places (:func:`_sources_header`), or of a 'who says
    what' table run together (:func:`_run_header`)."""
    sep = _separator(text, lo, hi)
    if sep is None:
        return _run_header(text, lo, hi, lex)
    cells = _cells(text, lo, hi, sep)
    if any(c.isdigit() for c in text[lo:hi]) or len(cells) < 3:
        return _sources_header(text, lo, hi, lex, sep)
    measure_of, _, _ = _words(lex)
    heads = [" ".join(text[a:b].lower().split()) for a, b in cells]
    measures = tuple(measure_of.get(h) for h in heads)
    source = next((k for k, h in enumerate(heads) if h in SOURCE_HEADS), None)
    if source is None and not any(measures) and (by_row := _measures_header([" ".join(text[a:b].split()) for a, b in cells], lex, sep, hi)) is not None:
        return by_row
    if source is None or not any(measures):
        return _sources_header(text, lo, hi, lex, sep)
    return _Table(sep, measures, source, hi)


BY_ROW = -2  # a _Table's source when its rows name the measures and its columns the sources


def _measures_header(names: list[str], lex: Lexicon, sep: str, end: int) -> _Table | None:
    """The header of a table whose rows name what they count and whose columns name who counted
    ('Figure | Interior Ministry / police | Zora federation | Other' over 'Protesters in Sofia |
    6,500 (peak) | 25,000 | -'): its first heading is one of lexicon layout.measure_heads, the others
    name sources, none a measure ('Other' names no one). None for any other header.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = _measures_header(["Figure", "Police", "Union", "Other"], load_lexicon(), "|", 0)
    >>> t.source == BY_ROW, t.who
    (True, (None, 'Police', 'Union', None))
    >>> _measures_header(["Figure", "Deaths", "Injured"], load_lexicon(), "|", 0) is None
    True
    """
    layout = lex.data.get("layout", {})
    heads = [name.lower().strip(" .:") for name in names]
    if len(heads) < 3 or heads[0] not in layout.get("measure_heads", ()):
        return None
    times, places = _row_heads(lex)
    who: list[str | None] = [None]
    for head, name in zip(heads[1:], names[1:], strict=True):
        if not WORD.search(head) or any(c.isdigit() for c in head) or head in times | places:
            return None
        if _label(name, lex, None).measure is not None:
            return None  # ('Figure | Deaths | Injured': a table of measures, read otherwise)
        who.append(None if head in layout.get("no_source_heads", ()) or head in layout["measure_heads"] else name)
        # ('What | Figure | Who says so': the figure's column names no one)
    if sum(w is not None for w in who) < 2:
        return None
    return _Table(sep, (None,) * len(heads), BY_ROW, end, tuple(who))


RUN_HEAD = re.compile(r"(?P<first>[A-Z][a-z]+)(?=[A-Z])[^\d\n\t|]{3,120}")  # 'MeasurePoliceBar / law societiesOther'
RUN_HEAD_SPLIT = re.compile(r"(?<=[a-z'’.)])(?=[A-Z])")  # where a capital runs into the word before it
RUN_SEP = "run"  # a _Table's sep when its cells were run together


def _run_header(text: str, lo: int, hi: int, lex: Lexicon) -> _Table | None:
    """The header of a 'who says what' table (:func:`_measures_header`) whose cells a scraper or a
    phone layout ran together: 'MeasurePoliceBar / law societiesOther', split where a capital
    runs into the word before it; its rows are read by :func:`_run_row_cells`. None for any other line.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = _run_header("MeasurePoliceBar / law societiesOther", 0, 37, load_lexicon())
    >>> t.who, t.sep
    ((None, 'Police', 'Bar / law societies', None), 'run')
    >>> _run_header("FigureDeathsInjured", 0, 19, load_lexicon()) is None
    True
    """
    m = RUN_HEAD.fullmatch(text, lo, hi)
    if m is None or m["first"].lower() not in lex.data.get("layout", {}).get("measure_heads", ()):
        return None
    names = [" ".join(name.split()) for name in RUN_HEAD_SPLIT.split(text[lo:hi])]
    return _measures_header(names, lex, RUN_SEP, hi)


RUN_ROW_LABEL = re.compile(r"[A-Za-z][^\d\n~–—]{0,58}?(?=[~\d]|[-–—](?:[-–—~\d]|$))", re.MULTILINE)
# a row's label up to its first cell: a figure, or a dash standing for an empty cell ('Detained, Punjab-150+')
_RUN_FIGURE = r"(?:[^()\n/–—-][^()\n/]*?\([^()\n]{1,60}\)(?:\[\w{1,4}\])*|(?:~|c\.[ \t]?)?\d[\d,]*(?:[-–]\d[\d,]*)?\+?(?:\[\w{1,4}\])*)"
RUN_CELL = re.compile(
    rf"(?P<empty>[-–—])(?=[-–—~\d]|c\.|$)|{_RUN_FIGURE}(?:[ \t]*/[ \t]*{_RUN_FIGURE})*(?=[-–—~\d]|c\.|$)",
    re.MULTILINE,
)  # a cell: a lone dash (empty), or figures each closed by its bracket ('2,100 (city police)', '31 treated,
#    6 admitted (St Anne's)', '20,000 (party) / 25,000+ (an MP)'), or a bare figure before the next cell


def _run_row_cells(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The cells of a row run together under a run header (:func:`_run_header`): its label to its
    first figure or dash, then each cell ('Marchers, Kraków' | '2,100 (city police)' | '14,000+
    (committee)' | '-'); None when the line is no such row.

    >>> text = "Detained, Kraków12 (9 + 3)17 (legal team)-"
    >>> [text[a:b] for a, b in _run_row_cells(text, 0, len(text))]
    ['Detained, Kraków', '12 (9 + 3)', '17 (legal team)', '-']
    """
    m = RUN_ROW_LABEL.match(text, lo, hi)
    if m is None:
        return None
    run = _run_of(RUN_CELL, text, m.end(), hi)
    return None if run is None else [(lo, m.end()), *((c.start(), c.end()) for c in run)]


def _measure_row(
    text: str, cells: list[tuple[int, int]], lex: Lexicon, table: _Table, values: str | None = None
) -> list[Found]:
    """The figures of a row of a table whose rows name the measures (:func:`_measures_header`):
    the row's label names the measure (and the subject: 'Police officers injured'; a crowd's noun
    first: 'Protesters in Sofia'), each source's cell its figures ('6,500 (peak)', 'c. 800 (Stara
    Zagora police)': the bracket names who counted; '20,000 (party) / 25,000+ (an MP)': two
    sources' figures), or a source of its own ('Pirogov: 22 treated'); '-' and 'n/a' are no figure.
    ``values`` is the text the cells' figures are read in, when it differs (a row run together, the
    character before each cell blanked)."""
    label_text, text = text, text if values is None else values
    name = " ".join(label_text[slice(*cells[0])].split())
    label = _label(name, lex, None)
    measure = label.measure
    first = WORD.match(label_text, *cells[0])
    if measure is None and first is not None and _crowd_word(first[0], lex):
        measure = "participants"
    if measure is None:
        return []
    out: list[Found] = []
    for (a, b), who in zip(cells[1:], table.who[1:], strict=True):
        if NO_VALUE.fullmatch(text, a, b):
            continue
        if (own := LABELLED.match(text, a, b)) is not None:
            who, a = " ".join(own["label"].split()), own.end()
        for m in SOURCED_SLASH.finditer(text, a, b):  # ('20,000 (party) / 25,000+ (an MP)': each its own)
            out += _values(text, a, m.start(), lex, _Label(measure, label.subject, who, None), measure)
            a = m.end()
        out += _values(text, a, b, lex, _Label(measure, label.subject, who, None), measure)
    if (place := _row_label_place(name, lex)) is not None:
        out = [f if len(f) > 6 else (*f[:5], f[5] if len(f) > 5 else None, place) for f in out]
    return out


SOURCED_SLASH = re.compile(r"(?<=\))(?:\[\w{1,4}\])*[ \t]*/[ \t]*(?=[~\d]|c\.)")  # between two sources' figures in a cell


ROW_LABEL_PLACE = re.compile(r"[^,]+,[ \t]*(?P<p>[A-Z][^,()\d]{1,40})$")  # 'Solidarity rally, St Zagora'


def _row_label_place(name: str, lex: Lexicon) -> str | None:
    """The place a row's label names besides its measure: after a comma ('Solidarity rally, St
    Zagora') or a preposition ('Protesters in Sofia'); not a day ('Detained, Wednesday').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_row_label_place(n, lex) for n in ("Solidarity rally, St Zagora", "Protesters in Sofia", "Detained, Wednesday")]
    ['St Zagora', 'Sofia', None]
    """
    if (m := ROW_LABEL_PLACE.match(name)) is not None:
        words = [w.lower() for w in WORD.findall(m["p"])]
        if not _day_part(lex).fullmatch(m["p"]) and not DATE_WORDS.fullmatch(m["p"]) and words[0] not in _words(lex)[1]:
            return " ".join(m["p"].split())
        return None
    return place_in("", " " + name, place_words(lex))


SPACED = re.compile(r"\S(?: {2,}|\t)\S")  # cells set apart by a run of spaces or a tab


def _separator(text: str, lo: int, hi: int) -> str | None:
    """How a table line sets its cells apart: tabs, ' | ' bars, or runs of spaces."""
    if text.find("\t", lo, hi) >= 0:
        return "\t"
    if text.find("|", lo, hi) >= 0 and (text.find(" | ", lo, hi) >= 0 or text[lo] == "|"):
        return "|"
    return "  " if any(SPACED.match(text, at - 1, hi) for at in offsets(text, "  ", lo + 1, hi)) else None
    # (SPACED.search(text, lo, hi), tried only before its two spaces: no tab is in the line)


MAX_TITLE = 160  # a table's title or caption line
CAPTION_NUMBER = re.compile(r"(?:Table|Figure|Chart|Box|Annex)\s+\d{1,3}[a-z]?[.:]\s+")  # a caption's number
SOURCE_CELL = re.compile(r"(?P<who>[^:()\n]{1,40}?)\s*(?:\((?P<kind>[^()\d\n]{1,40})\)\s*)?(?::\s*(?P<what>[^\n]{1,60}))?")
# a column naming who gave its figures, with what they count after a colon: 'SEP: teachers absent';
# its bracket says what kind of body it is ('CFE (union)', 'Organisers (CFE or local union)')


def _sources_header(text: str, lo: int, hi: int, lex: Lexicon, sep: str) -> _Table | None:
    """The header of a table whose rows are days or places and whose columns are the sources
    that gave the figures: 'Date | SEP | Section 22 | State govt' under 'Teachers on strike,
    by source', 'Date  Police  Organisers'. The first column(s) head the rows (lexicon
    layout.row_heads), each other column names its source; what they count is named in a
    column's heading ('SSC: marchers in CDMX') or the table's title or caption (the line
    above), one measure for the columns that name none. None for any other line, and for a
    table naming no measure (money, vehicles: no claims)."""
    cells = _cells(text, lo, hi, sep)
    if len(cells) < 2:
        return None
    times, places = _row_heads(lex)
    measure_of, _, _ = _words(lex)
    heads = [" ".join(text[a:b].lower().split()).strip(" .:") for a, b in cells]
    k = 0  # the columns heading the rows
    while k < len(heads) - 1 and (heads[k] in times | places or (k == 0 and _place_head(heads[0], places))):
        k += 1  # ('Home region': a place too)
    if k == 0:
        return None
    place = _place_head(heads[0], places)
    title = _title(text, lo)
    box = BOX_TITLE.fullmatch(title)
    title_who = _bracket_claimant(box["b"], lex) if box else None  # 'Deaths by district (health office)'
    if title_who is None and (by := TITLE_BY.search(title)) is not None:
        title_who = by["who"]  # 'Table: casualties handled by Ruam Jai teams, 14–15 Nov'
    if title_who is None and (intro := TABLE_INTRO.search(text, max(0, lo - MAX_TITLE), lo)):
        title_who = intro["who"]  # 'The ministry also published the distribution by hospital:' above the table
    who: list[str | None] = [None] * k
    measures: list[str | None] = [None] * k
    where: list[str | None] = [None] * k
    sources: list[int] = []  # the columns naming a source
    matches = [SOURCE_CELL.fullmatch(text, a, b) for a, b in cells]
    owns = [None if j < k else _column_measure(m, h, lex) for j, (m, h) in enumerate(zip(matches, heads, strict=True))]
    for j in range(k + 1, len(heads)):
        if owns[j] is None and heads[j] in RUNNING_HEADS and owns[j - 1]:
            owns[j] = owns[j - 1]  # 'Arrested that day | Running total': the running total of that count
    # 'Deaths', 'New deaths', 'Troops deployed (Ministry)': a column of the measure, in the
    # table's voice or its bracket's source (the others count other things: 'Houses damaged',
    # 'Complaints received (RCM)'); else the columns name the sources
    subjects: list[str | None] = [None] * k
    notes = _notes_heads(lex)
    counters = _counter_heads(lex)
    counter_cols: list[int] = []  # the columns of counters beside columns of measures
    for j, (a, b) in enumerate(cells[k:], k):
        m = matches[j]
        if NUMBER_CELL.fullmatch(text, a, b) or (m is None and not any(owns)):
            return None  # (a figure in a header: a row, not a header)
        if j == len(cells) - 1 and j > k and not owns[j] and heads[j].split()[-1] in notes:
            who.append(None)  # a last column of words on how each side counted ('Ministry's stated method')
            measures.append(None)
            where.append(None)
            subjects.append(None)
            continue
        if any(owns) and not owns[j] and m is not None and heads[j] in counters:
            counter_cols.append(j)  # 'Date | Police | Organisers | Detained' under 'Earlier marches':
            who.append(" ".join(m["who"].split()))  # the counters' columns count what the title names
            measures.append(None)
            where.append(None)
            subjects.append(None)
            continue
        if any(owns):
            bracket = BRACKET.search(text, a, b)
            own_who = _bracket_claimant(bracket["b"], lex) if bracket else None
            who.append((own_who or title_who) if owns[j] else None)
            measures.append(owns[j])
            where.append(None)
            subjects.append(_heading_subject(heads[j], lex) if owns[j] else None)
            continue
        assert m is not None
        name = " ".join(CITATIONS.sub(" ", m["who"]).split())
        if not WORD.search(name) or name.lower() in times | places:
            return None
        sources.append(j)
        kind = " ".join((m["kind"] or "").split())
        who.append(f"{name} ({kind})" if kind and len(kind.split()) <= 2 else name)  # 'CFE (union)': the kind tells its type
        measures.append(_title_measure(m["what"] or "", lex))
        where.append(_column_place(m["what"] or ""))
    if any(verb_form(BRACKET.sub("", who[j]).rsplit(None, 1)[-1].lower(), lex, ing=False) for j in sources if who[j]):
        who = [None if j in sources else w for j, w in enumerate(who)]
        # ('Hospital | Patients received | Admitted | Intensive care' under 'Hospital admissions':
        # a column heading that reads as a participle counts, so its neighbours count too; none names a source)
    if len(sources) == 1 and place and len(cells) == k + 1 and (told := _told_total(text, lo, hi, lex, sep)):
        # 'Home region | Names on the list' under 'Our list by home region:': the count its Total
        # row gives, told before the table ('the names of 187 people who died'), place by place
        return _Table(sep, (*measures[:k], told), -1, hi, (None,) * len(cells), place, tuple(where) + (None,), k)
    if len(sources) == 1 or not (sources or any(measures)):
        return None  # (one column naming no measure: a table of something else)
    named = {measures[j] for j in sources if measures[j]}
    if len(named) > 1:
        return None  # (the sources' columns compare one quantity)
    measure = named.pop() if named else _title_measure(title, lex) if sources else None
    if sources and measure is None:
        return None
    if counter_cols:  # the counters' columns count what the title names, another measure than the columns'
        crowd = _title_measure(title, lex)
        if len(counter_cols) >= 2 and crowd is not None and crowd not in owns:
            sources, measure = counter_cols, crowd
        else:
            who = [None if j in counter_cols else w for j, w in enumerate(who)]
    filled = tuple(measure if j in sources else measures[j] for j in range(len(cells)))
    if (told := _title_subject(title, lex)) is not None and sources and not named:
        subjects = [told if j in sources else subjects[j] if any(owns) else None for j in range(len(cells))]
    if not any(owns) and measure in HURT and not told and (
        sides := {j: lex.subject_of.get(" ".join(BRACKET.sub(" ", who[j]).split()).lower()) for j in sources if who[j]}
    ) and all(sides.values()):  # 'Injured by day' / 'Day  Police  Protesters': each column a side's count, not a source's
        who = [None if j in sides else w for j, w in enumerate(who)]
        return _Table(sep, filled, -1, hi, tuple(who), place, tuple(where), k, tuple(sides.get(j) for j in range(len(cells))))
    if not any(owns):
        struck = sources and measure == "participants" and time_words(lex).on_strike.search(title) is not None
        # ('Teachers on strike, by day': each cell those on strike that day, one count over the strike's days)
        return _Table(
            sep, filled, -1, hi, tuple(who), place, tuple(where), k, tuple(subjects) if told else (),
            tuple("strike" if j in sources else None for j in range(len(cells))) if struck else (),
        )  # fmt: skip
    periods = tuple(_column_period(h, m) for h, m in zip(heads, measures, strict=True))
    scopes = tuple(scope for _, scope in _column_kinds(heads, list(measures))) if place else ()
    # ('Hospital | Patients received | Admitted | Intensive care': the later columns parts of the first)
    return _Table(sep, filled, -1, hi, tuple(who), place, tuple(where), k, tuple(subjects), periods, scopes)


BOX_FIELDS_MIN = 2  # the lines of a two-column table naming a box's fields that make it a box


@lru_cache(maxsize=8)
def _box_fields(lex: Lexicon) -> frozenset[str]:
    """The labels of an event's infobox fields that hold no count (lexicon layout.box_fields:
    'Date', 'Location', 'Cause', 'Coordinates')."""
    return frozenset(lex.data.get("layout", {}).get("box_fields", ()))


def _field_box(text: str, split: list[list[tuple[int, int]]], lex: Lexicon) -> bool:
    """Whether a table set out in bars is an infobox of two columns, label and value, that a
    scraper wrote as a Markdown table ('Date | 29 October 2022 |' / '---|---|' / 'Deaths |
    159[1] |'): every line two cells, and BOX_FIELDS_MIN of its labels an event box's fields
    (layout.box_fields). Its first line is a field, no header: a table of two columns whose
    header is 'Date | Arrests' has one 'Date' line only (rule: measure/field-box).

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "Date | 3 May 2026 |\\nLocation | Port Aster |\\nDeaths | 41[1] |"
    >>> lines = [m.span() for m in LINE.finditer(t)]
    >>> _field_box(t, [_separated_cells(t, lo, hi, "|") for lo, hi in lines], load_lexicon())
    True
    >>> t = "Date | Arrests |\\n3 May | 41 |\\n4 May | 12 |"
    >>> lines = [m.span() for m in LINE.finditer(t)]
    >>> _field_box(t, [_separated_cells(t, lo, hi, "|") for lo, hi in lines], load_lexicon())
    False
    """
    if any(len(row) != 2 for row in split):
        return False
    fields = _box_fields(lex)
    named = sum(" ".join(text[slice(*row[0])].split()).lower().strip(" .:") in fields for row in split)
    if named >= BOX_FIELDS_MIN:
        fired(FIELD_BOX, split[0][0][0])
        return True
    return False


FIELD_BOX = "measure/field-box"


@lru_cache(maxsize=8)
def _notes_heads(lex: Lexicon) -> frozenset[str]:
    """The last words of a table's last column that holds notes, not figures (lexicon
    layout.notes_heads: 'Notes', 'Ministry's stated method', 'Basis')."""
    return frozenset(lex.data.get("layout", {}).get("notes_heads", ()))


@lru_cache(maxsize=8)
def _counter_heads(lex: Lexicon) -> frozenset[str]:
    """Column headings that name who counted a crowd, as trackers set them beside a column of
    arrests or injuries (lexicon layout.counter_heads: 'Police', 'Organisers')."""
    return frozenset(lex.data.get("layout", {}).get("counter_heads", ()))


def _place_head(head: str, places: frozenset[str]) -> bool:
    """Whether a row column's heading names places: a place word, last ('Home region') or
    before 'of' ('Place of detention', 'Hospital of admission')."""
    words = head.split()
    return bool(words) and (head in places or words[-1] in places or (len(words) > 2 and words[1] == "of" and words[0] in places))


NEW_COLUMN = re.compile(r"\b(?:new|daily|that\s+day|per\s+day)\b")


def _column_period(head: str, measure: str | None) -> str | None:
    """What a day's cell of a tracker's measure column counts: 'New deaths' what that day
    added ('increment'), 'Arrested that day', 'Daily arrests' that day's arrests ('day', as a
    release tells them: 'On Monday, 11 people were arrested'); a crowd's column that day's crowd ('day'); any other
    harm, arrest or deployment column the running figure as of that day ('cumulative':
    'Captures, cumulative', 'Deaths in custody', 'Troops deployed'), but those an arrest column
    says are still held that day ('Held overnight', 'In custody'): a state ('held')."""
    if measure is None:
        return None
    if NEW_COLUMN.search(head):
        return "day" if measure == "arrested" and not head.startswith("new") else "increment"
    if measure == "arrested" and HELD_COLUMN.search(head):
        return "held"  # 'Held overnight', 'Still in custody': those held as of that day, not a tally
    return "day" if measure == "participants" else "cumulative"


HELD_COLUMN = re.compile(r"\b(?:held|custody|jailed|behind\s+bars)\b")


MAX_TABLE_ROWS = 40
TOLD_CLAUSE = re.compile(r"[^.;:!?\n]{0,100}")  # the words after a figure, to its clause's end


def _told_total(text: str, lo: int, hi: int, lex: Lexicon, sep: str) -> str | None:
    """The measure of a table of places whose one column names none: the figure of its Total
    row, told in the report before the table with the words that say what it counts ('we have
    collected the names of 187 people who died' above 'Home region  Names on the list' / … /
    'TOTAL  187'): killed. None when the table has no Total row or the report tells its figure
    nowhere before, or with no measure word in its clause."""
    at = hi
    for _ in range(MAX_TABLE_ROWS):
        if not text.startswith("\n", at):
            return None
        end = text.find("\n", at + 1)
        end = len(text) if end < 0 else end
        a, b = at + 1, end
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            return None  # (the table ended with no Total row)
        cells = _cells(text, a, b, sep)
        if len(cells) == 2 and " ".join(text[slice(*cells[0])].lower().split()) in TOTAL_LABELS:
            figure = text[slice(*cells[1])]
            break
        at = end
    else:
        return None
    if not NUMBER_CELL.fullmatch(figure):
        return None
    said = list(re.compile(rf"(?<![\d,.]){re.escape(figure.strip())}(?![\d,])").finditer(text, 0, lo))
    if not said:
        return None
    told = said[-1]  # (the last time the report tells it before the table)
    clause = TOLD_CLAUSE.match(text, told.end())
    after = lex.measure_words("after")
    for w in WORD.findall(clause[0] if clause else ""):
        low = w.lower()
        measure = lex.noun_measure.get(low) or lex.modifier_measure.get(low) or after.get(low)
        if measure in lex.measures:
            return measure
    return None


def _column_measure(m: re.Match[str] | None, head: str, lex: Lexicon) -> str | None:
    """The measure a table column's heading names as its own ('Deaths', 'New deaths', 'Troops
    deployed (Ministry)', 'Captures, cumulative (PNC)'), None for a heading naming a source
    ('Police', 'SEP: teachers absent') or counting something else ('Houses damaged')."""
    if m is not None and m["what"]:
        return None
    measure_of = _heading_measures(lex)  # ('Facility | Treated | Died')
    plain = " ".join(BRACKET.sub(" ", head).split()).strip(" ,")
    if plain != head and "(" in head:  # a bracket: the words before it name the measure
        first = plain.split(",")[0].strip()
        return measure_of.get(first) or _label(first, lex, None).measure  # ('Deaths in custody')
    if found := measure_of.get(head) or measure_of.get(head.rsplit(" ", 1)[-1]):
        return found
    first, _, rest = head.partition(" ")
    return measure_of.get(first) if rest and COLUMN_TIME.fullmatch(rest) else None  # 'Arrested that day'


RUNNING_HEADS = frozenset({"running total", "total", "cumulative", "cumulative total", "total so far", "total to date"})
COLUMN_TIME = re.compile(r"(?:that|this|per|each|a)\s+day|today|overnight|so\s+far|to\s+date|daily")
# the rest of a column's heading after its measure word, when it says only when: 'Arrested that day'


def _heading_subject(head: str, lex: Lexicon) -> str | None:
    """The subject a measure column's heading names ('Troops deployed (Ministry)' -> security)."""
    words = [w.lower() for w in WORD.findall(BRACKET.sub(" ", head))]
    return next((lex.subject_of[w] for w in words if w in lex.subject_of), None)


_MONTH = rf"{MONTH_STEM.title()}[a-z]*\.?"
RUN_ROW = re.compile(
    r"(?:\d{1,2}\s+)?(?:" + WEEKDAY_ABBR.title() + r"[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?![\d,]))(?:\s+\d{{4}})?\s+"
)  # a day's row label, with the row's number before it: '1 Mon 15 June ', 'Tue, June 16 '
DATED_LABEL = re.compile(
    rf"(?:{WEEKDAY_ABBR.title()}[a-z]*\.?,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
    r"(?:\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?,?\s+(?P<who>[A-Z][^\n]{1,60})"
)  # a row's label of a table of sources by date: its day (and time), then who gave the figures
RUN_VALUE = re.compile(
    r"(?:(?:(?:fewer|less|more)\s+than|over|about|around|some|up\s+to)\s+|~\s*)?"
    r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:thousand|million))?"
    r"(?:\s*[–—-]\s*\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:thousand|million))?)?\+?(?:\[\w{1,4}\])*"
    r"|(?:no|not)\s+[a-z]+|n/a|[–—-]"
)  # one cell of a row run together: '21,400', '20,000–22,000', '60,000+', 'fewer than 30,000', 'no march'
RUN_SOURCE = re.compile(r"(?:^|(?<=\s))(?P<who>[A-Z][\w.&'’-]*(?:\s+\d{1,3})?):\s")
# a source column's heading in a header run together: 'SEP: teachers absent (national) '
MIN_RUN_ROWS = 2


def _run_table(
    text: str, lo: int, hi: int, lex: Lexicon
) -> list[tuple[tuple[int, int], list[Found], list[str | None]]]:
    """A table of sources whose cells a scraper set apart by single spaces, header and rows on
    one line: 'Day Date SEP: teachers absent CNTE: teachers on strike 1 Mon 15 June 21,400
    95,000 2 Tue 16 June fewer than 30,000 118,000'. The line opens with the row column's
    heading ('Day', 'Date'); each source column's heading is its name before a colon, what it
    counts after (or a name of one word each, as many as a row's cells); then rows of a day's
    label and one cell per source. Each row's span, figures and the place each figure's column
    heading names; [] for any other line."""
    times, places = _row_heads(lex)
    at = lo
    while (w := WORD.match(text, at, hi)) is not None and w[0].lower() in times:
        at = w.end() + 1
    if at == lo or not (first := RUN_ROW.search(text, at, hi)):
        return []
    head = text[at : first.start()]
    sources = list(RUN_SOURCE.finditer(head))
    if len(sources) >= 2 and not head[: sources[0].start()].strip():
        who = [m["who"] for m in sources]
        whats = [head[m.end() : n.start() if n else len(head)] for m, n in zip(sources, [*sources[1:], None], strict=True)]
    else:
        who = head.split()
        whats = [""] * len(who)
        if not all(w[:1].isupper() for w in who):
            return []
    if len(who) < 2:
        return []
    where = [_column_place(w) for w in whats]
    measures = {m for w in whats if (m := _title_measure(w, lex))}
    measure = (measures.pop() if len(measures) == 1 else None) if measures else _title_measure(_title(text, lo), lex)
    if measure is None:
        return []
    rows: list[tuple[tuple[int, int], list[Found], list[str | None]]] = []
    at = first.start()
    while at < hi:
        row = RUN_ROW.match(text, at, hi)
        if row is None:
            break
        found: list[Found] = []
        places: list[str | None] = []
        p = row.end()
        for name, column_place in zip(who, where, strict=True):
            while p < hi and text[p] == " ":
                p += 1
            v = RUN_VALUE.match(text, p, hi)
            if v is None or (v.end() < hi and not text[v.end()].isspace()):
                return []
            q = None if NO_VALUE.fullmatch(text, v.start(), v.end()) else _cell_quantity(text, v.start(), v.end(), lex)
            if q is not None:
                found.append((q, measure, _default_subject(measure), None, name))
                places.append(column_place)
            p = v.end()
        rows.append(((row.start(), p), found, places))
        at = p
        while at < hi and text[at] == " ":
            at += 1
    return rows if len(rows) >= MIN_RUN_ROWS else []


TITLE_GAP = re.compile(r"(?<=\S)(?: {2,}|\t)(?=[A-Z])")  # a run of spaces or a tab before a table's first heading
RUN_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d,])|[^\s\d]+")  # a figure or a word


EMPTY_CELLS = frozenset(("–", "—", "-", "‒"))  # a table's empty cell, as a scraper leaves it


def _run_cell(token: str) -> bool:
    """A cell of a table scraped with single spaces: a figure, or a dash for an empty one."""
    return token[0].isdigit() or token in EMPTY_CELLS


def _run_place_table(
    text: str, lo: int, hi: int, lex: Lexicon
) -> list[tuple[tuple[int, int], list[Found], str | None, str | None, str | None]]:
    """A table of places whose cells a scraper set apart by spaces, header and rows on one line:
    'Region Deaths Injured Missing Displaced SAVA 27 104 11 21,380 Analanjirofo 12 43 4 8,915
    Total 41 153 15 31,535', 'Hospital Received Discharged Still admitted Deceased H.N. Rosales
    23 6 14 3 …', 'City Detained Ashgabat 702 Turkmenabat 311 …'. The line opens with the row
    column's heading ('Region', 'Hospital', 'City'), then the figure columns' headings, each
    opening with a capital ('Still admitted' is one), as many as each row has figures; each row
    is a place's name and its figures (the Total row is the whole). The columns naming a
    measure ('Deaths', 'Admitted') are claims, the others ('Missing', 'Discharged') count
    nothing here; a column of those still in a state ('Still admitted') counts a state, not a
    tally, and a later column of an earlier one's measure a part of it (:func:`_column_kinds`).
    Who gave them is the title's bracket ('Provisional figures by region (BNGRC, 15
    March)'). A last label the line breaks off before its figures ends the table. Each row's
    span, figures, place, period and scope; [] for any other line."""
    _, places = _row_heads(lex)
    first = WORD.match(text, lo, hi)
    if first is None or hi - lo > 2 * MAX_LINE:
        return []
    lead: tuple[int, int] | None = None  # a sentence that leads into the table with a colon
    if first[0].lower() not in places and (colon := text.find(": ", lo, hi)) > 0 and (
        (led := WORD.match(text, colon + 2, hi)) is not None and led[0].lower() in places
    ):
        first, lead = led, (lo, colon + 1)  # '… our lists give: Arrondissement Dead Injured Talangai 17 40 …'
    title_cell: str | None = None  # a title the scraper left on the table's line, set apart by spaces
    if first[0].lower() not in places and lead is None and (gap := TITLE_GAP.search(text, lo, min(hi, lo + MAX_TITLE))) and (
        (led := WORD.match(text, gap.end(), hi)) is not None and led[0].lower() in places
    ) and not SENTENCE_MARK.search(BRACKET.sub(" ", text[lo : gap.start()])):
        first, title_cell = led, text[lo : gap.start()]  # 'Patients by site (Shared Health)  Site  Patients seen  Minnedosa  31 …'
    kinds_of_people = first[0].lower() in _kind_heads(lex)  # 'Nationality Deaths Ireland 3 …': parts, no places
    if first[0].lower() not in places and not kinds_of_people:
        return []
    if text[hi + 1 : hi + 2].isdigit() and not text[hi - 1].isdigit():
        nl = text.find("\n", hi + 1)
        hi = len(text) if nl < 0 else nl  # (a row broken over two lines: 'Other towns' / '40 Total 1,612')
    tokens = list(RUN_TOKEN.finditer(text, first.end(), hi))
    k = next((j for j, t in enumerate(tokens) if t[0][0].isdigit()), -1)
    if k > 0 and tokens[k - 1][0] in EMPTY_CELLS:
        k -= 1  # (the first row's first cell is empty: 'Serbia – 1')
    if k < 2:
        return []
    width = 0
    while k + width < len(tokens) and _run_cell(tokens[k + width][0]):
        width += 1
    columns = _headings([t[0] for t in tokens[:k]])
    if len(columns) <= width or any(not WORD.fullmatch(w) for c in columns[:width] for w in c.split()):
        return []  # (the headings are words)
    measure_of = _heading_measures(lex)
    heads = [c.lower() for c in columns[:width]]
    measures = [_heading_measure(h, measure_of) for h in heads]
    if not any(measures):
        return []
    kinds = _column_kinds(heads, measures)
    title = _title(text, lo) if title_cell is None else title_cell
    box = BOX_TITLE.fullmatch(title)
    who = _bracket_claimant(box["b"], lex) if box else None
    if who is None and (lead := lead or _lead_above(text, lo)) is not None:
        who = attribute(text, lead[0], lead[1], lead[1] - 1, lex).claimant  # 'According to a breakdown the ministry distributed …:'
    if who is None and (para := _paragraph_above(text, lo)) is not None and (said := RELEASED_ABOVE.search(text, *para)):
        who = said["who"]
    rows: list[tuple[tuple[int, int], list[Found], str | None, str | None, str | None]] = []
    j = sum(len(c.split()) for c in columns[:width])
    while j < len(tokens):
        label = j
        while j < len(tokens) and not (_run_cell(tokens[j][0]) and j > label):
            j += 1
        figures = tokens[j : j + width]
        if j == len(tokens) and rows:
            break  # (a label the line breaks off before its figures)
        if j == label or len(figures) < width or any(not _run_cell(f[0]) for f in figures):
            return []  # (a row of another shape: no such table)
        if j + width < len(tokens) and _run_cell(tokens[j + width][0]):
            return []
        if all(f[0] in EMPTY_CELLS for f in figures):
            return []  # (a row with no figure: a dash in a name, no table)
        name = " ".join(t[0] for t in tokens[label:j])
        by_kind: dict[tuple[str | None, str | None], list[Found]] = {}
        for f, measure, kind in zip(figures, measures, kinds, strict=True):
            if f[0] in EMPTY_CELLS:
                continue  # an empty cell: 'Serbia – 1' (no death told for that row)
            if measure is not None and (q := _cell_quantity(text, f.start(), f.end(), lex)) is not None:
                by_kind.setdefault(kind, []).append((q, measure, _default_subject(measure), None, who))
        place = None if name.lower() in TOTAL_LABELS else name
        for (period, scope), found in by_kind.items():
            rows.append(((tokens[label].start(), figures[-1].end()), found, place, period, scope))
        j += width
    if kinds_of_people:
        rows = _kinds_of_people(rows)
    return rows if len({row[0] for row in rows}) >= MIN_RUN_ROWS else []


def _lead_above(text: str, lo: int) -> tuple[int, int] | None:
    """The span of the sentence that ends with a colon on the line right above ``lo`` (across one
    blank line), leading into a table, or None."""
    start, end = _line_above(text, lo)
    return (start, end) if 0 < end - start <= MAX_LINE and text[end - 1] == ":" else None


def _paragraph_above(text: str, lo: int) -> tuple[int, int] | None:
    """The span of the paragraph right above the line at ``lo`` (across one blank line), when it
    is short enough to be a table's lead-in."""
    _, end = _line_above(text, lo)
    gap = text.rfind("\n\n", 0, end)
    start = gap + 2 if gap >= 0 else 0
    return (start, end) if 0 < end - start <= MAX_LEAD_PARAGRAPH else None


def _line_above(text: str, lo: int) -> tuple[int, int]:
    """The span of the last line with words before offset ``lo`` (a line start), across one
    blank line: a table's title, caption or lead-in."""
    end = lo - 1
    while end > 0 and text[end - 1] in " \t\n" and lo - end < 3:
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _kinds_of_people(
    rows: list[tuple[tuple[int, int], list[Found], str | None, str | None, str | None]]
) -> list[tuple[tuple[int, int], list[Found], str | None, str | None, str | None]]:
    """The rows of a table whose rows are kinds of people ('Nationality Deaths Ireland 3 Brazil
    2 … Total 10'): each row but the Total is a part of the Total row's figure (of another
    figure when there is none), named by its label, and no place."""
    total = next((row for row in rows if row[2] is None and row[4] is None), None)
    whole = total[1][0][0].text if total and total[1] else "another figure"
    out = []
    for span, found, label, period, scope in rows:
        if label is not None and scope is None:
            scope = f"part: {label} of {whole}"
        out.append((span, found, None, period, scope))
    return out


@lru_cache(maxsize=8)
def _kind_heads(lex: Lexicon) -> frozenset[str]:
    """The headings of a table's row column that make its rows kinds of people (lexicon
    layout.row_heads.kind: 'Nationality', 'Age group')."""
    return frozenset(lex.data.get("layout", {}).get("row_heads", {}).get("kind", []))


def _column_kinds(heads: list[str], measures: list[str | None]) -> list[tuple[str | None, str | None]]:
    """Each figure column's period and scope: a column of those still in a state ('Still
    admitted') counts a state; a later column of a measure an earlier column counts already
    ('Received' then 'Admitted', 'In critical care') counts a part of it, named by its heading.
    Not :func:`claimcheck.match._table_rows`, which, at grouping, parts the claims of any table
    with a 'Total' row by where their figures stand (a row by its label, a second figure of a
    measure in its row by its column's number), headings or none: this reads a table's
    headings as the layout reader reads its rows, and sets each figure's scope."""
    kinds: list[tuple[str | None, str | None]] = []
    seen: set[str] = set()
    for head, measure in zip(heads, measures, strict=True):
        if STILL_COLUMN.match(head):
            kinds.append(("held", None))
        elif measure in seen:
            kinds.append((None, f"{COLUMN_SCOPE}: {head}"))
        else:
            kinds.append((None, None))
        if measure is not None:
            seen.add(measure)
    return kinds



NATIONAL = re.compile(r"\b(?:national|nationwide|countrywide|all\s+states|whole\s+country)\b", re.IGNORECASE)


def _column_place(what: str) -> str | None:
    """The place a source column's heading names: 'teachers absent (national)' ->
    'nationwide', 'marchers in CDMX' -> 'CDMX'."""
    if not what:
        return None
    if NATIONAL.search(what):
        return NATIONWIDE
    return place_in("", " " + what, place_words())


def _column_places(
    text: str, found: list[Found], cells: list[tuple[int, int]], where: tuple[str | None, ...]
) -> list[str | None]:
    """The place of each figure of a row, by the heading of the column its cell is in."""
    if not where:
        return [None] * len(found)
    out = []
    for f in found:
        k = next((j for j, (a, b) in enumerate(cells) if a <= f[0].start < b), -1)
        out.append(where[k] if 0 <= k < len(where) else None)
    return out


def _title(text: str, lo: int) -> str:
    """The title or caption right above a table's header (the last line with words before it,
    across one blank line), '' when it is prose or too long."""
    start, end = _line_above(text, lo)
    line = CAPTION_NUMBER.sub("", text[start:end].strip(), count=1)  # 'Table 1. Casualties by district (…)'
    return line if 0 < len(line) <= MAX_TITLE and not SENTENCE_MARK.search(line) else ""


@lru_cache(maxsize=8)
def _row_heads(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The headings of a table's row column that make its rows days, and places."""
    data = lex.data.get("layout", {}).get("row_heads", {})
    return frozenset(data.get("time", [])), frozenset(data.get("place", []))


@lru_cache(maxsize=8)
def _area_heads(lex: Lexicon) -> frozenset[str]:
    """The first headings of a table scraped with single spaces that make its rows places: the
    place row heads and every area noun of place.area_nouns, one or many ('Sector Dead Missing
    Injured' / 'Rwamiko 26 5 39': Rwamiko's figures, not the whole's). (Not for a table of
    sources, whose other columns may be named by an authority that is an area noun too:
    '| City | Prefecture | Unions |'.)"""
    areas = lex.data.get("place", {}).get("area_nouns", [])
    return _row_heads(lex)[1] | {*areas, *(_plural(a) for a in areas)}


def _plural(noun: str) -> str:
    """'county' -> 'counties', 'commune' -> 'communes', 'parish' -> 'parishes'."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


@lru_cache(maxsize=8)
def _title_words(lex: Lexicon) -> dict[str, str]:
    """Phrases naming what a table of sources counts: the label words and lexicon
    layout.title_measures."""
    measure_of, _, _ = _words(lex)
    out = dict(measure_of)
    for measure, words in lex.data.get("layout", {}).get("title_measures", {}).items():
        if measure in lex.measures:
            out.update({w.lower(): measure for w in words})
    return out


@lru_cache(maxsize=8)
def _not_counts(lex: Lexicon) -> re.Pattern[str]:
    """Words of a table's title or heading that make its figures no counts of people (lexicon
    layout.title_not_counts: money, shares, rates)."""
    words = lex.data.get("layout", {}).get("title_not_counts", {}).get("words", [])
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?<![\w])(?:{alternation})(?![\w]))", re.IGNORECASE)


def _title_measure(title: str, lex: Lexicon) -> str | None:
    """The one measure a table's title or a column's heading names ('Teachers on strike, by
    source' -> participants), None when it names none or several ('Arrests and deaths') or
    counts no people ('Striking workers' pay by day (pesos)', 'Turnout (%) by region')."""
    if not title or _not_counts(lex).search(title):
        return None
    words_of = _title_words(lex)
    low = [w.lower() for w in WORD.findall(title)]
    found: set[str] = set()
    i = 0
    while i < len(low):
        for n in (3, 2, 1):
            if i + n <= len(low) and (m := words_of.get(" ".join(low[i : i + n]))):
                found.add(m)
                i += n - 1
                break
        i += 1
    return found.pop() if len(found) == 1 else None


def _title_subject(title: str, lex: Lexicon) -> str | None:
    """The subject a table's title names right before the words of its measure: 'Teachers on
    strike, by day' -> people (teachers), 'Farmers marching, by town' -> people; None when the word
    before names no one the lexicon knows ('Marches: police vs organisers')."""
    words_of = _title_words(lex)
    low = [w.lower() for w in WORD.findall(title)]
    for i in range(1, len(low)):
        if any(i + n <= len(low) and " ".join(low[i : i + n]) in words_of for n in (3, 2, 1)):
            return lex.subject_of.get(low[i - 1])
    return None


def _table_line(
    text: str, lo: int, hi: int, end: int, lex: Lexicon, table: _Table | None
) -> tuple[_Table | None, list[Found], bool]:
    """A line read as part of a table: the table it leaves open (None when it ends one), the
    figures of a row, and whether the line is a table's header. A row follows its header or
    the row before, line by line, with as many cells."""
    if table is not None and lo == table.end + 1 and hi > lo and RULE_LINE.fullmatch(text, lo, hi):
        return table._replace(end=end), [], False  # a rule under the header or between rows
    if table is not None and (lo != table.end + 1 or hi <= lo):
        if hi > lo and RULE_LINE.fullmatch(text, table.end + 1, lo - 1):
            table = table._replace(end=lo - 1)  # ('|---|---|' under a Markdown table's header)
        else:
            table = None
    if table is None:
        header = _table_header(text, lo, hi, lex)
        return (None, [], False) if header is None else (header._replace(end=end), [], True)
    cells = _run_row_cells(text, lo, hi) or [] if table.sep == RUN_SEP else _cells(text, lo, hi, table.sep)
    if len(cells) == len(table.measures) - 1 and table.sep == "|" and text[hi - 1] == "|":
        cells.append((hi, hi))  # an empty last cell ('| 5 February | Families' committee | 63 |')
    if len(cells) != len(table.measures):
        return None, [], False
    if table.source == BY_ROW:
        if table.sep == RUN_SEP:  # (a cell's figure run into the label or the cell before it is a figure all the same)
            row = list(text[lo:hi])
            for a, _ in cells[1:]:
                if text[a] not in EMPTY_CELLS and (text[a - 1].isalpha() or text[a - 1] in EMPTY_CELLS):
                    row[a - 1 - lo] = " "
            return table._replace(end=end), _measure_row(text, cells, lex, table, text[:lo] + "".join(row) + text[hi:]), False
        return table._replace(end=end), _measure_row(text, cells, lex, table), False
    if table.source < 0:
        return table._replace(end=end), _sources_row(text, cells, lex, table), False
    return table._replace(end=end), _table_row(text, cells, lex, table), False


ROW_LABEL = re.compile(r"[A-Za-z]|\d{1,2}[/.-]\d{1,2}")  # a row's day or place: 'Mon 15 June', 'Kassala', '15/06'
RULE_LINE = re.compile(r"[ \t|:=+-]*[-=][ \t|:=+-]*")
# a Markdown table's '|---|:--:|', pandoc's '--------- --------' and '+=====+======+'
NO_VALUE = re.compile(r"[ \t]*(?:[-–—]|n/?a|none|nil|no\s+\w+|not\s+\w+|\?)?[ \t]*", re.IGNORECASE)
# a cell a source left empty: '—', 'n/a', 'no march', 'not published'


def _sources_row(
    text: str, cells: list[tuple[int, int]], lex: Lexicon, table: _Table
) -> list[Found]:
    """The figures of a row of a table of sources (:func:`_sources_header`): each source
    column's cell is its figure for the row's day or place ('21,400', '20,000–22,000',
    '60,000+', 'fewer than 30,000'); a cell holding anything else reads as no figure."""
    if not any(ROW_LABEL.search(text, a, b) for a, b in cells[: table.heads]):
        return []  # ('2024 | 2025 | 2026': a row of years, or of figures, names no day nor place)
    out: list[Found] = []
    subjects = table.subjects or (None,) * len(cells)
    for (a, b), measure, who, subject in zip(cells, table.measures, table.who, subjects, strict=True):
        if measure is None:
            continue
        q = _cell_quantity(text, a, b, lex)
        if q is None and (sourced := _sourced_cell(text, a, b, lex)) is not None:
            q, who = sourced[0], sourced[1] or who  # '15,000 (City Police)' under 'Police / authorities': the body that counted
        if q is None:
            if not NO_VALUE.fullmatch(text, a, b):
                return []  # (a row of words: no row of this table)
            continue
        out.append((q, measure, subject or _default_subject(measure), None, who))
    return out


CELL_SOURCE = re.compile(r"\((?P<b>[^()\n]{1,60})\)(?:\[\w{1,4}\])*[ \t]*")  # '(City Police)[3]' after a cell's figure


def _sourced_cell(text: str, a: int, b: int, lex: Lexicon) -> tuple[Quantity, str | None] | None:
    """A table cell holding a figure and the bracket of who gave it, nothing else: '15,000 (City
    Police)', 'c. 800 (Stara Zagora police)[2]'; or a bracket of words naming no one and no date
    ('6,500 (peak)': the column's source's, None); None for any other cell ('9,000 (2019)')."""
    quantities = find_quantities(text, lex, a, b)
    if not quantities or text[a : quantities[0].start].strip(" ~c.≈"):
        return None
    q = _plus(text, quantities[0])
    at = q.end
    while at < b and text[at] in " \t":
        at += 1
    m = CELL_SOURCE.fullmatch(text, at, b)
    if m is None:
        return None
    who = _bracket_claimant(m["b"], lex)
    if who is None and (any(c.isdigit() for c in m["b"]) or not _words(lex)[1].intersection(w.lower() for w in WORD.findall(m["b"]))):
        return None  # (a bracket of a date, or of words the lexicon does not know as a time or scope)
    return q, who


def _notes_start(cells: list[tuple[int, int]], table: _Table, hi: int) -> int:
    """Where the cells of words after a row's last measure column begin ('| 4 | 37 | 8 | tree
    platform. 2 minors among them |': a notes column, sentences of their own), else ``hi``."""
    last = max((j for j, m in enumerate(table.measures) if m), default=-1)
    if 0 <= last < len(cells) - 1:
        return cells[last + 1][0]
    return hi


def _cell_quantity(text: str, a: int, b: int, lex: Lexicon) -> Quantity | None:
    """The figure a table cell holds, when it holds one and nothing else but citations (or the
    quote marks of a source's own words: '"under 700"')."""
    quantities = find_quantities(text, lex, a, b)
    if not quantities:
        return None
    lead = text[a : quantities[0].start].strip(" ~c.≈")
    if lead not in ("", '"', "“"):
        return None
    q = _plus(text, quantities[0])
    tail = CITATIONS.match(text, q.end, b)
    rest = text[tail.end() if tail else q.end : b].strip()
    return q if rest == ("" if not lead else '"' if lead == '"' else "”") else None


def _table_row(
    text: str, cells: list[tuple[int, int]], lex: Lexicon, table: _Table
) -> list[Found]:
    """The figures of a table row under its header: each measure column's figure, given by
    the row's source cell ('Human Rights Watch\t31\t112')."""
    a, b = cells[table.source]
    who = " ".join(CITATIONS.sub(" ", text[a:b]).split()) or None
    out: list[Found] = []
    for (a, b), measure in zip(cells, table.measures, strict=True):
        if measure is None:
            continue
        quantities = find_quantities(text, lex, a, b)
        if quantities and not text[a : quantities[0].start].strip(" ~c.≈"):
            out.append((_plus(text, quantities[0]), measure, _default_subject(measure), None, who))
    return out


def _plus(text: str, q: Quantity) -> Quantity:
    """'300+' in a list or a table: at least 300."""
    if text.startswith("+", q.end) and q.value is not None:
        return Quantity(text[q.start : q.end + 1], q.start, q.end + 1, q.value, q.value, None, "at_least")
    return q


def _candidate_lines(text: str, lo: int) -> Iterator[tuple[int, int, bool]]:
    """The lines of text[lo:] that may be list or table lines (a colon or a tab, or a figure at
    the end), as spans, and whether they may be list lines (else only a table's: cells set
    apart by spaces or bars). One look at each line's last character and a few searches in
    C: a report of a hundred lines costs a few microseconds here."""
    for start, end in line_spans(text, lo):
        last = text[end - 1]
        if end - start >= WRAPPED and text[end + 1 : end + 2].islower() and _prose_goes_on(text, end + 1):
            continue  # a hard-wrapped paragraph's line ('Protection: Local authorities report that 7
            #           people were detained … after\na group of about 200 residents gathered'): prose
        if (
            last.isdigit()
            or last in ")]+: \t\r"
            or (last == "k" and text[end - 2 : end - 1].isdigit())  # a chart's data label: 'Hamburg 60k'
            or text.find(":", start, end) >= 0
            or text.find("\t", start, end) >= 0
            or text.find(" | ", start, end) >= 0
            or (text.startswith("|", start) and text.find("=", start, end) >= 0)  # '| arrests = 14'
            or (end - start < MAX_LINE and CELL_TAIL.search(text, start, end) is not None)
            or (end - start < MAX_LINE and GLUED_PART.search(text, start, end) is not None)
            or (last == "?" and end - start < MAX_QUESTION)  # an explainer's 'How many were arrested?'
        ):  # (a cell with a tail in words: 'Hospitalised187, of whom 19 still in intensive care')
            yield start, end, True
        elif end - start < MAX_LINE and (text.find("  ", start, end) >= 0 or last == "|"):
            yield start, end, False  # 'Date    Police    Organisers', '| Date | SEP |'
        elif end - start < MAX_LINE and (dash := HEADING_DASH.match(text, start, end)) and DASH_WORDS_FIGURE.match(text, dash.end(), end):
            yield start, end, True  # a label's dash before its figure and the words on it: 'Injured — 120 people'
        elif text[end + 1 : end + 2].isdigit() and text.find(" ", start, end) >= 0:
            yield start, end, False  # a table scraped onto one line, broken before a row's figures
        elif text.startswith("Source ", start):
            yield start, end, False  # a table of sources scraped onto one line, its notes last
        elif end - start <= 7 and text[start:end] in INFOBOX_CROWD_FIELDS:
            yield start, end, True  # an infobox's 'Number' field over its lines
        elif last.isupper() and end - start <= MAX_CAPS_HEADING and text[start:end].isupper():
            yield start, end, True  # a section heading in capitals over its list ('DETAINED', 'HURT')
        elif end - start <= MAX_CAPS_HEADING and last.isalpha() and text[start].isupper() and BULLET.match(text, end + 1):
            yield start, end, True  # a short heading right over its bulleted list ('Injured' / '• Police officers: 41')
        elif end - start < MAX_TITLE and (
            (last in "-–—" and text.find("(", start, end) >= 0) or (last.isalpha() and RUN_HEAD.fullmatch(text, start, end))
        ):
            yield start, end, False  # a 'who says what' table run together: 'MeasurePoliceOther', 'Arrested, Punjab-150+ (bar)-'


MAX_QUESTION = 80  # a question line over a list
MAX_CAPS_HEADING = 30  # a section heading in capitals over a list's lines
INFOBOX_CROWD_FIELDS = frozenset({"Number", "Numbers"})
# a conflict infobox's field of the crowd's size, alone on its line over its lines
# ('Number' / '17 October: 6,000 (police)[2] - 30,000+ (alliance)[3]')
WRAPPED = 60  # a line this long that goes on in lower case on the next is a wrapped paragraph's


def _prose_goes_on(text: str, at: int) -> bool:
    """The line at ``at`` goes on with a sentence: no label, tab or bar in it ('a group of about
    200 residents gathered …', not 'injured: 20')."""
    nl = text.find("\n", at)
    hi = len(text) if nl < 0 else nl
    return text.find(":", at, hi) < 0 and text.find("\t", at, hi) < 0 and text.find("|", at, hi) < 0


def _row_place(text: str, lo: int, hi: int, table: _Table) -> str | None:
    """The place a row of a table of sources is for: its first cell ('Kassala')."""
    a, b = _cells(text, lo, hi, table.sep)[0]
    name = " ".join(CITATIONS.sub(" ", text[a:b]).split())
    return None if not name or name.lower() in TOTAL_LABELS else name


Found = tuple  # (quantity, measure, subject, subject_text, who[, scope]): a part of a list value's figure has its scope
FIGURE_SOURCE = re.compile(
    r"(?P<fig>[^–—\n]{0,30}?\d[\d,.]*\+?(?:\s*[–-]\s*\d[\d,.]*\+?)?)\s+(?P<dash>[–—-])\s+"
    r"(?P<who>[A-Z][^,\[\n(]{1,60}?)(?:\s*\([^()\n]{1,40}\))?(?:,[^\[\n]{0,40})?(?:\[\w{1,4}\])*\s*$"
)  # '4 – Lao government (state news agency), November 1997[1]', '19–26 – Vongsa, 2012[8]'
TITLE_ABOVE = re.compile(rf"(?:^|\n)(?P<t>[A-Z][^\n\d.!?,:]{{2,40}})[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*[{BULLET_MARKS}][ \t]+[^\n]*\n)*$")


ESTIMATES_HEAD = re.compile(
    r"[ \t]*(?:Source|Sources|By)[ \t]+(?:Year|Date)[ \t]+(?P<col>[A-Z][a-z]+(?:[ \t][a-z]+)?)(?:[ \t]+(?:Notes?|Comments?|Basis|Method))?[ \t]+(?=[A-Z(])"
)  # a table of estimates' header: 'Source Year Figure Notes', 'Source Date Deaths Notes'
ESTIMATE_ROW = re.compile(
    r"(?P<src>[A-Z(][^\[\]\n]{1,90}?)[ \t]+(?P<year>(?:1[89]|20)\d\d)[ \t]+"
    r"(?P<fig>(?:(?:up\s+to|about|around|c\.|more\s+than|over|at\s+least|some)\s+)?\d[\d,]*(?:\s*[–-]\s*\d[\d,]*)?\+?)"
    r"(?P<notes>[ \t]+[^\[\]\n]{0,120}?)?(?:(?:\[\w{1,4}\])+|[ \t]{3,}|[ \t]*(?=\n|$))[ \t]*"
)  # a row: 'KGB of the Lithuanian SSR (report to Moscow) 1966 19 made public in 1992[11]' (the
#    parser's text masks a mark after a stop or a quotation mark with spaces: claimcheck.reading)


def _estimates_table(text: str, lo: int, hi: int, lex: Lexicon) -> list[Found] | None:
    """A table of estimates by source and year scraped onto one line, each row ending in its
    citation mark ('Source Year Figure Notes Lithuanian SSR Ministry of Internal Affairs 1966 3
    communiqué in Tiesa, 14 May[4] KGB of the Lithuanian SSR (report to Moscow) 1966 19 made
    public in 1992[11] …'): each row's figure is its source's estimate (the source's name
    without its bracket), of the measure the header's figure column or the title above names
    ('Estimates of the dead').

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "Estimates of the dead\\nSource Year Figure Notes Interior Ministry 1970 4 communiqué[2] Diocese of Arlon (register) 1991 41 burials[5] R. Lee (historian) 2011 26–34 archives[7]\\n"
    >>> lo = t.index("Source")
    >>> [(q.text, m, who) for q, m, _, _, who in _estimates_table(t, lo, len(t) - 1, load_lexicon())]
    [('4', 'killed', 'Interior Ministry'), ('41', 'killed', 'Diocese of Arlon'), ('26–34', 'killed', 'R. Lee')]
    """
    head = ESTIMATES_HEAD.match(text, lo, hi)
    if head is None:
        return None
    measure = _label(head["col"], lex, None).measure or _title_above(text, lo, lex)
    if measure is None:
        return None
    out: list[Found] = []
    pos = head.end()
    while pos < hi and (row := ESTIMATE_ROW.match(text, pos, hi)) is not None:
        quantities = find_quantities(text, lex, row.start("fig"), row.end("fig"))
        if quantities:
            who = " ".join(BRACKET.sub(" ", row["src"]).split()) or None
            out.append((quantities[0], measure, _default_subject(measure), None, who))
        pos = row.end()
    return out if len(out) >= 2 else None


DATED_SOURCES_HEAD = re.compile(
    r"(?:[A-Z][^\n.:;!?]{0,80}?\s+)?(?:Date|Day|Time|Date\s*/\s*time|Date\s+and\s+time|As\s+of)\s+Source\s+"
)  # 'Date Source Deaths confirmed …', 'Official death tolls since the crash Date Source …'
ROW_DATE = re.compile(
    rf"(?:{WEEKDAY_ABBR.title()}[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?"
    r"(?:,?\s+(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|midday|noon|midnight|morning|afternoon|evening|night))?"
    r"(?=\s)"
)  # a row's date (and time): 'Sat 5 Sept', '8 June, 18:00', 'Sept 5'


def _dated_sources_table(text: str, lo: int, hi: int, lex: Lexicon) -> list[Found] | None:
    """A table of running counts by date and source scraped onto one line, a short title before
    it or not: 'Date / time Source Dead Injured 8 June, midday Gendarmerie (Arta) 6 about 20 8
    June, 18:00 Interior Ministry 11 38 …', 'Official death tolls since the crash Date Source
    Deaths confirmed Sat 5 Sept Samoa Police at least 6 Sun 6 Sept Ministry of Health 7 …'.
    The header is a time heading, 'Source' and the figure columns' headings (each opening with
    a capital, one at least naming a measure); each row is a date (and a time), the source's
    name and one figure per column: the source's count (its name without its bracket) as of
    that date. None for any other line, or fewer than two rows.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "Date Source Dead Injured 2 May Civil Defence 4 about 30 3 May Health Ministry 7 41"
    >>> [(q.text, m, who) for q, m, _, _, who in _dated_sources_table(t, 0, len(t), load_lexicon())]
    [('4', 'killed', 'Civil Defence'), ('about 30', 'injured', 'Civil Defence'), ('7', 'killed', 'Health Ministry'), ('41', 'injured', 'Health Ministry')]
    """
    head = DATED_SOURCES_HEAD.match(text, lo, hi)
    if head is None:
        return None
    dates = list(ROW_DATE.finditer(text, head.end(), hi))
    if len(dates) < 2:
        return None
    columns = _headings(WORD.findall(text, head.end(), dates[0].start()))
    if not columns or " ".join(columns) != " ".join(text[head.end() : dates[0].start()].split()):
        return None  # (the headings are words)
    measure_of = _heading_measures(lex)
    measures = [
        _heading_measure(c.lower(), measure_of) or measure_of.get(c.lower().split()[0]) for c in columns
    ]
    if not any(measures):
        return None
    out: list[Found] = []
    for k, date in enumerate(dates):
        end = dates[k + 1].start() if k + 1 < len(dates) else hi
        figures = find_quantities(text, lex, date.end(), end)
        if len(figures) < len(columns):
            return None
        cells = figures[-len(columns) :]
        who = " ".join(BRACKET.sub(" ", text[date.end() : cells[0].start]).split())
        if not who[:1].isupper() or text[cells[-1].end : end].strip():
            return None  # (a row of another shape: a source's name, then its figures)
        out += [(q, m, _default_subject(m), None, who) for q, m in zip(cells, measures, strict=True) if m]
    return out


SOURCES_NOTES_HEAD = re.compile(
    r"Source\s+(?P<cols>[A-Z][^\n\d]{2,120}?)\s+(?:Method|Methods|Notes?|Basis|Remarks|Comments?)\s+(?=[A-Z])"
)  # 'Source Government rally Opposition rally Method MRN 350,000+ …'
EMPTY_CELL = re.compile(rf"(?<!\S)[{re.escape(''.join(sorted(EMPTY_CELLS)))}](?!\S)")  # a dash standing alone: an empty cell (EMPTY_CELLS)


def _sources_notes_table(text: str, lo: int, hi: int, lex: Lexicon) -> list[Found] | None:
    """A table of sources' figures with a column of notes, scraped onto one line: 'Source
    Government rally Opposition rally Method MRN 350,000+ - statement PNC 280,000 7,500 police
    estimate ACR 25,000 120,000 marshals …'. The header is 'Source', the figure columns'
    headings (each opening with a capital, each naming a measure) and a notes heading
    ('Method', 'Notes'); each row is a source's name (opening with a capital), one cell per
    figure column (a figure, or a dash for none) and its notes in lower case (how it counted:
    'police estimate', 'aerial photographs'), the next source's name opening with a capital.
    Each figure is its row's source's. None for any other line, or fewer than two rows.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "Source First rally Second rally Notes Union 40,000 52,000 stewards Police - 9,000 aerial count"
    >>> [(q.text, m, who) for q, m, _, _, who in _sources_notes_table(t, 0, len(t), load_lexicon())]
    [('40,000', 'participants', 'Union'), ('52,000', 'participants', 'Union'), ('9,000', 'participants', 'Police')]
    """
    head = SOURCES_NOTES_HEAD.match(text, lo, hi)
    if head is None:
        return None
    columns = _headings(head["cols"].split())
    measure_of = _heading_measures(lex)
    measures = [_heading_measure(c.lower(), measure_of) for c in columns]
    if len(columns) < 2 or not all(measures):
        return None
    cells: list[tuple[int, int, Quantity | None]] = [
        (q.start, q.end, q) for q in find_quantities(text, lex, head.end(), hi)
    ] + [(d.start(), d.end(), None) for d in EMPTY_CELL.finditer(text, head.end(), hi)]
    cells.sort(key=lambda c: c[0])
    rows: list[list[tuple[int, int, Quantity | None]]] = []
    for cell in cells:
        if rows and not text[rows[-1][-1][1] : cell[0]].strip() and len(rows[-1]) < len(columns):
            rows[-1].append(cell)
        else:
            rows.append([cell])
    if len(rows) < 2 or any(len(row) != len(columns) for row in rows):
        return None
    out: list[Found] = []
    name_from = head.end()
    for k, row in enumerate(rows):
        between = text[name_from : row[0][0]]
        if k:  # the notes of the row before, in lower case, then this row's source
            words = between.split()
            first = next((j for j, w in enumerate(words) if w[:1].isupper()), None)
            if first is None:
                return None
            between = " ".join(words[first:])
        who = " ".join(BRACKET.sub(" ", between).split())
        if not who[:1].isupper() or any(c.isdigit() for c in who):
            return None
        out += [(q, m, _default_subject(m), None, who) for (_, _, q), m in zip(row, measures, strict=True) if q]
        name_from = row[-1][1]
    return out


def _title_above(text: str, lo: int, lex: Lexicon) -> str | None:
    """The measure a short title names right above the list a line is in, with no colon
    ('Casualty estimates' ¶ ' * 4 – Lao government, 1997[1]'): casualties listed as estimates
    with their sources are the dead, as an encyclopedia lists them."""
    m = TITLE_ABOVE.search(text, max(0, lo - 600), lo)
    if m is None:
        return None
    title = m["t"]
    return _label(title, lex, None).measure or ("killed" if "casualt" in title.lower() else None)


def _read_line(
    text: str,
    lo: int,
    hi: int,
    lex: Lexicon,
    heading: str | None,
    columns: tuple = (),
    sourced: bool = False,  # the heading above names who gave the figures
) -> list[Found]:
    bullet = BULLET.match(text, lo, hi)
    p = bullet.end() if bullet else lo
    dash = HEADING_DASH.match(text, p, hi)
    dash_subject: str | None = None  # the people a dash's heading names alone ('Officers on the streets — 4,000')
    if dash and dash["hy"] and dash["h"].count("(") != dash["h"].count(")"):
        dash = None
    if text.startswith("|", lo) and (box := BOX_PARAMETER.match(text, lo, hi)):
        # a wikitext infobox's parameter ('| arrests = 14 (AMDH) / 6 (authorities)'): its name
        # is the label, its value the figures (prose after them is left to the parser)
        label = _label(box["label"].replace("_", " "), lex, None)
        return _box_values(text, box.end(), hi, lex, label) if label.measure else []
    if text.startswith("|", lo) and (bar := BAR_ROW.fullmatch(text, lo, hi)) and (
        (barred := _label(bar["label"], lex, None)).measure is not None
    ):  # a two-cell row of an infobox drawn as a table: '| Attendance | ~180,000 (police)[9]; 350,000+ (archdiocese)[10]'
        values: list[Found] = []
        at = bar.start("value")
        for sep in ITEM_SEP.finditer(text, at, bar.end("value")):
            values += _values(text, at, sep.start(), lex, barred, barred.measure)
            at = sep.end()
        return values + _values(text, at, bar.end("value"), lex, barred, barred.measure)
    if heading is not None and (est := FIGURE_SOURCE.match(text, p, hi)) and not dash:
        # an estimate then its source, under a heading of a measure: ' * More than 30 – Siam
        # Weekly Review, December 1997[2]' (rule attribution/list-heading-source)
        who = est["who"].strip()
        return _values(text, p, est.start("dash"), lex, _Label(heading, None, who, None), heading)
    if dash:
        heading = _label(dash["h"], lex, None).measure
        if heading is None and _crowd_word(dash["h"], lex):
            heading = "participants"  # 'Marchers - police: 3,500; organisers: 8,000+': the crowd's rival counts
        elif heading is None and (people := _people_label(dash["h"], lex)) and not _harm_above(text, lo, lex):
            heading, dash_subject, _ = people  # 'Officers on the streets — 4,000', 'Fans outside the ground – c. 5,000'
        p = dash.end()
    elif not bullet and heading is None and (mark := SENTENCE_MARK.search(text, p, hi)):
        if not (mark.group() == "according" and LABELLED.match(text, p, hi) and SOURCED_END.search(text, p, hi)) and not (
            mark.group() in ("says", "said") and LABELLED.match(text, p, hi) and _rival_crowd(text, [(p, hi)], lex)
        ):
            return []  # a sentence, not a list line (but 'Dead: 19, according to the Red Crescent' is one, and
            #            'Counter-demo at the Museum: police ~300, Hlas národa says 2,000+')
    elif not bullet and heading is None and CLAUSE_LABEL.match(text, p, hi):
        return []  # 'Police HQ has just sent us its evening figures: 307 people arrested …': a sentence
    if text[hi - 1] == "." and (lead := LABELLED.match(text, p, hi)) and any(
        n.value is not None and n.value < YEAR_FROM
        for n in find_numbers(text, lead.start("label"), lead.end("label"), lex)
    ):
        return []  # a sentence with a colon: 'Monitors recorded 31 deaths in three days: 19 in …'
    if pairs := _pairs(text, p, hi, lex):
        return pairs  # 'Deaths 37 Injured 112 Missing 9' (tabs or a colon between label and figure too)
    out: list[Found] = []
    label: _Label | None = None
    labelled = False
    pos = p
    items: list[tuple[int, int]] = []
    befores = [""]  # the separator before each item
    for sep in ITEM_SEP.finditer(text, p, hi):
        items.append((pos, sep.start()))
        befores.append(sep.group())
        pos = sep.end()
    items.append((pos, hi))
    organised = _organisers_figure(text, items, lex)
    column = 0
    whole: Found | None = None  # a sourced total whose parts the items after a dash tell
    bodies: set[str] = set()  # the bodies sent that the label's items named before their figures
    for k, (a, b) in enumerate(items):
        people_noun: str | None = None  # the noun of people the item's label names alone
        lab = LABELLED.match(text, a, b)
        if lab:
            label, labelled, bodies = _label(lab["label"], lex, heading), True, set()
            if label.speaker and (columns or _is_place(label.speaker, text, lo, lex)):
                label = _Label(label.measure, label.subject, None, None)  # 'Ulsan: 11,000 / 25,000'
            a, column = lab.end(), 0
        elif label is None and dash is not None and heading is not None and a == p and (
            _dash_figure(lex).match(text, a, b) or (heading == "deployed" and NAME_FIGURE.match(text, a, b))
        ):  # (or a body sent, then its figure: 'Mobilized — Army 500 · Police 1,200')
            head = _label(dash["h"], lex, None)  # 'Arrests — 1,050', 'Detained at the gate — 6 (police) / 11 (families)'
            label, labelled = _Label(heading, head.subject or dash_subject, head.claimant, None), True
        if label is None and organised and k == 0 and (dash is None or heading is None) and all(
            (q := find_quantities(text, lex, x, y)) and _who_before(text, x, q[0].start, lex)
            and not CITATIONS.sub("", text[q[0].end : y]).strip(" +") for x, y in items
        ):  # (each item a counter and its figure alone: not 'Police detained 118 overnight, the governor says')
            label = _Label(None, None, None, None)  # 'Police 38,000 / organisers 120,000': each item its counter's
        if label is None:
            continue
        if columns and column < len(columns):  # (the row's label is a place or a day)
            label = label._replace(claimant=columns[column])
        column += 1
        measure = label.measure or heading
        timed = bool(label.speaker and TIME_LABEL.fullmatch(label.speaker))
        if timed:  # 'Jan 14 AM: 31 dead' under 'Death toll:', 'Sun 8PM sitrep: 52': when, not who
            label = _Label(label.measure, label.subject, label.claimant, None)
        if measure is None and timed:  # 'Day 2: 9 dead (hospital sources)'
            if label.claimant is None and not sourced and not TAIL_BRACKET.search(text, a, b):
                continue  # (a day's line with no source: the sentence parser's)
            out += _values(text, a, b, lex, label, None)
            continue
        if measure is None and label.speaker and not bullet and not heading and _infobox_forces(text, a, label, lex):
            measure = "deployed"  # an infobox's 'Firefighters\tc. 6,800', 'Police\t3,000': forces sent
            label = _Label(None, "security", None, None)
        if measure is None and label.speaker and _crowd_word(label.speaker, lex) and _crowd_value(lex).fullmatch(text, a, b):
            measure = "participants"  # 'Marchers: about 3,500 (police) | 8,000+ (trust)': the crowd's counts
            label = _Label("participants", "protesters", label.claimant, None)
        if (
            measure is None and label.speaker and not heading and (people := _people_label(label.speaker, lex))
            and (_crowd_value(lex).fullmatch(text, a, b) or (
                (more := PLUS_MORE.fullmatch(text, a, b)) is not None and _crowd_value(lex).fullmatch(text, a, more.end("first"))
            )) and not _harm_above(text, lo, lex)
        ):  # ('SES volunteers in the region: 640, plus 150 on the way (QFES)': those there, and more sent)
            measure, subject, people_noun = people  # 'Stewards (club) ....... 220', 'Pilgrims at the shrine: 250,000'
            label = _Label(measure, subject, label.claimant, None)  # (those people, counted: their noun is the figure's)
        if (
            heading == "participants" and label.measure is None and label.speaker
            and (people := _people_label(label.speaker, lex)) and people[0] == "deployed"
            and _crowd_value(lex).fullmatch(text, a, b)
        ):  # under a crowd's heading, a row of forces or a body's people there: those sent, not the crowd's
            measure, label, people_noun = "deployed", _Label("deployed", people[1], None, None), people[2]
            # ('CROWD, THURSDAY NIGHT' / 'Red Cross volunteers on scene\t40')
        if measure is None and label.speaker and (side := _side_label(label.speaker, lex)) is not None:
            found = [f for f in _values(text, a, b, lex, _Label(None, side[0], None, None), None) if f[1] in HARMS]
            # ('Security forces: 12 wounded', 'Police casualties: 3 killed, 12 injured': that side's harm, each
            #  figure's word naming it; not 'Police: 12 injured', which may be who gave it)
            if found:
                out += [(*f[:3], f[3] or side[1], *f[4:]) for f in found]
                continue
        if measure is None and organised:
            measure = "participants"  # 'Budapest: police 38,000 / organisers 120,000': a crowd's rival counts
        if measure is None and (label.speaker is None or not bullet):
            continue  # (a source's figures naming their own measure only in a list: not 'Ghana: 8 dead as …')
        found = _values(text, a, b, lex, label, measure, bodies)  # (no measure: each figure's word names it)
        if people_noun:  # ('Stewards (club) ....... 220': stewards, a kind of force apart from 'Police officers …… 162')
            found = [(*f[:3], f[3] or people_noun, *f[4:]) for f in found]
        if whole is not None and found and not any(f[4] for f in found) and all(_below(f[0], whole[0]) for f in found):
            found = [(*f[:4], whole[4], *f[5:]) for f in found]  # '167 (police) - 131 North Gate / 36 Riverside'
        elif (
            found and out and out[-1][4] and not any(f[4] for f in found) and DASHED.fullmatch(befores[k])
            and all(_below(f[0], out[-1][0]) for f in found)
        ):  # (parts of a sourced total after a dash, each smaller: its source's)
            whole = out[-1]
            found = [(*f[:4], whole[4], *f[5:]) for f in found]
        else:
            whole = None
        out += found
    if not labelled and not out:
        return _cell(text, p, hi, lex, heading)
    return out


DASHED = re.compile(r"\s+[-–—]\s+")  # the separator of a dash between a list value's items


def _below(part: Quantity, total: Quantity) -> bool:
    """Whether a figure is smaller than a total's ('131' under '167'): one of its parts."""
    top = total.high if total.high is not None else total.low
    return part.value is not None and top is not None and part.value < top


BAR_ROW = re.compile(r"\|[ \t]*(?P<label>(?:\d{4}[ \t]+)?[A-Za-z][^|\n\d]{1,58}?)[ \t]*\|[ \t]*(?P<value>[^|\n]*?\d[^|\n]*?)[ \t]*\|?")
# an infobox row drawn as a table, its label and its value in two cells: '| 2026 attendance | ~180,000 (police)[9]'
DASH_WORDS_FIGURE = re.compile(r"[\"“~≈]?(?:[A-Za-z.]+[ \t]+){0,3}\d")  # (a line's cheap look: a figure after a few words)


@lru_cache(maxsize=8)
def _dash_figure(lex: Lexicon) -> re.Pattern[str]:
    """A figure right after a heading's dash, maybe with a qualifier of the lexicon before it ('Arrests —
    1,050', 'Taken into custody — nearly 90 youths')."""
    words = sorted(lex.qualifier_of, key=len, reverse=True)
    alt = "|".join(r"\s+".join(re.escape(w) for w in q.split()) for q in words) or "(?!)"
    return re.compile(rf"[\"“]?(?:~|≈|c\.\s|(?:{alt})\s+)?\d", re.IGNORECASE)
# a value right after a heading's dash, with no label of its own: the heading is its label ('Arrests — 1,050')
NAME_FIGURE = re.compile(r"[^\W\d_][\w'’.&-]*(?:[ \t]+[^\W\d_][\w'’.&-]*){0,2}[ \t]+(?:(?:about|some|around)[ \t]+|~)?\d", re.I)
# a name of a few words, then a figure: 'Army 500', 'Coast Guard about 40'


NAMED_ITEM = re.compile(
    r"(?P<label>[A-Z][\w'’.-]*?(?:[ ](?:[A-Z][\w'’.-]*?|\([^()\n]{1,30}\)))*)(?:[ \t]+|(?<=[a-z]))(?P<fig>\d{1,3}(?:,\d{3})+|\d+)(?:\+|k\b)?"
    r"(?:[ \t]*\([^()\n]{1,60}\))?(?:\[\w{1,4}\])*[ \t]*$"
)  # one item of a list of places' figures: 'Gumla 8', 'West Champaran 12+', 'Total 27'; a chart's data
#    label, its figure in thousands ('Hamburg 60k') or run into the name ('Northern General Hospital11')
MAX_NAME_WORDS = 4


def _named_items(
    text: str, lo: int, hi: int, lex: Lexicon, heading: str, alone: bool = False
) -> list[tuple[tuple[int, int], list[Found], str | None]]:
    """A list line of names each with its figure, set apart by bars, bullets or semicolons,
    under a heading naming the measure ('District-wise deaths (DDM, 9 am Thursday):' /
    'Gumla 8 | Palamu 5 | Garhwa 3 | Latehar 3'): each place's count, a Total's the whole. Two
    such items at least; an item of words alone ('and four more districts with a single death
    each') is passed over, one with another figure ends it. The items' spans, figures and
    places; [] for any other line.

    >>> from claimcheck.lexicon import load_lexicon
    >>> line = "Gumla 8 | Palamu 5 | Total 13"
    >>> [(f[0][0].text, place) for _, f, place in _named_items(line, 0, len(line), load_lexicon(), "killed")]
    [('8', 'Gumla'), ('5', 'Palamu'), ('13', None)]
    >>> _named_items("Police 3 and 4 | Army 2", 0, 23, load_lexicon(), "killed")
    []
    >>> [(f[0][0].text, f[0][2]) for _, f, _ in _named_items("Officers 41 · Protesters 112", 0, 28, load_lexicon(), "injured")]
    [('41', 'security'), ('112', 'protesters')]
    """
    bullet = BULLET.match(text, lo, hi)
    pos = bullet.end() if bullet else lo
    spans: list[tuple[int, int]] = []
    for sep in ITEM_SEP.finditer(text, pos, hi):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, hi))
    if len(spans) < 2 and not alone:
        return []  # (one item to a line only right under its heading or the item before: 'Hamburg 60k' / 'Cologne 45k')
    function_words = lex.grammar["function_words"]
    measure_of, _, _ = _words(lex)
    out: list[tuple[tuple[int, int], list[Found], str | None]] = []
    kinds = 0  # the items naming a kind of people, not a place
    for a, b in spans:
        m = NAMED_ITEM.match(text, a, b)
        if m is None:
            if any(c.isdigit() for c in text[a:b]):
                return []  # (another figure, or a sentence: no such list)
            continue
        words = WORD.findall(m["label"])
        name = " ".join(m["label"].split())
        if heading in HARMS and (kind := _people_kind(name, lex)) and (q := _cell_quantity(text, m.start("fig"), b, lex)):
            out.append(((a, b), [(q, heading, kind[0], kind[1], None)], None))  # 'Officers 41 · Protesters 112' under 'INJURED'
            kinds += 1
            continue
        kind = claimant_type(name, lex)
        hospital = alone and kind == "hospital"  # (a hospital's name alone on its line under its heading: where they
        #                                           were taken, 'Northern General Hospital11')
        if (
            len(words) > MAX_NAME_WORDS
            or any(w.lower() in function_words or (w.lower() in measure_of and not hospital) for w in words)
            or DATE_WORDS.fullmatch(name)
            or (kind != "other" and not hospital)
        ):
            return []  # ('Deaths 8', 'Police 3': a label or a source, read as such elsewhere; 'June 18')
        q = _cell_quantity(text, m.start("fig"), b, lex)
        if q is None and text[m.start("fig") - 1].isalpha() and m.end("fig") == b:  # (run into the name: the parser reads no figure)
            n = parse_digits(m["fig"], None, None)
            q = Quantity(m["fig"], m.start("fig"), m.end("fig"), n, n, n, "exact")
        if q is None:
            return []
        place = None if name.lower() in TOTAL_LABELS else name
        out.append(((a, b), [(q, heading, _default_subject(heading), None, None)], place))
    return out if kinds + sum(place is not None for *_, place in out) >= (1 if alone and len(spans) == 1 else 2) else []


BREAKDOWN_HEADING = re.compile(r"\b(?:by|per)\s+(?:[a-z]+\s+)?[a-z]+\s*$|\b(?:by|per)\s+(?:[a-z]+\s+)?[a-z]+\s*,", re.IGNORECASE)
# a list's heading telling its figures by place: 'Marchers by city', 'Deaths per district, official count'
CHART_TITLE = re.compile(
    r"[ \t]*(?:\[(?:Chart|Graph|Graphic|Infographic)\]|(?i:chart|graph|graphic|infographic)[ \t]*:)[ \t]*(?P<t>[^\n]{3,150})"
)  # a chart's title written out over its data labels: '[Chart] Marchers by city, GAZ count (12 Nov)', 'CHART: PATIENTS …'
COUNT_BY = re.compile(r"(?P<who>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3})[ \t]+(?:count|counts|figures|data|tally|estimates?)\b")
# who counted, as a chart's title names them: 'GAZ count', 'YAS figures'


def _chart_title(title: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """The measure and who counted of a chart's title ('Marchers by city, GAZ count (12 Nov, 21:00)':
    the crowd, by GAZ; 'PATIENTS TAKEN TO HOSPITAL, BY HOSPITAL (YAS figures, Sunday 09:00)': the
    injured, by YAS), its data labels under it; None when it names no measure.

    >>> from claimcheck.lexicon import load_lexicon
    >>> _chart_title("Marchers by city, GAZ count (12 Nov, 21:00)", load_lexicon())
    ('participants', 'GAZ')
    >>> _chart_title("PATIENTS TAKEN TO HOSPITAL, BY HOSPITAL (YAS figures, Sunday 09:00)", load_lexicon())
    ('injured', 'YAS')
    """
    plain = BRACKET.sub(" ", title)
    measure = _label(plain, lex, None).measure or _title_measure(plain, lex)
    if measure is None:
        return None
    who = next((m["who"] for part in (plain, *(b["b"] for b in BRACKET.finditer(title))) if (m := COUNT_BY.search(part))), None)
    return measure, who


@lru_cache(maxsize=8)
def _crowd_value(lex: Lexicon) -> re.Pattern[str]:
    """A list item's bare figure and its source, a qualifier of the lexicon's before it: 'about
    3,500 (police)', '8,000+ (trust)[4]', 'roughly 60 (corps)', 'an estimated 2,000'.

    >>> from claimcheck.lexicon import load_lexicon
    >>> [bool(_crowd_value(load_lexicon()).fullmatch(v)) for v in (" roughly 60 (corps)", "about 3,500", "~800", "60 dead")]
    [True, True, True, False]
    """
    words = [w for ws in lex.data.get("qualifiers", {}).values() if isinstance(ws, list) for w in ws if w[:1].isalpha()]
    return re.compile(
        rf"[ \t]*(?:(?:{alternation(words)})[ \t]+|~[ \t]?)?"
        r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:[ \t]*[–—-][ \t]*\d{1,3}(?:,\d{3})*)?\+?(?:[ \t]*\([^()\n]{1,60}\))?(?:\[\w{1,4}\])*[ \t]*",
        re.IGNORECASE,
    )


@lru_cache(maxsize=8)
def _label_stops(lex: Lexicon) -> frozenset[str]:
    """The words after which a label naming people goes on with where, when or how they were
    (the grammar's prepositions and function words: 'at', 'on', 'since', 'outside', 'along')."""
    g = lex.grammar
    return frozenset(w.lower() for key in ("prepositions", "function_words") for w in g[key]) | {"along", "beside", "behind"}


HARMS = TALLIES


def _harm_above(text: str, lo: int, lex: Lexicon) -> bool:
    """Whether the line right above the line at ``lo`` (no blank line between) is a label line
    of a death, a hurt or an arrest ('Deaths: 4' over 'Police officers: 2': the officers among
    them, not those sent)."""
    if lo < 2 or text[lo - 2] == "\n":
        return False
    above = text.rfind("\n", 0, lo - 1) + 1
    lab = LABELLED.match(text, above, lo - 1)
    return lab is not None and _label(lab["label"], lex, None).measure in HARMS


MAX_PEOPLE_HEAD = 3  # the words of a label's noun of people ('riot police officers')


def _people_label(speaker: str, lex: Lexicon) -> tuple[str, str, str] | None:
    """The measure and subject of a list label that names people alone by its head noun, with
    where, when or how they were after it ('Police officers before kick-off', 'Pilgrims at the
    shrine', 'Constables on duty at the bridge'): forces or a relief body's people are those
    sent (deployed), those who make up a crowd by being there or a protest's side its size
    (participants); and the noun. The noun is the words before the first preposition (up to three: a noun of
    people last, words in lower case before it but the label's first). A noun that may name a
    source ('Police: 4,000', 'Budapest police', 'Army') names no one counted here, nor does a
    noun of things ('Police vehicles at the scene') or a label with a figure or a dash in it
    ('2018 overtime law — police', a row's day and its source).

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _people_label("Stewards at east end", lex), _people_label("Spectators", lex), _people_label("Police", lex)
    (('deployed', 'security', 'Stewards'), ('participants', 'people', 'Spectators'), None)
    >>> _people_label("Police vehicles at the scene", lex), _people_label("Sunday 13 Sep     Police", lex)
    (None, None)
    >>> _people_label("Red Cross volunteers on scene", lex)
    ('deployed', 'security', 'Red Cross volunteers')
    """
    if any(c.isdigit() or c in "—–:" for c in speaker):
        return None
    words = WORD.findall(speaker)
    stops = _label_stops(lex)
    head: list[str] = []
    for w in words:
        if w.lower() in stops:
            break
        head.append(w)
    if head and head[-1].islower() and head[-1] in lex.grammar["relief_nouns"] and all(w[0].isupper() for w in head[:-1]):
        return ("deployed", "security", " ".join(head))  # a body's people sent: 'Red Cross volunteers on scene', 'SRCS volunteers'
    if not head or len(head) > MAX_PEOPLE_HEAD or any(w[0].isupper() for w in head[1:]):
        return None
    low = [w.lower() for w in head]
    noun, last = " ".join(low), low[-1]
    if not last.endswith("s") and claimant_type(noun, lex) != "other":
        return None  # ('Police', 'Riot police', 'Army': may be who counted)
    subject = lex.subject_of.get(noun) or (lex.subject_of.get(last) if len(head) > 1 else None)
    if subject is None and len(head) == 1 and last in lex.subject_of:
        subject = lex.subject_of[last]
    named = " ".join(head)
    if subject == "security" or last in lex.grammar["relief_nouns"]:
        return ("deployed", "security", named)
    if last in lex.grammar["crowd_nouns"]:
        return ("participants", subject or "people", named)
    if subject == "protesters":
        return ("participants", "protesters", named)
    return None


def _crowd_word(label: str, lex: Lexicon) -> bool:
    """A list label that is a noun of a crowd alone ('Marchers', 'Protesters'): its bare figures are the crowd's size."""
    return lex.subject_of.get(" ".join(label.lower().split())) == "protesters"


def _organisers_figure(text: str, items: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether in a list line's ``items`` (their spans) the organisers give a figure of their own
    with no measure named ('police 38,000 / organisers 120,000', 'organisers 230,000+'): the
    size of their crowd, the count organisers dispute with the police.

    >>> from claimcheck.lexicon import load_lexicon
    >>> _organisers_figure("police 38,000 / organisers 120,000", [(0, 13), (16, 34)], load_lexicon())
    True
    >>> _organisers_figure("police 14", [(0, 9)], load_lexicon())
    False
    >>> _organisers_figure("Organisers: 60,000 / Police: 12,000", [(0, 18), (21, 35)], load_lexicon())
    True
    """
    if "organi" not in text[items[0][0] : items[-1][1]].lower():
        return _rival_crowd(text, items, lex)  # (a cheap test first)
    labelled = len(items) > 1 and all(
        (lab := LABELLED.match(text, a, b)) is not None and len(lab["label"].split()) <= MAX_COUNTER_WORDS for a, b in items
    )  # ('Organisers: 60,000 / Police: 12,000': each item a counter's label, no more)
    for a, b in items:
        quantities = find_quantities(text, lex, a, b)
        if labelled and quantities and (lab := LABELLED.match(text, a, b)) is not None and lab.end() == quantities[0].start:
            who = " ".join(lab["label"].split())  # 'Organisers: 60,000 / Police: 12,000'
        else:
            who = _who_before(text, a, quantities[0].start, lex) if quantities else None
        if who is not None and claimant_type(who, lex) == "organisers" and quantities[0].value and quantities[0].value >= MIN_CROWD:
            return True
    return False


MAX_COUNTER_WORDS = 3  # a counter's label in a list line of rival counts ('Organisers:', 'City police:')
MIN_CROWD = 100  # the least figure of a crowd's rival counts in a list line naming no measure
RIVAL_FIGURE = re.compile(
    r"[\s,;]*(?:and\s+)?(?P<who>[A-Za-z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}?)\s+(?:says?\s+|said\s+|counts?\s+|estimates?\s+)?"
    r"(?=[~≈]?\s?\d|(?:about|around|some|over|nearly|more\s+than|c\.)\s+\d)"
    r"|[^()]*?\d[\d,]*\+?\s*\((?P<bracket>[^()\n]{1,40})\)"
)  # a source then its figure ('police ~300', 'Hlas národa says 2,000+'), or a figure then its source in brackets ('~6,000 (police)')


def _rival_crowd(text: str, items: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether a list line naming no measure gives the police's figure and another source's, each
    a hundred or more ('Counter-demo at the Museum: police ~300, Hlas národa says 2,000+',
    'Tuesday on Austurvöllur: ~6,000 (police) / 14,000+ (Protect the Fjords)'): the crowd's size,
    the count a protest's sources dispute.

    >>> from claimcheck.lexicon import load_lexicon
    >>> line = "police ~300, Hlas narodu says 2,000+"
    >>> _rival_crowd(line, [(0, len(line))], load_lexicon())
    True
    >>> _rival_crowd("police 4, medics 9", [(0, 18)], load_lexicon())
    False
    """
    kinds = []
    for a, b in items:
        if lab := LABELLED.match(text, a, b):
            a = lab.end()  # (the line's label: 'Counter-demo at the Museum: ')
        quantities = find_quantities(text, lex, a, b)
        if not quantities:
            continue
        if any(q.value is None or q.value < MIN_CROWD for q in quantities):
            return False  # (a small figure: the hurt or the held, not a crowd)
        pos = a
        for q in quantities:
            m = RIVAL_FIGURE.match(text, pos, b)
            who = (m["who"] or m["bracket"]) if m else None
            if who:
                kinds.append(claimant_type(" ".join(who.split()), lex))
            pos = q.end
    return "police" in kinds and any(k != "police" for k in kinds)


def _infobox_forces(text: str, a: int, label: _Label, lex: Lexicon) -> bool:
    """An infobox cell labelled by a plural of security or rescue forces alone, with a tab
    before its value ('Firefighters\tc. 6,800', 'Police officers\t3,000'): the forces sent."""
    return label.speaker is not None and text[a - 1] == "\t" and _forces_word(label.speaker, lex)


def _forces_word(label: str, lex: Lexicon) -> bool:
    """A label that is a plural of security or rescue forces alone ('Forces', 'Police officers')."""
    return label.endswith("s") and lex.subject_of.get(label.lower()) == "security"


PAIR_LABEL = re.compile(r"(?P<label>[A-Za-z][A-Za-z'’-]*(?:[ ][A-Za-z][A-Za-z'’-]*)?(?:\((?:s|es)\))?)[ \t]*:?[ \t]*(?=\d)")
PAIR_SEP = re.compile(r"[ \t]*(?:[,;·|/][ \t]*|[ \t]+)")
SOURCES_SEP = re.compile(r"[ \t]*(?:[,;·•|/–—][ \t]*|[ \t]+)")  # between one cell's sources' figures


@lru_cache(maxsize=8)
def _qualifier_words(lex: Lexicon) -> frozenset[str]:
    """The words of every qualifier list of the lexicon ('at least', 'more than', 'about')."""
    return frozenset(w.lower() for words in lex.data.get("qualifiers", {}).values() if isinstance(words, list) for w in words)


def _pairs(text: str, lo: int, hi: int, lex: Lexicon) -> list[Found]:
    """A line of labels each followed by its figure, with no colons: a situation report's key
    figures or a forum's shorthand ('Deaths 37 Injured 112 Missing 9', 'Dead 12, injured 40,
    missing 3', 'Killed 12 Wounded 40'). Two pairs or more, one label at least naming a measure;
    the figures of the other labels ('Missing 9') are not counts of the measures here.

    >>> from claimcheck.lexicon import load_lexicon
    >>> line = "Deaths 37 Injured 112 Missing 9 Displaced 14,300"
    >>> [(q.text, m) for q, m, *_ in _pairs(line, 0, len(line), load_lexicon())]
    [('37', 'killed'), ('112', 'injured')]
    >>> _pairs("Police arrested 12 and charged 3", 0, 32, load_lexicon())
    []
    """
    function_words = lex.grammar["function_words"]
    pairs: list[tuple[_Label, re.Match[str]]] = []
    pos = lo
    while pos < hi:
        lab = PAIR_LABEL.match(text, pos, hi)
        if lab is None or any(w.lower() in function_words for w in lab["label"].split()):
            return []
        if DATE_WORDS.fullmatch(lab["label"]):
            return []  # 'July 2020'
        if " ".join(lab["label"].lower().split()) in _qualifier_words(lex):
            return []  # 'Injured: 34 (ministry) / at least 40 (OCL)': a list value's qualifier, no label
        f = CELL_FIGURE.match(text, lab.end(), hi)
        if f is None or f.end() == lab.end():
            return []
        label = _label(PLURAL_MARK.sub("s", lab["label"]), lex, None)  # ('Death(s) 1 (M&CC)[2]')
        pairs.append((label, f))
        while f["b"] and (sep := SOURCES_SEP.match(text, f.end(), hi)) and (more := CELL_FIGURE.match(text, sep.end(), hi)) and more["b"]:
            f = more  # another source's figure of the same cell: 'Arrests 26 (police)[5] 31 (unions)[6]'
            pairs.append((label, f))
        sep = PAIR_SEP.match(text, f.end(), hi)
        if sep is None:
            if f.end() < hi:
                return []  # '37 people': words after the figure, a sentence
            break
        pos = sep.end()
    if len(pairs) < 2 or all(label.measure is None for label, _ in pairs):
        return []
    out: list[Found] = []
    for label, f in pairs:
        if label.measure is None or _counts_other(f, label.measure, lex):
            continue
        found = _glued_figure(text, f, lex, label, label.claimant)
        parts = _parts(text, f.start("b"), f.end("b"), lex, found[0], label.measure, label.claimant) if f["b"] else []
        if f["b"] and not parts and label.measure in HARMS and (kind := _people_kind(f["b"], lex)):
            found = _glued_figure(text, f, lex, label._replace(subject=kind[0]), label.claimant)
            found = (*found[:3], kind[1], *found[4:])  # 'Injured: 41 (police officers), 112 (protesters)': whom each counts
        elif f["b"] and not parts:
            found = _glued_figure(text, f, lex, label, _bracket_claimant(f["b"], lex))
        out += [found, *parts]  # ('Deaths 9 (including 2 rescuers) · Missing 4': its parts)
    return out


_SOURCED = r"(?:[ \t]*\([^()\n]{1,60}\))?(?:\[\w{1,4}\])*[ \t]*"  # a figure's '(police)[5]'
PAIRS_TAIL = re.compile(
    rf"(?:[A-Z][A-Za-z'’-]*(?:[ ][A-Za-z][A-Za-z'’-]*)?(?:\((?:s|es)\))?[ \t]+\d[\d,]*\+?(?:[ ][a-z]{{3,15}}(?=[ ]?[(\[]))?{_SOURCED}(?:(?:[·•–—/][ \t]*)?\d[\d,]*\+?[ \t]*\([^()\n]{{1,60}}\){_SOURCED})*){{2,}}$"
)  # 'VEI 3 Deaths 31[1][2] Injuries 64[1] Missing 24[1]': labels and figures ending a line; a
#    figure may name its source, and other sources' figures follow ('Arrests 26 (police)[5] 31 (unions)[6]',
#    'Injuries 23 (ministry)[2] · 61 (URC)[6]')


def _pairs_tail(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, list[Found]] | None:
    """A long line that ends in labels each with its figure (and citation marks): a scraped
    infobox flattened onto one line after its caption ('… 91.570°W VEI 3 Deaths 31[1][2]
    Injuries 64[1] Missing 24[1] Evacuated 11,900[3]'): where the pairs start and the figures
    of the labels that name a measure (as :func:`_pairs` reads them), or None."""
    if not (text[hi - 1] == "]" or text[hi - 1].isdigit()):
        return None  # (a cheap test first: prose ends with a stop)
    tail = PAIRS_TAIL.search(text, max(lo, hi - MAX_LINE), hi)
    if tail is None:
        return None
    found = _pairs(text, tail.start(), hi, lex)
    return (tail.start(), found) if found else None


SAYS_VALUE = re.compile(
    r"[\s,;]*(?:and\s+)?(?P<who>[A-Za-z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4}?)\s+(?:says?|said|claims?|claimed"
    r"|counts?|counted|reports?|reported|puts?\s+it\s+at|estimates?)\s+(?:only\s+|just\s+)?"
)  # a source before its figure in a list value: 'KNCHR says 361', ', police say 6'
ACCORDING_VALUE = re.compile(
    r"[\"”]?,?\s+(?:according\s+to|(?:as\s+)?per)\s+(?P<who>[^,;()\d\n]{2,50}?)(?=\s*(?:[,;)]|$))"
)  # '23 according to KNCHR', '19, per the Red Crescent'
BRACKET_ACCORDING = re.compile(
    r"^\s*(?:according\s+to|(?:as\s+)?per|source:?|via|(?:as\s+)?(?:confirmed|reported|given|counted|recorded)\s+by)\s+", re.IGNORECASE
)  # '(per the Red Crescent)', '(confirmed by the chief medical examiner)': who gave it


_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2}h?|[ap]\.?m\.?|noon|midday|midnight|morning|afternoon|evening|night|overnight)"
CLOCK_PART = re.compile(rf"\s*(?:(?:at|by|from|until)\s+)?(?i:{_CLOCK})\s*")  # a bracket's part that is an hour: '7pm', 'at 9 am', 'noon'
WHO_VALUE = re.compile(
    r"[\s,;]*(?:and\s+)?(?P<who>(?:(?:an?|the)\s+)?[A-Za-z][\w'’.&-]*(?:\s+[A-Za-z][\w'’.&-]*){0,3}?)\s+"
)  # a source right before its figure in a list of estimates: 'police 5,000', 'an independent count 11,500'


def _who_before(text: str, a: int, at: int, lex: Lexicon) -> str | None:
    """The source that opens a list value right before its figure, with no verb: a body the
    lexicon knows or an estimate's name ('police 5,000', 'organisers 20,000', 'an independent
    count 11,500'); None for any other words ('marched 5,000')."""
    m = WHO_VALUE.fullmatch(text, a, at)
    if m is None:
        return _name_before(text, a, at, lex)
    who = " ".join(m["who"].split())
    last = who.split()[-1].lower()
    if last in lex.claimant_nouns or ESTIMATE_WORD_END.search(who) or claimant_type(who, lex) != "other":
        return who
    return _name_before(text, a, at, lex)


NAME_VALUE = re.compile(
    r"[\s,;]*(?:and\s+)?(?P<who>[^\W\d_][\w'’.&-]*(?:\s+[^\W\d_][\w'’.&-]*){0,2})(?:\s*\([^()\n]{1,40}\))?\s+"
)  # a name before its figure in a list value, a gloss in brackets after it: 'MVD 52', 'SYNACOREC (market women's union) 26'


def _name_before(text: str, a: int, at: int, lex: Lexicon) -> str | None:
    """A proper name or an acronym the lexicon does not know, right before a list value's figure
    under a label naming the measure ('Detained: MVD 52 · Köpürö 74', 'Dead: Health ministry 21 ·
    SYNACOREC (market women's union) 26'): who gave that figure, as a known body would be; None
    for a place, a day or a date ('Ulsan 11,000', 'Saturday 37'), a word the lexicon reads
    (a measure, the people counted, a function word), or lower-case words ('marched 5,000')."""
    m = NAME_VALUE.fullmatch(text, a, at)
    if m is None:
        return None
    who = " ".join(m["who"].split())
    words = who.split()
    if not all(w[0].isupper() for w in words) or TIME_LABEL.fullmatch(who) or DATE_WORDS.fullmatch(who):
        return None
    measure_of, _, _ = _words(lex)
    function_words = lex.grammar["function_words"]
    if any(w.lower() in function_words or w.lower() in measure_of or w.lower() in lex.subject_of for w in words):
        return None  # 'Deaths 37', 'The 40', 'Officers 11'
    line = text.rfind("\n", 0, a) + 1
    if _place_nouns(lex).search(text, line, a) or _is_place(who, text, a, lex):
        return None  # 'Deaths reported from other districts: Hyderabad 6, Larkana 4': places
    return who


@lru_cache(maxsize=8)
def _month_names(lex: Lexicon) -> frozenset[str]:
    """The months' names and their short forms (lexicon time.months)."""
    return frozenset(n for names in lex.data.get("time", {}).get("months", []) for n in names)


BODY_SEP = re.compile(r"[ \t]*(?:[,;/·|•][ \t]*)?")  # what parts a deployment list's items: ', ', ' / ', ' · '


def _body_before(text: str, a: int, at: int, lex: Lexicon) -> str | None:
    """The body sent named right before a figure in a deployment's list ('Deployed: National Guard 2,000; State Troopers 350', 'riot police 600; municipal
    guards 150', 'Coast Guard 30 / Marines about 120'): any words but a measure's, a function word,
    a day or a date, after the item's separator."""
    sep = BODY_SEP.match(text, a, at)
    if sep is None:
        return None
    m = NAME_VALUE.fullmatch(text, sep.end(), at)
    if m is None:
        return None
    who = " ".join(m["who"].split())
    dated = DATE_WORDS.fullmatch(who) and (who.rstrip(".").lower() in _month_names(lex) or any(c.isdigit() for c in who))
    if TIME_LABEL.fullmatch(who) or dated or _is_place(who, text, a, lex):
        return None  # ('Monday 120', 'Dec 3 40', a town's; not 'Marines 150')
    measure_of, _, _ = _words(lex)
    function_words = lex.grammar["function_words"]
    if any(w.lower() in function_words or w.lower() in measure_of for w in who.split()):
        return None
    return who


SAYS_AT_END = re.compile(
    r",\s*(?:says?|claims?|reports?|according\s+to)\s+(?P<who>[A-Za-z][^,;:()\n\d]{1,40}?)[ \t]*(?:\s[-–—|]\s[^\n]*)?$"
)  # a headline's speaker after its figures, before an outlet's name: ', says watchdog - Meridia Herald'
DASH_SOURCE = re.compile(r"\s[-–—]\s(?P<who>[A-Z][^()\n\d,;:–—-]{1,40}?)[ \t]*(?:\([^()\n]{1,40}\))?[ \t.]*$")
# a headline's source after a dash, before the outlet's name in brackets: '… - Justice Ministry (Sarnia Daily)'
TIME_LABEL = re.compile(
    r"(?i:(?:day|night|week)\s+\d{1,2},?\s+)?"  # 'Night 1, Sunday 15 November': the night's number and its day
    r"(?:(?i:(?:day|night|week)\s+\d{1,2}|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?"
    r"|(?:first|second|third|final)\s+day)"
    rf"|(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}\s+[A-Z][a-z]{{2,8}}|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"|(?i:" + _CLOCK + r"))"
    r"(?i:,?\s+" + _CLOCK + r")?(?i:,?\s+(?:sitrep|update|bulletin|tally|figures?))?"
)  # a line labelled by its day or hour names no one: 'Day 1', 'Tuesday', '17 Nov', 'Jan 14 AM',
#    'Sat 10PM', 'Jan 15 8AM sitrep', 'Friday 11 September', 'Night 2', 'Night 1, Sunday 15 November'


PER_CENT = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
BOX_PARAMETER = re.compile(r"\|[ \t]*(?P<label>[A-Za-z][\w ]{0,40}?)[ \t]*=[ \t]*(?=\S)")  # '| arrests = '
SOURCED_TO = re.compile(r"\)(?:\[\w{1,4}\])*\s+(?:to|[-–—])\s+(?=\d)")  # '12 (DGAPR) to 63 (families' committee)'


def _box_values(text: str, a: int, hi: int, lex: Lexicon, label: _Label) -> list[Found]:
    """The figures of a wikitext infobox parameter's value, item by item ('14 (AMDH) / 6
    (authorities), at the Rabat sit-in'); two figures each with its source in brackets joined
    by 'to' or a dash are two claims, not a range ('12 (DGAPR) to 63 (families' committee)')."""
    cuts = [(s.start(), s.end()) for s in ITEM_SEP.finditer(text, a, hi)]
    cuts += [(s.start() + 1, s.end()) for s in SOURCED_TO.finditer(text, a, hi)]
    out: list[Found] = []
    pos = a
    for x, y in [*sorted(cuts), (hi, hi)]:
        out += _values(text, pos, x, lex, label, label.measure)
        pos = y
    return out


def _values(
    text: str, a: int, b: int, lex: Lexicon, label: _Label, measure: str | None, bodies: set[str] | None = None
) -> list[Found]:
    """The figures of one labelled value: '64 police officers, 41 demonstrators', '742 (2004
    inquiry)[1]', 'thousands', '31,000–35,000', '70+'; under a label naming no measure, each
    figure's own word names it ('Qureshi tribunal (1993): 37 dead, 118 wounded'). ``bodies``: the
    names of bodies sent that the line's items before named ('On duty: riot police 600; municipal
    guards 150'), which this item adds to."""
    if b - a > 120:
        return []
    if (per := PER_BRACKET.search(text, a, b)) is not None and per.start() > a and (
        first := _values(text, a, per.start(), lex, label, measure)
    ):  # 'Deaths\t10[8] (11 per WTSF)[5]': another source's figure in a bracket after the citation
        other = [q for q in find_quantities(text, lex, per.start("second"), per.end("second")) if q.start == per.start("second")]
        who = " ".join(per["who"].split()).removeprefix("the ")
        return first + [(_plus(text, q), first[-1][1], first[-1][2], first[-1][3], who) for q in other[:1]]
    _, scope, _ = _words(lex)
    out: list[Found] = []
    quantities = find_quantities(text, lex, a, b)
    if not quantities and measure is not None and (none := NONE_VALUE.match(text, a, b)):
        # 'Detained: none (city police)': a count of nobody, as the list gives it
        q = Quantity(none["n"], none.start("n"), none.end("n"), 0, 0, 0, "denial")
        who = (_bracket_claimant(none["b"], lex) if none["b"] else None) or label.claimant
        return [(q, measure, label.subject or _default_subject(measure), None, who)]
    says: str | None = None  # a value told as 'KNCHR says 361'
    # (a source's figure in its own words opens with a quote: 'OCL "at least 40"')
    first = quantities[0].start - (text[quantities[0].start - 1 : quantities[0].start] in QUOTES) if quantities else a
    who = _who_before(text, a, first, lex) if quantities and measure else None
    kind_before = _people_kind(who, lex) if who and measure in HARMS else None
    # ('Hurt: officers 41 · protesters 112': whom each figure counts, not who gave it)
    # the names told right before a figure (under a deployment's label, the body sent)
    names_before: set[str] = set() if bodies is None else bodies
    if who is None and quantities and measure == "deployed":
        who = _body_before(text, a, first, lex)  # the next item's body: 'Deployed: National Guard 2,000; State Troopers 350'
    if who and ESTIMATE_WORD_END.search(who):
        says = who  # 'an independent count 11,500' (not 'an independent' counting 11,500)
    elif quantities and (lead := SAYS_VALUE.fullmatch(text, a, first)):
        says = " ".join(lead["who"].split())
    elif who:
        says = who  # 'Estimates of the crowd vary: police 5,000; organisers 20,000'
        names_before.add(who)
    elif not quantities or text[a : quantities[0].start].strip(" ~c.≈\"“"):
        return []  # the value does not open with a figure: prose after a colon ('"over 30,000"' does)
    at = a  # where the next figure may start: after the last one's noun, bracket, citations
    # a bracket closing the item names who gave all its figures ('46, of them 9 in intensive care
    # (Ministry of Health)') unless a figure has its own
    tail = TAIL_BRACKET.search(text, a, b)
    if tail and quantities and _parts(text, tail.start("b"), tail.end("b"), lex, quantities[0], "killed", None):
        tail = None  # 'Detained: 31 (4 of them minors)': the figure's parts, not who gave it
    # a label that names a speaker of a known kind ('Acting Governor Ann Lee: 11 dead, 40+
    # hurt (radio interview)') outranks a closing bracket, which then tells the channel
    known = label.speaker is not None and claimant_type(label.speaker, lex) != "other"
    if not (says or label.claimant or known) and (said := SAYS_AT_END.search(text, a, b)):
        says = " ".join(said["who"].split())  # a digest's 'Meridia: 1,214 arrested in May protests, says watchdog'
    elif not (says or label.claimant or known) and (dashed := DASH_SOURCE.search(text, a, b)):
        who = " ".join(dashed["who"].split())  # 'SARNIA: 8 inmates killed in prison riot - Justice Ministry (Sarnia Daily)'
        says = who if claimant_type(who, lex) not in ("other", "media") else None
    item_who = (
        says
        or label.claimant
        or (label.speaker if known else None)
        or (tail and not (measure in HARMS and _people_kind(tail["b"], lex)) and _bracket_claimant(tail["b"], lex))
        or label.speaker
    )
    late: re.Match[str] | None = None  # a bracket after the words on a figure's place
    told_at: int | None = None  # where a tail of parts starts after the words on a figure's place
    line_end = b
    for q in quantities:
        place: str | None = None  # a place named right after the figure ('17 nationwide')
        if q.start < at:
            continue  # inside the bracket of the figure before ('(2004 inquiry)[1]')
        if PER_CENT.match(text, q.end, b):
            break  # 'Deaths: 61 per cent of them were children': a share, not a count
        who_here = None
        opens = q.start - (text[q.start - 1 : q.start] in QUOTES)  # (after a quote mark: 'lawyers "over 30"')
        if at > a and not VALUE_SEP.fullmatch(text, at, q.start):
            other = SAYS_VALUE.fullmatch(text, at, opens)
            if other is not None and "," in text[at : other.start("who")]:
                who_here = " ".join(other["who"].split())  # '23 according to KNCHR, police say 6'
            elif (who is not None or names_before) and text[at : at + 1] in ",;" and (name := _who_before(text, at, opens, lex)):
                who_here = name  # 'Crowd size: police 4,000, organisers 15,000'
                names_before.add(name)
            elif measure == "deployed" and names_before and (name := _body_before(text, at, opens, lex)):
                who_here = name  # 'On duty: riot police 600; municipal guards 150': the next body sent
                names_before.add(name)
            else:
                break  # not a list of figures: words between
        q = _plus(text, q)
        end = q.end
        subject, subject_text = (kind_before[0], kind_before[1]) if kind_before else (label.subject, None)
        rest = text[end:b]
        own = _measure_word(rest, lex)
        if own is None and measure is None and (noun := _subject_words(rest.lstrip(), lex)):
            after = len(rest) - len(rest.lstrip()) + len(noun)
            if (own := _measure_word(rest[after:], lex)) is not None:  # '468 people treated'
                subject = lex.subject_of[noun.lower()]
                own = (own[0], after + own[1])
        if own is None and (sure := MEASURE_WORD.match(rest)) and sure[1].lower() in _status_words(lex):
            if (own := _measure_word(rest[sure.end() :], lex)) is not None:  # '27 confirmed dead'
                own = (own[0], sure.end() + own[1])
        if own is not None and own[0] == "participants" != measure and measure is not None and _subject_words(rest.lstrip(), lex):
            own = None  # '27 strikers (union)' under 'Injuries': whom the field counts, not a crowd of its own
        if own is not None:  # '37 dead', '29 bodies', '4 brigade members killed'
            measure_here, end = own[0], end + own[1]
            rest = text[end:b]
        elif (word := MEASURE_WORD.match(rest)) and word[1].lower() in _uncounted(lex):
            at = end + word.end()  # '48 dead, 11 missing, 127 injured': no claim, the list goes on
            continue
        elif measure is None:
            break
        else:
            measure_here = measure
        status = _status_after(lex).match(rest)
        if status:  # '61 confirmed (government)', '80 officially': how sure, not what is counted
            end, rest = end + status.end(), rest[status.end() :]
        noun = base = _subject_words(rest.lstrip(), lex)
        if not noun and (kind := KIND_WORD.match(rest)) and (base := _subject_words(rest[kind.end() :], lex)):
            noun = f"{kind[1]} {base}"  # '3 immigration officers, smoke inhalation (ministry)': a kind of them
        if noun and base:
            subject_text = noun
            subject = lex.subject_of[base.lower()]
            end = text.index(base, end) + len(base)
        elif own is None and (acc := ACCORDING_VALUE.match(text, end, b)):
            who_here = who_here or " ".join(acc["who"].split())  # '23 according to KNCHR'
            end = acc.end()
        elif own is None and measure is not None and (named := MEASURE_WORD.match(rest)) and (
            named[1].lower() in _name_nouns(lex)
        ):
            end += named.end()  # '121 names' under 'Casualty estimates': one person each
        elif own is None and rest.lstrip()[:1].isalpha() and (note := _figure_note(text, end, b, measure_here, lex)):
            end, place = note  # '17 nationwide (police)', '31 Metropolitan Region', '35 as of Tue', '60+ attended on site'
            if place and measure_here == "deployed" and claimant_type(place, lex) != "other":
                subject = lex.subject_of.get(place.lower(), subject)  # 'Deployed: 240 Civil Protection': the body sent
                place = None
        elif own is None and rest.lstrip()[:1].isalpha():
            if not PLACE_OR_TIME.match(rest):
                break  # '37 vehicles', '6.3 billion euros': not a count of people
            late = TAIL_BRACKET.search(text, end, b)  # ('14 in Prague (12 at the counter-demo, 2 on the square)')
            if (comma := text.find(",", end, b)) >= 0 and PART_TAIL.match(text, comma, b) and not late:
                told_at = comma  # '310 across the city, 200 of them in the centre': its parts after its place
            b = end  # 'about 12,000 at the peak', '9,000 in Ghent': the figure, then words on it
        who = who_here or item_who
        if kind_before is not None and who and who.lower() == kind_before[1]:
            who = label.claimant
        sent = measure_here == "deployed" and who in names_before
        if sent and who is not None:  # 'Deployment: Coast Guard 30 / Marines about 120', 'On duty: riot police 600':
            subject = lex.subject_of.get(who.lower(), subject)  # the body sent, not who counted it
            who = label.claimant
        bracket = BRACKET.match(text, end, b)
        parts: list[Found] = []
        if late is not None:  # the parts told after the figure's place
            parts, late = _parts(text, late.start("b"), late.end("b"), lex, q, measure_here, who), None
        if bracket and (parts := _parts(text, bracket.start("b"), bracket.end("b"), lex, q, measure_here, who)):
            end = bracket.end()  # '16 (14 inmates + 2 custodians)', '44 (23 still admitted)': parts of the figure
        elif bracket and measure_here in HARMS and (kind := _people_kind(bracket["b"], lex)):
            subject, subject_text = kind  # 'Injured: 41 (police officers), 112 (protesters)': whom it counts
            end = bracket.end()
        elif bracket:
            own = _bracket_claimant(bracket["b"], lex)
            if (not says or sent) and (own or (_names_nobody(bracket["b"], lex) and not bracket["b"][:1].isdigit())):
                who = own  # '14 (official), 31 (opposition claim)': not the last bracket's (but 'Bomberos 8 (they
                #            include a woman who collapsed)' keeps the source named before its figure)
            end = bracket.end()
        cites = CITATIONS.match(text, end, b)
        at = cites.end() if cites else end
        out.append((q, measure_here, subject or _default_subject(measure_here), subject_text, who, *((None, place) if place else ())))
        if told_at is not None:
            at, b, told_at = told_at, line_end, None
        if (lead := PART_TAIL.match(text, at, b)) and (
            told := _parts(text, lead.start("p"), b, lex, q, measure_here, who, tail=True)
        ):
            parts += told  # '46, of which 9 serious', '58 (Red Cross)[2] incl. 17 ISF members[3]'
            at = _part_end(text, told[-1][0].end, b)
        out += parts
    return out


def _side_row(label: str, lex: Lexicon) -> str | None:
    """The subject a table row's label names when it is a side or a force, not a place: 'Police',
    'Protesters', 'Riot police', 'Municipal police', 'Gendarmerie' (under columns of harms).

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_side_row(s, lex) for s in ("Protesters", "Municipal police", "Gendarmerie", "Kassala", "Central police station")]
    ['protesters', 'security', 'security', None, None]
    """
    low = label.lower().split()
    if not low:
        return None
    if (whole := lex.subject_of.get(" ".join(low))) is not None:
        return whole
    if len(low) > 1 and (low[-1].endswith("s") or low[-1] == "police") and low[-1] in lex.subject_of:
        return lex.subject_of[low[-1]]  # ('Municipal police', 'Riot police officers'; not 'Riverside General')
    return "security" if len(low) == 1 and claimant_type(label, lex) in ("police", "military") else None


SIDE_HARM_WORDS = frozenset({"casualties", "losses"})  # a side's harm named after it: 'Police casualties'


def _side_label(speaker: str, lex: Lexicon) -> tuple[str, str] | None:
    """The subject and noun of a list label naming a side whose harm the value tells in its own
    words: a kind of people in the plural ('Security forces', 'Demonstrators') or any noun of
    people before 'casualties' ('Police casualties'); None for a label that may name who gave
    the figures ('Police', 'Army', 'Red Crescent').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_side_label(s, lex) for s in ("Security forces", "Police casualties", "Police", "Red Crescent")]
    [('security', 'security forces'), ('security', 'police'), None, None]
    """
    words = speaker.lower().split()
    if len(words) > 1 and words[-1] in SIDE_HARM_WORDS:
        phrase = " ".join(words[:-1])
        return (lex.subject_of[phrase], phrase) if phrase in lex.subject_of else None
    return _people_kind(" ".join(words), lex)


def _people_kind(words: str, lex: Lexicon) -> tuple[str, str] | None:
    """The subject and noun of a bracket or a word before a harm's figure that names a side in the
    plural ('police officers', 'protesters', 'journalists'): whom the figure counts, not who gave it;
    None for a body that may have counted ('police', 'army', 'organisers', 'medics') and for people
    of no side ('residents "more than 20"', '(villagers)': witnesses who gave a figure).

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_people_kind(w, lex) for w in ("police officers", "protesters", "police", "organisers")]
    [('security', 'police officers'), ('protesters', 'protesters'), None, None]
    """
    phrase = " ".join(words.lower().split())
    subject = lex.subject_of.get(phrase)
    if words[:1].isupper() and claimant_type(phrase, lex) in ("police", "military"):
        return None  # ('Officers hurt: 17 (Carabineros)': the force named, who gave it)
    if subject in (None, "people") or not phrase.endswith("s") or claimant_type(phrase, lex) not in (None, "other", "police", "military", "media"):
        return None
    return subject, phrase


NOTE_WORDS = re.compile(r"[ \t]*(?P<w>[^\W\d][^,;()\[\]\n]*?)[ \t]*(?=[,;(\[]|$)")  # the words after a figure, to its bracket or comma
NOTE_WORD = re.compile(r"[^\W\d][\w'’.-]*")


def _figure_note(text: str, end: int, b: int, measure: str, lex: Lexicon) -> tuple[int, str | None] | None:
    """Where the words after a list value's figure end when they say where, when or how its people
    were counted, not what else it counts: a place named ('17 nationwide (police)', '31
    Metropolitan Region', '131 Catholic shrine'), a time ('35 as of Tue 12 May'), how they were
    counted in the measure's own words ('60+ attended on site') or how badly ('4 minor'), and the
    place it names (a name that counts no people: not 'SCDE employees'; nationwide is the whole,
    no place apart). None for
    '37 vehicles' or '6.3 billion euros': the value goes no further.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> line = "Hurt: 17 nationwide (police)"
    >>> _figure_note(line, 8, len(line), "injured", lex)
    (19, None)
    >>> _figure_note("Held: 31 Metropolitan Region", 8, 28, "arrested", lex)
    (28, 'Metropolitan Region')
    >>> _figure_note("Held: 3 SCDE employees", 7, 22, "arrested", lex)
    (22, None)
    >>> _figure_note("Burnt: 37 vehicles", 9, 18, "injured", lex) is None
    True
    """
    m = NOTE_WORDS.match(text, end, b)
    if m is None:
        return None
    words = m["w"]
    first = NOTE_WORD.match(words)
    if first is None:
        return None
    low = " ".join(words.lower().split())
    after = lex.measure_words("after")
    if place_words(lex).nationwide.match(low):
        return m.end("w"), None  # (the whole, as a figure naming no place is)
    if first[0][:1].isupper():  # a place's or a body's name ('Metropolitan Region', 'SCDE employees')
        people = any(w.lower() in lex.subject_of for w in NOTE_WORD.findall(words))
        return m.end("w"), None if people else " ".join(words.split())
    if (
        TIME_PART.match(low)
        or first[0].lower() in _severity_words(lex)
        or any(after.get(" ".join(low.split()[:n])) == measure for n in range(1, 6))
    ):
        return m.end("w"), None
    return None


@lru_cache(maxsize=8)
def _severity_words(lex: Lexicon) -> frozenset[str]:
    """How badly a list value's people were hurt, after its figure (lexicon ``layout.severity_words``:
    'minor', 'serious')."""
    return frozenset(w.lower() for w in lex.data.get("layout", {}).get("severity_words", []))


QUOTES = frozenset('"“')  # the quote mark that may open a source's figure in its words
PART_LEAD = r"(?:incl\.?|including|of\s+(?:which|whom|them)|among\s+them)"
PART_OF = r"of\s+(?:them|whom|those)"  # after a part's figure: '49 of them taken to hospital'
PART_TAIL = re.compile(
    rf"(?:\s*,?\s*(?={PART_LEAD}\s+\d)|,\s*(?=\d[\d,]*\s+(?:seriously|critically|severely|gravely|{PART_OF})\b))(?P<p>)",
    re.I,
)  # a list value's part after it: ', of which 9 serious', ' incl. 17 ISF members', ', 2 seriously', ', 49 of them'
PART = re.compile(
    rf"[ \t]*(?P<lead>{PART_LEAD}[ \t]+)?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<of>[ \t]+{PART_OF}\b)?"
    r"(?P<rest>(?:[ \t]+(?!per\b|according\b|says?\b|said\b|by\b)[^\W\d][\w'’.-]*){0,4}"
    r"(?(of)(?:[ \t]+[^\W\d][\w'’.-]*){0,5}))"  # (after 'of them', what befell them: 'were taken to the regional hospital')
    r"[ \t]*(?:\[\w{1,4}\])*[ \t]*(?P<sep>[+,/;]|\band\b|$|(?=\())",
    re.I,
)  # one part in a bracket or a tail: '14 inmates +', 'incl. 9 custodians', '12 at the counter-demo,', '4 of them children'
PART_STATE = re.compile(
    r"[ \t]*(?:of\s+them\s+|still\s+)?(?P<w>(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|admitted|held|detained"
    rf"|hospitali[sz]ed|in\s+hospital|{WEEKDAY_STEM}day|{WEEKDAY_ABBR}\b)\b)?",
    re.I,
)  # how a part is told: '23 still admitted', '2 seriously', '41 Thursday'; 'of them' before a noun


PART_WHEN = re.compile(
    r"[ \t]*(?:(?:on|by|during|overnight|in\s+the|at)[ \t]+)?(?:(?:the[ \t]+)?(?:first|second|third|last)[ \t]+"
    rf"(?:day|night|evening)|{WEEKDAY_ABBR}[a-z]*\.?(?:[ \t]+(?:night|morning|evening|afternoon))?)[ \t]*",
    re.I,
)  # a part that is a time's count: '46 on Tue night', '41 Thursday', '12 on the first day'


def _parts(
    text: str, a: int, b: int, lex: Lexicon, whole: Quantity, measure: str, who: str | None, tail: bool = False
) -> list[Found]:
    """The parts of a list value's figure told in its bracket or after it ('Ministry 16 (14 inmates
    + 2 custodians)', '34 (incl. 9 custodians)', '44 (23 still admitted)', '14 (12 at the
    counter-demo, 2 on the square)', ', of which 9 serious'): each a figure of the same measure
    and source, smaller than the whole, with the subject its noun names. A bracket holding
    anything else (a source, a date, '11 per WTSF', a bare figure) gives none; a tail (``tail``)
    gives its parts up to the first item that is none.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> line = "Dead: 16 (14 inmates + 2 custodians)"
    >>> whole = find_quantities(line, lex)[0]
    >>> [(q.text, subject) for q, _, subject, *_ in _parts(line, 10, 35, lex, whole, "killed", None)]
    [('14', 'people'), ('2', 'security')]
    >>> _parts("Dead: 16 (11 per WTSF)", 10, 21, lex, whole, "killed", None)
    []
    """
    top = whole.high if whole.high is not None else whole.low
    out: list[Found] = []
    pos = a
    while pos < b:
        m = PART.match(text, pos, b)
        n = parse_digits(m["n"]) if m else None
        if m is None or n is None or n >= top:
            break
        rest = m["rest"]
        state = PART_STATE.match(rest)
        words = rest[state.end() :]
        noun = _subject_words(words.lstrip(), lex) if words.strip() else None
        if not (m["lead"] or m["of"] or noun or state["w"] or (words.strip() and PLACE_OR_TIME.match(f" {words.lstrip()}"))):
            break  # '(first week)', '(2004 inquiry)', a bare figure: no part told
        qs = [x for x in find_quantities(text, lex, m.start("n"), m.end("n")) if x.start == m.start("n")]
        if not qs:
            break
        subject = lex.subject_of[noun.lower()] if noun else _default_subject(measure)
        if PART_WHEN.fullmatch(rest):  # '52 (46 on Tue night)': the count of a time, an earlier total
            out.append((qs[0], measure, subject, noun, who))
        else:
            out.append((qs[0], measure, subject, noun, who, f"part: {qs[0].text} of {whole.text}"))
        pos = m.end()
        if not m["sep"]:
            return out
    return out if tail else []


def _part_end(text: str, at: int, b: int) -> int:
    """Where a tail of parts ends: after the last part's words and citations."""
    m = PART_TAIL_END.match(text, at, b)
    return m.end() if m else at


PART_TAIL_END = re.compile(r"[^,;/·•|()\[\]]*(?:\[\w{1,4}\])*")


NONE_VALUE = re.compile(
    r"[ \t]*(?P<n>(?i:none|nil))(?:[ \t]*\((?P<b>[^()\n]{1,60})\))?(?:\[\w{1,4}\])*[ \t.]*$"
)  # a list value of nobody: 'none', 'nil (police)'
MEASURE_WORD = re.compile(r"\s*([A-Za-z]+)")
KIND_WORD = re.compile(r"\s*([a-z][a-z-]+)\s+(?=[a-z])")  # a word naming a kind before a list value's noun


@lru_cache(maxsize=8)
def _status_after(lex: Lexicon) -> re.Pattern[str]:
    """A word after a list value saying how sure it is (lexicon layout.status_words): 'Deaths:
    61 confirmed (government), 80–100 (NGOs)'."""
    words = lex.data.get("layout", {}).get("status_words", [])
    return re.compile(
        rf"\s+(?:{'|'.join(re.escape(w) for w in words) or '(?!)'})\b(?=\s*(?:[(\[,;·|/]|$))", re.IGNORECASE
    )


@lru_cache(maxsize=8)
def _status_words(lex: Lexicon) -> frozenset[str]:
    """The words of lexicon layout.status_words, one word each ('confirmed', 'official')."""
    return frozenset(w.lower() for w in lex.data.get("layout", {}).get("status_words", []) if " " not in w)


@lru_cache(maxsize=8)
def _name_nouns(lex: Lexicon) -> frozenset[str]:
    """Words after a value's figure that count people by their names (lexicon layout.name_nouns)."""
    return frozenset(w.lower() for w in lex.data.get("layout", {}).get("name_nouns", []))


@lru_cache(maxsize=8)
def _uncounted(lex: Lexicon) -> frozenset[str]:
    """Words after a list figure that count no claim ('11 missing') without ending the list."""
    return frozenset(w.lower() for w in lex.data.get("layout", {}).get("uncounted_words", []))


def _measure_word(rest: str, lex: Lexicon) -> tuple[str, int] | None:
    """The measure a word right after a figure names, and where that word ends: ' dead, 118
    wounded' -> ('killed', 5)."""
    m = MEASURE_WORD.match(rest)
    if m is None:
        return None
    measure_of, _, _ = _words(lex)
    found = measure_of.get(m[1].lower())
    return (found, m.end()) if found else None


STRIP_CELL = re.compile(
    r"(?P<label>[A-Z][A-Za-z/&'’ -]{1,40}?)[ \t]?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>)(?P<scale>)(?P<plus>\+)?"
    r"(?:[ \t]*\((?P<b>[^()\n]{1,40})\))?(?=[A-Z][a-z]|[ \t]*$)"
)  # one cell of a key-figures strip: 'Deaths22', 'Injured 71 (26 hospitalised)'
BRACKET_FIGURE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>)(?P<scale>)(?P<plus>)\s+(?P<w>[A-Za-z][\w -]{1,30})$"
)  # a part told in a cell's bracket: '(26 hospitalised)'
MIN_STRIP = 3  # cells of a key-figures strip


def _strip(text: str, lo: int, hi: int, lex: Lexicon) -> list[Found] | None:
    """A page's key figures scraped into one line, cells run together: 'Deaths22Missing26Injured
    71 (26 hospitalised)Displaced2,600' -> the cells whose label names a measure (deaths 22,
    injured 71 and the 26 hospitalised of its bracket); the others (missing, displaced) count
    nothing here. None when the line is no such strip (three cells or more, two of them glued)."""
    cells = _run_of(STRIP_CELL, text, lo, hi, " \t")
    if cells is None:
        return None
    glued = sum(text[m.end("label") - 1].isalpha() and m.end("label") == m.start("num") for m in cells)
    if len(cells) < MIN_STRIP or glued < 2:
        return None
    out: list[Found] = []
    for m in cells:
        label = _label(m["label"], lex, None, cell=True)
        if label.measure is None:
            continue
        out.append(_glued_figure(text, m, lex, label, label.claimant))
        part = BRACKET_FIGURE.match(text, m.start("b"), m.end("b")) if m["b"] else None
        if part is not None and (inner := _label(part["w"], lex, None).measure) is not None:
            out.append(_glued_figure(text, part, lex, _Label(inner, None, None, None), label.claimant))
    return out


STRIP_AFTER_CUE = re.compile(r"(?m)^(?:[A-Z][A-Z ]{2,40})?\d[\d,]*[a-z]{3}")  # a line opening a strip of them
STRIP_AFTER_HEAD = re.compile(r"[A-Z][A-Z ]{2,40}(?=\d)")  # 'KEY FIGURES' glued to the first figure
STRIP_AFTER_CELL = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>)(?P<scale>)(?P<plus>\+)?(?P<label>[a-z][^\d\n]{1,60}?)(?=\d|[ \t]*$)"
)  # one cell of a key-figures strip whose caption follows its figure: '19dead', '3arrested in X'


def _strip_after(text: str, lo: int, hi: int, lex: Lexicon) -> list[Found] | None:
    """A page's key figures scraped into one line, each figure glued to the caption after it
    ('KEY FIGURES19dead25survivors still in hospital3arrested in North Macedonia150extra police
    at the southern border') -> the cells whose caption names a measure (19 dead, 25 in hospital,
    3 arrested), or forces (150 police: deployed). None when the line is no such strip (three
    cells or more, from its start or after a heading in capitals)."""
    head = STRIP_AFTER_HEAD.match(text, lo, hi)
    at = head.end() if head else lo
    cells = []
    while at < hi and (m := STRIP_AFTER_CELL.match(text, at, hi)) is not None:
        cells.append(m)
        at = m.end()
    if len(cells) < MIN_STRIP or text[at:hi].strip():
        return None
    out: list[Found] = []
    for m in cells:
        label = _label(m["label"], lex, None, cell=True)
        if label.measure is None and any(lex.subject_of.get(w.lower()) == "security" for w in WORD.findall(m["label"])):
            label = _Label("deployed", "security", None, None)  # '150extra police at the southern border'
        if label.measure is not None:
            out.append(_glued_figure(text, m, lex, label, label.claimant))
    return out


def _cell(text: str, lo: int, hi: int, lex: Lexicon, heading: str | None) -> list[Found]:
    """A table row run together by a scraper: 'Arrested112 (all three days)', 'Turnout, day 1
    (Interior Ministry)310,000', 'Lowest estimate of deaths 112'; a strip of key figures
    (:func:`_strip`)."""
    strip = _strip(text, lo, hi, lex) if hi - lo < MAX_LINE else None
    if strip is not None:
        return strip
    if lo and text[lo - 1] == "\n" and (g := GLUED_CELL.match(text, lo, hi)) and _label(g["label"], lex, None, cell=True).measure:
        return []  # a line of cells run together from its start ('Killed5 (LCS)[1]9 (…)[2]Soldiers deployed150[5]'):
        #            each cell is read apart (_glued_cells), not the line as one label and its last figure
    m = CELL.match(text, lo, hi)
    if m is None and (per := CELL_PER.fullmatch(text, lo, hi)) is not None:
        return _cell_per(text, per, lex, heading)
    if m is None or len(m["label"]) > MAX_LABEL + 20:
        return []
    out: list[Found] = []
    start, first_who = m.start("label"), None
    for g in GLUED.finditer(text, start, m.end("label")):
        # 'Ministry of Health (20 Nov 2025)Deaths34Injured126': two cells run together; the
        # first label's source gives both
        before = _label(text[start : g.start()], lex, heading, cell=True)
        if before.measure is None:
            return []
        first_who = first_who or before.claimant
        out.append(_glued_figure(text, g, lex, before, first_who))
        start = g.end()
    raw = text[start : m.end("label")]
    glued = raw[-1] not in " \t"
    label = _label(raw, lex, heading, cell=True)
    boxed = glued or (raw.endswith(("   ", "\t")) and text.rfind("\n", 0, lo) == lo - 1)
    # (the label glued to its value, or set apart as an infobox's, opening its line: not a list's
    #  item ' - Police officers   3' under 'Deaths   19', the dead among them)
    if label.measure is None and boxed and label.speaker and _forces_word(label.speaker, lex):
        label = _Label("deployed", "security", label.claimant, None)  # 'Forces~600 (survivors)[5]', 'Forces   c. 600'
    crowd = label.measure is None and bool(label.speaker) and str(label.speaker).lower() in lex.grammar["crowd_nouns"]
    if crowd:  # an infobox's 'Spectators 7,000 (organiser)[2]': the crowd of those who came
        label = _Label("participants", "people", label.claimant, None)
    if label.measure is None:
        return []
    if first_who and not label.claimant:
        label = label._replace(claimant=first_who)
    if not glued:
        words = WORD.findall(PLURAL_MARK.sub("s", raw))  # ('Death(s) 9 (government)': 'Deaths')
        measure_of, _, _ = _words(lex)
        gap = raw.endswith(("  ", "\t"))  # a table's gap: 'Total wounded in action      14,239'
        last = measure_of.get(words[-1].lower()) if words else None
        named = " ".join(w.lower() for w in words) in _crowd_labels(lex)  # 'Number 3,500–20,000 (estimates vary)'
        if len(words) > 8 or not words or (last != label.measure and not (crowd or named) and not (gap and label.claimant is None)):
            return []  # 'Lowest estimate of deaths 112', but not a headline's words before a figure
    figures = list(CELL_FIGURE.finditer(text, m.start("figures"), m.end("figures")))
    for k, f in enumerate(figures):
        if k and _ranged(text, figures[k - 1], f):
            continue  # (the high end of the range before)
        if _counts_other(f, label.measure, lex):
            continue
        who = label.claimant
        last = figures[k + 1] if k + 1 < len(figures) and _ranged(text, f, figures[k + 1]) else f
        if last["b"]:
            who = _bracket_claimant(last["b"], lex) or who
        if last is not f and YEARS.fullmatch(text, f.start("num"), last.end("num")):
            continue  # 'Estimates of the dead, 2025–2026': the years of a heading, no count
        found = _glued_figure(text, f, lex, label, who)
        if last is not f:  # 'Number 3,500–20,000 (estimates vary)[3]': a range run together, from 3,500 to 20,000
            q = found[0]
            high = parse_digits(last["num"], last["frac"], last["scale"])
            q = Quantity(text[q.start : last.end("num")], q.start, last.end("num"), q.value, q.low, high, "range")
            found = (q, *found[1:])
        out.append(found)
    if out and m.end() < hi and not CELL_TAIL.match(text, m.end(), hi) and (lead := PART_TAIL.match(text, m.end(), hi)):
        whole = out[-1]  # the parts of the cell's last figure told after it ('… incl. 15 police officers'; a
        #                  tail after a comma, ', of whom 19 still in intensive care', is the parser's)
        out += _parts(text, lead.start("p"), hi, lex, whole[0], whole[1], whole[4], tail=True)
    return out


PER_BRACKET = re.compile(
    r"(?<=[\d\]\)])[ \t]*\((?P<second>\d[\d,]*\+?)[ \t]+per[ \t]+(?P<who>[^()\n\d]{1,50})\)(?:\[\w{1,4}\])*[ \t]*$"
)  # a list value's other source's figure in a bracket at its end: '10[8] (11 per WTSF)[5]'
CELL_PER = re.compile(
    r"(?P<label>[A-Z][A-Za-z -]{1,40}?)[ \t]+(?=(?:~\s?|c\.\s)?\d[\d,]*\+?(?:\[\w{1,4}\])+[ \t]*\(\d)"
    r"(?P<first>[^\n(]*?)[ \t]*\((?P<second>\d[\d,]*\+?)[ \t]+(?:per|according[ \t]+to)[ \t]+(?P<who>[^()\n\d]{1,50})\)"
    r"(?:\[\w{1,4}\])*[ \t]*"
)  # an infobox cell whose other source's figure follows in a bracket after the citation:
#    'Deaths 10[8] (11 per WTSF)[5]', 'Injuries 40[2] (55 according to the Red Crescent)[4]'


def _cell_per(text: str, per: re.Match[str], lex: Lexicon, heading: str | None) -> list[Found]:
    """The two figures of a :data:`CELL_PER` cell: the first its label's source's, the second
    the bracket's (no claims when the label names no measure)."""
    label = _label(per["label"], lex, heading, cell=True)
    first = CELL_FIGURE.match(text, per.start("first"), per.end("first"))
    second = CELL_FIGURE.match(text, per.start("second"), per.end("second"))
    if label.measure is None or first is None or second is None:
        return []
    who = " ".join(per["who"].split()).removeprefix("the ")
    return [_glued_figure(text, first, lex, label, label.claimant), _glued_figure(text, second, lex, label, who)]


YEARS = re.compile(r"(?:1[89]|20)\d\d[–-](?:1[89]|20)\d\d")  # '2025–2026'


def _ranged(text: str, f: re.Match[str], g: re.Match[str]) -> bool:
    """Two figures of a scraped cell that are one range: a dash and no space between, no bracket
    after the first, the second the higher ('3,500–20,000')."""
    if f["b"] or f["plus"] or g.start() != f.end() + 1 or text[f.end()] not in "–-":
        return False
    low, high = parse_digits(f["num"], f["frac"], f["scale"]), parse_digits(g["num"], g["frac"], g["scale"])
    return low is not None and high is not None and low < high


def _counts_other(f: re.Match[str], measure: str | None, lex: Lexicon) -> bool:
    """Whether the word after a cell's figure says it counts something other than its label's
    measure: '11 missing[2]', '40 injured (ministry)' under 'Deaths' (not '251 assessed (QAS)')."""
    if not f["word"] or _subject_words(f["word"], lex) == f["word"]:
        return False  # (a noun of whom it counts: '27 strikers (union)' under 'Injuries')
    return any(w in _uncounted(lex) or _words(lex)[0].get(w, measure) != measure for w in f["word"].split())
    # (each word of two: '40 injured people (ministry)' under 'Deaths')


PLURAL_MARK = re.compile(r"(?<=[a-z])\((?:s|es)\)")  # an infobox's 'Death(s)', 'Arrest(s)'
GLUED = re.compile(
    r"(?<=[a-z)\]])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>)(?P<scale>)(?P<plus>\+)?(?=[A-Z][a-z])"
)  # a figure run together with the label before it and the next cell's label after it


_GLUED_SCALE = r"(?:(?P<frac>\.\d{1,2})?[ \t](?P<scale>million|thousand))?"  # '1.2 million'
_GLUED_WHERE = r"(?:[ \t]+in[ \t]+(?P<where>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?))?"  # '2,300 in Leipzig (…)': the place's
_GLUED_QUALIFIER = r"(?:about|around|nearly|almost|some|over|under|more[ \t]than|fewer[ \t]than|less[ \t]than|at[ \t]least|up[ \t]to)[ \t]"
_OTHER_SOURCE = r"(?:[~\d]|[ \t]*/[ \t]*[\"“~\d]|" + _GLUED_QUALIFIER + r"\d)"
# another source's figure right after a cell's bracket or citation mark: '(FGR)[1]14 (…)', '(Harrow Live) / "about 250"
# (…)', '(GAZ)[1]fewer than 400,000 (BVAD)[3]'
GLUED_NEXT = r"(?=[ \t]*(?:\n|$)|[A-Z][a-z]|[ \t]+\d|(?<=[)\]])" + _OTHER_SOURCE + ")"  # what may follow a cell
_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
GLUED_CUES = (
    re.compile(r"[A-Z](?:(?<=[a-z)\]\d][A-Z])|(?<=\S {3}[A-Z])|(?<=\n[A-Z])(?=[a-z]+(?:[- ][a-z]+){0,2}\d[^\n]*(?:[)\]]" + _OTHER_SOURCE + r"|[\d)\]][A-Z][a-z])))[a-z]+(?:[- ][a-z]+){0,2}[ \t]?\n?\d"),
    re.compile(r"\][ \t][A-Z][a-z]+(?:[- ][a-z]+){0,2}[ \t]\d"),
)  # 'braceros)Deaths4', 'in time[1] Deaths 54' (opening with the capital, what comes before it
#    tested behind it: the scan skips to capitals, three times faster than trying every letter;
#    the second led by its ']', a scan that skips in C: one pattern of both stopped at every
#    capital to try both, and took 1.7 times as long); a line opened by a cell whose sources
#    follow one another glued: 'Deaths138+ (FGR, 2026)[1]14 (Armed Forces, 1982)[3]'
GLUED_CELL = re.compile(
    r"(?:(?<=[a-z)\]\d])|(?<=\S {3})|(?<=\n)(?=[A-Z][a-z]+(?:[- ][a-z]+){0,2}\d[^\n]*(?:[)\]]" + _OTHER_SOURCE + r"|[\d)\]][A-Z][a-z])))(?P<label>[A-Z][a-z]+(?:[- ][a-z]+){0,2})[ \t]?\n?[ \t]*"
    rf"(?P<about>~[ \t]?|c\.[ \t]?)?(?P<num>{_NUM}){_GLUED_SCALE}"
    rf"(?:[ \t]*[–-][ \t]*(?P<high>{_NUM}))?(?P<plus>\+)?{_GLUED_WHERE}"
    r"(?:[ \t]*\((?P<b>[^()\n]{1,60})\))?(?:\[\w{1,4}\]| {3})*"
    + GLUED_NEXT
)  # an infobox's cell run together with the cell before it: 'Injured22–37[1][2]', 'Arrests140+[4]'
CITED_CELL = re.compile(
    r"(?<=\][ \t])(?P<label>[A-Z][a-z]+(?:[- ][a-z]+){0,2})[ \t]"
    rf"(?P<num>{_NUM})(?P<frac>)(?P<scale>)(?:[ \t]*[–-][ \t]*(?P<high>{_NUM}))?(?P<plus>\+)?"
    r"(?:[ \t]*\((?P<b>[^()\n]{1,60})\))?(?:\[\w{1,4}\])+"
    r"(?=[ \t]+[A-Z]|[ \t]*(?:\n|$))"
)  # an infobox flattened onto a line of prose, each cell after the citation mark of the one
#    before and ending in its own: '… in time[1] Deaths 54–71[2][5] Non-fatal injuries 118[2]'
GLUED_MORE = re.compile(
    rf"[ \t]*(?:/[ \t]*)?\n?[ \t]*[\"“]?(?P<about>~[ \t]?|c\.[ \t]?|{_GLUED_QUALIFIER})?(?P<num>{_NUM}){_GLUED_SCALE}[\"”]?"
    rf"(?:[ \t]*[–-][ \t]*(?P<high>{_NUM}))?(?P<plus>\+)?{_GLUED_WHERE}"
    r"[ \t]*\((?P<b>[^()\n]{1,60})\)(?:\[\w{1,4}\]| {3})*(?:[ \t]*\([^()\n]{1,60}\)(?=[ \t]*(?:\n|$)))?"
    + GLUED_NEXT
)  # another source's figure of the cell, on the next line or after a space: '9 (congressional commission)[2]';
#    a note in brackets may end its line: '1,000+ (government estimate)[3] (excluding initial phase)'


def _glued_cells(
    text: str, lo: int, lex: Lexicon, taken: list[tuple[int, int]]
) -> Iterator[tuple[tuple[int, int], list[Found]]]:
    """The cells of an infobox a scraper ran together with what stood before them, wherever its
    lines were wrapped: 'Cause … cutters (braceros)Deaths4 (official)' / '9 (congressional
    commission)[2]' / '17 (…)[3]Injured22–37[1][2]Arrests140+[4]Participants' / '600–3,000[1][4]'.
    A cell is a label naming a measure glued to the word or bracket before it, then its figure
    (a range, 'N+'), the bracket naming who gave it, its citation marks; figures of other
    sources follow it each with its bracket. A cell of an infobox flattened into one line of
    prose follows the citation mark of the cell before it and ends in its own ('… in time[1]
    Deaths 54–71[2][5] Non-fatal injuries 118[2] Missing 9[3]'). Spans and their figures,
    outside ``taken``."""
    cells = sorted([*GLUED_CELL.finditer(text, lo), *CITED_CELL.finditer(text, lo)], key=lambda m: m.start())
    for m in cells:
        if any(a <= m.start() < b for a, b in taken):
            continue
        label = _label(m["label"], lex, None, cell=True)
        if label.measure is None:
            continue
        found = [_range_figure(text, m, lex, label, _bracket_claimant(m["b"], lex) if m["b"] else None)]
        end = m.end()
        where = [m.groupdict().get("where")]
        while (more := GLUED_MORE.match(text, end)) is not None:
            found.append(_range_figure(text, more, lex, label, _bracket_claimant(more["b"], lex)))
            where.append(more.groupdict().get("where"))
            end = more.end()
        yield (m.start(), end), [f if place is None else (*f[:5], None, place) for f, place in zip(found, where, strict=True)]


GLUED_ROW = re.compile(
    r"^(?P<indent>[ \t]*)(?P<label>[A-Za-z][^\d\n|:;\t]{0,58}?[A-Za-z)])"
    rf"(?P<about>)(?P<num>{_NUM})(?P<frac>)(?P<scale>)(?P<high>)(?P<plus>\+)?"
    r"(?P<rest>[A-Z][^\n]{0,120})?[ \t]*$",
    re.MULTILINE,
)  # a table's row whose cells a PDF or a scraper ran together: 'Deceased13Found in carriages: 12;
#    died in hospital: 1', '  of which died at the site18' (its remarks open with a capital)
GLUED_ROW_CUE = re.compile(r"\d(?<=[a-z)]\d)[\d,]*\+?(?=[A-Z]|[ \t]*(?:\n|$))")
# a figure run into the word before it, ending its line or running into a capital: where a glued row may be
# (led by the digit, the scan's rarest test, the word before looked at behind it: twice as fast)
ROW_PART = re.compile(r"(?:of\s+(?:which|whom|them)|among\s+(?:them|whom)|incl\.?|including)\b", re.IGNORECASE)
# a row that is a part of the row above it ('of which died in hospital5', 'of whom minors 10')
RUN_CELLS = re.compile(r"[a-z][A-Z]|[A-Za-z)]\d")  # another cell run into a row's label or remarks
REMARK_FIGURE = re.compile(
    r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}[ \t]+)?(?<![\d:.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d:.,]\d|[.:]\d|\w)"
)  # a figure in a row's remarks, a place's name before it ('Ploiesti 31, Bucharest 12')
REMARK_SOURCE = re.compile(
    r"\b(?:[Ff]igures?|[Ss]ource|[Aa]ccording|[Pp]er)\b[^A-Z\n]{0,12}?(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})"
)  # a row's remarks naming who gave its figure ('Figure from the Health Ministry, 08:30')


GLUED_PAIRS = bytes(2 if chr(c) in "abcdefghijklmnopqrstuvwxyz)" else 1 if chr(c) in "0123456789?" else 32 for c in range(256))
# a byte for each character of a text encoded as Latin-1 (those beyond it as '?', so one byte each): 2 where a
# glued row's cue may have its word before the figure ([a-z)]), 1 where its digit may be (an ASCII digit, or a
# '?' that may stand for a digit of another script, which \d also reads); a cue's place is a 2 before a 1


CELL_MARKS = bytes(
    ord("a") if 97 <= c <= 122 else ord("A") if 65 <= c <= 90 else ord("1") if chr(c) in "0123456789?"
    else ord(")") if chr(c) in ")]" else c if chr(c) in " \t\n-" else ord("x")
    for c in range(256)
)  # a byte for each character of a text encoded as Latin-1: 'a' and 'A' for the ASCII letters, '1' where
#    a digit may be (an ASCII digit, or a '?' that may stand for one of another script), ')' for ')' and ']',
#    a space, tab, line break and hyphen as themselves, 'x' for the rest
CELL_CUE_MARKS = re.compile(rb"A(?:(?<=[a)\n1]A)|(?<=   A))a+(?:[- ]a+){0,2}[ \t]?\n?1")
# where GLUED_CUES[0] may match, in CELL_MARKS' bytes: its capital after a letter, ')', ']', three spaces
# or a line break, its label's small letters (up to three words: 'Non-fatal injuries41'), its digit (led by the capital's byte: a scan that skips in C)


def _glued_cell_cue(text: str, start: int) -> bool:
    """Whether one of GLUED_CUES matches in text[start:] (``any(cue.search(text, start) …)``):
    the first tried only where CELL_CUE_MARKS finds what every match of it holds, in a byte per
    character (a translation and a scan led by a literal, where the pattern's own scan tested a
    class at every character of the text).

    >>> _glued_cell_cue("braceros)Deaths4 and more", 0), _glued_cell_cue("In May 4 died", 0)
    (True, False)
    """
    marks = latin1(text).translate(CELL_MARKS)
    if any(GLUED_CUES[0].match(text, m.start()) for m in CELL_CUE_MARKS.finditer(marks, start)):
        return True
    return GLUED_CUES[1].search(text, start) is not None


def _glued_cues(text: str, start: int) -> list[int]:
    """Where GLUED_ROW_CUE matches in text[start:] (its finditer's starts): the pairs of a
    lower-case letter or ')' before a digit found in C by a byte per character (a table's
    translation and a find, some 1-2 instructions a character, where the engine's scan
    tested each position), the cue matched at each. Exact: every cue opens with such a pair,
    and no cue starts inside another (its digits have no letter before them).

    >>> text = "Deaths confirmed23\\nFire engines34 (2 appliances)\\nthe 1990s, in 2019 (or 2020)14\\n"
    >>> _glued_cues(text, 0) == [m.start() for m in GLUED_ROW_CUE.finditer(text)]
    True
    """
    found: list[int] = []
    marks = latin1(text).translate(GLUED_PAIRS)
    at = marks.find(b"\x02\x01", max(start - 1, 0))
    while at >= 0:
        if GLUED_ROW_CUE.match(text, at + 1):
            found.append(at + 1)
        at = marks.find(b"\x02\x01", at + 1)
    return found


def _glued_rows(text: str, start: int, lex: Lexicon) -> list[tuple[tuple[int, int], list[Found]]]:
    """The rows of a table whose label and figure a PDF's conversion or a scraper ran together,
    one row to a line ('Deceased13Found in carriages: 12; died in hospital: 1' / 'Children among
    injured5All stable' / '  of which died at the site18'), read where two such rows or more follow
    one another. A row's measure is its label's; a row opening 'of which' or 'of whom' is a part
    of the row above and counts what that row counts ('of which died in hospital5' under 'Deaths
    confirmed23' is a death); a label naming forces alone ('Riot police officers600', 'Police at
    site and cordon240') counts those sent; figures in the row's remarks smaller than its own are
    its parts ('Ploiesti 31, Bucharest 12': the town's). A label naming no measure (vehicles,
    a year) gives none. Spans (whole lines: the remarks are read here) and their figures.

    >>> from claimcheck.lexicon import load_lexicon
    >>> rows = _glued_rows("Deaths confirmed23\\n  of which died in hospital5\\nFire engines34\\n", 0, load_lexicon())
    >>> [(f[0].text, f[1]) for _, found in rows for f in found]
    [('23', 'killed'), ('5', 'killed')]
    """
    lines = sorted({text.rfind("\n", 0, at) + 1 for at in _glued_cues(text, start)})
    if len(lines) < 2:
        return []  # (one look: most reports have no such row, and one alone is no table)
    matches = [m for at in lines if at >= start and (m := GLUED_ROW.match(text, at))]
    out: list[tuple[tuple[int, int], list[Found]]] = []
    above: tuple[str, str] | None = None  # the measure and subject of the row above, when it named one
    block_who: str | None = None  # who gave the figures, by the title of the rows' block
    above_q: Quantity | None = None  # the figure of the row above that is no part
    for k, m in enumerate(matches):
        near = (k > 0 and text.count("\n", matches[k - 1].end(), m.start()) == 1) or (
            k + 1 < len(matches) and text.count("\n", m.end(), matches[k + 1].start()) == 1
        )
        if not near:
            above = None
            continue  # (a lone line: a name with a figure in it, not a table's row)
        if k == 0 or text.count("\n", matches[k - 1].end(), m.start()) > 1:
            above = None  # (the first row of a block: the line above it may be its title, naming a source)
            block_measures: dict[tuple[str, str], Quantity] = {}  # the block's first figure of each measure and side
            title = text.rfind("\n", 0, max(m.start() - 1, 0)) + 1
            block_who = _box_source(text, title, m.start() - 1, lex) if 0 < m.start() - 1 > title and text[m.start() - 2] == ")" else None
        raw = m["label"]
        if RUN_CELLS.search(raw) or (m["rest"] and RUN_CELLS.search(m["rest"])):
            above = None
            if paired := _paired_row(text, m.start("label"), m.end(), lex):
                out.append(paired)  # (a place, then each column's heading run into its figure)
            continue  # (several cells run together on the line: 'Mpilo HospitalInjured received41Admitted29…')
        part = ROW_PART.match(raw.strip())
        label = _label(raw, lex, None)
        if part and above is not None:
            measure, subject = above[0], label.subject or _default_subject(above[0])
            noun = _subject_words(raw[part.end() :].strip(), lex) if raw[part.end() :].strip() else None
            subject = lex.subject_of[noun.lower()] if noun else subject
        elif part:
            continue
        elif label.measure is not None:
            measure, subject = label.measure, label.subject or _default_subject(label.measure)
        elif (head := _head_subject(BRACKET.sub(" ", raw), lex)) in ("security", "protesters"):
            measure, subject = ("deployed", head) if head == "security" else ("participants", head)
            # ('Riot police officers600': those sent; 'Marchers counted by stewards12,400': the crowd)
        else:
            above = None
            continue
        if not part:
            above = (measure, subject)
        value = parse_digits(m["num"], None, None)
        if value is None or (YEAR_FROM <= value <= 2100 and "," not in m["num"]):
            continue  # ('Year of construction1978')
        who = label.claimant or block_who
        rest = m["rest"] or ""
        if rest and (said := REMARK_SOURCE.search(rest)):
            who = said["who"].removeprefix("the ").strip()
        whole = _glued_figure(text, m, lex, _Label(measure, subject, None, None), who)
        found: list[Found] = [(*whole[:2], subject, whole[3], who)]
        if part and above_q is not None:  # (a part of the row above: a group of its own)
            found = [(*whole[:2], subject, whole[3], who, _row_part(whole[0], raw[part.end() :], above_q))]
        elif not part:
            if (measure, subject) in block_measures:  # (a later row of the block's measure: another kind
                #  of the counted, 'Children among injured5' under 'Injured (total)64')
                found = [(*whole[:2], subject, whole[3], who, _row_part(whole[0], raw, block_measures[measure, subject]))]
            else:
                block_measures[measure, subject] = whole[0]
            above_q = whole[0]
        if rest:
            for r in REMARK_FIGURE.finditer(text, m.start("rest"), m.end("rest")):
                n = parse_digits(r["n"], None, None)
                if n is None or n >= value:
                    continue
                q = Quantity(r["n"], r.start("n"), r.end("n"), n, n, n, "exact")
                place = r["place"].strip() if r["place"] and _label(r["place"], lex, None).measure is None else None
                if place and place.split()[0].lower() in ("of", "whom", "which", "figure"):
                    place = None
                cut = max(text.rfind(";", m.start("rest"), r.start()), text.rfind(",", m.start("rest"), r.start()))
                words = text[cut + 1 if cut >= 0 else m.start("rest") : r.start()]  # ('Found in carriages: 12')
                found.append((q, measure, _default_subject(measure), None, who, _row_part(q, "" if place else words, whole[0]), place))
        out.append(((m.start("label"), m.end()), found))
    return out


def _run_of(pattern: re.Pattern[str], text: str, lo: int, hi: int, gap: str = "") -> list[re.Match[str]] | None:
    """The matches of ``pattern`` that follow one another from ``lo`` to ``hi`` (the characters of
    ``gap`` skipped between them), or None when something else stands between."""
    out: list[re.Match[str]] = []
    at = lo
    while at < hi:
        m = pattern.match(text, at, hi)
        if m is None or m.end() == at:
            return None
        out.append(m)
        at = m.end()
        while at < hi and text[at] in gap:
            at += 1
    return out


PAIRED_CELL = re.compile(r"(?P<label>[A-Z][^\d\n]{0,60}?)(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,])")
PLACE_THEN_HEADING = re.compile(r"(?<=[a-zà-ÿ'’.)])(?=[A-Z])|(?<=[A-Z]{2}|\s[A-Z])(?=[A-Z][a-z])")
# 'St Anne's Hospital|Patients injured', 'TOTAL|Injured', 'Camp A|Arrested'


def _paired_row(text: str, a: int, b: int, lex: Lexicon) -> tuple[tuple[int, int], list[Found]] | None:
    """A table's row whose header a scraper ran into each row: a place, then each column's heading
    run into its figure ('St Anne's HospitalPatients injured38Admitted20Died in hospital3'): the
    first figure of each measure a heading names is the place's count of it (a later one of the same
    measure, 'Admitted' after 'Patients injured', is a part of it, left alone); a heading naming no
    count of people ('Houses destroyed300', 'Capacity400', 'Opened in1998') gives nothing. None when
    the line is not a run of headings and figures, or names no measure.

    >>> from claimcheck.lexicon import load_lexicon
    >>> text = "North GateDead5Hurt22Cars burnt4"
    >>> _, found = _paired_row(text, 0, len(text), load_lexicon())
    >>> [(f[0].text, f[1], f[-1]) for f in found]
    [('5', 'killed', 'North Gate'), ('22', 'injured', 'North Gate')]
    """
    cells = _run_of(PAIRED_CELL, text, a, b)
    if cells is None or len(cells) < 2:
        return None
    place: str | None = None
    pieces = PLACE_THEN_HEADING.split(cells[0]["label"])
    first = pieces[-1]
    if len(pieces) > 1:
        named = " ".join("".join(pieces[:-1]).split())
        place = None if named.lower() in TOTAL_LABELS or _label(named, lex, None).measure else named
    found: list[Found] = []
    seen: set[str] = set()
    for k, c in enumerate(cells):
        head = first if k == 0 else c["label"]
        label = _label(head, lex, None)
        measure = _heading_measure(" ".join(head.lower().split()), _heading_measures(lex)) or label.measure
        if measure is None and (word := WORD.match(head)) is not None and _crowd_word(word[0], lex):
            measure = "participants"  # ('Marchers3,500', as a row's label of a table of sources reads)
        value = parse_digits(c["num"], None, None)
        if measure is None or measure in seen or value is None or (YEAR_FROM <= value <= 2100 and "," not in c["num"]):
            continue  # ('Died in hospital3' is a death, though 'in hospital' names the hurt)
        seen.add(measure)
        q = Quantity(c["num"], c.start("num"), c.end("num"), value, value, value, "exact")
        found.append((q, measure, label.subject or _default_subject(measure), None, None, None, place))
    return ((a, b), found) if found else None


def _row_part(q: Quantity, label: str, whole: Quantity) -> str:
    """The scope of a table row's figure that is a part of another row's ('part: 5 children among
    injured of 64'), or a peer of it, keyed as a column is ('column: police at site and cordon'):
    its label's words keep each kind of the counted a quantity of its own."""
    words = " ".join(WORD.findall(ROW_PART.sub(" ", BRACKET.sub(" ", label)))).lower()
    if q.value is not None and whole.value is not None and q.value < whole.value:
        return f"part: {q.text} {words} of {whole.text}" if words else f"part: {q.text} of {whole.text}"
    # (a row no smaller than the first is its peer, keyed as a table's column is: 'Police at site
    #  and cordon240' under 'Fire Services Department personnel170', each sent, neither a part of the other)
    return f"{COLUMN_SCOPE}: {words}" if words else f"part: {q.text} of another figure"


def _head_subject(label: str, lex: Lexicon) -> str | None:
    """The subject of a label naming people alone, by its head noun: the last word before a
    preposition ('Riot police officers', 'Police at site and cordon', 'Firefighters on site'), or
    the first before a participle ('Marchers counted by stewards'). 'Fire engines / water bowsers'
    and 'Police vehicles' name none."""
    words = re.findall(r"[A-Za-z'’-]+", label)
    head: list[str] = []
    for w in words:
        if w.lower() in HEAD_STOPS:
            break
        head.append(w)
    if not head:
        return None
    if len(head) > 1 and head[1].endswith("ed") and (first := lex.subject_of.get(head[0].lower())):
        return first
    return lex.subject_of.get(head[-1].lower())


HEAD_STOPS = frozenset({"at", "on", "in", "from", "of", "and", "for", "to", "with", "by"})


SOURCE_AFTER = re.compile(r"[ \t]*(?P<words>(?:[A-Za-z]+[ \t]+){0,3}?)\((?P<b>[^()\n]{1,60})\)")
# what follows a cell's figure: up to three words, then its source's bracket ('48 treated (hospital)')
SOURCED_FIGURE = re.compile(r"\d[\d,]*(?:[ \t]*[–-][ \t]*\d[\d,]*)?\+?[ \t]*(?:[a-z]+[ \t]+){0,3}\([^()\n]{1,60}\)")
CELL_LABEL = re.compile(
    r"(?<![\w(’'-])(?P<label>[A-Z][a-z]+(?:-[a-z]+)?(?:\((?:s|es)\))?(?:[ ][a-z]+)?)(?:[ \t]+\((?P<scope>[^()\n]{1,40})\))?[ \t]+"
    r"(?=(?:~|c\.[ \t]?|ca\.[ \t]?)?\d)"
)  # a cell's label right before its first figure: 'Deaths 1', 'Death(s) 1', 'Injuries (Vado Hondo) 17'


def _sourced_cells(text: str, lo: int, hi: int, lex: Lexicon) -> list[tuple[tuple[int, int], list[Found]]]:
    """The cells of an infobox flattened onto one long line whose figures each name their
    source in brackets, several sources to a cell: 'Casualties Death(s) 1 (council) 2
    (hospital) 3 (union) Injuries 48 treated (hospital) 57+ (union) Arrested 23 (council) 31
    (police)', 'Participants (departure) 1,500 (police) 3,000–3,500 (aid group) Arrests (at the
    border) 212 (police) 260+ (aid group)'. Each cell runs from a label naming a measure to the
    next label; each figure is its bracket's source's (a bracket before the first figure, right
    after the label, is the cell's scope). Read only where two figures or more name a source."""
    if len(SOURCED_FIGURE.findall(text, lo, hi)) < 2:
        return []
    labels = []
    for m in CELL_LABEL.finditer(text, lo, hi):
        label = _label(PLURAL_MARK.sub("", m["label"]), lex, None, cell=True)
        if label.measure is None and (last := m["label"].split()[-1]) != m["label"]:
            label = _label(PLURAL_MARK.sub("", last), lex, None, cell=True)  # 'Casualties Deaths 1'
        labels.append((m, label))
    if not labels:
        return []  # (figures naming their sources in a long line of prose: no infobox's cells)
    cells = []
    ends = [m.start() for m, _ in labels[1:]] + [hi]
    for (m, label), end in zip(labels, ends, strict=True):
        if label.measure is None:
            continue
        found: list[Found] = []
        for q in find_quantities(text, lex, m.end(), end):
            if (found and q.start < found[-1][0].end) or text[q.start - 1] == "[":
                continue  # (a citation mark: '(police)[4]')
            if (day := DATE_WORDS.match(text, q.start, end)) and day.end() > q.end:
                continue  # (a day the figures after it are of: 'Number 4 Sept: c. 800 (MPS)[3]')
            after = SOURCE_AFTER.match(text, q.end, end)
            who = _bracket_claimant(after["b"], lex) if after else None
            words = after["words"] if after else text[q.end : end]
            named = _subject_words(words, lex)
            subject = lex.subject_of.get(named.lower(), None) if named else None
            found.append((q, label.measure, subject or label.subject or _default_subject(label.measure), named, who))
        if any(f[4] for f in found):
            cells.append(((m.start(), end), found))
    return cells


def _range_figure(text: str, f: re.Match[str], lex: Lexicon, label: _Label, who: str | None) -> Found:
    """:func:`_glued_figure`, or a range run together ('22–37': from 22 to 37)."""
    if not f["high"]:
        return _glued_figure(text, f, lex, label, who)
    low, high = parse_digits(f["num"], None, None), parse_digits(f["high"], None, None)
    q = Quantity(text[f.start("num") : f.end("high")], f.start("num"), f.end("high"), low, low, high, "range")
    measure = label.measure or ""
    if (word := f.groupdict().get("word")) and (noun := _subject_words(word, lex)) == word:
        return (q, measure, lex.subject_of[noun.lower()], noun, who)  # '38 police officers (police)[6]'
    return (q, measure, label.subject or _default_subject(measure), None, who)


GLUED_KINDS = {"over": "more_than", "more than": "more_than", "under": "less_than", "fewer than": "less_than",
               "less than": "less_than", "at least": "at_least", "up to": "up_to", "nearly": "nearly", "almost": "nearly"}
# a glued cell's qualifier words and the interval each gives (the others: an estimate)


def _glued_figure(
    text: str, f: re.Match[str], lex: Lexicon, label: _Label, who: str | None
) -> Found:
    """The claim of one figure of a scraped row ('Deaths34', '300+', '1.2 million')."""
    start = f.start("num")
    end = f.end("scale") if f["scale"] else f.end("frac") if f["frac"] else f.end("num")
    value = parse_digits(f["num"], f["frac"], f["scale"])
    if f["plus"]:
        q = Quantity(text[start : f.end("plus")], start, f.end("plus"), value, value, None, "at_least")
    elif about := f.groupdict().get("about"):  # 'Forces~600 (survivors)', 'Spectators c. 4,000': an estimate
        kind = GLUED_KINDS.get(" ".join(about.split()), "approx")  # ('fewer than 400,000 (BVAD)': a bound)
        low, high, qualifier = interval(kind, NumberMatch(start, end, value, value, value), lex)
        start = f.start("about")
        q = Quantity(text[start:end], start, end, value, low, high, qualifier)
    else:
        q = Quantity(text[start:end], start, end, value, value, value, "exact")
    measure = label.measure or ""
    if (word := f.groupdict().get("word")) and (noun := _subject_words(word, lex)) == word:
        return (q, measure, lex.subject_of[noun.lower()], noun, who)  # '38 police officers (police)[6]'
    return (q, measure, label.subject or _default_subject(measure), None, who)


VERSUS = re.compile(r"\s+(?:versus|vs\.?|v\.|against)\s+|\s*/\s*", re.IGNORECASE)


@lru_cache(maxsize=8)
def _place_nouns(lex: Lexicon) -> re.Pattern[str]:
    """The words after which a list is a list of places ('Outside the capital the turnout
    was:'): ``lex``'s ``grammar.place_nouns``, compiled once per lexicon."""
    return re.compile(rf"\b(?:{alternation(sorted(lex.grammar['place_nouns']))})\b", re.IGNORECASE)


def _columns(heading: str, lex: Lexicon) -> tuple[str | None, ...]:
    """Who gave each figure of the rows under a heading naming two sources: 'Turnout, police
    count versus union count:' -> ('police', 'union'); () for any other heading.

    >>> from claimcheck.lexicon import load_lexicon
    >>> _columns("Final-day turnout, police count versus KCTU count", load_lexicon())
    ('police', 'KCTU')
    """
    bracket = BRACKET.search(heading)
    if bracket and len(VERSUS.split(bracket["b"])) > 1:
        heading = bracket["b"]  # 'Our count in the regions (stewards' count / police estimate where published)'
    parts = VERSUS.split(heading)
    if len(parts) < 2:
        return ()
    measure_of, _, nobody = _words(lex)
    counts = frozenset(lex.data.get("layout", {}).get("count_headings", ()))

    def given(w: str) -> bool:  # a word of what a source gave, not of who gave it ('count', 'tally')
        return w.lower() in nobody or w.lower() in measure_of or w.lower() in counts

    out = []
    for part in parts:
        words = WORD.findall(part.rsplit(",", 1)[-1])
        while words and given(words[0]):
            words = words[1:]
        kept = []
        for w in words:  # the source's words, up to what it gave ('police estimate where published')
            if given(w):
                break
            kept.append(w)
        name = " ".join(kept)
        out.append(POSSESSIVE_END.sub("", name) or None)  # ("stewards' count": the stewards)
    return tuple(out) if any(out) else ()


POSSESSIVE_END = re.compile(r"(?:['’]s?)$")
SAYS = r"(?:said|says|put|puts|claimed|claims|estimated|estimates|counted|counts)\b"
SAYS_AFTER = re.compile(rf"\s+{SAYS}")


def _spoken_or_bracketed(name: str, text: str) -> bool:
    """``name`` stands in brackets somewhere in ``text`` ('(MUZ)') or, at a word boundary, before
    a verb of saying ('MUZ said'): what a search for ``\\(name\\)|\\bname\\s+said…`` finds,
    looked up at each place the name is written rather than by a scan of the text per name.

    >>> _spoken_or_bracketed("MUZ", "the union (MUZ) marched"), _spoken_or_bracketed("MUZ", "MUZ said")
    (True, True)
    >>> _spoken_or_bracketed("MUZ", "AMUZ said; MUZ marched")
    False
    """
    k = text.find(name)
    while k >= 0:
        end = k + len(name)
        if k and text[k - 1] == "(" and text.startswith(")", end):
            return True
        if _wordish(text[k - 1] if k else "") != _wordish(name[:1]) and SAYS_AFTER.match(text, end):
            return True  # (\b: a word character on one side of the name's start only)
        k = text.find(name, k + 1)
    return False


def _wordish(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches (False for no character)


def _is_place(name: str, text: str, at: int, lex: Lexicon) -> bool:
    """Whether a list label is a place, not who gave the figure: a proper name naming no
    role ('Ulsan', 'Seoul (Yeouido)'), that the report puts after 'in' or 'at' elsewhere, or
    in a list after a heading or sentence about places ('Outside the capital …:')."""
    words = WORD.findall(name)
    if not words or len(words) > 3 or not all(w[0].isupper() for w in words):
        return False
    if claimant_type(name, lex) != "other":
        return False  # 'Police', 'Organisers', 'Reuters'
    if _spoken_or_bracketed(name, text):
        return False  # 'The Mineworkers Union of Zambia (MUZ)', 'MUZ said': a speaker
    if words[0] in _named_after_preposition(text):
        return True
    at = _list_start(text, at)  # (a long list's lower items: its lead-in is above its first)
    para = max(text.rfind("\n\n", 0, at) + 1, at - 300)  # the list's heading or lead-in
    if all(BULLET.match(line) or not line.strip() for line in text[para:at].splitlines()):
        para = max(text.rfind("\n\n", 0, max(para - 2, 0)) + 1, at - 300)  # (a blank line under its heading)
    return any(
        _place_nouns(lex).search(line) for line in text[para:at].splitlines() if not BULLET.match(line)
    )  # (not the items: 'Brussels-Capital police zone: 18,000' names no list of places)


def _list_start(text: str, at: int) -> int:
    """Where the bulleted list holding the line at ``at`` starts (the start of its first item's
    line); ``at``'s own line start when that line is no list item.

    >>> text = "By county:\\n  * Pecs: 4,100\\n  * Gyor: 2,800\\n"
    >>> _list_start(text, text.index("Gyor")) == text.index("  * Pecs")
    True
    """
    lo = text.rfind("\n", 0, at) + 1
    while lo > 0 and BULLET.match(text, lo):
        above = text.rfind("\n", 0, lo - 1) + 1
        if not BULLET.match(text, above, lo):
            break
        lo = above
    return lo


def list_place(text: str, at: int, lex: Lexicon) -> str | None:
    """The place a list line is for, when its label is one ('- Ulsan: 11,000 / 25,000' ->
    'Ulsan', '- Seoul (Yeouido): 24,000 / 90,000' -> 'Seoul'; see :func:`_is_place`): the
    line's figures are that place's. ``at`` is any position on the line; None when the line
    is no labelled list item, or its label names a measure or a speaker ('- Police: 4,000').

    >>> from claimcheck.lexicon import load_lexicon
    >>> text = "Outside the capital the turnout was high:\\n- Ulsan: 28,000\\n- Police: 4,000\\n"
    >>> list_place(text, text.index("28"), load_lexicon())
    'Ulsan'
    >>> list_place(text, text.index("4,0"), load_lexicon()) is None
    True
    """
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    bullet = BULLET.match(text, lo, hi)
    if bullet is None:  # a block of 'Name: figure' lines with no marks ('Lisbon: 120,000' / 'Porto: 35,000')
        return _plain_place(text, lo, hi, at, lex) or _named_line_place(text, lo, hi, at, lex) or _measure_place(text, lo, hi, at, lex)
    lab = LABELLED.match(text, bullet.end(), hi)
    if lab is None or lab.end() > at:
        return _named_line_place(text, lo, hi, at, lex)
    name = " ".join(BRACKET.sub(" ", lab["label"]).split())
    if not name or _label(lab["label"], lex, None).measure is not None:
        return None
    if _is_place(name, text, lo, lex):
        return name
    # a proper name among items one of which is a place the report names ('– Maribor: 12,000'
    # under '– Ljubljana: 45,000', which it puts after 'in' elsewhere): a place too
    return name if _place_like(name, text, lex) and any(
        _place_like(n, text, lex) and _is_place(n, text, a, lex) for a, n in _sibling_labels(text, lo, _item_label)
    ) else _named_line_place(text, lo, hi, at, lex)


MEASURE_PLACE_LINE = re.compile(
    r"[ \t]*(?P<m>[A-Z][a-z]+(?:[ \t]+[a-z]+)?)[ \t]*(?:[—–-]|,|[ \t]in\b)[ \t]*"
    r"(?P<p>[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,2})(?:[ \t]+(?P<a>[a-z-]+))?[ \t]*:[ \t]*"
)  # 'Deaths — Doboj city: 4', 'Injured in Maglaj: 21', 'Arrests, Kisumu: 40'


def _measure_place(text: str, lo: int, hi: int, at: int, lex: Lexicon) -> str | None:
    """The place a label line names after its measure ('Deaths — Doboj city: 4', 'Injured in
    Maglaj: 21'): the line's figure is that place's count, not the whole's; None when the line's
    label is no measure with a proper name after it (a word of place, 'city', may follow the name).

    >>> from claimcheck.lexicon import load_lexicon
    >>> text = "Key figures\\nDeaths — Doboj city: 4\\nDeaths — total: 19\\n"
    >>> lo = text.index("Deaths"); hi = text.index("\\n", lo)
    >>> _measure_place(text, lo, hi, hi - 1, load_lexicon())
    'Doboj'
    >>> lo = hi + 1; hi = text.index("\\n", lo)
    >>> _measure_place(text, lo, hi, hi - 1, load_lexicon()) is None
    True
    >>> text = "Crowd in Holguín Wed: about 1,500\\n"
    >>> _measure_place(text, 0, len(text) - 1, len(text) - 2, load_lexicon())
    'Holguín'
    """
    m = MEASURE_PLACE_LINE.match(text, lo, hi)
    if m is None or m.end() > at or _label(m["m"], lex, None).measure is None:
        return None
    if m["a"] and m["a"] not in _area_nouns(lex):
        return None
    words = m["p"].split()
    while words and (DATE_WORDS.fullmatch(words[-1]) or _DAY_NAME.fullmatch(words[-1])):
        words.pop()  # (its day after it: 'Crowd in Holguín Wed: …')
    name = " ".join(words)
    return name if name and _proper_place_label(name, text, lex) else None


_DAY_NAME = re.compile(r"(?i:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?")


@lru_cache(maxsize=8)
def _area_nouns(lex: Lexicon) -> frozenset[str]:
    return frozenset(w.casefold() for w in lex.data["place"]["area_nouns"])


def _sibling_labels(
    text: str, at: int, label_of: Callable[[str, int, int], str | None]
) -> list[tuple[int, str]]:
    """The labels (by ``label_of``) of the lines around the line at ``at``, each with its line's
    start, up to a blank line or one with no label either side.

    >>> text = "Our count:\\n- Ljubljana: 45,000\\n- Maribor: 12,000\\n\\nPolice said 11,500."
    >>> _sibling_labels(text, text.index("- Maribor"), _item_label)
    [(11, 'Ljubljana')]
    """
    out = []
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    for step in (-1, 1):
        a, b = lo, hi
        while True:
            a, b = (text.rfind("\n", 0, a - 1) + 1, a - 1) if step < 0 else (b + 1, text.find("\n", b + 1))
            if step > 0 and b < 0:
                b = len(text)
            if a < 0 or a >= b or (label := label_of(text, a, b)) is None:
                break
            out.append((a, label))
            if a == 0:
                break
    return sorted(out)


def heading_place(text: str, at: int, lex: Lexicon, nationwide: re.Pattern[str]) -> str | None:
    """The place the heading right above a list names, for a list line whose label is no
    place ('Lisbon, 14 November' over '• PSP (police): 38,000' and '• FNTE (organisers):
    120,000'; 'Nationwide, 28 November' over '• MAI: 64,000'): the heading is the line just
    above the list's items, short, its first part (before a comma) a place as
    :func:`_is_place` reads one, or nationwide wording (then the ``nationwide`` word, as
    written, which the caller reads); None when the line is no list item, or no such heading
    is right above it.

    >>> from claimcheck.lexicon import load_lexicon
    >>> nw = re.compile(r"(?i)\\bnationwide\\b")
    >>> text = "Teachers marched in Lisbon.\\n\\nLisbon, 14 November\\n• Police: 38,000\\n• Union: 120,000\\n"
    >>> heading_place(text, text.index("120,000"), load_lexicon(), nw)
    'Lisbon'
    >>> text = "Nationwide, 28 November\\n- Ministry: 64,000\\n"
    >>> heading_place(text, text.index("64,000"), load_lexicon(), nw)
    'Nationwide'
    >>> text = "Crowd estimates\\n• Police: 38,000\\n"
    >>> heading_place(text, text.index("38,000"), load_lexicon(), nw) is None
    True
    """
    lo = text.rfind("\n", 0, at) + 1
    if BULLET.match(text, lo) is None:
        return None
    while lo > 0:  # up over the list's items to the line above them
        above = text.rfind("\n", 0, lo - 1) + 1
        line = text[above : lo - 1]
        if BULLET.match(line) is None:
            break
        lo = above
    else:
        return None
    heading = line.strip()
    if not heading or len(heading) > HEADING_CHARS or heading.endswith((".", ":")):
        return None  # (a lead-in sentence or label, 'Crowd estimates:', is no place heading)
    name = heading.split(",", 1)[0].strip()
    if nationwide.fullmatch(name):
        return name
    return name if _is_place(name, text, above, lex) and ("," in heading or name == heading) else None


HEADING_CHARS = 50  # how long a list's place heading may be ('Lisbon, 14 November')


PLAIN_LABEL_LINE = re.compile(
    r"[ \t]*(?P<label>[A-ZÀ-Ý][\w'’ -]{0,40}?)(?:,[ \t]*[^:\n,]{1,40}?)?[ \t]*(?::|\.{4,})[ \t]*(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|approx\.\s+)?"
    r"\d[\d,. ]*(?:\s*(?:k|mil|thousand))?\+?(?:[ \t]*/[ \t]*(?:\d[\d,. ]*(?:\s*(?:k|mil|thousand))?\+?|not\s+\w+))?[ \t]*$",
    re.IGNORECASE,
)  # 'Lisbon: 120,000', 'Budapest ....... 120 000': a line of a block of labelled figures with no list marks;
#    a town then its square ('Brno, Náměstí Svobody: 10,000 / 6,000': Brno), two sources' figures


def _plain_place(text: str, lo: int, hi: int, at: int, lex: Lexicon) -> str | None:
    """The place an unmarked label line is for ('Lisbon: 120,000'): its label, when it is a
    place (:func:`_is_place`), or a proper name naming no measure nor speaker in a block of
    two or more such lines where another label is a place ('Coimbra: 8,000' under 'Lisbon:
    120,000', 'Porto: 35,000', which the report puts after 'in')."""
    line = PLAIN_LABEL_LINE.fullmatch(text, lo, hi)
    if line is None or line.end("label") > at:
        return None
    name = " ".join(line["label"].split())
    if not _place_like(name, text, lex):
        return None
    if _is_place(name, text, lo, lex):
        return name
    block = _sibling_labels(text, lo, _plain_label)  # (up to a blank or unlabelled line)
    return name if any(_place_like(n, text, lex) and _is_place(n, text, a, lex) for a, n in block) else None


NAMED_LINE = re.compile(
    rf"[ \t]*(?:(?:[{BULLET_MARKS}]|\d{{1,2}}[.)])[ \t]+)?(?P<label>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){{0,2}})"
    r"(?:[ \t]*\((?P<in>[^()\n]{1,30})\))?[ \t]*(?::|[ \t][—–-])[ \t]*"
    r"(?P<rest>(?:(?:about|around|some|approx\.?|c\.|over|more\s+than|up\s+to|nearly|[~≈])[ \t]*)?\d[^\n]*"
    r"|[A-Za-z][\w'’ .-]{1,30}?[ \t]*:[ \t]*\S[^\n]*|(?P<prose>\S[^\n]*?\d[^\n]*))"
)  # '• Brenno — 40 held', 'Pinefield - Police: 700 | Union: 2,500', 'Ostrava: 3,000 (police) / 8,000 (union)'
SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")
SPOKEN = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s|[Yy]ou|[Mm]e)\b")  # (a speaker's own words after a name: a poster's)


def _title_case(sentence: str) -> bool:
    """Whether most words of a sentence open with a capital (a headline's: 'Death Toll Hits 15 As Fans …')."""
    words = WORD.findall(sentence)
    return len(words) >= 4 and 3 * sum(w[0].isupper() for w in words) >= 2 * len(words)
THERE_WORD = re.compile(r"\b(?:there|here)\b")  # (a sentence after a label pointing back at it as a place)
SOURCED_CELL = re.compile(
    r"\d[\d,.]*\+?[ \t]*\((?P<b>[^()\n]{1,40})\)"  # '3,000 (police)'
    r"|(?:^|[|/·•;][ \t]*)(?P<c>[A-Za-zÀ-ÿ][\w'’ .-]{1,30}?)[ \t]*:[ \t]*(?:[~≈]|c\.|about|around|some)?[ \t]*\d"  # 'Police: 700'
    r"|,[ \t]*(?P<s>[\w'’ -]{2,30}?)[ \t]+(?:says?|said|estimates?|estimated|counts?|counted|claims?|claimed|reports?|reported)\b"  # '…, police said'
)


def _named_line_place(text: str, lo: int, hi: int, at: int, lex: Lexicon) -> str | None:
    """The place a line labelled with a proper name is for, when the name can only be where its
    figures were counted: a line opening (after a list mark, if any) with a name of up to three
    capitalised words and a colon or a dash, its figure after, naming no measure, time or speaker
    (:func:`_proper_place_label`), whose figures either tell their own sources ('Ostrava: 3,000
    (police) / 8,000 (union)', 'Pinefield - Police: 700 | Union: 2,500', 'Marrow Bay: about 1,100
    marchers, police said': the name is not who counted) or stand in a list with another line
    labelled so ('• Brenno — 40 held' over '• Sallow — 12 held'). A sentence after the name
    ('• Nakuru: Police detained 40 people') is its place's when a line beside it is labelled so
    too, or the sentence points back at it ('Debrecen: a parallel rally there drew 5,000'); a
    counter in a bracket after the name ('Kisumu (police): 3,000') when the name is told so twice
    ('Kisumu (organisers): 8,000' under it) or after 'in' elsewhere. None otherwise.

    >>> from claimcheck.lexicon import load_lexicon
    >>> text = "Other marches:\\nOstrava: 3,000 (police) / 8,000 (union)\\n"
    >>> _named_line_place(text, 15, len(text) - 1, text.index("8,000"), load_lexicon())
    'Ostrava'
    >>> text = "Arrests:\\n• Brenno — 40 held\\n• Sallow — 12 held\\n"
    >>> _named_line_place(text, 9, text.index("\\n•", 10), text.index("40"), load_lexicon())
    'Brenno'
    >>> text = "Crowd estimates\\nPolice: 4,000 (on Saturday)\\n"
    >>> _named_line_place(text, 16, len(text) - 1, text.index("4,0"), load_lexicon()) is None
    True
    """
    m = NAMED_LINE.match(text, lo, hi)
    if m is None or m.start("rest") > at or not any(ch.isdigit() for ch in m["rest"]):
        return None
    name = m["label"].rstrip(".")
    capitals = name.isupper() and len(name) > 1 and _capitals_block_of_places(text, lo, hi, lex)
    if capitals:
        name = " ".join(name.split()).title()  # (as the report writes it elsewhere: 'León')
    if not (capitals or _proper_place_label(name, text, lex)) or MAIL_FIELD.match(text, m.start("label"), hi):
        return None  # (nor an e-mail's header: 'Subject: Ndokoti market: 5 dead')
    beside = [o for o in _named_lines_beside(text, lo, hi) if not SPOKEN.search(o["rest"])]  # (not a thread's posts)
    siblings = [
        o for o in beside
        if o["prose"] is None and ((capitals and o["label"].isupper()) or _proper_place_label(o["label"].rstrip("."), text, lex))
    ]
    named_in = name.split()[0] in _named_after_preposition(text)
    if m["in"] is not None:
        # 'Kisumu (police): 3,000' beside 'Kisumu (organisers): 8,000': the counters of one place
        # (not 'Open Waves (organisers): 120,000+', a speaker with its role, nor 'Dronum Analytics (drone count)')
        # ('Kisumu (police): 3,000' over 'Nakuru (police): 1,200': one counter's column of places)
        return name if named_in or any(
            (o["label"] == m["label"] and o["in"] != m["in"]) or (o["label"] != m["label"] and o["in"] == m["in"]) for o in siblings
        ) else None
    if m["prose"]:  # (not a sentence after a heading's word: 'Reinforcements: we can see …', 'Safety: two volunteers …')
        if SENTENCE_END.search(text, m.start("rest"), at):
            return None  # (the figure in the label's own sentence, not a later one: 'Update: it got ugly here … I saw four …')
        end = SENTENCE_END.search(text, at, hi)
        sentence = text[m.start("rest") : end.start() if end else hi]
        if SPOKEN.search(sentence) or _title_case(sentence):
            return None  # (a thread's poster and their words, '• Zaina: We were more than 1000 …'; a headline, 'X: Toll Hits 15')
        listed = m["prose"][0].isupper() and (named_in or any(
            o["label"] != m["label"] and _proper_place_label(o["label"].rstrip("."), text, lex) for o in beside
        ))  # (not a site's entry run on in lower case, 'Independence Square: at the moment about 1,900 …')  # ('• Tarvo: Police held 40 people overnight.' over '• Mellin: Some 3,000 marched, police said.'; not a
        #    report's section, '- Safety: two volunteers were injured', a phrase run on from its label)
        return name if THERE_WORD.search(sentence) or listed else None
    rest = m["rest"]
    if any(
        claimant_type(w, lex) != "other"
        for c in SOURCED_CELL.finditer(rest)
        for w in [c["b"] or c["c"] or c["s"]]
        if w
    ):
        return name  # (its figures' sources told beside them: the name is where they were counted)
    return name if any(o["label"] != m["label"] for o in siblings) else None


def _capitals_block_of_places(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the line text[lo:hi], labelled in capitals, stands in a block of such lines (up to
    a line of another kind) one of whose labels the report writes elsewhere as a place ('LEÓN —
    detained: 52' over 'ESTELÍ — detained: 12', in a communiqué that says 'in León'): a list of
    places written in capitals, each line its place's, not acronyms ('CDC: 40').

    >>> from claimcheck.lexicon import load_lexicon
    >>> text = "Police fired tear gas in León.\\nLEÓN — detained: 52\\nESTELÍ — detained: 12\\n"
    >>> lo = text.index("ESTELÍ")
    >>> _capitals_block_of_places(text, lo, text.index("\\n", lo), load_lexicon())
    True
    >>> text = "Rain in Ranchi.\\nRANCHI: Tuesday's storm left 23 dead.\\n"
    >>> _capitals_block_of_places(text, 16, len(text) - 1, load_lexicon())
    False
    >>> text = "The agencies said.\\nCDC — cases: 52\\nWHO — cases: 12\\n"
    >>> lo = text.index("WHO")
    >>> _capitals_block_of_places(text, lo, text.index("\\n", lo), load_lexicon())
    False
    """
    written = _named_places_as_written(text)
    if not written:
        return False
    labels = []
    for step in (-1, 1):
        a, b = lo, hi
        while True:
            m = NAMED_LINE.match(text, a, b)
            if m is None or m["prose"] is not None or not m["label"].isupper() or not any(ch.isdigit() for ch in m["rest"]):
                break  # (not a dateline's 'RANCHI: Tuesday's storm left 23 dead …', prose after the name)
            labels.append(m["label"].rstrip("."))
            if step < 0:
                if a == 0:
                    break
                b = a - 1
                a = text.rfind("\n", 0, b) + 1
            else:
                a = b + 1
                if a >= len(text):
                    break
                b = text.find("\n", a)
                b = len(text) if b < 0 else b
    return len(set(labels)) > 1 and any(" ".join(n.split()).title() in written and _place_like(n.title(), text, lex) for n in labels)


def _named_lines_beside(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The lines right above and below the line text[lo:hi] that are labelled with a name and
    hold a figure (NAMED_LINE)."""
    out = []
    for a, b in ((text.rfind("\n", 0, max(lo - 1, 0)) + 1, lo - 1), (hi + 1, text.find("\n", hi + 1))):
        b = len(text) if b < 0 and a > hi else b
        if 0 <= a < b and (o := NAMED_LINE.match(text, a, b)) is not None and any(ch.isdigit() for ch in o["rest"]):
            out.append(o)
    return out


_NOT_A_NAME_START = frozenset("from in at on to for by with and or the a an our their its".split())  # ('From Crete: …')


def _proper_place_label(name: str, text: str, lex: Lexicon) -> bool:
    """Whether a line's label may be a place by its words alone: a proper name that may be a
    place (:func:`_place_like`), naming no measure, not in capitals ('CDC', 'CONAF', a dateline's
    'RANCHI:'), that the report never writes in lower case as a common noun ('Marchers' beside
    'the marchers')."""
    if not _place_like(name, text, lex) or _label(name, lex, None).measure is not None:
        return False
    if name.split()[0].lower() in _NOT_A_NAME_START:
        return False
    if any(len(w) > 1 and w.isupper() for w in WORD.findall(name)):
        # a name in capitals is an acronym ('CDC') or a dateline ('RANCHI:'), unless the report
        # writes it as a place elsewhere ('LEÓN — detained: 52' in a report that says 'in León')
        return " ".join(name.split()).title() in _named_places_as_written(text)
    if any(ch.isdigit() or ch == "_" for ch in name) or any(a.islower() and b.isupper() for w in name.split() for a, b in zip(w, w[1:], strict=False)):
        return False  # (a user name: 'Ahmed_Mwali', 'SoilihiM')
    low = name.lower()
    k = text.find(low)
    while k >= 0:  # (the name in lower case as a word of prose: a common noun; not a link's or a tag's '/kisumu-', '#kisumu')
        if (text[k - 1] if k else " ") in " \t\n\"'“(" and (text[k + len(low) : k + len(low) + 1] or " ") in " \t\n,;:!?)\"'”":
            return False
        k = text.find(low, k + 1)
    return True


def _plain_label(text: str, a: int, b: int) -> str | None:
    """The label of an unmarked label line ('Lisbon: 120,000') from ``a`` to ``b``, if it is one."""
    line = PLAIN_LABEL_LINE.fullmatch(text, a, b)
    return " ".join(line["label"].split()) if line else None


def _item_label(text: str, a: int, b: int) -> str | None:
    """The label of a bulleted list item ('– Maribor: 12,000') from ``a`` to ``b``, if it is one."""
    bullet = BULLET.match(text, a, b)
    lab = LABELLED.match(text, bullet.end(), b) if bullet else None
    return " ".join(BRACKET.sub(" ", lab["label"]).split()) if lab else None


def _place_like(name: str, text: str, lex: Lexicon) -> bool:
    """A label that may be a place: a proper name of up to three words naming no measure, no
    time or scope ('Peak', 'Total', 'Saturday') and no speaker."""
    words = WORD.findall(name)
    _, scope, nobody = _words(lex)
    return (
        0 < len(words) <= 3
        and all(w[0].isupper() for w in words)
        and name.lower() not in TOTAL_LABELS
        and not any(w.lower() in scope or w.lower() in nobody for w in words)
        and _label(name, lex, None).measure is None
        and not DATE_WORDS.search(name)
        and claimant_type(name, lex) == "other"
        and not _spoken_or_bracketed(name, text)
    )


AFTER_PREPOSITION = re.compile(
    ordered_alternation(["in", "at", "from", "across", "outside", "near"], word_start=True) + r"\s+([A-Z][\w'’-]*)"
)  # (each word led by its first letter: a leading \b made the scan of a whole text try every character)
AFTER_PREPOSITION_NAME = re.compile(
    ordered_alternation(["in", "at", "from", "across", "outside", "near"], word_start=True)
    + r"\s+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
)  # (the name in full: 'in San Pedro Sula')


@lru_cache(maxsize=4)  # (asked once per label in capitals of one text; a text at a time)
def _named_places_as_written(text: str) -> frozenset[str]:
    """The names a text puts after 'in', 'at', 'from' … in full (one word or more, as written).

    >>> sorted(_named_places_as_written("Police in León said 4; in San Pedro Sula, 3."))
    ['León', 'San Pedro Sula']
    """
    return frozenset(" ".join(m.split()) for m in AFTER_PREPOSITION_NAME.findall(text))


def _named_after_preposition(text: str) -> frozenset[str]:
    """The capitalised words a text puts after 'in', 'at', 'from' … (places, as it writes them)."""
    return frozenset(AFTER_PREPOSITION.findall(text))


def _continued(text: str, lo: int, hi: int, lex: Lexicon, measure: str) -> list[Found]:
    """A line holding only a figure and who gave it, right under a list line: another
    source's figure for the same measure (an infobox cell of several lines: 'Deaths11 (home
    department)' / '37 (Qureshi tribunal)' / '64 (union)')."""
    m = CONTINUED.match(text, lo, hi)
    if m is None:
        return []
    who = _bracket_claimant(m["b"], lex)
    value = parse_digits(m["num"], None, None)
    start = m.start("num")
    if m["plus"]:
        q = Quantity(text[start : m.end("plus")], start, m.end("plus"), value, value, None, "at_least")
    else:
        q = Quantity(m["num"], start, m.end("num"), value, value, value, "exact")
    return [(q, measure, _default_subject(measure), None, who)]


def _default_subject(measure: str) -> str:
    return "protesters" if measure == "participants" else "people"


def _subject_words(rest: str, lex: Lexicon) -> str | None:
    """The subject phrase at the start of ``rest`` ('police officers, …' -> 'police officers')."""
    words = WORD.findall(rest[:60])
    for n in range(min(lex.max_subject_words, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        if phrase.lower() in lex.subject_of and rest.startswith(phrase):
            return phrase
    return None


BOX_TITLE = re.compile(r"[A-Z][^\d()\n:.!?]{2,50}?\s*\((?P<b>[^()\n]{2,80})\)(?:\[\w{1,4}\])*")  # 'Figures at a glance (…)'


def _box_source(text: str, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The source a box's title names in its closing bracket, for the figure lines right under
    it: 'Figures at a glance (Government Delegation in Aragón, 4 May)' (not '(2026)', not a
    sentence)."""
    m = BOX_TITLE.fullmatch(text, lo, hi)
    return _bracket_claimant(m["b"], lex) if m else None


def _bracket_claimant(inside: str, lex: Lexicon) -> str | None:
    """'(2004 inquiry)' and '(police)' name who gave a figure; '(first week)', '(1996)',
    '(list, 29 November 1991)' do not; '(first week, union)' names the union.

    >>> from claimcheck.lexicon import load_lexicon
    >>> [_bracket_claimant(b, load_lexicon()) for b in ("2004 inquiry", "first week, union", "list, 29 November 1991",
    ...  "fifty-eight", "per the Red Crescent", "as of 3 May, 09:00", "Rynek Główny", "Old Town Square", "treated")]
    ['2004 inquiry', 'union', None, None, 'the Red Crescent', None, 'Rynek Główny', None, None]
    """
    measure_of, scope, nobody = _words(lex)
    if len(inside) <= 2 and inside.islower():
        return None  # 'Death(s)': a plural's mark
    inside = BRACKET_ACCORDING.sub("", inside)  # '(per the Red Crescent)', '(according to police)'
    if inside[:1].islower() and (spelled := find_quantities(inside, lex, 0, len(inside))):
        if spelled[0].start == 0 and spelled[0].end == len(inside.rstrip()):
            return None  # '58 (fifty-eight)': the figure spelled out
    named = []
    for part in re.split(r"[,;]", inside):
        words = [w.lower() for w in WORD.findall(DATE_WORDS.sub(" ", part))]
        if TIME_PART.match(part) or _day_part(lex).fullmatch(part) or CLOCK_PART.fullmatch(part):
            continue  # '(as of 19 Nov, 18:00)', '(police, Mon am)', '(police, 7pm)': when, not who
        if _venue(part, lex):
            continue  # '(Széchenyi tér)', '(Glavni trg)': where in the place, not who
        if len(words) == 1 and part.strip().islower() and (words[0].endswith("ed") or words[0] in measure_of):
            continue  # 'Injured (treated)', 'Patients (admitted)': what kind of the count, not who
        if words and not any(w in scope for w in words) and not all(w in nobody for w in words):
            named.append(" ".join(part.split()))
    return ESTIMATE_WORD_END.sub("", named[0]) or None if len(named) == 1 else None


@lru_cache(maxsize=8)
def _day_part(lex: Lexicon) -> re.Pattern[str]:
    """A bracket's part that is a weekday and a time of it ('Mon am', 'Sunday evening'): when, not who."""
    days = [*lex.data["time"]["weekdays"], *lex.data["time"]["weekday_abbreviations"]]
    return re.compile(
        rf"\s*(?:{'|'.join(days)})\.?(?:\s+(?:[ap]\.?m\.?|morning|afternoon|evening|night))?\s*", re.IGNORECASE
    )


TIME_PART = re.compile(r"\s*(?:as\s+(?:of|at)|updated|until|since|up\s+to|(?:to|till|through)\s+(?=\d))\b", re.IGNORECASE)
# ('(Health Directorate, to 10 Aug)': the day it counts to)


@lru_cache(maxsize=8)
def _venue_words(lex: Lexicon) -> frozenset[str]:
    """The last words of a square's or a street's name (lexicon ``layout.venue_words``: 'square',
    'tér', 'trg', 'plaza'): a label's bracket that ends so names where, not who."""
    return frozenset(w.lower() for w in lex.data.get("layout", {}).get("venue_words", []))


def _venue(part: str, lex: Lexicon) -> bool:
    """A square's or a street's name: capitalised, its last word one of venue_words."""
    words = WORD.findall(part)
    return bool(words) and words[-1].lower() in _venue_words(lex) and part.strip()[:1].isupper()


def _names_nobody(inside: str, lex: Lexicon) -> bool:
    """A bracket whose words say whose figure it is not, without naming anyone: '(official)',
    '(unofficial)', '(unconfirmed)' — not a time or scope ('(first week)', '(1996)')."""
    _, scope, nobody = _words(lex)
    words = [w.lower() for w in WORD.findall(DATE_WORDS.sub(" ", inside))]
    return bool(words) and all(w in nobody for w in words) and not any(w in scope for w in words)


LABEL_ACCORDING = re.compile(r"^(?:as\s+)?(?:per|according\s+to)\s+(?=\S)", re.IGNORECASE)
# '- per the guardia civil: 6,000', '- According to organisers: 20,000': the label's source

CLOCK_LEAD = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[–—-]\s*")  # '16:00 – ' before a live blog's source
UPDATE_SUFFIX = re.compile(
    r"(?:\s+(?:update|sitrep|bulletin|briefing))?(?:\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*h(?:rs)?)?)$"
    r"|\s+(?:update|sitrep|bulletin|briefing)$|(?:\s+[\"“][\w ]{1,20}[\"”])?\s+(?:figures?|counts?|tally|estimates?)$",
    re.IGNORECASE,
)  # a source's label with the time of its update or what it gave: 'SENAPRED update 20:00',
#    'Police bulletin', 'Delegación "final" figure'
LABEL_WHEN = re.compile(
    rf",\s*(?:{WEEKDAY_ABBR}[a-z]{{0,6}}\.?|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|today|yesterday|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h)?))*$",
    re.IGNORECASE,
)  # a source's label with the day or hour its figure was given: 'CMO, Tue night', 'Health Dept, Wed 10 am', 'Police, 12 May'
ESTIMATE_WORD_END = re.compile(r"\s+(?:claims?|estimates?|figures?|counts?|tally|tallies)$", re.IGNORECASE)
# '(opposition claim)' names the opposition


PASSAGE_BEFORE = 400  # characters before a list's heading its passage's measure is read in
PASSAGES_BEFORE = 1200  # ... and the passage before that, when that one names none


def _count_heading(text: str, lo: int, lead: str, lex: Lexicon) -> str | None:
    """The measure of a list's heading that names a count but not what it counts ('By day,
    our count is:', 'The figures by city:'; the lexicon's layout.count_headings): the measure
    the passage right before it names last ('We recorded 1,612 detentions … By day, our count
    is:'), if any.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "1. We recorded 1,612 detentions in all.\\n\\n2. By day, our count is:\\n"
    >>> _count_heading(t, t.index("2."), "2. By day, our count is", load_lexicon())
    'arrested'
    >>> _count_heading(t, t.index("2."), "2. Our offices are open", load_lexicon()) is None
    True
    """
    words = " ".join(WORD.findall(lead.lower()))
    if not any(f" {w} " in f" {words} " for w in lex.data.get("layout", {}).get("count_headings", ())):
        return None
    below = text.find("\n", lo)
    stop = text.find("\n\n", below + 1) if below >= 0 else -1
    lines = text[below : stop if stop >= 0 else below + PASSAGE_BEFORE // 2] if below >= 0 else ""
    if _last_measure(lines, lex) is not None:
        return None  # (its lines name their measures: 'Tally as of tonight:' / 'Day 1: 11 dead …')
    return _last_measure(text[max(0, lo - PASSAGE_BEFORE) : lo], lex) or _last_measure(
        text[max(0, lo - PASSAGES_BEFORE) : max(0, lo - PASSAGE_BEFORE)], lex
    )  # (a passage of figures naming no measure, 'We dispute the police figure of 55,000': the one before it)


def _last_measure(passage: str, lex: Lexicon) -> str | None:
    """The measure the last measure word of ``passage`` names."""
    low = [w.lower() for w in WORD.findall(passage)]
    named = [m for _i, _n, m in _measure_phrases(low, _words(lex)[0])]
    return named[-1] if named else None


def _measure_phrases(low: list[str], measure_of: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """(where, how many words, measure) of each phrase of the (lower-case) words ``low`` that
    names a measure, the longest at each word (three words, two, one), left to right."""
    for i in range(len(low)):
        for n in (3, 2, 1):
            if i + n <= len(low) and (m := measure_of.get(" ".join(low[i : i + n]))) is not None:
                yield i, n, m
                break


@lru_cache(maxsize=8)
def _crowd_labels(lex: Lexicon) -> frozenset[str]:
    """Labels that alone name a crowd's size (lexicon layout.crowd_labels: a protest infobox's
    'Number', 'Number Peak (12 October)'); a word of them in a longer label names nothing
    ('Number of schools closed')."""
    return frozenset(w.lower() for w in lex.data.get("layout", {}).get("crowd_labels", []))


def _label(raw: str, lex: Lexicon, heading: str | None, cell: bool = False) -> _Label:
    """What a label says: its measure ('Deaths', 'Injured in hospital', 'Turnout, day 1'), a
    subject ('Police injured'), and who gave the figure (a bracket, 'Interior Ministry (1996)
    Deaths', or the whole label under a heading that names the measure: 'Organisers')."""
    measure_of, scope, nobody = _words(lex)
    brackets = [b["b"] for b in BRACKET.finditer(raw)]
    plain = CITATIONS.sub(" ", BRACKET.sub(" ", raw))
    dash_who = None
    if not cell and (dashed := LABEL_DASH_WHO.fullmatch(plain.strip())) and (who := _dash_source(dashed, lex, measure_of)):
        plain, dash_who = dashed["what"], who  # 'Crowd – MVR', 'Hurt — Police': what was counted, then who gave it
    words = WORD.findall(plain)
    low = [w.lower() for w in words]
    measure, at, width = None, -1, 0
    for i, n, found in _measure_phrases(low, measure_of):
        # a harm or an arrest outranks a crowd word ('Demonstrators injured'); in a scraped
        # cell, the word run into the figure outranks a name before it ('Association of Victims
        # (2026)Deaths41')
        if measure is None or (measure == "participants" and found != "participants") or (cell and found != "participants"):
            measure, at, width = found, i, n
    if measure == "participants" and low and low[0] in lex.grammar["non_person_nouns"]:
        measure = None  # ('Vehicles involved: 3': things, no crowd)
    claimant = next((c for b in brackets if (c := _bracket_claimant(b, lex))), None)
    if measure is None and " ".join(low) in _crowd_labels(lex):
        measure = "participants"  # a protest infobox's 'Number 3,500 (police)[2] – 20,000+ (organisers)[3]'
    if measure is None:
        if not words:
            return _Label(None, None, claimant, None)
        phrase = " ".join(low)
        if phrase in lex.subject_of and heading not in (None, "participants") and not (
            heading == "arrested" and lex.subject_of[phrase] == "security"
        ):  # ('Arrests - police: 11': under arrests the police are who counted them, not the arrested)
            return _Label(
                None, lex.subject_of[phrase], claimant, None
            )  # 'Police: 64' under 'Injuries'
        speaker = LABEL_ACCORDING.sub("", " ".join(plain.split()).strip(" ,.-–—"))
        speaker = UPDATE_SUFFIX.sub("", LABEL_WHEN.sub("", CLOCK_LEAD.sub("", speaker))) or speaker
        # ('SENAPRED update 20:00', '16:00 – Delegación': the source, not the time of its figures)
        if any(_venue(b, lex) for b in brackets) or speaker.lower() in TOTAL_LABELS:
            speaker = ""  # 'Pécs (Széchenyi tér)': a town and its square, a place that says nothing
            # ('Total: 200' under 'Detentions by night (MRO count)': the heading's source's total)
        return _Label(None, None, claimant, speaker or None)
    subject = None
    others = [w for j, w in enumerate(words) if not at <= j < at + width]
    if (by := next((j for j, w in enumerate(low) if w == "by" and j > at), None)) is not None:
        others = [w for j, w in enumerate(words[:by]) if not at <= j < at + width]
        # ('Comrades arrested by the police: 23': who did it after 'by' is not who was counted)
    for j, w in enumerate(others):
        if w.lower() in lex.subject_of:
            if j + 1 < len(others) and ESTIMATE_WORD_END.search(f" {others[j + 1]}"):
                claimant = claimant or " ".join(others[j : j + 2])  # 'Turnout, police estimate': who counted
                continue
            subject = lex.subject_of[w.lower()]
    if subject is None and width > 1:  # a measure phrase naming its people: 'Police deployed', 'Troops deployed'
        subject = next((lex.subject_of[w] for w in low[at : at + width] if w in lex.subject_of), None)
    before = words[:at]
    if (phrase := " ".join(before).lower()) in lex.subject_of:  # the whole phrase, over a word
        subject, before = lex.subject_of[phrase], []  # 'Security forces killed2'
        if len(others) == 1:  # 'Agents injured7': the noun alone by the measure word
            subject = lex.data["subject_when_bare"].get(phrase, subject)
    if subject in (None, "people") and measure == "deployed" and any(w in lex.grammar["relief_nouns"] for w in low[:at]):
        subject = "security"  # 'Stewards on duty95 (club)', 'Volunteers deployed: 210': a relief body's people sent
    if (
        cell
        and claimant is None
        and before
        and not all(w.lower() in lex.subject_of or w.lower() in nobody for w in before)
        and any(w[0].isupper() for w in before)
    ):
        claimant = " ".join(before)  # 'Interior Ministry (1996)Deaths112'
    return _Label(measure, subject, claimant or dash_who, None)


LABEL_DASH_WHO = re.compile(r"(?P<what>[^–—-]+?)\s+[-–—]\s+(?P<who>[A-Z][^–—-]*?)")  # 'Crowd – MVR', 'Hurt — Police'


def _dash_source(m: re.Match[str], lex: Lexicon, measure_of: dict[str, str]) -> str | None:
    """Who gave a list line's figure, named after a dash behind what was counted ('Crowd –
    MVR: ~2,500', 'Hurt — Police: 11 officers', 'Police deployed – MVR: 700'): a name (its
    first word capitalised) with no measure's word, no word that names nobody and no place
    ('Deaths — Doboj city', 'Injured — Kampala').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex, m = load_lexicon(), LABEL_DASH_WHO.fullmatch
    >>> [_dash_source(m(s), lex, _words(lex)[0]) for s in ("Crowd – MVR", "Hurt — Police", "Deaths — Doboj city", "Killed — Injured")]
    ['MVR', 'Police', None, None]
    """
    what, who = m["what"].lower().split(), m["who"].split()
    low = [w.lower() for w in who]
    if not any(True for _ in _measure_phrases(what, measure_of)) or any(True for _ in _measure_phrases(low, measure_of)):
        return None
    places = lex.data["place"]
    if set(low) & _words(lex)[2] or len(who) > 6 or _row_label_place(m["who"], lex):
        return None
    if low[-1] in places["area_nouns"] or low[-1] in places["site_nouns"] or m["who"] in places["countries"]:
        return None  # ('Deaths — Doboj city', 'Crowd — Freedom Square', 'Deaths — Chile')
    return " ".join(who)


def with_layout(claims: list[Claim], layout: Layout) -> list[Claim]:
    """The sentence parser's claims with those of the layout lines in place of its own there,
    but for the sentences of a line that begin after its last layout figure ('The labor
    ministry's estimate: 92,000 workers on strike. The unions talked of half a million.': the
    second sentence is prose), and for a denial told after the line's last layout figure (a list
    item's '…: 14 killed; the communiqué said no civilians had died') (a headline restated by its
    lead is the speaker pass's: claimcheck.speakers)."""
    if not layout.claims:
        return claims
    spans = layout.lines
    starts = [s for s, _ in spans]
    last_end = [0] * len(spans)  # where each line's last layout figure ends
    for c in layout.claims:
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0:
            last_end[i] = max(last_end[i], c.quantity.end)
    kept = []
    for c in claims:
        i = bisect.bisect_right(starts, c.start) - 1
        if i < 0 or c.start >= spans[i][1] or c.sentence_start >= last_end[i]:
            kept.append(c)
        elif c.quantity.qualifier == "denial" and c.start >= last_end[i]:
            kept.append(c)  # '…: 14 "terrorists" killed in combat; the communiqué said no civilians had died'
    return sorted(kept + layout.claims, key=lambda c: c.start)




ALIGN_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # a run of spaces between two cells of a line
ALIGN_RULE = re.compile(r"[ \t]*[-=_+─━]{3,}[-=_+─━ \t]*")  # a rule line between a table's header and rows
MAX_ALIGNED_CELL = 48  # a longer cell is prose set out with double spaces
MAX_ALIGNED_LINE = 160
DATE_CELL = re.compile(
    rf"(?i:(?:{WEEKDAY_ABBR}[a-z]*\.?,?\s+)?(?:\d{{1,2}}\s+{MONTH_STEM}[a-z]*\.?|{MONTH_STEM}[a-z]*\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?)"
)  # a cell holding a day alone: '10 Aug', 'Mon 15 June', 'August 10, 2026'
ROW_YEAR = re.compile(r"(?P<y>(?:1[89]|20)\d\d)\b")  # a row of a retrospective's table: its year first
DAY_CELL = re.compile(
    rf"(?i:(?:{WEEKDAY_ABBR}[a-z]*\.?|{MONTH_STEM}[a-z]*\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_STEM}[a-z]*\.?)(?:\s|$))"
)  # a day named in a column's heading or a row's label: 'DETAINED MON', 'Mon 19 Oct', '4 March'
TITLE_BY = re.compile(
    r"\b(?:handled|counted|recorded|reported|compiled|treated|registered|collected|verified|published|documented)\s+by\s+"
    r"(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
)  # a table's title naming who counted its figures: 'casualties handled by Ruam Jai teams' (not 'Deaths by hospital')
PART_LABEL = re.compile(r"(?:of\s+(?:whom|which|them)|incl\.?|including|among\s+them)\s+", re.IGNORECASE)
# a row of a part of the row above: 'of whom minors', 'of whom hospitalised'
SUMMED_CELL = re.compile(r"\d\+\d")
SOURCE_LINE = re.compile(r"[ \t]*(?:Source|Sources|Figures|Data)[ \t]*:[ \t]*(?P<who>[^\n;.]{2,60}?)[ \t]*\.?[ \t]*(?:\n|$)")
# the line under a table naming whose figures they are: 'Source: metropolitan police'


class _Aligned(NamedTuple):
    lines: list[tuple[int, int]]  # the table's lines with cells (header first, when it has one), rules left out
    header: bool
    columns: list[tuple[int, int]]  # each column's span, in characters from its line's start


def _aligned_blocks(text: str, start: int) -> list[list[tuple[int, int]]]:
    """Runs of two or more lines, one after the other, whose cells are set apart by runs of
    spaces (rule lines between them are kept out): a table set out in a fixed-width font."""
    blocks: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    last = -2
    at = text.find("  ", start)
    while at >= 0:
        lo = text.rfind("\n", 0, at) + 1
        hi = text.find("\n", at)
        hi = len(text) if hi < 0 else hi
        if (
            hi - lo <= MAX_ALIGNED_LINE
            and text.find("\t", lo, hi) < 0
            and text.find("|", lo, hi) < 0
            and ALIGN_GAP.search(text, lo, hi)
            and not ALIGN_RULE.fullmatch(text, lo, hi)
        ):
            between = text[last + 1 : lo] if run else ""
            if run and (lo == last + 1 or all(ALIGN_RULE.fullmatch(x) for x in between.split("\n")[:-1])
                        and between.count("\n") <= 2):
                run.append((lo, hi))
            else:
                if len(run) >= 2:
                    blocks.append(run)
                run = [(lo, hi)]
            last = hi
        at = text.find("  ", hi)
    if len(run) >= 2:
        blocks.append(run)
    return blocks


SEPARATED_RULE = re.compile(r"[ \t|:+-]*-{3}[ \t|:+-]*")  # '|---|---|', '--- | ---', '|:---|---:|'
BAR_SPLIT = re.compile(r"[ \t]*\|[ \t]*")
TAB_SPLIT = re.compile(r"[ ]*\t+[ ]*")


def _separated_blocks(text: str, start: int) -> list[tuple[list[tuple[int, int]], str | None]]:
    """Runs of two or more lines, one after the other, whose cells are set apart by tabs, or by
    bars ('| Town | Held |', 'Town | Held'), a Markdown rule line among them left out: a table
    read by its columns as one set out with spaces is (:func:`_aligned_table`), the n-th cell of
    each line the n-th column's."""
    blocks: list[tuple[list[tuple[int, int]], str | None]] = []
    for sep in ("\t", "|"):
        at = text.find(sep, start)
        run: list[tuple[int, int]] = []
        last = -2
        while at >= 0:
            lo = text.rfind("\n", 0, at) + 1
            hi = text.find("\n", at)
            hi = len(text) if hi < 0 else hi
            if SEPARATED_RULE.fullmatch(text, lo, hi):
                if run and lo == last + 1:
                    last = hi  # (a rule line between the header and the rows)
            elif hi - lo <= MAX_ALIGNED_LINE and (sep == "\t" or text.find("\t", lo, hi) < 0):
                if run and lo == last + 1:
                    run.append((lo, hi))
                else:
                    if len(run) >= 2:
                        blocks.append((run, sep))
                    run = [(lo, hi)]
                last = hi
            at = text.find(sep, hi)
        if len(run) >= 2:
            blocks.append((run, sep))
    return blocks


def _separated_cells(text: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]]:
    """A line's cells split on its tabs or bars, stripped (a bar opening or closing the line
    opens or closes no cell; a tab opening it leaves the first cell empty)."""
    if sep == "|":
        a, b = lo, hi
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        a += text.startswith("|", a)
        b -= b > a and text[b - 1] == "|"
        lo, hi = a, b
    out, at = [], lo
    for m in (BAR_SPLIT if sep == "|" else TAB_SPLIT).finditer(text, lo, hi):
        out.append(_aligned_cell(text, at, m.start(), (0, m.start() - at)))
        at = m.end()
    out.append(_aligned_cell(text, at, hi, (0, hi - at)))
    return out


def _row_figures(text: str, cells: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether a line's cells hold a figure, or open with a year (a retrospective's row)."""
    return bool(cells) and (bool(ROW_YEAR.match(text, cells[0][0])) or any(_figure_cell(text, a, b, lex) for a, b in cells))


def _aligned_columns(text: str, lines: list[tuple[int, int]], header: bool) -> list[tuple[int, int]]:
    """The columns of a table set out with spaces, from its header and rows together: the
    stretches of characters some line fills, set apart by a gutter of two or more characters no
    line fills, or of one where the header's next cell begins after two spaces or more (a row's
    cells may be set apart by one space: 'at least 90 120+' under 'IHCHR      Committee')."""
    width = max(hi - lo for lo, hi in lines)
    filled = [False] * (width + 1)
    for lo, hi in lines:
        for k in range(hi - lo):
            if text[lo + k] != " ":
                filled[k] = True
    head = text[lines[0][0] : lines[0][1]] if header else ""
    columns: list[tuple[int, int]] = []
    k = 0
    while k < width:
        if not filled[k]:
            k += 1
            continue
        a = k
        while k < width:
            if filled[k]:
                k += 1
                continue
            g = k
            while g < width and not filled[g]:
                g += 1
            if g - k >= 2 or g >= width or (k >= 2 and head[k - 2 : k + 1].startswith(" ") and head[k - 1 : k + 1] == "  "
                                            and g < len(head) and head[g] != " "):
                break
            k = g
        columns.append((a, k))
    return columns


def _aligned_cell(text: str, lo: int, hi: int, span: tuple[int, int]) -> tuple[int, int]:
    """A line's cell in a column (stripped), as a span of ``text``; empty where the line is short."""
    a, b = min(lo + span[0], hi), min(lo + span[1], hi)
    while a < b and text[a] == " ":
        a += 1
    while b > a and text[b - 1] == " ":
        b -= 1
    return a, b


def _no_figures(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a line set out with spaces holds no cell of a figure (a header's line), nor opens
    with a year (a retrospective's row)."""
    while lo < hi and text[lo] == " ":
        lo += 1
    if ROW_YEAR.match(text, lo):
        return False
    at = lo
    for gap in ALIGN_GAP.finditer(text, lo, hi):
        if _figure_cell(text, at, gap.start(), lex):
            return False
        at = gap.end()
    return not _figure_cell(text, at, hi, lex)


def _figure_cell(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """A cell that holds a figure (or stands for none: '-', 'n/a'), not words."""
    if a == b or NO_VALUE.fullmatch(text, a, b) or SUMMED_CELL.search(text, a, b):
        return False  # ('9+19': two parts told as a sum, no one figure)
    quantities = find_quantities(text, lex, a, b)
    return bool(quantities) and not text[a : quantities[0].start].strip(" ~c.≈\"“").replace("at least", "").replace(
        "about", "").replace("over", "").replace("under", "").strip()


def _things_head(low: str, lex: Lexicon) -> bool:
    """A heading that counts things: a thing's plural alone or told of ('vehicles', 'buses
    burnt'; not 'hospital', who gave the figures, nor 'hospital union', a body)."""
    words = low.split()
    return bool(words) and words[0] in lex.grammar["non_person_nouns"] and words[0].endswith("s") and (
        len(words) == 1 or words[-1].endswith("en")
    )


def _force_rows(text: str, cells: list[list[tuple[int, int]]], labels: int, lex: Lexicon) -> bool:
    """Whether every row of a table labels a force or a unit of one ('Mounted squadron', 'Riot
    police', 'Public order battalion'; lexicon force_units and the subjects of security)."""
    units = frozenset(lex.data.get("force_units", {}).get("words", ()))
    for row in cells:
        words = [w.lower() for a, b in row[:labels] for w in WORD.findall(text, a, b)]
        if not words or not any(w in units or lex.subject_of.get(w) == "security" for w in words):
            return False
    return True


AlignedRow = tuple[tuple[int, int], list["Found"], str | None, str | None, str | None]  # row, figures, place, period, as_of


def _column_day(when: str, report: dt.date | None, lex: Lexicon) -> dt.date | None:
    """The day a column's heading names ('DETAINED MON', 'Arrests 4 March'), resolved against the
    report's date: a weekday's short name too ('MON': the last Monday up to the report's day)."""
    words = time_words(lex)
    if (day := resolve_day(when, report, words)) is not None or report is None:
        return day
    short = when.strip(" .").lower()[:3]
    index = next((i for name, i in words.weekdays.items() if name.startswith(short)), None)
    return None if index is None else report - dt.timedelta(days=(report.weekday() - index) % 7)


RUN_HEADS_CUE = re.compile(r"[a-z)\]][A-Z]")  # a capital run into the word before it: where a header run together may be
RUN_HEADS_SPLIT = re.compile(r"(?<=[a-z)\]])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# where a header's cells were run together: 'DateArrestedCharged', 'LGADeceasedInjured (treated)Evacuated'
RUN_HEAD_LINE = re.compile(r"[A-Z][^\n\t|:;.!?\d]*(?:\d{1,2}[ ][A-Z][a-z]{2}[^\n\t|:;.!?\d]*)*")
# a header's line: words, a day's date in a heading at most ('Participants 9 Mar'), no sentence's marks
SPACED_ROW_SPLIT = re.compile(r"[ ]{2,}|[ ]*\t[ \t]*")
ROW_FIGURE_CELL = re.compile(r"(?:~|c\.[ ]?)?\d{1,3}(?:,\d{3})+\+?|(?:~|c\.[ ]?)?\d+\+?|[–—-]|n/?a")  # a row's figure cell, or an empty one
GLUED_ROW_FIGURES = re.compile(r"(?P<label>[A-Za-z][^\n]*?[A-Za-z.)\]])[ ]?(?P<figs>[\d,–—]+)")
# a row run together: its label, then its figures one after another ('Vienna42,00027,000109', 'Other towns (9)11,2003,1006')
BARE_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")  # a cell of a figure alone
WHOLE_NUMBER = re.compile(r"[1-9]\d{0,2}(?:,\d{3})*|0|[–—]")  # one cell of figures run together: grouped, no leading zero


def _split_glued(figs: str, k: int) -> list[tuple[int, int]] | None:
    """The one way ``figs`` splits into ``k`` whole numbers each written as a table writes it
    (thousands grouped by commas, no leading zero) or empty cells' dashes; None when there is
    none or more than one ('42,00027,000109' in three: 42,000 | 27,000 | 109; '18410' in three:
    several ways, none read).

    >>> _split_glued("42,00027,000109", 3), _split_glued("18410", 3)
    ([(0, 6), (6, 12), (12, 15)], None)
    """
    ways: list[list[tuple[int, int]]] = []

    def go(at: int, left: int, cells: list[tuple[int, int]]) -> None:
        if len(ways) > 1:
            return
        if left == 0:
            if at == len(figs):
                ways.append(cells)
            return
        for end in range(at + 1, min(len(figs), at + 12) + 1):
            if WHOLE_NUMBER.fullmatch(figs, at, end) and (end == len(figs) or figs[end] != ","):
                go(end, left - 1, [*cells, (at, end)])

    go(0, k, [])
    return ways[0] if len(ways) == 1 else None


def _run_head_row(text: str, lo: int, hi: int, width: int) -> list[tuple[int, int]] | None:
    """The cells of a row under a header run together (:func:`_run_head_blocks`): a label, then
    ``width`` - 1 figures (or empty cells' dashes), set apart by runs of spaces or a tab
    ('Bundaberg  3  19  1,140', 'Mon 7 Dec  6  5  –'), or run together into the label and one
    another ('Vienna42,00027,000109', told apart by :func:`_split_glued`). None for another line."""
    while hi > lo and text[hi - 1] in " \t":
        hi -= 1
    if hi - lo > MAX_ALIGNED_LINE or hi <= lo:
        return None
    cells: list[tuple[int, int]] = []
    at = lo
    for gap in SPACED_ROW_SPLIT.finditer(text, lo, hi):
        cells.append((at, gap.start()))
        at = gap.end()
    cells.append((at, hi))
    if len(cells) == width:
        if not any(c.isalpha() for c in text[slice(*cells[0])]):
            return None
        return cells if all(ROW_FIGURE_CELL.fullmatch(text, a, b) for a, b in cells[1:]) else None
    if len(cells) > 1 or (m := GLUED_ROW_FIGURES.fullmatch(text, lo, hi)) is None:
        return None
    split = _split_glued(m["figs"], width - 1)
    if split is None:
        return None
    a = m.start("figs")
    return [(m.start("label"), m.end("label")), *((a + x, a + y) for x, y in split)]


MIN_RUN_HEADS = 3  # a header run together: the rows' heading and two columns at least


def _run_head_blocks(text: str, start: int, lex: Lexicon) -> list[tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]]:
    """Tables whose header's cells a scraper ran together ('DateArrestedChargedGarda members
    injured', 'LGADeceasedInjured (treated)Evacuated', 'TownParticipants 9 MarParticipants 10
    MarProvisional arrests (both days)'), split where a capital runs into the word before it,
    over two rows or more of as many cells each (:func:`_run_head_row`). Each table's lines
    (header first) and their cells. A header opening with a figure's heading ('Measure', 'Figure')
    is another table's (:func:`_run_header`)."""
    out: list[tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]] = []
    seen = -1
    heads = frozenset(lex.data.get("layout", {}).get("measure_heads", ()))
    for cue in RUN_HEADS_CUE.finditer(text, start):
        if cue.start() < seen:
            continue
        lo = text.rfind("\n", 0, cue.start()) + 1
        hi = text.find("\n", cue.start())
        hi = len(text) if hi < 0 else hi
        seen = hi
        if hi >= len(text):
            continue
        if hi - lo > MAX_TITLE or not RUN_HEAD_LINE.fullmatch(text, lo, hi):
            lo = text.rfind(" ", lo, cue.start()) + 1 or lo  # (a title the text's reflow joined to the header:
            if lo == 0 or hi - lo > MAX_TITLE or not RUN_HEAD_LINE.fullmatch(text, lo, hi):  # '… (as at 0500) LGADeceased…')
                continue
        names: list[tuple[int, int]] = []
        at = lo
        for cut in [*(m.start() for m in RUN_HEADS_SPLIT.finditer(text, lo, hi)), hi]:
            a, b = at, cut
            while a < b and text[a] == " ":
                a += 1
            while b > a and text[b - 1] == " ":
                b -= 1
            names.append((a, b))
            at = cut
        if len(names) < MIN_RUN_HEADS or any(b - a > MAX_HEAD_CELL or b == a for a, b in names):
            continue
        if text[slice(*names[0])].lower() in heads:
            continue
        lines, cells = [(lo, hi)], [names]
        row_lo = hi + 1
        while row_lo < len(text):
            row_hi = text.find("\n", row_lo)
            row_hi = len(text) if row_hi < 0 else row_hi
            if (row := _run_head_row(text, row_lo, row_hi, len(names))) is None:
                break
            lines.append((row_lo, row[-1][1]))
            cells.append(row)
            row_lo = row_hi + 1
        if len(lines) > MIN_RUN_ROWS:
            out.append((lines, cells))
            seen = lines[-1][1]
    return out


def _aligned_rows(
    text: str, start: int, lex: Lexicon, day: str | None
) -> list[tuple[tuple[int, int], list[AlignedRow], list[tuple[int, int]], bool]]:
    """The rows of tables set out with runs of spaces (:func:`_aligned_blocks`), read as tables:
    the columns from the header and the rows together (:func:`_aligned_columns`); the first
    columns, which hold no figures, label the rows and the others hold the figures. A heading
    names its column's measure ('Killed', 'DETAINED MON': its day too), who gave its figures
    ('Health Dir.', 'Prefecture'), a total, or notes (no figures); a row's label names its
    measure ('Taken into custody', 'Died in hospital'), its day, its year (a retrospective's row:
    an earlier event's) or its place. A cell's measure is its column's, else its row's, else the
    table's title's; who gave it is its column's, a source column's cell, its own bracket, the
    line under the table ('Source: metropolitan police') or the title's bracket. ``day`` is the
    report's date (ISO). Each table is (its span, its rows, its rows' label cells)."""
    out: list[tuple[tuple[int, int], list[AlignedRow], list[tuple[int, int]], bool]] = []
    run_heads = _run_head_blocks(text, start, lex)
    rows_of = {lines[1][0] for lines, _ in run_heads}  # (the rows under a header run together: read with it)
    blocks: list[tuple[list[tuple[int, int]], str | None, list[list[tuple[int, int]]] | None]] = [
        (lines, None, None) for lines in _aligned_blocks(text, start) if lines[0][0] not in rows_of
    ]
    blocks += [(lines, sep, None) for lines, sep in _separated_blocks(text, start)]
    blocks += [(lines, None, cells) for lines, cells in run_heads]
    for lines, sep, cells in sorted(blocks, key=lambda block: block[0]):
        labels: list[tuple[int, int]] = []
        table = _aligned_table(text, lines, lex, day, labels, sep, cells)
        if table:
            out.append(((lines[0][0], lines[-1][1]), table, labels, cells is not None))
    return out


def _headline_count(q: Quantity, title: str) -> bool:
    """A count a headline tells ('Thousands march …, dozens injured', '12 hurt as …'), not a
    table's number ('TABLE 1', 'the two bodies''), a year or a date ('weekend of 14-15 June').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [any(_headline_count(q, t) for q in find_quantities(t, lex)) for t in (
    ...     "Thousands march in capital, dozens injured", "TABLE 1: ARRESTS", "Arrests, weekend of 14-15 June")]
    [True, False, False]
    """
    if q.low is None or q.low < MIN_HEADLINE_COUNT or (q.value is not None and 1900 <= q.value <= 2100):
        return False
    return not any(d.start() < q.end and q.start < d.end() for d in DATE_WORDS.finditer(title))


MIN_HEADLINE_COUNT = 10
TOLD_CELL = re.compile(r"\b(?:say|says|said|told|according\s+to)\b")  # a cell that tells who said it: a sentence
TIMED_LINE = re.compile(r"[ \t]*(?:[A-Z][a-z]{2}\.?[ \t]+)?\d{1,2}[:.]\d{2}\b")  # '14:20 …', 'Sun 06:30 …': a timeline's entry


def _aligned_table(
    text: str, lines: list[tuple[int, int]], lex: Lexicon, day: str | None, label_cells: list[tuple[int, int]],
    sep: str | None = None, given: list[list[tuple[int, int]]] | None = None,
) -> list[AlignedRow]:
    """The rows of one table set out with spaces (:func:`_aligned_rows`), or with tabs or bars
    (``sep``: :func:`_separated_blocks`), or each line's cells ``given`` (a header run together:
    :func:`_run_head_blocks`); ``label_cells`` gets the spans of its rows' labels."""
    heading = 0  # the header's lines: those before the first with a figure (two at most: 'Persons' / 'detained')
    split = given if sep is None else [_separated_cells(text, lo, hi, sep) for lo, hi in lines]
    box = sep is not None and split is not None and _field_box(text, split, lex)
    # (an infobox set out in bars, 'Date | 29 October 2022 |' … 'Deaths | 159[1] |': no header, each row its label's value)
    if split is None and any(
        TOLD_CELL.search(text, lo, hi) and any(c.isdigit() for c in text[lo:hi]) for lo, hi in lines
    ):
        return []  # a live blog's timed entries set out with spaces ('14:35   60,000 on the streets, organisers
        #            say'): sentences, the parser's, no table
    while not box and heading < min(2, len(lines) - 1) and not TIMED_LINE.match(text, *lines[heading]) and (
        _no_figures(text, *lines[heading], lex) if split is None else not (
            _row_figures(text, split[heading], lex) or (given and any(BARE_FIGURE.fullmatch(text, a, b) for a, b in given[heading][1:]))
        )  # (a row run together: its figures bare, 'Vienna42,00027,000109')
    ):
        heading += 1  # (a line opening with a clock time is an entry, never a header: '14:20   Police say 27 detained')
    header = heading > 0
    if split is None:
        columns = _aligned_columns(text, lines, header)
        line_cells = [[_aligned_cell(text, lo, hi, c) for c in columns] for lo, hi in lines]
    else:  # (cells set apart by tabs or bars: each line's n-th cell is the n-th column's)
        width = max(len(c) for c in split)
        line_cells = [c + [(lines[k][1], lines[k][1])] * (width - len(c)) for k, c in enumerate(split)]
        columns = [(j, j + 1) for j in range(width)]
    if len(columns) < 2:
        return []
    rows = lines[heading:]
    cells = line_cells[heading:]
    if box:  # (a box's rows of words, 'Cause | Lack of safety precautions …', hold no figure of its)
        kept = [k for k, row in enumerate(cells) if all(b - a <= MAX_ALIGNED_CELL for a, b in row)]
        rows, cells = [rows[k] for k in kept], [cells[k] for k in kept]
    if any(b - a > MAX_ALIGNED_CELL for row in cells for a, b in row):
        return []
    bare = {} if given is None else {
        (a, b): Quantity(text[a:b], a, b, n, n, n, "exact")
        for row in cells for a, b in row[1:]
        if BARE_FIGURE.fullmatch(text, a, b) and (n := parse_digits(text[a:b], None, None)) is not None
    }  # (a row run together, 'Vienna42,00027,000109': its figures, which the parser reads as one)
    figure = [[(_figure_cell(text, a, b, lex) or (a, b) in bare) and not (j == 0 and ROW_YEAR.match(text, a))
               for j, (a, b) in enumerate(row)] for row in cells]  # (a retrospective's first column of years labels its rows)
    if box:  # (a box's value that is a year or a day, 'First held | 1988': when, no count)
        for row, f in zip(cells, figure, strict=True):
            for j, (a, b) in enumerate(row):
                if ROW_YEAR.fullmatch(text, a, b) or DATE_CELL.fullmatch(text, a, b):
                    f[j] = False
    for j in range(len(columns)):  # (a column of years or days, 'Since  2019', 'Date  10 Aug': when, no count)
        if all(a == b or ROW_YEAR.fullmatch(text, a, b) or DATE_CELL.fullmatch(text, a, b) for a, b in (row[j] for row in cells)):
            for f in figure:
                f[j] = False
    labels = 0
    while labels < len(columns) and not any(f[labels] for f in figure):
        labels += 1
    if labels == 0 or labels == len(columns) or sum(any(f) for f in figure) < 2:
        return []
    measure_of = _heading_measures(lex)
    layout = lex.data.get("layout", {})
    times, places = _row_heads(lex)
    notes, values = _notes_heads(lex), frozenset(layout.get("measure_heads", ()))
    heads = [
        " ".join(" ".join(text[slice(*line_cells[k][j])].split()) for k in range(heading)).strip()
        for j in range(len(columns))
    ]  # ('Participants' over '(PNTL est.)': one heading)
    row_head = " ".join(heads[:labels]).lower().strip(" .:")
    # what each figure column is: (measure, who, day, kind) kind: 'source' (its cells name who), 'notes', 'total', None
    kinds: list[tuple[str | None, str | None, str | None, str | None]] = []
    subjects: dict[int, str | None] = {}  # the subject a measure column's heading names
    col_places: dict[int, str] = {}  # the place a measure column's heading names
    not_counts = _not_counts(lex)
    title = _title(text, lines[0][0])
    title_measure = _title_measure(title, lex) if not box and not any(_headline_count(q, title) for q in find_quantities(title, lex)) else None
    # (a box's title names its event, 'Seoul Halloween crowd crush': its rows' labels name what they count)
    # (a title holding a count is a headline over the lines, not their caption: 'Thousands march in
    #  capital, dozens injured' over 'Organisers   60,000')
    harm_rows = sum(
        _label(" ".join(text[a:b] for a, b in row[:labels]), lex, None).measure in HARMS for row in cells
    ) >= 2 if header else False  # ('Injured  14  52' / 'Killed  0  2': rows naming harms, columns the sides)
    sides_head = title_measure in HURT or harm_rows  # (under arrests, 'Police' is who counted them)
    for h in heads[labels:] if header else [""] * (len(columns) - labels):
        bracket = BRACKET.search(h)
        plain = " ".join(CITATIONS.sub(" ", BRACKET.sub(" ", h)).split())
        low = plain.lower().strip(" .:")
        if not low:
            kinds.append((None, None, None, None))
        elif sides_head and not bracket and low in lex.subject_of and _label(plain, lex, None).measure in (None, "participants"):
            kinds.append((None, None, None, "people"))  # 'Police  Protesters' over harms: whom each column counts
        elif low in SOURCE_HEADS or low.startswith(("who ", "source")) or low.endswith(" by") or "according" in low:
            # ('Source', 'Who says so', 'Counted by': each row's cell names who gave its figures)
            kinds.append((None, None, None, "source"))
        elif low.rsplit(" ", 1)[-1] in notes or not_counts.search(h) or low in _uncounted(lex) or (
            low.endswith("ed") and predicate_measure(low, lex) is None and (
                measure_of.get(low) != "killed" or row_head in layout.get("care_row_heads", ())
            )
        ) or _things_head(low, lex):  # ('Deceased' names its measure, but for places of care: those who died in them;
            #                           'Hospitalised' beside 'Injured' is a part of it)  # ('Discharged', 'Houses damaged', 'Vehicles': no count of people)
            # ('Remarks', 'Cost ($)', 'Missing', 'Discharged': no count of this table's, no one's name)
            kinds.append((None, None, None, "notes"))
        elif low in TOTAL_LABELS:
            kinds.append((None, None, None, "total"))
        elif PART_LABEL.match(low):  # 'Of whom outdoor workers': a part of the column before
            kinds.append((next((k[0] for k in reversed(kinds) if k[0]), None), None, None, "part"))
            subjects[len(kinds) - 1] = _head_subject(PART_LABEL.sub("", plain), lex)
        elif low in _counter_heads(lex):  # 'Police (Sûreté de wilaya)', 'Organisers (CFE or local union)': who counted
            kinds.append((None, (_bracket_claimant(bracket["b"], lex) if bracket else None) or plain, None, None))
        elif low in values:
            kinds.append((None, None, None, None))
        elif (measure := _heading_measure(low, measure_of) or _label(plain, lex, None).measure or _title_measure(plain, lex)
              or predicate_measure(low, lex)) is not None:  # ('Held', 'Taken away by police': told of the people counted)
            when = DAY_CELL.search(plain)
            kinds.append((measure, _bracket_claimant(bracket["b"], lex) if bracket else None, when[0].strip() if when else None, None))
            subjects[len(kinds) - 1] = _label(plain, lex, None).subject  # ('Injured officers': security)
            lead = plain.split(" ", 1)[0] if " " in plain else ""
            if (where := _column_place(plain) or (
                lead if lead and lead.lower() not in lex.subject_of and _place_like(lead, text, lex) else None
            )) is not None:  # (not 'Persons detained', 'Officers deployed': who)
                col_places[len(kinds) - 1] = where  # ('Budapest march (police)', 'marchers in CDMX': that place's)
        elif lex.subject_of.get(low) == "security" and low not in _counter_heads(lex) and (
            not (row_head in times | places or _place_head(row_head, places)) or _force_rows(text, cells, labels, lex)
        ):  # (a row head of places over rows naming forces, 'Unit' over 'Mounted squadron': units sent)
            kinds.append((_title_measure(_title(text, lines[0][0]), lex) or "deployed", None, None, "units"))
            # ('Unit | Officers | Vehicles': how many of each unit were sent)
        elif low in lex.subject_of:
            kinds.append((None, None, None, "people"))  # ('Inmates' beside 'Officers': a kind's figures when a row names a measure)
        elif title_measure is not None and row_head not in times and DATE_CELL.fullmatch(plain):
            kinds.append((title_measure, None, plain, None))  # ('Zone | Sun 8 Nov | Mon 9 Nov' under 'Workers on
            # strike': each column that day's count of what the title names, each row a place's)
        elif any(c.isdigit() for c in low) or not any(w[0].isupper() for w in WORD.findall(plain)):
            kinds.append((None, None, None, "notes"))  # ('Vehicles', 'Change since No. 3': no one's figures)
        else:
            kinds.append((None, plain, None, None))  # a source's column ('Health Dir.', 'Prefecture')
    title_who = None
    if (box := BOX_TITLE.fullmatch(title)) is not None:
        title_who = _bracket_claimant(box["b"], lex)
    below = SOURCE_LINE.match(text, lines[-1][1] + 1) if lines[-1][1] < len(text) else None
    if title_who is None and (by := TITLE_BY.search(title)) is not None:
        title_who = by["who"]  # 'Table: casualties handled by Ruam Jai teams, 14–15 Nov'
    if title_who is None and (intro := TABLE_INTRO.search(text, max(0, lines[0][0] - MAX_TITLE), lines[0][0])):
        title_who = intro["who"]  # 'The Interior Ministry has just sent its evening figures. …:' above the table
    table_who = (" ".join(below["who"].split()) if below else None) or title_who
    column_measures = {m for m, _, _, kind in kinds if m and kind != "units"}  # (a unit's column, 'Officers', counts no total's)
    out: list[AlignedRow] = []
    labelled: list[str] = []  # each row's label
    kind_cells: set[int] = set()  # the figures of a kind's column (their scope is set)
    report = parse_date(day)
    report_year = report.year if report else None
    source_col = next((j for j, k in enumerate(kinds) if k[3] == "source"), None)
    things = lex.grammar["non_person_nouns"]
    for (lo, hi), row, figs in zip(rows, cells, figure, strict=True):
        if not any(figs) or WORD.match(text, row[0][0]) and WORD.match(text, row[0][0])[0].lower() in things:
            continue  # (a row of things: 'Ambulances deployed  34', 'Buses burned  14')
        la, lb = row[0][0], row[labels - 1][1]
        label_cells.append((la, lb))
        label = " ".join(" ".join(text[a:b] for a, b in row[:labels]).split())  # (cells apart by bars: their words)
        plain_label = " ".join(BRACKET.sub(" ", label).split())
        low_label = plain_label.lower()
        total = low_label in TOTAL_LABELS or low_label.startswith("total")
        row_label = _label(label, lex, None) if label else _Label(None, None, None, None)
        if label and not total and not column_measures and title_measure not in HARMS and row_label.measure is None and (
            (people := _people_label(plain_label, lex)) and people[0] == "deployed"
        ):
            row_label = _Label("deployed", people[1], None, None)  # an infobox's 'Stewards   420 (club)': those sent
        row_measure = (
            measure_of.get(low_label.split(" ", 1)[0]) or row_label.measure or _heading_measure(low_label, measure_of)
            or predicate_measure(low_label, lex) if not total and label else None
        )  # (the label's first word first: 'Died in hospital', 'Injured transported'; 'Protesters held': told of them)
        period: str | None = None
        place: str | None = None
        who_row: str | None = None
        row_day: dt.date | None = None
        side = _side_row(plain_label, lex) if not total and row_measure is None and label and (
            column_measures <= HARMS if column_measures else title_measure in HARMS
        ) else None
        # (a row of a side, 'Police  0  41' / 'Protesters  2  112' under 'Killed  Injured': whom its cells count)
        year = ROW_YEAR.match(label)
        if year and report_year and int(year["y"]) < report_year:
            period = "before"
        elif DAY_CELL.match(label) or row_head in times:
            period = "day"
            row_day = resolve_day(label, report, time_words(lex)) if label else None  # ('Wed 10 March': that day's)
        elif row_head in SOURCE_HEADS:
            who_row = plain_label or None
        elif side is not None:
            pass
        elif not total and row_measure is None and label and not PART_LABEL.match(label):
            place = (" ".join(ROW_YEAR.sub("", label, count=1).split()) if year else label) or None
            head, _, tail = label.rpartition(",")
            if head and (claimant_type(tail.strip(), lex) not in (None, "other") or tail.strip().isupper()):
                place, who_row = None, tail.strip()  # 'February 2008 riots, government  40': who counted, not where
                if (then := ROW_YEAR.search(head)) and report_year and int(then["y"]) < report_year:
                    period = "before"  # (an earlier event's)
        if source_col is not None:
            sa, sb = row[labels + source_col]
            who_row = " ".join(DATE_WORDS.sub(" ", text[sa:sb]).split()).strip(" ,;") or who_row
        found_by: dict[tuple[str | None, str | None], list[Found]] = {}
        for j, ((a, b), f) in enumerate(zip(row[labels:], figs[labels:], strict=True)):
            if not f:
                continue
            measure, who, when, kind = kinds[j]
            if kind in ("notes", "source"):
                continue
            kind_of = None  # the kind of people a column heads, over rows naming measures ('Injured | 21 | 9 | 30')
            if kind in ("people", "units") and row_measure is not None and row_label.subject in (None, "people"):
                kind_of, measure = " ".join(WORD.findall(heads[labels + j])).lower(), row_measure
            elif kind == "people" and title_measure in HURT and row_measure is None:
                kind_of, measure = " ".join(WORD.findall(heads[labels + j])).lower(), title_measure  # (a day's or place's row)
            elif kind == "people":
                continue  # ('Officers', 'Inmates' over rows of units or places: no count of this table's)
            if kind == "total" and not measure:
                measure = next(iter(column_measures)) if len(column_measures) == 1 else None
            if measure and row_measure and measure != row_measure:
                continue
            measure = measure or row_measure or (title_measure if not row_label.measure else None)
            if measure is None:
                continue
            subject = (row_label.subject if row_measure else None) or side or subjects.get(j)
            if subject is None and not row_measure and label and place is None:
                subject = _head_subject(PART_LABEL.sub("", plain_label).split(",", 1)[0], lex)  # ("Police officers, cumulative  27" under "INJURED")
            if kind_of is not None:
                subject = lex.subject_of.get(kind_of, subject)
            elif kind == "units":
                subject = next((x for x in (row_label.subject, _head_subject(plain_label, lex)) if x and x != "people"), "security")
                # ('Myanmar Police Force  240': police; 'Tatmadaw engineers  85' under 'Personnel': security)
            cell_who = who or who_row or table_who
            found = [(bare[a, b], measure, subject or _default_subject(measure), None, cell_who)] if (a, b) in bare else _values(
                text, a, b, lex, _Label(measure, subject, cell_who, None), measure)
            if kind == "part":
                found = [(*f[:5], f"{COLUMN_SCOPE}: {' '.join(WORD.findall(heads[labels + j])).lower()}") for f in found]
            elif kind_of is not None:  # a kind's count beside the row's total: a part of it, its noun told ('Inmates'),
                # a row's part's too ('of whom hospitalised'); a side's of its own is apart by its subject ('Officers')
                part_row = PART_LABEL.match(label)
                if subject == "people":
                    noun = f"{kind_of} {' '.join(WORD.findall(PART_LABEL.sub('', plain_label))).lower()}" if part_row else kind_of
                    found = [(f[0], f[1], f[2], noun, f[4], f"part: {noun}") for f in found]
                else:
                    found = [(*f[:4], f[4], f"{COLUMN_SCOPE}: {' '.join(WORD.findall(plain_label)).lower()}" if part_row else None)
                             for f in found]
                kind_cells.update(id(f) for f in found)
            cell_period = period or (("increment" if measure in ("arrested", "killed", "injured") else "day") if when else None)
            # (a column of one day's arrests or deaths, 'DETAINED MON': what that day added; of a crowd, that day's)
            as_of = _column_day(when, report, lex) if when and period != "day" else row_day
            cell_place = None if kind == "units" else place or col_places.get(j)
            found_by.setdefault((cell_period, cell_place, as_of.isoformat() if as_of else None), []).extend(found)
            # (a unit's row under 'Officers' names who was sent, not where; 'DETAINED MON': that day's)
        for (cell_period, cell_place, as_of_day), found in found_by.items():
            if found:
                out.append(((lo, hi), found, cell_place, cell_period, as_of_day))
                labelled.append(plain_label)
    if not column_measures or any(PART_LABEL.match(x) for x in labelled):
        # rows naming what they count: two rows of one measure count two kinds of it
        measures = [row[1][0][1:3] for row in out]  # ('Dead at scene 11' / 'Died in hospital 1', 'Injured transported 61' /
        for k, row in enumerate(out):  # 'Injured treated on site 15'): each its own quantity, as a table's column is
            if ((measures.count(measures[k]) > 1 and not column_measures) or PART_LABEL.match(labelled[k])) and (
                words := " ".join(WORD.findall(labelled[k])).lower()
            ):  # (and a row 'of whom hospitalised': a part of the row above)
                # (of one subject: 'Injured (all)' and 'Police/gendarmes hurt' are the whole and the police's)
                out[k] = (row[0], [f if id(f) in kind_cells and f[2] == "people" else (*f[:5], f"{COLUMN_SCOPE}: {words}")
                                   for f in row[1]], *row[2:])
    return out

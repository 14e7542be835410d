"""Situating stage, time: the date a claim's figure counts up to (``as_of``) and the period it covers.

A claim's words are read in its *window*: the part of its sentence between the figure before
it and the figure after it (so '963,000 …, down from 1.27 million on Jan. 31' dates only the
second figure). Dates are resolved against the report's date:

* an explicit date ('on 9 August', 'Feb. 12', 'January 31, 2026'), the year of the report
  when none is written;
* a weekday ('on Sunday', "Sunday's collision"): the latest such day on or before the report;
* 'yesterday', 'last night' (the day before); 'today', 'overnight', 'so far', 'to date' (the
  report's day);
* a tally in a live-blog entry that opens with a time ('14:10 — The toll has risen to 96')
  is dated to that minute of its day ('2026-02-17T14:10'), so the entries of one day are in
  order; a figure with no time stands at the end of its day;
* nothing: the report's date for a running tally (the count as the report went out); for a
  gathering, unknown (a report's opening day is no safe default: a follow-up report opens
  with the day of its news, not of the gathering). An undated report gives ``as_of`` None
  unless a full date is written.

``period`` is ``cumulative`` (a running tally: killed, injured, arrested), ``earlier`` (an
earlier figure of a tally told with a later one: 'up from 41', 'raised the toll to 46 from
41'), ``increment`` (what a tally added: '12 more people were detained', 'a further 12'),
``held`` (how many are still held or in hospital, not how many ever were: 'Over 900 are still
in custody', '58 remain in hospital'), ``strike`` (a gathering's figure that counts workers on strike
that day, not a crowd: '420,000 members had walked out', '92,000 workers on strike'; set by
:mod:`claimcheck.situate`), ``hunger-strike`` (those on a hunger strike: one count over its
days, not a crowd: '37 prisoners were still refusing food'; set by :mod:`claimcheck.situate`),
``day`` for a tally too when its words date it to one
day of an event of several days and say nothing of a running total ('On the final day … 47
people were arrested': that day's arrests, not the total of the three),
``day`` (a gathering or deployment: one day's figure), ``before`` (a figure of another,
earlier event: 'in 2019, 300 were killed', 'the 1989 crackdown') or ``after`` (a gathering of a
later year: 'in 2016, on the 20th anniversary, 30,000 attended' in a story of 1996). The event's
year is that of a full date or an encyclopedia title in a report's opening ('On 14 March 1996,
…', 'The 2026 Kirkuk market bombing'), else the report's.

>>> from datetime import date
>>> resolve_day("on Sunday", date(2026, 3, 10), time_words())
datetime.date(2026, 3, 8)
>>> resolve_day("on Jan. 31", date(2026, 2, 12), time_words())
datetime.date(2026, 1, 31)
>>> resolve_day("yesterday", date(2026, 2, 12), time_words())
datetime.date(2026, 2, 11)
>>> resolve_day(" since the rivers burst their banks on 15 November", date(2026, 11, 18), time_words()) is None
True
>>> resolve_day(" since the heatwave began on 8 July", date(2025, 7, 14), time_words()) is None
True
>>> resolve_day(" since the start of the emergency on 9 November", date(2026, 11, 11), time_words()) is None
True
>>> resolve_day(" died on Friday, bringing the toll since the protests began to", date(2026, 3, 10), time_words())
datetime.date(2026, 3, 6)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from claimcheck.lexicon import alternation, load_lexicon, number_words
from claimcheck.lines import line_matches
from claimcheck.models import TALLIES

RUNNING_TALLIES = TALLIES  # totals that only rise over time
GATHERINGS = ("participants", "deployed")  # figures of one day's gathering (a crowd, the forces sent to it)


@dataclass(frozen=True)
class TimeWords:
    """The compiled time words of the lexicon's ``time`` section."""

    months: dict[str, int]
    weekdays: dict[str, int]
    explicit: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    relative_days: dict[str, int]
    earlier: re.Pattern[str]
    year: re.Pattern[str]
    past: re.Pattern[str]
    ordinal: re.Pattern[str]
    ordinals: dict[str, int]
    span: re.Pattern[str]
    earlier_clause: re.Pattern[str]  # 'had earlier said', 'initially put the toll at'
    increment_before: re.Pattern[str]  # 'a further 12', 'another 12'
    still_held: re.Pattern[str]  # 'are still in custody', 'remain in hospital'
    increment_after: re.Pattern[str]  # '12 more people', '9 more bodies'
    running: re.Pattern[str]  # 'the toll rose to', 'over the three days': a running total
    day_cue: re.Pattern[str]  # a word any day needs, on case-folded text: most sentences have none
    past_cue: re.Pattern[str]  # a year or past-event wording, on case-folded text
    on_strike: re.Pattern[str]  # 'on strike', 'stayed off the job' (not 'walked out of the mill')
    gathering: re.Pattern[str]  # 'rally', 'sit-in', 'strike': a sentence telling a gathering
    planned: re.Pattern[str]  # 'called for another march on Thursday': a day still to come
    rise_between: re.Pattern[str]  # '11 dead …, rising to 14': the first is an earlier point
    later_after: re.Pattern[str]  # '14 the next day': a day after the figure before it
    brings_to: re.Pattern[str]  # '140 were arrested on Friday, bringing the total to 310'
    one_day: re.Pattern[str]  # 'in the last 24 hours': a bulletin's count of its day
    one_day_bare: re.Pattern[str]  # 'overnight', 'in a single day': a toll's count of its night or day
    span_nouns: frozenset[str] = frozenset()  # 'over two days': a time, not a reason
    # 'the sinking of the ferry X off Y on 7 June', 'the fire of 9 March', 'the fire that destroyed
    # the hotel on 9 March': the day of the event a tally is of
    event_dated: re.Pattern[str] | None = None
    # "the toll in Tuesday's stampede has risen to": the day names the event, the toll is the report's
    event_day: re.Pattern[str] | None = None
    # '26 people died when the grandstand collapsed on Saturday': a 'when' clause of the event
    # itself, whose day is the event's, not the day the toll counts up to
    event_when: re.Pattern[str] | None = None
    # 'on hunger strike', 'refusing food': a count of those fasting, not a crowd of one day
    fasting: re.Pattern[str] | None = None
    # 'a week earlier', 'last month': a crowd's sentence that may tell another day than its report's
    other_time: re.Pattern[str] | None = None
    # 'so far', 'to date', 'as of now': words of a count still running as the report speaks
    up_to_now: re.Pattern[str] | None = None


# a span of years back from the report ('Hotel fires have killed hundreds in the Philippines over
# the past three decades', 'in the last 20 years'): a count over many events, not this one's
PAST_SPAN = rf"\b(?:past|last|previous)\s+(?:(?:few|several|{number_words(2, 10)}|\d{{1,3}})\s+)?(?:decades?|years)\b"


STUDY_YEAR = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:book|report|study|inquiry|investigation|count|census|list|findings"
    r"|survey|review|audit|documentary|thesis)\b",
    re.IGNORECASE,
)  # a year that dates a document, not an event: 'whose 2016 book', 'the 2002 report', 'a 2009 study'

COUNT_VERB = (
    r"said|says|put|puts|found|finds|concluded|concludes|counted|counts|listed|lists|named|names"
    r"|documented|documents|recorded|records|estimated|estimates|reported|reports|gave|gives|settled"
    r"|reckoned|tallied|registered|acknowledged|admitted|identified|established|confirmed|revised"
    r"|raised|lowered|cited|published|compiled|attributed|spoke|speaks|maintained|insisted"
)  # what a body does with a count it gives
_COUNTER_AFTER_YEAR = re.compile(
    r"(?:19|20)\d\d\s+(?:(?![\w'’-]*(?:ed|ing)\b)[^\W\d_][\w'’-]*\s+){1,5}?"
    rf"(?:(?:had|has|have|then|later|also|always)\s+)?(?:{COUNT_VERB})\b",
    re.IGNORECASE,
)  # 'a 2003 truth commission found', 'a 2010 book by a local archivist named'
_BEFORE_COUNTER = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our)\s+|\bwhose\s+)$", re.IGNORECASE)


def count_year(text: str, at: int) -> bool:
    """Whether the year at ``at`` in ``text`` dates a body that gave a count, not an event: a year
    before a body's name whose verb of counting follows ('a 2003 truth commission found 31', 'a
    1988 museum catalogue put it at eight', 'by a 2005 inquiry'), or a document's ('the 2002
    report'); not an event's ('the 2015 blast at the depot killed seven').

    >>> [count_year(t, t.index("19") if "19" in t else t.index("20")) for t in (
    ...     "and a 2003 truth commission found 31", "while a 1988 museum catalogue put it at eight",
    ...     "the 2002 report", "the 2015 blast at the depot killed seven", "In 2003 the army killed 31")]
    [True, True, True, False, False]
    """
    if STUDY_YEAR.match(text, at) is not None:
        return True
    return _BEFORE_COUNTER.search(text[max(0, at - 12) : at]) is not None and _COUNTER_AFTER_YEAR.match(text, at) is not None


def any_of(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, a space matching any white space."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# The bundled lexicon's weekdays (time.weekdays) as a pattern, capitalised ('Monday'; the
# patterns that read any case say so).
WEEKDAY = "(?:" + "|".join(w.capitalize() for w in load_lexicon().data["time"]["weekdays"]) + ")"
# Its months' full names (time.months, January first), capitalised ('January'), and the first
# three letters of each ('jan', 'feb'), which a month's name or abbreviation opens with.
MONTH_NAMES = tuple(names[0] for names in load_lexicon().data["time"]["months"])
# … and its weekdays' stems before 'day' ('mon', 'tues', 'wednes') and first three letters
# ('mon', 'tue', 'wed'), in lower case (.title() for capitals)
WEEKDAY_STEM = "(?:" + "|".join(w.removesuffix("day") for w in load_lexicon().data["time"]["weekdays"]) + ")"
WEEKDAY_ABBR = "(?:" + "|".join(w[:3] for w in load_lexicon().data["time"]["weekdays"]) + ")"
MONTH = "(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + ")"
MONTH_STEM = "(?:" + "|".join(m[:3] for m in MONTH_NAMES) + ")"


# a weekday or a relative day written as the day of a figure, not as the day something was said
_DAY_WORD_SAID = re.compile(r"(?:\b(?:said|says|told|added|announced|reported|published|posted|since)\s+(?:on\s+)?)$", re.IGNORECASE)
# a weekday written as a figure's day: 'on Thursday', 'by the Monday', "Tuesday's rally", '(Thursday)'
# (not the day of a statement: 'in its Monday statement', 'on X, Sunday: …')
_DAY_WORD_BEFORE = re.compile(r"(?:\b(?:on|by|last|until|from)\s+(?:the\s+)?|\()$", re.IGNORECASE)
TODAY, DAY_BEFORE = "report-day", "day-before-report"  # (an undated report's days, not to be dated)


def day_words_in(window: str, words: TimeWords) -> list[tuple[int, str]]:
    """The days ``window`` names as a day something happened on, by words that an undated
    report cannot date: each weekday written as a day ('on Thursday', "Tuesday's rally",
    '(Thursday)'), capitalised ('Thursday'), else each relative day (:data:`TODAY`,
    :data:`DAY_BEFORE`); not a day something was said on ('said on Tuesday that'). Each with
    its position in ``window``.

    >>> tw = time_words()
    >>> day_words_in("On Wednesday evening thousands marched.", tw)
    [(3, 'Wednesday')]
    >>> day_words_in("Yesterday thousands marched.", tw), day_words_in("A spokesman said on Tuesday that 300 came.", tw)
    ([(0, 'day-before-report')], [])
    """
    found: list[tuple[int, str]] = []
    for m in words.weekday.finditer(window):
        if (
            m["w"][:1].isupper()
            and len(m["w"]) > 3
            and (_DAY_WORD_BEFORE.search(window[: m.start()]) or m[0].endswith(("'s", "’s")) or window[m.end() : m.end() + 1] == ")")
            and not _DAY_WORD_SAID.search(window[: m.start()])
        ):
            found.append((m.start(), m["w"].capitalize()))
    if not found:
        for m in words.relative.finditer(window):
            if not _DAY_WORD_SAID.search(window[: m.start()]):
                back = words.relative_days[" ".join(m["r"].split()).casefold()]
                found.append((m.start(), DAY_BEFORE if back else TODAY))
    return found


def _gathering_words(events: list[str], months: list[str]) -> re.Pattern[str]:
    """The words that tell a gathering, in any case: not one that is a month's name written as
    the month ('9 March', 'March 9', 'in March', 'since March 2025'), only as the march ('the
    march of 14 March', 'March organisers said').

    >>> told = _gathering_words(["march", "rally"], ["january", "march"])
    >>> [bool(told.search(s)) for s in ("Exams resumed on 9 March.", "In March, nothing happened.",
    ...     "By March 12 the camp was gone.", "the march of 14 March", "A rally on 9 March drew 300.")]
    [False, False, False, True, True]
    """
    named = [e for e in events if e in months]
    month = rf"(?-i:{any_of([m.capitalize() for m in named])})\b" if named else None
    not_months = (
        rf"(?!{month}\s*(?:\d|,\s*\d))(?!(?:(?<=\d\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=since\s)|(?<=until\s)|(?<=early\s)"
        rf"|(?<=late\s)|(?<=mid-)|(?<=\bby\s)|(?<=\bon\s)){month})"
        if month
        else ""
    )
    return re.compile(rf"\b{not_months}(?:{any_of(events)})\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def time_words(lexicon: Any = None) -> TimeWords:
    """The compiled ``time`` section of ``lexicon`` (a :class:`claimcheck.lexicon.Lexicon`;
    the bundled one when None)."""
    if lexicon is None:
        from claimcheck.lexicon import load_lexicon

        lexicon = load_lexicon()
    data = lexicon.data["time"]
    months = {m: i + 1 for i, names in enumerate(data["months"]) for m in names}
    weekdays = {d: i for i, d in enumerate(data["weekdays"])}
    month = any_of(list(months))
    explicit = re.compile(
        rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{month})\.?"
        rf"|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>(?:19|20)\d\d))?",
        re.IGNORECASE,
    )
    weekday = re.compile(rf"\b(?P<w>{any_of(list(weekdays))})(?:['’]s)?\b", re.IGNORECASE)
    relative_days = {w: int(n) for w, n in data["relative_days"].items()}
    relative = re.compile(rf"\b(?P<r>{any_of(list(relative_days))})\b", re.IGNORECASE)
    told = (  # a claimant's own figure told before the one replacing it: 'after briefly giving a
        # figure of 28', 'having first reported 12', 'after initially putting the toll at 30'
        rf"(?:after|having)\s+(?:(?:{alternation(data['earlier_told_adverbs'])})\s+)?"
        rf"(?:{alternation(data['earlier_told_verbs'])})\s+(?:{_TOLD_AS})?"
    )
    earlier = re.compile(rf"\b(?:{alternation(data['earlier_before'])}|{told})\s*$", re.IGNORECASE)
    past = re.compile(rf"\b(?:{any_of(data['past_event'])})\b|{PAST_SPAN}", re.IGNORECASE)
    year = re.compile(r"(?<![\d,.])(?P<y>(?:19|20)\d\d)(?!\d|,\d)")
    ordinals = {w: int(n) for w, n in data["ordinal_days"].items()}
    ordinal = re.compile(
        rf"\b(?:(?P<o>{any_of(list(ordinals))})\s+day|day\s+(?P<n>{any_of(list(ordinals))}|\d{{1,2}}))\b",
        re.IGNORECASE,
    )
    span = re.compile(
        rf"\b(?:from\s+)?(?P<a>\d{{1,2}})\s*(?:[-–—]|to)\s*(?P<b>\d{{1,2}})\s+(?P<m>{month})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?",
        re.IGNORECASE,
    )
    cue = [*months, *weekdays, *relative_days, "day"]
    day_cue = re.compile(rf"\b(?:{alternation(cue)})\b")
    past_cue = re.compile(
        rf"(?:19|20)\d\d|\b(?:{alternation(data['past_event'])}|years\s+after|years\s+since)|{PAST_SPAN}"
    )
    return TimeWords(
        months, weekdays, explicit, weekday, relative, relative_days, earlier, year, past,
        ordinal, ordinals, span,
        re.compile(rf"\b(?:{alternation(data['earlier_clause'])})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{any_of(data['increment_before'])})\s*$", re.IGNORECASE),
        # (here and for earlier, earlier_clause, running and on_strike: a trie, not a flat
        # list of phrases tried one by one at each character; only whether one is there
        # counts, which the order of the alternatives does not change)
        re.compile(rf"\b(?:{alternation(data['still_held'])})\b", re.IGNORECASE),
        re.compile(rf"\s+(?:{any_of(data['increment_after'])})\b(?!(?<=new)\s+(?-i:[A-Z]))", re.IGNORECASE),  # (not '40 New Zealand …')
        re.compile(rf"\b(?:{alternation(data['running_total'])})\b", re.IGNORECASE),
        day_cue, past_cue,
        re.compile(rf"\b(?:{alternation(data['on_strike'])})\b(?!\s+of\b)", re.IGNORECASE),
        _gathering_words(data["gathering_events"], [m for names in data["months"] for m in names]),
        re.compile(rf"\b(?:{any_of(data['planned'])})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{any_of(data['rise_between'])})\b", re.IGNORECASE),
        re.compile(rf"^\W*(?:{any_of(data['later_after'])})\b", re.IGNORECASE),
        re.compile(
            rf"^[^.;\d]{{0,80}}?,\s*(?:{any_of(data['brings_total'])})\s+(?:to\b|(?:the|its|their)\s[^.;\d]{{0,60}}?\bto\s)",
            re.IGNORECASE,
        ),
        one_day=re.compile(rf"\b(?:in|during|over|within|for)\s+(?:{any_of(data['one_day'])})\b", re.IGNORECASE),
        one_day_bare=re.compile(rf"\b(?:{any_of(data['one_day_bare'])})\b", re.IGNORECASE),
        span_nouns=frozenset(w.casefold() for w in data["span_nouns"]),
        fasting=re.compile(rf"\b(?:{any_of(data['hunger_strike'])})\b", re.IGNORECASE),
        other_time=re.compile(rf"\b(?:{any_of(data['other_time'])})\b", re.IGNORECASE),
        up_to_now=re.compile(rf"\b(?:{any_of(data['up_to_now'])})\b", re.IGNORECASE),
        event_dated=re.compile(
            rf"\b(?:{any_of(lexicon.data['speakers']['event_nouns'])})\s+(?:(?:of|off|in|at|near|outside|aboard)"
            rf"\s+(?:[\w'’.-]+\s+){{1,8}}?(?:on|of)|of|(?:that|which)\s+(?:[\w'’.-]+\s+){{1,8}}?on)\s+(?:(?:{any_of(list(weekdays))}),?\s+)?"
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month})|(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
            rf"(?:,?\s+(?:19|20)\d\d)?",
            re.IGNORECASE,
        ),
        event_day=re.compile(
            rf"\b(?:{any_of(list(weekdays))})(?:\s+{_DAY_PART})?['’]s\s+(?:[\w-]+\s+){{0,2}}?(?!(?:toll|tally|count|total)\b)"
            rf"(?:{any_of(lexicon.data['speakers']['event_nouns'])})\b",  # (not 'Monday's toll': the toll as of Monday)
            re.IGNORECASE,
        ),
        event_when=re.compile(
            rf"\bwhen\s+(?:[\w'’.-]+\s+){{1,8}}?(?:{any_of(data['event_struck'])})\b(?:\s+(?!on\b|and\b)[\w'’.-]+){{0,4}}?"
            rf"\s+(?:on|late\s+on|early\s+on)\s+(?:(?:{any_of(list(weekdays))})\b(?:\s+{_DAY_PART})?(?:,?\s+(?:\d{{1,2}}\s+(?:{month})|(?:{month})\.?\s+\d{{1,2}}))?"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month})|(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)",
            re.IGNORECASE,
        ),
    )  # fmt: skip


_HELD_LABEL = re.compile(
    r"^\W*(?:still\s+(?:held|detained|in\s+(?:custody|detention|hospital|the\s+cells))|in\s+custody|held\s+overnight"
    r"|in\s+detention)\b[^:\n.;]{0,40}:",
    re.IGNORECASE,
)  # a list item's label that says its figures are those still held
LABEL_ITEM = 160  # the longest list item whose label is read for all its figures


def _held_label(before: str, sentence: str) -> bool:
    """Whether a list item's label says its figures are those still held ('Still held Sunday
    midday: 9 (police) / 12 (lawyers)', 'In custody on Monday: 14'): every figure after the
    label's colon, not one inside the label."""
    if len(sentence) > LABEL_ITEM or (m := _HELD_LABEL.match(sentence)) is None:
        return False
    return not sentence.startswith(before) or len(before) >= m.end()


def _held_before(before: str, words: TimeWords) -> bool:
    """Whether the words right before a figure say how many are still held, a translation's
    inverted order ('In hospital remain six persons')."""
    if "remain" not in before[-20:]:
        return False  # (cheap: the inverted order ends on 'remain(s)')
    tail = before[-30:].rstrip()
    return any(m.end() == len(tail) for m in words.still_held.finditer(tail))


def parse_date(iso: str | None) -> date | None:
    """``date`` of an ISO ``YYYY-MM-DD`` string, None when absent or malformed."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


_SPAN = re.compile(
    r"\bbetween\s+\w+(?:\s+\w+)?\s+and\b|\b\d{1,2}\s*[-–—]\s*\d{1,2}\s+[A-Za-z]",
)
_SINCE = re.compile(r"\bsince\s+(?=[A-Z\d])")
_SINCE_BEGAN = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:began|started|broke\s+out|erupted"
    r"|burst\s+(?:its|their)\s+banks|overflowed|struck|hit|collapsed|flooded)"
    r"|(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|this\s+)?[\w'’-]+(?:\s+(?!(?:on|in)\b)[\w'’-]+)?)"
    r"(?:\s+(?:on|in)\s+[\w.]+(?:\s+[\w.]+)?)?"
)  # where a count starts ('since the heatwave began on 8 July', 'since the start of the
# emergency on 9 November', 'since the rivers burst their banks on 15 November'), not its day


CAUSE_CLAUSE = re.compile(
    r"\b(?:as\s+a\s+(?:direct\s+)?(?:result|consequence)\s+of|because\s+of|caused\s+by|due\s+to|owing\s+to"
    r"|in\s+the\s+(?:wake|aftermath)\s+of)\s+(?:the|a|an|this|that|last|[A-Z][\w'’-]*['’]s)\s+[^,;.:]*",
    re.IGNORECASE,
)  # a toll's cause, named with its day ('as a result of the fire of 14 March', 'caused by the
# blast on Sunday', 'in the wake of the storm that hit on 2 May'): the cause's day, not the count's


_BEGAN = re.compile(
    r"\b(?:that|which)\s+(?:(?:first|had|has)\s+)?(?:began|started|broke\s+out|erupted)"
    r"(?:\s+(?:in|at|near|outside)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"  # ('began in Mukalla on Saturday')
    r"\s+(?:on|in)\s+[\w.]+(?:\s+[\w.]+){0,2}"
)


_SINCE_DONE = re.compile(r"\b[Ss]ince\s+(?:[\w'’-]+\s+){1,8}?(?:on|in)\s+(?=[A-Z\d])[\w.]+(?:\s+[\w.]+)?")
# ('since police cleared the camp on Monday', 'since troops moved into the valley on Saturday')


def _began(window: str) -> str:
    """A tally's window without the day its events began ('10 people have died in the unrest
    that began on 17 October' counts up to the report's day, not to the 17th).

    >>> _began(" people have died in the unrest that began on 17 October")
    ' people have died in the unrest '
    >>> _began(" people were arrested on Sunday")
    ' people were arrested on Sunday'
    >>> _began(" people injured in the protests that began in Mukalla on Saturday 14 August over the cuts")
    ' people injured in the protests  over the cuts'
    """
    if "began" not in window and "started" not in window and "broke" not in window and "erupted" not in window:
        return window
    return _BEGAN.sub("", window)


def _is_span(window: str, words: TimeWords) -> bool:
    """Whether a window names a span of days rather than a day: 'between Sunday and Tuesday',
    '24–27 November', 'since Monday', 'since 3 March', 'since the march of Thursday 15 October'
    (not 'since President X was declared').

    >>> _is_span(" people detained since the march of Thursday 15 October", time_words())
    True
    >>> _is_span(" people detained at the march of Thursday 15 October", time_words())
    False
    >>> _is_span(" deaths since the first case was admitted on 27 October 2026", time_words())
    True
    >>> _is_span(" filled the arena on September 20, the largest since the protests of 2024", time_words())
    False
    """
    if _SPAN.search(window):
        return True
    return any(
        window[m.end()].isdigit() or words.weekday.match(window, m.end()) or words.explicit.match(window, m.end())
        for m in _SINCE.finditer(window)
    ) or any(
        words.weekday.match(window, m.end()) or words.explicit.match(window, m.end())
        for m in _SINCE_THE.finditer(window)
    )  # (not 'since the winter protests of 2024–2025': a year, no day)


# 'since the march of Thursday 15 October', 'since the march on Thursday', 'since the first case
# was admitted on 27 October' (a passive clause: when something was done): a count from an event
# of a day, up to the report's (the day is where the span starts); not 'since residents took to the
# streets on Wednesday night', which dates a gathering
_SINCE_THE = re.compile(
    r"\bsince\s+the\s+(?:(?:[a-z][\w'’-]*\s+){1,2}|(?:[a-z][\w'’-]*\s+){1,4}(?:was|were|had\s+been)\s+[a-z]+(?:ed|en|wn|t)\s+)"
    r"(?:on|of)\s+(?=[A-Z\d])"
)


def resolve_day(
    window: str,
    report: date | None,
    words: TimeWords,
    *,
    last: bool = False,
    event: tuple[date | None, date | None] = (None, None),
    year: int | None = None,
) -> date | None:
    """The day a window of words names (the first one; the last with ``last``), resolved
    against the report's date; None when it names none or cannot be resolved. An undated
    report's dates written without a year ('On 2 September') are of ``year``, the year of
    the event it tells, when known; its weekdays are not resolved."""
    if "since" in window:
        window = _SINCE_BEGAN.sub("", window)
    if not window or not words.day_cue.search(window.casefold()) or _is_span(window, words):
        return None  # no day; or a span ('between Sunday and Tuesday', '24–27 November')
    hits: list[tuple[int, date | None]] = []
    for m in words.explicit.finditer(window):
        month = words.months[(m["m1"] or m["m2"]).casefold()]
        day = int(m["d1"] or m["d2"])
        written = int(m["y"]) if m["y"] else (report.year if report else year)
        if written is None:
            continue
        try:
            d = date(written, month, day)
        except ValueError:
            continue
        if not m["y"] and report and d > report + timedelta(days=7):
            d = d.replace(year=written - 1)  # 'on 30 December' in a January report
        hits.append((m.start(), d))
    if hits:  # a date as written wins over a weekday next to it ('Tuesday 17 February')
        hits.sort(key=lambda h: h[0])
        return (hits[-1] if last else hits[0])[1]
    for m in words.ordinal.finditer(window):  # 'the second day' of the event
        word = (m["o"] or m["n"]).casefold()
        n = int(word) if word.isdigit() else words.ordinals.get(word, 0)
        day = event[1] if n < 0 else (event[0] + timedelta(days=n - 1) if event[0] and n else None)
        if day is not None:
            hits.append((m.start(), day))
    if report is not None:
        for m in words.weekday.finditer(window):
            back = (report.weekday() - words.weekdays[m["w"].casefold()]) % 7
            hits.append((m.start(), report - timedelta(days=back)))
        for m in words.relative.finditer(window):
            hits.append(
                (m.start(), report - timedelta(days=words.relative_days[" ".join(m["r"].split()).casefold()]))
            )
    if not hits:
        return None
    hits.sort(key=lambda h: h[0])
    return (hits[-1] if last else hits[0])[1]


EVENT_CHARS = 1500  # how far into a report the span of its event is looked for


def event_days(body: str, report: date | None, words: TimeWords) -> tuple[date | None, date | None]:
    """The first and last day of an event of several days, from the first span a report's
    opening writes ('from 11 to 13 November 2026', 'Date 11–13 November'), else from 'on Wednesday,
    the first day'; (None, None) when it names none."""
    lead = body[:EVENT_CHARS]
    m = words.span.search(lead)
    if m:
        year = int(m["y"]) if m["y"] else (report.year if report else None)
        month = words.months[m["m"].casefold()]
        try:
            if year is not None:
                return date(year, month, int(m["a"])), date(year, month, int(m["b"]))
        except ValueError:
            pass
    at = lead.casefold().find(", the first day")
    if at > 0:
        day = resolve_day(lead[max(0, at - 40) : at], report, words, last=True)
        if day is not None:
            return day, None
    return None, None


_HEADING = re.compile(r"^[ \t]*(?P<h>[^\n\-•*(\[][^\n]{1,58}?)[ \t]*$", re.MULTILINE)
HEADING_CHARS = 59  # the most a heading holds between its spaces (h above)
# a list's entry, a label and its figure ('Porto: 35,000', 'Maribor (Trg Leona Stuklja) ..... approx. 4,000',
# 'Kelso – 1,200 marchers'; not a clock's '14:05')
_LIST_ENTRY = re.compile(
    r"(?:(?<!\d):|\.{3,}|…+|\s[-–—])\s*(?:[^\W\d_]{1,6}\.?\s+)?[~≈]?\d[\d,. ]*\+?(?:\s*(?:\([^()]*\)|[^\W\d_]+))?$"
)


def _entry_with_more(line: str, text: str, end: int) -> bool:
    """Whether ``line`` (ending at ``end`` in ``text``) is a list's entry with another entry on
    the next line: one line of the section it stands in ('Saturday 14 November' over 'Lisbon:
    120,000', 'Porto: 35,000'), no heading of the lines after it. The list's last entry still
    ends its section, as a heading of no day: the paragraphs after a day's list are not that
    day's ('… 45,000 in Lisbon yesterday').

    >>> text = "Saturday 14 November\\nLisbon: 120,000\\nPorto: 35,000\\n\\nThe police said 45,000."
    >>> [_entry_with_more(line, text, text.find(line) + len(line)) for line in text.splitlines()[:3]]
    [False, True, False]
    """
    if _LIST_ENTRY.search(line) is None:
        return False
    after = text.find("\n", end + 1)
    following = text[end + 1 : after if after >= 0 else len(text)].strip()
    return len(following) <= HEADING_CHARS and _LIST_ENTRY.search(following) is not None


def section_days(
    text: str,
    start: int,
    report: date | None,
    words: TimeWords,
    event: tuple[date | None, date | None],
) -> list[tuple[int, date | None]]:
    """Where each heading line of a report ends and the day it names ('First day (11
    November)', 'Tuesday 17 February' in a live blog), None for a heading that names none
    ('Casualties and arrests'): the day of the figures under it. A heading is a short line
    of at most eight words that does not end a sentence."""
    out: list[tuple[int, date | None]] = []
    for m in _RUN_IN_DAY.finditer(text, max(start - 2, 0)):
        # a day-by-day account's paragraph opened by its day ('Tuesday 4 May. GRB's rally at …',
        # 'Wednesday: clashes before dawn …'): the day of its figures, to the paragraph's end
        if m["h"].split()[0].rstrip(",").casefold() in words.weekdays:
            end = text.find("\n\n", m.end())
            out += [(m.end(), resolve_day(m["h"], report, words, event=event)), (len(text) if end < 0 else end, None)]
    for m in line_matches(_HEADING, text, start, HEADING_CHARS):
        h = m["h"]
        if h[-1] in ".!?;:,\"”’'" or len(h.split()) > 8 or _entry_with_more(h, text, m.end()):
            continue
        posted = POSTED.search(h) is not None  # when a reader or the page wrote it (see POSTED)
        out.append(
            (
                m.end(),
                None
                if posted or _SPAN.search(h) or _SINCE.search(h) or _GLUED.search(h)
                else resolve_day(h, report, words, event=event),
            )
        )
    return sorted(out, key=lambda section: section[0]) if len(out) > 1 else out


# a paragraph that opens with a weekday and its date, alone before a stop, a colon or a dash
# ('Tuesday 4 May. GRB's rally …', 'Monday, 12 April: the road block was …')
_RUN_IN_DAY = re.compile(
    r"\n[ \t]*\n[ \t]*(?P<h>[A-Z][a-z]+,?(?:[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+|[ \t]+[A-Z][a-z]+[ \t]+\d{1,2})?)[ \t]*[.:—–][ \t]+(?=[A-Z\d\"“])"
)


# a label run into its figure ('Ministry of Health (20 Nov 2025)Deaths34Injured126'): a scraped
# table's row ('Turnout, day 2 (unions)650,000'), whose dates are its own cells', not the day
# of the lines that follow
_GLUED = re.compile(r"[^\W\d_]\d|\)\d")
POSTED = re.compile(
    r"\S\s+[·|•]\s+\d|\b(?:wrote|writes|commented|replied):?$|\b\d+\s*(?:h|hr|hrs|hours?|min|mins|minutes?)\s+ago\b"
    r"|^(?i:(?:first\s+|last\s+)?(?:published|posted|updated|modified|issued)\b)"
)  # when a reader wrote ('Sofie M. · 13 Oct 2026, 09:40', a forum's 'Posted: Nov 25, 2026 07:40'
#    over a post), or when the page was written or touched again ('Updated: Friday, 27 March
#    2026 - 08:05' under 'Published: Thursday, 26 March'): no day of the figures below


def event_year(text: str, report: date | None, words: TimeWords) -> int | None:
    """The year of the event a report tells: the year of a full date in its opening ('On 14
    March 1996, soldiers opened fire') or of an encyclopedia title ('The 2026 Kirkuk market
    bombing'); else its date's; else the latest year it mentions."""
    year = stated_year(text, words)
    if year is not None and (report is None or year <= report.year):
        return year
    if report is not None:
        return report.year
    years = [int(m["y"]) for m in words.year.finditer(text)]
    return max(years) if years else None


_TITLE_YEAR = re.compile(r"^[ \t]*The\s+((?:19|20)\d\d)\s+[A-Z]", re.MULTILINE)  # (opening a line)


def stated_year(text: str, words: TimeWords) -> int | None:
    """The year a report's opening states for its event: that of its first full date ('On 14
    March 1996, soldiers opened fire') or of an encyclopedia title ('The 2026 Kirkuk market
    bombing'); None when it states none.

    >>> words = time_words()
    >>> stated_year("2025 Zhetysu Palace siege. The siege began on 14 November 2025.", words)
    2025
    >>> resolve_day("On 16 November tens of thousands gathered", None, words, year=2025)
    datetime.date(2025, 11, 16)
    >>> stated_year("Police said 40 people were arrested.", words) is None
    True
    """
    lead = text[:EVENT_CHARS]
    dated = next((int(m["y"]) for m in words.explicit.finditer(lead) if m["y"]), None)
    if dated is not None:
        return dated
    titled = _TITLE_YEAR.search(lead)  # (a title opens its line: 'The 1996 Ozone Disco inferno, in
    # which 162 lost their lives' inside a digest's paragraph recalls another event)
    return int(titled[1]) if titled else None


_DIGITS = re.compile(r"\d[\d,.]*")
_CUE = re.compile(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|than)\b"
    rf"|:\s+(?=(?:{number_words(1, 12)}|\d+)\b)",
    re.IGNORECASE,
)  # ('a far smaller crowd than Sunday's march': another figure's day; 'Two persons have died: one
#    on Saturday …, one on Sunday …': its items' days after a colon, not the whole's)


def own_words(after: str, words: TimeWords) -> str:
    """The words after a figure that are still its own: up to the next number that is not part
    of a date, or to 'compared with', 'up from' (which bring another figure)."""
    stop = len(after)
    cue = _CUE.search(after)
    if cue:
        stop = cue.start()
    if _DIGITS.search(after, 0, stop) is None:
        return after[:stop]  # no number: no dates to look for
    dates = [m.span() for m in words.explicit.finditer(after)] + [
        m.span() for m in words.year.finditer(after)
    ]
    for m in _DIGITS.finditer(after, 0, stop):
        if not any(a <= m.start() < b for a, b in dates):
            return after[: m.start()]
    return after[:stop]


_DATED = re.compile(r"\bdated\s+(?:the\s+)?", re.IGNORECASE)


def documents_dates_out(text: str, words: TimeWords) -> str:
    """``text`` with the date of a document blanked out: 'dated' before a date ('under an order
    of the High Court dated 29 June 2026', 'a letter dated May 3') tells when a paper was
    written, not the day of the figure the words are about.

    >>> documents_dates_out("gathered to stop an eviction under an order dated 29 June 2026.", time_words()).split()
    ['gathered', 'to', 'stop', 'an', 'eviction', 'under', 'an', 'order', '.']
    >>> documents_dates_out("gathered on 13 August.", time_words())
    'gathered on 13 August.'
    """
    for m in _DATED.finditer(text):
        if (day := words.explicit.match(text, m.end())) is not None:
            text = text[: m.start()] + " " * (day.end() - m.start()) + text[day.end() :]
    return text


_NEXT_DAY_CLAUSE = re.compile(
    r"(?:[,;]|\band\b)\s*(?:and\s+)?(?:(?:on|by)\s+(?P<d>[^,;]{3,40}?)|(?P<p>[A-Z][a-z]+day)['’]s)\s*$"
)  # (or a day's possessive opening the next figure's clause: "Monday's toll was two, Tuesday's four")


def _before_next_figures_day(own: str, ref: date | None, words: TimeWords) -> str:
    """A figure's own words, which another figure follows, without the day that opens that
    figure's clause: in '120 persons were detained, on Saturday 10 October 251 …' the
    Saturday is the 251's.

    >>> _before_next_figures_day(" persons were detained, on Saturday 10 October ", date(2026, 10, 14), time_words())
    ' persons were detained'
    >>> _before_next_figures_day(" people were detained on Saturday, and ", date(2026, 10, 14), time_words())
    ' people were detained on Saturday, and '
    >>> _before_next_figures_day(", Tuesday's ", date(2026, 10, 14), time_words())
    ''
    """
    m = _NEXT_DAY_CLAUSE.search(own)
    if m is None or resolve_day(m["d"] or f"on {m['p']}", ref, words) is None:
        return own
    return own[: m.start()]


_OPENING = re.compile(r"^\W*(?:on|by|late\s+on|early\s+on|as\s+(?:of|at))\s+[^,]{3,30},", re.IGNORECASE)  # ("As of 24 October, …")


_SEMI_CLAUSE = re.compile(r";([^;.!?]*)$")  # the figure's clause after a semicolon of its sentence
_DAY_OPENS = re.compile(
    rf"(?:^|;\s*)\W*(?:(?P<today>today)\s*,\s*|on\s+){WEEKDAY}(?:,?\s+[A-Z][a-z]+\s+\d{{1,2}}|,?\s+\d{{1,2}}\s+[A-Z][a-z]+)?"
    r"\s*,\s*[^,;:\d]{0,40}$",
    re.IGNORECASE,
)  # the figure's clause opens with its day: 'On Monday, ', '; on Tuesday, ', 'On Thursday, November 12, officers arrested ', 'Today, Friday, November 13, officers arrested '
_ON_THE_DAY = re.compile(
    r"\bon\s+(?:the\s+(?:night|morning|afternoon|evening)\s+of\s+)?"
    rf"(?:{WEEKDAY}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b|[A-Z][a-z]+\s+\d{{1,2}}\b)"
    rf"(?!\s*(?:night\s+)?(?:and|or|to|through|until|[-–])\s+(?:on\s+)?{WEEKDAY})"
)  # a figure's own words put it on one day: 'on Wednesday', 'on the night of Tuesday, March 10', 'on 15 October'
# (not 'on Tuesday and Wednesday', 'on Thursday or Friday night': two days)
_TOLD_THEN = re.compile(
    r"\b(?:given|published|announced|reported|released|issued|said|told|stated|confirmed|put\s+out)\b", re.IGNORECASE
)  # the day is when the figure was told: 'against the 112 given by the police on Friday'
ON_THE_DAY_REACH = 40  # how far after a figure its own 'on <day>' may open ('people on the campus on the night of …')
SINCE_WHEN = re.compile(
    r"\bsince\s+(?:the\s+)?(?:first|start|beginning|outbreak|early|earliest)\b[^,.;]*,\s*when\s[^,.;]*$",
    re.IGNORECASE,
)  # 'has risen every day since the first night of clashes, when it reported four deaths'
FIRST_TOLL = re.compile(
    r"\b(?:initial|original|first(?:\s+(?:day|night)['’]s)?)\s+(?:toll|figure|count)\s+of\s+$", re.IGNORECASE
)  # 'far beyond the first day's toll of three'
WHEN_CLAUSE = re.compile(r"\s*when\b", re.IGNORECASE)


def _last_clause(before: str) -> str:
    """The words before a figure from the last comma on ('…, which was announced on
    November 24, has now entered its second day as' names no day of the figure); a clause
    opening with 'when' takes the one before it in, which names its day ('on Thursday, when
    it reported four deaths').

    >>> _last_clause("The ministry first gave a toll on Thursday, when it reported ")
    'The ministry first gave a toll on Thursday, when it reported '
    >>> _last_clause("The march, which began on Monday, drew ")
    'The march drew '

    An aside set off by commas between a subject and its verb leaves the subject in the clause
    (its own day, 'which began on Monday', left out).

    A day the clause before counts from ('since Monday evening, when it put the toll at') is
    the day of the 'when' clause's figure: the count it gave then.

    >>> _last_clause("Four died since Monday evening, when it put the toll at ")
    'Four died on Monday evening, when it put the toll at '
    """
    head, _, clause = before.rpartition(",")
    if head and WHEN_CLAUSE.match(clause):
        return _SINCE_WEEKDAY.sub("on ", head.rsplit(",", 1)[-1]) + "," + clause
    if "," in head and _VERB_FIRST.match(clause):
        subject, _, aside = head.rpartition(",")
        if _ASIDE.match(aside):  # "Wednesday's rally in Zouerat, the largest in years, had been counted at"
            return subject.rsplit(",", 1)[-1] + clause
    return clause


_ASIDE = re.compile(r"\s*(?:the|a|an|which|who|whose|one\s+of|described|mostly|largely|largest|biggest)\b", re.IGNORECASE)
_VERB_FIRST = re.compile(r"\s*(?:(?:had|has|have|was|were|is|are)\b|[a-z]+(?:ed|ew|ought|s)\b(?<!\bas)(?<!\bthis)(?<!\bits)(?<!\bhis))")
# (an aside set off by commas between a subject and its verb: the verb's clause is the subject's)


_SINCE_WEEKDAY = re.compile(rf"\bsince\s+(?={WEEKDAY}\b)")


def _opening(sentence: str, words: TimeWords) -> str:
    """A day that opens the sentence ('On Sunday, …', or a weekday with no comma: 'On Friday
    evening the collective held a vigil, attended by about 2,000', or a short list item's label:
    'Detained Wed: 17 (police) / 22 (legal team)'), which dates all its figures.

    >>> _opening("On Friday evening the collective held a vigil, attended by 2,000", time_words())
    'On Friday evening'
    >>> _opening("On arrival the patients were sorted, 40 of them", time_words())
    ''
    >>> _opening("Still held Sunday midday: 9 (police) / 12 (lawyers)", time_words())
    'Still held Sunday midday'
    """
    m = _OPENING.match(sentence)
    if m is None and (m := _OPENING_WEEKDAY.match(sentence)) is not None and m["w"].casefold() not in words.weekdays:
        m = None
    if m is None and len(sentence) <= LABEL_ITEM and ":" in sentence:
        m = _ITEM_LABEL.match(sentence)  # a list item's label: 'Detained Wed, Borgartún: 17 (police) / 22 (VF)'
    if m is None and (lead := _RELATIVE_OPENING.match(sentence)) is not None:
        told = words.relative.match(sentence, lead.end())  # 'Last night, upwards of 3,000 people sat down …'
        if told is not None and sentence[told.end() : told.end() + 1] == "," and words.relative_days.get(
            " ".join(told["r"].split()).casefold()
        ) is not None and " ".join(told["r"].split()).casefold() not in _NO_DAY_OPENINGS:
            return sentence[: told.end() + 1]
    return m.group(0) if m else ""


_RELATIVE_OPENING = re.compile(r"\W*(?:(?:earlier|late|early)\s+)?", re.IGNORECASE)  # (before 'Last night,', 'Earlier today,')
_NO_DAY_OPENINGS = frozenset({"so far", "to date", "as of now"})  # (a running count's words, no day of its own)


_ITEM_LABEL = re.compile(r"^\W*[^\W\d][^:\n.;()—–]{0,50}(?=:\s)")  # (not a figure's own note: 'Dead — 21 (ministry, 19 March): …')


_DAY_PART = r"(?:morning|afternoon|evening|night)"
_TOLD_AS = (
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:figure|toll|count|number|tally|estimate|total)\s+(?:of|at|as)\s+"
    r"|(?:it|them|the\s+toll|the\s+figure|the\s+number)\s+(?:at|as)\s+"
)  # what an earlier telling gave the figure as: 'a figure of', 'the death toll at', 'it at'
_OPENING_WEEKDAY = re.compile(rf"^\W*(?:on|late\s+on|early\s+on)\s+(?P<w>\w+)(?:\s+{_DAY_PART})?\b", re.IGNORECASE)


def is_earlier(before: str, words: TimeWords) -> bool:
    """Whether the words just before a figure make it an earlier one ('up from', 'compared
    with'), or its clause says so ('The ministry had earlier said 7')."""
    return (
        words.earlier.search(before[-40:]) is not None
        or words.earlier_clause.search(_last_clause(before)) is not None
        or SINCE_WHEN.search(before[-120:]) is not None
        or EARLIER_OPENING.match(before) is not None
    )


_NOW = re.compile(r"\b(?:now|has|have)\b")  # (a later figure's words: 'the toll has now reached 40')
EARLIER_OPENING = re.compile(
    r"\W*(?:(?:Earlier(?:\s+(?:in\s+the\s+day|today|on))?|Previously|At\s+first|Initially|Originally)\s*,"
    r"|Earlier\s+(?:in\s+the\s+(?:day|week)|this\s+week)\s*,?"
    r"|(?:At\s+first|First|Initially|Originally)(?=\s+(?:the|a|an|its|their|police|officials|authorities)\b[^,;]*$))"
    r"\s+(?![^,]*\b(?:now|has|have)\b)"
)  # a sentence that opens by saying it tells an earlier figure: 'Earlier, a senior official had
#    confirmed 97 deaths', 'Earlier in the week fire officials briefly announced 18 fatalities'
#    (not 'Earlier, police said the toll has now reached 40'); 'First the ministry said 15 dead',
#    'Initially the police put the toll at 9' (not 'First responders said 15 people died')


# an earlier statement's verb: the day before it dates the statement, not the crowd it counts
_HAD_SAID = re.compile(
    r"\bhad\s+(?:given|put|said|estimated|reported|counted|claimed|announced)\b", re.IGNORECASE
)
_WHICH_PUT = re.compile(r"\s*(?:which|whose\s+(?:size|turnout))\b")  # a gathering's clause
_MONTH = rf"{MONTH_STEM}[a-z]*\.?"
_IN_YEAR = re.compile(rf"(?i)\b(?:in|during)\s+(?:the\s+)?(?:{_MONTH}\s+)?((?:19|20)\d\d)\b")  # 'in March 2017'
_SINCE_WHICH = re.compile(
    r"\bsince\s+(?:the\s+)?(?P<n>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*),\s+which\s+(?:[a-z]+\s+){0,2}$"
)  # 'the most damaging storm since Cyclone Enawo, which killed': an earlier event's figure
_OPENING_YEAR = re.compile(
    rf"^\W*(?:in|during|by|on)\s+(?:the\s+)?(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)  # 'In 2019, …', 'In May 2014 about 100 people died …, and hundreds more were treated'


def _clause_end(after: str, most: int) -> int:
    """Where the clause of the words after a figure ends (a comma, semicolon or full stop),
    at most ``most`` characters on."""
    ends = [i for i in (after.find(","), after.find(";"), after.find(". ")) if i >= 0]
    return min([most, *ends])


_FOUNDED = re.compile(
    r"\b(?:founded|established|formed|created|set\s+up|registered|launched)\s+(?:in\s+)?$"
)  # 'Cofadeh, a human rights group founded in 1982, said …': the year of a claimant, not the figure's


_ASIDE_OPEN = re.compile(r"(?:,|\()\s*(?:which|who|whose)\b[^,;:.()]*$")
_ASIDE_CLOSED = re.compile(r"[^,;:.()]*[,)]\s*(?P<rest>[^,;:.()]*)$")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def _in_closed_aside(before: str, start: int, end: int) -> bool:
    """Whether the year at ``start``:``end`` of ``before`` stands in a relative clause set off
    by commas or brackets, closed before a verb of saying that governs the figure ('The
    ministry, which has run labour policy since the 2025 merger, said '; 'Ms Oduya, who has
    chaired the federation since 2020, said '): the story of who speaks, not the figure's
    time. Not an aside the figure stands in ('The union, which in 2019 brought '), nor one
    before the figure's own verb ("Zambia's last outbreak, which began in October 2023 …,
    killed more than ": that event's toll)."""
    if _ASIDE_OPEN.search(before, max(0, start - 120), start) is None:
        return False
    closed = _ASIDE_CLOSED.match(before, end)
    if closed is None:
        return False
    words = _WORD.findall(closed["rest"].casefold())
    verbs = load_lexicon().speech_verbs
    return any(" ".join(words[i : i + n]) in verbs for i in range(len(words)) for n in (1, 2, 3))


_STATED_IN = re.compile(
    r"\b(?:statement|report|interview|letter|speech)\s+(?:(?:published|issued|released|given)\s+)?in\s+$"
)  # 'The KIO said in a statement in 2017 that "more than 220" … had been killed': when it was
#    said, not when they died (as the rule scope/past-year reads it)


def is_past(before: str, after: str, year: int | None, words: TimeWords) -> bool:
    """Whether a figure belongs to an earlier event: a year before the event's year in the words
    before it (or 'in 2019' just after it), or past-event wording ('years ago', 'anniversary');
    not the year a claimant was founded.

    >>> w = time_words()
    >>> is_past("Cofadeh, a group founded in 1982, said that at least ", "", 2026, w)
    False
    >>> is_past("In 2019, police arrested ", "", 2026, w)
    True
    >>> is_past("Twenty-four years after the Joola, in which ", " people died", 2026, w)
    True
    >>> is_past("Two years after the coup, police arrested ", "", 2026, w)
    False
    >>> is_past('The group said in a statement in 2017 that "more than ', "", 2026, w)
    False
    """
    if year is not None:
        for m in words.year.finditer(before):
            if (
                int(m["y"]) < year
                and not _FOUNDED.search(before, max(0, m.start() - 25), m.start())
                and not _STATED_IN.search(before, max(0, m.start() - 25), m.start())
                and not (("which" in before or "who" in before) and _in_closed_aside(before, m.start(), m.end()))
            ):
                return True
        # 'in 2019' just after it, or ending its own clause ('16 people were killed in
        # protests there and elsewhere in 2017–2018')
        m = _IN_YEAR.search(after, 0, max(40, _clause_end(after, 90)))
        if m and int(m[1]) < year:
            return True
    if "since" in before and (m := _SINCE_WHICH.search(before[-120:])) is not None:
        last = m["n"].split()[-1].casefold()
        if last not in words.months and last not in words.weekdays:
            return True
    if "years after" in before or "years since" in before:
        if _YEARS_AFTER_WHICH.search(before) is not None:
            return True  # 'Twenty-four years after the Joola, in which 1,863 people died'
    return words.past.search(before) is not None or words.past.search(after, 0, 60) is not None


_FIGURE_OF = re.compile(r"\b(?:figure|toll|count|number|tally)\s+of\s+$", re.IGNORECASE)
_IS_CORRECTED = re.compile(
    r"[^.;:!?]{0,90}?\b(?:is|was|has\s+been|had\s+been)\s+(?:hereby\s+|now\s+|since\s+|later\s+)?"
    r"(?:corrected|withdrawn|revised|amended|retracted|rectified)\b",
    re.IGNORECASE,
)


def _corrected(before: str, after: str) -> bool:
    """Whether a figure is named as the one a correction withdraws ('The figure of thirty-four
    (34) deaths announced at this morning's briefing is hereby corrected'): an earlier figure
    of the tally, which the corrected one after it replaces.

    >>> _corrected("The figure of ", " deaths announced at the briefing this morning is hereby corrected.")
    True
    >>> _corrected("The toll of ", " given on Monday was corrected to 31 on Tuesday.")
    True
    >>> _corrected("The ministry said ", " people died; the list is corrected every day.")
    False
    >>> _corrected("The figure of ", " deaths stands, the ministry said.")
    False
    """
    return _FIGURE_OF.search(before[-30:]) is not None and _IS_CORRECTED.match(after) is not None


_RECOVERED = re.compile(
    r"\b(?:recovered|retrieved|pulled\s+out|brought\s+out|found|exhumed)\s+(?:(?:another|a\s+further|the\s+bodies\s+of)\s+)?$"
)  # a day's bodies found: 'recovered 17 bodies on Monday'
_FOUND_AFTER = re.compile(
    r"\s+(?:more\s+|other\s+)?bod(?:y|ies)\s+(?:were|was)\s+(?:found|recovered|retrieved|pulled\s+out|brought\s+out|exhumed)\b"
)  # 'three bodies were found in the stairwell' on a day: that day's finds
_ROSE_AFTER = re.compile(
    r"\b(?:risen|rose|climbed|increased|gone\s+up|went\s+up|jumped)\s+to\s+[\w.-]+\s*,?\s+after\s+"
    r"(?:\w+\s+){0,3}?(?:died|had\s+died|succumbed|was\s+found|were\s+found)\b"
)  # 'the toll had risen to nine, after two patients died in hospital': the figure right after
# 'after' (the previous figure the toll) is what the tally added
BY_THE_DAY = re.compile(
    r"\b(?:By|As\s+of)\s+(?:\d{1,2}[:.]\d{2}\s+on\s+)?(?:the\s+(?:end|evening|morning|afternoon|night)\s+of\s+|(?:late|early)\s+)?"
    r"(?:\d{1,2}\s+[A-Z]|[A-Z][a-z]+day\b|[A-Z][a-z]+\s+\d{1,2}\b|nightfall|dawn|noon)"
)  # 'By the evening of 11 February, … had recovered 23 bodies', 'As of 18:00 on Tuesday, our teams
#    have recovered 21 bodies': all found by then, a running count
BY_THE_DAY_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,3}?by\s+(?:the\s+(?:end|evening|morning|afternoon|night)\s+of\s+|(?:late|early)\s+)?"
    r"(?:\d{1,2}\s+[A-Z]|[A-Z][a-z]+day\b|[A-Z][a-z]+\s+\d{1,2}\b|nightfall|dawn|noon)"
)  # 'had recovered 35 bodies by the evening of 7 May': the same running count, its day after it
_YEARS_AFTER_WHICH = re.compile(
    r"\b(?:years|decades)\s+(?:after|since)\s+[^,.;]{1,60},\s+(?:in\s+which|during\s+which|when|which\s+(?:killed|left))\b[^.;]*$"
)  # the earlier event a relative clause tells the figure of


_CLOCK = re.compile(
    r"[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?:\s*(?:GMT|UTC|BST|CET|local))?[ \t]*[—–|:-]"
)


def clock_of(paragraph: str) -> str | None:
    """The time a live-blog entry opens with ('14:10 — The toll …' -> '14:10'), or None.

    >>> clock_of("09:40 — The death toll now stands at 89")
    '09:40'
    >>> clock_of("In Paris, 87,000 marched") is None
    True
    """
    m = _CLOCK.match(paragraph)
    return f"{int(m['h']):02d}:{m['m']}" if m else None


_CLOCK_LINE = re.compile(
    r"[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<pm>[ap])\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|local))?[ \t]*",
    re.IGNORECASE,
)
STAMP_LINES = 8  # how many lines of one entry are walked back to its stamp


def stamp_clock(text: str, line: int, start: int) -> str | None:
    r"""The time of a live-blog entry whose stamp stands alone on a line above its words, with no
    blank line between ('09:45' then 'Morning briefing … Five dead, 31 injured.', a hard-wrapped
    entry's later lines too); ``line`` is the index of the newline before the line read, ``start``
    where the report's body starts. None when the entry's block opens with anything else.

    >>> entry = "Intro.\n\n21:15\nA doctor said six bodies\nhad arrived.\n\n9:40 pm\nNo change."
    >>> stamp_clock(entry, entry.index("\nhad"), 0), stamp_clock(entry, entry.index("\nNo"), 0)
    ('21:15', '21:40')
    >>> stamp_clock(entry, entry.index("\n\n21"), 0) is None
    True
    """
    end = line
    for _ in range(STAMP_LINES):
        if end <= start:
            return None
        begin = text.rfind("\n", start, end) + 1
        above = text[max(begin, start) : end]
        if not above.strip():
            return None
        m = _CLOCK_LINE.fullmatch(above)
        if m is not None:
            return _hh_mm(m)
        end = begin - 1
    return None


_POST_STAMP = re.compile(
    r"^[ \t]*(?:(?:posted|written|sent)\s+by\s+\S[^\n]{0,60}?\s+(?:on|at)\s+|[^\n]{1,40}?\s+[·|•]\s+)"
    r"(?P<d>[^\n]{4,30}?),?\s+(?:at\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)"
    r"(?:\s*(?P<pm>[ap])\.?m\.?)?[ \t]*$",
    re.IGNORECASE,
)


def post_clock(line: str, report: date | None, words: TimeWords) -> str | None:
    """The time of a reader's post whose stamp is the line above its words ('Posted by
    riverkid88 on 11 Nov 2026, 09:02', 'Sofie M. · 13 Oct 2026, 9:40 pm'), when the post is of
    the report's own day (a thread's later days keep their day unknown), else None.

    >>> w = time_words()
    >>> post_clock("Posted by riverkid88 on 11 Nov 2026, 09:02", date(2026, 11, 11), w)
    '09:02'
    >>> post_clock("Sofie M. · 11 Nov 2026, 9:40 pm", date(2026, 11, 11), w)
    '21:40'
    >>> post_clock("Posted by riverkid88 on 12 Nov 2026, 09:02", date(2026, 11, 11), w) is None
    True
    >>> post_clock("The toll rose to 14 at 13:40", date(2026, 11, 11), w) is None
    True
    """
    m = _POST_STAMP.match(line) if report is not None and len(line) < 120 else None
    if m is None or resolve_day(m["d"], report, words) != report:
        return None
    return _hh_mm(m)


def _hh_mm(m: re.Match[str]) -> str:
    """A stamp's time on the 24-hour clock from its hour, minutes and 'am'/'pm' letter (groups
    ``h``, ``m``, ``pm``): '9:40 pm' -> '21:40', '12:05 pm' -> '12:05', '09:02' -> '09:02'."""
    hour = int(m["h"])
    if m["pm"] and m["pm"].casefold() == "p" and hour < 12:
        hour += 12
    return f"{hour:02d}:{m['m']}"


def sentence_cues(sentence: str, words: TimeWords) -> tuple[bool, bool]:
    """Whether a sentence holds a word any day needs, and a year or past-event wording: one
    quick search each, so that most figures skip the rest."""
    folded = sentence.casefold()
    return words.day_cue.search(folded) is not None, words.past_cue.search(folded) is not None


def is_later(before: str, after: str, year: int | None, words: TimeWords) -> bool:
    """Whether a gathering's figure is of a later year than the event's ('In 2016, … 30,000
    attended' in a story of 1996): another gathering."""
    if year is None:
        return False
    if any(int(m["y"]) > year for m in words.year.finditer(before)):
        return True
    m = _IN_YEAR.search(after, 0, 40)
    return bool(m) and int(m[1]) > year


def _one_day_of(
    day: date, event: tuple[date | None, date | None], sentence: str, words: TimeWords
) -> bool:
    """Whether a tally's figure, dated to one day of an event of several days by the event's
    own frame (under a heading 'Third day (13 November)': 'In the afternoon … 47 people were
    arrested'; 'on the second day'), counts that day's arrests (or deaths)
    rather than the running total ('By the second day the toll had risen to 9', 'Over the
    three days, 112 were arrested')."""
    first, last = event
    return (
        first is not None
        and last is not None
        and first < last
        and first <= day <= last
        and words.running.search(sentence) is None
    )


def _bulletin_day(before: str, after: str, words: TimeWords, bare: bool = False) -> bool:
    """Whether a tally's figure is a bulletin's count of its own day ('Eleven more people died
    in the last 24 hours', 'In the past 24 hours, 212 people were admitted'), not its running
    total ('… taking the total death toll to 63', 'In the past 24 hours the toll rose to 72').
    ``bare``: a figure told with no word of what it adds ('Nine deaths were recorded
    overnight', 'with 11 deaths in a single day') may name its night or day with no preposition
    (lexicon time.one_day_bare); what 'more' people 'were detained overnight in the port,
    bringing …' is what that night added, an increment still.

    >>> w = time_words()
    >>> _bulletin_day("", " more people died in the last 24 hours, taking the toll to ", w)
    True
    >>> _bulletin_day(" in the last 24 hours, taking the total death toll to ", " since", w)
    False
    >>> _bulletin_day("In the past 24 hours the toll rose to ", "", w)
    False
    >>> _bulletin_day("", " patients died in the 24 hours to Friday noon, the clinic said", w)
    True
    >>> _bulletin_day("", " deaths were registered overnight, the coroner said.", w, bare=True)
    True
    >>> _bulletin_day("", " deaths were registered overnight, the coroner said.", w)
    False
    >>> _bulletin_day("The toll rose to 13 overnight after ", " deaths", w, bare=True)
    False
    """
    if not any(w in before or w in after for w in ("24", "day", "night", "twenty-four")):
        return False  # (every wording of the day names its 24 hours, its day or its night)
    own = after.split(",", 1)[0]  # (not own_words: its '24' is no other figure)
    clause = _last_clause(before)
    return (
        words.one_day.search(own) is not None
        or words.one_day.search(clause) is not None
        or (bare and (words.one_day_bare.search(own) is not None or words.one_day_bare.search(clause) is not None))
    ) and words.running.search(clause + " " + own) is None


_OF_WHOLE = re.compile(r"^\s+of\s+(?:the\s+|those\s+)?\d[\d,]*")  # '22 of the 31 are still held'
# how far after a figure its words of those still held may end: the people it counts may be
# told at length before their verb ('Thirty-one people hurt in the crush at the stadium in the
# east of the city, late on Saturday, are still in hospital')
HELD_REACH = 120
# where a figure's clause ends for its words of those still held: 'Forty people were injured,
# and doctors said they were all undergoing treatment' counts all the injured
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s|;|\s+but\s")
_JOINED = re.compile(r"(?:\band|\bor|,)\s*$")  # '17 killed and hundreds more injured'


_AS_OF_CLOCK = re.compile(
    r"\s*(?:as\s+of|at)\s+(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?:o['’]clock|a\.?m\b\.?)"
)  # '18 as of 8 o'clock this morning', '17 at 6 a.m.'
_MORNING = re.compile(
    r"\b(?P<noon>(?:at|by)\s+(?:mid-?day|noon))\b"
    r"|\b(?:(?:this|on\s+[A-Z][a-z]+day|[A-Z][a-z]+day)\s+morning|(?:at|in)\s+(?:its|the|a)\s+morning\s+briefing)\b"
    r"|\b(?i:in)\s+the\s+(?:early\s+)?morning\b"  # 'said 36 in the morning and 34 in the afternoon'
)


_LATER_IN_DAY = re.compile(
    r"\s*(?:in\s+the\s+(?:afternoon|evening)|at\s+night|by\s+(?:the\s+)?(?:afternoon|evening|night)|later|that\s+(?:afternoon|evening|night))\b",
    re.IGNORECASE,
)  # a figure's own words of a later time of day
OPENING_READ = 40  # how far into its sentence a morning that opens it is looked for


def part_of_day(own: str, clause: str, after: str = "", opening: str = "") -> str | None:
    """The time of day a running tally's figure is told at, when its words say it is of the
    morning or of midday (a figure of the same day told with no time stands at the day's end, and
    the two are not set against each other: the toll 'rose to 19 on Thursday morning' and stood
    at 22 that night); None when they say none. Words of the evening or the night name no time:
    the day's end is theirs already.

    >>> part_of_day(" as of ", "", " as of 8 o'clock this morning, according to the BFP")
    '08:00'
    >>> part_of_day(" on Thursday morning, after two patients died", "The national toll rose to")
    '09:00'
    >>> part_of_day(" at midday and ", "The toll was")
    '12:00'
    >>> part_of_day(" by night", "") is None
    True
    >>> part_of_day(" in the morning and ", "The prosecutors said")
    '09:00'
    >>> part_of_day(" in the afternoon", "The prosecutors said 36 in the morning and ") is None
    True
    >>> part_of_day(".", " that the dead were ", opening="In the early morning the spokeswoman said")
    '09:00'
    """
    if (m := _AS_OF_CLOCK.match(after)) is not None:
        return f"{int(m['h']):02d}:{m['m'] or '00'}"
    m = _MORNING.search(own)
    if m is None and _LATER_IN_DAY.match(own):
        return None  # '36 in the morning and 34 in the afternoon': the 34's own words say later
    m = m or _MORNING.search(clause) or _MORNING.match(opening)
    if m is None:
        return None
    return "12:00" if m["noon"] else "09:00"


_YEAR_TO_DATE = re.compile(
    r"\bin\s+the\s+first\s+(?:[\w-]+\s+)?(?:months?|weeks|half|quarter)\s+of\s+(?:the\s+year|this\s+year|(?:19|20)\d\d)\b"
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b",
    re.IGNORECASE,
)
YEAR_TO_DATE_REACH = 120  # how far after a figure its clause may name its span


def year_to_date(before: str, after: str) -> bool:
    """Whether a figure's clause counts the year so far ('In the first eight months of 2026 we
    recorded 79 such deaths', '1,240 workers lost their lives in work accidents all over the
    country in the first eight months of the year'): a tally over many events, not the event's.

    >>> year_to_date("In the first eight months of 2026 we recorded ", " such deaths")
    True
    >>> year_to_date("", " people have died on the roads since the start of the year")
    True
    >>> year_to_date("The crash killed ", ", bringing the deaths in the first eight months of the year to 79")
    False
    """
    if "first" not in before and "first" not in after and "since" not in before.casefold() and "since" not in after:
        return False
    clause, end = _last_clause(before).rsplit(";", 1)[-1], _clause_end(after, YEAR_TO_DATE_REACH)
    return bool(
        _YEAR_TO_DATE.search(clause)
        or _YEAR_TO_DATE.search(after, 0, end)
        or _since_a_year(clause)
        or _since_a_year(after[:end])
        or _SINCE_YEAR_OPENING.match(before) is not None
    )


_SINCE_YEAR = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*|the\s+(?:start|beginning|end)\s+of\s+|the\s+year\s+)?(?:19|20)\d\d\b(?![-–/]\d)",
    re.IGNORECASE,
)  # ('since 2025', 'since early 2023', 'since the year 2020'; not 'since 3 March 2027', a day's)
_SINCE_YEAR_OPENING = re.compile(r"\s*Since\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\s*,[^,.;:]*$")  # 'Since 2022, 14 miners …', 'Since 2020, a total of 31 …'
_COMPARED = re.compile(
    r"\b(?:(?:the|its|their)\s+)?(?!(?:protest|arrest|request|interest|contest|rest|west)\b)"
    r"(?:\w+est|most|worst|best|first|biggest|largest|highest|lowest|greatest)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)  # 'the deadliest since 2015', 'the first mass arrests since 2021', a headline's 'largest since
# 2019': a comparison, not a span


def _since_a_year(words: str) -> bool:
    """Whether ``words`` count from a bare year ('… died in accidents since 2025', 'Deaths at the
    mine since 2018:'), not a comparison's ('the deadliest since 2015')."""
    if "since" not in words.casefold():
        return False
    return any(_COMPARED.search(words, 0, m.start()) is None for m in _SINCE_YEAR.finditer(words))


def as_of_and_period(
    measure: str,
    before: str,
    after: str,
    sentence: str,
    report: date | None,
    year: int | None,
    words: TimeWords,
    *,
    historical: bool = False,
    event: tuple[date | None, date | None] = (None, None),
    section: date | None = None,
    cues: tuple[bool, bool] = (True, True),
    first: bool = True,
    clock: str | None = None,
    stated: int | None = None,
    followed: bool = False,
) -> tuple[str | None, str | None]:
    """``(as_of, period)`` of a figure from the words of its window (see the module docstring);
    ``event`` is the first and last day of the event, ``section`` the day of the heading the
    figure is under, ``clock`` the time of the live-blog entry it is in ('14:10 — The toll
    has risen to 96', which dates a tally ``2026-02-17T14:10``); ``cues`` (see :func:`sentence_cues`) says whether the sentence can name
    a day at all, and whether it holds a year or past-event wording; ``first`` whether the
    figure is its sentence's first ('12 more people were detained' adds to a tally; in '17 killed
    and hundreds more injured', 'more' only says another measure follows, but a figure of a
    later clause not joined to the one before is what it says: 'which had reported six deaths
    on Sunday night, said that four more people had died'); ``stated`` the year
    an undated report's opening states for its event (see :func:`stated_year`), which its
    dates written without a year are of; ``followed`` whether ``after`` stops at another figure
    of the sentence (a day that opens that figure's clause is not this one's)."""
    opening = _OPENING_YEAR.match(sentence) if cues[1] else None
    if (
        historical
        or (cues[1] and is_past(before, after, year, words))
        or (opening and year is not None and int(opening[1]) < year)
        or year_to_date(before, after)
    ):
        return None, "before"  # also 'During the 2022 election, two were killed and 18 arrested'
    tally = measure in RUNNING_TALLIES
    if not tally and cues[1] and is_later(before, after, year, words):
        return None, "after"  # another gathering, of a later year
    ref = section or report  # 'so far' under a live blog's 'Monday 16 February' is that Monday
    undated = stated if ref is None else None  # an undated report's 'On 2 September
    clause = _last_clause(before)
    if not first and ";" in clause and words.event_day is not None:
        # "PAMU says 15 people died in Monday's fire; the DMRE keeps its figure of 12": the event the
        # clause before the semicolon names by its day is no day of this figure's (a day told there,
        # 'Tens of thousands filled the square on 16 November; the akimat's estimate was', is)
        head, _, tail = clause.rpartition(";")
        clause = words.event_day.sub(" ", head) + ";" + tail
    if not tally and "which" in clause and (of := _WHICH_PUT.match(clause)) is not None:
        # "… than Sunday's march on the election commission, which police put at" (or 'which
        # the police had put at'): the day of the gathering the clause is of
        clause = before[: len(before) - len(clause)].rsplit(",", 1)[0].rsplit(",", 1)[-1] + of[0]
    elif not tally and "had" in clause and _HAD_SAID.search(clause):
        clause = ""  # 'On Sunday the Guardia Civil had given a lower estimate of': that day's word
        sentence = sentence[len(_opening(sentence, words)) :]  # (is the statement's, not the crowd's)
    own = own_words(after, words)
    if followed or len(own) < len(after):
        own = _before_next_figures_day(own, ref, words)
    if tally and cues[0]:  # 'died in the unrest that began on 17 October': when the count starts
        own, clause = _began(own), _began(clause)
        if "since" in own or "since" in clause.casefold():
            # 'Two people have died since police cleared the camp on Monday': where the span starts
            own, clause = _SINCE_DONE.sub(" ", own), _SINCE_DONE.sub(" ", clause)
        if words.event_dated is not None:
            # 'the sinking of the ferry X off Y on 7 June has claimed 53 lives': the day of
            # the event the toll is of, not the day it counts up to
            own, clause = words.event_dated.sub(" ", own), words.event_dated.sub(" ", clause)
        # '46 people died as a result of the overturning of the trailer … Sunday 18 April', 'the
        # toll caused by the blast on 3 May has reached': the day of the cause the toll is of
        own, clause = CAUSE_CLAUSE.sub(" ", own), CAUSE_CLAUSE.sub(" ", clause)
        if words.event_day is not None and words.running.search(before + " " + after):
            # "the death toll in Tuesday's stampede has risen to 121": the stampede's day, and
            # the toll as the report went out
            own, clause = words.event_day.sub(" ", own), words.event_day.sub(" ", clause)
        if words.event_when is not None and ref is not None and "when" in own:
            # '26 people died when the grandstand collapsed on Saturday': the collapse's day;
            # the toll is the report's (an undated report's has no other day: it keeps that one)
            own = words.event_when.sub(" ", own)
    if cues[0] and "dated" in own + clause:
        own, clause = documents_dates_out(own, words), documents_dates_out(clause, words)
    own_day = cues[0] and resolve_day(own.split(";", 1)[0], ref, words, event=event, year=undated)  # (not the next clause's)
    day = own_day or cues[0] and (
        resolve_day(clause, ref, words, last=True, event=event, year=undated)
        or (
            (semi := _SEMI_CLAUSE.search(before)) is not None
            and resolve_day(semi[1], ref, words, event=event, year=undated)
        )
        or resolve_day(_opening(sentence, words), ref, words, event=event, year=undated)
    )  # ('On Monday, 11 were arrested; on Tuesday, six': the six's clause names its day)
    # the entry's time, unless the words name a day other than its own up to that moment ('20:10 -
    # Police have detained 12 people so far': the count at 20:10; not '… 15 killed today', the day's)
    timed = clock is not None and (
        not day
        or (
            day == ref
            and words.up_to_now is not None
            and words.up_to_now.search(own + " " + clause) is not None
            and not words.weekday.search(own + " " + clause)
            and not words.explicit.search(own + " " + clause)
        )
    )
    # a day of the event's own frame: a heading's ('Third day (13 November)') or an ordinal
    # day ('on the second day'), not any date written next to a figure
    framed = (not day and section is not None) or bool(cues[0] and words.ordinal.search(sentence))
    named = day  # a day the words name (not a heading's)
    day = day or section
    if tally:
        period = (
            "held"
            if (
                words.still_held.search(after, 0, HELD_REACH)
                and words.still_held.search(
                    own_words(_OF_WHOLE.sub("", _NEXT_CLAUSE.split(after, 1)[0], 1), words), 0, HELD_REACH
                )
            )
            or _held_before(before, words)
            or (":" in sentence and _held_label(before, sentence))
            else "earlier"
            if is_earlier(before, words)
            or _corrected(before, after)
            or (not first and EARLIER_OPENING.match(sentence) and not _NOW.search(before))
            else "increment"
            if words.increment_before.search(before[-30:])
            or (before.strip(" ,") == "after" and _ROSE_AFTER.search(sentence) is not None)
            or ((first or not _JOINED.search(before)) and words.increment_after.match(after))
            or words.brings_to.match(after)
            else "cumulative"
        )
        if period == "cumulative" and framed and day and _one_day_of(day, event, sentence, words):
            period = "day"
        elif (
            period == "cumulative"
            and (named and _RECOVERED.search(before[-40:]) or (named or framed) and _FOUND_AFTER.match(after))
            and not words.running.search(after, 0, 60)
            and not (("By" in before or "As of" in before) and BY_THE_DAY.search(before))
            and not BY_THE_DAY_AFTER.match(after)
        ):
            period = "day"  # 'Navy divers recovered 17 bodies on Monday': that day's finds, not the toll
            # (under a day's heading too: 'Thursday 11 March … three bodies were found in the stairwell')
        elif (
            period == "cumulative"
            and measure == "arrested"
            and report is not None
            and (opens := _DAY_OPENS.search(before)) is not None
            and (named or opens["today"])
            and (named or report) <= report
            and not words.running.search(after, 0, 60)
        ):
            period = "day"  # 'On Monday, 11 people were arrested at the gate' in Friday's release: Monday's arrests
        elif (
            period == "cumulative"
            and measure == "arrested"
            and own_day
            and (report is None or own_day <= report)
            and (on := _ON_THE_DAY.search(own)) is not None
            and on.start() <= ON_THE_DAY_REACH
            and _TOLD_THEN.search(own, 0, on.start()) is None
            and not words.running.search(clause + " " + own)
        ):
            period = "day"  # 'Police arrested 98 people on Wednesday', '41 on Saturday and 27 on Sunday': that day's arrests
        elif (
            period in ("cumulative", "increment")
            and (day or report)
            and _bulletin_day(before, after, words, bare=period == "cumulative")
        ):
            period = "day"  # 'Eleven more people died in the last 24 hours': that day's count
        when = day or report
        if period == "earlier" and not named and (
            SINCE_WHEN.search(before[-120:]) or FIRST_TOLL.search(before[-40:])
        ):
            # 'since the first night, when it reported four', 'the first day's toll of three':
            # some earlier day of the event, not the report's ('up from 41' keeps the report's)
            when = None
        if timed and when is not None:
            return f"{when.isoformat()}T{clock}", period
        if when is not None and period == "cumulative" and (told := part_of_day(own.split(";", 1)[0], clause, after, sentence[:OPENING_READ])):
            return f"{when.isoformat()}T{told}", period
    else:
        period = "day"
        if measure == "deployed" and (
            words.increment_before.search(before[-30:]) or (first and words.increment_after.match(after))
        ):
            period = "increment"  # '150 more police officers had been sent', 'another 500 troops'
        when = day  # a gathering's day is written next to it, or unknown
    return (when.isoformat() if when else None), period

"""Parser stage 5, scope: a figure for another time, a part of a whole, or one incident."""

from __future__ import annotations

import re

from claimcheck.lexicon import Lexicon
from claimcheck.models import SAME as TAKES_UP
from claimcheck.parse.head import Mention
from claimcheck.parse.numbers import folded
from claimcheck.parse.rules import patterns, rule, static
from claimcheck.parse.sentences import Sentence


def _time_scope(
    text: str, sent: Sentence, year: int | None, lex: Lexicon
) -> tuple[str, str] | None:
    """A sentence about another time: 'prior to the protest', 'in 2019' (before the report),
    'after the march ended'; with the id of the rule that found it."""
    low = folded(text)  # case-sensitive patterns on folded text: faster than IGNORECASE
    here = low[sent.start : sent.end]  # (for a cheap test of each rule's words first)
    pats = patterns(lex)
    before = (
        pats["scope/before-event"].search(low, sent.start, sent.end)
        if "before" in here or "prior" in here or "ahead" in here or "run-up" in here
        else None
    )
    if before:
        return f"before: {_words_of(text, before.span('s'))}", "scope/before-event"
    past = (
        pats["scope/past-year"].search(low, sent.start, sent.end)
        if year and ("19" in here or "20" in here)
        else None
    )
    if past and int(past["y"]) < year:  # type: ignore[operator]
        return f"before: {_words_of(text, past.span('s'))}", "scope/past-year"  # 'In 2019, …'
    if year and "that year" in here and (that := THAT_YEAR.search(low, sent.start, sent.end)):
        told = [int(y) for y in YEAR.findall(low, max(0, sent.start - 300), sent.start)]
        if told and told[-1] < year:  # 'In June 2023, … In March of that year, a landslide killed more than 50'
            return f"before: {_words_of(text, that.span())} ({told[-1]})", "scope/past-year"
    after = (
        pats["scope/after-event"].search(low, sent.start, sent.end)
        if ("after" in here or "following" in here or "since" in here)
        and ("ended" in here or "over" in here or "concluded" in here)
        else None
    )
    if after:
        return f"after: {_words_of(text, after.span('s'))}", "scope/after-event"
    return None


THAT_YEAR = re.compile(r"\b(?:in|of|during|later|earlier)\s+that\s+year\b")  # a year the text named before
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _words_of(text: str, span: tuple[int, int]) -> str:
    """The words of text[span] as written, one space apart."""
    return " ".join(text[span[0] : span[1]].split())


NEXT_FIGURE = re.compile(r"\d")


def _scope(
    text: str,
    sent: Sentence,
    m: Mention,
    time: tuple[str, str] | None,
    lex: Lexicon,
    crowd_before: bool = False,
) -> tuple[str | None, str | None]:
    """The scope of a figure and the id of the rule that set it ((None, None): none).
    ``crowd_before``: the report gave a crowd's figure before this sentence."""
    if time and (
        m.measure in ("arrested", "killed", "injured") or not time[0].startswith("before: ")
    ):
        return time  # forces deployed 'ahead of the protest' are the protest's deployment
    pats = patterns(lex)
    rest = text[m.tail : sent.end]
    near = rest[:120]
    if (nxt := NEXT_FIGURE.search(near)) is not None:
        near = near[: nxt.start()]  # a phrase after the next figure is that one's: 'rose to 116, out of
        #   which 88 … were lying at a trauma center, 27 at X Hospital and one at a hospital'
    alone = pats["scope/part-alone"].search(near) if "alone" in near else None
    place = (
        pats["scope/part-one-place"].search(near)
        if any(noun in near for noun in PLACE_NOUNS)
        else None
    )
    if alone and (place is None or alone.start() <= place.start()):
        return f"part: {' '.join(alone['s'].split())}", "scope/part-alone"
    if place:
        return f"part: {' '.join(place['h'].split())}", "scope/part-one-place"
    low_before = folded(text)[max(sent.start, m.q.start - 40) : m.q.start]
    if any(w in low_before for w in SHARE_CUES) and (share := pats[SHARE].search(low_before)):
        return f"part: {' '.join(share['s'].split())}", SHARE  # 'the other five', 'the gap of 19'
    if any(w in near for w in SHARE_AFTER_CUES) and (added := SHARE_AFTER.match(near)):
        if added["s"]:
            return f"part: {added['s'].lower()} to", SHARE  # 'the five deaths Alafia adds to the ministry's count'
        return LEFT_OUT, SHARE  # 'five victims left out of the official count'
    if " out" in near and LEFT_BEFORE.search(low_before) and OUT_AFTER.match(near):
        return LEFT_OUT, SHARE  # 'leaving five victims out'
    clause = text[max(sent.start, m.q.start - SAME_CHARS) : m.q.start]
    if any(w in clause for w in SAME_CUES) and (same := pats[SAME].search(clause)):
        return f"{TAKES_UP}{' '.join((same['s'] or same['t']).split())}", SAME  # 'put that crowd at 4,000'
    if (
        m.measure == "participants"
        and crowd_before
        and m.q.start - sent.start < LATER_CHARS
        and (later := pats[LATER].match(text, sent.start, m.q.start))
    ):
        return f"after: {' '.join(later['s'].split())}", LATER  # 'In the evening, about 2,500 gathered'
    incident = (
        pats["scope/incident"].search(rest[:160])
        if "when" in folded(text)[m.tail : min(sent.end, m.tail + 160)]
        else None
    )
    if incident:
        return f"incident: when {' '.join(incident['s'].split()).rstrip()}", "scope/incident"
    if m.measure == "arrested" and any(w in rest[:160] for w in HELD_OVER_CUES):
        over = pats[HELD_OVER].search(rest[:160])
        if over:  # 'three persons in custody in connection with the sinking': its suspects
            return f"incident: over {' '.join(over['s'].split())}", HELD_OVER
    crash = _road_crash(text, sent, m, pats)
    if crash[0] is not None:
        return crash
    another = _another_incident(text, sent, m, pats)
    return another if another[0] is not None else _separate_incident(text, sent, m, pats)


IN_ANOTHER = "scope/in-another-incident"
ANOTHER = "scope/another-incident"
ANOTHER_CUES = ("first", "second", "third", "fourth", "fresh", "new", "latest", "further")  # (cheap first)


def _another_incident(
    text: str, sent: Sentence, m: Mention, pats: dict[str, re.Pattern[str]]
) -> tuple[str | None, str | None]:
    """'11 miners died in the first collapse', 'A second rock fall struck the mine …, killing
    four': one incident of several of its kind (scope/in-another-incident, read in the figure's
    own words after it; scope/another-incident, its sentence's subject before it)."""
    hi = min(sent.end, m.tail + 60)
    low = folded(text)
    if not any(low.find(cue, sent.start, hi) >= 0 for cue in ANOTHER_CUES):
        return None, None
    hit = pats[IN_ANOTHER].match(text[m.tail : hi])
    if hit is not None:
        return f"incident: {' '.join(hit['s'].split()).casefold()}", IN_ANOTHER
    hit = pats[ANOTHER].search(text[sent.start : m.q.start])
    if hit is not None:
        return f"incident: {' '.join(hit['s'].split()).casefold()}", ANOTHER
    return None, None


ROAD_CRASH = "scope/road-crash"
CRASH_BEFORE = re.compile(rule(ROAD_CRASH).effect["crash_before"], re.IGNORECASE)  # (the sentence before's crash)
PASSENGERS_BEFORE = 400  # how far back the sentence before a passengers' count is read
CRASH_CUES = ("crash", "accident", "collision", "collided", "collides", "hit", "overturn", "plunge", "rammed",
              "rams", "plough", "veer", "ran into", "runs into", "smash", "pile-up")  # (its verbs and nouns, cheap first)


def _road_crash(
    text: str, sent: Sentence, m: Mention, pats: dict[str, re.Pattern[str]]
) -> tuple[str | None, str | None]:
    """'A minibus … collided with a truck, killing three', '… died in a road crash': a figure a
    road crash left (scope/road-crash), read before the figure in its sentence or just after it."""
    lo, hi = sent.start, min(sent.end, m.tail + 60)
    low = folded(text)
    if low.find("passenger", lo, sent.end) >= 0:  # a vehicle's passengers, after a sentence telling its crash
        before = text[max(0, lo - PASSENGERS_BEFORE) : lo]
        stop = max(before.rfind(". ", 0, len(before) - 2), before.rfind("\n"))
        if CRASH_BEFORE.search(before, stop + 1):
            return "incident: road crash", ROAD_CRASH
    if not any(low.find(cue, lo, hi) >= 0 for cue in CRASH_CUES):
        return None, None
    pattern = pats[ROAD_CRASH]
    if pattern.search(text[lo : m.q.start]) or pattern.search(text[m.tail : hi]):
        return "incident: road crash", ROAD_CRASH
    return None, None


def _separate_incident(
    text: str, sent: Sentence, m: Mention, pats: dict[str, re.Pattern[str]]
) -> tuple[str | None, str | None]:
    """'In a separate incident on Saturday, an avalanche killed two …', '… had been injured
    elsewhere, in a separate incident': another incident's figure (scope/separate-incident),
    read before the figure in its sentence or just after it."""
    lo, hi = sent.start, min(sent.end, m.tail + 60)
    here = text[lo:hi]
    if "separate" not in here and "unrelated" not in here and "nother" not in here and "different" not in here:
        return None, None  # (cheap words first: most sentences hold none)
    pattern = pats[SEPARATE]
    hit = pattern.search(text, lo, m.q.start) or pattern.search(text, m.tail, hi)
    if hit is None:
        return None, None
    return f"incident: {' '.join(hit['s'].split()).casefold()}", SEPARATE


SEPARATE = "scope/separate-incident"
SHARE = "scope/part-named-share"
SHARE_CUES = (
    "other ", "remaining ", "first ", "last ", "gap ", "difference ", "discrepancy ", "shortfall ", "removed ",
    "subtracted ", "deducted ", "struck off ", "took off ", "taken off ",
)  # (the words of scope/part-named-share, a cheap test first)
SHARE_AFTER = re.compile(rule(SHARE).effect["after"], re.IGNORECASE)
SHARE_AFTER_CUES = tuple(rule(SHARE).effect["after_cues"])
LEFT_BEFORE = re.compile(rule(SHARE).effect["left_before"])  # (in the folded text)
OUT_AFTER = re.compile(rule(SHARE).effect["out_after"], re.IGNORECASE)
LEFT_OUT = "part: left out"
SAME = "scope/same-as-before"
SAME_CHARS = 60  # how far before its figure a demonstrative may take up the figure before
SAME_CUES = ("that ", "this ", "same ", "That ", "This ", "the number", "the figure", "The ")
LATER = "scope/later-gathering"
LATER_CHARS = 60  # how far into its sentence a later gathering's figure may stand


HELD_OVER = "scope/held-over-disaster"
HELD_OVER_CUES = (" over ", "connection", " for ", "relation")


PLACE_NOUNS = ("hospital", "district", "city", "town", "province", "area", "camp")
# the words of scope/part-one-place: the rules above are tried only when their words are in
# the text they read (each rule's examples, run through the parser, test them)
INCLUDING = static("scope/part-including")  # 'including 12 children': a part, before a figure
INCLUDING_CUES = tuple(rule("scope/part-including").effect["cue_in"])  # one is in any text it matches
# (lower case, no 'i', 's' or 'k', which case-blind matching equates with other letters)


_INCLUDING_READ: tuple[str, dict[tuple[int, int], re.Match[str] | None]] = ("", {})
# (the last text read, and what including_before found in it by (lo, at))


def including_before(text: str, lo: int, at: int) -> re.Match[str] | None:
    """scope/part-including in the 40 characters before offset ``at`` (from ``lo``): its cue
    words first, in the folded text (two windows in three hold none); else in the 110 before
    it, when an 'of the' / 'among the' there may open a whole told at length.

    Read once per figure and text (remembered for the last text): the part rule, the head's
    measure and the echo test each ask it of the same figure (a pure reading of the text)."""
    global _INCLUDING_READ
    last = _INCLUDING_READ  # one read: another thread may replace it meanwhile
    if last[0] is not text:
        last = (text, {})
        _INCLUDING_READ = last
    key = (lo, at)
    if key not in last[1]:
        last[1][key] = _including_before(text, lo, at)
    return last[1][key]


def _including_before(text: str, lo: int, at: int) -> re.Match[str] | None:
    start = max(lo, at - 40)
    low = folded(text)
    if any(low.find(cue, start, at) >= 0 for cue in INCLUDING_CUES) and (hit := INCLUDING.search(text, start, at)):
        return hit
    wide = max(lo, at - 110)  # an opening that tells its whole at length: 'Of the 64 people taken
    if wide < start and any(low.find(cue, wide, start + 12) >= 0 for cue in WHOLE_AT_LENGTH_CUES):
        hit = INCLUDING.search(text, wide, at)  # into custody on Friday, eleven were minors'
        if hit and WHOLE_OPENS.search(text[lo : hit.start()]):  # (not '58 of the 76 inmates who
            return hit  # escaped had been recaptured by 1 October, five …': a part's object)
    return None


WHOLE_AT_LENGTH_CUES = ("of the ", "among the ", "amongst the ", "of those ", "among those ")
WHOLE_OPENS = re.compile(r"(?:^|[,;:]|\b(?:that|and|but|said|says))[\s\"“'‘(]*$")  # opening its clause
PARTITIVE = static("scope/part-of-them")  # '12 of them', 'six of the injured': after it
HOW_BADLY = static("scope/part-how-badly")  # ', seven critically': after it


def _partitive_whole(text: str, m: Mention) -> str:
    hit = PARTITIVE.match(text, m.q.end)
    return " ".join(hit.group().split()[1:]) if hit else "another figure"


DASH_PART = "scope/part-dash-aside"
DASH_PART_BEFORE = static(DASH_PART)  # 'Five people – (three) strikers and two officers – were killed'
DASH_PART_NOT = re.compile(rule(DASH_PART).effect["after_not"], re.IGNORECASE)  # ('– 12 more than …')
DASH_CLOSE = re.compile(r"[^\n–—.;:!?]{1,100}?\s[–—]\s")  # the aside's closing dash
DASH_PART_READ = 60  # characters before a figure its opening dash and the figure before it are read in


def _dash_aside_part(text: str, lo: int, m: Mention) -> bool:
    """``m`` opens a breakdown set off by spaced dashes right after a figure (scope/part-dash-aside)
    and counts people of a side ('three strikers', 'two police officers'): a breakdown of plain
    people ('Four people — two engineers and two municipal officials —') is the whole told again."""
    if m.subject in (None, "people"):
        return False
    if not text.endswith((" ", "\t"), lo, m.q.start) or not any(d in text[max(lo, m.q.start - 4) : m.q.start] for d in "–—"):
        return False  # (a cheap test first: a dash right before the figure)
    return (
        DASH_PART_BEFORE.search(text, max(lo, m.q.start - DASH_PART_READ), m.q.start) is not None
        and DASH_PART_NOT.match(text, m.q.end) is None
        and DASH_CLOSE.match(text, m.q.end) is not None
    )


def _part_rule(text: str, lo: int, m: Mention) -> str | None:
    """The id of the rule that makes ``m`` a part of another figure, or None."""
    if including_before(text, lo, m.q.start):
        return "scope/part-including"
    if _dash_aside_part(text, lo, m):
        return DASH_PART  # 'Five people – three strikers and two officers – were killed'
    if PARTITIVE.match(text, m.q.end) and m.subject_rule != "subject/apposed-of-them":
        return "scope/part-of-them"  # (not 'its marshals, about 60 of them,': all of them)
    if text.endswith(", ", lo, m.q.start) and HOW_BADLY.match(text, m.q.end):
        return "scope/part-how-badly"  # 'Around 60 people were injured, seven critically'
    return None


def _is_part(text: str, lo: int, m: Mention) -> bool:
    return _part_rule(text, lo, m) is not None

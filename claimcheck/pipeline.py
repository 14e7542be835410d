"""Pipeline: paths → claims/report, the library's one entry."""

from __future__ import annotations

import dataclasses
import difflib
import gc
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any, TextIO

from claimcheck.extract import extract_claims
from claimcheck.models import (
    Claim,
    ClaimGroup,
    Event,
    EventsResult,
    ExtractResult,
    Problem,
    Report,
    Source,
)
from claimcheck.sources import (
    DEFAULT_MAX_SIZE,
    DEFAULT_TIMEOUT,
    MONTHS,
    STDIN_NAME,
    ProgressFn,
    load_sources,
    os_reason,
    read_sources,
)
from claimcheck.when import MONTH_STEM

INTERNAL_ERROR = "internal error while parsing"


class InputError(Exception):
    """An input that stops the whole run (a bad lexicon file); the message names it."""


def extract(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    lexicon_path: str | None = None,
    manifest: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressFn | None = None,
    jobs: int | None = None,
    given: Sequence[Source] = (),
    explain: bool = False,
) -> ExtractResult:
    """Read the sources at ``paths`` (files, directories, URLs, ``-``) and the ones a
    ``manifest`` CSV lists, and extract their numeric claims; ``given`` sources, already
    made (e.g. from texts), come first. With ``given`` and no paths, ``./sources`` is not read.

    Problems with single sources (missing, empty, binary, too large, a failed fetch, a
    parser failure, a text in another language, ...) are returned in ``problems`` and
    never stop the other sources. A lexicon file that cannot be loaded raises
    :class:`InputError`. ``progress(done, total, name)`` is called after each input is
    read; ``total`` is the number of inputs (a directory counts its files).

    ``jobs`` is the number of processes that parse: None parses small inputs here and
    large ones (over 4 MB of text) on every core; 1 never starts a process. ``explain``
    gives each claim the ids of the rules behind it (``Claim.rules``).
    """
    options = _Options(stdin, lexicon_path, manifest, max_size, timeout, progress, jobs, given,
                       explain)  # fmt: skip
    return _extract(paths, False, options)[0]


@dataclasses.dataclass(frozen=True)
class _Options:
    """The reading options :func:`extract` and :func:`compare` share."""

    stdin: TextIO | None
    lexicon_path: str | None
    manifest: str | None
    max_size: int
    timeout: float
    progress: ProgressFn | None
    jobs: int | None
    given: Sequence[Source]
    explain: bool


@dataclasses.dataclass(frozen=True)
class _Describe:
    """What later stages need of a source, made where it is parsed (on the workers of a large
    run): its event profile (when ``profile``, with the words of the lexicon at
    ``lexicon_path``) and its sentences' copy sketches."""

    profile: bool
    lexicon_path: str | None = None

    def __call__(self, index: int, source: Source, claims: list[Claim]) -> tuple[Any, Any]:
        from claimcheck.copies import sketches
        from claimcheck.events import profile

        made = profile(index, source, load_lexicon(self.lexicon_path)) if self.profile else None  # type: ignore[arg-type]
        return made, sketches(claims)


def _extract(
    paths: Sequence[str], sort: bool, options: _Options
) -> tuple[ExtractResult, Callable[[], list[Event]]]:
    """:func:`extract`, and what gives the events of the sources when ``sort`` (else an empty
    list): call it once, when they are needed.

    Each source's event profile and copy sketches are made where it is parsed (on the pool's
    processes for a large input); after parsing, a large input's events are sorted on a
    forked process while this one finds the copies (and, in :func:`compare`, the event's
    places)."""
    from claimcheck.situate import SituatedParse, situate
    from claimcheck.workers import Parser, fork_call

    lexicon_path, explain, given = options.lexicon_path, options.explain, options.given
    with paused_gc():
        lexicon = load_lexicon(lexicon_path)  # a bad lexicon stops the run before anything is read
        sources: list[Source] = []
        claims: list[Claim] = []
        problems: list[Problem] = [
            Problem(lexicon_path or "lexicon", w) for w in getattr(lexicon, "warnings", ())
        ]  # unknown keys in the user's lexicon
        parser = Parser(
            SituatedParse(lexicon_path, explain),
            options.jobs,
            local=(lambda s: situate(s, extract_claims(s, lexicon, explain=True), lexicon))
            if explain
            else (lambda s: situate(s, extract_claims(s, lexicon), lexicon)),
            describe=_Describe(sort, lexicon_path),
        )
        for source in given:
            parser.add(len(sources), source, len(given))
            sources.append(source)
        manifest, progress = options.manifest, options.progress
        steps = (
            read_sources(paths, options.stdin, manifest=manifest, max_size=options.max_size,
                         timeout=options.timeout)
            if paths or manifest or not given
            else ()
        )  # fmt: skip
        for step in steps:
            problems.extend(step.problems)
            if step.source is not None:
                parser.add(len(sources), step.source, step.total)
                sources.append(step.source)
            if progress is not None and step.name:
                progress(step.done, step.total, step.name)
        profiles: list[Any] = []
        made: dict[tuple[str, int], Any] = {}
        for parsed in parser.results():
            source = sources[parsed.index]
            name = source.path or source.url or STDIN_NAME
            problems.extend(Problem(name, note) for note in parsed.notes)
            claims.extend(parsed.claims)
            if parsed.error is not None:
                problems.append(Problem(name, f"{INTERNAL_ERROR}: {parsed.error}", "error"))
            if sort:
                profiles.append(parsed.extra[0])
            made.update(parsed.extra[1])
        found = (
            fork_call(lambda: _events(sources, profiles, lexicon), parser.jobs if parser.pool else 1)
            if sort
            else list
        )
        claims = _mark_copies(sources, claims, made)
        return ExtractResult(tuple(sources), tuple(claims), tuple(problems)), found


def compare(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    lexicon_path: str | None = None,
    manifest: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressFn | None = None,
    jobs: int | None = None,
    given: Sequence[Source] = (),
    explain: bool = False,
    event: str | None = None,
    split: bool = True,
) -> Report:
    """Read the sources, extract their claims and align them into groups (most contested
    first). The options are those of :func:`extract`; ``jobs`` also sets how many forked
    processes evaluate the groups of a large input (None: every core).

    An input about several events (see :func:`events`) is compared within each event: its
    groups carry the event's id (``event``, and as a prefix of ``id``) and ``events`` says
    how it was split. ``event`` compares only the reports of the event with that id (an
    unknown id raises :class:`InputError`); ``split=False`` takes the input as one event."""
    options = _Options(stdin, lexicon_path, manifest, max_size, timeout, progress, jobs, given,
                       explain)  # fmt: skip
    from claimcheck.situate import event_home

    result, sorting = _extract(paths, split or event is not None, options)
    with paused_gc():
        try:  # the event's places, while a large input's events are sorted on their own process
            home = event_home(result.sources, load_lexicon(lexicon_path))
        finally:
            found = sorting()
        return report_from(result, found, event=event, jobs=jobs, lexicon_path=lexicon_path, home=home)


# aligns several lists of claims (each an event's), given the places that stand for the whole
AlignEach = Callable[[list[list[Claim]], frozenset[str]], list[list[ClaimGroup]]]


def report_from(
    result: ExtractResult,
    found: Sequence[Event],
    *,
    event: str | None = None,
    jobs: int | None = None,
    align_each: AlignEach | None = None,
    lexicon_path: str | None = None,
    home: frozenset[str] | None = None,
) -> Report:
    """The compare report of an extraction whose sources were sorted into the events
    ``found`` (empty: take them as one event): see :func:`compare`. ``align_each`` aligns
    several lists of claims at once (each list an event's; by default one after the other
    here, with ``jobs`` processes for a large one; the event's own places, see
    :func:`claimcheck.situate.event_home`, read with the lexicon at ``lexicon_path``, or
    ``home`` when given)."""
    from claimcheck.match import align
    from claimcheck.situate import event_home
    from claimcheck.workers import job_count

    lexicon = load_lexicon(lexicon_path)
    if home is None:
        home = event_home(result.sources, lexicon)
    if align_each is None:

        def align_each(lists: list[list[Claim]], home: frozenset[str]) -> list[list[ClaimGroup]]:
            return [
                align(claims, jobs=job_count(jobs), home=home, lexicon=lexicon) for claims in lists
            ]

    if found:
        result = _dated_by_event(result, found, lexicon)
    result = dataclasses.replace(
        result, claims=tuple(one_identity(result.claims, [s.text for s in result.sources if s.text]))
    )

    if found:
        result = _before_their_events(result, found)
    if event is not None:
        chosen = next((e for e in found if e.id == event), None)
        if chosen is None:
            known = ", ".join(e.id for e in found[:10]) + (", ..." if len(found) > 10 else "")
            raise InputError(f"no event {event!r} in the input (events: {known})")
        ids = {m.source for m in chosen.members}
        sources = tuple(s for s in result.sources if s.id in ids)
        (groups,) = align_each([[c for c in result.claims if c.source in ids]], home)
        return Report(sources, tuple(groups), result.problems, (chosen,))
    if len(found) < 2 or not _is_mixed(found):
        (groups,) = align_each([list(result.claims)], home)
        return Report(result.sources, tuple(groups), result.problems)
    by_source = {m.source: e.id for e in found for m in e.members}
    per_event: dict[str, list[Claim]] = {e.id: [] for e in found}
    for c in result.claims:
        per_event[by_source[c.source]].append(c)
    aligned = align_each([per_event[e.id] for e in found], home)
    groups = [
        dataclasses.replace(g, id=f"{e.id}:{g.id}", event=e.id)
        for e, event_groups in zip(found, aligned, strict=True)
        for g in event_groups
    ]
    return Report(result.sources, tuple(groups), result.problems, tuple(found))


_MONTH = rf"{MONTH_STEM.title()}[a-z]*\b\.?"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEARLESS_DAY = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?!\d|,?\s+\d{{4}})|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?!\s+\d{{4}})"
)  # 'January 31', '31 January' with no year after it: a day an event's year may place (cheap first)


def _dated_by_event(result: ExtractResult, found: Sequence[Event], lexicon: Any) -> ExtractResult:
    """``result`` with the figures of an undated report whose opening states no year placed in
    the year of its event's dated reports (its first day's): a day it names without a year ('on
    Tuesday, January 31, 1.27 million demonstrators') is then that day, one day's quantity of a
    series of days, not of no known day. Only ``as_of`` and ``period`` change; a report of an
    event none of whose reports is dated stays as it was."""
    from claimcheck.situate import situate
    from claimcheck.when import stated_year, time_words

    year_of = {m.source: int(e.first[:4]) for e in found if e.first for m in e.members}
    firsts = [e.first for e in found if e.first]
    one = min(firsts) if firsts and (len(found) < 2 or not _is_mixed(found)) else None  # compared as one
    first_of = {m.source: one or e.first for e in found for m in e.members if one or e.first}
    tw = time_words(lexicon)
    dated = {s.id for s in result.sources if s.date}
    # an undated wire whose dateline names its day ('LISBON, Nov 14 (Reuters) -'): of that day,
    # in the year of its event (of all the input's reports when they are compared as one)
    wired = {
        s.id: day
        for s in result.sources
        if s.id not in dated and (day := dateline_day(s.body, first_of.get(s.id))) is not None
    }
    year_of.update({sid: int(day[:4]) for sid, day in wired.items()})
    # the reports with a figure of no known day whose own sentence names a day with no year
    wanting = {
        c.source
        for c in result.claims
        if c.as_of is None
        and c.source not in dated
        and c.source in year_of
        and (
            _YEARLESS_DAY.search(c.sentence)
            or (c.period != "before" and any(int(y) < year_of[c.source] for y in _YEAR.findall(c.sentence)))
        )
    }  # (or a year before its event's: 'The 1996 Ozone Disco inferno, in which 162 lost their lives')
    undated = {
        s.id: dataclasses.replace(s, date=wired[s.id]) if s.id in wired else s
        for s in result.sources
        if s.id in wired or (s.id in wanting and stated_year(s.body, tw) is None)
    }
    if not undated:
        return result
    placed: dict[tuple[str, int], Claim] = {}
    for sid, source in undated.items():
        for c in situate(source, extract_claims(source, lexicon), lexicon, year_of_event=year_of[sid]):
            placed[sid, c.start] = c
    claims = []
    for c in result.claims:
        new = placed.get((c.source, c.start)) if c.source in undated else None
        if (
            new is not None
            and new.end == c.end
            and (
                (c.as_of is None or c.source in wired)
                and new.as_of is not None
                or c.as_of is None and new.period == "before" != c.period
            )
        ):
            c = dataclasses.replace(c, as_of=new.as_of, period=new.period)
        if c.source in wired:
            c = dataclasses.replace(c, date=wired[c.source])
        claims.append(c)
    return dataclasses.replace(result, claims=tuple(claims))


_WIRE_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Z .'’-]{{2,}},(?:[^\n(]{{0,40}},)?\s+(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})"
    rf"(?:,\s+(?P<y>(?:19|20)\d\d)\s*(?:\([A-Z][\w .]*\)\s*)?|\s*\([A-Z][\w .]*\)\s*)[-–—]",
    re.MULTILINE,
)  # 'LISBON, Nov 14 (Reuters) -', 'BUNIA, Democratic Republic of Congo, Sept 16 (CentralAfricaWire) -',
#    and with its year: 'KIGALI, May 6, 2026 (AFP) -', 'HEREDIA, Costa Rica, March 8, 2027 —'


DATELINE_CHARS = 600  # how far into a report its dateline may open a line


def dateline_day(body: str, near: str | None) -> str | None:
    """The day a wire's dateline names with no year ('LISBON, Nov 14 (Reuters) -'), in the year
    that puts it nearest the day ``near`` (its event's first dated day); the day it names with
    its year ('KIGALI, May 6, 2026 (AFP) -'), whatever ``near``; None without one.

    >>> dateline_day("LISBON, Nov 14 (Reuters) - Tens of thousands marched", "2026-11-28")
    '2026-11-14'
    >>> dateline_day("KIEV, Dec. 30 (AP) — Police said", "2027-01-02")
    '2026-12-30'
    >>> dateline_day("Teachers march\\n\\nBy Ana Ribeiro\\n\\nLISBON, Nov 14 (Reuters) - Tens", "2026-11-28")
    '2026-11-14'
    >>> dateline_day("Police said 40 people were arrested on Nov 14 (Reuters).", "2026-11-28") is None
    True
    >>> dateline_day("Toll rises\\n\\nHEREDIA, Costa Rica, March 8, 2027 — Seven people died", None)
    '2027-03-08'
    """
    m = _WIRE_DATELINE.search(body, 0, DATELINE_CHARS)  # (under its title and byline)
    from claimcheck.when import parse_date

    if m is None:
        return None
    month = MONTHS[m["m"].lower().rstrip(".")]
    if m["y"]:
        try:
            return date(int(m["y"]), month, int(m["d"])).isoformat()
        except ValueError:
            return None
    near_day = parse_date(near[:10]) if near else None
    if near_day is None:
        return None
    days = []
    for year in (near_day.year - 1, near_day.year, near_day.year + 1):
        try:
            days.append(date(year, month, int(m["d"])))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - near_day).days)).isoformat() if days else None


def _before_their_events(result: ExtractResult, found: Sequence[Event]) -> ExtractResult:
    """``result`` with an undated report's figures dated long before its event's first day
    (see :func:`_long_before`) of the period before it; an input compared as one event takes the
    first day of all, and a report framed as a look back keeps its figures (they are of the
    event it recalls)."""
    firsts = [e.first for e in found if e.first]
    one = min(firsts) if firsts and (len(found) < 2 or not _is_mixed(found)) else None  # compared as one
    first_of = {m.source: one or e.first for e in found for m in e.members}
    for s in result.sources:
        if not s.date and first_of.get(s.id) and _looks_back(s, first_of[s.id]):
            first_of[s.id] = None
    return dataclasses.replace(result, claims=tuple(_long_before(c, first_of.get(c.source)) for c in result.claims))


LONG_BEFORE = 45  # days before its event's first day a figure's own date makes it an earlier event's


def _looks_back(source: Source, first: str) -> bool:
    """Whether a report's title and opening frame it as a look back ('Ten years on, …')."""
    from claimcheck.events import RECALL_CHARS, recalled_years

    opening = (source.title + "\n" if source.title else "") + source.body[:RECALL_CHARS]
    return recalled_years(opening, int(first[:4])) > 0


def _long_before(c: Claim, first: str | None) -> Claim:
    """``c``, of the period 'before' when its own date is more than LONG_BEFORE days before its
    event's first day (an undated report's look back: '87 dead in stampede … On January 1,
    2022, officials said at least 12 people were killed'; dated reports are placed so already)."""
    if first is None or c.date or not c.as_of or c.period in ("before", "after"):
        return c  # (a dated report's figures were placed against its own date)
    try:
        gap = date.fromisoformat(first[:10]) - date.fromisoformat(c.as_of[:10])
    except ValueError:
        return c
    return dataclasses.replace(c, period="before") if gap.days > LONG_BEFORE else c


def events(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    manifest: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressFn | None = None,
    lexicon_path: str | None = None,
    **_: object,
) -> EventsResult:
    """Read the sources (as :func:`extract` does, without parsing them) and sort them into
    the events they are about: dates, shared names and places, and the similarity of their
    text (claimcheck.events), with the words of the lexicon at ``lexicon_path`` (a page's
    chrome, a count's words; the bundled lexicon when None). A report that fits no event is an
    event of its own. Options of :func:`extract` that concern parsing only (``jobs``) are
    accepted and ignored, so the CLI can call every stage alike."""
    lexicon = load_lexicon(lexicon_path) if lexicon_path is not None else None  # (a bad one stops the run)
    sources, problems = load_sources(
        paths, stdin, manifest=manifest, max_size=max_size, timeout=timeout, progress=progress
    )
    with paused_gc():
        return EventsResult(tuple(sources), tuple(_events(sources, (), lexicon)), tuple(problems))


def _mark_copies(
    sources: Sequence[Source], claims: Sequence[Claim], made: dict[tuple[str, int], Any]
) -> list[Claim]:
    from claimcheck.copies import mark_copies

    return mark_copies(sources, claims, made)


def _events(sources: Sequence[Source], profiles: Sequence[Any] = (), lexicon: Any = None) -> list[Event]:
    """The events of ``sources``, from their profiles when made already (else made with the
    words of ``lexicon``, the bundled one when None)."""
    from claimcheck.events import events_from_profiles, sort_events

    return events_from_profiles(sources, profiles) if profiles else sort_events(sources, lexicon)


def _is_mixed(found: Sequence[Event]) -> bool:
    from claimcheck.events import is_mixed

    return is_mixed(found)


def one_identity(claims: Sequence[Claim], texts: Sequence[str] = ()) -> list[Claim]:
    """Across reports, a claimant one report names by an acronym that another spells out
    ('IMG' / 'Independent Monitoring Group (IMG)') takes the spelled-out name and its id; and
    every claimant takes the id of the one speaker the matcher finds it is
    (:func:`claimcheck.match.speaker_ids`: 'MINISTRY OF HEALTH', "Tunisia's Ministry of Health",
    a report's 'the ministry' and 'Health Ministry spokeswoman Salma Ayari' are one
    ministry), so that ``group_by(.claimant_id)`` finds a speaker's figures across reports as
    the conflicts read them; its display name stays the one its report gives."""
    from dataclasses import replace

    from claimcheck.entities import claimant_id, unify
    from claimcheck.match import _name_tokens, speaker_ids

    names = unify(sorted({c.claimant_name for c in claims if c.claimant_name}), texts)
    claims = [
        replace(c, claimant_name=names[c.claimant_name], claimant_id=claimant_id(names[c.claimant_name]))
        if c.claimant_name in names
        else c
        for c in claims
    ]
    ids = speaker_ids(claims)
    told: dict[str, Counter[str]] = {}
    for c in claims:
        if c.claimant and c.claimant in ids:
            told.setdefault(ids[c.claimant], Counter())[c.claimant_name or c.claimant] += 1
    # each speaker's id is read from the name most claims give it among those its identity
    # holds (the body's own names, not its spokeswoman's: 'Ministry of Health'; a capitalised
    # name before a description), the shortest of those as often given ('Civil Protection',
    # not 'a Civil Protection officer in Kairouan')
    plain = {}
    for identity, names in told.items():
        words = _name_tokens(identity)
        own = [n for n in names if _name_tokens(n) <= words] or [identity]
        plain[identity] = min(own, key=lambda n: (n.islower(), -names[n], len(n.split()), n))
    return [
        replace(c, claimant_id=same)
        if c.claimant in ids and (same := claimant_id(plain[ids[c.claimant]])) and same != c.claimant_id
        else c
        for c in claims
    ]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run with Python's cyclic garbage collector paused, resumed after (if it ran before).

    Sources, claims and groups hold no reference cycles, yet each collection scans all of
    them: over the 100,000s of objects of a large run that costs seconds. Memory is still
    freed as usual, by reference counting."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def select(
    groups: Sequence[ClaimGroup],
    *,
    measures: Sequence[str] = (),
    subjects: Sequence[str] = (),
    only_conflicts: bool = False,
    min_severity: float | None = None,
) -> list[ClaimGroup]:
    """The groups that pass the filters (an empty filter passes everything)."""
    return [
        g
        for g in groups
        if (not measures or g.measure in measures)
        and (not subjects or g.subject in subjects or any(c.subject in subjects for c in g.claims))
        and (not only_conflicts or g.status == "conflict")
        and (min_severity is None or (g.severity is not None and g.severity >= min_severity))
    ]


def filter_terms(kind: str, words: Sequence[str], lexicon: Any) -> list[str]:
    """The measures (``kind`` "measure") or subjects ("subject") that filter words name.

    A name of the vocabulary stands for itself; a word the lexicon files under one stands
    for it too: a head noun or modifier of a measure (``deaths``, ``dead`` -> killed;
    ``crowd``, ``turnout`` -> participants) or a noun of a subject (``police``, ``troops`` ->
    security; ``protester`` -> protesters). Raises ValueError naming the word and the
    vocabulary when a word names nothing.

    >>> from claimcheck.lexicon import load_lexicon
    >>> filter_terms("measure", ["Deaths", "turnout", "killed"], load_lexicon())
    ['killed', 'participants']
    >>> filter_terms("subject", ["police", "protester"], load_lexicon())
    ['security', 'protesters']
    """
    if lexicon is None:
        from claimcheck.lexicon import load_lexicon as bundled

        lexicon = bundled()
    if kind == "measure":
        names = [*lexicon.measures, "other"]
        aliases = {**lexicon.modifier_measure, **lexicon.noun_measure}
    else:
        names = list(dict.fromkeys([*lexicon.data["subjects"], "people"]))
        aliases = dict(lexicon.subject_of)
    out: list[str] = []
    for word in words:
        key = " ".join(word.lower().split())
        term = key if key in names else aliases.get(key)
        if term is None:
            near = difflib.get_close_matches(key, [*names, *aliases], n=1)
            hint = f"did you mean {near[0]!r}? " if near else ""
            raise ValueError(f"{word!r} is not a {kind}; {hint}choose one of {', '.join(names)}"
                             f" (or a word for one, such as {_example(aliases, names)})")
        if term not in out:
            out.append(term)
    return out


def _example(aliases: dict[str, str], names: Sequence[str]) -> str:
    """'deaths (killed), crowd (participants)': one alias for each of the first two names."""
    shown = []
    for name in names[:3]:
        word = next((w for w, t in aliases.items() if t == name and w != name), None)
        if word:
            shown.append(f"{word} ({name})")
    return ", ".join(shown[:2]) or "none"


def load_lexicon(path: str | None = None) -> object | None:
    """The parser's lexicon: the bundled one, or the file at ``path``."""
    try:
        from claimcheck.lexicon import LexiconError
        from claimcheck.lexicon import load_lexicon as _load
    except ModuleNotFoundError as exc:  # the lexicon module has not landed yet
        if exc.name != "claimcheck.lexicon":
            raise
        if path is not None:
            raise InputError(f"{path}: lexicon files are not supported yet") from exc
        return None
    name = path or "bundled lexicon"
    try:
        return _load(path)
    except (LexiconError, UnicodeDecodeError) as exc:
        message = " ".join(str(exc).split())
        raise InputError(message if name in message else f"{name}: {message}") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read lexicon: {os_reason(exc)}") from exc


def is_internal(problem: Problem) -> bool:
    """Whether ``problem`` reports a parser failure (a bug) rather than bad input."""
    return problem.level == "error" and problem.message.startswith(INTERNAL_ERROR)

"""Matcher stage: align claims about the same quantity into groups, and recognise claimants."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from claimcheck.conflicts import (
    NUMBER_WORDS,
    body_own,
    denied_kind,
    evaluate,
    in_solidarity,
    key_as,
    keys_kept,
    normalise_claimant,
    order_groups,
    part_words,
    quantity_key,
    scope_kind,
    singular,
    stated_whole,
    told_in_hospital,
)
from claimcheck.lexicon import alternation, load_lexicon
from claimcheck.models import HOSPITAL, HURT, SAME, TALLIES, Claim, ClaimGroup, Number
from claimcheck.when import (
    DAY_BEFORE,
    GATHERINGS,
    LABEL_ITEM,
    PAST_SPAN,
    RUNNING_TALLIES,
    TODAY,
    WEEKDAY,
    WEEKDAY_ABBR,
    TimeWords,
    any_of,
    count_year,
    day_words_in,
    parse_date,
    time_words,
)
from claimcheck.where import NAMED_HOSPITAL, NATIONWIDE, place_words
from claimcheck.workers import map_inherited

QuantityKey = tuple[str | None, str | None, str | None, str | None]
PARALLEL_FROM_CLAIMS = 20_000  # below this, forking costs more than evaluating here
NAME_NOISE = {"the", "a", "an", "mr", "mrs", "ms", "dr", "of", "in", "'s", "’s", "and"}


def side(claim: Claim) -> str:
    """The side a claim counts: unnamed people join the protesters (the non-security side),
    and so does a total over every side ('six people, including four police'): other reports
    give that total without its parts ('six people were killed'). In such a group a figure
    that names the protesters is compared only with figures of the protesters (see
    :func:`claimcheck.conflicts.evaluate`)."""
    return "protesters" if claim.subject == "people" else claim.subject


def group_key(claim: Claim) -> tuple[str, str, QuantityKey]:
    """Measure, side and :func:`claimcheck.conflicts.quantity_key` (time, place, part,
    sub-incident); a gathering is further split by its day (see :func:`_by_day`)."""
    return (claim.measure, side(claim), quantity_key(claim))


@lru_cache(maxsize=65536)  # (a pure reading of a name, asked for each pair of names compared)
def _name_tokens(name: str) -> frozenset[str]:
    words = re.findall(r"[\w-]+", normalise_claimant(name))
    return frozenset(w for w in words if w not in NAME_NOISE)


def speaker_ids(claims: Sequence[Claim]) -> dict[str, str]:
    """Each claimant as written -> one identity, found over the display names the parser
    gave them (claimant_name: 'IMG', 'the group' and 'the Independent Monitoring Group' are
    'Independent Monitoring Group (IMG)'), so that one speaker's figures across reports are
    its revisions, not a conflict."""
    shown: dict[str, str] = {}
    reports: dict[str, set[str]] = {}  # each name shown -> the reports that give it
    for c in claims:
        if c.claimant:
            name = shown.setdefault(c.claimant, c.claimant_name or c.claimant)
            reports.setdefault(name, set()).add(c.source)
    names = list(shown.values())
    staff = _staff_of(names)
    ids = claimant_ids([n for n in names if n not in staff] if staff else names)
    for name, body in _bodies_of(staff, ids, reports).items():
        ids[name] = body
    if len(ids) < len(set(names)):  # a body's staff member of no one body: a name of its own
        ids.update({n: i for n, i in claimant_ids(names).items() if n not in ids})
    for name, member in _staff_by_person(names, staff).items():
        ids[name] = ids.get(member, member)  # ('Dr Ayari': the spokeswoman, so her body)
    ids.update(_descriptions_of_their_reports(ids, reports))
    ids.update(_officials_of_a_named_body(ids))
    return {written: ids.get(name, name) for written, name in shown.items()}


def _officials_of_a_named_body(ids: dict[str, str]) -> dict[str, str]:
    """A lowercase description of a body's staff by the body's own words ('emergency officials',
    'health officials', 'electoral commission spokesman') joined to no name is the one named body
    of the story that holds those words ('Emergency Management Service', 'Ministry of Health');
    none when no named body or several hold them."""
    words = _lexicon(None).speaker_words
    roles = words["staff_nouns"] | words["person_roles"]
    bodies = {i for i in ids.values() if re.search(r"[A-Z]", i[1:]) and not _name_tokens(i) & roles}
    out = {}
    for name, identity in ids.items():
        tokens = _name_tokens(name)
        own = tokens - roles
        if identity != name or re.search(r"[A-Z]", name[1:]) or not own or own == tokens:
            continue
        fits = {b for b in bodies if own <= _name_tokens(b)}
        if len(fits) == 1:
            out[name] = fits.pop()
    return out


def _staff_of(names: Sequence[str]) -> dict[str, frozenset[str]]:
    """The names of a body's staff who speak for it ('ministry spokesman Nurlan Abenov', 'police
    officials'), each with the organisation words it holds ('ministry'); the lexicon's
    speakers.staff_nouns and org_words."""
    words = _lexicon(None).speaker_words
    staff_nouns, org_words = words["staff_nouns"], words["org_words"]
    out = {}
    for n in names:
        tokens = _name_tokens(n)
        if tokens & staff_nouns and (orgs := tokens & org_words):
            out[n] = frozenset(orgs)
    return out


def _staff_by_person(names: Sequence[str], staff: dict[str, frozenset[str]]) -> dict[str, str]:
    """The other names of a body's staff member, by the person's own name: 'spokeswoman Salma
    Ayari' and 'Salma Ayari' ('Dr Ayari') are the 'ministry spokeswoman Salma Ayari' of another
    line (and so speak for her body, whatever other body their own report names). A name of no
    person, or of a person two staff names of two bodies fit, is no one's staff."""
    if not staff:
        return {}
    words = _lexicon(None).speaker_words
    roles = words["person_roles"] | words["staff_nouns"] | words["org_words"]
    person = {s: t for s in staff if (t := _name_tokens(s) - roles)}
    holding: dict[str, list[str]] = {}  # a word of a person's name -> the staff names holding it
    for s, t in person.items():
        for w in t:
            holding.setdefault(w, []).append(s)
    out: dict[str, str] = {}
    for n in names:
        if n in staff or not re.search(r"\b[A-Z][a-z]", n):
            continue  # (a person's name is capitalised: not 'the spokeswoman')
        own = _name_tokens(n) - roles - HONORIFIC_WORDS
        if _name_tokens(n) & words["org_words"] or not own:
            continue
        fits = sorted(s for s in holding.get(min(own), ()) if own <= person[s])
        if fits and len({person[s] for s in fits}) == 1:  # (one person, however many lines name her)
            out[n] = fits[0]
    return out


HONORIFIC_WORDS = frozenset({"dr", "mr", "mrs", "ms", "prof", "professor", "sir"})


def _bodies_of(
    staff: dict[str, frozenset[str]], ids: dict[str, str], reports: Mapping[str, set[str]] | None = None
) -> dict[str, str]:
    """Each staff member's body: the one identity among the other names that holds its
    organisation words and names no person ('the Ministry of Emergency Situations' for 'ministry
    spokesman Nurlan Abenov'), so that the spokesman's figure is the ministry's own (its
    revision, not a dispute); when several do, the one of them the staff member's own reports
    name ('ministry spokeswoman X' in a report of the Ministry of Health, where another report
    names the Interior Ministry); none when no name or several fit."""
    if not staff:
        return {}
    roles = _lexicon(None).speaker_words["person_roles"] | _lexicon(None).speaker_words["staff_nouns"]
    bodies = {n: _name_tokens(n) for n in ids}
    out = {}
    for name, orgs in staff.items():
        fitting = [
            n
            for n, t in bodies.items()
            if orgs < t and not t & roles and not {w[:-1] for w in t if w.endswith("s")} & roles
        ]  # (a body's name, not its bare word 'the government'; not 'Government ministers': people)
        fits = {ids[n] for n in fitting}
        if len(fits) > 1 and reports is not None:
            fits = {ids[n] for n in fitting if reports.get(n, set()) & reports.get(name, set())}
        if len(fits) == 1:
            out[name] = fits.pop()
    return out


def _descriptions_of_their_reports(ids: dict[str, str], reports: Mapping[str, set[str]]) -> dict[str, str]:
    """A bare description joined to no name ('the ministry', 'the agency': several names of the
    story fit it) is the one body its own reports name that holds its words: a report's 'the
    ministry' is the ministry the report named ('Ministry of Health', whatever other ministry
    another report quotes); none when one of its reports names several, or two reports two."""
    org_words = _lexicon(None).speaker_words["org_words"]
    described = [
        name
        for name, identity in ids.items()
        if identity == name and (t := _name_tokens(name)) and t <= org_words and not re.search(r"[A-Z]", name[1:])
    ]
    if not described:
        return {}
    names_of: dict[str, list[str]] = {}  # each report -> the names it gives
    for n, where in reports.items():
        for report in where:
            names_of.setdefault(report, []).append(n)
    out = {}
    for name in described:
        tokens = _name_tokens(name)
        fits: set[str] = set()
        for report in reports.get(name, set()):
            here = {
                ids[n]
                for n in names_of[report]
                if n != name and n in ids and tokens < _name_tokens(n)
                and tokens <= _name_tokens(ids[n]) and not _name_tokens(n) <= org_words
            }  # (the names the report itself gives, as the story joins them; not another description)
            if len(here) > 1:
                fits = here
                break
            fits |= here
        if len(fits) == 1:
            out[name] = fits.pop()
    return out


def _measure_ids(
    claims: Sequence[Claim], ids: dict[str, str], lexicon: Any = None
) -> dict[str, dict[str, str]]:
    """Per measure, each claimant as written -> one identity: a short name that fits several
    longer ones over the whole story ('the ministry': of Fisheries, of the Interior) is the
    one of them that gave figures of that measure ('the ministry' of a death toll is the
    ministry of Fisheries when that one gave the toll); other names keep their identity."""
    open_names = {w for w, i in ids.items() if _name_tokens(i) == _name_tokens(w)}  # (joined to none)
    words = _lexicon(lexicon).speaker_words
    generic_words, documents = words["generic_officials"], words["document_nouns"]
    measures: dict[str, list[Claim]] = {}
    for c in claims:
        if c.claimant:
            measures.setdefault(c.measure, []).append(c)
    out: dict[str, dict[str, str]] = {}
    for m, said in measures.items():
        if not any(c.claimant in open_names for c in said):
            continue
        local = speaker_ids(said)
        fixed = {w: i for w, i in local.items() if w in open_names and i != ids[w]}
        known = {**ids, **fixed}
        official = [c.claimant for c in said if c.claimant_type == "government"]
        generic = {w for w in official if _generic_official(known[w], generic_words)}
        bodies = {known[w] for w in official if w not in generic and not _name_tokens(w) & documents}
        # (not 'the official count': a count, no body)
        if generic and len(bodies) == 1:  # 'the government' of a toll only one ministry gave
            body = bodies.pop()
            fixed.update({w: body for w in generic})
        if fixed:
            out[m] = {**ids, **fixed}
    return out


def _lexicon(lexicon: Any) -> Any:
    """``lexicon``, or the bundled one when None."""
    if lexicon is None:
        from claimcheck.lexicon import load_lexicon

        return load_lexicon()
    return lexicon


def _generic_official(name: str, generic_words: frozenset[str]) -> bool:
    """'the government', "Senegal's government", 'the authorities': a name that says only
    'the state' (a generic word and at most one other)."""
    words = {w for w in _name_tokens(name) if len(w) > 1}  # (not the 's of "Senegal's")
    return bool(words & generic_words) and len(words) <= 2


def _bare_body(name: str, tokens: frozenset[str]) -> bool:
    """'the police', 'Ministry': a body's bare word (the lexicon's org_words), no proper name."""
    return tokens <= _lexicon(None).speaker_words["org_words"] and not re.search(r"[A-Z]", name[1:])


def _proper_of(names: set[str]) -> set[str]:
    """Of the names a body's bare word fits, the one proper name when the others are lowercase
    descriptions ('the police' beside 'National Civil Police (PNC)' and 'local police': the
    force the story names, which a correspondent's 'local police' describes); all of them else."""
    proper = {n for n in names if re.search(r"[A-Z]", n[1:])}
    return proper if len(proper) == 1 else names


def claimant_ids(names: Sequence[str]) -> dict[str, str]:
    """Map each claimant name to one identity: 'Mr. Raja' and 'PTI Secretary General Salman
    Akram Raja' are one claimant; so are spelling variants ('Mohsin Naqvi' / 'Mohsen Naqvi').

    A short name joins a longer one when its words are a subset of the longer one's and it
    fits no other longer name; spelling variants are found with rapidfuzz.
    """
    from rapidfuzz import fuzz

    tokens = {n: t for n in set(names) if n and (t := _name_tokens(n))}
    uniq = sorted(tokens, key=lambda n: (-len(tokens[n]), n))
    keys = {n: " ".join(sorted(tokens[n])) for n in uniq}
    posting: dict[str, list[str]] = {}  # word -> longer names seen so far that hold it
    out: dict[str, str] = {}
    for name in uniq:
        lists = sorted(
            (posting.get(w, []) for w in sorted(tokens[name])), key=len
        )  # sorted: the same run gives the same identities
        rarest = lists[0] if lists else []
        # a longer name holding every word of this one is on every list: walk the shortest
        supersets = {out[m] for m in rarest if tokens[name] < tokens[m]}
        if len(supersets) > 1 and _bare_body(name, tokens[name]):
            supersets = _proper_of(supersets)
        shared = next((lst for lst in lists if lst), [])  # a spelling variant shares a word
        variants = (
            {out[m] for m in shared if fuzz.ratio(keys[name], keys[m]) >= 90}
            if len(shared) <= 200
            else set()
        )
        targets = supersets | variants
        out[name] = targets.pop() if len(targets) == 1 else name
        for w in tokens[name]:
            posting.setdefault(w, []).append(name)
    return out


def align(
    claims: Sequence[Claim], *, jobs: int = 1, home: Collection[str] = (), lexicon: Any = None
) -> list[ClaimGroup]:
    """Groups of claims about the same quantity, evaluated and ordered most contested first.

    A group is one measure, one side (security, journalists, or protesters with the unnamed
    people) and one quantity: a figure for another time ('arrested prior to the protest', 'in
    2019'), a place ('in Marseille'), a part ('six women of 14') or a sub-incident ('when a
    bus crashed') is a group of its own, and so is each day of a gathering. A running tally's
    figures of different days stay in one group (their timeline).

    ``home`` holds the event's own places (case-folded; see
    :func:`claimcheck.situate.event_home`): a figure for one of them is a figure for the
    whole event, unless some figure of that measure and side is nationwide (then the
    dateline's city is one part of the country) or some sentence counts that quantity place
    by place ('19 in Sokodé, 8 in Lomé and 4 in Bafilo': then each place is one part).

    A deployment of one kind of force ('120 firefighters', '35 soldiers') is a quantity apart
    from another kind's when figures of two kinds are given (the kinds are the ``forces``
    section of ``lexicon``, the bundled one by default; see :func:`force_kind`).

    ``jobs`` > 1 evaluates the groups of a large input (PARALLEL_FROM_CLAIMS) on that many
    forked processes; the result is the same.
    """
    with keys_kept(lexicon):  # each claim's quantity_key, found once for the buckets and the groups
        return _align(claims, jobs, home, lexicon)


def _align(claims: Sequence[Claim], jobs: int, home: Collection[str], lexicon: Any) -> list[ClaimGroup]:
    claims = _ordinal_days(claims, time_words(lexicon))
    ids = speaker_ids(claims)
    keys = [group_key(c) if c.measure != "other" else None for c in claims]
    keys = _sites_of_their_reports(claims, keys)
    claims, keys = _arrests_of_one_day(claims, keys, lexicon)
    keys = _arrests_by_day(claims, keys, ids, lexicon)
    # the event's own place stays the whole event's, whatever longer name it has elsewhere
    aliases = place_aliases({k[2][1] for k in keys if k and k[2][1] and k[2][1] not in home})
    aliases.update(_owned_homes({k[2][1] for k in keys if k and k[2][1] and k[2][1] not in home}, home))
    if aliases:
        keys = [_with_place(k, aliases[k[2][1]]) if k and k[2][1] in aliases else k for k in keys]
    # 'the hospital' that no report names is no known place: the figure stays the event's
    keys = [_without_place(k) if k and k[2][1] in _SITE_WORDS else k for k in keys]
    keys = _intakes_of_named_hospitals(claims, keys)
    keys = _places_named_as_modifiers(claims, keys, _lexicon(lexicon), home)
    nationwide = {
        _without_place(k) for k, c in zip(keys, claims, strict=True) if k and c.place == NATIONWIDE
    }
    keys = _nationals(claims, keys)
    keys = _kinds_of_people(
        claims, keys, people_kinds(lexicon), people_kinds(lexicon, "kinds_of_parts"), _kinds_of_any_toll(lexicon),
        _kinds_of_any_toll(lexicon, "kinds_beside_another_side"),
    )
    keys = _body_own_parts(claims, keys, lexicon)
    keys = _table_rows(claims, keys)
    keys = _of_which_rows(claims, keys)
    keys = _shares_of_the_count_before(claims, keys)
    keys = _denials_limited_by_their_report(claims, keys, _lexicon(lexicon))
    broken_down = _broken_down(claims, keys)
    local = _local_tallies(claims, keys, nationwide, home) - broken_down
    if local:  # a local event's tally: the nationwide figure is a wider whole, apart
        nationwide -= local
        keys = [
            _with_place(k, NATIONWIDE) if k and c.place == NATIONWIDE and k in local else k
            for k, c in zip(keys, claims, strict=True)
        ]
    # (a local event's figures told place by place are its sites', or the wider count's: '19
    # died at JPMC, 8 at Civil Hospital Karachi', '168 nationwide, including 29 in Punjab')
    by_place = _divided(claims, keys)
    divided = (set(by_place) - _crowds_elsewhere(by_place, home) | broken_down) - local
    shares = _shares(claims, keys, home)
    keys = _by_force(claims, keys, force_words(lexicon))
    perpetrators = force_words(lexicon)[2]
    keys = [
        (k[0], "all", k[2])
        if k and k[1] == "protesters" and c.measure == "killed" and _with_perpetrators(c, perpetrators)
        else k
        for c, k in zip(claims, keys, strict=True)
    ]
    keys = [_alone(c, k, home, lexicon) if k and k[2][1] is None and k[2][2] is None else k
            for c, k in zip(claims, keys, strict=True)]  # fmt: skip
    keys = _hospitalised(claims, keys, lexicon)
    keys = [_still_in_hospital(k) if k and c.measure == "injured" else k for c, k in zip(claims, keys, strict=True)]
    keys = _how_they_died(claims, keys, at_hospital=HOSPITAL in home, lexicon=lexicon)
    keys = _parts_of_a_sites_bodies(claims, keys)
    keys = _shot(claims, keys)
    keys = _added_to_a_count(claims, keys)
    keys = _coordinated_parts(claims, keys)
    keys = _breakdown_by_kind(claims, keys)
    keys = _civilians_apart(claims, keys, fighter_words(lexicon))
    keys = _shares_of_a_told_whole(claims, keys)  # (after the readers of a part's own words)
    keys = _denied_of_the_counted(claims, keys)
    keys = _parts_of_placed_wholes(claims, keys)
    keys = _incidents_told_as_the_whole(claims, keys)
    keys = _two_incidents(claims, keys, incident_kinds(lexicon))
    elsewhere = _other_home_crowds(claims, keys, home) | _other_home_tallies(claims, keys, home)
    elsewhere |= {  # a crowd gathered in solidarity ('In Vaslui, about 300 people gathered in
        # solidarity with Bârlad'): that place's gathering, even one of the event's own places
        i for i, (c, k) in enumerate(zip(claims, keys, strict=True)) if k and k[2][1] and c.measure == "participants" and in_solidarity(c)
    }
    final = [
        _without_place(k)
        if k is not None
        and k[2][1] in home
        and i not in elsewhere
        and _without_place(k) not in nationwide | divided
        and (k not in shares or _without_place(k) in local)
        and not _told_as_a_share(c)
        else k
        for i, (k, c) in enumerate(zip(keys, claims, strict=True))
    ]
    final = [  # ('84 people were arrested in Amsterdam and Rotterdam': the event's own places together, its whole)
        _without_place(k) if k is not None and _homes_joined(k[2][1], home) and _without_place(k) not in nationwide else k
        for k in final
    ]
    final = _taken_up(claims, final)
    final = _elided_answers(claims, final)
    final = _rival_answers(claims, final)
    buckets: dict[tuple[str, str, QuantityKey], list[Claim]] = {}
    for k, c in zip(final, claims, strict=True):
        if k is not None:
            buckets.setdefault(k, []).append(c)
    _earlier_places(buckets)
    groups = []
    told_on = _days_repeated(buckets, ids)
    camps, kinds = gathering_words(lexicon), mourning_words(lexicon)
    for (measure, who, key), whole in buckets.items():
        by_camp = _by_gathering(whole, camps, ids) if measure == "participants" else {None: whole}
        if measure == "participants":
            by_camp = _mourning_apart(by_camp, kinds)
        for camp, bucket in by_camp.items():
            if key[0] == "before":
                days = _by_year(bucket)
            else:
                days = (
                    _by_day(bucket, ids, told_on) if measure not in RUNNING_TALLIES and key[0] != "hunger-strike" else {None: bucket}
                )  # (those on a hunger strike: one count over its days, their timeline)
            for day, members in days.items():
                subject = _label(members, who)
                gid = "/".join(
                    [measure, "all-sides" if who == "all" else subject]
                    + _id_parts(key)
                    + ([camp] if camp else [])
                    + ([day] if day and len(days) > 1 else [])
                )
                scope = _scope_label(members, key, who, day if len(days) > 1 else None)
                if camp:
                    scope = "; ".join(x for x in (f"{camp} gathering", scope) if x)
                groups.append(ClaimGroup(gid, measure, subject, scope, tuple(members)))
    by_measure = _measure_ids(claims, ids, lexicon)
    if jobs < 2 or len(claims) < PARALLEL_FROM_CLAIMS:
        return order_groups(evaluate(g, by_measure.get(g.measure, ids)) for g in groups)
    groups.sort(key=lambda g: -len(g.claims))  # the largest first, for an even share
    done = map_inherited(
        _evaluate_detached, [(g, by_measure.get(g.measure, ids)) for g in groups], jobs
    )
    return order_groups(
        dataclasses.replace(d, claims=g.claims) for d, g in zip(done, groups, strict=True)
    )


_ORDINAL_SUFFIX = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7}
_FROM_THE_DAY = re.compile(r"\b(?:since|from|after|until|till|before)\s+(?:the\s+)?$", re.IGNORECASE)
_DAYS_OF = ("participants", "deployed", "arrested")
_NOW = re.compile(r"\bnow\b", re.IGNORECASE)
ORDINAL_REACH = 10  # how many days before its report an ordinal day may fall
_BY_THE_DAY = re.compile(r"\b(?:by|until|till|as\s+of|through)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?\w+\s+(?:day|night|evening)\b", re.IGNORECASE)
_DATELINE_HEAD = re.compile(r"^[^\W\d_][^.!?\n]{0,40}?\s[-–—]+\s")  # a wire's 'KELSO, March 12 -'
# the day a figure is measured against, not its own: 'fewer than on Sunday', 'more than Monday's'
_THAN_DAY = re.compile(r"\bthan\s+(?:on\s+|during\s+|at\s+)?(?:the\s+)?[\w’']+", re.IGNORECASE)


def _ordinal_pattern(tw: TimeWords) -> tuple[re.Pattern[str], dict[str, int]]:
    """An ordinal day or night of the event ('the second day', 'the first night', 'on the third
    evening', 'day three', '2nd day'), and the number each ordinal word is."""
    return _ordinal_pattern_of(tuple(sorted(tw.ordinals.items())))


@lru_cache(maxsize=8)
def _ordinal_pattern_of(ordinals: tuple[tuple[str, int], ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    numbers = {w: n for w, n in ordinals if n > 0} | _ORDINAL_SUFFIX
    words = any_of(sorted(numbers, key=len, reverse=True))
    return (
        re.compile(
            rf"\b(?P<o>{words})\s+(?:full\s+)?(?:day|night|evening)\b(?!s)|\b(?:day|night)\s+(?P<n>{words}|[1-7])\b(?!\s*(?:-|of\s+the\s+year))",
            re.IGNORECASE,
        ),
        numbers,
    )


def _ordinal_of(c: Claim, tw: TimeWords) -> int | None:
    """The one ordinal day of the event ``c``'s sentence names (see :func:`_ordinal_pattern`),
    not the day a span starts from ('since the first day'); None when it names none or two."""
    pattern, numbers = _ordinal_pattern(tw)
    found = set()
    for m in pattern.finditer(c.sentence):
        if _FROM_THE_DAY.search(c.sentence, max(0, m.start() - 12), m.start()):
            return None
        word = (m["o"] or m["n"]).casefold()
        found.add(int(word) if word.isdigit() else numbers.get(word))
    return found.pop() if len(found) == 1 and None not in found else None


def _ordinal_days(claims: Sequence[Claim], tw: TimeWords) -> Sequence[Claim]:
    """``claims`` with each crowd, force or arrest figure whose sentence names an ordinal day of
    the event ('On the second day, the union put the crowd at 3,400', 'Police detained 23 people
    in the first night of the unrest') and no day of its own dated that day, counted from the
    event's first day: the earliest day a crowd figure of its reports is dated (a march 'on
    Monday 9 March'), when that day is the report's or before it. A day of arrests is that day's
    count (period 'day'), not a point of the running one. An event whose crowds are dated on no
    day keeps them as told, and so does an undated report. A strike's count is dated so too ('The
    union says turnout was 87 percent on the first day, or close to 94,000 strikers')."""
    first = min(
        (c.as_of[:10] for c in claims if c.measure == "participants" and c.period == "day" and c.as_of and c.qualifier != "denial"),
        default=None,
    )
    if first is None:
        return claims
    start = parse_date(first)
    if start is None:
        return claims
    anchors = Counter(  # (the first day the figures dated with their ordinal day give: 'Police: 310,000 (first day)' of 11 November)
        d - timedelta(days=n - 1)
        for c in claims
        if c.measure in _DAYS_OF and c.as_of and c.date and c.as_of[:10] != c.date[:10]
        and (n := _ordinal_of(c, tw)) and (d := parse_date(c.as_of[:10])) is not None
    )
    if anchors:
        start = anchors.most_common(1)[0][0]
    out = list(claims)
    for i, c in enumerate(claims):
        if c.measure not in _DAYS_OF or c.period not in ("day", "cumulative", "strike") or c.qualifier == "denial" or not c.date:
            continue  # (an undated report's figures are placed by their likeness to the dated ones: see _by_day)
        if c.measure == "participants" and c.scope is not None:
            continue
        if c.as_of and c.date and c.as_of[:10] != c.date[:10]:
            continue  # (a day of its own: 'on Monday', 'yesterday')
        told = _DATELINE_HEAD.sub("", c.sentence, count=1)  # (not its report's dateline: 'KELSO, March 12 - ')
        if "than" in told:  # (nor the day it is compared with: 'on the second day, fewer than on Sunday')
            told = _THAN_DAY.sub("", told)
        if any(p.search(told) for p in (tw.weekday, tw.explicit, tw.relative)):
            continue
        n = _ordinal_of(c, tw)
        if n is None:
            continue
        day = start + timedelta(days=n - 1)
        told_on = parse_date(c.date[:10])
        if told_on is not None and not (told_on - timedelta(days=ORDINAL_REACH) <= day <= told_on):
            continue  # (not after its report, nor long before: the first day of an earlier gathering)
        one_day = (
            c.measure == "arrested"
            and not _BY_THE_DAY.search(c.sentence)
            and not tw.running.search(c.sentence)
            and not _NOW.search(c.sentence)
        )  # (arrests 'by the second day', '58 now detained', or a count that rose: the running count then)
        period = "day" if one_day else c.period
        if day.isoformat() != (c.as_of or "")[:10] or period != c.period:
            out[i] = dataclasses.replace(c, as_of=day.isoformat(), period=period)
    return out


def gathering_words(lexicon: Any = None) -> re.Pattern[str]:
    """The ``gatherings`` section of ``lexicon`` (the bundled one when None) as one pattern
    whose named group (``government`` or ``opposition``) is the camp of the gathering a
    mention names: a camp word before a gathering noun ('the pro-government rally', "the
    ruling party's march"). (A counter-demonstration is a part of its own already: see
    :func:`claimcheck.conflicts.quantity_key`.)"""
    return _gathering_words(_lexicon(lexicon))


def _alternatives(words: Sequence[str]) -> str:
    """:func:`claimcheck.when.any_of`, a pattern matching nothing when there are no words."""
    return any_of(list(words)) or "(?!)"


@lru_cache(maxsize=8)
def _gathering_words(lexicon: Any) -> re.Pattern[str]:
    section = lexicon.data.get("gatherings", {})

    nouns, joiners = _alternatives(section.get("nouns", [])), _alternatives(section.get("joiners", []))
    camps = [
        rf"(?P<{camp}>(?<![\w-])(?:{_alternatives(words)})(?:['’]s)?(?:\s+(?:{joiners})(?:['’]s)?)?\s+(?:{nouns})\b)"
        for camp, words in section.items()
        if camp.isidentifier() and not camp.startswith("_") and camp not in ("joiners", "nouns", *_KIND_SECTIONS)
    ]
    return re.compile("|".join(camps), re.IGNORECASE)


_KIND_SECTIONS = ("mourning", "protest_nouns")  # kinds of gathering, not camps (see mourning_words)
MOURNING = "mourning"


def mourning_words(lexicon: Any = None) -> re.Pattern[str]:
    """The ``gatherings`` section's mourning and protest words as one pattern whose named group
    (``mourning`` or ``protest``) is the kind of gathering a word names (see
    :func:`_mourning_apart`)."""
    return _mourning_words(_lexicon(lexicon))


@lru_cache(maxsize=8)
def _mourning_words(lexicon: Any) -> re.Pattern[str]:
    section = lexicon.data.get("gatherings", {})

    return re.compile(
        rf"(?<![\w-])(?:(?P<mourning>{_alternatives(section.get('mourning', []))})"
        rf"|(?P<protest>{_alternatives(section.get('protest_nouns', []))}))(?![\w-])",
        re.IGNORECASE,
    )


def _gathering_kind(claim: Claim, kinds: re.Pattern[str]) -> str | None:
    """The kind of gathering ``claim``'s sentence tells: ``mourning`` when it names a mourning
    one ('about 3,000 gathered … for a candlelight vigil for the dead of the march', 'after
    funeral march clashes; union says 20,000 marched'), else ``protest`` when it names a
    protest ('took part in the protest'), else None."""
    found = {m.lastgroup for m in kinds.finditer(claim.sentence)}
    return MOURNING if MOURNING in found else next(iter(found), None)


def _mourning_apart(
    by_camp: dict[str | None, list[Claim]], kinds: re.Pattern[str]
) -> dict[str | None, list[Claim]]:
    """``by_camp`` with the figures of a mourning gathering (a vigil, a funeral, prayers for the
    dead) apart from each camp's, when its figures name both a mourning and a protest
    gathering: the 800 at a mosque's prayers for the victims are no rival count of the march's
    400 or 3,000. A figure naming neither stays with the protest's, unless only the mourning
    gathering's figures give its very figure ('police said about 2,000 persons attended' the
    vigil, and elsewhere 'The police said about 2,000 persons came'). Where one figure is
    given both as a mourning gathering's and as a protest's ('a crowd the police put at about
    120 people held a silent protest', 'Vigil outside Parliament: police ~120'), the two are
    one gathering told two ways, and nothing is set apart."""
    out: dict[str | None, list[Claim]] = {}
    for camp, members in by_camp.items():
        found = [_gathering_kind(c, kinds) for c in members]
        if MOURNING not in found or "protest" not in found:
            out[camp] = members
            continue
        apart = f"{camp} {MOURNING}" if camp else MOURNING
        figures = {
            kind: {(c.low, c.high) for c, k in zip(members, found, strict=True) if k == kind} for kind in (MOURNING, "protest")
        }
        if figures[MOURNING] & figures["protest"]:  # one gathering told both ways ('a silent protest', 'Vigil: police ~120')
            out[camp] = members
            continue
        for c, kind in zip(members, found, strict=True):
            if kind is None and (c.low, c.high) in figures[MOURNING] - figures["protest"]:
                kind = MOURNING
            out.setdefault(apart if kind == MOURNING else camp, []).append(c)
    return out


def _camp_of(claim: Claim, camps: re.Pattern[str]) -> str | None:
    """The camp of the gathering ``claim``'s sentence names for it: the last one named before
    the figure ('Number Government rally: 350,000+ (MRN)[2]; 280,000 (PNC)[3]'), else the
    first after it when no other figure comes between ('police counted 7,500 at the opposition
    march'); None when none is named, or when the last one before follows another camp's with
    no figure between (a header naming both: 'Source Government rally Opposition rally … PNC
    280,000 7,500')."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    after = camps.search(claim.sentence, end)
    if after and _ATTACHED.fullmatch(claim.sentence, end, after.start()):
        return after.lastgroup  # ('27,000 to 35,000 for the opposition march')
    before = [(m.lastgroup, m.start(), m.end()) for m in camps.finditer(claim.sentence, 0, max(at, 0))]
    if before:
        camp, start, _end = before[-1]
        if len(before) > 1 and before[-2][0] != camp and not re.search(r"\d", claim.sentence[before[-2][2]:start]):
            return _column_camp(claim.sentence, before[-2:], at)  # (a header naming both)
        if len(before) > 1 and before[-2][0] != camp and _PAIRED.match(claim.sentence, max(at, 0)):
            return before[-2][0]  # ('… the pro-government rally at 280,000 and the opposition march
            # at 7,500; a university team counted 46,000 and 31,000': the two in that order)
        return camp
    if after and not re.search(r"\d", claim.sentence[end : after.start()]):
        return after.lastgroup
    return None


_CELL = re.compile(r"(?<!\S)(?:\d[\d,.]*\+?|[-–—])(?!\S)")  # a table's cell: a figure, or a dash for none
_PAIRED = re.compile(r"(?<![\d,.])\d[\d,.]*\s+and\s+(?=\d)")  # the first of two figures joined by 'and'


def _column_camp(sentence: str, header: Sequence[tuple[str | None, int, int]], at: int) -> str | None:
    """The camp of a figure in a table whose header names two camps' gatherings ('Source
    Government rally Opposition rally Method MRN 350,000+ - statement PNC 280,000 7,500 …'):
    the camp of its column, from the count of cells (figures, and dashes for none) between the
    header and the figure, a row holding one cell per camp. None when it is no table's cell.

    >>> import re
    >>> h = [("government", 7, 23), ("opposition", 24, 40)]
    >>> t = "Source Government rally Opposition rally MRN 350,000+ - statement PNC 280,000 7,500 ACR - 6,000"
    >>> [_column_camp(t, h, t.index(f)) for f in ("350,000", "280,000", "7,500", "6,000")]
    ['government', 'government', 'opposition', 'opposition']
    """
    if _CELL.match(sentence, at) is None:
        return None
    cells = len(_CELL.findall(sentence, header[-1][2], at))
    return header[cells % len(header)][0]


# a figure's own gathering, written right after it: '7,500 at the opposition march', '27,000 to
# 35,000 for the opposition march', '46,000 people in the government rally'
_ATTACHED = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|against|versus|vs)\b)[a-z]+)?(?:\s+(?:for|at|in|of|to|on))?"
    r"\s+(?:the\s+|its\s+|their\s+)?",
    re.IGNORECASE,
)


def _by_gathering(
    members: list[Claim], camps: re.Pattern[str], ids: dict[str, str]
) -> dict[str | None, list[Claim]]:
    """A crowd quantity's figures by the camp of the gathering they count, when they name two
    camps or more (a pro-government rally and an opposition march on one day, see
    :func:`gathering_words`): one group per camp. A figure whose sentence names no camp joins the one camp
    among two or more whose figures are of its day ('A first opposition march on 8 November
    drew 80,000' beside 'LabMM estimated that march at 19,500', of 8 November), else the one
    camp given its very figure elsewhere ('the PNC gave an attendance figure of 280,000' and
    'Government rally: … 280,000 (PNC)'), else the one where its side (see :func:`_agrees`)
    gave a figure it agrees with; else it stays apart (a gathering of no known camp).

    Only the camps' own figures decide: a figure is none of these by the camp of its speaker
    (an opposition party's count of the government's rally is that rally's)."""
    found = [_camp_of(c, camps) for c in members]
    named = {camp for camp in found if camp}
    if len(named) < 2:
        return {None: members}
    out: dict[str | None, list[Claim]] = {}
    for camp in sorted(named):
        out[camp] = [c for c, k in zip(members, found, strict=True) if k == camp]
    labelled = {camp: tuple(cs) for camp, cs in out.items()}
    for c, k in zip(members, found, strict=True):
        if k:
            continue
        same_day = [
            camp for camp, cs in labelled.items() if c.as_of and any(m.as_of and m.as_of[:10] == c.as_of[:10] for m in cs)
        ]
        same_figure = [camp for camp, cs in labelled.items() if any((m.low, m.high) == (c.low, c.high) for m in cs)]
        agreed = [camp for camp, cs in labelled.items() if _agrees(c, cs, ids)]
        chosen = next((found_in[0] for found_in in (same_day, same_figure, agreed) if len(found_in) == 1), None)
        out.setdefault(chosen, []).append(c)
    return out


def _taken_up(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` where a figure that takes up the one before it by a demonstrative ('The
    coalition put that crowd at 4,000', 'the organisers said that group was closer to 60
    people': scope 'same: …', see claimcheck.situate) has that figure's key: the nearest figure
    before it of its report and measure, which situating found in its paragraph. A rival
    estimate of the evening rally or the counter-demonstration is that gathering's, not the
    event's crowd."""
    taking = [i for i, c in enumerate(claims) if c.scope is not None and c.scope.startswith(SAME)]
    if not taking:
        return keys
    sources = {claims[i].source for i in taking}
    before: dict[tuple[str, str], list[int]] = {}  # (report, measure) -> its figures, in text order
    for i, c in enumerate(claims):
        if c.source in sources:
            before.setdefault((c.source, c.measure), []).append(i)
    out = list(keys)
    for i in sorted(taking, key=lambda i: claims[i].start):  # (a chain takes up the first's)
        c = claims[i]
        earlier = [j for j in before[(c.source, c.measure)] if claims[j].start < c.start]
        if earlier and out[i] is not None:
            j = max(earlier, key=lambda j: claims[j].start)
            if out[j] is not None:
                out[i] = out[j]
                key_as(c, claims[j])
    return out


_SAID_ONLY = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,3}(?:have|has|had)?\s*(?:said|say|says|claimed|claim|claims|counted|count|put\s+it\s+at)"
    r"\s+(?:only\s+|just\s+)?$"
)  # 'Officials have said ', 'The governorship says ', 'Police counted ': a sentence of a speaker and a figure
_ENDS = re.compile(r"[\"”’']?\.?[\"”’']?\s*$")


def _elided_answers(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` where a sentence that is only a speaker and a bare figure ('Five of the dead
    were children. The youngest was 12 years old. Officials have said three.') answers the
    first figure of its report and measure in the last sentence before it that has one, in its
    paragraph: that part's (or that place's) count, not the whole's ('PSP says 45,000 in
    Lisbon. FNTE says 150,000.'). A bare figure after a figure of the whole stays as it is."""
    out = list(keys)
    first: dict[tuple[str, str], int] = {}  # (report, measure) -> the first figure of its sentence read last
    for i in sorted(range(len(claims)), key=lambda i: (claims[i].source, claims[i].start)):
        c = claims[i]
        j = first.get((c.source, c.measure))
        if j is None or claims[j].sentence_start != c.sentence_start:
            first[(c.source, c.measure)] = i  # ('14 people were arrested: 9 for …, 2 for damage.
            # Frecuencia Libre says 20.' answers the 14, not the last share)
        if j is None or out[i] is None or c.subject_text is not None or c.sentence[:1] not in _CAPITALS:
            continue
        said = claims[j]
        key = out[j]
        if (
            key is None
            or said.line != c.line
            or said.sentence_start == c.sentence_start
            or (key[2][1] is None and key[2][2] is None)
            or key[2][0] != out[i][2][0]
            or not _ENDS.fullmatch(c.sentence, c.end - c.sentence_start)
            or not _SAID_ONLY.match(c.sentence[: c.start - c.sentence_start])
        ):
            continue
        out[i] = key
        key_as(c, said)
    return out


_RIVAL_CLAUSE = re.compile(
    r"^(?:[^;\d]*?)(?:\[\w{1,3}\])?(?:;|,?\s+(?:while|whereas|but)\b|,\s+the\s+[\w'’ ]{1,40}?\s+(?:said|says|adds?|added),\s+(?:while|whereas|but)\b)"
    r"(?:\[\w{1,3}\])?\s*(?:(?!(?:in|at|on|for|by|from|of|since|after|before|during)\s|\d)[\w'’.-]+\s+){1,5}?"
    r"(?:(?:has|have|had|still|now|only)\s+)?"
    r"(?:says?|said|counts?|counted|puts?\s+(?:it|the\s+(?:figure|number|toll|count))\s+at|reports?|reported|estimates?|estimated"
    r"|claims?|claimed|records?|recorded|speaks?\s+of|spoke\s+of|talks?\s+of|talked\s+of"
    r"|(?:gives?|gave|cites?|cited)\s+(?:a\s+)?(?:figure|count|toll|number|total)\s+of)\s+"
    r"(?:only\s+|just\s+)?$"
)  # '… seven of the dead were children;[2] Basarnas gave a figure of ', '…, the BPBD said, while Basarnas counted '
_RIVAL_ENDS = re.compile(r"\s*(?:\[\w{1,3}\])?\s*[\"”’']?\s*(?:[.;]|$)")


def _rival_answers(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` where a bare figure that a rival's clause gives after a figure of its sentence
    ('According to the BPBD, seven of the dead were children; Basarnas gave a figure of five',
    'seven of the dead were children, the BPBD said, while Basarnas counted five') counts what
    that figure counted: its part's (a share its words tell: 'seven of the dead') or its place's
    count, not the whole's. A rival of a figure of the whole stays as it is (and of one keyed
    apart only by how its words tell the whole: 'three were killed by police fire, according to
    the Ombudsman, while FERTRAP counted five'), and so does one whose clause names a time or place of its own
    or goes on past the figure."""
    out = list(keys)
    last: dict[tuple[str, str], int] = {}  # (report, measure) -> its figure read last
    for i in sorted(range(len(claims)), key=lambda i: (claims[i].source, claims[i].start)):
        c = claims[i]
        j = last.get((c.source, c.measure))
        last[(c.source, c.measure)] = i
        if j is None or out[i] is None or out[j] is None or c.subject_text is not None:
            continue
        said, key = claims[j], out[j]
        if (
            said.sentence_start != c.sentence_start
            or (key[2][1] is None and not (key[2][2] is not None and (said.scope or "").startswith("part:")))
            or key[2][0] != out[i][2][0]
            or key[:2] != out[i][:2] and key[1] != "all"
            or not _RIVAL_ENDS.match(c.sentence, c.end - c.sentence_start)
            or not _RIVAL_CLAUSE.match(c.sentence[said.end - c.sentence_start : c.start - c.sentence_start])
        ):
            continue
        out[i] = key
        key_as(c, said)
    return out


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


_ALONE = re.compile(
    r"(?:\b(?:in|at|inside|around|across|near|on|during)\s+(?P<p>(?:(?:the|his|her|its|their|our"
    r"|this|that)\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?:alone|itself)"
    r"|^(?P<n>(?-i:(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,4}))\s+alone)\b",
    re.IGNORECASE,
)
ALONE_CHARS = 60  # how far from its figure a place 'alone' may be written


def _alone(
    claim: Claim, key: tuple[str, str, QuantityKey], home: Collection[str], lexicon: Any = None
) -> tuple[str, str, QuantityKey]:
    """``key`` with a part for a figure of one site or area 'alone' ('nearly 40 people drowned
    in the hold alone', 'the toll in his city alone might be as high as 30', 'Around Bémbaya
    alone, he said, at least 90 people had been hurt'): that site's count, a part of the
    event's (also 'on the site itself', 'during the rescue itself', and a name that opens its
    sentence: 'City Hospital No. 7 alone received 64 people'); not a time ('on Tuesday
    alone', 'in the first ten days alone') nor one of the
    event's own places ('in the Ercis district alone' in a story of the Ercis earthquake),
    nor a site past another figure.

    >>> from claimcheck.models import claim_in
    >>> def part(sentence, figure, home=()):
    ...     c = claim_in(sentence, figure, "killed")
    ...     return _alone(c, ("killed", "protesters", (None, None, None, None)), home)[2][2]
    >>> part("Survivors believe that nearly 40 people drowned in the hold alone.", "nearly 40")
    'alone: the hold'
    >>> part("In the Ercis district alone, 60 people were killed.", "60", home={"ercis"})
    >>> part("Nine bodies had arrived on Tuesday alone.", "Nine")
    >>> part("He said none of the passengers had died during the rescue itself.", "none of the passengers")
    'alone: the rescue'
    >>> part("City Hospital No. 7 alone received 64 people that night.", "64")
    'alone: city hospital no. 7'
    >>> part("The minister himself said 40 were killed.", "40")
    >>> part("Nine lost their lives on the road itself.", "Nine")
    """
    if "alone" not in claim.sentence and "itself" not in claim.sentence:
        return key
    at = claim.start - claim.sentence_start
    lo, hi = max(0, at - ALONE_CHARS), at + len(claim.text) + ALONE_CHARS
    for m in _ALONE.finditer(claim.sentence, lo, min(hi, len(claim.sentence))):
        between = (
            claim.sentence[m.end() : at]
            if m.end() <= at
            else claim.sentence[at + len(claim.text) : m.start()]
        )
        words = (m["p"] or m["n"]).casefold().split()
        if _DIGIT.search(between) or _TIME_WORDS.intersection(words):
            continue
        if any(place in " ".join(words) for place in home):
            continue
        if _dying(_lexicon(lexicon)).scene_itself.fullmatch(m[0]):
            continue  # 'Nine lost their lives on the road itself': where they fell (_how_they_died)
        return _with_part(key, f"alone: {' '.join(words)}")
    return key


def _denied_of_the_counted(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with no part for a denial naming the very people the whole's figures count
    ('At least 17 teachers were injured' and 'the state government claims that no teacher was
    injured' in a teachers' strike): that kind is the whole's, so the denial contradicts it;
    it stays a part where no figure of the whole counts that kind ('no party official had been
    detained' beside '40 protesters were detained')."""
    counted = {
        (k[0], k[1], k[2][0], k[2][1], singular(c.subject_text.casefold().split()[-1]))
        for c, k in zip(claims, keys, strict=True)
        if k is not None and k[2][2] is None and c.qualifier != "denial" and c.subject_text
    }
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or c.qualifier != "denial" or k[2][2] is None or " " in k[2][2]:
            continue
        when, place, part, incident = k[2]
        if (k[0], k[1], when, place, part) in counted and part == denied_kind(c.text):
            out[i] = (k[0], k[1], (when, place, None, incident))
    return out


def _incidents_told_as_the_whole(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` without the incident of a sub-incident's figure that the whole's figures give
    too ('At least four personnel … were killed when a car struck them at a checkpoint' beside
    another report's 'four Rangers were killed'): that incident was the whole of it; a figure
    the whole does not give stays apart ('eight farmers … were killed when shells landed on
    the village' beside a toll of 44). A headline just over the incident ('Masvingo: six
    killed in kombi crash' above 'Six people died when a commuter omnibus collided …', a
    digest's item of other news) is the incident's own, no whole: it joins the incident.
    An incident its report calls another in so many words ('In a separate incident …', '-
    Separate: minibus taxi crash …, three dead', '… collided with a truck, killing three': a
    road crash) is never the whole, whatever figure the whole gives: only a 'when' clause's
    incident may be the event told again (dev31: the crash's three beside the analysis's 'three
    contract workers', its four beside the first day's toll of four)."""
    if not any(k is not None and k[2][3] for k in keys):
        return keys
    told: dict[tuple[str, str, QuantityKey, Any], list[Claim]] = {}
    index = {id(c): i for i, c in enumerate(claims)}
    for c, k in zip(claims, keys, strict=True):
        if k is not None and not k[2][3] and c.value is not None:
            told.setdefault((k[0], k[1], k[2], c.value), []).append(c)
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is not None and k[2][3] and not (_told_apart(c) and k[2][0] not in _OTHER_TIMES):  # (an earlier
            # event's crash told in its own words may be that event itself: 'In March 2021, 16 people died in a
            # minibus collision' beside 'March 2021, Bugarama: a minibus collision killed 16')
            whole = (k[0], k[1], (*k[2][:3], None))
            same = told.get((*whole, c.value), ())
            if any(w.source != c.source or not 0 < c.start - w.start < HEADLINE_CHARS for w in same):
                out[i] = whole  # type: ignore[assignment]
            else:
                for w in same:  # its headline: the incident's too
                    out[index[id(w)]] = k
    return _values_told_apart(claims, out)


def _values_told_apart(
    claims: Sequence[Claim], out: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``out`` where a figure of the whole (no incident, no other time) gives the value two
    figures of an incident told apart give (:func:`_told_apart`, of its measure, side, time,
    place and part): that incident's figure told again ('The Al-Shihr toll rose to six' after
    '… (a separate road accident): toll now six' and 'In a separate accident … six dead'), as
    :func:`_kinds_of_their_values` gives a kind's value to a figure that names none.

    >>> from claimcheck.models import claim_in, with_fields
    >>> apart = with_fields(claim_in("Separate: crash, six dead", "six", "killed"), scope="incident: separate")
    >>> whole = claim_in("The toll rose to six.", "six", "killed")
    >>> k, w = ("killed", "people", (None, None, None, "incident")), ("killed", "people", (None, None, None, None))
    >>> _values_told_apart([apart, apart, whole], [k, k, w])[2] == k
    True
    """
    values: dict[tuple[str, str, QuantityKey, Number, Number | None], int] = {}
    for c, k in zip(claims, out, strict=True):
        if k is not None and k[2][3] and _told_apart(c):
            values[(*k, c.low, c.high)] = values.get((*k, c.low, c.high), 0) + 1  # type: ignore[arg-type]
    if not values or max(values.values()) < 2:
        return out
    by_value = {(key[0], key[1], key[2][:3], key[3], key[4]): key[:3] for key, n in values.items() if n >= 2}
    for i, (c, k) in enumerate(zip(claims, out, strict=True)):
        if k is None or k[2][3] or k[0] not in _INCIDENT_MEASURES or k[2][0] in _OTHER_TIMES:
            continue
        key = by_value.get((k[0], k[1], k[2][:3], c.low, c.high))
        if key is not None:
            out[i] = key  # type: ignore[assignment]
    return out


HEADLINE_CHARS = 300  # how far before an incident's figure its item's headline may restate it
_TOLD_APART = re.compile(r"incident: (?:road crash|(?:an?\s+)?(?:separate|unrelated|another|different)\b)")
# (the scopes of scope/road-crash, scope/separate-incident and claimcheck.situate's separate incident)


def _told_apart(c: Claim) -> bool:
    """Whether the figure's report calls its incident another in so many words: the scope of
    scope/separate-incident or scope/road-crash, or of a paragraph or a label of a separate
    incident (claimcheck.situate); not a 'when' clause's incident ('when a car struck them')
    or the suspects held over the disaster ('incident: over the crash'), which may be the event.

    >>> from claimcheck.models import claim_in, with_fields
    >>> c = claim_in("Separate: minibus crash on the N4, three dead", "three", "killed")
    >>> [_told_apart(with_fields(c, scope=s)) for s in ("incident: separate", "incident: a separate incident",
    ...  "incident: road crash", "incident: when a car hit them", "incident: over crash")]
    [True, True, True, False, False]
    """
    return c.scope is not None and _TOLD_APART.match(c.scope) is not None


def incident_kinds(lexicon: Any = None) -> dict[str, re.Pattern[str]]:
    """The lexicon's ``incident_kinds``: each kind's words as one pattern (compiled once per
    lexicon, as :func:`gathering_words`)."""
    return _incident_kinds(_lexicon(lexicon))


@lru_cache(maxsize=8)
def _incident_kinds(lexicon: Any) -> dict[str, re.Pattern[str]]:
    data = lexicon.data.get("incident_kinds", {})
    return {
        kind: re.compile(
            rf"\b(?<!set\s)(?<!opened\s)(?<!open\s)(?<!live\s)(?<!gun)(?<!cease)(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})\b(?!\s+\d)",
            re.IGNORECASE,
        )  # ('opened fire', 'set fire to', 'live fire', 'gunfire', 'ceasefire': no fire; 'the March 14
        # vote': a month, no march)
        for kind, words in data.items()
        if not kind.startswith("_")
    }


_CLAUSE = re.compile(r"[;:]|(?<=[a-z0-9])\.\s|\s[–—]\s|,\s+(?:while|but|and|whereas)\s")  # a sentence's clauses


def _own_kind(c: Claim, kinds: Mapping[str, re.Pattern[str]]) -> str | None:
    """The incident kind the figure's own clause (else its sentence) names ('Train toll rises to
    34'; 'Peru says 1 killed in Huancayo clashes, rights group says 3; train toll rises to 34':
    the 1's is unrest, the 34's a disaster), the one named nearer the figure when it names both
    ('2 people died in the clashes at the march over the crash'), or None."""
    at = c.start - c.sentence_start
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(c.sentence)), len(c.sentence)]
    lo = max(x for x in cuts if x <= at)
    hi = min((x for x in cuts if x > at), default=len(c.sentence))
    for a, b in ((lo, hi), (0, len(c.sentence))):  # (its clause, else its sentence)
        near = {
            kind: min(abs(m.start() - at) for m in found)
            for kind, words in kinds.items()
            if (found := [m for m in words.finditer(c.sentence, a, b) if not _spoken_at(c.sentence, m.start(), at)])
        }
        if near:
            ranked = sorted(near, key=near.__getitem__)  # (both named: the one nearer the figure,
            if len(ranked) == 1 or near[ranked[0]] < near[ranked[1]]:  # 'died in the clashes at the
                return ranked[0]  # march over the crash': the clashes)
            return None
    return None


_SPOKEN = (
    r"\b(?:said|says|told|tells|telling|spoke|speaks|speaking|addressing|addressed|declared|declares|announced"
    r"|briefing|briefed|confirmed|confirms)\b"
)  # (verbs of speaking: where they were said is no incident of the figure)
_GAP = r"(?!(?:that|who|which)\b)[^\W\d][\w'’-]*(?<!ed)(?<!ing)"  # (an addressee's word, no participle)
_HEARER = r"\b(?:told|tells|telling|addressing|addressed|briefing|briefed)\b"  # verbs whose object is whom they spoke to
_SPOKEN_PLACE = re.compile(
    rf"(?:{_SPOKEN}\s+(?:{_GAP}\s+){{0,3}}?(?:at|near|outside|by|from|on|in)\s+|{_HEARER}\s+)"
    r"(?:(?:the|a|an)\s+)?(?:[^\W\d][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,3}$",
    re.IGNORECASE,
)  # 'told reporters at the police (cordon)', 'Speaking outside the (quarantine) zone', 'Addressing (protesters)'
_NOT_SUB = r"(?!(?:since|after|when|before|until|because|while|as|where|which|who)\b)"  # (not a clause of its own)
_PLACE_SPOKEN = re.compile(
    rf"[^\W\d]*(?:\s+{_NOT_SUB}[^\W\d][\w'’-]*){{0,3}}?[\s,]+(?:{_NOT_SUB}[^\W\d][\w'’-]*\s+){{0,3}}?{_SPOKEN}",
    re.IGNORECASE,
)  # '(a man from civil defence) at the demo said 14 dead', 'at the perimeter of the cordon, confirmed 14'
_SAID_FIGURE = re.compile(r"[^\S\n]*(?:that\s+)?(?:[^\W\d][\w'’-]*[^\S\n]+){0,5}")  # the verb's own words up to the figure
_PLACE_BEFORE = re.compile(
    r"\b(?:at|near|outside|from|by|in)\s+(?:(?:the|a|an)\s+)?(?:[^\W\d][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,3}$",
    re.IGNORECASE,
)


def _spoken_at(sentence: str, word: int, figure: int) -> bool:
    """Whether the kind word at ``word`` only says where a figure's speaker stood or whom they
    spoke to, a verb of speaking on the same side of the figure before it ('"Fourteen are dead,"
    the chief told reporters at the police cordon', 'Speaking outside the quarantine zone, the
    minister put the dead at 14', 'Addressing protesters at the scene, the governor said 14'), or
    the kind word in its speaker's words before the figure ('a man at the demo said 14 dead').
    Not a toll told before its speaker ('Two were killed at the rally, police said'), nor one
    after it ('Police said two people were killed at the rally').

    >>> s = '"Fourteen are dead," the chief told reporters at the police cordon.'
    >>> _spoken_at(s, s.index("cordon"), 1)
    True
    >>> s = "Two people were killed at the rally, police said."
    >>> _spoken_at(s, s.index("rally"), 0)
    False
    >>> s = "Police said two people were killed at the rally."
    >>> _spoken_at(s, s.index("rally"), s.index("two"))
    False
    >>> s = "A man from civil defence at the demo said 14 dead now."
    >>> _spoken_at(s, s.index("demo"), s.index("14"))
    True
    >>> s = "Seven have died in the protests since the council announced the count on Monday: four in X."
    >>> _spoken_at(s, s.index("protests"), s.index("four"))
    False
    >>> s = "Peru says 1 killed in Huancayo clashes, rights group says 3"
    >>> _spoken_at(s, s.index("clashes"), s.index("3"))
    False
    >>> s = "The ministry said a woman injured in the accident died, raising the toll to 34."
    >>> _spoken_at(s, s.index("accident"), s.index("34"))
    False
    >>> s = "The health ministry said the crash toll stood at 27."  # (what was said, not where)
    >>> _spoken_at(s, s.index("crash"), s.index("27"))
    False
    """
    lo = 0 if word < figure else figure
    head = sentence[max(lo, word - 80) : word]
    if _SPOKEN_PLACE.search(head) is not None:
        return True
    if word < figure and _PLACE_BEFORE.search(head) is not None and not any(ch.isdigit() for ch in head):
        said = _PLACE_SPOKEN.match(sentence, word, figure)  # (no figure's own place before it: 'Peru says 1
        # killed in Huancayo clashes, rights group says 3'), its verb the figure's ('… died in the
        # protests since the council announced the count on Monday: four in X' is no speaker's place)
        return said is not None and _SAID_FIGURE.fullmatch(sentence, said.end(), figure) is not None
    return False


def _two_incidents(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], kinds: Mapping[str, re.Pattern[str]]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with the incident of each figure of a toll, an injury count or an arrest count
    whose clause names one of two kinds of incident a story's figures name (the lexicon's
    ``incident_kinds``): a derailment's toll and the toll of the clashes at a march over it are
    two quantities. The kind most figures name stays the whole story's (no incident); the other
    is an incident of its own. Nothing changes where fewer than two figures name each kind.

    >>> from claimcheck.models import Quantity, new_claim
    >>> def c(s, n):
    ...     q = Quantity(str(n), s.index(str(n)), s.index(str(n)) + len(str(n)), n, n, n, "exact")
    ...     return new_claim(source="s", path=None, date=None, measure="killed", subject="people", quantity=q,
    ...                      line=1, sentence=s, sentence_start=0)
    >>> cs = [c("The train toll rose to 34.", 34), c("The derailment has killed 33.", 33),
    ...       c("Rights groups say 3 were killed in the clashes.", 3), c("Police say 1 died after the protest.", 1),
    ...       c("In all 27 died.", 27)]
    >>> keys = [("killed", "protesters", (None, None, None, None))] * 5
    >>> [k[2][3] for k in _two_incidents(cs, keys, incident_kinds())]
    [None, None, 'unrest', 'unrest', None]
    """
    if not kinds:
        return keys
    answerable = answerable_words()
    told: dict[tuple[int, str], str] = {}
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or k[0] not in _INCIDENT_MEASURES or k[2][3] is not None or k[2][0] in _OTHER_TIMES:
            continue  # (an earlier event's toll, 'a fire in 2021 killed six', names no incident of this one)
        kind = _own_kind(c, kinds) or (_DISASTER if k[0] == "arrested" and _answerable(c, answerable) else None)
        if kind:
            told[(i, k[0])] = kind
    told.update(_kinds_of_their_values(claims, keys, told))
    by_measure: dict[str, Counter[str]] = {}
    for (_, measure), kind in told.items():
        by_measure.setdefault(measure, Counter())[kind] += 1
    out = list(keys)
    for (i, measure), kind in told.items():
        named = {kd: n for kd, n in by_measure[measure].items() if n >= 2}  # (a kind two figures name)
        if len(named) < 2 or kind not in named:
            continue
        main = max(named, key=lambda k: (named[k], k == _DISASTER))
        k = out[i]
        if kind != main and k is not None:
            out[i] = (k[0], k[1], (*k[2][:3], kind))  # type: ignore[assignment]
    return out


_DISASTER = "disaster"
_OTHER_TIMES = frozenset(("before", "after"))  # a key's time of a figure of another event


def _kinds_of_their_values(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], told: Mapping[tuple[int, str], str]
) -> dict[tuple[int, str], str]:
    """The incident kind of each figure that names none but gives the value two figures of one
    kind give, and no figure of another kind ('Police first said 38 people were detained' where
    '38 detained at the march' and 'thirty-eight people were detained during the march' are the
    march's): that incident's count told again."""
    values: dict[tuple[str, Number, Number | None], Counter[str]] = {}
    for (i, measure), kind in told.items():
        c = claims[i]
        values.setdefault((measure, c.low, c.high), Counter())[kind] += 1
    out: dict[tuple[int, str], str] = {}
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or (i, k[0]) in told or k[0] not in _INCIDENT_MEASURES or k[2][3] is not None:
            continue
        if k[2][0] in _OTHER_TIMES:
            continue
        kinds = values.get((k[0], c.low, c.high))
        if kinds is not None and len(kinds) == 1 and min(kinds.values()) >= 2:
            out[(i, k[0])] = next(iter(kinds))
    return out


def answerable_words(lexicon: Any = None) -> frozenset[str]:
    """The ``answerable`` words of ``lexicon`` (the bundled one when None), case-folded: the
    people arrested as answerable for a disaster ('engineers', 'the club's owner')."""
    return frozenset(w.casefold() for w in _lexicon(lexicon).data.get("answerable", {}).get("words", []))


def _answerable(c: Claim, answerable: frozenset[str]) -> bool:
    """Whether an arrest figure counts people answerable for a disaster by its noun ('Two gas
    company engineers were detained', 'three employees of the operator', 'two more officials
    arrested'), not a crowd's ('14 people', '17 marchers').

    >>> from dataclasses import replace
    >>> from claimcheck.models import claim_in
    >>> staff = replace(claim_in("They detained three employees.", "three", "arrested"), subject_text="employees")
    >>> crowd = replace(claim_in("Police detained 17 marchers.", "17", "arrested"), subject_text="marchers")
    >>> _answerable(staff, answerable_words()), _answerable(crowd, answerable_words())
    (True, False)
    """
    noun = (c.subject_text or "").split()
    return bool(noun) and noun[-1].casefold() in answerable


_INCIDENT_MEASURES = TALLIES


def _parts_of_placed_wholes(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for a part of a place's figure, its whole in the same sentence and
    the same place ('the Honorio Delgado hospital said they admitted 97 patients, 42 of whom
    needed surgery': the 42 are a part of that hospital's 97, not a rival of it); a part named
    by its own place ('87,000 of them in Paris') stays that place's figure."""
    wholes = {
        (c.source, c.sentence_start, k[2][1], c.quantity.low)
        for c, k in zip(claims, keys, strict=True)
        if k is not None and k[2][1] and k[2][2] is None and scope_kind(c) != "part"
    }
    if not wholes:
        return keys
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or not k[2][1] or k[2][2] is not None or scope_kind(c) != "part":
            continue
        whole = stated_whole(c)
        if whole is not None and (c.source, c.sentence_start, k[2][1], whole) in wholes:
            out[i] = _with_part(k, part_words(c))
    return out


_OWN_WORDS = r"(?:\s+(?!(?:if|who|when|unless|including|whether)\b)[\w'’-]+){0,4}?"  # the figure's own clause up to its verb
_BROUGHT_OUT = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,2}?(?:bodies|corpses|cadavers)\W*\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:(?:recovered|pulled|extracted|taken|brought|carried|removed|retrieved)\s+)?(?:out\s+(?:of|from)|from)\s+(?:the|a|its)\s+"
    r"|^\W*(?:[\w'’-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:dead|recovered|pulled\s+out|extracted|brought\s+out|carried\s+out)\b[^,;:]{0,30}?\binside\s+the\b"
    r"|^\s*the\s+number\s+of\s+(?:people|persons|bodies)\s+[^,;:]{0,30}?\b(?:brought|pulled|taken|carried)\s+out\b",
    re.IGNORECASE,
)  # 'carried four bodies out of the second floor', '14 cadavers were extracted from the interior',
# 'found seven people dead inside the plant': those the rescuers brought out of the site, a part
# of the toll where its reports tell deaths elsewhere apart too (see _how_they_died)


class _Dying(NamedTuple):
    """The patterns of where and when a death figure's people died (see :func:`_how_they_died`),
    built from the lexicon's ``grammar.dying_words`` and ``grammar.at_the_scene``."""

    where: tuple[tuple[str, re.Pattern[str]], ...]  # the part a death figure's own words give it, first found first
    patients_died: re.Pattern[str]  # 'two patients died overnight'
    at_named: re.Pattern[str]  # 'three at the Regional Hospital': that hospital's dead
    scene_itself: re.Pattern[str]  # 'on the spot itself'
    cue: re.Pattern[str]  # (cheap: most sentences have none of these)


_DIED_CUE = "died|succumb|perish|passed|scene|spot|site|lives|place|road|wayside|instantly|impact|outright|where they|tracks|hospital|grave|arrival|brought|buried|mortuar|morgue|identified|bodies|corpses|cadavers|inside"


@lru_cache(maxsize=8)
def _dying(lexicon: Any) -> _Dying:
    """:class:`_Dying` of ``lexicon``, built once."""
    grammar = lexicon.data["grammar"]
    died = f"(?:{alternation(grammar['dying_words']['words'])})"  # 'four persons lost their lives at …', 'Five were pronounced dead at the scene'
    scene = grammar["at_the_scene"]
    at_the_scene = (
        rf"(?:{alternation(scene['words'])}"
        rf"|(?:at|on)\s+the\s+(?:very\s+)?place(?:\s+of\s+(?:the\s+)?(?:{alternation(scene['events'])}))?(?!\s+(?:of|where|to|in)\b)"
        rf"|in\s+the\s+(?:very\s+)?place\s+of\s+(?:the\s+)?(?:{alternation(scene['events'])})"  # a translation's 'in the place of the accident'
        rf"|(?:at|on)\s+the\s+(?:{alternation(scene['events'])})\s+site"  # 'at the crash site'
        rf"|(?:on|by|at)\s+the\s+(?:{alternation(scene['roads'])})(?:\s+itself)?(?!\s+(?:to|towards|into)\b))"
    )  # where they fell: 'died at the scene', translated copy's 'on the place of accident', 'lost their
    # lives at the place of the event', 'Eleven … lost their lives on the road itself', 'and eleven at the roadside'
    patients_died = re.compile(rf"\bpatients?\b[^,;:]{{0,20}}?\b{died}\b", re.IGNORECASE)
    where = (  # the part a death figure's own words give it, first found first
        (
            "died at home",
            re.compile(rf"^{_OWN_WORDS}\s+{died}\s+at\s+(?:their\s+|his\s+|her\s+)?homes?\b", re.IGNORECASE),
        ),  # 'two elderly guests had died at home without going to a clinic' (not '… "could be as
        # high as 50" if the men who died at home are included': the toll with them)
        (
            "buried",
            re.compile(
                rf"^{_OWN_WORDS}\s+buried\s+(?:in|at)\s+(?:the|a|one)\s+(?:[\w'’-]+\s+){0,2}?(?:cemetery|graveyard|burial\s+ground)\b",
                re.IGNORECASE,
            ),
        ),  # '24 people had been buried in the village cemetery': those buried in one place
        (
            "died in hospital",
            re.compile(
                rf"^(?:\s*(?:(?:of\s+)?(?:people|persons|them|those|others|more)|who)\b)*\s*(?:{died}\s+)?"
                r"(?:(?:later|afterwards|subsequently)\s+)?"
                r"(?:in|at)\s+(?:the\s+|a\s+)?hospitals?\b"  # '6 in hospital', '3 of people who died in hospital', 'eight later in hospital'
                r"|^\s*(?:(?:more|later)\s+)?(?:after|on|upon)\s+(?:being\s+)?(?:taken|sent|brought|transferred|admitted|evacuated|rushed)"
                r"\s+to\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,3}?(?:hospitals?|clinics?)\b"  # '… and three after being taken to hospital units'
                rf"|\b{died}\b[^,;:]{{0,30}}?\b(?:in|at|(?:admission|being\s+admitted|sending|being\s+sent|being\s+taken)\s+to|(?:after|on|upon)\s+reaching)\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
                r"(?:hospitals?|clinic|infirmary|intensive\s+care)\b",
                re.IGNORECASE,
            ),
        ),
        (
            "in a mortuary",
            re.compile(
                r"^\s*(?:[\w'’-]+\s+){0,2}?(?:bodies|corpses)\b(?:(?!\band\b)[^,;:]){0,40}?\b(?:to|at|in|inside|reached)\s+"
                r"(?:the\s+|a\s+|an\s+|one\s+)?(?:(?!and\b)[\w'’.-]+\s+){0,3}?(?:mortuar(?:y|ies)|morgues?)\b",
                re.IGNORECASE,
            ),
        ),  # '27 bodies were brought to the mortuary of the district hospital' beside an overall toll
        # of 121: one mortuary's count, a part ('40 bodies at the morgue' where no toll is more is it;
        # not a count over several sites: '49 bodies at three pagodas and at the … morgue')
        (
            "bodies brought to a hospital",
            re.compile(
                r"^\s*(?:[\w'’-]+\s+){0,2}?(?:bodies|corpses)\b(?:(?!\band\b)[^,;:]){0,25}?\b(?:brought|taken|carried|sent|delivered|moved)\s+"
                r"(?:to|into)\s+(?:the\s+|a\s+|an\s+|one\s+)?(?:(?!and\b)[\w'’.-]+\s+){0,3}?(?:hospital|clinic|health\s+cent(?:re|er))\b"
                r"(?![^,;:.]{0,60}?\band\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,3}?(?:hospital|clinic|health\s+cent(?:re|er)|mortuary|morgue))",
                re.IGNORECASE,
            ),
        ),  # 'Twenty-seven bodies were brought to a hospital in neighbouring Etah district' beside a toll
        # of 116: the bodies one hospital took in, a part of the toll (the whole where no toll is more;
        # not bodies brought to two sites: 'to the community health centre and the district hospital')
        (
            "not identified",
            re.compile(
                r"^[^,;:]{0,40}?\b(?:unidentified|(?:yet|remain(?:ed|s)?|still)\s+(?:to\s+be\s+|un)identified"
                r"|(?:not|never)\s+(?:yet\s+)?(?:been\s+)?identified)\b",
                re.IGNORECASE,
            ),
        ),  # 'Six bodies remained to be identified', 'nine of them still unidentified': a part
        (
            "identified",
            re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?been\s+identified\b", re.IGNORECASE),
        ),  # 'Singh said 72 have been identified so far' beside a toll of 116: those named, a part
        (
            "died after a transfer",
            re.compile(r"\b(?:moved|transferred|evacuated)\s+to\b", re.IGNORECASE),
        ),  # 'four patients who were evacuated to private clinics have died there', 'who died after
        # being moved to private clinics', 'two of the patients transferred to Constantine had died'
        ("died in hospital", patients_died),
        (
            "died at the scene",
            re.compile(
                rf"^(?:\s*(?:(?:of\s+)?(?:people|persons|them|those|others)|who)\b)*\s*(?:(?:{died}|dead)\s+)?"
                rf"{at_the_scene}\b(?!\s+(?:and|or)\s+(?:in|at)\b)"
                rf"|\b(?:{died}|killed|found\s+dead)\b[^,;:]{{0,20}}?\b{at_the_scene}\b",
                re.IGNORECASE,
            ),
        ),
        ("died at the scene", _BROUGHT_OUT),
        (
            "dead on arrival",
            re.compile(r"\b(?:dead|died)\s+on\s+arrival\b|\bbrought\s+in\s+dead\b", re.IGNORECASE),
        ),  # 'One man was dead on arrival, he said': a hospital's count of the toll
        (
            "mass grave",
            re.compile(r"\b(?:in|into|from)\s+(?:a|the|one|two|several)\s+(?:\w+\s+)?mass\s+graves?\b", re.IGNORECASE),
        ),  # '38 bodies had been laid in a mass grave behind the primary school'
        (
            "died later",
            re.compile(
                rf"\b(?:later|since|subsequently|afterwards)\s+{died}\b"
                rf"|\b{died}\b[^,;:]{{0,40}}?\b(?:later|afterwards|subsequently"
                r"|of\s+(?:their|his|her|the)\s+(?:wounds|injuries|burns)"
                r"|in\s+the\s+(?:days|weeks|months)\s+(?:that\s+followed|after))\b"
                rf"|\b(?:survivors|injured|wounded)\s+(?:who|that)\s+(?:later\s+)?{died}\b",
                re.IGNORECASE,
            ),
        ),
    )
    at_named = re.compile(
        rf"^(?:\s*(?:(?:of\s+)?(?:people|persons|them|those|others|more)|who)\b)*\s*(?:{died}\s+)?"
        rf"(?:in|at)\s+(?:the\s+)?(?P<n>{NAMED_HOSPITAL})"
    )  # 'three at the Regional Hospital', 'two died at Princess Margaret Hospital': that hospital's dead
    bundled = load_lexicon().data["grammar"]
    lists = (("dying_words", "words"), ("at_the_scene", "words"), ("at_the_scene", "events"), ("at_the_scene", "roads"))
    added = [w for name, key in lists for w in grammar[name][key] if w not in bundled[name][key]]  # (a user's words cue too)
    cue = re.compile(_DIED_CUE + "".join("|" + re.escape(w) for w in added))
    scene_itself = re.compile(rf"{at_the_scene}(?:\s+(?:alone|itself))?", re.IGNORECASE)
    return _Dying(where, patients_died, at_named, scene_itself, cue)


DIED_WORDS = 90
_ELSEWHERE = frozenset(("died in hospital", "died after a transfer", "dead on arrival", "died later"))


def _away_from_the_site(part: str) -> bool:
    """Whether a death figure's part (see _how_they_died) counts those who died away from the
    site: in hospital, a named one, on arrival or later."""
    return part in _ELSEWHERE or (part.startswith("died at ") and part not in ("died at the scene", "died at home"))



_POINTING = frozenset(
    (
        "part", "injured", "wounded", "hurt", "victim", "victims", "dead", "deceased", "killed", "died",
        "people", "person", "persons", "those", "them",
        *NUMBER_WORDS, "hundred",
    )
)  # fmt: skip


def _pointing_part(part: str) -> bool:
    """Whether a part's key names only how it points at its whole ('4 of the injured', 'No fewer
    than 4 of the victims', 'Three of seven', 'part'), not who its people are: where its own
    words tell where they died ('… died in hospital'), that is its part.

    >>> _pointing_part("injured"), _pointing_part("victim"), _pointing_part("seven"), _pointing_part("children")
    (True, True, True, False)
    """
    return all(w in _POINTING for w in part.split())


_BODIES = re.compile(r"\s*(?:[\w'’-]+\s+)?(?:bodies|corpses)\b", re.IGNORECASE)
_RECEIVED = re.compile(
    r"(?:(?P<m>\b(?:morgue|mortuary)\b)[^,;:.]{0,40})?\b(?:received|receiving|took\s+in)\s+"
    r"(?:(?:at\s+least|some|about|around|nearly|more\s+than|another)\s+)?$",
    re.IGNORECASE,
)  # a figure of bodies a site received: 'they had received 27 bodies', 'the morgue has received 40 bodies'


def _how_they_died(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], *, at_hospital: bool = False, lexicon: Any = None
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for a death figure whose own words say where or when its people died
    ('34 dead, 31 of them found inside the club and three who died in hospital', 'Thirty-eight
    people died at the scene and five more died in hospital', 'seven workers who died at the site', 'seven survivors who died in the
    months that followed', 'two patients died overnight'): those who died in hospital, at the
    scene or later are a part of the toll, told apart in every report, not a rival of it. Its
    own words run from the figure to the next figure of its sentence (the toll's 'rose to 12
    after two more died in hospital' is the whole's), up to its clause's end ('at least 41,
    including survivors who died months later' is the whole's)."""
    dying = _dying(_lexicon(lexicon))
    told = [
        i
        for i, (c, k) in enumerate(zip(claims, keys, strict=True))
        if k is not None
        and c.measure == "killed"
        and (k[2][2] is None or _pointing_part(k[2][2]))
        and not (k[2][0] or "").startswith("increment")  # (what a tally added: a count of its own)
        and ("died" in c.sentence or dying.cue.search(c.sentence) is not None)
    ]
    if not told:
        return keys
    sentences = {(claims[i].source, claims[i].sentence_start) for i in told}
    starts: dict[tuple[str, int], list[int]] = {}  # those sentences' figures' starts
    for c in claims:
        if (c.source, c.sentence_start) in sentences:
            starts.setdefault((c.source, c.sentence_start), []).append(c.start)
    out = list(keys)
    parted, brought_out = [], []
    for i in told:
        c, k = claims[i], keys[i]
        nxt = min((s for s in starts[(c.source, c.sentence_start)] if s > c.start), default=None)
        end = min(c.end + DIED_WORDS, nxt if nxt is not None else c.sentence_start + len(c.sentence))
        words = _CLAUSE_END.split(c.sentence[c.end - c.sentence_start : end - c.sentence_start], 1)[0]
        named = dying.at_named.search(words) if "ospital" in words or "linic" in words else None
        if named is not None and not (k[2][1] and _SITE.search(k[2][1])):  # type: ignore[index]
            # ('Of the 27 dead, 21 died at the scene, three at the Regional Hospital, two at the
            # City Emergency Hospital'): each hospital's dead, a part of the toll of its own
            out[i] = _with_part(k, "died at " + " ".join(named["n"].casefold().split()))  # type: ignore[arg-type]
            parted.append(i)
            continue
        if _BODIES.match(words) and (received := _RECEIVED.search(c.sentence, 0, c.start - c.sentence_start)):
            # ('the Chief Medical Officer of Etah reported that they had received 27 bodies', 'By
            # Tuesday the … Hospital had received 11 bodies'): the bodies a hospital or a morgue took
            # in, a part of the toll (as 'bodies brought to a hospital'), not a rival of it
            out[i] = _with_part(k, "in a mortuary" if received["m"] else "bodies brought to a hospital")  # type: ignore[arg-type]
            parted.append(i)
            continue
        for part, pattern in dying.where:
            if part == "died in hospital" and k[2][1] and _SITE.search(k[2][1]):  # type: ignore[index]
                continue  # a hospital's own deaths ('At Central General Hospital, 14 patients have died')
            if pattern is dying.patients_died and at_hospital:
                continue  # a fire in a hospital: its dead are patients ('six patients had died')
            if pattern.search(words) is not None:
                out[i] = _with_part(k, part)  # type: ignore[arg-type]
                parted.append(i)
                if pattern is _BROUGHT_OUT:
                    brought_out.append(i)
                break
    if not parted:
        return out
    # the bodies brought out of the site are a part only of a toll whose reports count deaths
    # elsewhere too ('three persons died after admission to hospital'); else they are the toll
    # ('crews had pulled more than 30 bodies from the water', '14 bodies from the debris')
    elsewhere = {keys[i] for i in parted if _away_from_the_site(out[i][2][2])}  # type: ignore[index]
    for i in brought_out:
        if keys[i] not in elsewhere:
            out[i] = keys[i]
    # a part is less than its whole: where no figure of the toll is more ('one patient had died'
    # in a story of one death), the figure is the toll
    whole_of = {i: _whole_key(keys[i]) for i in parted}  # type: ignore[arg-type]
    wholes = set(whole_of.values())
    most: dict[tuple[str, str, QuantityKey], float] = {}
    for c, k in zip(claims, keys, strict=True):
        if k in wholes and c.low is not None:
            most[k] = max(most.get(k, 0), c.low)  # type: ignore[index]
    for i in parted:
        c = claims[i]
        if most.get(whole_of[i], 0) <= (c.high if c.high is not None else 0):  # type: ignore[arg-type]
            out[i] = keys[i]
    return out


_SITE_BODIES = frozenset(("bodies brought to a hospital", "in a mortuary"))


def _parts_of_a_sites_bodies(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a site's part for a part of the bodies one hospital or morgue took in, told
    right after them ('they had received 27 bodies, of which 25 were female'; 'Twenty-seven bodies
    were brought to a hospital in Etah. Police said 23 of them were women.'): the women among that
    site's bodies, apart from the women among the whole toll ('108 women and seven children')."""
    sites = [i for i, k in enumerate(keys) if k is not None and k[2][2] in _SITE_BODIES]
    if not sites:
        return keys
    out = list(keys)
    for i in sites:
        whole = claims[i]
        for j in range(i + 1, min(i + 3, len(claims))):
            c, k = claims[j], keys[j]
            if c.source != whole.source or c.measure != whole.measure or k is None:
                break
            if scope_kind(c) != "part" or k[2][2] is None or k[2][2] in _SITE_BODIES:
                continue
            told_whole = stated_whole(c)
            near = c.sentence_start - (whole.sentence_start + len(whole.sentence)) <= 2
            if (told_whole == whole.quantity.low or (told_whole is None and near)) and c.quantity.low < whole.quantity.low:
                out[j] = _with_part(k, f"{keys[i][2][2]}: {k[2][2]}")  # type: ignore[index]
    return out


def _whole_key(key: tuple[str, str, QuantityKey]) -> tuple[str, str, QuantityKey]:
    """The key of the whole a part points at ('Four of the victims': the toll's), the key itself
    for a whole or a part of its own kind."""
    when, place, part, incident = key[2]
    return (key[0], key[1], (when, place, None, incident)) if part is not None and _pointing_part(part) else key


_NATIONALS = re.compile(
    r"^\s*(?:\(\d+\)\s*)?(?:more\s+|other\s+)?(?:(?P<a>(?-i:[A-Z][a-z]{2,}))\s+(?:nationals|citizens)\b"
    r"|(?P<n>(?-i:[A-Z][a-z]{2,}(?:ans|is|ese)))\b(?!\s+(?-i:[A-Z]))"
    r"|(?P<j>(?-i:[A-Z][a-z]{2,}(?:an|ese|i|ish)))\s+(?:dead|victims|migrants|workers|tourists|pilgrims|passengers|miners"
    r"|students|children|men|women|people|persons|bodies)\b"
    r"|(?:from|of)\s+(?:its|their|our)\s+(?:citizens|nationals)\b"
    r"|(?:citizens|nationals)\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation)\s+of\s+(?:the\s+)?)?(?P<c>(?-i:[A-Z][a-z]{2,})))",
)  # 'eight (8) Nepali nationals', 'two citizens of Croatia', '6 Indians lost their life', '8 from its citizens' (an embassy's),
#    the people's adjective before the noun of the counted: '12 Guatemalan dead', 'five Honduran migrants', 'three Nepali workers'
_TOLD_NATIONALS = re.compile(
    r"^\s+of\s+(?:them|those|the\s+(?:[a-z]+\s+)?[a-z]+(?:\s+(?:who|that)\s+(?:died|were\s+killed|were\s+injured))?)"
    r"\s+(?:were|was|are|is)\s+(?:all\s+)?(?:(?P<a>(?-i:[A-Z][a-z]{2,}))\s+(?:nationals|citizens)\b"
    r"|(?:nationals|citizens)\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation)\s+of\s+(?:the\s+)?)?(?P<n>(?-i:[A-Z][a-z]{2,})))",
)  # a part told by its passport: '11 of the workers who died were Indian nationals', 'eleven of them were citizens of India'
_NATIONAL_KEYS = frozenset(("national", "citizen", "nationals", "citizens"))  # (a part keyed by the noun alone: 'three Malaysian nationals')
TOLD_NATIONALS_CHARS = 70  # how far past its figure a part's nationality may be told
_EMBASSY = re.compile(r"\b(?:Embassy|Consulate)\s+of\s+(?:the\s+)?(?P<c>[A-Z][a-z]{2,})|\b(?!The\b)(?P<a>[A-Z][a-z]{2,})\s+(?:[Ee]mbassy|[Cc]onsulate)\b")
_NATIONALS_CUE = re.compile(r"national|citizen|[a-z](?:ans?|is?|ese|ish)\b")  # (cheap first)
NATION_STEM = 5  # the letters a country's name and its people's share ('Nepal', 'Nepali nationals')


def _nationals(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for the dead or hurt of one nationality ('eight (8) Nepali
    nationals have lost their lives', '6 Indians lost their life', an embassy's '8 from its
    citizens are among the deaths', a part told by its passport: '11 of the workers who died
    were Indian nationals', 'eleven of them were citizens of India'): in a toll of migrant workers or tourists each embassy
    counts its own, a part of the toll, not a rival of it. Keyed by the first letters of the
    country, which its people's name shares ('Nepal', 'Nepali'). A figure no figure of the
    toll exceeds stays the toll (a bus of pilgrims: '27 Nepali pilgrims died')."""
    found = []
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or c.measure not in HURT or k[1] != "protesters":
            continue  # (the people's side: '27 Sudanese soldiers' are one army's, a side of their own)
        after = c.sentence[c.end - c.sentence_start : c.end - c.sentence_start + TOLD_NATIONALS_CHARS]
        if not _NATIONALS_CUE.search(after):
            continue
        m = _NATIONALS.match(after) if k[2][2] is None or _pointing_part(k[2][2]) or k[2][2] in _NATIONAL_KEYS else None
        # ('Among the dead are four Ethiopian nationals', keyed by how it points at the dead)
        if m is None:
            m = _TOLD_NATIONALS.match(after)  # 'eleven of them were citizens of India'
        if m is None:
            continue
        nation = m["a"] or m["n"] or m.groupdict().get("j") or m.groupdict().get("c")
        if nation is None:  # 'its citizens': the embassy's country
            e = _EMBASSY.search(c.claimant_name or c.claimant or "") or _EMBASSY.search(c.sentence[: c.start - c.sentence_start])
            nation = e and (e["c"] or e["a"])
        if nation:
            found.append((i, "nationals: " + nation.casefold()[:NATION_STEM]))
    if not found:
        return keys
    most: dict[tuple[str, str], float] = {}
    for c, k in zip(claims, keys, strict=True):
        if k is not None and k[2][2] is None and c.low is not None:
            most[(k[0], k[1])] = max(most.get((k[0], k[1]), 0), c.low)
    out = list(keys)
    for i, part in found:
        c, k = claims[i], keys[i]
        if most.get((k[0], k[1]), 0) > (c.high if c.high is not None else c.low or 0):  # type: ignore[index]
            when, _place, _part, incident = k[2]  # type: ignore[index]
            out[i] = (k[0], k[1], (when, None, part, incident))  # type: ignore[index]
    return out


@lru_cache(maxsize=16)
def people_kinds(lexicon: Any = None, section: str = "kinds_of_people") -> dict[str, str]:
    """The ``kinds_of_people`` section of ``lexicon`` (the bundled one when None), or another
    of its shape (``kinds_of_parts``): each case-folded word -> its kind ('deckhands' -> 'crew',
    'minors' -> 'children')."""
    lexicon = _lexicon(lexicon)
    return {
        " ".join(w.casefold().split()): kind
        for kind, words in lexicon.data.get(section, {}).items()
        if not kind.startswith("_")
        for w in words
    }


_KIND_NOISE = frozenset(("no", "any", "none", "not", "a", "single", "of", "the"))


def _kind_of(noun: str, kinds: Mapping[str, str]) -> str | None:
    """The kind of people ``noun`` names ('no crew member' -> 'crew'; a part's key cut to
    its singular, 'babie' -> 'children'), None for another."""
    words = [w for w in re.findall(r"[a-z]+", noun.casefold()) if w not in _KIND_NOISE]
    if not words or len(words) > 3:
        return None
    return kinds.get(" ".join(words)) or kinds.get(words[-1]) or kinds.get(words[-1] + "s")


_MINOR_AGE = (
    r"under(?:\s+the\s+age\s+of|\s+age)?\s+(?:18|eighteen|16|sixteen)\b|under-?age\b"
    r"|(?:aged\s+)?(?:between\s+)?1[0-7]\s+(?:or|and|to)\s+1[1-7]\b(?:\s+years?(?:\s+old)?)?(?!\s*(?:per\s*cent|%))"
    r"|(?:aged\s+)?1[0-7]\s+years?\s+old\b"
)  # the minors told by their age: 'under the age of 18', 'under eighteen', 'were 16 or 17 years old'
_TOLD_KIND = re.compile(
    r"(?:\s+of\s+(?:them|those|whom|these|the\s+[\w-]+)(?:\s+(?!(?:were|are|was|is|aged|between)\b|under)[a-z-]+)?)?,?"
    rf"\s+(?:(?:were|are|was|is)\s+)?(?:all\s+|also\s+)?(?:(?P<age>{_MINOR_AGE})|(?P<w>[^\W\d_]+))",
    re.IGNORECASE,
)  # ('seven of them were kids', 'Forty-one of the people detained are children', 'twelve of them under the age of 18')


def _told_kind(c: Claim, kinds: Mapping[str, str]) -> str | None:
    """The kind of people a part is told as after its figure ('seven of them were kids', 'Of
    the 87 detained persons, seven are juveniles'), None for none.

    >>> from claimcheck.models import claim_in
    >>> def told(sentence, figure):
    ...     return _told_kind(claim_in(sentence, figure, "arrested"), people_kinds())
    >>> told("Police said 87 were arrested and seven of them were kids.", "seven"), told("Of the 87, seven are juveniles.", "seven")
    ('children', 'children')
    >>> told("Of the 87, seven are still held.", "seven") is None
    True

    By their age, the minors ('at least twelve of them under the age of 18', 'three of those
    detained were 16 or 17 years old'), and after a participle ('Forty-one of the people
    detained are children'):

    >>> told("Police held 80, at least twelve of them under the age of 18.", "at least twelve")
    'children'
    >>> told("Three of those detained were 16 or 17 years old.", "Three"), told("Forty-one of the people detained are children.", "Forty-one")
    ('children', 'children')
    >>> told("Seven of them were under arrest.", "Seven") is None
    True
    """
    at = c.end - c.sentence_start
    m = _TOLD_KIND.match(c.sentence, at)
    if m is None:
        return None
    return "children" if m["age"] and "children" in kinds.values() else _kind_of(m["w"] or "", kinds)


_TOTAL_ROW = re.compile(r"^[ \t|]*(?:grand\s+)?totals?\b[ \t|:]*\d", re.IGNORECASE | re.MULTILINE)  # a table's 'Total | 49 | 19'
_ROW_LABEL = re.compile(r"[ \t|]*(?P<l>[^\d\n|]*?)[ \t|:]*(?=\d)")  # the label opening a table's row


def _table_rows(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for each cell of a table that sums its rows in a 'Total' row
    ('Unit Attended Hospitalized / Hospital Regional 31 9 / UPA Pedro Ludovico 18 2 / Total 49
    11', 'Category Dead Injured / Pupils 12 38 / Teachers 2 5 / Total 14 43'): a row's figure is
    its row's part (by its label, unless a place or a part is told already), and a figure after
    another of its measure in its row is its column's, another quantity than the first column's
    (those admitted among those received). The Total row's first column is the whole.
    Not :func:`claimcheck.layout._column_kinds`, which names a later column's part by its
    heading when the layout reader reads a table's headings (the claim's scope): this works on
    the claims alone, by where their figures stand in the sentence, and parts rows too."""
    out = list(keys)
    totals: dict[str, bool] = {}  # sentence -> whether it is a table with a Total row
    cells: dict[tuple[str, int], list[int]] = {}  # a table's figures, by its report and start
    rows: dict[tuple[str, int], list[int]] = {}  # a row read as a sentence of its own, the same
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None:
            continue
        if "\n" not in c.sentence:
            if "  " in c.sentence or "\t" in c.sentence or "|" in c.sentence:
                rows.setdefault((c.source, c.sentence_start), []).append(i)
            continue
        if c.sentence not in totals:
            totals[c.sentence] = _TOTAL_ROW.search(c.sentence) is not None
        if totals[c.sentence]:
            cells.setdefault((c.source, c.sentence_start), []).append(i)
    for row in rows.values():
        if len(row) > 1 and _ROW_CELLS.fullmatch(claims[row[0]].sentence):
            _later_columns(claims, keys, out, row)
    for table in cells.values():
        for i in table:
            c, k = claims[i], keys[i]
            at = c.start - c.sentence_start
            line_start = c.sentence.rfind("\n", 0, at) + 1
            line_end = c.sentence.find("\n", at)
            line = c.sentence[line_start : line_end if line_end >= 0 else len(c.sentence)]
            label = _ROW_LABEL.match(line)
            if label is None or not label["l"]:
                continue
            column = sum(
                1 for j in table if claims[j].measure == c.measure and line_start <= claims[j].start - c.sentence_start < at
            )  # (the figures of its measure before it in its row)
            when, place, part, incident = k[2]  # type: ignore[index]
            row = " ".join(label["l"].casefold().split())
            if _TOTAL_ROW.match(line) is None and place is None and part is None:
                part = f"row {row}"
            if column:
                part = f"{part or row}, column {column + 1}"
            out[i] = (k[0], k[1], (when, place, part, incident))
    return out


_ROW_CELLS = re.compile(
    r"[ \t|]*[^\W\d][^\d\n|]*?(?:(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)[~≈]?\d[\d,.]*(?:\s*\([^)\n]*\))?){2,}[ \t|]*"
)  # a table's row read as a sentence of its own: a label, then two figures or more apart by columns' gaps


def _later_columns(
    claims: Sequence[Claim],
    keys: Sequence[tuple[str, str, QuantityKey] | None],
    out: list[tuple[str, str, QuantityKey] | None],
    row: Sequence[int],
) -> None:
    """Part, in ``out``, each figure of a table's row read as a sentence of its own (a label,
    then figures apart by the columns' gaps: 'Ibn Sina General Hospital   49   13' under
    'Injured received   Still admitted') that has the key and the claimant of a figure before
    it in its row: its column's count ('column 2'), another quantity than the first column's,
    as :func:`_table_rows` parts a table read as one sentence. One claimant's two figures of
    one quantity in one row are two columns (those still admitted among those received); rows
    whose columns name who counted keep their claimants apart and stay rivals.

    >>> from claimcheck.models import claim_in
    >>> row = "   Ferncrest Hospital (private)               12        3"
    >>> a, b = claim_in(row, "12", "injured"), claim_in(row, "3", "injured")
    >>> k = ("injured", "people", (None, "Ferncrest", None, None))
    >>> got = [k, k]
    >>> _later_columns([a, b], [k, k], got, [0, 1])
    >>> got[0] == k, got[1][2][2]
    (True, 'column 2')
    """
    for n, i in enumerate(row):
        earlier = [
            j for j in row[:n]
            if keys[j] == keys[i] and claims[j].claimant == claims[i].claimant and claims[j].start < claims[i].start
        ]
        if earlier:
            when, place, part, incident = keys[i][2]  # type: ignore[index]
            out[i] = (keys[i][0], keys[i][1], (when, place, f"{part + ', ' if part else ''}column {len(earlier) + 1}", incident))  # type: ignore[index]


_OF_WHICH = re.compile(
    r"[^\S\n]*(?:[-*•|][^\S\n]*)?(?:of\s+(?:which|whom)|thereof)\b[\s:,]*(?P<l>[^\d\n]*?)[\s:.…(–-]*$",
    re.IGNORECASE,
)  # a row's label that opens on its part of the row above: '  of which in intensive care   7'


_WORDS_AFTER = re.compile(r"[^\W\d_]{3,}")


def _of_which_rows(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for a figure whose row's label opens with 'of which', 'of whom' or
    'thereof' ('Injured (all hospitals) 58' / '  of which in intensive care 7', 'Deaths 23' /
    '  thereof women 9'): a part of the row above it, named by the rest of its label, not a
    rival of the whole.

    >>> from claimcheck.models import claim_in
    >>> c = claim_in("  of which in intensive care   7", "7", "injured")
    >>> _of_which_rows([c], [("injured", "people", (None, None, None, None))])[0][2][2]
    'in intensive care'
    """
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or k[2][2] is not None or ("of " not in c.sentence and "thereof" not in c.sentence):
            continue
        at = c.start - c.sentence_start
        row = _OF_WHICH.fullmatch(c.sentence, c.sentence.rfind("\n", 0, at) + 1, at)
        rest = c.sentence[c.end - c.sentence_start :].split("\n", 1)[0]
        if row is not None and not _WORDS_AFTER.search(rest):  # (a row's cells, not a sentence's words)
            label = " ".join(re.sub(r"\([^)]*\)?", " ", row["l"]).casefold().split()) or "part"
            out[i] = _with_part(k, label)
    return out


_BODY_OWN_MEASURES = HURT  # (not the held: '38 of our members were arrested' is an organiser's count of the arrests)


def _body_own_parts(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], lexicon: Any = None
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for a body's own people among the dead or hurt ('the drivers'
    association says seven of its members died', 'At least 17 of our members were injured',
    :func:`claimcheck.conflicts.body_own`) where its report gives a larger figure of that toll
    (fourteen dead, 23 injured): they are some of the dead, a count of their own. Where the
    report's toll is no larger ('Three of our members are dead', a vendors' association's
    statement on the three vendors killed) the body's members are the dead: the toll itself."""
    most: dict[tuple[str, tuple[str, str, QuantityKey]], float] = {}
    for c, k in zip(claims, keys, strict=True):
        if k is not None and k[2][2] is None and c.low is not None and c.measure in _BODY_OWN_MEASURES and body_own(c, lexicon) is None:
            most[(c.source, k)] = max(most.get((c.source, k), 0), c.low)  # (not another count of its own)
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if (
            k is None
            or c.measure not in _BODY_OWN_MEASURES
            or k[2][1] is not None
            or k[2][2] is not None
            or (own := body_own(c, lexicon)) is None
        ):
            continue
        high = c.high if c.high is not None else c.low
        if high is not None and most.get((c.source, k), 0) > high:
            out[i] = _with_part(k, own)
    return out


_OF_A_TOLD_WHOLE = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:(?!(?:were|was|are|is|had|have|has|been|being|that|who|which)\b)[^\W\d_][\w'’-]*\s+){1,2}?(?:(?P<who>who\s+|that\s+)?(?P<be>were|was|had\s+been|have\s+been)\s+)?"
    r"(?P<v>(?!(?:need|red|bed|hundred|armed|unarmed)\b)[a-z]+ed|held|hurt|killed|taken|hit|shot|slain|we|they)\b"
)  # 'Three of the men arrested are our own volunteers', 'Six of the people we have buried',
# 'Eleven of the miners killed were under 25': a share of a whole its own words tell (not 'of the
# armed attackers')


_HARM_VERB = re.compile(r"killed|died|arrested|detained|held|injured|hurt|wounded|shot|slain|taken|hit|beaten|murdered")


def _shares_of_a_told_whole(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for a share whose whole its next words tell by a noun and what befell
    its people or who counted them ('Three of the men arrested are our own volunteers', 'Six of
    the people we have buried never reached a hospital') where its report gives a larger figure
    of that measure: some of those counted, a count of their own (the parser gives such a
    share no part scope: 'of the men arrested' reads as its noun, 'men')."""
    told = [
        i
        for i, (c, k) in enumerate(zip(claims, keys, strict=True))
        if k is not None
        and k[2][1] is None
        and k[2][2] is None
        and c.measure in _KIND_MEASURES
        and c.qualifier != "denial"
        and not (k[2][0] or "0")[0].isalpha()  # (those still held: a count of its own already)
        and (c.scope is None or c.scope.startswith("part:"))
        and (c.high if c.high is not None else c.low) is not None
        and " of " in c.sentence[c.end - c.sentence_start : c.end - c.sentence_start + 6]
        and (m := _OF_A_TOLD_WHOLE.match(c.sentence, c.end - c.sentence_start)) is not None
        and not (m["be"] and not m["who"] and _HARM_VERB.fullmatch(m["v"]))
    ]  # ('three of the armed men were killed': the armed men's toll, not a share of it; but 'Three
    #    of the arrests were executed abroad' is)
    if not told:
        return keys
    most: dict[tuple[str, tuple[str, str, QuantityKey]], float] = {}
    for c, k in zip(claims, keys, strict=True):
        if k is not None and c.low is not None:
            most[(c.source, k)] = max(most.get((c.source, k), 0), c.low)
    out = list(keys)
    for i in told:
        c, k = claims[i], keys[i]
        if most.get((c.source, k), 0) > (c.high if c.high is not None else c.low):  # type: ignore[operator]
            out[i] = _with_part(k, "part")  # type: ignore[arg-type]
    return out


_OCCASION_WORD = (
    r"(?!(?:on|in|at|of|and|or|which|who|when|where|after|before|for|with|by|to|as|was|were|is|are|had|has|that"
    r"|this|but|itself|alone)\b)[a-z][\w-]*(?:['’](?!\w))?"
)  # a word of an occasion's name ('afternoon march'), up to the next clause's word
_DENIED_OCCASION = re.compile(
    r"[^,;.:!?\d]{0,40}?\b(?:at|during|in|inside)\s+(?:the\s+|(?:[A-Z][a-z]+|[a-z]+day)['’]s\s+)"
    r"(?P<o>(?:" + _OCCASION_WORD + r"\s+){0,2}(?P<h>" + _OCCASION_WORD + r"))\b(?!['’]s)"
)  # 'No one was arrested at Sunday's vigil', 'no one was arrested at the afternoon march'


_FRONTED_OCCASION = re.compile(
    r"\W*(?:At|During|Inside)\s+(?:the\s+|(?:[A-Z][a-z]+|[a-z]+day)['’]s\s+)"
    r"(?P<o>(?:" + _OCCASION_WORD + r"\s+){0,2}(?P<h>" + _OCCASION_WORD + r"))\b[^,;.:!?\d]{0,25},\s*"
)  # an occasion that opens the sentence before its denial


def _denials_limited_by_their_report(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], lexicon: Any
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for a denial limited by its own words to an occasion or a site ('No
    one was arrested at Sunday's vigil', 'no one was arrested at the afternoon march, which it
    called orderly') in a report that gives a count of that very quantity above none whose
    sentences do not name that occasion ('46 people were detained during the weekend unrest'): a
    report does not deny its own count, so the denial is of that occasion alone, a part."""
    if not any(c.qualifier == "denial" for c in claims):
        return keys
    section = lexicon.data.get("gatherings", {})
    occasions = frozenset(w.casefold() for part in ("nouns", "mourning", "protest_nouns") for w in section.get(part, []))
    not_sites = frozenset(place_words(lexicon).not_sites)
    counted: dict[tuple[str, tuple[str, str, QuantityKey]], list[str]] = {}
    for c, k in zip(claims, keys, strict=True):
        if k is not None and c.qualifier != "denial" and (c.low or 0) > 0:
            counted.setdefault((c.source, k), []).append(c.sentence.casefold())
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if (
            k is None
            or c.qualifier != "denial"
            or k[2][1] is not None
            or k[2][2] is not None
            or c.measure not in _KIND_MEASURES
            or (c.source, k) not in counted
        ):
            continue
        m = _DENIED_OCCASION.match(c.sentence, c.end - c.sentence_start) or _FRONTED_OCCASION.fullmatch(
            c.sentence, 0, c.start - c.sentence_start
        )  # ('At the memorial service on Sunday, nobody was detained')
        if (
            m is None
            or (m["h"].casefold() not in occasions and " ".join(m["o"].casefold().split()[-2:]) not in occasions)
            or (m["h"].casefold() in not_sites and m["o"] == m["h"] and "'" not in m[0] and "’" not in m[0])
            or any(m["h"] in s for s in counted[(c.source, k)])
        ):
            continue  # (a gathering noun alone that may be the event's own, 'at the march', needs a word of its own)
        out[i] = _with_part(k, "at " + " ".join(m["o"].split()))
    return out


_THEM_BACK = 300  # how far before a share 'N of them' the count it shares may end


def _shares_of_the_count_before(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for a share told by 'of them' whose own verb is its measure's
    ('The command said 58 people had been arrested since Sunday. Eleven of them were detained
    overnight', 'Nine people died … Our doctors pronounced two of them dead at the scene') where
    the figure right before it, in its report, is a larger count of that measure: 'them' are
    that count's people, and the share a part of it (:func:`claimcheck.conflicts.quantity_key`
    reads such a share as another count's people, its whole: 'Police detained 200 people … At
    least 60 of them had been hurt', where the figure before is of another measure)."""
    shares = [
        i
        for i, (c, k) in enumerate(zip(claims, keys, strict=True))
        if k is not None
        and k[2][1] is None
        and k[2][2] is None
        and not (k[2][0] or "0")[0].isalpha()  # (those still held, an earlier event's: counts of their own already)
        and c.measure in _KIND_MEASURES
        and c.qualifier != "denial"
        and (c.scope or "").endswith(" of them")
        and (c.high if c.high is not None else c.low) is not None
    ]
    if not shares:
        return keys
    out = list(keys)
    for i in shares:
        c = claims[i]
        before = max(
            (o for o in claims if o.source == c.source and o.end <= c.start and o is not c),
            key=lambda o: o.end,
            default=None,
        )
        if before is None or before.measure != c.measure or c.start - before.end > _THEM_BACK:
            continue
        j = next(n for n, o in enumerate(claims) if o is before)
        k = keys[j]
        if k is None or k[2][2] is not None or before.low is None or before.low <= (c.high if c.high is not None else c.low):  # type: ignore[operator]
            continue
        out[i] = _with_part(keys[i], "part")  # type: ignore[arg-type]
    return out


_KIND_MEASURES = TALLIES  # (the minors among the detained too)
_TWO_KINDS = re.compile(r"\b(?:or|and)\b")  # a part of two kinds joined ('women or children'): neither's


def _kinds_of_people(
    claims: Sequence[Claim],
    keys: list[tuple[str, str, QuantityKey] | None],
    kinds: Mapping[str, str],
    part_kinds: Mapping[str, str] | None = None,
    any_toll: frozenset[str] = frozenset(("children", "crew")),
    beside_only: frozenset[str] = frozenset(),
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with one part for the dead or hurt of one kind of people, whatever word names
    them (lexicon ``kinds_of_people``): the union's 'two deckhands had died in the engine room'
    and the navy's 'no crew member was among the dead' are both the crew's count, a part of the
    toll; 'no minors among them' and 'children among the dead' both the children's. A part
    already named by such a word takes its kind; a figure of the whole takes it only where some
    figure of the toll exceeds it (a school bus's '12 children died' is the toll). A part told
    as one of ``part_kinds`` (lexicon ``kinds_of_parts``: 'Fourteen of the dead were workers',
    'Fourteen (14) of the deceased were employees') takes that kind; a whole never does."""
    if not kinds and not part_kinds:
        return keys
    found = []
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or c.measure not in _KIND_MEASURES or k[1] not in ("protesters", "all"):
            continue
        if k[2][1] is not None:
            continue
        part = k[2][2]
        kind = _kind_of(c.subject_text, kinds) if c.subject_text else None
        told = (
            (_kind_of(part, kinds) or _told_kind(c, kinds))
            if part is not None and not _TWO_KINDS.search(part)  # (not 'any woman or child')
            else None
        )
        # ('Two of the dead were kids', '34 of them of minors': the part's own word; 'seven of
        # them were kids', 'seven are juveniles': the word it is told as)
        if kind is not None and (part is None or told == kind):
            found.append((i, kind, part is not None))
        elif kind is None and told is not None:
            found.append((i, told, True))
        elif kind is None and part is None and (told := _told_kind(c, kinds)) is not None:
            # ('Forty-one of the people detained are children', 'at least twelve of them under
            # the age of 18', keyed as the whole: a part by its scope, else by the toll above it)
            found.append((i, told, (c.scope or "").startswith("part:")))
        elif part is not None and part_kinds and (kind := _kind_of(part, part_kinds)) is not None:
            found.append((i, kind, True))
    if not found:
        return keys
    most: dict[tuple[str, str], float] = {}
    told: Counter[tuple[str, int, str]] = Counter()  # figures of a measure in one sentence
    kinded = {i for i, _kind, _told in found}
    other_sides = {  # the measures with another side's dead or hurt counted (not 'no officer was killed')
        k[0]
        for c, k in zip(claims, keys, strict=True)
        if k is not None and k[1] not in ("protesters", "all") and c.qualifier != "denial" and (c.low or 0) > 0
    }
    beside_other_side = _beside_other_side(claims, keys, kinded)
    for n, (c, k) in enumerate(zip(claims, keys, strict=True)):
        told[(c.source, c.sentence_start, c.measure)] += 1
        if k is not None and k[2][2] is None and c.low is not None and n not in kinded:
            # (a rival figure of the same kind is no toll above it: the rights group's 'seven
            # inmates were killed' beside the prison service's 'three inmates died')
            most[(k[0], k[1])] = max(most.get((k[0], k[1]), 0), c.low)
    out = list(keys)
    for i, kind, told_as_part in found:
        c, k = claims[i], keys[i]
        if k is None:
            continue
        if told_as_part or (
            k[2][0] not in ("before", "after")  # (an earlier event's toll of children is its toll)
            and (  # (not one share of a breakdown: '21 deaths — 15 women, four children and
                # two men'; the kind's own count beside another side's: 'Fourteen inmates and
                # three prison guards died', '21: 18 inmates, 3 prison officers')
                (told[(c.source, c.sentence_start, c.measure)] == 1 and kind not in beside_only)
                or i in beside_other_side
                or c.qualifier == "denial"  # (a kind denied is no share: '38 arrested, but not a single manager')
            )
            and most.get((k[0], k[1]), 0) > (c.high if c.high is not None else c.low or 0)
            and (kind in any_toll or k[0] in other_sides)
        ):
            out[i] = _with_part(k, kind)
    return out


def _beside_other_side(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None], kinded: set[int]
) -> set[int]:
    """The figures of ``kinded`` next to a figure of another side's dead or hurt in their
    sentence, with no figure between and no other figure beside them but a greater one, the
    whole they are told in ('Fourteen inmates and three prison guards died'; '21: 18 inmates,
    3 prison officers · 25: 22 inmates, 3 officers'): each side's count, not one share of one
    side's breakdown ('15 women, four children and two men'; '3 correctional officers, 14
    inmates and 6 residents', where the residents are a share too)."""
    by_sentence: dict[tuple[str, int, str], list[int]] = {}
    for n, c in enumerate(claims):
        by_sentence.setdefault((c.source, c.sentence_start, c.measure), []).append(n)

    def other_side(n: int) -> bool:
        k = keys[n]
        return k is not None and k[1] not in ("protesters", "all")

    def whole_of(n: int, m: int) -> bool:  # (the toll a kind's count is told in: '21: 18 inmates')
        return (claims[n].low or 0) > (claims[m].high if claims[m].high is not None else claims[m].low or 0)

    out = set()
    for ns in by_sentence.values():
        if len(ns) < 2 or not kinded.intersection(ns):
            continue
        ns.sort(key=lambda n: claims[n].start)
        for at, n in enumerate(ns):
            beside = ns[max(at - 1, 0) : at] + ns[at + 1 : at + 2]
            if (
                n in kinded
                and any(other_side(m) for m in beside)
                and all(other_side(m) or whole_of(m, n) for m in beside)
            ):
                out.add(n)
    return out


def _kinds_of_any_toll(lexicon: Any, section: str = "kinds_of_any_toll") -> frozenset[str]:
    """The kinds a toll may hold whether or not another side's dead are counted (lexicon
    kinds_of_any_toll: '12 children died' beside 20 dead); the others ('three
    inmates died') are a part only where the toll holds another side's dead too ('Fourteen
    inmates and three prison guards died': the 17 are both), else the toll. With ``section``
    'kinds_beside_another_side', the kinds that are a part only where their sentence counts
    them beside another side's dead ('26 armed criminals and 16 members of the security forces
    died'); told alone ('four "rioters" had died') they are an authority's word for the toll."""
    return frozenset(_lexicon(lexicon).data.get(section, {}).get("kinds", ()))


_SHOT_CUE = re.compile(r"shot|fire|bullet|gunshot|killed by")  # (cheap: most sentences have none)
_SHOT = re.compile(
    r"^[^,;:.\d]{0,50}?\b(?:shot(?:\s+dead)?|(?:killed|died)\s+by\s+(?:gun)?fire|by\s+(?:gun)?fire"
    r"|by\s+(?:live\s+)?bullets?|of\s+(?:a\s+)?(?:bullet|gunshot)\s+wounds?|from\s+gunshot\s+wounds?)\b",
    re.IGNORECASE,
)
_SHOT_HURT = re.compile(
    r"^[^,;:.\d]{0,50}?\b(?:shot|(?:gunshot|bullet)\s+wounds?|wounded\s+by\s+(?:gun)?fire"
    r"|by\s+(?:live\s+)?(?:bullets?|rounds|ammunition))\b",
    re.IGNORECASE,
)  # an injured figure's own words telling a shooting: 'Nobody was shot', 'had gunshot wounds'
_KILLED_BY_FORCES = re.compile(
    r"^[^,;:.\d]{0,30}?\bkilled\s+by\s+(?:the\s+)?(?:forces\s+of\s+(?:law\s+and\s+)?order|security\s+forces"
    r"|police(?:\s+officers)?|soldiers|troops|gendarmes)\b",
    re.IGNORECASE,
)


def _shot(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with the part 'shot' for a part of the dead its own words say were shot ('five
    traders had been killed, three of them by gunfire', 'At least three of the victims were
    shot dead'), and for a denial of those very deaths where such a part is given ('nobody had
    died of a bullet wound', 'nobody was killed by the forces of order'): the shot are a part
    of the toll, which falls and crushes swell too. A toll told whole ('12 protesters were shot
    dead') is no part, nor a denial where no report gives the shot apart. A denial that anyone
    was shot ('Nobody was shot', 'none of the patients had gunshot wounds') counts the shot among
    the injured, not every injury, unless an injured figure is told whole as shot ('12
    protesters were shot and wounded'), which it then contradicts."""
    shot: list[int] = []
    denials: list[int] = []
    hurt_denied: list[int] = []  # 'Nobody was shot', 'none of the patients had gunshot wounds'
    hurt_shot = False  # an injured figure told whole as shot ('12 protesters were shot and wounded')
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or c.measure not in HURT or not _SHOT_CUE.search(c.sentence):
            continue
        own = c.sentence[c.end - c.sentence_start : c.end - c.sentence_start + 80]
        if c.measure == "injured":
            if _SHOT_HURT.search(own):
                if c.qualifier == "denial" and k[2][2] is None:
                    hurt_denied.append(i)
                elif c.qualifier != "denial" and k[2][2] is None and scope_kind(c) != "part":
                    hurt_shot = True
            continue
        if c.qualifier == "denial":
            if _SHOT.search(own) or _KILLED_BY_FORCES.search(own):
                denials.append(i)
        elif (scope_kind(c) == "part" or k[2][2] is not None) and _SHOT.search(own):
            shot.append(i)
    parted = (shot + denials if shot else []) + (hurt_denied if not hurt_shot else [])
    # (a denial of a whole told as shot contradicts it)
    if not parted:
        return keys
    out = list(keys)
    for i in parted:
        k = keys[i]
        out[i] = _with_part(k, "shot")  # type: ignore[arg-type]
    return out


_ADDED = re.compile(
    r"\b(?:added|adds|adding|(?:difference|gap)\b[^.;]{0,60}?\b(?:comes?|came)\s+from)"
    r"\s+(?:another\s+|a\s+further\s+|the\s+)?$",
    re.IGNORECASE,
)
_ADDED_CUE = re.compile(r"\badd|differen|\bgap\b")
ADDED_CHARS = 90  # how far before its figure the verb that adds it to a count may start


def _added_to_a_count(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for what a larger count of its sentence added or included ('it
    counted 61 deaths, because it added seven people killed by landslides', 'the difference
    with Medicina Legal's figure comes from seven survivors …'): the figure that explains why
    one count is higher is a part of that count, not a rival of the toll."""
    sentences = set()  # (cheap first: few sentences add to a count)
    last = None
    for c in claims:
        if c.sentence is not last:
            last = c.sentence
            if ("add" in last or "differen" in last or "gap" in last) and _ADDED_CUE.search(last):
                sentences.add((c.source, c.sentence_start))
    if not sentences:
        return keys
    out = list(keys)
    larger: dict[tuple[str, int, str, str], float] = {}  # the largest figure so far, by sentence, measure and side
    told = [i for i, c in enumerate(claims) if (c.source, c.sentence_start) in sentences]
    for i in sorted(told, key=lambda i: (claims[i].source, claims[i].start)):
        c, k = claims[i], keys[i]
        if k is None or c.low is None:
            continue
        at = (c.source, c.sentence_start, k[0], k[1])
        start = c.start - c.sentence_start
        if (
            k[2][2] is None
            and not (k[2][0] or "").startswith("increment")
            and larger.get(at, 0) > (c.high if c.high is not None else c.low)
            and _ADDED.search(c.sentence[max(0, start - ADDED_CHARS) : start]) is not None
        ):
            out[i] = _with_part(k, "added")
        larger[at] = max(larger.get(at, 0), c.low)
    return out


_AND_NEXT = re.compile(
    r"^(?:\s+of\s+(?:the\s+|those\s+)?[\d,]+)?[^.;:!?\d]{0,60}?(?:,\s*|\s+)and\s+$"
)  # ' were from Monte Claro and ', ' of the 26 were prison officers and '
_WERE_NOUN = re.compile(r"\s+(?:were|was|are|is)\s+(?P<n>[a-z]+s)\b")  # '15 were inmates' (matched at the figure's end)


def _coordinated_parts(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for a figure joined by 'and' to a part of a whole just before it in
    its sentence ('Of the dead, 27 were from Monte Claro and 2 were killed by a lahar', '4 of
    the 26 were prison officers and 15 were inmates'): the next share of the same breakdown,
    keyed by the noun it is told as ('inmates'), else 'part'."""
    sentences = {
        (c.source, c.sentence_start)
        for c, k in zip(claims, keys, strict=True)
        if k is not None and c.scope is not None and c.scope.startswith("part:")
    }  # (only sentences that hold a part can go on with the next)
    if not sentences:
        return keys
    out = list(keys)
    prev: Claim | None = None
    prev_key: tuple[str, str, QuantityKey] | None = None
    told = [i for i, c in enumerate(claims) if (c.source, c.sentence_start) in sentences]
    for i in sorted(told, key=lambda i: (claims[i].source, claims[i].start)):
        c, k = claims[i], keys[i]
        if (
            k is not None
            and prev is not None
            and prev_key is not None
            and prev.sentence_start == c.sentence_start
            and prev.source == c.source
            and prev_key[0] == k[0]
            and (
                prev_key[1] == k[1]
                or (k[1] == "protesters" and _WERE_NOUN.match(c.sentence, c.end - c.sentence_start))
            )  # ('4 of the 26 were prison officers and 15 were inmates': told who they were)
            and (prev.scope or "").startswith("part:")
            and k[2][:3] == (None, None, None)
            and _AND_NEXT.match(c.sentence[prev.end - c.sentence_start : c.start - c.sentence_start])
        ):
            noun = _WERE_NOUN.match(c.sentence, c.end - c.sentence_start)
            part = singular(noun["n"]) if noun and not noun["n"].endswith("ed") else "part"
            out[i] = (k[0], k[1], (None, None, part, k[2][3]))
        if (
            prev is not None
            and prev.sentence_start == c.sentence_start
            and (prev.scope or "").endswith(f" of the {c.text}")
            and 0 <= c.start - prev.end <= len(" of the ")
        ):
            continue  # the part's whole ('the 26' of '4 of the 26 were …'): the next share follows it
        prev, prev_key = c, k
    return out


@lru_cache(maxsize=16)
def fighter_words(lexicon: Any = None) -> frozenset[str]:
    """The ``fighters`` words of ``lexicon`` (the bundled one when None), case-folded."""
    return frozenset(w.casefold() for w in _lexicon(lexicon).data.get("fighters", {}).get("words", []))


FIGHTERS_BEFORE = 400  # how far before a denial of civilian deaths its report's fighters' toll may be


def _civilians_apart(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], fighters: frozenset[str]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with the part 'civilian' for a denial that civilians died told just after its
    report counted the dead as fighters ('"14 terrorists were killed in combat" … The same
    communiqué stated that no civilians had been killed during the operation'): the claimant
    says its dead were all fighters, not that nobody died; the civilians are a part of the
    toll. A denial with no such count ('no civilians were killed by its members') stays the
    toll's."""
    denials = [
        i
        for i, (c, k) in enumerate(zip(claims, keys, strict=True))
        if k is not None
        and c.measure == "killed"
        and c.qualifier == "denial"
        and k[2][2] is None
        and "civilian" in c.text.casefold()
    ]
    if not denials or not fighters:
        return keys
    sources = {claims[i].source for i in denials}
    counted: dict[str, list[int]] = {}  # those reports' fighters' tolls: where they start
    for o in claims:
        if (
            o.source in sources
            and o.measure == "killed"
            and o.qualifier != "denial"
            and (o.subject_text or "").casefold().strip("\"'“”‘’ ").rsplit(" ", 1)[-1] in fighters
        ):
            counted.setdefault(o.source, []).append(o.start)
    out = list(keys)
    for i in denials:
        c = claims[i]
        if any(0 < c.start - at <= FIGHTERS_BEFORE for at in counted.get(c.source, ())):
            k = out[i]
            out[i] = (k[0], k[1], (k[2][0], k[2][1], "civilian", k[2][3]))  # type: ignore[index]
    return out


def _breakdown_by_kind(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for each kind of people in a breakdown of the dead or hurt by who
    they were, figures of one measure listed in one sentence naming two kinds of people or
    more ('the fatalities encompass 3 correctional officers, 14 inmates and 6 residents'):
    each kind is a part of the toll, keyed by its noun ('inmate', 'resident'; the officers are
    their side's). One kind beside the other side ('five civilians and two security
    officers', '3 inmates dead, 14 inmates injured and 9 officers hurt') is its side's whole,
    and a part told of the figure before ('twenty patients, four of them children') is no
    item of a list.

    >>> from claimcheck.models import Quantity
    >>> def parts(sentence, *figures):
    ...     out = []
    ...     for f, noun in figures:
    ...         at = sentence.index(f)
    ...         q = Quantity(f, at, at + len(f), 1, 1, 1, "exact")
    ...         side = "security" if noun == "officers" else "people"
    ...         out.append(Claim("s", None, None, "killed", side, q, 1, sentence, subject_text=noun))
    ...     keys = [("killed", "protesters" if c.subject == "people" else c.subject, (None, None, None, None)) for c in out]
    ...     return [k[2][2] for k in _breakdown_by_kind(out, keys)]
    >>> parts("The fatalities encompass 3 officers, 14 inmates and 6 residents.", ("3", "officers"), ("14", "inmates"), ("6", "residents"))
    [None, 'inmate', 'resident']
    >>> parts("He said five civilians and two officers had died.", ("five", "civilians"), ("two", "officers"))
    [None, None]
    """
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is not None and c.measure in _BROKEN_DOWN and c.subject_text and c.qualifier != "denial":
            by_sentence.setdefault((c.source, c.sentence_start), []).append(i)
    out = list(keys)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: claims[i].start)
        runs: list[list[int]] = [[members[0]]]
        for a, b in zip(members, members[1:], strict=False):
            x, y = claims[a], claims[b]
            listed = (
                x.measure == y.measure
                and _LISTED_NEXT.match(x.sentence, x.end - x.sentence_start, y.start - y.sentence_start)
                and not _OF_THEM.match(y.sentence, y.end - y.sentence_start)
            )
            if listed:
                runs[-1].append(b)
            else:
                runs.append([b])
        for run in runs:
            kinds = {
                i: kind
                for i in run
                if (k := out[i]) is not None
                and k[1] == "protesters"
                and k[2][2] is None
                and (kind := _kind_noun(claims[i])) not in _NOT_KINDS
            }
            if len(set(kinds.values())) < 2:
                continue
            for i, kind in kinds.items():
                k = out[i]
                out[i] = (k[0], k[1], (k[2][0], k[2][1], kind, k[2][3]))  # type: ignore[index]
    return out


_OF_THEM = re.compile(r"\s*,?\s+of\s+(?:them|whom|those|which)\b")  # 'four of them children': a part of the one before
_BROKEN_DOWN = HURT
_LISTED_NEXT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
# the words between two figures of a list: ' inmates and ', ' correctional officers, '"
_NOT_KINDS = frozenset(
    (
        "people", "person", "persons", "individual", "protester", "protestor", "demonstrator",
        "body", "dead", "victim", "casualty", "fatality", "other", "more", "them", "those",
        "civilian", "patient",
    )
)  # fmt: skip  (the whole's people: no kind of their own)


def _kind_noun(claim: Claim) -> str:
    """The noun a figure names its people by ('members' of 'members of the sect', 'members'
    of 'sect members'), singular."""
    noun = (claim.subject_text or "").casefold().split(" of ", 1)[0].split()
    return singular(noun[-1]) if noun else ""


_TO_HOSPITAL = re.compile(
    r"[^,;:\d]{0,30}?\b(?:"
    + told_in_hospital(r"taken|rushed|sent|referred|transferred", r"kept\s+in\s+(?:a\s+|the\s+)?hospitals?")
    + r")\b",
    re.IGNORECASE,
)  # (only whether it matches is read: 'admitted to hospital' is 'admitted')


def _hospitalised(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], lexicon: Any = None
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for the hospitalised among a sentence's injured ('the Red Cross
    treated 146 people over the four days; 11 were taken to hospital', 'Thirty-four police
    officers were injured, six of whom were kept in hospital overnight'): an injury figure told
    as taken to hospital after a larger injury figure of its sentence counts a part of it."""
    out = list(keys)
    last: dict[tuple[str, int], Claim] = {}  # a sentence's injury figure before, by source
    injured = [i for i, c in enumerate(claims) if c.measure == "injured"]  # (sorted: few)
    for i in sorted(injured, key=lambda i: (claims[i].source, claims[i].start)):
        c, k = claims[i], keys[i]
        if k is None:
            continue
        at = c.end - c.sentence_start
        before = last.get((c.source, c.sentence_start))
        if (
            before is not None
            and k[2][2] is None
            and before.quantity.low > (c.quantity.high or c.quantity.low)
            and _TO_HOSPITAL.match(c.sentence, at) is not None
        ):
            out[i] = _with_part(k, "hospitalised")
        last[(c.source, c.sentence_start)] = c
    out = _hospitalised_beside_named(claims, out, injured, _lexicon(lexicon).grammar["unnamed_people"])
    return _hospitalised_in_report(claims, out, injured)


def _hospitalised_in_report(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], injured: list[int]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for the people taken to hospital where their report tells a
    larger count of the hurt in another sentence ('Forty-two people were injured when a
    footbridge gave way. Of those, 15 were admitted to hospital overnight'), and for the same
    count told alone in another report ('Fifteen people were admitted to hospital'): those in
    hospital are a part of the hurt, one count across the reports, not a rival of the whole. A
    figure its own sentence tells as in hospital and its report's larger injury figure told
    otherwise are read by structure (:func:`_in_hospital_clause`), not by its verb."""
    told = [
        i for i in injured
        if keys[i] is not None and keys[i][2][1:3] == (None, None) and _in_hospital_clause(claims[i])  # type: ignore[index]
    ]  # (a count of a place or a part already is that place's or part's)
    if not told:
        return keys
    wholes: dict[tuple[str, tuple[str, str, QuantityKey]], Number] = {}  # (source, key) -> largest whole
    hospital = set(told)
    for i in injured:
        k = keys[i]
        if k is None or i in hospital or k[2][2] is not None or k[2][0] is not None or "ospital" in claims[i].sentence:
            continue  # (a whole told beside a hospital is read in its sentence: :func:`_hospitalised`)
        at = (claims[i].source, k)
        wholes[at] = max(wholes.get(at, 0), claims[i].quantity.low)
    out = list(keys)
    parts = [claims[i] for i in injured if keys[i] is not None and keys[i][2][2] == "hospitalised"]  # type: ignore[index]
    for i in told:
        c, k = claims[i], keys[i]
        whole = wholes.get((c.source, _with_part(k, None)), 0)  # type: ignore[arg-type]
        if whole > (c.quantity.high if c.quantity.high is not None else c.quantity.low) and k[2][0] is None:  # type: ignore[index]
            out[i] = _with_part(k, "hospitalised")  # type: ignore[arg-type]
            parts.append(c)
    for i in told:
        c, k = claims[i], out[i]
        if k is keys[i] and k[2][0] is None and any(  # type: ignore[index]
            p.source != c.source and p.quantity.intersects(c.quantity) for p in parts
        ):
            out[i] = _with_part(k, "hospitalised")  # type: ignore[arg-type]
    return out


_HOSPITAL_AFTER_FIGURE = re.compile(
    r"[^,;:.\d]{0,40}?\bto\s+(?:(?:a|an|the|their|its)\s+)?(?:[^\W\d]+\s+){0,3}?hospitals?\b", re.IGNORECASE
)  # '14 to the provincial hospital' (brought there; 'treated in nine hospitals' counts the hurt)
_HURT_TOO = re.compile(
    r"[^,;:.\d]{0,40}?\b(?:(?:been|were|was|are|is|got|left)\s+(?:[^\W\d]+\s+)?(?:hurt|injured|wounded)"
    r"|with\s+(?:[^\W\d]+\s+){0,4}(?:wounds|injuries))\b"
    r"|\s+(?:injured|wounded|hurt)\s+(?!(?:to|in|into|at|from|and|or|were|was|had|have)\b)[^\W\d]+",
    re.IGNORECASE,
)
# ('31 others had been hurt and taken to hospital', '23 patients with gunshot wounds': the hurt
# told, their count, as is 'taken 52 injured people to hospitals' (an injury word qualifying the
# figure's noun); not '17 of the hurt were rushed to hospital', 'ferried 29 injured to hospitals')
_HOSPITAL_BEFORE_FIGURE = re.compile(
    r"\bhospitals?\b[^,;:.\d]{0,40}\b(?:admitted|admits|received|receives|took\s+in)\s+$",
    re.IGNORECASE,
)  # 'Hospitals in the district admitted 26', 'the city hospital said it had admitted 30'


def _in_hospital_clause(c: Claim) -> bool:
    """Whether an injury figure's clause tells it as people in hospital: taken there
    (:func:`_taken_to_hospital`), brought to one its clause names after the figure, or admitted
    by a hospital its clause names before the figure; not one its clause tells as hurt too ('31
    others had been hurt and taken to hospital': the count of the hurt).

    >>> from claimcheck.models import Source
    >>> from claimcheck.situate import parse
    >>> def told(text):
    ...     return [_in_hospital_clause(c) for c in parse(Source(id="r", text=text)) if c.measure == "injured"]
    >>> told("Forty were hurt. 14 were brought to the provincial hospital.")
    [False, True]
    >>> told("Hospitals in the district admitted 26 patients.")
    [True]
    >>> told("He said 31 others had been hurt and taken to hospital.")
    [False]
    """
    if "ospital" not in c.sentence:
        return False
    at, start = c.end - c.sentence_start, c.start - c.sentence_start
    if _HURT_TOO.match(c.sentence, at) is not None:
        return False
    if _taken_to_hospital(c):
        return True
    return (
        _HOSPITAL_AFTER_FIGURE.match(c.sentence, at) is not None
        or _HOSPITAL_BEFORE_FIGURE.search(c.sentence, max(0, start - 60), start) is not None
    )


def _with_part(key: tuple[str, str, QuantityKey], part: str | None) -> tuple[str, str, QuantityKey]:
    when, place, _part, incident = key[2]
    return (key[0], key[1], (when, place, part, incident))


def _still_in_hospital(key: tuple[str, str, QuantityKey]) -> tuple[str, str, QuantityKey]:
    """An injury figure's key with those still in hospital told one way, however the figure
    tells them: 'seven are still with us', '19 persons still hospitalising' (a part, 'still in
    care'), '31 remain hospitalised' (still held and taken to hospital) and 'Nineteen people
    remain in hospital' (still held) are all one count, those held in hospital now; and those
    in critical care are one count whether told as still there or not ('Two are still in
    intensive care', 'four of them critical'): a count of the gravely hurt is of now anyway.

    >>> _still_in_hospital(("injured", "people", (None, None, "still in care", None)))
    ('injured', 'people', ('held', None, None, None))
    >>> _still_in_hospital(("injured", "people", ("held", None, "hospitalised", None)))
    ('injured', 'people', ('held', None, None, None))
    >>> _still_in_hospital(("injured", "people", ("held", None, "serious", None)))
    ('injured', 'people', (None, None, 'serious', None))
    >>> _still_in_hospital(("injured", "people", (None, None, "hospitalised", None)))
    ('injured', 'people', (None, None, 'hospitalised', None))
    """
    when, place, part, incident = key[2]
    if part == "still in care" and when is None:
        return (key[0], key[1], ("held", place, None, incident))
    if when == "held" and part is not None and (part in ("hospitalised", "still in care") or _pointing_part(part)):
        return (key[0], key[1], (when, place, None, incident))
    if when == "held" and part == "serious":
        return (key[0], key[1], (None, place, part, incident))
    return key


def _hospitalised_beside_named(
    claims: Sequence[Claim],
    keys: list[tuple[str, str, QuantityKey] | None],
    injured: list[int],
    unnamed: frozenset[str],
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with a part for the people taken to hospital where the same quantity also
    counts the hurt of a group it names ('Twelve people were killed and 187 taken to hospital'
    beside 'dozens of protesters were hurt'; 'it had taken 12 people to hospital' beside 'at
    least 70 supporters were injured'): those hospitalised are another count, not a figure
    for that group. Where every other count is of people unnamed ('64 people who were
    injured'), a count taken to hospital stays that count's ('taken 52 injured people to
    hospitals'). ``unnamed``: the nouns of people unnamed (the lexicon's ``grammar.unnamed_people``)."""
    named: set[tuple[str, str, QuantityKey]] = set()
    taken: list[int] = []
    for i in injured:
        k = keys[i]
        if k is None or k[2][0] is not None or k[2][2] is not None:
            continue
        c = claims[i]
        if _taken_to_hospital(c):
            if not _names_a_group(c, unnamed):
                taken.append(i)
        elif _names_a_group(c, unnamed):
            named.add(k)
    out = list(keys)
    for i in taken:
        k = keys[i]
        if k in named:
            out[i] = _with_part(k, "hospitalised")  # type: ignore[arg-type]
    return out


_HOSPITALISED_BEFORE = re.compile(
    r"(?:\bhospitali[sz]ed\W{0,3}|\b(?:taken|rushed|sent|brought)\s+)$", re.IGNORECASE
)
_TO_HOSPITAL_AFTER = re.compile(r"[^,;:\d]{0,30}?\bto\s+(?:a\s+|the\s+)?hospitals?\b", re.IGNORECASE)


def _taken_to_hospital(c: Claim) -> bool:
    """'187 taken to hospital', 'Hospitalised187', 'it had taken 12 people to hospital'."""
    if "ospital" not in c.sentence:
        return False
    at, start = c.end - c.sentence_start, c.start - c.sentence_start
    if _TO_HOSPITAL.match(c.sentence, at) is not None:
        return True
    return _HOSPITALISED_BEFORE.search(c.sentence, max(0, start - 20), start) is not None and (
        "ospitali" in c.sentence[max(0, start - 20) : start]
        or _TO_HOSPITAL_AFTER.match(c.sentence, at) is not None
    )


def _names_a_group(c: Claim, unnamed: frozenset[str]) -> bool:
    """Whether an injury figure counts a group it names ('dozens of protesters', '70
    supporters'), not people unnamed (``unnamed``: '64 people', 'dozens injured')."""
    words = _NOUN.findall((c.subject_text or "").casefold())
    return bool(words) and unnamed.isdisjoint(words)


_NOUN = re.compile(r"[^\W\d_]+")


_DIGIT = re.compile(r"\d")
_TIME_WORDS = _lexicon(None).weekdays | frozenset(
    "day days week weeks night nights hours hour month months year years morning evening "
    "afternoon first today yesterday".split()
)  # with the lexicon's weekdays


@lru_cache(maxsize=8)
def force_words(lexicon: Any = None) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """The ``forces`` section of ``lexicon`` (the bundled one when None): one pattern for
    every kind word, and each word's kind; the pattern of a toll that includes the
    attackers (its ``perpetrators`` section: '(including 4 perpetrators)'); and the pattern of
    a unit of a kind before its figure (the ``force_units`` section: 'an army company of roughly 200 men')."""
    lexicon = _lexicon(lexicon)
    kinds = {
        " ".join(w.casefold().split()): kind
        for kind, words in lexicon.data.get("forces", {}).items()
        if not kind.startswith("_")
        for w in words
    }
    alternatives = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    attackers = "|".join(
        re.escape(w) for w in sorted(lexicon.data.get("perpetrators", {}).get("words", []),
                                     key=len, reverse=True)
    )  # fmt: skip
    including = re.compile(
        rf"[\s,(]*including\s+(?:the\s+|all\s+)?(?:\d+|[a-z-]+)?\s*(?:of\s+the\s+)?"
        rf"(?:{attackers or '(?!)'})\b",
        re.IGNORECASE,
    )
    units = any_of(lexicon.data.get("force_units", {}).get("words", [])) or "(?!)"
    unit_of = re.compile(rf"(?P<kind>\b[\w-]+(?:\s+[\w-]+)?)\s+(?:{units})\s+of\s+$", re.IGNORECASE)
    return re.compile(rf"\b(?:{alternatives or '(?!)'})\b", re.IGNORECASE), kinds, including, unit_of


def _with_perpetrators(claim: Claim, including: re.Pattern[str]) -> bool:
    """Whether a toll counts the attackers too ('Deaths: 38 (including 4 perpetrators)', '41
    people were killed, including the four gunmen'): every side's toll."""
    at = claim.end - claim.sentence_start
    after = claim.sentence[at : at + 60]
    if "includ" not in after:
        return False
    comma = after.find(",")
    return including.match(after) is not None or (
        comma >= 0 and including.match(after, comma) is not None
    )


_FORCE_END = re.compile(
    r"[,;:.()\d]|\b(?:were|was|had|have|has|are|is|be|been|being|to|from|in|on|at|into|who"
    r"|that|which|with|for|near|along|across|around)\b",
    re.IGNORECASE,
)


_OWN = re.compile(r"\b(?:its|their)\s+(?:own\s+)?\w+", re.IGNORECASE)  # '150 of its officers'
_JOINED = re.compile(r"\b(?:and|or|plus)\b|[&/+]", re.IGNORECASE)


def force_kind(claim: Claim, words: tuple[re.Pattern[str], dict[str, str], Any, Any]) -> str | None:
    """The kind of force a deployment counts, from its counted noun and the words after the
    figure up to the verb: the first kind word, or None when no kind word is there or two
    kinds are joined.

    >>> from claimcheck.models import claim_in
    >>> def kind(sentence, figure):
    ...     c = claim_in(sentence, figure, "deployed", "security")
    ...     return force_kind(c, force_words())
    >>> kind("He said 120 firefighters and 35 soldiers had been deployed.", "120")
    'rescue'
    >>> kind("He said 120 firefighters and 35 soldiers had been deployed.", "35")
    'military'
    >>> kind("About 300 members of the paramilitary Armed Police Force were sent.", "300")
    'paramilitary'
    >>> kind("About 1,300 police officers and soldiers took part.", "1,300")
    >>> kind("He said 1,700 personnel took part.", "1,700")
    >>> kind("The ministry sent 900 members of the Special Security Forces.", "900")
    'special security forces'
    >>> kind("Troops are deployed, alongside the 900 Special Security Forces members sent on Sunday.", "900")
    'special security forces'

    A force's own people ('150 of its officers', 'deployed 500 of their troops') are of the
    kind its name says, when it names one (the claimant: 'The military police said …').
    """
    pattern, kinds = words[0], words[1]
    at = claim.end - claim.sentence_start
    after = claim.sentence[at : at + 80]
    stop = _FORCE_END.search(after)
    after = after[: stop.start() if stop else len(after)]
    other = _ANOTHER_FORCE.search(after)  # '350 riot police and the army …': another force's phrase
    own = after[: other.start()] if other else after
    noun = f"{claim.subject_text or ''} {own}"
    if claim.claimant and _OWN.search(noun):
        named = pattern.search(claim.claimant_name or claim.claimant)
        if named is not None:
            return kinds[" ".join(named[0].casefold().split())]
    found = set()
    for joined in _JOINED.split(own) if pattern.search(own) else _JOINED.split(noun):  # 'police officers and soldiers': two kinds
        kind = _kind_at(joined, pattern, kinds)
        if kind is not None:
            found.add(kind)
    if not found and (unit := words[3].search(claim.sentence, 0, claim.start - claim.sentence_start)) is not None:
        return _kind_at(unit["kind"], pattern, kinds)  # 'an army company of roughly 200 men'
    if not found and (name := _NAMED_FORCE.match(own)) is not None:
        return " ".join((name[1] or name[2]).casefold().split())  # 'members of the Special Security Forces': that force
    return found.pop() if len(found) == 1 else None


_FORCE_NAME = r"((?:[A-Z][\w'’-]*\s+){0,4}?(?:Forces?|Guards?|Brigades?|Units?|Corps|Services?|Squad|Battalions?))\b"
_NAMED_FORCE = re.compile(
    rf"\s+(?:(?:[a-z]+\s+){{0,2}}?(?:members|personnel|men|fighters|agents|elements)\s+(?:of|from)\s+(?:the\s+)?{_FORCE_NAME}"
    rf"|{_FORCE_NAME}\s+(?:members|personnel|men|fighters|agents|elements)\b)"
)  # a force named by its own name, no kind word in it: its own kind ('900 members of the Special Security
#    Forces', 'the 900 Special Security Forces members')


_ANOTHER_FORCE = re.compile(r"\s(?:and|plus|or)\s+(?:the|a|an|its|their|his|her|some|about|around|nearly)\b", re.IGNORECASE)


def _kind_at(text: str, pattern: re.Pattern[str], kinds: dict[str, str]) -> str | None:
    """The kind of the first kind word of ``text``; two kind words of two kinds in a row are
    one kind of their own ('military police', 'army rangers')."""
    first = pattern.search(text)
    if first is None:
        return None
    kind = kinds[" ".join(first[0].casefold().split())]
    second = pattern.match(text, first.end() + 1) if text[first.end() : first.end() + 1] == " " else None
    if second is not None and (head := kinds[" ".join(second[0].casefold().split())]) != kind:
        return f"{kind} {head}"
    return kind


def _by_force(
    claims: Sequence[Claim],
    keys: list[tuple[str, str, QuantityKey] | None],
    words: tuple[re.Pattern[str], dict[str, str], Any, Any],
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with the kind of force as the part of a deployment of one kind, where the
    deployment is counted for two kinds or more."""
    kinds: dict[int, str] = {}
    seen: dict[tuple[str, str, QuantityKey], set[str]] = {}
    for i, (k, c) in enumerate(zip(keys, claims, strict=True)):
        if k is None or c.measure != "deployed" or k[2][2] is not None:
            continue
        kind = force_kind(c, words)
        if kind is not None:
            kinds[i] = kind
            seen.setdefault(k, set()).add(kind)
    out = list(keys)
    for i, kind in kinds.items():
        k = keys[i]
        if k is not None and len(seen[k]) > 1:
            out[i] = _with_part(k, kind)
    return out


def _local_tallies(
    claims: Sequence[Claim],
    keys: Sequence[tuple[str, str, QuantityKey] | None],
    nationwide: set[tuple[str, str, QuantityKey]],
    home: Collection[str],
) -> set[tuple[str, str, QuantityKey]]:
    """The running tallies of a local event: more of their figures name the event's own place
    than are nationwide ('The number of heat-related deaths in Karachi has risen to 31', '…
    in Karachi stands at 96' beside the national authority's 'at least 168 people had died
    … nationwide'). There the event's own figures are the whole, and the nationwide one a
    wider count apart; where the nationwide figures are as many or more, they are the event's
    whole and a home city's figure is one part of it (see :func:`align`). Nor is a tally local
    whose figures are given for two other places or more besides the event's own ('Kisumu had 2
    deaths', '… killed in Homa Bay' beside Nairobi's 17 and the national 39): the toll spans the
    country, and the home city is one of its places (OTHER_PLACES_SPANNED)."""
    if not nationwide or not home:
        return set()
    named: dict[tuple[str, str, QuantityKey], int] = {}
    elsewhere: dict[tuple[str, str, QuantityKey], set[str]] = {}
    for k, c in zip(keys, claims, strict=True):
        if k is None or c.measure not in RUNNING_TALLIES:
            continue
        if c.place == NATIONWIDE:
            named[_without_place(k)] = named.get(_without_place(k), 0) - 1
        elif k[2][1] in home:
            named[_without_place(k)] = named.get(_without_place(k), 0) + 1
        elif k[2][1] and not _SITE.search(k[2][1]):
            elsewhere.setdefault(_without_place(k), set()).add(k[2][1])
    return {w for w in nationwide if named.get(w, 0) > 0 and len(elsewhere.get(w, ())) < OTHER_PLACES_SPANNED}


OTHER_PLACES_SPANNED = 2  # the other places a tally's figures name that make it no local event's


def _arrests_of_one_day(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None], lexicon: Any = None
) -> tuple[Sequence[Claim], list[tuple[str, str, QuantityKey] | None]]:
    """``claims`` and their ``keys`` with one day's arrests ('Police arrested 19 people on
    Saturday') back in the running count when the event's figures name no other day (of
    arrests anywhere, or of a gathering): the arrests of an event of one day are its total
    (period 'cumulative' again, a point of its timeline). Arrests told day by day ('41 on
    Saturday and 27 on Sunday', beside 'over the two days, 68') keep a quantity for each day."""
    named = {
        c.as_of[:10]
        for c in claims
        if c.as_of and c.period == "day" and c.measure in ("arrested", "participants") and c.qualifier != "denial"
    }
    if len(named) > 1 or not any(k is not None and _a_days_arrests(k, c) for k, c in zip(keys, claims, strict=True)):
        return claims, list(keys)
    back = [k is not None and _a_days_arrests(k, c) for k, c in zip(keys, claims, strict=True)]
    over = _spanned_count(claims, keys, lexicon)
    if over is not None:  # (a count over several days above them: 'since Monday, 212', 'over the weekend')
        back = [b and not (c.high is not None and c.high < over) for b, c in zip(back, claims, strict=True)]
    return (
        [dataclasses.replace(c, period="cumulative") if b else c for c, b in zip(claims, back, strict=True)],
        [_with_when(k, None) if b and k is not None else k for k, b in zip(keys, back, strict=True)],
    )


def _over_days(words: tuple[str, str, str], over: re.Pattern[str], tw: TimeWords, no_day: Collection[str]) -> bool:
    """Whether an arrest figure's own words (see :func:`_own_words`) count over several days
    ('over the two days', 'in four days of unrest') or since a day ('since Monday', 'since
    the protests began on Monday')."""
    label, before, after = words
    return any(over.search(w) for w in words) or any(
        _names_a_day(m[1], tw, no_day) for m in _SINCE_DAY.finditer(f"{label} {before} {after}")
    )


def _spanned_count(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None], lexicon: Any
) -> Any:
    """The highest arrest count told over several days or since a day (see :func:`_over_days`),
    or None: the event's arrests are a total over its days, of which one day's is a part."""
    over, _total = arrest_day_words(lexicon)
    tw = time_words(lexicon)
    no_day = frozenset(_lexicon(lexicon).data["time"]["no_own_day"])
    found = None
    for k, c in zip(keys, claims, strict=True):
        if (
            k is not None
            and c.measure == "arrested"
            and c.period == "cumulative"
            and c.qualifier != "denial"
            and c.low is not None
            and k[2][0] is None
            and k[2][2] is None
            and k[2][3] is None
            and (found is None or c.low > found)
            and _over_days(_own_words(c), over, tw, no_day)
        ):
            found = c.low
    return found


def _a_days_arrests(k: tuple[str, str, QuantityKey], c: Claim) -> bool:
    """Whether ``c`` (keyed ``k``) counts one day's arrests ('no arrests on Friday night' is
    that night's, whatever the other days)."""
    return (
        c.measure == "arrested"
        and c.period == "day"
        and c.qualifier != "denial"
        and k[2][0] == (c.as_of or "")[:10]
    )


def arrest_day_words(lexicon: Any = None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The lexicon's ``over_days`` and ``in_total`` time words, compiled once per lexicon: what
    makes an arrest figure a count over several days (also 'since' the event's start: its
    ``since_start`` words, 'since the protests began'), or a total (see :func:`_arrests_by_day`)."""
    return _arrest_day_words(_lexicon(lexicon))


@lru_cache(maxsize=8)
def _arrest_day_words(lexicon: Any) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.data["time"]
    phrases = [w for w in data["over_days"] if not w.startswith("in ")]
    spans = "|".join(re.escape(w[3:]) for w in data["over_days"] if w.startswith("in "))
    return (
        re.compile(
            rf"\b(?:{any_of(phrases)}|(?:over|in|across|during|for)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
            rf"(?:(?:\d+|{any_of(data['day_counts'])})\s+)?(?:{spans})"
            rf"|since\s+(?:[^\W\d_][\w'’-]*\s+){{0,4}}?(?:{any_of(data['since_start'])}))\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{any_of(data['in_total'])})\b", re.IGNORECASE),
    )


_OWN_CLAUSE_END = re.compile(r"[;,(]|\s[-–—]\s|(?<!since\s)\d")  # where a figure's own words after it end
# (not at the date a span starts: 'detentions since 9 March')
_NOW_PERFECT = re.compile(r"\b(?:has|have|had)\s+now\b|\bnow\s+(?:has|have|had)\b", re.IGNORECASE)


def _up_to_now(before: str, after: str, label: str, tw: TimeWords, head: str = "") -> bool:
    """Whether an arrest figure's own words count up to now: 'so far', 'to date', 'thus far',
    'until now' (the lexicon's ``up_to_now``), or a perfect with 'now' ('We have now documented
    112 detentions'), or its sentence (``head``: its words before the figure) opens with such
    words ('So far, 61 youths have been picked up'): the running count as the report went out,
    not the day's arrests."""
    words = f"{label} {before} {after}"
    if tw.up_to_now is None:
        return False
    return (
        tw.up_to_now.search(words) is not None
        or _NOW_PERFECT.search(words) is not None
        or ((m := tw.up_to_now.search(head, 0, 30)) is not None and not head[: m.start()].strip(" \"'“‘*-–—"))
    )
_OWN_CLAUSE_START = re.compile(r".*(?:[;,(]|\s[-–—]\s)", re.DOTALL)  # (the last break before it)
_LABEL_WEEKDAY = re.compile(r"\b(" + WEEKDAY_ABBR.title()[3:-1] + r")\b\.?[^:]*:$")  # a list label's short weekday
_WORD = re.compile(r"[^\W\d_]+")
_ON_DAY = re.compile(r"\s*(?:(?:late|early)\s+)?on\s", re.IGNORECASE)  # a clause opening with its day
_SINCE_DAY = re.compile(r"\bsince\s+(\S+(?:\s+\S+)?)", re.IGNORECASE)  # 'since Saturday', 'since 7 November'
OWN_CHARS = 70  # how far either side of an arrest figure its own words are read
ONE_DAY = "one-day"  # the key of arrests of one day not named, beside a count over several


def _own_words(c: Claim) -> tuple[str, str, str]:
    """An arrest figure's own words: a short list item's label ('Detained Wed, Borgartún: 17
    (police)') and its clause on either side of it (up to OWN_CHARS)."""
    at = c.start - c.sentence_start
    before = c.sentence[max(0, at - OWN_CHARS) : at]
    if (m := _OWN_CLAUSE_START.match(before)) is not None:
        before = before[m.end() :]
    after = c.sentence[c.end - c.sentence_start : c.end - c.sentence_start + OWN_CHARS]
    if (m := _OWN_CLAUSE_END.search(after)) is not None:
        after = after[: m.start()]
    colon = c.sentence.find(":", 0, at)
    label = c.sentence[: colon + 1] if 0 < colon and len(c.sentence) <= LABEL_ITEM else ""
    return label, before, after


def _day_part(part: str, tw: TimeWords) -> bool:
    """Whether a part's key is only the day it was told with ('on saturday' of '37 on Saturday
    and 21 on Sunday', 'november on' of '31 on 7 November')."""
    return all(w in tw.weekdays or w in tw.months or w == "on" for w in part.split())


_SHARE_END = re.compile(r"[,;:()]|\s[-–—]\s|\s+and\s+\d")  # where a share's own words end (not at a date's digits)
_NO_KIND = frozenset(("part", "arrested", "detained", "held", "arrest", "detention"))
# (a part's key that names no kind of people: '63 of 307', '41 of those arrested')


def _day_share(c: Claim, part: str, tw: TimeWords, no_day: Collection[str]) -> bool:
    """Whether an arrest figure keyed as a part of a whole is that whole's count of one day:
    its key is only the day ('37 on Saturday and 21 on Sunday' of '58 over the two days'), or
    names no kind of people and its own words after it name a day ('307 arrested in total
    since Tuesday, 63 of them today', '68 over the two days – 41 on Saturday', 'a total of 29,
    six of them held in raids on 8 November'); not a kind of people told with a day ('nine of
    them minors held on Saturday': the minors).

    >>> tw, no_day = time_words(None), ("overnight", "so far")
    >>> from claimcheck.models import claim_in
    >>> def share(sentence, figure, part="part"):
    ...     return _day_share(claim_in(sentence, figure, "arrested"), part, tw, no_day)
    >>> share("307 people arrested in total since Tuesday, 63 of them today.", "63")
    True
    >>> share("68 detained over the two days – 41 on Saturday, 27 on Sunday.", "41", "arrested")
    True
    >>> share("Police gave a total of 29, six of them detained in raids on 8 November.", "six")
    True
    >>> share("58 were held, nine of them minors detained on Saturday.", "nine", "minor")
    False
    >>> share("58 were held, nine of them overnight.", "nine")
    False
    >>> share("Two of those arrested on Thursday are youths.", "Two")
    False
    >>> share("The police said nine of them would appear before the court on Thursday.", "nine")
    False
    """
    if _day_part(part, tw):
        return True
    if not set(part.split()) <= _NO_KIND:
        return False
    at = c.end - c.sentence_start
    after = _SHARE_END.split(c.sentence[at : at + OWN_CHARS], 1)[0]
    if not _names_a_day(after, tw, no_day) or _TOLD_AS.search(after) is not None:
        return False
    found = [m.start() for m in (*tw.weekday.finditer(after), *tw.relative.finditer(after), *tw.explicit.finditer(after))]
    return bool(found) and set(_WORD.findall(after[: min(found)].casefold())) <= _SHARE_WORDS


_TOLD_AS = re.compile(r"\b(?:are|were|is|was|remain(?:ed)?|include[ds]?)\b", re.IGNORECASE)
# ('Two of those arrested on Thursday are youths': the day is the whole's, the part a kind)
_SHARE_WORDS = frozenset(
    (
        "of", "them", "those", "these", "whom", "the", "a", "on", "in", "at", "during", "raids", "raid",
        "arrested", "detained", "held", "picked", "up", "taken", "rounded", "seized", "into", "custody",
        "arrests", "detentions", "night", "morning", "afternoon", "evening", "alone", "late", "early",
    )
)  # fmt: skip  (the words a day's share may hold before its day: not 'would appear before the court on Thursday')


def _names_a_day(words: str, tw: TimeWords, no_day: Collection[str]) -> bool:
    """Whether ``words`` name one day ('on Wednesday', 'today', 'on 7 November'), not the day
    of an event they name ("after Saturday's march") or a relative day in ``no_day``
    ('overnight', 'so far')."""
    if tw.day_cue.search(words.casefold()) is None:
        return False
    return (
        any(not m[0].endswith(("'s", "’s")) and _own_day(words, m) for m in tw.weekday.finditer(words))
        or any(" ".join(m[0].casefold().split()) not in no_day for m in tw.relative.finditer(words))
        or any(_own_day(words, m) for m in tw.explicit.finditer(words))
    )


_UP_TO = re.compile(r"\b(?:by|until|till|as\s+of)\s+(?:the\s+\w+\s+of\s+)?$", re.IGNORECASE)


def _own_day(words: str, m: re.Match[str]) -> bool:
    """Whether the day ``m`` names is the day of the count, not the time it counts up to ('47
    people had been arrested by Thursday evening' is a running count)."""
    return _UP_TO.search(words, 0, m.start()) is None


def _arrests_by_day(
    claims: Sequence[Claim],
    keys: Sequence[tuple[str, str, QuantityKey] | None],
    ids: dict[str, str],
    lexicon: Any,
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` with the arrests of one day of an event of several days apart from the total
    over its days: where an arrest figure is told over several days ('41 arrests over the two
    days', '58 in total since Saturday') or arrests are named on two days, a figure whose own
    words name one day ('Police detained 17 people on Wednesday', '21 detained today') is
    that day's, one whose words say a total ('a total of 29') the total's, and one with
    neither the same count as its side's figure of the same value ('23 held' beside the
    ISF's '23 arrests on Saturday night'), else the day it counts up to when its report is
    dated (the morning-after report's figure stays its day's). A weekday an undated report
    names is the event's dated day of that weekday, when there is one. Those still held,
    earlier points, increments and other places keep their keys."""
    over, total = arrest_day_words(lexicon)
    tw = time_words(lexicon)
    no_day = frozenset(_lexicon(lexicon).data["time"]["no_own_day"])
    speech = _lexicon(lexicon).speech_verbs
    picked: dict[int, str | tuple[int] | None] = {}  # claim -> 'total', an ISO day, (weekday,), None
    shares: set[int] = set()  # the day's counts told as parts of a whole (see _day_share)
    up_to_now: set[int] = set()  # counts told up to now (see _up_to_now)
    days: set[str] = set()
    spans = False
    spanned: Any = 0  # the highest count over several days
    for i, (k, c) in enumerate(zip(keys, claims, strict=True)):
        if k is None or c.measure != "arrested" or c.qualifier == "denial" or c.low is None:
            continue
        if k[2][0] and k[2][0][:2] == "20":  # (one day's already: 'on Saturday, 41 were arrested')
            days.update([k[2][0]] if k[2][1] is None else [])
            if k[2][2] is not None and _day_share(c, k[2][2], tw, no_day):
                shares.add(i)  # ('21 on Sunday' of '58 over the two days', told on its day)
            continue
        if k[2][2] is not None and c.as_of and _day_share(c, k[2][2], tw, no_day):
            shares.add(i)
            picked[i] = c.as_of[:10]  # a day of a breakdown ('58 … over the two days - 37 on Saturday and 21 on Sunday')
            days.update([c.as_of[:10]] if k[2][1] is None else [])
            continue
        if k[2][0] is not None or k[2][2] is not None or k[2][3] is not None or c.period != "cumulative":
            continue
        label, before, after = _own_words(c)
        if _over_days((label, before, after), over, tw, no_day):
            picked[i] = "total"
            spans = True
            spanned = max(spanned, c.low)
        elif _names_a_day(after, tw, no_day) or _names_a_day(label, tw, no_day) or (
            _ON_DAY.match(before)
            and _names_a_day(before, tw, no_day)
            and not speech.intersection(_WORD.findall(before.casefold()))
        ):
            # (the day after the figure, its list item's or the one its clause opens with is
            # its own: 'Police: 17 people detained in total today', 'On 15 October police
            # officers detained 12 persons'; another before it, or one before a speech verb,
            # is when it was said: 'said on Monday that "a total of 29"', 'On Thursday the
            # ministry said that 12 …')
            if c.as_of:
                picked[i] = c.as_of[:10]
                days.update([c.as_of[:10]] if k[2][1] is None else [])  # (a place's day is no day of the whole)
            else:
                w = tw.weekday.search(after) or tw.weekday.search(label)
                picked[i] = (tw.weekdays[w["w"].casefold()],) if w else None
        elif (w := _LABEL_WEEKDAY.search(label)) is not None:  # 'Detained Tue: 4 (police)'
            picked[i] = (next(n for d, n in tw.weekdays.items() if d.startswith(w[1].casefold())),)
        elif total.search(before) or total.search(after) or total.search(label):
            picked[i] = "total"
        elif _up_to_now(before, after, label, tw, c.sentence[: c.start - c.sentence_start]):
            picked[i] = "total"  # (a count up to now, 'so far', 'to date', 'have now recorded': the running one)
            up_to_now.add(i)
        else:
            picked[i] = None
    told_day = {(claims[j].source, p) for j, p in picked.items() if isinstance(p, str) and p != "total"}
    for i in up_to_now:  # (only where arrests are named on two days, whose reports' days would part it; not
        # up to the first day of arrests, that day's: '15 detained so far' on the first night; nor in a
        # report that counts its own day's arrests: a live page's '12 detained so far' beside '17 today')
        day = (claims[i].as_of or "")[:10]
        if len(days) < 2 or (day and day <= min(days)) or (claims[i].source, day) in told_day:
            picked[i] = None
    out = list(keys)
    for i in shares:
        k = keys[i]
        if k is not None:
            out[i] = (k[0], k[1], (k[2][0], k[2][1], None, k[2][3]))  # (a day's count, no part)
    if not (spans or len(days) > 1) or not (spans or any(c.measure == "participants" and c.period != "before" for c in claims)):
        return out  # (a manhunt's or a crackdown's arrests are one running count: no gathering, no count over its days)
    by_weekday: dict[int, set[str]] = {}
    for d in days:
        by_weekday.setdefault(date.fromisoformat(d).weekday(), set()).add(d)
    for i, p in picked.items():
        if isinstance(p, tuple):
            one = by_weekday.get(p[0], set())
            picked[i] = next(iter(one)) if len(one) == 1 else None
    beside: dict[tuple[str, int], Any] = {}  # a sentence -> the lowest count of one day it tells
    for i, (k, c) in enumerate(zip(keys, claims, strict=True)):
        if (isinstance(picked.get(i), str) and picked[i] != "total") or (k and k[2][0] and k[2][0][:2] == "20"):
            at = (c.source, c.sentence_start)
            beside[at] = min(beside.get(at, c.low), c.low)
    for i, p in picked.items():
        if p is None and claims[i].low > beside.get((claims[i].source, claims[i].sentence_start), claims[i].low):
            picked[i] = "total"  # (more than the day's count beside it: '| Tue Nov 10 | 6 | 18 |')
    for _ in range(2):  # (a second time with the counts the first placed: '41' in a footnote)
        picked = _told_alike(picked, claims, ids, days, spanned)
    for i, p in picked.items():
        k = out[i]
        if isinstance(p, str) and p != "total" and k is not None:
            out[i] = _with_when(k, p)
    return out


def _told_alike(
    picked: Mapping[int, str | tuple[int] | None],
    claims: Sequence[Claim],
    ids: dict[str, str],
    days: Collection[str],
    spanned: Any,
) -> dict[int, str | tuple[int] | None]:
    """``picked`` (see :func:`_arrests_by_day`) with each arrest figure whose words said
    neither a day nor a total placed: the same count as its side's figure of that value, or
    as every figure of that value ('activists count 22' beside the lawyers' 'Detained Wed …
    22'), else the day it counts up to where arrests are named on two days (the
    morning-after report's figure stays its day's); those left are one day's where every one
    of them is below a count over the days ('Police said 41 people were arrested' beside '46
    over the two nights'), lest rivals of one count be parted."""
    told: dict[tuple[str, Any, Any], str] = {}  # (side, low, high) -> 'total' or a day
    values: dict[tuple[Any, Any], set[str]] = {}  # (low, high) -> what the figures of that value are
    for i, p in picked.items():
        if isinstance(p, str):
            values.setdefault((claims[i].low, claims[i].high), set()).add(p)
            if (side := _side(claims[i], ids)) is not None:
                told.setdefault((side, claims[i].low, claims[i].high), p)
    out = dict(picked)
    for i, p in picked.items():
        if p is not None:
            continue
        c = claims[i]
        side = _side(c, ids)
        p = told.get((side, c.low, c.high)) if side is not None else None
        if p is None and len(same := values.get((c.low, c.high), set())) == 1:
            p = next(iter(same))
        if p is None and c.as_of and len(days) > 1:
            p = c.as_of[:10]
        out[i] = p
    left = [i for i, p in out.items() if p is None]
    if len(days) < 2 and spanned and all(claims[i].low < spanned for i in left):
        out.update((i, ONE_DAY) for i in left)
    return out


def _with_when(key: tuple[str, str, QuantityKey], when: str | None) -> tuple[str, str, QuantityKey]:
    _when, place, part, incident = key[2]
    return (key[0], key[1], (when, place, part, incident))


def _divided(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None]
) -> dict[tuple[str, str, QuantityKey], set[str]]:
    """The quantities some sentence counts place by place ('Our monitors recorded 31 deaths: 19
    in Sokodé, 8 in Lomé and 4 in Bafilo'), with those places: the event spans them, so a
    figure for one of them is a part of it even where the event's reports open with that place."""
    seen: dict[tuple[str, int, tuple[str, str, QuantityKey]], set[str]] = {}
    out: dict[tuple[str, str, QuantityKey], set[str]] = {}
    for k, c in zip(keys, claims, strict=True):
        if k is None or not k[2][1] or k[2][1] == NATIONWIDE or _COUNTING_SITE.search(k[2][1]):
            continue  # (a local event's hospitals or its site divide no area: 'Regional Hospital 41 4')
        whole = _without_place(k)
        places = seen.setdefault((c.source, c.sentence_start, whole), set())
        places.add(k[2][1])
        if len(places) > 1:
            out.setdefault(whole, set()).update(places)
    return out


_PLACES_JOINED = re.compile(r"\s*(?:,|\band\b|&|/)\s*")


def _homes_joined(place: str | None, home: Collection[str]) -> bool:
    """Whether ``place`` joins two or more of the event's own places ('amsterdam and
    rotterdam', 'kayes, ségou and bamako'): the event's whole, not one place's part.

    >>> _homes_joined("amsterdam and rotterdam", {"amsterdam", "rotterdam"}), _homes_joined("sion and visp", {"evolène"})
    (True, False)
    """
    if not place or not _PLACES_JOINED.search(place):
        return False
    parts = [p for p in _PLACES_JOINED.split(place) if p]
    return len(parts) > 1 and all(p in home for p in parts)


def _crowds_elsewhere(
    divided: Mapping[tuple[str, str, QuantityKey], set[str]], home: Collection[str]
) -> set[tuple[str, str, QuantityKey]]:
    """The gatherings some sentence counts place by place in other places than the event's
    own ('some 6,000 gathered in Brno, 2,500 in Ostrava and 1,500 in Plzeň' in reports from
    Prague): rallies held elsewhere the same day, each a crowd of its own, while a figure for
    the event's own place is still its own crowd's ('We were more than 120,000 in Prague' beside
    the police's 55,000 on Wenceslas Square). A tally divided so stays divided: its whole is
    the sum of its places (see :func:`_divided`)."""
    return {whole for whole, places in divided.items() if whole[0] == "participants" and not places & set(home)}


BREAKDOWN_PLACES = 3  # the places one report counts a quantity in that make it a breakdown
_SITE = re.compile(r"\b(?:hospitals?|clinic|infirmary|mortuary|morgue|centre|center|whole|on\s+site|at\s+the\s+scene)\b")
_COUNTING_SITE = re.compile(r"\b(?:hospitals?|clinic|infirmary|mortuary|morgue|on\s+site|at\s+the\s+scene)\b")  # where the harmed are counted
_SITE_WORDS = frozenset(("hospital", "clinic", "infirmary", "mortuary", "morgue"))


def _sites_of_their_reports(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` where 'the hospital' (a site word alone, see :data:`_SITE_WORDS`) is the one
    site of that kind its own report names for another figure ('At Makeni Government
    Hospital, … “Six of the dead here were brought in” … She said the hospital had treated
    29 other people for injuries'), before the one site the event's reports name
    elsewhere (:func:`place_aliases`); where its figures name two sites, the one told just
    before it."""
    named: dict[tuple[str, str], list[tuple[int, str]]] = {}  # (report, site word) -> where it names which site
    for c in claims:
        place = c.place and c.place.casefold()
        if place and place not in _SITE_WORDS:
            for word in _SITE_WORDS & set(place.split()):
                named.setdefault((c.source, word), []).append((c.start, place))
    if not named:
        return keys
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if not (k and k[2][1] in _SITE_WORDS and (told := named.get((c.source, k[2][1])))):
            continue
        sites = {p for _, p in told}
        before = [(at, p) for at, p in told if at < c.start]
        if len(sites) == 1:
            out[i] = _with_place(k, next(iter(sites)))
        elif before and c.sentence_start - max(before)[0] < _SITE_NEAR:
            # (two sites in one report: the one told just before, 'At Makeni Government
            # Hospital, … She said the hospital had treated 29 other people')
            out[i] = _with_place(k, max(before)[1])
    return out


_SITE_NEAR = 600  # how far back a report's site may be told for 'the hospital' among two
_HOSPITAL_PLACE = re.compile(r"hospital|hôpital|clinic|clínica|clinique|infirmary|medical cent|health cent")
_TOOK_IN = re.compile(
    r"\b(?:receiv(?:ed|ing)(?!\s+(?:[a-z]+\s+)?(?:treatment|care|medical|first\s+aid|help|attention))|admitted|admitting|took\s+in|taken\s+in|taking\s+in|brought\s+in"
    r"|(?:came|come|coming)\s+in|had\s+in)\b",
    re.IGNORECASE,
)  # words of a hospital taking in the hurt, by the figure ('had taken in 33', '41 … had been brought in'; not
#    'treated' nor 'received treatment', which any count of the hurt may say: '58 marchers were treated for
#    injuries', 'A total of 112 patients received treatment at X Hospital')
TOOK_IN_CHARS = 60  # how far either side of a figure in its clause those words are read
_CLAUSE_BREAK = re.compile(r"[,;:.!?()|\n]|\s[-–—]\s")  # (and a line's end or a cell's: a table's header is no figure's words)


def _intakes_of_named_hospitals(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None]
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` where the hurt a hospital took in, told by its own staff with no place of its
    own ('"We received 27 wounded in the night," a doctor at Le Dantec Hospital told
    reporters', 'Staff at Eugenio Espejo Hospital said they had taken in 33'), are that
    hospital's count when another figure of the event is keyed to it ('Le Dantec Hospital
    said it had treated 24 of the injured'): its sentence or its claimant names that one
    hospital, and its clause says it was taken in (or its key already is a hospital's intake).
    A figure told 'according to doctors at X Hospital' with no word of taking in stays the
    event's."""
    hospitals = {
        (k[0], k[1], k[2][1]) for k in keys if k and k[2][0] is None and k[2][1] and _HOSPITAL_PLACE.search(k[2][1])
    }
    if not hospitals:
        return keys
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if not k or c.measure != "injured" or k[2][1] is not None or k[2][2] not in (None, "hospital intake"):
            continue
        if k[2][0] is not None or c.qualifier == "denial":
            continue
        told = f"{c.claimant or ''} {c.sentence}".casefold()
        named = [h for m, side, h in hospitals if (m, side) == k[:2] and h in told]
        if len(named) != 1:
            continue
        at = c.start - c.sentence_start
        clause = _CLAUSE_BREAK.split(c.sentence[max(0, at - TOOK_IN_CHARS) : at])[-1] + _CLAUSE_BREAK.split(
            c.sentence[c.end - c.sentence_start : c.end - c.sentence_start + TOOK_IN_CHARS]
        )[0]  # (not the next clause's: '14 fishers had been hurt, three of whom were admitted to X Hospital')
        if k[2][2] == "hospital intake" or _TOOK_IN.search(clause):
            out[i] = (k[0], k[1], (None, named[0], None, k[2][3]))
    return out


def _broken_down(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None]
) -> set[tuple[str, str, QuantityKey]]:
    """The quantities some report counts place by place, in three places or more (a
    situation report's table of deaths by province: 'Ghor 23', 'Badghis 12', 'Daikundi 10'):
    the event spans those places, so each place's figure is a part of the whole, never the
    whole of a local event (see :func:`_local_tallies`). Sites where the dead or hurt were
    counted ('19 at JPMC, 8 at Civil Hospital Karachi') are no such places: a local event's
    hospitals."""
    places: dict[tuple[str, tuple[str, str, QuantityKey]], set[str]] = {}
    for k, c in zip(keys, claims, strict=True):
        if k is None or not k[2][1] or k[2][1] == NATIONWIDE or c.measure not in RUNNING_TALLIES:
            continue
        if _SITE.search(k[2][1]) or (c.place or "").isupper():
            continue  # a hospital or a morgue ('19 at JPMC, 8 at Civil Hospital'), a whole
        places.setdefault((c.source, _without_place(k)), set()).add(k[2][1])
    return {whole for (_source, whole), named in places.items() if len(named) >= BREAKDOWN_PLACES}


def _told_as_a_share(c: Claim) -> bool:
    """Whether a figure of one of the event's own places is told in its words as a share of a
    wider count ('142 people had been arrested, 98 of them in Freetown and 44 in Makeni'; 'over
    250 detentions in Freetown alone'; 'And 89 lay dead in Hathras itself', beside the bodies
    taken to a hospital elsewhere): that place's count, apart from the whole, though the event
    is that place's."""
    scope = c.scope or ""
    if scope.startswith("part: ") and (scope.endswith(" alone") or re.match(r"part: \S+ of \S", scope) is not None):
        return True
    if c.place and "itself" in c.sentence:
        after = c.sentence[c.end - c.sentence_start : c.end - c.sentence_start + 60]
        return re.match(rf"[^,;:.]{{0,40}}?\b(?:in|at)\s+{re.escape(c.place)}\s+itself\b", after) is not None
    return False


_PARTITIVE = re.compile(
    r"\b(?:most|many|half|some|several|part|(?:the\s+)?(?:majority|bulk|rest))\s+of\s+(?:the|them|these|those|whom)\b"
    r"|\bof\s+(?:them|whom|these|those)\b|\bamong\s+(?:them|the)\b|\bincluding\b"
    r"|\d\s+of\s+the\s+(?:deaths|dead|deceased|victims|fatalities|casualties|injured|wounded|injuries|arrests|detainees|detentions|arrested|detained)\b",
    re.IGNORECASE,
)  # a sentence telling its figure as a part of a whole ('Most of the deaths were in …', '… of them in …',
#    '103 of the deaths were in Almaty')


def _shares(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None], home: Collection[str]
) -> set[tuple[str, str, QuantityKey]]:
    """The tallies a report gives for one day both whole and, lower, for one of the event's own
    places (a health bulletin's '72 deaths so far' and 'Northern district has now recorded 31
    deaths'): that place's figure is a share of the whole, as it is where a sentence counts
    place by place (see :func:`_divided`); the keys of those places' figures. Not in an
    undated report, nor across days: a lower figure may be the toll as it stood before ('12
    dead in Gabès' in the headline, 'Fourteen people had died' later on). Nor one teller's
    lower figure of the place beside another's whole ('The union says at least 11 of its
    members have been killed. Police say six died at Talvera'): rivals' tolls of the event, a
    dispute; the two must be one teller's, or either the report's own (no claimant), or the
    place's sentence must tell its figure as a part ('Most of the deaths were in Cagayan de Oro,
    where the city disaster office has confirmed 17 deaths')."""
    wholes: dict[tuple[str, str, tuple[str, str, QuantityKey]], dict[str | None, float]] = {}  # the lowest by teller
    shares = []
    for k, c in zip(keys, claims, strict=True):
        if k is None or c.measure not in RUNNING_TALLIES or c.low is None or not c.as_of:
            continue
        if k[2][1] is None:
            lowest = wholes.setdefault((c.source, c.as_of[:10], k), {})
            lowest[c.claimant_id] = min(lowest.get(c.claimant_id, c.low), c.low)
        elif k[2][1] in home and c.high is not None:
            partitive = _PARTITIVE.search(c.sentence) is not None
            shares.append(((c.source, c.as_of[:10], _without_place(k)), k, c.high, None if partitive else c.claimant_id))
    return {
        k
        for at, k, high, teller in shares
        if high < min(wholes.get(at, {}).values(), default=0)
        and any(who is None or teller is None or who == teller for who in wholes[at])
    }


def _evaluate_detached(item: tuple[ClaimGroup, Mapping[str, str]]) -> ClaimGroup:
    """The evaluated group without its claims, which the caller has (sending them back from a
    worker would cost more than evaluating them)."""
    group, ids = item
    return dataclasses.replace(evaluate(group, ids), claims=())


def _label(members: Sequence[Claim], who: str) -> str:
    if who == "all":
        return "people"
    if who == "protesters" and not any(c.subject == "protesters" for c in members):
        return "people"
    return who


def _other_home_crowds(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None], home: Collection[str]
) -> set[int]:
    """The indexes of crowd figures of a day for one of the event's own places other than the one
    that day's figures name most ('about 6,000 took part in the march in Dakar' twice, 'In
    Ziguinchor, about 1,500 people marched again this morning' once, on one day): that city's
    gathering, not the day's march everyone reports (whose place the figures leave out). Figures
    of no known day are no day's: their places say nothing of one day's gatherings. Where a day's
    figures (or a figure of no known day) name one own place only, it is that place's gathering
    when the event's crowd figures name another own place at least two times more ('In Tunis
    on Wednesday, about 300 people held a sit-in' in a wire datelined Tunis, where the march's
    figures name Kairouan)."""
    named: dict[tuple[str, str | None], Counter[str]] = {}
    overall: dict[str, Counter[str]] = {}  # (of any day or none: the event's main gathering's place)
    for c, k in zip(claims, keys, strict=True):
        if k is not None and c.measure == "participants" and k[2][1] in home:
            overall.setdefault(k[1], Counter())[k[2][1]] += 1  # type: ignore[index]
            if c.as_of:
                named.setdefault((k[1], c.as_of[:10]), Counter())[k[2][1]] += 1  # type: ignore[index]
    out = set()
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or c.measure != "participants" or k[2][1] not in home:
            continue
        places = named[(k[1], c.as_of[:10])] if c.as_of else Counter()
        if len(places) > 1:
            if places.most_common(1)[0][0] != k[2][1]:
                out.add(i)
        elif (main := overall[k[1]].most_common(1)[0])[0] != k[2][1] and main[1] > overall[k[1]][k[2][1]] + 1:
            out.add(i)  # the day's one place named, where the event's gatherings are mostly elsewhere
    return out | _second_home_cities(claims, keys, home)


def _second_home_cities(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None], home: Collection[str]
) -> set[int]:
    """The indexes of crowd or force figures for one of the event's own places that a report
    counting two of them tells second ('HARARE - Police said 3,000 teachers marched …' then 'In
    Bulawayo, parents held their own march … Police counted 400'; its figures of no place are
    its own city's, see :func:`claimcheck.situate.situate`): that city's gathering, wherever a
    report counts it, unless the event's figures name it most (strictly more than any other
    own place: then the report's first is the second city)."""
    told: dict[tuple[str, str, str], list[tuple[int, str]]] = {}  # (measure, side, report) -> (start, place)
    overall: dict[tuple[str, str], Counter[str]] = {}
    for c, k in zip(claims, keys, strict=True):
        if k is not None and c.measure in GATHERINGS and k[2][1] in home and k[2][0] not in ("before", "after"):
            told.setdefault((k[0], k[1], c.source), []).append((c.start, k[2][1]))  # type: ignore[arg-type]
            overall.setdefault((k[0], k[1]), Counter())[k[2][1]] += 1  # type: ignore[index]
    second: dict[tuple[str, str], set[str]] = {}
    for (measure, who, _report), figures in told.items():
        places = {p for _, p in figures}
        if len(places) < 2:
            continue
        top = overall[(measure, who)].most_common(2)
        main = top[0][0] if top[0][1] > top[1][1] and top[0][0] in places else min(figures)[1]
        second.setdefault((measure, who), set()).update(places - {main})
    if not second:
        return set()
    return {
        i
        for i, (c, k) in enumerate(zip(claims, keys, strict=True))
        if k is not None and c.measure in GATHERINGS and k[2][1] in second.get((k[0], k[1]), ())
        and k[2][0] not in ("before", "after")
    }


def _other_home_tallies(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str, QuantityKey] | None], home: Collection[str]
) -> set[int]:
    """The indexes of running-tally figures for one of the event's own places that its figures
    name fewer times than another of them ('No death is to be deplored in Cotonou' from the
    police of the city a march went to, where the toll's figures name Parakou seven times):
    that place's count, not the event's whole, as a crowd of another own place is that place's
    gathering (:func:`_other_home_crowds`)."""
    named: dict[tuple[str, str], Counter[str]] = {}
    for c, k in zip(claims, keys, strict=True):
        if k is not None and c.measure in RUNNING_TALLIES and k[2][1] in home:
            named.setdefault((k[0], k[1]), Counter())[k[2][1]] += 1  # type: ignore[index]
    most = {tally: places.most_common(1)[0][1] for tally, places in named.items() if len(places) > 1}
    return {
        i
        for i, (c, k) in enumerate(zip(claims, keys, strict=True))
        if k is not None and (k[0], k[1]) in most and k[2][1] in home and named[(k[0], k[1])][k[2][1]] < most[(k[0], k[1])]  # type: ignore[index]
    }


@lru_cache(maxsize=4)
def _modifier_nouns(lexicon: Any) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name right before a local authority's noun ('Hamburg police'), and right before a
    gathering's noun ('the Dresden crowd', 'Hannover rally')."""
    data = lexicon.data
    name = r"(?:^|(?<=[\s(\"“]))(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?)(?:['’]s)?\s+"
    authorities = any_of(data["place"]["local_authorities"])
    gatherings = any_of([*data["gatherings"]["nouns"], "turnout", "vigil"])
    return re.compile(rf"{name}(?:{authorities})\b"), re.compile(rf"{name}(?:{gatherings})\b")


_OWN_WORDS_FROM = re.compile(r".*(?:[;:·|•]|\d)\s*|.*\s[–—]\s", re.DOTALL)  # (up to the figure's own words: past a figure before it)


_PEOPLES_ENDINGS = ("an", "ian", "n", "i", "ese", "ish")  # 'Chadian', 'Iraqi', 'Togolese'


def _peoples_word(name: str, countries: frozenset[str]) -> bool:
    """Whether a (case-folded) one-word ``name`` is the word of a country's people ('uruguayan',
    'chadian'), not a place: its country's first letters and more ('malindi' is no 'mali' word).

    >>> countries = frozenset({"uruguay", "chad", "mali"})
    >>> [_peoples_word(n, countries) for n in ("uruguayan", "chadian", "malindi", "hamburg")]
    [True, True, False, False]
    """
    if " " in name:
        return False
    return any(
        name != n and (name.startswith(n[:NATION_STEM]) if len(n) > NATION_STEM else name.removeprefix(n) in _PEOPLES_ENDINGS)
        for n in countries
    )


def _places_named_as_modifiers(
    claims: Sequence[Claim], keys: list[tuple[str, str, QuantityKey] | None], lexicon: Any, home: Collection[str] = ()
) -> list[tuple[str, str, QuantityKey] | None]:
    """``keys`` where a crowd's or a deployment's figure of no place, of the event's own time, whose claimant names a place
    that other figures of the event and measure are keyed by right before a local authority's noun ('Hamburg
    police say 22,000 walked'), or whose own words before it name one right before a gathering's
    noun ('Police put the Dresden crowd at 6,000', 'Hannover rally drew 12,000', beside another
    report's 'Dresden: 6,000 (police)') is keyed by that place: that city's count, not the day
    of action's. A name no figure is keyed by ('Riot police said …', 'the Pride march') changes
    nothing, nor another figure's claimant ('800 according to the Colonia police and more than
    2,000 according to the union'), nor one of the event's own places (``home``: its police
    count the event)."""
    countries = place_words(lexicon).countries
    places = {
        (k[0], k[2][1]) for k in keys
        if k and k[2][1] and k[2][1] != NATIONWIDE and k[2][1] not in home and not _peoples_word(k[2][1], countries)
    }  # fmt: skip  # (of that measure; not a country's people's word misread as a place: 'Uruguayan prisons')
    if not places:
        return keys
    authority, gathering = _modifier_nouns(lexicon)
    out = list(keys)
    for i, (c, k) in enumerate(zip(claims, keys, strict=True)):
        if k is None or k[2][1] is not None or c.place is not None or k[2][0] in _OTHER_TIMES or c.measure in RUNNING_TALLIES:
            continue  # (an earlier event's police: 'what the Budapest police called 8,000' in 1995; a toll 'according
            #  to the West Java police' is the event's, told by the police of its region)
        head = c.sentence[: c.start - c.sentence_start]
        if (cut := _OWN_WORDS_FROM.match(head)) is not None:
            head = head[cut.end() :]
        named = [m["n"].casefold() for m in gathering.finditer(head)]
        if not named and c.claimant:
            named = [m["n"].casefold() for m in authority.finditer(c.claimant)]
        if named and (k[0], named[-1]) in places:
            out[i] = _with_place(k, named[-1])
    return out


def _without_place(key: tuple[str, str, QuantityKey]) -> tuple[str, str, QuantityKey]:
    return _with_place(key, None)


def _with_place(
    key: tuple[str, str, QuantityKey], place: str | None
) -> tuple[str, str, QuantityKey]:
    when, _place, part, incident = key[2]
    return (key[0], key[1], (when, place, part, incident))


_LISTED = re.compile(r" and |, |&")  # a list of places ('ulaanbaatar and darkhan')


def _owned_homes(places: Collection[str], home: Collection[str]) -> dict[str, str]:
    """A place named with its owner's possessive ("seoul's itaewon", 'the city's old town')
    -> the event's own place it names, when that is one of ``home``.

    >>> _owned_homes({"seoul's itaewon", "busan's haeundae"}, {"itaewon", "seoul"})
    {"seoul's itaewon": 'itaewon'}
    """
    out = {}
    for place in places:
        for mark in ("'s ", "’s "):
            owned = place.rpartition(mark)[2] if mark in place else None
            if owned and owned in home:
                out[place] = owned
    return out


def place_aliases(places: Collection[str]) -> dict[str, str]:
    """A place written short in one report and in full in another ('the regional hospital' /
    'Sokodé regional hospital', 'Adum' / 'Kumasi Adum'): the short one -> the one longer place
    whose words end with its words (none when two could be meant).

    >>> place_aliases({"regional hospital", "sokodé regional hospital", "paris"})
    {'regional hospital': 'sokodé regional hospital'}
    >>> place_aliases({"hospital x", "north hospital x", "south hospital x"})
    {}

    A bare 'hospital' ('The hospital admitted 64 people') is the one hospital the reports name
    ('Hospital Regional de Occidente'); a name may be written without its end ('Hôpital
    Saint-Michel' / 'Hôpital Saint-Michel de Jacmel').

    >>> place_aliases({"hospital", "hospital regional de occidente", "el palmar"})
    {'hospital': 'hospital regional de occidente'}
    >>> place_aliases({"hôpital saint-michel", "hôpital saint-michel de jacmel"})
    {'hôpital saint-michel': 'hôpital saint-michel de jacmel'}

    A list of places is no longer name of its last one:

    >>> place_aliases({"darkhan", "ulaanbaatar and darkhan"})
    {}
    """
    out = {}
    for short in places:
        tail, head = " " + short, short + " "
        if short in _SITE_WORDS:  # 'the hospital': the one named hospital
            longer = [p for p in places if p != short and short in p.split()]
        else:  # ('Hôpital Saint-Michel' / 'Hôpital Saint-Michel de Jacmel')
            longer = [p for p in places if p.endswith(tail) or (" " in short and p.startswith(head))]
        longer = [p for p in longer if not _LISTED.search(p)]  # 'ulaanbaatar and darkhan' is two places
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _days_repeated(
    buckets: Mapping[tuple[str, str, QuantityKey], list[Claim]], ids: dict[str, str]
) -> dict[str, str]:
    """The day of a report of unknown day whose gathering figures repeat one day's counts: a
    report -> that day, when every figure of it that some dated report gives by the same side,
    for the same place, is of that one day, two figures at least ('police said 38,000 people attended … Contagem
    Aberta estimated the Lisbon crowd at 61,000', undated, beside 14 November's 38,000 and
    61,000 by the same two): its other figures of no day ('In Porto, the PSP counted 9,500') are
    of that day too (see :func:`_by_day`), not of the day with the most figures."""
    found: dict[str, dict[str, set[tuple[Any, Any]]]] = {}  # report -> day -> figures repeated
    for (measure, _who, key), bucket in buckets.items():
        if measure in RUNNING_TALLIES or key[0] == "before":
            continue
        dated: dict[tuple[Any, Any, str], set[str]] = {}  # (figure, side) -> the days it was given
        for m in bucket:
            if m.as_of and (side := _side(m, ids)) is not None:
                dated.setdefault((m.low, m.high, side), set()).add(m.as_of[:10])
        if not dated:
            continue
        for c in bucket:
            if c.as_of is None and (side := _side(c, ids)) is not None:
                for day in dated.get((c.low, c.high, side), ()):
                    found.setdefault(c.source, {}).setdefault(day, set()).add((c.low, c.high))
    return {
        source: day
        for source, days in found.items()
        if len(days) == 1 and len(next(iter(days.values()))) >= REPEATED_FIGURES
        for day in days
    }


REPEATED_FIGURES = 2  # how many figures a report must repeat of one day (one round figure may be chance)


def _by_day(
    members: list[Claim],
    ids: dict[str, str] | None = None,
    told_on: Mapping[str, str] | None = None,
    tw: TimeWords | None = None,
) -> dict[str | None, list[Claim]]:
    """A gathering's (or a deployment's) figures by day: one group per day written; a figure of
    an unknown day joins the day its own report's other figures name when they name one
    ('Tens of thousands took to the streets on Wednesday … Police estimated the crowd at
    31,000') or the day whose counts its report repeats (``told_on``, see
    :func:`_days_repeated`), else a day where its claimant (by ``ids``, see :func:`speaker_ids`) gave a figure
    it agrees with, else the day with the most figures (the later one of equals) unless its
    claimant gave that day a figure it does not agree with: a series of protest days told in
    undated reports ('some 440,000 … on Thursday, the ministry said' beside the ministry's
    1.08 million of 23 March) is another day's, a group of an unknown day."""
    days: dict[str | None, list[Claim]] = {}
    for c in members:
        days.setdefault(c.as_of and c.as_of[:10], []).append(c)
    unknown = days.pop(None, [])
    tw = tw or time_words()
    if not days:
        return _undated_days(unknown, tw)
    if unknown:
        main = max(days, key=lambda d: (len(days[d]), d or ""))
        named: dict[str, set[str]] = {}  # report -> the days its own figures name
        for d, cs in days.items():
            for c in cs:
                named.setdefault(c.source, set()).add(d)  # type: ignore[arg-type]
        dated = {d: tuple(cs) for d, cs in days.items()}  # (judged by the dated figures only)
        recalled = {
            d for d in _recalled_days(members, days)
            if any(_agrees(c, dated[d], ids or {}) is False for c in unknown)
        }  # (a look back at one gathering only is all of that gathering's: 'In March 2001, …')
        apart: list[Claim] = []
        told_apart = _days_told_apart(unknown, tw)
        words_apart: dict[str, list[Claim]] = {}  # (not days to date: kept out of ``days`` till the end)
        judged: dict[int, int] = {}  # id -> how it was placed: by its report or side's figures, apart, or a guess
        for c in unknown:
            if (weekday := _weekday_named(c, days)) is not None:
                days[weekday].append(c)  # ('on duty in the city on Tuesday', in an undated report)
                continue
            if (word := told_apart.get(id(c))) is not None:
                words_apart.setdefault(word, []).append(c)  # ('24,300 today and 38,500 yesterday', undated)
                continue
            if c.date is None and (word := _weekday_of_no_day(c, days, tw)) is not None:
                words_apart.setdefault(word, []).append(c)  # ('On Wednesday evening …', none of its days a Wednesday)
                continue
            judged[id(c)] = BY_EVIDENCE
            own = named.get(c.source, set()) - recalled  # (a day it looks back on is not its report's)
            if told_on and c.source in told_on and told_on[c.source] not in recalled and not own - {told_on[c.source]}:
                own = {told_on[c.source]}  # (its report's day, from the counts it repeats)
                days.setdefault(told_on[c.source], [])
            if len(own) == 1:
                days[next(iter(own))].append(c)
                continue
            if not own and (placed := _place_day(c, dated)) is not None and placed not in recalled:
                days[placed].append(c)  # ('In the capital, Medan, about 3,000 marched': that march's one day)
                continue
            reported = _day_reported(c, dated, tw) if not own else None
            if reported is not None and _agrees(c, dated[reported], ids or {}) is not False:
                days[reported].append(c)  # (the day its report tells, unless its side said otherwise there)
                continue
            # (a report tells no crowd of a day after its own date)
            later = c.date[:10] if c.date and c.measure == "participants" else None
            said = {d: _agrees(c, cs, ids or {}) for d, cs in dated.items() if later is None or d <= later}
            repeated = [d for d, a in said.items() if a and _told_again(c, dated[d], ids or {})]
            if repeated:  # (the same figure by the same side: that day's count, told again)
                days[max(repeated, key=lambda d: (len(days[d]), d or ""))].append(c)  # type: ignore[index]
                continue
            if recalled:  # (only a figure told again joins a day the reports look back on)
                said = {d: a for d, a in said.items() if d not in recalled}
            agreed = [d for d, a in said.items() if a]
            if agreed:
                days[max(agreed, key=lambda d: (len(days[d]), d or ""))].append(c)  # type: ignore[index]
            elif main in said and said[main] is None:
                days[main].append(c)
                judged[id(c)] = BY_GUESS
            else:
                apart.append(c)
                judged[id(c)] = BY_DISAGREEMENT
        if apart:
            days[None] = apart
        _rivals_together(judged, days, ids or {}, tw)
        if not days.get(None, True):
            del days[None]
        days.update(words_apart)
    return dict(sorted(days.items(), key=lambda kv: kv[0] or ""))


def _place_day(c: Claim, dated: Mapping[str, Sequence[Claim]]) -> str | None:
    """The one day the dated figures of ``c``'s own place were given on, when that place is
    not where the others were counted: an undated report's 'In the capital, Medan, about 3,000
    workers marched' beside dated reports that count the Medan march on Thursday only and the
    main rally of another place (or of no place) on Wednesday is Thursday's; None when ``c``
    names no place, when the dated reports never counted its place or counted it on several
    days, or when every dated figure is of its place (its place is all the group counts)."""
    if not c.place:
        return None
    place = c.place.casefold()
    days = {d for d, cs in dated.items() for m in cs if m.place and m.place.casefold() == place}
    if len(days) != 1:
        return None
    day = next(iter(days))
    elsewhere = any(m.place is None or m.place.casefold() != place for d, cs in dated.items() if d != day for m in cs)
    return day if elsewhere else None


BY_GUESS, BY_DISAGREEMENT, BY_EVIDENCE = 0, 1, 2  # how a figure of unknown day was placed (see _by_day)
NEXT_SENTENCE_GAP = 3  # the most characters between a sentence and the next (a space, a line break)


def _list_item(c: Claim) -> bool:
    """Whether ``c``'s sentence is a list's item: a bullet before it, or a label before its
    figure ('* Ísafjörður Tue: Westfjords police ~700 · local organisers 1,200')."""
    return c.sentence.lstrip()[:1] in _BULLET_MARKS or _LABEL_COLON.search(c.sentence, 0, c.start - c.sentence_start) is not None


_BULLET_MARKS = frozenset("-*•·–—")
_LABEL_COLON = re.compile(r"(?<!\d):(?!\d)")  # (a label's colon, not a clock's: '09:30  The PNC estimates …')


def _rivals_together(
    judged: Mapping[int, int], days: dict[str | None, list[Claim]], ids: dict[str, str], tw: TimeWords
) -> None:
    """Puts the figures of unknown day that one sentence naming no day gives side by side (or
    the sentence right after it) in one day of ``days``: rival counts of one gathering ('Police
    estimated that around 120 people took part; organisers spoke of "two hundred or so"', '-
    Crowd: police up to 1,500 · union 10,000', 'The PNC estimates that some 3,500 people have
    reached the cordon. Red Camino Digno says "more than 4,000".') are of the same day. ``judged`` tells how :func:`_by_day` placed each (by ``id``):
    by what its report or its side gave on a day (BY_EVIDENCE), apart as its side gave another
    figure on the main day (BY_DISAGREEMENT), or on the main day for want of anything better
    (BY_GUESS). The figures placed on the best grounds decide, when they agree; the others
    follow them, in place. Rivals are each another side's (by ``ids``, see :func:`_side`; one
    may be the report's own count: 'Our reporter counted about 400; police said 250'), not one
    side's list of its forces ('310 soldiers and gendarmes, 85 civil protection agents').

    >>> from dataclasses import replace
    >>> from claimcheck.models import claim_in
    >>> told = "Police estimated that 120 took part; organisers spoke of 200."
    >>> def said(figure, who):
    ...     return replace(claim_in(told, figure, "participants"), claimant=who, claimant_type=who)
    >>> police, organisers = said("120", "police"), said("200", "organisers")
    >>> days = {"2026-10-06": [organisers], None: [police]}
    >>> _rivals_together({id(police): BY_DISAGREEMENT, id(organisers): BY_GUESS}, days, {}, time_words())
    >>> {d: [c.text for c in cs] for d, cs in days.items()}
    {'2026-10-06': [], None: ['120', '200']}
    >>> told = "Police said 120 on Monday; organisers spoke of 200."
    >>> police, organisers = said("120", "police"), said("200", "organisers")
    >>> days = {"2026-10-06": [organisers], None: [police]}
    >>> _rivals_together({id(police): BY_DISAGREEMENT, id(organisers): BY_GUESS}, days, {}, time_words())
    >>> {d: [c.text for c in cs] for d, cs in days.items()}
    {'2026-10-06': ['200'], None: ['120']}
    """
    where = {id(c): (d, c) for d, cs in days.items() for c in cs if id(c) in judged}
    told: list[list[Claim]] = []
    for c in sorted((c for _d, c in where.values()), key=lambda c: (c.source, c.start)):
        last = told[-1][-1] if told else None
        if last is not None and last.source == c.source and (
            last.sentence_start == c.sentence_start
            or (
                0 <= c.sentence_start - (last.sentence_start + len(last.sentence)) <= NEXT_SENTENCE_GAP
                and not _list_item(last)
                and not _list_item(c)
            )
        ):
            told[-1].append(c)  # (its sentence, or the next: 'The PNC estimates that some 3,500 people
            # have reached the cordon. Red Camino Digno … says "more than 4,000".')
        else:
            told.append([c])
    for together in told:
        if len({where[id(c)][0] for c in together}) < 2 or any(
            p.search(c.sentence) for c in together for p in (tw.explicit, tw.weekday, tw.relative)
        ):
            continue  # (one day already, or a sentence that names a day: 'on Tuesday, up from 2,500')
        sides = [_side(c, ids) for c in together]
        if len(set(sides)) < len(sides):
            continue  # (no rivals: one side's figures, or two that no side gave)
        best = max(judged[id(c)] for c in together)
        decided = {where[id(c)][0] for c in together if judged[id(c)] == best}
        if len(decided) != 1:
            continue  # (the best grounds disagree: 'police up to 1,500 · union 10,000 · monitors 3,000-4,000')
        day = next(iter(decided))
        for c in together:
            if (was := where[id(c)][0]) != day:
                days[was] = [m for m in days[was] if m is not c]
                days.setdefault(day, []).append(c)


_NAMED_WEEKDAY = re.compile(
    rf"(?<!said )(?<!says )(?<!told )(?<!added )(?<!announced )(?<!reported )\b(?i:on|by|last)\s+"
    rf"(?:the\s+)?(?P<day>{WEEKDAY})\b"
)


def _weekday_named(c: Claim, days: Mapping[str | None, Sequence[Claim]]) -> str | None:
    """The day of a figure of unknown day (an undated report's) whose sentence names one
    weekday, not as the day something was said ('about 50 officers were on duty there on
    Thursday', 'On Saturday evening 3,500 of us filled the square'): the one dated day of its
    group that falls on that weekday; None when there is none or more than one, or the sentence
    names two weekdays ('up from the thirty sent on Tuesday night') or a span ('a post shared
    since Saturday says that ten thousand took part').

    >>> from claimcheck.models import Quantity
    >>> def force(said, day=None):
    ...     q = Quantity("300", 0, 3, 300, 300, 300, "exact")
    ...     return Claim("s", None, None, "deployed", "security", q, 1, said, as_of=day)
    >>> days = {"2026-11-23": [force("", "2026-11-23")], "2026-11-24": [force("", "2026-11-24")]}
    >>> told = ["300 were on duty in the city on Tuesday.", "On Monday evening 300 stood guard.",
    ...         "A spokesman said on Tuesday that 300 were sent.", "300 on Monday, up from 200 on Sunday.",
    ...         "300 were sent on Friday."]
    >>> [_weekday_named(force(said), days) for said in told]
    ['2026-11-24', '2026-11-23', None, None, None]
    """
    named = {m["day"] for m in _NAMED_WEEKDAY.finditer(c.sentence)}
    if not named and c.day_word and c.date is None and c.day_word[:1].isupper() and re.search(WEEKDAY, c.sentence) is None:
        named = {c.day_word}  # (the weekday its paragraph named for its gathering)
    elif len(named) != 1 or len(set(re.findall(WEEKDAY, c.sentence))) != 1:
        return None
    weekday = next(iter(named))
    on = [d for d in days if d and date.fromisoformat(d).strftime("%A") == weekday]
    return on[0] if len(on) == 1 else None


def _weekday_of_no_day(c: Claim, days: Mapping[str | None, Sequence[Claim]], tw: TimeWords) -> str | None:
    """The weekday an undated report's figure is of by its own words or its paragraph's (see
    :func:`_day_words`) when none of its group's dated ``days`` falls on it: another day's
    gathering ('On Wednesday evening several thousand people marched … Police estimated the
    crowd at about 2,000', beside a Saturday's counts of dated reports), apart from the dated
    days; None when its words name no weekday, its sentence names another weekday too, one of
    the days falls on it, or no dated report dates any of them (an undated report's day may be
    misread).

    >>> from dataclasses import replace
    >>> from claimcheck.models import claim_in
    >>> days = {"2026-09-19": [replace(claim_in("2,000 marched.", "2,000", "participants"), date="2026-09-21")]}  # a Saturday
    >>> [_weekday_of_no_day(claim_in(said, "2,000", "participants"), days, time_words()) for said in (
    ...     "On Wednesday evening 2,000 marched.", "On Saturday 2,000 marched.", "Police said 2,000.",
    ...     "It said on Friday that 2,000 were sent, and on Monday that …")]
    ['Wednesday', None, None, None]
    """
    word = _day_words(c, tw)
    if word is None or word in (TODAY, DAY_BEFORE) or len(set(re.findall(WEEKDAY, c.sentence)) - {word}) > 0:
        return None  # (not a sentence of two weekdays: 'had said on Saturday that …, and on Monday called …')
    reported = [d for d, cs in days.items() if d and any(m.date for m in cs)]  # (a day an undated report read may be off)
    if not reported or any(date.fromisoformat(d).strftime("%A") == word for d in days if d):
        return None
    return word


_FIGURE_CLAUSE_END = re.compile(r"[\d;]|[.!?](?:\s|$)")


def _day_words(c: Claim, tw: TimeWords) -> str | None:
    """The day an undated report's figure is of by its own words, for telling its figures of
    different days apart when no day can be dated: the weekday ('Monday') or the relative day
    (:data:`TODAY`, :data:`DAY_BEFORE`) written in the figure's own words after it (up to the
    next figure), else in its words since the figure before it, else the one such day its
    sentence names; a weekday wins over a relative day next to it ('Yesterday (Thursday)'), and
    a day something was said on ('said on Tuesday that') or counted since is none. None when
    its words name no day, or more than one kind of day.

    >>> from claimcheck.models import claim_in
    >>> def said(text, figure):
    ...     return _day_words(claim_in(text, figure, "participants"), time_words())
    >>> told = "The police talk of 24,300 today and of 38,500 yesterday."
    >>> said(told, "24,300"), said(told, "38,500")
    ('report-day', 'day-before-report')
    >>> said("Yesterday (Thursday) the police put the crowd at 1,500.", "1,500")
    'Thursday'
    >>> said("A spokesman said on Tuesday that 300 officers were sent.", "300") is None
    True
    """
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    if at < 0 or end > len(c.sentence):
        return None
    text = c.sentence
    stop = _FIGURE_CLAUSE_END.search(text, end)
    after = text[end : stop.start() if stop else len(text)]
    last = max((m.end() for m in re.finditer(r"[\d;]", text[:at])), default=0)
    for window, from_end in ((after, False), (text[last:at], True), (text, False)):
        found = day_words_in(window, tw)
        if window is text and len({d for _, d in found}) > 1:
            return None  # (a sentence of two days, and the figure's own words name neither)
        if found:
            return (found[-1] if from_end else found[0])[1]
    # (the day its paragraph named for its gathering, if any, see claimcheck.situate; not once
    # its report is dated from its event's others: its weekdays are of that date's week)
    return c.day_word if c.date is None else None


def _report_days(unknown: Sequence[Claim], tw: TimeWords) -> tuple[dict[int, str | None], dict[str, set[str]]]:
    """The day the own words of each figure of an undated report name (by ``id``; see
    :func:`_day_words`), and the days each report's figures name."""
    named = {id(c): _day_words(c, tw) for c in unknown if c.date is None}
    by_report: dict[str, set[str]] = {}
    for c in unknown:
        if (word := named.get(id(c))) is not None:
            by_report.setdefault(c.source, set()).add(word)
    return named, by_report


def _days_told_apart(unknown: Sequence[Claim], tw: TimeWords) -> dict[int, str]:
    """The figures of undated reports (by ``id``) whose reports name two days or more among
    them (see :func:`_day_words`), each with the day its own words name: apart from one
    another, and from the dated days none of them can be placed on."""
    named, by_report = _report_days(unknown, tw)
    return {
        id(c): word
        for c in unknown
        if (word := named.get(id(c))) is not None and len(by_report.get(c.source, ())) > 1
    }


def _undated_days(unknown: list[Claim], tw: TimeWords) -> dict[str | None, list[Claim]]:
    """Figures of no dated day (a gathering's or a force's, all in undated reports or dated by
    none of their words), apart by the days their own words name (see :func:`_day_words`)
    where those tell days apart: a report whose figures name two days ('24,300 today and
    38,500 yesterday'; 'today' beside a weekday: an undated report names the weekday of
    another day than its own), or figures naming two weekdays. A figure naming no day joins
    the one day its report's other figures name, else the day with the most figures; one
    day named throughout is no split (the event's day, told by some reports only)."""
    named, by_report = _report_days(unknown, tw)
    weekdays = {d for ds in by_report.values() for d in ds if d not in (TODAY, DAY_BEFORE)}
    if len(weekdays) < 2 and all(len(ds) < 2 for ds in by_report.values()):
        return {None: unknown}
    days: dict[str | None, list[Claim]] = {}
    rest: list[Claim] = []
    for c in unknown:
        own = by_report.get(c.source, set())
        day = named.get(id(c)) or (next(iter(own)) if len(own) == 1 else None)
        if day is None:
            rest.append(c)
        else:
            days.setdefault(day, []).append(c)
    if rest:
        main = max(days, key=lambda d: (len(days[d]), d != DAY_BEFORE, d or ""))
        days[main].extend(rest)
    return days


REPORTED_WITHIN = 1  # days after a gathering a report of it is still its day's news (the morning after)
RECALLED_AFTER = 4  # days before every dated report of a gathering that its reports only look back on


def _recalled_days(members: Sequence[Claim], days: Mapping[str | None, Sequence[Claim]]) -> set[str]:
    """The days of a gathering's figures that its reports only look back on: more than
    RECALLED_AFTER days before the earliest dated report of its figures ('A first opposition
    march on 8 November drew 80,000', in reports of 17 November). Where a side's figure of
    unknown day disagrees with its own figure of such a day (the police's 7,500 beside their
    4,000 of 8 November), the reports' own gathering is a later one: a figure of unknown day
    joins that day only when its side gave that very figure there (see :func:`_by_day`)."""
    reported = [c.date[:10] for c in members if c.date]
    if not reported:
        return set()
    first = parse_date(min(reported))
    return {
        d for d in days if d and first is not None and (first - date.fromisoformat(d)).days > RECALLED_AFTER
    }


def _day_reported(c: Claim, dated: Mapping[str, Sequence[Claim]], tw: TimeWords) -> str | None:
    """The day a dated report tells, for its crowd figure whose sentence has no word of time:
    the one day of the group on the report's date or the day before it ('Jornal do Norte,
    Sunday 29 November': the crowd of Saturday 28th); None when there is no such day, the
    report is undated, the figure is not a crowd's (forces 'now working' are the report's
    day's, not the day before) or its sentence names a time ('A day earlier, a vigil had
    drawn 2,000': another gathering's).

    >>> from claimcheck.models import Quantity
    >>> def crowd(day=None, report=None, said="Police said 9,500."):
    ...     q = Quantity("9,500", 0, 5, 9500, 9500, 9500, "exact")
    ...     return Claim("s", None, report, "participants", "people", q, 1, said, as_of=day)
    >>> days = {"2026-11-14": [crowd("2026-11-14")], "2026-11-28": [crowd("2026-11-28")]}
    >>> tw = time_words()
    >>> _day_reported(crowd(report="2026-11-29"), days, tw)
    '2026-11-28'
    >>> _day_reported(crowd(report="2026-12-05"), days, tw) is None
    True
    >>> _day_reported(crowd(), days, tw) is None
    True
    >>> _day_reported(crowd(report="2026-11-29", said="A week earlier, police said 9,500."), days, tw) is None
    True
    """
    report = parse_date(c.date)
    if report is None or c.measure != "participants":
        return None
    folded = c.sentence.casefold()
    if tw.day_cue.search(folded) or tw.past_cue.search(folded) or (tw.other_time and tw.other_time.search(c.sentence)):
        return None
    near = [d for d in dated if 0 <= (report - date.fromisoformat(d)).days <= REPORTED_WITHIN]
    return near[0] if len(near) == 1 else None


def _agrees(c: Claim, day: Sequence[Claim], ids: dict[str, str]) -> bool | None:
    """Whether ``c``'s side gave a figure on ``day`` that ``c`` agrees with (one within half as
    much again of it: a side's own count of one gathering, revised, rarely moves further); None
    when its side gave none there (or ``c`` names no claimant). A side is the claimant's type
    when it is one of the sides of a crowd dispute (police, government, organisers, unions),
    else the claimant (by ``ids``)."""
    side = _side(c, ids)
    if side is None:
        return None
    told = [m for m in day if _side(m, ids) == side]
    if not told:
        return None
    low, high = c.low, c.high if c.high is not None else c.low
    return any(
        m.low <= high * APART_RATIO and low <= (m.high if m.high is not None else m.low) * APART_RATIO
        for m in told
    )


def _told_again(c: Claim, day: Sequence[Claim], ids: dict[str, str]) -> bool:
    """Whether ``c``'s side gave ``c``'s very figure on ``day``: a figure of an unknown day
    that one day's count repeats is that day's ('police said 38,000 people attended' in an
    undated report, beside 14 November's 38,000 and 28 November's 45,000 by the police), before
    a later day's figure it only comes near.

    >>> from claimcheck.models import Quantity
    >>> def crowd(n, who="police", day=None):
    ...     q = Quantity(str(n), 0, 1, n, n, n, "exact")
    ...     return Claim("s", None, None, "participants", "people", q, 1, "", claimant=who,
    ...                  claimant_type=who, as_of=day)
    >>> _told_again(crowd(38000), [crowd(38000, day="2026-11-14")], {})
    True
    >>> _told_again(crowd(38000), [crowd(45000, day="2026-11-28")], {})
    False
    >>> _told_again(crowd(38000), [crowd(38000, "organisers", "2026-11-14")], {})
    False
    """
    side = _side(c, ids)
    return side is not None and any(
        _side(m, ids) == side and (m.low, m.high) == (c.low, c.high) for m in day
    )


APART_RATIO = 1.5  # a side's two figures further apart than this are of two gatherings
_SIDES = frozenset({"police", "government", "organisers", "union"})


def _side(c: Claim, ids: dict[str, str]) -> str | None:
    if not c.claimant:
        return None
    if c.claimant_type in _SIDES:
        return c.claimant_type
    return ids.get(c.claimant, c.claimant)


_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|,\d|\.\d)")


def _year_of(claim: Claim) -> str | None:
    """The year an earlier event's figure is of: one written in its own clause after it ('killed
    699 people in 2024'), else the last one its sentence names before it ('the October 2025
    operation …, which left more than 120 people dead'), or 'Last year' the year before its
    report's; 'years' for a span of many years back ('over the past three decades'); None when
    none is written."""
    at = claim.end - claim.sentence_start
    clause = _CLAUSE_END.split(claim.sentence[at : at + 100], 1)[0]  # (not the next clause's:
    #  'killed eight people; the disaster of 2001 killed 126')
    own = next((y for y in _YEAR.finditer(clause) if not count_year(clause, y.start())), None)
    if own:  # (not the year of the body that counted it: '23 and a 2003 truth commission found 31')
        return own[0]
    before = claim.sentence[: claim.start - claim.sentence_start]
    years = [y[0] for y in _YEAR.finditer(before) if not count_year(before, y.start())]
    if years:  # (not a document's year nor a counting body's: 'official figures gave 31 deaths, and a
        # 2009 study put the toll at 44', 'six perished, while a 1988 museum catalogue put it at eight')
        return years[-1]
    if claim.date and _LAST_YEAR.search(before):
        return str(int(claim.date[:4]) - 1)  # 'Last year, 224 people died' in a 2026 report
    scoped = _YEAR.search(claim.scope or "")  # 'before: in 2025': its paragraph's year
    if scoped:
        return scoped[0]
    # 'Hotel fires have killed hundreds … over the past three decades': many years, no one event's
    return "years" if _PAST_SPAN.search(claim.sentence) else None


_LAST_YEAR = re.compile(r"\b[Ll]ast\s+year\b")
_PAST_SPAN = re.compile(PAST_SPAN, re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:]|\s[–—]\s")  # where a figure's own words end (a death's place, a year's clause)


def _earlier_places(buckets: dict[tuple[str, str, QuantityKey], list[Claim]]) -> None:
    """Moves an earlier event's figure that names no place into the one bucket of that
    measure and side whose figures of its year name a place ('In 2022, 11 people were killed
    at the market in Bémal' and '… the attack of 2022, which had made 11 died'): one past
    event, told with its place or without. A figure of no written year moves where its very
    figure was told with a place. ``buckets`` is changed in place."""
    for key in [k for k in buckets if k[2][0] == "before" and k[2][1] is None]:
        measure, who, (when, _place, part, incident) = key
        placed = [
            k for k in buckets
            if k[:2] == (measure, who) and k[2][1] is not None and (k[2][0], k[2][2], k[2][3]) == (when, part, incident)
        ]  # fmt: skip
        if not placed:
            continue
        kept = []
        for c in buckets[key]:
            year = _year_of(c)
            if year is not None:
                to = [k for k in placed if any(_year_of(m) == year for m in buckets[k])]
            else:
                to = [k for k in placed if any((m.low, m.high) == (c.low, c.high) for m in buckets[k])]
            if len(to) == 1:
                buckets[to[0]].append(c)
            else:
                kept.append(c)
        if kept:
            buckets[key] = kept
        else:
            del buckets[key]


def _by_year(members: list[Claim]) -> dict[str | None, list[Claim]]:
    """An earlier event's figures by the year they are of, when they name more than one year
    (the 2025 operation's 121 dead and the 699 police killings of 2024 are two quantities); a
    figure of no written year joins the one year whose figures give the same number ('That one
    drew about 8,000' after 'the 2023 one'), else its report's one year (of several, the one of
    the figure told just before it), else the year most figures name."""
    years: dict[str | None, list[Claim]] = {}
    for c in members:
        years.setdefault(_year_of(c), []).append(c)
    unknown = years.pop(None, [])
    if len(years) < 2:
        return {None: members}
    main = max(years, key=lambda y: (len(years[y]), y or ""))
    for c in unknown:
        told = {y for y, cs in years.items() if any((x.low, x.high) == (c.low, c.high) for x in cs)}
        own = {y for y, cs in years.items() if any(x.source == c.source for x in cs)}
        before = [(x.start, y) for y, cs in years.items() for x in cs if x.source == c.source and x.start < c.start]
        if len(told) != 1 and len(own) > 1 and before:
            # 'In February 2007, about 300 relatives marched … The police said "no more than 80"
            # people took part' in a report of several past years: the year told just before it
            own = {max(before)[1]}
        years[next(iter(told if len(told) == 1 else own if len(own) == 1 else [main]))].append(c)
    return dict(sorted(years.items(), key=lambda kv: kv[0] or ""))


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[\w]+", text.casefold()))


def _id_parts(key: QuantityKey) -> list[str]:
    when, place, part, incident = key
    return [x for x in (when, place and _slug(place), part and _slug(part), incident) if x]


def _scope_label(
    members: Sequence[Claim], key: QuantityKey, who: str, day: str | None
) -> str | None:
    when, place, part, incident = key
    labels = []
    if when or incident:
        labels.append(_shared_scope(members) or when or incident)
    if place:
        labels.append(f"in {next((c.place for c in members if c.place), place)}")  # (or the key's: a hospital's intake)
    if part:
        labels.append(f"part: {part}")
    if day:
        labels.append(f"in {day}" if len(day) == 4 else f"on {day}")
    if who == "all" and not labels:
        labels.append("all sides")
    return "; ".join(labels) if labels else None


def _shared_scope(members: Sequence[Claim]) -> str | None:
    scopes = {c.scope for c in members if c.scope}
    return scopes.pop() if len(scopes) == 1 else (sorted(scopes)[0] if scopes else None)

"""Conflict stage: interval logic, status, severity and corroboration for a group of claims.

Every figure is an interval ``[low, high]`` (``high`` None = unbounded above): ``17`` is
``[17, 17]``, ``at least 5`` is ``[5, inf)``, ``up to 20`` is ``[0, 20]``, ``hundreds`` is
``[200, 999]`` and a denial (``no one was killed``) is ``[0, 0]``.

Definitions used by :func:`evaluate`:

* **Conflict** -- two figures conflict when their intervals do not intersect. Touching
  endpoints (``up to 20`` and ``20-30``) agree.
* **Claimant key** -- who stands behind a claim. A named claimant is identified by its
  normalised name (case-folded, whitespace collapsed, a leading ``the`` and a trailing
  possessive removed: ``The Interior Ministry's`` -> ``interior ministry``). A claim with no
  claimant is the reporter's own voice and is keyed by its source id.
* **Revision** -- a *named* claimant that gives different figures over time. Its claims are
  put in chronological order (claim date, undated first; then the order of the sources in
  the group; then the position in the text) and every change of figure is recorded as
  ``(earlier_index, later_index)``. Pairs of claims by one named claimant are never reported
  as conflicts. Figures from one source's own (unattributed) voice are *not* revisions:
  they can conflict with each other.
* **Current claims** -- all claims except those *superseded* by a revision (a named
  claimant's claims whose figure differs from that claimant's latest figure).
* **Position** -- a distinct (claimant key, interval) among the current claims; the same
  claimant repeating the same figure, in any number of reports, is one position.
* **Status** -- ``conflict`` when at least one pair of claims (other than a same-claimant
  pair) conflicts; otherwise ``single`` when there are fewer than two positions; otherwise
  ``consistent``. A ``consistent`` group always has a consensus.
* **Span** -- ``low``/``high`` of the group: the lowest low and highest high of *all* claims
  (high None when any claim is unbounded).
* **Consensus** -- the intersection of the current claims' intervals, None when empty.
* **Severity** -- for a set of intervals that do not all intersect, the ratio between the
  highest low and the lowest high: ``max_low / max(min_high, 1)``. Clamping the denominator
  to 1 makes a denial (``[0, 0]``) measurable: ``0`` against ``hundreds`` scores 200, and
  ``0`` against ``at least 5`` scores 5. The result is never below 1.0; it is None when the
  intervals share a point. A group's severity is the largest severity of its reported
  conflicting pairs (so a revision alone never makes a group severe).
* **Corroboration** -- one entry per distinct figure (interval), in order of first
  appearance. Its *backers* are the claims stating exactly that interval; a wider figure
  that merely contains it (``at least 5`` vs ``17``) is compatible but does not corroborate
  it. Backers are *independent* when they have different claimant keys and their sentences
  are not the same text and not copies of one passage (``Claim.copy_of``, claimcheck.copies:
  the same wire copy reprinted by two outlets, edited or not, counts once).
  ``grade`` is ``contested`` when a backer is part of a reported conflict, else
  ``corroborated`` when the figure has two or more independent backers, else ``single``.
  Each entry is ``{"low", "high", "text", "claims", "claimants", "independent", "grade"}``
  where ``text`` is the first backer's wording, ``claims`` the backers' indices into
  ``group.claims`` and ``claimants`` the distinct claimant names as first written (the
  source id for the reporter's own voice).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, Protocol

from claimcheck.models import Claim, ClaimGroup, Number, claimant_label, clean_number

__all__ = [
    "claimant_key",
    "consensus",
    "evaluate",
    "intervals_conflict",
    "normalise_claimant",
    "order_groups",
    "scope_kind",
    "severity",
    "span",
]

Bounds = tuple[Number, Number | None]

STATUS_RANK = {"conflict": 0, "consistent": 1, "single": 2}


class Interval(Protocol):
    """Anything with ``low``/``high`` bounds: a Quantity, or a Claim via its accessors."""

    @property
    def low(self) -> Number: ...

    @property
    def high(self) -> Number | None: ...


# --------------------------------------------------------------------------- intervals


def _bounds(x: Interval) -> Bounds:
    q = getattr(x, "quantity", x)  # a Claim's own Quantity: no property call
    return (q.low, q.high)


def _intersect(a: Bounds, b: Bounds) -> Bounds | None:
    low = max(a[0], b[0])
    highs = [h for h in (a[1], b[1]) if h is not None]
    high = min(highs) if highs else None
    if high is not None and low > high:
        return None
    return (low, high)


def intervals_conflict(a: Interval, b: Interval) -> bool:
    """True when the intervals ``[a.low, a.high]`` and ``[b.low, b.high]`` do not intersect."""
    return _intersect(_bounds(a), _bounds(b)) is None


def consensus(quantities: Iterable[Interval]) -> Bounds | None:
    """The intersection of all intervals; None when it is empty or no interval is given."""
    items = iter(quantities)
    first = next(items, None)
    if first is None:
        return None
    result = _bounds(first)
    for q in items:
        narrowed = _intersect(result, _bounds(q))
        if narrowed is None:
            return None
        result = narrowed
    return result


def span(quantities: Iterable[Interval]) -> Bounds:
    """Lowest low to highest high (high None when any interval is unbounded).

    Raises ValueError for an empty input.
    """
    items = list(quantities)
    if not items:
        raise ValueError("span() of no quantities")
    low = min(q.low for q in items)
    highs = [q.high for q in items]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    return (low, high)


def severity(quantities: Iterable[Interval]) -> float | None:
    """How far apart conflicting intervals are: ``max_low / max(min_high, 1)``, at least 1.0.

    None when the intervals share a point (no conflict), including fewer than two intervals.
    """
    items = list(quantities)
    if len(items) < 2 or consensus(items) is not None:
        return None
    max_low = max(q.low for q in items)
    # an empty intersection needs at least one bounded interval below max_low
    min_high = min(q.high for q in items if q.high is not None)
    return max(1.0, max_low / max(min_high, 1))


# --------------------------------------------------------------------------- claimants

_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")
_EDGE_PUNCT = " \t\n.,;:\"'\u2018\u2019\u201c\u201d()"


@lru_cache(maxsize=65536)
def normalise_claimant(name: str) -> str:
    """Case-fold, collapse whitespace, drop a leading ``the`` and a trailing possessive."""
    s = _SPACE.sub(" ", name.casefold()).strip(_EDGE_PUNCT)
    s = _POSSESSIVE.sub("", s)
    s = _LEADING_THE.sub("", s)
    return s.strip(_EDGE_PUNCT)


def claimant_key(claim: Claim, identity: Mapping[str, str] | None = None) -> tuple[str, str]:
    """``("claimant", normalised name)``, or ``("source", source id)`` for the reporter's voice.

    ``identity`` maps a claimant as written to the one name the matcher found for it ('Mr.
    Raja' and 'Salman Akram Raja' are one claimant).
    """
    if claim.claimant is not None:
        name = normalise_claimant(
            identity.get(claim.claimant, claim.claimant) if identity else claim.claimant
        )
        if name:
            return ("claimant", name)
    return ("source", claim.source)


def _sentence_key(claim: Claim) -> str:
    return _folded(claim.sentence)


@lru_cache(maxsize=65536)
def _folded(sentence: str) -> str:
    return _SPACE.sub(" ", sentence.casefold()).strip()


# --------------------------------------------------------------------------- evaluation


def _chronology(claims: Sequence[Claim]) -> list[int]:
    """Claim indices in chronological order: date (undated first), source order, offset."""
    source_rank: dict[str, int] = {}
    for c in claims:
        source_rank.setdefault(c.source, len(source_rank))
    return sorted(
        range(len(claims)),
        key=lambda i: (claims[i].date or "", source_rank[claims[i].source], claims[i].start, i),
    )


REVISION_WORDING = re.compile(
    r"""\b(?:lowered|raised|revised|updated|corrected|reduced|increased|scaled\s+back|cut)\s+
        (?:(?:the|its|their|his|her|our)\s+)?(?:death\s+)?(?:count|toll|figure|figures|number|estimate|tally)\b""",
    re.VERBOSE | re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _worded_as_revision(sentence: str) -> bool:
    return REVISION_WORDING.search(sentence) is not None


def _keys(
    claims: Sequence[Claim],
    identity: Mapping[str, str] | None = None,
    order: Sequence[int] | None = None,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Each claim's claimant key as written, and the key for revisions and disputes, where a
    claim worded as a revision ('party sources lowered the count') takes the key of the latest
    earlier attributed claim of the same source (one by a claimant of the same type when
    there is one)."""
    plain = [claimant_key(c, identity) for c in claims]
    keys = list(plain)
    earlier_by_source: dict[str, list[int]] = {}
    for i in _chronology(claims) if order is None else order:
        c = claims[i]
        earlier = earlier_by_source.setdefault(c.source, [])
        if c.claimant is not None and earlier and _worded_as_revision(c.sentence):
            same_type = [j for j in reversed(earlier) if claims[j].claimant_type == c.claimant_type]
            keys[i] = keys[same_type[0] if same_type else earlier[-1]]
        if c.claimant is not None:
            earlier.append(i)
    return plain, keys


def scope_kind(claim: Claim) -> str | None:
    """The kind of a claim's scope ('before', 'part', 'incident', …), or None."""
    return claim.scope.split(":", 1)[0] if claim.scope else None


def _class_key(claim: Claim) -> tuple[str | None, str]:
    """Figures with the same class key are about the same quantity and can contradict each
    other: the overall figures; the figures for one incident; the figures for one part."""
    kind = scope_kind(claim)
    if kind == "part":
        return (kind, " ".join(sorted(_WORDS.findall((claim.scope or "").casefold()))))
    return (kind, "")


_WORDS = re.compile(r"[^\W\d_]+")


def comparable(a: Claim, b: Claim) -> bool:
    """Whether two figures are about the same quantity and so can contradict each other.

    A figure for a part of the event ('from X alone', 'in one hospital') or one incident in it
    ('when a car struck them') is compared only with figures of the same kind of scope (and,
    for parts, the same part): never with the overall figure.
    """
    return _class_key(a) == _class_key(b)


def _main_scope(claims: Sequence[Claim]) -> str | None:
    """The scope kind of the group's main figures: unscoped if any, else the commonest kind."""
    kinds = [scope_kind(c) for c in claims]
    if None in kinds or not kinds:
        return None
    return max(sorted(set(kinds), key=str), key=kinds.count)


def _revisions(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str]], order: Sequence[int] | None = None
) -> tuple[list[tuple[int, int]], set[int]]:
    """Revision pairs (earlier, later) and the indices of superseded claims. A claimant's
    figure for a part ('74 of them in Paris') revises only its figures for that part."""
    by_claimant: dict[tuple[tuple[str, str], tuple[str | None, str]], list[int]] = {}
    for i in _chronology(claims) if order is None else order:
        key = keys[i]
        if key[0] == "claimant":
            by_claimant.setdefault((key, _class_key(claims[i])), []).append(i)
    pairs: list[tuple[int, int]] = []
    superseded: set[int] = set()
    for indices in by_claimant.values():
        for prev, cur in zip(indices, indices[1:], strict=False):
            if _bounds(claims[prev]) != _bounds(claims[cur]):
                pairs.append((prev, cur))
        latest = _bounds(claims[indices[-1]])
        superseded.update(i for i in indices if _bounds(claims[i]) != latest)
    pairs.sort()
    return pairs, superseded


MAX_CONFLICTS = 500  # pairs listed per group; `conflict_count` gives the total
_CANDIDATES = 60  # extreme figures searched for the most severe pairs of a large group


def _disputes(a: int, b: int, keys: Sequence[tuple[str, str]]) -> bool:
    """Claims by one named claimant never dispute each other (a revision or a repeat)."""
    return not (keys[a][0] == "claimant" and keys[a] == keys[b])


def _pair_severity(claims: Sequence[Claim], a: int, b: int) -> float:
    lo, hi = (
        (a, b)
        if claims[a].quantity.high is not None and claims[a].quantity.high < claims[b].quantity.low
        else (b, a)
    )
    return max(1.0, claims[hi].quantity.low / max(claims[lo].quantity.high or 0, 1))


def _conflict_pairs(
    claims: Sequence[Claim], keys: Sequence[tuple[str, str]]
) -> tuple[list[tuple[int, int]], int, set[int]]:
    """The conflicting pairs (at most MAX_CONFLICTS, the most severe when there are more),
    their total number, and every claim that conflicts with at least one other.

    Within a class of comparable figures sorted by low, the figures above a claim's high
    are a suffix found by bisection, so counting is O(n log n) and listing O(pairs).
    """
    classes: dict[tuple[str | None, str], list[int]] = {}
    for i, c in enumerate(claims):
        classes.setdefault(_class_key(c), []).append(i)
    pairs: list[tuple[int, int]] = []
    total = 0
    involved: set[int] = set()
    for members in classes.values():
        by_low = sorted(members, key=lambda i: claims[i].quantity.low)
        lows = [claims[i].quantity.low for i in by_low]
        above = {
            a: bisect.bisect_right(lows, claims[a].quantity.high)
            for a in members
            if claims[a].quantity.high is not None
        }
        count = sum(len(by_low) - p for p in above.values()) - _same_claimant_conflicts(
            claims, members, keys
        )
        total += count
        if count == 0:
            continue
        if total <= MAX_CONFLICTS:
            for a, p in above.items():
                pairs.extend((min(a, b), max(a, b)) for b in by_low[p:] if _disputes(a, b, keys))
        else:
            lowest = sorted(above, key=lambda i: claims[i].quantity.high)[:_CANDIDATES]  # type: ignore[arg-type, return-value]
            highest = by_low[-_CANDIDATES:]
            pairs.extend(
                (min(a, b), max(a, b))
                for a in lowest
                for b in highest
                if claims[a].quantity.high < claims[b].quantity.low and _disputes(a, b, keys)  # type: ignore[operator]
            )
        involved |= _in_conflict(claims, members, keys)
    if len(pairs) > MAX_CONFLICTS:
        pairs.sort(key=lambda p: -_pair_severity(claims, *p))
        pairs = pairs[:MAX_CONFLICTS]
    return sorted(set(pairs)), total, involved


def _same_claimant_conflicts(
    claims: Sequence[Claim], members: Sequence[int], keys: Sequence[tuple[str, str]]
) -> int:
    by_key: dict[tuple[str, str], list[int]] = {}
    for i in members:
        if keys[i][0] == "claimant":
            by_key.setdefault(keys[i], []).append(i)
    n = 0
    for group in by_key.values():
        if len(group) > 1:
            lows = sorted(claims[i].quantity.low for i in group)
            n += sum(
                len(lows) - bisect.bisect_right(lows, claims[a].quantity.high)
                for a in group
                if claims[a].quantity.high is not None
            )
    return n


def _in_conflict(
    claims: Sequence[Claim], members: Sequence[int], keys: Sequence[tuple[str, str]]
) -> set[int]:
    """Claims that conflict with some claim of another claimant: O(n) with the two most
    extreme figures of distinct claimants at each end."""
    top = sorted(members, key=lambda i: -claims[i].quantity.low)
    bottom = sorted(
        (i for i in members if claims[i].quantity.high is not None),
        key=lambda i: claims[i].quantity.high,
    )  # type: ignore[arg-type, return-value]

    def best(ordered: list[int], exclude: tuple[str, str]) -> int | None:
        for i in ordered[:50]:
            if not (exclude[0] == "claimant" and keys[i] == exclude):
                return i
        return None

    out: set[int] = set()
    for a in members:
        hi = best(top, keys[a])
        if (
            hi is not None
            and claims[a].quantity.high is not None
            and claims[hi].quantity.low > claims[a].quantity.high
        ):
            out.add(a)
            continue
        lo = best(bottom, keys[a])
        if lo is not None and claims[lo].quantity.high < claims[a].quantity.low:  # type: ignore[operator]
            out.add(a)
    return out


def _independent_count(
    claims: Sequence[Claim], indices: Sequence[int], keys: Sequence[tuple[str, str]]
) -> int:
    """Backers merged when they share a claimant key, an identical sentence, or an origin
    (a copy and the passage it copies: ``Claim.copy_of``)."""
    parent = {i: i for i in indices}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[Any, int] = {}
    for i in indices:
        for key in (keys[i], ("sentence", _sentence_key(claims[i])), ("origin", claims[i].origin)):
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    return len({find(i) for i in indices})


def _corroboration(
    claims: Sequence[Claim], in_conflict: set[int], keys: Sequence[tuple[str, str]]
) -> tuple[dict[str, Any], ...]:
    figures: dict[Bounds, list[int]] = {}
    for i, c in enumerate(claims):
        figures.setdefault(_bounds(c), []).append(i)
    entries = []
    for (low, high), indices in figures.items():
        labels: dict[tuple[str, str], str] = {}
        for i in indices:
            labels.setdefault(keys[i], claimant_label(claims[i]))
        independent = _independent_count(claims, indices, keys)
        if any(i in in_conflict for i in indices):
            grade = "contested"
        elif independent >= 2:
            grade = "corroborated"
        else:
            grade = "single"
        entries.append(
            {
                "low": clean_number(low),
                "high": clean_number(high),
                "text": claims[indices[0]].text,
                "claims": list(indices),
                "claimants": list(labels.values()),
                "independent": independent,
                "grade": grade,
            }
        )
    return tuple(entries)


def evaluate(group: ClaimGroup, identity: Mapping[str, str] | None = None) -> ClaimGroup:
    """A copy of ``group`` with status, span, consensus, severity, conflicts, revisions and
    corroboration filled in (see the module docstring for the definitions). ``identity`` maps
    claimant names to the matcher's one name per claimant."""
    claims = group.claims
    if not claims:
        return dataclasses.replace(
            group,
            status="single",
            low=None,
            high=None,
            consensus=None,
            severity=None,
            conflicts=(),
            revisions=(),
            corroboration=(),
        )
    order = _chronology(claims)
    plain_keys, keys = _keys(claims, identity, order)
    revisions, superseded = _revisions(claims, keys, order)
    conflicts, conflict_count, involved = _conflict_pairs(claims, keys)
    main = _main_scope(claims)
    current = [
        i for i in range(len(claims)) if i not in superseded and scope_kind(claims[i]) == main
    ]
    positions = {(keys[i], _bounds(claims[i])) for i in current}
    if conflict_count:
        status = "conflict"
    elif len(positions) < 2:
        status = "single"
    else:
        status = "consistent"
    group_severity = max((_pair_severity(claims, i, j) for i, j in conflicts), default=None)
    low, high = span(claims)
    return dataclasses.replace(
        group,
        status=status,
        low=low,
        high=high,
        consensus=consensus(claims[i] for i in current),
        severity=group_severity,
        conflicts=tuple(conflicts),
        conflict_count=conflict_count,
        revisions=tuple(revisions),
        corroboration=_corroboration(claims, involved, plain_keys),
    )


def order_groups(groups: Iterable[ClaimGroup]) -> list[ClaimGroup]:
    """Most contested first: conflict, consistent, single; then higher severity, more claims,
    and group id for stability."""
    return sorted(
        groups,
        key=lambda g: (
            STATUS_RANK.get(g.status, len(STATUS_RANK)),
            -(g.severity or 0.0),
            -len(g.claims),
            g.id,
        ),
    )

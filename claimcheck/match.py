"""Matcher stage: align claims about the same quantity into groups, and recognise claimants."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from claimcheck.conflicts import evaluate, normalise_claimant, order_groups, scope_kind
from claimcheck.models import ALL_SIDES, Claim, ClaimGroup
from claimcheck.workers import map_inherited

SPLITTING_SCOPES = ("before", "after")  # a different time: a different quantity
PARALLEL_FROM_CLAIMS = 20_000  # below this, forking costs more than evaluating here
NAME_NOISE = {"the", "a", "an", "mr", "mrs", "ms", "dr", "of", "in", "'s", "’s", "and"}


def side(claim: Claim) -> str:
    """The side a claim counts: unnamed people join the protesters (the non-security side);
    a total over every side ('six people, including four police') is a side of its own."""
    if claim.subject == "people" and (claim.subject_text or "").endswith(ALL_SIDES):
        return "all"
    return "protesters" if claim.subject == "people" else claim.subject


def group_key(claim: Claim) -> tuple[str, str, str | None]:
    kind = scope_kind(claim)
    return (claim.measure, side(claim), kind if kind in SPLITTING_SCOPES else None)


def _name_tokens(name: str) -> frozenset[str]:
    words = re.findall(r"[\w-]+", normalise_claimant(name))
    return frozenset(w for w in words if w not in NAME_NOISE)


def speaker_ids(claims: Sequence[Claim]) -> dict[str, str]:
    """Each claimant as written -> one identity, found over the display names the parser
    gave them (claimant_name: 'IMG', 'the group' and 'the Independent Monitoring Group' are
    'Independent Monitoring Group (IMG)'), so that one speaker's figures across reports are
    its revisions, not a conflict."""
    shown: dict[str, str] = {}
    for c in claims:
        if c.claimant:
            shown.setdefault(c.claimant, c.claimant_name or c.claimant)
    ids = claimant_ids(list(shown.values()))
    return {written: ids.get(name, name) for written, name in shown.items()}


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


def align(claims: Sequence[Claim], *, jobs: int = 1) -> list[ClaimGroup]:
    """Groups of claims about the same quantity, evaluated and ordered most contested first.

    A group is one measure and one side (security, journalists, or protesters with the
    unnamed people); a figure for a different time ('arrested prior to the protest') is a
    group of its own; a figure for a part ('from X alone', 'when a car struck them') stays in
    the group with its ``scope`` and is never counted as a conflict.

    ``jobs`` > 1 evaluates the groups of a large input (PARALLEL_FROM_CLAIMS) on that many
    forked processes; the result is the same.
    """
    ids = speaker_ids(claims)
    buckets: dict[tuple[str, str, str | None], list[Claim]] = {}
    for c in claims:
        if c.measure == "other":
            continue
        buckets.setdefault(group_key(c), []).append(c)
    groups = []
    for (measure, who, kind), members in buckets.items():
        subject = _label(members, who)
        gid = f"{measure}/{'all-sides' if who == 'all' else subject}" + (f"/{kind}" if kind else "")
        scope = _shared_scope(members) if kind else ("all sides" if who == "all" else None)
        groups.append(ClaimGroup(gid, measure, subject, scope, tuple(members)))
    if jobs < 2 or len(claims) < PARALLEL_FROM_CLAIMS:
        return order_groups(evaluate(g, ids) for g in groups)
    groups.sort(key=lambda g: -len(g.claims))  # the largest first, for an even share
    done = map_inherited(_evaluate_detached, [(g, ids) for g in groups], jobs)
    return order_groups(
        dataclasses.replace(d, claims=g.claims) for d, g in zip(done, groups, strict=True)
    )


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


def _shared_scope(members: Sequence[Claim]) -> str | None:
    scopes = {c.scope for c in members if c.scope}
    return scopes.pop() if len(scopes) == 1 else (sorted(scopes)[0] if scopes else None)

"""What the renderers share: labels, per-claim marks and wording for a group, and strings
from streaming writers."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TextIO, TypeVar

from claimcheck.models import Claim, ClaimGroup, Number, clean_number
from claimcheck.models import claimant_label as claimant_label  # shared with the matcher

T = TypeVar("T")


def format_number(x: Number | None, infinity: str = "∞") -> str:
    return infinity if x is None else str(clean_number(x))


def format_interval(low: Number | None, high: Number | None, infinity: str = "∞") -> str:
    """``[low, high]``; a missing bound is unbounded (``∞``)."""
    return f"[{format_number(low, infinity)}, {format_number(high, infinity)}]"


def format_claimant(claim: Claim) -> str:
    if not claim.claimant:
        return "-"
    out = claim.claimant
    if claim.claimant_type:
        out += f" ({claim.claimant_type})"
    if claim.via:
        out += f" via {claim.via}"
    return out


def describe_claimant(claim: Claim) -> str:
    """``name (type) via outlet``, with ``the report`` for a report's own voice."""
    return (
        format_claimant(claim)
        if claim.claimant
        else " via ".join(["the report", *([claim.via] if claim.via else [])])
    )


def quantity_label(group: ClaimGroup) -> str:
    """``measure subject``, with the group's scope in parentheses when it has one."""
    label = f"{group.measure} {group.subject}"
    return f"{label} ({group.scope})" if group.scope else label


def claimant_count(group: ClaimGroup) -> int:
    """Distinct claimants (the report's own voice counts once per source)."""
    from claimcheck.conflicts import claimant_key

    return len({claimant_key(c) for c in group.claims})


def source_count(group: ClaimGroup) -> int:
    return len({c.source for c in group.claims})


def grades(group: ClaimGroup) -> list[str | None]:
    """The corroboration grade of each claim's figure, by claim index (None if not graded)."""
    out: list[str | None] = [None] * len(group.claims)
    for entry in group.corroboration:
        for i in entry.get("claims", ()):
            if 0 <= i < len(out):
                out[i] = entry.get("grade")
    return out


def conflicts_by_claim(group: ClaimGroup) -> dict[int, list[int]]:
    """For each claim index, the indices of the claims it conflicts with, in order."""
    out: dict[int, list[int]] = {}
    for i, j in group.conflicts:
        out.setdefault(i, []).append(j)
        out.setdefault(j, []).append(i)
    return {i: sorted(js) for i, js in out.items()}


def cut_note(group: ClaimGroup) -> str | None:
    """Said when the group lists only some of its conflicting pairs (the most severe)."""
    shown, total = len(group.conflicts), group.conflict_count
    if total <= shown:
        return None
    return f"the {shown:,} most severe of {total:,} conflicting pairs are listed"


def _point(claim: Claim) -> float:
    """A representative number for comparing two figures: the value, else the middle of a
    bounded interval, else the low."""
    if claim.value is not None:
        return float(claim.value)
    if claim.high is not None:
        return (claim.low + claim.high) / 2
    return float(claim.low)


def revision_verb(earlier: Claim, later: Claim) -> str:
    """``lowered``, ``raised`` or ``revised``: how the later figure moved from the earlier."""
    a, b = _point(earlier), _point(later)
    if b < a:
        return "lowered"
    if b > a:
        return "raised"
    return "revised"


def format_severity(severity: float | None) -> str:
    """Three significant digits (``2.22``, ``200``, ``1,500``); empty when there is none."""
    if severity is None:
        return ""
    return f"{severity:.3g}" if severity < 1000 else f"{severity:,.0f}"


def to_string(write: Callable[[T, TextIO], None], data: T) -> str:
    """What a streaming writer writes, as one string."""
    buffer = io.StringIO()
    write(data, buffer)
    return buffer.getvalue()

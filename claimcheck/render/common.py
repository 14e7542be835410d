"""What the renderers share: labels, per-claim marks and wording for a group, and strings
from streaming writers."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TextIO, TypeVar

from claimcheck.models import Claim, ClaimGroup, Number, Source, clean_number
from claimcheck.models import claimant_label as claimant_label  # shared with the matcher

T = TypeVar("T")


@dataclass(frozen=True)
class TableOptions:
    """How the tables for people are drawn (the CLI's rendering flags)."""

    color: str = "auto"  # auto: on a terminal, unless NO_COLOR; always; never
    details: bool = False  # compare: every claim side by side instead of a block per quantity
    quiet: bool = False  # no count line and no legend
    explain: bool = False  # with details: the rules behind each claim, when claims carry them
    omitted: int = 0  # quantities left out by --limit, said under the report
    # claimant as written -> one name per claimant, found over the whole report before any
    # filter (else over the groups shown)
    names: Mapping[str, str] | None = None


def format_number(x: Number | None, infinity: str = "∞") -> str:
    return infinity if x is None else str(clean_number(x))


def format_interval(low: Number | None, high: Number | None, infinity: str = "∞") -> str:
    """``[low, high]``; a missing bound is unbounded (``∞``)."""
    return f"[{format_number(low, infinity)}, {format_number(high, infinity)}]"


def format_claimant(claim: Claim) -> str:
    """``name (type) via outlet``; ``the report`` for a report's own voice."""
    if not claim.claimant:
        return " via ".join(["the report", *([claim.via] if claim.via else [])])
    out = claim.claimant_name or claim.claimant  # one display name per speaker
    if claim.claimant_type:
        out += f" ({claim.claimant_type})"
    if claim.via:
        out += f" via {claim.via}"
    return out


describe_claimant = format_claimant  # the name markdown uses


CONTEXT_FIELDS = ("as_of", "period", "place")  # when and where a claim counts, when given


def claim_context(claim: Claim) -> list[str]:
    """``as of 2024-11-26``, ``place: Islamabad``: the time and place a claim counts, for
    claims that carry them (fields the matcher may add; absent ones are left out)."""
    out = []
    for name in CONTEXT_FIELDS:
        value = getattr(claim, name, None)
        if value:
            out.append(f"{name.replace('_', ' ')} {value}" if name == "as_of"
                       else f"{name}: {value}")  # fmt: skip
    return out


def quantity_label(group: ClaimGroup) -> str:
    """``measure subject``, with the group's scope in parentheses when it has one."""
    label = f"{group.measure} {group.subject}"
    return f"{label} ({group.scope})" if group.scope else label


def claimant_count(group: ClaimGroup) -> int:
    """Distinct claimants (the report's own voice counts once per source; a claim restating
    another of its report is that claim's)."""
    from claimcheck.conflicts import claimant_key

    restating = {i for i, _j in group.restated}
    return len({claimant_key(c) for i, c in enumerate(group.claims) if i not in restating})


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


# --------------------------------------------------------------------------- people's output

MISSING = "—"  # the one way people-facing output writes "no value" (ASCII: "-")
_WORD_END = re.compile(r"[-_. /]")
_SUFFIXED = re.compile(r"(.+)-\d+")


def source_labels(sources: Sequence[Source], width: int) -> dict[str, str]:
    """A label per source id, at most ``width`` characters and distinct from every other.

    The id when it fits; else its shortest prefix (to a word end) that no other id starts
    with, or, when the ids differ only late ('reuters-2025-03-03-…', 'reuters-2025-03-04-…'),
    its start and the part where it differs, each cut with ``…``. Sources whose ids were
    made distinct with a number (the same file name in two folders: 'report', 'report-2') are
    named by the shortest distinct end of their path instead ('a/report.txt').
    """
    ids = {s.id for s in sources}
    names: dict[str, str] = {}
    for s in sources:
        m = _SUFFIXED.fullmatch(s.id)
        collided = (m is not None and m.group(1) in ids) or f"{s.id}-2" in ids
        names[s.id] = _path_name(s, sources) if collided and s.path else s.id
    labels = {sid: _fit(name, names.values(), max(width, 4)) for sid, name in names.items()}
    seen: dict[str, int] = {}
    for sid, label in labels.items():  # a last resort: never two sources under one label
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[sid] = f"{label[: max(width, 4) - 3]}~{seen[label]}"
    return labels


def _path_name(source: Source, sources: Sequence[Source]) -> str:
    parts = PurePath(source.path or source.id).parts
    others = [PurePath(s.path).parts for s in sources if s.path and s is not source]
    for k in range(1, len(parts) + 1):
        if all(tuple(o[-k:]) != tuple(parts[-k:]) for o in others):
            return "/".join(parts[-k:])
    return "/".join(parts)


def _fit(name: str, names: Iterable[str], width: int) -> str:
    if len(name) <= width:
        return name
    # where the name parts from the one most like it
    d = max((_common_prefix(name, o) for o in names if o != name), default=0)
    if d + 2 <= width:
        # the longest prefix that fits, to a word end when that keeps most of the room
        ends = [m.start() for m in _WORD_END.finditer(name, d + 1) if m.start() < width]
        end = ends[-1] if ends and ends[-1] * 3 >= (width - 1) * 2 else width - 1
        return name[:end] + "…"
    tail = min(6, width - 3)
    head = width - 2 - tail
    at = min(d + 1, len(name))
    return name[:head] + "…" + name[at - tail : at] + ("…" if at < len(name) else "")


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


TIMELINE_CLAIMANTS = 4  # claimants a timeline line names (then "+N more")


FIGURE_WIDTH = 24  # a figure's words in a timeline ('at least one police officer …')


def timeline_text(group: ClaimGroup, sep: str = "·", arrow: str = "→") -> str | None:
    """The dated figures of each claimant in time order, when the group rose or a claimant
    gave figures on two days: ``Officials two (Sun 8 Mar) → seven (Mon 9 Mar) · The ministry
    nine (Tue 10 Mar)`` (at most TIMELINE_CLAIMANTS claimants; of a group that did not just
    rise, only the claimants whose figures moved)."""
    lines = [
        (line["claimant"], [group.claims[i] for i in line["claims"] if group.claims[i].as_of])
        for line in group.timeline
    ]
    lines = [(who, dated) for who, dated in lines if dated]
    moved = any(len({c.as_of[:10] for c in dated}) > 1 for _who, dated in lines)
    if not lines or not (moved or group.status == "rising"):
        return None
    if group.status != "rising":  # only who moved: the others' one figure is on the line above
        lines = [(who, dated) for who, dated in lines if len({c.as_of[:10] for c in dated}) > 1]
    parts = []
    for who, dated in lines[:TIMELINE_CLAIMANTS]:
        figures: list[str] = []
        for c in dated:
            words = " ".join(c.text.split())
            words = words if len(words) <= FIGURE_WIDTH else words[: FIGURE_WIDTH - 1].rstrip() + "…"
            figure = f"{words} ({_short_day(c.as_of)})"  # type: ignore[arg-type]
            if not figures or figures[-1] != figure:
                figures.append(figure)
        parts.append(f"{who} {f' {arrow} '.join(figures)}")
    more = len(lines) - TIMELINE_CLAIMANTS
    return f" {sep} ".join(parts) + (f" {sep} +{more} more" if more > 0 else "")


def _short_day(iso: str) -> str:
    """``2026-03-08`` -> ``Sun 8 Mar``; ``2026-02-17T14:10`` -> ``Tue 17 Feb 14:10``."""
    import datetime as dt

    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    clock = f" {iso[11:16]}" if len(iso) > 10 else ""  # a live-blog entry's time
    return f"{day:%a} {day.day} {day:%b}{clock}"

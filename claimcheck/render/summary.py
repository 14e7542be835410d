"""Terminal output for compare, the default view: one block per quantity — its status, who
says what (one name per claimant, figures as written), and its main disagreement named with
both sides and how far apart they are — then a legend. ``--details`` gives compare_table's
per-claim view instead."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from claimcheck.models import Claim, ClaimGroup, Report, Source
from claimcheck.render.common import (
    TableOptions,
    claimant_count,
    format_interval,
    format_severity,
    quantity_label,
    source_count,
    source_labels,
)
from claimcheck.render.glyphs import STATUS_STYLE, Glyphs, glyphs_for

INDENT = 3  # the lines of a block start under its quantity
WHO_LINES = 2  # lines of "who says what" at most; then "+N more"
SOURCE_LABEL_WIDTH = 24  # a report's own voice is named by its outlet, else its source label
NAME_WIDTH = 32  # longer claimant names end in "…"


@dataclass(frozen=True)
class Position:
    """One claimant's figures in a group, in the group's order."""

    name: str
    claims: tuple[Claim, ...]
    revised: frozenset[int]  # positions (in claims) that revise the figure before them


def canonical_names(groups: Sequence[ClaimGroup]) -> dict[str, str]:
    """One name per claimant across the report, as the matcher recognises them ('Mr. Raja'
    is 'PTI Secretary General Salman Akram Raja')."""
    from claimcheck.match import speaker_ids

    return speaker_ids([c for g in groups for c in g.claims])


def voice_names(sources: Sequence[Source], width: int = SOURCE_LABEL_WIDTH) -> dict[str, str]:
    """How a report's own voice is named: its outlet, else its (distinct) source label."""
    labels = source_labels(sources, width)
    outlets: dict[str, list[str]] = {}
    for s in sources:
        if s.outlet:
            outlets.setdefault(s.outlet, []).append(s.id)
    return {s.id: s.outlet if s.outlet and len(outlets[s.outlet]) == 1 else labels[s.id]
            for s in sources}  # fmt: skip


def positions(
    group: ClaimGroup, names: Mapping[str, str], voices: Mapping[str, str],
    width: int = NAME_WIDTH,
) -> list[Position]:  # fmt: skip
    """Who says what: one entry per claimant (a report's own voice once per source), ordered
    by the interval of their latest figure, lowest first; names longer than ``width`` end in
    an ellipsis."""
    from claimcheck.conflicts import claimant_key

    later = {j for _, j in group.revisions}
    restated = {i for i, _j in group.restated}  # one claim told twice: shown once, as its claim
    members: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(group.claims):
        if i not in restated:
            members.setdefault(claimant_key(c, names), []).append(i)
    out = []
    for key, indices in members.items():
        first = group.claims[indices[0]]
        if key[0] == "claimant" and first.claimant:
            name = names.get(first.claimant, first.claimant)
        else:
            name = voices.get(first.source, first.source)
        if first.via and all(group.claims[i].via == first.via for i in indices):
            name = f"{shorten(name, width)} via {first.via}"
        name = shorten(name, width)
        claims = tuple(group.claims[i] for i in indices)
        revised = frozenset(n for n, i in enumerate(indices) if i in later and n > 0)
        out.append(Position(name, claims, revised))
    inf = float("inf")
    out.sort(key=lambda p: (p.claims[-1].low, inf if p.claims[-1].high is None else p.claims[-1].high))
    return out


def shorten(name: str, width: int = NAME_WIDTH) -> str:
    name = " ".join(name.split())
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def _own_scope(claim: Claim, group: ClaimGroup) -> str | None:
    if claim.scope and claim.scope != group.scope:
        return claim.scope.split(":", 1)[0]  # part, incident, ...
    return None


def position_text(p: Position, group: ClaimGroup, g: Glyphs) -> Text:
    """``PTI: hundreds → up to 20``; a figure for a part or an incident says so."""
    text = Text()
    text.append(p.name, style="bold")
    text.append(": ")
    seen: set[str] = set()
    for n, c in enumerate(p.claims):
        figure = " ".join(c.text.split())
        scope = _own_scope(c, group)
        key = f"{figure.casefold()}|{scope}"
        if key in seen:
            continue
        if seen:
            text.append(f" {g.later} " if n in p.revised else ", ")
        seen.add(key)
        text.append(figure, style="green")
        if scope:
            text.append(f" ({scope})", style="dim")
    return text


def who_says_what(
    items: Sequence[Text], width: int, g: Glyphs, first: Sequence[int] = ()
) -> Text:
    """The positions joined by `` · `` in their order, cut to WHO_LINES lines with ``+N
    more``; the positions ``first`` (the main conflict's sides) are kept before others."""
    room = WHO_LINES * width - 12  # leaves room for "+N more" and for wrapping at words
    sep = f" {g.sep} "
    order = [*dict.fromkeys([*first, *range(len(items))])]
    kept: set[int] = set()
    used = -len(sep)
    for n in order:
        if used + len(sep) + items[n].cell_len > room and kept:
            continue
        kept.add(n)
        used += len(sep) + items[n].cell_len
    out = Text(sep).join([items[n] for n in range(len(items)) if n in kept])
    if len(kept) < len(items):
        out.append(f"{sep}+{len(items) - len(kept)} more", style="dim")
    return out


def main_conflict(group: ClaimGroup) -> tuple[int, int, float] | None:
    """The most severe conflicting pair (the earlier claim first) and its ratio."""
    from claimcheck.render.json_ import pair_ratio

    best = None
    for i, j in group.conflicts:
        ratio = pair_ratio(group.claims[i], group.claims[j])
        if best is None or ratio > best[2]:
            best = (i, j, ratio)
    return best


def verdict(group: ClaimGroup, names: Mapping[str, str], voices: Mapping[str, str],
            g: Glyphs) -> Text:  # fmt: skip
    """The block's last line: the main disagreement with both sides, or the shared range."""
    pair = main_conflict(group)
    if pair is not None:
        i, j, ratio = pair
        a, b = group.claims[i], group.claims[j]
        if a.low > b.low:
            a, b = b, a  # the lower figure first
        text = Text(f"{g.conflict} ", style="bold red")
        text.append_text(_side(a, names, voices, g))
        text.append(" vs ")
        text.append_text(_side(b, names, voices, g))
        text.append(f": {format_severity(ratio)}{g.times} apart", style="red")
        others = max(group.conflict_count, len(group.conflicts)) - 1
        if others > 0:
            text.append(f" {g.sep} {others:,} other conflicting pair{'s' * (others != 1)}",
                        style="dim")  # fmt: skip
        return text
    if group.consensus is not None and group.status == "consistent":
        span = format_interval(*group.consensus, g.infinity)
        return Text(f"{g.agree} every figure allows {span}", style="green")
    return Text(f"{g.single} {gist(group, g.infinity)}", style="dim")


def gist(group: ClaimGroup, infinity: str = "∞") -> str:
    """What a group without a conflict or a consensus comes to: one position, or (for a
    status this view does not know, such as a toll that rose) the status and the span."""
    if group.status == "single":
        return "one position"
    return f"{group.status}: {format_interval(group.low, group.high, infinity)}"


def _side(claim: Claim, names: Mapping[str, str], voices: Mapping[str, str], g: Glyphs) -> Text:
    name = names.get(claim.claimant, claim.claimant) if claim.claimant else None
    text = Text()
    text.append(shorten(name or voices.get(claim.source, claim.source)), style="bold")
    text.append(" " + g.quote[0] + " ".join(claim.text.split()) + g.quote[1], style="green")
    return text


def header(n: int, group: ClaimGroup, g: Glyphs) -> Text:
    """``1 killed protesters  conflict ×200  15 claims · 13 claimants · 1 source``"""
    text = Text()
    text.append(f"{n:>2} ", style="bold")
    text.append(quantity_label(group), style="bold")
    text.append("  ")
    text.append(group.status, style=STATUS_STYLE.get(group.status, ""))
    if group.severity is not None:
        text.append(f" {g.times}{format_severity(group.severity)}", style="red")
    claims, claimants, sources = len(group.claims), claimant_count(group), source_count(group)
    text.append(
        f"  {claims} claim{'s' * (claims != 1)} {g.sep} {claimants} claimant"
        f"{'s' * (claimants != 1)} {g.sep} {sources} source{'s' * (sources != 1)}",
        style="dim",
    )
    return text


def timeline_text(group: ClaimGroup, g: Glyphs) -> Text | None:
    """The group's timeline when its figures stand on more than one day: each claimant's
    figures in time order (``claimcheck.render.common.timeline_text``)."""
    from claimcheck.render.common import timeline_text as timeline_line

    line = timeline_line(group, g.sep, g.later)
    return Text("timeline: " + line, style="dim") if line else None


def legend(g: Glyphs, *, details: bool = False) -> Text:
    """One line at 120 columns (two at 80) saying what the marks mean."""
    parts = [f"{g.conflict} cannot both be true", f"{g.times}N: higher low / lower high"]
    if details:
        parts += [
            f"{g.revision} revised",
            f"strips on a log scale, {g.arrow} unbounded",
            f"{g.corroborated} corroborated",
        ]
    else:
        parts += [
            f"a {g.later} b: revised",
            "(part): not compared",
            "--details: each claim",
        ]
    return Text(f" {g.sep} ".join(parts), style="dim")


def print_indented(console: Console, text: Text) -> None:
    """``text`` wrapped at words under the block's heading, with no trailing spaces."""
    for part in text.wrap(console, max(console.width - INDENT, 20)):
        part.rstrip()
        console.print(Text(" " * INDENT) + part, no_wrap=True, crop=False)


def print_summary(console: Console, report: Report, options: TableOptions) -> None:
    """Print a count line, a block per quantity, and the legend."""
    g = glyphs_for(console)
    groups = report.groups
    n, s = len(groups), len(report.sources)
    in_conflict = sum(gr.status == "conflict" for gr in groups)
    if not options.quiet:
        console.print(Text(
            f"{n} quantit{'ies' if n != 1 else 'y'} in {s} source{'s' * (s != 1)} {g.sep} "
            f"{in_conflict} in conflict", style="dim"))  # fmt: skip
    names = options.names if options.names is not None else canonical_names(groups)
    voices = voice_names(report.sources)
    width = max(console.width - INDENT, 20)
    for number, group in enumerate(groups, 1):
        console.print()
        console.print(header(number, group, g))
        found = positions(group, names, voices)
        pair = main_conflict(group)
        sides = [] if pair is None else [group.claims[pair[0]], group.claims[pair[1]]]
        first = [n for n, p in enumerate(found) if any(c in p.claims for c in sides)]
        items = [position_text(p, group, g) for p in found]
        lines = [who_says_what(items, width, g, first), verdict(group, names, voices, g)]
        timeline = timeline_text(group, g)
        if timeline is not None:
            lines.append(timeline)
        for line in lines:
            print_indented(console, line)
    if options.omitted:
        console.print()
        console.print(Text(f"+{options.omitted} more quantit"
                           f"{'ies' if options.omitted != 1 else 'y'} (--limit)", style="dim"))  # fmt: skip
    if not options.quiet and groups:
        console.print()
        console.print(legend(g))

"""Terminal output for compare: a summary of the quantities, then each group side by side,
with a range strip per claim on one shared log scale. Readable at 80 columns."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.models import Claim, ClaimGroup, Number, Report
from claimcheck.render.common import (
    TableOptions,
    claim_context,
    claimant_count,
    conflicts_by_claim,
    cut_note,
    format_interval,
    format_severity,
    grades,
    quantity_label,
    revision_verb,
    source_count,
)
from claimcheck.render.glyphs import ASCII as ASCII  # re-exported: tests and callers use it
from claimcheck.render.glyphs import STATUS_STYLE, Glyphs, glyphs_for

STRIP_WIDTH = 20  # characters of a range strip
SOURCE_WIDTH = 12  # characters of a source id at 80 columns (longer ids end in an ellipsis)
MAX_SOURCE_WIDTH = 32  # on a wider console, up to this many
INDENT = 4  # the evidence line starts under the source column
CONTEXT = 60  # characters of evidence kept on each side of the figure
MAX_REFERENCES = 12  # claims referred to in one "conflicts with" note
NAMED_REFERENCES = 3  # of which the first are named with their figures
GRADE_STYLE = {"contested": "red", "corroborated": "green", "single": "yellow"}


# --------------------------------------------------------------------------- range strips


@dataclass(frozen=True)
class Scale:
    """A log scale from ``lo`` to ``hi`` over ``width`` character cells."""

    lo: float
    hi: float
    width: int = STRIP_WIDTH

    @classmethod
    def for_claims(cls, claims: Sequence[Claim], width: int = STRIP_WIDTH) -> Scale:
        """From the smallest low (1 when it is 0) to the largest bounded high or low."""
        lows = [c.low for c in claims]
        lo = min(lows, default=1) or 1
        hi = max([c.high for c in claims if c.high is not None] + lows, default=lo)
        return cls(float(max(lo, 1e-9)), float(max(hi, lo)), width)

    def cell(self, x: Number) -> int:
        """The cell of ``x``; anything at or below ``lo`` (a denial's 0) is the left edge."""
        if x <= self.lo:
            return 0
        if self.hi <= self.lo or x >= self.hi:
            return self.width - 1
        where = (math.log(x) - math.log(self.lo)) / (math.log(self.hi) - math.log(self.lo))
        return min(self.width - 1, max(0, round(where * (self.width - 1))))

    def strip(self, low: Number, high: Number | None, g: Glyphs) -> str:
        """``───███──────`` over ``[low, high]``; unbounded runs ``█…▶`` to the right edge."""
        cells = [g.track] * self.width
        start = self.cell(low)
        end = self.width - 1 if high is None else self.cell(high)
        for i in range(start, end + 1):
            cells[i] = g.fill
        if high is None:
            if end - start >= 2:
                cells[-2] = g.more
            cells[-1] = g.arrow
        return "".join(cells)

    def label(self, g: Glyphs) -> str:
        """``200 ··· log ··· 1k``: the ends of the scale, as wide as a strip."""
        left, right = compact(self.lo), compact(self.hi)
        room = self.width - len(left) - len(right)
        middle = " log " if room >= 5 else " "
        return left + middle.center(max(room, 1), g.sep) + right


def compact(x: float) -> str:
    """A short axis label: ``450``, ``1k``, ``20k``, ``1.5M``."""
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if x >= size:
            return f"{x / size:.3g}{suffix}"
    return f"{x:.3g}" if x < 1 else str(round(x))


# --------------------------------------------------------------------------- evidence


def evidence(claim: Claim, g: Glyphs, *, colour: bool, context: int = CONTEXT) -> Text:
    """The claim's sentence on one line, shortened around the figure with ``…``, the figure
    highlighted (marked with ``»«`` when there is no colour)."""
    sentence = claim.sentence
    at = claim.start - claim.sentence_start
    if not (0 <= at and sentence[at : at + len(claim.text)] == claim.text):
        at = sentence.find(claim.text) if claim.text else -1
    if at < 0:
        return Text(_shorten_right(" ".join(sentence.split()), 2 * context, g))
    before = " ".join(sentence[:at].split())
    after = " ".join(sentence[at + len(claim.text) :].split())
    if sentence[:at][-1:].isspace() and before:
        before += " "
    if sentence[at + len(claim.text) :][:1].isspace() and after:
        after = " " + after
    before = _shorten_left(before, context, g)
    after = _shorten_right(after, context, g)
    figure = " ".join(claim.text.split())
    if not colour:
        figure = g.mark[0] + figure + g.mark[1]
    text = Text(before)
    text.append(figure, style="bold yellow")
    text.append(after)
    return text


def _shorten_left(s: str, n: int, g: Glyphs) -> str:
    if len(s) <= n:
        return s
    cut = s[-n:]
    space = cut.find(" ")
    if 0 <= space < n // 2:
        cut = cut[space + 1 :]
    return g.ellipsis + cut


def _shorten_right(s: str, n: int, g: Glyphs) -> str:
    if len(s) <= n:
        return s
    cut = s[:n]
    space = cut.rfind(" ")
    if space > n // 2:
        cut = cut[:space]
    return cut + g.ellipsis


# --------------------------------------------------------------------------- tables


def _status(group: ClaimGroup, g: Glyphs) -> Text:
    text = Text(group.status, style=STATUS_STYLE.get(group.status, ""))
    if group.severity is not None:
        text.append(f" {g.times}{format_severity(group.severity)}", style="red")
    return text


def summary_table(groups: Sequence[ClaimGroup], g: Glyphs) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1))
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("quantity", style="bold", ratio=1, overflow="fold")
    table.add_column("sources", justify="right", no_wrap=True)
    table.add_column("claimants", justify="right", no_wrap=True)
    table.add_column("span", justify="right", overflow="fold")
    table.add_column("status", no_wrap=True)
    for n, group in enumerate(groups, 1):
        table.add_row(
            str(n),
            Text(quantity_label(group)),
            str(source_count(group)),
            str(claimant_count(group)),
            format_interval(group.low, group.high, g.infinity),
            _status(group, g),
        )
    return table


def _title(n: int, group: ClaimGroup, g: Glyphs) -> Text:
    """``3. killed security  conflict ×6``, then span and consensus on a line of their own."""
    title = Text()
    title.append(f"{n}. {quantity_label(group)}  ", style="bold")
    title.append_text(_status(group, g))
    span = format_interval(group.low, group.high, g.infinity)
    consensus = (
        f"consensus {format_interval(*group.consensus, g.infinity)}"
        if group.consensus
        else "no consensus"
    )
    title.append(f"\nspan {span} {g.sep} {consensus}", style="dim")
    note = cut_note(group)
    if note:
        title.append(f" {g.sep} {note}", style="dim")
    return title


def _claimant_cell(claim: Claim) -> Text:
    name = claim.claimant_name or claim.claimant  # one display name per speaker
    text = Text(name) if name else Text("the report", style="dim")
    if claim.claimant_type:
        text.append(f"\n({claim.claimant_type})", style="dim")
    if claim.via:
        text.append(f"\nvia {claim.via}", style="dim")
    return text


def source_width(claims: Sequence[Claim], console_width: int) -> int:
    """12 characters at 80 columns; on a wider console, more, up to the longest source id."""
    longest = max((len(c.source) for c in claims), default=0)
    room = SOURCE_WIDTH + max(0, console_width - 80) // 3
    return max(SOURCE_WIDTH, min(longest, room, MAX_SOURCE_WIDTH))


def _grid(scale: Scale, sources: int) -> Table:
    """One claim's row: number, source and date, figure with its strip, claimant. Every
    row is its own grid with the same fixed widths, so the columns line up."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", width=3, no_wrap=True)
    grid.add_column(style="cyan", width=sources, overflow="ellipsis")
    grid.add_column(width=scale.width, overflow="fold")
    grid.add_column(ratio=1, overflow="fold")
    return grid


def _header(scale: Scale, sources: int, g: Glyphs) -> Table:
    grid = _grid(scale, sources)
    grid.add_row(
        Text("#", style="bold"),
        Text("source\ndate", style="bold"),
        Text("as written\ninterval\n", style="bold") + Text(scale.label(g), style="dim"),
        Text("claimant\n(type, via)", style="bold"),
    )
    return grid


def claim_rows(
    group: ClaimGroup,
    g: Glyphs,
    *,
    colour: bool,
    width: int = 80,
    labels: Mapping[str, str] | None = None,
    explain: bool = False,
) -> list[RenderableType]:
    """The group's claims side by side: a header, then for each claim a row of columns and
    its evidence sentence (with notes on conflicts, revisions and scope) under it."""
    scale = Scale.for_claims(group.claims)
    graded = grades(group)
    conflicts = conflicts_by_claim(group)
    revised_to = {earlier: later for earlier, later in group.revisions}
    revises = {later: earlier for earlier, later in group.revisions}
    restates = dict(group.restated)
    claims = group.claims
    sources = source_width(claims, width)
    labels = labels or {}
    out: list[RenderableType] = [_header(scale, sources, g)]
    for i, c in enumerate(claims):
        number = Text(f"{i + 1}")
        if i in conflicts:
            number.append(f"\n{g.conflict}", style="bold red")
        if i in revises or i in revised_to:
            number.append(f"\n{g.revision}", style="magenta")
        source = Text(labels.get(c.source, c.source), no_wrap=True, overflow="ellipsis")
        source.append(f"\n{c.date or g.dash}", style="dim")
        own_scope = c.scope if c.scope and c.scope != group.scope else None
        figure = Text()
        figure.append(c.text, style="bold green")
        figure.append(f"\n{format_interval(c.low, c.high, g.infinity)}", style="dim")
        bar_style = "dim" if own_scope else GRADE_STYLE.get(graded[i] or "", "")
        figure.append("\n" + scale.strip(c.low, c.high, g), style=bar_style)
        row = _grid(scale, sources)
        row.add_row(number, source, figure, _claimant_cell(c))
        notes: list[Text] = []
        if i in conflicts:
            notes.append(Text(f"{g.conflict} conflicts with {conflict_note(conflicts[i], claims)}",
                              style="red"))  # fmt: skip
        if i in revised_to:
            j = revised_to[i]
            verb = revision_verb(c, claims[j])
            notes.append(Text(f"{g.revision} later {verb} to {claims[j].text} (#{j + 1})",
                              style="magenta"))  # fmt: skip
        if i in revises:
            j = revises[i]
            notes.append(Text(f"{g.revision} revises {claims[j].text} (#{j + 1})", "magenta"))
        if i in restates:
            j = restates[i]
            notes.append(Text(f"restates {claims[j].text} (#{j + 1}): one claim, compared as that", "dim"))
        if own_scope:
            notes.append(Text(f"scope: {own_scope} (not compared)", style="dim"))
        notes += [Text(part, style="dim") for part in claim_context(c)]
        rules = getattr(c, "rules", None) if explain else None  # --explain, when claims carry rules
        if rules:
            notes.append(Text("rules: " + ", ".join(map(str, rules)), style="dim"))
        body = evidence(c, g, colour=colour)
        if notes:
            body.append("\n")
            body.append_text(Text(f" {g.sep} ").join(notes))
        out += [row, Padding(body, (0, 0, 1, INDENT))]
    return out


def conflict_note(js: Sequence[int], claims: Sequence[Claim]) -> str:
    """``#3 Government ministers (denied any fatalities), #4 …, #9 #11``: the first few
    named with their figures, so no one scrolls back to find who they are."""
    named = [f"#{j + 1} {_who(claims[j])} ({' '.join(claims[j].text.split())})"
             for j in js[:NAMED_REFERENCES]]  # fmt: skip
    rest = [f"#{j + 1}" for j in js[NAMED_REFERENCES:MAX_REFERENCES]]
    note = ", ".join(named) + (", " + " ".join(rest) if rest else "")
    if len(js) > MAX_REFERENCES:
        note += f" (+{len(js) - MAX_REFERENCES} more)"
    return note


def _who(claim: Claim) -> str:
    from claimcheck.render.summary import shorten

    return shorten(claim.claimant, 28) if claim.claimant else "the report"


def corroboration_lines(group: ClaimGroup, g: Glyphs) -> Text:
    """One line a grade: the figures with that grade and who backs them."""
    by_grade: dict[str, list[str]] = {}
    for entry in group.corroboration:
        grade = entry.get("grade") or "single"
        figure = str(entry.get("text"))
        if grade == "corroborated":
            backers = ", ".join(entry.get("claimants", ()))
            figure += f" ({entry.get('independent')}: {backers})"
        by_grade.setdefault(grade, []).append(figure)
    symbols = {"corroborated": g.corroborated, "contested": g.conflict, "single": g.single}
    words = {
        "corroborated": "corroborated",
        "contested": "contested",
        "single": "one claimant",
    }
    text = Text()
    for grade in ("corroborated", "contested", "single"):
        if grade in by_grade:
            if text:
                text.append("\n")
            text.append(f"{symbols[grade]} {words[grade]}: ", style=GRADE_STYLE[grade])
            text.append("; ".join(by_grade[grade]))
    return text


def print_compare(console: Console, report: Report, options: TableOptions | None = None) -> None:
    """Print the summary table, then each group's claims side by side (``--details``)."""
    options = options or TableOptions()
    from claimcheck.render.common import source_labels
    from claimcheck.render.summary import legend, timeline_text

    g = glyphs_for(console)
    colour = console.color_system is not None and not console.no_color
    groups = report.groups
    n, s = len(groups), len(report.sources)
    in_conflict = sum(gr.status == "conflict" for gr in groups)
    count = (
        f"{n} quantit{'ies' if n != 1 else 'y'} in {s} source{'s' * (s != 1)}"
        f" {g.sep} {in_conflict} in conflict"
    )
    if not groups:
        if not options.quiet:
            console.print(Text(count, style="dim"))
        return
    console.print(summary_table(groups, g))
    if not options.quiet:
        console.print(Text(count, style="dim"))
    width = source_width([c for gr in groups for c in gr.claims], console.width)
    labels = source_labels(report.sources, width)
    for number, group in enumerate(groups, 1):
        console.print()
        console.print(_title(number, group, g))
        timeline = timeline_text(group, g)
        if timeline is not None:
            console.print(timeline)
        for renderable in claim_rows(group, g, colour=colour, width=console.width,
                                     labels=labels, explain=options.explain):  # fmt: skip
            console.print(renderable)
        lines = corroboration_lines(group, g)
        if lines:
            console.print(lines)
    if options.omitted:
        console.print()
        console.print(Text(f"+{options.omitted} more quantit"
                           f"{'ies' if options.omitted != 1 else 'y'} (--limit)", style="dim"))  # fmt: skip
    if not options.quiet:
        console.print()
        console.print(legend(g, details=True))

"""Table output: a rich table of claims for people, readable at 80 columns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.models import Claim, ExtractResult
from claimcheck.render.common import (
    MISSING,
    TableOptions,
    format_claimant,
    format_interval,
    source_labels,
)

__all__ = ["claims_table", "format_claimant", "format_interval", "make_console", "print_extract"]


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Leave a closed stdout (``claimcheck compare | head``) to the CLI, which exits 3;
        rich would exit 1 itself, the code of ``--fail-on-conflict``."""
        raise BrokenPipeError


COLOR_CHOICES = ("auto", "always", "never")


def make_console(stream: TextIO, *, width: int | None = None, color: str = "auto") -> Console:
    """A console for ``stream``: colour on a terminal and never under NO_COLOR (``auto``),
    or ``always`` (even in a pipe or under NO_COLOR, as ``less -R`` shows it), or ``never``.

    Rich reads NO_COLOR, FORCE_COLOR and COLUMNS from the environment itself.
    """
    if color not in COLOR_CHOICES:
        raise ValueError(f"unknown colour choice {color!r}; choose one of {', '.join(COLOR_CHOICES)}")
    extra: dict[str, Any] = {}
    if color == "always":
        extra = {"force_terminal": True, "no_color": False, "color_system": "standard"}
    elif color == "never":
        extra = {"color_system": None, "no_color": True}
    return _Console(file=stream, width=width, highlight=False, emoji=False, markup=False, **extra)


RULE_WIDTH = 29  # the longest rule id ('attribution/late-according-to')


def claims_table(
    claims: tuple[Claim, ...] | list[Claim],
    *,
    infinity: str = "∞",
    labels: Mapping[str, str] | None = None,
    missing: str = MISSING,
    source_width: int = 12,
) -> Table:
    """One row a claim: source and date, line, measure and subject, the figure as written
    with the scope that limits it, interval, qualifier, claimant (and, with --explain, the
    rules behind it under the claimant). Text wraps at spaces."""
    labels = labels or {}
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=0)
    table.add_column("source\ndate", style="cyan", width=source_width, overflow="ellipsis")
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("measure subject", style="bold", min_width=12, overflow="ellipsis")
    table.add_column("as written\nscope", min_width=8, overflow="fold")
    table.add_column("interval", justify="right", min_width=7, overflow="fold")
    table.add_column("qualifier", style="dim", max_width=9, overflow="ellipsis")
    explain = any(c.rules for c in claims)  # --explain: room for a rule id on each line
    table.add_column(
        "claimant", min_width=8, width=RULE_WIDTH if explain else None, overflow="fold"
    )
    for c in claims:
        source = Text(labels.get(c.source, c.source), no_wrap=True, overflow="ellipsis")
        source.append(f"\n{c.date or missing}", style="dim")
        figure = Text(c.text, style="green")
        if c.scope:
            figure.append(f"\n{c.scope}", style="dim")
        claimant = Text(format_claimant(c), style="" if c.claimant else "dim")
        if c.rules:  # --explain: the rules behind the claim, a line under its claimant
            claimant.append("\nrules: " + ", ".join(c.rules), style="dim")
        table.add_row(
            source,
            Text(str(c.line)),
            Text(f"{c.measure} {c.subject}"),
            figure,
            Text(format_interval(c.low, c.high, infinity)),
            Text(c.qualifier),
            claimant,
        )
    return table


def print_extract(
    console: Console, result: ExtractResult, options: TableOptions | None = None
) -> None:
    """Print the claims of ``result`` as a table, with a one-line count under it (not when
    ``options.quiet``)."""
    options = options or TableOptions()
    utf = (console.encoding or "").lower().startswith("utf")
    n, s = len(result.claims), len(result.sources)
    summary = f"{n} claim{'s' * (n != 1)} in {s} source{'s' * (s != 1)}"
    if result.claims:
        from claimcheck.render.compare_table import source_width

        width = source_width(result.claims, console.width)
        labels = source_labels(result.sources, width)
        console.print(claims_table(result.claims, infinity="∞" if utf else "inf", labels=labels,
                                   missing=MISSING if utf else "-", source_width=width))  # fmt: skip
    if not options.quiet:
        console.print(Text(summary, style="dim"))

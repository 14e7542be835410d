"""Table output: a rich table of claims for people, readable at 80 columns."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.models import Claim, ExtractResult
from claimcheck.render.common import format_claimant, format_interval

__all__ = ["claims_table", "format_claimant", "format_interval", "make_console", "print_extract"]


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Leave a closed stdout (``claimcheck compare | head``) to the CLI, which exits 3;
        rich would exit 1 itself, the code of ``--fail-on-conflict``."""
        raise BrokenPipeError


def make_console(stream: TextIO, *, width: int | None = None) -> Console:
    """A console for ``stream``: colour only on a terminal and never under NO_COLOR.

    Rich reads NO_COLOR, FORCE_COLOR and COLUMNS from the environment itself.
    """
    return _Console(file=stream, width=width, highlight=False, emoji=False, markup=False)


RULE_WIDTH = 29  # the longest rule id ('attribution/late-according-to')


def claims_table(claims: tuple[Claim, ...] | list[Claim], *, infinity: str = "∞") -> Table:
    """One row a claim; text wraps at spaces, a long word ends in an ellipsis."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=0)
    table.add_column("source", style="cyan", max_width=16, overflow="ellipsis")
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("measure subject", style="bold", min_width=12, overflow="ellipsis")
    table.add_column("as written", style="green", min_width=8, overflow="fold")
    table.add_column("interval", justify="right", min_width=7, overflow="fold")
    table.add_column("qualifier", style="dim", max_width=9, overflow="ellipsis")
    explain = any(c.rules for c in claims)  # --explain: room for a rule id on each line
    table.add_column(
        "claimant", min_width=8, width=RULE_WIDTH if explain else None, overflow="fold"
    )
    for c in claims:
        cells = (
            c.source,
            str(c.line),
            f"{c.measure} {c.subject}",
            c.text,
            format_interval(c.low, c.high, infinity),
            c.qualifier,
            format_claimant(c),
        )
        row = [Text(cell) for cell in cells]
        if c.rules:  # --explain: the rules behind the claim, a line under its claimant
            row[-1].append("\nrules: " + ", ".join(c.rules), style="dim")
        table.add_row(*row)
    return table


def print_extract(console: Console, result: ExtractResult) -> None:
    """Print the claims of ``result`` as a table, with a one-line count under it."""
    infinity = "∞" if (console.encoding or "").lower().startswith("utf") else "inf"
    n, s = len(result.claims), len(result.sources)
    summary = f"{n} claim{'s' * (n != 1)} in {s} source{'s' * (s != 1)}"
    if result.claims:
        console.print(claims_table(result.claims, infinity=infinity))
    console.print(Text(summary, style="dim"))

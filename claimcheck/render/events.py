"""Events output: the events an input was sorted into (table, JSON, JSON Lines, CSV), and a
compare report of several events printed event by event."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.models import EventsResult, Report
from claimcheck.render.json_ import problem_to_dict, write_document

FORMATS = ("table", "json", "jsonl", "csv")
CSV_FIELDS = ("event", "label", "source", "path", "date", "date_from")


def write_events(result: EventsResult, fmt: str, stream: TextIO) -> None:
    """Write ``result`` in format ``fmt`` (one of FORMATS)."""
    if fmt == "table":
        from claimcheck.render.table import make_console

        print_events(make_console(stream), result)
    elif fmt == "json":
        write_document(
            [
                ("events", (e.to_dict() for e in result.events)),
                ("problems", map(problem_to_dict, result.problems)),
            ],
            stream,
        )
    elif fmt == "jsonl":
        for e in result.events:
            stream.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for e in result.events:
            for m in e.members:
                row = (e.id, e.label, m.source, m.path, m.date, m.date_from)
                writer.writerow(["" if x is None else x for x in row])
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def print_events(console: Console, result: EventsResult) -> None:
    """A section an event: its id and label (places and dates), then a row a report with
    the date it was sorted by."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1))
    table.add_column("event", style="bold", overflow="fold", ratio=2)
    table.add_column("report", style="cyan", overflow="fold", ratio=3)
    table.add_column("date", no_wrap=True)
    for n, e in enumerate(result.events):
        if n:
            table.add_section()
        for k, m in enumerate(e.members):
            head = Text(e.id) if k == 0 else Text(e.label, style="dim") if k == 1 else Text("")
            table.add_row(head, m.source, m.date or "")
        if len(e.members) == 1:
            table.add_row(Text(e.label, style="dim"), "", "")
    console.print(table)
    n, s = len(result.events), len(result.sources)
    console.print(
        Text(f"{s} report{'s' * (s != 1)} {'about' if s != 1 else 'is about'} "
             f"{n} event{'s' * (n != 1)}", style="dim")
    )  # fmt: skip


def print_compare_by_event(
    console: Console, report: Report, print_one: Callable[[Console, Report], None]
) -> None:
    """A report of several events: for each, a heading (id, label, reports) and its part of
    the report printed by ``print_one`` (as ``compare`` prints one event)."""
    from dataclasses import replace

    for n, e in enumerate(report.events):
        ids = {m.source for m in e.members}
        if n:
            console.print()
        reports = len(e.members)
        console.print(
            Text(f"== event {e.id}: {e.label} ({reports} report{'s' * (reports != 1)})",
                 style="bold")
        )  # fmt: skip
        part = replace(
            report,
            sources=tuple(s for s in report.sources if s.id in ids),
            groups=tuple(g for g in report.groups if g.event == e.id or g.event is None),
            events=(),
        )
        print_one(console, part)

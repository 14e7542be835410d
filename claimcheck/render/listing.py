"""``claimcheck sources``: what would be read, one source a row, with its claim count."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any, TextIO

from claimcheck.models import ExtractResult, Source
from claimcheck.render.common import MISSING, TableOptions, source_labels
from claimcheck.render.json_ import SCHEMA_VERSION, dumps, problem_to_dict, source_to_dict
from claimcheck.sources import format_size

LISTING_FORMATS = ("table", "json", "jsonl", "csv")
# The source object of compare and extract's JSON, then its claim count (`text` is a column
# of the CSV with --show-text only).
LISTING_FIELDS = (
    "id",
    "path",
    "date",
    "title",
    "outlet",
    "url",
    "chars",
    "text_from",
    "encoding",
    "bytes",
    "claims",
)


_READ_AS = {"html": "HTML text", "feed": "feed items", "email": "message text", "url": "fetched"}

def listing_rows(result: ExtractResult, *, show_text: bool = False) -> list[dict[str, Any]]:
    """One row a source read, in the order read: the source object of the JSON output
    (``source_to_dict``) with its claim count; ``text`` holds the text claims index for every
    source when ``show_text``."""
    counts = Counter(c.source for c in result.claims)
    rows = []
    for source in result.sources:
        row = {**source_to_dict(source), "claims": counts.get(source.id, 0)}
        if show_text:
            row["text"] = source.text
        rows.append(row)
    return rows


def write_sources(
    result: ExtractResult, fmt: str, stream: TextIO, *, show_text: bool = False,
    options: TableOptions | None = None,
) -> None:  # fmt: skip
    """Write the listing of ``result``'s sources to ``stream`` in ``fmt``; ``options`` sets how
    the table is drawn."""
    if fmt not in LISTING_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(LISTING_FORMATS)}")
    rows = listing_rows(result, show_text=show_text)
    if fmt == "json":
        problems = [problem_to_dict(p) for p in result.problems]
        stream.write(dumps({"schema_version": SCHEMA_VERSION, "sources": rows,
                            "problems": problems}))  # fmt: skip
    elif fmt == "jsonl":
        stream.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    elif fmt == "csv":
        out = io.StringIO()
        fields = LISTING_FIELDS + (("text",) if show_text else ())
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n",
                                extrasaction="ignore")  # fmt: skip
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)
        stream.write(out.getvalue())
    else:
        _print_table(result, rows, stream, options or TableOptions())
        if show_text:
            for source in result.sources:
                stream.write(f"\n==> {source.id} ({_location(source)}) <==\n")
                stream.write(source.text if source.text.endswith("\n") else source.text + "\n")


def _location(source: Source) -> str:
    return source.path or source.url or "stdin"


WIDE = 110  # from this many columns on, the location has a column of its own
ID_WIDTH = 32  # characters of an id in the wide table (at 80 columns ids fold whole)


def _print_table(
    result: ExtractResult, rows: list[dict[str, Any]], stream: TextIO, options: TableOptions
) -> None:
    """One row a source. On a narrow console (80 columns) the location goes on a second,
    dim line under the id, and the outlet under the date, so the location has room."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from claimcheck.render.table import make_console

    console = make_console(stream, color=options.color)
    missing = MISSING if (console.encoding or "").lower().startswith("utf") else "-"
    wide = console.width >= WIDE
    labels = source_labels(result.sources, ID_WIDTH)  # distinct however long the ids
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    if wide:
        table.add_column("id", style="cyan", max_width=ID_WIDTH, overflow="ellipsis")
        table.add_column("date", no_wrap=True)
        table.add_column("outlet", max_width=16, overflow="ellipsis")
    else:
        table.add_column("id / read from", min_width=20, overflow="fold")
        table.add_column("date / outlet", max_width=16, overflow="ellipsis")
    table.add_column("size", justify="right", no_wrap=True)
    table.add_column("claims", justify="right", no_wrap=True)
    if wide:
        table.add_column("read from", min_width=16, overflow="fold")
    for source, row in zip(result.sources, rows, strict=True):
        size = row["bytes"]
        where = Text(_location(source), style="dim" if not wide else "")
        if row["text_from"] in _READ_AS:  # the text is not the file's own bytes
            where.append(f" ({_READ_AS[row['text_from']]})", "dim")
        first = Text(labels[source.id] if wide else row["id"], style="cyan")
        if not wide:
            first.append("\n").append_text(where)
        date, outlet = Text(row["date"] or missing), Text(row["outlet"] or missing)
        cells = [
            first,
            *([date, outlet] if wide else [date.append("\n").append_text(outlet)]),
            Text(format_size(size) if size is not None else missing),
            Text(str(row["claims"])),
        ]
        table.add_row(*cells, *([where] if wide else []))
    n, claims = len(rows), sum(r["claims"] for r in rows)
    total = sum(r["bytes"] or 0 for r in rows)
    summary = (
        f"{n} source{'s' * (n != 1)}, {claims} claim{'s' * (claims != 1)}, {format_size(total)}"
    )
    if rows:
        console.print(table)
    if not options.quiet:
        console.print(Text(summary, style="dim"))

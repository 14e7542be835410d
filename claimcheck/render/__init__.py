"""Renderers: one module per output format, each a pure function of a result."""

from __future__ import annotations

import importlib
from typing import TextIO

from claimcheck.models import ExtractResult, Report
from claimcheck.render.common import TableOptions

FORMATS = ("table", "json", "jsonl", "csv")
COMPARE_FORMATS = (*FORMATS, "markdown", "html")


# The module of each text format; every one has render_extract and/or render_compare.
_MODULES = {"json": "json_", "jsonl": "jsonl", "csv": "csv_", "markdown": "markdown",
            "html": "html_"}  # fmt: skip


def _write(kind: str, data: object, fmt: str, formats: tuple[str, ...], stream: TextIO) -> None:
    """Write with the module's streaming ``write_<kind>`` if it has one, else its string."""
    if fmt not in formats or fmt not in _MODULES:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(formats)}")
    module = importlib.import_module(f"claimcheck.render.{_MODULES[fmt]}")
    writer = getattr(module, f"write_{kind}", None)
    if writer is not None:
        writer(data, stream)
    else:
        stream.write(getattr(module, f"render_{kind}")(data))


def write_extract(
    result: ExtractResult, fmt: str, stream: TextIO, *, options: TableOptions | None = None
) -> None:
    """Write ``result`` to ``stream`` in format ``fmt`` (one of FORMATS); ``options`` sets how
    the table for people is drawn."""
    if fmt == "table":
        from claimcheck.render import table

        options = options or TableOptions()
        table.print_extract(table.make_console(stream, color=options.color), result, options)
        return
    _write("extract", result, fmt, FORMATS, stream)


def write_compare(
    report: Report, fmt: str, stream: TextIO, *, options: TableOptions | None = None
) -> None:
    """Write ``report`` to ``stream`` in format ``fmt`` (one of COMPARE_FORMATS); ``options``
    sets how the table for people is drawn (a block per quantity, or ``details``)."""
    if fmt == "table":
        from claimcheck.render.compare_table import print_compare
        from claimcheck.render.summary import print_summary
        from claimcheck.render.table import make_console

        options = options or TableOptions()
        console = make_console(stream, color=options.color)
        printer = print_compare if options.details else print_summary
        if report.events:  # several events, or the one --event chose: each under a heading
            from claimcheck.render.events import print_compare_by_event

            print_compare_by_event(console, report, lambda c, part: printer(c, part, options))
            return
        printer(console, report, options)
        return
    _write("compare", report, fmt, COMPARE_FORMATS, stream)

"""Renderers: one module per output format, each a pure function of a result."""

from __future__ import annotations

import importlib
from typing import TextIO

from claimcheck.models import ExtractResult, Report

FORMATS = ("table", "json", "jsonl", "csv")
COMPARE_FORMATS = (*FORMATS, "markdown")


# The module of each text format; every one has render_extract and/or render_compare.
_MODULES = {"json": "json_", "jsonl": "jsonl", "csv": "csv_", "markdown": "markdown"}


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


def write_extract(result: ExtractResult, fmt: str, stream: TextIO) -> None:
    """Write ``result`` to ``stream`` in format ``fmt`` (one of FORMATS)."""
    if fmt == "table":
        from claimcheck.render import table

        table.print_extract(table.make_console(stream), result)
        return
    _write("extract", result, fmt, FORMATS, stream)


def write_compare(report: Report, fmt: str, stream: TextIO) -> None:
    """Write ``report`` to ``stream`` in format ``fmt`` (one of COMPARE_FORMATS)."""
    if fmt == "table":
        from claimcheck.render.compare_table import print_compare
        from claimcheck.render.table import make_console

        print_compare(make_console(stream), report)
        return
    _write("compare", report, fmt, COMPARE_FORMATS, stream)

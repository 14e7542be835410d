"""Renderers: one module per output format, each a pure function of a result."""

from __future__ import annotations

import importlib
from typing import TextIO

from claimcheck.models import ExtractResult, Report

FORMATS = ("table", "json", "jsonl", "csv")
COMPARE_FORMATS = (*FORMATS, "markdown")


# The module of each text format; every one has render_extract and/or render_compare.
_MODULES = {"json": "json_", "jsonl": "jsonl", "csv": "csv_", "markdown": "markdown"}


def _render(kind: str, data: object, fmt: str, formats: tuple[str, ...]) -> str:
    if fmt not in formats or fmt not in _MODULES:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(formats)}")
    module = importlib.import_module(f"claimcheck.render.{_MODULES[fmt]}")
    return getattr(module, f"render_{kind}")(data)


def write_extract(result: ExtractResult, fmt: str, stream: TextIO) -> None:
    """Write ``result`` to ``stream`` in format ``fmt`` (one of FORMATS)."""
    if fmt == "table":
        from claimcheck.render import table

        table.print_extract(table.make_console(stream), result)
        return
    stream.write(_render("extract", result, fmt, FORMATS))


def write_compare(report: Report, fmt: str, stream: TextIO) -> None:
    """Write ``report`` to ``stream`` in format ``fmt`` (one of COMPARE_FORMATS)."""
    if fmt == "table":
        from claimcheck.render.compare_table import print_compare
        from claimcheck.render.table import make_console

        print_compare(make_console(stream), report)
        return
    stream.write(_render("compare", report, fmt, COMPARE_FORMATS))

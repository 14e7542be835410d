"""Renderers: one module per output format, each a pure function of a result."""

from __future__ import annotations

from typing import TextIO

from claimcheck.models import ExtractResult

FORMATS = ("table", "json", "jsonl", "csv")


def write_extract(result: ExtractResult, fmt: str, stream: TextIO) -> None:
    """Write ``result`` to ``stream`` in format ``fmt`` (one of FORMATS)."""
    if fmt == "table":
        from claimcheck.render import table

        table.print_extract(table.make_console(stream), result)
        return
    if fmt == "json":
        from claimcheck.render.json_ import render_extract
    elif fmt == "jsonl":
        from claimcheck.render.jsonl import render_extract
    elif fmt == "csv":
        from claimcheck.render.csv_ import render_extract
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    stream.write(render_extract(result))

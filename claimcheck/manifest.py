"""Manifests: a CSV list of sources with their metadata, as kept in a spreadsheet.

The first row names the columns: ``path`` or ``url`` (where to read the source), and
optionally ``id``, ``outlet``, ``date`` and ``title``; other columns are ignored. A row
with a ``path`` reads that file (relative to the manifest's folder) and takes ``url`` as
metadata; a row with only a ``url`` fetches it. Cells that are not empty override the
metadata the source carries itself.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass

from claimcheck.models import Problem
from claimcheck.textio import decode, is_url, iso_date, missing_reason

LOCATION_COLUMNS = ("path", "url")
META_COLUMNS = ("id", "outlet", "date", "title", "url")
DELIMITERS = ",;\t"  # a spreadsheet saves CSV with commas, semicolons (some locales) or tabs


@dataclass(frozen=True)
class Row:
    location: str  # a path (joined to the manifest's folder) or a URL
    meta: dict[str, str]
    line: int


def read_manifest(path: str) -> tuple[list[Row], list[Problem]]:
    """The rows of the manifest at ``path``, and the problems met (never raised)."""
    problems: list[Problem] = []
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return [], [Problem(path, f"cannot read manifest: {missing_reason(path, exc)}", "error")]
    text, _, note = decode(data)
    if note:
        problems.append(Problem(path, note, "warning"))
    text = text.lstrip("\ufeff")  # the byte-order mark a spreadsheet writes
    lines = text.splitlines()
    header = next((line for line in lines if line.strip()), "")
    delimiter = max(DELIMITERS, key=header.count) if header else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns: list[str] | None = None
    rows: list[Row] = []
    folder = os.path.dirname(path)
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        if columns is None:
            columns = [c.strip().lower().replace(" ", "_") for c in record]
            if not set(LOCATION_COLUMNS) & set(columns):
                found = ", ".join(c for c in columns if c) or "none"
                message = (
                    "manifest has no 'path' or 'url' column (its first row must name the "
                    f"columns: path or url, then id, outlet, date, title; found: {found})"
                )
                return [], [*problems, Problem(path, message, "error")]
            continue
        line = reader.line_num
        cells = {c: v.strip() for c, v in zip(columns, record, strict=False) if c}
        where = f"line {line}"
        location = cells.get("path") or cells.get("url")
        if not location:
            problems.append(Problem(path, f"{where}: no path or url; row skipped", "warning"))
            continue
        if cells.get("path") and not is_url(location) and location != "-":
            location = os.path.join(folder, os.path.expanduser(location))
        meta = {k: cells[k] for k in META_COLUMNS if cells.get(k)}
        if "date" in meta:
            date = iso_date(meta["date"])
            if date is None:
                message = f"{where}: date {meta['date']!r} is not YYYY-MM-DD; ignored"
                problems.append(Problem(path, message, "warning"))
                del meta["date"]
            else:
                meta["date"] = date
        rows.append(Row(location, meta, line))
    if columns is None:
        problems.append(Problem(path, "manifest is empty", "error"))
    elif not rows and not problems:
        problems.append(Problem(path, "manifest lists no sources", "warning"))
    return rows, problems

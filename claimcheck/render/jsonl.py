"""JSON Lines output: one self-contained object per line (a claim for extract, a group for
compare)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimcheck.models import ExtractResult, Report
from claimcheck.render.common import to_string
from claimcheck.render.json_ import group_to_dict


def _write(objects: Iterable[Any], stream: TextIO) -> None:
    for o in objects:
        stream.write(json.dumps(o, ensure_ascii=False) + "\n")


def write_extract(result: ExtractResult, stream: TextIO) -> None:
    _write((c.to_dict() for c in result.claims), stream)


def write_compare(report: Report, stream: TextIO) -> None:
    _write(map(group_to_dict, report.groups), stream)


def render_extract(result: ExtractResult) -> str:
    return to_string(write_extract, result)


def render_compare(report: Report) -> str:
    return to_string(write_compare, report)

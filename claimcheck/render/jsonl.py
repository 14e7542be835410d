"""JSON Lines output: one self-contained object per line (a claim for extract, a group for
compare)."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.models import ExtractResult, Report
from claimcheck.render.json_ import group_to_dict


def _lines(objects: Any) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)


def render_extract(result: ExtractResult) -> str:
    return _lines(c.to_dict() for c in result.claims)


def render_compare(report: Report) -> str:
    return _lines(group_to_dict(g) for g in report.groups)

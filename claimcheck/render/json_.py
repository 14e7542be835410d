"""JSON output: one document with the sources read, their claims and the problems met."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.models import ExtractResult, Problem


def problem_to_dict(problem: Problem) -> dict[str, Any]:
    return {"path": problem.path, "level": problem.level, "message": problem.message}


def extract_to_dict(result: ExtractResult) -> dict[str, Any]:
    return {
        "sources": [s.to_dict() for s in result.sources],
        "claims": [c.to_dict() for c in result.claims],
        "problems": [problem_to_dict(p) for p in result.problems],
    }


def dumps(data: Any) -> str:
    """Indented UTF-8 JSON ending in a newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_extract(result: ExtractResult) -> str:
    return dumps(extract_to_dict(result))

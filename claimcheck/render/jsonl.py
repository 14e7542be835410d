"""JSON Lines output: one self-contained claim object per line."""

from __future__ import annotations

import json

from claimcheck.models import ExtractResult


def render_extract(result: ExtractResult) -> str:
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in result.claims)

"""The JSON Schema of the JSON output (``claimcheck schema``): the bundled file, whole or cut
to one kind of document or JSONL line."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

SCHEMA_FILE = "data/report.schema.json"
# What `claimcheck schema KIND` describes: a -f json document or one -f jsonl line.
KINDS = {
    "all": None,  # every document and line: the file as it is
    "compare": "compare_report",
    "extract": "extract_result",
    "sources": "source_listing",
    "group": "group",  # a line of compare -f jsonl
    "claim": "claim",  # a line of extract -f jsonl
    "source": "listed_source",  # a line of sources -f jsonl
}


def load_schema(kind: str = "all") -> dict[str, Any]:
    """The schema of ``kind`` (one of KINDS): the whole file for ``all``, else a schema whose
    root is that definition, with every definition it may refer to."""
    if kind not in KINDS:
        raise ValueError(f"unknown schema {kind!r}; choose one of {', '.join(KINDS)}")
    text = files("claimcheck").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema = json.loads(text)
    name = KINDS[kind]
    if name is None:
        return schema
    definition = schema["$defs"][name]
    return {
        "$schema": schema["$schema"],
        "title": f"claimcheck {kind}",
        "description": definition.get("description", ""),
        "$ref": f"#/$defs/{name}",
        "$defs": schema["$defs"],
    }

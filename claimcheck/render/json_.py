"""JSON output: one document with the sources read, their claims and the problems met."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimcheck.models import (
    Claim,
    ClaimGroup,
    ExtractResult,
    Problem,
    Report,
    Source,
    clean_number,
)
from claimcheck.render.common import to_string
from claimcheck.sources import source_extras


def problem_to_dict(problem: Problem) -> dict[str, Any]:
    return {"path": problem.path, "level": problem.level, "message": problem.message}


def source_to_dict(source: Source) -> dict[str, Any]:
    """A source object: its metadata, ``chars``, and how its text was read (``text_from``,
    ``encoding``, ``bytes``), with the ``text`` itself unless it is the file's own."""
    return {**source.to_dict(), **source_extras(source)}


SCHEMA_VERSION = 1  # `schema_version` of every JSON document (README, "JSON Schema")


def extract_to_dict(result: ExtractResult) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "sources": [source_to_dict(s) for s in result.sources],
        "claims": [c.to_dict() for c in result.claims],
        "problems": [problem_to_dict(p) for p in result.problems],
    }


def pair_ratio(a: Claim, b: Claim) -> float:
    """How far apart two conflicting claims are: the higher low over the lower high (a high
    of 0 counts as 1), at least 1."""
    from claimcheck.conflicts import severity

    return severity((a, b)) or 1.0


def group_to_dict(group: ClaimGroup) -> dict[str, Any]:
    """One group as in ``compare -f json`` (README, "The compare report"); conflicts,
    revisions, restatements and corroboration name their claims by ``id``."""
    consensus = group.consensus
    claims = group.claims
    ids = [c.id for c in claims]
    return {
        "id": group.id,
        "measure": group.measure,
        "subject": group.subject,
        "scope": group.scope,
        "status": group.status,
        "low": clean_number(group.low),
        "high": clean_number(group.high),
        "consensus": None if consensus is None else [clean_number(x) for x in consensus],
        "severity": group.severity,
        "claims": [c.to_dict() for c in claims],
        "conflicts": [
            {"a": ids[i], "b": ids[j], "ratio": pair_ratio(claims[i], claims[j])}
            for i, j in group.conflicts
        ],
        "conflict_count": max(group.conflict_count, len(group.conflicts)),
        "revisions": [{"earlier": ids[i], "later": ids[j]} for i, j in group.revisions],
        "restatements": [{"claim": ids[i], "restates": ids[j]} for i, j in group.restated],
        "corroboration": [
            {**entry, "claims": [ids[i] for i in entry.get("claims", ())]}
            for entry in group.corroboration
        ],
        "timeline": [
            {"claimant": line["claimant"], "claims": [ids[i] for i in line["claims"]]}
            for line in group.timeline
        ],
        **({"event": group.event} if group.event is not None else {}),
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "sources": [source_to_dict(s) for s in report.sources],
        "groups": [group_to_dict(g) for g in report.groups],
        "problems": [problem_to_dict(p) for p in report.problems],
        **({"events": [e.to_dict() for e in report.events]} if report.events else {}),
    }


def dumps(data: Any) -> str:
    """Indented UTF-8 JSON ending in a newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_document(sections: Iterable[tuple[str, Iterable[Any]]], stream: TextIO) -> None:
    """Write ``{"schema_version": N, "name": [item, ...], ...}`` one item per line, as it is
    made.

    Streaming keeps a report of thousands of sources out of memory, and each item goes
    through Python's compiled JSON encoder (an indented document takes the slow pure-Python
    one); ``jq .`` indents it for reading.
    """
    stream.write(f'{{\n  "schema_version": {SCHEMA_VERSION}')
    for name, items in sections:
        stream.write(f",\n  {json.dumps(name)}: [")
        first = True
        for item in items:
            stream.write(("\n    " if first else ",\n    ") + json.dumps(item, ensure_ascii=False))
            first = False
        stream.write("]" if first else "\n  ]")
    stream.write("\n}\n")


def write_extract(result: ExtractResult, stream: TextIO) -> None:
    write_document(
        [
            ("sources", map(source_to_dict, result.sources)),
            ("claims", (c.to_dict() for c in result.claims)),
            ("problems", map(problem_to_dict, result.problems)),
        ],
        stream,
    )


def write_compare(report: Report, stream: TextIO) -> None:
    write_document(
        [
            ("sources", map(source_to_dict, report.sources)),
            ("groups", map(group_to_dict, report.groups)),
            ("problems", map(problem_to_dict, report.problems)),
            # how a mixed input was split (only then: one event's report is as it was)
            *([("events", (e.to_dict() for e in report.events))] if report.events else []),
        ],
        stream,
    )


def render_extract(result: ExtractResult) -> str:
    return to_string(write_extract, result)


def render_compare(report: Report) -> str:
    return to_string(write_compare, report)

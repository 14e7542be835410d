"""CSV output: one claim a row under a header of the claim fields; empty cell = null.

For compare, each row starts with its group's columns (GROUP_FIELDS).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from claimcheck.models import Claim, ClaimGroup, ExtractResult, Report, clean_number
from claimcheck.render.common import conflicts_by_claim, grades

CLAIM_FIELDS = (
    "id",
    "source",
    "path",
    "date",
    "measure",
    "subject",
    "value",
    "low",
    "high",
    "qualifier",
    "text",
    "start",
    "end",
    "line",
    "sentence",
    "claimant",
    "claimant_type",
    "claimant_name",
    "claimant_id",
    "via",
    "scope",
    "subject_text",
    "as_of",
    "period",
    "place",
)


# The group's columns, then the claim's place in it, then the claim fields.
GROUP_FIELDS = (
    "group_id",
    "group_status",
    "group_low",
    "group_high",
    "group_severity",
    "index",  # the claim's 0-based position in the group, as in the JSON "claims" array
    "grade",  # the corroboration grade of the claim's figure
    "conflicts_with",  # indices of the claims it conflicts with, space-separated
    "revises",  # index of the same claimant's earlier figure this one replaces
)
COMPARE_FIELDS = GROUP_FIELDS + CLAIM_FIELDS


def _table(fields: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _explained(fields: Sequence[str], claims: Iterable[Claim]) -> Sequence[str]:
    """The fields, with a last ``rules`` column when the claims carry their rules (--explain)."""
    return (*fields, "rules") if any(c.rules for c in claims) else fields


def _row(claim: Claim) -> dict[str, Any]:
    row = claim.to_dict()
    if claim.rules:
        row["rules"] = " ".join(claim.rules)  # rule ids hold no spaces
    return row


def render_extract(result: ExtractResult) -> str:
    return _table(_explained(CLAIM_FIELDS, result.claims), map(_row, result.claims))


def _group_rows(group: ClaimGroup) -> Iterable[dict[str, Any]]:
    graded = grades(group)
    conflicts = conflicts_by_claim(group)
    revises = {later: earlier for earlier, later in group.revisions}
    for i, claim in enumerate(group.claims):
        yield {
            "group_id": group.id,
            "group_status": group.status,
            "group_low": clean_number(group.low),
            "group_high": clean_number(group.high),
            "group_severity": group.severity,
            "index": i,
            "grade": graded[i],
            "conflicts_with": " ".join(str(j) for j in conflicts.get(i, ())),
            "revises": revises.get(i),
            **_row(claim),
        }


def render_compare(report: Report) -> str:
    rows = [row for g in report.groups for row in _group_rows(g)]
    claims = [c for g in report.groups for c in g.claims]
    return _table(_explained(COMPARE_FIELDS, claims), rows)

"""CSV output: one claim a row under a header of the claim fields; empty cell = null."""

from __future__ import annotations

import csv
import io

from claimcheck.models import ExtractResult

CLAIM_FIELDS = (
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
    "via",
    "scope",
    "subject_text",
)


def render_extract(result: ExtractResult) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CLAIM_FIELDS, lineterminator="\n")
    writer.writeheader()
    for claim in result.claims:
        writer.writerow(claim.to_dict())
    return out.getvalue()

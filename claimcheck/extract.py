"""Parser stage: numeric claims of one source (placeholder until the parser lands)."""

from __future__ import annotations

from claimcheck.models import Claim, Source


def extract_claims(source: Source, lexicon: object | None = None) -> list[Claim]:
    return []
